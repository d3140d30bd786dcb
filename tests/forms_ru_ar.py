#!/usr/bin/env python3
"""docs/forms.md, section "Russian and Arabic": every form quoted in the
Russian and Arabic columns (text between backticks) appears in the golden
cases of tests/cases/ru or tests/cases/ar, so that the table shows only
what is tested.  usage: forms_ru_ar.py PROJECT_DIR"""
import glob, os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "."
doc = open(os.path.join(root, "docs/forms.md"), encoding="utf-8").read()
m = re.search(r"^## Russian and Arabic\n(.*?)^## ", doc, re.S | re.M)
assert m, "no section 'Russian and Arabic' in docs/forms.md"
cases = {}
for lang in ("ru", "ar"):
    text = ""
    for f in sorted(glob.glob(os.path.join(root, "tests/cases", lang, "*.cases"))):
        text += open(f, encoding="utf-8").read()
    cases[lang] = re.sub(r"\s+", " ", text)
bad, rows = [], 0
for line in m.group(1).splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) != 4 or cells[0] in ("family", "---"):
        continue
    rows += 1
    for lang, cell in (("ru", cells[1]), ("ar", cells[2])):
        for form in re.findall(r"`([^`]+)`", cell):
            if re.sub(r"\s+", " ", form) not in cases[lang]:
                bad.append("%s: %s" % (lang, form))
assert rows >= 10, "the table has %d rows" % rows
if bad:
    sys.exit("forms in docs/forms.md not in the golden cases:\n  " + "\n  ".join(bad))
print("%d rows checked" % rows)
