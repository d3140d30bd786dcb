#!/usr/bin/env python3
"""Precision and recall of a citation graph per family of forms and per language.

usage:
  accuracy.py score GRAPH.graphml [--eval DIR] [--gold GOLD.json] [--families FAMILIES.json]
                [--unresolved-listing FILE] [--min-recall R] [--min-precision P]
                [--min-family-recall R] [--min-family-precision P]
                [--min-language-recall R] [--min-language-precision P]
                [--min-facts F] [--strict-labels] [-q]
  accuracy.py check [--eval DIR] [--shared DIR]

`score` reads the GraphML as ../shared/tools/score-graphml does (nodes named
by their `name` attribute, letters found by their `file` attribute or by
the gold id, only `cites` edges) and the gold file (tests/corpus/eval/
gold.json); families.json, its side file, gives the language of every
document, the family of every expected citation, the identity each document
must take, what it must not cite, the facts the nodes of letters cited by
description must carry and the mentions that must stay unresolved.  It
prints one table per family and one per language, then every miss and
every invented node with its file, and exits 1 when a figure is under its
threshold (2 on a usage error or unreadable input).

`check` verifies that the gold and side files are well-formed and
consistent: every file exists and every file of the folder is in the gold,
the two files list the same documents and citations, every id has a shape
of the identifier contract (../shared/spec/citation-ids.md), no forbidden
pattern matches an expected id, and, with --shared, that Security Council
resolution years agree with data/sc-resolutions.tsv and that presidential
statements resolved by date are the only statement of that day in
data/sc-prst.tsv (and those kept unresolved are not).

Standard library only.
"""
import argparse
import datetime
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

NS = "{http://graphml.graphdrawing.org/xmlns}"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_EVAL = os.path.join(HERE, "corpus", "eval")
FAMILY_ORDER = ["wrap", "list", "identity", "other-body", "letter", "no-year", "base"]


def fail(msg, code=2):
    print(f"accuracy.py: {msg}", file=sys.stderr)
    sys.exit(code)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError as e:
        fail(f"{path}: cannot read: {e.strerror}")
    except json.JSONDecodeError as e:
        fail(f"{path}:{e.lineno}:{e.colno}: not valid JSON: {e.msg}")


# ---------------------------------------------------------------- graph
def load_graphml(path):
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
    raw, edges = {}, []
    for n in g.iter(NS + "node"):
        raw[n.get("id")] = {keys.get(d.get("key"), d.get("key")): d.text or "" for d in n.findall(NS + "data")}
    canon = {gid: at.get("name") or gid for gid, at in raw.items()}
    nodes = {canon[gid]: at for gid, at in raw.items()}
    for e in g.iter(NS + "edge"):
        at = {keys.get(d.get("key"), d.get("key")): d.text or "" for d in e.findall(NS + "data")}
        edges.append((canon.get(e.get("source"), e.get("source")), canon.get(e.get("target"), e.get("target")), at))
    return nodes, edges


def matches(pattern, node_id, nodes):
    if pattern.startswith("re:"):
        return re.search(pattern[3:], node_id) is not None
    if pattern == node_id:
        return True
    return pattern in nodes.get(node_id, {}).get("symbols", "").split()


def families_of(value):
    return value if isinstance(value, list) else [value]


# ---------------------------------------------------------------- score
class Tally:
    def __init__(self):
        self.tp = self.fn = self.fp = 0

    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


def fmt(x):
    return "   -  " if x is None else f"{x:6.3f}"


def score(a):
    gold = load_json(a.gold)
    fam = load_json(a.families)
    nodes, edges = load_graphml(a.graph)
    side = {d["file"]: d for d in fam.get("documents", [])}
    by_file = {}
    for nid, at in nodes.items():
        fv = at.get("file", "")
        try:  # a JSON list of files, or names separated by spaces
            files = json.loads(fv) if fv.startswith("[") else fv.split()
        except ValueError:
            files = fv.split()
        for f in files:
            by_file[os.path.basename(f)] = nid
    out = {}
    for s, t, at in edges:
        if at.get("kind", at.get("edge_kind", "cites")) == "cites":
            out.setdefault(s, set()).add(t)
    listing = None
    if a.unresolved_listing:
        try:
            with open(a.unresolved_listing, encoding="utf-8") as f:
                listing = [re.sub(r"\s+", " ", line) for line in f]
        except OSError as e:
            fail(f"{a.unresolved_listing}: cannot read: {e.strerror}")

    per_fam = {f: Tally() for f in FAMILY_ORDER}
    per_fl = {}
    per_lang = {}
    total = Tally()
    misses, invented, notes = [], [], []
    facts_ok = facts_all = 0
    unres_ok = unres_all = 0
    forbidden_fam = fam.get("forbidden", {})

    for doc in gold["documents"]:
        sd = side.get(doc["file"])
        if sd is None:
            fail(f"{a.families}: no entry for {doc['file']} (run `accuracy.py check`)")
        lang = sd.get("language", "?")
        lt = per_lang.setdefault(lang, Tally())
        lid = by_file.get(doc["file"])
        if lid is None and doc.get("id") in nodes:
            lid = doc["id"]
        cited = out.get(lid, set()) if lid else set()
        fcites = sd.get("cites", {})
        used = set()
        for alts in doc["cites"]:
            fams = families_of(fcites.get(alts[0], "base"))
            hit = [t for t in cited if any(matches(p, t, nodes) for p in alts)]
            for f in fams:
                for t in (per_fam.setdefault(f, Tally()), per_fl.setdefault((f, lang), Tally())):
                    if hit:
                        t.tp += 1
                    else:
                        t.fn += 1
            if hit:
                used.update(hit)
                total.tp += 1
                lt.tp += 1
            else:
                total.fn += 1
                lt.fn += 1
                misses.append((doc["file"], alts[0], "/".join(fams)))
        # identity: the letter node carries the expected id
        if sd.get("identity"):
            want = sd["identity"]["id"]
            for t in (per_fam["identity"], per_fl.setdefault(("identity", lang), Tally())):
                if lid == want:
                    t.tp += 1
                else:
                    t.fn += 1
            if lid != want:
                misses.append((doc["file"], f"identity {want} (node is {lid or 'missing'})", "identity"))
        # invented: cited targets that are neither expected nor optional
        optional = doc.get("optional", [])
        extra = []
        for t in sorted(cited - used):
            if any(matches(p, t, nodes) for p in optional):
                continue
            if any(u.startswith(t + "/art.") for u in used):
                continue
            extra.append(t)
        gold_ids = [alts[0] for alts in doc["cites"]]
        for t in extra:
            f = attribute(t, sd, forbidden_fam, gold_ids, nodes)
            per_fam.setdefault(f, Tally()).fp += 1
            per_fl.setdefault((f, lang), Tally()).fp += 1
            total.fp += 1
            lt.fp += 1
            invented.append((doc["file"], t, f))
        # a letter's own symbols cited by the letter (the node is the letter itself)
        for nc in sd.get("not_cited", []):
            if lid and lid == nc["id"] and nc["id"] in cited:
                per_fam.setdefault(nc["family"], Tally()).fp += 1
                per_fl.setdefault((nc["family"], lang), Tally()).fp += 1
                invented.append((doc["file"], nc["id"] + " (cites itself)", nc["family"]))
        # unresolved mentions
        for u in sd.get("unresolved", []):
            unres_all += 1
            bad = sorted(t for t in cited if any(matches(p, t, nodes) for p in u.get("not", [])))
            listed = True
            if listing is not None:
                want = re.sub(r"\s+", "", u["text"])
                listed = any(doc["file"] in line and want in re.sub(r"\s+", "", line) for line in listing)
            if not bad and listed:
                unres_ok += 1
            else:
                why = f"resolved to {', '.join(bad)}" if bad else "not listed as unresolved"
                notes.append((doc["file"], f"unresolved \"{u['text']}\": {why}", u.get("family", "?")))
        # facts of letters cited by description
        for nf in sd.get("nodes", []):
            facts_all += 1
            at = nodes.get(nf["id"])
            problems = []
            if at is None:
                problems.append("no such node")
            else:
                if at.get("date", "") != nf["date"]:
                    problems.append(f"date={at.get('date', '')!r} (want {nf['date']!r})")
                got = at.get("sender", "").split()
                want_first = nf.get("sender_first", nf["sender"].split()[0])
                if not got or got[0] != want_first:
                    problems.append(f"sender={at.get('sender', '')!r} (want {nf['sender']!r})")
                label = at.get("label", "")
                if a.strict_labels:
                    if label not in nf.get("label", {}).values():
                        problems.append(f"label={label!r} (want one of {sorted(nf.get('label', {}).values())})")
                elif not label or label == nf["id"] or nf["date"][:4] not in label:
                    problems.append(f"label={label!r} (a readable label with the date)")
            if problems:
                notes.append((doc["file"], f"node {nf['id']}: " + "; ".join(problems), "letter"))
            else:
                facts_ok += 1

    forbidden = sorted(n for n in nodes if any(matches(p, n, nodes) for p in gold.get("forbidden", [])))
    forb_fams = {}
    for n in forbidden:
        f = next((forbidden_fam[p] for p in gold["forbidden"] if p in forbidden_fam and matches(p, n, nodes)), "base")
        forb_fams[n] = f

    # ------------------------------------------------------------ report
    if not a.q:
        print(f"{'family':<12} {'expected':>8} {'found':>6} {'recall':>7} {'invented':>8} {'precision':>9}")
        for f in FAMILY_ORDER + sorted(set(per_fam) - set(FAMILY_ORDER)):
            t = per_fam[f]
            if t.tp + t.fn + t.fp == 0:
                continue
            print(f"{f:<12} {t.tp + t.fn:>8} {t.tp:>6} {fmt(t.recall()):>7} {t.fp:>8} {fmt(t.precision()):>9}")
        print()
        print(f"{'language':<12} {'expected':>8} {'found':>6} {'recall':>7} {'invented':>8} {'precision':>9}")
        for lang in sorted(per_lang):
            t = per_lang[lang]
            print(f"{lang:<12} {t.tp + t.fn:>8} {t.tp:>6} {fmt(t.recall()):>7} {t.fp:>8} {fmt(t.precision()):>9}")
        print()
        langs = sorted(per_lang)
        print(f"{'recall / precision':<20}" + "".join(f"{l:>17}" for l in langs))
        for f in FAMILY_ORDER + sorted(set(per_fam) - set(FAMILY_ORDER)):
            cells = []
            for l in langs:
                t = per_fl.get((f, l), Tally())
                cells.append(f"{fmt(t.recall()).strip():>7} / {fmt(t.precision()).strip():<7}")
            if any((f, l) in per_fl for l in langs):
                print(f"{f:<20}" + "".join(f"{c:>17}" for c in cells))
        print()
        for file, what, f in misses:
            print(f"MISS      {file}: {what} [{f}]")
        for file, what, f in invented:
            print(f"INVENTED  {file}: {what} [{f}]")
        for n in forbidden:
            print(f"FORBIDDEN {n} [{forb_fams[n]}]")
        for file, what, f in notes:
            print(f"WRONG     {file}: {what} [{f}]")
        print()
    facts = facts_ok / facts_all if facts_all else 1.0
    print(f"recall={fmt(total.recall()).strip()} precision={fmt(total.precision()).strip()} "
          f"identity={per_fam['identity'].tp}/{per_fam['identity'].tp + per_fam['identity'].fn} "
          f"facts={facts_ok}/{facts_all} unresolved={unres_ok}/{unres_all} forbidden={len(forbidden)}")

    below = []
    def under(name, value, minimum):
        if minimum is not None and value is not None and value < minimum:
            below.append(f"{name} {value:.3f} < {minimum}")
    under("recall", total.recall(), a.min_recall)
    under("precision", total.precision(), a.min_precision)
    only = set(a.only.split(",")) if a.only else None
    for f, t in per_fam.items():
        if only is not None and f not in only:
            continue
        under(f"{f} recall", t.recall(), a.min_family_recall)
        under(f"{f} precision", t.precision(), a.min_family_precision)
    for lang, t in (per_lang.items() if only is None else []):
        under(f"{lang} recall", t.recall(), a.min_language_recall)
        under(f"{lang} precision", t.precision(), a.min_language_precision)
    under("letter facts", facts, a.min_facts)
    thresholds = [a.min_recall, a.min_precision, a.min_family_recall, a.min_family_precision,
                  a.min_language_recall, a.min_language_precision, a.min_facts]
    if any(x is not None for x in thresholds):
        bad = [n for n in forbidden if only is None or forb_fams[n] in only]
        if bad:
            below.append(f"{len(bad)} forbidden node(s)")
        if only is None and unres_ok < unres_all:
            below.append(f"{unres_all - unres_ok} mention(s) that must stay unresolved")
    for b in below:
        print(f"under threshold: {b}")
    return 1 if below else 0


def attribute(t, sd, forbidden_fam, gold_ids, nodes):
    """the family an invented node belongs to"""
    for nc in sd.get("not_cited", []):
        if matches(nc["id"], t, nodes):
            return nc["family"]
    for u in sd.get("unresolved", []):
        if any(matches(p, t, nodes) for p in u.get("not", [])):
            return u.get("family", "base")
    for p, f in forbidden_fam.items():
        if matches(p, t, nodes):
            return f
    if any(g != t and g.startswith(t) for g in gold_ids):
        return "wrap"  # a truncated expected id
    return "unattributed"


# ---------------------------------------------------------------- check
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(s):
    n = 0
    for i, ch in enumerate(s):
        v = ROMAN[ch]
        n += -v if i + 1 < len(s) and ROMAN[s[i + 1]] > v else v
    return n


MODIFIERS = r"(?:Rev|Add|Corr|Amend|Suppl|Sub)\.\d+|Summary"
COMPONENT = rf"(?:[A-Z0-9][A-Z0-9.\-]*|{MODIFIERS}|Sub\.\d+)"
SYMBOL = re.compile(rf"^[A-Z][A-Z0-9.\-]*(?:/{COMPONENT})+(?:\(\d{{4}}\))?$")
SC_RES = re.compile(r"^S/RES/(\d+)\((\d{4})\)$")
GA_RES = re.compile(r"^A/RES/(?:(\d+)\(([IVXL]+)\)|(\d+)/(\d+)|(ES|S)-(\d+)/(\d+)|(\d+)\((ES|S)-([IVXL]+)\))$")
PRST = re.compile(r"^S/PRST/(\d{4})/(\d+)$")
INSTRUMENT = re.compile(r"^instrument:[a-z0-9][a-z0-9-]*$")
ARTICLE = re.compile(r"^(.+)/art\.(\d+[a-z]?)(?:\((\d+)\))?$")
LETTER = re.compile(r"^letter:(\d{4}-\d{2}-\d{2}):([A-Z]{3})$")
URL = re.compile(r"^url:[a-z0-9][a-z0-9.\-]*\.[a-z]{2,}(?::\d+)?(?:/\S*)?$")


def id_problem(i, countries):
    """None when i has a shape of the identifier contract, else why not"""
    if re.search(r"\s", i):
        return "white space in an id"
    m = ARTICLE.match(i)
    if m and (m.group(1).startswith(("instrument:", "title:")) or m.group(1).startswith("A/RES/")):
        return id_problem(m.group(1), countries)
    if i.startswith("instrument:"):
        return None if INSTRUMENT.match(i) else "instrument:SLUG (lower case, digits, hyphens)"
    if i.startswith("icj:"):
        return None if re.match(r"^icj:[a-z0-9][a-z0-9-]*$", i) else "icj:SLUG"
    if i.startswith("title:"):
        return None if len(i) > 6 else "empty title"
    if i.startswith("url:"):
        if re.match(r"^url:(https?:|www\.)", i, re.I):
            return "url: without scheme and leading www."
        if i.endswith(("/", ".", ",", ";", ":", "。", "，", "；")) or "#" in i:
            return "url: without trailing '/', punctuation or #fragment"
        return None if URL.match(i) else "url:HOST/PATH"
    if i.startswith("letter:"):
        m = LETTER.match(i)
        if not m:
            return "letter:YYYY-MM-DD:ISO3"
        try:
            datetime.date.fromisoformat(m.group(1))
        except ValueError:
            return "letter: with an impossible date"
        if countries and m.group(2) not in countries:
            return f"letter: with {m.group(2)}, not an ISO 3166-1 alpha-3 code of src/data/countries.json"
        return None
    if i.startswith("S/RES/"):
        return None if SC_RES.match(i) else "S/RES/NUMBER(YEAR)"
    if i.startswith("A/RES/"):
        m = GA_RES.match(i)
        if not m:
            return "A/RES/NUMBER(ROMAN), A/RES/SESSION/NUMBER, A/RES/ES-N/N or A/RES/S-N/N"
        if m.group(2) and roman(m.group(2)) > 30:
            return "a Roman session of the General Assembly is at most XXX"
        if m.group(3) and int(m.group(3)) < 31:
            return "session/number is for the 31st session on"
        return None
    if not SYMBOL.match(i):
        return "a UN symbol: upper case, '/'-separated, no spaces, modifiers as printed (Rev.1, Add.1)"
    if not re.search(r"\d", i):
        return "a symbol contains a digit"
    return None


def load_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            rows.append(line.rstrip("\n").split("\t"))
    return rows


def check(a):
    problems = []
    def bad(msg):
        problems.append(msg)
    gold_path = os.path.join(a.eval, "gold.json")
    fam_path = os.path.join(a.eval, "families.json")
    gold = load_json(gold_path)
    fam = load_json(fam_path)
    countries = set()
    cpath = os.path.join(HERE, "..", "src", "data", "countries.json")
    if os.path.exists(cpath):
        countries = {c["iso3"] for c in load_json(cpath)["countries"]}
    sc_years, prst_dates, prst_by_date, prst_years = {}, {}, {}, {}
    have_tables = False
    if a.shared:
        data = os.path.join(a.shared, "data")
        if os.path.exists(os.path.join(data, "sc-resolutions.tsv")):
            have_tables = True
            for n, y, *_ in load_tsv(os.path.join(data, "sc-resolutions.tsv")):
                sc_years[int(n)] = int(y)
            for sym, d, *_ in load_tsv(os.path.join(data, "sc-prst.tsv")):
                prst_dates[sym] = d
                prst_by_date.setdefault(d, []).append(sym)
                y, n = PRST.match(sym).groups()
                prst_years.setdefault(int(y), set()).add(int(n))
        else:
            print(f"note: {data} has no tables: years and statement dates not checked")

    for key in ("about", "documents", "forbidden"):
        if key not in gold:
            bad(f"gold.json: no '{key}'")
    for key in ("about", "families", "documents"):
        if key not in fam:
            bad(f"families.json: no '{key}'")
    if problems:
        return report(problems)
    names = set(fam["families"])
    gdocs, fdocs = gold["documents"], fam["documents"]
    if [d["file"] for d in gdocs] != [d["file"] for d in fdocs]:
        bad("gold.json and families.json do not list the same documents in the same order")
    files_seen = set()
    langs = {}
    forbidden = gold["forbidden"]
    for p in forbidden:
        if p.startswith("re:"):
            try:
                re.compile(p[3:])
            except re.error as e:
                bad(f"forbidden {p!r}: not a regular expression: {e}")
        if p not in fam.get("forbidden", {}):
            bad(f"families.json: forbidden {p!r} has no family")
    for p, f in fam.get("forbidden", {}).items():
        if p not in forbidden:
            bad(f"families.json: forbidden {p!r} is not in gold.json")
        if f not in names:
            bad(f"families.json: forbidden {p!r}: unknown family {f!r}")
    expected_everywhere = set()
    for g, sd in zip(gdocs, fdocs):
        f = g["file"]
        where = f"{sd.get('path', f)}"
        if f in files_seen:
            bad(f"{f}: listed twice")
        files_seen.add(f)
        path = os.path.join(a.eval, sd.get("path", ""))
        if not sd.get("path") or os.path.basename(sd["path"]) != f or not os.path.isfile(path):
            bad(f"{f}: no file at {os.path.join(a.eval, sd.get('path') or '?')}")
        lang = sd.get("language")
        if lang not in ("zh", "en"):
            bad(f"{where}: language {lang!r} (zh or en)")
        elif not sd["path"].startswith(lang + "/"):
            bad(f"{where}: a {lang} document outside {lang}/")
        langs[lang] = langs.get(lang, 0) + 1
        for k in ("id", "cites"):
            if k not in g:
                bad(f"{where}: gold has no '{k}'")
        ids = [g.get("id", "")]
        if "date" in g:
            try:
                datetime.date.fromisoformat(g["date"])
            except ValueError:
                bad(f"{where}: date {g['date']!r}")
        if "sender" in g and countries and any(s not in countries for s in g["sender"].split()):
            bad(f"{where}: sender {g['sender']!r} is not ISO 3166-1 alpha-3")
        firsts = []
        for alts in g.get("cites", []):
            if not alts or not isinstance(alts, list):
                bad(f"{where}: a cites entry must be a non-empty list")
                continue
            firsts.append(alts[0])
            ids.extend(x for x in alts if not x.startswith("re:"))
        if len(set(firsts)) != len(firsts):
            bad(f"{where}: the same citation twice")
        for x in g.get("optional", []):
            if not x.startswith("re:"):
                ids.append(x)
        for i in ids:
            why = id_problem(i, countries)
            if why:
                bad(f"{where}: {i!r}: {why}")
        expected_everywhere.update(ids)
        fc = sd.get("cites", {})
        if set(fc) != set(firsts):
            missing = sorted(set(firsts) - set(fc))
            extra = sorted(set(fc) - set(firsts))
            bad(f"{where}: families.json cites differ from gold.json (no family: {missing}, not in gold: {extra})")
        for i, fams in fc.items():
            for x in families_of(fams):
                if x not in names:
                    bad(f"{where}: {i}: unknown family {x!r}")
        ident = sd.get("identity")
        if ident:
            if ident.get("id") != g.get("id"):
                bad(f"{where}: identity {ident.get('id')!r} is not the gold id {g.get('id')!r}")
            for v in ident.get("versions", []):
                other = next((d for d in fdocs if d.get("path") == v), None)
                og = next((d for d in gdocs if other and d["file"] == other["file"]), None)
                if not other or not og:
                    bad(f"{where}: version {v} is not a document of the set")
                elif og.get("id") != g.get("id") or og.get("cites") != g.get("cites"):
                    bad(f"{where}: version {v} has another id or other citations")
        for nc in sd.get("not_cited", []):
            if nc.get("family") not in names:
                bad(f"{where}: not_cited {nc.get('id')}: unknown family")
            if nc.get("id") in firsts:
                bad(f"{where}: {nc['id']} is both expected and not to be cited")
        for nf in sd.get("nodes", []):
            if nf.get("id") not in firsts:
                bad(f"{where}: facts for {nf.get('id')}, which the document is not expected to cite")
            m = LETTER.match(nf.get("id", ""))
            if not m:
                bad(f"{where}: facts for {nf.get('id')!r}: only letter:DATE:ISO3 nodes carry facts")
            else:
                if nf.get("date") != m.group(1):
                    bad(f"{where}: {nf['id']}: date {nf.get('date')!r} differs from the id")
                first = nf.get("sender_first", (nf.get("sender") or "?").split()[0])
                if first != m.group(2):
                    bad(f"{where}: {nf['id']}: first sender {first!r} differs from the id")
            if not isinstance(nf.get("label"), dict) or not nf["label"]:
                bad(f"{where}: {nf.get('id')}: a label per language")
        for u in sd.get("unresolved", []):
            if not u.get("text") or not u.get("not"):
                bad(f"{where}: an unresolved mention needs 'text' and 'not'")
                continue
            if u.get("family") not in names:
                bad(f"{where}: unresolved {u['text']!r}: unknown family")
            try:
                text = open(path, encoding="utf-8").read() if os.path.isfile(path) else ""
            except OSError:
                text = ""
            if re.sub(r"\s+", "", u["text"]) not in re.sub(r"\s+", "", text):
                bad(f"{where}: unresolved {u['text']!r} is not in the text")
            for p in u["not"]:
                if any(matches(p, x, {}) for x in firsts):
                    bad(f"{where}: unresolved {u['text']!r}: {p} is also expected")
            if have_tables and u.get("prst_date"):
                if prst_unique(u["prst_date"], prst_by_date, prst_years, prst_dates):
                    bad(f"{where}: {u['text']!r}: sc-prst.tsv dates {prst_by_date[u['prst_date']][0]} "
                        f"unambiguously: it should be resolved")
        by_date = {p["id"]: p["date"] for p in sd.get("prst", [])}
        for i, d in by_date.items():
            if i not in firsts:
                bad(f"{where}: statement {i} by date is not expected")
        if have_tables:
            for i in ids:
                m = SC_RES.match(i)
                if m:
                    n, y = int(m.group(1)), int(m.group(2))
                    if n in sc_years and sc_years[n] != y:
                        bad(f"{where}: {i}: sc-resolutions.tsv gives {n} ({sc_years[n]})")
                    elif n not in sc_years and "no-year" in families_of(fc.get(i, "base")):
                        bad(f"{where}: {i}: no year in sc-resolutions.tsv for a resolution written without it")
                m = PRST.match(i)
                if m and i in firsts:
                    if i in by_date:
                        d = by_date[i]
                        if prst_dates.get(i) != d:
                            bad(f"{where}: {i} is dated {prst_dates.get(i)!r} in sc-prst.tsv, not {d}")
                        elif not prst_unique(d, prst_by_date, prst_years, prst_dates):
                            bad(f"{where}: {i}: {d} is not the day of one statement only in sc-prst.tsv")
                    elif "no-year" in families_of(fc.get(i, "base")):
                        bad(f"{where}: {i} is a statement by date without its date in 'prst'")
        for p in forbidden:
            for i in ids:
                if matches(p, i, {}):
                    bad(f"{where}: forbidden {p!r} matches the expected {i!r}")
    on_disk = set()
    for lang in ("zh", "en"):
        d = os.path.join(a.eval, lang)
        if os.path.isdir(d):
            on_disk.update(x for x in os.listdir(d) if x.endswith((".txt", ".md", ".markdown", ".text")))
    for x in sorted(on_disk - files_seen):
        bad(f"{x}: a document of the folder without gold")
    if len(gdocs) < 45:
        bad(f"{len(gdocs)} documents: the evaluation set holds at least 45")
    if problems:
        return report(problems)
    ncites = sum(len(g["cites"]) for g in gdocs)
    print(f"gold and side files consistent: {len(gdocs)} documents "
          f"({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), {ncites} citations, "
          f"{len(forbidden)} forbidden patterns" + ("" if have_tables else " (tables not checked)"))
    return 0


def prst_unique(d, by_date, years, dates):
    """one statement that day, and no statement missing from the table (or
    undated) between its neighbours"""
    syms = by_date.get(d, [])
    if len(syms) != 1:
        return False
    y, n = map(int, PRST.match(syms[0]).groups())
    nums = years.get(y, set())
    if (n > 1 and n - 1 not in nums) or (n + 1 not in nums and n < max(nums)):
        return False
    undated = [s for s, dd in dates.items() if not dd and int(PRST.match(s).group(1)) == y]
    return not undated or all(abs(int(PRST.match(s).group(2)) - n) > 1 for s in undated)


def report(problems):
    for p in problems:
        print(f"accuracy.py: {p}", file=sys.stderr)
    print(f"{len(problems)} problem(s) in the gold and side files", file=sys.stderr)
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("graph")
    s.add_argument("--eval", default=DEFAULT_EVAL)
    s.add_argument("--gold")
    s.add_argument("--families")
    s.add_argument("--unresolved-listing")
    for name in ("recall", "precision", "family-recall", "family-precision", "language-recall",
                 "language-precision", "facts"):
        s.add_argument(f"--min-{name}", type=float)
    s.add_argument("--only", help="FAMILY,...: the family thresholds and forbidden nodes of these families only")
    s.add_argument("--strict-labels", action="store_true")
    s.add_argument("-q", action="store_true", help="summary line only")
    c = sub.add_parser("check")
    c.add_argument("--eval", default=DEFAULT_EVAL)
    c.add_argument("--shared")
    a = ap.parse_args()
    if a.cmd == "score":
        a.gold = a.gold or os.path.join(a.eval, "gold.json")
        a.families = a.families or os.path.join(a.eval, "families.json")
        sys.exit(score(a))
    sys.exit(check(a))


if __name__ == "__main__":
    main()
