"""Exports for other tools: GraphML, GEXF and CSV of the projections and JSON-LD of the whole
dataset each parse back with the expected counts. The documents are invented here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from govgraph.graph import projections
from govgraph.graph.build import build
from govgraph.graph.exports import CSV_COLUMNS, write_exports
from govgraph.graph.store import open_store

MINUTES = """NORTHCLIFF BOROUGH COUNCIL

HARBOUR OVERSIGHT PANEL
Wednesday 4th June 2025

Present:- Councillor T. Quell (in the Chair); Councillors Abara, Brindle and Corrow.

Apologies for absence were received from Councillor Dunstan.

Also in attendance:- Nadia Prewitt, Head of Harbour Services.

12. HARBOUR SAFETY PLAN

Nadia Prewitt presented the report, which set out the harbour safety plan for 2025/26, "with <care> & caution".

The Harbour Oversight Panel reported to Cabinet twice a year.
"""

MORE = """NORTHCLIFF BOROUGH COUNCIL

COASTAL BOARD
Thursday 5th June 2025

Present:- Councillor T. Quell (in the Chair); Councillor Abara.

The Coastal Board reported to Cabinet twice a year.
"""

PROJECTIONS = {"body_relations": projections.body_relations, "people_bodies": projections.people_bodies,
               "reporting": projections.reporting}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs")
    (docs / "harbour.txt").write_text(MINUTES, encoding="utf-8")
    (docs / "coastal.txt").write_text(MORE, encoding="utf-8")
    out = tmp_path_factory.mktemp("graph")
    build([docs], out=out, validate=False)
    store = open_store(None, out)
    files = write_exports(store, out / "exports")
    graphs = {name: make(store) for name, make in PROJECTIONS.items()}
    quads = int(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0]["n"])
    named = len(store.graphs())
    attendances = int(store.query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a "
                                  "<https://w3id.org/govgraph/ns#Attendance> }").rows[0]["n"])
    store.close()
    assert attendances >= 7
    return out / "exports", files, graphs, quads, named, attendances


def test_files(exported):
    folder, files, *_ = exported
    assert sorted(p.name for p in files) == sorted(
        [f"{n}.{ext}" for n in PROJECTIONS for ext in ("graphml", "gexf", "csv")] + ["graph.jsonld"])
    assert not list(folder.glob(".*.tmp"))


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_graphml_and_gexf_parse_back(exported, name):
    folder, _, graphs, *_ = exported
    g = graphs[name]
    assert g.number_of_edges() > 0
    for reader, ext in ((lambda p: nx.read_graphml(p, force_multigraph=g.is_multigraph()), "graphml"),
                        (nx.read_gexf, "gexf")):
        back = reader(folder / f"{name}.{ext}")
        assert back.is_directed() == g.is_directed()
        if ext == "graphml":
            assert back.is_multigraph() == g.is_multigraph()
        assert back.number_of_nodes() == g.number_of_nodes()
        assert back.number_of_edges() == g.number_of_edges()
        assert set(back.nodes) == set(g.nodes)  # IRIs as node ids
        node = next(iter(g.nodes))
        assert back.nodes[node]["kind"] == g.nodes[node]["kind"]
        assert back.nodes[node]["label"] == g.nodes[node]["label"]
        relations = sorted(d["relation"] for *_, d in back.edges(data=True))
        assert relations == sorted(d["relation"] for *_, d in g.edges(data=True))
        assert all(d.get("quote") for *_, d in back.edges(data=True)) or name == "people_bodies"


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_csv_edge_lists(exported, name):
    folder, _, graphs, *_ = exported
    g = graphs[name]
    with open(folder / f"{name}.csv", newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        rows = list(reader)
    expected = sum(max(1, len(d.get("evidence") or [])) for *_, d in g.edges(data=True))
    assert len(rows) == expected
    assert {(r["source_iri"], r["target_iri"]) for r in rows} <= {(u, v) for u, v in g.edges()} | {(v, u) for u, v in g.edges()}
    assert all(r["document"].endswith(".txt") and r["quote"] for r in rows)


def test_csv_content(exported):
    folder, *_ = exported
    with open(folder / "reporting.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    plan = [r for r in rows if r["source"] == "Nadia Prewitt"]
    assert plan and plan[0]["target"] == "Harbour Oversight Panel" and plan[0]["relation"] == "presenter"
    assert plan[0]["date"] == "2025-06-04" and plan[0]["label"].startswith("12. Harbour Safety Plan")
    assert '"with <care> & caution"' in plan[0]["quote"]  # quotes and markup survive CSV quoting
    with open(folder / "people_bodies.csv", newline="", encoding="utf-8") as handle:
        people = list(csv.DictReader(handle))
    chair = [r for r in people if r["source"] == "T. Quell"]
    assert {r["target"] for r in chair} == {"Harbour Oversight Panel", "Coastal Board"}
    assert {r["relation"] for r in chair} == {"chair"}


def test_jsonld_whole_dataset(exported):
    folder, _, _, quads, named, attendances = exported
    text = (folder / "graph.jsonld").read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["@context"]["gg"] == "https://w3id.org/govgraph/ns#"
    assert doc["@context"]["org"] == "http://www.w3.org/ns/org#"
    assert "gg:Attendance" in text  # compacted with the prefixes
    ds = rdflib.Dataset()
    ds.parse(data=text, format="json-ld")
    named_back = [g for g in ds.graphs() if len(g)]
    assert len(named_back) == named
    assert sum(len(g) for g in named_back) == quads
    att = rdflib.URIRef("https://w3id.org/govgraph/ns#Attendance")
    assert len(set(ds.query("SELECT DISTINCT ?a WHERE { GRAPH ?g { ?a a ?c } }", initBindings={"c": att}))) == attendances
