"""Build the spaCy pipeline: the French model, sentence breaks at paragraph ends, and a gazetteer ruler before NER."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.model import ORGANISATION, PERSON
from kg.resources import Resources, fold

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_pipeline", "gazetteer_patterns", "DEFAULT_MODEL"]

DEFAULT_MODEL = "fr_core_news_md"
_LABELS = {PERSON: "PER", ORGANISATION: "ORG"}


def gazetteer_patterns(resources: Resources) -> list[dict]:
    """EntityRuler patterns for every gazetteer name, each with the entry's key as ``id``.

    Short all-capital acronyms match exactly; other names match case-insensitively,
    with and without accents and with either apostrophe.
    """
    patterns = []
    for entry in sorted(resources.entries.values(), key=lambda e: e.key):
        label = _LABELS.get(entry.type, "LOC")
        variants: set[str] = set()
        for name in entry.names:
            for form in (name, name.replace("'", "\u2019")):
                variants.add(form)
                if fold(form) != form.lower():
                    variants.add(_strip_accents(form))
                    variants.add(_strip_capital_accents(form))   # "Etats", "Elysée": capitals often unaccented
        for variant in sorted(variants):
            if variant.isupper() and len(variant) <= 4:
                patterns.append({"label": label, "id": entry.key, "pattern": [{"ORTH": variant}]})
            else:
                patterns.append({"label": label, "id": entry.key, "pattern": variant})
    return patterns


def _strip_capital_accents(text: str) -> str:
    """
    >>> _strip_capital_accents("Communauté des États")
    'Communauté des Etats'
    """
    return "".join(_strip_accents(c) if c.isupper() else c for c in text)


def _strip_accents(text: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraphs" in Language.factories:
        return

    @Language.component("kg_paragraphs")
    def paragraphs(doc):
        """Start a sentence after every line break: headlines and paragraphs never run together."""
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if "\n" in previous.text or "\n" in previous.whitespace_:
                token.is_sent_start = True
            elif not token.is_space and token.i > 1 and previous.is_space and "\n" in previous.text:
                token.is_sent_start = True
        return doc


def load_pipeline(resources: Resources, model: str = DEFAULT_MODEL) -> "Language":
    """Load ``model`` and add the paragraph splitter and the gazetteer ruler.

    Raises ``KgError`` when the model is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise KgError(f"spaCy model {model!r} is not installed (pip install {model.replace('_', '-')})") from None
    _register_components()
    nlp.add_pipe("kg_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(resources))
    return nlp
