"""Split a file into its parts (agenda, minutes, officer report), each tied to a body and a date.

An agenda pack holds an agenda, the minutes of an earlier meeting and officer reports, one after
another. Each part starts at an *anchor* line that the genre always has: "Present:-" (minutes),
"AGENDA" (agenda), a report header ("REPORT TO MEMBERS", "Public Report", "Meeting:" /
"Report to:" fields). The heading lines just above an anchor (body name, date, venue) belong to
the part they introduce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from govgraph.loaders.dates import DateMention, find_dates
from govgraph.loaders.lines import Line, is_upper_heading, split_lines, squash, title_case
from govgraph.records import Document, Part

ATTENDANCE_ANCHOR = re.compile(
    r"^\s*(?:(?:members|councillors)\s+)?present\s*(?::|-|–|\s*$)|^\s*attendance\s*:", re.IGNORECASE
)
AGENDA_ANCHOR = re.compile(r"^\s*(?:A\s+G\s+E\s+N\s+D\s+A|AGENDA|Agenda)\s*:?\s*$")
REPORT_ANCHOR = re.compile(
    # a header table's cells may be split by a colon or by a tab ("Meeting<TAB>Cabinet")
    r"report\s+to\s+(?:members|cabinet|council)\b|^\s*public\s+report\s*$|^\s*(?:\d+\.\s*)?meeting\s*(?::|\t)\s*\S"
    r"|^\s*committee name and date|^\s*report\s+to\s*(?::|\t)|^\s*(?:report\s+)?title\s*(?::|\t)",
    re.IGNORECASE,
)
MINUTES_TITLE = re.compile(
    r"^\s*minutes\s+of\s+(?:the\s+|a\s+)?(?:(?:ordinary|extraordinary|special|annual)\s+)?"
    r"(?:meeting|proceedings)\s+of\s+(?:the\s+)?(?P<body>.+?)\s+(?:held|on)\b",
    re.IGNORECASE,
)
VENUE = re.compile(r"^\s*\|?\s*(?:venue|location|place)\s*(?::|\t|\|)\s*(?P<v>[^|]+?)\s*\|?\s*$", re.IGNORECASE)
FIELD_LINE = re.compile(r"^\s*\|?\s*(?:time|date|meeting|committee|body|minutes)\s*(?::|\t|\|)", re.IGNORECASE)
HEADER_NOISE = re.compile(r"^\s*(?:time|date|page|\d+)\s*[:.]?", re.IGNORECASE)

# Head nouns that make a heading line read as a body's name.
BODY_HEADS = re.compile(
    r"\b(?:commission|committee|board|panel|partnership|council|cabinet|forum|group|executive|"
    r"assembly|authority|trust|sub-committee|subcommittee)\b",
    re.IGNORECASE,
)


@dataclass
class Anchor:
    genre: str
    line: int


@dataclass
class Segment:
    """A part and the lines that hold it (loader-internal: the record is ``part``)."""

    part: Part
    lines: list[Line]
    header_end: int = 0  # index in ``lines`` of the first line after the heading block
    venue: Optional[str] = None
    date_mention: Optional[DateMention] = None
    body_span: Optional[tuple[int, int]] = None
    extra: dict = field(default_factory=dict)


def _anchors(lines: list[Line]) -> list[Anchor]:
    found: list[Anchor] = []
    for ln in lines:
        s = ln.text
        if ATTENDANCE_ANCHOR.match(s):  # a "Present:" line may run on: no length limit
            found.append(Anchor("minutes", ln.index))
        elif len(s) > 200:
            continue
        elif AGENDA_ANCHOR.match(s):
            found.append(Anchor("agenda", ln.index))
        elif REPORT_ANCHOR.search(s):
            found.append(Anchor("report", ln.index))
        elif MINUTES_TITLE.match(s):
            found.append(Anchor("minutes", ln.index))
    # A header block triggers several anchors ("REPORT TO MEMBERS" then "1. Meeting:"; a
    # "Minutes of the meeting" title then "Present:"): keep the first of a close run.
    # A "Meeting:/Date:" table just above "PRESENT:" heads minutes, not a report.
    found = [a for k, a in enumerate(found)
             if not (a.genre == "report" and k + 1 < len(found) and found[k + 1].genre == "minutes"
                     and found[k + 1].line - a.line <= 15)]
    merged: list[Anchor] = []
    for a in found:
        if merged and merged[-1].genre == a.genre and a.line - merged[-1].line <= 14:
            continue
        if merged and merged[-1].genre == "minutes" and a.genre == "minutes":
            continue
        merged.append(a)
    return _drop_inner_report_anchors(lines, merged)


def _drop_inner_report_anchors(lines: list[Line], anchors: list[Anchor]) -> list[Anchor]:
    """A "Meeting:"/"Title:" line inside minutes is a field of a table, not a new report,
    unless it comes with the rest of a report header within a few lines."""
    out = []
    for a in anchors:
        if a.genre == "report":
            window = " ".join(ln.text for ln in lines[a.line : a.line + 12]).lower()
            hits = sum(k in window for k in ("meeting", "date", "title", "report", "author", "directorate", "summary"))
            if hits < 3:
                continue
        out.append(a)
    return out


def _header_start(lines: list[Line], anchor: int, floor: int) -> int:
    """First line of the heading block above an anchor: the lines just above it that read as
    headings (a body name in capitals, a date, a venue or time, a "Minutes of" title)."""
    i = anchor
    j = anchor - 1
    while j >= floor and anchor - j <= 14:
        s = lines[j].stripped
        if not s:
            j -= 1
            continue
        if not _heading_line(s):
            break
        i = j
        j -= 1
    return i


def _heading_line(s: str) -> bool:
    if len(s) > 120:
        return False
    if VENUE.match(s) or FIELD_LINE.match(s) or MINUTES_TITLE.match(s):
        return True
    if any(d.year for d in find_dates(s)) and len(s) < 80:
        return True
    if is_upper_heading(s) and len(s.split()) <= 12 and not re.match(r"^\d+\.", s):
        return True
    return bool(_body_from_heading(s)) and not s.endswith(".")


def _body_from_heading(text: str) -> Optional[str]:
    """A body name from a heading line such as "IMPROVING LIVES SELECT COMMISSION 3rd February,
    2016" or "Minutes of the meeting of the Audit Committee held on ..."."""
    m = MINUTES_TITLE.match(text)
    if m:
        text = m.group("body")
    text = re.split(r"\s[>»]\s", text)[-1]  # web breadcrumbs: "Home > Committees > X"
    for d in find_dates(text):
        text = text[: d.start] + " " + text[d.end :]
    text = re.sub(r"^\s*(?:meeting|committee|body)\s*(?::|\t)", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:minutes|agenda|notice of meeting|meeting of( the)?)\b", " ", text, flags=re.IGNORECASE)
    text = squash(re.sub(r"[#*:|\t]", " ", text)).strip(" ,.-–")
    if not text or len(text.split()) > 10 or not BODY_HEADS.search(text):
        return None
    if text.lower().startswith("the "):
        text = text[4:]
    return title_case(text) if is_upper_heading(text) else text


def segment(document: Document) -> list[Segment]:
    lines = split_lines(document.text)
    anchors = _anchors(lines)
    if not anchors:
        part = Part("other", 0, len(document.text))
        return [Segment(part, lines)]
    starts: list[tuple[int, Anchor]] = []
    floor = 0
    for a in anchors:
        s = _header_start(lines, a.line, floor)
        starts.append((s, a))
        floor = a.line + 1
    segments: list[Segment] = []
    for k, (s, a) in enumerate(starts):
        if k == 0:
            s = 0  # text before the first anchor (cover pages) belongs to the first part
        e = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        seg_lines = lines[s:e]
        start = seg_lines[0].start
        end = seg_lines[-1].end
        seg = Segment(Part(a.genre, start, end), seg_lines, header_end=a.line - s)
        _read_heading(seg, document)
        segments.append(seg)
    _share_context(segments)
    return segments


def _read_heading(seg: Segment, document: Document) -> None:
    """Body, date and venue from the heading block (minutes and agenda; reports read their
    header fields in ``reports.py``)."""
    head = seg.lines[: max(seg.header_end + 1, 1)]
    if seg.part.genre == "agenda":
        head = seg.lines[: seg.header_end + 1]
    text_lines = [ln for ln in head if ln.stripped]
    council_only = None
    for ln in text_lines:
        if seg.part.body is None:
            body = _body_from_heading(ln.text)
            # "FERNLEIGH BOROUGH COUNCIL" above "AUDIT COMMITTEE": the committee is the body
            if body and re.search(r"\bcouncil$", body, re.IGNORECASE) and council_only is None:
                council_only = (body, ln)
            elif body:
                seg.part.body = body
                seg.body_span = (ln.start, ln.end)
        if seg.part.date is None:
            for d in find_dates(ln.text):
                if d.iso and d.year:
                    seg.part.date = d.iso
                    seg.date_mention = DateMention(ln.start + d.start, ln.start + d.end, d.iso, d.month, d.day, d.year)
                    break
        vm = VENUE.match(ln.text)
        if vm and seg.venue is None:
            seg.venue = _venue(document, ln, seg.lines)
    if seg.part.body is None and council_only:
        seg.part.body = council_only[0]
        seg.body_span = (council_only[1].start, council_only[1].end)


def _venue(document: Document, line: Line, lines: list[Line]) -> str:
    """A venue value may run over the next lines until a blank line or another field."""
    parts = [VENUE.match(line.text).group("v")]
    idx = next(i for i, ln in enumerate(lines) if ln.start == line.start)
    for ln in lines[idx + 1 : idx + 4]:
        if not ln.stripped or re.match(r"^\s*\w+\s*:", ln.text):
            break
        parts.append(ln.stripped)
    v = squash(" ".join(parts)).strip(" .*")
    # "Town Hall, Moorgate Street, ROTHERHAM. S60 2TH": commas between address lines.
    v = re.sub(r"\.\s+", ", ", v)
    return ", ".join(title_case(p.strip()) if is_upper_heading(p) and len(p.strip()) > 4 else p.strip() for p in v.split(","))


def _share_context(segments: list[Segment]) -> None:
    """Parts of one pack share context: a part with no body takes the body of the part it is
    addressed to (same date), else the first body of the file."""
    bodies = [s.part.body for s in segments if s.part.body]
    for s in segments:
        if s.part.body is None and bodies and s.part.genre != "report":
            s.part.body = bodies[0]
