"""govgraph's command line: ``govgraph COMMAND ...`` (``govgraph --help`` lists the commands).

A command is two functions: ``register_NAME(subparsers)`` adds its parser (help text ending in an
example, options from the shared helpers below) and ``run_NAME(args) -> exit code`` does the work
by calling the library. Add a command by writing both and listing the register function in
``COMMANDS``. The plumbing every long-running command shares lives here once: input expansion,
one-line per-file errors, the progress bar, atomic writes.

Conventions (DESIGN.md, "Command-line conventions"): results on stdout or in the output folder;
messages and per-file errors on stderr, one line each, naming the file; exit status 0 when all
went well, 1 when some inputs failed (the rest were done), 2 for a usage error.

The loaders (and so spaCy) are imported inside the commands, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from pathlib import Path
from typing import Callable, Iterable, TextIO

from govgraph import __version__
from govgraph.files import Failed, Job, expand_inputs, extract_file, json_bytes, one_line, write_atomic

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "govgraph"


class UsageError(Exception):
    """A problem with how the command was called (exit status 2, printed with the usage)."""


# --------------------------------------------------------------------------------------------
# Shared options: one helper per option family, so every command spells them the same way.


def add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", type=Path,
        help="a document file, or a folder whose documents are taken (not its subfolders)",
    )


def add_out_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--out", "-o", metavar="DIR", type=Path, default=None,
        help=f"write {what} into DIR (created if missing) instead of stdout",
    )


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quiet", "-q", action="store_true",
        help="no progress bar and no summary; per-file errors are still printed",
    )


def add_format_option(parser: argparse.ArgumentParser, choices: Iterable[str], help: str) -> None:
    choices = tuple(choices)
    parser.add_argument("--format", "-f", choices=choices, default=choices[0], help=help)


def add_command(
    subparsers, name: str, *, summary: str, description: str, examples: Iterable[str],
    run: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    """A subcommand whose --help is ``description`` and ends with its examples."""
    epilog = "Example:\n" + "\n".join(f"  {line}" for line in examples)
    parser = subparsers.add_parser(
        name, help=summary, description=description, epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run, command_parser=parser)
    return parser


# --------------------------------------------------------------------------------------------
# Shared plumbing.


class Progress:
    """A one-line progress bar on stderr (counts and current file), drawn only when enabled
    (a terminal and no --quiet). ``message`` prints a line without tearing the bar."""

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None):
        self.total = total
        self.done = 0
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.current = ""
        self._drawn = False

    def start(self, name: str) -> None:
        self.current = name
        self._draw()

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def message(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)
        if self.done < self.total:
            self._draw()

    def close(self) -> None:
        self._clear()

    def _draw(self) -> None:
        if not self.enabled:
            return
        width = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
        slots = 20
        filled = slots * self.done // self.total if self.total else slots
        count = f"{self.done}/{self.total}".rjust(2 * len(str(self.total)) + 1)
        line = f"[{'#' * filled}{'.' * (slots - filled)}] {count} {self.current}"
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self.enabled and self._drawn:
            width = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._drawn = False


def show_progress(args: argparse.Namespace) -> bool:
    return not getattr(args, "quiet", False) and _isatty(sys.stderr)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def write_stdout_line(data: bytes) -> None:
    """One line of UTF-8 on stdout, whatever the locale says."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8") + "\n")
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(data + b"\n")
    buffer.flush()


def prepare_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"--out {out}: cannot create folder: {err.strerror or err}") from err


# --------------------------------------------------------------------------------------------
# govgraph extract

EXTRACT_DESCRIPTION = """\
Read committee papers (minutes, agendas, agenda packs, officer reports) and
print what each one states: meetings, attendance, people and their posts,
bodies, agenda items, who reported what, resolutions, reporting lines,
each with its evidence (character offsets and the quote it was read from).

PATH is a file (.txt .md .html .htm .pdf .docx) or a folder. A folder gives
its files with those suffixes in name order; hidden files and subfolders are
skipped. A file named on the command line with another suffix is an error.

Without --out: JSON Lines on stdout, one object per document.
With --out DIR: one DIR/<stem>.json per document (indented UTF-8), written to
a temporary file and renamed into place, so an interrupted run leaves the
previous results whole. Two inputs with the same stem (minutes.pdf and
minutes.docx, or a/x.txt and b/x.txt) would share one output: the later one
is reported as an error and skipped, never overwritten silently.

A file that cannot be read or extracted gives one line on stderr naming it,
and the other files go on. A progress bar shows on a terminal, and a summary
line closes a run with --out; --quiet drops both.

Each result holds "diagnostics": the kind of document recognised, counts, and
warnings where the text has a sign the extraction lacks (decision formulas but
no resolution, numbered headings but no item, an attendance label but no
attendee, a report header but no author). --verbose prints them on stderr,
one line per document and one per warning: the first thing to read on a
paper with no gold.
Exit status: 0 all done, 1 some inputs failed (the rest were done), 2 usage.
"""


def register_extract(subparsers) -> None:
    parser = add_command(
        subparsers, "extract",
        summary="extract governance facts from documents as JSON",
        description=EXTRACT_DESCRIPTION,
        examples=["govgraph extract examples/docs --out outputs/extract"],
        run=run_extract,
    )
    add_inputs(parser)
    add_out_option(parser, "one <stem>.json per document")
    add_format_option(parser, ["json"], help="output format (default: json)")
    add_quiet_option(parser)
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="print each document's diagnostics (kind, counts, warnings) on stderr")


def diagnostics_lines(path: Path, contract: dict) -> list[str]:
    """The --verbose lines of one document: its kind and counts, then one line per warning."""
    d = contract.get("diagnostics") or {}
    counts = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in (d.get("counts") or {}).items())
    lines = [f"{path}: {d.get('kind', 'unrecognised')}; {counts}"]
    lines += [f"{path}:{w['line']}: warning: {w['message']} [{w['code']}]" for w in d.get("warnings", [])]
    return lines


# Contract lists counted in the summary line, with their label.
SUMMARY_COUNTS = (
    ("meetings", "meetings"), ("attendance", "attendance"), ("people", "people"),
    ("bodies", "bodies"), ("agenda_items", "items"), ("resolutions", "resolutions"),
)


def claim_outputs(jobs: list[Job], out: Path) -> dict[int, Path]:
    """The output path of each job, by index; a job whose stem is taken becomes an error.
    Stems are compared case-folded, as on a case-insensitive file system."""
    claimed: dict[str, Path] = {}
    targets: dict[int, Path] = {}
    for i, job in enumerate(jobs):
        if job.error:
            continue
        key = job.path.stem.casefold()
        if key in claimed:
            job.error = (f"{job.path}: same stem as {claimed[key]}, whose output "
                         f"{out / (job.path.stem + '.json')} it would overwrite; skipped (rename one)")
            continue
        claimed[key] = job.path
        targets[i] = out / f"{job.path.stem}.json"
    return targets


def run_extract(args: argparse.Namespace) -> int:
    from govgraph.loaders.read import SUPPORTED_SUFFIXES

    jobs = expand_inputs(args.paths, SUPPORTED_SUFFIXES)
    targets: dict[int, Path] = {}
    if args.out is not None:
        prepare_out_dir(args.out)
        targets = claim_outputs(jobs, args.out)

    progress = Progress(sum(1 for j in jobs if not j.error), enabled=show_progress(args))
    done = failed = 0
    totals = {key: 0 for key, _ in SUMMARY_COUNTS}
    try:
        for i, job in enumerate(jobs):
            if job.error:
                failed += 1
                progress.message(job.error)
                continue
            progress.start(str(job.path))
            try:
                contract = extract_file(job.path)
                try:
                    data = json_bytes(contract, indent=None if args.out is None else 2)
                except (TypeError, ValueError) as err:  # a record that is not plain data
                    raise Failed(one_line(
                        f"{job.path}: extraction failed: {type(err).__name__}: {err}")) from err
                if args.out is None:
                    write_stdout_line(data)
                else:
                    try:
                        write_atomic(targets[i], data + b"\n")
                    except OSError as err:
                        raise Failed(one_line(f"{job.path}: cannot write {targets[i]}: {err}")) from err
            except Failed as err:
                failed += 1
                progress.message(str(err))
            else:
                done += 1
                if args.verbose:
                    for line in diagnostics_lines(job.path, contract):
                        progress.message(line)
                for key, _ in SUMMARY_COUNTS:
                    totals[key] += len(contract.get(key) or ())
            progress.advance()
    finally:
        progress.close()

    if args.out is not None and not args.quiet:
        counts = ", ".join(f"{totals[key]} {label}" for key, label in SUMMARY_COUNTS)
        print(f"extract: {done} done, {failed} failed; {counts}; results in {args.out}{os.sep}",
              file=sys.stderr, flush=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK


BUILD_DESCRIPTION = """\
Build the knowledge graph of committee papers: extract each document, give
every person, body, post, meeting, item and report one IRI across documents,
and write one named graph per document plus an identity graph, each fact with
its evidence (document, character offsets, quote).

DIR (default outputs/build) receives graph.trig, build.json (per document:
status, counts, errors), graphs/ (each document's graph), cache/ (each
document's extraction) and store/ (the embedded Oxigraph query store).
Building again re-extracts only changed documents and replaces only the named
graphs that changed; a document no longer given has its graph dropped.

--store URL pushes the named graphs to a SPARQL 1.1 server instead (Graph
Store Protocol, SPARQL Update) and queries go there: URL is its query
endpoint, e.g. http://127.0.0.1:7878/query (Oxigraph) or
http://host:3030/ds/query (Fuseki); --update-url and --gsp-url override the
update and graph-store endpoints derived from it.
Exit status: 0 all done, 1 some inputs failed or the graph does not conform
to the SHACL shapes (details in build.json), 2 usage.
"""


def register_build(subparsers) -> None:
    parser = add_command(
        subparsers, "build",
        summary="build the RDF knowledge graph of documents",
        description=BUILD_DESCRIPTION,
        examples=["govgraph build examples/docs --out outputs/build"],
        run=run_build,
    )
    add_inputs(parser)
    parser.add_argument("--out", type=Path, default=Path("outputs/build"), metavar="DIR",
                        help="output folder (default: outputs/build)")
    add_store_options(parser)
    parser.add_argument("--base", default=None, metavar="IRI",
                        help="base IRI of minted individuals (default: https://w3id.org/govgraph/id/)")
    parser.add_argument("--no-validate", action="store_true", help="skip the SHACL check")
    add_quiet_option(parser)


def add_store_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", default=None, metavar="URL",
                        help="a SPARQL 1.1 server's query endpoint (default: the embedded store)")
    parser.add_argument("--update-url", default=None, metavar="URL", help="its SPARQL Update endpoint")
    parser.add_argument("--gsp-url", default=None, metavar="URL", help="its Graph Store Protocol endpoint")


def run_build(args: argparse.Namespace) -> int:
    from govgraph.graph.build import build
    from govgraph.graph.iris import DEFAULT_BASE

    progress = Progress(0, enabled=show_progress(args))
    try:
        result = build(args.paths, out=args.out, store_url=args.store, update_url=args.update_url,
                       gsp_url=args.gsp_url, base=args.base or DEFAULT_BASE, validate=not args.no_validate,
                       on_file=progress.start)
    except (ValueError, OSError) as err:
        progress.close()
        raise UsageError(one_line(err)) from err
    finally:
        progress.close()
    for d in result.failed:
        print(one_line(d.error), file=sys.stderr, flush=True)
    if result.conforms is False:
        print(f"{args.out}: the graph does not conform to the SHACL shapes (report in build.json)", file=sys.stderr)
    if not args.quiet:
        kinds = {}
        for d in result.documents:
            kinds[d.status] = kinds.get(d.status, 0) + 1
        states = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        changed = sum(1 for d in result.documents if d.graph_change in ("replaced", "dropped"))
        print(f"build: {states}; {changed} named graphs replaced or dropped; {result.triples} triples; "
              f"store: {result.store}; results in {args.out}{os.sep}", file=sys.stderr, flush=True)
        views = sorted(p for p in result.outputs if f"{os.sep}views{os.sep}" in p)
        for label, paths in (("views", views), ("audit", [p for p in result.outputs if Path(p).name.startswith("audit.")])):
            for p in paths:
                print(f"{label}: {p}", file=sys.stderr)
    return EXIT_SOME_FAILED if result.failed or result.conforms is False else EXIT_OK


# --------------------------------------------------------------------------------------------
# govgraph serve (the endpoint itself: govgraph/graph/serve.py)

SERVE_DESCRIPTION = """\
Serve the graph as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql
(also /query), for SPARQL clients, notebooks and browser pages (CORS is on).

Queries by GET ?query=... or POST (form-encoded, or application/sparql-query);
the default graph is the union of all graphs, and GRAPH ?g names the document
a fact came from. Results by Accept: SPARQL JSON, XML, CSV, TSV; Turtle,
N-Triples, RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE.

Read-only: updates, LOAD and SERVICE are refused (403). Each query has a time
limit (503 when it runs past it; the server goes on) and a row cap (the first
N rows are sent, with the header X-Govgraph-Truncated: true).

The graph is DIR's embedded store (loaded from DIR/graph.trig if empty),
copied into --workers query processes when the server starts: restart it to
serve a new build. With --store URL the queries go to that SPARQL server.
Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops it.
"""


def register_serve(subparsers) -> None:
    parser = add_command(
        subparsers, "serve",
        summary="serve the graph as a read-only SPARQL endpoint",
        description=SERVE_DESCRIPTION,
        examples=["govgraph serve --graph outputs/build --port 7879"],
        run=run_serve,
    )
    add_graph_option(parser)
    add_store_options(parser)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=7879, help="port (default: 7879; 0 picks a free one)")
    parser.add_argument("--time-limit", type=float, default=30.0, metavar="SECONDS",
                        help="time limit per query (default: 30)")
    parser.add_argument("--row-cap", type=int, default=10_000, metavar="N",
                        help="most rows (or triples) per answer (default: 10000)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="query processes for the embedded store (default: 2)")
    parser.add_argument("--memory-limit", type=float, default=2048, metavar="MB",
                        help="memory cap of each query process; a query that needs more gets 503 "
                             "(default: 2048)")
    parser.add_argument("--log", action="store_true", help="print one line per request on stderr")
    add_quiet_option(parser)


def run_serve(args: argparse.Namespace) -> int:
    import signal

    from govgraph.graph.serve import make_server
    from govgraph.graph.store import StoreError

    if args.time_limit <= 0 or args.row_cap <= 0 or args.workers <= 0 or args.memory_limit <= 0:
        raise UsageError("--time-limit, --row-cap, --workers and --memory-limit must be positive")
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: not a port number")
    store = _open_graph_store(args, "serve")
    if store is None:
        return EXIT_SOME_FAILED
    try:
        where = store.describe()
        server = make_server(store, args.host, args.port, time_limit=args.time_limit,
                             row_cap=args.row_cap, workers=args.workers, verbose=args.log,
                             memory_limit=int(args.memory_limit * 1024**2))
    except (StoreError, OSError) as err:
        store.close()
        print(f"{PROG} serve: {one_line(err)}", file=sys.stderr)
        return EXIT_SOME_FAILED
    if not args.store:
        store.close()  # the workers hold their copy: free the store's lock for builds

    def stop(signum, frame):
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    warning = getattr(server.backend, "sandbox_warning", "")
    if warning:
        print(f"{PROG} serve: warning: the query workers' network is not closed ({warning}); "
              "SERVICE is still refused by the query check", file=sys.stderr, flush=True)
    if not args.quiet:
        print(f"{PROG} serve: SPARQL endpoint {server.url} over {where} (read-only; "
              f"{args.time_limit:g} s and {args.row_cap} rows per query); Ctrl-C stops",
              file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    if not args.quiet:
        print(f"{PROG} serve: stopped", file=sys.stderr, flush=True)
    return EXIT_OK


QUERY_DESCRIPTION = """\
Answer a SPARQL query over a built graph: a shipped competency question by
name (--name cq01 ... cq10; `govgraph query --list` shows them with their
parameters), a query file (--file F) or query text.

The graph is the folder written by govgraph build (--graph DIR, default
outputs/build; its embedded store answers) or a SPARQL server (--store URL).
--param name=value binds a shipped query's parameter (repeatable); values are
turned into escaped RDF terms, never pasted into the query.
--format table (default), csv, or json (a list of objects keyed by column).
Exit status: 0 answered, 1 the query or the store failed, 2 usage.
"""


def register_query(subparsers) -> None:
    parser = add_command(
        subparsers, "query",
        summary="answer a SPARQL query (or a shipped competency question) over the graph",
        description=QUERY_DESCRIPTION,
        examples=["govgraph query --name cq02 --graph outputs/build --param date=2025-01-23 --format csv"],
        run=run_query,
    )
    parser.add_argument("text", nargs="?", help="SPARQL query text")
    parser.add_argument("--file", type=Path, metavar="F", help="a .rq file")
    parser.add_argument("--name", metavar="CQ", help="a shipped query: cq01 ... cq10")
    parser.add_argument("--list", action="store_true", help="list the shipped queries and their parameters")
    add_graph_option(parser)
    add_store_options(parser)
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="bind a shipped query's parameter (repeatable)")
    add_format_option(parser, ["table", "csv", "json"], help="output format (default: table)")


def run_query(args: argparse.Namespace) -> int:
    from govgraph.graph import query as q
    from govgraph.graph.store import StoreError

    if args.list:
        for nq in q.list_queries():
            params = ", ".join(p.name for p in nq.params) or "no parameters"
            print(f"{nq.name}\t{nq.title}\t({params})")
        return EXIT_OK
    given = [x for x in (args.text, args.file, args.name) if x]
    if len(given) != 1:
        raise UsageError("give exactly one of: query TEXT, --file F, --name CQ")
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        params[name.strip()] = value
    if params and args.text:
        raise UsageError("--param goes with --name or --file")
    try:
        sparql = args.text if args.text else q.load_query(args.file or args.name, params)
    except (q.QueryError, OSError) as err:
        raise UsageError(one_line(err)) from err
    store = _open_graph_store(args, "query")
    if store is None:
        return EXIT_SOME_FAILED
    try:
        result = q.run_query(store, sparql)
    except (StoreError, q.QueryError, ValueError) as err:
        print(f"{PROG} query: {one_line(err)}", file=sys.stderr)
        return EXIT_SOME_FAILED
    finally:
        store.close()
    note = q.page_note(args.file or args.name, params) if not args.text and result.rows else ""
    if note:
        print(f"{PROG} query: {note}", file=sys.stderr)
    fmt = args.format or "table"
    text = {"table": q.format_table, "csv": q.format_csv, "json": q.format_json}[fmt](result)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return EXIT_OK


AUDIT_DESCRIPTION = """\
Audit the governance clarity of a built graph: bodies with no stated
reporting line, several parents or a reporting cycle; people holding many
posts at once; one post title held by several people; one body under several
names; resolutions that asked for a report that never came back; attendance
rates; topics recurring across bodies; bodies whose roles a paper says need
clarifying. Each finding carries its evidence (documents and quotes) and each
check says in one sentence why it matters.

Writes DIR/audit.json and DIR/audit.html (DIR defaults to the --graph folder).
govgraph build writes them too.
Exit status: 0 written, 1 the store failed, 2 usage.
"""


def register_audit(subparsers) -> None:
    register_graph_output_command(
        subparsers, "audit", "write the governance-clarity audit of a built graph", AUDIT_DESCRIPTION,
        "govgraph audit --graph outputs/build", run_audit, "where audit.json and audit.html go")


VIEW_DESCRIPTION = """\
Write the interactive network views of a built graph to DIR/views/: board
relationships, people and bodies, who reported to whom, and one view per
meeting. Each page is self-contained (opens from disk, no network), with a
legend, tooltips quoting the source, and search and filter by name and kind.
Also writes DIR/exports/: GraphML and GEXF (Gephi), CSV edge lists, JSON-LD.
govgraph build writes them too.
Exit status: 0 written, 1 the store failed, 2 usage.
"""


def register_view(subparsers) -> None:
    register_graph_output_command(
        subparsers, "view", "write the interactive HTML views (and exports) of a built graph",
        VIEW_DESCRIPTION, "govgraph view --graph outputs/build", run_view, "where views/ and exports/ go")


def register_graph_output_command(subparsers, name: str, summary: str, description: str, example: str,
                                  run: Callable, out_help: str) -> None:
    """A command that reads a built graph (--graph DIR or --store URL) and writes files."""
    parser = add_command(subparsers, name, summary=summary, description=description, examples=[example], run=run)
    add_graph_option(parser)
    add_store_options(parser)
    parser.add_argument("--out", type=Path, default=None, metavar="DIR",
                        help=f"{out_help} (default: the --graph folder)")
    add_quiet_option(parser)


def add_graph_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--graph", type=Path, default=Path("outputs/build"), metavar="DIR",
                        help="a folder written by govgraph build (default: outputs/build)")


def _open_graph_store(args: argparse.Namespace, command: str):
    """The store of --graph DIR or --store URL, or None after printing why (exit 1)."""
    from govgraph.graph.store import STORE_NAME, TRIG_NAME, StoreError, open_store

    if not args.store and not ((args.graph / TRIG_NAME).exists() or (args.graph / STORE_NAME).exists()):
        raise UsageError(f"--graph {args.graph}: no {TRIG_NAME} or {STORE_NAME}/ there "
                         f"(run govgraph build --out {args.graph} first)")
    try:
        return open_store(args.store, args.graph, update_url=args.update_url, gsp_url=args.gsp_url)
    except StoreError as err:
        print(f"{PROG} {command}: {one_line(err)}", file=sys.stderr)
        return None


def run_audit(args: argparse.Namespace) -> int:
    from govgraph.graph.audit import run_audit as audit, write_audit

    store = _open_graph_store(args, "audit")
    if store is None:
        return EXIT_SOME_FAILED
    try:
        paths = write_audit(audit(store), args.out or args.graph)
    finally:
        store.close()
    if not args.quiet:
        print(f"audit: {paths[1]} and {paths[0]}", file=sys.stderr)
    return EXIT_OK


def run_view(args: argparse.Namespace) -> int:
    from govgraph.graph.exports import write_exports
    from govgraph.graph.views import write_views

    store = _open_graph_store(args, "view")
    if store is None:
        return EXIT_SOME_FAILED
    out = args.out or args.graph
    try:
        views = write_views(store, out / "views")
        exports = write_exports(store, out / "exports")
    finally:
        store.close()
    if not args.quiet:
        print(f"view: {len(views)} views in {out / 'views'}{os.sep}, {len(exports)} exports in "
              f"{out / 'exports'}{os.sep}", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------------------------
# The top-level parser.

# Each adds one subcommand; later commands (build, query, serve, view, audit) join this list.
COMMANDS: list[Callable] = [register_extract, register_build, register_query, register_serve, register_view, register_audit]

MAIN_DESCRIPTION = """\
govgraph turns local-government committee papers (minutes, agendas, agenda
packs, officer reports) into a governance knowledge graph.
Run "govgraph COMMAND --help" for the details of a command.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=MAIN_DESCRIPTION,
        epilog="Example:\n  govgraph extract examples/docs --out outputs/extract",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for register in COMMANDS:
        register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if getattr(args, "run", None) is None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required (see {PROG} --help)", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except UsageError as err:
        args.command_parser.print_usage(sys.stderr)
        print(f"{args.command_parser.prog}: error: {one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (``| head``): stop quietly, and point stdout at
        # /dev/null so the interpreter's final flush does not complain again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
