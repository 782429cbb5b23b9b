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
import io
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from rdflib import Dataset, Graph, URIRef
from rdflib.plugins.serializers.trig import TrigSerializer

from govgraph.files import Failed, Job, document_ids, expand_inputs, json_bytes, write_atomic
from govgraph.graph.identity import Identities
from govgraph.graph.iris import DEFAULT_BASE, Minter, digest, slug
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
    key: Optional[str] = None  # what its IRI and files are minted from (the name, made unique)


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


JOURNAL = "store.json"
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
    statuses, extractions = _extract_all(expand_inputs([Path(p) for p in paths], SUFFIXES), out, on_file)
    ids = Identities(ex for _, ex in extractions)
    store = _open_store(out, store_url, update_url, gsp_url)
    dataset = bind(Dataset())
    journal = StoreJournal(out / JOURNAL, _store_location(store))
    graphs = {st.key: DocumentGraph(ex, st.sha256 or "", st.path, ids, minter, key=st.key).build()
              for st, ex in extractions}
    plans = [plan for st in statuses if (plan := _plan_graph(st, graphs.get(st.key), out, minter))]
    _store_changed_graphs(plans, store, journal)
    for plan in plans:
        plan.status.graph = plan.iri
        _add_graph(dataset, plan.iri, plan.graph)
    ident_iri = minter.base + "graph/identity"
    ident = identity_graph(ids, minter)
    store.replace_graph(ident_iri, _ntriples(ident), "ntriples")
    _add_graph(dataset, ident_iri, ident)
    keep = {st.graph for st in statuses if st.graph} | {ident_iri}
    statuses.extend(_reconcile(out, store, journal, keep, minter))
    journal.save()
    if hasattr(store, "materialise_union"):
        store.materialise_union()
        store.compact()
    conforms, report = (None, "")
    if validate:
        conforms, report = _validate(dataset)
    write_atomic(out / "graph.trig", trig_bytes(dataset))
    triples = sum(len(g) for g in dataset.graphs())
    result = BuildResult(out, statuses, triples, conforms, report, store.describe())
    if outputs:
        result.outputs = _write_outputs(store, out)
    store.close()
    write_atomic(out / "build.json", json_bytes(result.to_json(), indent=1))
    return result


def _extract_all(jobs: list[Job], out: Path, on_file) -> tuple[list[DocStatus], list[tuple[DocStatus, Extraction]]]:
    """Every input's status, and the extractions of those that could be read."""
    ids = document_ids(jobs)
    keys = graph_keys(ids.values())
    statuses: list[DocStatus] = []
    extractions: list[tuple[DocStatus, Extraction]] = []
    for job in jobs:
        if job.error:
            statuses.append(DocStatus(job.path.name, str(job.path), "failed", error=job.error))
            continue
        if on_file:
            on_file(str(job.path))
        st, ex = _extraction(job.path, ids[job.path], keys[ids[job.path]], out)
        statuses.append(st)
        if ex is not None:
            extractions.append((st, ex))
    return statuses, extractions


def graph_keys(doc_ids: Iterable[str]) -> dict[str, str]:
    """The key each document's IRI and files are minted from: its id, plus a short hash of the
    id where two ids would give one slug (``Minutes 1.txt`` and ``minutes-1.txt``; two names of
    only non-ASCII characters).

    >>> sorted(graph_keys(["Minutes 1.txt", "minutes-1.txt", "agenda.txt"]).values())
    ['Minutes 1.txt 86b1ed02', 'agenda.txt', 'minutes-1.txt a1666e47']
    """
    by_slug: dict[str, list[str]] = defaultdict(list)
    for doc_id in doc_ids:
        by_slug[slug(doc_id)].append(doc_id)
    return {d: d if len(group) == 1 else f"{d} {digest(d)[:8]}" for group in by_slug.values() for d in group}


@dataclass
class _GraphPlan:
    """One document's graph as this build makes it, and where it goes."""

    status: DocStatus
    iri: str
    graph: Graph
    nquads: bytes
    target: Path  # graphs/<slug>.nq

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.nquads).hexdigest()


def _plan_graph(st: DocStatus, g: Optional[Graph], out: Path, minter: Minter) -> Optional[_GraphPlan]:
    """A document's graph for this build. A document that failed this time keeps the graph of
    its last good build (nothing built is lost); one that never built has none."""
    if st.key is None:
        return None
    iri = str(document_iri(minter, st.key))
    target = out / "graphs" / f"{slug(st.key)}.nq"
    if g is None:
        if not target.exists():
            return None
        g = _graph_from_nquads(target.read_bytes(), iri)
    return _GraphPlan(st, iri, g, _sorted_nquads(g, iri), target)


def _store_changed_graphs(plans: list[_GraphPlan], store, journal: "StoreJournal") -> None:
    """Replace, in the store and in ``graphs/``, every graph whose content the store is not known
    to hold. The journal forgets them (on disk) before the store changes and learns them after,
    so a build killed in between replaces them again next time, whatever the .nq files say."""
    changed = [p for p in plans if journal.holds(p.iri) != p.digest or not p.target.exists()
               or p.target.read_bytes() != p.nquads]
    journal.forget(p.iri for p in changed)
    for plan in changed:
        store.replace_graph(plan.iri, _ntriples(plan.graph), "ntriples")
        write_atomic(plan.target, plan.nquads)
        journal.learn(plan.iri, plan.digest)
        plan.status.graph_change = "replaced"


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


def _extraction(path: Path, name: str, key: str, out: Path) -> tuple[DocStatus, Optional[Extraction]]:
    """A document's extraction: from the cache when the source is unchanged, else extracted.
    ``name`` is the document's id (its path relative to the inputs) and becomes its title."""
    cache = out / "cache" / f"{slug(key)}.json"
    status = DocStatus(name, str(path), "failed", key=key)
    try:
        status.sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as err:
        status.error = f"{path}: cannot read: {err.strerror or err}"
        return status, None
    contract = _cached_contract(cache, status.sha256)
    if contract is not None:
        status.status = "cached"
    else:
        from govgraph.files import extract_file

        try:
            contract = extract_file(path)
        except Failed as err:
            status.error = str(err)
            return status, None
        write_atomic(cache, json_bytes({"sha256": status.sha256, "path": str(path), "contract": contract}))
        status.status = "extracted"
    status.counts = _counts(contract)
    ex = extraction_from_contract(contract)
    ex.doc = name
    return status, ex


def _cached_contract(cache: Path, sha: str) -> Optional[dict]:
    if not cache.exists():
        return None
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        return cached["contract"] if cached.get("sha256") == sha else None
    except (ValueError, KeyError):
        return None  # a damaged cache entry is rebuilt


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


def _graph_from_nquads(data: bytes, iri: str) -> Graph:
    ds = Dataset()
    ds.parse(data=data.decode("utf-8"), format="nquads")
    g = Graph()
    for t in ds.graph(URIRef(iri)):
        g.add(t)
    return g


def trig_bytes(dataset: Dataset) -> bytes:
    """The dataset as TriG with its named graphs in IRI order: rdflib keeps graphs in a set, so
    its own order follows the process's hash seed and two processes would write other bytes."""
    serializer = TrigSerializer(dataset)
    serializer.contexts.sort(key=lambda g: str(g.identifier))
    stream = io.BytesIO()
    serializer.serialize(stream, encoding="utf-8")
    return stream.getvalue()


def _add_graph(dataset: Dataset, iri: str, g: Graph) -> None:
    ng = dataset.graph(URIRef(iri))
    for t in g:
        ng.add(t)


def _reconcile(out: Path, store, journal: "StoreJournal", keep: set[str], minter: Minter) -> list[DocStatus]:
    """Make the store hold exactly this build's graphs: every document graph of ours that belongs
    to no current input goes (a document deleted, even one whose last build failed), with its
    files."""
    previous = _previous_documents(out)
    ours = minter.base + "document/"
    # This folder's embedded store is ours alone: anything in it may go. On a SPARQL server,
    # only the graphs this build folder put there (journal, last build.json) are touched.
    known = set(journal.graphs()) | set(previous)
    if _is_embedded(store):
        known |= set(store.graphs())
    gone = []
    for iri in sorted(known):
        if iri in keep or not iri.startswith(ours):
            continue
        journal.forget([iri])
        store.drop_graph(iri)
        old = previous.get(iri, {})
        key = old.get("key") or old.get("name")
        if key:
            for p in (out / "graphs" / f"{slug(key)}.nq", out / "cache" / f"{slug(key)}.json"):
                p.unlink(missing_ok=True)
        gone.append(DocStatus(old.get("name", iri), old.get("path", ""), "removed", graph=iri,
                              graph_change="dropped", key=key))
    return gone


def _previous_documents(out: Path) -> dict[str, dict]:
    """The previous build's documents by graph IRI."""
    try:
        docs = json.loads((out / "build.json").read_text(encoding="utf-8")).get("documents", [])
    except (OSError, ValueError):
        return {}
    return {d["graph"]: d for d in docs if isinstance(d, dict) and d.get("graph")}


class StoreJournal:
    """What each document graph in the store holds (the SHA-256 of its sorted N-Quads), as this
    builder last confirmed it, in ``DIR/store.json``. A graph is forgotten, on disk, before the
    store is changed and learnt after, so a build killed between the two leaves it unknown and
    the next build replaces it. A journal of another store (``--store`` changed) knows nothing."""

    def __init__(self, path: Path, store_name: str):
        self.path, self.store_name = path, store_name
        self._graphs: dict[str, str] = {}
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("store") == store_name:
                self._graphs = dict(data.get("graphs", {}))
        except (OSError, ValueError, AttributeError):
            pass

    def holds(self, iri: str) -> Optional[str]:
        return self._graphs.get(iri)

    def graphs(self) -> list[str]:
        return list(self._graphs)

    def forget(self, iris: Iterable[str]) -> None:
        """Forget graphs about to change, on disk at once."""
        known = [iri for iri in iris if self._graphs.pop(iri, None) is not None]
        if known:
            self.save()

    def learn(self, iri: str, sha: str) -> None:
        self._graphs[iri] = sha

    def save(self) -> None:
        data = {"store": self.store_name, "graphs": dict(sorted(self._graphs.items()))}
        write_atomic(self.path, json_bytes(data, indent=0))


def _is_embedded(store) -> bool:
    from govgraph.graph.store import EmbeddedStore

    return isinstance(store, EmbeddedStore)


def _store_location(store) -> str:
    """Which store this is, stable across builds (unlike ``describe``, which counts graphs)."""
    path = getattr(store, "path", None)
    if path is not None:
        return f"embedded {Path(path).resolve()}"
    return f"server {getattr(store, 'query_url', None) or 'in memory'}"


def _open_store(out: Path, url: Optional[str], update_url: Optional[str], gsp_url: Optional[str]):
    from govgraph.graph.store import open_store

    return open_store(url, out, update_url=update_url, gsp_url=gsp_url)


def _validate(dataset: Dataset) -> tuple[bool, str]:
    from govgraph.graph.validate import validate

    # labels live in the identity graph: the shapes hold for the union of the graphs
    return validate(dataset, union=True)
