"""Bodies: the ``gg_bodies`` spaCy component and the grouping of its mentions into ``Body`` records.

The component marks candidate body-name spans of each paragraph ``Doc`` in ``doc.spans["bodies"]``
by rules on the tokens (no model): a capitalised name ending in a body head noun ("... Board",
"... Select Commission", "... Services Directorate", "Westshire Police"), extended to the
left over capitalised words, "and", "&", possessives and a list comma ("Children, Young People and
Families Partnership"), and to the right over "of"/"for" where the head takes one ("Department for
Work and Pensions"); acronym definitions "Name (ACR)"; all-caps headings; the national bodies papers name
without a head ("Natural England", "An Post": ``data/national_bodies.txt``). Span labels:

- ``BODY``: a named body; ``POST_BODY``: a unit named only inside a post title ("Head of X");
- ``ACR_DEF``: an acronym defined for the ``BODY`` span just before it ("Name (ACR)");
- ``ACR``: an all-caps token that may stand for a body (decided per document by ``collect_bodies``);
- ``GENERIC``: a generic reference ("the Board", "the Select Commission"), used only to resolve
  relations, never a body of its own.

>>> import spacy
>>> nlp = spacy.blank("en"); _ = nlp.add_pipe("gg_bodies")
>>> doc = nlp("The report went to the Health and Wellbeing Board (HWB) and the Board.")
>>> [(s.text, s.label_) for s in doc.spans["bodies"]]
[('Health and Wellbeing Board', 'BODY'), ('HWB', 'ACR_DEF'), ('Board', 'GENERIC')]
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from govgraph.loaders.posts import given_names
from govgraph.loaders.vocab import (  # the genre's words live in vocab.py
    ACR_STOP, BODY_HEAD_KINDS as HEADS, COUNCIL_ABBR, GENERIC_MODS, GENERIC_PREFIX, INSTRUMENTS, MEETING_BODY_HEAD,
    BODY_WORDS, BRANCH_NAMES, FIRM_HEADS, HEAD_ACRONYMS, NOT_A_BRANCH_PLACE, NOT_BODY_AFTER, ONE_WORD_BRANCHES, PLACE_WORDS, OF_HEADS, ORG_WORDS, POST_GRADE_WORDS, SMALL_WORDS, STOP_CAP, UNIT_POST_WORDS as POST_WORDS, national_bodies,
)
from govgraph.records import Body, Document

# --- vocabulary: vocab.py ----------------------------------------------------------------------

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_ACR_RE = re.compile(r"^(?:[A-Z][A-Za-z]*[A-Z][a-z]?s?|[A-Z]{2,})$")
_POSS = {"'s", "’s", "'", "’", "s'"}


def _norm_word(w: str) -> str:
    return w.replace("’", "'").replace("‘", "'")


_DOTTED = re.compile(r"(?:[A-Z]\.){2,6}$")


def _initials_at(words: list[str], k: int) -> bool:
    """Are the stopped letters at ``k`` a person's initials: a surname after them, or a title before?"""
    after = words[k + 1] if k + 1 < len(words) else ""
    before = words[k - 1].rstrip(".").lower() if k else ""
    return (after[:1].isupper() and after[1:].islower() and after.lower() not in HEADS) or before in _PERSONAL_TITLES
_STOPPED_LETTERS = re.compile(r"[A-Z]\.[A-Z]\.")


def _is_cap(w: str) -> bool:
    return bool(w) and w[0].isupper()


def _is_acr(w: str) -> bool:
    # the cheap tests first (an acronym has two capitals, the first leading): most words fail them
    if not (2 <= len(w) <= 8 and w[0].isupper() and not w[1:].islower()):
        return False
    return bool(_ACR_RE.match(w)) and w.upper() not in ACR_STOP


# --- the component ------------------------------------------------------------------------------


@Language.factory("gg_bodies")
def make_bodies(nlp: Language, name: str) -> "BodyMarker":
    return BodyMarker(nlp)


def _national_acronym(form: str) -> bool:
    return " " not in form and _is_acr(form)


class BodyMarker:
    """Marks candidate body mentions in ``doc.spans["bodies"]`` (see the module docstring)."""

    def __init__(self, nlp: Language):
        # the national bodies' names, matched case-sensitively on the tokens ("Post Office", not "post office")
        self.national = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = [f for f in national_bodies() if not _national_acronym(f)]
        self.national.add("NATIONAL", [nlp.make_doc(f) for f in names])
        self.branches = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.branches.add("BRANCH", [nlp.make_doc(f) for f in BRANCH_NAMES])

    def __call__(self, doc: Doc) -> Doc:
        known = [(s, e) for _id, s, e in self.national(doc)]
        branches = [(s, e) for _id, s, e in self.branches(doc)]
        doc.spans["bodies"] = [Span(doc, s, e, label=lab) for s, e, lab in find_spans(doc, known, branches)]
        return doc


def _two_places(words, lower, s, e, place_word) -> tuple[int, int] | None:
    """"NHS Morvie and Clyth": a health board of two places joined by "and", nothing after."""
    n = len(words)
    if e + 3 <= n and place_word(e) and lower[e + 1] in ("and", "&") and place_word(e + 2) \
            and not (e + 3 < n and _is_cap(words[e + 3])) and lower[e] not in NOT_A_BRANCH_PLACE:
        return s, e + 3
    return None


def _acronym_head(words: list[str], lower: list[str], i: int) -> bool:
    """An acronym of a committee, board, group or partnership ending a name ("Rural Development
    SPC", "Environment and Climate Action SPC"): the name's head, two capitalised words before it
    (in mixed case: "ROLLING ACTION LOG" is a heading)."""
    w = words[i]
    # not a council's letters after a person ("Jo Lee OCC", "Sam Hart CDC"), nor "RIP"
    return 3 <= len(w) <= 5 and w.isupper() and w.isalpha() and (w[-1] in "CBGP" or w in HEAD_ACRONYMS) and i >= 2 \
        and w[-2:] not in ("CC", "DC", "BC") and w not in ACR_STOP \
        and _name_word(words, lower, i - 1) and not words[i - 1].isupper() and words[i - 1] not in given_names() \
        and (_name_word(words, lower, i - 2) and words[i - 2] not in given_names()
             or lower[i - 2] in ("and", "&") and _name_word(words, lower, i - 3))  # "Communities and Place SMG"


def _name_word(words: list[str], lower: list[str], k: int) -> bool:
    return k >= 0 and _is_cap(words[k]) and lower[k] not in STOP_CAP


def _claim(out: list[tuple[int, int, str]], taken: list[bool], spans: list[tuple[int, int]]) -> None:
    """Mark ``spans`` as bodies where their tokens are free; the longest of overlapping spans
    first ("Dŵr Cymru Welsh Water")."""
    for s, e in sorted(spans, key=lambda se: (se[0], -se[1])):
        if not any(taken[s:e]):
            # a generic reference inside ("Board" of "the Board of Directors") gives way
            out[:] = [x for x in out if not (x[2] == "GENERIC" and x[0] < e and s < x[1])]
            out.append((s, e, "BODY"))
            taken[s:e] = [True] * (e - s)


def _branch_span(words: list[str], lower: list[str], s: int, e: int) -> tuple[int, int] | None:
    """A local branch's name around a national name at [s, e): the place after it ("Healthwatch
    Fernby", "NHS Strathmore") or before it ("Ludby Citizens Advice"); None when a longer name
    with a head of its own runs on ("NHS Fernby and Ashby Integrated Care Board")."""
    n = len(words)

    def place_word(k: int) -> bool:  # a place's name ("North Westshire"), not a word of the genre
        return 0 <= k < n and _is_cap(words[k]) and words[k].isalpha() and lower[k] not in STOP_CAP \
            and lower[k] not in HEADS and (lower[k] not in BODY_WORDS or lower[k] in PLACE_WORDS)

    k = e
    while k < n and k < e + 10 and (_is_cap(words[k]) or lower[k] in ("and", "&", "of") or not words[k].strip()):
        if lower[k] in HEADS or lower[k].rstrip("s") in HEADS:
            return None
        k += 1
    if " ".join(words[s:e]) in ONE_WORD_BRANCHES:  # "NHS Grampian", "NHS Morvie and Clyth"
        two = _two_places(words, lower, s, e, place_word)
        if not two and place_word(e) and place_word(e + 1) and lower[e] not in NOT_A_BRANCH_PLACE \
                and not (e + 2 < n and _is_cap(words[e + 2])):
            return s, e + 2  # a place of two words ("NHS Loch Ashby", "NHS Greater Westby")
        if two or not place_word(e) or lower[e] in NOT_A_BRANCH_PLACE or (e + 1 < n and _is_cap(words[e + 1])):
            return two
        return s, e + 1
    end = e
    while end < n and end < e + 4 and place_word(end):
        end += 1
        if end + 2 < n and lower[end] in ("and", "&") and place_word(end + 1) and not _is_cap(words[end + 2]):
            end += 1  # "Age UK Ludby and Westby" (not "... and Citizens Advice")
    if end > e:
        return s, end
    return (s - 1, e) if place_word(s - 1) and s >= 2 and words[s - 2] not in (".", "\n") else None


def find_spans(doc: Doc, known: Iterable[tuple[int, int]] = (),
               branches: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start token, end token, label) of every candidate in ``doc``; ``known``: token spans of
    names known to be bodies (the national bodies), kept whole; ``branches``: national names
    that lead a local branch's name (BRANCH_NAMES)."""
    if not len(doc):
        return []
    # One array read instead of a Python Token object per token: the component's main cost.
    arr = doc.to_array([ORTH, IDX])
    strings = doc.vocab.strings
    words = [strings[o] for o in arr[:, 0].tolist()]
    joined = "".join(words)  # (one scan in C: most blocks have no curly quote to straighten)
    if "’" in joined or "‘" in joined:
        words = [_norm_word(w) for w in words]
    idx = arr[:, 1].tolist()
    ends = [i + len(w) for i, w in zip(idx, words)]
    if _STOPPED_LETTERS.search(joined):
        # letters written with stops ("S.P.C.", "the I.F.A.") are read as the acronym they spell;
        # a person's initials are not ("J.R. Hale", "Mr A.B. Cole")
        words = [w.replace(".", "") if _DOTTED.match(w) and not _initials_at(words, k) else w for k, w in enumerate(words)]
    # A wrapped line's indent ("Learning\n\tand Improvement Sub-Group", see pipeline.WRAP_INDENT)
    # is a token of its own: names are read over the other tokens and mapped back.
    keep = [k for k, w in enumerate(words) if w.strip(" \u00a0") or "\u00a0" not in w]
    if len(keep) == len(words):
        return _find_spans(words, idx, ends, list(known), list(branches))
    at = {k: j for j, k in enumerate(keep)}
    def inside(spans):
        return [(at[s], at[e - 1] + 1) for s, e in spans if s in at and e - 1 in at]
    found = _find_spans([words[k] for k in keep], [idx[k] for k in keep], [ends[k] for k in keep],
                        inside(known), inside(branches))
    return [(keep[s], keep[e - 1] + 1, label) for s, e, label in found]


_CHAMBER_OF = frozenset({"commerce", "trade", "industry"})  # not the "Council Chamber of Kelby Civic Centre"
_HEAD_SPECIAL = frozenset({"sub", "district", "districts", "care", "chamber", "co", "action", "transport", "water", "band"})
# Water that is a kind of water, not a water company's name ("Surface Water", "Bathing Water")
_WATER_KINDS = frozenset("surface foul waste storm drinking fresh ground bathing rain grey clean hot cold open high flood sea "
                         "salt tap mineral bottled white river deep sewer potable raw boiling standing running black".split())
# A band a parish gives a grant to ("Westby Silver Band"); not "Council Tax Band D"
# "walked around Rydal Water", "the car park at Kielder Water": a lake or a reservoir, no company
# what a name can stand before as a modifier, no body ("the Community Transport grant"): the
# documents, posts and rooms of NOT_BODY_AFTER, and what money and schemes are called
_SCHEME_WORDS = NOT_BODY_AFTER | frozenset("grant grants scheme schemes fund funding service services project".split())
_AT_A_PLACE = frozenset("at around near beside overlooking on across round".split())
_BAND_KINDS = frozenset("brass silver pipe concert town village wind jazz youth community military marching school".split())  # heads only in context (below)
_STARTS = frozenset(HEADS) | _HEAD_SPECIAL
_SUFFIX_STOP = {"ltd.": "ltd", "plc.": "plc", "llp.": "llp"}


def _find_spans(words: list[str], idx: list[int], ends: list[int], known: list[tuple[int, int]],
                branches: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    n = len(words)
    # "Ltd." is one token (an abbreviation of the tokenizer's): the suffix without its stop (not
    # "Inc.", which is also "including": "Total Inc. VAT")
    lower = [_SUFFIX_STOP.get(lw, lw) for lw in map(str.lower, words)]
    out: list[tuple[int, int, str]] = []
    taken = [False] * n

    def attached(a: int, b: int) -> bool:  # tokens a and b touch (no space between)
        return ends[a] == idx[b]

    def upper_run(i: int) -> bool:  # inside an all-caps heading line
        k = 0
        for j in range(max(0, i - 3), min(n, i + 4)):
            w = words[j]
            if len(w) > 1 and w.isupper() and w.isalpha():
                k += 1
        return k >= 3

    # Only a head word, a possible acronym head or a word of the special cases below can start a
    # name; the loop jumps from one such token to the next (every other token only moved it on).
    starts = [k for k, lw in enumerate(lower) if lw in _STARTS or (2 < len(lw) < 6 and words[k].isupper())]
    nth = 0
    i = 0
    while i < n:
        while nth < len(starts) and starts[nth] < i:
            nth += 1
        if nth == len(starts):
            break
        i = starts[nth]
        lw = lower[i]
        kind = HEADS.get(lw)
        is_head = kind is not None and not taken[i] or _acronym_head(words, lower, i)
        # "Sub-Group" is three tokens
        h_end = i + 1
        if lw == "sub" and i + 2 < n and words[i + 1] == "-" and lower[i + 2] in ("group", "groups", "committee"):
            is_head, h_end = True, i + 3
        elif lw == "co" and i + 2 < n and words[i + 1] == "-" and lower[i + 2] in ("operative", "op") and _is_cap(words[i]):
            is_head, h_end = True, i + 3  # "Glenaird Housing Co-operative" (three tokens)
        elif is_head and lw in ("group", "groups", "committee") and i >= 2 and words[i - 1] == "-" and lower[i - 2] == "sub":
            i += 1
            continue
        if lw == "chamber" and i + 2 < n and lower[i + 1] == "of" and _is_cap(words[i]) and lower[i + 2] in _CHAMBER_OF:
            is_head = True  # "Kelsbridge Chamber of Trade", "the Chamber of Commerce"; not "the Council Chamber"
        if lw == "action" and i >= 1 and lower[i - 1] == "voluntary" and _is_cap(words[i]) and _is_cap(words[i - 1]):
            is_head = True  # "Westby Voluntary Action": a council for voluntary service's name
        if lw == "water" and i >= 1 and _is_cap(words[i]) and _is_cap(words[i - 1]) and lower[i - 1] not in STOP_CAP \
                and not any(ks <= i < ke for ks, ke in known) and not (i >= 2 and lower[i - 2] in _AT_A_PLACE) \
                and not (i >= 3 and lower[i - 2] in ("and", "&") and lower[i - 3] == "water") \
                and lower[i - 1] not in _WATER_KINDS and not words[i - 1].isupper() \
                and not (i + 1 < n and (_is_cap(words[i + 1]) or lower[i + 1] in _COMPANY)):  # ("X Water plc": its suffix is the head)
            is_head = True  # "Tarrow Water", "Dŵr Gwernant Water": a water company (a national one is known: "Thames Water")
        if lw == "band" and i >= 1 and lower[i - 1] in _BAND_KINDS and _is_cap(words[i]) and _is_cap(words[i - 1]):
            is_head = True  # "Ennis Brass Band", "Westby Youth Band"
        if lw == "transport" and i >= 2 and lower[i - 1] == "community" and _is_cap(words[i]) and _is_cap(words[i - 1]) \
                and _is_cap(words[i - 2]) and lower[i - 2] not in STOP_CAP and not lower[i - 2].endswith("ing") \
                and not (i + 1 < n and lower[i + 1] in _SCHEME_WORDS):  # (not "the Supporting Community Transport grant")
            is_head = True  # "Ashby Community Transport": a charity that runs a village's minibus
        if lw in ("district", "districts") and i >= 1 and lower[i - 1] in _DISTRICT_KINDS and _is_cap(words[i]):
            is_head = True  # "Kelby Municipal District", "the Municipal District of Rathby": a council
        if lw == "care" and i >= 2 and lower[i - 1] == "social" and _is_cap(words[i]) and _is_cap(words[i - 1]) \
                and not (i + 2 < n and lower[i + 1] in ("and", "&") and _later_head(words, lower, i + 2)) \
                and (lower[i - 2].startswith("adult") or (lower[i - 2] in _POSS and i >= 3 and lower[i - 3] in ("children", "adults"))
                     or lower[i - 2] == "childrens"):
            is_head = True
        if not is_head or (i >= 2 and words[i - 1] == "-" and lower[i - 2] == "non"):
            i += 1  # "Non-Executive Director": an adjective, no body
            continue
        head_cap = _is_cap(words[i]) or lw in _COMPANY  # "Westby Water plc": a company's suffix in lower case
        if lw == "government" and i + 1 < n and _is_cap(words[i + 1]) and lower[i + 1] not in STOP_CAP:
            i += 1
            continue  # "Local Government Association", "Local Government Improvement and ..."
        if head_cap and (_later_head(words, lower, h_end) or lw in _COORDINATED_HEADS and h_end + 2 < n
                         and lower[h_end] in ("and", "&") and lower[h_end + 2] in HEADS
                         and HEADS[lower[h_end + 2]] != "council"):
            i = h_end  # "Police and Crime Panel": the name runs on to its last head
            continue
        if lw in COUNCIL_ABBR:
            if not (words[i].isupper() and i > 0 and _is_cap(words[i - 1]) and lower[i - 1] not in STOP_CAP):
                i += 1
                continue
        if not head_cap and lw in _LOWER_REFERENCES:
            # "the parish council", "the committee": a reference in lower case to a body the paper names
            s = i - 1 if i >= 1 and lower[i - 1] in _TIER_WORDS else i
            if s >= 1 and lower[s - 1] in ("the", "this", "its", "our", "their"):
                out.append((s, h_end, "GENERIC"))
            i = h_end
            continue
        span = _extend(words, lower, i, h_end, head_cap, attached, taken) if head_cap else None
        if span is None:
            # lowercase head defined by an acronym ("multi-agency front door service (MASH)") or a
            # lowercase sub-group of a named thing ("the Written Statement of Action sub-groups")
            span = _lower_head(words, lower, i, h_end, attached)
            if span is None:
                i = h_end
                continue
        s, e = span
        label = _classify(words, lower, s, e, i, h_end)
        if label:
            if any(taken[s:e]):
                # a gazetteer name inside ("Ofsted Inspection ..."): keep the longer name only if it ends later
                s = max(j for j in range(s, e) if taken[j]) + 1
                while s < i and (lower[s] in SMALL_WORDS or lower[s] in _POSS):
                    s += 1
                if s >= i:
                    i = h_end
                    continue
            if e < n and lower[e] in POST_WORDS and words[e][:1].isupper():  # "Principal Democratic Services Officer": a unit in a post
                while s < e - 1 and lower[s] in POST_GRADE_WORDS:
                    s += 1
            # post titles: "Director of X", "Head of Service for X"
            if label == "BODY":
                j = s - 1
                if j >= 0 and lower[j] == "the":
                    j -= 1
                if j >= 1 and lower[j] in ("of", "for") and lower[j - 1] in POST_WORDS | {"service"}:
                    label = "POST_BODY"
            out.append((s, e, label))
            for j in range(s, e):
                taken[j] = label != "GENERIC"
            # acronym definition right after: "Name (ACR)", "Name (the ACR)"
            art = 1 if e + 1 < n and lower[e + 1] == "the" else 0
            a = e + 1 + art  # the acronym's token
            if a + 1 < n and words[e] == "(" and words[a + 1] == ")" and _is_acr(words[a]) and label != "GENERIC":
                letters = "".join(c for c in words[a] if c.isupper())
                got = _initials(words[s:e])
                if len(letters) > len(got) and letters.endswith(got) and not art:
                    # the acronym spells a longer name than the head reached ("Contact Assessment and
                    # Referral Team (CART)"): the name is what its letters spell, unless the longer
                    # phrase is something "of" the body ("Inspection of Local Authority Children's
                    # Services (ILACS)" names an inspection, not a body)
                    longer = _acronym_expansion(words, lower, e, words[a])
                    if longer and longer[0] < s and not any(taken[longer[0]:s]) \
                            and not {"of", "for"} & set(lower[longer[0]:s]):
                        s = longer[0]
                        out[-1] = (s, e, label)
                        for j in range(s, e):
                            taken[j] = True
                        out.append((a, a + 1, "ACR_DEF"))
                else:
                    out.append((a, a + 1, "ACR_DEF"))
                taken[a] = True
        i = max(h_end, e if label else h_end)

    # national names and their local branches where no name with a head has the words already
    # ("the Historic England Advisory Committee" stays one committee)
    # a governing body named by whom it gathers ("the Board of Directors", "the Council of Governors")
    governing = [(j, j + 3) for j in range(n - 2) if lower[j] in ("board", "council", "court") and _is_cap(words[j])
                 and lower[j + 1] == "of" and lower[j + 2] in _GATHERED and _is_cap(words[j + 2])]
    _claim(out, taken, list(known) + governing + [span for s, e in branches if (span := _branch_span(words, lower, s, e))])

    _headless_acronym_definitions(words, lower, taken, out)
    _council_services(words, lower, taken, out)
    # acronym uses ("LGA 1972" is an Act, not the association; "the CQC 2024 report" is the
    # commission's; a letter list such as "A G E N D A" or a grade "2b" is not an acronym; nor the
    # kind of application that ends a planning reference: "25/01911/LBC")
    for j, w in enumerate(words):
        # (the first test of _is_acr inline: the loop visits every token)
        if not taken[j] and 2 <= len(w) <= 8 and w[0].isupper() and not w[1:].islower() and _is_acr(w) and not upper_run(j) and not (w.endswith("A") and j + 1 < n and _YEAR.fullmatch(words[j + 1])) \
                and not (j >= 2 and words[j - 1] == "/" and attached(j - 1, j) and words[j - 2][-1:].isdigit()):
            out.append((j, j + 1, "ACR"))
    out.sort()
    trimmed = [_trimmed(words, span) for span in out]
    return [part for span in trimmed if span[1] > span[0] for part in _committee_of_council(words, span)]


def _committee_of_council(words: list[str], span: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """"the Leisure Committee of Westby Town Council": two bodies, the committee and its council."""
    s, e, label = span
    if label != "BODY":
        return [span]
    for k in range(s + 1, e - 2):
        if words[k].lower() == "of" and words[k - 1].lower() in _COMMITTEE_HEADS and words[e - 1].lower() in ("council", "authority"):
            t = k + 1 + (words[k + 1].lower() == "the")
            return [(s, k, label), (t, e, label)] if e - t >= 2 else [span]
    return [span]


_COMMITTEE_HEADS = {"committee", "sub-committee", "panel", "board", "group", "forum", "commission"}


_PERSONAL_TITLES = {"councillor", "cllr", "mr", "mrs", "ms", "miss", "dr", "professor", "revd"}


# A minute's reference before its heading: "FC/092", "HWB.45", "24/61", "C.58".
_MINUTE_REF = re.compile(r"(?:[A-Z]{1,4}[/.])?\d+(?:[/.]\d+)*[.:]?")


def _trimmed(words: list[str], span: tuple[int, int, str]) -> tuple[int, int, str]:
    """A body's name without what a line join put before it: a person's name after their title
    ("Councillor Jo Ray<NL>Westby Borough Council" in a table's last cell), or the other language's
    line of a bilingual letterhead, which names the place again ("Cyngor Sir Westby<NL>Westby
    County Council")."""
    s, e, label = span
    if label != "BODY":
        return span
    if _MINUTE_REF.fullmatch(words[s]):
        # "HWB.45 Westby Adults Board": the heading's minute number is no part of the name, and
        # what is left of "FC/092 POLICE REPORT" is a head alone, no body's name ("HS2 Forum" and
        # "U3A Committee" keep their names: no minute number is shaped so)
        while s < e - 1 and (not words[s].strip() or _MINUTE_REF.fullmatch(words[s])):
            s += 1
        if e - s == 1 and words[s].lower() in HEADS:
            return s, s, label
    if s >= 1 and words[s - 1].lower().rstrip(".") in _PERSONAL_TITLES and e - s > 3 and _is_cap(words[s + 1]):
        s += 2
    for k in range(s, e - 2):
        if words[k] == words[k + 1] and words[k].isalpha() and _is_cap(words[k]):
            s = k + 1  # the place named twice: the English name starts at the second
    for k in range(s + 1, e - 1):
        chief_executive = k >= 2 and words[k - 2].lower() == "chief"  # "the Chief Executive's Office": a post's unit
        if words[k] in _POSS and (words[k - 1].lower() in HEADS or _is_acr(words[k - 1])) and _is_cap(words[k + 1]) \
                and not chief_executive:
            s = k + 1  # "Westby County Council's Neighbourhood Services", "the ESAB's Review Sub-Group": the unit, not its owner
    return s, e, label


# A council's own service named after its letters ("OCC Highways", "CDC Enforcement", "KCC Bridleways")
_COUNCIL_SERVICES = frozenset("highways planning enforcement bridleways footpaths licensing housing waste legal parks".split())


def _council_services(words: list[str], lower: list[str], taken: list[bool], out: list[tuple[int, int, str]]) -> None:
    for j in range(len(words) - 1):
        w = words[j]
        if 3 <= len(w) <= 5 and w.isupper() and w.isalpha() and any(lower[j].endswith(a) for a in COUNCIL_ABBR) \
                and lower[j + 1] in _COUNCIL_SERVICES and _is_cap(words[j + 1]) and not taken[j] and not taken[j + 1]:
            out.append((j, j + 2, "BODY"))
            taken[j] = taken[j + 1] = True


def _headless_acronym_definitions(words: list[str], lower: list[str], taken: list[bool],
                                  out: list[tuple[int, int, str]]) -> None:
    """Acronym definitions of head-less names of organisations: "Westby Voluntary Action (WVA)",
    "Local Government Improvement and Development Agency (LGIDA)"."""
    n = len(words)
    for j in range(2, n - 1):
        if words[j - 1] == "(" and words[j + 1] == ")" and not taken[j] and _is_acr(words[j]):
            span = _acronym_expansion(words, lower, j - 1, words[j])
            if span and not any(taken[span[0]:span[1]]):
                s, e = span
                if e - s <= 3 and words[s] in given_names() or e - s == 2 and not any(lower[k] in HEADS for k in range(s, e)):
                    continue  # "Kim Gale (KG)": a person and the initials the minutes use for her
                toks = set(lower[s:e])
                if lower[e - 1] in NOT_BODY_AFTER | INSTRUMENTS:
                    continue  # "Disability Discrimination Act (DDA)", "Retail Price Index (RPI)": not bodies
                # (an organisation's word in it: not "Technical Due Diligence (TDD)", "Public Works Loan (PWL)")
                if toks & ORG_WORDS or lower[s:e][-2:] == ["voluntary", "action"]:
                    out.append((s, e, "BODY"))
                    out.append((j, j + 1, "ACR_DEF"))
                    for k in range(s, e):
                        taken[k] = True
                    taken[j] = True


# Acronyms of the business of meetings, never of a body.
_NOT_ORG_ACRONYMS = {"AOB", "AOCB", "TBC", "TBA", "FYI", "NB", "ASAP", "KPI", "KPIS", "FAQ", "PDF", "ICT", "CEO", "AGM", "EGM",
                     "VAT", "GDP", "RAG", "SEN", "SEND", "GP", "GPS", "PPE", "CCTV", "MW", "KM", "ARB", "QA"}


def _organisation_acronym(acr: str, uses: int) -> bool:
    """An acronym nobody defines stands for a body when its last letters are a body's head: a
    council ("WCC", "KDC"), a board ("...B"), an authority, agency or association ("LGMA")."""
    letters = "".join(c for c in acr if c.isupper())
    if len(letters) < 3 or acr.endswith("s") or letters in _NOT_ORG_ACRONYMS:
        return False
    return letters.endswith(("CC", "DC", "BC", "B")) or (4 <= len(letters) <= 5 and letters.endswith("A"))


def _later_head(words, lower, j) -> bool:
    """Does the capitalised run from token j reach another head ("Multi-Academy Trust")?"""
    n = len(words)
    while j < n:
        w, lw = words[j], lower[j]
        if lw in _POSS or w == "-" or w and not w.strip(" "):
            j += 1
            continue
        if not _is_cap(w) or lw in STOP_CAP:
            return False
        if lw in HEADS and lw not in COUNCIL_ABBR:
            return True
        j += 1
    return False


_DETERMINERS = {"the", "this", "its", "their", "our"}
# Heads the genre also coordinates inside one name: "Police and Crime Panel".
_COORDINATED_HEADS = {"police"}
_GATHERED = {"directors", "governors", "trustees", "management", "guardians"}
# ... and in the possessive before a body's head: "Chief Officers' Group", "Members' Allowances Panel"
_GATHERED_PLURALS = frozenset(_GATHERED | set("officers members councillors leaders managers heads clerks chairs chairmen executives".split()))

# "Municipal District" (Ireland), "Metropolitan District": a council, unlike "the Lake District".
_DISTRICT_KINDS = {"municipal", "metropolitan"}

# Company suffixes: written in capitals after a name in any case ("Hartwell LLP").
_COMPANY = {"ltd", "limited", "plc", "llp", "dac", "cic", "inc", "clg", "llc"}


def _extend(words, lower, h, h_end, head_cap, attached, taken):
    """Left (and right) extension of a capitalised head into a name: (start, end) or None."""
    heading = words[h].isupper() and len(words[h]) > 2 and lower[h] not in COUNCIL_ABBR and lower[h] not in _COMPANY \
        and not (h >= 1 and _is_cap(words[h - 1]) and not words[h - 1].isupper())  # "Rural Development SPC": no heading
    s = h
    i = h - 1
    crossed_comma = False
    while i >= 0:
        w, lw = words[i], lower[i]
        if w and not w.strip(" ") and i >= 1 and _is_cap(words[i - 1]):
            i -= 1  # the double space a line break left ("Violence Reduction  Partnership")
            continue
        if lw in _POSS:
            # ("Chief Officers' Group", "Members' Allowances Panel": a body named by whom it gathers)
            gathers = lw in ("'", "’") and lower[i - 1] in _GATHERED_PLURALS
            if i >= 1 and _is_cap(words[i - 1]) and (lower[i - 1] not in STOP_CAP or gathers) and attached(i - 1, i) \
                    and not (lower[i - 1] in HEADS and (i < 2 or not _is_cap(words[i - 2]))):
                s = i - 1
                i -= 2
                continue
            break
        if w == "-" and i >= 1 and attached(i - 1, i) and attached(i, i + 1) and _is_cap(words[i - 1]):
            s = i - 1
            i -= 2
            continue
        if lw in ("and", "&"):
            # not over an acronym or a document's name before a mixed-case name ("NDC and Creation
            # Trust", "the London Plan and Council policy"): those are two things
            left = words[i - 1] if i >= 1 else ""
            two_things = (left.isupper() and len(left) > 1 and not heading) or lower[i - 1] in NOT_BODY_AFTER
            if i >= 1 and _is_cap(left) and lower[i - 1] not in STOP_CAP \
                    and (lower[i - 1] not in HEADS or lower[i - 1] in _COORDINATED_HEADS) \
                    and (not heading or left.isupper()) and not two_things:
                s = i - 1
                i -= 2
                continue
            break
        if lw == "in" and i >= 2 and i + 1 < h <= i + 3 and _is_cap(words[i - 1]) and _is_cap(words[i + 1]) \
                and (_is_cap(words[i - 2]) or lower[i - 2] == "the" or lower[i - 2] in _POSS) and lower[i - 2] not in STOP_CAP - {"the"} \
                and lower[i - 1] not in STOP_CAP and lower[i - 1] not in HEADS and not heading:
            s = i - 1  # "Best Start in Life Partnership", "Children in Care Council"
            i -= 2
            continue
        if lw in ("of", "for"):
            if i >= 1 and lower[i - 1] in OF_HEADS and _is_cap(words[i - 1]):
                s = i - 1
                i -= 2
                continue
            break
        if w == "," and not crossed_comma:
            # a list of names in front: "Economic Development, Enterprise and Planning Committee"
            right = lower[i + 1:h]
            run = i
            while run >= 1 and i - run < 3 and _is_cap(words[run - 1]) and lower[run - 1] not in STOP_CAP \
                    and lower[run - 1] not in HEADS:
                run -= 1
            if ("and" in right or "&" in right) and run < i and (run == 0 or not _is_cap(words[run - 1]) or lower[run - 1] in STOP_CAP):
                s = run
                crossed_comma = True
                break
            break
        if lw in ("his", "her") and lower[i + 1].startswith("majest"):
            s = i
            break
        # "Review" starts no name ("Review the Committee's ...") but may stand inside one
        # ("Safeguarding Adults Review Sub-Group"): after another word of the name
        inner = lw == "review" and i >= 1 and _is_cap(words[i - 1]) and lower[i - 1] not in STOP_CAP
        if _is_cap(w) and (lw not in STOP_CAP or inner) and (not heading or w.isupper()) and w[-1:] != ".":
            if heading or not (w.isupper() and len(w) > 1 and lw in HEADS):
                s = i
                i -= 1
                continue
        break
    e = h_end
    # right: "Department for Education", "Inspectorate of Constabulary"
    if lower[h] == "chamber":  # "of Trade", "of Commerce and Industry"; not "... and National Highways"
        k = e + 2
        if k + 1 < len(words) and lower[k] in ("and", "&") and _is_cap(words[k + 1]) \
                and not (k + 2 < len(words) and _is_cap(words[k + 2])):
            k += 2
        e = k
    elif e + 1 < len(words) and lower[e] in ("of", "for") and (lower[h] in OF_HEADS or lower[h] == "district"):
        j = e + 1
        if j < len(words) and lower[j] == "the":
            j += 1
        k = _complement_end(words, lower, j, taken)
        if k > j:
            e = k
    # trim leading connectors and the council's possessive ("The Council's Cabinet")
    while s < h and (lower[s] in SMALL_WORDS or lower[s] in _POSS or words[s] in ",-"):
        s += 1
    if s + 1 < h and lower[s] in ("council", "authority") and lower[s + 1] in _POSS:
        s += 2
    # two heading lines run together, each naming the place ("CYD-BWYLLGOR BRO DERWEN" /
    # "BRO DERWEN CORPORATE JOINT COMMITTEE"): the name starts where its words repeat
    for k in range(h - 2, s, -1):
        if lower[k:k + 2] in (lower[j:j + 2] for j in range(s, k - 1)):
            s = k
            break
    return s, e


def _complement_end(words, lower, j, taken) -> int:
    """End of the name after "of"/"for": capitalised words, with "and", "&", "and the" and a list
    comma inside it when the list ends in "and <Name>" ("Department of Housing, Local Government
    and Heritage", "Department of Agriculture, Food and the Marine")."""
    n = len(words)

    def name_word(k: int) -> bool:
        return k < n and not taken[k] and _is_cap(words[k]) and lower[k] not in STOP_CAP

    def past_space(k: int) -> int:  # the indent a line wrapped after "and" left ("the Police and / Crime Commissioner")
        return k + 1 if k < n and not words[k].strip() and name_word(k + 1) else k

    k = j
    while name_word(k):
        k += 1
        if k < n and lower[k] in ("and", "&") and name_word(past_space(k + 1)):
            k = past_space(k + 1)
        elif k + 1 < n and lower[k] in ("and", "&") and lower[k + 1] == "the" and name_word(k + 2) \
                and not _later_head(words, lower, k + 2):
            k += 2  # "Department of Agriculture, Food and the Marine"; not "X and the Chartered Institute"
        elif k < n and words[k] == "," and name_word(k + 1) and lower[k + 1] not in HEADS and _list_ends_in_and(words, lower, k + 1):
            k += 1
    return k


def _list_ends_in_and(words, lower, k) -> bool:
    """Does the run of capitalised words and commas from k end in "and"/"&" + a name? A run
    holding the head of a meeting body is a list of bodies ("Department for Education, Wexley
    City Council and ..."), not one name ("Department of Housing, Local Government and ...")."""
    n = len(words)
    while k < n and (_is_cap(words[k]) or words[k] == ","):
        if MEETING_BODY_HEAD.fullmatch(words[k]):
            return False
        k += 1
    return k + 1 < n and lower[k] in ("and", "&") and (_is_cap(words[k + 1]) or lower[k + 1] == "the")


def _lower_head(words, lower, h, h_end, attached):
    n = len(words)
    if h_end + 2 < n and words[h_end] == "(" and words[h_end + 2] == ")" and _is_acr(words[h_end + 1]):
        acr = words[h_end + 1]
        letters = sum(1 for c in acr if c.isupper())
        s = h
        count = 1
        i = h - 1
        while i >= 0 and count < letters:
            lw = lower[i]
            if lw == "-" and i >= 1 and attached(i - 1, i):
                s = i - 1
                i -= 2
                continue
            if not lw.isalpha() or lw in STOP_CAP or lw in SMALL_WORDS or lw.endswith(("ive", "ous", "ful", "ble", "ly")):
                break
            s = i
            count += 1
            i -= 1
        return (s, h_end) if s < h else None
    if lower[h].startswith("sub") and h >= 1 and _is_cap(words[h - 1]):
        # "the Written Statement of Action sub-groups", "the LSCB sub-group"
        s = h
        i = h - 1
        while i >= 0 and ((_is_cap(words[i]) and lower[i] not in STOP_CAP) or (lower[i] in ("of", "and") and i >= 1 and _is_cap(words[i - 1]))):
            s = i
            i -= 1
        while s < h and lower[s] in SMALL_WORDS:
            s += 1
        return (s, h_end) if s < h else None
    if lower[h] in ("hub", "team") and h >= 1 and words[h - 1].isupper() and _is_acr(words[h - 1]):
        return h - 1, h_end  # "the MASH hub"
    if lower[h] in _LOWER_UNIT_HEADS and h >= 1 and _is_cap(words[h - 1]) and lower[h - 1] not in STOP_CAP \
            and not (h_end < n and lower[h_end] in NOT_BODY_AFTER):  # "the Smith team leader"
        # a unit named by its capitalised subject, the head in lower case: "the Constitution
        # team", "the Council's Planning department", "the Parks and Recreation section"
        s, i = h - 1, h - 2
        while i >= 1 and (_is_cap(words[i]) and lower[i] not in STOP_CAP and not lower[i].endswith("'s")
                          or lower[i] in ("and", "&", "of") and _is_cap(words[i - 1])):
            s, i = i, i - 1  # "the Public Rights of Way team"
        if h - s <= 4 and lower[s] not in SMALL_WORDS:
            return s, h_end
    return None


_LOWER_REFERENCES = {"council", "committee", "sub-committee", "board", "panel", "partnership", "authority", "group"}
_TIER_WORDS = {"parish", "town", "community", "county", "district", "city", "borough", "full", "steering", "management"}
# Unit heads written in lower case after a capitalised subject ("the Constitution team").
_LOWER_UNIT_HEADS = {"team", "department", "dept", "unit", "directorate"}  # not "section": "the Finance section of the report"


def _classify(words, lower, s, e, h, h_end):
    """BODY, GENERIC or None for the name words[s:e] with head words[h:h_end]."""
    verb_in_capitals = h_end < len(words) and words[h_end].isupper() and len(words[h_end]) > 3 and not words[h].isupper()
    # a company suffix ends its name: "Hartwell LLP Raised an objection" in a table cell
    if h_end < len(words) and _is_cap(words[h_end]) and e == h_end and words[h_end].isalpha() and not verb_in_capitals \
            and lower[h] not in _COMPANY and (
            (lower[h_end] in NOT_BODY_AFTER and (lower[h_end] not in STOP_CAP or s == h))
            or (lower[h_end] not in STOP_CAP and lower[h_end] not in HEADS)):
        # the head is a modifier of the next word ("School Places", "Council Tax", "Panel Review",
        # "Cabinet Member"); a named body keeps its name before "Meeting", "Chair", "Minutes"
        return None
    mods = [lower[k] for k in range(s, h) if lower[k] not in _POSS and words[k] not in ",-"]
    if lower[h] in FIRM_HEADS and len(mods) < 2:
        return None  # "Building Surveyors", "Delivery Partners": a trade, not a firm
    if lower[h] == "districts" or lower[h] == "district" and all(m in _DISTRICT_KINDS for m in mods) and e == h_end:
        return "GENERIC"  # "the Municipal District", "the Ashby and Kelby Municipal Districts": no one district
    if lower[h] in ("school", "academy", "college") and len([m for m in mods if m not in GENERIC_MODS]) < 1:
        return None
    if lower[h] == "cabinet":
        return None if mods and mods[-1] not in ("council", "council's") else "BODY"
    if lower[h] == "executive" and h > 0 and lower[h - 1] in ("chief", "deputy", "interim", "acting"):
        return None  # "Principal and Chief Executive": a post, not the council's Executive
    if lower[h] in COUNCIL_ABBR:
        return "BODY" if mods else None
    if not mods or all(m in GENERIC_MODS for m in mods):
        if e > h_end:  # "Department for Education"
            return "BODY"
        if lower[h] == "police" and not mods:
            return None
        j = s - 1
        k = j
        while j >= 0 and words[j].islower() and lower[j] in GENERIC_MODS and lower[j] not in SMALL_WORDS \
                and lower[j] not in _DETERMINERS:
            j -= 1  # "the full Council", "the main Board"
        if (j >= 0 and lower[j] in _DETERMINERS) or (j < k and lower[k] == "full") or mods == ["full"]:
            return "GENERIC"  # ... or "reports to full Council"
        return None
    return "BODY"


def _initials(toks: list[str]) -> str:
    out = []
    for t in toks:
        for part in t.split("-"):
            if part and part.lower() not in SMALL_WORDS and part not in _POSS and part[0].isalpha():
                out.append(part[0].upper())
    return "".join(out)


def _acronym_expansion(words, lower, paren, acr):
    """The capitalised words before ``(`` whose initials spell ``acr``: (start, end) or None."""
    letters = "".join(c for c in acr if c.isupper())
    i = paren - 1
    toks: list[int] = []
    while i >= 0 and len(_initials([words[k] for k in toks])) < len(letters):
        w = words[i]
        if (_is_cap(w) and lower[i] not in STOP_CAP) or lower[i] in ("and", "of", "for", "&", "-") or w in _POSS:
            toks.insert(0, i)
            i -= 1
            continue
        break
    if not toks:
        return None
    s = toks[0]
    while s < paren and lower[s] in SMALL_WORDS:
        s += 1
    got = _initials(words[s:paren])
    return (s, paren) if got == letters else None


# --- grouping mentions into bodies ----------------------------------------------------------------


def name_key(text: str) -> tuple[str, ...]:
    """A body name's key: the words that tell bodies apart, normalised ("The Board's" = "Board")."""
    return _key_tuple(text)


def is_acronym(word: str, text: str) -> bool:
    """A word an organisation's initials make ("KWDBC", "CYPS"; not "OBE", "RIP", nor
    "AGENDA" where ``text``, the paper, also writes "Agenda")."""
    return _is_acr(word) and not _written_in_lower(word, text)


def display_name(text: str) -> str:
    """A body name as the graph shows it (spacing, apostrophes and capitals normalised)."""
    return _display(text)


def _key_tokens(text: str) -> list[str]:
    return list(_key_tuple(text))


@lru_cache(maxsize=16384)  # grouping and relations compare the same names many times
def _key_tuple(text: str) -> tuple[str, ...]:
    t = _norm_word(text).lower().replace("&", " and ").replace("-", " ").replace("/", " ")
    t = re.sub(r"'s\b|s'(?=\s|$)|'", "", t)
    out = []
    for w in re.findall(r"[a-z0-9]+", t):
        if w == "the":
            continue
        if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        if w == "subgroup":
            out += ["sub", "group"]
            continue
        out.append(w)
    if len(out) > 3 and out[0] in _DISTRICT_KINDS and out[1:3] == ["district", "of"]:
        # "Municipal District of Rathby" is "Rathby Municipal District": one key for both orders
        out = out[3:] + out[:2]
    return tuple(out)


_HEAD_EQUIV = {"team": "service", "services": "service", "service": "service"}
# What follows a place in a council's name ("County Council", "City and County Council").
_COUNCIL_TAIL = {"county", "city", "borough", "district", "metropolitan", "municipal", "town", "parish",
                 "community", "and", "council"} | COUNCIL_ABBR


_SPACED_POSS = re.compile(r"\s+([’']s?)(?=\s|$)")
_SPACED_HYPHEN = re.compile(r"\s*-\s*")
_DASH_NOT_HYPHEN = re.compile(r"\w -\w|\w- \w")


def _display(text: str) -> str:
    text = _norm_word(" ".join(text.split()))
    if "'" in text or "’" in text:
        text = _SPACED_POSS.sub(r"\1", text)
    if "-" in text:
        text = _SPACED_HYPHEN.sub("-", text) if _DASH_NOT_HYPHEN.search(text) is None else text
    if text.isupper() and len(text.split()) > 1:
        words = []
        for i, w in enumerate(text.split()):
            lw = w.lower()
            words.append(lw if i and lw in SMALL_WORDS else (w if lw in COUNCIL_ABBR else w.capitalize()))
        text = " ".join(words).replace("'S", "'s")
    return text


class _Group:
    __slots__ = ("forms", "acronyms", "kinds", "first", "count", "post_only")

    def __init__(self):
        self.forms: Counter = Counter()
        self.acronyms: list[str] = []
        self.kinds: Counter = Counter()
        self.first = None
        self.count = 0
        self.post_only = True

    def add(self, form, kind, ev, label):
        self.forms[form] += 1
        if kind:
            self.kinds[kind] += 1
        if self.first is None or ev[0] < self.first[0]:
            self.first = ev
        self.count += 1
        if label != "POST_BODY":
            self.post_only = False

    def merge(self, other: "_Group"):
        self.forms.update(other.forms)
        for a in other.acronyms:
            if a not in self.acronyms:
                self.acronyms.append(a)
        self.kinds.update(other.kinds)
        if other.first and (self.first is None or other.first[0] < self.first[0]):
            self.first = other.first
        self.count += other.count
        self.post_only = self.post_only and other.post_only

    def keys(self) -> set[tuple[str, ...]]:
        return {tuple(_key_tokens(f)) for f in self.forms if not f.isupper() or len(f.split()) > 1}


def kind_of(name: str) -> str:
    """The body kind its name suggests (head noun, a few qualifiers)."""
    toks = [t for t in _key_tokens(name)]
    if not toks:
        return "other"
    known = national_bodies().get(re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    if known:
        return known
    low = name.lower()
    head = toks[-1]
    if toks[-2:] == ["social", "care"]:
        return "service"
    if "district" in toks and _DISTRICT_KINDS & set(toks):
        return "council"
    for h in (head, head + "s"):
        if h in HEADS:
            kind = HEADS[h]
            break
    else:
        if len(toks) >= 2 and toks[-2] in ("department", "office", "ministry"):
            return "government"
        if "department" in toks or "ministry" in toks:
            return "government"
        if "inspectorate" in toks or "inspector" in toks:
            return "external"
        return "other"
    if head == "commission":
        return "committee" if ("select" in toks or "scrutiny" in toks) else "external"
    if head in ("team",) and "leadership" in toks or "management" in toks and head == "team":
        return "other"
    if head == "department" and ("for" in low.split() or "of" in low.split()):
        return "government"
    return kind


def collect_bodies(blocks: Iterable, document: Document) -> list[Body]:
    """Group the ``gg_bodies`` mentions of one document into bodies (see the module docstring)."""
    mentions = []  # (form, label, start, end, block_start)
    texts = []
    for b in blocks:
        doc = b.doc
        if "bodies" not in doc.spans:
            continue
        texts.append(b.text or doc.text)
        spans = list(doc.spans["bodies"])
        for k, sp in enumerate(spans):
            mentions.append((sp.text, sp.label_, b.start + sp.start_char, b.start + sp.end_char,
                             spans[k - 1] if k and sp.label_ == "ACR_DEF" else None, b.start))
    return _group(mentions, document, "\n".join(texts))


def _written_in_lower(acr: str, text: str) -> bool:
    """A word in capitals that the document also writes in lower case ("AGENDA" and "Agenda")
    is not an acronym (one search per acronym, not a set of every word of the paper)."""
    low = acr.lower()
    if not re.fullmatch(r"[a-z]{2,}", low):
        return False
    return re.search(rf"\b[{low[0].upper()}{low[0]}]{low[1:]}\b", text) is not None


def _instrument_acronyms(text: str) -> set[str]:
    """Acronyms a paper defines for a law or a measure (its last word an instrument's, with or
    without its year), never for a body: "the Animal Welfare Act 2013 (AWA)", "Local Housing
    Allowance Regulations (LHAR)". (The body grammar reads a definition without a year too; the
    year puts the name out of its reach, so the paper's own definitions are read here.)"""
    words = "|".join(sorted(INSTRUMENTS))
    return {m.group(1).upper() for m in re.finditer(rf"\b(?i:{words})(?:\s+(?:19|20)\d\d)?\s*\(([A-Z][A-Za-z]{{1,7}})\)", text)}


def _places(text: str) -> set[str]:
    """Place names: the word before "Council"/"MBC"/..., or a word after "in" that also occurs as a
    possessive ("in Westby" and "Westby's")."""
    places = set()
    for m in re.finditer(r"\b([A-Z][a-z]+)(?:'s)? (?:Metropolitan |City |County |District |Borough )*(?:Council|CC|BC|DC|CBC)\b", text):
        places.add(m.group(1).lower())
    possessors = {m.group(1).lower() for m in re.finditer(r"\b([A-Z][a-z]{3,})'s\b", text)}
    for m in re.finditer(r"\bin ([A-Z][a-z]{3,})\b(?! [A-Z])", text):
        if m.group(1).lower() in possessors:
            places.add(m.group(1).lower())
    return places - {"council", "children", "people", "member", "government", "authority"}


def _group(mentions, document: Document, alltext: str) -> list[Body]:
    places = _places(_norm_word(alltext))
    groups: dict[tuple, _Group] = {}
    defined: dict[str, tuple] = {}
    acr_uses: list[tuple[str, tuple]] = []
    alias_of_acr: dict[str, list[str]] = defaultdict(list)
    last_body_key = None
    for form, label, s, e, prev, _bs in mentions:
        ev = (s, e)
        if label in ("BODY", "POST_BODY") and re.match(r"^[A-Z]{2,} (?:hub|team)$", form):
            acr_uses.append((form.split()[0], ev))
            alias_of_acr[form.split()[0].upper()].append(form)
            continue
        if label in ("BODY", "POST_BODY"):
            disp = _display(form)
            key = tuple(_key_tokens(disp))
            if not key:
                continue
            g = groups.setdefault(key, _Group())
            g.add(disp, kind_of(disp), ev, label)
            last_body_key = key
        elif label == "ACR_DEF" and prev is not None and last_body_key is not None:
            acr = form
            g = groups[last_body_key]
            if acr not in g.acronyms:
                g.acronyms.append(acr)
            defined.setdefault(acr.upper(), last_body_key)
        elif label == "ACR":
            acr_uses.append((form, ev))

    # union-find over keys
    parent = {k: k for k in groups}

    def find(k):
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    keys = list(groups)

    def strip_prefix(k):
        k = list(k)
        while len(k) > 1 and (k[0] in places or k[0] in GENERIC_PREFIX or k[0] == "authority"):
            if k[0] in places and all(w in _COUNCIL_TAIL for w in k[1:]):
                break  # a council's place is its name: "Kelby County Council" is not "County Council"
            k = k[1:]
        return tuple(k)

    def place_of(k):  # the places a name starts with
        return set(itertools.takewhile(lambda w: w in places or w in GENERIC_PREFIX, k)) & places

    def head(k):
        return _HEAD_EQUIV.get(k[-1], k[-1])

    stripped = {k: strip_prefix(k) for k in keys}
    by_stripped = defaultdict(list)
    for k in keys:
        by_stripped[stripped[k]].append(k)
    def union_within_places(ks):
        """Union names that differ only in generic words, never across two places, not even
        through the bare name: "Beverley X" is not "Westby X"."""
        several = len({frozenset(place_of(k)) for k in ks} - {frozenset()}) > 1
        for i, k in enumerate(ks[1:], 1):
            mate = next((o for o in ks[:i] if place_of(o) == place_of(k)
                         or not several and not (place_of(o) and place_of(k))), None)
            if mate is not None:
                union(mate, k)

    for ks in by_stripped.values():
        union_within_places(ks)
    for ks in by_stripped.values():  # "Westby Children's Services" = "Children's Services"
        placed = [k for k in ks if stripped[k] != k]
        if stripped[ks[0]] in groups and len({frozenset(place_of(k)) for k in placed} - {frozenset()}) <= 1:
            for k in placed:
                union(stripped[k], k)
    # "Environment and Climate Action SPC" is the "... Strategic Policy Committee" when the paper
    # names one body whose initials are SPC ("Strategic Policy Committee")
    by_initials = defaultdict(list)
    for k in keys:
        by_initials["".join(w[0] for w in k if w not in SMALL_WORDS).upper()].append(k)
    for k in keys:
        heads = [d for d in by_initials.get(k[-1].upper(), []) if len(d) > 1] if len(k) > 1 else []
        expanded = k[:-1] + heads[0] if len(heads) == 1 else None
        if expanded in groups:
            union(expanded, k)
    # a council named without its place is the one council of the paper whose name ends so
    # ("City and County Council"); with two candidates it stays apart
    for k in keys:
        if all(w in _COUNCIL_TAIL for w in k):
            cands = {find(o) for o in keys if len(o) > len(k) and o[-len(k):] == k and place_of(o)}
            if len(cands) == 1:
                union(cands.pop(), k)
    # councils of one place: "X Borough Council" = "X Metropolitan Borough Council" = "X MBC"
    council_by_place = defaultdict(list)
    for k in keys:
        # (a council's name: its place and the kind of council, not "X Association of Local Councils")
        if (k[-1] == "council" or k[-1] in COUNCIL_ABBR) and len(k) > 1 and k[0] in places and all(w in _COUNCIL_TAIL for w in k[1:]):
            council_by_place[k[0]].append(k)
    for ks in council_by_place.values():
        for k in ks[1:]:
            union(ks[0], k)
    # same modifiers, head service ~ team ~ services: "Early Help Services" = "Early Help Teams"
    by_mod_head = defaultdict(list)
    for k in keys:
        if len(k) > 1:
            by_mod_head[(stripped[k][:-1], head(k))].append(k)
    for ks in by_mod_head.values():
        union_within_places(ks)
    # "X Directorate" = "X" service
    for k in keys:
        if k[-1] == "directorate" and len(k) > 1 and k[:-1] in groups:
            union(k, k[:-1])
    # shorter form inside exactly one longer body: "Peer Team" in "Peer Challenge Team"
    for k in sorted(keys, key=len):
        sk = set(stripped[k])
        if len(sk) < 2:
            continue
        own_place = k[0] in places and len(k) > 2
        coord = "and" in k
        sup = {find(o) for o in keys if o != k and len(o) > len(k) and head(o) == head(k) and sk < set(o)
               and not (own_place and o[0] != k[0]) and (coord or "and" not in o) and not _possessive_prefix(groups[o], groups[k], places)}
        sup.discard(find(k))
        if len(sup) == 1:
            union(sup.pop(), k)

    merged: dict[tuple, _Group] = {}
    for k in keys:
        r = find(k)
        if r not in merged:
            merged[r] = _Group()
        merged[r].merge(groups[k])
    for acr, k in list(defined.items()):
        defined[acr] = find(k)

    # acronyms in names: "CYPS Performance Board" = "Children and Young People's Service Performance Board"
    roots = list(merged)
    for r in roots:
        if r not in merged:
            continue
        for f in list(merged[r].forms):
            ws = f.split()
            if len(ws) < 2 or not _is_acr(ws[0]):
                continue
            rest = tuple(_key_tokens(" ".join(ws[1:])))
            for o in roots:
                if o == r or o not in merged:
                    continue
                for of in merged[o].forms:
                    ok = _key_tokens(of)
                    if len(ok) > len(rest) and tuple(ok[-len(rest):]) == rest:
                        pre = of.split()[: len(of.split()) - len(" ".join(ws[1:]).split())]
                        if _initials(pre).upper() == ws[0].upper().rstrip("S") or _initials(pre).upper() == ws[0].upper():
                            merged[o].merge(merged.pop(r))
                            break
                else:
                    continue
                break

    # undefined acronyms: defined elsewhere, initials of a body, the gazetteer, or "...B" (board)
    def initials_of(g):
        out = set()
        for f in g.forms:
            ws = _norm_word(f).replace("-", " ").split()
            out.add(_initials(ws))
            while ws and (ws[0].lower().rstrip("'s") in places or ws[0].lower() in GENERIC_PREFIX):
                ws = ws[1:]
                out.add(_initials(ws))
        return out

    acr_groups: dict[str, _Group] = {}
    instruments = _instrument_acronyms(alltext)
    uses = Counter(acr.upper() for acr, _ in acr_uses)
    initials = {id(g): initials_of(g) for g in merged.values()}  # once: a paper uses its acronyms often
    for acr, ev in acr_uses:
        up = acr.upper()
        letters = "".join(c for c in acr if c.isupper())
        target = None
        if up in defined and defined[up] in merged:
            target = merged[defined[up]]
        else:
            for g in merged.values():
                if any(a.upper() == up for a in g.acronyms):
                    target = g
                    break
            if target is None:
                cands = [g for g in merged.values()
                         if letters in initials[id(g)] or letters.rstrip("S") in initials[id(g)] and len(letters) > 3]
                if len(cands) == 1:
                    target = cands[0]
        national = acr in national_bodies() and _national_acronym(acr)
        if target is None and up not in instruments \
                and (national or _organisation_acronym(acr, uses[up]) and not _written_in_lower(acr, alltext)):
            target = acr_groups.setdefault(up, _Group())
        if target is not None:
            target.add(acr, kind_of(acr) if target.kinds == Counter() else None, ev, "ACR")
            for f in alias_of_acr.pop(up, []):
                target.forms[f] += 1
            target.post_only = False
    bodies_groups = list(merged.values()) + [g for g in acr_groups.values() if g.forms]

    bodies: list[Body] = []
    for g in bodies_groups:
        if g.post_only:
            continue
        forms = list(g.forms)
        mixed = [f for f in forms if not f.isupper()]
        acronym_forms = [f for f in forms if f.isupper() and len(f.split()) == 1 or _is_acr(f)]
        if mixed:  # the form the document uses most, the fullest of those
            name = max(mixed, key=lambda f: (g.forms[f], len(f.split()) - (1 if re.match(r"^\w+'s ", f) else 0), -forms.index(f)))
        else:
            name = max(forms, key=lambda f: (len(f.split()), g.forms[f]))
        kinds = Counter(kind_of(f) for f in forms if f not in acronym_forms) or g.kinds
        kind = kinds.most_common(1)[0][0] if kinds else "other"
        aliases = []
        seen = {name}
        acronyms = list(g.acronyms)
        for f in sorted(forms, key=lambda f: (-g.forms[f], f)):
            if f in seen or f in acronyms:
                continue
            seen.add(f)
            aliases.append(f)
        ev = document.evidence(*g.first) if g.first else None
        last = name.split()[-1]
        if last in HEAD_ACRONYMS and " " in name:  # "Housing and Community SPC": the committee spelt out
            aliases.insert(0, name)
            name = name[: -len(last)] + HEAD_ACRONYMS[last]
            kind = kind_of(name)
        bodies.append(Body(name=name, acronyms=acronyms, aliases=aliases, kind=kind, evidence=ev))
    bodies.sort(key=lambda b: b.evidence.start if b.evidence else 0)
    return bodies


def _possessive_prefix(long: _Group, short: _Group, places: set[str]) -> bool:
    """True when the longer name is "<Common noun>'s " + the shorter one ("Children's Improvement
    Board" is not "Improvement Board"), but not when the possessor is a place."""
    for f in long.forms:
        m = re.match(r"^(\w+)'s (.+)$", _norm_word(f))
        if m and m.group(1).lower() not in places and tuple(_key_tokens(m.group(2))) in short.keys():
            return True
    return False
