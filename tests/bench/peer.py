#!/usr/bin/env python3
"""The peer citegraph is measured against: what a careful user writes in an
afternoon with re and networkx.

    python3 tests/bench/peer.py CORPUS_DIR OUT.graphml

Reads every .txt under CORPUS_DIR, joins the lines of each letter (Chinese
lines without a space, English ones with one), finds the forms of
docs/forms.md with one regular expression each (resolutions of the Council,
the Assembly, ECOSOC and the Human Rights Council, single and in lists;
decisions; symbols; undocs.org and other URLs; titles in 《》 and registry
titles; articles; ICJ cases; letters cited by description), builds a
networkx DiGraph letter -> target (weight = mentions), resolves letters
cited by date and sender to the corpus letter of that date and sender, runs
PageRank and writes GraphML.  It is not citegraph: no sentences, no
evidence, no page furniture, no context rules; it is the yardstick of
issue 10.
"""
import json
import os
import re
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "src", "data")

ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def zh_number(s):
    if s.isdigit():
        return int(s)
    n, cur = 0, 0
    for c in s:
        if c == "百":
            n += (cur or 1) * 100
            cur = 0
        elif c == "十":
            n += (cur or 1) * 10
            cur = 0
        else:
            cur = ZH_DIGITS.get(c, 0)
    return n + cur


with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
    STATES = {}
    for c in json.load(f)["countries"]:
        for name in c["zh"] + c["en"]:
            STATES[name] = c["iso3"]
with open(os.path.join(DATA, "registry.json"), encoding="utf-8") as f:
    REG = json.load(f)
TITLES = {}
for e in REG["instruments"]:
    for lang in ("zh", "en"):
        for t in e.get("titles", {}).get(lang, []):
            if len(t) > 3:
                TITLES[t] = e["id"]
for e in REG["cases"]:
    for lang in ("zh", "en"):
        for t in e.get("names", {}).get(lang, []):
            TITLES[t] = e["id"]
MONTHS = {m: i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"])}
STATE_RE = "|".join(sorted(map(re.escape, STATES), key=len, reverse=True))
TITLE_RE = re.compile("|".join(sorted(map(re.escape, TITLES), key=len, reverse=True)))

MAST = re.compile(r"([AS]/\d+/\d+)[–-](S/\d{4}/\d+)")
ZH_SC = re.compile(r"第\s*((?:\d+\s*\(\d{4}\)\s*[、和及,，]?\s*)+)号决议")
ZH_SC_SHARED = re.compile(r"第\s*((?:\d+\s*[、和及]\s*)+\d+)\s*\((\d{4})\)\s*号决议")
ZH_GA = re.compile(r"(大会|经济及社会理事会|人权理事会)第((?:(?:ES-)?\d+/\d+[、和及]?)+)号(决议|决定)")
ZH_ROMAN = re.compile(r"第\s*(\d+)\s*\(([IVXL]+)\)\s*号决议")
EN_SC = re.compile(r"resolutions? ((?:\d+ \(\d{4}\)(?:, | and |, and )?)+)")
EN_SC_SHARED = re.compile(r"resolutions ((?:\d+(?:, | and ))+)\d+ \((\d{4})\)")
EN_GA = re.compile(r"(General Assembly|Economic and Social Council|Human Rights Council) (resolution|decision)s? "
                   r"((?:(?:ES-)?\d+/\d+(?:, | and |, and )?)+)")
EN_ROMAN = re.compile(r"(?:resolution |\b)(\d+) \(([IVXL]+)\)")
SYMBOL = re.compile(r"(?<![\w/])((?:A|S|E|SG)(?:/[A-Z0-9.\-]+)*/\d[\w.\-]*(?:/[\w.\-]+)*)")
URL = re.compile(r"(?:https?://|www\.)[^\s，。；、()（）]+(?:\([^\s)]*\))?")
ZH_TITLE = re.compile(r"《([^》]{1,60})》(?:第([一二三四五六七八九十百\d]+)条)?")
EN_ART = re.compile(r"[Aa]rticles? (\d+)(?: \(\d+\))?(?:,? paragraph \d+,)? of the ([A-Z][\w ,]+?)(?=[.,;]| in | as )")
ZH_LETTER = re.compile(r"(\d{4})\s*年\s*(\d+)\s*月\s*(\d+)\s*日(" + STATE_RE + r")常驻[^给]{0,12}给[^的]{1,20}的(?:同文)?信")
EN_LETTER = re.compile(r"letter dated (\d+) (\w+) (\d{4}) from the Permanent Representative of (" + STATE_RE + ")")
OWN_ZH = re.compile(r"我\s*(\d{4})\s*年\s*(\d+)\s*月\s*(\d+)\s*日的信")
OWN_EN = re.compile(r"my letter dated (\d+) (\w+) (\d{4})")
BODY = {"大会": "A", "General Assembly": "A", "经济及社会理事会": "E", "Economic and Social Council": "E",
        "人权理事会": "A/HRC", "Human Rights Council": "A/HRC"}


def join_lines(text, zh):
    if zh:
        return re.sub(r"[ \t]*\n[\s]*", "", text)
    return re.sub(r"\s*\n\s*", " ", text)


def refs(text, zh, own):
    """The identifiers a letter cites, in no particular order."""
    out = []
    for m in (ZH_SC if zh else EN_SC).finditer(text):
        out += ["S/RES/%s(%s)" % (n, y) for n, y in re.findall(r"(\d+) ?\((\d{4})\)", m.group(1))]
    for m in (ZH_SC_SHARED if zh else EN_SC_SHARED).finditer(text):
        out += ["S/RES/%s(%s)" % (n, m.group(2)) for n in re.findall(r"\d+", m.group(1))]
    for m in (ZH_GA if zh else EN_GA).finditer(text):
        body = BODY[m.group(1)]
        kind = "RES" if m.group(zh and 3 or 2).startswith(("决议", "resolution")) else "DEC"
        for n in re.findall(r"(?:ES-)?\d+/\d+", m.group(2 if zh else 3)):
            out.append("%s/%s/%s" % (body, kind, n))
    for m in (ZH_ROMAN if zh else EN_ROMAN).finditer(text):
        out.append("A/RES/%s(%s)" % m.groups())
    for m in SYMBOL.finditer(text):
        out.append(re.split(r"[–-](?=[A-Z]+/)", m.group(1))[0].rstrip("."))
    for m in URL.finditer(text):
        u = m.group(0).rstrip(".,;")
        s = re.match(r"(?:https?://)?(?:undocs\.org|docs\.un\.org)/(?:(?:ch|en|zh)/)?(.+)", u)
        out.append(s.group(1) if s else "url:" + re.sub(r"^(?:https?://)?(?:www\.)?", "", u))
    if zh:
        for m in ZH_TITLE.finditer(text):
            t = TITLES.get(m.group(1), "title:" + m.group(1))
            out.append(t + ("/art.%d" % zh_number(m.group(2)) if m.group(2) else ""))
        for m in ZH_LETTER.finditer(text):
            out.append("letter:%s-%02d-%02d:%s" % (m.group(1), int(m.group(2)), int(m.group(3)), STATES[m.group(4)]))
        for m in OWN_ZH.finditer(text):
            out.append("letter:%s-%02d-%02d:%s" % (m.group(1), int(m.group(2)), int(m.group(3)), own))
    else:
        for m in EN_ART.finditer(text):
            t = TITLES.get(m.group(2).strip())
            if t:
                out.append("%s/art.%s" % (t, m.group(1)))
        for m in EN_LETTER.finditer(text):
            out.append("letter:%s-%02d-%02d:%s" % (m.group(3), MONTHS.get(m.group(2), 0), int(m.group(1)),
                                                   STATES[m.group(4)]))
        for m in OWN_EN.finditer(text):
            out.append("letter:%s-%02d-%02d:%s" % (m.group(3), MONTHS.get(m.group(2), 0), int(m.group(1)), own))
    for m in TITLE_RE.finditer(text):
        out.append(TITLES[m.group(0)])
    return out


def main():
    root, dest = sys.argv[1], sys.argv[2]
    g = nx.DiGraph()
    by_desc = {}
    for d, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            zh = len(re.findall(r"[\u4e00-\u9fff]", text[:2000])) > 100
            head, _, body = text.partition("的信" if zh else "Secretary-General")
            m = MAST.search(head)
            me = m.group(1) if m else "file:" + name
            dm = re.search(r"(\d{4}) 年 (\d+) 月 (\d+) 日(" + STATE_RE + ")" if zh else
                           r"dated (\d+) (\w+) (\d{4}) from the Permanent Representative of\s+(" + STATE_RE + ")", head)
            own = STATES.get(dm.group(4)) if dm else None
            if dm:
                y, mo, da = (dm.group(1), int(dm.group(2)), int(dm.group(3))) if zh else (
                    dm.group(3), MONTHS.get(dm.group(2), 0), int(dm.group(1)))
                by_desc["letter:%s-%02d-%02d:%s" % (y, mo, da, own)] = me
            g.add_node(me, kind="letter", file=os.path.join(d, name))
            for t in refs(join_lines(body, zh), zh, own):
                if t == me:
                    continue
                if g.has_edge(me, t):
                    g[me][t]["weight"] += 1
                else:
                    g.add_edge(me, t, weight=1)
    # letters cited by date and sender become the corpus letter
    nx.relabel_nodes(g, {k: v for k, v in by_desc.items() if k in g}, copy=False)
    pr = nx.pagerank(g, weight="weight")
    for n, v in pr.items():
        g.nodes[n]["pagerank"] = v
        g.nodes[n].setdefault("kind", "target")
    nx.write_graphml(g, dest)
    print("%d nodes, %d edges" % (g.number_of_nodes(), g.number_of_edges()), file=sys.stderr)


if __name__ == "__main__":
    main()
