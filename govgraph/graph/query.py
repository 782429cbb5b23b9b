r"""The shipped competency-question queries: list them, bind their parameters, run and format them.

Each query is a ``.rq`` file in ``govgraph/ontology/queries`` (``cq01_...rq`` to ``cq10_...rq``)
whose comment header says what it answers::

    # title: Who reported what to which body, and when?
    # param: body — the body reported to ...; default: any
    # param: from (date) — earliest meeting date, YYYY-MM-DD; default: any
    # column: presenter — ...

The queries are written for a store whose default graph is the union of the named graphs (what
:mod:`govgraph.graph.store` gives); ``GRAPH ?g`` still names a document's own graph.

Parameters enter a query in three ways, all driven by the declared type, never pasted raw:

- **values**: every ``VALUES`` clause whose variables are all ``?param_NAME`` has its single row
  rewritten, each value turned into an RDF term by its declared type (``text``/``string``,
  ``date``, ``integer``, ``boolean``, ``iri``) and escaped;
- **parameter lines**: a line ``#[NAME] pattern`` is a comment in the shipped file and becomes
  ``pattern`` when NAME has a value; a line ``pattern  #[!NAME]`` holds in the shipped file and is
  commented out when NAME has a value (rows a page leaves out, say). This is how a query starts
  from the bound value (the body, the person, the fact) instead of testing every row with
  ``FILTER(!BOUND(?param) || EXISTS {...})``: Oxigraph evaluates patterns in the order they
  are written and cannot push such a filter into an index lookup, so at a million triples
  the difference is milliseconds against seconds;
- **page sizes**: ``{{NAME}}`` inside a parameter line is replaced by the value of the integer
  parameter NAME (``LIMIT {{meetings}}``). An integer parameter of 0 counts as "no value", so
  ``meetings=0`` removes the limit (and a boolean ``false`` is "no value" too).

A parameter left out takes its header default (``any`` = no value: ``UNDEF`` in ``VALUES``,
parameter lines stay comments). The shipped file itself has every parameter line commented
out, so it runs as it is in any SPARQL tool and answers everything (no page limit).

>>> q = load_query("cq02", {"body": 'LSCB" } } #', "date": "2014-05-20"})
>>> [line.strip() for line in q.splitlines() if "VALUES (?param" in line and not line.startswith("#")]
['{ VALUES (?param_body) { ("LSCB\\" } } #") }', 'VALUES (?param_date) { ("2014-05-20"^^<http://www.w3.org/2001/XMLSchema#date>) }', 'VALUES (?param_person ?param_status) { (UNDEF UNDEF) }']
>>> [line.strip() for line in q.splitlines() if "LIMIT" in line]
['LIMIT 20']
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Optional

QUERY_DIR = Path(__file__).resolve().parent.parent / "ontology" / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"

TYPES = ("string", "text", "date", "integer", "boolean", "iri")

_PARAM_LINE = re.compile(
    r"^#\s*param:\s*(?P<name>[A-Za-z_]\w*)\s*(?:\((?P<type>\w+)\))?\s*[—–-]+\s*(?P<meaning>.*?)"
    r"(?:;\s*default:\s*(?P<default>.*?))?\s*$"
)
_COLUMN_LINE = re.compile(r"^#\s*column:\s*(?P<name>\w+)\s*[—–-]+\s*(?P<meaning>.*?)\s*$")
_FIELD_LINE = re.compile(r"^#\s*(?P<key>title|answers|graphs):\s*(?P<text>.*?)\s*$")
# One-row VALUES blocks over parameter variables: the only place parameters enter a query.
_VALUES = re.compile(
    r"VALUES\s*\((?P<vars>(?:\s*\?param_\w+)+)\s*\)\s*\{\s*\((?P<row>[^()]*)\)\s*\}"
)
# Parameter lines: "#[name] pattern" (on when the parameter has a value), "#[!name] pattern"
# (on when it has none); "{{name}}" in them is an integer parameter's value (a page size).
_PARAM_LINE_ON = re.compile(r"^(?P<indent>[ \t]*)#\[(?P<negate>!?)(?P<name>[A-Za-z_]\w*)\] ?(?P<body>.*)$", re.M)
# "pattern  #[!name]": a line that holds in the shipped file and is switched off (commented
# out) when the parameter has a value, e.g. rows outside any page, listed only without a page.
_PARAM_LINE_OFF = re.compile(r"^(?P<body>[ \t]*[^#\s].*?)[ \t]*#\[!(?P<name>[A-Za-z_]\w*)\][ \t]*$", re.M)
_PLACEHOLDER = re.compile(r"\{\{(?P<name>[A-Za-z_]\w*)\}\}")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class QueryError(ValueError):
    """A query that cannot be found, or a parameter that is unknown or not of its type."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # one of TYPES
    meaning: str
    default: Optional[str]  # None: any (no filter)


@dataclass(frozen=True)
class NamedQuery:
    name: str  # "cq01" (the file name up to the first "_")
    file: Path
    title: str
    answers: str = ""
    params: tuple[Param, ...] = ()
    columns: tuple[str, ...] = ()
    pages: tuple[str, ...] = ()  # page-size parameters: integers the text uses as {{name}}

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        known = ", ".join(p.name for p in self.params) or "none"
        raise QueryError(f"{self.name}: unknown parameter {name!r} (parameters: {known})")


@dataclass
class Result:
    """A SELECT answer: column names and rows (dicts keyed by column; None when unbound).

    Values are plain Python: str, with int, float and bool for numeric and boolean literals."""

    vars: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


# --------------------------------------------------------------------------------------------
# Finding and reading queries


def parse_header(text: str, file: Path) -> NamedQuery:
    """The header of a ``.rq`` file: the comment lines before the first non-comment line."""
    fields: dict[str, list[str]] = {}
    params: list[Param] = []
    columns: list[str] = []
    last: Optional[list[str]] = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _FIELD_LINE.match(line)
        if m:
            last = fields.setdefault(m["key"], [])
            last.append(m["text"])
            continue
        m = _PARAM_LINE.match(line)
        if m:
            kind = (m["type"] or "string").lower()
            if kind not in TYPES:
                raise QueryError(f"{file}: parameter {m['name']!r} has unknown type {kind!r}")
            default = (m["default"] or "any").strip()
            params.append(Param(m["name"], kind, m["meaning"].strip(), None if default == "any" else default))
            last = None
            continue
        m = _COLUMN_LINE.match(line)
        if m:
            columns.append(m["name"])
            last = None
            continue
        if last is not None and line.startswith("#  "):  # continuation of title / answers
            last.append(line[1:].strip())
    name = file.stem.split("_", 1)[0]
    title = " ".join(fields.get("title", [])) or name
    used = set(_PLACEHOLDER.findall(text))
    pages = tuple(p.name for p in params if p.type == "integer" and p.name in used)
    return NamedQuery(name, file, title, " ".join(fields.get("answers", [])), tuple(params), tuple(columns), pages)


def list_queries(directory: Path = QUERY_DIR) -> list[NamedQuery]:
    """The shipped queries, in name order.

    >>> [q.name for q in list_queries()][:3]
    ['cq01', 'cq02', 'cq03']
    """
    return [parse_header(f.read_text(encoding="utf-8"), f) for f in sorted(Path(directory).glob("*.rq"))]


def find_query(name_or_path: str | Path, directory: Path = QUERY_DIR) -> NamedQuery:
    """A query by name ("cq01", "cq1", "1", the full file stem) or by the path of a ``.rq`` file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return parse_header(path.read_text(encoding="utf-8"), path)
    wanted = str(name_or_path).strip().lower()
    m = re.fullmatch(r"(?:cq)?0*(\d+)", wanted)
    if m:
        wanted = f"cq{int(m.group(1)):02d}"
    queries = list_queries(directory)
    for q in queries:
        if wanted in (q.name, q.file.stem):
            return q
    names = ", ".join(q.name for q in queries)
    raise QueryError(f"no query named {str(name_or_path)!r} (queries: {names}; or give a .rq file)")


# --------------------------------------------------------------------------------------------
# Binding parameters


MAX_INTEGER_PARAM = 1_000_000_000


def rdf_term(value: Optional[str], kind: str, name: str = "value") -> str:
    r"""``value`` as a SPARQL term of type ``kind``; None gives ``UNDEF``.

    >>> rdf_term('say "hi" }', "text")
    '"say \\"hi\\" }"'
    >>> rdf_term("2014-04-30", "date")
    '"2014-04-30"^^<http://www.w3.org/2001/XMLSchema#date>'
    >>> rdf_term("yes", "boolean"), rdf_term(" 3 ", "integer"), rdf_term(None, "iri")
    ('true', '3', 'UNDEF')
    """
    if value is None:
        return "UNDEF"
    value = str(value)
    if kind in ("string", "text"):
        return _string_literal(value)
    if kind == "date":
        try:
            day = datetime.date.fromisoformat(value.strip())
        except ValueError:
            raise QueryError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from None
        return f'"{day.isoformat()}"^^<{XSD}date>'
    if kind == "integer":
        if not re.fullmatch(r"\s*[+-]?\d+\s*", value):
            raise QueryError(f"{name}: not a whole number: {value!r}")
        number = int(value)
        # Integer parameters are page sizes and thresholds: a count, never negative.
        if not 0 <= number <= MAX_INTEGER_PARAM:
            raise QueryError(f"{name}: must be a whole number from 0 to {MAX_INTEGER_PARAM:,}: {value!r}")
        return str(number)
    if kind == "boolean":
        v = value.strip().lower()
        if v in ("true", "yes", "1", "on"):
            return "true"
        if v in ("false", "no", "0", "off"):
            return "false"
        raise QueryError(f"{name}: not true or false: {value!r}")
    if kind == "iri":
        v = value.strip()
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", v) or _IRI_FORBIDDEN.search(v):
            raise QueryError(f"{name}: not an absolute IRI: {value!r}")
        return f"<{v}>"
    raise QueryError(f"{name}: unknown parameter type {kind!r}")


def _string_literal(value: str) -> str:
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def bind_params(query: NamedQuery, text: str, params: Mapping[str, Optional[str]]) -> str:
    """``text`` with every parameter VALUES row rewritten from ``params`` over the defaults, and
    the parameter lines of parameters that have a value switched on."""
    for key in params:
        query.param(key)  # unknown names are errors, not silently ignored
    values = {p.name: (params[p.name] if p.name in params else p.default) for p in query.params}
    terms = {n: rdf_term(v, query.param(n).type, n) for n, v in values.items()}

    def row(match: re.Match) -> str:
        names = [v[len("?param_"):] for v in match["vars"].split()]
        for n in names:
            query.param(n)
        return f"VALUES ({' '.join('?param_' + n for n in names)}) {{ ({' '.join(terms[n] for n in names)}) }}"

    def active(name: str) -> bool:
        query.param(name)  # a parameter line naming an undeclared parameter is a bug in the file
        return terms[name] not in ("UNDEF", "0", "false")

    def line(match: re.Match) -> str:
        on = active(match["name"]) != bool(match["negate"])
        if not on:
            return match[0]
        return match["indent"] + _PLACEHOLDER.sub(lambda m: _page_size(query, m["name"], terms), match["body"])

    def unless(match: re.Match) -> str:
        return "#" + match[0] if active(match["name"]) else match[0]

    return _PARAM_LINE_OFF.sub(unless, _PARAM_LINE_ON.sub(line, _VALUES.sub(row, text)))


def _page_size(query: NamedQuery, name: str, terms: Mapping[str, str]) -> str:
    if query.param(name).type != "integer":
        raise QueryError(f"{query.name}: {{{{{name}}}}} must name an integer parameter")
    return terms[name]


def page_note(name_or_path: str | Path, params: Optional[Mapping[str, Optional[str]]] = None) -> str:
    """One line saying which page a shipped query answers when a page parameter (an integer
    used as ``{{name}}``) was left at its default, so a user knows there may be more; "" when
    the query has no page or the caller chose one.

    >>> page_note("cq02")
    'cq02 answers a page: the latest 20 meetings recorded that match, oldest first (--param meetings=0 for all)'
    >>> page_note("cq02", {"meetings": "5"}), page_note("cq04")
    ('', '')
    """
    query = find_query(name_or_path)
    given = dict(params or {})
    for p in map(query.param, query.pages):
        if p.default not in (None, "0") and p.name not in given:
            what = re.sub(r"\s*\([^()]*\)", "", re.sub(r"^a page:\s*", "", p.meaning)).split(";")[0]
            what = what.replace("this many", p.default)
            return f"{query.name} answers a page: {what} (--param {p.name}=0 for all)"
    return ""


def load_query(name_or_path: str | Path, params: Optional[Mapping[str, Optional[str]]] = None) -> str:
    """The SPARQL text of a query with ``params`` bound (name -> value as text; None or a
    missing name takes the default)."""
    query = find_query(name_or_path)
    return bind_params(query, query.file.read_text(encoding="utf-8"), dict(params or {}))


# --------------------------------------------------------------------------------------------
# Running and formatting


def run_query(store, sparql: str) -> Result:
    """Run ``sparql`` (a SELECT) on ``store`` and return a :class:`Result`.

    ``store`` is a govgraph store (``.query(sparql)`` giving ``.vars`` and ``.rows``, with typed
    ``.bindings`` when it has them), or a bare ``pyoxigraph.Store`` (queried with the union of
    its named graphs as the default graph)."""
    try:
        import pyoxigraph as ox
    except ImportError:  # pragma: no cover
        ox = None
    if ox is not None and isinstance(store, ox.Store):
        answer = store.query(sparql, use_default_graph_as_union=True)
        names = [v.value for v in answer.variables]
        rows = [{n: _plain(sol[n]) for n in names} for sol in answer]
        return Result(names, rows)
    answer = store.query(sparql)
    names = [str(v) for v in getattr(answer, "vars", [])]
    bindings = getattr(answer, "bindings", None)
    if bindings is not None and all(isinstance(b, Mapping) for b in bindings):
        rows = [{n: _plain(b.get(n)) for n in names} for b in bindings]
    else:
        rows = [{n: _plain(r.get(n)) for n in names} for r in answer.rows]
    return Result(names, rows)


_NUMERIC = {"integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
            "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
            "unsignedByte"}


def _plain(term) -> Any:
    """A result value as plain Python (str; int, float, bool for numbers and booleans)."""
    if term is None or isinstance(term, (bool, int, float)):
        return term
    value = getattr(term, "value", None)
    datatype = getattr(term, "datatype", None)
    if value is None:  # rdflib terms are str subclasses
        value = str(term)
    if datatype is not None:
        datatype = getattr(datatype, "value", datatype)
        local = str(datatype).rsplit("#", 1)[-1] if str(datatype).startswith(XSD) else ""
        try:
            if local in _NUMERIC:
                return int(value)
            if local in ("decimal", "double", "float"):
                return float(value)
            if local == "boolean":
                return value.strip() in ("true", "1")
        except ValueError:
            return str(value)
    kind = getattr(term, "kind", None)
    if kind == "triple" and hasattr(term, "lexical"):
        return term.lexical()
    return str(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def format_table(result: Result, max_width: int = 60) -> str:
    """An aligned text table (cells cut to ``max_width`` characters), then the row count.

    >>> print(format_table(Result(["a", "b"], [{"a": "x", "b": 1}, {"a": None, "b": 22}])))
    a  b
    -  --
    x  1
       22
    (2 rows)
    """
    def cut(text: str) -> str:
        text = re.sub(r"\s+", " ", text)
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    header = list(result.vars)
    body = [[cut(_cell(row.get(v))) for v in header] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(),
             "  ".join("-" * w for w in widths).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
    n = len(result.rows)
    lines.append(f"({n} row{'' if n == 1 else 's'})")
    return "\n".join(lines)


def format_csv(result: Result) -> str:
    r"""CSV with a header row (unbound values as empty cells).

    >>> format_csv(Result(["a", "b"], [{"a": "x, y", "b": None}]))
    'a,b\n"x, y",\n'
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_cell(row.get(v)) for v in result.vars])
    return buf.getvalue()


def format_json(result: Result) -> str:
    r"""A JSON list of objects keyed by column name (unbound as null; numbers as numbers).

    >>> format_json(Result(["a", "n"], [{"a": "x", "n": 2}]))
    '[\n  {\n    "a": "x",\n    "n": 2\n  }\n]'
    """
    return json.dumps([{v: row.get(v) for v in result.vars} for row in result.rows], ensure_ascii=False, indent=2)


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}


def answer(store, name_or_path: str | Path, params: Optional[Mapping[str, Optional[str]]] = None) -> Result:
    """Load a query, bind ``params`` and run it on ``store``."""
    return run_query(store, load_query(name_or_path, params))


__all__: Iterable[str] = [
    "NamedQuery", "Param", "Result", "QueryError", "list_queries", "find_query", "load_query",
    "bind_params", "rdf_term", "run_query", "format_table", "format_csv", "format_json", "answer",
    "FORMATTERS", "QUERY_DIR",
]
