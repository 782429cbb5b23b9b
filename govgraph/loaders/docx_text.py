"""DOCX to line-structured text (python-docx), body paragraphs and tables in document order.

Paragraphs are separated by blank lines (the segmenter's paragraph mark), list paragraphs become
"- " lines kept together, and table rows become one tab-separated line each.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

__all__ = ["docx_to_text", "unpacked_size_problem", "MAX_XML_BYTES", "MAX_UNPACKED_BYTES"]

# A DOCX is a ZIP: these cap what it may unpack to before anything is parsed (a 1.26 MB "zip
# bomb" otherwise took 2.6 GB). Word's own XML for a 1,000-page report is a few tens of MB.
MAX_XML_BYTES = 200 * 1024**2
MAX_UNPACKED_BYTES = 1024**3


def unpacked_size_problem(path: str | Path) -> str | None:
    """Why the package must not be unpacked, or None. zipfile never yields more bytes than an
    entry declares, so the declared sizes are a real bound."""
    with zipfile.ZipFile(path) as package:
        entries = package.infolist()
    xml = sum(e.file_size for e in entries if e.filename.lower().endswith((".xml", ".rels")))
    total = sum(e.file_size for e in entries)
    if xml > MAX_XML_BYTES:
        return f"its XML unpacks to {xml / 1024**2:,.0f} MB, over the {MAX_XML_BYTES / 1024**2:,.0f} MB limit"
    if total > MAX_UNPACKED_BYTES:
        return f"it unpacks to {total / 1024**2:,.0f} MB, over the {MAX_UNPACKED_BYTES / 1024**2:,.0f} MB limit"
    return None


class _Styles:
    """Paragraph style names by style id, read once. python-docx's ``Paragraph.style`` scans
    every style of the document for each paragraph: quadratic, 93 s for 41,000 paragraphs."""

    def __init__(self, document) -> None:
        self.names = {s.style_id: (s.name or "").lower() for s in document.styles}

    def name(self, par: Paragraph) -> str:
        p_pr = par._p.pPr
        style_id = p_pr.pStyle.val if p_pr is not None and p_pr.pStyle is not None else None
        return self.names.get(style_id, "") if style_id else ""

    def is_list(self, par: Paragraph) -> bool:
        """Bulleted or numbered: Word numbering on the paragraph, or a list style."""
        p_pr = par._p.pPr
        if p_pr is not None and p_pr.numPr is not None:
            return True
        return self.name(par).startswith("list")

    def is_heading(self, par: Paragraph) -> bool:
        return self.name(par).startswith(("heading", "title"))


def _cell_text(cell, styles: _Styles) -> str:
    """A cell's paragraphs on one line; list paragraphs in a cell become "- " lines."""
    out: list[str] = []
    for par in cell.paragraphs:
        text = " ".join(par.text.split())
        if not text:
            continue
        if styles.is_list(par):
            out.append("\n- " + text)
        else:
            out.append((" " if out else "") + text)
    return "".join(out).strip(" ")


def _table_rows(table: Table, styles: _Styles) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # Merged cells come back once per grid column: keep the first.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell, styles).replace("\t", " "))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def docx_to_text(path: str | Path) -> str:
    document = docx.Document(str(path))
    styles = _Styles(document)
    blocks: list[tuple[str, str]] = []  # (kind, text): kind decides the break before it
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = _table_rows(item, styles)
            if rows:
                blocks.append(("table", "\n".join(rows)))
            continue
        text = item.text.replace("\r", "\n")
        if not text.strip():
            continue
        if styles.is_list(item):
            blocks.append(("list", "- " + text.strip()))
        elif styles.is_heading(item):
            blocks.append(("heading", text.strip()))
        else:
            blocks.append(("para", text.strip()))
    out: list[str] = []
    prev_kind = ""
    for kind, text in blocks:
        if out:
            # Consecutive list items are one block; everything else is its own paragraph.
            out.append("\n" if kind == prev_kind == "list" else "\n\n")
        out.append(text)
        prev_kind = kind
    return "".join(out)
