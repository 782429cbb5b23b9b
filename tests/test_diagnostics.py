"""Self-checks without gold: the kind of document, counts, and a warning per sign in the text
that the extraction lacks. Texts are invented, in two house styles."""

from __future__ import annotations

import pytest

from govgraph.loaders.diagnostics import diagnose
from govgraph.loaders.extract import extract_document
from govgraph.records import Document, Extraction, Part

MINUTES = """\
NORTHMOOR TOWN COUNCIL
Minutes of the meeting of the Finance Committee held on Tuesday 3 June 2031 at the Guildhall.

Present: Councillor R. Hale (Chair), Councillors Moss, Quinn and Tate.

Apologies: Councillor Vance.

14. BUDGET MONITORING
Resolved: That the budget monitoring report be noted.

15. GRANTS
It was agreed that the grant scheme be reopened in September.
"""

COMMUNITY = """\
Minutes of Glenard Community Council, 12th May 2031, in the school hall

Attendees - Cllr P Roe (chairing), Cllr S Lyle, Cllr J Bain

Item 1: Matters arising
AGREED to write to the roads department about the potholes.

Item 2: Treasurer
DECISION: accounts approved.
"""

REPORT = """\
From: Head of Property Services
To: Cabinet
Date: 9 April 2031
Subject: Disposal of the former depot

1. Purpose of the report
1.1 This report seeks approval to sell the depot.
"""


def _doc(text: str) -> Document:
    return Document("t.txt", "t.txt", "0" * 64, text)


def codes(ex_or_diag) -> set[str]:
    d = ex_or_diag.diagnostics if isinstance(ex_or_diag, Extraction) else ex_or_diag
    return {w.code for w in d.warnings}


@pytest.mark.parametrize("text", [MINUTES, COMMUNITY])
def test_well_read_minutes_have_counts_and_no_warning(text):
    ex = extract_document(_doc(text))
    d = ex.diagnostics
    assert d.kind == "minutes" and not d.warnings, d
    assert d.counts["meetings"] == 1 and d.counts["agenda_items"] == 2 and d.counts["resolutions"] == 2
    assert d.counts["attendance"] == len(ex.attendance) >= 3
    assert ex.to_contract()["diagnostics"]["counts"] == d.counts


@pytest.mark.parametrize("text", [MINUTES, COMMUNITY])
def test_signs_without_records_are_warnings(text):
    # the same text with nothing extracted from it: every sign the text holds is reported,
    # at the line where it first shows
    empty = Extraction(doc="t.txt", parts=[Part("minutes", 0, len(text))])
    d = diagnose(_doc(text), empty)
    assert codes(d) == {"decisions_without_resolutions", "headings_without_items",
                        "attendance_label_without_attendees", "part_without_meeting"}
    lines = text.split("\n")
    for w in d.warnings:
        assert 1 <= w.line <= len(lines) and w.message
    at = {w.code: lines[w.line - 1] for w in d.warnings}
    assert at["attendance_label_without_attendees"].startswith(("Present", "Attendees"))
    assert at["headings_without_items"].startswith(("14.", "Item 1"))


def test_a_report_header_without_an_author_is_a_warning():
    ex = extract_document(_doc(REPORT))
    assert ex.diagnostics.kind == "report" and not ex.diagnostics.warnings
    empty = Extraction(doc="t.txt", parts=[Part("report", 0, len(REPORT))])
    d = diagnose(_doc(REPORT), empty)
    assert codes(d) == {"report_header_without_author"}
    # a report's numbered paragraphs are not a list of business
    assert "headings_without_items" not in codes(d)


def test_text_of_no_genre_is_unrecognised():
    text = "Notes from a walk round the village.\n\nThe weather was fine and the paths were clear.\n"
    d = extract_document(_doc(text)).diagnostics
    assert d.kind == "unrecognised" and codes(d) == {"unrecognised_document"}


def test_minutes_of_the_above_council_without_its_heading_say_so():
    """Minutes "of the above Council" whose letterhead was lost in conversion name no body: no
    meeting is made up, and the warning points at the title line."""
    text = ("Minutes of a meeting of the above Council held on Monday 2nd June 2031 at 7pm.\n\n"
            "Present: Cllrs Ames, Bell and Cole.\n\n1. Apologies\nNone.\n\n2. Accounts\nRESOLVED that the accounts be approved.\n")
    ex = extract_document(_doc(text))
    assert ex.diagnostics.counts["meetings"] == 0
    [w] = [w for w in ex.diagnostics.warnings if w.code == "part_without_meeting"]
    assert w.line == 1 and "above Council" in w.message
