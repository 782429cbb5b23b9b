"""The graph for other tools: GraphML and GEXF of the projections, CSV edge lists, JSON-LD.

``write_exports(store, out_dir)`` writes, for each projection of :mod:`govgraph.graph.projections`
(``body_relations``, ``people_bodies``, ``reporting``):

- ``NAME.graphml`` and ``NAME.gexf`` (networkx writers; node ids are IRIs, every attribute but the
  evidence list kept; Gephi, Cytoscape, yEd, igraph read them);
- ``NAME.csv``: one row per link and piece of evidence, columns
  ``source,target,relation,label,date,document,quote`` (names as written) then
  ``source_iri,target_iri,fact``;

and ``graph.jsonld``: the whole dataset (every named graph) as JSON-LD, compacted with a context
made of govgraph's namespace prefixes. Files are written to a temporary name and renamed.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Callable, Union

import networkx as nx

from govgraph.files import write_atomic

CSV_COLUMNS = ("source", "target", "relation", "label", "date", "document", "quote",
               "source_iri", "target_iri", "fact")


def _scalar_graph(g: nx.Graph) -> nx.Graph:
    """A copy with only str / int / float / bool attributes (GraphML and GEXF need that)."""
    def clean(attrs: dict) -> dict:
        out = {}
        for k, v in attrs.items():
            if isinstance(v, (bool, int, float, str)) and k not in ("evidence",):
                out[k] = v
        return out

    h = g.__class__()
    h.graph.update({k: v for k, v in g.graph.items() if isinstance(v, (str, int, float))})
    for n, attrs in g.nodes(data=True):
        h.add_node(n, **clean(attrs))
    if g.is_multigraph():
        for u, v, key, attrs in g.edges(keys=True, data=True):
            h.add_edge(u, v, key=key, **clean(attrs))
    else:
        for u, v, attrs in g.edges(data=True):
            h.add_edge(u, v, **clean(attrs))
    return h


def edge_rows(g: nx.Graph) -> list[dict[str, str]]:
    """CSV rows of a projection: one per link and piece of evidence (one for a link without)."""
    rows = []
    edges = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, None, d) for u, v, d in g.edges(data=True))
    for u, v, _, d in edges:
        if d.get("person") == v:  # people_bodies: the person first
            u, v = v, u
        base = {"source": g.nodes[u].get("label", u), "target": g.nodes[v].get("label", v),
                "relation": d.get("relations") or d.get("relation", ""), "label": d.get("label", ""),
                "source_iri": u, "target_iri": v, "fact": d.get("fact", "")}
        pieces = d.get("evidence") or [{"date": d.get("date", ""), "document": d.get("document", ""),
                                        "quote": d.get("quote", "")}]
        for p in pieces:
            rows.append({**base, "date": p.get("date", "") or d.get("date", ""), "document": p.get("document", ""),
                         "quote": p.get("quote", "")})
    rows.sort(key=lambda r: tuple(str(r[c]) for c in CSV_COLUMNS))
    return rows


def _csv_bytes(rows: list[dict[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in rows:
        writer.writerow({c: "" if r.get(c) is None else r.get(c) for c in CSV_COLUMNS})
    return buf.getvalue().encode("utf-8")


def _via_file(target: Path, writer: Callable[[nx.Graph, io.BytesIO], None], g: nx.Graph) -> None:
    buf = io.BytesIO()
    writer(g, buf)
    write_atomic(target, buf.getvalue())


def dataset(store):
    """Every quad of the store as an rdflib Dataset (through SPARQL, so any store will do)."""
    from rdflib import BNode, Dataset, Literal, URIRef

    from govgraph.ontology.namespace import bind_prefixes

    answer = store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    ds = Dataset()
    bind_prefixes(ds)

    def term(t):
        if t.kind == "uri":
            return URIRef(t.value)
        if t.kind == "bnode":
            return BNode(t.value)
        if t.lang:
            return Literal(t.value, lang=t.lang)
        return Literal(t.value, datatype=URIRef(t.datatype) if t.datatype else None)

    graphs: dict[str, Any] = {}
    for b in answer.bindings:
        name = b["g"].value
        if name not in graphs:
            graphs[name] = ds.graph(URIRef(name))
        graphs[name].add((term(b["s"]), term(b["p"]), term(b["o"])))
    return ds


def jsonld_context() -> dict[str, str]:
    """The compact JSON-LD context: govgraph's namespace prefixes."""
    from govgraph.ontology.namespace import PREFIXES

    return dict(sorted(PREFIXES.items()))


def write_exports(store, out_dir: Union[str, Path], *, on_file=None) -> list[Path]:
    """Write GraphML, GEXF and CSV of each projection and JSON-LD of the whole dataset into
    ``out_dir``; returns the files written."""
    from govgraph.graph import projections

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def wrote(path: Path) -> None:
        written.append(path)
        if on_file:
            on_file(str(path))

    for name, make in (("body_relations", projections.body_relations), ("people_bodies", projections.people_bodies),
                       ("reporting", projections.reporting)):
        g = make(store)
        plain = _scalar_graph(g)
        _via_file(out / f"{name}.graphml", lambda h, f: nx.write_graphml(h, f, encoding="utf-8"), plain)
        wrote(out / f"{name}.graphml")
        _via_file(out / f"{name}.gexf", lambda h, f: nx.write_gexf(h, f, encoding="utf-8"), plain)
        wrote(out / f"{name}.gexf")
        write_atomic(out / f"{name}.csv", _csv_bytes(edge_rows(g)))
        wrote(out / f"{name}.csv")
    ds = dataset(store)
    text = ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, indent=1)
    write_atomic(out / "graph.jsonld", text.encode("utf-8") if isinstance(text, str) else text)
    wrote(out / "graph.jsonld")
    return written


__all__ = ["write_exports", "edge_rows", "dataset", "jsonld_context", "CSV_COLUMNS"]
