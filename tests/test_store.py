"""Stores: the embedded Oxigraph store (memory and disk) and a real Oxigraph server over HTTP.

The server is the PyPI ``oxigraph`` binary, started on 127.0.0.1 on a free port with a temporary
``--location``, waited for with a bounded loop and always stopped. Every behaviour test runs on
each kind of store.
"""

from __future__ import annotations

import shutil
import time

import pytest

from govgraph.graph.store import (
    EmbeddedStore, QueryResult, QuerySyntaxError, Store, StoreError, keywords, open_store,
    states_dataset,
)
from govgraph.graph.store_remote import RemoteStore, sibling_endpoints
from servers import free_port, running_oxigraph

EX = "http://example.org/"
G1, G2, G3 = EX + "doc/minutes-1", EX + "doc/minutes-2", EX + "graph/identity"

DOC1 = f"""@prefix ex: <{EX}> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
ex:ames a foaf:Person ; foaf:name "Councillor Ames" .
ex:board ex:chairedBy ex:ames .
"""
DOC2 = f"""<{EX}bell> <http://xmlns.com/foaf/0.1/name> "Councillor Bell"@en .
<{EX}board> <{EX}member> <{EX}bell> .
"""
DOC1_NEW = f"""@prefix ex: <{EX}> .
ex:cole <http://xmlns.com/foaf/0.1/name> "Councillor Cole" .
"""

TRIG = f"""@prefix ex: <{EX}> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<{G1}> {{ ex:ames a foaf:Person ; foaf:name "Councillor Ames" . ex:board ex:chairedBy ex:ames . }}
<{G2}> {{ ex:bell foaf:name "Councillor Bell"@en . ex:board ex:member ex:bell . }}
<{G3}> {{ ex:ames ex:sameAs ex:ames2 . }}
"""

NAMES = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"


# --------------------------------------------------------------------------------------------
# A real Oxigraph server on 127.0.0.1 (helpers in tests/servers.py)


@pytest.fixture(scope="module")
def oxigraph_url(tmp_path_factory):
    """The query URL of an Oxigraph server for this module (emptied before each test)."""
    with running_oxigraph(tmp_path_factory.mktemp("oxigraph")) as url:
        yield url


def _empty_server(url: str) -> None:
    RemoteStore(url).update("DROP ALL")


@pytest.fixture(params=["memory", "disk", "oxigraph"])
def store(request, tmp_path):
    if request.param == "memory":
        s = EmbeddedStore(None)
    elif request.param == "disk":
        s = EmbeddedStore(tmp_path / "store")
    else:
        url = request.getfixturevalue("oxigraph_url")
        _empty_server(url)
        s = RemoteStore(url, timeout=10)
    try:
        yield s
    finally:
        s.close()


# --------------------------------------------------------------------------------------------
# The same behaviour from every store


def test_every_store_is_a_store(store):
    assert isinstance(store, Store)
    assert store.describe()


def test_two_named_graphs_are_queried_as_one(store):
    store.replace_graph(G1, DOC1, "turtle")
    store.replace_graph(G2, DOC2.encode(), "ntriples")
    assert store.graphs() == [G1, G2]
    result = store.query(NAMES)
    assert result.kind == "select" and result.vars == ["name"]
    assert result.rows == [{"name": "Councillor Ames"}, {"name": "Councillor Bell"}]
    # a join across the two documents' graphs
    both = store.query(f"""SELECT ?chair ?member WHERE {{
        <{EX}board> <{EX}chairedBy> ?chair ; <{EX}member> ?member }}""")
    assert both.rows == [{"chair": EX + "ames", "member": EX + "bell"}]
    # GRAPH ?g names the document a fact came from
    where = store.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}bell> ?p ?o }} }}")
    assert {r["g"] for r in where.rows} == {G2}


def test_typed_terms_and_unbound_values(store):
    store.replace_graph(G2, DOC2, "ntriples")
    result = store.query(f"""SELECT ?name ?missing WHERE {{
        <{EX}bell> <http://xmlns.com/foaf/0.1/name> ?name OPTIONAL {{ <{EX}bell> <{EX}none> ?missing }} }}""")
    assert result.rows == [{"name": "Councillor Bell", "missing": None}]
    term = result.bindings[0]["name"]
    assert (term.kind, term.lang) == ("literal", "en")


def test_replacing_a_graph_removes_its_old_triples(store):
    store.replace_graph(G1, DOC1, "turtle")
    store.replace_graph(G2, DOC2, "ntriples")
    store.replace_graph(G1, DOC1_NEW, "turtle")
    names = [r["name"] for r in store.query(NAMES).rows]
    assert names == ["Councillor Bell", "Councillor Cole"]
    assert not store.query(f"ASK {{ <{EX}board> <{EX}chairedBy> ?x }}").boolean
    assert store.graphs() == [G1, G2]


def test_dropping_a_graph(store):
    store.replace_graph(G1, DOC1, "turtle")
    store.replace_graph(G2, DOC2, "ntriples")
    store.drop_graph(G2)
    assert store.graphs() == [G1]
    assert [r["name"] for r in store.query(NAMES).rows] == ["Councillor Ames"]
    store.drop_graph(G2)  # already gone: no error
    store.drop_graph(EX + "never/there")
    assert store.graphs() == [G1]


def test_ask_and_construct(store):
    store.replace_graph(G1, DOC1, "turtle")
    assert store.query(f"ASK {{ <{EX}ames> ?p ?o }}").boolean is True
    assert store.query(f"ASK {{ <{EX}nobody> ?p ?o }}").boolean is False
    built = store.query(f"CONSTRUCT {{ ?b <{EX}chair> ?p }} WHERE {{ ?b <{EX}chairedBy> ?p }}")
    assert built.kind == "graph"
    assert built.triples == [(EX + "board", EX + "chair", EX + "ames")]


def test_nquads_from_the_builder(store):
    # the builder hands each document's graph over as sorted N-Quads naming that graph
    nq = f'<{EX}ames> <http://xmlns.com/foaf/0.1/name> "Councillor Ames" <{G1}> .\n'
    store.replace_graph(G1, nq.encode(), "application/n-quads")
    assert store.graphs() == [G1]
    assert store.query(NAMES).rows == [{"name": "Councillor Ames"}]


def test_row_limit(store):
    data = "".join(f"<{EX}p{i}> <http://xmlns.com/foaf/0.1/name> \"P{i:02d}\" .\n" for i in range(30))
    store.replace_graph(G1, data, "ntriples")
    capped = store.query(NAMES, limit=7)
    assert len(capped.rows) == 7 and capped.truncated
    full = store.query(NAMES, limit=30)
    assert len(full.rows) == 30 and not full.truncated


def test_load_trig_replaces_the_graphs_it_holds(store, tmp_path):
    store.replace_graph(G1, DOC1_NEW, "turtle")   # replaced by the file's version of G1
    store.replace_graph(EX + "doc/other", f"<{EX}x> <{EX}y> <{EX}z> .", "ntriples")  # kept
    trig = tmp_path / "graph.trig"
    trig.write_text(TRIG, encoding="utf-8")
    assert store.load_trig(trig) == [G1, G2, G3]
    assert store.graphs() == sorted([G1, G2, G3, EX + "doc/other"])
    assert [r["name"] for r in store.query(NAMES).rows] == ["Councillor Ames", "Councillor Bell"]


def test_bad_input_is_a_store_error(store):
    with pytest.raises(StoreError):
        store.replace_graph("not an iri", DOC1, "turtle")
    with pytest.raises(StoreError):
        store.replace_graph(G1, "this is not turtle", "turtle")
    with pytest.raises(StoreError):
        store.replace_graph(G1, DOC1, "rdfa")
    with pytest.raises(QuerySyntaxError):
        store.query("SELEKT * WHERE { ?s ?p ?o }")


# --------------------------------------------------------------------------------------------
# Embedded only


def test_disk_store_persists_and_open_store_loads_graph_trig(tmp_path):
    (tmp_path / "graph.trig").write_text(TRIG, encoding="utf-8")
    store = open_store(None, tmp_path)
    assert isinstance(store, EmbeddedStore)
    assert store.graphs() == [G1, G2, G3]
    store.drop_graph(G3)
    store.close()
    reopened = open_store(None, tmp_path)  # not empty: trusted as it is, not reloaded
    assert reopened.graphs() == [G1, G2]
    assert len(reopened.query(NAMES).rows) == 2
    reopened.close()
    shutil.rmtree(tmp_path / "store")  # deleted: loaded afresh from graph.trig
    again = open_store(None, tmp_path)
    assert again.graphs() == [G1, G2, G3]
    again.close()


def test_a_query_that_states_its_dataset_gets_it():
    store = EmbeddedStore(None)
    store.replace_graph(G1, DOC1, "turtle")
    store.replace_graph(G2, DOC2, "ntriples")
    rows = store.query(NAMES.replace("WHERE", f"FROM <{G2}> WHERE")).rows
    assert rows == [{"name": "Councillor Bell"}]
    rows = store.query(NAMES, default_graphs=[G1]).rows
    assert rows == [{"name": "Councillor Ames"}]


def test_open_store_choices(tmp_path):
    remote = open_store("http://127.0.0.1:7878/query", tmp_path)
    assert isinstance(remote, RemoteStore)
    assert remote.endpoints()["gsp"] == "http://127.0.0.1:7878/store"
    remote = open_store("http://127.0.0.1:3030/ds/query", tmp_path, gsp_url="http://127.0.0.1:3030/ds/gsp")
    assert remote.endpoints()["update"] == "http://127.0.0.1:3030/ds/update"
    assert remote.endpoints()["gsp"] == "http://127.0.0.1:3030/ds/gsp"
    with pytest.raises(StoreError):
        open_store(None, tmp_path, update_url="http://127.0.0.1:1/update")
    with pytest.raises(StoreError):
        RemoteStore("ftp://127.0.0.1/query")
    assert isinstance(open_store(None, None), EmbeddedStore)


def test_sibling_endpoints_and_dataset_detection():
    assert sibling_endpoints("http://127.0.0.1:7878/query") == (
        "oxigraph", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    assert sibling_endpoints("http://127.0.0.1:3030/ds/query")[1:] == (
        "http://127.0.0.1:3030/ds/update", "http://127.0.0.1:3030/ds/data")
    assert states_dataset("SELECT * FROM <http://x/g> WHERE { ?s ?p ?o }")
    assert states_dataset("select * from named <http://x/g> where { graph ?g { ?s ?p ?o } }")
    assert not states_dataset('SELECT ?from WHERE { ?from <http://x/from> "FROM" } # FROM')
    assert keywords("SELECT * { ?s ex:service ?o . service:x ?p ?o }") == ["SELECT"]


# --------------------------------------------------------------------------------------------
# Remote only: the other write and union paths, against the real server


def test_remote_generic_dialect_unions_through_the_protocol_dataset(oxigraph_url):
    _empty_server(oxigraph_url)
    writer = RemoteStore(oxigraph_url)
    writer.replace_graph(G1, DOC1, "turtle")
    writer.replace_graph(G2, DOC2, "ntriples")
    # as a server that is not Oxigraph: default-graph-uri + named-graph-uri for every graph
    generic = RemoteStore(oxigraph_url, dialect="generic")
    assert [r["name"] for r in generic.query(NAMES).rows] == ["Councillor Ames", "Councillor Bell"]
    where = generic.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{EX}bell> ?p ?o }} }}")
    assert [r["g"] for r in where.rows] == [G2]
    # without the union: the server's own (empty) default graph
    plain = RemoteStore(oxigraph_url, union_default_graph=False)
    assert plain.query(NAMES).rows == []


def test_remote_writes_through_sparql_update_without_a_graph_store(oxigraph_url):
    _empty_server(oxigraph_url)
    store = RemoteStore(oxigraph_url, gsp_url="")
    assert store.gsp_url is None
    store.replace_graph(G1, DOC1, "turtle")
    store.replace_graph(G1, DOC1_NEW, "turtle")
    store.replace_graph(G2, DOC2, "ntriples")
    assert [r["name"] for r in store.query(NAMES).rows] == ["Councillor Bell", "Councillor Cole"]
    store.drop_graph(G2)
    assert store.graphs() == [G1]


def test_remote_load_trig_with_prune(oxigraph_url, tmp_path):
    _empty_server(oxigraph_url)
    store = RemoteStore(oxigraph_url)
    store.replace_graph(EX + "doc/stale", f"<{EX}x> <{EX}y> <{EX}z> .", "ntriples")
    trig = tmp_path / "graph.trig"
    trig.write_text(TRIG, encoding="utf-8")
    assert store.load_trig(trig, prune=True) == [G1, G2, G3]
    assert store.graphs() == [G1, G2, G3]


def test_remote_errors_are_store_errors(tmp_path):
    port = free_port()  # nothing listens there
    store = RemoteStore(f"http://127.0.0.1:{port}/query", timeout=2)
    with pytest.raises(StoreError, match="cannot reach"):
        store.graphs()


def test_query_latency_on_a_small_graph(oxigraph_url, capsys):
    """Not a benchmark: keeps an eye on the order of magnitude (printed with -s)."""
    _empty_server(oxigraph_url)
    data = "".join(f"<{EX}p{i}> <http://xmlns.com/foaf/0.1/name> \"P{i}\" .\n" for i in range(1000))
    stores = {"embedded": EmbeddedStore(None), "oxigraph server": RemoteStore(oxigraph_url)}
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?o }"
    for name, s in stores.items():
        s.replace_graph(G1, data, "ntriples")
        s.query(query)
        start = time.perf_counter()
        for _ in range(20):
            result: QueryResult = s.query(query)
        per_query = (time.perf_counter() - start) / 20
        assert result.rows == [{"n": "1000"}]
        assert per_query < 1.0
        with capsys.disabled():
            print(f"\n  {name}: {per_query * 1000:.2f} ms per COUNT over 1000 triples", end="")


def test_union_copy_counts_each_triple_once(tmp_path):
    """A triple stated in two documents' graphs is one triple of the union (pyoxigraph's own
    union default graph would give it twice); changing a graph drops the copy, and queries fall
    back to the (slower, still correct up to duplicates) union until it is rebuilt."""
    store = EmbeddedStore(tmp_path / "s")
    try:
        same = f"<{EX}ames> <http://xmlns.com/foaf/0.1/name> \"Ames\" .\n"
        store.replace_graph(G1, same, "ntriples")
        store.replace_graph(G2, same, "ntriples")
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://xmlns.com/foaf/0.1/name> ?o }"
        assert store.query(count).rows[0]["n"] == "2"
        store.materialise_union()
        assert store.query(count).rows[0]["n"] == "1"
        assert store.graphs() == sorted([G1, G2])  # the copy is not a named graph
        names = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
        assert [r["g"] for r in store.query(names).rows] == sorted([G1, G2])
        store.drop_graph(G2)
        assert store.query(count).rows[0]["n"] == "1"
    finally:
        store.close()
