"""Time the whole extraction against spaCy's own pipeline on the same texts, in the same process.

Usage: .venv/bin/python bench/extraction.py [ARTICLE …] [--repeat N]
Prints the seconds per article for spaCy alone and for kg's extraction on top, and the overhead.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from kg.extract import extract
from kg.nlp import load_pipeline
from kg.resources import load
from kg.sources import read


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("articles", nargs="*", default=[str(Path(__file__).resolve().parents[2] / "shared/seed/biden-poutine.fr.txt")])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    resources = load("fr")
    nlp = load_pipeline(resources)
    articles = [read(p) for p in args.articles]
    spacy_times, kg_times = [], []
    for _ in range(args.repeat):
        for article in articles:
            t0 = time.perf_counter()
            doc = nlp(article.text)
            t1 = time.perf_counter()
            extract(doc, article, resources)
            t2 = time.perf_counter()
            spacy_times.append(t1 - t0)
            kg_times.append(t2 - t1)
    s, k = statistics.median(spacy_times), statistics.median(kg_times)
    print(f"articles {len(articles)} × {args.repeat}")
    print(f"spaCy pipeline (with ruler)  {s * 1000:8.1f} ms per article (median)")
    print(f"kg extraction on top         {k * 1000:8.1f} ms per article (median)")
    print(f"overhead                     {100 * k / s:8.1f} %")


if __name__ == "__main__":
    sys.exit(main())
