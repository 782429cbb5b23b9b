"""No rule of the loaders was written from one sentence of the development corpus.

A string constant in ``govgraph/loaders/`` (a pattern, a word list, a gazetteer entry) may hold a
word of the genre or of general English; a word that occurs in ``../shared/corpus/`` and in none
of the dev papers of other authorities (``../shared/dev/papers/``) nor in a general English word
list can only have come from the corpus, and fails this test.
"""

from __future__ import annotations

import ast
import os
import re
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVGRAPH_SHARED", ROOT.parent / "shared"))
LOADERS = ROOT / "govgraph" / "loaders"
WORD = re.compile(r"[A-Za-z][a-z]{2,}|[A-Z]{3,}")

needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir() or not (SHARED / "dev" / "papers").is_dir(),
                                  reason="../shared (corpus and dev papers) is not beside the checkout")


def constant_words(path: Path) -> dict[str, int]:
    """Every word of every string constant of a module (docstrings aside), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                  and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
    words: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            for w in WORD.findall(node.value):
                words.setdefault(w.lower(), node.lineno)
    return words


def is_english(word: str, words: set[str]) -> bool:
    """In the word list as it is, or once a plural or verb ending is taken off."""
    stems = [word] + [word[: -len(end)] + add for end, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                                                                  ("ing", "e")) if word.endswith(end)]
    return any(s in words for s in stems)


def text_words(paths) -> set[str]:
    from govgraph.loaders.read import ReadError, read_document

    out: set[str] = set()
    for p in paths:
        try:
            out.update(w.lower() for w in WORD.findall(read_document(p).text))
        except ReadError:
            continue
    return out


@lru_cache(maxsize=1)
def english() -> set[str]:
    from english_words import get_english_words_set

    return get_english_words_set(["web2", "gcide"], lower=True)


@needs_shared
def test_no_loader_constant_holds_a_word_only_the_corpus_has():
    corpus = text_words(sorted((SHARED / "corpus").glob("*.txt")))
    dev = text_words(sorted((SHARED / "dev" / "papers").iterdir()))
    words = english()
    found = []
    for module in sorted(LOADERS.glob("*.py")):
        for w, line in constant_words(module).items():
            if w in corpus and w not in dev and not is_english(w, words):
                found.append(f"{module.name}:{line}: {w}")
    assert not found, "words only the development corpus has:\n" + "\n".join(found)


def test_the_check_sees_a_planted_word(tmp_path):
    """The scan reads patterns inside string constants, not docstrings or comments."""
    module = tmp_path / "m.py"
    module.write_text('"""A docstring that names Elsewhereshire."""\nRX = r"\\b(?:committee|exampleshire)\\b"  # Otherplace\n')
    words = constant_words(module)
    assert words["exampleshire"] == 2
    assert "elsewhereshire" not in words and "otherplace" not in words
