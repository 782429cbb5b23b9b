"""The one sentence splitter of the loaders: minutes' sentences with PDF conversion's breaks.

A blank line ends a sentence unless conversion put a page break inside it (the text before ends
mid-phrase, a lower-case word or a comma, and the text after is not a bullet); abbreviations
("Mr.", "Cllr.", an initial) do not end one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

__all__ = ["sentences"]


class _Break:
    """A sentence end found by a rule other than :data:`_SENT_END` (same interface)."""

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

# A blank line ends a sentence unless PDF conversion put a page break inside it: the text
# before ends mid-phrase (a lower-case word or a comma) and the text after is not a bullet.
# Every end starts at white space: the leading lookahead lets the engine pass over words quickly.
_SENT_END = re.compile(
    r"(?=\s)(?:(?<=[.!?])\s+(?=[A-Z(\"']|[-•*]\s+[A-Z])|(?<![a-z,])\n\s*\n(?!\s*[a-z])|\n\s*\n(?=\s*[-•(\d])|\n(?=\s*[-•]\s)"
    r"|\n\s*\n(?=\s*[\"“‘'][A-Z])"
    # a line of a list of decisions: a lettered part ("b) Standing Orders – ..."), the proposer and
    # seconder ("Prop CR 2nd KD"), the line after an action column's initials ("...\tJM")
    r"|\n(?=[ \t]*\(?(?:[a-h]|[ivx]{1,4})\)\s)|\n(?=[ \t]*(?:Prop(?:osed)?\b|Seconded\b|2nd:?\s+[A-Z]{1,3}\b))"
    r"|(?<=\t[A-Z]{2})[ \t]*\n|(?<=\t[A-Z]{3})[ \t]*\n)"
)
# (with the Welsh and Irish councillor's titles: "Cyng.", "Cmhlr.")
_ABBREV_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllrs?|Cllr|Cyng|Cmhlr|St|No|Prof|Co|Ltd|Rev|Revd|Supt|Insp|Sgt|approx|[A-Z])\.$")
# a company's "Ltd." ends its sentence where a capitalised word follows ("... Homes Ltd. It was agreed"),
# not before a bracket ("Westby Tree Care Ltd. (£450) was accepted")
_LTD_END = re.compile(r"\bLtd\.$")


_BLANK = re.compile(r"\n[ \t]*\n\s*")
_JOINERS = {"the", "of", "and", "to", "a", "an", "in", "on", "for", "with", "by", "at", "from", "or"}
HEADING_WORDS = 8


def _heading_breaks(text: str) -> list[_Break]:
    """A short line before a blank line is a heading, not a sentence that a page break cut: the
    sentence ends there (when the line does not break off at a comma or a joining word)."""
    out = []
    for m in _BLANK.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1: m.start()].strip()
        words = line.split()
        if not words or len(words) > HEADING_WORDS or line[-1] in ",;:&-" or words[-1].lower() in _JOINERS:
            continue
        if m.end() < len(text) and text[m.end()].isupper():
            out.append(_Break(m.start(), m.end()))
    return out


_LABEL_LINE = re.compile(r"^[^\n]*:[ \t]*\n(?=[ \t]*[A-Z][a-z])", re.MULTILINE)


def _label_breaks(text: str) -> list[_Break]:
    """A short label on a line of its own, ending in a colon ("c)<TAB>Asset Register:"), ends
    there; a sentence that introduces a list ("... write to the following bodies:") goes on."""
    out = []
    for m in _LABEL_LINE.finditer(text):
        words = [w for w in m.group().split() if not re.fullmatch(r"\(?[a-z0-9]{1,3}[).]", w)]  # "c)" is a marker
        if len(words) <= 4 and not any(w.islower() and w not in _JOINERS for w in words):
            out.append(_Break(m.end() - 1, m.end()))
    return out


def sentences(text: str, base: int) -> Iterator[tuple[int, int]]:
    """Sentence spans (document offsets, without surrounding white space) of a chunk of text."""
    # short texts (an item, a paragraph) are cached many to a cache; long ones (a section, a whole
    # paper, read by two rules in a row) a few, so a run never keeps every paper alive
    for s, e in (_spans(text) if len(text) <= _CACHED_CHARS else _long_spans(text)):
        yield base + s, base + e


_CACHED_CHARS = 4_000


@lru_cache(maxsize=4)
def _long_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split(text))


@lru_cache(maxsize=512)  # the readers of an item (people, presenters, decisions) split the same text
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split(text))


def _split(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    ends = sorted(list(_SENT_END.finditer(text)) + _heading_breaks(text) + _label_breaks(text), key=lambda m: m.start())
    for m in ends + [None]:
        stop = m.start() if m else len(text)
        if m and stop < pos:
            continue  # two rules found the same end
        # (searched in place: an abbreviation is the segment's last few characters)
        if m and _ABBREV_END.search(text, max(pos, stop - 12), stop) \
                and not (_LTD_END.search(text, max(pos, stop - 5), stop) and re.match(r"\s+[A-Z][a-z]", text[stop:stop + 4])):
            continue
        seg = text[pos:stop]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            yield pos + lead, pos + len(seg.rstrip())
        if m:
            pos = m.end()
