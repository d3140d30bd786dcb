#!/usr/bin/env python3
"""Builds src/data/states/{fr,es,ru,ar}.json from unterm.tsv and ru-declension.tsv.

unterm.tsv: ISO3, French short (UNTERM notation, article and gender in brackets),
French formal, Spanish short (UNTERM notation), Spanish formal, Russian short,
Russian formal, Arabic short, Arabic formal.  See docs/sources.md for where each
column comes from.

ru-declension.tsv: ISO3, short name and formal name as tokens word/class, where the
class says how the word declines (see RU_CLASSES below); '!' means the short name is
a UNTERM parenthetical name: letters use the formal name, and its head (RU_PAREN_HEADS
gives its class); '?' means the
declension is not certain and only the nominative is given.

Run: python3 src/data/states/build.py   (writes the four JSON files beside it)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ACCESSED = "2026-12-02"

# States whose current UN name postdates the UNTERM snapshot used here; their names
# come from another source and are flagged (see docs/sources.md).
NOT_IN_SNAPSHOT = {
}
NOTES = {
    "CZE": "short names from the UNSD M49 columns of the same snapshot (Tchéquie, Chequia, Чехия, تشيكيا); the UNTERM short-name columns of the snapshot still had the pre-2016 short name (République tchèque)",
}
NOT_IN_SNAPSHOT.update({
    "MKD": "the snapshot predates the 2019 change of name; North Macedonia names here are the forms used since February 2019, checked against ISO 3166 French short name 'Macédoine du Nord (la)' only, not against UNTERM",
    "SWZ": "the snapshot predates the 2018 change of name; Eswatini names are the forms used since 2018 (M49 columns of the snapshot give Eswatini, Эсватини, إسواتيني; the Spanish 'Eswatini' and all formal names are not checked against UNTERM)",
    "TUR": "the snapshot predates the 2022 change of name; the UN uses 'Türkiye' in the Latin-script languages since 1 June 2022 (press reports of the Secretary-General's spokesperson); the formal names 'la République de Türkiye'/'la República de Türkiye' and the Russian and Arabic names are not checked against UNTERM",
    "NLD": "UNTERM's English short name became 'Netherlands (Kingdom of the)' in 2024; the French, Spanish, Russian and Arabic short names here are the earlier UNTERM ones (still the forms used in running text); the new parenthetical short names are not checked",
})

# Short names letters use in running text that UNTERM's short and formal names do
# not give ("du Royaume-Uni", "des États-Unis"), each only where a UN document in
# that language shows it in use (docs/sources.md): ISO3 -> [(name, article), ...],
# and the source of each.  Their article forms are generated as for the UNTERM
# names.
FR_SHORT_FORMS = {
    "GBR": [("Royaume-Uni", "le")],
    "USA": [("États-Unis", "les"), ("Etats-Unis", "les")],
    "SYR": [("Syrie", "la")],
    "RUS": [("Russie", "la")],
}
FR_SHORT_SOURCES = {
    "GBR": "UN-press-fr",
    "USA": "UN-press-fr",
    "SYR": "UN-press-fr",
    "RUS": "UN-press-fr",
}
# Spanish, the same: the short names of running text that the UN Spanish Translation
# Service's manual writes (docs/sources.md).
ES_SHORT_FORMS = {
    "USA": [("Estados Unidos", "los")],
    "SYR": [("Siria", "")],
}
ES_SHORT_SOURCES = {
    "USA": "UN-STS-manual-es",
    "SYR": "UN-STS-manual-es",
}
# Names a State had in UNTERM before it changed them, which letters written before the
# change still use: Turkey's names in French and Spanish before 'Türkiye' (1 June 2022),
# as the UNTERM snapshot of the 'country-codes' package gives them (Russian 'Турция' and
# Arabic 'تركيا' did not change).  ISO3 -> [(name, article), ...], short then formal.
FR_FORMER_NAMES = {
    "TUR": [("Turquie", "la"), ("République turque", "la")],
}
ES_FORMER_NAMES = {
    "TUR": [("Turquía", ""), ("República de Turquía", "la")],
}
FORMER_SOURCES = {
    "TUR": "UNTERM-2018",
}
# Russian: each short name as a declension spec (as in ru-declension.tsv); its six
# cases are generated.
RU_SHORT_FORMS = {
    "USA": ["Соединенные/adjpl Штаты/pl=Штат", "США/0"],
    "GBR": ["Соединенное/adjn Королевство/n"],
}
RU_SHORT_SOURCES = {
    "USA": "UN-docs-ru",
    "GBR": "UN-2231-ru",
}
# The UNTERM short names with a parenthetical qualifier ('Иран (Исламская Республика)'):
# their head, the name without the qualifier, is a name of running text too, as the
# French and Spanish data already read 'de l'Iran', 'del Irán', 'du Venezuela', 'de
# Bolivia' (the Russian text of resolution 2231 (2015) writes 'ядерная программа Ирана';
# docs/sources.md).  Russian: the head's declension spec, its cases generated.
RU_PAREN_HEADS = {
    "BOL": "Боливия/ija",
    "FSM": "Микронезия/ija",
    "IRN": "Иран/m",
    "VEN": "Венесуэла/a",
}
# Arabic, the same: the short names a UN text in Arabic writes (docs/sources.md);
# their joined-prefix forms are generated as for the UNTERM names.
AR_SHORT_FORMS = {
    "GBR": ["المملكة المتحدة"],
    "USA": ["الولايات المتحدة"],
}
AR_SHORT_SOURCES = {
    "GBR": "UN-2231-ar",
    "USA": "UN-2231-ar",
}

def rows():
    out = []
    with open(os.path.join(HERE, "unterm.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            c = line.split("\t")
            assert len(c) == 9, line
            out.append(c)
    return out

VOWEL_START = re.compile(r"^[AEIOUYÉÈÊÎÏÔÖÛÜaeiouyéèêîïôöûüH]")
H_ASPIRE = set()  # none of the State names starts with an aspirated h

# ---------------------------------------------------------------- French
def fr_parse(short):
    """'Azerbaïdjan (l') [masc.]' -> (name, article, gender, number, parenthetical)."""
    s = short.strip()
    gender = None
    m = re.search(r"\s*\[(masc|fém)\.\]\s*$", s)
    if m:
        gender = "m" if m.group(1) == "masc" else "f"
        s = s[: m.start()].strip()
    article = ""
    m = re.search(r"\s*\((l'|le|la|les|sans article)\)\s*$", s)
    if m:
        a = m.group(1)
        article = "" if a == "sans article" else a
        s = s[: m.start()].strip()
    paren = None
    m = re.search(r"\s*\(([^()]*)\)\s*$", s)
    if m:
        paren = m.group(1)
        s = s[: m.start()].strip()
    if gender is None and article in ("le", "la"):
        gender = "m" if article == "le" else "f"
    number = "pl" if article == "les" else "sg"
    return s, article, gender, number, paren

def fr_with(article, name):
    if article == "":
        return name
    if article == "l'":
        return "l'" + name
    return article + " " + name

def fr_split_article(phrase):
    for a in ("l'", "le ", "la ", "les "):
        if phrase.startswith(a):
            return a.strip(), phrase[len(a):]
    return "", phrase

def fr_de(article, name):
    if article == "le":
        return "du " + name
    if article == "les":
        return "des " + name
    if article == "la":
        return "de la " + name
    if article == "l'":
        return "de l'" + name
    return ("d'" if VOWEL_START.match(name) else "de ") + name

def fr_a(article, name):
    if article == "le":
        return "au " + name
    if article == "les":
        return "aux " + name
    if article == "la":
        return "à la " + name
    if article == "l'":
        return "à l'" + name
    return "à " + name

def add_names(e, forms, names, key, source, with_, de, a):
    """A State's other names of one kind (short forms, former names: pairs
    of name and article) into entry e under key, with their source, and
    their forms (with the article, after de, after a) into forms."""
    e[key] = [with_(art, n) for n, art in names]
    e[key + "_source"] = source
    for n, art in names:
        forms += [with_(art, n), de(art, n), a(art, n)]


def build_fr(rs):
    states, unverified = {}, {}
    for c in rs:
        iso, short, formal = c[0], c[1], c[2]
        name, art, gender, number, paren = fr_parse(short)
        formal_clean = re.sub(r"\s*\[(masc|fém)\.\]\s*$", "", formal).strip()
        formal_clean = re.sub(r"\s*\(les\)$", "", formal_clean)
        formal_clean = formal_clean.replace("Grande- Bretagne", "Grande-Bretagne")
        fart, fname = fr_split_article(formal_clean)
        e = {"unterm_short": short, "short": name, "formal": formal_clean,
             "article": art, "gender": gender, "number": number}
        forms = []
        if paren is not None:
            # 'Iran (République islamique d')': running text uses the formal name.
            e["parenthetical"] = paren
            forms += [fr_with(fart, fname), fr_de(fart, fname), fr_a(fart, fname)]
            e["running_text"] = fr_with(fart, fname)
        else:
            forms += [fr_with(art, name), fr_de(art, name), fr_a(art, name)]
            e["running_text"] = fr_with(art, name)
        if formal_clean != e["running_text"]:
            forms += [formal_clean, fr_de(fart, fname), fr_a(fart, fname)]
        e["de"] = forms[1]
        if iso in FR_SHORT_FORMS:
            add_names(e, forms, FR_SHORT_FORMS[iso], "short_forms", FR_SHORT_SOURCES[iso], fr_with, fr_de, fr_a)
        if iso in FR_FORMER_NAMES:
            add_names(e, forms, FR_FORMER_NAMES[iso], "former_names", FORMER_SOURCES[iso], fr_with, fr_de, fr_a)
        e["forms"] = list(dict.fromkeys(forms))
        e["forms_generated"] = True
        if iso in NOTES:
            e["note"] = NOTES[iso]
        if iso in NOT_IN_SNAPSHOT:
            e["verified"] = False
            unverified[iso] = NOT_IN_SNAPSHOT[iso]
        states[iso] = e
    return states, unverified

# ---------------------------------------------------------------- Spanish
def es_parse(short):
    s = short.strip()
    art = ""
    m = re.search(r"\s*\((el|la|los|las)\)\s*$", s)
    if m:
        art = m.group(1)
        s = s[: m.start()].strip()
    paren = None
    m = re.search(r"\s*\(([^()]*)\)\s*$", s)
    if m:
        paren = m.group(1)
        s = s[: m.start()].strip()
    return s, art, paren

def es_split_article(phrase):
    for a in ("el ", "la ", "los ", "las "):
        if phrase.startswith(a):
            return a.strip(), phrase[len(a):]
    return "", phrase

def es_with(art, name):
    return (art + " " + name) if art else name

def es_de(art, name):
    if art == "el":
        return "del " + name
    return "de " + es_with(art, name)

def es_a(art, name):
    if art == "el":
        return "al " + name
    return "a " + es_with(art, name)

def build_es(rs):
    states, unverified = {}, {}
    for c in rs:
        iso, short, formal = c[0], c[3], c[4]
        name, art, paren = es_parse(short)
        fart, fname = es_split_article(formal)
        e = {"unterm_short": short, "short": name, "formal": formal, "article": art}
        if paren is not None:
            e["parenthetical"] = paren
            run = (fart, fname)
        else:
            run = (art, name)
        e["running_text"] = es_with(*run)
        forms = [es_with(*run), es_de(*run), es_a(*run)]
        if formal != e["running_text"]:
            forms += [formal, es_de(fart, fname), es_a(fart, fname)]
        e["de"] = es_de(*run)
        if iso in ES_SHORT_FORMS:
            add_names(e, forms, ES_SHORT_FORMS[iso], "short_forms", ES_SHORT_SOURCES[iso], es_with, es_de, es_a)
        if iso in ES_FORMER_NAMES:
            add_names(e, forms, ES_FORMER_NAMES[iso], "former_names", FORMER_SOURCES[iso], es_with, es_de, es_a)
        e["forms"] = list(dict.fromkeys(forms))
        e["forms_generated"] = True
        if iso in NOTES:
            e["note"] = NOTES[iso]
        if iso in NOT_IN_SNAPSHOT:
            e["verified"] = False
            unverified[iso] = NOT_IN_SNAPSHOT[iso]
        states[iso] = e
    return states, unverified

# ---------------------------------------------------------------- Russian
CASES = ["nom", "gen", "dat", "acc", "ins", "prep"]
HUSH = "жшчщц"
VELAR_HUSH = "гкхжшчщ"

def ru_word(word, cls):
    """Six case forms of one word of a State name."""
    alt = None
    if "=" in cls:
        cls, alt = cls.split("=", 1)
    w = word
    if cls == "0":
        return [w] * 6
    if cls == "m":
        s = alt or w
        ins = "ем" if s[-1] in HUSH else "ом"
        return [w, s + "а", s + "у", w, s + ins, s + "е"]
    if cls == "mj":
        s = w[:-1]
        return [w, s + "я", s + "ю", w, s + "ем", s + "е"]
    if cls == "mij":
        s = w[:-1]
        return [w, s + "я", s + "ю", w, s + "ем", s + "и"]
    if cls == "ms":
        s = w[:-1]
        return [w, s + "я", s + "ю", w, s + "ем", s + "е"]
    if cls == "a":
        s = w[:-1]
        gen = s + ("и" if s[-1] in VELAR_HUSH else "ы")
        ins = s + ("ей" if s[-1] in HUSH else "ой")
        return [w, gen, s + "е", s + "у", ins, s + "е"]
    if cls == "ija":
        s = w[:-1]
        return [w, s + "и", s + "и", s + "ю", s + "ей", s + "и"]
    if cls == "ja":
        s = w[:-1]
        return [w, s + "и", s + "е", s + "ю", s + "ей", s + "е"]
    if cls == "fs":
        s = w[:-1]
        return [w, s + "и", s + "и", w, s + "ью", s + "и"]
    if cls == "n":
        s = w[:-1]
        return [w, s + "а", s + "у", w, s + "ом", s + "е"]
    if cls == "pl":
        s = alt
        return [w, s + "ов", s + "ам", w, s + "ами", s + "ах"]
    if cls == "plz":
        s = alt
        return [w, s, s + "ам", w, s + "ами", s + "ах"]
    if cls == "adjf":
        s = w[:-2]
        return [w, s + "ой", s + "ой", s + "ую", s + "ой", s + "ой"]
    if cls in ("adjn", "adjm"):
        s = w[:-2]
        i = "им" if s[-1] in VELAR_HUSH else "ым"
        return [w, s + "ого", s + "ому", w, s + i, s + "ом"]
    if cls == "adjpl":
        if w.endswith("ие"):
            s = w[:-2]
            return [w, s + "их", s + "им", w, s + "ими", s + "их"]
        if w.endswith("ые"):
            s = w[:-2]
            return [w, s + "ых", s + "ым", w, s + "ыми", s + "ых"]
        if w.endswith("ы"):  # possessive adjectives: Маршалловы, Соломоновы
            s = w[:-1]
            return [w, s + "ых", s + "ым", w, s + "ыми", s + "ых"]
    raise ValueError("unknown class %s for %s" % (cls, word))

def ru_phrase(spec):
    toks = spec.split(" ")
    per_case = [""] * 6
    for t in toks:
        word, cls = t.rsplit("/", 1)
        joiner = ""
        if word.endswith("-"):
            word, joiner = word[:-1], "-"
        forms = ru_word(word, cls)
        for i in range(6):
            sep = "" if (per_case[i] == "" or per_case[i].endswith("-")) else " "
            per_case[i] += sep + forms[i] + joiner
    return dict(zip(CASES, per_case))

def ru_yo(s):
    return s.replace("Соединенн", "Соединённ").replace("Объединенн", "Объединённ")

def build_ru(rs, specs):
    states, unverified = {}, {}
    for c in rs:
        iso, short, formal = c[0], c[5], c[6]
        sp_short, sp_formal = specs[iso]
        e = {"short": short, "formal": formal}
        if sp_short == "?":
            unverified[iso] = ("declension of '%s' not certain (whether both parts decline in UN Russian); "
                               "only the nominative is given" % short)
            e["cases"] = {"nom": short}
            e["forms"] = [short] if short == formal else [short, formal]
            e["cases_generated"] = False
        else:
            if sp_short == "!":
                e["parenthetical"] = True
                run = ru_phrase(sp_formal)
                head = ru_phrase(RU_PAREN_HEADS[iso])
                assert short.startswith(head["nom"] + " ("), (iso, short)
                e["short_head"] = head["nom"]
                e["short_head_cases"] = head
            else:
                run = ru_phrase(sp_short)
            fcases = ru_phrase(sp_formal)
            if sp_short != "!" and run["nom"] != short:
                raise SystemExit("%s: declension spec gives %s, name is %s" % (iso, run["nom"], short))
            if fcases["nom"] != formal:
                raise SystemExit("%s: formal declension spec gives %s, name is %s" % (iso, fcases["nom"], formal))
            e["cases"] = run
            if fcases != run:
                e["formal_cases"] = fcases
            e["cases_generated"] = True
            forms = list(run.values()) + list(fcases.values())
            if "short_head_cases" in e:
                forms += list(e["short_head_cases"].values())
            forms += [ru_yo(x) for x in forms if ru_yo(x) != x]
            if iso in RU_SHORT_FORMS:
                sc = [ru_phrase(sp) for sp in RU_SHORT_FORMS[iso]]
                e["short_forms"] = [c["nom"] for c in sc]
                e["short_forms_cases"] = sc
                e["short_forms_source"] = RU_SHORT_SOURCES[iso]
                for c in sc:
                    forms += list(c.values())
                forms += [ru_yo(x) for x in forms if ru_yo(x) != x]
            e["forms"] = list(dict.fromkeys(forms))
        if iso in NOTES:
            e["note"] = NOTES[iso]
        if iso in NOT_IN_SNAPSHOT:
            e["verified"] = False
            unverified[iso] = (unverified.get(iso, "") + " " + NOT_IN_SNAPSHOT[iso]).strip()
        states[iso] = e
    return states, unverified

# ---------------------------------------------------------------- Arabic
AR_PAREN = re.compile(r"^(.*?)\s*\((.*?)\s*-\s*(.*?)\)\s*$")

def ar_prefixed(p, name):
    """ل/ب/و before a name: ل + ال -> لل; ب and و join without change."""
    if p == "ل" and name.startswith("ال"):
        return "لل" + name[2:]
    return p + name

def build_ar(rs):
    states, unverified = {}, {}
    for c in rs:
        iso, short, formal = c[0], c[7], c[8]
        e = {"short": short, "formal": formal}
        run = short
        head = None
        m = AR_PAREN.match(short)
        if m:
            e["parenthetical"] = True
            run = formal
            head = m.group(1).strip()
            e["short_head"] = head
        e["running_text"] = run
        e["article"] = run.startswith("ال")
        forms = [run] + [ar_prefixed(p, run) for p in ("ل", "ب", "و")]
        if formal != run:
            forms += [formal] + [ar_prefixed(p, formal) for p in ("ل", "ب", "و")]
        if head:
            forms += [head] + [ar_prefixed(p, head) for p in ("ل", "ب", "و")]
        e["li"] = ar_prefixed("ل", run)
        if iso in AR_SHORT_FORMS:
            e["short_forms"] = list(AR_SHORT_FORMS[iso])
            e["short_forms_source"] = AR_SHORT_SOURCES[iso]
            for n in AR_SHORT_FORMS[iso]:
                forms += [n] + [ar_prefixed(p, n) for p in ("ل", "ب", "و")]
        e["forms"] = list(dict.fromkeys(forms))
        e["forms_generated"] = True
        if iso in NOTES:
            e["note"] = NOTES[iso]
        if iso in NOT_IN_SNAPSHOT:
            e["verified"] = False
            unverified[iso] = NOT_IN_SNAPSHOT[iso]
        states[iso] = e
    return states, unverified

SOURCES = {
    "UNTERM-2018": "UNTERM short and formal country names in the six languages as published in the 'country-codes' data package (columns 'UNTERM <language> Short/Formal'), https://github.com/datasets/country-codes, file data/country-codes.csv (snapshot with pre-2019 names), accessed " + ACCESSED,
    "M49": "UNSD Standard country or area codes for statistical use (M49), official names in the six languages, same file (columns official_name_fr/es/ru/ar), https://unstats.un.org/unsd/methodology/m49/, accessed " + ACCESSED,
    "UN-press-fr": "UN press releases in French (Meetings Coverage, press.un.org/fr) using the short names in running text: CS/1055, 21 May 1999 ('Les représentants des pays suivants ont pris la parole : Fédération de Russie, Royaume-Uni, Etats-Unis, Chine et France'), https://press.un.org/fr/1999/19990521.cs1055.html; CS/15906, 2024 ('du Royaume-Uni, M. David Lammy'), https://press.un.org/fr/2024/cs15906.doc.htm; Security Council press releases list, https://press.un.org/fr/content/security-council?page=207 ('la Fédération de Russie et les États-Unis'), ?page=95 ('États-Unis en tête'); CS/10235, 27 April 2011 ('Le représentant de la Syrie a pour sa part affirmé', 'le Gouvernement de la Syrie'), https://press.un.org/fr/2011/cs10235.doc.htm; CS/13955, 19 September 2019 ('la Russie et la Chine ont dénoncé'), https://press.un.org/fr/2019/cs13955.doc.htm (both read 4 December 2026), accessed " + ACCESSED,
    "UN-docs-ru": "UN Security Council documents in Russian using the short names of the United States in running text: S/6575 of 31 July 1965 (Russian; 'Президент Соединенных Штатов объявил', 'готовность Соединенных Штатов'), reproduced at http://studydoc.ru/doc/2569160/s-o-i-di6tr ; the letter of the Permanent Representative of Mongolia of 3 August 1966 to the President of the Security Council (5 August 1966, original: Russian; 'В связи с письмом Постоянного Представителя США при ООН от 30 июня', 'письмо представителя США при ООН от 30 июня на имя Председателя Совета Безопасности'), reproduced at https://ws.studylib.ru/doc/2318313/ ; both scans of the UN documents, accessed " + ACCESSED,
    "DGACM-OCHA": "UN OCHA vocabulary of country names from the UN Protocol and Liaison Service and UNTERM (french-short, spanish-short, ...), https://github.com/UN-OCHA/taas-data json/beta-v4/countries.json, used to cross-check the notation 'Afghanistan (l') [masc.]', accessed " + ACCESSED,
}

SOURCES["UN-STS-manual-es"] = ("Manual del traductor del Servicio de Traducción al Español de las Naciones Unidas "
    "(the UN Spanish Translation Service's manual, 'una compilación de las normas lingüísticas y de traducción que se "
    "aplican a nuestros documentos'), entry 'Nombres geográficos', 1.2, with its examples of UN texts: 'la integridad "
    "territorial de Siria' (for 'of Syria'), 'Los ciudadanos de los Estados Unidos pueden…', 'el Irán ha venido "
    "incumpliendo la resolución 2231 (2015)', https://onutraduccion.wordpress.com/manual/nombres-y-titulos/nombres-geograficos/ "
    "(the manual's home: https://onutraduccion.wordpress.com/manual/), accessed 2026-12-04")

SOURCES["UN-2231-ru"] = ("UN texts in Russian on Security Council resolution 2231 (2015): the resolution, 'приветствуя дипломатические усилия Германии, Китая, "
    "Российской Федерации, Соединенного Королевства, Соединенных Штатов, Франции', as reproduced in the Garant database, https://base.garant.ru/71860680 ; the Council's page "
    "on the resolution, '... Китаем, Францией, Германией, Российской Федерацией, Соединенным Королевством, Соединенными Штатами ...', as reproduced by the Ministry of Foreign "
    "Affairs of Turkmenistan, https://turkmenfmd.gov.tm/ru/documents/055499df-0529-450d-a62a-13ee6c418e10 ; read 4 December 2026")
SOURCES["UN-2231-ar"] = ("The Security Council's page on resolution 2231 (2015) in Arabic, 'بخطة العمل الشاملة المشتركة التي أبرمها يوم 14 تموز/يوليه 2015 كل من الاتحاد الروسي "
    "وألمانيا والصين وفرنسا والمملكة المتحدة والولايات المتحدة والممثل السامي للاتحاد الأوروبي', as reproduced at https://iraqnewspaper.net/2018/09/01/ ; read 4 December 2026")

LANG_ONLY_SOURCES = {"UN-press-fr": "fr", "UN-docs-ru": "ru", "UN-STS-manual-es": "es", "UN-2231-ru": "ru", "UN-2231-ar": "ar"}

def write(lang, about, states, unverified):
    sources = {k: v for k, v in SOURCES.items() if LANG_ONLY_SOURCES.get(k, lang) == lang}
    doc = {"about": about, "sources": sources, "accessed": ACCESSED,
           "states": dict(sorted(states.items())), "unverified": dict(sorted(unverified.items()))}
    with open(os.path.join(HERE, lang + ".json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")

def main():
    rs = rows()
    specs = {}
    with open(os.path.join(HERE, "ru-declension.tsv"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                iso, a, b = line.split("\t")
                specs[iso] = (a, b)
    s, u = build_fr(rs)
    write("fr", "State names in French as the UN writes them (UNTERM short and formal names). 'article' and 'gender'/'number' let a grammar build de/du/de la/de l'/des and à/au/à la/aux; 'running_text' is the name as it stands in a sentence (for UNTERM parenthetical names such as 'Iran (République islamique d')' it is the formal name); 'forms' are generated from the article (elision before a vowel or mute h), not attested one by one. Letters write the apostrophe as ' or ’; match both.", s, u)
    s, u = build_es(rs)
    write("es", "State names in Spanish as the UN writes them (UNTERM short and formal names). 'article' is the article UNTERM attaches to the short name (el Afganistán, los Estados Unidos de América, la Argentina); 'forms' add de/del and a/al, generated, not attested one by one.", s, u)
    s, u = build_ru(rs, specs)
    write("ru", "State names in Russian as the UN writes them (UNTERM short and formal names, printed with е, not ё: 'Соединенные'; 'forms' also list the ё spellings letters use). 'cases' are the six cases (nom, gen, dat, acc, ins, prep) of the name used in running text ('Постоянного представителя Азербайджана'); for UNTERM parenthetical names ('Иран (Исламская Республика)') running text uses the formal name ('Исламской Республики Иран'). Case forms are generated by regular declension from the class of each word (ru-declension.tsv), not attested one by one: 'cases_generated' says so.", s, u)
    s, u = build_ar(rs)
    write("ar", "State names in Arabic as the UN writes them (UNTERM short and formal names, no tatweel, no diacritics). 'article' says whether the name begins with ال; 'forms' add the prefixes ل (ل + ال -> لل: للأرجنتين), ب and و written joined (لأذربيجان, بأذربيجان, وأذربيجان), generated. PDF text may lose the hamza (اذربيجان) or use presentation forms: fold before matching.", s, u)

if __name__ == "__main__":
    main()
