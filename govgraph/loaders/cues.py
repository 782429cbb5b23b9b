"""The formulaic sentences of minutes: who was welcomed, who presented what.

"The Chair welcomed Name, Post, and Name, Post"; "X presented the report"; "The Chair invited X
and Y to introduce the report"; "X, Post, reported on the following"; "the report presented by
the Post"; "The Chair thanked X for her presentation". Each cue gives person entries: a name
with the post written beside it, or a post alone when the minutes name no one.
"""

from __future__ import annotations

import dataclasses

import re
from dataclasses import dataclass
from typing import Iterator, Optional

from govgraph.loaders.lines import squash
from govgraph.loaders.names import NOT_NAME_WORDS as NAME_STOP_WORDS, after_and, name_form, normalise_name, opens_a_body_name
from govgraph.loaders.posts import given_names, is_post
from govgraph.loaders.screen import screened
from govgraph.loaders.vocab import BODY_HEAD, BODY_WORDS, NAME_ANY, POLICE_RANKS, NAME_LOW, NAME_LOW_MARK, NAME_UP, ORG_WORDS, POST_HEAD, POST_HEADS, POST_QUALIFIERS, POST_WORD, TIER_PREFIX
from govgraph.loaders.sentences import sentences  # noqa: F401 - re-exported for the rules

# The genre's post words (vocab.py): heads ("Director", "Officer") and qualifiers ("Senior").
POST_WORDS = POST_HEADS + "|" + POST_QUALIFIERS
POST_WORD_ANY = POST_WORD
# Subjects that name no one: pronouns, the meeting's own bodies and papers, and groups written
# as a plural ("the two headteachers", "Officers", "the partners").
GENERIC_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:it|this|that|they|he|she|we|there|all|everyone|report|presentation|item|"
    # (not "The Committee Officer", "The Council Leader": a post of the body)
    r"(?:select\s+)?commission|committee|board|panel|council)\b(?!\s+(?:" + POST_HEADS + r")\b)"
    r"|^the\s+(?:(?:two|three|four|five|six|several|both|all|other|relevant)\s+)?(?-i:[A-Za-z][a-z]+s)$"
    r"|^(?:(?:two|three|four|five|six|several|both|all|other|relevant)\s+)?(?-i:[a-z]+s)$"
    r"|^(?:the\s+)?(?:officers?|members?)\b"
    # "Representatives of Westby Water attended to present": a company's people, unnamed
    r"|^(?:the\s+)?(?:\w+\s+)?(?:representatives|delegates|officials|staff)\s+(?:of|from)\s",
    re.IGNORECASE,
)


@dataclass
class Entry:
    """A person named (``name``) or described by a post only (``name`` None)."""

    name: Optional[str]
    written: str
    role: Optional[str]
    organisation: Optional[str]
    start: int
    end: int
    title: Optional[str] = None

    @property
    def label(self) -> str:
        """How the contract names this attendee or presenter: the name, else the post."""
        return self.name or (self.role or self.written)


# ------------------------------------------------------------------ person lists

# Capitalised words that name services, topics and bodies, never people: a list piece made of
# them ("Young People", "Lifelong Learning") is part of a post, not a name.
NOT_NAME_WORDS = NAME_STOP_WORDS  # the one list (names.py)
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)")
_CAP_WORD = re.compile(r"(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?|Mc[A-ZÀ-Þ][a-zà-ÿ]+|Mac[A-ZÀ-Þ][a-zà-ÿ]+|O['’][A-ZÀ-Þ][a-zà-ÿ]+|(?:[A-ZÀ-Þ]\.\s?)+)")
_NAME_AT = re.compile(
    r"(?:(?P<title>(?:" + TIER_PREFIX + r"\s+)?(?:Councillors?|Cllrs?\.?)|Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Rev(?:erend)?|"
    + POLICE_RANKS + r"|"
    r"DCI|DI|DS|PCSO|PC)\.?\s+)?"
    r"(?P<name>(?:[A-ZÀ-Þ]\.\s?){1,3}\s?[A-ZÀ-Þ][a-zà-ÿA-ZÀ-Þ'’\-]+"
    # (a first word may hold a second capital after a prefix: "O'Hara", "McKee")
    r"|[A-ZÀ-Þ](?:[a-zà-ÿ]?['’]?[A-ZÀ-Þ])?[a-zà-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zà-ÿ'’]+)*(?:\s+(?:[A-ZÀ-Þ]\.\s?)?[A-ZÀ-Þ][a-zà-ÿA-ZÀ-Þ'’\-]+){0,2})"
)

def _no_name_word(w: str) -> bool:
    """A word of a post or a body, never of a name (a hyphenated one by its parts: "Sub-Committee")."""
    return w.lower().strip("'’") in NOT_NAME_WORDS or bool(POST_WORD_ANY.fullmatch(w)) \
        or ("-" in w and any(part.lower() in NOT_NAME_WORDS for part in w.split("-")))


_POST_WORD_AT = re.compile(r"(?:" + POST_HEADS + r")\b", re.IGNORECASE)


# "'s Director of Operations", "' Managing Director": the possessive of whose post follows
_WHOSE_POST = re.compile(r"['’]s?\s+(?:[A-Z][\w-]*\s+){0,3}(?i:" + POST_HEADS + r")\b")


def _name_at(text: str, pos: int) -> Optional[re.Match]:
    """A person's name starting exactly at ``pos`` (after a list separator), or None."""
    m = _name_or_words_at(text, pos)
    owner = re.search(r"['’]s$|(?<=s)['’]$", m.group("name")) if m and not m.group("title") else None
    if owner and _WHOSE_POST.match(text, m.start("name") + owner.start()):
        return None  # "Westby Water's Director of Operations, Mr X", "Ashby Buses' Chair": whose post it is
    return m


def _name_or_words_at(text: str, pos: int) -> Optional[re.Match]:
    m = _NAME_AT.match(text, pos)
    if not m:
        return None
    name = m.group("name")
    words = name.replace(".", ". ").split()
    caps = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
    if not m.group("title") and words[0] in ("An", "The", "Na"):
        return None  # "An Garda Síochána", "An Post": an organisation's article, not a person
    if not m.group("title") and opens_a_body_name(text, m.start("name"), m.end()):
        return None
    if any(_no_name_word(w) for w in caps):
        # "Laura Smith District Commander": keep the words before the first post word
        keep = []
        stop = ""
        for w in name.split():
            if _no_name_word(w):
                stop = w
                break
            keep.append(w)
        if len(keep) < 2 and not m.group("title"):
            return None
        if not m.group("title") and keep[0] not in given_names() and stop.lower() in BODY_WORDS:
            return None  # "... and Beckby Integrated Care Board": a body's name, cut at "and"
        if not m.group("title") and keep[0] not in given_names() and _POST_WORD_AT.match(stop) \
                and (text[:pos].rstrip().endswith(",") or after_and(text, pos)):
            # "Dr A Stead, Active Travel Commissioner, presented", "Jo Lee, Flood and Coastal Risk
            # Manager": the post after a name's comma, or the rest of it after its "and"
            return None
        if not keep:
            return None
        end = m.start("name") + re.match(r"\S+" + r"\s+\S+" * (len(keep) - 1), name).end()
        return _NAME_AT.match(text[:end], pos)
    if len(caps) == 3 and re.match(r"\s+[A-Z]?[a-z]*\s*(?:" + POST_WORDS + r")\b", text[m.end():]):
        # "Nadia Przybylska District Commander": the third word starts the post
        end = m.start("name") + re.match(r"\S+\s+\S+", name).end()
        return _NAME_AT.match(text[:end], pos)
    if len(caps) < 2 and not m.group("title") and len(words) < 2:
        return None
    return m


_TITLED_IN = re.compile(r"(?<=\s)(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z])")


def split_people(text: str, base: int) -> list[Entry]:
    """"Owen Marsh, Assistant Director of X, Dana Pryce, Interim Head of Y and Jo Bloggs,
    Strategic Manager for Z" -> three entries whose posts are the text between the names;
    "the Director of X, the Head of Y and the Virtual Headteacher" -> three posts."""
    starts = [0] + [m.end() for m in _SEP.finditer(text) if text.count("(", 0, m.start()) <= text.count(")", 0, m.start())]
    names = []
    for p in starts:
        m = _name_at(text, p)
        if m and (not names or m.start() >= names[-1].end()):
            names.append(m)
    if names and names[0].start() == 0:
        out = []
        for k, m in enumerate(names):
            nxt = names[k + 1].start() if k + 1 < len(names) else len(text)
            tail = squash(text[m.end():nxt])
            tail = re.sub(r"^[\s,;–-]+|(?:\s*(?:,|;|\band\b|&))+\s*$", "", tail).strip(" .")
            tail = re.split(r",\s+(?:an?|which|whose)\s", tail)[0]  # "..., a working group of X": says what the body is
            out.append(_with_post(m, tail, text, base, nxt))
        return out
    # A post, then its holder's name after a comma ("The Head of Finance, Jo Park, introduced ...")
    if len(names) == 1:
        post = re.sub(r"^(?:the|our)\s+", "", text[: names[0].start()].strip(" ,"), flags=re.IGNORECASE)
        rest = text[names[0].end():].strip(" ,.")
        # after "and" with no comma, two capitalised words are the post's own ("the Director for
        # Commissioning and Market Sustainability") unless a title or a given name says a person
        joined = after_and(text, names[0].start()) \
            and not re.search(r"\b(?:" + POST_HEADS + r")\s+(?:and|&)\s*$", text[: names[0].start()], re.IGNORECASE)
        person = names[0].group("title") or names[0].group("name").split()[0] in given_names() or "." in names[0].group("name")
        if post and POST_HEAD.search(post) and "," not in post and not rest and (person or not joined):
            return [Entry(normalise_name(names[0].group("name")), text[: names[0].end()].strip(), post, None,
                          base, base + names[0].end(), names[0].group("title"))]
    # A post, then its holder's titled name ("The Chair of the Working Group Cllr Glen Hale")
    titled = _TITLED_IN.search(text)
    if titled and not names:
        m = _name_at(text, titled.start())
        if m:
            role = re.sub(r"^(?:the|our)\s+", "", text[: titled.start()].strip(" ,"), flags=re.IGNORECASE) or None
            name = normalise_name(m.group("name"))
            return [Entry(name, text[: m.end()].strip(), role, None, base, base + m.end(), m.group("title"))]
    # No names: a list of posts ("the Director of X, the Head of Y and the Z").
    out = []
    pieces = re.split(r",\s*(?:and\s+)?(?=the\s)|\s+and\s+(?=the\s)", text)
    pos = 0
    for piece in pieces:
        i = text.find(piece, pos)
        pos = i + len(piece)
        core = _drop_paren(piece).strip(" ,.")
        core = re.sub(r"^(?:the|an?|our)\s+", "", core, flags=re.IGNORECASE).strip()
        # a post, capitalised or ending in a post's head ("the Audit Commission representatives")
        if core and (POST_HEAD.search(core) or _ENDS_IN_POST.search(core)) and not GENERIC_SUBJECT.match(core):
            out.append(Entry(None, piece.strip(), core, None, base + i, base + pos))
    return out


_ENDS_IN_POST = re.compile(r"\b(?:" + POST_HEADS + r")s?\s*$", re.IGNORECASE)


# An organisation as a list writes it after a post: capitalised words (whether it is a body is
# for extract._organisations to say): "Kelby Chamber of Trade", "Westby MBC".
_CAPITALISED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'’&-]*)*", re.UNICODE)


def _with_post(m: re.Match, tail: str, text: str, base: int, end: int) -> Entry:
    name = normalise_name(m.group("name"))
    title = m.group("title")
    role, org = tail or None, None
    paren = re.search(r"\((?P<inner>[^()]*)\)\s*$", tail or "")
    if paren:
        inner = paren.group("inner").strip()
        outside = tail[: paren.start()].strip(" ,")
        if outside and POST_WORD_ANY.search(inner) and not POST_WORD_ANY.search(outside):
            role, org = inner, outside  # "Westshire Police (Vice-Chair)"
        elif not outside:
            org_part, _, post_part = inner.rpartition(",")
            if org_part and POST_WORD_ANY.search(post_part):
                role, org = post_part.strip(), org_part.strip()  # "(LGID, Challenge Manager)"
            elif POST_WORD_ANY.search(inner):
                role = inner
            else:
                role, org = None, inner  # "(Eastshire Council)"
    if role and not org and re.match(r"(?:of|from)\s+(?:the\s+)?[A-Z]", role):
        # "Professor Ann Lee of the University of Westby", "Jo Park from Avon Actuaries"
        role, org = None, re.sub(r"^(?:of|from)\s+", "", role)
    if role and not org:
        # "Clive Hart, President, Kelby Chamber of Trade": the post, then the body it is held in
        post, _, body = role.rpartition(",")
        if post and is_post(post.strip()) and _CAPITALISED_NAME.fullmatch(body.strip()):
            role, org = post.strip(), body.strip()
        else:  # "..., President, Kelby Rowing Club and a founder of ...": the body's name, then the sentence
            post, _, rest = role.partition(",")
            named = _CAPITALISED_NAME.match(rest.strip())
            if rest and is_post(post.strip()) and named and BODY_HEAD.fullmatch(named.group().split()[-1]):
                role, org = post.strip(), named.group()
    if role:
        at = re.search(r"\s+(?:at|with)\s+(?P<org>[A-Z].+)$", role)
        if at:
            org = org or at.group("org")
    return Entry(name, text[m.start():end].strip(" ,"), role, org, base + m.start(), base + end, title)


# ------------------------------------------------------------------ cues

WELCOME = re.compile(
    r"\b(?:welcomed|introduced|was\s+joined\s+by|were\s+joined\s+by)\s+(?:to\s+the\s+meeting\s+(?=(?-i:[A-Z])))?"
    # "welcomed the following guests, who had been invited to ...: Mrs A (Post), Mr B (Post)"
    r"(?:the\s+following\s+(?:guests|visitors|speakers|representatives|people|officers)\b[^:]{0,160}:\s*)?"
    # "welcomed everyone to the meeting, and in particular X, the new ..."
    r"(?:(?:everyone|all(?:\s+those\s+present)?|members(?:\s+and\s+\w+)?)(?:\s+to\s+the\s+meeting)?,?\s+(?:and\s+)?"
    r"(?:in\s+particular|particularly|especially|including)\s+)?"
    r"(?P<list>(?!the\s+(?:report|item|presentation|paper|discussion|update))"
    r".+?)(?:\s+(?:to|at)\s+the\s+(?:meeting|commission|committee|board|panel)\b.*|\s+who\s+.*|\s+for\s+this\s+item.*)?$",
    re.IGNORECASE | re.DOTALL,
)
INVITED_TO_PRESENT = re.compile(
    r"\binvited\s+(?P<list>.+?)\s+to\s+(?:introduce|present|give|deliver|provide|outline|speak\s+to)\b", re.IGNORECASE | re.DOTALL
)
# The genre's other ways of saying someone presented (after a subject or a pronoun)
_PRESENTING_MORE = (
    # "spoke to the report", "summarised the report", "set out the proposals", "explained the paper"
    r"(?:spoke|talked)\s+to\s+(?:the|his|her|their|this)\s+(?:\w+\s+){0,2}?(?:report|paper|presentation)\b"
    r"|(?:summari[sz]ed|explained|set\s+out)\s+(?:the|his|her|their|this)\s+(?:\w+\s+){0,2}?"
    r"(?:report|item|paper|update|presentation|proposals?)\b"
    # "updated members on the forecast", "briefed the Committee on"
    r"|(?:updated|briefed)\s+(?:the\s+)?(?:members|committee|board|panel|council|cabinet|commission|meeting|forum|partnership)\b"
    # "highlighted the key points of the report", "attended to present the report"
    r"|highlighted\s+(?:the\s+)?(?:key|main|salient)\s+(?:points|findings|messages)\s+(?:of|in|from)\s+(?:the|his|her|their)\s+"
    r"(?:\w+\s+){0,2}?(?:report|paper|presentation|update)\b"
    r"|attended\s+(?:the\s+meeting\s+)?to\s+(?:present|introduce|speak\s+to)\b"
    # "gave members an update", "gave the Committee a brief verbal report", "provided members with an update"
    r"|(?:gave|provided)\s+(?:the\s+)?(?:members|committee|board|panel|council|cabinet|meeting|forum)\s+(?:with\s+)?"
    r"(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:presentation|overview|update|up-?\s?date|report|briefing)\b"
    r"|gave\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){2}(?:presentation|overview|update|report|briefing)\b"
    r"|presented\s+on\s+(?:the|his|her|their)\b"
)
SUBJECT_VERB = re.compile(
    r"^(?P<subj>.+?)\s+(?:(?:presented|introduced|submitted|delivered)\s+(?:(?:the|a|an|his|her|their|this|its|these)\b|(?:two|three|four|five|six|several)\s+(?:\w+\s+)?(?:reports?|papers?|quotations?|quotes|options|updates?|presentations?|proposals?|documents?|tenders?|bids?)\b)|outlined\b"
    r"|reported\b(?!\s+(?:that\s+it|back\s+to))|gave\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:presentation|overview|update|up-?\s?date|report)\b"
    r"|provided\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:presentation|overview|update|up-?\s?date|report)\b"
    # "took the Committee through the report", "talked Members through", "walked the Board through"
    r"|(?:took|talked|walked|led)\s+(?:the\s+)?(?:\w+\s+){0,2}?through\s+(?:the|a|an|his|her|their|its)\b(?!\s+agenda\b)"
    r"|" + _PRESENTING_MORE + r")",
    re.IGNORECASE | re.DOTALL,
)
# "She then gave an update on ...", "He presented the report": the presenter is the person the
# sentence before named last.
PRONOUN_PRESENTER = re.compile(
    r"^\s*(?:he|she)\s+(?:then\s+|also\s+|further\s+|subsequently\s+)?(?:(?:presented|introduced|outlined|submitted|delivered)\s+"
    r"(?:the|a|an|his|her)\b|reported\s+(?:that|on)\b|gave\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:presentation|overview|update|up-?\s?date|report)\b"
    r"|(?:took|talked|walked|led)\s+(?:the\s+)?(?:\w+\s+){0,2}?through\s+(?:the|a|an|his|her|their|its)\b(?!\s+agenda\b)"
    r"|" + _PRESENTING_MORE + r")",
    re.IGNORECASE)
WELCOMED_WHO = re.compile(
    r"\b(?:welcomed|introduced)\s+(?P<list>(?!the\s+(?:report|item|presentation|paper|update))[^.;]+?),?\s+who\s+"
    r"(?:then\s+|also\s+)?(?:presented|introduced|outlined|delivered|reported\s+on|gave\s+(?:(?:a|an|the)\s+)?(?:\w+\s+)?"
    r"(?:presentation|overview|update|report)|took\s+(?:the\s+)?(?:\w+\s+){0,2}?through)\b",
    re.IGNORECASE | re.DOTALL,
)
PRESENTED_BY = re.compile(
    r"\b(?:report|presentation|update|item|paper)(?:\s+(?:of|on|for|from)(?:\s+(?!that\b|which\b|who\b)[^.;,\s]+){1,8}?)?"
    # "a report of the Head of Quality, which was presented by X"
    r"(?:,?\s+which)?,?\s+(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:presented|introduced|given|submitted)\s+by\s+(?P<subj>.+?)"
    r"(?=\s+(?:that|which|who|on|to|in|at|last|during|was|were|is|are|has|had)\b|\s+and\s+(?-i:[a-z])|[.;]|$)",
    re.IGNORECASE | re.DOTALL
)
# "Following a presentation by X, members asked ...", "In presenting the report, X explained ..."
AFTER_PRESENTATION = re.compile(
    r"^(?:(?:following|after)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:presentation|update|briefing|report)\s+(?:by|from)\s+"
    r"(?P<subj>[^,.;]+?)\s*(?=,|[.;]|$)"
    r"|(?:in|when)\s+(?:presenting|introducing)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+)?(?:report|item|paper|presentation|update)"
    r"\s*,\s+(?P<subj2>[^.;]+?)(?=,?\s+(?:explained|said|noted|advised|confirmed|stated|highlighted|reported|outlined|informed|told|"
    r"reminded|drew|emphasised|emphasized|stressed)\b))",
    re.IGNORECASE)
# "The Committee was updated by X on ...", "Members were briefed by the Head of Y"
UPDATED_BY = re.compile(
    r"\b(?:committee|members|board|panel|council|cabinet|commission|forum|partnership|meeting)\s+(?:was|were|had\s+been)\s+"
    r"(?:updated|briefed)\s+by\s+(?P<subj>.+?)(?=,?\s+(?:on|about|regarding|that|at|in|to|for|with|and)\b|[.;]|$)",
    re.IGNORECASE | re.DOTALL)
# "Circulated, report of the Meetings Administrator dated 3rd July", "Report of the Head of
# Planning (copy attached)": the report and who it is from, at the start of a sentence.
# A bracket that is a paper's own note ("(Circulated)", "(Appendix A)"), never a post's portfolio
_NOT_PORTFOLIO = r"(?!(?:Appendix|Appendices|Annex|Attached|Attachment|Circulated|Enclosed|Copy|Item|Page|Pages|Paper|Report|Tabled|To\s+Follow)\b)"
# A post's portfolio in brackets: "(Place)", "(Children and Families)", capitalised words
_PORTFOLIO_IN_BRACKETS = r"\(" + _NOT_PORTFOLIO + r"(?-i:[A-Z])[\w&’'-]*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w&’'-]*){0,3}\)"
REPORT_OF = re.compile(
    r"^(?:circulated,?\s+(?:a\s+|the\s+)?(?:copy\s+of\s+(?:the\s+)?)?"
    # "There was submitted a report (ECF/25/03) by ...", "The Board considered a joint report of ..."
    r"|(?:there\s+(?:was|were)\s+(?:submitted|circulated|considered)|(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+"
    r"(?:received|considered|noted|heard|had\s+before\s+(?:it|them)))\s+(?:an?\s+|the\s+)?)?"  # (a Scottish "had before it")
    # ("Members received a presentation from Dr X on ...", "The Panel received an update from the Y")
    r"(?:(?:joint|verbal|short|brief|detailed|further|written|oral)\s+)?(?:report|presentation|update|briefing)\s+(?:\([^()]{1,30}\)\s+)?(?:dated\s+.{4,40}?\s+)?(?:of|by|from)\s+(?:the\s+)?"
    r"(?P<subj>[A-Z].+?)(?=,?\s+dated\b|,?\s+enclosing\b|,?\s+attaching\b|,?\s+setting\b|,?\s+on\s|,?\s+which\b|"
    r",?\s+(?:summarising|outlining|providing|detailing|seeking|asking|regarding|concerning|about|updating|informing|"
    r"presenting|introducing|covering|containing|following|proposing|recommending|before|after|but)\b|"
    r",?\s+(?:was|were|is|has|had)\s|"
    # (a post's bracketed portfolio is part of it: "the Executive Director (Place)")
    r",?\s+in\s+relation|\s+(?!" + _PORTFOLIO_IN_BRACKETS + r")\(|[.;:]|$)",
    re.IGNORECASE | re.DOTALL,
)
def _report_of(text: str) -> tuple[int, Optional[re.Match]]:
    """The sentence's "report of/by X" after any leading clause ("With reference to the minute of
    26 September, there was submitted a report by ..."): (where the match starts, the match)."""
    lead = _LEAD_CLAUSE.match(text)
    at = lead.end() if lead else 0
    return at, REPORT_OF.match(text[at:])


def names_the_reports_source(sentence: str) -> bool:
    """Does the sentence name who a report is of or by ("There was submitted a report by ...")?"""
    return _report_of(_unnumber(sentence, 0)[0])[1] is not None


THANKED = re.compile(r"\bthanked\s+(?P<subj>.+?)\s+for\s+(?:his|her|their)\s+(?:presentation|report)\b", re.IGNORECASE | re.DOTALL)

# Who wrote the report an item discusses, said in the minutes' prose: "The report had been
# produced by the previous Independent Chair, Jo Bloggs, and ...", "This paper was prepared by the
# Head of Housing", "Amira Khan, the author of the report, ...". (Report headers are read by
# reports.py; these are the minutes' own words.)
WRITTEN_BY = screened(re.compile(
    r"\b(?:report|paper|review|strategy|plan|briefing|document)\s+(?:had\s+been|has\s+been|have\s+been|was|were|is)\s+"
    r"(?:(?:jointly|originally|largely)\s+)?(?:produced|prepared|written|authored|compiled|drafted)\s+by\s+"
    r"(?P<subj>.+?)(?=,?\s+and\b(?!\s+(?:the\s+)?(?-i:[A-Z]))|,?\s+(?:which|who|that|on|for|in|with|but|as|at|during)\b|[.;:]|$)",
    re.IGNORECASE | re.DOTALL,
))
AUTHOR_OF = screened(re.compile(
    r"(?:^|[,;]\s+|\.\s+)(?P<subj>[A-Z][^,;.]{2,60}?),\s+(?:the\s+)?(?:report'?s\s+author|author\s+of\s+the\s+(?:report|paper))\b"
    r"|\b(?:the\s+)?(?:report'?s\s+author|author\s+of\s+the\s+(?:report|paper)),\s+(?P<subj2>[A-Z][^,;.]{2,60}?)(?=[,;.]|\s+(?:who|and)\b|$)",
    re.DOTALL,
))
# "the previous Independent Chair, Jo Bloggs": a post, then the name in apposition (read in any
# running text by extract.py, and as the whole of a "written by" subject here)
APPOSITIVE = screened(re.compile(
    # "requests Minister for Health, Jo Bloggs to ...": a minister's post needs no article
    r"(?:\b(?:the|our|previous|their|its)\s+(?:previous\s+|former\s+|new\s+)?|(?=Minister\s+(?:for|of)\s))(?P<post>(?:[A-Z][\w'’&-]*\s+){0,5}(?:" + POST_WORDS + r")(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){0,5})?),\s+"
    # ("its Independent Chair, Mr Lionel Pargeter": a title before the name is no given name)
    # ("the Cabinet Member for Highways, Councillor G. R. Pell": a councillor, by initials)
    r"(?:(?:Councillor|Cllr)\.?\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame)\.?\s+)?"
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Councillor|Cllr)\b)(?P<name>" + NAME_UP + NAME_LOW_MARK + r"+\s+(?:[A-Z]\.\s)?" + NAME_UP + NAME_LOW + NAME_ANY + r"*"
    r"|(?:[A-Z]\.\s?){1,3}\s?" + NAME_UP + NAME_LOW + NAME_ANY + r"*(?=[,:;]))"  # (initials, the name ended by punctuation: "A. Refuse the application" is no name)
))

# "The Chair thanked the Officers for authoring the reports": the people thanked wrote them
THANKED_FOR_WRITING = re.compile(
    r"\bthanked\s+(?P<subj>.+?)\s+for\s+(?:\w+\s+){0,2}?(?:authoring|writing|preparing|producing|compiling|drafting)\s+"
    r"(?:the|their|his|her|this|these)\s+(?:\w+\s+)?(?:reports?|papers?)\b",
    re.IGNORECASE | re.DOTALL,
)
# who "the Officers" / "them" / "the presenters" are: the people welcomed to the item
THANKED_GENERIC = re.compile(r"^(?:all\s+)?(?:the\s+)?(?:officers?|presenters?|guests?|them|all)$", re.IGNORECASE)


def thanked_for_writing(text: str, base: int) -> tuple[list[Entry], bool]:
    """People a sentence thanks for writing the report(s), and whether it names them only as
    "the Officers" (then they are the people welcomed to the item)."""
    text, base = _unnumber(text, base)
    m = THANKED_FOR_WRITING.search(text)
    if not m:
        return [], False
    subj = m.group("subj").strip()
    if THANKED_GENERIC.match(subj):
        return [], True
    return [e for e in split_people(_drop_paren(subj), base + m.start("subj")) if person_or_post(e)], False


def authors(text: str, base: int) -> list[Entry]:
    """People (or posts) a sentence says wrote the report under discussion."""
    text, base = _unnumber(text, base)
    out: list[Entry] = []
    m = WRITTEN_BY.search(text)
    if m:
        subj, start = m.group("subj").rstrip(), base + m.start("subj")
        pm = APPOSITIVE.match(subj)
        if pm and pm.end() == len(subj):
            out.append(Entry(name=pm.group("name"), written=subj, role=pm.group("post"), organisation=None,
                             start=start, end=start + len(subj)))
        elif not GENERIC_SUBJECT.match(subj):
            out.extend(split_people(_drop_paren(subj), start))
    m = AUTHOR_OF.search(text)
    if m:
        group = "subj" if m.group("subj") else "subj2"
        subj = m.group(group)
        if not GENERIC_SUBJECT.match(subj):
            out.extend(split_people(subj, base + m.start(group)))
    return [e for e in out if person_or_post(e)]


_NUMBERING = re.compile(r"^(?:\d+(?:\.\d+)+\.?|\(?[a-z]\)|\(?\d{1,2}\)|[-•*])\s+")


def _unnumber(text: str, base: int) -> tuple[str, int]:
    """"4.1 Graham Tulley presented ..." -> the sentence without its paragraph number."""
    m = _NUMBERING.match(text)
    return (text[m.end():], base + m.end()) if m else (text, base)


# (the next person: "and" then a name, or a titled name; not "..., Mill Lane Residents Association")
_CLAUSE_BEFORE_NEXT = re.compile(r"(?<=\w),\s+(?:who|which)\b[^,;.:()]*?(?=,\s+(?:and\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?"
                                 r"[A-Z][a-z]+\s+[A-Z]|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+[A-Z]))")


def welcomed(text: str, base: int) -> list[Entry]:
    """People a sentence says were welcomed or introduced to the meeting."""
    text, base = _unnumber(text, base)
    # "welcomed A, who was attending as substitute for B, and C, who ...": each person's own
    # relative clause is blanked (offsets kept), so the list runs on to C and B is not welcomed
    text = _CLAUSE_BEFORE_NEXT.sub(lambda c: " " * len(c.group()), text)
    m = WELCOME.search(text)
    if not m:
        return []
    lst = m.group("list")
    if lst.lower().startswith(("the report", "the item", "the presentation", "the paper", "everyone", "all ")):
        return []
    s = base + m.start("list")
    return [e for e in split_people(lst, s) if person_or_post(e)]


def presenters(text: str, base: int) -> list[Entry]:
    """People a sentence says presented, introduced, reported or outlined a report."""
    text, base = _unnumber(text, base)
    out: list[Entry] = []
    m = INVITED_TO_PRESENT.search(text)
    if m:
        out.extend(split_people(m.group("list"), base + m.start("list")))
    for rx in (PRESENTED_BY, UPDATED_BY):
        m = rx.search(text)
        if m:
            subj = m.group("subj")
            out.extend(_initials_only(subj, base + m.start("subj")) or split_people(_drop_paren(subj), base + m.start("subj")))
    m = AFTER_PRESENTATION.match(text.lstrip())
    if m and not out:
        group = "subj" if m.group("subj") else "subj2"
        at = base + (len(text) - len(text.lstrip())) + m.start(group)
        out.extend(split_people(_drop_paren(m.group(group)), at))
    at, m = _report_of(text)
    if m and not GENERIC_SUBJECT.match(m.group("subj")):
        ents = split_people(_drop_paren(m.group("subj")), base + at + m.start("subj"))
        several = re.search(r"\band\s+the\s", m.group("subj"))  # "a joint report of the A and the B"
        out.extend(ents[:1] if ents and ents[0].name is None and not several else ents)
    m = THANKED.search(text)
    if m and not GENERIC_SUBJECT.match(m.group("subj")):
        out.extend(split_people(m.group("subj"), base + m.start("subj")))
    if not out:
        m = WELCOMED_WHO.search(text)  # "The Chair welcomed X of Y, who gave a presentation on ..."
        if m:
            out.extend(split_people(_drop_paren(m.group("list")), base + m.start("list")))
    if not out:
        m = SUBJECT_VERB.match(text)
        if m:
            subj_c, front = _sentence_subject(m.group("subj"))
            off = base + m.start("subj") + front
            held = post_and_holder(subj_c, off)
            if held:
                out.append(held)
            elif _initials_only(subj_c, off):  # "MC reported": initials the paper's list explains
                return _initials_only(subj_c, off)
            elif re.fullmatch(r"[A-Z][a-z'’-]+\s*", subj_c) and not GENERIC_SUBJECT.match(subj_c) \
                    and not POST_HEAD.search(subj_c) and subj_c.strip().lower() not in _BODY_LAST:
                # "Elspeth reported": one name alone, a first name for the one person of that first
                # name (the extractor looks it up; when it finds no one, the word names no one)
                given = subj_c.strip()
                out.append(Entry(given, given, None, None, off, off + len(given)))
            elif not GENERIC_SUBJECT.match(subj_c) and _subject_like(subj_c):
                ents = split_people(_drop_paren(subj_c), off)
                # (as the sentence writes them: "Head of Finance - Jo Park" was read as "Post, Name")
                ents = [dataclasses.replace(e, written=squash(text[e.start - base:e.end - base])) for e in ents]
                out.extend(ents[:1] if ents and ents[0].name is None else ents)
            # "Cllr X introduced the report of the Corporate Director of Resources": whose report it is, too
            of = _REPORT_OF_POST.match(text, m.end("subj"))
            if of and out and not GENERIC_SUBJECT.match(of.group("subj")) and is_post(of.group("subj")) \
                    and not re.search(r"\b(?!(?:of|for|and|the|to)\b)[a-z]+\b", of.group("subj")):
                out.extend(e for e in split_people(_drop_paren(of.group("subj")), base + of.start("subj"))[:1] if e.name is None)
    return [e for e in out if person_or_post(e)]


# "... presented / introduced the report of (by) the Head of X", after the presenter's verb
_REPORT_OF_POST = re.compile(
    r"\s+(?:then\s+|also\s+)?(?:presented|introduced|submitted)\s+(?:the|a|an|his|her|their)\s+(?:joint\s+|written\s+)?report\s+"
    r"(?:\([^()]{1,30}\)\s+)?(?:of|by|from)\s+(?:the\s+)?(?P<subj>(?-i:[A-Z])[^,.;:]{2,80}?)"
    r"(?=,|\s+(?:which|that|on|dated|seeking|setting|regarding|about|was|were|is|has|had|and\s+(?-i:[a-z]))\b|[.;:]|$)",
    re.IGNORECASE)


def _sentence_subject(subj: str) -> tuple[str, int]:
    """The presenter a sentence's subject names, without what stands before it (a column, a
    topic and a dash, an adverbial clause, a heading line) or after it; and where it starts."""
    subj = re.split(r",\s+(?:who|which|whose)\b", subj)[0]
    # a line wrapped on a lower-case word or under an indent goes on (the indent is no column);
    # a line break alone may end a heading above the subject (read below); same length
    subj = re.sub(r"\n(?:[ \t]+|(?=[a-z]))", lambda w: " " * len(w.group()), subj)
    front = 0

    def drop(k: int) -> None:
        nonlocal subj, front
        subj, front = subj[k:], front + k

    tabs = list(re.finditer(r"\t+", subj))
    if tabs:  # "- High Street Crossing<TAB>MC reported": a topic column before it
        drop(tabs[-1].end())
    topic = _TOPIC_DASH.match(subj)  # "(a) Audit Committee - Jo Ray presented", not "Jo Ray - Cabinet Member for X"
    titled_after = topic and re.match(r"(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof)\.?\s", subj[topic.end():])
    before_dash = subj[: topic.end()].strip(" -–") if topic else ""
    if topic and POST_HEAD.match(re.sub(r"^(?:the|our)\s+", "", before_dash, flags=re.IGNORECASE)) \
            and not re.search(r"['’]s\b", before_dash):  # (not a heading: "Chair's Report - Cllr X reported")
        # "Head of Finance - Jo Park presented": the post, then its holder (read as "Post, Name")
        dash = max(subj.rfind("-", 0, topic.end()), subj.rfind("–", 0, topic.end()))
        subj = subj[:dash] + "," + subj[dash + 1:]
    elif topic and (titled_after or name_form(before_dash) is None) and not POST_HEAD.match(subj[topic.end():]):
        drop(topic.end())
    lead = _LEAD_CLAUSE.match(subj)  # "At the invitation of the Commissioner, the Chief Constable"
    if lead:
        absent = re.match(r"in\s+the\s+absence\s+of\b", subj, re.IGNORECASE)
        drop(lead.end())
        # "In the absence of the coordinator, Mr X, the Clerk read": X is the absent one, named
        # after the clause; the subject is what follows him (no comma closes that appositive)
        later = list(re.finditer(r",\s+(?=the\s[^,]*$)", subj, re.IGNORECASE)) if absent else []
        if later:
            drop(later[-1].end())
    initials = re.search(r"(?:\s{2,}|\s[-–—]\s+)([A-Z]{2,3})\s*$", subj)
    if initials:  # "5.<TAB>Domestic Abuse Group – update<NL><TAB>CN reported": a table's initials after the heading
        drop(initials.start(1))
    topic_colon = _TOPIC_COLON.match(subj)  # "(c) Westby Liaison Forum: the Vice-Chair gave an update"
    if topic_colon:
        drop(topic_colon.end())
    heading = _AFTER_HEADING.match(subj)  # "a) Schedule of payments\nThe Town Clerk"
    if heading and not _PERSON_FIRST.match(subj):  # "Professor A Bell, Chair of the X\nAdults Board": one subject wrapped
        drop(heading.end())
    subj = re.sub(r"\s+(?:then|also|further|subsequently|briefly|formally|duly)$", "", subj, flags=re.IGNORECASE)
    last_the = subj.rfind(" The ")
    if len(subj.split()) > 12 and last_the > 0:  # "202/20 To Receive an Update The Chair of the X Cllr Y": a run-on heading
        drop(last_the + 1)
    # "The Clerk, as Responsible Financial Officer (RFO), presented": the capacity is no second presenter
    subj = re.sub(r",\s+(?:in\s+(?:his|her|their)\s+capacity\s+)?as\s+[^,]+,?\s*$", "", subj)
    # "The Chief Superintendent, in reply, outlined": the aside is not part of the subject
    subj = re.sub(r",\s+(?:[a-z]+\s+){0,3}[a-z]+,?\s*$", "", subj)
    invited = re.match(r"^(?:the\s+chair(?:person)?\s+invited\s+|also\s+|in\s+addition,?\s+)", subj, re.IGNORECASE | re.DOTALL)
    if invited:
        drop(invited.end())
    return subj, front


# What stands before a sentence's subject and is no part of it: an adverbial clause ended by a
# comma ("In the absence of Councillor X, the Leader ..."), a heading line above it.
_LEAD_CLAUSE = re.compile(r"^(?:at|in|on|following|after|with|for|under|as)\b[^,]{0,80},\s+(?=(?:the\s|there\s|(?-i:[A-Z])))", re.IGNORECASE)
# ("Kirk Burn footpath - Elspeth reported": a given name alone after the dash, the whole subject)
_TOPIC_DASH = re.compile(r"^(?:\(?[a-z0-9]{1,3}\)\s+)?[A-Z][^–\n]{2,80}?\s[-–]\s+"
                         r"(?=(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Professor|Prof)\.?\s+[A-Z][\w'’-]+|[A-Z][a-z'’-]+\s+[A-Z]"
                         r"|[A-Z][a-z'’-]+\s*$)")
# a lettered or numbered topic and its colon before the subject (a members' reports item's parts)
_TOPIC_COLON = re.compile(r"^(?:\(?[a-z0-9]{1,3}\)\s+)?[A-Z][^:\n()]{2,80}?:\s+(?=the\s|(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor)\.?\s+[A-Z]|[A-Z][a-z'’-]+\s+[A-Z])")
_AFTER_HEADING = re.compile(r"^.*[^,;:\s]\s*\n\s*(?=(?:The|A|An)\s|(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z'’-]+\s)", re.DOTALL)


_PERSON_FIRST = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof|Sir|Dame|Revd?)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’-]+)?,")


def _initials_only(subj: str, off: int) -> list[Entry]:
    """A subject that is a person's initials alone ("MC", "DHO"): the extractor looks them up in the
    paper's own list of names and initials, and drops them when the list has none."""
    code = subj.strip()
    return [Entry(None, code, code, None, off, off + len(code))] if re.fullmatch(r"[A-Z]{2,3}", code) else []


def _subject_like(s: str) -> bool:
    """A presenter is a name or a post, not a clause: short, and no verb of reporting in it."""
    words = s.split()
    if not words or len(words) > 20:
        return False
    return not re.search(r"\b(?:that|confirmed|advised|explained|said|stated|noted|asked|was|were|had|would|which)\b", s, re.IGNORECASE)


def post_and_holder(subj: str, start: int) -> Optional[Entry]:
    """"The Executive Engineer (M. Hale)": the post, then its holder in brackets."""
    s = subj.strip()
    lead = re.match(r"^(?:the\s+)?", s, re.IGNORECASE).end()
    form = name_form(s[lead:])
    if form is None or not form.inner_name or not POST_HEAD.search(s[lead:lead + form.paren_at]):
        return None
    offset = start + (len(subj) - len(subj.lstrip()))
    return Entry(name=form.name, written=s, role=squash(s[lead:lead + form.paren_at]).strip(" ,"), organisation=None,
                 start=offset, end=offset + len(s), title=form.title)


def _drop_paren(s: str) -> str:
    """"The Policy Officer (Policy and Research, Planning)" -> "The Policy Officer"; lengths are
    kept by blanking so offsets stay right. A post's portfolio in brackets at the end stays: it
    tells one director from another ("the Executive Director (Place)")."""
    return re.sub(r"\([^()]*\)", lambda m: m.group(0) if _portfolio(s, m) else " " * len(m.group(0)), s)


_PORTFOLIO = re.compile(_PORTFOLIO_IN_BRACKETS + r"[\s.,;]*", re.IGNORECASE)  # (ending the text)


def _portfolio(s: str, m: re.Match) -> bool:
    return bool(_PORTFOLIO.fullmatch(s, m.start())) and bool(_ENDS_IN_POST.search(s, 0, m.start()))


_BODY_LAST = ORG_WORDS | {"constabulary", "police", "board", "committee", "partnership", "forum", "panel", "limited", "ltd",
                          "plc", "llp", "university", "college", "school", "hospital", "church"}


def person_or_post(e: Entry) -> bool:
    if e.name and not e.title and e.name.split()[-1].lower() in _BODY_LAST and e.name.split()[0] not in given_names():
        return False  # "..., Westshire Constabulary": where the one before comes from
    if e.name or re.fullmatch(r"[A-Z]{2,3}", e.written):  # initials, looked up later (_initials_only)
        return True
    return bool(e.role and (POST_HEAD.search(e.role) or _ENDS_IN_POST.search(e.role)) and not GENERIC_SUBJECT.match(e.role))
