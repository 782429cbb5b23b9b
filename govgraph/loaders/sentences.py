"""The one sentence splitter of the loaders: minutes' sentences with PDF conversion's breaks.

A blank line ends a sentence unless conversion put a page break inside it (the text before ends
mid-phrase, a lower-case word or a comma, and the text after is not a bullet); abbreviations
("Mr.", "Cllr.", an initial) do not end one.
"""

from __future__ import annotations

import re
from typing import Iterator

__all__ = ["sentences"]

# A blank line ends a sentence unless PDF conversion put a page break inside it: the text
# before ends mid-phrase (a lower-case word or a comma) and the text after is not a bullet.
_SENT_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z(\"'])|(?<![a-z,])\n\s*\n|\n\s*\n(?=\s*[-•(\d])|\n(?=\s*[-•]\s)"
)
_ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|St|No|Prof|[A-Z])\.$")


def sentences(text: str, base: int) -> Iterator[tuple[int, int]]:
    """Sentence spans (document offsets, without surrounding white space) of a chunk of text."""
    pos = 0
    for m in list(_SENT_END.finditer(text)) + [None]:
        stop = m.start() if m else len(text)
        if m and _ABBREV_END.search(text[pos:stop]):
            continue
        seg = text[pos:stop]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            yield base + pos + lead, base + pos + len(seg.rstrip())
        if m:
            pos = m.end()
