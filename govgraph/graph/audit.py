"""The governance-clarity audit: checks over the knowledge graph, each finding with its evidence.

``run_audit(store)`` reads the graph through SPARQL (the shipped competency queries where they
fit: cq04 body relations, cq06 attendance rates, cq08 recurring topics; small queries of its own
for the rest), projects it into networkx graphs and runs the checks below. ``write_audit(audit,
DIR)`` writes ``DIR/audit.json`` and a self-contained ``DIR/audit.html``.

The checks (ids as in audit.json):

- ``no_reporting_line``: committees, boards and partnerships with no stated reporting line;
- ``several_parents``: bodies that report to, or sit under, two or more bodies;
- ``reporting_cycle``: bodies that reach themselves through their reporting lines;
- ``many_posts``: people stated to hold several posts on the same date;
- ``shared_post``: one post title stated to be held by several people on the same date;
- ``several_names``: one body known under several names or acronyms (the identity graph);
- ``possibly_same_body``: distinct bodies whose names suggest they are one body (not merged);
- ``report_not_returned``: resolutions that asked for a report that was not seen to come back;
- ``attendance``: the attendance rate of each member of each body;
- ``recurring_topics``: topics taken by several bodies (overlapping remits);
- ``role_clarity``: bodies named in a sentence saying their roles need clarifying.

Nothing here depends on a name from any corpus: the rules are about the genre's wording.

>>> from govgraph.graph.store import EmbeddedStore
>>> audit = run_audit(EmbeddedStore(None))
>>> [c.id for c in audit.checks][:3]
['no_reporting_line', 'several_parents', 'reporting_cycle']
>>> sum(len(c.findings) for c in audit.checks)
0
"""

from __future__ import annotations

import datetime
import json
import os
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import networkx as nx

from govgraph.ontology.namespace import sparql_prefixes
from govgraph.graph import query as Q
from govgraph.loaders.sentences import sentences

__all__ = [
    "Evidence", "Finding", "Check", "Audit", "AuditOptions", "run_audit", "write_audit",
    "audit_to_json", "name_key", "clarity_sentences",
]

PREFIXES = sparql_prefixes()  # the prefixes every govgraph query may use


# --------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, order=True)
class Evidence:
    document: str
    start: Optional[int]
    end: Optional[int]
    quote: str

    def to_dict(self) -> dict:
        return {"document": self.document, "quote": self.quote, "start": self.start, "end": self.end}


@dataclass
class Finding:
    summary: str
    subjects: list[str]
    evidence: list[Evidence] = field(default_factory=list)
    details: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"summary": self.summary, "subjects": list(self.subjects),
                "evidence": [e.to_dict() for e in self.evidence], "details": self.details}


@dataclass
class Check:
    id: str
    title: str
    why: str
    method: str
    findings: list[Finding] = field(default_factory=list)
    checked: int = 0  # how many subjects (bodies, people, resolutions ...) the check looked at

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "why": self.why, "method": self.method,
                "checked": self.checked, "findings": [f.to_dict() for f in self.findings]}


@dataclass
class Audit:
    generated_from: dict
    checks: list[Check]

    def check(self, check_id: str) -> Check:
        for c in self.checks:
            if c.id == check_id:
                return c
        raise KeyError(check_id)

    def to_dict(self) -> dict:
        return {"generated_from": self.generated_from, "checks": [c.to_dict() for c in self.checks]}


@dataclass(frozen=True)
class AuditOptions:
    """Thresholds of the checks."""

    kinds_needing_parent: tuple[str, ...] = ("committee", "board", "partnership")
    min_posts: int = 2  # posts held on one date that make "many"
    min_holders: int = 2  # holders of one post title on one date that make it shared
    report_back_days: int = 548  # how long after a request a matching item counts (18 months)
    min_shared_words: int = 2  # content words a later item must share with a request
    min_topic_bodies: int = 2  # bodies that make a topic recur across bodies
    max_evidence: int = 6  # evidence items kept per finding


# --------------------------------------------------------------------------------------------
# Reading the graph


def _rows(store, sparql: str) -> list[dict]:
    return Q.run_query(store, PREFIXES + sparql).rows


def _int(value) -> Optional[int]:
    if value is None or value == "":
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _day(value) -> Optional[str]:
    return str(value)[:10] if value else None


def _ev(row: dict, doc="doc", start="start", end="end", quote="quote") -> Optional[Evidence]:
    if not row.get(doc) and not row.get(quote):
        return None
    return Evidence(str(row.get(doc) or ""), _int(row.get(start)), _int(row.get(end)), str(row.get(quote) or ""))


def _evidence_list(items: Iterable[Optional[Evidence]], limit: int) -> list[Evidence]:
    seen = sorted({e for e in items if e is not None},
                  key=lambda e: (e.document, e.start if e.start is not None else -1, e.end or -1, e.quote))
    return seen[:limit]


_EVIDENCE_PATTERN = """
  OPTIONAL {{
    {node} gg:evidence ?ev .
    ?ev oa:hasSource ?src .
    OPTIONAL {{ ?src dct:title ?doc_title }}
    BIND(COALESCE(STR(?doc_title), STR(?src)) AS ?doc)
    OPTIONAL {{ ?ev oa:hasSelector ?ps . ?ps a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end }}
    OPTIONAL {{ ?ev oa:hasSelector ?qs . ?qs a oa:TextQuoteSelector ; oa:exact ?quote }}
  }}"""


class GraphData:
    """What the checks need, read once from the store."""

    def __init__(self, store):
        self.store = store
        self.documents = _rows(store, """
SELECT DISTINCT ?d ?title ?source ?sha WHERE {
  ?d a gg:Document . OPTIONAL { ?d dct:title ?title } OPTIONAL { ?d dct:source ?source }
  OPTIONAL { ?d gg:sha256 ?sha } } ORDER BY ?title ?d""")
        self.bodies: dict[str, dict] = {}
        for r in _rows(store, """
SELECT ?b ?pref ?kind ?prop ?name WHERE {
  ?b a org:Organization .
  OPTIONAL { ?b skos:prefLabel ?pref } OPTIONAL { ?b gg:bodyKind ?kind }
  OPTIONAL { VALUES (?p ?prop) { (skos:prefLabel "name") (skos:altLabel "alias") (gg:acronym "acronym") }
             ?b ?p ?name } }"""):
            b = self.bodies.setdefault(r["b"], {"iri": r["b"], "labels": set(), "kinds": set(), "names": set()})
            if r.get("pref"):
                b["labels"].add(str(r["pref"]))
            if r.get("kind"):
                b["kinds"].add(str(r["kind"]))
            if r.get("name"):
                b["names"].add((str(r["name"]), str(r["prop"])))
        for b in self.bodies.values():
            b["label"] = min(b["labels"]) if b["labels"] else b["iri"].rsplit("/", 1)[-1]
            b["kind"] = min(b["kinds"]) if b["kinds"] else "other"
        self.body_evidence: dict[str, list[Evidence]] = defaultdict(list)
        for r in _rows(store, "SELECT DISTINCT ?b ?doc ?start ?end ?quote WHERE { ?b a org:Organization ."
                       + _EVIDENCE_PATTERN.format(node="?b") + "}"):
            e = _ev(r)
            if e:
                self.body_evidence[r["b"]].append(e)
        for evs in self.body_evidence.values():
            evs.sort(key=lambda e: (e.document, e.start if e.start is not None else -1, e.quote))
        self._cache: dict[str, Any] = {}

    def label(self, iri: Optional[str]) -> str:
        if not iri:
            return ""
        b = self.bodies.get(iri)
        return b["label"] if b else iri.rsplit("/", 1)[-1]

    def first_mentions(self, iri: str, limit: int) -> list[Evidence]:
        """The body's first mention in each document (at most ``limit`` documents)."""
        out: dict[str, Evidence] = {}
        for e in self.body_evidence.get(iri, []):
            out.setdefault(e.document, e)
        return [out[d] for d in sorted(out)][:limit]

    def relations(self) -> list[dict]:
        if "relations" not in self._cache:
            self._cache["relations"] = Q.answer(self.store, "cq04").rows
        return self._cache["relations"]


# --------------------------------------------------------------------------------------------
# Projections (networkx)

# Relations that state a reporting line, as (relation, direction): +1 source reports to target,
# -1 target reports to source (a body that delegates to another is that body's parent).
HIERARCHY = {"reports_to": 1, "sub_group_of": 1, "delegates_to": -1}


def reporting_graph(data: GraphData) -> "nx.MultiDiGraph":
    """Bodies as nodes; an edge child -> parent for every stated reporting line, keyed by the
    relation's IRI, with the relation name and its evidence."""
    g = nx.MultiDiGraph()
    for iri, b in data.bodies.items():
        g.add_node(iri, label=b["label"], kind=b["kind"])
    for r in data.relations():
        direction = HIERARCHY.get(r.get("relation") or "")
        if not direction:
            continue
        child, parent = (r["source_iri"], r["target_iri"]) if direction > 0 else (r["target_iri"], r["source_iri"])
        ev = _ev(r, doc="document")
        if g.has_edge(child, parent, key=r["fact"]):
            if ev:
                g.edges[child, parent, r["fact"]]["evidence"].append(ev)
            continue
        g.add_edge(child, parent, key=r["fact"], relation=r["relation"], evidence=[ev] if ev else [])
    return g


def _edge_evidence(g: "nx.MultiDiGraph", u: str, v: str) -> list[Evidence]:
    out = []
    for _, data in (g.get_edge_data(u, v) or {}).items():
        out.extend(data.get("evidence", []))
    return out


# --------------------------------------------------------------------------------------------
# Structure checks


WHY = {
    "no_reporting_line": "A committee, board or partnership that answers to no one can take decisions "
                         "that nobody oversees, and its work may never reach the bodies that need it.",
    "several_parents": "A body that reports to several bodies can receive conflicting direction, and each "
                       "parent may assume another is holding it to account.",
    "reporting_cycle": "When bodies report to each other in a loop, no body is finally accountable and "
                       "issues can circulate without ever being decided.",
    "many_posts": "One person holding many posts at once concentrates decisions and can blur which "
                  "capacity they act in, or create conflicts of interest.",
    "shared_post": "When several people hold the same post title at the same time it is unclear who is "
                   "accountable for that role.",
    "several_names": "A body known under several names or acronyms is hard to follow across papers, and "
                     "readers may not realise that two names mean one body.",
    "possibly_same_body": "Near-identical names for what may be one body either hide a duplicate or blur "
                          "the line between two bodies whose remits then need stating.",
    "report_not_returned": "A report that a body asked for but never received means a decision was not "
                           "followed through, and the body cannot show it held anyone to account.",
    "attendance": "Members who rarely attend weaken a body's quorum and scrutiny, and a body's decisions "
                  "rest on who was actually there.",
    "recurring_topics": "A topic taken by several bodies points to overlapping remits: duplicated work, or "
                        "gaps where each body assumes another is dealing with it.",
    "role_clarity": "When the papers themselves say that bodies' roles need clarifying, the governance "
                    "around those bodies is unclear by the council's own account (the question a "
                    "peer challenge often asks).",
}


def check_reporting_lines(data: GraphData, opts: AuditOptions) -> list[Check]:
    g = reporting_graph(data)
    # parents as a simple digraph (several relations to one parent count once)
    simple = nx.DiGraph()
    simple.add_nodes_from(g.nodes(data=True))
    simple.add_edges_from((u, v) for u, v, _ in g.edges(keys=True))
    kinds = set(opts.kinds_needing_parent)

    none = Check("no_reporting_line", "Bodies with no stated reporting line", WHY["no_reporting_line"],
                 "Bodies of kind " + ", ".join(sorted(kinds)) + " with no outgoing edge in the reporting "
                 "graph (reports_to, sub_group_of; a body delegated to by another reports to it).")
    several = Check("several_parents", "Bodies with several parents", WHY["several_parents"],
                    "Bodies with two or more distinct parents in the reporting graph.")
    cycles = Check("reporting_cycle", "Bodies in a reporting cycle", WHY["reporting_cycle"],
                   "Simple cycles of the reporting graph (networkx.simple_cycles), one finding per cycle.")
    for iri in sorted(simple.nodes, key=lambda n: (data.label(n), n)):
        parents = sorted(simple.successors(iri), key=lambda n: (data.label(n), n))
        parents = [p for p in parents if p != iri]
        if data.bodies[iri]["kind"] in kinds:
            none.checked += 1
            if not parents:
                label = data.label(iri)
                none.findings.append(Finding(
                    f"{label} ({data.bodies[iri]['kind']}) has no stated reporting line: the documents "
                    "never say whom it reports to or sits under.",
                    [label], data.first_mentions(iri, opts.max_evidence),
                    {"body_iri": iri, "kind": data.bodies[iri]["kind"]}))
        several.checked += 1
        if len(parents) >= 2:
            label = data.label(iri)
            names = [data.label(p) for p in parents]
            evidence = [e for p in parents for e in _edge_evidence(g, iri, p)]
            several.findings.append(Finding(
                f"{label} reports to or sits under {len(parents)} bodies: " + "; ".join(names) + ".",
                [label] + names, _evidence_list(evidence, opts.max_evidence),
                {"body_iri": iri, "parents": names, "parent_iris": parents}))
    cycles.checked = simple.number_of_nodes()
    found = []
    for cycle in nx.simple_cycles(simple):
        # rotate so the cycle starts at its first body by label: one stable form per cycle
        labels = [data.label(n) for n in cycle]
        i = min(range(len(cycle)), key=lambda k: (labels[k], cycle[k]))
        found.append(cycle[i:] + cycle[:i])
    for cycle in sorted(found, key=lambda c: [data.label(n) for n in c]):
        names = [data.label(n) for n in cycle]
        pairs = list(zip(cycle, cycle[1:] + cycle[:1]))
        evidence = [e for u, v in pairs for e in _edge_evidence(g, u, v)]
        path = " -> ".join(names + [names[0]])
        cycles.findings.append(Finding(
            f"Reporting cycle of {len(cycle)} bod{'y' if len(cycle) == 1 else 'ies'}: {path}.",
            names, _evidence_list(evidence, opts.max_evidence), {"cycle": names, "body_iris": cycle}))
    return [none, several, cycles]


def _distinct_posts(posts: list[str], labels: dict[str, str]) -> list[str]:
    """Posts of one person on one date, a title that is the start of another ("Independent Chair" and
    "Independent Chair, X Board": the same post with and without its organisation) counted once."""
    keys = {p: name_key(labels[p]) for p in posts}
    return [p for p in posts
            if not any(q != p and keys[q] != keys[p] and keys[q].startswith(keys[p] + " ") for q in posts)]


def check_posts(data: GraphData, opts: AuditOptions) -> list[Check]:
    rows = _rows(data.store, """
SELECT DISTINCT ?h ?who ?name ?post ?post_label ?org ?on ?doc ?start ?end ?quote WHERE {
  ?h a gg:PostHolding ; gg:holder ?who ; gg:post ?post ; gg:statedOn ?on .
  OPTIONAL { ?who foaf:name ?name }
  OPTIONAL { ?post skos:prefLabel ?post_label }
  OPTIONAL { ?post org:postIn ?org }""" + _EVIDENCE_PATTERN.format(node="?h") + "}")
    # bipartite projections per date: person -- post
    by_date: dict[str, nx.Graph] = defaultdict(nx.Graph)
    names: dict[str, str] = {}
    post_labels: dict[str, str] = {}
    evidence: dict[tuple[str, str, str], list[Evidence]] = defaultdict(list)
    for r in rows:
        day = _day(r["on"])
        who, post = r["who"], r["post"]
        names[who] = min(names.get(who, str(r.get("name") or who)), str(r.get("name") or who))
        label = str(r.get("post_label") or post)
        if r.get("org"):
            label = f"{label} ({data.label(r['org'])})" if data.label(r["org"]).lower() not in label.lower() else label
        post_labels[post] = min(post_labels.get(post, label), label)
        g = by_date[day]
        g.add_node(("person", who))
        g.add_node(("post", post))
        g.add_edge(("person", who), ("post", post))
        ev = _ev(r)
        if ev:
            evidence[(day, who, post)].append(ev)

    many = Check("many_posts", "People holding many posts at the same time", WHY["many_posts"],
                 f"People stated to hold at least {opts.min_posts} distinct posts on the same date (the date "
                 "of the meeting or report the stating document is about), from a person-post projection per "
                 "date; a title that is the start of another of the same person's titles is counted once.")
    shared = Check("shared_post", "One post title held by several people at the same time", WHY["shared_post"],
                   f"Post titles (with their organisation when stated) that at least {opts.min_holders} people "
                   "are stated to hold on the same date.")
    people, posts = set(), set()
    for day in sorted(by_date):
        g = by_date[day]
        for node in sorted(g.nodes, key=lambda n: (n[0], names.get(n[1], post_labels.get(n[1], "")), n[1])):
            kind, iri = node
            nbrs = sorted((n[1] for n in g.neighbors(node)),
                          key=lambda x: (post_labels.get(x, names.get(x, "")), x))
            if kind == "person":
                people.add(iri)
                nbrs = _distinct_posts(nbrs, post_labels)
                if len(nbrs) >= opts.min_posts:
                    titles = [post_labels[p] for p in nbrs]
                    many.findings.append(Finding(
                        f"{names[iri]} is stated to hold {len(nbrs)} posts on {day}: " + "; ".join(titles) + ".",
                        [names[iri]] + titles,
                        _evidence_list((e for p in nbrs for e in evidence[(day, iri, p)]), opts.max_evidence),
                        {"date": day, "person_iri": iri, "posts": titles, "count": len(nbrs)}))
            else:
                posts.add(iri)
                if len(nbrs) >= opts.min_holders:
                    holders = [names[p] for p in nbrs]
                    shared.findings.append(Finding(
                        f"The post \"{post_labels[iri]}\" is stated to be held by {len(nbrs)} people on {day}: "
                        + "; ".join(holders) + ".",
                        [post_labels[iri]] + holders,
                        _evidence_list((e for p in nbrs for e in evidence[(day, p, iri)]), opts.max_evidence),
                        {"date": day, "post_iri": iri, "holders": holders, "count": len(nbrs)}))
    many.checked, shared.checked = len(people), len(posts)
    many.findings.sort(key=lambda f: (f.subjects[0], f.details["date"]))
    shared.findings.sort(key=lambda f: (f.subjects[0], f.details["date"]))
    return [many, shared]


# --------------------------------------------------------------------------------------------
# Names


_APOS = re.compile(r"[’'`´]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
STOP = {"the", "of", "for", "and", "in", "on", "at", "to", "a", "an", "with", "by", "from"}
# Words naming the kind of a body: a name that differs only in one of them may be the same body.
KIND_WORDS = {"board", "committee", "commission", "panel", "group", "partnership", "forum", "team",
              "service", "services", "directorate", "council", "cabinet", "executive", "network",
              "subgroup", "sub-group", "unit", "hub", "trust", "department", "office", "assembly"}
# Qualifiers that do not change which body a name means.
QUALIFIER_WORDS = {"the", "local", "council", "councils", "borough", "metropolitan", "city", "county", "district"}
_PLACE_HEAD = re.compile(r"^(?P<place>(?:[A-Z][\w'’-]*\s+)*?[A-Z][\w'’-]*?)(?:['’]s)?\s+"
                         r"(?:Metropolitan\s+)?(?:Borough|City|County|District|Town|Parish)?\s*Council\b")


def _tokens(name: str) -> list[str]:
    """Lower-case word tokens: "&" as "and", possessives and plural -s dropped, hyphens split.

    >>> _tokens("Children & Young People’s Services")
    ['children', 'and', 'young', 'people', 'service']
    >>> _tokens("Childrens Services")
    ['children', 'service']
    """
    text = name.replace("&", " and ")
    text = _APOS.sub("'", text).lower()
    text = re.sub(r"'s\b|s'(?=\s|$)|'", "", text)
    out = []
    for w in _NON_WORD.split(text):
        if not w:
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return out


def name_key(name: str) -> str:
    """The name as compared: case, punctuation, "&", possessives and plural -s ignored.

    >>> name_key("Westby Parent Carer's Forum") == name_key("Westby Parent Carers Forum")
    True
    """
    return " ".join(_tokens(name))


def _place_words(data: GraphData) -> set[str]:
    """Place names of the councils in the graph ("X Borough Council" -> x), lower-case."""
    places = set()
    for b in data.bodies.values():
        if b["kind"] != "council":
            continue
        for name, _ in b["names"] | {(b["label"], "name")}:
            m = _PLACE_HEAD.match(name.strip())
            if m and m.group("place"):
                places.update(_tokens(m.group("place")))
    return places - STOP - KIND_WORDS


def _core(tokens: list[str], places: set[str]) -> list[str]:
    return [t for t in tokens if t not in places and t not in QUALIFIER_WORDS]


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", _APOS.sub("'", name)) if w]
    return "".join(w[0].upper() for w in words if w.lower().strip("'s") not in STOP and w[0].isalpha())


def _is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*", name)) and sum(c.isupper() for c in name) >= 3 \
        and sum(c.islower() for c in name) <= 1


def _prefix_equal(a: list[str], b: list[str]) -> bool:
    """Same length, each word equal or one a shortening (4+ letters) of the other."""
    if len(a) != len(b) or a == b:
        return False
    for x, y in zip(a, b):
        if x == y:
            continue
        short, long_ = sorted((x, y), key=len)
        if len(short) < 4 or not long_.startswith(short):
            return False
    return True


# Kind words that name the same kind of body ("Select Committee" / "Select Commission").
SAME_KIND = [{"committee", "commission"}, {"service", "team", "unit"}, {"group", "subgroup"}]


def _same_kind(a: str, b: str) -> bool:
    return a != b and any(a in s and b in s for s in SAME_KIND)


def _name_relation(a: str, b: str, places: set[str]) -> Optional[str]:
    """Why two names (of different bodies) may mean one body, or None (strongest reason first).

    >>> _name_relation("Select Committee on Health", "select committee on health", set())
    "both are given the name 'Select Committee on Health'"
    >>> _name_relation("Fernley Health Board", "Health Board", {"fernley"})
    "the same name apart from the place or a qualifier (the council's name, 'local', 'the')"
    """
    if _APOS.sub("'", a).lower() == _APOS.sub("'", b).lower():
        return f"both are given the name '{a}'"
    if name_key(a) == name_key(b):
        return "the same name apart from case, punctuation, possessive or plural"
    ta, tb = _tokens(a), _tokens(b)
    ca, cb = _core(ta, places), _core(tb, places)
    if ca and ca == cb:
        return "the same name apart from the place or a qualifier (the council's name, 'local', 'the')"
    if ca and cb and _prefix_equal(ca, cb):
        return "the same name apart from a shortened word"
    if ca and cb:
        short, long_ = sorted((ca, cb), key=len)
        if len(long_) == len(short) + 1 and long_[:-1] == short and long_[-1] in KIND_WORDS and \
                any(t not in KIND_WORDS and t not in STOP for t in short):
            return "the same name with or without a final kind word (e.g. 'Board')"
        if len(ca) == len(cb) and ca[:-1] == cb[:-1] and _same_kind(ca[-1], cb[-1]) and \
                sum(t not in KIND_WORDS and t not in STOP for t in ca[:-1]) >= 2:
            return "the same name apart from the kind word (e.g. 'Committee' / 'Commission')"
    for x, y in ((a, b), (b, a)):
        if _is_acronym(x) and len(x) >= 3 and len(y.split()) >= 3 and _initials(y) == x.upper():
            return f"'{x}' is the initials of '{y}'"
    return None


def _names_of(b: dict) -> dict[str, tuple[str, str]]:
    """The body's distinct names by key: key -> (name as written, name|alias|acronym)."""
    rank = {"name": 0, "acronym": 1, "alias": 2}
    out: dict[str, tuple[str, str]] = {}
    for name, prop in sorted(b["names"] | {(b["label"], "name")}, key=lambda x: (rank.get(x[1], 3), x[0])):
        key = name_key(name)
        if key and key not in out:
            out[key] = (name, prop)
    return out


def _name_evidence(data: GraphData, iri: str, name: str) -> Optional[Evidence]:
    low = name.lower()
    for e in data.body_evidence.get(iri, []):
        if low in _APOS.sub("'", e.quote).lower() or low in e.quote.lower():
            return e
    return None


def _REASON_RANK(reason: str) -> int:
    order = ("both are given", "the same name apart from case", "the same name apart from the place",
             "the same name apart from a shortened", "the same name with or without", "the same name apart from the kind")
    for i, start in enumerate(order):
        if reason.startswith(start):
            return i
    return len(order)


def check_names(data: GraphData, opts: AuditOptions) -> list[Check]:
    several = Check("several_names", "Bodies known under several names or acronyms", WHY["several_names"],
                    "Bodies of the identity graph with two or more distinct names (skos:prefLabel, "
                    "skos:altLabel, gg:acronym), names that differ only in case, punctuation, possessive or "
                    "plural counted once.")
    maybe = Check("possibly_same_body", "Possibly the same body under different names (not merged)",
                  WHY["possibly_same_body"],
                  "Pairs of distinct bodies with a name or acronym in common, or names that differ only in "
                  "possessive/plural, the council's place name or 'local', a shortened word, a final kind word "
                  "('X' / 'X Board') or the kind word ('Committee' / 'Commission'), or an acronym that is the "
                  "other's initials; linked pairs are grouped (networkx connected components).")
    places = _place_words(data)
    iris = sorted(data.bodies, key=lambda i: (data.label(i), i))
    several.checked = maybe.checked = len(iris)
    names = {i: _names_of(data.bodies[i]) for i in iris}
    for iri in iris:
        if len(names[iri]) < 2:
            continue
        label = data.label(iri)
        listed = [n for n, _ in names[iri].values()]
        evidence = [_name_evidence(data, iri, n) for n in listed]
        if not any(evidence):  # no quote spells a name out (an acronym's use only): the body's own evidence
            evidence = list(data.body_evidence.get(iri, [])[:1])
        several.findings.append(Finding(
            f"{label} is known as " + "; ".join(f"{n} ({p})" for n, p in names[iri].values()) + ".",
            listed, _evidence_list(evidence, opts.max_evidence),
            {"body_iri": iri, "names": [{"name": n, "as": p} for n, p in names[iri].values()]}))

    link = nx.Graph()
    for i, a in enumerate(iris):
        for b in iris[i + 1:]:
            found = []
            for na, _ in names[a].values():
                for nb, _ in names[b].values():
                    reason = _name_relation(na, nb, places)
                    if reason:
                        found.append((_REASON_RANK(reason), na, nb, reason))
            if found:
                _, na, nb, reason = min(found)
                link.add_edge(a, b, reason=reason, names={a: na, b: nb})
    components = [sorted(c, key=lambda i: (data.label(i), i)) for c in nx.connected_components(link)]
    for comp in sorted(components, key=lambda c: [data.label(i) for i in c]):
        labels = [data.label(i) for i in comp]
        pairs = []
        evidence = []
        edges = [tuple(sorted(e, key=lambda i: (data.label(i), i))) for e in link.subgraph(comp).edges]
        for u, v in sorted(edges, key=lambda e: (data.label(e[0]), data.label(e[1]), e)):
            d = link.edges[u, v]
            pairs.append({"bodies": [data.label(u), data.label(v)], "names": [d["names"][u], d["names"][v]],
                          "reason": d["reason"]})
        for i in comp:
            evidence.extend(data.first_mentions(i, 1))
        maybe.findings.append(Finding(
            "Possibly the same body: " + "; ".join(labels) + " (" +
            "; ".join(f"{p['names'][0]} / {p['names'][1]}: {p['reason']}" for p in pairs) + ").",
            labels, _evidence_list(evidence, opts.max_evidence),
            {"body_iris": comp, "pairs": pairs}))
    return [several, maybe]


# --------------------------------------------------------------------------------------------
# Requested reports


# Wording of a resolution asking for something to come back (a report, update, briefing, a person
# invited to a future meeting, an item added to a work programme).
_REQUEST_RULES = [
    r"\b(?:be\s+)?(?:asked|invited|requested|required)\s+to\s+(?:report|present|bring|attend|provide|submit|come\s+back|return)\b",
    r"\b(?:reports?|updates?|briefings?|feedback|action\s+plans?|information|(?:progress\s+)?reports?)\b[^.;]{0,80}?\bbe\s+"
    r"(?:submitted|brought|presented|provided|reported|circulated|given|sent|produced)\b",
    r"\bbe\s+reported\s+(?:back\s+)?to\b",
    r"\brequest(?:ed|s)?\s+(?:an?\s+|further\s+|more\s+|regular\s+)?(?:[\w-]+\s+){0,3}?(?:update|report|briefing|feedback|information)\b",
    r"\b(?:to|at)\s+a\s+(?:future|later|subsequent|further)\s+meeting\b",
    r"\bbring\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:update|report|briefing|plan)\b",
    r"\b(?:further|follow[- ]up)\s+(?:report|update|briefing)s?\b(?![^.;]*\bbe\s+noted\b)",
    r"\baddition\s+of\s+an?\s+item\s+on\b",
]
REQUEST_RX = re.compile("|".join(f"(?:{r})" for r in _REQUEST_RULES), re.IGNORECASE)

_GENERIC_WORDS = STOP | KIND_WORDS | {
    "report", "reports", "update", "updates", "meeting", "meetings", "future", "further", "be", "that",
    "this", "these", "those", "its", "their", "submitted", "provided", "presented", "brought", "noted",
    "received", "agreed", "approved", "requested", "invited", "asked", "select", "annual", "quarter",
    "quarterly", "progress", "member", "members", "item", "items", "minute", "minutes", "previous", "next",
    "detail", "details", "how", "many", "which", "who", "what", "was", "were", "is", "are", "will", "would",
    "on", "basis", "year", "municipal", "discuss", "briefing", "feedback", "information", "following",
    "regarding", "more", "provide", "date", "time", "off", "agenda", "about", "any", "all", "issue", "concern",
}


def requests_report(text: str) -> bool:
    """The audit's own reading of a resolution: does it ask for something to come back?

    >>> requests_report("a report be submitted on school places")
    True
    >>> requests_report("the performance report on be submitted to the Committee quarterly")
    True
    >>> requests_report("X be invited to a future meeting to discuss the service")
    True
    >>> requests_report("the report be noted")
    False
    >>> requests_report("the Quarter 3 progress report be noted")
    False
    """
    return bool(REQUEST_RX.search(text or ""))


# A resolution that only notes, receives or approves something asks for nothing to come back.
NOTED_ONLY_RX = re.compile(r"^[^;]*\bbe\s+(?:noted|received|approved|agreed|endorsed|accepted|ratified)\s*[.;]?\s*$",
                           re.IGNORECASE)


def _named_targets(data: "GraphData", text: str, pats) -> list[str]:
    """Bodies a resolution sends something to ("... be reported to the X Commission")."""
    out = []
    for rx, iri, name in pats:
        for m in rx.finditer(text):
            before = text[max(0, m.start() - 12):m.start()].lower()
            if re.search(r"\bto\s+(?:the\s+|its\s+)?$", before) and iri not in out:
                out.append(iri)
    return out


def _content_words(text: str, extra_generic: set[str]) -> set[str]:
    out = set()
    for t in _tokens(text or ""):
        if len(t) < 3 or t.isdigit() or t in _GENERIC_WORDS or t in extra_generic:
            continue
        out.add(t)
    return out


def check_report_requests(data: GraphData, opts: AuditOptions) -> Check:
    check = Check(
        "report_not_returned", "Requested reports that did not come back", WHY["report_not_returned"],
        "A resolution asks for a report when its words do (a report/update/briefing 'be submitted/presented/"
        "reported', 'asked/invited to report/present', 'requested an update/feedback', 'to a future meeting', "
        "'addition of an item on'), or when the graph says so (gg:requestsReport true) and it does not only note, "
        "receive or approve something. The report is expected at the resolving body, and at any body the "
        "resolution sends it 'to'. "
        "It came back when a "
        f"later meeting of the body, within {opts.report_back_days} days, has an agenda item (or a report presented "
        "there) that shares a topic "
        f"or the report with the resolved item, or shares at least {opts.min_shared_words} content words "
        "(not the body's own name or the council's place name, not generic words such as 'report' or 'update') "
        "with the resolution and its item's title, one of them from the resolution's own words. "
        "A request is a finding when no such item is found; the finding says whether the graph "
        "records any business of a later meeting of the body in that window at all (status not_found or "
        "no_later_meeting).")
    rows = _rows(data.store, """
SELECT DISTINCT ?r ?text ?flag ?m ?date ?body ?item ?number ?title ?doc ?start ?end ?quote WHERE {
  ?r a gg:Resolution .
  OPTIONAL { ?r gg:text ?text } OPTIONAL { ?r gg:requestsReport ?flag }
  OPTIONAL { ?r gg:meeting ?m . OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?m schema:organizer ?body } }
  OPTIONAL { ?r gg:item ?item . OPTIONAL { ?item gg:itemNumber ?number } OPTIONAL { ?item dct:title ?title } }"""
                 + _EVIDENCE_PATTERN.format(node="?r") + "}")
    items = _rows(data.store, """
SELECT DISTINCT ?item ?m ?date ?body ?number ?title ?topic ?report WHERE {
  ?item a gg:AgendaItem ; gg:meeting ?m . ?m schema:organizer ?body ; schema:startDate ?date .
  OPTIONAL { ?item gg:itemNumber ?number } OPTIONAL { ?item dct:title ?title }
  OPTIONAL { ?item dct:subject ?topic } OPTIONAL { ?rep gg:item ?item ; gg:report ?report } }""")
    # reports presented at a meeting count as its items (a report can be known without the agenda)
    items += [dict(r, number=None) for r in _rows(data.store, """
SELECT DISTINCT ?item ?m ?date ?body ?title ?report WHERE {
  ?rep gg:report ?report ; gg:toBody ?body ; gg:meeting ?m . ?m schema:startDate ?date .
  FILTER NOT EXISTS { ?rep gg:item ?any_item }
  OPTIONAL { ?report dct:title ?title } BIND(?report AS ?item) }""")]
    # a projection: body -> meeting -> item, with the item's topics and reports as attributes
    g = nx.DiGraph()
    for r in items:
        day = _day(r["date"])
        g.add_node(r["m"], date=day, kind="meeting")
        g.add_edge(r["body"], r["m"])
        node = g.nodes[r["item"]] if r["item"] in g else None
        if node is None:
            g.add_node(r["item"], kind="item", number=r.get("number"), title=str(r.get("title") or ""),
                       topics=set(), reports=set(), date=day)
            node = g.nodes[r["item"]]
        g.add_edge(r["m"], r["item"])
        if r.get("topic"):
            node["topics"].add(r["topic"])
        if r.get("report"):
            node["reports"].add(r["report"])

    pats = _name_patterns(data)
    places = _place_words(data)
    resolutions: dict[str, dict] = {}
    for r in rows:
        res = resolutions.setdefault(r["r"], {"row": r, "evidence": []})
        ev = _ev(r)
        if ev:
            res["evidence"].append(ev)
    check.checked = len(resolutions)
    for iri, res in resolutions.items():
        r = res["row"]
        text = str(r.get("text") or "")
        by_graph = str(r.get("flag")).lower() in ("true", "1")
        by_text = requests_report(text)
        if not by_text and (not by_graph or NOTED_ONLY_RX.search(text)):
            continue
        body, day = r.get("body"), _day(r.get("date"))
        targets = [body] + [t for t in _named_targets(data, text, pats) if t != body]
        body_label = data.label(body) if body else "(unknown body)"
        own_words = set()
        if body:
            for n, _ in data.bodies.get(body, {}).get("names", set()) | {(body_label, "name")}:
                own_words |= set(_tokens(n))
        own_words |= places
        text_words = _content_words(text, own_words)
        words = text_words | _content_words(str(r.get("title") or ""), own_words)
        asked_item = g.nodes[r["item"]] if r.get("item") and r["item"] in g else {}
        later_meetings, matches = [], []
        limit = (datetime.date.fromisoformat(day) + datetime.timedelta(days=opts.report_back_days)).isoformat() \
            if day else None
        for m in sorted({m for t in targets if t in g for m in g.successors(t)}):
            if limit:
                mday = g.nodes[m].get("date")
                if not mday or not (day < mday <= limit):
                    continue
                later_meetings.append(mday)
                for it in g.successors(m):
                    node = g.nodes[it]
                    shared = words & _content_words(node["title"], own_words)
                    why = []
                    if asked_item and node["topics"] & asked_item.get("topics", set()):
                        why.append("shared topic")
                    if asked_item and node["reports"] & asked_item.get("reports", set()):
                        why.append("same report")
                    if len(shared) >= opts.min_shared_words and shared & text_words:
                        why.append("shared words: " + ", ".join(sorted(shared)))
                    if why:
                        matches.append({"date": mday, "item": node.get("number"), "title": node["title"],
                                        "why": why})
        detected = (["graph"] if by_graph else []) + (["text rule"] if by_text else [])
        if matches:
            continue
        item_text = f"item {r['number']}" if r.get("number") else "an item"
        to_names = [data.label(t) for t in targets if t]
        whose = "the body" if len(to_names) <= 1 else "the bodies (" + "; ".join(to_names) + ")"
        if later_meetings:
            status = "not_found"
            tail = (f"none of the {len(set(later_meetings))} later meeting(s) of {whose} within "
                    f"{opts.report_back_days} days has a matching item")
        else:
            status = "no_later_meeting"
            tail = (f"the graph records no business (agenda items or reports) of a later meeting of {whose} "
                    f"within {opts.report_back_days} days, so whether it came back cannot be seen")
        check.findings.append(Finding(
            f"{body_label} on {day or '?'} ({item_text}) asked: \"{_short(text, 140)}\"; {tail}.",
            [body_label] + ([str(r["title"])] if r.get("title") else []),
            _evidence_list(res["evidence"], opts.max_evidence),
            {"resolution_iri": iri, "body": body_label, "date": day, "item": r.get("number"),
             "item_title": r.get("title"), "text": text, "detected_by": detected, "status": status,
             "report_to": to_names,
             "later_meetings": sorted(set(later_meetings))}))
    check.findings.sort(key=lambda f: (f.details["date"] or "", f.details["body"], str(f.details["item"] or ""),
                                       f.details["text"]))
    return check


def _short(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# --------------------------------------------------------------------------------------------
# Attendance and topics


def check_attendance(data: GraphData, opts: AuditOptions) -> Check:
    check = Check("attendance", "Attendance rate per member per body", WHY["attendance"],
                  "For each body and member (chair, present or apologies at some meeting of the body): meetings "
                  "chaired or attended / the body's meetings that have an attendance record; apologies count as "
                  "absence (shipped query cq06). Ordered by body, then lowest rate first.")
    rates = Q.answer(data.store, "cq06", {"meetings": "0"}).rows  # every meeting, not the default page
    records = _rows(data.store, """
SELECT DISTINCT ?person ?body ?date ?status ?doc ?start ?end ?quote WHERE {
  ?a a gg:Attendance ; gg:person ?person ; gg:meeting ?m ; gg:status ?status .
  ?m schema:organizer ?body ; schema:startDate ?date .""" + _EVIDENCE_PATTERN.format(node="?a") + "}")
    # bipartite projection: member -- meeting, the status on the edge
    g = nx.Graph()
    evidence: dict[tuple[str, str], list[Evidence]] = defaultdict(list)
    for r in records:
        g.add_edge(("person", r["person"]), ("meeting", r["body"], _day(r["date"])),
                   status=r["status"].rsplit("#", 1)[-1])
        ev = _ev(r)
        if ev:
            evidence[(r["person"], r["body"])].append(ev)
    body_iri = {}
    for r in records:
        body_iri.setdefault(r["body"], r["body"])
    by_label = {data.label(b): b for b in body_iri}
    out = []
    for r in rates:
        meetings, attended, apologies = _int(r["meetings"]) or 0, _int(r["attended"]) or 0, _int(r["apologies"]) or 0
        person, body = r["person_iri"], by_label.get(r["body"])
        rate = round(attended / meetings, 4) if meetings else None
        statuses = []
        if ("person", person) in g:
            for _, m, d in g.edges(("person", person), data=True):
                if m[0] == "meeting" and (body is None or m[1] == body):
                    statuses.append({"date": m[2], "status": d["status"].lower()})
        statuses.sort(key=lambda s: (s["date"], s["status"]))
        out.append(Finding(
            f"{r['person']} attended {attended} of {meetings} recorded meeting(s) of {r['body']} "
            f"({r['rate_percent']}%); apologies {apologies}, no record {_int(r['absent'])}.",
            [str(r["person"]), str(r["body"])],
            _evidence_list(evidence.get((person, body), []), opts.max_evidence),
            {"body": r["body"], "person": r["person"], "person_iri": person, "meetings": meetings,
             "attended": attended, "apologies": apologies, "absent": _int(r["absent"]), "rate": rate,
             "rate_percent": _int(r["rate_percent"]), "records": statuses}))
    out.sort(key=lambda f: (f.details["body"], f.details["rate"] if f.details["rate"] is not None else 2,
                            f.details["person"], f.details["person_iri"]))
    check.findings = out
    check.checked = len(out)
    return check


def check_topics(data: GraphData, opts: AuditOptions) -> Check:
    check = Check("recurring_topics", "Topics that recur across several bodies", WHY["recurring_topics"],
                  f"Agenda-item topics (dct:subject) taken by at least {opts.min_topic_bodies} bodies, from a "
                  "topic-body bipartite projection (shipped query cq08 with topics=0 gives the same list).")
    rows = _rows(data.store, """
SELECT DISTINCT ?topic ?label ?item ?body ?date ?number ?title ?doc ?start ?end ?quote WHERE {
  ?item a gg:AgendaItem ; dct:subject ?topic ; gg:meeting ?m . ?m schema:organizer ?body .
  OPTIONAL { ?m schema:startDate ?date } OPTIONAL { ?topic skos:prefLabel ?label }
  OPTIONAL { ?item gg:itemNumber ?number } OPTIONAL { ?item dct:title ?title }"""
                 + _EVIDENCE_PATTERN.format(node="?item") + "}")
    g = nx.Graph()
    labels: dict[str, str] = {}
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    items: dict[str, set] = defaultdict(set)
    for r in rows:
        t = r["topic"]
        labels[t] = min(labels.get(t, str(r.get("label") or t)), str(r.get("label") or t))
        g.add_edge(("topic", t), ("body", r["body"]))
        items[t].add((_day(r.get("date")) or "?", data.label(r["body"]), str(r.get("number") or ""),
                      str(r.get("title") or "")))
        ev = _ev(r)
        if ev:
            evidence[t].append(ev)
    topics = [n[1] for n in g.nodes if n[0] == "topic"]
    check.checked = len(topics)
    for t in sorted(topics, key=lambda t: (labels[t], t)):
        bodies = sorted(data.label(n[1]) for n in g.neighbors(("topic", t)))
        if len(bodies) < opts.min_topic_bodies:
            continue
        check.findings.append(Finding(
            f"The topic \"{labels[t]}\" comes up at {len(bodies)} bodies: " + "; ".join(bodies) + ".",
            [labels[t]] + bodies, _evidence_list(evidence[t], opts.max_evidence),
            {"topic_iri": t, "bodies": bodies,
             "items": [f"{d} {b}: {n + '. ' if n else ''}{ti}" for d, b, n, ti in sorted(items[t])]}))
    check.findings.sort(key=lambda f: (-len(f.details["bodies"]), f.subjects[0]))
    return check


# --------------------------------------------------------------------------------------------
# Role clarity (the peer-challenge question)


CLARITY_RX = re.compile(
    r"\b(?:clarity|clarify(?:ing)?|clarified|clarification|unclear|lack\s+of\s+clarity|confusion|confused|"
    r"ambiguity|ambiguous|blurred|not\s+clear)\b", re.IGNORECASE)
ROLES_RX = re.compile(
    r"\b(?:roles?|responsibilit(?:y|ies)|relationships?|remits?|accountabilit(?:y|ies)|terms\s+of\s+reference)\b",
    re.IGNORECASE)


def clarity_sentences(text: str) -> list[tuple[int, int, str]]:
    """Sentences saying that roles, responsibilities or relationships need clarity: a clarity word
    and a roles word in the same sentence.

    >>> clarity_sentences("All good. - Clarity of roles around boards eg A Board, B Board.\\n- Other.")
    [(12, 63, 'Clarity of roles around boards eg A Board, B Board.')]
    """
    out = []
    for s, e in sentences(text, 0):  # the loaders' one sentence splitter
        sent = text[s:e]
        lead = re.match(r"\s*(?:[-•*]|\(?[0-9ivx]{1,4}[.)])\s+", sent)
        if lead:
            s += lead.end()
            sent = text[s:e]
        if CLARITY_RX.search(sent) and ROLES_RX.search(sent):
            out.append((s, e, sent))
    return out


def _document_texts(data: GraphData) -> dict[str, str]:
    """Normalised text of each document whose source is readable and unchanged (same sha256)."""
    import hashlib

    texts = {}
    for d in data.documents:
        src = d.get("source")
        if not src:
            continue
        path = Path(str(src).replace("file://", "", 1))
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        if d.get("sha") and hashlib.sha256(raw).hexdigest() != d["sha"]:
            continue
        try:
            from govgraph.loaders.read import read_document

            texts[str(d.get("title") or d["d"])] = read_document(path).text
        except Exception:  # noqa: BLE001 - an unreadable source only loses this rule's text
            continue
    return texts


def _name_patterns(data: GraphData) -> list[tuple[re.Pattern, str, str]]:
    pats = []
    for iri, b in data.bodies.items():
        for name, prop in b["names"] | {(b["label"], "name")}:
            name = name.strip()
            if len(name) < 3:
                continue
            words = [re.escape(w) for w in re.split(r"\s+", _APOS.sub("'", name))]
            body = r"\s+".join(words).replace("'", "['’]")
            if _is_acronym(name):
                rx = re.compile(r"(?<![\w-])" + body + r"(?![\w-])")
            elif len(name.split()) < 2:
                continue  # a one-word name ("Council", "Cabinet") is too loose to find in free text
            else:
                rx = re.compile(r"(?<![\w-])" + body + r"(?![\w-])", re.IGNORECASE)
            pats.append((rx, iri, name))
    pats.sort(key=lambda p: (-len(p[2]), p[2], p[1]))
    return pats


def check_role_clarity(data: GraphData, opts: AuditOptions) -> Check:
    check = Check(
        "role_clarity", "Bodies whose roles a document says need clarifying", WHY["role_clarity"],
        "A sentence with a clarity word (clarity, clarify, unclear, confusion, ambiguous ...) and a roles word "
        "(roles, responsibilities, relationships, remit, accountability, terms of reference) that names bodies: "
        "each body named in it (its names, aliases and acronyms of the graph, longest first, and the bodies "
        "whose evidence lies in the sentence) is a finding, with the sentence as the quote. Sentences come from "
        "the documents' text when the source file is readable and unchanged, else from the evidence quotes.")
    texts = _document_texts(data)
    sentences: list[tuple[str, int, int, str]] = []
    for doc, text in sorted(texts.items()):
        for s, e, sent in clarity_sentences(text):
            sentences.append((doc, s, e, sent))
    # documents without a readable text: the evidence quotes stand in for sentences
    quoted = set()
    for iri, evs in data.body_evidence.items():
        for ev in evs:
            if ev.document in texts or (ev.document, ev.start) in quoted:
                continue
            for s, e, sent in clarity_sentences(ev.quote):
                quoted.add((ev.document, ev.start))
                base = ev.start if ev.start is not None else None
                sentences.append((ev.document, (base + s) if base is not None else None,
                                  (base + e) if base is not None else None, sent))
    for r in data.relations():
        if r.get("document") in texts or not r.get("quote"):
            continue
        base = _int(r.get("start"))
        for s, e, sent in clarity_sentences(str(r["quote"])):
            key = (r["document"], base)
            if key in quoted:
                continue
            quoted.add(key)
            sentences.append((r["document"], base + s if base is not None else None,
                              base + e if base is not None else None, sent))
    pats = _name_patterns(data)
    check.checked = len(sentences)
    seen = set()
    for doc, s, e, sent in sorted(set(sentences), key=lambda x: (x[0], x[1] if x[1] is not None else -1, x[3])):
        taken = [False] * len(sent)
        found: dict[str, tuple[int, str]] = {}
        for rx, iri, name in pats:
            for m in rx.finditer(sent):
                if any(taken[m.start():m.end()]):
                    continue
                for k in range(m.start(), m.end()):
                    taken[k] = True
                if iri not in found or m.start() < found[iri][0]:
                    found[iri] = (m.start(), m.group(0))
        for iri, evs in data.body_evidence.items():
            for ev in evs:
                if ev.document == doc and s is not None and ev.start is not None and s <= ev.start and \
                        ev.end is not None and ev.end <= e and iri not in found:
                    found[iri] = (ev.start - s, ev.quote)
        if not found:
            continue
        ordered = sorted(found.items(), key=lambda x: (x[1][0], data.label(x[0])))
        names = [data.label(i) for i, _ in ordered]
        for iri, (pos, written) in ordered:
            if (doc, s, iri) in seen:
                continue
            seen.add((doc, s, iri))
            check.findings.append(Finding(
                f"{doc} says the roles around {data.label(iri)} need clarifying"
                + (f" (written \"{written}\")" if written != data.label(iri) else "") + ".",
                [data.label(iri)], [Evidence(doc, s, e, sent)],
                {"body_iri": iri, "written": written, "bodies_in_sentence": names}))
    return check


# --------------------------------------------------------------------------------------------
# Running and writing


def run_audit(store, options: Optional[AuditOptions] = None) -> Audit:
    """Run every check on ``store`` (any govgraph store, or a pyoxigraph Store)."""
    opts = options or AuditOptions()
    data = GraphData(store)
    checks: list[Check] = []
    checks += check_reporting_lines(data, opts)
    checks += check_posts(data, opts)
    checks += check_names(data, opts)
    checks.append(check_report_requests(data, opts))
    checks.append(check_attendance(data, opts))
    checks.append(check_topics(data, opts))
    checks.append(check_role_clarity(data, opts))
    generated = {
        "documents": [{"name": str(d.get("title") or d["d"]), "sha256": d.get("sha")} for d in data.documents],
        "bodies": len(data.bodies),
        "options": {k: (list(v) if isinstance(v, tuple) else v) for k, v in vars(opts).items()},
    }
    return Audit(generated, checks)


def audit_to_json(audit: Audit) -> str:
    return json.dumps(audit.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=str(path.parent), prefix="." + path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; the outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_audit(audit: Audit, out_dir) -> tuple[Path, Path]:
    """Write ``out_dir/audit.json`` and ``out_dir/audit.html`` (each to a temporary name first)."""
    from govgraph.graph.audit_html import audit_to_html

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out / "audit.json", out / "audit.html"
    _write_atomic(json_path, audit_to_json(audit))
    _write_atomic(html_path, audit_to_html(audit))
    return json_path, html_path
