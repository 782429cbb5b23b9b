"""Dates as committee papers write them, to ISO ``YYYY-MM-DD``.

Handles "Tuesday 12 September 2023", "3rd February, 2016", "Wednesday, 11th June, 2014",
"23rd March" (year from context), "March 11th, 2025", "04/03/2025" (UK day/month order),
"2025-03-04" and "12th September 2023". Ordinal suffixes may arrive split by PDF
conversion ("23 rd").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterator, Optional

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAYNAME = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# An ordinal suffix, split off by PDF conversion ("23 rd") or misread by OCR as one or two
# marks ("2™", "7\"").
_ORD = r"(?:\s?(?:st|nd|rd|th)|[^\w\s,.]{1,2})?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DAY_MONTH = re.compile(
    _DAYNAME + r"(?:the\s+)?(?P<day>[0-3]?\d)" + _ORD + r"(?:\s+of)?\s+" + _MONTH + r"(?:,?\s+" + _YEAR + r")?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    _DAYNAME + _MONTH + r"\s+(?P<day>[0-3]?\d)" + _ORD + r"(?:,?\s+" + _YEAR + r")?\b", re.IGNORECASE
)
_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<month>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: Optional[str]  # None when the year is not stated and no default was given
    month: int
    day: int
    year: Optional[int]  # as written


def _valid(y: int, m: int, d: int) -> Optional[str]:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_dates(text: str, default_year: Optional[int] = None) -> list[DateMention]:
    """All dates in ``text``, in order, without overlaps; a missing year takes ``default_year``."""
    found: list[DateMention] = []
    for rx in (_ISO, _NUMERIC, _DAY_MONTH, _MONTH_DAY):
        for m in rx.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            month_raw = m.group("month")
            month = int(month_raw) if month_raw.isdigit() else MONTHS[month_raw.lower().rstrip(".")]
            day = int(m.group("day"))
            year_raw = m.group("year")
            year = None
            if year_raw:
                year = int(year_raw) if len(year_raw) == 4 else 2000 + int(year_raw)
            y = year if year is not None else default_year
            iso = _valid(y, month, day) if y is not None else None
            if y is not None and iso is None:
                continue  # "31 February": not a date
            if rx is _MONTH_DAY and month_raw.lower() in ("may", "mar") and not year_raw:
                continue  # "may 5" is too often a verb or noise without a year
            found.append(DateMention(m.start(), m.end(), iso, month, day, year))
    found.sort(key=lambda d: d.start)
    return found


def first_date(text: str, default_year: Optional[int] = None) -> Optional[DateMention]:
    for d in find_dates(text, default_year):
        if d.iso:
            return d
    return None


def iter_years(text: str) -> Iterator[int]:
    for m in re.finditer(r"\b(19|20)\d\d\b", text):
        yield int(m.group(0))
