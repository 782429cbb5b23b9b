"""People: list reading, names in running text, merging. All sentences are invented."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from govgraph.loaders.mentions import Mention, merge_mentions
from govgraph.loaders.people import find_people, parse_person_list
from govgraph.records import Document
from govgraph.loaders.posts import given_names, is_post


def people(text: str) -> list[tuple]:
    return [(m.name, m.title, m.role, m.organisation) for m in parse_person_list(text)]


def test_names_with_posts_and_an_outside_organisation():
    text = ("Amira Patel, Head of Housing Strategy, Tom Birch, Interim Service Manager for Youth Justice and "
            "Kate Lowe, Area Commander at Midshire Fire and Rescue Service")
    assert people(text) == [
        ("Amira Patel", None, "Head of Housing Strategy", None),
        ("Tom Birch", None, "Interim Service Manager for Youth Justice", None),
        ("Kate Lowe", None, "Area Commander", "Midshire Fire and Rescue Service"),
    ]


def test_posts_and_organisations_in_parentheses():
    text = ("Ruth Okafor (LGA, Peer Reviewer), Dan Shaw (Director of Children's Services Westbury), "
            "Ellen Ray (independent consultant), Mo Khan (Eastport City Council)")
    assert people(text) == [
        ("Ruth Okafor", None, "Peer Reviewer", "LGA"),
        ("Dan Shaw", None, "Director of Children's Services Westbury", None),
        ("Ellen Ray", None, "independent consultant", None),
        ("Mo Khan", None, None, "Eastport City Council"),
    ]


def test_councillors_list_with_hyphen_initials_and_mc():
    got = parse_person_list("Councillors Ames, Bell-Hart, K.Dunn, McAllister, O'Neill and Frost")
    assert [(m.name, m.title) for m in got] == [
        ("Ames", "Councillor"), ("Bell-Hart", "Councillor"), ("K. Dunn", "Councillor"),
        ("McAllister", "Councillor"), ("O'Neill", "Councillor"), ("Frost", "Councillor"),
    ]
    assert got[2].written == "K.Dunn"


def test_chair_marker_and_semicolons():
    got = parse_person_list("Present:- Councillor Ames (in the Chair); Councillors Bell, Cole and G.A. Dunn.")
    assert [(m.name, m.role) for m in got] == [("Ames", "Chair"), ("Bell", None), ("Cole", None), ("G. A. Dunn", None)]


def test_mayor_in_parentheses():
    text = "The Mayor (Councillor P. Quinn), Councillors Ames and Bell."
    got = parse_person_list(text)
    assert (got[0].name, got[0].title, got[0].role, got[0].written) == ("P. Quinn", "Councillor", "Mayor", "Councillor P. Quinn")
    assert [m.name for m in got[1:]] == ["Ames", "Bell"]


def test_co_opted_members_in_running_text_are_not_a_role():
    # (an attendance list gives the kind of membership as the post: test_attendance_lists_of_posts_...)
    assert people("Co-opted Member Mrs. R. Ellis") == [("R. Ellis", "Mrs", None, None)]
    assert people("Co-opted members: Mrs. Ellis and Mr. Grant") == [("Ellis", "Mrs", None, None), ("Grant", "Mr", None, None)]
    got = parse_person_list("Councillors Ames and Bell and Co-opted Member Mr. T. Ford.")
    assert [(m.name, m.title) for m in got] == [("Ames", "Councillor"), ("Bell", "Councillor"), ("T. Ford", "Mr")]


def test_dash_and_trailing_unit_stay_in_the_post():
    assert people("Lena Ward – Strategic Director, Adult Care and Housing") == [
        ("Lena Ward", None, "Strategic Director, Adult Care and Housing", None)]
    assert people("Joe Marsh, Senior Democratic Services Officer, Governance Directorate") == [
        ("Joe Marsh", None, "Senior Democratic Services Officer, Governance Directorate", None)]


def test_posts_without_names():
    got = parse_person_list("the Director of Public Health, the Head of Planning and the Principal Social Worker "
                            "(Adult Services Directorate)")
    assert [(m.name, m.role) for m in got] == [
        (None, "Director of Public Health"), (None, "Head of Planning"), (None, "Principal Social Worker")]
    assert got[2].unit == "Adult Services Directorate"


def test_two_plain_names():
    assert people("Alex Moore and Priya Sen") == [("Alex Moore", None, None, None), ("Priya Sen", None, None, None)]


def test_label_post_before_a_name():
    assert people("Vice-Chairperson: - Councillor Bell") == [("Bell", "Councillor", "Vice-Chairperson", None)]


def test_post_split_at_its_own_and_is_rejoined():
    assert people("Ann Lee, Policy and Performance Manager, ann.lee@example.org") == [
        ("Ann Lee", None, "Policy and Performance Manager", None)]


def test_acronym_after_a_post_is_dropped_and_organisation_then_post():
    assert people("Sam Hart, Interim Head of Special Needs (SEN) and Ravi Dev, Northshire Police (Vice-Chair)") == [
        ("Sam Hart", None, "Interim Head of Special Needs", None),
        ("Ravi Dev", None, "Vice-Chair", "Northshire Police"),
    ]


def test_offsets_are_document_offsets():
    text = "Apologies: Councillor Ames and Dana Cole, Clerk to the Panel."
    for m in parse_person_list(text, base=100):
        assert text[m.start - 100:m.end - 100] == m.written
        if m.role:
            assert text[m.role_start - 100:m.role_end - 100] == m.role


def test_opening_words_before_a_list_are_skipped():
    got = parse_person_list("Apologies for absence were received from Councillors Ames, Bell and Cole.")
    assert [m.name for m in got] == ["Ames", "Bell", "Cole"]


def test_is_post():
    for post in ("Interim Head of Youth Justice", "self employed consultant", "Cabinet Member for Housing",
                 "Chief Executive", "Deputy Leader", "SEND Project Lead"):
        assert is_post(post), post
    for other in ("Early Help", "South Yorkshire Police", "also the Director of Law", "Health and Wellbeing Board"):
        assert not is_post(other), other


# ------------------------------------------------------------------ running text

def test_find_people_in_running_text():
    text = ("The Chair welcomed Jo Bloggs, Head of Housing, and Councillor Ames to the meeting. Early Help "
            "and Children Services reported to South Yorkshire Police. Frank Lowe MP wrote to the Board.")
    got = [(m.name, m.role) for m in find_people(text)]
    assert got == [("Jo Bloggs", "Head of Housing"), ("Ames", None), ("Frank Lowe", None)]


def test_find_people_appositive_before_and_copula():
    text = "The report had been written by the previous Independent Chair, Sam Ray, and our Link Inspector, Ian Fox."
    got = [(m.name, m.role) for m in find_people(text)]
    assert got == [("Sam Ray", None), ("Ian Fox", "Link Inspector")]
    text = "The Reviewers were Ann Bell and Cara Dunn. Tom Ives was the Quality lead."
    got = [(m.name, m.role) for m in find_people(text)]
    assert got == [("Ann Bell", "Reviewer"), ("Cara Dunn", "Reviewer"), ("Tom Ives", "Quality lead")]


def test_component_marks_spans():
    import govgraph.loaders.people  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("gg_people")
    doc = nlp("Councillor G. A. Russell welcomed Nadia Price, Director of Schools. Sunday Trading was discussed.")
    assert [(s.text, s.label_) for s in doc.spans["people"]] == [
        ("Councillor G. A. Russell", "PERSON"), ("Nadia Price", "Director of Schools")]


# ------------------------------------------------------------------ merging

def _m(name, written, title=None, start=0, role=None):
    return Mention(name, written, title, role, None, start, start + len(written))


_DOC = Document("d.txt", "d.txt", "0" * 64, "x" * 400)


def test_merge_fullest_name_aliases_and_roles():
    ms = [
        _m("G. A. Russell", "Councillor G. A. Russell", "Councillor", 0, "Chair"),
        _m("Russell", "Councillor Russell", "Councillor", 50),
        _m("G. A. Russell", "Councillor G. A. Russell", "Councillor", 80, "Chairperson of the Panel"),
        _m("Christine Cassell", "Christine Cassell", None, 120, "Independent Chair"),
        _m("Christine", "Christine", None, 300),
    ]
    got = merge_mentions(ms, _DOC)
    assert [p.name for p in got] == ["G. A. Russell", "Christine Cassell"]
    assert "Councillor Russell" in got[0].aliases
    assert {r.role for r in got[0].roles} >= {"Chairperson of the Panel"}
    assert all(r.evidence.doc == "d.txt" for r in got[0].roles)
    assert "Christine" in got[1].aliases


def test_never_merge_a_bare_surname_with_two_candidates():
    ms = [
        _m("J. Jones", "Councillor J. Jones", "Councillor", 0),
        _m("K. Jones", "Councillor K. Jones", "Councillor", 30),
        _m("Jones", "Jones", None, 80),
    ]
    got = merge_mentions(ms, _DOC)
    assert sorted(p.name for p in got) == ["J. Jones", "Jones", "K. Jones"]


def test_never_merge_across_title_classes():
    # a councillor is not a "Mrs" of the same surname, nor a "Ms" with a given name
    ms = [_m("J. Jones", "Councillor J. Jones", "Councillor", 0), _m("Jones", "Mrs Jones", "Mrs", 40)]
    assert sorted(p.name for p in merge_mentions(ms, _DOC)) == ["J. Jones", "Jones"]
    ms = [_m("Browne", "Councillor Browne", "Councillor", 0), _m("Maureen Browne", "Ms Maureen Browne", "Ms", 40)]
    assert sorted(p.name for p in merge_mentions(ms, _DOC)) == ["Browne", "Maureen Browne"]
    ms = [_m("J. Jones", "Ms. J. Jones", "Ms", 0), _m("Jones", "Mr. Jones", "Mr", 40)]
    assert len(merge_mentions(ms, _DOC)) == 2


def test_merge_when_one_candidate_and_titles_agree():
    ms = [_m("J. Jones", "Ms. J. Jones", "Ms", 0), _m("Jones", "Mrs. Jones", "Mrs", 40)]
    assert [p.name for p in merge_mentions(ms, _DOC)] == ["J. Jones"]
    # an officer's rank is a title class of its own: the ranked surname is the named officer
    ms = [_m("David Sheahan", "David Sheahan", None, 0, "Chief Superintendent"),
          _m("Sheahan", "Chief Superintendent Sheahan", "Chief Superintendent", 60)]
    got = merge_mentions(ms, _DOC)
    assert [p.name for p in got] == ["David Sheahan"] and "Chief Superintendent Sheahan" in got[0].aliases
    ms = [_m("A. Khan", "Councillor A. Khan", "Councillor", 0), _m("B. Khan", "Councillor B. Khan", "Councillor", 9),
          _m("Khan", "Councillor Khan", "Councillor", 40)]
    assert len(merge_mentions(ms, _DOC)) == 3


def test_a_councillor_surname_is_not_an_officer_with_a_post():
    ms = [_m("Carmel Lynch", "Carmel Lynch", None, 0, "Senior Engineer"), _m("Lynch", "Councillor Lynch", "Councillor", 60)]
    assert sorted(p.name for p in merge_mentions(ms, _DOC)) == ["Carmel Lynch", "Lynch"]


@pytest.mark.parametrize("post", ["Chair", "Chair Person", "Vice-Chairman", "Cabinet Member for Finance", "Mayor"])
def test_a_councillor_surname_is_the_chair_named_in_full(post):
    # a panel's notes: "Chair Person: Ann Lee" at the top, "Councillor Lee" further down; a town
    # council's: "The Mayor, Ann Lee", then "Cllr Lee"
    ms = [_m("Ann Lee", "Ann Lee", None, 0, post), _m("Lee", "Councillor Lee", "Councillor", 60)]
    assert [p.name for p in merge_mentions(ms, _DOC)] == ["Ann Lee"]


def test_given_names_data():
    names = given_names()
    assert {"Christine", "Nathan", "Priya"} <= names and "Early" not in names and "Will" not in names


# ------------------------------------------------------------------ properties

@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_person_list_never_raises(text):
    for m in parse_person_list(text, 7):
        assert m.name or m.role
        if m.role:
            assert text[m.role_start - 7:m.role_end - 7] == m.role


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Councillor", "Cllr", "Mr.", "Ann", "Bell", "K.Dunn", ",", " and ", "(", ")", ";",
                                 "Head of", "Housing", "the", "Director", ":", "-", " ", "\n", "Co-opted Member",
                                 "at", "Police", "O'Neill", "MP"]), max_size=30))
def test_list_like_text_never_raises(parts):
    text = " ".join(parts)
    doc = Document("d.txt", "d.txt", "0" * 64, text)
    ms = [Mention(m.name, m.written, m.title, m.role, m.organisation, m.start, m.end)
          for m in parse_person_list(text) + find_people(text) if m.name]
    for p in merge_mentions(ms, doc):
        assert p.name and p.evidence.doc == "d.txt"


# ------------------------------------------------------------------ reference corpus (when present)

SHARED = Path(os.environ.get("GOVGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="reference corpus not beside the checkout")
def test_corpus_people_recall():
    """Every gold person of the reference corpus is found by find_people over its paragraphs."""
    from govgraph.loaders.pipeline import text_blocks

    found = missed = 0
    for gold_file in sorted((SHARED / "gold").glob("*.json")):
        text = (SHARED / "corpus" / (gold_file.stem + ".txt")).read_text(encoding="utf-8")
        doc = Document(gold_file.stem, gold_file.stem, "0" * 64, text)
        ms = [Mention(m.name, m.written, m.title, m.role, m.organisation, m.start, m.end)
              for s, e in text_blocks(text) for m in find_people(text[s:e], s)]
        names = {p.name for p in merge_mentions(ms, doc)}
        for p in json.loads(gold_file.read_text(encoding="utf-8"))["people"]:
            hit = p["name"] in names or any(a in names for a in p.get("aliases", []))
            found, missed = found + hit, missed + (not hit)
    assert found / (found + missed) >= 0.95


@pytest.mark.parametrize("written, role", [
    ("Senior Engineer replied as follows", "Senior Engineer"),
    ("Director of Social Development was", "Director of Social Development"),
    ("(in the Chair)", "Chair"),
    ("Consultant in Public Health (item 32)", "Consultant in Public Health"),
    ("Chief Fire Officer, for minute C/52/24", "Chief Fire Officer"),
    ("Head of Planning and Regeneration", "Head of Planning and Regeneration"),
    ("as a member", None),
    ("Deputy Leader, Upper Wendle District Council (substitute)", "Deputy Leader, Upper Wendle District Council"),
    ('"To ask the Senior Executive Engineer when the lights will be fixed', None),
    ("Director of Services): The Town Regeneration Officer", None),
    # a note on how the person sat, not the post
    ("Chairman of the Parish Council (presiding)", "Chairman of the Parish Council"),
    ("Democratic Services Officer (minutes)", "Democratic Services Officer"),
    ("Town Mayor, ex officio", "Town Mayor"),
    # the post of the one who spoke, before the name ("The Chair welcomed [X]"), is not X's
    ("Chair welcomed", None),
    ("who chairs", None),
    ("I attend as the Member representative", None),
    ("jointly", None),
    # a report's field label says what the person does for the paper, not their post
    ("Officer reporting", None),
    ("Contact officer", None),
    # a group's label given to one of its members
    ("Independent Co-opted Members", "Independent Co-opted Member"),
])
def test_a_post_ends_where_the_sentence_or_the_attendance_note_begins(written, role):
    from govgraph.loaders.mentions import clean_role

    assert clean_role(written) == role


@pytest.mark.parametrize("written, role", [("Cllr Ann Bell (Convener)", "Convener"), ("Cllr Tom Lyons (Cathaoirleach)", "Cathaoirleach")])
def test_the_chairs_word_as_written_is_the_post(written, role):
    from govgraph.loaders.names import name_form

    form = name_form(written)
    assert form.chair and form.role == role


@pytest.mark.parametrize("text, name", [
    ("The Chair welcomed Mr Owen\n\tBlakemore, Head of Community Services, to the meeting.", "Owen Blakemore"),
    ("Also attending was Dr Hywel\n    Brackley, Director of Primary Care.", "Hywel Brackley"),
])
def test_a_name_wrapped_onto_an_indented_line(text, name):
    assert name in {m.name for m in find_people(text)}


@pytest.mark.parametrize("text, name, role", [
    ("Head of Financial Reporting: Jane Smith", "Jane Smith", "Head of Financial Reporting"),
    ("The Contact Centre Manager (Tom Bell) attended.", "Tom Bell", "Contact Centre Manager"),
])
def test_a_post_that_holds_a_form_word_is_still_a_post(text, name, role):
    assert (name, role) in {(m.name, m.role) for m in find_people(text)}


@pytest.mark.parametrize("text, status, expected", [
    ("District Cllr Hugh Penn (Ashby District Council) until 8.40pm, Cllr A Ames (arrived at 7.45pm)", "in_attendance",
     [("Hugh Penn", "District Cllr", "in_attendance"), ("A. Ames", None, "in_attendance")]),
    ("Y Cynghorydd / Councillor R. Evans (Cadeirydd / Chair)", "present", [("R. Evans", "Chair", "chair")]),
    ("Ms. Ann Ryan, Director of Services, Roads, Transportation and Climate Action.", "in_attendance",
     [("Ann Ryan", "Director of Services, Roads, Transportation and Climate Action", "in_attendance")]),
    ("Mrs Jo Park (Town Clerk); Mr Lee Ray (Deputy Clerk). Members of the public: 3. Press: 0.", "in_attendance",
     [("Jo Park", "Town Clerk", "in_attendance"), ("Lee Ray", "Deputy Clerk", "in_attendance")]),
    ("Mr Tom Bell from 14 High Street, Ms Ann Cole", "present", [("Ann Cole", None, "present")]),
])
def test_attendance_lists_with_asides(text, status, expected):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines

    assert [(a.name, a.role, a.status) for a in parse_list(flatten(split_lines(text)), status)] == expected


@pytest.mark.parametrize("role, posts", [
    ("Head of Paid Service and Monitoring Officer", ["Head of Paid Service", "Monitoring Officer"]),
    # a body's name whose "and" is its own ("Police and Crime", "Fire and Rescue")
    ("Chief Executive, Office of the Police and Crime Commissioner", ["Chief Executive, Office of the Police and Crime Commissioner"]),
    ("Area Manager, Westshire Fire and Rescue Service", ["Area Manager, Westshire Fire and Rescue Service"]),
])
def test_compound_posts_split_only_between_posts(role, posts):
    from govgraph.loaders.mentions import split_posts

    assert split_posts(role) == posts


def test_a_street_is_no_person():
    from govgraph.loaders.people import find_people

    # a given name after a house number is a street's
    assert not find_people("1a Alma Grove\tSE1 5PY\n6 Willow Walk\tSE1 5SH")


@pytest.mark.parametrize("text, status, expected", [
    # a ";" group that opens with a post gives the post to the titled name after it
    ("The Mayor, Cllr Ann Ames (presiding); the Deputy Mayor, Councillor Bob Bell; Town Councillors C. Cole and D. Dunn",
     "present", [("Ann Ames", "The Mayor", "chair"), ("Bob Bell", "the Deputy Mayor", "present"),
                 ("C. Cole", "Town Councillors", "present"), ("D. Dunn", None, "present")]),
    ("Chair of the Trust, Dr Eve Eyre; the Vice-Chair, Mr Fred Ford", "present",
     [("Eve Eyre", "Chair of the Trust", "present"), ("Fred Ford", "the Vice-Chair", "present")]),
    # stacked and honorific titles, the article before them, and "and from"
    ("Councillors O'Dowd and Bell, and from the Revd Canon Ann Amory, Rector of Weston", "apologies",
     [("O'Dowd", None, "apologies"), ("Bell", None, "apologies"), ("Ann Amory", "Rector of Weston", "apologies")]),
    ("the Rt Hon Tom Hart MP and the Venerable Jo Lake", "in_attendance",
     [("Tom Hart", None, "in_attendance"), ("Jo Lake", None, "in_attendance")]),
    # a title before the title: one entry, not a post for the name before it
    # (the kind of membership is the member's post, as the genre's annotators read it)
    ("Councillors Ames and Bell, and Co-opted Member Mrs. S. Farr", "present",
     [("Ames", None, "present"), ("Bell", None, "present"), ("S. Farr", "Co-opted Member", "present")]),
    ("Cllr Ames; Independent Co-opted Members Mr Cy Cole and Ms Diane Dee", "present",
     [("Ames", None, "present"), ("Cy Cole", "Independent Co-opted Member", "present"),
      ("Diane Dee", "Independent Co-opted Member", "present")]),
    # a letterhead's address and contact details are no attendees
    ("Mrs Sandra Pike, 4 Orchard Rise, Ayton, Westshire AY7 3QD", "in_attendance", [("Sandra Pike", None, "in_attendance")]),
    ("Mr Tom Reed   Tel 01632 960577   clerk@weston-tc.example", "in_attendance", [("Tom Reed", None, "in_attendance")]),
    ("Cllr Bob Bell, 3 Parish Councillors", "present", [("Bob Bell", None, "present")]),
])
def test_attendance_lists_of_posts_titles_and_letterheads(text, status, expected):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines

    assert [(a.name, a.role, a.status) for a in parse_list(flatten(split_lines(text)), status)] == expected


@pytest.mark.parametrize("written, role, organisation", [
    ("Diane Whit (Police and Crime Commissioner for Westshire)", "Police and Crime Commissioner for Westshire", None),
    ("Jo Bell (Fire Authority Chair of the Vale)", "Fire Authority Chair of the Vale", None),
    ("Jo Bell (Police Service of Northern Ireland)", None, "Police Service of Northern Ireland"),
])
def test_a_post_in_brackets_may_end_in_its_place(written, role, organisation):
    from govgraph.loaders.names import name_form

    form = name_form(written)
    assert (form.role, form.organisation) == (role, organisation)


def test_a_table_row_of_name_post_and_body_with_a_chairs_mark():
    from govgraph.loaders.attendance import read_sections
    from govgraph.loaders.lines import split_lines

    text = ("ATTENDEES\nName\tRole\tOrganisation\tInitials\n"
            "Cllr Ann Ames (Chair)\tCabinet Member for Communities\tWestby Borough Council\tAA\n"
            "Ch Supt Bob Bell (Vice-Chair)\tDistrict Commander, Westby\tWestshire Police\tBB\n"
            "Cy Cole\tPolicy and Commissioning Manager\tOffice of the Police and Crime Commissioner for Westshire\tCC\n")
    got = [(a.name, a.status, a.role, a.more_roles) for a in read_sections(text, split_lines(text))]
    assert got == [("Ann Ames", "chair", "Cabinet Member for Communities", ["Chair"]),
                   ("Bob Bell", "present", "District Commander, Westby", ["Vice-Chair"]),
                   ("Cy Cole", "present", "Policy and Commissioning Manager", [])]


@pytest.mark.parametrize("text, status, expected", [
    ("Mr D J Ellery (Chairman of the Council), Mrs K R Bassey", "present",
     [("D. J. Ellery", "chair"), ("K. R. Bassey", "present")]),
    ("Appointed by the Secretary of State, Mr Tom Hart, Mrs Ann Cole", "present", [("Tom Hart", "present"), ("Ann Cole", "present")]),
])
def test_initials_without_dots_and_a_groups_heading(text, status, expected):
    from govgraph.loaders.attendance import parse_list
    from govgraph.loaders.lines import flatten, split_lines

    assert [(a.name, a.status) for a in parse_list(flatten(split_lines(text)), status)] == expected


def test_a_welcome_list_does_not_cut_a_body_at_its_and(tmp_path):
    from govgraph.loaders.cues import welcomed

    text = ("The Chairman welcomed Helen Marsh, Director of Care at the Westby and Fenwold Integrated Care Board, "
            "and Dr Amrit Bassi, Medical Director, to the meeting.")
    assert [e.name for e in welcomed(text, 0)] == ["Helen Marsh", "Amrit Bassi"]


def test_a_members_row_naming_the_committee_they_chair():
    from govgraph.loaders.attendance import read_sections
    from govgraph.loaders.lines import split_lines

    text = ("Present:\nChairs of Strategic Policy Committees:\n\tCllr Ann Ames\tHousing and Community Development SPC\n"
            "\tCllr Bob Bell\tRoads, Transportation and Infrastructure SPC\n"
            "\tCllr Cy Cole\tEconomic Development, Enterprise and Tourism Committee (remotely)\n")
    assert [a.name for a in read_sections(text, split_lines(text))] == ["Ann Ames", "Bob Bell", "Cy Cole"]


def test_an_initial_in_brackets_tells_two_members_of_one_surname_apart():
    assert [(m.name, m.organisation) for m in parse_person_list("Councillors O'Sullivan (T), Hartigan (S) and Ryan (M).")] == [
        ("T. O'Sullivan", None), ("S. Hartigan", None), ("M. Ryan", None)]


def test_a_co_chair_in_the_chair_and_a_business_tables_header_below_the_apologies():
    from govgraph.loaders.attendance import read_sections
    from govgraph.loaders.lines import split_lines

    text = ("Members present\tOrganisation / role\tInitials\n"
            "Cllr Ann Ames\tLeader, Westby City Council (Co-Chair - in the chair)\tAA\n"
            "Professor Bob Bell\tChair, NHS Westby ICB (Co-Chair)\tBB\n\nApologies\nCy Cole\tChief Executive, Westby Trust\tCC\n\n"
            "Item\tDiscussion\tDecision\tLead\n")
    got = {(a.name, a.status) for a in read_sections(text, split_lines(text))}
    assert got == {("Ann Ames", "chair"), ("Bob Bell", "present"), ("Cy Cole", "apologies")}


@pytest.mark.parametrize("sentence", [
    "An apology for absence was received from Councillor D. Pike (Westby District Council).",
    "Apologies for absence were received from Councillor D. Pike.",
])
def test_one_apology_or_several(sentence):
    from govgraph.loaders.attendance import apologies_in_prose

    assert [(a.name, a.status) for a in apologies_in_prose(sentence, 0, len(sentence))] == [("D. Pike", "apologies")]


@pytest.mark.parametrize("text, expected", [
    ("PRESENT: Councillors Bell, Howard and Thomas\nJo Park (Clerk)\n",
     {("Bell", "present"), ("Howard", "present"), ("Thomas", "present"), ("Jo Park", "present")}),
    ("Present:\nAnn Bell\tDirector of Public Health\tRhodri Evans\tHead of Housing\nTom Ray\tWestby Council\tBev Moss\tHealthwatch Westby\n",
     {("Ann Bell", "present"), ("Rhodri Evans", "present"), ("Tom Ray", "present"), ("Bev Moss", "present")}),
    ("In attendance: Jo Park (Clerk) and Ann Lee (Director), at the invitation of the Chair\n",
     {("Jo Park", "in_attendance"), ("Ann Lee", "in_attendance")}),
    ("In attendance: Jo Park (Clerk), 3 Local Residents, Ann Lee, Tom Ray\n",
     {("Jo Park", "in_attendance"), ("Ann Lee", "in_attendance"), ("Tom Ray", "in_attendance")}),
])
def test_review5_lists_a_rule_of_this_session_broke(text, expected):
    from govgraph.loaders.attendance import read_sections
    from govgraph.loaders.lines import split_lines

    assert {(a.name, a.status) for a in read_sections(text, split_lines(text)) if a.name} == expected


@pytest.mark.parametrize("written, kept", [
    # what a list's text between names can hold that is no post
    ("within the parish of Kelby", None),
    ("J Penhale", None),
    ("Chair of", "Chair"),  # (the body on the next line)
    ("Clerk, and RFO", "Clerk, and RFO"),
    ("annual performance report on the", None),
    ("Chair, and Tom Reid of the Mill Lane Campaign", "Chair"),
    ("Chair, and Mr Reid of the Mill Lane Campaign", "Chair"),
    # posts a line break cut, and two posts joined by ", and": kept as written
    ("Head of Commercial Services at the Borough of", "Head of Commercial Services at the Borough"),
    ("Council's representative on", "Council's representative"),
    ("Chair of Finance, and Vice-Chair of Audit", "Chair of Finance, and Vice-Chair of Audit"),
])
def test_a_role_that_is_no_post_is_dropped_or_cut(written, kept):
    from govgraph.loaders.mentions import clean_role
    assert clean_role(written) == kept


@pytest.mark.parametrize("text, name", [
    ("Rowan Vale Enterprise Taskforce and the members", None),  # a body's name opening with a given name
    ("Jo Park Executive Director of Place", "Jo Park"),  # a post after the name, though it ends in a body's word
])
def test_a_name_that_opens_a_body_is_no_person(text, name):
    from govgraph.loaders.cues import split_people
    assert [e.name for e in split_people(text, 0) if e.name] == ([name] if name else [])


@pytest.mark.parametrize("text, expected", [
    # a table's rows read as running text: the name stops at its cell; a post in the next cell is hers
    ("Cllr Toby Wren\tKelby District Council\tVice-Chair\nCllr Ann Foulkes\tAshby Borough Council\n",
     [("Toby Wren", None), ("Ann Foulkes", None)]),
    ("LEAD OFFICER\tJo Ray\tHead of Planning & Transport\n\nCONTACT\tTom Vane\tWestby Borough Council\n",
     [("Jo Ray", "Head of Planning & Transport"), ("Tom Vane", None)]),
])
def test_a_name_stops_at_its_tables_cell(text, expected):
    assert [(m.name, m.role) for m in find_people(text)] == expected
