"""Fixtures shared by several test modules."""

from __future__ import annotations

import glob
from pathlib import Path

import pytest

from govgraph.graph.store import EmbeddedStore

# The reference corpus beside the repository (../shared/corpus): read, never copied.
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CORPUS_FILES = sorted(glob.glob(str(CORPUS / "0*.txt")))


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory) -> EmbeddedStore:
    """The five corpus documents built once with ``govgraph.graph.build.build``, loaded from the
    builder's graph.trig into an in-memory store (tests only read it)."""
    if len(CORPUS_FILES) != 5:
        pytest.skip(f"the reference corpus is not at {CORPUS}")
    from govgraph.graph.build import build

    out = tmp_path_factory.mktemp("corpus-build")
    result = build(CORPUS_FILES, out=out)
    assert not result.failed, [d.error for d in result.failed]
    store = EmbeddedStore(None)
    store.load_trig(out / "graph.trig")
    return store
