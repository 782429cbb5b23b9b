"""Text clean-up shared by every reader: one normalised text per document.

Committee papers reach us as PDFs, or as text already converted from PDFs, so the same noise
shows up whatever the file type: Markdown heading marks, ``<b>``/``<sup>`` tags, HTML lists inside
table cells, words hyphenated across line breaks, page numbers, curly punctuation. It is removed
here, once, so every later stage (segmenter, spaCy rules, evidence offsets) sees the same text.

The output keeps the structure the segmenter relies on: one line per source line, blank lines
between paragraphs, table rows as one line with cells separated by a tab.

Every step is a whole-text regular expression or ``str.translate`` (C speed, linear), never a
per-character Python loop, so a 50 MB file normalises in seconds with a few copies of the text
as peak extra memory.
"""

from __future__ import annotations

import html
import re
from typing import Iterable, Optional, Sequence

__all__ = ["normalise_text", "join_pages", "decode_entities"]

# --- character level -------------------------------------------------------------------------

# Curly quotes become straight ones (regexes downstream then need one quote form); odd spaces
# become a plain space; invisible characters go. En and em dashes stay: they are readable and
# carry meaning ("Commission – 17 September").
_CHAR_MAP: dict[int, str | None] = {
    **{ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032\u00b4\u02bc"},
    **{ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"},
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe"},
    **{ord(c): "-" for c in "\u2010\u2011\u2212"},
    ord("\u2026"): "...",
    ord("\ufb00"): "ff", ord("\ufb01"): "fi", ord("\ufb02"): "fl", ord("\ufb03"): "ffi", ord("\ufb04"): "ffl",
    ord("\u2028"): "\n", ord("\u2029"): "\n\n", ord("\u0085"): "\n",
    # Control characters carry no text; tab and newline are structure and stay.
    **{c: None for c in range(32) if c not in (9, 10)},
    **{c: None for c in range(0x7F, 0xA0) if c != 0x85},
}
# Form feed is a page break: callers split pages on it first; any left over is a paragraph break.
_CHAR_MAP[ord("\f")] = "\n\n"

# Bullet glyphs seen at the start of converted lines (including Symbol-font private-use ones).
_BULLETS = "\u2022\u25aa\u25e6\u25cf\u2023\u2043\u00b7\u25a0\u25a1\u2219\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u27a2"

# --- HTML fragments inside converted text ------------------------------------------------------

_INLINE_TAGS = (
    "b|strong|i|em|u|sup|sub|span|font|a|small|big|s|strike|mark|ins|del|code|abbr|cite|q|tt|var|"
    "kbd|samp|dfn|bdi|bdo|wbr|nobr|center|img|col|colgroup|caption|label|tbody|thead|tfoot|html|body|"
    "head|meta|link|title|section|article|header|footer|nav|main|aside|figure|figcaption|dl"
)
_BLOCK_TAGS = "p|div|h[1-6]|tr|table|ul|ol|blockquote|dt|dd|pre|address|hr"

_RE_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RE_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
# A list inside a table cell, as converters print it: the list runs to the closing tag, the next
# cell (tab) or the end of the line.
_RE_CELL_LIST = re.compile(r"<(ul|ol)\b[^>\n]*>(.*?)(?:</\1\s*>|(?=\t)|$)", re.M | re.I)
_RE_LI = re.compile(r"<li\b[^>\n]*>", re.I)
_RE_LI_CLOSE = re.compile(r"</li\s*>", re.I)
_RE_BULLET_SPLIT = re.compile(f"[{_BULLETS}]")
_RE_BR = re.compile(r"<br\s*/?>|</?hr\b[^>]*>", re.I)
_RE_CELL_END = re.compile(r"</t[dh]\s*>", re.I)  # spaces around the tab go in _tidy_whitespace
_RE_CELL_START = re.compile(r"<t[dh]\b[^>]*>", re.I)
_RE_BLOCK_TAG = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^>\n]*>", re.I)
_RE_INLINE_TAG = re.compile(rf"</?(?:{_INLINE_TAGS}|li)\b[^>\n]*?/?>", re.I)

# Only entities with the closing semicolon: ``html.unescape`` alone would also turn "&not" in
# "&notary" into "¬".
_RE_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# --- Markdown ----------------------------------------------------------------------------------

_RE_AUTOLINK = re.compile(r"<(?:mailto:)?((?:https?|ftp)://[^\s<>]+|www\.[^\s<>]+|[^\s<>@]+@[^\s<>@]+\.[A-Za-z]{2,})>", re.I)
_RE_MD_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_RE_MD_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*([^)\s]*)(?:\s+\"[^\"\n]*\")?\s*\)")
_RE_MAILTO = re.compile(r"\bmailto:", re.I)
_RE_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")
_RE_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_RE_HRULE = re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M)
_RE_MD_TABLE_SEP = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*(?:\n|$)", re.M)
_RE_MD_TABLE_ROW = re.compile(r"^[ \t]*\|(.*)\|[ \t]*$", re.M)
_RE_STAR_BULLET = re.compile(r"^([ \t]*)[*+][ \t]+", re.M)
_RE_BOLD_STARS = re.compile(r"\*\*+")
_RE_BOLD_UNDERSCORES = re.compile(r"__(?<![\w/]__)(?=[^\s_])([^\n]*?[^\s_])__(?![\w/])")
# The marker comes first (the lookbehind checks the character before it): a pattern that starts
# with a literal lets the regex engine jump between candidates instead of trying every position.
_RE_ITALIC_STAR = re.compile(r"\*(?<![\w*\\]\*)(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])")
_RE_ITALIC_UNDERSCORE = re.compile(r"_(?<![\w/\\]_)(?=[^\s_])([^_\n]*?[^\s_])_(?![\w/])")
_RE_HARD_BREAK = re.compile(r"\\$", re.M)

# --- layout ------------------------------------------------------------------------------------

_RE_LINE_BULLET = re.compile(rf"^([ \t]*)[{_BULLETS}][ \t]*(?=\S)", re.M)
_RE_ANY_BULLET = re.compile(f"[{_BULLETS}]")
_RE_LONE_MARKER = re.compile(rf"\n[ \t]*[-{_BULLETS}][ \t]*(?=\n|$)")
_RE_LONE_MARKER_START = re.compile(rf"[ \t]*[-{_BULLETS}][ \t]*(?=\n|$)")
# "11 th June": PDF converters often detach a superscript ordinal suffix.
_RE_SPACED_ORDINAL = re.compile(r"(\d{1,2}) (st|nd|rd|th)\b")
_RE_TRAILING_WS = re.compile(r"[ \t]+$", re.M)
_RE_BLANK_RUN = re.compile(r"\n\n\n+")
# Running page furniture: unmistakable anywhere as a whole line.
_RE_PAGE_LINE = re.compile(r"^(?:Page|PAGE|page)[ ]+\d{1,4}(?:[ ]+(?:of|OF)[ ]+\d{1,4})?$\n?", re.M)
# A bare number (or "- 3 -") is only a page number when it is the first or last line of a page.
_PAGE_NUMBER_LINE = re.compile(r"^(?:(?:Page|PAGE|page)[ ]+)?[-\u2013\u2014]?[ ]*\d{1,4}[ ]*[-\u2013\u2014]?(?:[ ]+(?:of|OF)[ ]+\d{1,4})?$")

_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
# Found by its literal "-\n"; the word before it is checked in the callback.
_RE_HYPHEN_BREAK = re.compile(rf"-\n(?=([{_LOWER}]\w*))")
_RE_WORD_BEFORE = re.compile(rf"(\w*[{_LOWER}])$")
# A paragraph break inside a sentence (converted page breaks): the line stops mid-sentence and the
# next one starts in lower case, or the line ends on a word that cannot end a sentence.
# Found by the blank line (a literal the regex engine scans for quickly), then checked around it.
_RE_PARAGRAPH_GAP = re.compile(r"\n\n+(?=[A-Za-z(])")
_RE_ENDS_LOWER = re.compile(rf"[{_LOWER},]$")
_RE_STARTS_LOWER = re.compile(rf"[{_LOWER}]")
_RE_ENDS_DANGLING = re.compile(r"\b(?:and|or|of|the|to|for|with|in|on|by|an|from|at|as|into|under|between)$")

# Prefixes normally written with a hyphen: "co-\nordinate" becomes "co-ordinate", not "coordinate".
_HYPHEN_PREFIXES = frozenset(
    "co non multi cross inter intra pre post re self well anti sub semi ex pro part full long short "
    "high low mid over under out counter socio".split()
)


_RE_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_NON_ASCII_MAP = {chr(k): v or "" for k, v in _CHAR_MAP.items() if k > 0x9F or k == 0x85}


def _translate(text: str) -> str:
    """``text.translate(_CHAR_MAP)``, but fast on big texts.

    ``str.translate`` with a dict costs a lookup per character (3 s on 50 MB); here each mapped
    character is looked for with a C-speed scan and only those present are replaced.
    """
    if _RE_CONTROL.search(text):
        text = _RE_CONTROL.sub(lambda m: _CHAR_MAP[ord(m.group(0))] or "", text)
    if not text.isascii():
        for char, replacement in _NON_ASCII_MAP.items():
            if char in text:
                text = text.replace(char, replacement)
    return text


def decode_entities(text: str) -> str:
    """Decode HTML entities written with their semicolon (``&amp;``, ``&#163;``, ``&rsquo;``)."""
    if "&" not in text:
        return text
    return _RE_ENTITY.sub(lambda m: html.unescape(m.group(0)), text)


def _cell_list(match: re.Match[str]) -> str:
    """``<ul ...> • a • b`` (or ``<li>a<li>b``) inside a table cell -> one "- item" line each."""
    body = match.group(2)
    if _RE_LI.search(body):
        items = _RE_LI.split(_RE_LI_CLOSE.sub("", body))
    else:
        items = _RE_BULLET_SPLIT.split(body)
    items = [i.strip() for i in items if i.strip()]
    if not items:
        return body.strip()
    return "\n".join("- " + i for i in items)


def _strip_html(text: str) -> str:
    if "<" not in text:
        return text
    text = _RE_HTML_COMMENT.sub("", text)
    text = _RE_SCRIPT.sub("", text)
    text = _RE_CELL_LIST.sub(_cell_list, text)
    text = _RE_LI.sub("\n- ", text)
    text = _RE_BR.sub("\n", text)
    text = _RE_CELL_END.sub("\t", text)
    text = _RE_CELL_START.sub("", text)
    text = _RE_BLOCK_TAG.sub("\n", text)
    text = _RE_AUTOLINK.sub(r"\1", text)  # before tag stripping: "<https://...>" is not a tag
    return _RE_INLINE_TAG.sub("", text)


def _md_link(match: re.Match[str]) -> str:
    label, target = match.group(1).strip(), match.group(2)
    if label:
        return label
    return _RE_MAILTO.sub("", target) if target not in ("", "#") else ""


def _md_table_row(match: re.Match[str]) -> str:
    return "\t".join(cell.strip() for cell in match.group(1).split("|"))


def _strip_markdown(text: str) -> str:
    # Each rule runs only when its marker occurs at all: a substring test is a fast C scan,
    # while a line-anchored regex visits every line of a 50 MB file.
    if "](" in text:
        text = _RE_MD_IMAGE.sub(r"\1", text)
        text = _RE_MD_LINK.sub(_md_link, text)
    if "ailto:" in text or "AILTO:" in text:
        text = _RE_MAILTO.sub("", text)
    if "\\" in text:
        text = _RE_MD_ESCAPE.sub(r"\1", text)
    if "#" in text:
        text = _RE_HEADING.sub(r"\1", text)
    if "|" in text:
        text = _RE_MD_TABLE_SEP.sub("", text)
        text = _RE_MD_TABLE_ROW.sub(_md_table_row, text)
    if any(m in text for m in ("--", "**", "__", "- -", "* *", "_ _")):
        text = _RE_HRULE.sub("", text)
    if "*" in text or "+" in text:
        text = _RE_STAR_BULLET.sub(r"\1- ", text)
    if "*" in text:
        # Bold markers are removed wherever they are: converters leave unbalanced ones
        # ("...inspection**") and ones that span lines.
        text = _RE_BOLD_STARS.sub("", text)
        text = _RE_ITALIC_STAR.sub(r"\1", text)
    if "_" in text:
        text = _RE_BOLD_UNDERSCORES.sub(r"\1", text)
        text = _RE_ITALIC_UNDERSCORE.sub(r"\1", text)
    return _RE_HARD_BREAK.sub("", text) if "\\" in text else text


def _ordinal_ok(number: int, suffix: str) -> bool:
    if 10 <= number % 100 <= 20:
        return suffix == "th"
    return suffix == {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def _join_ordinal(match: re.Match[str]) -> str:
    n, suffix = match.group(1), match.group(2)
    start = match.start()
    if start and (match.string[start - 1].isdigit() or match.string[start - 1].isalpha()):
        return match.group(0)  # part of a longer number or word
    return n + suffix if _ordinal_ok(int(n), suffix) else match.group(0)


def _keep_hyphen(head: str, tail: str, compounds: set[str]) -> bool:
    """Whether a line-end hyphen between ``head`` and ``tail`` belongs to a real compound."""
    return head.lower() in _HYPHEN_PREFIXES or f"{head.lower()}-{tail.lower()}" in compounds


def _compounds(text: str) -> set[str]:
    """Compounds the document itself writes with a hyphen inside a line ("multi-agency")."""
    return set(re.findall(rf"[{_LOWER}]+-[{_LOWER}]+", text.lower()))


# A capitalised compound wrapped at its hyphen ("Oyelaran-" / "Price", "Leas-" / "Chathaoirleach"):
# one word, hyphen kept (a dash between words has spaces round it; a heading's dash before a
# sentence that opens the next line stays: "Highways-" / "The clerk reported")
_RE_PROPER_HYPHEN_BREAK = re.compile(r"\b([A-Z][a-z'’]{1,30})-\n(?!(?:The|A|An|It|This|That|There|Mr|Mrs|Ms|Dr|Cllr|Councillor)\b)(?=[A-Z][a-z])")


def _join_hyphenated(text: str) -> str:
    """Join "word-\\nword" split by line wrapping; keep the hyphen for real compounds."""
    if "-\n" not in text:
        return text
    text = _RE_PROPER_HYPHEN_BREAK.sub(r"\1-", text)
    compounds: set[str] | None = None

    def repl(match: re.Match[str]) -> str:
        nonlocal compounds
        start = match.start()
        head = _RE_WORD_BEFORE.search(match.string, max(0, start - 40), start)
        if head is None:  # "- \n" or "4-\n": not a word split by wrapping
            return match.group(0)
        if compounds is None:
            compounds = _compounds(text)
        return "-" if _keep_hyphen(head.group(1), match.group(1), compounds) else ""

    return _RE_HYPHEN_BREAK.sub(repl, text)


def _runs_on(before: str, after: str) -> bool:
    """Whether text ending in ``before`` continues as ``after`` (a sentence cut by a break)."""
    if _RE_STARTS_LOWER.match(after) and _RE_ENDS_LOWER.search(before):
        return True
    return bool(after[:1].isalpha() or after[:1] == "(") and bool(_RE_ENDS_DANGLING.search(before))


def _join_broken_paragraphs(text: str) -> str:
    """Turn a blank line inside a sentence (a converted page break) into a plain line break."""

    def repl(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        before = match.string[max(0, start - 12):start]
        return "\n" if _runs_on(before, match.string[end:end + 1]) else match.group(0)

    return _RE_PARAGRAPH_GAP.sub(repl, text)


FULL_WIDTH = 0.75  # of the text's usual long-line width (its 90th percentile line length)
MIN_WIDTH_LINES = 8
_RE_LABEL_START = re.compile(r"^\W*\w+(?:\s+\w+){0,2}\s*[:–—]")  # "Resolved:", "Members Present:"
_RE_GAP_AFTER_LINE = re.compile(r"^([^\n]*[A-Za-z,])\n[ \t]*\n[ \t]*(?=[A-Za-z\"'“‘(])", re.MULTILINE)


DOUBLE_SPACED = 0.45  # the share of line ends followed by a blank line that makes a text double-spaced
_RE_BLANK_GAP = re.compile(r"\n[ \t]*\n")


def _short_title(line: str) -> bool:
    """"Matters Arising", "Date of Next Meeting": a short line of capitalised words is a heading."""
    words = line.split()
    return 0 < len(words) <= 6 and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words) \
        and not line.rstrip(" \"'”’)").endswith((".", ",", ";"))


_TITLE_SMALL = {"of", "and", "the", "for", "to", "in", "on", "at", "a", "an", "&"}


def _join_spaced_lines(text: str) -> str:
    """A blank line after a line that runs to the margin and stops mid-sentence is a line break:
    converters of double-spaced PDFs put one after every line ("... appointed to the Local" /
    blank / "Traveller Accommodation Committee"). A heading is shorter, or in capitals."""
    widths = sorted(len(ln) for ln in text.split("\n") if ln.strip())
    if len(widths) < MIN_WIDTH_LINES:
        return text
    # only a double-spaced text: in single-spaced minutes a blank line is a paragraph's end
    gaps, breaks = len(_RE_BLANK_GAP.findall(text)), text.count("\n")
    if not breaks or gaps < DOUBLE_SPACED * (breaks - gaps):  # breaks - gaps: one per line end
        return text
    full = max(40, int(widths[int(len(widths) * 0.9)] * FULL_WIDTH))

    def repl(match: re.Match[str]) -> str:
        line = match.group(1)
        nxt = match.string[match.end(): match.end() + 200].split("\n", 1)[0]
        if len(line.strip()) < full or line.isupper() or (nxt.isupper() and len(nxt.split()) > 1) \
                or _RE_LABEL_START.match(nxt) or _short_title(nxt):
            return match.group(0)
        return line + "\n"

    return _RE_GAP_AFTER_LINE.sub(repl, text)


def _strip_line_ends(text: str) -> str:
    """Remove spaces and tabs at line ends.

    ``str.replace`` rather than a regex: a pattern starting with a space is tried at every
    space of the text. A few rounds clear ordinary runs; odd long runs go to the regex.
    """
    for _ in range(4):
        if " \n" not in text and "\t\n" not in text:
            break
        text = text.replace("  \n", "\n").replace(" \n", "\n").replace("\t\n", "\n")
    else:
        text = _RE_TRAILING_WS.sub("", text)
    return text.rstrip(" \t")


_COLUMN_GAP = re.compile(r"(?<=[^\s:]) {4,}(?=\S)")  # not after a label ("From:   Jo Park")


# A line indented far, to a later column of a table laid out with spaces ("Cllr Ann Ames    Westby
# Council    Chair; Portfolio Holder for" / "<many spaces>Communities and Safety"): the rest of a cell
# above, kept as a line that starts with a tab, as a table's own wrapped cell is.
_DEEP_INDENT = re.compile(r"^ {16,}(?=\S)", re.MULTILINE)


def _tidy_whitespace(text: str) -> str:
    if "    " in text:  # a layout's column gap inside a line ("Ms Ann Ryan      Director of X") is a cell break
        text = _DEEP_INDENT.sub("\t", text)
        text = _COLUMN_GAP.sub("\t", text)
    while "  " in text:  # str.replace is much faster than a regex for runs of spaces
        text = text.replace("    ", " ").replace("  ", " ")
    if "\t" in text:  # single spaces now: one pass each side of the tabs
        text = text.replace(" \t", "\t").replace("\t ", "\t")
    text = _strip_line_ends(text)
    if "\n " in text:
        text = text.replace("\n ", "\n")
    return text.lstrip(" ")


# A web page's front matter: "key: value" lines (and "- item" lists) before the text, between "---"
# fences or at the very top ("title: ...", "date: ...", "categories:").
_FRONT_MATTER = re.compile(r"\A(?:---[ \t]*\n)?(?:[ \t]*(?:[a-z_][\w-]*:[^\n]*|-[ \t]+[^\n]*)\n){2,}(?:---[ \t]*\n)?")


def _strip_front_matter(text: str) -> str:
    m = _FRONT_MATTER.match(text)
    if not m or not re.search(r"^(?:title|date|layout|categories|tags|author):", m.group(0), re.MULTILINE):
        return text
    return text[m.end():]


def normalise_text(text: str) -> str:
    """Normalise one block of text (a whole file, or one page): see the module docstring."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _strip_front_matter(text)
    text = _strip_html(text)
    text = decode_entities(text)
    if "<" in text and ">" in text:
        # Entities may have spelled tags ("&lt;b&gt;"); converted text never means them literally.
        text = _strip_html(text)
    text = _translate(text)
    # Trailing spaces first, so "co- \n" and Markdown hard breaks ("text  \n") look like line ends.
    text = _strip_line_ends(text)
    text = _strip_markdown(text)
    if _RE_ANY_BULLET.search(text):
        text = _RE_LINE_BULLET.sub(r"\1- ", text)
    text = _RE_LONE_MARKER.sub("\n", text)
    first = _RE_LONE_MARKER_START.match(text)
    if first:
        text = text[first.end():]
    text = _RE_SPACED_ORDINAL.sub(_join_ordinal, text)
    text = _tidy_whitespace(text)
    text = _RE_PAGE_LINE.sub("", text)
    text = _join_hyphenated(text)
    text = _join_broken_paragraphs(text)
    text = _join_spaced_lines(text)
    text = _RE_BLANK_RUN.sub("\n\n", text)
    if len(text) > 2000:
        text = _RE_BLANK_RUN.sub("\n\n", drop_running_lines([text])[0])
    return text.strip("\n")


RUNNING_MIN_WORDS = 6
RUNNING_MAX_WORDS = 25
RUNNING_MIN_REPEATS = 3
# A form field under each item of a record ("Report of:<TAB>Strategic Director of Place"): the
# document's words, however often they recur.
_FIELD_LINE = re.compile(r"^\s*[A-Za-z][\w'’()/-]*(?: [\w'’()/-]+){0,3}:\t")


def drop_running_lines(texts: list[str]) -> list[str]:
    """Running headers and footers (and a converter's page banners) out: a line of six words
    or more that stands, the same, three times or more across ``texts`` (the pages of a file,
    or one whole text) is the page's furniture, not the document's words. A line ending a
    sentence, or longer than a header could be, is the document's own, however often it recurs
    ("RESOLVED that the report be noted." under three items)."""
    counts: dict[str, int] = {}
    for text in texts:
        for line in text.split("\n"):
            key = _running_key(line)
            if RUNNING_MIN_WORDS <= len(key.split()) <= RUNNING_MAX_WORDS and not key.endswith((".", "?", "!")) \
                    and not _FIELD_LINE.match(line):
                counts[key] = counts.get(key, 0) + 1
    running = {k for k, n in counts.items() if n >= RUNNING_MIN_REPEATS}
    if running:
        running -= _formulas(texts, running, counts)
    title = _repeated_title(texts)
    if not running and title is None:
        return texts
    out, seen_title = [], False
    for text in texts:
        lines = []
        for ln in text.split("\n"):
            key = _running_key(ln)
            if key == title:  # the paper's own title line heads every page: keep the first
                lines.append("" if seen_title else ln)
                seen_title = True
            else:
                lines.append("" if key in running else ln)
        out.append("\n".join(lines))
    return out


def _formulas(texts: list[str], running: set[str], counts: dict[str, int]) -> set[str]:
    """Of the repeated lines, the ones a sentence runs on from every time, into a line that is not
    repeated itself: a formula the minutes repeat ("The Committee considered a report of the
    Director of X" / "(copy attached ...) which ..."), where a page's header or footer (wrapped
    or not) is followed by whatever the page holds."""
    every: dict[str, int] = {}  # every line's count, short ones too: a footer's wrapped tail
    for text in texts:
        for line in text.split("\n"):
            key = _running_key(line)
            every[key] = every.get(key, 0) + 1
    goes_on: dict[str, int] = {}
    for text in texts:
        lines = text.split("\n")
        # on pages, a line at a page's top or foot is its furniture, whatever follows it (a
        # sentence the page break cut goes on below a header)
        filled = [k for k, ln in enumerate(lines) if ln.strip()]
        edge = set(filled[:3] + filled[-3:]) if len(texts) > 1 else set()
        for k, (line, below) in enumerate(zip(lines, lines[1:])):
            key = _running_key(line)
            if key in running and k not in edge and _GOES_ON.match(below) and every[_running_key(below)] < RUNNING_MIN_REPEATS:
                goes_on[key] = goes_on.get(key, 0) + 1
    return {k for k, n in goes_on.items() if n >= counts[k]}


_GOES_ON = re.compile(r"^\s*(?:[a-z]|\((?-i:[a-z]))")


def _repeated_title(texts: list[str]) -> Optional[str]:
    """The first line of the paper ("GLENMORVIE COUNCIL") when it comes back, the same, at the top
    of the pages: short, no sentence, three times or more."""
    first = next((ln for text in texts for ln in text.split("\n") if ln.strip()), "")
    key = _running_key(first)
    if not key or len(key.split()) > 8 or key.endswith((".", "?", "!", ":")):
        return None
    n = sum(1 for text in texts for ln in text.split("\n") if _running_key(ln) == key)
    return key if n >= RUNNING_MIN_REPEATS else None


def _running_key(line: str) -> str:
    """A line with its numbers blanked: a running header's page number changes from page to page."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _drop_page_number_lines(page: str) -> str:
    """Drop a bare page number as the first or last non-blank line of a page."""
    lines = page.split("\n", 3)[:3]  # only the head is looked at: cheap on huge pages
    head_end = 0
    for line in lines:
        if line.strip() == "":
            head_end += len(line) + 1
            continue
        if _PAGE_NUMBER_LINE.match(line.strip()):
            page = page[head_end + len(line) + 1:] if head_end + len(line) < len(page) else ""
        break
    tail = page.rstrip("\n")
    cut = tail.rfind("\n")
    last = tail[cut + 1:]
    if _PAGE_NUMBER_LINE.match(last.strip()):
        page = tail[: max(cut, 0)]
    return page.strip("\n")


_RE_PAGE_END_HYPHEN = re.compile(rf"(\w*[{_LOWER}])-$")
_RE_PAGE_START_WORD = re.compile(rf"[{_LOWER}]\w*")


def _page_separator(prev: str, nxt: str, compounds: set[str]) -> tuple[str, str]:
    """How two pages meet: a paragraph break, or a sentence (or word) running on.

    Returns the possibly shortened previous page (a dropped wrap hyphen) and the separator.
    """
    if not prev or not nxt:
        return prev, "\n\n"
    start_word = _RE_PAGE_START_WORD.match(nxt)
    end_hyphen = _RE_PAGE_END_HYPHEN.search(prev[-80:])
    if start_word and end_hyphen:
        if _keep_hyphen(end_hyphen.group(1), start_word.group(0), compounds):
            return prev, ""
        return prev[:-1], ""
    return prev, "\n" if _runs_on(prev[-12:], nxt[:1]) else "\n\n"


def join_pages(pages: Sequence[str] | Iterable[str]) -> tuple[str, list[tuple[int, int]]]:
    """Normalise each page, drop page-number lines at page edges, and join the pages.

    Returns the text and, per page, its ``(start, end)`` character range in that text (pages
    are joined by a blank line, a newline when a sentence runs on, or nothing when a hyphenated
    word does; the separator belongs to no page).
    """
    cleaned = drop_running_lines([_drop_page_number_lines(normalise_text(p)) for p in pages])
    compounds = _compounds("\n".join(cleaned)) if len(cleaned) > 1 else set()
    pieces: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    for i, page in enumerate(cleaned):
        if i and pieces:
            prev = pieces[-1]
            prev_new, sep = _page_separator(prev, page, compounds)
            if prev_new != prev:
                pieces[-1] = prev_new
                start, _ = ranges[-1]
                pos = start + len(prev_new)
                ranges[-1] = (start, pos)
            if page and prev_new:
                pieces.append(sep)
                pos += len(sep)
        pieces.append(page)
        ranges.append((pos, pos + len(page)))
        pos += len(page)
    return "".join(pieces), ranges
