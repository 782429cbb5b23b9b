"""Read input files into a :class:`~govgraph.records.Document`.

``read_document(path)`` handles .txt, .md, .html/.htm, .pdf and .docx and returns one normalised
text (see :mod:`govgraph.loaders.normalise`) with page boundaries where the format has pages
(PDF pages; form feeds in text files). Every later character offset points into that text.

Any problem with the input (missing, empty, binary, corrupt, scanned, unsupported) raises
:class:`ReadError`, whose message is one line naming the file: callers report it and go on.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path
from typing import Callable

from govgraph.loaders.normalise import join_pages, normalise_text
from govgraph.records import Document, Page

__all__ = ["SUPPORTED_SUFFIXES", "ReadError", "read_document", "MEDIA_TYPES"]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".md": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


class ReadError(Exception):
    """A file that cannot be read; ``str(err)`` is one line naming the file and the problem."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        # One line whatever the underlying library said.
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")


# --- bytes to str ------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never appear in text: NUL and the C0 controls other than tab, newlines, form feed
# and escape.
_BINARY_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13, 27))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


def _looks_binary(sample: bytes) -> bool:
    if b"\0" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > max(8, len(sample) // 100)


def _bomless_utf16(sample: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" for UTF-16 text without a byte-order mark, else None: text in
    a Latin script puts a NUL in every other byte, on one side only, which binary data does not.

    >>> _bomless_utf16("Minutes of the meeting".encode("utf-16-le"))
    'utf-16-le'
    >>> _bomless_utf16(b"plain text") is None
    True
    """
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even_nuls = sample[0:pairs * 2:2].count(0)
    odd_nuls = sample[1:pairs * 2:2].count(0)
    for codec, zeros, others in (("utf-16-le", odd_nuls, even_nuls), ("utf-16-be", even_nuls, odd_nuls)):
        if zeros >= 0.3 * pairs and others <= 0.01 * pairs:
            text = sample[: pairs * 2].decode(codec, errors="replace")
            printable = sum(ch.isprintable() or ch in "\t\r\n\f" for ch in text)
            if printable >= 0.95 * len(text):
                return codec
    return None


def decode_bytes(data: bytes, path: str | Path, html_hint: bool = False) -> str:
    """Decode text bytes: BOM (UTF-8/16/32), else UTF-8, else a declared HTML charset, else cp1252."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as err:
                raise ReadError(path, f"invalid {codec.upper()} text ({err.reason} at byte {err.start})") from None
    utf16 = _bomless_utf16(data[:65536])
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError as err:
            raise ReadError(path, f"invalid {utf16.upper()} text ({err.reason} at byte {err.start})") from None
    if _looks_binary(data[:65536]):
        raise ReadError(path, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if html_hint:
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            try:
                return data.decode(declared.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                pass
    # Office-era files are Windows-1252; its five undefined bytes fall back to Latin-1 meanings.
    return data.decode("cp1252", errors="replace")


# --- per format --------------------------------------------------------------------------------


def _split_form_feeds(text: str) -> list[str] | None:
    """Pages of a text file (form-feed separated), or None when it has no page breaks."""
    if "\f" not in text:
        return None
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()  # a final form feed ends the last page; it does not open a new one
    return pages


def _read_text(data: bytes, path: Path) -> tuple[str, list[Page]]:
    # The decoded text is handed over through a list so that no frame here keeps it alive:
    # normalise_text can then free each intermediate copy of a big file as it goes.
    holder = [decode_bytes(data, path)]
    if "\f" not in holder[0]:
        return normalise_text(holder.pop()), []
    pages = _split_form_feeds(holder.pop()) or []
    return _paged(pages)


def _paged(pages: list[str]) -> tuple[str, list[Page]]:
    text, ranges = join_pages(pages)
    return text, [Page(number=i + 1, start=s, end=e) for i, (s, e) in enumerate(ranges)]


def _read_html(data: bytes, path: Path) -> tuple[str, list[Page]]:
    from govgraph.loaders.html_text import html_to_text

    markup = decode_bytes(data, path, html_hint=True)
    try:
        raw = html_to_text(markup)
    except Exception as err:  # lxml raises several types for hopeless markup
        raise ReadError(path, f"unreadable HTML ({type(err).__name__}: {err})") from None
    return normalise_text(raw), []


def _read_docx(data: bytes, path: Path) -> tuple[str, list[Page]]:
    from govgraph.loaders.docx_text import docx_to_text, unpacked_size_problem

    if not data.startswith(b"PK"):
        raise ReadError(path, "corrupt DOCX (not a ZIP package)")
    try:
        problem = unpacked_size_problem(path)
        if problem:
            raise ReadError(path, f"DOCX not read: {problem}")
        raw = docx_to_text(path)
    except ReadError:
        raise
    except Exception as err:  # zipfile, lxml and python-docx each have their own errors
        raise ReadError(path, f"corrupt or truncated DOCX ({type(err).__name__}: {err})") from None
    return normalise_text(raw), []


def _read_pdf(data: bytes, path: Path) -> tuple[str, list[Page]]:
    import pypdfium2 as pdfium

    from govgraph.loaders.pdf_text import page_texts

    if b"%PDF" not in data[:1024]:
        raise ReadError(path, "corrupt PDF (no PDF header)")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        problem = "encrypted PDF (password required)" if "password" in str(err).lower() else "corrupt or truncated PDF"
        raise ReadError(path, f"{problem} ({err})") from None
    try:
        if len(pdf) == 0:
            raise ReadError(path, "PDF has no pages")
        try:
            pages = page_texts(pdf)
        except Exception as err:
            raise ReadError(path, f"corrupt PDF page ({type(err).__name__}: {err})") from None
    finally:
        pdf.close()
    if not any(p.strip() for p in pages):
        raise ReadError(path, "no text layer (scanned PDF?)")
    return _paged(pages)


_READERS: dict[str, Callable[[bytes, Path], tuple[str, list[Page]]]] = {
    ".txt": _read_text,
    ".md": _read_text,
    ".html": _read_html,
    ".htm": _read_html,
    ".pdf": _read_pdf,
    ".docx": _read_docx,
}


def read_document(path: str | Path) -> Document:
    """Read one file into a Document; raise :class:`ReadError` for any bad input."""
    path = Path(path)
    suffix = path.suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise ReadError(path, f"unsupported file type '{suffix}'" if suffix else "unsupported file type (no extension)")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "file not found") from None
    except IsADirectoryError:
        raise ReadError(path, "is a directory, not a file") from None
    except PermissionError:
        raise ReadError(path, "permission denied") from None
    except OSError as err:
        raise ReadError(path, f"cannot read file ({err.strerror or err})") from None
    if not data:
        raise ReadError(path, "empty file")
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        text, pages = reader(data, path)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(path, "document structure nested too deeply") from None
    except Exception as err:  # a reader bug must still name the file and not stop a batch
        raise ReadError(path, f"cannot read {suffix[1:].upper()} ({type(err).__name__}: {err})") from None
    if not text.strip():
        raise ReadError(path, "no text (file is blank)")
    return Document(name=path.name, path=str(path), sha256=sha256, text=text, pages=pages,
                    media_type=MEDIA_TYPES[suffix])
