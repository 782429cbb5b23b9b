"""The built graph as networkx graphs: the projections that views, exports and the audit draw on.

Each function reads a govgraph store (anything with ``.query(sparql)`` giving ``.vars`` and
``.rows``: the embedded Oxigraph store, a remote SPARQL server) and returns a networkx graph whose
nodes are IRIs. Every node and edge carries plain attributes:

- nodes: ``kind`` (a body kind such as ``committee`` or ``board``; ``councillor``, ``officer``,
  ``person`` or ``post`` for people; ``meeting``, ``item``, or an attendance status in a meeting
  graph), ``group`` (``body``, ``person``, ``meeting``, ``item``), ``label``, ``iri``, ``dates``
  (the meeting dates it is seen at, ``first – last``), ``quote`` and ``document`` (its first piece
  of evidence), ``aliases`` and ``evidence`` (a list of ``{"document", "quote", "start"}`` dicts);
- edges: ``relation``, ``label``, ``date`` (the first), ``dates`` (all, ``"; "``-separated),
  ``quote`` and ``document`` (the first piece of evidence), ``fact`` (the IRI of the fact),
  ``weight`` (how many facts the edge stands for) and ``evidence`` (every piece, with its date).

Only ``evidence`` is a list; everything else is a str, int or float (or absent), so the graphs
go to GraphML and GEXF once ``evidence`` is dropped (see :mod:`govgraph.graph.exports`).

>>> import tempfile, pathlib
>>> from govgraph.graph.build import build
>>> from govgraph.graph.store import open_store
>>> tmp = pathlib.Path(tempfile.mkdtemp())
>>> _ = (tmp / "m.txt").write_text("AUDIT COMMITTEE\\nMonday 2 June 2025\\n\\n"
...     "Present:- Councillor Ames (in the Chair); Councillor Bell.\\n")
>>> _ = build([tmp / "m.txt"], out=tmp / "out", validate=False)
>>> store = open_store(None, tmp / "out")
>>> g = people_bodies(store)
>>> sorted((g.nodes[d["person"]]["label"], g.nodes[d["body"]]["label"], d["relation"]) for _, _, d in g.edges(data=True))
[('Ames', 'Audit Committee', 'chair'), ('Bell', 'Audit Committee', 'member')]
>>> [(label, sorted(d["kind"] for _, d in m.nodes(data=True))) for _, label, m in meetings(store)]
[('Audit Committee, 2025-06-02', ['chair', 'committee', 'meeting', 'present'])]
>>> store.close()
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterable, Optional

import networkx as nx

from govgraph.ontology.namespace import sparql_prefixes

GG = "https://w3id.org/govgraph/ns#"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"

PREFIXES = sparql_prefixes()  # the prefixes every govgraph query may use

#: gg:relationType IRIs -> the names of the extraction contract and cq04
RELATIONS = {
    ORG + "reportsTo": "reports_to", ORG + "subOrganizationOf": "sub_group_of", GG + "updates": "updates",
    GG + "partnerOf": "partner_of", GG + "scrutinises": "scrutinises", GG + "appoints": "appoints",
    GG + "delegatesTo": "delegates_to",
}
#: gg:status IRIs -> status names (cq02)
STATUSES = {
    GG + "Chair": "chair", GG + "Present": "present", GG + "Apologies": "apologies", GG + "Invited": "invited",
    GG + "InAttendance": "in_attendance", GG + "Substitute": "substitute",
}
#: attendance status -> the relation of a person to the body in :func:`people_bodies`
MEMBERSHIP = {"chair": "chair", "present": "member", "substitute": "substitute", "invited": "invited",
              "in_attendance": "in_attendance", "apologies": "apologies"}
#: when one edge stands for several relations, the first of these names it
RELATION_ORDER = ("chair", "member", "substitute", "reported_to", "holds_post", "invited", "in_attendance",
                  "apologies")
#: in a meeting graph a person takes the first status of these that they have
STATUS_ORDER = ("chair", "present", "substitute", "invited", "in_attendance", "presenter", "apologies")

_COUNCILLOR = re.compile(r"^\s*(?:the\s+)?(?:councillors?|cllrs?\.?)\s", re.IGNORECASE)


# --------------------------------------------------------------------------------------------
# Reading the store


def _rows(store, sparql: str) -> list[dict[str, Optional[str]]]:
    """SELECT rows as lexical values (str or None)."""
    answer = store.query(PREFIXES + sparql)
    return [{k: (None if v is None else str(v)) for k, v in row.items()} for row in answer.rows]


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _day(value: Optional[str]) -> Optional[str]:
    return value[:10] if value else None


def _span(dates: Iterable[Optional[str]]) -> str:
    days = sorted({d for d in dates if d})
    if not days:
        return ""
    return days[0] if len(days) == 1 else f"{days[0]} – {days[-1]}"


def _evidence(store, classes: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """subject IRI -> its pieces of evidence, in document order, for subjects of these classes."""
    values = " ".join(f"<{c}>" for c in classes)
    rows = _rows(store, f"""
SELECT DISTINCT ?s ?ev ?doc ?doc_title ?start ?quote WHERE {{
  VALUES ?class {{ {values} }}
  ?s a ?class ; gg:evidence ?ev .
  ?ev oa:hasSource ?doc .
  OPTIONAL {{ ?doc dct:title ?doc_title }}
  OPTIONAL {{ ?ev oa:hasSelector ?position . ?position a oa:TextPositionSelector ; oa:start ?start }}
  OPTIONAL {{ ?ev oa:hasSelector ?selector . ?selector a oa:TextQuoteSelector ; oa:exact ?quote }}
}}""")
    found: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in rows:
        piece = found[r["s"]].setdefault(r["ev"], {"document": r["doc_title"] or _local(r["doc"] or ""),
                                                   "quote": r["quote"] or "", "start": -1})
        if r["start"] is not None:
            try:
                piece["start"] = int(r["start"])
            except ValueError:
                pass
        if r["quote"] and not piece["quote"]:
            piece["quote"] = r["quote"]
    return {s: sorted(pieces.values(), key=lambda p: (p["document"], p["start"], p["quote"]))
            for s, pieces in found.items()}


def _first(evidence: list[dict[str, Any]]) -> dict[str, str]:
    if not evidence:
        return {"quote": "", "document": ""}
    return {"quote": evidence[0].get("quote", ""), "document": evidence[0].get("document", "")}


def _bodies(store) -> dict[str, dict[str, Any]]:
    """Every body (org:Organization): label, kind, acronyms, aliases, meeting dates, evidence."""
    rows = _rows(store, """
SELECT DISTINCT ?b ?label ?kind ?acronym ?alt WHERE {
  ?b a org:Organization .
  OPTIONAL { ?b skos:prefLabel ?label }
  OPTIONAL { ?b gg:bodyKind ?kind }
  OPTIONAL { ?b gg:acronym ?acronym }
  OPTIONAL { ?b skos:altLabel ?alt }
}""")
    bodies: dict[str, dict[str, Any]] = {}
    for r in rows:
        b = bodies.setdefault(r["b"], {"labels": set(), "kinds": set(), "acronyms": set(), "aliases": set()})
        for key, col in (("labels", "label"), ("kinds", "kind"), ("acronyms", "acronym"), ("aliases", "alt")):
            if r[col]:
                b[key].add(r[col])
    dates: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, "SELECT DISTINCT ?b ?date WHERE { ?m a gg:Meeting ; schema:organizer ?b ; schema:startDate ?date }"):
        if r["date"]:
            dates[r["b"]].add(r["date"][:10])
    evidence = _evidence(store, [ORG + "Organization"])
    out = {}
    for iri, b in bodies.items():
        label = min(b["labels"]) if b["labels"] else _local(iri)
        ev = evidence.get(iri, [])
        out[iri] = {
            "kind": min(b["kinds"]) if b["kinds"] else "other", "group": "body", "label": label, "iri": iri,
            "acronyms": "; ".join(sorted(b["acronyms"])),
            "aliases": "; ".join(sorted((b["aliases"] | b["acronyms"]) - {label})),
            "dates": _span(dates.get(iri, ())), "evidence": ev, **_first(ev),
        }
    return out


def _agents(store) -> dict[str, dict[str, Any]]:
    """Every person and post that attends, presents or holds a post: label, kind, aliases."""
    rows = _rows(store, """
SELECT DISTINCT ?p ?name ?post_label ?alt ?is_post ?holds WHERE {
  { ?p a foaf:Person } UNION { ?p a org:Post . BIND(true AS ?is_post) }
  OPTIONAL { ?p foaf:name ?name }
  OPTIONAL { ?p skos:prefLabel ?post_label }
  OPTIONAL { ?p skos:altLabel ?alt }
  OPTIONAL { ?p org:holds ?holds }
}""")
    agents: dict[str, dict[str, Any]] = {}
    for r in rows:
        a = agents.setdefault(r["p"], {"names": set(), "aliases": set(), "post": False, "holds": False})
        if r["name"]:
            a["names"].add(r["name"])
        elif r["post_label"]:
            a["names"].add(r["post_label"])
        if r["alt"]:
            a["aliases"].add(r["alt"])
        if r["is_post"] and r["is_post"] not in ("false", "0"):
            a["post"] = True
        if r["holds"]:
            a["holds"] = True
    officers = {r["who"] for r in _rows(store, """
SELECT DISTINCT ?who WHERE {
  { ?a a gg:Attendance ; gg:person ?who ; gg:status ?s . FILTER(?s IN (gg:Invited, gg:InAttendance)) }
  UNION { ?r a gg:Reporting ; gg:presenter ?who }
}""")}
    evidence = _evidence(store, ["http://xmlns.com/foaf/0.1/Person", ORG + "Post"])
    out = {}
    for iri, a in agents.items():
        label = max(a["names"], key=lambda n: (len(n), n)) if a["names"] else _local(iri)
        every = a["names"] | a["aliases"]
        if a["post"]:
            kind = "post"
        elif any(_COUNCILLOR.match(n + " ") for n in every):
            kind = "councillor"
        elif a["holds"] or iri in officers:
            kind = "officer"
        else:
            kind = "person"
        ev = evidence.get(iri, [])
        out[iri] = {"kind": kind, "group": "person", "label": label, "iri": iri,
                    "aliases": "; ".join(sorted(every - {label})), "dates": "", "evidence": ev, **_first(ev)}
    return out


def _node(g: nx.Graph, iri: str, known: dict[str, dict[str, Any]], fallback_kind: str, group: str,
          label: Optional[str] = None) -> None:
    if iri in g:
        return
    attrs = known.get(iri)
    if attrs is None:
        attrs = {"kind": fallback_kind, "group": group, "label": label or _local(iri), "iri": iri,
                 "aliases": "", "dates": "", "evidence": [], "quote": "", "document": ""}
    g.add_node(iri, **{k: (list(v) if isinstance(v, list) else v) for k, v in attrs.items()})


def _edge_attrs(relation: str, label: str, dated: list[tuple[Optional[str], dict[str, Any]]], fact: str,
                **extra: Any) -> dict[str, Any]:
    """Edge attributes from (date, evidence piece) pairs."""
    days = sorted({d for d, _ in dated if d})
    evidence = []
    seen = set()
    for day, piece in sorted(dated, key=lambda x: (x[0] or "", x[1].get("document", ""), x[1].get("start", -1))):
        key = (day, piece.get("document"), piece.get("quote"))
        if key in seen or not (piece.get("quote") or piece.get("document")):
            continue
        seen.add(key)
        evidence.append({"date": day or "", **piece})
    attrs = {"relation": relation, "label": label, "date": days[0] if days else "", "dates": "; ".join(days),
             "fact": fact, "weight": 1, "evidence": evidence, **_first(evidence)}
    attrs.update(extra)
    return attrs


# --------------------------------------------------------------------------------------------
# Projections


def body_relations(store) -> nx.MultiDiGraph:
    """Bodies as nodes (every body in the graph, related or not) and every gg:BodyRelation
    (reports_to, sub_group_of, updates, partner_of, scrutinises, appoints, delegates_to) as an
    edge from source to target, keyed by the fact's IRI."""
    bodies = _bodies(store)
    g = nx.MultiDiGraph(name="body relations")
    for iri in sorted(bodies):
        _node(g, iri, bodies, "other", "body")
    rows = _rows(store, """
SELECT DISTINCT ?fact ?s ?t ?type WHERE {
  ?fact a gg:BodyRelation ; gg:source ?s ; gg:target ?t ; gg:relationType ?type .
}""")
    evidence = _evidence(store, [GG + "BodyRelation"])
    dates: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, """
SELECT DISTINCT ?fact ?date WHERE {
  ?fact a gg:BodyRelation ; gg:evidence/oa:hasSource ?doc .
  ?m a gg:Meeting ; gg:evidence/oa:hasSource ?doc ; schema:startDate ?date .
  FILTER NOT EXISTS { ?m a gg:ReferencedMeeting }
}"""):
        dates[r["fact"]].add(r["date"][:10])
    for r in sorted(rows, key=lambda r: (r["s"], r["t"], r["fact"])):
        relation = RELATIONS.get(r["type"], _local(r["type"]))
        for end in (r["s"], r["t"]):
            _node(g, end, bodies, "other", "body")
        day = min(dates.get(r["fact"], {""})) or None
        dated = [(day, p) for p in evidence.get(r["fact"], [])] or [(day, {})]
        label = relation.replace("_", " ")
        g.add_edge(r["s"], r["t"], key=r["fact"], **_edge_attrs(relation, label, dated, r["fact"]))
    return g


def _reportings(store) -> list[dict[str, Any]]:
    """Presenters, authors, approvers and "from"s of what went to a body (as cq01)."""
    rows = _rows(store, """
SELECT DISTINCT ?fact ?rep ?role ?who ?b ?m ?date ?i ?number ?item_title ?r ?report_title WHERE {
  {
    ?fact a gg:Reporting ; gg:presenter ?who ; gg:toBody ?b .
    BIND(?fact AS ?rep) BIND("presenter" AS ?role)
  } UNION {
    # who a report that went to a body is by: its prov:Attribution facts (a contact is not counted)
    VALUES (?role_iri ?role) { (gg:AuthorRole "author") (gg:ApproverRole "approver") (gg:FromRole "from") }
    ?fact a prov:Attribution ; prov:hadRole ?role_iri ; prov:agent ?who .
    ?report prov:qualifiedAttribution ?fact .
    ?rep gg:report ?report ; gg:toBody ?b .
  }
  OPTIONAL { ?rep gg:meeting ?m . OPTIONAL { ?m schema:startDate ?date } }
  OPTIONAL { ?rep gg:item ?i . OPTIONAL { ?i gg:itemNumber ?number } OPTIONAL { ?i dct:title ?item_title } }
  OPTIONAL { ?rep gg:report ?r . OPTIONAL { ?r dct:title ?report_title } }
}""")
    merged: dict[tuple, dict[str, Any]] = {}
    for r in rows:
        key = (r["fact"], r["rep"], r["role"], r["who"], r["b"])
        m = merged.setdefault(key, {**r, "numbers": set(), "item_titles": set(), "report_titles": set(), "days": set()})
        for col, into in (("number", "numbers"), ("item_title", "item_titles"), ("report_title", "report_titles")):
            if r[col]:
                m[into].add(r[col])
        if r["date"]:
            m["days"].add(r["date"][:10])
    out = []
    for m in merged.values():
        item = ""
        if m["numbers"] or m["item_titles"]:
            number = min(m["numbers"]) if m["numbers"] else ""
            title = min(m["item_titles"]) if m["item_titles"] else ""
            item = f"{number}. {title}" if number and title else (f"item {number}" if number else title)
        report = min(m["report_titles"]) if m["report_titles"] else ""
        m["what"] = report or item or "report"
        m["item_label"] = item
        m["report_label"] = report
        m["day"] = min(m["days"]) if m["days"] else None
        out.append(m)
    return sorted(out, key=lambda m: (m["day"] or "", m["b"], m["what"], m["who"], m["role"], m["fact"], m["rep"]))


def reporting(store) -> nx.MultiDiGraph:
    """Who reported to whom: an edge from each presenter (or author, approver, "from") to the body
    reported to, one per fact, labelled with the report or item and the meeting date."""
    agents, bodies = _agents(store), _bodies(store)
    evidence = _evidence(store, [GG + "Reporting", PROV + "Attribution"])
    g = nx.MultiDiGraph(name="reporting")
    for m in _reportings(store):
        _node(g, m["who"], agents, "person", "person")
        _node(g, m["b"], bodies, "other", "body")
        label = m["what"] + (f" ({m['day']})" if m["day"] else "")
        key = m["fact"] if m["role"] == "presenter" else f"{m['fact']}#{m['role']}@{m['rep']}"
        dated = [(m["day"], p) for p in evidence.get(m["fact"], [])] or [(m["day"], {})]
        g.add_edge(m["who"], m["b"], key=key, **_edge_attrs(
            m["role"], label, dated, m["fact"], item=m["item_label"], report=m["report_label"],
            meeting=m["m"] or ""))
    return g


def _attendance(store) -> list[dict[str, Any]]:
    rows = _rows(store, """
SELECT DISTINCT ?fact ?who ?m ?status ?b ?date WHERE {
  ?fact a gg:Attendance ; gg:person ?who ; gg:meeting ?m ; gg:status ?status .
  OPTIONAL { ?m schema:organizer ?b }
  OPTIONAL { ?m schema:startDate ?date }
}""")
    for r in rows:
        r["status"] = STATUSES.get(r["status"], _local(r["status"]).lower())
        r["date"] = _day(r["date"])
    return sorted(rows, key=lambda r: (r["date"] or "", r["m"], r["who"], r["status"], r["fact"]))


def people_bodies(store) -> nx.Graph:
    """People (and posts named without a person) and the bodies they sit on, report to or hold a
    post in: one edge per person and body, ``relation`` its main relation (chair, member,
    substitute, reported_to, holds_post, invited, in_attendance, apologies), ``relations`` all of
    them, ``weight`` the number of facts, ``meetings`` the number of the body's meetings
    attended (chair, present or substitute), and ``person`` and ``body`` the two ends' IRIs."""
    agents, bodies = _agents(store), _bodies(store)
    facts: dict[tuple[str, str], list[tuple[str, Optional[str], dict[str, Any], str]]] = defaultdict(list)
    attended: dict[tuple[str, str], set[str]] = defaultdict(set)
    person_dates: dict[str, set[str]] = defaultdict(set)
    ev_att = _evidence(store, [GG + "Attendance"])
    for r in _attendance(store):
        if not r["b"]:
            continue
        relation = MEMBERSHIP.get(r["status"], r["status"])
        pieces = ev_att.get(r["fact"], []) or [{}]
        for p in pieces:
            facts[(r["who"], r["b"])].append((relation, r["date"], p, r["fact"]))
        if r["status"] in ("chair", "present", "substitute"):
            attended[(r["who"], r["b"])].add(r["m"])
        if r["date"]:
            person_dates[r["who"]].add(r["date"])
    ev_rep = _evidence(store, [GG + "Reporting", GG + "Report"])
    for m in _reportings(store):
        for p in ev_rep.get(m["fact"], []) or [{}]:
            facts[(m["who"], m["b"])].append(("reported_to", m["day"], {**p, "about": m["what"]}, m["fact"]))
        if m["day"]:
            person_dates[m["who"]].add(m["day"])
    ev_hold = _evidence(store, [GG + "PostHolding"])
    for r in _rows(store, """
SELECT DISTINCT ?h ?who ?post ?post_label ?b ?date WHERE {
  ?h a gg:PostHolding ; gg:holder ?who ; gg:post ?post .
  ?post org:postIn ?b .
  OPTIONAL { ?post skos:prefLabel ?post_label }
  OPTIONAL { ?h gg:statedOn ?date }
}"""):
        day = _day(r["date"])
        for p in ev_hold.get(r["h"], []) or [{}]:
            facts[(r["who"], r["b"])].append(("holds_post", day, {**p, "about": r["post_label"] or ""}, r["h"]))
    g = nx.Graph(name="people and bodies")
    for (who, body) in sorted(facts):
        _node(g, who, agents, "person", "person")
        _node(g, body, bodies, "other", "body")
        items = facts[(who, body)]
        relations = sorted({rel for rel, *_ in items},
                           key=lambda x: RELATION_ORDER.index(x) if x in RELATION_ORDER else len(RELATION_ORDER))
        posts = sorted({p.get("about", "") for rel, _, p, _ in items if rel == "holds_post" and p.get("about")})
        label = relations[0].replace("_", " ")
        if relations[0] == "holds_post" and posts:
            label = posts[0]
        dated = [(day, {**p, "relation": rel}) for rel, day, p, _ in items]
        attrs = _edge_attrs(relations[0], label, dated, min(f for *_, f in items))
        attrs.update(relations="; ".join(relations), weight=len({f for *_, f in items}),
                     meetings=len(attended.get((who, body), ())), posts="; ".join(posts),
                     person=who, body=body)
        g.add_edge(who, body, **attrs)
    for who, days in person_dates.items():
        if who in g:
            g.nodes[who]["dates"] = _span(days)
    return g


def meetings(store) -> list[tuple[str, str, nx.Graph]]:
    """One graph per meeting that has attendance, items or reporting: the meeting, its body,
    the people there (kind = their status: chair, present, apologies, invited, in_attendance,
    substitute, or presenter), its agenda items and who presented them.

    Returns ``(meeting IRI, "Body, YYYY-MM-DD", graph)`` in date order."""
    agents, bodies = _agents(store), _bodies(store)
    info: dict[str, dict[str, Any]] = {}
    for r in _rows(store, """
SELECT DISTINCT ?m ?b ?date ?location WHERE {
  ?m a gg:Meeting .
  OPTIONAL { ?m schema:organizer ?b }
  OPTIONAL { ?m schema:startDate ?date }
  OPTIONAL { ?m schema:location ?location }
}"""):
        i = info.setdefault(r["m"], {"bodies": set(), "dates": set(), "locations": set()})
        for key, col in (("bodies", "b"), ("dates", "date"), ("locations", "location")):
            if r[col]:
                i[key].add(r[col][:10] if col == "date" else r[col])
    ev_meeting = _evidence(store, [GG + "Meeting"])
    ev_att = _evidence(store, [GG + "Attendance"])
    ev_item = _evidence(store, [GG + "AgendaItem"])
    ev_rep = _evidence(store, [GG + "Reporting", GG + "Report"])
    graphs: dict[str, nx.Graph] = {}

    def meeting_graph(m: str) -> nx.Graph:
        if m in graphs:
            return graphs[m]
        i = info.get(m, {"bodies": set(), "dates": set(), "locations": set()})
        body = min(i["bodies"]) if i["bodies"] else None
        day = min(i["dates"]) if i["dates"] else ""
        body_label = bodies[body]["label"] if body in bodies else (_local(body) if body else "Meeting")
        label = f"{body_label}, {day}" if day else body_label
        g = nx.Graph(name=label)
        ev = ev_meeting.get(m, [])
        g.add_node(m, kind="meeting", group="meeting", label=label, iri=m, dates=day, aliases="",
                   location="; ".join(sorted(i["locations"])), evidence=ev, **_first(ev))
        if body:
            _node(g, body, bodies, "other", "body")
            g.add_edge(m, body, **_edge_attrs("organised_by", "meeting of", [(day or None, p) for p in ev] or [(day or None, {})], m))
        g.graph.update(meeting=m, date=day, body=body or "", label=label)
        graphs[m] = g
        return g

    status_of: dict[tuple[str, str], str] = {}
    for r in _attendance(store):
        g = meeting_graph(r["m"])
        _node(g, r["who"], agents, "person", "person")
        current = status_of.get((r["m"], r["who"]))
        if current is None or STATUS_ORDER.index(r["status"]) < STATUS_ORDER.index(current):
            status_of[(r["m"], r["who"])] = r["status"]
        dated = [(r["date"], p) for p in ev_att.get(r["fact"], [])] or [(r["date"], {})]
        if g.has_edge(r["m"], r["who"]):
            g.edges[r["m"], r["who"]]["evidence"].extend({"date": r["date"] or "", **p} for _, p in dated)
            continue
        g.add_edge(r["m"], r["who"], **_edge_attrs(r["status"], r["status"].replace("_", " "), dated, r["fact"]))
    resolutions: dict[str, list[str]] = defaultdict(list)
    for r in _rows(store, "SELECT DISTINCT ?i ?text WHERE { ?res a gg:Resolution ; gg:item ?i ; gg:text ?text }"):
        resolutions[r["i"]].append(r["text"])
    for r in sorted(_rows(store, """
SELECT DISTINCT ?i ?m ?number ?title WHERE {
  ?i a gg:AgendaItem ; gg:meeting ?m .
  OPTIONAL { ?i gg:itemNumber ?number }
  OPTIONAL { ?i dct:title ?title }
}"""), key=lambda r: (r["m"], _item_order(r["number"]), r["title"] or "", r["i"])):
        g = meeting_graph(r["m"])
        if r["i"] in g:
            continue
        number, title = r["number"] or "", r["title"] or ""
        label = f"{number}. {title}" if number and title else (f"Item {number}" if number else title or _local(r["i"]))
        ev = ev_item.get(r["i"], [])
        g.add_node(r["i"], kind="item", group="item", label=label, iri=r["i"], dates=g.graph["date"], aliases="",
                   resolved=" | ".join(sorted(resolutions.get(r["i"], []))), evidence=ev, **_first(ev))
        g.add_edge(r["m"], r["i"], **_edge_attrs("item", "agenda item", [(g.graph["date"] or None, p) for p in ev] or [(None, {})], r["i"]))
    for rep in _reportings(store):
        if not rep["m"]:
            continue
        g = meeting_graph(rep["m"])
        _node(g, rep["who"], agents, "person", "person")
        status_of.setdefault((rep["m"], rep["who"]), "presenter")
        target = rep["i"] if rep["i"] and rep["i"] in g else rep["m"]
        dated = [(rep["day"], p) for p in ev_rep.get(rep["fact"], [])] or [(rep["day"], {})]
        relation = "presented" if rep["role"] == "presenter" else rep["role"]
        if g.has_edge(rep["who"], target):
            edge = g.edges[rep["who"], target]
            if target == rep["m"]:  # attended and presented with no item: one edge says both
                edge["relation"] = f"{edge['relation']}; {relation}"
                edge["label"] = f"{edge['label']}; {relation} {rep['what']}"
            edge["weight"] += 1
            edge["evidence"].extend({"date": d or "", **p} for d, p in dated if p)
            continue
        g.add_edge(rep["who"], target, **_edge_attrs(relation, rep["what"], dated, rep["fact"]))
    for (m, who), status in status_of.items():
        graphs[m].nodes[who]["kind"] = status
        graphs[m].nodes[who]["person_kind"] = agents.get(who, {}).get("kind", "person")
    return [(m, g.graph["label"], g) for m, g in sorted(graphs.items(), key=lambda x: (x[1].graph["date"], x[1].graph["label"], x[0]))]


def _item_order(number: Optional[str]) -> tuple:
    if not number:
        return (1, 0, "")
    digits = re.match(r"\d+", number)
    return (0, int(digits.group()) if digits else 0, number)


__all__ = ["body_relations", "people_bodies", "reporting", "meetings", "RELATIONS", "STATUSES"]
