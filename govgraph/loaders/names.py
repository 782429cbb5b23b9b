"""People's names as committee papers write them: the one name normaliser.

A list entry or a mention carries a name with its trimmings: titles before it ("Councillor",
"Cllrs", "County Cllr", "Mr.", "Chief Superintendent"), honours after it ("OBE", "T.D."), marks
in brackets ("(Chair)", "(in the chair)", "(Vice-Chair)", "(EM)" initials, "(B)" an initial that
tells two namesakes apart, "(remote)", "(Audit Commission)"), or the name itself in brackets
after a post ("Director of Housing (Mr. P. Hale)"). :func:`name_form` takes an entry apart;
:func:`normalise_name` spaces initials ("G.A.Lowe" -> "G. A. Lowe").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from govgraph.loaders.lines import squash
from govgraph.loaders.posts import given_names
from govgraph.loaders.vocab import BODY_HEAD, CHAIR_WORDS, HONOUR_WORD, POST_HEAD, POST_WORD, TIER_PREFIX, TITLES

__all__ = ["NameForm", "name_form", "normalise_name", "split_top", "NOT_NAME_WORDS"]

# Capitalised words that name services, topics, places' kinds and bodies, never people.
NOT_NAME_WORDS = set(
    """people young children child families family learning services service care health education
    inclusion police council board partnership team group development members member adults adult
    social safeguarding schools school lifelong directorate department office unit commission committee governance
    panel forum trust authority agency government community communities housing planning regeneration
    environment resources finance policy performance quality strategy disabilities needs special
    educational public scrutiny democratic legal corporate customer transport transportation economic
    economy culture leisure neighbourhoods neighbourhood highways waste north south east west central
    borough county city district metropolitan national regional local england wales scotland ireland
    britain kingdom royal agenda item items appendix annex page section minutes report reports meeting
    meetings apologies present absence attendance public press clerk councillor councillors chair
    chairman chairperson mayor treasurer secretary officer officers staff representatives representative
    none nil other others all the and of for total number town parish village community chamber
    one two three four five six seven eight nine ten eleven twelve several""".split()  # "Two members of the public"
)

_TITLE_RX = re.compile(
    r"^(?:(?P<tier>" + TIER_PREFIX + r")\s+)?(?P<title>" + TITLES + r")\b\.?\s*", re.IGNORECASE
)
_PLURAL_TITLE = re.compile(r"^(?:councillors|cllrs|(?:independent\s+)?co-opted\s+members|aldermen)$", re.IGNORECASE)
# Posts written before a name as if titles ("Mayor Keane", "Leader Smith").
_POST_TITLE = re.compile(r"^(?P<post>(?:Lord\s+|Deputy\s+|Lady\s+)?Mayor|Leader|Provost|Sheriff)\s+(?=[A-Z])")
_CHAIR = re.compile(r"^(?:" + CHAIR_WORDS + r")$", re.IGNORECASE)
# "(Committee Chairman)", "(Panel Chair)": the chair of the body meeting, named by its kind
_BODY_CHAIR = re.compile(r"^(?:committee|sub-committee|panel|meeting)\s+chair(?:man|woman|person)?$", re.IGNORECASE)
_VICE = re.compile(r"^(?:vice|deputy)[- ]?(?:chair(?:man|woman|person)?|cathaoirleach)$", re.IGNORECASE)
_NOTE = re.compile(
    r"^(?:remote(?:ly)?|virtual(?:ly)?|via\b.*|online|(?:ms\s+|microsoft\s+)?teams|zoom|in\s+person|hybrid|"
    r"by\s+(?:video|phone|telephone)|substitute.*|sub\b.*|for\s+.*|"
    r"part\b.*|from\s+.*|until\b.*|to\s+minute.*|left\b.*|arrived\b.*|items?\s+.*|minutes?\s+.*|observer|"
    r"non[- ]voting|voting|ex[- ]officio|co-opted.*|as\s+.*)$",
    re.IGNORECASE,
)
_INITIAL_CODE = re.compile(r"^(?P<code>[A-Z]{2,5})\b(?P<rest>.*)$")
_ONE_INITIAL = re.compile(r"^[A-Z]\.?$")
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]*(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+)*|(?:Mc|Mac|O['’]|Ó\s?|Ni\s|Nic\s|Ua\s)[A-ZÀ-Þ][\wà-ÿ'’-]+)"
_NAME_TOKEN = re.compile(r"^(?:" + _CAP + r"|[A-Z]\.?|(?:[A-Z]\.){2,3}|de|da|di|du|van|von|der|den|le|la|del|bin|ibn|ó|ní|nic|mac)$")


@dataclass
class NameForm:
    name: Optional[str]
    title: Optional[str] = None
    plural_title: bool = False
    tier: Optional[str] = None
    role: Optional[str] = None
    organisation: Optional[str] = None
    aliases: tuple[str, ...] = ()
    chair: bool = False
    inner_name: bool = False  # the name was in brackets after a post
    paren_at: int = 0  # where that bracket opens in the entry


def normalise_name(s: str) -> str:
    """"Z.Thorley" -> "Z. Thorley", "G.A. Lowe" -> "G. A. Lowe"."""
    s = re.sub(r"\b([A-Z])\.(?=[A-Z])", r"\1. ", s)
    s = re.sub(r"\b([A-Z])\.\s*", r"\1. ", s)
    return squash(s)


def split_top(s: str, seps: str) -> list[tuple[int, int]]:
    """Split on separator characters outside brackets; (start, end) pairs."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(s):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in seps and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(s)))
    return out


@dataclass
class _Marks:
    chair: bool = False
    role: Optional[str] = None
    organisation: Optional[str] = None
    initial: Optional[str] = None
    aliases: list[str] = field(default_factory=list)
    inner: Optional[tuple[int, str]] = None  # (where the bracket opens, the name inside)


def name_form(entry: str) -> Optional[NameForm]:
    """An entry of a list taken apart, or None when it holds no person's name.

    >>> f = name_form("Councillor G.A.Lowe (Chairman)")
    >>> f.name, f.title, f.chair
    ('G. A. Lowe', 'Councillor', True)
    >>> name_form("Marsh (B)").name, name_form("Edna Moss (EM)").aliases
    ('B. Marsh', ('EM',))
    >>> f = name_form("Director of Housing (Ms. C. Royle)")
    >>> f.name, f.inner_name, f.paren_at
    ('C. Royle', True, 20)
    >>> name_form("Head of Audit") is None, name_form("Deputy Ross Marsh, T.D.").name
    (True, 'Ross Marsh')
    """
    s = entry.strip().strip(" .,;:")
    s = re.sub(r"^[-•*]\s+", "", s)
    # "the Revd Canon X", "the Rt Hon X": the article belongs to the style, not the name
    s = re.sub(r"^the\s+(?=(?:Rt\.?|Right|Very|Venerable|Ven|Rev|Revd|Reverend|Canon)\b)", "", s, flags=re.IGNORECASE)
    marks = _Marks()
    core = _take_brackets(s, marks)
    if marks.inner:
        at, inner = marks.inner
        form = name_form(inner)
        if form and form.name:
            return NameForm(form.name, title=form.title, inner_name=True, paren_at=at, chair=marks.chair)
    core = _drop_honours(core)
    # "Westby County Councillor Ann Lee": the place of the council she sits on, before her title
    core = _PLACE_BEFORE_TIER.sub("", core)
    organisation = marks.organisation
    of_body = _OF_BODY.search(core)
    if of_body and not organisation and BODY_HEAD.fullmatch(of_body.group("org").split()[-1]):
        # "PCSO Hana Bright of Westby Constabulary": where the person is from
        core, organisation = core[: of_body.start()], of_body.group("org")
    post = None
    pm = _POST_TITLE.match(core)
    if pm:
        post, core = pm.group("post"), core[pm.end():]
    title, tier, plural = None, None, False
    tm = _TITLE_RX.match(core)
    while tm and tm.end() < len(core):
        title = title or tm.group("title")
        tier = tier or tm.group("tier")
        plural = plural or bool(_PLURAL_TITLE.match(tm.group("title")))
        core = core[tm.end():]
        tm = _TITLE_RX.match(core)
    name = _valid_name(core)
    if name is None:
        return None
    if marks.initial and not re.match(r"^[A-Z]\.", name):
        name = f"{marks.initial}. {name}"
    role = marks.role or post
    if tier and title and not role:
        role = f"{tier} {title}"
    return NameForm(name, title=title, plural_title=plural, tier=tier, role=role, organisation=organisation,
                    aliases=tuple(marks.aliases), chair=marks.chair)


_PLACE_BEFORE_TIER = re.compile(r"^(?:[A-Z][\w'’-]+\s+){1,2}(?=" + TIER_PREFIX + r"\s+(?:Councillor|Cllr)\b)")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:and\s+|of\s+|&\s+)?[A-Z][\w'’&-]*){0,6})$")


def _take_brackets(s: str, marks: _Marks) -> str:
    """Read every bracketed group of ``s`` ("(Chair)", "[Chair]") into ``marks``; what is left
    outside them."""
    out, pos = [], 0
    for m in re.finditer(r"\(([^()]*)\)|\[([^\[\]]*)\]", s):
        out.append(s[pos:m.start()])
        pos = m.end()
        _read_mark((m.group(1) or m.group(2) or "").strip(), m.start(), s[: m.start()], marks)
    out.append(s[pos:])
    return squash("".join(out)).strip(" ,")


def _read_mark(c: str, at: int, before: str, marks: _Marks) -> None:
    if not c:
        return
    post_and_chair = re.match(r"^(?P<post>.+?)\s*(?:[–—-]|,)\s*(?:in\s+the\s+chair|chair(?:man|woman|person)?|presiding)$", c, re.IGNORECASE)
    if post_and_chair and not _VICE.match(c):  # "(Town Mayor – in the Chair)": the post, and the chair
        marks.chair = True
        marks.role = marks.role or post_and_chair.group("post")
        return
    if _CHAIR.match(c) or _BODY_CHAIR.match(c):
        marks.chair = True
        if re.fullmatch(r"chair(?:man|woman|person)?|convenor|convener|cathaoirleach", c, re.IGNORECASE) or _BODY_CHAIR.match(c):
            marks.role = marks.role or c  # "(Chairperson)", "(Convener)", "(Committee Chairman)": the post as written
    elif _VICE.match(c):
        marks.role = c
    elif _ONE_INITIAL.match(c):
        marks.initial = c[0]
    elif _INITIAL_CODE.match(c) and (not _INITIAL_CODE.match(c).group("rest").strip() or _NOTE.match(_INITIAL_CODE.match(c).group("rest").strip())):
        marks.aliases.append(_INITIAL_CODE.match(c).group("code"))
    elif _NOTE.match(c):
        return
    elif _looks_like_titled_name(c) and before.strip() and not POST_HEAD.fullmatch(c.split()[-1]):
        # "(Mr. P. Hale)" after a post names its holder; "(Deputy Clerk)" is a post
        marks.inner = (at, c)
    elif post_first(c):
        marks.role = marks.role or c
    elif re.search(r",", c) and POST_HEAD.search(c.rsplit(",", 1)[1]):
        org, post = c.rsplit(",", 1)
        marks.organisation, marks.role = org.strip(), marks.role or post.strip()
    else:
        marks.organisation = marks.organisation or c


def post_first(c: str) -> bool:
    """A post, not an organisation: a post's head comes before any body's head ("Director of
    Service", "Senior Executive Officer"; not "Audit Commission")."""
    post = POST_HEAD.search(c)
    if not post:
        return False
    body = BODY_HEAD.search(c)
    # a post's head last, or last but its place ("Police and Crime Commissioner for Westshire")
    tail = c[post.end():].rstrip(" )")
    return body is None or post.start() <= body.start() or "," not in c and (
        not tail or bool(re.fullmatch(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}", tail))
        and not BODY_HEAD.search(tail))


def _looks_like_titled_name(c: str) -> bool:
    """"Mr. G. Hale", "P. Hale", "Councillor M. Dent" (a person), not "Corporate" or "HR"."""
    if _TITLE_RX.match(c):
        return True
    return bool(re.match(r"^(?:[A-Z]\.\s?){1,3}\s?[A-Z][\w'’-]+$", c))


def _drop_honours(s: str) -> str:
    """"Ross Marsh, T.D." -> "Ross Marsh"; "Jo Bloggs OBE" -> "Jo Bloggs"."""
    words = s.replace(",", " , ").split()
    while words and (HONOUR_WORD.fullmatch(words[-1].replace(".", "")) or words[-1] == ","):
        if words[-1] != "," and words[-1].replace(".", "").isupper() is False and len(words) > 1 and words[-1][0].islower():
            break
        words.pop()
    return " ".join(words).replace(" , ", ", ").strip(" ,")


def _valid_name(core: str) -> Optional[str]:
    core = normalise_name(core.strip(" .,;:-–"))
    core = re.sub(r"\b([A-Z])\s+(?=[A-Z][a-z'’]|[A-Z]\s+[A-Z])", r"\1. ", core)  # "J Sutcliffe", "D J Ellery" -> "D. J. Ellery"
    if not core:
        return None
    tokens = core.split()
    if not 1 <= len(tokens) <= 5:
        return None
    if not all(_NAME_TOKEN.match(t) for t in tokens):
        return None
    words = [t for t in tokens if len(t.rstrip(".")) > 1]
    if not words:
        return None
    if any(t.lower().strip("'’") in NOT_NAME_WORDS or POST_HEAD.fullmatch(t) or BODY_HEAD.fullmatch(t) for t in words):
        return None
    if len(tokens[-1].rstrip(".")) == 1:
        return None  # ends in an initial: "Smith J" is a name written backwards, or noise
    return core


def opens_a_body_name(text: str, start: int, end: int) -> bool:
    """Is the name read at ``text[start:end]`` the start of a body's name: capitalised words run on
    from it to a body's head, with no post among them ("Rowan Vale Enterprise Taskforce" opens
    with a given name; "Jo Park Executive Director of Place" is a person and her post)?"""
    run = _CAPITAL_RUN.match(text, start)
    if not run or run.end() < end or not BODY_HEAD.fullmatch(run.group().split()[-1]) or POST_WORD.search(run.group()):
        return False
    if all(w in given_names() for w in run.group().split()[:-1]):
        return False  # "Sarah Jane Church": given names, then a surname that is a body's word
    # the name runs on to the head, or holds it after two words ("Ann Church" may be a person)
    return run.end() > end or len(run.group().split()) >= 3


def names_a_place(text: str, end: int) -> bool:
    """Does a place's common noun, in lower case, follow the name read up to ``end`` ("Glen
    Corrastie road", "Ashley Green car park", "Kirk Burn footpath")? Then the name is a place's."""
    return bool(_PLACE_AFTER.match(text, end))


_PLACE_AFTER = re.compile(
    r"[ \t]+(?:road|roads|footpath|path|lane|street|bridge|car[ \t]+park|park|playing[ \t]+fields?|estate|village|"
    r"junction|roundabout|crossing|woods?|river|valley|burn|site|development|wind[ \t]+farm|bus[ \t]+stop|"
    r"area|ward|cemetery|churchyard|allotments?)\b")


# Capitalised words and the small words inside a name; spaces and a line's wrap join them (a tab
# is the next cell of a table).
_CAPITAL_RUN = re.compile(r"[A-ZÀ-Þ][\w'’&-]*(?:(?: +| *\n *)(?:(?:of|and|&|for) +)?[A-ZÀ-Þ][\w'’&-]*){0,6}")


def after_and(text: str, pos: int) -> bool:
    """Does "and" (or "&") come just before ``pos``, as a list's or a post's joining word? (Only
    the few characters before are read: the test runs once per name.)"""
    return bool(_AND_BEFORE.search(text[max(0, pos - 12):pos]))


_AND_BEFORE = re.compile(r"(?:^|\s)(?:and|&)\s*$")
