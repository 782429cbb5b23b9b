"""Files in and out, shared by the commands and the library: which inputs a list of paths
names, reading and extracting one file with a one-line error, atomic writes."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional


def one_line(text: object) -> str:
    """Messages go to stderr one per line: fold any line breaks inside them."""
    return re.sub(r"\s*[\r\n]+\s*", " ", str(text)).strip()


@dataclass
class Job:
    """One input document, or the reason an input yields none (``error`` is a full line).
    ``root`` is the folder the input was found under (the folder given, or a file's parent)."""

    path: Path
    error: Optional[str] = None
    root: Optional[Path] = None


def expand_inputs(paths: Iterable[Path], suffixes: Iterable[str]) -> list[Job]:
    """Files to process, in the order given; a folder contributes its files with a supported
    suffix in name order (hidden files and subfolders skipped). Missing paths, named files of an
    unknown type and folders with nothing to take become error jobs; repeats are dropped."""
    suffixes = tuple(s.lower() for s in suffixes)
    supported = " ".join(suffixes)
    jobs: list[Job] = []
    seen: set[Path] = set()

    def take(path: Path, root: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            jobs.append(Job(path, root=root))

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
                take(p, path)
        elif not path.exists():
            jobs.append(Job(path, f"{path}: no such file or folder"))
        elif path.suffix.lower() not in suffixes:
            kind = f"'{path.suffix}'" if path.suffix else "no suffix"
            jobs.append(Job(path, f"{path}: unsupported file type ({kind}; supported: {supported})"))
        else:
            take(path, path.parent)
    return jobs


def document_ids(jobs: Iterable[Job]) -> dict[Path, str]:
    """A distinct, stable id for every input file: its path relative to the common folder of
    all the inputs (``minutes.txt`` when one folder is given; ``a/minutes.txt`` and
    ``b/minutes.txt`` when two folders hold a file of that name).

    >>> ids = document_ids([Job(Path("in/a/m.txt"), root=Path("in/a")), Job(Path("in/b/m.txt"), root=Path("in/b"))])
    >>> sorted(ids.values())
    ['a/m.txt', 'b/m.txt']
    """
    jobs = [j for j in jobs if j.error is None]
    if not jobs:
        return {}
    roots = [os.path.abspath(j.root or j.path.parent) for j in jobs]
    try:
        common = os.path.commonpath(roots)
    except ValueError:  # different drives: no common folder
        common = ""
    ids = {}
    for job in jobs:
        full = os.path.abspath(job.path)
        ids[job.path] = Path(os.path.relpath(full, common)).as_posix() if common else Path(full).as_posix()
    return ids


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
