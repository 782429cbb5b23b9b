"""Literal screens for regular expressions: a cheap test that a pattern cannot match a text.

Most rules are regular expressions tried on every sentence, and most sentences hold none of the
words a rule needs ("reports to", "appointed", "RESOLVED"). ``screen(rx)`` reads the pattern's own
parse tree once and finds literal strings every match must contain, so the caller skips the
search when none of them is in the text. The screen is derived, never written by hand, so a rule
and its screen cannot drift apart; a pattern with no usable literal screens nothing (always True).
"""

from __future__ import annotations

import re
from typing import Callable, Iterator, Optional

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

# A requirement: a set of strings of which a matching text holds at least one.
_Need = frozenset[str]
_MIN_LEN = 2  # shorter literals ("a", ", ") are in nearly every sentence: no screen


def _alternatives(items, fold: bool, local_ci: bool = False) -> list[_Need]:
    """The requirements of a sequence of parsed items (every one must hold). ``fold``: the
    text is lowered (the pattern ignores case), so literals are lowered too; ``local_ci``: a
    ``(?i:...)`` group inside a case-sensitive pattern, whose literals say nothing of the
    text as written."""
    needs: list[_Need] = []
    run: list[str] = []

    def flush() -> None:
        if len("".join(run)) >= _MIN_LEN:
            needs.append(frozenset({"".join(run)}))
        run.clear()

    for op, arg in items:
        if op is _c.LITERAL:
            ch = chr(arg)
            if local_ci or (fold and not ch.isascii()):
                flush()  # non-ASCII case folding is not lower(): no screen from it
                continue
            run.append(ch.lower() if fold else ch)
            continue
        flush()
        if op is _c.SUBPATTERN:
            add, delete = arg[1], arg[2]
            ci = (local_ci or bool(add & re.IGNORECASE)) and not delete & re.IGNORECASE
            needs.extend(_alternatives(arg[-1], fold, ci and not fold))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            needs.extend(_alternatives(arg[2], fold, local_ci))
        elif op is _c.ATOMIC_GROUP:
            needs.extend(_alternatives(arg, fold, local_ci))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                best = _best(_alternatives(branch, fold, local_ci))
                if best is None:
                    break  # one branch needs nothing: the alternation screens nothing
                union |= best
            else:
                needs.append(frozenset(union))
    flush()
    return needs


def _best(needs: list[_Need]) -> _Need | None:
    """The most selective requirement: the one whose shortest string is longest."""
    return max(needs, key=lambda n: (min(map(len, n)), -len(n)), default=None)


def needs_of(rx: re.Pattern) -> tuple[_Need, ...]:
    """Requirements (up to two, most selective first) that every match of ``rx`` satisfies,
    over the lowered text when the pattern ignores case, else over the text as it is."""
    fold = bool(rx.flags & re.IGNORECASE)
    try:
        parsed = _p.parse(rx.pattern, rx.flags)
    except Exception:  # pragma: no cover - a pattern re compiled always parses
        return ()
    if rx.flags & re.VERBOSE:
        return ()  # comments and spacing make literal runs unreliable to read back
    needs = sorted(_alternatives(list(parsed), fold), key=lambda n: (-min(map(len, n)), len(n)))
    return tuple(needs[:2])


# Screens by pattern identity (hashing a Pattern reads its whole compiled code); the pattern is
# kept beside its screen so that its id is never reused.
_SCREENS: dict[int, tuple[re.Pattern, Callable[[str, str], bool]]] = {}


def screen(rx: re.Pattern) -> Callable[[str, str], bool]:
    """``ok(text, lowered_text)``: False only when ``rx`` cannot match anywhere in ``text``."""
    got = _SCREENS.get(id(rx))
    if got is None:
        got = _SCREENS[id(rx)] = (rx, _make_screen(rx))
    return got[1]


def _make_screen(rx: re.Pattern) -> Callable[[str, str], bool]:
    needs = needs_of(rx)
    if not needs:
        return lambda text, low: True
    fold = bool(rx.flags & re.IGNORECASE)
    # a few strings are tested with ``in``; many at once by one scan of the text
    tests = [_any_in(need) for need in needs]

    def ok(text: str, low: str) -> bool:
        hay = low if fold else text
        for test in tests:
            if not test(hay):
                return False
        return True

    return ok


def _any_in(need: _Need) -> Callable[[str], bool]:
    """A test that the text holds one of the strings."""
    if len(need) == 1:
        (only,) = need
        return lambda hay: only in hay
    if len(need) <= 3:
        strings = tuple(need)
        return lambda hay: any(s in hay for s in strings)
    scan = re.compile("|".join(map(re.escape, sorted(need, key=lambda s: (-len(s), s))))).search
    return lambda hay: scan(hay) is not None


class Screened:
    """A compiled pattern behind its screen: ``search``, ``match``, ``fullmatch`` and
    ``finditer`` answer as the pattern does, without running it on a text that lacks the
    pattern's literals. For the genre's formula patterns tried on every sentence."""

    __slots__ = ("rx", "pattern", "flags", "_ok", "_fold")

    def __init__(self, rx: re.Pattern):
        self.rx, self.pattern, self.flags = rx, rx.pattern, rx.flags
        self._ok = screen(rx)
        self._fold = bool(rx.flags & re.IGNORECASE)

    def _can(self, text: str, pos: tuple = ()) -> bool:
        if pos:  # a window of a long text: screen the window (and a little before, for lookbehinds)
            text = text[max(0, pos[0] - _BEHIND): pos[1] if len(pos) > 1 else None]
        return self._ok(text, _lowered(text) if self._fold else text)

    def search(self, text: str, *pos) -> Optional[re.Match]:
        return self.rx.search(text, *pos) if self._can(text, pos) else None

    def match(self, text: str, *pos) -> Optional[re.Match]:
        return self.rx.match(text, *pos) if self._can(text, pos) else None

    def fullmatch(self, text: str, *pos) -> Optional[re.Match]:
        return self.rx.fullmatch(text, *pos) if self._can(text, pos) else None

    def finditer(self, text: str, *pos) -> Iterator[re.Match]:
        return self.rx.finditer(text, *pos) if self._can(text, pos) else iter(())


_BEHIND = 40  # how far before a window a pattern's lookbehind may read


_last: list = [None, ""]  # the last text lowered: the rules of a sentence are tried in a row


def _lowered(text: str) -> str:
    if _last[0] is not text:
        _last[0], _last[1] = text, text.lower()
    return _last[1]


def screened(rx: re.Pattern) -> "Screened | re.Pattern":
    """``rx`` behind its screen, or ``rx`` itself when it has no literal to screen on."""
    return Screened(rx) if needs_of(rx) else rx
