#!/usr/bin/env python3
"""PageRank and in-degree of a citegraph GraphML, compared with networkx.

usage: test_networkx.py GRAPH.graphml
Exit 77 (skipped) when networkx is not installed.
"""
import sys

try:
    import networkx as nx
except ImportError:
    print("skipped: python3-networkx is not installed")
    sys.exit(77)

g = nx.read_graphml(sys.argv[1])
assert isinstance(g, nx.DiGraph) and not g.is_multigraph(), "a simple directed graph"
# citegraph: PageRank over all edges, weighted by `weight`, damping 0.85
pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=1000)
bad = 0
for n, d in g.nodes(data=True):
    if abs(pr[n] - float(d["pagerank"])) > 1e-5:
        print(f"{d['name']}: pagerank networkx {pr[n]:.8f}, citegraph {d['pagerank']}")
        bad += 1
    cites_in = sum(1 for u, _, e in g.in_edges(n, data=True) if e["kind"] == "cites")
    if cites_in != int(d["in_degree"]):
        print(f"{d['name']}: in-degree networkx {cites_in}, citegraph {d['in_degree']}")
        bad += 1
print(f"{g.number_of_nodes()} nodes compared with networkx {nx.__version__}")
print(f"{0 if bad else 1} passed, {1 if bad else 0} failed")
sys.exit(1 if bad else 0)
