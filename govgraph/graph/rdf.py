"""One document's records as RDF triples (its named graph), by the spec in ontology/README.md.

Every individual gets a deterministic IRI (``iris.Minter``) from its build-wide identity
(``identity.Identities``); every n-ary fact, meeting, item, person and body carries
``gg:evidence``: a Web Annotation specific resource with a text position and a text quote
selector into the document's normalised text.
"""

from __future__ import annotations

import re
from typing import Optional

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, SKOS

from govgraph.graph.identity import Identities
from govgraph.graph.iris import Minter
from govgraph.ontology.namespace import GG, OA, SCHEMA, XSD, bind_prefixes
from govgraph.records import Evidence, Extraction


def post_label(title: str) -> str:
    """A post's preferred label: white space collapsed, "&" written "and"."""
    return re.sub(r"\s*&\s*", " and ", " ".join(title.split()))

STATUS = {"chair": GG.Chair, "present": GG.Present, "apologies": GG.Apologies, "invited": GG.Invited,
          "in_attendance": GG.InAttendance}
RELATION = {"reports_to": ORG.reportsTo, "sub_group_of": ORG.subOrganizationOf, "updates": GG.updates,
            "partner_of": GG.partnerOf, "scrutinises": GG.scrutinises, "appoints": GG.appoints,
            "delegates_to": GG.delegatesTo}
AUTHOR = {"author": GG.author, "approver": GG.approver, "contact": GG.contact, "from": GG["from"],
          "lead_director": GG.approver}
# the prov:hadRole of each direct author property's qualified form (a prov:Attribution)
AUTHOR_ROLE = {GG.author: GG.AuthorRole, GG.approver: GG.ApproverRole, GG.contact: GG.ContactRole,
               GG["from"]: GG.FromRole}
BODY_CLASS = {"directorate": ORG.OrganizationalUnit, "service": ORG.OrganizationalUnit,
              "partnership": ORG.OrganizationalCollaboration}


def bind(g: Graph) -> Graph:
    return bind_prefixes(g)


def document_iri(minter: Minter, name: str) -> URIRef:
    """A document keeps its IRI (and named graph) when its content changes: keyed by file name."""
    return URIRef(minter.iri("document", name))


class DocumentGraph:
    """Builds the triples of one document."""

    def __init__(self, ex: Extraction, sha256: str, path: str, ids: Identities, minter: Minter,
                 key: Optional[str] = None):
        self.ex, self.ids, self.m = ex, ids, minter
        # IRIs are minted from the document's unique key; its title stays the name people know.
        self.key = key or ex.doc
        self.g = Graph()
        self.doc = document_iri(minter, self.key)
        self._add_document(sha256, path)
        self.date = next((m.date for m in ex.meetings if not m.referenced), None)
        self._person_names = self._index_people()

    # ---------------------------------------------------------------- helpers
    def add(self, s, p, o) -> None:
        self.g.add((s, p, o))

    def evidence(self, subject: URIRef, ev: Optional[Evidence]) -> None:
        if ev is None:
            return
        node = URIRef(self.m.fact("evidence", self.key, ev.start, ev.end))
        pos = URIRef(f"{node}-position")
        quote = URIRef(f"{node}-quote")
        self.add(subject, GG.evidence, node)
        self.add(subject, PROV.wasDerivedFrom, self.doc)
        self.add(node, RDF.type, OA.SpecificResource)
        self.add(node, OA.hasSource, self.doc)
        self.add(node, OA.hasSelector, pos)
        self.add(node, OA.hasSelector, quote)
        self.add(pos, RDF.type, OA.TextPositionSelector)
        self.add(pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger))
        self.add(pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger))
        self.add(quote, RDF.type, OA.TextQuoteSelector)
        self.add(quote, OA.exact, Literal(ev.quote))

    def body(self, name: str, ev: Optional[Evidence] = None) -> URIRef:
        key = self.ids.body(name)
        iri = URIRef(self.m.iri("body", key))
        ident = self.ids.bodies[key]
        self.add(iri, RDF.type, ORG.Organization)
        self.add(iri, SKOS.prefLabel, Literal(ident.label))
        self.add(iri, GG.bodyKind, Literal(ident.kind))
        if ident.kind in BODY_CLASS:
            self.add(iri, RDF.type, BODY_CLASS[ident.kind])
        if name.strip() != ident.label:
            self.add(iri, SKOS.altLabel, Literal(name.strip()))
        return iri

    def person_or_post(self, who: str) -> URIRef:
        """A person when the document names one this way, else the post as written."""
        key = self._person_names.get(who.lower())
        if key is None and re.search(r"[A-Z]", who) and not re.match(r"(?i)^(the\s+)", who):
            key = self.ids.person(who) if len(who.split()) <= 4 else None
        if key is not None:
            return self.person_iri(key)
        return self.post(re.sub(r"(?i)^the\s+", "", who.strip()), None)

    def person_iri(self, key: str) -> URIRef:
        iri = URIRef(self.m.iri("person", key))
        ident = self.ids.people[key]
        self.add(iri, RDF.type, FOAF.Person)
        self.add(iri, FOAF.name, Literal(ident.label))
        return iri

    def post(self, title: str, organisation: Optional[str]) -> URIRef:
        iri = URIRef(self.m.iri("post", title, organisation or ""))
        self.add(iri, RDF.type, ORG.Post)
        # Titles that mint one IRI ("Head of Planning & Transport", "... and Transport") give it one
        # preferred label: "and" for "&", and the first form this document wrote; others are altLabels.
        # A post held in an organisation is labelled with it, as its IRI is minted: "Officer" of
        # "Corporate Services" and "Officer, Corporate Services" as one list wrote it are one post.
        label = post_label(f"{title.strip()}, {organisation.strip()}" if organisation else title)
        first = self.g.value(iri, SKOS.prefLabel)
        if first is None:
            self.add(iri, SKOS.prefLabel, Literal(label))
        elif str(first) != label:
            self.add(iri, SKOS.altLabel, Literal(label))
        if title.strip() != label:
            self.add(iri, SKOS.altLabel, Literal(title.strip()))
        if organisation:
            self.add(iri, ORG.postIn, self.body(organisation))
        return iri

    def meeting(self, body: str, date: str) -> URIRef:
        b = self.body(body)
        iri = URIRef(self.m.iri("meeting", self.ids.body(body), date))
        self.add(iri, RDF.type, GG.Meeting)
        self.add(iri, SCHEMA.organizer, b)
        self.add(iri, SCHEMA.startDate, Literal(date, datatype=XSD.date))
        return iri

    def meeting_on(self, date: str) -> Optional[URIRef]:
        """The meeting a row's date refers to: recorded meetings of this document first."""
        for m in self.ex.meetings:
            if m.date == date and not m.referenced:
                return self.meeting(m.body, m.date)
        for m in self.ex.meetings:
            if m.date == date:
                return self.meeting(m.body, m.date)
        return None

    def item_iri(self, meeting: URIRef, date: str, number: Optional[str], title: str) -> URIRef:
        return URIRef(self.m.iri("item", str(meeting).rsplit("/", 1)[-1], number or title))

    def topic(self, phrase: str) -> URIRef:
        iri = URIRef(self.m.iri("topic", phrase))
        self.add(iri, RDF.type, SKOS.Concept)
        self.add(iri, SKOS.prefLabel, Literal(phrase))
        self.add(iri, SKOS.inScheme, GG.topics)
        return iri

    # ---------------------------------------------------------------- records
    def _add_document(self, sha256: str, path: str) -> None:
        self.add(self.doc, RDF.type, GG.Document)
        self.add(self.doc, DCTERMS.title, Literal(self.ex.doc))
        self.add(self.doc, DCTERMS.source, Literal(path))
        self.add(self.doc, GG.sha256, Literal(sha256))

    def _index_people(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for p in self.ex.people:
            key = self.ids.person(p.name)
            if key is None:
                continue
            for form in [p.name] + p.aliases:
                names.setdefault(form.lower(), key)
        return names

    def build(self) -> Graph:
        ex = self.ex
        for b in ex.bodies:
            iri = self.body(b.name, b.evidence)
            for a in b.aliases:
                self.add(iri, SKOS.altLabel, Literal(a))
            for a in b.acronyms:
                self.add(iri, GG.acronym, Literal(a))
            self.evidence(iri, b.evidence)
        for m in ex.meetings:
            iri = self.meeting(m.body, m.date)
            if m.venue:
                self.add(iri, SCHEMA.location, Literal(m.venue))
            if m.referenced:
                self.add(iri, RDF.type, GG.ReferencedMeeting)
                self.add(iri, GG.referencedIn, self.doc)
            self.evidence(iri, m.evidence)  # where it is recorded, or where it is mentioned
        for p in ex.people:
            key = self.ids.person(p.name)
            if key is None:
                continue
            iri = self.person_iri(key)
            for a in sorted(set(p.aliases) | {p.name}):
                if a != self.ids.people[key].label:
                    self.add(iri, SKOS.altLabel, Literal(a))
            self.evidence(iri, p.evidence)
            for r in p.roles:
                if not r.role:
                    if r.organisation:
                        self.add(iri, ORG.memberOf, self.body(r.organisation))
                    continue
                post = self.post(r.role, r.organisation)
                self.add(iri, ORG.holds, post)
                self.add(post, ORG.heldBy, iri)
                fact = URIRef(self.m.fact("holding", self.key, key, r.role, r.organisation))
                self.add(fact, RDF.type, GG.PostHolding)
                self.add(fact, GG.holder, iri)
                self.add(fact, GG.post, post)
                self.add(fact, GG.statedIn, self.doc)
                if self.date:
                    self.add(fact, GG.statedOn, Literal(self.date, datatype=XSD.date))
                self.evidence(fact, r.evidence)
        items: dict[tuple[str, str], URIRef] = {}
        item_titles: dict[URIRef, str] = {}
        for a in ex.agenda_items:
            meeting = self.meeting_on(a.meeting_date)
            if meeting is None:
                continue
            iri = self.item_iri(meeting, a.meeting_date, a.number, a.title)
            items[(a.meeting_date, a.number or a.title)] = iri
            item_titles[iri] = a.title
            self.add(iri, RDF.type, GG.AgendaItem)
            self.add(iri, GG.meeting, meeting)
            self.add(iri, DCTERMS.title, Literal(a.title))
            if a.number:
                self.add(iri, GG.itemNumber, Literal(a.number))
            for t in a.topics:
                self.add(iri, DCTERMS.subject, self.topic(t))
            self.evidence(iri, a.evidence)
        for a in ex.attendance:
            meeting = self.meeting_on(a.meeting_date)
            if meeting is None:
                continue
            who = self.person_or_post(a.person)
            fact = URIRef(self.m.fact("attendance", str(meeting), str(who), a.status))
            self.add(fact, RDF.type, GG.Attendance)
            self.add(fact, GG.person, who)
            self.add(fact, GG.meeting, meeting)
            self.add(fact, GG.status, STATUS[a.status])
            self.evidence(fact, a.evidence)
        reports: dict[str, URIRef] = {}
        for a in ex.report_authors:
            rep = reports.setdefault(a.report, self._report(a.report))
            who, relation = self.person_or_post(a.person), AUTHOR.get(a.relation, GG.contact)
            self.add(rep, relation, who)
            # the same statement as an n-ary fact, so that its evidence is the sentence naming
            # this person (on the report, an approver's row would also get the author's line)
            fact = URIRef(self.m.fact("attribution", self.key, str(rep), str(who), str(relation)))
            self.add(rep, PROV.qualifiedAttribution, fact)
            self.add(fact, RDF.type, PROV.Attribution)
            self.add(fact, PROV.agent, who)
            self.add(fact, PROV.hadRole, AUTHOR_ROLE[relation])
            self.add(fact, PROV.wasDerivedFrom, self.doc)
            self.evidence(fact, a.evidence)
        for r in ex.reported:
            meeting = self.meeting_on(r.meeting_date)
            fact = URIRef(self.m.fact("reporting", self.key, r.presenter, r.item, r.meeting_date))
            self.add(fact, RDF.type, GG.Reporting)
            self.add(fact, GG.presenter, self.person_or_post(r.presenter))
            self.add(fact, GG.toBody, self.body(r.to_body))
            if meeting is not None:
                self.add(fact, GG.meeting, meeting)
            item = items.get((r.meeting_date, r.item))
            if item is not None:
                self.add(fact, GG.item, item)
                # the report this item discusses, when the document names its authors
                # ("The report had been produced by ..." under that item): cq01 then lists them
                if item_titles[item] in reports:
                    self.add(fact, GG.report, reports[item_titles[item]])
            else:
                rep = reports.setdefault(r.item, self._report(r.item))
                self.add(fact, GG.report, rep)
                self.evidence(rep, r.evidence)
            self.evidence(fact, r.evidence)
        for r in ex.resolutions:
            meeting = self.meeting_on(r.meeting_date)
            fact = URIRef(self.m.fact("resolution", self.key, r.meeting_date, r.item, r.evidence.start if r.evidence else r.text))
            self.add(fact, RDF.type, GG.Resolution)
            self.add(fact, GG.text, Literal(r.text))
            self.add(fact, GG.requestsReport, Literal(r.requests_report))
            if meeting is not None:
                self.add(fact, GG.meeting, meeting)
            item = items.get((r.meeting_date, r.item)) if r.item else None
            if item is not None:
                self.add(fact, GG.item, item)
            self.evidence(fact, r.evidence)
        for r in ex.body_relations:
            src, dst = self.body(r.source), self.body(r.target)
            if src == dst:
                continue
            rel = RELATION[r.relation]
            self.add(src, rel, dst)
            fact = URIRef(self.m.fact("relation", self.key, str(src), r.relation, str(dst)))
            self.add(fact, RDF.type, GG.BodyRelation)
            self.add(fact, GG.source, src)
            self.add(fact, GG.target, dst)
            self.add(fact, GG.relationType, rel)
            self.evidence(fact, r.evidence)
        return self.g

    def _report(self, title: str) -> URIRef:
        iri = URIRef(self.m.iri("report", title))
        self.add(iri, RDF.type, GG.Report)
        self.add(iri, DCTERMS.title, Literal(title))
        self.add(iri, PROV.wasDerivedFrom, self.doc)
        return iri


def identity_graph(ids: Identities, minter: Minter) -> Graph:
    """Labels of every merged identity and the ambiguities kept explicit."""
    g = Graph()
    for key, ident in sorted(ids.people.items()):
        iri = URIRef(minter.iri("person", key))
        g.add((iri, RDF.type, FOAF.Person))
        g.add((iri, FOAF.name, Literal(ident.label)))
        for a in sorted(ident.aliases):
            if a != ident.label:
                g.add((iri, SKOS.altLabel, Literal(a)))
    for a, b in sorted(ids.ambiguous):
        g.add((URIRef(minter.iri("person", a)), GG.possiblySameAs, URIRef(minter.iri("person", b))))
    for key, ident in sorted(ids.bodies.items()):
        iri = URIRef(minter.iri("body", key))
        g.add((iri, RDF.type, ORG.Organization))
        g.add((iri, SKOS.prefLabel, Literal(ident.label)))
        g.add((iri, GG.bodyKind, Literal(ident.kind)))
        for a in sorted(ident.aliases):
            g.add((iri, SKOS.altLabel, Literal(a)))
        for a in sorted(ident.acronyms):
            g.add((iri, GG.acronym, Literal(a)))
    return g
