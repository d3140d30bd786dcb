#!/usr/bin/env python3
"""Recall and precision of a citegraph graph against the benchmark's gold.

    python3 tests/bench/gen_corpus.py 3000 /tmp/bench3k --gold /tmp/bench3k.gold.jsonl
    citegraph build -q --no-cache /tmp/bench3k -o /tmp/bench3k.graphml
    python3 tests/bench/score_bench.py /tmp/bench3k.gold.jsonl /tmp/bench3k.graphml [-v] [--examples N] [--letters K]

For every letter of the gold (its node is the gold's `id`), the set of node
ids it cites in the graph (edges of kind `cites`, or without a kind, from
the letter's node; `part-of` edges from articles to instruments are not
citations, docs/graphml.md) is compared with the union of the `ids` of its
gold references:

- a gold id the letter does not cite is a *miss*, counted against every form
  of that letter that produced it (overall, an id is counted once a letter);
- a cited id that is in no reference of the letter's gold is *invented*; it is
  attributed to no form, and listed with the letter's file, the id and where
  citegraph found it (the edge's `locations`);
- ids of a reference the gold marks `ambiguous` (see gen_corpus.py) are
  neither expected nor invented.

Overall precision is found / (found + invented).  The per-form table gives
each form's recall; its `near` column counts the inventions whose location
is on a line of that form's text in the letter, and `prec` is
found / (found + near): a diagnostic of where inventions come from, not an
attribution (an invention on a line two forms share counts for both, one on
no form's line for none: the `(on no form's line)` row).

Examples of misses give the letter's file, the form, the line(s) of the
letter where the form's text is (found by matching it with white space
ignored), the text, the expected id and what citegraph cited on those
lines instead, so that `citegraph scan FILE` reproduces it.  The letters are
read from where the graph's `file` attribute says they are, or from
--corpus DIR (the OUTDIR the gold was written for).
"""
import argparse
import collections
import json
import os
import signal
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"


def read_graph(path):
    """(nodes: GraphML id -> {name, kind, file}, cites: letter name ->
    {target name: [(file, line), ...]})"""
    keys = {}
    nodes = {}
    edges = []
    for ev, el in ET.iterparse(path, events=("end",)):
        tag = el.tag
        if tag == NS + "key":
            keys[el.get("id")] = (el.get("for"), el.get("attr.name"))
        elif tag == NS + "node":
            d = {}
            for x in el.findall(NS + "data"):
                k = keys.get(x.get("key"), (None, x.get("key")))[1]
                if k in ("name", "kind", "file"):
                    d[k] = x.text or ""
            d.setdefault("name", el.get("id"))
            nodes[el.get("id")] = d
            el.clear()
        elif tag == NS + "edge":
            d = {}
            for x in el.findall(NS + "data"):
                k = keys.get(x.get("key"), (None, x.get("key")))[1]
                if k in ("kind", "locations"):
                    d[k] = x.text or ""
            if d.get("kind", "cites") == "cites":
                edges.append((el.get("source"), el.get("target"), d.get("locations", "")))
            el.clear()
    cites = collections.defaultdict(dict)
    for s, t, loc in edges:
        locs = []
        if loc:
            items = json.loads(loc) if loc.startswith("[") else loc.split()
            for it in items:
                f, line, _col = it.rsplit(":", 2)
                locs.append((f, int(line)))
        cites[nodes[s]["name"]][nodes[t]["name"]] = locs
    return nodes, cites


def node_files(d):
    f = d.get("file") or ""
    if not f:
        return []
    return json.loads(f) if f.startswith("[") else f.split()


class Letter:
    """A letter's text with its white space removed, and the line of every
    character kept, to find a form's text however it was wrapped."""

    def __init__(self, path):
        self.ok = False
        try:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        except OSError:
            return
        self.ok = True
        self.lines = text.split("\n")
        chars, where = [], []
        for n, line in enumerate(self.lines, 1):
            for ch in line:
                if not ch.isspace():
                    chars.append(ch)
                    where.append(n)
        self.flat = "".join(chars)
        self.where = where
        rule = self.flat.find("__________")
        self.rule = rule if rule >= 0 else len(self.flat)
        self.cursor = {"body": 0, "note": self.rule}
        self.link_line = self.where[self.rule] if self.rule < len(self.flat) else len(self.lines) + 1

    def locate(self, ref):
        """The lines (first, last) of the reference's text, in the order the
        gold lists them: body references in the text, notes after the
        footnote rule, links as lines of their own under the notes."""
        if not self.ok:
            return None
        form = ref["form"].split(".", 1)[1]
        t = "".join(ref.get("text", "").split())
        if not t:
            return None
        if form.startswith("link_"):
            for n in range(self.link_line, len(self.lines) + 1):
                if self.lines[n - 1].strip() == ref["text"]:
                    self.link_line = n + 1
                    return (n, n)
            return None
        stream = "note" if form.startswith("note_") else "body"
        t = t.rstrip("。.") if stream == "body" else t
        # a reference that opens its sentence starts with a capital
        cands = [t, t[0].upper() + t[1:]]
        at = min([x for x in (self.flat.find(c, self.cursor[stream]) for c in cands) if x >= 0], default=-1)
        if at < 0:
            at = min([x for x in (self.flat.find(c) for c in cands) if x >= 0], default=-1)
            if at < 0:
                return None
        else:
            self.cursor[stream] = at + len(t)
        return (self.where[at], self.where[at + len(t) - 1])


def main():
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold")
    ap.add_argument("graph")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and invention")
    ap.add_argument("--examples", type=int, default=3, metavar="N",
                    help="examples of misses per form and of inventions per kind (3)")
    ap.add_argument("--letters", type=int, metavar="K", help="score the first K letters of the gold only")
    ap.add_argument("--corpus", metavar="DIR", help="where the letters are (default: the graph's file attribute)")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 when a reference is missed or invented, or a letter's node is not the gold's")
    a = ap.parse_args()

    gold = []
    with open(a.gold, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                gold.append(json.loads(line))
            if a.letters and len(gold) >= a.letters:
                break
    nodes, cites = read_graph(a.graph)
    by_name = {d["name"]: d for d in nodes.values()}
    by_file = {}
    for d in nodes.values():
        if d.get("kind") == "letter":
            for p in node_files(d):
                by_file[p.replace(os.sep, "/")] = d

    n_gold = n_found = n_inv = 0
    form_gold = collections.Counter()
    form_found = collections.Counter()
    form_near = collections.Counter()
    unlocated_inv = 0
    misses = collections.defaultdict(list)      # form -> [(file, lines, text, id, instead)]
    inventions = collections.defaultdict(list)  # kind -> [(file, id, lines, forms on those lines)]
    unnamed = []
    for g in gold:
        d = by_name.get(g["id"])
        path = None
        if d is not None:
            for p in node_files(d):
                if p.replace(os.sep, "/").endswith(g["file"]):
                    path = p
        if path is None:
            # the letter is not the node the gold names: find it by its file
            for p, dd in by_file.items():
                if p == g["file"] or p.endswith("/" + g["file"]):
                    unnamed.append((g["file"], g["id"], dd["name"]))
                    break
            else:
                unnamed.append((g["file"], g["id"], None))
        if a.corpus:
            path = os.path.join(a.corpus, g["file"])
        cited = dict(cites.get(g["id"], {})) if d is not None else {}
        letter = Letter(path) if path else Letter("")
        want = {x for ref in g["refs"] for x in ref["ids"]}
        ambiguous = {x for ref in g["refs"] for x in ref.get("ambiguous", [])}
        spans = []  # (first line, last line, form)
        for ref in g["refs"]:
            span = letter.locate(ref)
            if span:
                spans.append((span[0], span[1], ref["form"]))
            for x in ref["ids"]:
                form_gold[ref["form"]] += 1
                if x in cited:
                    form_found[ref["form"]] += 1
                else:
                    # what citegraph cited on the form's lines and the gold does not hold
                    instead = []
                    if span:
                        instead = sorted(t for t, locs in cited.items() if t not in want and t not in ambiguous
                                         and any(span[0] <= ln <= span[1] for _f, ln in locs))
                    misses[ref["form"]].append((g["file"], span, ref.get("text", ""), x, instead))
        n_gold += len(want)
        n_found += len(want & set(cited))
        for t, locs in sorted(cited.items()):
            if t in want or t in ambiguous:
                continue
            n_inv += 1
            lines = sorted({ln for _f, ln in locs})
            near = sorted({fm for (lo, hi, fm) in spans if any(lo <= ln <= hi for ln in lines)})
            for fm in near:
                form_near[fm] += 1
            if not near:
                unlocated_inv += 1
            kind = (by_name.get(t) or {}).get("kind", "?")
            inventions[kind].append((g["file"], t, lines, near))

    def ratio(x, y):
        return "%.4f" % (x / y) if y else "  -   "

    out = sys.stdout
    print("letters %d, gold ids %d, found %d, missed %d, invented %d" % (
        len(gold), n_gold, n_found, n_gold - n_found, n_inv), file=out)
    print("overall: recall %s  precision %s" % (ratio(n_found, n_gold), ratio(n_found, n_found + n_inv)), file=out)
    if unnamed:
        print("letters whose node is not the gold's id: %d (e.g. %s is %s, gold says %s)" % (
            len(unnamed), unnamed[0][0], unnamed[0][2], unnamed[0][1]), file=out)
    print("", file=out)
    w = max([len(f) for f in form_gold] + [24])
    print("%-*s %7s %7s %7s  %-7s %5s  %-7s" % (w, "form", "gold", "found", "missed", "recall", "near", "prec"), file=out)
    for fm in sorted(form_gold):
        gd, fd, nr = form_gold[fm], form_found[fm], form_near[fm]
        print("%-*s %7d %7d %7d  %s %5d  %s" % (w, fm, gd, fd, gd - fd, ratio(fd, gd), nr, ratio(fd, fd + nr)), file=out)
    print("%-*s %7s %7s %7s  %-7s %5d" % (w, "(on no form's line)", "", "", "", "", unlocated_inv), file=out)

    n = None if a.verbose else a.examples
    if any(misses.values()):
        print("\nmisses (file:line  form  text  expected -> cited on those lines instead):", file=out)
        for fm in sorted(misses):
            for (fn, span, text, x, instead) in misses[fm][:n]:
                where = "%s:%s" % (fn, ("%d" % span[0] if span[0] == span[1] else "%d-%d" % span) if span else "?")
                print("  %s  %s  %s  %s -> %s" % (where, fm, text, x, ", ".join(instead) or "nothing"), file=out)
            if n is not None and len(misses[fm]) > n:
                print("  ... %s: %d more" % (fm, len(misses[fm]) - n), file=out)
    if inventions:
        print("\ninventions (file:line  id  [forms on that line]), by kind of node:", file=out)
        for kind in sorted(inventions):
            print("  %s: %d" % (kind, len(inventions[kind])), file=out)
            for (fn, t, lines, near) in inventions[kind][:n]:
                print("    %s:%s  %s  [%s]" % (fn, ",".join(map(str, lines)) or "?", t, ", ".join(near)), file=out)
            if n is not None and len(inventions[kind]) > n:
                print("    ... %d more" % (len(inventions[kind]) - n), file=out)
    if a.verbose and unnamed:
        print("\nletters whose node is not the gold's id:", file=out)
        for fn, want_id, got in unnamed:
            print("  %s  gold %s  graph %s" % (fn, want_id, got or "(no node with that file)"), file=out)

    return 1 if a.strict and (n_gold != n_found or n_inv or unnamed) else 0


if __name__ == "__main__":
    sys.exit(main())
