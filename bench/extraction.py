"""Time the whole extraction against spaCy's own pipeline on the same texts, in the same process.

Usage: .venv/bin/python bench/extraction.py [ARTICLE …] [--repeat N]
Prints the time per article of spaCy's own fr_core_news_md pipeline and of kg's whole extraction
(its pipeline with paragraph breaks and the gazetteer ruler, then the extractors), and the overhead.
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
    import spacy

    resources = load("fr")
    plain = spacy.load("fr_core_news_md")          # spaCy's own pipeline, as shipped
    nlp = load_pipeline(resources)                  # with kg's paragraph breaks and gazetteer ruler
    articles = [read(p) for p in args.articles]
    plain_times, kg_times = [], []
    for _ in range(args.repeat):
        for article in articles:
            t0 = time.perf_counter()
            plain(article.text)
            t1 = time.perf_counter()
            extract(nlp(article.text), article, resources)
            t2 = time.perf_counter()
            plain_times.append(t1 - t0)
            kg_times.append(t2 - t1)
    s, k = statistics.median(plain_times), statistics.median(kg_times)
    print(f"articles {len(articles)} × {args.repeat}")
    print(f"spaCy fr_core_news_md alone  {s * 1000:8.1f} ms per article (median)")
    print(f"kg: its pipeline + extraction {k * 1000:7.1f} ms per article (median)")
    print(f"overhead                     {100 * (k - s) / s:8.1f} %")

if __name__ == "__main__":
    sys.exit(main())
