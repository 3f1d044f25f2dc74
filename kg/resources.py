"""Load and check the language data files of ``kg/data/<lang>/`` (gazetteer, lexicons, calendar).

Each file is a TSV whose leading ``#`` lines name its source and whose first other
line names its columns. Adding a word means editing a file, never code.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources as importlib_resources

from kg.errors import KgError
from kg.model import ORGANISATION, PERSON, PLACE

__all__ = [
    "Resources", "GazetteerEntry", "Office", "Role", "Cue", "EventCue",
    "load", "fold", "inflect_demonym",
]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents and normalise apostrophes and dashes, for matching (memoised: the
    same words are folded again and again).

    >>> fold("États-Unis"), fold("l’Otan")
    ('etats-unis', "l'otan")
    """
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2011", "-")
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def inflect_demonym(masculine: str) -> tuple[str, ...]:
    """The four forms of a French demonym adjective.

    >>> inflect_demonym("américain")
    ('américain', 'américaine', 'américaines', 'américains')
    >>> inflect_demonym("occidental")
    ('occidental', 'occidentale', 'occidentales', 'occidentaux')
    >>> inflect_demonym("libyen")
    ('libyen', 'libyenne', 'libyennes', 'libyens')
    """
    m = masculine
    if m.endswith("e"):
        forms = {m, m + "s"}
    elif m.endswith("al"):
        forms = {m, m + "e", m + "es", m[:-2] + "aux"}
    elif m.endswith("en"):                 # "coréen", "libyen": "coréenne", "libyenne"
        forms = {m, m + "s", m + "ne", m + "nes"}
    elif m.endswith(("ais", "ois")):
        forms = {m, m + "e", m + "es"}
    elif m.endswith("c"):
        forms = {m, m + "s", m + "que", m + "ques"} if m.endswith("ec") else {m, m + "s", m[:-1] + "que", m[:-1] + "ques"}
    else:
        forms = {m, m + "s", m + "e", m + "es"}
    return tuple(sorted(forms))


def is_minister(role: str | None) -> bool:
    """Whether ``role`` is a minister's office, of any portfolio ("minister", "foreign_minister",
    "defence_minister", ...)."""
    return role is not None and (role == "minister" or role.endswith("_minister"))


@dataclass(frozen=True)
class Office:
    """An office held by a person, e.g. head of state of Russia since 2012."""

    role: str
    of: str
    start: str
    end: str

    def fills(self, role: str) -> bool:
        """Whether this office is what ``role`` names: "leader" is any head of state or of government
        but a ceremonial one; "head_of_state" any head of state, and a body's president or leader ("la
        présidente de la Commission", "la présidente de la BCE"); "minister" a minister of any portfolio
        ("le secrétaire à la Défense X" is the defence minister)."""
        return role == self.role or role == "leader" and self.role in ("head_of_state", "head_of_government") \
            or role == "head_of_state" and self.role in ("ceremonial_head_of_state", "president", "leader") \
            or role == "minister" and is_minister(self.role)

    def held_at(self, date: str | None) -> bool:
        """Whether the office was held at ``date`` (at its precision; any time when None)."""
        return not date or self.start[:len(date)] <= date and (not self.end or date <= self.end[:len(date)])


@dataclass(frozen=True)
class GazetteerEntry:
    """A known actor, organisation or place."""

    key: str
    type: str
    name: str
    kind: str
    wikidata: str | None
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    stands_for: str | None = None   # the state a capital or seat of government stands for
    located_in: str | None = None
    gender: str | None = None
    offices: tuple[Office, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Role:
    """A role noun: ``président`` names a head of state."""

    noun: str
    plural: str
    gender: str
    role: str
    relation: str
    kind: str


@dataclass(frozen=True)
class Cue:
    """A stance cue: lemmas, fine type, family, frame and where its target is."""

    lemmas: tuple[str, ...]
    reflexive: bool
    fine_type: str
    family: str
    frame: str
    target: str


@dataclass(frozen=True)
class EventCue:
    """An event noun or verb."""

    lemmas: tuple[str, ...]
    type: str
    family: str
    place_is_patient: bool
    only_refers: bool = False
    reflexive: bool = False          # "s'entretenir": only with its reflexive pronoun


@dataclass(frozen=True)
class GovernmentNoun:
    """A noun naming a state's executive or one of its bodies ("gouvernement", "diplomatie")."""

    noun: str
    name: str            # template: "ministère {adj} des Affaires étrangères"
    gender: str
    subtype: str
    bare: bool

    def name_for(self, state: "GazetteerEntry") -> str:
        """The canonical name for ``state``: "ministère chinois des Affaires étrangères"."""
        forms = sorted(state.demonyms, key=lambda f: (len(f), f))
        if not forms:
            return self.name.replace(" {adj}", "") + f" ({state.name})"
        masculine = forms[0]
        feminine = next((f for f in forms if f.endswith("e") and not f.endswith("es")), masculine)
        return self.name.format(adj=feminine if self.gender == "f" else masculine)


_CUE_PARTICLES = {"a", "de", "d'", "pour", "contre", "sur", "en", "que", "avec"}


class CueIndex:
    """Stance cues by their first lemma, and by its stem for multi-word cues whose verb the tagger
    missed ("fait" read as a noun), longest cue first."""

    def __init__(self, cues: tuple[Cue, ...], times: frozenset[str] = frozenset()):
        self.times = times               # words a cue may have between its words: "a refusé mardi d'exclure"
        self.ordered = sorted(cues, key=lambda c: -len(c.lemmas))
        self._by_first: dict[str, list[Cue]] = {}
        self._by_stem: dict[str, list[Cue]] = {}
        for cue in self.ordered:
            self._by_first.setdefault(cue.lemmas[0], []).append(cue)
            if len(cue.lemmas) > 1 and len(cue.lemmas[0]) > 3:
                self._by_stem.setdefault(cue.lemmas[0][:-2], []).append(cue)
        self._stem_lengths = sorted({len(stem) for stem in self._by_stem})
        self._order = {id(cue): n for n, cue in enumerate(self.ordered)}
        self._memo: dict[tuple[str, str], tuple[Cue, ...]] = {}
        single = [c for c in cues if len(c.lemmas) == 1]
        self.verbs = frozenset(c.lemmas[0] for c in single)                          # one-word stance verbs
        self.plain_verbs = frozenset(c.lemmas[0] for c in single if not c.reflexive)
        self.reflexive_verbs = frozenset(c.lemmas[0] for c in single if c.reflexive)   # only with "se"
        # a verb that only makes a cue with a noun ("lancer un appel", "brandir la menace") asks or threatens nothing
        # of its own: "a lancé une grève" is no demand
        verbal = [c for c in cues if c.frame != "noun" and (len(c.lemmas) == 1 or c.lemmas[1] in _CUE_PARTICLES)]
        self.demand_verbs = frozenset(c.lemmas[0] for c in verbal if c.family == "DEMAND")
        # verbs that blame someone for an act: "reprocher à X de", "accuser X de"
        self.blame_verbs = frozenset(c.lemmas[0] for c in cues if c.family == "DISAPPROVE" and c.frame == "subject")
        self.threat_verbs = frozenset(c.lemmas[0] for c in verbal if c.family == "THREATEN")
        # verbs whose "à" names an actor ("a demandé à Moscou", "a assuré à Kiev que"), not a place ("a salué
        # mardi à La Haye l'engagement des alliés")
        self.dative_verbs = frozenset(c.lemmas[0] for c in verbal if c.target in ("à", "clause")) | self.demand_verbs

    def candidates(self, word: str, base: str) -> tuple[Cue, ...]:
        """The cues that may start at a token of folded text ``word`` and lemma ``base``, longest
        first; a one-word cue only by its lemma."""
        found = self._memo.get((word, base))
        if found is None:
            pool = {id(c): c for c in self._by_first.get(base, []) + self._by_first.get(word, [])}
            for length in self._stem_lengths:
                pool.update((id(c), c) for c in self._by_stem.get(word[:length], ()))
            found = tuple(c for c in sorted(pool.values(), key=lambda c: self._order[id(c)])
                          if len(c.lemmas) > 1 or c.lemmas[0] == base)
            self._memo[(word, base)] = found
        return found


@dataclass(frozen=True)
class Resources:
    """Everything the extractor knows about a language, loaded from data files."""

    lang: str
    entries: dict[str, GazetteerEntry]
    roles: tuple[Role, ...]
    government_nouns: dict[str, "GovernmentNoun"]
    cues: tuple[Cue, ...]
    reporting: dict[str, bool]
    judging: frozenset[str]              # reporting verbs whose object is what they judge ("qualifier")
    evaluatives: dict[str, str]
    event_cues: tuple[EventCue, ...]
    demand_nouns: dict[str, str]
    calendar: dict[str, tuple[str, int]]
    numbers: dict[str, float]
    combining: dict[str, str]
    place_nouns: frozenset[str]
    media_nouns: frozenset[str] = frozenset()
    weapon_nouns: frozenset[str] = frozenset()           # "tué d'une balle": a killing that is an attack
    undoing_verbs: frozenset[str] = frozenset()
    norm_nouns: frozenset[str] = frozenset()
    leaning_nouns: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    policy_nouns: frozenset[str] = frozenset()        # "la réforme", "le plan": their author is whom words against them aim at
    act_nouns: dict[str, frozenset[str]] = field(default_factory=dict)   # "violence" → Protest, Conflict, ...
    staff_nouns: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    perpetrator_nouns: dict[str, bool] = field(default_factory=dict)    # noun → needs "armé" after it
    person_nouns: frozenset[str] = frozenset()        # "l'opposant X": a person's name follows
    transfer_verbs: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    organisation_nouns: frozenset[str] = frozenset()
    class_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    islands: frozenset[str] = frozenset()          # keys of places that are islands ("l'île")
    wars: tuple[tuple[tuple[str, ...], str, str], ...] = ()   # (parties, start, end): "la guerre" in its time
    first_names: frozenset[str] = frozenset()          # given names: "Marine" + capitalised words is a person
    kin_nouns: frozenset[str] = frozenset()            # "la fille de X": the other person named X's family name
    relation_verbs: dict[tuple[str, ...], str] = field(default_factory=dict)   # "présider" → headOf
    attributions: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)   # role → word sequences

    @cached_property
    def _demonym_index(self) -> dict[str, str]:
        index: dict[str, str] = {}
        for entry in self.entries.values():
            for demonym in entry.demonyms:
                index.setdefault(fold(demonym), entry.key)
        return index

    def demonym_index(self) -> dict[str, str]:
        """Every folded demonym form → the key of the place or bloc it names (built once)."""
        return self._demonym_index

    @cached_property
    def role_first_words(self) -> frozenset[str]:
        """The first word of every role noun, and every title ("Premier", "M."), built once."""
        return frozenset(fold(r.noun).split()[0] for r in self.roles) | self.titles

    def parties_in(self, states: set[str]) -> list[GazetteerEntry]:
        """The parties the gazetteer knows in any of ``states``, by key."""
        return [e for e in self._parties if e.located_in in states] if states else []

    @cached_property
    def executives(self) -> dict[str, tuple[GazetteerEntry, ...]]:
        """The bodies the gazetteer places in an organisation (a union's Commission), by its key, built once."""
        found: dict[str, list[GazetteerEntry]] = {}
        for e in sorted(self.entries.values(), key=lambda e: e.key):
            if e.located_in in self.entries and self.entries[e.located_in].type == ORGANISATION:
                found.setdefault(e.located_in, []).append(e)
        return {k: tuple(v) for k, v in found.items()}

    @cached_property
    def _parties(self) -> list[GazetteerEntry]:
        return sorted((e for e in self.entries.values() if e.kind == "Party" and e.located_in), key=lambda e: e.key)

    @cached_property
    def name_index(self) -> dict[str, str]:
        """Every folded gazetteer name → its entry's key (built once)."""
        return {fold(n): e.key for e in self.entries.values() for n in e.names}

    @cached_property
    def cue_index(self) -> "CueIndex":
        """The stance cues indexed by first word, for the scan over every token (built once)."""
        return CueIndex(self.cues, frozenset(fold(w) for w, (kind, _) in self.calendar.items()
                                             if kind in ("weekday", "relative_day")))

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """Every word of every stance cue ("soutien" of "afficher soutien"), built once."""
        return frozenset(word for cue in self.cues for word in cue.lemmas)

    @cached_property
    def event_words(self) -> frozenset[str]:
        """The first words of every event cue (built once)."""
        return frozenset(cue.lemmas[0] for cue in self.event_cues)

    @cached_property
    def roles_by_first(self) -> dict[str, list[Role]]:
        """The role nouns by the first word of their singular and plural, longest first, a hyphenated
        first word also by its part before the hyphen (built once)."""
        by_first: dict[str, list[Role]] = {}
        for r in sorted(self.roles, key=lambda r: -len(r.noun)):
            for first_word in {fold(phrase).replace("'", "' ").split()[0] for phrase in (r.noun, r.plural)}:
                by_first.setdefault(first_word, []).append(r)
        for r in sorted(self.roles, key=lambda r: -len(r.noun)):
            # "ministre-président", which the tokenizer splits at the hyphen: also under a role's first word
            first_word = fold(r.noun).split()[0].split("-")[0]
            if "-" in fold(r.noun).split()[0] and first_word in by_first and r not in by_first[first_word]:
                by_first[first_word].insert(0, r)
        return by_first

    @cached_property
    def event_cues_by_first(self) -> dict[str, list[EventCue]]:
        """The event cues by their first word, longest first (built once)."""
        by_first: dict[str, list[EventCue]] = {}
        for cue in sorted(self.event_cues, key=lambda c: -len(c.lemmas)):
            by_first.setdefault(cue.lemmas[0], []).append(cue)
        return by_first

    @cached_property
    def attribution_firsts(self) -> frozenset[str]:
        """The first words of every attribution expression (built once)."""
        return frozenset(words[0] for found in self.attributions.values() for words in found)

    @cached_property
    def evaluative_phrases(self) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
        """Evaluative expressions of several words ("acte de guerre"), folded, by first word (built once)."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for word, polarity in self.evaluatives.items():
            words = tuple(fold(word).replace("'", "' ").split())
            if len(words) > 1:
                index.setdefault(words[0], []).append((words, polarity))
        return {first: tuple(found) for first, found in index.items()}

    @cached_property
    def reporting_index(self) -> dict[str, bool]:
        """Folded reporting verb → whether it asserts (built once)."""
        return {fold(r): a for r, a in self.reporting.items()}

    @cached_property
    def capitals(self) -> dict[str, str]:
        """State key → the key of its capital city ("nigeria" → "abuja")."""
        return {e.stands_for: e.key for e in sorted(self.entries.values(), key=lambda e: e.key)
                if e.kind == "City" and e.stands_for}

    def holders_of(self, role: str, of: str, date: str | None) -> list[GazetteerEntry]:
        """People who held ``role`` of ``of`` at ``date`` (any time when ``date`` is None).

        ``role="leader"`` matches heads of state and of government, not ceremonial heads of state;
        ``role="head_of_state"`` matches both kinds of heads of state.
        """
        found = []
        for entry in self.entries.values():
            for office in entry.offices:
                if office.of != of:
                    continue
                if not office.fills(role) or not office.held_at(date):
                    continue
                found.append(entry)
        return found


# the data files read into a dict by their first cell, where a row given twice would silently replace the first
_KEYED = frozenset({"reporting_verbs.tsv", "government_nouns.tsv", "evaluatives.tsv", "demand_nouns.tsv",
                    "calendar.tsv", "numbers.tsv", "combining_forms.tsv", "act_nouns.tsv", "perpetrator_nouns.tsv",
                    "class_nouns.tsv", "relation_verbs.tsv"})


def _rows(lang: str, name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a data file, each a dict of its columns; in a file of ``_KEYED``, a first cell given
    twice is refused."""
    try:
        text = importlib_resources.files("kg.data").joinpath(lang, name).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        raise KgError(f"no language data for {lang!r}: kg/data/{lang}/{name} is missing") from None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = tuple(lines[0].split("\t"))
    if header != columns:
        raise KgError(f"kg/data/{lang}/{name}: columns {header} should be {columns}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise KgError(f"kg/data/{lang}/{name}: line {number} has {len(cells)} cells, not {len(columns)}")
        rows.append(dict(zip(columns, (c.strip() for c in cells))))
    if name in _KEYED:
        seen: set[str] = set()
        for row in rows:
            if row[columns[0]] in seen:
                raise KgError(f"kg/data/{lang}/{name}: {row[columns[0]]!r} is given twice")
            seen.add(row[columns[0]])
    return rows


_ELIDED = {"d'": "de", "l'": "le", "s'": "se", "qu'": "que", "n'": "ne"}


def _split(cell: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(sep) if part.strip())


def _attributions(lang: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for r in _rows(lang, "sources.tsv", ("expression", "role")):
        found.setdefault(r["role"], []).append(tuple(fold(r["expression"]).replace("'", "' ").split()))
    return {role: tuple(sorted(seqs, key=len, reverse=True)) for role, seqs in found.items()}


def _demonyms(cell: str) -> tuple[str, ...]:
    return tuple(form for d in _split(cell) for form in inflect_demonym(d))


def _new_key(entries: dict[str, GazetteerEntry], key: str, lang: str) -> None:
    """Refuse a gazetteer key already given to another entry: the later one would silently replace it."""
    if key in entries:
        raise KgError(f"kg/data/{lang}: the gazetteer key {key!r} is given twice")


@lru_cache(maxsize=4)
def load(lang: str = "fr") -> Resources:
    """Load the data files of ``lang``; raises ``KgError`` when one is missing or malformed."""
    entries: dict[str, GazetteerEntry] = {}
    for r in _rows(lang, "places.tsv", ("key", "wikidata", "name", "kind", "aliases", "demonyms", "capital_of", "in")):
        _new_key(entries, r["key"], lang)
        entries[r["key"]] = GazetteerEntry(
            key=r["key"], type=PLACE, name=r["name"], kind=r["kind"], wikidata=r["wikidata"] or None,
            aliases=_split(r["aliases"]), demonyms=_demonyms(r["demonyms"]),
            stands_for=r["capital_of"] or None, located_in=r["in"] or None)
    for r in _rows(lang, "organisations.tsv", ("key", "wikidata", "name", "kind", "aliases", "demonyms", "seat_of", "in")):
        _new_key(entries, r["key"], lang)
        entries[r["key"]] = GazetteerEntry(
            key=r["key"], type=ORGANISATION, name=r["name"], kind=r["kind"], wikidata=r["wikidata"] or None,
            aliases=_split(r["aliases"]), demonyms=_demonyms(r["demonyms"]), stands_for=r["seat_of"] or None,
            located_in=r["in"] or None)
    for r in _rows(lang, "people.tsv", ("key", "wikidata", "name", "aliases", "gender", "offices")):
        offices = []
        for spec in _split(r["offices"], ";"):
            role, of, start, end = (spec.split(":") + ["", "", ""])[:4]
            offices.append(Office(role, of, start, end))
        _new_key(entries, r["key"], lang)
        entries[r["key"]] = GazetteerEntry(
            key=r["key"], type=PERSON, name=r["name"], kind="Person", wikidata=r["wikidata"] or None,
            aliases=_split(r["aliases"]), gender=r["gender"] or None, offices=tuple(offices))
    for entry in entries.values():
        for ref in [entry.stands_for, entry.located_in, *(o.of for o in entry.offices)]:
            if ref and ref not in entries:
                raise KgError(f"kg/data/{lang}: {entry.key} refers to unknown key {ref!r}")
    roles = tuple(Role(**r) for r in _rows(lang, "roles.tsv", ("noun", "plural", "gender", "role", "relation", "kind")))
    cues = []
    for r in _rows(lang, "stance_cues.tsv", ("cue", "fine_type", "family", "frame", "target")):
        words = [_ELIDED.get(w, w) for w in fold(r["cue"]).replace("'", "' ").split()]   # "d'exclure": "de exclure"
        reflexive = words[0] == "se"
        cues.append(Cue(tuple(words[1:] if reflexive else words), reflexive, r["fine_type"], r["family"],
                        r["frame"], r["target"]))
    reporting = _rows(lang, "reporting_verbs.tsv", ("verb", "assertive", "judges"))
    event_cues = []
    for r in _rows(lang, "events.tsv", ("cue", "type", "family", "place_is_patient", "only_refers")):
        words = fold(r["cue"]).replace("'", "' ").split()          # "coup d'État" → coup, d', etat
        reflexive = words[0] in ("se", "s'")
        event_cues.append(EventCue(tuple(words[1:] if reflexive else words), r["type"], r["family"],
                                   r["place_is_patient"] == "yes", r["only_refers"] == "yes", reflexive))
    islands = frozenset(r["key"] for r in _rows(lang, "islands.tsv", ("key",)))
    wars = tuple((tuple(r["parties"].split()), r["start"], r["end"]) for r in _rows(lang, "wars.tsv", ("parties", "start", "end")))
    for ref in [*islands, *(key for parties, _, _ in wars for key in parties)]:
        if ref not in entries:
            raise KgError(f"kg/data/{lang}: islands.tsv or wars.tsv refers to unknown key {ref!r}")
    return Resources(
        lang=lang,
        entries=entries,
        roles=roles,
        government_nouns={r["noun"]: GovernmentNoun(r["noun"], r["name"], r["gender"], r["subtype"], r["bare"] == "yes")
                          for r in _rows(lang, "government_nouns.tsv", ("noun", "name", "gender", "subtype", "bare"))},
        cues=tuple(cues),
        reporting={r["verb"]: r["assertive"] == "yes" for r in reporting},
        judging=frozenset(fold(r["verb"]) for r in reporting if r["judges"] == "yes"),
        evaluatives={r["word"]: r["polarity"] for r in _rows(lang, "evaluatives.tsv", ("word", "polarity"))},
        event_cues=tuple(event_cues),
        demand_nouns={r["noun"]: r["toward"] for r in _rows(lang, "demand_nouns.tsv", ("noun", "toward"))},
        calendar={fold(r["word"]): (r["kind"], int(r["value"])) for r in _rows(lang, "calendar.tsv", ("word", "kind", "value"))},
        numbers={r["word"]: float(r["value"]) for r in _rows(lang, "numbers.tsv", ("word", "value"))},
        combining={r["form"]: r["place"] for r in _rows(lang, "combining_forms.tsv", ("form", "place"))},
        place_nouns=frozenset(r["noun"] for r in _rows(lang, "place_nouns.tsv", ("noun",))),
        media_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "media_nouns.tsv", ("noun",))),
        weapon_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "weapon_nouns.tsv", ("noun",))),
        undoing_verbs=frozenset(fold(r["verb"]) for r in _rows(lang, "undoing_verbs.tsv", ("verb",))),
        norm_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "norm_nouns.tsv", ("noun",))),
        leaning_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "leaning_nouns.tsv", ("noun",))),
        state_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "state_nouns.tsv", ("noun",))),
        policy_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "policy_nouns.tsv", ("noun",))),
        act_nouns={fold(r["noun"]): frozenset(r["families"].split()) for r in _rows(lang, "act_nouns.tsv", ("noun", "families"))},
        staff_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "staff_nouns.tsv", ("noun",))),
        facility_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "facility_nouns.tsv", ("noun",))),
        perpetrator_nouns={fold(r["noun"]): r["armed"] == "yes"
                           for r in _rows(lang, "perpetrator_nouns.tsv", ("noun", "armed"))},
        person_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "person_nouns.tsv", ("noun",))),
        transfer_verbs=frozenset(fold(r["verb"]) for r in _rows(lang, "transfer_verbs.tsv", ("verb",))),
        not_names=frozenset(fold(r["word"]) for r in _rows(lang, "not_names.tsv", ("word",))),
        titles=frozenset(fold(r["title"]) for r in _rows(lang, "titles.tsv", ("title",))),
        organisation_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "organisation_nouns.tsv", ("noun",))),
        attributions=_attributions(lang),
        class_nouns={fold(r["noun"]): frozenset(r["kinds"].split("|")) for r in _rows(lang, "class_nouns.tsv", ("noun", "kinds"))},
        islands=islands,
        wars=wars,
        first_names=frozenset(r["name"] for r in _rows(lang, "first_names.tsv", ("name",))),
        kin_nouns=frozenset(fold(r["noun"]) for r in _rows(lang, "kin_nouns.tsv", ("noun",))),
        relation_verbs={tuple(fold(r["verb"]).split()): r["predicate"]
                        for r in _rows(lang, "relation_verbs.tsv", ("verb", "predicate"))},
    )
