"""The ontology's terms as rdflib namespaces; a misspelt ``KG`` term fails at import time."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, OWL, RDF, RDFS, SKOS, XSD, PROV, ORG

__all__ = ["KG", "KGT", "ID", "SCHEMA", "NIF", "GAF", "SEM", "WD", "ITSRDF", "PREFIXES",
           "RDF", "RDFS", "OWL", "SKOS", "XSD", "PROV", "ORG", "bind_prefixes"]

BASE = "https://w3id.org/newskg/"


class KG(DefinedNamespace):
    """Terms of ``ontologies/kg.ttl``."""

    _NS = Namespace(BASE + "def#")
    _fail = True

    Stance: object
    Event: object
    RelationAssertion: object
    Factuality: object
    Polarity: object
    Asserted: object
    Reported: object
    Hypothetical: object
    Negated: object
    Planned: object
    Positive: object
    Negative: object
    holder: object
    target: object
    stanceType: object
    about: object
    during: object
    quote: object
    topic: object
    cue: object
    polarity: object
    factuality: object
    confidence: object
    rule: object
    agent: object
    patient: object
    duration: object
    timeExpression: object
    spokespersonOf: object
    anonymous: object


KGT = Namespace(BASE + "type/")
ID = Namespace(BASE + "id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")

PREFIXES = {
    "kg": KG._NS, "kgt": KGT, "ent": ID["entity/"], "ev": ID["event/"], "st": ID["stance/"],
    "rel": ID["relation/"], "doc": ID["doc/"], "schema": SCHEMA, "nif": NIF, "gaf": GAF, "sem": SEM,
    "prov": PROV, "org": ORG, "skos": SKOS, "owl": OWL, "rdfs": RDFS, "rdf": RDF, "xsd": XSD, "wd": WD,
    "itsrdf": ITSRDF,
}


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on ``graph`` (and only those)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
