"""DOCX to line-structured text (python-docx), body paragraphs and tables in document order.

Paragraphs are separated by blank lines (the segmenter's paragraph mark), list paragraphs become
"- " lines kept together, and table rows become one tab-separated line each.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

__all__ = ["docx_to_text"]


def _is_list(par: Paragraph) -> bool:
    """Bulleted or numbered: Word numbering on the paragraph, or a list style."""
    p_pr = par._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        return True
    style = par.style.name if par.style is not None else ""
    return bool(style) and style.lower().startswith("list")


def _is_heading(par: Paragraph) -> bool:
    style = par.style.name if par.style is not None else ""
    return style.lower().startswith(("heading", "title"))


def _cell_text(cell) -> str:
    """A cell's paragraphs on one line; list paragraphs in a cell become "- " lines."""
    out: list[str] = []
    for par in cell.paragraphs:
        text = " ".join(par.text.split())
        if not text:
            continue
        if _is_list(par):
            out.append("\n- " + text)
        else:
            out.append((" " if out else "") + text)
    return "".join(out).strip(" ")


def _table_rows(table: Table) -> list[str]:
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            # Merged cells come back once per grid column: keep the first.
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(_cell_text(cell).replace("\t", " "))
        if any(cells):
            rows.append("\t".join(cells))
    return rows


def docx_to_text(path: str | Path) -> str:
    document = docx.Document(str(path))
    blocks: list[tuple[str, str]] = []  # (kind, text): kind decides the break before it
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            rows = _table_rows(item)
            if rows:
                blocks.append(("table", "\n".join(rows)))
            continue
        text = item.text.replace("\r", "\n")
        if not text.strip():
            continue
        if _is_list(item):
            blocks.append(("list", "- " + text.strip()))
        elif _is_heading(item):
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
