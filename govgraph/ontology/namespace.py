"""Namespaces for building and querying govgraph graphs.

``GG`` (the own terms) is generated from ``govgraph.ttl`` into ``_gg.py`` by
``python -m govgraph.ontology.generate``; it is closed, so a typo raises:

>>> from govgraph.ontology.namespace import GG, ORG, SCHEMA, bind_prefixes
>>> GG.Attendance
rdflib.term.URIRef('https://w3id.org/govgraph/ns#Attendance')
>>> GG["from"]  # a Python keyword
rdflib.term.URIRef('https://w3id.org/govgraph/ns#from')
>>> GG.Meetng
Traceback (most recent call last):
...
AttributeError: term 'Meetng' not in namespace 'https://w3id.org/govgraph/ns#'

The standard vocabularies come from rdflib where it has them in the form the spec uses; schema.org
is ``http://schema.org/`` here (rdflib's ``SDO`` is the ``https`` form), and Web Annotation is ``OA``.

>>> from rdflib import Graph
>>> g = bind_prefixes(Graph())
>>> g.namespace_manager.qname(SCHEMA.startDate)
'schema:startDate'
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS

from govgraph.ontology._gg import GG

# rdflib's TIME and XSD are open DefinedNamespaces that warn on every unknown attribute probe
# (pytest's collection probes module globals); plain Namespaces give the same IRIs quietly.
TIME = Namespace("http://www.w3.org/2006/time#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SCHEMA = Namespace("http://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
DCT = DCTERMS

#: Default base under which individuals are minted (README: ``<base><kind>/<key>``).
DEFAULT_BASE = "https://w3id.org/govgraph/id/"

PREFIXES: dict[str, str] = {
    "gg": str(GG._NS),
    "org": str(ORG),
    "foaf": str(FOAF),
    "schema": str(SCHEMA),
    "time": str(TIME),
    "prov": str(PROV),
    "oa": str(OA),
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the govgraph prefixes on ``graph`` (replacing rdflib's defaults such as
    ``schema: <https://schema.org/>``); returns the graph."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prefixes() -> str:
    """The PREFIX lines for a SPARQL query, in a stable order."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


__all__ = [
    "GG", "ORG", "FOAF", "SCHEMA", "TIME", "PROV", "OA", "SKOS", "DCT", "DCTERMS", "RDF", "RDFS",
    "OWL", "XSD", "PREFIXES", "DEFAULT_BASE", "bind_prefixes", "sparql_prefixes",
]
