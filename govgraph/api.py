"""The Python API: build a graph from documents and question it, as the command line does.

>>> import tempfile, pathlib, govgraph
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "minutes.txt").write_text(
...     "AUDIT COMMITTEE\\nMonday 2 June 2025\\n\\n"
...     "Present:- Councillor Ames (in the Chair); Councillors Bell and Cole.\\n\\n"
...     "Apologies for absence were received from Councillor Dyer.\\n")
>>> with govgraph.build([tmp / "minutes.txt"], out=tmp / "graph") as g:
...     rows = g.query("cq02")
...     print(sorted((r["person"], r["status"]) for r in rows))
[('Ames', 'chair'), ('Bell', 'present'), ('Cole', 'present'), ('Dyer', 'apologies')]
>>> with govgraph.Graph(tmp / "graph") as g:
...     g.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a <https://w3id.org/govgraph/ns#Attendance> }").rows
[{'n': 4}]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from govgraph.graph.build import BuildResult
from govgraph.graph.build import build as _build
from govgraph.graph.iris import DEFAULT_BASE
from govgraph.graph.query import Result, answer, list_queries, run_query

_NAMED = re.compile(r"^cq\d{1,2}\w*$|\.rq$", re.IGNORECASE)


class Graph:
    """A built graph: its output folder and a query store (the embedded one in ``out/store``,
    or the SPARQL server at ``store_url``). Use as a context manager, or call :meth:`close`."""

    def __init__(self, out: str | Path = "outputs/build", *, store_url: Optional[str] = None,
                 result: Optional[BuildResult] = None):
        from govgraph.graph.store import open_store

        self.out = Path(out)
        self.result = result
        self.store = open_store(store_url, self.out)

    def query(self, query: str, **params: str) -> Result:
        """Answer a shipped query by name (``"cq01"``; ``params`` bind its parameters) or any
        SPARQL SELECT text. Rows are dicts keyed by column."""
        if _NAMED.search(query.strip()):
            return answer(self.store, query.strip(), params)
        if params:
            raise ValueError("parameters go with a shipped query name, not with SPARQL text")
        return run_query(self.store, query)

    @staticmethod
    def queries() -> list[str]:
        """The names of the shipped queries."""
        return [q.name for q in list_queries()]

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Graph":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def build(paths: Iterable[str | Path], out: str | Path = "outputs/build", *, store_url: Optional[str] = None,
          base: str = DEFAULT_BASE, **options) -> Graph:
    """Build the graph of ``paths`` (files or folders) into ``out`` and open it for queries;
    ``graph.result`` holds the build report (per-document status, SHACL conformance)."""
    result = _build(paths, out=out, store_url=store_url, base=base, **options)
    return Graph(out, store_url=store_url, result=result)
