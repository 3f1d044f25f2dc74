"""Shared fixtures: one real spaCy pipeline for the whole session, and the example article built once."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "biden-poutine.fr.txt"
GOLD = SHARED / "gold" / "biden-poutine.gold.yaml"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def pipeline():
    from kg.pipeline import Pipeline
    return Pipeline()


@pytest.fixture(scope="session")
def seed_article():
    from kg.sources import read
    return read(SEED)


@pytest.fixture(scope="session")
def seed_extraction(pipeline, seed_article):
    return pipeline.extract(seed_article)


@pytest.fixture(scope="session")
def built(pipeline, tmp_path_factory):
    """The example article built into a temporary folder: ttl, jsonld, nt and html."""
    from kg.export import Format
    from kg.pipeline import build
    out = tmp_path_factory.mktemp("built")
    build([SEED], out, [Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.HTML], pipeline=pipeline)
    return out


@pytest.fixture(scope="session")
def seed_ttl(built):
    return built / "biden-poutine.fr.ttl"


@pytest.fixture(scope="session")
def extract_text(pipeline):
    """Extract a small hand-written article."""
    from kg.sources import parse_text

    def run(text: str, name: str = "t.txt"):
        return pipeline.extract(parse_text(text, name))
    return run
