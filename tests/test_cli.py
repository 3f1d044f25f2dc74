"""Every command through CliRunner, the errors a user can cause, and the committed output/."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ROOT, SEED


def test_cli_every_command_has_help_with_an_example():
    runner = CliRunner()
    for name, command in cli.commands.items():
        assert command.help and "Example:" in command.help, name
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0


@pytest.mark.parametrize("name", ["entities", "mentions", "stances", "events", "relations"])
def test_cli_named_queries(seed_ttl, name):
    result = CliRunner().invoke(cli, ["query", str(seed_ttl), name, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) > 2


def test_cli_query_lists_and_parameters(seed_ttl):
    runner = CliRunner()
    listing = runner.invoke(cli, ["query", "--list"]).output
    assert "stances" in listing and "about" in listing
    about = runner.invoke(cli, ["query", str(seed_ttl), "about", "--param", "actor=Poutine", "--format", "json"])
    assert about.exit_code == 0 and "Joe Biden" in about.output
    missing = runner.invoke(cli, ["query", str(seed_ttl), "about"])
    assert missing.exit_code == 1 and "--param actor" in missing.output


def test_cli_stances_table_has_holder_type_target_evidence(seed_ttl):
    out = CliRunner().invoke(cli, ["query", str(seed_ttl), "stances"]).output
    header = out.splitlines()[0]
    for column in ("holder", "type", "family", "target", "source", "quote", "evidence"):
        assert column in header
    assert "Joe Biden" in out and "Vladimir Poutine" in out


@pytest.mark.parametrize("args, message", [
    (["query", "GRAPH", "nosuchquery"], "unknown query"),
    (["query", "GRAPH", "SELECT ?s WHERE { ?s ?p"], "malformed SPARQL"),
    (["query", "GRAPH", "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"], "SERVICE"),
    (["query", "GRAPH", "LOAD <http://example.org/data.ttl>"], "only read queries"),
    (["query", "missing.ttl", "stances"], "no such graph file"),
    (["validate", "missing.ttl"], "no such graph file"),
    (["path", "GRAPH", "Biden", "Nobody"], "no actor named"),
])
def test_cli_bad_input_one_line_no_traceback(seed_ttl, args, message):
    args = [str(seed_ttl) if a == "GRAPH" else a for a in args]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", "Élysée".encode("latin-1")])
def test_cli_build_bad_article_writes_nothing(tmp_path, content):
    article = tmp_path / "bad.txt"
    article.write_bytes(content)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(out)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert not out.exists() or not any(out.iterdir())


def test_cli_validate_analyse_path_render(seed_ttl, tmp_path):
    runner = CliRunner()
    assert "conforms" in runner.invoke(cli, ["validate", str(seed_ttl)]).output
    analysis = runner.invoke(cli, ["analyse", str(seed_ttl), "--communities"])
    assert analysis.exit_code == 0 and "Joe Biden" in analysis.output
    route = runner.invoke(cli, ["path", str(seed_ttl), "Joe Biden", "Otan"])
    assert route.exit_code == 0 and "Otan" in route.output
    page = runner.invoke(cli, ["render", str(seed_ttl), "-o", str(tmp_path / "g.html")])
    assert page.exit_code == 0 and (tmp_path / "g.html").stat().st_size > 10000
    png = runner.invoke(cli, ["render", str(seed_ttl), "--png", "-o", str(tmp_path / "g.png")])
    assert png.exit_code == 0 and (tmp_path / "g.png").read_bytes()[:4] == b"\x89PNG"


def test_cli_validate_reports_violations(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix kg: <https://w3id.org/newskg/def#> .\n"
                   "<https://w3id.org/newskg/id/stance/x> a kg:Stance .\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1 and "holder" in result.output


def test_cli_only_build_loads_spacy(seed_ttl):
    code = ("import sys; from click.testing import CliRunner; from kg.cli import cli; "
            f"r = CliRunner().invoke(cli, ['query', {str(seed_ttl)!r}, 'stances']); "
            f"CliRunner().invoke(cli, ['validate', {str(seed_ttl)!r}]); "
            "print(r.exit_code, 'spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.split() == ["0", "False"], out.stderr


def test_cli_committed_output_is_current(built):
    for suffix in ("ttl", "jsonld", "html"):
        committed = ROOT / "output" / f"biden-poutine.fr.{suffix}"
        fresh = built / f"biden-poutine.fr.{suffix}"
        assert committed.read_bytes() == fresh.read_bytes(), (
            f"output/{committed.name} is stale: run .venv/bin/kg build {SEED} -o output/")


def test_cli_ego_network(seed_ttl, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["analyse", str(seed_ttl), "--ego", "Poutine", "--json"])
    assert result.exit_code == 0, result.output
    ego = json.loads(result.output)
    names = {n["label"] for n in ego["neighbours"]}
    assert ego["actor"] == "Vladimir Poutine" and "Joe Biden" in names and "Otan" not in names
    threats = [e for e in ego["edges"] if e["kind"] == "stance" and e["to"] == "Vladimir Poutine"]
    assert {e["family"] for e in threats} == {"THREATEN"} and {e["from"] for e in threats} == {"Joe Biden"}
    wider = json.loads(runner.invoke(cli, ["analyse", str(seed_ttl), "--ego", "Poutine", "--radius", "2", "--json"]).output)
    assert "Otan" in {n["label"] for n in wider["neighbours"]}
    page = tmp_path / "ego.html"
    assert runner.invoke(cli, ["render", str(seed_ttl), "--ego", "Poutine", "-o", str(page)]).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "Joe Biden" in text and '"label": "Otan"' not in text
    missing = runner.invoke(cli, ["analyse", str(seed_ttl), "--ego", "Nobody"])
    assert missing.exit_code == 1 and "no actor named" in missing.output
