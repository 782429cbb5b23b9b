"""Agenda item / report -> normalised topic phrases.

Topics are keyphrases scored by word statistics of the item itself (no pretrained model, no
hand-made topic list; see ``keyphrases``) in its title and the start of its text, then
normalised so that the same subject gets the same string in every document:

- lower case; punctuation, possessives, numbers, years and dates dropped; ``&`` -> ``and``;
- acronyms replaced by their expansion (from the caller's acronym map, or defined in the text as
  ``Long Form (LF)`` / ``LF (Long Form)``);
- the head (last) word singularised by a small suffix rule (``inspections`` -> ``inspection``,
  ``authorities`` -> ``authority``, ``services`` -> ``service``); coordinated phrases
  (``children and families``) keep their plural;
- procedural items (apologies, declarations of interest, minutes, next meeting, ...) get no
  topics; generic words (report, update, annual, ...) are neither topics nor phrase edges;
- a phrase contained in a longer selected one is dropped unless it is frequent (repeated in the
  item's text, given in ``frequent_topics``, or an acronym expansion).

>>> tagger = TopicTagger()
>>> tagger.topics("CSE: progress report", acronyms={"CSE": "Child Sexual Exploitation"})
['child sexual exploitation']
>>> tagger.topics("Apologies for Absence")
[]

Cost: phrases are scored on the title plus the first ``phrase_chars`` characters of the text;
the rest of the capped text (``text_chars``) is read with plain string operations (acronym
definitions, phrase counts). The scorer was YAKE until it took an eighth of all extraction time
for the one ordering it gave (YAKE reads about 25k words/s, less than the whole pipeline's target
of 50k); the word features below are the ones of YAKE that matter on a title and a paragraph
(frequency, capitals inside a segment, how early a word first comes), computed in one pass.
YAKE's English stopword list is still the one used.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping

import yake

__all__ = ["TopicTagger", "find_acronym_definitions", "is_procedural", "keyphrases", "learn_frequent_topics",
           "normalise_phrase"]

# Items every meeting has; they carry no subject. Matched on the normalised title.
_PROCEDURAL = re.compile(
    r"""^(?:
        (?:receive\s+|to\s+receive\s+)?apologies(?:\s+for\s+absence)?(?:\s+and\s+substitutions?)?
      | (?:to\s+)?(?:receive\s+)?declarations?\s+of\s+(?:\w+\s+)?interests?
      | (?:to\s+(?:approve|confirm|agree)\s+)?(?:the\s+)?minutes(?:\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting.*)?
      | (?:the\s+)?(?:date|dates)(?:\s+and\s+time)?\s+of\s+(?:the\s+)?next\s+meeting.*
      | (?:the\s+)?(?:date|time)\s+and\s+(?:venue|place)\s+of\s+(?:the\s+)?next\s+meeting.*
      | (?:the\s+)?exclusion\s+of\s+(?:the\s+)?(?:press\s+and\s+(?:the\s+)?public|public\s+and\s+(?:the\s+)?press).*
      | (?:any\s+other\s+|other\s+)?urgent\s+(?:business|items?)(?:\s+.*)?
      | any\s+other\s+business
      | (?:chair(?:man|person)?\s+s?\s*)?(?:communications|announcements)
      | questions\s+from\s+(?:members\s+of\s+)?the\s+(?:public|press).*
      | public\s+questions
      | (?:welcome\s+and\s+)?introductions
      | to\s+determine\s+(?:whether|any|if)\b.*
      | matters?\s+arising(?:\s+.*)?
    )$""",
    re.X,
)

# Words that never make a topic alone and are trimmed from a phrase's ends: document kinds,
# meeting machinery, time words, and the standing vocabulary of council papers.
GENERIC = frozenset(
    """
    report reports reporting update updates updated meeting meetings member members council
    councils councillor councillors item items annual progress summary overview briefing
    presentation paper papers draft final information verbal agenda minute minutes note notes
    quarter quarterly year years yearly month months monthly week weeks period date time
    select commission committee panel sub group groups chair chairman chairperson cabinet
    officer officers recommendation recommendations appendix appendices proposal proposals
    detail details issue issues matter matters consideration discussion discussions
    impact key new current further general overall various other thing things part parts
    government
    """.split()
)
# Words too broad to be a topic alone, though good inside one ("child poverty").
WEAK = GENERIC | frozenset(
    """
    children child people young adult adults family families service services work programme
    local government borough authority authorities county city district area areas board
    level levels number numbers way ways activity activities response responses plan plans
    strategy strategies policy policies performance support partnership partner partners
    review reviews
    """.split()
)
# Words of YAKE's English stopword list that name things in council papers ("early help",
# "children in need", "serious case review", "value for money").
_CONTENT_STOPWORDS = frozenset(
    "help need needs serious value changes course novel inner old immediate example name".split()
)
# Only these may sit inside a topic phrase ("looked after children", "children in care").
_INNER_STOPWORDS = frozenset("of for in after and".split())
_NO_START = frozenset("need needs help changes course example name".split())
# A phrase ending in a post is a person's title, not a subject.
_POST_HEADS = frozenset(
    """
    director directors manager managers officer head teacher lead adviser advisor chair
    chairman chairperson executive councillor member members mayor leader deputy assistant
    """.split()
)

# Plural-looking words that are not (or whose singular means something else).
_KEEP_PLURAL = frozenset(
    """
    needs means news series species premises arrangements proceedings thanks accounts
    statistics politics economics physics mathematics ethics logistics lives
    """.split()
)

_MONTHS_DAYS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
_DATE_WORDS_RE = re.compile(r"(?i)\b(?:" + "|".join(sorted(_MONTHS_DAYS - {"may", "mar"})) + r")\b")

_TAG_RE = re.compile(r"<[^>]{0,40}>")
_NUMBERISH_RE = re.compile(r"\b[\w./-]*\d[\w./-]*\b")
_PAGES_RE = re.compile(r"\((?:pages?|p\.?)\s*[\d\s,-]*\)", re.I)
_MD_RE = re.compile(r"(?m)^[#>*\-\s]+|[*_`|]+")
_APOS_RE = re.compile(r"[\u2019\u2018`´]")
_POSSESSIVE_RE = re.compile(r"(?i)(?<=\w)'s\b|(?<=s)'(?!\w)")
_NONWORD_RE = re.compile(r"[^a-z]+")
_ACRO_TOKEN = r"[A-Z][A-Za-z&]*[A-Z]s?"
_PAREN_ACRO_RE = re.compile(r"\(\s*(" + _ACRO_TOKEN + r")\s*\)")
_ACRO_PAREN_RE = re.compile(r"\b(" + _ACRO_TOKEN + r")\s*\(\s*([A-Za-z][A-Za-z'\u2019&\s-]{3,120}?)\s*\)")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*|&")
_LINK_WORDS = frozenset("of and for the in on to with a an at by &".split())


def _singular(word: str) -> str:
    if len(word) <= 3 or word in _KEEP_PLURAL or not word.endswith("s"):
        return word
    if word.endswith(("ss", "us", "is", "ics")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    return word[:-1]


def _sg(phrase: str) -> str:
    return " ".join(_singular(t) for t in phrase.split())


def _tokens(text: str) -> list[str]:
    text = _APOS_RE.sub("'", text).replace("&", " and ")
    text = _POSSESSIVE_RE.sub("", text.lower())
    return [t for t in _NONWORD_RE.split(text) if t]


def normalise_phrase(phrase: str, singularise: bool = True) -> str:
    """Lower case, no punctuation, possessives, numbers or dates; head word singular.

    >>> normalise_phrase("School Inspections 2014/15")
    'school inspection'
    >>> normalise_phrase("Children's Services")
    'children service'
    """
    toks = [t for t in _tokens(_NUMBERISH_RE.sub(" ", phrase)) if t not in _MONTHS_DAYS]
    if singularise and toks and "and" not in toks:
        toks[-1] = _singular(toks[-1])
    return " ".join(toks)


def is_procedural(title: str) -> bool:
    """True for the standing items of every meeting (apologies, minutes, next meeting, ...)."""
    norm = " ".join(_tokens(_NUMBERISH_RE.sub(" ", _PAGES_RE.sub(" ", title))))
    return not norm or bool(_PROCEDURAL.match(norm))


def _initials_match(words: list[str], acro: str) -> bool:
    letters = [c for c in acro.lower() if c.isalpha()]
    if acro.endswith("s") and len(letters) > 2 and acro[-2].isupper():
        letters = letters[:-1]  # "KPIs"
    content = [w for w in words if w.lower() not in _LINK_WORDS]
    if [w[0].lower() for w in content] == letters:
        return True
    # Link words may supply a letter too ("Department for Education" -> DfE).
    return [w[0].lower() for w in words if w] == letters


def find_acronym_definitions(text: str) -> dict[str, str]:
    """Acronyms the text defines, ``{"LSCB": "Local Safeguarding Children Board"}``.

    Both ``Long Form (LF)`` and ``LF (Long Form)``; a definition counts only when the
    expansion's initials spell the acronym. The first definition of an acronym wins.

    >>> find_acronym_definitions("the Multi Agency Safeguarding Hub (MASH) and Free School Meals (FSM)")
    {'MASH': 'Multi Agency Safeguarding Hub', 'FSM': 'Free School Meals'}
    """
    found: dict[str, str] = {}
    for m in _PAREN_ACRO_RE.finditer(text):
        acro = m.group(1)
        n = sum(c.isalpha() for c in acro)
        words = _WORD_RE.findall(text[max(0, m.start() - 160) : m.start()])
        words = [w for p in words for w in p.split("-") if w]  # "Multi-Agency" gives M and A
        # The shortest run of preceding words that spells the acronym.
        for k in range(1, min(len(words), 2 * n + 2) + 1):
            tail = words[-k:]
            if tail[0].lower() in _LINK_WORDS:
                continue
            if _initials_match(tail, acro):
                found.setdefault(acro, " ".join(tail))
                break
    for m in _ACRO_PAREN_RE.finditer(text):
        acro, words = m.group(1), m.group(2).split()
        if _initials_match(words, acro):
            found.setdefault(acro, " ".join(words))
    return found


@functools.lru_cache(maxsize=256)
def _acronym_pattern(keys: frozenset[str]) -> re.Pattern[str] | None:
    ordered = sorted((k for k in keys if k and k.strip()), key=lambda k: (-len(k), k))
    if not ordered:
        return None
    alternatives = "|".join(re.escape(k) for k in ordered)
    return re.compile(r"(?<![\w&])(" + alternatives + r")(?:['\u2019]?s)?(?![\w&])")


@functools.lru_cache(maxsize=256)
def _expansion_pattern(longs: frozenset[str]) -> re.Pattern[str] | None:
    ordered = sorted({" ".join(v.split()) for v in longs if v.split()}, key=lambda v: (-len(v), v))
    if not ordered:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, v.split())) for v in ordered)
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.I)


# Punctuation and dashes between spaces end a phrase; a phrase never runs over one.
_PHRASE_BREAK_RE = re.compile(r"[.,;:!?()\[\]{}\"\u201c\u201d|/\\\n]+|\s[-\u2013\u2014]\s")
_PHRASE_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019&-]*")


def keyphrases(text: str, stopwords: frozenset[str], max_words: int = 4, top: int = 40) -> list[tuple[str, float]]:
    """Candidate phrases of ``text`` with a score, best (lowest) first.

    A candidate is a run of 1..max_words words inside one segment (text between punctuation)
    that neither starts nor ends with a stopword. A word weighs more the more often it comes,
    the more often it is capitalised inside a segment, and the earlier it first comes; a
    phrase scores the sum of its words' weights times how often it comes, negated.

    >>> [p for p, _ in keyphrases("Road Safety. Road Safety. The road safety scheme", frozenset({"the"}))]
    ['Road Safety', 'Safety', 'Road', 'road safety scheme', 'safety scheme', 'scheme']
    """
    segments = [_PHRASE_WORD_RE.findall(s) for s in _PHRASE_BREAK_RE.split(text)]
    count: dict[str, int] = {}
    capitals: dict[str, int] = {}
    first: dict[str, int] = {}
    for n, words in enumerate(segments):
        for i, word in enumerate(words):
            low = word.lower()
            count[low] = count.get(low, 0) + 1
            first.setdefault(low, n)
            if i and word[0].isupper():
                capitals[low] = capitals.get(low, 0) + 1
    weight = {w: (1 + math.log(c)) * (1 + capitals.get(w, 0) / c) / (1 + math.log(1 + first[w]))
              for w, c in count.items()}
    seen: dict[str, list] = {}  # lower-case phrase -> [surface, score, count]
    for words in segments:
        low = [w.lower() for w in words]
        for i, start in enumerate(low):
            if start in stopwords:
                continue
            for j in range(i + 1, min(len(low), i + max_words) + 1):
                if low[j - 1] in stopwords:
                    continue
                key = " ".join(low[i:j])
                if key in seen:
                    seen[key][2] += 1
                else:
                    score = sum(weight[w] for w in low[i:j] if w not in stopwords)
                    seen[key] = [" ".join(words[i:j]), score, 1]
    ranked = sorted(seen.values(), key=lambda v: -v[1] * v[2])  # stable: first seen wins ties
    return [(surface, -score * n) for surface, score, n in ranked[:top]]


class TopicTagger:
    """Tags agenda items and reports with normalised topic phrases.

    Build once and reuse: it holds the word lists.

    frequent_topics: topics known to recur across the collection (for example from a first pass);
        such a phrase is kept even when a longer selected phrase contains it.
    ignore: words never part of a topic, for example the council's own place name.
    phrase_chars: how much of the item text phrases are scored on (the title always);
        text_chars: how much of the text is read at all (acronym definitions, phrase counts).
    """

    def __init__(
        self,
        frequent_topics: Iterable[str] = (),
        ignore: Iterable[str] = (),
        phrase_chars: int = 300,
        text_chars: int = 2000,
        max_words: int = 4,
    ) -> None:
        self.phrase_chars = phrase_chars
        self.text_chars = text_chars
        self.max_words = max_words
        self.frequent = frozenset(normalise_phrase(t) for t in frequent_topics)
        self.ignore = frozenset(t for w in ignore for t in _tokens(w))
        stopwords = {w for w in yake.KeywordExtractor(lan="en").stopword_set if w} - _CONTENT_STOPWORDS
        self.stopwords = frozenset(stopwords)
        self._edge = GENERIC | self.stopwords | self.ignore

    # -- helpers -------------------------------------------------------------------------

    @staticmethod
    def _clean(text: str) -> str:
        text = _TAG_RE.sub(" ", text)
        text = _PAGES_RE.sub(" , ", text)
        text = _MD_RE.sub(" ", text)
        # Numbers and dates become a break, so no phrase joins the words around them.
        text = _NUMBERISH_RE.sub(" , ", text)
        return _DATE_WORDS_RE.sub(" , ", text)

    @staticmethod
    def _expand(text: str, acronyms: Mapping[str, str]) -> str:
        if not acronyms or not text:
            return text
        pattern = _acronym_pattern(frozenset(acronyms))
        if pattern:
            text = pattern.sub(lambda m: " " + acronyms[m.group(1)] + " ", text)
        # Each expansion stands alone, so no phrase runs across its edge.
        fence = _expansion_pattern(frozenset(v for v in acronyms.values() if v and v.strip()))
        return fence.sub(r" , \g<0> , ", text) if fence else text

    def _phrase(self, kw: str, ignore_tokens: frozenset[str]) -> list[str]:
        """A scored phrase -> content tokens, generic edges trimmed; [] when not a usable phrase."""
        edge = self._edge | ignore_tokens
        toks = _tokens(kw)
        while toks and toks[0] in edge:
            toks = toks[1:]
        while toks and toks[-1] in edge:
            toks = toks[:-1]
        if not toks or toks[0] in _NO_START or toks[-1] in _POST_HEADS:
            return []
        last = toks[-1]
        if len(last) > 4 and last.endswith("ed") and not last.endswith("eed"):
            return []  # a participle ("looked", "welcomed") is no phrase head
        if any(t in ignore_tokens or (t in self.stopwords and t not in _INNER_STOPWORDS) for t in toks):
            return []
        return toks

    # -- API -----------------------------------------------------------------------------

    def topics(
        self,
        title: str,
        text: str = "",
        acronyms: dict[str, str] | None = None,
        max_topics: int = 5,
        ignore: Iterable[str] = (),
    ) -> list[str]:
        """Normalised topics of one agenda item or report, best first (title before text).

        acronyms: ``{"CSE": "Child Sexual Exploitation"}``, keys as written; it wins over
        definitions found in the title and text.
        ignore: names the caller knows are no topic (the meeting's body, places, people): a
        one-word name is trimmed from phrase ends (a phrase with it inside is dropped); a longer
        name is cut out of the title and text, so no part of it becomes a topic.
        """
        ignore = tuple(ignore)
        title = (title or "")[:400]  # a mis-segmented "title" must not be scored as a page
        text = (text or "")[: self.text_chars]
        if max_topics <= 0 or is_procedural(title):
            return []
        acro = find_acronym_definitions(title + " .\n" + text)
        acro.update({k: v for k, v in (acronyms or {}).items() if k and v and v.strip()})
        title_x = self._clean(self._expand(title, acro))
        text_x = self._clean(self._expand(text, acro))
        ignore_names = [_tokens(n) for n in ignore if n]
        ignore_tokens = self.ignore | frozenset(t[0] for t in ignore_names if len(t) == 1)
        ignore_full = {" ".join(t) for t in ignore_names if t}
        long_names = [n for n in ignore if n and len(_tokens(n)) > 1]
        if long_names:
            # Known names are cut out, so no part of them becomes a topic either.
            cut = re.compile("|".join(r"\s+".join(map(re.escape, n.split())) for n in long_names), re.I)
            title_x, text_x = cut.sub(" , ", title_x), cut.sub(" , ", text_x)
        # Phrases are looked up with every word singular, so "allowances" counts as "allowance".
        title_norm = " " + _sg(" ".join(_tokens(title_x))) + " "
        body_norm = " " + _sg(" ".join(_tokens(text_x))) + " "

        # Expansions are topics in their own right: kept whole, never trimmed or singularised.
        protected: dict[str, str] = {}
        for long in acro.values():
            if long in long_names:
                continue
            toks = _tokens(_NUMBERISH_RE.sub(" ", long))
            while toks and toks[0] in ignore_tokens:
                toks = toks[1:]
            surface = " ".join(toks)
            if surface and not all(t in WEAK for t in toks) and surface not in ignore_full:
                protected[surface] = surface

        # Title twice and first: the scorer favours early and repeated words.
        scored = keyphrases(f"{title_x}. {title_x}. {text_x[: self.phrase_chars]}", self.stopwords, self.max_words)

        cands: dict[str, tuple] = {}  # topic -> (rank key, surface form)
        for kw, score in scored:
            toks = self._phrase(kw, ignore_tokens)
            if not toks:
                continue
            surface = " ".join(toks)
            if surface in protected or surface in ignore_full:
                continue  # added below with its own rank
            in_title = f" {_sg(surface)} " in title_norm
            if "and" in toks and surface not in self.frequent:
                continue  # coordinations ("panels and working") are rarely topics
            if not in_title:
                # From the text, only what it repeats; a lone word must also occur in lower
                # case (names never do) and often.
                n = body_norm.count(f" {_sg(surface)} ")
                if n < 2 or (len(toks) == 1 and (n < 3 or f" {surface} " not in f" {text_x} ")):
                    continue
            if in_title and len(toks) == 1 and self._only_capitalised(surface, text_x):
                continue  # a lone name left in the title ("Northbury"), not a subject
            topic = normalise_phrase(surface)
            if not topic or all(t in WEAK for t in topic.split()):
                continue
            key = (0 if in_title else 2, float(score), topic)
            if topic not in cands or key < cands[topic][0]:
                cands[topic] = (key, surface)
        for surface in protected:
            n = body_norm.count(f" {_sg(surface)} ")
            if f" {_sg(surface)} " in title_norm:
                cands[surface] = ((0, -1.0, surface), surface)
            elif n >= 2:
                cands[surface] = ((1, -float(n), surface), surface)

        keep = set(protected) | self.frequent
        selected: list[tuple[str, str]] = []
        for topic, (_, surface) in sorted(cands.items(), key=lambda kv: kv[1][0]):
            longer = [(t, s) for t, s in selected if f" {_sg(topic)} " in f" {_sg(t)} "]
            if longer and topic not in keep:
                if " " not in topic or not self._standalone(surface, longer, body_norm):
                    continue  # a lone word inside a chosen phrase needs frequent_topics
            # A longer phrase replaces the shorter ones it contains, unless they are frequent.
            selected = [
                (t, s)
                for t, s in selected
                if t in keep
                or f" {_sg(t)} " not in f" {_sg(topic)} "
                or (" " in t and self._standalone(s, [(topic, surface)], body_norm))
            ]
            selected.append((topic, surface))
        return [t for t, _ in selected][:max_topics]

    @staticmethod
    def _only_capitalised(word: str, text: str) -> bool:
        """The text uses the word, but never in lower case (so it is a name)."""
        uses = re.findall(r"(?i)(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text)
        return bool(uses) and not any(u.islower() for u in uses)

    @staticmethod
    def _standalone(surface: str, longer: list[tuple[str, str]], body_norm: str) -> bool:
        """The phrase recurs in the text on its own, outside the longer phrases containing it."""
        needle = f" {_sg(surface)} "
        n = body_norm.count(needle)
        for _, s in longer:
            s = f" {_sg(s)} "
            if s != needle and needle in s:
                n -= body_norm.count(s)
        return n >= 3


def learn_frequent_topics(
    tagger: TopicTagger,
    items: Iterable[tuple[str, str, dict[str, str] | None]],
    min_items: int = 3,
) -> list[str]:
    """First pass over a collection: topics and parts of topics that recur in >= min_items items.

    Feed the result to ``TopicTagger(frequent_topics=...)`` so that a short shared topic
    ("safeguarding") survives beside the longer phrase that contains it.
    """
    seen: dict[str, int] = {}
    for title, text, acronyms in items:
        parts: set[str] = set()
        for topic in tagger.topics(title, text, acronyms, max_topics=10):
            toks = topic.split()
            for i in range(len(toks)):
                for j in range(i + 1, len(toks) + 1):
                    sub = toks[i:j]
                    if sub[0] in tagger.stopwords or sub[-1] in tagger.stopwords:
                        continue
                    if all(t in WEAK for t in sub):
                        continue
                    parts.add(normalise_phrase(" ".join(sub)) if j == len(toks) else " ".join(sub))
        for p in parts:
            seen[p] = seen.get(p, 0) + 1
    return sorted(p for p, n in seen.items() if n >= min_items)
