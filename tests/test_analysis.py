import networkx as nx
import pytest

from kg.analysis import camps, centrality, communities, ego, path
from kg.layout import spring_positions
from kg.project import signed_view, stance_graph


def _g():
    g = nx.MultiDiGraph()
    for n in "abcd":
        g.add_node(n, kind="entity", label=n.upper(), type="Person")
    g.add_edge("a", "b", kind="stance", family="THREATEN", type="threaten")
    g.add_edge("a", "b", kind="stance", family="WARN", type="warn")
    g.add_edge("b", "c", kind="stance", family="APPROVE", type="praise")
    g.add_edge("c", "d", kind="stance", family="APPROVE", type="praise")
    return g


def test_analysis_degree_on_a_path():
    # a → b → c → d: parallel stances merged; degree centrality of b is 2/3
    scores = centrality(stance_graph(_g()), "degree")
    assert scores == {"a": pytest.approx(1 / 3), "b": pytest.approx(2 / 3), "c": pytest.approx(2 / 3), "d": pytest.approx(1 / 3)}


def test_analysis_betweenness_by_hand():
    # directed path a→b→c→d: b lies on a→c and a→d (2 of 6 ordered pairs), c on a→d and b→d
    scores = centrality(stance_graph(_g()), "betweenness")
    assert scores["b"] == pytest.approx(2 / 6) and scores["c"] == pytest.approx(2 / 6) and scores["a"] == 0


def test_analysis_signed_view_and_camps():
    signed = signed_view(_g())
    assert signed["a"]["b"]["weight"] == -2 and signed["a"]["b"]["sign"] == -1
    assert signed["b"]["c"]["sign"] == 1
    assert camps(signed) == [["b", "c", "d"], ["a"]]


def test_analysis_communities_are_repeatable():
    g = nx.MultiDiGraph(nx.barbell_graph(4, 0))
    assert communities(g, seed=1) == communities(g, seed=1)
    assert sorted(map(len, communities(g, seed=1))) == [4, 4]


def test_analysis_path_and_ego():
    steps = path(_g(), "a", "d")
    assert [(u, v) for u, v, _ in steps] == [("a", "b"), ("b", "c"), ("c", "d")]
    assert set(ego(_g(), "b")) == {"a", "b", "c"}
    with pytest.raises(nx.NodeNotFound):
        path(_g(), "a", "z")


def test_layout_is_repeatable_and_keeps_neighbours_close():
    g = nx.barbell_graph(20, 0)
    first, second = spring_positions(g, seed=3), spring_positions(g, seed=3)
    assert first == second and set(first) == set(g)
    assert max(abs(c) for xy in first.values() for c in xy) == pytest.approx(1000, abs=0.1)

    def dist(a, b):
        return ((first[a][0] - first[b][0]) ** 2 + (first[a][1] - first[b][1]) ** 2) ** 0.5
    # the two cliques of the barbell fall apart: a node is nearer its own clique than the other one
    within = sum(dist(0, j) for j in range(1, 20)) / 19
    across = sum(dist(0, j) for j in range(20, 40)) / 20
    assert within < across / 2
