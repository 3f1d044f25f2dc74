"""A read-only SPARQL 1.1 Protocol endpoint on loopback, over an Oxigraph store of one graph file.

Queries are checked first (no SERVICE, no LOAD, no update), so the endpoint never reaches the network.
"""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from kg.errors import KgError

__all__ = ["make_server", "load_store"]

_RESULTS = {"application/sparql-results+json": "JSON", "application/sparql-results+xml": "XML",
            "text/csv": "CSV", "text/tab-separated-values": "TSV"}
_GRAPHS = {"text/turtle": "TURTLE", "application/ld+json": "JSON_LD", "application/n-triples": "N_TRIPLES",
           "application/rdf+xml": "RDF_XML"}


def load_store(path: str | Path):
    """An in-memory Oxigraph store holding the graph file ``path`` (Turtle, JSON-LD or N-Triples)."""
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file")
    fmt = {".ttl": ox.RdfFormat.TURTLE, ".jsonld": ox.RdfFormat.JSON_LD, ".nt": ox.RdfFormat.N_TRIPLES}.get(path.suffix)
    if fmt is None:
        raise KgError(f"{path}: unknown graph format (use .ttl, .jsonld or .nt)")
    store = ox.Store()
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"{path}: not a valid graph: {str(exc).splitlines()[0]}") from None
    return store


def _pick(accept: str, table: dict[str, str], default: str) -> tuple[str, str]:
    for part in (accept or "").split(","):
        mime = part.split(";")[0].strip()
        if mime in table:
            return mime, table[mime]
    return default, table[default]


def make_server(store, host: str = "127.0.0.1", port: int = 7878) -> HTTPServer:
    """An HTTP server answering SPARQL queries at ``/sparql`` (GET ``?query=`` or POST)."""
    import pyoxigraph as ox

    from kg.query import check_query

    if host not in ("127.0.0.1", "localhost", "::1"):
        raise KgError("the endpoint listens on loopback only (127.0.0.1, localhost or ::1)")

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/0.1"

        def log_message(self, *args):  # quiet: a query log is not wanted on stderr
            pass

        def _answer(self, status: int, body: bytes, mime: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", mime)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _query(self, text: str | None) -> None:
            if not text:
                return self._answer(400, b"missing query\n", "text/plain; charset=utf-8")
            try:
                check_query(text)
                result = store.query(text)
            except KgError as exc:
                return self._answer(400, f"{exc}\n".encode(), "text/plain; charset=utf-8")
            except (SyntaxError, ValueError, OSError) as exc:
                return self._answer(400, f"query failed: {exc}\n".encode(), "text/plain; charset=utf-8")
            accept = self.headers.get("Accept", "")
            if isinstance(result, ox.QueryTriples):
                mime, name = _pick(accept, _GRAPHS, "text/turtle")
                body = result.serialize(format=getattr(ox.RdfFormat, name))
            else:
                mime, name = _pick(accept, _RESULTS, "application/sparql-results+json")
                body = result.serialize(format=getattr(ox.QueryResultsFormat, name))
            del result          # Oxigraph results must be freed on the thread that made them
            self._answer(200, body, mime)

        def do_GET(self):
            url = urlparse(self.path)
            if url.path not in ("/sparql", "/query"):
                return self._answer(404, b"the endpoint is /sparql\n", "text/plain; charset=utf-8")
            self._query((parse_qs(url.query).get("query") or [None])[0])

        def do_POST(self):
            url = urlparse(self.path)
            if url.path not in ("/sparql", "/query"):
                return self._answer(404, b"the endpoint is /sparql\n", "text/plain; charset=utf-8")
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if kind == "application/sparql-query":
                return self._query(body)
            if kind == "application/sparql-update" or "update" in parse_qs(body):
                return self._answer(403, b"this endpoint is read-only\n", "text/plain; charset=utf-8")
            self._query((parse_qs(body).get("query") or [None])[0])

    try:
        return HTTPServer((host, port), Handler)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
