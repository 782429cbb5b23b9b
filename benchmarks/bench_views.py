#!/usr/bin/env python3
"""How long a large view takes: render in Python, and draw in headless Chromium.

usage: python benchmarks/bench_views.py [--nodes 5000] [--edges 15000] [--runs 3] [--timeout 300]
                                        [--keep DIR] [--json]

1. makes a synthetic graph (seeded: the same graph every run) of ``--nodes`` nodes and
   ``--edges`` edges, with node kinds and edge relations of a governance graph, no positions;
2. renders it with ``govgraph.graph.views.render`` (the layout is computed in Python; above
   ``views.LARGE`` nodes the physics is off), ``--runs`` times: the ``render`` row is the median
   wall time, and the file size is reported;
3. opens the page ``--runs`` times in headless Chromium (tests/browser.py: Debian's
   /usr/bin/chromium through Playwright, a new profile, one page per run) and reports the median
   time, measured in the page from navigation start, until the network exists (``network``),
   until it is stable (``stable``: the 'stabilized' event, or physics off) and until the frame
   after that has been painted (``drawn``); ``load`` is the page's load event, ``wall`` the whole
   open as Python sees it. Each run's page must also be clean (no console or page error, no
   request to the network) and hold every node and edge, or the run is reported as failed.

Needs tools/install_browser.sh (root) and the test extra (playwright); exits 2 without them.
Figures depend on the machine and what else runs on it: quote the command with any figure.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for _p in (str(REPO), str(REPO / "tests")):
    if _p not in sys.path:
        sys.path.insert(0, _p)

NODE_KINDS = ["councillor", "officer", "person", "committee", "board", "partnership", "service"]
EDGE_KINDS = ["member", "chair", "reported_to", "holds_post", "in_attendance", "apologies", "reports_to"]


def synthetic(n_nodes: int, n_edges: int, seed: int = 11) -> tuple[list[dict], list[dict]]:
    """A graph shaped like a large council's: a few hundred bodies as hubs, people around them."""
    rng = random.Random(seed)
    n_bodies = max(1, n_nodes // 20)
    nodes = []
    for i in range(n_nodes):
        body = i < n_bodies
        kind = rng.choice(NODE_KINDS[3:]) if body else rng.choice(NODE_KINDS[:3])
        label = f"Body {i}" if body else f"Person {i}"
        nodes.append({"id": f"n{i}", "label": label, "kind": kind,
                      "title": f"{label}\n{kind}\n\u201cquoted evidence for {label}\u201d \u2014 minutes.pdf"})
    edges = []
    for k in range(n_edges):
        a = rng.randrange(n_bodies, n_nodes) if n_nodes > n_bodies else rng.randrange(n_nodes)
        b = int(rng.paretovariate(1.2)) % n_bodies
        kind = rng.choice(EDGE_KINDS)
        edges.append({"from": f"n{a}", "to": f"n{b}", "kind": kind, "label": kind.replace("_", " "),
                      "title": f"edge {k}"})
    return nodes, edges


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for one draw")
    ap.add_argument("--keep", type=Path, help="write the page into this folder (default: a temp folder)")
    ap.add_argument("--json", action="store_true", help="also print one JSON line with every figure")
    args = ap.parse_args(argv)

    from browser import Chromium, browser_missing

    reason = browser_missing()
    if reason:
        print(f"bench_views: {reason}", file=sys.stderr)
        return 2
    from govgraph.graph import views

    nodes, edges = synthetic(args.nodes, args.edges)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="govgraph-bench-views-"))
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"synthetic_{args.nodes}_{args.edges}.html"

    render_s = []
    for _ in range(args.runs):
        t = time.perf_counter()
        views.render(nodes, edges, f"Synthetic view: {args.nodes} nodes, {args.edges} edges", page)
        render_s.append(time.perf_counter() - t)
    size = page.stat().st_size

    runs = []
    with Chromium() as browser:
        for i in range(args.runs):
            r = browser.open_view(page, timeout_s=args.timeout,
                                  screenshot="bench-views" if i == 0 else None)
            ok = r.clean and r.stable and (r.nodes, r.edges) == (args.nodes, args.edges) == (
                r.drawn_nodes, r.drawn_edges)
            runs.append({"ok": ok, "network_ms": r.network_ms, "stable_ms": r.stable_ms,
                         "drawn_ms": r.drawn_ms, "load_ms": r.load_ms, "wall_s": r.wall_s,
                         "how": r.stable_how, "nodes": r.nodes, "edges": r.edges,
                         "problems": r.problems()[:5]})
    good = [r for r in runs if r["ok"]]
    figures = {
        "nodes": args.nodes, "edges": args.edges, "runs": args.runs,
        "physics": args.nodes <= views.LARGE,
        "render_s": median(render_s), "render_s_all": render_s, "file_bytes": size,
        "network_ms": median(r["network_ms"] for r in good), "stable_ms": median(r["stable_ms"] for r in good),
        "drawn_ms": median(r["drawn_ms"] for r in good), "load_ms": median(r["load_ms"] for r in good),
        "wall_s": median(r["wall_s"] for r in good), "failed_runs": len(runs) - len(good),
        "browser_runs": runs, "python": platform.python_version(), "machine": platform.machine(),
        "page": str(page),
    }

    def fmt(v, unit="ms"):
        if v is None:
            return "-"
        return f"{v / 1000:.2f} s" if unit == "ms" else f"{v:.2f} s"

    print(f"views.render + headless Chromium: {args.nodes} nodes, {args.edges} edges, median of {args.runs}"
          f" (physics {'on' if figures['physics'] else 'off'}; Python {figures['python']})")
    print(f"  render (Python, layout included)  {fmt(figures['render_s'], 's')}")
    print(f"  file size                         {size / 1e6:.2f} MB")
    print(f"  network created                   {fmt(figures['network_ms'])}   (from navigation start)")
    print(f"  stable                            {fmt(figures['stable_ms'])}   ({runs[0]['how'] if runs else '-'})")
    print(f"  drawn and stable                  {fmt(figures['drawn_ms'])}")
    print(f"  load event                        {fmt(figures['load_ms'])}")
    print(f"  whole open, as Python sees it     {fmt(figures['wall_s'], 's')}")
    for i, r in enumerate(runs, 1):
        if not r["ok"]:
            print(f"  run {i} FAILED: nodes/edges {r['nodes']}/{r['edges']}, problems {r['problems']}")
    if args.json:
        print(json.dumps(figures))
    return 0 if good and len(good) == len(runs) else 1


if __name__ == "__main__":
    sys.exit(main())
