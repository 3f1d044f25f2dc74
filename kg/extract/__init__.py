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
from kg.model import Article, Extraction
from kg.resources import Resources

__all__ = ["extract"]


def extract(doc, article: Article, resources: Resources) -> Extraction:
    """Extract everything from ``doc``, the parse of ``article.text``."""
    sentences = Sentences(doc)
    mentions = find_mentions(doc, sentences, resources)
    linking = link(mentions, article, resources)
    events = extract_events(doc, sentences, linking, article, resources)
    stances = extract_stances(doc, sentences, linking, events, resources)
    relations = extract_relations(doc, sentences, linking, resources)
    return Extraction(
        article=article,
        entities=linking.entities(),
        events=tuple(e.to_model() for e in events),
        stances=tuple(stances),
        relations=tuple(relations),
        sentences=tuple(sentences.spans),
    )
