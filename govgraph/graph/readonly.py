"""What the read-only endpoint will run: a query, decided from its parse, never from keywords.

A keyword scan cannot follow SPARQL's grammar (a ``#`` comment ends at ``\\r`` as well as
``\\n``; prefixed names may hold escapes such as ``ex:a\\#b``), so it can be made to miss a
``SERVICE`` that the engine then runs. Here the query is parsed with a real SPARQL parser
(rdflib's) and refused unless it parses as a query whose tree has no ``SERVICE`` at any depth;
updates (``LOAD`` included) are refused as updates. Before parsing, line ends are made one
character (``\\n``), and the text that was checked is the text that runs, so both parsers see
the same comments. A query the checker cannot parse is refused even if the engine could run it.

The engine's own network access is closed separately (:mod:`govgraph.graph.sandbox`): this
check is the first wall, not the only one.

>>> check_query("SELECT * { ?s ?p ?o }")
'SELECT * { ?s ?p ?o }'
>>> check_query("SELECT * { # x\\rSERVICE <http://127.0.0.1:9/s> { ?s ?p ?o } }")
Traceback (most recent call last):
...
govgraph.graph.readonly.QueryRefused: 403: SERVICE is not allowed: this endpoint does not call other endpoints (federated queries are refused)
"""

from __future__ import annotations

import re

from pyparsing import ParseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

__all__ = ["QueryRefused", "check_query"]

# Parse-tree node names that reach outside the store.
_OUTBOUND = {"ServiceGraphPattern"}
_LINE_ENDS = re.compile(r"\r\n?")


class QueryRefused(Exception):
    """A query the endpoint will not run: ``status`` (400 or 403) and a one-line reason."""

    def __init__(self, status: int, message: str):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


def check_query(sparql: str) -> str:
    """The query text to run (line ends normalised), or :class:`QueryRefused`."""
    text = _LINE_ENDS.sub("\n", sparql)
    try:
        tree = parseQuery(text)
    except ParseException as err:
        if _is_update(text):
            raise QueryRefused(403, "this endpoint is read-only: SPARQL Update (LOAD included) "
                                    "is not accepted") from None
        raise QueryRefused(400, f"the query does not parse: {err}") from None
    except RecursionError:
        raise QueryRefused(400, "the query is nested too deeply to check") from None
    if _reaches_out(tree):
        raise QueryRefused(403, "SERVICE is not allowed: this endpoint does not call other "
                                "endpoints (federated queries are refused)")
    return text


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except (ParseException, RecursionError):
        return False
    return True


def _reaches_out(node: object) -> bool:
    """Does any node of the parse tree, at any depth, call out of the store?"""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name in _OUTBOUND:
                return True
            stack.extend(item.values())
        elif isinstance(item, (ParseResults, list, tuple)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
    return False
