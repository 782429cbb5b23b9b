"""Read input files into a :class:`~govgraph.records.Document` (MINIMAL STUB: txt only).

The readers helper replaces this module; the interface stays:
``read_document(path) -> Document`` raising :class:`ReadError` for bad input.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from govgraph.records import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")


class ReadError(Exception):
    """A file that cannot be read; ``str(err)`` is one line naming the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def read_document(path: str | Path) -> Document:
    path = Path(path)
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    return Document(name=path.name, path=str(path), sha256=hashlib.sha256(data).hexdigest(), text=text)
