"""Readers: every format to one normalised text, normalisation rules, bad input, encodings."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

from govgraph.loaders.normalise import join_pages, normalise_text
from govgraph.loaders.read import SUPPORTED_SUFFIXES, ReadError, read_document

SHARED = Path(os.environ.get("GOVGRAPH_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
CORPUS = SHARED / "corpus"


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


# --- plain text and Markdown -------------------------------------------------------------------


def test_txt_basic_fields(tmp_path):
    path = write(tmp_path, "minutes.txt", "EXAMPLE COMMITTEE\n\nPresent:- Councillor Able (in the Chair).\n")
    doc = read_document(path)
    assert doc.name == "minutes.txt"
    assert doc.path == str(path)
    assert doc.media_type == "text/plain"
    assert len(doc.sha256) == 64 and doc.sha256 == __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    assert doc.text == "EXAMPLE COMMITTEE\n\nPresent:- Councillor Able (in the Chair)."
    assert doc.pages == []


def test_md_media_type_and_headings(tmp_path):
    doc = read_document(write(tmp_path, "a.md", "# EXAMPLE BOARD\n\n#### 12. DECLARATIONS OF INTEREST\n\nNone.\n"))
    assert doc.media_type == "text/markdown"
    assert doc.text == "EXAMPLE BOARD\n\n12. DECLARATIONS OF INTEREST\n\nNone."


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("#### 39. DECLARATIONS", "39. DECLARATIONS"),
        ("## **8. Finance**", "8. Finance"),
        ("### (a) Audits ###", "(a) Audits"),
        ("#hashtag stays", "#hashtag stays"),
        ("**Venue: Town Hall,\nHigh Street**", "Venue: Town Hall,\nHigh Street"),
        ("- (i) That the report be noted.**", "- (i) That the report be noted."),
        ("*Jane Doe, Head of Service*", "Jane Doe, Head of Service"),
        ("an _italic_ word and snake_case_name", "an italic word and snake_case_name"),
        ("Councillors A*, B*", "Councillors A*, B*"),
        ("* first\n* second", "- first\n- second"),
        ("the 23<sup>rd</sup> March", "the 23rd March"),
        ("1.\t<b>Meeting:</b>\t<b>Cabinet</b>", "1.\tMeeting:\tCabinet"),
        ("line one<br>line two", "line one\nline two"),
        ("[jo@example.gov.uk](mailto:jo@example.gov.uk)", "jo@example.gov.uk"),
        ("published on the [website](#).", "published on the website."),
        ("see <https://example.org/a>", "see https://example.org/a"),
        ("Fish &amp; Chips &pound;5 &#8211; &rsquo;", "Fish & Chips £5 – '"),
        ("Smith &notary stays", "Smith &notary stays"),
        ("\u201cquoted\u201d and it\u2019s", "\"quoted\" and it's"),
        ("a\u00a0b\u2009c", "a b c"),
        ("em \u2014 and en \u2013 stay", "em \u2014 and en \u2013 stay"),
        ("\ufb01nance", "finance"),
        ("too  many   spaces", "too many spaces"),
        # a layout's column gap (four spaces or more inside a line) is a cell break; after a label it is a space
        ("Ms Ann Ryan        Director of Services", "Ms Ann Ryan\tDirector of Services"),
        ("justified   prose   here", "justified prose here"),
        ("Chair:        Cllr Ann Ryan", "Chair: Cllr Ann Ryan"),
        ("cell one  \t  cell two\t cell three", "cell one\tcell two\tcell three"),
        ("Para one.\n\n\n\n\nPara two", "Para one.\n\nPara two"),
        ("   indented line", "indented line"),
        ("\u2022 bullet item", "- bullet item"),
        ("\uf0b7 symbol bullet", "- symbol bullet"),
        ("11 th June and 21 st May", "11th June and 21st May"),
        ("1 th is not an ordinal", "1 th is not an ordinal"),
        ("develop-\nment of services", "development of services"),
        ("co-\nordinate the work", "co-ordinate the work"),
        ("multi-agency work; the multi-\nagency team", "multi-agency work; the multi-agency team"),
        ("Ref A-\nb", "Ref A-\nb"),
        # a capitalised compound wrapped at its hyphen: a fire authority's list, an Irish council's post
        ("Chief Fire Officer S. Oyelaran-\nPrice attended", "Chief Fire Officer S. Oyelaran-Price attended"),
        ("the Leas-\nChathaoirleach, Cllr Ann Ryan", "the Leas-Chathaoirleach, Cllr Ann Ryan"),
        ("PLANNING -\nMinutes", "PLANNING -\nMinutes"),
        ("Item 4 Highways-\nThe clerk reported", "Item 4 Highways-\nThe clerk reported"),
        ("the end -\nnext", "the end -\nnext"),
        ("the meeting of the panel and\n\nconsideration was given", "the meeting of the panel and\nconsideration was given"),
        ("Head of Special Needs and\n\nDisabilities", "Head of Special Needs and\nDisabilities"),
        ("Resolved.\n\nThe next item", "Resolved.\n\nThe next item"),
        ("Text\nPage 3\nMore", "Text\nMore"),
        ("Text\n---\nMore", "Text\n\nMore"),
        ("| Name | Post |\n|---|---|\n| A | B |", "Name\tPost\nA\tB"),
        ("windows\r\nline\rends", "windows\nline\nends"),
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ],
)
def test_normalise_rules(raw, expected):
    assert normalise_text(raw) == expected


def test_html_list_inside_table_cell():
    raw = 'SUBJECT\tTIMING\n<ul style="list-style-type: none"> \u2022 First topic \u2022 Second topic \t9 th July\nNEXT\n'
    assert normalise_text(raw) == "SUBJECT\tTIMING\n- First topic\n- Second topic\t9th July\nNEXT"
    raw = "Item\t<ul><li>One</li><li>Two</li></ul>\tLater"
    assert normalise_text(raw) == "Item\t- One\n- Two\tLater"


def test_form_feed_pages_and_page_numbers(tmp_path):
    raw = "First page text.\n\n1\n\f2\nSecond page starts here and\n- 2 -\n\fcontinues on the third.\nPage 3\n"
    doc = read_document(write(tmp_path, "paged.txt", raw))
    assert [p.number for p in doc.pages] == [1, 2, 3]
    texts = [doc.text[p.start:p.end] for p in doc.pages]
    assert texts == ["First page text.", "Second page starts here and", "continues on the third."]
    assert doc.text == "First page text.\n\nSecond page starts here and\ncontinues on the third."


def test_hyphen_across_page_break():
    text, ranges = join_pages(["the develop-", "ment plan"])
    assert text == "the development plan"
    assert ranges == [(0, 11), (11, 20)]


def test_lone_number_kept_inside_a_page(tmp_path):
    doc = read_document(write(tmp_path, "n.txt", "Votes for:\n12\nVotes against:\n3\n"))
    assert "12" in doc.text.split("\n")


# --- encodings ---------------------------------------------------------------------------------

SAMPLE = "The Chair\u2019s \u201cnote\u201d cost \u00a3250 \u2013 agreed."
SAMPLE_OUT = "The Chair's \"note\" cost \u00a3250 \u2013 agreed."


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        SAMPLE.encode("utf-16-be").join([b"\xfe\xff", b""]),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252"],
)
def test_encodings(tmp_path, data):
    assert read_document(write(tmp_path, "enc.txt", data)).text == SAMPLE_OUT


# --- bad input -----------------------------------------------------------------------------------


def one_line_error(path: Path, expect: str) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_document(path)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(str(path) + ": ")
    assert expect in message
    return info.value


def test_empty_file(tmp_path):
    one_line_error(write(tmp_path, "empty.txt", b""), "empty file")


def test_blank_file(tmp_path):
    one_line_error(write(tmp_path, "blank.md", "  \n\n\t\n"), "no text")


def test_binary_with_text_suffix(tmp_path):
    one_line_error(write(tmp_path, "image.txt", bytes(range(256)) * 4), "binary")


def test_unknown_extension(tmp_path):
    one_line_error(write(tmp_path, "notes.xyz", "hello"), "unsupported file type '.xyz'")


def test_missing_file(tmp_path):
    one_line_error(tmp_path / "nowhere.pdf", "file not found")


def test_directory(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    one_line_error(tmp_path / "folder.txt", "directory")


def test_corrupt_docx(tmp_path):
    one_line_error(write(tmp_path, "bad.docx", b"this is not a zip"), "corrupt")
    good = make_docx(tmp_path / "good.docx")
    data = good.read_bytes()
    one_line_error(write(tmp_path, "cut.docx", data[: len(data) // 2]), "DOCX")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    one_line_error(write(tmp_path, "zip.docx", buf.getvalue()), "DOCX")


def test_corrupt_pdf(tmp_path):
    one_line_error(write(tmp_path, "bad.pdf", b"%PDF-1.4\nnothing else here"), "PDF")
    one_line_error(write(tmp_path, "nohead.pdf", b"plain words"), "PDF")
    data = make_pdf(tmp_path / "good.pdf", ["Some text on a page."]).read_bytes()
    try:  # pdfium may repair a truncated file; either way only ReadError or a Document
        read_document(write(tmp_path, "cut.pdf", data[: len(data) // 3]))
    except ReadError as err:
        assert "cut.pdf" in str(err)


def test_scanned_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # ink, but no text layer
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    one_line_error(path, "no text layer (scanned PDF?)")


# --- HTML ------------------------------------------------------------------------------------------


def test_html(tmp_path):
    markup = """<!DOCTYPE html><html><head><title>T</title><style>p {color: red}</style>
    <script>var x = "<b>";</script></head><body>
    <h1>EXAMPLE  COMMITTEE</h1>
    <p>Present:- Councillor <b>Able</b> (in the Chair);
       Councillors Baker and Cole.</p>
    <table><tr><th>Name</th><th>Post</th></tr>
      <tr><td>Dee Evans</td><td><p>Head of</p><p>Service</p></td></tr>
      <tr><td>Topics</td><td><ul><li>Budget</li><li>Housing</li></ul></td></tr></table>
    <ul><li>First point</li><li>Second&nbsp;point</li></ul>
    <ol><li>Numbered</li></ol>
    <div>Held on the 3<sup>rd</sup> May</div><!-- a comment -->
    </body></html>"""
    doc = read_document(write(tmp_path, "page.html", markup))
    assert doc.media_type == "text/html"
    assert doc.text == (
        "EXAMPLE COMMITTEE\n\n"
        "Present:- Councillor Able (in the Chair); Councillors Baker and Cole.\n\n"
        "Name\tPost\nDee Evans\tHead of Service\nTopics\n- Budget\n- Housing\n\n"
        "- First point\n- Second point\n\n1. Numbered\n\nHeld on the 3rd May"
    )


def test_htm_cp1252_meta(tmp_path):
    data = '<html><head><meta charset="windows-1252"></head><body><p>Cost \u00a35 \u2013 ok</p></body></html>'.encode("cp1252")
    assert read_document(write(tmp_path, "old.htm", data)).text == "Cost \u00a35 \u2013 ok"


def test_html_without_text(tmp_path):
    one_line_error(write(tmp_path, "void.html", "<html><body><script>x()</script></body></html>"), "no text")


# --- DOCX ------------------------------------------------------------------------------------------


def test_html_text_after_a_huge_attribute_is_read(tmp_path):
    """libxml2 stops at 10 MB in one attribute (an inline image) and drops the rest silently."""
    image = "data:image/png;base64," + "A" * (11 * 1024 * 1024)
    page = f'<html><body><p>Before the image.</p><img src="{image}"><p>Present: Councillor Able.</p></body></html>'
    text = read_document(write(tmp_path, "big.html", page)).text
    assert text == "Before the image.\n\nPresent: Councillor Able."


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_libxml2_allows_is_read(tmp_path, depth):
    """libxml2 drops content below 256 levels (2048 with its huge option)."""
    page = ("<html><body><p>Top.</p>" + "<div>" * depth + "Deep text." + "</div>" * depth
            + "<table><tr><td>Date:</td><td>4 May</td></tr></table><p>End.</p><script>x=1</script></body></html>")
    text = read_document(write(tmp_path, "deep.html", page)).text
    assert text == "Top.\n\nDeep text.\n\nDate:\t4 May\n\nEnd."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_text(tmp_path, codec):
    path = write(tmp_path, "m.txt", "EXAMPLE PANEL\n\nPresent:- Councillor Ähler (in the Chair).\n", codec)
    assert read_document(path).text == "EXAMPLE PANEL\n\nPresent:- Councillor Ähler (in the Chair)."


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading("EXAMPLE PANEL", level=1)
    d.add_paragraph("Present:- Councillor Able (in the Chair).")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Meeting:"
    table.cell(0, 1).text = "Example Panel"
    table.cell(1, 0).text = "Date:"
    table.cell(1, 1).text = "4th May"
    d.add_paragraph("After the table \u201cquoted\u201d.")
    d.add_paragraph("First bullet", style="List Bullet")
    d.add_paragraph("Second bullet", style="List Bullet")
    d.add_paragraph("Last paragraph.")
    d.save(str(path))
    return path


def test_docx_order_tables_lists(tmp_path):
    doc = read_document(make_docx(tmp_path / "report.docx"))
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.text == (
        "EXAMPLE PANEL\n\nPresent:- Councillor Able (in the Chair).\n\n"
        "Meeting:\tExample Panel\nDate:\t4th May\n\n"
        "After the table \"quoted\".\n\n- First bullet\n- Second bullet\n\nLast paragraph."
    )


def test_docx_merged_cells(tmp_path):
    import docx

    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "Heading across"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "a", "b", "c"
    d.save(str(tmp_path / "m.docx"))
    assert read_document(tmp_path / "m.docx").text == "Heading across\na\tb\tc"


def test_docx_styles_are_looked_up_once_not_per_paragraph(tmp_path, monkeypatch):
    """python-docx's Paragraph.style scans every style of the document for each paragraph
    (quadratic: 93 s for 41,000 paragraphs); the reader maps style ids to names once."""
    import docx
    from docx.text.paragraph import Paragraph

    d = docx.Document()
    for i in range(300):
        d.add_paragraph(f"Point {i}", style="List Bullet" if i % 2 else None)
    d.save(str(tmp_path / "long.docx"))

    def no_scan(self):
        raise AssertionError("Paragraph.style was read: a scan of all styles per paragraph")

    monkeypatch.setattr(Paragraph, "style", property(no_scan))
    text = read_document(tmp_path / "long.docx").text
    assert text.count("- Point") == 150 and "Point 0" in text


def test_docx_that_unpacks_too_large_is_refused_before_parsing(tmp_path):
    """A small file whose XML unpacks past the cap ('zip bomb') gets one clear line."""
    from govgraph.loaders.docx_text import MAX_XML_BYTES

    source = make_docx(tmp_path / "plain.docx")
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * (MAX_XML_BYTES + 1), 1)
            out.writestr(info.filename, data)
    assert bomb.stat().st_size < 2 * 1024**2
    with pytest.raises(ReadError, match=r"bomb\.docx: DOCX not read: its XML unpacks to .* over the .* limit"):
        read_document(bomb)


# --- PDF -------------------------------------------------------------------------------------------


def make_pdf(path: Path, pages: list[str]) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for number, body in enumerate(pages, 1):
        pdf.add_page()
        pdf.multi_cell(0, 6, body)
        pdf.set_auto_page_break(False)
        pdf.set_y(-20)
        pdf.cell(0, 6, str(number), align="C")
    pdf.output(str(path))
    return path


def test_pdf_pages_and_page_numbers(tmp_path):
    path = make_pdf(tmp_path / "r.pdf", [
        "EXAMPLE BOARD\n\nThe report was presented by the Head of Service.",
        "Resolved: That the report be noted.",
    ])
    doc = read_document(path)
    assert doc.media_type == "application/pdf"
    assert [p.number for p in doc.pages] == [1, 2]
    first, second = (doc.text[p.start:p.end] for p in doc.pages)
    assert first == "EXAMPLE BOARD\n\nThe report was presented by the Head of Service."
    assert second == "Resolved: That the report be noted."
    assert not re.search(r"^\d+$", doc.text, re.M)  # page numbers dropped


def _contact_pdf(path: Path, column_by_column: bool) -> Path:
    """Two contacts side by side; the right post is longer, so the columns wrap differently."""
    from fpdf import FPDF

    left = ["Jane Doe", "Head of Democratic Services", "jane.doe@example.gov.uk"]
    right = ["Alan Smith", "Strategic Director of", "Children's Services", "alan.smith@example.gov.uk"]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Contact details for this report are given below.")
    top = pdf.get_y() + 6
    cells = [(10, i, t) for i, t in enumerate(left)] + [(110, i, t) for i, t in enumerate(right)]
    if not column_by_column:
        cells.sort(key=lambda c: (c[1], c[0]))  # row by row: what interleaves in pdfium's text
    for x, i, t in cells:
        pdf.set_xy(x, top + 6 * i)
        pdf.cell(90, 6, t)
    pdf.set_xy(10, top + 40)
    pdf.multi_cell(0, 6, "Background papers: none.")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("column_by_column", [True, False])
def test_pdf_two_column_contact_block(tmp_path, column_by_column):
    doc = read_document(_contact_pdf(tmp_path / "c.pdf", column_by_column))
    lines = doc.text.split("\n")
    block = ["Jane Doe", "Head of Democratic Services", "jane.doe@example.gov.uk",
             "Alan Smith", "Strategic Director of", "Children's Services", "alan.smith@example.gov.uk"]
    start = lines.index("Jane Doe")
    assert lines[start:start + len(block)] == block
    assert lines[0] == "Contact details for this report are given below."
    assert lines[-1] == "Background papers: none."


def test_pdf_names_left_posts_right(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    rows = [("Jane Doe", "Head of Democratic Services"), ("", "jane.doe@example.gov.uk"),
            ("Alan Smith", "Strategic Director"), ("", "alan.smith@example.gov.uk")]
    for i, (name, post) in enumerate(rows):
        if name:
            pdf.set_xy(10, 20 + 6 * i)
            pdf.cell(60, 6, name)
        pdf.set_xy(90, 20 + 6 * i)
        pdf.cell(100, 6, post)
    pdf.output(str(tmp_path / "n.pdf"))
    text = read_document(tmp_path / "n.pdf").text
    assert text == ("Jane Doe\tHead of Democratic Services\njane.doe@example.gov.uk\n"
                    "Alan Smith\tStrategic Director\nalan.smith@example.gov.uk")


def test_pdf_label_table_rows(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    rows = [("Meeting:", "Example Panel"), ("Date:", "4th May"), ("Title:", "Annual report of the"), ("", "example service")]
    for i, (label, value) in enumerate(rows):
        pdf.set_xy(10, 20 + 6 * i)
        pdf.cell(40, 6, label)
        pdf.set_xy(60, 20 + 6 * i)
        pdf.cell(100, 6, value)
    pdf.output(str(tmp_path / "t.pdf"))
    assert read_document(tmp_path / "t.pdf").text == (
        "Meeting:\tExample Panel\nDate:\t4th May\nTitle:\tAnnual report of the example service"
    )


# --- properties ------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_txt_reads_or_fails_cleanly_and_deterministically(tmp_path, text):
    path = tmp_path / "prop.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        first = read_document(path)
    except ReadError as err:
        assert "\n" not in str(err)
        return
    second = read_document(path)
    assert first == second
    for page in first.pages:
        assert 0 <= page.start <= page.end <= len(first.text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_printable_text_is_never_rejected_when_it_has_words(text):
    out = normalise_text(text)
    assert isinstance(out, str)
    assert "\r" not in out and "\f" not in out


# --- large input -----------------------------------------------------------------------------------


def test_large_text_is_read_whole(tmp_path):
    # a paragraph standing many times over is the document's own text, not a running header
    para = ("The Committee considered the report of the Head of Service on the co-\n"
            "ordination of services and <b>resolved</b> that the 3<sup>rd</sup> update be noted.\n\n")
    path = write(tmp_path, "big.txt", para * 40_000)  # about 6 MB
    doc = read_document(path)
    assert "<b>" not in doc.text and doc.text.count("co-ordination of services") == 40_000


def test_running_headers_and_footers_leave_but_repeated_sentences_stay():
    pages = [f"Planning Committee minutes 4 March 2025 draft for approval\n\n{body}\n\nPage {n} of 3"
             for n, body in enumerate(["Item one text.\nRESOLVED that the report be noted by the Committee.",
                                       "Item two text.\nRESOLVED that the report be noted by the Committee.",
                                       "Item three text.\nRESOLVED that the report be noted by the Committee."], 1)]
    text, _ = join_pages(pages)
    assert "draft for approval" not in text
    assert text.count("RESOLVED that the report be noted by the Committee.") == 3
    whole = normalise_text("\n\n".join(pages) + "\n\n" + "Filler words for a longer text. " * 80)
    assert "draft for approval" not in whole and whole.count("RESOLVED that") == 3
    # the form fields a record of decisions repeats under each item stay
    record = "".join(f"CD.{n}\tITEM {n}\n\nReport of:\t\tStrategic Director of Place and Growth\n\nText. " * 20 + "\n\n"
                     for n in range(3))
    assert normalise_text(record).count("Report of:\t\tStrategic Director of Place and Growth") == 60


# --- the reference corpus --------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")
def test_corpus_is_clean():
    files = sorted(p for p in CORPUS.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES and p.name != "README.md")
    assert files
    for path in files:
        doc = read_document(path)
        assert doc.text.strip()
        for noise in ("<b>", "<sup>", "**", "<ul", "<li", "&amp;"):
            assert noise not in doc.text, (path.name, noise)
        assert not re.search(r"^#{1,6}\s", doc.text, re.M), path.name
        assert "\u2019" not in doc.text and "\u00a0" not in doc.text
        assert read_document(path) == doc  # deterministic


def test_double_spaced_lines_join_but_headings_and_labels_stay():
    """A converter of a double-spaced PDF puts a blank line after every line: one after a line that
    runs to the margin mid-sentence is a line break; after a heading, a label or a sentence end it
    is a paragraph break."""
    lines = [
        "4. Nominations to Outside Bodies",
        "The Meetings Administrator advised that the Council was required to nominate four",
        "Members to the Regional Transport Partnership for the ensuing year, and following a",
        "short discussion on the balance of the nominations between the districts it was",
        "Resolved:",
        "That Councillors Ames, Bell, Cole and Dunne be appointed to the Regional Transport",
        "Partnership for the ensuing year, together with the Mayor as an ex officio member.",
        "5. Correspondence",
        "A LETTER FROM THE DEPARTMENT OF TRANSPORT ABOUT THE REGIONAL BUS PROGRAMME WAS READ",
        "The Clerk read a letter from the Department about the regional bus programme and",
    ]
    text = normalise_text("\n\n".join(lines))
    assert "nominate four\nMembers to the" in text and "appointed to the Regional Transport\nPartnership" in text
    assert "4. Nominations to Outside Bodies\n\nThe" in text  # a heading is short
    assert "it was\n\nResolved:" in text  # a label starts its own line
    assert "ex officio member.\n\n5. Correspondence" in text  # a sentence ended
    assert "PROGRAMME WAS READ\n\nThe Clerk" in text  # a line in capitals is a heading


def test_single_spaced_minutes_keep_their_paragraph_breaks():
    # a blank line after a long line without a full stop ends a paragraph when the text is not
    # double-spaced, and always before a short heading of capitalised words
    text = ("The Clerk reported that the footpath at the east end of the village green had been repaired\n"
            "by the contractor and the invoice would be paid from the maintenance budget this month\n\n"
            "Matters Arising\n"
            "The Chair said the bench by the pond had been replaced by the volunteers from the church\n"
            "and thanked them for their work over the winter on the verges and the hedges near the school\n\n"
            "Planning Applications\n"
            "No applications had been received by the Clerk since the last meeting of the parish council\n"
            "and none were expected before the summer recess according to the district council officers\n\n"
            "Date of Next Meeting\nThe next meeting will be held on Tuesday 3 June at the village hall.\n")
    out = normalise_text(text)
    for heading in ("Matters Arising", "Planning Applications", "Date of Next Meeting"):
        assert f"\n\n{heading}\n" in out, heading


def test_the_papers_own_title_heading_every_page_is_kept_once():
    """A council's name at the top of each page is too short for a running line, but it is the
    paper's first line, back the same on every page."""
    pages = [f"GLENBY COUNCIL\n\nItem {n} text runs here.\nThe Committee agreed:-\n\n(1) to note item {n}."
             for n in range(1, 4)]
    text, _ = join_pages(pages)
    assert text.count("GLENBY COUNCIL") == 1 and text.startswith("GLENBY COUNCIL")
    # a short heading that is not the paper's first line stays wherever it stands
    pages = [f"Minutes\n\nAPOLOGIES\nNone {n}.\n\nAPOLOGIES\nNone." for n in range(1, 4)]
    assert join_pages(pages)[0].count("APOLOGIES") == 6


@pytest.mark.parametrize("formula, goes_on", [
    # a county committee's minutes: each item opens with the same sentence, wrapped
    ("The Committee considered a report of the Director of Place and Growth", "(copy attached to the signed minutes) on {x}."),
    # a board's minutes in another style: the same officer's report, its sentence running on
    ("The Board received an update from the Head of Commissioning and Quality", "which covered {x} in detail."),
])
def test_a_repeated_formula_that_runs_on_stays_but_a_wrapped_footer_leaves(formula, goes_on):
    footer = "All minutes are draft until agreed at the next meeting of the board. To see\nthe dates of meetings visit the council website"
    topics = ["the budget", "the plan", "the audit", "the risks"]
    filler = "Filler words of the minute.\nMore words of the minute here.\nAnd a last line of words.\n\n"
    pages = [f"{filler}{n}. Item {n}\n\n{formula}\n{goes_on.format(x=topic)}\n\n{filler}{footer}\nPage {n}"
             for n, topic in enumerate(topics, 1)]
    text, _ = join_pages(pages)
    assert text.count(formula) == 4
    assert "All minutes are draft" not in text and "dates of meetings visit" not in text


def test_a_header_over_a_sentence_the_page_break_cut_still_leaves():
    pages = [f"Westby Parish Council - Minutes of 4 March 2031 draft\nthe sentence the break cut goes on {n}.\n"
             f"More text of page {n}.\nAnd more of it.\n\nPage {n}" for n in range(1, 4)]
    text, _ = join_pages(pages)
    assert "Minutes of 4 March 2031 draft" not in text and text.count("the sentence the break cut") == 3
