"""Very large files in windows: extract each window on its own, then merge the records.

Extraction keeps lines, mentions and parsed blocks of the text it works on, so its memory grows
with the text. A file of tens of megabytes (a year of minutes in one pack) is cut into windows
of about ``WINDOW_CHARS`` characters, each cut placed just above a part's heading block where
there is one (so a minutes part keeps its body and date), else at a paragraph break; each window
is extracted like a document of its own, its evidence offsets shifted back into the whole text,
and the records merged. Memory is then bounded by the window size plus the records found.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Iterator

from govgraph.records import Body, Document, Evidence, Extraction, Person

WINDOW_CHARS = 1_000_000

# Lines that start a part (see segment.py): a cut is best placed just above one.
_PART_START = re.compile(
    r"^[ \t]*(?:(?:members|councillors)[ \t]+)?present[ \t]*(?::|-|–)|^[ \t]*(?:A G E N D A|AGENDA)[ \t]*$"
    r"|report[ \t]+to[ \t]+members|^[ \t]*public[ \t]+report[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def windows(text: str, size: int = WINDOW_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) windows covering ``text``; each about ``size`` characters."""
    start, n = 0, len(text)
    while n - start > size * 1.5:
        cut = _cut_point(text, start + size // 2, start + size)
        yield start, cut
        start = cut
    yield start, n


def _cut_point(text: str, lo: int, hi: int) -> int:
    best = None
    for m in _PART_START.finditer(text, lo, hi):
        best = m.start()
    if best is not None:
        return _above_heading(text, best, lo)
    para = text.rfind("\n\n", lo, hi)
    if para > lo:
        return para + 2
    line = text.rfind("\n", lo, hi)
    return line + 1 if line > lo else hi


def _above_heading(text: str, pos: int, lo: int) -> int:
    """Move a cut above the short heading lines (body, date, venue) that precede a part."""
    cut, seen = pos, 0
    while seen < 14:
        prev_end = text.rfind("\n", lo, cut - 1)
        if prev_end < lo:
            break
        line = text[prev_end + 1 : cut - 1] if cut > 0 else ""
        if len(line.strip()) > 120:
            break
        cut = prev_end + 1
        seen += 1
    return cut


def extract_in_windows(document: Document, extract: Callable[[Document], Extraction], size: int = WINDOW_CHARS) -> Extraction:
    merged = Extraction(doc=document.name)
    for s, e in windows(document.text, size):
        part = Document(document.name, document.path, document.sha256, document.text[s:e], media_type=document.media_type)
        _merge(merged, _shifted(extract(part), s, document))
    return merged


def _shifted(ex: Extraction, offset: int, document: Document) -> Extraction:
    def ev(e: Evidence | None) -> Evidence | None:
        return None if e is None else Evidence(document.name, e.start + offset, e.end + offset, e.quote)

    for name in ("meetings", "attendance", "agenda_items", "reported", "resolutions", "report_authors", "body_relations", "bodies"):
        setattr(ex, name, [replace(r, evidence=ev(r.evidence)) for r in getattr(ex, name)])
    for p in ex.people:
        p.evidence = ev(p.evidence)
        p.roles = [replace(r, evidence=ev(r.evidence)) for r in p.roles]
    ex.parts = [replace(p, start=p.start + offset, end=p.end + offset) for p in ex.parts]
    return ex


def _merge(into: Extraction, ex: Extraction) -> None:
    _dedupe_extend(into.meetings, ex.meetings, lambda m: (m.body.lower(), m.date, m.referenced))
    _dedupe_extend(into.attendance, ex.attendance, lambda a: (a.meeting_date, a.person.lower(), a.status))
    _dedupe_extend(into.reported, ex.reported, lambda r: (r.presenter.lower(), r.item, r.meeting_date))
    for name in ("agenda_items", "resolutions", "report_authors", "body_relations", "parts"):
        getattr(into, name).extend(getattr(ex, name))
    people = {p.name.lower(): p for p in into.people}
    for p in ex.people:
        _merge_person(people, into.people, p)
    bodies = {b.name.lower(): b for b in into.bodies}
    for b in ex.bodies:
        _merge_body(bodies, into.bodies, b)


def _dedupe_extend(target: list, new: list, key) -> None:
    seen = {key(x) for x in target}
    for x in new:
        k = key(x)
        if k not in seen:
            seen.add(k)
            target.append(x)


def _merge_person(index: dict[str, Person], people: list[Person], p: Person) -> None:
    old = index.get(p.name.lower())
    if old is None:
        index[p.name.lower()] = p
        people.append(p)
        return
    old.aliases.extend(a for a in p.aliases if a not in old.aliases)
    roles = {(r.role or "").lower() for r in old.roles}
    old.roles.extend(r for r in p.roles if (r.role or "").lower() not in roles)


def _merge_body(index: dict[str, Body], bodies: list[Body], b: Body) -> None:
    old = index.get(b.name.lower())
    if old is None:
        index[b.name.lower()] = b
        bodies.append(b)
        return
    old.acronyms.extend(a for a in b.acronyms if a not in old.acronyms)
    old.aliases.extend(a for a in b.aliases if a not in old.aliases)
