#!/usr/bin/env python3
"""No node of a citation graph is a truncated prefix of another.

usage: prefix_invariant.py GRAPH.graphml [GRAPH.graphml...] [--root DIR] [--allow FILE]... [-v]
       prefix_invariant.py --self-test

A reference cut by a line break and read only up to the break gives a node
whose id is a prefix of the id the whole reference has: `S/2015/1` beside
`S/2015/100`, `url:osce.org/mg/8` beside `url:osce.org/mg/85`,
`A/75/693` beside `A/75/693/Add.1`.  For every pair of node ids X, Y of the
same graph where X is a proper prefix of Y cut inside a number or a word, or
just before a component (`/`, `.`, `-`, `_`, `?`, `=`, `&`, `%`, `(`), the
pair is accepted only when both X and Y are cited in full in the text: at
least one mention of each (found through the edges' `locations` and byte
`offsets`, the files read from --root, by default the current folder) is
followed by the end of its token: punctuation or a Chinese character, a
space on the same line, or the end of a line shorter than the text's
measure (the width most of its long lines share) -- not by a line break,
the blank lines and spaces a PDF leaves and characters that would continue
it.  An article and its
instrument (`X/art.N`) are not a pair; an instrument cited only through its
articles is cited in full when one of its articles is.

An allow-list file (--allow, one per corpus) names pairs that are right
although the text cannot show it, one per line, with the reason after `#`:

    A/75/693 A/75/693/Add.1   # the letter and its addendum, both cited
    url:osce.org *            # the host page and pages under it

`*` stands for any longer id.  Blank lines and lines starting with `#` are
comments; an entry without a reason is an error.

Prints one line per violation and exits 1 when there is one, 2 on a usage
error or an unreadable file.  --self-test runs the checker on a small graph
and text it makes itself (two truncations it must find, pairs cited in full
it must accept, an allow-list entry it must honour).  Standard library only.
"""
import json
import argparse
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
SEPARATORS = "/.-_?=&%("


def fail(msg):
    print(f"prefix_invariant.py: {msg}", file=sys.stderr)
    sys.exit(2)


def load(path):
    try:
        root = ET.parse(path).getroot()
    except OSError as e:
        fail(f"{path}: cannot read: {e.strerror}")
    except ET.ParseError as e:
        fail(f"{path}: not valid XML: {e}")
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(NS + "key")}
    g = root.find(NS + "graph")
    if g is None:
        fail(f"{path}: no <graph> element")
    names, mentions = {}, {}
    for n in g.iter(NS + "node"):
        at = {keys.get(d.get("key")): d.text or "" for d in n.findall(NS + "data")}
        names[n.get("id")] = at.get("name") or n.get("id")
    for e in g.iter(NS + "edge"):
        at = {keys.get(d.get("key")): d.text or "" for d in e.findall(NS + "data")}
        if at.get("kind", "cites") != "cites":
            continue
        target = names.get(e.get("target"), e.get("target"))
        raw = at.get("locations", "")
        # a JSON list of "FILE:LINE:COL" (the older form: space-separated)
        locs = json.loads(raw) if raw.startswith("[") else raw.split()
        offs = at.get("offsets", "").split()
        for loc, off in zip(locs, offs):
            file = loc.rsplit(":", 2)[0]
            try:
                start, length = (int(x) for x in off.split("+"))
            except ValueError:
                continue
            mentions.setdefault(target, []).append((file, start, length, loc))
    return sorted(set(names.values())), mentions


def truncation(x, y):
    """x is a proper prefix of y cut inside a token or before a component"""
    if not y.startswith(x) or x == y:
        return False
    rest = y[len(x):]
    if rest.startswith("/art."):
        return False
    last, nxt = x[-1], rest[0]
    if last.isalnum() and nxt.isalnum():
        return True
    return nxt in SEPARATORS


class Texts:
    def __init__(self, root):
        self.root, self.cache = root, {}

    def measure(self, file):
        key = ("measure", file)
        if key not in self.cache:
            data = self.get(file)
            self.cache[key] = measure(data) if data else 0
        return self.cache[key]

    def get(self, file):
        if file not in self.cache:
            path = file if os.path.isabs(file) else os.path.join(self.root, file)
            try:
                with open(path, "rb") as f:
                    self.cache[file] = f.read()
            except OSError:
                self.cache[file] = None
        return self.cache[file]


def width(line):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line.rstrip())


def measure(data):
    """the width most long lines of a text share (75th percentile of the
    lines 20 columns or wider)"""
    ws = sorted(w for w in (width(l) for l in data.decode("utf-8", "replace").splitlines()) if w >= 20)
    return ws[len(ws) * 3 // 4] if ws else 0


def continues(data, end, full=None):
    """does the text after a mention ending at byte `end` go on with the token,
    right after it or after a line break, blank lines and spaces?  (After
    spaces on the same line the token has ended.)"""
    i = end
    while i < len(data) and data[i] in b" \t":
        i += 1
    if i > end and i < len(data) and data[i] not in b"\r\n":
        return False
    if full and i < len(data):
        line = data[data.rfind(b"\n", 0, end) + 1:end].decode("utf-8", "replace")
        if width(line) < full * 0.85:
            return False  # a short line: the token ended with it
    broke = False
    while i < len(data) and data[i] in b" \t\r\n":
        broke = True
        i += 1
    if i >= len(data):
        return False
    c, nxt = data[i:i + 1], data[i + 1:i + 2]
    if c.isalnum():
        return True
    return c in SEPARATORS.encode() and nxt.isalnum()


def in_full(node, mentions, texts):
    """(True, why) if one mention of node is complete in its text"""
    ms = mentions.get(node, [])
    if not ms:
        return False, "no mention with a location in the graph"
    unreadable = 0
    for file, start, length, loc in ms:
        data = texts.get(file)
        if data is None:
            unreadable += 1
            continue
        if not continues(data, start + length, texts.measure(file)):
            return True, loc
    if unreadable == len(ms):
        return False, f"the text is not readable ({ms[0][0]})"
    return False, f"every mention goes on after a line break ({ms[0][3]})"


def cited_in_full(node, ids, mentions, texts):
    """in_full, and an instrument cited only through its articles
    (`article 16 of Additional Protocol II` gives the Protocol's node no
    mention of its own) is cited in full when one of its articles is"""
    ok, why = in_full(node, mentions, texts)
    if ok or mentions.get(node):
        return ok, why
    for a in ids:
        if a.startswith(node + "/art.") and in_full(a, mentions, texts)[0]:
            return True, f"through {a}"
    return ok, why


def load_allow(path):
    pairs = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        fail(f"{path}: cannot read: {e.strerror}")
    for k, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        body, _, reason = s.partition("#")
        parts = body.split()
        if len(parts) != 2 or not reason.strip():
            fail(f"{path}:{k}: an entry is `SHORTER LONGER  # reason` (LONGER may be *)")
        pairs.append((parts[0], parts[1]))
    return pairs


def check(graph, root, allow, verbose):
    ids, mentions = load(graph)
    texts = Texts(root)
    bad = 0
    pairs = 0
    for k, x in enumerate(ids):
        for y in ids[k + 1:]:
            if not y.startswith(x):
                break  # sorted: the ids x is a prefix of come right after it
            if not truncation(x, y):
                continue
            pairs += 1
            if any(a == x and (b == "*" or b == y) for a, b in allow):
                if verbose:
                    print(f"{graph}: {x} / {y}: allowed")
                continue
            okx, whyx = cited_in_full(x, ids, mentions, texts)
            oky, whyy = cited_in_full(y, ids, mentions, texts)
            if okx and oky:
                if verbose:
                    print(f"{graph}: {x} / {y}: both cited in full ({whyx}, {whyy})")
                continue
            bad += 1
            why = whyx if not okx else f"{y}: {whyy}"
            print(f"{graph}: {x} is a truncated prefix of {y}: {why}")
    if verbose or bad:
        print(f"{graph}: {len(ids)} nodes, {pairs} prefix pair(s), {bad} violation(s)")
    return bad


SELF_TEXT = (
    " 据报道，该国外交部还就此向秘书长提交了一份详细的说明，载于 S/2015/1 \n"
    "\n"
    "00 号文件，其中列有全部事件。此外还见 S/2015/100 号文件和有关的资料。 \n"
    "\n"
    " 欧洲安全与合作组织明斯克小组共同主席的联合声明见 www.osce.org/mg/8 \n"
    "\n"
    "5；另见 www.osce.org/mg/85。2020 年 12 月 29 日的信(A/75/693)及其增编 \n"
    "\n"
    "(A/75/693/Add.1)都已分发，《联合国宪章》第五十一条也已援引了很多次。 \n"
    "\n"
    "https://undocs.org/ch/S/2021/1\n"
    "https://undocs.org/ch/S/2021/10\n"
)


def self_test():
    """the checker on a graph made here: it must find exactly the two
    truncations, accept what is cited in full, and honour an allow-list"""
    import tempfile
    data = SELF_TEXT.encode()
    def mention(token, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = data.index(token.encode(), at + 1)
        line = data.count(b"\n", 0, at) + 1
        return f"t.txt:{line}:1", f"{at}+{len(token.encode())}"
    targets = {
        "S/2015/1": [mention("S/2015/1")], "S/2015/100": [mention("S/2015/100")],
        "url:osce.org/mg/8": [mention("www.osce.org/mg/8")], "url:osce.org/mg/85": [mention("www.osce.org/mg/85")],
        "A/75/693": [mention("A/75/693")], "A/75/693/Add.1": [mention("A/75/693/Add.1")],
        "instrument:un-charter/art.51": [mention("第五十一条")],
        "S/2021/1": [mention("https://undocs.org/ch/S/2021/1")],
        "S/2021/10": [mention("https://undocs.org/ch/S/2021/10")],
    }
    nodes = ["letter:2021-01-01:ARM", "instrument:un-charter"] + list(targets)
    def esc(x):
        return "".join(c if c.isalnum() or c in "-.:" else "_%02X" % ord(c) for c in x)
    xml = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
           '<key id="name" for="node" attr.name="name" attr.type="string"/>',
           '<key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>',
           '<key id="locations" for="edge" attr.name="locations" attr.type="string"/>',
           '<key id="offsets" for="edge" attr.name="offsets" attr.type="string"/>',
           '<graph edgedefault="directed">']
    xml += [f'<node id="{esc(n)}"><data key="name">{n}</data></node>' for n in nodes]
    for k, (t, ms) in enumerate(targets.items()):
        xml.append(f'<edge id="e{k}" source="{esc(nodes[0])}" target="{esc(t)}"><data key="edge_kind">cites</data>'
                   f'<data key="locations">{" ".join(m[0] for m in ms)}</data>'
                   f'<data key="offsets">{" ".join(m[1] for m in ms)}</data></edge>')
    xml.append('<edge id="p" source="instrument_3Aun-charter_2Fart.51" target="instrument:un-charter">'
               '<data key="edge_kind">part-of</data></edge>')
    xml += ["</graph>", "</graphml>"]
    import contextlib, io
    failures = []
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "t.txt"), "wb").write(data)
        g = os.path.join(d, "g.graphml")
        open(g, "w", encoding="utf-8").write("\n".join(xml))
        allow = os.path.join(d, "allow.txt")
        open(allow, "w", encoding="utf-8").write("# test\nurl:osce.org/mg/8 *   # allowed for the test\n")
        for allowed, want in (([], {"S/2015/1 is a truncated prefix of S/2015/100",
                                    "url:osce.org/mg/8 is a truncated prefix of url:osce.org/mg/85"}),
                              (load_allow(allow), {"S/2015/1 is a truncated prefix of S/2015/100"})):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                n = check(g, d, allowed, False)
            got = {m.group(1) for m in re.finditer(r": (\S+ is a truncated prefix of \S+): ", buf.getvalue())}
            if n != len(want) or got != want:
                failures.append(f"expected {sorted(want)}, got {sorted(got)} ({n} violation(s))")
    for f in failures:
        print(f"prefix_invariant.py: self-test: {f}", file=sys.stderr)
    print(f"self-test: {'failed' if failures else 'passed'}")
    return 1 if failures else 0


def main():
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(self_test())
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graphs", nargs="+")
    ap.add_argument("--root", default=".")
    ap.add_argument("--allow", action="append", default=[])
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    allow = [p for f in a.allow for p in load_allow(f)]
    bad = sum(check(g, a.root, allow, a.v) for g in a.graphs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
