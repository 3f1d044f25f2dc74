"""The arguments of events once their mentions are found: participants from the clause and the
prepositions around each mention, place, date and duration (the parties a text leaves implicit are
``parties``')."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from kg.extract.document import (OBJECT_CLITICS, Sentences, aux_start, children, detached_subject, feats, lemma, norm,
                                 text_of, tokens_of)
from kg.extract.time import find_duration, find_times, resolve
from kg.link import Linking, is_house
from kg.model import ORGANISATION, PERSON, PLACE, Article
from kg.naming import agency_dateline
from kg.resources import fold

if TYPE_CHECKING:
    from kg.extract.events import EventBuilder

__all__ = ["BANS", "attach_arguments", "attach_clause_subjects", "attach_fined", "attach_relative_callers",
           "attach_times", "clause_subject", "subject_keys", "headline_clause",
           "after_source_marker", "POSSESSIVE_DETS", "SCHEDULING_VERBS", "POSTPONING_VERBS"]

_LOCATIVE = {"a", "en", "depuis", "dans", "au", "aux", "autour"}
_REQUESTS = {"demande", "invitation", "initiative", "requete"}    # "à la demande de X": X asked for it
_BODIES_LEFT = {"coalition", "gouvernement", "alliance", "majorite", "accord"}   # what a party withdraws from
_DECISION_NOUNS = {"decision", "intention", "volonte", "menace", "projet"}   # "la décision de X d'imposer": X's
_WAGED = {"Invasion", "MilitaryIntervention", "War"}   # a person is never their object
_AGENTIVE = {"Conflict", "Sanctions"}          # families whose subject acts on a patient
_WITNESSING = {"faire etat", "signaler", "evoquer", "rapporter", "recenser", "denombrer"}   # who reports does not do
POSSESSIVE_DETS = {"son", "sa", "ses", "leur", "leurs"}
SPELLS = {"journee", "journée", "semaine", "jour", "mouvement", "tenue"}     # "une journée de grève": the strike,
#                                                           "la tenue d'élections": the election (with and without accent)
_ATTITUDE_VERBS = {"dire", "declarer", "montrer"}   # "s'est dite « alarmée » par les combats": an attitude, no part in them
# verbs that rule on a kind of event: "une loi permettant d'interdire les rassemblements" holds none; "a interdit
# les manifestations": who bans takes no part in them
BANS = {"interdire", "autoriser", "prohiber", "legaliser"}


def _apposed_undergoer(doc, linking: Linking, verb):
    """The name a passive participle set off by a comma right after it describes ("Martin Vizcarra,
    destitué par le Congrès"), else None."""
    toks = tokens_of(doc)
    i = verb.i
    if verb.pos_ != "VERB" or "Part" not in feats(verb, "VerbForm") or "Past" not in feats(verb, "Tense") \
            or verb.dep_ not in ("advcl", "acl") or i < 2 or toks[i - 1].text != "," \
            or any(c.dep_.startswith(("aux", "nsubj")) for c in children(verb)) \
            or not any(c.dep_ == "obl:agent" for c in children(verb)):
        return None
    m = linking.mention_at_token(i - 2)
    return m if m is not None and m.kind == "name" and m.end == i - 1 and len(linking.refs.get(m, ())) == 1 \
        and linking.type_of(linking.refs[m][0]) in (PERSON, ORGANISATION) else None


def _demonstrative_start(toks, i: int) -> int | None:
    """The first token of "celui-ci" or "celle-ci" (which the tokenizer splits) token ``i`` belongs to."""
    for start in (i, i - 1, i - 2):
        if 0 <= start and start + 2 < len(toks) and norm(toks[start]) in ("celui", "celle") \
                and toks[start + 1].text == "-" and norm(toks[start + 2]) == "ci" and start <= i <= start + 2:
            return start
    return None


def _container(doc, m, linking: Linking) -> bool:
    """ "Woodside, en Californie": the place after the comma only says where the first one lies."""
    toks = tokens_of(doc)
    k = m.start - 1
    while k > 0 and norm(toks[k]) in ("en", "au", "aux", "le", "la", "l'", "les"):
        k -= 1
    if k <= 0 or toks[k].text != ",":
        return False
    before = linking.mention_at_token(k - 1)
    return before is not None and before.kind == "name" and PLACE in {linking.type_of(key) for key in linking.refs[before]}


def attach_arguments(doc, sentences, linking: Linking, mentions_at, resources) -> None:
    """Participants, place and duration from the words around each mention: demonyms right after it
    ("invasion russe"), its prepositional complements ("contre", "avec", "entre", "de", "à", "en"), and
    the locatives of the verb it is subject or object of."""
    toks = tokens_of(doc)
    text = text_of(doc)
    for n, (i, end, event) in enumerate(mentions_at):
        sent_begin, sent_end = sentences.tokens[sentences.of[i]]
        next_event = next((s for s, _, _ in mentions_at[n + 1:] if s < sent_end), sent_end)
        if event.family in ("Protest", "Strike"):
            for key in _called_by(sentences, linking, i, sent_end):
                event.add_actor("participant", key)    # "ont manifesté ..., à l'appel du collectif « X »"
        # demonyms and names right after the event noun: "invasion russe", "pourparlers russo-américains"
        j = end
        while j < min(next_event, sent_end):
            m = linking.mention_at_token(j)
            word = sentences.norms[j]
            if m is not None and m.kind == "demonym":
                role = "agent" if event.family in ("Conflict", "Sanctions") else "participant"
                for key in linking.refs[m]:
                    event.add_actor(role, key)
                j = m.end
                continue
            if month_before_of(sentences, j, resources):
                j += 2                    # "la démission en décembre de sa ministre": the month, then whose
                continue
            if word in ("-", "«", "»") or toks[j].pos_ == "ADJ" or j == end and toks[j].dep_ == "acl" \
                    and "Part" in feats(toks[j], "VerbForm") and "Past" in feats(toks[j], "Tense"):
                j += 1                    # "la visite prévue d'une délégation israélienne"
                continue
            break
        # "une violation de son espace aérien", "l'intrusion ... dans son espace aérien": the subject's own
        owned = next((t for t in range(i + 1, min(sent_end - 1, end + 8)) if sentences.norms[t] in POSSESSIVE_DETS
                      and sentences.lemmas[t + 1] in _TERRITORY and sentences.norms[t - 1] in ("de", "d'", "dans")), None) \
            if event.family == "Conflict" else None
        owner = _own_place(doc, sentences, linking, i) if owned is not None else None
        if owner is not None and owner not in event.agents:
            event.add_actor("patient", owner)
        # prepositional arguments up to the next event mention in the sentence
        k = j
        limit = min(next_event, sent_end, headline_clause(sentences, i)[1],   # (in a title, its own clause)
                    j + (24 if event.family == "Sanctions" else 14))   # "..., et de 10 % sur celles venant de Chine"
        last_locative = None
        while k < limit:
            word = sentences.norms[k]
            if toks[k].pos_ == "VERB" and "Fin" in feats(toks[k], "VerbForm") \
                    and any(c.dep_ == "nsubj" and end <= c.i < k for c in children(toks[k])):
                break                     # "X reçoit Y, Pyongyang promet un soutien à Moscou": another clause,
                #                           with its own subject
            if k == j and event.family == "Communication" and word in ("de", "d'") and k + 2 < limit \
                    and toks[k + 1].pos_ == "NOUN" and toks[k + 1].text.islower() \
                    and sentences.norms[k + 2] in ("de", "du", "d'", "des"):
                k = j = k + 2             # "une réunion d'urgence du Conseil de sécurité": the Council's
                continue
            if word in ("de", "d'") and k + 3 < limit and sentences.norms[k + 1] in ("un", "une") \
                    and sentences.norms[k + 2] in _QUANTITIES and sentences.norms[k + 3] in ("de", "d'"):
                k = j = k + 3             # "l'intrusion d'une vingtaine de drones russes": the drones'
                continue
            if word == "et" and k == j and k + 3 < limit and toks[k + 1].pos_ == "DET" and toks[k + 2].pos_ == "NOUN" \
                    and toks[k + 2].dep_ == "conj" and toks[k + 2].head.i == i:
                # "la démission et la fuite en Inde de la Première ministre": the complement the two nouns share
                # (not the other noun's place)
                of = next((t for t in range(k + 3, min(limit, k + 7))
                           if sentences.norms[t] in ("de", "du", "d'", "des")), None)
                if of is None:
                    break
                k = j = of
                continue
            after = k + 2 if k + 2 < limit and sentences.norms[k + 1] in OBJECT_CLITICS else k + 1
            if toks[k].text == "," and after < limit and toks[after].pos_ == "VERB" and (
                    "Part" in feats(toks[after], "VerbForm") or toks[after].lower_.endswith("ant")):
                break                     # ", invoquant un conflit entre X et Y", ", les accusant de mener des actions
                #                           contre X": another clause, other parties
            if toks[k].pos_ in ("VERB", "AUX") \
                    and (_inside_subject(toks, i, toks[k].head if toks[k].pos_ == "AUX" else toks[k])
                         or in_description(toks, i, resources)):
                break                     # "Le candidat ... à la présidentielle, X, est arrivé à Madrid": the verb
                #                           of the subject the event noun is in, and its words
            if word == "qui" and k > 0 and sentences.texts[k - 1] == "," and toks[k].head.dep_ == "acl:relcl" \
                    and toks[k].head.head.i != i and linking.mention_at_token(toks[k].head.head.i) is not None:
                break                     # "la révocation du visa de X, qui avait appelé à New York ...": what X did
            if (word in ("tandis", "alors", "mais") or word == "tout" and k + 1 < len(doc) and sentences.norms[k + 1] == "en") \
                    and k > 0 and sentences.texts[k - 1] == ",":
                break                     # ", tandis que l'Iran a mis en garde contre ...", ", tout en mettant en garde":
                #                           another clause
            if word == "et" and k + 1 < limit and (toks[k + 1].pos_ in ("VERB", "AUX") and toks[k + 1].dep_ in ("conj", "aux", "aux:tense")
                                                   or sentences.norms[k + 1] in ("ne", "n'")):
                break                     # "a convoqué une réunion d'urgence et n'a pas exclu de fournir des armes à
                #                           l'Ukraine": another verb's words
            if word == "pour" and k + 1 < limit and toks[k + 1].pos_ == "VERB" \
                    and "Inf" in feats(toks[k + 1], "VerbForm") and event.family not in ("Communication", "Visit"):
                break                     # "a convoqué l'ambassadeur pour protester contre ...": the purpose's words
                #                           (but "s'est rendu à Kiev pour rencontrer X": whom a visit is for)
            if word == "pour" and (past := _purpose_place(toks, sentences, k, limit)):
                k = past                  # "le sommet pour la paix en Ukraine": the place of what it is for
                continue
            if word in ("apres", "avant") and k > j and toks[k].pos_ == "ADP" and k + 1 < limit \
                    and toks[k + 1].pos_ == "DET":
                break                     # "des sanctions contre la Russie après la levée du veto slovaque": the
                #                           deed before or after this one, and its parties
            if word in _ANSWERS and k > 0 and sentences.norms[k - 1] == "en":
                break                     # "en réponse à la hausse des taxes décidée par X": the deed answered, not
                #                           this one, and its parties
            if word in _LOCATIVE and not (word == "en" and k + 1 < len(doc) and toks[k + 1].pos_ == "DET") \
                    and not (word == "a" and k + 1 < len(doc) and sentences.norms[k + 1] in ("partir", "compter")):
                last_locative = k         # (not "en l'absence des Etats-Unis", "en présence de", nor "à partir de
                #                           2027, après la levée du veto de la Slovaquie": a time)
            elif word == "sur" and k + 2 < limit and toks[k + 1].pos_ == "DET" \
                    and toks[k + 2].lemma_ in resources.place_nouns:
                last_locative = k         # "un sommet sur une base militaire d'Anchorage"
            if word == "adhesion" and event.family == "Communication" and k + 2 < limit \
                    and sentences.norms[k + 1] in ("a", "au", "aux"):
                # "les négociations d'adhésion à l'Union européenne": the body joined takes part in them
                m = linking.mention_at_token(k + 2) or linking.mention_at_token(k + 3)
                if m is not None and m.kind == "name" and linking.type_of(linking.refs[m][0]) == ORGANISATION:
                    for key in linking.refs[m]:
                        event.add_actor("participant", key)
                    k = m.end
                    continue
            if word in ("devant", "face") and event.family == "Election":
                # "a remporté l'élection ..., devant le candidat du Kuomintang, Hou Yu-ih": the runner-up
                m = next((n for n in (linking.mention_at_token(t) for t in range(k + 1, min(limit + 6, sent_end)))
                          if n is not None and n.type in (PERSON, ORGANISATION) and n.kind == "name"), None)
                #       (or the party: "devant le parti d'extrême droite AfD")
                if m is not None:
                    for key in linking.refs.get(m, ()):
                        event.add_actor("participant", key)
                    k = m.end
                    continue
            if word in ("a", "sur") and k + 4 < limit and sentences.norms[k + 1] in ("la", "l'") \
                    and sentences.norms[k + 2] in _REQUESTS and sentences.norms[k + 3] in ("de", "d'", "du", "des"):
                # "a dépêché des avions à la demande de Cotonou": who asked takes part, and is no place
                m = linking.mention_at_token(k + 4) or linking.mention_at_token(k + 5)
                if m is not None and m.kind != "demonym":
                    for key in linking.refs.get(m, ()):
                        entry = resources.entries.get(key)
                        event.add_actor("participant", entry.stands_for if entry and entry.stands_for else key)
                    k = m.end
                    continue
            if word == "devant" and event.family == "Protest":
                # "ont manifesté devant le siège du gouvernement": the body a crowd addresses takes part
                m = next((n for n in (linking.mention_at_token(t) for t in range(k + 1, min(limit, k + 6)))
                          if n is not None and n.type == ORGANISATION), None)
                if m is not None:
                    for key in linking.refs.get(m, ()):
                        event.add_actor("participant", key)
                    k = m.end
                    continue
            if word == "entre" and not any(n is not None and n.kind == "name"
                                           for n in (linking.mention_at_token(k + 1), linking.mention_at_token(k + 2))):
                # "entre leur syndicat, l'ILA, et l'organisation patronale USMX": the names the phrase goes on to
                named: dict[str, int] = {}
                for t in range(k + 1, min(sent_end, k + 24)):
                    if toks[t].pos_ in ("VERB", "AUX") or toks[t].text in (".", ";"):
                        break
                    n = linking.mention_at_token(t)
                    if n is not None and n.kind == "name" and len(linking.refs.get(n, ())) == 1 \
                            and not _mere_place(linking, linking.refs[n][0]):
                        named.setdefault(linking.refs[n][0], n.end)   # (not "au-dessus du fleuve Potomac": where)
                if len(named) >= 2:
                    for key in list(named)[:4]:
                        event.add_actor("participant", key)
                    k = max(named.values())
                    continue
                if k + 3 < limit and sentences.norms[k + 1] in ("les", "ces") and sentences.norms[k + 2] == "deux" \
                        and (pair := _last_two_named(sentences, linking, i)):
                    for key in pair:              # "après l'échec des négociations entre les deux constructeurs"
                        event.add_actor("participant", key)
                    k += 4
                    continue
            if event.family == "Strike" and toks[k].dep_ == "acl" and "Part" in feats(toks[k], "VerbForm"):
                by = next((c for c in children(toks[k]) if c.dep_.startswith("obl")
                           and any(norm(g) == "par" for g in children(c) if g.dep_ == "case")), None)
                caller = linking.mention_at_token(by.i) if by is not None else None
                if caller is None and by is not None:     # "lancée par le syndicat Unite": the name after the noun
                    caller = linking.mention_at_token(by.i + 1)
                if caller is not None and caller.kind == "name":
                    for key in linking.refs.get(caller, ()):
                        event.add_actor("participant", key)
            if event.family == "Withdrawal" and word in ("de", "du") and k + 3 < limit \
                    and sentences.lemmas[k + 1 if word == "du" else k + 2] in _BODIES_LEFT:
                after = k + 2 if word == "du" else k + 3     # "le retrait de la coalition du Parti pour la liberté"
                leaving = linking.mention_at_token(after + 1) if sentences.norms[after] in ("du", "de", "des", "d'") else None
                if leaving is not None and leaving.kind == "name" and leaving.type == ORGANISATION:
                    for key in linking.refs.get(leaving, ()):
                        event.add_actor("participant", key)
                    k = leaving.end
                    continue
            if event.family == "Conflict" and word == "par" and k + 1 < limit \
                    and sentences.lemmas[k + 1] in resources.weapon_nouns:
                k += 2                    # "tué par balle dans l'Utah": the weapon, not who shot
                continue
            if event.family == "Conflict" and word == "par" \
                    and not any(t.pos_ == "VERB" and _other_noun_between(toks, i, end, t) for t in doc[end:k]):
                found = None              # "par trois avions de chasse russes": those who fly them act
                for t in range(k + 1, min(sent_end, k + 7)):
                    if toks[t].text in (",", ".", ";") or toks[t].pos_ in ("VERB", "AUX"):
                        break
                    m = linking.mention_at_token(t)
                    if m is not None and linking.refs.get(m):
                        found = m
                        break
                if found is not None:
                    for key in linking.refs[found]:
                        event.add_actor("agent", key)
                    k = found.end
                    continue
            if word == "sur" and event.family == "Sanctions":
                # "des droits de douane de 50 % sur les produits brésiliens": whose goods they hit
                aimed = next((n for n in (linking.mention_at_token(t) for t in range(k + 1, min(limit, k + 5)))
                              if n is not None), None)
                if aimed is not None and aimed.kind == "demonym":
                    for key in linking.refs.get(aimed, ()):
                        event.add_actor("patient", key)
                    k = aimed.end
                    continue
            if word == "sur" and event.family == "Conflict" and event.place_is_patient:
                # "a tiré des missiles sur Israël", "400 drones sur l'Ukraine": the state struck
                aimed = next((n for n in (linking.mention_at_token(t) for t in range(k + 1, min(limit, k + 4)))
                              if n is not None), None)
                if aimed is not None and aimed.kind == "name" and PLACE in {linking.type_of(key) for key in linking.refs[aimed]}:
                    for key in linking.refs[aimed]:
                        event.add_actor("patient", key)
                    k = aimed.end
                    continue
            if word in ("visant", "ciblant") and event.family == "Arrest" \
                    and (wanted := person_after(sentences, linking, k + 1)) is not None:
                event.add_actor("patient", wanted)    # "le mandat d'arrêt visant le Premier ministre israélien X"
                k += 1
                continue
            if word in ("visant", "ciblant") and event.family in ("Sanctions", "Conflict"):
                aimed = linking.mention_at_token(k + 1) or linking.mention_at_token(k + 2)
                if aimed is not None and aimed.kind == "name":
                    for key in linking.refs.get(aimed, ()):
                        event.add_actor("patient", key)      # "les sanctions occidentales visant Pyongyang"
                    k = aimed.end
                    continue
            if word == "dont" and event.family != "Conflict":
                # "l'adhésion de six nouveaux pays, dont l'Arabie saoudite, l'Iran et l'Egypte": those named take part
                m = linking.mention_at_token(k + 1) or linking.mention_at_token(k + 2)
                if m is not None and m.kind == "name":
                    for n in [m, *(linking.mention_at_token(c.i) for c in toks[m.start].conjuncts)]:
                        for key in linking.refs.get(n, ()) if n is not None and n.kind == "name" else ():
                            event.add_actor("participant", key)
                    k = m.end
                    continue
            if word not in ("contre", "de", "du", "d'", "des", "avec", "entre", "par", "chez") and word not in _LOCATIVE:
                k += 1
                continue
            m = linking.mention_at_token(k + 1) or (linking.mention_at_token(k + 2) if k + 2 < limit else None)
            if m is None and word in ("de", "du", "d'", "des") and k + 1 < limit \
                    and resources.class_nouns.get(sentences.norms[k + 1], frozenset()) & {"Group", "Party", "Union", "NGO"}:
                # "des manifestations du collectif de jeunes « GenZ 212 »": the body the noun introduces by its name
                named = next((n for n in (linking.mention_at_token(t) for t in range(k + 2, min(sent_end, k + 7)))
                              if n is not None and n.kind == "name" and n.start > 0 and toks[n.start - 1].text == "«"), None)
                if named is not None and k == j:
                    for key in linking.refs.get(named, ()):
                        event.add_actor("participant", key)
                    k = named.end
                    continue
            # (also past the place it happens: "la visite à Niamey d'une délégation américaine")
            next_to = k == j or k > j + 1 and sentences.norms[j] in _LOCATIVE \
                and (placed := linking.mention_at_token(j + 1)) is not None and placed.end == k
            if m is None and next_to and word in ("de", "du", "d'", "des") and k + 3 < limit \
                    and toks[k + 2].pos_ != "ADP":            # not "une réunion d'urgence à Kingston"
                m = linking.mention_at_token(k + 3)          # "le retrait des forces spéciales kosovares"
            governed = toks[k].head.head if word == "contre" else None
            if governed is not None and governed.pos_ == "NOUN" and governed.i > i and governed.i not in event.tokens \
                    and toks[k].head.dep_ == "nmod" and toks[k].head.i > k:
                k += 1                    # "l'anniversaire de l'assaut contre le Parlement": against what another noun says
                continue
            if m is None and word == "contre" and k + 1 < limit and sentences.norms[k + 1] in ("lui", "elle") \
                    and event.family in _DONE_TO_PERSONS \
                    and (person := _person_before(sentences, linking, k,
                                                  "m" if sentences.norms[k + 1] == "lui" else "f")):
                event.add_actor("patient", person)    # "Un mandat d'arrêt avait été émis contre lui": the person
                k += 2                                #   named last before, of that gender
                continue
            if m is None and word == "contre" and k + 1 < limit and sentences.norms[k + 1] in ("son", "sa", "ses") \
                    and (owner := _sentence_subject_body(sentences, linking, k)) is not None:
                event.add_actor("patient", owner)     # "en représailles à une frappe contre son consulat": the
                k += 2                                #   consulate of the state the sentence opens with
                continue
            if m is None and word == "contre":        # "contre la région séparatiste du Haut-Karabakh"
                # (not in a clause on the noun: "contre les forces gouvernementales menées par des partisans de X")
                clause = {t.i for c in toks[k].head.subtree if c.dep_ in ("acl", "acl:relcl") and c.i > k for t in c.subtree}
                named = (linking.mention_at_token(t.i) for t in sorted(toks[k].head.subtree, key=lambda t: t.i)
                         if t.i > k and t.i not in clause)
                named = [n for n in named if n is not None and not n.locative]
                m = next((n for n in named if n.kind == "name"), None) or next(
                    (n for n in named if n.kind == "demonym" and toks[n.start].dep_ == "amod"), None)
                #                                                   "contre des sites militaires iraniens"
            elif word in ("de", "du", "d'", "des") and m is not None and m.kind != "demonym" and last_locative is not None \
                    and (k - last_locative <= 3 or _in_locative_phrase(toks, last_locative, m.start)) \
                    and PLACE in {linking.type_of(key) for key in linking.refs[m]} \
                    and sentences.norms[k - 1] not in _FROM:
                event.place = event.place or linking.refs[m][0]    # "dans une propriété de Woodside", "dans le sud du pays"
                k = m.end
                continue
            # "le retrait des forces arméniennes": a demonym on the noun right after "de" names who acts (not
            # after a verb, whose "des" is its object's article: "a frappé des positions russes")
            troops = m is not None and m.kind == "demonym" and (next_to or event.family == "Sanctions") \
                and word in ("de", "du", "d'", "des") and not (toks[i].pos_ == "VERB" and toks[k].pos_ == "DET") \
                and m.start <= k + 4 and (toks[k + 1].pos_ == "NOUN" or (toks[k + 1].like_num or toks[k + 1].pos_ == "DET")
                                          and toks[k + 2].pos_ == "NOUN") \
                and all(t.pos_ == "ADJ" or t.like_num or t.pos_ == "NOUN" and t.i == k + 2 for t in doc[k + 2:m.start])
            if m is None or m.start > k + 3 and word != "contre" or m.kind == "demonym" and word not in ("contre",) and not troops:
                k += 1
                continue
            keys = linking.refs[m]
            types = {linking.type_of(key) for key in keys}
            if word == "contre":
                for key in keys:
                    event.add_actor("patient", key)
                    entry = resources.entries.get(key)
                    if event.place_is_patient and PLACE in types and (entry is None or entry.kind == "Region"):
                        event.place = event.place or key       # an offensive against a region takes place there
                if types == {PERSON}:     # "contre le Premier ministre X et son ancien ministre de la Défense Y": both
                    for key in _person_joined_after(sentences, linking, m, keys, limit):
                        event.add_actor("patient", key)
            elif word in ("de", "du", "d'", "des") and event.family == "Withdrawal" and PLACE in types and m.kind != "demonym" \
                    and k == j and (toks[i].pos_ == "NOUN" or end - i > 1) \
                    and getattr(resources.entries.get(keys[0]), "kind", None) == "Country" \
                    and m.end + 1 < limit and sentences.norms[m.end] in ("de", "du", "d'", "des", "avec"):
                event.add_actor("agent", keys[0])         # "le retrait des Etats-Unis de l'OMS": who leaves what;
                #                                           "suspendant la coopération de l'Iran avec l'AIEA"
            elif word in ("de", "du", "d'", "des") and event.family == "Withdrawal" and PLACE in types and m.kind != "demonym" \
                    and not (k > j and sentences.lemmas[k - 1] in resources.event_words) \
                    and not (k > j and sentences.texts[k - 1][:1].isupper() and sentences.pos[k - 1] in ("NOUN", "PROPN")):
                event.place = event.place or keys[0]      # "se retirer du sud du Liban": the place left (not "de
                #                                           l'accord de Paris", another event's place, nor "du Statut
                #                                           de Rome", a name)
            elif word in ("de", "du", "d'") and event.family == "Communication" and toks[i].text[:1].isupper() \
                    and m.start <= k + 2 and getattr(resources.entries.get(keys[0]), "kind", None) == "City" \
                    and any(t.i == m.start for t in toks[i].subtree):
                event.place = event.place or keys[0]      # "la Conférence sur la sécurité de Munich": a name's city
            elif word in ("de", "du", "d'", "des") and (m.start <= k + 2 or troops or m.start == k + 3 and m.kind == "name"
                                                         and sentences.norms[k + 2] in resources.person_nouns) and (
                    k == j or event.family == "Visit" or _time_between(doc, j, k, resources.cue_index.times)):
                # (also past a time: "l'assassinat en 2023 de X")
                entry = resources.entries.get(keys[0])
                if entry is not None and entry.kind == "City" and (event.family == "Communication" or m.locative):
                    event.place = event.place or keys[0]          # "la COP28 de Dubaï", "le sommet de Vilnius",
                    #                                               "l'accord de Paris"
                else:             # "l'attaque de la Russie" undergoes; "l'intrusion de drones russes" acts,
                    #                   and so does a person who would invade or intervene ("l'intervention
                    #                   militaire du président X": no person is invaded)
                    role = "agent" if event.family == "Conflict" and lemma(toks[i]) == "tomber" else \
                        "patient" if event.family == "Conflict" and not troops \
                        and not (event.type in _WAGED and PERSON in types) \
                        or event.family in _DONE_TO_PERSONS and PERSON in types else \
                        "agent" if event.family == "Conflict" else "participant"   # "la condamnation de l'opposant X"
                    #                                               ("tombée aux mains de X": X takes it)
                    for key in keys:
                        event.add_actor(role, key)
                    if event.family == "Disaster" and PLACE in types:
                        event.place = event.place or keys[0]      # "la collision ferroviaire de Tempé": there
            elif troops and event.family == "Sanctions" and k > j and not (
                    toks[k - 1].like_num or sentences.lemmas[k - 1] in resources.numbers):   # not "155 milliards de dollars canadiens"
                for key in keys:                          # "des droits de douane sur ... de produits américains"
                    event.add_actor("patient", key)
            elif word in ("de", "du", "d'", "des") and event.family == "Sanctions" and k > 0 \
                    and sentences.norms[k - 1] in _FROM:
                for key in keys:                          # "sur les importations en provenance du Canada", "venant de Chine"
                    event.add_actor("patient", key)
                for conj in toks[m.start].conjuncts:
                    other = linking.mention_at_token(conj.i)
                    if other is not None and other.kind == "name":
                        for key in linking.refs[other]:
                            event.add_actor("patient", key)
            elif event.family == "Strike" and ORGANISATION in types and m.start > k and (
                    word == "chez" or word in ("de", "du", "d'", "des") and m.start <= k + 2
                    and "contre" not in sentences.norms[j:k]):   # (not a name around "de": "a déploré la
                #                                           Fédération des entreprises de Belgique"; nor the author of
                #                                           what it opposes: "contre la réforme ... du gouvernement")
                for key in keys:                          # "la dernière grève chez l'avionneur", "sur le réseau de la Deutsche Bahn"
                    event.add_actor("participant", key)
            elif word == "par" and any(lemma(t) in resources.judging or lemma(t) in resources.cue_index.verbs
                                       for t in doc[end:k]):
                pass                      # "une visite jugée « provocatrice » par X": who judges it, no party
            elif word in ("avec", "entre") or word == "par" and (types & {PERSON, ORGANISATION} or k == j and (
                    event.family in _AGENTIVE and m.kind == "name")) \
                    and not any(t.pos_ == "VERB" and not ((event.family in _AGENTIVE or event.family == "Vote")
                                                          and "Part" in feats(t, "VerbForm") and i <= t.head.i < t.i
                                                          and not _other_noun_between(toks, i, end, t)
                                                          or event.family == "Election" and lemma(t) in _WON
                                                          and "Part" in feats(t, "VerbForm"))
                                for t in doc[end:k]):   # not "le texte publié par X"; but "des droits annoncés par Trump",
                #                                         "des motions de censure déposées par X", "l'élection
                #                                         remportée par X" (its winner)
                role = "agent" if word == "par" and event.family in _AGENTIVE else \
                    "patient" if word == "avec" and event.family == "Sanctions" else "participant"
                for key in keys:                          # "l'interception par Israël de la flottille": who acts;
                    #                                       "suspend tout commerce avec Israël": who is cut off
                    event.add_actor(role, key)
                if word == "par":                         # "par La France insoumise (LFI) et le Rassemblement national"
                    for key in _joined_after(doc, linking, m.end, limit):
                        event.add_actor(role, key)
                if word in ("entre", "avec") and role == "participant":   # "entre la Thaïlande et le Cambodge":
                    for conj in toks[m.start].conjuncts:                   # both; "avec l'Ukraine et la Moldavie"
                        other = linking.mention_at_token(conj.i)
                        if other is not None and other.kind == "name":
                            for key in linking.refs[other]:
                                event.add_actor("participant", key)
                    if m.end < limit and sentences.norms[m.end] == "et":
                        # "entre l'Union européenne et les pays du Mercosur": the name in the words after "et"
                        stop = next((t for t in range(m.end + 1, min(limit, m.end + 6))
                                     if sentences.pos[t] in ("VERB", "AUX", "PUNCT")), min(limit, m.end + 6))
                        other = next((n for n in map(linking.mention_at_token, range(m.end + 1, stop)) if n is not None), None)
                        if other is not None and other.kind == "name" and (word == "entre" or other.start <= m.end + 2):
                            for key in linking.refs[other]:
                                event.add_actor("participant", key)
            elif word in ("a", "au", "aux") and m.kind == "name" and toks[m.start].dep_ == "obl:arg" \
                    and toks[m.start].head.dep_ == "acl" and toks[m.start].head.head.i == i \
                    and toks[m.start].head.pos_ == "VERB" and "Pres" in feats(toks[m.start].head, "Tense"):
                for key in keys:                          # "un accord rendant à Maurice la souveraineté": to whom
                    event.add_actor("participant", key)   # the deed gives, no place
            elif word in ("a", "au") and event.family == "Vote" and ORGANISATION in types and m.kind == "name" \
                    and k == j and is_house(linking, keys[0]):
                for key in keys:                          # "un vote de confiance au Sénat": the house that votes
                    event.add_actor("participant", key)
            elif word in _LOCATIVE and PLACE in types and m.kind == "group" and event.place_is_patient:
                for key in keys:                          # "a rappelé ses ambassadeurs dans les trois pays"
                    event.add_actor("patient", key)
            elif word in _LOCATIVE and PLACE in types and (m.kind == "name" or m.kind == "anaphor" and m.type == PLACE) \
                    and not _container(doc, m, linking) \
                    and (m.locative or word not in ("a", "au", "aux")) \
                    and sentences.lemmas[k - 1] not in _DEVOTED:      # not "a imputé l'assassinat à Israël",
                #                                                         nor "un sommet consacré à l'Ukraine"
                key = keys[0]
                entry = resources.entries.get(key)
                if _refines(resources, event.place, key):
                    event.place = key             # (or a city of the country said before: "à Oman", then "à Mascate")
                if event.place_is_patient and (entry is None or entry.kind == "Country"):
                    event.add_actor("patient", key)
                elif event.place_is_patient and entry.kind == "City":
                    event.add_actor("patient", _state_for(entry, linking))   # "une visite à Bamako": Mali
            k = m.end
        # who takes part in a communication: the persons named around its first mention, unless it is asked
        # of others ("a demandé au Conseil de sécurité de convoquer une réunion")
        verb = toks[i].head
        for _ in range(2):                # "à revenir à la table des négociations": the verb the noun hangs from
            if verb.pos_ == "NOUN" and verb.dep_ in ("nmod", "obl", "obl:arg", "obl:mod"):
                verb = verb.head
        governing = verb
        if governing.dep_ == "acl" and "Inf" in feats(governing, "VerbForm") and governing.head.dep_ == "obj":
            governing = governing.head    # "a appelé les partis à engager des discussions", hung on those asked
        asked = (governing.dep_ == "xcomp" or governing.i != verb.i) \
            and lemma(governing.head) in resources.cue_index.demand_verbs
        if event.family == "Communication" and event.tokens and i == event.tokens[0] and not asked:
            reporter = _reporter_span(toks[i], resources)
            reporters = {k for t in range(*reporter) if (r := linking.mention_at_token(t)) is not None
                         for k in linking.refs.get(r, ())}
            opened = _subordinate_opening(sentences, i) if toks[i].pos_ == "VERB" else None
            first, last = headline_clause(sentences, i)
            begin = toks[opened if opened is not None else first].idx
            for m, keys in linking.keys_at(begin, toks[last - 1].idx + len(toks[last - 1].text)):
                # and an organisation named by its members ("les dirigeants des pays de l'Otan"); not the one who
                # reports the words that tell it ("X a annoncé que son pays demandait des consultations"), nor
                # the one the main clause names before "après que X a rencontré Y", nor in a title the one
                # another clause names ("L'UE ouvre les négociations avec l'Ukraine, Orban bloque l'aide")
                if (m.type == PERSON and m.kind in ("name", "role") or m.type == ORGANISATION and m.kind == "group") \
                        and len(keys) == 1 and keys[0] not in reporters:
                    if not after_source_marker(text, m.span.begin):
                        event.add_actor("participant", keys[0])
            demanded = toks[i].dep_ == "obj" and lemma(toks[i].head) in resources.cue_index.demand_verbs
            if demanded and not event.participants:
                subject = clause_subject(toks[i].head)      # "son pays demandait des consultations": it takes part
                for key in subject_keys(doc, linking, subject, (PLACE, ORGANISATION)) if subject is not None else ():
                    event.add_actor("participant", key)
        elif event.family == "Communication":
            for m, keys in linking.keys_at(sentences.spans[sentences.of[i]].begin, sentences.spans[sentences.of[i]].end):
                if m.type == PERSON and m.kind in ("name", "role") and len(keys) == 1 and event.participants:
                    # a later mention confirms participants only in sentences about the event itself
                    if sentences.norms[i - 1] in ("cet", "ce", "cette") and "particip" in text[sentences.spans[sentences.of[i]].begin:m.span.begin + 200]:
                        event.add_actor("participant", keys[0])
        # a place set before the sentence's clause: "A Montréal, quelque 1.200 dockers ont lancé une grève"
        opening = sentences.tokens[sentences.of[i]][0]
        if event.place is None and sentences.norms[opening] in ("a", "en", "au", "dans") and sentences.of[i] > 0:
            m = _place_named_at(linking, opening + 1)
            after = m.end if m is not None else 0
            while m is not None and after < len(doc) - 1 and sentences.pos[after] == "ADJ":
                after += 1                # (past an adjective: "En Haïti voisine, des inondations ...")
            if m is not None and after < len(doc) and sentences.texts[after] == ",":
                event.place = linking.refs[m][0]
        # a place given right after, possibly past a dash or an apposition: "depuis Wilmington"
        if event.place is None:
            for k in range(end, sent_end):
                if sentences.norms[k] in ("depuis",) and k + 1 < sent_end:
                    m = linking.mention_at_token(k + 1)
                    if m and m.kind == "name" and linking.type_of(linking.refs[m][0]) == PLACE:
                        event.place = linking.refs[m][0]
                        break
        if toks[i].dep_ in ("nsubj", "nsubj:pass", "obj") and toks[i].head.pos_ == "VERB" \
                and _refines(resources, event.place, found := _locative_place(doc, toks[i].head, linking)):
            # the place of the verb the event is subject or object of: "Un cessez-le-feu ... est entré en
            # vigueur ... au Liban", "ont conclu à Ankara un accord" (and "ont tenu samedi à Mascate des
            # discussions" after "à Oman" in the title)
            event.place = found
        elif event.place is None and toks[i].dep_ == "obj" and toks[i].head.pos_ == "PROPN":
            event.place = _locative_place(doc, toks[i].head.head, linking)   # the parser hung the object on the place
        elif toks[i].dep_ == "nmod" and toks[i].head.dep_.startswith("obl") and toks[i].head.head.pos_ == "VERB" \
                and (m := linking.mention_at_token(toks[i].head.i)) is not None and m.kind == "name" \
                and m.end == i - 1 and m.start > 0 and sentences.norms[m.start - 1] in _LOCATIVE \
                and linking.type_of(linking.refs[m][0]) == PLACE \
                and _refines(resources, event.place, linking.refs[m][0]):
            event.place = linking.refs[m][0]      # "ont tenu samedi à Mascate des discussions", read "Mascate des
            #                                       discussions"
        if event.place is None and toks[i].pos_ == "VERB" and end > i + 2:
            # a verb told with its object, the place between them: "ont signé vendredi à Washington une déclaration"
            for k in range(i + 1, end - 1):
                m = _place_named_at(linking, k + 1) if sentences.norms[k] in _LOCATIVE else None
                if m is not None and not _container(doc, m, linking):
                    event.place = linking.refs[m][0]
                    break
        if event.place is None and event.type in ("Summit", "Meeting", "Talks"):
            gathered = next((t for t in range(sentences.tokens[sentences.of[i]][0], i)
                             if sentences.lemmas[t] in ("reunir", "rassembler") and toks[t].pos_ == "VERB"), None)
            if gathered is not None:      # "Les dirigeants du G20 réunis samedi à Johannesburg ont adopté dès
                event.place = _locative_place(doc, toks[gathered], linking)   # l'ouverture du sommet"
        dur = find_duration(doc, end, min(sent_end, end + 8), resources)
        if dur and event.duration is None:
            event.duration = dur[0]


_QUANTITIES = {"dizaine", "douzaine", "quinzaine", "vingtaine", "trentaine", "cinquantaine", "centaine", "millier"}


def _counted(noun) -> set[int]:
    """What a quantity noun counts, through the quantities it is made of ("dizaines de milliers de
    manifestants": the protesters)."""
    found = set()
    while lemma(noun) in _QUANTITIES:
        noun = next((c for c in children(noun) if c.dep_ == "nmod"), None)
        if noun is None:
            break
        found.add(noun.i)
    return found


_TERRITORY = {"espace", "territoire", "sol", "frontiere", "souverainete", "eaux"}   # "son espace aérien"


def _reporter_span(token, resources) -> tuple[int, int]:
    """The token range of the subject of the reporting verb whose reported clause holds ``token``, or an
    empty range."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "ccomp" and ancestor.head.pos_ == "VERB" and (
                lemma(ancestor.head) in resources.reporting_index or lemma(ancestor.head) in resources.cue_index.verbs):
            subject = next((c for c in children(ancestor.head) if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject.left_edge.i, subject.right_edge.i + 1
            # a name opening the sentence, right before the verb, that the parser cut off from it ("Marco |
            # Rubio | a affirmé que")
            first = min([ancestor.head.i] + [c.i for c in children(ancestor.head) if c.dep_.startswith("aux")])
            k = first - 1
            while k >= 0 and token.doc[k].pos_ == "PROPN":
                k -= 1
            opens = k < 0 or token.doc[k].is_space or token.doc[k + 1].is_sent_start
            return (k + 1, first) if k < first - 1 and opens else (0, 0)
    return 0, 0


def _own_place(doc, sentences: Sentences, linking: Linking, i: int) -> str | None:
    """The state or body a reflexive possessive before token ``i`` stands for: the subject of its clause,
    else the latest place named before it in the sentence ("L'Estonie dénonce une violation de son
    espace aérien")."""
    toks = tokens_of(doc)
    verb = next((a for a in toks[i].ancestors if a.pos_ == "VERB"), None)
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    keys = subject_keys(doc, linking, subject, (PLACE, ORGANISATION)) if subject is not None else ()
    if len(keys) == 1:
        return keys[0]
    begin = sentences.tokens[sentences.of[i]][0]
    for k in range(i - 1, begin - 1, -1):
        m = linking.mention_at_token(k)
        if m is not None and len(linking.refs.get(m, ())) == 1 and linking.type_of(linking.refs[m][0]) == PLACE:
            return linking.refs[m][0]
    return None


def _events_before(mentions_at, i: int) -> list[EventBuilder]:
    """The events first mentioned before token ``i``, in text order."""
    seen: list[EventBuilder] = []
    for t, _, event in sorted(mentions_at, key=lambda row: row[0]):
        if t < i and event not in seen:
            seen.append(event)
    return seen


def _last_two_named(sentences: Sentences, linking: Linking, i: int, kind: str | None = None) -> tuple[str, ...]:
    """The last two actors of one type (``kind`` if given) named before token ``i`` in its sentence and the
    one before: those "les deux constructeurs" stand for."""
    begin = sentences.tokens[max(0, sentences.of[i] - 1)][0]
    found: list[str] = []
    for t in range(i - 1, begin - 1, -1):
        m = linking.mention_at_token(t)
        if m is None or m.start != t or m.kind == "demonym" or len(linking.refs.get(m, ())) != 1:
            continue                      # (a name, or a description: "Le groupe japonais")
        key = linking.refs[m][0]
        if key not in found and (not found or linking.type_of(key) == linking.type_of(found[0])) \
                and kind in (None, linking.type_of(key)):
            found.append(key)
        if len(found) == 2:
            return tuple(reversed(found))
    return ()


_KILLED = frozenset({"tuer", "blesser", "mourir", "perir", "assassiner", "decapiter"})


def _killed_in(noun):
    """The subject of a verb of killing or dying whose "dans" or "lors de" introduces ``noun`` ("X a été tué
    dans une frappe", "ont péri lors de l'attaque"), else None."""
    verb = noun.head
    if not noun.dep_.startswith("obl") or verb.pos_ != "VERB" or lemma(verb) not in _KILLED \
            or not any(c.dep_ == "case" and norm(c) in ("dans", "lors") for c in children(noun)):
        return None
    return next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _sentence_subject_body(sentences: Sentences, linking: Linking, i: int) -> str | None:
    """The state or organisation named first as a subject in the sentence of token ``i``, before it."""
    begin = sentences.tokens[sentences.of[i]][0]
    first = next((m for m in map(linking.mention_at_token, range(begin, i)) if m is not None and m.subject
                  and m.kind == "name" and len(linking.refs.get(m, ())) == 1), None)
    if first is None or linking.type_of(linking.refs[first][0]) not in (PLACE, ORGANISATION):
        return None
    return linking.refs[first][0]


def _possessor(doc, sentences: Sentences, linking: Linking, i: int) -> str | None:
    """The organisation or person a possessive before token ``i`` stands for: the latest named before it in
    the sentence that is not the subject of its clause."""
    toks = tokens_of(doc)
    begin = sentences.tokens[sentences.of[i]][0]
    verb = next((a for a in toks[i].ancestors if a.pos_ == "VERB"), None)
    subjects = {t.i for c in (children(verb) if verb is not None else ()) if c.dep_.startswith("nsubj") for t in c.subtree}
    for k in range(i - 1, begin - 1, -1):
        m = linking.mention_at_token(k)
        if m is not None and k == m.start and len(linking.refs.get(m, ())) == 1 and m.start not in subjects \
                and linking.type_of(linking.refs[m][0]) in (ORGANISATION, PERSON):
            return linking.refs[m][0]
    return None


def _subject_before(sentences: Sentences, linking: Linking, i: int) -> str | None:
    """The one person the sentence before names as a subject, when a singular possessive at token ``i``
    finds its owner nowhere in its own ("Le Premier ministre X a assuré ... Des manifestants ont exigé sa
    démission")."""
    if sentences.norms[i - 1] not in ("son", "sa"):
        return None
    sent = sentences.of[i] - 1
    found = {keys[0] for m, keys in linking.refs.items() if m.sent == sent and m.subject and len(keys) == 1
             and linking.type_of(keys[0]) == PERSON}
    return found.pop() if len(found) == 1 else None


def _person_subject(doc, linking: Linking, i: int, before: bool) -> str | None:
    """The one person subject, before token ``i`` or after it, of the verb the phrase of ``i`` hangs on: what
    a possessive stands for ("Y a annoncé sa démission"; in a phrase set before the subject, "Dans son
    discours, le président a promis")."""
    verb = next((a for a in tokens_of(doc)[i].ancestors if a.pos_ == "VERB"), None)
    subject = clause_subject(verb) if verb is not None else None
    keys = subject_keys(doc, linking, subject, (PERSON,)) \
        if subject is not None and subject.i != i and (subject.i < i) == before else ()
    return keys[0] if len(keys) == 1 else None


def _in_locative_phrase(toks, locative: int, t: int) -> bool:
    """Whether token ``t`` hangs, by "de" complements, on the noun the preposition at ``locative``
    introduces: "dans un internat de la ville de Maga"."""
    noun, tok = toks[locative].head, toks[t]
    for _ in range(3):
        if tok.dep_ != "nmod":
            return False
        tok = tok.head
        if tok.i == noun.i:
            return True
    return False


def _place_named_at(linking: Linking, k: int):
    """The mention of one place by its name that starts at token ``k``, if any."""
    m = linking.mention_at_token(k)
    return m if m is not None and m.start == k and m.kind == "name" and len(linking.refs.get(m, ())) == 1 \
        and linking.type_of(linking.refs[m][0]) == PLACE else None


def _locative_place(doc, verb, linking: Linking) -> str | None:
    """A place named by a locative complement of ``verb`` ("au Liban", "en Syrie"), not a container."""
    for child in children(verb):
        if not child.dep_.startswith("obl") or not any(norm(c) in _LOCATIVE for c in children(child) if c.dep_ == "case"):
            continue
        m = linking.mention_at_token(child.i)
        if m is None and child.lemma_ in linking.resources.place_nouns:
            # "dans la province afghane de Paktika": the place the noun names
            m = next((n for n in (linking.mention_at_token(c.i) for c in children(child) if c.dep_ == "nmod")
                      if n is not None and n.kind == "name"), None)
        dative = not m.locative and any(norm(c) in ("a", "au", "aux") for c in children(child)) if m is not None else False
        if m is not None and m.kind == "name" and not _container(doc, m, linking) and not dative \
                and linking.type_of(linking.refs[m][0]) == PLACE:
            return linking.refs[m][0]               # not "a imputé l'assassinat à Israël"
    return None


_PROCLAIMING = {"proclamer", "confirmer", "valider", "certifier", "publier"}


def _result_proclaimer(linking: Linking, verb, subject, resources) -> bool:
    """Whether ``subject`` is a body other than a party that announces or proclaims what ``verb`` governs
    (a court, an electoral commission)."""
    if lemma(verb) not in _PROCLAIMING and lemma(verb) not in resources.reporting_index:
        return False
    m = linking.mention_at_token(subject.i)
    keys = linking.refs.get(m, ()) if m is not None else ()
    return len(keys) == 1 and linking.type_of(keys[0]) == ORGANISATION \
        and linking.builders[keys[0]].subtype not in ("Party", "Government")


def attach_clause_subjects(doc, sentences: Sentences, linking: Linking, mentions_at, resources) -> None:
    """The subject of the clause an event noun belongs to takes part in it: "La Chine a lancé des
    manœuvres", "L'Union africaine doit examiner la situation lors d'une réunion", "Réunis en sommet,
    les chefs d'Etat de la Cédéao ...". Not when the verb reports or judges the event ("une visite que
    Pékin a qualifiée de provocation")."""
    toks = tokens_of(doc)
    speech, reflexive = resources.cue_index.plain_verbs, resources.cue_index.reflexive_verbs
    event_words, times = resources.event_words, resources.cue_index.times

    def speaks(verb) -> bool:                 # "s'engager à" speaks, "engager une procédure" does not
        phrase = f"{lemma(verb)} {sentences.lemmas[verb.i + 1]}" if verb.i + 1 < len(doc) else ""
        if any(lemma(t) in _OUTCOMES for t in doc[verb.i + 1:verb.i + 3]):
            return False                      # "a été déclaré vainqueur de l'élection": no words reported
        return lemma(verb) in speech or lemma(verb) in resources.judging \
            or (lemma(verb) in reflexive or lemma(verb) in _ATTITUDE_VERBS) and any(norm(c) in ("se", "s'") for c in children(verb)) \
            or phrase in _WITNESSING or lemma(verb) in _WITNESSING      # "qui a fait état de 43 interpellations"

    for i, cue_end, event in mentions_at:
        # the first mention, or the first after the title's ("Manille accuse X d'une « attaque »")
        conceded = event.family == "Election" and sentences.lemmas[i] == "defaite" and i > 0 \
            and sentences.norms[i - 1] in POSSESSIVE_DETS          # "X a reconnu sa défaite": X ran in it
        if not conceded and not _first_told(sentences, event, i):
            continue
        if toks[i].dep_ == "obj" and lemma(toks[i].head) in _HOSTING and toks[i].pos_ == "NOUN" \
                and event.family == "Communication":
            subject = clause_subject(toks[i].head)        # "X doit accueillir dimanche à Londres un sommet de
            for key in subject_keys(doc, linking, subject, (PLACE, ORGANISATION, PERSON)) if subject is not None else ():
                event.add_actor("participant", key)       # dirigeants européens": its host takes part
        if toks[i].dep_ == "appos" and toks[i].head.pos_ == "NOUN":
            _apposition_arguments(doc, linking, toks[i].head, i, event, resources)
        role = toks[i].head
        if event.family == "Communication" and toks[i].dep_ == "nmod" and role.dep_ == "appos" and role.pos_ == "NOUN":
            named = linking.mention_at_token(role.head.i)          # "Le Qatar, médiateur dans les négociations"
            if named is not None and named.kind == "name":
                for key in linking.refs[named]:
                    event.add_actor("participant", key)
                event.rules.append("apposed-actor")
                continue
        waged = _at_war(toks[i]) if event.family == "Conflict" else None
        if waged is not None:
            # "L'armée soudanaise, en guerre contre les FSR", "Le Soudan est en guerre contre": who wages it
            for key in subject_keys(doc, linking, waged, (PLACE, ORGANISATION, PERSON)):
                event.add_actor("agent", key)
            event.rules.append("at-war")
            continue
        undergoer = _apposed_undergoer(doc, linking, toks[i])
        if undergoer is not None:
            # "a succédé à Martin Vizcarra, destitué par le Congrès": he underwent it, at its agent's hands
            for key in linking.refs.get(undergoer, ()):
                event.add_actor("patient", key)
            for agent in (c for c in children(toks[i]) if c.dep_ == "obl:agent"):
                for key in subject_keys(doc, linking, agent, (PLACE, ORGANISATION, PERSON)):
                    event.add_actor("agent", key)
            event.rules.append("apposed-undergoer")
            continue
        victim = _killed_in(toks[i]) if event.family == "Conflict" and toks[i].pos_ == "NOUN" else None
        if victim is not None:
            # "X a été tué vendredi dans une frappe israélienne": X underwent it
            for key in subject_keys(doc, linking, victim, (PERSON, ORGANISATION)):
                event.add_actor("patient", key)
            event.rules.append("killed-in")
            continue
        asked = _asked_of(doc, toks[i], resources.cue_index.demand_verbs)
        if asked is not None:
            # "a exhorté les deux voisins à un cessez-le-feu": those asked take part, not who asks
            for key in subject_keys(doc, linking, asked, (PLACE, ORGANISATION, PERSON)):
                event.add_actor("participant", key)
            event.rules.append("asked")
            continue
        if i > 0 and sentences.norms[i - 1] in POSSESSIVE_DETS and event.family == "Conflict":
            # "en riposte à leurs attaques": the latest group or person named before, not the clause's subject
            owner = _possessor(doc, sentences, linking, i)
            if owner:
                event.add_actor("agent", owner)
                event.rules.append("possessive")
            continue
        if i > 0 and sentences.norms[i - 1] in ("leur", "leurs") and event.family == "Communication" \
                and (pair := _last_two_named(sentences, linking, i, PERSON)):
            for key in pair:                  # "X a exhorté dimanche Y ... Lors de leur rencontre": the two met
                event.add_actor("participant", key)
            event.rules.append("possessive")
        # "son investiture", "son discours d'investiture"
        owned = i if i > 0 and sentences.norms[i - 1] in POSSESSIVE_DETS else i - 2 if i > 2 \
            and sentences.norms[i - 1] in ("de", "d'") and sentences.pos[i - 2] == "NOUN" \
            and sentences.norms[i - 3] in POSSESSIVE_DETS else None
        if owned is not None and event.family in _ONES_OWN \
                and not (event.agents or event.patients or event.participants):
            # "six semaines après son investiture": Milei's; "Dans son discours d'investiture, le président
            # a promis": the subject's the sentence goes on to name
            owner = _person_subject(doc, linking, owned, before=True) or _possessor(doc, sentences, linking, owned) \
                or _person_subject(doc, linking, owned, before=False) \
                or _subject_before(sentences, linking, owned)
            #     ("X, dont le chef Y a annoncé sa démission": the subject after it; "X a assuré ... Des
            #     manifestants ont exigé sa démission": the subject of the sentence before)
            if owner and linking.type_of(owner) == PERSON:
                event.add_actor("participant", owner)
                event.rules.append("possessive")
        if i > 0 and sentences.norms[i - 1] in POSSESSIVE_DETS and toks[i].pos_ == "NOUN" \
                and (event.family in _DONE_TO_PERSONS | {"Dismissal"} or event.type == "Impeachment") \
                and not (event.agents or event.patients or event.participants):
            sent_begin = sentences.tokens[sentences.of[i]][0]
            # "X a été inculpé ..., au lendemain de son arrestation": the latest person named, the subject too
            owner = next((linking.refs[m][0] for m in map(linking.mention_at_token, range(i - 1, sent_begin - 1, -1))
                          if m is not None and len(linking.refs.get(m, ())) == 1
                          and linking.type_of(linking.refs[m][0]) == PERSON), None)
            if owner:
                event.add_actor("patient", owner)
                event.rules.append("possessive")
        if toks[i].pos_ == "VERB" and event.family == "Visit" and (host := _person_visited(sentences, linking, cue_end)):
            event.add_actor("participant", host)        # "a rendu visite mardi à Donald Trump": the host
        if toks[i].pos_ == "NOUN" and event.family == "Visit" and event.place is None and i > 1 \
                and sentences.norms[i - 2] == "pour" and toks[i].head.pos_ == "VERB":
            # "est arrivé mercredi à Moscou pour une visite d'Etat": where the visitor arrived
            arrived = next((m for m in map(linking.mention_at_token, range(toks[i].head.i + 1, i - 2))
                            if m is not None and m.kind == "name" and m.start > 0
                            and sentences.norms[m.start - 1] in ("a", "au", "aux", "en")
                            and len(linking.refs.get(m, ())) == 1
                            and linking.type_of(linking.refs[m][0]) == PLACE), None)
            if arrived is not None:
                event.place = linking.refs[arrived][0]
        if toks[i].pos_ == "VERB" and (event.family in _DONE_TO_PERSONS | {"Dismissal"}
                                       or event.type in ("Expulsion", "Summons")
                                       or event.family == "Vote" and lemma(toks[i]) == "elire") \
                and not any(c.dep_ in ("obj", "nsubj:pass") for c in children(toks[i])) \
                and (undergoer := person_after(sentences, linking, cue_end)) is not None:
            event.add_actor("patient", undergoer)      # "a condamné mardi l'avocate X", the parser having made
            event.rules.append("person-after")        # her the subject of the verb after ("a limogé mercredi soir
            #                                           son Premier ministre X", the day the minister's head;
            #                                           "Washington expulse l'ambassadeur d'Afrique du Sud", "a
            #                                           convoqué l'ambassadeur du Japon pour ..., a annoncé X")
        if toks[i].pos_ == "VERB":
            # an event verb: "a convoqué l'ambassadeur" — its subject acts, its object undergoes
            stray = hung_on_day(toks[i], times)
            objects = [c.i for c in children(toks[i]) if c.dep_ == "obj"]
            stray += [c for c in children(toks[i]) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and objects
                      and objects[0] < c.i and any(norm(g) in ("et", "ou") for g in children(c) if g.dep_ == "cc")]
            #         "a dissous le gouvernement et l'Assemblée nationale": the second object hung on the verb
            for child in children(toks[i]) + stray:
                if (child.dep_ == "obj" or child in stray) and child.i >= cue_end \
                        and not any(c.dep_ == "case" for c in children(child)):
                    # (not "retirer ses troupes", a cue of its own, nor "depuis le début de la guerre en Ukraine",
                    # an adjunct the parser made the object)
                    keys = subject_keys(doc, linking, child, (PERSON, ORGANISATION, PLACE))
                    if not keys and event.family in ("Conflict", "Sanctions", "Summons"):
                        # "a expulsé deux diplomates français", "a frappé des positions russes": the state
                        # whose people or things they are
                        keys = tuple(key for c in children(child) if c.dep_ == "amod"
                                     and (n := linking.mention_at_token(c.i)) is not None and n.kind == "demonym"
                                     for key in linking.refs.get(n, ()))
                    for key in keys:
                        event.add_actor("patient", key)
                elif event.family == "Ruling" and child.dep_ in ("obl:arg", "iobj") and any(
                        norm(c) in ("a", "au", "aux") for c in children(child) if c.dep_ == "case"):
                    for key in subject_keys(doc, linking, child, (PLACE, ORGANISATION, PERSON)):
                        event.add_actor("patient", key)   # "a ordonné à Israël de ..."
                elif event.family == "Sanctions" and child.dep_.startswith(("obl", "iobj")) and child.i + 2 < len(doc) \
                        and any(norm(c) in ("a", "au", "aux") for c in children(child) if c.dep_ == "case") \
                        and sentences.norms[child.i + 1] in ("de", "d'") and "Inf" in feats(toks[child.i + 2], "VerbForm"):
                    for key in subject_keys(doc, linking, child, (ORGANISATION, PLACE)):
                        event.add_actor("patient", key)   # "a interdit à Nexperia d'exporter": who is barred
        governor = toks[i]
        for _ in range(3):
            if governor.dep_ in ("ROOT",) or governor.pos_ in ("VERB", "AUX") and governor.i != i:
                break
            if governor.i != i and norm(governor) in times and governor.head.pos_ in ("VERB", "AUX"):
                governor = governor.head  # "a qualifié jeudi cette expulsion de « regrettable »": the object
                break                     #   the parser hung on the day is the verb's
            declared = next((a for a in governor.ancestors if a.dep_ == "obj"), None) if governor.i == i \
                and governor.dep_ in ("appos", "nmod") and governor.pos_ == "NOUN" \
                and not any(c.dep_ in ("det", "case") for c in children(governor)) else None
            if declared is not None and declared.head.pos_ == "VERB" and declared.i >= declared.head.i:
                governor = declared       # "a déclaré l'ensemble du pays zone sinistrée": what the object is
                continue                  # declared, a bare noun the parser hung on it
            if governor.i == i and governor.dep_ == "conj" and governor.pos_ == "NOUN" and governor.head.pos_ == "NOUN" \
                    and governor.head.dep_ == "obj" and governor.head.i < i and governor.head.head.pos_ == "VERB" \
                    and any(c.dep_ == "cc" and norm(c) == "et" for c in children(governor)):
                governor = governor.head.head     # "a décrété sept jours de deuil national et l'état d'urgence": an
                break                             # object joined to the verb's first
            if governor.i == i and governor.dep_ == "conj" and governor.pos_ == "NOUN" and governor.head.pos_ == "VERB" \
                    and any(c.dep_ == "obj" and c.i < i for c in children(governor.head)) \
                    and any(c.dep_ == "cc" and norm(c) in ("et", "ainsi") for c in children(governor)):
                governor = governor.head  # "a annoncé la dissolution du gouvernement, ainsi que la fermeture des
                break                     # frontières": a second object the parser joined to the verb
            if governor.dep_.split(":")[0] not in ("obj", "obl", "nmod", "iobj", "advmod"):
                break                     # not through appositions or relative clauses
            if any(c.dep_ == "case" and norm(c) in _WHEN | {"face"} for c in children(governor)):
                break                     # "suspend un traité après l'attentat": a time, not a part in the clause
                #                           ("promis de protéger l'emploi face aux droits de douane": what it meets)
            if governor.dep_.startswith("obl") and event.family != "Vote" \
                    and any(c.dep_ == "case" and norm(c) == "sur" for c in children(governor)):
                governor = toks[i]        # "obtiennent un sursis sur les droits de douane": what the clause is
                break                     # about, not a part its subject takes in it
            if governor.dep_ == "nmod" and governor.head.pos_ == "NOUN" and lemma(governor.head) not in _PHASES \
                    and lemma(governor.head) not in _OUTCOMES \
                    and lemma(governor.head) not in event_words and norm(governor.head) not in times:
                governor = toks[i]         # "leur montrer une vidéo de l'attaque": not theirs
                break
            governor = governor.head
            if norm(governor) in _WHEN:
                break                     # "au lendemain de heurts": a time, not a part in the clause
        if governor.i == i and toks[i].dep_ == "conj" and toks[i].head.pos_ == "PROPN":
            # "ont conclu vendredi à Montevideo un accord": the parser joined the object to the place
            governor = next((toks[k] for k in range(i - 1, max(0, i - 7), -1) if toks[k].pos_ == "VERB"), governor)
        if governor.i == i and toks[i].dep_ == "nsubj" and toks[i].head.i > i:
            k = i - 1
            while k > 0 and (toks[k].pos_ == "DET" or norm(toks[k]) in times):
                k -= 1
            if k < i - 1 and toks[k].pos_ == "VERB" and not any(c.dep_ == "obj" for c in children(toks[k])):
                governor = toks[k]        # "a remporté dimanche les élections législatives ..., conservant sa
                #                           majorité": the object the parser made the subject of the participle
        # "a accusé vendredi X ... lors d'une visite à Nuuk": the speaker's visit, the words said there
        during = event.family in ("Visit", "Communication") and toks[i].pos_ == "NOUN" \
            and any(sentences.norms[k] == "lors" for k in range(max(0, i - 3), i))
        # (the event's own verb reports nothing: "se défendre contre le Hamas" is the war, not words)
        if governor.i == i and toks[i].pos_ not in ("VERB", "ADJ") or lemma(governor) in BANS and governor.i != i \
                or speaks(governor) and event.family not in ("Vote", "Ruling") and not during \
                and governor.i != i and not commanded(toks[i], event.family) \
                or any(c.dep_ == "obj" and norm(c) in ("que", "qu'") for c in children(governor)):
            continue
        if governor.i > i and sentences.is_headline(sentences.of[i]) and _verbless_before_comma(sentences, i, governor.i):
            continue                      # "Afghanistan : 1.400 morts dans un séisme, les talibans appellent à
            #                               l'aide": a title's words before the comma are a clause of their own
        if governor.i < i - 2 and toks[i - 2].text == "," and toks[i - 1].pos_ == "DET" and not any(
                c.family == event.family for c in resources.event_cues_by_first.get(lemma(governor), ())):
            continue                      # "..., Nancy Pelosi, une visite que ...": an apposition, not an argument
            #                               (but "s'est rendu au Groenland, une visite ...": the going it names)
        if event.family == "Conflict" and toks[i].pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.i >= cue_end and (m := linking.mention_at_token(c.i)) is not None
                and m.kind == "demonym" for c in children(toks[i])):
            continue                      # "l'Iran avait tiré des missiles en représailles aux bombardements
            #                               américains": the adjective says who strikes, not the clause's subject
        subject = clause_subject(governor) if governor.dep_ != "xcomp" else \
            next((c for c in children(governor) if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subject is not None and any(c.dep_ == "case" for c in children(subject)) \
                and any("Yes" in feats(c, "Poss") for c in children(subject)):
            subject = None                # "Pékin a de son côté interdit", "à son tour": an adjunct the parser
            #                               took for the subject (not "des soldats", "des" read as a preposition)
        if event.family == "Election" and subject is not None \
                and _result_proclaimer(linking, governor, subject, resources):
            continue                      # "Le Conseil constitutionnel a proclamé lundi la réélection de X": who
            #                               counts the votes takes no part in the vote
        if event.family == "Election" and governor.i != i and lemma(governor) in _CALLING_ELECTIONS:
            continue                      # "Le président a dissous le Parlement et fixé des élections au 5 mars":
            #                               who sets, calls or puts off a vote takes no part in it (but "avait
            #                               organisé un référendum": its organiser's)
        undergoes = governor.i == i and _undergone_by_name(governor, linking)
        if undergoes:
            subject = governor.head       # "Dina Boluarte, destituée par les députés": she undergoes it
        if governor.dep_ == "conj" and governor.head.dep_ == "xcomp":
            governor = governor.head              # "accusé X d'avoir abordé et attaqué Y"
            subject = None
        if subject is None and governor.dep_ == "advcl" and governor.head.dep_ == "xcomp" \
                and any(norm(c) == "pour" for c in children(governor) if c.dep_ == "mark"):
            governor = governor.head      # "accusé X de chercher un prétexte pour envahir": X's purpose
        if subject is None and governor.dep_ == "xcomp":
            # "a accusé l'armée d'avoir bombardé ...": the object of the governing verb acts; with no
            # object, its subject ("a menacé d'engager une procédure")
            subject = next((c for c in children(governor.head) if c.dep_ == "obj" and norm(c) not in times), None) \
                or _dative(governor.head, resources.cue_index.demand_verbs | resources.cue_index.blame_verbs) \
                or _stray_object(doc, governor, resources.cue_index.blame_verbs) \
                or clause_subject(governor.head)
        infinitive = governor.head if governor.dep_ == "conj" else governor
        if subject is None and infinitive.dep_ == "acl" and infinitive.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "mark" and norm(c) in ("de", "d'") for c in children(infinitive)):
            subject = infinitive.head     # "reprochent à l'organisation de les avoir abandonnés et d'avoir imposé"
        if subject is None and governor.dep_ == "conj" and governor.head.dep_ == "ROOT" and governor.head.i < governor.i \
                and governor.head.pos_ in ("NOUN", "PROPN") and governor.pos_ == "VERB":
            # "Les délégations russe et ukrainienne se sont réunies": the parser made the verb a conjunct of its
            # subject, whose words up to the verb name the parties
            first = min([governor.i] + [c.i for c in children(governor) if c.i > governor.head.i
                                        and c.dep_.startswith(("aux", "expl"))])
            cut = [m for m in map(linking.mention_at_token, range(governor.head.i, first)) if m is not None]
            for m in cut:
                for key in linking.refs.get(m, ()):
                    event.add_actor("agent" if event.family in _AGENTIVE else "participant", key)
            if cut:
                event.rules.append("clause-subject")
                continue
        if subject is None and governor.dep_ == "ROOT":
            # the parser cut the sentence after its subject: "Les Etats-Unis et le Royaume-Uni | ont mené"
            begin = sentences.tokens[sentences.of[governor.i]][0]
            subject = next((toks[k] for k in range(governor.i - 1, begin - 1, -1) if toks[k].dep_ == "ROOT"
                            and (toks[k].pos_ in ("NOUN", "PROPN") or linking.mention_at_token(k) is not None)), None)
            #                 (also a name the tagger read as an adjective: "Le parti de centre droit Demokraatit")
        if subject is None and governor.pos_ == "VERB":
            # the parser cut the sentence inside its subject ("Le candidat de gauche Anura | Kumara Dissanayake
            # a été déclaré vainqueur"): a name opening the sentence, right before the verb
            # or set beside it, between commas ("La principale centrale syndicale argentine, la CGT, a mené")
            first = min([governor.i] + [c.i for c in children(governor) if c.dep_.startswith("aux")])
            last = first - 1
            while last > 0 and toks[last].text in (",", ")"):
                last -= 1
            named = linking.mention_at_token(last) if last >= 0 else None
            opening = sentences.tokens[sentences.of[first]][0]
            if named is not None and named.end == last + 1 and named.kind in ("name", "role") and (named.subject or all(
                    toks[k].pos_ not in ("VERB", "AUX", "PUNCT") or toks[k].text in (",", "(", ")")
                    for k in range(opening, named.start))) and sentences.of[named.start] == sentences.of[first]:
                subject = toks[named.start]
        if subject is not None and norm(subject) == "qui" and governor.dep_ == "acl:relcl":
            before = subject.i - 2 if subject.i >= 2 and toks[subject.i - 1].text == "," else subject.i - 1
            named = linking.mention_at_token(before) if before >= 0 else None
            subject = governor.head                               # "les Etats-Unis, qui parrainent ..."
            if linking.mention_at_token(subject.i) is None and named is not None and named.kind == "name":
                subject = toks[named.start]       # "la politique de Donald Trump, qui a déployé": the name before
        if subject is None:
            continue
        # an election's candidates are persons: "La candidate de la gauche Claudia Sheinbaum a été élue"
        decision = next((toks[t] for t in range(infinitive.i - 1, max(0, infinitive.i - 7), -1)
                         if sentences.lemmas[t] in _DECISION_NOUNS), None) if infinitive.dep_ == "acl" else None
        decided = decision is not None        # "la décision de Donald Trump d'imposer des droits de douane": his
        if decided:
            subject = decision
        keys = subject_keys(doc, linking, subject, (PERSON, ORGANISATION, PLACE)
                            if event.family == "Election" or decided or during else (ORGANISATION, PLACE))
        if event.family == "Disaster":
            keys = _operator(linking, subject) or keys     # "Un Boeing 737-800 de la compagnie Jeju Air": its airline
        if not keys and subject.dep_.startswith("nsubj"):
            # "Le sénateur ... et candidat à la présidentielle Miguel Uribe Turbay est mort": the name the
            # parser hung inside the subject, right before its verb
            verb = subject.head
            first = min([verb.i] + [c.i for c in children(verb) if c.dep_.startswith("aux") or c.dep_ == "cop"])
            named = linking.mention_at_token(first - 1) if first > subject.i else None
            if named is not None and named.kind == "name" and named.end == first and named.start > subject.i:
                keys = tuple(linking.refs.get(named, ()))
        if not keys and event.family in ("Agreement", "Communication") and subject.pos_ == "NOUN" \
                and any("Parties" in linking.resources.class_nouns.get(w, ()) for w in (lemma(subject),
                                                                                      norm(subject).rstrip("s"))) \
                and any(norm(c) == "deux" for c in children(subject) if c.dep_ == "nummod"):
            # "les deux parties sont convenues de ...", after talks between two: those who talked
            talks = [e for e in _events_before(mentions_at, i) if e.family == "Communication"
                     and e is not event and len(e.agents + e.participants) >= 2]
            keys = tuple((talks[-1].agents + talks[-1].participants)[:4]) if talks else ()
        # (not a subject of a verbless clause before a comma: "X en tête du premier tour, le Premier ministre
        # démissionne")
        siblings = [c for c in children(subject.head) if c.dep_ == subject.dep_ and c.i != subject.i
                    and (not c.dep_.startswith("nsubj") or any(sentences.norms[t] in ("et", "ni")
                                                               for t in range(min(c.i, subject.i), subject.head.i)))]
        # a list parsed as appositions: "l'Egypte, le Qatar et la Turquie"
        listed = [a for c in children(subject) if c.dep_ == "appos" and linking.mention_at_token(c.i) is not None
                  for a in (c, *c.conjuncts)] if event.family == "Agreement" else []
        # a person found first, the body in the same subject takes part too: "les conservateurs de la
        # CDU/CSU de Friedrich Merz ont remporté les législatives"
        again = (subject,) if event.family == "Election" or decided else ()
        # "Le président azerbaïdjanais Ilham Aliev et le Premier ministre arménien X": the "et" hung on the name
        after_name = [c for n in children(subject) if n.dep_ in ("nmod", "appos") and n.i > subject.i
                      and (m := linking.mention_at_token(n.i)) is not None and m.kind == "name" and m.type == PERSON
                      for c in n.conjuncts]
        for conj in (*subject.conjuncts, *again, *siblings, *listed, *after_name):   # "Israël et le Hamas ont conclu",
            keys += tuple(k for k in subject_keys(doc, linking, conj) if k not in keys)  # even parsed as two subjects
        # the same, when the parser lost the "et"
        # (by a comma too when the phrase ends its list with "et": "Le Canada, | l'Australie et le Royaume-Uni")
        listing = bool(listed) or any(norm(g) == "et" for c in subject.conjuncts if c.i > subject.i
                                      for g in children(c) if g.dep_ == "cc")
        keys += tuple(k for k in joined_before(doc, linking, min(t.i for t in subject.subtree), listing)
                      if k not in keys)
        if subject.pos_ == "NOUN" and "Plur" in feats(subject, "Number") and subject.i < governor.i \
                and any(c.dep_ == "nummod" for c in children(subject)):
            # "Les deux principales centrales syndicales du Nigeria, le NLC et le TUC, ont lancé": those it counts
            counted = {linking.mention_at_token(t) for t in range(subject.i + 1, governor.i)} - {None}
            for m in sorted(counted, key=lambda n: n.start):
                before = sentences.norms[m.start - 1] if m.start else ""
                if m.kind == "name" and before not in ("de", "du", "d'", "des", "a", "au", "en") and len(linking.refs.get(m, ())) == 1 \
                        and linking.type_of(linking.refs[m][0]) in (ORGANISATION, PERSON) and linking.refs[m][0] not in keys:
                    keys += linking.refs[m]
        role = "agent" if event.family in _AGENTIVE else "participant"
        if undergoes:
            role = "patient"
            for child in children(governor):
                if child.dep_ == "obl:agent":             # "... par le Parlement": who does it
                    for key in subject_keys(doc, linking, child, (PERSON, ORGANISATION, PLACE)):
                        event.add_actor("agent" if event.family in _AGENTIVE else "participant", key)
        if event.family in _AGENTIVE and governor.pos_ == "VERB" \
                and (subject.dep_ == "nsubj:pass" and lemma(governor) not in resources.event_words
                     or any(c.dep_ == "aux:pass" for c in children(governor))):
            role = "patient"              # "X a été tué dans une frappe", "le groupe X est interdit", "X a été
            #                               blessé par balle": X undergoes it
        if event.family in _AGENTIVE and governor.i != i and lemma(governor) in _UNDERGOING:
            role = "patient"              # "la défense antiaérienne russe repoussait une attaque de drones
            #                               ukrainiens", "a subi une cyberattaque": the subject meets the deed
        for key in keys:
            if key != event.place:
                event.add_actor(role, key)
        if governor.pos_ == "VERB" and event.family in ("Agreement", "Communication"):
            for child in children(governor):        # "avait signé avec la région séparatiste du Somaliland un protocole"
                if child.dep_.startswith("obl") and child.i < i and any(norm(c) == "avec" for c in children(child)):
                    named = [linking.refs[n] for n in (linking.mention_at_token(t.i) for t in child.subtree)
                             if n is not None and n.kind == "name" and linking.refs.get(n)]
                    for found in named[:1]:
                        for key in found:
                            event.add_actor("participant", key)
        if keys:
            event.rules.append("clause-subject")


def commanded(tok, family: str) -> bool:
    """Whether a use of force or a diplomatic measure is the object of a command ("a ordonné samedi le
    déploiement de 2.000 soldats", "a ordonné des frappes", "a ordonné lundi l'expulsion de douze agents"):
    an order carried out by those under it, done, not only asked."""
    return family in ("Conflict", "Summons") and tok.dep_ == "obj" and lemma(tok.head) in _COMMANDING


_COMMANDING = {"ordonner"}
_UNDERGOING = {"repousser", "subir", "essuyer", "contrer", "endurer"}     # whose subject meets the deed it names


_ANSWERS = {"reponse", "represailles", "riposte"}   # "en réponse à": what follows is the deed answered


_DONE_TO_PERSONS = {"Ruling", "Arrest", "Pardon", "Execution"}     # families whose verb's object is a person


def _at_war(noun):
    """The one a conflict noun after "en" says is waging it ("X, en guerre contre Y", "X est en guerre
    contre Y"), else None."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "case" and norm(c) == "en" for c in children(noun)):
        return None
    if any(c.dep_ == "cop" for c in children(noun)):
        return next((c for c in children(noun) if c.dep_ == "nsubj"), None)
    return noun.head if noun.dep_ == "nmod" and noun.head.pos_ in ("NOUN", "PROPN") else None


def _person_visited(sentences, linking: Linking, end: int) -> str | None:
    """The person named after "à" within the next words of a visit's verb ("rendrait visite à l'ancien chef
    de l'Etat", "a rendu visite mardi à Donald Trump"), else None."""
    for k in range(end, min(end + 4, len(sentences.norms) - 1)):
        if sentences.pos[k] in ("VERB", "AUX") or sentences.texts[k] in (",", ".", ";"):
            return None
        if sentences.norms[k] in ("a", "au", "aux"):
            m = linking.mention_at_token(k + 1) or linking.mention_at_token(k + 2)
            keys = linking.refs.get(m, ()) if m is not None and m.kind in ("name", "role") else ()
            return keys[0] if len(keys) == 1 and linking.type_of(keys[0]) == PERSON else None
    return None


def person_after(sentences, linking: Linking, end: int) -> str | None:
    """The one person named within the next words of a verb, before any other verb, comma or quote
    ("a condamné mardi l'avocate et chroniqueuse X"), else None."""
    for k in range(end, min(end + 8, len(sentences.norms))):
        if sentences.pos[k] in ("VERB", "AUX") or sentences.texts[k] in (",", ".", ";", ":", "«", "»"):
            return None
        m = linking.mention_at_token(k)
        if m is not None and m.kind in ("name", "role") and len(linking.refs.get(m, ())) == 1 \
                and linking.type_of(linking.refs[m][0]) == PERSON:
            return linking.refs[m][0]     # (also "a élu jeudi le commandant en chef de l'armée, Joseph Aoun")
    return None


def _undergone_by_name(verb, linking: Linking) -> bool:
    """Whether ``verb`` is a past participle set after a name it tells of ("Dina Boluarte, destituée par
    les députés", "l'opposant X, condamné en mars")."""
    if not (verb.dep_ == "acl" and verb.pos_ == "VERB" and "Part" in feats(verb, "VerbForm")
            and "Past" in feats(verb, "Tense") and verb.head.i < verb.i):
        return False
    if lemma(verb).endswith("er") and not verb.lower_.endswith(("é", "ée", "és", "ées")):
        return False              # "Le Burkina Faso expulse la coordinatrice": a verb in the present, not "expulsé"
    for t in (verb.head, *(c for c in children(verb.head) if c.dep_ in ("appos", "flat:name") and c.i < verb.i)):
        named = linking.mention_at_token(t.i)
        if named is not None and named.kind == "name" and linking.refs.get(named):
            return True
    return False


def _time_between(doc, j: int, k: int, times) -> bool:
    """Whether the words from ``j`` up to ``k`` only say when ("en 2023", "lundi", "le 5 mars")."""
    toks = tokens_of(doc)
    return k > j and all(t.like_num or norm(t) in ("en", "le", "depuis") or norm(t) in times for t in toks[j:k])


def _dative(verb, verbs: frozenset[str]):
    """Whom a demand or reproach asks or blames ("a demandé au Conseil de sécurité de convoquer une
    réunion", "reprochent à l'organisation d'avoir imposé des sanctions"), else None."""
    if lemma(verb) not in verbs:
        return None
    return next((c for c in children(verb) if c.dep_ in ("obl:arg", "iobj", "obl")
                 and any(norm(g) in ("a", "au", "aux") for g in children(c) if g.dep_ == "case")), None)


def _purpose_place(toks, sentences: Sentences, k: int, limit: int) -> int:
    """Past "pour" + a noun + the place that noun has ("pour la paix en Ukraine"), the token after the place;
    else 0."""
    if k + 4 >= limit or toks[k + 1].pos_ != "DET" or toks[k + 2].pos_ != "NOUN" \
            or sentences.norms[k + 3] not in ("en", "au", "aux", "dans"):
        return 0
    place = next((t for t in range(k + 4, min(limit, k + 6))
                  if toks[t].pos_ == "PROPN" and toks[t].head.i == k + 2), None)
    return place + 1 if place is not None else 0


def _person_before(sentences: Sentences, linking: Linking, k: int, gender: str) -> str | None:
    """The person named or described last before token ``k``, in its sentence or the one before, of
    ``gender`` or of no gender known."""
    first = sentences.tokens[max(0, sentences.of[k] - 1)][0]
    for t in range(k - 1, first - 1, -1):
        m = linking.mention_at_token(t)
        keys = linking.refs.get(m, ()) if m is not None else ()
        if len(keys) == 1 and linking.type_of(keys[0]) == PERSON \
                and linking.builders[keys[0]].gender in (None, gender):
            return keys[0]
    return None


def _inside_subject(toks, i: int, verb) -> bool:
    """Whether the event word at ``i`` lies inside, not heads, the subject of ``verb`` ("Le candidat ... à la
    présidentielle"; not "Des milliers de manifestants", a count of them)."""
    return verb.i > i and any(c.dep_.startswith("nsubj") and c.i != i and c.left_edge.i <= i <= c.right_edge.i
                              and lemma(c) not in _QUANTITIES and not c.like_num for c in children(verb))


def in_description(toks, i: int, resources) -> bool:
    """Whether the event word at ``i`` complements a role or person noun before it ("Le candidat de
    l'opposition à la présidentielle, X, est arrivé dimanche à Madrid"), however the parser hung the
    sentence: the clause's place and day are the person's, not the event's."""
    head = toks[i].head
    while head.i != head.head.i and head.pos_ in ("NOUN", "PROPN") and head.i >= i:
        head = head.head
    while head.pos_ == "NOUN" and head.i < i:
        if norm(head) in resources.roles_by_first or norm(head) in resources.person_nouns:
            return True
        if head.i == head.head.i:
            break
        head = head.head
    return False


def _other_noun_between(toks, i: int, end: int, participle) -> bool:
    """Whether a participle after an event word qualifies another noun past a place or a comma ("une attaque
    près de Pahalgam, dans la partie du Cachemire administrée par l'Inde": the part, not the attack), not
    the event's own words ("des droits de douane annoncés par Trump")."""
    noun = participle.head
    return not i <= noun.i < end and any(toks[t].text == "," or toks[t].pos_ == "ADP"
                                         and norm(toks[t]) not in ("de", "du", "d'", "des") for t in range(end, noun.i))


def month_before_of(sentences: Sentences, k: int, resources) -> bool:
    """Whether "en <month>" at token ``k`` comes right before "de" ("la démission en décembre de sa
    ministre"): a time between an event noun and whose it is."""
    norms = sentences.norms
    return k + 2 < len(norms) and norms[k] == "en" and norms[k + 2] in ("de", "du", "d'") \
        and resources.calendar.get(norms[k + 1], ("",))[0] == "month"


_WON = {"remporter", "gagner"}


def hung_on_day(verb, times) -> list:
    """The object the parser hung on the day right after its verb ("a convoqué mercredi le chargé
    d'affaires": "le chargé" a noun under "mercredi"), as a list of one, else empty."""
    return [o for c in children(verb) if c.dep_ == "obl:mod" and c.i == verb.i + 1 and norm(c) in times
            for o in children(c) if o.dep_ in ("obj", "nmod") and o.i > c.i
            and any(d.dep_ == "det" for d in children(o)) and not any(d.dep_ == "case" for d in children(o))][:1]


def _stray_object(doc, infinitive, verbs: frozenset[str]):
    """The object of a charge the parser hung on a word between the verb and its "de" ("a accusé
    dimanche la Russie d'avoir abattu": "la Russie" under "dimanche"), else None."""
    verb = infinitive.head
    if lemma(verb) not in verbs:
        return None
    toks = tokens_of(doc)
    return next((toks[k] for k in range(verb.i + 1, infinitive.i) if toks[k].dep_ == "obj"
                 and toks[k].head.i != verb.i and verb.i < toks[k].head.i < infinitive.i), None)


SCHEDULING_VERBS = frozenset({"fixer", "programmer", "planifier"})       # "a fixé des élections au 5 mars"
POSTPONING_VERBS = frozenset({"reporter", "repousser", "ajourner", "differer"})   # "a reporté une tournée"
_CALLING_ELECTIONS = SCHEDULING_VERBS | POSTPONING_VERBS | {"convoquer"}
_DRIVING = frozenset({"pousser", "contraindre", "forcer", "obliger", "acculer"})


def _asked_of(doc, noun, demand_verbs: frozenset[str]):
    """The object of the demand an event noun after "à" completes ("appelé les deux parties à une
    désescalade", even when the parser hung the noun on the object), or of the force that drove it
    ("ont poussé le Premier ministre à la démission"), else None."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "case" and norm(c) in ("a", "au", "aux") for c in children(noun)):
        return None
    verb = noun.head.head if noun.dep_ == "nmod" and noun.head.dep_ == "obj" else noun.head
    if verb.pos_ != "VERB" or lemma(verb) not in demand_verbs and lemma(verb) not in _DRIVING:
        return None
    return next((c for c in children(verb) if c.dep_ == "obj" and c.i < noun.i), None)


def _apposition_arguments(doc, linking: Linking, head, stop: int, event: EventBuilder, resources) -> None:
    """ "l'arrivée à Taipei de Nancy Pelosi, une visite ...": the arguments of the noun the event renames."""
    toks = tokens_of(doc)
    k = head.i + 1
    while k < stop:
        word = norm(toks[k])
        m = linking.mention_at_token(k + 1) or linking.mention_at_token(k + 2)
        if word in ("a", "au", "aux", "en") and m is not None and m.kind == "name" and linking.type_of(linking.refs[m][0]) == PLACE:
            key = linking.refs[m][0]
            event.place = event.place or key
            entry = resources.entries.get(key)
            if event.place_is_patient:
                event.add_actor("patient", _state_for(entry, linking) if entry is not None else key)
            k = m.end
            continue
        if word in ("de", "du", "d'", "des") and m is not None and m.kind in ("name", "role") and m.type == PERSON:
            for key in linking.refs[m]:
                event.add_actor("participant", key)
            k = m.end
            continue
        k += 1


_HOSTING = {"accueillir", "organiser"}      # a meeting's host: "accueillir un sommet"
_DEVOTED = {"consacrer", "dedier", "destiner", "reserver"}   # "un sommet consacré à l'Ukraine": its subject,
#                                                               not its place
_PERSONAL = {"il", "elle", "-il", "-elle"}


_WHEN = {"lendemain", "veille", "suite", "apres", "avant", "depuis"}
# nouns through which an event noun still belongs to the clause ("a annoncé le lancement de l'offensive",
# "a signé le texte de l'accord"); through others it does not ("une vidéo de l'attaque", "les victimes de")
_ONES_OWN = {"Inauguration", "Resignation", "Election"}   # "son investiture", "sa démission", "son élection":
#                                                            the possessor's
_FROM = {"provenance", "venant", "originaires", "importes", "importees"}   # "les produits importés des Etats-Unis"
_OUTCOMES = {"vainqueur", "gagnant", "gagnante", "perdant", "perdante"}   # "déclaré vainqueur de l'élection"
_PHASES = {"lancement", "debut", "reprise", "poursuite", "fin", "preparation", "organisation", "tenue", "texte",
           "signature", "conclusion", "cadre", "terme", "issue", "ouverture", "cloture", "intensification", "escalade",
           "tour", "serie", "vague", "salve", "train", "paquet", "ensemble", "imposition", "instauration",
           "introduction", "application", "entree"}      # "a annoncé l'imposition de droits de douane"


_IMPERSONAL = {"agir", "passer", "produire", "trouver", "falloir", "pouvoir", "tenir"}
# reflexive verbs also used with an impersonal "il": "il s'agit de", "il se passe", "il se peut que"
_MODALS = {"devoir", "aller", "vouloir", "compter", "esperer"}    # "Il doit rencontrer X": a person's plan


def _verbless_before_comma(sentences: Sentences, i: int, verb: int) -> bool:
    """Whether a comma stands between token ``i`` and the verb at ``verb``, with no verb from the
    sentence's start to that comma."""
    begin = sentences.tokens[sentences.of[i]][0]
    comma = next((k for k in range(i + 1, verb) if sentences.texts[k] == ","), None)
    return comma is not None and all(sentences.pos[k] not in ("VERB", "AUX") for k in range(begin, comma))


def clause_subject(governor, participle: bool = True):
    """The subject token of the clause ``governor`` heads, or of the clause it depends on; in a title, not
    the label before its colon ("Sri Lanka : le président X fuit à Singapour et démissionne": the
    president)."""
    subject = _clause_subject(governor, participle)
    if subject is None:
        return None
    toks = tokens_of(subject.doc)
    end = max([subject.i, *(c.i for c in children(subject) if c.dep_ == "flat:name")]) + 1
    if end < len(toks) and toks[end].text == ":" and end < governor.i:
        # (within the verb's own clause: "Gabon : Ali Bongo proclamé vainqueur, des militaires annoncent prendre
        # le pouvoir" is the soldiers', whom the parser hung on the label)
        nearest = next((toks[k] for k in range(governor.i - 1, end, -1) if toks[k].dep_.startswith("nsubj")), None)
        comma = next((k for k in range(governor.i - 1, end, -1) if toks[k].text in (",", ";")), end)
        if nearest is not None and nearest.i < comma and nearest.head.i != governor.i \
                and nearest.head.pos_ in ("VERB", "AUX"):
            return next((toks[k] for k in range(comma + 1, governor.i) if toks[k].pos_ in ("NOUN", "PROPN")), None)
        return nearest
    return subject


def _clause_subject(governor, participle: bool = True):
    """The subject token of the clause ``governor`` heads, or of the clause it depends on."""
    head = governor.head if governor.dep_ in ("advcl", "acl", "xcomp", "conj") else None
    if head is not None and governor.dep_ == "conj" and head.dep_ == "acl" and head.head.head.pos_ == "VERB" \
            and any(c.dep_.startswith("aux") for c in children(governor)) \
            and not any(c.dep_.startswith("aux") for c in children(head)):
        head = head.head.head   # "a accusé des bandes entraînées à l'étranger et a limogé le gouvernement": a verb
        #                         with its own auxiliary joins the clause's verb, not the participle it follows
    controller = head.head if head is not None and governor.dep_ == "advcl" and head.dep_ == "xcomp" \
        and not any(c.dep_ == "obj" for c in children(head.head)) else None   # "X avait tenté de dissoudre le
    #                                                 Congrès, avant d'être destitué": X, who tried
    for candidate in (governor, head, controller):
        if candidate is None:
            continue
        subjects = [c for c in children(candidate) if c.dep_ in ("nsubj", "nsubj:pass")
                    and norm(c) not in ("que", "ils", "elles", "on")]
        if len(subjects) > 1 and any(c.i < candidate.i for c in subjects):
            # two subjects, the parser joining two clauses ("X en tête du premier tour, le Premier ministre
            # démissionne"): the one nearest before the verb
            return max(c for c in subjects if c.i < candidate.i)
        for child in children(candidate):
            if child.dep_ in ("nsubj", "nsubj:pass") and norm(child) not in ("que", "ils", "elles", "on"):
                return child
            if child.dep_ == "expl:subj" and norm(child) in ("il", "elle") and child.i < candidate.i \
                    and lemma(candidate) not in _IMPERSONAL and any(norm(c) in ("se", "s'") for c in children(candidate)):
                return child         # "qu'il se rendrait lundi à Washington": a person, which the parser took for
                #                      the "il" of "il s'agit"
            if child.dep_ == "expl:subj" and norm(child) in ("il", "elle") and child.i < candidate.i \
                    and lemma(candidate) in _MODALS and not any(norm(t) == "y" for t in candidate.subtree):
                return child         # "Il doit rencontrer X": a person (but "il doit y avoir", "il va y avoir")
    noun = governor.head
    if governor.dep_ in ("dep", "advcl", "acl") and "Part" in feats(governor, "VerbForm") and governor.i < noun.i \
            and noun.dep_ in ("nsubj", "nsubj:pass") and noun.pos_ in ("NOUN", "PROPN"):
        return noun          # "Réunis mercredi en sommet à La Haye, les dirigeants de l'Otan ...": a fronted participle
    if participle and governor.dep_ in ("acl", "amod") and "Part" in feats(governor, "VerbForm") \
            and noun.dep_ in ("obj", "obl", "obl:mod") and noun.head.pos_ == "VERB" \
            and not any(c.dep_ == "obl:agent" for c in children(governor)):   # (not "Mayotte dévastée par X")
        # "a signé un décret imposant des droits de douane", "a pris le contrôle de Damas, mettant fin à":
        # the participle's subject is that of the verb whose object it describes
        return _clause_subject(noun.head, participle=False)
    if governor.dep_ == "conj" and governor.pos_ == "VERB" and "Part" in feats(governor, "VerbForm") \
            and noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
            and any(c.dep_ == "aux:tense" for c in children(noun.head)) \
            and not any(c.dep_.startswith("aux") for c in children(governor)):
        # "a décrété l'état d'urgence et dissous le gouvernement": a participle the parser joined to the object
        # shares the auxiliary, and the subject, of the verb before it
        return _clause_subject(noun.head, participle=False)
    return None


_MODEL = re.compile(r"[A-Z]{0,3}\d{2,4}[A-Z]{0,3}$")     # "737-800", "A320", "E190", "787"


def _operator(linking: Linking, subject) -> tuple[str, ...]:
    """A maker's name set before a model ("Un Boeing 737-800 de la compagnie Jeju Air") names an aircraft:
    the company it flies for, named after "de" before any comma, is the one it stands for, not its maker."""
    toks = tokens_of(subject.doc)
    m = linking.mention_at_token(subject.i)
    if m is None or m.end >= len(toks) or not _MODEL.match(toks[m.end].text):
        return ()
    of = False
    for k in range(m.end, min(len(toks), m.end + 12)):
        if toks[k].text in (",", ";", ".") or toks[k].pos_ in ("VERB", "AUX"):
            break
        of = of or norm(toks[k]) in ("de", "du", "d'")
        n = linking.mention_at_token(k)
        if of and n is not None and n.kind == "name" and n.start == k and len(linking.refs.get(n, ())) == 1 \
                and linking.type_of(linking.refs[n][0]) == ORGANISATION:
            return linking.refs[n]
    return ()


_CALLED = {"appeler", "participer", "joindre", "organiser", "lancer", "convoquer"}
_RELATIVES = {"laquelle", "lequel", "lesquels", "lesquelles", "auquel", "auxquels", "auxquelles", "que", "qu'"}


def attach_relative_callers(doc, sentences: Sentences, linking: Linking, mentions_at) -> None:
    """ "La grève, à laquelle avaient appelé les syndicats GSEE ... et Adedy", "la manifestation qu'organisait
    le collectif X": the bodies and persons a relative clause on a strike or protest says called, organised
    or joined it take part in it."""
    toks = tokens_of(doc)
    for i, _, event in mentions_at:
        if event.family not in ("Strike", "Protest"):
            continue
        for verb in children(toks[i]):
            if verb.dep_ != "acl:relcl" or lemma(verb) not in _CALLED \
                    or not any(norm(c) in _RELATIVES and c.i < verb.i for c in children(verb)):
                continue
            for t in (t for t in verb.subtree if t.i > verb.i or t.dep_.startswith("nsubj")):
                m = linking.mention_at_token(t.i)
                if m is not None and m.start == t.i and m.kind == "name" and len(linking.refs.get(m, ())) == 1 \
                        and linking.type_of(linking.refs[m][0]) in (ORGANISATION, PERSON):
                    event.add_actor("participant", linking.refs[m][0])
                    event.rules.append("relative-caller")


_DEALT = {"amende", "infliger", "imposer", "penalite", "astreinte"}   # a measure dealt "à" someone


def attach_fined(sentences, linking: Linking, mentions_at) -> None:
    """Those a measure is dealt to after "à", in its clause: "a infligé une amende de 500 millions d'euros à
    Apple et de 200 millions d'euros à Meta" (bodies and persons; "à Bruxelles" may say where)."""
    norms = sentences.norms
    for i, end, event in mentions_at:
        if event.family != "Sanctions" or event.patients or not _DEALT & set(sentences.lemmas[i:end]):
            continue                      # (not "a réclamé des sanctions à l'ONU": whom it is asked of)
        stop = min(sentences.tokens[sentences.of[i]][1], end + 16)
        for k in range(end, stop - 1):
            if sentences.pos[k] in ("VERB", "AUX") or norms[k] in (";", "qui", "que", "qu'"):
                break                     # another clause
            m = linking.mention_at_token(k + 1) if norms[k] in ("a", "au", "aux") else None
            if m is not None and m.start == k + 1 and m.kind == "name" and len(linking.refs[m]) == 1 \
                    and linking.type_of(linking.refs[m][0]) in (ORGANISATION, PERSON):
                event.add_actor("patient", linking.refs[m][0])


def _called_by(sentences, linking: Linking, begin: int, end: int) -> tuple[str, ...]:
    """Who called a protest or a strike, after it in its sentence: "à l'appel du collectif « X »", "à
    l'appel des syndicats X et Y"."""
    norms = sentences.norms
    for t in range(begin + 1, end - 2):
        if norms[t] == "appel" and norms[t - 1] in ("l'", "l") and norms[t - 2] == "a" \
                and norms[t + 1] in ("de", "du", "des", "d'"):
            found: list[str] = []         # "à l'appel des deux principales confédérations syndicales du pays,
            for k in range(t + 2, min(end, t + 24)):    # la GSEE pour le secteur privé et l'Adedy pour ..."
                if sentences.pos[k] in ("VERB", "AUX") or norms[k] in ("qui", "que"):
                    break
                m = linking.mention_at_token(k)
                if m is None or m.start != k or m.kind not in ("name", "group") or not linking.refs.get(m):
                    continue
                if m.kind == "group" or linking.type_of(linking.refs[m][0]) != ORGANISATION:
                    return tuple(found) or tuple(linking.refs[m])
                found += [key for key in linking.refs[m] if key not in found]
            return tuple(found)
    return ()


def _person_joined_after(sentences: Sentences, linking: Linking, m, keys: tuple[str, ...],
                         limit: int) -> tuple[str, ...]:
    """The person joined by "et" after the one ``m`` names (past the name set after a description: "le
    Premier ministre israélien Benjamin Netanyahu et son ancien ministre de la Défense Yoav Gallant"),
    named or described."""
    norms, end = sentences.norms, m.end
    while (n := linking.mention_at_token(end)) is not None and n.start == end and linking.refs.get(n) == keys:
        end = n.end
    if end + 1 >= limit or norms[end] != "et":
        return ()
    other = linking.mention_at_token(end + 1)
    joined = linking.refs.get(other, ()) if other is not None and other.kind in ("name", "role") else ()
    return joined if len(joined) == 1 and linking.type_of(joined[0]) == PERSON else ()


def _joined_after(doc, linking: Linking, end: int, limit: int) -> tuple[str, ...]:
    """The actor joined by "et" right after a name ending at token ``end``, past its acronym in
    parentheses ("La France insoumise (LFI) et le Rassemblement national"), which the parser may hang
    elsewhere."""
    toks = tokens_of(doc)
    if end + 2 < limit and toks[end].text == "(" and toks[end + 2].text == ")":
        end += 3
    if end + 1 >= limit or norm(toks[end]) != "et":
        return ()
    m = linking.mention_at_token(end + 1) or (linking.mention_at_token(end + 2) if toks[end + 1].pos_ == "DET" else None)
    if m is None or m.kind != "name" or m.start > end + 2:
        return ()
    return linking.refs.get(m, ())


_SUBORDINATE = {"lorsque", "lorsqu'", "quand", "puisque", "puisqu'"}
_BEFORE_QUE = {"apres", "avant", "depuis", "pendant", "alors", "tandis"}


def headline_clause(sentences: Sentences, i: int) -> tuple[int, int]:
    """The tokens of the clause token ``i`` is in, when the sentence is a title of clauses set side by side
    with commas, each with its own verb ("L'UE ouvre les négociations, Orban bloque l'aide"); else the
    sentence's."""
    sent = sentences.of[i]
    first, last = sentences.tokens[sent]
    if not sentences.is_headline(sent):
        return first, last
    commas = [k for k in range(first, last) if sentences.texts[k] == ","]
    bounds = [first, *commas, last]
    pieces = list(zip(bounds, bounds[1:]))
    # (a verb the tagger read as an infinitive with no word to govern it is a present: "X se réfugie en Y")
    morphs, pos = sentences.morphs, sentences.pos
    finite = [any(pos[t] == "VERB" and ("VerbForm=Fin" in morphs[t] or "VerbForm=Inf" in morphs[t]
                                        and pos[t - 1] not in ("ADP", "VERB", "AUX")
                                        and sentences.norms[t - 1] not in ("de", "d'", "a", "pour"))
                  for t in range(a, b)) for a, b in pieces]
    if len(pieces) < 2 or not all(finite):
        return first, last
    return next((a, b) for a, b in pieces if a <= i < b)


def _subordinate_opening(sentences: Sentences, i: int) -> int | None:
    """The token opening the adverbial clause verb ``i`` is in ("après que", "lorsque"), if a subject
    stands between it and the verb: the clause is the verb's own, apart from the main one."""
    norms = sentences.norms
    begin = sentences.tokens[sentences.of[i]][0]
    for k in range(i - 1, begin, -1):
        if norms[k] in _SUBORDINATE or norms[k] in ("que", "qu'") and norms[k - 1] in _BEFORE_QUE:
            subject = any(sentences.pos[t] in ("NOUN", "PROPN", "PRON") for t in range(k + 1, i))
            return k if subject else None
        if sentences.pos[k] == "VERB" or sentences.texts[k] in (";", ":"):
            return None
    return None


def joined_before(doc, linking: Linking, first: int, listed: bool = False) -> list[str]:
    """The actors joined by "et" to a noun phrase starting at token ``first`` that the parser cut off
    from it ("La Pologne et l'Italie ont exprimé", "Les Etats-Unis et le Royaume-Uni | ont mené"), or by
    a comma when the phrase goes on with a list (``listed``: "les Etats-Unis, | l'Egypte, le Qatar et la
    Turquie ont signé")."""
    toks = tokens_of(doc)
    keys: list[str] = []
    inside = linking.mention_at_token(first)
    if inside is not None and inside.start < first:
        first = inside.start                      # "Kim Jong Un", whose "Un" the parser took for the subject
    while True:
        described = linking.mention_at_token(first - 1) if first > 0 else None
        if described is not None and described.kind == "role" and described.end == first:
            first = described.start               # "Le président russe Vladimir Poutine et le dirigeant nord-coréen Kim"
        k = first - 1
        while k > 0 and toks[k].pos_ == "DET":
            k -= 1
        if k < 1 or norm(toks[k]) not in ("et", ",") or toks[k].text == "," and not listed:
            return keys
        m = linking.mention_at_token(k - 1)
        if m is None or m.kind == "demonym" or m.end != k:
            return keys
        before = m.start - 1
        while before > 0 and toks[before].pos_ == "DET":
            before -= 1
        if toks[k].text == "," and (before < 0 or toks[before].pos_ == "ADP" or m.locative):
            return keys                           # "Au Mali, l'armée": a place set before, no item of the list
        keys = [key for key in linking.refs.get(m, ()) if key not in keys] + keys
        first = m.start


def _reporter_of(doc, linking: Linking, pronoun) -> tuple[str, ...]:
    """ "L'armée libanaise a annoncé qu'elle allait déployer": a subject pronoun of a clause that
    complements a verb stands for that verb's subject, when their genders agree."""
    clause = pronoun.head
    if clause.dep_ != "ccomp":
        return ()
    outer = next((c for c in children(clause.head) if c.dep_ == "nsubj"), None)
    if outer is None or outer.i > pronoun.i:
        return ()
    m = linking.mention_at_token(outer.i)
    if m is None or m.kind == "demonym" or len(linking.refs[m]) != 1:
        return ()
    wanted = "Fem" if norm(pronoun) in ("elle", "-elle") else "Masc"
    gender = feats(outer, "Gender")
    return linking.refs[m] if not gender or wanted in gender else ()


def _body_completed(doc, linking: Linking, m):
    """The body that opens a sentence and whose "de" complement names the person of mention ``m``, past
    the person's title and the body's short form ("Le Parti socialiste du Premier ministre Edi Rama", "Le
    Parti action et solidarité (PAS) de la présidente moldave Maia Sandu"), else None."""
    toks = tokens_of(doc)
    k = m.start - 1
    while k > m.start - 5 and k > 0 and toks[k].pos_ in ("ADJ", "NOUN"):
        k -= 1                                     # (past "Premier ministre", "ancien président")
    if k > 1 and norm(toks[k]) in ("la", "l'") and k < m.start - 1:
        k -= 1                                     # "de la présidente moldave X"
    if k < 1 or norm(toks[k]) not in ("du", "de", "d'"):
        return None
    if k > 3 and toks[k - 1].text == ")" and toks[k - 3].text == "(":
        k -= 3                                     # past the body's short form: "Le Parti ... (PAS) de"
    body = linking.mention_at_token(k - 1)
    if body is None or body.kind != "name" or body.end != k or body.type != ORGANISATION \
            or not linking.refs.get(body):
        return None
    j = body.start - 1
    while j >= 0 and toks[j].pos_ == "DET":
        j -= 1
    return body if j < 0 or toks[j].is_space or toks[j].is_sent_start or toks[j].text in (".", "\n") else None


def subject_keys(doc, linking: Linking, subject, types=(ORGANISATION, PLACE)) -> tuple[str, ...]:
    """The actor a noun phrase names: itself, else the first actor of ``types`` it contains
    ("les chefs d'Etat de la Cédéao", "l'ambassadeur des Etats-Unis, Nicholas Burns"); for "il" or
    "elle", the person last named as a subject."""
    toks = tokens_of(doc)
    if norm(subject) in _PERSONAL:
        outer = _reporter_of(doc, linking, subject)
        if outer:
            return outer
        # the latest subject: a person, or a body or state ("Le ministère afghan de la Défense a condamné ...
        # Il a convoqué le chargé d'affaires")
        # ("Elle doit prêter serment": a woman, not the man named as a subject just before)
        wanted = "f" if norm(subject) in ("elle", "-elle") else "m"
        before = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if n.subject and len(keys) == 1
                  and n.span.end <= subject.idx and (linking.type_of(keys[0]) == PERSON and n.kind in ("name", "role")
                                                     and linking.builders[keys[0]].gender in (None, wanted)
                                                     or n.kind in ("name", "government") and n.type != PERSON
                                                     and _main_subject(doc, n))]
        return (max(before)[1],) if before else ()
    pointed = _demonstrative_start(toks, subject.i)
    if pointed is not None:
        # "Celui-ci a démissionné lundi": the person named last, of that gender, not the last subject
        wanted = "f" if norm(toks[pointed]) == "celle" else "m"
        before = [(n.span.begin, keys[0]) for n, keys in linking.refs.items() if len(keys) == 1
                  and n.span.end <= toks[pointed].idx and n.kind in ("name", "role")
                  and linking.type_of(keys[0]) == PERSON and linking.builders[keys[0]].gender in (None, wanted)]
        return (max(before)[1],) if before else ()
    m = linking.mention_at_token(subject.i)
    if m is not None and m.type == PERSON and (body := _body_completed(doc, linking, m)) is not None:
        return linking.refs[body]                  # "Le Parti socialiste du Premier ministre X a remporté": the
        #                                            party, the parser having made the name the subject
    if m is not None and (m.kind != "demonym" or toks[m.start].text[:1].isupper()):
        return linking.refs[m]                     # "Les Moldaves ont approuvé": a people, its state
    for child in children(subject):                 # "Le général Abdourahamane Tiani, qui ..."
        named = linking.mention_at_token(child.i) if child.dep_ in ("appos", "nmod", "flat:name") else None
        if named is not None and named.kind == "name" and named.type == ORGANISATION and child.dep_ == "appos" \
                and toks[named.start - 1].text == "," and subject.pos_ == "NOUN":
            return linking.refs[named]             # "La principale centrale syndicale argentine, la CGT, a mené"
        if named is not None and named.kind == "name" and named.type == PERSON and (
                named.start == subject.i + 1 or child.dep_ == "appos" and toks[named.start - 1].text == ","
                or all(toks[k].pos_ == "ADJ" for k in range(subject.i + 1, named.start))):   # "Le cardinal américain X"
            return linking.refs[named]             # "Le chef politique du Hamas, Ismaïl Haniyeh, a été tué"
    tokens = sorted(t.i for t in subject.subtree)
    found = linking.keys_at(doc[tokens[0]].idx, doc[tokens[-1]].idx + len(doc[tokens[-1]].text))
    # not the agent of a participle set off after the noun ("L'accord, négocié par les Etats-Unis et la France,
    # prévoit le retrait": the mediators take no part in the withdrawal)
    aside = {t.i for c in children(subject) if c.dep_ == "acl" and c.i > subject.i and toks[c.i - 1].text == ","
             and "Part" in feats(c, "VerbForm") for t in c.subtree}
    found = [(m, keys) for m, keys in found if m.start not in aside
             and not (m.locative and m.type == PLACE and m.start > subject.i)]   # "des manifestants à Lyon": where
    for wanted in types:
        for m, keys in found:
            if m.kind != "demonym" and (len(keys) == 1 or m.kind == "group") \
                    and all(linking.type_of(key) == wanted for key in keys):
                # "les ambassadeurs des trois pays": each of them; "les régimes du Mali, du Burkina Faso
                # et du Niger": each one joined to the first
                first = toks[m.start]
                joined = [*first.conjuncts, *(c for c in children(first.head) if c.dep_ == first.dep_ and c.i > first.i)] \
                    if m.kind == "name" and first.head.i != first.i else []
                for conj in [*joined, *(c for j in joined for c in j.conjuncts)]:
                    other = linking.mention_at_token(conj.i)
                    if other is not None and other.kind == "name" and len(linking.refs.get(other, ())) == 1 \
                            and linking.type_of(linking.refs[other][0]) == wanted:
                        keys = keys + tuple(k for k in linking.refs[other] if k not in keys)
                return keys
    first = tokens[0]
    named = linking.mention_at_token(first - 2) if first >= 2 and toks[first - 1].text == "," \
        and norm(toks[first]) in ("le", "la", "l'", "les", "qui") else None   # (not "Selon le HCDH, des témoins")
    if named is not None and named.kind == "name" and named.end == first - 1 and linking.refs.get(named) \
            and not (named.start > 1 and norm(toks[named.start - 1]) in ("le", "la", "l'", "les")
                     and norm(toks[named.start - 2]) in ("selon", "apres")):
        return linking.refs[named]            # "Donald Trump Jr, le fils aîné du président élu, a effectué ..."
    for child in children(subject):            # "les forces israéliennes doivent se retirer": Israel's
        adjective = linking.mention_at_token(child.i) if child.dep_ == "amod" else None
        if adjective is not None and adjective.kind == "demonym" and len(linking.refs[adjective]) == 1:
            keys, k = linking.refs[adjective], adjective.end
            while k + 1 < len(doc) and norm(toks[k]) in ("et", ","):    # "Des délégations russe et ukrainienne",
                other = linking.mention_at_token(k + 1)                   # however the parser hung the second
                if other is None or other.kind != "demonym" or len(linking.refs[other]) != 1:
                    break
                keys, k = keys + tuple(key for key in linking.refs[other] if key not in keys), other.end
            return keys
    return ()


def _main_subject(doc, m) -> bool:
    """Whether mention ``m`` is the subject of its sentence's main verb."""
    toks = tokens_of(doc)
    return any(toks[t].dep_.startswith("nsubj") and toks[t].head.dep_ == "ROOT" for t in range(m.start, m.end))


def after_source_marker(text: str, begin: int) -> bool:
    window = text[max(0, begin - 30):begin].lower()
    return "selon" in window or "d'après" in window.replace("\u2019", "'")


def attach_times(doc, sentences, article: Article, mentions_at, resources, anchored=()) -> None:
    """Each time expression dates the event it is said of: the mention just before it, the one a time
    word sits inside, the subject of its verb, or one right after it; not words spoken that day. An event
    word naming a day by an event told before ("au lendemain de l'élection", in ``anchored``) dates that
    event by the day of its sentence."""
    toks = tokens_of(doc)
    speech = resources.cue_index.verbs | set(resources.reporting_index)
    times = find_times(doc, resources, sentences.texts, sentences.norms)
    filed = agency_dateline(article.text)          # "Kingston, 29 octobre (AFP) - ": when the story was filed
    times = [t for t in times if not (filed and toks[t.start].idx < filed[0][1])]
    starts = [t.start for t in times]
    ends = {e for _, e, _ in mentions_at}
    # a date that names its event ("l'élection présidentielle du 28 décembre") before the day of the clause
    # ("a déposé lundi sa candidature à l'élection ... du 28 décembre"), at its first mention, or the first after
    # the title's (a later "scrutin de février" may be another)
    first_ends = {e for s, e, ev in mentions_at if _first_told(sentences, ev, s)}
    named = [t for t in times if t.start > 1 and sentences.norms[t.start - 1] in ("du", "de", "d'")
             and (t.start - 1 in first_ends or t.start - 2 in first_ends and sentences.pos[t.start - 2] == "ADJ"
                  or t.start - 3 in first_ends and sentences.norms[t.start - 3] in ("de", "d'")
                  and sentences.pos[t.start - 2] == "NOUN" and sentences.texts[t.start - 2].islower())]
    #                                                   ("la guerre d'indépendance de 1971": past its complement)
    # (a year after "de" only dates the event it names: "le coup d'Etat de 2021", not "la réforme de 2023")
    times = [t for t in times if t in named or not (t.kind == "year" and sentences.norms[t.start - 1] == "de")]
    for expr in named + [t for t in times if t not in named]:
        sent = sentences.of[expr.start]
        candidates = [(s, e, ev) for s, e, ev in mentions_at if sentences.of[s] == sent and e <= expr.start]
        following = [(s, e, ev) for s, e, ev in mentions_at if sentences.of[s] == sent and expr.end <= s <= expr.end + 10]
        anchor = toks[expr.start].head
        # "convenus mercredi ... lors de leur rencontre"; not "une offensive lancée le 27 novembre", dated by its own
        following += [(s, e, ev) for s, e, ev in mentions_at if sentences.of[s] == sent and s > expr.end + 10
                      and anchor.pos_ == "VERB" and anchor in toks[s].ancestors
                      and not any(s < t <= max(k.i for k in toks[s].subtree) for t in starts)]
        # "a prévenu mardi qu'Israël répondra à toute violation de l'accord": the day of the words;
        # "a annoncé mercredi ..., au lendemain de l'attentat": a day after it
        following = [(s, e, ev) for s, e, ev in following
                     if not any(sentences.norms[k] in ("que", "qu'") or sentences.norms[k] in _WHEN
                                for k in range(expr.end, s))
                     and not _in_aside(toks, s, anchor)
                     and not _set_off(toks, sentences, expr, s)
                     and not any(e <= t.start <= e + 2 and t.kind in ("weekday", "date") for t in times)]
        #                 (not an event its own day follows: "a signé mardi un ordre visant des chauffeurs, en grève
        #                 depuis jeudi", "arrivé lundi en Lituanie, doit rencontrer M. Zelensky mercredi")
        if lemma(anchor) in speech:       # "a promis jeudi de poursuivre les auteurs de l'attaque": the day of the words
            # "ont approuvé dimanche ..., avec 50 % des voix"; "ont annoncé mercredi avoir pris le pouvoir"
            # ("a annoncé jeudi des sanctions", the noun hung on the day as its "de" complement)
            following = [(s, e, ev) for s, e, ev in following if toks[s].head.i == anchor.i
                         or norm(toks[s].head) == "lors" and toks[s].head.head.i == anchor.i
                         and ev.family in ("Visit", "Communication")   # "a accusé vendredi X lors d'une visite"
                         or expr.start <= toks[s].head.i < expr.end and toks[s].dep_ == "nmod" and any(
                             c.dep_ == "case" and norm(c) in ("des", "du", "par") for c in children(toks[s]))
                         or expr.start <= toks[s].head.i < expr.end and toks[s].dep_ == "obj"
                         and lemma(anchor) not in resources.cue_index.blame_verbs]
            #                                 ("a annoncé jeudi sa démission", the object hung on the day)
            #                                 ("ont rejeté dimanche par référendum": the vote the words were cast in)
            following = [(s, e, ev) for s, e, ev in following if toks[s].head.i != anchor.i
                         or (toks[s].dep_ == "obj" and lemma(anchor) not in resources.cue_index.blame_verbs
                             # ("a dénoncé mardi l'attaque": the day of the blame, not of the deed)
                             or ev.family == "Vote"
                             or ev.family == "Election" and any(c.dep_ == "case" and norm(c) == "par"
                                                                for c in children(toks[s]))
                             # ("ont approuvé dimanche par référendum": the ballot the words were cast in)
                             or ev.family == "Ruling" and any(c.dep_ == "case" and norm(c) == "dans"
                                                              for c in children(toks[s]))   # "La Cour a estimé
                             #                               mercredi, dans un avis consultatif, que": its ruling
                              or toks[s].dep_ == "obl:arg" and any(c.dep_ == "case" and norm(c) in ("des", "du")
                                                                   for c in children(toks[s]))   # "a lancé mardi des
                              #                               exercices", the article read as a preposition
                              or toks[s].dep_ == "xcomp" and any(c.dep_.startswith("aux") for c in children(toks[s]))
                              and not any(s < t <= max(k.i for k in toks[s].subtree) for t in starts))]
        # near the time, or the subject of the verb it dates: "Un cessez-le-feu entre X et Y est entré en vigueur mercredi"
        verb = next((a for a in toks[expr.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
        while verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_.startswith("nsubj") for c in children(verb)):
            verb = verb.head              # "Les négociations ... doivent reprendre la semaine prochaine": the subject
            #                               of the verb the infinitive completes
        subjects = {c.i for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass")} if verb is not None else set()
        subjects |= {c for s in subjects for c in _counted(toks[s])}   # "Des centaines de manifestants
        #                                                                 s'étaient rassemblés dimanche"
        if verb is not None and not subjects and (detached := detached_subject(verb)) is not None:
            subjects |= {detached.i, *(c.i for c in children(detached))}   # "L'ouragan X, de catégorie 5, a
            #                               touché terre mardi": cut off by the apposition
        if verb is not None and verb.dep_ == "acl:relcl" and any(sentences.norms[s] == "qui" for s in subjects):
            subjects.add(verb.head.i)     # "la collision de Tempé, qui avait fait 57 morts le 28 février 2023"
            if verb.head.dep_ == "nmod":  # (the clause hung on the place)
                subjects.add(verb.head.head.i)
        candidates = [c for c in candidates if (expr.start - c[1] <= 8 or c[0] in subjects)
                      and (not c[2].time_text or _refines_month(c[2], expr, article.date))]
        if candidates and expr not in named:   # not "le candidat à la présidentielle X est mort lundi" (but "le
            #                                    candidat à la présidentielle de novembre": the date names it)
            clause = verb if verb is not None else toks[expr.start].head     # "est mort lundi": "mort", an adjective
            inside_subject = {t.i for c in children(clause) if c.dep_ in ("nsubj", "nsubj:pass")
                              for t in c.subtree if t.i != c.i
                              and not (t.head.i == c.i and t.dep_ == "nmod" and lemma(c) in SPELLS)
                              and t.i not in _counted(c)}
            #                 ("Une nouvelle journée de grève est prévue la semaine prochaine": the strike's day)
            candidates = [c for c in candidates if c[0] not in inside_subject
                          and not (verb is not None and c[0] < verb.i and in_description(toks, c[0], resources))]
        if verb is not None and lemma(verb) in speech and _inverted_report(toks, verb):
            candidates = [c for c in candidates if c[0] > verb.i]   # "X a été tué dans un accident, ont annoncé
            #                                                          lundi les médias": the day of the report
        since = expr.start > 0 and sentences.norms[expr.start - 1] == "depuis"
        if since and expr.kind not in ("weekday", "date"):
            continue                              # "une première depuis 1962": not when it happened
        if lemma(anchor) in _GOING_ON and not any(e <= expr.start and anchor.i < s for s, e, _ in candidates):
            continue                              # "poursuivaient mardi la grève qu'ils ont entamée le 14 mars":
            #                                       a day it goes on, not when it began
        inside = [(s, e, ev) for s, e, ev in mentions_at if s < expr.start and expr.end <= e]
        if inside:
            start, end, event = inside[0]         # "a tiré mercredi un missile"
        elif candidates:
            start, end, event = candidates[-1]
        elif following:
            start, end, event = following[0]      # "a lancé mercredi des manœuvres"
        else:
            continue
        if since and event.family not in ("Disaster", "Conflict", "Protest", "Strike"):
            continue                              # (but "a provoqué depuis jeudi des inondations": when it began)
        if event.time_text and not _refines_month(event, expr, article.date) \
                or expr not in named and start > expr.start and any(
                c.dep_ == "amod" and lemma(c) in ("prochain", "futur") for c in children(toks[start])):
            continue                              # "a annulé mardi son diplôme, l'empêchant de se présenter à la
            #                                       prochaine élection": the day of the verb before an event told
            #                                       as the next one (but "Le prochain sommet aura lieu mardi")
        future = event.factuality in ("Planned", "Hypothetical")   # "a appelé à manifester dimanche": to come
        verb = next((a for a in toks[expr.start].ancestors if a.pos_ in ("VERB", "AUX")), None)
        future = future or verb is not None and any(   # "Le sommet aura lieu le 1er mars"
            "Tense=Fut" in sentences.morphs[t.i] and t.text.islower()
            for t in (verb, *(c for c in children(verb) if c.dep_.startswith("aux"))))
        future = future or verb is not None and "VerbForm=Inf" in sentences.morphs[verb.i] and verb.dep_ == "xcomp" \
            and lemma(verb.head) in ("devoir", "aller") and "Tense=Pres" in sentences.morphs[verb.head.i]
        #                                                "Le cessez-le-feu doit entrer en vigueur mercredi": to come
        # "avait éclaté en janvier", "a signé en mars": told as done
        past = verb is not None and "VerbForm=Part" in sentences.morphs[verb.i] and "Tense=Past" in sentences.morphs[verb.i] \
            and expr not in named         # (not the verb's tense for "l'élection présidentielle du 28 décembre")
        # "l'attaque du 7 octobre": a date naming an attack names one that happened
        named_day = event.family == "Conflict" and end == expr.start - 1 and sentences.norms[end] == "du"
        past = past or named_day and not future
        # "doit se prononcer sur la destitution votée par le Parlement le 14 décembre": a participle of the
        # event's own noun, in the past, tells it done, whatever the sentence says is to come
        own_past = past and verb is not None and verb.dep_ == "acl" and verb.head.i in event.tokens \
            and "Planned" in event.statuses
        past = past and (event.factuality == "Asserted" or own_past)   # (not "a promis une transition d'ici
        #                                                               l'investiture du 8 novembre")
        event.time_text = expr.text
        event.date = resolve(expr, article.date, future=future, past=past and not future)
        if event.date and article.date and _after(event.date, article.date):
            event.statuses = ["Planned" if status == "Asserted" else status for status in event.statuses]
        elif own_past and event.date:
            event.statuses = ["Asserted" if status == "Planned" else status for status in event.statuses]
        elif named_day and event.date and article.date and event.date < article.date:
            # "a promis de riposter à la frappe du 1er avril": an attack its past day names happened, whatever
            # is promised in answer
            event.statuses = ["Asserted" if status in ("Planned", "Hypothetical") else status
                              for status in event.statuses]
    _date_in_its_wake(sentences, mentions_at)
    days = [(t.start, day) for t in times if t.kind in ("weekday", "relative_day")
            and (day := resolve(t, article.date)) is not None]
    _date_by_the_day_next(sentences, mentions_at, anchored, days)


def _refines_month(event, expr, date: str | None) -> bool:
    """Whether a day names the day within the month an event was dated by ("des élections en septembre",
    then "des élections législatives pour le 25 septembre")."""
    if not (event.time_text and event.date and len(event.date) == 7 and expr.kind == "date"):
        return False
    day = resolve(expr, date, future=event.factuality != "Asserted")
    return bool(day) and len(day) == 10 and day.startswith(event.date)


_DAY_NEXT = {"lendemain": -1, "veille": 1, "surlendemain": -2, "avant-veille": 2}


def _date_by_the_day_next(sentences, mentions_at, anchored, days) -> None:
    """An event told "au lendemain de" or "à la veille de" what a sentence dates by its day, with no day of its
    own, happened the day before or is due the day after ("a annoncé mercredi la suspension du traité, au
    lendemain de l'attentat": the attack was on Tuesday; "au lendemain de l'adoption d'une motion de
    censure": the vote, past the act's noun)."""
    norms, pos = sentences.norms, sentences.pos
    for k in range(1, len(norms) - 2):
        shift = _DAY_NEXT.get(norms[k])
        if shift is None or not (norms[k - 1] in ("au", "le") or norms[k - 1] == "la" and norms[k - 2] == "a") \
                or norms[k + 1] not in ("de", "d'", "du", "des"):
            continue                      # (not "a menacé la veille d'une intervention": the day of the threat)
        sent = sentences.of[k]
        told = next(((s, ev) for s, _, ev in sorted([*mentions_at, *anchored], key=lambda m: m[0])
                     if sentences.of[s] == sent and k + 1 < s <= k + 7
                     and all(pos[t] in ("DET", "NOUN", "ADP", "ADJ") for t in range(k + 2, s))), None)
        if told is None or told[1].date:
            continue
        # the day of an event the sentence tells before, or else of its verb ("a annoncé mercredi le retrait ...")
        dated = [ev.date for s, _, ev in mentions_at if sentences.of[s] == sent and s < k and ev is not told[1]
                 and ev.date and len(ev.date) == 10 and ev.time_text and not _wake_dated(ev.time_text)] \
            or [day for s, day in days if sentences.of[s] == sent and s < k]
        if dated:
            day = dt.date.fromisoformat(dated[-1]) + dt.timedelta(days=shift)
            told[1].date, told[1].time_text = day.isoformat(), f"{sentences.texts[k - 1]} {sentences.texts[k]}"


def _date_in_its_wake(sentences, mentions_at) -> None:
    """An event done "dans la foulée", or at a time of day ("dans la soirée", "dans l'après-midi"), with no
    day of its own, takes the day of the event told just before ("X a perdu mardi un vote de confiance. Il a
    présenté sa démission dans la foulée"; "a destitué mercredi le président ... Il a été arrêté dans la
    soirée")."""
    norms = sentences.norms
    for k in range(2, len(norms)):
        if norms[k] not in _WAKE or norms[k - 1] not in ("la", "l'") or norms[k - 2] != "dans" \
                or k + 1 < len(norms) and norms[k + 1] in ("de", "d'", "du", "des"):
            continue                      # ("dans la foulée de l'élection" names the event it follows, "dans la
            #                               nuit de samedi à dimanche" its day)
        sent = sentences.of[k]
        undated = [(s, ev) for s, _, ev in mentions_at if sentences.of[s] == sent and s < k and not ev.date]
        if not undated:
            continue
        start, event = undated[-1]
        before = sorted((s, ev.date) for s, _, ev in mentions_at if s < start and ev.date and ev is not event
                        and sentences.of[s] >= sent - 2 and (norms[k] == "foulee" or len(ev.date) == 10))
        #                 (a time of day needs a day: not "le premier anniversaire de l'assaut" of a year before)
        if before:
            event.date, event.time_text = before[-1][1], " ".join(sentences.texts[k - 2:k + 1]).replace("' ", "'")


_WAKE = {"foulee", "soiree", "matinee", "apres-midi", "nuit", "journee"}     # "dans la foulée", "dans la soirée"


def _wake_dated(time_text: str) -> bool:
    """Whether an event's day was taken from the event before it ("dans la foulée", "dans la soirée")."""
    words = fold(time_text).replace("'", " ").split()
    return len(words) == 3 and words[0] == "dans" and words[2] in _WAKE

_GOING_ON = {"poursuivre", "continuer", "prolonger", "reconduire"}


def _first_told(sentences, event, i: int) -> bool:
    """Whether the event's mention at token ``i`` is its first, or the first after the title's."""
    n = event.tokens.index(i)
    return not any(sentences.of[t] != 0 or status != "Headline"
                   for t, status in zip(event.tokens[:n], event.statuses[:n]))


def _in_aside(toks, i: int, anchor) -> bool:
    """Whether token ``i`` lies in a past participle's clause set off by a comma below ``anchor`` ("a exclu
    lundi de nommer un gouvernement du NFP, arrivé en tête des législatives"): something said in passing,
    not what the day dates."""
    token = toks[i]
    while token.i != anchor.i and token.head.i != token.i:
        token = token.head
        if token.i != anchor.i and token.pos_ == "VERB" and "Part" in feats(token, "VerbForm") \
                and "Past" in feats(token, "Tense") and token.i > 0 and toks[token.i - 1].text == "," \
                and not any(c.dep_.startswith("aux") for c in children(token)):
            return True
    return False


def _set_off(toks, sentences, expr, s: int) -> bool:
    """Whether a time expression lies in words set off by commas before token ``s`` ("Le BDP, au pouvoir depuis
    l'indépendance en 1966, a perdu les élections"): it tells of the noun they describe."""
    sent = sentences.spans[sentences.of[expr.start]]
    held = next((toks[k].head for k in range(expr.start, expr.end) if not expr.start <= toks[k].head.i < expr.end), None)
    return held is not None and held.pos_ == "NOUN" and any(toks[k].text == "," for k in range(expr.end, s)) \
        and any(toks[k].text == "," for k in range(expr.start - 1, -1, -1) if toks[k].idx >= sent.begin)


def _inverted_report(toks, verb) -> bool:
    """Whether a reporting verb opens a clause after a comma with no subject before it (", ont annoncé lundi
    les médias d'Etat"): the words it reports come before."""
    return toks[aux_start(verb.doc, verb.i) - 1].text == "," \
        and not any(c.dep_.startswith("nsubj") and c.i < verb.i for c in children(verb))


def _after(date: str, reference: str) -> bool:
    """Whether ``date`` lies wholly after ``reference``, at the precision both have.

    >>> _after("2023-01-31", "2023-01-20"), _after("2023-01", "2023-01-20")
    (True, False)
    """
    if "W" in date:                          # an ISO week: compare its last day
        date = (dt.date.fromisocalendar(int(date[:4]), int(date[6:]), 7)).isoformat()
    n = min(len(date), len(reference))
    return date[:n] > reference[:n]


def _state_for(entry, linking: Linking) -> str:
    """The state a capital stands for when the text names it, else the city itself."""
    return entry.stands_for if entry.stands_for and linking.mentioned(entry.stands_for) else entry.key


def _refines(resources, place: str | None, key: str | None) -> bool:
    """Whether ``key`` says where an event took place better than ``place``: the first place found, or a
    city of the country found before ("à Oman", then "à Mascate")."""
    if key is None:
        return False
    entry = resources.entries.get(key)
    return place is None or entry is not None and entry.located_in == place \
        and getattr(resources.entries.get(place), "kind", None) == "Country"


def _mere_place(linking: Linking, key: str) -> bool:
    """Whether ``key`` is a place the gazetteer does not know, so a river, a district or a town where
    something happens, never a state that acts."""
    return linking.type_of(key) == PLACE and key not in linking.resources.entries
