"""Text and file reports over a loaded graph, for the command line: rankings, paths, pictures."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from kg.errors import KgError

__all__ = ["analyse_report", "path_report", "ego_report", "render_file", "find_node"]


def find_node(g: nx.MultiDiGraph, name: str) -> str:
    """The entity node whose label equals ``name`` (case-insensitively), else the only one containing it."""
    from kg.resources import fold
    wanted = fold(name)
    exact = [n for n, d in g.nodes(data=True) if d.get("kind") == "entity" and fold(d["label"]) == wanted]
    partial = [n for n, d in g.nodes(data=True) if d.get("kind") == "entity" and wanted in fold(d["label"])]
    found = exact or partial
    if not found:
        raise KgError(f"no actor named {name!r} in the graph")
    if len(found) > 1:
        labels = ", ".join(sorted(g.nodes[n]["label"] for n in found))
        raise KgError(f"{name!r} names several actors: {labels}")
    return found[0]


def analyse_report(graph, metric: str, with_communities: bool, top: int, as_json: bool) -> str:
    from kg.analysis import camps, centrality, communities
    from kg.project import signed_view, stance_graph, to_networkx
    g = to_networkx(graph)
    actors = stance_graph(g)
    scores = centrality(actors, metric)
    label = lambda n: g.nodes[n]["label"]
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], label(kv[0])))[:top]
    out = {"metric": metric, "ranking": [{"actor": label(n), "type": g.nodes[n]["type"], "score": s,
                                          "stances_out": actors.out_degree(n), "stances_in": actors.in_degree(n)}
                                         for n, s in ranked]}
    if with_communities:
        out["communities"] = [[label(n) for n in c] for c in communities(actors) if len(c) > 1]
        signed = signed_view(g)
        signed.remove_nodes_from([n for n in list(signed) if g.nodes[n].get("kind") != "entity"])
        out["camps"] = [[label(n) for n in c] for c in camps(signed) if len(c) > 1]
    if as_json:
        return json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    lines = [f"{'actor':<40} {'type':<13} {metric:>11} {'out':>4} {'in':>4}"]
    lines += [f"{r['actor'][:40]:<40} {r['type']:<13} {r['score']:>11.4f} {r['stances_out']:>4} {r['stances_in']:>4}"
              for r in out["ranking"]]
    for key in ("communities", "camps"):
        for n, group in enumerate(out.get(key, []), start=1):
            lines.append(f"{key[:-1] if key != 'communities' else 'community'} {n}: {', '.join(group)}")
    return "\n".join(lines) + "\n"


def path_report(graph, source: str, target: str) -> str:
    from kg.analysis import path
    from kg.project import to_networkx
    g = to_networkx(graph)
    a, b = find_node(g, source), find_node(g, target)
    try:
        steps = path(g, a, b)
    except nx.NetworkXNoPath:
        raise KgError(f"no path between {g.nodes[a]['label']} and {g.nodes[b]['label']}") from None
    lines = []
    for u, v, d in steps:
        what = d.get("type") or d.get("label") or d.get("kind")
        line = f"{g.nodes[u]['label']} —{what}→ {g.nodes[v]['label']}"
        if d.get("evidence"):
            line += f"\n    « {' '.join(d['evidence'].split())[:160]} »"
        lines.append(line)
    return "\n".join(lines) + "\n"


def _describe(g: nx.MultiDiGraph, u, v, d: dict) -> dict:
    row = {"from": g.nodes[u]["label"], "to": g.nodes[v]["label"], "kind": d.get("kind", "")}
    if d.get("kind") == "stance":
        row.update({k: d[k] for k in ("type", "family", "quote", "source", "confidence") if d.get(k) not in (None, "")})
    elif d.get("label"):
        row["label"] = d["label"]
    return row


def ego_report(graph, name: str, radius: int, as_json: bool) -> str:
    """The actor called ``name`` and everything within ``radius`` steps of it: neighbours with their
    distance, and the stances, event roles and relations among them."""
    from kg.analysis import ego
    from kg.project import to_networkx
    if radius < 1:
        raise KgError("--radius must be 1 or more")
    g = to_networkx(graph)
    centre = find_node(g, name)
    sub = ego(g, centre, radius)
    distance = nx.single_source_shortest_path_length(sub.to_undirected(as_view=True), centre)
    nodes = sorted(((distance[n], g.nodes[n]["label"], g.nodes[n].get("type", ""), g.nodes[n].get("kind", ""))
                    for n in sub if n != centre))
    edges = sorted((_describe(g, u, v, d) for u, v, d in sub.edges(data=True)),
                   key=lambda r: (r["kind"], r["from"], r["to"], r.get("type", r.get("label", ""))))
    out = {"actor": g.nodes[centre]["label"], "radius": radius,
           "neighbours": [{"label": l, "type": t, "kind": k, "distance": dist} for dist, l, t, k in nodes],
           "edges": edges}
    if as_json:
        return json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    lines = [f"{out['actor']}: {len(nodes)} neighbours within {radius} step(s), {len(edges)} ties"]
    lines += [f"  {'·' * dist} {label} ({kind if kind == 'event' else typ})" for dist, label, typ, kind in nodes]
    for r in edges:
        what = r.get("type") or r.get("label") or r["kind"]
        extra = f" ({r['family']})" if r.get("family") else ""
        extra += f" according to {r['source']}" if r.get("source") else ""
        lines.append(f"  {r['from']} —{what}→ {r['to']}{extra}")
    return "\n".join(lines) + "\n"


def render_file(graph, out: str, png: bool, title: str, ego_of: str | None = None, radius: int = 1) -> Path:
    """Write the page (or, with ``png``, the picture) of ``graph``, or only of the ego network of the
    actor called ``ego_of``."""
    from kg.analysis import ego
    from kg.export import write_atomic
    from kg.project import to_networkx
    from kg.render import render_html, render_png
    g = to_networkx(graph)
    if ego_of is not None:
        g = nx.MultiDiGraph(ego(g, find_node(g, ego_of), radius))
    out_path = Path(out)
    if png:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = out_path.with_name(f".{out_path.name}.tmp")
        render_png(g, str(tmp), title=title)
        tmp.replace(out_path)
        return out_path
    return write_atomic(out_path, render_html(g, title=title))
