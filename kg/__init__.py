"""kg: grounded RDF knowledge graphs of French news, with attributed stances.

>>> from kg import Article
>>> Article(text="Joe Biden a menacé Vladimir Poutine.", name="a").lang
'fr'
"""
from kg.errors import KgError
from kg.model import Article, Entity, Event, Extraction, Relation, Span, Stance

__all__ = ["Article", "Entity", "Event", "Extraction", "KgError", "Relation", "Span", "Stance",
           "Pipeline", "build", "to_graph", "load_graph"]
__version__ = "0.1.0"


def __getattr__(name):
    # heavy parts load on first use, so that `kg query` never imports spaCy
    if name in ("Pipeline", "build"):
        from kg import pipeline
        return getattr(pipeline, name)
    if name == "to_graph":
        from kg.rdf import to_graph
        return to_graph
    if name == "load_graph":
        from kg.export import load_graph
        return load_graph
    raise AttributeError(name)
