#!/usr/bin/env python3
"""Graph build and query speed on a synthetic corpus: Oxigraph against rdflib's own SPARQL engine.

usage: python benchmarks/bench_graph.py [--triples 1000000] [--runs 5] [--memory] [--oxigraph-cap 10]
                                        [--rdflib-cap 30] [--rdflib-budget 30] [--no-rdflib] [--no-all]
                                        [--only cq01,cq05] [--json]

1. generates the records of a synthetic council corpus of about ``--triples`` triples
   (``benchmarks/synthetic.py``, seeded: the same records every run);
2. builds the graph as ``govgraph build`` does after reading the files: the identities, one
   rdflib graph per document (``DocumentGraph``) and the identity graph (``build`` row);
3. loads every graph into an :class:`EmbeddedStore` the way the builder does (each graph as sorted
   N-Triples through ``replace_graph``, then ``materialise_union`` and ``compact``: the store users query), on
   disk like ``DIR/store`` or, with ``--memory``, in memory (``load oxigraph`` row); and the same
   graphs into one rdflib ``Dataset`` with ``default_union=True`` (``load rdflib`` row), so both
   engines see the union of the named graphs as the default graph;
4. runs every shipped query (``govgraph/ontology/queries``) in three passes: as shipped (its
   default parameters: a page of the latest meetings where the query pages), with typical
   parameters (one body, person, date, topic or fact), and, for Oxigraph only, with every page
   lifted (``meetings=0`` ...: all rows, for information). Oxigraph: the median of ``--runs`` runs
   after one untimed warm-up run, through ``EmbeddedStore.query`` (rows converted to Python as
   govgraph's callers get them); rdflib: the median of up to ``--runs`` runs, fewer once a query
   has used ``--rdflib-budget`` seconds; a run stopped at ``--rdflib-cap`` seconds is reported as
   ``>cap`` (speed-up then ``>x``). Row counts of the two engines are compared.

The goal (issue 3): every shipped query under 100 ms median on Oxigraph at one million triples,
and at least 20 times faster than rdflib's engine, as shipped and with typical parameters.
"""


from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import signal  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Optional  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for _p in (str(REPO), str(HERE)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

import synthetic  # noqa: E402

GOAL_MS = 100.0
GOAL_SPEEDUP = 20.0


class Timeout(Exception):
    pass


@dataclass
class QueryFigures:
    query: str
    params: dict
    kind: str = "default"  # default (as shipped), typical, all (every page lifted: information only)
    rows_oxigraph: Optional[int] = None
    rows_rdflib: Optional[int] = None
    oxigraph_ms: Optional[float] = None
    oxigraph_runs: list = field(default_factory=list)
    oxigraph_timed_out: bool = False
    rdflib_ms: Optional[float] = None  # median of the runs made; None when not run
    rdflib_runs: list = field(default_factory=list)
    rdflib_timed_out: bool = False  # a run was stopped at the cap (rdflib_ms is then the cap)
    error: str = ""

    @property
    def speedup(self) -> Optional[float]:
        """rdflib / Oxigraph (a lower bound when rdflib was stopped at the cap)."""
        if self.rdflib_ms is None or not self.oxigraph_ms:
            return None
        return self.rdflib_ms / self.oxigraph_ms

    @property
    def rows_agree(self) -> Optional[bool]:
        counts = {n for n in (self.rows_oxigraph, self.rows_rdflib) if n is not None}
        return None if not counts else len(counts) == 1


# Typical parameters for the second pass: one body, one person, one date, one fact. Filled in
# from the generated data (``typical_params``) so they always match something.
def typical_params(store) -> dict[str, dict[str, str]]:
    def one(sparql: str) -> dict:
        rows = store.query(sparql).rows
        return rows[0] if rows else {}

    gg = "PREFIX gg: <https://w3id.org/govgraph/ns#> PREFIX schema: <http://schema.org/> " \
         "PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    # the busiest day of the Health and Wellbeing Board, a councillor who chairs, a frequent officer
    hwb = one(gg + "SELECT ?d (COUNT(*) AS ?n) { ?m schema:organizer ?b ; schema:startDate ?d . "
                   "?b skos:prefLabel 'Health and Wellbeing Board' . ?a gg:meeting ?m } GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1")
    date = (hwb.get("d") or "2010-01-01")[:10]
    chair = one(gg + "SELECT ?name (COUNT(*) AS ?n) { ?a gg:status gg:Chair ; gg:person ?p . ?p foaf:name ?name } "
                     "GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1").get("name", "Smith")
    surname = chair.split()[-1]
    fact = one(gg + "SELECT ?f { ?f a gg:Resolution ; gg:requestsReport true } ORDER BY ?f LIMIT 1").get("f")
    body_iri = one(gg + "SELECT ?b { ?b skos:prefLabel 'Health and Wellbeing Board' } LIMIT 1").get("b")
    year = date[:4]
    return {
        "cq01": {"body": "HWB", "from": f"{year}-01-01", "to": f"{year}-12-31"},
        "cq02": {"body": "HWB", "date": date},
        "cq03": {"person": surname},
        "cq04": {"body": "WSCB"},
        "cq05": {"body": "HWB", "requested": "true"},
        "cq06": {"body": "HWB", "from": f"{year}-01-01", "to": f"{year}-12-31"},
        "cq07": {"name": "HWB"},
        "cq08": {"topic": "safeguarding"},
        "cq09": {"issue": "reporting_cycle"},
        "cq10": {"about": body_iri} if body_iri else {"fact": fact},
    }


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else 0.0


def time_oxigraph(query, runs: int, cap_s: float) -> tuple[Optional[int], list[float], bool]:
    """``query()`` once untimed (warm-up, row count), then ``runs`` timed runs, in a forked child:
    a native Oxigraph query cannot be interrupted from Python, so the child is killed when one run
    takes longer than ``cap_s`` (reported as timed out, with the runs made so far)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def work(conn) -> None:
        rows = len(query())
        conn.send(("rows", rows))
        for _ in range(runs):
            gc.collect()
            t0 = time.perf_counter()
            query()
            conn.send(("ms", (time.perf_counter() - t0) * 1000))
        conn.send(("done", None))

    gc.collect()
    gc.freeze()  # fewer copy-on-write pages in the child
    proc = ctx.Process(target=work, args=(child,), daemon=True)
    proc.start()
    child.close()
    rows, times, timed_out = None, [], False
    try:
        while True:
            if not parent.poll(cap_s):
                timed_out = True
                break
            try:
                kind, value = parent.recv()
            except EOFError:
                raise RuntimeError(f"the query process ended with status {proc.exitcode}") from None
            if kind == "rows":
                rows = value
            elif kind == "ms":
                times.append(value)
            else:
                break
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
        gc.unfreeze()
    if timed_out:
        times.append(cap_s * 1000)
    return rows, times, timed_out


def _alarm(signum, frame):  # noqa: ARG001
    raise Timeout()


def time_rdflib(ds, sparql: str, runs: int, cap_s: float, budget_s: float) -> tuple[Optional[int], list[float], bool]:
    """Runs on rdflib until ``runs`` runs or ``budget_s`` seconds; one run is stopped at ``cap_s``.
    rdflib's engine is pure Python, so a timer signal interrupts it cleanly."""
    times: list[float] = []
    rows = None
    spent = 0.0
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        while len(times) < runs and (not times or spent < budget_s):
            gc.collect()
            signal.setitimer(signal.ITIMER_REAL, cap_s)
            t0 = time.perf_counter()
            try:
                n = len(list(ds.query(sparql)))
            except Timeout:
                return rows, [cap_s * 1000], True
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            dt = time.perf_counter() - t0
            spent += dt
            times.append(dt * 1000)
            rows = n
    finally:
        signal.signal(signal.SIGALRM, old)
    return rows, times, False


def pin_one_cpu() -> str:
    try:
        cpu = sorted(os.sched_getaffinity(0))[0]
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def page_params(name: str) -> dict[str, str]:
    """Every page parameter of a shipped query set to 0 (all rows); {} when it has none."""
    from govgraph.graph.query import find_query

    return {name: "0" for name in find_query(name).pages}


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=synthetic.DEFAULT_TRIPLES, help="target size of the graph (default 1,000,000)")
    ap.add_argument("--documents", type=int, default=None, help="number of documents instead of --triples")
    ap.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query and engine (median reported)")
    ap.add_argument("--memory", action="store_true",
                    help="the Oxigraph store in memory instead of on disk (govgraph build writes it on disk)")
    ap.add_argument("--rdflib-cap", type=float, default=30.0, help="seconds after which one rdflib run is stopped")
    ap.add_argument("--rdflib-budget", type=float, default=30.0,
                    help="no further rdflib run of a query once its runs took this many seconds")
    ap.add_argument("--oxigraph-cap", type=float, default=10.0,
                    help="seconds after which one Oxigraph run is stopped (its process killed)")
    ap.add_argument("--no-rdflib", action="store_true", help="Oxigraph only")
    ap.add_argument("--no-typical", action="store_true", help="skip the typical-parameters pass")
    ap.add_argument("--no-all", action="store_true", help="skip the all-rows pass (pages lifted)")
    ap.add_argument("--only", default="", help="comma-separated query names (cq01,cq05); default all")
    ap.add_argument("--json", action="store_true", help="also print one line with all figures as JSON")
    args = ap.parse_args(argv)

    import tempfile

    import pyoxigraph
    import rdflib
    from rdflib import Dataset, URIRef

    from govgraph.graph.build import _ntriples  # the builder's own serialisation of a graph
    from govgraph.graph.query import list_queries, load_query
    from govgraph.graph.store import EmbeddedStore

    pinned = pin_one_cpu()
    print(f"bench_graph: {cpu_name()} ({pinned}); Python {platform.python_version()}, "
          f"pyoxigraph {pyoxigraph.__version__}, rdflib {rdflib.__version__}; seed {args.seed}", flush=True)

    t0 = time.perf_counter()
    ndocs = args.documents or synthetic.documents_for(args.triples, args.seed)
    docs = synthetic.generate(ndocs, seed=args.seed)
    t_generate = time.perf_counter() - t0

    t0 = time.perf_counter()
    ident_iri, ident, graphs = synthetic.build_graphs(docs)
    t_build = time.perf_counter() - t0
    triples = len(ident) + sum(len(g) for _, g in graphs)
    records = sum(len(getattr(d.extraction, k)) for d in docs
                  for k in ("meetings", "attendance", "people", "bodies", "agenda_items", "reported",
                            "resolutions", "report_authors", "body_relations"))
    print(f"corpus: {len(docs)} documents, {records:,} records (generated in {t_generate:.1f} s); "
          f"graph: {triples:,} triples in {len(graphs) + 1} named graphs", flush=True)

    all_graphs = graphs + [(ident_iri, ident)]
    tmp = None if args.memory else tempfile.TemporaryDirectory(prefix="bench_graph-")
    store = EmbeddedStore(Path(tmp.name) / "store" if tmp else None)
    t0 = time.perf_counter()
    for iri, g in all_graphs:
        store.replace_graph(iri, _ntriples(g), "ntriples")
    store.materialise_union()  # as govgraph build does: the union, as a set, in the default graph
    store.compact()  # and compacts the store
    t_load_ox = time.perf_counter() - t0
    quads_ox = len(store._store)  # noqa: SLF001 (a count only)

    t_load_rdflib = None
    ds = None
    if not args.no_rdflib:
        t0 = time.perf_counter()
        ds = Dataset(default_union=True)
        for iri, g in all_graphs:
            ng = ds.graph(URIRef(iri))
            for t in g:
                ng.add(t)
        t_load_rdflib = time.perf_counter() - t0
    where = "on disk" if tmp else "in memory"
    print(f"build (identities + DocumentGraph per document + identity graph): {t_build:.1f} s", flush=True)
    print(f"load oxigraph ({where}: sorted N-Triples per graph through EmbeddedStore.replace_graph, then "
          f"materialise_union, as govgraph build does): {t_load_ox:.1f} s ({quads_ox:,} quads)", flush=True)
    if t_load_rdflib is not None:
        print(f"load rdflib (Dataset, default_union=True): {t_load_rdflib:.1f} s", flush=True)

    only = {q.strip() for q in args.only.split(",") if q.strip()}
    queries = [q for q in list_queries() if not only or q.name in only]
    typical = typical_params(store) if not args.no_typical else {}
    passes = [("default", "each query as shipped (a page of the latest meetings where it pages)", {})]
    if typical:
        passes.append(("typical", "one body / person / date / topic / fact", typical))
    if not args.no_all:
        passes.append(("all", "every page lifted (all rows; Oxigraph only, for information)",
                       {q.name: page_params(q.name) for q in queries}))
    figures: list[QueryFigures] = []
    for label, title, params_by_query in passes:
        print(f"\n{label} parameters: {title}")
        print(HEADER)
        print("-" * len(HEADER))
        for q in queries:
            params = params_by_query.get(q.name, {})
            if label != "default" and not params:
                continue
            f = QueryFigures(q.name, params, label)
            try:
                sparql = load_query(q.name, params)
                f.rows_oxigraph, f.oxigraph_runs, f.oxigraph_timed_out = time_oxigraph(
                    lambda: store.query(sparql), args.runs, args.oxigraph_cap)
                f.oxigraph_ms = _median(f.oxigraph_runs)
                if ds is not None and label != "all":
                    f.rows_rdflib, f.rdflib_runs, f.rdflib_timed_out = time_rdflib(
                        ds, sparql, args.runs, args.rdflib_cap, args.rdflib_budget)
                    f.rdflib_ms = _median(f.rdflib_runs)
            except Exception as err:  # report and go on with the other queries
                f.error = f"{type(err).__name__}: {err}"[:300]
            figures.append(f)
            print(_row(f, args.runs), flush=True)
            if params:
                print(f"{'':<6} params: {json.dumps(params)}", flush=True)
    goal_rows = [f for f in figures if f.kind != "all"]
    misses = [f for f in goal_rows if not f.error and _misses(f)]
    print(f"\ngoal: Oxigraph under {GOAL_MS:.0f} ms and at least {GOAL_SPEEDUP:.0f}x faster than rdflib, as shipped "
          f"and with typical parameters; rows that miss it: {len(misses)} of {len(goal_rows)}.\n"
          f"Oxigraph = EmbeddedStore.query on the store as govgraph build makes it ({where}; the union of the named "
          f"graphs materialised in the default graph). ms = median of {args.runs} runs after a warm-up run "
          f"(rdflib: of the runs in brackets); '>' = a run was stopped at the cap "
          f"({args.oxigraph_cap:.0f} s Oxigraph, {args.rdflib_cap:.0f} s rdflib); rows a/b = Oxigraph/rdflib "
          f"when they differ.")
    if args.json:
        out = {
            "seed": args.seed, "documents": len(docs), "records": records, "triples": triples, "store": where,
            "generate_s": round(t_generate, 3), "build_s": round(t_build, 3), "load_oxigraph_s": round(t_load_ox, 3),
            "load_rdflib_s": None if t_load_rdflib is None else round(t_load_rdflib, 3),
            "cpu": cpu_name(), "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__,
            "rdflib": rdflib.__version__,
            "queries": [dict(asdict(f), speedup=f.speedup, rows_agree=f.rows_agree) for f in figures],
        }
        print(json.dumps(out))
    store.close()
    if tmp:
        tmp.cleanup()
    return 0


HEADER = f"{'query':<6} {'rows':>11} {'oxigraph ms':>12} {'rdflib ms':>12} {'speed-up':>9}  goal"


def _misses(f: QueryFigures) -> bool:
    sp = f.speedup
    slow = f.oxigraph_ms is None or f.oxigraph_ms >= GOAL_MS or f.oxigraph_timed_out
    return slow or (sp is not None and sp < GOAL_SPEEDUP and not f.rdflib_timed_out)


def _ms(ms: Optional[float], timed_out: bool, n: int = 0, runs: int = 0) -> str:
    if ms is None:
        return "-"
    count = f" ({n})" if runs and n != runs else ""
    return (">" if timed_out else "") + (f"{ms:,.0f}" if ms >= 100 else f"{ms:,.1f}") + count


def _x(ox_ms: Optional[float], ox_out: bool, rd_ms: Optional[float], rd_out: bool) -> str:
    if ox_ms is None or rd_ms is None or not ox_ms:
        return "-"
    if ox_out and rd_out:
        return "?"
    prefix = ">" if rd_out else ("<" if ox_out else "")
    return f"{prefix}{rd_ms / ox_ms:,.0f}x"


def _row(f: QueryFigures, runs: int) -> str:
    if f.error:
        return f"{f.query:<6} error: {f.error}"
    if f.rows_agree is False:
        rows = f"{f.rows_oxigraph}/{f.rows_rdflib}!"
    else:
        rows = str(next((n for n in (f.rows_oxigraph, f.rows_rdflib) if n is not None), "?"))
    if f.kind == "all":
        goal = "(information: all rows)"
    else:
        goal = "MISS" if _misses(f) else "ok"
        if f.oxigraph_timed_out or (f.oxigraph_ms or 0) >= GOAL_MS:
            goal += " (>100 ms)"
        elif f.speedup is not None and f.speedup < GOAL_SPEEDUP and not f.rdflib_timed_out:
            goal += " (<20x)"
    return (f"{f.query:<6} {rows:>11} {_ms(f.oxigraph_ms, f.oxigraph_timed_out):>12} "
            f"{_ms(f.rdflib_ms, f.rdflib_timed_out, len(f.rdflib_runs), runs):>12} "
            f"{_x(f.oxigraph_ms, f.oxigraph_timed_out, f.rdflib_ms, f.rdflib_timed_out):>9}  {goal}")


if __name__ == "__main__":
    sys.exit(main())
