"""Frozen records that flow through the pipeline: articles, spans, entities, stances, events, relations.

Every record is grounded by character offsets into ``Article.text`` and holds no
reference to spaCy or rdflib objects, so stages stay independent.
"""
from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Article", "Span", "Mention", "Entity", "Stance", "Event", "Relation", "Extraction",
    "PERSON", "ORGANISATION", "PLACE", "ENTITY_TYPES", "FAMILIES",
]

PERSON, ORGANISATION, PLACE = "Person", "Organisation", "Place"
ENTITY_TYPES = (PERSON, ORGANISATION, PLACE)
FAMILIES = ("THREATEN", "WARN", "DEMAND", "APPROVE", "DISAPPROVE", "ASSURE", "DENY")


@dataclass(frozen=True)
class Article:
    """A news article: ``text`` is the string every offset counts in.

    >>> Article(text="Joe Biden a menacé Vladimir Poutine.", name="a").text[:9]
    'Joe Biden'
    """

    text: str
    name: str
    date: str | None = None
    lang: str = "fr"
    url: str | None = None


@dataclass(frozen=True, order=True)
class Span:
    """A half-open character range ``[begin, end)`` of the article text."""

    begin: int
    end: int

    def of(self, text: str) -> str:
        """The span's words in ``text``.

        >>> Span(4, 9).of("Joe Biden")
        'Biden'
        """
        return text[self.begin:self.end]


@dataclass(frozen=True)
class Entity:
    """One real-world actor, organisation or place, with every mention of it."""

    key: str
    name: str
    type: str
    subtype: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    anonymous: bool = False
    name_lang: str | None = None
    names: tuple[Span, ...] = ()       # the mentions that are proper names (not descriptions or demonyms)


@dataclass(frozen=True)
class Event:
    """Something that happened, is planned or is only envisaged."""

    key: str
    type: str
    span: Span
    cue: str
    agents: tuple[str, ...] = ()
    patients: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    time_text: str | None = None
    duration: str | None = None
    factuality: str = "Asserted"
    mentions: tuple[Span, ...] = ()
    confidence: float = 0.8
    rule: str = ""

    @property
    def actors(self) -> tuple[str, ...]:
        """Every participant, agents and patients first, without repeats."""
        return tuple(dict.fromkeys(self.agents + self.patients + self.participants))


@dataclass(frozen=True)
class Stance:
    """A position an actor takes toward actors, events or a topic, as the article reports it."""

    holder: str
    type: str
    family: str
    span: Span
    cue: str
    targets: tuple[str, ...] = ()
    event_targets: tuple[str, ...] = ()
    about: tuple[str, ...] = ()
    during: str | None = None
    topic: str | None = None
    quote: str | None = None
    source: str | None = None
    factuality: str = "Asserted"
    negated: bool = False
    confidence: float = 0.8
    rule: str = ""


@dataclass(frozen=True)
class Relation:
    """A stable relation between two entities stated or presupposed by the article."""

    subject: str
    predicate: str
    object: str
    span: Span
    confidence: float = 0.8
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    stances: tuple[Stance, ...] = ()
    relations: tuple[Relation, ...] = ()
    sentences: tuple[Span, ...] = field(default=())

    def entity(self, key: str) -> Entity:
        """The entity with ``key``; raises ``KeyError`` when there is none."""
        for entity in self.entities:
            if entity.key == key:
                return entity
        raise KeyError(key)


@dataclass(frozen=True)
class Mention:
    """A stretch of text that refers to an actor, before linking.

    ``kind`` is one of ``name``, ``demonym``, ``role``, ``anonymous``, ``government``,
    ``group`` (e.g. "les deux leaders"); ``key`` is a gazetteer key when known;
    ``of`` is the state or organisation a description relates to ("russe" in
    "le président russe"); ``start``/``end``/``sent`` are token and sentence indexes.
    """

    span: Span
    text: str
    kind: str
    type: str
    start: int
    end: int
    sent: int
    key: str | None = None
    of: str | None = None
    role: str | None = None
    relation: str | None = None
    gender: str | None = None
    count: int = 1
    locative: bool = False
    subject: bool = False          # the mention is the grammatical subject of its clause
