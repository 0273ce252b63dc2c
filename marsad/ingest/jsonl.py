"""JSONL records: one JSON object a line with `id`, `text` or `html`, optional `published`,
`url`, `title`, `source`. A bad record is reported (file, line, id) and the rest go on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from marsad.document import Document, Metadata
from marsad.errors import DecodeError, InputError, MarsadError, TooLarge
from marsad.ingest import from_html, from_text
from marsad.settings import Options

_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+\-Z]*)?")
_TEXT_FIELDS = ("title", "url", "source", "author")


def iter_jsonl(path: str | Path, options: Options) -> Iterator[tuple[str, Document | MarsadError]]:
    """(name, Document or the error that stopped that record) for each record, in file order.

    A file that cannot be opened raises `InputError`; every other problem belongs to one record.
    """
    path = Path(path)
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, after the generator ends
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: is a directory") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with fh:
        for lineno, raw in _lines(fh, options.max_bytes):
            where = f"{path}:{lineno}"
            try:
                yield _record(raw, options, f"{path.stem}-{lineno}", where)
            except MarsadError as exc:
                yield where, type(exc)(_located(where, str(exc)))


def _lines(fh: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | TooLarge]]:
    """Non-blank lines with their numbers; a line over `max_bytes` is skipped as TooLarge."""
    lineno = 0
    while True:
        line = fh.readline(max_bytes + 2)
        if not line:
            return
        lineno += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = fh.readline(1 << 20)
            yield lineno, TooLarge(f"record is larger than the limit of {max_bytes:,} bytes")
        elif line.strip():
            yield lineno, line


def _located(where: str, message: str) -> str:
    message = " ".join(message.split())
    return message if message.startswith(where) else f"{where}: {message}"


def _record(
    raw: bytes | TooLarge, options: Options, default_id: str, where: str
) -> tuple[str, Document]:
    if isinstance(raw, TooLarge):
        raise raw
    try:
        line = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DecodeError("not UTF-8 (JSONL files must be UTF-8)") from exc
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(f"a record must be a JSON object, not {type(record).__name__}")
    doc_id = _id(record.get("id"), default_id)
    meta = _metadata(record, doc_id)
    text, html = record.get("text"), record.get("html")
    if isinstance(html, str) and html.strip():
        return doc_id, from_html(html, options, doc_id=doc_id, metadata=meta)
    if isinstance(text, str):
        return doc_id, from_text(text, options, doc_id=doc_id, metadata=meta)
    raise InputError(f"record {doc_id} has no text or html field (a string)")


def _id(value: Any, default: str) -> str:
    if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
        return str(value).strip()
    return default


def _metadata(record: dict[str, Any], doc_id: str) -> Metadata:
    meta = Metadata(input_format="jsonl")
    for name in _TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            setattr(meta, name, " ".join(value.split()))
    published = record.get("published")
    if published is not None:
        m = _DATE.fullmatch(str(published).strip())
        if not m:
            raise InputError(f"record {doc_id}: published {published!r} is not a YYYY-MM-DD date")
        meta.published = m.group(1)
    return meta
