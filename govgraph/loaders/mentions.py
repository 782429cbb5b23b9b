"""Person mentions of one document, merged into one :class:`Person` per real person.

"Councillor G. A. Hale", "Councillor Hale" and "Hale" are one person when the document
has one Hale; a bare surname with two candidates ("Mrs Pryce" beside "Councillor J. Pryce"
and "Councillor K. Pryce") stays apart: ambiguity is kept, never guessed away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from govgraph.loaders.cues import POST_HEAD
from govgraph.loaders.posts import given_names, is_post
from govgraph.loaders.vocab import CHAIR_WORDS, FIELD_LABEL, OFFICE_OF, RANKS, SPEECH_VERBS, TIER_TITLE, TITLE
from govgraph.records import Document, Person, Role

TITLES = {"councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
          "sir", "dame", "the", "mayor", "co-opted", "member", "members"}


@dataclass
class Mention:
    name: str  # titles dropped
    written: str  # as written
    title: Optional[str]
    role: Optional[str]
    organisation: Optional[str]
    start: int
    end: int
    aliases: tuple[str, ...] = ()  # other forms the text gives with it ("(EM)" initials)


def _tokens(name: str) -> list[str]:
    return [t for t in re.sub(r"[.,]", " ", name).lower().split() if t not in TITLES]


# Title classes: a councillor, a person addressed as Mr/Mrs/Ms, an officer of a rank, are told apart
# ("Councillor Lacey" is not "Ms Edna Lacey"; "Mrs Pryce" is not "Councillor J. Pryce").
_CLASSES = (
    ("cllr", re.compile(r"\b(?:councillors?|cllrs?|cmhlr|comhairleoir|cynghorydd|aldermen|alderman)\b", re.IGNORECASE)),
    ("rank", re.compile(r"\b(?:" + RANKS + r"|dci|di|ds|pc)\b", re.IGNORECASE)),
    ("f", re.compile(r"^(?:mrs|ms|miss|dame|lady|baroness)\.?$", re.IGNORECASE)),
    ("m", re.compile(r"^(?:mr|sir|lord|father|fr)\.?$", re.IGNORECASE)),
)


_RANK = re.compile(r"(?:detective\s+)?(?:(?:chief|deputy|assistant|acting)\s+)*(?:" + RANKS + r")", re.IGNORECASE)


def is_rank(text: Optional[str]) -> bool:
    """A police rank and nothing more ("Chief Superintendent"; not "Chief Constable of X")."""
    return bool(text) and bool(_RANK.fullmatch(" ".join(text.split())))


def title_class(title: Optional[str]) -> Optional[str]:
    """"cllr", "rank", "f", "m", or None (no title, or one that tells nothing: "Dr")."""
    if not title:
        return None
    t = title.strip()
    for name, rx in _CLASSES:
        if (rx.match(t) if name in ("f", "m") else rx.search(t)):
            return name
    return None


def title_classes(title: Optional[str]) -> set[str]:
    """Every class a title gives: "Councillor Mrs" is a councillor addressed as Mrs ("cllr", "f")."""
    whole = title_class(title)
    words = {title_class(w) for w in (title or "").split()}
    return {c for c in {whole} | words if c}


def _classes_agree(a: set[str], b: set[str]) -> bool:
    """Two sets of title classes can be one person's: "f" and "m" hold titles of address, so
    "cllr" with "f" (Councillor Pryce, Mrs Pryce) cannot, nor "f" with "m"."""
    return not a or not b or bool(a & b)


# (the post alone, or of the council or one of its committees: "Chairman of Westby Football Club" is not)
_MEMBERS_POST = re.compile(r"^\W*(?:the\s+)?(?:(?:vice|deputy)[- ]?)?(?:" + CHAIR_WORDS + r"|chair\s+person|mayor|leader|provost)"
                           r"(?:\s+of\s+the\s+(?:council|committee|panel|board|cabinet|sub-committee))?\W*$"
                           r"|^\W*cabinet\s+member\b|^\W*portfolio\s+holder\b", re.IGNORECASE)


@dataclass
class _Group:
    """The mentions of one person while merging."""

    tokens: list[str]
    classes: set[str]
    person: Person

    @property
    def has_officer_post(self) -> bool:
        """A post only an officer holds ("Senior Engineer"); a chair, mayor or cabinet member
        is a councillor's."""
        return any(r.role and not _MEMBERS_POST.search(r.role) for r in self.person.roles)

    def fits(self, toks: list[str], cls: Optional[str], classes: frozenset[str] = frozenset()) -> bool:
        if self.tokens[-1] != toks[-1] or not _initials_agree(self.tokens, toks):
            return False
        if cls == "cllr" and not self.classes and self.has_officer_post and len(toks) == 1:
            return False  # "Councillor Tobin" is not the officer "Nora Tobin, Senior Engineer"
        if len(toks) > 1 and len(self.tokens) > 1 and not all(
                len(a) == 1 or len(b) == 1 or a == b for a, b in zip(toks[:-1], self.tokens[:-1])):
            return False
        return cls is None or _classes_agree(self.classes, set(classes) or {cls})


def _initials_agree(a: list[str], b: list[str]) -> bool:
    fa, fb = a[:-1], b[:-1]
    return not fa or not fb or fa[0][0] == fb[0][0]


def merge_mentions(mentions: list[Mention], document: Document) -> list[Person]:
    """One Person per person: the fullest name is the name; other written forms are aliases. A
    shorter form joins a person only when exactly one person fits it (same surname, initials and
    given names agreeing, title class agreeing): a bare surname with two candidates, or a
    councillor's surname beside a "Mrs" of that surname, stays a person of its own."""
    # fullest forms first, titled before untitled, so shorter forms attach to them
    order = sorted(mentions, key=lambda m: (-len(_tokens(m.name)), title_class(m.title) is None, -len(m.name), m.start))
    groups: list[_Group] = []
    for m in order:
        toks = _tokens(m.name)
        if not toks:
            continue
        cls = title_class(m.title)
        classes = frozenset(title_classes(m.title))
        same = [g for g in groups if g.tokens == toks and g.fits(toks, cls, classes)]
        cands = same or [g for g in groups if g.fits(toks, cls, classes)]
        target = cands[0] if len(cands) == 1 or (same and len(same) >= 1) else None
        if target is None and len(toks) == 1 and cls is None:
            # a first name alone ("Bernice") for the one person of that first name
            fn = [g for g in groups if len(g.tokens) > 1 and g.tokens[0] == toks[0]]
            target = fn[0] if len(fn) == 1 else None
        if target is None:
            target = _Group(toks, set(), Person(m.name, evidence=document.evidence(m.start, m.end)))
            groups.append(target)
        target.classes |= classes
        _add_forms(target.person, m, document)
    out = [g.person for g in groups]
    out.sort(key=lambda p: (p.evidence.start if p.evidence else 0))
    return out


def _add_forms(p: Person, m: Mention, document: Document) -> None:
    written = re.sub(r"\s+", " ", m.written).strip(" ,.;")
    # "Councillor X (in the Chair)": the status mark is not part of the name
    written = re.sub(r"\s*\((?:in\s+the\s+chair|chair(?:man|person)?|vice[- ]chair\w*)\)", "", written, flags=re.IGNORECASE)
    forms = {written, m.name, *m.aliases}
    if m.title:
        # "Councillors A, B and C": each is "Councillor B" (the title tells councillor from
        # co-opted member when identities are joined across documents)
        title = re.sub(r"(?i)^(councillor|cllr)s\b", r"\1", m.title.strip().rstrip("."))
        forms.add(f"{title} {m.name}")
    for alias in sorted(forms):
        if alias and alias != p.name and alias not in p.aliases and len(alias) < 80:
            p.aliases.append(alias)
    if m.role or m.organisation:
        _add_role(p, m, document)


# "Deputy Leader and Cabinet Member for Finance": two posts. Split at an "and" whose right side
# starts with a post (a head noun within its first three words), never inside "Education and
# Inclusion".
_POST_HEAD = POST_HEAD  # the head nouns of posts, shared with the sentence cues


def split_posts(role: str) -> list[str]:
    """Compound posts as written -> the single posts: "X and Monitoring Officer", "X (Section 151
    Officer)"."""
    out: list[str] = []
    parts = [part.strip() for part in role.split(";")]
    if len(parts) > 1 and all(_POST_HEAD.search(p) and len(p.split()) <= 10 for p in parts):
        # "Non-Executive Member; Chair of the Audit Committee": a table cell of two posts
        return [p for part in parts if part for p in split_posts(part)]
    paren = re.search(r"\s*\(([^()]+)\)\s*$", role)
    if paren and _POST_HEAD.search(paren.group(1)) and _POST_HEAD.search(role[: paren.start()]):
        return split_posts(role[: paren.start()]) + [paren.group(1).strip()]
    parts = re.split(r"\s+and\s+", role)
    cur = parts[0]
    for nxt in parts[1:]:
        if _starts_a_post(nxt) and _POST_HEAD.search(cur) and not re.search(r"\b(?:Police|Fire)$", cur):  # "Police and Crime Commissioner"
            out.append(cur)
            cur = nxt
        else:
            cur = f"{cur} and {nxt}"
    out.append(cur)
    return out


# A second post after "and": qualifier words, then the head noun, then nothing or "for/of ...".
# "Monitoring Officer", "Cabinet Member for Housing" start a post; "Member Development" (a
# unit) and "Scrutineer of the Partnership" (the same post, "Chair and Scrutineer") do not.
_SECOND_POST = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){1,3}?" + _POST_HEAD.pattern + r"(?:\s+(?:for|of)\b.*)?$"
)


def _starts_a_post(text: str) -> bool:
    return bool(_SECOND_POST.match(text.strip()) or OFFICE_OF.match(text.strip()))


def _core(role: str) -> str:
    """The post without its organisation: "Engagement Lead at X" / "Engagement Lead, X"."""
    return re.split(r"\s+at\s+|,\s*", role.lower())[0].strip()


_TITLE_ONLY = re.compile(r"^(?:the\s+)?(?:councill?ors?|cllrs?|mr|mrs|ms|miss|dr|member|members)\.?$", re.IGNORECASE)


# When someone attended, not what they are: "(item 32)", ", for minute C/52/24", "(remote)".
_FOR_ITEM = re.compile(r"\s*(?:\((?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+[^()]{1,30}\)?|,?\s+for\s+(?:agenda\s+)?(?:items?|minutes?)\s+\S+"
                       r"|\((?:(?:attended|attending|joined)\s+)?(?:remote|remotely|virtual|virtually|online|via\s+\w+|by\s+video)[^()]{0,30}\)"
                       r"|\((?:part\s+of\s+the\s+meeting|substitute|non-voting|observer"
                       r"|presiding|minutes|minute[\s-]taker|taking\s+(?:the\s+)?minutes|ex[\s-]officio)\)|,?\s+ex[\s-]officio)\s*$",
                       re.IGNORECASE)


# A verb after a post: the post's sentence goes on ("Senior Engineer replied as follows").
_VERB_TAIL = re.compile(r"\s+(?:" + SPEECH_VERBS + r")\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
# Words that start a clause, never a post ("who chairs the Committee", "I attend as ...").
_CLAUSE_START = re.compile(r"(?i:who|which|that|he|she|we|they)\b|I\s+[a-z]|it\b")  # not "IT Manager"


# What a list's text between two names can hold that is no post: a clause's opening word, a name
# (an initial and a surname).
_NOT_A_POST = re.compile(
    r"^(?:within|without|into|onto|upon|about|after|before|during|since|until|between|through|because|while|where|when|if|than|then)\b"
    r"|^[A-Z]\.?\s+[A-Z][a-z'’-]+$")
# A line break may cut a post ("Head of Services at the Borough of"): words breaking off at a joining
# word are a post's start only when they hold a post's head.
_BREAKS_OFF = re.compile(r"\s(?:of|and|the|for|to|in|on|at|with)$")
_TRAILING_JOINERS = re.compile(r"(?:\s+(?:of|and|the|for|to|in|on|at|with))+$")
_AND_MORE = re.compile(r",\s+and\s+(?P<rest>[A-Z].*)$")


def clean_role(role: Optional[str]) -> Optional[str]:
    """A post as written, without what a table or a line break added to it ("Clerk<TAB>Apologies:",
    "Officer\nVersion\nDated") and without a title standing as a post ("Councillor/Chairman" ->
    "Chairman"; "Councillor" alone is a title, not a post)."""
    if not role:
        return None
    role = re.split(r"[\t\n]", role.strip())[0].strip(" ,.;:")
    role = re.sub(r"\s*[\[(]\s*$", "", role)  # "Senior Planning Officer [": a bracket the next line closes
    role = _FOR_ITEM.sub("", role).strip(" ,;")  # "Consultant in Public Health (item 32)"
    if _CLAUSE_START.match(role) or _NOT_A_POST.search(role) or (_BREAKS_OFF.search(role) and not is_post(role)):
        return None  # "who chairs", "I attend as ...", "within the parish", "J Bloggs", "Chair of"
    role = _TRAILING_JOINERS.sub("", role)  # "Chief Executive of" (the body on the next line): the post
    joined = _AND_MORE.search(role)
    if joined and not is_post(joined.group("rest")) and (joined.group("rest").split()[0] in given_names()
                                                         or TITLE.match(joined.group("rest"))):
        role = role[: joined.start()]  # "Chair, and Jo Park of the Friends": the next person's words
    verb = _VERB_TAIL.search(role)
    if verb:
        # "X, Senior Engineer replied as follows": the post ends at the verb. "X, the Clerk read
        # his report" names someone else (no comma closes an appositive after an article), and
        # "The Chair welcomed [X]" is the post of the one who welcomed.
        ends = not verb.group("rest").strip() and not re.fullmatch(r"\s+(?:was|were|is|are|had|has|would|will)", verb.group())
        if ends or re.match(r"the\s", role, re.IGNORECASE):
            return None
        role = role[: verb.start()].strip(" ,;")
    if FIELD_LABEL.match(role) or re.fullmatch(r"[a-z]+ly", role):
        return None  # "Officer reporting", "jointly"
    if re.match(r"(?:as|in|on|at|with|by)\s|[\"“]|to\s+ask\b", role, re.IGNORECASE) or role.count(")") > role.count("(") \
            or ":" in role:
        return None  # "as a member", a quoted question, "Director of Services): The ...": no post
    if re.fullmatch(r"\(?\s*in\s+the\s+chair\s*\)?", role, re.IGNORECASE):
        role = "Chair"  # "(in the Chair)"
    parts = [p.strip() for p in role.split("/")]
    if len(parts) > 1:
        parts = [p for p in parts if not _TITLE_ONLY.match(p)] or parts
        role = "/".join(parts)
    role = re.sub(r"\b(Member|Representative|Governor|Trustee)s$", r"\1", role)  # a group's label, for one of them
    if role and TIER_TITLE.fullmatch(role) and role.lower().endswith(("ors", "rs")):
        return None  # "County Councillors" before two names: a title, never one person's post
    return None if not role or _TITLE_ONLY.match(role) else role


def _add_role(p: Person, m: Mention, document: Document) -> None:
    role = clean_role(m.role)
    org = m.organisation
    affiliation = re.match(r"^(?:from|of)\s+(?:the\s+)?(?P<org>[A-Z].*)$", role or "")
    if affiliation and not org:  # "Rhona McKee from Bramley Hollis": where she is from, not a post
        role, org = None, affiliation.group("org")
    if org and re.fullmatch(r"[A-Z]{2,5}", org) and org[0] == p.name[0]:
        org = None  # "Dan Howe (DHO)": his initials, not an organisation
    if not role and not org:
        return
    m = Mention(m.name, m.written, m.title, role, org, m.start, m.end, m.aliases)
    posts = split_posts(m.role.strip(" ,.;")) if m.role else [""]
    for post in posts:
        _add_one_role(p, m, post, document)


def _add_one_role(p: Person, m: Mention, role: str, document: Document) -> None:
    new = role.strip(" ,.;")
    nl = new.lower()
    for r in p.roles:
        old = (r.role or "").lower()
        if nl and old and (nl in old or _core(nl) == _core(old)):
            return
        if nl and old and old in nl:
            r.role = new
            return
        if not nl and r.organisation == m.organisation:
            return
    p.roles.append(Role(new or None, m.organisation, document.evidence(m.start, m.end)))
