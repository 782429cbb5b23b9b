"""Officer reports: header fields, contact blocks, and who the report is from and to.

Councils lay report headers out in two ways: a table of "Label: value" rows ("1. Meeting:
Cabinet", "Date: 9th November, 2011") or a label on its own line with the value in the next
paragraph ("Report Author(s)" / "Monica Green"). Both are read into ``ReportHeader``; the
extractor turns them into a meeting addressed, reporting rows and report authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from govgraph.loaders.dates import find_dates
from govgraph.loaders.lines import Line, squash, title_case, is_upper_heading

# label key -> pattern for the label text (without numbering or trailing colon)
FIELD_LABELS: list[tuple[str, str]] = [
    ("meeting_date", r"committee name and date of committee meeting|meeting and date"),
    ("meeting", r"meeting|committee|report to|to|decision[- ]maker|meeting of|name of meeting|forum"),
    ("date", r"date(?: of (?:the )?meeting)?|meeting date"),
    ("title", r"(?:report )?title|subject|title of report|report subject"),
    ("approver", r"strategic director approving submission(?: of the report)?|approving (?:strategic )?director|"
                 r"director approving submission(?: of the report)?|approved by|accountable director|lead director"),
    ("author", r"report author(?:\(s\)|s)?|author(?:\(s\)|s)?|report written by|lead officer|report prepared by"),
    ("from", r"report of|report from|report by|from|report of the|submitted by"),
    ("directorate", r"directorate|service area|department"),
    ("wards", r"ward\(?s\)? affected|wards?|wards affected"),
    ("key_decision", r"is this a key decision.*|key decision"),
    ("contact", r"contact(?: name| details| officer(?:\(s\))?| officers?)?|further information"),
    ("recommendations", r"recommendations?"),
    ("summary", r"(?:report |executive )?summary"),
]
_LABEL_RX = {k: re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:" + p + r")\s*(?::|-|–)?\s*(?P<rest>.*)$", re.IGNORECASE)
             for k, p in FIELD_LABELS}
_EMAIL = re.compile(r"\S+@\S+|\(?\b0\d{3,4}\)?\s?\d{3}\s?\d{3,4}\b|\bext\.?\s*\d+|\(8\)\d+|\btel(?:ephone)?\b.*", re.IGNORECASE)
AGENDA_TAG = re.compile(r"^\s*(?:agenda\s+)?item\s+\d+\w?\s*$", re.IGNORECASE)
SECTION_HEADING = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+[A-Z][^.]{0,80}$")


@dataclass
class FieldValue:
    text: str
    start: int
    end: int


@dataclass
class ReportHeader:
    meeting: Optional[FieldValue] = None
    date: Optional[str] = None
    date_span: Optional[tuple[int, int]] = None
    title: Optional[FieldValue] = None
    authors: list[FieldValue] = field(default_factory=list)
    approvers: list[FieldValue] = field(default_factory=list)
    sources: list[FieldValue] = field(default_factory=list)  # "Report of the ..."
    contacts: list[FieldValue] = field(default_factory=list)
    directorate: Optional[FieldValue] = None


def _label(line: str) -> Optional[tuple[str, str]]:
    s = line.strip()
    # a long line is prose, unless it is a table row: a short label, then a tab or colon (a
    # report author's cell often runs on with phone and email)
    if len(s) > 120 and not re.match(r"^[^\t:]{1,80}[\t:]", s):
        return None
    line = s
    for key, rx in _LABEL_RX.items():
        m = rx.match(s)
        if not m:
            continue
        rest = m.group("rest").strip()
        # "Date" alone is a label, "Date 4 March" a label with a value; but a sentence that
        # merely starts with "To" or "From" is not a label.
        if key in ("meeting", "from") and rest and not re.match(r"^\s*(?:\d+(?:\.\d+)*\.?\s*)?\w[\w ]*\s*(?::|-|–|\t)", line):
            if not re.search(r"(?::|–|\t)", line[: len(line) - len(rest)]):
                continue
        return key, rest
    return None


def _value_lines(lines: list[Line], i: int) -> tuple[list[Line], int]:
    """The paragraph after a label that stands on its own line."""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    out = []
    while j < len(lines) and not lines[j].blank and _label(lines[j].text) is None:
        out.append(lines[j])
        j += 1
    return out, j


def _people_paragraphs(lines: list[Line], j: int, first: Optional[FieldValue] = None) -> list[FieldValue]:
    """Contact/author blocks: one entry per paragraph ("Name, Post" then email/phone lines),
    over up to four paragraphs, until a section heading, a field label or a paragraph that
    does not start with a name."""
    out: list[FieldValue] = []
    run: list[Line] = []
    if first is not None:
        out.append(first)
    paragraphs = 0
    while j < len(lines) and paragraphs < 4:
        ln = lines[j]
        if ln.blank:
            if run:
                out.extend(_join(run))
                run = []
                paragraphs += 1
            j += 1
            continue
        if not run and (SECTION_HEADING.match(ln.text) or _label(ln.text) is not None or AGENDA_TAG.match(ln.text)
                        or _heading_or_header_row(ln.text)):
            break
        if not run and not _person_like(ln.text) and not (out and not clean_contact(ln.text)):
            break
        run.append(ln)
        j += 1
    if run:
        out.extend(_join(run))
    # Fold lines that are only contact details into the entry before them.
    return [v for v in out if clean_contact(v.text)]


def _heading_or_header_row(text: str) -> bool:
    """"Approvals" (a one-word heading) or "Approval | Name | Date" (a table's header row, every
    cell one word): where a contact block ends, not a person."""
    cells = [c.strip() for c in text.strip().split("\t") if c.strip()]
    return bool(cells) and all(len(c.split()) == 1 for c in cells) and not re.search(r"\d|@", text)


def _join(run: list[Line]) -> list[FieldValue]:
    """One entry for a paragraph; a block laid out in columns (one person per column, cells
    separated by tabs: names, then posts, then phones) gives one entry per column."""
    cells = [ln.text.strip().split("\t") for ln in run]
    width = len(cells[0])
    if width > 1 and all(len(c) == width for c in cells):
        out = []
        for k in range(width):
            text = " ".join(c[k].strip() for c in cells)
            first = run[0].start + run[0].text.find(cells[0][k].strip())
            last_ln = run[-1]
            last = last_ln.start + last_ln.text.find(cells[-1][k].strip()) + len(cells[-1][k].strip())
            out.append(FieldValue(text, first, max(last, first)))
        return out
    return [FieldValue(" ".join(x.text.strip() for x in run), run[0].start, run[-1].end)]


def read_header(lines: list[Line], text: str, limit: int = 80) -> ReportHeader:
    """Header fields in the first ``limit`` lines of a report part, and its contact block
    anywhere in the part."""
    h = ReportHeader()
    for i, ln in enumerate(lines):
        lab = _label(ln.text)
        if lab is None:
            continue
        key, rest = lab
        if i > limit and key not in ("contact", "author"):
            continue
        if rest:
            rest_start = ln.start + ln.text.rfind(rest)
            vals = [FieldValue(rest, rest_start, rest_start + len(rest))]
            if key in ("contact", "author"):
                vals = _people_paragraphs(lines, i + 1, vals[0])
        else:
            if key in ("contact", "author"):
                vals = _people_paragraphs(lines, i + 1)
            else:
                vlines, _ = _value_lines(lines, i)
                if not vlines:
                    continue
                vals = [FieldValue(squash(" ".join(v.text for v in vlines)), vlines[0].start, vlines[-1].end)]
            if not vals:
                continue
        _store(h, key, vals, text)
    return h


def _field(ln: Line) -> FieldValue:
    s = ln.text.strip()
    off = ln.start + ln.text.find(s) if s else ln.start
    return FieldValue(s, off, off + len(s))


def _store(h: ReportHeader, key: str, vals: list[FieldValue], text: str) -> None:
    v = vals[0]
    if key == "meeting_date":
        ds = [d for d in find_dates(v.text) if d.iso]
        if ds:
            h.date = h.date or ds[0].iso
            h.date_span = (v.start + ds[0].start, v.start + ds[0].end)
            body = v.text[: ds[0].start].strip(" –-,")
            if body and h.meeting is None:
                h.meeting = FieldValue(body, v.start, v.start + len(body))
    elif key == "meeting" and h.meeting is None:
        h.meeting = v
    elif key == "date" and h.date is None:
        ds = [d for d in find_dates(v.text) if d.iso]
        if ds:
            h.date = ds[0].iso
            h.date_span = (v.start + ds[0].start, v.start + ds[0].end)
    elif key == "title" and h.title is None:
        h.title = v
    elif key == "directorate" and h.directorate is None:
        h.directorate = v
    elif key == "author":
        h.authors.extend(x for x in vals if _person_like(x.text))
    elif key == "approver":
        h.approvers.extend(x for x in vals if _person_like(x.text))
    elif key == "from":
        h.sources.extend(vals)
    elif key == "contact":
        h.contacts.extend(x for x in vals if _person_like(x.text))


def _person_like(s: str) -> bool:
    s = _EMAIL.sub("", s).strip(" ,;*")
    return bool(re.match(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+|^[A-Z]\.", s)) and len(s) < 200


def clean_contact(s: str) -> str:
    """"Caroline Webb, Senior Scrutiny Adviser, Resources Directorate caroline.webb@x (8)22765"
    -> "Caroline Webb, Senior Scrutiny Adviser, Resources Directorate"."""
    s = _EMAIL.sub("", s)
    s = re.sub(r"\*+", "", s)
    return squash(s).strip(" ,;")


def body_name(s: str) -> str:
    s = squash(s).strip(" .,*")
    return title_case(s) if is_upper_heading(s) else s
