"""Check a graph against the SHACL shapes of ontologies/ and report violations in plain words."""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources as importlib_resources

from rdflib import Graph
from rdflib.namespace import SH

__all__ = ["Violation", "validate"]


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f" ({self.path})" if self.path else ""
        return f"{self.focus}{where}: {self.message}"


def _shapes() -> Graph:
    shapes = Graph()
    shapes.parse(data=importlib_resources.files("kg.ontologies").joinpath("shapes.ttl").read_text(encoding="utf-8"),
                 format="turtle")
    return shapes


def validate(graph: Graph) -> list[Violation]:
    """The SHACL violations of ``graph``, sorted; an empty list means the graph conforms."""
    from pyshacl import validate as shacl_validate

    conforms, report, _ = shacl_validate(graph, shacl_graph=_shapes(), inference="none", advanced=True,
                                         allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        out.append(Violation(str(focus), _short(path), str(message or "does not satisfy its shape")))
    return sorted(set(out))


def _short(path) -> str:
    if path is None:
        return ""
    text = str(path)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
