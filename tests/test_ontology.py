"""The ontology, the shapes, the generated GG namespace and validate() (issue 3)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

from govgraph.graph.validate import validate
from govgraph.ontology import generate
from govgraph.ontology.namespace import DCT, FOAF, GG, OA, ORG, PROV, SCHEMA, SKOS, XSD, bind_prefixes

ONTO_DIR = Path(generate.__file__).parent
ID = Namespace("https://w3id.org/govgraph/id/")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTO_DIR / "govgraph.ttl")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTO_DIR / "shapes.ttl")


def declared(ontology: Graph) -> set[str]:
    ns = str(GG._NS)
    return {str(s)[len(ns):] for s in ontology.subjects(RDF.type, None) if str(s).startswith(ns)}


# --- ontology and namespace -------------------------------------------------------------------


def test_ontology_header(ontology):
    onto = URIRef("https://w3id.org/govgraph/ns")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(onto, OWL.versionInfo) is not None
    assert not list(ontology.objects(onto, OWL.imports)), "no network: document vocabularies with rdfs:seeAlso"
    assert URIRef("http://www.w3.org/ns/org#") in set(ontology.objects(onto, RDFS.seeAlso))


def test_every_gg_term_in_the_readme_is_declared(ontology):
    spec = (ONTO_DIR / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"\bgg:([A-Za-z][A-Za-z0-9]*)", spec))
    assert used, "README names no gg: terms?"
    assert used - declared(ontology) == set()


def test_the_terms_of_the_brief_are_declared(ontology):
    expected = set(
        "Document Meeting AgendaItem Report Attendance AttendanceStatus Chair Present Apologies Invited "
        "InAttendance PostHolding Reporting Resolution BodyRelation evidence acronym bodyKind sha256 meeting "
        "itemNumber author approver contact from person status holder post statedIn statedOn presenter item "
        "report toBody text requestsReport source target relationType updates partnerOf scrutinises appoints "
        "delegatesTo referencedIn possiblySameAs topics".split()
    )
    assert expected <= declared(ontology)


def test_every_gg_term_has_label_and_comment(ontology):
    for name in sorted(declared(ontology)):
        term = GG[name]
        assert ontology.value(term, RDFS.label), f"gg:{name} has no rdfs:label"
        assert ontology.value(term, RDFS.comment), f"gg:{name} has no rdfs:comment"


def test_every_gg_term_mentioned_in_the_ontology_is_declared(ontology):
    ns = str(GG._NS)
    mentioned = {str(t)[len(ns):] for triple in ontology for t in triple if isinstance(t, URIRef) and str(t).startswith(ns)}
    assert mentioned - declared(ontology) == set()


def test_standard_vocabularies_are_extended(ontology):
    assert (GG.Meeting, RDFS.subClassOf, SCHEMA.Event) in ontology
    assert (GG.Document, RDFS.subClassOf, PROV.Entity) in ontology
    assert (GG.AttendanceStatus, RDFS.subClassOf, SKOS.Concept) in ontology
    for rel in (GG.updates, GG.partnerOf, GG.scrutinises, GG.appoints, GG.delegatesTo):
        assert (rel, RDFS.subPropertyOf, ORG.linkedTo) in ontology
        assert (rel, RDFS.domain, ORG.Organization) in ontology and (rel, RDFS.range, ORG.Organization) in ontology
    statuses = {str(ontology.value(s, SKOS.notation)) for s in ontology.subjects(RDF.type, GG.AttendanceStatus)}
    assert statuses == {"chair", "present", "apologies", "invited", "in_attendance"}  # records.Status


def test_namespace_module_is_up_to_date(ontology):
    current = generate.MODULE.read_text(encoding="utf-8")
    assert current == generate.render(ontology), "run: python -m govgraph.ontology.generate"


def test_namespace_has_every_term_and_rejects_typos(ontology):
    for name in declared(ontology):
        assert GG[name] == URIRef(str(GG._NS) + name)
        if name.isidentifier() and name != "from":
            assert getattr(GG, name) == GG[name]
    assert GG["from"] == URIRef("https://w3id.org/govgraph/ns#from")
    with pytest.raises(AttributeError):
        GG.Meetng  # noqa: B018
    with pytest.raises(AttributeError):
        GG["meetng"]


def test_bind_prefixes_uses_http_schema_org():
    g = bind_prefixes(Graph())
    assert dict(g.namespaces())["schema"] == URIRef("http://schema.org/")
    assert g.namespace_manager.qname(GG.Meeting) == "gg:Meeting"
    assert g.namespace_manager.qname(OA.hasSelector) == "oa:hasSelector"


def test_shapes_parse_and_name_every_node_shape(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert all(isinstance(s, URIRef) for s in node_shapes)
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in (GG.Document, ORG.Organization, FOAF.Person, ORG.Post, GG.Meeting, GG.AgendaItem, GG.Report,
                GG.Attendance, GG.PostHolding, GG.Reporting, GG.Resolution, GG.BodyRelation,
                OA.SpecificResource, OA.TextPositionSelector, OA.TextQuoteSelector, SKOS.Concept,
                PROV.Attribution):
        assert cls in targets, cls


def test_every_nary_fact_shape_requires_evidence(shapes):
    for cls in (GG.Attendance, GG.PostHolding, GG.Reporting, GG.Resolution, GG.BodyRelation):
        shape = next(shapes.subjects(SH.targetClass, cls))
        props = list(shapes.objects(shape, SH.property))
        assert any(
            shapes.value(p, SH.path) == GG.evidence and shapes.value(p, SH.minCount) == Literal(1)
            and shapes.value(p, SH.severity) in (None, SH.Violation)
            for p in props
        ), cls


def test_package_data_ships_the_turtle():
    from importlib.resources import files

    for name in ("govgraph.ttl", "shapes.ttl"):
        assert files("govgraph.ontology").joinpath(name).is_file()


# --- validation ---------------------------------------------------------------------------------

SHA = "a" * 64


def evidence(g: Graph, doc: URIRef, start: int, end: int, quote: str):
    ev, pos, q = BNode(), BNode(), BNode()
    g.add((ev, RDF.type, OA.SpecificResource))
    g.add((ev, OA.hasSource, doc))
    g.add((ev, OA.hasSelector, pos))
    g.add((ev, OA.hasSelector, q))
    g.add((pos, RDF.type, OA.TextPositionSelector))
    g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
    g.add((q, RDF.type, OA.TextQuoteSelector))
    g.add((q, OA.exact, Literal(quote)))
    return ev


def small_graph() -> Graph:
    """One document, body, meeting, person and an attendance with evidence: everything valid."""
    g = bind_prefixes(Graph())
    doc, body, meeting = ID["document/" + SHA], ID["body/health-select-commission"], ID["meeting/health-select-commission-2014-03-06"]
    person, att = ID["person/john-smith"], ID["attendance/health-select-commission-2014-03-06-john-smith"]
    g.add((doc, RDF.type, GG.Document))
    g.add((doc, GG.sha256, Literal(SHA)))
    g.add((doc, DCT.title, Literal("minutes.pdf")))
    g.add((doc, DCT.source, Literal("examples/docs/minutes.pdf")))
    g.add((body, RDF.type, ORG.Organization))
    g.add((body, SKOS.prefLabel, Literal("Health Select Commission")))
    g.add((body, GG.bodyKind, Literal("committee")))
    g.add((body, GG.evidence, evidence(g, doc, 0, 24, "Health Select Commission")))
    g.add((meeting, RDF.type, GG.Meeting))
    g.add((meeting, SCHEMA.organizer, body))
    g.add((meeting, SCHEMA.startDate, Literal(date(2014, 3, 6))))
    g.add((meeting, SCHEMA.location, Literal("Town Hall")))
    g.add((meeting, GG.evidence, evidence(g, doc, 0, 40, "Health Select Commission 6th March 2014")))
    g.add((person, RDF.type, FOAF.Person))
    g.add((person, FOAF.name, Literal("John Smith")))
    g.add((person, GG.evidence, evidence(g, doc, 60, 70, "John Smith")))
    g.add((att, RDF.type, GG.Attendance))
    g.add((att, GG.person, person))
    g.add((att, GG.meeting, meeting))
    g.add((att, GG.status, GG.Chair))
    g.add((att, PROV.wasDerivedFrom, doc))
    g.add((att, GG.evidence, evidence(g, doc, 50, 70, "Councillor John Smith")))
    return g


def test_small_valid_graph_conforms():
    ok, report = validate(small_graph())
    assert ok, report
    assert report.startswith("Conforms: yes")


def test_attendance_missing_status_fails_naming_the_shape():
    g = small_graph()
    g.remove((None, GG.status, None))
    ok, report = validate(g)
    assert not ok
    assert re.search(r"Violation ggsh:AttendanceShape gg:status .*attendance", report), report


def test_unknown_status_fails():
    g = small_graph()
    g.set((ID["attendance/health-select-commission-2014-03-06-john-smith"], GG.status, GG.Meeting))
    ok, report = validate(g)
    assert not ok and "ggsh:AttendanceShape gg:status" in report, report


def test_meeting_without_date_fails_naming_the_shape():
    g = small_graph()
    g.remove((None, SCHEMA.startDate, None))
    ok, report = validate(g)
    assert not ok
    assert "Violation ggsh:MeetingShape schema:startDate" in report, report


def test_meeting_date_must_be_an_xsd_date():
    g = small_graph()
    g.set((ID["meeting/health-select-commission-2014-03-06"], SCHEMA.startDate, Literal("6 March 2014")))
    ok, report = validate(g)
    assert not ok and "ggsh:MeetingShape schema:startDate" in report, report


def test_fact_without_evidence_fails_naming_the_shape():
    g = small_graph()
    g.remove((ID["attendance/health-select-commission-2014-03-06-john-smith"], GG.evidence, None))
    ok, report = validate(g)
    assert not ok
    assert "Violation ggsh:AttendanceShape gg:evidence" in report, report


def test_evidence_needs_both_selectors_and_ordered_offsets():
    g = small_graph()
    quote = next(g.subjects(RDF.type, OA.TextQuoteSelector))
    g.remove((None, OA.hasSelector, quote))
    pos = next(g.subjects(RDF.type, OA.TextPositionSelector))
    g.set((pos, OA.start, Literal(99, datatype=XSD.nonNegativeInteger)))
    ok, report = validate(g)
    assert not ok
    assert "ggsh:EvidenceShape oa:hasSelector" in report, report
    assert "ggsh:TextPositionSelectorShape oa:start" in report, report


def test_person_without_evidence_is_only_a_warning():
    g = small_graph()
    g.remove((ID["person/john-smith"], GG.evidence, None))
    ok, report = validate(g)
    assert ok, report
    assert "Warning ggsh:PersonShape gg:evidence" in report
    assert report.startswith("Conforms: yes (0 violations, 1 warnings)")


def test_reporting_needs_item_or_report_and_the_direct_relation_triple():
    g = small_graph()
    doc, body, meeting = ID["document/" + SHA], ID["body/health-select-commission"], ID["meeting/health-select-commission-2014-03-06"]
    rep, rel, other = ID["reporting/r1"], ID["relation/b1"], ID["body/health-and-wellbeing-board"]
    g.add((rep, RDF.type, GG.Reporting))
    g.add((rep, GG.presenter, ID["person/john-smith"]))
    g.add((rep, GG.toBody, body))
    g.add((rep, GG.meeting, meeting))
    g.add((rep, GG.evidence, evidence(g, doc, 80, 100, "John Smith presented")))
    g.add((other, RDF.type, ORG.Organization))
    g.add((other, SKOS.prefLabel, Literal("Health and Wellbeing Board")))
    g.add((other, GG.bodyKind, Literal("board")))
    g.add((other, GG.evidence, evidence(g, doc, 120, 146, "Health and Wellbeing Board")))
    g.add((rel, RDF.type, GG.BodyRelation))
    g.add((rel, GG.source, body))
    g.add((rel, GG.target, other))
    g.add((rel, GG.relationType, ORG.reportsTo))
    g.add((rel, GG.evidence, evidence(g, doc, 100, 146, "reports to the Health and Wellbeing Board")))
    ok, report = validate(g)
    assert not ok
    assert "Violation ggsh:ReportingShape" in report, report
    assert "Violation ggsh:BodyRelationShape" in report and "direct triple" in report, report
    item = ID["item/health-select-commission-2014-03-06-1"]
    g.add((item, RDF.type, GG.AgendaItem))
    g.add((item, GG.meeting, meeting))
    g.add((item, GG.itemNumber, Literal("1")))
    g.add((item, DCT.title, Literal("Health and Wellbeing Strategy")))
    g.add((item, GG.evidence, evidence(g, doc, 150, 180, "1. Health and Wellbeing Strategy")))
    g.add((rep, GG.item, item))
    g.add((body, ORG.reportsTo, other))
    ok, report = validate(g)
    assert ok, report


def test_report_attribution_needs_a_known_role_and_the_direct_triple():
    g = small_graph()
    doc, report, who = ID["document/" + SHA], ID["report/health-strategy"], ID["person/john-smith"]
    fact = ID["attribution/a1"]
    g.add((report, RDF.type, GG.Report))
    g.add((report, DCT.title, Literal("Health Strategy")))
    g.add((report, GG.evidence, evidence(g, doc, 200, 215, "Health Strategy")))
    g.add((report, PROV.qualifiedAttribution, fact))
    g.add((fact, RDF.type, PROV.Attribution))
    g.add((fact, PROV.agent, who))
    g.add((fact, PROV.hadRole, GG.ApproverRole))
    g.add((fact, GG.evidence, evidence(g, doc, 220, 250, "Approved by: John Smith")))
    ok, report_text = validate(g)
    assert not ok
    assert "Violation ggsh:AttributionShape" in report_text and "direct triple" in report_text, report_text
    g.add((report, GG.approver, who))
    ok, report_text = validate(g)
    assert ok, report_text
    g.set((fact, PROV.hadRole, GG.Chair))  # not a report role
    ok, report_text = validate(g)
    assert not ok and "ggsh:AttributionShape prov:hadRole" in report_text, report_text


def test_unusable_shapes_raise_a_clear_error(monkeypatch):
    import govgraph.graph.validate as V

    bad = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s> a sh:NodeShape ; sh:targetClass <urn:C> ;
            sh:sparql [ sh:select "SELECT $this WHERE { VALUES ?x { 1 } }" ] .""", format="turtle")
    monkeypatch.setattr(V, "shapes_graph", lambda: bad)
    g = Graph()
    g.add((URIRef("urn:a"), RDF.type, URIRef("urn:C")))
    with pytest.raises(ValueError, match="SHACL shapes cannot be used"):
        validate(g)


def test_dataset_is_checked_graph_by_graph():
    ds = Dataset()
    good = ds.graph(ID["document/" + SHA])
    for t in small_graph():
        good.add(t)
    bad = ds.graph(ID["document/" + "b" * 64])
    for t in small_graph():
        bad.add(t)
    bad.remove((None, SCHEMA.startDate, None))
    ok, report = validate(ds)
    assert not ok
    lines = [line for line in report.splitlines()[1:] if "Violation" in line]
    assert lines and all(line.startswith(f"<{ID['document/' + 'b' * 64]}>") for line in lines), report
    ok, report = validate(ds, union=True)  # the same document twice: one date, no longer missing
    assert ok, report
