#!/usr/bin/env python3
"""Every export read back by the real readers: networkx (GraphML, GEXF 1.2,
node-link JSON), python-igraph (GraphML), the csv module (RFC 4180), and
JSON Lines; node and edge counts and a few attributes must agree.

usage: test_readers.py DIR   (DIR holds seeds.graphml, seeds.gexf, seeds12.gexf,
                              seeds.json, seeds.jsonl, csv/nodes.csv, csv/edges.csv)
       test_readers.py --no-betweenness DIR   (the same but seeds.jsonl, of a graph
                              without betweenness, and stats.json: every reader
                              reads it, no node has the attribute)
"""
import csv
import json
import os
import sys

nobtw = sys.argv[1] == "--no-betweenness"
d = sys.argv[-1]
passed = failed = 0


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name} {detail}")


g_nodes = g_edges = None
try:
    import networkx as nx
except ImportError:
    nx = None
    print("skipped: networkx (python3-networkx) is not installed")
if nx:
    g = nx.read_graphml(os.path.join(d, "seeds.graphml"))
    g_nodes, g_edges = g.number_of_nodes(), g.number_of_edges()
    names = {a["name"]: n for n, a in g.nodes(data=True)}
    check("graphml: Charter cited by 4", g.nodes[names["instrument:un-charter"]]["in_degree"] == 4)
    check("graphml: no multigraph", not g.is_multigraph())
    # lists of file names are JSON arrays of strings: a name may hold spaces
    letter = g.nodes[names["A/75/379"]]
    check("graphml: file is a JSON list", json.loads(letter["file"]) == ["tests/corpus/seeds/002_6122059e6aca00ae.txt"],
          letter.get("file"))
    locs = [json.loads(a["locations"]) for _, _, a in g.edges(data=True) if "locations" in a]
    check("graphml: locations are JSON lists", locs and all(isinstance(l, list) and l and
          all(isinstance(x, str) and x.count(":") >= 2 for x in l) for l in locs))
    x = nx.read_gexf(os.path.join(d, "seeds12.gexf"))
    check("gexf 1.2 counts", (x.number_of_nodes(), x.number_of_edges()) == (g_nodes, g_edges),
          (x.number_of_nodes(), x.number_of_edges()))
    check("gexf 1.2 attribute", x.nodes["S/RES/822(1993)"]["kind"] == "sc-resolution")
    j = nx.node_link_graph(json.load(open(os.path.join(d, "seeds.json"), encoding="utf-8")))
    check("json counts", (j.number_of_nodes(), j.number_of_edges()) == (g_nodes, g_edges))
    check("json keyed by id", j.nodes["instrument:un-charter"]["in_degree"] == 4)
    check("json directed", j.is_directed())
    check("json: file is a list", j.nodes["A/75/379"]["file"] == ["tests/corpus/seeds/002_6122059e6aca00ae.txt"],
          j.nodes["A/75/379"].get("file"))
    for what, gr in (("graphml", g), ("gexf 1.2", x), ("json", j)):
        has = [n for n, a in gr.nodes(data=True) if "betweenness" in a]
        check(f"{what}: betweenness " + ("absent" if nobtw else "on every node"),
              not has if nobtw else len(has) == gr.number_of_nodes(), len(has))
        check(f"{what}: pagerank on every node",
              all("pagerank" in a for _, a in gr.nodes(data=True)))
try:
    import igraph as ig
except ImportError:
    ig = None
    print("skipped: python-igraph (python3-igraph) is not installed")
if ig:
    h = ig.Graph.Read_GraphML(os.path.join(d, "seeds.graphml"))
    check("python-igraph counts", g_nodes is None or (h.vcount(), h.ecount()) == (g_nodes, g_edges))
    check("python-igraph name", h.vs.find(name="S/RES/822(1993)")["kind"] == "sc-resolution")
    check("python-igraph directed", h.is_directed())
    if nobtw:
        check("python-igraph: no betweenness value",
              "betweenness" not in h.vs.attributes() or
              all(v is None or v != v for v in h.vs["betweenness"]))
    check("python-igraph: file is a JSON list",
          json.loads(h.vs.find(name="A/75/379")["file"]) == ["tests/corpus/seeds/002_6122059e6aca00ae.txt"])
nodes = list(csv.DictReader(open(os.path.join(d, "csv", "nodes.csv"), newline="", encoding="utf-8")))
edges = list(csv.DictReader(open(os.path.join(d, "csv", "edges.csv"), newline="", encoding="utf-8")))
check("csv columns", {"Id", "Label"} <= set(nodes[0]) and {"Source", "Target", "Weight"} <= set(edges[0]))
check("csv counts", g_nodes is None or (len(nodes), len(edges)) == (g_nodes, g_edges))
row = [n for n in nodes if n["Id"] == "A/75/379"]
check("csv: file is a JSON list", row and json.loads(row[0]["file"]) == ["tests/corpus/seeds/002_6122059e6aca00ae.txt"],
      row[:1])
check("csv betweenness " + ("cells empty" if nobtw else "filled"),
      all((n["betweenness"] == "") == nobtw for n in nodes))
check("csv sentence survives quoting", any("，" in e["sentence"] and "\n" not in e["Source"] for e in edges))
if nobtw:
    st = json.load(open(os.path.join(d, "stats.json"), encoding="utf-8"))
    check("stats: betweenness false, no ranking", st["betweenness"] is False and st["top"]["betweenness"] == [])
    check("stats: the other rankings", st["top"]["pagerank"] and st["communities"])
    txt = open(os.path.join(d, "stats.txt"), encoding="utf-8").read()
    part = txt.split("top by betweenness", 1)[-1].split("\n\n", 1)[0]
    check("stats: says betweenness is not in the graph, lists none",
          "not in the graph read" in part and len(part.strip().splitlines()) == 1, part)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
lines = [json.loads(l) for l in open(os.path.join(d, "seeds.jsonl"), encoding="utf-8")]
check("jsonl fields", all({"letter", "target", "text", "file", "line", "offset", "length", "sentence"} <= set(l) for l in lines))
src = open(os.path.join("tests", "corpus", "seeds", "002_6122059e6aca00ae.txt"), "rb").read()
hit = [l for l in lines if l["target"] == "SG/SM/5460" and l["file"].endswith("002_6122059e6aca00ae.txt")]
check("jsonl offsets point at the text", hit and src[hit[0]["offset"]:hit[0]["offset"] + hit[0]["length"]] == b"SG/SM/5460",
      hit[:1])
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
