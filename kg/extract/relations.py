"""Stable relations stated or presupposed by the article: head of, spokesperson of, member of, located in."""
from __future__ import annotations

import re

from kg.extract.document import Sentences, becoming_member, children, feats, lemma, norm, tokens_of
from kg.extract.names import DIRECTIONS, after_party_noun
from kg.link import Linking, main_company, possessive_owner, state_of_portfolio
from kg.model import ORGANISATION, PERSON, PLACE, Relation, Span
from kg.naming import salient_state
from kg.resources import Resources, fold, is_minister
from kg.roles import CITY_OFFICES, feminine

__all__ = ["extract_relations", "PREDICATES"]

PREDICATES = ("headOf", "memberOf", "spokespersonOf", "locatedIn")
_SHORES = {"cote", "littoral", "rive"}


def _counterpart_office(m, linking: Linking):
    """The office a counterpart holds: that of the person named just before in the sentence, as the article
    described him before ("le ministre pakistanais de la Défense Khawaja Asif et son homologue afghan"; "le
    ministre russe des Affaires étrangères X ... M. X s'était entretenu avec son homologue"), or None."""
    ordered = sorted(linking.refs, key=lambda n: n.start, reverse=True)
    owner = next((linking.refs[n] for n in ordered if n.sent == m.sent and n.end <= m.start and n.type == PERSON
                  and n.kind in ("name", "role") and n.role != "counterpart"), None)
    if owner is None or len(owner) != 1:
        return None
    return next((n for n in ordered if n.kind == "role" and n.end <= m.start and linking.refs[n] == owner
                 and n.role not in ("counterpart", None) and n.relation), None)


_INTERIM = {"interimaire", "provisoire", "transitoire", "transition"}


def extract_relations(doc, sentences: Sentences, linking: Linking, resources: Resources) -> list[Relation]:
    """Relations from role descriptions ("le président russe" → head of Russia), anonymous sources
    (member of their organisation) and place appositions ("Wilmington, son fief du Delaware")."""
    toks = tokens_of(doc)
    found: dict[tuple[str, str, str], Relation] = {}
    role_words = {w for r in resources.roles for w in fold(r.noun).split()}     # "général" in "directeur général"

    def add(subject, predicate, obj, span, confidence, rule):
        # (never to an actor the article does not name: a known office's state, when a territory's body stands in)
        if subject != obj and (subject, predicate, obj) not in found and obj in linking.builders:
            found[(subject, predicate, obj)] = Relation(subject, predicate, obj, span, confidence, rule)

    dateline = linking.dateline
    ordered = sorted(linking.refs.items(), key=lambda mk: mk[0].span)     # every mention and its actors, in reading order
    for m, keys in ordered:
        if m.kind not in ("role", "anonymous") or len(keys) != 1 or not m.relation:
            continue
        if m.kind == "role" and _to_become(toks, sentences, m.start):
            continue                         # "deviendra le 1er janvier le premier maire musulman de X": not yet
        if m.kind == "role" and m.end + 1 < len(doc) and sentences.norms[m.end] in ("du", "de") \
                and (inner := linking.mention_at_token(m.end + 1) or linking.mention_at_token(m.end + 2)) is not None \
                and inner.kind == "role" and linking.refs.get(inner) == keys:
            continue                         # "Le porte-parole du secrétaire général de l'ONU, X": X holds the office
            #                                  named last, not the first one
        obj = m.of or _office_of(resources, keys[0], m.role, linking.article.date) \
            or (possessive_owner(m, linking) if m.role != "counterpart" else None) \
            or (state_of_portfolio(m, linking) if m.kind == "role" and is_minister(m.role)
                else None)        # "le ministère sud-coréen des Affaires étrangères", then "Le vice-ministre des
        #                           Affaires étrangères, X": Seoul's
        # "Le syndicat ..., a affirmé son vice-président": its owner, once all is linked; "son hôte" is no office
        home = dateline or (linking.only_country if is_minister(m.role) else None)
        if obj is None and home and m.kind == "role" and (m.role in _NATIONAL_OFFICES or is_minister(m.role)) \
                and not (m.end < len(doc) and sentences.norms[m.end] in ("de", "du", "d'", "des")) \
                and not _ELECT & set(fold(m.text).split()) and not fold(m.text).startswith(("son ", "sa ", "leur ")):
            obj = home                       # "Thaïlande : la Première ministre X suspendue": Thailand's;
            #                                  "Le ministre de l'Industrie, X" in a story about France: France's
            #                                  (not "la nouvelle présidente" an election has just chosen)
        if obj is None and m.kind == "role" and m.role == "leader" and m.relation == "headOf" \
                and not (m.end < len(doc) and sentences.norms[m.end] in ("de", "du", "d'", "des")) \
                and not (m.end - m.start >= 2 and toks[m.end - 1].pos_ == "ADJ" and toks[m.end - 1].text.islower()
                         and fold(toks[m.end - 1].text) not in role_words):
            obj = main_company(linking)      # "Le directeur général, Kelly Ortberg" in a story about Boeing: its head
            #                                  (not "Le chef conservateur X": a leaning, a party's)
        if obj is None and m.kind == "role" and m.role in CITY_OFFICES \
                and not _OWN_COMPLEMENT.match(linking.article.text[m.span.end:m.span.end + 60]) \
                and not _ELECT & set(fold(m.text).split()):     # (not "le nouveau maire" just elected)
            obj = _local_place(linking, m)   # "Le gouverneur Eduardo Leite" in a story about a region: its head
        if obj is None:
            continue
        if m.role in ("leader", "head_of_state", "head_of_government") and obj == m.of and feminine(m) \
                and (holders := resources.holders_of(m.role, obj, linking.article.date)) \
                and all(h.gender == "m" for h in holders) and linking.builders[keys[0]].gender != "m" \
                and not any(n.kind == "name" and m.end <= n.start <= m.end + 1 and ks == keys
                            for n, ks in linking.refs.items()):      # (not "Le Premier ministre par intérim, X")
            continue                         # "la dirigeante française" for Marine Le Pen: the gazetteer knows
            #                                  who leads France, and he is a man
        entry = resources.entries.get(obj)
        predicate, role = m.relation, m.role
        if m.role == "counterpart" and (office := _counterpart_office(m, linking)) is not None:
            predicate, role = office.relation, office.role     # "le ministre pakistanais de la Défense X et son
            #                                                     homologue afghan, Y": Y is Afghanistan's minister
        if m.relation == "headOf" and entry and entry.stands_for and m.role not in CITY_OFFICES \
                and not set(m.text.lower().split()) & set(resources.place_nouns):
            obj = entry.stands_for           # "l'homme fort du Kremlin" leads Russia (not "la présidente de la
            #                                  région de Madrid", the region's, nor "le maire de Varsovie")
            if entry.kind == "Ministry":
                predicate = "memberOf"       # "le chef du Pentagone": a minister of the state, not its head
        government = linking.builders.get(obj)
        if m.role in ("head_of_government", "leader") and government is not None and government.subtype == "Government" \
                and government.of in linking.builders:
            if m.role == "leader" and government.spans:
                add(keys[0], m.relation, obj, m.span, 0.85, f"role-description:{m.role}")   # the junta itself
            obj = government.of              # "la cheffe du gouvernement", "le chef de la junte" lead the country
        if obj not in linking.builders:
            linking.from_gazetteer(obj) if obj in resources.entries else None
        if obj not in linking.builders or not linking.builders[obj].spans:
            continue
        if m.kind == "anonymous" and entry is not None and entry.kind in ("Region", "Continent"):
            continue                         # "un diplomate ouest-africain" belongs to no region
        if m.kind == "anonymous":
            gov = next((k for k, b in linking.builders.items() if b.subtype == "Government" and b.of == m.of and b.spans), None)
            add(keys[0], m.relation if m.relation != "headOf" else "memberOf", gov or obj, m.span, 0.6, "anonymous-source")
        else:
            add(keys[0], predicate, obj, m.span, 0.85, f"role-description:{role}")
    # "Bola Tinubu, qui préside la Cédéao", "qui a pris la tête du pays"
    for m, keys in ordered:
        if m.type == PERSON and m.kind in ("name", "role") and len(keys) == 1:
            found_verb = _relation_verb(doc, m.end, resources)
            if found_verb:
                predicate, after = found_verb
                held = next((n for n in linking.mentions if after <= n.start < after + 4
                             and n in linking.refs and n.kind != "demonym" and len(linking.refs[n]) == 1
                             and linking.type_of(linking.refs[n][0]) in (ORGANISATION, PLACE)), None)
                obj = linking.refs[held] if held is not None else None
                if obj and not _bounded_in_time(doc, held.end):
                    add(keys[0], predicate, obj[0], m.span, 0.75, "relative-clause-verb")
    # "Les coprésidents de l'AfD, Alice Weidel et Tino Chrupalla": each person named after a plural office
    for m, keys in ordered:
        if m.kind != "group" or m.type != ORGANISATION or not m.of or m.of not in linking.builders \
                or m.end >= len(doc) or toks[m.end].text != ",":
            continue
        predicate = "headOf" if m.role in ("leader", "head_of_state", "head_of_government", "secretary_general") else "memberOf"
        k = m.end + 1
        while k < len(doc):
            named = linking.mention_at_token(k)
            if named is None or named.type != PERSON or named.start != k or len(linking.refs.get(named, ())) != 1:
                break
            add(linking.refs[named][0], predicate, m.of, m.span, 0.8, f"role-description:{m.role}")
            k = named.end
            if k < len(doc) and sentences.norms[k] in ("et", ","):
                k += 1
            else:
                break
    # "X a annoncé sa démission de la tête du Parti libéral": the body the subject leaves the head of
    norms = sentences.norms
    for k in range(3, len(doc) - 2):
        if norms[k] != "tete" or norms[k - 1] != "la" or norms[k - 2] not in ("de", "d'") \
                or not any(norms[t] in _LEAVING for t in range(max(0, k - 5), k - 2)) \
                or norms[k + 1] not in ("du", "de", "des", "d'"):
            continue
        body = next((linking.mention_at_token(t) for t in range(k + 2, min(len(doc), k + 4))
                     if linking.mention_at_token(t) is not None), None)
        sent = sentences.of[k]
        subject = next((n for n, ks in linking.refs.items() if n.sent == sent and n.subject and len(ks) == 1
                        and n.start < k and linking.type_of(ks[0]) == PERSON), None)
        if body is not None and subject is not None and len(linking.refs.get(body, ())) == 1 \
                and linking.type_of(linking.refs[body][0]) == ORGANISATION:
            add(linking.refs[subject][0], "headOf", linking.refs[body][0], body.span, 0.7, "head-left")
    # "Narendra Modi ..., où son parti, le BJP, a perdu": the party of the person the sentence is about
    for m, keys in ordered:
        if m.kind != "anaphor" or len(keys) != 1 or not m.text.lower().startswith(("son ", "sa ", "leur ")) \
                or "Party" not in resources.class_nouns.get(m.role or "", ()):
            continue
        owner = _possessive_person(m, linking)   # "Bobi Wine, ... a rejeté. Selon son parti, la NUP": his
        if owner:
            add(owner, "memberOf", keys[0], m.span, 0.7, "possessive-party")
    # "X a répété que son Parti national ne voterait pas": a party named after a possessive is the person's
    for m, keys in ordered:
        builder = linking.builders[keys[0]] if len(keys) == 1 else None
        if m.kind != "name" or builder is None or m.start < 1 \
                or sentences.norms[m.start - 1] not in ("son", "sa", "leur") \
                or not (builder.subtype == "Party" or fold(builder.name).startswith("parti ")):
            continue
        owner = _possessive_person(m, linking)
        if owner:
            add(owner, "memberOf", keys[0], m.span, 0.7, "possessive-party")
    # "Le parti de M. Thiam, le PDCI": the party in apposition to a party noun and the person it is of
    for m, keys in ordered:
        if m.kind != "name" or len(keys) != 1 or linking.type_of(keys[0]) != ORGANISATION or m.start < 6 \
                or sentences.norms[m.start - 1] not in ("le", "la", "l'") or toks[m.start - 2].text != ",":
            continue
        person = linking.mention_at_token(m.start - 3)
        if person is not None and person.type == PERSON and len(linking.refs.get(person, ())) == 1 \
                and after_party_noun(doc, m.start, resources):
            add(linking.refs[person][0], "memberOf", keys[0], m.span, 0.75, "party-of-person")
    # "Luisa González, du mouvement Révolution citoyenne,": the party a person is said to be of, in apposition
    # (or "X, du Parti démocrate,", a party by its name)
    for m, keys in ordered:
        if m.kind != "name" or len(keys) != 1 or linking.type_of(keys[0]) != ORGANISATION or m.start < 5:
            continue
        party = linking.builders[keys[0]].subtype == "Party" or fold(linking.builders[keys[0]].name).startswith("parti ")
        k = m.start - 1 if "Party" in resources.class_nouns.get(sentences.norms[m.start - 1], ()) \
            else m.start if party else None
        if k is None or sentences.norms[k - 1] not in ("du", "de") or toks[k - 2].text != ",":
            continue
        person = linking.mention_at_token(k - 3)
        if person is not None and person.kind == "name" and person.type == PERSON and person.end == k - 2 \
                and len(linking.refs.get(person, ())) == 1:
            add(linking.refs[person][0], "memberOf", keys[0], m.span, 0.75, "party-of-person")
    # "Le Parti libéral du Premier ministre canadien Mark Carney", "L'Alliance démocratique (AD) du Premier
    # ministre X": the party of the person named after it
    for m, keys in ordered:
        k = m.end + 3 if m.end + 3 < len(doc) and toks[m.end].text == "(" and toks[m.end + 2].text == ")" \
            else m.end + 1 if m.end + 1 < len(doc) and toks[m.end].text == ")" and toks[m.start - 1].text == "(" \
            else m.end            # (or the acronym itself: "Le parti uMkhonto we Sizwe (MK) de l'ancien président")
        if m.kind != "name" or len(keys) != 1 or linking.type_of(keys[0]) != ORGANISATION or k + 1 >= len(doc) \
                or sentences.norms[k] not in ("du", "de") \
                or linking.builders[keys[0]].subtype in ("IGO", "Agency", "Seat", "Government", "Ministry"):
            continue                  # (past its acronym: "L'Alliance démocratique (AD) du Premier ministre X")
        after = linking.mention_at_token(k + 1) or linking.mention_at_token(k + 2)
        if after is not None and after.type == PERSON and len(linking.refs.get(after, ())) == 1:
            # "Reform UK de Nigel Farage": the one it is named after leads it; "du Premier ministre X": a member
            led = after.kind == "name" and after.start == k + 1 or after.kind == "role" \
                and re.match(r"(?:l['’]\s*)?(?:ancien|ancienne|ex-)", after.text.lower()) is not None
            #     (and "de l'ancien président Jacob Zuma": no office in the way, the party is his)
            add(linking.refs[after][0], "headOf" if led else "memberOf", keys[0], m.span, 0.75, "party-of-person")
    # a state's ministries belong to it: "le ministère russe de la Défense"
    # and so does its parliament: "Le Parlement sud-africain"
    for key, builder in sorted(linking.builders.items()):
        if builder.type == ORGANISATION and builder.subtype in ("Ministry", "Parliament") \
                and builder.of in linking.builders \
                and builder.spans and linking.builders[builder.of].spans and linking.type_of(builder.of) == PLACE:
            add(key, "memberOf", builder.of, min(builder.spans), 0.8,
                "ministry-of-state" if builder.subtype == "Ministry" else "institution-of-state")
    # a state's institutions belong to it: "la Cour suprême des Etats-Unis", "la Cour constitutionnelle
    # thaïlandaise", "le Congrès" (a national body the gazetteer knows)
    for m, keys in ordered:
        if m.kind != "name" or m.type != ORGANISATION or len(keys) != 1 \
                or fold(m.text).startswith(("commission electorale", "la commission electorale")):
            continue              # (an election's referee is told apart from the state, as its government is)
        entry = resources.entries.get(keys[0])
        state = entry.located_in if entry is not None and entry.kind == "Parliament" else None
        parent = resources.entries.get(entry.located_in or "") if entry is not None and entry.kind == "IGO" else None
        after = linking.mention_at_token(m.end + 1) if m.end + 1 < len(doc) and sentences.norms[m.end] in ("de", "du", "des") else None
        if parent is not None and parent.type == ORGANISATION and parent.key in linking.builders \
                and any(not m.span.begin <= s.begin < m.span.end for s in linking.builders[parent.key].spans) and (
                any(fold(name) in fold(m.text) for name in parent.names)
                or after is not None and linking.refs.get(after) == (parent.key,)):
            # "le Conseil de sécurité de l'ONU": an organ, and the organisation its name says it is of
            add(keys[0], "memberOf", parent.key, m.span, 0.8, "organ-of-organisation")
        inner = next((resources.name_index.get(fold(doc[k:m.end].text)) for k in range(m.start + 2, m.end)
                      if sentences.norms[k - 1] in ("de", "du", "des", "d'")), None) if entry is None else None
        if inner and resources.entries[inner].kind == "Country":
            state = inner                    # "la Chambre de commerce des Etats-Unis": the state its name ends on
        elif entry is None and sentences.norms[m.start] in resources.organisation_nouns \
                and m.end - m.start > 1 and sentences.norms[m.end - 1] in resources.demonym_index() \
                and getattr(resources.entries.get(resources.demonym_index()[sentences.norms[m.end - 1]]), "kind", None) == "Country":
            state = resources.demonym_index()[sentences.norms[m.end - 1]]     # "Le Parlement géorgien"
        elif entry is None and sentences.norms[m.start] in resources.organisation_nouns:
            after = linking.mention_at_token(m.end + 1) if m.end + 1 < len(doc) and sentences.norms[m.end] in ("de", "du", "des") \
                else linking.mention_at_token(m.end) if m.end < len(doc) else None
            if after is not None and after.start in (m.end, m.end + 1) and after.kind in ("name", "demonym") \
                    and len(linking.refs.get(after, ())) == 1:
                found_state = linking.refs[after][0]
                known = resources.entries.get(found_state)
                state = found_state if known is not None and known.kind == "Country" else None
        party = {"Party", "Union", "Group"} & resources.class_nouns.get(sentences.norms[m.start], frozenset())
        if state and state in linking.builders and linking.builders[state].spans and not party:
            # (not "le Parti démocratique de Côte d'Ivoire": a party of the country, no institution of the state)
            add(keys[0], "memberOf", state, m.span, 0.75, "institution-of-state")
    # what a participle set after an organisation's name says of it: who heads it ("Le parti centriste D66,
    # emmené par Rob Jetten"), where it is ("Iran Human Rights, basée en Norvège"), which network it belongs
    # to ("le JNIM, lié à Al-Qaïda")
    heading = {words[0] for words, predicate in resources.relation_verbs.items() if predicate == "headOf" and len(words) == 1}
    for m, keys in ordered:
        if m.kind not in ("name", "anaphor") or len(keys) != 1 or linking.type_of(keys[0]) != ORGANISATION:
            continue
        k = m.end + 1 if m.end < len(doc) and toks[m.end].text == ")" else m.end     # "(JNIM), lié à"
        # (past an apposition naming the body's kind: "le Parti du progrès, une formation populiste dirigée par")
        p = _past_kind(doc, sentences, k) if k < len(doc) and toks[k].text == "," else k + 1
        if p + 2 < len(doc) and toks[k].text == "," and "Part" in feats(toks[p], "VerbForm") \
                and fold(toks[p].lemma_) in heading and sentences.norms[p + 1] == "par":
            # "emmené par Rob Jetten", "dirigées par le général Mohamed Hamdan Daglo": past a title
            leader = next((n for n in (linking.mention_at_token(t) for t in range(p + 2, min(len(doc), p + 5)))
                           if n is not None and len(linking.refs.get(n, ())) == 1
                           and linking.type_of(linking.refs[n][0]) == PERSON), None)
            if leader is not None and all(toks[t].pos_ in ("DET", "NOUN") and toks[t].text.islower()
                                          or sentences.norms[t] in resources.titles      # "menée par M. Boko"
                                          for t in range(p + 2, leader.start)):
                add(linking.refs[leader][0], "headOf", keys[0], Span(m.span.begin, leader.span.end), 0.75, "led-by")
            continue
        if m.kind != "name":
            continue
        if k + 3 < len(doc) and toks[k].text == "," and sentences.norms[k + 1] in _BASED \
                and sentences.norms[k + 2] in ("a", "au", "aux", "en", "dans"):
            seat = linking.mention_at_token(k + 3) or linking.mention_at_token(k + 4)
            if seat is not None and seat.kind == "name" and len(linking.refs.get(seat, ())) == 1 \
                    and linking.type_of(linking.refs[seat][0]) == PLACE:
                # "Iran Human Rights, basée en Norvège"
                add(keys[0], "locatedIn", linking.refs[seat][0], Span(m.span.begin, seat.span.end), 0.75, "based-in")
            continue
        if k + 2 >= len(doc) or toks[k].text != "," or sentences.norms[k + 1] not in _AFFILIATED \
                or sentences.norms[k + 2] not in ("a", "au", "aux", "a l'"):
            continue
        j = k + 3
        while j < len(doc) and sentences.norms[j] in ("la", "l'", "le", "les"):
            j += 1
        network = linking.mention_at_token(j)
        if network is not None and network.kind == "name" and len(linking.refs.get(network, ())) == 1 \
                and linking.type_of(linking.refs[network][0]) == ORGANISATION and linking.refs[network][0] != keys[0]:
            add(keys[0], "memberOf", linking.refs[network][0], Span(m.span.begin, network.span.end), 0.75, "affiliated")
    # "reliant l'Azerbaïdjan à son enclave du Nakhitchevan": a place its state's possessive noun names
    for m, keys in ordered:
        if m.kind != "name" or len(keys) != 1 or linking.type_of(keys[0]) != PLACE or m.start < 3 \
                or sentences.norms[m.start - 1] not in ("du", "de", "d'") \
                or toks[m.start - 2].lemma_ not in resources.place_nouns \
                or sentences.norms[m.start - 3] not in ("son", "sa", "ses"):
            continue
        begin = sentences.tokens[sentences.of[m.start]][0]
        owner = next((linking.refs[n][0] for n in reversed(linking.mentions) if begin <= n.start < m.start - 3
                      and n.kind == "name" and len(linking.refs.get(n, ())) == 1
                      and getattr(resources.entries.get(linking.refs[n][0]), "kind", None) == "Country"), None)
        if owner and owner != keys[0]:
            add(keys[0], "locatedIn", owner, m.span, 0.7, "possessive-place")
    # "la capitale, Port-au-Prince", "à Maputo, la capitale": the capital of the state the gazetteer puts it in
    for m, keys in ordered:
        entry = resources.entries.get(keys[0]) if m.kind == "name" and len(keys) == 1 else None
        if entry is not None and entry.kind == "City" and m.start >= 2 and toks[m.start - 1].text == "," \
                and sentences.norms[m.start - 2] == "capitale" and entry.located_in in linking.builders \
                and linking.builders[entry.located_in].spans:
            add(keys[0], "locatedIn", entry.located_in, m.span, 0.8, "capital-apposition")
        elif entry is not None and entry.kind == "City" and m.end + 2 < len(doc) and toks[m.end].text == "," \
                and sentences.norms[m.end + 1] == "la" and sentences.norms[m.end + 2] == "capitale" \
                and entry.located_in in linking.builders and linking.builders[entry.located_in].spans:
            add(keys[0], "locatedIn", entry.located_in, m.span, 0.8, "capital-apposition")   # "Maputo, la capitale"
    # place appositions: "X, son fief du Y", "X, ville de Y", "X (Y)"
    places = [(m, keys) for m, keys in linking.refs.items() if m.kind == "name" and len(keys) == 1
              and linking.type_of(keys[0]) == PLACE]
    by_start = {m.start: (m, keys) for m, keys in places}
    place_nouns = {fold(noun) for noun in resources.place_nouns}      # "dans l'Etat du Michoacan", accent or not
    containers = {m.start: (m, keys) for m, keys in linking.refs.items() if m.kind == "anaphor" and len(keys) == 1
                  and linking.type_of(keys[0]) == PLACE}             # "la capitale du territoire"
    for m, keys in places:
        i = m.end
        if i < len(doc) and toks[i].text == "(" and i + 1 in by_start:
            inner = by_start[i + 1]
            add(keys[0], "locatedIn", inner[1][0], m.span, 0.7, "place-parenthesis")
            continue
        if i >= len(doc) or toks[i].text != ",":
            continue
        person = linking.mention_at_token(i + 1) if i + 1 < len(doc) else None
        if person is not None and person.kind == "name" and person.type == PERSON and person.start == i + 1 \
                and person.end < len(doc) and toks[person.end].text == "," and m.start >= 2 \
                and sentences.norms[m.start - 1] in ("de", "d'") and linking.mention_at_token(m.start - 2) is not None:
            i = person.end        # "le maire d'Uruapan, Carlos Manzo, dans l'Etat du Michoacan": past the office's
            #                       holder
        if i + 3 < len(doc) and sentences.norms[i + 1] == "dans" \
                and sentences.norms[i + 2] in ("les", "le", "la", "l'") \
                and (comma := next((k for k in range(i + 3, min(len(doc), i + 8)) if toks[k].text in (",", ".")),
                                   None)) \
                and toks[comma].text == "," and not any(k in by_start for k in range(i + 3, comma)) \
                and comma + 2 < len(doc) and sentences.norms[comma + 1] in ("en", "au", "aux") and comma + 2 in by_start:
            i = comma             # "le village de Tarasin, dans les monts Marra, au Darfour": past a place no name
            #                       stands for
        if i + 2 < len(doc) and sentences.norms[i + 1] in ("en", "au", "aux", "a") and i + 2 in by_start:
            other = by_start[i + 2]                                    # "Bakou, en Azerbaïdjan"
            entry = resources.entries.get(other[1][0])
            if sentences.norms[i + 1] == "a":    # "l'aéroport d'Heathrow, à Londres": a place no gazetteer knows,
                if entry is not None and entry.kind == "City" and keys[0] not in resources.entries:    # in a city
                    add(keys[0], "locatedIn", other[1][0], Span(m.span.begin, other[0].span.end), 0.75,
                        "place-apposition")
                continue
            if entry is None or entry.kind in ("Country", "Region"):
                add(keys[0], "locatedIn", other[1][0], Span(m.span.begin, other[0].span.end), 0.75, "place-apposition")
                continue
        if i + 4 < len(doc) and sentences.norms[i + 1] in ("dans", "sur") \
                and sentences.norms[i + 2] in ("le", "la", "l'") \
                and (sentences.norms[i + 3] in DIRECTIONS | _SHORES or fold(toks[i + 3].lemma_) in place_nouns):
            k = i + 4               # "Cologne, dans l'ouest de l'Allemagne", "X, dans le département d'Y", "sur la
            #                         côte ouest du Japon"
            while k < min(len(doc), i + 8) \
                    and sentences.norms[k] in {"de", "du", "d'", "des", "la", "l'", "le"} | DIRECTIONS:
                k += 1
            other = by_start.get(k)
            if other is None and k in containers and containers[k][1][0] == salient_state(linking, m.span.begin):
                other = containers[k]            # "dans le sud-est du pays": the country the article is about
            entry = resources.entries.get(other[1][0]) if other is not None else None
            if other is not None and (entry is None or entry.kind in ("Country", "Region")
                                      or entry.kind == "City" and sentences.norms[i + 3] in DIRECTIONS):
                add(keys[0], "locatedIn", other[1][0], Span(m.span.begin, other[0].span.end), 0.75, "place-apposition")
                continue                         # (and "Hayes, dans l'ouest de Londres")
        if i + 4 < len(doc) and sentences.norms[i + 1] in ("au", "a") and sentences.norms[i + 2] in DIRECTIONS:
            k = i + 3               # "dans le district de Tai Po, au nord de Hong Kong": in a state or region
            while k < min(len(doc), i + 6) and sentences.norms[k] in ("de", "du", "d'", "la", "l'", "le"):
                k += 1
            other = by_start.get(k)
            entry = resources.entries.get(other[1][0]) if other is not None else None
            if entry is not None and entry.kind in ("Country", "Region"):
                add(keys[0], "locatedIn", other[1][0], Span(m.span.begin, other[0].span.end), 0.75, "place-apposition")
                continue
        j = i + 1
        while j < min(len(doc), i + 4) and toks[j].pos_ in ("DET", "ADJ"):
            j += 1
        if j < len(doc) and toks[j].lemma_ in resources.place_nouns:
            k = j + 1                # "la principale ville de l'est de la RDC", "la capitale du territoire"
            while k < min(len(doc), j + 8) and (sentences.norms[k] in ("de", "du", "d'", "des", "la", "l'", "le")
                                                 or sentences.norms[k] in DIRECTIONS):
                k += 1
            if k not in by_start and k not in containers and k - 1 in containers:
                k -= 1                           # "de la région": the description starts at its article
            other = by_start.get(k) or containers.get(k)
            known = resources.entries.get(keys[0])
            if other is not None and k not in by_start and known is not None and known.located_in in linking.builders:
                other = (other[0], (known.located_in,))     # the gazetteer knows better than "du territoire"
            if other is not None and k > j + 1:
                add(keys[0], "locatedIn", other[1][0], Span(m.span.begin, other[0].span.end), 0.8, "place-apposition")
    # "le gouvernement de Justin Trudeau": the person a state's government is named after heads the state
    for m, keys in ordered:
        builder = linking.builders.get(keys[0]) if m.kind == "government" and len(keys) == 1 else None
        if builder is None or builder.subtype != "Government" or "gouvernement" not in fold(m.text).split()[:2]:
            continue
        state = linking.side(keys[0])
        leader = next((n for n in linking.mentions if m.start < n.start and n.end == m.end and n.kind == "name"
                       and len(linking.refs.get(n, ())) == 1 and linking.type_of(linking.refs[n][0]) == PERSON
                       and sentences.norms[n.start - 1] in ("de", "d'")), None)
        if leader is not None and set(fold(m.text).split()) & _INTERIM:
            # "Le gouvernement intérimaire de Muhammad Yunus": he heads that government, the state may have
            # another head
            add(linking.refs[leader][0], "headOf", keys[0], m.span, 0.75, "government-of")
        elif leader is not None and state in resources.entries and resources.entries[state].kind == "Country":
            add(linking.refs[leader][0], "headOf", state, m.span, 0.75, "government-of")
    for member, body, span in _members_become(doc, sentences, linking, resources.cue_index.times):
        add(member, "memberOf", body, span, 0.8, "became-member")
    for member, body, span in _members_apposed(doc, sentences, linking, resources):
        add(member, "memberOf", body, span, 0.75, "member-apposition")
    # who heads a body is no plain member of it ("La présidente du PDL, X ... Son parti")
    heads = {(r.subject, r.object) for r in found.values() if r.predicate == "headOf"}
    return sorted((r for r in found.values() if not (r.predicate == "memberOf" and (r.subject, r.object) in heads)),
                  key=lambda r: (r.span, r.predicate, r.subject, r.object))


def _members_become(doc, sentences: Sentences, linking: Linking, times) -> list[tuple[str, str, Span]]:
    """(member, body, span) where the article says a state or body has become a member of a body ("Le Timor
    oriental est devenu dimanche le onzième membre de l'Asean"); not one that "deviendra" a member, nor a
    title's rubric the parser took for the subject ("Asie : ...")."""
    toks = tokens_of(doc)
    out = []
    for k in (k for k, word in enumerate(sentences.lemmas) if word == "membre" and toks[k].pos_ == "NOUN"):
        verb = becoming_member(toks[k], times)
        if verb is None or any("Fut" in feats(t, "Tense") for t in (verb, *children(verb))):
            continue
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")), None)
        member = linking.mention_at_token(subject.i) if subject is not None else None
        body = next((n for c in children(toks[k]) if c.dep_ == "nmod"
                     and (n := linking.mention_at_token(c.i)) is not None), None)
        if member is None or body is None or len(linking.refs.get(member, ())) != 1 \
                or member.end < len(doc) and toks[member.end].text == ":" \
                or len(linking.refs.get(body, ())) != 1 or linking.type_of(linking.refs[body][0]) != ORGANISATION:
            continue
        out.append((linking.refs[member][0], linking.refs[body][0], Span(member.span.begin, body.span.end)))
    return out


_GATHERED = {"regrouper", "reunir", "rassembler"}


def _members_apposed(doc, sentences: Sentences, linking: Linking, resources) -> list[tuple[str, str, Span]]:
    """(member, body, span) for states set beside the body they belong to: "Le Mali, le Burkina Faso et le
    Niger, membres de l'AES" (each named before the comma), and "les trois juntes regroupées au sein de
    l'AES", whose number counts the states the sentence before lists."""
    toks = tokens_of(doc)
    norms = sentences.norms
    out = []

    def body_at(k: int):
        m = linking.mention_at_token(k) or (linking.mention_at_token(k + 1) if k + 1 < len(doc) else None)
        keys = linking.refs.get(m, ()) if m is not None else ()
        return (m, keys[0]) if len(keys) == 1 and linking.type_of(keys[0]) == ORGANISATION else (None, None)

    def states_listed(end: int, begin: int) -> list:
        """The states named in a list that ends at token ``end`` ("X, Y et Z"), back to ``begin``."""
        found, k = [], end - 1
        while k >= begin:
            m = linking.mention_at_token(k)
            keys = linking.refs.get(m, ()) if m is not None else ()
            if m is not None and m.kind == "name" and len(keys) == 1 \
                    and getattr(resources.entries.get(keys[0]), "kind", None) == "Country":
                found.insert(0, (m, keys[0]))
                k = m.start - 1
            elif norms[k] in (",", "et", "le", "la", "l'", "les") and found or norms[k] in ("le", "la", "l'"):
                k -= 1
            else:
                break
        return found

    for k in range(2, len(doc) - 3):
        if norms[k] in ("membre", "membres") and toks[k].pos_ == "NOUN" and norms[k + 1] in ("de", "du", "des", "d'") \
                and (toks[k - 1].text == "," or norms[k - 1] in ("pays", "etats") and toks[k - 2].text == ","):
            comma = k - 1 if toks[k - 1].text == "," else k - 2
            body, key = body_at(k + 2)
            listed = states_listed(comma, sentences.tokens[sentences.of[k]][0])
        elif sentences.lemmas[k] in _GATHERED and norms[k + 1:k + 3] == ["au", "sein"] \
                and norms[k + 3] in ("de", "du", "des", "d'"):
            body, key = body_at(k + 4)
            noun = toks[k - 1] if toks[k - 1].pos_ == "NOUN" else None
            count = int(resources.numbers.get(norms[k - 2], 0)) if noun is not None else 0
            sent = sentences.of[k]
            listed = next((found for j in range(*sentences.tokens[sent - 1]) if sent > 0
                           and len(found := states_listed(j, sentences.tokens[sent - 1][0])) == count), []) \
                if count > 1 else []
        else:
            continue
        if key is None or len(listed) < 1:
            continue
        for m, state in listed:
            out.append((state, key, Span(m.span.begin, body.span.end)))
    return out


_BASED = {"base", "basee", "bases", "basees", "installe", "installee", "etabli", "etablie", "implante", "implantee"}
_AFFILIATED = {"lie", "liee", "lies", "liees", "affilie", "affiliee", "affilies", "affiliees"}
_ELECT = {"nouveau", "nouvel", "nouvelle", "futur", "future"}


def _to_become(toks, sentences: Sentences, start: int) -> bool:
    """Whether an office at token ``start`` is one a verb "devenir" shortly before says is still to come
    ("deviendra", "va devenir", "doit devenir")."""
    return any(lemma(toks[k]) == "devenir" and ("Fut" in feats(toks[k], "Tense") or "Cnd" in feats(toks[k], "Mood")
                                                or "Inf" in feats(toks[k], "VerbForm"))
               for k in range(max(sentences.tokens[sentences.of[start]][0], start - 7), start))
_NATIONAL_OFFICES = {"head_of_state", "head_of_government", "vice_president"}   # and every minister


def _possessive_person(m, linking: Linking) -> str | None:
    """The person a possessive before ``m`` stands for: the latest person named as a subject in its
    sentence, else in the sentence before."""
    text = linking.article.text
    quoted = text.count("«", 0, m.span.begin) > text.count("»", 0, m.span.begin)
    for sent in (m.sent,) if quoted else (m.sent, m.sent - 1):      # in quoted words, "son parti" is the speaker's
        subjects = sorted((n.span, keys[0]) for n, keys in linking.refs.items() if n.sent == sent and n.subject
                          and n.span.end <= m.span.begin and len(keys) == 1 and linking.type_of(keys[0]) == PERSON)
        if subjects:
            return subjects[-1][1]
        named = {keys[0] for n, keys in linking.refs.items() if n.sent == sent and n.span.end <= m.span.begin
                 and len(keys) == 1 and linking.type_of(keys[0]) == PERSON}
        if len(named) == 1 and sent < m.sent:
            return named.pop()              # the one person the sentence before names, however parsed
    return None


_PRESENT_ENDINGS = ("e", "ent", "it", "issent")   # "qui préside", "qui président", "qui dirige", "qui régit"


def _bounded_in_time(doc, end: int) -> bool:
    """Whether a span of years follows token ``end`` ("qui a dirigé le Pérou de 2018 à 2020", "entre 2011
    et 2014", "jusqu'en 2019"): an office held then, no relation now."""
    toks = tokens_of(doc)
    words = [norm(t) for t in toks[end:end + 4]]
    years = [k for k, t in enumerate(toks[end:end + 5]) if t.like_num and len(t.text) == 4 and t.text.isdigit()]
    return bool(years) and any(w in ("de", "entre", "jusqu'", "jusqu'en", "jusqu", "en") for w in words[:years[0]])


def _past_kind(doc, sentences, comma: int) -> int:
    """The token after an apposition, a common noun and its modifiers, after ``comma`` (", une formation
    populiste anti-immigration"), else the token after the comma."""
    toks = tokens_of(doc)
    k = comma + 2
    if k >= len(doc) or sentences.norms[comma + 1] not in ("un", "une", "le", "la", "l'") \
            or toks[k].pos_ != "NOUN" or not toks[k].text.islower():
        return comma + 1
    k += 1
    while k < min(len(doc), comma + 8) and toks[k].text.islower() and toks[k].pos_ in ("ADJ", "NOUN") \
            and "Part" not in feats(toks[k], "VerbForm"):
        k += 1                      # "populiste", "anti-immigration"
    return k


def _relation_verb(doc, i: int, resources: Resources) -> tuple[str, int] | None:
    """(predicate, token after the verb) when ", qui préside", ", qui a pris la tête de" follows token ``i``."""
    toks = tokens_of(doc)
    if i + 2 >= len(doc) or toks[i].text != "," or norm(toks[i + 1]) != "qui":
        return None
    k = i + 2
    while k < len(doc) and (toks[k].pos_ in ("AUX", "ADV") or norm(toks[k]) in ("ne", "n'")):
        k += 1
    for words, predicate in resources.relation_verbs.items():
        j, n = k, 0
        while n < len(words) and j < len(doc):
            if toks[j].pos_ == "DET" or norm(toks[j]) in ("la", "le", "l'") and n:
                j += 1
                continue
            stem = words[n][:-2] if n == 0 and words[n].endswith(("er", "ir", "re")) else None
            if fold(toks[j].lemma_) != words[n] and norm(toks[j]) != words[n] \
                    and not (stem and norm(toks[j]) in {stem + ending for ending in _PRESENT_ENDINGS}):
                break                               # "préside" whose lemma the tagger missed (not "menace")
            j, n = j + 1, n + 1
        if n == len(words):
            while j < len(doc) and (norm(toks[j]) in ("de", "du", "d'", "des") or toks[j].pos_ == "ADV"):
                j += 1
            return predicate, j
    return None


_LEAVING = {"demission", "depart", "retrait"}    # "sa démission (en décembre) de la tête du parti"


def _office_of(resources: Resources, person: str, role: str | None, date: str | None) -> str | None:
    """ "le président Emmanuel Macron": what a known office-holder is the ``role`` of at ``date``."""
    entry = resources.entries.get(person)
    if entry is None or role is None:
        return None
    for office in entry.offices:
        if office.fills(role) and office.held_at(date):
            return office.of
    return None


def _local_place(linking: Linking, m) -> str | None:
    """The place below a state named most before a bare "le gouverneur" or "le maire" (a region for the
    one, a city for the other, or a place the gazetteer does not know): the one it heads."""
    wanted = "Region" if m.role == "governor" else "City"
    marker = _REGION_BEFORE if m.role == "governor" else _CITY_BEFORE
    text = linking.article.text
    found: dict[str, list] = {}           # key: [marked as such, times named, minus the first offset]
    for n, keys in sorted(linking.refs.items(), key=lambda nk: nk[0].span):
        if n.kind == "name" and len(keys) == 1 and n.span.end <= m.span.begin and linking.type_of(keys[0]) == PLACE \
                and linking.builders[keys[0]].subtype in (None, wanted):
            seen = found.setdefault(keys[0], [False, 0, -n.span.begin])
            seen[0] = seen[0] or bool(marker.search(text[max(0, n.span.begin - 20):n.span.begin]))
            seen[1] += 1
    return max(found, key=lambda k: found[k]) if found else None


# "Le gouverneur péroniste de Buenos Aires": a complement of its own (not "de la capitale", "de la région":
# the place the article is about)
_OWN_COMPLEMENT = re.compile(r"\s+(?:[\w-]+\s+)?(?:(?:de|du|des)\s+|d['’])"
                             r"(?!(?:la\s+|l['’])(?:capitale|ville|r[ée]gion|province|[EÉ]tat)\b"
                             r"(?!\s+(?:de|du|d['’])))", re.I)
# "l'Etat du Rio Grande do Sul", "la province de Paktika": a region; "la ville de Kharkiv": a city
_REGION_BEFORE = re.compile(r"\b(?:[EÉ]tat|province|r[ée]gion)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$", re.I)
_CITY_BEFORE = re.compile(r"\bville\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?$", re.I)

