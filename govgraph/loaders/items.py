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

from govgraph.loaders.attendance import attendance_label
from govgraph.loaders.dates import find_dates
from govgraph.loaders.lines import Line, is_upper_heading, squash, title_case
from govgraph.loaders.vocab import ITEM_WORD

__all__ = ["ItemHeading", "find_items", "find_unnumbered_headings", "clean_title"]

MAX_STEP = 6  # the most a run of item numbers may jump (exempt items are left out of public minutes)
MAX_TITLE_WORDS = 20

# A number as the genre prints it: 113, 4a, 196/20 (minute/year), 03.26.01 (month.year.item).
# A minute number may carry the body's letters: "C/45/24" (Cabinet), "NCCA 01/25", "HWB/12/24".
# Or only the letters and the number: "CD.114", "C.58", "HWB/10", "JLA/24/29", "C87".
# (a reference's slashes or stops say it is a minute's, never a page's number)
_REF = r"\d{1,2}\.\d{2}\.\d{1,3}|(?-i:[A-Z]{1,6})/\d{2,4}/\d{1,4}|(?:(?-i:[A-Z]{1,6})(?:/|\s)?)?\d{1,4}/\d{2,4}"
_NUM = (r"(?P<num>" + _REF +
        r"|(?-i:[A-Z]{1,6})[./]\s?\d{1,4}(?![/\d])|(?!(?-i:PART|PAGE|ITEM|SECTION|STAGE|PHASE|ANNEX|ROOM|WARD|ZONE|UNIT|BAND|TIER)\s)"
        r"(?-i:[A-Z]{2,5})\s\d{1,3}(?![/\d.])"  # ... and "OSC 41"
        # the letters glued to the number, the title after a tab or a wide gap ("C87<TAB>PRAYERS";
        # not a road's number in a sentence: "N72 Kelby")
        r"|(?-i:[A-Z]{1,3})\d{1,4}(?=\t|\s{2,})|\d{1,4}[a-z]?)")
_WORDED = re.compile(r"^\W{0,4}" + ITEM_WORD + r"\s*" + _NUM + r"\s*\**\s*(?:[:.)\-–]\s*)?\**\s*(?P<title>.*)$", re.IGNORECASE)
# (not a paragraph's number: "4.4<TAB>Only members were eligible to vote" is no item 4)
_NUMBERED = re.compile(r"^[\s|]*\(?" + _NUM + r"(?:\.0\.?\s+|[.)](?!\d)\s*|:\s+|\t\s*|\s{2,}|\s+(?=[A-Z\"'“(]))(?P<title>\S.*)$")
_GLUED = re.compile(r"^\s*" + _NUM + r"\.(?P<title>[A-Z].*)$")  # "1.Confirmation of Minutes"
_TRAILING = re.compile(r"^\s*(?P<title>\S.*?)\s*\(\s*(?:agenda\s+)?item\s+" + _NUM + r"\s*\)\s*\.?$", re.IGNORECASE)
_ALONE = re.compile(r"^\s*" + _NUM + r"(?:\.|\s*\t)\s*$")
# A minute's reference alone on its line, with no stop after it ("OS/25/27" / "APOLOGIES ...")
_REF_ALONE = re.compile(r"^\s*(?P<num>" + _REF + r")\s*$")
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
    s = re.sub(r"\(\s*(?:agenda\s+)?item\s+\d+[a-z]?\s*\)", " ", s, flags=re.IGNORECASE)
    s = squash(s.replace("*", " ")).rstrip(" .:-–")
    return title_case(s) if is_upper_heading(s) else s


def looks_like_item(text: str) -> bool:
    """Does this line read as a numbered item heading ("2709. Title", "196/20 Title", "Item 1:")?"""
    m = _WORDED.match(text) or _GLUED.match(text) or _NUMBERED.match(text)
    return bool(m) and (not m.group("title") or m.group("title")[:1].isupper()) and not _starts_with_date(text)


def find_items(lines: list[Line]) -> list[ItemHeading]:
    """The item headings of a part's lines, in order."""
    candidates = [c for i, ln in enumerate(lines) if (c := _candidate(lines, i))]
    run = _taken_out_of_order(_best_run(candidates), candidates)
    return _with_lettered(run, lines)


def find_unnumbered_headings(lines: list[Line]) -> list[ItemHeading]:
    """Item headings of informal minutes that number nothing: a short capitalised line on its own
    ("Matters Arising", "Annual Report of the Council") after a blank line, with the minute's text
    on the lines below. Attendance labels ("Present", "Apologies") head their lists, not items.
    Three such headings at least, or none: one short line alone is as likely a stray phrase."""
    found = []
    for i, ln in enumerate(lines):
        title = ln.text.strip()
        before = lines[i - 1] if i else None
        after = lines[i + 1] if i + 1 < len(lines) else None
        if not title or (before is not None and before.stripped) or after is None or not after.stripped:
            continue
        words = title.split()
        if len(words) > 8 or title[-1] in ".,;:!?" or not title[0].isupper() or attendance_label(title):
            continue
        if not (_title_cased(title) or is_upper_heading(title) or len(words) <= 3) or _SENTENCE_OPENING.match(title):
            continue
        found.append(ItemHeading(None, clean_title(title), ln, ln.start + ln.text.find(title),
                                 ln.start + ln.text.find(title) + len(title), after.start, 1.0))
    return found if len(found) >= 3 else []


def _taken_out_of_order(run: list[ItemHeading], cands: list[ItemHeading]) -> list[ItemHeading]:
    """Items the meeting took out of order ("26" between "19" and "16"): headings of the run's
    numbering whose number the run lacks and lies inside its range."""
    if len(run) < 3:
        return run
    used = {c.key for c in run}
    low, high = run[0].key, run[-1].key
    extra = [c for c in cands if c.key not in used and len(c.key) == len(low) and c.key[0] == low[0]
             and low < c.key < high]
    seen: set = set()
    out = []
    for c in sorted(run + extra, key=lambda c: c.line.start):
        if c.key not in seen:
            seen.add(c.key)
            out.append(c)
    return out


_LETTER = re.compile(r"^\s*\((?P<l>[a-z])\)(?:\s+(?P<title>\S.*?))?\s*$")


def _with_lettered(run: list[ItemHeading], lines: list[Line]) -> list[ItemHeading]:
    """Sub-items under an item: headings lettered a, b, c... in title case ("4. Support Services"
    then "(a) Chief Executive's Report", "(b) Standing Orders"), else headings numbered under it,
    each a title on its own line ("9. Reports from Village Organisations" then "9.1 Westby Village
    Hall", "9.2 ..."; a numbered paragraph is a sentence). Two at least, in order."""
    if not run:
        return run
    index = {ln.index: k for k, ln in enumerate(lines)}
    out: list[ItemHeading] = []
    for n, head in enumerate(run):
        out.append(head)
        lo = index.get(head.line.index, 0) + 1
        hi = index.get(run[n + 1].line.index, len(lines)) if n + 1 < len(run) else len(lines)
        # (a, b, c ...; "(i)", "(v)" are a level below)
        subs = _in_order(lines, lo, hi, head, _lettered, lambda c, k: c.number[-2] == chr(ord("a") + k))
        if len(subs) < 2:
            subs = _in_order(lines, lo, hi, head, _decimal, lambda c, k: c.number == f"{head.number}.{k + 1}")
        if len(subs) >= 2:
            out.extend(subs)
    return out


def _in_order(lines: list[Line], lo: int, hi: int, parent: ItemHeading, read, nth) -> list[ItemHeading]:
    """The sub-headings ``read`` finds in ``lines[lo:hi]`` that go on in order (``nth(c, k)``: is
    ``c`` the k-th)."""
    subs: list[ItemHeading] = []
    for c in (c for k in range(lo, hi) if (c := read(lines, k, parent))):
        if nth(c, len(subs)):
            subs.append(c)
    return subs


_DECIMAL = re.compile(r"^\s*(?P<n>\d{1,3})\.(?P<k>\d{1,2})\.?[ \t]+(?P<title>\S.*?)\s*$")


def _decimal(lines: list[Line], k: int, parent: ItemHeading) -> Optional[ItemHeading]:
    m = _DECIMAL.match(lines[k].text)
    if not m or m.group("n") != parent.number or k + 1 >= len(lines):
        return None
    title = m.group("title")
    nxt = lines[k + 1].text.lstrip()
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    if not words or not all(w[0].isupper() for w in words) or title.endswith((".", ";", ",", ":")) or len(title.split()) > MAX_TITLE_WORDS \
            or "\t" in title or _SENTENCE_LIKE.search(title) or re.search(r"[.;:]\s|£|\d", title) or nxt[:1].islower():
        return None  # (not "7.1 Westby Board (WB). The WB is ...", a sentence wrapped onto the next line, "9.1 HMRC – £212.40")
    start = lines[k].start + m.start("title")
    return ItemHeading(f"{m.group('n')}.{m.group('k')}", clean_title(title), lines[k], start, start + len(title), lines[k].end + 1)


def _lettered(lines: list[Line], k: int, parent: ItemHeading) -> Optional[ItemHeading]:
    m = _LETTER.match(lines[k].text)
    if not m or not parent.number or not re.fullmatch(r"\d+", parent.number):
        return None
    src, t0 = lines[k], m.start("title") if m.group("title") else -1
    if t0 < 0:
        src = next((x for x in lines[k + 1: k + 4] if x.stripped), None)
        if src is None:
            return None
        t0 = len(src.text) - len(src.text.lstrip())
    title = src.text[t0:].strip()
    asked = re.match(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor)\b", title) and re.search(r"\b" + _MINUTE_VERBS + r"\b", title)
    if not _title_cased(title) or title.endswith((".", ";", ",")) or asked:
        return None  # (not "(a) Mrs Jo Reed of Westby asked the Cabinet Member for ...": a question's minute)
    start = src.start + t0
    return ItemHeading(f"{parent.number}({m.group('l')})", clean_title(title), lines[k], start, start + len(title),
                       start + len(title))


def _title_cased(title: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", title) if w.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "by", "with", "a", "an", "from"}


_CROSS_REFERENCE = re.compile(r"^\s*\(\s*(?:agenda\s+)?item\s+\d+[a-z]?\s*\)\s*\.?\s*$", re.IGNORECASE)


def _candidate(lines: list[Line], i: int) -> Optional[ItemHeading]:
    ln = lines[i]
    if len(ln.text) <= MAX_HEADING_LINE:
        return _line_candidate(lines, i)
    # A paragraph's length: a heading only where a text layer lost the break after it, so that
    # the title runs straight into its minute ("12/24 To Approve the Hedge Cut A quote of £90
    # had been ..."): the title must end where a sentence starts and read as a title.
    head = _line_candidate(lines, i)
    if head is None or not head.title or not _title_cased(head.title) or head.title_end - ln.start > 200:
        return None
    return head


MAX_HEADING_LINE = 400


def _line_candidate(lines: list[Line], i: int) -> Optional[ItemHeading]:
    ln = lines[i]
    s = ln.text
    if not s.strip() or _CROSS_REFERENCE.match(s):
        return None  # "(Item 5)" under a minute's heading refers to the agenda, it heads nothing
    m = _TRAILING.match(s)
    if m and re.match(r"^\s*\d{1,4}[.)]?\s", m.group("title")):
        m = None  # "1 DECLARATIONS (Agenda item 1)": the minute's own number comes first
    m = _WORDED.match(s) or m
    worded = bool(m)
    if not m:
        m = _GLUED.match(s) or _NUMBERED.match(s)
    if m:
        if not worded and _starts_with_date(s):
            return None
        if worded and not m.group("title").strip(" *:.-–"):  # "Item 1:" alone: the title is below
            nxt = next((x for x in lines[i + 1: i + 4] if x.stripped), None)
            if nxt is not None and not _WORDED.match(nxt.text):
                lead = len(nxt.text) - len(nxt.text.lstrip())
                return _heading(ln, m.group("num"), 0, 0, True, title_line=nxt, title_at=lead)
        column = _left_column_title(lines, i, m)
        if column:
            return column
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        head = _heading(ln, m.group("num"), m.start("title"), m.end("title"), worded, next_line=nxt)
        if head and nxt is not None and re.match(r"^\s*[a-z]{2,}\b(?![).])", nxt.text) and ln.end - 1 <= head.title_end <= ln.end:
            after = lines[i + 2] if i + 2 < len(lines) else None
            if ln.text.rstrip().endswith(":"):
                if len(nxt.stripped.split()) <= 10 and not nxt.stripped.endswith(".") \
                        and not re.search(r"\b" + _MINUTE_VERBS + r"\b", nxt.text) and (after is None or after.blank):
                    # "Report of the X Committee:" / "reappointment of a Director": a title in two parts
                    return _made(ln, head.number, f"{head.title}: {nxt.stripped}", head.title_start,
                                 nxt.start + len(nxt.text.rstrip()), nxt, worded)
                return head  # "Matters arising:" / "the Clerk reported ...": the title, then its minute
            return _title_ending_on(ln, head, nxt, worded)  # else a paragraph whose sentence runs on
        return head
    m = _ALONE.match(s) or _REF_ALONE.match(s)
    if m:  # the number alone: the title is the next line with text
        nxt = next((x for x in lines[i + 1: i + 4] if x.stripped), None)
        if nxt is not None and not _ALONE.match(nxt.text) and not _REF_ALONE.match(nxt.text) and not _NUMBERED.match(nxt.text):
            lead = len(nxt.text) - len(nxt.text.lstrip())
            after = lines[nxt.index - lines[0].index + 1] if nxt.index - lines[0].index + 1 < len(lines) else None
            return _heading(ln, m.group("num"), 0, 0, False, title_line=nxt, title_at=lead, next_line=after)
    return None


def _left_column_title(lines: list[Line], i: int, m: re.Match) -> Optional[ItemHeading]:
    """Minutes laid out as a two-column table: the number and a heading in capitals in the left
    cell, wrapping over the lines below ("34. JOINT HEALTH AND<TAB>Dr X presented ..." /
    "WELLBEING STRATEGY<TAB>outcome of ..."), the minute in the right cell."""
    ln = lines[i]
    left, tab, right = m.group("title").partition("\t")
    if not tab or len(right.split()) < 4 or not is_upper_heading(left.strip()):
        return None
    parts = [left.strip()]
    for x in lines[i + 1:]:
        cell = x.text.split("\t", 1)[0].strip()
        if x.blank or not cell or any(c.islower() for c in cell) or len(cell.split()) > 6 or re.match(r"\d{1,4}[.)]\s", cell):
            break  # the next row's number, or the end of the heading's cell
        parts.append(cell)
    title = " ".join(parts).strip(" :")
    start = ln.start + m.start("title")
    head = _made(ln, m.group("num"), title, start, start + len(left.rstrip()), ln, False)
    return head


def _title_ending_on(ln: Line, head: ItemHeading, nxt: Line, worded: bool) -> Optional[ItemHeading]:
    """A title wrapped onto the next line that ends there at a colon, the minute after it
    ("3744. Consider request for donation towards ... Kelby" / "on 8th September: Councillors
    agreed ..."). Without such a colon the numbered line is a paragraph running on."""
    m = re.match(r"^(\s*)([^:.;!?]{1,60}?)\s*:\s*(?=\S)", nxt.text)
    if not m or not _runs_into_text(nxt.text[m.end():]):
        return None
    title = f"{head.title} {m.group(2).strip()}"
    if len(title.split()) > MAX_TITLE_WORDS:
        return None
    return _made(ln, head.number, title, head.title_start, nxt.start + m.end(2), nxt, worded)


def _starts_with_date(s: str) -> bool:
    """A line that starts with a date written with a month's name ("21 March 2024 ..."); a dotted
    number ("19.11.01 Apologies") may be a date or a minute number: the run of numbers decides."""
    dates = find_dates(s[:40])
    first = dates[0] if dates else None
    return bool(first) and first.start <= len(s) - len(s.lstrip(" \t|(")) + 1 and bool(re.search(r"[A-Za-z]", s[first.start:first.end]))


def _heading(ln: Line, number: str, t0: int, t1: int, worded: bool, title_line: Optional[Line] = None,
             title_at: int = 0, next_line: Optional[Line] = None) -> Optional[ItemHeading]:
    src = title_line or ln
    if title_line is not None:
        t0, t1 = title_at, len(src.text.rstrip())
    raw = _PAGES.sub(lambda m: " " * len(m.group(0)), src.text[t0:t1])  # "(Pages 7 - 20)" is not the title's end
    if "\t" in raw.strip():  # a table's row (cells four spaces apart or more) ("6.<TAB>Budget 2026/27. PL<TAB>Draft budget to both<TAB>PL"): its first cell
        raw = raw[: raw.index("\t", len(raw) - len(raw.lstrip()))]
    title, cut = _title_part(raw)
    if title and cut == len(raw.rstrip()) and _RUNS_ON.search(title) and next_line is not None and next_line.stripped:
        more, more_cut = _title_part(next_line.text.strip())
        if more and len((title + " " + more).split()) <= MAX_TITLE_WORDS:
            title = f"{title} {more}"
            src_end = next_line.start + (len(next_line.text) - len(next_line.text.lstrip())) + more_cut
            return _made(ln, number, title, src.start + t0, src_end, next_line, worded)
    if not title and not worded:
        return None
    return _made(ln, number, title, src.start + t0, src.start + t0 + cut, src, worded)


def _made(ln: Line, number: str, title: str, start: int, end: int, src: Line, worded: bool) -> Optional[ItemHeading]:
    if title and (not _heading_like(title) or _NOT_TITLE.match(title)):
        return None
    body = end
    while body < src.end and src.text[body - src.start] in " :.-–\t*":
        body += 1
    # Business starts at item 1: a run from 1 is likelier to be the items than one from elsewhere.
    weight = 1.0 + (0.5 if is_upper_heading(title) else 0) + (0.5 if worded else 0) + (1.0 if number.rstrip(".") == "1" else 0)
    if re.match(r"[A-Z][./]\s?\d", number):
        weight /= 3  # "A.1 Background" is as likely an annex's paragraph as minute "C.58": plain numbers win
    return ItemHeading(number.rstrip("."), clean_title(title), ln, start, end, body if body < src.end else src.end + 1, weight)


def _title_part(raw: str) -> tuple[str, int]:
    """The title of a heading line and where it ends: before a colon (or dash) that runs on into
    the minute's text ("Police Report: Attached. Farm ...")."""
    s = raw.rstrip()
    m = re.search(r"(?<=\S)\s*(?::-?|\s[–-]\s)\s*(?=\S)", s)
    # "Police Report: Attached. Farm ..." runs on into the minute; "Motion: Clean Air" is a title
    if m and len(s[: m.start()].split()) <= MAX_TITLE_WORDS and _runs_into_text(s[m.end():]):
        return s[: m.start()].strip(" *"), m.start()
    # "Openness and Transparency Notice The Chair read the notice.": the minute starts where a
    # sentence does (a capitalised "The", "A", a councillor's title) after a title of two words or more
    start = _SENTENCE_IN_TITLE.search(s)
    if start and len(s[: start.start()].split()) >= 2 and re.search(r"[a-z]{3,}", s[start.end():]):
        return s[: start.start()].strip(" *"), start.start()
    if len(s.split()) > MAX_TITLE_WORDS:
        first = re.match(r"^(.{3,160}?[a-z0-9)])\.\s+(?=[A-Z])", s)
        if first and len(first.group(1).split()) <= MAX_TITLE_WORDS:
            return first.group(1), first.end(1)
        return "", 0
    return s.strip(" *"), len(s)


_MINUTE_VERBS = (r"(?:had|has|was|were|is|are|gave|read|said|declared|reported|explained|noted|stated|confirmed|"
                 r"quoted|agreed|presented|asked|advised|informed|updated|thanked|welcomed|introduced)")
_SENTENCE_IN_TITLE = re.compile(
    r"(?<=\S)\s+(?=(?:The|A|An|It|This|There|All|No|None|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\s+(?:[A-Z][a-z'’-]+\s+){0,3}[a-z]"
    # a name that acts ("Councillor Ross reported"); a "The" inside it is a sentence's start
    r"|[A-Z][a-z]+(?:\s+(?!(?:The|A|An|It|This)\b)[A-Z][a-z'’-]+){0,3}\s+" + _MINUTE_VERBS + r"\b"
    # "Three quotes had been received", "A 6 ft hedge ...": a count or a measure opens the minute
    r"|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Both)\s+[a-z]+\s+" + _MINUTE_VERBS + r"\b"
    # (a measure with two small words after it: "A 6 ft hedge on", not "A 20mph Speed Limit")
    r"|An?\s+[£$€]?\d[\d.,-]*\s*[a-z]+\s+[a-z])")
# A numbered line that opens with a minute's sentence ("The clerk reported that ..."), not a title.
_SENTENCE_OPENING = re.compile(r"^(?:The|A|An)\s+[a-z]+\s+" + _MINUTE_VERBS + r"\b")


# A numbered line that is a sentence of rules or a paragraph, not a heading: it binds
# ("shall", "may") or breaks off at a function word to run on into the next line.
_SENTENCE_LIKE = re.compile(r"\b(?:shall|must|should|will\s+be|may\s+be|is\s+to|are\s+to)\b", re.IGNORECASE)
# A title that breaks off at a joining word runs on to the next line ("... accounts to" / "WVCC").
_RUNS_ON = re.compile(r"\b(?:the|of|a|an|to|at|in|on|by|for|with|and|or|from)$|[-–(,]$", re.IGNORECASE)


def _runs_into_text(after: str) -> bool:
    """Is the text after a title's colon the minute itself (a sentence, a list, a figure) rather
    than the rest of the title?"""
    after = after.strip()
    if after.isupper() and not re.search(r"[.;£$€%]", after) and len(after.split()) <= 8:
        return False  # "... BOARD - ANNUAL REPORT 2014-2015": a heading in capitals goes on
    return bool(re.search(r"[.;£$€%0-9]|\b(?:[a-z]+\s+){2}", after)) or len(after.split()) > 6 or not _title_cased(after)


def _heading_like(title: str) -> bool:
    t = title.strip(" *\"'“”")
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if (_SENTENCE_LIKE.search(t) or _SENTENCE_OPENING.match(t)) and not is_upper_heading(t):
        return False
    return len(t.split()) <= MAX_TITLE_WORDS and not t.endswith(("?", ","))


def _number_key(number: Optional[str]) -> tuple[int, ...]:
    """(kind, ...): "196/20" -> (1, 196, 20); "03.26.01" -> (2, 26, 3, 1);
    "4a" -> (0, 4, 1); "4" -> (0, 4, 0); "CD.114" and "C87" -> (3, 114, 0) and (3, 87, 0)."""
    if not number:
        return ()
    lettered = re.fullmatch(r"[A-Z]{1,6}(?:[./]\s?|\s)?(\d{1,4})", number)
    if lettered:  # "CD.114", "HWB/10": numbered on their own, apart from plain numbers
        return (3, int(lettered.group(1)), 0)
    if "/" in number:
        m = re.search(r"(\d{1,4})/(\d{2,4})$", number)  # "C/45/24", "NCCA 01/25": the letters do not count
        return (1, int(m.group(1)), int(m.group(2))) if m else ()
    if number.count(".") == 2:
        mo, yr, it = number.split(".")
        return (2, int(yr), int(mo), int(it))
    m = re.match(r"(\d+)([a-z]?)", number)
    return (0, int(m.group(1)), ord(m.group(2)) - 96 if m.group(2) else 0)


def _follows(prev: tuple[int, ...], cur: tuple[int, ...]) -> bool:
    """Does item ``cur`` come a small step after ``prev`` (same numbering scheme)?"""
    if not prev or not cur or prev[0] != cur[0]:
        return False
    if cur[0] in (0, 3):
        (_, p, pl), (_, c, cl) = prev, cur
        return cl > pl if c == p else p < c <= p + MAX_STEP
    if cur[0] == 1:  # "196/20" (minute/year) and "23/45" (year/minute): one side stays, one counts
        (_, a, b), (_, x, y) = prev, cur
        return (a == x and b < y <= b + MAX_STEP) or (b == y and a < x <= a + MAX_STEP)
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
