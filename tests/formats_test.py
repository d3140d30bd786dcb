#!/usr/bin/env python3
"""PDF and Word (.docx) letters, as users have them (docs/inputs.md).

    formats_test.py CITEGRAPH TEST_FORMATS files
        the committed files of tests/formats (made once with LibreOffice,
        pandoc and qpdf: tests/formats/README.md): a PDF and a .docx of a
        Chinese sample letter and of an English test letter cite the same
        nodes, with the same letter metadata, as the letter's text; the
        formats are told by content; pages; a .docx with a footnote and a
        hyperlink; refusals (scanned, damaged, encrypted, zip bombs, other
        ZIP archives, Word 97-2003), each one line naming the file; a
        folder with bad files among good ones.
    formats_test.py CITEGRAPH TEST_FORMATS convert
        the same comparison on files made now with LibreOffice (soffice
        --headless --convert-to pdf / docx) from the sample letters, and
        qpdf's encryption; exit 77 when LibreOffice is missing.

Run from the project folder.  Prints one line per failure, then
"N passed, M failed"."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib

CG, TEST_FORMATS, MODE = sys.argv[1], sys.argv[2], sys.argv[3]
FORMATS = "tests/formats"
ZH_TXT = "tests/corpus/seeds/000_406827bfa2b56595.txt"
EN_TXT = "tests/corpus/en/en11_rus_2022-03-15.txt"
passed = failed = 0


def ok():
    global passed
    passed += 1


def no(msg):
    global failed
    failed += 1
    print("FAIL: " + msg)


def run(args, env=None):
    p = subprocess.run(args, capture_output=True, env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def letter(path, tmp):
    """The letter node and the names of the nodes it cites, from a graph
    of that one file."""
    out = os.path.join(tmp, "one.json")
    rc, _, err = run([CG, "build", "-q", path, "-f", "json", "-o", out])
    if rc != 0:
        return None, err.strip()
    g = json.load(open(out, encoding="utf-8"))
    letters = [n for n in g["nodes"] if n["kind"] == "letter" and n.get("in_corpus")]
    if len(letters) != 1:
        return None, "%d letters in the graph" % len(letters)
    me = letters[0]["id"]
    cites = sorted(l["target"] for l in g["links"] if l["source"] == me and l["kind"] == "cites")
    meta = {k: letters[0].get(k) for k in ("name", "date", "sender", "symbols", "addressee", "languages")}
    return (meta, cites), None


def same_letter(what, text_path, others, tmp):
    """Each of `others` cites what text_path cites, with its metadata."""
    want, err = letter(text_path, tmp)
    if not want:
        no("%s: %s: %s" % (what, text_path, err))
        return
    if not want[1]:
        no("%s: %s cites nothing: the comparison would prove nothing" % (what, text_path))
        return
    for p in others:
        got, err = letter(p, tmp)
        if not got:
            no("%s: %s: %s" % (what, p, err))
            continue
        if got[0] != want[0]:
            no("%s: %s: letter %s, the text gives %s" % (what, p, got[0], want[0]))
        else:
            ok()
        if got[1] != want[1]:
            missing = sorted(set(want[1]) - set(got[1]))
            extra = sorted(set(got[1]) - set(want[1]))
            no("%s: %s cites differently: missing %s, extra %s" % (what, p, missing, extra))
        else:
            ok()


def refs(path):
    """format and references (target, line, column, page) as the library
    reads them (test_formats refs)."""
    rc, out, _ = run([TEST_FORMATS, "refs", path])
    info, rs = {}, []
    for line in out.splitlines():
        f = line.split("\t")
        if f[0] == "ref":
            rs.append((f[1], int(f[2]), int(f[3]), int(f[4])))
        else:
            info[f[0]] = f[1]
    return rc, info, rs


def expect_message(what, path, rc_want, line_want, env=None):
    """`citegraph scan path` exits rc_want and says exactly line_want on
    standard error (nothing else)."""
    rc, out, err = run([CG, "scan", path], env=env)
    lines = err.splitlines()
    if rc != rc_want:
        no("%s: exit %d, want %d (%s)" % (what, rc, rc_want, err.strip()))
    elif line_want is not None and lines != [line_want]:
        no("%s: said %r, want %r" % (what, lines, line_want))
    elif line_want is None and rc_want != 0 and (len(lines) != 1 or not lines[0].startswith("citegraph: %s: " % path)):
        no("%s: said %r, want one line naming the file" % (what, lines))
    else:
        ok()


# ---- files made here ------------------------------------------------------

def scanned_pdf(pages=1):
    """A PDF whose pages are only an image (a scan), no text layer."""
    w, h = 64, 32
    # a grey page with dark bars where lines of text would be
    rows = bytearray()
    for y in range(h):
        rows += bytes((40 if (y % 8 in (2, 3, 4) and 4 < x < 60) else 230) for x in range(w))
    img = zlib.compress(bytes(rows))
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % (3 + 3 * i) for i in range(pages)), pages)]
    streams = {}
    for i in range(pages):
        page, content, image = 3 + 3 * i, 4 + 3 * i, 5 + 3 * i
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                    "/Resources << /XObject << /Im0 %d 0 R >> >> >>" % (content, image))
        c = b"q 500 0 0 250 47 550 cm /Im0 Do Q"
        objs.append("<< /Length %d >>" % len(c))
        streams[content] = c
        objs.append("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    "/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>" % (w, h, len(img)))
        streams[image] = img
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + o.encode() + b"\n"
        if k in streams:
            out += b"stream\n" + streams[k] + b"\nendstream\n"
        out += b"endobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/></Types>')


def docx(path, body, extra=None, compression=zipfile.ZIP_DEFLATED):
    """A .docx of the given body XML (and other parts)."""
    with zipfile.ZipFile(path, "w", compression) as z:
        z.writestr("[Content_Types].xml", CT)
        if body is not None:
            z.writestr("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document %s>'
                       '<w:body>%s</w:body></w:document>' % (W_NS, body))
        for name, data in (extra or {}).items():
            z.writestr(name, data)


def para(text):
    return "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % text


# ---- the committed files ----------------------------------------------------

def files_mode(tmp):
    F = lambda n: os.path.join(FORMATS, n)
    # the same letter as text, PDF and .docx: same nodes, same metadata
    same_letter("Chinese sample letter", ZH_TXT, [F("000_406827bfa2b56595.pdf"), F("000_406827bfa2b56595.docx")], tmp)
    same_letter("English test letter", EN_TXT, [F("en11_rus_2022-03-15.pdf"), F("en11_rus_2022-03-15.docx")], tmp)
    # a letter written in Word, with a footnote citing resolutions and a
    # hyperlink to undocs.org whose text does not name the document (it
    # describes the letter sender first, "the letter of the Russian
    # Federation of 24 February 2022": letter:2022-02-24:RUS beside the
    # link's S/2022/154); its PDF; the PDF with an owner password only
    # (opens without one)
    fn = letter(F("footnote.docx"), tmp)[0]
    want = ["A/RES/ES-11/1", "S/2022/154", "S/RES/2202(2015)", "instrument:un-charter",
            "letter:2022-02-24:RUS"]
    if fn and fn[1] == want and fn[0]["date"] == "2022-03-04" and fn[0]["sender"] == "UKR":
        ok()
    else:
        no("footnote.docx: %s, want the cites %s, dated 2022-03-04, from UKR" % (fn, want))
    same_letter("footnote letter", F("footnote.docx"), [F("footnote.pdf"), F("owner-only.pdf")], tmp)

    # the format is told by content, not by name; offsets, lines and pages
    for name, fmt in (("en11_rus_2022-03-15.pdf", "pdf"), ("000_406827bfa2b56595.docx", "docx"),
                      ("footnote.docx", "docx")):
        disguised = os.path.join(tmp, name + ".txt")
        shutil.copy(F(name), disguised)
        rc, info, rs = refs(disguised)
        rc0, info0, rs0 = refs(F(name))
        if rc == 0 and info.get("format") == fmt and info.get("encoding") == "UTF-8" and rs == rs0 and rs:
            ok()
        else:
            no("%s named .txt: format %s, %d references (as %s: %d)" % (name, info.get("format"), len(rs), fmt, len(rs0)))
    rc, info, rs = refs(F("en11_rus_2022-03-15.pdf"))
    pages = sorted(set(r[3] for r in rs))
    if rc == 0 and pages and pages[0] >= 1 and all(r[3] >= 1 for r in rs):
        ok()
    else:
        no("PDF references without a page: %s" % rs)
    # pages: the Chinese letter's PDF has three; each reference's page is
    # the one whose text holds it (the form feeds before its line)
    rc, info, rs = refs(F("000_406827bfa2b56595.pdf"))
    text = subprocess.run([TEST_FORMATS, "text", F("000_406827bfa2b56595.pdf")], capture_output=True).stdout
    lines = text.split(b"\n")
    bad = [r for r in rs if b"".join(lines[:r[1]]).count(b"\f") + 1 != r[3]]
    if rc == 0 and len(set(r[3] for r in rs)) >= 2 and not bad:
        ok()
    else:
        no("pages of the Chinese PDF's references: %s (wrong: %s)" % (sorted(set(r[3] for r in rs)), bad[:3]))
    rc, info, rs = refs(F("000_406827bfa2b56595.docx"))
    if rc == 0 and rs and all(r[3] == 0 for r in rs):
        ok()
    else:
        no(".docx references with a page: %s" % rs[:3])
    rc, out, _ = run([CG, "scan", "--json", F("footnote.pdf")])
    try:
        d = json.loads(out)
        pj = [r.get("page") for r in d["documents"][0]["references"]]
        if rc == 0 and pj and all(p == 1 for p in pj):
            ok()
        else:
            no("scan --json of a PDF: pages %s" % pj)
    except ValueError:
        no("scan --json of a PDF: not JSON: %r" % out[:200])

    # refusals: one line naming the file, exit 1
    scanned = os.path.join(tmp, "scan.pdf")
    open(scanned, "wb").write(scanned_pdf(3))
    scan_msg = ("no text layer (a scanned image?): citegraph does not do OCR; "
                "run it through an OCR tool first")
    pdf = open(F("en11_rus_2022-03-15.pdf"), "rb").read()
    cut = os.path.join(tmp, "cut.pdf")
    open(cut, "wb").write(pdf[:len(pdf) // 3])
    junk = os.path.join(tmp, "junk.pdf")
    open(junk, "wb").write(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    nopages = os.path.join(tmp, "nopages.pdf")
    open(nopages, "wb").write(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                              b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
                              b"trailer << /Root 1 0 R >>\n%%EOF\n")
    blank = os.path.join(tmp, "blank.pdf")
    open(blank, "wb").write(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                            b"trailer << /Root 1 0 R >>\n%%EOF\n")
    damaged_pdf = ("damaged PDF (truncated, or not a PDF past its first bytes): not read; "
                   "get the file again, or open it and save it as PDF again")
    doc = ("a Word 97-2003 document (.doc, binary): citegraph reads .docx and PDF: "
           "save it as .docx or PDF")
    ole = os.path.join(tmp, "old.doc")
    open(ole, "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 512)
    locked_docx = os.path.join(tmp, "locked.docx")
    open(locked_docx, "wb").write(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)

    good = os.path.join(tmp, "good.docx")
    docx(good, para("Letter dated 4 March 2022") + para("We refer to resolution 2202 (2015)."))
    data = open(good, "rb").read()
    truncated = os.path.join(tmp, "truncated.docx")
    open(truncated, "wb").write(data[:len(data) - 40])
    crc = os.path.join(tmp, "crc.docx")
    b = bytearray(open(good, "rb").read())
    # a byte of word/document.xml's compressed data changed: its checksum fails
    at = b.find(b"word/document.xml") + len("word/document.xml") + 10
    b[at] ^= 0xFF
    open(crc, "wb").write(bytes(b))
    bomb = os.path.join(tmp, "bomb.docx")
    docx(bomb, para("x" * 50) + "<w:p/>" * (3 << 20))      # 18 MiB of XML, ~20 KiB compressed
    dtd = os.path.join(tmp, "dtd.docx")
    with zipfile.ZipFile(dtd, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e SYSTEM '
                   '"file:///etc/hostname">]><w:document %s><w:body>%s</w:body></w:document>' % (W_NS, para("&e;")))
    notword = os.path.join(tmp, "letters.docx")
    with zipfile.ZipFile(notword, "w") as z:
        z.writestr("letter.txt", "Letter dated 4 March 2022")
    odt = os.path.join(tmp, "letter.odt")
    with zipfile.ZipFile(odt, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        z.writestr("content.xml", "<office:document-content/>")
    xlsx = os.path.join(tmp, "table.docx")
    with zipfile.ZipFile(xlsx, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    badxml = os.path.join(tmp, "badxml.docx")
    with zipfile.ZipFile(badxml, "w") as z:
        z.writestr("word/document.xml", '<?xml version="1.0"?>\n<w:document %s><w:body><w:p>' % W_NS)
    empty = os.path.join(tmp, "empty.docx")
    docx(empty, "<w:p/><w:p/>")
    encrypted_zip = os.path.join(tmp, "zipcrypto.docx")
    # a ZIP entry flagged as encrypted (general purpose bit 0)
    zb = bytearray(open(good, "rb").read())
    k = 0
    while True:
        k = zb.find(b"PK\x01\x02", k)
        if k < 0:
            break
        zb[k + 8] |= 1
        k += 4
    k = 0
    while True:
        k = zb.find(b"PK\x03\x04", k)
        if k < 0:
            break
        zb[k + 6] |= 1
        k += 4
    open(encrypted_zip, "wb").write(bytes(zb))

    def m(path, msg):
        return "citegraph: %s: %s" % (path, msg)

    damaged_docx = ("damaged Word document (.docx): %s: not read; open it in Word or LibreOffice "
                    "and save it again")
    rows = [
        ("scanned PDF (an image only)", scanned, 1, m(scanned, scan_msg)),
        ("scanned PDF committed", F("scanned.pdf"), 1, m(F("scanned.pdf"), scan_msg)),
        ("truncated PDF", cut, 1, m(cut, damaged_pdf)),
        ("PDF header then junk", junk, 1, m(junk, damaged_pdf)),
        ("PDF without pages", nopages, 1, None),
        ("PDF with a blank page", blank, 1,
         m(blank, "no text in the PDF (1 page without text or images: empty, or damaged): nothing to read")),
        ("encrypted PDF (a password to open)", F("encrypted.pdf"), 1,
         m(F("encrypted.pdf"), "encrypted PDF (it needs a password to open): not read; save a copy without "
           "the password first (qpdf --decrypt --password=PASSWORD in.pdf out.pdf)")),
        ("Word 97-2003 .doc", ole, 1, m(ole, doc)),
        ("password-protected .docx (an OLE file)", locked_docx, 1,
         m(locked_docx, "a password-protected Word document: not read; save a copy without the password "
           "(as .docx or PDF) first")),
        ("truncated .docx", truncated, 1, m(truncated, damaged_docx % "not a readable ZIP archive (truncated?)")),
        ("a .docx part failing its checksum", crc, 1, None),
        ("zip bomb", bomb, 1,
         m(bomb, "Word document (.docx) whose word/document.xml expands to more than 200 times its "
           "compressed size (a ZIP bomb?): not read")),
        (".docx with a DTD and an external entity", dtd, 1,
         m(dtd, "Word document (.docx) whose word/document.xml declares a DTD (Word never writes one): not read")),
        ("ZIP archive, not a Word document", notword, 1,
         m(notword, "a ZIP archive that is not a Word document (no word/document.xml): not read; unpack it, "
           "or save the letter as .docx or PDF")),
        ("OpenDocument text", odt, 1,
         m(odt, "an OpenDocument text (.odt), not a Word document: not read; save it as .docx or PDF")),
        ("Excel workbook", xlsx, 1, m(xlsx, "an Excel workbook (.xlsx), not a letter: not read")),
        (".docx whose XML is cut", badxml, 1,
         m(badxml, damaged_docx.replace("%s", "word/document.xml is not well-formed XML (its line 2)"))),
        (".docx without text", empty, 1, m(empty, "a Word document without text: nothing to read")),
        (".docx with encrypted entries", encrypted_zip, 1,
         m(encrypted_zip, "password-protected Word document (.docx): not read; save a copy without the "
           "password (as .docx or PDF) first")),
        ("a good .docx made here", good, 0, None),
    ]
    for what, path, rc, msg in rows:
        expect_message(what, path, rc, msg)
    # poppler's own messages never reach the user, even when GLib is asked
    # for its debug output
    env = dict(os.environ, G_MESSAGES_DEBUG="all")
    expect_message("truncated PDF, GLib debugging on", cut, 1, m(cut, damaged_pdf), env=env)
    expect_message("damaged page content, GLib debugging on", junk, 1, m(junk, damaged_pdf), env=env)

    # a folder: .pdf and .docx are picked up; the bad ones are said, the
    # rest goes through
    d = os.path.join(tmp, "letters")
    os.mkdir(d)
    for n in ("en11_rus_2022-03-15.pdf", "000_406827bfa2b56595.docx", "footnote.docx"):
        shutil.copy(F(n), d)
    shutil.copy(scanned, os.path.join(d, "scan.pdf"))
    shutil.copy(cut, os.path.join(d, "cut.PDF"))
    out = os.path.join(tmp, "folder.json")
    rc, _, err = run([CG, "build", d, "-f", "json", "-o", out])
    said = err.splitlines()
    want_lines = [m(os.path.join(d, "cut.PDF"), damaged_pdf), m(os.path.join(d, "scan.pdf"), scan_msg)]
    if rc != 1 or said[:2] != want_lines:
        no("folder: exit %d, said %r" % (rc, said))
    else:
        ok()
    try:
        g = json.load(open(out, encoding="utf-8"))
        names = sorted(n["name"] for n in g["nodes"] if n["kind"] == "letter" and n.get("in_corpus"))
        want = ["S/2022/221", "letter:2021-08-18:ARM", "letter:2022-03-04:UKR"]
        if names == want:
            ok()
        else:
            no("folder: letters %s, want %s" % (names, want))
    except (OSError, ValueError) as e:
        no("folder: no graph written: %s" % e)


# ---- made now with LibreOffice ------------------------------------------------

def convert_mode(tmp):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("skipped: LibreOffice (soffice) not found: the Debian package libreoffice-writer-nogui "
              "makes the PDF and .docx files of this test")
        sys.exit(77)
    profile = "file://" + os.path.join(tmp, "profile")
    made = []
    for txt in (ZH_TXT, EN_TXT):
        for fmt in ("pdf", "docx"):
            rc, _, err = run([soffice, "-env:UserInstallation=" + profile, "--headless",
                              "--convert-to", fmt, "--outdir", tmp, txt])
            p = os.path.join(tmp, os.path.basename(txt)[:-4] + "." + fmt)
            if rc != 0 or not os.path.exists(p):
                no("soffice --convert-to %s %s: exit %d: %s" % (fmt, txt, rc, err.strip()[:200]))
            made.append(p)
    zh = [p for p in made if "000_" in p and os.path.exists(p)]
    en = [p for p in made if "en11" in p and os.path.exists(p)]
    same_letter("Chinese sample letter, converted now", ZH_TXT, zh, tmp)
    same_letter("English test letter, converted now", EN_TXT, en, tmp)
    # a letter written in Word, printed to PDF now
    fn = os.path.join(tmp, "fn")
    os.mkdir(fn)
    rc, _, err = run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                      "--outdir", fn, os.path.join(FORMATS, "footnote.docx")])
    same_letter("footnote letter, printed now", os.path.join(FORMATS, "footnote.docx"),
                [os.path.join(fn, "footnote.pdf")], tmp)
    qpdf = shutil.which("qpdf")
    if qpdf and os.path.exists(os.path.join(fn, "footnote.pdf")):
        locked = os.path.join(tmp, "locked.pdf")
        subprocess.run([qpdf, "--encrypt", "pw", "owner", "256", "--", os.path.join(fn, "footnote.pdf"), locked])
        expect_message("encrypted PDF made now (AES-256)", locked, 1,
                       "citegraph: %s: encrypted PDF (it needs a password to open): not read; save a copy "
                       "without the password first (qpdf --decrypt --password=PASSWORD in.pdf out.pdf)" % locked)
    else:
        print("note: qpdf not found: no encrypted PDF made now (the committed one is tested by 'files')")


tmp = tempfile.mkdtemp(prefix="citegraph-formats.")
try:
    if MODE == "files":
        files_mode(tmp)
    elif MODE == "convert":
        convert_mode(tmp)
    else:
        print("formats_test.py: mode files or convert, not %r" % MODE)
        sys.exit(2)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
