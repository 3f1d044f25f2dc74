"""The page in a real headless Chromium with the network cut: it draws, filters, and runs no injected script."""
import shutil

import pytest

from kg.project import to_networkx
from kg.render import render_html

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
        "--no-first-run", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    assert shutil.which("chromium"), "chromium is installed by scripts/setup.sh"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path):
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests, errors, dialogs = [], [], []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("typeof network !== 'undefined' && network.body !== undefined", timeout=15000)
    return context, page, requests, errors, dialogs


def test_render_page_draws_offline(browser, built):
    from kg.export import load_graph
    html_path = built / "biden-poutine.fr.html"
    g = to_networkx(load_graph(built / "biden-poutine.fr.ttl"))
    context, page, requests, errors, _ = _open(browser, html_path)
    assert page.evaluate("nodes.length") == g.number_of_nodes()
    assert page.evaluate("edges.length") == g.number_of_edges()
    assert page.evaluate("Object.keys(network.body.nodes).length") >= g.number_of_nodes()
    assert page.locator("#kg-legend-families").inner_text().count("THREATEN") == 1
    assert not requests and not errors
    context.close()


def test_render_filters_hide_edges_by_family(browser, built):
    context, page, *_ = _open(browser, built / "biden-poutine.fr.html")
    before = page.evaluate("edges.get({filter: function (e) { return !e.hidden; }}).length")
    threats = page.evaluate("edges.get({filter: function (e) { return e.family === 'THREATEN'; }}).length")
    assert threats > 0
    page.uncheck(".kg-family[value=THREATEN]")
    after = page.evaluate("edges.get({filter: function (e) { return !e.hidden; }}).length")
    assert after == before - threats
    page.uncheck(".kg-type[value=Person]")
    assert page.evaluate("nodes.get({filter: function (n) { return n.hidden; }}).length") > 0
    context.close()


def test_render_hostile_text_runs_no_script(browser, tmp_path):
    import networkx as nx
    g = nx.MultiDiGraph()
    evil = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>'
    g.add_node("a", label=evil, kind="entity", type="Person", mentions=1)
    g.add_node("b", label="</script><script>alert(4)</script>", kind="entity", type="Place", mentions=1)
    g.add_edge("a", "b", kind="stance", family="THREATEN", type="threaten", sign=-1, quote=evil,
               source=evil, evidence=evil, confidence=0.9)
    path = tmp_path / "evil.html"
    path.write_text(render_html(g, title=evil), encoding="utf-8")
    context, page, requests, errors, dialogs = _open(browser, path)
    page.mouse.move(400, 400)
    page.wait_for_timeout(300)
    assert not dialogs and not requests
    assert page.evaluate("nodes.get('a').label").startswith("<script>")
    assert page.locator("#kg-title").inner_text() == evil.replace("\n", " ")
    context.close()
