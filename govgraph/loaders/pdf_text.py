"""Page text from a PDF with pypdfium2, rebuilt from character positions.

pdfium's own text order follows the content stream and its line joining: on a two-column block
(two contacts side by side, names on the left and posts on the right) it interleaves the columns
line by line ("Jane Doe Alan Smith"), or splits a post from its name. So each page is rebuilt
from the characters' boxes:

1. characters -> segments: runs of characters on one baseline without a wide horizontal gap;
2. segments -> visual lines (vertical overlap), top to bottom, segments left to right;
3. a run of lines that shares an empty vertical gutter is a two-column region, read
   - as table rows ("left<TAB>right") when the left side is a column of labels ("Date:"), or
     when every line has both sides (a grid) and the content stream runs row by row (a table);
   - otherwise column by column, each column top to bottom, in groups that restart when the
     left column starts a new entry after a gap in it (one entry = name, post, email); a group
     whose left side is one line keeps it on the first row ("Jane Doe<TAB>Head of Service");
4. other lines with wide gaps (tables of three or more columns) become tab-separated rows;
   a vertical gap wider than usual between lines becomes a blank line (a paragraph break).
"""

from __future__ import annotations

import ctypes
import statistics
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

__all__ = ["page_texts"]

# Line-break characters pdfium generates between its own lines.
_BREAKS = {"\r", "\n"}


@dataclass
class _Seg:
    """A run of characters on one line: text and box (PDF points, y grows upwards)."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    order: int = 0  # position of its first character in pdfium's (content stream) order

    @property
    def mid(self) -> float:
        return (self.bottom + self.top) / 2


@dataclass
class _Line:
    segs: list[_Seg] = field(default_factory=list)
    bottom: float = 0.0
    top: float = 0.0

    def add(self, seg: _Seg) -> None:
        if not self.segs:
            self.bottom, self.top = seg.bottom, seg.top
        else:
            self.bottom, self.top = min(self.bottom, seg.bottom), max(self.top, seg.top)
        self.segs.append(seg)


def _chars(textpage: pdfium.PdfTextPage) -> list[tuple[str, float, float, float, float]]:
    """(char, left, right, bottom, top) for every character pdfium reports, in its order."""
    raw = textpage.raw
    n = pdfium_c.FPDFText_CountChars(raw)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = (ctypes.byref(left), ctypes.byref(right), ctypes.byref(bottom), ctypes.byref(top))
    out: list[tuple[str, float, float, float, float]] = []
    units: list[int] = []
    for i in range(n):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if 0xD800 <= code <= 0xDFFF:  # a surrogate half: combine with its partner below
            units.append(code)
            if len(units) < 2:
                continue
            ch = bytes(b for u in units for b in u.to_bytes(2, "little")).decode("utf-16-le", "replace")
            units.clear()
        else:
            units.clear()
            ch = chr(code) if code else ""
        if not ch:
            continue
        pdfium_c.FPDFText_GetCharBox(raw, i, *refs)
        out.append((ch, left.value, right.value, bottom.value, top.value))
    return out


def _segments(chars: list[tuple[str, float, float, float, float]], gap: float) -> list[_Seg]:
    """Cut the character stream at line breaks, wide gaps, and jumps to another line."""
    segs: list[_Seg] = []
    buf: list[str] = []
    box: list[float] = []  # left, right, bottom, top of the inked characters so far
    first = 0

    def flush() -> None:
        text = "".join(buf).strip()
        if text and box:
            segs.append(_Seg(text, box[0], box[1], box[2], box[3], first))
        buf.clear()
        box.clear()

    for index, (ch, l, r, b, t) in enumerate(chars):
        if ch in _BREAKS:
            flush()
            continue
        if ch.isspace() or r - l <= 0 or t - b <= 0:
            if buf:  # spaces (generated or real) carry no usable box; keep them as text
                buf.append(" " if ch != "\t" else ch)
            continue
        if box:
            height = max(box[3] - box[2], t - b)
            same_line = abs((b + t) / 2 - (box[2] + box[3]) / 2) < height * 0.6 or (b < box[3] and t > box[2])
            if not same_line or l - box[1] > gap or l < box[0] - gap:
                flush()
        if not box:
            box.extend((l, r, b, t))
            first = index
        else:
            box[0], box[1] = min(box[0], l), max(box[1], r)
            box[2], box[3] = min(box[2], b), max(box[3], t)
        buf.append(ch)
    flush()
    return segs


def _lines(segs: list[_Seg]) -> list[_Line]:
    """Group segments into visual lines (top to bottom), each sorted left to right.

    A segment joins a line when its middle lies within the line's band or the line's middle
    within the segment's (so a raised superscript stays on its line).
    """
    lines: list[_Line] = []
    for seg in sorted(segs, key=lambda s: (-s.top, s.left)):
        for line in reversed(lines[-3:]):
            mid = (line.bottom + line.top) / 2
            if line.bottom <= seg.mid <= line.top or seg.bottom <= mid <= seg.top:
                line.add(seg)
                break
        else:
            new = _Line()
            new.add(seg)
            lines.append(new)
    for line in lines:
        line.segs.sort(key=lambda s: s.left)
    lines.sort(key=lambda ln: -ln.top)
    return lines


def _merge_close(line: _Line, gap: float) -> None:
    """Re-join segments of one line that are only a word space apart (split by pdfium order)."""
    merged: list[_Seg] = []
    for seg in line.segs:
        if merged and seg.left - merged[-1].right <= gap:
            last = merged[-1]
            merged[-1] = _Seg(last.text + " " + seg.text, last.left, max(last.right, seg.right),
                              min(last.bottom, seg.bottom), max(last.top, seg.top), min(last.order, seg.order))
        else:
            merged.append(seg)
    line.segs = merged


def _region_end(lines: list[_Line], start: int, pitch: float) -> tuple[int, float, float]:
    """Extend a two-column region from ``lines[start]`` (a two-segment line).

    Returns the end index (exclusive) and the gutter band (left, right) all its lines respect.
    """
    first = lines[start].segs
    g_left, g_right = first[0].right, first[1].left
    end = start + 1
    while end < len(lines):
        line, prev = lines[end], lines[end - 1]
        if prev.bottom - line.bottom > _PARAGRAPH_GAP * pitch:  # a paragraph gap ends the block
            break
        segs = line.segs
        if len(segs) == 2:
            nl, nr = max(g_left, segs[0].right), min(g_right, segs[1].left)
        elif len(segs) == 1 and segs[0].right <= g_right:
            nl, nr = max(g_left, segs[0].right), g_right
        elif len(segs) == 1 and segs[0].left >= g_left:
            nl, nr = g_left, min(g_right, segs[0].left)
        else:
            break
        if nr - nl < pitch * 0.5:  # the gutter closed up: not the same two columns
            break
        g_left, g_right = nl, nr
        end += 1
    return end, g_left, g_right


def _read_region(lines: list[_Line], gutter: float) -> list[str]:
    """Text lines for a two-column region (see the module docstring for the choice)."""
    rows = [([s for s in ln.segs if s.right <= gutter], [s for s in ln.segs if s.right > gutter]) for ln in lines]
    lefts = [" ".join(s.text for s in l) for l, _ in rows]
    rights = [" ".join(s.text for s in r) for _, r in rows]
    labels = all(l.rstrip("-").endswith(":") for l in lefts if l)
    grid = all(l and r for l, r in zip(lefts, rights))
    if grid and not labels:
        # A full grid is a table unless the producer wrote it column by column (two text
        # boxes, or one table row holding a block per cell): then its columns are blocks.
        sides = [seg.right > gutter for seg in sorted((s for ln in lines for s in ln.segs), key=lambda s: s.order)]
        switches = sum(1 for a, b in zip(sides, sides[1:]) if a != b)
        grid = switches > len(lines) // 2
    if grid or labels:
        out: list[str] = []
        for l, r in zip(lefts, rights):
            if not l and out:  # a wrapped value continues the row above
                out[-1] += " " + r
            else:
                out.append(f"{l}\t{r}" if r else l)
        return out
    out = []
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    prev_left = True
    for l, r in zip(lefts, rights):
        if l and not prev_left and groups[-1][0]:
            groups.append(([], []))
        if l:
            groups[-1][0].append(l)
        if r:
            groups[-1][1].append(r)
        prev_left = bool(l)
    for left, right in groups:
        if len(left) == 1 and right:
            # One left line beside a block ("1.1" and its paragraph, a name and its post):
            # keep the two on one row so the label stays with the text it introduces.
            out.append(f"{left[0]}\t{right[0]}")
            out.extend(right[1:])
        else:
            out.extend(left + right)
    return out


# Lines further apart than this many usual line pitches are in different paragraphs (Word's
# default spacing after a paragraph makes that gap about 1.7 pitches).
_PARAGRAPH_GAP = 1.4


def _font_size(textpage: pdfium.PdfTextPage, count: int) -> float:
    """Median font size (points) over a sample of the page's characters."""
    step = max(1, count // 200)
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in range(0, count, step)]
    sizes = [s for s in sizes if s > 0]
    return statistics.median(sizes) if sizes else 0.0


def _line_pitch(lines: list[_Line], font_size: float) -> float:
    """The usual distance between baselines of consecutive lines of a paragraph.

    Most gaps on a page are ordinary line pitches, so a low quantile of the gaps is one; a page
    with few lines gives no such evidence, and the font size (single spacing) stands in.
    """
    single = 1.2 * font_size
    gaps = sorted(a.bottom - b.bottom for a, b in zip(lines, lines[1:]) if a.bottom - b.bottom > 0.5 * font_size)
    if len(gaps) < 4:
        return single
    return min(max(gaps[len(gaps) // 4], single * 0.8), single * 2.5)


def _page_text(textpage: pdfium.PdfTextPage) -> str:
    chars = _chars(textpage)
    inked = [(r - l, t - b) for ch, l, r, b, t in chars if not ch.isspace() and r > l and t > b]
    if not inked:
        return ""
    char_w = statistics.median(w for w, _ in inked)
    char_h = statistics.median(h for _, h in inked)
    # Wider than a word space (about a third of an em) by a clear margin: a column or cell gap.
    gap = max(2.5 * char_w, 1.2 * char_h)
    lines = _lines(_segments(chars, gap))
    for line in lines:
        _merge_close(line, gap)
    pitch = _line_pitch(lines, _font_size(textpage, len(chars)) or char_h * 2)

    out: list[str] = []
    prev: _Line | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if prev is not None and prev.bottom - line.bottom > _PARAGRAPH_GAP * pitch:
            out.append("")  # a wider gap than usual between lines: paragraph break
        if len(line.segs) == 2:
            end, g_left, g_right = _region_end(lines, i, pitch)
            two_sided = sum(1 for ln in lines[i:end] if len(ln.segs) == 2)
            if two_sided >= 2:
                out.extend(_read_region(lines[i:end], (g_left + g_right) / 2))
                prev, i = lines[end - 1], end
                continue
        out.append("\t".join(s.text for s in line.segs))
        prev, i = line, i + 1
    return "\n".join(out)


def page_texts(pdf: pdfium.PdfDocument) -> list[str]:
    """The raw (not yet normalised) text of every page, in page order."""
    texts: list[str] = []
    for index in range(len(pdf)):
        page = pdf[index]
        try:
            textpage = page.get_textpage()
            try:
                texts.append(_page_text(textpage))
            finally:
                textpage.close()
        finally:
            page.close()
    return texts
