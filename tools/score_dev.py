#!/usr/bin/env python3
"""Score the extractor on the corpus, the working half or the blind half of the dev papers.

    .venv/bin/python tools/score_dev.py --set working          # per-category P/R/F1
    .venv/bin/python tools/score_dev.py --set blind --log      # ... and log the figure
    .venv/bin/python tools/score_dev.py --set working --per-doc

Sets: ``corpus`` (../shared/corpus against tests/gold), ``working`` and ``blind`` (the halves of
../shared/dev/papers named in tests/gold/dev/split.json, against tests/gold/dev), ``examples``,
``styles`` (the short papers we wrote in other house styles, tests/data/styles), ``fresh`` (papers
written later by helpers that never read the rules, tests/data/fresh; ``fresh-X`` takes the
papers of the helpers lettered X: ``fresh-ab`` were worked on, ``fresh-cd`` stay held out).
Only papers with gold are scored. ``--log`` appends the blind figures to
tests/gold/dev/BLIND_LOG.md (date, commit, per category) and is the only way blind scores
should be read: log first, then look at errors, never the other way round.
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GOVGRAPH_SHARED", ROOT.parent / "shared"))
DEV_GOLD = ROOT / "tests" / "gold" / "dev"
CATEGORIES = ["meetings", "attendance", "people", "roles", "bodies", "agenda_items", "reported", "resolutions"]


def documents(name: str) -> tuple[list[Path], Path]:
    """(the documents of a set that have gold, the gold folder)."""
    if name == "corpus":
        return sorted((SHARED / "corpus").glob("*.txt")), ROOT / "tests" / "gold"
    if name == "examples":
        return sorted((ROOT / "examples" / "docs").iterdir()), ROOT / "examples" / "gold"
    if name in ("styles", "fresh"):
        return sorted((ROOT / "tests" / "data" / name).glob("*.txt")), ROOT / "tests" / "gold" / name
    if name.startswith("fresh-"):  # the fresh papers of some helpers, by letter: "fresh-cd" is c and d
        folder = ROOT / "tests" / "data" / "fresh"
        return sorted(p for letter in name[len("fresh-"):] for p in folder.glob(f"fresh_{letter}*.txt")), \
            ROOT / "tests" / "gold" / "fresh"
    halves = json.loads((DEV_GOLD / "split.json").read_text(encoding="utf-8"))
    prefixes = halves["working"] + halves["blind"] if name == "dev" else halves[name]
    papers = sorted((SHARED / "dev" / "papers").iterdir())
    return [p for p in papers if p.name.split("__")[0] in prefixes and (DEV_GOLD / f"{p.stem}.json").exists()], DEV_GOLD


def score(name: str, per_doc: bool = False) -> tuple[dict, str]:
    """(the scorer's JSON figures, its printed table) for one set."""
    from govgraph.loaders.extract import extract_document
    from govgraph.loaders.read import read_document

    docs, gold = documents(name)
    with tempfile.TemporaryDirectory() as tmp:
        pred, gold_subset = Path(tmp) / "pred", Path(tmp) / "gold"
        pred.mkdir()
        gold_subset.mkdir()
        for path in docs:
            contract = extract_document(read_document(path)).to_contract()
            (pred / f"{path.stem}.json").write_text(json.dumps(contract), encoding="utf-8")
            (gold_subset / f"{path.stem}.json").write_bytes((gold / f"{path.stem}.json").read_bytes())
        args = [sys.executable, str(SHARED / "tools" / "score.py"), str(pred), "--gold", str(gold_subset), "--json"]
        if per_doc:
            args.append("--per-doc")
        out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    return json.loads(lines[-1]), "\n".join(lines[:-1])


def log_line(figures: dict, name: str = "blind") -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "govgraph"], cwd=ROOT, capture_output=True,
                           text=True).stdout.strip()
    cells = [f"{figures['f1'][c]:.3f}" for c in CATEGORIES]
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
    where = "" if name == "blind" else f" ({name})"
    return (f"| {when}{where} | {commit}{'+' if dirty else ''} | " + " | ".join(cells)
            + f" | **{figures['macro_f1']:.3f}** | {figures.get('body_relations_f1', 0):.3f} |")


def set_name(name: str) -> str:
    """A set's name as the command line gives it; fresh-LETTERS names the helpers' batches."""
    if name in ("corpus", "examples", "styles", "fresh", "working", "blind", "dev") or re.fullmatch(r"fresh-[a-zA-Z]+", name):
        return name
    raise argparse.ArgumentTypeError(f"no set named {name!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", required=True, type=set_name,
                        help="corpus, examples, styles, working, blind, dev (both halves), fresh, or fresh-LETTERS (fresh-cd)")
    parser.add_argument("--per-doc", action="store_true", help="the scorer's per-document table too")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--log", action="store_true", help="append the figures to BLIND_LOG.md (blind and fresh)")
    args = parser.parse_args()
    if not documents(args.set)[0]:
        parser.error(f"the set {args.set} has no document with gold")
    figures, table = score(args.set, args.per_doc)
    if args.log:
        if args.set not in ("blind", "fresh") and not args.set.startswith("fresh-"):
            parser.error("--log is for the held-out sets (blind, fresh)")
        with open(DEV_GOLD / "BLIND_LOG.md", "a", encoding="utf-8") as handle:
            handle.write(log_line(figures, args.set) + "\n")
    print(json.dumps(figures) if args.json else table)
    if not args.json:
        print(f"macro F1 {figures['macro_f1']:.3f}; body relations {figures.get('body_relations_f1', 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
