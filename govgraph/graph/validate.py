"""Check a govgraph graph against the SHACL shapes (``govgraph/ontology/shapes.ttl``).

>>> from rdflib import Graph
>>> ok, report = validate(Graph())
>>> ok, report.splitlines()[0]
(True, 'Conforms: yes (0 violations, 0 warnings)')

A ``Dataset`` (one named graph per document) is checked graph by graph, since each document's
graph is meant to stand on its own; report lines then start with the graph's IRI.

Choices (measured with ``python tools/bench_validate.py``): no RDFS inference, because the builder
asserts every type the shapes look for (``org:Organization`` beside ``org:OrganizationalUnit``,
``gg:Meeting`` beside ``gg:ReferencedMeeting``) and inference costs a graph copy plus a closure;
the ontology is not mixed in either, for the same reason. sh:Warning results are listed in the
report but do not make a graph fail.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Union

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, SH

from govgraph.ontology.namespace import bind_prefixes

SHAPES_NS = "https://w3id.org/govgraph/shapes#"


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """The SHACL shapes, parsed once."""
    g = Graph().parse(data=files("govgraph.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """The govgraph ontology, parsed once."""
    return Graph().parse(data=files("govgraph.ontology").joinpath("govgraph.ttl").read_text(encoding="utf-8"), format="turtle")


def validate(
    data_graph: Union[Graph, Dataset, ConjunctiveGraph],
    *,
    inference: str = "none",
    with_ontology: bool = False,
    union: bool = False,
) -> tuple[bool, str]:
    """Validate ``data_graph`` against the govgraph shapes: ``(conforms, readable report)``.

    The report has a first line ``Conforms: yes|no (n violations, m warnings)`` and then one line
    per result: ``Violation ggsh:AttendanceShape gg:status <focus node>: message``.
    ``inference`` ("none", "rdfs", ...) and ``with_ontology`` are passed on to pyshacl for callers
    that need them; the defaults are the fast path. A ``Dataset`` is checked graph by graph, or as
    the union of its graphs with ``union=True`` (when labels live in the identity graph).
    """
    if isinstance(data_graph, (Dataset, ConjunctiveGraph)) and union:
        merged = Graph()
        graphs = data_graph.graphs() if isinstance(data_graph, Dataset) else data_graph.contexts()
        for ctx in graphs:
            for t in ctx:
                merged.add(t)
        data_graph = merged
    if isinstance(data_graph, (Dataset, ConjunctiveGraph)):
        ok, lines, counts = True, [], [0, 0]
        graphs = data_graph.graphs() if isinstance(data_graph, Dataset) else data_graph.contexts()
        for ctx in sorted(graphs, key=lambda c: str(c.identifier)):
            if len(ctx) == 0:
                continue
            g = Graph()
            for t in ctx:
                g.add(t)
            c_ok, c_lines, c_counts = _run(g, inference, with_ontology)
            ok = ok and c_ok
            counts = [counts[0] + c_counts[0], counts[1] + c_counts[1]]
            lines += [f"<{ctx.identifier}> {line}" for line in c_lines]
    else:
        ok, lines, counts = _run(data_graph, inference, with_ontology)
    head = f"Conforms: {'yes' if ok else 'no'} ({counts[0]} violations, {counts[1]} warnings)"
    return ok, "\n".join([head] + lines)


def _run(graph: Graph, inference: str, with_ontology: bool) -> tuple[bool, list[str], list[int]]:
    import pyshacl  # imported here: it takes ~0.5 s and most commands never validate

    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph() if with_ontology else None,
        inference=inference,
        allow_warnings=True,
        abort_on_first=False,
        advanced=False,
    )
    if not isinstance(results, Graph):
        # pyshacl gives back a ValidationFailure (not a report) when a shape itself is unusable
        raise ValueError(f"the SHACL shapes cannot be used: {results}")
    return bool(conforms), *_describe(results, graph)


def _describe(results: Graph, data: Graph) -> tuple[list[str], list[int]]:
    shapes = shapes_graph()
    names = bind_prefixes(Graph())
    names.bind("ggsh", SHAPES_NS)

    def show(node) -> str:
        if node is None:
            return "-"
        if isinstance(node, URIRef):
            try:
                return names.namespace_manager.normalizeUri(node)
            except Exception:
                return f"<{node}>"
        if isinstance(node, BNode):
            # a blank focus node (evidence, selector): show who points at it
            owner = next(data.subject_predicates(node), None)
            return f"[] (object of {show(owner[1])} of {show(owner[0])})" if owner else "[]"
        return node.n3(names.namespace_manager)

    def shape_name(shape) -> str:
        # walk up from an anonymous property shape (or an sh:or member) to its named node shape
        seen = set()
        while isinstance(shape, BNode) and shape not in seen:
            seen.add(shape)
            parent = next(shapes.subjects(SH.property, shape), None)
            if parent is None:
                parent = next(shapes.subjects(RDF.first, shape), None)
                while parent is not None and next(shapes.subjects(RDF.rest, parent), None) is not None:
                    parent = next(shapes.subjects(RDF.rest, parent))
                parent = next(shapes.subjects(None, parent), None) if parent is not None else None
            if parent is None:
                break
            shape = parent
        return show(shape)

    lines, counts = [], [0, 0]
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        if severity == SH.Violation:
            counts[0] += 1
        elif severity == SH.Warning:
            counts[1] += 1
        path = results.value(r, SH.resultPath)
        source = results.value(r, SH.sourceShape)
        value = results.value(r, SH.value)
        message = _message(results.value(r, SH.sourceConstraintComponent), shapes, source, value, show)
        message = message or " ".join(str(results.value(r, SH.resultMessage) or "").split())
        where = " ".join(x for x in (shape_name(source), show(path) if path is not None else "") if x)
        lines.append(f"{str(severity).rsplit('#', 1)[-1]} {where} {show(results.value(r, SH.focusNode))}: {message}")
    lines.sort(key=lambda s: (not s.startswith("Violation"), s))
    return lines, counts


def _message(component, shapes: Graph, source, value, show) -> str:
    """A short message for the common constraints (pyshacl's repeat the focus node); "" otherwise."""
    local = str(component).rsplit("#", 1)[-1]
    if local == "MinCountConstraintComponent":
        return f"needs at least {shapes.value(source, SH.minCount)} value(s)"
    if local == "MaxCountConstraintComponent":
        return f"has more than {shapes.value(source, SH.maxCount)} value(s)"
    if local == "DatatypeConstraintComponent":
        return f"{show(value)} is not a well-formed {show(shapes.value(source, SH.datatype))}"
    if local == "ClassConstraintComponent":
        return f"{show(value)} is not a {show(shapes.value(source, SH['class']))}"
    if local == "InConstraintComponent":
        return f"{show(value)} is not one of the allowed values"
    return ""
