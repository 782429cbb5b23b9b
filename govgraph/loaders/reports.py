"""Officer reports: header fields, contact blocks, and who the report is from and to.

Councils lay report headers out in two ways: a table of "Label: value" rows ("1. Meeting:
Cabinet", "Date: 9th November, 2011") or a label on its own line with the value in the next
paragraph ("Report Author(s)" / "Tessa Green"). Both are read into ``ReportHeader``; the
extractor turns them into a meeting addressed, reporting rows and report authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from govgraph.loaders.dates import find_dates
from govgraph.loaders.header import DAY_NAME, TIME_OF_DAY, heading_body
from govgraph.loaders.lines import Line, squash, title_case, is_upper_heading

# label key -> pattern for the label text (without numbering or trailing colon)
FIELD_LABELS: list[tuple[str, str]] = [
    ("meeting_date", r"(?:committee|meeting)\s+(?:name\s+)?and\s+date(?:\s+of\s+(?:the\s+)?(?:committee\s+)?meeting)?"
                     r"|meeting\s+date|date\s+of\s+(?:the\s+)?(?:committee\s+)?meeting"),
    ("item", r"(?:agenda\s+)?item\s*(?:no\.?|number)|agenda\s+item"),
    ("classification", r"classification|status of report|exempt(?:ion)? status"),
    ("meeting", r"meeting\s+name|name\s+of\s+(?:the\s+)?(?:meeting|committee)|decision\s+level|decision[- ]maker|"
                r"meeting|committee|report to|to|meeting of|forum"),
    ("date", r"date(?: of (?:the )?meeting)?|meeting date"),
    ("title", r"title of (?:the )?report|report title|report subject|report name|title|subject"),
    ("approver", r"(?:\w+\s+){0,3}approving(?:\s+\w+){0,5}|approved by|accountable director|lead director"),
    ("author", r"report author(?:\(s\)|s)?|author(?:\(s\)|s)?|report written by|lead officer|report prepared by"),
    ("from", r"report of|report from|report by|from|report of the|submitted by"),
    # who puts the report to the meeting ("Presented by: X, District Commander")
    ("presenter", r"presented\s+by|to\s+be\s+presented\s+by|presenting\s+officer|officer\s+presenting"),
    ("directorate", r"directorate|service area|department"),
    ("wards", r"ward\(?s\)?(?: or groups)? affected|wards?|wards affected"),
    ("key_decision", r"is this a key decision.*|key decision"),
    ("contact", r"contact(?: name| details| officer(?:\(s\))?| officers?)?|further information"),
    ("recommendations", r"recommendations?"),
    ("summary", r"(?:report |executive )?summary"),
]
_LABEL_RX = {k: re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?\s*)?(?:" + p + r")\s*(?::|-|–)?\s*(?P<rest>.*)$", re.IGNORECASE)
             for k, p in FIELD_LABELS}
# Contact details after a name in a contact block: e-mail, telephone numbers in any national form,
# an extension written "ext 1234" or "(8)1234", "Tel:" and what follows.
_EMAIL = re.compile(
    r"\S+@\S+|\(?\+?\b\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}\b|\b(?:extn|extension)\.?\s*:?\s*\d+|\(\d\)\s?\d{3,6}\b"
    r"|\b(?:tel|telephone|phone|mobile|mob)\b.*",
    re.IGNORECASE,
)
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
    item: Optional[FieldValue] = None  # the agenda item number the header gives


def _label(line: str) -> Optional[tuple[str, str]]:
    s = line.strip()
    # a long line is prose, unless it is a table row: a short label, then a tab or colon (a
    # report author's cell often runs on with phone and email)
    if len(s) > 120 and not re.match(r"^[^\t:]{1,80}[\t:]", s):
        return None
    return _label_of(s)


@lru_cache(maxsize=4096)  # segmentation, the header reader and the diagnostics ask of the same lines
def _label_of(s: str) -> Optional[tuple[str, str]]:
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


# Labels that only a report's header has (a minutes header has dates, venues and meetings too).
REPORT_ONLY = {"item", "classification", "title", "from", "author", "wards", "key_decision", "approver", "presenter"}
REPORT_TITLE_LINE = re.compile(r"^\s*report\s+(?:to|of|from|by)\b", re.IGNORECASE)


def label_cell(cell: str) -> Optional[str]:
    """The field a cell names when it is a label alone ("Item No.", "Date:", "Meeting Name:")."""
    lab = _label(cell)
    return lab[0] if lab and not lab[1].strip(" :") else None


def is_report_header(lines: list[Line], i: int) -> bool:
    """Does a report's header start at line ``i``: a grid of labels ("Item No. | Classification |
    Date | Meeting Name"), a block of "Label: value" fields with a report's own labels ("From:",
    "To:", "Subject:"), or a "Report to/of ..." title line?"""
    text = lines[i].text
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) >= 2:
        keys = [label_cell(c) for c in cells]
        if all(keys) and (len(keys) >= 3 or REPORT_ONLY & set(keys)):
            return True
    lab = _label(text)
    if lab and (lab[0] in REPORT_ONLY or lab[0] == "meeting") and re.search(r"[:\t]", text):
        keys = {lab[0]}
        for ln in [x for x in lines[i + 1: i + 12] if x.stripped][:6]:
            other = _label(ln.text)
            if other and re.search(r"[:\t]", ln.text):
                keys.add(other[0])
        # a report's own header names its meeting or title (an audit trail of authors does not),
        # or a heading above it does ("PLANNING COMMITTEE" / "Wednesday 8 October 2031, 6.00 pm")
        return len(keys) >= 3 and bool(keys & REPORT_ONLY) and (bool(keys & {"meeting", "title"}) or _meeting_above(lines, i))
    if label_cell(text.strip()) in REPORT_ONLY | {"meeting", "meeting_date"} and not re.search(r"[:\t]\s*\S", text):
        # labels on their own lines, values below: three labels of a report's header close by
        keys = {label_cell(ln.text.strip()) for ln in lines[i: i + 16] if ln.stripped}
        keys.discard(None)
        return len(keys) >= 3 and bool(keys & REPORT_ONLY)
    if REPORT_TITLE_LINE.match(text) and len(text.split()) <= 14 and not text.rstrip().endswith("."):
        # "Report to Cabinet" heads a report when report fields follow ("Report from X -" in minutes does not)
        return any(_label(ln.text) and re.search(r"[:\t]", ln.text) for ln in lines[i + 1: i + 14])
    return False


def _meeting_above(lines: list[Line], i: int) -> bool:
    """A body's heading and a dated line within the few lines above a report's fields."""
    above = [ln.text for ln in lines[max(0, i - 10): i] if ln.stripped]
    return any(heading_body(t) for t in above) and any(find_dates(t) for t in above)


def _grid(lines: list[Line], i: int) -> list[tuple[str, FieldValue]]:
    """A grid header: a row of labels, then a row of values (right-aligned when cells are left
    empty: "Item No. | Classification | Date" over "Open | May 2008"), then perhaps a line that
    continues one value ("COMMITTEE" under "PLANNING")."""
    label_cells = [c for c in _cells(lines[i]) if c.text]
    keys = [label_cell(c.text) for c in label_cells]
    rows = [k for k in range(i + 1, min(len(lines), i + 6)) if lines[k].stripped]
    if not rows or not all(keys) or is_report_header(lines, rows[0]):
        return []
    first, rows = lines[rows[0]], rows[1:]
    values = [c for c in _cells(first) if c.text]
    values = values[-len(keys):]
    pairs = [[k, FieldValue(v.text, v.start, v.end)] for k, v in zip(keys[len(keys) - len(values):], values)]
    if rows and pairs:
        more = [c for c in _cells(lines[rows[0]]) if c.text]
        if len(more) == 1 and len(more[0].text.split()) <= 5 and not is_report_header(lines, rows[0]):
            _continue_value(pairs, more[0])
    return [(k, v) for k, v in pairs]


def _continue_value(pairs: list[list], cont) -> None:
    from govgraph.loaders.vocab import MEETING_BODY_HEAD

    target = next((p for p in pairs if p[1].text.rstrip().endswith((",", "–", "-", "and", "&"))), None)
    if target is None and MEETING_BODY_HEAD.fullmatch(cont.text.strip()):
        target = next((p for p in pairs if p[0] == "meeting"), None)
    if target is None:
        return
    v = target[1]
    target[1] = FieldValue(squash(v.text + " " + cont.text), v.start, cont.end)


@dataclass
class _Cell:
    text: str
    start: int
    end: int


def _cells(ln: Line) -> list[_Cell]:
    out, pos = [], 0
    for piece in ln.text.split("\t"):
        lead = len(piece) - len(piece.lstrip())
        out.append(_Cell(piece.strip(), ln.start + pos + lead, ln.start + pos + len(piece.rstrip())))
        pos += len(piece) + 1
    return out


def _value_lines(lines: list[Line], i: int, stacked: bool = False) -> tuple[list[Line], int]:
    """The paragraph after a label that stands on its own line. ``stacked``: the header sets each
    label on a line over its value ("Report to" / "Cabinet" / "Cabinet Member" / "Councillor X"),
    so a value ends with its line unless the line breaks off mid-phrase ("... Adoption and")."""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    out: list[Line] = []
    while j < len(lines) and not lines[j].blank and _label(lines[j].text) is None:
        if stacked and out and not _RUNS_ON.search(out[-1].text.rstrip()) and not re.match(r"\s*[a-z]", lines[j].text):
            break
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
        if i <= limit and len([c for c in ln.text.split("\t") if c.strip()]) >= 2:
            grid = _grid(lines, i)
            if grid:
                for key, value in grid:
                    _store(h, key, [value], text)
                continue
            cells = [c for c in _cells(ln) if c.text]
            if len(cells) == 2 and label_cell(cells[0].text):  # "From:<TAB>Deputy Chief Executive"
                value = FieldValue(cells[1].text, cells[1].start, cells[1].end)
                wrapped = _wrapped_cell(lines, i)
                if label_cell(cells[0].text) == "meeting" and wrapped:  # "Report to:<TAB>X Council" / "<TAB>Audit Committee"
                    committee = _committee_below(lines, i, value)
                    if committee is not value:
                        value, wrapped = committee, wrapped[1:]
                for x in wrapped:  # "Title of decision:<TAB>Award of the Grounds" / "<TAB>Contract"
                    value = FieldValue(squash(f"{value.text} {x.stripped}"), value.start, x.end)
                _store(h, label_cell(cells[0].text), [value], text)
                continue
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
            elif key == "meeting":  # "Report to: X Borough Council" / "<indent>Audit Committee": the committee
                vals = [_committee_below(lines, i, vals[0])]
            elif key == "from":  # "From: Jo Bloggs, Leader" / "Ann Lee, Chief Executive" on the next line
                for x in _continuation(lines, i):
                    if _RUNS_ON.search(vals[-1].text):  # "..., Climate Action and" / "Water Services"
                        more = _field(x)
                        vals[-1] = FieldValue(squash(f"{vals[-1].text} {more.text}"), vals[-1].start, more.end)
                    else:
                        vals.append(_field(x))
        else:
            if key in ("contact", "author"):
                vals = _people_paragraphs(lines, i + 1)
            else:
                # (a title, recommendations or a summary run on over their lines; the short fields do not)
                short = key not in ("title", "summary", "recommendations", "classification")
                vlines, _ = _value_lines(lines, i, stacked=short and ":" not in ln.text)
                if not vlines:
                    continue
                vals = [FieldValue(squash(" ".join(v.text for v in vlines)), vlines[0].start, vlines[-1].end)]
            if not vals:
                continue
        _store(h, key, vals, text)
    if h.meeting is None:
        _headings_above(h, lines)
    if h.title is None and h.meeting is not None:
        _title_below(h, lines)
    return h


# The sections every report template opens with: never the report's own title.
_SECTION_TITLE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:executive\s+)?summary(?:\s+of\s+(?:the\s+)?report)?|"
                            r"purpose(?:\s+of\s+(?:the\s+)?report)?|recommendations?|background|introduction|report|reasons?\b.*|"
                            r"contents|appendix\b.*|(?:report\s+)?(?:details|information)|part\s+\w+(?:\s*[-–]\s*\w+)?|"
                            # a report's banner: "OPEN REPORT", "PART 1 - PUBLIC", "KEY DECISION", "NOT EXEMPT"
                            r"(?:open|public|exempt|confidential|restricted|not\s+exempt)(?:\s+report)?|(?:non-)?key\s+decision)\s*:?$",
                            re.IGNORECASE)


_ANY_FIELD = re.compile(r"^[A-Z][a-z][\w ()/'’-]{0,40}:[ \t]+\S")


def _title_below(h: ReportHeader, lines: list[Line], window: int = 40) -> None:
    """A report with no "Title:" field whose title stands below its fields, in capitals, on a line
    of its own before the first section ("Report to: Cabinet" ... "Wards affected: All" /
    "TOWN CENTRE CAR PARKING: TARIFF REVIEW" / "1. PURPOSE OF REPORT")."""
    def field(ln: Line) -> bool:  # "Report to: Cabinet", "Forward Plan ref: FP/31/4" (not a title in capitals)
        return not is_upper_heading(ln.stripped) and bool(_label(ln.text) or _ANY_FIELD.match(ln.text))

    fields = [k for k, ln in enumerate(lines[:window]) if field(ln)]
    if not fields:
        return
    for ln in lines[fields[-1] + 1: fields[-1] + 12]:
        t = ln.stripped
        if not t or not is_upper_heading(t) and (ln.text[:1] in " \t" or not re.search(r"[.:]", t)):
            continue  # a blank line, or the last field's value wrapped onto the next line
        if field(ln) or _SECTION_TITLE.match(t) or re.match(r"\d", t):
            return  # the report's sections begin: it has no title of its own here
        if is_upper_heading(t) and len(t.split()) >= 2 and not heading_body(t):
            lead = len(ln.text) - len(ln.text.lstrip())
            h.title = FieldValue(title_case(t), ln.start + lead, ln.start + lead + len(t))
        return


_AGENDA_ITEM_MARK = re.compile(r"\bAgenda\s+Item\s+(?:No\.?\s*)?(\d{1,3}[a-z]?)\b", re.IGNORECASE)


def _headings_above(h: ReportHeader, lines: list[Line]) -> None:
    """A report whose fields name no meeting, under the meeting's headings ("WESTBY DISTRICT COUNCIL
    <TAB> Agenda Item 7" / "PLANNING COMMITTEE" / "Wednesday 8 October 2031, 6.00 pm, Council
    Chamber" / "LAND AT MILL LANE - APPLICATION 31/0042"): the committee is the last heading naming
    a body, the date is the dated line's, the title the capitals line after it."""
    first_field = next((k for k, ln in enumerate(lines[:40]) if _label(ln.text) and re.search(r"[:\t]", ln.text)), None)
    if not first_field:
        return
    above = [ln for ln in lines[:first_field] if ln.stripped]
    # the meeting's own line: a day of the week or a time with the date (a letter's date has neither)
    dated = next((k for k, ln in reversed(list(enumerate(above)))
                  if (DAY_NAME.search(ln.text) or TIME_OF_DAY.search(ln.text)) and any(d.iso and d.year for d in find_dates(ln.text))), None)
    if dated is None:
        return
    # (the dated line may name the committee before its date: "PLANNING COMMITTEE - Wednesday 8 ...";
    # what follows the date is the venue)
    first_date = min(d.start for d in find_dates(above[dated].text) if d.iso and d.year)
    day = list(DAY_NAME.finditer(above[dated].text, 0, first_date))
    day = day[-1] if day and not above[dated].text[day[-1].end():first_date].strip(" ,") else None
    cells = [ln.text.split("\t")[0] for ln in above[:dated]] + [above[dated].text[: day.start() if day else first_date]]
    bodies = [k for k, cell in enumerate(cells) if cell.strip() and heading_body(cell)]
    if not bodies:
        return
    ln = above[bodies[-1]]
    written = cells[bodies[-1]].strip()
    at = ln.start + ln.text.find(written)
    name = re.sub(r"(?:[\s,–-]+(?:at|on|in)\b)*[\s,–-]*$", "", heading_body(written) or written)  # the body's name
    h.meeting = FieldValue(name, at, at + len(written))
    if h.date is None:
        d = next(d for d in find_dates(above[dated].text) if d.iso and d.year)
        h.date, h.date_span = d.iso, (above[dated].start + d.start, above[dated].start + d.end)
    item = next((m for x in above for m in [_AGENDA_ITEM_MARK.search(x.text)] if m), None)
    if item and h.item is None:
        x = next(x for x in above if _AGENDA_ITEM_MARK.search(x.text))
        h.item = FieldValue(item.group(1), x.start + item.start(1), x.start + item.end(1))
    after = [x for x in above[dated + 1:] if is_upper_heading(x.stripped) and not heading_body(x.stripped)]
    if after and h.title is None:
        t = after[0]
        lead = len(t.text) - len(t.text.lstrip())
        h.title = FieldValue(title_case(t.stripped), t.start + lead, t.start + lead + len(t.stripped))


# A value broken off mid-phrase: it goes on, on the next line.
_RUNS_ON = re.compile(r"(?:,|&|\b(?:and|of|for|the|to|in))\s*$", re.IGNORECASE)


def _wrapped_cell(lines: list[Line], i: int) -> list[Line]:
    """The indented lines under a "Label:<TAB>value" row that carry on its value (no label cell)."""
    out = []
    for ln in lines[i + 1: i + 4]:
        if not ln.stripped or not ln.text[:1] in " \t" or "\t" in ln.text.strip() or _label(ln.text) is not None:
            break
        out.append(ln)
    return out


def _continuation(lines: list[Line], i: int) -> list[Line]:
    """Lines right under a field that carry more of its value: no label, a person's name first."""
    out = []
    for ln in lines[i + 1: i + 4]:
        if not ln.stripped or _label(ln.text) is not None or not _person_like(ln.text):
            break
        out.append(ln)
    return out


def _committee_below(lines: list[Line], i: int, value: FieldValue) -> FieldValue:
    """A council's name, and on the next line (no label) one of its committees: the report goes
    to the committee. (The reader's lines may have lost their indent.)"""
    from govgraph.loaders.vocab import COUNCIL_LEVEL, MEETING_BODY_HEAD

    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or not nxt.stripped or _label(nxt.text) is not None:
        return value
    below = _field(nxt)
    words = below.text.split()
    if COUNCIL_LEVEL.search(value.text) and words and MEETING_BODY_HEAD.fullmatch(words[-1]) \
            and not COUNCIL_LEVEL.search(below.text):
        return below
    return value


def _field(ln: Line) -> FieldValue:
    s = ln.text.strip()
    off = ln.start + ln.text.find(s) if s else ln.start
    return FieldValue(s, off, off + len(s))


def _store(h: ReportHeader, key: str, vals: list[FieldValue], text: str) -> None:
    v = vals[0]
    if key == "meeting_date":
        ds = [d for d in find_dates(v.text) if d.iso]
        if ds:  # the meeting's date rules over a plain "Date:" (the day the report was written)
            h.date = ds[0].iso
            h.date_span = (v.start + ds[0].start, v.start + ds[0].end)
            body = v.text[: ds[0].start].strip(" –-,")
            if body and h.meeting is None:
                h.meeting = FieldValue(body, v.start, v.start + len(body))
    elif key == "meeting" and h.meeting is None:
        ds = [d for d in find_dates(v.text) if d.iso and d.year]
        if ds and h.date is None:  # "To: Cabinet – 25 January 2024"
            h.date = ds[0].iso
            h.date_span = (v.start + ds[0].start, v.start + ds[0].end)
            body = v.text[: ds[0].start].strip(" –-,")
            v = FieldValue(body, v.start, v.start + len(body)) if body else v
        h.meeting = v
    elif key == "date" and h.date is None:
        ds = [d for d in find_dates(v.text) if d.iso]
        if ds:
            h.date = ds[0].iso
            h.date_span = (v.start + ds[0].start, v.start + ds[0].end)
    elif key == "title" and h.title is None:
        h.title = v
    elif key == "item" and h.item is None:
        m = re.match(r"^\s*(\d{1,3}[A-Za-z]?(?:\.\d+)?)\b", v.text)
        if m:
            h.item = FieldValue(m.group(1), v.start, v.start + m.end(1))
    elif key == "directorate" and h.directorate is None:
        h.directorate = v
    elif key == "author":
        h.authors.extend(x for x in vals if _person_like(x.text))
    elif key == "approver":
        h.approvers.extend(x for x in vals if _person_like(x.text))
    elif key == "from":
        h.sources.extend(vals)
    elif key == "presenter":  # the person who puts it to the meeting: a source of it too
        h.sources.extend(x for x in vals if _person_like(x.text))
    elif key == "contact":
        h.contacts.extend(x for x in vals if _person_like(x.text))


def _person_like(s: str) -> bool:
    s = _EMAIL.sub("", s).strip(" ,;*")
    return bool(re.match(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][a-z'’-]+|^[A-Z]\.", s)) and len(s) < 200


def clean_contact(s: str) -> str:
    """"Gemma Marsh, Senior Scrutiny Adviser, Resources Directorate gemma.marsh@x (8)40517"
    -> "Gemma Marsh, Senior Scrutiny Adviser, Resources Directorate"."""
    s = _EMAIL.sub("", s)
    s = re.sub(r"\*+", "", s)
    return squash(s).strip(" ,;")


def body_name(s: str) -> str:
    s = squash(s).strip(" .,*")
    return title_case(s) if is_upper_heading(s) else s
