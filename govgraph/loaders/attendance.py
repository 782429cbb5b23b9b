"""Attendance: who chaired, was present, sent apologies or attended, in any house style.

The genre writes attendance as labelled sections ("Present:-", "MEMBERS PRESENT:", "Attendees:",
"Officials in attendance:", "Apologies:", "PRESENT IN THE CHAIR:"), the label on its own line or
followed by the list, the list in one run, over several lines (wrapped, or broken by blank
lines), one per line, or in the columns of a table ("Present:" | name | role | "Apologies:" |
name). A list is of names ("Councillors A, B and C"), names with posts ("Name, Post, Name,
Post", "Name (Post)"), posts with names ("Post (Mr. X. Name)"), or posts alone ("the Clerk").
Prose says it too: "Apologies for absence were received from ...".

:func:`read_sections` reads the sections of a zone of lines; :func:`parse_list` reads one list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

from govgraph.loaders.lines import Flat, Line, flatten, names_cased, split_lines, squash
from govgraph.loaders.names import name_form, post_first, split_top
from govgraph.loaders.posts import given_names, is_post
from govgraph.loaders.vocab import (
    ATTENDANCE_LABEL, CHAIR_WORDS, GENDERED_TITLES, MEETING_POSTS, NONE_RECEIVED, PLACE_NOUNS, POST_HEAD, POST_WORD, TIER_PREFIX, TIER_TITLE, TITLE, TITLES,
    WELSH_WORDS,
)

__all__ = ["Attendee", "attendance_label", "read_sections", "parse_list", "apologies_in_prose"]


@dataclass
class Attendee:
    name: Optional[str]  # titles dropped; None for a post alone ("the Clerk")
    written: str
    status: str
    start: int
    end: int
    title: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    more_roles: list[str] = field(default_factory=list)  # "(Vice-Chair)" beside a post in its own cell
    couple: bool = False  # "Mr & Mrs Pell": one of two people the title alone tells apart

    @property
    def label(self) -> str:
        if self.couple and self.name and self.title:
            return f"{self.title} {self.name}"
        return self.name or self.role or self.written


def attendance_label(text: str) -> Optional[str]:
    """The status an attendance label at the start of ``text`` gives, or None.

    >>> [attendance_label(s) for s in ("Present:-", "MEMBERS PRESENT:", "Officials in attendance:", "Apologies", "Presentation")]
    ['present', 'present', 'in_attendance', 'apologies', None]
    """
    m = label_match(text)
    return m[0] if m else None


def office_label(text: str) -> bool:
    """"Chairperson: - Councillor X", "Vice-Chair: ...": who holds an office, in a membership list."""
    m = label_match(text)
    return bool(m) and bool(re.match(r"\W*(?:vice[- ]?)?chair|\W*leas-?chathaoirleach|\W*cathaoirleach", text, re.IGNORECASE))


def members_label(text: str) -> bool:
    """A label that names a group of the body's members without saying they came ("Councillors:",
    "Other Members:"), as a membership list or a summons has it; "Members present:" says so."""
    m = label_match(text)
    return bool(m) and bool(re.match(r"\W*(?:(?:other|co-opted|voting)\s+)?(?:councillors|cllrs|members)\W*$",
                                     text[: m[1]], re.IGNORECASE))


def label_match(text: str) -> Optional[tuple[str, int]]:
    """(status, end of the label) for a label starting ``text``."""
    best: Optional[tuple[str, int]] = None
    for status, rx in ATTENDANCE_LABEL.items():
        m = rx.match(text)
        if m and (best is None or m.end() > best[1]):
            best = (status, m.end())
    return best


# ---------------------------------------------------------------- sections of a zone

_PUBLIC = re.compile(r"^\s*(?:members\s+of\s+the\s+)?public\b", re.IGNORECASE)
_NOT_ATTENDANCE = re.compile(r"^\s*(?:distribution|circulation|copy\s+to|copies\s+to|membership|key)\s*[:\t]"
                             # a list's key for its marks: "* Substitute Member", "† attended remotely"
                             # (a whole short line: "- Substitute Members: Cllr A" is a list)
                             r"|^\s*[-*†‡#]\s*(?:=\s*)?(?:denotes\s+|indicates\s+)?(?:an?\s+)?(?:substitute|attended|attending|present|remote|virtual|apolog|non-voting|co-opted|ex[- ]officio)[\w ()-]{0,30}$"
                             r"|^[^:\n]{0,80}\bmembership\s*:", re.IGNORECASE)  # "Select Commission membership: -"
# The codes of an attendance grid ("Cllr A Ames<TAB>P", "...<TAB>Ap"); an absent member gives no row.
_CODES = [("present", re.compile(r"(?:P|Pr|Present|Attended|Yes|Y|✓|✔)(?:\s*\(.*\))?", re.IGNORECASE)),
          ("apologies", re.compile(r"(?:Ap|Apol|Apols|Apologies|A/P)(?:\s*\(.*\))?", re.IGNORECASE)),
          ("absent", re.compile(r"(?:A|Abs|Absent|No|N|X|✗)(?:\s*\(.*\))?", re.IGNORECASE))]


def _code(cell: str, legend: Optional[dict[str, str]] = None) -> Optional[str]:
    """The status a grid's code gives: the paper's own key first ("A = apologies"), then the
    genre's usual codes."""
    if legend and cell.strip().lower() in legend:
        return legend[cell.strip().lower()]
    return next((status for status, rx in _CODES if rx.fullmatch(cell.strip())), None)


# A grid's key: "(✓ = present; A = apologies; N = not present; S = substitute)", "Key: P - Present,
# Ap - Apologies, X - Absent". A substitute attends (present); "not present" is absent.
_LEGEND_PAIR = re.compile(r"(?:^|[\s(;,:])(?P<code>[^\s=:;,()]{1,4})\s*(?:=|–|—|-|:)\s*"
                          r"(?P<word>present|attended|attending|apologies|apologies\s+received|sent\s+apologies"
                          r"|absent|not\s+present|did\s+not\s+attend|substitute|sub|remote|virtual|online)\b", re.IGNORECASE)
_LEGEND_STATUS = {"present": "present", "attended": "present", "attending": "present", "substitute": "present",
                  "sub": "present", "remote": "present", "virtual": "present", "online": "present",
                  "apologies": "apologies", "apologies received": "apologies", "sent apologies": "apologies",
                  "absent": "absent", "not present": "absent", "did not attend": "absent"}
# The heading of a grid's column of codes ("Name<TAB>Organisation<TAB>Present/Apologies")
_CODE_COLUMN = re.compile(r"^\s*(?:present\s*/\s*apolog\w*(?:\s*/\s*absent)?|attendance|attended\??|present\?|status)\s*$",
                          re.IGNORECASE)


def grid_legend(text: str) -> dict[str, str]:
    """The codes a grid's key defines, lower-cased code -> status ({} when the text has no key:
    two pairs or more make a key)."""
    pairs = {m.group("code").lower(): _LEGEND_STATUS[" ".join(m.group("word").lower().split())]
             for m in _LEGEND_PAIR.finditer(text)}
    return pairs if len(pairs) >= 2 else {}


_MARK_AT_END = re.compile(r"\s*[*†‡]+$")
# "Name<TAB>Council<TAB>Vice-Chair": the person's office in the row, not a label for the rows below
_VICE_CELL = re.compile(r"^\s*(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|cathaoirleach|conven[eo]r)\s*$", re.IGNORECASE)
_NAME_MARK = re.compile(r"(?<=[^\W\d_])[*†‡]+(?=\s|$)")


@dataclass
class _Cell:
    start: int
    end: int
    text: str
    col: int


def _cells(ln: Line) -> list[_Cell]:
    out, pos, col = [], 0, 0
    for piece in ln.text.split("\t"):
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            # a mark the list's key explains ("Bernard Quill *", "Ann Lee†") is not part of the name
            body = _MARK_AT_END.sub("", piece.rstrip()) if len(piece.strip()) > 2 else piece.rstrip()
            out.append(_Cell(ln.start + pos + lead, ln.start + pos + len(body), body.strip(), col))
        pos += len(piece) + 1
        col += 1
    return out


def read_sections(text: str, lines: list[Line]) -> list[Attendee]:
    """Every attendee of the labelled sections in ``lines`` (a minutes part's zone before its
    first item). Table columns keep their label: a label in a cell rules the cells to its right
    in that row and below it."""
    chunks = list(_section_chunks(text, lines))
    out: list[Attendee] = []
    for status, parts in chunks:
        found = _attendees(text, parts, status)
        label = _CHAIR_LABEL.search(text, max(0, parts[0][0] - 40), parts[0][0]) if status in ("chair", "present") and parts else None
        group = _GROUP_PRESENT.search(text, max(0, parts[0][0] - 60), parts[0][0]) if parts else None
        for a in found:
            if label and a.name and not a.role:
                a.role = label.group(1).title()  # "CATHAOIRLEACH: Cllr X": the post as the paper names it
            elif group and a.name and not a.role:
                a.role = squash(group.group("post"))  # "Sectoral Representatives Present: Ms X"
        out.extend(found)
    return _dedupe(out)


# "Sectoral Representatives Present:", "Co-opted Members in attendance:": the post of those listed
_GROUP_PRESENT = re.compile(
    r"(?:^|(?<=\n))[ \t*]*(?P<post>(?!(?:Other|Elected|Council|Committee|Board|Panel|Voting|Non-voting|Substitute|Staff|Labour|Conservative|Liberal|Green|Reform)\b)(?-i:[A-Z])[\w-]+(?:[ \t]+(?-i:[A-Z])[\w-]+)?"
    r"[ \t]+(?:Representative|Member|Adviser|Advisor|Observer|Governor))s[ \t]+(?:present|in[ \t]+attendance)[ \t]*:?[-\s*]*$", re.IGNORECASE)
# (the label starts its line: not "Name<TAB>Council<TAB>Vice-Chair" ending the row above)
_CHAIR_LABEL = re.compile(r"(?:^|(?<=\n))[ \t*]*(cathaoirleach|conven[eo]r|chairman|chairwoman|chairperson|"
                          r"leas-?chathaoirleach|vice[- ]?chair(?:man|woman|person)?)[\s:.–—-]*$", re.IGNORECASE)  # (not "(Vice-Chair)<TAB>": the cell before's)


def _section_chunks(text: str, lines: list[Line]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """(status, list chunks as document spans): one chunk per list that runs on over lines."""
    reader = _SectionReader(text, grid_legend(text[lines[0].start:lines[-1].end]) if lines else {})
    for ln in lines:
        for part in _at_inline_labels(ln):
            if part.stripped:
                yield from reader.line(part)
    yield from reader.flush()


# "..., Kit Tod, community councillors. In attendance: Cllr A ...": a label after a sentence's end,
# inside a line of prose, opens the next list
_INLINE_LABEL = re.compile(r"(?<=[.;])[ \t]+(?=(?:also[ \t]+)?(?:in[ \t]+attendance|present|apologies(?:[ \t]+for[ \t]+absence)?|"
                           r"absent)[ \t]*:)", re.IGNORECASE)


def _at_inline_labels(ln: Line) -> list[Line]:
    """The line, cut before each label that follows a sentence's end inside it."""
    cuts = [m.end() for m in _INLINE_LABEL.finditer(ln.text)]
    if not cuts or "\t" in ln.text.strip():
        return [ln]
    bounds = [0, *cuts, len(ln.text)]
    return [Line(ln.index, ln.start + i, ln.start + j, ln.text[i:j]) for i, j in zip(bounds, bounds[1:])]


_CONTACT_LINE = re.compile(r"^\s*(?:tel(?:ephone)?|phone|mobile|fax|e-?mail|web(?:site)?)\.?\s*(?::|(?=[\d+(]))", re.IGNORECASE)


class _SectionReader:
    """The state of reading an attendance zone line by line: the status each table column and
    the current list stand under, and the lines of the list being read."""

    def __init__(self, text: str, legend: Optional[dict[str, str]] = None):
        self.text = text
        self.legend = legend or {}  # the codes of a grid's key
        self.col_status: dict[int, Optional[str]] = {}
        self.current: Optional[str] = None
        self.run: list[Line] = []  # the lines of the chunk being read (one status)
        self.run_status: Optional[str] = None
        self.row_cells = 0
        self.first_named = False  # the last table row's first cell named someone
        self.label_column = False  # a label in the first column, names in the columns right of it
        self.membership = False  # inside a "Membership:" list: who sits on the body, not who came

    def flush(self) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        if self.run and self.run_status:
            yield self.run_status, _chunks(self.text, self.run)
        self.run = []

    def line(self, ln: Line) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        if _CONTACT_LINE.match(ln.text):  # "Tel: 01632 960771<TAB>Email: clerk@...": a letterhead's, no one
            yield from self.flush()
            self.current = None
            return
        cells = _cells(ln)
        labelled_list = len(cells) == 2 and label_match(cells[0].text) and not label_match(cells[1].text)
        if labelled_list:  # "PRESENT:<TAB>A, B"
            cells = [_Cell(cells[0].start, cells[1].end, self.text[cells[0].start:cells[1].end], 0)]
        # "Councillors:<TAB>A<TAB><TAB>B" / "<TAB><TAB>C<TAB><TAB>D": more rows of names under a label
        # in the first column (its cells empty below it)
        under_label = self.label_column and ln.text[:1] == "\t" and (
            all(_person_cell(c.text) for c in cells)  # "<TAB>Sam Rowe<TAB><TAB>Kim Gale"
            or len(cells) == 2 and _person_cell(cells[0].text) and _post_cell(cells[1].text)  # "<TAB>Sue Marsh<TAB>Planning Officer"
            or len(cells) == 2 and _post_cell(cells[0].text) and _name_only(cells[1].text))  # "<TAB>Director of X<TAB>Mrs J Wilk"
        if ln.text[:1] == "\t" and self.row_cells > 1 and ("\t" not in ln.text.strip() or self.row_cells > 2) \
                and not label_match(ln.text.strip()) and not TITLE.match(ln.text.strip()) and not under_label \
                and not _NAME_THEN_DASH.match(ln.text.strip()):  # "<TAB>Jo Park - local resident": one more
            # "<TAB>Integrated Care Board (Vice-Chair)", "<TAB>Westby<TAB>and Families": the rest of the
            # cells above, no one new (left out); "<TAB>Councillor Tom Ellery" under a council's first member is one more
            return
        if len(cells) > 1 and self.row_cells > 1 and self.first_named and _wrapped_cell(cells[0].text):
            # two columns of "Name – Post" whose left post wrapped ("A. Grey – Chief Fire Officer/Chief"
            # / "Executive<TAB>J. Ash – Clerk"): the fragment ends the entry above, the rest is a row
            cells = cells[1:]
        if ln.text[:1] != "\t":  # a row with its first column filled: a label there rules the rows below
            self.label_column = len(cells) > 2 and bool(label_match(cells[0].text))
        tabular = len(cells) > 1 or "\t" in ln.text.strip()
        self.first_named = tabular and bool(name_form(_NAME_DASH.split(cells[0].text, 1)[0]))
        self.row_cells = len(cells) if tabular else 0  # a name and its post: an indented line below continues the post
        if tabular and not labelled_list:  # a labelled list runs on over indented lines like any list
            yield from self.table_row(cells)
        else:
            yield from self.list_line(ln, cells[0])

    def table_row(self, cells: list[_Cell]) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        yield from self.flush()
        if self.current and not self.col_status:
            self.col_status[0] = self.current  # "Present:" on its own line above the table
        yield from _table_row(cells, self.col_status, self.legend)
        # a row whose last list runs on ("A, B,") continues on the next, untabbed line; a
        # shorter row below a table is still its first column
        last = cells[-1]
        self.current = self.run_status = _status_at(self.col_status, last.col if _JOINS_ON.search(last.text) else 0)

    def list_line(self, ln: Line, cell: _Cell) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        if _NOT_ATTENDANCE.match(cell.text):
            yield from self.flush()
            self.current = None
            self.membership = bool(re.search(r"\bmembership\b", cell.text, re.IGNORECASE))
            return
        lm = label_match(cell.text)
        if self.membership and (members_label(cell.text) or office_label(cell.text) or not lm and _list_like(cell.text)):
            return  # "Councillors:", "Other Members:" and their names under "Membership:"
        self.membership = False  # "Present:" (or any other line) after the membership list
        if lm:
            yield from self.label(ln, cell, *lm)
        elif self.current and _SUB_GROUP.match(cell.text):
            yield from self.flush()  # "For the applicant:", "Co-opted Member:": a group of the same list
            self.run_status = self.current
        elif self.current and (self._open_bracket() or self._mid_entry() or self._hanging(ln) or _list_like(cell.text)
                               or _NAME_THEN_DASH.match(cell.text) or self._wrapped_tail(cell.text)
                               or (self.run and re.match(r"[a-z]", cell.text))) \
                and not _NEW_SECTION.match(cell.text):
            self.run.append(ln)  # a list line, or the rest of a bracket the line above opened
            self.run_status = self.current
        else:
            yield from self.flush()
            self.current = None

    def label(self, ln: Line, cell: _Cell, status: str, end: int) -> Iterator[tuple[str, list[tuple[int, int]]]]:
        yield from self.flush()
        self.current = self.run_status = status
        self.col_status.clear()  # "In attendance" over a second table: its rows take the new label
        rest = cell.text[end:].strip()
        if rest and not NONE_RECEIVED.match(rest) and not _PUBLIC.match(cell.text):
            start = cell.start + cell.text.index(rest, end) if rest in cell.text[end:] else cell.start + end
            self.run = [Line(ln.index, start, cell.end, self.text[start:cell.end])]
        if _PUBLIC.match(cell.text) and not rest:
            self.current = self.run_status = "in_attendance"

    def _hanging(self, ln: Line) -> bool:
        """A line indented under the list's first value ("ALSO PRESENT:<spaces>Jo Park - X" /
        "<spaces>Team (applicant)"): the list goes on, whatever its case."""
        if not self.run or not re.match(r"(?:\t| {4,})\S", ln.text):
            return False
        first = self.run[0]
        return len(ln.text) - len(ln.text.lstrip()) == first.start - self.text.rfind("\n", 0, first.start) - 1

    def _wrapped_tail(self, text: str) -> bool:
        """The few words a long entry wrapped onto the next line ("Jo Park - Officer, Noise and
        Nuisance" / "Team (responsible authority)"), the entry above being "Name - Post"."""
        return bool(self.run) and bool(_NAME_THEN_DASH.match(self.run[-1].text)) and len(text.split()) <= 5 \
            and not re.search(r"[.!?:]\s*$", self.run[-1].text) and not re.search(r"[.!?]\s*$", text.rstrip(")"))

    def _mid_entry(self) -> bool:
        """The line above stopped mid-list ("..., H. Bell and"): this line ends it, whatever
        prose follows the last name ("W. Ashdown-Pryce; and 37 electors of the parish.")."""
        return bool(self.run) and bool(re.search(r"(?:,|\band|&)\s*$", self.run[-1].text))

    def _open_bracket(self) -> bool:
        return bool(self.run) and sum(x.text.count("(") - x.text.count(")") for x in self.run) > 0


def _table_row(cells: list[_Cell], col_status: dict[int, Optional[str]],
               legend: Optional[dict[str, str]] = None) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """One row of an attendance table: labels set the status of their column onwards; a role
    cell right of a name belongs to that name. ``legend``: the codes the grid's key defines."""
    pending: list[tuple[str, list[tuple[int, int]]]] = []
    last_text = ""  # the text of the cell the last pending entry is
    merged = False  # a name and its post were joined in this row
    if len(cells) > 1 and _CODE_COLUMN.match(cells[-1].text) and all(
            c.text.strip(" :").lower() in _COLUMN_HEADINGS for c in cells[:-1]):
        # "Name<TAB>Organisation<TAB>Present/Apologies": a grid of codes below (under a label
        # such as "ATTENDANCE" above, its column already rules the rows)
        if not any(col_status.values()):
            col_status[cells[-1].col] = "present"
        return
    code = _code(cells[-1].text, legend) if len(cells) > 1 else None
    # (the grid's names under a labelled column, or its codes under an "Attendance" column)
    if code and (_status_at(col_status, cells[0].col) or col_status.get(cells[-1].col)):
        # a row of an attendance grid: the code gives the status of the name (the first cell a name
        # reads from; the others are its party, ward or group)
        # ("Cllr Ann Ames (Chair) - Cabinet Member for X": the name before the dash, its post after)
        who = next((c for c in cells[:-1] if name_form(c.text) or name_form(_NAME_DASH.split(c.text, 1)[0])), None)
        if code != "absent" and who is not None:
            end = who.end if name_form(who.text) else who.start + len(_NAME_DASH.split(who.text, 1)[0])
            after = [c for c in cells[:-1] if c.col > who.col]
            if end == who.end and after and (_post_cell(after[0].text) or _ORG_CELL.search(after[0].text)):
                end = after[-1].end  # "Name<TAB>Westby Council – Cabinet Member for X<TAB>✓": the post is hers
            yield code, [(who.start, end)]
        return
    for cell in cells:
        if _NOT_ATTENDANCE.match(cell.text):
            for c in [k for k in col_status if k >= cell.col]:
                col_status[c] = None
            col_status[cell.col] = None
            continue
        lm = label_match(cell.text)
        if lm and lm[0] == "chair" and pending and cell.col > 0 and cell is cells[-1] and ":" not in cell.text:
            pending[-1] = ("chair", pending[-1][1])  # "Name<TAB>Chair (in the chair)": this one chairs
            continue
        if pending and pending[-1][0] == "present" and cell.col > 0 and cell is cells[-1] and _CHAIR_FIRST.match(cell.text):
            pending[-1] = ("chair", pending[-1][1])  # "Name<TAB>Org<TAB>Chair; Portfolio Holder for X": chairs, and more
        if lm and pending and cell.col > 0 and ":" not in cell.text and (lm[0] == "chair" and cell is not cells[-1] or _VICE_CELL.match(cell.text)):
            # "Name<TAB>Chair<TAB>Westby Healthwatch": the post the person holds in the body after it
            s, _ = pending[-1][1][-1]
            pending[-1] = (pending[-1][0], [(s, cell.end)])
            last_text, merged = "", True
            continue
        if lm:
            status, end = lm
            for c in [k for k in col_status if k >= cell.col]:
                del col_status[c]
            col_status[cell.col] = status
            rest = cell.text[end:].strip()
            if rest and not NONE_RECEIVED.match(rest):
                pending.append((status, [(cell.end - len(rest), cell.end)]))
            continue
        status = _status_at(col_status, cell.col)
        if status is None or cell.text.strip(" :").lower() in _COLUMN_HEADINGS:
            continue  # "Items<TAB>Action": the header of the business table below, not a person
        if pending and pending[-1][0] == status and (_role_cell(cell.text) or _post_cell(cell.text)
                                                     or (_post_cell(last_text) and _name_only(cell.text))
                                                     or (_name_only(last_text) and _ORG_CELL.search(cell.text))):
            s, e = pending[-1][1][-1]
            pending[-1] = (status, [(s, cell.end)])  # "Name (XX)<TAB>Councillor/Chairman", "Head of Law<TAB>Jo Ray"
            last_text, merged = "", True
            continue
        nxt = next((c for c in cells if c.col > cell.col), None)
        if merged and not TITLE.match(cell.text) and cell.text.split()[0] not in given_names() \
                and not (nxt is not None and _name_only(cell.text) and (_post_cell(nxt.text) or _ORG_CELL.search(nxt.text)
                                                                      and not re.fullmatch(r"[A-Z]{2,4}\b.*", nxt.text.strip()))):
            continue  # "Name<TAB>Post<TAB>Westby Homes<TAB>KH": the rest of one person's row, no one new
        pending.append((status, [(cell.start, cell.end)]))
        last_text = cell.text
    yield from pending


_COLUMN_HEADINGS = {"no.", "no", "ref", "ref.", "item", "items", "action", "actions", "lead", "lead officer", "due", "deadline",
                    "status", "outcome", "responsible", "action by", "by whom", "minute", "minutes", "subject",
                    "decision", "decisions", "owner", "business", "notes", "initials", "who", "when", "date",
                    # the header row of an attendance table ("Name<TAB>Role")
                    "name", "names", "role", "roles", "portfolio", "position", "post", "title", "organisation",
                    "representing", "designation", "job title", "nominated by", "appointed by",
                    "discussion", "attendance", "party", "ward", "group", "division", "political group",
                    "constituent council", "constituent authority", "appointing council", "nominating authority",
                    "appointing authority", "councillor", "councillors",
                    "member", "members"}


def is_header_row(text: str) -> bool:
    """A table's header row ("Councillor<TAB>Appointing authority"): two cells or more, each a
    column heading of the genre."""
    cells = [c.strip(" :").lower() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and all(c in _COLUMN_HEADINGS for c in cells)


def _wrapped_cell(text: str) -> bool:
    """A cell that is the wrapped end of the cell above: a few words, no name, no label, no post
    of its own ("Executive" of "Chief Fire Officer/Chief", not "Town Mayor")."""
    form = name_form(text.strip())
    return len(text.split()) <= 3 and not label_match(text) and ":" not in text and (form is None or not form.name) \
        and not TITLE.match(text) and not is_post(text.strip())


# A cell of a members' table that names a ward or a political group, not a person
_WARD_OR_PARTY = re.compile(r"\b(?:Ward|Division|Electoral\s+Area)$|^(?:Conservative|Labour|Liberal\s+Democrats?|Green(?:\s+Party)?"
                            r"|Independent|Reform(?:\s+UK)?|Plaid\s+Cymru|SNP|Sinn\s+F[ée]in|Fianna\s+F[áa]il|Fine\s+Gael|Alliance"
                            r"|DUP|UUP|SDLP)\b", re.IGNORECASE)


def _person_cell(text: str) -> bool:
    """A cell that names one person ("Sam Rowe", "Cllr Kim Gale *"), not a ward or a political
    group ("Mill Ward", "Liberal Democrat")."""
    form = name_form(text.strip())
    return _name_only(text) and len(text.split()) >= 2 and bool(form and form.name) and not _WARD_OR_PARTY.search(text.strip())


def _status_at(col_status: dict[int, Optional[str]], col: int) -> Optional[str]:
    return next((col_status[c] for c in sorted(col_status, reverse=True) if c <= col and col_status[c]), None)


def _role_cell(s: str) -> bool:
    """A cell that is a post or a councillor's title, not a name with its post in brackets
    ("P. Ames-Bell (Vice-Chair)" in the second column of a list is one more member)."""
    if not (POST_HEAD.search(s) or re.search(r"\bcouncill?or\b", s, re.IGNORECASE)) or len(s.split()) > 6 or _HOLDER_AT_END.search(s):
        return False
    if _name_then_post(s):
        return False  # "P. Coe – Treasurer": someone else, with their post
    form = name_form(s.strip())
    return form is None or not form.name


# A short heading ending in a colon inside a list names a group of it ("For the applicant:",
# "Responsible authorities:", "Aelod Cyfetholedig / Co-opted Member:").
_SUB_GROUP = re.compile(r"^\s*(?:[A-Z][^:\n.;]{2,60}:|(?:[A-Z][\w'’]*[\s-]+){0,3}"
                        r"(?:Members|Councillors|Officers|Representatives|Advisers|Advisors|Attendees))\s*$")

# A line that opens another attendance matter ends the list before it, label or not
# ("Apologies for absence were received from ...").
_NEW_SECTION = re.compile(r"^\W*(?:apolog|absent|also\b|in\s+attendance|present\b|the\s+meeting\b)"
                          # the paper's own title under a letterhead ("MINUTES OF THE ANNUAL MEETING ...")
                          r"|^\W*(?:(?:draft|confirmed|unconfirmed|signed)\s+)?(?:minutes|notes|record|agenda)\s+of\b"
                          # "Councillor X in the Chair" below a list ("X (Leader) - in the Chair" is one of it)
                          r"|^[^\n(–—-]{0,60}\bin\s+the\s+chair\W*$", re.IGNORECASE)
_SMALL = {"and", "of", "the", "for", "in", "on", "at", "to", "by", "with", "&", "a", "an"}


def _list_like(s: str) -> bool:
    """A line of a list, not prose: mostly capitalised words (names, titles, posts), not ending in
    a lower-case word and a full stop ("The Cathaoirleach, Cllr. X presided.")."""
    if re.match(r"^\s*[-•*]\s+", s):
        return True
    if re.search(r"\b[a-z]{3,}\.\s*$", s):
        return False
    first = re.match(r"\s*(?:[-•*]\s+)?([A-Z][a-z]+)\s+[A-Z][\w'’-]+\s*(?:,|\(|\s[-–—]\s|$)", s)
    if first and first.group(1) in given_names():
        return True  # "Gerald Upshaw (local resident)", "Dee Dunn, local resident": a person and a note
    # (with or without its asides in brackets: "Cllr Tom Dyer (from 7.25pm, minute 25/64)")
    return _capitalised(s) or "(" in s and _capitalised(re.sub(r"\([^()]*\)", " ", s))


def _capitalised(s: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’.-]*", s) if w.lower() not in _SMALL]
    if not words:
        return bool(re.search(r"[,;]", s))
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


_POST_INTO_BRACKET = re.compile(r"^\s*[A-Z][\w/'’-]*(?:\s+[\w/'’&-]+){0,3}\s*\((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s*)?[A-Z]\.")
_JOINS_ON = re.compile(r"(?:[,;&]|\b(?:and|or|of|for|the|to|in|on|at|with|by)|\(|[-–])\s*$", re.IGNORECASE)


_TITLE_AT_END = re.compile(r"(?:^|[\s,(&])(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|Councillors?)\.?\s*$")
# A line that opens with a (titled) name of two or three words, then its post after a dash or a comma
_LEADING_NAME = r"^\s*(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_NAME_THEN_DASH = re.compile(_LEADING_NAME + r"\s+[-–—]\s+\S")
_NAME_THEN_COMMA = re.compile(_LEADING_NAME + r",\s+[A-Z]")
# "Roads and Infrastructure Manager", "Parks & Open Spaces Officer": capitalised words joined by one "and", ending in a post's head
_ONE_POST_WITH_AND = re.compile(r"[A-Z][\w'’-]+\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")
_GIVEN_AT_END = re.compile(r"(?:^|,|\band|&|\b(?:" + TITLES + r")\.?)\s*([A-Z][a-z]+)\s*$")


def _chunks(text: str, run: list[Line]) -> list[tuple[int, int]]:
    """Lines of one list run together while the line ends mid-list (a comma, "and") or the next
    starts lower case; otherwise a new list begins (a new group of attendees)."""
    out: list[list[Line]] = []
    for ln in run:
        # a post broken over lines runs into its holder's bracket ("Meetings" / "Administrator (Ms. X)")
        into_bracket = out and re.search(r"[A-Za-z]$", out[-1][-1].text.rstrip()) and _POST_INTO_BRACKET.match(ln.text)
        # a list separated by semicolons runs on over any break until its full stop
        semicolons = out and ";" in " ".join(x.text for x in out[-1]) and not out[-1][-1].text.rstrip().endswith(".")
        before = " ".join(x.text for x in out[-1]) if out else ""
        unclosed = before.count("(") > before.count(")")  # a bracket opened on the line above
        # a hanging indent under "Present:<TAB>..." carries the list on ("..., Declan" / "<TAB>Furlong, ...")
        # (only a comma list broken mid-entry; a list of one name per line stays one per line)
        hanging = bool(out) and bool(re.match(r"^(?:\t|\s{2,})\S", ln.text)) and "," in before \
            and not re.search(r"[.,;]\s*$", out[-1][-1].text)
        # a name broken after its given name ("... and Lisa" / "Hargreaves (Head of Resources)")
        given_tail = bool(out) and (g := _GIVEN_AT_END.search(out[-1][-1].text)) is not None \
            and g.group(1) in given_names() and bool(re.match(r"^\s*[A-Z][a-z'’-]+\b(?!\s+[A-Z])", ln.text))  # not "Jo Park"
        # a name broken after its initial ("..., J. Gorringe, P." / "Hebblethwaite, Mrs L. Ash, ...")
        initial_tail = bool(out) and bool(re.search(r"(?:^|[\s,(])[A-Z]\.$", out[-1][-1].text.rstrip())) \
            and bool(re.match(r"^\s*[A-Z][a-z'’-]", ln.text))
        # a title never ends an entry ("..., Mr & Mrs" / "Pell, ...")
        title_tail = bool(out) and bool(_TITLE_AT_END.search(out[-1][-1].text)) and bool(re.match(r"^\s*[A-Z]", ln.text))
        # "Jo Park - Solicitor, X LLP" on a line of its own: one entry a line, after any hanging indent
        entry = bool(_NAME_THEN_DASH.match(ln.text)) and not unclosed and not _JOINS_ON.search(out[-1][-1].text) if out else False
        # "<TAB>Dee Dunn, Meetings Administrator" under "Jo Park, Senior Engineer": an entry of its own
        entry = entry or (bool(out) and bool(nc := _NAME_THEN_COMMA.match(ln.text)) and not unclosed
                          and bool(POST_HEAD.fullmatch((out[-1][-1].text.split() or [""])[-1].strip(".,;")))
                          and name_form(ln.text[: ln.text.index(",")].strip()) is not None
                          and is_post(ln.text[nc.end() - 1:].strip()))  # (not "<TAB>Adult Social Care, Westby Council")
        if out and not entry and (semicolons or into_bracket or unclosed or hanging or given_tail or initial_tail or title_tail
                                  or _JOINS_ON.search(out[-1][-1].text)
                    or re.match(r"^\s*(?:and\b|&|[a-z(])", ln.text)):
            out[-1].append(ln)
        else:
            out.append([ln])
    return [(grp[0].start, grp[-1].end) for grp in out]


# ---------------------------------------------------------------- one list

def _attendees(text: str, parts: list[tuple[int, int]], status: str) -> list[Attendee]:
    out = []
    for s, e in parts:
        # "Mr X, Director, Y Ltd, attended for item 10 at the invitation of the Chair": a guest
        st = "invited" if status == "in_attendance" and _AS_GUEST.search(text, s, e) \
            and not re.search(r"\s(?:and|&)\s|[;,]\s*(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\b", text[s:e]) else status
        row = _name_and_post_row(text, s, e, st)
        if row is not None:
            out.extend(row)
            continue
        flat = flatten(split_lines(text, s, e))  # a chunk may run over line breaks
        if flat.text and not NONE_RECEIVED.match(flat.text):
            out.extend(parse_list(flat, st))
    return out


_AS_GUEST = re.compile(r"\bat\s+the\s+invitation\s+of\b|\bas\s+(?:an?\s+)?(?:invited\s+)?guests?\b", re.IGNORECASE)


def _name_and_post_row(text: str, s: int, e: int, status: str) -> Optional[list[Attendee]]:
    """A table row "Councillor Jo Park<TAB>Deputy Leader and Cabinet Member for Finance, Housing
    and Planning": one person, the whole second cell the post (its commas and "and"s are the
    post's own), "(Chairman)" after it the chair."""
    chunk = text[s:e]
    cut = chunk.find("\t")
    if cut >= 0 and "\n" not in chunk.strip() and _post_cell(chunk[:cut].strip()) and _name_only(chunk[cut:].strip()):
        return _post_and_name_row(text, s, e, cut, status)
    if cut < 0 or "\n" in chunk.strip():
        return None
    org_only = not _post_cell(chunk[cut:].strip())
    if org_only and not _ORG_CELL.search(chunk[cut:]):
        return None
    flat = flatten(split_lines(text, s, s + cut))
    people = parse_list(flat, status) if flat.text.strip() else []
    if len(people) != 1 or people[0].name is None:
        return None
    person = people[0]
    post = chunk[cut:].strip()
    org_post = _ORG_THEN_POST.match(post)
    if org_post and _ORG_CELL.search(org_post.group("org")) and POST_HEAD.search(org_post.group("post")):
        # "Westby County Council – Cabinet Member for Housing": the organisation, then the post
        person.organisation = person.organisation or org_post.group("org").strip()
        post, org_only = org_post.group("post").strip(), False
    if org_only:  # "Councillor Jo Park<TAB>Westby Borough Council": whom the member comes from
        person.organisation = person.organisation or squash(post.replace("\t", " "))
        person.end = e
        return [person]
    if "\t" in post:  # "Name<TAB>Organisation<TAB>Post": the post is the cell with a post's head
        cells = [c.strip() for c in post.split("\t") if c.strip()]
        # ("Name<TAB>Post<TAB>Office of the Commissioner": a body's name holds a post's head too)
        held = next((c for c in cells if POST_HEAD.search(c) and post_first(c)), None) \
            or next((c for c in reversed(cells) if POST_HEAD.search(c)), None)
        if held:
            person.organisation = person.organisation or " ".join(c for c in cells if c is not held) or None
            post = held
    # "(Chairman)", "(in the chair)", "(Co-Chair - in the chair)"
    chair = re.search(r"\s*\((?:(?:" + CHAIR_WORDS + r")(?:\s+of\s+the\s+meeting)?|(?:[^()]{1,30}\s[-–,]\s*)?in\s+the\s+chair)\)\s*$",
                      post, re.IGNORECASE)
    if chair:
        post = post[: chair.start()].strip()
        person.status = "chair" if status == "present" else person.status
    if person.role and post and re.fullmatch(r"(?:vice[- ]?)?(?:" + CHAIR_WORDS + r")", person.role, re.IGNORECASE):
        # "Cllr Ann Ames (Vice-Chair)<TAB>Cabinet Member for X": the chair's mark and the post, both hers
        person.more_roles.append(person.role)
        person.role = post
    person.role = person.role or post or None
    person.end = e
    return [person]


_ORG_THEN_POST = re.compile(r"^(?P<org>[^\t\n]{3,80}?)\s+[–—-]\s+(?P<post>[^\t\n]{3,120})$")
# A cell naming an organisation ("Westby Borough Council", "London Borough of", "Healthwatch Westby")
_ORG_CELL = re.compile(r"\b(?:Council|Borough|Authority|Trust|NHS|Healthwatch|Board|Police|Constabulary|Service|"
                       r"Association|Action|University|College|Partnership|Group|Limited|Ltd|Committee|Commission|Panel|"
                       r"Forum|Agency|Department|Directorate|Homes|Housing)\b"
                       r"|\b[A-Z]{2,5}\b(?:\s*\([^()]*\))?\s*$")  # "Roads, Transportation and Infrastructure SPC"


def _post_and_name_row(text: str, s: int, e: int, cut: int, status: str) -> Optional[list[Attendee]]:
    """A row "Executive Director of Children's Services<TAB>Jo Ray": the post first."""
    name_at = s + cut + (len(text[s + cut:e]) - len(text[s + cut:e].lstrip()))
    people = parse_list(flatten(split_lines(text, name_at, e)), status)
    if len(people) != 1 or people[0].name is None:
        return None
    person = people[0]
    person.role = person.role or squash(text[s:s + cut]) or None
    person.start = s
    return [person]


def _name_only(cell: str) -> bool:
    """A cell that is one person's name and nothing else ("Jo Ray", "Cllr J. Ray")."""
    form = name_form(cell.strip())
    return form is not None and not POST_HEAD.search(cell) and len(cell.split()) <= 5


def _name_then_post(cell: str) -> bool:
    """"P. Coe – Treasurer": a person's name, a dash, their post."""
    parts = _NAME_DASH.split(cell, 1)
    lead = name_form(parts[0].strip()) if len(parts) == 2 else None
    return lead is not None and bool(lead.name)


def _post_cell(cell: str) -> bool:
    """A cell that is a post (however long), not a name: it holds a post's head word and does not
    start with a personal title."""
    title = TITLE.match(cell)
    named = title and not POST_HEAD.match(cell[title.end():].lstrip())  # "Deputy Leader" is a post
    holder = _HOLDER_AT_END.search(cell)  # "Clerk J Marsh": a post and its holder
    if not POST_HEAD.search(cell) or named or holder or len(cell.split()) > 16 or _name_then_post(cell):
        return False
    form = name_form(cell.strip())  # "P. Ames-Bell (Vice-Chair)": a name first, its post after
    return form is None or not form.name or form.inner_name


_HOLDER_AT_END = re.compile(r"\b(?:[A-Z]\.?\s+){1,2}[A-Z][a-z'’-]+\s*$|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z]")


@dataclass
class _Atom:
    i: int  # in the flat text
    j: int
    text: str


_TIME_NOTE = re.compile(
    r"\s+(?:until|till|from|after|before)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs)(?!\w)"
    r"|\s+(?:left|arrived|joined)(?:\s+(?:the\s+meeting\s+)?at)?\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|hrs)?(?!\w)"
    r"|\s+presiding\b"  # "Cathaoirleach: Cllr X presiding."
    # "Jo Park (Flood Risk Manager) for minute 36", "... for items 4 and 5 only", "... - minute 35/25"
    r"|\s+(?:(?:for|during)|[-–—])\s+(?:minutes?|items?)\s+\d[\w./-]*(?:\s*(?:,|and|&|to|-)\s*\d[\w./-]*)*(?:\s+only)?"
    # "Officers: A (Post) and B (Post) were also in attendance.": the label said so already
    r"|\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)\W*$", re.IGNORECASE)


# "... (Deputy Clerk). Members of the public: 3. Press: 0.": the count of the public ends the list
_PUBLIC_NOTE = re.compile(r"(?<=[)\w])\.\s+(?:members\s+of\s+the\s+)?(?:public|press)\b.*$", re.IGNORECASE | re.DOTALL)
_BILINGUAL = re.compile(r"\b(?:" + WELSH_WORDS + r")\s?/\s?(?=(?:Councillors?|Cllrs?|Chair|Vice-Chair|Mayor|Deputy|Member|Officer)\b)")


def _without_asides(flat: Flat) -> Flat:
    """A list with its asides blanked (same length: the offsets stand): when someone came or left
    ("... until 8.40pm"), a Welsh paper's Welsh before its English ("Y Cynghorydd / Councillor"),
    the count of the public at its end."""
    def blank(m: re.Match) -> str:
        return " " * len(m.group())
    text = _PUBLIC_NOTE.sub(blank, _BILINGUAL.sub(blank, _TIME_NOTE.sub(blank, flat.text)))
    text = _NAME_MARK.sub(blank, text)  # "Kim Gale*<TAB>Chair": the key's mark on a name
    return Flat(_ADDRESS.sub(blank, text), flat.offsets)


# "Clerk: Mrs A Bell, 4 Orchard Rise, Ashby, Westshire AB7 3QD": a letterhead's address ends the
# line at its house number (or at a telephone or e-mail)
_ADDRESS = re.compile(
    r",\s*\d{1,4}[A-Za-z]?,?\s+(?!(?:parish|town|district|county|members|councillors|residents|local|other|people|electors|parishioners)\b)(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+)"
    r"(?:,\s*(?-i:[A-Z][a-z][A-Za-z'’-]*)(?:\s+(?-i:[A-Z][a-z][A-Za-z'’-]*))?){0,3}"  # town, county
    r"(?:\s+(?-i:[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}))?"  # postcode
    r"|,?\s+(?:tel|telephone|phone)\s*[:.]?\s*[\d+(][\d()+-]*(?:\s[\d()+-]+)*|,?\s+(?:e-?mail\s*[:.]?\s*)?\S+@\S+"
    # "..., Mill House, Westby, Avonshire AB7 3QD": a house's name, a town and a postcode
    r"|,\s*(?=(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?(?-i:" + PLACE_NOUNS + r")\b|(?-i:Tŷ|Bwthyn|Fferm|Plas)\s)"
    r"(?:,?\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}){1,4}\s+(?-i:[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2})\b",
    re.IGNORECASE)


def parse_list(flat: Flat, status: str) -> list[Attendee]:
    """The attendees of one list (a flattened chunk), each with its status.

    >>> from govgraph.loaders.lines import flatten, split_lines
    >>> def names(s, st="present"):
    ...     return [(a.name, a.role, a.status) for a in parse_list(flatten(split_lines(s)), st)]
    >>> names("Councillors Ames (Chair), Bell and C. Cole")
    [('Ames', 'Chair', 'chair'), ('Bell', None, 'present'), ('C. Cole', None, 'present')]
    >>> names("Jo Park, Head of Audit, and Lee Ray, Finance Manager", "in_attendance")
    [('Jo Park', 'Head of Audit', 'in_attendance'), ('Lee Ray', 'Finance Manager', 'in_attendance')]
    >>> names("Director of Housing (Mr. P. Hale), Meetings Administrator (Ms. L. Finch)", "in_attendance")
    [('P. Hale', 'Director of Housing', 'in_attendance'), ('L. Finch', 'Meetings Administrator', 'in_attendance')]
    >>> names("Cllrs Pryor (in the chair), Dent, County Cllr Lowe & the Clerk.")
    [('Pryor', None, 'chair'), ('Dent', None, 'present'), ('Lowe', 'County Cllr', 'present'), (None, 'Clerk', 'present')]
    >>> names("- Jo Park – Head of Legal and Democratic Services", "in_attendance")  # one bullet line
    [('Jo Park', 'Head of Legal and Democratic Services', 'in_attendance')]
    >>> names("Jo Park - Clerk and Lee Ray - RFO", "in_attendance")
    [('Jo Park', 'Clerk', 'in_attendance'), ('Lee Ray', 'RFO', 'in_attendance')]
    >>> names("Ann Bell - Clerk and Responsible Financial Officer; Cllr Tom Dyer", "in_attendance")
    [('Ann Bell', 'Clerk and Responsible Financial Officer', 'in_attendance'), ('Tom Dyer', None, 'in_attendance')]
    """
    flat = _without_asides(Flat(names_cased(flat.text), flat.offsets))
    if _posts_with_names(flat.text):
        return _post_name_list(flat, status)
    atoms = _atoms(flat)
    out: list[Attendee] = []
    pending: list[_Atom] = []
    title_carry: Optional[str] = None
    group_role: Optional[str] = None  # "Religious Representatives: Rev Dr A, Mr B": their post
    membership: Optional[str] = None
    couple_ends = -1
    for k, atom in enumerate(atoms):
        if k <= couple_ends:
            continue
        couple = _couple(flat, atom, atoms[k + 1] if k + 1 < len(atoms) else None, status)
        if couple:  # "Mr & Mrs Pell": Mr Pell and Mrs Pell, two atoms read as one
            _settle(flat, pending, out, status)  # (a post waiting before them is the last person's)
            pending = []
            out.extend(couple)
            couple_ends = k + 1
            continue
        if _COURTESY.fullmatch(atom.text.strip(" .")):
            continue  # a title standing alone ("Dr and Mrs Hart": Dr Hart's, not told apart) names no one
        group = _GROUP_LABEL.match(atom.text)
        if group:
            group_role = re.sub(r"s$", "", group.group("label"))
            atom = _Atom(atom.i + group.end(), atom.j, atom.text[group.end():])
        form = name_form(atom.text)
        if form is None or (pending and out and not title_carry and POST_HEAD.search(pending[0].text) and _post_goes_on(form)
                            and not _after_semicolon(flat, atom)):
            # "Ms X, Director of Services, Roads, Transportation and Climate Action": the post's own
            # list (a ";" ends a person's entry: "X, Chief Officer - Housing; Eilidh Brodie, ...")
            pending.append(atom)
            continue
        if pending and (not out or _after_semicolon(flat, pending[0]) and form.title) and not form.inner_name \
                and _post_before_name(flat, pending):
            # "Príomh Chomhairleoir, Councillor D. McKenna": the post, then its holder (first in
            # the list, or first of a ";" group: "...; the Deputy Mayor, Councillor X; ...")
            role = squash(flat.text[pending[0].i: pending[-1].j]).strip(" ,;")
            pending = []
            out.append(_attendee(flat, atom, form, status, role, title_carry))
            continue
        if form.inner_name:  # "Director of Housing (Mr. P. Hale)": the post, then the person
            role_start = pending[0].i if pending else atom.i
            role = squash(flat.text[role_start: atom.i + form.paren_at]).strip(" ,;")
            pending = []
            out.append(_attendee(flat, atom, form, status, role or None, title_carry))
            continue
        _settle(flat, pending, out, status)
        pending = []
        if form.title and form.plural_title:
            title_carry = form.title
            # "Co-opted Members Mr A and Ms B": the membership goes on past B's own title
            membership = _membership_of(form.title)
        elif form.title and not (title_carry and _COURTESY.fullmatch(form.title) and not form.role
                                 and not _after_semicolon(flat, atom)):
            # ("Councillors A, Mrs B and C": B, addressed as Mrs, is one of the councillors still)
            title_carry = None if not form.tier else title_carry
        out.append(_attendee(flat, atom, form, status, (group_role or membership) if not form.role else None, title_carry))
    _settle(flat, pending, out, status)
    return _one_chair(out) if status == "chair" else out


# A role cell that opens with the chair, then the person's other posts ("Chair; Portfolio Holder for X")
_CHAIR_FIRST = re.compile(r"(?:" + CHAIR_WORDS + r")\s*;", re.IGNORECASE)
_COURTESY = re.compile(r"(?:mr|mrs|ms|miss|mx|dr)\.?", re.IGNORECASE)


def _couple(flat: Flat, atom: _Atom, nxt: Optional[_Atom], status: str) -> list[Attendee]:
    """A title standing alone before a titled surname is a couple's first ("Mr & Mrs Pell", "Mrs
    and Mr Hart"): two people of one surname, told apart by their titles."""
    first_gender = GENDERED_TITLES.get(atom.text.strip(" .").lower())
    joined = nxt is not None and re.fullmatch(r"\s*(?:&|and)\s*", flat.text[atom.j:nxt.i], re.IGNORECASE)
    if not first_gender or not joined:
        return []
    form = name_form(nxt.text)
    if form is None or not form.name or not form.title or form.role or " " in form.name \
            or GENDERED_TITLES.get(form.title.strip(" .").lower()) in (None, first_gender):
        return []  # (a man and a woman by their titles: "Dr and Mrs Hart" could be one Dr Hart, written twice)
    first = atom.text.strip(" ")
    s, e = flat.span(atom.i, atom.j)
    ns, ne = flat.span(nxt.i, nxt.j)
    return [Attendee(form.name, squash(flat.text[atom.i:nxt.j]), status, s, ne, title=first, organisation=form.organisation, couple=True),
            Attendee(form.name, squash(nxt.text), status, ns, ne, title=form.title, organisation=form.organisation, couple=True)]


def _post_goes_on(form) -> bool:
    """After a name and the start of its post, words with no title, initials or given name carry
    the post on; they name no one."""
    words = form.name.split() if form.name else []
    return bool(words) and not form.title and not form.inner_name and "." not in form.name \
        and words[0] not in given_names()


# A group within a list, labelled: "Religious Representatives: ...", "Co-opted Members: ...".
_GROUP_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}?\s+(?:Representatives|Members|Advisers|Advisors|Officers))\s*:\s*")


def _one_chair(out: list[Attendee]) -> list[Attendee]:
    """A chair section names one person: untitled words before a titled name are its post
    ("Príomh Chomhairleoir, Councillor D. McKenna")."""
    titled = [a for a in out if a.title]
    if len(out) < 2 or len(titled) != 1:
        return out
    chair = titled[0]
    before = [a for a in out if a is not chair and a.start < chair.start and not a.title]
    if before and chair.role is None:
        chair.role = " ".join(a.written for a in before)
    return [a for a in out if a is chair or a not in before]


_NAME_IN_BRACKETS = re.compile(r"\((?P<n>(?:(?:" + TITLE.pattern + r")\s*)?(?:[A-Z]\.\s?){1,3}\s?[A-Z][\w'’-]+|(?:" + TITLE.pattern + r")\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\)")


def _posts_with_names(text: str) -> bool:
    """A list of posts, each with its holder in brackets: "Director General (P. Hale), Director,
    Housing (Ms. C. Royle), ..." (posts may hold commas, so the brackets mark the entries)."""
    return len(_NAME_IN_BRACKETS.findall(text)) >= 2


def _post_name_list(flat: Flat, status: str) -> list[Attendee]:
    out, pos = [], 0
    for m in _NAME_IN_BRACKETS.finditer(flat.text):
        post = squash(flat.text[pos:m.start()]).strip(" ,;.")
        post = re.sub(r"^(?:and|&)\s+", "", post)
        form = name_form(m.group("n"))
        if form and form.name:
            s, e = flat.span(m.start("n"), m.end("n"))
            out.append(Attendee(form.name, squash(flat.text[pos:m.end()]).strip(" ,;."), status, s, e,
                                title=form.title, role=post or None))
        pos = m.end()
    return out


def _settle(flat: Flat, pending: list[_Atom], out: list[Attendee], status: str) -> None:
    """Atoms that are not names: the post of the name before them ("Name, Post"), or posts
    standing as attendees ("the Clerk")."""
    if not pending:
        return
    text = squash(flat.text[pending[0].i: pending[-1].j]).strip(" ,;.")
    if out and out[-1].name and re.fullmatch(r"(?:in\s+the\s+chair|presiding|chairing)", text, re.IGNORECASE):
        out[-1].status = "chair" if out[-1].status == "present" else out[-1].status  # "X (Leader) - in the Chair"
        return
    # "Name, Post" (a post right after a name is theirs; "the Clerk" is an attendee of its own)
    bare_post = MEETING_POSTS.match(text) and not re.match(r"^the\s", text, re.IGNORECASE)
    # a tier's title stands as the role until a post follows ("County Councillor Jo Ray - Cabinet Member for X")
    unposted = out and (out[-1].role is None or TIER_TITLE.fullmatch(out[-1].role))
    if unposted and out[-1].name and (bare_post or (not MEETING_POSTS.match(text) and _post_like(text))):
        last = out[-1]
        last.role = text
        last.end = flat.span(pending[-1].i, pending[-1].j)[1]
        if re.search(r"\b(?:" + CHAIR_WORDS + r")\b", text, re.IGNORECASE) and last.status == "present" and not re.search(r"vice|deputy", text, re.IGNORECASE):
            last.status = "chair"
        return
    for atom in pending:
        core = re.sub(r"^(?:the|our)\s+", "", atom.text.strip(" .,;"), flags=re.IGNORECASE)
        if re.match(r"(?:appointed|nominated|elected|co-opted)\s+by\b|representing\b", core, re.IGNORECASE):
            continue  # "Appointed by the Secretary of State": a group's heading, no one
        if MEETING_POSTS.match(core) or (POST_HEAD.search(core) and len(core.split()) <= 8):
            s, e = flat.span(atom.i, atom.j)
            held = _post_then_holder(core)
            if held:  # "Clerk J Marsh", "Parish Clerk Mrs A. Bell": a post and its holder, one cell
                post, form = held
                out.append(Attendee(form.name, atom.text.strip(" .,;"), status, s, e, title=form.title, role=post))
                continue
            chair = status == "present" and re.fullmatch(r"(?:" + CHAIR_WORDS + r")", core, re.IGNORECASE)
            out.append(Attendee(None, atom.text.strip(" .,;"), "chair" if chair else status, s, e, role=core))


def _post_then_holder(text: str) -> Optional[tuple[str, object]]:
    """(post, holder's name form) of an entry that gives the post first and its holder after,
    with no bracket or comma between ("Clerk J Marsh", "Clerk to the Council Mrs A. Bell"): the
    shortest opening that is a post, followed by a name with a title, initials or a given name."""
    # what follows the holder: the post they hold in brackets, or when they came ("Area Manager L.
    # Hale (Head of Assurance)", "Chief Fire Officer S. Kaye attended for minutes 20 and 21")
    after = _AFTER_HOLDER.search(text)
    held = after.group("post") if after and after.group("post") and is_post(after.group("post")) else None
    words = (text[: after.start()] if after else text).split()
    for k in range(1, min(len(words) - 1, 6) + 1):
        post, rest = " ".join(words[:k]), " ".join(words[k:])
        if not (MEETING_POSTS.match(post) or is_post(post)) or POST_HEAD.search(rest):
            continue
        form = name_form(rest)
        if form and form.name and len(rest.split()) <= 4 and (
                form.title or re.match(r"(?:[A-Z]\.?\s+){1,3}[A-Z]", rest) or words[k] in given_names()):
            return held or post, form
    return None


_AFTER_HOLDER = re.compile(r"\s*\((?P<post>[^()]{3,80})\)\s*$|\s+(?:attended|joined|left|arrived)\b.*$", re.DOTALL)


def _post_before_name(flat: Flat, pending: list[_Atom]) -> bool:
    text = squash(flat.text[pending[0].i: pending[-1].j]).strip(" ,;")
    return 0 < len(text.split()) <= 6 and not re.search(r"\d", text)


def _after_semicolon(flat: Flat, atom: _Atom) -> bool:
    """The atom opens an entry after a ";" (or "; and")."""
    return bool(re.search(r";\s*(?:and\s+)?$", flat.text[max(0, atom.i - 8): atom.i]))


def _post_like(text: str) -> bool:
    return bool(POST_WORD.search(text)) or bool(re.search(r"\b(?:council|police|garda|service|team|department)\b", text, re.IGNORECASE))


def _attendee(flat: Flat, atom: _Atom, form, status: str, role: Optional[str], carried: Optional[str]) -> Attendee:
    s, e = flat.span(atom.i, atom.j)
    st = status
    if (form.chair or form.role and _PRESIDING_POST.match(form.role)) and status == "present":
        st = "chair"  # "(Chairman)", "(Chairman of the Council)": who presides
    if status == "chair" and not form.chair and role is None:
        st = "chair"
    title = form.title or carried
    if form.title and carried and not form.role and re.match(r"(?:councillors?|cllrs?)\b", carried, re.IGNORECASE) \
            and not re.match(r"(?:councillors?|cllrs?)\b", form.title, re.IGNORECASE):
        title = f"{carried} {form.title}"  # "Councillors A, Mrs B and C": B is a councillor addressed as Mrs
    written = atom.text.strip(" .,;")
    aliases = list(form.aliases)
    bare = re.sub(r"^(?:independent\s+)?co-?opted\s+members?\s+", "", written, flags=re.IGNORECASE)
    if bare != written:
        aliases.append(bare)  # "Co-opted Member Ms. J. Pryce" is also written "Ms. J. Pryce"
    return Attendee(
        form.name, written, st, s, e, title=title,
        role=role or form.role or _membership_of(form.title) or _membership_of(carried), organisation=form.organisation,
        aliases=aliases,
    )


_PRESIDING_POST = re.compile(r"(?:the\s+)?(?:chair(?:man|woman|person)?|convenor|convener|cathaoirleach)\s+of\s+the\s+"
                             r"(?:council|meeting|committee|board|panel|authority)$", re.IGNORECASE)


def _membership_of(title: Optional[str]) -> Optional[str]:
    """"Co-opted Member Mrs X", "Independent Co-opted Members Mr A and Ms B": the kind of membership
    written before the name is the member's post, as annotators of the genre read it."""
    if title and re.search(r"\bco-?opted\s+members?\b", title, re.IGNORECASE):
        return re.sub(r"(?i)members$", "Member", " ".join(title.split()))
    return None


# Where one entry of a list ends: "and", "&", a closing bracket before a capital, a title after a
# name ("Cllr A Smith Cllr B Jones"; not "County Cllr" or "Town Councillor").
_ATOM_BREAK = re.compile(
    # "A and B, and from the Revd C"; "A, B and" where a table's row wrapped the list ("and" / "C<TAB>Clerk D")
    r"\s+(?i:and|&)(?:\s+(?i:from\s+)?|\s*$)|\s*&\s*|(?<=\))\s+(?=[A-Z])"
    r"|(?<=[a-z])(?<!\bCounty)(?<!\bDistrict)(?<!\bBorough)(?<!\bTown)(?<!\bParish)(?<!\bCity)(?<!\bCommunity)(?<!\bWard)"
    r"(?<!\bReverend)(?<!\bRev)(?<!\bRevd)(?<!\bProfessor)(?<!\bProf)"  # "Reverend Dr A Hislop" is one
    r"(?<!\bMember)(?<!\bMembers)"  # "Co-opted Member Mrs S. Farr": a title before the title
    r"\s+(?=(?:Cllrs?|Councillors?|Aldermen|Alderman|Mr|Mrs|Ms|Dr)\.?\s+[A-Z])"  # "... N Quigley / Councillors L Agnew"
)


_BULLET = re.compile(r"^\s*[-•*▪◦]\s+")
_NAME_DASH = re.compile(r"\s+[–—-]\s+")
_NEXT_PERSON = re.compile(r"\s+(?:and|&)\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+[–—-]\s)"
                          # a vertical list flattened: "... - in the Chair Councillor Bob Bell (...)"
                          r"|(?<=\b(?i:chair))\s+(?=(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s)")


def _atoms(flat: Flat) -> list[_Atom]:
    """The list split on ";", ",", "and" and "&" outside parentheses, and after a closing bracket
    that a new name follows without a comma ("Ann Lee (Engineer) Jo Park (Officer)")."""
    out: list[_Atom] = []
    for i, j in split_top(flat.text, ";,"):
        bullet = _BULLET.match(flat.text, i, j)
        out.extend(_piece_atoms(flat.text, bullet.end() if bullet else i, j))
    return [a for a in out if not re.fullmatch(r"\W*", a.text)]


def _piece_atoms(text: str, i: int, j: int) -> list[_Atom]:
    """The atoms of one comma-free piece ``text[i:j]``."""
    piece = text[i:j]
    dash = _NAME_DASH.search(piece)
    if dash and name_form(piece[:dash.start()].strip()):
        # "Kathryn Boyes – Strategic Director of Finance and Resources": the name, then its post
        # whole (its "and" joins words of the post, not two people), up to an "and" that a titled
        # name or a "Name –" follows ("Ann Ames - Chair and Cllr Bob Bell")
        lead = len(piece) - len(piece.lstrip())
        out = [_Atom(i + lead, i + dash.start(), piece[lead:dash.start()])]
        nxt = _NEXT_PERSON.search(piece, dash.end())
        a, b = i + dash.end(), i + (nxt.start() if nxt else len(piece.rstrip(" .:")))
        if b > a:
            out.append(_Atom(a, b, text[a:b]))
        return out + (_piece_atoms(text, i + nxt.end(), j) if nxt else [])
    # "Roads and Infrastructure Manager" after a name's comma: one post, its "and" joins no two people
    core = piece.strip(" .:")
    left = re.split(r"\s+(?:and|&)\s+", core, maxsplit=1)[0]
    if _ONE_POST_WITH_AND.fullmatch(core) and is_post(core) and left not in given_names() and not POST_HEAD.fullmatch(left) \
            and not TITLE.match(left):
        lead = len(piece) - len(piece.lstrip(" .:"))
        return [_Atom(i + lead, i + len(piece.rstrip(" .:")), piece.strip(" .:"))]
    out = []
    pos = 0
    for m in list(_ATOM_BREAK.finditer(piece)) + [None]:
        stop = m.start() if m else len(piece)
        if m and piece.count("(", 0, m.start()) > piece.count(")", 0, m.start()):
            continue
        seg = piece[pos:stop]
        if seg.strip(" .:"):
            lead = len(seg) - len(seg.lstrip(" .:"))
            a, b = i + pos + lead, i + pos + len(seg.rstrip(" .:"))
            out.append(_Atom(a, b, text[a:b]))
        if m:
            pos = m.end()
    return out


def _dedupe(people: list[Attendee]) -> list[Attendee]:
    seen: set[tuple[str, str]] = set()
    out = []
    for a in people:
        key = (a.label.lower(), a.status)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


# ---------------------------------------------------------------- prose

APOLOGIES_PROSE = re.compile(
    r"\b(?:apologies|apology\s+for\s+absence)\b[^.]{0,80}?\b(?:were|was|had\s+been|have\s+been|are)?\s*(?:received|submitted|given|tendered|noted|sent|offered|intimated)\s+"
    r"(?:and\s+(?:accepted|noted|approved)\s+)?"
    r"(?:(?:in\s+advance\s+|for\s+[^.]{0,60}?\s+)?(?:from|by|on\s+behalf\s+of)\s+)(?P<list>(?:\b(?:Mrs|Mr|Ms|Dr|Cllrs?|Prof|St|[A-Z])\.|[^.])+)",
    re.IGNORECASE,
)
SENT_APOLOGIES = re.compile(
    r"(?P<list>(?:(?:" + TITLE.pattern + r")\s+)?[A-Z][^.;:]{1,120}?)\s+(?:had\s+)?(?:sent|tendered|gave|offered)\s+(?:their|his|her)?\s*apologies",
)


PRESIDED = re.compile(
    # (after a full stop, a semicolon or a line break: "...; the Chair, Councillor X, presided")
    r"(?:^|(?<=[.;\n]))\s*(?:[Tt]he\s+(?P<post>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+)?(?P<who>(?:(?:" + TITLE.pattern + r")\s+)?"
    r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?:\s*\((?i:chair(?:man|woman|person)?|convenor|convener)\))?,?\s+(?:presided|(?:was\s+)?in\s+the\s+(?i:chair)(?!['’])|took\s+the\s+(?i:chair)|chaired\s+the\s+meeting)\b"
    # "The Meeting was Chaired by Trevor Lomax."
    r"|\b(?i:the\s+meeting\s+was\s+chaired\s+by)\s+(?P<who2>(?:(?:" + TITLE.pattern + r")\s+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})",
)


def chair_in_prose(text: str, start: int, end: int) -> list[Attendee]:
    """A chair named in a sentence: "The Cathaoirleach, Cllr. Tom Lyons presided.", "X took the chair"."""
    out = []
    for m in PRESIDED.finditer(text, start, end):
        group = "who" if m.group("who") else "who2"
        who = m.group(group)
        if re.fullmatch(r"[A-Z]{2,3}", who):  # "RW chaired the meeting": the initials a list gave a name
            who = initials_given(text[start:end]).get(who, who)
        form = name_form(who)
        if form and form.name:
            s, e = m.start(group), m.end(group)
            # "The Cathaoirleach, Cllr X, presided": the post as the paper names it
            out.append(Attendee(form.name, m.group(group), "chair", s, e, title=form.title, role=form.role or m.group("post")))
    return out


_ASIDE_CLAUSE = re.compile(r"\s+(?:who|for\s+the|because|due\s+to|as\s+(?:they|he|she))\b[^,;]*", re.IGNORECASE)


# "Councillors A, B (Vice-Chair) and C were present; ...", "Cllrs A and B were also present."
# (a sentence's start: after a full stop, a semicolon or a blank line, not a wrapped line)
PRESENT_PROSE = re.compile(
    # ("... members of the public. District Councillor X was also in attendance.": a tier before the title)
    r"(?:^|(?<=[.;]\s)|(?<=\n\n)|(?<=presided\sand\s))\s*(?P<list>(?:" + TIER_PREFIX + r"\s+)?(?:(?:The\s+following\s+)?(?:Councillors|Cllrs\.?|Members)\s+|(?:" + TITLE.pattern + r")\.?\s+)[A-Z]"
    r"(?:(?!\b(?:who|were|was|presided|absent|reported|said)\b|\n[ \t]*\n)[^.;:]){2,600}?)"
    r"\s+(?:were|was)\s+(?P<also>also\s+)?(?P<how>present|in\s+attendance)\b(?!\s+(?:for|during)\s+(?:item|minute)s?\b)")


# "Also present were County Councillor A, PCSO B of the Police and four members of the public."
# (the list runs to a sentence's end: a full stop not after an initial or a title's abbreviation; the
# sentence may open a line)
_ABBREVIATION_DOT = (r"(?:(?<=\b(?-i:[A-Z]))|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSgt)|(?<=\bCllr)|(?<=\bRev)"
                     r"|(?<=\bProf)|(?<=\bSt))\.")
ALSO_PRESENT_PROSE = re.compile(
    r"(?:^|(?<=[.;]\s))\s*(?:also|others?)\s+(?:present|in\s+attendance|attending)\s+(?:were|was)\s*:?\s+"
    r"(?P<list>(?-i:[A-Z])(?:[^.;\n]|\n(?![ \t]*\n)|" + _ABBREVIATION_DOT + r")*?)(?=(?!" + _ABBREVIATION_DOT + r")[.;]|\n[ \t]*\n|\Z)",
    re.IGNORECASE | re.MULTILINE)


# "Councillor X, Cabinet Member for Y, attended for minutes 34 and 35": someone who is no member
# came for some business (in attendance); "X attended as a substitute for Y" sat as a member.
ATTENDED_PROSE = re.compile(
    r"(?:^|(?<=[.;]\s)|(?<=\n\n))\s*(?P<list>(?:" + TITLE.pattern + r")\.?\s+[A-Z](?:(?!\bwho\b)[^.;:]){2,200}?)"
    r"\s+(?:also\s+)?attended\b(?P<sub>\s+as\s+(?:a\s+)?substitute)?"
    r"(?=\s+(?:for|during|as|remotely|virtually|online|via|in\s+person)\b|\s+the\s+meeting\b|\s*[.,;]|\s*$)")


def present_in_prose(text: str, start: int, end: int) -> list[Attendee]:
    """Members a sentence says were present ("Councillors A, B (Vice-Chair) and C were present");
    "were also present" gives those in attendance, as does "X, Post, attended for minute 4"."""
    out = []
    for m in PRESENT_PROSE.finditer(text, start, end):
        flat = flatten(split_lines(text, m.start("list"), m.end("list")))
        out.extend(parse_list(flat, "in_attendance" if m.group("also") or m.group("how") != "present" else "present"))
    for m in ALSO_PRESENT_PROSE.finditer(text, start, end):
        out.extend(parse_list(flatten(split_lines(text, m.start("list"), m.end("list"))), "in_attendance"))
    for m in ATTENDED_PROSE.finditer(text, start, end):
        flat = flatten(split_lines(text, m.start("list"), m.end("list")))
        out.extend(parse_list(flat, "present" if m.group("sub") else "in_attendance"))
    return _dedupe(out)


def apologies_in_prose(text: str, start: int, end: int) -> list[Attendee]:
    """"Apologies for absence were received from Councillor A and B.", "Cllr X sent apologies"."""
    out = []
    chunk = text[start:end]
    for rx in (APOLOGIES_PROSE, SENT_APOLOGIES):
        for m in rx.finditer(chunk):
            s, e = start + m.start("list"), start + m.end("list")
            lst = text[s:e]
            # a clause about one of them ("..., who was substituted by Cllr B, and from Cllr C")
            # ends at the next comma: the list goes on after it
            flat = flatten(split_lines(text, s, e))
            flat = Flat(_ASIDE_CLAUSE.sub(lambda c: " " * len(c.group()), flat.text), flat.offsets)
            out.extend(parse_list(flat, "apologies"))
    return _dedupe(out)


_NAME_AND_INITIALS = re.compile(r"\b([A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*(?:\(|\t)[ \t]*([A-Z]{2,3})\b")


def initials_given(text: str) -> dict[str, str]:
    """Initials a list gives its people ("Mia Cole (KBC)<TAB>MC", "Dan Howe (DH)"), kept
    when the letters are the name's own: initials -> name."""
    found: dict[str, str] = {}
    for m in _NAME_AND_INITIALS.finditer(text):
        name, code = m.group(1), m.group(2)
        words = name.split()
        if code[0] == words[0][0] and code[-1] == words[-1][0]:
            found.setdefault(code, name)
    # a table whose last column gives the initials ("Name<TAB>Role<TAB>Organisation<TAB>LB (item 4)")
    for m in _ROW_WITH_INITIALS.finditer(text):
        form = name_form(m.group("first"))
        code = m.group("code")
        if form and form.name and " " in form.name:
            words = form.name.replace(".", " ").split()
            if code[0] == words[0][0] and code[-1] == words[-1][0]:
                found.setdefault(code, form.name)
    return found


_ROW_WITH_INITIALS = re.compile(r"^[ \t]*(?P<first>[^\t\n]{3,60})\t[^\n]*\t[ \t]*(?P<code>[A-Z]{2,3})\b[^\t\n]{0,20}$", re.MULTILINE)
