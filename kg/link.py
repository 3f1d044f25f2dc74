"""Resolve mentions to entities within one article: gazetteer ids, name variants, capitals and seats
used as metonyms, role descriptions, anonymous sources and groups."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace

from kg.model import ORGANISATION, PERSON, PLACE, Article, Entity, Mention, Span
from kg.naming import agency_dateline, salient_state, slug, strip_article
from kg.resources import Resources, fold, is_minister
from kg.roles import apposed_name, headline_roles, named_later, office_of_office, resolve_role

__all__ = ["spells", "link", "Linking", "employer", "is_union_key", "is_house", "main_company", "possessive_owner",
           "first_word", "COURT_WORDS", "CITED"]


@dataclass
class _Builder:
    key: str
    name: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    anonymous: bool = False
    name_lang: str | None = None
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    of: str | None = None          # affiliation: the state or organisation the actor belongs to
    gender: str | None = None
    names: list[Span] = field(default_factory=list)

    def add(self, mention: Mention) -> None:
        if mention.span not in self.spans:
            self.spans.append(mention.span)
        if mention.kind == "name" and mention.span not in self.names:
            self.names.append(mention.span)
        if self.gender is None and self.type == PERSON and mention.kind in ("name", "role") and mention.gender:
            self.gender = mention.gender   # "Le président sortant Nangolo Mbumba": a man, whom "Elle" is not
        text = _CONTRACTED_ARTICLE.sub("", mention.text.replace("\u2019", "'"))   # "du gouvernement"
        if fold(text) != fold(self.name) and text not in self.aliases:
            self.aliases.append(text)


_CONTRACTED_ARTICLE = re.compile(r"^(du|au|aux)\s+", re.I)


class Linking:
    """The result of linking: the entities and, for each mention, the entity keys it refers to."""

    def __init__(self, article: Article, resources: Resources):
        self.article = article
        self.resources = resources
        self.builders: dict[str, _Builder] = {}
        self.refs: dict[Mention, tuple[str, ...]] = {}
        self.mentions: list[Mention] = []
        self._by_token: dict[int, Mention] | None = None
        self._indexed = -1
        self._ordered: list[Mention] | None = None        # the linked mentions in reading order, outermost first
        self._starts: list[int] = []
        self._ordered_for = (-1, -1, -1)
        self._unions: dict[Mention, bool] = {}            # whether each name is a union's, worked out once
        self.dateline: str | None = None                   # the country the title opens with ("Allemagne : ...")
        self.only_country: str | None = None               # the one country the article names, if only one

    def keys_at(self, begin: int, end: int) -> list[tuple[Mention, tuple[str, ...]]]:
        """Mentions (with their entity keys) lying within ``[begin, end)``, outermost first."""
        if self._ordered is None or self._ordered_for != (len(self.refs), id(self.mentions), len(self.mentions)):
            linked = sorted(((m.span.begin, -m.span.end, n) for n, m in enumerate(self.mentions) if m in self.refs))
            self._ordered = [self.mentions[n] for _, _, n in linked]
            self._starts = [b for b, _, _ in linked]
            self._ordered_for = (len(self.refs), id(self.mentions), len(self.mentions))
        found = []
        for m in self._ordered[bisect_left(self._starts, begin):]:
            if m.span.begin >= end:
                break
            if m.span.end <= end:
                found.append((m, self.refs[m]))
        return found

    def mention_at_token(self, i: int) -> Mention | None:
        """The outermost linked mention covering token ``i``."""
        if self._by_token is None or self._indexed != len(self.refs):
            self._by_token = {}
            for m in self.mentions:
                if m in self.refs:
                    for t in range(m.start, m.end):
                        best = self._by_token.get(t)
                        if best is None or m.end - m.start > best.end - best.start:
                            self._by_token[t] = m
            self._indexed = len(self.refs)
        return self._by_token.get(i)

    def side(self, key: str) -> str:
        """The state an actor belongs to: itself for a state, its country for a person or a seat; a party
        is a side of its own (the opposition takes aim at its own government)."""
        builder = self.builders.get(key)
        entry = self.resources.entries.get(key)
        if builder is not None and builder.subtype in ("Party", "Opposition"):
            return key
        if entry and entry.stands_for:
            return entry.stands_for
        if entry and entry.offices:
            office_of = entry.offices[-1].of
            return self.side(office_of) if office_of != key else office_of
        if builder and builder.of and builder.of != key:
            return self.side(builder.of)
        return key

    def affiliation(self, key: str) -> str | None:
        builder = self.builders.get(key)
        return builder.of if builder else None

    def type_of(self, key: str) -> str:
        return self.builders[key].type

    def mentioned(self, key: str) -> bool:
        """Whether the text mentions ``key`` (a state a city stands for may be named nowhere)."""
        builder = self.builders.get(key)
        return builder is not None and bool(builder.spans)

    def entities(self) -> tuple[Entity, ...]:
        out = []
        for b in sorted(self.builders.values(), key=lambda b: b.key):
            if not b.spans:
                continue
            out.append(Entity(key=b.key, name=b.name, type=b.type, subtype=b.subtype, wikidata=b.wikidata,
                              aliases=tuple(sorted(set(b.aliases))), mentions=tuple(sorted(b.spans)), names=tuple(sorted(b.names)),
                              anonymous=b.anonymous, name_lang=b.name_lang))
        return tuple(out)

    # -- creating entities -------------------------------------------------------------------
    def from_gazetteer(self, key: str) -> str:
        if key not in self.builders:
            entry = self.resources.entries[key]
            of = entry.stands_for or (entry.offices[-1].of if entry.offices else None) or entry.located_in
            self.builders[key] = _Builder(
                key=key, name=entry.name, type=entry.type, subtype=entry.kind, wikidata=entry.wikidata,
                name_lang=None if entry.type == PERSON else self.resources.lang, of=of, gender=entry.gender)
        return key

    def new(self, key: str, name: str, type_: str, **fields) -> str:
        if key not in self.builders:
            self.builders[key] = _Builder(key=key, name=name, type=type_, **fields)
        return key


def _is_metonym(mention: Mention, resources: Resources) -> str | None:
    """The state a capital city stands for, when the capital acts or is acted upon (not after "à", "en"...)."""
    entry = resources.entries.get(mention.key or "")
    if entry and entry.type == PLACE and entry.stands_for and not mention.locative:
        return entry.stands_for
    return None


def _named_states(mentions: list[Mention], resources: Resources) -> dict[str, int]:
    """The states the article names, by name, capital or demonym, with how often; a mention in the title
    counts twice, as the title names the country the story is about."""
    states: dict[str, int] = {}
    for m in mentions:
        entry = resources.entries.get(m.key or "")
        if entry is not None and m.kind in ("name", "demonym") and entry.type == PLACE:
            state = entry.stands_for or entry.key
            states[state] = states.get(state, 0) + (2 if m.sent == 0 else 1)
    return states


def _foreign_body(m: Mention, named_states: dict[str, int], resources: Resources) -> bool:
    """A national party, parliament or union whose name other countries share ("Parti démocrate",
    "Assemblée nationale") in an article about another country: one that names another state more
    often than the body's own, and not in the body's name ("la Chambre des représentants américaine"),
    or whose name another state's demonym ends ("l'Assemblée nationale tchadienne")."""
    entry = resources.entries[m.key]
    state = entry.located_in if entry.type == ORGANISATION and entry.kind != "IGO" else None
    countries = [n for s, n in named_states.items() if resources.entries[s].kind == "Country"]
    named = _state_in_name(m.text, resources) if state else None
    return bool(state and (named not in (None, state) or countries and named_states.get(state, 0) < max(countries)
                           and named != state))


def _home_namesake(m: Mention, named_states: dict[str, int], resources: Resources) -> str | None:
    """The gazetteer's other body of the same name, of the state the article names most, for a name the
    tagger matched to a foreign one ("Parti démocrate": the American party's, in a story of South Korea)."""
    folded = fold(m.text)
    for entry in sorted(resources.entries.values(), key=lambda e: e.key):
        if entry.key != m.key and entry.located_in and folded in {fold(n) for n in entry.names} \
                and not _foreign_body(replace(m, key=entry.key), named_states, resources):
            return entry.key
    return None


def link(mentions: list[Mention], article: Article, resources: Resources) -> Linking:
    """Resolve ``mentions`` (sorted by position) to entities of ``article``."""
    linking = Linking(article, resources)
    # one name, one entity: "Selon Chadema", read as a place, after "le principal parti d'opposition, Chadema"
    bodies = {fold(m.text) for m in mentions if m.kind == "name" and not m.key and m.type == ORGANISATION}
    persons = {fold(m.text) for m in mentions if m.kind == "name" and m.type == PERSON and len(m.text.split()) >= 2} \
        - bodies                          # "Le constructeur automobile suédois Volvo Cars", read as a person in the title
    mentions[:] = [replace(m, type=ORGANISATION) if m.kind == "name" and not m.key and m.type in (PLACE, PERSON)
                   and fold(m.text) in bodies else
                   replace(m, type=PERSON) if m.kind == "name" and not m.key and m.type != PERSON
                   and fold(m.text) in persons else m for m in mentions]   # "Yoweri Museveni réélu", read as a place
    untyped_bodies = [m for m in mentions if m.kind == "name" and not m.key and m.type == ORGANISATION]
    if untyped_bodies:
        mentions[:] = [_whole_body(m, untyped_bodies, article.text) for m in mentions]
    linking.mentions = mentions
    date = article.date
    names_by_last: dict[str, str] = {}
    acronyms: dict[str, str] = {}

    def attach(mention: Mention, keys: tuple[str, ...]) -> None:
        linking.refs[mention] = keys
        if len(keys) == 1 and mention.kind != "group":
            linking.builders[keys[0]].add(mention)

    # 1. names
    named_states = _named_states(mentions, resources)
    names = [m for m in mentions if m.kind == "name"]
    acronym_of = _acronyms_in_parentheses(names, linking.article.text)
    # a seat that stands for a union stands for its executive when the article names it: "Bruxelles" after
    # "la Commission européenne"
    named_by_name = {m.key for m in names if m.key}
    executives = {resources.entries[m.key].located_in: m.key for m in names if m.key
                  and resources.entries[m.key].type == ORGANISATION and resources.entries[m.key].kind == "IGO"
                  and resources.entries[m.key].located_in}
    # a name whose acronym the article gives in parentheses is read before the acronym's earlier uses
    # ("intégrer les FDS" in the title, then "les Forces démocratiques syriennes (FDS)")
    spelled_later = {fold(a.text) for a in acronym_of}
    early = [m for m in names if fold(m.text) in spelled_later and m not in acronym_of]
    first_full = {acronym_of[a] for a in acronym_of if any(e.start < acronym_of[a].start and fold(e.text) == fold(a.text)
                                                           for e in early)}
    # "le Mouvement du Pakistan pour la justice (PTI)": a name the gazetteer knows by its acronym only
    known_by_acronym = {full: a.key for a, full in acronym_of.items() if a.key and not full.key}
    # ... unless the noun the name opens with says it is a body of another kind ("le Parti d'action populaire
    # (PAP)", not the Polish news agency): the acronym is then that name's, here and later
    misread = {fold(a.text) for a, full in acronym_of.items()
               if a.key and not full.key and (_other_kind(full, resources.entries[a.key], resources)
                                              or _abroad(resources.entries[a.key], article.text, resources))}
    known_by_acronym = {full: key for full, key in known_by_acronym.items() if not any(
        acronym_of[a] is full and fold(a.text) in misread for a in acronym_of)}
    # a lone word the tagger took for a place or a body, before the full name of a person ending with it
    # ("en soutien à Imamoglu" in the title, then "le maire Ekrem Imamoglu"), is read after that name
    surnames = {fold(n.text).split()[-1] for n in names if n.type == PERSON and len(fold(n.text).split()) >= 2}
    surnames |= {_PARTICLE.sub("", name) for name in surnames}      # "Soudani" before "Mohammed Chia al-Soudani"
    deferred = [n for n in names if not n.key and fold(n.text) in surnames
                and (n.type != PERSON or " " not in fold(n.text))]    # "le Premier ministre Oyun-Erdene" in the
    #                                 title, "Luvsannamsrai Oyun-Erdene" in the text: one person, by the full name
    # a body's name in the title that the body lengthens into one the gazetteer knows ("le numéro trois du Parti
    # socialiste démissionne", then "du Parti socialiste ouvrier espagnol (PSOE)"), read after the full name, of
    # which it is a short form (one the gazetteer does not know takes the title's entity, lengthened)
    headline_end = article.text.find("\n\n")
    deferred += [n for n in names if n.type == ORGANISATION and n.sent == 0 and 0 < n.span.end <= headline_end
                 and any(o.type == ORGANISATION and o.key and o.span.begin > headline_end
                         and fold(o.text).startswith(fold(n.text) + " ") for o in names)]
    ordered = sorted(first_full, key=lambda n: n.start) + [n for n in names if n not in first_full and n not in deferred]
    for m in ordered + [n for n in deferred if n not in first_full]:
        if m in known_by_acronym:
            key = linking.from_gazetteer(known_by_acronym[m])
        elif fold(m.text) in misread and fold(m.text) in acronyms:
            key = acronyms[fold(m.text)]
        elif m.key and fold(m.text) not in misread and not _foreign_body(m, named_states, resources):
            stands_for = _is_metonym(m, resources)
            home = resources.entries[m.key].located_in
            if stands_for and home and stands_for in resources.entries \
                    and resources.entries[stands_for].type == ORGANISATION and home in named_by_name \
                    and stands_for not in named_by_name and stands_for not in executives:
                stands_for = home            # "accusé Bruxelles de prendre parti" in a story of Belgium that
                #                              names the European Union by no name: Belgium
            key = linking.from_gazetteer(executives.get(stands_for, stands_for) or m.key)
        elif m.key and fold(m.text) not in misread \
                and (namesake := _home_namesake(m, named_states, resources)) is not None:
            key = linking.from_gazetteer(namesake)    # "le Parti démocrate" in a story of South Korea: its own
        elif m in acronym_of and acronym_of[m] in linking.refs:
            key = linking.refs[acronym_of[m]][0]      # "Parti libéral-démocrate (PLD)": one party
            acronyms[fold(m.text)] = key
        elif fold(m.text) in acronyms:
            key = acronyms[fold(m.text)]              # "le PLD", later (not another state's body of that name)
        else:
            folded = fold(m.text)
            last = folded.split()[-1]
            shorter = _shortened_organisation(linking, folded) \
                if m.type == ORGANISATION or folded in resources.organisation_nouns or " " not in folded else None
            #   ("la Communauté"; "l'Eglise" after "l'Eglise apostolique arménienne", whatever the tagger made of it)
            words = folded.split()
            # "Ali Bongo Ondimba" after "Ali Bongo": a name that opens with one already met, of two words or more
            opening = next((names_by_last[" ".join(words[:n])] for n in range(len(words) - 1, 1, -1)
                            if " ".join(words[:n]) in names_by_last), None) if m.type == PERSON else None
            nicknamed = _nickname_of(m, linking) if m.type == PERSON else None
            body = next((k for k, b in linking.builders.items() if b.type == ORGANISATION and b.spans
                         and fold(b.name) == folded), None) if m.type == PERSON and len(words) == 1 else None
            tail = next((k for k, b in linking.builders.items() if b.type == PERSON and b.spans
                         and fold(b.name).endswith(" " + folded)), None) if m.type == PERSON and len(words) >= 2 else None
            if nicknamed:
                key = nicknamed              # "Jimmy Chérizier, dit « Barbecue »", "a choisi le nom de Léon XIV"
            elif tail:
                key = tail                   # "M. Guèye Dany" after "Bougane Guèye Dany": a surname of two words
            elif body:
                key = body                   # "avec Chega", the party named before, tagged a person
            elif m.type == PERSON and (folded in names_by_last or last in names_by_last
                                       and not _other_given_name(words, linking.builders[names_by_last[last]].name)):
                key = names_by_last.get(folded) or names_by_last[last]
            elif len(words) == 1 and folded in names_by_last and folded not in linking.resources.name_index:
                key = names_by_last[folded]  # "« Mazón, démission ! »": the person named before, whatever the tagger said
            elif opening:
                key = opening
            elif shorter:
                key = shorter                # "la Commission" after "la Commission européenne"
            elif m.type == ORGANISATION and (branch := _country_branch(linking, folded)):
                key = branch                 # "Ford Allemagne" after "l'usine Ford": the company, in that country
            elif m.type == ORGANISATION and (company := _company_of_branch(linking, m)):
                key = company                # "Audi Bruxelles" in the title, then "Audi": one company
            elif m.type == ORGANISATION and (longer := _lengthened_organisation(linking, folded, m)):
                key = longer                 # "la Cour suprême" in the title, then "la Cour suprême des Etats-Unis"
                builder = linking.builders[key]
                builder.aliases.append(builder.name)
                builder.name = m.text
            else:
                key = linking.new(f"{m.type.lower()}-{slug(m.text)}", m.text, m.type,
                                  name_lang=None if m.type == PERSON else resources.lang,
                                  of=_state_in_name(m.text, resources) if m.type == ORGANISATION else None)
        if m.type == ORGANISATION and key not in resources.entries and not linking.builders[key].subtype:
            linking.builders[key].subtype = _kind_before(m, article.text, resources)   # wherever a noun says it
        if m.type == PERSON:
            for part in fold(m.text).split():
                names_by_last.setdefault(part, key)
                bare = _PARTICLE.sub("", part)
                if bare != part and len(bare) > 2:
                    names_by_last.setdefault(bare, key)     # "M. Soudani" after "Mohammed Chia al-Soudani"
            names_by_last.setdefault(fold(m.text), key)
            builder = linking.builders[key]
            if key not in resources.entries and len(m.text.split()) > len(builder.name.split()) \
                    and fold(builder.name) in fold(m.text).split():
                builder.aliases.append(builder.name)     # "le président Noboa", then "Daniel Noboa": the full name
                builder.name = m.text
        if m in first_full:
            acronyms.update((fold(a.text), key) for a, full in acronym_of.items() if full is m)
        attach(m, (key,))
    for builder in linking.builders.values():
        if builder.type == PERSON:
            entry = resources.entries.get(builder.key)
            for name in entry.names if entry else ():
                names_by_last.setdefault(fold(name), builder.key)

    # 2. demonyms name their state or bloc
    for m in (m for m in mentions if m.kind == "demonym"):
        attach(m, (linking.from_gazetteer(m.key),))

    # 3. governments and ministries: "l'administration américaine", "la diplomatie chinoise", "le gouvernement"
    for m in (m for m in mentions if m.kind == "government"):
        noun = resources.government_nouns.get(m.role or "")
        if noun is not None and noun.subtype == "Parliament" and m.of is None:
            named = _house_named(linking)     # "les députés": the parliament the article names, else no one
            if named is not None:
                attach(m, (named,))
            continue
        if noun is not None and noun.subtype == "Court":
            court = _court_named(linking)     # "La justice ivoirienne a ordonné ..., Le tribunal d'Abidjan a estimé"
            if court is not None:
                attach(m, (court,))
            continue                          # else no body of its own: "saisir la justice"
        # ("les forces gouvernementales" are the army of the state the article is about, not a foreign one
        # named before)
        earlier = _body_named_before(linking, noun, m) if m.of is None and noun is not None \
            and not _GOVERNMENT_FORCES.search(fold(m.text)) else None
        if earlier:                       # "l'armée" after "l'armée soudanaise"
            attach(m, (earlier,))
            continue
        party = _opposition_party(linking) if noun is not None and noun.subtype == "Opposition" and m.of is None else None
        if party:                         # "l'opposition" where the article names "le principal parti d'opposition, X"
            attach(m, (party,))
            continue
        region = _region_after(linking, m) if m.of is None and noun is not None else None
        if region is not None:            # "le gouvernement de l'Alberta": the region's own, not the state's
            name = f"{noun.noun} {linking.article.text[m.span.end:region.span.end].strip()}"
            attach(m, (_state_body(linking, name, noun.subtype, linking.refs[region][0]),))
            continue
        territory = _title_territory(linking) if m.of is None and noun is not None \
            and noun.subtype in ("Government", "Police") else None
        if territory is not None and not any(   # (unless its state was named before: "le ministre français ...
                keys == (resources.entries[territory].located_in,) and n.span.begin < m.span.begin   # Le gouvernement")
                or n.kind == "name" and len(keys) == 1 and resources.entries.get(keys[0]) is not None
                and resources.entries[keys[0]].stands_for == resources.entries[territory].located_in
                and n.span.begin < m.span.begin for n, keys in linking.refs.items()):
            # "Hong Kong : ...", then "le chef de l'exécutif", "la police": its own
            linking.from_gazetteer(territory)
            attach(m, (_state_body(linking, noun.name_for(resources.entries[territory]), noun.subtype, territory),))
            continue
        state = m.of or _led_state(linking, m) or _fronted_capital(linking, m) or _subject_state(linking, m) \
            or salient_state(linking, m.span.begin)
        if state is None and noun is not None and noun.subtype == "Government" \
                and re.search(r"\b(?:de|d['’])\s*[A-Z]", m.text) and m.text.split()[-1][:1].isupper():
            name = _CONTRACTED_ARTICLE.sub("", strip_article(m.text)).replace("\u2019", "'")
            attach(m, (_state_body(linking, name, noun.subtype, None),))
            continue                      # "le gouvernement de François Legault", whose state the article leaves
            #                               unnamed: the government its leader heads, by that name
        if state is None and noun is not None:
            continue                      # "le gouvernement" with no state in sight
        if state is None:                 # "le ministère de l'Intérieur", no state in sight: a ministry of its own
            attach(m, (_state_body(linking, strip_article(m.text).replace("\u2019", "'"), "Ministry", None),))
            continue
        if resources.entries[state].type == ORGANISATION:
            attach(m, (linking.from_gazetteer(state),))       # "la diplomatie européenne": the EU itself
            continue
        house = _house_of(resources, state) if noun is not None and noun.subtype == "Parliament" else None
        if house is not None:                 # "les députés allemands": the Bundestag
            attach(m, (linking.from_gazetteer(house),))
            continue
        if noun is not None:
            name, subtype = noun.name_for(resources.entries[state]), noun.subtype
        else:
            name, subtype = strip_article(m.text).replace("\u2019", "'"), "Ministry"
        junta = _junta_of(linking, state) if subtype == "Government" else None
        key = junta or _state_body(linking, name, subtype, state)    # "les autorités de transition" after "la
        #                                                                junte": a state a junta rules has no other
        if state:
            linking.from_gazetteer(state)
        attach(m, (key,))

    _bare_house_into_body(linking)

    # 4. role descriptions, anonymous sources, groups, in reading order
    mentions = [_resolve_of(m, linking) if m.kind in ("role", "anonymous", "group") and m.of else m for m in mentions]
    mentions = _offices_of_offices(mentions, article.text)
    mentions = [_possessive_of(m, linking) if _body_may_own(m) else m for m in mentions]
    mentions = [_whose_of(m, linking) if _body_may_own(m) else m for m in mentions]
    linking.mentions = mentions
    mention_counts = Counter(k for m, ks in linking.refs.items() for k in ks)
    by_start = {m.start: m for m in mentions if m.kind == "name"}
    for m in (m for m in mentions if m.kind in ("role", "anonymous", "group")):
        apposed = apposed_name(m, linking, by_start) if m.kind == "anonymous" else None
        if apposed:
            attach(m, (apposed,))                 # "une porte-parole de la diplomatie chinoise, Mao Ning"
            continue
        later = named_later(m, mentions, linking, by_start) if m.kind == "anonymous" else None
        if later:
            attach(m, (later,))             # "Un juge fédéral américain a estimé ... le juge Amit Mehta"
            continue
        if m.kind == "anonymous" and not m.of and fold(m.text).startswith(("ce ", "cet ", "cette ")):
            earlier = [(min(b.spans).begin, k) for k, b in linking.builders.items() if b.anonymous and b.spans
                       and min(b.spans).begin < m.span.begin]
            if earlier:                     # "Selon ce responsable": the latest unnamed source
                attach(m, (max(earlier)[1],))
            continue
        if m.kind == "anonymous":
            state = linking.side(m.of) if m.of in linking.builders else _state_of(m.of, resources)
            key = next((k for k, b in linking.builders.items() if b.anonymous and b.of
                        and (b.of in (m.of, state) or linking.side(b.of) == state)), None)
            if key is None:
                key = linking.new(f"person-{_doc_slug(article)}-{slug(m.text)}", m.text.replace("\u2019", "'"),
                                  PERSON, anonymous=True, name_lang=resources.lang, of=m.of)
            attach(m, (key,))
            continue
        if m.kind == "group" and m.type == PLACE:
            # "les trois pays": the last list of that many countries ("l'Espagne, l'Irlande et la Norvège"),
            # else the countries named most often so far
            countries = sorted(((n.span.begin, n.span.end), keys[0]) for n, keys in linking.refs.items() if len(keys) == 1
                               and n.span.end <= m.span.begin and linking.builders[keys[0]].subtype == "Country")
            listed = _last_list(countries, m.count, article.text)
            seen = Counter(k for _, k in countries)
            if listed:
                linking.refs[m] = tuple(sorted(listed))
            elif len(seen) >= m.count:
                linking.refs[m] = tuple(sorted(k for k, _ in seen.most_common(m.count)))
            continue
        if m.kind == "group" and m.type == ORGANISATION:
            if m.of in linking.builders:
                linking.refs[m] = (m.of,)             # "les dirigeants des pays de l'Otan": the alliance
                if m.role is None:
                    linking.builders[m.of].add(m)     # "les travaillistes": a party's name for itself
            elif m.of in resources.entries and resources.entries[m.of].kind == "Party":
                key = linking.from_gazetteer(m.of)    # "les conservateurs", a party of the state the article names,
                linking.refs[m] = (key,)              # and named by them alone
                linking.builders[key].add(m)
            elif m.role and "Union" in resources.class_nouns.get(m.role, frozenset()) \
                    and not _EMPLOYERS.match(article.text[m.span.end:m.span.end + 16]):   # "les organisations
                unions = named_unions(linking, m.span.begin)                            # patronales": no unions
                if unions:                            # "les syndicats": every union named before
                    linking.refs[m] = tuple(sorted(unions))
            continue
        if m.kind == "group":
            persons = [k for k, _ in mention_counts.most_common() if linking.builders.get(k)
                       and linking.builders[k].type == PERSON and not linking.builders[k].anonymous
                       and _first_position(linking, k) < m.span.begin]
            leaders = [k for k in persons if resources.entries.get(k) and resources.entries[k].offices] or persons
            if len(leaders) >= m.count:
                linking.refs[m] = tuple(sorted(leaders[:m.count]))
            continue
        key = _predicated_of(m, linking) or resolve_role(m, linking, by_start, date, mention_counts)
        if key:
            attach(m, (key,))
            mention_counts[key] += 1
    headline_roles(linking)

    # 5. "l'organisation régionale", "le pays": an actor of a kind the noun can name: one named in this
    # sentence, else one whose name starts with the noun ("l'Alliance"), else one named in the sentence
    # before, else the latest; a country named further back gives way to the country the article is about
    for m in (m for m in mentions if m.kind == "anaphor" and m not in linking.refs):
        key = (_managed(m, linking) if m.role == "direction" else None) or _resolve_anaphor(m, linking)
        if key:
            attach(m, (key,))

    # 6. a minister of no state named is the state's whose ministry of that portfolio the article names ("le
    # ministère sud-coréen des Affaires étrangères", then "Le vice-ministre des Affaires étrangères"), else, in
    # a story about one country, that country's ("le ministre de la Défense Boris Pistorius" in an article
    # about Germany): on its side
    linking.dateline, linking.only_country = dateline_country(linking), only_country(linking)
    home = linking.dateline or linking.only_country
    for m, keys in linking.refs.items():
        builder = linking.builders.get(keys[0]) if len(keys) == 1 else None
        if m.kind == "role" and is_minister(m.role) and not m.of \
                and builder is not None and builder.type == PERSON and builder.of is None and not builder.anonymous \
                and builder.key not in resources.entries:
            builder.of = state_of_portfolio(m, linking) or home
    return linking


_PREDICATING = {"comme", "devenant", "devenu", "devenue", "devient", "deviendra", "deviendrait"}


def _offices_of_offices(mentions: list[Mention], text: str) -> list[Mention]:
    """A role whose complement is another role ("Le porte-parole du secrétaire général de l'ONU") holds its
    office in the body the other names."""
    roles = [m for m in mentions if m.kind == "role"]
    inner_of = {id(outer): inner.of for inner in roles if inner.of
                for outer in [office_of_office(inner, roles, text)] if outer is not None and not outer.of}
    return [replace(m, of=inner_of[id(m)]) if id(m) in inner_of else m for m in mentions]


def _predicated_of(m: Mention, linking: Linking) -> str | None:
    """The person a role after "comme", "en tant que" or "devenir" is said of: "Le CHP devait désigner M.
    Imamoglu comme son candidat" (Imamoglu), "X a remporté ..., devenant le premier chef de gouvernement
    réélu" (X), the latest person named before it in its sentence; else None."""
    before = fold(linking.article.text[max(0, m.span.begin - 12):m.span.begin]).split()
    if m.type != PERSON or not before or before[-1] not in _PREDICATING and before[-3:] != ["en", "tant", "que"] \
            or before[-2:] == ["tout", "comme"]:
        return None                   # ("a félicité M. Ouattara, tout comme le président français X": another one)
    named = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and n.sent == m.sent
             and len(keys) == 1 and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PERSON]
    return max(named)[1] if named else None


def state_of_portfolio(m, linking: Linking) -> str | None:
    """The one state of whose ministry of the minister's portfolio the article speaks ("le ministère
    sud-coréen des Affaires étrangères", then "Le vice-ministre des Affaires étrangères, X")."""
    words = fold(m.text).split("ministre", 1)
    portfolio = words[1].strip() if len(words) == 2 else ""
    if not portfolio.startswith(("de ", "du ", "des ", "d'")):
        return None
    states = {b.of for b in linking.builders.values() if b.subtype == "Ministry" and b.of and b.spans
              and fold(b.name).endswith(portfolio)}
    return states.pop() if len(states) == 1 else None


def _whole_body(m: Mention, bodies: list[Mention], text: str) -> Mention:
    """A name the tagger cut short where the name of an organisation (one of ``bodies``, the names no
    gazetteer entry types) runs on elsewhere in the article ("le Défenseur | du peuple", read as a place,
    then "Le Défenseur du peuple, Josué Gutiérrez"): that name."""
    if m.kind != "name" or m.key or m.type == ORGANISATION:
        return m
    longer = next((n for n in bodies if n.text.startswith(m.text + " ") and text.startswith(n.text, m.span.begin)), None)
    if longer is None:
        return m
    return replace(m, text=longer.text, type=ORGANISATION, end=m.start + longer.end - longer.start,
                   span=Span(m.span.begin, m.span.begin + len(longer.text)))


def dateline_country(linking: Linking) -> str | None:
    """The country a title opens with before a colon ("Allemagne : le Bundestag adopte ...", "Thaïlande : la
    Première ministre ..."), else the one a news agency's dateline names or whose capital it names ("Kingston,
    29 octobre (AFP) - "): the state whose offices the article's unqualified titles name."""
    entries = linking.resources.entries
    first = _title_opening(linking)
    if first is not None:
        keys = linking.refs[first]
        return keys[0] if len(keys) == 1 and getattr(entries.get(keys[0]), "kind", None) == "Country" else None
    filed = agency_dateline(linking.article.text)      # "Kingston, 29 octobre 2025 (AFP) - ": Jamaica's capital
    place = next((keys[0] for m, keys in linking.refs.items() if filed and m.span.begin == filed[1][0]
                  and len(keys) == 1), None)
    entry = entries.get(place) if place else None
    if entry is not None and entry.kind == "City" and entry.stands_for in entries:
        return entry.stands_for if entries[entry.stands_for].kind == "Country" else None
    return place if entry is not None and entry.kind == "Country" else None


def _title_opening(linking: Linking) -> Mention | None:
    """The name a title opens with before a colon ("Allemagne : ...", "Hong Kong : ..."), if any."""
    first = min((m for m in linking.refs if m.kind == "name"), key=lambda m: m.span.begin, default=None)
    if first is None or linking.article.text[:first.span.begin].strip() \
            or not linking.article.text[first.span.end:first.span.end + 3].lstrip(" \u00a0").startswith(":"):
        return None
    return first


def only_country(linking: Linking) -> str | None:
    """The one country the article names by its name, if it names only one."""
    named = {keys[0] for m, keys in linking.refs.items() if m.kind == "name" and len(keys) == 1
             and getattr(linking.resources.entries.get(keys[0]), "kind", None) == "Country"}
    return named.pop() if len(named) == 1 else None


_EMPLOYERS = re.compile(r"\s+patronal", re.I)


def _resolve_anaphor(m: Mention, linking: Linking) -> str | None:
    """The actor "l'organisation régionale", "le pays", "le syndicat" stands for: one named beside it, else
    one of a kind the noun can name: named in this sentence, else one whose name starts with the noun
    ("l'Alliance"), else one named in the sentence before, else the latest; a country named further back
    gives way to the country the article is about."""
    resources = linking.resources
    demonym_at = {n.start: n for n in linking.mentions if n.kind == "demonym"}
    kinds = resources.class_nouns.get(m.role or "", frozenset())
    named = _named_in_apposition(m, linking)
    if named is not None:
        return named                    # "son parti, le BJP": the name set beside it
    if "Country" in kinds and fold(m.text).startswith(("son ", "sa ", "leur ")):
        own = _subject_state_of(m, linking)
        if own:
            return own                  # "Maduro a accusé Washington de ... envahir son pays": his
    if "Party" in kinds and fold(m.text).startswith(("son ", "sa ", "leur ")):
        own = _subject_party_of(m, linking)
        if own:
            return own                  # "Son chef, Nigel Farage, a salué « un moment énorme » pour son mouvement"
    own = demonym_at.get(m.end)
    if own is not None and linking.refs.get(own) and linking.builders[linking.refs[own][0]].subtype in kinds:
        return linking.refs[own][0]     # "le territoire congolais": the Congo, whoever came before
    noun_before = re.compile(rf"\b{re.escape(m.role or '')}\s*$", re.I)
    described = [linking.refs[n][0] for n in linking.mentions if n.kind == "demonym" and n.span.end <= m.span.begin
                 and linking.refs.get(n) and fold(m.text).startswith(("la ", "le ", "l'"))
                 and linking.builders[linking.refs[n][0]].subtype in kinds
                 and noun_before.search(fold(linking.article.text[max(0, n.span.begin - 30):n.span.begin]))]
    if described:
        return described[-1]            # "la délégation" after "une délégation américaine": the United States
    # a body named by its name before one only alluded to by an adjective ("les sanctions occidentales")
    # and one of the very kind the noun names ("le bloc": a bloc before a court)
    candidates = [(n.sent == m.sent, _named_by(resources, keys[0], m.role),
                   (linking.builders[keys[0]].subtype or "").lower() == m.role, n.kind != "demonym" or n.sent == m.sent,
                   n.sent >= m.sent - 1, n.span.begin, keys[0])
                  for n, keys in linking.refs.items()
                  if len(keys) == 1 and n.span.end <= m.span.begin and n.kind in ("name", "demonym", "government")
                  and (linking.builders[keys[0]].subtype in kinds or "Island" in kinds and keys[0] in resources.islands
                       or "Region" in kinds and n.kind == "name" and n.type == PLACE and m.role
                       in re.findall(r"[\w'-]+", fold(linking.article.text[max(0, n.span.begin - 24):n.span.begin]))[-2:]
                       #   ("la province" after "la province de Cebu", whatever kind the gazetteer gives the city)
                       # or a body its name says is one:
                       or not linking.builders[keys[0]].subtype and n.kind == "name" and n.type != PERSON  # "Syndicat national ...",
                       and (fold(linking.builders[keys[0]].name).split()[0] == m.role    # or the noun before it
                            or m.role in re.findall(r"[\w'-]+", fold(linking.article.text[max(0, n.span.begin - 24):n.span.begin]))[-2:]
                            or "Union" in kinds and _is_union(linking, n)))]        # "le syndicat des cheminots X"
    #                                                     ("à l'appel du syndicat UNSA-ICNA")
    if not candidates and (m.sent == 0 or "Union" in kinds) and fold(m.text).startswith(("son ", "sa ", "leur ")):
        # a title runs ahead of its body ("X condamnée, son parti dénonce"): the first body of that kind
        # the article goes on to name; so does a union named after the strike it called ("une grève lancée
        # par leur syndicat. Le syndicat X, qui représente les dockers, ...")
        later = sorted((n.span.begin, keys[0]) for n, keys in linking.refs.items()
                       if len(keys) == 1 and n.span.begin >= m.span.end and n.kind == "name"
                       and (linking.builders[keys[0]].subtype in kinds - {"Country"}
                            or not linking.builders[keys[0]].subtype
                            and fold(linking.builders[keys[0]].name).split()[0] == m.role
                            or "Union" in kinds and _is_union(linking, n)))
        candidates = [(0, 0, 0, 0, 0, 0, later[0][1])] if later else []
    if candidates and not any(c[0] or c[2] for c in candidates) and "Country" in kinds:
        state = salient_state(linking, m.span.begin)
        if state:
            candidates.append((False, True, False, True, False, m.span.begin, state))
    regions = [c for c in candidates if linking.builders[c[-1]].subtype == "Region"] \
        if m.role == "territoire" and not fold(m.text).startswith(("son ", "sa ", "leur ")) else []
    if regions:             # "obtenir le territoire", said of Greenland after Washington: the region named, a
        candidates = regions    # territory of its own, not the state of the sentence
    courts = [c for c in candidates if any(_named_by(resources, c[-1], noun) for noun in COURT_WORDS)] \
        if m.role in COURT_WORDS else []
    if courts:              # "la juridiction de La Haye": a court, whatever else the sentence names ("les juntes
        candidates = courts     # regroupées au sein de l'AES reprochent à la juridiction de La Haye")
    if candidates and m.role == "capitale" and not any(c[0] for c in candidates):
        # "la capitale", no other named in its sentence: the capital of the country the article is about
        # ("Tripoli, la capitale libyenne ... une réunion de crise à Rome ... dans la capitale": Tripoli)
        state = salient_state(linking, m.span.begin)
        capitals = [c for c in candidates
                    if state and getattr(resources.entries.get(c[-1]), "stands_for", None) == state]
        if capitals:
            return capitals[-1][-1]
    if not candidates and "Company" in kinds:
        company = employer(linking, m.span.begin)
        if company:                             # "La direction a refusé": the one company the article names
            candidates = [(0, 0, 0, 0, 0, 0, company)]
    if not candidates:                          # "La Cour constitutionnelle" when the tagger missed the name
        name = fold(strip_article(m.text))
        candidates = [(0, 0, 0, 0, 0, 0, key) for key, b in linking.builders.items()
                      if b.type == m.type and b.spans and fold(b.name) == name]
    if candidates:
        return max(candidates)[-1]
    return None


def _subject_person(m: Mention, linking: Linking) -> str | None:
    """The person last named as a subject in ``m``'s sentence before it."""
    subjects = sorted((n.span, keys[0]) for n, keys in linking.refs.items() if n.sent == m.sent and n.subject
                      and n.span.end <= m.span.begin and len(keys) == 1 and linking.type_of(keys[0]) == PERSON)
    return subjects[-1][1] if subjects else None


def _subject_state_of(m: Mention, linking: Linking) -> str | None:
    """The state the subject of ``m``'s sentence holds an office of ("Le président vénézuélien X", then
    "son pays"), when a role description says it."""
    person = _subject_person(m, linking)
    states = [n.of for n, keys in linking.refs.items() if person and keys == (person,) and n.kind == "role" and n.of
              and getattr(linking.resources.entries.get(n.of), "kind", None) == "Country"]
    return linking.from_gazetteer(states[0]) if states else None


def _subject_party_of(m: Mention, linking: Linking) -> str | None:
    """The party the subject of ``m``'s sentence was described as leading or belonging to ("Son chef,
    Nigel Farage", then "son mouvement"), when a description before says it."""
    person = _subject_person(m, linking)
    parties = [n.of for n, keys in linking.refs.items() if person and keys == (person,) and n.kind == "role" and n.of
               and n.span.end <= m.span.begin and n.of in linking.builders and linking.builders[n.of].subtype == "Party"]
    if parties or person is None:
        return parties[-1] if parties else None
    # else the party named just before the person's first name, in its sentence ("le Parti du progrès, une
    # formation populiste dirigée par Sylvi Listhaug", then "Mme Listhaug a promis que son parti ...")
    first = min((n for n, keys in linking.refs.items() if keys == (person,) and n.kind == "name"),
                key=lambda n: n.span.begin, default=None)
    if first is None or first.span.begin >= m.span.begin:
        return None
    before = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and len(keys) == 1
              and n.sent == first.sent and n.span.end <= first.span.begin and first.start - n.end <= 10
              and linking.builders[keys[0]].type == ORGANISATION
              and (linking.builders[keys[0]].subtype == "Party"
                   or fold(linking.builders[keys[0]].name).startswith("parti "))]
    return max(before)[1] if before else None


def _other_given_name(words: list[str], known: str) -> bool:
    """Whether a full name shares only its surname with a person already named: "Sara Duterte" after
    "Rodrigo Duterte", "Eduardo Bolsonaro" after "Jair Bolsonaro"."""
    known_words = fold(known).split()
    if len(words) < 2 or len(known_words) < 2 or words[-1] != known_words[-1]:
        return False
    given, other = words[0].rstrip("."), known_words[0]
    return given != other and not (len(given) <= 2 and other.startswith(given))     # "J. Bolsonaro" is him


def _union_nouns(resources: Resources) -> list[str]:
    return [n for n, kinds in resources.class_nouns.items() if "Union" in kinds]


def _is_union(linking: Linking, n: Mention) -> bool:
    """Whether a union noun introduces the name ``n`` ("le syndicat Unite") or opens it ("syndicat des
    salariés de X"), and not as the company whose workers the union represents ("des salariés de X")."""
    if n not in linking._unions:
        linking._unions[n] = _introduced_as_union(linking, n)
    return linking._unions[n]


_BODY_WORDS = {"federation", "confederation", "union", "centrale", "coordination", "collectif", "front"}


def _introduced_as_union(linking: Linking, n: Mention) -> bool:
    text, unions = linking.article.text, _union_nouns(linking.resources)
    window = re.split(r"[.!?\n]", text[max(0, n.span.begin - 60):n.span.begin])[-1]     # in its own sentence
    # (past any name between: "Le syndicat IF Metall étend la grève contre Tesla" introduces no union Tesla)
    between = [m.span.end for m in linking.refs if m.kind == "name" and m.type != PLACE and m is not n
               and n.span.begin - len(window) <= m.span.begin and m.span.end <= n.span.begin]
    if between:
        window = text[max(between):n.span.begin]
    before = [w.rstrip("s") for w in fold(window).split()]   # "centrales"
    listed = re.search(r"\bet (?:le |la |l')?$", text[max(0, n.span.begin - 8):n.span.begin])
    if listed:                              # "la CGT et la CFDT", "le NLC (NLC) et le TUC": one of a list of unions
        end = n.span.begin - len(listed.group(0))
        end -= len(re.search(r"(?:\s*\([^()]{1,12}\))?\s*$", text[:end]).group(0))
        previous = next((m for m in linking.refs if m.kind == "name" and m.span.end == end), None)
        if previous is not None and previous is not n and _is_union(linking, previous):
            return True
    if re.search(r"\bappel (?:de la |du |des |de l'|d')$", fold(window)) and fold(n.text).split()[0] in _BODY_WORDS:
        # "une grève de deux jours, à l'appel de la Fédération nationale des médecins": a federation that
        # calls a strike is a union
        sentence = re.split(r"[.!?\n]", text[:n.span.begin])[-1] + re.split(r"[.!?\n]", text[n.span.end:])[0]
        if re.search(r"\bgrev", fold(sentence)):
            return True
    return fold(n.text).split()[0] in unions or any(u in before for u in unions) \
        and not (before and before[-1] in ("de", "d'", "du") and fold(n.text) in {
            fold(b.name).split(" de ", 1)[-1] for b in linking.builders.values() if fold(b.name).split()[0] in unions})


def named_unions(linking: Linking, before: int) -> list[str]:
    """The unions named before offset ``before``, latest first: "les revendications syndicales" are theirs."""
    found = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and len(keys) == 1
             and n.span.end <= before and linking.builders[keys[0]].type == ORGANISATION and _is_union(linking, n)]
    # (or one a union noun set beside it stands for: "a annoncé leur syndicat, la Writers Guild of America")
    called = {keys[0] for n, keys in linking.refs.items() if n.kind == "anaphor" and len(keys) == 1
              and n.span.end <= before and "Union" in linking.resources.class_nouns.get(n.role or "", frozenset())}
    found += [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.kind == "name" and len(keys) == 1
              and n.span.end <= before and keys[0] in called]
    return list(dict.fromkeys(k for _, k in sorted(found, reverse=True)))


_GOVERNMENT_FORCES = re.compile(r"\bforces (?:gouvernementales|loyalistes)$")


def employer(linking: Linking, before: int | None = None) -> str | None:
    """The one organisation named (before offset ``before``) that the gazetteer does not type, or types
    only as a company, and that no union noun introduces ("le syndicat allemand des conducteurs de train
    GDL"): the company a strike or a job-cuts story is about."""
    found = {keys[0] for n, keys in linking.refs.items()
             if n.kind == "name" and len(keys) == 1 and (before is None or n.span.end <= before)
             and linking.builders[keys[0]].type == ORGANISATION
             and linking.builders[keys[0]].subtype in (None, "Company") and not _is_union(linking, n)
             and not _named_as_no_company(linking.builders[keys[0]].name, linking.resources)}
    found -= {keys[0] for n, keys in linking.refs.items() if n.kind == "name" and len(keys) == 1 and _is_union(linking, n)}
    return found.pop() if len(found) == 1 else None


def _named_as_no_company(name: str, resources) -> bool:
    """Whether a body's name opens with a noun for a body other than a company ("la commission électorale",
    "le Conseil constitutionnel"; not "Groupe X", nor "la Compagnie X")."""
    head = fold(name).split()[0]
    kinds = resources.class_nouns.get(head)
    return "Company" not in kinds if kinds else head in resources.organisation_nouns


def main_company(linking: Linking) -> str | None:
    """The company the article is about: the one it names, else the one it names most often, if only one
    is named most ("Nissan" over "son compatriote Honda")."""
    found = employer(linking)
    if found is not None:
        return found
    counts: dict[str, int] = {}
    for n, keys in linking.refs.items():
        if n.kind in ("name", "role", "anaphor") and len(keys) == 1 and linking.builders[keys[0]].type == ORGANISATION \
                and linking.builders[keys[0]].subtype == "Company" and not is_union_key(linking, keys[0]):
            counts[keys[0]] = counts.get(keys[0], 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def _managed(m: Mention, linking: Linking) -> str | None:
    """The company "la direction" manages: the one named most often before it, if one is named most (the
    plant's company, not the group it belongs to: "Audi ..., filiale du groupe Volkswagen. « La direction
    nous a menti »")."""
    counts: dict[str, int] = {}
    for n, keys in linking.refs.items():
        if n.span.end <= m.span.begin and n.kind in ("name", "anaphor") and len(keys) == 1 \
                and linking.builders[keys[0]].type == ORGANISATION \
                and linking.builders[keys[0]].subtype in (None, "Company") and not is_union_key(linking, keys[0]):
            counts[keys[0]] = counts.get(keys[0], 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def is_union_key(linking: Linking, key: str) -> bool:
    """Whether the article introduces ``key`` as a union ("Le syndicat IF Metall")."""
    return any(n.kind == "name" and keys == (key,) and _is_union(linking, n) for n, keys in linking.refs.items())


def _named_in_apposition(m: Mention, linking: Linking) -> str | None:
    """The organisation named right after a description, between commas: "son parti, le BJP,"."""
    text = linking.article.text
    for n, keys in linking.refs.items():
        if n.kind == "name" and len(keys) == 1 and n.type == m.type == ORGANISATION and n.sent == m.sent \
                and 0 < n.span.begin - m.span.end <= 6 \
                and re.fullmatch(r",\s*(?:(?:le|la|les|l'|l’)\s*)?", text[m.span.end:n.span.begin]) \
                and re.match(r"(?:\s*\([^()]{1,12}\))?[,.]", text[n.span.end:n.span.end + 16]):    # "... (NUP),"
            return keys[0]
    return None


_SMALL_WORDS = {"de", "d'", "du", "des", "la", "le", "les", "l'", "et", "pour", "en", "a", "au", "aux", "sur", "s", "'s"}


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is made of the initials of the words of ``name`` but small ones.

    >>> spells("Instance supérieure indépendante pour les élections", "Isie"), spells("Parti libéral-démocrate", "PLD")
    (True, True)
    """
    words = [w for part in name.replace("'", " ").replace("’", " ").split() for w in part.split("-") if w]
    # (a lone small letter is a particle too: the "e" of "Tehreek-e-Taliban Pakistan (TTP)")
    initials = "".join(w[0] for w in words if fold(w) not in _SMALL_WORDS and not (len(w) == 1 and w.islower()))
    return len(acronym) >= 2 and fold(initials) == fold(acronym)


def _other_kind(full: Mention, entry, resources: Resources) -> bool:
    """Whether the noun a body's full name opens with names a kind of body other than the gazetteer's
    entry for its acronym ("Parti d'action populaire" against PAP, a news agency; "Alliance nationale pour
    le changement" against South Africa's ANC, a party)."""
    kinds = resources.class_nouns.get(fold(full.text).split()[0], frozenset())
    return bool(kinds) and entry.kind not in kinds


def _abroad(entry, text: str, resources: Resources) -> bool:
    """Whether the gazetteer's body for an acronym belongs to a state the article never names ("Le Parti
    social-démocrate (SD)" of Denmark, against the Sweden Democrats; "(PP)", against Spain's People's
    Party): the acronym is then the article's body's own."""
    home = resources.entries.get(entry.located_in) if entry.located_in else None
    if home is None:
        return False
    words = set(re.findall(r"\w+(?:[-'’]\w+)*", fold(text)))
    return not any(fold(form) in words or " " in form and fold(form) in fold(text)
                   for form in (*home.names, *home.demonyms))


def _acronyms_in_parentheses(names: list[Mention], text: str) -> dict[Mention, Mention]:
    """ "Hayat Tahrir al-Sham (HTS)": an all-capital name in parentheses right after another name, or one
    its initials spell ("(Isie)"), or a short one with a word in capitals after an organisation's
    ("(Africa CDC)"), or a short capitalised body's name after an organisation's of three words or more
    ("(Fema)", an acronym in another language), that the gazetteer does not know, is that name's acronym
    (acronym mention → the name it abbreviates)."""
    found = {}
    for before, m in zip(names, names[1:]):
        # or a name its initials spell, whatever its case or the tagger's type ("(Isie)")
        abbreviates = m.text.isupper() and m.type == before.type or before.type == ORGANISATION and (
            spells(before.text, m.text) or m.type == ORGANISATION and len(m.text.split()) <= 3
            and any(w.isupper() and len(w) >= 2 for w in m.text.split())           # "(Africa CDC)"
            or " " not in m.text and len(m.text) <= 6 and sum(c.isupper() for c in m.text) >= 2    # "(BfV)"
            or " " not in m.text and len(m.text) <= 6 and m.text[:1].isupper() and len(before.text.split()) >= 3
            and (fold(m.text[:1]) == fold(before.text[:1]) or m.type == ORGANISATION
                 or not m.key and m.text.isalpha() and m.text[1:].islower()))
        #                                                       "la Fédération des industries de Sao Paulo (Fiesp)",
        #                                                       "l'Agence fédérale de gestion des urgences (Fema)":
        #                                                       an acronym of its name in another language
        # (or one the gazetteer gives the same entry, which the article may read as another state's body)
        if (not m.key or m.key == before.key or not before.key and before.type == ORGANISATION) \
                and len(m.text) <= (8 if " " not in m.text else 16) and abbreviates \
                and text[before.span.end:m.span.begin].strip() == "(" and text[m.span.end:m.span.end + 1] == ")":
            found[m] = before
    return found


_NICKNAME = re.compile(r"(?:,\s*(?:alias|dit|dite|surnommée?)|\b(?:le|du|sous le) nom de)\s*«?\s*$", re.I)


def _nickname_of(m: Mention, linking: Linking) -> str | None:
    """The person a name is another name of: the person named last before it in the sentence, when
    "alias", "dit", "surnommé" or "le nom de" introduces it."""
    if not _NICKNAME.search(linking.article.text[max(0, m.span.begin - 20):m.span.begin]):
        return None
    before = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.sent == m.sent and n.kind == "name"
              and n.span.end <= m.span.begin and len(keys) == 1 and linking.type_of(keys[0]) == PERSON]
    return max(before)[1] if before else None


def _named_by(resources: Resources, key: str, noun: str | None) -> bool:
    """Whether one of the names of ``key`` starts with ``noun`` ("Alliance atlantique" for "l'Alliance")."""
    entry = resources.entries.get(key)
    return bool(entry and noun and any(fold(n).split()[0] == noun for n in entry.names))


def _lengthened_organisation(linking: Linking, folded: str, m: Mention) -> str | None:
    """The organisation a title named by the first words of the name the body now gives it, when
    exactly one did and the gazetteer knows neither."""
    found = {key for key, b in linking.builders.items() if b.type == ORGANISATION and b.spans
             and key not in linking.resources.entries and folded.startswith(fold(b.name) + " ")
             and all(linking.article.text[:s.begin].count("\n\n") == 0 for s in b.spans)}    # the title's only
    return found.pop() if len(found) == 1 else None


def _country_branch(linking: Linking, folded: str) -> str | None:
    """The company named before whose name, then a country's, makes ``folded`` ("Ford Allemagne",
    "Amazon France"): that company, of which it is the branch in that country."""
    head, _, country = folded.rpartition(" ")
    entry = linking.resources.entries.get(linking.resources.name_index.get(country, ""))
    if not head or entry is None or entry.kind != "Country":
        return None
    found = [key for key, b in linking.builders.items() if b.type == ORGANISATION and b.spans and fold(b.name) == head]
    return found[0] if len(found) == 1 else None


def _company_of_branch(linking: Linking, m: Mention) -> str | None:
    """The company a name of a company's branch stands for, when the article also names the company
    alone, even later ("les salariés d'Audi Bruxelles ... l'usine Audi ... La direction d'Audi Brussels"):
    the company, keyed by its own name."""
    head, _, last = m.text.rpartition(" ")
    if not head or not last[:1].isupper() or fold(head) in linking.resources.name_index:
        return None
    alone = [n for n in linking.mentions if n.kind == "name" and n.type == ORGANISATION and fold(n.text) == fold(head)]
    if not alone:
        return None
    return linking.new(f"organisation-{slug(head)}", head, ORGANISATION, name_lang=linking.resources.lang)


def _shortened_organisation(linking: Linking, folded: str) -> str | None:
    """The organisation named before whose name, or one of its names in the gazetteer ("Alliance
    atlantique" for "l'Alliance" after "l'Otan"), starts with ``folded``, when exactly one does; failing
    one, the union whose executive the article names ("l'Union" after "la Commission européenne"), or the
    executive of the union it names ("la Commission" after "l'UE")."""
    def names(key: str, b) -> tuple[str, ...]:
        entry = linking.resources.entries.get(key)
        return (b.name, *b.aliases, *(entry.names if entry else ()))
    found = {key for key, b in linking.builders.items() if b.type == ORGANISATION and b.spans
             and any(fold(n).startswith(folded + " ") for n in names(key, b))}
    if not found:                 # "l'Union" after "la Commission européenne": the union of the executive named
        entries = linking.resources.entries
        unions = {entries[key].located_in for key, b in linking.builders.items() if b.spans and key in entries
                  and entries[key].located_in in entries and entries[entries[key].located_in].type == ORGANISATION}
        found = {u for u in unions if any(fold(n).startswith(folded + " ") for n in entries[u].names)}
        # ... or the executive of the union named ("la Commission" after "l'UE")
        found = found or {e.key for union, executives in linking.resources.executives.items()
                          if union in linking.builders and linking.builders[union].spans for e in executives
                          if any(fold(n).startswith(folded + " ") for n in e.names)}
        return linking.from_gazetteer(found.pop()) if len(found) == 1 else None
    return found.pop() if len(found) == 1 else None


def _state_in_name(name: str, resources: Resources) -> str | None:
    """The state a demonym in an organisation's name points to: "Organisation iranienne de ..." → Iran."""
    demonyms = resources.demonym_index()
    for word in re.findall(r"[\w-]+", name):
        key = demonyms.get(fold(word))
        if key and resources.entries[key].kind == "Country":
            return key
    return None


def _resolve_of(m: Mention, linking: Linking) -> Mention:
    """Turn the ``of`` left by mention finding into an entity key: "#n" is the name at token n,
    "@noun:state" that state's body ("@diplomatie:chine": the Chinese foreign ministry)."""
    from dataclasses import replace
    of = m.of
    if of.startswith("#"):
        start = int(of[1:])
        name = next((n for n in linking.refs if n.kind in ("name", "government") and n.start == start), None)
        if name is None:                        # "Le président du syndicat": the union it stands for
            anaphor = next((n for n in linking.mentions if n.kind == "anaphor" and n.start == start), None)
            key = _resolve_anaphor(anaphor, linking) if anaphor is not None else None
            if key:
                linking.refs[anaphor] = (key,)
                linking.builders[key].add(anaphor)
            return replace(m, of=key)
        key = linking.refs[name][0]
        if m.kind == "anonymous" and linking.type_of(key) == PERSON:
            return replace(m, of=linking.side(key))     # "un conseiller du guide suprême X": of X's side
        return replace(m, of=key)
    if of.startswith("@"):
        noun_name, _, state = of[1:].partition(":")
        noun = linking.resources.government_nouns[noun_name]
        inner = next((keys[0] for n, keys in linking.refs.items() if n.kind == "government" and len(keys) == 1
                      and m.span.begin <= n.span.begin and n.span.end <= m.span.end), None)
        if inner:
            return replace(m, of=inner)         # "le porte-parole du gouvernement": that government, as linked
        earlier = _body_named_before(linking, noun, m) if not state else None
        if earlier:
            return replace(m, of=earlier)
        state = state or salient_state(linking, m.span.begin)
        if state is None:
            return replace(m, of=None)
        if linking.resources.entries[state].type == ORGANISATION:
            return replace(m, of=linking.from_gazetteer(state))
        name = noun.name_for(linking.resources.entries[state])
        linking.from_gazetteer(state)
        return replace(m, of=_state_body(linking, name, noun.subtype, state))
    # a gazetteer key the name inside was not linked to ("le chef du Parti démocrate" in Seoul is not the
    # American party): the name as linked
    inner = next((keys[0] for n, keys in linking.refs.items() if n.kind == "name" and n.key == of and len(keys) == 1
                  and m.span.begin <= n.span.begin and n.span.end <= m.span.end), None)
    return replace(m, of=inner) if inner and inner != of else m


_POSSESSIVES = ("son ", "sa ", "ses ", "leur ", "leurs ")


def _quoted(text: str, begin: int) -> bool:
    """Whether offset ``begin`` lies inside quotation marks (« ... »)."""
    before = text[max(0, begin - 400):begin]
    return before.rfind("«") > before.rfind("»")


def _possessive_of(m: Mention, linking: Linking) -> Mention:
    """ "son porte-parole", "Son secrétaire général": the organisation last named in the same or the
    previous sentence."""
    from dataclasses import replace
    owner = possessive_owner(m, linking)
    return replace(m, of=owner) if owner else m


def _body_may_own(m: Mention) -> bool:
    """Whether a description with no owner said may be a body's or a state's: a role, save "son
    homologue" and "son successeur", a person's."""
    return m.kind == "role" and not m.of and m.role not in ("counterpart", "winner")


_WHOSE = re.compile(r",\s*dont\s+(?:(?:le|la|l['’]|les)\s*)?$", re.I)


def _whose_of(m: Mention, linking: Linking) -> Mention:
    """ "l'Inde, dont la négociatrice Chandni Raina": a description right after "dont" belongs to the state
    or organisation named right before the comma."""
    from dataclasses import replace
    text = linking.article.text
    window = max(0, m.span.begin - 14)
    found = _WHOSE.search(text[window:m.span.begin])
    if found is None:
        return m
    comma = window + found.start()
    owner = next((keys[0] for n, keys in linking.refs.items() if n.span.end == comma and len(keys) == 1
                  and n.kind in ("name", "government")
                  and linking.builders[keys[0]].type in (PLACE, ORGANISATION)), None)
    return replace(m, of=owner) if owner else m


_STATE_STAFF = {"spokesperson", "vice_president", "ambassador"}   # a leader's, not a body's (and every minister)
# words that cite a source just before a name: "selon l'ONU", "d'après le mouvement"
CITED = re.compile(r"\b(?:selon|d['’]après)\s+(?:l['’]|la |le |les )?$", re.I)


def possessive_owner(m: Mention, linking: Linking) -> str | None:
    """The organisation a possessive description ("son vice-président") belongs to: the one last named,
    or referred to, outside quoted words, in the same or the previous sentence, a subject first."""
    if not m.text.lower().startswith(_POSSESSIVES):
        return None
    bodies = [(n.sent == m.sent, n.subject, n.span.begin, keys[0]) for n, keys in linking.refs.items()
              if len(keys) == 1 and n.span.end <= m.span.begin and m.sent - n.sent <= 1
              and n.kind in ("name", "government", "anaphor") and linking.builders[keys[0]].type == ORGANISATION
              and not _quoted(linking.article.text, n.span.begin)]
    # not "selon l'ONU", unless no other body is named ("Selon le mouvement, ... Son chef, X, a appelé")
    candidates = [c for c in bodies if not CITED.search(linking.article.text[max(0, c[2] - 12):c[2]])] or bodies
    named = next((n for n in linking.mentions if n.kind == "name" and n.key and n.start == m.end), None)
    entry = linking.resources.entries.get(named.key) if named is not None else None
    known = {o.of for o in entry.offices if o.fills(m.role)} if entry is not None and m.role else set()
    if any(c[3] in known for c in candidates):   # "contre le Hezbollah ..., après la mort de son chef Hassan
        return max(c for c in candidates if c[3] in known)[3]    # Nasrallah": the body the gazetteer knows him at
    # "Le président nigérian Bola Tinubu a assuré ... Son porte-parole", "Depuis Bogota, le président colombien
    # a affirmé ... Son ministre de l'Intérieur": the state the person just named as a subject leads (its
    # government speaks through his spokesperson), unless an organisation was that subject
    # (a role not linked yet stands for the state it names: "le président colombien")
    leaders = [(n.sent, n.span.begin, linking.side(linking.refs[n][0]) if len(linking.refs.get(n, ())) == 1 else n.of)
               for n in linking.mentions
               if n.span.end <= m.span.begin and m.sent - n.sent <= 1 and n.subject and n.type == PERSON
               and (n.kind == "name" and len(linking.refs.get(n, ())) == 1 or n.kind == "role" and n.role != "counterpart")
               and not _quoted(linking.article.text, n.span.begin)]
    state = max(leaders)[2] if leaders else None
    if state not in linking.builders or linking.builders[state].type != PLACE or any(c[1] for c in candidates) \
            or m.role not in _STATE_STAFF and not is_minister(m.role):
        state = None
    if m.role == "head_of_government" and not any(linking.builders[c[3]].subtype == "Government" for c in candidates):
        # "au président Bassirou Diomaye Faye et à son Premier ministre": the state the person named just
        # before in the sentence leads, not a body such as the assembly named before
        heads = [(n.span.begin, linking.side(linking.refs[n][0])) for n in linking.mentions
                 if n.sent == m.sent and n.span.end <= m.span.begin and n.type == PERSON and n.kind == "name"
                 and len(linking.refs.get(n, ())) == 1]
        led = max(heads)[1] if heads else None
        if led in linking.builders and linking.builders[led].type == PLACE:
            return led
    if is_minister(m.role) and state is None:
        # "contre le Premier ministre israélien X, son ministre de la Défense Y": the state of the leader named
        # right before, a comma between them
        before = max(((n.span.end, linking.side(linking.refs[n][0])) for n in linking.mentions
                      if n.sent == m.sent and n.span.end <= m.span.begin and n.type == PERSON and n.kind == "name"
                      and len(linking.refs.get(n, ())) == 1), default=None)
        if before is not None and re.fullmatch(r"\s*(?:,|et)\s*", linking.article.text[before[0]:m.span.begin]) \
                and before[1] in linking.builders and linking.builders[before[1]].type == PLACE:
            return before[1]
    # the same sentence first ("Le secrétaire général de l'ONU ..., selon son porte-parole"), a subject, the latest
    if state is None:
        return max(candidates)[3] if candidates else None
    if m.role != "spokesperson":
        return state
    government = next((k for k, b in sorted(linking.builders.items()) if b.subtype == "Government" and b.of == state
                       and b.spans), None)
    return government or state


# "le parti de gauche Die Linke", "le parti d'extrême droite Alternative pour l'Allemagne": a party's name follows
_AFTER_PARTY_NOUN = re.compile(r"\bparti\s+(?:(?:de|d'|d’|au|du|des)\s*)?[\w'’ -]{0,25}\s$", re.I)


def _kind_before(m: Mention, text: str, resources: Resources) -> str | None:
    """The kind of body a noun before a new name says it is: "le parti de gauche Die Linke" (a party), "le
    constructeur automobile suédois Volvo Cars" (a company)."""
    before = text[max(0, m.span.begin - 40):m.span.begin]
    if _AFTER_PARTY_NOUN.search(before):
        return "Party"
    words = fold(before).split()[-3:]
    if any(resources.class_nouns.get(w) == frozenset({"Company"}) for w in words) \
            and not _named_as_no_company(strip_article(m.text), resources):
        return "Company"                  # (not "la direction du Parti conservateur": a party's own noun says so)
    return None


_HOUSE_WORDS = ("parlement", "assemblee", "congres", "chambre", "senat", "diete")


def _bare_house_into_body(linking: Linking) -> None:
    """ "le Parlement adopte la loi" in a title, then "Le Parlement géorgien a adopté": the bare name is
    the one state's parliament the article names by a demonym, not a body of its own; and "le Parlement"
    where the article names one house only ("L'Assemblée nationale"), no senate beside it, is that house."""
    for key, builder in list(linking.builders.items()):
        word = fold(builder.name)
        if builder.type != ORGANISATION or builder.subtype or key in linking.resources.entries \
                or word not in _HOUSE_WORDS:
            continue
        bodies = [k for k, b in linking.builders.items() if b.subtype == "Parliament" and b.spans
                  and fold(b.name).startswith(word + " ")]
        house = _house_named(linking, besides=key) if word == "parlement" else None
        houses = [house] if house and not fold(strip_article(linking.builders[house].name)).startswith("senat") else []
        bodies = bodies or houses
        if len(bodies) != 1:
            continue
        for m, keys in list(linking.refs.items()):
            if keys == (key,):
                linking.refs[m] = (bodies[0],)
                linking.builders[bodies[0]].add(m)
        del linking.builders[key]


def _house_named(linking: Linking, besides: str | None = None) -> str | None:
    """The one parliament the article names ("le Congrès", "le Parlement", "la Knesset"), ``besides`` apart."""
    found = {key for key, b in linking.builders.items() if b.spans and key != besides and is_house(linking, key)}
    return found.pop() if len(found) == 1 else None


def is_house(linking: Linking, key: str) -> bool:
    """Whether entity ``key`` is a parliament or one of its houses ("le Sénat", "la Knesset")."""
    b = linking.builders.get(key)
    return b is not None and b.type == ORGANISATION and (
        b.subtype == "Parliament" or getattr(linking.resources.entries.get(key), "kind", None) == "Parliament"
        or fold(strip_article(b.name)).split(" ")[0] in _HOUSE_WORDS)


def _house_of(resources: Resources, state: str) -> str | None:
    """The one parliament the gazetteer knows for ``state`` (the Bundestag for Germany), if one."""
    houses = [e.key for e in resources.entries.values() if e.kind == "Parliament" and e.located_in == state]
    return houses[0] if len(houses) == 1 else None


_OF_PLACE = re.compile(r"\s+(?:de\s+l['’]\s*|de\s+la\s+|du\s+|de\s+)")


def _title_territory(linking: Linking) -> str | None:
    """The territory of a state that governs itself a title opens with before a colon ("Hong Kong : ...",
    "Groenland : ..."), whose own government and police the article's bare nouns name."""
    entries = linking.resources.entries
    first = _title_opening(linking)
    if first is None:
        return None
    keys = linking.refs[first]
    entry = entries.get(keys[0]) if len(keys) == 1 else None
    return entry.key if entry is not None and entry.kind == "Region" and entry.located_in \
        and getattr(entries.get(entry.located_in), "kind", None) == "Country" else None


def _region_after(linking: Linking, m: Mention) -> Mention | None:
    """The linked name of a place that is no state right after a government noun ("le gouvernement de
    l'Alberta", "du Groenland"), if any."""
    joined = _OF_PLACE.match(linking.article.text, m.span.end)
    if joined is None:
        return None
    return next((other for other in linking.mentions if other.span.begin == joined.end() and other.kind == "name"
                 and other.type == PLACE and linking.refs.get(other)
                 and (not other.key or getattr(linking.resources.entries.get(other.key), "kind", None) == "Region")),
                None)                   # (a region the gazetteer knows too: "le gouvernement du Groenland")


def _junta_of(linking: Linking, state: str) -> str | None:
    """The junta the article names as ruling ``state``, if any."""
    noun = linking.resources.government_nouns.get("junte")
    name = noun.name_for(linking.resources.entries[state]) if noun is not None else None
    return next((key for key, b in sorted(linking.builders.items()) if b.of == state and b.name == name), None)


def _state_body(linking: Linking, name: str, subtype: str | None, state: str | None) -> str:
    """The key of a state's body called ``name``: its gazetteer entry when it has one ("ministère
    français des Affaires étrangères" is the Quai d'Orsay), else a new organisation of that state."""
    known = linking.resources.name_index.get(fold(name))
    if known is not None:
        return linking.from_gazetteer(known)
    return linking.new(f"organization-{slug(name)}", name, ORGANISATION, name_lang=linking.resources.lang,
                       subtype=subtype, of=state)


_OPPOSITION_BEFORE = re.compile(r"\b(?:parti|coalition)\s+(?:\w+\s+)?d['’]\s*opposition\s*,\s*(?:(?:le|la)\s+|l['’])?$", re.I)
_OPPOSITION_AFTER = re.compile(r"^\s*,\s*(?:(?:le|la|l['’]|une)\s*)?(?:principal\s+|principale\s+|premier\s+)?"
                               r"(?:parti|coalition(?:\s+de\s+partis)?)\s+d['’]\s*opposition\b", re.I)


def _opposition_party(linking: Linking) -> str | None:
    """The one organisation the article calls the opposition party: "Le principal parti d'opposition,
    Chadema", "Chadema, le principal parti d'opposition", "le Parti démocrate, principal parti d'opposition"."""
    text = linking.article.text
    found = {keys[0] for n, keys in linking.refs.items() if n.kind == "name" and len(keys) == 1
             and linking.builders[keys[0]].type == ORGANISATION
             and (_OPPOSITION_BEFORE.search(text[max(0, n.span.begin - 60):n.span.begin])
                  or _OPPOSITION_AFTER.match(text[n.span.end:n.span.end + 50]))}
    return found.pop() if len(found) == 1 else None


COURT_WORDS = ("cour", "tribunal", "juridiction")       # the first words of a court's name
RANKS = frozenset({"haute", "haut", "grande", "grand", "supreme"})   # "la Haute Cour": words of rank before them


def first_word(name: str) -> str:
    """The first word of a body's name past its article and any word of rank ("Haute Cour" → "cour")."""
    return next((w for w in fold(strip_article(name)).split(" ") if w not in RANKS), "")


def _court_named(linking: Linking) -> str | None:
    """The one court the article names, if it names only one: what "la justice" stands for."""
    found = {key for key, b in linking.builders.items() if b.type == ORGANISATION and b.spans
             and first_word(b.name) in COURT_WORDS and key not in linking.resources.entries}
    return found.pop() if len(found) == 1 else None


def _body_named_before(linking: Linking, noun, before: Mention) -> str | None:
    """The latest body of the kind ``noun`` names ("armée {adj}") already named before ``before``."""
    head = noun.name.split("{adj}")[0]
    found = [(min(s.begin for s in b.spans), key) for key, b in linking.builders.items()
             if b.type == ORGANISATION and b.spans and b.name.startswith(head) and b.subtype == noun.subtype
             and min(s.begin for s in b.spans) < before.span.begin]
    return max(found)[1] if found else None


def _fronted_capital(linking: Linking, m: Mention) -> str | None:
    """ "A Paris, le ministère des Affaires étrangères": the state whose capital opens the sentence."""
    for n in linking.mentions:
        if n.sent == m.sent and n.kind == "name" and n.locative and n.span.end <= m.span.begin \
                and linking.article.text[n.span.end:m.span.begin].strip() == ",":
            entry = linking.resources.entries.get(n.key or "")
            return entry.stands_for if entry and entry.stands_for else None
    return None


def _led_state(linking: Linking, m: Mention) -> str | None:
    """The state whose leader a government's name holds ("l'administration Trump"), if the gazetteer says
    which."""
    for n, keys in linking.refs.items():
        if n.kind == "name" and n.type == PERSON and len(keys) == 1 and m.span.begin < n.span.begin \
                and n.span.end <= m.span.end:
            side = linking.side(keys[0])
            entry = linking.resources.entries.get(side)
            return side if entry is not None and entry.kind == "Country" else None
    return None


_CLAUSE_BREAK = re.compile(r",\s*(?:tandis\s+qu|alors\s+qu|mais\b)|;")


def _subject_state(linking: Linking, m: Mention) -> str | None:
    """ "Le Premier ministre israélien Benjamin Netanyahu a ordonné à l'armée": the state of the actor the
    sentence opens with, when it is a state or one of its people."""
    opening = sorted((n.span.begin, keys[0]) for n, keys in linking.refs.items()
                     if n.sent == m.sent and n.span.end <= m.span.begin and len(keys) == 1 and not n.locative)
    if opening:               # the clause's own opening: "La France a condamné ..., tandis que l'Union africaine a
        #                       appelé l'armée à": the Gabonese army, not France's
        clause = max((b.end() for b in _CLAUSE_BREAK.finditer(linking.article.text, opening[0][0], m.span.begin)),
                     default=0)
        opening = [o for o in opening if o[0] >= clause]
    if not opening:
        return None
    side = linking.side(opening[0][1])
    entry = linking.resources.entries.get(side)
    if entry is None or entry.kind != "Country":
        return None
    noun = linking.resources.government_nouns.get(m.role or "")
    if noun is not None and noun.subtype == "Government" and not m.subject \
            and side != salient_state(linking, m.span.begin):
        return None           # "Marco Rubio a exhorté les autorités de transition": those of the state the
        #                       story is about, not the speaker's own
    return side


def _doc_slug(article: Article) -> str:
    return slug(article.name.split(".")[0])[:24]


def _state_of(key: str | None, resources: Resources) -> str | None:
    entry = resources.entries.get(key or "")
    return entry.stands_for if entry and entry.stands_for else key


_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|at|an|ash|ibn)-")     # "al-Soudani", "el-Sissi"
_LIST_GAP = re.compile(r"\s*(,|,?\s*et)\s*(l['’]|la\s|le\s|les\s)?\s*$")


def _last_list(countries: list[tuple[tuple[int, int], str]], count: int, text: str) -> list[str] | None:
    """The countries of the last list of exactly ``count`` names joined by commas and "et", from
    (character bounds, key) pairs in reading order."""
    runs: list[list[str]] = []
    previous_end = None
    for (begin, end), key in countries:
        if previous_end is not None and _LIST_GAP.match(text[previous_end:begin]):
            runs[-1].append(key)
        else:
            runs.append([key])
        previous_end = end
    lists = [run for run in runs if len(set(run)) == count == len(run)]
    return lists[-1] if lists else None


def _first_position(linking: Linking, key: str) -> int:
    spans = linking.builders[key].spans
    return min(s.begin for s in spans) if spans else 1 << 30


