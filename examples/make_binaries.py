"""Build the PDF and DOCX example documents from the plain-text sources in examples/src/.

usage: python examples/make_binaries.py [--out DIR]

Each source file is a small line-based markup (one construct per line):

    # text            title line (centred, bold)
    ## text           section heading
    || label | value  row of a two-column header table (consecutive rows make one table)
    - text            bullet
    @@page            page break (PDF); ignored in DOCX
    @@tag TEXT        "Agenda Item N"-style marker printed at the top right of the page (PDF)
    @@cols ... @@endcols    two-column block, each line "left | right" (contact blocks)
    @@grid ... @@endgrid    table with a header row, cells separated by " | "
    any other line    a paragraph

src/NAME.txt is built to docs/NAME.pdf or docs/NAME.docx according to BUILD below.
Dates embedded in the files (PDF creation date, DOCX core properties and zip entry times) are
fixed, so a rebuild gives byte-identical files.
"""
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = {
    "cabinet_agenda_pack_2025-03-12.txt": "pdf",
    "fscp_annual_report_hwb_2025-01-23.txt": "docx",
}
FIXED_DATE = dt.datetime(2025, 3, 4, 9, 0, 0, tzinfo=dt.timezone.utc)


def parse(text):
    """Source text to a list of (kind, payload) blocks."""
    blocks, i, lines = [], 0, text.splitlines()
    while i < len(lines):
        line = lines[i].rstrip()
        i += 1
        if not line.strip():
            continue
        if line.startswith("@@cols") or line.startswith("@@grid"):
            kind, end, rows = line[2:6], "@@end" + line[2:6], []
            while i < len(lines) and lines[i].strip() != end:
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1
            blocks.append((kind, rows))
        elif line == "@@page":
            blocks.append(("page", None))
        elif line.startswith("@@tag "):
            blocks.append(("tag", line[6:].strip()))
        elif line.startswith("|| "):
            label, _, value = line[3:].partition(" | ")
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append((label.strip(), value.strip()))
            else:
                blocks.append(("table", [(label.strip(), value.strip())]))
        elif line.startswith("## "):
            blocks.append(("heading", line[3:].strip()))
        elif line.startswith("# "):
            blocks.append(("title", line[2:].strip()))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:].strip()))
        else:
            blocks.append(("para", line.strip()))
    return blocks


def build_pdf(blocks, out, title):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Pack(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Helvetica", "", 9)
            self.cell(0, 8, f"Page {self.page_no()}", align="C")

    pdf = Pack(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_author("Fernleigh Borough Council")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for n_block, (kind, payload) in enumerate(blocks):
        nxt = blocks[n_block + 1] if n_block + 1 < len(blocks) else (None, None)
        if kind == "heading" and nxt[0] == "cols" and pdf.get_y() + 12 + 5 * len(nxt[1]) > pdf.page_break_trigger:
            pdf.add_page()  # keep a contact heading with its block
        if kind == "page":
            pdf.add_page()
        elif kind == "tag":
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_xy(pdf.l_margin, 8)
            pdf.cell(width, 6, payload, align="R")
            pdf.set_y(max(y, 16))
        elif kind == "title":
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(width, 7, payload, align="C")
            pdf.ln(1)
        elif kind == "heading":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(width, 6, payload)
            pdf.ln(1)
        elif kind == "para":
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(width, 5, payload)
            pdf.ln(1.5)
        elif kind == "bullet":
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 5, chr(149))
            pdf.multi_cell(width - 9, 5, payload)
            pdf.ln(0.8)
        elif kind == "table":
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(col_widths=(45, width - 45), first_row_as_headings=False,
                           text_align="LEFT", line_height=5, padding=1.5) as table:
                for label, value in payload:
                    row = table.row()
                    row.cell(label, style=FontFace(emphasis="BOLD"))
                    row.cell(value)
            pdf.ln(3)
        elif kind == "cols":
            # contact block: two independent columns, no borders
            half = width / 2
            if pdf.get_y() + 5 * len(payload) > pdf.page_break_trigger:
                pdf.add_page()  # keep the block together
            for n, cells in enumerate(payload):
                pdf.set_font("Helvetica", "B" if n == 0 else "", 10)
                y = pdf.get_y()
                pdf.set_xy(pdf.l_margin, y)
                pdf.cell(half, 5, cells[0])
                pdf.set_xy(pdf.l_margin + half, y)
                pdf.cell(half, 5, cells[1] if len(cells) > 1 else "")
                pdf.set_y(y + 5)
            pdf.ln(2)
        elif kind == "grid":
            pdf.set_font("Helvetica", "", 9)
            with pdf.table(text_align="LEFT", line_height=5, padding=1.5) as table:
                for cells in payload:
                    row = table.row()
                    for c in cells:
                        row.cell(c)
    pdf.output(str(out))


def build_docx(blocks, out, title):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Fernleigh Borough Council"
    d.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.core_properties.last_modified_by = "Democratic Services"
    d.core_properties.revision = 1
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)

    # footer: "Page N" as a PAGE field, like council templates
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Page ")
    run = fp.add_run()
    for tag, text in (("w:fldChar", "begin"), ("w:instrText", "PAGE"), ("w:fldChar", "end")):
        el = OxmlElement(tag)
        if tag == "w:fldChar":
            el.set(qn("w:fldCharType"), text)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)

    for kind, payload in blocks:
        if kind in ("page", "tag"):
            continue
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(payload)
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "heading":
            d.add_heading(payload, level=2)
        elif kind == "para":
            d.add_paragraph(payload)
        elif kind == "bullet":
            d.add_paragraph(payload, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for label, value in payload:
                cells = t.add_row().cells
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(label).bold = True
                cells[1].text = value
            d.add_paragraph()
        elif kind == "cols":
            t = d.add_table(rows=0, cols=2)  # no borders: a contact block laid out in two columns
            for n, cells in enumerate(payload):
                row = t.add_row().cells
                for j in range(2):
                    row[j].text = ""
                    row[j].paragraphs[0].add_run(cells[j] if j < len(cells) else "").bold = n == 0
        elif kind == "grid":
            t = d.add_table(rows=0, cols=len(payload[0]))
            t.style = "Table Grid"
            for n, cells in enumerate(payload):
                row = t.add_row().cells
                for j, c in enumerate(cells):
                    row[j].text = ""
                    row[j].paragraphs[0].add_run(c).bold = n == 0
    d.save(str(out))
    _fix_zip_times(out)


def _fix_zip_times(path):
    """Rewrite the DOCX zip with fixed entry times, so a rebuild is byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main(argv):
    out_dir = Path(argv[argv.index("--out") + 1]) if "--out" in argv else HERE / "docs"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, fmt in BUILD.items():
        src = HERE / "src" / name
        blocks = parse(src.read_text(encoding="utf-8"))
        title = next((p for k, p in blocks if k in ("heading", "title") and p.isupper() is False), src.stem)
        out = out_dir / (src.stem + "." + fmt)
        tmp = out.with_name(out.name + ".tmp")
        (build_pdf if fmt == "pdf" else build_docx)(blocks, tmp, title)
        tmp.replace(out)
        print(f"{src.relative_to(HERE)} -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
