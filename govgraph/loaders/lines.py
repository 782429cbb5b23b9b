"""Line and paragraph views of a document's text, with offsets into ``Document.text``.

Committee papers carry their structure in lines: headings, "Present:-" blocks, numbered minutes,
header tables. Segmentation and the structural readers work on these views; offsets always
point into the normalised text so evidence can quote it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from govgraph.loaders.vocab import HONOURS


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int  # exclusive, without the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    out: list[Line] = []
    pos = start
    i = 0
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append(Line(i, pos, stop, text[pos:stop]))
        i += 1
        if nl < 0:
            break
        pos = nl + 1
    return out


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str
    lines: tuple[Line, ...]


def paragraphs(lines: list[Line]) -> Iterator[Paragraph]:
    """Runs of non-blank lines."""
    run: list[Line] = []
    for ln in lines + [Line(-1, 0, 0, "")]:
        if ln.blank:
            if run:
                s, e = run[0].start, run[-1].end
                yield Paragraph(s, e, "\n".join(x.text for x in run), tuple(run))
                run = []
        else:
            run.append(ln)


_WS = re.compile(r"\s+")


def squash(s: str) -> str:
    """One line, single spaces (for values that PDF conversion broke across lines)."""
    return _WS.sub(" ", s).strip()


def trim_span(text: str, start: int, end: int, chars: str = " \t\n\r-–—:;,.*") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with any of ``chars``."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


_SMALL = {"and", "of", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with", "or"}


def title_case(s: str) -> str:
    """Title-case an ALL-CAPS heading: "HEALTHY PLACES SELECT COMMISSION - UPDATE" ->
    "Healthy Places Select Commission - Update" (small words lower case but the first)."""
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in _SMALL:
            out.append(lw)
        elif any(c.isdigit() for c in w):
            out.append(w)  # postcodes, room numbers
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(out)


def is_upper_heading(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.8


def names_cased(text: str) -> str:
    """Lines of a list written all in capitals ("COUNCILLORS R. T. ASHBY (VICE-CHAIRMAN), P. BELL
    AND W. HOLT") in the case names are written in, letter for letter, so the offsets hold."""
    if not _CAPITALS_PAIR.search(text):
        return text
    return "\n".join(_line_cased(ln) for ln in text.split("\n"))


_CAPITALS_PAIR = re.compile(r"[^\W\d_a-zà-ÿ]{2}.*?\s[^\W\d_a-zà-ÿ]{2}")
_TITLE_OR_INITIAL = re.compile(r"\b(?:COUNCILLORS?|CLLRS?|MRS?|MS|MISS|DR|PROFESSOR|REV|SIR|DAME)\b|(?<![^\W\d_])(?<!\.)(?![AP]\.M\.)[A-Z]\.")
_WORD_IN_CAPITALS = re.compile(r"[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?")


def _line_cased(line: str) -> str:
    # only a line with no small letter, two words or more of capitals and a person's title or an
    # initial (not a heading in capitals: "MINUTES OF THE MONTHLY MEETING")
    if any(c.islower() for c in line) or not _CAPITALS_PAIR.search(line) or not _TITLE_OR_INITIAL.search(line):
        return line
    return _WORD_IN_CAPITALS.sub(_word_cased, line)


def _word_cased(m: re.Match) -> str:
    w = m.group()
    before = m.string[: m.start()]
    in_brackets = before.rfind("(") > before.rfind(")")
    if w.lower() in ("and", "of", "the", "for", "in", "at", "on", "to"):
        cased = w.lower()
    elif len(w) > 1 and (not re.search(r"[AEIOUYÀ-ÖØ-Þ]", w) and w not in ("MR", "MRS", "MS", "DR", "CLLR", "CLLRS")
                         or w.lower() in HONOURS or len(w) <= 4 and in_brackets):
        return w  # letters of a body ("NHS", "(WESTBY ICB)") or an honour ("OBE"), not a name
    else:  # "O'HARA" -> "O'Hara"
        cased = re.sub(r"(['’])(\w)", lambda c: c.group(1) + c.group(2).upper(), w[0] + w[1:].lower())
    return cased if len(cased) == len(w) else w


@dataclass(frozen=True)
class Flat:
    """Lines joined into one string with single spaces (headings and lists wrapped over lines,
    or broken by blank lines, read as one), each character mapped back to the document."""

    text: str
    offsets: tuple[int, ...]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Document offsets of ``self.text[i:j]`` (``j > i``)."""
        return self.offsets[i], self.offsets[j - 1] + 1


def flatten(lines: list[Line]) -> Flat:
    """One line of text from ``lines``: white space runs become one space.

    >>> f = flatten(split_lines("MINUTES OF A MEETING OF THE\\n\\n  AUDIT   COMMITTEE\\n"))
    >>> f.text, f.span(28, 43)
    ('MINUTES OF A MEETING OF THE AUDIT COMMITTEE', (31, 48))
    """
    chars: list[str] = []
    offsets: list[int] = []
    for ln in lines:
        gap = True if chars else False
        for k, ch in enumerate(ln.text):
            if ch.isspace():
                gap = bool(chars)
                continue
            if gap:
                chars.append(" ")
                offsets.append(ln.start + k - 1)
                gap = False
            chars.append(ch)
            offsets.append(ln.start + k)
    return Flat("".join(chars), tuple(offsets))
