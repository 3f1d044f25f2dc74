"""Named and ad hoc SPARQL over a graph: read-only, no SERVICE, no LOAD, no network."""
from __future__ import annotations

import csv
import io
import json
import re
from importlib import resources as importlib_resources

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError

__all__ = ["named_queries", "named_query", "resolve_query", "check_query", "run", "format_rows"]

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def named_queries() -> dict[str, str]:
    """Name → the one-line description that opens each ``kg/queries/*.rq`` file."""
    out = {}
    for item in sorted(importlib_resources.files("kg.queries").iterdir(), key=lambda p: p.name):
        if item.name.endswith(".rq"):
            first = item.read_text(encoding="utf-8").splitlines()[0]
            out[item.name[:-3]] = first.lstrip("# ").split(": ", 1)[-1]
    return out


def named_query(name: str) -> str:
    """The text of a named query; raises ``KgError`` for an unknown name."""
    if name not in named_queries():
        raise KgError(f"unknown query {name!r}; known: {', '.join(named_queries())}")
    return importlib_resources.files("kg.queries").joinpath(f"{name}.rq").read_text(encoding="utf-8")


def resolve_query(spec: str) -> str:
    """A named query's text when ``spec`` is a name, else ``spec`` itself as SPARQL."""
    return named_query(spec) if _NAME.match(spec.strip()) else spec


def check_query(text: str):
    """Parse ``text`` and refuse updates, ``SERVICE`` and ``LOAD``; returns the prepared query.

    Raises ``KgError`` with the parser's message for malformed SPARQL.
    """
    from rdflib.plugins.sparql import prepareQuery

    if re.search(r"\b(LOAD|INSERT|DELETE|DROP|CLEAR|CREATE)\b", _strip_strings(text), re.I):
        raise KgError("only read queries are allowed (no LOAD, INSERT, DELETE, DROP, CLEAR or CREATE)")
    try:
        prepared = prepareQuery(text)
    except Exception as exc:  # pyparsing and rdflib raise several types
        message = " ".join(str(exc).split())[:200]
        raise KgError(f"malformed SPARQL: {message}") from None
    if _has_service(prepared.algebra):
        raise KgError("SERVICE is not allowed: queries run on the local graph only")
    return prepared


def _strip_strings(text: str) -> str:
    text = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', text)
    return re.sub(r"#[^\n]*", "", re.sub(r"<[^>\s]*>", "<>", text))


def _has_service(node) -> bool:
    if getattr(node, "name", None) == "ServiceGraphPattern":
        return True
    if isinstance(node, dict):
        return any(_has_service(v) for v in node.values())
    if isinstance(node, (list, tuple)):
        return any(_has_service(v) for v in node)
    return False


def run(graph: Graph, text: str, params: dict[str, str] | None = None) -> tuple[list[str], list[list[Node | None]]]:
    """Run a SELECT (or ASK) query; returns the variable names and the rows.

    ``params`` binds variables to string literals (``{"actor": "Poutine"}``).
    """
    prepared = check_query(text)
    for name in re.findall(r"\(parameter (\w+)", text.split("\n", 1)[0]):
        if name not in (params or {}):
            raise KgError(f"this query needs a value: --param {name}=VALUE")
    bindings = {k: Literal(v) for k, v in (params or {}).items()}
    try:
        result = graph.query(prepared, initBindings=bindings)
    except Exception as exc:
        raise KgError(f"query failed: {' '.join(str(exc).split())[:200]}") from None
    if result.type == "ASK":
        return ["ask"], [[Literal(bool(result.askAnswer))]]
    if result.type != "SELECT":
        raise KgError("only SELECT and ASK queries print rows; use CONSTRUCT through kg serve")
    names = [str(v) for v in result.vars]
    return names, [list(row) for row in result]


def _plain(value: Node | None) -> str:
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return str(value)
    return str(value)


def format_rows(names: list[str], rows: list[list], fmt: str = "table") -> str:
    """Rows as an aligned text table, CSV or JSON (a list of objects)."""
    cells = [[_plain(v) for v in row] for row in rows]
    if fmt == "json":
        return json.dumps([dict(zip(names, row)) for row in cells], ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(cells)
        return buffer.getvalue()
    short = [[_shorten(c) for c in row] for row in cells]
    widths = [max([len(n)] + [len(r[i]) for r in short]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in short]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _shorten(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    for prefix in ("https://w3id.org/newskg/id/", "http://www.wikidata.org/entity/"):
        text = text.replace(prefix, "")
    return text if len(text) <= width else text[:width - 1] + "…"
