"""Exact-span named-entity scores on an annotated corpus: spaCy's model alone against kg's mentions.

Usage: .venv/bin/python bench/ner.py CORPUS [--limit N]

CORPUS is a token-per-line file ("token TAG" or "token<TAB>TAG", blank lines between sentences),
tags in IO or BIO form with PER, ORG and LOC classes (others are ignored), such as the French
part of the Europeana Newspapers NER corpus (CC0, github.com/EuropeanaNewspapers/ner-corpora,
enp_FR.bnf.bio). Sentences are joined into documents of 40 sentences; both systems read the same
text. kg's answer is its proper-name mentions (the spans typed with itsrdf:taClassRef in the graph).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

_CLASSES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC"}
_KG = {"Person": "PER", "Organisation": "ORG", "Organization": "ORG", "Place": "LOC"}


def read_corpus(path: str, limit: int | None = None) -> list[list[tuple[str, str]]]:
    sentences, current = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if len(parts) >= 2:
                current.append((parts[0], parts[-1] if len(parts) == 2 else parts[1]))
    if current:
        sentences.append(current)
    return sentences[:limit] if limit else sentences


def to_documents(sentences, size: int = 40):
    """(text, gold spans) per document; an entity is a maximal run of tokens of one class (IO) or a B- run (BIO)."""
    for n in range(0, len(sentences), size):
        text, gold = "", set()
        for sentence in sentences[n:n + size]:
            run = None
            for token, tag in sentence:
                begin = len(text)
                text += token + " "
                prefix, _, cls = tag.partition("-") if "-" in tag else ("I", "", tag)
                cls = _CLASSES.get(cls)
                if cls and run and run[2] == cls and prefix != "B":
                    run = (run[0], begin + len(token), cls)
                else:
                    if run:
                        gold.add(run)
                    run = (begin, begin + len(token), cls) if cls else None
            if run:
                gold.add(run)
            text = text.rstrip() + "\n"
        yield text, gold


def score(pairs) -> dict:
    counts = {c: Counter() for c in ("ALL", "PER", "ORG", "LOC")}
    for predicted, gold in pairs:
        for cls in counts:
            p = {s for s in predicted if cls == "ALL" or s[2] == cls}
            g = {s for s in gold if cls == "ALL" or s[2] == cls}
            counts[cls].update(tp=len(p & g), pred=len(p), gold=len(g))
    out = {}
    for cls, c in counts.items():
        precision = c["tp"] / c["pred"] if c["pred"] else 0.0
        recall = c["tp"] / c["gold"] if c["gold"] else 0.0
        out[cls] = (precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0, c["gold"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--limit", type=int, default=None, help="first N sentences only")
    args = parser.parse_args()
    import spacy

    from kg.pipeline import Pipeline
    from kg.sources import parse_text

    docs = list(to_documents(read_corpus(args.corpus, args.limit)))
    plain = spacy.load("fr_core_news_md")
    t0 = time.perf_counter()
    spacy_pairs = [({(e.start_char, e.end_char, _CLASSES[e.label_]) for e in plain(text).ents if e.label_ in _CLASSES}, gold)
                   for text, gold in docs]
    t1 = time.perf_counter()
    pipeline = Pipeline()
    kg_pairs = []
    for n, (text, gold) in enumerate(docs):
        extraction = pipeline.extract(parse_text(text, f"doc{n}.txt"))
        shift = len(text) - len(text.lstrip())          # parse_text strips leading blanks
        predicted = {(s.begin - shift, s.end - shift, _KG[e.type]) for e in extraction.entities for s in e.names}
        kg_pairs.append((predicted, gold))
    t2 = time.perf_counter()
    tokens = sum(len(t.split()) for t, _ in docs)
    print(f"{len(docs)} documents, {tokens} tokens, {sum(len(g) for _, g in docs)} gold entities")
    print(f"{'system':<16} {'class':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for name, pairs, seconds in (("fr_core_news_md", spacy_pairs, t1 - t0), ("kg", kg_pairs, t2 - t1)):
        for cls, (p, r, f, g) in score(pairs).items():
            print(f"{name:<16} {cls:<5} {p:6.3f} {r:6.3f} {f:6.3f} {g:6d}")
        print(f"{name:<16} {seconds:.1f} s")


if __name__ == "__main__":
    main()
