"""End-to-end extraction quality: the extractor's JSON scored by the shared scorer.

The corpus is read from ../shared/corpus (never copied here) and scored against our gold in
tests/gold; the examples are scored against examples/gold. The floors are the measured figures
minus a small margin, so a change that makes extraction worse fails here.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from govgraph.loaders.extract import extract_document
from govgraph.loaders.read import read_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVGRAPH_SHARED", ROOT.parent / "shared"))
SCORER = SHARED / "tools" / "score.py"
CATEGORIES = ["meetings", "attendance", "people", "roles", "bodies", "agenda_items", "reported", "resolutions"]


sys.path.insert(0, str(ROOT / "tools"))
import score_dev  # noqa: E402  (the same scoring the developers run by hand)

needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="../shared (corpus and scorer) is not beside the checkout")


def extract_text(path: Path, text: str):
    """Write ``text`` to ``path`` and extract it: (extraction, path)."""
    path.write_text(text, encoding="utf-8")
    return extract_document(read_document(path)), path


# The head of the invented minutes most tests below write, and what they read of resolutions.
TOWN_MINUTES = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
                "Present: Cllr A Ames (Chair), Cllr B Bell\n\n")


def attended(tmp_path: Path, heading: str, zone: str, first_item: str) -> set[tuple[str, str]]:
    """Invented minutes (a heading, the attendance zone, a first item): {(person, status)}."""
    ex, _ = extract_text(tmp_path / "minutes.txt", heading + zone + first_item)
    return {(a.person, a.status) for a in ex.attendance}


def decided(ex) -> list[str]:
    """The resolutions' words without a leading "to" or the list punctuation that ends a part."""
    return [re.sub(r"^to\s+|[.;]$|;?\s+and$", "", r.text) for r in ex.resolutions]


# Floors are the last measured figures minus a small margin, so a change that makes extraction
# worse fails here. They are regression floors, not the issue's targets: on 2026-12-07 (fourth
# session) the working half measured 0.900 macro F1 and the blind half 0.831 against targets of
# 0.92 and 0.85; the held-out written papers 0.777 (fresh-k) to 0.912 (fresh-cd).
# set: (macro F1 floor, per-category floor, categories held to it, body-relations floor)
FLOORS = {
    "corpus": (0.92, 0.83, CATEGORIES, 0.76),  # measured 0.955; lowest resolutions 0.867; relations 0.792
    "examples": (0.94, 0.88, CATEGORIES, 0.80),  # measured 0.975; lowest reported 0.917; relations 0.831
    # the short papers we wrote in ten other house styles (tests/data/styles, gold by a helper
    # that had not read the rules)
    "styles": (0.95, 0.89, CATEGORIES, 0.97),  # measured 0.978; lowest reported 0.923; relations 1.000
    "working": (0.88, 0.77, CATEGORIES, 0.80),  # measured 0.908; lowest bodies 0.806; relations 0.833
    "blind": (0.85, 0.72, CATEGORIES, 0.49),  # measured 0.876; lowest bodies 0.759; relations 0.526
    # papers written by helpers that never read the rules (tests/data/fresh; SPLIT.md); worked on
    # after their first score was logged
    "fresh-a": (0.94, 0.85, CATEGORIES, 0.72),  # measured 0.975; lowest bodies 0.909; relations 0.741
    "fresh-b": (0.93, 0.86, CATEGORIES, 0.78),  # measured 0.960; lowest roles 0.889; relations 0.828
    "fresh-ef": (0.92, 0.86, CATEGORIES, 0.72),  # first 0.837; measured 0.960; lowest roles 0.912; relations 0.752
    "fresh-i": (0.89, 0.77, CATEGORIES, 0.72),  # first 0.634; measured 0.953; lowest roles 0.838; relations 0.794
    "fresh-j": (0.93, 0.87, CATEGORIES, 0.66),  # first 0.665; measured 0.968; lowest resolutions 0.900; relations 0.698
    "fresh-l": (0.91, 0.79, CATEGORIES, 0.59),  # first 0.810; measured 0.943; lowest roles 0.821; relations 0.625
    "fresh-m": (0.84, 0.65, CATEGORIES, 0.66),  # first 0.665; measured 0.878; lowest resolutions 0.710; relations 0.714
    "fresh-p": (0.94, 0.87, CATEGORIES, 0.70),  # first 0.880; measured 0.978; lowest roles 0.930; relations 0.767
    "fresh-r": (0.92, 0.81, CATEGORIES, 0.69),  # first 0.796; measured 0.959; lowest bodies 0.874; relations 0.723
    "fresh-s": (0.88, 0.76, CATEGORIES, 0.53),  # first 0.808; measured 0.920; lowest resolutions 0.811; relations 0.596
    "fresh-u": (0.93, 0.86, CATEGORIES, 0.62),  # first 0.890; measured 0.963; lowest roles 0.901; relations 0.654
    "fresh-w": (0.93, 0.85, CATEGORIES, 0.73),  # first 0.917; measured 0.965; lowest bodies 0.890; relations 0.792
    "fresh-x": (0.93, 0.85, CATEGORIES, 0.60),  # first 0.856; measured 0.966; lowest roles 0.896; relations 0.649
    "fresh-z": (0.92, 0.78, CATEGORIES, 0.33),  # first 0.908; measured 0.956; lowest bodies 0.867; relations 0.385
    "fresh-A": (0.92, 0.83, CATEGORIES, 0.58),  # first 0.900; measured 0.948; lowest bodies 0.866; relations 0.619
    "fresh-C": (0.91, 0.77, CATEGORIES, 0.50),  # first 0.853; measured 0.949; lowest roles 0.830; relations 0.540
    "fresh-D": (0.90, 0.78, CATEGORIES, 0.59),  # first 0.874; measured 0.946; lowest roles 0.849; relations 0.636
    "fresh-E": (0.92, 0.82, CATEGORIES, 0.70),  # first 0.910; measured 0.963; lowest roles 0.887; relations 0.750
    # held out (errors not read): first and last scores in BLIND_LOG.md
    "fresh-cd": (0.90, 0.79, CATEGORIES, 0.53),  # first 0.891; measured 0.939; lowest bodies 0.847; relations 0.567
    "fresh-g": (0.87, 0.78, CATEGORIES, 0.55),  # first 0.771; measured 0.906; lowest roles 0.832; relations 0.590
    "fresh-h": (0.90, 0.81, CATEGORIES, 0.67),  # first 0.855; measured 0.942; lowest resolutions 0.848; relations 0.708
    "fresh-k": (0.83, 0.67, CATEGORIES, 0.47),  # first 0.759; measured 0.873; lowest roles 0.716; relations 0.500
    "fresh-n": (0.80, 0.60, CATEGORIES, 0.49),  # first 0.820; measured 0.833; lowest reported 0.633; relations 0.579
    "fresh-o": (0.78, 0.50, CATEGORIES, 0.40),  # first 0.806; measured 0.822; lowest reported 0.550; relations 0.488
    "fresh-q": (0.86, 0.79, CATEGORIES, 0.55),  # first 0.869; measured 0.894; lowest resolutions 0.835; relations 0.583
    "fresh-t": (0.89, 0.81, CATEGORIES, 0.48),  # first 0.896; measured 0.929; lowest roles 0.848; relations 0.516
    "fresh-v": (0.73, 0.56, CATEGORIES, 0.63),  # first 0.759; measured 0.764; lowest reported 0.593; relations 0.706
    "fresh-y": (0.82, 0.59, CATEGORIES, 0.62),  # first 0.853; measured 0.864; lowest reported 0.625; relations 0.694
    "fresh-B": (0.87, 0.75, CATEGORIES, 0.65),  # first 0.899; measured 0.905; lowest resolutions 0.789; relations 0.688
    "fresh-F": (0.83, 0.72, CATEGORIES, 0.52),  # first 0.871; measured 0.874; lowest roles 0.783; relations 0.578
}


@needs_shared
@pytest.mark.parametrize("name", list(FLOORS))
def test_scores_stay_above_the_floors(name):
    docs, _ = score_dev.documents(name)
    assert len(docs) >= 5, f"the {name} set has lost its documents"
    s, table = score_dev.score(name)
    macro, per_category, categories, relations = FLOORS[name]
    assert s["macro_f1"] >= macro, table
    for cat in categories:
        assert s["f1"][cat] >= per_category, (cat, table)
    if relations is not None:
        assert s["body_relations_f1"] >= relations, table


@needs_shared
def test_every_record_quotes_its_source():
    """Evidence offsets point into the normalised text: text[start:end] == quote."""
    doc = read_document(SHARED / "corpus" / "003_e412a9292027c85f.txt")
    contract = extract_document(doc).to_contract()
    n = 0
    for key in ("meetings", "attendance", "agenda_items", "reported", "resolutions", "bodies", "body_relations"):
        for row in contract[key]:
            ev = row["evidence"]
            assert doc.text[ev["start"]:ev["end"]] == ev["quote"]
            n += 1
    assert n > 50


def test_invented_minutes_in_a_fourth_style(tmp_path):
    """A small document in a style none of the examples use, to keep the rules general."""
    text = (
        "NORTHMOOR DISTRICT COUNCIL\n\nLICENSING COMMITTEE\n\nMinutes of the meeting held on Monday 2nd June 2025\n\n"
        "Present: Councillor A. Osei (in the Chair); Councillors Brand, Cole and Dyer.\n\n"
        "Apologies for absence were received from Councillor Evans.\n\n"
        "12. GAMBLING POLICY REVIEW\n\n"
        "The Chair welcomed Mira Shah, Licensing Manager, to the meeting. Mira Shah presented the report.\n\n"
        "Resolved:- (1) That the report be noted.\n\n(2) That a further report be submitted in March.\n"
    )
    ex, path = extract_text(tmp_path / "licensing.txt", text)
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [("Licensing Committee", "2025-06-02")]
    status = {a.person: a.status for a in ex.attendance}
    assert status == {"A. Osei": "chair", "Brand": "present", "Cole": "present", "Dyer": "present",
                      "Evans": "apologies", "Mira Shah": "invited"}
    assert [(i.number, i.title) for i in ex.agenda_items] == [("12", "Gambling Policy Review")]
    assert [(r.presenter, r.item, r.to_body) for r in ex.reported] == [("Mira Shah", "12", "Licensing Committee")]
    assert [(r.text, r.requests_report) for r in ex.resolutions] == [
        ("the report be noted.", False), ("a further report be submitted in March.", True)]
    shah = next(p for p in ex.people if p.name == "Mira Shah")
    assert [r.role for r in shah.roles] == ["Licensing Manager"]


@needs_shared
def test_windows_give_the_same_meetings_and_valid_evidence():
    """Large files are extracted in windows; with small windows an agenda pack still yields its
    meetings and attendance, and every evidence offset still points into the whole text."""
    from govgraph.loaders.extract import _extract_whole
    from govgraph.loaders.windows import extract_in_windows, windows

    doc = read_document(SHARED / "corpus" / "000_638a4d24cbe0e603.txt")
    spans = list(windows(doc.text, 8000))
    assert len(spans) > 2 and spans[0][0] == 0 and spans[-1][1] == len(doc.text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    whole = _extract_whole(doc)
    parts = extract_in_windows(doc, _extract_whole, size=8000)
    key = lambda ex: sorted((m.body, m.date) for m in ex.meetings if not m.referenced)
    assert key(parts) == key(whole)
    assert {(a.person, a.status) for a in parts.attendance} >= {(a.person, a.status) for a in whole.attendance if a.status != "invited"}
    for rec in parts.meetings + parts.attendance + parts.resolutions + parts.agenda_items:
        e = rec.evidence
        assert doc.text[e.start:e.end] == e.quote


def test_compound_posts_are_split_but_not_inside_service_names():
    from govgraph.loaders.mentions import split_posts

    assert split_posts("Head of Legal and Democratic Services and Monitoring Officer") == [
        "Head of Legal and Democratic Services", "Monitoring Officer"]
    assert split_posts("Director of Finance (Section 151 Officer)") == ["Director of Finance", "Section 151 Officer"]
    assert split_posts("Deputy Leader and Cabinet Member for Housing") == ["Deputy Leader", "Cabinet Member for Housing"]
    assert split_posts("Assistant Director of Education and Inclusion") == ["Assistant Director of Education and Inclusion"]


def test_report_header_with_contacts_in_columns(tmp_path):
    """A report header table and a contact block laid out side by side (one person per column).
    The report is "of" the post its header names; contact officers are people with posts, not
    presenters (EXTRACTION.md: a header row only where it says the report is from or by them)."""
    text = (
        "WESTBURY CITY COUNCIL\n\nREPORT TO CABINET\n\nMeeting:\tCabinet\n\nDate:\t4 March 2025\n\n"
        "Title:\tLibrary Services Review\n\nReport of:\tthe Director of Communities\n\n"
        "1. Summary\n\nThe review proposes changes to opening hours.\n\n"
        "Contact officers\nAnna Bell\tTom Reid\nHead of Libraries\tLibraries Project Officer\n"
        "Tel: 01000 000001\tTel: 01000 000002\n"
    )
    ex, path = extract_text(tmp_path / "report.txt", text)
    assert [(m.body, m.date) for m in ex.meetings] == [("Cabinet", "2025-03-04")]
    rows = {(r.presenter, r.item, r.to_body) for r in ex.reported}
    assert rows == {("Director of Communities", "Library Services Review", "Cabinet")}
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Anna Bell"] == ["Head of Libraries"] and roles["Tom Reid"] == ["Libraries Project Officer"]


def test_long_header_cells_and_the_end_of_a_contact_block(tmp_path):
    """A header row whose value runs on with phone and email is still a field; a contact block
    ends at a one-word heading or a table's header row (not read as people)."""
    text = (
        "NORTHWOLD DISTRICT COUNCIL\n\nReport to Licensing Committee\n\n"
        "Meeting\tLicensing Committee\nDate of meeting\t14/05/2025\nReport title\tTaxi Licensing Policy\n"
        "Report author\tPriya Shah, Licensing Manager, Regulatory Services. Tel: 01234 567890. "
        "Email: priya.shah@northwold.gov.uk\n\n"
        "1. Purpose\n\nThe report proposes a revised policy.\n\n"
        "Contact\n\nPriya Shah\tLeo Grant\nLicensing Manager\tLicensing Officer\n01234 567890\t01234 567891\n\n"
        "Approvals\n\nApproval\tName\tDate\nDirector of Place\tMorag Ellis\t01/05/2025\n"
    )
    ex, path = extract_text(tmp_path / "report.txt", text)
    authors = {(a.person, a.relation) for a in ex.report_authors}
    assert ("Priya Shah", "author") in authors
    assert ("Leo Grant", "contact") in authors
    assert not any(a.person.lower().startswith(("approval", "name")) for a in ex.report_authors), authors


@pytest.mark.parametrize("sentence, expected", [
    # the minutes' own words about who wrote the report an item discusses
    ("The report had been produced by the previous Independent Chair, Jo Bloggs, and was the annual report for 2019/20.",
     [("Jo Bloggs", "Independent Chair")]),
    ("The report was prepared by Sam Patel, Head of Housing Strategy.", [("Sam Patel", "Head of Housing Strategy")]),
    ("This paper has been written by the Director of Public Health.", [(None, "Director of Public Health")]),
    ("Amira Khan, the author of the report, answered questions from Members.", [("Amira Khan", None)]),
    ("The report's author, Dr Lee Grant, explained the figures.", [("Lee Grant", None)]),
    ("The strategy was drafted by the Head of Early Help and the Virtual Headteacher in consultation with schools.",
     [(None, "Head of Early Help"), (None, "Virtual Headteacher")]),
    # not authors
    ("The report had been produced by the end of March.", []),
    ("The report was prepared by officers in the service.", []),
    ("The report was presented by Jo Smith.", []),
])
def test_report_authors_in_minutes_prose(sentence, expected):
    from govgraph.loaders import cues

    assert [(e.name, e.role) for e in cues.authors(sentence, 0)] == expected


def test_an_item_names_the_author_of_its_report(tmp_path):
    text = (
        "OAKSHIRE COUNTY COUNCIL\n\nMINUTES of a meeting of the Adult Social Care Scrutiny Panel held on "
        "2 April 2025\n\nPresent: Councillor Rees (Chair), Councillors Hale and Obi.\n\n"
        "12. CARERS STRATEGY 2025-2030\n\nThe strategy had been drafted by Nia Evans, Commissioning Manager, "
        "following consultation with carers. Members welcomed the strategy.\n\nResolved: That the strategy be noted.\n"
    )
    ex, path = extract_text(tmp_path / "minutes.txt", text)
    rows = [(a.report, a.person, a.relation) for a in ex.report_authors]
    assert rows == [("CARERS STRATEGY 2025-2030", "Nia Evans", "author")] or rows == [
        ("Carers Strategy 2025-2030", "Nia Evans", "author")], rows
    ev = ex.report_authors[0].evidence
    assert "drafted by Nia Evans" in ev.quote and read_document(path).text[ev.start:ev.end] == ev.quote


def test_officers_thanked_for_writing_the_reports_are_its_authors(tmp_path):
    """"thanked the Officers for authoring the reports": the guests welcomed to the item, with
    evidence from the welcome to the thanks (so the quote names them); named people directly."""
    text = (
        "EASTBRIDGE BOROUGH COUNCIL\n\nMINUTES of a meeting of the Children's Scrutiny Panel held on "
        "9 October 2024\n\nPresent: Councillor Hart (Chair), Councillors Bell and Young.\n\n"
        "21. SCHOOL ATTENDANCE\n\nThe Chair welcomed the Head of Inclusion and the Education Welfare Manager "
        "to the meeting. The Chair thanked the officers for preparing the report.\n\n"
        "22. YOUTH OFFER\n\nMembers thanked Ruth Oyelaran, Youth Services Manager, for writing the report.\n\n"
        "23. ANY OTHER BUSINESS\n\nThe Chair thanked everyone for attending.\n"
    )
    ex, path = extract_text(tmp_path / "minutes.txt", text)
    doc_text = read_document(path).text
    rows = sorted((a.report.title(), a.person, a.relation) for a in ex.report_authors)
    assert rows == [("School Attendance", "Education Welfare Manager", "author"),
                    ("School Attendance", "Head of Inclusion", "author"),
                    ("Youth Offer", "Ruth Oyelaran", "author")], rows
    for a in ex.report_authors:
        assert doc_text[a.evidence.start:a.evidence.end] == a.evidence.quote
        assert a.person.split()[-1] in a.evidence.quote and "thanked" in a.evidence.quote


@pytest.mark.parametrize("heading, body", [
    ("Minutes of Ordinary Meeting of Milbrook Parish Council, 12th May 2016", "Milbrook Parish Council"),
    ("MILBROOK PARISH COUNCIL\n\nMinutes of the Parish Council Meeting, 12th May 2016 in the Village Hall",
     "Milbrook Parish Council"),
    ("Minutes of Glenard Community Council, 12th May 2016, in the school hall", "Glenard Community Council"),
    ("Notes of the Eastwick Library Board - 12 May 2016 (held online)", "Eastwick Library Board"),
])
def test_a_minutes_title_that_names_its_body(tmp_path, heading, body):
    ex, _ = extract_text(tmp_path / "m.txt", heading + "\n\nPresent: Cllr A Bell (Chair), Cllr C Dunn\n\n"
                                                     "1. Apologies\nNone were received.\n")
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [(body, "2016-05-12")]


def test_bulleted_officers_with_their_posts_after_a_dash(tmp_path):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Finance Committee held on 4 March 2031\n\n"
            "Present:\n- Cllr Ann Ames (Chair)\n- Cllr Bob Bell\n\nOfficers present:\n"
            "- Jo Park – Head of Legal and Democratic Services\n- Lee Ray – Finance Manager\n\n1. Apologies\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(a.person, a.status) for a in ex.attendance] == [
        ("Ann Ames", "chair"), ("Bob Bell", "present"), ("Jo Park", "in_attendance"), ("Lee Ray", "in_attendance")]
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Jo Park"] == ["Head of Legal and Democratic Services"] and roles["Lee Ray"] == ["Finance Manager"]


@pytest.mark.parametrize("heading, title", [
    ("7. SAFEGUARDING ADULTS BOARD - ANNUAL REPORT 2023-24", "Safeguarding Adults Board - Annual Report 2023-24"),
    ("7. Police Report: Attached. Two incidents were reported.", "Police Report"),
])
def test_a_heading_in_capitals_keeps_what_follows_its_dash(tmp_path, heading, title):
    text = (TOWN_MINUTES + "6. Apologies\nNone.\n\n" + heading + "\n\nThe report was noted.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(i.number, i.title) for i in ex.agenda_items][-1] == ("7", title)


@pytest.mark.parametrize("lead", [
    "The under listed Motion was then proposed by Cllr Ames and seconded by Cllr Bell and unanimously agreed.",
    "The following motion was proposed by Councillor Ames, seconded by Councillor Bell and carried:",
])
def test_a_motion_that_follows_the_sentence_agreeing_it(tmp_path, lead):
    text = (TOWN_MINUTES + "6. Any Other Business\n\n" + lead + "\n\n"
            "That the Council write to the Minister requesting funding for the bypass.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(r.item, r.text[:40]) for r in ex.resolutions] == [("6", "the Council write to the Minister reques")]


@pytest.mark.parametrize("sentence, expected", [
    ("The Chief Superintendent, in reply, outlined the actions being taken.", [(None, "Chief Superintendent")]),
    ("The Clerk, in turn, reported on the accounts.", [(None, "Clerk")]),
    ("Ms Ann Bell, Head of Finance, presented the report.", [("Ann Bell", "Head of Finance")]),
    ("The report was presented by Jo Bell and approved.", [("Jo Bell", None)]),
    ("The Executive Engineer (M. Collins) gave an up-date as follows:-", [("M. Collins", "Executive Engineer")]),
    ("The Director of Services (Mr. J. Bell) presented the report.", [("J. Bell", "Director of Services")]),
    ("The financial report for the year was presented by the Clerk and approved as set out below.", [(None, "Clerk")]),
    # what stands before the subject: an adverbial clause, a heading line, an adverb after it
    ("At the invitation of the Commissioner, the Chief Constable gave a presentation on crime.", [(None, "Chief Constable")]),
    ("In the absence of Councillor Eastman, the Leader introduced the report.", [(None, "Leader")]),
    ("a) Schedule of payments – December\nThe Town Clerk presented the schedule.", [(None, "Town Clerk")]),
    ("Amir Khan then presented the chapter on mental health.", [("Amir Khan", None)]),
    ("Cllr Carrow-Jones, Chair of the Working Group, reported that the group had met.",
     [("Carrow-Jones", "Chair of the Working Group")]),
    ("Ch Supt Kerr outlined joint work between the Board and the Partnership.", [("Kerr", None)]),
    # a report and whom it is of or by
    ("There was submitted a report (ECF/25/03) by the Executive Director of Education which set out the outturn.",
     [(None, "Executive Director of Education")]),
    ("With reference to the minute of 26 September 2024, there was submitted a report by the Chief Education Officer.",
     [(None, "Chief Education Officer")]),
    ("The Board considered a joint report of the Chief Executive and the Director of Skills on the fund.",
     [(None, "Chief Executive"), (None, "Director of Skills")]),
    ("The Committee received a report of the Head of Regulatory Services summarising the year.",
     [(None, "Head of Regulatory Services")]),
    # no report was put: a negation, a report only mentioned
    ("The Council has not received a report from the Clerk on the drains.", []),
    ("Members had not considered the report of the Head of Planning before voting.", []),
    # a minute's heading run on into its first sentence
    ("202/20 To Receive a Neighbourhood Plan Working Group Update The Chair of the Working Group Cllr Andy Hay "
     "gave the following update:", [("Andy Hay", "Chair of the Working Group")]),
])
def test_an_aside_after_the_presenter_is_not_part_of_it(sentence, expected):
    from govgraph.loaders.cues import presenters

    assert [(e.name, e.role) for e in presenters(sentence, 0)] == expected


@pytest.mark.parametrize("text, names", [
    ("Superintendent Niall Brosnan, An Garda Síochána, Rathby District", ["Niall Brosnan"]),
    ("Ms Ann Bell, An Post, and Mr Tom Hill", ["Ann Bell", "Tom Hill"]),
])
def test_an_organisation_with_an_article_is_no_person(text, names):
    from govgraph.loaders.cues import split_people

    assert [e.name for e in split_people(text, 0) if e.name] == names



def test_a_police_rank_is_the_post_only_of_an_officer_with_no_other(tmp_path):
    text = ("NORTHMOOR JOINT POLICING COMMITTEE\nMinutes of the meeting held on 4 March 2031\n\n"
            "Present: Councillor A. Ames (Chair), Councillor B. Bell\n\n"
            "In attendance: Chief Superintendent Dara Quinn and Detective Inspector Lee Ray, Head of Public Protection\n\n"
            "1. Crime Statistics\nChief Superintendent Quinn presented the statistics.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    roles = {p.name: sorted(r.role for r in p.roles) for p in ex.people}
    assert roles["Dara Quinn"] == ["Chief Superintendent"]
    assert roles["Lee Ray"] == ["Head of Public Protection"]


# Regressions a review of issue 10's rules found: each rule stays inside the pattern it names.

def test_a_decision_that_mentions_the_following_is_still_read():
    from govgraph.loaders.decisions import find_decisions

    for s, start in [("It was proposed by Cllr Ames and seconded by Cllr Bell and agreed that the following grants be awarded.",
                      "the following grants be awarded"),
                     ("Following discussion, it was proposed by Cllr Ames, seconded by Cllr Bell and agreed to approve the accounts.",
                      "to approve the accounts")]:
        assert [d.text.rstrip(".") for d in find_decisions(s, 0, len(s))] == [start]


def test_minutes_in_capitals_after_a_colon_are_not_the_title(tmp_path):
    text = ("WESTON PARISH COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n6. Apologies\nNone.\n\n"
            "7. FOOTPATHS: THE CLERK REPORTED THAT THE STILE HAD BEEN REPAIRED.\n\n8. Close\nThe meeting closed.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert ("7", "Footpaths") in [(i.number, i.title) for i in ex.agenda_items]


def test_a_report_noting_what_someone_submitted_has_no_presenter():
    from govgraph.loaders.cues import presenters

    assert presenters("The report noted that the planning objections were submitted by the Clerk last year.", 0) == []


def test_a_reports_item_stamp_belongs_to_the_report_below_it(tmp_path):
    """A pack stamps "Agenda Item N" above each report; the stamp above the next report is not the
    item of the report before it, and the agenda's own item is not made twice."""
    text = ("WESTON BOROUGH COUNCIL\n\nCABINET\n\nAGENDA\n\nWednesday 12 March 2031 at 7.00 pm\n\n"
            "1. Apologies for Absence\n\n2. Library Opening Hours\n\n3. Parks Strategy\n\n"
            "Agenda Item 2\n\nREPORT TO CABINET\n\nMeeting:\tCabinet\n\nDate:\t12 March 2031\n\n"
            "Report title:\tLibrary Opening Hours\n\nReport of:\tHead of Libraries\n\n1. Summary\n\nThe hours change.\n\n"
            "Agenda Item 3\n\nREPORT TO CABINET\n\nMeeting:\tCabinet\n\nDate:\t12 March 2031\n\n"
            "Report title:\tParks Strategy\n\nReport of:\tHead of Parks\n\n1. Summary\n\nThe strategy is renewed.\n")
    ex, _ = extract_text(tmp_path / "pack.txt", text)
    assert sorted((i.number, i.title) for i in ex.agenda_items) == [
        ("1", "Apologies for Absence"), ("2", "Library Opening Hours"), ("3", "Parks Strategy")]


@pytest.mark.parametrize("heading, title, paragraph", [
    # a community council's running minute numbers, and a town council's plain ones
    ("512. Consider request for a grant towards the summer fete at the Old Mill\n"
     "on 3rd August: Councillors agreed to give £200.",
     "Consider request for a grant towards the summer fete at the Old Mill on 3rd August",
     "513. The clerk reported that the bench at the green had been repaired and\n"
     "painted by volunteers over the weekend."),
    ("7. To receive the report of the Allotments Working Party on the state of the\n"
     "plots at Mill Lane: the Chair said that six plots were vacant.",
     "To receive the report of the Allotments Working Party on the state of the plots at Mill Lane",
     "8. Members were reminded that the precept for next year would be set by\n"
     "the council and that budget proposals were due by December."),
])
def test_a_title_wrapped_onto_a_line_that_ends_it_at_a_colon(tmp_path, heading, title, paragraph):
    """A heading whose title runs onto the next line up to a colon is an item; a numbered
    paragraph whose sentence runs on (no colon) is not."""
    text = (TOWN_MINUTES + heading + "\n\n" + paragraph + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    titles = [i.title for i in ex.agenda_items]
    assert title in titles and not any(t.startswith(("The clerk", "Members were")) for t in titles), titles


@pytest.mark.parametrize("officer, items, sentence", [
    # an Irish joint committee's style: the post with its qualifier in brackets, then after a comma
    ("Jo Park, Senior Executive Officer (Corporate)",
     "5.DISCUSS ANNUAL WORK PLAN\n\n6.DISCUSS SIX YEAR STRATEGY\n\n",
     "The Senior Executive Officer, Corporate Services, gave presentation on the Annual Work Plan and the Six Year Strategy."),
    # an English board's style: worded item numbers, the qualifier after a comma in both places
    ("Jo Park, Head of Finance, Resources",
     "Item 5 - Budget Monitoring\n\nItem 6 - Capital Programme\n\n",
     "The Head of Finance (Resources) gave an overview of both reports."),
])
def test_headings_with_no_minute_share_the_presenter_of_the_next(tmp_path, officer, items, sentence):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            f"Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: {officer}\n\n"
            "4. Apologies\nNone.\n\n" + items + sentence + "\n\n7. Any Other Business\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(r.presenter, r.item) for r in ex.reported} == {("Jo Park", "5"), ("Jo Park", "6")}


@pytest.mark.parametrize("line", [
    # payments in a community council's minutes, an officers' table in a parish's annual meeting
    "Cllr Shaw – Cllr Allowances - £120.00 (Ch. No. 1021).",
    "Jo Park\tCouncillor\tChair:\tFrank Reid",
    "The asset list was circulated to Councillors. Assets were valued at £20,000.",
    "Members discussed the Councillor Call for Action procedure.",
])
def test_a_word_councillor_modifies_is_not_a_person(tmp_path, line):
    text = (TOWN_MINUTES + "4. Finance\n" + line + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    names = {w for p in ex.people for w in p.name.split()}
    assert not names & {"Allowances", "Chair", "Assets", "Call"}, [p.name for p in ex.people]


@pytest.mark.parametrize("sentence, name, role, organisation", [
    # a London community council's police item, and a Welsh community council's
    ("Sergeant Mark Hale of the Eastfield Safer Neighbourhood Team spoke about burglaries.",
     "Mark Hale", "Sergeant", None),
    ("PCSO Ann Rees gave the police report for May.", "Ann Rees", "PCSO", None),
    # where someone is from is an organisation, not a post
    ("Jo Park from Avon Actuaries\npresented a proposal for the fund.", "Jo Park", None, "Avon Actuaries"),
])
def test_ranks_are_posts_and_affiliations_are_organisations(tmp_path, sentence, name, role, organisation):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            f"Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: {name}\n\n4. Reports\n{sentence}\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    person = next(p for p in ex.people if p.name == name)
    assert [(r.role, r.organisation) for r in person.roles] == [(role, organisation)]


@pytest.mark.parametrize("history", [
    "At the November meeting, it was agreed that the March meeting would focus on parking.",
    "At its last meeting the Committee agreed to review the grants policy in the spring.",
])
def test_a_decision_recalled_from_an_earlier_meeting_is_not_this_meetings(tmp_path, history):
    text = (TOWN_MINUTES + "4. Work Programme\n" + history +
            " It was agreed that the clerk would write to the county council.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [r.text.rstrip(".") for r in ex.resolutions] == ["the clerk would write to the county council"]


@pytest.mark.parametrize("before, pronoun", [
    ("Cllr Bell asked about the bus service. County Cllr Dunn confirmed it would run.",
     "She then gave an update on enforcement matters."),
    ("The Chair welcomed Mr Tom Ives, Head of Highways.", "He presented the report on winter gritting."),
])
def test_a_pronoun_presenter_is_the_person_named_just_before(tmp_path, before, pronoun):
    text = (TOWN_MINUTES + "4. Reports\n" + before + " " + pronoun + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    expected = "Dunn" if "Dunn" in before else "Tom Ives"
    assert expected in {r.presenter for r in ex.reported}


@pytest.mark.parametrize("heading, bodies", [
    # a Welsh community council's running numbers, an English parish's plain ones
    ("2719. Reports from Sub-Committees: Finance - Consider adequacy of insurance cover.",
     {"Finance Sub-Committee"}),
    ("8. Reports of Working Groups – Allotments and Footpaths. Both groups met in May.",
     {"Allotments Working Group", "Footpaths Working Group"}),
])
def test_a_standing_item_of_sub_committee_reports_names_sub_groups(tmp_path, heading, bodies):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of Weston Town Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n" + heading + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert bodies <= {b.name for b in ex.bodies}, [b.name for b in ex.bodies]
    assert {(r.source, r.relation) for r in ex.body_relations} >= {(name, "sub_group_of") for name in bodies}


@pytest.mark.parametrize("short, mentions", [
    ("HCC", "HCC will pay the fee. The clerk will write to MCC. HCC thanked the volunteers."),
    ("BPC", "The grant from BPC was agreed. BPC will review the policy in May."),
])
def test_minutes_of_the_above_council_take_its_short_name(tmp_path, short, mentions):
    """The letterhead with the council's name was an image; the minutes' own short name stands in."""
    text = ("Minutes of a meeting of the above Council held on Monday 29th July 2024 at 7.00pm in the Village Hall.\n\n"
            "Present: Cllrs Ames, Bell & Cole\n\n101. Apologies: None.\n\n102. Finance: " + mentions + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(m.body, m.date) for m in ex.meetings] == [(short, "2024-07-29")]


def test_the_police_and_crime_commissioner_is_no_councils_short_name(tmp_path):
    text = ("Minutes of a meeting of the above Council held on Monday 29th July 2024 at 7.00pm in the Village Hall.\n\n"
            "Present: Cllrs Ames, Bell & Cole\n\n101. Police: The PCC has set the precept. The PCC will attend in May.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert ex.meetings == []


@pytest.mark.parametrize("numbers", [["C/45/24", "C/46/24", "C/47/24"], ["NCCA 01/25", "NCCA 02/25", "NCCA 03/25"]])
def test_minute_numbers_that_carry_the_bodys_letters(tmp_path, numbers):
    a, b, c = numbers
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Cabinet held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n"
            f"{a}\tAPOLOGIES FOR ABSENCE\n\nNone.\n\n{b}\tMINUTES\n\nRESOLVED – That the minutes be approved.\n\n"
            f"{c}\tBUDGET MONITORING\n\nThe Director of Finance introduced the report.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [i.number for i in ex.agenda_items] == numbers
    assert [r.item for r in ex.resolutions] == [b]


@pytest.mark.parametrize("rows, expected", [
    # a county cabinet's table of portfolio holders
    ("Councillor Jo Park\tLeader of the Council (Chairman)\n"
     "Councillor Lee Ray\tDeputy Leader and Cabinet Member for Finance, Housing and Planning\n",
     {("Jo Park", "chair", ("Chair", "Leader of the Council")),  # chairing is a post besides the other
      ("Lee Ray", "present", ("Cabinet Member for Finance, Housing and Planning", "Deputy Leader"))}),
    # a board's members with their organisations' posts; a post with its holder stays two cells
    ("Dr Ann Bell\tDirector of Public Health\nP Moran\tClerk J Connelly\n",
     {("Ann Bell", "present", ("Director of Public Health",)), ("P. Moran", "present", ())}),
])
def test_a_table_row_of_a_name_and_a_long_post_is_one_person(tmp_path, rows, expected):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Cabinet held on 4 March 2031\n\n"
            "PRESENT:\n\n" + rows + "\n1. Apologies\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    roles = {p.name: tuple(sorted(r.role for r in p.roles if r.role)) for p in ex.people}
    got = {(a.person, a.status, roles.get(a.person)) for a in ex.attendance}
    assert expected <= got, got


@pytest.mark.parametrize("minute, expected", [
    # a town council's votes, the formula after them on the line
    ("Apologies were received from Cllr Hay. Proposed Cllr Ames, seconded Cllr Bell, all in favour – RESOLVED to accept the\n"
     "apologies. Cllr Cole was absent.\n\nb) Budget and precept\nThe Council considered the budget.\n",
     ["accept the apologies"]),
    # a parish's "AGREED" in capitals after a dash, with parts below
    ("The clerk reported on the quotes. Proposed Cllr Ames, seconded Cllr Bell – AGREED:\n"
     "(i) that the Mill Lane quote be accepted; and\n(ii) that the work start in May.\n",
     ["the Mill Lane quote be accepted", "the work start in May"]),
    # a combined authority's "That the Board:-" over parts with no "that" of their own
    ("Resolved: That the Board:-\n(i)\tapproves the revenue budget for 2025/26;\n(ii)\tnotes the financial plan.\n",
     ["approves the revenue budget for 2025/26", "notes the financial plan"]),
    # a Welsh community council's lettered paragraphs, each "It was resolved that"
    ("(a) It was resolved that no objection be raised to application 25/0198/HHD.\n"
     "(b) It was resolved that Aldridge & Co. Accountants be appointed as internal auditor.\n",
     ["no objection be raised to application 25/0198/HHD", "Aldridge & Co. Accountants be appointed as internal auditor"]),
])
def test_decision_formulas_of_several_house_styles(tmp_path, minute, expected):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "12. Business\n" + minute)
    assert decided(ex) == expected


@pytest.mark.parametrize("minute, expected", [
    # a health and wellbeing board's style: the body, then the formula in capitals
    ("The Board:\n(a) NOTED the headline findings of the needs assessment; and\n"
     "(b) AGREED that the findings be used to set the priorities.\n\nThe Board NOTED the forward plan.\n",
     ["the headline findings of the needs assessment", "the findings be used to set the priorities",
      "the forward plan"]),
    # a scrutiny committee's: "The Committee RESOLVED:" with lettered parts
    ("The Committee RESOLVED:\n(a) that the report be noted; and\n(b) that a further update come in June.\n",
     ["the report be noted", "a further update come in June"]),
])
def test_a_body_and_its_formula_in_capitals(tmp_path, minute, expected):
    text = ("WESTON HEALTH AND WELLBEING BOARD\nMinutes of the meeting of the Board held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n32. Needs assessment\n" + minute)
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert decided(ex) == expected


@pytest.mark.parametrize("header, date, presenter", [
    # an Irish council's header: the report's own "Date:" after the meeting's
    ("From:            Ann Rees, Director of Services, Environment, Climate Action and\n"
     "                 Water Services\n"
     "To:              Environment Strategic Policy Committee\n"
     "Meeting date:    Wednesday, 4th December 2024\n"
     "Date:            19/11/2024\n"
     "Subject:         Draft Litter Plan\n",
     "2024-12-04", "Ann Rees"),
    # an English district's: "Date of meeting" below the report's date
    ("Report to:       Environment Strategic Policy Committee\n"
     "Date:            2 January 2025\n"
     "Date of meeting: 15 January 2025\n"
     "Report of:       Ann Rees, Head of Waste and\n"
     "                 Street Scene Services\n"
     "Title:           Draft Litter Plan\n",
     "2025-01-15", "Ann Rees"),
])
def test_a_report_header_gives_the_meetings_date_and_one_presenter(tmp_path, header, date, presenter):
    text = "WESTON DISTRICT COUNCIL\n\n" + header + "\n1. PURPOSE OF REPORT\n\n1.1 To present the draft plan.\n"
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert {(r.presenter, r.meeting_date) for r in ex.reported} == {(presenter, date)}


@pytest.mark.parametrize("attendance, sentence, presenter", [
    # a panel's adviser named once with the body she advises, then by her post alone
    ("In attendance: Ms Hana Lisle – Legal Adviser to the Panel", "The Legal Adviser reported that two complaints had been received.",
     "Hana Lisle"),
    # a county councillor's written report, then "He reported that"
    ("Also present: County Cllr Derek Mallin", "County Cllr Mallin's written report had been circulated. He reported that the road would close.",
     "Mallin"),
])
def test_a_presenter_named_by_post_or_pronoun_is_the_person(tmp_path, attendance, sentence, presenter):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            f"Present: Cllr A Ames (Chair), Cllr B Bell\n{attendance}\n\n7. Reports\n{sentence}\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert any(r.presenter.endswith(presenter) for r in ex.reported), [r.presenter for r in ex.reported]


def test_a_second_table_takes_its_own_label_and_a_wrapped_post_cell_is_no_one(tmp_path):
    """A board's two tables ("Members present", "In attendance"), a post cell wrapped onto an
    indented line."""
    text = ("WESTON HEALTH AND WELLBEING BOARD\nMinutes – Wednesday 22nd January 2025\n\nMembers present\n\n"
            "Cllr Lena Marsh\tCabinet Member for Health (Chair)\n"
            "Dr Rohan Pike\tPlace Clinical Director, NHS Weston\n\tIntegrated Care Board (Vice-Chair)\n\n"
            "In attendance\n\nRuth Sell\tBoard Manager\nLucy Drum\tDemocratic Services Officer\n\n"
            "1.\tWelcome and apologies\n\nThe Chair welcomed everyone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == {
        ("Lena Marsh", "chair"), ("Rohan Pike", "present"), ("Ruth Sell", "in_attendance"), ("Lucy Drum", "in_attendance")}
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Rohan Pike"][0].startswith("Place Clinical Director")  # the wrapped rest is left out, no one new


def test_a_table_indented_with_tabs_keeps_every_row(tmp_path):
    text = ("WESTON BOARD\nMinutes of the meeting of the Board held on 4 March 2031\n\nMembers present\n\n"
            "\tCllr Lena Marsh\tCabinet Member for Health (Chair)\n\tDr Rohan Pike\tPlace Clinical Director\n"
            "\tCllr Tom Hill\tCabinet Member for Care\n\n1.\tWelcome\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {a.person for a in ex.attendance} == {"Lena Marsh", "Rohan Pike", "Tom Hill"}


def test_one_name_per_indented_line_is_one_person_per_line(tmp_path):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            "Present:\tAnn Bell (Chair)\n\tTom Hill\n\tJo Park\n\tMary Byrne\n\n1. Apologies\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {a.person for a in ex.attendance} == {"Ann Bell", "Tom Hill", "Jo Park", "Mary Byrne"}


@pytest.mark.parametrize("line", ["Minute number 12/24 Apologies", "Item ref 5/24 Next meeting", "Minute cab/12/24 Budget"])
def test_odd_minute_numbers_never_break_a_document(tmp_path, line):
    text = "WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n" + line + "\nNone.\n"
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [m.date for m in ex.meetings] == ["2031-03-04"]


@pytest.mark.parametrize("text, bodies", [
    ("Reports from Sub-Committees:\nFinance\nThe Clerk said it had met.", set()),
    ("Reports from Committees: Planning Committee and Finance Committee\nCllr Ames reported.",
     {"Planning Committee", "Finance Committee"}),
])
def test_a_standing_item_of_reports_stays_on_its_line(tmp_path, text, bodies):
    full = ("WESTON TOWN COUNCIL\nMinutes of the meeting of Weston Town Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair)\n\n8. Reports\n" + text + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", full)
    assert {b.name for b in ex.bodies} - {"Weston Town Council"} == bodies


def test_a_list_whose_bracket_runs_onto_a_line_ending_in_prose_is_read_whole(tmp_path):
    """A town council's "Also present" list wrapped inside a bracket, ending "3 members of the
    public."; "(Town Mayor – in the Chair)" is the post and the chair."""
    text = ("WESTON TOWN COUNCIL\nMINUTES OF THE MEETING OF THE TOWN COUNCIL HELD ON TUESDAY 10th DECEMBER 2024\n\n"
            "Councillors present: Cllr P. Hart (Town Mayor – in the Chair), Cllr J. Tenby\n\n"
            "Also present: Town Clerk (Mrs Alison Price), County Cllr Derek Mall (Westshire County\n"
            "Council), District Cllr Fran Oake (East Weston District Council), 3 members of the public.\n\n"
            "Minute 123/24\tApologies for absence\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} >= {
        ("P. Hart", "chair"), ("Derek Mall", "in_attendance"), ("Fran Oake", "in_attendance")}


@pytest.mark.parametrize("heading, label", [
    # a Scottish council's "Minute of Meeting" and "Sederunt"
    ("MINUTE OF MEETING of the EDUCATION COMMITTEE held in the Council Chamber, Morvie House, on Thursday 6 February 2025.",
     "Sederunt:"),
    # an English board's "Minutes of the meeting" and "Present:"
    ("Minutes of the meeting of the Education Committee held on Thursday 6 February 2025.", "Present:"),
])
def test_a_list_with_a_labelled_group_and_two_titles(tmp_path, heading, label):
    text = (f"GLENBY COUNCIL\n\n{heading}\n\n"
            f"{label}\tCouncillor Ann Bell (Convener);\n"
            "\tCouncillors Hamish Cole and Lorna Dee; and\n"
            "\tReligious Representatives: Reverend Dr Cat Hill and Mr Aled Fox.\n\n"
            "1.\tDECLARATIONS OF INTEREST\n\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(m.body, m.date) for m in ex.meetings] == [("Education Committee", "2025-02-06")]
    assert {(a.person, a.status) for a in ex.attendance} == {
        ("Ann Bell", "chair"), ("Hamish Cole", "present"), ("Lorna Dee", "present"), ("Cat Hill", "present"),
        ("Aled Fox", "present")}
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Cat Hill"] == ["Religious Representative"] and roles["Aled Fox"] == ["Religious Representative"]


@pytest.mark.parametrize("formula", ["The Committee agreed:-", "The Panel resolved:"])
def test_a_body_and_a_lower_case_formula_ending_in_a_colon_heads_its_parts(tmp_path, formula):
    text = ("GLENBY COUNCIL\n\nMINUTE OF MEETING of the EDUCATION COMMITTEE held on Thursday 6 February 2025.\n\n"
            "Present: Councillor Ann Bell (Convener)\n\n3.\tBUDGET MONITORING\n\nDecision\n\n" + formula +
            "\n\n(1) to note the projected overspend;\n\n(2) to refer the report to the Finance Committee.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [r.text.rstrip(".;") for r in ex.resolutions] == ["to note the projected overspend",
                                                            "to refer the report to the Finance Committee"]


def test_a_report_of_a_post_keeps_the_post_but_a_post_that_acts_is_its_holder(tmp_path):
    """EXTRACTION.md: "Report of the Strategic Director of ..." gives a row whose presenter is that
    role; "The Director introduced the report" is the person holding the post."""
    text = ("GLENBY COUNCIL\n\nMINUTE OF MEETING of the EDUCATION COMMITTEE held on Thursday 6 February 2025.\n\n"
            "Present: Councillor Ann Bell (Convener)\n"
            "In attendance: Fiona Dale, Executive Director of Education; Graham Orr, Chief Education Officer.\n\n"
            "3.\tBUDGET\n\nThere was submitted a report by the Executive Director of Education on the budget.\n\n"
            "4.\tSCHOOLS\n\nThe Chief Education Officer introduced the report on the estate.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(r.presenter, r.item) for r in ex.reported} == {("The Executive Director of Education", "3"), ("Graham Orr", "4")}




@pytest.mark.parametrize("motion, outcome", [
    # an Irish district's style: the motion quoted after "moved the following motion"
    ('Cllr Tierney moved the following motion:\n"That the Members call on the water utility to upgrade the plant."\n'
     "The motion was seconded by Cllr Furlong.", "The motion was agreed unanimously."),
    # a vote, then the chair declares it carried
    ('Cllr Keaveney moved:\n"That the Housing Section report to the next meeting on vacant houses."\nSeconded by Cllr Moloney.',
     "A vote was taken: For - 6, Against - 1. The Cathaoirleach declared the motion carried."),
])
def test_a_quoted_motion_carried_is_the_resolution(tmp_path, motion, outcome):
    text = ("RATHBY MUNICIPAL DISTRICT\nMinutes of the meeting of the Municipal District of Rathby held on 18 February 2025\n\n"
            "Present: Cllr A Ames (Cathaoirleach), Cllr B Bell\n\n5.\tNOTICE OF MOTION\n" + motion + "\n" + outcome + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert len(ex.resolutions) == 1 and ex.resolutions[0].text.startswith(("the Members call", "the Housing Section report"))


def test_a_labelled_list_with_a_hanging_indent_and_irish_names(tmp_path):
    """An Irish district's attendance: the label, a tab, the list run on over tab-indented lines,
    names with fadas."""
    text = ("RATHBY MUNICIPAL DISTRICT\nMinutes of the meeting of the Municipal District of Rathby held on 18 February 2025\n\n"
            "Present:\tCouncillors Máire Ní Bhriain (Leas-Chathaoirleach), Colm Tierney, Declan\n"
            "\tFurlong, Siobhán Keaveney and Gráinne Moloney.\n\n"
            "In attendance:\tMr Ciarán Hession, Director of Services; Ms Orla Brennock, Senior\n"
            "\tExecutive Officer.\n\n1.\tCONFIRMATION OF MINUTES\nConfirmed.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == {
        ("Máire Ní Bhriain", "present"), ("Colm Tierney", "present"), ("Declan Furlong", "present"),
        ("Siobhán Keaveney", "present"), ("Gráinne Moloney", "present"), ("Ciarán Hession", "in_attendance"),
        ("Orla Brennock", "in_attendance")}


@pytest.mark.parametrize("minute, expected", [
    # a parish's table of decisions: a lettered label, the decision, an action column, the votes
    ("c)\tAsset Register:\nThe asset register was approved with additions\tJM\nProp CR 2nd KD\n"
     "d) Standing Orders – The Standing Orders were adopted\nProp CR 2nd JC\n",
     ["The asset register was approved with additions", "The Standing Orders were adopted"]),
    # another parish's: proposer and seconder on a line of their own, a history that is no decision
    ("The Financial Regulations were adopted\nProposed: AB Seconded: CD\n"
     "The Flood Plan was adopted by the Council in 2018.\n",
     ["The Financial Regulations were adopted"]),
])
def test_short_passed_sentences_in_a_parish_table(tmp_path, minute, expected):
    text = ("WESTON PARISH COUNCIL\nMinutes of the meeting of Weston Parish Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n5\tFinance\n" + minute)
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [r.text.rstrip(".") for r in ex.resolutions] == expected


@pytest.mark.parametrize("sentence", [
    "The application for six flats behind the old Abbey Hotel was refused on appeal.",
    "Comments were received from the residents of Gibson House and of Mabel Library.",
    "Ms. They would report back in May.",
    "The Councillor Forum met and the Community Action group asked about the Jubilee Rally.",
    "It was agreed that four signs be ordered for the village gates.",
])
def test_buildings_and_pronouns_are_no_people(tmp_path, sentence):
    text = (TOWN_MINUTES + "7. Planning\n" + sentence + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {p.name for p in ex.people} == {"A. Ames", "B. Bell"}


@pytest.mark.parametrize("place, council, things", [
    ("Beverley", "Beverley Borough Council", "Beverley Tourism and Beverley Airport"),
    ("Lincoln", "Lincoln City Council", "Lincoln Heritage and Lincoln Markets"),
])
def test_a_given_name_that_is_the_papers_place_is_the_place(tmp_path, place, council, things):
    text = (f"{council.upper()}\nMinutes of the meeting of {council} held on 4 March 2031\n\n"
            f"Present: Cllr A Ames (Chair), Cllr {place} Bell\n\n7. Tourism\nThe Council will work with {things}.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {p.name for p in ex.people} == {"A. Ames", f"{place} Bell"}  # a titled name keeps its given name


def test_a_surname_that_is_also_a_word_of_the_genre_stays_a_name(tmp_path):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr Ann Young, Cllr Tom West, Cllr Ray Page\n\n7. Planning\nNoted.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {"Ann Young", "Tom West", "Ray Page"} <= {p.name for p in ex.people}


@pytest.mark.parametrize("minute, expected", [
    # review findings: a formula with no full stop, a decision whose parts follow "subject to"
    ("RESOLVED that the minutes be signed", ["the minutes be signed"]),
    ("RESOLVED that the recommendations be approved subject to\n(a) the budget being reduced by £2,000;\n"
     "(b) a further report in June.",
     ["the recommendations be approved subject to", "the budget being reduced by £2,000", "a further report in June"]),
    ("RESOLVED:\n(1) The Committee notes the plan.\n(2) The Committee agrees the fee.",
     ["The Committee notes the plan", "The Committee agrees the fee"]),
    ("It was resolved to approach the Charities for funding\tAM\nc)\tSuccession Planning – After years the Chair\n"
     "would like to stand down.", ["to approach the Charities for funding"]),
    ("Resolved: That the next meeting be held on Friday 21 March 2025 at\n11.00 am at the Civic Centre.",
     ["the next meeting be held on Friday 21 March 2025 at 11.00 am at the Civic Centre"]),
    # a motion proposed and seconded in one sentence, agreed in the next; a standing order suspended
    ("Cllr Cobb proposed & Cllr Evans seconded that the Council pay the fee. All Councillors present were in agreement.",
     ["the Council pay the fee"]),
    ("On the proposal of Councillor Sheahan, seconded by Councillor Slattery, Standing Order No. 4 was suspended "
     "to complete the agenda.", ["Standing Order No. 4 was suspended to complete the agenda"]),
    # other bodies' decisions and history are no resolutions of this meeting
    ("The extension at 4 Mill Lane was approved by Westshire District Council. The lottery bid was approved last week.", []),
])
def test_decisions_the_review_found(tmp_path, minute, expected):
    text = ("WESTON PARISH COUNCIL\nMinutes of the meeting of Weston Parish Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n12. Business\n" + minute + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [re.sub(r"[.;]$", "", r.text) for r in ex.resolutions] == expected  # "to" kept: the gold's words


def test_a_person_named_like_the_councils_place_stays_a_person(tmp_path):
    text = ("KERRY COUNTY COUNCIL\nMinutes of the meeting of Kerry County Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair)\nIn attendance: Kerry Walsh\n\n7. Tourism\n"
            "Kerry Walsh presented the report on Kerry Tourism.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert "Kerry Walsh" in {p.name for p in ex.people} and "Kerry Tourism" not in {p.name for p in ex.people}


def test_empty_headings_above_an_unrelated_minute_share_no_presenter(tmp_path):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: Jo Park, Clerk\n\n"
            "4. Public participation\n\n5. Declarations of interest\n\n6. Finance\nThe Clerk presented the accounts.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {r.item for r in ex.reported} == {"6"}


@pytest.mark.parametrize("heading", [
    "Glenby Community Council\tMINUTES\n\nMinutes of Meeting held on Tuesday 6th March 2012 in the Village Hall",
    "GLENBY COMMUNITY COUNCIL\n\nMinutes of the Monthly Meeting held on Tuesday 6th March 2012",
])
def test_minutes_of_a_meeting_that_names_no_body_take_the_heading(tmp_path, heading):
    text = heading + "\n\nPRESENT\tRob Weather\tRW\n\n1\tPolice Report\nNone.\n"
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(m.body.lower(), m.date) for m in ex.meetings] == [("glenby community council", "2012-03-06")]


@pytest.mark.parametrize("chair_line", ["RW chaired the meeting.", "The Meeting was Chaired by Rob Weather."])
def test_a_chair_named_in_prose_after_a_table_of_names_and_initials(tmp_path, chair_line):
    """A community council's table of names and initials, the chair said in a sentence below it, then
    the business table's header."""
    text = ("Glenby Community Council\n\nMinutes of a Meeting held on Tuesday 1 October 2019\n\n"
            "Present:\tCath Chisholm\tCC\tRob Weather\tRW\nDick Noble\tDN\n\n" + chair_line + "\n\n"
            "Items\tAction\n1\tPolice Report\nNone.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == {
        ("Cath Chisholm", "present"), ("Rob Weather", "chair"), ("Dick Noble", "present")}


@pytest.mark.parametrize("headings", [
    ["Minutes of the Last Meeting", "Matters Arising", "Annual Report of the Council"],
    ["MATTERS ARISING", "FINANCE", "PLAYING FIELD"],
])
def test_informal_minutes_with_headings_that_number_nothing(tmp_path, headings):
    a, b, c = headings
    text = ("Weston Annual Parish Meeting - 3rd May 2016\n\nPresent\nCouncillors D Rich (in the Chair), R Heal\n\n"
            f"{a}\nThe minutes were read and approved.\n\n{b}\nNone to discuss.\n\n"
            f"{c}\nThe Chairman read the report.\nMr Wood reported that the bench had been mended.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [i.title.lower() for i in ex.agenda_items] == [h.lower() for h in headings]
    assert {r.item.lower() for r in ex.reported} == {c.lower()}
    assert {a.person for a in ex.attendance} == {"D. Rich", "R. Heal"}


@pytest.mark.parametrize("votes, motion", [
    # an Irish county council's bilingual minutes
    ("Ar moladh Cllr. J. Garry\n\nCuidithe ag Cllrs. L. Grant agus J. Keane agus glacadh leis\n\n",
     '"We call on the Council to take all steps necessary to improve the coast road."'),
    # an English district's plain ones
    ("Proposed by Cllr Grant, seconded by Cllr Keane and agreed:\n\n",
     '"The Council asks the Minister to fund the coast road repairs."'),
])
def test_a_quoted_motion_after_its_seconder_and_agreement(tmp_path, votes, motion):
    text = TOWN_MINUTES + "20. Notice of Motion\n\n" + votes + motion + "\n"
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [r.text[:22] for r in ex.resolutions] == [motion[1:23]]


@pytest.mark.parametrize("present, line, name", [
    # a Scottish community council's table of names and initials, a topic column before the sentence
    ("Present:\tCath Chisholm\tCC\tMichael Cook (SBC)\tMC\n", "- High Street Crossing\tMC reported that a crossing was not viable.",
     "Michael Cook"),
    # an English parish's initials in brackets
    ("Present: Dave Horkan (DH) Clerk, Cllr Frank Reid (FR)\n", "The financial report was presented by DH and approved.",
     "Dave Horkan"),
])
def test_a_presenter_named_by_initials_the_list_explains(tmp_path, present, line, name):
    text = ("Glenby Community Council\n\nMinutes of a Meeting held on Tuesday 6th March 2012\n\n" + present +
            "\n1\tRoads\n" + line + "\nXY reported on the hall.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [r.presenter for r in ex.reported] == [name]  # "XY", explained by no list, names no one


@pytest.mark.parametrize("sentence", [
    '"The Council requests Minister for Health, Stephen Dunn to investigate the waiting lists."',
    "The Clerk was asked to write to the Minister for Housing, Stephen Dunn, about the grant.",
])
def test_a_minister_named_in_apposition(tmp_path, sentence):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "9. Correspondence\n" + sentence + "\n")
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles.get("Stephen Dunn", [""])[0].startswith("Minister for")


@pytest.mark.parametrize("lead, bullet", [
    ("3.2 Four sub-groups report to the Safeguarding Board:", "- the Audit Sub-Group, which leads the audits;\n- the Learning Sub-Group;"),
    ("The following working groups report to the Parish Council:", "• Allotments Working Group\n• Learning Sub-Group"),
])
def test_a_bulleted_list_of_groups_that_report_to_a_body(tmp_path, lead, bullet):
    text = (TOWN_MINUTES + "5. Governance\nThe Safeguarding Board and the Parish Council met.\n\n" + lead + "\n\n" + bullet +
            "\n\nThe Audit Sub-Group and the Allotments Working Group also met the Planning Committee.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    target = "Safeguarding Board" if "Safeguarding" in lead else "Parish Council"
    got = {r.source for r in ex.body_relations if r.relation == "reports_to" and r.target == target}
    assert "Learning Sub-Group" in got and "Planning Committee" not in got


@pytest.mark.parametrize("attendance, sentence, presenter", [
    # two Leaders: "the Leader" is the Leader of the Council
    ("Present: Councillor Ann Ash (Leader of the Council), Councillor Sam Lin (Leader of the Liberal Democrat Group)",
     "In the absence of Councillor Eden, the Leader introduced the report.", "Ann Ash"),
    # a PCSO named by rank and surname
    ("Also present: PCSO 7731 Gareth Bowen (Westshire Police)", "PCSO Bowen reported that six crimes had been recorded.",
     "Bowen"),
])
def test_a_post_shared_by_two_and_a_pcso(tmp_path, attendance, sentence, presenter):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n" + attendance +
            "\n\n7. Reports\n" + sentence + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert any(r.presenter.endswith(presenter) for r in ex.reported), [r.presenter for r in ex.reported]


@pytest.mark.parametrize("text, name", [
    # a planning report's table of representations: the next cell starts with a capital
    ("REPRESENTATIONS\n\n4\tHallam Pryce LLP Objected on behalf of the owners of the adjoining yard.\n", "Hallam Pryce LLP"),
    (TOWN_MINUTES + "1. Correspondence\nA letter from Brookside Homes Ltd Confirmed the hoarding dates.\n", "Brookside Homes Ltd"),
    # trustees together are a body; one trustee is a post
    (TOWN_MINUTES + "2. Appointments\nCllr Bell was appointed to the Weston Almshouse Trustees for the year.\n",
     "Weston Almshouse Trustees"),
    ("MINUTES OF THE FINANCE PANEL held on 2 May 2031\n\n3. The Fair Trustees asked the panel to renew the lease.\n",
     "Fair Trustees"),
])
def test_a_company_suffix_ends_a_name_and_trustees_are_a_body(tmp_path, text, name):
    ex, _ = extract_text(tmp_path / "paper.txt", text)
    assert name in {b.name for b in ex.bodies}, [b.name for b in ex.bodies]


def test_a_postcode_far_along_a_long_line_is_not_the_bodys_address(tmp_path):
    # a paper converted with its paragraphs run into one line: the body is named mid-line and a
    # planning application's address comes many words later
    line = ("Following advice from the county Anglian Water had since agreed to remove the hump. "
            + "The clerk reported on the footpath and the wall and the drain and the hedges. " * 3
            + "20/01758/LDE Lawful Development Certificate, Horsemans Rest, Bypass, Norfolk PE33 9UF")
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "5. Clerk's report\n" + line + "\n")
    assert "Anglian Water" in {b.name for b in ex.bodies}
    ex, _ = extract_text(tmp_path / "q.txt", TOWN_MINUTES + "6. Premises\nCash Office, 153 Abbey Road\tSE16 2BS\n")
    assert "Cash Office" not in {b.name for b in ex.bodies}


@pytest.mark.parametrize("minute, expected", [
    # an English parish clerk's proposer/seconder line, the vote before the motion
    ("1. Payments\nProposed Cllr Ames, seconded Cllr Bell, all in favour, that the payments listed be approved.\n",
     ["the payments listed be approved"]),
    ("2. Grant\nProposed by Cllr Ames, seconded by Cllr Bell, 4 in favour, 1 against, that a grant of £500 be made.\n",
     ["a grant of £500 be made"]),
    ("3. Motion\nProposed Cllr Ames, seconded Cllr Bell, that the council buys a bench. The motion was lost.\n", []),
    # a Scottish minute: "Decision" over the paragraph that records it
    ("4. ACTION LOG\n\nDecision\n\nThe Integration Joint Board noted the action log.\n", ["the action log"]),
    ("5. BUDGET\n\nDecision\n\nThe Committee agreed:-\n(a) to note the position;\n(b) to approve the virements.\n",
     ["note the position", "approve the virements"]),
    # an Irish council: proposer and seconder on lines of their own, then "And resolved:"
    ('6. MINUTES\n\nProposed by Cllr. Ann Ryan\nSeconded by Cllr. Tom Hayes\nAnd resolved:\n'
     '"That the minutes be confirmed and signed."\n', ["the minutes be confirmed and signed"]),
    # the formula in capitals after the sentence before it, on the same line
    ("7. Audit\nThe external auditor reported no matters. RESOLVED that the notice be published.\n",
     ["the notice be published"]),
    ("8. Minutes\nThe minutes of the last meeting were submitted and approved as a correct record.\n",
     ["The minutes of the last meeting were submitted and approved as a correct record"]),
    # an observation in the discussion is no decision
    ("9. Performance\nMembers noted the improvement in response times, which had risen to 71%.\n", []),
])
def test_decision_formulas_of_other_house_styles(tmp_path, minute, expected):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + minute)
    assert decided(ex) == expected


@pytest.mark.parametrize("numbers", [["CD.114", "CD.115", "CD.116"], ["JLA/24/29", "JLA/24/30", "JLA/24/31"],
                                     ["C.58", "C.59", "C.61"]])
def test_minute_numbers_with_the_bodys_letters(tmp_path, numbers):
    titles = ["DECLARATIONS OF INTEREST", "MINUTES", "BUDGET 2031/32"]
    text = TOWN_MINUTES + "".join(f"{n}\t{t}\n\nThe Council considered the matter.\n\n" for n, t in zip(numbers, titles))
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [i.number for i in ex.agenda_items] == numbers


def attendance_of(tmp_path, head: str, zone: str) -> set[tuple[str, str]]:
    """(person, status) of a minutes paper with this heading and attendance zone."""
    ex, _ = extract_text(tmp_path / "a.txt", head + "\n\n" + zone + "\n\n1. MINUTES\nThe minutes were approved.\n")
    return {(a.person, a.status) for a in ex.attendance}


BOARD_HEAD = "NHS WESTSHIRE INTEGRATED CARE BOARD\nMinutes of the Board meeting held on 4 March 2031"


@pytest.mark.parametrize("head, zone, expected", [
    # a board's table with a header row and the chair marked in the role column
    (BOARD_HEAD, "Present (Members):\nName\tRole\nDr Ann Ames\tChair (in the chair)\nBob Bell\tChief Executive\n"
                 "Cara Cole\tNon-Executive Member\n\nIn Attendance:\nName\tRole\nDee Dunn\tBoard Secretary",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cara Cole", "present"), ("Dee Dunn", "in_attendance")}),
    # a Welsh committee: bilingual labels, Welsh first
    ("CAERWEN COUNTY BOROUGH COUNCIL\nMinutes of the Scrutiny Committee held on 4 March 2031",
     "PRESENNOL / PRESENT:\n\nCynghorwyr / Councillors:\n\nA. Ames\t\tB. Bell\n\nSwyddogion / Officers:\nC. Cole - Director",
     {("A. Ames", "present"), ("B. Bell", "present"), ("C. Cole", "in_attendance")}),
    # a town council's attendance grid with its key
    ("WESTON TOWN COUNCIL\nMinutes of the Finance Committee held on 4 March 2031",
     "ATTENDANCE\nCouncillor\t\tAttendance\nCllr Ann Ames (Chairman)\tP\nCllr Bob Bell\tAp\nCllr Cy Cole\tA\n"
     "Key: P = present; Ap = apologies given; A = absent",
     {("Ann Ames", "chair"), ("Bob Bell", "apologies")}),
    # qualified labels and the groups of one list
    ("CITY COUNCIL CABINET\nRecord of decisions of the meeting held on 4 March 2031",
     "Cabinet Members present\nCouncillor Ann Ames (Chair)\tLeader of the Council\n\n"
     "Other Members in attendance\nCouncillor Bob Bell\tLeader of the Opposition\n\n"
     "ALSO PRESENT\nFor the applicant:\n   Cy Cole, Director, Cole Bars Ltd\nInterested parties:\n   Diane Dunn, local resident",
     {("Ann Ames", "chair"), ("Bob Bell", "in_attendance"), ("Cy Cole", "in_attendance"), ("Diane Dunn", "in_attendance")}),
    ("WESTGLEN INTEGRATION JOINT BOARD\nMinute of meeting held on 4 March 2031",
     "Present:\n\nVoting Members\nCouncillor Ann Ames (Chair)\tWestglen Council\n\nNon-Voting Members\nBob Bell\tChief Officer\n\n"
     "Apologies:  Councillor Cy Cole (Westglen Council).\n\nCouncillor Ann Ames in the Chair",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "apologies")}),
    # an Irish council: the Cathaoirleach's own label, and officers one a line with long posts
    ("KILBEG COUNTY COUNCIL\nMinutes of the Monthly Meeting held on Monday 10th March, 2031",
     "CATHAOIRLEACH:\t\tCllr. Ann Ames presiding.\n\nMEMBERS PRESENT:\tCllrs. Bob Bell, Cy Cole.\n\n"
     "OFFICIALS PRESENT:\tMs. Dee Dunn, Director of Services, Roads, Transportation\n\t\t\tand Climate Action.\n"
     "\t\t\tMr. Ed Eyre, Head of Finance.",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "present"), ("Dee Dunn", "in_attendance"),
      ("Ed Eyre", "in_attendance")}),
    # an Irish municipal district laid out in columns of spaces, labels in Irish and English
    ("DUNBEG MUNICIPAL DISTRICT\nMINUTES OF THE MONTHLY MEETING OF DUNBEG MUNICIPAL DISTRICT held on Monday 9th September 2031",
     "I LÁTHAIR / PRESENT\n\nCathaoirleach:            Cllr Ann Ames\nLeas-Chathaoirleach:      Cllr Bob Bell\n"
     "Comhairleoirí / Cllrs:    Cy Cole, Dee Dunn\n\nOIFIGIGH I LÁTHAIR / OFFICIALS IN ATTENDANCE\n\n"
     "Ms Eve Eyre          Director of Services\nMr Fred Ford         Senior Engineer\n\nAbsent: Cllr Gus Gray",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "present"), ("Dee Dunn", "present"),
      ("Eve Eyre", "in_attendance"), ("Fred Ford", "in_attendance")}),
    # a combined authority's members by constituent council; a Welsh town council's two columns
    ("GREATER WESTBY COMBINED AUTHORITY\nOverview and Scrutiny Committee\nMinutes of the meeting held on Wednesday, 13 March 2031",
     "Present:\n\nConstituent council\tMember\nWestby City Council\tCouncillor Ann Ames (Chair)\n\tCouncillor Bob Bell\n"
     "Ashby Borough Council\tCouncillor Cy Cole",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "present")}),
    ("ABERCELYN TOWN COUNCIL\nMINUTES of the meeting of the Leisure Committee held on Tuesday 10 September 2031",
     "PRESENNOL / PRESENT:\n\nCyng. / Cllr Ann Ames (Cadeirydd / Chair)     Cyng. / Cllr Bob Bell\n"
     "Cyng. / Cllr Cy Cole",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "present")}),
    # the officials' label in the paper's own language alone: an Irish council, a Welsh community council
    ("KILBEG COUNTY COUNCIL\nMinutes of the Monthly Meeting held on Monday 10th March, 2031",
     "I LÁTHAIR / PRESENT:\n\nComhairleoirí:     Cllrs. A. Ames, B. Bell.\n\n"
     "Oifigigh:          Ms. C. Cole, Director of Services; Mr. D. Dunn, Head of Finance.",
     {("A. Ames", "present"), ("B. Bell", "present"), ("C. Cole", "in_attendance"), ("D. Dunn", "in_attendance")}),
    ("CYNGOR CYMUNED LLANFAIR\nMinutes of the Community Council meeting held on 4 March 2031",
     "Yn bresennol / Present: Cllr Ann Ames, Cllr Bob Bell\nSwyddogion: Cy Cole (Clerc / Clerk)",
     {("Ann Ames", "present"), ("Bob Bell", "present"), ("Cy Cole", "in_attendance")}),
])
def test_attendance_layouts_of_other_house_styles(tmp_path, head, zone, expected):
    assert attendance_of(tmp_path, head, zone) == expected


@pytest.mark.parametrize("fields, presenters", [
    # a Cabinet record of decisions: the post whose report it is, and the officer who presented it
    ("Report of:\t\tStrategic Director of Place\nOfficer reporting:\tRuth Cole, Head of Housing\n",
     {"Cy Cole", "Ruth Cole"}),
    # a committee's minutes with a plain field
    ("Presented by: Councillor Bob Bell, Cabinet Member for Parks\n", {"Bob Bell"}),
])
def test_an_items_presenter_fields(tmp_path, fields, presenters):
    text = ("HARROW CITY COUNCIL\nCABINET\nRecord of decisions of the meeting held on 4 March 2031\n\n"
            "Officers in attendance\nCy Cole\tStrategic Director of Place\n\n"
            + "".join(f"CD.{n}\tBUSINESS ITEM {n}\n\n{fields}\nThe report was considered.\n\n" for n in (1, 2, 3)))
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert {(r.presenter, r.item) for r in ex.reported} == {(p, f"CD.{n}") for p in presenters for n in (1, 2, 3)}


def test_other_members_of_a_membership_list_are_no_attendance(tmp_path):
    text = ("Weston Council\n\nAudit Committee\n\nMembership:\n\nCouncillors:\n\nAnn Ames\n\nBob Bell\n\nOther Members:\n\n"
            "Cy Cole (Independent Chair)\n\nA meeting of the Audit Committee will be held:\n\nDate: 22 October 2031\n\n"
            "Time: 19:15\n\nAudit Committee\n\n22 October 2031\n\n1.\tDeclarations of interest\n\n2.\tApologies for absence\n\n"
            "3.\tMinutes of the meeting held on 24 September 2031\n\n4.\tAnnual complaints report\n")
    ex, _ = extract_text(tmp_path / "agenda.txt", text)
    assert not ex.attendance
    assert [m.date for m in ex.meetings if not m.referenced] == ["2031-10-22"]


def test_two_posts_in_one_cell_and_a_fields_label(tmp_path):
    text = (BOARD_HEAD + "\n\nPresent:\nName\tRole\nDr Ann Ames\tChair (in the chair)\n"
            "Bob Bell\tNon-Executive Member; Chair of the Audit and Risk Committee\n\n"
            "1. BUDGET\n\nOfficer reporting:\tCy Cole, Chief Finance Officer\n\nThe report was noted.\n")
    ex, _ = extract_text(tmp_path / "b.txt", text)
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Bob Bell"] == ["Non-Executive Member", "Chair of the Audit and Risk Committee"]
    assert roles["Cy Cole"] == ["Chief Finance Officer"]


def test_a_summons_with_its_membership_and_an_agenda_table(tmp_path):
    text = ("WESTSHIRE COUNTY COUNCIL\n\nDate: 27 February 2031\n\nTo: All Members of the Transport Committee\n\n"
            "Dear Councillor,\n\nYou are summoned to attend a meeting of the Transport Committee to be held in the "
            "Council Chamber on Wednesday, 12 March 2031 at 10.30 am.\n\nMEMBERSHIP\nCouncillor Ann Ames (Chairman)\n"
            "Councillors: Bob Bell, Cy Cole and Di Dunn\n\nAGENDA\n\nItem\tSubject\tPages\n"
            "1.\tApologies and Substitutes\t\n2.\tDeclarations of Interest\t\n3.\tMinutes of the meeting held on 15 January 2031\t5 - 12\n"
            "4.\tBus Strategy\t13 - 38\n\tReport of the Director of Place.\n")
    ex, _ = extract_text(tmp_path / "summons.txt", text)
    assert [(m.date, m.referenced) for m in ex.meetings if not m.referenced] == [("2031-03-12", False)]
    assert [i.number for i in ex.agenda_items] == ["1", "2", "3", "4"]
    assert not ex.attendance


def test_a_presenter_named_by_the_letters_of_a_post(tmp_path):
    text = ("WESTON TOWN COUNCIL\nMinutes of the Finance Committee held on 4 March 2031\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n"
            "In attendance: Mrs Jo Park (Town Clerk); Mr Lee Ray (Responsible\nFinancial Officer and Deputy Clerk). "
            "Members of the public: 3. Press: 0.\n\n"
            "1. Budget\nThe RFO presented the budget monitoring report for the half year.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} >= {("Jo Park", "in_attendance"), ("Lee Ray", "in_attendance")}
    assert [(r.presenter, r.item) for r in ex.reported] == [("Lee Ray", "1")]


@pytest.mark.parametrize("minute, expected", [
    ("1. Fence\nProposed Cllr Ames, seconded Cllr Bell, that the fence be replaced.\nLOST\n", []),
    ("2. Fence\nProposed by Cllr. J. Ames, seconded by Cllr. K. Bell, that the fence be replaced.\n",
     ["the fence be replaced"]),
    ("3. Plan\nMembers noted concerns from residents about the plan.\n", []),
    ("4. Idea\nMembers approved of the idea in principle.\n", []),
    ("5. Invitation\nMembers accepted an invitation to the Mayor's reception.\n", []),
])
def test_what_the_review_of_the_decision_rules_found(tmp_path, minute, expected):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + minute)
    assert decided(ex) == expected


def test_a_grid_gives_its_code_to_the_name_not_the_party(tmp_path):
    zone = "Attendance:\nName\tParty\tAttendance\nCllr A Ames\tLabour\tP\nCllr B Bell\tConservative\tAp"
    ex, _ = extract_text(tmp_path / "g.txt", "WESTON TOWN COUNCIL\nMinutes of the Finance Committee held on "
                                               "4 March 2031\n\n" + zone + "\n\n1. MINUTES\nApproved.\n")
    assert {(a.person, a.status) for a in ex.attendance} == {("A. Ames", "present"), ("B. Bell", "apologies")}
    assert {p.name for p in ex.people} == {"A. Ames", "B. Bell"}


def test_a_field_value_stops_at_the_paragraph_below(tmp_path):
    text = (TOWN_MINUTES + "1. STRATEGY\n    Report of:\tStrategic Director of Place\n"
            "    The Strategic Director of Place, Ruth Cole, introduced the report. Members discussed it.\n"
            "    RESOLVED that the strategy be approved.\n")
    ex, _ = extract_text(tmp_path / "f.txt", text)
    assert {r.presenter for r in ex.reported} == {"Ruth Cole"}


@pytest.mark.parametrize("label, role", [("CATHAOIRLEACH:\t\t", "Cathaoirleach"), ("Convener: ", "Convener")])
def test_the_chairs_post_as_its_label_names_it(tmp_path, label, role):
    zone = f"{label}Cllr. Ann Ames presiding.\n\nMEMBERS PRESENT:\tCllrs. Bob Bell, Cy Cole."
    ex, _ = extract_text(tmp_path / "c.txt", "KILBEG COUNTY COUNCIL\nMinutes of the Monthly Meeting held on Monday "
                                               "10th March, 2031\n\n" + zone + "\n\n1. MINUTES\nApproved.\n")
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Ann Ames"] == [role]


@pytest.mark.parametrize("heading, body", [
    ("MINUTES OF THE ANNUAL PARISH MEETING OF THE PARISH OF WESTBY\nheld in the Village Hall on Thursday 18th April 2031",
     "Westby Annual Parish Meeting"),
    ("Minutes of the Annual Parish Meeting of the Parish of Ashby held in the Church Room on 2 May 2031",
     "Ashby Annual Parish Meeting"),
    ("MINUTES of the meeting of the Leisure Committee of Abercelyn Town Council held on Tuesday 10 September 2031",
     "Leisure Committee"),
])
def test_a_parish_meeting_and_a_council_committee_by_their_own_names(tmp_path, heading, body):
    ex, _ = extract_text(tmp_path / "p.txt", "WESTBY PARISH COUNCIL\n\n" + heading + "\n\nPresent: Cllr A Ames (Chair)\n\n"
                                               "1. Minutes\nApproved.\n")
    assert [m.body for m in ex.meetings if not m.referenced] == [body]


def test_minute_numbers_of_letters_a_space_and_a_number(tmp_path):
    text = (TOWN_MINUTES + "OSC 41\tWelcome and Apologies\n\nThe Chair welcomed members.\n\n"
            "OSC 42\tDeclarations of Interest\n\nNone.\n\nPART 2\tExempt Business\n\nOSC 43\tBus Reform\n\nNoted.\n")
    ex, _ = extract_text(tmp_path / "o.txt", text)
    assert [i.number for i in ex.agenda_items] == ["OSC 41", "OSC 42", "OSC 43"]


def test_a_summons_its_membership_and_then_its_agenda_are_one_part(tmp_path):
    text = ("WESTSHIRE POLICE AND CRIME PANEL\n\nDear Councillor,\n\nYou are summoned to attend a meeting of the "
            "Westshire Police and Crime Panel to be held at County Hall on Wednesday, 7 February 2031 at 10.30 am.\n\n"
            "Yours faithfully\n\nJo Park\nMonitoring Officer\n\n" + "The Panel is a joint committee of six councils.\n\n" * 12
            + "MEMBERSHIP\n\nCouncillor                          Appointing authority\n"
            + "".join(f"Cllr {n}                     Westshire County Council\n" for n in ("Ann Ames", "Bob Bell", "Cy Cole"))
            + "\nAGENDA\n\n1.  Apologies for Absence\n\n2.  Declarations of Interest\n\n3.  Minutes\n\n4.  Public Questions\n")
    ex, _ = extract_text(tmp_path / "pack.txt", text)
    assert [(i.meeting_date, i.number) for i in ex.agenda_items] == [("2031-02-07", n) for n in "1234"]


def test_a_presenter_acting_in_another_capacity(tmp_path):
    text = ("WESTON PARISH COUNCIL\nClerk: Mrs Jo Park, 4 Orchard Rise, Weston WX7 3QD\n\n"
            "MINUTES OF THE ANNUAL PARISH MEETING OF THE PARISH OF WESTON\nheld in the Village Hall on Thursday 18th April 2031\n\n"
            "PRESENT: Cllr Ann Ames, Chairman of the Parish Council (presiding)\n\n"
            "1. ACCOUNTS\nThe Clerk, in her capacity as Responsible Financial Officer, presented the accounts for the year.\n")
    ex, _ = extract_text(tmp_path / "c.txt", text)
    assert [r.presenter for r in ex.reported] == ["The Clerk"]  # the post that presents, without the aside


@pytest.mark.parametrize("sentence, name, role", [
    # a parish style: "reported as chair of"
    ("Cllr Fay Ford reported as chair of the Allotments Working Group, which meets quarterly.",
     "Fay Ford", "chair of the Allotments Working Group"),
    # a board's style: "who chairs", the sentence going on after the body
    ("Dr Dan Drew, who chairs the Audit and Risk Committee, reported that the accounts were certified.",
     "Dan Drew", "Chair of the Audit and Risk Committee"),
    # a town council's style: a comma, then "as chairman of"
    ("Cllr Cy Cole, as chairman of the Neighbourhood Plan Steering Group, presented an update.",
     "Cy Cole", "chairman of the Neighbourhood Plan Steering Group"),
    # a trust's style: the office in lower case after the name
    ("Gus Gray, chair of the Membership and Engagement Group, a working group of the Council, outlined its plans.",
     "Gus Gray", "chair of the Membership and Engagement Group"),
    ("Hal Hume, Director of Communities and chair of the Safety Executive Group, introduced the report.",
     "Hal Hume", "chair of the Safety Executive Group"),
    # an annual meeting's elections
    ("RESOLVED that Councillor Ivy Ives be elected Vice-Chair for 2031/32.", "Ivy Ives", "Vice-Chair"),
    ("(b) that Councillor Jo Judd be appointed Chair of the Audit and Governance Committee for 2031/32;",
     "Jo Judd", "Chair of the Audit and Governance Committee"),
])
def test_a_post_in_a_body_named_beside_the_person(tmp_path, sentence, name, role):
    ex, _ = extract_text(tmp_path / "c.txt", TOWN_MINUTES + "1. REPORTS\n" + sentence + "\n")
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert role in roles[name]


def test_someone_named_after_an_absence_clause_is_not_the_one_who_reads(tmp_path):
    text = (TOWN_MINUTES + "Also present: Mrs D Dale (Town Clerk)\n\n1. NEIGHBOURHOOD WATCH\n"
            "In the absence of the coordinator, Mr Ed Eyre, the Town Clerk presented his written report. Noted.\n")
    ex, _ = extract_text(tmp_path / "n.txt", text)
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert "Town Clerk" not in roles.get("Ed Eyre", [])
    assert {r.presenter for r in ex.reported} == {"D. Dale"}


def test_a_membership_tables_header_row_is_no_member(tmp_path):
    text = ("WESTON AND ASHBY POLICE AND CRIME PANEL\nAgenda for the meeting to be held on 4 March 2031\n\n"
            "MEMBERSHIP\n\nCouncillor\tAppointing authority\nCllr Ann Ames (Chair)\tWeston City Council\n"
            "Cllr Bob Bell\tAshby County Council\n\nAGENDA\n\n1. Apologies\n2. Minutes\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Ann Ames"] == ["Chair"]
    assert not any("Appointing" in (r or "") for rs in roles.values() for r in rs)


MEETING_PAGE = """Home > Meetings > Browse meetings > Licensing Committee

Agenda and minutes
Licensing Committee - Tuesday, 4th March, 2031 7.00 pm

Venue: Council Chamber, Westby Civic Centre. View directions

Contact: Jo Kent, Committee Officer

Items
No.\tItem

12.\tApologies for Absence

Minutes:
Apologies were received from Councillor Dee Dunn.

13.\tTaxi Licensing Policy
PDF 200 KB

Minutes:
Sam Soto, Licensing Manager, introduced the report. Members asked whether it would come back to the meeting on 9 September 2031.

Resolved:
That the revised policy be approved.

Attendance details

Present:
Councillor Ann Ames (Chair), Councillor Bob Bell and Councillor Cy Cole

Officers in attendance:
Sam Soto (Licensing Manager) and Jo Kent (Committee Officer)

Apologies:
Councillor Dee Dunn
"""


def test_a_committee_systems_meeting_page(tmp_path):
    """One meeting: "Minutes:" over each item's text is a label, a later date in a minute starts no
    meeting, and the attendance listed below the items is this meeting's."""
    ex, _ = extract_text(tmp_path / "page.txt", MEETING_PAGE)
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [("Licensing Committee", "2031-03-04")]
    assert [i.number for i in ex.agenda_items] == ["12", "13"]
    status = {a.person: a.status for a in ex.attendance}
    assert status == {"Ann Ames": "chair", "Bob Bell": "present", "Cy Cole": "present", "Sam Soto": "in_attendance",
                      "Jo Kent": "in_attendance", "Dee Dunn": "apologies"}
    assert decided(ex) == ["the revised policy be approved"]
    assert {(r.presenter, r.item) for r in ex.reported} == {("Sam Soto", "13")}


@pytest.mark.parametrize("heading, body", [
    # a committee named by a common noun's possessive keeps it
    ("CHILDREN'S SERVICES SCRUTINY COMMITTEE\n\nMINUTES of a meeting of the Children's Services Scrutiny Committee held at "
     "County Hall on 4 March 2031", "Children's Services Scrutiny Committee"),
    # a body's own possessive is dropped
    ("MINUTES of a meeting of the Council's Audit Committee held at County Hall on 4 March 2031", "Audit Committee"),
    # a trust's letterhead, then the body that meets, in capitals
    ("Westby Hospitals NHS Foundation Trust\n\nCOUNCIL OF GOVERNORS\n\nMinutes of the meeting held in public on 4 March 2031",
     "Council of Governors"),
    # a community council's annual general meeting: the council meets
    ("WESTBY AND ASHBY COMMUNITY COUNCIL\n\nMINUTES OF THE ANNUAL GENERAL MEETING\nTuesday 4 March 2031 at 7.30pm, Village Hall",
     "Westby and Ashby Community Council"),
    # a town's electors meet, not its council
    ("WESTBY TOWN COUNCIL\n\nMINUTES OF THE ANNUAL TOWN MEETING OF THE ELECTORS OF WESTBY\nheld in the Assembly Rooms on 4 March 2031",
     "Annual Town Meeting of the Electors of Westby"),
    # a hearing's decision notice: who sat, when and where
    ("WESTBY DISTRICT COUNCIL\n\nSTANDARDS SUB-COMMITTEE (HEARINGS PANEL)\n\nDECISION NOTICE\n\nDate of hearing:\t4 March 2031\n"
     "Venue:\tCommittee Room 2", "Standards Sub-Committee"),
])
def test_the_body_a_minutes_heading_names(tmp_path, heading, body):
    ex, _ = extract_text(tmp_path / "h.txt", heading + "\n\nPresent: Cllr A Ames (Chair)\n\n1. Minutes\nApproved.\n")
    assert [m.body for m in ex.meetings if not m.referenced] == [body]


@pytest.mark.parametrize("minute, expected", [
    # a county's style: the formula and a dash alone on a line, numbered parts after a blank line
    ("\tRESOLVED -\n\n\t(1) That the plan be noted.\n\n\t(2) That the Director report again in July.\n",
     ["the plan be noted", "the Director report again in July"]),
    # two decisions in one sentence: the paper noted, then what was agreed
    ("The Committee noted the draft work programme and AGREED that an item on home education be added.\n",
     ["the draft work programme", "an item on home education be added"]),
    # a body named with its "of" ("The Council of Governors", "The Board of Directors")
    ("The Council of Governors NOTED the Chief Executive's report.\n", ["the Chief Executive's report"]),
    ("The Board of Directors approved the annual plan for publication.\n", ["the annual plan for publication"]),
    # a panel's numbered paragraphs ("43.1 RESOLVED - that ...")
    ("43.1 RESOLVED - that the minutes be confirmed.\n\n43.2 The Panel RESOLVED to recommend that the appointment be made.\n",
     ["the minutes be confirmed", "recommend that the appointment be made"]),
    # a bilingual Welsh label, Welsh first
    ("PENDERFYNIAD / DECISION:\n(i) To approve the budget.\n(ii) To note the statement.\n",
     ["To approve the budget", "To note the statement"]),
    # mark-up round a formula is not a decision
    ("**AGREED:**\n\n(a) That the report be noted.\n", ["the report be noted"]),
    # a decision maker in the first person (a mayor's or a Cabinet Member's decision notice)
    ("Having considered the report,\n\nI, the Mayor, approve:\n\n(a) the allocation of the grant;\n\n(b) the fare cap.\n",
     ["the allocation of the grant", "the fare cap"]),
    # the count of the vote inside the formula (a parish council's words, a district committee's)
    ("Members discussed the concern. It was resolved by four votes to one that a second sign be bought.\n",
     ["a second sign be bought"]),
    ("It was AGREED by 7 votes to 2, with 1 abstention, to adopt the plan.\n", ["adopt the plan"]),
    # a title-case label after a sentence's end, inside a line (a Welsh community council, a parish's planning list)
    ("The minutes, having been circulated, were taken as read. Resolved: That the minutes be approved.\n",
     ["the minutes be approved"]),
    ("24/0412/HHD - Two-storey extension, Bryn Eithin - Mr Hefin Prys. Agreed: that no objection be raised.\n",
     ["no objection be raised"]),
    # a company's "Ltd." ends its sentence (a Welsh planning list, a parish's quotes)
    ("31/0430/OUT - Nine dwellings, land at Maes y Llan - Gorwel Homes Ltd. It was agreed that the Council objects to "
     "the application.\n", ["the Council objects to the application"]),
    ("Quotes were received from Kelby Fencing Ltd. It was resolved that the lower quote be accepted.\n",
     ["the lower quote be accepted"]),
])
def test_decisions_of_more_house_styles(tmp_path, minute, expected):
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. BUSINESS\n\n" + minute)
    assert decided(ex) == expected


def test_an_item_title_that_ends_in_a_colon_goes_on_below(tmp_path):
    text = (TOWN_MINUTES + "CG24/58\tAuditor's Report\n\nReceived.\n\n"
            "CG24/59\tReport of the Nominations Committee:\n\treappointment of a Non-Executive Director\n\n"
            "Mrs Kay left the meeting for this item.\n\nCG24/60\tElections\n\nNoted.\n")
    ex, _ = extract_text(tmp_path / "t.txt", text)
    assert [(i.number, i.title) for i in ex.agenda_items] == [
        ("CG24/58", "Auditor's Report"), ("CG24/59", "Report of the Nominations Committee: reappointment of a Non-Executive Director"),
        ("CG24/60", "Elections")]


def test_attendance_of_a_county_committee_with_officers_listed_post_first(tmp_path):
    text = ("WESTSHIRE COUNTY COUNCIL\n\nMINUTES of a meeting of the Adult Social Care Scrutiny Committee held at County "
            "Hall on Tuesday 4 March 2031\n\nPRESENT:\n\nCounty Councillors:\nAnn Ames                    Bob Bell\n\n"
            "Also present:\nCounty Councillor Cy Cole - Cabinet Member for Adult Care\n(attended remotely via Teams)\n\n"
            "Officers in attendance:\nDirector of Adult Social Care              Dee Dunn\n"
            "Democratic Services Officer                Eve Eyre\n\n"
            "County Councillor Ann Ames in the Chair (from item 2).\n\n"
            "1/31\tWELCOME\n\n\tThe Chair welcomed Chief Inspector Fay Ford, District Commander, Westshire Constabulary, "
            "and Mr Gus Gray.\n\n2/31\tMINUTES\n\n\tRESOLVED - That the minutes be approved.\n")
    ex, _ = extract_text(tmp_path / "a.txt", text)
    status = {a.person: a.status for a in ex.attendance}
    assert status == {"Ann Ames": "chair", "Bob Bell": "present", "Cy Cole": "in_attendance", "Dee Dunn": "in_attendance",
                      "Eve Eyre": "in_attendance", "Fay Ford": "invited", "Gus Gray": "invited"}
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Cy Cole"] == ["Cabinet Member for Adult Care"]
    assert roles["Dee Dunn"] == ["Director of Adult Social Care"]


def test_a_guest_listed_as_also_present_and_welcomed_is_invited(tmp_path):
    text = (TOWN_MINUTES.replace("Present: Cllr A Ames (Chair), Cllr B Bell\n", "Present: Cllr A Ames (Chair), Cllr B Bell\n"
                                 "Also present: Mr Cy Cole (Westby Homes Limited)\n")
            + "1. HOUSING\nThe Chair welcomed Mr Cy Cole, Managing Director of Westby Homes Limited.\n")
    ex, _ = extract_text(tmp_path / "g.txt", text)
    assert {a.person: a.status for a in ex.attendance}["Cy Cole"] == "invited"


@pytest.mark.parametrize("minute, presenter", [
    # a county's indented minutes: the subject's post wraps onto an indented line
    ("\tCounty Councillor Ann Ames, Cabinet Member for Children and Families\n\tand Chair of the Corporate Parenting "
     "Board, reported on the work of the\n\tBoard since September.\n", "Ann Ames"),
    # a trust's minutes: a committee's name and a dash before the one who presents
    ("(a) Audit and Risk Committee - Dan Drew, Chair of the Committee,\npresented the report.\n", "Dan Drew"),
    # a town council's table: the minute indented under an action column
    ("\t\tThe Chairman welcomed Mr Cy Cole of\n\t\tWestby Audit Services, the Council's internal\n\t\tauditor, who "
     "presented his interim report.\n", "Cy Cole"),
])
def test_the_presenter_a_wrapped_or_headed_subject_names(tmp_path, minute, presenter):
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "1. REPORTS\n\n" + minute)
    assert {r.presenter for r in ex.reported} == {presenter}


def test_a_two_column_member_list_and_a_chair_noted_in_the_role_column(tmp_path):
    text = ("WESTBY HOSPITALS NHS FOUNDATION TRUST\n\nCOUNCIL OF GOVERNORS\n\nMinutes of the meeting held on 4 March 2031\n\n"
            "Present\nName\tConstituency / Role\nProf. Ann Ames\tTrust Chair (Chair of the meeting)\n"
            "Bob Bell\tPublic Governor - Westby\n\nAlso present:\nCy Cole                         D. Drew (Vice-Chair)\n\n"
            "Apologies were received from County Councillors Eve Eyre and Fay Ford.\n\nCG31/1\tMinutes\n\nApproved.\n")
    ex, _ = extract_text(tmp_path / "g.txt", text)
    status = {a.person: a.status for a in ex.attendance}
    assert status["Ann Ames"] == "chair" and status["Bob Bell"] == "present"
    assert status["Cy Cole"] == status["D. Drew"] == "in_attendance"
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Ann Ames"] == ["Trust Chair"]
    assert roles["Cy Cole"] == [] and roles["D. Drew"] == ["Vice-Chair"]
    assert roles["Eve Eyre"] == []  # "County Councillors" is a title, not a post


@pytest.mark.parametrize("label, role", [
    ("Sectoral Representatives Present:", "Sectoral Representative"),  # an Irish strategic policy committee
    ("Co-opted Members in attendance:", "Co-opted Member"),  # an English scrutiny committee
])
def test_a_label_that_names_the_post_of_those_listed(tmp_path, label, role):
    text = (TOWN_MINUTES.replace("Cllr B Bell\n\n", f"Cllr B Bell\n\n{label}\n\nMs Cy Cole\n\nLONDON\n\nMEMBERS PRESENT\nMr Dan Drew\n\n")
            + "1. MINUTES\nApproved.\n")
    ex, _ = extract_text(tmp_path / "s.txt", text)
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Cy Cole"] == [role]
    assert roles["Dan Drew"] == []  # a heading line above "MEMBERS PRESENT" is no qualifier


@pytest.mark.parametrize("sentence", [
    "Mayor Ames gave a brief update to the Council on the budget.",  # an Irish council's directly elected mayor
    "The Chief Executive Ames presented the report.",  # a post used as a title before a surname
])
def test_a_post_used_as_a_title_before_a_surname_presents(tmp_path, sentence):
    text = (TOWN_MINUTES.replace("Present: Cllr A Ames (Chair), Cllr B Bell", "Present: Cllr Bob Bell (Chair); also Ann Ames")
            + "1. BUDGET\n" + sentence + "\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert {r.presenter for r in ex.reported} == {"Ann Ames"}


def test_a_record_of_an_individual_decision(tmp_path):
    text = ("Westby Borough Council\n\nRECORD OF AN EXECUTIVE DECISION TAKEN BY AN INDIVIDUAL CABINET MEMBER\n\n"
            "Decision reference:\tICMD/31/4\nDecision maker:\tCouncillor Ann Ames, Cabinet Member for Parks\n\tand Leisure\n"
            "Date of decision:\t4 March 2031\nTitle of decision:\tAward of the Grounds Maintenance\n\tContract\n\n"
            "1. DECISION\n\nHaving considered the report of the Director of Place, I, the Cabinet Member\n"
            "for Parks and Leisure, have decided:\n\n(a) to award the contract to Westby Grounds Ltd; and\n\n"
            "(b) to note the cost.\n\n2. REASONS FOR THE DECISION\n\nThe tender was the best value.\n")
    ex, _ = extract_text(tmp_path / "icmd.txt", text)
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [("Cabinet Member for Parks and Leisure", "2031-03-04")]
    assert [(r.item, r.text) for r in ex.resolutions] == [
        (None, "to award the contract to Westby Grounds Ltd; and"), (None, "to note the cost.")]


# What a review of the rules above found they must not do.
@pytest.mark.parametrize("minute, presenters", [
    ("Councillor Jo Ray - Cabinet Member for Finance presented the report.", {"Jo Ray"}),  # a name, a dash, a post
    ("On behalf of the Board, Jo Ray, the Chair of the Audit Committee, presented the report.", {"Jo Ray"}),
])
def test_review_presenters_stay_the_named_person(tmp_path, minute, presenters):
    ex, _ = extract_text(tmp_path / "r.txt", TOWN_MINUTES + "1. REPORTS\n" + minute + "\n")
    assert {r.presenter for r in ex.reported} == presenters


def test_review_posts_that_look_like_clauses_or_titles(tmp_path):
    from govgraph.loaders.mentions import clean_role

    assert clean_role("IT Manager") == "IT Manager"  # not the pronoun "it"
    text = (TOWN_MINUTES + "1. ELECTIONS\nThe Deputy Mayor was elected Mayor for the year. Dr Dan Drew, who leads the "
            "Youth Forum, spoke. Points raised in the Chair's report were noted.\n")
    ex, _ = extract_text(tmp_path / "e.txt", text)
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert "Deputy Mayor" not in roles and roles["Dan Drew"] == ["Lead of the Youth Forum"]
    assert {a.person for a in ex.attendance if a.status == "chair"} == {"A. Ames"}


def test_review_a_heading_ending_in_a_colon_over_a_sentence(tmp_path):
    text = TOWN_MINUTES + "1. Matters arising:\nthe Clerk reported that the hall had been repainted.\n\n2. Finance\nNoted.\n"
    ex, _ = extract_text(tmp_path / "c.txt", text)
    assert [i.title for i in ex.agenda_items] == ["Matters arising", "Finance"]


def test_review_a_present_list_inside_the_last_item_is_not_this_meetings(tmp_path):
    text = (TOWN_MINUTES + "1. Minutes\nApproved.\n\n2. Minutes of the Planning Sub-Committee\nThe minutes were received.\n\n"
            "Present:\nCouncillor Cy Cole and Councillor Dee Dunn\n")
    ex, _ = extract_text(tmp_path / "p.txt", text)
    assert {a.person for a in ex.attendance} == {"A. Ames", "B. Bell"}


def test_minutes_laid_out_as_a_two_column_table(tmp_path):
    """The number and a heading in capitals in the left cell, wrapping down; the minute on the right."""
    text = (TOWN_MINUTES + "34. JOINT HEALTH AND\tDr Cy Cole, Director of Public Health, presented the report on the\n"
            "WELLBEING STRATEGY\toutcome of the consultation on the refreshed strategy.\n2025-2030:\tRESOLVED: That the "
            "strategy be adopted.\n\n35. ANY OTHER\tThere was no other business.\nBUSINESS\t\n")
    ex, _ = extract_text(tmp_path / "t.txt", text)
    assert [(i.number, i.title) for i in ex.agenda_items] == [
        ("34", "Joint Health and Wellbeing Strategy 2025-2030"), ("35", "Any Other Business")]
    assert {(r.presenter, r.item) for r in ex.reported} == {("Cy Cole", "34")}


def test_attendance_lists_of_a_cabinet_record_and_a_board_table(tmp_path):
    # a county Cabinet's record: one per line, the chair marked after a dash
    text = ("WESTSHIRE COUNTY COUNCIL\n\nCABINET\n\nRECORD OF DECISIONS\n\nDate of meeting:\tTuesday, 4 March 2031\n\n"
            "PRESENT:\nCouncillor Ann Ames (Leader of the Council) - in the Chair\nCouncillor Bob Bell (Cabinet Member for Finance)\n\n"
            "1 Apologies for Absence\n\nNone.\n")
    ex, _ = extract_text(tmp_path / "c.txt", text)
    assert {a.person: a.status for a in ex.attendance} == {"Ann Ames": "chair", "Bob Bell": "present"}
    # a board's table of Name / Organisation / Role whose cells wrap onto a row of their own
    text = ("WESTBY HEALTH AND WELLBEING BOARD\n\nMinutes of the meeting held on 4 March 2031\n\nMEMBERS PRESENT\n"
            "Name\tOrganisation\tRole\nCy Cole\tLondon Borough of\tCabinet Member for Children\n\tWestby\tand Families\n"
            "Dee Dunn\tHealthwatch Westby\tChief Executive\nCouncillor Eve Eyre\tWestby Borough Council\n\n1. MINUTES\nApproved.\n")
    ex, _ = extract_text(tmp_path / "b.txt", text)
    assert {a.person: a.status for a in ex.attendance} == {"Cy Cole": "present", "Dee Dunn": "present", "Eve Eyre": "present"}
    roles = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert roles["Cy Cole"] == ["Cabinet Member for Children"] and roles["Dee Dunn"] == ["Chief Executive"]


@pytest.mark.parametrize("sentence, name", [
    ("On the proposal of Cllr Ciarán Tuohy, seconded by Cllr Áine Ní Bhriain, it was agreed to adopt the plan.", "Ciarán Tuohy"),
    ("Cllr Siôn Bowen, as chair of the Leisure Committee, reported on the pool.", "Siôn Bowen"),
])
def test_names_with_irish_and_welsh_letters(tmp_path, sentence, name):
    ex, _ = extract_text(tmp_path / "n.txt", TOWN_MINUTES + "1. PLAN\n" + sentence + "\n")
    assert name in {p.name for p in ex.people}
    assert not {"Ciar", "Si", "Sion"} & {p.name.split()[0] for p in ex.people}  # no name cut at an accented letter


def test_a_report_of_field_naming_one_presenter_a_line(tmp_path):
    text = (TOWN_MINUTES + "5. BUDGET MONITORING\nReport of:\tCabinet Member for Finance (Councillor Cy Cole)\n"
            "\tExecutive Director of Resources (Sarah Dunn)\n\nCabinet RESOLVED: to note the forecast.\n")
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert {(r.presenter, r.item) for r in ex.reported} == {("Cy Cole", "5"), ("Sarah Dunn", "5")}


@pytest.mark.parametrize("head, item", [
    # a town meeting under a letterhead: the clerk's address line is no list, the list wraps after "and"
    ("AYTON TOWN COUNCIL\nTown Clerk: Mrs Ann Ames, 4 Mill Rise, Ayton, Westshire AY7 3QD\n\n"
     "MINUTES OF THE ANNUAL TOWN MEETING\nheld in the Assembly Rooms, Sheep Street, Ayton on 4 March 2031\n\n"
     "Present: The Town Mayor, Councillor Bob Bell (presiding); the Deputy Town Mayor, Councillor Cy Cole;\n"
     "Town Councillors D. Dunn and\nE. Eyre; and 30 electors of the parish.\n\n",
     "1.  WELCOME AND APOLOGIES\n\nThe Town Mayor opened the meeting and thanked everyone for attending.\n\n"
     "The Town Mayor welcomed the following guests, who had been invited to speak: Mrs Fay Ford (Secretary, "
     "Ayton in Bloom) and Mr Gus Gale (Chair, Ayton Trust).\n\nApologies for absence were received from Town "
     "Councillor H. Hale, who was on holiday, and from the Revd Canon Ivy Irwin, Rector of Ayton.\n"),
    # a panel's minutes: officers under their own label, a name broken after its given name
    ("WESTSHIRE POLICE AND CRIME PANEL\nMinutes of the meeting held on 4 March 2031\n\n"
     "PRESENT: Councillor Bob Bell (Chairman); Councillor Cy Cole; Councillors D. Dunn and E. Eyre\n\n"
     "OFFICERS SUPPORTING THE PANEL: Ann Ames (Panel Lead Officer) and Fay\nFord (Legal Adviser to the Panel).\n\n",
     "1. APOLOGIES\n\n1.1 The Chairman noted that the meeting was quorate.\n\n1.2 Apologies for absence were received "
     "from Councillor H. Hale (Westby District Council), who was substituted by Councillor Eyre, and from the "
     "Revd Ivy Irwin.\n\n2. WELCOME\n\nThe Chairman welcomed the following representatives, who had been invited "
     "to attend: Mr Gus Gale (Chief Executive, Westby Trust).\n"),
])
def test_attendance_in_a_letterhead_town_meeting_and_a_panels_minutes(tmp_path, head, item):
    ex, _ = extract_text(tmp_path / "a.txt", head + item)
    got = {(a.person, a.status) for a in ex.attendance}
    assert {("Bob Bell", "chair"), ("Cy Cole", "present"), ("D. Dunn", "present"), ("E. Eyre", "present"),
            ("H. Hale", "apologies"), ("Ivy Irwin", "apologies"), ("Gus Gale", "invited")} <= got
    assert not {p for p, _ in got} & {"Ayton", "Sheep Street", "Fay", "Deputy Town Mayor"}
    if "Town Clerk" in head:
        assert ("Fay Ford", "invited") in got
    else:
        assert {("Ann Ames", "in_attendance"), ("Fay Ford", "in_attendance")} <= got


@pytest.mark.parametrize("head, body", [
    ("WESTBY INTEGRATION JOINT BOARD\n\nAUDIT AND RISK COMMITTEE\n\nMinute of Meeting held on Thursday 4 March 2031 "
     "at 2.00 pm in the Boardroom\n\n", "Audit and Risk Committee"),
    ("OFFICIAL\n\nAYTON DISTRICT COUNCIL\n\nLICENSING SUB-COMMITTEE\n\nMinutes of the Meeting held on 4 March 2031\n\n",
     "Licensing Sub-Committee"),
])
def test_the_committee_under_its_parent_bodys_heading_holds_the_meeting(tmp_path, head, body):
    text = head + "Present:\nCouncillor Ann Ames (Chair)\tAyton Council\nCouncillor Bob Bell\tIntegrated Care Board\n\n1. MINUTES\nApproved.\n"
    ex, _ = extract_text(tmp_path / "h.txt", text)
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [(body, "2031-03-04")]
    assert {a.person for a in ex.attendance} == {"Ann Ames", "Bob Bell"}  # "OFFICIAL" heads no list


@pytest.mark.parametrize("sentence, presenter", [
    ("Dr Cy Cole took the Committee through the community services element of the plan.", "Cy Cole"),
    ("Professor Di Dee, Independent Chair of the Westby Safeguarding\nAdults Board (WSAB), walked Members through the "
     "Board's annual report.", "Di Dee"),
    ("The Committee Officer presented a paper summarising the framework.", "The Committee Officer"),
    ("The Clerk presented three quotations obtained through local brokers.", "The Clerk"),
])
def test_presenters_in_more_of_the_genres_phrasings(tmp_path, sentence, presenter):
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "1. REPORT\n" + sentence + "\n")
    assert [(r.presenter, r.item) for r in ex.reported] == [(presenter, "1")]


def test_a_report_of_a_post_presented_by_a_named_officer_gives_both(tmp_path):
    sentence = "Members considered a report of the Head of Quality and Contracts, which was presented by Eve Eyre, Contracts Manager."
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "1. REPORT\n" + sentence + "\n")
    assert {r.presenter for r in ex.reported} == {"The Head of Quality and Contracts", "Eve Eyre"}


def test_a_post_joined_by_and_is_no_name(tmp_path):
    text = (TOWN_MINUTES.replace("Cllr B Bell", "Cllr B Bell\nIn attendance: Ann Ames, Assistant Director for Commissioning "
                                 "and Market Sustainability") +
            "1. PLAN\nThe Assistant Director for Commissioning and Market Sustainability introduced the report.\n")
    ex, _ = extract_text(tmp_path / "a.txt", text)
    assert "Market Sustainability" not in {r.presenter for r in ex.reported} | {p.name for p in ex.people}


@pytest.mark.parametrize("header", [
    # a council on the "Report to" line, its committee on the line under it; "Presented by" its own field
    "Report to:       Westby Borough Council\n                 Audit Committee\nDate:            4 March 2031\n"
    "Title:           Fire Prevention\nReport of:       Chief Fire Officer\nPresented by:    Cy Cole, District Commander\n",
    "Report to:\tWestby Borough Council\n\tAudit Committee\nDate:\t4 March 2031\nTitle:\tFire Prevention\n"
    "Report of:\tChief Fire Officer\nPresented by:\tCy Cole, District Commander\n",
])
def test_a_report_to_a_councils_committee_presented_by_a_named_officer(tmp_path, header):
    ex, _ = extract_text(tmp_path / "r.txt", "WESTSHIRE FIRE AND RESCUE SERVICE\n\n" + header + "\n1. PURPOSE\n\n1.1 To update the Committee.\n")
    rows = {(r.presenter, r.to_body) for r in ex.reported}
    assert rows == {("Chief Fire Officer", "Audit Committee"), ("Cy Cole", "Audit Committee")}


@pytest.mark.parametrize("item, expected", [
    ("It was RESOLVED to RECOMMEND to Full Council on 4th\nMarch 2031:\n(a)\tthat the budget be adopted;\n"
     "(b)\tthat a precept of £41,000 be requested.\n", ["the budget be adopted;", "a precept of £41,000 be requested."]),
    ("The Committee noted the presentation and AGREED:\n\n  (a)  to request a written update to the next meeting;\n\n"
     "  (b)  to invite the Trust to attend.\n",
     ["the presentation", "to request a written update to the next meeting;", "to invite the Trust to attend."]),
    ("It was proposed by Cllr Ames, seconded by Cllr Bell and RESOLVED (4 for, 1 against, 1 abstention) that a three-year "
     "agreement be entered into.\n", ["a three-year agreement be entered into."]),
])
def test_decisions_under_a_lead_in_and_after_a_counted_vote(tmp_path, item, expected):
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. BUDGET\n" + item)
    assert [r.text for r in ex.resolutions] == expected


@pytest.mark.parametrize("sentence, name, role", [
    ("The Chair welcomed Dr Cy Cole, lay member and Chair of the Governance and Audit\nSub-Committee, who presented "
     "the annual report.", "Cy Cole", "lay member and Chair of the Governance and Audit Sub-Committee"),
    ("The Chair welcomed Mr Dan Dunn, Chair of the Finance and Performance Sub-Group, to the meeting.",
     "Dan Dunn", "Chair of the Finance and Performance Sub-Group"),
])
def test_a_welcomed_post_joined_by_and_keeps_its_body_whole(tmp_path, sentence, name, role):
    ex, _ = extract_text(tmp_path / "w.txt", TOWN_MINUTES + "1. REPORT\n" + sentence + "\n")
    people = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert role in people[name]
    assert not {"Audit Sub-Committee", "Performance Sub-Group"} & set(people)


@pytest.mark.parametrize("sentence, text", [
    ("After a discussion it was agreed that the Executive would seek legal advice.", "the Executive would seek legal advice."),
    ("Following further debate the Committee resolved that the scheme be deferred.", "the scheme be deferred."),
])
def test_a_decision_after_a_discussion_with_no_comma(tmp_path, sentence, text):
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. NOMINATIONS\n" + sentence + "\n")
    assert [r.text for r in ex.resolutions] == [text]


def test_minute_numbers_with_letters_glued_on(tmp_path):
    text = ("WESTSHIRE COUNTY COUNCIL\nMinutes of the meeting of the County Council held on 4 March 2031\n\n"
            "Present: Mr A Ames (Chairman), Mrs B Bell\n\nC87\tPRAYERS\n\nPrayers were said.\n\n"
            "C88\tMINUTES\n\nRESOLVED that the Minutes be confirmed.\n\nC89\tQUESTIONS\n\nThere were none.\n")
    ex, _ = extract_text(tmp_path / "c.txt", text)
    assert [(i.number, i.title) for i in ex.agenda_items] == [("C87", "Prayers"), ("C88", "Minutes"), ("C89", "Questions")]
    assert [(r.item, r.text) for r in ex.resolutions] == [("C88", "the Minutes be confirmed.")]


@pytest.mark.parametrize("item, expected", [
    # a committee's recommendation to the executive, in capitals, its parts below
    ("RECOMMENDED to Cabinet that:\n\n(1)\ta charge be costed; and\n\n(2)\tthe suspension be reduced.\n",
     ["a charge be costed; and", "the suspension be reduced."]),
    # a body and a colon, its decisions in lettered parts that start with the verb
    ("4.4\tOnly schools members were eligible to vote. The Forum:\n\n\t(a)\tnoted the settlement for 2031/32;\n"
     "\t(b)\tagreed a transfer of 0.5% to the High Needs Block.\n",
     ["noted the settlement for 2031/32;", "agreed a transfer of 0.5% to the High Needs Block."]),
    # numbered paragraphs; a paper noted; a vote carried
    ("3.1\tThe minutes were agreed as a correct record.\n\n3.2\tThe Committee noted the responses of the Leader.\n\n"
     "3.3\tPrimary school members voted unanimously to de-delegate funding for supply cover.\n",
     ["The minutes were agreed as a correct record", "the responses of the Leader.",
      "to de-delegate funding for supply cover."]),
])
def test_recommendations_noted_papers_and_votes_as_decisions(tmp_path, item, expected):
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. BUSINESS\n\n" + item)
    assert [r.text for r in ex.resolutions] == expected


def test_what_someone_said_had_been_accepted_is_no_decision(tmp_path):
    item = "4.3 Ann Ames, Strategic Director, responded that all six recommendations had been accepted.\n"
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. AUDIT\n\n" + item)
    assert ex.resolutions == []


def test_a_partnership_table_with_initials_ranks_and_remote_notes(tmp_path):
    text = ("WESTBY COMMUNITY SAFETY PARTNERSHIP BOARD – MINUTES\nDate:\tWednesday 4 March 2031\n\nATTENDEES\n"
            "Name\tRole\tOrganisation\tInitials\nCllr Ann Ames (Chair)\tCabinet Member\tWestby Council\tAA\n"
            "GM Tom Reed\tGroup Manager, Prevention\tWestshire Fire and Rescue Service\tTR\n"
            "Kim Doyle-Hart (Teams)\tManager\tWestby Homes\tKDH\n\nIN ATTENDANCE\n"
            "Liam Lowe\tAnalyst\tWestby Council\tLL (item 2)\n\nNo.\tItem\tAction\n\n"
            "1.\tSerious Violence – presentation\n\tThe Chair welcomed Detective Inspector Rita Cole of the Westshire\n"
            "\tPolice Violence Unit, who gave a presentation on the strategy.\n\n"
            "2.\tDomestic Abuse Group – quarterly update\n\tLL reported on behalf of the Domestic Abuse Group.\n")
    ex, _ = extract_text(tmp_path / "c.txt", text)
    assert {a.person for a in ex.attendance} == {"Ann Ames", "Tom Reed", "Kim Doyle-Hart", "Liam Lowe", "Rita Cole"}
    assert {(r.presenter, r.item) for r in ex.reported} == {("Rita Cole", "1"), ("Liam Lowe", "2")}


@pytest.mark.parametrize("item, expected", [
    ("The Committee considered the applications and it\nwas RESOLVED unanimously (Cllr Okoro not voting on one) to submit\n"
     "the comments shown below.\n\nIt was further RESOLVED that:\na) the Clerk write to the District Council; and\n"
     "b) Cllr Ames be nominated to speak.\n", ["to submit the comments shown below.", "the Clerk write to the District Council; and",
                                              "Cllr Ames be nominated to speak."]),
    ("The Committee noted the following decisions:\nAYT/25/0019\t12 Ashley Road\tApproved\n\n"
     "  - The District cannot show a five-year land supply, so the Plan carries reduced weight until the Local Plan is adopted.\n",
     ["the following decisions:"]),
])
def test_decisions_after_an_aside_and_further_resolutions(tmp_path, item, expected):
    ex, _ = extract_text(tmp_path / "d.txt", TOWN_MINUTES + "1. PLANNING\n\n" + item)
    assert [r.text for r in ex.resolutions] == expected


@pytest.mark.parametrize("head, body", [
    ("London Borough of Westby                          Public minutes\n\n\n          MINUTES OF THE LICENSING SUB-COMMITTEE C\n\n"
     "Held on Thursday 4 March 2031 at 6.30 pm in Committee Room 4, Westby Town Hall\n\n", "Licensing Sub-Committee C"),
    ("Westby and Ayton Integrated Care Partnership\n\nSUMMARY OF DECISIONS AND ACTIONS\n\n"
     "Meeting:\tIntegrated Care Partnership (ICP) - meeting held in public\nDate:\tWednesday 4 March 2031, 13:30\n\n",
     "Westby and Ayton Integrated Care Partnership"),
])
def test_a_meetings_body_from_a_minutes_heading_and_a_meeting_field(tmp_path, head, body):
    ex, _ = extract_text(tmp_path / "m.txt", head + "PRESENT: Councillor Ann Ames (Chair)\n\n1. MINUTES\nApproved.\n")
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [(body, "2031-03-04")]


def test_a_topic_and_a_dash_before_a_titled_surname(tmp_path):
    item = ("1. REPORTS FROM REPRESENTATIVES\nVillage Hall Committee - Cllr Ames reported that the boiler had been fitted.\n"
            "Upper Westby Cluster - Cllr Tudur-Bell reported on the Cluster meeting.\n")
    ex, _ = extract_text(tmp_path / "t.txt", TOWN_MINUTES.replace("Cllr B Bell", "Cllr B Bell, Cllr C Tudur-Bell") + item)
    assert {r.presenter for r in ex.reported} == {"A. Ames", "C. Tudur-Bell"}


@pytest.mark.parametrize("item, expected", [
    ("A motion proposed by Cllr Ames and seconded by Cllr Bell that the application be\napproved was put to the vote and was "
     "lost (3 for,\n6 against).\n\nIt was then proposed by Cllr Cole and seconded by Cllr Bell that the\napplication be refused. "
     "This was carried\n(6 for, 3 against).\n", ["the application be refused."]),
    ("The Solicitor presented an exempt report. The Committee AGREED the course of action\nrecommended in the exempt report.\n",
     ["the course of action recommended in the exempt report."]),
])
def test_a_lost_motion_a_carried_one_and_a_course_agreed(tmp_path, item, expected):
    ex, _ = extract_text(tmp_path / "v.txt", TOWN_MINUTES + "1. APPLICATION\n\n" + item)
    assert [r.text for r in ex.resolutions] == expected


def test_a_heading_that_names_the_body_and_after_a_tab_the_date(tmp_path):
    text = ("Ayton Parish Council A.G.M.\t- 7th May 2031\n\nPresent\nCouncillors D Reed (Chair) N Cole, M Ames and\n"
            "P Moran\tClerk J Dunn\n\n31.05.01 Apologies\nNone\n\n31.05.02 Minutes\nAll agreed this was a true record.\n")
    ex, _ = extract_text(tmp_path / "a.txt", text)
    assert [(m.body, m.date) for m in ex.meetings if not m.referenced] == [("Ayton Parish Council", "2031-05-07")]


def test_of_two_headings_naming_bodies_of_one_rank_the_first_holds_the_meeting(tmp_path):
    text = ("WESTBY HEALTH AND WELLBEING BOARD\n\nBETTER CARE PARTNERSHIP UPDATE\n\nMinutes of the meeting held on 4 March 2031\n\n"
            "Present: Councillor Ann Ames (Chair)\n\n1. MINUTES\nApproved.\n")
    ex, _ = extract_text(tmp_path / "b.txt", text)
    assert [m.body for m in ex.meetings if not m.referenced] == ["Westby Health and Wellbeing Board"]


def test_a_sentence_that_ends_on_agreed_and_a_colon_over_its_parts(tmp_path):
    item = ("4.4\tThe Panel thanked Kim and Sam for their presentation and AGREED:\n\t(a)\tto recommend to Cabinet that free "
            "access be extended to care leavers;\n\t(b)\tthat Our Voice be invited to co-chair the next meeting.\n")
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "4.\tYOUNG PEOPLE'S VOICE\n\n" + item)
    assert [r.text for r in ex.resolutions] == ["to recommend to Cabinet that free access be extended to care leavers;",
                                               "Our Voice be invited to co-chair the next meeting."]


@pytest.mark.parametrize("text, expected", [
    # a membership grid with an "Attendance" column of codes, officers labelled by whose they are, an observer
    (("WESTBY SCHOOLS FORUM\n\nMINUTES OF THE MEETING HELD ON TUESDAY 4 MARCH 2031\n\nMEMBERSHIP AND ATTENDANCE\n\n"
     "Category\tName\tRepresenting\tAttendance\nSCHOOLS MEMBERS\n"
     "Primary headteachers\tMrs Ann Ames\tAyton Primary School\tPresent\n\tMr Bob Bell\tBeck Primary School\tApologies\n"
     "Primary governor\tMr Cy Cole (Chair)\tWestmoor Primary School\tPresent (Teams)\n"
     "Diocese\tRevd Dan Dunn\tDiocese of Westby\tAbsent\n\n"
     "Local authority officers in attendance: Eve Eyre (Head of Schools Finance) and Fay Ford (Clerk to the Forum).\n\n"
     "Observer: Cllr Gus Gale, Cabinet Member for Education.\n\n1.\tWELCOME\n\n1.1\tThe Chair opened the meeting.\n"),
     {("Ann Ames", "present"), ("Bob Bell", "apologies"), ("Cy Cole", "chair"), ("Eve Eyre", "in_attendance"),
      ("Fay Ford", "in_attendance"), ("Gus Gale", "in_attendance")}),
    # a hearing's parties, one "Name - post" a line, indented under the label, a post wrapped
    (("MINUTES OF THE LICENSING SUB-COMMITTEE B\n\nHeld on Thursday 4 March 2031 at 6.30 pm in Room 4, Westby Town Hall\n\n"
     "PRESENT:            Councillor Ann Ames (Chair)\n                    Councillor Bob Bell\n\n"
     "ALSO PRESENT:       Item 5 - The Kitchen, 112 Harrow Parade\n"
     "                    Cy Cole - Director, The Kitchen Ltd (applicant)\n"
     "                    Dina Dunn - Environmental Protection Officer, Noise and Nuisance\n"
     "                    Team (responsible authority)\n"
     "                    Eve Eyre - local resident (interested party)\n\n"
     "                    Item 6 - The Fox, 3 Tanners Yard\n"
     "                    Fay Ford - local resident (interested party)\n\n\n"
     "1.      APOLOGIES FOR ABSENCE\n\nNone.\n"),
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "in_attendance"), ("Dina Dunn", "in_attendance"),
      ("Eve Eyre", "in_attendance"), ("Fay Ford", "in_attendance")}),
    # a panel's grid of "Name - Post" and a code, a group of young people's representatives, a guest
    (("WESTSHIRE COUNTY COUNCIL\n\nCorporate Parenting Panel\n\nMinutes\n\nDate:\tTuesday 4 March 2031\n\nAttendance\n\n"
     "Panel members\tAttendance\nCllr Ann Ames (Chair) - Cabinet Member for Children and\tPresent\nFamilies\n"
     "Cllr Bob Bell\tApologies\n\nYoung people's representatives\tAttendance\n"
     "Cy Cole - Care Leaver Ambassador, Our Voice\tPresent\n\nGuest\nDr Dina Dunn\tDesignated Doctor, NHS Westshire\n\n"
     "1.\tAPOLOGIES\n\nAs above.\n"),
     {("Ann Ames", "chair"), ("Bob Bell", "apologies"), ("Cy Cole", "present"), ("Dina Dunn", "invited")}),
], ids=["membership-grid", "hearing-parties", "panel-grid"])
def test_attendance_in_grids_and_hearings(tmp_path, text, expected):
    ex, _ = extract_text(tmp_path / "a.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == expected


@pytest.mark.parametrize("item", [
    "2031/57  YMDDIHEURIADAU / APOLOGIES\n\nYmddiheuriadau / Apologies: Cyng. / Cllr Ann Lloyd and Cyng. / Cllr Tom Bevan.\n",
    "57.  APOLOGIES FOR ABSENCE\n\nApologies: Councillor Ann Lloyd and Councillor Tom Bevan.\n",
])
def test_an_apologies_item_that_repeats_its_label(tmp_path, item):
    ex, _ = extract_text(tmp_path / "w.txt", TOWN_MINUTES + item + "\n58.  MINUTES\n\nApproved.\n")
    assert {(a.person, a.status) for a in ex.attendance if a.status == "apologies"} == {
        ("Ann Lloyd", "apologies"), ("Tom Bevan", "apologies")}


@pytest.mark.parametrize("present, status", [
    ("Present: Cllr A Ames (Chair), Cllr B Bell\n\n", "invited"),  # not listed: a guest
    ("Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: Fay Ford (Audit Director)\n\n", "in_attendance"),  # listed
])
def test_one_singled_out_when_everyone_is_welcomed(tmp_path, present, status):
    text = ("WESTON TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n" + present +
            "1. WELCOME\nThe Chair welcomed everyone to the meeting, and in particular Fay Ford, the new Audit Director.\n")
    ex, _ = extract_text(tmp_path / "w.txt", text)
    assert {a.person: a.status for a in ex.attendance}["Fay Ford"] == status


@pytest.mark.parametrize("also", [
    "ALSO ATTENDING:\n\nMr Gus Gale, Regional Director, Westby Recovery Ltd, attended\nfor item 10 at the invitation of the Chair.\n",
    "Also present: Ms Gail Gale (Westby Trust), as a guest of the Committee.\n",
])
def test_one_attending_at_the_chairs_invitation_is_a_guest(tmp_path, also):
    text = TOWN_MINUTES.replace("Cllr B Bell\n\n", "Cllr B Bell\n\n" + also + "\n") + "1. MINUTES\nApproved.\n"
    ex, _ = extract_text(tmp_path / "g.txt", text)
    assert [a.status for a in ex.attendance if a.person.endswith("Gale")] == ["invited"]


@pytest.mark.parametrize("sentence, name, role", [
    ("Councillor Hensby explained that the Skills Board, which he chairs, sets the plan.", "Hensby", "Chair of Skills Board"),
    ("Dr Ruth Moss said that the Westby Place Partnership, which she convenes, had met twice.", "Ruth Moss",
     "Convener of Westby Place Partnership"),
])
def test_the_body_which_he_chairs(tmp_path, sentence, name, role):
    ex, _ = extract_text(tmp_path / "c.txt", TOWN_MINUTES + "1. SKILLS\n" + sentence + "\n")
    assert role in [r.role for p in ex.people if p.name.endswith(name) for r in p.roles]


# What a review of this session's rules found them doing to ordinary text (each case failed then)
def test_review5_items_numbered_one_point_nought(tmp_path):
    text = TOWN_MINUTES + "1.0 Apologies\nNone.\n\n2.0 Minutes of the last meeting\nThe minutes were approved as a correct record.\n\n3.0 Finance\nRESOLVED to approve the payments.\n"
    ex, _ = extract_text(tmp_path / "n.txt", text)
    assert [i.number for i in ex.agenda_items] == ["1", "2", "3"] and len(ex.resolutions) == 2


def test_review5_apologies_for_another_meeting_or_a_delay_are_no_apologies(tmp_path):
    item = ("1. Apologies\nApologies were received from Councillor Eve Long. Councillor Dan Cole sent apologies for the April "
            "meeting. The Clerk noted that an apology had been received from the contractor, Mr Dale Ford, for the delay.\n")
    ex, _ = extract_text(tmp_path / "a.txt", TOWN_MINUTES + item)
    assert {a.person for a in ex.attendance if a.status == "apologies"} == {"Eve Long"}


@pytest.mark.parametrize("sentence", [
    "Residents voted to keep the library open in the 2023 survey.",
    "The Chair reminded Members that the Council voted to declare a climate emergency in 2019.",
])
def test_review5_a_vote_reported_is_no_decision(tmp_path, sentence):
    ex, _ = extract_text(tmp_path / "v.txt", TOWN_MINUTES + "1. LIBRARY\n" + sentence + "\n")
    assert ex.resolutions == []


@pytest.mark.parametrize("sentence", [
    "Councillor Ray introduced two new members of the Youth Council.",
    "The Chair led Members through the agenda.",
])
def test_review5_no_presenter_from_introducing_people_or_the_agenda(tmp_path, sentence):
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "1. WELCOME\n" + sentence + "\n")
    assert ex.reported == []


@pytest.mark.parametrize("text, kept, dropped", [
    # a combined authority's attendance table: the nominating council in parentheses, and a
    # reason for an apology in the same place
    ("GREATER ASHDALE COMBINED AUTHORITY\nMinutes of the Scrutiny Committee held on 4 March 2031\n\n"
     "Present:\nCouncillor Jo Kaye (Ashby MBC)\nCouncillor Ann Lee (Westby MBC)\n\n"
     "Apologies:\nCouncillor Tom Reed (work commitments)\n\n1. Minutes\nThe minutes were agreed.\n",
     {"Jo Kaye": "Ashby MBC", "Ann Lee": "Westby MBC"}, ["Tom Reed"]),
    # a town meeting's prose: a speaker's post and organisation after commas; a resident's street
    ("KELBY TOWN COUNCIL\nMinutes of the Annual Town Meeting held on 5 April 2031\n\n"
     "Present: Cllr A Ames (Chair), Cllr B Bell\n\n"
     "1. Reports\nClive Hart, President, Kelby Chamber of Trade, reported on the Christmas lights. "
     "Dennis Page, Mill Lane, asked about parking.\n",
     {"Clive Hart": "Kelby Chamber of Trade"}, ["Dennis Page"]),
    # a tab table whose committee names hold a comma: the list's split leaves no body of its tail
    ("ASHGROVE COUNTY COUNCIL\nMinutes of the Corporate Policy Group held on 6 May 2031\n\n"
     "Present:\nCllr Ann Lee\tChair\nCllr Jo Kaye\tHousing, Social and Community SPC\n\n"
     "1. Reports\nCllr Kaye, Chair of the Housing, Social and Community SPC, reported on its work.\n",
     {}, []),
])
def test_a_persons_organisation_is_a_body_or_nothing(tmp_path, text, kept, dropped):
    ex, _ = extract_text(tmp_path / "minutes.txt", text)
    orgs = {p.name: [r.organisation for r in p.roles if r.organisation] for p in ex.people}
    bodies = {b.name for b in ex.bodies}
    for name, org in kept.items():
        assert orgs.get(name) == [org], orgs
        assert org in bodies
    for name in dropped:
        assert orgs.get(name, []) == [], orgs
    assert not bodies & {"work commitments", "Mill Lane", "Social and Community SPC"}


@pytest.mark.parametrize("zone, expected", [
    # a health board's grid: the key above, a column of codes headed "Present/Apologies"
    ("Board membership and attendance\n(✓ = present; A = apologies; N = not present; S = substitute)\n\n"
     "Name\tOrganisation\tPresent/Apologies\n"
     "Cllr Ann Lee (Chair)\tWestby County Council\t✓\n"
     "Dr Raj Patel\tNHS Westby Integrated Care Board\tA\n"
     "Jo Kaye (for Dr Raj Patel)\tNHS Westby Integrated Care Board\tS\n"
     "Supt Tom Hale\tWestby Constabulary\tN\n",
     {("Ann Lee", "chair"), ("Raj Patel", "apologies"), ("Jo Kaye", "present")}),
    # a parish council's grid: its own codes, the key below the table
    ("ATTENDANCE\nCouncillor\tAttended\n"
     "Cllr Mary Rowe\tYes\nCllr Peter Dunn\tA\nCllr Sue Marsh\tX\n"
     "Key: Yes - attended; A - apologies received; X - absent\n",
     {("Mary Rowe", "present"), ("Peter Dunn", "apologies")}),
])
def test_an_attendance_grid_reads_its_own_key(tmp_path, zone, expected):
    assert attended(tmp_path, "WESTBY BOARD\nMinutes of the meeting held on 4 March 2031\n\n", zone,
                    "\n1. Minutes\nThe minutes were agreed.\n") == expected


@pytest.mark.parametrize("sentence, welcomed", [
    ("The Chair welcomed Ann Lee, who was attending as substitute for Tom Hale, and Professor Raj Patel "
     "of the University of Westby, who had been invited to present item 8.", {"Ann Lee", "Raj Patel"}),
    ("The Mayor welcomed Mrs Jo Kaye, who is the new Clerk, and Mr Sam Rowe, the Treasurer.", {"Jo Kaye", "Sam Rowe"}),
])
def test_each_welcomed_persons_own_clause_is_passed_over(sentence, welcomed):
    from govgraph.loaders.cues import welcomed as read_welcomed
    assert {e.name for e in read_welcomed(sentence, 0)} == welcomed


@pytest.mark.parametrize("zone, expected", [
    # a county committee's prose: the list, the chair after a semicolon, a substitute, a cabinet
    # member who came for two minutes, officers "also in attendance" with a note of their minute
    ("Councillors Ann Lee, Raj Patel (Vice-Chair) and Jo Kaye were present; the Chair, Councillor "
     "Tom Hale, presided. Apologies for absence were received from Councillor Sue Marsh; "
     "Councillor Jo Kaye attended as a substitute for Councillor Sue Marsh.\n\n"
     "Councillor Mary Rowe, Cabinet Member for Highways, attended for minutes 34 and 35.\n\n"
     "Officers: Peter Dunn (Head of Highways), Alan Moss (Flood Manager) for minute 36, and Kim Gale "
     "(Scrutiny Officer) were also in attendance.\n",
     {("Ann Lee", "present"), ("Raj Patel", "present"), ("Jo Kaye", "present"), ("Tom Hale", "chair"),
      ("Sue Marsh", "apologies"), ("Mary Rowe", "in_attendance"), ("Peter Dunn", "in_attendance"),
      ("Alan Moss", "in_attendance"), ("Kim Gale", "in_attendance")}),
    # a parish council's one-paragraph record
    ("Cllrs Peter Dunn and Kim Gale were present. Mrs Sue Marsh (Clerk) was also present. "
     "Cllr Alan Moss took the chair.\n",
     {("Peter Dunn", "present"), ("Kim Gale", "present"), ("Sue Marsh", "in_attendance"), ("Alan Moss", "chair")}),
])
def test_attendance_stated_in_sentences(tmp_path, zone, expected):
    assert attended(tmp_path, "WESTBY COUNTY COUNCIL\nMinutes of the Scrutiny Committee held on 9 April 2031\n\n", zone,
                    "\n31. Apologies\nThe apologies were noted.\n") == expected


@pytest.mark.parametrize("zone, expected", [
    # a grid of codes: the middle cell is the member's organisation, a dash, then the post
    ("(✓ = present; A = apologies)\nName\tOrganisation\tPresent/Apologies\n"
     "Cllr Ann Lee\tWestby County Council – Cabinet Member for Housing\t✓\n"
     "Jo Kaye\tHealthwatch Westby – Chief Executive\tA\n",
     {"Ann Lee": ("Cabinet Member for Housing", "Westby County Council"), "Jo Kaye": ("Chief Executive", "Healthwatch Westby")}),
    # a partnership's table under "Present:", the same cell written with a hyphen
    ("Present:\nDr Raj Patel\tNHS Westby Integrated Care Board - Place Director\n"
     "Sue Marsh\tWestby Community Trust - Chief Officer\n",
     {"Raj Patel": ("Place Director", "NHS Westby Integrated Care Board"), "Sue Marsh": ("Chief Officer", "Westby Community Trust")}),
])
def test_an_organisation_then_a_post_in_one_cell(tmp_path, zone, expected):
    text = "WESTBY PARTNERSHIP BOARD\nMinutes of the meeting held on 4 March 2031\n\n" + zone + "\n1. Minutes\nAgreed.\n"
    ex, _ = extract_text(tmp_path / "board.txt", text)
    roles = {p.name: (r.role, r.organisation) for p in ex.people for r in p.roles if r.role}
    for name, held in expected.items():
        assert roles.get(name) == held, roles


@pytest.mark.parametrize("zone, expected, roles", [
    # two columns set with spaces (a PDF's layout): a bracketed post stays with its own name, and a
    # post that wrapped in the left column leaves no one new
    ("PRESENT:\nCouncillor D. M. Hale (Chair)          Councillor P. J. Nye\n"
     "Councillor S. Reid (Vice-Chair)       Councillor A. Trow\n\n"
     "OFFICERS:\nA. Grey – Chief Fire Officer/Chief      P. Coe – Treasurer\n"
     "Executive                                    J. Ash – Clerk and Monitoring Officer\n",
     {("D. M. Hale", "chair"), ("P. J. Nye", "present"), ("S. Reid", "present"), ("A. Trow", "present"),
      ("A. Grey", "in_attendance"), ("P. Coe", "in_attendance"), ("J. Ash", "in_attendance")},
     {"S. Reid": "Vice-Chair", "P. Coe": "Treasurer", "A. Trow": None}),
    # the same two columns with tabs, a board's officers as "Name - Post"
    ("Members present:\nCllr Ann Lee (Vice-Chair)\tCllr Tom Hale\n\n"
     "In attendance:\nJo Kaye - Head of Legal\tSam Rowe - Democratic Services Officer\n",
     {("Ann Lee", "present"), ("Tom Hale", "present"), ("Jo Kaye", "in_attendance"), ("Sam Rowe", "in_attendance")},
     {"Ann Lee": "Vice-Chair", "Tom Hale": None, "Sam Rowe": "Democratic Services Officer"}),
])
def test_two_columns_of_names_and_posts(tmp_path, zone, expected, roles):
    text = "WESTBY FIRE AUTHORITY\nMinutes of the meeting held on 27 June 2031\n\n" + zone + "\n1. Minutes\nAgreed.\n"
    ex, _ = extract_text(tmp_path / "columns.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == expected
    held = {p.name: [r.role for r in p.roles if r.role] for p in ex.people}
    for name, role in roles.items():
        assert held.get(name, []) == ([role] if role else []), held


@pytest.mark.parametrize("decision, held", [
    # a fire authority's annual meeting: a lettered resolution, the body's letters in brackets
    ("RESOLVED – that:\n(a)  Councillor D. M. Hale be appointed as the Authority's representative on the\n"
     "     Local Government Association (LGA) Fire Commission for 2031/32;\n"
     "(b)  Councillors B. R. Ell and A. Trow be appointed as employer representatives on the Local Pension Board.\n",
     {"D. M. Hale": "representative on the Local Government Association (LGA) Fire Commission",
      "B. R. Ell": "employer representative on the Local Pension Board",
      "A. Trow": "employer representative on the Local Pension Board"}),
    # a parish council's appointments to outside bodies, in a sentence
    ("It was agreed that Cllr Ann Lee be appointed as a trustee of the Westby Village Hall Trust.\n",
     {"Ann Lee": "trustee of the Westby Village Hall Trust"}),
])
def test_an_appointment_gives_a_seat_on_a_body(tmp_path, decision, held):
    text = ("WESTBY FIRE AUTHORITY\nMinutes of the meeting held on 27 June 2031\n\nPresent: Cllr Jo Kaye (Chair)\n\n"
            "1. Appointments\n" + decision)
    ex, _ = extract_text(tmp_path / "appointments.txt", text)
    roles = {p.name: [r.role for r in p.roles if r.role] for p in ex.people}
    for name, role in held.items():
        assert role in roles.get(name, []), roles


@pytest.mark.parametrize("zone, expected", [
    # a planning committee: labels in the first column, two columns of names, a substitute's mark
    # explained by a key line under the table
    ("PRESENT:\tCouncillor Ann Lee (Chairman)\n\nCouncillors:\tTom Hale\t\tJo Kaye\n\t\tSam Rowe\t\tKim Gale *\n\n"
     "* Substitute Member\n\nOFFICERS:\tPeter Dunn\t\tDevelopment Manager\n\t\tSue Marsh\t\tPlanning Officer\n",
     {("Ann Lee", "chair"), ("Tom Hale", "present"), ("Jo Kaye", "present"), ("Sam Rowe", "present"),
      ("Kim Gale", "present"), ("Peter Dunn", "in_attendance"), ("Sue Marsh", "in_attendance")}),
    # a board's officers in a label column, a remote member marked with a dagger
    ("Members present:\tCllr Alan Moss\t\tCllr Mary Rowe†\n\t\tCllr Raj Patel\t\tCllr Eve Hart\n"
     "† attended remotely\n",
     {("Alan Moss", "present"), ("Mary Rowe", "present"), ("Raj Patel", "present"), ("Eve Hart", "present")}),
])
def test_rows_under_a_label_in_the_first_column(tmp_path, zone, expected):
    assert attended(tmp_path, "WESTBY DISTRICT COUNCIL\nMinutes of the Planning Committee held on 9 April 2031\n\n", zone,
                    "\nPC 1\tApologies\nNone.\n") == expected


@pytest.mark.parametrize("body, expected", [
    # a record of decisions: "Decision" over the item's numbered decisions
    ("5.\tBUDGET MONITORING\nReport of: Executive Director of Resources\n\nDecision\n"
     "5.1\tTo note the forecast outturn, mainly\narising in placements.\n5.2\tTo approve the virements set out in Appendix B.\n"
     "5.3\tTo approve the addition of £2.4m to the capital programme.\n\nReasons for decision\nTo keep oversight.\n",
     ["To note the forecast", "To approve the virements", "To approve the addition"]),
    # a cabinet's minutes: "RESOLVED:" over paragraphs numbered within the minute, then its narrative
    ("5.\tBUDGET MONITORING\nThe Cabinet considered the report.\n\nRESOLVED:\n"
     "5.1 That the forecast outturn be noted.\n5.2 That the virements in Appendix B be approved.\n\n"
     "5.3 The meeting closed at 8.15 pm.\n",
     ["the forecast outturn", "the virements in"]),
])
def test_a_decisions_parts_numbered_within_the_item(tmp_path, body, expected):
    text = ("WESTBY COUNTY COUNCIL\nMinutes of the Cabinet held on 18 March 2031\n\n"
            "Present: Cllr Ann Lee (Chair), Cllr Tom Hale\n\n" + body)
    ex, _ = extract_text(tmp_path / "decisions.txt", text)
    got = [re.sub(r"^(?:\d+\.\d+\s+)?(?:That\s+)?", "", r.text) for r in ex.resolutions]
    assert len(got) == len(expected), got
    for start, text_ in zip(expected, got):
        assert text_.startswith(start), got


@pytest.mark.parametrize("decision, expected", [
    # a district planning committee's refusal, its numbered reasons below
    ("RESOLVED that planning permission be REFUSED for the following reasons:\n\n"
     "1.\tThe site lies outside the settlement boundary, contrary to Policy SP1.\n"
     "2.\tThe applicant has failed to show that surface water can be managed.\n",
     "planning permission be REFUSED for the following reasons"),
    # a national park's grant with conditions listed after it
    ("Resolved: That planning permission be granted subject to the following conditions:-\n"
     "(a) the development to begin within three years;\n(b) materials to be agreed in writing.\n",
     "planning permission be granted subject to the following conditions"),
])
def test_reasons_and_conditions_are_not_decisions_of_their_own(tmp_path, decision, expected):
    text = ("WESTBY DISTRICT COUNCIL\nMinutes of the Planning Committee held on 9 April 2031\n\n"
            "Present: Cllr Ann Lee (Chair), Cllr Tom Hale\n\nPC 114\tDECLARATIONS OF INTEREST\n\nNone.\n\n"
            "PC 115\tLAND AT MILL LANE, WESTBY - 24/01187/OUT\n\n"
            "The Planning Officer introduced the application.\n\n" + decision)
    ex, _ = extract_text(tmp_path / "planning.txt", text)
    assert [re.sub(r"^(?:that|That)\s+", "", r.text) for r in ex.resolutions] == [expected]


@pytest.mark.parametrize("zone, expected", [
    # a Northern Irish council: a second group's plural title on a wrapped line, officers by post
    # then name under a label in the first column
    ("Present:\tAlderman T Marsh (Deputy Chair)\n\t\t\tAldermen H Boyd and N Gale\n\t\t\tCouncillors L Agnew and J Reid\n\n"
     "Officers in Attendance:\tChief Executive\t\t\tMr C Ferris\n\t\t\tDirector of Finance\t\tMs D Hanna\n",
     {("T. Marsh", "present"), ("H. Boyd", "present"), ("N. Gale", "present"), ("L. Agnew", "present"),
      ("J. Reid", "present"), ("C. Ferris", "in_attendance"), ("D. Hanna", "in_attendance")}),
    # a parish list whose councillors run on after the chairman's line
    ("PRESENT: Cllr A Lee (Chairman)\nCouncillors B Hale, C Rowe\nand D Kaye\n",
     {("A. Lee", "chair"), ("B. Hale", "present"), ("C. Rowe", "present"), ("D. Kaye", "present")}),
])
def test_groups_of_a_list_by_their_plural_titles(tmp_path, zone, expected):
    assert attended(tmp_path, "WESTBY DISTRICT COUNCIL\nMinutes of the Monthly Meeting held on 3 March 2031\n\n", zone,
                    "\nC 41/31\tAPOLOGIES\nNone.\n") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a Scottish committee's minute: the report's author is its presenter (a post)
    ("The Committee had before it a report by the Chief Officer - Housing (CH/31/118) which presented "
     "the service's performance.", [(None, "Chief Officer - Housing")]),
    ("The Sub-Committee had before them a joint report of the Head of Planning, which sought approval.",
     [(None, "Head of Planning")]),
    # a post of several capitalised words after a name's comma is the name's, not a second person
    ("Dr Ann Lee, Active Travel Commissioner, presented her annual report.", [("Ann Lee", "Active Travel Commissioner")]),
    ("Tom Hale, Road Safety Manager, introduced the report.", [("Tom Hale", "Road Safety Manager")]),
    # a post's portfolio in brackets tells one director from another (a Scottish minute, an Irish one)
    ("There was submitted a report by the Executive Director (Place) which sought the Committee's views.",
     [(None, "Executive Director (Place)")]),
    ("Circulated, report of the Director (Housing and Community) dated 3rd May, 2031, enclosing the scheme.",
     [(None, "Director (Housing and Community)")]),
    # a paper's own note in brackets is no portfolio
    ("Report of the Clerk (Circulated).", [(None, "Clerk")]),
    ("Circulated, report of the Head of Finance (Appendix A).", [(None, "Head of Finance")]),
    # the capacity a presenter acts in is no second presenter (a parish clerk, a district's officer)
    ("The Clerk, as Responsible Financial Officer (RFO), presented the schedule of payments.", [(None, "Clerk")]),
    ("Jo Park, in her capacity as Proper Officer, introduced the report.", [("Jo Park", None)]),
    # whose post it is, in the possessive (a water company at a scrutiny committee, a bus operator)
    ("Westby Water's Director of Operations, Mr Dan Foyle, presented the company's performance.",
     [("Dan Foyle", "Westby Water's Director of Operations")]),
    ("Moorlink Buses' Managing Director, Gail Eddowes, outlined the new timetable.",
     [("Gail Eddowes", "Moorlink Buses' Managing Director")]),
    # the presenter, and whose report it is (a London cabinet's minute, a Scottish committee's)
    ("Councillor Tom Wren, Cabinet Member for Finance, introduced the report of the Corporate Director of Resources, "
     "which reported an underspend.", [("Tom Wren", "Cabinet Member for Finance"), (None, "Corporate Director of Resources")]),
    ("Lorna Kilbren, Area Manager, then presented a report by the Executive Director (Place) on the programme.",
     [("Lorna Kilbren", "Area Manager"), (None, "Executive Director (Place)")]),
    # a topic and its colon before the subject (a community council's reports on outside bodies, a parish's)
    ("(c) Westby Liaison Forum: the Vice-Chair gave an update on the meeting of 15th July.", [(None, "Vice-Chair")]),
    ("Police Liaison Group: Cllr Ann Pugh reported that the group had met twice.", [("Ann Pugh", None)]),
    # whose report it is: the post whole ("for", "to" inside it), nothing after it; a colon in a bracket is no topic's
    ("Cllr Jo Park introduced the report of the Cabinet Member for Housing.", [("Jo Park", None), (None, "Cabinet Member for Housing")]),
    ("Jo Park presented the report of the Chief Executive and Sam Lee answered questions.", [("Jo Park", None)]),
    ("Cllr Jo Park (Portfolio Holder: Economic Development) presented the report.", [("Jo Park", None)]),
    # an organisation's people, unnamed, are no presenter
    ("Representatives of Westby Water attended to present the update.", []),
    ("Officials from the Department of Transport gave a presentation on the scheme.", []),
])
def test_presenters_of_other_phrasings(sentence, expected):
    from govgraph.loaders.cues import presenters
    assert [(e.name, e.role) for e in presenters(sentence, 0)] == expected


@pytest.mark.parametrize("listed, expected", [
    # a Scottish committee's officers: posts with dashes, a given name the names list lacks, "; and"
    ("Fraser Kerr, Chief Officer - Housing; Eilidh Brodie, Service Manager (Housing\nStrategy); and Morag Aird, Committee\n"
     "Services Officer.",
     [("Fraser Kerr", "Chief Officer - Housing"), ("Eilidh Brodie", "Service Manager (Housing Strategy)"),
      ("Morag Aird", "Committee Services Officer")]),
    # a town council's list of officers in one line
    ("Ann Bell, Town Clerk; Siobhan Teague, Deputy Clerk; and Jo Park, Finance Officer",
     [("Ann Bell", "Town Clerk"), ("Siobhan Teague", "Deputy Clerk"), ("Jo Park", "Finance Officer")]),
])
def test_a_semicolon_ends_each_persons_entry(listed, expected):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines
    got = [(a.name, a.role) for a in parse_list(flatten(split_lines(listed)), "in_attendance")]
    assert got == expected


# Defects a review of the sixth session's rules reproduced on invented text (test_review6_*)
_TOWN = "WESTBY TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"


def test_review6_an_outside_organisation_is_kept_and_a_reason_in_capitals_is_no_body(tmp_path):
    ex, _ = extract_text(tmp_path / "m.txt", _TOWN + "Present: Councillors A Lee (Chair), C Dent\n\n"
                         "In attendance: Sam Hart (Westby Foodbank), Ruth Cole (Kelby Homes)\n\n"
                         "Apologies: Councillor Jon Tate (HOLIDAY)\n\n1. Minutes\nAgreed.\n")
    orgs = {p.name: [r.organisation for r in p.roles if r.organisation] for p in ex.people}
    assert orgs["Sam Hart"] == ["Westby Foodbank"] and orgs["Ruth Cole"] == ["Kelby Homes"]
    assert "HOLIDAY" not in {b.name for b in ex.bodies}


def test_review6_sentences_that_are_no_attendance_or_appointment(tmp_path):
    ex, _ = extract_text(tmp_path / "m.txt", _TOWN + "Councillors A Lee and C Dent were present. Mrs J Pryce (Clerk) was in "
                         "attendance. Cllr B Marsh attended Westby Carnival on behalf of the Council.\n\n"
                         "1. Reports\nCouncillor Ann Lee reported that Kim Gale was appointed as a trustee of the "
                         "Westby Almshouse Charity last month.\n")
    assert {(a.status, a.person.split()[-1]) for a in ex.attendance} == {("present", "Lee"), ("present", "Dent"), ("in_attendance", "Pryce")}
    assert not [r for p in ex.people for r in p.roles if r.role and "trustee" in r.role and p.name != "Kim Gale"]


def test_review6_the_agendas_next_sub_item_is_no_part_of_a_decision(tmp_path):
    ex, _ = extract_text(tmp_path / "m.txt", _TOWN + "Present: Councillors A Lee (Chair), C Dent\n\n5. Finance\n"
                         "5.1 To approve the schedule of payments.\nRESOLVED:\n(a) That the payments be approved.\n"
                         "(b) That the Clerk sign the cheques.\n5.2 To note the bank reconciliation.\nMembers noted it.\n")
    assert [r.text.rstrip(".") for r in ex.resolutions] == ["the payments be approved", "the Clerk sign the cheques"]


def test_review6_a_room_is_no_body_and_a_clubs_chairman_no_councillor(tmp_path):
    ex, _ = extract_text(tmp_path / "m.txt", "KELBY DISTRICT COUNCIL\nMinutes of the Cabinet held in the Council Chamber of "
                         "Kelby Civic Centre on 4 March 2031\n\nPresent: Councillors A Lee (Chair), G Reed\n\n"
                         "1. Sport\nTom Reed, Chairman of Kelby Football Club, outlined the plans. Councillor Reed asked "
                         "about parking.\n")
    assert not [b for b in ex.bodies if "Chamber" in b.name]
    reed = next(p for p in ex.people if p.name == "G. Reed")
    assert "Councillor Reed" in reed.aliases


@pytest.mark.parametrize("zone, expected", [
    # a members' table whose second column is the ward; a Scottish name no names list holds
    ("Councillors:\tEilidh Brodie\t\tCara Dent\n\tMill Ward\t\tKelby Ward\n",
     {("Eilidh Brodie", "present"), ("Cara Dent", "present")}),
    ("Members present:\tAnn Lee\t\tTom Hale\n\t\tSeonaid Gow\t\tCara Dent\n",
     {("Ann Lee", "present"), ("Tom Hale", "present"), ("Seonaid Gow", "present"), ("Cara Dent", "present")}),
])
def test_review6_wards_and_groups_under_a_label_are_no_people(tmp_path, zone, expected):
    assert attended(tmp_path, _TOWN, zone, "\n1. Minutes\nAgreed.\n") == expected


_FILLER = ("The clerk had written to the contractor, who replied that the work could be done before the end of "
           "the month, and members discussed the timing, the access for the tractor and the need to tell the "
           "neighbours in good time. ")


@pytest.mark.parametrize("numbers, opening, resolved", [
    # a parish's minute numbers, its text layer without the break after each heading
    (("61/31", "62/31", "63/31"), "Three quotes had been received for the work.",
     "RESOLVED: That the lowest quote be accepted."),
    # a town council's plain numbers, a measure opening the minute, its own decision formula
    (("7.", "8.", "9."), "A 6 ft section of the fence had fallen in the storm.",
     "It was agreed to accept the lowest quote."),
])
def test_a_heading_that_runs_on_into_a_long_minute_is_an_item(tmp_path, numbers, opening, resolved):
    """A heading whose minute follows on the same long line (a paragraph's length) is an item
    when its title ends where a sentence starts; a long numbered paragraph is not."""
    first, second, third = numbers
    text = (TOWN_MINUTES
            + f"{first} To Approve the Repair of the Churchyard Fence {opening} {_FILLER * 3}{resolved}\n\n"
            + f"{second} To Approve Costs to Cut the Hedge on the Recreation Ground The Handyman had quoted "
              f"£90. {_FILLER * 3}{resolved}\n\n"
            + f"{third} Members were reminded that the precept for next year would be set in January and that "
              f"budget requests were due to the clerk. {_FILLER * 3}\n")
    assert len(text.splitlines()[5]) > 400  # the heading's line is a paragraph's length
    ex, _ = extract_text(tmp_path / "m.txt", text)
    items = {(i.number, i.title) for i in ex.agenda_items}
    assert items == {(first.rstrip("."), "To Approve the Repair of the Churchyard Fence"),
                     (second.rstrip("."), "To Approve Costs to Cut the Hedge on the Recreation Ground")}
    assert sorted(r.item for r in ex.resolutions) == sorted([first.rstrip("."), second.rstrip(".")])


def _people_roles(tmp_path: Path, minute: str) -> dict[str, list]:
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "5. Harbour Taskforce\n" + minute + "\n")
    people = ex.to_contract()["people"]
    return {p["name"]: sorted(r["role"] or "" for r in p["roles"]) for p in people}


@pytest.mark.parametrize("minute, person, role, not_people", [
    # an Irish council's briefing: a surname with a prefix presents; a body's name opening with a
    # given name closes a welcome list
    ("The Mayor welcomed Mr. Rory O'Hara, Chairman, Rowan Vale Enterprise\nTaskforce and asked him to speak.\n\n"
     "Mr. O'Hara set out the Taskforce's plans.",
     "Rory O'Hara", "Chairman", {"O'", "Rowan Vale"}),
    # an English town council: a prefixed surname, a post as a sentence's subject, a place in a list
    ("Ms McKee outlined the bid. The Town Clerk was the Convener of the regatta committee last year. The new "
     "ward comprised Kelby Marsh beyond the river.",
     "McKee", "", {"Mc", "Town Clerk", "Kelby Marsh"}),
])
def test_prefixed_surnames_bodies_and_places_are_not_made_people(tmp_path, minute, person, role, not_people):
    roles = _people_roles(tmp_path, minute)
    assert role in roles.get(person, [None]) or (not role and person in roles), roles
    assert not {p for p in roles for n in not_people if p == n or p.startswith(n + " ")}, roles
    assert not any(r.startswith(("beyond", "Hara")) or r == "Kee"
                   for rs in roles.values() for r in rs), roles


@pytest.mark.parametrize("letterhead, title, second_language, body", [
    # a Welsh community council: the English title in capitals over the Welsh line of the formula
    ("CYNGOR CYMUNED LLANFOEL\nLLANFOEL COMMUNITY COUNCIL\n", "MINUTES OF THE MONTHLY MEETING OF THE COUNCIL",
     "a gynhaliwyd yn Neuadd y Pentref, Llanfoel, nos Lun 3 Mawrth 2031", "Llanfoel Community Council"),
    # an Irish municipal district: the Irish line of the formula under the English title
    ("COMHAIRLE CHONTAE CHILL MHÓR\nKILMORE COUNTY COUNCIL\n", "MINUTES OF THE ORDINARY MEETING OF THE COUNCIL",
     "a tionóladh i Seomra na Comhairle, Cill Mhór, Dé Luain 3 Márta 2031", "Kilmore County Council"),
])
def test_a_capitals_title_over_a_line_in_another_language_names_the_council(tmp_path, letterhead, title,
                                                                            second_language, body):
    text = (letterhead + "\n" + title + "\n\n" + second_language + "\n"
            "held at the Village Hall on Monday 3 March 2031 at 7.00pm\n\n"
            "Present: Cllr A Ames (Chair), Cllr B Bell\n\n"
            "1. Apologies\nNone.\n\n2. Grass Cutting\nThe Clerk presented the report on grass cutting.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(m.body, m.date) for m in ex.meetings] == [(body, "2031-03-03")]
    assert [(r.presenter, r.to_body) for r in ex.reported] == [("The Clerk", body)]


@pytest.mark.parametrize("zone, expected", [
    # a county committee's block in capitals, the chairman first
    ("PRESENT:    COUNCILLOR K. L. AMBLER (CHAIRMAN)\n\n            COUNCILLORS T. BRISCOE (VICE-CHAIRMAN), "
     "P. CROOK,\n            S. DENNE AND W. EASTON\n\n",
     {("K. L. Ambler", "chair"), ("T. Briscoe", "present"), ("P. Crook", "present"), ("S. Denne", "present"),
      ("W. Easton", "present")}),
    # a board's labels and names in capitals, an apology among them, a body's letters kept
    ("PRESENT: MRS J. O'HARA (IN THE CHAIR), DR K. NORCOTT (NHS WESTBY)\nAPOLOGIES: MR R. PAYNE\n\n",
     {("J. O'Hara", "chair"), ("K. Norcott", "present"), ("R. Payne", "apologies")}),
])
def test_an_attendance_list_in_capitals_is_read_with_names_cased(tmp_path, zone, expected):
    heading = "WESTBY COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
    assert attended(tmp_path, heading, zone, "1. Apologies\nNone.\n") == expected


def test_names_cased_keeps_offsets_and_letters_of_bodies():
    from govgraph.loaders.lines import names_cased
    text = "COUNCILLORS A. O'HARA AND B. LEE (NHS)\nMixed Case Line AND MORE\nMR ÉAMONN Ó DÚILL, DR T. KYTE"
    cased = names_cased(text)
    assert cased == "Councillors A. O'Hara and B. Lee (NHS)\nMixed Case Line AND MORE\nMr Éamonn Ó Dúill, Dr T. Kyte"
    heading = "MINUTES OF THE MONTHLY MEETING OF THE COUNCIL"  # no title, no initial: a heading, left as it is
    assert names_cased(heading) == heading
    assert len(cased) == len(text)


@pytest.mark.parametrize("rows, expected", [
    # a board's membership table: "Chair" in the role column is the post held in the body beside it
    ("Name\tRole\tOrganisation\nCllr Jo Marsh (Chair)\tLeader of the Council\tWestby Council\n"
     "Kit Shaw*\tChair\tWestby Healthwatch\nAnn Rowe\tChief Executive\tWestby Hospitals NHS Trust\n\n* joined remotely\n\n",
     {("Jo Marsh", "chair"), ("Kit Shaw", "present"), ("Ann Rowe", "present")}),
    # a partnership's grid in another style: the vice-chair's post cell, the mark after a surname
    ("Member\tPosition\tRepresenting\nDr Lee Hart (Chair)\tClinical Director\tWestby ICB\n"
     "Sam Cole†\tVice-Chair\tWestby Voluntary Action\nPat Dunn\tDirector\tWestby Fire Service\n\n† virtual\n\n",
     {("Lee Hart", "chair"), ("Sam Cole", "present"), ("Pat Dunn", "present")}),
])
def test_a_chair_in_a_role_column_is_a_post_not_the_meetings_chair(tmp_path, rows, expected):
    heading = "WESTBY HEALTH AND WELLBEING BOARD\nMinutes of the meeting of the Board held on 4 March 2031\n\n"
    assert attended(tmp_path, heading, "MEMBERS PRESENT\n\n" + rows, "1. Apologies\nNone.\n") == expected


@pytest.mark.parametrize("zone, expected", [
    # a town council: the officers' label, then a sentence naming the other guests
    ("In attendance: the Town Clerk (Mrs Jo Reed PSLCC). Also present were Ashby County Councillor Ben Ash,\n"
     "District Cllr P. Dunn (South Ashby District Council), PCSO Hana Bright\nof Ashby Constabulary and eleven "
     "members of the public.\n\n",
     {("Jo Reed", "in_attendance"), ("Ben Ash", "in_attendance"), ("P. Dunn", "in_attendance"),
      ("Hana Bright", "in_attendance")}),
    # a parish council in another style: "Others present were", an initial's full stop inside the list
    ("Clerk: Mr T. Vane CiLCA\n\nOthers present were Westby Borough Councillor R. J. Moss and Sgt Ola Pike of "
     "Westby Police.\n\n",
     {("T. Vane", "in_attendance"), ("R. J. Moss", "in_attendance"), ("Ola Pike", "in_attendance")}),
])
def test_also_present_were_names_guests_in_a_sentence(tmp_path, zone, expected):
    heading = "WESTBY TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
    zone = "Present: Cllr A Ames (Chair), Cllr B Bell\n\n" + zone
    got = attended(tmp_path, heading, zone, "1. Apologies\nNone.\n")
    assert expected <= got and not {p for p, _ in got if "Council" in p or "Police" in p or "Constabulary" in p}, got


def test_a_place_before_a_tier_title_and_a_body_after_of_are_not_the_name():
    from govgraph.loaders.names import name_form
    ash = name_form("Ashby County Councillor Ben Ash")
    assert (ash.name, ash.role) == ("Ben Ash", "County Councillor")
    bright = name_form("PCSO Hana Bright of Ashby Constabulary")
    assert (bright.name, bright.organisation) == ("Hana Bright", "Ashby Constabulary")
    assert name_form("Head of Audit of Westby Council") is None  # a post, still no one's name


@pytest.mark.parametrize("minute, expected", [
    # a town council: the vote, a colon, then what was decided
    ("Proposed Cllr Ames, seconded Cllr Bell, all in favour: to award £300 to the Westby Lunch Club.",
     ["award £300 to the Westby Lunch Club"]),
    # a parish council in another style: "by", an initial, "carried unanimously" and a dash
    ("Proposed by Cllr A. Ames and seconded by Cllr Bell, carried unanimously - that the bench be replaced.",
     ["the bench be replaced"]),
    # a board: two formulas in capitals in one sentence
    ("The Board NOTED the annual report and AGREED that its priorities be reflected in the Strategy.",
     ["the annual report", "its priorities be reflected in the Strategy"]),
    # the exclusion of the public: words after the capitals formula before "to"
    ("It was RESOLVED under the Local Government Act 1972 to exclude the press and public.",
     ["under the Local Government Act 1972 to exclude the press and public"]),
])
def test_decisions_after_a_vote_two_formulas_and_a_clause_after_resolved(tmp_path, minute, expected):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "5. Grants\n" + minute + "\n\n6. Close\nThe meeting closed.\n")
    assert decided(ex) == expected


@pytest.mark.parametrize("minute, person, not_person", [
    # a county committee: a post with its own "and" after the guest's comma
    ("The Chairman welcomed Ms J. Lorimer, Flood and Coastal Risk Manager at the Environment Agency.",
     "J. Lorimer", "Coastal Risk"),
    # a board in another style: "&" inside the post
    ("The Chair welcomed Dr Kit Vane, Planning & Heritage Services Manager, to the meeting.",
     "Kit Vane", "Heritage Services"),
])
def test_a_posts_own_and_after_a_guests_comma_names_no_one(tmp_path, minute, person, not_person):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "5. Floods\n" + minute + "\n")
    people = {p.name: p for p in ex.people}
    assert person in people and not any(p.startswith(not_person) for p in people), people
    roles = {(r.role, r.organisation) for r in people[person].roles}
    assert all(r and "Manager" in r for r, _ in roles) and all(o is None or "Agency" in o for _, o in roles), roles


@pytest.mark.parametrize("label_line, clerk", [
    # a Welsh community council's letterhead: a house's name, the village, the postcode
    ("Clerc / Clerk: Mrs Eira Pugh, Tŷ Gwyn, Llanfoel, Dyfnant DY9 4RT", "Eira Pugh"),
    # an English parish's: a house's name and a county before the postcode
    ("Clerk: Mr Tom Vane, Mill House, Westby, Avonshire AB7 3QD", "Tom Vane"),
])
def test_an_address_after_the_clerks_name_is_no_one(tmp_path, label_line, clerk):
    heading = "WESTBY COMMUNITY COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
    zone = "Present: Cllr A Ames (Chair), Cllr B Bell\n" + label_line + "\n\n"
    got = attended(tmp_path, heading, zone, "1. Apologies\nNone.\n")
    assert (clerk, "in_attendance") in got and {p for p, _ in got} == {"A. Ames", "B. Bell", clerk}, got


@pytest.mark.parametrize("minute, person, role", [
    # an officer report's paragraph: the partnership, then who chairs it, her posts after a comma
    ("The Westby Skills Partnership is chaired by Olivia Penn, Principal and Chief Executive of\nWestby College.",
     "Olivia Penn", "Chair of the Westby Skills Partnership"),
    # minutes in another style: a group to be set up, its chair a councillor, under a heading
    ("The Task and Finish Group will be chaired by Councillor Dee Ross.", "Dee Ross", "Chair of the Task and Finish Group"),
])
def test_a_body_chaired_by_someone_gives_them_its_chair(tmp_path, minute, person, role):
    roles = _people_roles(tmp_path, minute)
    assert role in roles[person] and not any(r.endswith(" of") for r in roles[person]), roles


def test_the_meeting_chaired_by_someone_is_no_body_they_chair(tmp_path):
    roles = _people_roles(tmp_path, "The meeting was chaired by Cllr Ann Hale.")
    assert not any("Chair of" in r for r in roles.get("Ann Hale", [])), roles


def test_a_business_partner_is_a_post():
    from govgraph.loaders.posts import is_post
    assert is_post("Strategic Finance Business Partner") and is_post("HR Business Partner")
    assert not is_post("Westby Business Park")


def test_review7_people_whose_names_hold_a_posts_or_a_bodys_word(tmp_path):
    """A surname that is a post's word; a double given name before a body's word (the running-text
    reader: the body finder still reads "Sarah Jane Church" as a church, noted for later)."""
    roles = _people_roles(tmp_path, "Ann Warden was the Chair of the Show Committee.")
    assert "Chair of the Show Committee" in roles.get("Ann Warden", []), roles
    from govgraph.loaders.people import find_people
    found = [(m.name, m.role) for m in find_people("The accounts were presented by Sarah Jane Church, Treasurer.")]
    assert found == [("Sarah Jane Church", "Treasurer")]


@pytest.mark.parametrize("heading, title", [
    # review 7: a heading with a measure in capitals is whole; a run-on minute is cut at its count
    ("5. To Consider A 20mph Speed Limit on Church Lane", "To Consider A 20mph Speed Limit on Church Lane"),
    ("6. Request for A 6ft Fence at the Allotments", "Request for A 6ft Fence at the Allotments"),
])
def test_review7_a_measure_inside_a_short_heading_is_part_of_its_title(tmp_path, heading, title):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "4. Apologies\nNone.\n\n" + heading + "\nThe Clerk reported.\n")
    assert title in [i.title for i in ex.agenda_items]


@pytest.mark.parametrize("zone, expected", [
    # review 7: a sentence opening a line after one newline; titles with full stops inside the list
    ("Present: Cllr A Ames (Chair), Cllr B Bell\nAlso present were Mrs Jo Reed (Clerk) and PCSO Hana Bright.\n\n",
     {("Jo Reed", "in_attendance"), ("Hana Bright", "in_attendance")}),
    ("Present: Cllr A Ames (Chair), Cllr B Bell\nAlso present were Westby County Councillor Ben\nAsh and Mrs Jo Reed.\n\n",
     {("Ben Ash", "in_attendance"), ("Jo Reed", "in_attendance")}),
    ("Present: Cllr A Ames (Chair), Cllr B Bell\n\nAlso present were Mr. J. Smith (Westby Police) and Dr. Kit Vane.\n\n",
     {("J. Smith", "in_attendance"), ("Kit Vane", "in_attendance")}),
])
def test_review7_also_present_at_a_lines_start_and_after_titles_with_stops(tmp_path, zone, expected):
    heading = "WESTBY TOWN COUNCIL\nMinutes of the meeting of the Council held on 4 March 2031\n\n"
    got = attended(tmp_path, heading, zone, "1. Apologies\nNone.\n")
    assert expected <= got and not {p for p, _ in got if p in ("Mr", "Dr")}, got


def test_review7_an_address_is_blanked_but_posts_and_names_before_a_postcode_stay(tmp_path):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines
    read = lambda s: [(a.name, a.role) for a in parse_list(flatten(split_lines(s)), "in_attendance")]
    assert read("Mr Tom Vane, Clerk, Mill House, Westby AB7 3QD") == [("Tom Vane", "Clerk")]
    assert [n for n, _ in read("Ann Lee, Bob Marsh, Cy Dunn, Westby AB7 3QD")] == ["Ann Lee", "Bob Marsh", "Cy Dunn"]


def test_review7_decisions_and_bodies_the_first_rules_took_too_far():
    from govgraph.loaders.decisions import find_decisions
    import spacy
    text = "It was RESOLVED accordingly.\n"
    assert [d.text for d in find_decisions(text, 0, len(text))] == []
    nlp = spacy.blank("en")
    nlp.add_pipe("gg_bodies")
    doc = nlp("The HS2 Community Forum and the U3A Committee met. The FRS wrote.")
    got = {s.text for s in doc.spans["bodies"]}
    assert {"HS2 Community Forum", "U3A Committee", "FRS"} <= got


@pytest.mark.parametrize("zone, expected", [
    # a joint committee: the lead authority's officers under a label naming it
    ("Present: Cllr A Ames (Chair), Cllr B Bell\n\nOfficers of the lead authority (Westby District Council) in "
     "attendance:\nJo Reed - Joint Planning Manager\nTom Vane - Legal Adviser\n\n",
     {("A. Ames", "chair"), ("B. Bell", "present"), ("Jo Reed", "in_attendance"), ("Tom Vane", "in_attendance")}),
    # a town council's committee: its chairman marked by the body's kind; staff of another body
    ("Present:\tCllr Kit Penn (Committee Chairman), Cllr B Bell\n\nStaff of the Town Council present: Mrs Ann Lee\n\n",
     {("Kit Penn", "chair"), ("B. Bell", "present"), ("Ann Lee", "in_attendance")}),
])
def test_officers_of_a_named_authority_and_a_committee_chairman(tmp_path, zone, expected):
    heading = "WESTBY JOINT COMMITTEE\nMinutes of the meeting of the Committee held on 4 March 2031\n\n"
    assert attended(tmp_path, heading, zone, "1. Apologies\nNone.\n") == expected


@pytest.mark.parametrize("business", [
    # a county council's questions: each lettered part is a question, not an item
    "35.   QUESTIONS FROM THE PUBLIC\n\n      (a)  Mrs Jo Reed of Lower Kelby asked the Cabinet Member for\n      Highways "
    "about the bus shelter.\n\n      (b)  Mr Tom Vane, for the Westby Society, asked the Leader\n      about the library.\n",
    # a district council's members' questions, set out in another style
    "35. QUESTIONS FROM MEMBERS\n\n(a)\tCouncillor A. Bell asked the Cabinet Member for Adult Social\n\tCare whether the "
    "depot would close.\n\n(b)\tCouncillor C. Dunn asked the Cabinet Member for Housing\n\tabout repairs.\n",
])
def test_questions_set_out_by_letter_are_not_items(tmp_path, business):
    ex, _ = extract_text(tmp_path / "q.txt", TOWN_MINUTES + "34. Apologies\nNone.\n\n" + business + "\n36. Close\nNone.\n")
    assert [i.number for i in ex.agenda_items] == ["34", "35", "36"]


@pytest.mark.parametrize("sentence, guests", [
    ("The Chairman welcomed to the meeting Mr Tom Vane, the Lord-Lieutenant's representative, and\nMs Jo Reed, "
     "Chair of the Westby Youth Parliament.", {"Tom Vane", "Jo Reed"}),
    ("The Mayor welcomed to the meeting Dr Ann Lee of Westby College.", {"Ann Lee"}),
])
def test_welcomed_to_the_meeting_before_the_guests(tmp_path, sentence, guests):
    ex, _ = extract_text(tmp_path / "w.txt", TOWN_MINUTES + "1. Welcome\n" + sentence + "\n")
    assert {a.person for a in ex.attendance if a.status == "invited"} == guests


@pytest.mark.parametrize("head, body, date, item, title", [
    # a district planning report: the council and its item mark, the committee, a dated line, the title
    ("WESTBY DISTRICT COUNCIL\t\t\tAgenda Item 7\n\nPLANNING COMMITTEE\n\nWednesday 8 October 2031, 6.00 pm, "
     "Council Chamber, Westby House\n\nLAND WEST OF MILL LANE, KELBY - APPLICATION 31/00814/OUT\n\n",
     "Planning Committee", "2031-10-08", "7", "Land West of Mill Lane, Kelby - Application 31/00814/OUT"),
    # a county licensing report in another style: no item mark, the day and date alone on their line
    ("AVONSHIRE COUNTY COUNCIL\n\nLICENSING SUB-COMMITTEE\nFriday 14 March 2031\n\nAPPLICATION FOR A PREMISES LICENCE, "
     "THE OLD MILL\n\n", "Licensing Sub-Committee", "2031-03-14", None, "Application for a Premises Licence, the Old Mill"),
])
def test_a_report_under_its_meetings_headings_is_to_that_meeting(tmp_path, head, body, date, item, title):
    fields = ("Report of:\tHead of Planning and Regeneration (Jo Reed)\nAuthor:\tTom Vane, Principal Officer\n"
              "Tel:\t01000 000001\nWard(s):\tKelby North\nPurpose of report:\tTo determine the application.\n\n"
              "1.\tINTRODUCTION\n\n1.1\tThis report sets out the officer assessment.\n")
    ex, _ = extract_text(tmp_path / "r.txt", head + fields)
    assert [(m.body, m.date) for m in ex.meetings] == [(body, date)]
    rows = {(r.presenter, r.to_body, r.meeting_date) for r in ex.reported}
    assert rows == {("Head of Planning and Regeneration", body, date)}
    if item:
        assert [(i.number, i.title) for i in ex.agenda_items] == [(item, title)]


def test_report_fields_with_no_meeting_above_name_no_meeting(tmp_path):
    """No meeting under a letter's date (a front sheet's "30 August 2031" is no meeting's line)."""
    letter = "AVONSHIRE COUNTY COUNCIL\n\nPLANNING COMMITTEE\n\nRef 31/4 Amendment, 30 August 2031\n\nLAND AT MILL LANE\n\n"
    ex, _ = extract_text(tmp_path / "l.txt", letter + "Report of:\tHead of Planning\nAuthor:\tTom Vane\n"
                         "Tel:\t01000 000001\nWard(s):\tKelby\nPurpose of report:\tTo inform.\n")
    assert ex.meetings == []
    text = ("Report of:\tHead of Planning\nAuthor:\tTom Vane\nTel:\t01000 000001\nPurpose of report:\tTo inform.\n\n"
            "1.\tINTRODUCTION\n\n1.1\tThis report was written on 4 March 2031.\n")
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert ex.meetings == []


@pytest.mark.parametrize("rows", [
    # a joint committee's table: the office in the row's last cell
    "Name\tAuthority\tNotes\nCllr Gwen Hall\tWestby City Council\tChair\nCllr Toby Wren\tKelby District Council\t"
    "Vice-Chair\nCllr Ann Foulkes\tKelby District Council\tSubstitute for Cllr Pete Lyle\n\n",
    # a fire authority's table in another style: the deputy's office, then a member with no note
    "Member\tConstituent council\tRole\nCllr Gwen Hall\tWestby City Council\tChairman\nCllr Toby Wren\tKelby Borough "
    "Council\tDeputy Chairman\nCllr Ann Foulkes\tAshby District Council\n\n",
])
def test_an_office_ending_a_tables_row_is_that_rows_member(tmp_path, rows):
    ex, _ = extract_text(tmp_path / "m.txt", "WESTBY JOINT COMMITTEE\nMinutes of the meeting of the Committee held on "
                         "4 March 2031\n\nPRESENT\n\n" + rows + "1. Apologies\nNone.\n")
    roles = {p.name: [r.role for r in p.roles if r.role] for p in ex.people}
    assert any(r.startswith(("Vice", "Deputy")) for r in roles["Toby Wren"]) and not roles["Ann Foulkes"], roles
    assert ("Gwen Hall", "chair") in {(a.person, a.status) for a in ex.attendance}


def test_review8_the_late_rules_taken_too_far(tmp_path):
    """What a second review of the session's late rules found (each on invented text)."""
    from govgraph.loaders.people import find_people
    from govgraph.loaders.names import name_form
    # a post in the next cell ends in a body's word: still the person's post
    text = "Report author:\nTom Vane\tChief Executive\tWestby District Council\nJo Ray\tHead of Legal Services\tWestby\n"
    found = [(m.name, (m.role or "").split("\t")[0]) for m in find_people(text)][:2]
    assert found == [("Tom Vane", "Chief Executive"), ("Jo Ray", "Head of Legal Services")]
    # a party group's chairman does not chair the meeting
    assert not name_form("Cllr Bob Bell (Group Chairman)").chair and name_form("Cllr Kit Penn (Committee Chairman)").chair
    # lettered parts whose titles hold a verb but no asker stay items
    ex, _ = extract_text(tmp_path / "s.txt", TOWN_MINUTES + "35. FINANCE\n(a) Accounts for Payment\n(b) Grant to Westby "
                         "Scouts as agreed in January\n(c) Budget Monitoring Report\n\n36. Close\nNone.\n")
    assert {"35(a)", "35(b)", "35(c)"} <= {i.number for i in ex.agenda_items}
    from govgraph.loaders.attendance import _VICE_CELL
    assert _VICE_CELL.match("Vice-Convenor") and _VICE_CELL.match("Deputy Convener")


@pytest.mark.parametrize("text, expected, wrong", [
    ("The Westby Town Council appointed Cllr Ann Ames to the Standards Committee of the Avonshire County Council.",
     ("Westby Town Council", "appoints", "Standards Committee"), ("Westby Town Council", "appoints", "Avonshire County Council")),
    ("The Westby Environment Committee noted that the annual report of the Westby Rivers Trust had been received and "
     "it was agreed to recommend to the Westby Borough Council that the Trust be funded.",
     None, ("Westby Rivers Trust", "reports_to", "Westby Borough Council")),
])
def test_review8_relations_the_late_rules_took_too_far(text, expected, wrong):
    import spacy
    from govgraph.loaders.bodies import collect_bodies
    from govgraph.loaders.pipeline import parse
    from govgraph.loaders.relations import find_body_relations
    from govgraph.records import Document
    nlp = spacy.blank("en")
    nlp.add_pipe("gg_bodies")
    doc = Document(name="t.txt", path="t.txt", sha256="", text=text)
    blocks = list(parse(doc, nlp))
    got = {(r.source, r.relation, r.target) for r in find_body_relations(blocks, doc, collect_bodies(blocks, doc), None)}
    assert (expected is None or expected in got) and wrong not in got, got



@pytest.mark.parametrize("text, expected", [
    # a parish's Present line wrapped at "and" into a row of tab-separated cells, the clerk's cell post first
    ("Thornbury Parish Council - 4th March 2031\n\nPresent\n"
     "Councillors K Ashdown (Chair) L Pirbright, T Wexcombe, F Gorringe and\n"
     "H Lantry\tClerk M Quennell\tThree members of the public\n\n31.03.01 Apologies\nS Benfold\n",
     {("K. Ashdown", "chair", "Chair"), ("L. Pirbright", "present", None), ("T. Wexcombe", "present", None),
      ("F. Gorringe", "present", None), ("H. Lantry", "present", None), ("M. Quennell", "present", "Clerk"),
      ("S. Benfold", "apologies", None)}),
    # a town council's list in capitals and a post with its holder after it, no bracket or comma
    ("ORMSWORTH TOWN COUNCIL\nMinutes of the meeting of the Council held on 9 June 2031\n\n"
     "Present: Cllrs Ravensworth (Chairman), Ouseley, Tillbrook &\n"
     "Yarrowby\tTown Clerk Mrs D. Pennington\n\n1. APOLOGIES\nNone.\n",
     {("Ravensworth", "chair", "Chairman"), ("Ouseley", "present", None), ("Tillbrook", "present", None),
      ("Yarrowby", "present", None), ("D. Pennington", "present", "Town Clerk")}),
], ids=["parish-initials", "town-surnames"])
def test_a_list_wrapped_at_and_and_a_post_before_its_holder(tmp_path, text, expected):
    ex, _ = extract_text(tmp_path / "p.txt", text)
    roles = {p.name: (p.roles[0].role if p.roles else None) for p in ex.people}
    assert {(a.person, a.status, roles.get(a.person)) for a in ex.attendance} == expected


@pytest.mark.parametrize("text, presenter", [
    ("WESTBY COUNTY COUNCIL\n\nMINUTES of a meeting of the Health Scrutiny Committee held on Tuesday, 4 March 2031 "
     "at 10.00 am.\n\nPRESENT: Councillors Ann Ames (Chairman), Bob Bell and Cy Cole.\n\n12/31  URGENT CARE\n\n"
     "Members received a presentation from Dr Hal Hunter, Medical Director of the Westby Hospitals Trust, on "
     "winter pressures.\n\nRESOLVED that the presentation be noted.\n", "Hal Hunter"),
    ("Ashby Town Council\nMinutes of the Council meeting held on 9 June 2031\n\nPresent: Cllr Dee Dunn (Mayor), "
     "Cllr Eve Ede\n\n5. Community Safety\nThe Council heard a verbal update from PCSO Fay Fenn on recent incidents "
     "in the town centre.\nIt was agreed that the update be noted.\n", "Fay Fenn"),
], ids=["county-presentation", "town-verbal-update"])
def test_a_presentation_or_update_received_from_someone_is_theirs(tmp_path, text, presenter):
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert [r.presenter for r in ex.reported] == [presenter]


def _county_minutes(committee: str, item: str, officers: str = "") -> str:
    """A county committee's minutes down to one item's heading, the house style several tests below share."""
    return (f"WESTBY COUNTY COUNCIL\n\nMINUTES of a meeting of the {committee} held on Tuesday, 4 March 2031 at 10.00 am."
            f"\n\nPRESENT: Councillors Ann Ames (Chairman) and Bob Bell.\n\n{officers}{item}\n\n")


@pytest.mark.parametrize("officers, sentence", [
    ("OFFICERS IN ATTENDANCE:\n\n    Gil Grant          Head of Finance (Adult Services)\n"
     "    Hana Hale          Head of Legal Services\n\n", "The Head of Finance (Adult Services) outlined the forecast."),
    ("In attendance: Gil Grant, Head of Finance (Adult Services); Hana Hale, Head of Legal Services.\n\n",
     "The Head of Finance outlined the forecast for the year."),
], ids=["column-list", "prose-list"])
def test_a_post_named_without_its_bracketed_qualifier_is_its_holder(tmp_path, officers, sentence):
    text = _county_minutes("Audit Committee", "7/31  BUDGET MONITORING", officers) + sentence + \
        "\n\nRESOLVED that the report be noted.\n"
    ex, _ = extract_text(tmp_path / "p.txt", text)
    assert [r.presenter for r in ex.reported] == ["Gil Grant"]


@pytest.mark.parametrize("contact, names", [
    ("Service Director:  Patrick Hollins               Tel: 01632 960 111\n                   Head of Parking               patrick.hollins@westby.gov.uk\n",
     {"Patrick Hollins"}),
    ("For further information please contact Rosa Amberley Email: rosa.amberley@ashby.gov.uk or Dale Fenwick "
     "Telephone 01632 960 222.\n", {"Rosa Amberley", "Dale Fenwick"}),
], ids=["contact-grid", "contact-prose"])
def test_a_name_ends_before_its_telephone_or_email(tmp_path, contact, names):
    ex, _ = extract_text(tmp_path / "c.txt", "Report to Cabinet, 4 March 2031\n\n" + contact)
    assert {p.name for p in ex.people} == names


@pytest.mark.parametrize("text, presenter", [
    ("GLENARDLE COMMUNITY COUNCIL\n\nMinutes of the meeting held in the Village Hall on Tuesday 3rd June 2031 at "
     "7.30pm.\n\nPresent: Ailsa Brodie (Chair), Elspeth Garrow (Secretary), Hamish Tod.\n\n4.  Matters Arising\n\n"
     "4.1  Glen Ardle footpath - Elspeth reported that the Paths Group had cleared the route. Noted.\n", "Elspeth Garrow"),
    ("Westby Parish Council\nMinutes of the meeting held on 9 June 2031\n\nPresent: Cllr Morag Lyle (Chair), "
     "Cllr Dan Dent\n\n5. Highways\nAshley Green car park - Morag reported that the resurfacing was finished.\n", "Morag Lyle"),
], ids=["scottish-first-name", "parish-first-name"])
def test_a_topic_then_a_first_name_that_reports(tmp_path, text, presenter):
    ex, _ = extract_text(tmp_path / "f.txt", text)
    assert [r.presenter for r in ex.reported] == [presenter]
    assert not any(p.name in ("Glen Ardle", "Ashley Green") for p in ex.people)


@pytest.mark.parametrize("text, expected", [
    ("STRATHBEG COMMUNITY COUNCIL\n\nMinutes of the meeting held in the Public Hall on Tuesday 3rd June 2031 at "
     "7.30pm.\n\nSederunt: Ailsa Brodie (Chair), Hamish Tod and Kenneth Lyle, community councillors. In "
     "attendance: Cllr Moira Dunn (Ardvale Council) and PC Stuart Rennie.\n\n1.  Apologies\n\nNone.\n",
     {("Ailsa Brodie", "chair"), ("Hamish Tod", "present"), ("Kenneth Lyle", "present"),
      ("Moira Dunn", "in_attendance"), ("Stuart Rennie", "in_attendance")}),
    ("Westby Parish Council\nMinutes of the meeting held on 9 June 2031\n\nPresent: Cllr Ann Ames (Chair), Cllr "
     "Bob Bell; Apologies: Cllr Cy Cole. Also present: Mrs Dee Dunn (Clerk).\n\n5. Highways\nNoted.\n",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "apologies"), ("Dee Dunn", "in_attendance")}),
], ids=["scottish-sederunt", "parish-one-paragraph"])
def test_a_label_inside_a_paragraph_opens_the_next_list(tmp_path, text, expected):
    ex, _ = extract_text(tmp_path / "s.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == expected


@pytest.mark.parametrize("sentence", [
    "The Chairman welcomed Dr Kay Moss, Chief Operating Officer of the Westby Integrated Care Board, and Mrs Lyn "
    "Tate, Director of Operations at Westby Hospitals NHS Trust.",
    "The Board welcomed Ian Rowe, Deputy Nursing Director, Westby Community Health, and Ann Lyle, Chief Digital "
    "Officer, to the meeting.",
], ids=["county-welcome", "board-welcome"])
def test_a_posts_opening_word_holds_the_words_before_its_head(tmp_path, sentence):
    text = _county_minutes("Health Scrutiny Committee", "12/31  URGENT CARE") + sentence + "\n\nRESOLVED that the report be noted.\n"
    ex, _ = extract_text(tmp_path / "w.txt", text)
    names = {p.name for p in ex.people}
    assert not any(n.startswith(("Chief", "Deputy")) for n in names)
    assert {"Ann Ames", "Bob Bell"} < names and len(names) == 4


@pytest.mark.parametrize("sentence, person", [
    ("Jo Hale presented the annual report of the Westby Adults Board on behalf of its Independent Chair, Mr Lionel\n"
     "Pargeter, who was unable to attend.", "Lionel Pargeter"),
    ("The Clerk read a letter from the Chair of the Village Hall Trust, Mrs Henrietta\nGolightly, about the roof.",
     "Henrietta Golightly"),
], ids=["county-appositive", "parish-letter"])
def test_a_name_wrapped_over_two_lines_in_a_sentence(tmp_path, sentence, person):
    text = _county_minutes("Health Scrutiny Committee", "12/31  ANNUAL REPORT") + sentence + "\n\nRESOLVED that the report be noted.\n"
    ex, _ = extract_text(tmp_path / "w.txt", text)
    names = {p.name for p in ex.people}
    assert person in names and person.split()[0] not in names


@pytest.mark.parametrize("text", [
    ("ASHBY TOWN COUNCIL\n\nMINUTES OF THE MEETING OF THE FULL COUNCIL HELD ON MONDAY 9 DECEMBER 2031 AT 7.00 PM\n\n"
     "Present: The Town Mayor, Councillor Mrs Gwen Ashdale (in the Chair); Councillors\nR. Belby (Deputy Mayor), "
     "T. Carr, S. Dunn, P.\nHebworth, Mrs L. Ingram-Royd, N. Otley and D. Stane.\n\n"
     "TC/31/12  REPORTS\n\nCllr Ingram-Royd reported on the Community Transport Association. Councillor Mrs Gwen "
     "Ashdale thanked her.\n"),
    ("Westby Parish Council\nMinutes of the meeting held on 4 March 2031\n\nPresent: Councillors A. Ames (Chair), "
     "Mrs L. Ingram-Royd, P.\nHebworth and Cllr Mrs Gwen Ashdale.\n\n5. Footpaths\nCllr Ingram-Royd reported that "
     "the stile had been mended.\n"),
], ids=["town-council", "parish-council"])
def test_a_councillor_addressed_as_mrs_is_one_person(tmp_path, text):
    ex, _ = extract_text(tmp_path / "t.txt", text)
    names = {p.name for p in ex.people}
    assert {"L. Ingram-Royd", "P. Hebworth", "Gwen Ashdale"} <= names
    assert not names & {"Ingram-Royd", "Hebworth", "Mrs Gwen Ashdale", "Mrs Gwen"}
    assert [r.presenter for r in ex.reported] == ["L. Ingram-Royd"]


@pytest.mark.parametrize("header", [
    "Agenda Item 9\nWESTBY BOROUGH COUNCIL\n\nReport to:            Cabinet\nDate of meeting:      Wednesday 4 March 2031\n"
    "Report of:            Director of Place\nKey decision:         Yes\nForward Plan ref:     FP/2031/014\n"
    "Exempt information:   No (Appendix C is exempt under paragraph 3 of Part 1 of Schedule 12A\n"
    "                      to the Local Government Act 1972)\n\n",
    "Agenda Item 9\n\nASHBY DISTRICT COUNCIL\n\nMeeting:\tCabinet\nDate:\t4 March 2031\nFrom:\tDirector of Place\n"
    "Wards:\tAll\n\n",
], ids=["spaced-fields", "tab-fields"])
def test_a_reports_title_in_capitals_below_its_fields(tmp_path, header):
    text = header + ("HARBOUR CAR PARKS: TARIFF REVIEW AND CASHLESS PAYMENT\n\n1.\tPURPOSE OF REPORT\n\n"
                     "1.1 This report asks Cabinet to approve new tariffs.\n")
    ex, _ = extract_text(tmp_path / "r.txt", text)
    assert [(a.number, a.title) for a in ex.agenda_items] == [("9", "Harbour Car Parks: Tariff Review and Cashless Payment")]


@pytest.mark.parametrize("table, expected", [
    ("Name                          Organisation                            Role\n"
     "Cllr Lena Hart                Westby District Council                 Chair; Portfolio Holder for\n"
     "                                                                      Communities and Safety\n"
     "Supt Gil Marr                 Westby Constabulary                     Vice-Chair; District\n"
     "                                                                      Commander\n"
     "Ann Bell                      Westby Homes                            Head of Tenancy Sustainment\n",
     {("Lena Hart", "chair"), ("Gil Marr", "present"), ("Ann Bell", "present")}),
    ("Member                        Representing\n"
     "Dr Kay Moss                   Westby Integrated Care Board (Vice-\n"
     "                              Chair)\n"
     "Mr Tom Dale                   Westby Voluntary Action\n",
     {("Kay Moss", "present"), ("Tom Dale", "present")}),
], ids=["three-columns", "two-columns"])
def test_a_table_laid_out_with_spaces_and_its_wrapped_cells(tmp_path, table, expected):
    text = ("SAFER WESTBY PARTNERSHIP\n\nMINUTES\n\nDate:    Wednesday 22 October 2031, 2.00pm\n\nPresent:\n\n" + table +
            "\n1.  WELCOME AND APOLOGIES\n\n1.1  The Chair opened the meeting.\n")
    ex, _ = extract_text(tmp_path / "t.txt", text)
    assert {(a.person, a.status) for a in ex.attendance} == expected


@pytest.mark.parametrize("sentence, person, post", [
    ("The Chair welcomed Mr Callum Reid, Roads Operations Manager with Ardvale Council, who spoke about gritting.",
     "Callum Reid", "Roads Operations Manager"),
    ("Members thanked Mrs Joan Pike, Grounds Maintenance Supervisor at Westby Town Council, who had cut the verges "
     "early.", "Joan Pike", "Grounds Maintenance Supervisor"),
], ids=["community-council", "board"])
def test_a_posts_words_before_its_head_name_no_one(tmp_path, sentence, person, post):
    text = ("GLENARDLE COMMUNITY COUNCIL\n\nMinutes of the meeting held in the Village Hall on Tuesday 3rd June 2031 at "
            "7.30pm.\n\nPresent: Ailsa Brodie (Chair), Hamish Tod.\n\n1.  Welcome\n\n" + sentence + "\n")
    ex, _ = extract_text(tmp_path / "w.txt", text)
    people = {p.name: [r.role for r in p.roles] for p in ex.people}
    assert set(people) == {"Ailsa Brodie", "Hamish Tod", person}
    assert any(r.startswith(post) for r in people[person])


_PRESENTING_HEADS = {
    "county": _county_minutes("Audit Committee", "7/31  BUDGET MONITORING"),
    "parish": ("Ashby Parish Council\nMinutes of the meeting held on 9 June 2031\n\nPresent: Cllr Dee Dunn (Chair), "
               "Cllr Eve Ede\n\n5. Budget Monitoring\n"),
}


@pytest.mark.parametrize("style", sorted(_PRESENTING_HEADS))
@pytest.mark.parametrize("sentence", [
    "Jo Park, Head of Finance, updated members on the forecast outturn.",
    "The Head of Finance, Jo Park, spoke to the report and answered questions.",
    "Jo Park (Head of Finance) summarised the report.",
    "Jo Park, Head of Finance, highlighted the key points of the report.",
    "Report presented by: Jo Park, Head of Finance",
    "Jo Park, Head of Finance, attended to present the report.",
    "Jo Park, Head of Finance, briefed the Committee on the forecast.",
    "The item was introduced by Jo Park, Head of Finance.",
    "Jo Park, Head of Finance, set out the proposals.",
    "The Committee was updated by Jo Park, Head of Finance, on the forecast.",
    "Jo Park, Head of Finance, gave members an update on the forecast.",
    "Jo Park, Head of Finance, gave the Committee a presentation on the forecast.",
    "Jo Park, Head of Finance, provided members with an update on the forecast.",
    "Jo Park, Head of Finance, presented on the forecast.",
    "The report, presented by Jo Park, Head of Finance, set out the forecast.",
    "Following a presentation by Jo Park, Head of Finance, members asked questions.",
    "Jo Park, Head of Finance, gave a brief verbal report.",
    "In presenting the report, Jo Park, Head of Finance, explained the forecast.",
])
def test_the_genres_other_ways_of_saying_who_presented(tmp_path, style, sentence):
    ex, _ = extract_text(tmp_path / "p.txt", _PRESENTING_HEADS[style] + sentence + "\n\nRESOLVED that the report be noted.\n")
    assert [r.presenter for r in ex.reported] == ["Jo Park"]


@pytest.mark.parametrize("sentence", [
    "Councillor Bob Bell highlighted concerns about the forecast.",
    "Councillor Bob Bell explained that he had not seen the figures.",
    "Councillor Bob Bell attended a training session on the budget.",
    "Councillor Bob Bell spoke to the item as the local ward member.",
    "Councillor Bob Bell highlighted the main issues raised by residents.",
    "The asset register was updated by Councillor Bob Bell in May.",
    "Chair's Report - Councillor Bob Bell noted the year's events.",
    "Following a report from residents, Councillor Bob Bell visited the lane.",
    "In presenting the motion, Councillor Bob Bell said the lane was unsafe.",
    "Councillor Bob Bell gave members his views on the plan.",
])
def test_a_member_commenting_is_no_presenter(tmp_path, sentence):
    ex, _ = extract_text(tmp_path / "c.txt", _PRESENTING_HEADS["county"] + sentence + "\n\nRESOLVED that the report be noted.\n")
    assert ex.reported == []


@pytest.mark.parametrize("style", sorted(_PRESENTING_HEADS))
@pytest.mark.parametrize("sentence", [
    "Following discussion it was agreed by all members that the forecast be noted.",
    "It was agreed by a majority of those present to note the forecast.",
])
def test_a_decision_agreed_by_all_or_a_majority(tmp_path, style, sentence):
    ex, _ = extract_text(tmp_path / "d.txt", _PRESENTING_HEADS[style] + "The Clerk presented the report.\n" + sentence + "\n")
    assert [r.text.split()[:2] for r in ex.resolutions] in (
        [["the", "forecast"]], [["to", "note"]])


@pytest.mark.parametrize("style", sorted(_PRESENTING_HEADS))
@pytest.mark.parametrize("zone, expected", [
    ("Present: Cllr Ann Ames (Chair)\nAttending remotely: Cllr Bob Bell\n", {"Ann Ames": "chair", "Bob Bell": "present"}),
    ("Members in attendance: Cllr Ann Ames (Chair), Cllr Bob Bell\n", {"Ann Ames": "chair", "Bob Bell": "present"}),
    ("Present: Cllr Ann Ames (Chair)\nSubstitute members present: Cllr Bob Bell (for Cllr Cy Cole)\n",
     {"Ann Ames": "chair", "Bob Bell": "present"}),
    ("Present: Cllr Ann Ames (Chair)\nOther members in attendance: Cllr Bob Bell\n",
     {"Ann Ames": "chair", "Bob Bell": "in_attendance"}),
], ids=["remotely", "members-in-attendance", "substitutes", "other-members"])
def test_more_labels_of_those_attending(tmp_path, style, zone, expected):
    head = _PRESENTING_HEADS[style].split("PRESENT:")[0].split("Present:")[0]
    ex, _ = extract_text(tmp_path / "a.txt", head + zone + "\n7. BUDGET\n\nNoted.\n")
    assert {a.person: a.status for a in ex.attendance} == expected


@pytest.mark.parametrize("style", sorted(_PRESENTING_HEADS))
def test_a_post_in_a_relative_clause(tmp_path, style):
    ex, _ = extract_text(tmp_path / "w.txt", _PRESENTING_HEADS[style] + "Jo Park, who is the Head of Finance, presented "
                         "the report.\n\nRESOLVED that the report be noted.\n")
    assert {p.name: [r.role for r in p.roles] for p in ex.people}["Jo Park"] == ["Head of Finance"]


@pytest.mark.parametrize("style, sentence, post", [
    ("county", "Head of Finance - Jo Park presented the report.", "Head of Finance"),
    ("parish", "The Clerk – Mrs Jo Park reported on the accounts.", "Clerk"),
])
def test_a_post_then_a_dash_then_its_holder_presents(tmp_path, style, sentence, post):
    ex, _ = extract_text(tmp_path / "d.txt", _PRESENTING_HEADS[style] + sentence + "\n\nRESOLVED that the report be noted.\n")
    assert [r.presenter for r in ex.reported] == ["Jo Park"]
    assert post in [r.role for p in ex.people if p.name == "Jo Park" for r in p.roles]


@pytest.mark.parametrize("refs", [("OS/31/27", "OS/31/28"), ("24/61", "24/62")], ids=["lettered", "numbered"])
def test_a_minute_reference_alone_on_its_line_heads_the_title_below(tmp_path, refs):
    text = ("WESTBY COMBINED AUTHORITY\n\nMINUTES of a meeting of the Overview and Scrutiny Committee held on Tuesday, "
            "4 March 2031 at 10.00 am.\n\nPRESENT: Councillors Ann Ames (Chair) and Bob Bell.\n\n"
            f"{refs[0]}\nAPOLOGIES FOR ABSENCE\n\nApologies were received from Councillor Cy Cole.\n\n"
            f"{refs[1]}\nBUS REFORM PROGRESS\n\nRESOLVED that the report be noted.\n")
    ex, _ = extract_text(tmp_path / "m.txt", text)
    assert [(a.number, a.title) for a in ex.agenda_items] == [(refs[0], "Apologies for Absence"), (refs[1], "Bus Reform Progress")]
    assert [r.item for r in ex.resolutions] == [refs[1]]


@pytest.mark.parametrize("header", [
    "Agenda Item 8\nWESTBY BOROUGH COUNCIL\n\nReport of\nDirector of Place\nDate\n21 January 2031\nSubject\n"
    "Westby Cycling and Walking Plan: Adoption and\nDelivery Programme\nReport to\nCabinet\nCabinet Member\n"
    "Councillor Rita Kell, Cabinet Member for Transport\nWards affected\nAll wards\n\n",
    "Agenda Item 8\n\nASHBY DISTRICT COUNCIL\n\nMeeting\nCabinet\nPortfolio Holder\nCouncillor Rita Kell\nDate of meeting\n"
    "21 January 2031\nReport of\nDirector of Place\nTitle\nWestby Cycling and Walking Plan\n\n",
], ids=["report-to", "meeting"])
def test_a_header_of_labels_each_above_its_value(tmp_path, header):
    ex, _ = extract_text(tmp_path / "h.txt", header + "1. EXECUTIVE SUMMARY\n\n1.1 This report seeks approval.\n")
    assert [(m.body, m.date) for m in ex.meetings] == [("Cabinet", "2031-01-21")]
    assert [(r.presenter, r.to_body) for r in ex.reported] == [("Director of Place", "Cabinet")]


@pytest.mark.parametrize("style, decision", [
    ("parish", "RESOLVED: to object to the application on the grounds that (i) the lane is too narrow; (ii) the site "
               "floods; and (iii) it lies outside the settlement boundary."),
    ("county", "RESOLVED that the application be refused for the following reasons: (a) harm to the Conservation Area; "
               "(b) loss of trees."),
], ids=["grounds-that", "reasons"])
def test_a_decisions_numbered_reasons_are_one_decision(tmp_path, style, decision):
    ex, _ = extract_text(tmp_path / "g.txt", _PRESENTING_HEADS[style] + "The Clerk presented the application.\n" + decision + "\n")
    assert len(ex.resolutions) == 1


def test_numbered_decisions_after_a_reasons_clause_stay_decisions(tmp_path):
    ex, _ = extract_text(tmp_path / "r.txt", _PRESENTING_HEADS["parish"] + "RESOLVED: for the reasons set out in the "
                         "report,\n(1) to approve the new staffing structure;\n(2) to appoint the Clerk as RFO.\n")
    texts = [r.text for r in ex.resolutions]
    assert any(t.startswith("to approve") for t in texts) and any(t.startswith("to appoint") for t in texts)


@pytest.mark.parametrize("banner, title", [
    ("Subject\nAdoption of the Westby\nCycling and Walking Plan 2031-2036\n", "Adoption of the Westby Cycling and Walking Plan 2031-2036"),
    ("Wards affected\nAll\n\nOPEN REPORT\n\n", None),
], ids=["wrapped-subject", "banner"])
def test_a_stacked_headers_title_and_banner(tmp_path, banner, title):
    text = ("Agenda Item 8\nWESTBY BOROUGH COUNCIL\n\nReport to\nCabinet\nDate\n21 January 2031\nReport of\nDirector of "
            "Place\n" + banner + "\n1. EXECUTIVE SUMMARY\n\n1.1 This report seeks approval.\n")
    ex, _ = extract_text(tmp_path / "h.txt", text)
    assert [a.title for a in ex.agenda_items] == ([title] if title else [])


def test_a_description_in_a_relative_clause_is_no_post(tmp_path):
    ex, _ = extract_text(tmp_path / "d.txt", _PRESENTING_HEADS["parish"] + "The Chair thanked Jo Park, who was the "
                         "driving force behind the new play area.\n")
    assert all(not p.roles for p in ex.people if p.name == "Jo Park")


@pytest.mark.parametrize("zone, couples", [
    # a parish meeting's list of electors, "&" and a list wrapped after the couple's titles
    ("Present\nCouncillors T Hawley,(in the Chair), G Barden and S Tamworth\nParishioners :- E Barden, "
     "Mr & Mrs Quayle, M Dunmore, Mr & Mrs\nPettifer, R Loxley\n\n", ["Quayle", "Pettifer"]),
    # a village hall committee's one-line list, "and", the lady first
    ("Present: Cllr Jo Arden (Chair), Cllr Sam Hurst, Mr and Mrs Dalby, Mrs and Mr Keel, Ms Finch.\n\n", ["Dalby", "Keel"]),
])
def test_a_couple_under_one_surname_is_two_people(tmp_path, zone, couples):
    ex, _ = extract_text(tmp_path / "m.txt", "Kestrel Parish Council\nMinutes of the meeting held on 6 May 2031\n\n"
                         + zone + "1. Minutes\nThe minutes were approved.\n")
    rows = {(a.person, a.status) for a in ex.attendance}
    for surname in couples:
        assert {(f"Mr {surname}", "present"), (f"Mrs {surname}", "present")} <= rows, rows
        assert [p.name for p in ex.people].count(surname) == 2
    assert not {a.person for a in ex.attendance} & {"Mr", "Mrs"}


# Attendance layouts met in the ninth session's papers. exact: the rows are all the list gives
# (else at least these).
@pytest.mark.parametrize("head, zone, expected, exact", [
    # a Scottish council's area committee, and an integration joint board's minute
    ("ARDLEVEN COUNCIL\nMinute of Meeting of the Area Committee held on 4 March 2031\n\n",
     "Sederunt: Councillor Ann Ames (Chair), Councillor Bob Bell\n\nApologies for absence were intimated on behalf "
     "of Councillor Cy Cole and Councillor\nDee Dunn.\n\n", {("Cy Cole", "apologies"), ("Dee Dunn", "apologies")}, False),
    ("WESTGLEN INTEGRATION JOINT BOARD\nMinute of the meeting held on 4 March 2031\n\n",
     "Present: Mrs Ann Ames (Chair), Mr Bob Bell\n\nApologies had been intimated by Dr Cy Cole.\n\n", {("Cy Cole", "apologies")}, False),
    # a fire authority's officers: a rank before the holder, the post after in brackets, the time they came
    ("WESTSHIRE FIRE AUTHORITY\nMinutes of the Audit Committee held on 4 March 2031\n\n",
     "PRESENT\nCouncillors Ann Ames (Chair) and Bob Bell\n\nOFFICERS IN ATTENDANCE\nS. Kaye (Treasurer), Area Manager L. Hale "
     "(Head of Assurance); Chief Fire Officer D. Dunn attended for minutes 20 and 21\n\n",
     {("S. Kaye", "in_attendance"), ("L. Hale", "in_attendance"), ("D. Dunn", "in_attendance")}, False),
    # a town council: the clerk's post before her name, the proper officer's post in brackets
    ("WESTON TOWN COUNCIL\nMinutes of the Council meeting held on 4 March 2031\n\n",
     "Present: Cllr Ann Ames (Mayor), Cllr Bob Bell\nIn attendance: Parish Clerk J Marsh (Proper Officer), "
     "Assistant Clerk K Lowe joined at 7.40 pm\n\n", {("J. Marsh", "in_attendance"), ("K. Lowe", "in_attendance")}, False),
    # a London cabinet's officers by post alone, and a parish's: no one is named, so no one attends;
    # the clerk of the meeting is its one officer whatever her name
    ("LONDON BOROUGH OF WESTBY\nMinutes of the meeting of the Cabinet held on 4 March 2031\n\n",
     "PRESENT:\nCouncillor Ann Ames\tLeader of the Council (in the Chair)\nCouncillor Bob Bell\tCabinet Member for Housing\n\n"
     "OFFICERS: Chief Executive; Corporate Director of Resources (Section 151 Officer); Head of Democratic Services.\n\n",
     {("Ann Ames", "chair"), ("Bob Bell", "present")}, True),
    ("KESTREL PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n",
     "Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: the Clerk, the Locality Officer and the Highways Manager\n\n",
     {("A. Ames", "chair"), ("B. Bell", "present"), ("Clerk", "in_attendance")}, True),
    # a county scrutiny committee's guests by minute, a parish's by item
    ("WESTSHIRE COUNTY COUNCIL\nMinutes of the Scrutiny Committee held on 4 March 2031\n\n",
     "PRESENT\nCounty Councillors A. Ames (Chair) and B. Bell\n\nIN ATTENDANCE\nCy Cole and Dee Dunn (Westby Water) - minute 35/31\n"
     "Ed Eyre (Moorlink Buses Ltd) - minute 36/31\n\n",
     {("Cy Cole", "in_attendance"), ("Dee Dunn", "in_attendance"), ("Ed Eyre", "in_attendance")}, False),
    ("KESTREL PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n",
     "Present: Cllr A Ames (Chair), Cllr B Bell\nIn attendance: Fay Ford and Gus Gray (Kestrel Hall Trust) – items 5 and 6\n\n",
     {("Fay Ford", "in_attendance"), ("Gus Gray", "in_attendance")}, False),
    # a Welsh community council and an English town council: a member's line with a note of when they came
    ("CYNGOR CYMUNED LLANARTH COMMUNITY COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n",
     "Present:\nCllr Ann Ames (Chair)\nCllr Bob Bell\tCllr Cy Cole\nCllr Dee Dunn (from 7.25pm, minute 2031/64)\n\n",
     {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "present"), ("Dee Dunn", "present")}, True),
    ("WESTON TOWN COUNCIL\nMinutes of the Planning Committee held on 4 March 2031\n\n",
     "Present:\nCllr Ann Ames (Chair)\nCllr Ed Eyre (arrived at 7.40 pm, during item 6)\n\n",
     {("Ann Ames", "chair"), ("Ed Eyre", "present")}, True),
    # a tier before the title in prose, the sentence wrapped (a parish's minutes, a town council's)
    ("KESTREL PARISH COUNCIL\nMinutes of the meeting held on 4 March 2031\n\n",
     "Cllrs Ann Ames (Chairman) and Bob Bell were present, with the Clerk. District\nCouncillor Cy Cole (Westby District "
     "Council) was also in attendance.\n\n", {("Cy Cole", "in_attendance")}, False),
    ("WESTON TOWN COUNCIL\nMinutes of the Council meeting held on 4 March 2031\n\n",
     "Present: Cllr Ann Ames (Mayor), Cllr Bob Bell.\n\nCounty Councillor Dee Dunn was also present.\n\n",
     {("Dee Dunn", "in_attendance")}, False),
    # "Name, Post", the post of two words joined by "and" (a Scottish committee's officers, a district's)
    ("ARDLEVEN COUNCIL\nMinute of Meeting of the Area Committee held on 4 March 2031\n\n",
     "Sederunt: Councillor Ann Ames (Chair)\n\nIn Attendance: Ewan Drum, Roads and Infrastructure Manager\n"
     "               Kirsty Orr, Committee Services Officer\n\n",
     {("Ann Ames", "chair"), ("Ewan Drum", "in_attendance"), ("Kirsty Orr", "in_attendance")}, True),
    ("DUNBEG MUNICIPAL DISTRICT\nMinutes of the Monthly Meeting held on 9th September 2031\n\n",
     "Present: Cllr Ann Ames, Cllr Bob Bell\n\nOfficials in attendance: Cy Cole, Roads and Transportation Engineer\n"
     "                         Dee Dunn, Meetings Administrator\n\n", {("Ann Ames", "present"), ("Bob Bell", "present"),
                                                                     ("Cy Cole", "in_attendance"), ("Dee Dunn", "in_attendance")}, True),
])
def test_attendance_of_more_layouts(tmp_path, head, zone, expected, exact):
    rows = attended(tmp_path, head, zone, "1. APOLOGIES\nNone.\n")
    assert rows == expected if exact else expected <= rows, rows



@pytest.mark.parametrize("letterhead", [
    "KNAPWORTH PARISH COUNCIL\nClerk: Mrs Sue Pyke, 4 Orchard Rise, Knapworth\nTel: 01632 960 771      Email: clerk@knapworth.example\n\n",
    "WESTON TOWN COUNCIL\nTown Clerk: Mr Tom Dyer\nTelephone 01632 960 555     Email: office@weston.example\n\n",
])
def test_a_letterheads_contact_line_names_no_attendee(tmp_path, letterhead):
    rows = attended(tmp_path, letterhead + "Minutes of the meeting held on 4 March 2031\n\n", "Present: Cllr Ann Ames, Cllr Bob Bell\n\n",
                    "1. APOLOGIES\nNone.\n")
    assert {("Ann Ames", "present"), ("Bob Bell", "present")} <= rows
    assert not {p for p, _ in rows if "mail" in p.lower() or "tel" in p.lower()}, rows


@pytest.mark.parametrize("rows", [
    # a joint committee's notes: Item / Discussion / Action / Owner, titles ending in a year's figures
    ("1.\tWelcome and apologies. The Chair welcomed members.\tNone\t-\n\n"
     "2.\tBudget monitoring 2030/31 and draft budget 2031/32. PL\tDraft budget to both\tPL\n"
     "\tpresented the joint budget report. RESOLVED: that the forecast outturn be noted.\n\n"
     "3.\tFood waste collections. CB outlined the roll-out plan.\tBring revised plan\tCB\n"),
    # a town council's action table: number, matter (its officer by initials), action, owner
    ("1.\tApologies\tNone were received.\t-\n\n"
     "2.\tPrecept for 2031/32 and the budget for 2032/33. TD\tSet the precept and write to the district council\tTD\n"
     "\tpresented the draft budget. RESOLVED: that the forecast outturn be noted.\n\n"
     "3.\tAllotments\tThe waiting list was noted.\t-\n"),
])
def test_items_of_an_action_table_titled_by_their_first_cell(tmp_path, rows):
    ex, _ = extract_text(tmp_path / "n.txt", "WESTBY AND ASHBY JOINT COMMITTEE\nNotes of the meeting held on 4 March 2031\n\n"
                         "Present: Cllr Ann Ames (Chair), Cllr Bob Bell\n\nItem\tDiscussion\tAction\tOwner\n\n" + rows)
    assert [a.number for a in ex.agenda_items] == ["1", "2", "3"]
    assert [(r.item, r.text[:25]) for r in ex.resolutions] == [("2", "the forecast outturn be n")]


@pytest.mark.parametrize("paragraph, name, post", [
    # an English officer report's implications, a Scottish one's advice
    ("Financial implications\n\nThe scheme costs £1.2m. Comments from Ravi Pendle, Strategic Finance Business Partner: "
     "there are no further costs.\n", "Ravi Pendle", "Strategic Finance Business Partner"),
    ("Legal implications\n\nAdvice of Dr Sìne Macrae, Monitoring Officer: the Council has the power to act.\n",
     "Sìne Macrae", "Monitoring Officer"),
])
def test_who_gave_a_reports_comments_and_their_post(tmp_path, paragraph, name, post):
    ex, _ = extract_text(tmp_path / "r.txt", "WESTBY BOROUGH COUNCIL\nReport to the Cabinet, 4 March 2031\n\n" + paragraph)
    person = next(p for p in ex.people if p.name == name)
    assert [r.role for r in person.roles] == [post]
    assert not [a for a in person.aliases if "from" in a or "of" in a.split()]


@pytest.mark.parametrize("minute, who, post", [
    # an Irish council's heading in capitals with a dash, then "Mr." (with its stop) presenting
    ("CCM 204/31\tPART 8 – PROPOSED HOUSING DEVELOPMENT OF 32 UNITS AT LISNAGREE, BALLYFEENY\nMr. Cathal Brosna, Director of "
     "Services, Housing and Community, presented the report prepared under Part 8.\n", "Cathal Brosna",
     "Director of Services"),
    # an English committee's sub-heading with a dash inside a minute, then "Dr." presenting
    ("5.\tFINANCE\n\nCAPITAL PROGRAMME – SCHEMES OF 2031, WESTBY AND ASHBY\nDr. Ann Lyle, Director of Resources, Finance and Audit, "
     "presented the report.\n", "Ann Lyle", "Director of Resources"),
])
def test_a_heading_with_a_dash_above_a_titled_presenter(tmp_path, minute, who, post):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + minute)
    assert who in {r.presenter for r in ex.reported}
    assert [r.role for p in ex.people if p.name == who for r in p.roles] == [post]


@pytest.mark.parametrize("minute, subs", [
    # an annual parish meeting's reports from village organisations, each a heading of its own
    ("9.  REPORTS FROM VILLAGE ORGANISATIONS\n\n9.1  Westby Village Hall Management Committee\nJo Park reported that "
     "bookings had risen.\n\n9.2  St Anne's Church, Westby\nThe Revd Ann Lee reported on the roof appeal.\n\n"
     "10.  DATE OF THE NEXT MEETING\nTo be confirmed.\n", ["9.1", "9.2"]),
    # a town council's planning item with its two parts; numbered paragraphs of prose are no items
    ("9.\tPlanning\n\n9.1\tPlanning Applications\nNo objection was raised to 31/0412.\n\n9.2\tPlanning Decisions\n"
     "The decisions of the district were noted.\n\n10.\tFinance\n\n10.1\tThe Clerk presented the accounts.\n"
     "10.2\tThe budget was noted.\n", ["9.1", "9.2"]),
])
def test_headings_numbered_under_an_item(tmp_path, minute, subs):
    ex, _ = extract_text(tmp_path / "m.txt", TOWN_MINUTES + "8. APOLOGIES\nNone.\n\n" + minute)
    assert [a.number for a in ex.agenda_items] == ["8", "9", *subs, "10"]


@pytest.mark.parametrize("sentence, name, post", [
    # a county council's members' questions: the post, then the councillor by initials, wrapped
    ("Councillor Z. Varcoe asked the Cabinet Member for Highways and Transport, Councillor G. R.\nPell: \"When will the "
     "backlog be cleared?\"", "G. R. Pell", "Cabinet Member for Highways and Transport"),
    # a partnership board's minute: the post, then its holder by initials alone
    ("The Board noted the view of the Chair of the Westby Partnership, P. J. Hale, that funding was short.", "P. J. Hale",
     "Chair of the Westby Partnership"),
])
def test_a_post_then_its_holder_by_initials(tmp_path, sentence, name, post):
    ex, _ = extract_text(tmp_path / "q.txt", TOWN_MINUTES + "1. QUESTIONS\n" + sentence + "\n")
    assert post in [r.role for p in ex.people if p.name == name for r in p.roles], [(p.name, p.roles) for p in ex.people]


def test_a_couples_edge_cases():
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines

    def rows(text):
        return [(a.name, a.title, a.role, a.organisation) for a in parse_list(flatten(split_lines(text)), "present")]
    # a post waiting before the couple is the person's before them
    assert rows("Jo Park, Head of Audit, Mr & Mrs Pell") == [
        ("Jo Park", None, "Head of Audit", None), ("Pell", "Mr", None, None), ("Pell", "Mrs", None, None)]
    # both keep the organisation written after them
    assert rows("Mr & Mrs Pell (Westby Allotments Association)") == [
        ("Pell", "Mr", None, "Westby Allotments Association"), ("Pell", "Mrs", None, "Westby Allotments Association")]
    # titles that do not tell two people apart, or a comma between them: one person, no one named "Dr"
    assert rows("Dr and Mrs Hart") == [("Hart", "Mrs", None, None)]
    assert rows("Mr, Mrs Hart") == [("Hart", "Mrs", None, None)]


@pytest.mark.parametrize("officers", [
    # a London cabinet's officers by post alone; a district's, the post with its statutory role
    "Chief Executive; Director of Law and Governance (Monitoring Officer); Head of Democratic Services.",
    "Head of Audit and Governance (Section 151 Officer), Committee Officer",
])
def test_a_word_of_a_post_is_no_name(officers):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines
    assert [a.name for a in parse_list(flatten(split_lines(officers)), "in_attendance") if a.name] == []


def test_the_second_reviews_findings():
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines
    from govgraph.loaders.sentences import sentences

    def rows(text):
        return [(a.name, a.role) for a in parse_list(flatten(split_lines(text)), "present")]
    # "and" before "the Clerk" joins two attendees, not two words of a post
    assert rows("Councillors Hill, Park, Reed and the Clerk") == [("Hill", None), ("Park", None), ("Reed", None), (None, "Clerk")]
    assert rows("Cy Cole, Parks & Open Spaces Officer") == [("Cy Cole", "Parks & Open Spaces Officer")]
    # a company's "Ltd." before a bracket goes on; before a capitalised word it ends the sentence
    text = "A quote from Westby Tree Care Ltd. (£450 plus VAT) was accepted. Westby Homes Ltd. It was agreed."
    assert [text[s:e] for s, e in sentences(text, 0)] == [
        "A quote from Westby Tree Care Ltd. (£450 plus VAT) was accepted.", "Westby Homes Ltd.", "It was agreed."]


def test_numbered_payments_are_no_sub_items(tmp_path):
    ex, _ = extract_text(tmp_path / "p.txt", TOWN_MINUTES + "9. Finance\n\n9.1 Westby Fencing Ltd – £450.00\n"
                         "9.2 Clerk's Salary – £850.00\n9.3 HMRC – £212.40\n\n10. Date of next meeting\nTo be agreed.\n")
    assert [a.number for a in ex.agenda_items] == ["9", "10"]


def test_an_appositive_holder_without_the_title_in_the_name(tmp_path):
    ex, _ = extract_text(tmp_path / "a.txt", TOWN_MINUTES + "1. HEALTH\nThe Board heard from the Director of Public Health, "
                         "Dr Amir Khan, that rates had fallen. The options were as set out by the Head of Planning, A. Refuse "
                         "the application or B. Defer it.\n")
    names = {p.name for p in ex.people}
    assert "Amir Khan" in names and not {n for n in names if n.startswith(("Dr ", "A. Refuse"))}, names
