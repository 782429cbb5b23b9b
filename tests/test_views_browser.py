"""The views and the audit page in a real browser: headless Chromium (tests/browser.py).

For the example documents and for the corpus (../shared/corpus, skipped when absent): build the
graph, write every view, open each one from disk and check that it loads with no console error,
no page error and no request to the network, and that it draws as many nodes and edges as the
store says it should (counted here with SPARQL, not read from the HTML). A document whose people
and posts carry script-injection text is built and rendered too: no script of its runs. Each
page's screenshot goes to outputs/browser-*.png.

Skipped, with the reason, when /usr/bin/chromium (tools/install_browser.sh) or the PyPI package
playwright is missing.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browser import Chromium, PageReport, browser_missing

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVGRAPH_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples" / "docs"
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))

pytestmark = pytest.mark.skipif(bool(browser_missing()), reason=browser_missing() or "")

# Every element an injected payload could have created, and the payloads' own marks.
INJECTED = ("document.querySelectorAll('img[src=x], img[onerror], svg[onload], details[ontoggle],"
            " iframe, script:not([src]):not([type]):not([type=\"text/javascript\"]) ~ svg').length")

# Large views may be drawn with physics off; the corpus views are small. One bound for all.
DRAW_TIMEOUT_S = 120.0


@pytest.fixture(scope="module")
def browser():
    with Chromium() as b:
        yield b


def _views_module():
    return pytest.importorskip("govgraph.graph.views", reason="govgraph.graph.views is not there yet (issue 4)")


def build_and_write_views(paths, out: Path):
    """Build the graph of ``paths`` into ``out`` and write its views into ``out/views``."""
    from govgraph.graph.build import build
    from govgraph.graph.store import open_store

    views = _views_module()
    result = build(paths, out=out)
    assert not result.failed, [(d.name, d.error) for d in result.failed]
    store = open_store(None, out)
    try:
        written = views.write_views(store, out / "views")
    finally:
        store.close()
    return [Path(p) for p in written]


def open_store_of(out: Path):
    from govgraph.graph.store import open_store

    return open_store(None, out)


# --------------------------------------------------------------------------------------------
# Expected counts, from the store alone (SPARQL), for each kind of view


PREFIXES = """PREFIX gg: <https://w3id.org/govgraph/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

# What went to a body, and who sent it: presenters of a gg:Reporting, and the authors, approvers
# and "from"s of a gg:Report that a gg:Reporting carries (each a prov:Attribution of the report).
REPORTED = """
  { ?fact a gg:Reporting ; gg:presenter ?who ; gg:toBody ?b . BIND(?fact AS ?rep) BIND("presenter" AS ?role) }
  UNION { VALUES (?rel ?role) { (gg:AuthorRole "author") (gg:ApproverRole "approver") (gg:FromRole "from") }
          ?fact a prov:Attribution ; prov:hadRole ?rel ; prov:agent ?who .
          ?report prov:qualifiedAttribution ?fact . ?rep gg:report ?report ; gg:toBody ?b . }"""


def rows(store, sparql: str) -> list[tuple]:
    return [tuple(r.values()) for r in store.query(PREFIXES + sparql).rows]


def expect_body_relations(store) -> tuple[int, int]:
    """Every body, related or not; one link per gg:BodyRelation."""
    bodies = {b for (b,) in rows(store, "SELECT DISTINCT ?b WHERE { ?b a org:Organization }")}
    facts = rows(store, "SELECT DISTINCT ?f ?s ?t WHERE { ?f a gg:BodyRelation ;"
                        " gg:source ?s ; gg:target ?t ; gg:relationType ?type }")
    return len(bodies | {x for _, s, t in facts for x in (s, t)}), len({f for f, _, _ in facts})


def expect_reporting(store) -> tuple[int, int]:
    """People and bodies; one link per (fact, role, person, body, reporting)."""
    found = set(rows(store, f"SELECT DISTINCT ?fact ?role ?who ?b ?rep WHERE {{ {REPORTED} }}"))
    return len({x for t in found for x in (t[2], t[3])}), len(found)


def expect_people_bodies(store) -> tuple[int, int]:
    """One link per person and body they attended (a meeting of), reported to or hold a post in."""
    pairs = set(rows(store, f"""SELECT DISTINCT ?who ?b WHERE {{
      {{ ?a a gg:Attendance ; gg:person ?who ; gg:meeting ?m ; gg:status ?s . ?m schema:organizer ?b }}
      UNION {{ {REPORTED} }}
      UNION {{ ?h a gg:PostHolding ; gg:holder ?who ; gg:post ?post . ?post org:postIn ?b }} }}"""))
    return len({x for p in pairs for x in p}), len(pairs)


def expect_meetings(store) -> dict[str, tuple[int, int]]:
    """Meeting IRI -> counts of its view: the meeting, its body, who attended (one link each), its
    items, and who presented (a link to the item, or to the meeting when the item is unknown)."""
    nodes: dict[str, set] = {}
    links: dict[str, set] = {}
    organiser = dict(rows(store, "SELECT ?m (MIN(STR(?b)) AS ?body) WHERE { ?m a gg:Meeting ;"
                                 " schema:organizer ?b } GROUP BY ?m"))

    def link(m, a, b):
        nodes[m].update((a, b))
        links[m].add(frozenset((a, b)))

    def meeting(m):
        if m not in nodes:
            nodes[m], links[m] = {m}, set()
            if m in organiser:
                link(m, m, organiser[m])

    for m, who in rows(store, "SELECT DISTINCT ?m ?who WHERE { ?a a gg:Attendance ; gg:person ?who ;"
                              " gg:meeting ?m ; gg:status ?s }"):
        meeting(m)
        link(m, m, who)
    for m, item in rows(store, "SELECT DISTINCT ?m ?i WHERE { ?i a gg:AgendaItem ; gg:meeting ?m }"):
        meeting(m)
        link(m, m, item)
    for m, who, item in rows(store, f"SELECT DISTINCT ?m ?who ?i WHERE {{ {REPORTED} ?rep gg:meeting ?m ."
                                    " OPTIONAL { ?rep gg:item ?i } }"):
        meeting(m)
        link(m, who, item if item in nodes[m] else m)
    return {m: (len(nodes[m]), len(links[m])) for m in nodes}


def slug(text: str) -> str:
    """A meeting page's name as the views spell it: date and body, lower case, dashes."""
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "meeting"


def expected_views(store) -> dict[str, object]:
    """Page name -> expected (nodes, edges); meeting pages under ``meetings/DATE-BODY``, with a
    list of counts where several meetings share a date and body."""
    expected: dict[str, object] = {
        "board_relations": expect_body_relations(store),
        "people_bodies": expect_people_bodies(store),
        "reporting": expect_reporting(store),
    }
    labels = dict(rows(store, "SELECT ?b (MIN(STR(?l)) AS ?label) WHERE { ?b a org:Organization ;"
                              " skos:prefLabel ?l } GROUP BY ?b"))
    dated = {m: (d or "", b) for m, d, b in rows(store, "SELECT ?m (MIN(SUBSTR(STR(?d), 1, 10)) AS ?day)"
                                                     " (MIN(STR(?o)) AS ?body) WHERE { ?m a gg:Meeting ."
                                                     " OPTIONAL { ?m schema:startDate ?d }"
                                                     " OPTIONAL { ?m schema:organizer ?o } } GROUP BY ?m")}
    for m, counts in expect_meetings(store).items():
        day, body = dated.get(m, ("", None))
        name = "meetings/" + slug(f"{day} {labels.get(body, 'Meeting') if body else 'Meeting'}")
        expected.setdefault(name, []).append(counts)
    return expected


def check_views(browser: Chromium, paths: list[Path], expected: dict[str, object], shot: str) -> list[str]:
    """Open every page; return what went wrong (empty when all is well)."""
    import re

    root = paths[-1].parent
    failures: list[str] = []
    seen: dict[str, list[tuple]] = {}
    for path in paths:
        rel = path.relative_to(root).with_suffix("").as_posix()
        name = f"{shot}-{rel.replace('/', '-')}"
        if path.name == "index.html":
            report = browser.open_view(path, wait_network=False, screenshot=name)
            failures += [f"{rel}: {p}" for p in report.problems()]
            links = browser_links(browser, path)
            missing = sorted(p.relative_to(root).as_posix() for p in paths[:-1]) != sorted(links)
            if missing:
                failures.append(f"{rel}: links {sorted(links)} are not the views written")
            continue
        report = browser.open_view(path, screenshot=name, timeout_s=DRAW_TIMEOUT_S)
        failures += [f"{rel}: {p}" for p in report.problems()]
        if not report.stable:
            failures.append(f"{rel}: never drawn and stable ({report.summary()})")
        got = (report.nodes, report.edges)
        if (report.drawn_nodes, report.drawn_edges) != got:
            failures.append(f"{rel}: the network holds {report.drawn_nodes}/{report.drawn_edges}"
                            f" nodes/links but its DataSets {got}")
        key = rel if rel in expected else re.sub(r"-\d+$", "", rel)
        if key not in expected:
            failures.append(f"{rel}: a view this test has no expectation for (add one)")
            continue
        if isinstance(expected[key], list):
            seen.setdefault(key, []).append(got)
        elif got != expected[key]:
            failures.append(f"{rel}: drew {got} nodes/links, the store says {expected[key]}")
    for key, want in expected.items():
        if isinstance(want, list) and sorted(seen.get(key, [])) != sorted(want):
            failures.append(f"{key}: drew {sorted(seen.get(key, []))} nodes/links, the store says {sorted(want)}")
        elif not isinstance(want, list) and not any(
                p.relative_to(root).with_suffix("").as_posix() == key for p in paths):
            failures.append(f"{key}: no such view was written")
    return failures


def browser_links(browser: Chromium, path: Path) -> list[str]:
    report = browser.open_view(path, wait_network=False, expressions={
        "links": "Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'))"})
    return report.values["links"]


# --------------------------------------------------------------------------------------------
# The tests


def _views_of(paths, tmp_path_factory, name):
    out = tmp_path_factory.mktemp(name)
    written = build_and_write_views(paths, out)
    store = open_store_of(out)
    try:
        expected = expected_views(store)
    finally:
        store.close()
    return out, written, expected


def test_every_example_view_loads_clean_and_draws_what_the_store_holds(browser, tmp_path_factory):
    _, written, expected = _views_of([EXAMPLES], tmp_path_factory, "examples")
    assert len(written) >= 5 and written[-1].name == "index.html"
    failures = check_views(browser, written, expected, "browser-examples")
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside the checkout")
def test_every_corpus_view_loads_clean_and_draws_what_the_store_holds(browser, tmp_path_factory):
    _, written, expected = _views_of(CORPUS, tmp_path_factory, "corpus")
    failures = check_views(browser, written, expected, "browser-corpus")
    assert not failures, "\n".join(failures)


# Invented minutes. The reader strips tags it knows (``<img ...>``, ``<script>...</script>``) as
# conversion noise, so the payloads the brief names are joined by ones that reach the graph
# (``</script>`` alone, ``<svg onload>``, ``<details ontoggle>``) in a post, an item title and a
# resolution; the test checks that they did reach it.
INJECTION_MINUTES = """AUDIT COMMITTEE
Monday 2 June 2025

Present:- Councillor <img src=x onerror=alert(1)> (in the Chair); Councillor Bell; Councillor Ames.

Also in attendance: Jane Smith, Head of </script><script>alert(1)</script> Services; Omar Khan, Head of </script><svg onload=alert`4`> Finance.

Apologies for absence were received from Councillor Cole.

12. INTERNAL AUDIT </script><svg onload=alert`5`> <details open ontoggle=alert`6`> REPORT

Jane Smith, Head of </script><script>alert(1)</script> Services, presented the report.

Resolved:- That the </script><svg onload=alert`7`> report be noted.
"""

NO_INJECTED_ELEMENTS = ("document.querySelectorAll('img[src=x], img[src=\"x\"], [onerror], [onload], [ontoggle]')"
                        ".length")


def test_script_injection_in_a_document_runs_nothing(browser, tmp_path):
    doc = tmp_path / "docs" / "audit_committee_minutes_2025-06-02.txt"
    doc.parent.mkdir()
    doc.write_text(INJECTION_MINUTES, encoding="utf-8")
    out = tmp_path / "out"
    written = build_and_write_views([doc.parent], out)
    store = open_store_of(out)
    try:
        reached = {frag: store.query(PREFIXES + f'ASK {{ ?s ?p ?o . FILTER(isLiteral(?o) && CONTAINS(STR(?o), "{frag}")) }}').boolean
                   for frag in ("</script>", "onload=alert", "ontoggle=alert")}
        expected = expected_views(store)
    finally:
        store.close()
    assert all(reached.values()), f"the payloads did not reach the graph, so the test proves nothing: {reached}"
    failures = []
    for path in written:
        rel = path.relative_to(written[-1].parent).with_suffix("").as_posix()
        report = browser.open_view(path, wait_network=path.name != "index.html", hover=40,
                                   screenshot=f"browser-injection-{rel.replace('/', '-')}",
                                   expressions={"injected": NO_INJECTED_ELEMENTS})
        failures += [f"{rel}: {p}" for p in report.problems()]
        if report.values["injected"]:
            failures.append(f"{rel}: {report.values['injected']} element(s) made from the payload")
        if path.name != "index.html" and not report.hovered:
            failures.append(f"{rel}: nothing to hover: the page drew no node")
    assert not failures, "\n".join(failures)
    assert check_views(browser, written, expected, "browser-injection-counts") == []


PAYLOADS = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>",
            "\"><svg onload=alert(2)>", "<!--<script>alert(3)</script>", "\u2028alert(4)\u2029"]


def test_render_keeps_every_payload_as_plain_text(browser, tmp_path):
    views = _views_module()
    nodes = [{"id": p, "label": p, "kind": p, "title": p, "aliases": p} for p in PAYLOADS]
    nodes.append({"id": "plain", "label": "Plain", "kind": "committee"})
    edges = [{"from": p, "to": "plain", "label": p, "kind": p, "title": p} for p in PAYLOADS]
    page = views.render(nodes, edges, PAYLOADS[1], tmp_path / "payloads.html",
                        legend={p: p for p in PAYLOADS}, subtitle=PAYLOADS[0])
    report = browser.open_view(page, hover=20, screenshot="browser-render-payloads", expressions={
        "injected": NO_INJECTED_ELEMENTS,
        "labels": "window.ggView.nodes.get().map(n => n.label)",
        "title": "document.title"})
    assert report.clean, report.problems()
    assert report.values["injected"] == 0
    assert (report.nodes, report.edges) == (len(nodes), len(edges))
    assert sorted(report.values["labels"]) == sorted(n["label"] for n in nodes)
    assert report.values["title"] == PAYLOADS[1]


def test_the_audit_page_loads_clean(browser, tmp_path):
    audit = pytest.importorskip("govgraph.graph.audit", reason="govgraph.graph.audit is not there yet")
    from govgraph.graph.build import build

    out = tmp_path / "out"
    build([EXAMPLES], out=out)
    store = open_store_of(out)
    try:
        _, page = audit.write_audit(audit.run_audit(store), out / "audit")
    finally:
        store.close()
    report = browser.open_view(page, wait_network=False, screenshot="browser-audit",
                               expressions={"sections": "document.querySelectorAll('section').length"})
    assert report.clean, report.problems()
    assert report.values["sections"] > 0
