"""govgraph: local-government committee papers to a governance knowledge graph.

Layers: ``govgraph.loaders`` (files to typed records; the only place that imports spaCy),
``govgraph.graph`` (records to RDF, stores, queries, views), ``govgraph.ontology`` (Turtle,
shapes, queries). ``govgraph.records`` holds the typed records that travel between them.
"""

__version__ = "0.1.0"
