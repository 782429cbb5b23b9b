"""Words of people's titles, posts and names in committee papers (shared by ``people.py``).

Everything here is general vocabulary of UK local-government writing, not of any one council:
personal titles ("Councillor", "Mrs"), post-nominals ("MP", "OBE"), the head words of posts
("Director", "Head of", "Commander") and their qualifiers ("Interim", "Senior"), and the head
words of bodies ("Council", "Police", "Board") that tell an organisation from a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from govgraph.loaders.vocab import (  # the genre's words live in vocab.py
    BODY_WORDS, COUNCILLOR_TITLES, HEAD_OF, OFFICE_OF, PLURAL_TITLES, POSTNOMINALS,
    POST_GRADE_WORDS, POST_HEAD_WORDS as POST_HEADS, POST_QUALIFIER_WORDS as POST_QUALIFIERS, TITLE_FORMS as TITLES,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_post(text: str) -> bool:
    """Does this phrase name a post ("Interim Head of Youth Justice", "self employed consultant")?"""
    ws = words(text)
    if not ws:
        return False
    if ws[0].lower() in ("the", "our", "a", "an", "their", "his", "her"):
        ws = ws[1:]
    if not ws:
        return False
    if OFFICE_OF.match(" ".join(ws)):
        return True  # "chair of the Membership Group": an office in a body, written in lower case
    if ws[0][0].islower() and (len(ws) > 4 or any(w[0].isupper() for w in ws)):
        return False  # "also the Head of ...", "presented the report": prose; "self employed consultant" is a post
    for i, w in enumerate(ws[:8]):
        lw = w.lower()
        if lw in ("of", "for", "at", "to", "in", "with") and i > 0:
            return False
        if _head(lw):
            return True
        if _two_word_head(ws, i):
            return True
    return False


def post_start(ws: list[str]) -> int | None:
    """Index in ``ws`` where a post begins (qualifiers walked back from its head word), or None."""
    for i, w in enumerate(ws):
        if _head(w.lower()) or _two_word_head(ws, i):
            j = i
            while j > 0 and ws[j - 1].lower() in POST_QUALIFIERS:
                j -= 1
            # "Chief Operating Officer", "Deputy Nursing Director": a post's opening word holds the
            # words between it and the head, whatever they are
            opener = next((k for k in (j - 1, j - 2) if k >= 0 and ws[k].lower() in POST_GRADE_WORDS), None)
            return opener if opener is not None else j
    return None


def _head(lw: str) -> bool:
    return lw in POST_HEADS or (lw.endswith("s") and lw[:-1] in POST_HEADS)


def _two_word_head(ws: list[str], i: int) -> bool:
    # "Cabinet Member", "Chief Executive", "Lead Member": heads only as a pair
    pair = (ws[i].lower(), ws[i + 1].lower()) if i + 1 < len(ws) else None
    return pair in {("cabinet", "member"), ("chief", "executive"), ("lead", "member"), ("board", "member"), ("business", "partner")}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.txt, generated from Faker's MIT-licensed lists)."""
    text = resources.files("govgraph.loaders").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(names - NOT_GIVEN)


# Given names that papers use more often as ordinary capitalised words ("Peer Challenge", "Grant Funding").
NOT_GIVEN = frozenset("Peer Grant Major Royal Bishop Chance Trust Star Sterling Rich Page King Price Sage Clay Cliff Fair Bright Best Early Young Will May Care".split())
