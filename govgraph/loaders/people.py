"""People in committee papers: names in running text, and one Person per real person.

- :func:`find_people` (and the ``gg_people`` spaCy factory, which puts its finds in
  ``doc.spans["people"]``, label = the post written beside the name, else ``"PERSON"``) finds titled
  names, "Given Surname", "X MP" and the posts written beside them in running text, following any
  list the sentence holds with :func:`~govgraph.loaders.person_lists.parse_person_list`.
- :func:`merge_people` makes one :class:`~govgraph.records.Person` per real person of a document,
  never merging on a bare surname when two candidates exist.

>>> [(m.name, m.role) for m in find_people("The Chair welcomed Jo Bloggs, Head of Housing, to the meeting.")]
[('Jo Bloggs', 'Head of Housing')]
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from govgraph.loaders.person_lists import (  # noqa: F401  (parse_person_list is part of this module's API)
    _CAP_RE, _TITLE_RE, PersonMention, _read_name, parse_person_list,
)
from govgraph.loaders.posts import COUNCILLOR_TITLES, GENDERED, given_names, is_post
from govgraph.records import Evidence, Person, Role

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
_FORMER = re.compile(r"^(?:previous|former|outgoing)\b")
_LONE_GIVEN = re.compile(r"\b([A-Z][a-z]+)\b(?=\s+(?:and\s+[A-Z]|[a-z]))")


def find_people(text: str, base: int = 0) -> list[PersonMention]:
    """Person mentions in running text: titled names, "Given Surname", "X MP", with the post an
    appositive gives ("Jo Bloggs, Head of Housing, said"); lists in the sentence are followed."""
    found: list[PersonMention] = []
    covered_to = 0
    names = given_names()
    cands: list[int] = [m.start() for m in _TITLE_RE.finditer(text)]
    cands += [m.start() for m in _CAP_RE.finditer(text) if m.group(1) in names]
    for pos in sorted(set(cands)):
        if pos < covered_to:
            continue
        nm = _read_name(text, pos, len(text), None, False)
        if nm is None:
            continue
        end = _SENT_END.search(text, nm.end).start()
        ms = parse_person_list(text[pos:end], base + pos)
        ok = []
        for i, m in enumerate(ms):
            if m.name is None:
                if ok:
                    break
                continue
            strict = i == 0 or m.title or (m.name.split()[0] in names) or m.role or m.organisation
            if not strict:
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
    # a given name alone ("Christine highlighted"): merge_people keeps it only if it names one person
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
        if is_post(b.group(g)) and not _FORMER.match(b.group(g)):
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


# ---------------------------------------------------------------- one Person per real person

def _title_class(t: Optional[str]) -> Optional[str]:
    if t is None:
        return None
    return "cllr" if t in COUNCILLOR_TITLES else "hon" if t in GENDERED else "other"


def _norm_role(r: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^a-z0-9 ]", " ", r.lower().replace("&", " and "))).strip()


class _Cluster:
    def __init__(self, m: PersonMention):
        self.mentions = [m]
        toks = m.name.split()
        self.surname = toks[-1].lower()
        self.firsts = toks[:-1]
        self.titles = {m.title} - {None}

    def compatible(self, m: PersonMention) -> bool:
        toks = m.name.split()
        if toks[-1].lower() != self.surname:
            return False
        for a, b in zip(toks[:-1], self.firsts):
            if a[0].lower() != b[0].lower():
                return False
            if not a.endswith(".") and not b.endswith(".") and a.lower() != b.lower():
                return False
        if m.title:
            c = _title_class(m.title)
            for t in self.titles:
                if {c, _title_class(t)} == {"cllr", "hon"}:
                    return False
                if t in GENDERED and m.title in GENDERED and (GENDERED[t] == "m") != (GENDERED[m.title] == "m"):
                    return False
        return True

    def add(self, m: PersonMention) -> None:
        self.mentions.append(m)
        toks = m.name.split()
        if len(toks) - 1 > len(self.firsts) or (
            len(toks) - 1 == len(self.firsts) and sum(not t.endswith(".") for t in toks[:-1]) > sum(not t.endswith(".") for t in self.firsts)
        ):
            self.firsts = toks[:-1]
        if m.title:
            self.titles.add(m.title)


def _fullness(m: PersonMention) -> int:
    toks = m.name.split()
    return -(10 * sum(not t.endswith(".") for t in toks[:-1]) + len(toks))


def merge_people(mentions: list[PersonMention], doc_name: str) -> list[Person]:
    """One Person per real person of one document. A surname (or given name) alone joins a person
    only when exactly one person of the document fits it; titles and initials must agree."""
    names = given_names()
    named = [m for m in mentions if m.name]
    lone = [m for m in named if m.title is None and " " not in m.name and m.name in names and not m.role]
    rest = sorted((m for m in named if not any(m is x for x in lone)), key=lambda m: (_fullness(m), m.start))
    clusters: list[_Cluster] = []
    for m in rest:
        cands = [c for c in clusters if c.compatible(m)]
        if len(cands) > 1 and " " in m.name:
            cands = [c for c in cands if any(x.name == m.name for x in c.mentions)] or cands
        if len(cands) == 1:
            cands[0].add(m)
        else:
            clusters.append(_Cluster(m))
    for m in lone:
        cands = [c for c in clusters if c.firsts and c.firsts[0].lower() == m.name.lower()]
        if len(cands) == 1:
            cands[0].mentions.append(m)
    people = []
    for c in sorted(clusters, key=lambda c: min(x.start for x in c.mentions)):
        ms = sorted(c.mentions, key=lambda x: x.start)
        name = min((x.name for x in ms), key=lambda n: _fullness(PersonMention(n, "", None, None, None, 0, 0)))
        aliases: list[str] = []
        for x in ms:
            forms = [x.written, x.name] + ([f"{x.title} {x.name}"] if x.title else [])
            for f in forms:
                if f and f != name and f not in aliases:
                    aliases.append(f)
        first = ms[0]
        people.append(Person(name, aliases, _merge_roles(ms, doc_name), Evidence(doc_name, first.start, first.end, first.written)))
    return people


def _jaccard(a: str, b: str) -> float:
    sa, sb = {w.rstrip("s") for w in a.split()}, {w.rstrip("s") for w in b.split()}
    return len(sa & sb) / len(sa | sb) if sa and sb else 0.0


def _merge_roles(ms: list[PersonMention], doc_name: str) -> list[Role]:
    kept: list[tuple[str, PersonMention]] = []
    for x in ms:
        if not x.role:
            continue
        n = _norm_role(x.role)
        for i, (k, y) in enumerate(kept):
            if n in k or k in n or _jaccard(n, k) >= 0.75:
                if len(n) > len(k):
                    kept[i] = (n, x)
                break
        else:
            kept.append((n, x))
    roles = [Role(x.role, x.organisation, Evidence(doc_name, x.role_start, x.role_end, x.role)) for _, x in kept]
    have = {r.organisation for r in roles}
    for x in ms:
        if not x.role and x.organisation and x.organisation not in have:
            roles.append(Role(None, x.organisation, Evidence(doc_name, x.start, x.end, x.written)))
            have.add(x.organisation)
    return roles
