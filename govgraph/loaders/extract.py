"""Document -> Extraction: every governance record one document states.

Segmentation splits the file into parts; each genre has its reader (minutes, agenda, report);
the spaCy pipeline adds the bodies and the people named in running text; people are merged
into one record each at the end, because the same person is written several ways.
"""

from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Optional

from govgraph.loaders import cues
from govgraph.loaders.dates import find_dates
from govgraph.loaders.attendance import (
    Attendee, apologies_in_prose, attendance_label, chair_in_prose, initials_given, is_header_row, label_match, parse_list,
    present_in_prose, read_sections,
)
from govgraph.loaders.decisions import find_decisions
from govgraph.loaders.diagnostics import diagnose
from govgraph.loaders.items import ItemHeading, find_items, find_unnumbered_headings
from govgraph.loaders.lines import Line, flatten, paragraphs, split_lines, squash
from govgraph.loaders.vocab import BODY_HEAD, MEETING_POSTS, NAME_ANY, NAME_LOW, NAME_LOW_MARK, NAME_UP, NEVER_SURNAME_PLACE, NONE_RECEIVED, NOT_AFTER_TITLE, PLACE_NOUN, TITLE, TITLES, WELSH_WORDS
from govgraph.loaders.mentions import Mention, is_rank, merge_mentions
from govgraph.loaders.names import NOT_NAME_WORDS
from govgraph.loaders.reports import body_name, clean_contact, read_header
from govgraph.loaders.segment import Segment, segment
from govgraph.loaders.topics import TopicTagger, find_acronym_definitions
from govgraph.loaders.bodies import collect_bodies, display_name, is_acronym, kind_of, name_key
from govgraph.loaders.pipeline import get_nlp, parse
from govgraph.loaders.payees import find_payees
from govgraph.loaders.people import find_people
from govgraph.loaders.posts import given_names, is_post
from govgraph.loaders.windows import WINDOW_CHARS, extract_in_windows
from govgraph.loaders.relations import find_body_relations
from govgraph.loaders.screen import screened
from govgraph.records import (
    AgendaItem, Attendance, Body, BodyRelation, Document, Extraction, Meeting, ReportAuthor, Reporting, Resolution,
)

NEXT_MEETING = re.compile(r"\b(?:next|future|following)\s+meeting\b|\bmeeting\s+(?:of\s+the\s+.+?\s+)?(?:held|taking\s+place|will\s+be\s+held|would\s+take\s+place|scheduled)", re.IGNORECASE)
PREVIOUS_MINUTES = re.compile(r"\bminutes\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?meeting", re.IGNORECASE)


class _Builder:
    """Collects the records of one document; people are merged at the end."""

    def __init__(self, document: Document):
        self.d = document
        self.ex = Extraction(doc=document.name)
        self.mentions: list[Mention] = []
        self._reported: set[tuple[str, str, str]] = set()
        # rows whose presenter is a report's source by post ("Report of the Head of X"): EXTRACTION.md
        # keeps the post, where a post that acts ("the Director introduced it") is its holder
        self.as_written: set[tuple[str, str, str]] = set()

        self.item_text: dict[int, tuple[int, int]] = {}  # agenda item index -> its body span
        self.blocks: list = []
        # attendance zones: their people come from the list reader, not the running-text finders
        self.lists: list[tuple[int, int]] = []
        self.cues: tuple[list[int], list[str]] = ([], [])  # gg_cues triggers: document offsets, labels

    def cue(self, start: int, end: int, label: str) -> bool:
        """Does the pipeline mark a ``label`` cue inside [start, end)?"""
        offsets, labels = self.cues
        i = bisect_left(offsets, start)
        while i < len(offsets) and offsets[i] < end:
            if labels[i] == label:
                return True
            i += 1
        return False

    def ev(self, start: int, end: int):
        return self.d.evidence(start, end)

    def meeting(self, body: Optional[str], date: Optional[str], venue: Optional[str], start: int, end: int, referenced: bool = False):
        if not body or not date:
            return
        for m in self.ex.meetings:
            if m.date == date and m.body.lower() == body.lower():
                if not referenced and m.referenced:
                    m.referenced = False
                if venue and not m.venue:
                    m.venue = venue
                return
        self.ex.meetings.append(Meeting(body, date, venue, self.ev(start, end), referenced))

    def in_lists(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.lists)

    def person(self, name: Optional[str], written: str, title: Optional[str], role: Optional[str], org: Optional[str],
               start: int, end: int, aliases: Iterable[str] = ()):
        name = _person_name(name, self.d.text, end)
        if role is None and is_rank(title):
            role = squash(title)  # "Chief Superintendent Gavin Hale": a police rank is the post held
        if name:
            self.mentions.append(Mention(name, written, title, role, org, start, end, tuple(aliases)))

    def reported(self, presenter: str, item: str, body: Optional[str], date: Optional[str], start: int, end: int, report: Optional[str] = None):
        if not body or not date or not presenter:
            return
        presenter = " ".join(presenter.split())  # "The Chief Fire\nOfficer"
        key = (presenter.lower(), item, date)
        if key in self._reported:
            return
        self._reported.add(key)
        self.ex.reported.append(Reporting(presenter, item, body, date, self.ev(start, end), report))


_PRONOUNS = {"they", "he", "she", "we", "it", "his", "her", "their", "this", "these", "those"}
# The list's words no surname is (its compass points, "Young", "Page", "Hall" and the like are).
_NEVER_IN_NAMES = NOT_NAME_WORDS - {"young", "north", "south", "east", "west", "royal", "page", "mayor", "chair",
                                    "public", "press", "member", "members", "care", "city", "england", "wales",
                                    "scotland", "ireland", "britain", "kingdom", "national", "local", "town", "village",
                                    "parish", "county", "borough", "district", "central", "council"} | {"action"}


def _person_name(name: Optional[str], text: str, end: int) -> Optional[str]:
    """A person's name, or None for what only looks like one: a place ("Tom Marsh House",
    "Philomena Park" and the like, the name or the word after it a place noun), an initial alone,
    a possessive's "'s"."""
    if not name:
        return None
    name = re.sub(r"['’]s$", "", name.strip())
    words = name.split()
    if not words or all(len(w.rstrip(".")) <= 1 for w in words) or not words[0][:1].isupper():
        return None  # an initial alone, or "four signs" (a name starts with a capital)
    if any(w.lower() in NOT_AFTER_TITLE or w.lower() in _NEVER_IN_NAMES for w in words):
        return None  # "Cllr Allowances", "Councillor Chair:" in a table, "Councillor Forum"
    after = re.match(r"[ \t]+([A-Z][A-Za-z]*)", text[end:end + 30])
    if after and PLACE_NOUN.fullmatch(after.group(1)):
        return None
    # a surname may be a place noun ("Tessa Green", "Trevor Hall"), after a given name
    if PLACE_NOUN.fullmatch(words[-1]) and not (len(words) == 2 and words[0] in given_names()) \
            or NEVER_SURNAME_PLACE.fullmatch(words[-1]) or words[0].lower() in _PRONOUNS:
        return None  # "Grace Hotel", "Urban Design"; "Ms They" is a title before a pronoun
    return name


def extract_document(document: Document) -> Extraction:
    """All the governance records one document states (very large files in windows)."""
    if len(document.text) > WINDOW_CHARS * 1.5:
        ex = extract_in_windows(document, _extract_whole)
    else:
        ex = _extract_whole(document)
    ex.agenda_items = _one_item_per_number(ex.agenda_items)
    ex.diagnostics = diagnose(document, ex)
    return ex


def _extract_whole(document: Document) -> Extraction:
    b = _Builder(document)
    b.blocks = list(parse(document))  # bounded: large files arrive here one window at a time
    b.cues = _cue_index(b.blocks)
    segments = segment(document)
    b.ex.parts = [s.part for s in segments]
    for seg in segments:
        if seg.part.genre == "minutes":
            _minutes(b, seg)
        elif seg.part.genre == "agenda":
            _agenda(b, seg)
        elif seg.part.genre == "report":
            _report(b, seg)
    _running_text(b, segments)
    _bodies(b)
    _topics(b)
    b.ex.people = merge_mentions(_not_places(b, b.ex.bodies), document)
    _organisations(b)
    _resolve_presenters(b)
    _canonical_names(b)
    _ranks_beside_posts(b)
    _chair_aliases(b)
    return b.ex


# ---------------------------------------------------------------- minutes

def _minutes(b: _Builder, seg: Segment) -> None:
    part, d = seg.part, b.d
    if not part.date:
        return
    _meeting_of(b, seg)
    body_lines = seg.lines[seg.header_end:]
    items = find_items(body_lines) or find_unnumbered_headings(body_lines)
    first_item = items[0].line.index if items else seg.lines[-1].index + 1
    zone = [ln for ln in seg.lines if ln.index < first_item]
    found = []
    if zone:
        found = chair_in_prose(d.text, zone[0].start, zone[-1].end) + read_sections(d.text, zone) \
            + present_in_prose(d.text, zone[0].start, zone[-1].end) + apologies_in_prose(d.text, zone[0].start, zone[-1].end)
        for a in found:
            _attendee(b, seg, a)
            b.lists.append((a.start, a.end))
    last_end = part.end
    # with no one listed above the items, a "Present:" section below them is this meeting's
    # (a committee system's page); else it belongs to whatever the last item holds
    tail = [] if found else _attendance_after_items(seg, items)
    if tail:  # a committee system's page lists who came after the items
        last_end = tail[0].start
        for a in read_sections(d.text, tail):
            _attendee(b, seg, a)
            b.lists.append((a.start, a.end))
    textless: list[tuple[str, str]] = []  # (ref, title) of items with no minute of their own, just above this one
    for k, h in enumerate(items):
        end = items[k + 1].line.start if k + 1 < len(items) else last_end
        before = len(b.ex.reported)
        _item(b, seg, h, end)
        if not b.d.text[h.body_start:end].strip():
            textless.append((h.number or h.title, h.title))
            continue
        _share_presenters(b, b.ex.reported[before:], h.body_start, textless)
        textless = []


def _attendance_after_items(seg: Segment, items: list) -> list[Line]:
    """The lines from a "Present:" section below the last item to the part's end ("Attendance
    details / Present: ... / Apologies: ..." at the foot of a meeting's web page), else []."""
    if not items:
        return []
    after = [ln for ln in seg.lines if ln.index > items[-1].line.index]
    start = next((k for k, ln in enumerate(after) if attendance_label(ln.text) == "present" and ln.stripped.endswith(":")), None)
    return after[start:] if start is not None else []


def _share_presenters(b: _Builder, rows: list[Reporting], body_start: int, textless: list[tuple[str, str]]) -> None:
    """Headings with no minute of their own, straight above one ("5. Annual Work Plan" / "6. Six
    Year Strategy" / "The Officer gave presentation on the Work Plan and the Strategy"), were
    taken together: whoever presented under the last one presented under each whose title the
    presenting sentence names (or all, when it says "both" or "each")."""
    for r in rows:
        if r.evidence is None or r.evidence.start < body_start:
            continue  # named in the heading ("Presentation by X"): that item's alone
        said = r.evidence.quote.lower()
        for ref, title in textless:
            if re.search(r"\b(?:both|each|all\s+(?:three|four)|two|three)\b", said) or _content_words(title) & _content_words(said):
                b.reported(r.presenter, ref, r.to_body, r.meeting_date, r.evidence.start, r.evidence.end, r.report)


def _content_words(text: str) -> set[str]:
    """The content words of a title or sentence ("work", "plan", "strategy")."""
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())} - {"with", "from", "that", "this", "their", "report", "update", "item"}


def _meeting_of(b: _Builder, seg: Segment) -> None:
    span = seg.meeting.span or (seg.part.start, seg.lines[min(seg.header_end, len(seg.lines) - 1)].end)
    b.meeting(seg.part.body, seg.part.date, seg.venue, *span)


def _attendee(b: _Builder, seg: Segment, a: Attendee) -> None:
    # an absent member is a person of the paper, with no attendance; a post with no holder named
    # attends only as the meeting's own officer ("the Clerk")
    if a.status != "absent" and (a.name or MEETING_POSTS.match(a.label)):
        _attend(b, seg, a.label, a.status, a.start, a.end)
    role = a.role or ("Chair" if a.status == "chair" and a.name else None)
    if a.name:
        b.person(a.name, a.written, a.title, role, a.organisation, a.start, a.end, aliases=a.aliases)
        for more in a.more_roles:
            b.person(a.name, a.written, a.title, more, None, a.start, a.end)
        if a.status == "chair" and a.role and not _CHAIR_POST.search(a.role):
            # "Leader of the Council (Chairman)": chairing is a post of its own besides the other
            b.person(a.name, a.written, a.title, "Chair", None, a.start, a.end)


_CHAIR_POST = re.compile(r"\b(?:chair|chairman|chairwoman|chairperson|convenor|convener|cathaoirleach|mayor|presiding)", re.IGNORECASE)


def _attend(b: _Builder, seg: Segment, person: str, status: str, start: int, end: int) -> None:
    date = seg.part.date
    for a in b.ex.attendance:
        if a.meeting_date == date and a.person.lower() == person.lower():
            if status == "chair" and a.status == "present":
                a.status = "chair"  # present in the list, then "Gavin Ashworth chaired the meeting"
            elif status == "invited" and a.status == "in_attendance":
                a.status = "invited"  # listed as also present, and welcomed to an item as a guest
            return
    b.ex.attendance.append(Attendance(date, person, status, b.ev(start, end), seg.part.body))


def _item(b: _Builder, seg: Segment, h: ItemHeading, end: int) -> None:
    date, body = seg.part.date, seg.part.body
    number = h.number
    index = next((k for k, a in enumerate(b.ex.agenda_items) if number and a.meeting_date == date and a.number == number), None)
    if index is None:  # an agenda and minutes of one meeting in one file list the item once
        b.ex.agenda_items.append(AgendaItem(date, number, h.title, b.ev(h.title_start, h.title_end), body=body))
        index = len(b.ex.agenda_items) - 1
    ref = number or h.title
    titled = TITLED_PRESENTER.match(h.title)
    if titled:  # "Presentation by the Director of Service", "Receive Presentation from X on Y"
        who = squash(titled.group("who"))
        # (not a group named by its plural: "Reports from Representatives", "Reports from Members")
        for e in [e for e in cues.split_people(who, h.title_start) if cues.person_or_post(e)
                  and not cues.GENERIC_SUBJECT.match("the " + who)][:1]:
            b.reported(_presenter_label(e), ref, body, date, h.title_start, h.title_end)
    if PREVIOUS_MINUTES.search(h.title):
        for dm in find_dates(h.title, default_year=int(date[:4])):
            if dm.iso and dm.iso != date:
                b.meeting(body, dm.iso, None, h.title_start, h.title_end, referenced=True)
    s0 = min(h.body_start, end)
    if s0 >= end:
        return
    text = b.d.text
    b.item_text[index] = (s0, end)
    _attendance_item(b, seg, h, s0, end)
    _presenter_fields(b, ref, body, date, s0, end)
    welcomed: list[tuple[cues.Entry, int]] = []  # the item's guests, with where their sentence starts
    previous = (s0, s0)  # the sentence before: whom a "She then gave an update" refers to
    for ss, se in cues.sentences(text[s0:end], s0):
        sent = text[ss:se]
        welcome = b.cue(ss, se, "WELCOME")
        # "welcomed everyone, in particular X": one of those present singled out, a guest only if
        # no list gave them already
        singled = bool(re.search(r"\b(?:in\s+particular|particularly|especially)\b", sent, re.IGNORECASE))
        for e in cues.welcomed(sent, ss) if welcome else ():
            if not (singled and any(a.meeting_date == seg.part.date and a.person.lower() == e.label.lower()
                                    for a in b.ex.attendance)):
                _attend(b, seg, e.label, "invited", e.start, e.end)
            b.person(e.name, e.written, e.title, e.role, e.organisation, e.start, e.end)
            welcomed.append((e, ss))
        presenting = welcome or b.cue(ss, se, "PRESENT")
        authored = presenting and cues.names_the_reports_source(sent)
        for e in cues.presenters(sent, ss) if presenting else ():
            who = e.label
            if e.name is None and not who.lower().startswith("the "):
                who = "The " + who
            b.reported(who, ref, body, date, ss, se)
            if authored and e.name is None:  # "a report by the Executive Director": the post presents
                b.as_written.add((" ".join(who.split()), ref, date))
            if e.title or " " in (e.name or " "):  # (one word alone is looked up among the paper's people)
                b.person(e.name, e.written, e.title, e.role, e.organisation, e.start, e.end)
        if presenting and cues.PRONOUN_PRESENTER.match(sent):
            named = find_people(text[previous[0]:previous[1]], previous[0])
            if named:  # the last person the sentence before names
                b.reported(named[-1].name, ref, body, date, previous[0], se)
        previous = (ss, se)
        # authors of the report this item discusses: "The report had been produced by X";
        # "thanked the Officers for authoring the reports" (the guests welcomed to this item,
        # with evidence from the welcome to the thanks, so that it names them)
        thanked, generic = cues.thanked_for_writing(sent, ss)
        written = welcomed if generic else [(e, ss) for e in thanked + cues.authors(sent, ss)]
        for e, start in written:
            b.ex.report_authors.append(ReportAuthor(h.title, e.name or e.label, "author", b.ev(start, se)))
            b.person(e.name, e.written, e.title, e.role, e.organisation, e.start, e.end)
        if NEXT_MEETING.search(sent):
            _referenced(b, seg, sent, ss)
    for r in find_decisions(text, s0, end):
        b.ex.resolutions.append(Resolution(date, number, r.text, b.ev(r.start, r.end), r.requests_report))


# A decision record's fields under an item heading: "Report of:<TAB>Strategic Director of Place",
# "Officer reporting:<TAB>Ruth Cole, Head of Housing", "Presented by: ..." (a field may wrap onto
# indented lines).
_PRESENTER_FIELD = re.compile(
    r"^(?P<indent>[ \t]*)(?:report\s+(?:of|by|from)|(?:report\s+)?(?:presented|introduced)\s+by|presenter|(?:officer|member)\s+reporting|"
    r"(?:reporting|presenting)\s+officer)[ \t]*:[ \t]*(?P<who>[^\n]+)",
    re.IGNORECASE | re.MULTILINE)


def _presenter_fields(b: _Builder, ref: str, body: Optional[str], date: Optional[str], s0: int, end: int) -> None:
    """The presenter a field of the item names: a person, else a post (its holder, when the paper
    names one, is found at the end)."""
    text = b.d.text
    for m in _PRESENTER_FIELD.finditer(text, s0, end):
        stop = _field_end(text, m.end(), len(m.group("indent").expandtabs()))
        lines = text[m.start("who"):stop].split("\n")
        # one presenter a line when each line names its own ("Cabinet Member for X (Cllr A)" /
        # "Executive Director of Y (B)"); else the value is one wrapped name and post
        own = len(lines) > 1 and all(re.search(r"\([^()]*[A-Z][a-z]+[^()]*\)\s*$", ln) for ln in lines)
        values = lines if own else [text[m.start("who"):stop]]
        at = m.start("who")
        for value in values:
            who = squash(value)
            held = cues.post_and_holder(who, at)  # "Executive Director of Resources (Dee Dunn)"
            for e in [held] if held else [e for e in cues.split_people(who, at) if cues.person_or_post(e)][:1]:
                b.reported(_presenter_label(e), ref, body, date, m.start(), stop)
                b.person(e.name, e.written, e.title, e.role, e.organisation, at, at + len(value))
            at += len(value) + 1


def _field_end(text: str, pos: int, indent: int) -> int:
    """Where a field's value ends: its line, and the lines below indented deeper than the field
    (a value wrapped in its column), up to a sentence."""
    while pos < len(text) and text[pos] == "\n":
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1: nxt if nxt >= 0 else len(text)]
        deeper = len(line) - len(line.lstrip(" \t")) and len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs()) > indent
        if not deeper or not line.strip() or re.search(r"[.!?]\s+[A-Z]", line):
            break
        pos = nxt if nxt >= 0 else len(text)
    return pos


def _presenter_label(e: cues.Entry) -> str:
    """A presenter as the row names it: the person, else the post as "The Director of X"."""
    return e.name or (e.label if e.label.lower().startswith("the ") else "The " + e.label)


TITLED_PRESENTER = re.compile(
    r"^(?:(?:to\s+)?(?:receive|hear|note)\s+(?:a\s+|the\s+)?)?(?:presentation|report|update|briefing)s?\s+(?:by|from)\s+"
    r"(?:the\s+)?(?P<who>.+?)(?:\s+(?:on|regarding|re|about|concerning)\s+.*)?$",
    re.IGNORECASE,
)


def _not_places(b: _Builder, bodies: list) -> list[Mention]:
    """Untitled mentions that start with the place the paper's councils are named after ("Beverley
    Tourism", "Beverley Area" beside "Beverley County Council"): a given name that is also the place is
    the place there. A name the paper also gives a title, a post, attendance or a report to is a
    person whatever its first word ("Chelsea Hart" in Chelsea Town Council's minutes)."""
    places = {m.group(1) for x in bodies
              for m in re.finditer(r"\b([A-Z][a-z]+)\s+(?:County|City|Borough|District|Municipal|Metropolitan)\b", x.name)}
    people = {m.name for m in b.mentions if m.title or m.role} | {a.person for a in b.ex.attendance} \
        | {r.presenter for r in b.ex.reported}
    return [m for m in b.mentions if m.name.split()[0] not in places or m.title or m.role or m.name in people]


def _resolve_presenters(b: _Builder) -> None:
    """A presenter named by post or initials ("The Chief Superintendent", "the Meetings
    Administrator", "DHO", "MC" of a table of names and initials) is the person the document gives
    that post, title or initials to, when exactly one person has it."""
    initials = initials_given(b.d.text)
    for r in b.ex.reported:
        if (r.presenter, r.item, r.meeting_date) in b.as_written:
            continue
        # "The Clerk, in her capacity as Responsible Financial Officer": the Clerk presents
        r.presenter = re.sub(r",?\s+in\s+(?:his|her|their)\s+capacity\s+as\b.*$", "", r.presenter)
        hit = _person_for(r.presenter, b.ex.people) or initials.get(r.presenter.removeprefix("The ")) \
            or _first_name_of(r.presenter, b.ex.people)
        if hit:
            r.presenter = hit
    # initials no list explains, and a first name no one has (or two have), name no one
    b.ex.reported = [r for r in b.ex.reported if not re.fullmatch(r"(?:The )?[A-Z]{2,3}", r.presenter)
                     and not (" " not in r.presenter and not _named_by(r.presenter, b.ex.people))]




def _person_for(who: str, people: list) -> Optional[str]:
    w = re.sub(r"^(?:the|our)\s+", "", " ".join(who.split()), flags=re.IGNORECASE)
    lw = w.lower()
    if re.fullmatch(r"[A-Z]{2,5}", w):
        hits = {p.name for p in people if w in p.aliases}
        # "The RFO presented": the one person whose post those letters spell (Responsible Financial Officer)
        hits = hits or {p.name for p in people for r in p.roles if r.role and _post_initials(r.role) == w}
        return hits.pop() if len(hits) == 1 else None
    titled = _surname_after_post(w, people)  # "The Mayor Keane", "Chief Executive Smith"
    if titled:
        return titled
    if not (cues.POST_HEAD.search(w) or re.match(r"^(?:chief\s+)?superintendent|inspector|sergeant", lw)):
        return None
    hits = {p.name for p in people for r in p.roles if r.role and _same_post(r.role.lower(), lw)}
    hits |= {p.name for p in people for a in p.aliases if a.lower().startswith(lw + " ") and a.endswith(p.name.split()[-1])}
    if len(hits) > 1:  # "the Leader": the Leader of the Council before the Leader of a group
        exact = {p.name for p in people for r in p.roles if r.role and r.role.lower().strip(" ,.") in (lw, lw + " of the council")}
        hits = exact or hits
    return hits.pop() if len(hits) == 1 else None


def _named_by(word: str, people: list) -> bool:
    """Is one word a person's whole name or surname here ("Ms Hanna" is read "Hanna")?"""
    return any(p.name == word or p.name.split()[-1] == word for p in people)


def _first_name_of(who: str, people: list) -> Optional[str]:
    """A first name alone ("Elspeth reported") is the one person of the paper with that first name
    (not a surname that is also a first name: "Ms Hanna")."""
    if " " in who or _named_by(who, people):
        return None
    hits = {p.name for p in people if len(p.name.split()) > 1 and p.name.split()[0] == who}
    return hits.pop() if len(hits) == 1 else None


def _surname_after_post(w: str, people: list) -> Optional[str]:
    """A post used as a title before a surname ("Mayor Keane"): the one person of that surname."""
    m = re.fullmatch(r"(?P<post>(?:[A-Z][\w-]*\s+){1,3})(?P<sur>[A-Z][\w'’-]+)", w)
    if not m or not cues.POST_HEAD.search(m.group("post")) or cues.POST_HEAD.search(m.group("sur")):
        return None
    hits = {p.name for p in people if p.name.split()[-1] == m.group("sur")}
    return hits.pop() if len(hits) == 1 else None


def _post_initials(post: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", post) if w[0].isupper())


def _same_post(role: str, post: str) -> bool:
    """"Director of Service" holds "Director of Service of the Physical Development Directorate";
    "Meetings Administrator" holds "Meetings Administrator"; "Senior Executive Officer
    (Corporate)" holds "Senior Executive Officer, Corporate Services" (one qualifier, written in
    brackets or after a comma, the same first word)."""
    role = role.strip(" ,.")
    # ("Executive Director of Resources and Section 151 Officer"; "Head of Finance (People Services)")
    if role == post or post.startswith(role + " ") or post.startswith(role + ",") or role.startswith(post + ",") \
            or role.startswith(post + " and ") or role.startswith(post + " ("):
        return True
    # "Leader" holds "Leader of the Council", "Legal Adviser" "Legal Adviser to the Panel", "Mayor" "Town Mayor"
    if re.match(re.escape(post) + r"\s+(?:of|to|for|at)\s", role) or re.fullmatch(r"(?:town|city|lord|county)\s+" + re.escape(post), role):
        return True
    (rb, rq), (pb, pq) = _post_parts(role), _post_parts(post)
    return bool(rq and pq) and rb == pb and rq.split()[0] == pq.split()[0]


def _post_parts(post: str) -> tuple[str, str]:
    """A post and its qualifier: "senior executive officer (corporate)" -> ("senior executive
    officer", "corporate")."""
    m = re.match(r"^(.+?)\s*(?:\((.+?)\)|,\s*(.+))\s*$", post)
    if not m:
        return post, ""
    return m.group(1), (m.group(2) or m.group(3)).strip()


def _attendance_item(b: _Builder, seg: Segment, h: ItemHeading, start: int, end: int) -> None:
    """An item of apologies (or of those present) whose text is the list: "2711. Apologies for
    absence: Cllr A, B, C.", "1<TAB>Apologies: Jo Bloggs"."""
    m = re.search(r"\b(apologies|present|attendance)\b", h.title, re.IGNORECASE)
    if not m:
        return
    status = "apologies" if m.group(1).lower() == "apologies" else "present"
    text = b.d.text
    para_end = text.find("\n\n", start, end)
    stop = para_end if para_end > 0 else end
    first = cues.sentences(text[start:stop], start)
    span = next(first, None)
    if span is None:
        return
    s, e = span
    # the prose formula may come after a welcome ("1. Welcome and apologies: The Chair opened
    # the meeting. ... Apologies were received from ..."): the whole item is read for it
    for a in apologies_in_prose(text, s, e):
        _attendee(b, seg, a)
    if status == "apologies":
        for ss, se in cues.sentences(text[e:end], e):
            if re.match(r"[\W\d]*(?:an\s+)?apolog(?:ies|y\s+for\s+absence)\b", text[ss:se], re.IGNORECASE):
                for a in apologies_in_prose(text, ss, se):
                    _attendee(b, seg, a)
    chunk = text[s:e]
    label = label_match(chunk)
    if label and label[0] in ("apologies", "present", "absent", "in_attendance"):
        # "Ymddiheuriadau / Apologies: Cllr A and Cllr B.": the item repeats the label before its list
        s, chunk, status = s + label[1], chunk[label[1]:], label[0]
    if _list_start(chunk):
        for a in parse_list(flatten(split_lines(text, s, e)), status):
            _attendee(b, seg, a)


def _list_start(chunk: str) -> bool:
    """A list of people starts here (a title or a capitalised name), not a sentence."""
    if NONE_RECEIVED.match(chunk):
        return False
    first = re.sub(r"^\s*(?:" + WELSH_WORDS + r")\s*/\s*", "", chunk.split(",")[0])  # "Cyng. / Cllr X"
    return bool(re.match(r"^\s*(?:" + TITLES + r")\b", first, re.IGNORECASE)) or (
        len(first.split()) <= 4 and all(w[:1].isupper() for w in first.split()))


def _referenced(b: _Builder, seg: Segment, sent: str, base: int) -> None:
    date = seg.part.date
    for dm in find_dates(sent, default_year=int(date[:4]) if date else None):
        if dm.iso and dm.iso != date:
            venue = None
            vm = re.search(r"\bin\s+(?:the\s+)?(?P<v>[A-Z][\w' ]+?(?:Hall|House|Centre|Center|Room|Chamber|Offices|Building))\b", sent[dm.end:])
            if vm:
                venue = vm.group("v")
            b.meeting(seg.part.body, dm.iso, venue, base + dm.start, base + dm.end, referenced=True)


# ---------------------------------------------------------------- agenda

MEMBERSHIP_ROLE = re.compile(r"^\s*(?P<role>(?:vice[- ])?chair(?:man|woman|person)?|deputy\s+chair|co-opted\s+members?)\s*(?::\s*-|:-|:|-|–)\s*(?P<rest>.+)$", re.IGNORECASE)


def _agenda(b: _Builder, seg: Segment) -> None:
    part = seg.part
    if not part.date:
        return
    _meeting_of(b, seg)
    body_lines = seg.lines[seg.header_end:]
    items = find_items(body_lines) or find_unnumbered_headings(body_lines)
    known = {(a.meeting_date, a.number) for a in b.ex.agenda_items}
    for k, h in enumerate(items):
        if (part.date, h.number) not in known:
            b.ex.agenda_items.append(AgendaItem(part.date, h.number, h.title, b.ev(h.title_start, h.title_end), body=part.body))
        nxt = items[k + 1].line.index if k + 1 < len(items) else h.line.index + 4
        if NEXT_MEETING.search(h.title) or re.search(r"next meeting", h.title, re.IGNORECASE):
            block = [ln for ln in body_lines if h.line.index <= ln.index < nxt]
            for ln in block:
                for dm in find_dates(ln.text, default_year=int(part.date[:4])):
                    if dm.iso and dm.iso != part.date:
                        vm = re.search(r"\bin\s+(?:the\s+)?(?P<v>[A-Z][\w' ]+?(?:Hall|House|Centre|Room|Chamber|Offices))\b", ln.text)
                        b.meeting(part.body, dm.iso, vm.group("v") if vm else None, ln.start + dm.start, ln.start + dm.end, referenced=True)
        if PREVIOUS_MINUTES.search(h.title):
            for dm in find_dates(h.title, default_year=int(part.date[:4])):
                if dm.iso and dm.iso != part.date:
                    b.meeting(part.body, dm.iso, None, h.title_start, h.title_end, referenced=True)
    _membership(b, seg, seg.lines)


def _membership(b: _Builder, seg: Segment, lines: list[Line]) -> None:
    """The membership list printed with an agenda ("Chairperson: - Councillor X", "Councillors A,
    B and C", "Membership: Councillors: ..."): people and their chair posts, not attendance."""
    lines = [ln for ln in lines if not is_header_row(ln.text)]  # "Councillor<TAB>Appointing authority"
    for para in paragraphs(lines):
        first = para.lines[0]
        m = MEMBERSHIP_ROLE.match(first.text)
        if m:
            role = m.group("role")
            start = first.start + m.start("rest")
            held = not role.lower().startswith("co-opted")
            for a in parse_list(flatten(split_lines(b.d.text, start, first.end)), "present"):
                b.person(a.name, a.written, a.title, role if held else a.role, a.organisation, a.start, a.end)
        elif re.match(r"^\s*(?:membership\s*:\s*)?(?:councillors?|cllrs?)\b\s*:?\s*[A-Z]", first.text, re.IGNORECASE):
            text_end = para.end
            start = first.start + re.match(r"^\s*(?:membership\s*:\s*)?", first.text, re.IGNORECASE).end()
            for a in parse_list(flatten(split_lines(b.d.text, start, text_end)), "present"):
                role = a.role if a.status != "chair" else (a.role or "Chair")
                b.person(a.name, a.written, a.title, role, a.organisation, a.start, a.end)


# ---------------------------------------------------------------- reports

_DECISION_RECORD = re.compile(r"\b(?:record\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}decisions?|decision\s+notice|"
                              r"notice\s+of\s+(?:[\w-]+\s+){0,2}decision)\b", re.IGNORECASE)
DECISION_RECORD_LINES = 60
_HOLDER_FIRST = re.compile(r"^(?:Councillor|Cllr|Mayor)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]*){0,3},\s*")


def _report(b: _Builder, seg: Segment) -> None:
    h = read_header(seg.lines, b.d.text)
    # "Decision maker: Councillor X, Cabinet Member for Y": the post decides, not the person
    body = body_name(_HOLDER_FIRST.sub("", h.meeting.text)) if h.meeting else None
    if body:
        body = re.sub(r"^(?:the\s+)", "", body, flags=re.IGNORECASE)
    title = squash(h.title.text) if h.title else None
    seg.part.body, seg.part.date, seg.part.title = body, h.date, title
    if body and h.date:
        s, e = h.meeting.start, h.meeting.end
        b.meeting(body, h.date, None, s, e)
    report = title or "report"
    item = h.item.text if h.item else report
    if h.item and h.date and title and not any(a.meeting_date == h.date and a.number == h.item.text
                                               for a in b.ex.agenda_items):  # the agenda already lists it
        b.ex.agenda_items.append(AgendaItem(h.date, h.item.text, title, b.ev(h.item.start, h.item.end), body=body))
    posts: set[str] = set()  # sources named by a post alone ("Report of: Head of Regulatory Services")
    for rel, values in (("author", h.authors), ("approver", h.approvers), ("contact", h.contacts), ("from", h.sources)):
        for v in values:
            text = clean_contact(v.text)
            entries = cues.split_people(text, v.start) if text else []
            for e in entries[:1]:
                who = e.label
                b.person(e.name, e.written, e.title, _role_only(e.role), e.organisation, e.start, e.end)
                b.ex.report_authors.append(ReportAuthor(report, who, rel, b.ev(v.start, v.end)))
                if rel == "from" and e.name is None:
                    posts.add(who)
            if rel == "from" and not entries and text:
                b.ex.report_authors.append(ReportAuthor(report, text, rel, b.ev(v.start, v.end)))
    # Who the report is from: its "From" / "Report of" post or person, else its authors (contact
    # officers answer questions on it; they do not put it to the meeting).
    mine = [a for a in b.ex.report_authors if a.report == report]
    presenters = [a for a in mine if a.relation == "from"] or [a for a in mine if a.relation in ("author", "approver")]
    for a in presenters:
        b.reported(a.person, item, body, h.date, a.evidence.start, a.evidence.end, report=report)
        if a.relation == "from" and a.person in posts:
            b.as_written.add((" ".join(a.person.split()), item, h.date))  # "Report of: Head of X" stays the post
    if h.date and any(_DECISION_RECORD.search(ln.text) for ln in seg.lines[:12]):
        # a record of a decision taken outside a meeting (an individual Cabinet Member's): what it
        # decided, in its opening lines (the report behind it recommends, it does not decide)
        end = seg.lines[min(len(seg.lines), DECISION_RECORD_LINES) - 1].end
        for r in find_decisions(b.d.text, seg.part.start, end):
            b.ex.resolutions.append(Resolution(h.date, None, r.text, b.ev(r.start, r.end), r.requests_report))


def _role_only(role: Optional[str]) -> Optional[str]:
    """"Strategic Director, Children & Young Peoples Service" stays as written; a bare unit
    or e-mail fragment is not a post."""
    if not role:
        return None
    role = role.strip(" ,–-")
    return role if cues.POST_WORD_ANY.search(role) or len(role.split()) <= 6 else None


# ---------------------------------------------------------------- running text

INCLUDED = screened(re.compile(
    r"\b(?:included|comprised|consisted\s+of|(?:the\s+)?[A-Z]\w+s\s+(?:were|are))\s+(?P<list>[A-Z][^.;:]+)"
))
WAS_THE = screened(re.compile(
    # ("Jo Park was the Clerk", "Jo Park, who is the Head of Finance, said")
    r"\b(?P<name>" + NAME_UP + NAME_LOW_MARK + r"+\s+(?:[A-Z]\.\s)?" + NAME_UP + NAME_LOW + NAME_ANY + r"*)(?:,\s+who)?\s+(?:was|is)\s+(?:the|our)\s+(?P<post>[^.;,]{3,80}?)(?=[.;,]|\s+(?:for|who|and)\b|$)"
))
MP = screened(re.compile(r"\b(?P<name>" + NAME_UP + NAME_LOW_MARK + r"+\s+" + NAME_UP + NAME_ANY + r"+)\s+MP\b"))
TITLED = screened(re.compile(
    r"\b(?P<title>Councillor|Cllr|Mr|Mrs|Ms|Dr|(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Inspector))\.?\s+"
    r"(?:(?P<title2>Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"  # "Councillor Mrs Gwen Ash": a second title, no name
    r"(?P<name>(?:[A-Z]\.[ \t]?){0,3}(?:" + NAME_UP + NAME_LOW_MARK + r"+[ \t]+(?=" + NAME_UP + r"(?:[a-z]|['’]" + NAME_UP + r"))(?!(?:" + cues.POST_WORDS + r")\b))?" + NAME_UP + NAME_ANY + r"+)"
))
APPOINTED = screened(re.compile(
    r"\bappointed\s+(?:(?:Dr|Mr|Mrs|Ms|Professor|Councillor|Cllr)\.?\s+)?(?P<name>" + NAME_UP + NAME_LOW_MARK + r"+\s+(?:[A-Z]\.\s)?" + NAME_UP + NAME_LOW + NAME_ANY + r"*)\s+as\s+(?:the\s+|its\s+|their\s+|our\s+)?(?P<post>" + NAME_UP + r"[^.;,()]{2,80}?)(?=[.;,(]|\s+(?:for|from|to|with|until|and)\b|$)"
))
# A person as running text names one: a title and one or two names, or a given name and a surname.
_NAMED = (r"\b(?:(?P<title>Dr|Mr|Mrs|Ms|Miss|Professor|Councillor|Cllr)\.?\s+)?"
          r"(?P<name>(?(title)(?:" + NAME_UP + NAME_LOW_MARK + r"+\s+)?" + NAME_UP + NAME_ANY + r"+|" + NAME_UP + NAME_LOW_MARK + r"+\s+(?:[A-Z]\.\s)?" + NAME_UP + NAME_LOW + NAME_ANY + r"*))")
# "Cllr X reported as chair of the Y Group"; "Dr X, who chairs the Y Committee, said": the post a
# person holds in a body the sentence names beside them.
CHAIRS = screened(re.compile(
    _NAMED + r"(?:,\s+who\s+(?P<verb>(?i:chairs|chaired|convenes|leads))\s+|,?\s+(?:(?:reported|spoke|attended|presented|responded)\s+)?as\s+(?:the\s+)?"
    r"(?P<post>(?i:(?:vice[\s-]?)?chair(?:man|person|woman)?|convener|secretary|treasurer|lead\s+member|president))\s+of\s+)"
    r"(?P<body>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for|&|the)){0,8})"
))
# "Councillor X explained that the Skills Board, which he chairs, sets ...": the body before "which
# he chairs" is the named person's (the sentence names no one between them)
CHAIRS_WHICH = screened(re.compile(
    _NAMED + r"[^.;:]{0,80}?\b(?:the|its|their)\s+(?P<body>(?-i:[A-Z])[\w'’&-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|and|of|for|&)){0,8}),\s+"
    r"which\s+(?:he|she|they)\s+(?P<verb>(?i:chairs|chaired|convenes|leads))\b(?P<post>)"
))
# "The Partnership is chaired by Jo Park, ...": the body, then who chairs it (not the meeting itself)
CHAIRED_BY = screened(re.compile(
    # (the body's name on one line: a heading above it is not part of it)
    r"\b(?P<body>(?:the[ \t]+)?(?-i:[A-Z])[\w'’&-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'’&-]*|and|of|for|&)){0,8})\s+(?:is|are|was|will\s+be|has\s+been)\s+"
    r"(?:(?:currently|now|jointly)\s+)?(?P<verb>chaired|convened|led)\s+by\s+(?:the\s+[A-Z][\w\s]{2,40}?,\s+)?" + _NAMED
))
# "Comments from Jo Park, Senior Solicitor: there are no legal implications": a report's
# implications paragraph names who gave the comments and their post, ended by a colon
COMMENTS_FROM = screened(re.compile(
    r"\b(?i:comments?|advice|observations?)\s+(?:from|of|by)\s+" + _NAMED + r",\s+(?P<post>(?-i:[A-Z])[^:.;,\n]{2,80}?)"
    r"(?:,\s+(?P<org>(?-i:[A-Z])[^:.;,\n]{2,60}?))?\s*:"
))
_VERB_POST = {"chairs": "Chair", "chaired": "Chair", "convenes": "Convener", "convened": "Convener", "leads": "Lead", "led": "Lead"}
# "that Councillor Jo Ray be elected Vice-Chair for 2031/32", "Jo Ray was appointed Chair of the X":
# the post the meeting gives a person
ELECTED = screened(re.compile(
    _NAMED + r"\s+(?:be|was|were|is|has\s+been|had\s+been)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|appointed)\s+(?:as\s+)?(?:the\s+)?"
    r"(?P<post>(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’&-]*|of|for|and|the|to|on)){0,8}?)"
    r"(?=\s+(?:for|until|from|with|in|at|by|during|since|following|subject)\b|\s+and\s+(?:(?:Councillor|Cllr|Mr|Mrs|Ms|Dr)\b|[a-z])"
    r"|\s*[.,;(]|\s*$)"
))


# "Councillor A be appointed as the Authority's representative on the X Commission", "Councillors
# A and B be appointed as employer representatives on the Y Board": each holds that seat on the body
APPOINTED_TO = re.compile(
    # (the appointees' names only, titles, initials, "and" and commas: not "Cllr A reported that B")
    r"(?P<list>(?:Councillors?|Cllrs?\.?)\s+[A-Z][\w.'’-]*(?:(?:\s+|\s*,\s*)(?:[A-Z][\w.'’-]*|and|&|Councillors?|Cllrs?\.?)){0,12}?)"
    r"\s+(?:be|was|were|has\s+been|have\s+been)\s+(?:re-?)?appointed\s+"
    r"(?:as\s+)?(?:(?:the|its|their)\s+(?:\w+['’]s\s+)?|an?\s+)?"
    r"(?P<post>(?:[a-z][\w-]*\s+){0,2}?(?:representatives?|members?|trustees?|directors?|governors?|observers?|delegates?|substitutes?))"
    # the body: capitalised words, its bracketed letters and the small words inside a name
    r"\s+(?P<prep>on|to|of)\s+(?P<body>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:(?!Councillors?\b|Cllrs?\b)[A-Z(][\w'’&()-]*|of|for|and|&|the|on|in)){0,12})")


def _appointed_to(b: _Builder, sent: str, ss: int) -> None:
    """The seats an appointment gives (``APPOINTED_TO``): the post written singular, with its body."""
    for m in APPOINTED_TO.finditer(sent):
        post = re.sub(r"s$", "", m.group("post").strip())
        body = re.sub(r"^the\s+|(?:\s+(?:of|for|and|&|the|on|in))+$", "", m.group("body").strip())
        if m.start() and not re.search(r"(?:^|[.;:(]|\bthat|\))\s*$", sent[: m.start()], re.IGNORECASE):
            continue  # the appointees open the sentence or the decision ("RESOLVED that ...", "(b) ...")
        role = f"{post} {m.group('prep')} the {body}"
        for e in cues.split_people(m.group("list"), ss + m.start("list")):
            if e.name:
                b.person(e.name, e.written, e.title, role, None, e.start, e.end)


def _held_post(m: re.Match) -> Optional[str]:
    """The post a CHAIRS or ELECTED match gives its person, or None when the "name" is a post
    ("The Deputy Mayor was elected Mayor") or the body has no head ("chair of the Finance
    Committee and Sam Lee" is the committee's)."""
    if cues.POST_HEAD.search(m.group("name")) or cues.NOT_NAME_WORDS & {w.lower() for w in m.group("name").split()}:
        return None
    if "body" not in m.groupdict():
        return m.group("post") if is_post(m.group("post")) else None
    heads = list(BODY_HEAD.finditer(m.group("body")))
    if not heads:
        return None
    post = m.group("post") or _VERB_POST[m.group("verb").lower()]
    return f"{post} of {m.group('body')[: heads[-1].end()]}"


THAT_NAME = re.compile(
    r"^(?:[-•]\s*)?(?:\(\w{1,3}\)\s*)?(?:resolved\W*)?that\s+(?P<name>(?!The\b)" + NAME_UP + NAME_LOW_MARK + r"+\s+(?:[A-Z]\.\s)?" + NAME_UP + NAME_LOW + NAME_ANY + r"*)\s+(?:be|is|to)\b",
    re.IGNORECASE,
)


# A titled first name at a line's end, its surname on the next line ("... its Independent Chair, Mr
# Lionel" / "Pargeter, who ..."): the page's wrap, read as a space (same length, same offsets).
_TITLED_WRAP = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Professor|Prof|Sir|Dame)\.?[ \t]+(?P<given>[A-Z][\w'’-]+)[ \t]*\n[ \t]*(?=[A-Z][\w'’-]+(?P<ends>[,.;:)]|[ \t]+[a-z])?)"
                          r"(?![^\n:]{0,40}:)")  # (not "Chair: - Cllr X" / "Vice-Chair: - Cllr Y": two labelled rows)


def _unwrap_titled(text: str) -> str:
    if "\n" not in text:
        return text
    # (a first name, or a word that ends the name where the sentence goes on: "reported by Mr Jones" /
    # "Neighbourhood Plan" is a surname, then a heading)
    return _TITLED_WRAP.sub(lambda m: m.group().replace("\n", " ") if m.group("given") in given_names() or m.group("ends")
                            else m.group(), text)


def _running_text(b: _Builder, segments: list[Segment]) -> None:
    """People named outside the structural blocks: appositives ("the previous Independent Chair,
    Jo Bloggs"), lists ("The Inspectors were A and B"), "Name MP", titled names, resolutions
    naming someone. The spaCy components add more (see pipeline.COMPONENTS)."""
    text = b.d.text
    for para in paragraphs([ln for seg in segments for ln in seg.lines]):
        for ss, se in cues.sentences(para.text, para.start):
            sent = text[ss:se]
            unwrapped = _unwrap_titled(sent)
            # each pattern is screened (screen.py): a sentence without its literal words is not searched
            for m in cues.APPOSITIVE.finditer(unwrapped) if "," in sent else ():
                post = re.sub(r"^(?:the|our|previous)\s+", "", m.group("post"), flags=re.IGNORECASE)
                if cues.NOT_NAME_WORDS & {w.lower() for w in m.group("name").split()}:
                    continue
                b.person(cues.normalise_name(m.group("name")), m.group(0), None, post, None, ss + m.start(), ss + m.end())
            for m in MP.finditer(sent):
                b.person(m.group("name"), m.group(0), None, None, None, ss + m.start(), ss + m.end())
            for m in TITLED.finditer(unwrapped):
                if b.in_lists(ss + m.start()):
                    continue
                title = " ".join(t for t in (m.group("title"), m.group("title2")) if t)
                b.person(cues.normalise_name(m.group("name")), m.group(0), title, None, None, ss + m.start(), ss + m.end())
            for m in INCLUDED.finditer(sent):
                for e in cues.split_people(m.group("list"), ss + m.start("list")):
                    # "the new ward comprised Kelby Moor beyond the river": what a list holds is
                    # people only by a title, a post, an organisation or a given name
                    if e.name and (e.title or (e.role and is_post(e.role)) or e.organisation
                                   or (len(e.name.split()) >= 2 and e.name.split()[0] in given_names())):
                        post = None
                        pm = re.search(r"\b(?:the\s+)?(?P<p>[A-Z]\w+)s\s+(?:were|are)\s*$", sent[: m.start("list")])
                        if pm and cues.POST_WORD_ANY.search(pm.group("p")):
                            post = pm.group("p")
                        b.person(e.name, e.written, e.title, e.role or post, e.organisation, e.start, e.end)
            for m in APPOINTED.finditer(sent):
                b.person(m.group("name"), m.group("name"), None, m.group("post").strip(), None, ss + m.start("name"), ss + m.end())
            for m in WAS_THE.finditer(sent) if " was " in sent or " is " in sent else ():
                # (not "The Chief Executive is the Chair of ...": a post, unless a given name opens it, "Ann Warden")
                post_named = cues.POST_HEAD.search(m.group("name")) and m.group("name").split()[0] not in given_names()
                if ", who" in m.group() and not cues.POST_HEAD.search(m.group("post")):
                    continue  # "Jo Park, who was the driving force behind ...": a description, no post
                if re.search(cues.POST_WORD_ANY.pattern, m.group("post"), re.IGNORECASE) and not post_named \
                        and not (cues.NOT_NAME_WORDS & {w.lower() for w in m.group("name").split()}):
                    b.person(m.group("name"), m.group("name"), None, m.group("post").strip(), None, ss + m.start(), ss + m.end())
            for m in CHAIRED_BY.finditer(sent):
                heads = list(BODY_HEAD.finditer(m.group("body")))
                if heads and not re.match(r"(?i)(?:the\s+)?meeting\b", m.group("body")) and not cues.POST_HEAD.search(m.group("name")):
                    body = re.sub(r"^the\s+", "", m.group("body")[: heads[-1].end()], flags=re.IGNORECASE)
                    b.person(m.group("name"), m.group(0), m.group("title"), f"{_VERB_POST[m.group('verb').lower()]} of the {body}", None,
                             ss + m.start("name"), ss + m.end())
            for m in COMMENTS_FROM.finditer(sent):
                if is_post(m.group("post")):
                    at = m.start("title") if m.group("title") else m.start("name")
                    b.person(cues.normalise_name(m.group("name")), sent[at:m.end("name")], m.group("title"), m.group("post"),
                             m.group("org"), ss + at, ss + m.end("name"))
            for rx in (CHAIRS, ELECTED, CHAIRS_WHICH):
                for m in rx.finditer(sent):
                    post = _held_post(m)
                    if post:
                        b.person(m.group("name"), m.group(0), m.group("title"), post, None, ss + m.start(), ss + m.end())
            if "appointed" in sent:
                _appointed_to(b, sent, ss)
            m = THAT_NAME.match(sent.strip())
            if m and not (cues.NOT_NAME_WORDS & {w.lower() for w in m.group("name").split()}):
                off = ss + (len(sent) - len(sent.lstrip())) + m.start("name")
                b.person(m.group("name"), m.group("name"), None, None, None, off, off + len(m.group("name")))


# ---------------------------------------------------------------- bodies (spaCy pipeline)

def _bodies(b: _Builder) -> None:
    """Bodies and the relations between them, from the spaCy pipeline's ``gg_bodies`` spans."""
    d = b.d
    blocks = b.blocks
    b.ex.bodies = [x for x in collect_bodies(_with_people(b, blocks), d) if not _not_a_body(x.name) and not _premises(x, d.text)]
    _meeting_bodies(b)
    own = next((m.body for m in b.ex.meetings if not m.referenced), None)
    b.ex.body_relations = find_body_relations(blocks, d, b.ex.bodies, own)
    _reports_of_sub_committees(b, own)
    _listed_sub_groups(b)
    _payees(b)


def _payees(b: _Builder) -> None:
    """The organisations a schedule of payments pays are bodies of the paper ("Westby Grounds Care",
    "Saint Anne's Hospice"); a person paid ("Mrs J Pell", "G & AM Hale"), a post, or one word
    ("Barclays" or "Stationery": the schedule does not say which) is not."""
    known = [name_key(f) for body in b.ex.bodies for f in [body.name, *body.aliases, *body.acronyms]]
    for p in find_payees(b.d.text):
        words = p.name.split()
        # ("Eden Bespoke Landscapes": a given name opens a firm's name of three words too; "JB
        # Fencing" is a firm's letters, "J Pell" and "G & AM Hale" people)
        person = _PAYEE_TITLE.match(p.name) or (words[0] in given_names() and len(words) == 2) \
            or _INITIALS_AND_SURNAME.fullmatch(p.name)
        if len(words) < 2 or person or not _organisation_name(p.name) or any(_abbreviates(p.name, k) for k in known):
            continue
        known.append(name_key(p.name))
        b.ex.bodies.append(Body(p.name, kind=kind_of(p.name), evidence=b.ev(p.start, p.end)))


_PAYEE_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllr|Councillor|Revd?)\.?\s")
_INITIALS_AND_SURNAME = re.compile(r"(?:[A-Z]\.?\s+){1,3}(?:&\s+(?:[A-Z]{1,2}\.?\s+)?)?[A-Z][a-z'’-]+")


def _abbreviates(written: str, full: tuple[str, ...]) -> bool:
    """One body's name, ``written`` with words cut short and stopped ("Westby Assoc. of Local
    Councils" for the association the paper names in full)."""
    short = written.replace("&", " and ").split()
    if len(short) != len(full):
        return False
    return all(name_key(s) == (f,) or s.endswith(".") and f.startswith(s.rstrip(".").lower()) for s, f in zip(short, full))


# "Four sub-groups report to the Safeguarding Partnership Executive:" and a bulleted list of them.
_GROUPS_REPORT_TO = re.compile(
    r"\b(?:sub-?\s?groups?|sub-?\s?committees?|working\s+groups?|panels?|groups?)\s+(?:report|reports|are\s+accountable)"
    r"\s+to\s+(?:the\s+)?(?P<to>[A-Z][^:\n]{2,80}?)\s*:\s*\n", re.IGNORECASE)


def _listed_sub_groups(b: _Builder) -> None:
    """Each body a bulleted list names under "N sub-groups report to X:" reports to X."""
    text = b.d.text
    found = list(_GROUPS_REPORT_TO.finditer(text))
    names = sorted(((f, x) for x in b.ex.bodies for f in [x.name, *x.aliases] if len(f) > 3), key=lambda p: -len(p[0])) if found else []
    for m in found:
        target = next((x for f, x in names if f.lower() == m.group("to").strip().lower()), None)
        if target is None:
            continue
        pos = m.end()
        for raw in text[m.end(): m.end() + 3000].split("\n"):
            start, pos = pos, pos + len(raw) + 1
            bullet = re.match(r"[ \t]*[-•*][ \t]+(.+)$", raw)
            if not raw.strip():
                continue
            if not bullet:
                break  # the list ends at the first line that is no bullet
            item = bullet.group(1)
            body = next((x for f, x in names if item.lower().startswith(("the " + f.lower(), f.lower()))), None)
            if body is not None and body is not target and not any(
                    r.source == body.name and r.relation == "reports_to" and r.target == target.name for r in b.ex.body_relations):
                b.ex.body_relations.append(BodyRelation(body.name, "reports_to", target.name, b.ev(start, start + len(raw))))


# "Reports from Sub-Committees:- Finance, Planning." / "Reports of Working Groups – Allotments":
# a standing item of parish and community councils naming its sub-bodies by subject alone.
_REPORTS_FROM = re.compile(
    r"\b(?i:reports?[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?(?P<kind>sub-?[ \t]?committees?|working[ \t]+(?:groups?|parties)|committees))"
    r"[ \t]*(?::-?|[-–])[ \t]*(?P<names>[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)*(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)*)*)")


def _reports_of_sub_committees(b: _Builder, own: Optional[str]) -> None:
    """Each sub-body such a heading names is a body (the one the paper already names, "Finance
    Committee", else "Finance Sub-Committee") and a sub-group of the meeting's body."""
    text = b.d.text
    for m in _REPORTS_FROM.finditer(text):
        kind = "Working Group" if "work" in m.group("kind").lower() else "Sub-Committee"
        for part in re.finditer(r"[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*)*", m.group("names")):
            subject = part.group()
            if subject.lower() in _NOT_SUBJECTS:
                continue
            ev = b.ev(m.start(), m.start("names") + part.end())
            body = next((x for x in b.ex.bodies for f in [x.name, *x.aliases] if f.lower() == subject.lower()
                         or f.lower().startswith(subject.lower() + " ") and _BODY_HEAD_WORD.search(f[len(subject):])), None)
            if body is None:  # "Finance" is the Finance Sub-Committee; "Planning Committee" is itself
                name = subject if _BODY_HEAD_WORD.search(subject.split()[-1]) else f"{subject} {kind}"
                body = Body(name, kind="committee" if kind == "Sub-Committee" else "other", evidence=ev)
                b.ex.bodies.append(body)
            if subject not in body.aliases and subject != body.name:
                body.aliases.append(subject)
            if own and own.lower() != body.name.lower() and not any(
                    r.source == body.name and r.relation == "sub_group_of" for r in b.ex.body_relations):
                b.ex.body_relations.append(BodyRelation(body.name, "sub_group_of", own, ev))


_NOT_SUBJECTS = {"none", "nil", "no", "n/a", "the", "all", "various"}


# A UK postcode, whole or its outward half ("WX17 4QT", "WX17").
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b|(?:\t|\s{2})[A-Z]{1,2}\d[A-Z\d]?\s*$")


def _premises(body, text: str) -> bool:
    """A "body" named only on address lines ("Cash Office, 12 Mill Road<TAB>WX16 2QB", a
    schedule of properties) is a building, not an organisation."""
    lines = []
    for name in [body.name, *body.aliases]:
        at = text.find(name)
        while at >= 0 and len(lines) < 20:
            lines.append(text[text.rfind("\n", 0, at) + 1: (text.find("\n", at) + 1 or len(text) + 1) - 1])
            at = text.find(name, at + len(name))
    # the address runs on from the name: a postcode far along a long line is someone else's
    return bool(lines) and all(_POSTCODE.search(ln[ln.find(body.name) if body.name in ln else 0:][:120]) for ln in lines)


_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|all|both|each|the\s+\w+)"
_BODY_HEAD_WORD = re.compile(
    r"\b(?:board|commission|committee|panel|partnership|group|team|service|services|directorate|council|trust|"
    r"forum|police|hub|department|inspectorate|agency|authority|office|unit|network|alliance|cabinet)\b",
    re.IGNORECASE,
)


def _not_a_body(name: str) -> bool:
    """A post mistaken for a body ("Chief Executive", "Area Manager"), a counted plural ("Four
    sub-groups"), a generic name ("a Committee of the Council") or two names run together over a
    semicolon."""
    if re.match(_NUMBER_WORDS + r"\s+[a-z-]+s$", name, re.IGNORECASE) or ";" in name:
        return True
    if re.fullmatch(r"(?:\w+\s+)?(?:committee|sub-committee|meeting|board|panel)\s+of\s+the\s+"
                    r"(?:council|municipal\s+district|authority|board|district)", name, re.IGNORECASE):
        return True
    last = name.split()[-1] if name.split() else ""
    if last.lower() == "trustees" and len(name.split()) > 1:
        return False  # "the Market Trustees": the trustees together are the body a charity has
    return bool(cues.POST_HEAD.fullmatch(last)) and not _BODY_HEAD_WORD.search(name) and len(name.split()) <= 4


def _cue_index(blocks) -> tuple[list[int], list[str]]:
    pairs = sorted((blk.start + sp.start_char, sp.label_) for blk in blocks for sp in blk.doc.spans.get("cues", []))
    return [p[0] for p in pairs], [p[1] for p in pairs]


def _with_people(b: _Builder, blocks):
    """Pass blocks through, adding the people that running text names (``find_people``)."""
    for block in blocks:
        for m in find_people(_unwrap_titled(block.text), block.start):
            if m.name and not b.in_lists(m.start):
                b.person(m.name, m.written, m.title, m.role, m.organisation, m.start, m.end)
        yield block


# ---------------------------------------------------------------- finishing

def _organisations(b: _Builder) -> None:
    """An organisation the text ties to a person is kept when it is a body: one the paper names
    (by its name, an alias or an acronym), or a name the body grammar reads as one body
    ("Jo Kaye (Ashby MBC)", "President, Kelsbridge Chamber of Trade"), which then joins the
    paper's bodies. What else the lists put in that slot is dropped: a reason ("(work
    commitments)"), a street or a townland ("Cllr A Lee, Mill Lane"), a post."""
    known = {name_key(f): body for body in b.ex.bodies for f in [body.name, *body.aliases, *body.acronyms]}
    for person in b.ex.people:
        kept = []
        for role in person.roles:
            if role.organisation and name_key(role.organisation) not in known:
                # a list that split a name at its comma ("Housing, Social and Community Development
                # SPC") left the body's tail: the body is the one the paper names in full
                whole = next((k for k in known if len(k) > len(name_key(role.organisation))
                              and k[-len(name_key(role.organisation)):] == name_key(role.organisation)), None)
                name = known[whole].name if whole else _leading_body(role.organisation, b.d.text)
                if name is None:
                    # an organisation's name the body grammar does not read ("Westby Foodbank") is
                    # still the person's organisation; a reason, a street or a post is not
                    role.organisation = role.organisation if _organisation_name(role.organisation) else None
                else:
                    role.organisation = name
                    if name_key(name) not in known:
                        known[name_key(name)] = Body(name, kind=kind_of(name), evidence=role.evidence)
                        b.ex.bodies.append(known[name_key(name)])
            if role.role or role.organisation:
                kept.append(role)
        person.roles = kept


_STREET = re.compile(r"\b(?:Lane|Road|Street|Close|Avenue|Drive|Way|Grove|Crescent|Place|Terrace|Gardens|Court|Rise|Walk|Row|Hill|Green|Square)$")


def _organisation_name(text: str) -> bool:
    """Capitalised words (and the small words inside a name) that are no street, no post and no
    date: "Westby Foodbank", "Kelby Homes"; not "work commitments", "Mill Lane", "Headteacher"."""
    text = " ".join(text.split())
    words = text.split()
    return 1 <= len(words) <= 6 and bool(re.fullmatch(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|in|for|the|on))*", text)) \
        and not _STREET.search(text) and not is_post(text) and not re.search(r"\d", text) and text.upper() != text


def _leading_body(text: str, paper: str) -> Optional[str]:
    """The body a text opens with, when nothing but a comma's afterthought follows it
    ("Westby District Council, as substitute"), as the body grammar reads it; else None.
    ``paper``: the document's text (a word in capitals it also writes in lower case is a word)."""
    text = " ".join(text.split())
    if is_acronym(text, paper) and paper.count(text) > 1:  # "Cllr C Hale (KWDBC)": an organisation's
        return text  # letters (used again in the paper; "(HOLIDAY)" once is a reason in capitals)
    doc = get_nlp()(text)
    for span in doc.spans.get("bodies", []):
        if span.label_ == "BODY" and not text[: span.start_char].strip(" ").lower() in ("", "the"):
            return None
        if span.label_ == "BODY":
            rest = text[span.end_char:].strip()
            return display_name(span.text) if not rest or rest.startswith(",") else None
    return None



@lru_cache(maxsize=1)
def _tagger() -> TopicTagger:
    return TopicTagger()


def _topics(b: _Builder) -> None:
    """Topics of each item from its title and the minute's text; acronyms the document defines
    (and the bodies' acronyms) expand to one topic."""
    acronyms: dict[str, str] = {}
    for body in b.ex.bodies:
        for a in body.acronyms:
            acronyms.setdefault(a, body.name)
    ignore = sorted({m.body for m in b.ex.meetings})
    tagger = _tagger()
    for i, item in enumerate(b.ex.agenda_items):
        s, e = b.item_text.get(i, (0, 0))
        body_text = b.d.text[s:min(e, s + 2000)]
        local = dict(find_acronym_definitions(body_text))
        local.update(acronyms)
        item.topics = tagger.topics(item.title, body_text, acronyms=local, ignore=ignore)


def _one_item_per_number(items: list[AgendaItem]) -> list[AgendaItem]:
    """An item number names one item of a meeting: when the agenda and the minutes of a pack, a
    report's "Agenda Item N" stamp or two windows of a large file give it again, the first
    reading stands, so the graph never holds one item with two titles."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for item in items:
        key = (item.meeting_date, item.number)
        if item.number is not None and key in seen:
            continue
        seen.add(key)
        kept.append(item)
    return kept


def _ranks_beside_posts(b: _Builder) -> None:
    """A police rank is the post of an officer the paper gives no other post; beside a post
    ("Detective Superintendent X, Head of Public Protection") it is only a title."""
    for p in b.ex.people:
        ranks = [r for r in p.roles if is_rank(r.role)]
        if ranks and len(ranks) < len([r for r in p.roles if r.role]):
            p.roles = [r for r in p.roles if r not in ranks]


def _canonical_names(b: _Builder) -> None:
    """Attendance and reporting rows name each person by the merged (fullest) name when the
    written form belongs to exactly one person; the chair's "The Chair" becomes the chair."""
    index: dict[str, set[str]] = {}
    for p in b.ex.people:
        for form in [p.name] + p.aliases:
            index.setdefault(form.lower(), set()).add(p.name)
    shared = Counter(p.name.lower() for p in b.ex.people)
    def canon(who: str) -> str:
        hits = index.get(who.lower(), set())
        # (not to a name two people share: "Mr Pell" and "Mrs Pell" are both "Pell")
        return next(iter(hits)) if len(hits) == 1 and shared[next(iter(hits)).lower()] == 1 else who
    kept: list[Attendance] = []
    seen_att: dict[tuple[str, str], Attendance] = {}
    for a in b.ex.attendance:
        a.person = canon(a.person)
        first = seen_att.get((a.meeting_date, a.person.lower()))
        if first is None:
            seen_att[(a.meeting_date, a.person.lower())] = a
            kept.append(a)
        elif a.status == "chair" and first.status == "present":
            first.status = "chair"  # listed, then named in the chair under another form of the name
    b.ex.attendance = kept
    chairs = {(a.meeting_date): a.person for a in b.ex.attendance if a.status == "chair"}
    seen: set[tuple[str, str, str]] = set()
    rows = []
    for r in b.ex.reported:
        if re.fullmatch(r"(?:the\s+)?chair(?:man|person|woman)?", r.presenter, re.IGNORECASE) and r.meeting_date in chairs:
            r.presenter = chairs[r.meeting_date]
        else:
            r.presenter = canon(r.presenter)
        key = (r.presenter.lower(), r.item, r.meeting_date)
        if key not in seen:  # "Ms Tulley" and "Graham Tulley" presenting one item: one row
            seen.add(key)
            rows.append(r)
    b.ex.reported = rows


def _chair_aliases(b: _Builder) -> None:
    chairs = {a.person.lower() for a in b.ex.attendance if a.status == "chair"}
    for p in b.ex.people:
        if p.name.lower() in chairs and "the Chair" not in p.aliases:
            p.aliases.append("the Chair")


def _meeting_bodies(b: _Builder) -> None:
    """Every meeting's body is a body of the document."""
    known = {n.lower() for x in b.ex.bodies for n in [x.name, *x.aliases, *x.acronyms]}
    for m in b.ex.meetings:
        if m.body.lower() not in known:
            b.ex.bodies.append(Body(m.body, kind=_kind(m.body), evidence=m.evidence))
            known.add(m.body.lower())


def _kind(name: str) -> str:
    low = name.lower()
    for word, kind in (("partnership", "partnership"), ("board", "board"), ("directorate", "directorate"),
                       ("council", "council"), ("service", "service")):
        if word in low:
            return kind
    return "committee"
