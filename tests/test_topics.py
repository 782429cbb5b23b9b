"""Topic tagging of agenda items and reports (all text here is invented)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govgraph.loaders.topics import (
    TopicTagger,
    find_acronym_definitions,
    is_procedural,
    learn_frequent_topics,
    normalise_phrase,
)

CSE = {"CSE": "Child Sexual Exploitation"}


@pytest.fixture(scope="module")
def tagger() -> TopicTagger:
    return TopicTagger()


@pytest.mark.parametrize(
    "title",
    [
        "Apologies for Absence",
        "DECLARATIONS OF INTEREST",
        "Declaration of Pecuniary Interests",
        "Minutes of the previous meeting held on 2nd March, 2019 (Pages 1 - 8)",
        "MINUTES OF THE LAST MEETING",
        "Date and Time of the Next Meeting - Tuesday, 4th June, 2019 at 10.00 a.m.",
        "Exclusion of the Press and Public",
        "Urgent Business",
        "Any Other Business",
        "Communications",
        "Questions from Members of the Public and the Press",
        "To determine any item which the Chair is of the opinion should be considered as urgent",
        "",
    ],
)
def test_procedural_items_get_no_topics(tagger, title):
    assert is_procedural(title)
    assert tagger.topics(title, "The Chair thanked everyone for the detailed fostering report.") == []


def test_subject_items_are_not_procedural():
    assert not is_procedural("Minutes of the Adoption Panel: recruitment of adopters")
    assert not is_procedural("Early Help Strategy")


def test_acronym_and_expansion_give_the_same_topic(tagger):
    by_acronym = tagger.topics("CSE: progress report", acronyms=CSE)
    by_words = tagger.topics("Child Sexual Exploitation")
    assert by_acronym == ["child sexual exploitation"]
    assert "child sexual exploitation" in by_words


def test_differently_worded_items_share_a_topic(tagger):
    a = tagger.topics(
        "Update on the Child Sexual Exploitation strategy",
        "Officers outlined the refreshed strategy and the work of the new hub.",
        acronyms=CSE,
    )
    b = tagger.topics("CSE: progress report", "Members noted progress since the spring.", acronyms=CSE)
    assert "child sexual exploitation" in set(a) & set(b)


def test_acronym_defined_in_the_text_is_expanded(tagger):
    text = (
        "The Multi-Agency Referral Hub (MARH) opened in the spring. Referrals to the MARH rose. "
        "The MARH now screens every contact."
    )
    assert find_acronym_definitions(text) == {"MARH": "Multi Agency Referral Hub"}
    assert "multi agency referral hub" in tagger.topics("MARH performance", text)


def test_definition_must_spell_the_acronym():
    assert find_acronym_definitions("the new arrangements (XYZ) start soon") == {}
    assert find_acronym_definitions("Department for Education (DfE)") == {"DfE": "Department for Education"}
    assert find_acronym_definitions("the SENCO (Special Educational Needs Co ordinator)") == {
        "SENCO": "Special Educational Needs Co ordinator"
    }


def test_plural_and_singular_merge(tagger):
    assert tagger.topics("Foster Carer Allowances") == ["foster carer allowance"]
    assert "foster carer allowance" in tagger.topics("Review of the foster carer allowance")
    assert tagger.topics("Unannounced Inspections") == tagger.topics("Unannounced inspection")
    assert normalise_phrase("Adoption Inspections") == "adoption inspection"
    assert normalise_phrase("Residential Services") == "residential service"
    assert normalise_phrase("Local Authorities") == "local authority"
    assert normalise_phrase("Statutory Guidance Analysis") == "statutory guidance analysis"


def test_normalisation_drops_case_punctuation_possessives_and_dates():
    assert normalise_phrase("The Mayor's Foster Carers' Awards 2019/20") == "the mayor foster carers award"
    assert normalise_phrase("Youth Offending - 3rd March") == "youth offending"
    assert normalise_phrase("Children & Families") == "children and families"


def test_generic_words_and_numbers_are_not_topics(tagger):
    topics = tagger.topics("Annual Report 2019/20: Update", "The report was noted by members of the council.")
    assert topics == []
    topics = tagger.topics("Foster Carer Recruitment: Quarter 3 Update 2019")
    assert topics and all(not any(c.isdigit() for c in t) for t in topics)
    assert all(w not in ("update", "quarter", "report") for t in topics for w in t.split())


def test_title_topics_come_first_and_text_topics_must_recur(tagger):
    text = (
        "Councillor Amberley welcomed Ms Quill. The youth offending service had reduced first time "
        "entrants. The youth offending service would report again. Home visits continued."
    )
    topics = tagger.topics("Adolescent Mental Health", text)
    assert topics[0] == "adolescent mental health"
    assert "youth offending service" in topics
    assert not any("amberley" in t or "quill" in t or "welcomed" in t for t in topics)


def test_contained_phrase_dropped_unless_frequent():
    title = "Early Help Assessment Pilot"
    assert "early help" not in TopicTagger().topics(title)
    assert "early help" in TopicTagger(frequent_topics=["Early Help"]).topics(title)


def test_ignore_names(tagger):
    title = "Northbury Adoption Panel Annual Report"
    assert "northbury adoption" in tagger.topics(title)
    assert tagger.topics(title, ignore=["Northbury"]) == ["adoption"]
    topics = tagger.topics("Corporate Parenting Board: virtual school", ignore=["Corporate Parenting Board"])
    assert topics == ["virtual school"]


def test_learned_frequent_topics_link_items():
    items = [
        ("Safeguarding Adults Review", "", None),
        ("Safeguarding Adults Board Annual Report", "", None),
        ("Safeguarding in Schools", "", None),
    ]
    frequent = learn_frequent_topics(TopicTagger(), items, min_items=2)
    assert "safeguarding" in frequent
    tagger = TopicTagger(frequent_topics=frequent)
    assert all("safeguarding" in tagger.topics(t, x, a) for t, x, a in items)


def test_max_topics_and_long_text_are_bounded(tagger):
    text = "The kinship care allowance was reviewed. " * 2000
    topics = tagger.topics("Kinship Care Allowances", text, max_topics=2)
    assert 1 <= len(topics) <= 2
    assert topics[0] == "kinship care allowance"
    assert tagger.topics("Kinship Care", text, max_topics=0) == []


def test_deterministic(tagger):
    args = ("School Exclusions and Elective Home Education", "Exclusions rose. Exclusions fell. " * 5, CSE)
    first = tagger.topics(*args)
    assert all(tagger.topics(*args) == first for _ in range(3))
    assert TopicTagger().topics(*args) == first


@settings(max_examples=200, deadline=None)
@given(
    title=st.text(max_size=120),
    text=st.text(max_size=400),
    acronyms=st.dictionaries(st.text(max_size=6), st.text(max_size=30), max_size=3),
)
def test_topics_never_raise_and_are_clean(tagger, title, text, acronyms):
    topics = tagger.topics(title, text, acronyms=acronyms)
    assert isinstance(topics, list) and len(topics) <= 5
    assert len(set(topics)) == len(topics)
    for t in topics:
        assert t and t == t.strip() and t == t.lower()
        assert "  " not in t
