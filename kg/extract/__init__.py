"""From a parsed spaCy Doc to grounded model records: mentions, entities, events, stances, relations.

spaCy types stop here: everything returned holds character offsets, never tokens.
"""
from __future__ import annotations

from kg.extract.document import Sentences
from kg.extract.events import extract_events
from kg.extract.mentions import find_mentions
from kg.extract.relations import extract_relations
from kg.extract.stances import extract_stances
from kg.link import link
from dataclasses import replace

from kg.model import Article, Entity, Event, Extraction, Relation, Stance
from kg.naming import agency_date
from kg.resources import Resources

__all__ = ["extract"]


def extract(doc, article: Article, resources: Resources) -> Extraction:
    """Extract everything from ``doc``, the parse of ``article.text``; an article with no date header takes
    the day its news agency's dateline gives in full ("Kingston, 29 octobre 2025 (AFP) - ")."""
    if article.date is None:
        months = {word: value for word, (kind, value) in resources.calendar.items() if kind == "month"}
        article = replace(article, date=agency_date(article.text, months))
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(article.text):
        doc.user_data.setdefault("kg_text", article.text)   # the text it was parsed from: no need to join its tokens
    sentences = Sentences(doc)
    mentions = find_mentions(doc, sentences, resources)
    linking = link(mentions, article, resources)
    events = extract_events(doc, sentences, linking, article, resources)
    relations = extract_relations(doc, sentences, linking, resources)
    stances = extract_stances(doc, sentences, linking, events, resources, relations)
    entities = linking.entities()
    return _grounded(Extraction(
        article=article,
        entities=entities,
        events=tuple(e.to_model() for e in events),
        stances=tuple(stances),
        relations=tuple(relations),
        sentences=tuple(sentences.spans),
    ), entities)


def _grounded(x: Extraction, entities: tuple[Entity, ...]) -> Extraction:
    """Only actors the text mentions: a key with no mention (a state a city stands for, an office's
    state named nowhere) is left out of events, stances and relations, which then keep what remains."""
    known = {e.key for e in entities}

    def keep(keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(k for k in keys if k in known)

    def event(e: Event) -> Event:
        if all(k in known for k in e.agents + e.patients + e.participants) and (e.place is None or e.place in known):
            return e
        return replace(e, agents=keep(e.agents), patients=keep(e.patients), participants=keep(e.participants),
                       place=e.place if e.place in known else None)

    def stance(s: Stance) -> Stance:
        if all(k in known for k in s.targets) and (s.source is None or s.source in known):
            return s
        return replace(s, targets=keep(s.targets),
                       source=s.source if s.source in known else None)

    def relation(r: Relation) -> bool:
        return r.subject in known and r.object in known

    return replace(x, events=tuple(event(e) for e in x.events),
                   stances=tuple(stance(s) for s in x.stances if s.holder in known),
                   relations=tuple(r for r in x.relations if relation(r)))
