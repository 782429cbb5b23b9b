"""Typed records that travel between the layers.

``loaders`` produce them from text, ``graph`` turns them into RDF. Neither side imports the
other's libraries: these are plain dataclasses. Every record carries the :class:`Evidence` it was
read from, so any fact can be traced back to the characters of the normalised document text
(``Document.text``) that state it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

# Attendance statuses of the JSON contract (DESIGN.md).
Status = Literal["chair", "present", "apologies", "invited", "in_attendance"]
BodyKind = Literal[
    "committee", "board", "partnership", "directorate", "service", "external", "council",
    "government", "other",
]
RelationKind = Literal[
    "reports_to", "sub_group_of", "updates", "partner_of", "scrutinises", "appoints", "delegates_to",
]
AuthorRelation = Literal["from", "author", "approver", "lead_director", "contact"]
Genre = Literal["agenda", "minutes", "report", "other"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: ``text[start:end] == quote`` in the document's normalised text."""

    doc: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class Page:
    """A page of the source (PDF, or form-feed separated text): character range in ``text``."""

    number: int
    start: int
    end: int


@dataclass
class Document:
    """One input file as normalised text with a stable character index."""

    name: str  # file name, e.g. "minutes.pdf"; the contract's "doc"
    path: str
    sha256: str  # of the source bytes
    text: str
    pages: list[Page] = field(default_factory=list)
    media_type: str = "text/plain"

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(self.name, start, end, self.text[start:end])


@dataclass
class Part:
    """A document inside a file: an agenda, the minutes of one meeting, or an officer report."""

    genre: Genre
    start: int
    end: int
    body: Optional[str] = None
    date: Optional[str] = None  # YYYY-MM-DD
    title: Optional[str] = None


@dataclass
class Meeting:
    body: str
    date: str  # YYYY-MM-DD
    venue: Optional[str]
    evidence: Evidence
    referenced: bool = False  # only mentioned (previous/next meeting), not recorded or addressed


@dataclass
class Attendance:
    meeting_date: str
    person: str  # a name, or a post as written when no name is given
    status: Status
    evidence: Evidence
    body: Optional[str] = None


@dataclass
class Role:
    role: Optional[str]  # post as written; None when only an organisation is stated
    organisation: Optional[str]  # outside organisation tied to the person by the text
    evidence: Evidence


@dataclass
class Person:
    name: str  # fullest form the document states, titles dropped
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    evidence: Optional[Evidence] = None


@dataclass
class Body:
    name: str
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    kind: BodyKind = "other"
    evidence: Optional[Evidence] = None


@dataclass
class AgendaItem:
    meeting_date: str
    number: Optional[str]
    title: str
    evidence: Evidence
    topics: list[str] = field(default_factory=list)
    body: Optional[str] = None


@dataclass
class Reporting:
    """Who reported what to whom (an n-ary fact: presenter, item or report, body, meeting)."""

    presenter: str
    item: str  # item number, or the report title
    to_body: str
    meeting_date: str
    evidence: Evidence
    report: Optional[str] = None


@dataclass
class Resolution:
    meeting_date: str
    item: Optional[str]
    text: str  # the words after "That"
    evidence: Evidence
    requests_report: bool = False


@dataclass
class ReportAuthor:
    report: str
    person: str
    relation: AuthorRelation
    evidence: Evidence


@dataclass
class BodyRelation:
    source: str
    relation: RelationKind
    target: str
    evidence: Evidence


@dataclass(frozen=True)
class ExtractionWarning:
    """Something the text has that the extraction lacks (a diagnostic, not an error)."""

    code: str  # e.g. "decisions_without_resolutions"
    message: str
    line: int  # 1-based line of the first sign of it in the normalised text


@dataclass
class Diagnostics:
    """What an extraction recognised and what looks missing, read without any gold."""

    kind: str  # the genres of the document's parts: "minutes", "agenda+minutes", "report", "unrecognised"
    counts: dict[str, int]
    warnings: list[ExtractionWarning] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything read from one input file; ``to_contract`` gives the JSON of DESIGN.md."""

    doc: str
    meetings: list[Meeting] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    agenda_items: list[AgendaItem] = field(default_factory=list)
    reported: list[Reporting] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)
    report_authors: list[ReportAuthor] = field(default_factory=list)
    body_relations: list[BodyRelation] = field(default_factory=list)
    parts: list[Part] = field(default_factory=list)
    diagnostics: Optional[Diagnostics] = None

    def to_contract(self) -> dict:
        def ev(e: Optional[Evidence]) -> Optional[dict]:
            return None if e is None else {"start": e.start, "end": e.end, "quote": e.quote}

        recorded = [m for m in self.meetings if not m.referenced]
        referenced = [m for m in self.meetings if m.referenced]
        return {
            "doc": self.doc,
            "meetings": [{"body": m.body, "date": m.date, "venue": m.venue, "evidence": ev(m.evidence)} for m in recorded],
            "attendance": [
                {"meeting_date": a.meeting_date, "person": a.person, "status": a.status, "evidence": ev(a.evidence)}
                for a in self.attendance
            ],
            "people": [
                {
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "roles": [{"role": r.role, "organisation": r.organisation, "evidence": ev(r.evidence)} for r in p.roles],
                    "evidence": ev(p.evidence),
                }
                for p in self.people
            ],
            "bodies": [
                {"name": b.name, "acronyms": list(b.acronyms), "aliases": list(b.aliases), "kind": b.kind, "evidence": ev(b.evidence)}
                for b in self.bodies
            ],
            "agenda_items": [
                {"meeting_date": a.meeting_date, "number": a.number, "title": a.title, "topics": list(a.topics), "evidence": ev(a.evidence)}
                for a in self.agenda_items
            ],
            "reported": [
                {"presenter": r.presenter, "item": r.item, "to_body": r.to_body, "meeting_date": r.meeting_date, "evidence": ev(r.evidence)}
                for r in self.reported
            ],
            "resolutions": [
                {"meeting_date": r.meeting_date, "item": r.item, "text_start": r.text, "requests_report": r.requests_report, "evidence": ev(r.evidence)}
                for r in self.resolutions
            ],
            "referenced_meetings": [{"body": m.body, "date": m.date, "venue": m.venue, "evidence": ev(m.evidence)} for m in referenced],
            "report_authors": [
                {"report": a.report, "person": a.person, "relation": a.relation, "evidence": ev(a.evidence)} for a in self.report_authors
            ],
            "body_relations": [
                {"from": r.source, "relation": r.relation, "to": r.target, "quote": r.evidence.quote, "evidence": ev(r.evidence)}
                for r in self.body_relations
            ],
            **({"diagnostics": asdict(self.diagnostics)} if self.diagnostics else {}),
        }


def extraction_from_contract(data: dict) -> Extraction:
    """The records back from ``Extraction.to_contract()`` JSON (the build cache stores it)."""
    doc = data["doc"]

    def ev(e: Optional[dict]) -> Optional[Evidence]:
        return None if not e else Evidence(doc, e["start"], e["end"], e["quote"])

    ex = Extraction(doc=doc)
    for m in data.get("meetings", []):
        ex.meetings.append(Meeting(m["body"], m["date"], m.get("venue"), ev(m.get("evidence"))))
    for m in data.get("referenced_meetings", []):
        ex.meetings.append(Meeting(m["body"], m["date"], m.get("venue"), ev(m.get("evidence")), referenced=True))
    ex.attendance = [Attendance(a["meeting_date"], a["person"], a["status"], ev(a.get("evidence"))) for a in data.get("attendance", [])]
    ex.people = [
        Person(p["name"], list(p.get("aliases", [])),
               [Role(r.get("role"), r.get("organisation"), ev(r.get("evidence"))) for r in p.get("roles", [])],
               ev(p.get("evidence")))
        for p in data.get("people", [])
    ]
    ex.bodies = [Body(b["name"], list(b.get("acronyms", [])), list(b.get("aliases", [])), b.get("kind", "other"), ev(b.get("evidence")))
                 for b in data.get("bodies", [])]
    ex.agenda_items = [AgendaItem(a["meeting_date"], a.get("number"), a["title"], ev(a.get("evidence")), list(a.get("topics", [])))
                       for a in data.get("agenda_items", [])]
    ex.reported = [Reporting(r["presenter"], r["item"], r["to_body"], r["meeting_date"], ev(r.get("evidence")))
                   for r in data.get("reported", [])]
    ex.resolutions = [Resolution(r["meeting_date"], r.get("item"), r["text_start"], ev(r.get("evidence")), bool(r.get("requests_report")))
                      for r in data.get("resolutions", [])]
    ex.report_authors = [ReportAuthor(a["report"], a["person"], a["relation"], ev(a.get("evidence"))) for a in data.get("report_authors", [])]
    ex.body_relations = [BodyRelation(r["from"], r["relation"], r["to"], ev(r.get("evidence")) or Evidence(doc, 0, 0, r.get("quote", "")))
                         for r in data.get("body_relations", [])]
    if isinstance(data.get("diagnostics"), dict):
        d = data["diagnostics"]
        ex.diagnostics = Diagnostics(d.get("kind", "unrecognised"), dict(d.get("counts", {})),
                                     [ExtractionWarning(w["code"], w["message"], w.get("line", 0)) for w in d.get("warnings", [])])
    return ex


def as_dict(record) -> dict:
    """A record as plain data (for debugging and golden files)."""
    return asdict(record)
