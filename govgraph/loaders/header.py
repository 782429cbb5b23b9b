"""The meeting a part of a file records or is addressed to: body, date and venue.

Committee papers state their meeting in a few ways, whatever the council:

- a formula, often in capitals and wrapped over lines: "MINUTES of a meeting of the Cabinet held in
  the Council Chamber, County Hall on Thursday, 25 January 2024"; "Minutes of the Meeting of X
  held on 2nd June, 2016 at 10:30am in the Council Chamber"; "You are requested to attend a
  Meeting of X to be held at V, on Wednesday, 3 September, 2014"; "... of the above Council", the
  body then being the heading above;
- heading lines: the body's name, then a date line, then a venue line;
- labelled fields: "Date: 21st April 2015", "Venue: ...", "Meeting: Cabinet".

The header lines are read as one flattened string (:func:`lines.flatten`), so a formula wrapped
over two lines, or broken by a blank line, reads as one sentence. Dates that are not the
meeting's (a letter's date, "the next meeting", "published on") are passed over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from govgraph.loaders.dates import DateMention, find_dates
from govgraph.loaders.lines import Flat, Line, flatten, is_upper_heading, squash, title_case
from govgraph.loaders.vocab import ATTENDANCE_LABEL, COUNCIL_LEVEL, MEETING_BODY_HEAD

__all__ = ["MeetingHeader", "read_meeting", "body_name", "heading_body"]


@dataclass
class MeetingHeader:
    body: Optional[str] = None
    body_span: Optional[tuple[int, int]] = None
    date: Optional[str] = None
    date_span: Optional[tuple[int, int]] = None
    venue: Optional[str] = None

    @property
    def span(self) -> Optional[tuple[int, int]]:
        """The document span that states the meeting (from its body to its date)."""
        spans = [s for s in (self.body_span, self.date_span) if s]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None


# "meeting of [the] BODY" up to the words that end a body's name in the formula.
_BODY_END = (
    r"(?=\s+(?:held|convened|which\s+(?:was|is|will\s+be)\s+held|taking\s+place|to\s+be\s+held|will\s+be\s+held|"
    r"on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the\s+\d|\d)|at\s+(?:\d|the\s)|in\s+the\s|via\s|"
    r"commencing|starting|subject\s+to|remotely|virtually|online)|\s*[,.(;:]|\s+[-–]\s|$)"
)
_MEETING_OF = re.compile(
    r"\bmeeting\s+of\s+(?:the\s+)?(?P<body>[^,.;:()]{3,140}?)" + _BODY_END
    # "Minutes of the Board of Trustees meeting held on ..."
    + r"|\b(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+)?(?P<body2>(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:of|and|for|&)\s+)?){1,8}?)"
    r"(?-i:meeting|Meeting|MEETING|session|Session|SESSION)\s+(?:held|on|which)\b",
    re.IGNORECASE,
)
# "Minutes of Glenard Community Council, 12th May 2031": the title names the body itself
_TITLE_OF_BODY = re.compile(
    r"(?:^|(?<=\s))\W{0,3}(?-i:Minutes|MINUTES|Notes|NOTES|Record|RECORD)\s+of\s+(?:the\s+)?"
    r"(?P<body3>(?:(?-i:[A-Z])[\w'’&-]*\s+(?:(?:of|and|for|&)\s+)?){0,8}?(?-i:[A-Z])[\w'’&-]*)"
    r"(?=\s*[,(–]|\s+-\s|\s+(?:held|on|at)\b)",
    re.IGNORECASE,
)
# A body named only by its kind in the formula ("the Full Council", "the Council"): the heading
# above says which.
_GENERIC_BODY = re.compile(
    r"^(?:(?:full|main|ordinary|annual|special|extraordinary|monthly|parish|town|community|county|district|borough|city)\s+)*"
    r"(?P<head>council|committee|board|assembly)$", re.IGNORECASE)
# What introduces the meeting's own statement (so "the minutes of the meeting of X held on" in an
# item is not taken for the header): a minutes title, a summons, a notice.
_STATEMENT = re.compile(
    r"\b(?:minutes?|notes|record|proceedings|summoned|requested|invited|required|notice|attend|convened)\b",
    re.IGNORECASE,
)
_ABOVE = re.compile(r"^(?:above|said|aforementioned)\s+(?P<head>\w+)$", re.IGNORECASE)
_HELD_AT = re.compile(
    r"\bheld\s+(?:(?:in|at)\s+(?:the\s+)?(?P<v1>[^;]{3,160}?)(?=,?\s+on\s+(?:\w+day|\d|the\s+\d))"
    r"|on\s+[^;]{4,60}?\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:in|at)\s+(?:the\s+)?(?P<v2>[^;]{3,160}?)(?=\.\s|\.?$|;))",
    re.IGNORECASE,
)
_FIELD = re.compile(
    r"(?:^|\s)(?P<label>date(?:\s+(?:held|of\s+(?:the\s+)?meeting))?|venue|location|place|time|meeting(?:\s+name)?|"
    r"committee|body)\s*(?::|\t)\s*",
    re.IGNORECASE,
)
# Dates that are not the meeting's own.
_NOT_MEETING_DATE = re.compile(
    r"\b(?:next|future|following|previous|last)\s+meeting|\bpublished|\bissued|\bdispatched|\bdespatched|\bprinted|"
    r"\bcirculated|\bpublication|\bupdated|\bdated\b|\bsigned|\bdeadline|\bby\s*$",
    re.IGNORECASE,
)
_SHORT_LINE_WORDS = 14


def read_meeting(lines: list[Line], above: list[Line] = ()) -> MeetingHeader:
    """The meeting stated by a part's header ``lines``; ``above`` are the heading lines before
    the part's first line (for "a meeting of the above Council")."""
    header = MeetingHeader()
    flat = flatten([ln for ln in lines if ln.stripped])
    statement = _statement(flat)
    if statement:
        _from_statement(header, flat, statement, list(above) + list(lines))
    _from_fields(header, flat)
    if header.body is not None and not statement:
        _fuller_heading(header, list(lines))
    if header.body is None:
        _from_headings(header, list(lines))
    if header.body is None:
        _from_headings(header, list(above))
    if header.date is None:
        _from_dates(header, lines)
    return header


def _statement(flat: Flat) -> Optional[re.Match]:
    for m in _MEETING_OF.finditer(flat.text):
        if m.group("body2") or _STATEMENT.search(flat.text[max(0, m.start() - 80): m.start()]):
            return m
    # no "meeting of X": a title that names its body ("Minutes of X Community Council, date")
    m = _TITLE_OF_BODY.search(flat.text)
    return m if m and MEETING_BODY_HEAD.search(m.group("body3").split()[-1]) else None


def _from_statement(header: MeetingHeader, flat: Flat, m: re.Match, context: list[Line]) -> None:
    group = next(g for g in ("body", "body2", "body3") if m.groupdict().get(g))
    raw = m.group(group)
    caps = _CAPITALS_THEN_PROSE.match(raw)
    if caps:  # "... MEETING OF THE COUNCIL" over a line in another language or of prose: the capitals only
        raw = caps.group("caps")
    before = flat.text[max(0, m.start() - 30):m.start(group)]
    if group == "body" and re.search(r"\bparish\s+meeting\s+of\s+(?:the\s+)?$", before, re.IGNORECASE) \
            and re.match(r"(?:parish|parishioners|electors)\s+of\s+", raw, re.IGNORECASE):
        raw = "Annual Parish Meeting of the " + raw  # "the Annual Parish Meeting of the Parish of X"
    town = re.search(r"\b((?:annual\s+)?(?:town|village|community)\s+meeting)\s+of\s+(?:the\s+)?$", before, re.IGNORECASE)
    if group == "body" and town and re.match(r"(?:electors|parishioners|residents|inhabitants)\s+of\s+", raw, re.IGNORECASE):
        # "the Annual Town Meeting of the Electors of X": the electors meet, not the town council
        raw = f"{town.group(1)} of the {raw.strip()}"
    if group == "body3":
        # "Minutes of the Parish Council Meeting, date": the body is the council (then perhaps
        # named by the heading above), unless the meeting is itself the body ("Annual Parish Meeting")
        rest = re.sub(r"\s+meeting$", "", raw.strip(), flags=re.IGNORECASE)
        if rest != raw.strip() and MEETING_BODY_HEAD.search(rest.split()[-1]):
            raw = rest
    above = _ABOVE.match(raw.strip()) or _GENERIC_BODY.match(raw.strip())
    raw = re.sub(r"^\s*the\s+(?=" + _MEETING_KIND.pattern + r"meeting\s*$)", "", raw, flags=re.IGNORECASE)  # "the Annual General Meeting"
    if re.fullmatch(r"(?:" + _MEETING_KIND.pattern + r")?meeting", raw.strip(), re.IGNORECASE):
        raw = re.sub(r"\s*meeting$", "", raw.strip(), flags=re.IGNORECASE)  # "Minutes of Meeting held on": no body named
        above = None
    if _MEETING_KIND.fullmatch(raw.strip()) or not raw.strip():  # "Minutes of the Ordinary Meeting held on": the body comes before
        # the nearest heading line above names it (a committee under its parent board's name),
        # else capitals before the title on its own line ("X PARISH COUNCIL Draft Minutes of ...")
        found = _heading_above(context, flat.span(m.start(), m.end())[0], None) or _body_before(flat, m.start())
        if found:
            header.body, header.body_span = found
            above = None
    if above:
        found = _heading_above(context, flat.span(m.start(), m.end())[0], above.group("head"))
        if found:
            header.body, header.body_span = found
        elif _GENERIC_BODY.match(raw.strip()):
            header.body, header.body_span = body_name(raw), flat.span(m.start(group), m.end(group))
    elif raw.strip() and not _MEETING_KIND.fullmatch(raw.strip()):
        body = body_name(raw)
        if body:
            header.body, header.body_span = body, flat.span(m.start(group), m.end(group))
    tail = flat.text[m.end(): m.end() + 220]
    for d in find_dates(tail):
        if d.iso and d.year:
            header.date = d.iso
            header.date_span = flat.span(m.end() + d.start, m.end() + d.end)
            break
    venue = _HELD_AT.search(flat.text, m.end() - 1, m.end() + 300)
    if venue:
        header.venue = _clean_venue(venue.group("v1") or venue.group("v2"))


# A heading in capitals, then lower-case words that are not a name's small joining words.
_CAPITALS_THEN_PROSE = re.compile(r"(?P<caps>(?-i:[A-Z][A-Z'’&-]+)(?:\s+(?-i:[A-Z][A-Z'’&-]*))*)\s+(?=(?!(?:of|and|for|the|in|on|at|to)\b)(?-i:[a-z]))")


_MEETING_KIND = re.compile(r"(?:(?:ordinary|annual|general|monthly|special|extraordinary|statutory|public|main|full|virtual)\s*)+", re.IGNORECASE)
_CAPS_BODY = re.compile(r"(?:(?-i:[A-Z][A-Z'’&-]+)\s+){0,6}(?-i:[A-Z]{3,})")


def _body_before(flat: Flat, end: int) -> Optional[tuple[str, tuple[int, int]]]:
    """A body named in capitals before the minutes' title on the same heading ("STOKE FERRY
    PARISH COUNCIL Draft ... Minutes of the Ordinary Meeting held on ...")."""
    last = None
    for m in _CAPS_BODY.finditer(flat.text, 0, end):
        body = body_name(m.group(0))
        if body:
            last = (body, flat.span(m.start(), m.end()))
    return last


def _heading_above(lines: list[Line], before: int, head: Optional[str]) -> Optional[tuple[str, tuple[int, int]]]:
    """The nearest heading line above ``before`` that names a body (with this head noun, if
    given: "the above Council", "the Full Council" under "AYTON TOWN COUNCIL")."""
    for ln in reversed([x for x in lines if x.end <= before]):
        body = heading_body(ln.text)
        if body and (head is None or re.search(r"\b" + re.escape(head) + r"\b", body, re.IGNORECASE)):
            return body, (ln.start + len(ln.text) - len(ln.text.lstrip()), ln.end)
    return None


def _from_fields(header: MeetingHeader, flat: Flat) -> None:
    """Labelled fields: "Date: 21st April 2015", "Venue: ...", "Meeting: Cabinet"."""
    fields = list(_FIELD.finditer(flat.text))
    for k, m in enumerate(fields):
        end = fields[k + 1].start() if k + 1 < len(fields) else min(len(flat.text), m.end() + 120)
        value = flat.text[m.end():end].strip()
        label = m.group("label").lower()
        if label.startswith("date") and header.date is None:
            d = next((d for d in find_dates(value) if d.iso and d.year), None)
            if d:
                header.date = d.iso
                header.date_span = flat.span(m.end() + d.start, m.end() + d.end)
        elif label in ("venue", "location", "place") and header.venue is None and value:
            header.venue = _clean_venue(value)
        elif label.startswith(("meeting", "committee", "body")) and header.body is None:
            # "Integrated Care Partnership (ICP) - meeting held in public": the name, no note or letters
            value = re.split(r"\s+[-–—]\s+(?=(?-i:[a-z]))", value, maxsplit=1)[0]
            value = re.sub(r"\s*\((?-i:[A-Z]{2,6})\)\s*$", "", value)
            body = body_name(value)
            if body:
                header.body, header.body_span = body, flat.span(m.end(), m.end() + len(value))


_COMMITTEE_LEVEL = re.compile(r"\b(?:committee|sub-committee|panel|sub-group|working\s+(?:group|party)|task\s+(?:and\s+finish\s+)?group)$",
                              re.IGNORECASE)


def _fuller_heading(header: MeetingHeader, lines: list[Line]) -> None:
    """"Meeting: Integrated Care Partnership" under the heading "Westby and Ashby Integrated Care
    Partnership": the heading names the same body in full."""
    for ln in lines:
        body = heading_body(ln.text) if "\t" not in ln.text.strip() else None
        prefix = body[: len(body) - len(header.body)].strip() if body else ""
        # (the place before it, words and no marks: not "Home > Committees > Health and Wellbeing Board")
        if body and len(body) > len(header.body) and body.lower().endswith(" " + header.body.lower()) \
                and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+|of\s+)?[A-Z][\w'’-]*)*", prefix):
            lead = len(ln.text) - len(ln.text.lstrip())
            header.body, header.body_span = body, (ln.start + lead, ln.end)
            return


def _from_headings(header: MeetingHeader, lines: list[Line]) -> None:
    """The body from the heading lines: the most specific one (a committee over its council)."""
    best: Optional[tuple[tuple[int, bool], str, Line]] = None
    for ln in lines:
        if any(rx.match(ln.text) for rx in ATTENDANCE_LABEL.values()):
            break  # the list of who came ends the heading (its rows name members' bodies)
        if _FIELD.match(ln.text.strip()) or re.match(r"^\s*\w+(?:\s+\w+)?\s*:", ln.text):
            continue  # "Venue: Committee Room B" names a room, not the body
        body = heading_body(ln.text)
        if not body:
            continue
        # a committee over its council; then a heading in capitals over a name in running case
        # (a trust's letterhead, then "COUNCIL OF GOVERNORS")
        # a committee over the board or partnership it serves ("X INTEGRATION JOINT BOARD" /
        # "AUDIT AND PERFORMANCE COMMITTEE"); of two alike, the first
        rank = (1 if COUNCIL_LEVEL.search(body) else 3 if _COMMITTEE_LEVEL.search(body) else 2, is_upper_heading(ln.text.strip()))
        if best is None or rank > best[0]:
            best = (rank, body, ln)
    if best:
        _, body, ln = best
        lead = len(ln.text) - len(ln.text.lstrip())
        header.body, header.body_span = body, (ln.start + lead, ln.end)


def _from_dates(header: MeetingHeader, lines: list[Line]) -> None:
    """The first full date on a short line of the header that is not another event's date."""
    for ln in lines:
        s = ln.stripped
        if not s or len(s.split()) > _SHORT_LINE_WORDS * 3:
            continue
        for d in find_dates(ln.text):
            if not (d.iso and d.year) or _NOT_MEETING_DATE.search(ln.text[: d.start]):
                continue
            header.date = d.iso
            header.date_span = (ln.start + d.start, ln.start + d.end)
            return


DAY_NAME = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(r"\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)", re.IGNORECASE)
_NOT_BODY_LINE = re.compile(r"^\s*(?:\d+[.)]?\s|[-•*]\s|to\s*:|from\s*:|dear\b|page\b)", re.IGNORECASE)


def heading_body(text: str) -> Optional[str]:
    """A body's name from a heading line ("AUDIT COMMITTEE", "Eastfield Community Council",
    "HEALTHY PLACES SELECT COMMISSION 4th March, 2015", "Ashby Parish Council."), or None
    for a line that is not a heading naming a body."""
    s = text.strip()
    if not s or len(s) > 140 or _NOT_BODY_LINE.match(s) or "@" in s:
        return None
    for d in reversed(find_dates(s)):
        s = s[: d.start] + " " + s[d.end:]
    s = DAY_NAME.sub(" ", s)
    s = TIME_OF_DAY.sub(" ", s)  # "Overview and Scrutiny Board - Thursday, 7th November, 2024 6.30 pm"
    s = re.sub(r"\b(?:draft\s+|final\s+)?(?:minutes|agenda|notes)(?:\s+of(?:\s+the|\s+an?)?(?:\s+\w+){0,3}?\s+meeting)?\b", " ", s, flags=re.IGNORECASE)
    s = re.sub(r"^\s*(?:of\s+)?(?:the\s+|an?\s+)?" + _MEETING_KIND.pattern + r"meeting\b", " ", s, flags=re.IGNORECASE)  # "... ANNUAL GENERAL MEETING"
    s = re.sub(r"\bmeeting\s+of\b", " ", s, flags=re.IGNORECASE)
    s = re.sub(r"^\s*of\s+", " ", s, flags=re.IGNORECASE)  # "MINUTES OF THE LICENSING SUB-COMMITTEE C"
    s = re.sub(r"\s(?:A\.?G\.?M|E\.?G\.?M)\b\.?", " ", s)  # "X Parish Council A.G.M. - 7th May": the meeting's kind
    s = squash(re.sub(r"[#*|\t_]", " ", s)).strip(" ,.-–:")
    s = re.sub(r"\s*\((?:[A-Z][\w-]*\s*){1,3}\)$", "", s) if MEETING_BODY_HEAD.search(s.split("(")[0]) else s  # "(HEARINGS PANEL)"
    if not s or len(s.split()) > 10 or not MEETING_BODY_HEAD.search(s):
        return None
    # a heading, not a sentence: no lower-case word other than the small joining words
    if any(w[0].islower() and w.lower() not in _JOINERS for w in re.findall(r"[A-Za-z][\w'’-]*", s)):
        return None
    return body_name(s)


_PARISH_MEETING = re.compile(r"^(?:annual\s+)?(?:parish\s+)?meeting\s+of\s+(?:the\s+)?(?:parish|parishioners|electors)\s+of\s+(?P<place>.+)$",
                             re.IGNORECASE)
_COMMITTEE_OF_COUNCIL = re.compile(
    r"^(?P<committee>(?!(?:the\s+)?(?:full\s+)?committee\b).+?\b(?:committee|sub-committee|panel|working\s+group|forum))\s+of\s+"
    r"(?:the\s+)?.+\b(?:council|authority)$", re.IGNORECASE)
_JOINERS = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with", "&", "s"}


_COMMON_POSSESSOR = re.compile(r"(?:young\s+)?(?:children|people|women|men|girls|boys|citizens|residents|tenants|members|pupils|patients|carers)", re.IGNORECASE)


def body_name(raw: str) -> Optional[str]:
    """A body's name as the contract gives it: no leading "the", title case for capitals, the
    owner of a possessive dropped ("the Council's Audit Committee" -> "Audit Committee")."""
    s = squash(raw).strip(" ,.;:-–")
    s = re.sub(r"^(?:minutes\s+of\s+)?(?:the|a|an)\s+", "", s, flags=re.IGNORECASE)
    parish = _PARISH_MEETING.match(s)
    if parish:  # "Annual Parish Meeting of the Parish of Westby": a meeting of the parishioners
        place = parish.group("place")
        s = f"{title_case(place) if place.isupper() else place} Annual Parish Meeting"
    committee = _COMMITTEE_OF_COUNCIL.match(s)
    if committee:  # "Leisure Committee of Westby Town Council": the committee meets, not its council
        s = committee.group("committee")
    owner = re.match(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$", s)
    # a body owns it ("the Council's Audit Committee"); a common noun names it ("Children's Services ...")
    if owner and MEETING_BODY_HEAD.search(owner.group("rest")) and not _COMMON_POSSESSOR.fullmatch(owner.group("owner")):
        s = owner.group("rest")
    if not s or not MEETING_BODY_HEAD.search(s) or len(s.split()) > 14:
        return None
    if is_upper_heading(s):
        s = title_case(s)
    return s


def _clean_venue(raw: str) -> Optional[str]:
    v = squash(raw).strip(" ,.;:")
    v = re.sub(r"^(?:the)\s+", "", v, flags=re.IGNORECASE)
    v = re.split(r"\s+(?:on\s+(?:\w+day|\d)|at\s+\d|commencing|time\s*:)", v, flags=re.IGNORECASE)[0].strip(" ,.")
    if not v or len(v) > 160:
        return None
    return ", ".join(title_case(p.strip()) if is_upper_heading(p) and len(p.strip()) > 4 else p.strip() for p in v.split(","))
