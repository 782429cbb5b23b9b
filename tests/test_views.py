"""Interactive views: projections of a small built graph, self-contained pages (no network
resource of any kind), safe output for hostile labels, and large graphs drawn with fixed
positions. The documents are invented here; no corpus text."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from govgraph.graph import projections
from govgraph.graph.build import build
from govgraph.graph.store import open_store
from govgraph.graph.views import LARGE, layout, render, script_json, write_views

HARBOUR = """NORTHCLIFF BOROUGH COUNCIL

HARBOUR OVERSIGHT PANEL
Wednesday 4th June 2025

Present:- Councillor T. Quell (in the Chair); Councillors Abara, Brindle and Corrow.

Apologies for absence were received from Councillor Dunstan.

Also in attendance:- Nadia Prewitt, Head of Harbour Services.

12. HARBOUR SAFETY PLAN

The Chair welcomed Nadia Prewitt, Head of Harbour Services, to the meeting.

Nadia Prewitt presented the report, which set out the harbour safety plan for 2025/26.

The Harbour Oversight Panel reported to Cabinet twice a year.

Resolved:- That the harbour safety plan be noted.
"""

EVIL = """NORTHCLIFF BOROUGH COUNCIL

COASTAL BOARD
Thursday 5th June 2025

Present:- Councillor T. Quell (in the Chair); Councillors Abara and <img src=x onerror=alert(1)>.

Apologies for absence were received from Councillor </script><script>alert(1)</script>.

7. <img src=x onerror=alert(1)> UPDATE

Nadia Prewitt presented the report on </script><script>alert(1)</script> and <!-- comments.

The Coastal Board reported to Cabinet twice a year.
"""

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    "<!-- <script>alert(1)</script>",
    "\u2028\"quoted\" & 'single' \\ back\u2029",
    "<svg/onload=alert(1)>",
]


class _Scripts(HTMLParser):
    """Collects every element start tag, the text of <script> elements and of the page's text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._in_script: dict | None = None
        self._buf: list[str] = []
        self.text: dict[str, str] = {}
        self._id: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._in_script, self._buf = attrs, []
        self._id = attrs.get("id")

    def handle_endtag(self, tag):
        if tag == "script" and self._in_script is not None:
            self.scripts.append((self._in_script, "".join(self._buf)))
            self._in_script = None
        self._id = None

    def handle_data(self, data):
        if self._in_script is not None:
            self._buf.append(data)
        elif self._id:
            self.text[self._id] = self.text.get(self._id, "") + data


def parse(path: Path) -> _Scripts:
    p = _Scripts()
    p.feed(path.read_text(encoding="utf-8"))
    p.close()
    return p


def embedded(path: Path) -> dict:
    data = [text for attrs, text in parse(path).scripts if attrs.get("id") == "gg-data"]
    assert len(data) == 1
    return json.loads(data[0])


REMOTE = re.compile(r"""(?:src|href|action|data|poster|srcset)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)


def assert_self_contained(path: Path) -> None:
    """No script, stylesheet or other resource from the network; a CSP that forbids loading any."""
    page = path.read_text(encoding="utf-8")
    doc = parse(path)
    for tag, attrs in doc.tags:
        assert not (tag == "script" and "src" in attrs), f"{path.name}: external script {attrs}"
        assert tag != "link", f"{path.name}: <link> {attrs}"
        for name in ("src", "href", "action", "data", "poster", "srcset"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), f"{path.name}: {tag} {name}={value}"
    assert not REMOTE.search(page), f"{path.name}: {REMOTE.search(page).group()}"
    assert not re.search(r"@import|url\(\s*['\"]?\s*(?:https?:)?//", page, re.IGNORECASE)
    for cdn in ("cdnjs", "jsdelivr", "unpkg", "bootstrap.min", "googleapis"):
        assert cdn not in page, f"{path.name}: mentions {cdn}"
    csp = [attrs for tag, attrs in doc.tags if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy"]
    if path.name != "index.html":
        assert csp and "default-src 'none'" in csp[0]["content"] and "unsafe-inline" not in csp[0]["content"].split("style-src")[0]


# --------------------------------------------------------------------------------------------
# A small built graph


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    (docs / "harbour_minutes.txt").write_text(HARBOUR, encoding="utf-8")
    (docs / "coastal_minutes.txt").write_text(EVIL, encoding="utf-8")
    out = tmp_path_factory.mktemp("graph")
    build([docs], out=out, validate=False)
    store = open_store(None, out)
    yield store, out
    store.close()


@pytest.fixture(scope="module")
def views(built):
    store, out = built
    return write_views(store, out / "views")


def labels(g):
    return {n: d["label"] for n, d in g.nodes(data=True)}


def test_body_relations_projection(built):
    store, _ = built
    g = projections.body_relations(store)
    names = labels(g)
    edges = {(names[u], names[v], d["relation"]) for u, v, d in g.edges(data=True)}
    assert ("Harbour Oversight Panel", "Cabinet", "reports_to") in edges
    assert ("Coastal Board", "Cabinet", "reports_to") in edges
    for _, _, d in g.edges(data=True):
        assert d["quote"] and d["document"] and d["date"] and d["fact"].startswith("https://")
    assert g.nodes[next(n for n in g if names[n] == "Coastal Board")]["kind"] == "board"


def test_people_bodies_projection(built):
    store, _ = built
    g = projections.people_bodies(store)
    names = labels(g)
    edges = {(names[d["person"]], names[d["body"]]): d for _, _, d in g.edges(data=True)}
    assert edges[("T. Quell", "Harbour Oversight Panel")]["relation"] == "chair"
    assert edges[("Abara", "Harbour Oversight Panel")]["relation"] == "member"
    assert edges[("Abara", "Harbour Oversight Panel")]["meetings"] == 1
    assert edges[("Dunstan", "Harbour Oversight Panel")]["relation"] == "apologies"
    assert "reported_to" in edges[("Nadia Prewitt", "Harbour Oversight Panel")]["relations"]
    quell = next(n for n in g if names[n] == "T. Quell")
    assert g.nodes[quell]["kind"] == "councillor" and g.degree(quell) == 2  # both bodies, one person
    assert g.nodes[next(n for n in g if names[n] == "Nadia Prewitt")]["kind"] == "officer"


def test_reporting_projection(built):
    store, _ = built
    g = projections.reporting(store)
    names = labels(g)
    found = [(names[u], names[v], d) for u, v, d in g.edges(data=True)]
    plan = [d for who, body, d in found if who == "Nadia Prewitt" and body == "Harbour Oversight Panel"]
    assert plan and plan[0]["label"] == "12. Harbour Safety Plan (2025-06-04)"
    assert plan[0]["relation"] == "presenter" and "presented the report" in plan[0]["quote"]
    assert plan[0]["document"] == "harbour_minutes.txt"


def test_meeting_projections(built):
    store, _ = built
    found = {label: g for _, label, g in projections.meetings(store)}
    assert set(found) == {"Harbour Oversight Panel, 2025-06-04", "Coastal Board, 2025-06-05"}
    g = found["Harbour Oversight Panel, 2025-06-04"]
    kinds = {d["label"]: d["kind"] for _, d in g.nodes(data=True)}
    assert kinds["T. Quell"] == "chair" and kinds["Abara"] == "present" and kinds["Dunstan"] == "apologies"
    assert kinds["Nadia Prewitt"] == "invited"  # listed as in attendance, and welcomed to the item
    assert kinds["12. Harbour Safety Plan"] == "item"
    assert "noted" in g.nodes[next(n for n, d in g.nodes(data=True) if d["kind"] == "item")]["resolved"]
    item = next(n for n, d in g.nodes(data=True) if d["kind"] == "item")
    prewitt = next(n for n, d in g.nodes(data=True) if d["label"] == "Nadia Prewitt")
    assert g.edges[prewitt, item]["relation"] == "presented"


def test_write_views(built, views):
    store, out = built
    names = sorted(p.relative_to(out / "views").as_posix() for p in views)
    assert names == ["board_relations.html", "index.html", "meetings/2025-06-04-harbour-oversight-panel.html",
                     "meetings/2025-06-05-coastal-board.html", "people_bodies.html", "reporting.html"]
    data = embedded(out / "views" / "people_bodies.html")
    g = projections.people_bodies(store)
    assert len(data["nodes"]) == g.number_of_nodes() and len(data["edges"]) == g.number_of_edges()
    # every node and link has a tooltip with its label; links name their evidence's document
    assert all(n["title"].startswith(n["label"]) for n in data["nodes"])
    assert all(" \u2014 " in e["title"] and ".txt" in e["title"] for e in data["edges"])
    # the legend counts the kinds present and says how each is drawn
    legend = {row["kind"]: row for row in data["legend"]}
    assert legend["councillor"]["count"] == sum(1 for n in data["nodes"] if n["kind"] == "councillor")
    assert {"color", "shape", "glyph", "label"} <= set(legend["councillor"])
    assert {row["kind"] for row in data["edge_legend"]} >= {"chair", "member", "apologies"}
    # small views settle with physics from computed starting positions
    assert data["physics"] is True and all("x" in n and "y" in n for n in data["nodes"])
    index = (out / "views" / "index.html").read_text(encoding="utf-8")
    for p in views[:-1]:
        assert f'href="{p.relative_to(out / "views").as_posix()}"' in index


def test_views_are_self_contained(views):
    for path in views:
        assert_self_contained(path)
        if path.name != "index.html":
            scripts = parse(path).scripts
            assert [a.get("id") for a, _ in scripts] == ["gg-data", None, None]
            assert "vis.Network" in scripts[2][1] and "vis-network" in scripts[1][1][:300]


def test_self_containment_check_catches_remote_resources(tmp_path):
    """The check itself fails on the tags pyvis's own template writes."""
    for bad in ('<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.0.0/dist/js/bootstrap.bundle.min.js"></script>',
                '<link href="https://cdnjs.cloudflare.com/ajax/libs/vis-network/9.1.2/dist/dist/vis-network.min.css" rel="stylesheet">',
                '<script src="//example.org/x.js"></script>', '<img src="http://example.org/x.png">'):
        page = tmp_path / "bad.html"
        page.write_text(f"<html><head></head><body>{bad}</body></html>", encoding="utf-8")
        with pytest.raises(AssertionError):
            assert_self_contained(page)


def test_hostile_document_text_stays_text(built, views):
    _, out = built
    for path in views:
        page = path.read_text(encoding="utf-8")
        assert "<img" not in page.lower() and "<svg" not in page.lower()
        assert page.lower().count("<script") == (3 if path.name != "index.html" else 0)
        assert "alert(1)" not in page or path.name != "index.html"
    # the quote carrying the markup reached the views as text and parses back unchanged
    data = embedded(out / "views" / "reporting.html")
    assert any("</script>" in e["title"] and "<!--" in e["title"] for e in data["edges"])


def test_hostile_labels_render_safely(tmp_path):
    nodes = [{"id": f"n{i}", "label": text, "kind": text if i == 0 else "board", "title": f"{text}\n{text}",
              "aliases": text} for i, text in enumerate(HOSTILE)]
    edges = [{"from": "n0", "to": f"n{i}", "label": text, "kind": text if i == 1 else "reports_to", "title": text}
             for i, text in enumerate(HOSTILE) if i]
    title = "</title><script>alert(1)</script><img src=x onerror=alert(1)>"
    path = render(nodes, edges, title, tmp_path / "hostile.html", legend={HOSTILE[0]: HOSTILE[2]},
                  subtitle=HOSTILE[1])
    page = path.read_text(encoding="utf-8")
    doc = parse(path)
    # only the page's own three scripts, no element made from the data
    assert page.lower().count("<script") == 3 and len(doc.scripts) == 3
    assert not any(tag in ("img", "svg") for tag, _ in doc.tags)
    assert not any(k.startswith("on") for _, attrs in doc.tags for k in attrs)
    # onerror= and onload= appear only inside escaped text (the JSON block or entity-escaped HTML)
    outside = re.sub(r'<script id="gg-data" type="application/json">.*?</script>', "", page, flags=re.S)
    outside = outside.replace(parse(path).scripts[1][1], "").replace(parse(path).scripts[2][1], "")
    for m in re.finditer(r"onerror=|onload=", outside):
        assert "&lt;" in outside[max(0, m.start() - 40):m.start()]
    assert "&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert doc.text["gg-title"] == title and doc.text["gg-subtitle"] == HOSTILE[1]
    # the embedded JSON escapes < > & and parses back to the original strings
    raw = next(text for attrs, text in doc.scripts if attrs.get("id") == "gg-data")
    assert "</" not in raw and "<!--" not in raw and "<" not in raw and "\u2028" not in raw
    data = json.loads(raw)
    assert [n["label"] for n in data["nodes"]] == HOSTILE
    assert [n["title"] for n in data["nodes"]] == [f"{t}\n{t}" for t in HOSTILE]
    assert [e["label"] for e in data["edges"]] == [t if len(t) <= 48 else t[:46] + "\u2026" for t in HOSTILE[1:]]
    assert [e["title"] for e in data["edges"]] == HOSTILE[1:]
    assert data["legend"][0]["kind"] == HOSTILE[0] and data["legend"][0]["label"] == HOSTILE[2]
    assert any(row["kind"] == HOSTILE[1] for row in data["edge_legend"])
    assert_self_contained(path)


def test_script_json_round_trip():
    for text in HOSTILE + ["</SCRIPT >", "<!--", "-->", "]]>", "\x00"]:
        raw = script_json({"s": text})
        assert "<" not in raw and ">" not in raw and "&" not in raw
        assert json.loads(raw)["s"] == text


def test_large_graph_fixed_layout(tmp_path):
    n = LARGE + 100
    nodes = [{"id": i, "label": f"Body {i}", "kind": "committee" if i % 2 else "councillor"} for i in range(n)]
    edges = [{"from": i, "to": (i * 7 + 3) % n, "kind": "member"} for i in range(n)] + \
            [{"from": i, "to": i + 1, "kind": "reports_to"} for i in range(0, n - 1, 3)]
    start = time.perf_counter()
    path = render(nodes, edges, "Large", tmp_path / "large.html")
    assert time.perf_counter() - start < 20
    data = embedded(path)
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False and data["options"]["edges"]["smooth"] is False
    xy = {(round(nd["x"]), round(nd["y"])) for nd in data["nodes"]}
    assert len(xy) > 0.95 * n  # spread out, not piled up
    # sizes follow degree
    deg = {}
    for e in edges:
        deg[e["from"]] = deg.get(e["from"], 0) + 1
        deg[e["to"]] = deg.get(e["to"], 0) + 1
    hub = max(range(n), key=lambda i: deg.get(i, 0))
    leaf = min(range(n), key=lambda i: deg.get(i, 0))
    assert data["nodes"][hub]["size"] >= data["nodes"][leaf]["size"]
    assert_self_contained(path)


def test_given_positions_are_kept(tmp_path):
    nodes = [{"id": "a", "x": 10, "y": 20}, {"id": "b", "x": -5, "y": 3.5}]
    data = embedded(render(nodes, [{"source": "a", "target": "b"}], "Fixed", tmp_path / "f.html", physics=False))
    assert [(n["x"], n["y"]) for n in data["nodes"]] == [(10, 20), (-5, 3.5)]
    assert data["edges"][0]["from"] == 0 and data["edges"][0]["to"] == 1


def test_layout_is_deterministic_and_separates_components():
    edges = [(i, i + 1) for i in range(400)] + [(500, 501), (501, 502)]
    a, b = layout(600, edges), layout(600, edges)
    assert (a == b).all() and a.shape == (600, 2)
    assert len({(round(x), round(y)) for x, y in a}) > 590


def test_render_rejects_unknown_edge_ends(tmp_path):
    with pytest.raises(ValueError):
        render([{"id": 1}], [{"from": 1, "to": 2}], "x", tmp_path / "x.html")
