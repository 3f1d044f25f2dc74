"""Build the spaCy pipeline: the French model, hyphenated gazetteer words kept whole, a full stop split off
"AfD.", elided words kept whole before a guillemet, double quotes read as guillemets, sentence breaks at
paragraph ends (and none after "M."), and a gazetteer ruler and acronym tagger before NER."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.model import ORGANISATION, PERSON
from kg.resources import Resources, fold

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["load_pipeline", "gazetteer_patterns", "as_guillemets", "DEFAULT_MODEL"]

DEFAULT_MODEL = "fr_core_news_md"
_LABELS = {PERSON: "PER", ORGANISATION: "ORG"}


def gazetteer_patterns(resources: Resources) -> tuple[list[dict], dict[str, list[str]]]:
    """EntityRuler phrase patterns for every gazetteer name, each with the entry's key as ``id``, and
    the short all-capital acronyms by label.

    Names match case-insensitively, with and without accents and with either apostrophe; acronyms
    ("UE", "ONU") match exactly, in their own component, and their entry is found again by name.
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
    return patterns, {label: sorted(words) for label, words in sorted(acronyms.items())}


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
    token, as "nord-coréen" already is, so that it is read as one adjective; and every hyphenated word
    of a gazetteer name ("Ching-te", whose "-te" the tokenizer takes for a pronoun) one word."""
    from spacy.attrs import ORTH
    for entry in sorted(resources.entries.values(), key=lambda e: e.key):
        words = {w for name in entry.names for w in name.split() if "-" in w.strip("-")}
        for form in sorted(set(entry.demonyms) | words):
            if "-" not in form:
                continue
            for variant in sorted({form, form[0].upper() + form[1:]}):
                if len(nlp.tokenizer(variant)) > 1:
                    nlp.tokenizer.add_special_case(variant, [{ORTH: variant}])


def _split_stop_after_mixed_case(nlp: "Language") -> None:
    """Split a full stop off a name that ends on a capital after a small letter ("l'AfD.", "le PiS."),
    which the French tokenizer keeps as one token, as it does not after "CDU" or "eBay": the sentence
    then ran on into the next."""
    from spacy.util import compile_suffix_regex
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-zà-ÿ][A-Z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


_ELIDED = ("c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu")


def _keep_elision_before_quote(nlp: "Language") -> None:
    """Keep an elided word whole before an opening guillemet ("d'« acte de guerre »", "l'«ingérence»"):
    the tokenizer took the guillemet, then the apostrophe, for suffixes ("d", "'", "«"), and left a
    glued guillemet inside the word ("d'«acte")."""
    from spacy.attrs import ORTH
    from spacy.util import compile_infix_regex
    for word in _ELIDED:
        for form in (word, word.capitalize()):
            for apostrophe in ("'", "\u2019"):
                nlp.tokenizer.add_special_case(f"{form}{apostrophe}«", [{ORTH: form + apostrophe}, {ORTH: "«"}])
    infixes = [*nlp.Defaults.infixes, r"(?<=['\u2019])«"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


_OPENING_QUOTES = {"\u201c": "«", "\u201e": "«", "\u201d": "»"}


def as_guillemets(text: str) -> str:
    """``text`` with its double quotes written as French guillemets, character for character, so that every
    offset stays: straight quotes open and close in turn within a paragraph, curly ones keep their side.

    >>> as_guillemets('Il a dénoncé un "acte de guerre" et un \u201cmensonge\u201d.')
    'Il a dénoncé un «acte de guerre» et un «mensonge».'
    """
    if '"' not in text and not any(q in text for q in _OPENING_QUOTES):
        return text
    chars, open_ = list(text), False
    for i, c in enumerate(chars):
        if c == "\n":
            open_ = False
        elif c == '"':
            chars[i] = "»" if open_ else "«"
            open_ = not open_
        elif c in _OPENING_QUOTES:
            chars[i] = _OPENING_QUOTES[c]
    return "".join(chars)


class _GuillemetTokenizer:
    """The model's tokenizer, reading double quotes as guillemets (every rule looks for « and »); the
    doc keeps the text it was given as ``user_data["kg_text"]``, which every span is cut from."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(as_guillemets(text))
        doc.user_data["kg_text"] = text
        return doc


class _Acronyms:
    """Tag each gazetteer acronym ("UE", "ONU", "AIEA"), matched exactly, as an entity of its label where
    the gazetteer ruler found no longer name: what a token pattern of the ruler did, at a fraction of
    its time (one look-up of every token's text in a set); and drop a gazetteer name the ruler found
    that a hyphen joins to a word of no other name ("FIM-CISL"), so that the tagger reads the whole."""

    def __init__(self, vocab, acronyms: dict[str, list[str]]):
        self.labels = {vocab.strings.add(word): label for label, words in sorted(acronyms.items()) for word in words}

    def __call__(self, doc):
        from spacy.attrs import ORTH
        from spacy.tokens import Span
        labels = self.labels
        orths = doc.to_array([ORTH]).tolist()
        found = [i for i, orth in enumerate(orths) if orth in labels]
        if any(_hyphened(doc, ent.start, ent.end) for ent in doc.ents):
            # a gazetteer name joined by a hyphen to a word of no other ("UNSA-ICNA") is part of another name
            # (not "RDC-Rwanda : ...")
            named = {t for ent in doc.ents for t in range(ent.start, ent.end)} | set(found)
            doc.ents = [ent for ent in doc.ents if not _hyphened(doc, ent.start, ent.end, named)]
        if found:
            taken = {t for ent in doc.ents for t in range(ent.start, ent.end)}
            named = taken | set(found)
            added = [Span(doc, i, i + 1, label=labels[orths[i]]) for i in found if i not in taken
                     and not _hyphened(doc, i, i + 1, named)]
            if added:
                doc.ents = sorted([*doc.ents, *added], key=lambda span: span.start)
        return doc


def _hyphened(doc, start: int, end: int, named=frozenset()) -> bool:
    """Whether the words from ``start`` to ``end`` are joined by a hyphen to a word before or after them
    that is not in ``named`` ("FIM-CISL", "UNSA-ICNA"): part of another name."""
    before = start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
        and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and start - 2 not in named
    after = end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-" \
        and not doc[end].whitespace_ and doc[end + 1].is_alpha and end + 1 not in named
    return before or after


_TITLES_WITH_STOP = frozenset({"M.", "MM.", "Mme.", "Mmes.", "Mlle.", "Mgr.", "Dr.", "Pr.", "Me.", "St."})


def _register_components() -> None:
    from spacy.language import Language

    if "kg_paragraphs" in Language.factories:
        return

    @Language.factory("kg_acronyms", default_config={"acronyms": {}})
    def acronyms(nlp, name, acronyms: dict[str, list[str]]):
        return _Acronyms(nlp.vocab, acronyms)

    @Language.component("kg_paragraphs")
    def paragraphs(doc):
        """Start a sentence after every line break: headlines and paragraphs never run together; and
        never right after a title's stop ("M. De Wever a jugé")."""
        from spacy.attrs import IS_SPACE, ORTH
        strings = doc.vocab.strings
        titles = {strings.add(t) for t in _TITLES_WITH_STOP}
        rows = doc.to_array([ORTH, IS_SPACE]).tolist()
        for i, (orth, space) in enumerate(rows[:-1]):
            if space and "\n" in strings[orth]:     # a line break is a token of white space
                doc[i + 1].is_sent_start = True
            elif orth in titles and not rows[i + 1][1]:
                doc[i + 1].is_sent_start = False
        return doc


def load_pipeline(resources: Resources, model: str = DEFAULT_MODEL) -> "Language":
    """Load ``model`` and add the tokenizer's special cases, the paragraph splitter, the gazetteer ruler
    and the acronym tagger.

    Raises ``KgError`` when the model is not installed.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise KgError(f"spaCy model {model!r} is not installed (pip install {model.replace('_', '-')})") from None
    _register_components()
    _keep_hyphenated_demonyms(nlp, resources)
    _split_stop_after_mixed_case(nlp)
    _keep_elision_before_quote(nlp)
    nlp.tokenizer = _GuillemetTokenizer(nlp.tokenizer)
    nlp.add_pipe("kg_paragraphs", before="parser")
    patterns, acronyms = gazetteer_patterns(resources)
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    ruler.add_patterns(patterns)
    nlp.add_pipe("kg_acronyms", after="entity_ruler", config={"acronyms": acronyms})
    return nlp
