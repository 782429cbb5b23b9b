#!/usr/bin/env python3
"""Extraction speed on the reference corpus, on one core, against spaCy's bare tokenizer.

usage: python benchmarks/bench_extract.py [--seconds 3] [--json]

Reads every document of ``../shared/corpus`` (beside the repository; ``GOVGRAPH_SHARED`` names
another shared folder), then runs rounds of (a) govgraph's full ``extract_document`` over the whole
corpus and (b) ``spacy.blank("en")``'s tokenizer over it three times, until at least twice
``--seconds`` have passed (five rounds at least), timing each in the process's CPU time. The ratio
quoted is the median of the rounds' ratios: on a shared machine whose speed drifts, two speeds
measured a second apart compare fairly where totals taken minutes apart do not.
Words are the whitespace-separated tokens of ``Document.text``. Reading the files and building
the pipeline happen before the clocks start; their times are reported apart.
"""

from __future__ import annotations

import os

# One core, including any thread pools a library would start (set before they are imported).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import importlib  # noqa: E402
import pkgutil  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable, Sequence  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    return Path(os.environ.get("GOVGRAPH_SHARED") or REPO.parent / "shared")


def corpus_files(corpus: Path, suffixes: Sequence[str]) -> list[Path]:
    """The corpus documents: supported suffixes, not the folder's README, not hidden."""
    return sorted(
        p for p in corpus.iterdir()
        if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith(".")
        and not p.stem.upper().startswith("README")
    )


def pin_one_core() -> str:
    """Run on a single CPU; returns which, or why not."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"cpu {cpu}"


def govgraph_text_caches() -> list:
    """The loaders' caches keyed by text (an lru_cache of more than one entry); the caches of
    one object per process (the pipeline, the topic tagger, the names list) are kept."""
    import govgraph.loaders as loaders

    caches = []
    for info in pkgutil.iter_modules(loaders.__path__):
        module = importlib.import_module(f"govgraph.loaders.{info.name}")
        for value in vars(module).values():
            params = getattr(value, "cache_parameters", None)
            if params and (params()["maxsize"] or 0) > 1 and value.__module__ == module.__name__:
                caches.append(value)
    return caches


TOKENIZER_PASSES = 3  # a tokenizer pass takes a fifth of an extraction pass or less


def interleaved_rounds(extract: Callable[[], None], tokenize: Callable[[], None],
                       min_seconds: float) -> list[tuple[float, float]]:
    """(extraction seconds, tokenizer seconds) of each round, in CPU time of this process (a
    shared machine's steal time is not ours), rounds repeated until ``min_seconds`` have passed."""
    rounds: list[tuple[float, float]] = []
    start = time.perf_counter()
    while not rounds or time.perf_counter() - start < min_seconds or len(rounds) < 5:
        t0 = time.process_time()
        extract()
        t1 = time.process_time()
        for _ in range(TOKENIZER_PASSES):
            tokenize()
        rounds.append((t1 - t0, time.process_time() - t1))
    return rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time per measurement (default 3)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = parser.parse_args(argv)

    corpus = shared_dir() / "corpus"
    if not corpus.is_dir():
        print(f"bench_extract: corpus folder not found: {corpus} (set GOVGRAPH_SHARED to the folder "
              "that holds corpus/)", file=sys.stderr)
        return 2

    core = pin_one_core()

    import spacy

    from govgraph.loaders.extract import extract_document
    from govgraph.loaders.read import SUPPORTED_SUFFIXES, read_document

    files = corpus_files(corpus, SUPPORTED_SUFFIXES)
    if not files:
        print(f"bench_extract: no documents in {corpus}", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    documents = [read_document(p) for p in files]
    read_s = time.perf_counter() - t0
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)

    tokenizer = spacy.blank("en").tokenizer

    def tokenize_all() -> None:
        for text in texts:
            tokenizer(text)

    text_caches = govgraph_text_caches()

    def extract_all() -> None:
        # Every pass reads the corpus as if for the first time: the per-text caches (line labels,
        # sentence spans, name keys) would otherwise answer later passes from the first.
        for cache in text_caches:
            cache.cache_clear()
        for document in documents:
            extract_document(document)

    # Warm-up pass: builds the pipeline (cached per process) and fills spaCy's caches.
    t0 = time.perf_counter()
    extract_all()
    warmup_s = time.perf_counter() - t0
    tokenize_all()

    rounds = interleaved_rounds(extract_all, tokenize_all, 2 * args.seconds)
    ext_passes, ext_s = len(rounds), sum(e for e, _ in rounds)
    tok_passes, tok_s = TOKENIZER_PASSES * len(rounds), sum(t for _, t in rounds)
    # each round's two speeds were measured within the same second or so: their ratio holds when
    # a shared machine's speed drifts between rounds, which the totals do not
    ratios = sorted((t / TOKENIZER_PASSES) / e for e, t in rounds)
    ratio = statistics.median(ratios)

    ndocs = len(documents)
    figures = {
        "corpus": str(corpus),
        "documents": ndocs,
        "words": words,
        "core": core,
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "read_s": round(read_s, 4),
        "first_pass_s": round(warmup_s, 4),
        "tokenizer": {
            "passes": tok_passes, "seconds": round(tok_s, 3),
            "words_per_s": round(words * tok_passes / tok_s),
            "ms_per_doc": round(1000 * tok_s / (tok_passes * ndocs), 3),
        },
        "extract": {
            "passes": ext_passes, "seconds": round(ext_s, 3),
            "words_per_s": round(words * ext_passes / ext_s),
            "ms_per_doc": round(1000 * ext_s / (ext_passes * ndocs), 3),
        },
        "ratio_median": round(ratio, 4),
        "ratio_quartiles": [round(ratios[len(ratios) // 4], 4), round(ratios[(3 * len(ratios)) // 4], 4)],
    }
    tok, ext = figures["tokenizer"], figures["extract"]
    print(f"corpus: {ndocs} documents, {words:,} words ({corpus}); one core: {core}; "
          f"spaCy {spacy.__version__}, Python {platform.python_version()}")
    print(f"read all files: {read_s * 1000:.1f} ms; first extraction pass (builds the pipeline): "
          f"{warmup_s * 1000:.1f} ms")
    print(f"{'':27}{'words/s':>14}{'ms/doc':>10}{'passes':>9}")
    for label, row in (("spacy.blank(en) tokenizer", tok), ("govgraph extract_document", ext)):
        print(f"{label:27}{row['words_per_s']:>14,}{row['ms_per_doc']:>10.2f}{row['passes']:>9}")
    q1, q3 = figures["ratio_quartiles"]
    print(f"extraction runs at {ratio:.1%} of the bare tokenizer's speed (median of {len(rounds)} rounds, each an "
          f"extraction pass and {TOKENIZER_PASSES} tokenizer passes; quartiles {q1:.1%}-{q3:.1%}; CPU time)")
    if args.json:
        print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
