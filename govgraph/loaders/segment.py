"""Split a file into its parts (agenda, minutes, officer report), each tied to its meeting.

An agenda pack holds a front sheet and agenda, the minutes of an earlier meeting and officer
reports, one after another. A part starts at an *anchor* line that the genre always has:

- minutes: a title ("MINUTES of a meeting of ...", "Draft Minutes", "Notes of the meeting",
  "Final Minutes") with a date close below it, or, with no title, the attendance section
  ("Present:-", "MEMBERS PRESENT:", "Attendees:") under heading lines;
- agenda: a summons ("You are summoned / requested to attend a meeting of ...", "Notice is
  given of a meeting") or an "AGENDA" line;
- report: a header of report fields ("Item No. / Classification / Date / Meeting Name" grids,
  "From: / To: / Subject:" blocks, "Report title:", "Report of ...").

The meeting of each part (body, date, venue) is read by :mod:`govgraph.loaders.header` from the
part's header: the heading lines just above the anchor and the lines down to its first
attendance section or item.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from govgraph.loaders.attendance import attendance_label, members_label, office_label
from govgraph.loaders.dates import find_dates
from govgraph.loaders.header import MeetingHeader, heading_body, read_meeting
from govgraph.loaders.items import looks_like_item
from govgraph.loaders.lines import Line, flatten, is_upper_heading, split_lines
from govgraph.loaders.reports import is_report_header
from govgraph.loaders.vocab import AGENDA_TITLE, ITEM_WORD, MINUTES_TITLE, SUMMONS
from govgraph.records import Document, Part

HEADER_LINES = 30  # the furthest an anchor's header runs below it
ABOVE_LINES = 14  # ... and above it


@dataclass
class Anchor:
    genre: str
    line: int
    titled: bool = True  # a title or summons, not an attendance section standing for one
    dated: bool = False  # an attendance section under heading lines with a date (a new meeting)


@dataclass
class Segment:
    """A part and the lines that hold it (loader-internal: the record is ``part``)."""

    part: Part
    lines: list[Line]
    header_end: int = 0  # index in ``lines`` of the first line after the header
    venue: Optional[str] = None
    meeting: MeetingHeader = field(default_factory=MeetingHeader)


def segment(document: Document) -> list[Segment]:
    lines = split_lines(document.text)
    anchors = _anchors(lines)
    if not anchors:
        return [Segment(Part("other", 0, len(document.text)), lines)]
    starts = []
    floor = 0
    for a in anchors:
        starts.append((_header_start(lines, a, floor), a))
        floor = a.line + 1
    segments: list[Segment] = []
    for k, (hs, a) in enumerate(starts):
        s = 0 if k == 0 else hs  # cover pages before the first anchor belong to the first part
        e = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        seg_lines = lines[s:e]
        seg = Segment(Part(a.genre, seg_lines[0].start, seg_lines[-1].end), seg_lines)
        if a.genre != "report":
            _read_meeting(seg, lines, a, s)
        segments.append(seg)
    segments = _join_undated_agendas(segments)
    _share_context(segments, document.text)
    return segments


def _join_undated_agendas(segments: list[Segment]) -> list[Segment]:
    """An "AGENDA" with no date of its own after a dated summons (a membership list or a long
    letter between them) is that meeting's agenda: one part."""
    out: list[Segment] = []
    for seg in segments:
        prev = out[-1] if out else None
        if prev and seg.part.genre == prev.part.genre == "agenda" and seg.part.date is None and prev.part.date:
            prev.lines = prev.lines + seg.lines
            prev.part.end = seg.part.end
            continue
        out.append(seg)
    return out


# ---------------------------------------------------------------- anchors

def _anchors(lines: list[Line]) -> list[Anchor]:
    found: list[Anchor] = []
    summons = _lines_matching(_SUMMONS_WORD, lines)
    for ln in lines:
        genre = _anchor_genre(lines, ln, any(a.genre == "minutes" and a.titled for a in found), summons)
        if genre:
            found.append(Anchor(genre[0], ln.index, genre[1], not genre[1] and _dated_above(lines, ln.index)))
    return _merge(found)


def _lines_matching(rx: re.Pattern, lines: list[Line]) -> list[bool]:
    """Whether each line holds a match of ``rx`` (one pattern without line breaks): one scan of
    the joined lines, not one search per line."""
    joined = "\n".join(ln.text for ln in lines)
    starts = list(accumulate((len(ln.text) + 1 for ln in lines), initial=0))
    out = [False] * len(lines)
    for m in rx.finditer(joined):
        out[bisect_right(starts, m.start()) - 1] = True
    return out


def _anchor_genre(lines: list[Line], ln: Line, titled_before: bool, summons: list[bool]) -> Optional[tuple[str, bool]]:
    s = ln.text
    if not s.strip():
        return None
    if len(s) <= 300 and MINUTES_TITLE.match(s) and not _EARLIER_MINUTES.search(s) and not _MINUTES_LABEL.match(s) \
            and _dated_below(lines, ln.index) \
            and ((ln.index < FIRST_LINES and not titled_before) or _attendance_below(lines, ln.index)):
        return "minutes", True  # later in a file, a title must head minutes ("Minutes of X" may be an item)
    if ln.index < FIRST_LINES and _DECISION_NOTICE.match(s) and _dated_below(lines, ln.index) \
            and any(attendance_label(x.text) for x in lines[ln.index + 1: ln.index + HEADER_LINES]):
        return "minutes", True  # a hearing's decision notice: who sat, when and where, what was decided
    if len(s) <= 200 and (AGENDA_TITLE.match(s) or _summons_starts_here(lines, ln, summons)):
        return "agenda", True
    if attendance_label(s) == "present" and not office_label(s):  # "Vice-Chair: X" alone starts no minutes
        # under "Membership:" the names are who sits on the body: an agenda's front sheet
        return ("agenda", True) if members_label(s) and _under_membership(lines, ln.index) else ("minutes", False)
    if len(s) <= 300 and is_report_header(lines, ln.index):
        return "report", True
    return None


_DECISION_NOTICE = re.compile(r"^\W*(?:decision\s+notice|notice\s+of\s+(?:[\w-]+\s+)?decision)\W*$", re.IGNORECASE)
# "Minutes:" over an item's text (a committee system's web page): a label, not a title
_MINUTES_LABEL = re.compile(r"^\s*minutes\s*:\s*$", re.IGNORECASE)
FIRST_LINES = 40  # a file's own title stands in its first lines
# "Minutes of the Last Meeting", "Minutes of the previous meeting held on ...": an item approving
# earlier minutes, not the title of these.
_EARLIER_MINUTES = re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:\w+\s+){0,3}meeting", re.IGNORECASE)


def _under_membership(lines: list[Line], i: int) -> bool:
    """Is line ``i`` inside a "Membership" list (a summons names who sits on the body, not who came)?"""
    above = [ln for ln in lines[max(0, i - 8): i] if ln.stripped][-4:]
    return any(re.match(r"\W*membership\b", ln.stripped, re.IGNORECASE) for ln in above)


def _attendance_below(lines: list[Line], i: int) -> bool:
    return any(attendance_label(ln.text) == "present" for ln in lines[i + 1: i + HEADER_LINES])


def _dated_below(lines: list[Line], i: int) -> bool:
    """A minutes title states (or is followed by) its meeting's date: "Minutes of a Meeting shall
    be submitted ..." in standing orders is not a title."""
    flat = flatten([ln for ln in lines[i: i + 8] if ln.stripped])
    return any(d.iso and d.year for d in find_dates(flat.text[:400]))


def _dated_above(lines: list[Line], i: int) -> bool:
    """Do the heading lines just above line ``i`` give a date (a meeting's own heading)?"""
    for ln in reversed(lines[max(0, i - ABOVE_LINES): i]):
        if not ln.stripped:
            continue
        if not _heading_line(ln.stripped):
            return False
        if any(d.iso and d.year for d in find_dates(ln.text)):
            return True
    return False


_SUMMONS_WORD = re.compile(r"summon|request|invit|requir|notice", re.IGNORECASE)


def _summons_starts_here(lines: list[Line], ln: Line, summons: list[bool]) -> bool:
    """``summons``: whether each line holds a summons' verb (``_SUMMONS_WORD``)."""
    if not any(summons[ln.index: ln.index + 3]):
        return False  # no summons' verb in reach: spare the flattening
    flat = flatten([x for x in lines[ln.index: ln.index + 3] if x.stripped])
    m = SUMMONS.search(flat.text)
    return bool(m) and flat.offsets[m.start()] < ln.end


def _merge(found: list[Anchor]) -> list[Anchor]:
    """One anchor per part: a title and the attendance section under it, a summons and the
    "AGENDA" line after it, the fields of one report header, are one part."""
    merged: list[Anchor] = []
    for a in found:
        prev = merged[-1] if merged else None
        if prev and a.line - prev.line <= HEADER_LINES and (
            (prev.genre == a.genre and not (a.titled and a.genre == "minutes" and prev.titled))
            or (prev.genre == "minutes" and prev.titled and not a.titled)
        ):
            continue
        if prev and prev.genre == "minutes" and a.genre == "minutes" and not a.titled and not a.dated:
            continue  # a second attendance section of the same minutes ("Present via video:")
        if prev and prev.genre == "report" and a.genre == "minutes" and not a.titled and a.line - prev.line <= 15:
            merged[-1] = Anchor("minutes", prev.line, True)  # "Meeting:/Date:" fields above "PRESENT:"
            continue
        merged.append(a)
    return merged


def _header_start(lines: list[Line], anchor: Anchor, floor: int) -> int:
    """First line of the header above an anchor: the heading lines just above it (a body's name,
    a date, a venue or time) that are not the end of the part before."""
    i = anchor.line
    j = anchor.line - 1
    while j >= floor and anchor.line - j <= ABOVE_LINES:
        s = lines[j].stripped
        if not s:
            j -= 1
            continue
        if not _heading_line(s):
            break
        i = j
        if _ITEM_STAMP.fullmatch(s):
            break  # a pack's item stamp tops the header; the line above ends the part before
        j -= 1
    return i


_FIELD_LINE = re.compile(r"^\s*\|?\s*(?:time|date|venue|location|place|meeting|committee)\b[^:\t]{0,20}(?::|\t)", re.IGNORECASE)


# "Agenda Item 6" stamped above a report in a pack: the report's own item, part of its header
_ITEM_STAMP = re.compile(r"\W*" + ITEM_WORD + r"\s*\d{1,3}[a-z]?\W*", re.IGNORECASE)
_TIME_LINE = re.compile(r"^\W*(?:time\s*:?\s*)?\d{1,2}(?:(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|[.:]\d{2}\b)", re.IGNORECASE)


def _heading_line(s: str) -> bool:
    if len(s) > 140:
        return False
    if _TIME_LINE.match(s):  # "(7.15 pm - 9.05 pm)" under the date
        return True
    if _FIELD_LINE.match(s) or heading_body(s) or _ITEM_STAMP.fullmatch(s):
        return True
    if any(d.year for d in find_dates(s)) and len(s) < 90:
        return True
    return is_upper_heading(s) and len(s.split()) <= 12 and not re.match(r"^\d+\.", s)


# ---------------------------------------------------------------- the meeting of a part

def _read_meeting(seg: Segment, lines: list[Line], anchor: Anchor, start: int) -> None:
    """``start`` is the header's first line: the heading lines above the anchor, or the anchor."""
    stop = _header_stop(lines, start, anchor.line, anchor.titled or not anchor.dated)
    above = [ln for ln in lines[max(0, start - ABOVE_LINES): start] if ln.stripped]
    seg.meeting = read_meeting(lines[start:stop], above)
    seg.part.body, seg.part.date = seg.meeting.body, seg.meeting.date
    seg.venue = seg.meeting.venue
    seg.header_end = max(0, stop - seg.lines[0].index)


def _header_stop(lines: list[Line], first: int, anchor_line: int, titled: bool = True) -> int:
    """The header ends at the first attendance section or numbered item after the anchor's own
    lines, or after :data:`HEADER_LINES` lines. Under an attendance section standing for a title,
    with the date above it ("Weston Annual Parish Meeting - 3rd May 2016" / "Present" / names),
    the first paragraph after a blank line that is no attendance section ends it."""
    last = min(len(lines), anchor_line + HEADER_LINES)
    prev = lines[anchor_line]
    after_blank = False
    for ln in lines[anchor_line + 1: last]:
        if not ln.stripped:
            after_blank = True
            continue
        if not titled and after_blank and not attendance_label(ln.text):
            return ln.index  # "Present" / "Councillors A, B" / "" / "Matters Arising": the business begins
        after_blank = False
        # an item starts its own line, not the end of a heading wrapped over lines ("..., 15TH APRIL," / "2016 AT")
        runs_on = re.search(r"(?:[,;&(-]|\b(?:and|of|the|on|at|in|to|for))\s*$", prev.text, re.IGNORECASE)
        if attendance_label(ln.text) or (looks_like_item(ln.text) and not runs_on):
            return ln.index
        prev = ln
    return last


def _share_context(segments: list[Segment], text: str) -> None:
    """Parts of one file share context: a part with no body takes the body of a part of the same
    date, else the first body of the file, else the council's own short name; minutes with no
    date of their own after an agenda (the agenda and minutes of one meeting on one page) take
    the agenda's date."""
    for s in segments:
        if s.part.body is None and s.part.genre != "report":
            same = [t.part.body for t in segments if t.part.body and t.part.date == s.part.date]
            others = [t.part.body for t in segments if t.part.body]
            s.part.body = (same or others or [_own_short_name(text) if s.part.date else None])[0]
            if s.part.body and s.meeting.body is None:
                s.meeting.body = s.part.body


# Local councils write their own name short: "TCC", "WVCC", "BPC", "ATC" (community, parish, town).
_COUNCIL_SHORT = re.compile(r"\b[A-Z]{1,3}(?:CC|PC|TC)\b")
# Short forms of the same shape that name no council: the Police and Crime Commissioner, a chief
# constable's assistant or deputy.
_NOT_COUNCILS = {"PCC", "ACC", "DCC", "OPCC"}


def _own_short_name(text: str) -> Optional[str]:
    """Minutes "of a meeting of the above Council" whose letterhead did not survive conversion:
    the council is the short name the minutes use most, when one clearly leads."""
    counts = Counter(a for a in _COUNCIL_SHORT.findall(text) if a not in _NOT_COUNCILS).most_common(2)
    if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] * 3 > counts[0][1] * 2:
        return None
    return counts[0][0]
