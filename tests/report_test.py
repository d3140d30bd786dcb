#!/usr/bin/env python3
"""citegraph report: what the page holds, read back from the file.

  report_test.py PATH/TO/citegraph      (from the project folder)

The page of the sample letters: every node and edge of the graph with its
evidence (the sentences, file and line of each citation), laid out; the
most-cited table; nothing that loads from the network; under 5 MB; the
same bytes twice; labels in the language asked; the errors of bad options
and outputs; written through a FIFO."""
import html.parser
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import threading

cg = os.path.abspath(sys.argv[1])
seeds = "tests/corpus/seeds"
passed = failed = 0


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)
    return cond


def run(*args, **kw):
    return subprocess.run([cg, *args], capture_output=True, text=True, **kw)


class Page(html.parser.HTMLParser):
    """The elements of the page, the text of its scripts and styles."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.styles, self.stack = [], [], [], []
        self.data = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self.stack.append((tag, dict(attrs), []))

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1][0] != tag:
            return
        t, attrs, text = self.stack.pop()
        body = "".join(text)
        if t == "script" and attrs.get("id") == "cg-data":
            self.data = body
        elif t == "script":
            self.scripts.append(body)
        elif t == "style":
            self.styles.append(body)

    def handle_data(self, d):
        if self.stack:
            self.stack[-1][2].append(d)


def page_of(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    p = Page()
    p.feed(text)
    return text, p


tmp = tempfile.mkdtemp(prefix="cg-report-")
out = os.path.join(tmp, "report.html")
r = run("report", seeds, "-o", out, "--label-lang", "zh")
ok(r.returncode == 0, f"report of the sample letters: exit {r.returncode}: {r.stderr}")
size = os.path.getsize(out)
ok(size < 5 * 1024 * 1024, f"the page is {size} bytes: under 5 MB")
text, page = page_of(out)
ok(text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>"), "a whole HTML page")
ok(page.data is not None, "the data is in #cg-data")
data = json.loads(page.data)
S = data["strs"]


def sentence(e):
    return S[e[5]] if e[5] >= 0 else ""


def places(e):
    return [f"{S[e[6][j]]}:{e[6][j + 1]}:{e[6][j + 2]}" for j in range(0, len(e[6]), 3)]


# the same graph as build makes
graph = os.path.join(tmp, "seeds.graphml")
ok(run("build", "-q", seeds, "-o", graph).returncode == 0, "build of the sample letters")
st = json.loads(run("stats", "-g", graph, "--json").stdout)
ok(len(data["nodes"]) == st["nodes"], f"{len(data['nodes'])} nodes in the page, {st['nodes']} in the graph")
ok(len(data["edges"]) == st["edges"], f"{len(data['edges'])} edges in the page, {st['edges']} in the graph")
ids = [n["id"] for n in data["nodes"]]
ok(len(set(ids)) == len(ids), "every node once")
exported = json.loads(run("export", "-g", graph, "-f", "json", "-o", "-").stdout)
ok(sorted(ids) == sorted(n["id"] for n in exported["nodes"]), "the nodes of the JSON export")
ok(all(isinstance(n["x"], (int, float)) and isinstance(n["y"], (int, float)) for n in data["nodes"]),
   "every node laid out")
ok(len({(n["x"], n["y"]) for n in data["nodes"]}) == len(ids), "no two nodes at one place")

# the evidence: S/RES/822(1993) is cited by the two letters of Azerbaijan
ix = {n["id"]: k for k, n in enumerate(data["nodes"])}
res = ix.get("S/RES/822(1993)")
ok(res is not None, "S/RES/822(1993) is a node")
cites = [e for e in data["edges"] if e[1] == res and not e[2]]
ok(len(cites) == 2, f"S/RES/822(1993) cited by {len(cites)} letters (2)")
ok(all(data["nodes"][e[0]]["s"] == "AZE" for e in cites), "both letters of Azerbaijan")
ok(all("822" in sentence(e) for e in cites), "each with its sentence")
ok(all(places(e) and all(re.match(r"tests/corpus/seeds/\S+\.txt:[1-9]\d*:[1-9]\d*$", p) for p in places(e)) for e in cites),
   "each with its file, line and column")
ok(all(e[4] >= 0 and "822" in S[e[4]] for e in cites), "each with the form as written")
ok(len(S) == len(set(S)), "each string once")
# the evidence of every edge is the graph's (the JSON export has it too)
links = {(l["source"], l["target"]): l for l in exported["links"]}
same = 0
for e in data["edges"]:
    l = links.get((ids[e[0]], ids[e[1]]))
    if l is not None and not e[2] and (l.get("sentence") or "") == sentence(e) and \
            [str(x) for x in l.get("locations", [])] == places(e):
        same += 1
ok(same == sum(1 for e in data["edges"] if not e[2]), f"{same} citations with the sentence and places of the export")
n822 = data["nodes"][res]
ok(n822["l"] == "安全理事会第822(1993)号决议", f"the Chinese label: {n822['l']}")
ok(any("resolution 822 (1993)" in q for q in n822["q"]), "the English label among the search keys")
top = data["top"]
ok(top and data["nodes"][top[0][0]]["id"] == "instrument:un-charter" and top[0][4] == 1,
   "the most cited first (the Charter), contested")
ok(any(data["nodes"][t[0]]["id"] == "S/RES/822(1993)" and t[3] == "AZE 2" and t[4] == 0 for t in top),
   "S/RES/822(1993) in the table: AZE 2, not contested")
letters = [n for n in data["nodes"] if n["k"] == data["kinds"].index("letter") and n["c"]]
ok(len(letters) == 5 and all(n["dt"] for n in letters), "the five letters, dated")

# nothing loads from the network
external = re.compile(r"^\s*(https?:|ftp:|//|ws:|wss:)", re.I)
for tag, attrs in page.tags:
    for a in ("src", "href", "action", "srcset", "poster", "data"):
        if a in attrs:
            ok(not external.match(attrs[a] or ""), f"<{tag} {a}={attrs[a]!r}> loads from the network")
ok(not any(t in ("link", "iframe", "img", "object", "embed", "base") for t, _ in page.tags),
   "no <link>, <iframe>, <img>, <object>, <embed>, <base>")
ok(all(not re.search(r"url\(|@import", s) for s in page.styles), "no url() or @import in the styles")
ok(len(page.scripts) == 1 and all("src" not in a for t, a in page.tags if t == "script"), "one inline script")
js = page.scripts[0]
for bad in (r"\bfetch\(", r"XMLHttpRequest", r"(?<![.\w])import\(", r"WebSocket", r"sendBeacon", r"EventSource"):
    ok(not re.search(bad, js), f"the script calls {bad}")
csp = [a.get("content", "") for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
ok(csp and "default-src 'none'" in csp[0], "a Content-Security-Policy that allows no network")
ok("sigma" in js and "graphology" in js.lower() and "Permission is hereby granted" in js,
   "sigma.js and graphology inside, with their licence notices")

# the same bytes again; standard output gives them too
out2 = os.path.join(tmp, "again.html")
run("report", seeds, "-o", out2, "--label-lang", "zh")
with open(out, "rb") as a, open(out2, "rb") as b:
    ok(a.read() == b.read(), "the same bytes twice")
r = subprocess.run([cg, "report", "-g", graph, "--label-lang", "zh", "-o", "-"], capture_output=True)
with open(out, "rb") as a:
    ok(r.returncode == 0 and r.stdout == a.read(), "from -g, to standard output: the same page")

# labels in English; a title
en = os.path.join(tmp, "en.html")
r = run("report", "-g", graph, "--label-lang", "en", "--title", "Nagorno-Karabakh <letters>", "-o", en)
ok(r.returncode == 0, f"--label-lang en: {r.stderr}")
t_en, p_en = page_of(en)
d_en = json.loads(p_en.data)
lab = {n["id"]: n["l"] for n in d_en["nodes"]}
ok(lab["S/RES/822(1993)"] == "Security Council resolution 822 (1993)", f"English label: {lab['S/RES/822(1993)']}")
ok(lab["instrument:un-charter"] == "Charter of the United Nations", f"English label: {lab['instrument:un-charter']}")
ok("<title>Nagorno-Karabakh &lt;letters&gt;</title>" in t_en and '<html lang="en"' in t_en, "the title, escaped; lang")

# filters: only what they keep
aze = os.path.join(tmp, "aze.html")
r = run("report", seeds, "--sender", "AZE", "-o", aze)
_, p_aze = page_of(aze)
d_aze = json.loads(p_aze.data)
senders = {n["s"] for n in d_aze["nodes"] if n["k"] == 0 and n["c"]}
ok(r.returncode == 0 and senders == {"AZE"}, f"--sender AZE: letters of {senders}")

# errors
r = run("report", seeds)
ok(r.returncode == 2 and "give -o OUT.html" in r.stderr, f"no -o: exit {r.returncode}: {r.stderr}")
r = run("report", seeds, "--label-lang", "de", "-o", out)
ok(r.returncode == 2 and "--label-lang" in r.stderr and "zh" in r.stderr, f"--label-lang de: {r.returncode}: {r.stderr}")
r = run("report", seeds, "-o", os.path.join(tmp, "nodir", "r.html"))
ok(r.returncode == 1 and "does not exist" in r.stderr, f"a missing folder: {r.returncode}: {r.stderr}")
r = run("report", "-o", out, "-g", graph, seeds)
ok(r.returncode == 2, "-g and PATHs")
r = run("report", os.path.join(tmp, "nothing-here"), "-o", os.path.join(tmp, "none.html"))
ok(r.returncode == 1 and not os.path.exists(os.path.join(tmp, "none.html")), "no letter read: nothing written")
ok(not [f for f in os.listdir(tmp) if f.startswith(".cg-")], "no temporary file left")

# through a FIFO
fifo = os.path.join(tmp, "pipe")
os.mkfifo(fifo)
got = []
reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
reader.start()
r = run("report", "-g", graph, "--label-lang", "zh", "-o", fifo)
reader.join(10)
with open(out, "rb") as a:
    ok(r.returncode == 0 and got and got[0] == a.read(), "through a FIFO: the whole page")
ok(stat.S_ISFIFO(os.stat(fifo).st_mode), "the FIFO stays a FIFO")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
