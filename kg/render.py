"""NetworkX actor graph → a self-contained interactive HTML page (pyvis, vis-network inlined, no CDN),
and a static PNG picture (matplotlib)."""
from __future__ import annotations

import html
import json
import re

import networkx as nx

from kg.analysis import centrality
from kg.layout import spring_positions

__all__ = ["render_html", "render_png", "FAMILY_COLORS", "TYPE_STYLES"]

FAMILY_COLORS = {"THREATEN": "#d62728", "WARN": "#ff7f0e", "DEMAND": "#9467bd", "APPROVE": "#2ca02c",
                 "DISAPPROVE": "#8c564b", "ASSURE": "#17becf", "DENY": "#7f7f7f"}
TYPE_STYLES = {"Person": ("#4e79a7", "dot"), "Organization": ("#f28e2b", "square"),
               "Place": ("#59a14f", "triangle"), "event": ("#e15759", "diamond")}
_LARGE = 300
_SEED = 7


def _safe(text: str) -> str:
    """Text for vis-network tooltips and labels: plain text (vis draws strings as text), with
    "href" broken so that pyvis never switches its template to HTML tooltips."""
    return re.sub(r"(?i)href", lambda m: m.group(0)[:2] + "\u200b" + m.group(0)[2:], text)


def _tooltip(d: dict) -> str:
    lines = [f"{d.get('type', '')} ({d.get('family', '')})"]
    if d.get("quote"):
        lines.append(f"« {d['quote']} »")
    if d.get("source"):
        lines.append(f"according to: {d['source']}")
    if d.get("evidence"):
        lines.append(f"evidence: {d['evidence']}")
    lines.append(f"confidence: {d.get('confidence', '')}")
    return _safe("\n".join(lines))


def render_html(g: nx.MultiDiGraph, title: str = "kg") -> str:
    """The page of ``g``: nodes coloured and shaped by type and sized by PageRank, stance edges coloured
    by family with the type as label and the quote, source and evidence as tooltip, a legend, filters by
    stance family and entity type, a search box; the same bytes for the same graph."""
    from pyvis.network import Network

    net = Network(height="760px", width="100%", directed=True, cdn_resources="in_line", heading="")
    rank = centrality(g, "pagerank") if g.number_of_nodes() else {}
    top = max(rank.values(), default=1) or 1
    positions = spring_positions(g, seed=_SEED) if g.number_of_nodes() > _LARGE else {}
    for n, d in sorted(g.nodes(data=True), key=lambda nd: nd[0]):
        style_key = "event" if d.get("kind") == "event" else d.get("type", "Place")
        color, shape = TYPE_STYLES.get(style_key, TYPE_STYLES["Place"])
        extra = {"x": positions[n][0], "y": positions[n][1]} if positions else {}
        tip = f"{d.get('label', n)}\n{d.get('type', '')}" + (f" · {d['status']}" if d.get("status") else "")
        net.add_node(n, label=_safe(d.get("label", n)), title=_safe(tip), color=color, shape=shape,
                     size=round(12 + 28 * rank.get(n, 0) / top, 2), group=style_key, **extra)
    for i, (u, v, k, d) in enumerate(sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))):
        kind = d.get("kind")
        if kind == "stance":
            net.add_edge(u, v, id=f"e{i}", label=_safe(d.get("type", "")), title=_tooltip(d),
                         color=FAMILY_COLORS.get(d.get("family"), "#333"), family=d.get("family"), arrows="to",
                         width=1 + 2 * float(d.get("confidence", 0.5)))
        else:
            net.add_edge(u, v, id=f"e{i}", label=_safe(d.get("label", "")), title=_safe(d.get("label", "")),
                         color="#bbbbbb" if kind == "participant" else "#1f77b4", dashes=True,
                         family=kind or "", arrows="to", width=1)
    options = {
        "layout": {"randomSeed": _SEED, "improvedLayout": g.number_of_nodes() <= _LARGE},
        "physics": {"enabled": not positions, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": {"type": "dynamic"}},
        "interaction": {"hover": True, "tooltipDelay": 100},
    }
    net.set_options(json.dumps(options))
    page = net.generate_html(notebook=False)
    return _finish(page, title, sorted({d.get("family") for *_, d in g.edges(data=True) if d.get("kind") == "stance"}))


def _finish(page: str, title: str, families: list[str]) -> str:
    # offline: no stylesheet or script from a CDN
    page = re.sub(r"<link[^>]+href=\"https?://[^>]*>\s*", "", page)
    page = re.sub(r"<script[^>]+src=\"https?://[^>]*>\s*</script>\s*", "", page)
    page = re.sub(r"<h1>\s*</h1>", "", page)
    page = page.replace("<head>", "<head>\n<meta charset=\"utf-8\">\n<title>" + html.escape(title) + "</title>", 1)
    legend_families = "".join(
        f'<label><input type="checkbox" class="kg-family" value="{f}" checked> '
        f'<span class="kg-swatch" style="background:{FAMILY_COLORS[f]}"></span>{f}</label>' for f in FAMILY_COLORS)
    legend_types = "".join(
        f'<label><input type="checkbox" class="kg-type" value="{t}" checked> '
        f'<span class="kg-swatch" style="background:{c}"></span>{t} ({s})</label>' for t, (c, s) in TYPE_STYLES.items())
    panel = f"""
<div id="kg-panel" style="font:13px sans-serif;padding:6px;border-bottom:1px solid #ddd">
  <strong id="kg-title">{html.escape(title)}</strong>
  <input id="kg-search" type="search" placeholder="find an actor…" style="margin-left:12px">
  <div id="kg-legend-families">Stances: {legend_families}</div>
  <div id="kg-legend-types">Nodes: {legend_types}</div>
</div>
<style>.kg-swatch{{display:inline-block;width:10px;height:10px;margin:0 3px 0 8px}}</style>
"""
    script = """
<script type="text/javascript">
(function () {
  function apply() {
    var fam = {}, typ = {};
    document.querySelectorAll('.kg-family').forEach(function (c) { fam[c.value] = c.checked; });
    document.querySelectorAll('.kg-type').forEach(function (c) { typ[c.value] = c.checked; });
    nodes.update(nodes.get().map(function (n) { return {id: n.id, hidden: typ[n.group] === false}; }));
    edges.update(edges.get().map(function (e) { return {id: e.id, hidden: fam[e.family] === false}; }));
  }
  document.querySelectorAll('.kg-family, .kg-type').forEach(function (c) { c.addEventListener('change', apply); });
  document.getElementById('kg-search').addEventListener('change', function (ev) {
    var q = ev.target.value.toLowerCase();
    var hit = nodes.get().filter(function (n) { return String(n.label).toLowerCase().indexOf(q) >= 0; });
    network.selectNodes(hit.map(function (n) { return n.id; }));
    if (hit.length) { network.focus(hit[0].id, {scale: 1.2}); }
  });
  window.kgApply = apply;
})();
</script>
"""
    page = page.replace("<body>", "<body>" + panel, 1)
    return page.replace("</body>", script + "</body>", 1)


def render_png(g: nx.MultiDiGraph, path: str, title: str = "") -> None:
    """A static picture of the stance graph (actors and stance edges), for reports."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    actors = nx.MultiDiGraph()
    actors.add_nodes_from((n, d) for n, d in g.nodes(data=True) if d.get("kind") == "entity")
    for u, v, d in g.edges(data=True):
        if d.get("kind") == "stance" and u in actors and v in actors:
            actors.add_edge(u, v, **d)
    actors.remove_nodes_from([n for n in list(actors) if actors.degree(n) == 0])
    pos = nx.spring_layout(nx.Graph(actors), seed=_SEED)
    fig, ax = plt.subplots(figsize=(10, 7), dpi=100)
    for t, (color, _) in TYPE_STYLES.items():
        nodelist = [n for n, d in actors.nodes(data=True) if d.get("type") == t]
        nx.draw_networkx_nodes(actors, pos, nodelist=nodelist, node_color=color, node_size=500, ax=ax, label=t)
    for family, color in FAMILY_COLORS.items():
        edgelist = [(u, v) for u, v, d in actors.edges(data=True) if d.get("family") == family]
        if edgelist:
            nx.draw_networkx_edges(actors, pos, edgelist=edgelist, edge_color=color, arrows=True, ax=ax,
                                   connectionstyle="arc3,rad=0.1", width=2, label=family)
    nx.draw_networkx_labels(actors, pos, labels={n: d["label"] for n, d in actors.nodes(data=True)}, font_size=9, ax=ax)
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title(title)
    ax.axis("off")
    fig.savefig(path, format="png", metadata={"Software": None})
    plt.close(fig)
