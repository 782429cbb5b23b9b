"""HTML to line-structured text (lxml): blocks become lines, table rows tab-separated lines.

The result still goes through :func:`govgraph.loaders.normalise.normalise_text`, which collapses
spaces and blank lines; here we only decide where lines and paragraphs break.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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


class _Blocks:
    """Turns start / text / end events into lines and paragraphs. Fed by lxml's tree (with
    ``el.text`` and ``el.tail`` as text events) or by the standard library's HTML tokenizer."""

    def __init__(self) -> None:
        self.out = _Writer()
        self.cell_depth = 0  # inside a table cell, block breaks become spaces: a row stays one line
        self.pre_depth = 0
        self.skip_depth = 0
        self.list_counters: list[int | None] = []  # None for <ul>, the next number for <ol>
        self.first_cell: list[bool] = []

    def text(self, s: str | None) -> None:
        if not s or self.skip_depth:
            return
        out = self.out
        if self.pre_depth:
            out.text(s.replace("\t", " ") if self.cell_depth else s)
        else:
            collapsed = _SPACE.sub(" ", s)
            if collapsed.strip() or (out.parts and not out.pending):
                out.text(collapsed)

    def _block(self, kind: str) -> None:
        self.out.brk(" " if self.cell_depth else kind)

    def start(self, tag: str, ol_start: str | None = None) -> None:
        if tag in _DROP or not tag:  # comments and processing instructions have no tag
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag in ("ul", "ol"):
            first = str(ol_start or "1")
            self.list_counters.append(None if tag == "ul" else int(first) if first.isdigit() else 1)
        if tag == "tr":
            self.first_cell.append(True)
            self.out.brk("\n")
        elif tag in _CELLS:
            self._cell()
        elif tag == "li":
            self._list_item()
        elif tag == "br":
            self.out.brk(" " if self.cell_depth else "\n")
        elif tag in _PARAGRAPHS:
            self._block("\n\n")
        elif tag in _LINES:
            self._block("\n")

    def _cell(self) -> None:
        if self.first_cell and not self.first_cell[-1]:
            self.out.text("\t")
        if self.first_cell:
            self.first_cell[-1] = False
        self.cell_depth += 1

    def _list_item(self) -> None:
        counter = self.list_counters[-1] if self.list_counters else None
        marker = "- " if counter is None else f"{counter}. "
        if self.list_counters and counter is not None:
            self.list_counters[-1] = counter + 1
        # A list item is a line even inside a table cell (a list in a cell: one per line).
        self.out.brk("\n")
        self.out.text(marker)

    def end(self, tag: str) -> None:
        if tag in _DROP or not tag:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in ("ul", "ol") and self.list_counters:
            self.list_counters.pop()
        if tag == "tr":
            if self.first_cell:
                self.first_cell.pop()
            self.out.brk("\n")
        elif tag in _CELLS:
            self.cell_depth = max(0, self.cell_depth - 1)
        elif tag in _PARAGRAPHS:
            self._block("\n\n")
        elif tag in _LINES and tag != "br":
            self._block("\n")


class HtmlTooDeep(Exception):
    """libxml2 stops at 2048 levels of nesting; the caller reads such a page another way."""


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line, paragraphs separated by blank lines.

    Every byte of text is read: ``huge_tree`` lifts libxml2's 10 MB limit on one text node or
    attribute (an inline image) and its nesting limit to 2048 levels; a page nested deeper
    still is read with the standard library's tokenizer, which has no depth limit."""
    if not markup.strip():
        return ""
    try:
        return _via_lxml(markup)
    except HtmlTooDeep:
        return _via_stdlib(markup)


def _via_lxml(markup: str) -> str:
    parser = lxml.html.HTMLParser(huge_tree=True)
    root = lxml.html.document_fromstring(markup, parser=parser)
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        raise HtmlTooDeep(parser.error_log[0].message if parser.error_log else "")
    blocks = _Blocks()
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            blocks.start(tag, el.get("start") if tag == "ol" else None)
            blocks.text(el.text)
        else:
            blocks.end(tag)
            blocks.text(el.tail)  # outside the element: dropped only inside a dropped one
    return blocks.out.value()


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}


class _StdlibFeed(HTMLParser):
    def __init__(self, blocks: _Blocks):
        super().__init__(convert_charrefs=True)
        self.blocks = blocks

    def handle_starttag(self, tag, attrs):
        self.blocks.start(tag, dict(attrs).get("start") if tag == "ol" else None)
        if tag in _VOID:
            self.blocks.end(tag)

    def handle_startendtag(self, tag, attrs):
        self.blocks.start(tag)
        self.blocks.end(tag)

    def handle_endtag(self, tag):
        if tag not in _VOID:
            self.blocks.end(tag)

    def handle_data(self, data):
        self.blocks.text(data)


def _via_stdlib(markup: str) -> str:
    blocks = _Blocks()
    feed = _StdlibFeed(blocks)
    feed.feed(markup)
    feed.close()
    return blocks.out.value()
