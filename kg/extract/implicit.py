"""Targets the words of a stance leave implicit: "ces propos" (the one who said them), a reply that
continues the previous stance, the riposte to an attack, the event a sentence or the article's lead
reports, and the counterpart in a two-sided story."""
from __future__ import annotations

import re
from bisect import bisect_left

from dataclasses import replace

from kg.extract.document import QUOTE_CLOSE, QUOTE_OPEN, children, lemma, norm, text_of, tokens_of
from kg.extract.events import EventBuilder, of_past_years
from kg.extract.speech import Reader
from kg.link import CITED, Linking, employer, is_union_key, main_company
from kg.model import ORGANISATION, PERSON, PLACE, Stance
from kg.resources import fold

__all__ = ["resolve_implicit", "in_relative_clause", "CALM", "CONCERN", "lead_event"]

_ADVERSARIAL = {"THREATEN", "WARN", "DEMAND", "DENY", "DISAPPROVE"}
_PERSONAL_EVENTS = {"Resignation", "Dismissal"}      # event families that happen to one person

def lead_event(reader: Reader) -> EventBuilder | None:
    """The event the article leads with: the first of its title, else of its lead, that is not a conversation."""
    first = 1 if reader.sentences.is_headline(0) else 0
    told = [e for e in reader.events if e.sent <= first and e.family != "Communication"
            and e.factuality in ("Asserted", "Planned")]
    # "Droits de douane : l'UE et les Etats-Unis concluent un accord": the words before the colon name the
    # subject, the event told is after it
    begin, end = reader.sentences.tokens[0]
    colon = next((t for t in range(begin, end) if reader.sentences.texts[t] == ":"), None) if first else None
    after = [e for e in told if colon is None or e.sent > 0 or min(e.tokens) > colon]
    return (after or told or [None])[0]


def _actors_of(reader: Reader, key: str) -> list[str]:
    """The actors of the event ``key``."""
    event = next((e for e in reader.events if e.key == key), None)
    return event.agents + event.patients + event.participants if event is not None else []


def resolve_implicit(reader: Reader, stances: list[Stance]) -> list[Stance]:
    """Targets the words leave implicit: "ces propos" (the one who reported the last statement), a reply
    that continues the previous stance, and the counterpart in a two-sided story."""
    linking = reader.linking
    lead = lead_event(reader)
    out: list[Stance] = []
    for n, stance in enumerate(stances):
        targets = list(stance.targets)
        event_targets = stance.event_targets
        rule = stance.rule
        confidence = stance.confidence
        if stance.family == "ASSURE" and not targets and not stance.event_targets:
            # "le ministère a assuré que la France soutenait les efforts de la Cédéao": what its own side holds
            inner = next((s for s in stances[n + 1:] if s.span == stance.span and s.targets
                          and linking.side(s.holder) == linking.side(stance.holder)), None)
            if inner is not None:
                targets = list(inner.targets)
                rule += "+own-side-content"
                confidence *= 0.8
            else:                           # "M. Modi a assuré que l'Inde ...", after their meeting: to his host
                met = [k for e in reader.events if e.family == "Communication" and stance.holder in e.participants + e.agents
                       for k in e.participants + e.agents if k != stance.holder and linking.type_of(k) == PERSON]
                previous = out[-1] if out else None
                if previous is not None and previous.holder == stance.holder and previous.span == stance.span \
                        and (previous.targets or previous.event_targets):
                    # "a qualifié cette décision de « grave péché » et assuré qu'il agirait « comme si elle
                    # n'existait pas »": the same target as the words just before
                    targets, event_targets = list(previous.targets), previous.event_targets
                    rule += "+same-sentence"
                    confidence *= 0.8
                elif met:
                    targets = list(dict.fromkeys(met))
                    rule += "+interlocutor"
                    confidence *= 0.7
                elif lead is not None and lead.sent <= reader.sentences.of_span(stance.span):
                    event_targets = (lead.key,)      # "a assuré que les hôpitaux resteraient ouverts": about the
                    #                                  story the article leads with (the strike)
                    rule += "+lead-event"
                    confidence *= 0.6
        if "@reply:" in targets:
            # "X lui a répondu : « ... »": to the latest who took aim at X's side, at its level; no one, no rebuttal
            own = linking.side(stance.holder)
            aimed = next((s for s in reversed(out) if s.holder != stance.holder and linking.side(s.holder) != own
                          and s.family not in ("APPROVE", "ASSURE") and (
                              any(linking.side(t) == own for t in s.targets)
                              or any(linking.side(k) == own for e in s.event_targets for k in _actors_of(reader, e)))), None)
            if aimed is None:
                continue
            speaker = aimed.source or aimed.holder
            targets = [linking.side(speaker) if linking.type_of(stance.holder) == PLACE else speaker]
        answered = next((t for t in targets if t.startswith("@speech:")), None)
        unnamed_words = False             # words answered whose speaker no name gives
        if answered is not None:
            # "Kigali a rejeté ces accusations": the latest words of that kind aimed at the holder's side,
            # else the latest aimed at it, else the latest words of someone else
            targets.remove(answered)
            family = answered.split(":")[1]
            own = linking.side(stance.holder)
            others = [s for s in reversed(out) if s.holder != stance.holder]
            aimed = [s for s in others if linking.side(s.holder) != own and (
                any(linking.side(t) == own for t in s.targets)       # (or at a deed of its own: "une « fraude »")
                or any(linking.side(k) == own for e in s.event_targets for k in _actors_of(reader, e)))]
            begin, end = reader.sentences.tokens[reader.sentences.of_span(stance.span)]
            named_here = {k for m, keys in reader.actors_in(begin, end) if m.kind != "demonym" for k in keys}
            # "X, visé par les ambitions de M. Trump, a qualifié ces déclarations d'« inacceptables »": the words
            # of the one its sentence names, for words of no kind
            here = next((s for s in others if s.holder in named_here and linking.side(s.holder) != own), None) \
                if not family else None
            previous = here or next((s for s in aimed if s.family == family), None) or next(iter(aimed), None) \
                or next(iter(others), None)
            if previous is not None:                  # at the holder's level: a state answers a state, and a
                speaker = previous.source or previous.holder          # person who spoke for one
                if linking.type_of(stance.holder) != PLACE or linking.type_of(speaker) == PERSON:
                    targets.append(speaker)
                if linking.type_of(stance.holder) == PLACE and linking.side(speaker) not in targets:
                    targets.append(linking.side(speaker))
            unnamed_words = previous is None
        own_strike = bool(event_targets) and stance.family in ("THREATEN", "WARN") and all(
            e.family in ("Strike", "Protest") for e in reader.events if e.key in event_targets)
        if not targets and (not event_targets or own_strike) \
                and stance.family in ("DEMAND", "DISAPPROVE", "THREATEN", "WARN") \
                and is_union_key(linking, stance.holder) \
                and (company := _employer_of_union(linking, reader)) is not None:
            # "le syndicat Unite a exigé des garanties pour les salariés": of the employer; with no company
            # named, of the government ("les confédérations ... qui réclament des hausses de salaires"); a
            # warning that the strike will spread is aimed at the employer too
            targets = [company]
            rule += "+employer"
            confidence *= 0.7
        if not targets and not stance.event_targets and not stance.topic and stance.family in _ADVERSARIAL:
            previous = out[-1] if out else None
            own = linking.side(stance.holder)
            near = previous is not None and previous.targets and stance.span.begin - previous.span.end < 400
            if stance.family == "DEMAND" and _calm_asked(reader, stance):
                pass                                         # "a appelé au calme": of everyone, no side guessed
            elif stance.family == "DENY" and stance.type == "Reject" and "appel" in stance.cue \
                    and (ruling := _ruling_before(reader, stance)) is not None:
                event_targets = (ruling.key,)            # "a annoncé qu'il ferait appel": of the ruling told
                rule += "+ruling-appealed"
                confidence *= 0.8
            elif stance.family == "DENY" and _refusal_to_act(reader, stance):
                continue                                 # "qui a refusé de publier des prévisions": a refusal of no one
            elif stance.family == "DENY" and previous is not None and previous.span == stance.span \
                    and linking.side(previous.holder) != own:
                targets = [previous.holder]                  # "a exigé X, une hypothèse que le président a balayée"
                rule += "+rejoinder"
                confidence *= 0.8
            elif near and previous.holder == stance.holder and previous.span == stance.span \
                    and not _unnamed_addressee(reader, stance):  # (not "et appelé les acteurs politiques au dialogue")
                targets = list(previous.targets)             # "a dénoncé X et a menacé ...": the same target
                rule += "+same-sentence"
                confidence *= 0.85
            elif near and any(linking.side(t) == own for t in previous.targets) and previous.holder != stance.holder \
                    and previous.family not in ("APPROVE", "ASSURE") \
                    and linking.side(previous.holder) != own:        # a reply answers hostility, not support, from
                #                                                       another side (not the minister's own government)
                # a reply to whoever took aim at the holder's side, at the holder's level
                person = linking.type_of(stance.holder) == PERSON
                side = linking.side(previous.holder)
                targets = [previous.holder if person or side not in linking.builders else side]
                rule += "+reply"
                confidence *= 0.75
            elif near and previous.family == stance.family:
                targets = list(previous.targets)
                rule += "+continues-previous"
                confidence *= 0.8
            elif previous is not None and previous.family == stance.family and not previous.targets \
                    and previous.event_targets and stance.span.begin - previous.span.end < 400 \
                    and (linking.side(previous.holder) == own or _likewise(reader, stance)   # same side, said to
                         or reader.sentences.of_span(previous.span) == reader.sentences.of_span(stance.span)):
                #                             join it ("a également exprimé"), or in the same sentence ("X a jugé
                #                             l'arrestation « inquiétante » et la France a exprimé sa préoccupation")
                event_targets = previous.event_targets       # "X a dénoncé un accord ... Y a également exprimé des réserves"
                rule += "+continues-previous"
                confidence *= 0.8
            elif stance.family == "THREATEN" and (attack := _attack_on(reader, stance, own)) is not None:
                # "a promis une riposte": to the latest attack the holder's side did not carry out
                event_targets = (attack.key,)
                targets = [k for k in attack.agents + attack.participants if linking.side(k) != own]
                rule += "+riposte"
                confidence *= 0.7
            elif stance.family in ("DISAPPROVE", "THREATEN") and (deed := _deed_of_unnamed(reader, stance)) is not None:
                event_targets = (deed.key,)                  # "a accusé des bandits armés": of their kidnapping
                rule += "+unnamed-doers"
                confidence *= 0.7
            elif stance.family == "DISAPPROVE" and (told := _event_of_clause(reader, stance)) is not None:
                event_targets = (told.key,)                  # "ont conclu un accord, malgré l'opposition de la France"
                rule += "+event-of-clause"
                confidence *= 0.7
            elif stance.family == "WARN" and lead is not None and lead.sent <= reader.sentences.of_span(stance.span) \
                    and lead.family != "Communication" and lead.agents \
                    and not any(linking.side(k) == own for k in lead.agents + lead.participants):
                event_targets = (lead.key,)              # "a prévenu que la raffinerie pourrait cesser de
                targets = list(lead.agents)              # fonctionner": of what the article tells others did
                rule += "+lead-event"
                confidence *= 0.6
            elif CONCERN.search(stance.cue) and lead is not None and lead.sent <= reader.sentences.of_span(stance.span):
                event_targets = (lead.key,)              # "a exprimé sa « profonde préoccupation »": at what happened
                rule += "+concern-at-lead-event"
                confidence *= 0.6
            elif stance.family == "DISAPPROVE" and lead is not None \
                    and (lead.family in ("Strike", "Protest") or lead.family == "Conflict" and not lead.agents) \
                    and lead.sent <= reader.sentences.of_span(stance.span) \
                    and not any(linking.side(k) == own for k in lead.agents + lead.participants):
                event_targets = (lead.key,)              # "a déploré « un coût énorme pour l'économie »": the strike
                rule += "+lead-event"                    # or protest the article tells, by others; "a dénoncé
                #                                          une tragédie nationale": the attack, by no one named
                confidence *= 0.6
            elif stance.family == "DENY" and (deed := _own_deed(reader, stance, own)) is not None:
                event_targets = (deed.key,)                  # "ont démenti toute implication": in the attack told
                rule += "+denied-deed"                       # as theirs
                confidence *= 0.7
            elif near and previous.family == "APPROVE" and stance.family == "DISAPPROVE" \
                    and (foe := _foe_of_backed(reader, out, previous)) is not None:
                # "Plusieurs dirigeants ont exprimé leur solidarité avec le Panama. Le président colombien a
                # dénoncé une attitude « impérialiste »": of the one who took aim at the side just backed
                targets = [foe]
                rule += "+foe-of-backed"
                confidence *= 0.6
            elif stance.type == "Order" and not _addressed(reader, stance):
                continue                                     # "Le gouvernement a ordonné la fermeture des écoles":
                #                                              a measure at home, aimed at no one (but "a ordonné à
                #                                              la police de lever les barrages" asks someone)
            elif _state_judged(reader, stance):
                pass                                         # "a jugé la situation « honteuse »": of no one
            elif _unnamed_addressee(reader, stance) or unnamed_words:
                pass                                         # "a accusé des « éléments »", "a mis en cause les
                #                                              contrôleurs aériens": those, whom no name gives;
                #                                              "a démenti ces accusations", of protesters unnamed
            else:
                # never one who says it with the holder ("Les Etats-Unis et le Royaume-Uni ont appelé")
                along = {linking.side(s.holder) for s in stances if s.span == stance.span and s.cue == stance.cue}
                counterpart = _counterpart(linking, stance.holder, reader.events,
                                           reader.own_bodies((stance.holder,)) | along
                                           | reader.compatriots(stance.holder))
                if counterpart:
                    targets = list(counterpart)
                    rule += "+counterpart"
                    confidence *= 0.6
        if not targets and stance.family in ("THREATEN", "WARN") and "authors-deed" not in rule:   # (not the victims
            own = linking.side(stance.holder)              # of the deed whose authors are threatened)
            for event in (e for e in reader.events if e.key in event_targets):
                # "a menacé d'expulser les soldats éthiopiens": aimed at those the threatened act would strike;
                # "« Si le Japon ose intervenir ... », a averti X": at the one who would act
                # (a warning at a deed done aims at its doers: "a mis en garde" at the fine the Commission dealt X)
                done = stance.family == "WARN" and event.factuality == "Asserted"
                aimed = (event.agents or event.patients) if done \
                    else event.patients or (event.agents if stance.family == "WARN" else ())
                targets += [k for k in aimed
                            if linking.side(k) != own and k not in targets]
        if not targets and stance.family == "ASSURE":
            # "a assuré que la Pologne était « prête à se défendre »", about an attack: to its authors
            own = linking.side(stance.holder)
            for event in (e for e in reader.events if e.key in event_targets and e.family == "Conflict"):
                targets += [k for k in event.agents if linking.side(k) != own and k not in targets]
        if not targets and stance.family in ("DEMAND", "DISAPPROVE"):
            for event in (e for e in reader.events if e.key in event_targets and e.family in _PERSONAL_EVENTS):
                # "a exigé la démission d'Emmanuel Macron", "du gouvernement": aimed at the one who should resign;
                # a dismissal denounced at whoever dismissed, not the one dismissed
                undergo = event.patients if stance.family == "DISAPPROVE" and (event.agents or event.participants) \
                    else ()
                targets += [k for k in event.agents + event.patients + event.participants
                            if linking.type_of(k) in (PERSON, ORGANISATION) and k != stance.holder and k not in targets
                            and k not in undergo]
        if not targets and stance.family == "DEMAND":
            for event in (e for e in reader.events if e.key in event_targets and e.family == "Election"
                          and e.factuality != "Asserted"):
                # "a réclamé des élections immédiates": of the leader in office who would call them
                states = [k for k in event.participants if linking.type_of(k) == PLACE]
                targets += [h.key for state in states[:1] for h in reader.resources.holders_of(
                    "leader", state, linking.article.date) if h.key in linking.builders
                    and linking.builders[h.key].spans and h.key != stance.holder and h.key not in targets]
        sent = reader.sentences.of_span(stance.span)
        here = [e for e in reader.events if e.sent == sent and e.factuality != "Hypothetical"
                and not _occasion_or_quoted(reader, e, sent) and not in_relative_clause(reader, e, sent)
                and not (stance.family == "DISAPPROVE" and linking.side(stance.holder) in {
                    linking.side(k) for k in e.agents})]      # (not its own: "a dénoncé X et annoncé des
        #                                                        contre-mesures")
        if not targets and not event_targets and not stance.topic and stance.family in ("APPROVE", "DISAPPROVE") \
                and here and not _unnamed_addressee(reader, stance):  # (not "a remercié les électeurs pour leur
                #                                                          confiance")
            event_targets = (here[0].key,)                # "s'est félicité ... à l'issue de la rencontre"
            rule += "+event-in-sentence"
            confidence *= 0.6
        # "s'est félicité d'avoir évité une escalade": what the holder did is no topic of its own
        done = stance.topic is not None and (stance.topic.split()[0].lower() in ("avoir", "être", "etre")
                                             or stance.topic.lower() in reader.resources.evaluatives)
        #      (nor is a judging word: "s'est félicité d'une « bonne nouvelle »" is about what happened)
        if not targets and not event_targets and (not stance.topic or done) and stance.family in ("APPROVE", "DISAPPROVE") \
                and lead is not None and lead.sent < sent and not _other_act_object(reader, stance, lead):
            event_targets = (lead.key,)                   # "s'est félicité" after a lead about an agreement
            rule += "+lead-event"
            confidence *= 0.5
        targets = tuple(t for t in targets if t != stance.holder)
        if targets == stance.targets and event_targets == stance.event_targets and rule == stance.rule \
                and round(confidence, 2) == stance.confidence:
            out.append(stance)                            # nothing left implicit: the stance as read
        else:
            out.append(replace(stance, targets=targets, event_targets=event_targets, rule=rule,
                               confidence=round(confidence, 2)))
    return out


def _addressed(reader: Reader, stance: Stance) -> bool:
    """Whether the stance's cue is followed by whom it is addressed to ("a ordonné à la police")."""
    sentences = reader.sentences
    return any(t + 1 < len(sentences.norms) and sentences.norms[t + 1] in ("a", "au", "aux")
               for t in _cue_tokens(reader, stance))


# verbs whose object is whom the words are aimed at (not "appeler les électeurs à faire barrage à X": at X)
_PERSONS_OBJECT = {"exhorter", "accuser", "inviter", "mettre", "feliciter", "remercier", "blamer", "encourager",
                   "presser", "enjoindre"}


def _unnamed_addressee(reader: Reader, stance: Stance) -> bool:
    """Whether the stance's verb takes as object, or addresses with "à", people a plural or definite noun
    names and no mention stands for ("des « éléments »", "les contrôleurs aériens", "à l'opérateur du réseau",
    "ses partisans"), or rejects what belongs to them ("leurs appels"):
    the stance is aimed at them, not at a side guessed from the rest of the article."""
    toks = tokens_of(reader.doc)
    resources = reader.resources
    for t in (t for t in _cue_tokens(reader, stance) if toks[t].pos_ == "VERB"):
        for c in children(toks[t]):
            dative = c.dep_ in ("iobj", "obl:arg") and any(norm(g) in ("a", "au", "aux") for g in children(c)
                                                           if g.dep_ == "case")
            theirs = stance.family == "DENY" and c.dep_ == "obj" \
                and any(g.dep_ == "det" and norm(g) in ("leur", "leurs") for g in children(c))
            if c.i < t or c.pos_ != "NOUN" or not (dative or theirs or c.dep_ == "obj" and (
                    lemma(toks[t]) in _PERSONS_OBJECT or norm(c) in resources.person_nouns)):
                continue
            if theirs and not any(reader.linking.mention_at_token(k) is not None
                                  for k in range(c.left_edge.i, c.right_edge.i + 1)):
                return True                          # "rejetant leurs appels": the words of those "leurs" is for
            article = next((norm(g) for g in children(c) if g.dep_ == "det"), "")
            if article not in ("les", "le", "la", "l'", "des", "ces", "ses", "leurs") \
                    or lemma(c) in resources.event_words \
                    or lemma(c) in resources.act_nouns or fold(c.text) in resources.class_nouns \
                    or any(reader.linking.mention_at_token(k) is not None for k in range(c.left_edge.i, c.i + 3)):
                continue
            return True
    return False


_LIKEWISE = {"egalement", "aussi", "tour", "meme"}     # "a également exprimé", "à son tour", "de même"


def _likewise(reader: Reader, stance: Stance) -> bool:
    """Whether the words of a stance say it joins one told before ("Y a également exprimé des réserves",
    "à son tour")."""
    sentences = reader.sentences
    t = bisect_left(sentences.offsets, stance.span.begin)
    stop = bisect_left(sentences.offsets, stance.span.end)
    return any(sentences.norms[k] in _LIKEWISE for k in range(t, stop))


def _foe_of_backed(reader: Reader, out: list[Stance], backing: Stance) -> str | None:
    """Who last threatened, blamed or pressed the side ``backing`` supports, before it: the one words of
    blame right after the support are aimed at."""
    linking = reader.linking
    backed = {linking.side(t) for t in backing.targets if t in linking.builders}
    return next((s.holder for s in reversed(out) if s.span.begin < backing.span.begin
                 and s.family in ("THREATEN", "DISAPPROVE", "DEMAND") and linking.side(s.holder) not in backed
                 and any(linking.side(t) in backed for t in s.targets if t in linking.builders)), None)


def _event_of_clause(reader: Reader, stance: Stance) -> EventBuilder | None:
    """For a stance noun in a complement ("malgré l'opposition de la France", "face aux critiques de X"),
    or a title's verb with no object ("X blessé par balles, l'Europe condamne"): the event its sentence
    reports last before it, that happened or is planned ("Droits de douane : l'UE et les Etats-Unis concluent
    un accord, Paris dénonce": the agreement)."""
    if "noun-" not in stance.rule and "headline-subject" not in stance.rule:
        return None
    sent = reader.sentences.of_span(stance.span)
    cue_at = stance.span.begin + reader.sentences.spans[sent].of(text_of(reader.doc)).find(stance.cue)
    told = [e for e in reader.events if e.sent == sent and e.family != "Communication"
            and e.factuality in ("Asserted", "Planned") and e.span.begin < cue_at]
    return told[-1] if told else None


def _deed_of_unnamed(reader: Reader, stance: Stance) -> EventBuilder | None:
    """ "a accusé des bandits armés", "a condamné les assaillants": words aimed at unnamed perpetrators
    (``perpetrator_nouns.tsv``) right after the cue are aimed at their deed, the latest attack or
    kidnapping told before."""
    sentences, nouns = reader.sentences, reader.resources.perpetrator_nouns
    cue_at = text_of(reader.doc).find(stance.cue, stance.span.begin)
    if cue_at < 0 or not nouns:
        return None
    begin, end = sentences.tokens[sentences.of_span(stance.span)]
    start = next((t for t in range(begin, end) if sentences.offsets[t] >= cue_at + len(stance.cue)), end)
    for t in range(start, min(end, start + 4)):
        armed = nouns.get(sentences.lemmas[t])
        if armed is None:
            continue
        if armed and not (t + 1 < end and sentences.norms[t + 1].startswith("arme")):
            return None                   # "des hommes", not "des hommes armés"
        if reader.linking.mention_at_token(t) is not None:
            return None                   # a named group ("les rebelles houthis")
        return next((e for e in reversed(reader.events) if e.family == "Conflict" and e.factuality == "Asserted"
                     and e.span.begin < stance.span.begin), None)
    return None


CONCERN = re.compile(r"pr[ée]occup|inqui[eé]t|d[ée]ception|d[ée][çc]u|alarm|constern|choqu|horrifi|boulevers",
                     re.I)                   # at what happened: concern, alarm, shock


def _ruling_before(reader: Reader, stance: Stance) -> EventBuilder | None:
    """The latest court ruling, or penalty ("une amende"), told before ``stance``: what one appeals."""
    return next((e for e in reversed(reader.events) if e.type in ("Ruling", "Sanctions")
                 and e.span.begin < stance.span.begin), None)


def _attack_on(reader: Reader, stance: Stance, own: str) -> EventBuilder | None:
    """The latest attack, offensive or war reported as having happened before ``stance``, in which
    the holder's side is not among the attackers: one whose attackers are named first ("a promis que son pays
    y répondrait", after India's strikes and the attack on Pahalgam by no one named: the strikes)."""
    told = [e for e in reversed(reader.events) if e.family == "Conflict" and e.factuality == "Asserted"
            and e.span.begin < stance.span.begin and own not in {reader.linking.side(k) for k in e.agents}
            and not of_past_years(e, reader.linking.article.date)]
    return next((e for e in told if e.agents), None) or next(iter(told), None)


def _occasion_or_quoted(reader: Reader, event: EventBuilder, sent: int) -> bool:
    """Whether the event is named inside quoted words or as the occasion of speaking ("lors d'une
    conférence de presse"): neither is what an untargeted approval is about."""
    toks = tokens_of(reader.doc)
    begin = reader.sentences.tokens[sent][0]
    t = next((t for t in event.tokens if reader.sentences.of[t] == sent), event.tokens[0])
    opened = sum(1 for k in range(begin, t) if toks[k].text == QUOTE_OPEN) - \
        sum(1 for k in range(begin, t) if toks[k].text == QUOTE_CLOSE)
    before = {reader.sentences.norms[k] for k in range(max(begin, t - 3), t)}
    return opened > 0 or bool(before & {"lors", "pendant", "durant", "cours"})


def in_relative_clause(reader: Reader, event: EventBuilder, sent: int) -> bool:
    """Whether the event is told in a relative clause set off by commas ("Les Etats-Unis, qui avaient parrainé
    en juin un accord ..., ont salué"): what describes an actor, not what its words are about."""
    begin, end = reader.sentences.tokens[sent]
    texts, norms = reader.sentences.texts, reader.sentences.norms
    t = next((t for t in event.tokens if reader.sentences.of[t] == sent), event.tokens[0])
    k = t - 1
    while k > begin and texts[k] not in (",", ";", ":") and norms[k] not in ("qui", "dont"):
        k -= 1
    if k <= begin or norms[k] not in ("qui", "dont") or texts[k - 1] != ",":
        return False
    return any(texts[j] == "," for j in range(t + 1, end))


def _government(linking: Linking) -> str | None:
    """The one government the article names, if only one."""
    found = {key for key, b in linking.builders.items() if b.spans and b.subtype == "Government"}
    return found.pop() if len(found) == 1 else None


CALM = {"calme", "retenue", "apaisement"}    # "a appelé les manifestants au calme": whoever asks it takes no part


def _calm_asked(reader: Reader, stance: Stance) -> bool:
    """Whether the stance's verb asks for calm of no one it names ("a appelé au calme", "appelle à la
    retenue")."""
    toks = tokens_of(reader.doc)
    return any(toks[t].pos_ == "VERB" and not any(c.dep_ in ("obj", "iobj") for c in children(toks[t]))
               and any(c.dep_.startswith("obl") and lemma(c) in CALM for c in children(toks[t]))
               for t in _cue_tokens(reader, stance))


def _state_judged(reader: Reader, stance: Stance) -> bool:
    """Whether what the stance's verb judges is a state of affairs alone ("a jugé la situation « honteuse
    »", "jugeant le débat prématuré"), no one's."""
    toks = tokens_of(reader.doc)
    for t in _cue_tokens(reader, stance):
        judged = next((c for c in children(toks[t]) if c.dep_ == "obj"), None) if toks[t].pos_ == "VERB" else None
        if judged is not None and reader.sentences.lemmas[judged.i] in reader.resources.state_nouns \
                and not any(c.dep_ == "nmod" for c in children(judged)):
            return True
    return False


def _cue_tokens(reader: Reader, stance: Stance):
    """The tokens inside the stance's span written as the first word of its cue, in order."""
    sentences, first = reader.sentences, stance.cue.split()[0]
    t = bisect_left(sentences.offsets, stance.span.begin)
    while t < len(sentences.texts) and sentences.offsets[t] < stance.span.end:
        if sentences.texts[t] == first:
            yield t
        t += 1


def _other_act_object(reader: Reader, stance: Stance, event: EventBuilder) -> bool:
    """Whether the stance's cue is a verb whose object is a word for an act that cannot stand for
    ``event`` ("en défendant des mesures « indispensables »" is not about the protest told before)."""
    toks = tokens_of(reader.doc)
    t = next((t for t in _cue_tokens(reader, stance) if toks[t].pos_ == "VERB"), None)
    if t is None:
        return False
    families = [reader.resources.act_nouns.get(lemma(c)) for c in children(toks[t])
                if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return any(f and event.family not in f for f in families)


def _refusal_to_act(reader: Reader, stance: Stance) -> bool:
    """Whether the stance's cue is a verb followed by "de" and an infinitive ("a refusé de publier")."""
    sentences = reader.sentences
    t = next(_cue_tokens(reader, stance), None)
    if t is None or t >= len(sentences.texts) - 2:
        return False
    # "a refusé de publier", "refuse depuis plus de dix ans de négocier avec nous"
    verb = next((k + 1 for k in range(t + 1, min(len(sentences.texts) - 1, t + 8))
                 if sentences.norms[k] in ("de", "d'") and sentences.pos[k + 1] == "VERB"), None)
    if verb is None or any(sentences.texts[k] in (",", ".", ";", "«", "»") for k in range(t + 1, verb)):
        return False
    # of what the infinitive acts on: not a result, an event or an actor ("de reconnaître les résultats")
    thing = next((k for k in range(verb + 1, min(len(sentences.texts), verb + 4))
                  if sentences.pos[k] in ("NOUN", "PROPN")), None)
    return thing is None or not (sentences.lemmas[thing] in reader.resources.act_nouns
                                 or sentences.lemmas[thing] in reader.resources.event_words
                                 or reader.linking.mention_at_token(thing) is not None)


def _own_deed(reader: Reader, stance: Stance, own: str) -> EventBuilder | None:
    """The latest attack, kidnapping or other conflict told before a denial, carried out by the denier's
    side ("Les FSR ont tué au moins 40 civils ... Les FSR ont démenti toute implication")."""
    told = [e for e in reader.events if e.family == "Conflict" and e.span.begin < stance.span.begin
            and any(reader.linking.side(k) == own for k in e.agents)]
    return max(told, key=lambda e: e.span.begin) if told else None


def _employer_of_union(linking: Linking, reader: Reader) -> str | None:
    """Whom a union's demands and threats are aimed at: the company the article is about, else the
    government it names; the government first when the company is only a body of no known kind (a
    public-sector strike: "la présidente de la CSN" beside "le gouvernement de François Legault"), or
    when the sentence that first tells the strike names the government and not the company (a strike
    "contre les réformes ... voulues par le gouvernement" that forces an airline to cancel flights)."""
    company, government = main_company(linking), _government(linking)
    if company is not None and government is not None and linking.builders[company].subtype != "Company":
        return government
    strike = min((t for e in reader.events if e.family == "Strike" for t in e.tokens), default=None)
    if company is not None and government is not None and strike is not None:
        begin, end = reader.sentences.tokens[reader.sentences.of[strike]]
        named = {k for _, keys in reader.actors_in(begin, end) for k in keys}
        if government in named and company not in named:
            return government
    return company or government


def _counterpart(linking: Linking, holder: str, events: list[EventBuilder] = (),
                 own_bodies: set[str] = frozenset()) -> tuple[str, ...]:
    """The other side of the story: among those who acted on the holder's side (sanctioned or attacked
    it), else those it acted on, else those who take part in events with it, else among all, the most
    mentioned; never a body the holder heads or belongs to (``own_bodies``). A person's is that side's
    leader and the side itself (a minister's warning is as often aimed at the other state as at its
    head); a state's or a body's, the side alone. A union's is the one company the article names, and
    that company's the union on strike."""
    company = employer(linking) if is_union_key(linking, holder) else None
    if company is not None:
        return (company,)                  # a union deals with the company it bargains with
    strikers = [k for e in events if e.family == "Strike" and holder in e.patients + e.participants
                for k in e.agents + e.participants if k != holder and is_union_key(linking, k)]
    if strikers and linking.type_of(holder) == ORGANISATION:
        return (strikers[0],)              # and the company struck with the union on strike against it

    def side_of(k: str) -> str:           # a side the article does not name is no side of its story: the body
        side = linking.side(k)            # itself is (the WHO, whose side is the UN, when the UN goes unnamed)
        return side if side in linking.builders else k

    own = side_of(holder)
    if linking.type_of(holder) == PERSON:
        # a candidate's words aim at the other candidate and that one's side (not a foreign leader's, who
        # backs a candidate: his state takes no part in the vote)
        rivals = {k for e in events if e.family == "Election" and holder in e.participants
                  and not (own in linking.builders and linking.type_of(own) == PLACE
                           and own not in e.participants and own != e.place)
                  for k in e.participants if k != holder and k in linking.builders and linking.type_of(k) == PERSON
                  and linking.side(k) != own and linking.side(k) not in own_bodies}
        if rivals:
            rival = max(sorted(rivals), key=lambda k: len(linking.builders[k].spans))
            side = linking.side(rival)
            return (rival, side) if side != rival and side in linking.builders else (rival,)
    # a party's own state is no other side of its story: "les démocrates exigeant ..." aim at the rival party,
    # not at the United States
    party = linking.builders.get(holder)
    entry = linking.resources.entries.get(holder)
    home = (party.of or getattr(entry, "located_in", None)) if party is not None and party.subtype == "Party" else None
    weight: dict[str, int] = {}
    alone: dict[str, int] = {}             # bodies whose side goes unnamed: a side only through the events told
    for key, builder in linking.builders.items():
        side = side_of(key)
        if home is not None and side == home:
            continue
        if getattr(linking.resources.entries.get(side), "kind", None) == "Agency" \
                or all(CITED.search(linking.article.text, 0, span.begin) for span in builder.spans):
            continue                       # a news agency reports the story, it takes no side in it; nor does
            #                                one only ever a source ("ont fait au moins 22 morts selon l'ONU")
        if side != own and builder.spans and side not in own_bodies:
            pool = weight if linking.side(key) in linking.builders else alone
            pool[side] = pool.get(side, 0) + len(builder.spans)
    if not weight and not alone:
        return ()
    partners, acting, struck = set(), set(), set()
    for event in events:
        sides = {side_of(k) for k in event.agents + event.patients + event.participants if k in linking.builders}
        if own in sides:
            partners |= sides - {own}
        if own in {side_of(k) for k in event.patients}:            # those who acted on the holder's side come first,
            acting |= {side_of(k) for k in event.agents + event.participants if k in linking.builders} - {own}
        if own in {side_of(k) for k in event.agents}:              # then those the holder's side acted on
            struck |= {side_of(k) for k in event.patients if k in linking.builders} - {own}
    known = set(weight) | set(alone)
    candidates = sorted(acting & known) or sorted(struck & known) or sorted(partners & known) or sorted(weight)
    if not candidates:
        return ()
    weight = {k: weight.get(k, 0) + alone.get(k, 0) for k in known}
    if own in linking.builders and linking.type_of(own) == PLACE:     # a state deals with a state, not its opposition
        candidates = [k for k in candidates if linking.builders[k].subtype != "Opposition"] or candidates
    side = max(candidates, key=lambda k: weight[k])
    if linking.type_of(holder) == PERSON:
        # its leader first (the gazetteer knows an office held at the article's date), then the most mentioned
        date = linking.article.date
        persons = [(any(o.held_at(date) for o in getattr(linking.resources.entries.get(k), "offices", ())),
                    len(b.spans), k)
                   for k, b in linking.builders.items()
                   if b.type == PERSON and not b.anonymous and side_of(k) == side and b.spans]
        if persons:
            leader = max(persons)[-1]
            return (leader, side) if leader != side else (leader,)
    return (side,)
