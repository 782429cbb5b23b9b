"""Records to RDF, identities, stores, queries, analysis and views (issues 3 and 4)."""
