"""Minutes and agendas: attendance blocks, numbered items, resolutions.

The layout rules of the genre, written once for every house style:
- attendance: "Present:- Councillor X (in the Chair); Councillors A, B and C", "PRESENT: Name
  (Chair), Name", "Members present:" lists, "Apologies for absence were received from ...",
  "IN ATTENDANCE:" / "Also present:" lists;
- items: "113. TITLE" minute headings, "(Item 4)" / "Item 4:" headings, "4. Title" in agendas;
- resolutions: "Resolved:- (1) That ... (2) That ...", "RESOLVED that ...", "AGREED:",
  "DECISION:", one row per numbered part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from govgraph.loaders.lines import Line, is_upper_heading, squash, title_case

# ---------------------------------------------------------------- attendance

PRESENT_LABEL = re.compile(
    r"^\s*(?:(?:members|councillors)\s+)?present\s*(?::-|:\s*-|:|-|–)?\s*", re.IGNORECASE
)
APOLOGIES_LABEL = re.compile(
    r"^\s*(?:apologies(?:\s+for\s+absence)?(?:\s+were\s+(?:received|submitted|given)\s+(?:from|on behalf of))?"
    r"|apologies\s+for\s+absence\s+were\s+received\s+from)\s*(?::-|:\s*-|:|-|–)?\s*",
    re.IGNORECASE,
)
IN_ATTENDANCE_LABEL = re.compile(
    r"^\s*(?:(?:officers?|others?)\s+)?(?:in\s+attendance|also\s+(?:present|in\s+attendance)|"
    r"officers\s+present|attending)\s*(?::-|:\s*-|:|-|–)?\s*",
    re.IGNORECASE,
)
NO_APOLOGIES = re.compile(r"\bno\s+apologies\b|\bnone\b|\bnil\b", re.IGNORECASE)

CHAIR_MARK = re.compile(r"\(\s*(?:in\s+the\s+chair|chair(?:man|woman|person)?|presiding)\s*\)", re.IGNORECASE)
VICE_MARK = re.compile(r"\(\s*(vice[- ]chair(?:man|woman|person)?)\s*\)", re.IGNORECASE)
STATUS_NOTE = re.compile(
    r"\(\s*(?:remote(?:ly)?|virtual(?:ly)?|via\s+\w+|online|substitute[^)]*|sub\b[^)]*|for\s+[^)]*|"
    r"part\s+of\s+(?:the\s+)?meeting|from\s+minute[^)]*|until[^)]*|left[^)]*|arrived[^)]*)\)",
    re.IGNORECASE,
)
TITLE_WORDS = (
    r"(?:Councillors?|Cllrs?\.?|Co-opted\s+Members?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Rev(?:erend)?|"
    r"(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Inspector|Constable|Sergeant))"
)
TITLE_PREFIX = re.compile(r"^\s*(?P<title>" + TITLE_WORDS + r")\.?\s+(?=\S)", re.IGNORECASE)


@dataclass
class ListedPerson:
    """One entry of an attendance or membership list."""

    name: Optional[str]  # titles dropped; None when only a post is given
    written: str
    title: Optional[str]
    role: Optional[str]
    start: int
    end: int
    chair: bool = False


def _split_top(s: str, seps: str) -> list[tuple[int, int]]:
    """Split on separator characters outside parentheses; (start, end) pairs."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(s)))
    return out


_AND = re.compile(r"\s+and\s+|\s*&\s*", re.IGNORECASE)


def _split_and(s: str, base: int) -> list[tuple[int, int]]:
    """Split "A and B" into names, but not "Councillor A and Co-opted Member B" wrongly: every
    piece is kept, and the caller drops pieces that are not names."""
    out, pos = [], 0
    for m in _AND.finditer(s):
        if s.count("(", 0, m.start()) > s.count(")", 0, m.start()):
            continue
        out.append((base + pos, base + m.start()))
        pos = m.end()
    out.append((base + pos, base + len(s)))
    return out


NAME_RX = re.compile(
    r"^(?:(?:[A-Z]\.\s?)+\s?|(?:[A-Z][a-zA-Z'’]+[-\s]){0,2})(?:(?:Mc|Mac|O'|O’|De|Van|Von|Le|La)\s?)?"
    r"[A-Z][a-zA-Z'’]+(?:-[A-Z][a-zA-Z'’]+)?$"
)


def normalise_name(s: str) -> str:
    """"Z.Collingham" -> "Z. Collingham", "G.A. Russell" -> "G. A. Russell"."""
    s = re.sub(r"\b([A-Z])\.(?=[A-Z])", r"\1. ", s)
    s = re.sub(r"\b([A-Z])\.\s*", r"\1. ", s)
    return squash(s)


def parse_name_list(text: str, base: int) -> list[ListedPerson]:
    """Names in an attendance or membership list (``text`` starts at offset ``base``)."""
    people: list[ListedPerson] = []
    for s0, e0 in _split_top(text, ";,\n"):
        for s, e in _split_and(text[s0:e0], base + s0):
            piece = text[s - base : e - base]
            people.extend(_entry(piece, s))
    # "Councillors A, B and C": the plural title carries over the list.
    return people


_POSTISH = re.compile(
    r"\b(?:director|head|manager|officer|adviser|advisor|lead|chair|member|leader|executive|commander|inspector|"
    r"consultant|scrutineer|nurse|superintendent|clerk|secretary|co-?ordinator|principal|headteacher|mayor|deputy|"
    r"assistant|cabinet|representative|partner|governor|councillor)\b",
    re.IGNORECASE,
)


def _entry(piece: str, start: int) -> list[ListedPerson]:
    raw = piece
    lead = len(raw) - len(raw.lstrip())
    s = raw.strip().rstrip(".").strip()
    s = re.sub(r"^(?:from|by)\s+", "", s, flags=re.IGNORECASE)
    if not s:
        return []
    chair = bool(CHAIR_MARK.search(s))
    s = CHAIR_MARK.sub("", s)
    role = None
    vm = VICE_MARK.search(s)
    if vm:
        role = title_case(vm.group(1)) if vm.group(1).islower() else vm.group(1)
        s = VICE_MARK.sub("", s)
    s = STATUS_NOTE.sub("", s).strip()
    # "The Mayor (Councillor M. Clark)": the post outside, the person inside.
    pm = re.match(r"^(?P<post>[^()]+?)\s*\((?P<inner>[^()]+)\)$", s)
    if pm and TITLE_PREFIX.match(pm.group("inner")):
        role, s = pm.group("post").strip(), pm.group("inner").strip()
    elif pm:
        # "Name (Post)" in attendance lists of officers.
        inner = pm.group("inner").strip()
        s = pm.group("post").strip()
        if _POSTISH.search(inner):
            role = role or inner
    title = None
    tm = TITLE_PREFIX.match(s)
    while tm:
        title = title or tm.group("title")
        s = s[tm.end():]
        tm = TITLE_PREFIX.match(s)
    s = s.strip(" .:-–")
    if not s:
        return []
    name = normalise_name(s)
    if not NAME_RX.match(name):
        # "Name - Post" / "Name, Post" lines in officer lists.
        dm = re.match(r"^(?P<n>[^–\-,]+?)\s*[–\-,]\s*(?P<p>.+)$", s)
        if dm and NAME_RX.match(normalise_name(dm.group("n"))):
            name, role = normalise_name(dm.group("n")), role or dm.group("p").strip()
        else:
            return []
    written = raw.strip().rstrip(".")
    off = start + lead
    return [ListedPerson(name, written, title, role, off, off + len(written), chair)]


def carry_titles(people: list[ListedPerson], text: str) -> None:
    """Entries after "Councillors" without their own title are councillors too."""
    current = None
    for p in people:
        if p.title:
            current = p.title
        elif current:
            p.title = current


# ---------------------------------------------------------------- items

ITEM_NUMBERED = re.compile(r"^\s*(?:minute\s+(?:no\.?\s*)?)?(?P<num>\d{1,4}[a-z]?)[.)]?\s+(?P<title>\S.*?)\s*$", re.IGNORECASE)
ITEM_WORD = re.compile(r"^\s*(?:agenda\s+)?item\s+(?P<num>\d{1,3}[a-z]?)\s*(?:[:.\-–]\s*)?(?P<title>.*?)\s*$", re.IGNORECASE)
ITEM_TRAILING = re.compile(r"^\s*(?P<title>\S.*?)\s*\(\s*(?:agenda\s+)?item\s+(?P<num>\d{1,3}[a-z]?)\s*\)\s*$", re.IGNORECASE)
PAGES = re.compile(r"\s*\(\s*pages?\s+[\d\s\-–,]+\)\s*", re.IGNORECASE)
SUBPARA = re.compile(r"^\s*\d+\.\d+")


@dataclass
class ItemHeading:
    number: Optional[str]
    title: str
    line: Line
    title_start: int
    title_end: int
    inferred: bool = False  # a heading lost in conversion, placed at its first paragraph


def clean_title(s: str) -> str:
    s = PAGES.sub(" ", s)
    s = squash(s).rstrip(" .:-–")
    s = re.sub(r"\s*[:\-–]\s*$", "", s)
    return title_case(s) if is_upper_heading(s) else s


def find_item_headings(lines: list[Line], agenda: bool = False) -> list[ItemHeading]:
    """Minute or agenda item headings, in order, with numbers that go up."""
    found: list[ItemHeading] = []
    last: Optional[int] = None
    for i, ln in enumerate(lines):
        s = ln.text
        if not s.strip() or len(s) > 260 or SUBPARA.match(s):
            continue
        m = ITEM_TRAILING.match(s) or ITEM_WORD.match(s)
        numbered = False
        if not m:
            m = ITEM_NUMBERED.match(s)
            numbered = True
        if not m:
            continue
        title = m.group("title")
        num_s = m.group("num")
        n = int(re.match(r"\d+", num_s).group(0))
        if numbered and not _heading_like(title, lines, i, agenda):
            continue
        if last is not None and not (last < n <= last + 3):
            continue
        if last is None and agenda and n > 3:
            continue
        t0 = ln.start + s.find(title) if title else ln.end
        found.append(ItemHeading(num_s, clean_title(title) if title else "", ln, t0, t0 + len(title)))
        last = n
    return found


def _heading_like(title: str, lines: list[Line], i: int, agenda: bool) -> bool:
    t = title.strip()
    if not t or t[0].islower() or t.endswith("?") or t.startswith("-"):
        return False
    if is_upper_heading(t):
        return True
    if agenda:
        return True
    words = t.split()
    alone = (i + 1 >= len(lines) or lines[i + 1].blank) and (i == 0 or lines[i - 1].blank)
    return alone and len(words) <= 14 and not t.endswith(".") or (alone and len(words) <= 8)


# ---------------------------------------------------------------- resolutions

RESOLVED = re.compile(
    r"^\s*(?:[-•]\s*)?(?:it\s+was\s+)?(?:resolved|agreed|decision|decided|recommended\s+to\s+\w+)\b\s*(?::-|:\s*-|:|-|–|,)?\s*",
    re.IGNORECASE,
)
PART_NUM = re.compile(r"^\s*(?:[-•]\s*)?(?:\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[).])\s*", re.IGNORECASE)
THAT = re.compile(r"^\s*that\b[\s:,-]*", re.IGNORECASE)
# A resolution that asks for a report (or update, briefing, attendance to present) to come back.
REQUESTS_REPORT = re.compile(
    r"\b(?:reports?|updates?|briefings?|feedback|information)\b[^.;]{0,80}?\b(?:be|is\s+to\s+be|to\s+be)\s+"
    r"(?:submitted|brought|presented|provided|circulated|reported|given|made\s+available)"
    r"|\bbe\s+(?:reported|brought|referred)\s+(?:back\s+)?to\b"
    r"|\b(?:asked|invited|requested)\s+to\s+(?:report|present|bring|provide|submit|attend\s+a\s+future)\b"
    r"|\b(?:bring|submit|present|provide)\s+(?:a|an)\s+(?:further\s+|progress\s+|annual\s+|follow[- ]up\s+)?(?:report|update|briefing)"
    r"|\brequested\s+(?:an?\s+)?(?:further\s+|off[- ]agenda\s+)?(?:update|report|briefing|feedback)"
    r"|\binvited\s+to\s+(?:a|the)\s+(?:future|next)\s+meeting\b|\breport\s+back\b",
    re.IGNORECASE,
)


@dataclass
class ResolutionText:
    text: str
    start: int
    end: int
    requests_report: bool = False


@dataclass
class ResolutionBlock:
    start: int
    end: int
    parts: list[ResolutionText] = field(default_factory=list)


def find_resolutions(text: str, lines: list[Line]) -> list[ResolutionBlock]:
    """Resolution blocks in the lines of one item."""
    blocks: list[ResolutionBlock] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        m = RESOLVED.match(ln.text)
        if not m or (m.group(0).strip().lower().startswith(("decided", "decision")) and ":" not in m.group(0)):
            i += 1
            continue
        block = ResolutionBlock(ln.start, ln.end)
        rest_start = ln.start + m.end()
        # The first paragraph: from after "Resolved:-" to the paragraph's end.
        j = i + 1
        while j < n and not lines[j].blank and not PART_NUM.match(lines[j].text):
            j += 1
        chunks = [(rest_start, lines[j - 1].end)]
        # Following numbered parts, possibly separated by blank lines.
        k = j
        while k < n:
            if lines[k].blank:
                k += 1
                continue
            if PART_NUM.match(lines[k].text) and not RESOLVED.match(lines[k].text):
                e = k + 1
                while e < n and not lines[e].blank and not PART_NUM.match(lines[e].text):
                    e += 1
                chunks.append((lines[k].start, lines[e - 1].end))
                k = e
                continue
            break
        for s, e in chunks:
            block.parts.extend(_resolution_parts(text, s, e))
        block.end = chunks[-1][1]
        if block.parts:
            blocks.append(block)
        i = max(k, i + 1)
    return blocks


def _resolution_parts(text: str, start: int, end: int) -> list[ResolutionText]:
    """"(1) That the report be noted. (2) That ..." or a single "That ..."; a bare "That"
    introducing a numbered list gives nothing itself."""
    chunk = text[start:end]
    pieces: list[tuple[int, int]] = []
    # numbered parts inside one paragraph: "(1) That ... (2) That ..."
    marks = list(re.finditer(r"(?:^|(?<=\s))\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)\s*(?=that\b|[A-Z])|^\s*(?:[-•]\s*)?(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*[).]\s+", chunk, re.IGNORECASE | re.MULTILINE))
    if marks:
        for a, b in zip(marks, marks[1:] + [None]):
            pieces.append((start + a.end(), start + (b.start() if b else len(chunk))))
        head = chunk[: marks[0].start()]
        if head.strip() and not THAT.fullmatch(head.strip() + " ") and head.strip().lower() != "that":
            pieces.insert(0, (start, start + marks[0].start()))
    else:
        pieces.append((start, end))
    out = []
    for s, e in pieces:
        seg = text[s:e]
        lead = len(seg) - len(seg.lstrip(" -•\t\n"))
        s += lead
        seg = text[s:e]
        tm = THAT.match(seg)
        if tm:
            s += tm.end()
        body = squash(text[s:e]).strip()
        if not body or body.lower() == "that":
            continue
        ev_end = e
        while ev_end > s and text[ev_end - 1].isspace():
            ev_end -= 1
        out.append(ResolutionText(body, s, ev_end, bool(REQUESTS_REPORT.search(body))))
    return out
