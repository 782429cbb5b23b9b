"""Item headings of minutes and agendas, whatever the numbering.

The genre numbers its business in a handful of ways: "113. TITLE", "2709. Title: text...",
"1.Title", "1<TAB>Title" (a table of business), "Item 4: Title", "Minute 12 - Title",
"Title (Item 4)", minute references such as "196/20" or "03.26.01", and a number alone on its
line with the title on the next. Numbered paragraphs inside an item, recommendations and
sub-decisions look the same, so a heading must look like one (short, capitalised, not a
sentence that starts "That ...") and the headings of a part must count up: of all the numbered
lines, the longest run whose numbers go up in small steps is taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from govgraph.loaders.dates import find_dates
from govgraph.loaders.lines import Line, is_upper_heading, squash, title_case
from govgraph.loaders.vocab import ITEM_WORD

__all__ = ["ItemHeading", "find_items", "clean_title"]

MAX_STEP = 6  # the most a run of item numbers may jump (exempt items are left out of public minutes)
MAX_TITLE_WORDS = 20

# A number as the genre prints it: 113, 4a, 196/20 (minute/year), 03.26.01 (month.year.item).
_NUM = r"(?P<num>\d{1,2}\.\d{2}\.\d{1,3}|\d{1,4}/\d{2,4}|\d{1,4}[a-z]?)"
_WORDED = re.compile(r"^\W{0,4}" + ITEM_WORD + r"\s*" + _NUM + r"\s*\**\s*(?:[:.)\-–]\s*)?\**\s*(?P<title>.*)$", re.IGNORECASE)
_NUMBERED = re.compile(r"^[\s|]*\(?" + _NUM + r"(?:[.)]\s*|:\s+|\t\s*|\s{2,}|\s+(?=[A-Z\"'“(]))(?P<title>\S.*)$")
_GLUED = re.compile(r"^\s*" + _NUM + r"\.(?P<title>[A-Z].*)$")  # "1.Confirmation of Minutes"
_TRAILING = re.compile(r"^\s*(?P<title>\S.*?)\s*\(\s*(?:agenda\s+)?item\s+" + _NUM + r"\s*\)\s*\.?$", re.IGNORECASE)
_ALONE = re.compile(r"^\s*" + _NUM + r"(?:\.|\s*\t)\s*$")
_PAGES = re.compile(r"\s*\(\s*pages?\s+[\d\s\-–,]+\)\s*", re.IGNORECASE)
_NOT_TITLE = re.compile(r"^(?:that|to\s+(?:note|agree)\s+that|the\s+\w+\s+(?:approves|agrees|notes|resolves))\b", re.IGNORECASE)


@dataclass
class ItemHeading:
    number: Optional[str]
    title: str
    line: Line
    title_start: int
    title_end: int
    body_start: int  # where the item's own text begins (after the title, on the same line or the next)
    weight: float = 1.0

    @property
    def key(self) -> tuple[int, ...]:
        return _number_key(self.number)


def clean_title(s: str) -> str:
    s = _PAGES.sub(" ", s)
    s = squash(s.replace("*", " ")).rstrip(" .:-–")
    return title_case(s) if is_upper_heading(s) else s


def find_items(lines: list[Line]) -> list[ItemHeading]:
    """The item headings of a part's lines, in order."""
    candidates = [c for i, ln in enumerate(lines) if (c := _candidate(lines, i))]
    return _best_run(candidates)


def _candidate(lines: list[Line], i: int) -> Optional[ItemHeading]:
    ln = lines[i]
    s = ln.text
    if not s.strip() or len(s) > 400:
        return None
    m = _WORDED.match(s) or _TRAILING.match(s)
    worded = bool(m)
    if not m:
        m = _GLUED.match(s) or _NUMBERED.match(s)
    if m:
        if not worded and _starts_with_date(s):
            return None
        return _heading(ln, m.group("num"), m.start("title"), m.end("title"), worded)
    m = _ALONE.match(s)
    if m:  # the number alone: the title is the next line with text
        nxt = next((x for x in lines[i + 1: i + 4] if x.stripped), None)
        if nxt is not None and not _ALONE.match(nxt.text) and not _NUMBERED.match(nxt.text):
            lead = len(nxt.text) - len(nxt.text.lstrip())
            return _heading(ln, m.group("num"), 0, 0, False, title_line=nxt, title_at=lead)
    return None


def _starts_with_date(s: str) -> bool:
    dates = find_dates(s[:40])
    return bool(dates) and dates[0].start <= len(s) - len(s.lstrip(" \t|(")) + 1


def _heading(ln: Line, number: str, t0: int, t1: int, worded: bool, title_line: Optional[Line] = None,
             title_at: int = 0) -> Optional[ItemHeading]:
    src = title_line or ln
    if title_line is not None:
        t0, t1 = title_at, len(src.text.rstrip())
    raw = src.text[t0:t1]
    title, cut = _title_part(raw)
    if not title and not worded:
        return None
    if title and (not _heading_like(title) or _NOT_TITLE.match(title)):
        return None
    start = src.start + t0
    end = start + cut
    body = end
    while body < src.end and src.text[body - src.start] in " :.-–\t*":
        body += 1
    weight = 1.0 + (0.5 if is_upper_heading(title) else 0) + (0.5 if worded else 0)
    return ItemHeading(number.rstrip("."), clean_title(title), ln, start, end, body if body < src.end else src.end + 1, weight)


def _title_part(raw: str) -> tuple[str, int]:
    """The title of a heading line and where it ends: before a colon (or dash) that runs on into
    the minute's text ("Police Report: Attached. Farm ...")."""
    s = raw.rstrip()
    m = re.search(r"(?<=\S)\s*(?::-?|\s[–-]\s)\s*(?=\S)", s)
    if m and len(s[: m.start()].split()) <= MAX_TITLE_WORDS:
        return s[: m.start()].strip(" *"), m.start()
    if len(s.split()) > MAX_TITLE_WORDS:
        first = re.match(r"^(.{3,160}?[a-z)])\.\s+(?=[A-Z])", s)
        if first and len(first.group(1).split()) <= MAX_TITLE_WORDS:
            return first.group(1), first.end(1)
        return "", 0
    return s.strip(" *"), len(s)


def _heading_like(title: str) -> bool:
    t = title.strip(" *\"'“”")
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    return len(t.split()) <= MAX_TITLE_WORDS and not t.endswith(("?", ","))


def _number_key(number: Optional[str]) -> tuple[int, ...]:
    """(kind, ...) in reading order: "196/20" -> (1, 20, 196); "03.26.01" -> (2, 26, 3, 1);
    "4a" -> (0, 4, 1); "4" -> (0, 4, 0)."""
    if not number:
        return ()
    if "/" in number:
        a, b = number.split("/", 1)
        return (1, int(b), int(a))
    if number.count(".") == 2:
        mo, yr, it = number.split(".")
        return (2, int(yr), int(mo), int(it))
    m = re.match(r"(\d+)([a-z]?)", number)
    return (0, int(m.group(1)), ord(m.group(2)) - 96 if m.group(2) else 0)


def _follows(prev: tuple[int, ...], cur: tuple[int, ...]) -> bool:
    """Does item ``cur`` come a small step after ``prev`` (same numbering scheme)?"""
    if not prev or not cur or prev[0] != cur[0]:
        return False
    if cur[0] == 0:
        (_, p, pl), (_, c, cl) = prev, cur
        return cl > pl if c == p else p < c <= p + MAX_STEP
    return prev[:-1] == cur[:-1] and prev[-1] < cur[-1] <= prev[-1] + MAX_STEP


def _best_run(cands: list[ItemHeading]) -> list[ItemHeading]:
    """The heaviest chain of candidates whose numbers count up in small steps."""
    if not cands:
        return []
    best = [c.weight for c in cands]
    back = [-1] * len(cands)
    for j, c in enumerate(cands):
        for i in range(j):
            if best[i] + c.weight > best[j] and _follows(cands[i].key, c.key):
                best[j], back[j] = best[i] + c.weight, i
    j = max(range(len(cands)), key=lambda k: (best[k], -k))
    run = []
    while j >= 0:
        run.append(cands[j])
        j = back[j]
    return run[::-1]
