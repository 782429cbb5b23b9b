"""Relations between bodies that a sentence states (reports_to, sub_group_of, updates, partner_of,
scrutinises, appoints, delegates_to), read from the ``gg_bodies`` mentions of each paragraph.

Each sentence is turned into a template where every body mention is a marker (``@3@``); the cue
patterns below are regular expressions over that template, so a rule reads like the sentence it
matches ("@A@ ... as directed by the @B@"). A sentence without a named source falls back, by
relation, on the body the current agenda item is about (its heading, or "the report for X"), the
body last mentioned in the item, the directorate of a report header, or the meeting's own body.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Iterable, Optional

from govgraph.loaders.bodies import _display, _key_tokens
from govgraph.loaders.screen import screen
from govgraph.loaders.sentences import sentences
from govgraph.records import Body, BodyRelation, Document

_M = r"@(\d+)@"
# "to the Council's Scrutiny Committee", "to the Integrated Care Board's X", "the ICB's X": the body owned
# (the owner is a body's mark or a few words of a name, never a phrase: "from officers on the Council's X" is no owner)
_OWNER_WORD = r"(?!(?:on|about|of|from|for|with|by|to|at|in|and|or)\b)[\w-]+"
_T = r"(?:(?:the|this|our|its|their)\s+)?(?:(?:@\d+@|(?:" + _OWNER_WORD + r"\s+){0,3}?" + _OWNER_WORD + r")['’]s\s+)?"
_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:(?:\d+\.|\(?[a-z0-9]+\))?\s*[A-Z][A-Z0-9 ,'’&()\-:/]+\.?|\d+\.\s+[A-Z][^\n]{0,120}?)\s*$")
_ITEM = re.compile(r"^\s*(?:#+\s*)?\d+\.\s")

# (relation, regex, how to read it). Groups named a (source) and b (target); "rest" = a list of
# further targets after the match.
_RULES: list[tuple[str, re.Pattern, str]] = [
    # "the X Group, which (in turn) reports to the Y Board": the relative clause names the source
    ("reports_to", re.compile(r"(?P<a>@\d+@)[^@.]{0,40}?\b(?:which|that|who)\s+(?:in\s+turn\s+|also\s+)?(?:reports?|reported|is\s+accountable|was\s+accountable)"
                              r"(?:\s+(?:monthly|quarterly|annually|regularly|directly|formally|both))?\s+to\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # "The X presents its annual report to the Y and the Z"
    ("reports_to", re.compile(r"\b(?:presents?|presented|brings?|brought|submits?|submitted|bring)\s+(?:its|their|the|an?)\s+(?:\w+\s+){0,3}?reports?\s+to\s+" + _T + _M), "list_after"),
    # reports_to: "passed on to the X", "submitted to the X, Y and Z", "reports (once a year) to the X"
    # (not a request: "progress be reported to this Committee", "the review would be reported to X")
    ("reports_to", re.compile(r"\b(?:(?<!\bbe\s)reported|presented|submitted|passed(?:\s+on)?|referred|forwarded(?:\s+on)?|escalated|reports|reporting|accountable)"
                              r"(?:\s+(?:once|twice|annually|quarterly|monthly|weekly|yearly|six-monthly|regularly|each|every|a|an|year|month|quarter|"
                              r"directly|formally|both|also|in\s+turn))*"
                              r"\s+(?:on)?to\s+" + _T + r"(?:full\s+)?" + _M), "list_after"),
    # updates: "updates were provided to X", "provides an update to X", "update on this ... provided to X"
    ("updates", re.compile(r"\bupdates?\b[^@.]{0,40}?\b(?:was|were|would be|will be|be|is|are)\s+(?:provided|given|presented|reported)\s+to\s+(?:(?:members|member|at|the|next|its)\s+){0,4}" + _M), "list_after"),
    ("updates", re.compile(r"\b(?:provide[sd]?|gives?|gave|send|sends)\s+(?:an?\s+)?(?:[a-z-]+\s+)?updates?\s+to\s+" + _T + _M), "list_after"),
    ("updates_on", re.compile(r"\b(?:provide[sd]?|gave|give[sn]?)\s+(?:an?\s+)?(?:further\s+|brief\s+|progress\s+)?update\s+on\s+" + _T + _M), "on"),
    # "A, B and C are committees of the Board": each one inside it
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)(?:(?:\s*,\s*|\s+(?:and|&)\s+)" + _T + r"@\d+@)+\s+(?:are|were)\s+(?:all\s+)?(?:joint\s+|standing\s+)?"
                                r"(?:sub-?\s?)?(?:committees|groups|panels|boards)\s+of\s+" + _T + r"(?P<b>@\d+@)"), "all_before"),
    # "The Task Group was set up by the Board on 11 July as a sub-group of the Board"
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)[^@.]{0,40}?\b(?:set\s+up|established|formed|created|constituted)\s+by\s+" + _T + r"@\d+@[^@.]{0,80}?"
                                r"\bas\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?sub-?\s?(?:group|committee|panel)\s+of\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # "the Trust is a partner in the X Collaborative, together with A and B": they are partners too
    ("partner_of", re.compile(r"\bpartners?\s+(?:in|of|to)\s+" + _T + r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?,?\s+(?:together\s+with|alongside|with)\s+" + _T + _M),
     "list_to_b"),
    # "The VRU updates the Strategic Policing Board twice a year"
    ("updates", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?,?\s+(?:updates|briefs)\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # partner_of
    ("partner_of", re.compile(r"\bjointly\s+with\s+" + _T + _M), "list_after"),
    ("partner_of", re.compile(r"\bin\s+partnership\s+with\s+" + _T + _M), "list_after"),
    ("partner_of", re.compile(r"\balong\s+with\s+" + _T + _M), "list_after"),
    # "the Council will work (closely) with X, Y and Z", "working with X"
    # (a list may start with a named partner that is no body: "work with the County Registrar, the X")
    ("partner_of", re.compile(r"\bwork(?:s|ed|ing)?\s+(?:closely\s+|together\s+|jointly\s+)?with\s+" + _T
                              + r"(?:(?!(?:them|it|him|her|us|this|that|these|those)\b)[\w'’-]+(?:\s+[\w'’-]+)?,\s+" + _T + r")?"
                              + _M), "list_after"),
    ("partner_of", re.compile(r"\b(?:run|led|held|delivered|conducted|carried out|undertaken|commissioned|chaired)\s+jointly\s+by\s+" + _T + _M), "pairs"),
    ("partner_of", re.compile(r"^[^@a-z]*" + _T + r"(?P<a>@\d+@)\s+(?:and|&)\s+" + _T + r"(?P<b>@\d+@)\s+(?:have|has|had|held|hold|were|are|will|would|jointly|together|work|worked|continue)\b"
                              r"(?!\s+(?:all\s+|both\s+)?(?:joint\s+|standing\s+)?(?:sub-?\s?)?(?:groups?|committees?|panels?|boards?|members?)\s+of\b)"), "ab"),
    ("partner_of", re.compile(r"(?P<a>@\d+@)[,\s]+who\s+(?:are|is|were|was)\s+(?:\w+\s+)?members?\s+of\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # sub_group_of
    # "X, which is a joint sub-group of the A and the B": one relation per parent
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)[,\s]+(?:which\s+|that\s+)?(?:is|was|as|being|(?:be|is|was|were|has\s+been|have\s+been)\s+"
                                r"(?:established|set\s+up|formed|created|constituted)\s+as)?\s*(?:a|the|one of the)?\s*"
                                r"(?:joint\s+)?sub-?\s?(?:group|committee|panel)s?\s+of\s+" + _T + r"(?P<b>@\d+@)"), "a_list"),
    # "The Steering Group is a working group of the Parish Council", "X, a standing panel of this
    # Committee", "The LCDC is a committee of the Council": one body inside another
    # "X is a working group of the Forum and reports to it": both
    ("reports_to", re.compile(r"(?P<a>@\d+@)[^@.]{0,80}?\s+of\s+" + _T + r"(?P<b>@\d+@)[^@.]{0,30}?\band\s+(?:also\s+)?reports?\s+to\s+(?:it|them)\b"), "ab"),
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?(?:,?\s+(?:which|that))?\s+(?:is|was|remains|acts\s+as)\s+(?:a|an|the|one\s+of\s+the)\s+"
                                r"(?:(?:standing|working|formal|statutory|joint|advisory|permanent|task\s+and\s+finish)\s+)?"
                                r"(?:committees?|sub-?\s?committees?|sub-?\s?groups?|groups?|panels?|boards?)\s+of\s+" + _T + r"(?:full\s+)?(?P<b>@\d+@)"), "ab"),
    # the appositive: "The Staffing Panel, a standing panel of this Committee, met" (one kind word, the
    # parent ending the clause; not "..., the boards of the X and ...", "a group of X volunteers")
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?,\s+(?:a|an)\s+(?:standing|working|formal|statutory|joint|advisory|permanent)?\s*"
                                r"(?:committee|sub-?\s?committee|sub-?\s?group|group|panel|board)\s+of\s+" + _T + r"(?:full\s+)?(?P<b>@\d+@)(?=\s*(?:[,.;)]|$))"), "ab"),
    # "The IJB is a partner of the Community Planning Partnership", "a statutory partner in the X"
    ("partner_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?\s+(?:is|are|was|were|became)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w-]+\s+)?partners?\s+(?:of|in|to)\s+"
                              + _T + r"(?P<b>@\d+@)"), "ab"),
    # "The Executive is the decision-making body of the Partnership"
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?\s+(?:is|was|acts\s+as)\s+(?:the|its)\s+"
                                r"(?:decision[- ]making|executive|governing|delivery|operational|strategic)\s+(?:body|arm)\s+of\s+"
                                + _T + r"(?P<b>@\d+@)"), "ab"),
    # "The Council is a founding member of the X"; "agreed a joint working protocol with the Y"
    ("partner_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?\s+(?:is|are|was|were|became)\s+(?:a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}members?\s+of\s+"
                              + _T + r"(?P<b>@\d+@)"), "ab"),
    ("partner_of", re.compile(r"\bjoint\s+(?:working\s+)?(?:protocol|agreement|arrangements?|strategy|plan|commissioning|approach)\s+with\s+"
                              + _T + _M), "list_after"),
    # scrutinises (b scrutinises a)
    ("scrutinises", re.compile(r"(?P<a>@\d+@)\s+(?:are|is|were|was|will be|would be|have been|has been|had been)\s+(?:also\s+|being\s+|now\s+)?(?:regulated|inspected|scrutini[sz]ed|audited|reviewed|overseen)\s+by\s+" + _T + r"(?P<b>@\d+@)"), "ba"),
    ("scrutinises", re.compile(r"(?P<b>@\d+@)\s+(?:facilitated|conducted|led|carried out|undertook)\s+(?:a|an|the)\s+[^@.]{0,40}?\b(?:challenge|review|inspection|audit)\s+of\s+" + _T + r"(?P<a>@\d+@)"), "ba"),
    ("scrutinises", re.compile(r"\b(?:inspection|review|audit|challenge)\s+of\s+" + _T + r"(?P<a>@\d+@)\s+(?:\w+\s+){0,2}?by\s+" + _T + r"(?P<b>@\d+@)"), "ba"),
    ("scrutinises", re.compile(r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?[,\s]+[^@.]{0,30}?\b(?:scrutinis\w*|scrutiniz\w*|hold\w*\s+\w+\s+to\s+account|asking\s+questions\s+about)\b[^@.]{0,60}?(?P<a>@\d+@)"), "ba"),
    # "CIW inspects the Council's social services", "Ofsted inspected the Council"
    ("scrutinises", re.compile(r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?\s+(?:inspects|inspected|regulates|regulated|audits|audited|will\s+inspect|is\s+to\s+inspect)\s+"
                               + _T + r"(?P<a>@\d+@)"), "ba"),
    # delegates_to
    # (no "to" in the gap: "delegates to the Head of Planning the power to refer ... to the Council")
    ("delegates_to", re.compile(r"\bdelegate[sd]?\s+(?:(?!to\b)[\w'’-]+\s+){0,10}?to\s+" + _T + _M), "list_after"),
    # "The Transport Committee ... exercises the functions delegated to it by the Board"
    ("delegates_to", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?[^@.]{0,80}?\bdelegated\s+to\s+(?:it|them)\s+by\s+" + _T + r"(?P<b>@\d+@)"), "ba"),
    # "The Start Well Partnership and the Mental Health Partnership are sub-groups of the Board"
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)\s+(?:and|&)\s+" + _T + r"(?P<a2>@\d+@)\s+(?:are|were)\s+(?:both\s+)?(?:joint\s+)?"
                                r"sub-?\s?(?:groups?|committees?|panels?)\s+of\s+" + _T + r"(?P<b>@\d+@)"), "two_a"),
    # appoints
    ("appoints", re.compile(r"(?P<a>@\d+@)\s+[^@.]{0,20}?\bappoint(?:s|ed)?\b[^@.]{0,60}?\b(?:to|on|as\s+(?:an?\s+)?(?:trustee|director|member|governor|representative)s?\s+(?:of|on|to))\s+"
                            # ("... two members to the governing body of Y School": the school's)
                            + r"(?:the\s+(?:governing\s+body|board|management\s+committee|trustees)\s+of\s+)?" + _T + r"(?P<b>@\d+@)"), "ab"),
    # "X be appointed to the Y", "declared X appointed to the Board of Y": the meeting appoints
    ("appoints", re.compile(r"\b(?:be|been|were|was|declared\s+[^@.]{0,160}?)\s*appointed\s+(?:as\s+[^@.]{0,40}?\s+)?(?:to|on)\s+(?:the\s+board\s+of\s+)?" + _T + _M), "meeting_to"),
    # "The Council considered the recommendation of the Finance Committee": X reports to the meeting
    ("reports_to", re.compile(r"\b(?:considered|received|noted|approved|adopted|accepted|endorsed)\s+(?:the\s+)?recommendations?\s+(?:of|from)\s+" + _T + _M), "to_meeting"),
    # "Circulated, report of the Chairperson of the X Committee": X reports to the meeting
    ("reports_to", re.compile(r"\breport\s+of\s+(?:the\s+)?(?:chair(?:man|person|woman)?|convenor)\s+of\s+" + _T + _M), "to_meeting"),
    # "to develop and recommend policy to the Full Council", "it was agreed to recommend the scheme
    # for approval to the full Council": the body named before, else the meeting, recommends
    ("reports_to", re.compile(r"\brecommend\w*\s+(?:\w+\s+){0,5}?to\s+" + _T + r"(?:full\s+)?" + _M), "meeting_list"),
    # "Eastshire County Council, through its Economic Initiatives unit, has led ...": a unit of its own
    ("sub_group_of", re.compile(r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?,?\s+(?:through|via|by\s+means\s+of)\s+its\s+(?P<a>@\d+@)"), "ab"),
    # "a new Tourism Department within the Rural Development Directorate"
    ("sub_group_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?\s+(?:(?:based|sitting|placed|located)\s+)?within\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # "a positive partnership between the Council and the Sports Club"
    ("partner_of", re.compile(r"\b(?:partnership|collaboration|joint\s+working|agreement)\s+between\s+" + _T + r"(?P<a>@\d+@)\s+(?:and|&)\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
    # "The Chair of the Neighbourhood Plan Working Group gave the following update": the group updates the meeting
    ("updates", re.compile(r"\b(?:chair(?:man|person|woman)?|convenor|convener|lead|leader)\s+of\s+" + _T + _M + r"[^@.]{0,60}?\b(?:gave|provided|presented)\s+"
                           r"(?:the\s+following\s+|an?\s+|her\s+|his\s+|their\s+)?(?:\w+\s+)?(?:update|report)\b"), "to_meeting"),
    # "the three statutory safeguarding partners are the Council, Westby Police and the ICB": each a
    # partner of the partnership the sentence (or the item) is about
    ("partner_of", re.compile(r"\bpartners?(?:\s*\(@\d+@\))?,?\s+(?:are|were|namely|include|including|comprise|being)\s+(?:namely\s+)?" + _T + _M), "partners_list"),
    # "the X Partnership, a partnership of A, B and C"; "the CSP, which brings together A, B and C";
    # "the Unit is hosted by X and is a partnership of A and B": each a partner of the sentence's first body
    ("partner_of", re.compile(r"\b(?:(?:an?|the)\s+(?:\w+\s+)?partnership\s+of|brings?\s+together)\s+"
                              + _T + _M), "partnership_of"),
    # "Westby City Council, the County Council's partner in the Transport Alliance": the owner's partner
    ("partner_of", re.compile(r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?,\s+(?:the\s+)?(?P<a>@\d+@)['’]s\s+(?:[\w-]+\s+)?partner\b"), "ab"),
    # "Westby CVS is the Council's strategic partner for the voluntary sector"
    ("partner_of", re.compile(r"(?P<a>@\d+@)(?:\s*\(@\d+@\))?\s+(?:is|are|was|were|remains?)\s+(?:the\s+)?(?P<b>@\d+@)['’]s\s+(?:[\w-]+\s+)?partners?\b"), "ab"),
    # "The Board receives a quarterly update from the X Group": the group updates the board
    ("updates", re.compile(r"(?P<b>@\d+@)(?:\s*\(@\d+@\))?\s+(?:receives?|received|will\s+receive|is\s+given)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:updates?|reports?)"
                           r"\s+(?:reports?\s+)?from\s+" + _T + r"(?P<a>@\d+@)"), "ab"),
    # "the Partnership's three sub-groups, the A, the B and the C, ...": each a sub-group of the owner
    ("sub_group_of", re.compile(r"(?P<b>@\d+@)['’]s\s+(?:\w+\s+)?(?:sub-?\s?groups|sub-?\s?committees|working\s+groups|"
                                r"task\s+groups|sub-?\s?panels),?\s+(?:namely\s+|being\s+)?" + _T + _M), "list_to_b"),
    # "He continues as the Council's representative on the Northbury Valley Landscape Board"
    ("partner_of", re.compile(r"(?P<a>@\d+@)\s+representatives?\s+(?:on|to)\s+" + _T + r"(?P<b>@\d+@)"), "ab"),
]

# Each rule's literal screen (see screen.py): most sentences hold none of a rule's words.
_SCREENS = [screen(rx) for _rel, rx, _how in _RULES]

# the next body of a list; a named member of the list that is no body ("the County Registrar, the
# Department of X and An Post") is passed over
_LIST_NEXT = re.compile(
    r"^(?:\s*(?:,|and|&|to|\(|\)|the|its|this|[A-Z][a-z]+(?=\s*\(@)|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*,)))*\s*" + _M)
_MEMBERS_NEXT = re.compile(r"^\s*(?:,|and|&)?\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s(?:\s*[,:–-]|\s+(?=and\b))(?:\s*(?:,|and|&|the|its|this))*\s*" + _M)
_REPORT_FOR = re.compile(r"\breport\b[^@.]{0,40}?\b(?:for|on|of|from)\b[^@.]{0,30}?" + _M)
_DIRECTORATE = re.compile(r"^\s*(?:\d+\.\s*)?Directorate\s*:?", re.M)


class _Resolver:
    """Body mention text -> Body of the document (exact forms, then generic references)."""

    def __init__(self, bodies: list[Body]):
        self.bodies = bodies
        self.by_key: dict[tuple, Body] = {}
        for b in bodies:
            for f in [b.name] + b.aliases + b.acronyms:
                self.by_key.setdefault(tuple(_key_tokens(_display(f))), b)
                self.by_key.setdefault((f.upper(),), b)
        self.recent: list[Body] = []
        self.uses: Counter = Counter()  # named mentions per body, for "the full Council"
        self.own: Optional[Body] = None  # the body whose meeting the paper records
        self.title: Optional[Body] = None  # the body the paper's first words name (its letterhead)

    def resolve(self, text: str, label: str, remember: bool = False) -> Optional[Body]:
        """The body a mention names; ``remember`` makes a named body the latest one for the
        references that follow ("The FSCP ... which scrutinises the work of the Partnership")."""
        key = tuple(_key_tokens(_display(text)))
        if label != "GENERIC":
            b = self.by_key.get(key) or self.by_key.get((text.upper(),))
            if b is None:
                for i in range(1, len(key) - 1):  # drop a leading place or possessor
                    b = self.by_key.get(key[i:])
                    if b:
                        break
            if b is None and len(key) > 1:  # "the County Council": the one body whose name ends so
                ends = {x.name: x for x in self.bodies for f in [x.name] + x.aliases if tuple(_key_tokens(f))[-len(key):] == key}
                b = next(iter(ends.values())) if len(ends) == 1 else None
            if b is not None and remember:
                self.recent.append(b)
            return b
        # "the Select Commission", "the Board", "the partnership"
        cands = [b for b in self.bodies if any(tuple(_key_tokens(f))[-len(key):] == key for f in [b.name] + b.aliases)]
        if len(cands) == 1:
            return cands[0]
        if self.own in cands:
            return self.own  # a board's minutes call it "the Board"
        if self.title is not None:  # "the Council" of a paper headed by its council's name
            title = tuple(_key_tokens(self.title.name))
            heads = [c for c in cands if title[: len(tuple(_key_tokens(c.name)))] == tuple(_key_tokens(c.name))]
            if len(heads) == 1:
                return heads[0]
        for b in reversed(self.recent):
            if b in cands or (not cands and tuple(_key_tokens(b.name))[-1:] == key[-1:]):
                return b
        # none named lately: the one the paper names far more often than the others (its own council)
        ranked = sorted(cands, key=lambda b: -self.uses[b.name])
        if len(ranked) > 1 and self.uses[ranked[0].name] >= 2 * max(1, self.uses[ranked[1].name]):
            return ranked[0]
        return None


_CORRESPONDENCE_PASSED = re.compile(r"\b(?:questions?|quer(?:y|ies)|letters?|complaints?|comments?|concerns?|matters?|petitions?|"
                                    r"e-?mails?|enquir(?:y|ies)|correspondence)\b[^@.]{0,40}$")


def find_body_relations(blocks: Iterable, document: Document, bodies: list[Body],
                        meeting_body: Optional[str] = None) -> list[BodyRelation]:
    """Relations between two bodies that a sentence of the document states (``blocks``: the parsed
    blocks of ``parse(document)`` with ``gg_bodies`` in the pipeline, as a list). A relation whose
    one side is the meeting itself ("be appointed to X") takes ``meeting_body``."""
    res = _Resolver(bodies)
    mentions_all = []
    for b in blocks:
        if "bodies" not in b.doc.spans:
            continue
        ms = []
        for sp in b.doc.spans["bodies"]:
            ms.append((b.start + sp.start_char, b.start + sp.end_char, sp.text, sp.label_))
        mentions_all.append((b, ms))
    counts = Counter()
    for _b, ms in mentions_all:
        for s, e, t, lab in ms:
            if lab != "GENERIC":
                body = res.resolve(t, lab)
                if body is not None:
                    res.uses[body.name] += 1
                if body is not None and body.kind == "committee":
                    counts[body.name] += 1
    res.title = next((res.resolve(t, lab) for _b, ms in mentions_all[:1] for _s, _e, t, lab in ms[:1] if lab == "BODY"), None)
    default = next((b for b in bodies if meeting_body and b.name.lower() == meeting_body.lower()), None) \
        or next((b for b in bodies if counts and b.name == counts.most_common(1)[0][0]), None)
    res.own = next((b for b in bodies if meeting_body and b.name.lower() == meeting_body.lower()), None)

    out: list[BodyRelation] = []
    seen = set()
    item_subject: Optional[Body] = None
    directorate: Optional[Body] = None
    # Sentences come from the one splitter over the whole text: a sentence that PDF conversion
    # broke with a blank line ("... declared Councillors\n\nA, B and C appointed to the X")
    # spans blocks, so its mentions are gathered from every block it covers.
    spans = list(sentences(document.text, 0))
    starts = [blk.start for blk, _ in mentions_all]
    resolved: dict[int, list] = {}

    def resolved_in(k: int) -> list:
        if k not in resolved:
            resolved[k] = [(s, e, res.resolve(t, lab, remember=True), lab) for s, e, t, lab in mentions_all[k][1]]
        return resolved[k]

    si = 0
    prev: list[Body] = []
    for k, (block, ms) in enumerate(mentions_all):
        btext = block.text or block.doc.text
        first_line = btext.split("\n", 1)[0]
        is_heading = "\n" not in btext.strip() and bool(_HEADING.match(first_line)) and len(first_line) < 160 \
            and not re.search(r"[a-z]\.\s+[A-Z]", first_line)
        if _ITEM.match(first_line) and is_heading:
            item_subject = None
            res.recent = []
        here = resolved_in(k)
        if _DIRECTORATE.search(btext):
            for s, e, body, lab in here:
                if body is not None and lab != "GENERIC" and e - block.start > _DIRECTORATE.search(btext).end():
                    directorate = body
                    break
        if is_heading:
            prev = []
            for s, e, body, lab in here:
                if body is not None and body is not default and lab != "GENERIC":
                    item_subject = body
                    break
        block_end = starts[k + 1] if k + 1 < len(starts) else len(document.text)
        while si < len(spans) and spans[si][0] < block_end:
            s0, s1 = spans[si]
            si += 1
            if s1 <= block.start:
                continue
            last = bisect_right(starts, s1 - 1) - 1
            sent_ms = [m for j in range(k, max(k, last) + 1) for m in resolved_in(j) if m[0] >= s0 and m[1] <= s1]
            if not sent_ms:  # every rule names at least one body in its sentence
                prev = []
                continue
            tmpl, pos = _template(document.text, s0, s1, sent_ms)
            if item_subject is None:
                m = _REPORT_FOR.search(tmpl)
                if m and sent_ms[int(m.group(1))][2] is not default:
                    item_subject = sent_ms[int(m.group(1))][2]
            for rel, body_a, body_b in _match(tmpl, sent_ms, pos, res, item_subject, directorate, default, prev):
                if body_a is None or body_b is None or body_a is body_b:
                    continue
                key = (body_a.name if isinstance(body_a, Body) else body_a, rel, body_b.name)
                if key in seen:
                    continue
                seen.add(key)
                out.append(BodyRelation(key[0], rel, key[2], document.evidence(s0, s1)))
            prev = [body for s, e, body, lab in sent_ms if body is not None]
            res.recent.extend(prev)
    return out


def _overlapping(rx: re.Pattern, text: str):
    """Every match, overlapping ones too: in "A, which reports to B, which in turn reports to C"
    the second relation starts inside the first."""
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1


def _template(text: str, s0: int, s1: int, ms) -> tuple[str, list[int]]:
    parts, pos, last = [], [], s0
    for i, (s, e, _b, _l) in enumerate(ms):
        parts.append(text[last:s])
        pos.append(sum(len(p) for p in parts))
        parts.append(f"@{i}@")
        last = e
    parts.append(text[last:s1])
    return "".join(parts).replace("\n", " "), pos


# A reported clause: what follows is someone's statement, with its own subject ("She explained that
# the X had met, and that the Y reports to the Board": the second clause's subject is Y).
_SAID_THAT = re.compile(r"(?:\b(?:noted|reported|advised|explained|confirmed|said|stated|heard)\s+|\b(?:informed|reminded|told)\s+(?:\w+\s+){1,4}?"
                        r"|(?<=,)\s*and\s+)that\s", re.IGNORECASE)


def _match(tmpl, ms, pos, res, item_subject, directorate, default, prev):
    low = tmpl.lower()

    def body(i):
        return ms[i][2]

    def before(k):  # nearest resolved body before template position k
        for j, mm in reversed(list(enumerate(re.finditer(_M, tmpl)))):
            if mm.end() <= k and body(int(mm.group(1))) is not None and ms[int(mm.group(1))][3] != "POST_BODY":
                return body(int(mm.group(1)))
        return None

    def first(k):  # first resolved body before template position k
        # (after a reported clause: "The Committee noted that the X is accountable to Y": X's)
        said = None
        for said in _SAID_THAT.finditer(tmpl, 0, k):
            pass
        lead = re.match(r"(?:the\s+)?" + _M, tmpl[said.end():k]) if said is not None else None
        if lead and body(int(lead.group(1))) is not None:  # the clause opens with its subject
            k0 = said.end()
        else:
            k0 = 0
        for mm in re.finditer(_M, tmpl[k0:k]):
            i = int(mm.group(1))
            if body(i) is not None and ms[i][3] != "POST_BODY":
                return body(i)
        return None

    def listed(k, members=False):  # the bodies listed from template position k
        got = []
        rest = tmpl[k:]
        while True:
            m = _LIST_NEXT.match(rest)
            if not m and members:  # a list of members may name some by kind ("the six councils, X and Y")
                m = _MEMBERS_NEXT.match(rest)
            if not m:
                break
            owned = re.match(r"['’]s\s+" + _M, rest[m.end():])
            if owned:  # "to the Council's Overview and Scrutiny Committee": the one owned
                m = re.match(r"[\s\S]*?['’]s\s+" + _M, rest)
            b = body(int(m.group(1)))
            if b is not None and b not in got:
                got.append(b)
            rest = rest[m.end():]
        return got

    for (rel, rx, how), ok in zip(_RULES, _SCREENS):
        if not ok(low, low):
            continue
        for m in _overlapping(rx, low):
            if how == "meeting_list":
                # the meeting recommends in a decision ("it was agreed to recommend", "... be recommended
                # to the Council"), not in a remit ("to make recommendations to the Cabinet")
                decided = re.search(r"\b(?:agreed|resolved|decided)\b|\bbe\s+recommended\b", low[: m.end()])
                src = first(m.start()) or (default if decided else None)
                for t in listed(m.start(len(m.groups())) - 1):
                    yield rel, src, t
            elif how == "list_after":
                targets = listed(m.start(len(m.groups())) - 1)
                # the subject is the sentence's first body, unless a relative clause names a nearer
                # one ("the X Group, which reports to ..."; "..., which in turn reports to ...")
                relative = re.search(r"@\d+@[^@]{0,30}\b(?:which|who|that)\s+(?:in\s+turn\s+|also\s+)?$", low[: m.start()])
                src = first(m.start()) if rel == "reports_to" and not relative else before(m.start())
                if src is None:
                    if rel == "updates":
                        src = directorate if re.search(r"\b(?:this|the)\s+(?:report|paper)\b", low[: m.start()]) else None
                        if item_subject not in targets:
                            src = src or item_subject
                        src = src or next((b for b in reversed(prev) if b not in targets), None)
                    elif rel == "reports_to" and not _CORRESPONDENCE_PASSED.search(low[: m.start()]):
                        # (not "the question had been passed to X": a letter sent on is no reporting line)
                        src = item_subject
                    elif rel == "partner_of":
                        src = default
                for t in targets:
                    yield rel, src, t
            elif how == "a_list":
                a = body(int(m.group("a")[1:-1]))
                for t in listed(m.start("b")):
                    yield rel, a, t
            elif how == "pairs":
                bs = listed(m.start(len(m.groups())) - 1)
                for i, a in enumerate(bs):
                    for b in bs[i + 1:]:
                        yield rel, a, b
            elif how == "two_a":
                for a in ("a", "a2"):
                    yield rel, body(int(m.group(a)[1:-1])), body(int(m.group("b")[1:-1]))
            elif how == "all_before":  # "A, B and C are committees of D"
                whole = body(int(m.group("b")[1:-1]))
                for mm in re.finditer(_M, low[m.start(): m.start("b")]):
                    yield rel, body(int(mm.group(1))), whole
            elif how == "list_to_b":  # "... a partner in B, together with A1 and A2"
                whole = body(int(m.group("b")[1:-1]))
                for a in listed(m.start(len(m.groups())) - 1):
                    yield rel, a, whole
            elif how == "partnership_of":  # "the X Partnership, a partnership of A, B and C": the body before
                # an appositive or relative clause describes the body just before it; a verb
                # phrase ("X is hosted by Y and is a partnership of") the sentence's subject
                whole = before(m.start()) if re.search(r",\s*(?:which\s+|that\s+)?$", low[: m.start()]) else first(m.start())
                for a in listed(m.start(len(m.groups())) - 1, members=True):
                    yield rel, a, whole
            elif how == "partners_list":  # the partners' partnership: named, last named, the paper's own
                whole = first(m.start()) or next((b for b in reversed(res.recent) if b.kind == "partnership"), None) \
                    or (res.title if res.title is not None and res.title.kind == "partnership" else None) or item_subject or default
                for a in listed(m.start(len(m.groups())) - 1):
                    yield rel, a, whole
            elif how == "meeting_to":
                yield rel, default, body(int(m.group(1)))
            elif how == "to_meeting":
                yield rel, body(int(m.group(1))), default
            elif how == "on":
                if re.search(r"\b(?:this|the)\s+(?:item|report|paper|presentation)\b", low[: m.start()]):
                    yield "updates", body(int(m.group(1))), default
            else:
                a, b = body(int(m.group("a")[1:-1])), body(int(m.group("b")[1:-1]))
                yield (rel, a, b) if how == "ab" else (rel, b, a)
