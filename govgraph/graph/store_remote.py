"""A SPARQL 1.1 server as govgraph's store: ``govgraph ... --store URL``.

``URL`` is the server's query endpoint. Writes go through the Graph Store Protocol (one
``PUT ?graph=IRI`` per document graph, ``DELETE`` to drop one) or, when no graph-store endpoint is
known, through SPARQL Update (``DROP SILENT GRAPH`` then ``INSERT DATA``, in one request). The
update and graph-store endpoints default to the usual siblings of the query endpoint:

==========================  ===============================  ===============================
query endpoint              update                           graph store
==========================  ===============================  ===============================
Oxigraph ``/query``         ``/update``                      ``/store``
Fuseki ``/DS/query``        ``/DS/update``                   ``/DS/data``
  (or ``/DS/sparql``)
GraphDB ``/repositories/R`` ``/repositories/R/statements``   ``/repositories/R/rdf-graphs/service``
anything else               the query endpoint itself        none (SPARQL Update is used)
==========================  ===============================  ===============================

and ``update_url`` / ``gsp_url`` (``--update-url`` / ``--gsp-url``) override them (``gsp_url=""``:
write through SPARQL Update only).

Union default graph. govgraph's queries read the union of the document graphs as their default
graph, as the embedded store does. Servers differ here, and an Oxigraph server started without
``--union-default-graph`` answers ``{ ?s ?p ?o }`` from its (empty) default graph only. So, for
a query that names no dataset of its own (no ``FROM`` / ``FROM NAMED``):

- Oxigraph (recognised by its ``/query`` endpoint): the request carries Oxigraph's
  ``union-default-graph`` parameter; no server option is needed.
- any other server: the request carries the standard protocol dataset, ``default-graph-uri`` and
  ``named-graph-uri`` for every named graph (listed first with one query), which SPARQL 1.1
  Protocol defines as exactly that union, with every graph still reachable by ``GRAPH ?g``.

``union_default_graph=False`` sends queries as they are (the server's own default graph).

Only the standard library talks HTTP here; ``timeout`` bounds each request (connect and each
read), and a server's error answer becomes a :class:`StoreError` carrying its message.

>>> RemoteStore("http://127.0.0.1:7878/query").endpoints()
{'query': 'http://127.0.0.1:7878/query', 'update': 'http://127.0.0.1:7878/update', 'gsp': 'http://127.0.0.1:7878/store', 'dialect': 'oxigraph'}
>>> RemoteStore("http://localhost:3030/ds/query").endpoints()["gsp"]
'http://localhost:3030/ds/data'
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterable, Optional, Union

import pyoxigraph as ox

from govgraph.graph.store import (
    QueryResult, QuerySyntaxError, StoreError, check_iri, rdf_format,
    result_from_json, states_dataset, to_ntriples, trig_graphs, triples_result,
)

ACCEPT_QUERY = ("application/sparql-results+json, "
                "application/n-triples;q=0.9, text/turtle;q=0.8")
USER_AGENT = "govgraph-store (+SPARQL 1.1 Protocol)"
MAX_ERROR_TEXT = 500


def sibling_endpoints(query_url: str) -> tuple[str, Optional[str], Optional[str]]:
    """(dialect, update URL, graph-store URL) guessed from a query endpoint's URL.

    >>> sibling_endpoints("http://h:3030/ds/sparql")
    ('fuseki', 'http://h:3030/ds/update', 'http://h:3030/ds/data')
    >>> sibling_endpoints("http://h:7200/repositories/gov")[2]
    'http://h:7200/repositories/gov/rdf-graphs/service'
    >>> sibling_endpoints("http://h:8890/sparql")
    ('generic', 'http://h:8890/sparql', None)
    """
    parts = urllib.parse.urlsplit(query_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise StoreError(f"--store {query_url!r}: not an http(s) URL of a SPARQL query endpoint")
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    if path == "/query":
        return "oxigraph", at("/update"), at("/store")
    match = re.fullmatch(r"(/[^/]+(?:/[^/]+)*)/(query|sparql)", path)
    if match:
        base = match.group(1)
        return "fuseki", at(base + "/update"), at(base + "/data")
    match = re.fullmatch(r"(.*/repositories/[^/]+)", path)
    if match:
        base = match.group(1)
        return "graphdb", at(base + "/statements"), at(base + "/rdf-graphs/service")
    return "generic", query_url, None


class RemoteStore:
    """A SPARQL 1.1 server reached over HTTP (see the module text for the endpoints)."""

    def __init__(
        self, query_url: str, update_url: Optional[str] = None, gsp_url: Optional[str] = None,
        timeout: float = 60.0, *, union_default_graph: bool = True, dialect: Optional[str] = None,
    ):
        guessed, update_guess, gsp_guess = sibling_endpoints(query_url)
        self.query_url = query_url
        self.dialect = dialect or guessed
        self.update_url = update_url or update_guess
        self.gsp_url = gsp_guess if gsp_url is None else (gsp_url or None)  # "": no GSP
        self.timeout = timeout
        self.union_default_graph = union_default_graph

    def endpoints(self) -> dict:
        return {"query": self.query_url, "update": self.update_url, "gsp": self.gsp_url,
                "dialect": self.dialect}

    # -- HTTP

    def _request(self, method: str, url: str, *, data: Optional[bytes] = None,
                 headers: Optional[dict] = None, ok_missing: bool = False,
                 timeout: Optional[float] = None) -> tuple[str, bytes]:
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("User-Agent", USER_AGENT)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=timeout or self.timeout) as response:
                return response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as err:
            if ok_missing and err.code == 404:
                return "", b""
            body = err.read()[:MAX_ERROR_TEXT].decode("utf-8", "replace").strip()
            message = f"{method} {url}: HTTP {err.code} {err.reason}" + (f": {body}" if body else "")
            if err.code == 400 and url == self.query_url:
                raise QuerySyntaxError(message) from None
            raise StoreError(message) from None
        except urllib.error.URLError as err:
            raise StoreError(f"{method} {url}: cannot reach the server: {err.reason}") from None
        except (TimeoutError, OSError) as err:
            raise StoreError(f"{method} {url}: {err}") from None

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update on the server's update endpoint."""
        if not self.update_url:
            raise StoreError("no SPARQL Update endpoint (give --update-url)")
        self._request("POST", self.update_url, data=sparql_update.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update; charset=utf-8"})

    def _gsp_target(self, iri: Optional[str]) -> str:
        sep = "&" if "?" in self.gsp_url else "?"
        if iri is None:
            return f"{self.gsp_url}{sep}default"
        return f"{self.gsp_url}{sep}graph={urllib.parse.quote(iri, safe='')}"

    # -- the interface

    def replace_graph(self, iri: str, data: Union[bytes, str], fmt: str = "turtle") -> None:
        check_iri(iri)
        if self.gsp_url:
            rformat, media_type = rdf_format(fmt)
            body = data.encode("utf-8") if isinstance(data, str) else bytes(data)
            if rformat.supports_datasets:  # a graph store takes a graph: N-Quads/TriG as N-Triples
                body, media_type = to_ntriples(body, fmt), "application/n-triples"
            self._request("PUT", self._gsp_target(iri), data=body,
                          headers={"Content-Type": f"{media_type}; charset=utf-8"})
            return
        nt = to_ntriples(data, fmt).decode("utf-8")
        self.update(f"DROP SILENT GRAPH <{iri}> ;\nINSERT DATA {{ GRAPH <{iri}> {{\n{nt}}} }}")

    def drop_graph(self, iri: str) -> None:
        check_iri(iri)
        if self.gsp_url:
            self._request("DELETE", self._gsp_target(iri), ok_missing=True)
        else:
            self.update(f"DROP SILENT GRAPH <{iri}>")

    def graphs(self) -> list[str]:
        result = self._query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", {})
        return sorted(row["g"] for row in result.rows if row.get("g") and ":" in row["g"])

    def query(
        self, sparql: str, *, limit: Optional[int] = None, union: Optional[bool] = None,
        default_graphs: Optional[Iterable[str]] = None, named_graphs: Optional[Iterable[str]] = None,
        timeout: Optional[float] = None,
    ) -> QueryResult:
        """Answer ``sparql`` on the server (``timeout``: this request's, in place of the store's)."""
        params: dict[str, list[str]] = {}
        default_graphs = list(default_graphs or ())
        named_graphs = list(named_graphs or ())
        union = self.union_default_graph if union is None else union
        if default_graphs or named_graphs:
            params["default-graph-uri"] = default_graphs
            params["named-graph-uri"] = named_graphs
        elif union and not states_dataset(sparql):
            if self.dialect == "oxigraph":
                params["union-default-graph"] = [""]
            else:
                every = self.graphs()
                if every:
                    params["default-graph-uri"] = every
                    params["named-graph-uri"] = every
        return self._query(sparql, params, limit=limit, timeout=timeout)

    def _query(self, sparql: str, params: dict, limit: Optional[int] = None,
               timeout: Optional[float] = None) -> QueryResult:
        form = [("query", sparql)] + [(k, v) for k, values in params.items() for v in values]
        body = urllib.parse.urlencode(form).encode("ascii")
        content_type, payload = self._request(
            "POST", self.query_url, data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": ACCEPT_QUERY},
            timeout=timeout)
        media = content_type.split(";")[0].strip().lower()
        if media in ("application/sparql-results+json", "application/json"):
            try:
                data = json.loads(payload)
            except ValueError as err:
                raise StoreError(f"{self.query_url}: bad SPARQL JSON results: {err}") from None
            return result_from_json(data, limit)
        try:
            rformat, _ = rdf_format(media or "text/turtle")
        except StoreError:
            raise StoreError(f"{self.query_url}: unexpected result type {content_type!r}") from None
        try:
            return triples_result(ox.parse(payload, format=rformat), limit)
        except (SyntaxError, ValueError) as err:
            raise StoreError(f"{self.query_url}: bad {media} result: {err}") from None

    def load_trig(self, path: Path, *, prune: bool = False) -> list[str]:
        """Push a TriG file one graph at a time (a PUT per named graph replaces that graph;
        default-graph triples replace the server's default graph). ``prune=True`` then drops
        the server's named graphs that the file does not hold (only for a server that holds
        this corpus alone). Returns the named graphs pushed."""
        path = Path(path)
        names = []
        for name, triples in trig_graphs(path).items():
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            if name is None:
                if self.gsp_url:
                    self._request("PUT", self._gsp_target(None), data=data,
                                  headers={"Content-Type": "application/n-triples"})
                else:
                    self.update("DROP SILENT DEFAULT ;\nINSERT DATA {\n" + data.decode("utf-8") + "}")
                continue
            self.replace_graph(name, data, "ntriples")
            names.append(name)
        if prune:
            keep = set(names)
            for name in self.graphs():
                if name not in keep:
                    self.drop_graph(name)
        return names

    def describe(self) -> str:
        """One line for messages: which store this is."""
        return f"SPARQL server {self.query_url} ({self.dialect})"

    def close(self) -> None:
        pass

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
