"""``build``: documents -> one named graph per document + the identity graph, written to a folder
and loaded into a query store.

The output folder holds:

- ``graph.trig``: every named graph (one per document, named by the document's IRI) and the
  identity graph, serialised deterministically (building twice gives the same bytes);
- ``graphs/<doc>.nq``: each document's graph as sorted N-Quads (what incremental builds compare);
- ``cache/<doc>.json``: each document's extraction with the hash of its source, so an unchanged
  file is not read again;
- ``build.json``: per document its status, counts and errors;
- ``store/``: the embedded query store (Oxigraph), unless ``store_url`` names a SPARQL server.

Rebuilding after one document changed or was removed re-extracts only that document and replaces
only the named graphs whose triples changed (the identity graph is recomputed each time: it is
small and depends on every document).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from rdflib import Dataset, Graph, URIRef

from govgraph.files import Failed, expand_inputs, json_bytes, write_atomic
from govgraph.graph.identity import Identities
from govgraph.graph.iris import DEFAULT_BASE, Minter, slug
from govgraph.graph.rdf import DocumentGraph, bind, document_iri, identity_graph
from govgraph.records import Extraction, extraction_from_contract

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


@dataclass
class DocStatus:
    name: str
    path: str
    status: str  # "extracted" | "cached" | "failed" | "removed"
    graph: Optional[str] = None  # the named graph's IRI
    graph_change: str = "kept"  # "replaced" | "kept" | "dropped" | "none"
    sha256: Optional[str] = None
    counts: dict = field(default_factory=dict)
    error: Optional[str] = None


@dataclass
class BuildResult:
    out: Path
    documents: list[DocStatus]
    triples: int
    conforms: Optional[bool]
    shacl_report: str = ""
    store: str = ""
    outputs: list[str] = field(default_factory=list)  # views, audit, exports written

    @property
    def failed(self) -> list[DocStatus]:
        return [d for d in self.documents if d.status == "failed"]

    def to_json(self) -> dict:
        return {"triples": self.triples, "conforms": self.conforms, "store": self.store, "outputs": self.outputs,
                "documents": [asdict(d) for d in self.documents],
                "shacl_report": self.shacl_report if self.conforms is False else ""}


COUNTED = ("meetings", "attendance", "people", "bodies", "agenda_items", "reported", "resolutions", "body_relations")


def build(
    paths: Iterable[str | Path],
    out: str | Path = "outputs/build",
    *,
    store_url: Optional[str] = None,
    update_url: Optional[str] = None,
    gsp_url: Optional[str] = None,
    base: str = DEFAULT_BASE,
    validate: bool = True,
    outputs: bool = True,
    on_file: Optional[Callable[[str], None]] = None,
) -> BuildResult:
    """Build the graph of ``paths`` (files or folders) into ``out``.

    >>> import tempfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (tmp / "m.txt").write_text("AUDIT COMMITTEE\\nMonday 2 June 2025\\n\\nPresent:- Councillor Ames (in the Chair); Councillor Bell.\\n")
    >>> result = build([tmp / "m.txt"], out=tmp / "out")
    >>> [(d.name, d.status, d.counts["attendance"]) for d in result.documents], result.conforms
    ([('m.txt', 'extracted', 2)], True)
    """
    out = Path(out)
    for sub in ("cache", "graphs"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    minter = Minter(base)
    jobs = expand_inputs([Path(p) for p in paths], SUFFIXES)
    statuses: list[DocStatus] = []
    extractions: list[tuple[DocStatus, Extraction]] = []
    for job in jobs:
        if job.error:
            statuses.append(DocStatus(job.path.name, str(job.path), "failed", error=job.error))
            continue
        if on_file:
            on_file(str(job.path))
        st, ex = _extraction(job.path, out, minter)
        statuses.append(st)
        if ex is not None:
            extractions.append((st, ex))
    ids = Identities(ex for _, ex in extractions)
    store = _open_store(out, store_url, update_url, gsp_url)
    known_graphs = set(store.graphs())
    dataset = bind(Dataset())
    current: set[str] = set()
    for st, ex in extractions:
        g = DocumentGraph(ex, st.sha256 or "", st.path, ids, minter).build()
        st.graph = str(document_iri(minter, ex.doc))
        current.add(st.graph)
        nq = _sorted_nquads(g, st.graph)
        target = out / "graphs" / f"{slug(ex.doc)}.nq"
        if not target.exists() or target.read_bytes() != nq or st.graph not in known_graphs:
            write_atomic(target, nq)
            store.replace_graph(st.graph, _ntriples(g), "ntriples")
            st.graph_change = "replaced"
        _add_graph(dataset, st.graph, g)
    ident_iri = minter.base + "graph/identity"
    ident = identity_graph(ids, minter)
    store.replace_graph(ident_iri, _ntriples(ident), "ntriples")
    _add_graph(dataset, ident_iri, ident)
    statuses.extend(_removed(out, store, current | {ident_iri}, {s.name for s in statuses}))
    if hasattr(store, "materialise_union"):
        store.materialise_union()
        store.compact()
    conforms, report = (None, "")
    if validate:
        conforms, report = _validate(dataset)
    write_atomic(out / "graph.trig", dataset.serialize(format="trig").encode("utf-8"))
    triples = sum(len(g) for g in dataset.graphs())
    result = BuildResult(out, statuses, triples, conforms, report, store.describe())
    if outputs:
        result.outputs = _write_outputs(store, out)
    store.close()
    write_atomic(out / "build.json", json_bytes(result.to_json(), indent=1))
    return result


def _write_outputs(store, out: Path) -> list[str]:
    """What people look at: the views (DIR/views/), the audit (DIR/audit.html, .json) and the
    exports for other tools (DIR/exports/)."""
    from govgraph.graph.audit import run_audit, write_audit
    from govgraph.graph.exports import write_exports
    from govgraph.graph.views import write_views

    written = [str(p) for p in write_views(store, out / "views")]
    written += [str(p) for p in write_audit(run_audit(store), out)]
    written += [str(p) for p in write_exports(store, out / "exports")]
    return written


def _extraction(path: Path, out: Path, minter: Minter) -> tuple[DocStatus, Optional[Extraction]]:
    """A document's extraction: from the cache when the source is unchanged, else extracted."""
    name = path.name
    cache = out / "cache" / f"{slug(name)}.json"
    try:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as err:
        return DocStatus(name, str(path), "failed", error=f"{path}: cannot read: {err.strerror or err}"), None
    if cache.exists():
        try:
            cached = json.loads(cache.read_text(encoding="utf-8"))
            if cached.get("sha256") == sha:
                ex = extraction_from_contract(cached["contract"])
                return DocStatus(name, str(path), "cached", sha256=sha, counts=_counts(cached["contract"])), ex
        except (ValueError, KeyError):
            pass  # a damaged cache entry is rebuilt
    from govgraph.files import extract_file

    try:
        contract = extract_file(path)
    except Failed as err:
        return DocStatus(name, str(path), "failed", sha256=sha, error=str(err)), None
    write_atomic(cache, json_bytes({"sha256": sha, "path": str(path), "contract": contract}))
    return DocStatus(name, str(path), "extracted", sha256=sha, counts=_counts(contract)), extraction_from_contract(contract)


def _counts(contract: dict) -> dict:
    return {k: len(contract.get(k, [])) for k in COUNTED}


def _sorted_nquads(g: Graph, graph_iri: str) -> bytes:
    """The graph as N-Quads in a fixed order: byte-identical for the same triples."""
    ds = Dataset()
    ng = ds.graph(URIRef(graph_iri))
    for t in g:
        ng.add(t)
    lines = ds.serialize(format="nquads").splitlines()
    return ("\n".join(sorted(line for line in lines if line.strip())) + "\n").encode("utf-8")


def _ntriples(g: Graph) -> bytes:
    return "".join(sorted(g.serialize(format="nt").splitlines(keepends=True))).encode("utf-8")


def _add_graph(dataset: Dataset, iri: str, g: Graph) -> None:
    ng = dataset.graph(URIRef(iri))
    for t in g:
        ng.add(t)


def _removed(out: Path, store, keep: set[str], names: set[str]) -> list[DocStatus]:
    """Documents of the previous build that are no longer inputs: their graph and cache go."""
    previous = out / "build.json"
    if not previous.exists():
        return []
    try:
        docs = json.loads(previous.read_text(encoding="utf-8")).get("documents", [])
    except ValueError:
        return []
    gone = []
    for d in docs:
        if d.get("status") == "removed" or d.get("name") in names or not d.get("graph") or d["graph"] in keep:
            continue
        store.drop_graph(d["graph"])
        for p in (out / "graphs" / f"{slug(d['name'])}.nq", out / "cache" / f"{slug(d['name'])}.json"):
            p.unlink(missing_ok=True)
        gone.append(DocStatus(d["name"], d.get("path", ""), "removed", graph=d["graph"], graph_change="dropped"))
    return gone


def _open_store(out: Path, url: Optional[str], update_url: Optional[str], gsp_url: Optional[str]):
    from govgraph.graph.store import open_store

    return open_store(url, out, update_url=update_url, gsp_url=gsp_url)


def _validate(dataset: Dataset) -> tuple[bool, str]:
    from govgraph.graph.validate import validate

    # labels live in the identity graph: the shapes hold for the union of the graphs
    return validate(dataset, union=True)
