#!/usr/bin/env python3
"""A deterministic corpus of letters for the benchmark (not a test).

    python3 tests/bench/gen_corpus.py N OUTDIR [--seed S] [--zh 0.6] [--gold FILE]

writes N letters as plain text, as pdftotext prints them, into OUTDIR/NNNN/
(1,000 letters a folder): about 60 % in Chinese, the rest in English, each
with its own masthead symbol (joint A/... – S/... symbols, distinct for
every letter), its own date and sender, and a body that uses every form of
docs/forms.md with fresh numbers: Security Council, General Assembly,
ECOSOC, Human Rights Council resolutions and decisions, single and in lists
(shared years, repeated frames), symbols of every series, undocs.org and
other links (some cut at a line end), registry titles, articles of
instruments, ICJ cases, footnotes with the bare form and URLs under the
page, page furniture (job numbers, bar codes, page numbers), and letters
that cite earlier letters of the corpus by symbol and by description (date
and sender, "my letter of ...").  Chinese lines are wrapped at a fixed
measure whatever stands there (a symbol or URL may be cut anywhere), as
PDFs of Chinese letters are; English lines at word boundaries.

The same N and seed always give the same bytes.  The titles, case names
and State names come from src/data/ so that they are the ones citegraph
knows.

--gold FILE also writes what each letter must cite, as JSON Lines, one line
a letter, in the order of the letters:

    {"file": "0000/0000005.txt", "id": "A/48/105",
     "refs": [{"form": "zh.sc_list", "ids": ["S/RES/549(1984)", ...],
               "text": "安全理事会第 549(1984)、...号决议"}, ...]}

`file` is the letter's path under OUTDIR, `id` the node citegraph names it
by (its first masthead symbol, docs/identifiers.md), and each ref one
citation as the generator wrote it: `form` (LANG.NAME: one per branch of
zh_ref/en_ref, `LANG.note_*` for footnotes, `LANG.link_*` for the URL
printed under the page after a footnote), `ids` the canonical identifiers
it must resolve to (docs/identifiers.md, /work/shared/spec/citation-ids.md)
and `text` the form as written before wrapping (for finding it in the
letter).  The masthead, title line, agenda items and page furniture are the
letter's metadata, not citations, and are not listed.  The gold makes no
RNG call: the letters are the same bytes with and without it.
tests/bench/score_bench.py compares a graph with it.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "src", "data")

ZH_NUM = "零一二三四五六七八九"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI",
         "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TENS_EN = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
           "ninetieth"]
TENS_C = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

ZH_FILL = [
    "本国政府再次表示严重关切", "有关方面继续违反其承担的国际义务", "国际社会对此不能保持沉默",
    "这种行为严重威胁区域和平与安全", "我们呼吁各方立即停止一切敌对行动", "平民和民用基础设施遭到蓄意攻击",
    "本国始终致力于通过谈判和平解决争端", "上述事实再次证明对方毫无诚意", "停火协议遭到多次违反",
    "联合国有关机构应当对此进行独立调查", "本国保留采取一切必要措施的权利", "人道主义局势持续恶化",
    "数千名流离失所者仍无法返回家园", "有关指控毫无根据且具有误导性", "本国代表团愿意与各方开展建设性对话",
    "国际观察员的报告证实了上述情况", "边境地区的军事集结令人担忧", "这些行动违背了国际人道主义法的基本原则",
]
EN_FILL = [
    "My Government once again expresses its grave concern", "the other side continues to violate its obligations",
    "the international community cannot remain silent", "such actions seriously threaten regional peace and security",
    "we call upon all parties to cease hostilities immediately", "civilians and civilian infrastructure were deliberately targeted",
    "my country remains committed to the peaceful settlement of disputes", "these facts demonstrate once more a lack of good faith",
    "the ceasefire has been violated on numerous occasions", "the relevant United Nations bodies should conduct an independent investigation",
    "the humanitarian situation continues to deteriorate", "thousands of displaced persons are still unable to return to their homes",
    "the allegations are groundless and misleading", "my delegation stands ready to engage in constructive dialogue",
    "the reports of international observers confirm this account", "the military build-up along the border is alarming",
]
ZH_ENDS = ["。", "。", "。", "！", "；"]

# English body names (docs/forms.md, "ECOSOC, Human Rights Council ...: how
# context decides"): S Security Council, A General Assembly, E ECOSOC, H
# Human Rights Council, C Commission on Human Rights, X outside the UN
EN_BODIES = [("Security Council", "S"), ("UNSC", "S"), ("Council", "S"),
             ("General Assembly", "A"), ("Assembly", "A"), ("GA", "A"), ("UNGA", "A"),
             ("Economic and Social Council", "E"), ("ECOSOC", "E"),
             ("Human Rights Council", "H"), ("Commission on Human Rights", "C")] + [
    (x, "X") for x in ("Parliamentary Assembly", "Council of Europe", "European Parliament", "European Union",
                       "African Union", "OSCE", "Organization of American States", "League of Arab States",
                       "Arab League", "Organisation of Islamic Cooperation", "Organization of Islamic Cooperation",
                       "OIC", "NATO", "Commonwealth of Independent States", "Council of Foreign Ministers",
                       "Conference of the Parties", "Meeting of the Parties", "Islamic Summit",
                       "Council of Heads of State", "Collective Security Council", "Peace and Security Council",
                       "Ministerial Council", "Inter-American")]
EN_BODY_RE = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(b) for b, _ in sorted(EN_BODIES, key=lambda x: -len(x[0]))))
EN_BODY = dict(EN_BODIES)


def zh_int(n):
    """Chinese numerals for 1..199, as article numbers are written."""
    if n < 10:
        return ZH_NUM[n]
    if n < 20:
        return "十" + (ZH_NUM[n % 10] if n % 10 else "")
    if n < 100:
        return ZH_NUM[n // 10] + "十" + (ZH_NUM[n % 10] if n % 10 else "")
    r = n % 100
    s = "一百"
    if r == 0:
        return s
    if r < 10:
        return s + "零" + ZH_NUM[r]
    return s + (ZH_NUM[r // 10] + "十" if r >= 10 else "") + (ZH_NUM[r % 10] if r % 10 else "")


def zh_session(n):
    return "第" + (ZH_NUM[n // 10] + "十" if n >= 20 else ("十" if n >= 10 else "")) + (ZH_NUM[n % 10] if n % 10 else "")


def en_session(n):
    t, u = divmod(n, 10)
    if u == 0:
        return TENS_EN[t].capitalize()
    return TENS_C[t] + "-" + ORD_EN[u - 1]



def the(title):
    """An English title after "the": not twice ("The United Nations Global
    Counter-Terrorism Strategy")."""
    return "the " + title[4:] if title.startswith("The ") else "the " + title

class Gen:
    def __init__(self, n, seed, zh_share):
        self.n = n
        self.rng = random.Random(seed)
        self.zh_share = zh_share
        with open(os.path.join(DATA, "countries.json"), encoding="utf-8") as f:
            cs = json.load(f)["countries"]
        # States with one unambiguous short name in both languages
        self.states = [(c["iso3"], c["zh"][0], c["en"][0]) for c in cs
                       if "(" not in c["en"][0] and "（" not in c["zh"][0]][:120]
        with open(os.path.join(DATA, "registry.json"), encoding="utf-8") as f:
            reg = json.load(f)
        # (zh title, en title, identifier): the identifier is the registry's
        # (an instrument:, or the resolution a declaration was adopted as)
        self.instr = [(i["titles"]["zh"][0], i["titles"]["en"][0], i["id"]) for i in reg["instruments"]
                      if i.get("titles", {}).get("zh") and i.get("titles", {}).get("en")]
        self.cases = [(c["names"]["zh"][0], c["names"]["en"][0], c["id"]) for c in reg["cases"]
                      if c.get("names", {}).get("zh") and c.get("names", {}).get("en")]
        # every registry title, as a title in 《》 or after "entitled" is
        # looked up (white space and ASCII case ignored, a leading "The" dropped)
        self.titles = {}
        for i in reg["instruments"]:
            for ts in i.get("titles", {}).values():
                for t in ts:
                    self.titles.setdefault(self.title_key(t), i["id"])
        self.letters = []  # (symbols, date, iso3) of the letters written so far
        self.sc_year, self.sc_by_year = [0], {}
        with open(os.path.join(DATA, "sc-resolutions.tsv"), encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                n, y = line.split("\t")[:2]
                assert int(n) == len(self.sc_year)
                self.sc_year.append(int(y))
                self.sc_by_year.setdefault(int(y), []).append(int(n))
        self.sc_years_5 = sorted(y for y, ns in self.sc_by_year.items() if len(ns) >= 5)
        self.d0 = datetime.date(1994, 1, 3)
        # the corpus as a graph sees it (no RNG: meta() is arithmetic): a
        # letter is named by its first symbol, a mention of its other symbol
        # or of its date and sender resolves to it (docs/identifiers.md)
        self.first = {}
        self.by_desc = {}
        for j in range(self.n):
            (a, s), d, st = self.meta(j)
            self.first[a] = self.first[s] = a
            self.by_desc.setdefault((d, st[0]), []).append(a)
        self.refs = []  # the gold references of the letter being written
        self.me_id = None  # and its own node

    @staticmethod
    def title_key(t):
        t = t.strip()
        if t[:4].lower() == "the ":
            t = t[4:]
        return "".join(c.lower() if c < "\x80" else c for c in "".join(t.split()))

    # -- the gold: what a reference resolves to
    def gold(self, form, ids, text):
        ref = {"form": form, "ids": [], "text": text}
        if isinstance(ids, tuple):  # ambiguous: ("ambiguous", candidates)
            ref["ambiguous"] = list(ids[1])
            ids = []
        # a document does not cite itself (docs/forms.md, "Not references")
        ref["ids"] = [x for x in dict.fromkeys(ids) if x != self.me_id]
        self.refs.append(ref)

    def doc(self, sym):
        """A symbol's node: a corpus letter's first symbol for either of its
        symbols, else the symbol itself."""
        return self.first.get(sym, sym)

    def described(self, d, iso3):
        """The node of the letter dated d from iso3: the corpus letter's first
        symbol (its letter:DATE:ISO3 merges into it).  When two corpus
        letters share that date and sender, which one the description means
        is ambiguous: the reference is left out of the gold (its candidates
        are kept apart, neither expected nor counted as invented)."""
        ids = self.by_desc.get((d, iso3), [])
        if len(ids) > 1:
            return ("ambiguous", ids)
        return ids or ["letter:%s:%s" % (d.isoformat(), iso3)]

    def registry_title(self, t):
        """A title in 《》 or after "entitled": the registry's identifier, else
        title: + the title without white space."""
        return self.titles.get(self.title_key(t), "title:" + "".join(t.split()))

    # -- the identity of letter i: distinct symbols and (date, sender) pairs
    def meta(self, i):
        k = len(self.states)
        st = self.states[(i * 7) % k]
        date = self.d0 + datetime.timedelta(days=(i // 97) % 11000 + (i % 5))
        session = 48 + (date.year - 1994)
        a = "A/%d/%d" % (session, 100 + i % 90000 + (i // 90000) * 100000)
        s = "S/%d/%d" % (date.year, 100 + i)
        return (a, s), date, st

    # -- numbers
    def year(self):
        return self.rng.randint(1946, 2023)

    def scres(self):
        # a number with the year the Council adopted it (src/data/sc-resolutions.tsv)
        n = self.rng.randint(1, len(self.sc_year) - 1)
        return n, self.sc_year[n]

    def sc_list(self, k):
        # k resolutions of one year, as lists that share their year are
        y = self.rng.choice(self.sc_years_5)
        return y, sorted(self.rng.sample(self.sc_by_year[y], k))

    def garoman(self):
        return self.rng.randint(1, 3590), ROMAN[self.rng.randint(0, 29)]

    def gasess(self):
        return self.rng.randint(31, 78), self.rng.randint(1, 330)

    def earlier(self, i):
        if not self.letters:
            return None
        lo = max(0, len(self.letters) - 5000)
        return self.letters[self.rng.randint(lo, len(self.letters) - 1)]

    # -- Chinese references
    def zh_ref(self, i, me):
        text, form, ids = self._zh_ref(i, me)
        self.gold("zh." + form, ids, text)
        return text

    def _zh_ref(self, i, me):
        """(text, form, ids): the RNG calls are those of the text alone, in
        the order the text's format arguments made them."""
        r = self.rng
        k = r.randint(0, 27)
        if k == 0:
            n, y = self.scres()
            return "安理会第%d(%d)号决议" % (n, y), "sc_res", ["S/RES/%d(%d)" % (n, y)]
        if k == 1:
            y, ns = self.sc_list(r.randint(2, 5))
            return ("安全理事会第 " + "、".join("%d(%d)" % (n, y) for n in ns[:-1]) + "和 %d(%d)号决议" % (ns[-1], y),
                    "sc_list", ["S/RES/%d(%d)" % (n, y) for n in ns])
        if k == 2:
            y, ns = self.sc_list(3)
            return ("安理会第 %d、%d 和 %d(%d)号决议" % (ns[0], ns[1], ns[2], y), "sc_list_year",
                    ["S/RES/%d(%d)" % (n, y) for n in ns])
        if k == 3:
            n, ro = self.garoman()
            return "大会第%d(%s)号决议" % (n, ro), "ga_roman", ["A/RES/%d(%s)" % (n, ro)]
        if k == 4:
            s, n = self.gasess()
            m = r.randint(1, 300)
            return ("大会第%d/%d、%d/%d和%d/%d号决议" % (s, n, s, n + 1, s + 1, m), "ga_list",
                    ["A/RES/%d/%d" % (s, n), "A/RES/%d/%d" % (s, n + 1), "A/RES/%d/%d" % (s + 1, m)])
        if k == 5:
            x, n = r.randint(1, 11), r.randint(1, 25)
            return "大会第ES-%d/%d号决议" % (x, n), "ga_es", ["A/RES/ES-%d/%d" % (x, n)]
        if k == 6:
            y, n = r.randint(1946, 2023), r.randint(1, 60)
            return "经济及社会理事会第%d/%d号决议" % (y, n), "ecosoc", ["E/RES/%d/%d" % (y, n)]
        if k == 7:
            a, b, c, d = r.randint(1, 55), r.randint(1, 40), r.randint(1, 55), r.randint(1, 40)
            return ("人权理事会第%d/%d和%d/%d号决议" % (a, b, c, d), "hrc_list",
                    ["A/HRC/RES/%d/%d" % (a, b), "A/HRC/RES/%d/%d" % (c, d)])
        if k == 8:
            s, n = self.gasess()
            return "大会第%d/%d号决定" % (s, 500 + n), "ga_dec", ["A/DEC/%d/%d" % (s, 500 + n)]
        if k == 9:
            y, n = r.randint(1994, 2023), r.randint(1, 1400)
            return "见 S/%d/%d。" % (y, n), "symbol", [self.doc("S/%d/%d" % (y, n))]
        if k == 10:
            c, s, n, py, pn = r.randint(1, 6), r.randint(31, 78), r.randint(1, 80), r.randint(1994, 2023), r.randint(1, 40)
            return ("见 A/C.%d/%d/L.%d/Rev.1 和 S/PRST/%d/%d" % (c, s, n, py, pn), "symbol_rev_prst",
                    ["A/C.%d/%d/L.%d/Rev.1" % (c, s, n), "S/PRST/%d/%d" % (py, pn)])
        if k == 11:
            n, y = self.scres()
            return "见 https://undocs.org/ch/S/RES/%d(%d)" % (n, y), "url_undocs", ["S/RES/%d(%d)" % (n, y)]
        if k == 12:
            y, m, n = r.randint(2010, 2023), r.randint(1, 12), r.randint(1000000, 1200000)
            return ("见 https://news.un.org/zh/story/%d/%02d/%d" % (y, m, n), "url_news",
                    ["url:news.un.org/zh/story/%d/%02d/%d" % (y, m, n)])
        if k == 13:
            y, n = r.randint(2010, 2023), r.randint(1, 99999)
            return ("见 https://www.mfa.gov.example/zh/news/%d/statement-%d" % (y, n), "url_other",
                    ["url:mfa.gov.example/zh/news/%d/statement-%d" % (y, n)])
        if k in (14, 15):
            t = r.choice(self.instr)
            return "《%s》" % t[0], "instrument", [t[2]]
        if k == 16:
            n = r.randint(1, 111)
            return "《联合国宪章》第%s条" % zh_int(n), "charter_art", ["instrument:un-charter/art.%d" % n]
        if k == 17:
            # a title that only introduces its articles is not cited itself
            n = r.randint(1, 111)
            return ("《宪章》第二条第四项和第%s条" % zh_int(n), "charter_arts",
                    ["instrument:un-charter/art.2(4)", "instrument:un-charter/art.%d" % n])
        if k == 18:
            t = r.choice(self.instr)
            n, p = r.randint(1, 60), r.randint(1, 4)
            return "《%s》第%s条第%d款" % (t[0], zh_int(n), p), "instrument_art", ["%s/art.%d(%d)" % (t[2], n, p)]
        if k == 19:
            c = r.choice(self.cases)
            return c[0], "icj_case", [c[2]]
        if k in (20, 21, 22):
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return ("%d 年 %d 月 %d 日%s常驻联合国代表给秘书长的信" % (d.year, d.month, d.day, st[1]), "letter_desc",
                        self.described(d, st[0]))
        if k == 23:
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return ("%d年%d月%d日%s常驻代表给秘书长的信(%s-%s)" % (d.year, d.month, d.day, st[1], a, s),
                        "letter_desc_symbol", [self.doc(a)])
        if k in (24, 25):
            e = self.earlier(i)
            if e:
                sym = r.choice(e[0])
                return "见 %s" % sym, "letter_symbol", [self.doc(sym)]
        if k == 26:
            t = "%s宣言" % r.choice(["巴库", "明斯克", "阿拉木图", "杜尚别", "塔什干", "比什凯克"])
            # title: + the title, unless the registry knows it (阿拉木图宣言)
            return "《%s》" % t, "title", [self.registry_title(t)]
        if i >= len(self.states):
            d = self.meta(i - len(self.states))[1]  # the same sender's earlier letter
            return "继我 %d 年 %d 月 %d 日的信之后" % (d.year, d.month, d.day), "my_letter", self.described(d, me[2][0])
        return "《联合国宪章》", "charter", ["instrument:un-charter"]

    def en_ref(self, i, me):
        text, form, ids = self._en_ref(i, me)
        self.gold("en." + form, ids, text)
        return text

    def _en_ref(self, i, me):
        r = self.rng
        k = r.randint(0, 27)
        if k == 0:
            n, y = self.scres()
            return "Security Council resolution %d (%d)" % (n, y), "sc_res", ["S/RES/%d(%d)" % (n, y)]
        if k == 1:
            y, ns = self.sc_list(r.randint(2, 5))
            return ("Security Council resolutions " + ", ".join("%d (%d)" % (n, y) for n in ns[:-1]) + " and %d (%d)" % (ns[-1], y),
                    "sc_list", ["S/RES/%d(%d)" % (n, y) for n in ns])
        if k == 2:
            # no body named: N/N-less numbers with a year the Council's table
            # pairs with them are the Council's; the year closes the list
            y, ns = self.sc_list(3)
            return ("resolutions %d, %d and %d (%d)" % (ns[0], ns[1], ns[2], y), "sc_list_year",
                    ["S/RES/%d(%d)" % (n, y) for n in ns])
        if k == 3:
            n, ro = self.garoman()
            return "General Assembly resolution %d (%s)" % (n, ro), "ga_roman", ["A/RES/%d(%s)" % (n, ro)]
        if k == 4:
            s, n = self.gasess()
            m = r.randint(1, 300)
            return ("General Assembly resolutions %d/%d, %d/%d and %d/%d" % (s, n, s, n + 1, s + 1, m), "ga_list",
                    ["A/RES/%d/%d" % (s, n), "A/RES/%d/%d" % (s, n + 1), "A/RES/%d/%d" % (s + 1, m)])
        if k == 5:
            x, n = r.randint(1, 11), r.randint(1, 25)
            return "General Assembly resolution ES-%d/%d" % (x, n), "ga_es", ["A/RES/ES-%d/%d" % (x, n)]
        if k == 6:
            y, n = r.randint(1946, 2023), r.randint(1, 60)
            return "Economic and Social Council resolution %d/%d" % (y, n), "ecosoc", ["E/RES/%d/%d" % (y, n)]
        if k == 7:
            a, b, c, d = r.randint(1, 55), r.randint(1, 40), r.randint(1, 55), r.randint(1, 40)
            return ("Human Rights Council resolutions %d/%d and %d/%d" % (a, b, c, d), "hrc_list",
                    ["A/HRC/RES/%d/%d" % (a, b), "A/HRC/RES/%d/%d" % (c, d)])
        if k == 8:
            s, n = self.gasess()
            return "General Assembly decision %d/%d" % (s, 500 + n), "ga_dec", ["A/DEC/%d/%d" % (s, 500 + n)]
        if k == 9:
            y, n = r.randint(1994, 2023), r.randint(1, 1400)
            return "see S/%d/%d" % (y, n), "symbol", [self.doc("S/%d/%d" % (y, n))]
        if k == 10:
            c, s, n, py, pn = r.randint(1, 6), r.randint(31, 78), r.randint(1, 80), r.randint(1994, 2023), r.randint(1, 40)
            return ("see A/C.%d/%d/L.%d/Rev.1 and S/PRST/%d/%d" % (c, s, n, py, pn), "symbol_rev_prst",
                    ["A/C.%d/%d/L.%d/Rev.1" % (c, s, n), "S/PRST/%d/%d" % (py, pn)])
        if k == 11:
            n, y = self.scres()
            return "see https://undocs.org/en/S/RES/%d(%d)" % (n, y), "url_undocs", ["S/RES/%d(%d)" % (n, y)]
        if k == 12:
            y, m, n = r.randint(2010, 2023), r.randint(1, 12), r.randint(1000000, 1200000)
            return ("see https://news.un.org/en/story/%d/%02d/%d" % (y, m, n), "url_news",
                    ["url:news.un.org/en/story/%d/%02d/%d" % (y, m, n)])
        if k == 13:
            y, n = r.randint(2010, 2023), r.randint(1, 99999)
            return ("see www.mfa.gov.example/en/press-releases/%d/statement-%d" % (y, n), "url_other",
                    ["url:mfa.gov.example/en/press-releases/%d/statement-%d" % (y, n)])
        if k in (14, 15):
            t = r.choice(self.instr)
            return the(t[1]), "instrument", [t[2]]
        if k == 16:
            n = r.randint(1, 111)
            return "Article %d of the Charter of the United Nations" % n, "charter_art", ["instrument:un-charter/art.%d" % n]
        if k == 17:
            n = r.randint(1, 111)
            return ("Articles 2 (4) and %d of the Charter" % n, "charter_arts",
                    ["instrument:un-charter/art.2(4)", "instrument:un-charter/art.%d" % n])
        if k == 18:
            n, p = r.randint(1, 60), r.randint(1, 4)
            t = r.choice(self.instr)
            return ("article %d, paragraph %d, of %s" % (n, p, the(t[1])), "instrument_art",
                    ["%s/art.%d(%d)" % (t[2], n, p)])
        if k == 19:
            c = r.choice(self.cases)
            return c[1], "icj_case", [c[2]]
        if k in (20, 21, 22):
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return ("the letter dated %d %s %d from the Permanent Representative of %s to the United Nations addressed to the Secretary-General" % (
                    d.day, MONTHS[d.month - 1], d.year, st[2]), "letter_desc", self.described(d, st[0]))
        if k == 23:
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return ("the letter dated %d %s %d from the Permanent Representative of %s (%s-%s)" % (
                    d.day, MONTHS[d.month - 1], d.year, st[2], a, s), "letter_desc_symbol", [self.doc(a)])
        if k in (24, 25):
            e = self.earlier(i)
            if e:
                sym = r.choice(e[0])
                return "see document %s" % sym, "letter_symbol", [self.doc(sym)]
        if k == 26:
            t = r.choice(["Global Warming of 1.5\u00b0C", "Agenda for Peace", "Our Common Agenda", "In Larger Freedom"])
            return "the document entitled \u201c%s\u201d" % t, "title", [self.registry_title(t)]
        if i >= len(self.states):
            d = self.meta(i - len(self.states))[1]  # the same sender's earlier letter
            return "my letter dated %d %s %d" % (d.day, MONTHS[d.month - 1], d.year), "my_letter", self.described(d, me[2][0])
        return "the Charter of the United Nations", "charter", ["instrument:un-charter"]

    # -- a paragraph's text, before wrapping
    def zh_para(self, i, me, notes):
        r = self.rng
        out = []
        for _ in range(r.randint(2, 5)):
            s = r.choice(ZH_FILL)
            if r.random() < 0.75:
                ref = self.zh_ref(i, me).rstrip("。")
                if ref.startswith("见 "):
                    s = "%s（%s）" % (s, ref)
                else:
                        s = r.choice(["%s，违反了%s", "根据%s，%s", "%s，正如%s所述", "回顾%s，%s"]) % (
                        (s, ref) if r.random() < 0.5 else (ref, s))
            if r.random() < 0.12:
                notes.append(self.zh_note())
                s += str(len(notes))
            out.append(s + r.choice(ZH_ENDS))
        return "".join(out)

    def en_para(self, i, me, notes):
        r = self.rng
        out = []
        for _ in range(r.randint(2, 4)):
            s = r.choice(EN_FILL)
            if r.random() < 0.75:
                ref = self.en_ref(i, me)
                if ref.startswith("see "):
                    s = "%s (%s)" % (s, ref)
                else:
                        s = r.choice(["%s, in violation of %s", "In accordance with %s, %s", "%s, as recalled in %s",
                                  "Recalling %s, %s"]) % ((s, ref) if r.random() < 0.5 else (ref, s))
            s = s[0].upper() + s[1:]
            if r.random() < 0.12:
                notes.append(self.en_note())
                s += "." + str(len(notes))
                out.append(s)
            else:
                out.append(s + ".")
        return " ".join(out)

    @staticmethod
    def link_id(u):
        """The node of a link the notes print (docs/identifiers.md, url)."""
        if "//undocs.org/" in u:
            return u.split("/", 4)[4]  # https://undocs.org/LANG/SYMBOL
        h = u.split("://", 1)[1]
        return "url:" + (h[4:] if h.startswith("www.") else h)

    # -- English numbers without a body: what the text before them names
    def en_context(self, text, wrapped, r0):
        """`resolutions 1, 2 and 3 (1990)` (en.sc_list_year) names no body: it
        is read in the light of the body named closest before it, within 80
        bytes, the search stopping at a paragraph break and at an English
        sentence end, within a line or at its end (docs/forms.md, "how
        context decides").  With the General Assembly,
        ECOSOC, the Human Rights Council or the Commission named there, a
        number with a calendar year is unresolved; with a body outside the
        UN it is no reference: the gold expects nothing.  Left out as
        ambiguous: a sentence end before a footnote number (`....2 Resolutions`:
        the docs end a sentence there, but the body search's `. ` + capital
        is not there), and a body 80 bytes away or so (the clean text's
        width of a line break is not documented)."""
        lines = wrapped.split("\n")
        breaks, pos = set(), 0
        for n, line in enumerate(lines):
            body = line.lstrip(" ")
            if text[pos:pos + len(body)] != body:
                breaks = None
                break
            pos += len(body)
            if n + 1 < len(lines):
                breaks.add(pos)  # the space at pos became a line break
                pos += 1
        cursor = 0
        for ref in self.refs[r0:]:
            if ref["form"].startswith("en.note_"):
                continue
            t = ref["text"]
            at = min([x for x in (text.find(t, cursor), text.find(t[0].upper() + t[1:], cursor)) if x >= 0],
                     default=-1)
            if at < 0:
                continue
            cursor = at + len(t)
            if ref["form"] != "en.sc_list_year" or not ref["ids"]:
                continue
            verdict = "ambiguous" if breaks is None else self.en_body_verdict(text, breaks, at)
            if verdict == "ambiguous":
                ref["ambiguous"], ref["ids"] = ref["ids"], []
            elif verdict and verdict in "AEHCX":
                ref["ids"] = []  # unresolved by the docs' reading

    @staticmethod
    def en_body_verdict(text, breaks, pos):
        """The body (S A E H C X), "" for none, or "ambiguous"."""
        found = []
        for m in EN_BODY_RE.finditer(text, 0, pos):
            b = EN_BODY[m.group(0)]
            if m.group(0) == "Council":
                # a lone Council: not before "of", nor after another capitalised word
                before = text[:m.start()].split()
                if text[m.end():].startswith(" of ") or (before and before[-1][:1].isupper() and
                                                         before[-1].lower() not in ("the",)):
                    continue
            found.append((m.start(), m.end(), b))
        if not found:
            return ""
        start = max(f[0] for f in found)
        end = [f for f in found if f[0] == start][0][1]
        body = min((f for f in found if f[1] == end), key=lambda f: f[0])  # the longer of names ending there
        start, b = body[0], body[2]
        if b == "S":
            return b
        near = len(text[start:pos].encode("utf-8"))
        if near > 80:
            return ""
        # sentence ends between the body and the number
        between = text[start:pos + 1]  # with the number's first character: what follows a full stop
        footnote = False
        for m in re.finditer(r"([.!?])(\d{0,2}) (?=[A-Z\u0080-\U0010ffff])", between):
            k = start + m.end() - 1  # the space
            word = re.search(r"([A-Za-z]*)$", between[:m.start()]).group(1)
            if m.group(1) == "." and (1 <= len(word) <= 2 or word in ("No", "para", "art", "vol", "Add", "Rev",
                                                                      "Corr", "Suppl")):
                continue
            if m.group(2):
                footnote = True  # a footnote number after the full stop
            else:
                return ""  # a sentence end stops the search, within a line or at its end
        wide = near + 6 * sum(1 for k in breaks if start <= k < pos)
        if footnote or wide > 80:
            return "ambiguous"
        return b

    def zh_note(self):
        r = self.rng
        k = r.randint(0, 2)
        if k == 0:
            u = "https://www.example-news.org/articles/%d" % r.randint(1, 999999)
            t = "“新闻稿”，可查阅：%s。" % u
            self.gold("zh.note_url", [self.link_id(u)], t)
            return (t, u)
        if k == 1:
            n, ro = self.garoman()
            t = "见 %d (%s)。" % (n, ro)
            # the bare form: numbers up to 3600, sessions I-XXX
            self.gold("zh.note_ga_bare", ["A/RES/%d(%s)" % (n, ro)], t)
            return (t, None)
        n, y = self.scres()
        u = "https://undocs.org/ch/S/RES/%d(%d)" % (n, y)
        t = "见 %s。" % u
        self.gold("zh.note_undocs", [self.link_id(u)], t)
        return (t, u)

    def en_note(self):
        r = self.rng
        k = r.randint(0, 2)
        if k == 0:
            u = "https://www.example-news.org/articles/%d" % r.randint(1, 999999)
            t = "\u201cPress release\u201d, available at %s." % u
            self.gold("en.note_url", [self.link_id(u)], t)
            return (t, u)
        if k == 1:
            n, ro = self.garoman()
            t = "See %d (%s)." % (n, ro)
            self.gold("en.note_ga_bare", ["A/RES/%d(%s)" % (n, ro)], t)
            return (t, None)
        n, y = self.scres()
        u = "https://undocs.org/en/S/RES/%d(%d)" % (n, y)
        t = "See %s." % u
        self.gold("en.note_undocs", [self.link_id(u)], t)
        return (t, u)

    # -- wrapping, as pdftotext prints a PDF page
    def zh_wrap(self, text, measure, blank):
        """Lines of `measure` columns (a Chinese character is two), cut
        wherever the measure falls, inside a symbol or a URL too."""
        lines = []
        cur, w = ["  "], 2 + 2
        for ch in text:
            cw = 2 if ord(ch) >= 0x2E80 else 1
            if w + cw > measure:
                lines.append("".join(cur) + " ")
                cur, w = [], 0
            cur.append(ch)
            w += cw
        if cur:
            lines.append("".join(cur) + " ")
        return ("\n\n" if blank else "\n").join(lines)

    def furniture(self, i, page, lines, lang):
        job = "%02d-%05d" % (i % 100, (i * 31) % 100000)
        lines.append("")
        lines.append("%s (%s)    %06d" % (job, lang, 10000 + i % 890000))
        lines.append("*%s*" % job.replace("-", ""))
        lines.append("%d/3" % page)
        lines.append("")

    def letter(self, i):
        r = self.rng
        (a, s), d, st = me = self.meta(i)
        self.refs, self.me_id = [], a
        zh = r.random() < self.zh_share
        notes = []
        out = []
        session = 48 + d.year - 1994
        items = sorted(r.sample(range(10, 140), r.randint(1, 4)))
        if zh:
            out.append(" 联 合 国                                   %s–%s " % (a, s))
            out.append("")
            out.append(" 大  会  安全理事会 ")
            out.append("%s届会议  %s年 " % (zh_session(session), zh_session(session + 1)))
            out.append("议程项目 " + ("、".join(map(str, items[:-1])) + " 和 " if len(items) > 1 else "") + "%d " % items[-1])
            out.append("")
            out.append("  %d 年 %d 月 %d 日%s常驻联合国代表给秘书长的信 " % (d.year, d.month, d.day, st[1]))
            out.append("")
            blank = r.random() < 0.5
            measure = 76
            for p in range(r.randint(4, 9)):
                out.append(self.zh_wrap(self.zh_para(i, me, notes), measure, blank))
                if p == 2:
                    self.furniture(i, 2, out, "C")
            if notes:
                out.append("__________________ ")
                for k, (t, u) in enumerate(notes, 1):
                    out.append(" %d %s " % (k, t))
                    if u:
                        out.append(u)
                        # the link printed under the page repeats the note's
                        self.gold("zh.link_" + ("undocs" if "undocs.org" in u else "url"), [self.link_id(u)], u)
            out.append("  请将本信作为大会议程项目 %d 下的文件和安全理事会的文件分发为荷。 " % items[0])
            out.append("")
            out.append("%s常驻联合国代表 " % st[1])
            out.append("（签名）某某某 ")
        else:
            out.append("United Nations                                               %s–%s" % (a, s))
            out.append("               General Assembly                               Distr.: General")
            out.append("               Security Council                               %d %s %d" % (d.day, MONTHS[d.month - 1], d.year))
            out.append("")
            out.append("General Assembly                                  Security Council")
            out.append("%s session                             %s year" % (en_session(session), en_session(session + 1)))
            out.append("Agenda item%s " % ("s" if len(items) > 1 else "") + (", ".join(map(str, items[:-1])) + " and " if len(items) > 1 else "") + "%d" % items[-1])
            out.append("")
            title = "Letter dated %d %s %d from the Permanent Representative of %s to the United Nations addressed to the Secretary-General" % (
                d.day, MONTHS[d.month - 1], d.year, st[2])
            out.append(textwrap.fill(title, 76, initial_indent=" " * 10, subsequent_indent=" " * 10, break_on_hyphens=False))
            out.append("")
            for p in range(r.randint(4, 8)):
                r0 = len(self.refs)
                text = self.en_para(i, me, notes)
                wrapped = textwrap.fill(text, 80, initial_indent=" " * 11,
                                        subsequent_indent=" " * 6, break_long_words=False, break_on_hyphens=False)
                self.en_context(text, wrapped, r0)
                out.append(wrapped)
                out.append("")
                if p == 2:
                    self.furniture(i, 2, out, "E")
            if notes:
                out.append("      __________________")
                for k, (t, u) in enumerate(notes, 1):
                    out.append("      %d %s" % (k, t))
                    if u:
                        out.append("        " + u)
                        self.gold("en.link_" + ("undocs" if "undocs.org" in u else "url"), [self.link_id(u)], u)
            out.append("           I should be grateful if you would have the present letter circulated as a")
            out.append("      document of the General Assembly, under agenda item %d, and of the Security Council." % items[0])
            out.append("")
            out.append("                                                          (Signed) A. N. Other")
        self.letters.append(me)
        return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20261202)
    ap.add_argument("--zh", type=float, default=0.6, help="share of Chinese letters (0.6)")
    ap.add_argument("--gold", metavar="FILE", help="also write what each letter must cite, as JSON Lines")
    a = ap.parse_args()
    g = Gen(a.n, a.seed, a.zh)
    total = 0
    gold = open(a.gold, "w", encoding="utf-8") if a.gold else None
    for i in range(a.n):
        d = os.path.join(a.outdir, "%04d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        b = g.letter(i).encode("utf-8")
        total += len(b)
        with open(os.path.join(d, "%07d.txt" % i), "wb") as f:
            f.write(b)
        if gold:
            gold.write(json.dumps({"file": "%04d/%07d.txt" % (i // 1000, i), "id": g.me_id, "refs": g.refs},
                                  ensure_ascii=False) + "\n")
    if gold:
        gold.close()
    print("%s: %d letters, %d bytes" % (a.outdir, a.n, total), file=sys.stderr)


if __name__ == "__main__":
    main()
