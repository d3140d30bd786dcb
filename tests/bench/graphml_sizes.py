#!/usr/bin/env python3
"""Bytes per node and per edge of a GraphML file, as citegraph writes it.

    python3 tests/bench/graphml_sizes.py FILE.graphml

prints one line: file bytes, nodes, edges, bytes in <node> elements per
node, bytes in <edge> elements per edge (each element counted from its
opening tag to its closing tag, indentation and newlines included).
"""
import sys


def main():
    total = nodes = edges = nb = eb = 0
    cur = None
    with open(sys.argv[1], "rb") as f:
        for line in f:
            total += len(line)
            s = line.lstrip()
            if cur is None:
                if s.startswith(b"<node "):
                    cur = "n"
                    nodes += 1
                elif s.startswith(b"<edge "):
                    cur = "e"
                    edges += 1
                else:
                    continue
            if cur == "n":
                nb += len(line)
            else:
                eb += len(line)
            if s.startswith((b"</node>", b"</edge>")) or s.rstrip().endswith(b"/>") and (
                    s.startswith(b"<node ") or s.startswith(b"<edge ")):
                cur = None
    print("%d %d %d %.0f %.0f" % (total, nodes, edges, nb / nodes if nodes else 0, eb / edges if edges else 0))


if __name__ == "__main__":
    main()
