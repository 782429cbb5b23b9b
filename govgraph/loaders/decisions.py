"""Resolutions: the decisions a meeting recorded, in any of the genre's formulas.

- a formula heading a line: "RESOLVED:-", "Resolved - That", "And Resolved:", "AGREED:",
  "DECISION:", "- Agreed", "NOTED", with its text on the line or the lines below, and numbered
  sub-decisions "(1) That ... (2) That ...", "(A)", "a)", "1." as one row each;
- a formula in a sentence: "It was (unanimously) agreed / resolved / decided that ... / to ...",
  "The Committee agreed that ...", "Councillors agreed to ...";
- the proposer and seconder formula: "On the proposal of X, seconded by Y, the minutes ... were
  confirmed", "Proposed by X, seconded by Y and agreed that ...", "The minutes ... were proposed
  by X, seconded by Y, and agreed";
- an outcome stated in a few words: "Approved & signed as correct", "All approved for payment",
  "Payment agreed", "Approval recommended".

``text_start`` is the decision's own words: after "That" where the text has it, else from the
verb's object ("to defer this item ..."), else the outcome as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govgraph.loaders.dates import MONTHS
from govgraph.loaders.lines import Line, is_upper_heading, split_lines, squash
from govgraph.loaders.screen import screened
from govgraph.loaders.sentences import sentences
from govgraph.loaders.vocab import DECIDING_BODY_NAMED, DECIDING_SUBJECT

__all__ = ["Decision", "find_decisions", "REQUESTS_REPORT"]


@dataclass
class Decision:
    text: str
    start: int
    end: int
    requests_report: bool = False


# A resolution that asks for a report (or update, briefing, attendance to present) to come back.
REQUESTS_REPORT = re.compile(
    r"\b(?:reports?|updates?|briefings?|feedback|information)\b[^.;]{0,80}?\b(?:be|is\s+to\s+be|to\s+be)\s+"
    r"(?:submitted|brought|presented|provided|circulated|reported|given|made\s+available)"
    r"|\bbe\s+(?:reported|brought|referred)\s+(?:back\s+)?to\b"
    r"|\b(?:asked|invited|requested)\s+to\s+(?:report|present|bring|provide|submit|attend\s+a\s+future)\b"
    r"|\b(?:bring|submit|present|provide)\s+(?:a|an)\s+(?:further\s+|progress\s+|annual\s+|follow[- ]up\s+)?(?:report|update|briefing)"
    r"|\brequested\s+(?:an?\s+)?(?:further\s+|off[- ]agenda\s+)?(?:update|report|briefing|feedback)"
    r"|\binvited\s+to\s+(?:a|the)\s+(?:future|next)\s+meeting\b|\breport\s+back\b",
    re.IGNORECASE,
)

_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"  # of votes cast
_HEAD = re.compile(
    r"^[\s\-•*>|]*(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+(?=(?-i:[A-Z]{4,})))?"
    # a bilingual label, the other language first ("PENDERFYNIAD / DECISION:")
    r"(?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*(?=(?:resolved|agreed|decisions?|decided)\b))?"
    # "The Board AGREED:", "The Committee RESOLVED that": a body, then the formula in capitals
    r"(?:(?:the\s+)?(?:board|committee|sub-committee|council|cabinet|panel|commission|forum|partnership|group|"
    r"executive|authority|assembly)\s+(?=(?-i:[A-Z]{5,})\b|(?:resolved|agreed|decided)\s*:))?"  # or "The Committee agreed:-"
    r"(?:and\s+)?(?:it\s+was\s+)?(?:(?:further|also|then|therefore|unanimously)\s+)?"
    r"(?P<f>resolved|agreed|decisions?|decided|noted|(?-i:RECOMMENDED))\b(?!\s+(?:sheet|notice|log|maker|reference|summary|tracker|record|list|date|making|paper)s?\b)"
    r"(?:\s*\(?\s*unanimously\s*\)?)?"
    r"(?P<end>\s*(?::-|:\s*[-–]|:|–|—|-(?=\s|$)|,)\s*|\s+(?=that\b|to\s|[\"“(]|(?-i:[A-Z]))|\s*\.?\s*$"
    # "NOTED the forward plan", "RESOLVED under section 100A ... to exclude": words after a capitals formula
    r"|(?<=(?-i:[A-Z]{5}))\s+(?=the\b|(?:under|in\s+accordance\s+with|pursuant\s+to|unanimously)\b))",
    re.IGNORECASE,
)
_PART = re.compile(
    r"^\s*[-•]?\s*(?:\(\s*(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4})\s*\)|(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\s*[).](?!\d)"
    r"|\d{1,2}\.\d{1,2}\.?(?=[ \t]+(?:To|That|Not)\b))\s*",
)  # "(a)", "2.", "iv)", "5.2<TAB>To approve" (a record of decisions' numbered parts); not "11.00 am"
_INLINE_PART = re.compile(
    r"(?:^|(?<=\s))\(\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\s*\)\s*(?=that\b|[A-Z\"“])|"
    r"^\s*[-•]?\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\s*[).]\s+",
    re.IGNORECASE | re.MULTILINE,
)
# A vote counted in brackets after the formula: "RESOLVED (4 for, 1 against, 1 abstention) that ..."
# "Members voted unanimously to ...", "The Forum voted by 7 votes to 2 to ...": the vote carried it
_VOTED = screened(re.compile(r"\bvoted\s+(?:unanimously\s+|by\s+(?:a\s+majority|\d+\s+(?:votes\s+)?to\s+\d+)\s+)?(?=to\s+(?!abstain\b)[a-z])",
                    re.IGNORECASE))
_VOTERS = re.compile(r"\b(?:members|councillors|representatives|the\s+(?:committee|forum|board|panel|council|cabinet|meeting))\b",
                     re.IGNORECASE)  # who votes at the meeting (not "residents voted in the survey")
# A body and a colon ending its sentence, its decisions in parts below ("The Forum:", "The Board:-")
# "The Panel thanked X for their presentation and AGREED:": the formula ends the sentence, its parts below
_FORMULA_LEAD_IN = screened(re.compile(r"\b(?:and\s+)?(?:agreed|resolved|decided)\s*:-?\s*$", re.IGNORECASE))
_BODY_LEAD_IN = screened(re.compile(r"(?:^|[.;]\s+)" + DECIDING_BODY_NAMED + r"\s*:-?\s*$", re.IGNORECASE))
_VOTE = r"\((?=[^()]{0,80}\b(?:for|against|favour|abstentions?|unanimous(?:ly)?|nem\.?\s*con\.?|voting|votes?)\b)[^()]{1,80}\)"
_THAT = re.compile(r"^[\s\"“‘']*that\b[\s,:]*", re.IGNORECASE)
_IN_SENTENCE_VERB = re.compile(r"resolved|agreed|decided", re.IGNORECASE)  # a cheap test before the long pattern
_IN_SENTENCE = screened(re.compile(
    # "After a discussion it was agreed that": a lead-in with no comma after it
    r"(?:(?:^|[,;:]\s*|\bthen\s+|\b(?:after|following)\s+(?:[a-z]+\s+){0,3}?(?:discussion|debate|deliberation|consideration)\s+)"
    r"(?:it\s+was\s+|" + DECIDING_SUBJECT + r"\s+)|\band\s+(?:it\s+was\s+|" + DECIDING_SUBJECT + r"\s+)?)"
    r"(?:(?:then|therefore|also|further|subsequently|formally|all)\s+)?(?:unanimously\s+)?"
    r"(?P<verb>resolved|agreed|decided)(?:\s+unanimously)?"
    # "it was agreed by all members that", "agreed by a majority of those present to"
    r"(?:\s+by\s+(?:all|a\s+(?:clear\s+)?majority)(?:\s+(?:of\s+)?(?:the\s+)?(?:members|councillors|those\s+present|present))?"
    # "it was resolved by four votes to one that", "agreed by 7 votes to 2, with 1 abstention, to"
    r"|\s+by\s+" + _COUNT + r"\s+(?:votes?\s+)?to\s+(?:nil|none|" + _COUNT + r")"
    r"(?:\s*(?:,|\()?\s*with\s+(?:\d+|one|two|three|four|five)\s+abstentions?\s*(?:,|\))?)?)?"
    r"(?:\s*" + _VOTE + r")?,?\s+(?:on\s+the\s+proposal\s+of\s+[^.;]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,60}?,\s+)?"
    r"(?P<obj>that\b|to\s+(?!the\s+(?:request|recommendation)\b)|(?=(?:this|these|it|the)\s+\w+\s+(?:was|were|is|be)\b))",
    re.IGNORECASE,
))
_SECONDED = screened(re.compile(
    r"\b(?:on\s+the\s+proposal\s+of|proposed\s+by)\s+[^.;]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+"
    r"(?:(?:councillors?|cllrs?|cmhlr|mr|mrs|ms|dr)\.?\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?(?:\s*\([A-Z]\))?\s*[,;]?\s*",
    re.IGNORECASE,
))
_PASSIVE_END = screened(re.compile(
    r"\b(?:was|were|be)\s+(?:(?:duly|unanimously|formally)\s+)?(?:confirmed|adopted|approved|agreed|carried|noted|ratified|accepted|"
    r"taken\s+as\s+read|suspended|deferred|rescinded|waived)\b",  # "..., seconded by Y, Standing Order 4 was suspended"
    re.IGNORECASE,
))
_WAS_PROPOSED = screened(re.compile(
    r"^(?P<subj>(?:the\s+)?[^,;]{4,160}?)\s+(?:was|were)\s+proposed\s+by\s+.+?seconded\s+by\s+.+?\b(?:and\s+)?"
    r"(?:(?:unanimously|duly)\s+)?(?:agreed|adopted|approved|carried|resolved|accepted)\b",
    re.IGNORECASE,
))
_OUTCOME = screened(re.compile(
    r"^[\s\-–—]*(?P<o>(?:all\s+)?(?:approved|agreed|adopted|ratified|carried|accepted)\b[^.;:]{0,50}"
    r"|[A-Z][\w'’]*(?:\s+[\w'’&]+){0,2}\s+(?:approved|agreed|recommended|ratified|adopted)\b(?!\s+(?:of|with)\b)[^.;:]{0,30})\s*[.;]?\s*$",
    re.IGNORECASE,
))
_OUTCOME_WORDS = 8
# The outcome at the end of a sentence: "Recommendation to move X agreed", "... and approved as set
# out below", "Standing orders reviewed, changed and adopted".
_TRAILING_OUTCOME = screened(re.compile(
    r"^(?P<o>(?!(?:he|she|they|i|we|it)\b)[A-Z][^.;]{3,240}?(?<!\bbe)(?<!\bto\sbe)(?<!\bnot)(?<!\bwill\sbe)(?<!\bshould\sbe)(?<!\bbeen)(?<!\bis)(?<!\bare)"
    r"\s(?:(?:and|&)\s+)?(?:duly\s+|unanimously\s+)?(?:agreed|approved|adopted|ratified|accepted)\b(?:\s+(?:as\s+\w+[^.;]{0,40}|following\s[^.;]{0,80}|for\s+(?:issue|payment|signature)[^.;]{0,40}))?)\s*[.;]?\s*$",
))
# A planning consultation answered: "approval recommended", "recommended approval", "no objection".
_PLANNING_ANSWER = re.compile(
    r"\b(?:recommended\s+(?:approval|refusal)|(?:approval|refusal)\s+recommended)\b|^\W*no\s+objections?\W*$", re.IGNORECASE)
# A paper of the meeting's own business passed: "The minutes of the meeting held on 1 August were
# accepted as a true record", "The following payments were approved: ...".
_IN_THE_PAST = re.compile(r"\b(?:in|since|during)\s+(?:19|20)\d\d\b|\b(?:previously|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|"
                          r"\w+\s+ago)\b", re.IGNORECASE)
# Any named thing passed, in a short sentence of its own: "The Financial Regulations were adopted".
_THING_PASSED = screened(re.compile(
    r"^(?!(?:this|it|that)\s+(?:was|were)\b)(?:the\s+)?(?:[\w'’&/-]+\s+){1,7}?(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?"
    r"(?:approved|adopted|accepted|ratified|confirmed|carried)\b(?![^;]*\bby\s+(?!(?:the\s+)?(?:\w+\s+)?(?:council|committee|board|members|meeting)\b))[^;]{0,100}$",  # not by another body
    re.IGNORECASE | re.DOTALL,
))
_PAPER_PASSED = screened(re.compile(
    r"^(?P<o>(?:the\s+)?(?:following\s+)?(?:draft\s+)?(?:minutes|accounts|budget|precept|payments?|invoices?|policy|policies|"
    r"application|recommendations?|terms\s+of\s+reference|standing\s+orders|statement|motion|amendment|proposal|"
    r"nominations?|quotes?|quotations?|tenders?|grants?|report|minute|(?:forward\s+|work\s+|action\s+)?(?:plans?|programmes?))"
    r"\b[^.;]{0,200}?\b(?:was|were|is|are)\s+"
    r"(?:duly\s+|unanimously\s+|formally\s+)?(?:(?:submitted|considered|presented|circulated|read)\s+and\s+)?(?:approved|accepted|agreed|adopted|confirmed|ratified|signed|carried|endorsed|noted)\b.*)$",
    re.IGNORECASE | re.DOTALL,
))
_MOTION_ADOPTED = screened(re.compile(
    r"\b(?:the\s+|this\s+)?motion\b[^;]{0,40}?\b(?:was|were)\b[^;]{0,200}?(?<!\bnot\s)\b(?:adopted|carried|agreed|approved|passed)\b"
    r"|\bdeclared\s+the\s+(?:substantive\s+)?motion\s+(?:carried|adopted|agreed|passed)\b",
    re.IGNORECASE,
))
_MOTION_TEXT = re.compile(
    r"\b(?:I|we)\s+(?:will\s+|shall\s+|hereby\s+)?move\b[^.]{0,80}?\bthat\s+(?P<m>[^.]{8,400})"
    # "Cllr Tierney moved the following motion: \"That the Members ...\""
    r"|\bmoved(?:\s+the\s+following\s+motion)?\s*:?\s*[\"“]\s*that,?\s+(?P<q>[^\"”]{8,600})",
    re.IGNORECASE,
)


def find_decisions(text: str, start: int, end: int) -> list[Decision]:
    """The decisions recorded in ``text[start:end]`` (one item of minutes), in order."""
    lines = split_lines(text, start, end)
    found: list[Decision] = []
    taken: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        here = _from_mid_line_formula(lines, i)
        m = _HEAD.match(here[i].text) or _LEAD_IN.match(here[i].text)
        if m and not _narrative_head(here[i].text, m) and not (m.end() >= len(here[i].text.rstrip()) and ":" not in m.group("end") and _trailing(here, i)):
            block, nxt = _head_block(text, here, i, m)
            found.extend(block)
            taken.append((here[i].start, here[nxt - 1].end))
            i = nxt
            continue
        i += 1
    previous, prev_s = "", start
    lead_in = False  # the last decision ended on a colon: "it was RESOLVED to RECOMMEND to Council:"
    for s, e in sentences(text[start:end], start):
        sent = text[s:e]
        if any(a <= s < b or a < e <= b for a, b in taken):
            previous, prev_s = sent, s
            continue
        if lead_in and _PART.match(sent):  # "(a) that ...": a decision of its own under the lead-in
            found.extend(_parts(text, s, e))
            continue
        lead_in = False
        if (_BODY_LEAD_IN.search(sent) or _FORMULA_LEAD_IN.search(sent)) and _PART.match(text[e:end].lstrip()):
            # "... were eligible to vote. The Forum:" / "(a) noted the settlement; (b) agreed ...": each part
            lead_in = True
            noted = _noted_then_decided(text, s, e)  # "The Committee noted the X and AGREED:": X too
            if noted:
                found.append(noted)
            previous, prev_s = sent, s
            continue
        noted = _noted_then_decided(text, s, e)  # "The Committee noted the X and AGREED that Y": two
        if noted:
            found.append(noted)
        d = _motion_adopted(text, start, s, sent) or _put_motion(text, s, e, previous) or _carried_proposal(text, s, e) \
            or _in_sentence(text, s, e) \
            or _agreed_after(text, prev_s, previous, sent)
        if d and d.text.rstrip().endswith(":") and _PART.match(text[d.end:end].lstrip(" \t\n:-")):
            lead_in = True  # its parts below are the decisions, not the lead-in
            if text[d.end:e].strip(" \t\n:-"):  # the sentence ran on into its first part
                found.extend(_parts(text, d.end, e))
        elif d:
            found.append(d)
        previous, prev_s = sent, s
    found = [part for d in found for part in _two_formulas(text, d)]
    found.sort(key=lambda d: d.start)
    return _dedupe(found)


# "Proposed Cllr A, seconded Cllr B, all in favour: to award £750 to ...": the vote, then the decision
_PROPOSAL_CARRIED = screened(re.compile(
    r"\s*proposed\s+(?:by\s+)?(?:[^.;:]|(?<=\b[A-Z])\.){2,60}?,?\s+(?:and\s+)?seconded\s+(?:by\s+)?(?:[^.;:]|(?<=\b[A-Z])\.){2,60}?(?:,\s*|\s+and\s+)"
    r"(?:all\s+(?:were\s+)?in\s+favou?r|unanimously\s+agreed|agreed|carried|(?:agreed|carried)\s+unanimously)(?:\s*\([^()]{1,40}\))?"
    r"\s*(?::|[–—-]\s)\s*", re.IGNORECASE))


def _carried_proposal(text: str, s: int, e: int) -> Decision | None:
    m = _PROPOSAL_CARRIED.match(text[s:e])  # (the screen reads the sentence, not the whole text)
    return _decision(text, s + m.end(), e) if m else None


# "The Board NOTED the annual report and AGREED that ...": a second formula in capitals
_AND_FORMULA = re.compile(r"\s+and\s+(?:(?:also|further)\s+)?(?-i:AGREED|RESOLVED|DECIDED)\b\s*:?")


def _two_formulas(text: str, d: Decision) -> list[Decision]:
    """A decision that holds a second formula in capitals is two decisions."""
    m = _AND_FORMULA.search(text, d.start, d.end)
    if not m:
        return [d]
    parts = [_decision(text, d.start, m.start()), _decision(text, m.end(), d.end)]
    return [p for p in parts if p] or [d]


# A sentence that ends on its formula and a colon, the parts below ("Having considered the report, I,
# the Cabinet Member for X, have decided:" / "(a) to approve ..."): a record of an individual decision.
_LEAD_IN = re.compile(r"^(?:.*\b(?:have|has|had)\s+(?:unanimously\s+)?"
                      r"|\s*(?-i:I),?(?:\s+the\s+[\w\s]{2,60}?,)?\s+)"  # "I, the Mayor, approve:": a decision maker in the first person
                      r"(?P<f>decided|agreed|resolved|approve|decide|agree|determine)(?P<end>\s*:-?\s*)$", re.IGNORECASE)
# "That the Board:-", "That Cabinet": the subject of the parts below, no decision of its own.
_INTRODUCES_PARTS = re.compile(
    r"[\"“]*(?:(?i:that)\s+)?(?:(?i:the)\s+)?(?:[A-Z][\w-]*\s+){0,3}(?i:board|council|committee|cabinet|panel|authority|"
    r"executive|commission|partnership|group|forum|assembly|sub-committee|members)"
    r"(?:\s+(?i:agreed|resolved|decided|noted))?\s*(?::-|:|-|–)?")
# "Proposed Cllr A, seconded Cllr B, all in favour – RESOLVED to ...": the formula, in capitals,
# after the vote on the same line.
# ("... taken as read. Resolved: That ...": in title case only as a label, with its colon)
_MID_LINE_FORMULA = re.compile(r"(?:\s[–—-]|[.;])\s+(?=(?-i:RESOLVED|AGREED|DECIDED)\b|(?-i:Resolved|Agreed|Decided)\s*:)")


_DECISION_CELL = re.compile(r"^\s*(?:decisions?|resolutions?|outcome)\s*:?\t+", re.IGNORECASE)


def _from_mid_line_formula(lines: list[Line], i: int) -> list[Line]:
    """``lines`` with line ``i`` starting at a formula it holds after a dash, else ``lines``."""
    ln = lines[i]
    cell = _DECISION_CELL.match(ln.text)  # "Decision<TAB>Cabinet RESOLVED:": a table's label cell
    if cell and _HEAD.match(ln.text[cell.end():]):
        at = cell.end()
        return lines[:i] + [Line(ln.index, ln.start + at, ln.end, ln.text[at:])] + lines[i + 1:]
    mid = _MID_LINE_FORMULA.search(ln.text)
    if mid is None or _HEAD.match(ln.text):
        return lines
    at = mid.end()
    return lines[:i] + [Line(ln.index, ln.start + at, ln.end, ln.text[at:])] + lines[i + 1:]


def formula_lines(lines: list[Line]) -> list[Line]:
    """The lines that use a decision formula ("RESOLVED:", "It was agreed that", "The Committee
    resolved to"): the sign, read without the readers, that a text records decisions."""
    return [ln for ln in lines
            if ((m := _HEAD.match(ln.text)) and not _narrative_head(ln.text, m))
            or (_IN_SENTENCE_VERB.search(ln.text) and _IN_SENTENCE.search(ln.text))]


_INTRODUCED = re.compile(r"^\s*(?:[\"“‘']|that\b|\(?\s*(?:\d{1,2}|[a-hA-H]|[ivx]{1,4})\s*[).])", re.IGNORECASE)


def _trailing(lines: list[Line], i: int) -> bool:
    """A formula alone on its line that ends the sentence above ("- Recommendation to move X" /
    "agreed"): the sentence is the decision, read with the sentences."""
    prev = next((ln for ln in reversed(lines[:i]) if not ln.blank), None)
    return prev is not None and prev.index == lines[i].index - 1 and not re.search(r"[.:;!?]\s*$", prev.text)


def _narrative_head(line: str, m: re.Match) -> bool:
    """"Agreed with the bank that ..." or "Noted the report" read as sentences, but "Noted" alone
    or "NOTED:" is a formula; "Resolved" and "Agreed" with a colon or "that" always are."""
    if m.group("f").isupper():
        return False  # "The Board NOTED the forward plan": a formula in capitals is always one
    f = m.group("f").lower()
    if f == "noted":
        return not re.fullmatch(r"\s*[-•*]?\s*noted\s*[.:]?\s*", line, re.IGNORECASE) and ":" not in m.group("end")
    if f in ("decision", "decisions") and re.fullmatch(r"\s*decisions?\s*", line, re.IGNORECASE):
        return False  # "Decision" as a heading of its own over the paragraph that records it
    if f in ("decided", "decision", "decisions"):
        return ":" not in m.group("end") and not re.match(r"\s*that\b", line[m.end():], re.IGNORECASE)
    return False


def _head_block(text: str, lines: list[Line], i: int, m: re.Match) -> tuple[list[Decision], int]:
    """A formula line and the text it heads: the rest of its paragraph, then numbered parts."""
    first = lines[i]
    rest_start = first.start + m.end()
    j = i + 1
    alone = rest_start >= first.end
    if alone:  # "Resolved:-" alone: its text starts on the next line with text
        while j < len(lines) and lines[j].blank:
            j += 1
        if m.group("f").lower().startswith("decision") and _lead_in_below(lines, j):
            return [], i + 1  # "DECISION" over "..., have decided:" and its parts: the lead-in heads them
        introduces = ":" in m.group("end") or m.group("f").lower().startswith("decision") \
            or (j < len(lines) and _INTRODUCED.match(lines[j].text))
        if j < len(lines) and introduces and not _HEAD.match(lines[j].text):
            rest_start = lines[j].start
            j += 1
        elif m.group("f").lower().startswith("decision"):
            return [], i + 1  # "Decision" over "The Committee agreed:-": the formula below records it
        else:  # "- Agreed", "NOTED": the formula is the whole decision
            word = m.group("f")
            return [Decision(squash(word).capitalize(), first.start + m.start("f"), first.start + m.end("f"))], i + 1
    while j < len(lines) and not lines[j].blank and not _PART.match(lines[j].text) and not _HEAD.match(lines[j].text):
        j += 1
    chunks = [(rest_start, lines[j - 1].end if j - 1 > i else first.end)]
    k = j
    own = "" if alone else text[rest_start:chunks[0][1]].strip()  # the formula's own words, on its line and after
    if re.fullmatch(r"[\"“]*that[\s:,-]*", own, re.IGNORECASE):
        own = ""  # "Resolved:- That" over its numbered parts
    elif _next_part(lines, j) and _REASONS_FOLLOW.search(own):
        # "RESOLVED that permission be REFUSED for the following reasons:" / "1. The site ...": the
        # decision is the refusal (or the grant "subject to the following conditions"), its
        # numbered reasons and conditions are not decisions of their own
        k = j
        while k < len(lines) and (lines[k].blank or _PART.match(lines[k].text) or lines[k].text[:1] in " \t"):
            k += 1
        lead = re.match(r"that\s+", own, re.IGNORECASE)
        body = own[lead.end() if lead else 0:].rstrip(" :-")
        at = text.find(body, rest_start)
        return [Decision(body, at, at + len(body))], max(k, i + 1)
    elif _next_part(lines, j) and (_INTRODUCES_PARTS.fullmatch(own) or own.endswith(":")):
        # "Resolved: That the Board:-" / "(i) approves ..."; "RESOLVED to RECOMMEND to Council:" / "(a) that ..."
        chunks, own = [], ""
    elif alone and _next_part(lines, j) and _INTRODUCES_PARTS.fullmatch(text[rest_start:chunks[0][1]].strip()):
        chunks = []  # "Decision" / "The Joint Board agreed:-" / "(a) to note ..."
    if own and re.search(r"[.!?]$", own) and not _INLINE_PART.search(own) and not _decision_parts_follow(lines, j):
        # "RESOLVED to accept the apologies. Cllr N. Shore was absent.": the decision is its
        # sentence; "b) Budget and precept" below, after a full stop, is the next sub-item
        first_sentence = next(iter(sentences(text[rest_start:chunks[0][1]], rest_start)), None)
        if first_sentence is not None:
            chunks = [(rest_start, first_sentence[1])]
        return [d for s, e in chunks for d in _parts(text, s, e)], j
    first_part = next((ln for ln in lines[k:] if not ln.blank), None)
    first_decimal = first_part is not None and bool(_DECIMAL_PART.match(first_part.text))
    while k < len(lines):
        if lines[k].blank:
            k += 1
            continue
        part = _PART.match(lines[k].text)
        if part and is_upper_heading(lines[k].text[part.end():].strip()):
            break  # "2. REASONS FOR THE DECISION": the next section, not a part
        decimal = bool(part) and bool(_DECIMAL_PART.match(lines[k].text))
        if part and chunks and decimal != first_decimal:
            break  # "(a) ... (b) ..." then "5.2 To note ...": the agenda's next sub-item, not a part
        if part and not _HEAD.match(lines[k].text) and (not own or _continues_decision(lines[k].text[part.end():])):
            e = k + 1
            while e < len(lines) and not lines[e].blank and not _PART.match(lines[e].text) and not _new_row(lines[k], lines[e]):
                e += 1
            chunks.append((lines[k].start, lines[e - 1].end))
            k = e
            continue
        break
    out = []
    for s, e in chunks:
        out.extend(_parts(text, s, e))
    return out, max(k, i + 1)


# A decision whose numbered lines below are its reasons or conditions, not further decisions
_REASONS_FOLLOW = re.compile(r"\b(?:for\s+the\s+following\s+reasons?|subject\s+to\s+(?:the\s+)?(?:following\s+)?conditions?"
                             r"(?:\s+(?:and\s+)?(?:informatives?|reasons?))?)\s*:-?\s*$", re.IGNORECASE)


_DECIMAL_PART = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s")


def _new_row(part: Line, ln: Line) -> bool:
    """Under an indented part, a line at the margin with a cell of its own starts the table's next
    row ("Reasons for the decision<TAB>..."), not more of the part."""
    return part.text[:1] in " \t" and ln.text[:1] not in " \t" and "\t" in ln.text


def _lead_in_below(lines: list[Line], j: int) -> bool:
    """Does the paragraph from line ``j`` end on a lead-in ("... have decided:")?"""
    while j < len(lines) and not lines[j].blank:
        if _LEAD_IN.match(lines[j].text):
            return True
        j += 1
    return False


def _continues_decision(after_marker: str) -> bool:
    """A part after a decision with words of its own goes on with it ("(b) that ...", "(b) the
    budget ..."); "c) Succession Planning – ..." is the next sub-item's heading."""
    return bool(re.match(r"[\"“]?(?:(?i:that)\b|[a-z])", after_marker))


def _next_part(lines: list[Line], j: int) -> tuple[Line, re.Match] | None:
    """The next line with text and its part marker, when it opens a part ("(a) ...", "2. That ...")."""
    nxt = next((ln for ln in lines[j:] if not ln.blank), None)
    m = _PART.match(nxt.text) if nxt is not None and not _HEAD.match(nxt.text) else None
    return (nxt, m) if m else None


def _decision_parts_follow(lines: list[Line], j: int) -> bool:
    """Is the next line with text a further decision ("(2) That ...", "(b) the ...") rather than a
    sub-item's heading ("b) Budget and precept")?"""
    part = _next_part(lines, j)
    return part is not None and _continues_decision(part[0].text[part[1].end():])


# ... and reasons inside the decision's own sentence ("to object on the grounds that (i) ...; (ii) ...")
_INLINE_REASONS = re.compile(r"\b(?:on\s+the\s+(?:following\s+)?grounds?(?:\s+that)?|for\s+the\s+following\s+reasons?|"
                             r"subject\s+to\s+(?:the\s+)?(?:following\s+)?conditions?)\s*:?-?\s*$", re.IGNORECASE)


def _parts(text: str, start: int, end: int) -> list[Decision]:
    """"(1) That ... (2) That ..." or one "That ..."; a bare "That" introducing a list gives
    nothing itself."""
    chunk = text[start:end]
    marks = list(_INLINE_PART.finditer(chunk))
    if marks and _INLINE_REASONS.search(chunk[: marks[0].start()]):
        marks = []  # "to object on the grounds that (i) ...; (ii) ...": the decision's reasons, one decision
    pieces: list[tuple[int, int]] = []
    if marks:
        head = chunk[: marks[0].start()]
        if head.strip() and not re.fullmatch(r"[\s\"“]*that[\s:,-]*", head, re.IGNORECASE) and len(head.split()) > 3:
            pieces.append((start, start + marks[0].start()))
        for a, b in zip(marks, marks[1:] + [None]):
            pieces.append((start + a.end(), start + (b.start() if b else len(chunk))))
    else:
        pieces.append((start, end))
    return [d for s, e in pieces if (d := _decision(text, s, e))]


_DECIDED_BY = screened(re.compile(
    DECIDING_BODY_NAMED + r"\s+(?:unanimously\s+)?"
    r"(?:agreed|resolved|decided|noted|approved|endorsed|adopted|accepted)\b\s*(?::-|:)?\s*",
    re.IGNORECASE))


def _decision(text: str, s: int, e: int) -> Decision | None:
    seg = text[s:e]
    lead = len(seg) - len(seg.lstrip(" -•\t\n\"“‘'"))
    s += lead
    said = _DECIDED_BY.match(text[s:e])  # "The Committee agreed to approve ..." under "Decision"
    if said:
        s += said.end()
    vote = re.match(r"\s*" + _VOTE + r"\s*", text[s:e], re.IGNORECASE)
    if vote:
        s += vote.end()
    tm = _THAT.match(text[s:e])
    if tm:
        s += tm.end()
    while e > s and text[e - 1] in " \t\n\"”’'":
        e -= 1
    action = re.search(r"\t[ \t]*[A-Z]{2,3}$", text[s:e])  # "...approved with additions<TAB>JM": who acts
    if action:
        e = s + action.start()
    body = squash(text[s:e]).strip(" \"“”")
    if not re.search(r"\w", body) or body.lower() == "that" or len(body) < 2:  # "**" of "**AGREED:**"
        return None
    return Decision(body, s, e, bool(REQUESTS_REPORT.search(body)))


def _in_sentence(text: str, s: int, e: int) -> Decision | None:
    # "(a) It was resolved that", "3.1<TAB>The minutes were agreed": a part's or a paragraph's number
    lead = re.match(r"^(?:[\s\-•*–—]+|\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+)+", text[s:e])
    if lead:
        s += lead.end()
    sent = text[s:e]
    tail = list(re.finditer(r"\s[–—-]\s", sent))
    if tail:  # "DM/2024/00882 – Single storey extension – Approval recommended."
        d = _outcome(text, s + tail[-1].end(), e)
        if d:
            return d
    if _FORWARD.search(sent) and re.search(r"\b(?:proposed|seconded)\b", sent, re.IGNORECASE) \
            and not re.search(r"\bthat\b", sent, re.IGNORECASE):
        return None  # "The under listed Motion was proposed ...": the motion is the text that follows
    m = _IN_SENTENCE.search(sent) if _IN_SENTENCE_VERB.search(sent) else None
    if m and _EARLIER_MEETING.match(sent[: m.start()]):
        return None  # "At the November meeting, it was agreed that ...": a past decision recalled
    if m:
        obj = s + m.start("obj")
        if m.group("obj").lower() == "that":
            obj = s + m.end("obj")
        return _decision(text, obj, e)
    m = _VOTED.search(sent)
    if m and not _EARLIER_MEETING.match(sent) and not _IN_THE_PAST.search(sent) and _VOTERS.search(sent[: m.start()]) \
            and not re.search(r"\b(?:had|have|has|previously)\s+voted\b|\bthat\b", sent[: m.start()], re.IGNORECASE):
        return _decision(text, s + m.end(), e)  # "Primary school members voted unanimously to de-delegate ..."
    m = _SUBJECT_PASSED.match(sent)
    if m and not _IN_THE_PAST.search(sent) and not _EARLIER_MEETING.match(sent):
        listed = re.search(r":[ \t]*\n", sent[m.start("o"):])  # "noted the following decisions:" over a table
        return _decision(text, s + m.start("o"), s + m.start("o") + listed.start() + 1 if listed else e)
    m = _PROPOSED_THAT.search(sent)
    if m and not _LOST.search(sent[m.end():] + " " + text[e:e + 120]) and not _LOST_AFTER.match(text[e:e + 40]):
        return _decision(text, s + m.end(), e)
    m = _SECONDED.search(sent)
    if m:
        tail = sent[m.end():]
        if _PASSIVE_END.search(tail) and not re.match(r"\s*(?:it\s+was|the\s+motion\s+was\s+(?:put|defeated|lost))", tail, re.IGNORECASE) \
                and not _LOST.search(tail):
            return _decision(text, s + m.end(), e)
    m = _WAS_PROPOSED.match(sent)
    if m:
        return _decision(text, s + m.start("subj"), s + m.end("subj"))
    return _outcome(text, s, e)


# What a meeting notes as its decision: a paper before it, not an observation ("Members noted the
# improvement in ...", which reports the discussion).
_PAPERS = (r"reports?|minutes?|updates?|log|plans?|budget|precept|accounts|statement|position|correspondence|letters?|"
           r"information|briefing|presentation|recommendations?|register|strategy|policy|programme|schedule|"
           r"figures|returns?|papers?|contents|summary|review|proposals?|accounts|responses?|answers|replies|settlement|"
           r"outturn|forecast|decisions|applications")
# "The Board noted the rolling action log", "The Integration Joint Board approved the Annual
# Report for publication": the meeting's body, a verb of decision, the thing decided (not "noted
# that ...", which reports what was said).
_SUBJECT_PASSED = screened(re.compile(
    r"^" + DECIDING_BODY_NAMED + r"\s+(?:also\s+|formally\s+|unanimously\s+)?"
    # a paper right after its determiner and two words at most ("the projected financial position")
    r"(?:noted\s+(?=(?:the\s+|this\s+|its\s+)?(?:(?!(?:from|about|of|on|for|in|with|by|to|and)\b)[\w'’/-]+\s+){0,2}?(?:" + _PAPERS + r")\b)"
    r"|(?:approved|endorsed|adopted|ratified|accepted|(?-i:AGREED))\s+)"  # "The Committee AGREED the course of action"
    r"(?P<o>(?!(?:that|with|how|what|whether|why|it|this|there|his|her|their|its|of|an?\s+invitation|to)\b)[\w\"“‘'£(].*)$",
    re.IGNORECASE | re.DOTALL,
))
# "Proposed Cllr A, seconded Cllr B, all in favour, that the payments be approved": the motion,
# carried unless the words after it say it fell.
_PROPOSED_THAT = screened(re.compile(
    r"\bproposed\s+(?:by\s+)?[^;]{2,80}?,?\s+(?:and\s+)?seconded\s+(?:by\s+)?[^;]{2,80}?,\s*"
    r"(?:(?:all|unanimously|\d+)\b[^.;]{0,50}?,\s*)?that\b\s*",
    re.IGNORECASE,
))
# A motion that fell: said in its sentence, or in the words after it ("... be replaced.\nLOST")
_LOST = screened(re.compile(r"\b(?:motion|amendment|proposal)\s+(?:was\s+)?(?:lost|defeated|fell|withdrawn|not\s+carried)\b"
                   r"|\bput\s+to\s+the\s+vote\s+and\s+(?:was\s+)?(?:lost|defeated|fell|not\s+carried)\b", re.IGNORECASE))
_LOST_AFTER = re.compile(r"^\W*(?:lost|defeated|not\s+carried|fell)\b", re.IGNORECASE)

_MONTH_NAMES = "(?:" + "|".join(sorted((m for m in MONTHS if len(m) > 3), key=len, reverse=True)) + ")"
# A sentence that opens on an earlier meeting ("At the November meeting,", "At its last meeting
# the Board ...", "Previously"): what "was agreed" there is history, not this meeting's decision.
_EARLIER_MEETING = re.compile(
    r"^\s*(?:at\s+(?:the|its|their|our)\s+(?:previous|last|earlier|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH_NAMES + r")\s+meeting\b"
    r"|previously\b|last\s+(?:year|month)\b)", re.IGNORECASE)


_AND_DECIDED = re.compile(r"\s+and\s+(?=(?-i:AGREED|RESOLVED|DECIDED)\b|(?:agreed|resolved|decided)\s+(?:that|to)\b)", re.IGNORECASE)


def _noted_then_decided(text: str, s: int, e: int) -> Decision | None:
    """The first of two decisions one sentence records: the paper the body noted before "and
    AGREED that ..." (the second is read as the sentence's own decision)."""
    sent = text[s:e]
    both = _AND_DECIDED.search(sent)
    first = _SUBJECT_PASSED.match(sent[: both.start()]) if both else None
    return _decision(text, s + first.start("o"), s + both.start()) if first else None


def _outcome(text: str, s: int, e: int) -> Decision | None:
    """An outcome stated in few words, or at the end of its sentence."""
    sent = text[s:e]
    m = _OUTCOME.match(sent)
    if m and len(m.group("o").split()) <= _OUTCOME_WORDS:
        return _decision(text, s + m.start("o"), s + m.end("o"))
    m = _PAPER_PASSED.match(sent)
    if m and len(sent.split()) <= 60:
        return _decision(text, s, e)
    if _THING_PASSED.match(sent) and sent[:1].isupper() and len(sent.split()) <= 25 and not _IN_THE_PAST.search(sent):
        # "The asset register was approved with additions"; not "... was adopted by Council in 2018"
        return _decision(text, s, e)
    m = _TRAILING_OUTCOME.match(sent)
    if m and len(m.group("o").split()) <= 40:
        return _decision(text, s + m.start("o"), s + m.end("o"))
    if _PLANNING_ANSWER.search(sent) and len(sent.split()) <= 40:
        return _decision(text, s, e)
    return None


# "She proposed & Cllr Hale seconded that KCC pay the fee." / "All Councillors present were in agreement."
# "Proposed Cllr A, seconded that ...", "It was proposed by Cllr A and seconded by Cllr B that ..."
_SECONDED_THAT = re.compile(r"\bproposed\b[^.;]{0,60}?\bseconded(?:\s+by\s+[^.;]{2,60}?)?\s+that\s+", re.IGNORECASE)
_AGREEMENT = screened(re.compile(r"\b(?:in\s+agreement|all\s+(?:were\s+)?in\s+favou?r|(?:was|were)\s+carried|unanimously\s+agreed|agreed\s+unanimously)\b",
                        re.IGNORECASE))


def _agreed_after(text: str, prev_s: int, previous: str, sent: str) -> Decision | None:
    """A motion proposed and seconded in one sentence, agreed in the next."""
    m = _SECONDED_THAT.search(previous)
    if not m or not _AGREEMENT.search(sent):
        return None
    return _decision(text, prev_s + m.end(), prev_s + len(previous))


def _motion_adopted(text: str, item_start: int, s: int, sent: str) -> Decision | None:
    """"The Motion was adopted": the decision is the motion's own words, "I will move that ..."
    earlier in the item."""
    if not _MOTION_ADOPTED.search(sent):
        return None
    motions = list(_MOTION_TEXT.finditer(text, item_start, s))
    if not motions:
        return None
    m = motions[-1]
    group = "m" if m.group("m") else "q"
    return _decision(text, m.start(group), m.end(group))


_QUOTED_THAT = re.compile(r"^[\"“‘']\s*that\b", re.IGNORECASE)
_QUOTED = re.compile(r"^[\"“]\s*[A-Z]")
_BARE_THAT = re.compile(r"^\s*that\b", re.IGNORECASE)


def _put_motion(text: str, s: int, e: int, previous: str) -> Decision | None:
    """A motion in quotes put straight after its proposer and seconder ("Seconded by X;" /
    "\"That, Councillors A and B be appointed ...\"")."""
    sent = text[s:e]
    quoted_that = _QUOTED_THAT.match(sent)
    quoted = _QUOTED.match(sent)
    bare_that = _BARE_THAT.match(sent)
    if not (quoted_that or quoted or bare_that):
        return None  # every form below opens with a quote or "That"
    proposer = re.search(r"\bseconded\s+by\b", previous, re.IGNORECASE) or len(re.findall(r"\b(?:Cllrs?|Councillor)\.?\s+[A-Z]", previous)) >= 1
    if proposer and quoted_that:
        return _decision(text, s, e)
    # "Seconded by Cllrs A and B and agreed:" / "Cuidithe ag Cllr B agus glacadh leis" (Irish councils'
    # bilingual minutes), then the motion in quotes, whatever its first words ("We call on ...")
    if quoted and _SECONDED_AND_AGREED.search(previous):
        return _decision(text, s, e)
    # "The under listed Motion was proposed by X, seconded by Y and agreed." / "That ...": unquoted
    if proposer and bare_that and _FORWARD.search(previous):
        return _decision(text, s, e)
    return None


_SECONDED_AND_AGREED = screened(re.compile(
    r"\b(?:seconded\s+by|cuidithe\s+ag)\b.{0,120}?\b(?:and|agus)\s+(?:unanimously\s+)?(?:agreed|adopted|carried|glacadh\s+leis)\b",
    re.IGNORECASE | re.DOTALL))
# A sentence that points at the motion after it ("The following motion was ...", "The under listed
# Motion was ...", "... carried as follows:"), not one that merely says "following discussion".
_FORWARD = re.compile(
    r"\b(?:following|under\s*-?\s*(?:listed|noted|mentioned)|undernoted|below)\s+(?:motion|resolution|proposals?|"
    r"recommendations?|amendment)\b|\b(?:motion|resolution)\s+(?:below|as\s+follows)\b|:\s*$",
    re.IGNORECASE)


def _dedupe(found: list[Decision]) -> list[Decision]:
    out: list[Decision] = []
    for d in found:
        if out and d.start < out[-1].end and d.text[:40] == out[-1].text[:40]:
            continue
        out.append(d)
    return out
