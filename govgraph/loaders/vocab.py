"""The genre's vocabulary, in one place: what committee papers of any council use to write
titles, honours, posts, bodies, attendance sections, decisions and reporting.

Every word here is a word of the genre (it occurs in papers of many authorities) or of general
English; nothing names a place, a person or one council's house style. The structure readers
(``header``, ``attendance``, ``items``, ``decisions``) and the sentence rules build their
patterns from these lists, so a new spelling of the genre is added once, here.

The regular-expression alternations at the top serve the structure readers; the word sets at the
end serve the older list reader (``person_lists``/``posts``) and the body finder (``bodies``),
which look words up one token at a time. The two kinds still overlap (post heads, titles);
deriving one from the other is left to do.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

# ---------------------------------------------------------------- people: titles and honours

# Forms of address that precede a name ("Councillor", "Cllr.", "Mr", "Dr") and are never part of
# it. Plural forms introduce lists ("Councillors A, B and C"). Irish and Welsh papers write the
# councillor's title in their language too ("Comhairleoir", "Cmhlr.", "Cynghorydd").
# A police officer's rank before the name, written out ("Detective Chief Inspector") or short
# ("Ch Supt"): one fragment, for the titles below and the welcome and presenter lists (cues.py)
POLICE_RANKS = (r"(?:Detective\s+|Deputy\s+|Assistant\s+)?(?:Chief\s+)?(?:Superintendent|Inspector|Constable|Sergeant)"
                r"|Ch\.?\s+Supt|Chief\s+Supt|Supt|Insp|Sgt")
TITLES = (
    r"Councillors|Councillor|Cllrs|Cllr|Cmhlr|Comhairleoir|Cynghorydd|(?:Independent\s+)?Co-opted\s+Members?|"
    r"(?:Rt\.?|Right)\s+(?:Hon(?:ourable)?|Rev(?:erend|d)?)|Very\s+Rev(?:erend|d)?|Venerable|Ven|"
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Lord|Lady|Baroness|Rev(?:erend)?|Revd|Canon|Father|Fr|"
    + POLICE_RANKS + r"|"
    r"Assistant\s+Commissioner|Commissioner|Garda|PCSO|PC|DCI|DI|DS|Deputy|Senator|Alderman|Aldermen|"
    # police and fire ranks as the genre abbreviates them ("Ch Supt A Bell", "GM Tom Ray": Group Manager)
    r"DCC|ACC|ACFO|DCFO|CFO|GM|WM|SM|CM"
)
TITLE = re.compile(r"(?:" + TITLES + r")\b\.?", re.IGNORECASE)
# County and district councillors reporting to a parish: "County Cllr Lowe", "District Councillor X".
TIER_PREFIX = r"(?:County|District|Borough|City|Town|Parish|Community|Ward|Unitary)"
# A tier's title ("County Councillor", "District Cllr", "County Councillors"): a title, or a post at most
TIER_TITLE = re.compile(TIER_PREFIX + r"\s+(?:councill?ors?|cllrs?)\.?", re.IGNORECASE)
# Honours and letters after a name: never a person, never a body, never a role.
HONOURS = {
    "obe", "mbe", "cbe", "kbe", "dbe", "gbe", "cb", "kcb", "cmg", "cvo", "lvo", "mvo", "qpm", "kpm", "qfsm",
    "dl", "jp", "mp", "mep", "msp", "ms", "am", "mla", "td", "qc", "kc", "frs", "frcp", "phd", "bsc", "ba", "ma",
    "msc", "llb", "fca", "cpfa", "mrics", "frics", "mrtpi", "ceng", "rip", "ld", "rn",
    "pslcc", "fslcc", "cilca",  # a local council clerk's qualifications
}
HONOUR_WORD = re.compile(r"\b(?:" + "|".join(sorted(HONOURS, key=len, reverse=True)) + r")\b\.?", re.IGNORECASE)

# ---------------------------------------------------------------- posts

# Head nouns of posts: a phrase that ends in (or is headed by) one of these describes a person.
POST_HEADS = (
    r"Director|Directors|Head|Manager|Officer|Officers|Official|Adviser|Advisor|Lead|Chair|Chairman|Chairwoman|"
    r"Chairperson|Cathaoirleach|Vice-Chair|Vice-Chairman|Member|Head\s?teacher|Principal|Commander|Inspector|"
    r"Consultant|Leader|Executive|Co-ordinator|Coordinator|Superintendent|Clerk|Secretary|Analyst|Partner|"
    r"Worker|Nurse|Practitioner|Mayor|Scrutineer|Associate|Specialist|Administrator|Controller|Treasurer|"
    r"Solicitor|Engineer|Planner|Commissioner|Governor|Representative|Champion|Sergeant|Constable|Doctor|"
    r"Psychologist|Therapist|Auditor|Accountant|Surveyor|Architect|Steward|Organiser|Supervisor|Trustee|"
    r"Registrar|Librarian|Archivist|Warden|Ranger|Assessor|Monitor|Investigator|Designate|Deputy|Chief|"
    r"Cabinet\s+Member|Portfolio\s+Holder|Spokesperson|Convenor|Convener|Provost|Sheriff|Ombudsman|"
    r"Caretaker|Minister|Rector|Vicar|Curate|Chaplain|Priest|Pastor|Secretary\s+of\s+State|Proper\s+Officer|Responsible\s+Financial\s+Officer|RFO"
)
# An office in a body, often written in lower case ("chair of the Membership Group").
OFFICE_OF = re.compile(r"(?:vice[\s-]|deputy\s|co-)?(?:chair|chairman|chairwoman|chairperson|convener|convenor|secretary|treasurer|"
                       r"president|lead\s+member)\s+(?:of|for)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
# Letters of names in Irish, Welsh, Scots and other spellings too ("Siobhán", "Siôn", "Ŵyn"), as
# regex class contents.
NAME_UPPER = "A-ZÀ-ÖØ-ÞŴŶ"
NAME_LOWER = "a-zà-öø-ÿŵŷ"
# ... as regex classes: a capital, a small letter, a small letter or a name's apostrophe or
# hyphen, any of them
NAME_UP = f"[{NAME_UPPER}]"
NAME_LOW = f"[{NAME_LOWER}]"
NAME_LOW_MARK = f"[{NAME_LOWER}'’-]"
NAME_ANY = f"[a-zA-Z{NAME_LOWER[3:]}{NAME_UPPER[3:]}'’-]"
# Verbs that end a post written before them ("Senior Engineer replied as follows").
SPEECH_VERBS = (r"replied|responded|said|stated|advised|explained|confirmed|noted|reported|added|outlined|informed|"
                r"welcomed|read|thanked|introduced|presented|gave|opened|asked|chairs|chaired|attends?|attended|"
                r"was|were|is|are|had|has|would|will")
# The labels of a report's or an item's fields that name a person ("Officer reporting: X",
# "Contact officer: X"): what the person does for this paper, not a post.
FIELD_LABEL = re.compile(r"^(?:(?:officer|member)\s+(?:reporting|presenting)|(?:reporting|presenting|lead|contact)\s+officers?"
                         r"|contacts?|report\s+authors?|authors?)$", re.IGNORECASE)
POST_HEAD = re.compile(r"\b(?:" + POST_HEADS + r")s?\b")
# Words that qualify a post but are not posts on their own.
POST_QUALIFIERS = (
    r"Assistant|Interim|Acting|Senior|Strategic|Service|Team|Project|Independent|Joint|Principal|Executive|"
    r"Corporate|Group|Area|Divisional|District|Regional|Lay|Co-opted|Designated|Statutory|Monitoring|"
    r"Temporary|Associate|Programme|Policy|Operations|Operational|Technical|Clinical|Virtual|Link"
)
POST_WORD = re.compile(r"\b(?:" + POST_HEADS + r"|" + POST_QUALIFIERS + r")\b")
# Posts a meeting itself has ("the Chair", "the Clerk"): attendance lists give them unnamed.
MEETING_POSTS = re.compile(
    r"^(?:the\s+)?(?:(?:vice|deputy)[- ])?(?:chair(?:man|woman|person)?|cathaoirleach|clerk|proper\s+officer|"
    r"responsible\s+financial\s+officer|rfo|minute[- ]taker|secretary|treasurer|mayor)$",
    re.IGNORECASE,
)
# Police ranks: titles of address that are also the post of an officer who has no other.
RANKS = r"superintendent|inspector|sergeant|constable|commissioner|garda|pcso"
CHAIR_WORDS = r"chair|chairman|chairwoman|chairperson|chairing|cathaoirleach|convenor|convener|presiding|in\s+the\s+chair"

# ---------------------------------------------------------------- bodies

# Head nouns of a body's name ("Audit Committee", "Health and Wellbeing Board").
BODY_HEADS = (
    r"Committee|Sub-Committee|Subcommittee|Commission|Board|Panel|Partnership|Council|Cabinet|Executive|Forum|"
    r"Group|Sub-Group|Subgroup|Assembly|Authority|Trust|Team|Service|Services|Directorate|Department|Unit|"
    r"Office|Agency|Inspectorate|Police|Constabulary|Garda|Network|Alliance|Association|Federation|Society|"
    r"Foundation|Charity|Company|Limited|Ltd|LLP|PLC|Plc|Corporation|Bank|Fund|College|University|School|"
    r"Academy|Hospital|Practice|Surgery|Library|Libraries|Museum|Commissioners|Tribunal|Court|Parliament|"
    r"Senedd|Dail|Dáil|Oireachtas|Government|Ministry|Secretariat|Programme|Project|Initiative|Scheme|"
    r"Collaborative|Consortium|Cooperative|Co-operative|Club|Brigade|Institute|Body|Bodies|Region|District|"
    r"Taskforce|Task\s+Force|Hub|Centre|Center|Church|Parish|Municipal\s+District|Working\s+Party|Homes"
)
BODY_HEAD = re.compile(r"\b(?:" + BODY_HEADS + r")\b", re.IGNORECASE)
# Heads of the bodies a meeting can be of: committees and councils, not services or companies.
MEETING_BODY_HEADS = (
    r"Committee|Sub-Committee|Subcommittee|Commission|Board|Panel|Partnership|Council|Cabinet|Executive|Forum|"
    r"Group|Sub-Group|Assembly|Authority|Trust|Meeting|Conference|Working\s+Party|Taskforce|Task\s+Force|"
    r"Municipal\s+District|Joint\s+Committee|Steering\s+Group"
)
MEETING_BODY_HEAD = re.compile(r"\b(?:" + MEETING_BODY_HEADS + r")\b", re.IGNORECASE)
# Council-level heads: a heading that names one is the authority, less specific than a committee.
COUNCIL_LEVEL = re.compile(
    r"\b(?:council|authority|corporation|county|borough|city)\b(?:'s)?\s*$|^(?:the\s+)?(?:london\s+)?borough\s+of\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- parts of a file

# The title of a set of minutes ("MINUTES of a meeting of ...", "Draft Minutes", "Notes of the
# meeting", "Record of Decisions").
MINUTES_WORD = (r"(?:(?:draft|final|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes|record\s+of\s+(?:the\s+)?(?:meeting|decisions|proceedings)"
                r"|minute(?=\s+of\s+(?:the\s+|a\s+)?meeting))")  # Scottish councils write "Minute of Meeting"
MINUTES_TITLE = re.compile(
    r"^\W{0,3}" + MINUTES_WORD + r"(?:\s+(?:of|for|from)\b|\s*[.:]?\s*$)"
    # a committee system's meeting page: "Agenda and minutes", "Agenda, decisions and minutes"
    r"|^\s*agenda(?:,\s*\w+)*\s+and\s+(?:minutes|decisions)\s*$", re.IGNORECASE
)
# The summons of an agenda front sheet.
SUMMONS = re.compile(
    r"\b(?:(?:are|is)\s+(?:hereby\s+)?(?:summoned|requested|invited|required)\s+to\s+(?:attend\s+)?|notice\s+is\s+(?:hereby\s+)?given\s+(?:of|that)\s+)"
    r"(?:an?|the)\s+(?:\w+\s+){0,3}?meeting\b",
    re.IGNORECASE,
)
AGENDA_TITLE = re.compile(
    r"^\W{0,3}(?:A\s?G\s?E\s?N\s?D\s?A|Agenda|(?i:notice\s+of\s+(?:the\s+)?meeting|summons))\s*:?\s*(?:\*+)?$")

# ---------------------------------------------------------------- attendance

# Titles of address that say a man or a woman: the two of a couple under one surname are told apart
# by them ("Mr & Mrs Pell"; "Dr and Mrs Hart" could be one Dr Hart written twice)
GENDERED_TITLES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}
_MEN = "|".join(t.title() for t, g in GENDERED_TITLES.items() if g == "m")
_WOMEN = "|".join(t.title() for t, g in GENDERED_TITLES.items() if g == "f")
# The first title of a couple and its "&" / "and", before the second title ("Mr & Mrs Pell", "Mrs and Mr Hart")
COUPLE = re.compile(rf"\b(?:(?P<t>{_MEN})\.?[ \t\n]*(?:&|and)[ \t\n]*(?=(?:{_WOMEN})\b\.?\s+[A-Z])"
                    rf"|(?P<f>{_WOMEN})\.?[ \t\n]*(?:&|and)[ \t\n]*(?=(?:{_MEN})\b\.?\s+[A-Z]))")

# Section labels of attendance, by the status they give. A label starts its line and ends in a
# colon, a dash or the end of the line ("Present:-", "MEMBERS PRESENT:", "Attendees:").
ATTENDANCE_LABELS: list[tuple[str, str]] = [
    # "Cathaoirleach:" (an Irish council's chair), "Convener:" (a Scottish committee's)
    ("chair", r"(?:present\s+)?in\s+the\s+chair|chair(?:man|woman|person)?|chair\s+person|chaired\s+by|presiding|cathaoirleach|conven[eo]r"),
    ("in_attendance",
     # "Local authority officers in attendance:": up to two words say whose officers
     r"(?:\w+\s+){0,2}?(?:officers?|officials?|staff|others?|advisers?|advisors?|guests?|visitors?|clerks?)\s+(?:also\s+)?"
     r"(?:in\s+attendance|attending|present)"
     # (not "OFFICIAL" alone: a protective marking at the top of a page)
     r"|also,?\s+(?:present|attending|in\s+attendance)|(?:officers?|officials|staff)(?:\s+present)?|official\s+present|in\s+attendance"
     # "Officers of the lead authority (Westby District Council) in attendance:"
     r"|(?:officers?|officials?|staff)\s+of\s+(?:the\s+)?[^:\n]{2,80}?\s+(?:in\s+attendance|present|attending)"
     r"|(?:officers?|officials?|staff)\s+(?:supporting|advising|serving)\s+(?:the\s+)?(?:panel|committee|board|meeting|council)"
     r"|observers?"
     # ("Other members in attendance:", "County Councillors attending:"; not "Members in attendance:", the members present)
     r"|(?!(?:members|councillors)\s+(?:in\s+attendance|attending)\b)(?:other\s+)?(?:\w+\s+)?(?:members|councillors)\s+(?:also\s+)?"
     r"(?:in\s+attendance|attending)|other\s+(?:members|councillors)\s+present"
     r"|members\s+of\s+the\s+public(?:\s+present)?|public(?:\s+present)?"
     r"|(?:town\s+|parish\s+|proper\s+)?clerk(?:\s+to\s+the\s+council)?|minute[- ]?taker|notes?\s+taken\s+by|note[- ]?taker"
     # the officials of an Irish or a Welsh paper that labels in its own language only ("Oifigigh:", "Swyddogion:")
     r"|oifigigh|swyddogion"),
    # "Guest:", "Invited guests:": people asked to the meeting, as "The Chair welcomed X" gives
    ("invited", r"(?:invited\s+)?guests?|in\s+attendance\s+as\s+(?:a\s+)?guests?"),
    ("apologies",
     r"apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?(?:received|submitted|given|tendered|noted))?(?:\s+(?:from|by|on\s+behalf\s+of))?"
     r"|apologies\s+received|absent\s+with\s+apologies"),
    # members who neither came nor sent apologies: people of the paper, with no attendance row
    ("absent", r"absent|absences?|not\s+present"),
    ("present",
     r"(?:members\s+|councillors\s+)?present\s+(?:via|by|remotely|online|virtually|in\s+person)[^:\n]{0,30}|"
     r"(?:(?:members|councillors|cllrs|board\s+members|committee\s+members|panel\s+members|trustees|directors|"
     r"governors|voting\s+members|co-opted\s+members|representatives|sectoral\s+representatives|\w+\s+representatives"
     r"|\w+\s+members|\w+\s+councillors)\s+)?present"
     r"|attendees|attendance|in\s+person|members|councillors|cllrs|comhairleoir[ií]|those\s+present|sederunt"  # Scots: "Sederunt:"
     # "Members in attendance:", "Attending remotely:"
     r"|(?:members|councillors)\s+(?:in\s+attendance|attending)|attending\s+(?:remotely|online|virtually|via\b[^:\n]{0,30})"
     # a vice-chair's own label ("Leas-Chathaoirleach:", an Irish council's)
     r"|vice[- ]?chair(?:man|woman|person)?|leas-?chathaoirleach"),
]
LABEL_END = r"\s*(?::-|:\s*-|:|–|—|-(?=\s)|\t|$)"
# Welsh titles and posts a bilingual paper writes before their English ("Y Cynghorydd / Councillor").
WELSH_WORDS = (r"(?:Y\s+)?Cynghorydd|Cyng\.|Cynghorwyr|Cadeirydd|Is-[Gg]adeirydd|Maer|Dirprwy\s+Faer|Aelod(?:\s+Cyfetholedig)?"
               r"|Swyddog(?:ion)?|Clerc")
ATTENDANCE_LABEL = {
    # "Present (Members):"; a bilingual label gives its English last ("PRESENNOL / PRESENT:")
    status: re.compile(r"^\s*[*_#|]*\s*(?:[^\W\d_][^/\n:]{0,40}\s/\s*)?(?:" + rx + r")(?:\s*\([^)\n]{1,30}\))?\s*[*_]*" + LABEL_END,
                       re.IGNORECASE)
    for status, rx in ATTENDANCE_LABELS
}
NONE_RECEIVED = re.compile(r"^\W*(?:none|nil|no\s+(?:apologies|one|other|members)|n/?a)\b", re.IGNORECASE)

# ---------------------------------------------------------------- items

# Words that head an item in a table or list of business ("Item 4", "Minute 23", "Agenda item 2").
ITEM_WORD = r"(?:agenda\s+)?(?:item|minute|min)\.?(?:\s+no\.?)?"

# ---------------------------------------------------------------- decisions

# Formulas that record a decision of the meeting. "RESOLVED", "AGREED", "DECISION", "Decided";
# "It was resolved/agreed/decided that"; "The Council/Committee/Members/Councillors agreed";
# "Approved", "Noted" standing as the outcome.
DECISION_HEAD = (
    r"resolved|agreed|decision|decisions|decided|approved|adopted|carried|determined|ratified|confirmed|"
    r"noted|recommended(?=\s*(?:[:–-]|that\b))"
)
DECIDING_BODY = (
    r"council|committee|sub-committee|board|panel|cabinet|executive|commission|forum|group|meeting|"
    r"members|councillors|cllrs|trustees|directors|governors|partnership|assembly|authority"
)
# "The Committee", "Members", "The Integration Joint Board" (a name in capitals before its head)
DECIDING_BODY_NAMED = r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?(?:" + DECIDING_BODY + r")" \
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"  # "The Council of Governors"
DECIDING_SUBJECT = (
    r"(?:" + DECIDING_BODY_NAMED + r"|it|all|everyone|all\s+members|all\s+councillors|members\s+present)"
)
DECISION_VERB = r"resolved|agreed|decided|approved|adopted|ratified|determined|confirmed"

# ---------------------------------------------------------------- reporting

# Verbs that say someone put a report or presentation to the meeting (EXTRACTION.md "Reported").
REPORTING_VERBS = r"presented|introduced|outlined|reported|delivered|gave|provided|submitted|updated"
REPORT_NOUNS = r"report|reports|presentation|update|up-date|overview|briefing|paper|summary|statement"

# ---------------------------------------------------------------- places

# Nouns that end the name of a building, a street or a site: "Tom Marsh House", "Trevor Library",
# "Philomena Park" are places, not people.
PLACE_NOUNS = (
    r"House|Hall|Hotel|Library|Park|Road|Rd|Street|St|Lane|Avenue|Ave|Way|Close|Court|Crescent|Drive|Gardens|Green|"
    r"Grove|Place|Square|Terrace|Walk|Wharf|Quay|Estate|Centre|Center|Building|Buildings|Offices|Office|Churchyard|"
    r"Church|Chapel|School|Academy|College|Playground|Field|Fields|Common|Bridge|Station|Tower|Towers|Mill|Farm|"
    r"Cottage|Cottages|Lodge|Manor|Court|Industrial|Business|Retail|Shopping|Hospital|Surgery|Market|Memorial|Cemetery"
)
PLACE_NOUN = re.compile(r"\b(?:" + PLACE_NOUNS + r")\b")
# Place nouns no one has for a surname: "Grace Hotel" is a building even though Grace is a given name.
NEVER_SURNAME_PLACE = re.compile(
    r"House|Hotel|Library|Offices|Office|Churchyard|Rd|Road|Avenue|Ave|Centre|Center|Building|Buildings|School|Academy|"
    r"College|Playground|Station|Hospital|Surgery|Cemetery|Estate|Industrial|Business|Retail|Shopping|Memorial|"
    r"Terrace|Crescent|Drive|Gardens|Quay|Cottages|Towers")

# ---------------------------------------------------------------- word sets of the list reader (person_lists.py, posts.py)

# Personal titles (not roles: EXTRACTION.md); the value is the canonical form.
TITLE_FORMS: dict[str, str] = {
    "councillor": "Councillor", "councillors": "Councillor", "cllr": "Cllr", "cllrs": "Cllr",
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "dr": "Dr", "prof": "Professor",
    "professor": "Professor", "sir": "Sir", "dame": "Dame", "lord": "Lord", "lady": "Lady",
    "rev": "Rev", "revd": "Rev", "reverend": "Rev", "baroness": "Baroness", "alderman": "Alderman",
    # police ranks written as titles ("Sergeant Paul Dent", "Sgt Dent"): the rank is the post
    "sergeant": "Sergeant", "sgt": "Sergeant", "inspector": "Inspector", "chief inspector": "Chief Inspector",
    "superintendent": "Superintendent", "chief superintendent": "Chief Superintendent",
    "constable": "Constable", "pcso": "PCSO",
}
PLURAL_TITLES = {"councillors", "cllrs"}
COUNCILLOR_TITLES = {"Councillor", "Cllr"}
# (with the qualifications of local council clerks: PSLCC, FSLCC, CiLCA)
POSTNOMINALS = {"MP", "MEP", "MSP", "MS", "AM", "OBE", "MBE", "CBE", "KBE", "DBE", "JP", "QC", "KC", "DL", "BEM", "PhD",
                "PSLCC", "FSLCC", "CiLCA"}

# Head words of posts: a phrase holding one of these (before "of/for/at") names a post.
POST_HEAD_WORDS = set("""
director directors head heads manager managers officer officers lead leads chair chairman chairwoman
chairperson vice-chair vice-chairman vice-chairperson co-chair adviser advisor advisors advisers commander inspector
inspectors consultant consultants associate head-teacher leader clerk co-ordinator
coordinator practitioner nurse superintendent scrutineer mayor lady-mayoress mayoress secretary treasurer solicitor
accountant analyst worker workers planner engineer surveyor auditor controller governor president commissioner
representative link specialist administrator champion advocate ceo cfo constable sergeant
trustee registrar warden reviewer facilitator assessor investigator caseworker sponsor
deputy principal teacher psychologist therapist paramedic midwife doctor gp pharmacist economist
supervisor supervisors technician ranger rangers librarian archivist architect valuer
spokesperson portfolio-holder convenor convener rapporteur ombudsman minister
""".split())
# Words that may stand before the head word of a post.
# The grade words that open a post ("Chief Operating Officer", "Senior Planning Services Manager"):
# they hold the words between them and the post's head, and are no part of a unit's name inside it.
POST_GRADE_WORDS = frozenset("chief deputy assistant senior principal interim acting".split())
POST_QUALIFIER_WORDS = set("""
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
limited ltd plc llp cic homes church parish region regional north south east west central england wales
scotland ireland britain kingdom europe united national local public social community voluntary young people
adult adults safeguarding improvement performance quality assurance select scrutiny overview cabinet executive
""".split())

# ---------------------------------------------------------------- word sets of the body finder (bodies.py)

# Council abbreviations after a place ("Westby CC", "Ashby MBC"): the initials of a kind of
# council, as the genre abbreviates council names. (Not a place's initial before them: "Jo Lee
# OCC" is a councillor of a council named by its initials, see bodies._acronym_head.)
COUNCIL_KINDS = ("county", "city", "borough", "district", "metropolitan borough", "metropolitan district",
                 "royal borough", "county borough")
COUNCIL_ABBR = frozenset("".join(w[0] for w in kind.split()) + "c" for kind in COUNCIL_KINDS)

# Head nouns that end a body name, with the kind they suggest.
BODY_HEAD_KINDS: dict[str, str] = {
    "board": "board", "boards": "board",
    "committee": "committee", "committees": "committee", "sub-committee": "committee",
    "commission": "committee", "panel": "committee", "panels": "committee", "cabinet": "committee",
    "partnership": "partnership", "partnerships": "partnership",
    "group": "other", "groups": "other", "sub-group": "other", "sub-groups": "other", "subgroup": "other",
    "subgroups": "other", "forum": "external", "network": "other", "alliance": "partnership",
    "team": "service", "service": "service", "services": "service",
    "hub": "service", "unit": "service",
    "directorate": "directorate", "department": "government", "office": "other",
    "council": "council", **{abbr: "council" for abbr in COUNCIL_ABBR},
    "trust": "other", "police": "external", "constabulary": "external",
    "inspectorate": "external", "agency": "external", "association": "external", "executive": "other",
    "school": "other", "academy": "other", "college": "other", "university": "external",
    "government": "government", "ministry": "government",
    "ltd": "external", "limited": "external", "plc": "external", "llp": "external", "cic": "external",
    "dac": "external", "inc": "external", "charity": "external", "society": "external", "institute": "external",
    "federation": "external", "foundation": "external", "authority": "other", "assembly": "other",
    "brigade": "external", "church": "external", "club": "external", "taskforce": "other",
    "cooperative": "partnership", "co-operative": "partnership", "consortium": "partnership",
    "collaborative": "partnership",
    "borough": "council", "friends": "external",
    "section": "service", "dept": "service", "trustees": "other", "corporation": "government",
    "regulator": "government",
    # firms and charities a council deals with ("Oakfield Planning Consultancy", "Ludby Food Bank")
    "consultancy": "external", "consultants": "external", "partners": "external", "brokers": "external",
    "solicitors": "external", "associates": "external", "architects": "external", "surveyors": "external",
    "bank": "external", "clg": "external", "llc": "external", "actuaries": "external", "accountants": "external",
}
# Names that lead their local branch's name, before or after the place: "Healthwatch Fernby",
# "Ludby Citizens Advice", "NHS Strathmore" (a health board), "Age UK Westshire".
# "NHS" leads a Scottish or Welsh health board's name ("NHS Grampian") when one word follows
# that is not a word of the NHS's services ("NHS App", "NHS Pensions", "NHS Long Term Plan").
BRANCH_NAMES = ("Healthwatch", "Citizens Advice", "Age UK", "Age Concern", "Home-Start", "Groundwork",
                "Carers Trust", "Volunteer Centre", "NHS")
ONE_WORD_BRANCHES = {"NHS"}
NOT_A_BRANCH_PLACE = set("""
app apps pensions pension dentist dentists dental digital direct choices jobs number login trusts trust
services service health long term plan property supply funding staff workforce careers website data
""".split())
# Heads of firms' names that are also plurals of trades ("Building Surveyors", "Delivery Partners"):
# a firm's name has two words or more before them ("Oakfield Planning Consultancy").
FIRM_HEADS = {"consultancy", "consultants", "partners", "brokers", "solicitors", "associates", "architects",
              "surveyors", "bank"}
# The words of the compass and of the nations: a place's name, not the genre's vocabulary.
PLACE_WORDS = {"north", "south", "east", "west", "central", "england", "wales", "scotland", "ireland", "britain",
               "northern", "southern", "eastern", "western", "greater", "upper", "lower", "mid"}
# Heads that take "of"/"for" + name after them ("Department for Education").
OF_HEADS = {
    "department", "office", "inspectorate", "inspectors", "commission", "association", "council", "borough",
    "university", "friends", "rights",  # ("Rights of Way Team")
    "ministry", "institute", "society", "college", "federation", "board", "committee", "panel",
    "secretary", "court", "agency", "authority", "chamber",
}
# Capitalised words that never start or continue a body name.
STOP_CAP = set("""
the a an this that these those our its their his for to in on at by from with of and or as if when
where which who whose what how why there it we they he she all any each every both other others some
such also no not but so into within across under over between through during following before
since until while although however further please dear mr mrs ms miss dr councillor councillors cllr
draft proposed revised final amended updated annual monthly quarterly approve approved consider note noted
receive received agree agreed discuss adopt confirm review
cyngor cymuned comhairle contae cathrach

chair chairperson chairman vice member members note resolved present apologies item minute minutes
report reports agenda appendix meeting date title subject summary recommendation recommendations 
venue time held monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december director directors head manager
managers officer officers adviser advisor lead leader deputy interim assistant is was were are be
been has have had will would can could should may might must do does did consideration
representatives representative update updates presentation regular approvals current previous
next latest new more most many several clarification clarity review effectiveness role roles
""".split())
# Modifiers that leave a name generic ("the Select Commission", "other Boards", "Project Group").
GENERIC_MODS = set("""
council council's other advisory select joint sub project working task steering wider core relevant
local new statutory this each every all any various partner partners external internal
main senior the and of for whole full overarching individual multi agency
multi-agency monthly annual governance own small large regional national area open public special
""".split())
# Words after a head that show the name is a modifier of something else ("Fostering Panel Review").
NOT_BODY_AFTER = {
    "review", "reviews", "inspection", "inspections", "report", "plan", "plans", "strategy", "assessment",
    "assessments", "framework", "guidance", "process", "programme", "link", "member", "members", "manager",
    "managers", "chair", "chairman", "chairperson", "officer", "officers", "director", "lead", "leader",
    "adviser", "advisor", "portfolio", "tax", "room", "chamber", "meeting", "meetings", "minutes", "agenda",
}
# Last words of named things that are not bodies: laws, measures, documents.
INSTRUMENTS = {"act", "acts", "index", "regulations", "order", "bill", "directive", "rate", "rates", "standard", "level",
               "levels", "products",
               "standards", "policy", "code", "charter", "register", "survey", "model", "system", "tool"}
# Post words whose "of"/"for" complement names a unit inside a post title.
UNIT_POST_WORDS = {"director", "directors", "head", "manager", "adviser", "advisor", "lead", "officer", "commander"}
# Words that begin a name only as a place or as "the council's".
GENERIC_PREFIX = {"council", "council's", "authority", "authority's", "local"}
SMALL_WORDS = {"and", "of", "for", "the", "&", "in", "on", "to"}
ORG_WORDS = {"government", "agency", "association", "authority", "institute", "office", "department",
             "commission", "inspectorate", "executive", "council", "trust", "service", "services"}
# Words a capitalised acronym use never is.
ACR_STOP = {"AND", "THE", "OF", "FOR", "TO", "IN", "ON", "AT", "BY", "OR", "NO", "NA", "IT", "ICT", "AM", "PM",
            "UK", "MP", "OBE", "MBE", "CBE", "GCSE", "GCSES", "TBC", "CEO", "FAQ", "HR", "PDF", "ID", "OK", "A", "I",
            "RIP"}  # "the late John Lee RIP": a vote of sympathy
ACR_STOP |= {"PSLCC", "FSLCC", "CILCA"}  # a clerk's qualifications after a name ("Jo Reed PSLCC")
# Words "Councillor"/"Cllr" modifies when it is not a title ("Councillor Allowances", "Cllr
# Vacancy", "Councillor Chair: Tom Hale" in a table): never part of a person's name.
NOT_AFTER_TITLE = set("""
allowance allowances expenses payment payments vacancy vacancies training induction surgery surgeries
conduct call assets distribution chair chairman chairperson members member public
apologies present attendance agenda minutes item items report reports none nil all total number
""".split())


# ---------------------------------------------------------------- national bodies (data file)

@lru_cache(maxsize=1)
def national_bodies() -> dict[str, str]:
    """Name (or acronym) -> kind of the national bodies papers name without a head noun
    (``data/national_bodies.txt``: "Natural England", "An Post", "HMRC")."""
    text = resources.files("govgraph.loaders").joinpath("data/national_bodies.txt").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip(): kind.strip() for name, kind in rows}

# The letters of bodies' heads the genre writes after a name ("Housing and Community SPC"), spelt out.
HEAD_ACRONYMS = {
    "SPC": "Strategic Policy Committee", "JPC": "Joint Policing Committee", "CPG": "Corporate Policy Group",
    "SMT": "Senior Management Team", "CMT": "Corporate Management Team",
    "CLT": "Corporate Leadership Team", "ELT": "Executive Leadership Team", "DMT": "Departmental Management Team",
}
