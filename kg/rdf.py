"""Model records → an RDF graph shaped as ontologies/ says. The only place IRIs are minted."""
from __future__ import annotations

import datetime as dt

import hashlib
from decimal import Decimal
from functools import lru_cache
from importlib import resources as importlib_resources

from rdflib import Graph, Literal, URIRef

from kg.naming import slug
from kg.model import ORGANISATION, PERSON, PLACE, Extraction, Span
from kg.vocab import GAF, ID, ITSRDF, KG, KGT, NIF, ORG, PROV, RDF, RDFS, SCHEMA, SEM, SKOS, WD, XSD, bind_prefixes

__all__ = ["to_graph", "doc_iri", "span_iri", "entity_iri", "ontology_graph", "PREDICATE_TERMS"]

_TYPES = {PERSON: SCHEMA.Person, ORGANISATION: SCHEMA.Organization, PLACE: SCHEMA.Place}
_SUBTYPES = {"Country": SCHEMA.Country, "City": SCHEMA.City, "Continent": SCHEMA.Continent,
             "Agency": SCHEMA.NewsMediaOrganization, "Seat": SCHEMA.GovernmentOrganization,
             "Government": SCHEMA.GovernmentOrganization, "IGO": SCHEMA.GovernmentOrganization,
             "Ministry": SCHEMA.GovernmentOrganization, "Parliament": SCHEMA.GovernmentOrganization,
             "Military": SCHEMA.GovernmentOrganization, "Police": SCHEMA.GovernmentOrganization,
             "Court": SCHEMA.GovernmentOrganization,
             "Party": SCHEMA.PoliticalParty, "Union": SCHEMA.WorkersUnion, "NGO": SCHEMA.NGO,
             "Company": SCHEMA.Corporation}
PREDICATE_TERMS = {"headOf": ORG.headOf, "memberOf": ORG.memberOf, "spokespersonOf": KG.spokespersonOf,
                   "locatedIn": SCHEMA.containedInPlace}
_FACTUALITY = {"Asserted": KG.Asserted, "Reported": KG.Reported, "Hypothetical": KG.Hypothetical,
               "Negated": KG.Negated, "Planned": KG.Planned}


def _hash(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]


def doc_iri(extraction: Extraction) -> URIRef:
    """The article's IRI: a hash of its URL, or of its text when it has none."""
    article = extraction.article
    return ID[f"doc/{_hash(article.url or article.text)}"]


def span_iri(doc: URIRef, span: Span) -> URIRef:
    """The NIF span IRI ``{doc}#offset_{begin}_{end}``."""
    return URIRef(f"{doc}#offset_{span.begin}_{span.end}")


def entity_iri(key: str, type_: str, wikidata: str | None) -> URIRef:
    """``…/entity/wd-Q6279`` when linked to Wikidata, else ``…/entity/{type}-{slug}``."""
    if wikidata:
        return ID[f"entity/wd-{wikidata}"]
    if key.startswith(("person-", "organization-", "organisation-", "place-")):
        return ID[f"entity/{key}"]
    kind = {ORGANISATION: "organization"}.get(type_, type_.lower())
    return ID[f"entity/{kind}-{slug(key)}"]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The ontology, the SKOS schemes and nothing else, parsed once."""
    graph = Graph()
    base = importlib_resources.files("kg.ontologies")
    for name in ("kg.ttl", "types.ttl"):
        graph.parse(data=base.joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return graph


def _provenance(g: Graph, node, confidence: float, rule: str, doc) -> None:
    """Why a derived node is there: its confidence, the rule that made it, the article it comes from."""
    g.add((node, KG.confidence, Literal(Decimal(str(confidence)))))
    g.add((node, KG.rule, Literal(rule)))
    g.add((node, PROV.wasDerivedFrom, doc))


def _date_literal(value: str) -> Literal:
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)
    return Literal(value, datatype=datatype)


def _concept(graph: Graph, concept: URIRef) -> None:
    """Copy a SKOS concept and its broader chain into ``graph``, so the graph says which family a type is in."""
    onto = ontology_graph()
    todo = [concept]
    while todo:
        node = todo.pop()
        if (node, RDF.type, SKOS.Concept) in graph:
            continue
        for p, o in onto.predicate_objects(node):
            if p in (RDF.type, SKOS.broader, SKOS.prefLabel, SKOS.notation, SKOS.inScheme, SKOS.topConceptOf):
                graph.add((node, p, o))
                if p == SKOS.broader:
                    todo.append(o)


def to_graph(extraction: Extraction) -> Graph:
    """The RDF graph of one article's extraction (no blank nodes)."""
    g = Graph()
    bind_prefixes(g)
    article = extraction.article
    text = article.text
    doc = doc_iri(extraction)
    g.add((doc, RDF.type, NIF.Context))
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    g.add((doc, NIF.isString, Literal(text)))
    g.add((doc, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((doc, NIF.endIndex, Literal(len(text), datatype=XSD.nonNegativeInteger)))
    g.add((doc, SCHEMA.inLanguage, Literal(article.lang)))
    g.add((doc, SCHEMA.name, Literal(article.name)))
    if article.date:
        g.add((doc, SCHEMA.datePublished, _date_literal(article.date)))
    if article.url:
        g.add((doc, SCHEMA.url, URIRef(article.url)))

    def span(s: Span, kind=NIF.Phrase) -> URIRef:
        node = span_iri(doc, s)
        g.add((node, RDF.type, NIF.OffsetBasedString))
        g.add((node, RDF.type, kind))
        g.add((node, NIF.beginIndex, Literal(s.begin, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.endIndex, Literal(s.end, datatype=XSD.nonNegativeInteger)))
        g.add((node, NIF.anchorOf, Literal(s.of(text))))
        g.add((node, NIF.referenceContext, doc))
        return node

    entities = {}
    for e in extraction.entities:
        node = entity_iri(e.key, e.type, e.wikidata)
        entities[e.key] = node
        g.add((node, RDF.type, _TYPES[e.type]))
        if e.subtype in _SUBTYPES:
            g.add((node, RDF.type, _SUBTYPES[e.subtype]))
        g.add((node, SCHEMA.name, Literal(e.name, lang=e.name_lang)))
        for alias in e.aliases:
            g.add((node, SCHEMA.alternateName, Literal(alias, lang=article.lang)))
        if e.wikidata:
            g.add((node, SCHEMA.sameAs, WD[e.wikidata]))
        if e.anonymous:
            g.add((node, KG.anonymous, Literal(True)))
        for s in e.mentions:
            g.add((node, GAF.denotedBy, span(s)))
        for s in e.names:
            # a proper name: the named-entity class and the entity it identifies, in NIF's ITS terms
            g.add((span(s), ITSRDF.taClassRef, _TYPES[e.type]))
            g.add((span(s), ITSRDF.taIdentRef, node))

    events = {}
    for ev in extraction.events:
        node = ID[f"event/{_hash(doc, ev.type, ev.span.begin, ev.span.end)}"]
        events[ev.key] = node
        concept = KGT[ev.type]
        _concept(g, concept)
        g.add((node, RDF.type, KG.Event))
        g.add((node, SEM.eventType, concept))
        g.add((node, RDFS.label, Literal(ev.cue, lang=article.lang)))
        for key in ev.actors:
            g.add((node, SEM.hasActor, entities[key]))
        for key in ev.agents:
            g.add((node, KG.agent, entities[key]))
        for key in ev.patients:
            g.add((node, KG.patient, entities[key]))
        if ev.place:
            g.add((node, SEM.hasPlace, entities[ev.place]))
        if ev.date and "W" in ev.date:
            # an ISO week has no XSD type: give its first and last days
            monday = dt.date.fromisocalendar(int(ev.date[:4]), int(ev.date[6:]), 1)
            g.add((node, SEM.hasEarliestBeginTimeStamp, Literal(monday.isoformat(), datatype=XSD.date)))
            g.add((node, SEM.hasLatestEndTimeStamp, Literal((monday + dt.timedelta(days=6)).isoformat(), datatype=XSD.date)))
        elif ev.date:
            g.add((node, SEM.hasTimeStamp, _date_literal(ev.date)))
        if ev.time_text:
            g.add((node, KG.timeExpression, Literal(ev.time_text, lang=article.lang)))
        if ev.duration:
            g.add((node, KG.duration, Literal(ev.duration, datatype=XSD.duration)))
        g.add((node, KG.factuality, _FACTUALITY[ev.factuality]))
        _provenance(g, node, ev.confidence, ev.rule, doc)
        for s in ev.mentions:
            g.add((node, GAF.denotedBy, span(s)))

    for st in extraction.stances:
        node = ID[f"stance/{_hash(doc, st.type, st.holder, st.targets, st.event_targets, st.span.begin, st.span.end, st.cue)}"]
        concept = KGT[st.type]
        _concept(g, concept)
        g.add((node, RDF.type, KG.Stance))
        g.add((node, KG.holder, entities[st.holder]))
        g.add((node, KG.stanceType, concept))
        for key in st.targets:
            g.add((node, KG.target, entities[key]))
        for key in st.event_targets:
            g.add((node, KG.target, events[key]))
        for key in st.about:
            g.add((node, KG.about, events[key]))
        if st.during:
            g.add((node, KG.during, events[st.during]))
        if st.quote:
            g.add((node, KG.quote, Literal(st.quote, lang=article.lang)))
        if st.topic:
            g.add((node, KG.topic, Literal(st.topic, lang=article.lang)))
        if st.source:
            g.add((node, PROV.wasAttributedTo, entities[st.source]))
        g.add((node, KG.factuality, _FACTUALITY[st.factuality]))
        if st.negated:
            g.add((node, KG.polarity, KG.Negative))
        g.add((node, KG.cue, Literal(st.cue, lang=article.lang)))
        _provenance(g, node, st.confidence, st.rule, doc)
        g.add((node, GAF.denotedBy, span(st.span, NIF.Sentence)))

    for r in extraction.relations:
        predicate = PREDICATE_TERMS[r.predicate]
        subject, obj = entities[r.subject], entities[r.object]
        g.add((subject, predicate, obj))
        node = ID[f"relation/{_hash(doc, r.subject, r.predicate, r.object)}"]
        g.add((node, RDF.type, KG.RelationAssertion))
        g.add((node, RDF.subject, subject))
        g.add((node, RDF.predicate, predicate))
        g.add((node, RDF.object, obj))
        _provenance(g, node, r.confidence, r.rule, doc)
        g.add((node, GAF.denotedBy, span(r.span)))
    return g
