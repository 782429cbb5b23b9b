"""Who a council pays: the payees of a schedule of payments, which a parish or town council's
minutes print as a table ("Payee<TAB>Details<TAB>Amount") or as lines ("Invoice from X £ 705.25").

A payee that is an organisation is one of the paper's bodies (a grounds contractor, a hospice given
a donation, the county association of local councils); a person paid (the clerk's salary) is not,
nor a payee that names no one ("Petty cash"). Which payees are organisations is the extractor's
call (`extract._payees`); this module only reads the names and where they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from govgraph.loaders.vocab import BODY_HEADS

__all__ = ["Payee", "find_payees"]


@dataclass(frozen=True)
class Payee:
    name: str  # single spaces, as the paper writes it
    start: int  # where it starts and ends in the document's text: a name wrapped above its row spans
    end: int  # its lines; one wrapped below the row's other cells, its first line


# A schedule's header row: its first cell names the payee column, a later one the amounts.
_HEADER = re.compile(r"^(?:payee|supplier|paid[ \t]+to|recipient|creditor|company|organisation)s?\t.*\t.*$",
                     re.IGNORECASE | re.MULTILINE)
_AMOUNT = re.compile(r"£\s?\d[\d,]*(?:\.\d\d)?\b|\b\d[\d,]*\.\d\d\b")
# "Invoice from Eden Landscapes £ 705.25", "Payment to Westby Print - £65.50", "... for the newsletter £50"
_PROSE = re.compile(r"^[ \t]*(?i:invoice|payment|cheque|bill|donation)s?\s+(?i:from|to)\s+(?P<who>[A-Z][^£\t\n.;]{1,70}?)"
                    r"(?:\s+(?:for|re|in\s+respect\s+of)\b[^£\n.;]*)?[ \t]*(?:[-–:][ \t]*)?£", re.MULTILINE)
_ENDS_IN_HEAD = re.compile(r"\b(?:" + BODY_HEADS + r")$", re.IGNORECASE)
_TOTAL = re.compile(r"^\s*(?:sub-?\s?)?totals?\s*(?::|\t|$)", re.IGNORECASE)  # (not "Total Gas & Power<TAB>...")


def find_payees(text: str) -> list[Payee]:
    """Every payee of the document's payment schedules, in order."""
    out = [Payee(" ".join(m.group("who").split()), m.start("who"), m.start("who") + len(m.group("who").rstrip()))
           for m in _PROSE.finditer(text)] if "£" in text else []
    for header in _HEADER.finditer(text):
        out.extend(_table(text, header.end() + 1))
    return sorted(out, key=lambda p: p.start)


def _table(text: str, pos: int) -> list[Payee]:
    """The payees of a schedule's rows from ``pos``: a row is a line of cells ending in an amount;
    a line of one cell is part of a payee's name wrapped over lines, the row's above when that name
    still lacks its head ("... Village Hall Management" / "Committee"), else the row's below
    ("Westby Association of Local" / "Councils<TAB>Training<TAB>£45.00")."""
    out: list[Payee] = []
    pending: tuple[int, int] | None = None  # a wrapped first line waiting for its row
    for line in re.finditer(r"^.*$", text[pos:], re.MULTILINE):
        s, raw = pos + line.start(), line.group()
        if not raw.strip() or _TOTAL.match(raw):
            break
        if raw.startswith("\t") and "\t" not in raw.strip():
            continue  # "<TAB>(April)": another column's words wrapped
        cells = raw.split("\t")
        if len(cells) >= 2 and _AMOUNT.search(cells[-1] + " " + cells[-2]):
            first = cells[0].strip()
            start = pending[0] if pending else s + raw.find(first) if first else s
            end = s + len(cells[0].rstrip())
            if first or pending:
                out.append(Payee(" ".join(text[start:end].split()), start, end))
            pending = None
        elif "\t" not in raw.strip() and not _AMOUNT.search(raw):
            at = s + len(raw) - len(raw.lstrip())
            if out and not _ENDS_IN_HEAD.search(out[-1].name) and _ENDS_IN_HEAD.search(raw.strip()) and pending is None:
                out[-1] = Payee(f"{out[-1].name} {' '.join(raw.split())}", out[-1].start, out[-1].end)  # (its first line's span)
            elif pending is None:
                pending = (at, s + len(raw.rstrip()))
            else:
                break
        else:
            break
    return out
