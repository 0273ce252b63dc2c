"""Ingest: bytes, files, URLs, JSONL records -> Document (clean text + metadata + structure).

Every entry point returns a `Document` or raises an `InputError` subclass whose message is
one line a user can act on.
"""

from __future__ import annotations

from pathlib import Path

from marsad.document import Document, Metadata
from marsad.errors import EmptyInput, InputError, NotArabic, TooLarge
from marsad.ingest.decode import decode
from marsad.ingest.plain import build_document, paragraphs_of
from marsad.settings import Options
from marsad.text.normalize import arabic_ratio

__all__ = ["check_text", "from_bytes", "from_path", "from_text"]


def check_text(text: str, options: Options, what: str = "input") -> None:
    """Refuse empty, oversized and non-Arabic text with a one-line reason."""
    if len(text.encode("utf-8", errors="ignore")) > options.max_bytes:
        raise TooLarge(f"{what} is larger than the limit of {options.max_bytes:,} bytes")
    if sum(1 for ch in text if not ch.isspace()) < options.min_chars:
        raise EmptyInput(f"{what} is empty")
    ratio = arabic_ratio(text)
    if ratio < options.min_arabic_ratio:
        raise NotArabic(
            f"{what} is not Arabic text ({ratio:.0%} Arabic letters, "
            f"minimum {options.min_arabic_ratio:.0%})"
        )


def from_text(
    text: str,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
    metadata: Metadata | None = None,
) -> Document:
    options = options or Options()
    check_text(text, options, doc_id)
    meta = metadata or Metadata()
    meta.input_format = meta.input_format or "text"
    meta.language = meta.language or "ar"
    if meta.published is None:
        meta.published = options.published
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return build_document(doc_id, text, paragraphs_of(text), meta)


def from_bytes(
    data: bytes,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
    metadata: Metadata | None = None,
) -> Document:
    options = options or Options()
    if len(data) > options.max_bytes:
        raise TooLarge(f"{doc_id} is larger than the limit of {options.max_bytes:,} bytes")
    if not data.strip():
        raise EmptyInput(f"{doc_id} is empty")
    text, encoding = decode(data)
    meta = metadata or Metadata()
    meta.encoding = encoding
    return from_text(text, options, doc_id=doc_id, metadata=meta)


def from_path(path: str | Path, options: Options | None = None) -> Document:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return from_bytes(data, options, doc_id=path.stem)
