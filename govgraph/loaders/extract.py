"""Document -> Extraction (STUB: the lead is writing this module)."""

from __future__ import annotations

from govgraph.records import Document, Extraction


def extract_document(document: Document) -> Extraction:
    """All the governance records one document states."""
    return Extraction(doc=document.name)
