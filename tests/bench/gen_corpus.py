#!/usr/bin/env python3
"""A deterministic corpus of letters for the benchmark (not a test).

    python3 tests/bench/gen_corpus.py N OUTDIR [--seed S] [--zh 0.6]

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
"""
import argparse
import datetime
import json
import os
import random
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
        self.instr = [(i["titles"]["zh"][0], i["titles"]["en"][0]) for i in reg["instruments"]
                      if i.get("titles", {}).get("zh") and i.get("titles", {}).get("en")]
        self.cases = [(c["names"]["zh"][0], c["names"]["en"][0]) for c in reg["cases"]
                      if c.get("names", {}).get("zh") and c.get("names", {}).get("en")]
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
        r = self.rng
        k = r.randint(0, 27)
        if k == 0:
            n, y = self.scres()
            return "安理会第%d(%d)号决议" % (n, y)
        if k == 1:
            y, ns = self.sc_list(r.randint(2, 5))
            return "安全理事会第 " + "、".join("%d(%d)" % (n, y) for n in ns[:-1]) + "和 %d(%d)号决议" % (ns[-1], y)
        if k == 2:
            y, ns = self.sc_list(3)
            return "安理会第 %d、%d 和 %d(%d)号决议" % (ns[0], ns[1], ns[2], y)
        if k == 3:
            n, ro = self.garoman()
            return "大会第%d(%s)号决议" % (n, ro)
        if k == 4:
            s, n = self.gasess()
            return "大会第%d/%d、%d/%d和%d/%d号决议" % (s, n, s, n + 1, s + 1, r.randint(1, 300))
        if k == 5:
            return "大会第ES-%d/%d号决议" % (r.randint(1, 11), r.randint(1, 25))
        if k == 6:
            return "经济及社会理事会第%d/%d号决议" % (r.randint(1946, 2023), r.randint(1, 60))
        if k == 7:
            return "人权理事会第%d/%d和%d/%d号决议" % (r.randint(1, 55), r.randint(1, 40), r.randint(1, 55), r.randint(1, 40))
        if k == 8:
            s, n = self.gasess()
            return "大会第%d/%d号决定" % (s, 500 + n)
        if k == 9:
            return "见 S/%d/%d。" % (r.randint(1994, 2023), r.randint(1, 1400))
        if k == 10:
            return "见 A/C.%d/%d/L.%d/Rev.1 和 S/PRST/%d/%d" % (r.randint(1, 6), r.randint(31, 78), r.randint(1, 80),
                                                          r.randint(1994, 2023), r.randint(1, 40))
        if k == 11:
            n, y = self.scres()
            return "见 https://undocs.org/ch/S/RES/%d(%d)" % (n, y)
        if k == 12:
            return "见 https://news.un.org/zh/story/%d/%02d/%d" % (r.randint(2010, 2023), r.randint(1, 12), r.randint(1000000, 1200000))
        if k == 13:
            return "见 https://www.mfa.gov.example/zh/news/%d/statement-%d" % (r.randint(2010, 2023), r.randint(1, 99999))
        if k in (14, 15):
            t = r.choice(self.instr)[0]
            return "《%s》" % t
        if k == 16:
            return "《联合国宪章》第%s条" % zh_int(r.randint(1, 111))
        if k == 17:
            return "《宪章》第二条第四项和第%s条" % zh_int(r.randint(1, 111))
        if k == 18:
            t = r.choice(self.instr)[0]
            return "《%s》第%s条第%d款" % (t, zh_int(r.randint(1, 60)), r.randint(1, 4))
        if k == 19:
            return r.choice(self.cases)[0]
        if k in (20, 21, 22):
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return "%d 年 %d 月 %d 日%s常驻联合国代表给秘书长的信" % (d.year, d.month, d.day, st[1])
        if k == 23:
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return "%d年%d月%d日%s常驻代表给秘书长的信(%s-%s)" % (d.year, d.month, d.day, st[1], a, s)
        if k in (24, 25):
            e = self.earlier(i)
            if e:
                return "见 %s" % r.choice(e[0])
        if k == 26:
            return "《%s宣言》" % r.choice(["巴库", "明斯克", "阿拉木图", "杜尚别", "塔什干", "比什凯克"])
        if i >= len(self.states):
            d = self.meta(i - len(self.states))[1]  # the same sender's earlier letter
            return "继我 %d 年 %d 月 %d 日的信之后" % (d.year, d.month, d.day)
        return "《联合国宪章》"

    def en_ref(self, i, me):
        r = self.rng
        k = r.randint(0, 27)
        if k == 0:
            n, y = self.scres()
            return "Security Council resolution %d (%d)" % (n, y)
        if k == 1:
            y, ns = self.sc_list(r.randint(2, 5))
            return "Security Council resolutions " + ", ".join("%d (%d)" % (n, y) for n in ns[:-1]) + " and %d (%d)" % (ns[-1], y)
        if k == 2:
            y, ns = self.sc_list(3)
            return "resolutions %d, %d and %d (%d)" % (ns[0], ns[1], ns[2], y)
        if k == 3:
            n, ro = self.garoman()
            return "General Assembly resolution %d (%s)" % (n, ro)
        if k == 4:
            s, n = self.gasess()
            return "General Assembly resolutions %d/%d, %d/%d and %d/%d" % (s, n, s, n + 1, s + 1, r.randint(1, 300))
        if k == 5:
            return "General Assembly resolution ES-%d/%d" % (r.randint(1, 11), r.randint(1, 25))
        if k == 6:
            return "Economic and Social Council resolution %d/%d" % (r.randint(1946, 2023), r.randint(1, 60))
        if k == 7:
            return "Human Rights Council resolutions %d/%d and %d/%d" % (r.randint(1, 55), r.randint(1, 40), r.randint(1, 55), r.randint(1, 40))
        if k == 8:
            s, n = self.gasess()
            return "General Assembly decision %d/%d" % (s, 500 + n)
        if k == 9:
            return "see S/%d/%d" % (r.randint(1994, 2023), r.randint(1, 1400))
        if k == 10:
            return "see A/C.%d/%d/L.%d/Rev.1 and S/PRST/%d/%d" % (r.randint(1, 6), r.randint(31, 78), r.randint(1, 80),
                                                              r.randint(1994, 2023), r.randint(1, 40))
        if k == 11:
            n, y = self.scres()
            return "see https://undocs.org/en/S/RES/%d(%d)" % (n, y)
        if k == 12:
            return "see https://news.un.org/en/story/%d/%02d/%d" % (r.randint(2010, 2023), r.randint(1, 12), r.randint(1000000, 1200000))
        if k == 13:
            return "see www.mfa.gov.example/en/press-releases/%d/statement-%d" % (r.randint(2010, 2023), r.randint(1, 99999))
        if k in (14, 15):
            return "the " + r.choice(self.instr)[1]
        if k == 16:
            return "Article %d of the Charter of the United Nations" % r.randint(1, 111)
        if k == 17:
            return "Articles 2 (4) and %d of the Charter" % r.randint(1, 111)
        if k == 18:
            return "article %d, paragraph %d, of the %s" % (r.randint(1, 60), r.randint(1, 4), r.choice(self.instr)[1])
        if k == 19:
            return r.choice(self.cases)[1]
        if k in (20, 21, 22):
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return "the letter dated %d %s %d from the Permanent Representative of %s to the United Nations addressed to the Secretary-General" % (
                    d.day, MONTHS[d.month - 1], d.year, st[2])
        if k == 23:
            e = self.earlier(i)
            if e:
                (a, s), d, st = e
                return "the letter dated %d %s %d from the Permanent Representative of %s (%s-%s)" % (
                    d.day, MONTHS[d.month - 1], d.year, st[2], a, s)
        if k in (24, 25):
            e = self.earlier(i)
            if e:
                return "see document %s" % r.choice(e[0])
        if k == 26:
            return "the document entitled \u201c%s\u201d" % r.choice(["Global Warming of 1.5\u00b0C", "Agenda for Peace",
                                                                      "Our Common Agenda", "In Larger Freedom"])
        if i >= len(self.states):
            d = self.meta(i - len(self.states))[1]  # the same sender's earlier letter
            return "my letter dated %d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
        return "the Charter of the United Nations"

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

    def zh_note(self):
        r = self.rng
        k = r.randint(0, 2)
        if k == 0:
            u = "https://www.example-news.org/articles/%d" % r.randint(1, 999999)
            return ("“新闻稿”，可查阅：%s。" % u, u)
        if k == 1:
            n, ro = self.garoman()
            return ("见 %d (%s)。" % (n, ro), None)
        n, y = self.scres()
        u = "https://undocs.org/ch/S/RES/%d(%d)" % (n, y)
        return ("见 %s。" % u, u)

    def en_note(self):
        r = self.rng
        k = r.randint(0, 2)
        if k == 0:
            u = "https://www.example-news.org/articles/%d" % r.randint(1, 999999)
            return ("\u201cPress release\u201d, available at %s." % u, u)
        if k == 1:
            n, ro = self.garoman()
            return ("See %d (%s)." % (n, ro), None)
        n, y = self.scres()
        u = "https://undocs.org/en/S/RES/%d(%d)" % (n, y)
        return ("See %s." % u, u)

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
                out.append(textwrap.fill(self.en_para(i, me, notes), 80, initial_indent=" " * 11,
                                         subsequent_indent=" " * 6, break_long_words=False, break_on_hyphens=False))
                out.append("")
                if p == 2:
                    self.furniture(i, 2, out, "E")
            if notes:
                out.append("      __________________")
                for k, (t, u) in enumerate(notes, 1):
                    out.append("      %d %s" % (k, t))
                    if u:
                        out.append("        " + u)
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
    a = ap.parse_args()
    g = Gen(a.n, a.seed, a.zh)
    total = 0
    for i in range(a.n):
        d = os.path.join(a.outdir, "%04d" % (i // 1000))
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        b = g.letter(i).encode("utf-8")
        total += len(b)
        with open(os.path.join(d, "%07d.txt" % i), "wb") as f:
            f.write(b)
    print("%s: %d letters, %d bytes" % (a.outdir, a.n, total), file=sys.stderr)


if __name__ == "__main__":
    main()
