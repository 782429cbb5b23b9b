"""Self-checks that need no gold: what an extraction recognised, and what looks missing.

Each check pairs a sign in the text, read by the genre's own vocabulary and without the readers'
results (a decision formula, a numbered heading, an attendance label, a report's header block),
with the records that sign should have produced. A sign with no records is a warning: on a paper
with no gold these are the first thing to look at ("12 lines say RESOLVED, 0 resolutions").
"""

from __future__ import annotations

from typing import Callable, Iterable

from govgraph.loaders.decisions import formula_lines
from govgraph.loaders.items import looks_like_item
from govgraph.loaders.lines import Line, split_lines
from govgraph.loaders.reports import is_report_header
from govgraph.loaders.vocab import ATTENDANCE_LABEL
from govgraph.records import Diagnostics, Document, Extraction, ExtractionWarning, Part

# The contract lists counted, in the contract's order.
COUNTED = ("meetings", "attendance", "people", "bodies", "agenda_items", "reported", "resolutions",
           "report_authors", "body_relations")
MIN_HEADINGS = 2  # one numbered line can be a paragraph; two make a list of business


def diagnose(document: Document, ex: Extraction) -> Diagnostics:
    """The kind of document recognised, the counts, and a warning per sign without records."""
    contract = ex.to_contract()
    counts = {key: len(contract[key]) for key in COUNTED}
    missing = not all((counts["resolutions"], counts["agenda_items"], counts["attendance"],
                       counts["report_authors"] + counts["reported"], counts["meetings"]))
    lines = split_lines(document.text) if missing else []
    minutes_or_agenda = [p for p in ex.parts if p.genre in ("minutes", "agenda")]
    # each sign is looked for only when its records are missing: a sound extraction costs nothing here
    checks = [
        (lambda: formula_lines(_outside(lines, [p for p in ex.parts if p.genre == "report"])),
         counts["resolutions"], "decisions_without_resolutions",
         "{n} line(s) use a decision formula (first: {quote!r}) but no resolution was extracted"),
        # a report's numbered paragraphs are not a list of business: headings are looked for in
        # minutes and agendas only
        (lambda: _numbered_headings(_inside(lines, minutes_or_agenda)), counts["agenda_items"], "headings_without_items",
         "{n} numbered heading(s) (first: {quote!r}) but no agenda item was extracted"),
        (lambda: [ln for ln in lines if any(rx.match(ln.text) for rx in ATTENDANCE_LABEL.values())],
         counts["attendance"], "attendance_label_without_attendees",
         "{n} attendance label(s) (first: {quote!r}) but no attendee was extracted"),
        (lambda: [ln for ln in lines if is_report_header(lines, ln.index)], counts["report_authors"] + counts["reported"],
         "report_header_without_author",
         "a report header (first: {quote!r}) but no author, presenter or addressee was extracted"),
        (lambda: _first_lines(lines, minutes_or_agenda), counts["meetings"], "part_without_meeting",
         "{n} part(s) read as minutes or an agenda (first from {quote!r}) but no meeting (body and date) was found"),
    ]
    warnings = [w for signs, records, code, message in checks if (w := _check(signs, records, code, message))]
    if _kind(ex.parts) == "unrecognised":
        warnings.insert(0, ExtractionWarning("unrecognised_document", "no part reads as minutes, an agenda or a report", 1))
    return Diagnostics(_kind(ex.parts), counts, warnings)


def _kind(parts: list[Part]) -> str:
    genres = sorted({p.genre for p in parts if p.genre != "other"})
    return "+".join(genres) if genres else "unrecognised"


def _inside(lines: list[Line], parts: list[Part]) -> list[Line]:
    return [ln for ln in lines if any(p.start <= ln.start < p.end for p in parts)]


def _outside(lines: list[Line], parts: list[Part]) -> list[Line]:
    return [ln for ln in lines if not any(p.start <= ln.start < p.end for p in parts)]


def _first_lines(lines: list[Line], parts: list[Part]) -> list[Line]:
    """The first non-blank line of each part."""
    return [next(ln for ln in lines if ln.end > p.start and (ln.text.strip() or ln.start >= p.end)) for p in parts]


def _numbered_headings(lines: list[Line]) -> list[Line]:
    found = [ln for ln in lines if ln.text.strip() and looks_like_item(ln.text)]
    return found if len(found) >= MIN_HEADINGS else []


def _check(find_signs: Callable[[], Iterable[Line]], records: int, code: str, message: str) -> ExtractionWarning | None:
    if records:
        return None
    signs = list(find_signs())
    if not signs:
        return None
    quote = " ".join(signs[0].text.split())[:60]
    return ExtractionWarning(code, message.format(n=len(signs), quote=quote), signs[0].index + 1)
