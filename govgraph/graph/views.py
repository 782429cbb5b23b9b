"""Interactive HTML views of the graph: self-contained pages drawn with vis-network (pyvis).

``write_views(store, out_dir)`` writes every view of a built graph into ``out_dir`` (the builder
puts them in ``DIR/views/``) and returns the files:

- ``board_relations.html``: bodies, with reporting lines, sub-groups, updates, partnerships,
  scrutiny, appointments and delegations between them;
- ``people_bodies.html``: members, chairs, officers and the bodies they sit on, report to or hold
  a post in;
- ``reporting.html``: who reported to which body, each link labelled with the report or item and
  the meeting date;
- ``meetings/DATE_BODY.html``: one per meeting, with the people there by status, the items and
  their presenters;
- ``index.html``: links to all of them.

``render(nodes, edges, title, path, legend=...)`` draws any node and edge lists the same way.

Each page works from disk with no network: the vis-network script that pyvis ships is inlined
(pyvis's own template links Bootstrap and, in two of its three modes, vis-network from a CDN, so
it is not used), the page's Content-Security-Policy forbids loading anything (``default-src
'none'``) and lets only the page's own two scripts run (by their sha256), and the graph travels
as JSON in a ``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so
no label can close the block. Labels and tooltips are plain text: vis-network draws labels on a
canvas and shows string tooltips with ``innerText``; the page's own controls use ``textContent``;
the heading goes through Jinja2 autoescaping.

Layout: graphs up to :data:`LARGE` nodes start from positions computed here and let the physics
settle for a bounded number of iterations, then switch it off; larger graphs get positions
computed once (:func:`layout`, numpy only, no scipy) and are drawn with the physics off.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import Counter, deque
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional, Sequence, Union

import networkx as nx
import numpy as np

from govgraph.files import write_atomic

TEMPLATE_DIR = Path(__file__).resolve().parent / "views_template"
#: above this many nodes a view is drawn with fixed positions and no physics
LARGE = 500
#: quotes in tooltips are cut to this many characters
QUOTE_CHARS = 320
#: a tooltip lists at most this many pieces of evidence
TOOLTIP_EVIDENCE = 4

# kind -> (colour, vis shape, legend label). Bodies have angular shapes, people round ones.
NODE_STYLES: dict[str, tuple[str, str, str]] = {
    "council": ("#b22222", "star", "council"),
    "committee": ("#4e79a7", "square", "committee"),
    "board": ("#f28e2b", "diamond", "board"),
    "partnership": ("#59a14f", "hexagon", "partnership"),
    "directorate": ("#9467bd", "triangle", "directorate"),
    "service": ("#8c564b", "triangleDown", "service"),
    "government": ("#17becf", "star", "government"),
    "external": ("#7f7f7f", "square", "external body"),
    "other": ("#bcbd22", "square", "other body"),
    "body": ("#4e79a7", "square", "body"),
    "councillor": ("#d62728", "dot", "councillor"),
    "officer": ("#1f77b4", "dot", "officer"),
    "person": ("#2ca02c", "dot", "person"),
    "post": ("#e377c2", "dot", "post (no name given)"),
    "meeting": ("#333333", "ellipse", "meeting"),
    "item": ("#edc948", "box", "agenda item"),
    "chair": ("#d62728", "star", "chair"),
    "present": ("#2ca02c", "dot", "present"),
    "substitute": ("#98df8a", "dot", "substitute"),
    "apologies": ("#aaaaaa", "dot", "apologies"),
    "invited": ("#1f77b4", "dot", "invited"),
    "in_attendance": ("#17becf", "dot", "in attendance"),
    "presenter": ("#ff7f0e", "dot", "presenter (not listed as attending)"),
}
# relation -> (colour, dashed, legend label, arrow)
EDGE_STYLES: dict[str, tuple[str, bool, str, bool]] = {
    "reports_to": ("#4e79a7", False, "reports to", True),
    "sub_group_of": ("#59a14f", False, "sub-group of", True),
    "updates": ("#f28e2b", True, "updates", True),
    "partner_of": ("#b07aa1", True, "partner of", False),
    "scrutinises": ("#e15759", True, "scrutinises", True),
    "appoints": ("#76b7b2", False, "appoints", True),
    "delegates_to": ("#edc948", False, "delegates to", True),
    "chair": ("#d62728", False, "chair", True),
    "member": ("#2ca02c", False, "member (present)", True),
    "substitute": ("#98df8a", False, "substitute", True),
    "reported_to": ("#ff7f0e", False, "reported to", True),
    "holds_post": ("#e377c2", True, "holds a post in", True),
    "invited": ("#1f77b4", True, "invited", True),
    "in_attendance": ("#17becf", True, "in attendance", True),
    "apologies": ("#bbbbbb", True, "apologies", True),
    "presenter": ("#ff7f0e", False, "presented", True),
    "presented": ("#ff7f0e", False, "presented", True),
    "author": ("#9467bd", False, "author", True),
    "approver": ("#8c564b", True, "approver", True),
    "from": ("#7f7f7f", True, "report from", True),
    "present": ("#2ca02c", False, "present", False),
    "organised_by": ("#333333", False, "meeting of", True),
    "item": ("#c9a800", False, "agenda item", True),
}
_FALLBACK = ("#6b6ecf", "#b5cf6b", "#e7ba52", "#ad494a", "#a55194", "#637939", "#8c6d31", "#843c39",
             "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363")
_GLYPHS = {"dot": "\u25cf", "square": "\u25a0", "diamond": "\u25c6", "triangle": "\u25b2",
           "triangleDown": "\u25bc", "star": "\u2605", "hexagon": "\u2b22", "ellipse": "\u2b2e",
           "box": "\u25ac", "text": "T"}


# --------------------------------------------------------------------------------------------
# Safe embedding


def script_json(data: Any) -> str:
    """JSON for a ``<script type="application/json">`` block: ``<``, ``>``, ``&`` and the JS line
    separators escaped, so neither ``</script>`` nor ``<!--`` can appear, and ``JSON.parse`` of
    the block's text gives back exactly the original strings.

    >>> script_json({"label": "</script><!--"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    >>> json.loads(script_json({"label": "</script><!--"}))["label"]
    '</script><!--'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def _plain(value: Any) -> str:
    """Any value as display text, without control characters other than newline and tab."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", " ", text)


_ASSETS: dict[str, str] = {}


def _asset(name: str) -> str:
    if name not in _ASSETS:
        if name == "vis":
            text = vis_script_path().read_text(encoding="utf-8")
            # a core-js fallback builds markup from the string literal "<script>": spell it
            # "\x3cscript>" (the same string in JavaScript) so that the page's only <script
            # tags are its own
            text = text.replace('"<script>"', '"\\x3cscript>"')
        else:
            text = (TEMPLATE_DIR / name).read_text(encoding="utf-8")
        if name.endswith((".js", "vis")) and re.search(r"<!--|<script|</script", text, re.IGNORECASE):
            raise ValueError(f"{name}: cannot be inlined in a <script> element as it is")
        _ASSETS[name] = text
    return _ASSETS[name]


def vis_script_path() -> Path:
    """The vis-network script that pyvis ships (inlined into every view)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)])
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib} (is pyvis installed?)")
    return found[-1]


def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)), autoescape=select_autoescape(["html"]),
                      keep_trailing_newline=True)
    return env.get_template("view.html")


# --------------------------------------------------------------------------------------------
# Layout


def layout(n: int, edges: Iterable[tuple[int, int]], *, seed: int = 7, unit: float = 70.0) -> np.ndarray:
    """Positions (``n`` x 2, in pixels) for nodes ``0..n-1`` joined by ``edges``.

    Each connected component is laid out on its own: small ones with networkx's
    ``spring_layout`` (its dense solver, no scipy), large ones (more than 300 nodes) with a
    pivot MDS start (breadth-first distances to 40 pivots, an SVD) refined by a few
    force-directed steps with sampled repulsion; components are then packed in rows, largest
    first. Deterministic for a given seed. 5,000 nodes and 15,000 edges take about a second.
    """
    rng = np.random.default_rng(seed)
    adj: list[list[int]] = [[] for _ in range(n)]
    for a, b in edges:
        if a != b:
            adj[a].append(b)
            adj[b].append(a)
    seen = np.zeros(n, dtype=bool)
    comps: list[list[int]] = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        comp, queue = [start], deque([start])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if not seen[v]:
                    seen[v] = True
                    comp.append(v)
                    queue.append(v)
        comps.append(comp)
    comps.sort(key=lambda c: (-len(c), c[0]))
    pos = np.zeros((n, 2))
    placed: list[tuple[list[int], np.ndarray, float]] = []
    for comp in comps:
        local = _component_layout(comp, adj, rng, seed)
        radius = max(float(np.sqrt(len(comp))) * 0.9, 0.6)
        local = local - local.mean(axis=0)
        span = float(np.abs(local).max()) or 1.0
        placed.append((comp, local / span * radius, radius))
    # pack in rows
    total = sum((2 * r + 1.0) ** 2 for _, _, r in placed)
    width = max(math.sqrt(total) * 1.15, 2 * placed[0][2] + 1.0) if placed else 1.0
    x = y = row_height = 0.0
    for comp, local, r in placed:
        size = 2 * r + 1.0
        if x > 0 and x + size > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        centre = np.array([x + size / 2, y + size / 2])
        pos[comp] = local + centre
        x += size
        row_height = max(row_height, size)
    pos -= pos.mean(axis=0) if n else 0
    return pos * unit


def _component_layout(comp: list[int], adj: list[list[int]], rng, seed: int) -> np.ndarray:
    size = len(comp)
    if size == 1:
        return np.zeros((1, 2))
    if size == 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]])
    index = {v: i for i, v in enumerate(comp)}
    pairs = np.array([(index[u], index[v]) for u in comp for v in adj[u] if index[u] < index[v]], dtype=int)
    if size <= 300:
        g = nx.Graph()
        g.add_nodes_from(range(size))
        g.add_edges_from(map(tuple, pairs))
        found = nx.spring_layout(g, seed=seed, iterations=60)
        return np.array([found[i] for i in range(size)])
    # pivot MDS: BFS distances to k far-apart pivots, double centring, two leading components
    local_adj = [[index[v] for v in adj[u]] for u in comp]
    k = min(40, size)
    dist = np.zeros((size, k))
    pivot = 0
    mind = np.full(size, np.inf)
    for j in range(k):
        d = _bfs(local_adj, pivot, size)
        dist[:, j] = d
        mind = np.minimum(mind, d)
        pivot = int(np.argmax(mind))
    sq = dist ** 2
    centred = sq - sq.mean(axis=0) - sq.mean(axis=1, keepdims=True) + sq.mean()
    u, s, _ = np.linalg.svd(-0.5 * centred, full_matrices=False)
    pos = u[:, :2] * np.sqrt(np.maximum(s[:2], 1e-9))
    pos += rng.normal(scale=0.05, size=pos.shape)
    return _refine(pos, pairs, rng)


def _bfs(adj: list[list[int]], source: int, size: int) -> np.ndarray:
    dist = np.full(size, -1.0)
    dist[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        du = dist[u] + 1
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = du
                queue.append(v)
    return dist


def _refine(pos: np.ndarray, pairs: np.ndarray, rng, iterations: int = 40, sample: int = 48) -> np.ndarray:
    """Force-directed steps: springs along the edges, repulsion from a random sample of nodes."""
    size = len(pos)
    # scale so the mean edge is 1 long
    if len(pairs):
        lengths = np.linalg.norm(pos[pairs[:, 0]] - pos[pairs[:, 1]], axis=1)
        pos = pos / (float(np.mean(lengths)) or 1.0)
    step = 0.3
    factor = size / sample
    for _ in range(iterations):
        force = np.zeros_like(pos)
        others = rng.integers(0, size, size=(size, sample))
        delta = pos[:, None, :] - pos[others]
        d2 = (delta ** 2).sum(axis=2) + 1e-3
        force += (delta / d2[:, :, None]).sum(axis=1) * factor * 0.02
        if len(pairs):
            delta = pos[pairs[:, 1]] - pos[pairs[:, 0]]
            dist = np.linalg.norm(delta, axis=1, keepdims=True) + 1e-9
            pull = delta * (dist - 1.0) / dist
            np.add.at(force, pairs[:, 0], pull)
            np.add.at(force, pairs[:, 1], -pull)
        norm = np.linalg.norm(force, axis=1, keepdims=True) + 1e-9
        pos += force / norm * np.minimum(norm, step)
        step *= 0.93
    return pos


# --------------------------------------------------------------------------------------------
# Rendering


def _legend_entries(kinds: Counter, legend, styles: Mapping[str, tuple], edges: bool) -> list[dict[str, Any]]:
    """Legend rows for the kinds present: [{kind, label, color, shape/dashes, count}]."""
    given: dict[str, dict[str, Any]] = {}
    if isinstance(legend, Mapping):
        for kind, value in legend.items():
            given[str(kind)] = {"label": value} if isinstance(value, str) else dict(value)
    elif legend:
        for value in legend:
            given[str(value["kind"])] = dict(value)
    unknown = sorted(k for k in kinds if k not in styles and "color" not in given.get(k, {}))
    rows = []
    ordered = [k for k in given if k in kinds] + sorted(k for k in kinds if k not in given)
    for kind in ordered:
        base = given.get(kind, {})
        if kind in styles:
            st = styles[kind]
            colour = st[0]
            extra = {"dashes": st[1], "label": st[2], "arrow": st[3]} if edges else {"shape": st[1], "label": st[2]}
        else:
            colour = _FALLBACK[unknown.index(kind) % len(_FALLBACK)] if kind in unknown else "#888888"
            extra = {"dashes": False, "label": kind.replace("_", " "), "arrow": True} if edges else \
                {"shape": "dot", "label": kind.replace("_", " ")}
        row = {"kind": kind, "color": colour, **extra}
        row.update({k: v for k, v in base.items() if k != "kind"})
        row["label"] = _plain(row.get("label", kind))
        row["count"] = kinds[kind]
        if not edges:
            row["glyph"] = _GLYPHS.get(row["shape"], "\u25cf")
        rows.append(row)
    return rows


def render(
    nodes: Sequence[Mapping[str, Any]],
    edges: Sequence[Mapping[str, Any]],
    title: str,
    path: Union[str, Path],
    legend: Optional[Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]] = None,
    *,
    edge_legend: Optional[Union[Mapping[str, Any], Sequence[Mapping[str, Any]]]] = None,
    subtitle: str = "",
    directed: bool = True,
    physics: Optional[bool] = None,
    seed: int = 7,
) -> Path:
    """Write one self-contained interactive view to ``path`` and return it.

    ``nodes``: dicts with ``id`` (any str or int, unique) and optionally ``label``, ``kind``
    (colour, shape and legend row), ``title`` (the tooltip, plain text; default: the label and
    kind), ``aliases`` (also searched), ``size`` or ``weight`` (default: by degree), ``x``/``y``
    (fixed positions; default: computed), ``color``, ``shape``.
    ``edges``: dicts with ``from`` and ``to`` (or ``source``/``target``), optionally ``label``,
    ``kind`` or ``relation`` (colour, dashes, arrow and legend row), ``title``, ``weight``.
    ``legend`` / ``edge_legend``: kind -> label, or kind -> {label, color, shape|dashes}, or a
    list of {kind, ...}; kinds left out get the built-in style or a fallback colour.
    ``physics``: None = on for at most :data:`LARGE` nodes (settles, then stops), off above.

    All text is treated as plain text (see the module notes): any label is safe.
    """
    from pyvis.network import Network

    path = Path(path)
    ids: dict[Any, int] = {}
    for node in nodes:
        key = node["id"]
        if key in ids:
            raise ValueError(f"duplicate node id {key!r}")
        ids[key] = len(ids)
    n = len(ids)
    large = n > LARGE
    if physics is None:
        physics = not large

    # edges first (degrees decide node sizes)
    degree = np.zeros(n)
    prepared_edges: list[tuple[int, int, Mapping[str, Any]]] = []
    for e in edges:
        a = e.get("from", e.get("source"))
        b = e.get("to", e.get("target"))
        if a not in ids or b not in ids:
            raise ValueError(f"edge between unknown nodes {a!r} and {b!r}")
        ia, ib = ids[a], ids[b]
        prepared_edges.append((ia, ib, e))
        degree[ia] += 1
        degree[ib] += 1
    edge_kinds = Counter(_plain(e.get("kind", e.get("relation", ""))) or "link" for _, _, e in prepared_edges)
    node_kinds = Counter(_plain(nd.get("kind", "")) or "node" for nd in nodes)
    node_legend = _legend_entries(node_kinds, legend, NODE_STYLES, edges=False)
    link_legend = _legend_entries(edge_kinds, edge_legend, EDGE_STYLES, edges=True)
    node_style = {row["kind"]: row for row in node_legend}
    edge_style = {row["kind"]: row for row in link_legend}

    need_layout = any("x" not in nd or "y" not in nd for nd in nodes)
    pos = layout(n, ((a, b) for a, b, _ in prepared_edges), seed=seed) if need_layout and n else None

    net = Network(height="100%", width="100%", directed=directed, heading=title, cdn_resources="in_line")
    vis_nodes = net.nodes
    for nd in nodes:
        i = ids[nd["id"]]
        kind = _plain(nd.get("kind", "")) or "node"
        st = node_style[kind]
        label = _plain(nd.get("label", nd["id"]))
        aliases = _plain(nd.get("aliases", ""))
        if "size" in nd:
            size = float(nd["size"])
        else:
            weight = float(nd.get("weight", degree[i]) or 0)
            size = min(10.0 + 4.0 * math.sqrt(weight), 48.0)
        item = {
            "id": i, "label": label, "kind": kind, "title": _plain(nd.get("title") or f"{label}\n{st['label']}"),
            "search": f"{label}\n{aliases}".lower(), "color": _plain(nd.get("color", st["color"])),
            "shape": _plain(nd.get("shape", st["shape"])), "size": round(size, 1),
        }
        if "x" in nd and "y" in nd:
            item["x"], item["y"] = float(nd["x"]), float(nd["y"])
        elif pos is not None:
            item["x"], item["y"] = round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)
        if "iri" in nd:
            item["iri"] = _plain(nd["iri"])
        vis_nodes.append(item)  # pyvis's add_node scans its lists on every call: append directly
        net.node_ids.append(i)
        net.node_map[i] = item

    nth: Counter = Counter()
    for k, (a, b, e) in enumerate(prepared_edges):
        kind = _plain(e.get("kind", e.get("relation", ""))) or "link"
        st = edge_style[kind]
        pair = (min(a, b), max(a, b))
        nth[pair] += 1
        label = _plain(e.get("label", ""))
        short = label if len(label) <= 48 else label[:46].rstrip() + "\u2026"
        weight = float(e.get("weight", 1) or 1)
        item = {
            "id": k, "from": a, "to": b, "kind": kind, "label": short,
            "title": _plain(e.get("title") or (label or st["label"])),
            "color": {"color": _plain(e.get("color", st["color"])), "highlight": "#000000", "hover": "#000000"},
            "width": round(1.0 + 1.5 * math.log2(max(weight, 1.0)), 2),
        }
        if st.get("dashes"):
            item["dashes"] = True
        item["arrows"] = "to" if (directed and st.get("arrow", True)) else ""
        if nth[pair] > 1:  # parallel links: bend each a little more
            item["smooth"] = {"enabled": True, "type": "curvedCW" if nth[pair] % 2 else "curvedCCW",
                              "roundness": 0.15 * (nth[pair] // 2 + (nth[pair] % 2))}
        net.edges.append(item)

    net.options = _options(n, len(prepared_edges), physics, large)
    vis_nodes_out, vis_edges_out, heading, _, _, options_json = net.get_network_data()
    payload = {
        "nodes": vis_nodes_out, "edges": vis_edges_out, "options": json.loads(options_json),
        "legend": node_legend, "edge_legend": link_legend, "physics": bool(physics),
        "directed": bool(directed), "large": large,
    }
    vis_js, app_js = _asset("vis"), _asset("view.js")
    csp = ("default-src 'none'; script-src " + _csp_hash(vis_js) + " " + _csp_hash(app_js)
           + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    from markupsafe import Markup
    import pyvis

    page = _template().render(
        title=_plain(heading), subtitle=_plain(subtitle), csp=csp, css=Markup(_asset("view.css")),
        vis_js=Markup(vis_js), app_js=Markup(app_js), data_json=Markup(script_json(payload)),
        vis_version=vis_script_path().parent.name.split("-", 1)[-1], pyvis_version=getattr(pyvis, "__version__", ""),
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, page.encode("utf-8"))
    return path


def _options(n_nodes: int, n_edges: int, physics: bool, large: bool) -> dict[str, Any]:
    busy = large or n_edges > 1500
    return {
        "autoResize": True,
        "nodes": {"borderWidth": 1, "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 9 if busy else 5}}},
        "edges": {"smooth": False if busy else {"enabled": True, "type": "continuous", "roundness": 0.3},
                  "font": {"size": 10 if busy else 11, "color": "#444444", "strokeWidth": 3, "align": "middle"},
                  "arrows": {"to": {"scaleFactor": 0.6}}, "selectionWidth": 2, "hoverWidth": 0.5},
        "physics": {
            "enabled": bool(physics), "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -4000, "centralGravity": 0.2, "springLength": 110,
                          "springConstant": 0.04, "damping": 0.6, "avoidOverlap": 0.3},
            "stabilization": {"enabled": bool(physics), "iterations": 150 if n_nodes <= 200 else 80,
                              "updateInterval": 50, "fit": True},
            "minVelocity": 1.5, "maxVelocity": 40, "timestep": 0.5,
        },
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": not busy, "tooltipDelay": 150, "multiselect": True, "navigationButtons": False,
                        "keyboard": False, "hideEdgesOnDrag": busy, "hideEdgesOnZoom": busy},
    }


# --------------------------------------------------------------------------------------------
# From projections to views


def _cut(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(_plain(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _evidence_lines(evidence: Sequence[Mapping[str, Any]], quote: str = "", document: str = "") -> list[str]:
    pieces = list(evidence) or ([{"quote": quote, "document": document}] if quote or document else [])
    lines = []
    for p in pieces[:TOOLTIP_EVIDENCE]:
        head = " ".join(x for x in (_plain(p.get("date", "")), _plain(p.get("about", ""))) if x)
        q = _cut(p.get("quote", ""))
        line = (f"{head}: " if head else "") + (f"\u201c{q}\u201d" if q else "")
        doc = _plain(p.get("document", ""))
        lines.append(line + (f" \u2014 {doc}" if doc else ""))
    if len(pieces) > TOOLTIP_EVIDENCE:
        lines.append(f"(+{len(pieces) - TOOLTIP_EVIDENCE} more)")
    return lines


def node_tooltip(attrs: Mapping[str, Any], kind_label: str = "") -> str:
    """A node's tooltip: label, kind, aliases, dates, then where it was read (quote — document)."""
    lines = [_plain(attrs.get("label", ""))]
    kind = kind_label or _plain(attrs.get("kind", "")).replace("_", " ")
    if attrs.get("person_kind"):
        kind += f" ({_plain(attrs['person_kind'])})"
    if kind:
        lines.append(kind)
    for key, name in (("aliases", "also"), ("dates", "dates"), ("location", "at"), ("resolved", "resolved")):
        if attrs.get(key):
            lines.append(f"{name}: {_cut(attrs[key], 240)}")
    lines.extend(_evidence_lines(attrs.get("evidence") or [], attrs.get("quote", ""), attrs.get("document", "")))
    return "\n".join(x for x in lines if x)


def edge_tooltip(attrs: Mapping[str, Any], source: str, target: str) -> str:
    """A link's tooltip: who / relation / whom, its label, dates, then its evidence."""
    relation = _plain(attrs.get("relations") or attrs.get("relation", "")).replace("_", " ")
    lines = [f"{_plain(source)} \u2014 {relation} \u2192 {_plain(target)}"]
    label = _plain(attrs.get("label", ""))
    if label and label.replace("_", " ") != relation:
        lines.append(label)
    if attrs.get("dates"):
        lines.append(f"dates: {_plain(attrs['dates'])}")
    if attrs.get("meetings"):
        lines.append(f"meetings attended: {attrs['meetings']}")
    lines.extend(_evidence_lines(attrs.get("evidence") or [], attrs.get("quote", ""), attrs.get("document", "")))
    return "\n".join(lines)


def graph_view(g: nx.Graph, title: str, path: Union[str, Path], *, subtitle: str = "",
               ends: Optional[tuple[str, str]] = None, **options: Any) -> Path:
    """Render a projection (:mod:`govgraph.graph.projections`) with tooltips from its attributes.

    ``ends``: edge attributes naming the source and target of an undirected graph's edges
    (people_bodies puts the person first with ``("person", "body")``)."""
    nodes = []
    for node, attrs in g.nodes(data=True):
        nodes.append({"id": node, "label": attrs.get("label", node), "kind": attrs.get("kind", "node"),
                      "aliases": attrs.get("aliases", ""), "title": node_tooltip(attrs),
                      "weight": g.degree(node, weight="weight"), "iri": attrs.get("iri", node)})
    edges = []
    for u, v, attrs in g.edges(data=True):
        if ends and attrs.get(ends[0]) == v:
            u, v = v, u
        edges.append({"from": u, "to": v, "kind": attrs.get("relation", "link").split(";")[0].strip(),
                      "label": attrs.get("label", ""), "weight": attrs.get("weight", 1),
                      "title": edge_tooltip(attrs, g.nodes[u].get("label", u), g.nodes[v].get("label", v))})
    return render(nodes, edges, title, path, subtitle=subtitle, directed=g.is_directed() or bool(ends), **options)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "meeting"


def write_views(store, out_dir: Union[str, Path], *, on_view=None) -> list[Path]:
    """Write every view of the graph in ``store`` into ``out_dir``; returns the files written
    (the index last). Meeting pages left over from an earlier run are removed."""
    from govgraph.graph import projections

    out = Path(out_dir)
    (out / "meetings").mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, Path, str]] = []

    def done(name: str, path: Path, g: nx.Graph) -> None:
        written.append((name, path, f"{g.number_of_nodes()} nodes, {g.number_of_edges()} links"))
        if on_view:
            on_view(str(path))

    g = projections.body_relations(store)
    done("Board relationships", graph_view(g, "Board relationships", out / "board_relations.html",
         subtitle="Bodies and the reporting lines, sub-groups, updates and partnerships between them"), g)
    g = projections.people_bodies(store)
    done("People and bodies", graph_view(g, "People and bodies", out / "people_bodies.html", ends=("person", "body"),
         subtitle="Members, chairs and officers, and the bodies they sit on, report to or hold a post in"), g)
    g = projections.reporting(store)
    done("Who reported to whom", graph_view(g, "Who reported to whom", out / "reporting.html",
         subtitle="Presenters, authors and approvers, and the bodies their reports and items went to"), g)
    names: set[str] = set()
    meeting_files = set()
    for iri, label, mg in projections.meetings(store):
        base = _slug(f"{mg.graph.get('date', '')} {label.rsplit(',', 1)[0]}")
        name, k = base, 1
        while name in names:
            k += 1
            name = f"{base}-{k}"
        names.add(name)
        path = out / "meetings" / f"{name}.html"
        meeting_files.add(path.name)
        done(f"Meeting: {label}", graph_view(mg, f"Meeting: {label}", path,
             subtitle="Who was there, who sent apologies or was invited, the items and who presented them"), mg)
    for stale in (out / "meetings").glob("*.html"):
        if stale.name not in meeting_files:
            stale.unlink()
    index = out / "index.html"
    write_atomic(index, _index_page(written, out).encode("utf-8"))
    return [p for _, p, _ in written] + [index]


def _index_page(views: list[tuple[str, Path, str]], out: Path) -> str:
    rows = "\n".join(
        f'<li><a href="{html.escape(p.relative_to(out).as_posix(), quote=True)}">{html.escape(name)}</a>'
        f' <span>{html.escape(counts)}</span></li>' for name, p, counts in views)
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
            "<title>govgraph views</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em;}"
            "li{margin:.3em 0;}span{color:#777;font-size:90%;}</style>\n</head>\n<body>\n<h1>govgraph views</h1>\n"
            f"<ul>\n{rows}\n</ul>\n</body>\n</html>\n")


__all__ = ["write_views", "render", "graph_view", "layout", "script_json", "node_tooltip", "edge_tooltip",
           "NODE_STYLES", "EDGE_STYLES", "LARGE"]
