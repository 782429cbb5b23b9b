"""The governance-clarity audit (govgraph/graph/audit.py, audit_html.py).

Three layers:

- a tiny hand-made graph written here (TriG) with one case per check: a reporting cycle, a body
  with two parents, a board with no reporting line, a person with two posts on one date, a post
  held by two people, requested reports that do and do not come back, names, attendance, a
  "clarity of roles" sentence, and a body named like an HTML injection;
- tests/data/mini.trig: the audit agrees with the shipped query cq09 on the same graph;
- the five corpus documents built with ``govgraph.graph.build.build`` (skipped when
  ../shared/corpus is absent): the findings a careful reader finds there, listed in
  tests/data/audit_expected.json (derived from tests/gold, not from the audit's output).
"""

from __future__ import annotations

import glob
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from govgraph.graph.audit import (
    AuditOptions, audit_to_json, clarity_sentences, name_key, requests_report, run_audit, write_audit,
)
from govgraph.graph.query import answer
from govgraph.graph.store import EmbeddedStore

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
MINI = HERE / "data" / "mini.trig"
XSS = "<img src=x onerror=alert(1)>"

# --------------------------------------------------------------------------------------------
# A tiny graph, written with a few helpers

PREFIXES = """@prefix gg: <https://w3id.org/govgraph/ns#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <http://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/id/> .
"""


def lit(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


class Tiny:
    """Writes one named graph (one document) of govgraph-shaped triples."""

    def __init__(self, doc: str = "tiny.txt"):
        self.doc = doc
        self.lines: list[str] = [f"ex:doc a gg:Document ; dct:title {lit(doc)} ."]
        self.n = 0

    def ev(self, node: str, quote: str) -> None:
        self.n += 1
        e = f"ex:ev{self.n}"
        start = self.n * 100
        self.lines.append(
            f"{node} gg:evidence {e} . {e} a oa:SpecificResource ; oa:hasSource ex:doc ; "
            f"oa:hasSelector [ a oa:TextPositionSelector ; oa:start {start} ; oa:end {start + len(quote)} ], "
            f"[ a oa:TextQuoteSelector ; oa:exact {lit(quote)} ] .")

    def body(self, key: str, name: str, kind: str = "board", alt=(), acronym=(), quote: str | None = None) -> str:
        node = f"ex:body-{key}"
        self.lines.append(f"{node} a org:Organization ; skos:prefLabel {lit(name)} ; gg:bodyKind {lit(kind)} .")
        for a in alt:
            self.lines.append(f"{node} skos:altLabel {lit(a)} .")
        for a in acronym:
            self.lines.append(f"{node} gg:acronym {lit(a)} .")
        self.ev(node, quote or name)
        return node

    def relation(self, source: str, rel: str, target: str, quote: str) -> None:
        self.n += 1
        prop = {"reports_to": "org:reportsTo", "sub_group_of": "org:subOrganizationOf",
                "delegates_to": "gg:delegatesTo", "updates": "gg:updates"}[rel]
        node = f"ex:rel{self.n}"
        self.lines.append(f"{node} a gg:BodyRelation ; gg:source {source} ; gg:target {target} ; "
                          f"gg:relationType {prop} . {source} {prop} {target} .")
        self.ev(node, quote)

    def holding(self, person: str, name: str, post: str, title: str, day: str) -> None:
        self.n += 1
        node = f"ex:hold{self.n}"
        self.lines.append(f"{person} a foaf:Person ; foaf:name {lit(name)} . {post} a org:Post ; skos:prefLabel {lit(title)} .")
        self.lines.append(f"{node} a gg:PostHolding ; gg:holder {person} ; gg:post {post} ; gg:statedIn ex:doc ; "
                          f"gg:statedOn {lit(day)}^^xsd:date .")
        self.ev(node, f"{name}, {title}")

    def meeting(self, key: str, body: str, day: str) -> str:
        node = f"ex:meeting-{key}"
        self.lines.append(f"{node} a gg:Meeting ; schema:organizer {body} ; schema:startDate {lit(day)}^^xsd:date .")
        return node

    def item(self, key: str, meeting: str, number: str, title: str) -> str:
        node = f"ex:item-{key}"
        self.lines.append(f"{node} a gg:AgendaItem ; gg:meeting {meeting} ; gg:itemNumber {lit(number)} ; dct:title {lit(title)} .")
        self.ev(node, f"{number}. {title}")
        return node

    def resolution(self, key: str, meeting: str, item: str, text: str, flag: bool) -> None:
        node = f"ex:res-{key}"
        self.lines.append(f"{node} a gg:Resolution ; gg:meeting {meeting} ; gg:item {item} ; gg:text {lit(text)} ; "
                          f"gg:requestsReport {'true' if flag else 'false'} .")
        self.ev(node, text)

    def attendance(self, person: str, name: str, meeting: str, status: str) -> None:
        self.n += 1
        node = f"ex:att{self.n}"
        self.lines.append(f"{person} a foaf:Person ; foaf:name {lit(name)} .")
        self.lines.append(f"{node} a gg:Attendance ; gg:person {person} ; gg:meeting {meeting} ; gg:status gg:{status} .")
        self.ev(node, f"Councillor {name}")

    def store(self) -> EmbeddedStore:
        store = EmbeddedStore(None)
        store.replace_graph("http://example.org/id/doc", PREFIXES + "\n".join(self.lines), "turtle")
        return store


@pytest.fixture(scope="module")
def tiny():
    t = Tiny()
    council = t.body("council", "Wendham Borough Council", kind="council")
    a = t.body("a", "Alpha Board")
    b = t.body("b", "Beta Board")
    c = t.body("c", "Gamma Panel", kind="committee")
    d = t.body("d", "Delta Group", kind="partnership")
    e = t.body("e", "Epsilon Committee", kind="committee")
    f = t.body("f", "Zeta Board")
    t.body("lonely", "Lonely Board")
    t.body("svc", "Housing Service", kind="service")  # a service needs no reporting line
    t.body("xss", XSS)
    t.relation(a, "reports_to", b, "The Alpha Board reports to the Beta Board.")
    t.relation(b, "sub_group_of", c, "The Beta Board is a sub-group of the Gamma Panel.")
    t.relation(c, "reports_to", a, "The Gamma Panel reports to the Alpha Board.")
    t.relation(d, "reports_to", e, "The Delta Group reports to the Epsilon Committee.")
    t.relation(f, "delegates_to", d, "The Zeta Board delegates its work to the Delta Group.")
    t.relation(e, "reports_to", council, "The Epsilon Committee reports to full Council.")
    t.relation(f, "updates", council, "The Zeta Board updates Council.")  # not a reporting line
    # names
    t.body("lscb", "Wendham Local Safeguarding Children Board", alt=["Local Safeguarding Children Board"], acronym=["LSCB"])
    t.body("hw1", "Health and Wellbeing Board")
    t.body("hw2", "Wendham Health and Wellbeing Board")
    t.body("sf1", "Schools Forum", kind="other")
    t.body("sf2", "School's Forum", kind="other")
    t.body("ct", "Children's Trust Board", quote="Children's Trust Board")
    t.body("ldp", "Learning Disability Partnership", kind="partnership")
    # a sentence saying roles need clarifying, as the evidence of a body mention
    t.ev("ex:body-ct", "Clarity of roles and responsibilities around strategic boards eg Children's Trust Board "
                       "and the Learning Disability Partnership.")
    # posts
    t.holding("ex:p1", "Ann Able", "ex:post-dir", "Director of Housing", "2024-01-10")
    t.holding("ex:p1", "Ann Able", "ex:post-mo", "Monitoring Officer", "2024-01-10")
    t.holding("ex:p1", "Ann Able", "ex:post-mo", "Monitoring Officer", "2024-05-01")
    t.holding("ex:p2", "Bob Bell", "ex:post-cm", "Cabinet Member", "2024-01-10")
    t.holding("ex:p3", "Cat Cole", "ex:post-cm", "Cabinet Member", "2024-01-10")
    t.holding("ex:p4", "Dan Dee", "ex:post-cm", "Cabinet Member", "2024-05-01")
    t.holding("ex:p5", "Eve East", "ex:post-ic", "Independent Chair", "2024-01-10")
    t.holding("ex:p5", "Eve East", "ex:post-ic2", "Independent Chair, Alpha Board", "2024-01-10")
    # requested reports
    m1 = t.meeting("m1", e, "2024-01-10")
    m2 = t.meeting("m2", e, "2024-03-10")
    m3 = t.meeting("m3", a, "2024-02-01")
    i1 = t.item("i1", m1, "5", "Home to school transport")
    i2 = t.item("i2", m1, "6", "Budget monitoring")
    t.item("i3", m2, "3", "School transport for children with special needs: update")
    t.item("i4", m2, "4", "Libraries")
    i5 = t.item("i5", m3, "2", "Fostering")
    t.resolution("r1", m1, i1, "a further report on school transport for children with special needs be submitted "
                               "to the Committee in March.", False)
    t.resolution("r2", m1, i2, "the Strategic Director be asked to report on the leisure centre overspend.", False)
    t.resolution("r3", m3, i5, "a report be brought back on foster carer recruitment.", True)
    t.resolution("r4", m1, i2, "the Quarter 3 progress report be noted.", True)
    t.resolution("r5", m1, i2, "the report be noted.", False)
    # attendance
    t.attendance("ex:c1", "Hill", m1, "Chair")
    t.attendance("ex:c1", "Hill", m2, "Present")
    t.attendance("ex:c2", "Stone", m1, "Present")
    t.attendance("ex:c2", "Stone", m2, "Apologies")
    return run_audit(t.store())


def finding_subjects(audit, check_id):
    return [f.subjects for f in audit.check(check_id).findings]


def test_tiny_reporting_cycle(tiny):
    cycles = tiny.check("reporting_cycle").findings
    assert [f.subjects for f in cycles] == [["Alpha Board", "Beta Board", "Gamma Panel"]]
    quotes = {e.quote for e in cycles[0].evidence}
    assert "The Gamma Panel reports to the Alpha Board." in quotes and len(quotes) == 3


def test_tiny_several_parents(tiny):
    # the Zeta Board delegates to the Delta Group: a parent, as the Epsilon Committee is
    found = {f.subjects[0]: f for f in tiny.check("several_parents").findings}
    assert set(found) == {"Delta Group"}
    assert found["Delta Group"].details["parents"] == ["Epsilon Committee", "Zeta Board"]
    assert {e.quote for e in found["Delta Group"].evidence} == {
        "The Delta Group reports to the Epsilon Committee.", "The Zeta Board delegates its work to the Delta Group."}


def test_tiny_no_reporting_line(tiny):
    flagged = {s[0] for s in finding_subjects(tiny, "no_reporting_line")}
    assert {"Lonely Board", "Zeta Board", XSS, "Health and Wellbeing Board"} <= flagged
    # reporting lines stated, a service, a council: not flagged; an "updates" line is not a reporting line
    assert not flagged & {"Alpha Board", "Delta Group", "Epsilon Committee", "Housing Service", "Wendham Borough Council"}
    lonely = next(f for f in tiny.check("no_reporting_line").findings if f.subjects[0] == "Lonely Board")
    assert lonely.evidence and lonely.evidence[0].quote == "Lonely Board"


def test_tiny_many_posts(tiny):
    many = tiny.check("many_posts").findings
    assert [(f.subjects[0], f.details["date"], f.details["posts"]) for f in many] == [
        ("Ann Able", "2024-01-10", ["Director of Housing", "Monitoring Officer"])]
    # "Independent Chair" and "Independent Chair, Alpha Board" are one post; another date is another time
    assert len(many[0].evidence) == 2


def test_tiny_shared_post(tiny):
    shared = tiny.check("shared_post").findings
    assert [(f.subjects[0], f.details["date"], f.details["holders"]) for f in shared] == [
        ("Cabinet Member", "2024-01-10", ["Bob Bell", "Cat Cole"])]


def test_tiny_names(tiny):
    several = {f.details["body_iri"].rsplit("/", 1)[-1]: f for f in tiny.check("several_names").findings}
    assert set(several) == {"body-lscb"}
    assert [n["name"] for n in several["body-lscb"].details["names"]] == [
        "Wendham Local Safeguarding Children Board", "LSCB", "Local Safeguarding Children Board"]
    maybe = sorted(sorted(f.subjects) for f in tiny.check("possibly_same_body").findings)
    assert ["Health and Wellbeing Board", "Wendham Health and Wellbeing Board"] in maybe
    assert ["School's Forum", "Schools Forum"] in maybe
    # different bodies that merely share a kind word are not linked
    assert not any("Alpha Board" in m for m in maybe)


def test_tiny_requested_reports(tiny):
    found = {f.details["text"][:30]: f for f in tiny.check("report_not_returned").findings}
    # r1 came back on 10 March (shared words: school, transport, special, need, children)
    assert not any(k.startswith("a further report on school") for k in found)
    assert found["the Strategic Director be aske"].details["status"] == "not_found"
    assert found["the Strategic Director be aske"].details["detected_by"] == ["text rule"]
    assert found["a report be brought back on fo"].details["status"] == "no_later_meeting"
    assert found["a report be brought back on fo"].details["detected_by"] == ["graph", "text rule"]
    # flagged by the graph but only noting: not a request; plain noting: not a request
    assert len(found) == 2
    assert tiny.check("report_not_returned").checked == 5


def test_tiny_attendance(tiny):
    rows = {f.details["person"]: f.details for f in tiny.check("attendance").findings}
    assert (rows["Hill"]["attended"], rows["Hill"]["meetings"], rows["Hill"]["rate_percent"]) == (2, 2, 100)
    assert (rows["Stone"]["attended"], rows["Stone"]["apologies"], rows["Stone"]["rate_percent"]) == (1, 1, 50)
    assert rows["Stone"]["records"] == [{"date": "2024-01-10", "status": "present"},
                                        {"date": "2024-03-10", "status": "apologies"}]
    # lowest rate first
    assert [f.details["person"] for f in tiny.check("attendance").findings] == ["Stone", "Hill"]


def test_tiny_role_clarity_from_evidence_quotes(tiny):
    found = tiny.check("role_clarity").findings
    assert [f.subjects[0] for f in found] == ["Children's Trust Board", "Learning Disability Partnership"]
    assert all(f.evidence[0].quote.startswith("Clarity of roles and responsibilities") for f in found)


def test_clarity_sentence_rule():
    text = ("The service improved. - Clarification was provided on thresholds.\n"
            "- Roles and responsibilities of the boards remain unclear, notably the X Board.\n- Other point.")
    assert [s for _, _, s in clarity_sentences(text)] == [
        "Roles and responsibilities of the boards remain unclear, notably the X Board."]
    assert clarity_sentences("More clarity is needed on the budget.") == []


@pytest.mark.parametrize("text, asks", [
    ("a report be submitted on Children Missing from Education", True),
    ("the performance report on be submitted to the Commission on a quarterly basis", True),
    ("any issue of concern be reported to the Select Commission.", True),
    ("X be invited to a future meeting to discuss the provision.", True),
    ("The Commission requested feedback following the awareness week.", True),
    ("the Partnership be asked to bring a progress update on its strategy to the Board.", True),
    ("the forward plan be noted, with the addition of an item on the needs assessment.", True),
    ("the report be received and its contents noted.", False),
    ("the Internal Audit Progress Report for Quarter 3 be noted.", False),
    ("the draft response be approved and be passed on to the Partnership.", False),
    ("the next meeting take place on Wednesday at 1.30 p.m.", False),
])
def test_request_rule(text, asks):
    assert requests_report(text) is asks


def test_name_key():
    assert name_key("Children & Young Peoples Service") == name_key("Children and Young People's Services")
    assert name_key("CYPs Performance Board") == name_key("CYPS Performance Board")


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs, self.links = set(), set(), []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attrs.add(name)
            if name in ("href", "src", "action", "data", "poster"):
                self.links.append((name, value or ""))


def test_html_escapes_everything(tiny, tmp_path):
    json_path, html_path = write_audit(tiny, tmp_path)
    page = html_path.read_text(encoding="utf-8")
    assert XSS not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script" not in page.lower()
    # self-contained: the only tags are plain markup, the only links are to the page's own sections
    parser = Tags()
    parser.feed(page)
    assert not parser.tags & {"img", "script", "link", "iframe", "object", "embed", "svg"}, parser.tags
    assert all(name == "href" and value.startswith("#") for name, value in parser.links), parser.links
    assert not any(name.startswith("on") for name in parser.attrs)
    assert not re.search(r"(?:https?:)?//[\w-]+\.[\w.-]+", page)
    assert "@import" not in page and "url(" not in page
    data = json.loads(json_path.read_text(encoding="utf-8"))
    assert any(XSS in f["subjects"] for c in data["checks"] for f in c["findings"])


def test_json_shape_and_determinism(tiny, tmp_path):
    data = json.loads(audit_to_json(tiny))
    assert set(data) == {"generated_from", "checks"}
    assert [c["id"] for c in data["checks"]] == [
        "no_reporting_line", "several_parents", "reporting_cycle", "many_posts", "shared_post", "several_names",
        "possibly_same_body", "report_not_returned", "attendance", "recurring_topics", "role_clarity"]
    for c in data["checks"]:
        assert {"id", "title", "why", "findings"} <= set(c)
        assert c["why"].endswith(".") and c["why"].count(". ") == 0, c["why"]  # one sentence
        for f in c["findings"]:
            assert {"summary", "subjects", "evidence"} <= set(f)
            for e in f["evidence"]:
                assert set(e) == {"document", "quote", "start", "end"}
    assert audit_to_json(tiny) == audit_to_json(tiny)


def test_empty_store():
    audit = run_audit(EmbeddedStore(None))
    assert all(not c.findings for c in audit.checks)


# --------------------------------------------------------------------------------------------
# mini.trig: the same answers as the shipped cq09


def test_mini_agrees_with_cq09():
    store = EmbeddedStore(None)
    store.load_trig(MINI)
    audit = run_audit(store, AuditOptions())
    rows = answer(store, "cq09").rows
    by_issue = {}
    for r in rows:
        by_issue.setdefault(r["issue"], set()).add(r["subject"])
    assert {f.subjects[0] for f in audit.check("several_parents").findings} == by_issue.get("several_parents", set())
    assert {s for f in audit.check("reporting_cycle").findings for s in f.subjects} == by_issue.get("reporting_cycle", set())
    assert {f.subjects[0] for f in audit.check("no_reporting_line").findings} == by_issue.get("no_reporting_line", set())
    assert {f.subjects[0] for f in audit.check("many_posts").findings} == by_issue.get("many_posts", set())
    assert {f.subjects[0] for f in audit.check("shared_post").findings} == by_issue.get("shared_post", set())


# --------------------------------------------------------------------------------------------
# The corpus, built, against tests/data/audit_expected.json


def norm(text) -> str:
    return name_key(re.sub(r"^the\s+", "", (text or "").strip(), flags=re.IGNORECASE))


@pytest.fixture(scope="module")
def corpus_audit(corpus_store):
    return run_audit(corpus_store)


@pytest.fixture(scope="module")
def expected():
    return json.loads((HERE / "data" / "audit_expected.json").read_text(encoding="utf-8"))


def test_corpus_role_clarity(corpus_audit, expected):
    exp = expected["role_clarity"]
    found = {norm(f.subjects[0]): f for f in corpus_audit.check("role_clarity").findings}
    for body in exp["bodies"]:
        assert norm(body) in found, (body, sorted(found))
        ev = found[norm(body)].evidence[0]
        assert ev.document == exp["document"]
        assert exp["quote"].lower() in ev.quote.lower()
        assert body.lower().replace("’", "'") in ev.quote.lower().replace("’", "'")
        assert ev.start is not None and ev.end - ev.start == len(ev.quote)
    assert not {norm(b) for b in exp["not_bodies"]} & set(found)


def _names_of(finding) -> set[str]:
    return {norm(n["name"]) for n in finding.details["names"]}


def test_corpus_several_names(corpus_audit, expected):
    findings = corpus_audit.check("several_names").findings
    for group in expected["several_names"]["groups"]:
        want = {norm(n) for n in group}
        assert any(want <= _names_of(f) for f in findings), group


def test_corpus_same_body(corpus_audit, expected):
    merged = [_names_of(f) for f in corpus_audit.check("several_names").findings]
    maybe = [{norm(n) for p in f.details["pairs"] for n in p["names"] + p["bodies"]}
             for f in corpus_audit.check("possibly_same_body").findings]
    for a, b in expected["same_body"]["pairs"]:
        pair = {norm(a), norm(b)}
        assert any(pair <= names for names in merged + maybe), (a, b)


def test_corpus_several_parents(corpus_audit, expected):
    found = {norm(f.subjects[0]): f for f in corpus_audit.check("several_parents").findings}
    for exp in expected["several_parents"]["findings"]:
        f = found[norm(exp["body"])]
        assert {norm(p) for p in exp["parents_include"]} <= {norm(p) for p in f.details["parents"]}
        assert f.evidence and all(e.quote and e.document for e in f.evidence)


def test_corpus_no_reporting_line(corpus_audit, expected):
    found = {norm(f.subjects[0]) for f in corpus_audit.check("no_reporting_line").findings}
    exp = expected["no_reporting_line"]
    assert {norm(b) for b in exp["bodies"]} <= found
    assert not {norm(b) for b in exp["not_bodies"]} & found


def test_corpus_counts(corpus_audit, expected):
    assert len(corpus_audit.check("reporting_cycle").findings) == expected["reporting_cycle"]["count"]
    assert len(corpus_audit.check("recurring_topics").findings) == expected["recurring_topics"]["count"]


def test_corpus_shared_post(corpus_audit, expected):
    found = {(norm(f.subjects[0]), f.details["date"]): f for f in corpus_audit.check("shared_post").findings}
    for exp in expected["shared_post"]["findings"]:
        f = found[(norm(exp["post"]), exp["date"])]
        assert sorted(norm(h) for h in f.details["holders"]) == sorted(norm(h) for h in exp["holders"])


def test_corpus_many_posts(corpus_audit, expected):
    assert [f.subjects[0] for f in corpus_audit.check("many_posts").findings] == expected["many_posts"]["people"]


def _gold_resolutions():
    out = []
    for f in sorted(glob.glob(str(GOLD / "0*.json"))):
        out += json.loads(Path(f).read_text(encoding="utf-8"))["resolutions"]
    return out


def test_corpus_report_requests(corpus_audit, expected):
    findings = corpus_audit.check("report_not_returned").findings

    def find(exp):
        hits = [f for f in findings if f.details["date"] == exp["date"] and str(f.details["item"]) == exp["item"]
                and norm(f.details["text"]).startswith(norm(exp["text_start"]))]
        return hits[0] if hits else None

    exp = expected["report_requests"]
    for want in exp["required"]:
        f = find(want)
        assert f is not None, want
        assert f.details["status"] == want["status"], (want, f.details["status"])
        assert f.evidence and want["text_start"].lower()[:30] in f.evidence[0].quote.lower()
    listed = exp["required"] + exp["optional"]
    for res in _gold_resolutions():
        if any(res["meeting_date"] == w["date"] and res["item"] == w["item"]
               and norm(res["text_start"]).startswith(norm(w["text_start"])[:40]) for w in listed):
            continue
        assert find({"date": res["meeting_date"], "item": res["item"], "text_start": res["text_start"]}) is None, res


def test_corpus_attendance(corpus_audit, expected):
    found = {(norm(f.details["body"]), norm(f.details["person"])): f.details
             for f in corpus_audit.check("attendance").findings}
    for exp in expected["attendance"]["rows"]:
        got = found[(norm(exp["body"]), norm(exp["person"]))]
        assert {k: got[k] for k in ("meetings", "attended", "apologies", "rate_percent")} == \
            {k: exp[k] for k in ("meetings", "attended", "apologies", "rate_percent")}, exp


def test_corpus_every_finding_has_evidence(corpus_audit):
    for c in corpus_audit.checks:
        for f in c.findings:
            assert f.evidence, (c.id, f.summary)
            assert all(e.document.endswith(".txt") and e.quote for e in f.evidence), (c.id, f.summary)


def test_same_output_under_any_hash_seed(tmp_path):
    """Set and dict order never leaks into audit.json (each run hashes strings differently)."""
    import os
    import subprocess
    import sys

    script = ("import sys; from govgraph.graph.store import EmbeddedStore; "
              "from govgraph.graph.audit import run_audit, audit_to_json; s = EmbeddedStore(None); "
              f"s.load_trig({str(MINI)!r}); sys.stdout.write(audit_to_json(run_audit(s)))")
    outs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outs.add(subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True,
                                text=True).stdout)
    assert len(outs) == 1
