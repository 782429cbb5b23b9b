"""``govgraph serve``: a read-only SPARQL 1.1 Protocol endpoint over the graph.

The endpoint answers at ``/sparql`` (also ``/query`` and ``/``):

- queries by ``GET ?query=...``, ``POST`` form-encoded (``query=...``) or ``POST`` with
  ``Content-Type: application/sparql-query``; ``default-graph-uri`` / ``named-graph-uri`` set the
  dataset as the protocol says; without them the default graph is the union of all graphs;
- results by ``Accept``: SPARQL JSON (the default), XML, CSV and TSV for SELECT and ASK; Turtle
  (the default), N-Triples, RDF/XML and JSON-LD for CONSTRUCT and DESCRIBE. Without a usable
  ``Accept`` the ``format`` / ``output`` parameter (``json``, ``xml``, ``csv``, ``tsv``,
  ``turtle``, ``ntriples``) is honoured, as SPARQLWrapper sends it;
- CORS: every answer carries ``Access-Control-Allow-Origin``, and ``OPTIONS`` answers preflights;
- read-only: SPARQL Update (``update=``, ``application/sparql-update``, or update text sent as a
  query, ``LOAD`` included) gets 403; ``SERVICE`` (a query that would call another endpoint)
  gets 403; other methods get 405; a query that does not parse gets 400 with the parser's message;
- limits: each query has a time limit (503 when it runs past it: the query is stopped, the server
  stays up) and a row cap (at most that many rows or triples are sent; ``X-Govgraph-Truncated:
  true`` says some were left off). Requests are capped in size (413).

Time limits. A running pyoxigraph query cannot be interrupted from Python, and a lazily read
result does not help either (ORDER BY, GROUP BY and aggregates compute everything before the first
row). So the embedded graph is queried in worker processes, each holding an in-memory copy of a
snapshot of the store (in-memory Oxigraph is also several times faster than on disk, DESIGN.md); a
query that runs past its limit has its worker killed and a fresh one started in the background
while the other workers go on answering. The snapshot is taken when the server starts (restart to
serve a new build). A :class:`RemoteStore` is queried directly: its requests time out after the
limit, and the server's own limit (``oxigraph serve --timeout-s``) is the other half.

>>> from govgraph.graph.store import EmbeddedStore
>>> store = EmbeddedStore(None)
>>> store.replace_graph("http://example.org/g", '<http://example.org/a> <http://example.org/p> "1" .', "ntriples")
>>> server = make_server(store, "127.0.0.1", 0, workers=1).start()
>>> import json, urllib.request, urllib.parse
>>> url = server.url + "?" + urllib.parse.urlencode({"query": "SELECT ?o { ?s ?p ?o }"})
>>> json.load(urllib.request.urlopen(url))["results"]["bindings"]
[{'o': {'type': 'literal', 'value': '1'}}]
>>> server.stop()
"""

from __future__ import annotations

import io
import json
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from multiprocessing.connection import Connection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from govgraph.graph.readonly import QueryRefused, check_query
from govgraph.graph.sandbox import SandboxError, deny_network, limit_memory
from govgraph.graph.store import (
    EmbeddedStore, QueryResult, QuerySyntaxError, StoreError, Term, run_oxigraph_query,
    term_to_oxigraph,
)
from govgraph.graph.store_remote import RemoteStore


DEFAULT_TIME_LIMIT = 30.0  # seconds per query
DEFAULT_ROW_CAP = 10_000  # rows (SELECT) or triples (CONSTRUCT/DESCRIBE) per answer
DEFAULT_WORKERS = 2
MAX_REQUEST_BYTES = 1_000_000
WORKER_START_TIMEOUT = 600.0  # loading the snapshot into a worker

DEFAULT_MEMORY_LIMIT = 2 * 1024**3  # bytes of address space per query worker
DEFAULT_QUEUE_WAIT = 10.0  # seconds a request waits for a free worker before 503
SOCKET_TIMEOUT = 60.0  # seconds a client may take to send its request
RETRY_AFTER = "5"  # seconds, on 503 answers
SNAPSHOT_PREFIX = "govgraph-serve-"


class Refused(Exception):
    """A request the endpoint will not run: ``status`` and a one-line message; ``retry`` for a
    refusal that may pass later (503 with Retry-After)."""

    def __init__(self, status: int, message: str, retry: bool = False):
        super().__init__(message)
        self.status = status
        self.retry = retry


class QueryTimeout(Exception):
    pass


class OutOfMemory(Exception):
    pass


class Busy(Exception):
    pass


# --------------------------------------------------------------------------------------------
# Running queries with a time limit


def worker_main(fd: int, snapshot: str, memory_limit: int = 0) -> None:
    """A query worker (a ``python -c`` child of the server, talking over the socket ``fd``):
    wall itself in (no network, ``memory_limit`` bytes of address space), load the snapshot
    into memory, then answer queries until told to stop or the server goes."""
    conn = Connection(fd)
    try:
        sandboxed = _wall_in(memory_limit)
        store = ox.Store()
        if os.path.getsize(snapshot):
            store.load(path=snapshot, format=ox.RdfFormat.N_QUADS)
        for graph in _graph_names(snapshot):
            store.add_graph(ox.NamedNode(graph))
    except BaseException as err:  # noqa: BLE001 - reported to the parent, then exit
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", sandboxed))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        conn_send_safely(conn, _answer_in_worker(store, *message))


def _wall_in(memory_limit: int) -> str:
    """Close the worker's network and cap its memory; says what could not be done ("" if all)."""
    if memory_limit:
        limit_memory(memory_limit)
    try:
        deny_network()
    except SandboxError as err:
        return str(err)
    return ""


def _answer_in_worker(store, sparql, limit, default_graphs, named_graphs) -> tuple:
    try:
        return ("ok", run_oxigraph_query(store, sparql, limit=limit, default_graphs=default_graphs,
                                         named_graphs=named_graphs))
    except QuerySyntaxError as err:
        return ("syntax", str(err))
    except MemoryError:
        return ("memory", "")
    except ValueError as err:  # a graph IRI the engine will not take
        return ("bad", str(err))
    except Exception as err:  # noqa: BLE001
        return ("error", f"{type(err).__name__}: {err}")


def conn_send_safely(conn: Connection, reply: tuple) -> None:
    try:
        conn.send(reply)
    except MemoryError:
        conn.send(("memory", ""))
    except (OSError, ValueError):
        pass


def _graph_names(snapshot: str) -> list[str]:
    names_file = snapshot + ".graphs"
    if not os.path.exists(names_file):
        return []
    with open(names_file, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


WORKER_CODE = ("import sys; from govgraph.graph.serve import worker_main; "
               "worker_main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]))")


class _Worker:
    """One worker process. Started as ``python -c`` (not multiprocessing's spawn, which re-runs
    the caller's main script), with a socket pair for multiprocessing's message framing."""

    def __init__(self, snapshot: str, memory_limit: int):
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parents[2])  # so the child imports this govgraph
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH")) if p)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", WORKER_CODE, str(theirs.fileno()), snapshot, str(memory_limit)],
                # The allocator's "memory allocation failed" on a capped query is the server's to
                # report (503), not a worker's to print.
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.conn = Connection(ours.detach())

    def wait_ready(self, timeout: float) -> str:
        """Wait for the worker to load the snapshot; returns what its sandbox could not do."""
        if not self.conn.poll(timeout):
            self.kill()
            raise StoreError(f"a query worker did not load the graph within {timeout:.0f} s")
        try:
            status, detail = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise StoreError("a query worker exited while loading the graph (is the graph larger "
                             "than --memory-limit allows?)") from None
        if status != "ready":
            self.kill()
            raise StoreError(f"a query worker could not load the graph: {detail}")
        return detail

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.wait(5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        try:
            self.conn.close()
        except OSError:
            pass

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.kill()
        else:
            try:
                self.conn.close()
            except OSError:
                pass


class ProcessBackend:
    """Queries in a pool of worker processes, each with the snapshot in memory."""

    def __init__(self, store: EmbeddedStore, workers: int = DEFAULT_WORKERS, *,
                 memory_limit: int = DEFAULT_MEMORY_LIMIT, queue_wait: float = DEFAULT_QUEUE_WAIT):
        remove_stale_snapshots()
        # The server's pid in the name lets a later server tell a folder left by a killed one.
        self._dir = tempfile.mkdtemp(prefix=f"{SNAPSHOT_PREFIX}{os.getpid()}-")
        self.memory_limit = int(memory_limit)
        self.queue_wait = float(queue_wait)
        self.sandbox_warning = ""
        self._snapshot = os.path.join(self._dir, "snapshot.nq")
        store.dump_nquads(Path(self._snapshot))
        with open(self._snapshot + ".graphs", "w", encoding="utf-8") as handle:
            handle.writelines(g + "\n" for g in store.graphs())
        self._idle: "queue.Queue[_Worker]" = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.size = max(1, int(workers))
        started = [self._spawn() for _ in range(self.size)]
        try:
            for worker in started:
                self.sandbox_warning = worker.wait_ready(WORKER_START_TIMEOUT)
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        worker = _Worker(self._snapshot, self.memory_limit)
        with self._lock:
            self._all.add(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._lock:
            self._all.discard(worker)

    def _replace(self) -> None:
        """Start a worker in the background in place of a killed one."""
        def start() -> None:
            if self._closed:
                return
            worker = self._spawn()
            try:
                worker.wait_ready(WORKER_START_TIMEOUT)
            except StoreError as err:
                print(f"govgraph serve: {err}", file=sys.stderr)
                self._discard(worker)
                return
            if self._closed:
                self._discard(worker)
            else:
                self._idle.put(worker)

        threading.Thread(target=start, name="govgraph-worker-start", daemon=True).start()

    def run(self, sparql: str, *, limit: int, time_limit: float, default_graphs=None,
            named_graphs=None) -> QueryResult:
        try:
            worker = self._idle.get(timeout=self.queue_wait)
        except queue.Empty:
            raise Busy(f"all {self.size} query workers stayed busy for {self.queue_wait:g} s") from None
        deadline = time.monotonic() + time_limit
        try:
            worker.conn.send((sparql, limit, default_graphs, named_graphs))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._lose(worker)
                worker = None
                raise QueryTimeout(f"the query ran past the time limit of {time_limit:g} s "
                                   "and was stopped")
            status, detail = worker.conn.recv()
        except (EOFError, OSError):
            if worker is not None:
                self._lose(worker)
                worker = None
            # The worker died: in practice its allocator gave up at the memory cap.
            raise OutOfMemory(self._memory_message()) from None
        finally:
            if worker is not None:
                self._idle.put(worker)
        return _reply(status, detail, self._memory_message)

    def _lose(self, worker: _Worker) -> None:
        self._discard(worker)
        self._replace()

    def _memory_message(self) -> str:
        return (f"the query needed more than the memory limit of {self.memory_limit / 1024**2:,.0f} MB "
                "and was stopped")

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()
        shutil.rmtree(self._dir, ignore_errors=True)


def _reply(status: str, detail, memory_message) -> QueryResult:
    """A worker's answer, or the exception it stands for."""
    if status == "ok":
        return detail
    if status == "syntax":
        raise QuerySyntaxError(detail)
    if status == "memory":
        raise OutOfMemory(memory_message())
    if status == "bad":
        raise ValueError(detail)
    raise StoreError(detail)


def remove_stale_snapshots() -> None:
    """Snapshot folders of servers that were killed (SIGKILL runs no clean-up) are removed."""
    root = Path(tempfile.gettempdir())
    for folder in root.glob(f"{SNAPSHOT_PREFIX}*"):
        pid = folder.name[len(SNAPSHOT_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class DirectBackend:
    """Queries straight to the store (a RemoteStore: its request timeout is the time limit)."""

    def __init__(self, store):
        self.store = store

    def run(self, sparql: str, *, limit: int, time_limit: float, default_graphs=None,
            named_graphs=None) -> QueryResult:
        kwargs: dict = {}
        if default_graphs or named_graphs:
            kwargs = {"default_graphs": default_graphs, "named_graphs": named_graphs}
        if isinstance(self.store, RemoteStore):
            kwargs["timeout"] = time_limit
        try:
            return self.store.query(sparql, limit=limit, **kwargs)
        except StoreError as err:
            if "timed out" in str(err):
                raise QueryTimeout(f"the query ran past the time limit of {time_limit:g} s") from None
            raise

    def close(self) -> None:
        pass


# --------------------------------------------------------------------------------------------
# Result formats

RESULT_OFFERS = {
    "select": [("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
               ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
               ("application/json", "json"), ("application/xml", "xml"), ("text/xml", "xml")],
    "graph": [("text/turtle", "turtle"), ("application/n-triples", "ntriples"),
              ("application/rdf+xml", "rdfxml"), ("application/ld+json", "jsonld"),
              ("application/turtle", "turtle"), ("text/plain", "ntriples"),
              ("application/xml", "rdfxml"), ("text/n3", "turtle")],
}
RESULT_OFFERS["ask"] = RESULT_OFFERS["select"]

MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
         "turtle": "text/turtle; charset=utf-8", "ntriples": "application/n-triples",
         "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}

# the format/output parameter's values
PARAM_FORMATS = {
    "select": {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "n3": "turtle", "ntriples": "ntriples",
              "nt": "ntriples", "n-triples": "ntriples", "xml": "rdfxml", "rdf+xml": "rdfxml",
              "rdfxml": "rdfxml", "json-ld": "jsonld", "jsonld": "jsonld"},
}
PARAM_FORMATS["ask"] = PARAM_FORMATS["select"]


def parse_accept(header: str) -> list[tuple[str, float]]:
    ranges = []
    for part in header.split(","):
        bits = [b.strip() for b in part.split(";")]
        media = bits[0].lower()
        if not media:
            continue
        q = 1.0
        for bit in bits[1:]:
            if bit.lower().startswith("q="):
                try:
                    q = float(bit[2:])
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def negotiate(kind: str, accept: Optional[str], params: dict) -> Optional[str]:
    """The format to answer in, or None when nothing acceptable is offered (406).

    >>> negotiate("select", "text/csv;q=0.5, application/sparql-results+xml", {})
    'xml'
    >>> negotiate("graph", "*/*", {"format": ["json"]})
    'turtle'
    >>> negotiate("select", None, {"output": ["tsv"]})
    'tsv'
    >>> negotiate("select", "image/png", {}) is None
    True
    """
    offers = RESULT_OFFERS[kind]
    ranges = parse_accept(accept or "")
    specific = [r for r in ranges if r[0] not in ("*/*", "*")]
    if not specific:
        for key in ("format", "output", "results"):
            for value in params.get(key, []):
                value = value.strip().lower()
                if value in PARAM_FORMATS[kind]:
                    return PARAM_FORMATS[kind][value]
                for media, name in offers:
                    if value == media:
                        return name
        if not ranges or any(q > 0 for _, q in ranges):
            return offers[0][1]
        return None
    best, best_q = None, 0.0
    for index, (media, name) in enumerate(offers):
        mtype = media.split("/")[0]
        q, rank = 0.0, -1
        for pattern, pq in ranges:
            r = 2 if pattern == media else 1 if pattern == f"{mtype}/*" else 0 if pattern in ("*/*", "*") else -1
            if r > rank:
                q, rank = pq, r
        if rank >= 0 and q > best_q:
            best, best_q = name, q
    return best


def _json_term(term: Term) -> dict:
    if term.kind == "triple" and term.parts:
        s, p, o = term.parts
        return {"type": "triple", "value": {"subject": _json_term(s), "predicate": _json_term(p),
                                            "object": _json_term(o)}}
    out = {"type": term.kind, "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


def _xml_term(term: Term) -> str:
    if term.kind == "uri":
        return f"<uri>{xml_escape(term.value)}</uri>"
    if term.kind == "bnode":
        return f"<bnode>{xml_escape(term.value)}</bnode>"
    if term.kind == "triple" and term.parts:
        s, p, o = term.parts
        return (f"<triple><subject>{_xml_term(s)}</subject><predicate>{_xml_term(p)}</predicate>"
                f"<object>{_xml_term(o)}</object></triple>")
    attrs = ""
    if term.lang:
        attrs = f' xml:lang="{xml_escape(term.lang)}"'
    elif term.datatype:
        attrs = f' datatype="{xml_escape(term.datatype)}"'
    return f"<literal{attrs}>{xml_escape(_xml_safe(term.value))}</literal>"


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def _csv_field(text: str) -> str:
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def serialize_result(result: QueryResult, fmt: str) -> bytes:
    """The result in one of the formats of :data:`MEDIA`."""
    if result.kind == "graph":
        rdf = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
               "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
        triples = [ox.Triple(*(term_to_oxigraph(t) for t in triple)) for triple in result.graph]
        return ox.serialize(triples, format=rdf)
    if fmt == "json":
        if result.kind == "ask":
            data = {"head": {}, "boolean": bool(result.boolean)}
        else:
            data = {"head": {"vars": result.vars}, "results": {"bindings": [
                {k: _json_term(v) for k, v in row.items()} for row in result.bindings]}}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = io.StringIO()
        out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n')
        if result.kind == "ask":
            out.write(f"<head/>\n<boolean>{'true' if result.boolean else 'false'}</boolean>\n")
        else:
            out.write("<head>" + "".join(f'<variable name="{xml_escape(v)}"/>' for v in result.vars)
                      + "</head>\n<results>\n")
            for row in result.bindings:
                out.write("<result>" + "".join(
                    f'<binding name="{xml_escape(k)}">{_xml_term(v)}</binding>' for k, v in row.items())
                    + "</result>\n")
            out.write("</results>\n")
        out.write("</sparql>\n")
        return out.getvalue().encode("utf-8")
    if result.kind == "ask":  # CSV/TSV define no boolean form: one column, one row
        return (f"_askResult\r\n{'true' if result.boolean else 'false'}\r\n" if fmt == "csv"
                else f"?_askResult\n{'true' if result.boolean else 'false'}\n").encode("utf-8")
    if fmt == "csv":
        lines = [",".join(_csv_field(v) for v in result.vars)]
        for row in result.bindings:
            lines.append(",".join(_csv_field(row[v].lexical()) if v in row else "" for v in result.vars))
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join("?" + v for v in result.vars)]
    for row in result.bindings:
        lines.append("\t".join(row[v].n3() if v in row else "" for v in result.vars))
    return ("\n".join(lines) + "\n").encode("utf-8")


# --------------------------------------------------------------------------------------------
# HTTP

ENDPOINT_PATHS = ("/sparql", "/query", "/")

HELP_TEXT = """govgraph SPARQL endpoint (read-only).
Send a SPARQL 1.1 query to {url} by GET ?query=..., or by POST (form-encoded query=...,
or Content-Type: application/sparql-query). The default graph is the union of all graphs;
GRAPH ?g names the document a fact came from. Results by Accept: SPARQL JSON, XML, CSV, TSV;
Turtle, N-Triples, RDF/XML, JSON-LD for CONSTRUCT and DESCRIBE.
Limits: {time_limit:g} s per query, {row_cap} rows per answer. Updates, LOAD and SERVICE are refused.
"""


class SparqlHandler(BaseHTTPRequestHandler):
    server: "SparqlServer"
    server_version = "govgraph-sparql"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        # A client that stops sending does not hold a thread for ever.
        self.timeout = self.server.socket_timeout
        super().setup()

    # -- plumbing

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if self.server.verbose:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", self.server.cors_origin)
        self.send_header("Access-Control-Expose-Headers",
                         "Content-Type, X-Govgraph-Truncated, X-Govgraph-Row-Cap")

    def _send(self, status: int, body: bytes, content_type: str, extra: Optional[dict] = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self._cors()
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str, extra: Optional[dict] = None) -> None:
        # A refused request's body may be unread: never parse what follows as further requests.
        self.close_connection = True
        extra = dict(extra or {}, Connection="close")
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", extra)

    def _path(self) -> tuple[str, dict]:
        parts = urllib.parse.urlsplit(self.path)
        return parts.path, urllib.parse.parse_qs(parts.query, keep_blank_values=True)

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            raise Refused(411, "send the request with a Content-Length (chunked bodies are not read)")
        try:
            size = int(length or 0)
        except ValueError:
            raise Refused(400, "bad Content-Length") from None
        if size < 0:
            raise Refused(400, "bad Content-Length (negative)")
        if size > MAX_REQUEST_BYTES:
            raise Refused(413, f"request body too large ({size} bytes; the limit is {MAX_REQUEST_BYTES})")
        return self.rfile.read(size) if size else b""

    # -- methods

    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers",
                         self.headers.get("Access-Control-Request-Headers") or "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        self._handle(post=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._handle(post=False)

    def do_POST(self) -> None:  # noqa: N802
        self._handle(post=True)

    def _refuse_method(self) -> None:
        self._error(405, f"{self.command} is not allowed: this endpoint is read-only "
                         "(GET or POST a SPARQL query)", {"Allow": "GET, POST, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _refuse_method  # noqa: N815

    def _handle(self, post: bool) -> None:
        try:
            path, params = self._path()
            if path.rstrip("/") not in ("/sparql", "/query", ""):
                raise Refused(404, f"no such resource {path}: the SPARQL endpoint is /sparql")
            sparql = self._read_query(post, params)
            if sparql is None:
                self._send(200, HELP_TEXT.format(url=self.server.url, time_limit=self.server.time_limit,
                                                 row_cap=self.server.row_cap).encode("utf-8"),
                           "text/plain; charset=utf-8")
                return
            self._answer(sparql, params)
        except Refused as err:
            self._error(err.status, str(err), {"Retry-After": RETRY_AFTER} if err.retry else None)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _read_query(self, post: bool, params: dict) -> Optional[str]:
        if "update" in params:
            raise Refused(403, "this endpoint is read-only: SPARQL Update is not accepted")
        if post:
            media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            body = self._body()
            if media == "application/sparql-update":
                raise Refused(403, "this endpoint is read-only: SPARQL Update is not accepted")
            if media == "application/sparql-query":
                try:
                    return body.decode("utf-8")
                except UnicodeDecodeError:
                    raise Refused(400, "the query is not UTF-8") from None
            if media in ("application/x-www-form-urlencoded", ""):
                try:
                    form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True,
                                                 strict_parsing=False)
                except UnicodeDecodeError:
                    raise Refused(400, "the form is not UTF-8") from None
                if "update" in form:
                    raise Refused(403, "this endpoint is read-only: SPARQL Update is not accepted")
                for key, values in form.items():
                    params.setdefault(key, []).extend(values)
            else:
                raise Refused(415, f"unsupported Content-Type {media!r}: send application/sparql-query "
                                   "or application/x-www-form-urlencoded")
        queries = params.get("query", [])
        if not queries:
            if post:
                raise Refused(400, "no query: send query=... (form) or an application/sparql-query body")
            return None
        if len(queries) > 1:
            raise Refused(400, "more than one query parameter")
        if len(queries[0]) > MAX_REQUEST_BYTES:
            raise Refused(413, "query too long")
        return queries[0]

    def _answer(self, sparql: str, params: dict) -> None:
        server = self.server
        try:
            sparql = check_query(sparql)
        except QueryRefused as err:
            raise Refused(err.status, err.message) from None
        try:
            result = server.backend.run(
                sparql, limit=server.row_cap, time_limit=server.time_limit,
                default_graphs=params.get("default-graph-uri") or None,
                named_graphs=params.get("named-graph-uri") or None)
        except QuerySyntaxError as err:
            raise Refused(400, str(err)) from None
        except (QueryTimeout, OutOfMemory) as err:
            raise Refused(503, str(err), retry=True) from None
        except Busy as err:
            raise Refused(503, f"server busy: {err}; try again", retry=True) from None
        except StoreError as err:
            raise Refused(500, f"query failed: {err}") from None
        except ValueError as err:  # a bad graph IRI in FROM, default-graph-uri or named-graph-uri
            raise Refused(400, f"bad request: {err}") from None
        fmt = negotiate(result.kind, self.headers.get("Accept"), params)
        if fmt is None:
            offered = ", ".join(sorted({m for m, _ in RESULT_OFFERS[result.kind]}))
            raise Refused(406, f"no acceptable result format for this {result.kind.upper()} result; "
                               f"offered: {offered}")
        body = serialize_result(result, fmt)
        extra = {"X-Govgraph-Row-Cap": str(server.row_cap)}
        if result.truncated:
            extra["X-Govgraph-Truncated"] = "true"
        self._send(200, body, MEDIA[fmt], extra)


class SparqlServer(ThreadingHTTPServer):
    """The endpoint: ``start()`` serves in a thread, ``stop()`` shuts it down (or use it as a
    context manager); ``serve_forever()`` serves in this thread. ``url`` is the query URL."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, backend, host: str, port: int, *, time_limit: float, row_cap: int,
                 cors_origin: str = "*", verbose: bool = False, socket_timeout: float = SOCKET_TIMEOUT):
        super().__init__((host, port), SparqlHandler)
        self.socket_timeout = float(socket_timeout)
        self.backend = backend
        self.time_limit = float(time_limit)
        self.row_cap = int(row_cap)
        self.cors_origin = cors_origin
        self.verbose = verbose
        self._thread: Optional[threading.Thread] = None
        host_name = host if ":" not in host else f"[{host}]"
        self.url = f"http://{host_name}:{self.server_address[1]}/sparql"

    def start(self) -> "SparqlServer":
        self._thread = threading.Thread(target=self.serve_forever, name="govgraph-serve", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join(10)
            self._thread = None
        self.server_close()
        self.backend.close()

    def __enter__(self) -> "SparqlServer":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def make_server(
    store, host: str = "127.0.0.1", port: int = 0, *, time_limit: float = DEFAULT_TIME_LIMIT,
    row_cap: int = DEFAULT_ROW_CAP, workers: int = DEFAULT_WORKERS, cors_origin: str = "*",
    verbose: bool = False, memory_limit: int = DEFAULT_MEMORY_LIMIT,
    queue_wait: float = DEFAULT_QUEUE_WAIT, socket_timeout: float = SOCKET_TIMEOUT,
) -> SparqlServer:
    """A read-only SPARQL endpoint over ``store`` on ``host:port`` (0: a free port), not yet
    serving: call ``start()`` (a thread) or ``serve_forever()``. An :class:`EmbeddedStore` is
    snapshotted into ``workers`` query processes, each walled in (no network, at most
    ``memory_limit`` bytes); a request waits up to ``queue_wait`` seconds for a free worker. Any
    other store is queried directly."""
    if time_limit <= 0 or row_cap <= 0 or memory_limit <= 0 or queue_wait < 0:
        raise ValueError("time_limit, row_cap and memory_limit must be positive")
    if isinstance(store, EmbeddedStore):
        backend = ProcessBackend(store, workers, memory_limit=memory_limit, queue_wait=queue_wait)
    else:
        backend = DirectBackend(store)
    try:
        return SparqlServer(backend, host, port, time_limit=time_limit, row_cap=row_cap,
                            cors_origin=cors_origin, verbose=verbose, socket_timeout=socket_timeout)
    except BaseException:
        backend.close()
        raise
