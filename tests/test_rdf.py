"""The graphs written: standard, grounded, deterministic, and readable by independent parsers."""
import json
import shutil
import subprocess

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph

from kg.export import Format, serialize
from kg.rdf import ontology_graph, to_graph
from kg.vocab import KG, NIF, RDF


def test_rdf_no_blank_nodes_and_anchors_match(seed_extraction):
    g = to_graph(seed_extraction)
    assert not any(isinstance(t, BNode) for triple in g for t in triple)
    text = str(next(g.objects(None, NIF.isString)))
    spans = list(g.subjects(RDF.type, NIF.OffsetBasedString))
    assert len(spans) > 30
    for span in spans:
        begin, end = int(g.value(span, NIF.beginIndex)), int(g.value(span, NIF.endIndex))
        assert str(g.value(span, NIF.anchorOf)) == text[begin:end]


def test_rdf_terms_used_exist_in_the_ontology(seed_extraction):
    onto = ontology_graph()
    used = {t for triple in to_graph(seed_extraction) for t in triple if str(t).startswith(str(KG._NS))}
    assert used and all((t, None, None) in onto for t in used)


def test_rdf_same_input_same_bytes(seed_extraction, pipeline, seed_article):
    again = pipeline.extract(seed_article)
    for fmt in (Format.TURTLE, Format.JSONLD, Format.NTRIPLES):
        assert serialize(to_graph(seed_extraction), fmt) == serialize(to_graph(again), fmt)


@pytest.mark.parametrize("suffix, fmt", [("ttl", ox.RdfFormat.TURTLE), ("jsonld", ox.RdfFormat.JSON_LD),
                                         ("nt", ox.RdfFormat.N_TRIPLES)])
def test_rdf_second_parser_reads_every_format(built, suffix, fmt):
    path = built / f"biden-poutine.fr.{suffix}"
    theirs = list(ox.parse(path=str(path), format=fmt))
    ours = Graph().parse(built / "biden-poutine.fr.ttl")
    assert len(theirs) == len(ours)


@pytest.mark.parametrize("tool, args", [("rapper", ["-i", "turtle", "-c"]), ("serdi", ["-i", "turtle", "-o", "ntriples"])])
def test_rdf_debian_parsers_accept_the_turtle(seed_ttl, tool, args):
    assert shutil.which(tool), f"{tool} is installed by scripts/setup.sh"
    result = subprocess.run([tool, *args, str(seed_ttl)] + (["file:///base"] if tool == "rapper" else []),
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_rdf_stance_carries_family_in_graph(seed_ttl):
    store = ox.Store()
    store.load(path=str(seed_ttl), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/newskg/def#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?family WHERE { ?s a kg:Stance ; kg:stanceType/skos:broader ?family }"""))
    families = {str(r["family"].value).rsplit("/", 1)[-1] for r in rows}
    assert {"THREATEN", "APPROVE", "DENY", "ASSURE"} <= families


def test_rdf_jsonld_is_sorted_json(built):
    data = json.loads((built / "biden-poutine.fr.jsonld").read_text(encoding="utf-8"))
    ids = [node["@id"] for node in data["@graph"]]
    assert ids == sorted(ids)
