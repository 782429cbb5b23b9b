"""Words of people's titles, posts and names in committee papers (shared by ``people.py``).

Everything here is general vocabulary of UK local-government writing, not of any one council:
personal titles ("Councillor", "Mrs"), post-nominals ("MP", "OBE"), the head words of posts
("Director", "Head of", "Commander") and their qualifiers ("Interim", "Senior"), and the head
words of bodies ("Council", "Police", "Board") that tell an organisation from a person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# Personal titles (not roles: EXTRACTION.md); the value is the canonical form.
TITLES: dict[str, str] = {
    "councillor": "Councillor", "councillors": "Councillor", "cllr": "Cllr", "cllrs": "Cllr",
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "dr": "Dr", "prof": "Professor",
    "professor": "Professor", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
    "rev": "Rev", "revd": "Rev", "reverend": "Rev", "baroness": "Baroness", "alderman": "Alderman",
}
PLURAL_TITLES = {"councillors", "cllrs"}
COUNCILLOR_TITLES = {"Councillor", "Cllr"}
POSTNOMINALS = {"MP", "MEP", "MSP", "MS", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "JP", "QC", "KC", "DL", "BEM", "PhD"}

# Head words of posts: a phrase holding one of these (before "of/for/at") names a post.
POST_HEADS = set("""
director directors head heads manager managers officer officers lead leads chair chairman chairwoman
chairperson vice-chair vice-chairman vice-chairperson co-chair adviser advisor advisors advisers commander inspector
inspectors consultant consultants associate head-teacher leader clerk co-ordinator
coordinator practitioner nurse superintendent scrutineer mayor lady-mayoress mayoress secretary treasurer solicitor
accountant analyst worker workers planner engineer surveyor auditor controller governor president commissioner
representative link specialist administrator champion advocate ceo cfo constable sergeant
trustee registrar warden reviewer facilitator assessor investigator caseworker sponsor
deputy principal teacher psychologist therapist paramedic midwife doctor gp pharmacist economist
spokesperson portfolio-holder convenor convener rapporteur ombudsman minister
""".split())
# Words that may stand before the head word of a post.
POST_QUALIFIERS = set("""
interim acting senior principal independent strategic executive deputy assistant service project team link
area district regional national lead joint associate chief group divisional corporate programme policy
temporary virtual designated named local borough county city named statutory clinical medical finance
""".split())
# Two-word heads ("Head of", "Chief Executive") are covered by their first word.
HEAD_OF = re.compile(r"\bhead\s+of\b", re.I)

# Head words of bodies and places: a capitalised phrase ending in one of these is not a person.
BODY_WORDS = set("""
council councils police service services board boards partnership partnerships trust trusts forum committee
commission panel group groups team teams directorate department authority agency office school schools academy
college university nhs cc borough county city association society foundation network centre center unit hub
government ministry inspectorate lga fire rescue health care children families family housing education
help early learning development strategy plan programme project report annual review framework
road street lane avenue house hall building place park close court way square town village ward
limited ltd plc llp cic church parish region regional north south east west central england wales
scotland ireland britain kingdom europe united national local public social community voluntary young people
adult adults safeguarding improvement performance quality assurance select scrutiny overview cabinet executive
""".split())

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_post(text: str) -> bool:
    """Does this phrase name a post ("Interim Head of Youth Justice", "self employed consultant")?"""
    ws = words(text)
    if not ws:
        return False
    if ws[0].lower() in ("the", "our", "a", "an", "their", "his", "her"):
        ws = ws[1:]
    if not ws:
        return False
    if ws[0][0].islower() and (len(ws) > 4 or any(w[0].isupper() for w in ws)):
        return False  # "also the Head of ...", "presented the report": prose; "self employed consultant" is a post
    for i, w in enumerate(ws[:8]):
        lw = w.lower()
        if lw in ("of", "for", "at", "to", "in", "with") and i > 0:
            return False
        if _head(lw):
            return True
        if _two_word_head(ws, i):
            return True
    return False


def post_start(ws: list[str]) -> int | None:
    """Index in ``ws`` where a post begins (qualifiers walked back from its head word), or None."""
    for i, w in enumerate(ws):
        if _head(w.lower()) or _two_word_head(ws, i):
            j = i
            while j > 0 and ws[j - 1].lower() in POST_QUALIFIERS:
                j -= 1
            return j
    return None


def _head(lw: str) -> bool:
    return lw in POST_HEADS or (lw.endswith("s") and lw[:-1] in POST_HEADS)


def _two_word_head(ws: list[str], i: int) -> bool:
    # "Cabinet Member", "Chief Executive", "Lead Member": heads only as a pair
    pair = (ws[i].lower(), ws[i + 1].lower()) if i + 1 < len(ws) else None
    return pair in {("cabinet", "member"), ("chief", "executive"), ("lead", "member"), ("board", "member")}


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Common given names (data/given_names.txt, generated from Faker's MIT-licensed lists)."""
    text = resources.files("govgraph.loaders").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    names = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(names - NOT_GIVEN)


# Given names that papers use more often as ordinary capitalised words ("Peer Challenge", "Grant Funding").
NOT_GIVEN = frozenset("Peer Grant Major Royal Bishop Chance Trust Star Sterling Rich Page King Price Sage Clay Cliff Fair Bright Best Early Young Will May Care".split())
