"""Speech acts: the stance verbs ("a menacé", "a prévenu"), reporting verbs ("a déclaré", "a souligné
que") and opinion frames ("Pour Moscou, ...") of an article, each with its speaker (subject, inverted
subject, "a-t-il" pronoun), its addressee, the words it reports and who the article says reported it
("selon X", an outer "a fait savoir X", "auprès de X")."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from dataclasses import dataclass, field

from kg.extract.arguments import joined_before, subject_keys
from kg.extract.cues import attributive, described_by, infinitives, match_cue
from kg.extract.document import (OBJECT_CLITICS, QUOTE_CLOSE, QUOTE_OPEN, SUBJECT_PRONOUNS, Sentences, aux_start,
                                 children, feats, lemma, norm, text_of, tokens_of)
from kg.extract.events import EventBuilder, sentenced, voted
from kg.link import Linking, possessive_owner
from kg.model import ORGANISATION, PERSON, PLACE, Mention, Relation
from kg.resources import Cue, Resources, fold

__all__ = ["Act", "Reader", "read_acts", "present_participle"]

_SAYING = {"dire", "affirmer", "declarer"}     # "a dit regretter": the infinitive tells the stance
_CHARGES = {"accuser", "reprocher", "soupconner", "suspecter"}     # whose "de" clause tells the deed charged
_PRONOUNS = {"il": "m", "elle": "f", "-il": "m", "-elle": "f", "ils": None, "elles": None, "-ils": None}
_PLURAL_PRONOUNS = {"ils", "elles", "-ils", "-elles"}
_NO_CUE_STARTS = {"SPACE", "PUNCT", "DET", "ADP", "CCONJ", "SCONJ", "NUM"}
# an actor after one of these is a complement, not who speaks ("devant le Parlement", "aux Etats-Unis")
_PREPOSITIONS = {"de", "du", "d'", "des", "a", "au", "aux", "selon", "contre", "en", "pour", "par", "(", "devant",
                 "derriere", "dans", "sur", "sous", "chez", "avec", "vers", "entre", "aupres", "envers", "face"}
_SEGMENT_BREAKS = {";", ":"}
_ADJUNCT_PREPOSITIONS = {"dans", "lors", "sur", "devant", "a", "au", "aux", "pendant", "durant", "depuis"}
_RELATIVES = {"dont", "qui", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
_CLAUSE_LINKS = {"et", "tandis", "alors", "mais"}      # ", et", ", tandis que": another clause begins
_COMPLEMENTS = {"nmod", "acl", "acl:relcl"}     # a noun's complements and relative clauses


@dataclass
class Act:
    """A speech act being read: its verb, speaker and the words it reports."""

    head: int                          # token index of the verb (or frame opener)
    cue_end: int
    kind: str                          # cue | reporting | frame
    inverted: bool
    content: tuple[int, int]           # token range of the reported words or complement
    cue: Cue | None = None
    assertive: bool = False
    holders: tuple[str, ...] = ()
    holder_mentions: list[Mention] = field(default_factory=list)
    addressee: tuple[str, ...] = ()
    source: str | None = None
    medium: str | None = None
    follows: "Act | None" = None       # the act whose subject a coordinated verb shares
    first_person: bool = False         # "je", "nous": the speaker of the words it stands in
    confidence: float = 0.85
    rules: list[str] = field(default_factory=list)


def _plain_object(reader: "Reader", token, end: int) -> bool:
    """Whether a verb has a direct object that is neither an actor nor an event, and no clause or
    quoted words after it ("assure l'intérim", but "a assuré que ...", "a assuré Kiev de son soutien")."""
    toks = tokens_of(reader.doc)
    doc = reader.doc
    if any(c.dep_ in ("ccomp", "xcomp") or c.dep_ == "mark" for c in children(token)):
        return False
    if any(toks[k].text == QUOTE_OPEN for k in range(end, min(len(doc), end + 4))):
        return False
    return any(c.dep_ == "obj" and c.i >= end and c.pos_ == "NOUN" and reader.actor_at(c.i)[0] is None
               and c.i not in reader.event_at for c in children(token))


def present_participle(token) -> bool:
    """ "accusant", "assurant": a participle clause whose subject is the main clause's."""
    if "Part" in feats(token, "VerbForm") and "Pres" in feats(token, "Tense") or \
            (token.text.lower().endswith("ant") and token.dep_ in ("advcl", "acl", "conj") and token.pos_ == "VERB"):
        return True
    # ", leur reprochant d'avoir ...": one the tagger took for a noun (or for a finite verb, ", le qualifiant de"),
    # set off by a comma and an object pronoun
    return token.lower_.endswith("ant") and (token.lemma_.lower() == token.lower_ or token.pos_ == "VERB" and (
        token.lemma_.lower().endswith(("er", "ir", "re")))) and _set_off_by_comma(token)


def _set_off_by_comma(token) -> bool:
    """The token follows a comma, or a comma and an object pronoun (", lui reprochant")."""
    doc, i = token.doc, token.i
    k = i - 1 if i > 0 and doc[i - 1].lower_ in OBJECT_CLITICS else i
    return k > 0 and doc[k - 1].text == ","


# verbs of judging whose bare past participle is passive: "l'AfD classée « extrémiste »", "qualifiée de"
_JUDGED_PARTICIPLES = {"qualifier", "classer", "juger", "decrire", "traiter", "considerer"}


_APOLOGY = {"pardon"}                      # "demander pardon" ("exiger des excuses" is a demand)


_DEEDS = {"Strike", "Protest", "Conflict", "Disaster", "Epidemic"}    # events that act on others by no one's words


class Reader:
    def __init__(self, doc, sentences: Sentences, linking: Linking, events: list[EventBuilder], resources: Resources,
                 relations: Sequence[Relation] = ()):
        self.doc, self.sentences, self.linking, self.events, self.resources = doc, sentences, linking, events, resources
        self._bodies: dict[str, set[str]] = {}      # the bodies each actor heads or belongs to, as related
        self._states: dict[str, str] = {}              # the state each person is related to as its head or member
        for r in relations:
            if r.predicate != "locatedIn" and linking.type_of(r.object) == ORGANISATION:
                self._bodies.setdefault(r.subject, set()).add(r.object)
            elif r.predicate in ("headOf", "memberOf") and linking.type_of(r.object) == PLACE \
                    and linking.type_of(r.subject) == PERSON:
                self._states.setdefault(r.subject, r.object)
        self._segments: dict[int, tuple[int, int]] = {}
        self._opens: dict[tuple[int, str], tuple[int, ...]] = {}
        self._roles: list[tuple[Mention, str]] | None = None
        self.event_at = {t: e for e in events for t in e.tokens}
        self.event_span = {}
        for e in events:
            for t, s in zip(e.tokens, e.spans):
                self.event_span[t] = s

    # -- mentions --------------------------------------------------------------------------
    def actor_at(self, i: int) -> tuple[Mention | None, tuple[str, ...]]:
        m = self.linking.mention_at_token(i)
        if m is None and i + 1 < len(self.doc) and self.sentences.norms[i] in self.resources.titles \
                and self.sentences.texts[i][:1].isupper():
            m = self.linking.mention_at_token(i + 1)    # "a accusé M. Machar": the parser's head is the title
            m = m if m is not None and m.start == i + 1 and m.kind == "name" else None
        if m is None:
            return None, ()
        return m, self.linking.refs[m]

    def _after_comma(self, start: int) -> bool:
        """Whether the actor named from token ``start`` follows a comma, itself or the description before
        its name ("..., le ministre de la Justice Yilmaz Tunç")."""
        texts = self.sentences.texts
        if start > 0 and texts[start - 1] == ",":
            return True
        role = self.linking.mention_at_token(start - 1) if start > 0 else None
        return role is not None and role.kind == "role" and role.start > 0 and texts[role.start - 1] == ","

    def actor_in(self, phrase, heads_only: bool = False) -> tuple[Mention | None, tuple[str, ...]]:
        """The first actor named in the noun phrase a token heads, or (None, ()) for no token; with
        ``heads_only``, not in the phrase's complements and relative clauses (the relations "entre les deux pays")."""
        if phrase is None:
            return None, ()
        tokens = phrase.subtree
        if heads_only:
            skipped = {t.i for c in phrase.children if c.dep_ in _COMPLEMENTS and (c.dep_ != "nmod" or any(
                g.dep_ == "case" for g in c.children)) for t in c.subtree}     # "le groupe Meta" names its head
            tokens = (t for t in phrase.subtree if t.i not in skipped)
        return next((found for t in tokens if (found := self.actor_at(t.i))[0] is not None), (None, ()))

    def next_actor(self, start: int, end: int, skip=()) -> tuple[Mention | None, tuple[str, ...]]:
        i = start
        while i < end:
            m, keys = self.actor_at(i)
            if m is not None and m.kind != "demonym" and keys and not set(keys) & set(skip):
                return m, keys
            i = m.end if m is not None else i + 1
        return None, ()

    def events_in(self, begin: int, end: int) -> list[EventBuilder]:
        found = []
        for t in range(begin, end):
            event = self.event_at.get(t)
            if event is not None and event not in found:
                found.append(event)
        return found

    def own_bodies(self, holders: tuple[str, ...]) -> set[str]:
        """The bodies a holder is described as heading or belonging to ("le président des Républicains,
        Bruno Retailleau"): its own, which its words ("son parti ne voterait pas") do not take aim at."""
        if self._roles is None:                 # the role descriptions of the article, read once
            self._roles = [(m, keys[0]) for m, keys in self.linking.refs.items() if m.kind == "role" and len(keys) == 1]
        named = {k for m, key in self._roles if key in holders
                 for _, inner in self.linking.keys_at(m.span.begin, m.span.end) for k in inner if k not in holders}
        # "Son chef, Herbert Kickl": the body the possessive stands for
        owners = {possessive_owner(m, self.linking) for m, key in self._roles
                  if key in holders and m.role != "counterpart"}
        related = {k for h in holders for k in self._bodies.get(h, ())}     # "Le mouvement ANO de X": X's
        return named | {k for k in owners | related if k is not None and k not in holders}

    def compatriots(self, holder: str) -> set[str]:
        """The holder's own state, as the relations give it when the mentions do not, and the persons the
        relations make heads or members of it ("Le Premier ministre, le général X", in an article about the
        state whose president speaks): all on the holder's side."""
        own = self._states.get(holder, self.linking.side(holder))
        return {k for k, state in self._states.items() if state == own and k != holder} | ({own} - {holder})

    def actors_in(self, begin: int, end: int) -> list[tuple[Mention, tuple[str, ...]]]:
        if begin >= end:
            return []
        span_begin, span_end = self.doc[begin].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        return self.linking.keys_at(span_begin, span_end)

    def resolve_pronoun(self, i: int, gender: str | None) -> tuple[str, ...]:
        """The most salient person before token ``i``: the latest subject, else the latest person named.
        A plural pronoun ("ils") stands for a group or for subjects joined by "et", never for one person."""
        toks = tokens_of(self.doc)
        if self.sentences.norms[i] in _PLURAL_PRONOUNS:
            return self._plural_antecedent(i)
        body = self._body_subject(i, gender)
        if body:
            return body
        before = [m for m in self.linking.mentions if m.span.end <= toks[i].idx and m in self.linking.refs
                  and m.type == PERSON and m.kind in ("name", "role") and len(self.linking.refs[m]) == 1]
        def agrees(m):
            g = m.gender or self.linking.builders[self.linking.refs[m][0]].gender
            return gender is None or g is None or g == gender
        candidates = [m for m in before if agrees(m)]
        def subject(t) -> bool:         # "Son principal rival, l'ancien ministre X, a rejeté": X, in apposition
            token = toks[t]
            opening = self.sentences.tokens[self.sentences.of[t]][0] + 2
            if token.dep_ == "ROOT" and token.pos_ == "PROPN" and t <= opening:
                return True             # the name opening a sentence the parser lost its way in
            for _ in range(3):
                if token.dep_.startswith("nsubj"):    # (not in "dont le dirigeant X est emprisonné")
                    return not self._in_relative(t)
                if token.dep_.startswith("obl") and any(c.dep_ == "case" and norm(c) == "selon"
                                                        for c in children(token)):
                    return True         # "Selon M. Joseph, les assaillants parlaient anglais. Il a appelé": the
                    #                     one who spoke last
                if token.dep_ == "ROOT" and token.i <= opening and token.i < t:
                    return True         # "M. Simion, chef du parti ..., s'est proclamé": the title the parser
                    #                     made the root of a sentence it lost its way in
                apposed = token.dep_ == "nmod" and token.pos_ == "PROPN" and token.i > 0 \
                    and toks[token.i - 1].text == ","
                if token.dep_ not in ("appos", "conj", "flat:name") and not apposed or token.head.i == token.i:
                    return False          # (a name set off by a comma the parser hung as a complement, too)
                token = token.head
            return False
        subjects = [m for m in candidates if any(subject(t) for t in range(m.start, m.end))]
        pick = (subjects or candidates or [None])[-1]
        return self.linking.refs[pick] if pick else ()

    def _body_subject(self, i: int, gender: str | None) -> tuple[str, ...]:
        """The organisation or state a singular pronoun takes up when it is the latest subject of a main
        clause, in this sentence or the one before: "Le principal parti d'opposition, Chadema, ... Il a
        qualifié", "La compagnie Ryanair a exigé ..., qu'elle accuse"."""
        toks = tokens_of(self.doc)
        sent = self.sentences.of[i]
        begin = self.sentences.tokens[max(0, sent - 1)][0]
        for t in range(i - 1, begin - 1, -1):
            token = toks[t]
            # the sentence's first noun, which a parser at a loss may make its root
            opening = token.dep_ == "ROOT" and token.pos_ in ("NOUN", "PROPN") \
                and t <= self.sentences.tokens[self.sentences.of[t]][0] + 2
            if not opening and (not token.dep_.startswith("nsubj") or token.pos_ == "PRON" or self.sentences.quoted[t]
                                or not (token.head.dep_ == "ROOT" or token.head.dep_ == "conj" and token.head.head.dep_ == "ROOT")
                                or self._in_relative(t)):
                continue
            m, keys = self.actor_in(token)
            if opening and not token.dep_.startswith("nsubj") and m is not None and not (
                    m.start <= t < m.end or any(c.dep_ == "appos" and m.start <= c.i < m.end for c in children(token))):
                return ()       # an opening root is the actor itself or the one set beside it ("Le principal
                #                 parti d'opposition, Chadema,"), not one its complements name ("Critique de
                #                 l'aide à l'Ukraine")
            if m is not None and m.kind == "demonym":    # "Le constructeur américain Boeing a assuré qu'il":
                m, keys = next(((n, ks) for n, ks in (self.actor_at(d.i) for d in token.subtree if d.i > t)
                                if n is not None and n.kind == "name"), (None, ()))   # the name, not the adjective
            if m is None or len(keys) != 1 or m.kind == "demonym":
                return ()
            builder = self.linking.builders.get(keys[0])
            if builder is None or not (builder.type == ORGANISATION or builder.subtype == "Country"):
                return ()                       # a person: the usual reading
            if m.end + 1 < len(toks) and toks[m.end].text == ",":
                apposed = self.linking.mention_at_token(m.end + 1)
                if apposed is not None and apposed.type == PERSON and apposed.kind == "name":
                    return ()                   # "Le Défenseur du peuple, Josué Gutiérrez, ... Il": the person
            said = feats(token, "Gender")
            if gender and said and {"Masc": "m", "Fem": "f"}.get(said[0]) != gender:
                return ()
            return keys
        return ()

    def _in_relative(self, t: int) -> bool:
        """Whether token ``t`` lies in a relative clause opened since the last comma ("..., dont le
        dirigeant X est emprisonné"), however the parser read it."""
        begin = self.sentences.tokens[self.sentences.of[t]][0]
        k = t - 1
        while k >= begin and self.sentences.texts[k] != ",":
            if self.sentences.texts[k].lower() in _RELATIVES:
                return True
            k -= 1
        return False

    # -- speech acts -------------------------------------------------------------------------
    def _plural_antecedent(self, i: int) -> tuple[str, ...]:
        """The actors of the latest plural subject before token ``i``, in its sentence or the one before:
        "Les deux dirigeants", "Le Brésil et la Colombie", "Les régimes du Mali, du Burkina Faso et du Niger"."""
        toks = tokens_of(self.doc)
        doc, sent = self.doc, self.sentences.of[i]
        begin = self.sentences.tokens[max(0, sent - 1)][0]
        for t in range(i - 1, begin - 1, -1):
            token = toks[t]
            if not token.dep_.startswith("nsubj") or token.pos_ == "PRON":
                continue
            keys = subject_keys(doc, self.linking, token, (PLACE, ORGANISATION, PERSON))
            keys += tuple(k for conj in token.conjuncts for k in subject_keys(doc, self.linking, conj) if k not in keys)
            if len(keys) > 1:
                return keys
        return ()

    def segment(self, i: int) -> tuple[int, int]:
        """The clause segment around token ``i``: the sentence cut at ";", ":", ", et", ", tandis que"..."""
        if i in self._segments:
            return self._segments[i]
        self._segments[i] = found = self._segment(i)
        return found

    def _segment(self, i: int) -> tuple[int, int]:
        begin, end = self.sentences.tokens[self.sentences.of[i]]
        seg_begin, seg_end = begin, end
        texts, norms = self.sentences.texts, self.sentences.norms
        for t in range(begin, end):
            word = texts[t]
            is_break = word in _SEGMENT_BREAKS or (word == "," and t + 1 < end and norms[t + 1] in _CLAUSE_LINKS) \
                or norms[t] == "et" and self._joins_clauses(t)
            if is_break and t < i:
                seg_begin = t + 1
            elif is_break and t >= i:
                seg_end = t
                break
        return seg_begin, seg_end

    def _joins_clauses(self, t: int) -> bool:
        """Whether the "et" at ``t`` joins a clause with a subject of its own ("X a jugé ... et la France a
        exprimé ..."): each clause's words are its own speaker's."""
        tok = tokens_of(self.doc)[t]
        verb = tok.head
        return tok.dep_ == "cc" and verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.i > t \
            and any(c.dep_ in ("nsubj", "nsubj:pass") and t < c.i < verb.i and c.pos_ in ("PROPN", "NOUN")
                    for c in children(verb)) \
            and not any(c.dep_ == "mark" for c in children(verb))   # not "a affirmé que ... et qu'Israël ..."

    def inverted(self, head: int, reporting: bool = False) -> bool:
        """Whether the verb at ``head`` follows the words it reports, its subject after it
        ("..., a déclaré X"): not a present participle ("..., accusant X"), and no subject on its left.
        A verb that only reports (``reporting``) followed by a person it cannot take as its object has
        that person for its speaker whatever the parser hung on its left."""
        toks = tokens_of(self.doc)
        doc = self.doc
        start = aux_start(doc, head)
        j = start - 1
        if j < 0 or toks[j].text not in (",", QUOTE_CLOSE):
            return False
        if present_participle(toks[head]) or self.apposed_participle(head) is not None:
            return False
        if "Part" in feats(toks[head], "VerbForm") and start == head:
            return False                # "deux diplomates britanniques, accusés par le FSB de ...": a bare participle
            #                             describes what is before it, it reports nothing
        after = next((t for t in doc[head + 1:head + 4] if t.pos_ not in ("ADV", "NOUN")), None)
        if after is not None and norm(after) in ("que", "qu'"):
            return False                # "Son fils, Sajeeb Wazed, a affirmé qu'elle ...": the words follow
        if j - 1 in self._relative_clauses(self.sentences.tokens[self.sentences.of[head]][0], start):
            return False                # "Joe Biden, dont le pays ..., a salué": the subject is before
        named = self.linking.mention_at_token(j - 1) if j > 0 else None
        if named is not None and named.kind == "name" and named.end == j and named.start > 0 \
                and toks[named.start - 1].text == ",":
            return False                # "Le président de la Commission, Moussa Faki Mahamat, a condamné"
        if reporting and any(c.dep_ == "obj" and c.i <= head + 2 and (m := self.linking.mention_at_token(c.i))
                             is not None and m.type == PERSON for c in children(toks[head])):
            return True                 # "..., a déclaré la porte-parole de la diplomatie russe, X" (its object)
        quoted = j >= 1 and toks[j - 1].text == QUOTE_CLOSE if toks[j].text == "," else toks[j].text == QUOTE_CLOSE
        governor = toks[head].head
        return not any(c.dep_.startswith("nsubj") and c.i < start and c.pos_ != "PUNCT"   # (not the "«" parsed as
                       and not (quoted and self.sentences.quoted[c.i])   # one) "« ... la stature ... », a déclaré X"
                       and not (governor.pos_ == "VERB" and governor.i < c.i    # nor the object of the verb before,
                                and not any(g.dep_ == "obj" for g in children(governor)))   # "La Chine a convoqué
                       for c in children(toks[head]))    # l'ambassadeur du Japon pour ..., a annoncé X": no subject

    def apposed_participle(self, head: int) -> Mention | None:
        """The actor a bare past participle is set beside ("à Apple, accusé d'avoir abusé de ..."): what the
        participle says is said of it, by the subject of the clause, else None."""
        toks = tokens_of(self.doc)
        doc = self.doc
        token = toks[head]
        if head < 2 or toks[head - 1].text != "," or "Part" not in feats(token, "VerbForm") \
                or "Past" not in feats(token, "Tense") \
                or any(c.dep_.startswith("aux") or c.dep_ == "obl:agent" for c in children(token)) \
                or head + 1 < len(doc) and self.sentences.norms[head + 1] == "par":      # "accusé par Paris": its agent says it
            return None
        m = self.linking.mention_at_token(head - 2)
        return m if m is not None and m.end == head - 1 and m.kind != "demonym" and self.linking.refs.get(m) else None

    def noun_holder(self, act: Act) -> None:
        """The holder of a stance noun: "l'ultimatum que lui avait fixé la Cédéao" (the relative clause's
        subject; "lui" is whom the main clause is about), "les menaces lancées par X", "l'appel de l'ONU à".
        None for a bare noun ("ces menaces"): then it is no stance of its own."""
        toks = tokens_of(self.doc)
        doc, noun = self.doc, toks[act.head]
        norms = self.sentences.norms
        if act.head >= 2 and norms[act.head - 2] == "a" and norms[act.head - 1] in ("l'", "l") \
                and lemma(noun) == "appel":
            return                        # "se sont rassemblées à l'appel du CHP": who organised it, no words
        for child in children(noun):
            if child.dep_ == "acl" and "Part" in feats(child, "VerbForm"):
                agent = next((c for c in children(child) if c.dep_ == "obl:agent"), None)
                m, keys = self.actor_at(agent.i) if agent is not None else (None, ())
                if m is not None and m.kind != "demonym" and keys:
                    act.holders, act.holder_mentions = keys, [m]
                    act.rules.append("noun-agent")
        if not act.holders and act.cue_end + 2 < len(doc) and self.sentences.norms[act.cue_end] in ("que", "qu'"):
            self._relative_holder(act, noun)
        possessed = any(c.dep_ == "det" and norm(c) in ("son", "sa", "ses", "leur", "leurs") for c in children(noun))
        if not act.holders and act.cue_end + 1 < len(doc) and self.sentences.norms[act.cue_end] in ("de", "du", "d'", "des") \
                and not possessed \
                and not (noun.dep_ == "nsubj" and _body_noun(self.resources, noun)):
            # "ses critiques de l'Union européenne": hers, of the EU; "L'opposition du Congrès a dénoncé": a
            # body that speaks, no stance
            start = act.cue_end + (0 if self.sentences.norms[act.cue_end] in ("du", "des") else 1)
            m, keys = self.next_actor(start, min(len(doc), start + 3))
            if m is not None and m.start <= start + 1 and not self.event_at.get(m.start) \
                    and act.head not in self.event_at:     # "la condamnation de l'opposant X": a sentence
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("noun-genitive")

    def _relative_holder(self, act: Act, noun) -> None:
        """ "l'ultimatum que la Cédéao avait fixé", "... que lui avait fixé la Cédéao": the actor before the
        relative verb, else right after it; read linearly, as parsers often hang the clause elsewhere."""
        toks = tokens_of(self.doc)
        sent_end = self.sentences.tokens[self.sentences.of[act.head]][1]
        verb = next((k for k in range(act.cue_end + 1, min(sent_end, act.cue_end + 8))
                     if toks[k].pos_ == "VERB"), None)
        if verb is None:
            return
        m, keys = self.next_actor(act.cue_end + 1, verb)
        if m is None:
            m, keys = self.next_actor(verb + 1, min(sent_end, verb + 4))
        if m is None or m.kind == "demonym":
            return
        act.holders, act.holder_mentions = keys, [m]
        act.rules.append("noun-relative")
        if any(self.sentences.norms[k] in ("lui", "leur") for k in range(act.cue_end + 1, verb)):
            governor, subject = noun, None
            while subject is None and governor.dep_ != "ROOT":     # the nearest clause up the tree with a subject
                governor = governor.head
                subject = self._subject_token(governor) if governor.pos_ == "VERB" else None
            target = self.actor_at(subject.i) if subject is not None else (None, ())
            if target[0] is not None:
                act.addressee = target[1]          # "que lui avait fixé": the junta it was set to

    def speaker(self, act: Act, earlier: list[Act] = ()) -> None:
        toks = tokens_of(self.doc)
        doc = self.doc
        if act.cue is not None and act.cue.frame == "noun":
            self.noun_holder(act)
            return
        head = toks[act.head]
        sent_end = self.sentences.tokens[self.sentences.of[act.head]][1]
        if act.inverted:
            for t in doc[aux_start(doc, act.head):act.head]:
                if norm(t) in ("-il", "-elle", "-ils"):
                    act.holders = self.resolve_pronoun(t.i, _PRONOUNS.get(norm(t)))
                    act.rules.append("inverted-pronoun")
                    act.confidence *= 0.9
            i = act.cue_end
            while i < sent_end and not act.holders:
                word = self.sentences.norms[i]
                if toks[i].text == "," and i > act.cue_end and toks[i - 1].pos_ == "NOUN":
                    # "a prévenu un de leurs responsables, Hussein al-Ezzi": the name in apposition
                    m, keys = self.actor_at(i + 1) if i + 1 < sent_end else (None, ())
                    if m is not None and m.type == PERSON and m.kind == "name":
                        act.holders, act.holder_mentions = keys, [m]
                        act.rules.append("inverted-subject")
                    break
                if toks[i].text in (",", ".", QUOTE_OPEN):
                    break
                channel = self.opens(i, "channel", sent_end)
                if channel:                          # "a réagi sur X le patron de Tesla": where, not who
                    m, keys = self.next_actor(channel, min(sent_end, channel + 3))
                    if m is not None:
                        i = m.end
                        continue
                medium = self.opens(i, "medium", sent_end)
                if medium or word in ("a", "au", "aux", "devant"):
                    start = medium or i + 1
                    m, keys = self.next_actor(start, min(sent_end, start + 4))
                    if m is not None:
                        entry = self.resources.entries.get(keys[0])
                        if medium or (entry and entry.kind == "Agency"):
                            act.medium = keys[0]
                        else:
                            act.addressee = keys
                        i = m.end
                        continue
                m, keys = self.actor_at(i)
                if m is not None and m.kind != "demonym" and m.start > 0 and self.sentences.norms[m.start - 1] in (
                        "de", "du", "d'", "des") and m.end + 1 < sent_end and toks[m.end].text == ",":
                    named, named_keys = self.actor_at(m.end + 1)     # "a dénoncé la responsable de Verdi, Silke
                    if named is not None and named.type == PERSON and named.kind == "name":   # Zimmer": she speaks
                        m, keys = named, named_keys
                if m is not None and m.kind != "demonym":
                    act.holders, act.holder_mentions = keys, [m]
                    act.rules.append("inverted-subject")
                    break
                i += 1
            if act.holders:
                return
        apposed = self.apposed_participle(act.head) if act.kind == "cue" else None
        if apposed is not None and not any(c.dep_ == "obl:agent" for c in children(head)):
            # "La Commission a infligé une amende à Apple, accusé d'avoir abusé ...": the Commission accuses Apple
            governor = next((a for a in toks[apposed.start].ancestors if a.pos_ in ("VERB", "AUX")
                             and self._subject_token(a) is not None), None)
            m, keys = self.actor_at(self._subject_token(governor).i) if governor is not None else (None, ())
            if m is not None and m.kind == "demonym" and m.start > 0:
                # "L'Assemblée nationale | kényane a voté", the parser's subject the demonym: the body it qualifies
                demonym = m
                m, keys = self.actor_at(demonym.start - 1)
                if m is None or m.kind != "name" or m.type != ORGANISATION or m.end != demonym.start:
                    m, keys = None, ()
            if m is not None and keys and not set(keys) & set(self.linking.refs[apposed]):
                # (not "X, invité au dîner offert par le roi, a rencontré Y": X does not invite himself)
                act.holders, act.holder_mentions = keys, [m]
                act.addressee = self.linking.refs[apposed]
                act.rules.append("apposed-participle")
                return
            if "Pass" in feats(head, "Voice") or "Past" in feats(head, "Tense"):
                return                    # "réclamer la démission de X, accusé d'avoir tardé": accused by no actor,
                #                           and never by X
        bare_participle = "Part" in feats(head, "VerbForm") and not any(c.dep_.startswith("aux") for c in children(head))
        passive = any(c.dep_ == "aux:pass" for c in children(head))
        active = not passive and (any(c.dep_ == "aux:tense" for c in children(head))
                                  or "Fin" in feats(head, "VerbForm"))   # (also "Washington justifie cette mesure par")
        agent = next((c for c in children(head) if c.dep_ == "obl:agent" and not active
                      and any(norm(g) in ("par", "d'", "de") for g in children(c) if g.dep_ == "case")
                      #     (not "a dénoncé ... et appelé l'Union européenne à": an object the parser took for one)
                      or passive and c.dep_.startswith("obl") and c.i > head.i          # "ont été rejetées par Paris",
                      and any(norm(g) == "par" and g.dep_ == "case" for g in children(c))   # the parser's "obl:mod"
                      or bare_participle and (c.dep_.startswith("obl") or c.dep_ == "obj")
                      and c.i > head.i and any(norm(g) == "par" for g in c.subtree if g.dep_ == "case" and g.i < c.i)), None)
        #                                                   (not "a promis de répondre « par la réciprocité »")
        #                                                   ("un discours jugé « provocateur » par Pékin", "réclamée
        #                                                   par plus de 80 pays", parsed as an object)
        if agent is None and head.pos_ == "ADJ" and head.dep_ == "amod":
            par = _par_after(toks, head.i)                 # "une visite jugée « provocatrice » par les autorités
            agent = toks[par + 1] if par is not None else None    # danoises", the agent hung on the noun
        if agent is None and bare_participle and head.i + 2 < len(doc) and norm(toks[head.i + 1]) == "par":
            after = toks[head.i + 2]                       # "des accusations démenties par l'Agence fédérale ...",
            agent = after.head if after.pos_ == "DET" else after   # the agent hung on the noun
        if agent is not None:                              # "des résultats contestés par l'opposition"
            m, keys = self.actor_at(agent.i)
            if m is None:                                  # "par les observateurs de l'OEA": whom they stand for
                stop = next((t.i for t in toks[agent.i:agent.right_edge.i + 1] if t.text == ","), agent.right_edge.i + 1)
                m, keys = next(((n, ks) for n, ks in self.actors_in(agent.i, min(stop, agent.i + 8, agent.right_edge.i + 1))
                                if n.kind != "demonym"), (None, ()))
            if m is not None and keys:
                holders = list(keys)
                for conj in agent.conjuncts:              # "a été saluée par Washington et Paris": both
                    if not any(c.dep_ == "cc" and norm(c) == "et" for c in children(conj)):
                        continue                          # (not "Soutenue par X et Y, Mme Z": the one supported)
                    other, more = self.actor_at(conj.i)
                    if other is not None and other.kind != "demonym":
                        holders += [k for k in more if k not in holders]
                act.holders, act.holder_mentions = tuple(holders), [m]
                act.rules.append("passive-agent")
                return
            if "Part" in feats(head, "VerbForm") and not any(c.dep_.startswith("aux") for c in children(head)):
                return                    # "un vote réclamé par les groupes parlementaires": they hold it, no actor here
        if bare_participle and "Past" in feats(head, "Tense") and lemma(head) in _JUDGED_PARTICIPLES \
                and not any(c.dep_ == "obj" for c in children(head)) and act.head > 0 \
                and self.sentences.norms[act.head - 1] not in ("et", "a", "ont", "avait", "avaient") \
                and (self.linking.mention_at_token(act.head - 1) is not None
                     or toks[act.head - 1].text == "," and self.linking.mention_at_token(act.head - 2) is not None):
            # "l'AfD classée « extrémiste »", "L'AfD, qualifiée d'« extrémiste » par le BfV": judged, by the
            # actor after "par" if any, never by the one judged
            _, seg_end = self.segment(act.head)
            by = next((k for k in range(act.head + 1, min(seg_end, act.head + 12)) if self.sentences.norms[k] == "par"), None)
            m, keys = self.next_actor(by + 1, min(seg_end, by + 4)) if by is not None else (None, ())
            if m is not None and keys and m.kind != "demonym":
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("passive-agent")
            return
        if present_participle(head) and head.i > 0:
            # "Le gouvernement a rejeté ..., le ministre de la Justice Yilmaz Tunç assurant que ...": an absolute
            # participle clause, whose subject is the actor set right before it after a comma
            m, keys = self.actor_at(head.i - 1)
            if m is not None and keys and m.kind in ("name", "role") and m.end == head.i and self._after_comma(m.start):
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("absolute-participle")
                return
        subject = self._subject_token(head)
        start = aux_start(doc, act.head)
        named = self.linking.mention_at_token(start - 1) if start > 0 else None
        opening = named.start if named is not None else 0
        title = self.linking.mention_at_token(opening - 1) if opening > 0 else None
        if title is not None and title.kind == "role" and title.end == opening:
            opening = title.start         # "et le Premier ministre espagnol Pedro Sánchez a exigé"
        if named is not None and named.end == start and named.kind in ("name", "role") and self.linking.refs.get(named) \
                and opening > 0 and self.sentences.norms[opening - 1] == "et" \
                and (subject is None or not opening <= subject.i < named.end):
            subject = toks[named.start]   # "La Turquie a condamné ... et le Premier ministre espagnol X a exigé": X
        if subject is not None and subject.i < self.segment(act.head)[0] and toks[act.head].pos_ == "VERB" \
                and any(toks[t].text in (":", ";") for t in range(subject.i, act.head)):
            subject = None                # "Israël s'est montré réservé : selon la presse, X avait demandé"
        start = aux_start(doc, act.head)
        if self.sentences.of[act.head] == 0 and self.sentences.is_headline(0) and start > 0:
            m, keys = self.actor_at(start - 1)
            if m is not None and m.kind != "demonym" and keys and not m.locative:
                # a title's clauses run together ("X arrêté, l'opposition dénonce ..."): the actor just before
                # (not a place where the subject is: "les Européens réunis à Paris promettent")
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("headline-subject")
                return
        placed = self.actor_at(subject.i) if subject is not None else (None, ())
        if placed[0] is not None and placed[0].locative and self.linking.type_of(placed[1][0]) == PLACE:
            # "A Kampala, le chanteur X a appelé": a place set before the clause, read as its subject
            apposed = next((c for c in children(subject) if c.dep_ == "appos"), None)
            named = self.actor_in(apposed)[0] if apposed is not None else None
            subject = toks[named.start] if named is not None else None
        if subject is not None:
            word = norm(subject)
            if word in ("personne", "nul", "rien") and subject.pos_ == "PRON":
                return                        # "l'État ne laisserait personne menacer la démocratie": no one does
            if word in ("je", "j'", "nous"):
                act.first_person = True       # resolved once the act that reports these words has its speaker
                return
            if word in _PRONOUNS and self._thing_before(subject):
                return                        # "a salué le texte, jugeant qu'il garantissait": the text does
            reporter = self._reporter_of(subject) if word in _PRONOUNS else None
            if reporter is not None:             # "Apple a annoncé qu'il ferait appel": the speaker speaks of itself
                act.holders = reporter
                act.rules.append("subject-pronoun")
                act.confidence *= 0.85
                return
            if word in _PRONOUNS:
                act.holders = self.resolve_pronoun(subject.i, _PRONOUNS[word])
                act.rules.append("subject-pronoun")
                act.confidence *= 0.85
                return
            if word in ("celui", "celle", "ci", "-") and subject.pos_ == "PRON":
                pointed = subject_keys(doc, self.linking, subject, (PERSON,))
                if pointed:                   # "Celui-ci a dénoncé": the person named last, of that gender
                    act.holders = pointed
                    act.rules.append("subject-pronoun")
                    act.confidence *= 0.85
                    return
            if word in ("qui",) and subject.head.head is not None:
                # (the relative pronoun itself, also when the act's verb shares it with the relative verb
                # the parser made a root: "Pékin, qui considère X comme ..., a dénoncé")
                qui, subject = subject, subject.head.head
                named = next((c for c in children(subject) if c.dep_ == "flat:name"), None)
                if self.actor_at(subject.i)[0] is None and named is not None and self.actor_at(named.i)[0] is not None:
                    subject = named                 # "M. Faye, qui a promis": the name after the title
                closing = 1 if qui is not None and qui.i >= 3 and toks[qui.i - 2].text == "»" else 0   # "« GenZ 212 », qui"
                before = self.linking.mention_at_token(qui.i - 2 - closing) if qui is not None and qui.i >= 2 \
                    and toks[qui.i - 1].text == "," else None
                if self.actor_at(subject.i)[0] is None and before is not None and before.end == qui.i - 1 - closing \
                        and before.kind != "demonym" and not before.locative and self.linking.refs.get(before):
                    subject = toks[before.start]     # "les accusations de Donald Trump, qui a menacé": Trump;
                    #                                  "a déclaré le syndicat, qui réclame": the union
                listed = self._listed_before(qui.i) if qui is not None and "Plur" in feats(head, "Number") \
                    and self.actor_at(subject.i)[0] is None else []
                if len(listed) >= 2:                # "la GSEE pour le secteur privé et l'Adedy pour la fonction
                    act.holders = tuple(k for _, keys in listed for k in keys)   # publique, qui réclament"
                    act.holder_mentions = [listed[0][0]]
                    act.rules.append("listed-before")
                    return
                if self.actor_at(subject.i)[0] is None:
                    return                          # "un accord qui menacerait ...": no actor speaks
            if self.actor_at(subject.i)[0] is None and word in self.resources.titles:
                # "M. De Wever a jugé": the parser hangs the name on the title
                subject = next((c for c in children(subject) if c.dep_ in ("flat:name", "nmod", "appos")
                                and self.actor_at(c.i)[0] is not None), subject)
            m, keys = self.actor_at(subject.i)
            if m is None and subject.pos_ == "NOUN":
                # "un groupe d'officiers réunis au sein d'un « Comité ... »": the body they form speaks
                within = next((t.i for t in subject.subtree if norm(t) == "sein" and t.i > subject.i), None)
                if within is not None:
                    m, keys = self.next_actor(within + 1, min(len(doc), within + 5))
                    if m is not None and self.linking.type_of(keys[0]) == ORGANISATION:
                        act.holders, act.holder_mentions = keys, [m]
                        act.rules.append("body-of-group")
                        return
                    m, keys = None, ()
            if m is None and subject.pos_ == "NOUN" and (
                    norm(subject) in self.resources.staff_nouns
                    or {"Company", "Party"} & self.resources.class_nouns.get(norm(subject), frozenset())
                    or _body_noun(self.resources, subject)):
                # "La direction de Samsung a assuré": the company speaks through its management; "Le parti du
                # Congrès", "L'opposition du Congrès a dénoncé": the party named
                for child in children(subject):
                    whose, whose_keys = self.actor_at(child.i) if child.dep_ == "nmod" and child.i == subject.i + 2 \
                        and self.sentences.norms[subject.i + 1] in ("de", "du", "d'") else (None, ())
                    if whose is not None and whose.type == ORGANISATION and whose_keys:
                        m, keys = whose, whose_keys
                        break
            if m is None and subject.pos_ == "NOUN" and norm(subject) in self.resources.kin_nouns \
                    and (kin := self._kin_of(subject)) is not None:
                act.holders, act.holder_mentions = (kin,), []   # "La fille de l'ancien président Rodrigo Duterte"
                act.rules.append("kin")
                return
            if m is None and subject.pos_ == "NOUN" and (among := self._named_among(subject.i, act.head)):
                # "Les ambassades de plusieurs pays occidentaux, dont les Etats-Unis et le Royaume-Uni, ont appelé"
                act.holders, act.holder_mentions = tuple(k for _, keys in among for k in keys), [among[0][0]]
                act.rules.append("named-among")
                return
            if m is None and subject.pos_ == "NOUN":
                m, keys = self._apposed_to(subject)
                if m is not None:             # "M. Pezeshkian, un chirurgien de 69 ans, a promis": the name speaks
                    act.holders, act.holder_mentions = keys, [m]
                    act.rules.append("apposed-subject")
                    return
            if m is None and subject.pos_ == "NOUN":
                # "L'opposante de gauche Luisa González, du mouvement X, a salué": the name set after the noun
                m, keys = next(((n, ks) for n, ks in (self.actor_at(c.i) for c in children(subject)
                                                     if c.dep_ == "appos" and c.i > subject.i)
                                if n is not None and n.kind == "name" and n.type == PERSON), (None, ()))
            if m is None and subject.pos_ == "NOUN":
                # "l'opposante en exil Svetlana Tikhanovskaïa a qualifié": a name right after the noun's own
                # words, however the parser hung it
                k = subject.i + 1
                while k < min(act.head, subject.i + 5) and toks[k].text.islower() \
                        and toks[k].pos_ in ("ADP", "NOUN", "ADJ"):
                    k += 1
                named, named_keys = self.actor_at(k) if subject.i + 1 < k < act.head and toks[k - 1].pos_ != "ADP" \
                    else (None, ())      # (not "Des camionneurs favorables à Jair Bolsonaro": whom they back)
                if named is not None and named.kind == "name" and named.start == k and named.type == PERSON:
                    m, keys = named, named_keys
            if m is None and subject.pos_ == "NOUN" and subject.i + 2 < act.head and toks[subject.i + 1].text == "«":
                # "Le mouvement « Bloquons tout » appelle": the body the noun introduces by its quoted name
                named, named_keys = self.actor_at(subject.i + 2)
                if named is not None and named.kind == "name" and named.start == subject.i + 2 \
                        and named.type == ORGANISATION:
                    m, keys = named, named_keys
            if m is None and subject.pos_ == "NOUN" and (beside := self._named_beside(subject.i, act.head)) is not None:
                m, keys = beside              # "Le principal parti d'opposition, le Pasok, a apporté son soutien"
            if m is None and subject.pos_ == "NOUN":
                # "Sa fille, la vice-présidente Sara Duterte, a accusé": the parser made the apposition a second
                # subject of the verb; who it names speaks
                second = next((c for c in children(subject.head) if c.dep_ == subject.dep_ and subject.i < c.i < head.i
                               and toks[c.left_edge.i - 1].text == ","), None)
                found, found_keys = self.actor_in(second) if second is not None else (None, ())
                if found is not None and found.kind != "demonym" and found_keys \
                        and all(self.linking.type_of(k) == PERSON for k in found_keys):
                    m, keys = found, found_keys
                    # "Ses deux adversaires, l'islamiste X et le socialiste Y, ont dénoncé": both
                    for conj in (t for t in second.subtree if t.dep_ == "conj" and t.i > found.end
                                 and any(norm(c) == "et" for c in children(t) if c.dep_ == "cc")):
                        other, more = self.actor_in(conj)
                        if other is not None and other.kind in ("name", "role") \
                                and all(self.linking.type_of(k) == PERSON for k in more):
                            keys = keys + tuple(k for k in more if k not in keys)
            if m is None and subject.pos_ == "NOUN" and (officials := self._officials_of(subject)):
                act.holders, act.holder_mentions = officials[1], [officials[0]]   # "Les dirigeants européens ont
                act.rules.append("officials-of")                                  # condamné": the Union
                return
            purpose = "Inf" in feats(head, "VerbForm") and any(norm(c) == "pour" for c in children(head) if c.dep_ == "mark")
            if m is None and subject.pos_ == "NOUN" and subject.dep_ in ("nsubj", "nsubj:pass") \
                    and (subject.head.i == head.i or purpose) \
                    and not any(self.actor_at(t.i)[0] is not None for t in subject.subtree):
                # (also "des fidèles s'étaient rassemblés pour s'opposer à l'arrestation": the crowd's purpose)
                act.rules.append("no-actor-subject")
                return                              # "les combats menaçaient sa sécurité": no one speaks
            if m is None and subject.pos_ == "NOUN" and act.kind == "cue" and act.cue.family == "THREATEN" \
                    and subject.dep_ == "nsubj" and subject.head.i == head.i \
                    and (lemma(subject) in self.resources.event_words or lemma(subject) in self.resources.act_nouns):
                act.rules.append("no-actor-subject")
                return                              # "le départ des trois pays menaçait la libre circulation": a
                #                                     deed that endangers, not its doers' threat
            if m is not None and keys:
                holders = list(keys)
                # "Le Brésil et la Colombie ont demandé"; "Le président russe Vladimir Poutine et le président
                # chinois Xi Jinping ont adressé", the second joined to the first one's name
                apposed = [c for c in children(subject) if c.dep_ == "appos"]
                for conj in [*subject.conjuncts, *(k for c in apposed for k in c.conjuncts if k.i > c.i)]:
                    if any(c.dep_ == "case" for c in children(conj)):
                        continue              # "Meta, la maison mère de Facebook et d'Instagram": a complement
                    other, more = self.actor_at(conj.i)
                    if other is not None and other.kind != "demonym":
                        holders += [k for k in more if k not in holders]
                # "La Thaïlande et le Cambodge s'accusent", the parser having made both the verb's subjects
                for other_subject in (c for c in children(subject.head) if c.dep_ == subject.dep_ and c.i > subject.i
                                      and c.i < head.i and any(norm(g) == "et" for g in children(c) if g.dep_ == "cc")):
                    other, more = self.actor_at(other_subject.i)
                    if other is not None and other.kind != "demonym":
                        holders += [k for k in more if k not in holders]
                # "La Pologne et l'Italie ont exprimé", the parser having cut the first one off; "Les Etats-Unis,
                # l'Union européenne et plusieurs capitales ont exigé", the first of a list
                listing = m.start <= subject.i < m.end \
                    and any(norm(g) == "et" for c in subject.conjuncts if c.i > subject.i for g in children(c))
                holders = [k for k in joined_before(doc, self.linking, m.start, listing) if k not in holders] + holders
                act.holders, act.holder_mentions = tuple(holders), [m]
                act.rules.append("subject")
                return
        # "..., la Constitution exigeant un diplôme des candidats": a participle whose own subject, set off after
        # a comma, is no actor says no one's words
        noun = head.head
        if present_participle(head) and head.dep_ == "acl" and noun.pos_ == "NOUN" and noun.i == head.i - 1 \
                and noun.i >= 2 and toks[noun.i - 1].pos_ == "DET" and toks[noun.i - 2].text == "," \
                and self.actor_at(noun.i)[0] is None:
            return
        # "« ... », a-t-il déploré, jugeant les propos « inacceptables »": the participle's speaker is its verb's
        if present_participle(head) and head.head.i != head.i:
            governing = next((a for a in earlier if a.head == head.head.i and a.holders), None)
            if governing is not None:
                act.holders, act.holder_mentions = governing.holders, governing.holder_mentions
                act.rules.append("participle-of-act")
                return
            # "M. Lee a prêté serment à l'Assemblée nationale, promettant de ...": the governing verb's subject
            governor = head.head
            while governor.pos_ != "VERB" and governor.head.i != governor.i:
                governor = governor.head            # "a prêté serment ..., promettant": hung on the noun
            # an adverbial participle without a subject of its own (not "un accord appelant à", "X appelant")
            # ("tout en appelant": a gerund always is, whatever the parser hung it on; so is a participle set off
            # by a comma after the clause: "a attribué le prix à X, saluant son « combat »")
            gerund = head.i > 0 and (self.sentences.norms[head.i - 1] == "en" or _set_off_by_comma(head)
                                     and ("Pres" in feats(head, "Tense") or head.lower_.endswith("ant")))
            own = not gerund and head.dep_ != "advcl" or any(
                c.dep_.startswith("nsubj") and not (gerund and governor.i < c.i) for c in children(head))
            # (", lui reprochant": a subject the parser found after the governing verb is that verb's object,
            # "ont déclaré « persona non grata » la coordinatrice ..., lui reprochant")
            if gerund and governor.pos_ == "NOUN" and governor.dep_ == "ROOT":
                # "Le président du Parlement, X, a exclu Y de la séance, dénonçant": the parser made the title
                # the root and hung the verb and the participle on it; the verb with a subject governs
                governor = next((c for c in children(governor) if c.pos_ == "VERB" and c.i < head.i
                                 and c.dep_ in ("parataxis", "conj", "acl") and any(
                                     g.dep_ == "nsubj" and g.i < c.i for g in children(c))), governor)
            if gerund and self.sentences.norms[head.i - 1] == "en" and governor.dep_ == "xcomp" \
                    and lemma(governor.head) in _CHARGES:
                return                  # "a accusé New Delhi d'avoir commis une erreur en soutenant des activités
                #                         criminelles": part of the deed charged, no one's stance
            if gerund and not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i for c in children(governor)):
                # the parser hung it on a noun of the clause: the clause's verb that has a subject
                with_subject = [a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubj:pass") for c in children(a))]
                main = [a for a in with_subject if a.dep_ == "ROOT" and not self.sentences.quoted[a.i]] \
                    if self.sentences.norms[head.i - 1] == "en" else []
                # ("a salué une déclaration qui montre que le G20 peut avancer, tout en mettant en garde": a
                # gerund's subject is the main clause's, not that of the clause it ends)
                governor = (main or with_subject or [governor])[0]
            subject = None if own else next(
                (c for c in children(governor) if c.dep_ in ("nsubj", "nsubj:pass") and c.i < head.i), None)
            # "M. Lee": the name after the title; not a complement ("Les relations entre les deux pays se sont
            # tendues depuis que ..., en accusant": the relations accuse no one)
            m, keys = self.actor_in(subject, heads_only=True)
            if m is not None and keys and m.kind != "demonym":
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("participle-subject")
                act.confidence *= 0.8
                return
            if head.dep_ == "acl" and head.head.pos_ == "NOUN" and self.sentences.quoted[head.head.i] \
                    and self.actor_at(head.head.i)[0] is None:
                return                  # "une « situation menaçant la survie » du Japon, justifiant une intervention":
                #                         the quoted thing's doing, no one's words
        # "La grève, lancée par X, a paralysé les transports et contraint Y à annuler des vols": a deed's doing,
        # no one's words (nor those of who launched it)
        # The verb's subject, or that of the verb it completes or is joined to at the root ("qu'une attaque
        # pourrait justifier une intervention": the attack's doing; not "a assuré que la grève n'avait ... et
        # s'est dit")
        doer = next((c for c in children(head) if c.dep_ == "nsubj"), None)
        if doer is None and (head.dep_ == "conj" and head.head.dep_ == "ROOT" or head.dep_ == "xcomp"):
            doer = next((c for c in children(head.head) if c.dep_ == "nsubj"), None)
        if doer is not None and doer.pos_ == "NOUN" and self.event_at.get(doer.i) is not None \
                and self.event_at[doer.i].family in _DEEDS:
            return
        # "M. Xi a averti son hôte que ..., et exigé que ...": a second verb shares the first one's subject
        start = aux_start(doc, act.head)
        if start > 0 and self.sentences.norms[start - 1] == "et":
            same = [a for a in earlier if a.holders and not a.inverted and a.kind != "frame"
                    and not (a.cue is not None and a.cue.frame == "noun")      # not "les accusations de X"
                    and self.sentences.of[a.head] == self.sentences.of[act.head]]
            if same:
                act.holders, act.holder_mentions, act.follows = same[-1].holders, same[-1].holder_mentions, same[-1]
                act.rules.append("coordinated-verb")
                return
            if "Part" in feats(head, "VerbForm") and not any(c.dep_.startswith("aux") for c in children(head)):
                # "Le ministère a convoqué l'ambassadeur ..., et exigé le retrait": the subject of the verb before
                begin = self.sentences.tokens[self.sentences.of[act.head]][0]
                verb = next((toks[k] for k in range(start - 1, begin - 1, -1) if toks[k].pos_ == "VERB"
                             and any(c.dep_.startswith("aux") for c in children(toks[k]))), None)
                subject = self._subject_token(verb) if verb is not None else None
                m, keys = self.actor_in(subject)
                if m is not None and m.kind != "demonym" and keys:
                    act.holders, act.holder_mentions = keys, [m]
                    act.rules.append("coordinated-verb")
                    return
        if any(c.dep_ == "aux:pass" for c in children(head)) and any(c.dep_ == "nsubj:pass" for c in children(head)):
            return                        # "Abir Moussi a été condamnée jeudi": sentenced, by no one named
        clitic = self.sentences.norms[act.head - 1] if act.head > 0 else ""
        if clitic in ("il", "elle", "ils", "elles") and toks[act.head - 1].pos_ == "PRON":
            # "qu'elle juge « insuffisantes »", the verb read as a noun: the pronoun before it is its subject
            act.holders = self.resolve_pronoun(act.head - 1, _PRONOUNS[clitic])
            act.rules.append("subject-pronoun")
            act.confidence *= 0.85
            return
        if (head.dep_ in ("acl", "advcl") and head.i > 0 and toks[head.i - 1].text == ","
            or head.i > 0 and toks[head.i - 1].pos_ == "NOUN" and head.dep_ not in ("ROOT", "conj", "parataxis")
                and not any(toks[k].lemma_ in ("avoir", "être") for k in range(max(head.i - 5, 0), head.i))) \
                and "Part" in feats(head, "VerbForm") and "Past" in feats(head, "Tense") \
                and not any(c.dep_ == "obl:agent" or c.dep_.startswith("aux") for c in children(head)):
            return                        # "la décision de fermer l'aéroport, jugée nécessaire": by no one named;
            #                               "la démission des ministres ..., mis en cause dans une affaire": passive;
            #                               so is a participle right after its noun ("des propos jugés insultants",
            #                               not "a de son côté appelé")
        # nearest actor on the left, within the segment, not inside a prepositional phrase, a relative
        # clause or quoted words ("« L'Amérique devra payer », a prévenu X": America does not speak)
        seg_begin, _ = self.segment(act.head)
        relative = self._relative_clauses(seg_begin, act.head)
        quoted = self._quoted(seg_begin, act.head)
        pos, texts, morphs = self.sentences.pos, self.sentences.texts, self.sentences.morphs
        plural = "Number=Plur" in morphs[act.head] and "VerbForm=Fin" in morphs[act.head]
        # "rejetant leurs appels à des élections": the words of others, never one person's
        theirs = head.pos_ == "NOUN" and any(c.dep_ == "det" and norm(c) in ("leur", "leurs") for c in children(head))
        for m, keys in reversed(self.actors_in(seg_begin, act.head)):
            if theirs and len(keys) == 1 and self.linking.type_of(keys[0]) == PERSON and not toks[m.start].conjuncts:
                return
            if plural and len(keys) == 1 and not toks[m.start].conjuncts \
                    and not any("Number=Plur" in morphs[t] for t in range(max(m.start - 1, 0), m.end)):
                continue                  # "Les syndicats exigent que Volkswagen présente ... et menacent": no
                #                           single actor is the subject of a plural verb
            k = m.start - 1               # "avec le catholicos Karékine II": past the words before the name
            while k > seg_begin and pos[k] in ("DET", "NOUN", "ADJ") and texts[k].islower():
                k -= 1
            if k > 0 and self.sentences.norms[k] in ("de", "d'", "du", "des") and pos[k - 1] != "VERB":
                k = m.start - 1           # "Le syndicat d'enseignants GEW", "Les observateurs de l'Union africaine"
                #                           (but "des agriculteurs venus de toute l'Europe": where they come from)
            prev = self.sentences.norms[k] if k >= 0 else ""
            if any(self.sentences.texts[k] in ("où", "Où") for k in range(m.end, act.head)):
                break                     # "la cathédrale ..., où des fidèles s'étaient rassemblés pour s'opposer"
            if m.kind != "demonym" and prev not in _PREPOSITIONS and m.start not in relative and m.start not in quoted:
                # "Les États-Unis et le Royaume-Uni se sont dits préoccupés", the first parsed as a root: both
                joined = [key for key in joined_before(self.doc, self.linking, m.start) if key not in keys] \
                    if "Number=Plur" in morphs[act.head] else []
                act.holders, act.holder_mentions = (*joined, *keys), [m]
                act.rules.append("left-actor")
                act.confidence *= 0.7
                return

    def _officials_of(self, subject) -> tuple[Mention, tuple[str, ...]] | None:
        """The state or bloc whose officials a plural role noun with a demonym names ("les dirigeants
        européens", "les chefs d'Etat africains", "Plusieurs ministres russes"): the one actor they speak for."""
        if "Plur" not in feats(subject, "Number") or norm(subject) not in self.resources.roles_by_first:
            return None
        words = [c for c in children(subject) if c.dep_ == "amod"] + [
            g for c in children(subject) if c.dep_ == "nmod" and c.i == subject.i + 2
            for g in children(c) if g.dep_ == "amod"]
        for word in words:
            m, keys = self.actor_at(word.i)
            if m is not None and m.kind == "demonym" and len(keys) == 1:
                return m, keys
        return None

    def _apposed_to(self, subject) -> tuple[Mention | None, tuple[str, ...]]:
        """The actor a subject noun stands in apposition to, when the parser took the apposition for the
        subject: "M. Pezeshkian, un chirurgien cardiaque de 69 ans, a promis" (a name, then the noun
        phrase between commas, then the verb)."""
        doc = self.doc
        left, right = subject.left_edge.i, subject.right_edge.i
        if left < 2 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != "," \
                or self.sentences.of[left - 2] != self.sentences.of[subject.i]:
            return None, ()
        m = self.linking.mention_at_token(left - 2)
        if m is None or m.kind not in ("name", "role") or m.end != left - 1:
            return None, ()
        before = norm(doc[m.start - 1]) if m.start > 0 and self.sentences.of[m.start - 1] == self.sentences.of[m.start] else ""
        if before in _PREPOSITIONS:
            return None, ()
        keys = self.linking.refs.get(m, ())
        return (m, keys) if keys else (None, ())

    def _quoted(self, begin: int, end: int) -> set[int]:
        """The tokens between « and » from ``begin`` to ``end``."""
        inside, depth = set(), 0
        for t in range(begin, end):
            word = self.sentences.texts[t]
            depth += (word == QUOTE_OPEN) - (word == QUOTE_CLOSE)
            if depth > 0:
                inside.add(t)
        return inside

    def _relative_clauses(self, begin: int, end: int) -> set[int]:
        """The tokens of relative and participle clauses set off by commas between ``begin`` and ``end``: in
        "Joe Biden, dont le pays a négocié l'accord avec la France, a salué", France does not speak."""
        toks = tokens_of(self.doc)
        texts, inside, opened = self.sentences.texts, set(), None
        for t in range(begin, end):
            if texts[t] == ",":
                # ", dont ...", ", qui ...", or a participle clause: ", arrivée en tête du premier tour, a dénoncé"
                opened = t if t + 1 < end and (texts[t + 1].lower() in _RELATIVES or toks[t + 1].pos_ == "VERB"
                                               and "VerbForm=Part" in self.sentences.morphs[t + 1]) else None
                continue
            if opened is not None:
                inside.add(t)
        closed = max((t for t in range(begin, end) if texts[t] == ","), default=-1)
        return {t for t in inside if t < closed}

    def _thing_before(self, pronoun) -> bool:
        """Whether a subject pronoun opening reported words stands for a thing: the object just before them,
        of its gender and number, with no actor named between ("Washington a salué le texte, jugeant qu'il
        garantissait ...")."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in children(clause)):
            return False
        toks = tokens_of(self.doc)
        begin = self.sentences.tokens[self.sentences.of[pronoun.i]][0]
        if any(toks[k].dep_ == "nsubj" and norm(toks[k]) == norm(pronoun) for k in range(begin, pronoun.i)):
            return False              # "Elle a dénoncé une « décision politique » et annoncé qu'elle ferait appel"
        for k in range(pronoun.i - 1, begin - 1, -1):
            if self.actor_at(k)[0] is not None:
                return False
            token = toks[k]
            if token.pos_ == "NOUN" and token.dep_ == "obj":
                return all(feats(token, f) == feats(pronoun, f) for f in ("Gender", "Number"))
        return False

    def _reporter_of(self, pronoun) -> tuple[str, ...] | None:
        """The one actor that reports the clause a subject pronoun opens, when the pronoun agrees with it
        ("Apple a annoncé qu'il ferait appel", "la Cédéao a affirmé qu'elle n'avait reçu"), else None."""
        clause = pronoun.head
        if clause.dep_ != "ccomp" or not any(c.dep_ == "mark" for c in children(clause)):
            return None
        subject = self._subject_token(clause.head)
        m, keys = self.actor_at(subject.i) if subject is not None and subject.pos_ != "PRON" else (None, ())
        if m is None or len(keys) != 1 or m.kind == "demonym" \
                or fold(clause.head.lemma_) not in self.resources.reporting_index:
            return None
        gender = m.gender or self.linking.builders[keys[0]].gender
        wanted = _PRONOUNS[norm(pronoun)]
        if m.type == PERSON and gender and wanted and gender != wanted:
            return None
        if norm(pronoun) in ("ils", "elles") and "Sing" in feats(subject, "Number"):
            return None                       # "Le Kremlin a estimé qu'elles (ces déclarations) encourageaient"
        return keys

    def _listed_before(self, qui: int) -> list:
        """The organisations named, joined by "et", in the words before a plural relative "qui" (back to the
        clause's verb): (mention, keys) pairs in reading order."""
        found, k = [], qui - 1
        begin = self.sentences.tokens[self.sentences.of[qui]][0]
        joined = False
        while k > max(begin, qui - 18) and self.sentences.pos[k] not in ("VERB", "AUX"):
            m, keys = self.actor_at(k)
            if m is not None and m.kind == "name" and len(keys) == 1 and self.linking.type_of(keys[0]) == ORGANISATION:
                if keys[0] not in [f[1][0] for f in found]:
                    found.insert(0, (m, keys))
                k = m.start - 1
                continue
            joined = joined or self.sentences.norms[k] == "et"
            k -= 1
        return found if joined else []

    def _named_beside(self, subject: int, head: int):
        """The name set between commas after a subject noun and before its verb ("Le principal parti
        d'opposition, le Pasok, a ..."), as (mention, keys), else None."""
        texts = self.sentences.texts
        for k in range(subject + 1, head):
            if texts[k] != ",":
                continue
            j = k + 1
            while j < head and self.sentences.pos[j] == "DET":
                j += 1
            m, keys = self.actor_at(j)
            if m is not None and m.kind == "name" and keys and m.end < len(texts) and texts[m.end] == ",":
                return m, keys
            return None
        return None

    def _kin_of(self, noun) -> str | None:
        """The person a kin noun describes ("La fille de l'ancien président Rodrigo Duterte"): the one other
        person the article names with the family name of the one the noun is of."""
        of = next((self.actor_at(t.i) for t in noun.subtree if t.i > noun.i and self.actor_at(t.i)[0] is not None), None)
        if of is None or len(of[1]) != 1 or self.linking.type_of(of[1][0]) != PERSON:
            return None
        if of[0].start == noun.i + 1 and of[0].kind == "name":
            return of[1][0]               # "Son frère Mario Vizcarra": the brother named, not the one he is kin to
        family = fold(self.linking.builders[of[1][0]].name).split()[-1]
        kin = [key for key, b in self.linking.builders.items() if b.type == PERSON and key != of[1][0] and b.spans
               and fold(b.name).split()[-1] == family]
        return kin[0] if len(kin) == 1 else None

    def _named_among(self, subject: int, head: int) -> list:
        """The actors a subject noun counts by name after ", dont" ("plusieurs pays, dont les Etats-Unis et
        le Royaume-Uni,"), as (mention, keys) pairs."""
        norms, texts = self.sentences.norms, self.sentences.texts
        k = next((t for t in range(subject + 1, head) if norms[t] == "dont" and texts[t - 1] == ","), None)
        found = []
        t = k + 1 if k is not None else head
        while t < head and texts[t] not in (",", ";", ".") and self.sentences.pos[t] not in ("VERB", "AUX"):
            m, keys = self.actor_at(t)
            if m is not None and keys and m.kind != "demonym":
                found.append((m, keys))
                t = m.end
                continue
            t += 1
        return found

    def _subject_token(self, head):
        auxiliaries = [c for c in children(head) if c.dep_.startswith("aux")]
        governor = head.head if head.dep_ in ("xcomp", "advcl", "conj", "acl", "ccomp") else None
        if governor is not None and head.dep_ == "conj" and auxiliaries and any(c.dep_ == "mark" for c in children(governor)):
            governor = None      # "X a assuré que la Syrie ne représentait ... et a dénoncé": not the clause's subject
        elif governor is not None and head.dep_ == "conj" and auxiliaries and "Inf" in feats(governor, "VerbForm"):
            # "X a accusé Y de « se victimiser » et l'a appelé à": a verb with its own auxiliary joined to an
            # infinitive is joined to the verb the infinitive completes (whose subject is not the infinitive's)
            governor = next((a for a in governor.ancestors if "Inf" not in feats(a, "VerbForm")), None)
        elif governor is not None and head.dep_ == "conj" and not auxiliaries and "Part" in feats(head, "VerbForm") \
                and "Part" not in feats(governor, "VerbForm") and any(
                    c.dep_ == "mark" for g in (governor, governor.head if governor.dep_ == "xcomp" else governor)
                    for c in children(g)):     # (or on the verb an infinitive completes: "que le gouvernement
            #                                    voulait « régler rapidement » et qualifié")
            # "X a averti que le pays était ... et exhorté Y": a participle of the main verb (also past an
            # infinitive: "a averti que Moscou cherchait à « gagner du temps » et appelé les alliés à")
            governor = next((a for a in governor.ancestors if a.pos_ == "VERB" and "Part" in feats(a, "VerbForm")
                             and any(c.dep_ == "aux:tense" for c in children(a))), governor.head)
        elif governor is not None and head.dep_ == "conj" and not auxiliaries and "Part" in feats(head, "VerbForm") \
                and "Part" not in feats(governor, "VerbForm") and governor.dep_ == "acl:relcl":
            # "a ironisé sur une grève qui offre ..., et jugé le mouvement": a participle of the verb the
            # relative clause hangs from
            governor = next((a for a in governor.ancestors if a.pos_ in ("VERB", "AUX")), None)
        norms = self.sentences.norms
        if governor is not None and head.dep_ == "advcl" and governor.i < head.i and any(
                norms[k] in ("tandis", "alors") and norms[k + 1] in ("que", "qu'") for k in range(governor.i + 1, head.i)):
            governor = None      # "X a appelé ..., tandis que le Premier ministre hongrois Y, arrivé lundi, a salué":
            #                      a clause of its own, whose subject the parser lost
        if governor is not None and head.dep_ == "advcl" and not auxiliaries and head.i > 0 \
                and self.doc[head.i - 1].text == "," and "Part" in feats(head, "VerbForm") \
                and "Past" in feats(head, "Tense"):
            governor = None      # "a demandé la démission des ministres ..., mis en cause dans une affaire": a
            #                      passive participle set off, said of someone, not by the governing verb's subject
        # the parser sometimes hangs the subject on the auxiliary, or on a participle in apposition to it
        # ("l'ancien président Evo Morales, empêché de se présenter, a appelé")
        apposed = [c for c in children(head) if c.dep_ in ("advcl", "acl") and c.i < head.i and auxiliaries
                   and "Part" in feats(c, "VerbForm")]
        # "ont déclaré « persona non grata » la coordinatrice ..., lui reprochant": the object the parser made the
        # subject of a participle set off by a comma is not; the governing verb's subject is
        comma = head.i - (2 if head.i > 1 and norm(self.doc[head.i - 1]) in ("lui", "leur") else 1)
        set_off = governor is not None and governor.pos_ == "VERB" and not auxiliaries and present_participle(head) \
            and comma > 0 and self.doc[comma].text == "," \
            and any(c.dep_ == "nsubj" and c.i < governor.i for c in children(governor))
        for candidate in (head, *auxiliaries, *apposed, governor):
            if candidate is None:
                continue
            for child in children(candidate):
                if set_off and candidate is head and governor.i < child.i:
                    continue
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i < head.i + 1 \
                        and not (self.sentences.quoted[child.i] and not self.sentences.quoted[head.i]) \
                        and not (child.dep_ == "nsubj:pass" and candidate is head
                                 and any(c.dep_ == "aux:pass" for c in children(head))):   # "X a été condamnée"
                    return child          # (not a noun of the quoted words: "« ... la stature ... », a déclaré X")
                if child.dep_ == "expl:subj" and candidate is head and child.i < head.i and norm(child) in ("il", "elle") \
                        and not any(c.dep_ == "aux:pass" for c in children(head)):
                    return child          # "Il a promis que": a speaker the parser read as impersonal
        if "Inf" in feats(head, "VerbForm") and any(norm(c) == "pour" for c in children(head) if c.dep_ == "mark"):
            # "L'Algérie a rappelé son ambassadeur en France pour protester contre": the clause's subject,
            # wherever the parser hung the purpose (the verb before it rather than a source's verb after: "La Chine
            # a convoqué l'ambassadeur du Japon pour protester contre ..., a annoncé X", the ambassador made the
            # subject of "annoncé")
            verbs = [a for a in head.ancestors if a.pos_ == "VERB"]
            verb = next((a for a in verbs if a.i < head.i), verbs[0] if verbs else None)
            return next((c for c in children(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
        return None

    def addressee(self, act: Act) -> None:
        """ "à son homologue russe" after a reporting verb."""
        if act.addressee:
            return
        doc = self.doc
        i = act.cue_end
        if i < len(doc) and self.sentences.norms[i] in ("a", "au", "aux"):
            # (within its sentence: "a appelé au calme. Le Premier ministre X" addresses no one)
            m, keys = self.next_actor(i + 1, min(self.sentences.tokens[self.sentences.of[i]][1], i + 4))
            if m is not None and m.type == PERSON:
                act.addressee = keys

    def _in_other_relative(self, t: int, head: int) -> bool:
        """Whether token ``t`` lies in a relative clause, or a participle clause set off after the verb, that
        does not hold the verb at ``head``."""
        toks = tokens_of(self.doc)
        own = {a.i for a in toks[head].ancestors} | {head}
        if any(a.dep_ == "acl:relcl" and a.i not in own for a in toks[t].ancestors):
            return True
        if head < t and any(a.i > head and a.i not in own and present_participle(a) and toks[a.i - 1].text == ","
                            for a in toks[t].ancestors):
            return True                   # "a félicité X, saluant selon le Kremlin ...": the participle's source
        norms = self.sentences.norms            # the same, read from the words where the parser lost the clause
        if head < t and any(norms[k] == "," and norms[k + 1] in ("qui", "que", "qu'", "dont") for k in range(head, t - 1)):
            return True
        # and the other way round: "Selon X, des centaines de personnes ont été tuées, un bilan que le
        # gouvernement a démenti": the verb in a relative clause set off after the words X is cited for
        return t < head and any(norms[k] == "," and any(norms[j] in ("que", "qu'", "qui", "dont")
                                                        for j in range(k + 2, min(k + 4, head)))
                                for k in range(t, head))

    def _in_clause_of(self, head: int, outer: "Act") -> bool:
        """Whether ``head`` lies in a clause under ``outer``'s verb, not in a noun phrase hung on it."""
        toks = tokens_of(self.doc)
        token, below = toks[head], None
        while token.head.i != token.i and not outer.head <= token.head.i < outer.cue_end:
            token, below = token.head, token
        said_to = below is not None and below.dep_ == "acl:relcl" and any(     # "a affirmé à l'AFP qu'Abuja ...",
            norm(c) in ("a", "au", "aux") for c in children(token) if c.dep_ == "case") and any(   # the words parsed
            norm(c) in ("que", "qu'") and c.i == below.left_edge.i for c in children(below))   # as the addressee's
        return token.pos_ in ("VERB", "AUX") or token.i == head or said_to \
            or any(c.dep_ == "cop" for c in children(token))

    def opens(self, t: int, role: str, end: int) -> int:
        """The token after an attribution expression of ``role`` (sources.tsv) starting at ``t`` and
        ending by ``end``, else 0."""
        if self.sentences.norms[t] not in self.resources.attribution_firsts:
            return 0
        key = (t, role)
        if key not in self._opens:
            self._opens[key] = self._opens_at(t, role)
        found = self._opens[key]
        return next((after for after in found if after <= end), 0)

    def _opens_at(self, t: int, role: str) -> tuple[int, ...]:
        norms = self.sentences.norms
        first = norms[t]
        return tuple(t + len(words) for words in self.resources.attributions.get(role, ())
                     if words[0] == first and t + len(words) <= len(norms)
                     and all(norms[t + k] == w for k, w in enumerate(words)))

    def source(self, act: Act, acts: list["Act"]) -> None:
        """Who the article says reported it: "selon X", "d'après X", an outer "a fait savoir X", "auprès de X"."""
        toks = tokens_of(self.doc)
        seg_begin, seg_end = self.segment(act.head)
        for t in range(seg_begin, seg_end):
            after = self.opens(t, "source", seg_end)
            if after and self._in_other_relative(t, act.head):
                continue                  # "a condamné ce lancement, qui viole selon la Maison Blanche ...": not the act's
            if after:
                k = after
                if k < seg_end and self.sentences.norms[k] in _OWN_VIEW:
                    return                # "un système qui aurait selon lui ruiné le pays": the speaker's own view
                while k < seg_end and toks[k].pos_ == "DET":
                    k += 1
                stop = next((t for t in range(k, seg_end) if toks[t].text in (",", ".")), seg_end)
                if k < seg_end and self.sentences.norms[k] in self.resources.media_nouns and not any(
                        (n := self.linking.mention_at_token(t)) is not None and n.kind == "name" for t in range(k, stop)):
                    return                # "selon la presse israélienne": the press, no actor of the graph
                    #                       (but "selon la télévision d'Etat CCTV" names it)
                m, keys = self.next_actor(after, min(seg_end, after + 6))
                if m is not None and not set(keys) & set(act.holders):
                    act.source = keys[0]
                    return
        ancestors = {t.i for t in toks[act.head].ancestors}
        verb = toks[act.head]
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head              # "X a jugé ... et la France a exprimé ...": coordinated, not reported
        if verb.i != act.head:
            ancestors.discard(verb.i)
        for outer in acts:
            # "Jen Psaki a fait savoir que Vladimir Poutine avait menacé ...": the outer speaker reports it;
            # not "ont annoncé ..., une décision aussitôt fustigée par Israël", the narrator's apposition
            if outer is not act and outer.kind == "reporting" and not outer.inverted and outer.head < act.head \
                    and ancestors & set(range(outer.head, outer.cue_end)) and self._in_clause_of(act.head, outer) \
                    and not _narrator_between(self.doc, outer.cue_end, act.head) \
                    and outer.holders and not set(outer.holders) & set(act.holders):
                act.source = outer.holders[0]
                act.rules.append("nested-report")
                return
        for outer in acts:
            if outer is act or not outer.inverted or outer.kind != "reporting":
                continue
            if outer.head > act.head and self.sentences.of[outer.head] == self.sentences.of[act.head] and outer.holders:
                if not set(outer.holders) & set(act.holders):
                    act.source = outer.holders[0]
                    return
        if act.medium:
            act.source = act.medium
        elif act.follows is not None:
            act.source = act.follows.source       # "Selon CCTV, M. Xi a averti ..., et exigé ..."


_OWN_VIEW = {"lui", "elle", "eux", "elles", "moi", "nous"}      # "selon lui": no one else reports it


def _body_noun(resources: Resources, token) -> bool:
    """Whether a noun that may name a stance names the opposition as a body ("L'opposition du Congrès")."""
    noun = resources.government_nouns.get(token.lemma_)
    return noun is not None and noun.subtype == "Opposition"


def _elided_auxiliary(token) -> bool:
    """Whether ``token`` is a past participle joined by "et" with no auxiliary nor subject of its own,
    hung by the parser on a verb of reported words ("a assuré que le gouvernement voulait « régler
    rapidement » et qualifié la grève de « décevante »"): the auxiliary of the main verb is elided."""
    toks = tokens_of(token.doc)
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.i > 0 and norm(toks[token.i - 1]) == "et" \
        and "Part" in feats(token, "VerbForm") and "Past" in feats(token, "Tense") \
        and "Part" not in feats(token.head, "VerbForm") \
        and not any(c.dep_.startswith(("aux", "nsubj")) for c in children(token))


def _reported(token, heads: set[int]) -> bool:
    """Whether ``token`` lies in a clause that the verb at one of ``heads`` reports ("a prévenu que ..."),
    and is not a participle of the reporting verb's own whose auxiliary is elided."""
    if _elided_auxiliary(token):
        return False
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.i in heads:
            return True
        token = token.head
    return False


def _introduces_words(doc, act: Act) -> bool:
    """Whether a reporting verb introduces what was said: a clause ("que ...", ": ..."), a quotation,
    or a complement clause in the parse."""
    toks = tokens_of(doc)
    if any(c.dep_ in ("ccomp", "parataxis") for c in children(toks[act.head])):
        return True
    for t in doc[act.cue_end:act.cue_end + 4]:
        if norm(t) in ("que", "qu'", ":", QUOTE_OPEN):
            return True
        if t.pos_ not in ("ADV", "NOUN", "PRON") and not t.is_space:
            break
    return False


def _sets_off_event(reader: Reader, act: Act) -> bool:
    """Whether a reporting verb acts on a thing rather than reporting words: "a lancé une grève", "lance
    des manœuvres", "a annoncé une offensive", with no quoted words in its clause (a verb that judges
    its object, "a jugé la grève inutile", still reports)."""
    head = tokens_of(reader.doc)[act.head]
    obj = next((c for c in children(head) if (c.dep_ == "obj" or c.dep_ == "obl:arg" and all(      # "lance des manœuvres"
        norm(g) in ("des", "du", "de", "d'") for g in children(c) if g.dep_ == "case")) and (c.i in reader.event_at or c.pos_ == "NOUN")), None)
    return obj is not None and lemma(head) not in _JUDGING and not any(t.text == QUOTE_OPEN for t in head.subtree)


_JUDGING = {"qualifier", "juger", "estimer", "considerer", "trouver", "decrire", "traiter"}


def _content_range(reader: Reader, act: Act, acts_heads: list[int]) -> tuple[int, int]:
    toks = tokens_of(reader.doc)
    sent_begin, sent_end = reader.sentences.tokens[reader.sentences.of[act.head]]
    if act.inverted:
        begin = sent_begin
        for h in acts_heads:
            if h < act.head and reader.sentences.of[h] == reader.sentences.of[act.head]:
                begin = max(begin, h + 1) if not reader.inverted(h) else begin
        return begin, aux_start(reader.doc, act.head)
    seg_begin, seg_end = reader.segment(act.head)
    end = seg_end
    for h in acts_heads:
        if act.head < h < end:
            end = aux_start(reader.doc, h)
    doc, begin = reader.doc, act.cue_end
    end = _narrator_between(doc, begin, end) or end
    compound = any(c.dep_ == "aux:tense" for c in children(toks[act.head]))
    joined = next((t for t in range(begin, end) if toks[t].dep_ == "conj" and toks[t].pos_ == "VERB" and (
        toks[t].head.i == act.head or compound and _elided_auxiliary(toks[t]))), None)   # (also "a assuré que ...
    #                                                 et qualifié la grève de « décevante »")
    if joined is not None:              # "a qualifié cette décision de « ... » et annoncé un recours devant la
        end = min([joined] + [c.i for c in toks[joined].children if c.dep_ in ("cc", "aux", "aux:tense")])
        #                                 Cour suprême": the second verb's words are its own
    if begin < end and reader.sentences.norms[begin] in _ADJUNCT_PREPOSITIONS:
        # "a estimé dans un entretien au journal Le Monde que ...": the words start at "que"
        begin = next((t for t in range(begin, end) if reader.sentences.norms[t] in ("que", "qu'")
                      and toks[t].head.dep_ == "ccomp" and toks[t].head.head.i == act.head), begin)
    return begin, end


def _narrator_between(doc, begin: int, end: int) -> int | None:
    """Where the narrator's words begin between ``begin`` and ``end`` (", ce que le gouvernement a
    démenti", ", tandis que X a salué", ", une décision suspendue par la Haute Cour"), if they do: they end
    the reported words and are no report of them."""
    toks = tokens_of(doc)

    def described(t: int) -> bool:      # ", une décision (aussitôt) suspendue par ...", ", un bilan que le
        k = t + 3                       # gouvernement a qualifié de": a noun set beside the whole clause and
        while k < end and toks[k].pos_ == "ADV":     # what others made of it
            k += 1
        return toks[t + 2].pos_ == "NOUN" and k < end and (
            toks[k].pos_ == "VERB" and "Part" in feats(toks[k], "VerbForm") and "Past" in feats(toks[k], "Tense")
            or k == t + 3 and norm(toks[k]) in ("que", "qu'") and toks[k].dep_ == "obj")
    return next((t for t in range(begin, end - 2) if toks[t].text == "," and (
        norm(toks[t + 1]) == "ce" and norm(toks[t + 2]) in ("que", "qu'", "qui", "dont")
        or norm(toks[t + 1]) in ("tandis", "alors") and norm(toks[t + 2]) in ("que", "qu'")
        or norm(toks[t + 1]) in ("un", "une") and described(t))), None)


def _tries(token, evaluatives) -> bool:
    """Whether "juger" here tries in a court: an infinitive with an object that says nothing of it ("chargée
    de juger les crimes internationaux"; not "juger la grève « injustifiée »", "juger que")."""
    objects = [c for c in children(token) if c.dep_ == "obj"]
    return "Inf" in feats(token, "VerbForm") and bool(objects) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in children(token)) \
        and not any(c.dep_ == "amod" and c.i > o.i and (fold(c.lemma_) in evaluatives or fold(c.text) in evaluatives
                                                         or c.text.lower() in evaluatives)
                    for o in objects for c in children(o))


def _felt(token) -> bool:
    """Whether a past participle follows a reflexive verb of judging or feeling ("s'estime menacé", "se
    sent menacé"), however the parser hung them."""
    toks = tokens_of(token.doc)
    i = token.i
    return i >= 2 and "Part" in feats(token, "VerbForm") and "Past" in feats(token, "Tense") \
        and lemma(toks[i - 1]) in _FEELING and norm(toks[i - 2]) in ("se", "s'")


_FEELING = {"estimer", "sentir", "juger", "considerer", "croire", "savoir"}


def read_acts(doc, sentences: Sentences, linking: Linking, events: list[EventBuilder],
              resources: Resources, relations: Sequence[Relation] = ()
              ) -> tuple["Reader", list["Act"], list[tuple[int, int, Cue]]]:
    """Every speech act of ``doc`` with its speaker, addressee, reported words and source, and the
    stance cues found inside reported words."""
    toks = tokens_of(doc)
    reader = Reader(doc, sentences, linking, events, resources, relations)
    index = resources.cue_index
    acts: list[Act] = []
    content_cues: list[tuple[int, int, Cue]] = []
    # the words of an event told in several words are not a stance's ("la mise en accusation de X")
    consumed: set[int] = set()
    for span in (span for e in events for span in e.spans if " " in text_of(doc)[span.begin:span.end]):
        t = bisect_right(sentences.offsets, span.begin)
        while t < len(doc) and sentences.offsets[t] < span.end:
            consumed.add(t)
            t += 1
    # 1. stance cues and reporting verbs
    norms, lemmas, pos = sentences.norms, sentences.lemmas, sentences.pos
    for i in range(len(doc)):
        if i in consumed or pos[i] in _NO_CUE_STARTS:
            continue                            # no cue starts on white space, punctuation or a function word
        base = lemmas[i]
        if base == norms[i] and base.endswith("ant") and len(base) > 5 and toks[i].text.islower():
            # ", leur reprochant d'avoir ...", "tout en avertissant que": a participle the tagger did not lemmatise
            base = next((verb for verb in infinitives(base) if index.candidates(norms[i], verb)), base[:-3] + "er")
        candidates = index.candidates(norms[i], base)
        if not candidates:
            continue
        token = toks[i]
        sent_end = sentences.tokens[sentences.of[i]][1]
        for cue in candidates:
            end = match_cue(doc, i, cue, sent_end, index.times)
            if not end:
                continue
            if cue.family == "DEMAND" and any(norms[k] in _APOLOGY for k in range(end, min(end + 3, sent_end))):
                consumed.update(range(i, end))
                break                           # "a demandé « pardon » aux familles": an apology, no demand
            consumed.update(range(i, end))
            if cue.frame == "content":
                content_cues.append((i, end, cue))
            elif attributive(token) and len(cue.lemmas) == 1 or described_by(token, cue):
                pass                            # "le territoire contesté", "les chefs d'Etat invités à l'ONU":
                #                                 a description, no one speaks
            elif cue.target == "clause" and _plain_object(reader, token, end):
                pass                            # "qui assure l'intérim": a task, no words
            elif cue.lemmas == ("souhaiter",) and any(c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"
                                                      for c in children(token)):
                pass                            # "n'a pas souhaité réagir": what the subject itself wants to do
            elif token.pos_ in ("VERB", "AUX", "NOUN", "ADJ") or len(cue.lemmas) > 1 or pos[i] == "VERB":
                acts.append(Act(head=i, cue_end=end, kind="cue", inverted=reader.inverted(i), content=(0, 0), cue=cue))
            break
    reporting = resources.reporting_index
    for i in range(len(doc)):
        clitic = pos[i] == "NOUN" and i > 0 and norms[i - 1] in SUBJECT_PRONOUNS     # "qu'il juge", tagged a noun
        judged = pos[i] == "ADJ" and toks[i].dep_ == "amod" and _par_after(toks, i) is not None
        if i in consumed or pos[i] != "VERB" and not clitic and not judged or i in reader.event_at:
            continue                            # "a rappelé son ambassadrice": an event, not a report ("une
            #                                     visite jugée « provocatrice » par X", tagged an adjective, is one)
        verb = lemmas[i] if not clitic else norms[i] + "r"     # "juge" → "juger": the reporting verbs of that form
        two = f"{verb} {lemmas[i + 1]}" if i + 1 < len(doc) else ""
        key = next((v for v in (two, verb) if v in reporting), None)
        if key is None:
            continue
        end = i + (2 if key == two else 1)
        assertive = reporting[key]
        consumed.update(range(i, end))
        acts.append(Act(head=i, cue_end=end, kind="reporting", inverted=reader.inverted(i, True), content=(0, 0),
                         assertive=assertive))
    # 2. opinion frames: "Pour Moscou, ..."
    for s, (begin, end) in enumerate(sentences.tokens):
        after = reader.opens(begin, "holder", end)
        if after:
            m, keys = reader.next_actor(after, min(end, after + 4))
            if m is not None and m.end < end and toks[m.end].text == ",":
                act = Act(head=begin, cue_end=m.end + 1, kind="frame", inverted=False, content=(m.end + 1, end),
                           holders=keys, holder_mentions=[m], confidence=0.7)
                act.rules.append("opinion-frame")
                acts.append(act)
    acts.sort(key=lambda a: a.head)
    # an infinitive inside another act's reported words is part of them: "a averti que l'agence ne
    # pourrait pas garantir ..." is one warning, not also an assurance by the agency
    heads_of = {a.head for a in acts if a.kind != "frame"}
    reporting_heads = {a.head for a in acts if a.kind == "reporting"}
    def infinitive(token) -> bool:                  # "garantir", "avoir exigé"
        return "Inf" in feats(token, "VerbForm") or any(
            c.dep_.startswith("aux") and "Inf" in feats(c, "VerbForm") for c in children(token))
    def purpose(token) -> bool:                     # "a annoncé le rappel ... pour protester contre": why, not what
        return any(c.dep_ == "mark" and norm(c) == "pour" for c in children(token)) \
            and next((t.i for t in token.ancestors if t.i in heads_of), None) in reporting_heads
    def own_attitude(a: Act) -> bool:               # "a dit regretter le lieu de la frappe": the subject's own stance
        token = toks[a.head]
        return a.kind == "cue" and "Inf" in feats(token, "VerbForm") and token.head.i in reporting_heads \
            and token.head.i != token.i and lemma(token.head) in _SAYING and token.dep_ in ("xcomp", "ccomp", "obj")
    def reported_attitude(a: Act) -> bool:          # "a déclaré qu'elle continuerait de soutenir l'OMS": the
        token = toks[a.head]                        # attitude of the reported clause's own subject
        verb = token.head
        nearest = next((t.i for t in token.ancestors if t.i in heads_of), None)
        return a.kind == "cue" and nearest in reporting_heads and verb.i != token.i and verb.i not in heads_of \
            and verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" for c in children(verb))
    saying = {toks[a.head].head.i for a in acts if own_attitude(a)}
    acts = [a for a in acts if own_attitude(a) or reported_attitude(a) or a.head not in saying and not (
        a.kind in ("cue", "reporting") and infinitive(toks[a.head]) and not purpose(toks[a.head])
        and any(t.i in heads_of for t in toks[a.head].ancestors))]
    # a sentence passed or a vote cast is an event, not a stance: "Google condamné pour abus de position
    # dominante", "Le Parlement turc a approuvé l'adhésion"
    acts = [a for a in acts if not (a.kind == "cue" and (sentenced(toks[a.head]) or voted(reader.linking, toks[a.head])))]
    # so is a trial: "une cour chargée de juger les crimes commis sur leur sol" judges no one's deed in words
    # (but "a jugé la décision inacceptable", "a jugé que ...")
    acts = [a for a in acts if not (a.kind == "reporting" and lemmas[a.head] == "juger"
                                    and _tries(toks[a.head], resources.evaluatives))]
    # so is a state felt: "lorsqu'un membre s'estime menacé", "se dit menacé" (a participle after a reflexive
    # verb of judging says how the subject feels, not that it threatens anyone)
    acts = [a for a in acts if not (a.kind == "cue" and _felt(toks[a.head]))]
    # so is a person set aside: "Ses deux rivaux ... avaient été écartés du scrutin" (not "a écarté l'hypothèse")
    acts = [a for a in acts if not (a.kind == "cue" and a.cue.fine_type == "Dismiss" and any(
        c.dep_ in ("obj", "nsubj:pass") and reader.actor_in(c)[0] is not None
        and reader.linking.type_of(reader.actor_in(c)[1][0]) == PERSON for c in children(toks[a.head])))]
    # so is a reporting verb there that reports nothing of its own: "a prévenu qu'Israël « répondra
    # avec force » à toute violation" is one warning, whose words go on to the end
    def reported_after(a: Act) -> bool:          # "X devrait annoncer sa levée des sanctions, a indiqué Y"
        return any(b.inverted and b.kind == "reporting" and b.head > a.head
                   and sentences.of[b.head] == sentences.of[a.head] for b in acts)
    acts = [a for a in acts if not (a.kind == "reporting" and not a.inverted and not _introduces_words(doc, a)
                                    and (_reported(toks[a.head], heads_of)
                                         or _sets_off_event(reader, a) and not reported_after(a)))]
    heads = [a.head for a in acts if a.kind != "frame" and not (a.cue is not None and a.cue.frame == "noun")]
    for n, act in enumerate(acts):
        if act.kind != "frame":
            act.content = _content_range(reader, act, heads)
            reader.speaker(act, acts[:n])
            reader.addressee(act)
    for act in acts:
        if act.first_person and not act.holders:
            # "« ... je vous demande de mettre fin à la violence », a-t-il lancé": the one who said it
            sent = sentences.of[act.head]
            outer = next((o for o in acts if o is not act and o.holders and o.kind != "frame" and (
                o.content[0] <= act.head < o.content[1]
                or o.inverted and o.head > act.head and sentences.of[o.head] == sent)), None)
            if outer is not None:
                act.holders, act.holder_mentions = outer.holders, outer.holder_mentions
                act.rules.append("first-person")
    for act in acts:
        reader.source(act, acts)
    return reader, acts, content_cues


def _par_after(toks, i: int) -> int | None:
    """The "par" that brings in the agent of the participle at ``i``, past a quoted or plain word or two
    ("jugée « provocatrice » par"), else None."""
    k = i + 1
    while k < len(toks) and k <= i + 5 and (toks[k].text in ("«", "»", '"') or toks[k].pos_ in ("ADJ", "ADV")
                                            or norm(toks[k]) in ("de", "d'")):
        k += 1
    return k if k + 1 < len(toks) and k > i + 1 and norm(toks[k]) == "par" else None
