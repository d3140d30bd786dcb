#!/usr/bin/env python3
"""--json on every command, against docs/schemas: one JSON document per
invocation (JSON Lines only for scan --jsonl), integers as integers (never
8.0), reals with at most six significant digits, lists always arrays (the
schemas say which fields are lists).  Skips (77) without python3-jsonschema.

usage: json_test.py CITEGRAPH GRAPH   (from the project folder)"""
import json
import os
import re
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError:
    print("skipped: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)

cg, graph = sys.argv[1], sys.argv[2]
seeds = "tests/corpus/seeds"
letters = sorted(os.path.join(seeds, f) for f in os.listdir(seeds))
tmp = tempfile.mkdtemp()
failed = passed = 0


def fail(what):
    global failed
    failed += 1
    print("FAIL:", what)


class Real(float):
    """A number written with a fraction or an exponent."""


def real(text):
    digits = re.sub(r"[eE].*$", "", text).replace("-", "").replace(".", "").lstrip("0")
    if len(digits.rstrip("0") or "0") > 6:
        raise ValueError("a real with more than six significant digits: " + text)
    return Real(text)


checker = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine(
    "integer", lambda c, x: isinstance(x, int) and not isinstance(x, bool))
Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, type_checker=checker)


def schema(name):
    with open(os.path.join("docs", "schemas", name + ".schema.json"), encoding="utf-8") as f:
        s = json.load(f)
    jsonschema.Draft202012Validator.check_schema(s)
    return s


def check(name, args, lines=False, want_rc=0):
    global passed
    what = "citegraph " + " ".join(args)
    r = subprocess.run([cg] + args, capture_output=True)
    if r.returncode != want_rc:
        return fail(f"{what}: exit {r.returncode}, want {want_rc}: {r.stderr.decode()[:300]}")
    text = r.stdout.decode("utf-8")
    try:
        docs = [json.loads(l, parse_float=real) for l in text.splitlines()] if lines else \
            [json.loads(text, parse_float=real)]
    except ValueError as e:
        return fail(f"{what}: not {'JSON Lines' if lines else 'one JSON document'}: {e}")
    v = Validator(schema(name))
    for d in docs:
        errs = sorted(v.iter_errors(d), key=lambda e: list(e.path))
        if errs:
            e = errs[0]
            return fail(f"{what}: {name}.schema.json: at {'/'.join(map(str, e.path))}: {e.message[:300]}")
    passed += 1
    return docs


g = ["-g", graph]
check("top", ["top"] + g + ["--json", "-n", "0"])
check("top", ["top"] + g + ["--json", "--kind", "letter"])
check("top", ["top"] + g + ["--json", "--sender", "AZE", "--by", "pagerank"])
check("top", ["top"] + g + ["--json", "--sender", "RUS"])  # nothing passes: []
d = check("scan", ["scan", "--json"] + letters[:2])
if d and len(d[0]["documents"]) != 2:
    fail("scan --json on two files: one document listing both")
check("scan", ["scan", "--json", letters[0], os.path.join(tmp, "missing.txt")], want_rc=1)
check("scan-line", ["scan", "--jsonl"] + letters, lines=True)
evaldir = os.path.join("tests", "corpus", "eval")
d = check("unresolved", ["scan", "--unresolved", "--json", evaldir])
if d and not d[0]["unresolved"]:
    fail("scan --unresolved --json on the evaluation set: nothing listed")
check("find", ["find"] + g + ["--json", "charter"])
check("find", ["find"] + g + ["--json", "nothing-of-the-sort"])
check("trace", ["trace"] + g + ["--json", "resolution 822 (1993)"])
check("trace", ["trace"] + g + ["--json", "UN Charter", "--sender", "ARM"])
check("trace", ["trace"] + g + ["--json", "--from", "letter:2021-08-18:ARM"])
check("path", ["path"] + g + ["--json", "A/75/379", "UN Charter"])
check("path", ["path"] + g + ["--json", "S/RES/822(1993)", "S/RES/853(1993)"])
check("related", ["related"] + g + ["--json", "S/RES/822(1993)"])
check("related", ["related"] + g + ["--json", "A/75/379"])
check("stats", ["stats"] + g + ["--json"])
check("stats", ["stats"] + g + ["--json", "--since", "2021"])
check("build", ["build", "--json", seeds, "-o", os.path.join(tmp, "g.gexf")])
check("export", ["export", "--json"] + g + ["-o", os.path.join(tmp, "g.csv"), "--sender", "ARM,aze", "--kind", "instrument"])
check("export", ["export", "--json", seeds, "-o", os.path.join(tmp, "g.json")])
check("report", ["report", "--json"] + g + ["-o", os.path.join(tmp, "r.html"), "--label-lang", "en"])
check("report", ["report", "--json", seeds, "-o", os.path.join(tmp, "r.html"), "--sender", "AZE"])

# merge: two graphs built with their scan caches
for name, src in (("a", seeds), ("b", os.path.join("tests", "corpus", "en"))):
    subprocess.run([cg, "build", "-q", src, "-o", os.path.join(tmp, name + ".graphml")], check=True)
check("merge", ["merge", "--json", os.path.join(tmp, "a.graphml"), os.path.join(tmp, "b.graphml"),
                "-o", os.path.join(tmp, "ab.gexf")])

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
