"""Render a generated graph of 2,000 nodes and 5,000 stance edges and time it in headless Chromium.

Usage: .venv/bin/python bench/render_large.py [--nodes 2000] [--edges 5000]
Prints the time to build the page and the time until vis-network has drawn it (network off).
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.render import FAMILY_COLORS, render_html


def generate(nodes: int, edges: int, seed: int = 7) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    types = ["Person", "Organization", "Place"]
    for n in range(nodes):
        g.add_node(f"n{n}", label=f"actor {n}", kind="entity", type=types[n % 3], mentions=1)
    families = sorted(FAMILY_COLORS)
    for _ in range(edges):
        u, v = rng.randrange(nodes), rng.randrange(nodes)
        g.add_edge(f"n{u}", f"n{v}", kind="stance", family=rng.choice(families), type="t", sign=1,
                   quote="", source="", evidence="e", confidence=0.5)
    return g


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--edges", type=int, default=5000)
    args = parser.parse_args()
    g = generate(args.nodes, args.edges)
    t0 = time.perf_counter()
    page = render_html(g, title="bench")
    t1 = time.perf_counter()
    path = Path(tempfile.mkdtemp()) / "bench.html"
    path.write_text(page, encoding="utf-8")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        context = browser.new_context(offline=True)
        tab = context.new_page()
        t2 = time.perf_counter()
        tab.goto(path.as_uri())
        tab.wait_for_function("typeof network !== 'undefined' && Object.keys(network.body.nodes).length > 0", timeout=60000)
        t3 = time.perf_counter()
        browser.close()
    print(f"graph {args.nodes} nodes, {args.edges} edges; page {len(page) / 1e6:.1f} MB")
    print(f"render_html        {t1 - t0:6.2f} s")
    print(f"load and draw      {t3 - t2:6.2f} s (physics off, positions precomputed)")


if __name__ == "__main__":
    main()
