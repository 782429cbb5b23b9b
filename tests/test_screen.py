"""Literal screens (govgraph.loaders.screen): a screen may let through a text the pattern does not
match, never stop one it does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from govgraph.loaders import cues, decisions, extract, relations
from govgraph.loaders.read import read_document
from govgraph.loaders.screen import Screened, needs_of, screen, screened
from govgraph.loaders.sentences import sentences

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _needs(pattern: str, flags: int = 0) -> list[set[str]]:
    return [set(n) for n in needs_of(re.compile(pattern, flags))]


def test_needs_are_the_words_every_match_holds():
    assert _needs(r"\bpresented\s+(?:the|a)\s+report\b") == [{"presented"}, {"report"}]
    assert _needs(r"\b(?:reports?|accountable)\s+to\b") == [{"report", "accountable"}, {"to"}]
    # an optional part, or an alternation with a branch that needs nothing, gives no screen
    assert _needs(r"(?:annual\s+)?meeting") == [{"meeting"}]
    assert _needs(r"(?:the|)\s*x") == []
    assert _needs(r"\w+\s+\d+") == []


def test_case_folding_follows_the_pattern():
    # a case-blind pattern is screened on the lowered text, with lowered literals
    assert _needs(r"RESOLVED that", re.IGNORECASE) == [{"resolved that"}]
    ok = screen(re.compile(r"RESOLVED that", re.IGNORECASE))
    assert ok("It was Resolved That", "it was resolved that")
    # a case-blind group inside a case-sensitive pattern says nothing of the text as written
    assert _needs(r"(?i:resolved)\s+Cllr") == [{"Cllr"}]


def test_screened_pattern_answers_as_the_pattern():
    rx = re.compile(r"\bseconded\s+by\s+(?P<who>\w+)", re.IGNORECASE)
    sc = screened(rx)
    assert isinstance(sc, Screened)
    for text in ("Proposed by A, Seconded by Bo.", "No vote was taken.", ""):
        assert (sc.search(text) or None) and sc.search(text).group("who") == rx.search(text).group("who") \
            or sc.search(text) is None and rx.search(text) is None
        assert [m.span() for m in sc.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert bool(sc.match(text)) == bool(rx.match(text))
    # a pattern without literals is handed back as it is
    bare = re.compile(r"\w+")
    assert screened(bare) is bare


_WORDS = ["report", "reports", "to", "the", "board", "Board", "agreed", "AGREED", "x"]


@st.composite
def _patterns(draw, depth=0):
    """Small patterns of the shapes the rules use: words, alternations, optional and repeated
    groups, classes, lookarounds, case-blind groups."""
    kind = draw(st.sampled_from(["word", "alt", "opt", "rep", "seq", "class", "look", "ci"] if depth < 3 else ["word", "class"]))
    if kind == "word":
        return re.escape(draw(st.sampled_from(_WORDS)))
    if kind == "class":
        return draw(st.sampled_from([r"\s+", r"\w*", r"[a-z]", r"\b", "."]))
    sub = draw(st.lists(_patterns(depth + 1), min_size=1, max_size=3))
    if kind == "alt":
        return "(?:" + "|".join(sub) + ")"
    if kind == "opt":
        return "(?:" + "".join(sub) + ")?"
    if kind == "rep":
        return "(?:" + "".join(sub) + draw(st.sampled_from(["){1,2}", ")+", ")*"]))
    if kind == "look":
        return "(?=" + "".join(sub) + ")"
    if kind == "ci":
        return "(?i:" + "".join(sub) + ")"
    return "".join(sub)


@settings(max_examples=400, deadline=None)
@given(_patterns(), st.lists(st.sampled_from(_WORDS + [" ", "  ", ".", "\n"]), max_size=12), st.booleans())
def test_a_screen_never_stops_a_match(pattern, words, fold):
    rx = re.compile(pattern, re.IGNORECASE if fold else 0)
    text = "".join(words)
    if rx.search(text):
        assert screen(rx)(text, text.lower()), (pattern, text)


def _rule_patterns() -> list[re.Pattern]:
    found = [rx for _rel, rx, _how in relations._RULES]
    for module in (cues, decisions, extract):
        for value in vars(module).values():
            if isinstance(value, Screened):
                found.append(value.rx)
    return found


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs ../shared beside the repository")
def test_screens_pass_every_sentence_a_rule_matches_in_real_papers():
    """Every screened rule, on every sentence of the corpus and of two authorities' dev papers:
    wherever the rule matches (lowered too, as the relation rules read), its screen says yes."""
    paths = sorted((SHARED / "corpus").glob("*.*"))[:5] + sorted((SHARED / "dev" / "papers").glob("*.txt"))[:3]
    texts = []
    for path in paths:
        if path.suffix.lower() not in (".pdf", ".txt", ".html", ".docx", ".md"):
            continue
        text = read_document(path).text
        texts += [text[s:e] for s, e in sentences(text, 0)]
    assert len(texts) > 1000
    rules = _rule_patterns()
    assert len(rules) > 60
    screened_out = 0
    for rx in rules:
        ok = screen(rx)
        for text in texts:
            for t in (text, text.lower()):
                low = t.lower()
                if rx.search(t):
                    assert ok(t, low), (rx.pattern[:80], t[:120])
                elif not ok(t, low):
                    screened_out += 1
    assert screened_out > 0.5 * len(rules) * len(texts)  # the screens do skip most searches


def test_a_window_of_a_long_text_is_screened_alone_and_answers_as_the_pattern():
    """With pos and endpos the screen reads the window (and a little before it, for a lookbehind),
    not the whole text, and the answer is the pattern's own."""
    rx = re.compile(r"(?<=RESOLVED )that\s+(?P<x>\w+)", re.IGNORECASE)
    wrapped = screened(rx)
    text = "RESOLVED that money be spent. " * 3 + "Filler words here. " * 50 + "resolved that books be bought."
    for pos in range(0, len(text), 7):
        for end in (pos + 10, pos + 60, len(text)):
            got, want = wrapped.search(text, pos, end), rx.search(text, pos, end)
            assert (got and got.span()) == (want and want.span())
    assert wrapped.search(text, len(text) - 40).group("x") == "books"

    class Counting:  # the pattern behind the screen, counting the searches that reach it
        calls = 0

        def search(self, *args):
            Counting.calls += 1
            return rx.search(*args)

    wrapped.rx = Counting()
    assert wrapped.search(text, 150, 400) is None and Counting.calls == 0  # the window holds no "that": not searched
    assert wrapped.search(text, 0, 60) is not None and Counting.calls == 1
