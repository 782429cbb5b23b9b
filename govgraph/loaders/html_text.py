"""HTML to line-structured text (lxml): blocks become lines, table rows tab-separated lines.

The result still goes through :func:`govgraph.loaders.normalise.normalise_text`, which collapses
spaces and blank lines; here we only decide where lines and paragraphs break.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

__all__ = ["html_to_text"]

_DROP = {"script", "style", "noscript", "template", "head", "title", "svg", "object", "iframe"}
# Elements that stand as paragraphs of their own (a blank line around them).
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "address", "table",
               "ul", "ol", "dl", "figure", "hr", "section", "article", "header", "footer", "main", "aside", "nav"}
# Elements that start a new line.
_LINES = {"div", "br", "li", "tr", "dt", "dd", "caption", "figcaption", "form", "fieldset", "legend"}
_CELLS = {"td", "th"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class _Writer:
    """Collects text; block boundaries are marks resolved when the next text arrives."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = ""  # "", "\n" or "\n\n": the strongest break asked for since the last text

    _RANK = {"": 0, " ": 1, "\n": 2, "\n\n": 3}

    def brk(self, kind: str) -> None:
        if self._RANK[kind] > self._RANK[self.pending]:
            self.pending = kind

    def text(self, s: str) -> None:
        if not s:
            return
        if self.pending and self.parts:
            self.parts.append(self.pending)
        self.pending = ""
        self.parts.append(s)

    def value(self) -> str:
        return "".join(self.parts)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line, paragraphs separated by blank lines."""
    if not markup.strip():
        return ""
    root = lxml.html.document_fromstring(markup)
    out = _Writer()
    cell_depth = 0  # inside a table cell, block breaks become spaces so the row stays one line
    pre_depth = 0
    skip_depth = 0
    list_counters: list[int | None] = []  # None for <ul>, the next number for <ol>
    first_cell: list[bool] = []

    def inline(s: str | None) -> None:
        if not s or skip_depth:
            return
        if pre_depth:
            out.text(s.replace("\t", " ") if cell_depth else s)
        else:
            collapsed = _SPACE.sub(" ", s)
            if collapsed.strip() or (out.parts and not out.pending):
                out.text(collapsed)

    def block(kind: str) -> None:
        out.brk(" " if cell_depth else kind)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _DROP or not tag:  # comments and processing instructions have no str tag
                skip_depth += 1
                continue
            if skip_depth:
                continue
            if tag == "pre":
                pre_depth += 1
            if tag in ("ul", "ol"):
                start = str(el.get("start") or "1")
                list_counters.append(None if tag == "ul" else int(start) if start.isdigit() else 1)
            if tag == "tr":
                first_cell.append(True)
                out.brk("\n")
            elif tag in _CELLS:
                if first_cell and not first_cell[-1]:
                    out.text("\t")
                if first_cell:
                    first_cell[-1] = False
                cell_depth += 1
            elif tag == "li":
                counter = list_counters[-1] if list_counters else None
                marker = "- " if counter is None else f"{counter}. "
                if list_counters and counter is not None:
                    list_counters[-1] = counter + 1
                # A list item is a line even inside a table cell (a list in a cell: one per line).
                out.brk("\n")
                out.text(marker)
            elif tag == "br":
                out.brk(" " if cell_depth else "\n")
            elif tag in _PARAGRAPHS:
                block("\n\n")
            elif tag in _LINES:
                block("\n")
            inline(el.text)
        else:
            if tag in _DROP or not tag:
                skip_depth -= 1
                inline(el.tail)
                continue
            if skip_depth:
                continue
            if tag == "pre":
                pre_depth -= 1
            if tag in ("ul", "ol") and list_counters:
                list_counters.pop()
            if tag == "tr":
                if first_cell:
                    first_cell.pop()
                out.brk("\n")
            elif tag in _CELLS:
                cell_depth -= 1
            elif tag in _PARAGRAPHS:
                block("\n\n")
            elif tag in _LINES and tag != "br":
                block("\n")
            inline(el.tail)
    return out.value()
