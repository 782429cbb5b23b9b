"""The shipped competency-question queries (govgraph/ontology/queries/*.rq) and graph/query.py.

Two layers:

- on ``tests/data/mini.trig`` (a small hand-made graph that follows ontology/README.md; its header
  says what it holds), every query runs and returns exactly the rows written down here;
- on the five corpus documents built with ``govgraph.graph.build.build``, cq01, cq02, cq03 and cq07
  answer every row of our gold (``tests/gold``), compared on the gold's facts with light
  normalisation (case, a leading "The", spacing, "&" = "and").
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govgraph.graph.query import (
    QUERY_DIR, QueryError, Result, find_query, format_csv, format_json, format_table, list_queries,
    load_query, page_note, rdf_term, run_query,
)
from govgraph.graph.store import EmbeddedStore

HERE = Path(__file__).resolve().parent
MINI = HERE / "data" / "mini.trig"
GOLD = HERE / "gold"
ID = "https://w3id.org/govgraph/id/"

ILSC = "Improving Lives Select Commission"
LSCB = "Local Safeguarding Children Board"
HWB = "Health and Wellbeing Board"
CPP = "Corporate Parenting Panel"
DOC_A, DOC_B, DOC_C = "ilsc-minutes-2014-04-30.txt", "ilsc-minutes-2014-06-11.txt", "lscb-minutes-2014-05-20.txt"


@pytest.fixture(scope="module")
def mini():
    store = EmbeddedStore(None)
    store.load_trig(MINI)
    return store


def ask(store, query, /, **params):
    return run_query(store, load_query(query, params))


def cols(result: Result, *names):
    """The rows as tuples of the given columns; "; "-joined lists are sorted (GROUP_CONCAT has no order)."""
    def value(v):
        if isinstance(v, str) and "; " in v:
            return "; ".join(sorted(v.split("; ")))
        return v
    return [tuple(value(r[n]) for n in names) for r in result.rows]


# --------------------------------------------------------------------------------------------
# Every query: header, parsing, defaults, parameters


QUERIES = list_queries()


def test_one_query_per_competency_question():
    assert [q.name for q in QUERIES] == [f"cq{i:02d}" for i in range(1, 11)]
    assert [q.file.name for q in QUERIES] == [
        "cq01_who_reported_what_to_whom.rq", "cq02_meeting_attendance.rq", "cq03_posts_held.rq",
        "cq04_body_relations.rq", "cq05_resolutions_and_reports_back.rq", "cq06_attendance_rate.rq",
        "cq07_acronyms_and_names.rq", "cq08_recurring_topics.rq", "cq09_governance_clarity.rq",
        "cq10_provenance.rq",
    ]


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_header(q):
    text = q.file.read_text(encoding="utf-8")
    assert text.startswith("# title: ")
    assert q.title and q.answers.startswith(f"CQ{int(q.name[2:])}.")
    assert "# graphs: the union of all named graphs as the default graph" in text
    assert q.columns, "the header lists the columns"
    for p in q.params:
        assert p.meaning, f"{p.name} says what it means"
    # every ?param_ variable is declared, and every declared parameter is used
    used = set(re.findall(r"\?param_(\w+)|#\[!?(\w+)\]|\{\{(\w+)\}\}", text))
    assert {n for names in used for n in names if n} == {p.name for p in q.params}


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_parses_in_both_engines(q):
    from rdflib.plugins.sparql import prepareQuery

    text = q.file.read_text(encoding="utf-8")
    prepareQuery(text)
    list(ox.Store().query(text))


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_file_runs_as_shipped(q, mini):
    """The file itself, parameter lines still comments, runs in any SPARQL tool and answers
    everything: the same rows as govgraph with every page limit lifted."""
    text = q.file.read_text(encoding="utf-8")
    pages = {name: "0" for name in q.pages}
    lifted = load_query(q.name, pages)
    assert run_query(mini, text).rows == run_query(mini, lifted).rows
    if not pages:
        assert load_query(q.name) == text


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_columns_as_documented(q, mini):
    result = ask(mini, q.name)
    assert result.vars == list(q.columns)
    assert result.rows, f"{q.name} answers something on mini.trig"


def test_find_query_by_name_number_or_path():
    assert find_query("cq1").name == find_query("1").name == find_query("CQ01").name == "cq01"
    assert find_query("cq07_acronyms_and_names").name == "cq07"
    path = QUERY_DIR / "cq04_body_relations.rq"
    assert find_query(str(path)).file == path
    with pytest.raises(QueryError, match="no query named"):
        find_query("cq99")


# --------------------------------------------------------------------------------------------
# Parameters are escaped, never pasted


NASTY = ['LSCB" } } #', 'a"b', "x\\", "}", ") } UNION { ?s ?p ?o } #", 'ILSC"^^<http://x> . }', "line\nbreak", "\\u0022"]


@pytest.mark.parametrize("value", NASTY)
def test_nasty_values_stay_literals(mini, value):
    for name, param in (("cq02", "body"), ("cq07", "name"), ("cq09", "issue"), ("cq01", "presenter")):
        text = load_query(name, {param: value})
        ox.Store().query(text)  # still parses
        assert ask(mini, name, **{param: value}).rows == []  # and matches nothing


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_text_round_trips_through_a_literal(value):
    store = ox.Store()
    (solution,) = list(store.query(f"SELECT ?v WHERE {{ VALUES ?v {{ {rdf_term(value, 'text')} }} }}"))
    assert solution["v"].value == value


def test_a_quote_in_a_value_is_matched_as_text(mini):
    store = EmbeddedStore(None)
    store.load_trig(MINI)
    store.replace_graph(f"{ID}document/extra", f"""
        <{ID}body/odd> a <http://www.w3.org/ns/org#Organization> ;
            <http://www.w3.org/2004/02/skos/core#prefLabel> "The \\"Odd\\" Board }}" ;
            <https://w3id.org/govgraph/ns#acronym> "O}}B" .
    """, "turtle")
    rows = ask(store, "cq07", name='The "Odd" Board }').rows
    assert sorted((r["name"], r["kind"]) for r in rows) == [("O}B", "acronym"), ('The "Odd" Board }', "name")]


def test_bad_parameters_are_refused():
    with pytest.raises(QueryError, match="unknown parameter 'bdy'"):
        load_query("cq02", {"bdy": "x"})
    with pytest.raises(QueryError, match="not a date"):
        load_query("cq02", {"date": "30/04/2014"})
    with pytest.raises(QueryError, match="not a date"):
        load_query("cq02", {"date": '2014-04-30"^^<x> } #'})
    with pytest.raises(QueryError, match="not an absolute IRI"):
        load_query("cq10", {"fact": "http://x> } #"})
    with pytest.raises(QueryError, match="not a whole number"):
        load_query("cq09", {"min_posts": "2) } #"})
    with pytest.raises(QueryError, match="not true or false"):
        load_query("cq05", {"requested": "maybe"})


def test_typed_values():
    assert rdf_term("2014-04-30", "date") == '"2014-04-30"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert rdf_term("http://example.org/a", "iri") == "<http://example.org/a>"
    assert rdf_term(None, "text") == "UNDEF"
    assert rdf_term("no", "boolean") == "false"


# --------------------------------------------------------------------------------------------
# Exact answers on mini.trig


def test_cq01_who_reported_what(mini):
    result = ask(mini, "cq01")
    assert cols(result, "presenter", "role", "item", "report", "body", "date", "document") == [
        ("Head of the School Effectiveness Service", "presenter", "61", None, ILSC, "2014-04-30", DOC_A),
        ("Caroline Webb", "presenter", "62", "Scrutiny Review of Looked After Children", ILSC, "2014-04-30", DOC_A),
        ("Clair Pyper", "presenter", "4", "Early Help Strategy", LSCB, "2014-05-20", DOC_C),
        ("Caroline Webb", "author", "7", "Looked After Children Attainment Report", ILSC, "2014-06-11", DOC_B),
        ("Clair Pyper", "presenter", "7", "Looked After Children Attainment Report", ILSC, "2014-06-11", DOC_B),
        ("Clair Pyper", "presenter", "9", "Early Help Strategy", ILSC, "2014-06-11", DOC_B),
    ]
    first = result.rows[0]
    assert (first["item_title"], first["quote"], first["start"], first["end"], first["fact"]) == (
        "School Effectiveness Update", "The Head of the School Effectiveness Service presented the update",
        1017, 1082, f"{ID}reporting/a-61")
    assert all(r["quote"] for r in result.rows)


def test_cq01_parameters(mini):
    assert cols(ask(mini, "cq01", body="lscb"), "presenter", "item") == [("Clair Pyper", "4")]
    assert cols(ask(mini, "cq01", presenter="webb"), "role", "item") == [("presenter", "62"), ("author", "7")]
    assert cols(ask(mini, "cq01", **{"from": "2014-05-01", "to": "2014-05-31"}), "item") == [("4",)]


def test_cq02_attendance(mini):
    result = ask(mini, "cq02", body="Select Commission", date="2014-04-30")
    assert cols(result, "body", "date", "person", "status", "quote") == [
        (ILSC, "2014-04-30", "Ali", "apologies", "Apologies for absence were received from Councillor Ali"),
        (ILSC, "2014-04-30", "G. A. Russell", "chair", "Councillor G. A. Russell (in the Chair)"),
        (ILSC, "2014-04-30", "Caroline Webb", "in_attendance", "Caroline Webb (Senior Scrutiny Adviser) was in attendance"),
        (ILSC, "2014-04-30", "Clair Pyper", "invited", "Clair Pyper had been invited"),
        (ILSC, "2014-04-30", "Ahmed", "present", "Councillors Ahmed"),
    ]
    assert {r["document"] for r in result.rows} == {DOC_A}
    assert len(ask(mini, "cq02").rows) == 11
    assert cols(ask(mini, "cq02", body="LSCB"), "person", "status") == [("Ahmed", "apologies"), ("Clair Pyper", "chair")]
    assert cols(ask(mini, "cq02", person="ahmed", status="apologies"), "body", "date") == [(LSCB, "2014-05-20")]


def test_meeting_pages(mini):
    """cq01 and cq02 answer a page of the latest meetings: a smaller page keeps the latest
    meetings only, still oldest first; 0 lifts the page; the rows of a page are a subset."""
    every = ask(mini, "cq02", meetings="0")
    assert {r["date"] for r in every.rows} == {"2014-04-30", "2014-05-20", "2014-06-11"}
    latest = ask(mini, "cq02", meetings="1")
    assert latest.rows and {r["date"] for r in latest.rows} == {"2014-06-11"}
    two = ask(mini, "cq02", meetings="2")
    assert [r["date"] for r in two.rows] == sorted(r["date"] for r in two.rows)
    assert {r["date"] for r in two.rows} == {"2014-05-20", "2014-06-11"}
    assert all(r in every.rows for r in two.rows)
    # the page is of meetings that match: the latest LSCB meeting, not the latest meeting
    assert {r["date"] for r in ask(mini, "cq01", body="LSCB", meetings="1").rows} == {"2014-05-20"}
    assert {r["date"] for r in ask(mini, "cq01", meetings="1").rows} == {"2014-06-11"}


def write_query(tmp_path, body: str, params: str) -> Path:
    path = tmp_path / "cq99_test.rq"
    path.write_text(f"# title: t\n# answers: CQ99. t\n{params}# column: s — s\n{body}", encoding="utf-8")
    return path


def test_parameter_lines(tmp_path):
    path = write_query(tmp_path, (
        "SELECT ?s WHERE {\n"
        "  VALUES (?param_name) { (UNDEF) }\n"
        "#[name]  ?s ?p ?param_name .\n"
        "  ?s ?p ?o .  #[!name]\n"
        "}\n"
        "#[page]  LIMIT {{page}}\n"), "# param: name — n; default: any\n# param: page (integer) — p; default: 5\n")
    text = load_query(path)  # page 5 on, name off
    assert "\n LIMIT 5\n" in text and "#[name]  ?s ?p ?param_name" in text and "\n  ?s ?p ?o .  #[!name]" in text
    text = load_query(path, {"name": "x", "page": "0"})  # name on, its negation off, page off
    assert "\n ?s ?p ?param_name ." in text and "\n#  ?s ?p ?o .  #[!name]" in text and "#[page]" in text
    ox.Store().query(text)
    with pytest.raises(QueryError, match="not a whole number"):
        load_query(path, {"page": "5 } #"})
    bad = write_query(tmp_path, "SELECT ?s WHERE { ?s ?p ?o }\n#[nmae] LIMIT 1\n", "# param: name — n; default: any\n")
    with pytest.raises(QueryError, match="unknown parameter 'nmae'"):
        load_query(bad)
    text_page = write_query(tmp_path, "SELECT ?s WHERE { ?s ?p ?o }\n#[name] LIMIT {{name}}\n", "# param: name — n; default: x\n")
    with pytest.raises(QueryError, match="must name an integer parameter"):
        load_query(text_page)


def test_page_note():
    assert page_note("cq01") == "cq01 answers a page: the latest 10 meetings recorded that match, oldest first (--param meetings=0 for all)"
    assert page_note("cq01", {"meetings": "10"}) == ""
    assert page_note("cq04") == ""


def test_cq03_posts(mini):
    assert cols(ask(mini, "cq03", person="Pyper"), "post", "organisation", "stated_on", "document") == [
        ("Independent Chair", LSCB, "2014-05-20", DOC_C),
        ("Director of Safeguarding, Children and Families", None, "2014-06-11", DOC_B),
        ("Independent Chair", LSCB, "2014-06-11", DOC_B),
    ]
    # who held a post over time
    assert cols(ask(mini, "cq03", post="vice-chair"), "person", "stated_on", "quote") == [
        ("Ahmed", "2014-04-30", "Councillor Ahmed (Vice-Chairperson)"),
        ("Ahmed", "2014-06-11", "Councillors Ahmed and Ali (Vice-Chairpersons)"),
        ("Ali", "2014-06-11", "Councillors Ahmed and Ali (Vice-Chairpersons)"),
    ]
    assert cols(ask(mini, "cq03", organisation="LSCB", to="2014-05-31"), "person") == [("Clair Pyper",)]
    assert len(ask(mini, "cq03").rows) == 9


def test_cq04_body_relations(mini):
    assert cols(ask(mini, "cq04"), "source", "relation", "target", "document") == [
        (CPP, "reports_to", LSCB, DOC_C),
        (CPP, "sub_group_of", "Cabinet", DOC_A),
        (HWB, "reports_to", LSCB, DOC_C),
        (HWB, "updates", ILSC, DOC_B),
        (ILSC, "reports_to", "Rotherham Metropolitan Borough Council", DOC_A),
        (LSCB, "reports_to", HWB, DOC_C),
    ]
    assert cols(ask(mini, "cq04", body="ILSC"), "source", "relation") == [(HWB, "updates"), (ILSC, "reports_to")]
    assert cols(ask(mini, "cq04", relation="sub_group_of"), "quote") == [("the Corporate Parenting Panel, a sub-group of Cabinet",)]


def test_cq05_resolutions_and_reports_back(mini):
    assert cols(ask(mini, "cq05"), "body", "date", "item", "requests_report", "reported_back", "back_date", "back_items") == [
        (ILSC, "2014-04-30", "61", False, None, None, None),
        (ILSC, "2014-04-30", "62", True, "yes", "2014-06-11", "2014-06-11 7. Looked After Children Attainment: Progress Report"),
        (LSCB, "2014-05-20", "3", True, "no", None, None),
        (ILSC, "2014-06-11", "7", False, None, None, None),
    ]
    requested = ask(mini, "cq05", requested="true")
    assert cols(requested, "item", "resolution") == [
        ("62", "a further report on the attainment of looked after children be submitted to a future meeting."),
        ("3", "the Board receive a report on children missing from care at its next meeting."),
    ]
    assert requested.rows[1]["quote"].startswith("Resolved:- That the Board receive")
    assert cols(ask(mini, "cq05", item="attainment"), "item") == [("62",), ("7",)]


def test_cq06_attendance_rate(mini):
    assert cols(ask(mini, "cq06"), "body", "person", "meetings", "attended", "apologies", "absent", "rate_percent", "documents") == [
        (ILSC, "Ahmed", 2, 2, 0, 0, 100, f"{DOC_A}; {DOC_B}"),
        (ILSC, "G. A. Russell", 2, 2, 0, 0, 100, f"{DOC_A}; {DOC_B}"),
        (ILSC, "Ali", 2, 1, 1, 0, 50, f"{DOC_A}; {DOC_B}"),
        (LSCB, "Clair Pyper", 1, 1, 0, 0, 100, DOC_C),
        (LSCB, "Ahmed", 1, 0, 1, 0, 0, DOC_C),
    ]
    # a period holding one meeting: Ali sent apologies to it
    assert cols(ask(mini, "cq06", body="ILSC", to="2014-05-01"), "person", "meetings", "attended", "rate_percent", "first_date") == [
        ("Ahmed", 1, 1, 100, "2014-04-30"), ("G. A. Russell", 1, 1, 100, "2014-04-30"), ("Ali", 1, 0, 0, "2014-04-30"),
    ]


def test_cq07_acronyms_and_names(mini):
    assert cols(ask(mini, "cq07", name="lscb"), "name", "kind", "body", "body_kind", "documents", "quote") == [
        ("LSCB", "acronym", LSCB, "board", f"{DOC_B}; {DOC_C}", "Local Safeguarding Children Board (LSCB)"),
        ("Safeguarding Board", "alias", LSCB, "board", DOC_C, None),
        (LSCB, "name", LSCB, "board", f"{DOC_B}; {DOC_C}", "Local Safeguarding Children Board (LSCB)"),
    ]
    assert cols(ask(mini, "cq07", kind="acronym"), "name", "body") == [("HWB", HWB), ("ILSC", ILSC), ("LSCB", LSCB)]
    assert len(ask(mini, "cq07").rows) == 11  # posts and topics have labels too, but are not bodies


def test_cq08_recurring_topics(mini):
    result = ask(mini, "cq08")
    assert cols(result, "topic", "bodies", "meetings", "body_names", "documents") == [
        ("looked after children", 2, 3, f"{ILSC}; {LSCB}", f"{DOC_A}; {DOC_B}; {DOC_C}"),
        ("early help", 2, 2, f"{ILSC}; {LSCB}", f"{DOC_B}; {DOC_C}"),
    ]
    assert sorted(result.rows[1]["items"].split("; ")) == [
        f"2014-05-20 {LSCB}: 4. Early Help Strategy", f"2014-06-11 {ILSC}: 9. Early Help Strategy"]
    assert cols(ask(mini, "cq08", min_meetings="1", topic="school"), "topic", "meetings") == [("school attainment", 1)]
    assert ask(mini, "cq08", min_bodies="3").rows == []


def test_cq09_governance_clarity(mini):
    assert cols(ask(mini, "cq09"), "issue", "subject", "detail", "count", "date", "documents") == [
        ("bouncing_report", "Early Help Strategy", f"{ILSC}; {LSCB}", 2, None, f"{DOC_B}; {DOC_C}"),
        ("many_posts", "Clair Pyper", "Director of Safeguarding, Children and Families; Independent Chair", 2, "2014-06-11", DOC_B),
        ("no_reporting_line", "Cabinet", "committee", 0, None, DOC_A),
        ("reporting_cycle", HWB, LSCB, 2, None, DOC_C),
        ("reporting_cycle", LSCB, HWB, 2, None, DOC_C),
        ("several_parents", CPP, f"Cabinet; {LSCB}", 2, None, f"{DOC_A}; {DOC_C}"),
        ("shared_post", "Vice-Chairperson", "Ahmed; Ali", 2, "2014-06-11", DOC_B),
    ]
    assert cols(ask(mini, "cq09", issue="no_reporting_line", kinds="committee council"), "subject") == [
        ("Cabinet",), ("Rotherham Metropolitan Borough Council",)]
    assert ask(mini, "cq09", issue="many_posts", min_posts="3").rows == []
    assert cols(ask(mini, "cq09", issue="shared_post", min_holders="1"), "subject", "date") == [
        ("Chairperson of the Improving Lives Select Commission", "2014-04-30"),
        ("Chairperson of the Improving Lives Select Commission", "2014-06-11"),
        ("Director of Safeguarding, Children and Families", "2014-06-11"),
        ("Independent Chair", "2014-05-20"),
        ("Independent Chair", "2014-06-11"),
        ("Senior Scrutiny Adviser", "2014-04-30"),
        ("Vice-Chairperson", "2014-04-30"),
        ("Vice-Chairperson", "2014-06-11"),
    ]


def test_cq10_provenance(mini):
    assert cols(ask(mini, "cq10", fact=f"{ID}reporting/a-62"), "type", "document", "source", "start", "end", "quote") == [
        ("Reporting", DOC_A, f"papers/{DOC_A}", 1099, 1193,
         "Caroline Webb, Senior Scrutiny Adviser, presented the Scrutiny Review of Looked After Children"),
    ]
    about_ali = ask(mini, "cq10", about=f"{ID}person/ali")
    assert cols(about_ali, "type", "document", "quote") == [
        ("Person", DOC_A, "Councillor Ali"),
        ("Attendance", DOC_A, "Apologies for absence were received from Councillor Ali"),
        ("Person", DOC_B, "Councillor Ali"),
        ("PostHolding", DOC_B, "Councillors Ahmed and Ali (Vice-Chairpersons)"),
        ("Attendance", DOC_B, "Ali"),
        # the line that names Ali as the report's contact (not the line that names its author)
        ("Attribution", DOC_B, "Contact: Ali"),
    ]
    assert cols(ask(mini, "cq10", type="bodyrelation", document=DOC_C, text="reports to the LSCB"), "fact") == [
        (f"{ID}relation/c-cpp-lscb",), (f"{ID}relation/c-hwb-lscb",)]


def test_mini_evidence_is_consistent(mini):
    rows = ask(mini, "cq10").rows
    assert len(rows) == 69
    assert all(r["end"] - r["start"] == len(r["quote"]) for r in rows)
    # every fact column of the other queries leads to its evidence through cq10
    facts = {r["fact"] for r in rows}
    for name in ("cq01", "cq02", "cq03", "cq04", "cq05"):
        assert {r["fact"] for r in ask(mini, name).rows} <= facts, name


# --------------------------------------------------------------------------------------------
# run_query and the formatters


def test_run_query_on_a_bare_pyoxigraph_store():
    store = ox.Store()
    store.load(path=str(MINI), format=ox.RdfFormat.TRIG)
    result = run_query(store, load_query("cq07", {"name": "HWB"}))
    assert cols(result, "name", "kind") == [("HWB", "acronym"), (HWB, "name")]


def test_formatters():
    result = Result(["name", "n", "quote"], [{"name": "LSCB", "n": 2, "quote": 'said "yes", then\nleft'},
                                              {"name": "ILSC", "n": None, "quote": None}])
    assert format_csv(result) == 'name,n,quote\nLSCB,2,"said ""yes"", then\nleft"\nILSC,,\n'
    assert json.loads(format_json(result)) == [{"name": "LSCB", "n": 2, "quote": 'said "yes", then\nleft'},
                                               {"name": "ILSC", "n": None, "quote": None}]
    assert format_table(result).splitlines() == [
        "name  n  quote",
        "----  -  ---------------------",
        'LSCB  2  said "yes", then left',
        "ILSC",
        "(2 rows)",
    ]
    assert format_table(result, max_width=8).splitlines()[2] == 'LSCB  2  said "y…'
    assert format_table(Result(["a"], [])).splitlines()[-1] == "(0 rows)"


# --------------------------------------------------------------------------------------------
# The corpus, built, against our gold


def norm(text) -> str:
    text = (text or "").lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"\s+", " ", text).strip(" .")
    return re.sub(r"^the\s+", "", text)


def same_or_within(a: str, b: str) -> bool:
    """Equal, or one a whole-word part of the other ("Chairperson" / "Chairperson of the ...")."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return re.search(r"(?<![\w'])" + re.escape(short) + r"(?![\w'])", long) is not None


# Gold facts the extraction does not produce (so no query can return them). They are
# extraction gaps, scored by tools/score.py; the query tests check everything else.
KNOWN_EXTRACTION_GAPS = {
    ("cq07", "000_638a4d24cbe0e603", "HMIP"):
        "the extractor names it \"Her Majesty's Inspectorate of Prisons\"; the gold, \"Her Majesty's Inspectors of Prisons\"",
    # Since issue 10 removed the rules written for single corpus sentences:
    ("cq01", "000_638a4d24cbe0e603", "The Senior Scrutiny Adviser: Member Development"):
        "item 64 is skipped in the public minutes' numbering; the rule that invented lost headings is gone",
    ("cq03", "002_1caf257daadf3ae3", "Helen Jenner"):
        "'DCS' as her post came from a list of the corpus's abbreviations, now removed",
}

@pytest.fixture(scope="module")
def corpus(corpus_store):
    store = corpus_store
    labels: dict[str, set[str]] = {}
    for row in run_query(store, """
            PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX gg: <https://w3id.org/govgraph/ns#>
            SELECT DISTINCT ?x ?label WHERE { ?x foaf:name|skos:prefLabel|skos:altLabel|gg:acronym ?label }""").rows:
        labels.setdefault(row["x"], set()).add(norm(row["label"]))
    return store, labels


def gold_files():
    return {Path(f).stem: json.loads(Path(f).read_text(encoding="utf-8")) for f in sorted(glob.glob(str(GOLD / "0*.json")))}


def test_corpus_cq01_every_gold_reporting(corpus):
    store, _ = corpus
    rows = ask(store, "cq01").rows
    missing = []
    for doc, gold in gold_files().items():
        for g in gold["reported"]:
            found = [r for r in rows
                     if r["date"] == g["meeting_date"] and norm(r["presenter"]) == norm(g["presenter"])
                     and norm(g["item"]) in {norm(r["item"]), norm(r["item_title"]), norm(r["report"])}
                     and norm(r["body"]) == norm(g["to_body"]) and r["quote"] and r["document"] == f"{doc}.txt"]
            if not found and ("cq01", doc, g["presenter"]) not in KNOWN_EXTRACTION_GAPS:
                missing.append((doc, g))
    assert sum(len(g["reported"]) for g in gold_files().values()) == 10
    assert missing == []


def test_corpus_every_gold_report_author_is_an_attribution_quoting_its_own_line(corpus):
    """Each gold author, approver, "from" or contact of a report is a prov:Attribution whose
    evidence is a line that names that person or post (not the line of another author of the
    same report), and cq01's author rows carry exactly those quotes."""
    store, labels = corpus
    rows = run_query(store, """
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX gg: <https://w3id.org/govgraph/ns#>
        PREFIX dct: <http://purl.org/dc/terms/> PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT ?fact ?title ?who ?role_iri ?quote ?doc WHERE {
          ?report dct:title ?title ; prov:qualifiedAttribution ?fact .
          ?fact prov:agent ?who ; prov:hadRole ?role_iri ; gg:evidence ?ev .
          ?ev oa:hasSource/dct:title ?doc ; oa:hasSelector/oa:exact ?quote }""").rows
    role_of = {"author": "AuthorRole", "approver": "ApproverRole", "lead_director": "ApproverRole",
               "contact": "ContactRole", "from": "FromRole"}

    def names(person: str, quote: str) -> bool:
        words = norm(person).split()
        return (words[-1] if len(words) <= 3 else norm(person)) in norm(quote)  # a surname, or a whole post

    missing = []
    for doc, gold in gold_files().items():
        for g in gold["report_authors"]:
            if ("authors", doc, g["person"]) in KNOWN_EXTRACTION_GAPS:
                continue
            hits = [r for r in rows
                    if r["doc"] == f"{doc}.txt" and norm(r["title"]) == norm(g["report"])
                    and norm(g["person"]) in labels.get(r["who"], set())
                    and r["role_iri"].endswith("#" + role_of[g["relation"]])]
            if not hits:
                missing.append(g)
            elif not all(names(g["person"], r["quote"]) for r in hits):
                missing.append((g, [r["quote"] for r in hits]))
    assert sum(len(g["report_authors"]) for g in gold_files().values()) == 10
    assert missing == []
    attributions = {r["fact"]: r for r in rows}
    authored = [r for r in ask(store, "cq01", meetings="0").rows if r["role"] != "presenter"]
    assert {r["role"] for r in authored} == {"author", "approver"}
    for r in authored:
        assert r["fact"] in attributions and r["quote"] in {a["quote"] for a in rows if a["fact"] == r["fact"]}
        assert names(r["presenter"], r["quote"]), r
    # an author of the report an agenda item discusses is listed with that item's reporting
    expected = set()
    for doc, gold in gold_files().items():
        numbers = {norm(i["title"]): i["number"] for i in gold["agenda_items"]}
        reported_items = {g["item"] for g in gold["reported"]}
        for g in gold["report_authors"]:
            number = numbers.get(norm(g["report"]))
            if g["relation"] in ("author", "approver", "from") and number in reported_items:
                expected.add((g["relation"], norm(g["person"]), number))
    assert len(expected) == 3  # the three officers who wrote "School Performance" (item 61)
    assert expected <= {(r["role"], norm(r["presenter"]), r["item"]) for r in authored}


def test_corpus_cq02_every_gold_attendance(corpus):
    store, labels = corpus
    rows = ask(store, "cq02").rows
    missing = []
    for doc, gold in gold_files().items():
        bodies = {m["date"]: m["body"] for m in gold["meetings"]}
        for g in gold["attendance"]:
            found = [r for r in rows
                     if r["date"] == g["meeting_date"] and r["status"] == g["status"]
                     and norm(g["person"]) in labels.get(r["person_iri"], {norm(r["person"])})
                     and norm(r["body"]) == norm(bodies[g["meeting_date"]]) and r["quote"]]
            if not found:
                missing.append((doc, g))
    assert sum(len(g["attendance"]) for g in gold_files().values()) == 62
    assert missing == []


def test_corpus_cq03_every_gold_post(corpus):
    """Post titles as the extractor cuts them may be longer or shorter than the gold's ("Chairperson"
    for "Chairperson of the Improving Lives Select Commission"; a compound post split in two): the
    test asks that the person's posts are there, matched as whole words either way."""
    store, labels = corpus
    rows = ask(store, "cq03").rows
    missing = []
    for doc, gold in gold_files().items():
        for person in gold["people"]:
            for role in person["roles"]:
                if not role["role"]:
                    continue
                found = [r for r in rows
                         if norm(person["name"]) in labels.get(r["person_iri"], set())
                         and same_or_within(r["post"], role["role"]) and r["document"] == f"{doc}.txt" and r["quote"]]
                if not found and ("cq03", doc, person["name"]) not in KNOWN_EXTRACTION_GAPS:
                    missing.append((doc, person["name"], role["role"]))
    assert missing == []


def test_corpus_cq07_every_gold_acronym(corpus):
    store, labels = corpus
    missing, known = [], []
    for doc, gold in gold_files().items():
        for body in gold["bodies"]:
            for acronym in body["acronyms"]:
                rows = ask(store, "cq07", name=acronym).rows
                names = {n for r in rows for n in labels.get(r["body_iri"], set())}
                found = [r for r in rows if r["kind"] == "acronym" and r["name"] == acronym
                         and any(same_or_within(body["name"], n) for n in labels.get(r["body_iri"], set()))]
                if found:
                    continue
                if (("cq07", doc, acronym)) in KNOWN_EXTRACTION_GAPS:
                    known.append((doc, acronym))
                else:
                    missing.append((doc, body["name"], acronym, sorted(names)))
    assert missing == []
    assert set(known) <= {(d, a) for (_, d, a) in KNOWN_EXTRACTION_GAPS}


# --------------------------------------------------------------------------------------------
# The command line: govgraph query


def test_cli_query_json_and_page_note(tmp_path, capsys):
    from govgraph import cli

    store = EmbeddedStore(tmp_path / "store")
    store.load_trig(MINI)
    store.close()
    assert cli.main(["query", "--name", "cq02", "--graph", str(tmp_path), "--param", "body=LSCB",
                     "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert [(r["person"], r["status"]) for r in json.loads(out)] == [("Ahmed", "apologies"), ("Clair Pyper", "chair")]
    assert "cq02 answers a page: the latest 20 meetings recorded that match, oldest first (--param meetings=0 for all)" in err
    assert cli.main(["query", "--name", "cq02", "--graph", str(tmp_path), "--param", "meetings=0",
                     "--format", "csv"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("body,date,person,status") and len(out.splitlines()) == 12
    assert err == ""
    assert cli.main(["query", "--name", "cq02", "--graph", str(tmp_path), "--param", "meetings=x"]) == 2
    assert "not a whole number" in capsys.readouterr().err


@pytest.mark.parametrize("q", [q for q in QUERIES if q.pages], ids=lambda q: q.name)
def test_a_page_is_part_of_the_whole_answer(q, corpus):
    """Every paged query on the corpus: each page is part of the whole answer (page 0), pages
    grow with their size, a small page already answers something, and a page as large as
    the corpus is the whole answer."""
    store, _ = corpus
    pages = q.pages
    extra = {"min_meetings": "1"} if q.name == "cq08" else {}  # no topic recurs in the corpus

    def rows(size: str) -> list:
        # "; "-joined lists in a canonical order (GROUP_CONCAT has none); cq06's rates are over
        # the page's meetings, so its rows are compared on who and where only
        out = []
        for r in ask(store, q.name, **{n: size for n in pages}, **extra).rows:
            r = {k: "; ".join(sorted(v.split("; "))) if isinstance(v, str) else v for k, v in r.items()}
            out.append((r["body"], r["person"]) if q.name == "cq06" else r)
        return out

    whole = rows("0")
    assert whole
    previous: list = []
    for size in ("1", "2", "3", "5"):
        page = rows(size)
        assert all(row in whole for row in page)
        assert all(row in page for row in previous)
        previous = page
    assert previous, "a page of 5 units answers something"
    assert sorted(map(str, rows("100000"))) == sorted(map(str, whole))
