"""The ontology (Turtle), SHACL shapes and shipped SPARQL queries (issue 3)."""
