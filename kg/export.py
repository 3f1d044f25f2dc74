"""Graph → files: Turtle, JSON-LD, N-Triples; deterministic bytes, written atomically."""
from __future__ import annotations

import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.vocab import PREFIXES

__all__ = ["Format", "serialize", "write_atomic", "load_graph"]


class Format(StrEnum):
    TURTLE = "ttl"
    JSONLD = "jsonld"
    NTRIPLES = "nt"
    HTML = "html"


def serialize(graph: Graph, fmt: Format) -> str:
    """The graph as text in ``fmt`` (``ttl``, ``jsonld`` or ``nt``), the same bytes for the same graph."""
    if fmt == Format.TURTLE:
        return graph.serialize(format="turtle")
    if fmt == Format.NTRIPLES:
        lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
        return "\n".join(lines) + "\n"
    if fmt == Format.JSONLD:
        context = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
        data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
        nodes = data.get("@graph", [data] if "@id" in data else [])
        for node in nodes:
            for key, value in node.items():
                if isinstance(value, list):
                    node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        data["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
        data.pop("@id", None)
        return json.dumps({"@context": context, "@graph": data["@graph"]}, ensure_ascii=False, indent=1,
                          sort_keys=True) + "\n"
    raise KgError(f"unknown format {fmt!r}")


def write_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` through a temporary file and a rename: never half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file written by ``kg build`` (format from the suffix).

    Raises ``KgError`` when the file is missing or not valid RDF.
    """
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such graph file")
    fmt = {".ttl": "turtle", ".jsonld": "json-ld", ".json": "json-ld", ".nt": "nt"}.get(path.suffix)
    if fmt is None:
        raise KgError(f"{path}: unknown graph format (use .ttl, .jsonld or .nt)")
    graph = Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise KgError(f"{path}: not a valid {fmt} graph: {first}") from None
    if len(graph) == 0:
        raise KgError(f"{path}: the graph is empty")
    return graph
