"""Ingest: bytes, files, HTML pages, URLs, JSONL records -> Document (clean text + metadata).

Every entry point returns a `Document` or raises an `InputError` subclass whose message is
one line a user can act on. The recipe: decode (`decode.py`) -> blocks (plain lines, or HTML
main content via `html.py`) -> cleaning rules (`clean.py`) -> text with its offset map and
headings (`assemble.py`). Document ids are stable: re-ingesting the same input gives the same
Document.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from marsad.document import Document, Metadata
from marsad.errors import EmptyInput, InputError, NotArabic, TooLarge
from marsad.ingest.assemble import assemble
from marsad.ingest.clean import Block
from marsad.ingest.decode import decode
from marsad.ingest.html import looks_like_html, meta_charset, parse_html, sniff_html
from marsad.ingest.plain import paragraphs_of
from marsad.settings import Options

__all__ = [
    "check_text",
    "from_bytes",
    "from_html",
    "from_path",
    "from_text",
    "stdin_id",
]


# letters, and Arabic letters (base, extended and presentation forms), counted in runs
_LETTERS = re.compile(r"[^\W\d_]+")
_ARABIC_LETTERS = re.compile(
    "[\u0620-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc]+"
)


def arabic_share(text: str) -> float:
    """Share of Arabic letters among all letters of `text` (0.0 when it has none)."""
    letters = sum(map(len, _LETTERS.findall(text)))
    return sum(map(len, _ARABIC_LETTERS.findall(text))) / letters if letters else 0.0


def check_text(text: str, options: Options, what: str = "input") -> None:
    """Refuse empty, oversized and non-Arabic text with a one-line reason."""
    if len(text) > options.max_bytes or len(text.encode("utf-8", "ignore")) > options.max_bytes:
        raise TooLarge(f"{what} is larger than the limit of {options.max_bytes:,} bytes")
    if sum(map(len, text.split())) < options.min_chars:
        raise EmptyInput(f"{what} is empty")
    ratio = arabic_share(text)
    if ratio < options.min_arabic_ratio:
        raise NotArabic(
            f"{what} is not Arabic text ({ratio:.0%} Arabic letters, "
            f"minimum {options.min_arabic_ratio:.0%})"
        )


def _metadata(metadata: Metadata | None, options: Options, input_format: str) -> Metadata:
    meta = metadata or Metadata()
    meta.input_format = meta.input_format or input_format
    meta.language = meta.language or "ar"
    if meta.published is None:
        meta.published = options.published
    return meta


def from_text(
    text: str,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
    metadata: Metadata | None = None,
) -> Document:
    """Plain text (one paragraph per line) or, when it starts like a page, HTML."""
    options = options or Options()
    if looks_like_html(text):
        return from_html(text, options, doc_id=doc_id, metadata=metadata)
    check_text(text, options, doc_id)
    meta = _metadata(metadata, options, "text")
    blocks = [Block(start, end) for start, end in paragraphs_of(text)]
    return assemble(doc_id, text, blocks, meta)


def from_html(
    html: str,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
    metadata: Metadata | None = None,
) -> Document:
    """An HTML page: main content and metadata (what `metadata` gives wins over the page's)."""
    options = options or Options()
    if len(html.encode("utf-8", errors="ignore")) > options.max_bytes:
        raise TooLarge(f"{doc_id} is larger than the limit of {options.max_bytes:,} bytes")
    given = metadata or Metadata()
    page = parse_html(html, doc_id, url=given.url)
    check_text(page.source, options, doc_id)
    meta = page.metadata
    for name in ("title", "published", "url", "source", "attribution", "author", "encoding"):
        if getattr(given, name):
            setattr(meta, name, getattr(given, name))
    if given.input_format:
        meta.input_format = given.input_format
    if meta.published:
        meta.published = meta.published[:10]
    return assemble(doc_id, page.source, page.blocks, _metadata(meta, options, "html"), markup=True)


def from_bytes(
    data: bytes,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
    metadata: Metadata | None = None,
    declared: str | None = None,
    is_html: bool | None = None,
) -> Document:
    """Raw bytes in any common encoding; HTML is recognised and takes the HTML path.

    `declared`: a charset named by the transport (HTTP Content-Type), tried first;
    `is_html`: what the transport says the bytes are (None: look at them).
    """
    options = options or Options()
    if len(data) > options.max_bytes:
        raise TooLarge(f"{doc_id} is larger than the limit of {options.max_bytes:,} bytes")
    if not data.strip():
        raise EmptyInput(f"{doc_id} is empty")
    if is_html is None:
        is_html = sniff_html(data)
    if is_html and not declared:
        declared = meta_charset(data)
    try:
        text, encoding = decode(data, declared)
    except InputError as exc:
        raise type(exc)(f"{doc_id}: {exc}") from exc
    meta = metadata or Metadata()
    meta.encoding = encoding
    if is_html:
        return from_html(text, options, doc_id=doc_id, metadata=meta)
    return from_text(text, options, doc_id=doc_id, metadata=meta)


def from_path(path: str | Path, options: Options | None = None) -> Document:
    """A file; its id is the file name without extension."""
    path = Path(path)
    options = options or Options()
    try:
        if path.stat().st_size > options.max_bytes:
            raise TooLarge(f"{path} is larger than the limit of {options.max_bytes:,} bytes")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    try:
        return from_bytes(data, options, doc_id=path.stem)
    except InputError as exc:  # name the file, not just its id, in the message
        message = str(exc)
        if message.startswith(path.stem):
            message = str(path) + message[len(path.stem) :]
        raise type(exc)(message) from exc


def stdin_id(data: bytes) -> str:
    """The stable id of input read from stdin: `stdin-` and 8 hex digits of its hash."""
    return "stdin-" + hashlib.sha256(data).hexdigest()[:8]
