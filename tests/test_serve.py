"""The SPARQL endpoint, driven by a real SPARQL client over loopback."""
import threading

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.serve import load_store, make_server


@pytest.fixture(scope="module")
def endpoint(seed_ttl):
    server = make_server(load_store(seed_ttl), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()
    server.server_close()


def test_serve_select_and_construct(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/def#> SELECT (COUNT(?s) AS ?n) WHERE { ?s a kg:Stance }")
    client.setReturnFormat(JSON)
    n = int(client.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n >= 10
    client.setQuery("PREFIX kg: <https://w3id.org/newskg/def#> CONSTRUCT { ?s kg:holder ?h } WHERE { ?s kg:holder ?h }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.queryAndConvert(), format="turtle")
    assert len(graph) == n


def test_serve_refuses_service(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()
