"""Stances: who threatens, warns, demands, approves, disapproves, assures or denies whom, according to whom.

A *speech act* is a stance verb ("a menacé", "a prévenu"), a reporting verb ("a déclaré",
"a souligné que"), or an opinion frame ("Pour Moscou, ..."). Its speaker holds the stance;
its type comes from the verb when the verb carries one, else from the reported words
(a threat such as "répondront de façon résolue", an evaluation such as "une erreur",
a demand noun such as "l'interdiction de", or an assurance "ne ... pas"). An outer
reporting verb ("a fait savoir X"), "selon X" or "auprès de X" gives the source.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.document import QUOTE_CLOSE, QUOTE_OPEN, Sentences, lemma, norm, text_of
from kg.extract.events import EventBuilder
from kg.link import Linking
from kg.model import ORGANISATION, PERSON, PLACE, Mention, Span, Stance
from kg.resources import Cue, Resources, fold

__all__ = ["extract_stances"]

_ADVERSARIAL = {"THREATEN", "WARN", "DEMAND", "DENY", "DISAPPROVE"}
_SPEECH_NOUNS = {"propos", "declaration", "affirmation", "accusation", "information", "allegation", "annonce"}
_PRONOUNS = {"il": "m", "elle": "f", "-il": "m", "-elle": "f", "ils": None, "elles": None, "-ils": None}
_SKIP_IN_CUE = {"DET", "PUNCT"}
_SOURCE_OPENERS = {"selon", "d'apres"}
_EVALUATIVE_FAMILY = {"positive": ("PositiveAssessment", "APPROVE"), "negative": ("NegativeAssessment", "DISAPPROVE")}
_SEGMENT_BREAKS = {";", ":"}


@dataclass
class _Act:
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
    confidence: float = 0.85
    rules: list[str] = field(default_factory=list)


def _word_matches(token, word: str, first: bool, single: bool = False) -> bool:
    if single:
        return lemma(token) == word and (token.pos_ in ("VERB", "AUX") or "Part" in token.morph.get("VerbForm"))
    if lemma(token) == word or norm(token) == word:
        return True
    # a light verb whose lemma the tagger missed ("fait" tagged as a noun)
    return first and len(word) > 3 and word.endswith(("er", "ir", "re")) and norm(token).startswith(word[:-2]) \
        and len(norm(token)) <= len(word) + 1


def _match(doc, i: int, cue: Cue, end_limit: int) -> int:
    if len(cue.lemmas) == 2 and cue.lemmas[1] in ("à", "a", "de") and _word_matches(doc[i], cue.lemmas[0], True, True):
        # "appeler Pékin à ne pas ...": the object comes between the verb and its infinitive
        if any(c.dep_ == "xcomp" and any(norm(m) in (norm_prep(cue.lemmas[1])) and m.dep_ == "mark" for m in c.children)
               for c in doc[i].children):
            return i + 1
    j = i
    for n, word in enumerate(cue.lemmas):
        while n and j < end_limit and (doc[j].pos_ in _SKIP_IN_CUE and doc[j].text not in (",", ".")):
            j += 1
        if j >= end_limit or not _word_matches(doc[j], word, first=n == 0, single=len(cue.lemmas) == 1):
            return 0
        j += 1
    if cue.reflexive and not any(norm(t) in ("se", "s'", "s") for t in doc[max(0, i - 3):i]):
        return 0
    return j


def norm_prep(word: str) -> tuple[str, ...]:
    return ("a",) if word in ("à", "a") else ("de", "d'")


def _present_participle(token) -> bool:
    """ "accusant", "assurant": a participle clause whose subject is the main clause's."""
    return "Part" in token.morph.get("VerbForm") and "Pres" in token.morph.get("Tense") or \
        (token.text.lower().endswith("ant") and token.dep_ in ("advcl", "acl", "conj") and token.pos_ == "VERB")


def _aux_start(doc, i: int) -> int:
    """The first token of the verb group ending at ``i`` (auxiliaries, inverted clitics, "ne")."""
    j = i
    while j > 0 and (doc[j - 1].pos_ == "AUX" or norm(doc[j - 1]) in ("-t", "-il", "-elle", "-ils", "t", "ne", "n'", "s'", "se")
                     or doc[j - 1].dep_.startswith("aux")):
        j -= 1
    return j


class _Reader:
    def __init__(self, doc, sentences: Sentences, linking: Linking, events: list[EventBuilder], resources: Resources):
        self.doc, self.sentences, self.linking, self.events, self.resources = doc, sentences, linking, events, resources
        self.event_at = {t: e for e in events for t in e.tokens}
        self.event_span = {}
        for e in events:
            for t, s in zip(e.tokens, e.spans):
                self.event_span[t] = s

    # -- mentions --------------------------------------------------------------------------
    def actor_at(self, i: int) -> tuple[Mention | None, tuple[str, ...]]:
        m = self.linking.mention_at_token(i)
        if m is None:
            return None, ()
        return m, self.linking.refs[m]

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

    def actors_in(self, begin: int, end: int) -> list[tuple[Mention, tuple[str, ...]]]:
        if begin >= end:
            return []
        span_begin, span_end = self.doc[begin].idx, self.doc[end - 1].idx + len(self.doc[end - 1].text)
        return self.linking.keys_at(span_begin, span_end)

    def resolve_pronoun(self, i: int, gender: str | None) -> tuple[str, ...]:
        """The most salient person before token ``i``: the latest subject, else the latest person named."""
        before = [m for m in self.linking.mentions if m.span.end <= self.doc[i].idx and m in self.linking.refs
                  and m.type == PERSON and m.kind in ("name", "role") and len(self.linking.refs[m]) == 1]
        def agrees(m):
            g = m.gender or self.linking.builders[self.linking.refs[m][0]].gender
            return gender is None or g is None or g == gender
        candidates = [m for m in before if agrees(m)]
        subjects = [m for m in candidates if any(self.doc[t].dep_.startswith("nsubj") for t in range(m.start, m.end))]
        pick = (subjects or candidates or [None])[-1]
        return self.linking.refs[pick] if pick else ()

    # -- speech acts -------------------------------------------------------------------------
    def segment(self, i: int) -> tuple[int, int]:
        """The clause segment around token ``i``: the sentence cut at ";", ":" and ", et"."""
        begin, end = self.sentences.tokens[self.sentences.of[i]]
        seg_begin, seg_end = begin, end
        for t in range(begin, end):
            word = self.doc[t].text
            is_break = word in _SEGMENT_BREAKS or (word == "," and t + 1 < end and norm(self.doc[t + 1]) == "et")
            if is_break and t < i:
                seg_begin = t + 1
            elif is_break and t >= i:
                seg_end = t
                break
        return seg_begin, seg_end

    def inverted(self, head: int) -> bool:
        """Whether the verb at ``head`` follows the words it reports, its subject after it
        ("..., a déclaré X"): not a present participle ("..., accusant X"), and no subject on its left."""
        doc = self.doc
        start = _aux_start(doc, head)
        j = start - 1
        if j < 0 or doc[j].text not in (",", QUOTE_CLOSE):
            return False
        if _present_participle(doc[head]):
            return False
        return not any(c.dep_.startswith("nsubj") and c.i < start for c in doc[head].children)

    def speaker(self, act: _Act) -> None:
        doc = self.doc
        head = doc[act.head]
        sent_end = self.sentences.tokens[self.sentences.of[act.head]][1]
        if act.inverted:
            for t in doc[_aux_start(doc, act.head):act.head]:
                if norm(t) in ("-il", "-elle", "-ils"):
                    act.holders = self.resolve_pronoun(t.i, _PRONOUNS.get(norm(t)))
                    act.rules.append("inverted-pronoun")
                    act.confidence *= 0.9
            i = act.cue_end
            while i < sent_end and not act.holders:
                word = norm(doc[i])
                if doc[i].text in (",", ".", QUOTE_OPEN):
                    break
                if word in ("aupres", "a", "au", "aux", "devant"):
                    start = i + 2 if word == "aupres" else i + 1
                    m, keys = self.next_actor(start, min(sent_end, start + 4))
                    if m is not None:
                        entry = self.resources.entries.get(keys[0])
                        if word == "aupres" or (entry and entry.kind == "Agency"):
                            act.medium = keys[0]
                        else:
                            act.addressee = keys
                        i = m.end
                        continue
                m, keys = self.actor_at(i)
                if m is not None and m.kind != "demonym":
                    act.holders, act.holder_mentions = keys, [m]
                    act.rules.append("inverted-subject")
                    break
                i += 1
            if act.holders:
                return
        subject = self._subject_token(head)
        if subject is not None:
            word = norm(subject)
            if word in _PRONOUNS:
                act.holders = self.resolve_pronoun(subject.i, _PRONOUNS[word])
                act.rules.append("subject-pronoun")
                act.confidence *= 0.85
                return
            if word in ("qui",) and subject.head.head is not None:
                subject = subject.head.head
            m, keys = self.actor_at(subject.i)
            if m is not None and keys:
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("subject")
                return
        # nearest actor on the left, within the segment, not inside a prepositional phrase
        seg_begin, _ = self.segment(act.head)
        for m, keys in reversed(self.actors_in(seg_begin, act.head)):
            prev = norm(doc[m.start - 1]) if m.start > 0 else ""
            if m.kind != "demonym" and prev not in ("de", "du", "d'", "a", "au", "selon", "contre", "en", "pour", "par"):
                act.holders, act.holder_mentions = keys, [m]
                act.rules.append("left-actor")
                act.confidence *= 0.7
                return

    def _subject_token(self, head):
        for candidate in (head, head.head if head.dep_ in ("xcomp", "advcl", "conj", "acl", "ccomp") else None):
            if candidate is None:
                continue
            for child in candidate.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.i < head.i + 1:
                    return child
        return None

    def addressee(self, act: _Act) -> None:
        """ "à son homologue russe" after a reporting verb."""
        if act.addressee:
            return
        doc = self.doc
        i = act.cue_end
        if i < len(doc) and norm(doc[i]) in ("a", "au", "aux"):
            m, keys = self.next_actor(i + 1, min(len(doc), i + 4))
            if m is not None and m.type == PERSON:
                act.addressee = keys

    def source(self, act: _Act, acts: list["_Act"]) -> None:
        """Who the article says reported it: "selon X", "d'après X", an outer "a fait savoir X", "auprès de X"."""
        seg_begin, seg_end = self.segment(act.head)
        doc = self.doc
        for t in range(seg_begin, seg_end):
            if norm(doc[t]) in _SOURCE_OPENERS or (norm(doc[t]) == "d'" and t + 1 < seg_end and norm(doc[t + 1]) == "apres"):
                m, keys = self.next_actor(t + 1, min(seg_end, t + 7))
                if m is not None and not set(keys) & set(act.holders):
                    act.source = keys[0]
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


def _content_range(reader: _Reader, act: _Act, acts_heads: list[int]) -> tuple[int, int]:
    sent_begin, sent_end = reader.sentences.tokens[reader.sentences.of[act.head]]
    if act.inverted:
        begin = sent_begin
        for h in acts_heads:
            if h < act.head and reader.sentences.of[h] == reader.sentences.of[act.head]:
                begin = max(begin, h + 1) if not reader.inverted(h) else begin
        return begin, _aux_start(reader.doc, act.head)
    seg_begin, seg_end = reader.segment(act.head)
    end = seg_end
    for h in acts_heads:
        if act.head < h < end:
            end = _aux_start(reader.doc, h)
    return act.cue_end, end


def _quote(doc, begin: int, end: int, near: int) -> str | None:
    quotes = []
    i = begin
    while i < end:
        if doc[i].text == QUOTE_OPEN:
            j = i + 1
            while j < len(doc) and doc[j].text != QUOTE_CLOSE and j - i < 80:
                j += 1
            if j > i + 1:
                quotes.append((abs(i - near), text_of(doc)[doc[i + 1].idx:doc[j - 1].idx + len(doc[j - 1].text)]))
            i = j
        i += 1
    if not quotes:
        return None
    return min(quotes)[1].strip()


def _negated(doc, begin: int, end: int) -> bool:
    return any("Neg" in doc[t].morph.get("Polarity") or norm(doc[t]) in ("pas", "jamais", "aucun", "aucune")
               for t in range(begin, end))


def extract_stances(doc, sentences: Sentences, linking: Linking, events: list[EventBuilder],
                    resources: Resources) -> list[Stance]:
    """The stances of ``doc``, one per holder and clause, in reading order."""
    reader = _Reader(doc, sentences, linking, events, resources)
    cues = sorted(resources.cues, key=lambda c: -len(c.lemmas))
    acts: list[_Act] = []
    content_cues: list[tuple[int, int, Cue]] = []
    consumed: set[int] = set()
    # 1. stance cues and reporting verbs
    by_first: dict[str, list[Cue]] = {}
    by_stem: dict[str, list[Cue]] = {}
    for cue in cues:
        by_first.setdefault(cue.lemmas[0], []).append(cue)
        if len(cue.lemmas[0]) > 3:
            by_stem.setdefault(cue.lemmas[0][:-2], []).append(cue)
    stem_lengths = sorted({len(stem) for stem in by_stem})
    order = {id(cue): n for n, cue in enumerate(cues)}
    for i, token in enumerate(doc):
        if i in consumed or token.is_space:
            continue
        sent_end = sentences.tokens[sentences.of[i]][1]
        word, base = norm(token), lemma(token)
        candidates = {id(c): c for c in by_first.get(base, []) + by_first.get(word, [])}
        for length in stem_lengths:          # light verbs the tagger missed ("fait" as a noun)
            candidates.update((id(c), c) for c in by_stem.get(word[:length], ()) if len(c.lemmas) > 1)
        for cue in sorted(candidates.values(), key=lambda c: order[id(c)]):
            if len(cue.lemmas) == 1 and cue.lemmas[0] != base:
                continue
            end = _match(doc, i, cue, sent_end)
            if not end:
                continue
            consumed.update(range(i, end))
            if cue.frame == "content":
                content_cues.append((i, end, cue))
            elif token.pos_ in ("VERB", "AUX", "NOUN") or len(cue.lemmas) > 1:
                acts.append(_Act(head=i, cue_end=end, kind="cue", inverted=reader.inverted(i), content=(0, 0), cue=cue))
            break
    reporting = {fold(r): a for r, a in resources.reporting.items()}
    for i, token in enumerate(doc):
        if i in consumed or token.pos_ not in ("VERB",):
            continue
        verb = lemma(token)
        two = f"{verb} {lemma(doc[i + 1])}" if i + 1 < len(doc) else ""
        key = next((v for v in (two, verb) if v in reporting), None)
        if key is None:
            continue
        end = i + (2 if key == two else 1)
        assertive = reporting[key]
        consumed.update(range(i, end))
        acts.append(_Act(head=i, cue_end=end, kind="reporting", inverted=reader.inverted(i), content=(0, 0),
                         assertive=assertive))
    # 2. opinion frames: "Pour Moscou, ..."
    for s, (begin, end) in enumerate(sentences.tokens):
        if norm(doc[begin]) == "pour":
            m, keys = reader.next_actor(begin + 1, min(end, begin + 5))
            if m is not None and m.end < end and doc[m.end].text == ",":
                act = _Act(head=begin, cue_end=m.end + 1, kind="frame", inverted=False, content=(m.end + 1, end),
                           holders=keys, holder_mentions=[m], confidence=0.7)
                act.rules.append("opinion-frame")
                acts.append(act)
    acts.sort(key=lambda a: a.head)
    # an infinitive inside another act's reported words is part of them: "a averti que l'agence ne
    # pourrait pas garantir ..." is one warning, not also an assurance by the agency
    heads_of = {a.head for a in acts if a.kind != "frame"}
    acts = [a for a in acts if not (a.kind == "cue" and "Inf" in doc[a.head].morph.get("VerbForm")
                                    and any(t.i in heads_of for t in doc[a.head].ancestors))]
    heads = [a.head for a in acts if a.kind != "frame"]
    for act in acts:
        if act.kind != "frame":
            act.content = _content_range(reader, act, heads)
            reader.speaker(act)
            reader.addressee(act)
    for act in acts:
        reader.source(act, acts)
    return _stances_from_acts(reader, acts, content_cues)


def _content_type(reader: _Reader, act: _Act, content_cues) -> tuple[str, str, str, int] | None:
    """(fine type, family, rule, token) from the reported words of a reporting verb or frame."""
    doc, res = reader.doc, reader.resources
    begin, end = act.content
    for start, _, cue in content_cues:
        if begin <= start < end:
            if cue.lemmas == ("devoir",) and not (
                    any(c.dep_.startswith("nsubj") and reader.actor_at(c.i)[0] is not None for c in doc[start].children)
                    and ("Cnd" in doc[start].morph.get("Mood") or "Imp" in doc[start].morph.get("Tense"))):
                continue      # "doit se tenir", "doit examiner": a schedule; "devait", "devrait": an obligation
            return cue.fine_type, cue.family, "content-cue", start
    demand_nouns = {fold(n) for n in res.demand_nouns}
    for t in range(begin, end):
        noun = lemma(doc[t])
        if noun in demand_nouns and doc[t].pos_ == "NOUN" and act.kind == "frame":
            return "Demand", "DEMAND", "demand-noun", t
    for t in range(begin, end):
        polarity = res.evaluatives.get(doc[t].lemma_) or res.evaluatives.get(doc[t].text.lower())
        if polarity:
            fine, family = _EVALUATIVE_FAMILY[polarity]
            return fine, family, "evaluation", t
    if act.assertive and _negated(doc, begin, end):
        return "Assure", "ASSURE", "assertive-negation", begin
    return None


def _targets(reader: _Reader, act: _Act, begin: int, end: int, holders: tuple[str, ...]):
    """Explicit targets of the act: (entity keys, events, topic)."""
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
    head = doc[act.head]
    rule = cue.target if cue else "obj"
    if rule != "obj" and act.kind == "cue":
        # "a réclamé un référendum": an event as direct object is the target, whatever the cue's usual complement
        targeted_events.extend(reader.event_at[c.i] for c in head.children
                               if c.dep_ == "obj" and c.i > act.head and c.i in reader.event_at)
    if rule == "obj" or act.kind == "reporting":
        for child in head.children:
            if child.dep_ in ("obj", "iobj") and child.i > act.head:
                m, keys = reader.actor_at(child.i)
                # a demonym used as a noun names its people: "appelant les Occidentaux à"
                noun_demonym = m is not None and m.kind == "demonym" and doc[m.start].text[:1].isupper()
                if m is not None and (m.kind != "demonym" or noun_demonym) and not set(keys) & set(holders):
                    add(keys)
                elif child.i in reader.event_at:
                    targeted_events.append(reader.event_at[child.i])
                elif lemma(child) in _SPEECH_NOUNS:
                    act.rules.append("speech-anaphor")
                    entities.append("@speech")
                else:
                    ev = next((reader.event_at[t] for t in range(child.i, min(child.i + 3, end)) if t in reader.event_at), None)
                    if ev is not None and act.kind == "reporting":
                        targeted_events.append(ev)
    if rule in ("de", "à") or (rule == "obj" and not entities and not targeted_events):
        preps = {"de": ("de", "du", "d'", "des"), "à": ("a", "au", "aux")}.get(rule, ())
        i = act.cue_end
        while i < min(end, act.cue_end + 3) and doc[i].text in (QUOTE_OPEN, QUOTE_CLOSE):
            i += 1
        if i < end and norm(doc[i]) in preps:
            j = i + 1
            event = next((reader.event_at[t] for t in range(j, min(j + 3, end)) if t in reader.event_at), None)
            m, keys = reader.next_actor(j, min(j + 3, end))
            if event is not None:
                targeted_events.append(event)
            elif m is not None:
                add(keys)
            elif rule == "de":
                k = j
                while k < end and doc[k].pos_ not in ("ADP", "SCONJ", "PUNCT", "VERB", "CCONJ"):
                    k += 1
                if k > j:
                    topic = text_of(doc)[doc[j].idx:doc[k - 1].idx + len(doc[k - 1].text)]
    if act.addressee:
        add(act.addressee)
    return entities, targeted_events, topic, sides


def _stances_from_acts(reader: _Reader, acts: list[_Act], content_cues) -> list[Stance]:
    doc, linking, sentences = reader.doc, reader.linking, reader.sentences
    stances: list[Stance] = []
    seen: set[tuple[str, int, tuple[int, int]]] = set()
    used_content = set()
    stance_heads = {a.head for a in acts if a.kind == "cue" and a.holders}
    for act in acts:
        if act.kind == "cue":
            fine, family, rule, at = act.cue.fine_type, act.cue.family, "stance-verb", act.head
        else:
            found = _content_type(reader, act, content_cues)
            if found is None:
                continue
            fine, family, rule, at = found
            if at in used_content and rule != "demand-noun":
                continue                    # an outer "a fait savoir X" reports the same words: X is the source
            used_content.add(at)
        if not act.holders:
            continue
        begin, end = act.content
        sent = sentences.of[act.head]
        seg = reader.segment(act.head if act.kind != "frame" else at)
        explicit, targeted_events, topic, sides = _targets(reader, act, begin, end, act.holders)
        if not explicit and not targeted_events and _elaborates(doc, act, stance_heads):
            continue                    # "a minimisé ces propos, assurant que ...": one act, already read
        if act.kind == "frame" and rule == "demand-noun":
            explicit, targeted_events = [], []
            k = at + 1
            stop = next((t for t in range(k, end) if doc[t].text == ","), end)
            for ev in reader.events_in(k, stop):
                targeted_events.append(ev)
                explicit.extend(a for a in ev.agents + ev.participants + ev.patients if a not in explicit)
            for m, keys in reader.actors_in(k, stop):
                explicit.extend(key for key in keys if key not in explicit and key not in act.holders)
        about = []
        # the reported words: events they concern, actors they name
        if not targeted_events and not explicit or act.kind == "reporting" and not explicit:
            in_content = reader.events_in(begin, end)
            if act.kind == "reporting" and rule == "evaluation":
                targeted_events.extend(e for e in in_content if e.family != "Communication" and e not in targeted_events)
            if not explicit:
                in_words = reader.actors_in(begin, end)
                named = [(m, keys) for m, keys in in_words if m.kind != "demonym" or rule == "demand-noun"]
                adjectives = [(m, keys) for m, keys in in_words if m.kind == "demonym"]
                for group in (named, adjectives):     # failing a name, a demonym: "le programme iranien"
                    for m, keys in group:
                        for key in keys:
                            if key in act.holders or key in sides or linking.side(key) in sides or key == act.source:
                                continue
                            if key not in explicit:
                                explicit.append(key)
                    if explicit:
                        break
                if explicit:
                    act.rules.append("content-actors")
                    act.confidence *= 0.85
        for e in reader.events_in(begin, end):
            if e.family not in ("Communication",) and e not in targeted_events and e not in about:
                about.append(e)
        for e in targeted_events:
            if e in about:
                about.remove(e)
        quote = _quote(doc, *(_quote_range(reader, act, begin, end)), near=act.head)
        negated = rule == "assertive-negation"
        factuality = "Asserted"
        verb_tokens = list(doc[_aux_start(doc, act.head):act.head + 1])
        if any("Cnd" in t.morph.get("Mood") for t in verb_tokens):
            factuality = "Reported"
        if act.kind == "cue" and any(norm(t) in ("pas", "jamais") or norm(t) in ("ne", "n'") for t in doc[act.head:act.head + 2]):
            factuality = "Negated"
        during = next((e.key for e in reader.events_in(*sentences.tokens[sent]) if e.family == "Communication"), None)
        span = sentences.spans[sent]
        for holder in act.holders:
            dedupe = (holder, sent, seg, family)
            if dedupe in seen:
                continue
            seen.add(dedupe)
            confidence = act.confidence * (0.95 if explicit or targeted_events else 0.8)
            stances.append(Stance(
                holder=holder, type=fine, family=family, span=span,
                cue=text_of(doc)[doc[act.head].idx:doc[act.cue_end - 1].idx + len(doc[act.cue_end - 1].text)],
                targets=tuple(explicit), event_targets=tuple(e.key for e in targeted_events),
                about=tuple(e.key for e in about), during=during, topic=topic, quote=quote, source=act.source,
                factuality=factuality, negated=negated, confidence=round(min(confidence, 0.99), 2),
                rule="+".join([rule, *act.rules])))
    return _resolve_anaphora(reader, stances)


def _elaborates(doc, act: _Act, stance_heads: set[int]) -> bool:
    """Whether ``act`` is a participle clause spelling out the stance verb it hangs on."""
    token = doc[act.head]
    return _present_participle(token) and token.dep_ in ("advcl", "conj", "acl") and token.head.i in stance_heads


def _quote_range(reader: _Reader, act: _Act, begin: int, end: int) -> tuple[int, int]:
    seg_begin, seg_end = reader.segment(act.head)
    return min(begin, seg_begin if act.inverted else act.head), max(end, min(seg_end, act.cue_end + 12))


def _resolve_anaphora(reader: _Reader, stances: list[Stance]) -> list[Stance]:
    """Targets the words leave implicit: "ces propos" (the one who reported the last statement), a reply
    that continues the previous stance, and the counterpart in a two-sided story."""
    from dataclasses import replace

    linking = reader.linking
    out: list[Stance] = []
    for n, stance in enumerate(stances):
        targets = list(stance.targets)
        rule = stance.rule
        confidence = stance.confidence
        if "@speech" in targets:
            targets.remove("@speech")
            previous = next((s for s in reversed(out) if s.holder != stance.holder), None)
            if previous is not None:
                targets.append(previous.source or previous.holder)
        if not targets and not stance.event_targets and not stance.topic and stance.family in _ADVERSARIAL:
            previous = out[-1] if out else None
            if previous is not None and previous.family == stance.family and previous.targets \
                    and stance.span.begin - previous.span.end < 400:
                targets = list(previous.targets)
                rule += "+continues-previous"
                confidence *= 0.8
            else:
                counterpart = _counterpart(linking, stance.holder)
                if counterpart:
                    targets = [counterpart]
                    rule += "+counterpart"
                    confidence *= 0.6
        targets = [t for t in targets if t != stance.holder]
        out.append(replace(stance, targets=tuple(targets), rule=rule, confidence=round(confidence, 2)))
    return out


def _counterpart(linking: Linking, holder: str) -> str | None:
    """The most-mentioned other side of the story, at the holder's level (a person for a person, else a state)."""
    own = linking.side(holder)
    weight: dict[str, int] = {}
    for key, builder in linking.builders.items():
        side = linking.side(key)
        if side != own and builder.spans and side in linking.builders:
            weight[side] = weight.get(side, 0) + len(builder.spans)
    if not weight:
        return None
    side = max(sorted(weight), key=lambda k: weight[k])
    if linking.type_of(holder) == PERSON:
        persons = [(len(b.spans), k) for k, b in linking.builders.items()
                   if b.type == PERSON and not b.anonymous and linking.side(k) == side and b.spans]
        if persons:
            return max(persons)[1]
    return side
