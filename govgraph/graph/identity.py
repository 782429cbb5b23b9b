"""One identity per real person and body across documents.

Bodies join when they share a name, or a form that only one other body claims ("LSCB" stated for
"Local Safeguarding Children Board" in one paper and used alone in another), or the same
acronym defined in the text for each. People join on the normalised full name; a surname-only
form ("Councillor Thorley") joins a fuller form only when exactly one compatible candidate
exists in the whole build (titles must agree: a co-opted "Mrs Pryce" is not "Councillor Pryce").
Otherwise it keeps its own identity and the ambiguity is recorded, never guessed away.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

from govgraph.graph.iris import norm_key
from govgraph.records import Extraction

TITLE_TOKENS = {"councillor", "councillors", "cllr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
                "sir", "dame", "the", "mayor", "co", "opted", "member", "mp", "obe", "mbe", "cbe"}
_COUNCILLOR = re.compile(r"^\s*(?:councillor|cllr)\b", re.IGNORECASE)
_LAY = re.compile(r"^\s*(?:mr|mrs|ms|miss|mx)\b\.?", re.IGNORECASE)


def body_norm(name: str) -> str:
    """Identity form of a body name: "The Children's Board" = "Children Board" (possessives and a
    leading "the" do not make a different body)."""
    name = re.sub(r"(?<=\w)['’]s\b|(?<=s)['’](?=\s|$)", "", name)
    return re.sub(r"^the ", "", norm_key(name))


def person_tokens(name: str) -> list[str]:
    return [t for t in norm_key(name).split() if t not in TITLE_TOKENS]


@dataclass
class BodyIdentity:
    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    kind: str = "other"


@dataclass
class PersonIdentity:
    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    title_class: Optional[str] = None  # "councillor", "lay" or None


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the result does not depend on the order of documents
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


class Identities:
    """Resolves the names each document writes to build-wide identity keys."""

    def __init__(self, extractions: Iterable[Extraction]):
        self.extractions = list(extractions)
        self._bodies()
        self._people()

    # ------------------------------------------------------------------ bodies
    def _bodies(self) -> None:
        uf = _UnionFind()
        claims: dict[str, set[str]] = defaultdict(set)
        acronym_claims: dict[str, set[str]] = defaultdict(set)
        labels: dict[str, Counter] = defaultdict(Counter)
        kinds: dict[str, Counter] = defaultdict(Counter)
        alias_forms: dict[str, set[str]] = defaultdict(set)
        acronyms: dict[str, set[str]] = defaultdict(set)
        for ex in self.extractions:
            for b in ex.bodies:
                node = body_norm(b.name)
                if not node:
                    continue
                uf.find(node)
                labels[node][b.name] += 1
                kinds[node][b.kind] += 1
                for a in b.aliases:
                    if body_norm(a):
                        claims[body_norm(a)].add(node)
                        alias_forms[node].add(a)
                for a in b.acronyms:
                    acronym_claims[a.upper()].add(node)
                    claims[body_norm(a)].add(node)
                    acronyms[node].add(a)
        nodes = set(labels)
        for acr, claimants in acronym_claims.items():
            ordered = sorted(claimants)
            for other in ordered[1:]:
                uf.union(ordered[0], other)  # the same acronym defined for each
        changed = True
        while changed:  # a name used as the alias or defined acronym of exactly one other identity
            changed = False
            for form, claimants in sorted(claims.items()):
                if form not in nodes:
                    continue
                roots = {uf.find(c) for c in claimants} - {uf.find(form)}
                if len(roots) == 1:
                    uf.union(form, next(iter(roots)))
                    changed = True
        groups: dict[str, list[str]] = defaultdict(list)
        for node in sorted(nodes):
            groups[uf.find(node)].append(node)
        self.bodies: dict[str, BodyIdentity] = {}
        self._body_form: dict[str, str] = {}
        for root, members in groups.items():
            counts = Counter()
            for m in members:
                counts.update(labels[m])
            label = sorted(counts, key=lambda x: (-counts[x], -len(x), x))[0]
            ident = BodyIdentity(root, label)
            for m in members:
                ident.aliases.update(x for x in labels[m] if x != label)
                ident.aliases.update(x for x in alias_forms[m] if x != label)
                ident.acronyms.update(acronyms[m])
                self._body_form[m] = root
            kind_counts = Counter()
            for m in members:
                kind_counts.update(kinds[m])
            ident.kind = sorted(kind_counts, key=lambda k: (-kind_counts[k], k))[0]
            self.bodies[root] = ident
        # forms (aliases, acronyms) claimed by exactly one identity resolve to it
        for form, claimants in claims.items():
            roots = {self._body_form[c] for c in claimants if c in self._body_form}
            if len(roots) == 1 and form not in self._body_form:
                self._body_form[form] = next(iter(roots))

    def body(self, name: str) -> str:
        """The identity key of a body as written; an unknown name becomes its own identity."""
        n = body_norm(name)
        root = self._body_form.get(n)
        if root is None:
            root = n or "unnamed"
            self._body_form[n] = root
            self.bodies[root] = BodyIdentity(root, name.strip())
        return root

    # ------------------------------------------------------------------ people
    def _people(self) -> None:
        full: dict[str, PersonIdentity] = {}
        short: list[tuple[str, str, Optional[str], set[str]]] = []
        for ex in self.extractions:
            for p in ex.people:
                toks = person_tokens(p.name)
                if not toks:
                    continue
                key = " ".join(toks)
                tclass = _title_class([p.name] + p.aliases)
                if len(toks) >= 2:
                    ident = full.setdefault(key, PersonIdentity(key, p.name))
                    if len(p.name) > len(ident.label):
                        ident.label = p.name
                    ident.aliases.update(a for a in p.aliases if a.lower() != "the chair")
                    ident.title_class = ident.title_class or tclass
                else:
                    short.append((key, p.name, tclass, set(p.aliases)))
        self.people: dict[str, PersonIdentity] = dict(full)
        self._person_form: dict[str, str] = {k: k for k in full}
        self.ambiguous: set[tuple[str, str]] = set()
        for key, name, tclass, aliases in sorted(short, key=lambda x: x[0]):
            cands = sorted(k for k, ident in full.items()
                           if k.split()[-1] == key and _compatible(tclass, ident.title_class))
            if len(cands) == 1:
                self._person_form[key] = cands[0]
                full[cands[0]].aliases.update({name} | {a for a in aliases if a.lower() != "the chair"})
                continue
            ident = self.people.setdefault(key, PersonIdentity(key, name, title_class=tclass))
            ident.aliases.update(a for a in aliases if a.lower() != "the chair")
            self._person_form[key] = key
            for c in sorted(k for k in full if k.split()[-1] == key):
                self.ambiguous.add((key, c))
        # same surname, different full forms whose initials agree ("G. A. Hale", "George Hale")
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in full:
            by_surname[k.split()[-1]].append(k)
        for ks in by_surname.values():
            for i, a in enumerate(sorted(ks)):
                for b in sorted(ks)[i + 1:]:
                    if a.split()[0][0] == b.split()[0][0]:
                        self.ambiguous.add((a, b))

    def person(self, name: str) -> Optional[str]:
        """The identity key of a person as named in a document, or None if not a person name."""
        toks = person_tokens(name)
        if not toks:
            return None
        return self._person_form.get(" ".join(toks))


def _title_class(forms: list[str]) -> Optional[str]:
    if any(_COUNCILLOR.match(f) for f in forms):
        return "councillor"
    if any(_LAY.match(f) for f in forms):
        return "lay"
    return None


def _compatible(short: Optional[str], full: Optional[str]) -> bool:
    """May a surname written with title class ``short`` join a fuller name of class ``full``?
    A titled form joins only the same title class: "Councillor Pell" is not the officer "Jan
    Pell" (never called Councillor), and a co-opted "Mrs Pryce" is not "Councillor J. Pryce"."""
    return short is None or short == full
