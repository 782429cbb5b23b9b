"""Time govgraph.graph.validate.validate on synthetic, valid governance graphs.

    python tools/bench_validate.py            # sizes of about 3k, 10k and 30k triples
    python tools/bench_validate.py 5000       # one size (triples, roughly)

Each meeting brings a body, ten people, ten attendances, three items, a reporting, a resolution
and a body relation, all with evidence (about 250 triples, plus 20 bodies and 200 people). Prints the seconds per call (best of
three) for the pyshacl settings validate() could use.
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta

from rdflib import BNode, Graph, Literal, Namespace

from govgraph.graph.validate import validate
from govgraph.ontology.namespace import DCT, FOAF, GG, OA, ORG, RDF, SCHEMA, SKOS, XSD, bind_prefixes

ID = Namespace("https://w3id.org/govgraph/id/")
STATUSES = [GG.Chair, GG.Present, GG.Apologies, GG.Invited, GG.InAttendance]


def synthetic(meetings: int) -> Graph:
    g = bind_prefixes(Graph())
    doc = ID["document/" + "0" * 64]
    g.add((doc, RDF.type, GG.Document))
    g.add((doc, GG.sha256, Literal("0" * 64)))
    g.add((doc, DCT.title, Literal("synthetic.txt")))
    pos = [0]

    def ev(subject):
        e, p, q = BNode(), BNode(), BNode()
        start = pos[0]
        pos[0] += 20
        g.add((subject, GG.evidence, e))
        g.add((e, RDF.type, OA.SpecificResource))
        g.add((e, OA.hasSource, doc))
        g.add((e, OA.hasSelector, p))
        g.add((e, OA.hasSelector, q))
        g.add((p, RDF.type, OA.TextPositionSelector))
        g.add((p, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((p, OA.end, Literal(start + 20, datatype=XSD.nonNegativeInteger)))
        g.add((q, RDF.type, OA.TextQuoteSelector))
        g.add((q, OA.exact, Literal(f"quote {start}")))

    topic = ID["topic/safeguarding"]
    g.add((topic, RDF.type, SKOS.Concept))
    g.add((topic, SKOS.prefLabel, Literal("safeguarding")))
    g.add((topic, SKOS.inScheme, GG.topics))
    for b in range(20):
        body = ID[f"body/b{b}"]
        g.add((body, RDF.type, ORG.Organization))
        g.add((body, SKOS.prefLabel, Literal(f"Body {b}")))
        g.add((body, GG.bodyKind, Literal("board")))
        ev(body)
    for n in range(200):
        person = ID[f"person/p{n}"]
        g.add((person, RDF.type, FOAF.Person))
        g.add((person, FOAF.name, Literal(f"Person {n}")))
        ev(person)
    for m in range(meetings):
        body = ID[f"body/b{m % 20}"]
        meeting = ID[f"meeting/m{m}"]
        g.add((meeting, RDF.type, GG.Meeting))
        g.add((meeting, SCHEMA.organizer, body))
        g.add((meeting, SCHEMA.startDate, Literal(date(2010, 1, 1) + timedelta(days=m))))
        ev(meeting)
        for i in range(10):
            person = ID[f"person/p{(m * 7 + i) % 200}"]
            att = ID[f"attendance/m{m}-{i}"]
            g.add((att, RDF.type, GG.Attendance))
            g.add((att, GG.person, person))
            g.add((att, GG.meeting, meeting))
            g.add((att, GG.status, STATUSES[i % 5]))
            ev(att)
        for n in range(3):
            item = ID[f"item/m{m}-{n}"]
            g.add((item, RDF.type, GG.AgendaItem))
            g.add((item, GG.meeting, meeting))
            g.add((item, GG.itemNumber, Literal(str(n + 1))))
            g.add((item, DCT.title, Literal(f"Item {n}")))
            g.add((item, DCT.subject, topic))
            ev(item)
        rep = ID[f"reporting/m{m}"]
        g.add((rep, RDF.type, GG.Reporting))
        g.add((rep, GG.presenter, ID[f"person/p{(m * 7) % 200}"]))
        g.add((rep, GG.item, ID[f"item/m{m}-0"]))
        g.add((rep, GG.toBody, body))
        g.add((rep, GG.meeting, meeting))
        ev(rep)
        res = ID[f"resolution/m{m}"]
        g.add((res, RDF.type, GG.Resolution))
        g.add((res, GG.meeting, meeting))
        g.add((res, GG.item, ID[f"item/m{m}-0"]))
        g.add((res, GG.text, Literal("the report be noted")))
        g.add((res, GG.requestsReport, Literal(m % 3 == 0)))
        ev(res)
        rel = ID[f"relation/m{m}"]
        target = ID[f"body/b{(m + 1) % 20}"]
        g.add((rel, RDF.type, GG.BodyRelation))
        g.add((rel, GG.source, body))
        g.add((rel, GG.target, target))
        g.add((rel, GG.relationType, ORG.reportsTo))
        g.add((body, ORG.reportsTo, target))
        ev(rel)
    return g


def best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [3000, 10000, 30000]
    validate(synthetic(1))  # import pyshacl and parse the shapes once
    print(f"{'triples':>8} {'none':>8} {'none+ont':>9} {'rdfs+ont':>9}")
    for size in sizes:
        g = synthetic(max(1, (size - 2400) // 250))
        ok, report = validate(g)
        assert ok and "0 warnings" in report, report
        row = [
            best(lambda: validate(g)),
            best(lambda: validate(g, with_ontology=True)),
            best(lambda: validate(g, inference="rdfs", with_ontology=True), repeat=1),
        ]
        print(f"{len(g):>8} " + " ".join(f"{t:>8.2f}s" for t in row))


if __name__ == "__main__":
    main(sys.argv[1:])
