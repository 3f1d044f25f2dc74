"""Parties an event's words leave implicit, found once every event of the article is known: those of a
truce for its war, of an agreement for the talks that follow, of talks for a strike, the country for
its elections, a state for its army, the two states of a summons, the ousted for a coup, the winner for
a swearing-in, and the lead's actors for a title's event."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.arguments import after_source_marker, clause_subject, subject_keys
from kg.extract.document import Sentences, children, detached_subject, feats, lemma, norm, tokens_of
from kg.extract.names import OF, SEAT_VERBS, wins_seats
from kg.link import Linking, named_unions
from kg.model import ORGANISATION, PERSON, PLACE
from kg.naming import salient_state
from kg.resources import fold

if TYPE_CHECKING:
    from kg.extract.events import EventBuilder

__all__ = ["implicit_parties", "SEALING_VERBS", "PROVIDING_VERBS"]


def implicit_parties(doc, sentences: Sentences, events: list[EventBuilder], linking: Linking) -> None:
    """Parties the text leaves implicit: those of the war of the time for "la guerre", those of a truce
    for its war, those of an agreement for the talks that follow, the country for its elections, a state
    for its army, the ousted for a coup, and for a title's event the body never names again, the persons
    and organisations of the lead."""
    _told_by_the_lead(events, linking, sentences)
    _war_of_the_time(events, linking)
    _launched_by(doc, events, linking, sentences)
    _sealed_by(events, linking, sentences)
    _provided_for(doc, events)
    _parties_of_conflicts(events)
    _strikes_of_one_dispute(events, linking, sentences)
    _protests_of_strikers(events, sentences)
    _strikes_of_protesters(events, sentences)
    _contenders(doc, events, linking, sentences)
    _runoff(events, linking)
    _strikers(events, linking, sentences)
    _coup_makers(events, linking)
    _arrests(events, linking, sentences)
    _electorate(events, linking)
    _nationwide(doc, events, linking)
    _states_of_armies(events, linking)
    _envoys(doc, events, linking)
    _ousted(doc, events, linking)
    _sworn_in(events, linking)
    _coup_makers(events, linking, juntas=True)
    _reciprocal(doc, events, linking, sentences)
    _sponsors(doc, events, linking, sentences)
    _struck(doc, events, linking)
    _struck_country(events, linking, sentences)
    _died_in(events, linking, sentences)
    _bound(doc, events, linking)


_BINDING = {"lier", "unir"}


def _bound(doc, events: list[EventBuilder], linking: Linking) -> None:
    """ "la dénonciation de l'accord ... qui le liait aux Etats-Unis": the other party an agreement bound
    takes part in its ending."""
    toks = tokens_of(doc)
    for event in (e for e in events if e.family == "Withdrawal"):
        words = [t for t in toks if any(span.begin <= t.idx < span.end for span in event.spans)]
        verbs = [v for t in words for v in children(t) if v.dep_ == "acl:relcl" and lemma(v) in _BINDING]
        for verb in verbs:
            for obl in (c for c in children(verb) if c.dep_.startswith("obl")
                        and any(norm(g) in ("a", "au", "aux") for g in children(c) if g.dep_ == "case")):
                m = linking.mention_at_token(obl.i)
                if m is not None and m.kind == "name" and len(linking.refs.get(m, ())) == 1:
                    event.add_actor("participant", linking.refs[m][0])
                    event.rules.append("bound")


_DEATH = {"mort", "mourir", "tuer", "deceder", "perir"}


def _died_in(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "son prédécesseur Ebrahim Raïssi, mort en mai dans un accident d'hélicoptère": the one who died
    takes part in the accident, not the subject of the clause it is told in."""
    for event in events:
        if event.family != "Disaster":
            continue
        i = event.token
        begin = sentences.tokens[sentences.of[i]][0]
        death = next((t for t in range(i - 1, max(begin, i - 6), -1) if sentences.lemmas[t] in _DEATH), None)
        if death is None or death - 2 < begin or sentences.texts[death - 1] != ",":
            continue
        m = linking.mention_at_token(death - 2)
        keys = linking.refs.get(m, ()) if m is not None and m.end == death - 1 else ()
        if len(keys) == 1 and linking.type_of(keys[0]) == PERSON:
            event.participants[:] = list(keys)


def _struck_country(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "ont enlevé 25 lycéennes dans ... la ville de Maga, dans l'Etat de Kebbi (nord-ouest du Nigeria)":
    when an attack's place is a town or a region, the one country its sentence names undergoes it."""
    entries = linking.resources.entries
    for event in events:
        if not event.place_is_patient or event.family != "Conflict" or event.type == "Coup" or event.patients \
                or event.place is None:
            continue                      # (a coup's patients are the ousted)
        entry = entries.get(event.place)
        if entry is not None and entry.kind == "Country":
            continue
        countries: list[str] = []
        for sent in sorted({sentences.of[t] for t in event.tokens}):
            span = sentences.spans[sent]
            for _, keys in linking.keys_at(span.begin, span.end):
                for key in keys:
                    entry = entries.get(key)
                    if entry is not None and entry.kind == "Country" and key not in event.agents + event.participants \
                            and key not in countries:
                        countries.append(key)
        if len(countries) == 1:
            event.add_actor("patient", countries[0])


def _struck(doc, events: list[EventBuilder], linking: Linking) -> None:
    """ "l'épidémie de choléra qui frappe le Darfour": the place an epidemic strikes undergoes it, and is where
    it happens; "la panne d'électricité qui a paralysé l'Espagne et le Portugal": the places a disaster
    strikes undergo it."""
    toks = tokens_of(doc)
    for event in events:
        if event.family not in ("Epidemic", "Disaster") or event.agents \
                or event.participants and event.family != "Disaster" \
                or event.patients and not (event.family == "Disaster" and event.patients == [event.place]):
            continue                      # (a disaster's place, taken as struck, may yield to what its verb strikes)
        # the body's words first: they say more closely what was struck than a title ("... au Darfour", then
        # "a englouti dimanche le village de Tarasin")
        title_end = linking.article.text.find("\n\n")
        nouns = sorted((toks[t] for t in event.tokens), key=lambda n: (n.idx < title_end, n.i))
        if event.family == "Disaster":          # "la coupure de courant qui ...": the clause may hang on "courant"
            nouns += [c for n in list(nouns) for c in children(n) if c.dep_ == "nmod" and c.i <= n.i + 3]
        verbs = [v for n in nouns for v in children(n) if v.dep_ == "acl:relcl"]
        found = [m for v in verbs for m in _after_verb(toks, linking, v)]
        # ... or its object past an adjunct: "qui frappent depuis une semaine l'Etat du Rio Grande do Sul"
        found += [linking.mention_at_token(t.i) for v in verbs for o in children(v) if o.dep_ == "obj"
                  for t in o.subtree if t.i <= o.i + 4]
        # "Un séisme a frappé vendredi le centre de la Birmanie": the object of the verb it is the subject of
        # (whatever an apposition made of the parse: "L'ouragan X, de catégorie 5, a touché terre mardi dans le
        # sud-ouest de la Jamaïque", before "a ensuite frappé mercredi l'est de Cuba")
        struck_by = [v for n in nouns for v in (n.head if n.dep_ == "nsubj" and n.head.pos_ == "VERB" and n.i < n.head.i
                                                else _verb_cut_off(toks, n),) if v is not None]
        found += [m for v in struck_by for m in _after_verb(toks, linking, v)]
        # ... or, with no place yet, where its verb says it struck, past its objects: "a provoqué depuis jeudi des
        # inondations et des glissements de terrain dans une grande partie du Sri Lanka"
        found += [linking.mention_at_token(t.i) for v in struck_by for o in children(v)
                  if o.dep_.startswith("obl") and o.i > v.i
                  and any(c.dep_ == "case" and norm(c) in ("dans", "en", "sur") for c in children(o))
                  for t in o.subtree] if event.family == "Disaster" and event.place is None else []
        found = [m for m in found if m is not None and m.kind != "demonym"]    # ("l'archipel français de Mayotte")
        places = [k for m in found for k in linking.refs.get(m, ()) if linking.type_of(k) == PLACE]
        if places and event.family == "Disaster":
            first = next(m for m in found if places[0] in linking.refs[m])
            if event.patients:            # "les incendies qui ravagent la région de X, dans le centre du Chili"
                event.patients, event.place = [], None
            for key in places[:1] + _listed_after(doc, linking, first):
                event.add_actor("patient", key)
            country = linking.resources.entries.get(event.place) if event.place else None
            if event.place is None or country is not None and country.kind in ("Country", "Region") \
                    and getattr(linking.resources.entries.get(places[0]), "kind", None) not in ("Country", "Region"):
                event.place = places[0]   # (a region it strikes says better where than its country, a town than
                #                           its region)
            continue
        for key in places[:1] or ([event.place] if event.place else []):
            event.add_actor("patient", key)
            event.place = event.place or key


def _verb_cut_off(toks, noun):
    """The verb whose subject ``noun`` is, though an apposition cut it off in the parse, else None."""
    return next((v for v in toks[noun.i + 1:noun.i + 14]
                 if (d := detached_subject(v)) is not None and d.i in (noun.i, noun.head.i)), None)


def _after_verb(toks, linking: Linking, verb) -> list:
    """The mentions in the words after ``verb`` up to the next clause or comma, within eight words ("a frappé
    vendredi le centre de la Birmanie", "qui ravagent depuis vendredi la région de X")."""
    found, k = [], verb.i + 1
    while k < min(len(toks), verb.i + 9) and (toks[k].pos_ not in ("PUNCT", "VERB", "AUX", "SCONJ")
                                              or norm(toks[k]) == "est" and norm(toks[k - 1]) in ("l'", "l")):
        #                                             ("l'est de l'Afghanistan": a region, not "être")
        found.append(linking.mention_at_token(k))
        k += 1
    return found


def _listed_after(doc, linking: Linking, m) -> list[str]:
    """The places listed right after mention ``m`` ("le Chili, le Pérou et l'Argentine"), whatever the parse."""
    toks, found, k = tokens_of(doc), [], m.end
    while k + 1 < len(toks) and toks[k].text in (",", "et"):
        nxt = linking.mention_at_token(k + 1) or (linking.mention_at_token(k + 2) if toks[k + 1].pos_ == "DET" else None)
        keys = [key for key in linking.refs.get(nxt, ()) if linking.type_of(key) == PLACE] if nxt is not None else []
        if nxt is None or nxt.kind != "name" or not keys:
            break
        found += keys
        k = nxt.end
    return found


_TABLING = {"presenter", "deposer", "soumettre", "parrainer", "proposer", "porter"}   # who puts a text to the vote
_TEXTS = {"texte", "resolution", "motion", "projet", "proposition", "amendement"}


def _sponsors(doc, events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "Le Conseil de sécurité a adopté une résolution ... Le texte, présenté par les Etats-Unis, a recueilli
    onze voix": who tabled the text voted on takes part in the vote."""
    toks = tokens_of(doc)
    for event in events:
        if event.family != "Vote":
            continue
        sent = sentences.of[min(event.tokens)]
        begin, end = sentences.tokens[sent][0], sentences.tokens[min(sent + 1, len(sentences.tokens) - 1)][1]
        for t in range(begin, end):
            tok = toks[t]
            if sentences.lemmas[t] not in _TABLING or "Part" not in feats(tok, "VerbForm") \
                    or sentences.lemmas[tok.head.i] not in _TEXTS:
                continue
            by = next((k for k in range(t + 1, min(end, t + 3)) if sentences.norms[k] == "par"), None)
            m = next((n for n in (linking.mention_at_token(k) for k in range(by + 1, min(end, by + 4)))
                      if n is not None and n.kind in ("name", "government")), None) if by is not None else None
            if m is not None:
                for key in linking.refs.get(m, ()):
                    event.add_actor("participant", key)
                event.rules.append("sponsor")


def _reciprocal(doc, events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "Les relations entre la France et l'Algérie ..., marquées par l'expulsion réciproque de diplomates":
    a reciprocal act with no party named is between the states its sentence names."""
    toks = tokens_of(doc)
    for event in events:
        if event.agents or event.patients or event.participants or not any(
                norm(c).startswith("reciproque") for t in event.tokens for c in children(toks[t]) if c.dep_ == "amod"):
            continue
        sent = sentences.of[event.tokens[0]]
        states = []
        for m, keys in linking.keys_at(sentences.spans[sent].begin, sentences.spans[sent].end):
            entry = linking.resources.entries.get(keys[0]) if len(keys) == 1 else None
            if entry is not None and entry.kind == "Country" and m.kind in ("name", "demonym") and keys[0] not in states:
                states.append(keys[0])
        if len(states) == 2:
            for key in states:
                event.add_actor("participant", key)
            event.rules.append("reciprocal")


def _sworn_in(events: list[EventBuilder], linking: Linking) -> None:
    """ "d'ici l'investiture du 8 novembre": the one sworn in is the winner of the election told, the
    first of its candidates the article names."""
    elections = [e for e in events if e.family == "Election" and e.factuality == "Asserted"]
    for event in events:
        if event.type != "Inauguration" or event.agents or event.participants or not elections:
            continue
        candidates = [k for k in elections[0].agents + elections[0].participants
                      if linking.type_of(k) == PERSON and k in linking.builders and linking.builders[k].spans]
        if candidates:
            event.add_actor("participant", min(candidates, key=lambda k: min(linking.builders[k].spans)))
            event.rules.append("winner-sworn-in")


_LAUNCHERS = {"lancer", "declencher", "organiser", "convoquer", "mener", "conduire", "appeler", "imposer", "infliger", "decreter"}
# who announces or adopts a measure takes it: "les droits de douane annoncés la veille par les Etats-Unis"
_MEASURE_TAKERS = {"annoncer", "decider", "adopter", "instaurer", "prendre"}


# verbs that seal an agreement: those who do it are its parties, whatever the parser made of its noun
SEALING_VERBS = frozenset({"signer", "conclure", "parapher", "sceller", "ratifier"})


def _sealed_by(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "X et Y ont signé mercredi à Riyad un accord": those who sealed an agreement the parser did not hang on
    their verb are its parties."""
    for event in events:                  # (or one party only, from a phrase elsewhere: "entre Téhéran et l'agence")
        if event.family != "Agreement" or len(set(event.agents + event.patients + event.participants)) > 1:
            continue
        for t in sorted(event.tokens):
            begin = sentences.tokens[sentences.of[t]][0]
            verb = next((k for k in range(t - 1, max(begin, t - 8) - 1, -1) if sentences.lemmas[k] in SEALING_VERBS), None)
            if verb is None or any(sentences.norms[k] in ("pas", "jamais") for k in range(max(begin, verb - 3), verb)):
                continue                  # "L'Inde ... n'ont pas signé le texte": no party to it
            for m in linking.mentions:             # those named before the verb, but in a complement ("à Riyad")
                k = m.start - 1
                while k > begin and sentences.pos[k] == "DET":
                    k -= 1
                if begin <= m.start < verb and m.kind in ("name", "role") and not m.locative \
                        and sentences.pos[k] != "ADP" and len(linking.refs.get(m, ())) == 1:
                    event.add_actor("participant", linking.refs[m][0])
            if len(event.participants) > 1:
                event.rules.append("sealed-by")
                break


def _launched_by(doc, events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "La grève ..., lancée début mars par le syndicat Unite", "convoquée par les deux principales centrales
    syndicales, la CGTP et l'UGT", "des exercices militaires menés par Moscou et Minsk": who carries it out,
    rather than the subject of the clause that mentions it."""
    norms = sentences.norms
    for event in events:
        for launcher in (k for t in sorted(event.tokens) for k in range(t + 1, min(t + 8, len(norms)))
                         if (sentences.lemmas[k] in _LAUNCHERS or event.family == "Sanctions"
                             and sentences.lemmas[k] in _MEASURE_TAKERS) and sentences.pos[k] == "VERB"
                         and not any(sentences.texts[j] in (".", ";") for j in range(t, k))):
            head = tokens_of(doc)[launcher].head
            if head.pos_ == "NOUN" and head.i not in event.tokens and head.i != launcher:
                continue                  # "la Marche des fiertés, bravant l'interdiction décrétée par le gouvernement"
            by = next((k for k in range(launcher + 1, min(launcher + 5, len(norms))) if norms[k] == "par"), None)
            if by is None:
                continue
            found, k = [], by + 1
            while k < len(norms) and sentences.texts[k] not in (".", ";") and sentences.pos[k] not in ("VERB", "AUX"):
                m = linking.mention_at_token(k)
                if m is not None and m.kind != "demonym" and len(linking.refs.get(m, ())) == 1 \
                        and linking.type_of(linking.refs[m][0]) in (ORGANISATION, PLACE, PERSON) \
                        and not (linking.type_of(linking.refs[m][0]) == PLACE and norms[m.start - 1] in OF):
                    found.append(linking.refs[m][0])   # (not "par l'effondrement de la gare de X": where, not who)
                k = m.end if m is not None else k + 1
            if found:
                event.agents = [a for a in event.agents if a in found]
                for key in found:
                    event.add_actor("participant" if event.family == "Strike" else "agent", key)
                event.rules.append("launched-by")
            break


def _strikes_of_one_dispute(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """A strike told with no party ("deux jours après un premier débrayage") is one of the dispute the
    article tells: its parties are those of the talks that failed in its sentence, else of the other strike."""
    for event in events:
        if event.family != "Strike":
            continue
        for key in list(event.participants):      # "les dockers des ports ... du golfe du Mexique": where, not who
            entry = linking.resources.entries.get(key)
            if linking.type_of(key) == PLACE and not (entry is not None and entry.kind == "Country"):
                event.participants.remove(key)
        told_in = {sentences.of[t] for t in event.tokens}
        caller = next((linking.refs[m][0] for m in linking.mentions if sentences.of[m.start] in told_in and m.start >= 4
                       and sentences.norms[m.start - 4:m.start - 1] == ["a", "l'", "appel"]
                       and sentences.norms[m.start - 1] in ("de", "du", "d'") and len(linking.refs.get(m, ())) == 1), None)
        if caller is None:                # "à l'appel de leur syndicat, la BMA": past the description, the name
            caller = next((linking.refs[m][0] for m in linking.mentions if sentences.of[m.start] in told_in
                           and m.kind == "name" and m.type == ORGANISATION
                           and any(sentences.norms[k - 3:k] == ["a", "l'", "appel"] for k in range(max(3, m.start - 7), m.start))
                           and len(linking.refs.get(m, ())) == 1), None)
        if caller is not None:
            event.add_actor("participant", caller)     # "une grève ..., à l'appel de leur syndicat, la BMA"

        if not (event.agents or event.patients or event.participants):
            union = _strikers_union(event, linking, sentences)
            if union is not None:         # "51 000 enseignants en grève" ... "L'Association des enseignants de l'Alberta"
                event.add_actor("participant", union)
                event.rules.append("strikers-union")
        if event.agents or event.patients or event.participants:
            continue
        # "se sont mis en grève ... après l'échec des négociations entre leur syndicat et X": their parties
        talks = next((e for e in events if e.family == "Communication" and e.participants
                      and any(sentences.of[t] in told_in for t in e.tokens)), None)
        strike = next((e for e in events if e is not event and e.family == "Strike" and (e.participants or e.agents)),
                      None)
        unions = named_unions(linking, len(linking.article.text))
        if talks is not None and len(unions) == 1 and unions[0] not in talks.participants:
            talks = None                  # talks without the one union the article names are not the strikers'
            #                               ("Des négociations avec le ministère des Transports avaient échoué")
        other = talks or strike
        if other is not None:
            for key in other.agents + other.patients + other.participants:
                event.add_actor("participant", key)
            event.rules.append("same-dispute")


def _provided_for(doc, events: list[EventBuilder]) -> None:
    """ "Le texte ... prévoit un cessez-le-feu": what an agreement provides for, with no party named, is
    between the agreement's parties."""
    toks = tokens_of(doc)
    for event in events:
        if event.agents or event.patients or event.participants or event.type == "Agreement":
            continue
        head = toks[event.token].head
        if toks[event.token].dep_ != "obj" or lemma(head) not in PROVIDING_VERBS:
            continue
        deal = next((e for e in reversed(events) if e.type == "Agreement" and e.token < event.token
                     and (e.participants or e.agents)), None)
        if deal is not None:
            for key in deal.agents + deal.participants:
                event.add_actor("participant", key)
            event.rules.append("provided-for")


PROVIDING_VERBS = frozenset({"prevoir", "stipuler"})   # what an agreement provides for has not happened yet


def _protests_of_strikers(events: list[EventBuilder], sentences: Sentences) -> None:
    """ "Des enseignants de la CNTE ont entamé une grève ... Les manifestants ont bloqué plusieurs avenues":
    a protest told with no party right after a strike is the strikers'."""
    for event in events:
        if event.family != "Protest" or event.agents or event.patients or event.participants:
            continue
        first = sentences.of[min(event.tokens)]
        strike = next((e for e in events if e.family == "Strike" and e.participants       # (told again later
                       and any(0 <= first - sentences.of[t] <= 1 for t in e.tokens)), None)   # or not)
        if strike is not None:
            for key in strike.participants:
                event.add_actor("participant", key)
            event.rules.append("strikers")


def _strikes_of_protesters(events: list[EventBuilder], sentences: Sentences) -> None:
    """ "Des dizaines de milliers de manifestants ont défilé jeudi à Bruxelles à l'appel des trois principaux
    syndicats ... La grève a fortement perturbé les transports": a strike told as known ("la grève"), with
    no party, right after a protest the unions called is theirs."""
    for event in events:
        if event.family != "Strike" or event.agents or event.patients or event.participants:
            continue
        first = min(event.tokens)
        if first == 0 or sentences.norms[first - 1] not in ("la", "cette"):
            continue                      # (not "une grève": another)
        protest = next((e for e in events if e.family == "Protest" and e.participants
                        and any(1 <= sentences.of[first] - sentences.of[t] <= 1 for t in e.tokens)), None)
        if protest is not None:
            for key in protest.participants:
                event.add_actor("participant", key)
            event.rules.append("protesters")


def _strikers_union(event: EventBuilder, linking: Linking, sentences: Sentences) -> str | None:
    """The organisation whose name holds the noun for the strikers just before the strike's word
    ("quelque 51 000 enseignants en grève": the teachers' association the article names)."""
    for t in sorted(event.tokens):
        for k in range(t - 1, max(0, t - 4), -1):
            if sentences.pos[k] != "NOUN" or not sentences.norms[k].endswith(("s", "x")) or len(sentences.norms[k]) < 5:
                continue
            word = f" {sentences.norms[k]} "
            for m in linking.mentions:
                keys = linking.refs.get(m, ())
                if m.kind == "name" and m.type == ORGANISATION and len(keys) == 1 and word in f" {fold(m.text)} ":
                    return keys[0]
    return None


def _told_by_the_lead(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """ "Bolivie : échec d'une tentative de coup d'Etat" over "Des militaires emmenés par le général X ont
    pris position ... à La Paz": a title's event with no actor, that the lead does not name, is what the
    lead tells; its named persons and organisations take part and its place is where."""
    if not sentences.is_headline(0) or len(sentences.spans) < 2:
        return
    lead = 1
    cues = linking.resources.cue_index
    said = (cues.verbs - cues.demand_verbs) | set(linking.resources.reporting_index)
    # not the title's speaker, who tells of the event and did not take part ("l'ONU dénonce des massacres";
    # but "Trump ordonne la reprise des essais", "Petro cède à Trump sur les expulsions")
    toks = tokens_of(sentences.doc)
    speakers = {keys[0] for m, keys in linking.refs.items() if m.sent == 0 and m.subject and len(keys) == 1
                and lemma(toks[m.start].head) in said}
    for event in events:
        if event.sent != 0 or event.agents or event.patients or event.participants or event.family == "Election" \
                or any(sentences.of[t] == lead for t in event.tokens):
            continue                      # (an election's are its country's voters)
        # one the lead names again only as a day ("au lendemain de manifestations à Nairobi") is not what the
        # lead tells: its place, not its persons
        as_day = any(sentences.of[t] == lead for t in event.anchors)
        for m, keys in linking.refs.items():
            if m.sent != lead or m.kind != "name" or len(keys) != 1 or keys[0] in speakers \
                    or after_source_marker(linking.article.text, m.span.begin):
                continue
            if linking.type_of(keys[0]) in (PERSON, ORGANISATION) and not as_day:
                event.add_actor("participant", keys[0])
            elif m.locative and event.place is None:
                event.place = keys[0]
        if event.participants:
            event.rules.append("lead")


def _war_of_the_time(events: list[EventBuilder], linking: Linking) -> None:
    """A war the text names with no parties ("depuis le début de la guerre", "l'implication de la Corée du
    Nord dans la guerre") is the war going on at the article's date whose parties it names most of; one
    named by a single party ("la guerre en Ukraine") is fought by that war's other side too, and an invasion
    of one party by the other ("l'invasion de l'Ukraine")."""
    date = (linking.article.date or "")[:10]
    named = {key for key, builder in linking.builders.items() if builder.spans}
    wars = [[key for key in parties if key in named] for parties, start, end in linking.resources.wars
            if date and start <= date and (not end or date <= end)]
    wars = sorted((w for w in wars if w), key=len, reverse=True)
    for event in events:
        if event.type == "War" and wars and not (event.agents or event.patients or event.participants):
            for key in wars[0]:
                event.add_actor("participant", key)
            event.rules.append("war-of-the-time")
        parties = set(event.agents + event.patients + event.participants)
        if event.type == "War" and len(parties) == 1:
            # "la guerre en Ukraine": the war of the time that state fights, with its other side if named
            fought = next((w for w in wars if len(w) >= 2 and parties <= set(w)), None)
            if fought is not None:
                for key in fought:
                    if key not in parties:
                        event.add_actor("participant", key)
                event.rules.append("war-of-the-time")
        if event.type == "Invasion" and not event.agents and len(event.patients) == 1:
            # "l'invasion de l'Ukraine en 2022": by the other side of the war of the time, if named
            fought = next((w for w in wars if len(w) >= 2 and event.patients[0] in w), None)
            if fought is not None:
                for key in fought:
                    if key not in event.patients:
                        event.add_actor("agent", key)
                event.rules.append("war-of-the-time")


def _parties_of_conflicts(events: list[EventBuilder]) -> None:
    """A war or attack whose parties the text leaves implicit is fought by those who agree a truce in it,
    talks that follow an agreement are held by its parties, and a ceasefire with no parties named is
    between the sides of the war the article tells, or of the fighting its sentence tells."""
    wars = [e for e in events if e.type == "War" and len(e.agents + e.participants + e.patients) >= 2]
    for event in events:
        if event.type == "Ceasefire" and wars and not (event.agents or event.patients or event.participants):
            for key in wars[0].agents + wars[0].participants + wars[0].patients:
                event.add_actor("participant", key)
            event.rules.append("parties-of-war")
        fighting = next((e for e in events if e.family == "Conflict" and e.sent == event.sent
                         and len(e.agents + e.patients) >= 2), None) if event.type == "Ceasefire" else None
        if fighting is not None and len(event.agents + event.patients + event.participants) < 2:
            # "Israël, qui mène des frappes au Liban malgré le cessez-le-feu": the truce between the two
            for key in fighting.agents + fighting.patients:
                event.add_actor("participant", key)
            event.rules.append("parties-of-fighting")
    truces = [e for e in events if e.family == "Agreement" and len(e.agents + e.participants + e.patients) >= 2]
    if not truces:
        return
    for event in events:
        implicit = not (event.agents or event.patients or event.participants)
        later_talks = event.type == "Talks" and truces[0].span.begin < event.span.begin   # "Des négociations techniques"
        if implicit and (event.family == "Conflict" or later_talks):
            for key in truces[0].agents + truces[0].participants + truces[0].patients:
                event.add_actor("participant", key)
            event.rules.append("parties-of-truce")


_VICTORIES = {"victoire", "defaite", "reelection", "election"}     # "la victoire de X ... à l'élection"
_PLACINGS = {"deuxieme", "second", "seconde", "troisieme", "premier", "premiere"}   # "arrivé deuxième"


def _contenders(doc, events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """Who ran in an election: "la victoire de X" in a sentence that tells the election, "X, candidat à
    un second mandat" and "X, qui revendiquait la victoire" near it, and "X, arrivé deuxième" after it."""
    toks = tokens_of(doc)
    elections = [e for e in events if e.type == "Election"]
    if not elections:
        return
    for event in elections:
        for sent in sorted({sentences.of[t] for t in event.tokens}):
            begin, end = sentences.tokens[sent]
            for t in range(begin, end):
                if sentences.lemmas[t] not in _VICTORIES or toks[t].pos_ != "NOUN" or t in event.tokens:
                    continue
                of = next((c for c in children(toks[t]) if c.dep_ == "nmod" and any(
                    norm(g) in ("de", "du", "d'") for g in children(c) if g.dep_ == "case")), None)
                m = linking.mention_at_token(of.i) if of is not None else None
                if m is not None and m.kind in ("name", "role") and len(linking.refs.get(m, ())) == 1 \
                        and linking.type_of(linking.refs[m][0]) in (PERSON, ORGANISATION):
                    event.add_actor("participant", linking.refs[m][0])
                    event.rules.append("victory-of")
    for m, keys in sorted(linking.refs.items(), key=lambda mk: mk[0].span):
        # "X, candidat à un second mandat", "X, qui revendiquait la victoire": who ran in the election told
        if m.kind != "name" or len(keys) != 1 or linking.type_of(keys[0]) != PERSON or m.end + 3 >= len(doc):
            continue
        after = sentences.norms[m.end + 1:m.end + 4] if toks[m.end].text == "," else []
        claims = after[:1] in (["candidat"], ["candidate"]) or after[:2] == ["qui", "revendiquait"] \
            or after[:2] == ["qui", "revendique"]
        told = [e for e in elections if min(e.tokens) < m.start + 40]      # told before, or a sentence or two after
        if claims and told:
            told[-1].add_actor("participant", keys[0])
            told[-1].rules.append("candidate")
    for t, word in enumerate(sentences.norms):
        if word not in ("arrive", "arrivee") or t + 1 >= len(doc) or sentences.norms[t + 1] not in _PLACINGS:
            continue
        told = [e for e in elections if min(e.tokens) < t]
        k = t - 1 if toks[t - 1].text == "," else t
        m = linking.mention_at_token(k - 1) if k > 0 else None
        if told and m is not None and m.type == PERSON and len(linking.refs.get(m, ())) == 1:
            told[-1].add_actor("participant", linking.refs[m][0])       # "L'opposant X, arrivé deuxième"
            told[-1].rules.append("placed")
    for verb in (t for t in toks if t.pos_ == "VERB" and fold(t.lemma_) in SEAT_VERBS):
        # "Le parti X obtient 39 sièges, devant le Y, qui en remporte 38": those who win seats ran
        told = [e for e in elections if min(e.tokens) < verb.i and e.factuality == "Asserted"]
        if not told or not wins_seats(doc, sentences.norms, verb.i):
            continue
        subject = clause_subject(verb)
        if subject is not None and norm(subject) == "qui" and verb.dep_ == "acl:relcl":
            subject = verb.head           # ("le X de l'ancien Premier ministre Y, qui en remporte 16": the party)
            party = next((a for a in [subject, *subject.ancestors][1:4] if (m := linking.mention_at_token(a.i))
                          is not None and m.kind == "name" and linking.type_of(linking.refs[m][0]) == ORGANISATION),
                         None) if subject.dep_ in ("nmod", "flat:name", "appos") else None
            subject = party or subject
        for key in subject_keys(doc, linking, subject, (ORGANISATION, PERSON)) if subject is not None else ():
            if linking.type_of(key) in (ORGANISATION, PERSON):
                told[-1].add_actor("participant", key)
                told[-1].rules.append("won-seats")


def _runoff(events: list[EventBuilder], linking: Linking) -> None:
    """A second round told apart from the first ("arrivé en tête du premier tour ... Les deux hommes
    s'affronteront lors d'un second tour") is fought by the two persons of the first, when it names two."""
    for n, event in enumerate(events):
        if event.family != "Election" or fold(event.cue).split()[-1:] != ["tour"]:
            continue
        first = next((e for e in reversed(events[:n]) if e.family == "Election"), None)
        persons = [k for k in first.participants + first.agents if linking.type_of(k) == PERSON] if first else []
        if len(persons) == 2:
            for key in persons:
                event.add_actor("participant", key)
            event.rules.append("runoff")


def _envoys(doc, events: list[EventBuilder], linking: Linking) -> None:
    """A summons sets two states face to face: the one whose envoy is summoned ("le chargé d'affaires
    russe") and the one whose ministry summons him, named as the place he is summoned to ("a été convoqué
    au ministère polonais des Affaires étrangères") or as its agent ("par le ministère")."""
    toks = tokens_of(doc)
    for event in events:
        if event.type != "Summons":
            continue
        for i in event.tokens:
            if toks[i].pos_ != "VERB":
                continue
            for c in children(toks[i]):
                if c.dep_ in ("obl", "obl:mod", "obl:agent") and any(
                        x.dep_ == "case" and norm(x) in ("a", "au", "par") for x in children(c)) \
                        and (m := linking.mention_at_token(c.i)) is not None:
                    for key in linking.refs.get(m, ()):
                        if linking.type_of(key) == ORGANISATION:
                            event.add_actor("participant", key)
        states = {linking.side(key) for key in event.agents + event.patients + event.participants} \
            - set(event.agents + event.patients + event.participants)
        states = sorted(s for s in states if s in linking.builders and linking.type_of(s) == PLACE)
        for state in states:
            event.add_actor("participant", state)
        if states:
            event.rules.append("envoys")


def _arrests(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """An arrest the parser left without parties: those named after "dont" are arrested ("plusieurs
    centaines de militants, dont X"), and the actor the sentence opens with, when it opens with one, arrests."""
    for event in events:
        if event.family != "Arrest" or event.agents or event.patients or event.participants:
            continue
        first = min(event.tokens)
        begin, end = sentences.tokens[sentences.of[first]]
        dont = next((k for k in range(first, end) if sentences.norms[k] == "dont"), None)
        for m, keys in sorted(linking.refs.items(), key=lambda mk: mk[0].span):
            if dont is not None and dont < m.start <= dont + 4 and len(keys) == 1 and linking.type_of(keys[0]) == PERSON:
                event.add_actor("patient", keys[0])
            elif m.start <= begin + 1 and m.subject and m.sent == sentences.of[first] and len(keys) == 1 \
                    and linking.type_of(keys[0]) == ORGANISATION:
                event.add_actor("participant", keys[0])
        if event.patients:
            event.rules.append("arrested-among")


def _coup_makers(events: list[EventBuilder], linking: Linking, juntas: bool = False) -> None:
    """A coup told with no party ("des militaires annoncent avoir pris le pouvoir"): the army the article
    names; ``juntas``, once every other reading has had its turn ("après le coup d'Etat de 2021"): its
    one junta."""
    coups = [e for e in events if e.type == "Coup" and not (e.agents or e.participants)
             and not (juntas and e.patients)]
    if not coups:
        return
    if juntas:
        found = sorted(key for key, b in linking.builders.items() if b.spans and b.subtype == "Government"
                       and fold(b.name).startswith("junte"))
        makers = [("agent", found[0], "junta")] if len(found) == 1 else []
    else:
        armies = sorted((min(b.spans).begin, key) for key, b in linking.builders.items()
                        if b.subtype == "Military" and b.spans)
        makers = [("participant", armies[0][1], "army")] if armies else []
    for event in coups:
        for role, key, rule in makers:
            event.add_actor(role, key)
            event.rules.append(rule)


def _strikers(events: list[EventBuilder], linking: Linking, sentences: Sentences) -> None:
    """A strike the parser left without parties: the unions named in its sentence ("Les deux centrales, le
    X (X) et le Y (Y), ont lancé lundi une grève", "ont mis fin à leur grève, a annoncé leur syndicat, X")."""
    for event in events:
        if event.family != "Strike" or event.agents or event.patients or event.participants:
            continue
        told = [sentences.tokens[sent] for sent in sorted({sentences.of[t] for t in event.tokens})[:2]]   # (the
        spans = [(sentences.offsets[b], sentences.offsets[e - 1]) for b, e in told]     # title's, then the body's)
        unions = [k for k in named_unions(linking, spans[-1][1])
                  if any(begin <= m.span.begin and m.span.end <= end for begin, end in spans
                         for m, keys in linking.refs.items() if keys == (k,) and m.kind == "name")]
        for key in sorted(unions):
            event.add_actor("participant", key)
        if unions:
            event.rules.append("unions-in-sentence")
            continue
        unions = named_unions(linking, len(linking.article.text))
        if len(unions) == 1:              # "... chauffeurs de camions, en grève depuis jeudi. Le syndicat X réclame":
            event.add_actor("participant", unions[0])   # the one union the article names
            event.rules.append("the-union")


def _electorate(events: list[EventBuilder], linking: Linking) -> None:
    """ "des élections anticipées en mars": with no country named, the elections are those of the
    country the article is about."""
    for event in events:
        actors = event.agents + event.patients + event.participants
        if event.family == "Election" and PLACE not in {linking.type_of(k) for k in actors} and event.place \
                and linking.builders[event.place].subtype in ("Country", "Region"):
            event.add_actor("participant", event.place)          # "l'élection présidentielle à Taïwan", "les
            #                                                      législatives au Groenland": its people's
            continue
        if event.family == "Election" and not event.place and PLACE not in {linking.type_of(k) for k in actors}:
            # "depuis son élection en juin", of the South Korean president: his country's
            elected = [linking.side(k) for k in actors if linking.type_of(k) == PERSON]
            home = next((s for s in elected if s in linking.builders and linking.builders[s].subtype == "Country"), None)
            state = home or salient_state(linking, event.span.begin)
            if state:
                event.add_actor("participant", state)
                event.rules.append("candidate-state" if home else "salient-state")


def _nationwide(doc, events: list[EventBuilder], linking: Linking) -> None:
    """ "La Belgique a été paralysée lundi par une grève nationale": a national strike or protest takes place
    in the country the article is about, not in a town it names."""
    toks = tokens_of(doc)
    for event in events:
        if event.family not in ("Strike", "Protest") or event.place is not None \
                and linking.builders[event.place].subtype == "Country":
            continue
        if any(c.dep_ == "amod" and lemma(c) == "national" for t in event.tokens for c in children(toks[t])):
            state = salient_state(linking, event.span.begin)
            if state:
                event.place = state
                event.rules.append("nationwide")


def _ousted(doc, events: list[EventBuilder], linking: Linking) -> None:
    """ "le président renversé Mohamed Bazoum": the one a coup overthrew undergoes it."""
    toks = tokens_of(doc)
    coups = [e for e in events if e.family == "Conflict" and e.type == "Coup"]
    if not coups:
        return
    for m, keys in linking.refs.items():
        if len(keys) != 1 or linking.type_of(keys[0]) != PERSON:
            continue
        words = {norm(toks[k]) for k in range(max(0, m.start - 1), min(len(doc), m.end + 1))} | \
            {norm(t) for k in range(m.start, m.end) for t in children(toks[k]) if t.dep_ == "amod"}
        if words & _OUSTED:
            before = [e for e in coups if e.span.begin <= m.span.begin] or coups
            before[-1].add_actor("patient", keys[0])
    # "Le général X, au pouvoir depuis le coup d'Etat de juillet 2023": the one it brought to power
    norms = [norm(t) for t in toks]
    for coup in coups:
        if coup.agents or coup.participants:
            continue
        start = min(coup.tokens)
        if start < 5 or norms[start - 4:start - 1] != ["au", "pouvoir", "depuis"] or toks[start - 5].text != ",":
            continue
        named = [(m.end, keys[0]) for m, keys in linking.refs.items() if len(keys) == 1 and m.end == start - 5
                 and linking.type_of(keys[0]) == PERSON]
        if named:
            coup.add_actor("participant", named[0][1])


_OUSTED = {"renverse", "renversee", "dechu", "dechue", "evince", "evincee"}


def _states_of_armies(events: list[EventBuilder], linking: Linking) -> None:
    """ "les forces israéliennes doivent se retirer": the state whose army acts takes part too, and so
    does the state whose leader imposes sanctions ("Donald Trump a signé un décret imposant des droits")."""
    for event in events:
        for key in list(event.agents + event.participants):
            builder = linking.builders.get(key)
            if builder is not None and builder.subtype in ("Military", "Police") and builder.of and builder.of in linking.builders:
                event.add_actor("participant", builder.of)
            elif event.family == "Sanctions" and linking.type_of(key) == PERSON:
                state = linking.side(key)
                if state != key and state in linking.builders and linking.type_of(state) == PLACE:
                    event.add_actor("participant", state)
