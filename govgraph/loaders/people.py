"""People in committee papers: names in running text.

- :func:`find_people` (and the ``gg_people`` spaCy factory, which puts its finds in
  ``doc.spans["people"]``, label = the post written beside the name, else ``"PERSON"``) finds titled
  names, "Given Surname", "X MP" and the posts written beside them in running text, following any
  list the sentence holds with :func:`~govgraph.loaders.person_lists.parse_person_list`.
- Merging mentions into one Person per real person is :mod:`govgraph.loaders.mentions`.

>>> [(m.name, m.role) for m in find_people("The Chair welcomed Jo Bloggs, Head of Housing, to the meeting.")]
[('Jo Bloggs', 'Head of Housing')]
"""

from __future__ import annotations

import dataclasses
import re

from spacy.language import Language
from spacy.tokens import Doc

from govgraph.loaders.person_lists import (  # noqa: F401  (parse_person_list is part of this module's API)
    _CAP_RE, _TITLE_RE, PersonMention, _read_name, parse_person_list,
)
from govgraph.loaders.names import after_and, names_a_place, opens_a_body_name
from govgraph.loaders.posts import given_names, is_post
from govgraph.loaders.vocab import FIELD_LABEL

# ---------------------------------------------------------------- running text: the gg_people component

_SENT_END = re.compile(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bSt)\.(?=\s|$)|;|\n\s*\n|$")
_CAPS_PHRASE = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the|&|in|on))*"
_BEFORE_RE = re.compile(
    rf"(?:\b(?:the|our|their|its)\s+((?:(?:previous|former|new|current|outgoing|incoming|interim)\s+)?{_CAPS_PHRASE}),"
    rf"|(?:^|\n)[ \t]*({_CAPS_PHRASE})[ \t]*:[ \t]*-?|\b(?:[Tt]he\s+)?({_CAPS_PHRASE})\s*\()\s*$"
)
_COPULA_BEFORE_RE = re.compile(rf"\b[Tt]he\s+({_CAPS_PHRASE})\s+(was|were|is|are)\s+$")
_COPULA_AFTER_RE = re.compile(rf"\s+(?:was|is|will\s+be|has\s+been|had\s+been|became|remains)\s+(?:the|our|their|an?)\s+((?:{_CAPS_PHRASE}\s+)?(?:[a-z]+\s+){{0,2}}?[A-Za-z]+)(?=[,.;]|\s+(?:of|for|at)\s|$)")
_PAREN_BEFORE_RE = re.compile(r"\b(?:[Tt]he\s+)?((?:[A-Z][A-Za-z'’-]*\s+){0,4}[A-Z][A-Za-z'’-]*)\s*\(\s*$")
_WRAPPED = re.compile(r"\n(?=[ \t]+\S)")
_FORMER = re.compile(r"^(?:previous|former|outgoing)\b")
# A form's label before a name is no post of it: "Officer reporting: X", "Contact officer: X".
_LONE_GIVEN = re.compile(r"\b([A-Z][a-z]+)\b(?=\s+(?:and\s+[A-Z]|[a-z]))")


_HOUSE_NUMBER = re.compile(r"(?:^|\s)\d{1,4}[a-z]?,?[ \t]+$")


_WORD_CHAR = re.compile(r"\w")
_CAP_AFTER = re.compile(r"\s+[A-ZÀ-Þ]")


def _given_name_starts(text: str, names: frozenset[str] | set[str]) -> list[int]:
    """Where ``_CAP_RE`` matches a given name: the names present are found with one scan, then
    each is looked up with ``str.find`` (a match object per capitalised word cost more)."""
    out = []
    for name in names.intersection(_CAP_RE.findall(text)):
        i = text.find(name)
        while i >= 0:
            if not (i and _WORD_CHAR.match(text, i - 1)) and _CAP_AFTER.match(text, i + len(name)):
                out.append(i)
            i = text.find(name, i + 1)
    return out


def find_people(text: str, base: int = 0) -> list[PersonMention]:
    """Person mentions in running text: titled names, "Given Surname", "X MP", with the post an
    appositive gives ("Jo Bloggs, Head of Housing, said"); lists in the sentence are followed."""
    found: list[PersonMention] = []
    covered_to = 0
    names = given_names()
    cands: list[int] = [m.start() for m in _TITLE_RE.finditer(text)]
    # a given name after a house number is a street's ("1a Ann Grove", "6 Rose Walk")
    cands += [i for i in _given_name_starts(text, names) if not _HOUSE_NUMBER.search(text[max(0, i - 8):i])]
    for pos in sorted(set(cands)):
        if pos < covered_to:
            continue
        nm = _read_name(text, pos, len(text), None, False)
        if nm is None or (nm.title is None and (opens_a_body_name(text, nm.start, nm.end) or names_a_place(text, nm.end))):
            continue
        end = _SENT_END.search(text, nm.end).start()
        # a line break before an indent is the wrap of one line ("Mr Owen\n\tBlakemore"), not a list's
        ms = parse_person_list(_WRAPPED.sub(" ", text[pos:end]), base + pos)
        ok = []
        for i, m in enumerate(ms):
            if m.name is None:
                if ok:
                    break
                continue
            # (a later entry with a post but no title, initial or given name is the post of the one
            # before, its head written after its own words: "Mr Callum Reid, Roads Operations Manager")
            posted_only = i and m.role and not m.title and m.name.split()[0] not in names and "." not in m.name \
                and m.role_start is not None and not text[m.end - base:m.role_start - base].strip()  # (no bracket between)
            if posted_only and m.role_end is not None:
                if ok and ok[-1].role is None:
                    post = " ".join(text[m.start - base:m.role_end - base].split())
                    ok[-1] = dataclasses.replace(ok[-1], role=post, role_start=m.start, role_end=m.role_end)
                break
            strict = i == 0 or m.title or (m.name.split()[0] in names) or m.role or m.organisation
            if not strict or (not m.title and opens_a_body_name(text, m.start - base, m.end - base)):
                break
            if i and not m.title and m.role and m.name.split()[0] not in names and after_and(text, m.start - base):
                # "Jo Lee, Flood and Coastal Risk Manager": the post's own "and", no one after it, and
                # "Flood" no organisation of hers
                if ok and ok[-1].role is None and ok[-1].organisation:
                    ok[-1] = dataclasses.replace(ok[-1], organisation=None)
                break
            ok.append(m)
        if not ok or ok[0].start != base + nm.start:
            # a name in running prose ("That Jo Bloggs be invited"): the list reader wants a list
            ok = [PersonMention(nm.name, text[nm.start:nm.end], nm.title, None, None, base + nm.start, base + nm.end)]
        for i, m in enumerate(ok):
            if m.role is None:
                _role_around(text, base, m.start - base, m, ok[i:])
        found.extend(ok)
        covered_to = max(m.end if m.role_end is None else max(m.end, m.role_end) for m in ok) - base
    # a given name alone ("Christine highlighted"): merge_mentions keeps it only if it names one person
    for m in _LONE_GIVEN.finditer(text):
        if m.group(1) in names and not any(f.start <= base + m.start() < max(f.end, f.role_end or 0) for f in found):
            found.append(PersonMention(m.group(1), m.group(1), None, None, None, base + m.start(), base + m.end()))
    found.sort(key=lambda f: f.start)
    return found


def _role_around(text: str, base: int, pos: int, first: PersonMention, group: list[PersonMention]) -> None:
    """The post written before a name ("our Link Inspector, Jo Bloggs"; "Chair: - Cllr X";
    "The Mayor (Cllr X)"; "The Inspectors were A and B") or after it by a copula ("X was the lead")."""
    b = _BEFORE_RE.search(text, max(0, pos - 120), pos)
    if b:
        g = next(i for i in (1, 2, 3) if b.group(i))
        if is_post(b.group(g)) and not _FORMER.match(b.group(g)) and not FIELD_LABEL.match(b.group(g).strip()):
            first.role, first.role_start, first.role_end = b.group(g), base + b.start(g), base + b.end(g)
        return
    c = _COPULA_BEFORE_RE.search(text, max(0, pos - 120), pos)
    if c and is_post(c.group(1)):
        plural = c.group(2) in ("were", "are")
        end = c.end(1) - (plural and c.group(1).endswith("s"))  # "The Inspectors were A and B": each one
        for m in group if plural else group[:1]:
            if m.role is None:
                m.role, m.role_start, m.role_end = text[c.start(1):end], base + c.start(1), base + end
        return
    a = _COPULA_AFTER_RE.match(text, first.end - base)
    if a and is_post(a.group(1)):
        first.role, first.role_start, first.role_end = a.group(1), base + a.start(1), base + a.end(1)


@Language.factory("gg_people")
def make_people(nlp: Language, name: str) -> "PeopleMarker":
    return PeopleMarker()


class PeopleMarker:
    """Marks person names in ``doc.spans["people"]``; the span label is the post written beside
    the name, else ``"PERSON"``."""

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for m in find_people(doc.text):
            sp = doc.char_span(m.start, m.end, label=m.role or "PERSON", alignment_mode="expand")
            if sp is not None:
                spans.append(sp)
        doc.spans["people"] = spans
        return doc
