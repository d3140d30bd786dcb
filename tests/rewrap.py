#!/usr/bin/env python3
"""Every letter of the test corpora, its paragraphs laid out otherwise,
gives the same references.

usage: rewrap.py PATH/TO/citegraph [DIR...] [-v]   (from the project folder;
       the folders default to tests/corpus/{en,fr,es,ru,ar} and
       tests/corpus/eval/{en,zh})

A letter's text comes cut into lines wherever the PDF's measure fell; the
same letter printed in another column width, or saved from Word with a
paragraph on one line, is the same letter.  For every letter this writes
the variants below, changing only its running paragraphs (blocks of two or
more lines of prose: no indented column, no short line inside the block),
scans them all (one `citegraph scan` of a temporary folder) and checks that
each gives the same nodes as the letter itself, and the same date, sender
and symbol:

  join      every paragraph on one line, as a word processor saves it
  wide      the paragraphs laid out again at 100 columns

Latin text is cut at spaces only, as a PDF sets it; Chinese, Japanese and
Korean characters count two columns and a line may end between any two of
them (a Latin word inside such a paragraph is not cut).  The oracle is the
letter as it is (its own golden lists are checked by tests/accuracy.py):
anything found in one layout and not in another is a reference lost or
invented by a line break.  A variant that rightly differs is listed in
ALLOWED with the reason.  Exits 1 when a variant differs.
"""
import argparse, collections, os, re, shutil, subprocess, sys, tempfile, unicodedata

# (file name, variant): why that layout rightly gives other nodes
ALLOWED = {
    ("zh_z20_aze_2022-04-04.txt", "join"):
        "the letter cuts https://ww⏎w.anama.gov.az over a line of spaces, which ends the paragraph joined "
        "here; its last line, now far wider than the measure, no longer reads as cut at the measure "
        "(a layout with the paragraph on one line would not cut the address at all)",
}

VARIANTS = {"join": 0, "wide": 100}


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def is_cjk(ch):
    return unicodedata.east_asian_width(ch) in "WF"


def join(lines):
    """One line of a paragraph's lines.  In Latin text a line break is a
    space; text with Chinese, Japanese or Korean characters is cut at the
    measure, inside a Latin word or a symbol too, so its lines go on with
    no space."""
    wide = any(is_cjk(c) for l in lines for c in l)
    out = ""
    for l in lines:
        t = l.strip()
        last = out.rsplit(" ", 1)[-1]
        # a web address cut at the measure (Latin text breaks at spaces,
        # but an address has none): "…/afghanistan⏎-statement-2023/…"
        cut = ("://" in last or last.startswith("www.")) and \
            (last[-1:] in "/-_?=&#" or t[:1] in "/-_?=&#")
        out = t if not out else out + ("" if wide or cut else " ") + t
    return out


def wrap(text, cols):
    """Cut at spaces (Latin) or between two wide characters."""
    lines, cur, curw = [], "", 0
    tokens = re.findall(r"[^\s\u3000-\u9fff\uff00-\uffef]+|[\u3000-\u9fff\uff00-\uffef]|\s+", text)
    for t in tokens:
        if t.isspace():
            if cur:
                cur += " "
                curw += 1
            continue
        tw = sum(width(c) for c in t)
        if cur and curw + tw > cols:
            lines.append(cur.rstrip())
            cur, curw = "", 0
        cur += t
        curw += tw
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def shape(line):
    """(indent, width of the whole line), wide characters counting two."""
    body = line.rstrip()
    indent = len(body) - len(body.lstrip())
    return indent, indent + sum(width(c) for c in body.strip())


def relayout(text, cols):
    """The paragraphs laid out again at COLS (0: one line each, as a word
    processor saves them).

    A paragraph is a run of lines each but the last at nearly the full
    measure, the first at any indent and the others at the body's (the
    commonest) or the first's, with between two lines what the letter puts
    between its lines (nothing, or one blank line, as text extracted from
    a PDF often has).  Everything else is left as it is."""
    eol = "\r\n" if "\r\n" in text else "\n"
    src = text.split(eol)
    filled = [k for k, l in enumerate(src) if l.strip()]
    if len(filled) < 4:
        return text
    gaps = collections.Counter(min(b - a - 1, 2) for a, b in zip(filled, filled[1:]))
    gap = 1 if gaps[1] > gaps[0] else 0
    body = collections.Counter(shape(src[k])[0] for k in filled).most_common(1)[0][0]
    # the measure: the widest line of the band of widths most lines reach
    # (a masthead's or a link's wide line is not it)
    bands = collections.defaultdict(list)
    for k in filled:
        w = shape(src[k])[1]
        if w >= 30:
            bands[w // 6].append(w)
    if not bands:
        return text
    measure = max(max(bands.values(), key=lambda b: (len(b), max(b))))
    trailing = sum(src[k].endswith(" ") for k in filled) * 2 > len(filled)

    def full(k):
        t = src[k].strip()
        return shape(src[k])[1] >= 0.8 * measure and not t.startswith(("_", "-", "*"))

    def cut_after(k):
        # Chinese text cut inside a Latin token short of the measure, as
        # proportional glyphs make real PDF lines do: "（见 A/4⏎8/115）"
        nxt = k + gap + 1
        if nxt >= len(src) or not any(is_cjk(c) for c in src[k]):
            return False
        a, b = src[k].rstrip()[-1:], src[nxt].lstrip()[:1]
        return bool(re.match(r"[A-Za-z0-9/.\-]", a)) and bool(re.match(r"[A-Za-z0-9/.\-)]", b))

    def link(k):
        # a link annotation, a line of its own under the page
        t = src[k].strip()
        return t.startswith(("http://", "https://", "www.")) and " " not in t

    out, k = [], 0
    while k < len(src):
        run = [k]
        first = shape(src[k])[0] if src[k].strip() else None
        # the lines that go on: at the body's indent, or at the first's (a
        # centred heading); Chinese text starts each paragraph indented,
        # so there a line at the first's indent starts the next one
        wide = any(is_cjk(c) for c in src[k])
        going_on = (body,) if wide and first is not None and first > body else (body, first)
        if first is not None and full(k):
            j = k
            while True:
                nxt = j + gap + 1
                if nxt >= len(src) or any(src[x].strip() for x in range(j + 1, nxt)) \
                        or not src[nxt].strip() or shape(src[nxt])[0] not in going_on or link(nxt) \
                        or "\f" in src[nxt]:
                    break
                run.append(nxt)
                j = nxt
                if not full(nxt) and not cut_after(nxt):
                    break
        if len(run) < 2:
            out.append(src[k])
            k += 1
            continue
        rest = shape(src[run[1]])[0]
        joined = join([src[x] for x in run])
        lines = [joined] if cols == 0 else wrap(joined, max(cols - rest, 20))
        for n, l in enumerate(lines):
            if n and gap:
                out.append("")
            out.append(" " * (first if n == 0 else rest) + l + (" " if trailing else ""))
        k = run[-1] + 1
    return eol.join(out)


def scan(cg, folder):
    r = subprocess.run([cg, "scan", folder], capture_output=True, text=True)
    found = collections.defaultdict(collections.Counter)
    meta = {}
    for line in r.stdout.splitlines():
        if line.startswith("# "):
            parts = line[2:].split("  ")
            name = os.path.basename(parts[0].strip())
            meta[name] = " ".join(p for p in parts[1:] if p)
            continue
        f = line.split("\t")
        if len(f) >= 2:
            name = os.path.basename(f[0].rsplit(":", 2)[0])
            found[name][f[1]] += 1
    return found, meta


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("citegraph")
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    dirs = a.dirs or ["tests/corpus/en", "tests/corpus/fr", "tests/corpus/es", "tests/corpus/ru",
                      "tests/corpus/ar", "tests/corpus/eval/en", "tests/corpus/eval/zh"]
    tmp = tempfile.mkdtemp(prefix="cg-rewrap-")
    try:
        base = os.path.join(tmp, "base")
        os.mkdir(base)
        for v in VARIANTS:
            os.mkdir(os.path.join(tmp, v))
        names = []
        for d in dirs:
            if not os.path.isdir(d):
                print(f"rewrap: {d}: not there, skipped")
                continue
            for f in sorted(os.listdir(d)):
                if not f.endswith((".txt", ".md")):
                    continue
                text = open(os.path.join(d, f), encoding="utf-8", newline="").read()
                name = os.path.basename(d) + "_" + f
                changed = False
                for v, cols in VARIANTS.items():
                    t = relayout(text, cols)
                    changed |= t != text
                    open(os.path.join(tmp, v, name), "w", encoding="utf-8", newline="").write(t)
                if changed:
                    shutil.copy(os.path.join(d, f), os.path.join(base, name))
                    names.append(name)
                else:
                    for v in VARIANTS:
                        os.unlink(os.path.join(tmp, v, name))
        want, want_meta = scan(a.citegraph, base)
        bad = checked = 0
        for v in VARIANTS:
            got, got_meta = scan(a.citegraph, os.path.join(tmp, v))
            for name in names:
                checked += 1
                lost = set(want[name]) - set(got[name])
                new = set(got[name]) - set(want[name])
                meta_diff = want_meta.get(name) != got_meta.get(name)
                if not (lost or new or meta_diff):
                    continue
                why = ALLOWED.get((name, v))
                if why:
                    if a.v:
                        print(f"allowed: {name} {v}: {why}")
                    continue
                bad += 1
                print(f"DIFF {name} [{v}]" + (f" lost {sorted(lost)}" if lost else "")
                      + (f" new {sorted(new)}" if new else "")
                      + (f" header {want_meta.get(name)!r} -> {got_meta.get(name)!r}" if meta_diff else ""))
                if a.v:
                    print(f"  variant kept in {tmp}/{v}/{name}")
        print(f"rewrap: {len(names)} letters x {len(VARIANTS)} layouts, {checked} checked, {bad} differ")
        return 1 if bad else 0
    finally:
        if not a.v:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
