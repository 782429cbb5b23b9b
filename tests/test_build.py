"""govgraph build on the corpus: SHACL conformance, determinism, incremental rebuild, identity
across documents, provenance on every fact, and the remote-server path.

The corpus is read from ../shared/corpus (copied into tmp folders for the rebuild tests, never
into the repository).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef
from rdflib.compare import graph_diff, to_isomorphic

from govgraph.graph.build import build
from govgraph.graph.iris import DEFAULT_BASE

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVGRAPH_SHARED", ROOT.parent / "shared"))
CORPUS = sorted((SHARED / "corpus").glob("*.txt"))
pytestmark = pytest.mark.skipif(not CORPUS, reason="../shared/corpus is not beside the checkout")

PERSON = DEFAULT_BASE + "person/"
BODY = DEFAULT_BASE + "body/"


@pytest.fixture(scope="module")
def corpus_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    result = build(CORPUS, out=out)
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return result, out, ds


def union(ds: Dataset):
    return ds.query  # queries over a Dataset see the union of its graphs with GRAPH ?g


def test_the_corpus_graph_conforms_to_the_shapes(corpus_build):
    result, out, _ = corpus_build
    assert result.conforms is True, result.shacl_report
    assert [d.status for d in result.documents] == ["extracted"] * 5
    assert (out / "build.json").exists() and (out / "store").is_dir()


def test_one_named_graph_per_document_plus_identity(corpus_build):
    result, _, ds = corpus_build
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert names == {d.graph for d in result.documents} | {DEFAULT_BASE + "graph/identity"}


def test_building_twice_gives_the_same_bytes_and_graph(corpus_build, tmp_path):
    _, out, ds = corpus_build
    build(CORPUS, out=tmp_path / "again")
    assert (tmp_path / "again" / "graph.trig").read_bytes() == (out / "graph.trig").read_bytes()
    other = Dataset()
    other.parse(tmp_path / "again" / "graph.trig", format="trig")
    for g in ds.graphs():
        _, only_first, only_second = graph_diff(to_isomorphic(g), to_isomorphic(other.graph(g.identifier)))
        assert not len(only_first) and not len(only_second), (g.identifier, list(only_first)[:3], list(only_second)[:3])


def _people(ds: Dataset, name: str) -> set[str]:
    rows = ds.query(
        """PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a foaf:Person . { ?p foaf:name ?n } UNION { ?p skos:altLabel ?n } } FILTER(STR(?n) = ?name) }""",
        initBindings={"name": __import__("rdflib").Literal(name)},
    )
    return {str(r[0]) for r in rows}


def test_people_are_one_identity_across_documents(corpus_build):
    _, _, ds = corpus_build
    # Councillor Pitchley chairs in 2023 and sits in 2016: one person
    pitchley = {str(s) for g in ds.graphs() for s in g.subjects(predicate=URIRef("https://w3id.org/govgraph/ns#person"), object=URIRef(PERSON + "pitchley"))}
    assert len(pitchley) == 2  # two attendance facts, one IRI
    # "Councillor G. A. Russell", "Councillor Russell", "the Chair" (2014): one IRI
    assert _people(ds, "Councillor Russell") == {PERSON + "g-a-russell"}
    # the co-opted Ms J. Jones (2014) is not Councillor Jones (2016): kept apart, ambiguity explicit
    assert PERSON + "jones" in _people(ds, "Councillor Jones")
    assert PERSON + "j-jones" in _people(ds, "Ms. J. Jones")
    ident = ds.graph(URIRef(DEFAULT_BASE + "graph/identity"))
    maybe = URIRef("https://w3id.org/govgraph/ns#possiblySameAs")
    assert (URIRef(PERSON + "jones"), maybe, URIRef(PERSON + "j-jones")) in ident
    # "Councillor Wilson" (2023) is not the officer Sue Wilson (2011, 2014)
    assert _people(ds, "Councillor Wilson") == {PERSON + "wilson"}
    assert (URIRef(PERSON + "wilson"), maybe, URIRef(PERSON + "sue-wilson")) in ident
    # "Councillor Hamilton" (chair, 2016) has one candidate: Councillor J. Hamilton (2014)
    assert _people(ds, "Councillor Hamilton") == {PERSON + "j-hamilton"}


def test_an_acronym_and_its_expansion_are_one_body(corpus_build):
    _, _, ds = corpus_build
    rows = ds.query(
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX gg: <https://w3id.org/govgraph/ns#>
        SELECT DISTINCT ?b WHERE { GRAPH ?g { ?b skos:prefLabel|skos:altLabel|gg:acronym ?l }
        FILTER(LCASE(STR(?l)) IN ("lscb", "local safeguarding children board")) }"""
    )
    assert len({str(r[0]) for r in rows}) == 1


def test_every_fact_leads_back_to_its_quote(corpus_build):
    _, _, ds = corpus_build
    texts = {p.name: p.read_text(encoding="utf-8") for p in CORPUS}
    rows = list(ds.query(
        """PREFIX gg: <https://w3id.org/govgraph/ns#> PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX dct: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?fact ?kind ?title ?start ?end ?exact WHERE { GRAPH ?g {
          ?fact a ?kind ; gg:evidence ?e .
          VALUES ?kind { gg:Attendance gg:Reporting gg:Resolution gg:PostHolding gg:BodyRelation prov:Attribution }
          ?e oa:hasSource ?doc ; oa:hasSelector ?p, ?q . ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact .
          ?doc dct:title ?title } }"""
    ))
    kinds = {str(r[1]).rsplit("#", 1)[1] for r in rows}
    assert kinds == {"Attendance", "Reporting", "Resolution", "PostHolding", "BodyRelation", "Attribution"}
    from govgraph.loaders.read import read_document

    norm = {name: read_document(SHARED / "corpus" / name).text for name in texts}
    for _, _, title, start, end, exact in rows:
        assert norm[str(title)][int(start):int(end)] == str(exact)
    facts = ds.query(
        """PREFIX gg: <https://w3id.org/govgraph/ns#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g {
        ?f a ?k . VALUES ?k { gg:Attendance gg:Reporting gg:Resolution gg:PostHolding gg:BodyRelation prov:Attribution }
        FILTER NOT EXISTS { ?f gg:evidence ?e } } }"""
    )
    assert int(list(facts)[0][0]) == 0


def test_rebuild_after_a_change_replaces_only_that_graph(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in CORPUS:
        shutil.copy(p, docs / p.name)
    out = tmp_path / "out"
    first = build([docs], out=out)
    before = {d.name: (out / "graphs").glob("*") for d in first.documents}
    changed, removed = CORPUS[3].name, CORPUS[1].name
    with (docs / changed).open("a", encoding="utf-8") as f:
        f.write("\n\nApologies for absence were received from Councillor Zebedee.\n")
    (docs / removed).unlink()
    second = build([docs], out=out)
    status = {d.name: (d.status, d.graph_change) for d in second.documents}
    assert status[changed] == ("extracted", "replaced")
    assert status[removed] == ("removed", "dropped")
    assert all(v == ("cached", "kept") for k, v in status.items() if k not in (changed, removed))
    from govgraph.graph.store import open_store

    store = open_store(None, out)
    try:
        graphs = set(store.graphs())
        assert next(d.graph for d in first.documents if d.name == removed) not in graphs
        rows = store.query('PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT DISTINCT ?p WHERE { ?p foaf:name "Zebedee" }').rows
        assert len(rows) == 1
    finally:
        store.close()
    assert before  # the first build wrote graphs


def test_build_pushes_to_a_remote_sparql_server(tmp_path):
    from servers import oxigraph_binary, running_oxigraph

    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server is not installed")
    with running_oxigraph(tmp_path / "server") as url:
        query_url = url.rstrip("/") + "/query" if not url.endswith("/query") else url
        result = build(CORPUS[3:4], out=tmp_path / "out", store_url=query_url)
        assert result.conforms is True
        from govgraph.graph.store import open_store

        remote = open_store(query_url, None)
        try:
            assert result.documents[0].graph in remote.graphs()
            rows = remote.query(
                'PREFIX gg: <https://w3id.org/govgraph/ns#> SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a gg:Attendance } }').rows
            assert int(rows[0]["n"].value if hasattr(rows[0]["n"], "value") else rows[0]["n"]) == 23
        finally:
            remote.close()


@pytest.mark.parametrize("folder", ["examples", "dev"])
def test_the_bundled_examples_and_the_real_dev_papers_build_to_conforming_graphs(tmp_path, folder):
    """`make run` builds the examples, and a user builds papers like the dev ones: the graph must
    conform whatever the extraction made of them (an item given twice, a report's item stamp)."""
    docs = ROOT / "examples" / "docs" if folder == "examples" else SHARED / "dev" / "papers"
    if not docs.is_dir():
        pytest.skip(f"{docs} is not here")
    inputs = sorted(p for p in docs.iterdir() if p.suffix in (".txt", ".pdf", ".html", ".docx", ".md"))
    if folder == "dev":  # the papers under 15,000 words (the two long ones are the benchmarks' job)
        inputs = [p for p in inputs if (ROOT / "tests" / "gold" / "dev" / f"{p.stem}.json").exists()]
    result = build(inputs, out=tmp_path / "out", outputs=False)
    assert result.conforms is True, result.shacl_report
