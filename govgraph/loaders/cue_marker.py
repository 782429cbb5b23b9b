"""The ``gg_cues`` spaCy component: marks the trigger words of the genre's formulaic sentences.

"The Chair welcomed X, Post", "X presented the report", "The Chair invited X to introduce the
report", "thanked X for her presentation". A Matcher over lower-cased tokens marks each trigger
in ``doc.spans["cues"]`` with its label (WELCOME or PRESENT); the extractor reads only the
sentences that hold a cue, and ``cues.py`` then reads who was welcomed or who presented.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("gg_cues")
>>> doc = nlp("The Chair welcomed Ann Lee, who presented the report.")
>>> [(s.text, s.label_) for s in doc.spans["cues"]]
[('welcomed', 'WELCOME'), ('presented', 'PRESENT')]
"""

from __future__ import annotations

from typing import Iterator

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

PATTERNS: dict[str, list[list[dict]]] = {
    "WELCOME": [
        [{"LOWER": {"IN": ["welcomed", "introduced"]}}],
        [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": "joined"}, {"LOWER": "by"}],
    ],
    "PRESENT": [
        [{"LOWER": {"IN": ["presented", "introduced", "outlined", "reported", "submitted", "delivered", "invited", "thanked",
                           "circulated", "summarised", "summarized", "updated", "briefed", "highlighted"]}}],
        # "spoke to the report", "set out the proposals", "explained the paper", "attended to present"
        [{"LOWER": {"IN": ["spoke", "talked", "explained", "attended"]}}, {"LOWER": {"IN": ["to", "the", "his", "her", "their", "this"]}}],
        [{"LOWER": "set"}, {"LOWER": "out"}],
        # "The Board considered a joint report of ...", "The Committee received a report by ...",
        # "Members received a presentation from ...", "The Panel heard a verbal update from ..."
        [{"LOWER": {"IN": ["considered", "received", "heard"]}}, {"LOWER": {"IN": ["a", "an", "the"]}, "OP": "?"},
         {"OP": "?"}, {"LOWER": {"IN": ["report", "presentation", "update", "briefing"]}}],
        [{"IS_SENT_START": True, "LOWER": "report"}, {"LOWER": {"IN": ["of", "by", "from"]}}],
        # "The Committee had before it a report by ..." (a Scottish council's minutes)
        [{"LOWER": "before"}, {"LOWER": {"IN": ["it", "them"]}}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
         {"LOWER": "joint", "OP": "?"}, {"LOWER": "report"}],
        # "gave an update", "gave the Committee a brief presentation", "provided members with an update"
        [{"LOWER": {"IN": ["gave", "provided"]}}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"}, {"OP": "?"},
         {"LOWER": {"IN": ["presentation", "overview", "update", "report", "briefing"]}}],
        # "Following a presentation by X, ...", "In presenting the report, X explained ..."
        [{"LOWER": {"IN": ["following", "after"]}}, {"LOWER": {"IN": ["a", "an", "the"]}}, {"OP": "?"},
         {"LOWER": {"IN": ["presentation", "update", "briefing", "report"]}}],
        [{"LOWER": {"IN": ["presenting", "introducing"]}}],
        [{"LOWER": {"IN": ["gave", "provided"]}}, {"OP": "?"}, {"OP": "?"}, {"LOWER": "up"}, {"ORTH": "-"}, {"LOWER": "date"}],
        # "took the Committee through the report", "talked Members through"
        [{"LOWER": {"IN": ["took", "talked", "walked", "led"]}}, {"OP": "?"}, {"OP": "?"}, {"LOWER": "through"}],
    ],
}


@Language.factory("gg_cues")
def make_cues(nlp: Language, name: str) -> "CueMarker":
    return CueMarker(nlp)


def _first_words(patterns: dict[str, list[list[dict]]]) -> tuple[str, ...]:
    """The lower-case words a pattern can start with: a block holding none has no cue."""
    words: set[str] = set()
    for label_patterns in patterns.values():
        for pattern in label_patterns:
            lower = pattern[0].get("LOWER")
            words.update(lower["IN"] if isinstance(lower, dict) else [lower])
    return tuple(sorted(words))


def _positions(values: list, value) -> Iterator[int]:
    """Every index of ``value`` in ``values`` (list.index scans in C)."""
    i = -1
    try:
        while True:
            i = values.index(value, i + 1)
            yield i
    except ValueError:
        return


class CueMarker:
    def __init__(self, nlp: Language):
        self.matcher = Matcher(nlp.vocab)
        for label, patterns in PATTERNS.items():
            self.matcher.add(label, patterns)
        self.first_ids = frozenset(nlp.vocab.strings.add(w) for w in _first_words(PATTERNS))
        self.longest = max(len(p) for ps in PATTERNS.values() for p in ps)

    def __call__(self, doc: Doc) -> Doc:
        # The Matcher's cost is per token, and most of a paper holds no trigger word: it reads only
        # a few tokens from each place a pattern's first word stands.
        first = self.first_ids
        lower = doc.to_array(LOWER).tolist()
        hits = first.intersection(lower)  # one set operation in C: most blocks have no trigger
        starts = sorted(i for h in hits for i in _positions(lower, h))
        spans = []
        for i in starts:
            spans.extend(s for s in self.matcher(doc[i: i + self.longest], as_spans=True) if s.start == i)
        spans = list({(s.start, s.end, s.label_): s for s in spans}.values())
        doc.spans["cues"] = sorted(spans, key=lambda s: s.start)
        return doc
