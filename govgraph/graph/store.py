"""Where the graph lives and how it is queried: one interface, two kinds of store.

``Store`` is what the rest of govgraph relies on: replace or drop one document's named graph,
list the named graphs, and answer SPARQL. Two implementations:

- :class:`EmbeddedStore`, the default: no server, nothing to configure. Oxigraph (pyoxigraph)
  on disk in ``DIR/store`` beside the builder's ``DIR/graph.trig``, or in memory. rdflib stays
  for building, parsing, serialising and SHACL; every query goes to Oxigraph (DESIGN.md,
  "Stores and scale": 40 ms against 1.9 s at 100k triples).
- :class:`govgraph.graph.store_remote.RemoteStore`: any SPARQL 1.1 server (Oxigraph server,
  Apache Jena Fuseki, GraphDB, Virtuoso, ...) through the SPARQL Protocol (queries), SPARQL
  Update and the Graph Store Protocol (one PUT per named graph).

The default graph of a query is the union of all the graphs (every named graph, plus the store's
own default graph, which govgraph leaves empty), so ``SELECT ?s { ?s a org:Post }`` sees every
document; ``GRAPH ?g { ... }`` still names the document a fact came from, and a query that
states its own dataset (``FROM`` / ``FROM NAMED``, or the protocol's ``default-graph-uri`` /
``named-graph-uri``) gets exactly that dataset.

Results come back as :class:`QueryResult`: ``vars`` and ``rows`` (lexical values, IRIs as
plain strings, unbound as None) for SELECT, ``boolean`` for ASK, ``triples`` for CONSTRUCT and
DESCRIBE; ``bindings`` and ``graph`` keep the typed :class:`Term` for whoever needs the datatype
or language (the SPARQL endpoint in :mod:`govgraph.graph.serve` does).

>>> store = EmbeddedStore(None)
>>> store.replace_graph("http://example.org/doc/1", '<http://example.org/a> <http://example.org/p> "x" .', "ntriples")
>>> store.replace_graph("http://example.org/doc/2", '<http://example.org/b> <http://example.org/p> "y" .', "ntriples")
>>> store.graphs()
['http://example.org/doc/1', 'http://example.org/doc/2']
>>> store.query("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s").rows
[{'s': 'http://example.org/a', 'o': 'x'}, {'s': 'http://example.org/b', 'o': 'y'}]
>>> store.drop_graph("http://example.org/doc/1")
>>> store.query("ASK { <http://example.org/a> ?p ?o }").boolean
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional, Protocol, Union, runtime_checkable

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# The builder's output inside a graph folder, and the embedded store beside it.
TRIG_NAME = "graph.trig"
STORE_NAME = "store"


class StoreError(Exception):
    """A store could not do what was asked (bad data, unreachable server, refused request)."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse (the message says where)."""


# --------------------------------------------------------------------------------------------
# Results


class Term(NamedTuple):
    """One RDF term as the SPARQL 1.1 JSON results format sees it.

    ``kind`` is ``uri``, ``literal``, ``bnode`` or ``triple`` (an RDF-star quoted triple, whose
    parts are in ``parts``); ``value`` is the IRI, the lexical form or the blank node label.
    """

    kind: str
    value: str
    datatype: Optional[str] = None
    lang: Optional[str] = None
    parts: Optional[tuple] = None

    def n3(self) -> str:
        """N-Triples / SPARQL syntax (used for TSV results).

        >>> Term("literal", 'say "hi"', lang="en").n3()
        '"say \\\\"hi\\\\""@en'
        >>> Term("uri", "http://example.org/x").n3()
        '<http://example.org/x>'
        """
        if self.kind == "uri":
            return f"<{self.value}>"
        if self.kind == "bnode":
            return f"_:{self.value}"
        if self.kind == "triple" and self.parts:
            return "<< " + " ".join(t.n3() for t in self.parts) + " >>"
        text = (self.value.replace("\\", "\\\\").replace('"', '\\"')
                .replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t"))
        if self.lang:
            return f'"{text}"@{self.lang}'
        if self.datatype and self.datatype != XSD_STRING:
            return f'"{text}"^^<{self.datatype}>'
        return f'"{text}"'

    def lexical(self) -> str:
        """The plain value: the IRI, the lexical form, the blank node label."""
        return self.n3() if self.kind == "triple" else self.value


@dataclass
class QueryResult:
    """The answer to one SPARQL query.

    ``kind`` is ``select``, ``ask`` or ``graph`` (CONSTRUCT and DESCRIBE). ``truncated`` is True
    when a row cap stopped the rows (or triples) early.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    bindings: list[dict[str, Term]] = field(default_factory=list)
    boolean: Optional[bool] = None
    graph: list[tuple[Term, Term, Term]] = field(default_factory=list)
    truncated: bool = False

    @property
    def rows(self) -> list[dict[str, Optional[str]]]:
        """SELECT rows as lexical values, every variable present (None when unbound)."""
        return [{v: (b[v].lexical() if v in b else None) for v in self.vars} for b in self.bindings]

    @property
    def triples(self) -> list[tuple[str, str, str]]:
        """CONSTRUCT / DESCRIBE triples as lexical values."""
        return [(s.lexical(), p.lexical(), o.lexical()) for s, p, o in self.graph]

    def __len__(self) -> int:
        return len(self.graph) if self.kind == "graph" else len(self.bindings)


def term_from_oxigraph(term) -> Term:
    """A pyoxigraph term as a :class:`Term`. (pyoxigraph's term classes cannot be subclassed, so
    an exact type test is enough; it is cheaper than isinstance, and this runs once per value.)"""
    kind = type(term)
    if kind is ox.NamedNode:
        return Term("uri", term.value)
    if kind is ox.Literal:
        lang = term.language
        if lang:
            return Term("literal", term.value, None, lang)
        datatype = term.datatype.value
        return Term("literal", term.value, None if datatype == XSD_STRING else datatype)
    if kind is ox.BlankNode:
        return Term("bnode", term.value)
    if kind is ox.Triple:
        parts = (term_from_oxigraph(term.subject), term_from_oxigraph(term.predicate),
                 term_from_oxigraph(term.object))
        return Term("triple", "", parts=parts)
    raise TypeError(f"not an RDF term: {term!r}")


def term_to_oxigraph(term: Term):
    """A :class:`Term` as a pyoxigraph term."""
    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.kind == "triple" and term.parts:
        return ox.Triple(*(term_to_oxigraph(t) for t in term.parts))
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    if term.datatype and term.datatype != XSD_STRING:
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype))
    return ox.Literal(term.value)


def term_from_json(value: dict) -> Term:
    """A term of the SPARQL 1.1 JSON results format as a :class:`Term`."""
    kind = value.get("type")
    if kind == "typed-literal":  # SPARQL 1.0 JSON, still sent by some servers
        kind = "literal"
    if kind == "triple":
        inner = value["value"]
        parts = tuple(term_from_json(inner[k]) for k in ("subject", "predicate", "object"))
        return Term("triple", "", parts=parts)
    if kind not in ("uri", "literal", "bnode"):
        raise StoreError(f"unknown term type in SPARQL JSON results: {kind!r}")
    lang = value.get("xml:lang")
    datatype = value.get("datatype") if kind == "literal" and not lang else None
    if datatype == XSD_STRING:
        datatype = None
    return Term(kind, value.get("value", ""), datatype=datatype, lang=lang)


def result_from_json(data: dict, limit: Optional[int] = None) -> QueryResult:
    """A SPARQL 1.1 JSON results document as a :class:`QueryResult` (at most ``limit`` rows)."""
    if "boolean" in data:
        return QueryResult("ask", boolean=bool(data["boolean"]))
    variables = list(data.get("head", {}).get("vars", []))
    bindings = data.get("results", {}).get("bindings", [])
    truncated = limit is not None and len(bindings) > limit
    if truncated:
        bindings = bindings[:limit]
    return QueryResult("select", vars=variables, truncated=truncated,
                       bindings=[{k: term_from_json(v) for k, v in b.items()} for b in bindings])


# A FROM or FROM NAMED clause outside strings, IRIs and comments: the query states its dataset.
_SKIP = r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
_TOKENS = re.compile(_SKIP + r"|(?<![\w?$:])(?P<kw>[A-Za-z_]+)(?![\w:-])")


def keywords(sparql: str) -> list[str]:
    """The bare words of a SPARQL text, upper-cased, skipping strings, IRIs, comments,
    variables and prefixed names.

    >>> keywords('PREFIX ex: <http://x/from#> SELECT ?from { ex:from ?p "FROM" } # FROM')
    ['PREFIX', 'SELECT']
    """
    return [m.group("kw").upper() for m in _TOKENS.finditer(sparql) if m.group("kw")]


def states_dataset(sparql: str) -> bool:
    """True when the query has its own FROM / FROM NAMED clause."""
    return "FROM" in keywords(sparql)


def has_union_copy(store: "ox.Store") -> bool:
    """Does the store's default graph hold the materialised union of its named graphs?

    pyoxigraph 0.5's union default graph yields a triple once per named graph holding it (a
    person's name, stated in every document that names them, matches n times), which makes
    queries slow down with the square of the corpus. The builder therefore writes the union,
    as a set, into the default graph (:meth:`EmbeddedStore.materialise_union`) and queries
    read that instead. The builder's data has nothing else in the default graph."""
    return next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None


def run_oxigraph_query(
    store: "ox.Store", sparql: str, *, union: bool = True, limit: Optional[int] = None,
    default_graphs: Optional[Iterable[str]] = None, named_graphs: Optional[Iterable[str]] = None,
) -> QueryResult:
    """Run ``sparql`` on a pyoxigraph store and collect at most ``limit`` rows (or triples).

    Results are read lazily, so a capped query over a large pattern stops at the cap (ORDER BY,
    GROUP BY and aggregates still compute in full before the first row)."""
    options: dict = {}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    elif union and not states_dataset(sparql) and not has_union_copy(store):
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        answer = store.query(sparql, **options)
    except SyntaxError as err:
        raise QuerySyntaxError(f"SPARQL syntax error: {err}") from err
    except (ValueError, OSError) as err:
        raise StoreError(f"query failed: {err}") from err

    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        bindings: list[dict[str, Term]] = []
        truncated = False
        # Reading a solution by position (tuple) is several times faster than by name, and a
        # value met again (a body's name, a document's title) is converted once: at a million
        # triples this took the Python side of a 400-row answer from about 10 ms to 2 ms.
        converted: dict = {}
        for solution in answer:
            if limit is not None and len(bindings) >= limit:
                truncated = True
                break
            row = {}
            for v, value in zip(variables, tuple(solution)):
                if value is not None:
                    term = converted.get(value)
                    if term is None:
                        term = converted[value] = term_from_oxigraph(value)
                    row[v] = term
            bindings.append(row)
        return QueryResult("select", vars=variables, bindings=bindings, truncated=truncated)
    return triples_result(answer, limit)


def triples_result(triples: Iterable, limit: Optional[int] = None) -> QueryResult:
    """A CONSTRUCT/DESCRIBE answer from pyoxigraph triples, cut at ``limit``."""
    graph: list[tuple[Term, Term, Term]] = []
    truncated = False
    for triple in triples:
        if limit is not None and len(graph) >= limit:
            truncated = True
            break
        graph.append((term_from_oxigraph(triple.subject), term_from_oxigraph(triple.predicate),
                      term_from_oxigraph(triple.object)))
    return QueryResult("graph", graph=graph, truncated=truncated)


# --------------------------------------------------------------------------------------------
# Formats


# name or media type -> (pyoxigraph format, media type)
_RDF_FORMATS = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "ttl": (ox.RdfFormat.TURTLE, "text/turtle"),
    "text/turtle": (ox.RdfFormat.TURTLE, "text/turtle"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "n-triples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "nt": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "application/n-triples": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    "text/plain": (ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    # a dataset format: its triples, whatever graph they are in, make the one graph
    "nquads": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "n-quads": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "nq": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "application/n-quads": (ox.RdfFormat.N_QUADS, "application/n-quads"),
    "trig": (ox.RdfFormat.TRIG, "application/trig"),
    "application/trig": (ox.RdfFormat.TRIG, "application/trig"),
}


def rdf_format(fmt: Union[str, "ox.RdfFormat", None]) -> tuple["ox.RdfFormat", str]:
    """(pyoxigraph format, media type) of a format named ``turtle``, ``ntriples``, ``nquads``
    or ``trig`` (or ``ttl``, ``nt``, ``nq``, a media type); None means Turtle, which also
    reads N-Triples."""
    if fmt is None:
        return _RDF_FORMATS["turtle"]
    if isinstance(fmt, ox.RdfFormat):
        return fmt, fmt.media_type
    try:
        return _RDF_FORMATS[fmt.split(";")[0].strip().lower()]
    except KeyError:
        raise StoreError(f"unsupported graph format {fmt!r} (use turtle, ntriples, nquads or trig)") from None


def _as_bytes(data: Union[bytes, str]) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def parse_triples(data: Union[bytes, str], fmt=None, base_iri: Optional[str] = None) -> list:
    """The triples of Turtle / N-Triples data, or of every graph of N-Quads / TriG data, as
    pyoxigraph Triples (a StoreError on bad data)."""
    rformat, _ = rdf_format(fmt)
    try:
        parsed = ox.parse(_as_bytes(data), format=rformat, base_iri=base_iri)
        if rformat.supports_datasets:
            return [quad.triple for quad in parsed]
        return list(parsed)
    except (SyntaxError, ValueError) as err:
        raise StoreError(f"cannot parse {rformat.name} data: {err}") from err


def to_ntriples(data: Union[bytes, str], fmt=None, base_iri: Optional[str] = None) -> bytes:
    """Data in any of the formats of :func:`rdf_format` as N-Triples (one graph)."""
    return ox.serialize(parse_triples(data, fmt, base_iri), format=ox.RdfFormat.N_TRIPLES)


def check_iri(iri: str) -> "ox.NamedNode":
    """The graph name as a NamedNode; a :class:`StoreError` if it is not an absolute IRI."""
    try:
        node = ox.NamedNode(iri)
    except ValueError as err:
        raise StoreError(f"not a valid graph IRI {iri!r}: {err}") from err
    if ":" not in iri:
        raise StoreError(f"not an absolute graph IRI: {iri!r}")
    return node


def _dataset_format(path: Path) -> "ox.RdfFormat":
    return ox.RdfFormat.N_QUADS if path.suffix.lower() == ".nq" else ox.RdfFormat.TRIG


def _parse_dataset(path: Path) -> Iterator:
    try:
        yield from ox.parse(path=str(path), format=_dataset_format(path))
    except (SyntaxError, ValueError) as err:
        raise StoreError(f"{path}: cannot parse TriG: {err}") from err
    except OSError as err:
        raise StoreError(f"{path}: cannot read: {err.strerror or err}") from err


def scan_trig(path: Path) -> tuple[list[str], bool]:
    """The named graphs of a TriG (or ``.nq``) file in order of first appearance, and whether
    it has default-graph triples; streams the file (nothing kept but the names)."""
    names: dict[str, None] = {}
    has_default = False
    for quad in _parse_dataset(path):
        name = quad.graph_name
        if isinstance(name, ox.NamedNode):
            names.setdefault(name.value, None)
        elif isinstance(name, ox.DefaultGraph):
            has_default = True
    return list(names), has_default


def trig_graphs(path: Path) -> dict[Optional[str], list]:
    """The triples of a TriG (or ``.nq``) file by graph name (None for the default graph), in
    the order the graphs first appear (for pushing one graph at a time to a server)."""
    graphs: dict[Optional[str], list] = {}
    for quad in _parse_dataset(path):
        name = quad.graph_name
        key = name.value if isinstance(name, ox.NamedNode) else None
        graphs.setdefault(key, []).append(quad.triple)
    return graphs


# --------------------------------------------------------------------------------------------
# The interface


@runtime_checkable
class Store(Protocol):
    """What govgraph needs from a store. Graph names are absolute IRIs as strings."""

    def replace_graph(self, iri: str, data: Union[bytes, str], fmt: str = "turtle") -> None:
        """Make named graph ``iri`` hold exactly ``data`` (Turtle or N-Triples)."""

    def drop_graph(self, iri: str) -> None:
        """Remove named graph ``iri`` and its triples (no error if it is not there)."""

    def graphs(self) -> list[str]:
        """The named graphs, sorted."""

    def query(self, sparql: str, *, limit: Optional[int] = None) -> QueryResult:
        """Answer ``sparql`` with the union of all graphs as its default graph."""

    def load_trig(self, path: Path) -> list[str]:
        """Replace every named graph that the TriG file holds; returns their names."""

    def describe(self) -> str:
        """One line for messages: which store this is."""

    def close(self) -> None:
        """Let go of files or connections."""


# --------------------------------------------------------------------------------------------
# Embedded: pyoxigraph


class EmbeddedStore:
    """Oxigraph in this process: on disk at ``path`` (created if missing), or in memory when
    ``path`` is None. ``read_only=True`` opens an existing on-disk store without taking its
    write lock (pyoxigraph: undefined while another process writes it).

    An on-disk store is a RocksDB folder: one read-write opener at a time (a second one gets a
    :class:`StoreError` naming the lock)."""

    def __init__(self, path: Optional[Path] = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as err:
            raise StoreError(f"cannot open the store at {self.path}: {err}") from err
        self.read_only = read_only

    # -- the interface

    def replace_graph(self, iri: str, data: Union[bytes, str], fmt: str = "turtle") -> None:
        """Atomic: one SPARQL Update (drop the graph, insert the new triples), so a query sees
        the old graph or the new one, never an empty or half-written graph."""
        node = check_iri(iri)
        nt = to_ntriples(data, fmt).decode("utf-8")
        update = f"DROP SILENT GRAPH <{node.value}> ;\nINSERT DATA {{ GRAPH <{node.value}> {{\n{nt}}} }}"
        self._drop_union_copy()
        try:
            self._store.update(update)
            self._store.add_graph(node)
        except (SyntaxError, ValueError, OSError) as err:
            raise StoreError(f"cannot replace graph <{iri}>: {err}") from err

    def drop_graph(self, iri: str) -> None:
        node = check_iri(iri)
        self._drop_union_copy()
        try:
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
        except OSError as err:
            raise StoreError(f"cannot drop graph <{iri}>: {err}") from err

    def materialise_union(self) -> None:
        """Write the union of the named graphs (each triple once) into the default graph, which
        queries then read instead of pyoxigraph's duplicating union (see :func:`has_union_copy`).
        Any change to a named graph drops the copy until this is called again."""
        try:
            self._store.update("CLEAR SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        except (SyntaxError, ValueError, OSError) as err:
            raise StoreError(f"cannot materialise the union graph: {err}") from err

    def compact(self) -> None:
        """Compact the on-disk store after a build (pyoxigraph ``optimize``): a build writes one
        transaction per document, and a store read soon after, before RocksDB's background
        compaction has caught up, answered queries up to twice as slowly in bench_graph."""
        try:
            self._store.optimize()
        except (OSError, AttributeError):  # in memory, or an older pyoxigraph: nothing to do
            pass

    def _drop_union_copy(self) -> None:
        if has_union_copy(self._store):
            self._store.clear_graph(ox.DefaultGraph())

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(
        self, sparql: str, *, limit: Optional[int] = None, union: bool = True,
        default_graphs: Optional[Iterable[str]] = None, named_graphs: Optional[Iterable[str]] = None,
    ) -> QueryResult:
        return run_oxigraph_query(self._store, sparql, union=union, limit=limit,
                                  default_graphs=default_graphs, named_graphs=named_graphs)

    def load_trig(self, path: Path, *, clear: bool = False) -> list[str]:
        """Load a TriG (or ``.nq`` N-Quads) file: each named graph it holds replaces the store's
        graph of that name, other graphs stay; ``clear=True`` empties the store first, so it
        holds exactly the file. The triples are loaded in one transaction (parsed in Oxigraph,
        not as Python objects). Returns the named graphs of the file."""
        path = Path(path)
        names, has_default = scan_trig(path)
        fmt = _dataset_format(path)
        try:
            if clear:
                self._store.clear()
            else:
                self._drop_union_copy()
                for name in names:
                    node = ox.NamedNode(name)
                    if self._store.contains_named_graph(node):
                        self._store.remove_graph(node)
                if has_default:
                    self._store.clear_graph(ox.DefaultGraph())
            self._store.load(path=str(path), format=fmt)
            for name in names:
                self._store.add_graph(ox.NamedNode(name))
        except (SyntaxError, ValueError, OSError) as err:
            raise StoreError(f"{path}: cannot load into the store: {err}") from err
        if not has_default:
            self.materialise_union()
        return names

    def is_empty(self) -> bool:
        """No quads and no named graphs."""
        return len(self._store) == 0 and next(iter(self._store.named_graphs()), None) is None

    def describe(self) -> str:
        """One line for messages: which store this is."""
        where = "in memory" if self.path is None else f"at {self.path}"
        return f"embedded Oxigraph {where} ({len(self.graphs())} named graphs)"

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            try:
                if not self.read_only:
                    store.flush()
            except (OSError, AttributeError):
                pass
            self._store = None  # pyoxigraph closes the store when the object goes

    # -- extras

    def dump_nquads(self, target: Path) -> None:
        """Write every quad to ``target`` as N-Quads (a consistent snapshot)."""
        try:
            self._store.dump(output=str(target), format=ox.RdfFormat.N_QUADS)
        except (OSError, ValueError) as err:
            raise StoreError(f"cannot write a snapshot to {target}: {err}") from err

    def __len__(self) -> int:
        return len(self._store)

    def __iter__(self) -> Iterator:
        return iter(self._store)

    def __enter__(self) -> "EmbeddedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --------------------------------------------------------------------------------------------
# Choosing a store


def open_store(
    url: Optional[str], graph_dir: Optional[Path], update_url: Optional[str] = None,
    gsp_url: Optional[str] = None, *, timeout: float = 60.0, sync: bool = True,
) -> Store:
    """The store for a command: a :class:`~govgraph.graph.store_remote.RemoteStore` when
    ``url`` (a SPARQL query endpoint) is given, else the embedded store ``graph_dir/store``
    (in memory when ``graph_dir`` is None). With ``sync`` the embedded store is brought in
    step with ``graph_dir/graph.trig``: an empty (new, or deleted) embedded store is loaded from
    that file when it exists. A store that holds anything is trusted as it is: the builder
    keeps it in step graph by graph; delete ``graph_dir/store`` to have it loaded afresh. A
    remote store is left as it is (push with ``load_trig``)."""
    if url:
        from govgraph.graph.store_remote import RemoteStore

        return RemoteStore(url, update_url=update_url, gsp_url=gsp_url, timeout=timeout)
    if update_url or gsp_url:
        raise StoreError("--update-url and --gsp-url need --store URL")
    if graph_dir is None:
        return EmbeddedStore(None)
    graph_dir = Path(graph_dir)
    store = EmbeddedStore(graph_dir / STORE_NAME)
    trig = graph_dir / TRIG_NAME
    if sync and trig.exists() and store.is_empty():
        try:
            store.load_trig(trig, clear=True)
        except BaseException:
            store.close()
            raise
    return store
