"""Sentence segmentation and token helpers shared by the extractors."""
from __future__ import annotations

import re
from functools import cached_property

from kg.model import Span
from kg.resources import fold

__all__ = ["Sentences", "tokens_of", "children", "lemma", "norm", "feats", "text_of", "aux_start", "QUOTE_OPEN", "QUOTE_CLOSE",
           "NUMBERED_SERIES", "becoming_member"]

QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
NUMBERED_SERIES = re.compile(r"([A-Z]{2,})(\d{1,3})")    # "COP28": the letters name a series of events (events.tsv)
_END = {".", "!", "?", "…"}


def norm(token) -> str:
    """The token's folded text (read from the sentences of the doc being read, when they are known)."""
    if token.doc is _LEMMAS[0]:
        return _LEMMAS[2][token.i]
    return fold(token.text)


def text_of(doc) -> str:
    """``doc.text``, built once: spaCy joins every token each time it is asked."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def lemma(token) -> str:
    """The token's folded lemma; a verb of the first group the lemmatizer left as written ("je vous
    demande" → "demande") gets its infinitive ("demander"). Read from the sentences of the doc being read
    when they are known (the scans ask for the same lemmas again and again)."""
    if token.doc is _LEMMAS[0]:
        return _LEMMAS[1][token.i]
    return _verb_lemma(fold(token.lemma_), fold(token.text), token.pos_)


_LEMMAS: list = [None, [], []]       # the doc whose Sentences were read last, its tokens' lemmas and folded texts


SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles", "on"}
# object pronouns before a verb, and the gender each tells ("le" a man, "la" a woman, the others either)
OBJECT_CLITICS = {"le": "m", "la": "f", "l'": None, "les": None, "lui": None, "leur": None}
# verb forms the tagger reads as other words after a subject ("il dément", "qui dément": an adverb to it)
MISREAD_VERBS = {"dement": "dementir", "dementent": "dementir"}


def _verb_lemma(base: str, word: str, pos: str) -> str:
    # (an infinitive in -re is its own lemma: "attendre", "prendre", "répondre")
    if pos == "VERB" and base == word and len(word) > 3 and word.endswith("e") and not word.endswith("re"):
        return word + "r"
    return base


def aux_start(doc, i: int) -> int:
    """The first token of the verb group ending at ``i`` (auxiliaries, inverted clitics, "ne", and an
    adverb quoted between auxiliary and participle: "a « fermement » condamné")."""
    toks = tokens_of(doc)
    j = i
    while j > 0:
        if toks[j - 1].pos_ == "AUX" or norm(toks[j - 1]) in ("-t", "-il", "-elle", "-ils", "t", "ne", "n'", "s'", "se") \
                or toks[j - 1].dep_.startswith("aux"):
            j -= 1
        elif j == i and j >= 4 and toks[j - 1].text == QUOTE_CLOSE and toks[j - 3].text == QUOTE_OPEN \
                and toks[j - 4].pos_ == "AUX":
            j -= 3
        else:
            break
    return j


def becoming_member(token, times):
    """The verb "devenir" a noun "membre" completes ("est devenu dimanche le onzième membre de l'Asean": the
    parser may hang the noun on the day, one of ``times``), else None; not "pour ses membres"."""
    head = token.head
    verb = head if head.pos_ in ("VERB", "AUX") else head.head \
        if head.dep_ == "obl:mod" or norm(head) in times else None
    if verb is None or lemma(verb) != "devenir" or any(c.dep_ == "case" for c in children(token)):
        return None
    return verb


def detached_subject(verb):
    """The noun the parser left as a root of its own before ``verb``, a root with no subject, when only an
    apposition set off by commas lies between them ("L'ouragan X, de catégorie 5, a touché terre": the
    hurricane), else None."""
    toks = tokens_of(verb.doc)
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i != verb.i \
            or any(c.dep_.startswith(("nsubj", "expl")) for c in children(verb)):
        return None
    start = aux_start(verb.doc, verb.i)
    if start < 2 or toks[start - 1].text != ",":
        return None
    k = start - 2
    while k > 0 and toks[k].head.i != toks[k].i and toks[k].text != "\n":
        k -= 1                            # back to the root the words before hang on
    while k > 0 and toks[k - 1].pos_ in ("NOUN", "PROPN") and toks[k - 1].head.i == k - 1:
        k -= 1                            # (a name the parser left in roots of their own: "ouragan", "Melissa")
    noun = toks[k]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.head.i != noun.i or verb.i - noun.i > 12 \
            or not all(t.head.i >= noun.i or t.i == noun.i for t in toks[noun.i:start]) \
            or not any(toks[t].text == "," for t in range(noun.i + 1, start - 1)):
        return None
    return noun


def tokens_of(doc) -> list:
    """Every token of ``doc`` in a list, made once: indexing a Doc builds a new Token each time, which the
    scans over every word would otherwise pay for again and again."""
    if _LAST[0] is doc:                   # the helpers ask again and again for the doc being read
        return _LAST[1]
    found = doc.user_data.get("kg.tokens")
    if found is None:
        found = doc.user_data["kg.tokens"] = list(doc)
    _LAST[:] = [doc, found]
    return found


_LAST: list = [None, None]


def children(token) -> list:
    """``token.children``, in text order, from a table built once per doc: spaCy walks the token's whole
    subtree and builds new Token objects on every call, and the rules ask for the same children again and
    again."""
    doc = token.doc
    if _CHILDREN[0] is not doc:
        from spacy.attrs import HEAD
        toks = tokens_of(doc)
        table: list[list] = [[] for _ in toks]
        # relative offsets, stored unsigned: read them back as signed 64-bit numbers
        for i, offset in enumerate(doc.to_array([HEAD]).tolist()):
            if offset:
                table[i + (offset - (1 << 64) if offset >= 1 << 63 else offset)].append(toks[i])
        _CHILDREN[:] = [doc, table]
    return _CHILDREN[1][token.i]


_CHILDREN: list = [None, None]


def feats(token, name: str) -> list[str]:
    """``token.morph.get(name)``, the values of one morphological feature ("Tense" → ["Past"]), from a
    table read once per doc: spaCy parses the analysis again on every call."""
    doc = token.doc
    if _FEATS[0] is not doc:
        from spacy.attrs import MORPH
        strings = doc.vocab.strings
        table = []
        for h in doc.to_array([MORPH]).tolist():
            text = strings[h] if h else ""
            parsed = _ANALYSES.get(text)
            if parsed is None:
                parsed = _ANALYSES[text] = {k: v.split(",") for k, _, v in
                                            (f.partition("=") for f in text.split("|")) if v}
            table.append(parsed)
        _FEATS[:] = [doc, table]
    return _FEATS[1][token.i].get(name, [])


_FEATS: list = [None, None]
_ANALYSES: dict[str, dict[str, list[str]]] = {}     # the same analyses come back in every article
_WORDS: dict[tuple[int, int, str], tuple[str, str, str]] = {}   # (text id, lemma id, part of speech) → text, folded text, lemma


class Sentences:
    """Sentences by line breaks and final punctuation, sturdier on news layout than the parser's.

    ``of[i]`` is the sentence index of token ``i``; ``spans`` the character span of each
    sentence, without surrounding space; ``texts``, ``norms``, ``lemmas`` and ``pos`` each token's
    text, folded text, folded lemma and part of speech ("SPACE" for white space).
    """

    def __init__(self, doc):
        self.of: list[int] = []
        # each token's folded text, folded lemma and part of speech, read once for the scans over every token
        self.texts: list[str] = []
        self.norms: list[str] = []
        self.lemmas: list[str] = []
        self.pos: list[str] = []
        bounds: list[list[int]] = []
        current = -1
        previous = None
        # read as arrays of string ids, without making a Token object for each word
        from spacy.attrs import IS_SPACE, LEMMA, ORTH, POS
        from spacy.parts_of_speech import NAMES
        strings = doc.vocab.strings
        for i, (orth, base, tag, space) in enumerate(doc.to_array([ORTH, LEMMA, POS, IS_SPACE]).tolist()):
            part = "SPACE" if space else NAMES.get(tag, "")
            read = _WORDS.get((orth, base, part))     # the same words come back in every article
            if read is None:
                text = strings[orth]
                read = _WORDS[(orth, base, part)] = (text, fold(text), _verb_lemma(fold(strings[base]), fold(text), part))
            text, folded, base_form = read
            if folded in MISREAD_VERBS and self.norms and (self.norms[-1] in SUBJECT_PRONOUNS or self.norms[-1] == "qui"
                                                           or self.norms[-1] == ","
                                                           or self.pos[-1] in ("NOUN", "PROPN", "ADJ")):
                base_form, part = MISREAD_VERBS[folded], "VERB"    # "ce qu'il dément", "qui dément toute
                #                                                     irrégularité", "ce que le gouvernement
                #                                                     dément", "M. X, qui ..., dément toute faute":
                #                                                     a verb the tagger took for an adverb
            self.texts.append(text)
            self.norms.append(folded)
            self.lemmas.append(base_form)
            self.pos.append(part)
            if space:
                self.of.append(max(current, 0))
                if "\n" in text and bounds:
                    previous = "\n"
                continue
            starts = current < 0 or previous == "\n" or (
                previous in _END and (text[:1].isupper() or text in (QUOTE_OPEN, "-", "–")))
            if previous in _END and text == QUOTE_CLOSE:
                starts = False
            if starts and text in ("-", "–") and previous not in ("\n",) and current >= 0:
                starts = False
            if starts:
                current += 1
                bounds.append([i, i])
            bounds[current][1] = i
            self.of.append(current)
            previous = text
        self.tokens = [(b, e + 1) for b, e in bounds]
        self.spans = [Span(doc[b].idx, doc[e - 1].idx + len(doc[e - 1].text)) for b, e in self.tokens]
        self._index = {span: n for n, span in enumerate(self.spans)}
        self.doc = doc
        _LEMMAS[:] = [doc, self.lemmas, self.norms]

    @cached_property
    def morphs(self) -> list[str]:
        """Each token's morphology as text ("Mood=Cnd|Number=Sing|..."), read once when first asked, as
        string ids (no Token objects)."""
        from spacy.attrs import MORPH
        strings = self.doc.vocab.strings
        texts = [strings[h] if h else "" for h in self.doc.to_array([MORPH]).tolist()]
        return ["" if text == "_" else text for text in texts]      # "_": spaCy's empty analysis

    @cached_property
    def deps(self) -> list[str]:
        """Each token's dependency label, read once as string ids."""
        from spacy.attrs import DEP
        strings = self.doc.vocab.strings
        return [strings[d] for d in self.doc.to_array([DEP]).tolist()]

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head, as a token index."""
        from spacy.attrs import HEAD
        # relative offsets, stored unsigned: read them back as signed 64-bit numbers
        return [i + (offset - (1 << 64) if offset >= 1 << 63 else offset)
                for i, offset in enumerate(self.doc.to_array([HEAD]).tolist())]

    @cached_property
    def offsets(self) -> list[int]:
        """Each token's character offset in the text."""
        from spacy.attrs import IDX
        return self.doc.to_array([IDX]).tolist()

    @cached_property
    def quoted(self) -> list[bool]:
        """Whether each token lies between « and » (quotation marks do not cross sentences here)."""
        inside, depth, sent = [], 0, -1
        for i, text in enumerate(self.texts):
            if self.of[i] != sent:
                depth, sent = 0, self.of[i]
            if text == QUOTE_CLOSE:
                depth = max(0, depth - 1)
            inside.append(depth > 0)
            if text == QUOTE_OPEN:
                depth += 1
        return inside

    def is_headline(self, n: int) -> bool:
        """Whether sentence ``n`` is a title: the first line with no final full stop ("... d'une « attaque »"
        still is one), or any short line without final punctuation (a subheading)."""
        begin, end = self.tokens[n]
        last = self.texts[end - 1]
        if n == 0:
            return last not in (".", "!", "?", "…") and (end == len(self.texts) or "\n" in self.doc[end - 1].whitespace_
                                                         or self.pos[end] == "SPACE" and "\n" in self.texts[end])
        return end - begin < 12 and last not in (".", "!", "?", "»", "…")

    def of_span(self, span: Span) -> int:
        """The index of the sentence whose span is ``span``."""
        return self._index[span]

    def __len__(self) -> int:
        return len(self.tokens)
