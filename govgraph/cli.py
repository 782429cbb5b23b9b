"""govgraph's command line: ``govgraph COMMAND ...`` (``govgraph --help`` lists the commands).

A command is two functions: ``register_NAME(subparsers)`` adds its parser (help text ending in an
example, options from the shared helpers below) and ``run_NAME(args) -> exit code`` does the work
by calling the library. Add a command by writing both and listing the register function in
``COMMANDS``. The plumbing every long-running command shares lives here once: input expansion,
one-line per-file errors, the progress bar, atomic writes.

Conventions (DESIGN.md, "Command-line conventions"): results on stdout or in the output folder;
messages and per-file errors on stderr, one line each, naming the file; exit status 0 when all
went well, 1 when some inputs failed (the rest were done), 2 for a usage error.

The loaders (and so spaCy) are imported inside the commands, so ``--help`` answers at once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, TextIO

from govgraph import __version__

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "govgraph"


class UsageError(Exception):
    """A problem with how the command was called (exit status 2, printed with the usage)."""


# --------------------------------------------------------------------------------------------
# Shared options: one helper per option family, so every command spells them the same way.


def add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", type=Path,
        help="a document file, or a folder whose documents are taken (not its subfolders)",
    )


def add_out_option(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--out", "-o", metavar="DIR", type=Path, default=None,
        help=f"write {what} into DIR (created if missing) instead of stdout",
    )


def add_quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quiet", "-q", action="store_true",
        help="no progress bar and no summary; per-file errors are still printed",
    )


def add_format_option(parser: argparse.ArgumentParser, choices: Iterable[str], help: str) -> None:
    choices = tuple(choices)
    parser.add_argument("--format", "-f", choices=choices, default=choices[0], help=help)


def add_command(
    subparsers, name: str, *, summary: str, description: str, examples: Iterable[str],
    run: Callable[[argparse.Namespace], int],
) -> argparse.ArgumentParser:
    """A subcommand whose --help is ``description`` and ends with its examples."""
    epilog = "Example:\n" + "\n".join(f"  {line}" for line in examples)
    parser = subparsers.add_parser(
        name, help=summary, description=description, epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(run=run, command_parser=parser)
    return parser


# --------------------------------------------------------------------------------------------
# Shared plumbing.


def one_line(text: object) -> str:
    """Messages go to stderr one per line: fold any line breaks inside them."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(text)).strip()


@dataclass
class Job:
    """One input document, or the reason an input yields none (``error`` is a full line)."""

    path: Path
    error: Optional[str] = None


def expand_inputs(paths: Iterable[Path], suffixes: Iterable[str]) -> list[Job]:
    """Files to process, in the order given; a folder contributes its files with a supported
    suffix in name order (hidden files and subfolders skipped). Missing paths, named files of an
    unknown type and folders with nothing to take become error jobs; repeats are dropped."""
    suffixes = tuple(s.lower() for s in suffixes)
    supported = " ".join(suffixes)
    jobs: list[Job] = []
    seen: set[Path] = set()

    def take(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            jobs.append(Job(path))

    for path in paths:
        if path.is_dir():
            try:
                found = sorted(
                    (p for p in path.iterdir()
                     if not p.name.startswith(".") and p.suffix.lower() in suffixes and p.is_file()),
                    key=lambda p: p.name,
                )
            except OSError as err:
                jobs.append(Job(path, f"{path}: cannot list folder: {err.strerror or err}"))
                continue
            if not found:
                jobs.append(Job(path, f"{path}: folder holds no documents ({supported})"))
            for p in found:
                take(p)
        elif not path.exists():
            jobs.append(Job(path, f"{path}: no such file or folder"))
        elif path.suffix.lower() not in suffixes:
            kind = f"'{path.suffix}'" if path.suffix else "no suffix"
            jobs.append(Job(path, f"{path}: unsupported file type ({kind}; supported: {supported})"))
        else:
            take(path)
    return jobs


class Progress:
    """A one-line progress bar on stderr (counts and current file), drawn only when enabled
    (a terminal and no --quiet). ``message`` prints a line without tearing the bar."""

    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None):
        self.total = total
        self.done = 0
        self.enabled = enabled
        self.stream = stream if stream is not None else sys.stderr
        self.current = ""
        self._drawn = False

    def start(self, name: str) -> None:
        self.current = name
        self._draw()

    def advance(self) -> None:
        self.done += 1
        self._draw()

    def message(self, line: str) -> None:
        self._clear()
        print(line, file=self.stream, flush=True)
        if self.done < self.total:
            self._draw()

    def close(self) -> None:
        self._clear()

    def _draw(self) -> None:
        if not self.enabled:
            return
        width = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
        slots = 20
        filled = slots * self.done // self.total if self.total else slots
        count = f"{self.done}/{self.total}".rjust(2 * len(str(self.total)) + 1)
        line = f"[{'#' * filled}{'.' * (slots - filled)}] {count} {self.current}"
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self._drawn = True

    def _clear(self) -> None:
        if self.enabled and self._drawn:
            width = max(shutil.get_terminal_size((80, 24)).columns - 1, 20)
            self.stream.write("\r" + " " * width + "\r")
            self.stream.flush()
            self._drawn = False


def show_progress(args: argparse.Namespace) -> bool:
    return not getattr(args, "quiet", False) and _isatty(sys.stderr)


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _file_mode() -> int:
    """What a plain ``open(path, "w")`` would give (mkstemp makes 0600 files)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``target`` and rename it into place: readers
    see the old file or the new one, never half of one, and a failure leaves no temporary."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def json_bytes(data: object, indent: int | None = None) -> bytes:
    """UTF-8 JSON; falls back to ASCII escapes when a string cannot be UTF-8 (a file name that
    is not valid in the file system's encoding reaches us with lone surrogates)."""
    try:
        return json.dumps(data, ensure_ascii=False, indent=indent).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, indent=indent).encode("ascii")


def write_stdout_line(data: bytes) -> None:
    """One line of UTF-8 on stdout, whatever the locale says."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8") + "\n")
        sys.stdout.flush()
        return
    sys.stdout.flush()
    buffer.write(data + b"\n")
    buffer.flush()


def prepare_out_dir(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"--out {out}: cannot create folder: {err.strerror or err}") from err


# --------------------------------------------------------------------------------------------
# govgraph extract

EXTRACT_DESCRIPTION = """\
Read committee papers (minutes, agendas, agenda packs, officer reports) and
print what each one states: meetings, attendance, people and their posts,
bodies, agenda items, who reported what, resolutions, reporting lines,
each with its evidence (character offsets and the quote it was read from).

PATH is a file (.txt .md .html .htm .pdf .docx) or a folder. A folder gives
its files with those suffixes in name order; hidden files and subfolders are
skipped. A file named on the command line with another suffix is an error.

Without --out: JSON Lines on stdout, one object per document.
With --out DIR: one DIR/<stem>.json per document (indented UTF-8), written to
a temporary file and renamed into place, so an interrupted run leaves the
previous results whole. Two inputs with the same stem (minutes.pdf and
minutes.docx, or a/x.txt and b/x.txt) would share one output: the later one
is reported as an error and skipped, never overwritten silently.

A file that cannot be read or extracted gives one line on stderr naming it,
and the other files go on. A progress bar shows on a terminal, and a summary
line closes a run with --out; --quiet drops both.
Exit status: 0 all done, 1 some inputs failed (the rest were done), 2 usage.
"""


def register_extract(subparsers) -> None:
    parser = add_command(
        subparsers, "extract",
        summary="extract governance facts from documents as JSON",
        description=EXTRACT_DESCRIPTION,
        examples=["govgraph extract examples/docs --out outputs/extract"],
        run=run_extract,
    )
    add_inputs(parser)
    add_out_option(parser, "one <stem>.json per document")
    add_format_option(parser, ["json"], help="output format (default: json)")
    add_quiet_option(parser)


# Contract lists counted in the summary line, with their label.
SUMMARY_COUNTS = (
    ("meetings", "meetings"), ("attendance", "attendance"), ("people", "people"),
    ("bodies", "bodies"), ("agenda_items", "items"), ("resolutions", "resolutions"),
)


class Failed(Exception):
    """One input failed; ``str`` is its stderr line."""


def extract_file(path: Path) -> dict:
    """The contract dict of one file, or :class:`Failed` with the line to report."""
    from govgraph.loaders import extract as extract_mod
    from govgraph.loaders import read as read_mod

    try:
        document = read_mod.read_document(path)
    except read_mod.ReadError as err:
        raise Failed(one_line(err)) from err
    except Exception as err:  # a reader bug must not stop the other files
        raise Failed(one_line(f"{path}: read failed: {type(err).__name__}: {err}")) from err
    try:
        return extract_mod.extract_document(document).to_contract()
    except Exception as err:
        raise Failed(one_line(f"{path}: extraction failed: {type(err).__name__}: {err}")) from err


def claim_outputs(jobs: list[Job], out: Path) -> dict[int, Path]:
    """The output path of each job, by index; a job whose stem is taken becomes an error.
    Stems are compared case-folded, as on a case-insensitive file system."""
    claimed: dict[str, Path] = {}
    targets: dict[int, Path] = {}
    for i, job in enumerate(jobs):
        if job.error:
            continue
        key = job.path.stem.casefold()
        if key in claimed:
            job.error = (f"{job.path}: same stem as {claimed[key]}, whose output "
                         f"{out / (job.path.stem + '.json')} it would overwrite; skipped (rename one)")
            continue
        claimed[key] = job.path
        targets[i] = out / f"{job.path.stem}.json"
    return targets


def run_extract(args: argparse.Namespace) -> int:
    from govgraph.loaders.read import SUPPORTED_SUFFIXES

    jobs = expand_inputs(args.paths, SUPPORTED_SUFFIXES)
    targets: dict[int, Path] = {}
    if args.out is not None:
        prepare_out_dir(args.out)
        targets = claim_outputs(jobs, args.out)

    progress = Progress(sum(1 for j in jobs if not j.error), enabled=show_progress(args))
    done = failed = 0
    totals = {key: 0 for key, _ in SUMMARY_COUNTS}
    try:
        for i, job in enumerate(jobs):
            if job.error:
                failed += 1
                progress.message(job.error)
                continue
            progress.start(str(job.path))
            try:
                contract = extract_file(job.path)
                try:
                    data = json_bytes(contract, indent=None if args.out is None else 2)
                except (TypeError, ValueError) as err:  # a record that is not plain data
                    raise Failed(one_line(
                        f"{job.path}: extraction failed: {type(err).__name__}: {err}")) from err
                if args.out is None:
                    write_stdout_line(data)
                else:
                    try:
                        write_atomic(targets[i], data + b"\n")
                    except OSError as err:
                        raise Failed(one_line(f"{job.path}: cannot write {targets[i]}: {err}")) from err
            except Failed as err:
                failed += 1
                progress.message(str(err))
            else:
                done += 1
                for key, _ in SUMMARY_COUNTS:
                    totals[key] += len(contract.get(key) or ())
            progress.advance()
    finally:
        progress.close()

    if args.out is not None and not args.quiet:
        counts = ", ".join(f"{totals[key]} {label}" for key, label in SUMMARY_COUNTS)
        print(f"extract: {done} done, {failed} failed; {counts}; results in {args.out}{os.sep}",
              file=sys.stderr, flush=True)
    return EXIT_SOME_FAILED if failed else EXIT_OK


# --------------------------------------------------------------------------------------------
# The top-level parser.

# Each adds one subcommand; later commands (build, query, serve, view, audit) join this list.
COMMANDS: list[Callable] = [register_extract]

MAIN_DESCRIPTION = """\
govgraph turns local-government committee papers (minutes, agendas, agenda
packs, officer reports) into a governance knowledge graph.
Run "govgraph COMMAND --help" for the details of a command.
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description=MAIN_DESCRIPTION,
        epilog="Example:\n  govgraph extract examples/docs --out outputs/extract",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for register in COMMANDS:
        register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version, or a usage error (2)
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    if getattr(args, "run", None) is None:
        parser.print_usage(sys.stderr)
        print(f"{PROG}: error: a command is required (see {PROG} --help)", file=sys.stderr)
        return EXIT_USAGE
    try:
        return args.run(args)
    except UsageError as err:
        args.command_parser.print_usage(sys.stderr)
        print(f"{args.command_parser.prog}: error: {one_line(err)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of stdout went away (``| head``): stop quietly, and point stdout at
        # /dev/null so the interpreter's final flush does not complain again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_SOME_FAILED


if __name__ == "__main__":
    sys.exit(main())
