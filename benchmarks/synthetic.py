#!/usr/bin/env python3
"""A synthetic corpus for the graph benchmark: extraction records of a fictional council.

usage: python benchmarks/synthetic.py [--triples 1000000 | --documents N] [--seed 7] [--out DIR]

Generates, without reading or extracting any file, the :class:`govgraph.records.Extraction`
records that the extraction layer would give for the committee papers of "Wessex County
Council": the minutes (and for some meetings also the agenda) of its committees, boards and
partnerships, one document after another in date order. Everything is drawn from a seeded
``random.Random``, one per document (and one per body, post and term), so the same seed gives the
same records, and the first ``n`` documents are the same whatever the size asked for.

What the corpus holds (what the graph and the shipped queries exercise):

- about forty bodies with kinds and acronyms, some named by acronym or with "The ..." in a paper
  (identity merging of bodies); fixed relations between them: reporting lines and sub-groups
  (several bodies with two parents, one three-body reporting cycle), updates, partnerships,
  scrutiny, appointments, delegations, stated in the papers of the bodies concerned;
- councillors (members of each body per four-year term, a chair per term, cabinet portfolios, some
  councillors holding two), officers holding posts over time (holders change every few years;
  some hold two posts at once, as "interim"), partners from outside organisations (posts in those
  organisations), co-chairs (a post held by two people on the same date); a few councillors share
  a surname, and some papers write a surname only or initials (cross-document person identity,
  kept ambiguities);
- meetings with venue, the previous and next meeting mentioned (referenced meetings), attendance
  in all five statuses (chair, present, apologies, invited guests, officers in attendance), some
  attendance by post only ("the Director of Public Health");
- agenda items with numbers, titles and topics (recurring topics, Zipf-like per body), reporting
  rows (an officer presents an item, or a report by title), report authors (from, author, approver,
  contact), annual reports that travel to several bodies, resolutions (noting, agreeing, some
  asking for a further report);
- evidence on every record: each record's quote is appended to the document's fake normalised
  text, so ``text[start:end] == quote`` holds for every piece of evidence.

The size is a target triple count (``--triples``, about one million by default): the triples per
document are measured on the first documents (built with govgraph's own RDF step) and the number of
documents follows. ``--out DIR`` writes one ``<doc>.json`` per document in the extraction JSON
contract (what ``govgraph build`` caches), for looking at the data; the benchmark does not need it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from govgraph.records import (  # noqa: E402
    AgendaItem, Attendance, Body, BodyRelation, Evidence, Extraction, Meeting, Person, Reporting,
    ReportAuthor, Resolution, Role,
)

DEFAULT_SEED = 7
DEFAULT_TRIPLES = 1_000_000
START = dt.date(2006, 5, 1)  # first meetings; terms of four years from here
TERM_YEARS = 4
COUNCIL = "Wessex County Council"

# ------------------------------------------------------------------------------------------------
# The fictional council: bodies, relations, posts, topics

# name, acronym, kind, meets every N weeks (0: does not meet in this corpus), venue
BODIES: list[tuple[str, Optional[str], str, int]] = [
    ("Wessex County Council", None, "council", 8),
    ("Cabinet", None, "committee", 4),
    ("Overview and Scrutiny Commission", "OSC", "committee", 6),
    ("Children and Young People Scrutiny Committee", "CYPSC", "committee", 8),
    ("Adults and Health Scrutiny Committee", "AHSC", "committee", 8),
    ("Audit and Governance Committee", "AGC", "committee", 10),
    ("Health and Wellbeing Board", "HWB", "board", 8),
    ("Wessex Safeguarding Children Board", "WSCB", "board", 8),
    ("Wessex Safeguarding Adults Board", "WSAB", "board", 10),
    ("Children's Trust Board", "CTB", "board", 10),
    ("Strategic Partnership Board", "SPB", "board", 12),
    ("Corporate Parenting Board", "CPB", "board", 8),
    ("Community Safety Partnership", "CSP", "partnership", 12),
    ("Youth Offending Management Board", "YOMB", "board", 12),
    ("Schools Forum", None, "committee", 10),
    ("Pensions Committee", None, "committee", 12),
    ("Planning and Regulatory Committee", "PRC", "committee", 4),
    ("Licensing Committee", None, "committee", 12),
    ("Early Help Partnership", "EHP", "partnership", 12),
    ("Domestic Abuse Strategic Board", "DASB", "board", 12),
    ("Child Sexual Exploitation Sub-Group", "CSE Sub-Group", "committee", 8),
    ("Learning and Improvement Sub-Group", "LISG", "committee", 10),
    ("Quality Assurance Sub-Group", "QASG", "committee", 10),
    ("Joint Commissioning Group", "JCG", "committee", 12),
    ("Local Enterprise Partnership", "LEP", "partnership", 0),
    ("Children and Young People's Services", "CYPS", "directorate", 0),
    ("Adult Social Care", "ASC", "service", 0),
    ("Public Health Wessex", None, "service", 0),
    ("Resources Directorate", None, "directorate", 0),
    ("Wessex Police", None, "external", 0),
    ("NHS Wessex Clinical Commissioning Group", "CCG", "external", 0),
    ("Wessex Fire and Rescue Service", "WFRS", "external", 0),
    ("Wessex Community Health NHS Trust", None, "external", 0),
    ("Department for Education", "DfE", "government", 0),
    ("Ofsted", None, "government", 0),
    ("Wessex Voluntary Action", "WVA", "other", 0),
]
BODY = {b[0]: b for b in BODIES}
MEETING_BODIES = [b[0] for b in BODIES if b[3]]
VENUES = ["Council Chamber, County Hall", "Committee Room 1, County Hall", "Committee Room 2, County Hall",
          "The Guildhall, Casterbridge", "Board Room, Wessex House", "Meeting Room 3, Civic Centre"]

# Fixed relations (source, relation, target). Several parents: WSCB, CSE Sub-Group, CSP, HWB.
# A cycle: Children's Trust Board -> Health and Wellbeing Board -> Strategic Partnership Board ->
# (sub-group of) Children's Trust Board.
RELATIONS: list[tuple[str, str, str]] = [
    ("Cabinet", "reports_to", "Wessex County Council"),
    ("Overview and Scrutiny Commission", "reports_to", "Wessex County Council"),
    ("Overview and Scrutiny Commission", "scrutinises", "Cabinet"),
    ("Children and Young People Scrutiny Committee", "sub_group_of", "Overview and Scrutiny Commission"),
    ("Adults and Health Scrutiny Committee", "sub_group_of", "Overview and Scrutiny Commission"),
    ("Children and Young People Scrutiny Committee", "scrutinises", "Wessex Safeguarding Children Board"),
    ("Adults and Health Scrutiny Committee", "scrutinises", "Health and Wellbeing Board"),
    ("Audit and Governance Committee", "reports_to", "Wessex County Council"),
    ("Pensions Committee", "reports_to", "Wessex County Council"),
    ("Planning and Regulatory Committee", "reports_to", "Wessex County Council"),
    ("Licensing Committee", "reports_to", "Wessex County Council"),
    ("Wessex County Council", "delegates_to", "Planning and Regulatory Committee"),
    ("Wessex County Council", "appoints", "Health and Wellbeing Board"),
    ("Health and Wellbeing Board", "reports_to", "Wessex County Council"),
    ("Health and Wellbeing Board", "reports_to", "Strategic Partnership Board"),
    ("Strategic Partnership Board", "sub_group_of", "Children's Trust Board"),
    ("Children's Trust Board", "reports_to", "Health and Wellbeing Board"),
    ("Wessex Safeguarding Children Board", "reports_to", "Health and Wellbeing Board"),
    ("Wessex Safeguarding Children Board", "reports_to", "Children's Trust Board"),
    ("Wessex Safeguarding Children Board", "updates", "Cabinet"),
    ("Wessex Safeguarding Adults Board", "reports_to", "Health and Wellbeing Board"),
    ("Wessex Safeguarding Adults Board", "updates", "Adults and Health Scrutiny Committee"),
    ("Corporate Parenting Board", "reports_to", "Cabinet"),
    ("Community Safety Partnership", "reports_to", "Health and Wellbeing Board"),
    ("Community Safety Partnership", "reports_to", "Strategic Partnership Board"),
    ("Community Safety Partnership", "partner_of", "Wessex Police"),
    ("Youth Offending Management Board", "reports_to", "Community Safety Partnership"),
    ("Domestic Abuse Strategic Board", "sub_group_of", "Community Safety Partnership"),
    ("Early Help Partnership", "reports_to", "Children's Trust Board"),
    ("Child Sexual Exploitation Sub-Group", "sub_group_of", "Wessex Safeguarding Children Board"),
    ("Child Sexual Exploitation Sub-Group", "reports_to", "Community Safety Partnership"),
    ("Learning and Improvement Sub-Group", "sub_group_of", "Wessex Safeguarding Children Board"),
    ("Quality Assurance Sub-Group", "sub_group_of", "Wessex Safeguarding Adults Board"),
    ("Joint Commissioning Group", "reports_to", "Health and Wellbeing Board"),
    ("Joint Commissioning Group", "partner_of", "NHS Wessex Clinical Commissioning Group"),
    ("Schools Forum", "updates", "Cabinet"),
    ("Local Enterprise Partnership", "partner_of", "Wessex County Council"),
    ("Children and Young People's Services", "updates", "Corporate Parenting Board"),
]

# Officer posts: title, the bodies whose meetings the holder attends
OFFICER_POSTS: list[tuple[str, list[str]]] = [
    ("Chief Executive", ["Wessex County Council", "Cabinet", "Strategic Partnership Board", "Health and Wellbeing Board"]),
    ("Director of Children's Services", ["Cabinet", "Children and Young People Scrutiny Committee", "Children's Trust Board",
                                        "Wessex Safeguarding Children Board", "Corporate Parenting Board", "Health and Wellbeing Board",
                                        "Early Help Partnership", "Schools Forum"]),
    ("Director of Adult Social Care", ["Adults and Health Scrutiny Committee", "Wessex Safeguarding Adults Board",
                                       "Health and Wellbeing Board", "Joint Commissioning Group", "Quality Assurance Sub-Group"]),
    ("Director of Public Health", ["Health and Wellbeing Board", "Adults and Health Scrutiny Committee", "Joint Commissioning Group",
                                   "Community Safety Partnership", "Domestic Abuse Strategic Board"]),
    ("Director of Resources", ["Cabinet", "Audit and Governance Committee", "Pensions Committee", "Overview and Scrutiny Commission"]),
    ("Head of Democratic Services", ["Wessex County Council", "Overview and Scrutiny Commission", "Licensing Committee"]),
    ("Monitoring Officer", ["Wessex County Council", "Audit and Governance Committee", "Licensing Committee"]),
    ("Head of Internal Audit", ["Audit and Governance Committee"]),
    ("Head of Planning", ["Planning and Regulatory Committee"]),
    ("Senior Planning Officer", ["Planning and Regulatory Committee"]),
    ("Pensions Manager", ["Pensions Committee"]),
    ("Head of Safeguarding", ["Wessex Safeguarding Children Board", "Child Sexual Exploitation Sub-Group",
                              "Learning and Improvement Sub-Group", "Children and Young People Scrutiny Committee"]),
    ("Safeguarding Board Manager", ["Wessex Safeguarding Children Board", "Wessex Safeguarding Adults Board",
                                    "Learning and Improvement Sub-Group", "Quality Assurance Sub-Group"]),
    ("Head of Early Help", ["Early Help Partnership", "Children's Trust Board"]),
    ("Head of Youth Offending Service", ["Youth Offending Management Board", "Community Safety Partnership"]),
    ("Community Safety Manager", ["Community Safety Partnership", "Domestic Abuse Strategic Board"]),
    ("Head of Commissioning", ["Joint Commissioning Group", "Health and Wellbeing Board"]),
    ("Head of Education", ["Schools Forum", "Children and Young People Scrutiny Committee"]),
    ("Virtual School Head", ["Corporate Parenting Board"]),
    ("Scrutiny Officer", ["Overview and Scrutiny Commission", "Children and Young People Scrutiny Committee",
                          "Adults and Health Scrutiny Committee"]),
    ("Principal Democratic Services Officer", MEETING_BODIES),
]
# Posts in outside organisations: title, organisation, the bodies whose meetings the holder attends
PARTNER_POSTS: list[tuple[str, str, list[str]]] = [
    ("Chief Superintendent", "Wessex Police", ["Community Safety Partnership", "Wessex Safeguarding Children Board",
                                               "Strategic Partnership Board", "Youth Offending Management Board"]),
    ("Detective Inspector", "Wessex Police", ["Child Sexual Exploitation Sub-Group", "Domestic Abuse Strategic Board"]),
    ("Chief Officer", "NHS Wessex Clinical Commissioning Group", ["Health and Wellbeing Board", "Joint Commissioning Group"]),
    ("Designated Nurse for Safeguarding", "NHS Wessex Clinical Commissioning Group",
     ["Wessex Safeguarding Children Board", "Wessex Safeguarding Adults Board"]),
    ("Area Manager", "Wessex Fire and Rescue Service", ["Community Safety Partnership"]),
    ("Director of Nursing", "Wessex Community Health NHS Trust", ["Wessex Safeguarding Adults Board", "Health and Wellbeing Board"]),
    ("Chief Executive", "Wessex Voluntary Action", ["Early Help Partnership", "Strategic Partnership Board"]),
    ("Chair", "Local Enterprise Partnership", ["Strategic Partnership Board"]),
]
INDEPENDENT_CHAIRED = {"Wessex Safeguarding Children Board", "Wessex Safeguarding Adults Board", "Children's Trust Board",
                       "Strategic Partnership Board", "Community Safety Partnership"}
CO_CHAIRED = {"Early Help Partnership", "Domestic Abuse Strategic Board", "Joint Commissioning Group"}
PORTFOLIOS = ["Children and Families", "Adult Social Care", "Health", "Resources", "Highways and Transport",
              "Environment", "Economic Development", "Communities", "Education and Skills", "Housing"]

TOPICS = [
    "budget monitoring", "medium term financial strategy", "performance management", "risk register",
    "safeguarding", "child sexual exploitation", "looked after children", "care leavers", "early help",
    "troubled families", "domestic abuse", "youth justice", "missing children", "private fostering",
    "school places", "special educational needs", "attainment gap", "school exclusions", "adult social care",
    "better care fund", "delayed transfers of care", "mental health", "dementia", "learning disabilities",
    "public health", "obesity", "smoking cessation", "substance misuse", "sexual health", "air quality",
    "community safety", "anti-social behaviour", "hate crime", "prevent duty", "modern slavery",
    "serious case reviews", "multi-agency audit", "workforce development", "commissioning", "housing",
    "homelessness", "highways maintenance", "flood risk", "waste strategy", "economic growth",
    "local plan", "planning applications", "licensing policy", "pension fund investments", "internal audit",
    "treasury management", "complaints", "information governance", "equality and diversity",
    "consultation", "inspection outcomes", "improvement plan", "partnership arrangements", "annual report",
    "workplan", "social care reform", "joint strategic needs assessment", "health inequalities",
    "carers", "transitions", "voluntary sector", "digital services", "climate change",
]
# Topics each meeting body comes back to most (the rest of the list is drawn rarely)
BODY_TOPICS = {
    "Wessex County Council": ["budget monitoring", "medium term financial strategy", "local plan", "annual report", "consultation"],
    "Cabinet": ["budget monitoring", "medium term financial strategy", "performance management", "commissioning", "school places", "housing"],
    "Overview and Scrutiny Commission": ["workplan", "performance management", "budget monitoring", "complaints"],
    "Children and Young People Scrutiny Committee": ["safeguarding", "looked after children", "school places", "attainment gap",
                                                     "special educational needs", "inspection outcomes"],
    "Adults and Health Scrutiny Committee": ["adult social care", "better care fund", "mental health", "dementia", "health inequalities"],
    "Audit and Governance Committee": ["internal audit", "risk register", "treasury management", "information governance"],
    "Health and Wellbeing Board": ["joint strategic needs assessment", "better care fund", "health inequalities", "public health",
                                   "mental health", "obesity"],
    "Wessex Safeguarding Children Board": ["safeguarding", "child sexual exploitation", "serious case reviews", "multi-agency audit",
                                           "missing children", "private fostering", "annual report"],
    "Wessex Safeguarding Adults Board": ["safeguarding", "modern slavery", "multi-agency audit", "learning disabilities", "annual report"],
    "Children's Trust Board": ["early help", "troubled families", "partnership arrangements", "improvement plan"],
    "Strategic Partnership Board": ["partnership arrangements", "economic growth", "community safety", "health inequalities"],
    "Corporate Parenting Board": ["looked after children", "care leavers", "transitions"],
    "Community Safety Partnership": ["community safety", "anti-social behaviour", "hate crime", "prevent duty", "domestic abuse"],
    "Youth Offending Management Board": ["youth justice", "substance misuse", "performance management"],
    "Schools Forum": ["school places", "special educational needs", "school exclusions", "budget monitoring"],
    "Pensions Committee": ["pension fund investments", "treasury management"],
    "Planning and Regulatory Committee": ["planning applications", "local plan", "flood risk"],
    "Licensing Committee": ["licensing policy"],
    "Early Help Partnership": ["early help", "troubled families", "voluntary sector"],
    "Domestic Abuse Strategic Board": ["domestic abuse", "commissioning", "workforce development"],
    "Child Sexual Exploitation Sub-Group": ["child sexual exploitation", "missing children", "modern slavery"],
    "Learning and Improvement Sub-Group": ["serious case reviews", "workforce development", "multi-agency audit"],
    "Quality Assurance Sub-Group": ["multi-agency audit", "performance management"],
    "Joint Commissioning Group": ["commissioning", "better care fund", "carers"],
}
ITEM_FORMS = ["{T} Update", "{T} Report", "{T}: Progress Report", "{T} Performance Report Quarter {q}",
              "{T} Strategy {y}-{y2}", "{T} Action Plan", "Review of {T}", "{T}"]
RESOLUTION_FORMS = ["the report be noted", "the {t} update be noted", "the recommendations in the report be agreed",
                    "the {t} action plan be approved", "the Board endorses the approach to {t} set out in the report",
                    "the comments of the Committee on {t} be forwarded to the Cabinet"]
REQUEST_FORMS = ["a further report on {t} be brought to a future meeting",
                 "officers report back on {t} to the next meeting",
                 "an update on {t} be presented in six months"]

FIRST = ["Alan", "Alison", "Amanda", "Andrew", "Angela", "Anne", "Barbara", "Brian", "Carol", "Catherine",
         "Christine", "Christopher", "Claire", "Colin", "David", "Deborah", "Derek", "Diane", "Elizabeth",
         "Emma", "Fiona", "Gareth", "Geoffrey", "Gillian", "Graham", "Helen", "Ian", "Jacqueline", "James",
         "Janet", "Jennifer", "John", "Jonathan", "Julie", "Karen", "Keith", "Kevin", "Linda", "Margaret",
         "Mark", "Martin", "Michael", "Nicola", "Nigel", "Patricia", "Paul", "Peter", "Philip", "Rachel",
         "Richard", "Robert", "Ruth", "Sarah", "Simon", "Stephen", "Susan", "Timothy", "Trevor", "Valerie",
         "Wendy", "Yasmin", "Zahid", "Priya", "Tariq", "Aisha", "Mohammed", "Grace", "Owen", "Rhys", "Sian"]
SURNAMES = ["Abbott", "Ahmed", "Atkinson", "Bailey", "Barker", "Bennett", "Bird", "Booth", "Bradley", "Brooks",
            "Carter", "Chapman", "Clarke", "Cole", "Collins", "Cooper", "Cox", "Dawson", "Dixon", "Doyle",
            "Edwards", "Ellis", "Evans", "Farrell", "Fisher", "Fletcher", "Foster", "Gibson", "Gordon", "Graham",
            "Grant", "Gray", "Hall", "Hamilton", "Harding", "Harper", "Hart", "Hayes", "Holmes", "Hughes",
            "Hussain", "Jenkins", "Johnston", "Kaur", "Kelly", "Khan", "Knight", "Lambert", "Lawson", "Lloyd",
            "Marsh", "Mason", "Matthews", "Mills", "Mitchell", "Moss", "Murray", "Nash", "Newman", "Norris",
            "O'Brien", "Owen", "Palmer", "Parker", "Patel", "Pearce", "Perry", "Porter", "Price", "Quinn",
            "Reid", "Reynolds", "Rhodes", "Richards", "Robson", "Russell", "Saunders", "Shaw", "Simpson",
            "Spencer", "Stevens", "Stone", "Sutton", "Taylor", "Thornton", "Turner", "Wade", "Walsh", "Ward",
            "Watts", "Webb", "Wells", "West", "Whitehead", "Wilkinson", "Woods", "Wright", "Young"]
N_COUNCILLORS = 110
N_OFFICERS = 120
N_PARTNERS = 45
SHARED_SURNAMES = ["Patel", "Taylor", "Khan"]  # two councillors each: a bare "Councillor Patel" stays ambiguous

# ------------------------------------------------------------------------------------------------
# People and who holds what when


def _rng(seed: int, *key: object) -> random.Random:
    return random.Random(f"{seed}\x1f" + "\x1f".join(str(k) for k in key))


@dataclass(frozen=True)
class Who:
    first: str
    last: str
    title: str  # "Councillor", "" (officer), "Mr"/"Mrs"/"Dr"... (partner)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def formal(self) -> str:
        return f"{self.title} {self.full}".strip()

    @property
    def short(self) -> str:
        return f"{self.title} {self.last}".strip()

    @property
    def initials(self) -> str:
        return f"{self.title} {self.first[0]}. {self.last}".strip()


class Council:
    """The people of the council and who holds which post (or seat) when: a function of the seed."""

    def __init__(self, seed: int = DEFAULT_SEED):
        self.seed = seed
        rng = _rng(seed, "people")
        used: set[tuple[str, str]] = set()

        def draw(n: int, title_of, surnames=None) -> list[Who]:
            out = []
            for i in range(n):
                while True:
                    first = rng.choice(FIRST)
                    last = surnames[i] if surnames and i < len(surnames) else rng.choice(SURNAMES)
                    if (first, last) not in used and (last not in SHARED_SURNAMES or surnames):
                        used.add((first, last))
                        out.append(Who(first, last, title_of(i)))
                        break
            return out

        shared = [s for s in SHARED_SURNAMES for _ in range(2)]
        self.councillors = draw(N_COUNCILLORS, lambda i: "Councillor", shared)
        self.officers = draw(N_OFFICERS, lambda i: "")
        self.partners = draw(N_PARTNERS, lambda i: rng.choice(["Mr", "Mrs", "Ms", "Dr", "Dr"]))
        self._cache: dict[tuple, object] = {}

    # ---- terms, members and chairs
    @staticmethod
    def term(day: dt.date) -> int:
        return max(0, (day.year - START.year) // TERM_YEARS)

    def members(self, body: str, term: int) -> list[Who]:
        key = ("members", body, term)
        if key not in self._cache:
            r = _rng(self.seed, *key)
            n = {"council": 40, "committee": 10, "board": 8, "partnership": 6}.get(BODY[body][2], 8)
            if body == "Cabinet":
                n = len(PORTFOLIOS)
            self._cache[key] = r.sample(self.councillors, n)
        return self._cache[key]

    def portfolios(self, term: int) -> dict[str, Who]:
        """Cabinet portfolio -> councillor; some councillors hold two."""
        key = ("portfolios", term)
        if key not in self._cache:
            r = _rng(self.seed, *key)
            cabinet = self.members("Cabinet", term)
            holders = {}
            for i, p in enumerate(PORTFOLIOS):
                holders[p] = cabinet[i] if r.random() > 0.25 or i == 0 else holders[PORTFOLIOS[r.randrange(i)]]
            self._cache[key] = holders
        return self._cache[key]

    def cabinet_posts(self, who: Who, term: int) -> list[str]:
        return [f"Cabinet Member for {p}" for p, h in self.portfolios(term).items() if h == who]

    def chair(self, body: str, term: int) -> Who:
        if body in INDEPENDENT_CHAIRED:
            return self.partner_holder(("Independent Chair", body), term)
        return self.members(body, term)[0]

    def co_chairs(self, body: str, term: int) -> list[Who]:
        return [self.members(body, term)[0], self.partner_holder(("Co-Chair", body), term)]

    # ---- posts held over time (holders change every few years; some hold two at once)
    def _era(self, key: tuple, day: dt.date) -> int:
        length = 2 + _rng(self.seed, "era-length", *key).randrange(4)  # 2..5 years
        return (day.year - START.year) // length

    def officer_holder(self, post: str, day: dt.date) -> Who:
        era = self._era(("officer", post), day)
        r = _rng(self.seed, "holder", post, era)
        titles = [p for p, _ in OFFICER_POSTS]
        i = titles.index(post)
        if i > 0 and r.random() < 0.12:  # interim: the holder of another post covers this one
            return self.officer_holder(titles[r.randrange(i)], day)
        return self.officers[r.randrange(len(self.officers))]

    def partner_holder(self, post: tuple, term_or_day) -> Who:
        era = term_or_day if isinstance(term_or_day, int) else self._era(("partner",) + post, term_or_day)
        r = _rng(self.seed, "partner", *post, era)
        return self.partners[r.randrange(len(self.partners))]


# ------------------------------------------------------------------------------------------------
# Documents


class TextBuilder:
    """The fake normalised text of a document: every quote is appended, so offsets are exact."""

    def __init__(self, doc: str):
        self.doc = doc
        self.parts: list[str] = []
        self.length = 0

    def say(self, quote: str, before: str = "", after: str = "\n") -> Evidence:
        if before:
            self._add(before)
        start = self.length
        self._add(quote)
        ev = Evidence(self.doc, start, self.length, quote)
        if after:
            self._add(after)
        return ev

    def _add(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class SyntheticDocument:
    extraction: Extraction
    sha256: str
    path: str
    text: str


def _long_date(day: dt.date) -> str:
    return f"{day.strftime('%A')} {day.day} {day.strftime('%B %Y')}"


def meeting_schedule(seed: int = DEFAULT_SEED) -> Iterator[tuple[str, dt.date]]:
    """(body, date) of every meeting, in date order (then body order), without end."""
    import heapq

    heap = []
    for i, name in enumerate(MEETING_BODIES):
        weeks = BODY[name][3]
        offset = _rng(seed, "first", name).randrange(weeks * 7)
        first = START + dt.timedelta(days=offset)
        heap.append((first, i, name))
    heapq.heapify(heap)
    while True:
        day, i, name = heapq.heappop(heap)
        weekday = day + dt.timedelta(days=(0 - day.weekday()) % 7 + _rng(seed, "weekday", name).randrange(4))
        yield name, weekday
        heapq.heappush(heap, (day + dt.timedelta(weeks=BODY[name][3]), i, name))


def _body_label(r: random.Random, name: str) -> str:
    """How a paper writes a body: mostly its name, sometimes its acronym or with "The"."""
    acr = BODY[name][1] if name in BODY else None
    x = r.random()
    if acr and x < 0.08:
        return acr
    if x < 0.12 and not name.startswith("Wessex County"):
        return "The " + name
    return name


class Generator:
    def __init__(self, seed: int = DEFAULT_SEED):
        self.seed = seed
        self.council = Council(seed)
        self.topic_weights = {b: self._weights(b) for b in MEETING_BODIES}

    def _weights(self, body: str) -> list[float]:
        favoured = BODY_TOPICS.get(body, [])
        return [(8.0 / (1 + favoured.index(t))) if t in favoured else 0.15 for t in TOPICS]

    def documents(self, n: Optional[int] = None) -> Iterator[SyntheticDocument]:
        """The first ``n`` documents (all of them, without end, when ``n`` is None)."""
        count = 0
        previous: dict[str, dt.date] = {}
        schedule = meeting_schedule(self.seed)
        upcoming: list[tuple[str, dt.date]] = []
        while n is None or count < n:
            while len(upcoming) < 64:  # enough look-ahead to find each body's next meeting
                upcoming.append(next(schedule))
            body, day = upcoming.pop(0)
            # the next meeting of the same body (for "the next meeting will be held on ...")
            nxt = next((d for b, d in upcoming if b == body), None)
            r = _rng(self.seed, "meeting", body, day.isoformat())
            meeting = _MeetingPlan(self, r, body, day, previous.get(body), nxt)
            previous[body] = day
            if r.random() < 0.3 and (n is None or count + 1 < n):
                yield meeting.document("agenda")
                count += 1
            yield meeting.document("minutes")
            count += 1


class _MeetingPlan:
    """One meeting: who attends, the agenda, the decisions; written as an agenda and/or minutes."""

    def __init__(self, gen: Generator, r: random.Random, body: str, day: dt.date,
                 prev: Optional[dt.date], nxt: Optional[dt.date]):
        c = gen.council
        self.gen, self.r, self.body, self.day, self.prev, self.nxt = gen, r, body, day, prev, nxt
        self.term = c.term(day)
        self.venue = VENUES[hash_index(body, len(VENUES))] if r.random() > 0.1 else r.choice(VENUES)
        kind = BODY[body][2]
        members = c.members(body, self.term)
        # chair and co-chairs
        if body in CO_CHAIRED:
            self.chairs = c.co_chairs(body, self.term)
        else:
            self.chairs = [c.chair(body, self.term)]
        self.present = [m for m in members if m not in self.chairs and r.random() < 0.82]
        self.apologies = [m for m in members if m not in self.chairs and m not in self.present]
        # officers in attendance (by post), partners (members of partnership boards, or invited)
        self.officers: list[tuple[Who, str]] = []
        for post, bodies in OFFICER_POSTS:
            if body in bodies and (r.random() < 0.7 or post == "Principal Democratic Services Officer"):
                self.officers.append((c.officer_holder(post, day), post))
        self.partners: list[tuple[Who, str, str]] = []
        for post, org, bodies in PARTNER_POSTS:
            if body in bodies and r.random() < 0.75:
                self.partners.append((c.partner_holder((post, org), day), post, org))
        self.invited = [(c.partners[r.randrange(len(c.partners))], r.choice(["Mr", "Dr"]))
                        for _ in range(r.choice([0, 0, 1, 1, 2]))]
        self.partner_status = "present" if kind in ("board", "partnership") else "in_attendance"
        # agenda
        weights = gen.topic_weights[body]
        self.items: list[tuple[str, str, list[str]]] = []  # number, title, topics
        proc = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting"]
        for title in proc:
            self.items.append((str(len(self.items) + 1), title, []))
        for _ in range(r.randint(4, 9)):
            t = r.choices(TOPICS, weights)[0]
            topics = [t] + ([r.choices(TOPICS, weights)[0]] if r.random() < 0.3 else [])
            topics = list(dict.fromkeys(topics))
            y = day.year
            title = r.choice(ITEM_FORMS).format(T=t[0].upper() + t[1:], q=(day.month - 1) // 3 + 1, y=y, y2=y + 3)
            if any(title == it[1] for it in self.items):
                title += f" ({len(self.items) + 1})"
            self.items.append((str(len(self.items) + 1), title, topics))
        if r.random() < 0.5:
            self.items.append((str(len(self.items) + 1), "Work Programme", ["workplan"]))
        self.items.append((str(len(self.items) + 1), "Any Other Business", []))
        # annual reports of the bodies below this one, that year (the same report to several bodies)
        below = [s for s, rel, t in RELATIONS if t == body and rel in ("reports_to", "sub_group_of", "updates")]
        self.annual = [s for s in below if r.random() < 0.25]

    def presenter(self, item_no: int) -> tuple[str, Optional[Who], Optional[str]]:
        """The officer presenting an item: (written form, person, post)."""
        if not self.officers:
            who = self.chairs[0]
            return who.formal, who, None
        who, post = self.officers[item_no % len(self.officers)]
        if self.r.random() < 0.1:
            return f"the {post}", None, post
        return who.full, who, post

    def document(self, genre: str) -> SyntheticDocument:
        r = _rng(self.gen.seed, genre, self.body, self.day.isoformat())
        c = self.gen.council
        name = f"{slug_text(self.body)}-{self.day.isoformat()}-{genre}.txt"
        tb = TextBuilder(name)
        ex = Extraction(doc=name)
        # --- header: body and meeting
        label = _body_label(r, self.body)
        body_ev = tb.say(label.upper() if r.random() < 0.5 else label)
        acr = BODY[self.body][1]
        stated_acr = [acr] if acr and r.random() < 0.6 else []
        if stated_acr:
            tb.say(f"({acr})", before="")
        when = tb.say(f"{genre.upper()} of the meeting held on {_long_date(self.day)} at {self.venue}")
        ex.bodies.append(Body(label, stated_acr, [], BODY[self.body][2], body_ev))
        ex.meetings.append(Meeting(label, self.day.isoformat(), self.venue, when))
        people: dict[str, Person] = {}

        def person(who: Who, form: str, ev: Evidence, roles: tuple = ()) -> str:
            p = people.get(who.full)
            if p is None:
                p = people[who.full] = Person(form, [], [], ev)
                ex.people.append(p)
            elif form != p.name and form not in p.aliases:
                p.aliases.append(form)
            for role, org in roles:
                if not any(x.role == role and x.organisation == org for x in p.roles):
                    p.roles.append(Role(role, org, tb.say(f"{form}, {role}{', ' + org if org else ''}")))
            return form

        def org_body(org: str) -> None:
            if not any(b.name == org for b in ex.bodies):
                acr_o = BODY[org][1] if org in BODY else None
                ev = tb.say(org + (f" ({acr_o})" if acr_o else ""))
                ex.bodies.append(Body(org, [acr_o] if acr_o else [], [], BODY.get(org, (0, 0, "other"))[2],
                                      Evidence(name, ev.start, ev.start + len(org), org)))

        if genre == "minutes":
            tb.say("Present:")
            for i, ch in enumerate(self.chairs):
                form = self._form(r, ch)
                ev = tb.say(f"{form} (in the Chair)" if len(self.chairs) == 1 else f"{form} (Co-Chair)")
                roles = (("Co-Chair", None),) if len(self.chairs) > 1 else ()
                if ch.title != "Councillor" and len(self.chairs) == 1:
                    roles = (("Independent Chair", None),)
                key = person(ch, form, ev, roles)
                p = people[ch.full]
                if "the Chair" not in p.aliases:
                    p.aliases.append("the Chair")
                ex.attendance.append(Attendance(self.day.isoformat(), key, "chair", ev))
            for m in self.present:
                form = self._form(r, m)
                ev = tb.say(form, after="; ")
                roles = tuple((t, None) for t in c.cabinet_posts(m, self.term)) if r.random() < 0.5 else ()
                ex.attendance.append(Attendance(self.day.isoformat(), person(m, form, ev, roles), "present", ev))
            for who, post, org in self.partners:
                form = who.full
                ev = tb.say(f"{form} ({post}, {org})")
                org_body(org)
                key = person(who, form, ev, ((post, org),))
                ex.attendance.append(Attendance(self.day.isoformat(), key, self.partner_status, ev))
            tb.say("Apologies for absence were received from:")
            for m in self.apologies:
                form = self._form(r, m)
                ev = tb.say(form, after="; ")
                ex.attendance.append(Attendance(self.day.isoformat(), person(m, form, ev), "apologies", ev))
            tb.say("Also in attendance:")
            for who, post in self.officers:
                if r.random() < 0.06:  # only the post is written
                    ev = tb.say(f"the {post}")
                    ex.attendance.append(Attendance(self.day.isoformat(), f"the {post}", "in_attendance", ev))
                    continue
                ev = tb.say(f"{who.full} ({post})")
                roles = [(post, None)]
                # someone covering two posts says so
                for other, _ in OFFICER_POSTS:
                    if other != post and c.officer_holder(other, self.day) == who and r.random() < 0.8:
                        roles.append((other, None))
                key = person(who, who.full, ev, tuple(roles))
                ex.attendance.append(Attendance(self.day.isoformat(), key, "in_attendance", ev))
            for who, title in self.invited:
                form = f"{title} {who.full}"
                ev = tb.say(f"{form} (invited guest)")
                key = person(who, form, ev)
                ex.attendance.append(Attendance(self.day.isoformat(), key, "invited", ev))
            if self.prev is not None:
                ev = tb.say(f"The minutes of the meeting held on {_long_date(self.prev)} were agreed.")
                ex.meetings.append(Meeting(label, self.prev.isoformat(), None, ev, referenced=True))
            if self.nxt is not None and r.random() < 0.7:
                ev = tb.say(f"The next meeting will be held on {_long_date(self.nxt)}.")
                ex.meetings.append(Meeting(label, self.nxt.isoformat(), None, ev, referenced=True))
        # --- items, presenters, reports, resolutions
        for idx, (number, title, topics) in enumerate(self.items):
            ev = tb.say(f"{number}. {title}", before="\n")
            ex.agenda_items.append(AgendaItem(self.day.isoformat(), number, title, ev, list(topics)))
            if not topics:
                continue
            text, who, post = self.presenter(idx)
            if who is not None and post is not None and who.full not in people:
                person(who, who.full, tb.say(f"{who.full}, {post}"), ((post, None),))
            ev = tb.say(f"{text} presented the report on {title.lower()}.")
            ex.reported.append(Reporting(text, number, label, self.day.isoformat(), ev))
            if r.random() < 0.35:  # the report has an author / approver / contact block
                rep_title = f"{title} - report to the {self.body}, {self.day.year}"
                for rel in r.sample(["from", "author", "approver", "contact"], r.randint(1, 3)):
                    if rel in ("from", "approver") or who is None:
                        wp = self.officers[r.randrange(len(self.officers))] if self.officers else None
                        writer = wp[0].full if wp and r.random() < 0.85 else f"the {wp[1] if wp else 'Chief Executive'}"
                    else:
                        writer = who.full
                    ev = tb.say(f"Report {rel}: {writer}")
                    ex.report_authors.append(ReportAuthor(rep_title, writer, rel, ev))
                ev = tb.say(f"Report: {rep_title}")
                ex.reported.append(Reporting(text, rep_title, label, self.day.isoformat(), ev, report=rep_title))
            if genre == "minutes":
                t = topics[0]
                if r.random() < 0.2:
                    words = r.choice(REQUEST_FORMS).format(t=t)
                    requests = True
                else:
                    words = r.choice(RESOLUTION_FORMS).format(t=t)
                    requests = False
                ev = tb.say(f"RESOLVED: That {words}.")
                ex.resolutions.append(Resolution(self.day.isoformat(), number, words, ev, requests))
        # annual reports of bodies below (the same report goes to each body above)
        for src in self.annual:
            year = self.day.year
            rep_title = f"{src} Annual Report {year - 1}-{str(year)[2:]}"
            chair = c.chair(src, self.term) if src in MEETING_BODIES else self.chairs[0]
            ev = tb.say(f"{chair.full} presented the {rep_title}.")
            person(chair, chair.full, ev)
            ex.reported.append(Reporting(chair.full, rep_title, label, self.day.isoformat(), ev, report=rep_title))
            ev = tb.say(f"Report author: {chair.full}")
            ex.report_authors.append(ReportAuthor(rep_title, chair.full, "author", ev))
        # body relations stated in the paper (the fixed structure; some papers restate it)
        for src, rel, dst in RELATIONS:
            if self.body in (src, dst) and r.random() < 0.12:
                s_label, d_label = _body_label(r, src), _body_label(r, dst)
                verb = {"reports_to": "reports to", "sub_group_of": "is a sub-group of", "updates": "updates",
                        "partner_of": "works in partnership with", "scrutinises": "scrutinises",
                        "appoints": "appoints", "delegates_to": "delegates to"}[rel]
                ev = tb.say(f"The {s_label} {verb} the {d_label}.")
                for lab in (s_label, d_label):
                    if not any(b.name == lab for b in ex.bodies):
                        canon = lab[4:] if lab.startswith("The ") else lab
                        canon = next((b[0] for b in BODIES if b[1] == lab), canon)
                        at = ev.quote.index(lab)
                        ex.bodies.append(Body(lab, [], [], BODY[canon][2],
                                              Evidence(name, ev.start + at, ev.start + at + len(lab), lab)))
                ex.body_relations.append(BodyRelation(s_label, rel, d_label, ev))
        text = tb.text
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return SyntheticDocument(ex, sha, f"synthetic/{name}", text)

    def _form(self, r: random.Random, who: Who) -> str:
        x = r.random()
        if x < 0.04:
            return who.short  # "Councillor Patel": joins a fuller form only when unambiguous
        if x < 0.07:
            return who.initials  # "Councillor J. Patel": its own key, a possiblySameAs link
        return who.formal


def hash_index(text: str, n: int) -> int:
    return int(hashlib.sha256(text.encode()).hexdigest()[:8], 16) % n


def slug_text(text: str) -> str:
    return "-".join("".join(ch.lower() if ch.isalnum() else " " for ch in text).split())


# ------------------------------------------------------------------------------------------------
# Sizing by triples


def build_graphs(docs: list[SyntheticDocument], base: Optional[str] = None):
    """govgraph's RDF step on the records (as ``build.build`` does after reading the files):
    the identities, one graph per document, and the identity graph. Returns
    ``(identity_iri, identity_graph, [(document_iri, graph), ...])``."""
    from govgraph.graph.identity import Identities
    from govgraph.graph.iris import DEFAULT_BASE, Minter
    from govgraph.graph.rdf import DocumentGraph, document_iri, identity_graph

    minter = Minter(base or DEFAULT_BASE)
    ids = Identities(d.extraction for d in docs)
    graphs = []
    for d in docs:
        g = DocumentGraph(d.extraction, d.sha256, d.path, ids, minter).build()
        graphs.append((str(document_iri(minter, d.extraction.doc)), g))
    ident = identity_graph(ids, minter)
    return minter.base + "graph/identity", ident, graphs


def triples_per_document(seed: int = DEFAULT_SEED, sample: int = 60) -> float:
    """Mean triples per document over the first ``sample`` documents (identity graph included)."""
    docs = list(Generator(seed).documents(sample))
    _, ident, graphs = build_graphs(docs)
    return (len(ident) + sum(len(g) for _, g in graphs)) / len(docs)


def documents_for(triples: int, seed: int = DEFAULT_SEED) -> int:
    """How many documents make about ``triples`` triples."""
    return max(1, round(triples / triples_per_document(seed)))


def generate(documents: Optional[int] = None, *, triples: Optional[int] = None,
             seed: int = DEFAULT_SEED) -> list[SyntheticDocument]:
    """The synthetic corpus: ``documents`` documents, or as many as make about ``triples``."""
    if documents is None:
        documents = documents_for(triples or DEFAULT_TRIPLES, seed)
    return list(Generator(seed).documents(documents))


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--triples", type=int, default=None, help=f"target triple count (default {DEFAULT_TRIPLES:,})")
    size.add_argument("--documents", type=int, default=None, help="number of documents instead")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--out", type=Path, default=None, help="write <doc>.json (the extraction contract) per document here")
    args = ap.parse_args(argv)
    docs = generate(args.documents, triples=args.triples, seed=args.seed)
    counts = {k: sum(len(getattr(d.extraction, k)) for d in docs)
              for k in ("meetings", "attendance", "people", "bodies", "agenda_items", "reported", "resolutions",
                        "report_authors", "body_relations")}
    first, last = docs[0].extraction.doc, docs[-1].extraction.doc
    print(f"{len(docs)} documents ({first} .. {last}); records: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for d in docs:
            data = {"sha256": d.sha256, "path": d.path, "contract": d.extraction.to_contract()}
            (args.out / f"{slug_text(d.extraction.doc)}.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
        print(f"written to {args.out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
