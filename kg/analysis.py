"""Centrality, communities, camps, paths and ego networks of the actor graph, as plain dicts.

>>> import networkx as nx
>>> scores = centrality(nx.path_graph(3, create_using=nx.MultiDiGraph), "degree")
>>> scores[1]
1.0
"""
from __future__ import annotations

import networkx as nx

__all__ = ["METRICS", "centrality", "communities", "camps", "path", "ego"]


def _simple(g) -> nx.DiGraph:
    out = nx.DiGraph()
    out.add_nodes_from(g.nodes(data=True))
    for u, v in g.edges():
        if u != v:
            out.add_edge(u, v)
    return out


METRICS = {
    "degree": lambda g: nx.degree_centrality(g),
    "in-degree": lambda g: nx.in_degree_centrality(g),
    "out-degree": lambda g: nx.out_degree_centrality(g),
    "betweenness": lambda g: nx.betweenness_centrality(g, normalized=True),
    "pagerank": lambda g: nx.pagerank(g, alpha=0.85),
}


def centrality(g, metric: str = "degree") -> dict:
    """Node → score for ``metric`` (``degree``, ``in-degree``, ``out-degree``, ``betweenness``, ``pagerank``)
    on the graph with parallel edges merged. Raises ``KeyError`` for an unknown metric."""
    simple = _simple(g)
    if simple.number_of_nodes() == 0:
        return {}
    return {n: round(float(s), 6) for n, s in METRICS[metric](simple).items()}


def communities(g, seed: int = 42) -> list[list]:
    """Louvain communities of the undirected graph, with a fixed seed, largest first."""
    undirected = _simple(g).to_undirected()
    if undirected.number_of_edges() == 0:
        return [[n] for n in sorted(undirected)]
    found = nx.community.louvain_communities(undirected, seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c))


def camps(signed: nx.DiGraph) -> list[list]:
    """Who sides with whom: actors joined by positive ties form a camp; negative ties stay between camps.

    >>> s = nx.DiGraph(); s.add_edge("a", "b", sign=1); s.add_edge("a", "c", sign=-1)
    >>> camps(s)
    [['a', 'b'], ['c']]
    """
    positive = nx.Graph()
    positive.add_nodes_from(signed)
    positive.add_edges_from((u, v) for u, v, d in signed.edges(data=True) if d.get("sign", 0) > 0)
    return sorted((sorted(c) for c in nx.connected_components(positive)), key=lambda c: (-len(c), c))


def path(g, source, target) -> list[tuple]:
    """The shortest chain of edges between two nodes, ignoring direction: a list of
    ``(u, v, data)`` in walking order. Raises ``nx.NetworkXNoPath`` or ``nx.NodeNotFound``."""
    undirected = nx.Graph()
    undirected.add_nodes_from(g)
    for u, v, d in g.edges(data=True):
        if not undirected.has_edge(u, v) or d.get("kind") == "stance":
            undirected.add_edge(u, v, **d, _from=u, _to=v)
    nodes = nx.shortest_path(undirected, source, target)
    steps = []
    for u, v in zip(nodes, nodes[1:]):
        data = dict(undirected.edges[u, v])
        steps.append((data.pop("_from"), data.pop("_to"), data))
    return steps


def ego(g, node, radius: int = 1):
    """The ego network of ``node``: every node within ``radius`` steps, either direction."""
    return nx.ego_graph(g, node, radius=radius, undirected=True)
