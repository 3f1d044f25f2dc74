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

    Short all-capital acronyms match exactly (one pattern per label, without ``id``: their entry is
    found by name); other names match case-insensitively, with and without accents and with either
    apostrophe.
    """
    patterns = []
    acronyms: dict[str, set[str]] = {}
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
                acronyms.setdefault(label, set()).add(variant)
            else:
                patterns.append({"label": label, "id": entry.key, "pattern": variant})
    # one token pattern per label: the token matcher's time grows with its number of patterns, and the
    # entry of an acronym is found again by its name
    for label, words in sorted(acronyms.items()):
        patterns.append({"label": label, "pattern": [{"ORTH": {"IN": sorted(words)}}]})
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


def _keep_hyphenated_demonyms(nlp: "Language", resources: Resources) -> None:
    """Make every hyphenated demonym the tokenizer would split ("sri-lankais" into three tokens) one
    token, as "nord-coréen" already is, so that it is read as one adjective."""
    from spacy.attrs import ORTH
    for entry in sorted(resources.entries.values(), key=lambda e: e.key):
        for form in entry.demonyms:
            if "-" not in form:
                continue
            for variant in sorted({form, form[0].upper() + form[1:]}):
                if len(nlp.tokenizer(variant)) > 1:
                    nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


_TITLES_WITH_STOP = frozenset({"M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mgr.", "Dr.", "Pr.", "Me.", "St."})


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraphs" in Language.factories:
        return

    @Language.component("kg_paragraphs")
    def paragraphs(doc):
        """Start a sentence after every line break: headlines and paragraphs never run together."""
        from spacy.attrs import ORTH
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array([ORTH]).tolist()]
        for i in range(1, len(texts)):          # a line break is a token of white space, read by its text
            if "\n" in texts[i - 1]:
                doc[i].is_sent_start = True
            elif texts[i - 1] in _TITLES_WITH_STOP:
                doc[i].is_sent_start = False    # "M. De Wever a jugé": no sentence ends at the title's stop
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
    _keep_hyphenated_demonyms(nlp, resources)
    nlp.add_pipe("kg_paragraphs", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(gazetteer_patterns(resources))
    return nlp
