"""Compose the stages: read → parse → extract → RDF → files. The only module that knows their order."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.export import Format, serialize, write_atomic
from kg.model import Article, Extraction
from kg.resources import Resources, load

__all__ = ["Pipeline", "Built", "build", "summary"]


@dataclass(frozen=True)
class Built:
    """What ``build`` wrote for one article."""

    extraction: Extraction
    files: tuple[Path, ...]


class Pipeline:
    """A loaded spaCy model and the language data: load once, extract many articles.

    >>> # Pipeline().extract(Article(text="Joe Biden a menacé Vladimir Poutine.", name="a"))
    """

    def __init__(self, model: str | None = None, lang: str = "fr", resources: Resources | None = None):
        from kg.nlp import DEFAULT_MODEL, load_pipeline

        self.resources = resources or load(lang)
        self.nlp = load_pipeline(self.resources, model or DEFAULT_MODEL)

    def extract(self, article: Article) -> Extraction:
        from kg.extract import extract

        return extract(self.nlp(article.text), article, self.resources)

    def extract_many(self, articles: list[Article]) -> list[Extraction]:
        from kg.extract import extract

        docs = self.nlp.pipe([a.text for a in articles])
        return [extract(doc, article, self.resources) for doc, article in zip(docs, articles)]


def outputs(extraction: Extraction, out_dir: Path, formats: list[Format]) -> dict[Path, str]:
    """The files of one article, path → text, rendered in memory (nothing is written here)."""
    from kg.rdf import to_graph

    graph = to_graph(extraction)
    stem = extraction.article.name.rsplit(".", 1)[0] if extraction.article.name.endswith((".txt", ".md")) else extraction.article.name
    files = {}
    for fmt in formats:
        path = out_dir / f"{stem}.{fmt.value}"
        if fmt == Format.HTML:
            from kg.project import to_networkx
            from kg.render import render_html

            files[path] = render_html(to_networkx(graph), title=extraction.article.name)
        else:
            files[path] = serialize(graph, fmt)
    return files


def build(paths: list[str | Path], out_dir: str | Path, formats: list[Format] | None = None,
          model: str | None = None, pipeline: Pipeline | None = None) -> list[Built]:
    """Read the articles, extract them with one model, and write each one's files to ``out_dir``.

    Every file of every article is rendered before the first is written, so a failure leaves no
    partial output. Raises ``KgError`` for unreadable input.
    """
    from kg.sources import read_many

    articles = read_many(list(paths))
    formats = formats or [Format.TURTLE, Format.JSONLD, Format.HTML]
    pipeline = pipeline or Pipeline(model)
    out_dir = Path(out_dir)
    rendered = [(x, outputs(x, out_dir, formats)) for x in pipeline.extract_many(articles)]
    built = []
    for extraction, files in rendered:
        written = tuple(write_atomic(path, text) for path, text in files.items())
        built.append(Built(extraction, written))
    return built


def summary(extraction: Extraction) -> str:
    """A short account of one article's graph: entities, stances and events by type."""
    def counts(items) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(Counter(items).items())) or "none"

    x = extraction
    return "\n".join([
        f"{x.article.name}: {len(x.entities)} entities, {len(x.stances)} stances, {len(x.events)} events, "
        f"{len(x.relations)} relations",
        f"  entities  {counts(e.type for e in x.entities)}",
        f"  stances   {counts(s.family for s in x.stances)}",
        f"  events    {counts(e.type for e in x.events)}",
    ])
