"""The synthetic corpus of the graph benchmark (benchmarks/synthetic.py): deterministic, consistent
evidence, a graph that conforms to the shapes, and a size that follows the size parameter."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synthetic  # noqa: E402

from govgraph.graph.validate import validate  # noqa: E402


def contracts(docs):
    return [(d.sha256, d.path, d.extraction.to_contract()) for d in docs]


def triple_count(docs) -> int:
    _, ident, graphs = synthetic.build_graphs(docs)
    return len(ident) + sum(len(g) for _, g in graphs)


@pytest.fixture(scope="module")
def small():
    return synthetic.generate(40, seed=11)


def test_same_seed_same_records(small):
    assert contracts(synthetic.generate(40, seed=11)) == contracts(small)


def test_another_seed_other_records(small):
    assert contracts(synthetic.generate(40, seed=12)) != contracts(small)


def test_a_larger_corpus_starts_with_the_smaller_one(small):
    assert contracts(synthetic.generate(60, seed=11)[:40]) == contracts(small)


def test_every_quote_is_where_its_evidence_says(small):
    checked = 0
    for d in small:
        ex = d.extraction
        evidence = [r.evidence for k in ("meetings", "attendance", "agenda_items", "reported", "resolutions",
                                         "report_authors", "body_relations") for r in getattr(ex, k)]
        evidence += [p.evidence for p in ex.people] + [r.evidence for p in ex.people for r in p.roles]
        evidence += [b.evidence for b in ex.bodies]
        for ev in evidence:
            assert ev is not None and ev.doc == ex.doc
            assert d.text[ev.start:ev.end] == ev.quote
            checked += 1
    assert checked > 1000


def test_the_corpus_has_what_the_queries_need(small):
    statuses = {a.status for d in small for a in d.extraction.attendance}
    assert statuses == {"chair", "present", "apologies", "invited", "in_attendance"}
    assert any(r.requests_report for d in small for r in d.extraction.resolutions)
    assert any(m.referenced for d in small for m in d.extraction.meetings)
    assert any(len(p.roles) >= 2 for d in small for p in d.extraction.people)
    assert {a.relation for d in small for a in d.extraction.report_authors} >= {"from", "author", "contact"}
    parents = {}
    for s, rel, t in synthetic.RELATIONS:
        if rel in ("reports_to", "sub_group_of"):
            parents.setdefault(s, set()).add(t)
    assert any(len(p) >= 2 for p in parents.values())  # several parents
    # a cycle in the reporting lines
    def reaches(a, b, seen=()):
        return any(p == b or (p not in seen and reaches(p, b, seen + (p,))) for p in parents.get(a, ()))
    assert any(reaches(b, b) for b in parents)


def test_names_recur_across_documents(small):
    from collections import Counter

    seen = Counter(p.name for d in small for p in {q.name: q for q in d.extraction.people}.values())
    assert sum(1 for n in seen.values() if n >= 3) >= 20


def test_a_small_corpus_builds_a_conforming_graph():
    docs = synthetic.generate(25, seed=3)
    ident_iri, ident, graphs = synthetic.build_graphs(docs)
    ds = Dataset()
    for iri, g in graphs + [(ident_iri, ident)]:
        ng = ds.graph(URIRef(iri))
        for t in g:
            ng.add(t)
    ok, report = validate(ds, union=True)
    assert ok, report
    ok, report = validate(ds)  # each document's graph on its own
    assert ok, report


def test_triples_grow_with_the_number_of_documents():
    docs = synthetic.generate(80, seed=5)
    n20, n40, n80 = (triple_count(docs[:k]) for k in (20, 40, 80))
    assert n20 < n40 < n80
    assert 1.6 < n40 / n20 < 2.4 and 1.6 < n80 / n40 < 2.4


def test_the_target_triple_count_sets_the_size():
    per_doc = synthetic.triples_per_document(seed=5, sample=30)
    assert 300 < per_doc < 3000
    n = synthetic.documents_for(60_000, seed=5)
    assert abs(n - 60_000 / synthetic.triples_per_document(seed=5)) <= 1
    assert synthetic.documents_for(120_000, seed=5) in range(2 * n - 1, 2 * n + 2)
