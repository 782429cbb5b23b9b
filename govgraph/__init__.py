"""govgraph: local-government committee papers to a governance knowledge graph.

Layers: ``govgraph.loaders`` (files to typed records; the only place that imports spaCy),
``govgraph.graph`` (records to RDF, stores, queries, views), ``govgraph.ontology`` (Turtle,
shapes, queries). ``govgraph.records`` holds the typed records that travel between them.

For notebooks: ``govgraph.build(paths, out=...)`` returns a :class:`govgraph.api.Graph` whose
``query(...)`` answers a shipped query by name or any SPARQL (see ``govgraph.api``).
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    # The API pulls in rdflib and pyoxigraph: import it on first use, so `govgraph --help` and
    # the loaders stay light.
    if name in ("build", "Graph"):
        from govgraph import api

        return getattr(api, name)
    raise AttributeError(f"module 'govgraph' has no attribute {name!r}")
