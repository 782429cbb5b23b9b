"""The one spaCy ``Language`` of govgraph, built once, and the streaming parse of a document.

No pretrained model: ``spacy.blank("en")`` (the tokenizer) plus govgraph's rule components,
registered as spaCy factories in their own modules (``gg_bodies`` in ``bodies.py``,
``gg_people`` in ``people.py``). A document is parsed block by block (blank-line separated
paragraphs), streamed through ``nlp.pipe``, so a large file never becomes one huge ``Doc``; each
parsed block keeps the character offset of its start in ``Document.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from govgraph.records import Document

# Components in pipeline order; each name is a factory registered by importing its module.
COMPONENTS: list[tuple[str, str]] = [  # (factory name, module that registers it)
    ("gg_cues", "govgraph.loaders.cue_marker"),
    ("gg_bodies", "govgraph.loaders.bodies"),
]

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
MAX_BLOCK_CHARS = 20_000


@dataclass
class Block:
    """One parsed paragraph: ``doc.text == document.text[start:start + len(doc.text)]``."""

    doc: Doc
    start: int
    text: str = ""  # == doc.text, kept because Doc.text rebuilds the string from tokens each time

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets inside the block to offsets in the document."""
        return self.start + start, self.start + end


def text_blocks(text: str, max_chars: int = MAX_BLOCK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-empty paragraph; long paragraphs are cut at line ends."""
    pos = 0
    for m in _BLANK_LINES.finditer(text + "\n\n"):
        yield from _cut(text, pos, min(m.start(), len(text)), max_chars)
        pos = m.end()


def _cut(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max_chars:
        cut = text.rfind("\n", start, start + max_chars)
        if cut <= start:
            cut = text.rfind(" ", start, start + max_chars)
        if cut <= start:
            cut = start + max_chars
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The pipeline, built once per process."""
    import importlib

    nlp = spacy.blank("en")
    for factory, module in COMPONENTS:
        importlib.import_module(module)
        nlp.add_pipe(factory)
    return nlp


def _block_text(text: str, doc: Doc, start: int) -> str:
    """The block's text, sliced from the document (the last token's end gives its length)."""
    if not len(doc):
        return ""
    last = doc[-1]
    return text[start:start + last.idx + len(last.text)]


def _unwrap(text: str) -> str:
    """A block with its PDF wrapping undone, offsets unchanged: a line break (and the next line's
    indent) is a space, except between two rows of a table (both lines hold tab-separated cells),
    where the break stays a boundary ("Payee<TAB>Amount" / "Wendle Grounds Ltd<TAB>£2,140")."""
    if "\t" not in text:
        return text.replace("\n", " ")
    lines = text.split("\n")
    out = [lines[0]]
    for prev, line in zip(lines, lines[1:]):
        body = line.lstrip(" \t")
        if "\t" in prev.strip() and "\t" in body.strip():
            out.append("\n" + line)
        else:
            out.append(" " + WRAP_INDENT * (len(line) - len(body)) + body)
    return "".join(out)


# A wrapped line's indent, kept as no-break spaces so that the components can tell it from a
# column gap ("Learning\n\tand Improvement Sub-Group" is one name; "Consultee:   DfE" is two cells).
WRAP_INDENT = "\u00a0"


def parse(document: Document, nlp: Language | None = None, batch_size: int = 64) -> Iterator[Block]:
    """Stream the document's blocks through the pipeline (a generator: callers keep only what
    they extract from each block, so memory stays bounded on very large files)."""
    nlp = nlp or get_nlp()
    # Single line breaks inside a paragraph are PDF wrapping ("Best Start in\nLife Partnership"):
    # the pipeline sees them as spaces (same length, so offsets are unchanged).
    texts: Iterable[tuple[str, int]] = ((_unwrap(document.text[s:e]), s) for s, e in text_blocks(document.text))
    for doc, start in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        yield Block(doc, start, _block_text(document.text, doc, start))
