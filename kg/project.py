"""RDF → NetworkX: the actor graph (one edge per stance, holder → target), events joined to their
participants, and stable relations; plus the signed view of the stances.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("a", "b", kind="stance", family="THREATEN")
0
>>> signed_view(g)["a"]["b"]["sign"]
-1
"""
from __future__ import annotations

import networkx as nx
from rdflib import Graph

__all__ = ["to_networkx", "signed_view", "stance_graph", "SIGNS", "FAMILY_SIGN"]

FAMILY_SIGN = {"APPROVE": 1, "ASSURE": 1, "THREATEN": -1, "WARN": -1, "DEMAND": -1, "DISAPPROVE": -1, "DENY": -1}
SIGNS = FAMILY_SIGN

_NODES = """
PREFIX schema: <https://schema.org/>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
SELECT ?n ?type ?name (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  VALUES ?type { schema:Person schema:Organization schema:Place }
  ?n a ?type ; schema:name ?name ; gaf:denotedBy ?m .
} GROUP BY ?n ?type ?name"""
_EVENTS = """
PREFIX kg: <https://w3id.org/newskg/def#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?e ?type ?label ?f WHERE {
  ?e a kg:Event ; sem:eventType/skos:prefLabel ?type ; rdfs:label ?label ; kg:factuality ?f . FILTER(LANG(?type) = "en")
}"""
_ROLES = """
PREFIX kg: <https://w3id.org/newskg/def#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?e ?a ?role WHERE {
  { ?e a kg:Event ; kg:agent ?a . BIND("agent" AS ?role) } UNION { ?e a kg:Event ; kg:patient ?a . BIND("patient" AS ?role) }
  UNION { ?e a kg:Event ; sem:hasActor ?a . BIND("participant" AS ?role) }
  UNION { ?e a kg:Event ; sem:hasPlace ?a . BIND("place" AS ?role) }
}"""
_STANCES = """
PREFIX kg: <https://w3id.org/newskg/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX gaf: <http://groundedannotationframework.org/gaf#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?s ?h ?t ?type ?family ?quote ?source ?evidence ?confidence WHERE {
  ?s a kg:Stance ; kg:holder ?h ; kg:target ?t ; kg:stanceType ?c ; kg:confidence ?confidence ;
     gaf:denotedBy/nif:anchorOf ?evidence .
  ?c skos:prefLabel ?type . FILTER(LANG(?type) = "en")
  ?c skos:broader* ?fc . ?fc skos:topConceptOf ?scheme . BIND(STRAFTER(STR(?fc), "type/") AS ?family)
  OPTIONAL { ?s kg:quote ?quote }
  OPTIONAL { ?s prov:wasAttributedTo/schema:name ?source }
}"""
_RELATIONS = """
PREFIX kg: <https://w3id.org/newskg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?s ?p ?o WHERE { ?r a kg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . }"""
_TYPE = {"Person": "Person", "Organization": "Organization", "Place": "Place"}


def _local(iri) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """The actor graph of an RDF graph: entity and event nodes; stance, participation and relation edges.

    Node ids are IRIs; nodes carry ``label``, ``kind`` (entity or event), ``type`` and ``mentions``;
    stance edges carry ``kind="stance"``, ``type``, ``family``, ``sign``, ``quote``, ``source``,
    ``evidence`` and ``confidence``. Only IRIs become nodes, never literals.
    """
    g = nx.MultiDiGraph()
    for n, type_, name, mentions in sorted(graph.query(_NODES), key=lambda r: str(r[0])):
        g.add_node(str(n), label=str(name), kind="entity", type=_TYPE[_local(type_)], mentions=int(mentions))
    for e, type_, label, f in sorted(graph.query(_EVENTS), key=lambda r: str(r[0])):
        shown = str(label) if str(label) == str(type_) else f"{label} ({type_})"
        g.add_node(str(e), label=shown, kind="event", type=str(type_), status=_local(f), mentions=1)
    seen = set()
    for e, a, role in sorted(graph.query(_ROLES), key=lambda r: tuple(map(str, r))):
        key = (str(a), str(e))
        if key in seen or str(a) not in g or str(e) not in g:
            continue
        seen.add(key)
        g.add_edge(str(a), str(e), key=f"{role}:{_local(e)}", kind="participant", role=str(role), label=str(role))
    for s, h, t, type_, family, quote, source, evidence, confidence in sorted(graph.query(_STANCES), key=lambda r: tuple(map(str, r))):
        if str(h) not in g or str(t) not in g:
            continue
        g.add_edge(str(h), str(t), key=f"{_local(s)}:{_local(t)}", kind="stance", stance=str(s), type=str(type_),
                   family=str(family), sign=FAMILY_SIGN[str(family)], quote=str(quote or ""),
                   source=str(source or ""), evidence=str(evidence), confidence=float(confidence), label=str(type_))
    for s, p, o in sorted(graph.query(_RELATIONS), key=lambda r: tuple(map(str, r))):
        if str(s) in g and str(o) in g:
            g.add_edge(str(s), str(o), key=f"{_local(p)}", kind="relation", predicate=_local(p), label=_local(p))
    return g


def stance_graph(g: nx.MultiDiGraph) -> nx.DiGraph:
    """Actors only, one weighted edge per (holder, target) pair summing their stances."""
    out = nx.DiGraph()
    out.add_nodes_from((n, d) for n, d in g.nodes(data=True) if d.get("kind") == "entity")
    for u, v, d in g.edges(data=True):
        if d.get("kind") == "stance" and u in out and v in out:
            w = out.get_edge_data(u, v, {"weight": 0})["weight"]
            out.add_edge(u, v, weight=w + 1)
    return out


def signed_view(g: nx.MultiDiGraph) -> nx.DiGraph:
    """One edge per (holder, target): ``sign`` +1 when its stances are on balance positive
    (APPROVE, ASSURE), -1 when negative, with ``weight`` the sum of stance signs."""
    out = nx.DiGraph()
    for u, v, d in g.edges(data=True):
        if d.get("kind") != "stance":
            continue
        family = d.get("family")
        w = out.get_edge_data(u, v, {"weight": 0})["weight"] + FAMILY_SIGN[family]
        out.add_edge(u, v, weight=w, sign=1 if w > 0 else -1)
    return out
