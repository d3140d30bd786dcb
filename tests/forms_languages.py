#!/usr/bin/env python3
"""docs/forms.md, section "Every form in every language": each form, scanned
alone in its column's language (citegraph scan --lang LANG, after a title
line of that language, so that a letter cited by description is not taken
for the letter's own title), gives exactly the identifiers of its row; each
form of a language with golden cases (tests/cases/LANG/*.cases; for Chinese
and English also tests/cases/*.cases) occurs in one of them.

usage: forms_languages.py PATH/TO/citegraph   (from the project folder)
"""
import glob, os, re, subprocess, sys, tempfile

CG = sys.argv[1]
LANGS = {"Chinese": "zh", "English": "en", "French": "fr", "Spanish": "es",
         "Russian": "ru", "Arabic": "ar"}
# the citing letter's own title (from Armenia), one per language: a column
# for a new language needs its line here
TITLES = {
    "zh": "2022 年 1 月 10 日亚美尼亚常驻联合国代表给秘书长的信",
    "en": "Letter dated 10 January 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General",
    "fr": "Lettre datée du 10 janvier 2022, adressée au Secrétaire général par le Représentant permanent de l'Arménie auprès de l'Organisation des Nations Unies",
    "es": "Carta de fecha 10 de enero de 2022 dirigida al Secretario General por el Representante Permanente de Armenia ante las Naciones Unidas",
    "ru": "Письмо Постоянного представителя Армении при Организации Объединенных Наций от 10 января 2022 года на имя Генерального секретаря",
    "ar": "رسالة مؤرخة 10 كانون الثاني/يناير 2022 موجهة إلى الأمين العام من الممثل الدائم لأرمينيا لدى الأمم المتحدة",
}

def section(text):
    m = re.search(r"^## Every form in every language\n(.*?)(?=^## )", text, re.S | re.M)
    if not m:
        sys.exit("docs/forms.md: no section 'Every form in every language'")
    return m.group(1)

def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]

def codes(cell):
    return re.findall(r"`([^`]+)`", cell)

def folded(s):
    return re.sub(r"\s+", " ", s.replace("’", "'"))

def case_texts(lang):
    files = glob.glob(f"tests/cases/{lang}/*.cases")
    if files and lang in ("zh", "en"):
        # the first two languages' cases are also in the top folder's files
        files += glob.glob("tests/cases/*.cases")
    return [folded(open(f, encoding="utf-8").read()) for f in files]

def scan(lang, form):
    body = TITLES[lang] + "\n\n    " + form + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(body)
    try:
        out = subprocess.run([CG, "scan", "--lang", lang, f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if out.returncode != 0:
        return None, out.stderr
    ids = []
    for line in out.stdout.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2 and not line.endswith("\t(link)") and parts[1] not in ids:
            ids.append(parts[1])
    return ids, ""

doc = open("docs/forms.md", encoding="utf-8").read()
rows = [l for l in section(doc).splitlines() if l.startswith("|")]
head = cells(rows[0])
cols = {i: LANGS[h] for i, h in enumerate(head) if h in LANGS}
res_col = head.index("resolves to")
passed = failed = 0
seen_langs = set()
for line in rows[2:]:
    c = cells(line)
    want = codes(c[res_col]) if c[res_col] != "—" else []
    for i, lang in cols.items():
        forms = codes(c[i])
        if not forms:
            continue
        seen_langs.add(lang)
        form = forms[0]
        ids, err = scan(lang, form)
        if ids is None or sorted(ids) != sorted(want):
            print(f"FAIL {c[0]} [{lang}] {form}: got {ids} {err.strip()}, want {want}")
            failed += 1
        else:
            passed += 1
        texts = case_texts(lang)
        if texts:
            if any(folded(form) in t for t in texts):
                passed += 1
            else:
                print(f"FAIL {c[0]} [{lang}] {form}: in no golden case of tests/cases/{lang}/")
                failed += 1
if not {"zh", "en", "fr", "es", "ru", "ar"} <= seen_langs:
    print("FAIL: the table lacks a column of zh, en, fr, es, ru, ar")
    failed += 1
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
