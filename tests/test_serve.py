"""``govgraph serve``: the read-only SPARQL endpoint, exercised with SPARQLWrapper as a real
client (and plain urllib for the protocol's corners) against servers started on 127.0.0.1."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from govgraph.graph.serve import make_server, negotiate
from servers import stop_process
from govgraph.graph.store import EmbeddedStore
from govgraph.graph.store_remote import RemoteStore

EX = "http://example.org/"
G1, G2 = EX + "doc/minutes-1", EX + "doc/minutes-2"
PEOPLE = 12
ROW_CAP = 5
TIME_LIMIT = 1.5

TRIG = f"""@prefix ex: <{EX}> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<{G1}> {{
  ex:ames a foaf:Person ; foaf:name "Councillor Ames" .
  ex:board ex:chairedBy ex:ames .
}}
<{G2}> {{
  ex:bell a foaf:Person ; foaf:name "Councillor Bell"@en .
  ex:board ex:member ex:bell .
}}
<{EX}doc/people> {{
""" + "".join(f'  ex:p{i:02d} a foaf:Person ; foaf:name "Person {i:02d}" .\n' for i in range(PEOPLE - 2)) + "}\n"

NAMES = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"
TWO_NAMES = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> SELECT ?name ?g WHERE { GRAPH ?g { ?p foaf:name ?name } "
             "FILTER(STRSTARTS(?name, 'Councillor')) } ORDER BY ?name")
# A cross product of every triple with itself four times over: 36^4 rows to count.
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("graph")
    (folder / "graph.trig").write_text(TRIG, encoding="utf-8")
    store = EmbeddedStore(None)
    store.load_trig(folder / "graph.trig")
    srv = make_server(store, "127.0.0.1", 0, time_limit=TIME_LIMIT, row_cap=ROW_CAP, workers=2).start()
    try:
        yield srv
    finally:
        srv.stop()
        store.close()


def client(server, fmt=JSON, method="GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    sparql.setTimeout(20)
    return sparql


def http(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one request; HTTP errors are answers too."""
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(server, query: str, accept: str | None = None, **params):
    url = server.url + "?" + urllib.parse.urlencode({"query": query, **params})
    return http(url, headers={"Accept": accept} if accept else {})


# --------------------------------------------------------------------------------------------
# SPARQLWrapper as the client


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_json_across_named_graphs(server, method):
    sparql = client(server, JSON, method)
    sparql.setQuery(TWO_NAMES)
    data = sparql.query().convert()
    rows = [(b["name"]["value"], b["g"]["value"]) for b in data["results"]["bindings"]]
    assert rows == [("Councillor Ames", G1), ("Councillor Bell", G2)]
    assert data["results"]["bindings"][1]["name"]["xml:lang"] == "en"


def test_select_xml(server):
    sparql = client(server, XML)
    sparql.setQuery(TWO_NAMES)
    doc = sparql.query().convert()  # an xml.dom.minidom Document
    literals = [node.firstChild.data for node in doc.getElementsByTagName("literal")]
    assert literals == ["Councillor Ames", "Councillor Bell"]


def test_select_csv(server):
    sparql = client(server, CSV)
    sparql.setQuery(TWO_NAMES)
    text = sparql.query().convert().decode("utf-8")
    assert text.splitlines() == ["name,g", f"Councillor Ames,{G1}", f"Councillor Bell,{G2}"]


def test_ask(server):
    sparql = client(server, JSON)
    sparql.setQuery(f"ASK {{ <{EX}board> <{EX}member> <{EX}bell> }}")
    assert sparql.query().convert()["boolean"] is True
    sparql.setQuery(f"ASK {{ <{EX}board> <{EX}member> <{EX}ames> }}")
    assert sparql.query().convert()["boolean"] is False
    sparql = client(server, XML, "POST")
    sparql.setQuery(f"ASK {{ <{EX}ames> ?p ?o }}")
    doc = sparql.query().convert()
    assert doc.getElementsByTagName("boolean")[0].firstChild.data == "true"


def test_construct_turtle(server):
    sparql = client(server, TURTLE)
    sparql.setQuery(f"CONSTRUCT {{ ?b <{EX}chair> ?p }} WHERE {{ ?b <{EX}chairedBy> ?p }}")
    result = sparql.query()
    assert result.response.headers["Content-Type"].startswith("text/turtle")
    graph = result.convert()  # Turtle bytes from SPARQLWrapper 2 (an rdflib Graph from older ones)
    if isinstance(graph, bytes):
        from rdflib import Graph

        graph = Graph().parse(data=graph, format="turtle")
    assert {(str(s), str(p), str(o)) for s, p, o in graph} == {(EX + "board", EX + "chair", EX + "ames")}


def test_describe_as_ntriples(server):
    status, headers, body = get(server, f"DESCRIBE <{EX}ames>", "application/n-triples")
    assert status == 200 and headers["Content-Type"] == "application/n-triples"
    assert f'<{EX}ames> <http://xmlns.com/foaf/0.1/name> "Councillor Ames" .' in body.decode()


def test_syntax_error_is_400(server):
    sparql = client(server, JSON)
    sparql.setQuery("SELECT ?x WHERE { ?x ?y }")
    with pytest.raises(QueryBadFormed):
        sparql.query()


# --------------------------------------------------------------------------------------------
# The protocol's other ways in


def test_post_sparql_query_body_and_form(server):
    status, headers, body = http(server.url, TWO_NAMES.encode(), {
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 2
    form = urllib.parse.urlencode({"query": TWO_NAMES}).encode()
    status, headers, body = http(server.url, form, {
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "text/tab-separated-values"})
    assert status == 200 and headers["Content-Type"].startswith("text/tab-separated-values")
    assert body.decode().splitlines()[2] == f'"Councillor Bell"@en\t<{G2}>'


def test_protocol_dataset_parameters(server):
    status, _, body = get(server, NAMES, "application/sparql-results+json", **{"default-graph-uri": G2})
    assert status == 200
    assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["Councillor Bell"]


def test_cors(server):
    status, headers, _ = get(server, "ASK {}")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = http(server.url, method="OPTIONS", headers={
        "Origin": "http://127.0.0.1:9", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in headers["Access-Control-Allow-Methods"]
    status, headers, _ = get(server, "SELECT WHERE {")  # errors carry it too
    assert status == 400 and headers["Access-Control-Allow-Origin"] == "*"


def test_content_negotiation():
    assert negotiate("select", "application/sparql-results+json,application/json,text/javascript", {}) == "json"
    assert negotiate("graph", "application/rdf+xml", {}) == "rdfxml"
    assert negotiate("graph", None, {"format": ["xml"]}) == "rdfxml"
    assert negotiate("select", "text/*;q=0.5, application/sparql-results+xml;q=0.4", {}) == "csv"
    assert negotiate("ask", "application/sparql-results+json;q=0", {}) is None


def test_unacceptable_format_is_406(server):
    status, _, body = get(server, NAMES, "image/png")
    assert status == 406 and b"offered" in body


def test_help_page_and_unknown_paths(server):
    status, _, body = http(server.url)
    assert status == 200 and b"read-only" in body
    status, _, _ = http(server.url.replace("/sparql", "/nothing-here"))
    assert status == 404


# --------------------------------------------------------------------------------------------
# Read-only


def test_update_through_sparqlwrapper_is_refused(server):
    sparql = SPARQLWrapper(server.url, updateEndpoint=server.url)
    sparql.setMethod(POST)
    sparql.setQuery(f'INSERT DATA {{ <{EX}x> <{EX}y> "z" }}')
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as caught:
        sparql.query()
    assert "403" in str(caught.value) or getattr(caught.value, "code", None) == 403
    assert not _ask(server, f"ASK {{ <{EX}x> ?p ?o }}")


@pytest.mark.parametrize("how", ["update-form", "update-body", "insert-as-query", "load", "delete-where"])
def test_updates_and_load_are_refused(server, how):
    insert = f'INSERT DATA {{ <{EX}x> <{EX}y> "z" }}'
    if how == "update-form":
        status, _, body = http(server.url, urllib.parse.urlencode({"update": insert}).encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "update-body":
        status, _, body = http(server.url, insert.encode(), {"Content-Type": "application/sparql-update"})
    elif how == "insert-as-query":
        status, _, body = get(server, insert)
    elif how == "load":
        status, _, body = get(server, "LOAD <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://127.0.0.1:9/g>")
    else:
        status, _, body = get(server, "DELETE WHERE { ?s ?p ?o }")
    assert status == 403
    assert b"read-only" in body
    if how == "load":
        assert b"LOAD" in body
    assert _ask(server, f"ASK {{ <{EX}ames> ?p ?o }}")
    assert not _ask(server, f"ASK {{ <{EX}x> ?p ?o }}")


def test_service_is_refused(server):
    status, _, body = get(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    # a variable or name spelt like the keyword is fine
    status, _, _ = get(server, "SELECT ?service WHERE { ?service a <http://example.org/Service> }")
    assert status == 200


def test_other_methods_are_refused(server):
    status, headers, body = http(server.url, b"<a:a> <a:b> <a:c> .", {"Content-Type": "text/turtle"}, "PUT")
    assert status == 405 and b"read-only" in body
    status, _, _ = http(server.url, method="DELETE")
    assert status == 405


def _ask(server, query: str) -> bool:
    status, _, body = get(server, query, "application/sparql-results+json")
    assert status == 200, body
    return json.loads(body)["boolean"]


# --------------------------------------------------------------------------------------------
# Limits


def test_row_cap(server):
    sparql = client(server, JSON)
    sparql.setQuery(NAMES)
    result = sparql.query()
    rows = result.convert()["results"]["bindings"]
    assert len(rows) == ROW_CAP
    assert result.response.headers["X-Govgraph-Truncated"] == "true"
    status, headers, body = get(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples")
    assert status == 200 and len(body.decode().strip().splitlines()) == ROW_CAP
    assert headers["X-Govgraph-Truncated"] == "true"
    status, headers, _ = get(server, TWO_NAMES)
    assert "X-Govgraph-Truncated" not in headers


def test_expensive_query_is_stopped_and_the_server_goes_on(server):
    start = time.monotonic()
    status, _, body = get(server, EXPENSIVE)
    elapsed = time.monotonic() - start
    assert status == 503, body
    assert b"time limit" in body
    assert TIME_LIMIT <= elapsed < TIME_LIMIT + 5
    # the server stays up and answers at once (the other worker), and again once replaced
    for _ in range(4):
        assert _ask(server, f"ASK {{ <{EX}ames> ?p ?o }}")
    deadline = time.monotonic() + 30
    while server.backend._idle.qsize() < server.backend.size and time.monotonic() < deadline:
        time.sleep(0.1)
    assert server.backend._idle.qsize() == server.backend.size


def test_concurrent_queries_while_one_is_stuck(server):
    import threading

    answers = []
    slow = threading.Thread(target=lambda: answers.append(get(server, EXPENSIVE)[0]))
    slow.start()
    time.sleep(0.2)
    assert _ask(server, f"ASK {{ <{EX}bell> ?p ?o }}")  # the other worker answers meanwhile
    slow.join(20)
    assert answers == [503]


# --------------------------------------------------------------------------------------------
# Over a SPARQL server, and from the command line


def test_serve_over_a_remote_store(tmp_path):
    from test_store import running_oxigraph

    with running_oxigraph(tmp_path / "oxi") as url:
        remote = RemoteStore(url, timeout=10)
        (tmp_path / "graph.trig").write_text(TRIG, encoding="utf-8")
        remote.load_trig(tmp_path / "graph.trig")
        with make_server(remote, "127.0.0.1", 0, row_cap=3, time_limit=TIME_LIMIT).start() as srv:
            sparql = client(srv, JSON, "POST")
            sparql.setQuery(TWO_NAMES)
            rows = sparql.query().convert()["results"]["bindings"]
            assert [r["g"]["value"] for r in rows] == [G1, G2]
            status, headers, body = get(srv, NAMES)
            assert status == 200 and headers["X-Govgraph-Truncated"] == "true"
            assert len(json.loads(body)["results"]["bindings"]) == 3
            status, _, _ = get(srv, f'INSERT DATA {{ <{EX}x> <{EX}y> "z" }}')
            assert status == 403
            start = time.monotonic()
            status, _, body = get(srv, EXPENSIVE)
            assert status == 503 and b"time limit" in body
            assert time.monotonic() - start < TIME_LIMIT + 5


def test_cli_serve(tmp_path):
    (tmp_path / "graph.trig").write_text(TRIG, encoding="utf-8")
    command = [sys.executable, "-m", "govgraph", "serve", "--graph", str(tmp_path), "--port", "0",
               "--time-limit", "5", "--row-cap", "100", "--workers", "1"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        seen = []
        for _ in range(20):  # "... SPARQL endpoint URL ...": printed once it listens
            line = process.stderr.readline()
            seen.append(line)
            found = re.search(r"SPARQL endpoint (http://127\.0\.0\.1:\d+/sparql) ", line)
            if found or not line:
                break
        assert found, seen
        url = found.group(1)
        sparql = SPARQLWrapper(url)
        sparql.setReturnFormat(JSON)
        sparql.setTimeout(20)
        sparql.setQuery(NAMES)
        rows = sparql.query().convert()["results"]["bindings"]
        assert len(rows) == PEOPLE
    finally:
        stop_process(process)
        rest = process.stderr.read()
        process.stderr.close()
    assert process.returncode == 0, rest
    assert "stopped" in rest
    assert (tmp_path / "store").exists()  # the embedded store was made from graph.trig


def test_cli_serve_without_a_graph_is_a_usage_error(tmp_path):
    result = subprocess.run([sys.executable, "-m", "govgraph", "serve", "--graph", str(tmp_path / "none")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "govgraph build" in result.stderr


# --------------------------------------------------------------------------------------------
# The endpoint never calls out, whatever the query says (a listener on 127.0.0.1 hears nothing)


@pytest.fixture()
def listener():
    """A TCP listener on 127.0.0.1 that records every connection made to it."""
    import socket
    import threading

    heard: list[bytes] = []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.settimeout(0.2)
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1)
                try:
                    heard.append(conn.recv(4096) or b"(connected)")
                except OSError:
                    heard.append(b"(connected)")
                conn.sendall(b"HTTP/1.1 500 Oops\r\nContent-Length: 11\r\n\r\nsecret-body")

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield sock.getsockname()[1], heard
    stop.set()
    thread.join(5)
    sock.close()


def outbound_queries(port: int) -> list[str]:
    """SERVICE and LOAD hidden the ways a keyword scan misses: comments ending at \\r or \\r\\n,
    escapes in prefixed names, nesting, subqueries, OPTIONAL, UNION, lower case."""
    target = f"<http://127.0.0.1:{port}/sparql>"
    service = f"SERVICE {target} {{ ?s ?p ?o }}"
    shapes = [
        f"SELECT * {{ # x\r{service} }}",
        f"PREFIX ex: <http://e/> SELECT * {{ BIND(ex:a\\#b AS ?q) {service} }}",
        f"SELECT * {{ ?a ?b ?c # hidden?\r {service} \n }}",
        f"SELECT * {{ ?a ?b ?c # hidden?\r\n {service} }}",
        f"SELECT * {{ {{ {{ {{ {service} }} }} }} }}",
        f"SELECT * {{ ?a ?b ?c {{ SELECT ?s {{ {service} }} }} }}",
        f"SELECT * {{ ?a ?b ?c OPTIONAL {{ {service} }} }}",
        f"SELECT * {{ {{ ?a ?b ?c }} UNION {{ {service} }} }}",
        f"select * {{ service {target} {{ ?s ?p ?o }} }}",
        f"SELECT * {{ SERVICE SILENT {target} {{ ?s ?p ?o }} }}",
        f"ASK {{ FILTER EXISTS {{ {service} }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ MINUS {{ ?x ?y ?z }} {service} }}",
        f"PREFIX svc: {target[:-1]}#> SELECT * {{ SERVICE svc: {{ ?s ?p ?o }} }}",
        f"LOAD {target}",
        f"load {target} INTO GRAPH <http://e/g>",
        f"SELECT * {{ ?s ?p ?o }} ; LOAD {target}",
    ]
    return shapes


def test_no_query_makes_the_endpoint_call_out(server, listener):
    port, heard = listener
    for query in outbound_queries(port):
        for method in ("GET", "POST"):
            if method == "GET":
                status, _, body = get(server, query)
            else:
                status, _, body = http(server.url, query.encode(), {"Content-Type": "application/sparql-query"})
            assert status in (400, 403), (query, status, body)
            assert b"secret-body" not in body
    time.sleep(0.5)
    assert heard == []


def test_query_workers_cannot_open_network_sockets(server, listener):
    """The second wall: a SERVICE query given straight to a worker, past the check, fails there."""
    from govgraph.graph.sandbox import NETWORK_SANDBOX_SUPPORTED

    if not NETWORK_SANDBOX_SUPPORTED:
        pytest.skip("no seccomp network filter on this platform")
    port, heard = listener
    assert server.backend.sandbox_warning == ""
    worker = server.backend._idle.get(timeout=30)
    try:
        worker.conn.send((f"SELECT * {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}", 10, None, None))
        assert worker.conn.poll(20)
        status, detail = worker.conn.recv()
    finally:
        server.backend._idle.put(worker)
    assert status == "error" and "Permission denied" in detail
    time.sleep(0.5)
    assert heard == []


@pytest.mark.parametrize("iri", ["not an iri", "relative", "http://a/%zz", "http://[::1/"])
@pytest.mark.parametrize("where", ["FROM", "default-graph-uri", "named-graph-uri"])
def test_a_bad_graph_iri_is_400(server, where, iri):
    if where == "FROM":
        status, _, body = get(server, f"SELECT * FROM <{iri}> {{ ?s ?p ?o }}")
    else:
        status, _, body = get(server, "SELECT * { ?s ?p ?o }", **{where: iri})
    assert status == 400, body


# --------------------------------------------------------------------------------------------
# Memory, queueing, and the HTTP corners


def test_a_query_over_the_memory_cap_gets_503_and_others_go_on(tmp_path):
    store = EmbeddedStore(None)
    rows = "".join(f'<{EX}s{i}> <{EX}p> "value {i} with some words to make it longer" .\n' for i in range(3000))
    store.replace_graph(EX + "g", rows, "ntriples")
    with make_server(store, "127.0.0.1", 0, workers=2, time_limit=120, memory_limit=400 * 1024**2).start() as srv:
        start = time.monotonic()
        status, headers, body = get(srv, "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f")
        assert status == 503 and b"memory limit" in body, body
        assert headers["Retry-After"]
        assert time.monotonic() - start < 60
        status, _, body = get(srv, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
        assert status == 200 and b'"3000"' in body


def test_requests_wait_for_a_busy_worker_then_get_503_with_retry_after(tmp_path):
    import threading

    store = EmbeddedStore(None)
    store.replace_graph(G1, "".join(f'<{EX}s{i}> <{EX}p> "{i}" .\n' for i in range(40)), "ntriples")
    with make_server(store, "127.0.0.1", 0, workers=1, time_limit=2, queue_wait=6).start() as srv:
        slow = threading.Thread(target=lambda: get(srv, EXPENSIVE))
        slow.start()
        time.sleep(0.3)
        status, _, body = get(srv, "ASK { ?s ?p ?o }")  # waits for the slow one's worker
        slow.join(30)
        assert status == 200, body
    with make_server(store, "127.0.0.1", 0, workers=1, time_limit=5, queue_wait=0.5).start() as srv:
        slow = threading.Thread(target=lambda: get(srv, EXPENSIVE))
        slow.start()
        time.sleep(0.3)
        status, headers, body = get(srv, "ASK { ?s ?p ?o }")
        slow.join(30)
        assert status == 503 and b"busy" in body and headers["Retry-After"]


def raw_exchange(server, request: bytes, wait: float = 3.0) -> bytes:
    """Send raw bytes; everything the server answers until it closes or ``wait`` passes."""
    import socket

    host, port = server.server_address[:2]
    with socket.create_connection((host, port), timeout=wait) as sock:
        sock.sendall(request)
        chunks = []
        try:
            while True:
                data = sock.recv(65536)
                if not data:
                    break
                chunks.append(data)
        except socket.timeout:
            pass
    return b"".join(chunks)


def test_a_rejected_body_is_never_read_as_further_requests(server):
    from govgraph.graph.serve import MAX_REQUEST_BYTES

    smuggled = (b"GET /sparql?query=ASK%7B%3Fs%3Fp%3Fo%7D HTTP/1.1\r\nHost: x\r\n\r\n")
    request = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
               b"Content-Length: " + str(MAX_REQUEST_BYTES + 1).encode() + b"\r\n\r\n" + smuggled)
    answer = raw_exchange(server, request)
    assert answer.startswith(b"HTTP/1.1 413")
    assert answer.count(b"HTTP/1.1 ") == 1


@pytest.mark.parametrize("length", [b"-5", b"-1", b"abc"])
def test_a_bad_content_length_is_400(server, length):
    request = (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
               b"Content-Length: " + length + b"\r\n\r\nASK {}")
    answer = raw_exchange(server, request)
    assert answer.startswith(b"HTTP/1.1 400"), answer[:200]


def test_a_silent_client_is_disconnected(tmp_path):
    store = EmbeddedStore(None)
    with make_server(store, "127.0.0.1", 0, workers=1, socket_timeout=1).start() as srv:
        start = time.monotonic()
        answer = raw_exchange(srv, b"GET /sparql HTTP/1.1\r\n", wait=10)  # headers never finished
        assert time.monotonic() - start < 8
        assert b"200" not in answer


def test_snapshots_left_by_killed_servers_are_removed_at_start(tmp_path):
    import tempfile

    from govgraph.graph.serve import SNAPSHOT_PREFIX

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    root = Path(tempfile.gettempdir())
    stale = root / f"{SNAPSHOT_PREFIX}{dead.pid}-left"
    live = root / f"{SNAPSHOT_PREFIX}{os.getpid()}-in-use"
    for folder in (stale, live):
        folder.mkdir()
        (folder / "snapshot.nq").write_text("")
    try:
        with make_server(EmbeddedStore(None), "127.0.0.1", 0, workers=1).start():
            assert not stale.exists()
            assert live.exists()
    finally:
        shutil.rmtree(stale, ignore_errors=True)
        shutil.rmtree(live, ignore_errors=True)
