"""Deterministic IRIs for individuals, minted from normalised keys under a configurable base.

The same input always gives the same IRI: ``<base><kind>/<slug>``, the slug made from the
normalised key; a long key is cut and given a short hash of the whole key so two keys that share
a prefix never collide.

>>> m = Minter("https://example.org/id/")
>>> m.iri("person", "g a russell")
'https://example.org/id/person/g-a-russell'
>>> m.iri("meeting", "improving lives select commission", "2014-04-30")
'https://example.org/id/meeting/improving-lives-select-commission-2014-04-30'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

DEFAULT_BASE = "https://w3id.org/govgraph/id/"
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # RFC 3987: never in an IRI
MAX_SLUG = 80


def norm_key(text: str) -> str:
    """Lower case, accents and punctuation dropped, "&" = "and", possessive "'s" kept as "s"."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    s = s.lower().replace("&", " and ").replace("'s ", "s ").replace("’s ", "s ")
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def slug(*parts: str) -> str:
    key = "-".join(p for p in (norm_key(x).replace(" ", "-") for x in parts) if p) or "x"
    if len(key) > MAX_SLUG:
        digest = hashlib.sha256(key.encode()).hexdigest()[:10]
        key = key[:MAX_SLUG].rstrip("-") + "-" + digest
    return key


def digest(*parts: object) -> str:
    """A short stable hash of a fact's content (for n-ary fact and evidence IRIs)."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


class Minter:
    def __init__(self, base: str = DEFAULT_BASE):
        if not re.match(r"^[a-z][a-z0-9+.-]*:", base):
            raise ValueError(f"base IRI must be absolute: {base!r}")
        if _NOT_IN_IRI.search(base):
            raise ValueError(f"base IRI may not hold spaces or any of <>\"{{}}|^`\\: {base!r}")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, kind: str, *key: str) -> str:
        return f"{self.base}{kind}/{slug(*key)}"

    def fact(self, kind: str, *content: object) -> str:
        return f"{self.base}{kind}/{digest(*content)}"
