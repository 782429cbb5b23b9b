"""Lists of people as committee papers write them, read into :class:`PersonMention` records.

"Councillors Ames, Bell-Hart and Frost"; "Amira Patel, Head of Housing Strategy, Tom Birch, ...";
"Ruth Okafor (LGA, Peer Reviewer)"; "The Mayor (Councillor P. Quinn)"; "the Director of Public
Health and the Head of Planning". A post is kept as written; a unit written after it with a comma
stays in it ("Strategic Director, Adult Care and Housing"), a unit in parentheses does not (it goes
to ``PersonMention.unit``), and " at Org" gives the organisation. Titles and "Co-opted Member" are
not posts.

>>> [(m.name, m.role) for m in parse_person_list("Amy Ng, Head of Planning and Councillors Bell and K.Dunn")]
[('Amy Ng', 'Head of Planning'), ('Bell', None), ('K. Dunn', None)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from govgraph.loaders.lines import names_cased
from govgraph.loaders.posts import (
    BODY_WORDS, COUNCILLOR_TITLES, PLURAL_TITLES, POSTNOMINALS, TITLES, given_names, is_post,
    post_start, words,
)
from govgraph.loaders.vocab import BODY_HEADS, COUPLE, NAME_UPPER, NOT_AFTER_TITLE, SPEECH_VERBS


@dataclass
class PersonMention:
    name: Optional[str]  # titles dropped, initials normalised ("G. A. Lowe"); None for a post alone
    written: str  # as written: "Councillor G. A. Lowe" (the post itself when there is no name)
    title: Optional[str]  # Councillor, Cllr, Mr, Mrs, Ms, Dr, ... or None
    role: Optional[str]  # post as written, or None
    organisation: Optional[str]  # outside organisation tied to the person, or None
    start: int  # text[start:end] == written (offsets in Document.text)
    end: int
    role_start: Optional[int] = None  # text[role_start:role_end] == role
    role_end: Optional[int] = None
    unit: Optional[str] = None  # a unit written in parentheses after the post


_TITLE_RE = re.compile(
    r"(?:(?:Co-?opted|Independent)\s+[Mm]ember\s+)?"
    # a dot only after an abbreviation: "Councillors. Assets were valued" ends a sentence
    r"(?P<t>(?:Councillors?|COUNCILLORS?|Miss|Professor|Sir|Dame|Lord|Lady|Reverend|Baroness|Alderman)\b"
    r"|(?:Chief\s+)?(?:Sergeant|Inspector|Superintendent)|Constable|PCSO"
    r"|(?:Cllrs?|CLLRS?|Mrs|Mr|Ms|Mx|Dr|Prof|Revd|Rev|Sgt)\b\.?)\s+(?=[A-ZÀ-ÞŴŶ])"
)
# (and "Councillor Mrs Gwen Ash": a councillor addressed as Mrs)
_STACKED_TITLE = re.compile(r"(?:Canon|Dr|Prof|Professor|Rev|Revd|Reverend|Mr|Mrs|Ms|Miss)\b\.?\s+(?=[A-ZÀ-ÞŴŶ])")
_COOPT_RE = re.compile(r"(?:Co-?opted|Independent)\s+[Mm]embers?\b\s*(?::\s*-?|-)?\s*")
# Letters of names in Irish, Welsh, Scots and other spellings too ("Siobhán", "Gwenllïan", "Ŵyn").
_UP = NAME_UPPER
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿŴŵŶŷ"
_WORD = rf"(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LETTER}'’]*(?:-[{_UP}][{_LETTER}'’]*)*"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la|bin|al|ul|el)"
_NAME_RE = re.compile(
    rf"(?P<ini>(?:[A-Z]\.\s?){{1,3}}|(?:[A-Z] ){{1,2}}(?=[{_UP}][a-zà-ÿ]))?"
    rf"(?P<w>{_WORD}(?:[ \t]*\n?[ \t]*(?:{_PARTICLE}\s+)?{_WORD}){{0,3}})"
)
_SEP_RE = re.compile(
    r"[();,\n]|\s+and\s+|(?<!:)\s+[–—-]\s+"
    r"|(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bProf)(?<!\bRevd)(?<!\bSt)\.\s+(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
_CAP_RE = re.compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]+)(?=\s+[A-ZÀ-Þ])")
_LABEL_RE = re.compile(r"([A-Z][A-Za-z \-']{1,40}?)\s*:\s*-?\s*")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
_VERB_AFTER = re.compile(r"\s(?:" + SPEECH_VERBS + r")\s+\S", re.IGNORECASE)  # a post that goes on as a clause
_IN_CHAIR_RE = re.compile(r"\s*in\s+the\s+(chair(?:man|person)?)\s*$", re.I)
_SKIP_PAREN_RE = re.compile(r"^\s*(?:remote(?:ly)?|virtual(?:ly)?|online|via\b|substitut|part\b|from\b|for\b|left\b|arrived\b|minutes?\b|items?\b)", re.I)
_STRONG_BODY = set(
    "council police service services board partnership trust forum committee commission panel group team directorate "
    "department authority agency office school academy college university nhs cc association society foundation "
    "network centre unit hub government ministry inspectorate road street lane avenue building limited ltd plc".split()
)
_INTERNAL_UNIT = {"directorate", "department", "service", "services", "team", "unit", "division", "office"}


def _norm_initials(ini: str) -> str:
    return " ".join(c + "." for c in ini if c.isalpha())


@dataclass
class _Name:
    start: int
    end: int  # end of the written form
    name: str
    title: Optional[str]
    plural: bool
    post_at: Optional[int]  # where a post starts right after the name, without a separator


# A table's cell holding a body's name: capitalised words up to a body's head, then the cell's end.
_BODY_CELL = re.compile(r"(?:[A-Z][\w'’&-]*[ ]+(?:(?:of|and|for|&)[ ]+)?){0,5}(?:" + BODY_HEADS + r")[ ]*(?=\t|\n|$)")

# "Jo Ray<TAB>Tel: 01632 ...", "Jo Ray Email: jo.ray@...": a contact block's details after the name
_CONTACT_DETAIL = re.compile(r"(?i:tel|telephone|phone|mobile|fax|e-?mail|extension)\.?[ \t]*(?::|(?=[\d+(]))")


def _read_name(text: str, pos: int, end: int, list_title: Optional[str], in_list: bool) -> Optional[_Name]:
    """A (titled) name at ``pos``; None when what stands there is not a person's name."""
    start, title, plural = pos, None, False
    m = _TITLE_RE.match(text, pos, end)
    if m:
        raw = " ".join(m.group("t").rstrip(".").lower().split())
        title, plural = TITLES.get(raw), raw in PLURAL_TITLES
        pos = m.end()
        stacked = _STACKED_TITLE.match(text, pos, end)
        if stacked:  # "Revd Canon X", "Rev Dr X": the second title is no more the name than the first
            pos = stacked.end()
    else:
        c = _COOPT_RE.match(text, pos, end)
        if c:
            pos = c.end()
    n = _NAME_RE.match(text, pos, end)
    if not n:
        return None
    ws = [(w.group(), w.start(), w.end()) for w in re.finditer(r"\S+", n.group("w"))]
    if ws and re.search(r"['’]s$", ws[-1][0]):  # "Tom Marsh MP's review"
        w, ws0, we = ws[-1]
        ws[-1] = (w[:-2], ws0, we - 2)
    base = n.start("w")
    for i, (w, w0, _) in enumerate(ws):
        if i and w.rstrip(".").lower() in TITLES:  # "Councillor Hale\nCouncillors Pryce": a new name
            ws = ws[:i]
            break
        gap = text[base + ws[i - 1][2]: base + w0] if i else ""
        if "\t" in gap and not gap.strip("\t") and _BODY_CELL.match(text, base + w0) \
                and post_start([x for x, _, _ in ws[i:]]) is None:  # (not a wrap's indent; not "Chief Executive")
            ws = ws[:i]  # "Jo Ray<TAB>Westby Council": the next cell, a body's name
            break
        if i and _CONTACT_DETAIL.match(text, base + w0):
            ws = ws[:i]
            break
    cut = post_start([w for w, _, _ in ws])
    post_at = None
    if cut is not None:
        post_at = base + ws[cut][1] if cut < len(ws) else None
        ws = ws[:cut]
    while ws and ws[-1][0] in POSTNOMINALS:
        ws = ws[:-1]
    ini = n.group("ini") or ""
    if not ws:
        return None
    toks = [w for w, _, _ in ws]
    name_end = base + ws[-1][2]
    # what follows the name in the same unit must be a post-nominal or nothing
    titled = title is not None or list_title is not None
    lower = [t.lower() for t in toks]
    if any(t.isupper() and len(t) > 1 for t in toks) and not (title and not plural):
        return None
    if titled:
        if len(toks) > 3 or any(t in _STRONG_BODY for t in lower[-1:]) and not ini and len(toks) > 1:
            return None
        if any(t in NOT_AFTER_TITLE for t in lower):
            return None  # "Cllr Allowances", "Councillor Call for Action": the title is a modifier
    else:
        first_given = toks[0] in given_names()
        if ini:
            if len(toks) > 2:
                return None
        elif first_given and len(toks) >= 2:
            if any(t in _STRONG_BODY for t in lower[1:]):
                return None
        elif in_list and len(toks) >= 2:
            if any(t in BODY_WORDS for t in lower) or len(toks) > 3:
                return None
        else:
            return None
    if plural:
        start = n.start()  # "Councillors Pryce, ...": the written form of each is the name alone
    name = (_norm_initials(ini) + " " if ini else "") + " ".join(toks)
    name = re.sub(r"\s+", " ", name)
    if title is None and list_title is not None and not m:
        title = list_title
    return _Name(start, name_end, name, title, plural, post_at)


def _strip_span(text: str, s: int, e: int, chars: str = " \t\n.,;:-–—*_") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def _units(text: str) -> list[tuple[str, int, int, str]]:
    """Top-level pieces of a list: (kind 'text'|'paren', start, end, separator before it)."""
    out: list[tuple[str, int, int, str]] = []
    pos, sep, depth, pstart = 0, "start", 0, 0
    for m in _SEP_RE.finditer(text):
        tok = m.group().strip() or m.group()
        if depth:
            if tok == "(":
                depth += 1
            elif tok == ")":
                depth -= 1
                if not depth:
                    out.append(("paren", pstart, m.start(), "("))
                    pos, sep = m.end(), "none"
            continue
        if tok == ")":
            continue
        s, e = _strip_span(text, pos, m.start())
        if e > s:
            out.append(("text", s, e, sep))
            sep = "none"
        if tok == "(":
            depth, pstart = 1, m.end()
            continue
        kind = {"and": "and", ";": ";", ",": ",", "\n": sep if sep != "none" else "nl"}.get(tok)
        if kind is None:
            kind = "." if tok.startswith(".") else "dash"
        if sep == "none" or kind in (";", "."):
            sep = kind
        pos = m.end()
    if depth:
        out.append(("paren", pstart, len(text), "("))
    else:
        s, e = _strip_span(text, pos, len(text))
        if e > s:
            out.append(("text", s, e, sep))
    return out


def _org_like(t: str) -> bool:
    ws = words(t)
    if len(ws) == 1 and ws[0] in given_names():
        return False  # "... and Lena" (a name cut by a page break)
    return bool(ws) and ws[0][0].isupper() and len(ws) <= 12 and not re.search(r"[\d@]", t) and all(
        w[0].isupper() or w.lower() in ("and", "of", "for", "the", "&", "in", "on", "at") for w in ws
    )


class _Builder:
    def __init__(self, text: str, base: int):
        self.text, self.base = text, base
        self.out: list[PersonMention] = []
        self.cur: Optional[PersonMention] = None

    def new(self, nm: Optional[_Name]) -> PersonMention:
        b = self.base
        if nm:
            p = PersonMention(nm.name, self.text[nm.start:nm.end], nm.title, None, None, b + nm.start, b + nm.end)
        else:
            p = PersonMention(None, "", None, None, None, 0, 0)
        self.out.append(p)
        self.cur = p
        return p

    def set_role(self, p: PersonMention, s: int, e: int) -> None:
        s, e = _strip_span(self.text, s, e)
        dangling = re.search(r"\s+(?:and|of|for|the|at|in|&)$", self.text[s:e])
        if dangling:  # a post cut by a page break: "Head of Special Needs and"
            e = s + dangling.start()
        if re.match(r"(?i)(the|our|a|an)\s", self.text[s:e]):
            s = _strip_span(self.text, s + self.text[s:e].index(" "), e)[0]
        if e <= s:
            return
        p.role_start, p.role_end = self.base + s, self.base + e
        p.role = self.text[s:e]
        if p.name is None:
            p.written, p.start, p.end = p.role, p.role_start, p.role_end

    def extend_role(self, p: PersonMention, e: int) -> None:
        self.set_role(p, p.role_start - self.base, e)

    def finish(self) -> list[PersonMention]:
        for p in self.out:
            if p.role:
                m = re.search(r"\s+at\s+(?=[A-Z])", p.role)
                if m and m.start() > 0:
                    p.organisation = p.organisation or p.role[m.end():]
                    p.role_end = p.role_start + m.start()
                    p.role = p.role[: m.start()]
                    if p.name is None:
                        p.written, p.end = p.role, p.role_end
        return [p for p in self.out if p.name or p.role]



def parse_person_list(text: str, base: int = 0) -> list[PersonMention]:
    """People in a list as papers write them; offsets are ``base`` + offsets in ``text``. A couple
    under one surname ("Mr & Mrs Pell") is two people, the first titled only."""
    text = names_cased(text)
    couples = {m.end(): m for m in COUPLE.finditer(text)}
    return _with_couples(_parse(text, base), couples, text, base) if couples else _parse(text, base)


def _with_couples(found: list[PersonMention], couples: dict[int, re.Match], text: str, base: int) -> list[PersonMention]:
    """Each surname titled after "Mr &" gets its partner: the first title with the same surname."""
    out = []
    for p in found:
        m = couples.get(p.start - base)
        if m is not None and p.name and p.title and " " not in p.name:
            out.append(PersonMention(p.name, text[m.start(): p.end - base], m.group("t") or m.group("f"), None, None,
                                     base + m.start(), p.end))
        out.append(p)
    return out


def _parse(text: str, base: int) -> list[PersonMention]:
    b = _Builder(text, base)
    list_title: Optional[str] = None
    attached = False  # did the previous unit belong to the current person?
    label_role: Optional[tuple[int, int]] = None
    prev_org: Optional[int] = None  # start of an organisation just read for the current person
    prev_end = 0
    for kind, s, e, sep in _units(text):
        cur = b.cur
        had_and, prev_end = bool(re.search(r"\band\b", text[prev_end:s])), e
        if kind == "paren":
            attached = _paren(b, cur, s, e, attached)
            continue
        if sep in (";", "."):
            list_title = None if sep == ";" else list_title
        lm = _LABEL_RE.match(text, s, e)
        if lm:
            label = lm.group(1)
            label_role = (lm.start(1), lm.end(1)) if is_post(label) else None
            if re.search(r"(?i)co-?opted|independent\s+member", label):
                list_title = None
            s = lm.end()
            if s >= e:
                continue
        couple = COUPLE.match(text, s, e)
        if couple:
            s = couple.end()  # "Mr & Mrs Pell": Mrs Pell here, her partner added after (_with_couples)
        nm = _read_name(text, s, e, list_title if sep in (",", "and", "nl", "none") else None, True)
        if nm is None and sep in ("start", ";", ".", "none", "nl") and not is_post(text[s:e]):
            # a list may open with words ("were received from Councillors ..."): find a name in the unit
            for t in _TITLE_RE.finditer(text, s, e):
                nm = _read_name(text, t.start(), e, None, True)
                if nm:
                    break
            else:
                for t in _CAP_RE.finditer(text, s, e):
                    if t.group(1) in given_names():
                        nm = _read_name(text, t.start(), e, None, False)
                        if nm:
                            break
        if nm is not None:
            tail = text[nm.end:e].strip(" \t\n")
            if tail and not (nm.post_at is not None and is_post(text[nm.post_at:e])) and not tail.startswith("'"):
                if nm.title is None and list_title is None:
                    nm = None
                else:
                    list_title, nm.plural = None, False  # the list ends here
            if nm is not None:
                if nm.plural:
                    list_title = nm.title
                elif nm.title and nm.title not in COUNCILLOR_TITLES and text[nm.start:nm.end].split()[0] not in ("Councillors", "Cllrs"):
                    list_title = None if sep in (";", "start", ".") or nm.title else list_title
                p = b.new(nm)
                if label_role:
                    b.set_role(p, *label_role)
                    label_role = None
                attached = True
                if nm.post_at is not None and is_post(text[nm.post_at:e]):
                    b.set_role(p, nm.post_at, e)
                elif text[nm.end:e].strip(" \t\n'’s*_"):
                    attached = False  # "Councillor X welcomed the Head of ...": prose, not an appositive
                prev_org = None
                continue
        unit = text[s:e]
        if is_post(unit):
            starts_the = bool(re.match(r"(?i)(the|our)\s", unit))
            if cur is not None and attached and prev_org is not None and sep == "and" and cur.role is None:
                # "Performance and Quality Manager" was split at its "and"
                cur.organisation = None
                b.set_role(cur, prev_org, e)
            elif cur is not None and attached and cur.role is None and cur.name and sep in (",", "dash", "none", "nl") and not (
                starts_the and had_and  # "Sam Ray, and our Link Inspector, Ian Fox": the post is Ian Fox's
            ) and not (starts_the and _VERB_AFTER.search(unit)):  # "Mr X, the Clerk read his report": the Clerk is another
                b.set_role(cur, s, e)
            elif cur is not None and attached and cur.role is not None and not starts_the and sep in ("and", ",", "nl"):
                b.extend_role(cur, e)
            else:
                p = b.new(None)
                b.set_role(p, s, e)
            attached = True
        elif cur is not None and attached and _org_like(unit):
            if re.match(r"(?i)an?\s", unit):
                attached = False  # "..., a working group of the Council,": says what the body is
            elif cur.role is not None and sep in (",", "and", "nl", "dash"):
                b.extend_role(cur, e)
            elif cur.role is None and cur.organisation is None and cur.name and sep in (",", "dash", "none"):
                cur.organisation = unit
                prev_org = s
                continue
            else:
                attached = False
        else:
            attached = False
        prev_org = None
    return b.finish()


def _paren(b: _Builder, cur: Optional[PersonMention], s: int, e: int, attached: bool) -> bool:
    text = b.text
    inner = text[s:e].strip()
    if not inner or _SKIP_PAREN_RE.match(inner) or cur is None or not attached:
        return attached
    ch = _IN_CHAIR_RE.match(text, s, e)
    if ch:
        if cur.role is None:
            b.set_role(cur, ch.start(1), ch.end(1))
        return True
    if cur.role is not None and _ACRONYM_RE.match(inner) and inner.isupper():
        return True  # "(SEND)", "(LSCB)": an acronym of the post's own words
    if re.fullmatch(r"[A-Z]\.?", inner) and cur.name and " " not in cur.name and not cur.role:
        # "Councillor O'Dowd (T)": the initial that tells two members of one surname apart
        cur.name = f"{inner[0]}. {cur.name}"
        return True
    if cur.name is None:
        nm = _read_name(text, s + len(text[s:e]) - len(text[s:e].lstrip()), e, None, False)
        if nm is not None and nm.title:
            cur.name, cur.title = nm.name, nm.title
            cur.written, cur.start, cur.end = text[nm.start:nm.end], b.base + nm.start, b.base + nm.end
            return True
    parts = [(ps, pe) for ps, pe in _split_commas(text, s, e)]
    if cur.role is not None and not any(is_post(text[ps:pe]) for ps, pe in parts):
        last = words(text[s:e])[-1].lower() if words(text[s:e]) else ""
        if last in _INTERNAL_UNIT or cur.name is None or cur.organisation:
            cur.unit = inner
        else:
            cur.organisation = inner
        return True
    for ps, pe in parts:
        t = text[ps:pe]
        if is_post(t) and cur.role is None:
            b.set_role(cur, ps, pe)
        elif not is_post(t) and cur.organisation is None and re.search(r"[A-Z]", t):
            cur.organisation = t
    return True


def _split_commas(text: str, s: int, e: int) -> Iterable[tuple[int, int]]:
    pos = s
    for i in range(s, e + 1):
        if i == e or text[i] == ",":
            ps, pe = _strip_span(text, pos, i)
            if pe > ps:
                yield ps, pe
            pos = i + 1
