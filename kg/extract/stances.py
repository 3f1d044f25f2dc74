"""Stances: who threatens, warns, demands, approves, disapproves, assures or denies whom, according to whom.

Speech acts (kg.extract.speech) are stance verbs ("a menacé", "a prévenu"), reporting verbs
("a déclaré", "a souligné que") and opinion frames ("Pour Moscou, ..."). Its speaker holds the stance;
its type comes from the verb when the verb carries one, else from the reported words
(a threat such as "répondront de façon résolue", an evaluation such as "une erreur",
a demand noun such as "l'interdiction de", or an assurance "ne ... pas"). An outer
reporting verb ("a fait savoir X"), "selon X" or "auprès de X" gives the source. Targets the words
name are read here; those they leave implicit, in kg.extract.implicit.
"""
from __future__ import annotations

from collections.abc import Sequence

from kg.extract.arguments import commanded, headline_clause
from kg.extract.document import (OBJECT_CLITICS, QUOTE_CLOSE, QUOTE_OPEN, Sentences, aux_start, children, feats, lemma,
                                 norm, text_of, tokens_of)
from kg.extract.events import EventBuilder, of_past_years, withdrawn_policy
from kg.extract.implicit import CALM, CONCERN, in_relative_clause, lead_event, resolve_implicit
from kg.extract.names import OF
from kg.extract.speech import Act, Reader, present_participle, read_acts
from kg.link import COURT_WORDS, Linking, first_word, is_union_key, named_unions
from kg.model import ORGANISATION, PERSON, PLACE, Relation, Stance
from kg.resources import Resources, fold

__all__ = ["extract_stances"]

# nouns by which words answer earlier words ("ces propos"), with the family of stance they name, if any
_SPEECH_NOUNS = {"propos": "", "declaration": "", "affirmation": "", "information": "", "annonce": "", "position": "",
                 "accusation": "DISAPPROVE", "allegation": "DISAPPROVE", "critique": "DISAPPROVE",
                 "reproche": "DISAPPROVE", "menace": "THREATEN", "avertissement": "WARN", "demande": "DEMAND",
                 "revendication": "DEMAND", "exigence": "DEMAND", "ultimatum": "DEMAND", "ordre": "DEMAND"}
_UNION_ADJECTIVES = {"syndical", "syndicale", "syndicaux"}      # "les revendications syndicales": the union's
_EVALUATIVE_FAMILY = {"positive": ("PositiveAssessment", "APPROVE"), "negative": ("NegativeAssessment", "DISAPPROVE"),
                      "falsehood": ("Deny", "DENY")}      # "a qualifié ces informations de « fausses »": a denial


def _quote(doc, begin: int, end: int, near: int) -> str | None:
    toks = tokens_of(doc)
    quotes = []
    i = begin
    while i < end:
        if toks[i].text == QUOTE_OPEN:
            j = i + 1
            while j < len(doc) and toks[j].text != QUOTE_CLOSE and j - i < 80:
                j += 1
            if j > i + 1:
                quotes.append((abs(i - near), text_of(doc)[toks[i + 1].idx:toks[j - 1].idx + len(toks[j - 1].text)]))
            i = j
        i += 1
    if not quotes:
        return None
    return min(quotes)[1].strip()


_EXPLETIVE_NE = {"avant", "moins", "peur", "crainte", "craint", "craignent", "eviter", "evite"}


def _ne_before(doc, verb_tokens) -> bool:
    """Whether a verb group opens on a negating "ne" ("ne menaçait aucun pays"), not the expletive one of
    "avant qu'il ne", "à moins qu'il ne", "de peur qu'il ne"."""
    toks = tokens_of(doc)
    first = next((t for t in verb_tokens if norm(t) in ("ne", "n'")), None)
    if first is None:
        return False
    k = first.i - 1
    while k > 0 and toks[k].pos_ in ("PRON", "NOUN", "PROPN", "DET") and norm(toks[k]) not in ("que", "qu'"):
        k -= 1                            # past the subject to the conjunction
    return not (k > 0 and norm(toks[k]) in ("que", "qu'") and fold(norm(toks[k - 1])) in _EXPLETIVE_NE)


def _negated(doc, begin: int, end: int) -> bool:
    toks = tokens_of(doc)
    return any("Neg" in feats(toks[t], "Polarity") or norm(toks[t]) in ("pas", "jamais", "aucun", "aucune", "ni")
               for t in range(begin, end))


_NONE = {"aucun", "aucune", "nul", "nulle"}


def _denied_by_subject(token, begin: int) -> bool:
    """Whether a verb ``token`` hangs on, from ``begin`` on, has a subject that says none ("qu'aucun élément
    ne laissait penser à un acte malveillant", "que rien ne justifiait"): what it says is denied."""
    for verb in (a for a in token.ancestors if a.i >= begin and a.pos_ in ("VERB", "AUX")):
        for c in children(verb):
            if c.dep_.startswith("nsubj") and (norm(c) in ("rien", "personne")
                                               or any(norm(d) in _NONE for d in children(c) if d.dep_ == "det")):
                return True
    return False


def _no_longer(norms: list[str], begin: int, end: int) -> bool:
    """ "n'était « plus le bienvenu »": a "plus" in ``begin:end`` that a "ne" shortly before negates."""
    return any(norms[k] == "plus" and any(norms[j] in ("ne", "n'") for j in range(max(0, k - 3), k))
               for k in range(begin, end))


def extract_stances(doc, sentences: Sentences, linking: Linking, events: list[EventBuilder],
                    resources: Resources, relations: Sequence[Relation] = ()) -> list[Stance]:
    """The stances of ``doc``, one per holder and clause, in reading order; ``relations`` say which bodies
    each actor heads or belongs to (its own, which its words do not take aim at)."""
    reader, acts, content_cues = read_acts(doc, sentences, linking, events, resources, relations)
    return _stances_from_acts(reader, acts, content_cues)


def _content_type(reader: Reader, act: Act, content_cues) -> tuple[str, str, str, int] | None:
    """(fine type, family, rule, token) from the reported words of a reporting verb or frame."""
    toks = tokens_of(reader.doc)
    doc, res = reader.doc, reader.resources
    begin, end = act.content
    for start, _, cue in content_cues:
        if begin <= start < end:
            if cue.lemmas == ("devoir",) and not any(c.dep_ == "nsubj" and norm(c) == "nous" for c in children(toks[start])) \
                    and not (      # "Nous devons ...": a duty the speaker's side takes on, a call to it
                    any(c.dep_.startswith("nsubj") and reader.actor_at(c.i)[0] is not None for c in children(toks[start]))
                    and ("Cnd" in feats(toks[start], "Mood") or "Imp" in feats(toks[start], "Tense")
                         or reader.sentences.quoted[start]    # « La Russie doit assumer ses responsabilités »
                         or any(norm(c) in _DUTY_ADVERBS for c in children(toks[start])))
                    or _passive_duty(toks[start])):
                continue      # "doit se tenir", "doit examiner": a schedule; "devait", "devrait", "doit désormais": a duty
            return cue.fine_type, cue.family, "content-cue", start
    demand_nouns = {fold(n) for n in res.demand_nouns}
    for t in range(begin, end):
        noun = reader.sentences.lemmas[t]
        if noun in demand_nouns and toks[t].pos_ == "NOUN" and act.kind == "frame":
            return "Demand", "DEMAND", "demand-noun", t
    phrases = res.evaluative_phrases
    for t in range(begin, end):
        polarity = _evaluative(res.evaluatives, toks[t])
        negative_phrase = False
        for words, value in phrases.get(reader.sentences.norms[t], ()):      # "un acte de guerre"
            if tuple(reader.sentences.norms[t:t + len(words)]) == words:
                polarity = value
                negative_phrase = words[0] in ("pas", "jamais")   # "n'a pas sa place": negated already
        if polarity and any(n.kind == "name" and n.start <= t < n.end and n.end - n.start > 1
                            for n in reader.linking.mentions):
            continue                      # "le Parti destourien libre": a word of a name, no judgement
        if polarity and _circumstance(toks[t], act.head):
            continue                      # "a annoncé la dissolution après la large victoire du RN": when, not a judgement
        norms = reader.sentences.norms
        if polarity and t >= 2 and norms[t - 1] in ("plus", "moins") and norms[t - 2] in ("le", "la", "les", "l'"):
            continue                      # "le plus important du groupe": a rank, not a judgement
        if polarity and norms[t] in _PRIVATIVE and t + 1 < len(norms) and norms[t + 1] in ("de", "d'"):
            continue                      # "faute d'accord": for want of one, no fault found
        if polarity and not reader.sentences.quoted[t] and t > 0 and norms[t - 1] == "en" \
                and t + 1 < len(norms) and norms[t + 1] in ("a", "au", "aux", "de", "du", "des"):
            continue                      # "en représailles à la frappe": why it was done, no judgement
        if polarity and not reader.sentences.quoted[t] and t > 1 and norms[t - 1] in ("de", "d'", "pour") \
                and lemma(toks[t - 2]) in _CHARGING:
            continue                      # "inculpé de trahison", "condamné pour corruption": the charge, no judgement
        if polarity and _in_charge(reader, t):
            continue                      # "la condamnation de X à six mois de prison pour « diffusion de fausses
            #                               nouvelles »": the charge, quoted, no judgement of whoever reports it
        if polarity and toks[t].dep_ == "amod" and toks[t].head.i < t and norm(toks[t].head) in res.roles_by_first \
                and not reader.sentences.quoted[t]:
            continue                      # "son chef historique Abdullah Öcalan": a title, not a judgement
        if polarity and toks[t].pos_ == "NOUN" and not reader.sentences.quoted[t] and t > 0 \
                and norms[t - 1] in ("son", "sa", "ses", "leur", "leurs") \
                and (named := reader.linking.mention_at_token(t + 1)) is not None and named.type == PERSON:
            continue                      # "son allié Bassirou Diomaye Faye": who he is to him, not a judgement
        if polarity and toks[t].dep_ == "amod" and not reader.sentences.quoted[t] \
                and any(c.dep_ == "nummod" for c in children(toks[t].head)):
            continue                      # "loin des 64 voix nécessaires": a count, not a judgement
        if polarity and toks[t].dep_ == "amod" and CONCERN.search(toks[t].head.text):
            continue                      # "suivre la situation avec une « grave inquiétude »": how deep a concern
        if polarity and toks[t].dep_ in ("amod", "acl") and toks[t].head.i < t and "Plur" in feats(toks[t].head, "Number") \
                and (norm(toks[t].head).rstrip("s") in res.class_nouns or lemma(toks[t].head) == "force"):
            continue                      # "des groupes alliés", "les forces alliées": which side, not a judgement
        if polarity == "positive" and toks[t].pos_ == "NOUN" and any(
                c.dep_ == "det" and norm(c) in ("notre", "nos", "mon", "ma", "mes") for c in children(toks[t])):
            return "Commit", "ASSURE", "own-duty", t   # "Notre responsabilité est de rétablir l'ordre": a pledge
        if polarity and toks[t].pos_ == "NOUN" and norms[t] in res.roles_by_first and not reader.sentences.quoted[t] \
                and t > 0 and toks[t - 1].pos_ == "DET":
            continue                      # "aucun responsable de son gouvernement": an official, not a judgement
        if polarity and toks[t].pos_ == "NOUN" and toks[t].dep_.startswith("nsubj") \
                and t > 0 and norms[t - 1] in ("un", "une"):
            continue                      # "qu'un échec serait « impardonnable »": what is judged, not the judgement
        if polarity:
            if not negative_phrase and (_negated(doc, max(begin, t - 3), t) or _no_longer(norms, max(begin, t - 3), t)
                                        or _denied_by_subject(toks[t], begin)) or any(
                    reader.sentences.norms[k] in _PRIVATIVE or reader.sentences.lemmas[k] in _EVADING
                    for k in range(max(begin, t - 5), t)):
                if polarity == "negative":        # "La Guyana n'est pas l'agresseur": a charge denied
                    return "Deny", "DENY", "evaluation", t
                polarity = "positive" if polarity == "falsehood" else "negative"   # "n'était pas compatible",
                #                                   "malgré l'absence de toute preuve crédible"; "n'est pas faux"
            fine, family = _EVALUATIVE_FAMILY[polarity]
            return fine, family, "evaluation", t
    if lemma(toks[act.head]) in _JUDGING_VERBS:
        # "a qualifié la décision d'« attaque contre le droit de grève »": a deed of hostility as its name
        by_first = res.event_cues_by_first
        label = next((t for t in range(begin, end) if reader.sentences.quoted[t] and toks[t].pos_ == "NOUN"
                      and any(c.family == "Conflict" for c in by_first.get(reader.sentences.lemmas[t], ()))), None)
        if label is not None:
            return "NegativeAssessment", "DISAPPROVE", "evaluation", label
    if act.assertive and _negated(doc, begin, end):
        return "Assure", "ASSURE", "assertive-negation", begin
    return None


_DUTY_ADVERBS = {"desormais", "maintenant", "absolument", "imperativement", "immediatement", "enfin"}   # "X doit désormais"


def _passive_duty(token) -> bool:
    """ "la résolution doit être appliquée", "les otages doivent être libérés": what must be done to
    its subject, never a schedule; nor a forecast ("10.000 militaires devraient être envoyés")."""
    return not _conditional_form(token) \
        and any(c.dep_ == "xcomp" and c.pos_ == "VERB" and any(g.dep_ == "aux:pass" for g in children(c))
                for c in children(token)) and any(c.dep_.startswith("nsubj") for c in children(token))


def _conditional_form(token) -> bool:
    """Whether a form of "devoir" is conditional ("devrait", "devraient"), which the tagger may not say."""
    return "Cnd" in feats(token, "Mood") or norm(token).startswith("devr")


_OUTCOME_NOUNS = {"resultat", "issue", "verdict"}
_PRIVATIVE = {"sans", "absence", "faute", "manque", "defaut"}
_EVADING = {"echapper", "fuir", "soustraire", "derober"}     # "échappait à ses responsabilités": a quality shirked
_TIME_PREPOSITIONS = {"apres", "avant", "depuis", "lors", "pendant", "durant"}


def _circumstance(token, head: int) -> bool:
    """Whether ``token`` lies in a phrase of time below the verb at ``head`` ("après la victoire de X")."""
    for t in (token, *token.ancestors):
        if t.i == head:
            return False
        if any(c.dep_ == "case" and norm(c) in _TIME_PREPOSITIONS for c in children(t)):
            return True
        if t.pos_ in ("VERB", "AUX") and any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") and any(
                g.dep_.startswith("nsubj") for g in children(c)) for c in children(t)):
            return False                  # a clause with its own subject: "Pendant une décennie, Apple a abusé"
    return False


def _relative_object(reader: Reader, act: Act):
    """The antecedent of a relative "que" that is the object of the act's verb: the actor named just
    before ", qu'ils accusent" (however the parser read the clause), else None."""
    toks = tokens_of(reader.doc)
    doc = reader.doc
    k = aux_start(doc, act.head) - 1
    if k > 0 and reader.sentences.norms[k] in ("il", "ils", "elle", "elles", "on"):
        k -= 1
    if k < 2 or reader.sentences.norms[k] not in ("que", "qu'") or toks[k - 1].text != ",":
        return None
    def governed(m) -> bool:               # the complement of a participle: "une alliance dominée par la Russie"
        p = m.start - 1
        while p > 0 and toks[p].pos_ in ("DET", "ADP"):
            p -= 1
        return p < m.start - 1 and "Part" in feats(toks[p], "VerbForm")
    before = [m for m, _ in reader.actors_in(max(0, k - 10), k - 1) if m.kind != "demonym" and not governed(m)]
    return doc[before[-1].start] if before else None


def _named_of_kind(reader: Reader, noun, holders: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The bodies named before ``noun`` of the kind a plural class noun names ("les partis", "les
    syndicats"), when there are at least two of them; never the holders' own ("Son chef, X, a accusé les
    partis traditionnels": not his party)."""
    kinds = reader.resources.class_nouns.get(lemma(noun), frozenset()) & {"Party", "Union", "NGO"}
    if not kinds:
        return ()
    before, text = reader.doc[noun.i].idx, reader.linking.article.text
    classes = reader.resources.class_nouns

    def of_kind(b) -> bool:                # its gazetteer kind, or the noun it opens with or follows ("le
        if b.subtype:                      # mouvement Vetëvendosje")
            return b.subtype in kinds
        words = [fold(b.name).split()[0]] + fold(text[max(0, min(b.spans).begin - 12):min(b.spans).begin]).split()[-1:]
        return any(classes.get(w, frozenset()) & kinds for w in words)
    own = reader.own_bodies(holders) | set(holders)
    found = sorted((min(b.spans).begin, key) for key, b in reader.linking.builders.items()
                   if b.spans and min(b.spans).begin < before and b.type == ORGANISATION and of_kind(b)
                   and key not in own)
    return tuple(key for _, key in found) if len(found) >= 2 else ()


def _members_body(reader: Reader, noun, holders: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The international body last named before "les Etats membres", "les pays membres" or "ses membres":
    its members are addressed as the body ("a appelé les Etats membres à rejeter le texte", after "l'Union
    européenne"); never the holders' own body."""
    if lemma(noun) != "membre" and not any(lemma(c) == "membre" for c in children(noun) if c.dep_ in ("amod", "nmod")):
        return ()
    before = reader.doc[noun.i].idx
    own = reader.own_bodies(holders) | set(holders)
    found = sorted((max(span.begin for span in b.spans if span.begin < before), key)
                   for key, b in reader.linking.builders.items()
                   if b.type == ORGANISATION and b.subtype in ("IGO", "Bloc") and key not in own
                   and any(span.begin < before for span in b.spans))
    return (found[-1][1],) if found else ()


def _doer_of_apposed_deed(reader: Reader, verb, holders: tuple[str, ...]) -> tuple[str, ...]:
    """Who did the deed a word for an act sums up, set after a comma at the end of a clause, when the
    act's verb is in a relative clause on that word ("X avait réduit la grève, une décision que le
    syndicat a qualifiée d'« attaque »", however the parser hung the relative): the subject of the clause
    before."""
    toks = tokens_of(reader.doc)
    noun = verb.head
    relative = verb.dep_ == "acl:relcl" or verb.dep_ == "acl" and any(norm(c) in ("que", "qu'") for c in children(verb))
    if not relative or noun.pos_ != "NOUN" or lemma(noun) not in reader.resources.act_nouns \
            or noun.i < 2 or toks[noun.i - 2].text != "," or toks[noun.i - 1].pos_ != "DET":
        return ()
    clause = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    subject = next((c for c in children(clause) if c.dep_ == "nsubj"), None) if clause is not None else None
    m, keys = reader.actor_in(subject) if subject is not None else (None, ())
    return keys if m is not None and m.kind != "demonym" and not set(keys) & set(holders) else ()


def _act_named(reader: Reader, noun, holders: tuple[str, ...] = ()) -> EventBuilder | None:
    """The event an object noun stands for: a word for an act ("une décision"), or a quoted label
    ("une « tentative de coup d'Etat »") for something that happened, or a label whose adjective says
    which kind of event it judges ("une « mascarade électorale »", "une « mascarade judiciaire »")."""
    if reader.sentences.quoted[noun.i] and _names_event(reader, noun):
        return _act_told(reader, noun, done=True, holders=holders)
    voters = any(c.dep_ == "nmod" and lemma(c) in _VOTERS for c in children(noun))
    if lemma(noun) in reader.resources.act_nouns and not voters:
        return _act_told(reader, noun, holders=holders)
    families = next((_KIND_ADJECTIVES[norm(c)] for c in children(noun)
                     if c.dep_ == "amod" and norm(c) in _KIND_ADJECTIVES), None)
    if voters and lemma(noun) in reader.resources.act_nouns:
        families = ("Election", "Vote")   # "le choix souverain du peuple roumain": what the people voted
    if families:
        # the latest of that kind told before, else the first told after ("un « scandale judiciaire »" before
        # the article tells the sentence)
        told = [e for e in reader.events if e.family in families and e.factuality == "Asserted"]
        before = [e for e in told if min(e.tokens) < noun.i]
        if before:
            return max(before, key=lambda e: min(e.tokens))
        return min(told, key=lambda e: min(e.tokens)) if told else None
    return None


def _judged_subject(reader: Reader, at: int) -> str | None:
    """The noun an evaluative predicate is said of ("que les réformes étaient « nécessaires »"), when it
    names no actor nor event: what the words judge."""
    toks = tokens_of(reader.doc)
    if not any(c.dep_ == "cop" for c in children(toks[at])):
        return None
    subject = next((c for c in children(toks[at]) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None or reader.actor_in(subject)[0] is not None or subject.i in reader.event_at:
        return None
    return subject.text


def _union_against_strike(reader: Reader, act: Act, holders: tuple[str, ...], told: EventBuilder) -> bool:
    """Whether a union's disapproval would fall on a strike or protest: "La confédération SAK dénonce des
    mesures qui ...", in a strike story, judges what the strike is against, not the strike."""
    return act.cue is not None and act.cue.family == "DISAPPROVE" and told.family in ("Strike", "Protest") \
        and bool(holders) and all(is_union_key(reader.linking, h) for h in holders)


# adjectives that say which kind of event a judgement is about
_VOTERS = {"peuple", "electeur", "electrice", "urne", "citoyen"}
_KIND_ADJECTIVES = {"electoral": ("Election", "Vote"), "electorale": ("Election", "Vote"),
                    "judiciaire": ("Ruling",), "militaire": ("Conflict",)}


def _court(linking, key: str) -> bool:
    """Whether ``key`` is a court ("la Cour suprême", "le tribunal de Rome")."""
    builder = linking.builders.get(key)
    return builder is not None and builder.type == ORGANISATION and first_word(builder.name) in COURT_WORDS


def _announced_before(reader: Reader, i: int) -> EventBuilder | None:
    """The latest event told before token ``i`` as what an actor announced ("Le PKK a annoncé lundi sa
    dissolution"): what "l'annonce" stands for."""
    toks = tokens_of(reader.doc)
    told = [(t, e) for e in reader.events for t in e.tokens if t < i and toks[t].dep_ == "obj"
            and lemma(toks[t].head) == "annoncer"]
    return max(told, key=lambda pair: pair[0])[1] if told else None


def _announcer_before(reader: Reader, i: int, holders) -> tuple[str, ...]:
    """Who announced, in an earlier sentence, what "l'annonce" stands for when it is no event: the
    subject of the latest "annoncer" before, unless it is the holder."""
    toks = tokens_of(reader.doc)
    sent = reader.sentences.of[i]
    verbs = [t for t in range(i - 1, -1, -1) if toks[t].pos_ == "VERB" and lemma(toks[t]) == "annoncer"
             and reader.sentences.of[t] < sent]
    for t in verbs[:1]:
        subject = next((c for c in children(toks[t]) if c.dep_ == "nsubj"), None)
        m, keys = reader.actor_at(subject.i) if subject is not None else (None, ())
        if m is not None and m.kind != "demonym" and not set(keys) & set(holders):
            return tuple(keys)
    return ()


def _names_event(reader: Reader, noun) -> bool:
    """Whether a noun phrase uses a word for an event ("une « tentative de coup d'Etat »")."""
    words = reader.resources.event_words
    return any(lemma(t) in words for t in noun.subtree)


def _act_told(reader: Reader, noun, done: bool = False, holders: tuple[str, ...] = ()) -> EventBuilder | None:
    """The event a word for an act stands for ("une décision", "une action"): the last one told earlier in
    its sentence, else the first the article tells; ``done``: only one that happened (what a label such as
    "une « tentative de coup d'Etat »" names)."""
    sent = reader.sentences.of[noun.i]
    named = next((reader.event_at[c.i] for c in children(noun) if c.dep_ == "nmod" and c.i in reader.event_at), None)
    if named is not None:
        return named                              # "l'escalade des droits de douane": those duties
    if lemma(noun) in _OUTCOME_NOUNS:            # "s'est félicité du résultat": of the latest vote counted
        counted = [e for e in reader.events if e.family in ("Vote", "Election") and e.factuality == "Asserted"
                   and e.tokens[0] < noun.i]
        if counted:
            return max(counted, key=lambda e: max(t for t in e.tokens if t < noun.i))
    statuses = ("Asserted",) if done else ("Asserted", "Planned")
    families = reader.resources.act_nouns.get(lemma(noun))       # "les violences": a protest or a fight
    if not families:                      # "un acte de violence politique": of the kind its complement says
        families = next((reader.resources.act_nouns[lemma(c)] for c in children(noun) if c.dep_ == "nmod" and _of(c)
                         and reader.resources.act_nouns.get(lemma(c))), families)
    within = next((reader.event_at[t.i] for c in children(noun) if c.dep_ == "acl" and "Part" in feats(c, "VerbForm")
                   for t in c.subtree if t.i in reader.event_at
                   and (not families or reader.event_at[t.i].family in families)), None)
    if within is not None:
        return within                             # "les violences commises en marge du rassemblement": at it
    told = [e for e in reader.events if e.family != "Communication" and e.factuality in statuses
            and (not families or e.family in families)
            and not (done and set(e.agents + e.participants) & set(holders))]   # a label names another's deed
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    subject = {t.i for c in (children(verb) if verb is not None else ()) if c.dep_.startswith("nsubj") for t in c.subtree}
    # not an event told in an apposition to the speaker ("Le Qatar, médiateur dans les négociations sur une trêve, ...")
    # (in its own sentence, also a measure threatened: "a menacé d'imposer des droits ..., dont l'Inde, qui a
    # dénoncé une mesure « injustifiée »")
    near = told if done else [e for e in reader.events if e.family != "Communication"
                              and (not families or e.family in families)]
    before = [(t, e) for e in near for t in e.tokens if t < noun.i and reader.sentences.of[t] == sent and t not in subject]
    if lemma(noun) in _DECISIONS:                 # a decision is no coup, protest or strike told beside it
        before = [(t, e) for t, e in before if not _undecided(reader, e)]
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    earlier = [e for e in sorted(told, key=lambda e: e.tokens[0]) if e.tokens[0] < noun.i
               and not all(t in subject for t in e.tokens)]      # (not what the speaker did: "X, qui s'est rendu à Y,")
    later = [(t, e) for e in told for t in e.tokens if t > noun.i and reader.sentences.of[t] == sent
             and e.family == "Conflict"]
    if not earlier and later:          # "a dénoncé un acte terrible et promis que toute la lumière serait faite sur
        return min(later, key=lambda pair: pair[0])[1]    # l'attaque": the deed the sentence names after it
    if lemma(noun) in _BREACH_NOUNS and holders and (suffered := _suffered_by(reader, earlier, holders)) is not None:
        return suffered                           # "a condamné une « violation » de sa souveraineté": the deed
        #                                           done on its ground, not the war the article opens with
    if lemma(noun) in _DECISIONS:                 # "a salué une décision « responsable »": one someone took,
        earlier = [e for e in earlier if not _undecided(reader, e)] or earlier
    leaving = [e for e in earlier if e.family in ("Withdrawal", "Resignation")
               and not set(e.agents + e.participants) & set(holders)] if lemma(noun) == "depart" else []
    if leaving:                                   # "ce départ": the latest leaving told, not the speaker's own
        return max(leaving, key=lambda e: max(t for t in e.tokens if t < noun.i))
    return earlier[0] if earlier else None


def _undecided(reader: Reader, event: EventBuilder) -> bool:
    """Whether an event is none that "une décision" may stand for: a protest, a strike, a use of force,
    unless ordered ("a ordonné le déploiement de 2.000 soldats")."""
    toks = tokens_of(reader.doc)
    return event.family in ("Protest", "Strike") or event.family == "Conflict" and not any(
        commanded(toks[t], event.family) for t in event.tokens)


def _suffered_by(reader: Reader, events: list[EventBuilder], holders: tuple[str, ...]) -> EventBuilder | None:
    """The latest of ``events`` the holders' side underwent: one of its own is a patient or the place, or
    the sentence telling it names the holders' state as where it happened ("contre la base d'Al-Udeid, au
    Qatar")."""
    linking = reader.linking
    sides = {linking.side(h) for h in holders}
    for event in reversed(events):
        if {linking.side(k) for k in (*event.patients, *([event.place] if event.place else ()))} & sides:
            return event
    for event in reversed(events):
        end = reader.sentences.tokens[event.sent][1]
        for m, keys in reader.actors_in(event.tokens[0], end):
            if m.locative and {linking.side(k) for k in keys} & sides:
                # (the event told nearest before that place)
                if not any(e.sent == event.sent and event.tokens[0] < e.tokens[0] < m.start for e in events):
                    return event
    return None


_DECISIONS = {"decision", "mesure"}
_ACCEPTING = {"reconnaitre", "accepter", "valider", "admettre"}    # "refuser de reconnaître X": X is rejected
_OUTCOMES = {"victoire", "defaite", "succes", "resultat"}     # what an election or a vote gives


def _decision_maker(reader: Reader, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The actor the article's lead makes the subject of what it tells ("Le gouvernement libanais a chargé
    l'armée de désarmer le Hezbollah"), when a decision is judged that no event of the article names."""
    first = 1 if reader.sentences.is_headline(0) else 0
    if first >= len(reader.sentences.tokens):
        return ()
    begin, end = reader.sentences.tokens[first]
    toks = tokens_of(reader.doc)
    root = next((t for t in toks[begin:end] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubj:pass")), None) if root is not None else None
    m, keys = reader.actor_in(subject)
    if m is None or m.kind == "demonym" or set(keys) & set(holders):
        return ()
    return keys


# verbs whose subject puts a policy forward or stands by it: "le gouvernement a présenté une réforme",
# "son gouvernement ne renoncerait pas à la réforme"
_AUTHOR_VERBS = {"presenter", "annoncer", "adopter", "proposer", "defendre", "porter", "renoncer", "maintenir", "deposer",
                 "devoiler", "preparer", "lancer", "imposer", "vouloir", "engager"}
_AUTHOR_NOUNS = {"annonce", "presentation", "adoption", "depot", "lancement"}     # "l'annonce par le gouvernement d'une réforme"


def _policy_author(reader: Reader, holders: tuple[str, ...]) -> tuple[str, ...]:
    """Who puts forward the policy ("la réforme", "le plan", "le texte") an act is against: its owner
    where a mention of a policy names one ("la réforme voulue par X", "l'annonce par le gouvernement
    d'une réforme", "le gouvernement ne renoncerait pas à la réforme"), else the government the article
    names, else the subject of its lead."""
    toks, sentences, linking = tokens_of(reader.doc), reader.sentences, reader.linking

    def other(keys) -> bool:
        return bool(keys) and not set(keys) & set(holders)

    for i, word in enumerate(sentences.lemmas):
        if word not in reader.resources.policy_nouns or toks[i].pos_ != "NOUN":
            continue
        noun = toks[i]
        if other(owner := _owner_of(reader, noun, holders)):
            return owner
        head = noun.head
        if noun.dep_ == "nmod" and lemma(head) in _AUTHOR_NOUNS:
            by = next((c for c in children(head) if c.dep_ == "nmod" and c.i < noun.i
                       and any(norm(g) == "par" for g in children(c) if g.dep_ == "case")), None)
            m, keys = reader.actor_in(by)
            if m is not None and m.kind != "demonym" and other(keys):
                return keys
        if noun.dep_ in ("obj", "obl", "obl:arg") and head.pos_ == "VERB" and lemma(head) in _AUTHOR_VERBS:
            subject = next((c for c in children(head) if c.dep_ == "nsubj"), None)
            m, keys = reader.actor_in(subject)
            if m is None and subject is not None and lemma(subject) in reader.resources.government_nouns and any(
                    norm(c) in ("son", "sa", "leur") for c in children(subject) if c.dep_ == "det"):
                # "Le Premier ministre X ... assuré que son gouvernement ne renoncerait pas à la réforme": X's
                before = [(m, keys) for m, keys in reader.actors_in(sentences.tokens[sentences.of[i]][0], subject.i)
                          if m.kind != "demonym" and linking.type_of(keys[0]) in (PERSON, ORGANISATION)]
                m, keys = before[-1] if before else (None, ())
            if m is not None and m.kind != "demonym" and other(keys):
                return keys
    government = next((b.key for b in linking.builders.values() if b.subtype == "Government" and b.spans
                       and other((b.key,))), None)
    return (government,) if government else _decision_maker(reader, holders)


_UNDOING_NOUNS = {"retrait", "abandon", "suspension", "abrogation", "annulation", "report"}


def _first_noun(reader: Reader, begin: int, end: int):
    """The first noun from ``begin`` up to ``end``, or None: what a stance's words are about."""
    toks = tokens_of(reader.doc)
    return next((toks[t] for t in range(begin, end) if toks[t].pos_ == "NOUN"), None)


def _policy_named(reader: Reader, begin: int, end: int):
    """The policy the first noun of a stance's words names, itself or taken back ("le retrait du plan")."""
    noun = _first_noun(reader, begin, min(end, begin + 4))
    if noun is None:
        return None
    if lemma(noun) in reader.resources.policy_nouns:
        policy = noun
    elif lemma(noun) in _UNDOING_NOUNS:
        policy = withdrawn_policy(reader.doc, noun.i, reader.resources)
    else:
        return None
    return None if policy is None or policy.i in reader.event_at else policy    # "le texte" of an accord told


_PARTAKERS = {"greviste": ("Strike",), "manifestant": ("Protest",), "organisateur": ("Protest", "Strike")}   # folded lemmas
# what one asks protesters or strikers to do when one asks them to stop ("a appelé les manifestants à rentrer
# chez eux", "à lever les barrages"): whoever asks takes no part
_DESIST = frozenset({"rentrer", "cesser", "disperser", "quitter", "lever", "suspendre", "reprendre"})


def _doers_noun_of(reader: Reader, noun) -> str | None:
    """ "médecins", when the article told "Les médecins ... poursuivaient la grève": a plural noun made the
    subject of a strike or protest stands for those who take part in it, as "grévistes" does."""
    if noun.pos_ != "NOUN" or "Plur" not in feats(noun, "Number"):
        return None
    toks = tokens_of(reader.doc)
    for event in reader.events:
        if event.family not in ("Strike", "Protest"):
            continue
        verbs = {toks[t].head if toks[t].dep_ == "obj" else toks[t] for t in event.tokens}
        if any(c.dep_ == "nsubj" and lemma(c) == lemma(noun) and c.i < noun.i for v in verbs for c in children(v)):
            return "greviste" if event.family == "Strike" else "manifestant"
    return None


def _partakers(reader: Reader, noun: str, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The organisations taking part in the latest event that "les grévistes" or "les manifestants" take part in."""
    told = [e for e in reader.events if e.family in _PARTAKERS[noun]]
    for event in reversed(told):
        found = tuple(k for k in event.participants + event.agents
                      if k not in holders and reader.linking.type_of(k) == ORGANISATION)
        if found:
            return found
    return ()


def _joined_event(reader: Reader, noun: str, before: int) -> EventBuilder | None:
    """The latest protest or strike told before token ``before``, which "les manifestants" or "les
    organisateurs" stand for when no organisation is named as taking part in it."""
    told = [e for e in reader.events if e.family in _PARTAKERS[noun] and min(e.tokens) < before]
    return told[-1] if told else None


def _detention(reader: Reader, noun) -> EventBuilder | None:
    """The latest arrest told before ``noun``, whose release someone asks for."""
    told = [e for e in reader.events if e.family == "Arrest" and e.factuality == "Asserted" and min(e.tokens) < noun.i]
    return told[-1] if told else None


_POLICE_ADJECTIVES = {"policier", "policiere", "policiers", "policieres"}
_SECURITY = {"ordre", "securite"}                 # "les forces de l'ordre", "les forces de sécurité"


def _use_of_force(noun) -> bool:
    """ "un usage (« disproportionné ») de la force", "le recours à la force", "la répression", "les
    violences policières", "l'action des forces de l'ordre": what the police or the army do."""
    if lemma(noun) == "repression" or any(c.dep_ == "amod" and norm(c) in _POLICE_ADJECTIVES for c in children(noun)):
        return True
    if any(c.dep_ == "nmod" and lemma(c) == "force" and any(g.dep_ == "nmod" and lemma(g) in _SECURITY for g in children(c))
           for c in (noun, *children(noun))):
        return True
    return lemma(noun) in ("usage", "recours", "emploi") and any(
        lemma(t) == "force" for t in noun.subtree if noun.i < t.i <= noun.i + 6)


def _security_forces(reader: Reader, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The police or army the article names, failing them its government: who uses force on a crowd."""
    builders = reader.linking.builders
    for subtypes in (("Police",), ("Military",), ("Government",)):
        found = sorted(((b.spans[0].begin, key) for key, b in builders.items()
                        if b.subtype in subtypes and b.spans and key not in holders))
        if found:
            return (found[0][1],)
    return ()


def _in_charge(reader: Reader, t: int) -> bool:
    """Whether token ``t`` is in the charge a sentence or an indictment names, after "pour" ("condamné ...
    pour « diffusion de fausses nouvelles »")."""
    toks, norms = tokens_of(reader.doc), reader.sentences.norms
    begin = reader.sentences.tokens[reader.sentences.of[t]][0]
    k = t - 1
    while k > max(begin, t - 8) and norms[k] != "pour" and toks[k].pos_ not in ("VERB", "AUX") and toks[k].text != ",":
        k -= 1
    return norms[k] == "pour" and any(lemma(toks[c]) in _CHARGING or norms[c] == "condamnation"
                                      for c in range(max(begin, k - 15), k))


_FORCES_OF_ORDER = {"Police", "Military", "Government"}   # who calls protesters to calm, and takes no part

# what one is charged with names the charge ("condamné pour ...", "arrêté ... dans le cadre d'enquêtes pour
# « terrorisme »")
_CHARGING = {"inculper", "condamner", "poursuivre", "soupconner", "accuser", "juger", "coupable", "inculpe",
             "condamne", "poursuivi", "soupconne", "accuse", "juge", "arreter", "arrete", "interpeller", "interpelle",
             "incarcerer", "incarcere", "emprisonner", "emprisonne", "enquete", "examen", "proces", "mandat"}


def _evaluative(evaluatives: dict[str, str], token) -> str | None:
    """The polarity of an evaluative word, by lemma or form, feminine and plural forms included
    ("corrompue", the tagger's lemma of a quoted adjective)."""
    word = token.text.lower()
    inflected = token.text.islower() and token.pos_ in ("ADJ", "NOUN", "VERB")     # not "France"
    for form in (token.lemma_, word, word[:-1] if inflected and word.endswith(("e", "s")) else None,
                 word[:-2] if inflected and word.endswith("es") else None):
        if form and form in evaluatives:
            return evaluatives[form]
    prefix = word.split("-")[0] + "-" if "-" in word[1:] else None
    return evaluatives.get(prefix) if prefix else None       # "une « pseudo-élection »": a prefix that judges


def _targets(reader: Reader, act: Act, begin: int, end: int, holders: tuple[str, ...]):
    """Explicit targets of the act: (entity keys, events, topic)."""
    toks = tokens_of(reader.doc)
    doc, linking = reader.doc, reader.linking
    sides = {linking.side(h) for h in holders} | set(holders)
    entities: list[str] = []
    targeted_events: list[EventBuilder] = []
    topic = None

    def add(keys):
        for key in keys:
            if key not in holders and key not in entities and key != act.source:
                entities.append(key)

    cue = act.cue
    head = toks[act.head]
    rule = cue.target if cue else "obj"
    if act.kind == "cue" and cue.family == "DEMAND" and (asked := next(
            (c for c in children(head) if c.dep_ == "xcomp" and c.i in reader.event_at and reader.event_at[c.i].family
             in ("Strike", "Protest") and any(norm(g) in ("a", "au") for g in children(c) if g.dep_ == "mark")), None)):
        # "a appelé les pilotes à cesser le travail", "ses partisans à manifester": the action asked for, not
        # those asked nor their employer
        targeted_events.append(reader.event_at[asked.i])
        act.rules.append("asked-action")
        return entities, targeted_events, topic, sides
    if "passive-agent" in act.rules:
        noun = head                        # "La motion, déposée par la gauche et soutenue par le RN"
        while noun.pos_ in ("VERB", "AUX") and noun.dep_ in ("conj", "acl", "acl:relcl") and noun.head.i != noun.i:
            noun = noun.head
        if noun.pos_ == "ADJ" and noun.dep_ == "amod":
            noun = noun.head               # "une visite jugée « provocatrice » par X", the participle an adjective
        subject = next((c for c in children(head) if c.dep_ == "nsubj:pass"), None)
        if subject is not None:             # "La procureure X a été accusée par les observateurs de l'OEA": X
            found = next(((m, keys) for m, keys in reader.actors_in(subject.left_edge.i, subject.i + 4)
                          if m.kind != "demonym" and m.start <= subject.i + 3), None)
            if found is not None:
                add(found[1])
        before = head.i - 2 if head.i > 1 and toks[head.i - 1].text == "," else head.i - 1
        judged = reader.actor_at(before) if lemma(head) in _JUDGING_VERBS | {"juger"} else (None, ())
        if subject is None and judged[0] is not None and judged[0].kind != "demonym":
            add(judged[1])                  # "L'AfD, qualifiée d'« extrémiste » par le BfV": the one judged
        for candidate in (subject, noun if noun.i != head.i else None):
            if candidate is not None and candidate.i in reader.event_at:
                targeted_events.append(reader.event_at[candidate.i])
                break
            if candidate is not None and candidate is noun and lemma(noun) in reader.resources.act_nouns:
                # "ont annoncé qu'elles reconnaîtraient X, une décision fustigée par Y": the act just reported
                told = _act_told(reader, noun)
                if told is not None:
                    targeted_events.append(told)
                    act.rules.append("act-noun")
                break
        described = reader.actor_at(noun.i) if noun.i != head.i and noun.pos_ in ("NOUN", "PROPN") else (None, ())
        if described[0] is None and noun.i != head.i:       # "Le candidat soutenu par le PiS, Karol Nawrocki":
            described = next((reader.actor_at(c.i) for c in children(noun) if c.dep_ == "appos" and c.i > head.i
                              and reader.actor_at(c.i)[0] is not None), (None, ()))   # the name set beside it
        if described[0] is None and head.i > 1 and toks[head.i - 1].text == "," \
                and (before_comma := reader.actor_at(head.i - 2))[0] is not None and before_comma[0].end == head.i - 1 \
                and before_comma[0].kind == "name":
            described = before_comma          # "Karol Nawrocki, soutenu par le PiS, ...", however the parser hung it
        if described[0] is None and noun.i != head.i:       # "Le groupe armé M23, soutenu par Kigali": the name
            described = next((reader.actor_at(c.i) for c in children(noun)   # the noun opens with
                              if c.dep_ in ("amod", "appos", "flat:name") and c.i < head.i
                              and reader.actor_at(c.i)[0] is not None and reader.actor_at(c.i)[0].kind == "name"),
                             (None, ()))
        if not entities and not targeted_events and described[0] is not None and described[0].kind != "demonym" \
                and not set(described[1]) & set(holders):
            add(described[1])               # "Le candidat soutenu par le PiS, Karol Nawrocki": the one described
            act.rules.append("described-actor")
        if not entities and not targeted_events and noun.i != head.i and (owner := _owner_of(reader, noun, holders)):
            add(owner)                      # "un discours du président X jugé « provocateur » par Pékin": X's
            act.rules.append("object-owner")
    if rule != "obj" and act.kind == "cue":
        # "a réclamé un référendum": an event as direct object is the target, whatever the cue's usual complement
        targeted_events.extend(reader.event_at[c.i] for c in children(head)
                               if c.dep_ == "obj" and c.i > act.head and c.i in reader.event_at)
    if rule == "obj" or act.kind == "reporting":
        objects = [c for c in children(head) if c.dep_ in ("obj", "iobj") and c.i > act.head]
        if not objects:                    # "a refusé de reconnaître les résultats": what is not recognised
            objects = [o for c in children(head) if c.dep_ == "xcomp" and lemma(c) in _ACCEPTING
                       for o in children(c) if o.dep_ == "obj"]
        if not objects:                    # "a appelé la Réserve fédérale américaine (Fed) à suivre ...": a name
            #                                  the parser took for the verb's complement
            objects = [c for c in children(head) if c.dep_ == "xcomp" and c.pos_ in ("NOUN", "PROPN")
                       and c.i > act.head and (m := reader.actor_at(c.i)[0]) is not None and m.kind == "name"][:1]
        if not objects:                    # "a condamné « avec fermeté » l'offensive": an object the parser
            objects = [c for c in children(head) if c.dep_.startswith("obl") and c.i > act.head and c.pos_ == "NOUN"
                       and not any(g.dep_ == "case" for g in children(c))
                       and any(g.dep_ == "det" for g in children(c))][:1]     # attached as a bare adjunct
        if not objects:                    # "a accusé dimanche la Russie d'avoir ...": the object the parser
            objects = [o for c in children(head) if c.dep_ == "obl:mod" and c.i > act.head    # hung on the day
                       for o in children(c) if o.dep_ == "obj"][:1]
        objects += [conj for c in objects for conj in c.conjuncts          # "a remercié X et Y"
                    if conj.i > c.i and any(cc.dep_ == "cc" for cc in children(conj)) and not _of(conj)
                    and not _opens_clause(reader, conj)]       # not "a condamné X et le Premier ministre Y a exigé"
        if act.inverted and act.holder_mentions:           # "a dénoncé la responsable de Verdi, Silke Zimmer":
            said_by = act.holder_mentions[0].start          # the speaker, parsed as the verb's object
            objects = [c for c in objects if not c.left_edge.i <= said_by <= c.right_edge.i + 2]
        antecedent = _relative_object(reader, act) if not objects or all(
            any(norm(g) in ("de", "d'") for g in children(c) if g.dep_ == "case") for c in objects) else None
        if antecedent is not None:
            objects = [antecedent]         # "la Cédéao, qu'ils accusent d'être ...": the relative's antecedent (and
            #                                "X, qu'il accuse de corruption", the charge parsed as the object)
        elif not objects and (doer := _doer_of_apposed_deed(reader, head, holders)):
            add(doer)                      # "X a réduit la grève, une décision que le syndicat a qualifiée de"
            act.rules.append("apposed-deed")
        for child in objects:
            m, keys = reader.actor_at(child.i)
            # a demonym used as a noun names its people: "appelant les Occidentaux à"
            noun_demonym = m is not None and m.kind == "demonym" and toks[m.start].text[:1].isupper()
            if m is not None and (m.kind != "demonym" or noun_demonym) and not set(keys) & set(holders):
                add(keys)
            elif child.i in reader.event_at:
                targeted_events.append(reader.event_at[child.i])
                whose = next((reader.actor_at(c.i) for c in children(child) if c.dep_ == "nmod" and _of(c)), (None, ()))
                if reader.event_at[child.i].family == "Communication" and whose[0] is not None \
                        and whose[0].kind != "demonym":
                    add(whose[1])         # "a salué la médiation de Berlin": the mediator's part in it
                    act.rules.append("event-owner")
            elif lemma(child) in _SPEECH_NOUNS and (whose := _speaker_of(reader, child)):
                add(whose)                                     # "a rejeté les accusations de Donald Trump": his
                act.rules.append("speech-owner")
            elif not _use_of_force(child) and (told := next(        # (not "l'implication de X dans la guerre",
                    (reader.event_at[c.i] for c in children(child)  # nor "la répression des manifestants":
                     if c.dep_ == "nmod" and c.i in reader.event_at and _of(c)), None)) is not None:   # the police's)
                if lemma(child) in _BREACH_NOUNS:          # "une violation de l'accord de paix": the deed that
                    told = _told_before(reader, act, told) or told   # breaks it, told before in the sentence
                targeted_events.append(told)                   # "a minimisé la portée de l'élargissement"
                act.rules.append("event-complement")
            elif "Plur" in feats(child, "Number") and (body := _members_body(reader, child, holders)):
                add(body)                                      # "a appelé les Etats membres à rejeter l'accord":
                act.rules.append("members-body")               # the body, and the deed they are asked about
                targeted_events.extend(reader.event_at[o.i] for c in children(head) if c.dep_ == "xcomp"
                                       for o in children(c) if o.dep_ == "obj" and o.i in reader.event_at)
            elif any("Parties" in reader.resources.class_nouns.get(w, ()) for w in (lemma(child), norm(child).rstrip("s"))):
                parties = _parties(reader, child.i)            # "exhorté les deux camps à ..."
                if parties:
                    add(parties)
                    act.rules.append("the-parties")
            elif "Plur" in feats(child, "Number") and (kind := _named_of_kind(reader, child, holders)):
                add(kind)                                      # "a appelé les partis à ...": those the article
                act.rules.append("those-of-kind")              # names
            elif lemma(child) in _SPEECH_NOUNS and any(lemma(c) in _UNION_ADJECTIVES for c in children(child)) \
                    and (unions := named_unions(linking, toks[act.head].idx)):
                add(unions[:1])                                # "a jugé les revendications syndicales « irréalistes »"
                act.rules.append("speech-owner")
            elif lemma(child) == "annonce" and (announced := _announced_before(reader, child.i)) is not None:
                targeted_events.append(announced)              # "a annoncé sa dissolution ... a qualifié l'annonce de"
                act.rules.append("announced-event")
            elif lemma(child) == "annonce" and (announcer := _announcer_before(reader, child.i, holders)):
                add(announcer)                                 # "ont annoncé la formation d'un gouvernement parallèle
                act.rules.append("announcer")                  # ... a qualifié cette annonce de « trahison »"
            elif lemma(child) in _SPEECH_NOUNS and not (
                    any(c.dep_ == "det" and "Ind" in feats(c, "Definite") for c in children(child))
                    and any(c.dep_ == "acl:relcl" for c in children(child))):
                act.rules.append("speech-anaphor")     # (not "a salué une déclaration qui ...": new words)
                entities.append("@speech:" + _SPEECH_NOUNS[lemma(child)])
            elif lemma(child) in _OUTCOMES and (told := _act_named(reader, child, holders)) is not None:
                targeted_events.append(told)                   # "a salué une victoire « de tous les Moldaves »":
                act.rules.append("act-noun")                   # the election won, not the voters
            elif lemma(child) not in _BREACH_NOUNS and (owner := _owner_of(reader, child, holders)):
                add(owner)                                     # "a salué la détermination des Moldaves"
                act.rules.append("object-owner")               # (not "une violation de la souveraineté du Qatar")
            elif _use_of_force(child) and (forces := _security_forces(reader, holders)):
                add(forces)                    # "a dénoncé un usage « disproportionné » de la force", "une
                act.rules.append("security-forces")   # « répression brutale »": the police's, not the protest's
            elif lemma(child) in reader.resources.policy_nouns and act.kind == "reporting" \
                    and (author := _policy_author(reader, holders)):
                add(author)                    # "a qualifié le texte d'« attaque contre les travailleurs »": of
                act.rules.append("policy-author")   # whoever puts the policy forward
            elif (told := _act_named(reader, child, holders)) is not None \
                    and not _union_against_strike(reader, act, holders, told):
                # "a évoqué une action « proportionnée »"; "a dénoncé une « tentative de coup d'Etat »", a label
                targeted_events.append(told)
                act.rules.append("act-noun")
            elif lemma(child) in _PARTAKERS and (partakers := _partakers(reader, lemma(child), holders)):
                add(partakers)                 # "a appelé les grévistes à ...": the strike's unions
                act.rules.append("partakers")
            elif lemma(child) in _PARTAKERS and (joined := _joined_event(reader, lemma(child), child.i)) is not None:
                targeted_events.append(joined)   # "a accusé les organisateurs de ...": of the protest told, none named
                act.rules.append("partakers")
            elif (striking := _doers_noun_of(reader, child)) and (partakers := _partakers(reader, striking, holders)):
                add(partakers)                 # "a appelé les médecins à reprendre le travail", after "Les médecins
                act.rules.append("partakers")  # ... poursuivaient la grève": the union that called it
            elif lemma(child) in _DECISIONS and (maker := _decision_maker(reader, holders)):
                add(maker)                     # "a salué une décision « historique »": of the one the lead says took it
                act.rules.append("decision-maker")
            else:
                ev = next((reader.event_at[t] for t in range(child.i, min(child.i + 3, end)) if t in reader.event_at), None)
                if ev is not None and act.kind == "reporting":
                    targeted_events.append(ev)
    if rule in ("de", "à", "avec", "contre", "sur") or (rule == "obj" and not entities and not targeted_events):
        preps = {"de": ("de", "du", "d'", "des", "par"), "à": ("a", "au", "aux"), "avec": ("avec",),   # "préoccupé par"
                 "contre": ("contre",), "sur": ("sur",)}.get(
            rule, ("contre",) if cue is not None and cue.family == "WARN" else ())
        #                                    "a mis en garde contre les conséquences": what it warns against
        i = act.cue_end
        while i < min(end, act.cue_end + 3) and (toks[i].text in (QUOTE_OPEN, QUOTE_CLOSE)
                                                 or reader.sentences.norms[i] in reader.resources.cue_index.times):
            i += 1                # (past a day: "a porté plainte lundi contre X")
        # the preposition follows the cue, or ends it ("se prononcer contre"), or opens a complement of the
        # verb after its object ("a imputé l'assassinat à Israël")
        in_cue = cue is not None and cue.lemmas[-1] in preps and i < end
        later = None if in_cue or i < end and reader.sentences.norms[i] in preps else next(
            (c for c in children(head) if c.dep_ in ("obl", "obl:arg", "iobj") and act.cue_end < c.i < end
             and any(g.dep_ == "case" and norm(g) in preps for g in children(c))), None)
        if later is not None:
            i = min(g.i for g in children(later) if g.dep_ == "case")
        elif rule == "sur":                # "a rejeté la responsabilité de la crise sur X", X parsed under "crise"
            i = next((k for k in range(act.cue_end, min(end, act.cue_end + 8)) if reader.sentences.norms[k] == "sur"), i)
        if in_cue or i < end and reader.sentences.norms[i] in preps:
            j = i if in_cue else i + 1
            event = next((reader.event_at[t] for t in range(j, min(j + 3, end)) if t in reader.event_at), None)
            m, keys = reader.next_actor(j, min(j + 3, end))
            named = next((_act_named(reader, toks[t]) for t in range(j, min(j + 3, end))
                          if reader.sentences.lemmas[t] in reader.resources.act_nouns and (
                              toks[t].pos_ == "NOUN" or toks[t - 1].pos_ == "DET"      # "de ce « pas important »",
                              or toks[t - 1].text == QUOTE_OPEN and toks[t - 2].pos_ == "DET")), None)  # an adverb
            partaker = next((toks[t] for t in range(j, min(j + 3, end)) if reader.sentences.lemmas[t] in _PARTAKERS), None)
            if event is not None:
                targeted_events.append(event)
            elif m is not None:
                add(keys)
            elif partaker is not None and (partakers := _partakers(reader, lemma(partaker), holders)):
                add(partakers)                       # "a ordonné aux grévistes de ...": the unions on strike
                act.rules.append("partakers")
            elif partaker is not None and (joined := _joined_event(reader, lemma(partaker), partaker.i)) is not None:
                targeted_events.append(joined)       # "a ordonné aux grévistes de reprendre le travail": the strike
                act.rules.append("partakers")
            elif (noun := next((toks[t] for t in range(j, min(j + 3, end)) if toks[t].pos_ == "NOUN"), None)) \
                    is not None and (owner := _owner_of(reader, noun, holders)):
                add(owner)                         # "protestent contre la réforme voulue par le gouvernement"
                act.rules.append("object-owner")
            elif named is not None:                # "s'est félicité du résultat": the vote counted
                targeted_events.append(named)
                act.rules.append("act-noun")
            elif rule == "de" and j < end and reader.sentences.norms[j] in _DEMONSTRATIVES \
                    and (told := _latest_deed(reader, j, _first_noun(reader, j + 1, min(end, j + 3)))) is not None:
                targeted_events.append(told)         # "s'est dit « alarmé » par ce recours à la force": the deed
                act.rules.append("demonstrative")    # just told, whatever the words for it
            elif rule == "de":
                if j < end - 2 and toks[j].pos_ == "DET" and toks[j + 1].text in (QUOTE_OPEN, '"'):
                    j += 2                # "s'est félicité d'une « gifle »": the word, past its article and mark
                k = j
                while k < end and toks[k].pos_ not in ("ADP", "SCONJ", "PUNCT", "VERB", "CCONJ"):
                    k += 1
                if k > j and not all(toks[t].pos_ == "DET" for t in range(j, k)):
                    topic = text_of(doc)[toks[j].idx:toks[k - 1].idx + len(toks[k - 1].text)]
    if rule == "obj" and not entities and not targeted_events:
        j = act.cue_end
        while j < min(end, act.cue_end + 3) and toks[j].text in (QUOTE_OPEN, QUOTE_CLOSE) \
                or j < end and toks[j].pos_ == "ADV":
            j += 1
        words = range(j + 1, min(end, j + 4))
        if j < end and reader.sentences.norms[j] in _DEMONSTRATIVES and any(
                reader.sentences.lemmas[t] in reader.resources.event_words for t in words) \
                and (told := _latest_deed(reader, j, _first_noun(reader, j + 1, words.stop))) is not None:
            targeted_events.append(told)             # "a condamné « cette lâche attaque »", however the parser
            act.rules.append("demonstrative")        # hung the words: the deed just told
    if rule == "à" and not entities:
        # "a appelé l'opposition à « la responsabilité »", "les deux parties à une désescalade": whom it calls
        for child in (c for c in children(head) if c.dep_ == "obj" and c.i > act.head):
            m, keys = reader.actor_at(child.i)
            if m is not None and m.kind != "demonym":
                add(keys)
            elif any("Parties" in reader.resources.class_nouns.get(w, ()) for w in (lemma(child), norm(child).rstrip("s"))):
                add(_parties(reader, child.i))
                act.rules.append("the-parties")
    if (rule != "obj" or not any(c.dep_ == "obj" for c in children(head))) and act.kind == "cue" \
            and not entities and not targeted_events:
        # "a réclamé un nouveau décompte": what is asked for, a word for an act, whatever the parser made of it
        # ("a salué un « bon compromis »", the object hung on the verb as an adjunct)
        noun = next((toks[t] for t in range(act.cue_end, min(end, act.cue_end + 4)) if toks[t].pos_ == "NOUN"), None)
        if noun is not None and reader.resources.act_nouns.get(reader.sentences.lemmas[noun.i]) \
                and (told := _act_named(reader, noun, holders)) is not None:     # (of a kind: not "leur départ")
            targeted_events.append(told)
            act.rules.append("act-noun")
    if act.addressee:
        add(act.addressee)
    if not entities and not targeted_events and act.kind == "cue" and cue.family == "THREATEN":
        # "a menacé de réduire les financements fédéraux destinés à la ville": at those the threatened deed's
        # object names
        for deed in (c for c in children(head) if c.dep_ == "xcomp" and "Inf" in feats(c, "VerbForm")):
            for thing in (c for c in children(deed) if c.dep_ == "obj"):
                for _, keys in reader.actors_in(thing.left_edge.i, thing.right_edge.i + 1):
                    add(keys)
        if entities:
            act.rules.append("threatened-object")
    if not entities and not targeted_events and (act.kind == "cue" or lemma(head) in _JUDGING_VERBS):
        add(_clitic_object(reader, act, holders))       # "a félicité le vainqueur et l'a exhorté à",
        #                                                 "Il l'a qualifié de « séduisant »"
    if not entities and not targeted_events and act.kind == "cue" and cue.family in ("APPROVE", "DISAPPROVE") \
            and (judged := _governing_object(reader, head, holders)):
        add(judged)                                     # "a exclu Mme X de la séance, dénonçant un comportement"
        act.rules.append("governing-object")
    judged = _relative_antecedent(toks, head.i) if not entities and not targeted_events and topic is None \
        and lemma(head) in _JUDGING_VERBS else None
    if judged is not None and reader.actor_at(judged)[0] is None and judged not in reader.event_at:
        topic = toks[judged].text              # "la dette publique, qu'il a qualifiée de « menace mortelle »": the
        #                                        thing judged, named by no actor
    proposal = _object_taken_up(toks, head.i) if not entities and not targeted_events and topic is None \
        and act.kind == "cue" and cue.family in ("DENY", "APPROVE", "DISAPPROVE") else None
    if proposal is not None and reader.actor_at(proposal)[0] is None and proposal not in reader.event_at:
        # "Le gouvernement a proposé une hausse de 5 %, que le syndicat a rejetée": aimed at the one who made it
        subject = next((c for c in children(toks[proposal].head) if c.dep_ == "nsubj"), None)
        m, keys = reader.actor_in(subject) if subject is not None else (None, ())
        if m is not None and m.kind != "demonym" and keys:
            add(keys)
            topic = toks[proposal].text
            act.rules.append("relative-of-object")
    if not entities and not targeted_events and topic is None and _deed_charged(reader, act):
        accused = next(c for c in children(head) if c.dep_ == "obj")
        words = [t for t in accused.subtree if t.pos_ not in ("DET", "PUNCT") and t.i <= accused.i + 3]
        if words:                           # "a accusé des « forces extérieures » de ...": those it accuses,
            topic = text_of(doc)[words[0].idx:words[-1].idx + len(words[-1].text)]   # named by no actor
    return entities, targeted_events, topic, sides


_REPLY_VERBS = {"repondre", "repliquer", "retorquer"}       # words that answer an attack, whatever they say
_JUDGING_VERBS = {"qualifier", "traiter", "decrire", "classer"}     # their object is what the words judge


def _governing_object(reader: Reader, head, holders: tuple[str, ...]) -> tuple[str, ...]:
    """For a judging participle set off by a comma after its clause ("a exclu Mme X de la séance, dénonçant
    un comportement « inacceptable »", "a limogé son ministre X, saluant son travail"): the person the
    clause's verb acted upon, whom the judgement is about; else ()."""
    toks = tokens_of(reader.doc)
    if not (present_participle(head) and head.i > 0 and toks[head.i - 1].text == ","):
        return ()
    begin = reader.sentences.tokens[reader.sentences.of[head.i]][0]
    verb = next((toks[k] for k in range(head.i - 1, begin - 1, -1) if toks[k].pos_ == "VERB"
                 and any(c.dep_ == "aux:tense" for c in children(toks[k]))), None)
    if verb is None:
        return ()
    for child in (c for c in children(verb) if c.dep_ == "obj" and c.i > verb.i):
        m, keys = reader.actor_at(child.i)
        if m is not None and m.kind != "demonym" and keys and not set(keys) & set(holders) \
                and all(reader.linking.type_of(k) == PERSON for k in keys):
            return keys
    return ()


def _relative_que(toks, verb: int, reach: int) -> int | None:
    """The relative "que" (or "qu'") among the ``reach`` words before ``verb``, nearest first; else None."""
    return next((q for q in range(verb - 1, max(0, verb - reach - 1), -1) if norm(toks[q]) in ("que", "qu'")), None)


def _object_taken_up(toks, verb: int) -> int | None:
    """The object of the clause before a relative "que" with a subject of its own ("Le gouvernement a
    proposé une hausse de 5 %, que le syndicat a rejetée": "hausse"), read from the words; else None."""
    rel = _relative_que(toks, verb, 6)
    if rel is None or rel < 2 or toks[rel - 1].text != "," or not all(
            toks[t].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "AUX", "PRON") for t in range(rel + 1, verb)):
        return None
    k = rel - 2
    while toks[k].head.pos_ in ("NOUN", "PROPN") and toks[k].head.i < k:
        k = toks[k].head.i                # "une hausse de 5 %": from its last word up to its head
    return k if toks[k].dep_ == "obj" and toks[k].head.pos_ == "VERB" and toks[k].pos_ == "NOUN" else None


def _relative_antecedent(toks, verb: int) -> int | None:
    """The noun a relative "que" before ``verb`` stands for ("la dette publique, qu'il a qualifiée"),
    read from the words, whatever the parser hung the clause on; else None."""
    rel = _relative_que(toks, verb, 3)
    if rel is None or not all(toks[t].pos_ in ("PRON", "AUX") or toks[t].dep_.startswith("aux") for t in range(rel + 1, verb)):
        return None
    k = rel - 1 - (rel > 1 and toks[rel - 1].text == ",")
    while k > 0 and toks[k].pos_ == "ADJ":
        k -= 1
    return k if toks[k].pos_ == "NOUN" else None


def _opens_clause(reader: Reader, token) -> bool:
    """Whether the actor at ``token`` is followed by a verb or its auxiliary: the subject of a clause of its own."""
    m = reader.linking.mention_at_token(token.i)
    after = m.end if m is not None else token.i + 1
    nxt = reader.linking.mention_at_token(after)
    if nxt is not None and nxt.kind == "name":
        after = nxt.end                    # "le Premier ministre espagnol | Pedro Sánchez | a exigé"
    return after < len(reader.doc) and reader.sentences.pos[after] in ("AUX", "VERB")


def _in_passing(doc, m) -> bool:
    """Whether a mention lies in a prepositional phrase ("en présence du prince héritier saoudien X"),
    read back over the title and the words set before the name, as parsers often hang these anywhere."""
    toks = tokens_of(doc)
    k = m.start - 1
    while k >= 0 and m.start - k <= 8:
        word, pos = norm(toks[k]), toks[k].pos_
        if word == "interim" and k > 0 and norm(toks[k - 1]) == "par":
            k -= 2                        # "le président syrien par intérim Ahmad al-Chareh"
            continue
        if pos == "ADP":
            return True
        if pos not in ("DET", "ADJ", "NOUN", "PROPN"):
            return False
        k -= 1
    return False


def _clitic_object(reader: Reader, act: Act, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The actor an object pronoun before the verb stands for ("l'a exhorté", "lui a demandé", "les a
    appelés"): the latest actor named before it in the sentence, else in the sentence before, who is not
    the holder, is not named as a place of speaking, and agrees in gender when the pronoun or the
    participle tells it ("l'a félicitée"); failing one, the first woman or man the article names."""
    toks = tokens_of(reader.doc)
    doc, linking = reader.doc, reader.linking
    clitic = next((c for c in children(toks[act.head]) if c.i < act.head and c.dep_ in ("obj", "iobj")
                   and (c.pos_ == "PRON" or c.pos_ == "DET" and c.i + 1 == act.head)    # ", l'accusant de": read
                   and norm(c) in OBJECT_CLITICS                                         # as an article
                   and (toks[c.i + 1].pos_ == "AUX" or c.i + 1 == act.head)), None)    # not "a lui aussi rejeté"
    if clitic is None and act.head > 1 and norm(toks[act.head - 1]) in ("leur", "lui") and toks[act.head - 2].text == ",":
        clitic = toks[act.head - 1]       # ", leur reprochant de ...", the pronoun read as a determiner
    if clitic is None:
        return ()
    # "l'a félicitée": the participle agrees with the object before it
    gender = OBJECT_CLITICS[norm(clitic)] or ("f" if "Fem" in feats(toks[act.head], "Gender") else None)
    plural = norm(clitic) in ("les", "leur")
    masculine = gender is None and norm(clitic) in ("l'", "l", "le") and "Masc" in feats(toks[act.head], "Gender")
    sent = reader.sentences.of[act.head]
    own = reader.own_bodies(holders)      # (not "La présidente de la Commission, X, l'a félicité": her body)
    for begin, end in (reader.sentences.tokens[sent][0], clitic.i), reader.sentences.tokens[sent - 1] if sent else (0, 0):
        found = reader.actors_in(begin, end)
        # one the clause is about before one named in passing ("a rencontré X en présence du prince Y")
        core = [(m, keys) for m, keys in found if not _in_passing(doc, m)]
        for m, keys in [*reversed(core), *reversed(found)]:
            cited = reader.linking.article.text[max(0, m.span.begin - 12):m.span.begin].rstrip().lower().endswith(
                ("selon", "selon la", "selon le", "d'après", "d’après"))
            where = m.locative and all(linking.type_of(k) == PLACE for k in keys)    # not "à Google": a company
            people = plural and m.kind == "demonym" and toks[m.start].pos_ in ("NOUN", "PROPN") \
                and "Plur" in feats(toks[m.start], "Number")      # "200 Vénézuéliens ... Washington les accuse"
            if m.kind == "demonym" and not people or set(keys) & (set(holders) | own) or where or cited \
                    or reader.sentences.quoted[m.start]:
                continue                  # nor the source the article cites ("selon la Maison-Blanche"), nor a
                #                           name in quoted words ("« Il n'y a plus de Bosnie-Herzégovine »")
            if len(keys) > 1 and not plural:
                continue
            if plural and len(keys) == 1 and linking.type_of(keys[0]) == PERSON and m.kind in ("name", "role") \
                    and not (m.start > 1 and norm(toks[m.start - 1]) == "et"):
                continue                  # "les": not one person
            builder = linking.builders.get(keys[0])
            if gender and builder is not None and builder.type == PERSON and builder.gender and builder.gender != gender:
                continue
            named = next((toks[t] for t in range(m.start, m.end) if toks[t].pos_ in ("PROPN", "NOUN")), None)
            if masculine and builder is not None and builder.type != PERSON and named is not None \
                    and "Fem" in feats(named, "Gender"):
                continue                  # "l'a félicité": not "l'Albanie" named just before
            act.rules.append("object-clitic")
            if plural and len(keys) == 1 and m.start > 1 and norm(toks[m.start - 1]) == "et":
                other = next(((n, ks) for n, ks in found if n.end == m.start - 1 and len(ks) == 1 and n.kind == "name"), None)
                if other is not None and linking.type_of(other[1][0]) == linking.type_of(keys[0]):
                    return other[1] + keys          # "les chaînes TF1 et LCI, leur reprochant": both
            return keys
    if norm(clitic) == "lui" and sent:
        # "s'est rendu à Banja Luka pour lui apporter son soutien": none near, the person the story was about
        keys = reader.resolve_pronoun(reader.sentences.tokens[sent][0], None)
        if len(keys) == 1 and not set(keys) & set(holders):
            act.rules.append("object-clitic-protagonist")
            return keys
    if gender:                        # "Joe Biden l'a félicitée": none near, the woman the article is about
        named = sorted((min(b.spans).begin, key) for key, b in linking.builders.items()
                       if b.type == PERSON and b.gender == gender and b.spans and not b.anonymous)
        if named and named[0][0] < toks[clitic.i].idx and named[0][1] not in holders:
            act.rules.append("object-clitic-protagonist")
            return (named[0][1],)
    return ()


def _stances_from_acts(reader: Reader, acts: list[Act], content_cues) -> list[Stance]:
    toks = tokens_of(reader.doc)
    doc, linking, sentences = reader.doc, reader.linking, reader.sentences
    stances: list[Stance] = []
    seen: set[tuple] = set()
    used_content = set()
    stance_heads = {a.head for a in acts if a.kind == "cue" and a.holders}
    own_words = {id(act) for act in acts if act.kind == "cue" and _own_side_in_words(reader, act, acts)}
    promised: set[int] = set()              # the verbs of replies a promise holds
    for act in acts:                        # "X a assuré que son pays défendait ...": X's assurance, read once,
        for inner in acts:                  # its words running on over what its own side is said to do
            if id(inner) in own_words and act.content[0] <= inner.holder_mentions[0].start < act.content[1]:
                act.content = (act.content[0], max(act.content[1], inner.content[1]))
    for act in acts:                        # "a rejeté ..., le ministre X assurant que ...": the minister's
        for inner in acts:                  # words are not what the first verb says
            if "absolute-participle" in inner.rules and inner is not act \
                    and act.content[0] < inner.holder_mentions[0].start < act.content[1]:
                first = inner.holder_mentions[0].start
                role = linking.mention_at_token(first - 1)
                first = role.start if role is not None and role.kind == "role" and role.end == first else first
                act.content = (act.content[0], first - 1 if first > act.content[0] + 1 else act.content[1])
    for act in acts:
        if id(act) in own_words or act.head in promised:
            continue
        if act.kind == "cue":
            fine, family, rule, at = act.cue.fine_type, act.cue.family, "stance-verb", act.head
            if family == "APPROVE" and _supports_a_thing(reader, act):
                continue
            if family == "THREATEN" and "Inf" in feats(toks[act.head], "VerbForm") \
                    and any(sentences.norms[k] == "pas" for k in range(max(0, act.head - 4), act.head)):
                fine, family, rule = "Commit", "ASSURE", "negated-threat"   # "convenu de ne pas se menacer"
            if fine == "PromiseRetaliation" and any(sentences.lemmas[k] in _ANSWERED for k in range(
                    act.head + 1, min(len(doc), act.head + 9))):
                fine, family, rule = "Promise", "ASSURE", "promised-answer"   # "a promis de répondre à certaines
                #                                                             des revendications": no retaliation
            if family == "ASSURE" and (act.cue.target == "clause" or act.content[1] > act.content[0]):
                # "assurant que son pays se réservait le droit de riposter": an assurance of retaliation
                threat = next((c for start, _, c in content_cues if act.content[0] <= start < act.content[1]
                               and c.family == "THREATEN"), None)
                if threat is not None:
                    fine, family, rule = threat.fine_type, threat.family, "stance-verb+content-threat"
                elif fine == "Promise" and any(e.family == "Conflict" and e.factuality in ("Hypothetical", "Planned")
                                               for e in reader.events_in(*act.content)):
                    # "a promis de poursuivre « la guerre sainte » contre Israël": a fight promised is a threat
                    fine, family, rule = "Threaten", "THREATEN", "stance-verb+content-fight"
                elif fine == "Promise" and (reply := next((
                        k for k in range(act.content[0], min(len(doc), act.content[1] + 1))
                        if sentences.lemmas[k] in _REPLY_VERBS | {"riposter"} and (
                            "Fut" in feats(toks[k], "Tense") or "Cnd" in feats(toks[k], "Mood")
                            or sentences.norms[k].endswith(("rait", "raient")))), None)) is not None:
                    # "a promis que son pays y répondrait « de manière appropriée »": a reply promised is a threat,
                    # and the reply no rejection of its own
                    fine, family, rule = "PromiseRetaliation", "THREATEN", "stance-verb+content-reply"
                    promised.add(reply)
        else:
            same_sentence = reader.sentences.of[act.head]
            if act.kind == "reporting" and act.holders and any(
                    a.kind == "cue" and a.holders and a.source == act.holders[0]
                    and reader.sentences.of[a.head] == same_sentence for a in acts):
                continue                    # "« X s'oppose ... et a exhorté Y », a déclaré Z": Z is the source
            found = _content_type(reader, act, content_cues)
            if found is None and act.kind == "reporting" and lemma(toks[act.head]) in _REPLY_VERBS \
                    and not _answered_by_deed(reader, act.head):
                found = "Reject", "DENY", "reply", act.head     # "lui a répondu : « C'est la démocratie »": a rebuttal
            if found is None:
                continue
            fine, family, rule, at = found
            if at in used_content and rule != "demand-noun":
                continue                    # an outer "a fait savoir X" reports the same words: X is the source
            used_content.add(at)
        if not act.holders:
            continue
        if act.kind == "cue" and lemma(toks[act.head]) == "condamner" and all(_court(linking, h) for h in act.holders):
            continue                        # "La Cour suprême a condamné X à deux ans": a sentence passed, a ruling
        if act.kind == "cue" and lemma(toks[act.head]) in _DECLINING and any(
                sentences.lemmas[t] in _COMMENTING for t in range(act.cue_end, min(act.cue_end + 4, len(doc)))):
            continue                        # "s'est refusée à tout commentaire": no comment, no stance
        begin, end = act.content
        sent = sentences.of[act.head]
        seg = reader.segment(act.head if act.kind != "frame" else at)
        explicit, targeted_events, topic, sides = _targets(reader, act, begin, end, act.holders)
        if rule == "evaluation" and not explicit and not targeted_events and topic is None:
            topic = _judged_subject(reader, at)     # "a affirmé que les réformes étaient nécessaires"
        if rule == "reply":
            explicit, targeted_events = ["@reply:"], []     # whoever took aim at the holder's side before
        if rule == "content-cue" and sentences.lemmas[at] == "devoir" and not explicit and not targeted_events:
            # "a estimé que la résolution « doit être appliquée »": what, or who, the duty falls on
            subject = next((c for c in children(toks[at]) if c.dep_.startswith("nsubj")), None)
            m, keys = reader.actor_at(subject.i) if subject is not None else (None, ())
            if subject is not None and subject.i in reader.event_at:
                targeted_events = [reader.event_at[subject.i]]
            elif m is not None and m.kind != "demonym":
                explicit = [k for k in keys if k not in act.holders]
        if not explicit and not targeted_events and "absolute-participle" not in act.rules \
                and _elaborates(doc, act, stance_heads) or _restates_object(doc, act, stance_heads):
            continue                    # "a minimisé ces propos, assurant que ...": one act, already read;
            #                             "a rejeté ces accusations, les qualifiant d'« infondées »": so is this
        if fine == "Order" and act.kind == "cue" and _own_command(reader, act.holders, explicit, targeted_events):
            continue                    # "a ordonné à l'armée de ...": an order to one's own, no stance toward another
        if family == "DEMAND" and act.kind == "cue" and any(c.dep_ == "obj" and lemma(c) in _SHELTER
                                                            for c in children(toks[act.head])):
            continue                    # "pour y demander l'asile": shelter sought, no position taken toward anyone
        if act.kind == "frame" and rule == "demand-noun":
            explicit, targeted_events = [], []
            k = at + 1
            stop = next((t for t in range(k, end) if toks[t].text == ","), end)
            for ev in reader.events_in(k, stop):
                targeted_events.append(ev)
                explicit.extend(a for a in ev.agents + ev.participants + ev.patients if a not in explicit)
            for m, keys in reader.actors_in(k, stop):
                explicit.extend(key for key in keys if key not in explicit and key not in act.holders)
        if family == "DISAPPROVE":
            targeted_events = [_not_own(reader, e, act.holders) for e in targeted_events]
            own = {linking.side(h) for h in act.holders}
            for e in list(targeted_events):
                if not e.agents and own & {linking.side(k) for k in e.participants} and e.patients \
                        and not own & {linking.side(k) for k in e.patients}:
                    # "a rappelé son ambassadeur en France ... a dénoncé une décision": not its own recall,
                    # but whom the recall answers
                    targeted_events.remove(e)
                    explicit.extend(k for k in e.patients if k not in explicit)
        released = _first_noun(reader, act.cue_end, min(end, act.cue_end + 3)) \
            if act.kind == "cue" and family == "DEMAND" and not explicit and not targeted_events else None
        if released is not None and lemma(released) == "liberation" and released.i not in reader.event_at \
                and (held := _detention(reader, released)) is not None:
            targeted_events = [held]      # "et exigé la libération des personnes détenues", however parsed
            explicit = [k for k in held.agents + held.participants if reader.linking.type_of(k) != PERSON]
            act.rules.append("release-of")
        if not explicit and not targeted_events and family in ("DISAPPROVE", "DEMAND", "DENY") \
                and (act.kind == "cue" or family == "DISAPPROVE") and _policy_named(reader, act.cue_end, end) is not None:
            explicit = list(_policy_author(reader, act.holders))   # "a exigé le retrait du plan": of its author
            act.rules.append("policy-author")
        about = []
        if family in ("WARN", "THREATEN", "DISAPPROVE", "DEMAND") and not explicit and not targeted_events \
                and (deed := _authors_deed(reader, begin, end, act.holders)) is not None:
            targeted_events.append(deed)  # "a promis que les auteurs de cette « aventure » seraient punis"
            act.rules.append("authors-deed")
        if act.kind == "cue" and family in ("WARN", "THREATEN") and not explicit and not targeted_events:
            # "ont averti qu'une intervention armée serait une déclaration de guerre": the event warned against
            targeted_events.extend(e for e in reader.events_in(begin, end) if e.factuality == "Hypothetical")
        # the reported words: events they concern, actors they name
        if not targeted_events and not explicit or act.kind == "reporting" and not explicit:
            in_content = reader.events_in(begin, end)
            if act.kind == "reporting" and rule == "evaluation":
                targeted_events.extend(e for e in in_content if e.family != "Communication" and e not in targeted_events)
            first = begin + 1 if begin + 1 < end and sentences.norms[begin] in ("que", "qu'") else begin
            while first < end - 1 and toks[first].text in (QUOTE_OPEN, '"'):
                first += 1                # "« C'est un plan social déguisé », a estimé X"
            if not explicit and not targeted_events and rule == "evaluation" and first < end \
                    and sentences.norms[first] in ("c'", "ce", "cela", "ca") and toks[first].pos_ != "DET" \
                    and (lead := lead_event(reader)) is not None:     # (not "Ce budget ...")
                targeted_events.append(lead)  # "a jugé que c'était « un jour sombre » pour l'Europe": the event told
                act.rules.append("demonstrative")
            if not explicit:
                # not the rule maker of "les règles de l'OMC", nor a place where something happens ("à Guayaquil"),
                # nor the medium of the words ("sur X"), nor for whom a thing is judged good or bad ("pour la Bolivie")
                in_words = [(m, keys) for m, keys in reader.actors_in(begin, end) if not _rule_maker(reader, m)
                            and not _where(reader, m, keys) and not _medium(reader, m, keys)
                            and not (family in ("APPROVE", "DISAPPROVE") and _for_whom(reader, m))
                            and not (family == "DEMAND" and _recipient(reader, m))
                            and not (family == "DISAPPROVE" and (_against(reader, m.start) or _jailed(reader, m.start)))
                            and not _under(reader, m.start, ("selon", "malgre"), ("nmod", "amod", "appos", "flat:name"))
                            and m.start not in _deed_charged(reader, act)]   # (nor who is overridden: "malgré
                #                                                              l'opposition de Washington")
                holding = [reader.event_at[toks[m.start].head.i] for m, _ in in_words if toks[m.start].dep_ == "nmod"
                           and toks[m.start].head.i in reader.event_at and family in ("DEMAND", "WARN")]
                if holding and all(toks[m.start].dep_ == "nmod" and toks[m.start].head.i in reader.event_at
                                   or m.kind == "demonym" or m.locative for m, _ in in_words):
                    targeted_events.append(holding[0])     # "l'impact du premier sommet du G20": the summit,
                    act.rules.append("event-of-actor")     # not the body that holds it
                    in_words = []
                named = [(m, keys) for m, keys in in_words if m.kind != "demonym" or rule == "demand-noun"]
                adjectives = [(m, keys) for m, keys in in_words if m.kind == "demonym"]
                if not named and family in ("APPROVE", "DISAPPROVE") and any(toks[m.start].pos_ == "NOUN"
                                                                          and toks[m.start].dep_.startswith("nsubj")
                                                                          for m, _ in adjectives) \
                        and (voted := [e for e in reader.events_in(begin, end) if e.family in ("Election", "Vote")]):
                    targeted_events.extend(voted[:1])     # "« Les Islandais ont voté pour le changement », s'est
                    adjectives = []                       # félicitée X": the vote, not the voters' state
                    act.rules.append("people-voted")
                def others(group):
                    return [(m, keys) for m, keys in group if any(
                        k not in act.holders and k not in sides and linking.side(k) not in sides for k in keys)]
                groups = (named, adjectives)
                if others(named) and others(adjectives) and others(adjectives)[0][0].start < others(named)[0][0].start \
                        and not any(m.start == others(adjectives)[0][0].end and m.type == PERSON for m, _ in named):
                    groups = (adjectives, named)      # "au plan marocain pour le Sahara": Morocco's plan (not "du
                    #                                   journaliste français Christophe Gleizes": his nationality)
                own = reader.own_bodies(act.holders)
                for group in groups:                  # failing a name, a demonym: "le programme iranien"
                    for m, keys in group:
                        for key in keys:
                            if key in act.holders or key in sides or linking.side(key) in sides or key == act.source \
                                    or key in own:
                                continue
                            if key not in explicit:
                                explicit.append(key)
                    if explicit:
                        break
                if explicit:
                    act.rules.append("content-actors")
                    act.confidence *= 0.85
        if act.kind == "cue" and not explicit and not targeted_events and family in ("ASSURE", "APPROVE", "DISAPPROVE", "DEMAND"):
            # "a assuré que ses troupes respecteraient l'accord", "a appelé à ce que l'accord soit mis en
            # œuvre": the agreement is what it is about and at
            # a conversation counts when it is what the words are about ("prête à reprendre les discussions"),
            # not the occasion of speaking ("lors d'un entretien")
            targeted_events.extend(e for e in reader.events_in(begin, end) if e.family != "Communication"
                                   or family in ("ASSURE", "DEMAND") and not _occasion(reader, e, begin, end))
        if act.kind == "cue" and not explicit and not targeted_events \
                and family in ("ASSURE", "APPROVE", "DISAPPROVE", "WARN"):
            # "a assuré que le plan de redressement permettrait de ...": the act the plan stands for; "a prévenu
            # que le conflit pourrait durer": the strike
            opening = begin + 1 if begin + 1 < end and sentences.norms[begin] in ("que", "qu'") else begin
            subject = next((toks[t] for t in range(opening, min(end, opening + 3))
                            if toks[t].pos_ == "NOUN" and toks[t].dep_.startswith("nsubj")), None)
            told = _act_told(reader, subject, holders=act.holders) \
                if subject is not None and lemma(subject) in reader.resources.act_nouns else None
            if told is not None:
                targeted_events.append(told)
                act.rules.append("act-noun")
        if act.kind == "cue" and not explicit and not targeted_events and family in ("ASSURE", "DENY"):
            # "« Les forces armées béninoises sont restées fidèles », a assuré le ministre": the body the
            # assurance is about, though it is the speaker's own
            opening = begin + 1 if begin + 1 < end and sentences.norms[begin] in ("que", "qu'") else begin
            while opening < end - 1 and toks[opening].text in (QUOTE_OPEN, '"'):
                opening += 1
            subject = next(((m, keys) for m, keys in reader.actors_in(opening, min(end, opening + 6))
                            if m.kind != "demonym" and (toks[m.start].dep_.startswith("nsubj")
                                                        or toks[m.start].head.dep_.startswith("nsubj"))), None)
            if subject is not None and not set(subject[1]) & sides:     # (not the speaker's own state)
                explicit.extend(subject[1])
                act.rules.append("content-subject")
        for e in reader.events_in(begin, end):
            if e.family not in ("Communication",) and e not in targeted_events and e not in about:
                about.append(e)
        for e in targeted_events:
            if e in about:
                about.remove(e)
            if "authors-deed" not in act.rules and (fine in ("Commit", "Promise") or family == "THREATEN"
                    or family == "DEMAND" and e.family in ("Strike", "Protest") and "partakers" not in act.rules
                    and not (any(begin <= t < end and sentences.lemmas[t] in _PARTAKERS for t in e.tokens)
                             and (any(getattr(reader.linking.builders.get(h), "subtype", None) in _FORCES_OF_ORDER
                                      for h in act.holders)
                                  or any(sentences.lemmas[t] in CALM or sentences.lemmas[t] in _DESIST
                                         for t in range(begin, end))
                                  or not any(begin <= t < end and (sentences.lemmas[t] not in _PARTAKERS
                                                                   or doc[t].head.i == act.head)
                                             for t in e.tokens)
                                  and "asked-action" not in act.rules))) \
                    and act.kind == "cue" \
                    and (not (e.agents or e.participants)      # "a appelé à une grève générale", "menaçait d'imposer
                         and (not e.patients or family == "THREATEN")   # des droits sur les produits mexicains",
                         or "asked-action" in act.rules and e.family == "Strike"):   # "les pilotes à cesser le travail"
                for holder in act.holders:        # "Boeing s'est dit prêt à revenir à la table des négociations",
                    #                               "a menacé d'une amende les utilisateurs"
                    e.add_actor("participant", holder)
        quote = _quote(doc, *(_quote_range(reader, act, begin, end)), near=act.head)
        negated = rule == "assertive-negation"
        factuality = "Asserted"
        verb_tokens = list(doc[aux_start(doc, act.head):act.head + 1])
        if any("Cnd" in feats(t, "Mood") for t in verb_tokens):
            factuality = "Reported"
        if act.kind == "cue" and (any(norm(t) in ("pas", "jamais") or norm(t) in ("ne", "n'")
                                      for t in doc[act.head:act.head + 2])
                                  or _ne_before(doc, verb_tokens)):
            factuality = "Negated"          # (also "que l'Afghanistan ne menaçait aucun pays voisin")
            if fine == "Accept":            # "qu'il ne reconnaîtrait pas les résultats": a rejection
                fine, family, factuality = "Reject", "DENY", "Asserted"
        # (not "X, dont l'émissaire avait multiplié les rencontres, s'est félicitée": the holder's description)
        during = next((e.key for e in reader.events_in(*sentences.tokens[sent]) if e.family == "Communication"
                       and not in_relative_clause(reader, e, sent) and e.factuality == "Asserted"), None)
        #                 (not "a promis de recevoir les représentants mercredi, tout en appelant": one to come)
        span = sentences.spans[sent]
        norms = sentences.norms
        reciprocal = len(act.holders) == 2 and (
            any(norms[t] == "autre" and norms[t - 1] in ("l'", "l") for t in range(begin + 1, end))
            or family == "ASSURE" and act.kind == "cue" and act.cue.reflexive    # "X et Y se sont engagés à ..."
            and not any(linking.type_of(k) != PLACE for k in explicit)
            or act.kind == "cue" and not act.cue.reflexive and any(     # "X et Y s'accusent (mutuellement)": each
                norm(c) in ("se", "s'", "mutuellement") for c in children(toks[act.head]))   # the other
            or act.kind == "cue" and act.cue.reflexive and family == "DISAPPROVE" and act.cue.target == "à"
            and not any(norms[t] in ("a", "au", "aux") for t in range(act.cue_end, min(end, act.cue_end + 3))))
        #   ("La Chine et le Japon s'opposent sur Taïwan": each the other, opposed to no one named after "à")
        if reciprocal:
            act.rules.append("reciprocal")
        cue_words = text_of(doc)[toks[act.head].idx:toks[act.cue_end - 1].idx + len(toks[act.cue_end - 1].text)]
        along = _along(reader, act) if act.kind == "cue" and not reciprocal else ()
        for holder in (*act.holders, *(k for k in along if k not in act.holders and k not in explicit)):
            if reciprocal:              # "X et Y se sont engagés à respecter la souveraineté de l'autre"
                explicit = [h for h in act.holders if h != holder]
            # one stance per holder, clause, family and target: "s'est félicité de l'accord et a remercié
            # l'émir" are two, "a menacé X ..., a-t-il déclaré" one
            dedupe = (holder, sent, seg, family, tuple(explicit) or tuple(e.key for e in targeted_events))
            if dedupe in seen:
                continue
            seen.add(dedupe)
            confidence = act.confidence * (0.95 if explicit or targeted_events else 0.8)
            stances.append(Stance(
                holder=holder, type=fine, family=family, span=span,
                cue=cue_words,
                targets=tuple(explicit), event_targets=tuple(dict.fromkeys(e.key for e in targeted_events)),
                about=tuple(e.key for e in about), during=during, topic=topic, quote=quote, source=act.source,
                factuality=factuality, negated=negated, confidence=round(min(confidence, 0.99), 2),
                rule="+".join([rule, *act.rules])))
        if act.kind == "cue" and family == "DENY" and act.source and sentences.quoted[act.head] \
                and factuality == "Asserted" and all(linking.side(h) != linking.side(act.source) for h in act.holders):
            # "« La direction a refusé toute négociation sérieuse », a-t-il affirmé": the speaker reproaches it
            stances.append(Stance(
                holder=act.source, type="Accuse", family="DISAPPROVE", span=span,
                cue=cue_words,
                targets=tuple(act.holders), event_targets=(), about=tuple(e.key for e in targeted_events),
                during=during, topic=None, quote=quote, source=None, factuality="Asserted", negated=False,
                confidence=round(act.confidence * 0.6, 2), rule="+".join(["reproach", *act.rules])))
    return _without_headline_echoes(reader, resolve_implicit(reader, stances))


_BREACH_NOUNS = {"violation", "viol", "entorse", "manquement"}


def _along(reader: Reader, act: Act) -> tuple[str, ...]:
    """Who says or does the same, named after ", tout comme" or ", de même que" in the act's sentence ("X a
    félicité M. Ouattara, tout comme le président français Emmanuel Macron")."""
    norms, texts = reader.sentences.norms, reader.sentences.texts
    end = reader.sentences.tokens[reader.sentences.of[act.head]][1]
    for k in range(act.cue_end, end - 2):
        if texts[k] == "," and (norms[k + 1:k + 3] == ["tout", "comme"] or norms[k + 1:k + 4] == ["de", "meme", "que"]):
            start = k + 3 if norms[k + 1] == "tout" else k + 4
            m, keys = reader.next_actor(start, min(end, start + 3))
            return tuple(keys) if m is not None and m.kind in ("name", "role") else ()
    return ()


def _told_before(reader: Reader, act: Act, other: EventBuilder) -> EventBuilder | None:
    """The event that happened, other than ``other``, told last before the act in its sentence."""
    sent = reader.sentences.of[act.head]
    told = [e for e in reader.events if e is not other and e.factuality == "Asserted"
            and any(reader.sentences.of[t] == sent and t < act.head for t in e.tokens)]
    return told[-1] if told else None


def _answered_by_deed(reader: Reader, head: int) -> bool:
    """Whether a reply is a deed, not words: "Bamako a répondu par une mesure identique"."""
    norms = reader.sentences.norms
    k = head + 1
    while k < len(norms) and reader.sentences.pos[k] == "ADV":
        k += 1
    return k < len(norms) and norms[k] == "par"


def _own_side_in_words(reader: Reader, act: Act, acts: list[Act]) -> bool:
    """Whether a stance verb inside another act's words has for subject the speaker's own side by a
    possessive ("a assuré que son pays défendait la liberté religieuse"): the speaker's words about itself."""
    if not act.holder_mentions or not act.holders \
            or not act.holder_mentions[0].text.lower().startswith(("son ", "sa ", "ses ", "leur ", "leurs ")):
        return False
    side = reader.linking.side(act.holders[0])
    said = act.holder_mentions[0].start
    return any(outer is not act and outer.holders and outer.content[0] <= said < outer.content[1]
               and reader.linking.side(outer.holders[0]) == side for outer in acts)


def _without_headline_echoes(reader: Reader, stances: list[Stance]) -> list[Stance]:
    """A headline's stance that the body reports again ("Manille accuse X ..." then "Les Philippines ont
    accusé X") is one stance: the body's, which has the words and the source."""
    if not stances or not reader.sentences.is_headline(0):
        return stances
    title = reader.sentences.spans[0]
    body = [s for s in stances if s.span != title]
    actors = {e.key: set(e.agents + e.participants) for e in reader.events}

    def sides(aims: set[str]) -> set[str]:
        """The aims, the doers of the events among them and the states they belong to: "promet de riposter"
        to Donald Trump is echoed by "a promis de riposter" to the United States or to their tariffs."""
        aims = aims.union(*(actors.get(k, ()) for k in aims))
        return aims | {reader.linking.side(k) for k in aims if k in reader.linking.builders}

    def echoed(h: Stance) -> bool:
        aims = set() if "counterpart" in h.rule else set(h.targets) | set(h.event_targets)   # a guessed target
        if _the_opposition(reader, h.holder):
            # "l'opposition dénonce une « mascarade »", then "Le Front de salut national a qualifié le scrutin de
            # « mascarade »": the opposition the headline sums up is the party that speaks in the body
            return any(b.family == h.family and _of_the_opposition(reader, b.holder, h.holder) for b in body)
        # "Abuja rejette", then "Le gouvernement nigérian a rejeté"; "l'ONU s'alarme", then its High Commissioner
        state = reader.linking.side(h.holder) == h.holder
        return any((b.holder == h.holder or state and _speaks_for(reader, b.holder) == h.holder)
                   and b.family == h.family and (not aims or sides(aims) & sides(set(b.targets) | set(b.event_targets)))
                   for b in body)
    return [s for s in stances if s.span != title or not echoed(s)]


_DEMONSTRATIVES = {"ce", "cet", "cette", "ces"}


_DECLINING = {"refuser", "decliner"}
_SHELTER = {"asile", "refuge"}                     # "demander l'asile": what is sought is no demand on another
_COMMENTING = {"commentaire", "commenter", "reagir", "reaction", "exprimer", "confirmer", "repondre"}


def _latest_deed(reader: Reader, before: int, noun=None) -> EventBuilder | None:
    """The latest event told before token ``before`` that happened, words and meetings aside; with the
    ``noun`` a demonstrative names it by, the latest told by a word of the same stem if one was ("ces
    suspensions" after "a suspendu", an execution told between them)."""
    told = [e for e in reader.events if e.family != "Communication" and e.factuality == "Asserted"
            and min(e.tokens) < before]
    stem = lemma(noun)[:6] if noun is not None else ""
    alike = [e for e in told if len(stem) == 6 and any(
        reader.sentences.lemmas[t].startswith(stem) for t in e.tokens if t < before)]
    return max(alike or told, key=lambda e: max(t for t in e.tokens if t < before)) if told else None


def _speaks_for(reader: Reader, key: str) -> str:
    """The state or organisation ``key`` speaks for: its side, and for an organ of an international
    organisation (the UN's human rights office), that organisation ("l'ONU s'alarme", then its High
    Commissioner's words)."""
    side = reader.linking.side(key)
    entry = reader.resources.entries.get(side)
    return entry.located_in if entry is not None and entry.kind == "IGO" and entry.located_in else side


def _the_opposition(reader: Reader, key: str) -> bool:
    """Whether ``key`` is a state's opposition as a whole ("l'opposition tunisienne")."""
    builder = reader.linking.builders.get(key)
    return builder is not None and builder.subtype == "Opposition"


def _of_the_opposition(reader: Reader, key: str, opposition: str) -> bool:
    """Whether ``key`` may speak for ``opposition``: the opposition itself, a party or a body no gazetteer
    knows (not the government, an international body or a foreign state), or a person of neither."""
    linking = reader.linking
    if key == opposition:
        return True
    builder, entry = linking.builders.get(key), reader.resources.entries.get(key)
    if builder is None or linking.side(key) == linking.affiliation(opposition):
        return False
    if builder.type == ORGANISATION:
        return builder.subtype in (None, "Party") and (entry is None or entry.kind == "Party")
    return builder.type == PERSON and (entry is None or not entry.offices)


_FOLLOWERS = {"partisan", "sympathisant", "militant", "electeur", "soutien", "compatriote", "concitoyen"}
# "a appelé ses partisans au calme": the speaker's own, not the one named before
_RELATIONAL = {"partenaire", "allie", "voisin", "adversaire", "ennemi", "rival", "homologue", "interlocuteur"}


def _speaker_of(reader: Reader, noun) -> tuple[str, ...]:
    """Whose words a speech noun names: the actor after "de" ("les accusations de Donald Trump"), or the person
    or body after the deed the words are about ("les menaces d'intervention militaire du président X": the one
    who would intervene threatens; not "les menaces d'invasion de l'Ukraine", a place, the one invaded)."""
    def of(noun):
        return [c for c in children(noun) if c.dep_ == "nmod" and _of(c)]
    for c in of(noun):
        m, keys = reader.actor_at(c.i)
        if m is not None:
            return keys
        if c.i in reader.event_at or lemma(c) in reader.resources.event_words:
            for g in of(c):
                m, keys = reader.actor_at(g.i)
                builder = reader.linking.builders.get(keys[0]) if m is not None and keys else None
                if builder is not None and m.kind != "demonym" and builder.type in (PERSON, ORGANISATION):
                    return keys
    return ()


def _owner_of(reader: Reader, noun, holders: tuple[str, ...]) -> tuple[str, ...]:
    """The actor whose quality or deed an object noun names: "la détermination des Moldaves", "la
    retenue de l'armée", "l'attitude espagnole" (a demonym on the noun)."""
    toks = tokens_of(reader.doc)
    if lemma(noun) in _RELATIONAL:
        return ()                         # "a averti les partenaires commerciaux des États-Unis": others than they
    after = noun.right_edge.i + 1
    if after + 1 < len(toks) and reader.sentences.norms[after] == "par" and noun.i not in reader.event_at:
        m, keys = reader.next_actor(after + 1, min(len(toks), after + 4), skip=holders)
        if m is not None:                 # "la gestion du pays par le chef de l'Etat": whose deed, not what it
            return keys                   # is done to
    for child in children(noun):
        if child.dep_ == "amod" and child.i > noun.i:
            m, keys = reader.actor_at(child.i)
            if m is not None and m.kind == "demonym" and not set(keys) & set(holders):
                return keys
    for child in noun.subtree:
        if child.dep_ == "acl" and "Part" in feats(child, "VerbForm") and child.head.i >= noun.i:
            # "la réforme (des pensions) voulue par X"
            agent = next((g for g in children(child) if g.dep_ in ("obl:agent", "obl")
                          and any(norm(c) == "par" for c in children(g) if c.dep_ == "case")), None)
            m, keys = reader.actor_at(agent.i) if agent is not None else (None, ())
            if m is not None and m.kind != "demonym" and not set(keys) & set(holders):
                return keys
    for child in children(noun):
        # (or a complement the parser joined to the noun: "des « ingérences » de la France", parsed "conj")
        if child.dep_ in ("nmod", "conj") and _of(child) and (child.dep_ == "nmod" or child.pos_ == "PROPN"):
            m, keys = reader.actor_at(child.i)
            if m is None and child.pos_ == "NOUN" and lemma(child) not in reader.resources.event_words:
                # "une « provocation » du régime de Minsk": a noun naming no one, then whose
                m, keys = next((reader.actor_at(g.i) for g in children(child)
                                if g.dep_ == "nmod" and g.pos_ == "PROPN" and _of(g)), (None, ()))
            capitalised = m is not None and toks[m.start].text[:1].isupper()
            if m is not None and (m.kind != "demonym" or capitalised) and not set(keys) & set(holders):
                for conj in (child.conjuncts if child.dep_ == "nmod" else [c for c in children(noun) if c.dep_ == "conj"
                                                                            and c.i > child.i and _of(c)]):
                    other, more = reader.actor_at(conj.i)   # "des ingérences de la France et de la Moldavie"
                    if other is not None and other.kind != "demonym":
                        keys = (*keys, *(k for k in more if k not in keys and k not in holders))
                return keys
    if lemma(noun) not in reader.resources.act_nouns and noun.i not in reader.event_at \
            and lemma(noun) not in _FOLLOWERS \
            and any(c.dep_ == "det" and "Yes" in feats(c, "Poss") and norm(c) in ("son", "sa", "ses")
                    for c in children(noun)):
        # "a attribué le prix à X, saluant son « combat »": the one named last before, unless the speaker
        begin = reader.sentences.tokens[reader.sentences.of[noun.i]][0]
        before = [(m, keys) for m, keys in reader.actors_in(begin, noun.i) if m.kind != "demonym"
                  and all(reader.linking.type_of(k) in (PERSON, ORGANISATION) for k in keys)]
        if before and not set(before[-1][1]) & set(holders):
            return before[-1][1]
    return ()


def _authors_deed(reader: Reader, begin: int, end: int, holders: tuple[str, ...]) -> EventBuilder | None:
    """The event whose authors reported words name ("les auteurs de l'attaque", "les responsables de cette
    « aventure »"): the one the complement names, or the deed told that a demonstrative label stands for;
    with no complement ("les responsables seraient traduits en justice"), the attack the article tells."""
    toks = tokens_of(reader.doc)
    attacks = [e for e in reader.events if e.family == "Conflict" and e.factuality == "Asserted"
               and not of_past_years(e, reader.linking.article.date)]    # not "la guerre d'indépendance de 1971"
    for t in range(begin, end):
        if reader.sentences.lemmas[t] not in _DOER_NOUNS or toks[t].pos_ != "NOUN":
            continue
        if attacks and toks[t].dep_.startswith("nsubj") and not any(c.dep_ == "nmod" and _of(c) for c in children(toks[t])):
            before = [e for e in attacks if min(e.tokens) < t]        # the latest told before, else the first
            return before[-1] if before else attacks[0]
        for child in children(toks[t]):
            if child.dep_ != "nmod" or not _of(child):
                continue
            if child.i in reader.event_at:
                return reader.event_at[child.i]
            demonstrative = any(c.dep_ == "det" and "Dem" in feats(c, "PronType") for c in children(child))
            if lemma(child) in reader.resources.act_nouns or demonstrative and reader.sentences.quoted[child.i]:
                return _act_told(reader, child, done=True, holders=holders)
    return None


_DOER_NOUNS = {"auteur", "responsable", "commanditaire", "instigateur"}    # who did a deed


def _deed_charged(reader: Reader, act: Act) -> set[int]:
    """The tokens of the deed an accusation charges someone no actor names with ("a accusé des « forces
    extérieures » de vouloir déstabiliser la Serbie"): whom the deed would harm is not the one accused."""
    if act.kind != "cue" or act.cue.fine_type != "Accuse":
        return set()
    head = tokens_of(reader.doc)[act.head]
    accused = next((c for c in children(head) if c.dep_ == "obj"), None)
    if accused is None or reader.actor_in(accused)[0] is not None:
        return set()
    return {t.i for c in children(head) if c.dep_ in ("xcomp", "acl") and c.i > accused.i for t in c.subtree}


def _of(token) -> bool:
    """Whether a complement is introduced by "de" ("la retenue de l'armée", "des Moldaves")."""
    return any(norm(c) in ("de", "du", "des", "d'") for c in children(token) if c.dep_ == "case")


def _supports_a_thing(reader: Reader, act: Act) -> bool:
    """ "a abaissé ses taux afin de soutenir une économie fragilisée par les droits de douane": to support
    a thing as the purpose of an act is no stance (but "pour soutenir l'Ukraine" is one)."""
    toks = tokens_of(reader.doc)
    head, k = toks[act.head], act.head - 1
    if "Inf" not in feats(head, "VerbForm") or k < 1 or not (
            norm(toks[k]) == "pour" or norm(toks[k]) in ("de", "d'") and norm(toks[k - 1]) == "afin"):
        return False
    obj = next((c for c in children(head) if c.dep_ == "obj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.i in reader.event_at:
        return False
    named = [m for m, _ in reader.actors_in(obj.left_edge.i, obj.right_edge.i + 1) if not _harmed_by(reader, m)]
    return not named


def _harmed_by(reader: Reader, m) -> bool:
    """ "afin de soutenir une économie fragilisée par les droits de douane américains": the actor by whom
    the thing supported was done something (the agent of a participle describing it) is not supported."""
    tok = tokens_of(reader.doc)[m.start]
    for _ in range(3):
        if tok.dep_ == "obl:agent":
            return tok.head.dep_ == "acl" and "Part" in feats(tok.head, "VerbForm")
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _rule_maker(reader: Reader, m) -> bool:
    """ "une violation des règles de l'OMC": the actor whose rules are named, not a target."""
    if m.start > 1 and reader.sentences.texts[m.start - 1] == "(":
        before = reader.linking.mention_at_token(m.start - 2)      # "... de l'Organisation mondiale du commerce (OMC)"
        return before is not None and before is not m and _rule_maker(reader, before)
    k = m.start - 1
    while k > 0 and reader.sentences.pos[k] in ("DET", "ADP"):
        k -= 1
    return k < m.start - 1 and reader.sentences.lemmas[k] in reader.resources.norm_nouns


def _occasion(reader: Reader, event: EventBuilder, begin: int, end: int) -> bool:
    """Whether an event is named in ``begin:end`` as the occasion of speaking ("lors d'une réunion")."""
    t = next((t for t in event.tokens if begin <= t < end), None)
    return t is None or bool({reader.sentences.norms[k] for k in range(max(0, t - 3), t)} & {"lors", "pendant", "durant", "cours"})


def _where(reader: Reader, m, keys: tuple[str, ...]) -> bool:
    """ "à Guayaquil", "dans la province de X", "les usines de Göteborg": a city or region named as where
    something happens or stands; a country only inside such a place ("dans treize aéroports du pays")."""
    builder = reader.linking.builders.get(keys[0]) if len(keys) == 1 else None
    if builder is None or builder.type != PLACE:
        return False
    before = _word_before(reader, m.start)
    if builder.subtype not in (None, "City", "Region"):        # "dans treize aéroports du pays": a country named
        return before in ("de", "du", "d'") and _under(reader, m.start, _INSIDE_WORDS, ("nmod",))  # inside a place
    return before in _PLACE_WORDS or before in ("de", "d'") and m.start >= 2 \
        and reader.sentences.pos[m.start - 2] == "NOUN" and reader.sentences.texts[m.start - 2].islower() \
        or _under(reader, m.start, _INSIDE_WORDS, ("conj", "acl:relcl", "nmod", "appos"))


_ANSWERED = {"revendication", "demande", "attente", "preoccupation", "question", "besoin", "exigence", "appel"}


def _recipient(reader: Reader, m) -> bool:
    """ "a exigé l'arrêt de toute livraison d'armes à l'île": whom the thing asked about goes to, after "à"
    on a noun, not whom the demand is made of."""
    toks = tokens_of(reader.doc)
    head = next((toks[t] for t in range(m.start, m.end) if not m.start <= toks[t].head.i < m.end), toks[m.start])
    return _word_before(reader, m.start) == "a" and head.head.pos_ == "NOUN" and head.head.i < m.start


def _for_whom(reader: Reader, m) -> bool:
    """ "a salué « une opportunité de transformation » pour la Bolivie": whom the judged thing serves."""
    return _word_before(reader, m.start) == "pour"


_PLACE_WORDS = ("a", "en", "dans", "pres", "depuis", "vers")
_INSIDE_WORDS = ("en", "dans", "pres", "depuis", "vers")    # (not "à", also a dative: "son soutien à la sécurité d'Israël")


def _against(reader: Reader, start: int) -> bool:
    """Whether the actor named at token ``start`` is what a deed is "contre" ("les poursuites contre
    l'ancien président Jair Bolsonaro", "contre M. Bolsonaro"): who undergoes it, not who is judged."""
    return _word_before(reader, start) == "contre" or _under(reader, start, ("contre",), ("appos", "flat:name"))


def _jailed(reader: Reader, start: int) -> bool:
    """Whether the actor named at token ``start`` is whom an arrest or a sentence is "de" ("la détention
    de M. Imamoglu"): who undergoes it; what is judged is the deed and its doers."""
    tok = tokens_of(reader.doc)[start]
    while tok.dep_ in ("flat:name", "appos") and tok.head.i != tok.i:
        tok = tok.head
    event = reader.event_at.get(tok.head.i) if tok.dep_ == "nmod" else None
    return event is not None and event.family in ("Arrest", "Ruling", "Execution") \
        and any(c.dep_ == "case" and norm(c) in ("de", "du", "d'") for c in children(tok))


def _under(reader: Reader, start: int, prepositions, deps) -> bool:
    """Whether the word at token ``start``, or a word it hangs on through ``deps`` within four steps, is
    introduced by one of ``prepositions`` ("dans treize aéroports du pays, dont Francfort et Munich")."""
    tok = tokens_of(reader.doc)[start]
    for _ in range(4):
        cases = [norm(c) for c in children(tok) if c.dep_ == "case"]
        if any(c in prepositions for c in cases):
            return True
        if tok.dep_ not in deps or tok.head.i == tok.i or tok.i != start and any(c not in OF for c in cases):
            return False          # (not past a word another preposition brings: "dans leur soutien à la
        tok = tok.head            # sécurité d'Israël")
    return False


def _word_before(reader: Reader, start: int) -> str:
    """The folded word before token ``start``, past its determiners ("à la", "pour la")."""
    k = start - 1
    while k > 0 and reader.sentences.pos[k] == "DET":
        k -= 1
    return reader.sentences.norms[k] if k >= 0 else ""


def _medium(reader: Reader, m, keys: tuple[str, ...]) -> bool:
    """ "sur X", "sur le réseau social X", "sur la chaîne France 24": where the words were said, not whom
    they are about; "par la voix de son bureau des affaires taïwanaises": who said them."""
    entry = reader.resources.entries.get(keys[0]) if len(keys) == 1 else None
    norms, k = reader.sentences.norms, m.start - 1
    for v in range(m.start - 1, max(1, m.start - 9), -1):
        if reader.sentences.pos[v] in ("PUNCT", "VERB"):
            break
        if norms[v] == "voix" and norms[v - 1] == "la" and norms[v - 2] == "par":
            return True
    named_medium = False
    while k > 0 and (reader.sentences.pos[k] in ("DET", "ADJ") or norms[k] in reader.resources.media_nouns):
        named_medium = named_medium or norms[k] in reader.resources.media_nouns
        k -= 1
    return k >= 0 and norms[k] == "sur" and (named_medium or entry is not None and entry.kind in ("Agency", "Company"))


def _elaborates(doc, act: Act, stance_heads: set[int]) -> bool:
    """Whether ``act`` is a participle clause spelling out the stance verb it hangs on."""
    toks = tokens_of(doc)
    token = toks[act.head]
    if act.cue is not None and act.cue.family in ("WARN", "THREATEN", "DEMAND"):
        return False                      # "a exhorté les ouvriers à ..., prévenant qu'une grève ...": a warning of its own;
        #                                   "a félicité X, tout en appelant à la retenue": a call of its own
    return present_participle(token) and token.dep_ in ("advcl", "conj", "acl") and token.head.i in stance_heads


def _restates_object(doc, act: Act, stance_heads: set[int]) -> bool:
    """Whether a participle takes up by a pronoun the object of the stance verb just before it: "a rejeté
    ces accusations, les qualifiant d'« infondées »" (however the parser hung it)."""
    toks = tokens_of(doc)
    i = act.head
    return toks[i].text.endswith("ant") and i >= 2 and norm(toks[i - 1]) in ("le", "la", "les", "l'") \
        and toks[i - 2].text == "," and any(i - 12 <= h < i - 2 for h in stance_heads)


def _quote_range(reader: Reader, act: Act, begin: int, end: int) -> tuple[int, int]:
    """Where the act's quote may lie: its words and its segment near the cue, not in a gerund clause after
    it ("s'est félicité de X, tout en appelant à « isoler » Israël": the call's words)."""
    seg_begin, seg_end = reader.segment(act.head)
    first, last = min(begin, seg_begin if act.inverted else act.head), max(end, min(seg_end, act.cue_end + 12))
    norms = reader.sentences.norms
    gerund = next((t for t in range(act.cue_end, last - 2) if norms[t] == "tout" and norms[t + 1] == "en"
                   and (norms[t + 2].endswith("ant") or norms[t + 2] in ("se", "s'") and t + 3 < last
                        and norms[t + 3].endswith("ant"))), None)     # (also "tout en se disant « confiant »")
    toks = tokens_of(reader.doc)
    joined = next((t for t in range(act.cue_end, last) if toks[t].dep_ == "conj" and toks[t].head.i == act.head
                   and toks[t].pos_ == "VERB" and norms[t - 1] == "et"), None)
    if joined is not None:
        last = joined - 1             # "a félicité M. X et annoncé qu'il se rendrait « très prochainement »":
        #                               the second verb's words
    relative = toks[act.head]
    if relative.dep_ == "acl:relcl" and not act.inverted and relative.head.dep_.startswith("nsubj") \
            and relative.head.head.i >= (aside_end := relative.right_edge.i + 1):
        last = min(last, aside_end)   # "X, qui avait défendu le projet, a salué « le choix »": the main verb's words
    clause_first, clause_last = headline_clause(reader.sentences, act.head)
    first, last = max(first, clause_first), min(last, clause_last)   # "X écarte Y, la gauche crie au « déni »":
    #                                                                  in a title, the cue's own clause
    return first, gerund if gerund is not None and not act.inverted else last


def _own_command(reader: Reader, holders: tuple[str, ...], targets: list[str], events: list[EventBuilder]) -> bool:
    """Whether an order is a state's to its own bodies ("a ordonné à l'armée de", "a ordonné des droits de
    douane"): every target on the holder's side, every event one its side carries out."""
    side = reader.linking.side
    own = {side(h) for h in holders}
    state = next(iter(own), None)
    entry = reader.resources.entries.get(state)
    known = reader.linking.builders.get(state) or entry
    if len(own) != 1 or known is None or known.type != PLACE or not (targets or events):
        return False
    return all(side(t) in own for t in targets) and all(
        own & {side(k) for k in e.agents + e.participants} for e in events)


def _not_own(reader: Reader, event: EventBuilder, holders: tuple[str, ...]) -> EventBuilder:
    """The event a condemnation aims at: not one the holder's own side carried out ("l'opération", read as
    the latest attack, when Tehran condemns Pakistan's strikes), but the other side's of that type, if any."""
    sides = {reader.linking.side(h) for h in holders}
    if not sides & {reader.linking.side(k) for k in event.agents}:
        return event
    return next((e for e in reader.events if e.type == event.type and e.agents
                 and not sides & {reader.linking.side(k) for k in e.agents}), event)


def _parties(reader: Reader, before: int | None = None) -> tuple[str, ...]:
    """The sides of the latest truce, conflict, negotiation or strike with at least two of them (told
    before token ``before``, when given), else the two states the article names most, the second more than
    once ("les deux parties" of a story between two states; not a state named once beside a civil war)."""
    told = [e for e in reader.events if before is None or min(e.tokens) < before] or reader.events
    for event in reversed(told):
        actors = [k for k in event.agents + event.patients + event.participants       # a town struck is no side
                  if reader.linking.type_of(k) != PLACE or reader.linking.builders[k].subtype == "Country"]
        if (event.family in ("Agreement", "Conflict", "Strike") or event.type == "Talks") and len(actors) >= 2:
            return tuple(actors)
    # a labour dispute: the union of its strike and the other side of its talks ("le conseil municipal ...
    # accusé Unite de bloquer les négociations")
    dispute = [k for e in told if e.family == "Strike" or e.type == "Talks"
               for k in e.agents + e.patients + e.participants]
    dispute = list(dict.fromkeys(k for k in dispute if reader.linking.type_of(k) == ORGANISATION))
    if len(dispute) == 2 and any(e.family == "Strike" for e in told):
        return tuple(dispute)
    resources = reader.resources
    states = sorted(((len(b.spans), key) for key, b in reader.linking.builders.items()
                     if b.spans and getattr(resources.entries.get(key), "kind", None) == "Country"), reverse=True)
    if len(states) >= 2 and states[1][0] >= 2 and (len(states) == 2 or states[1][0] > states[2][0]):
        return tuple(sorted(key for _, key in states[:2]))
    return ()
