"""Bytes to text: BOMs, UTF-8, UTF-16, windows-1256, ISO-8859-6, and a clear error for junk."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from marsad.errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Arabic single-byte encodings news sites still serve, most common first
_ARABIC_CODEPAGES = ("cp1256", "iso8859_6")


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: every other byte is mostly zero (Latin) or 0x06 (Arabic)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]

    def share(part: bytes) -> float:
        return sum(1 for b in part if b in (0x00, 0x06)) / len(part)

    if share(odd) > 0.6 and share(even) < 0.2:
        return "utf-16-le"
    if share(even) > 0.6 and share(odd) < 0.2:
        return "utf-16-be"
    return None


def _is_junk(text: str) -> bool:
    """Binary data decoded by accident: control characters or replacement marks."""
    if not text:
        return False
    bad = sum(1 for ch in text if (ch < " " and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(text) > 0.02


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """`(text, encoding)` for `data`; `declared` (an HTTP or meta charset) is tried first."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="strict"), encoding)
    if b"\x00" in data[:4096]:
        utf16 = _looks_utf16(data)
        if utf16:
            return _checked(data.decode(utf16, errors="strict"), utf16)
        raise DecodeError("input looks binary (NUL bytes), not text")
    candidates = ([declared] if declared else []) + ["utf-8"]
    for encoding in candidates:
        try:
            return _checked(data.decode(encoding), codecs.lookup(encoding).name)
        except (UnicodeDecodeError, LookupError):
            continue
    nearly = _nearly_utf8(data)
    if nearly is not None:
        return _checked(nearly, "utf-8")
    best = from_bytes(data, cp_isolation=["utf_8", *_ARABIC_CODEPAGES]).best()
    if best is not None:
        return _checked(str(best), best.encoding)
    for encoding in _ARABIC_CODEPAGES:
        try:
            return _checked(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise DecodeError("cannot decode input: not UTF-8, UTF-16, windows-1256 or ISO-8859-6")


_HIGH = bytes(range(0x80, 0x100))


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a cut last character, a stray byte), replaced.

    Text in a single-byte code page read as UTF-8 breaks at almost every non-ASCII byte;
    real UTF-8 with a handful of bad bytes is still UTF-8.
    """
    high = len(data) - len(data.translate(None, _HIGH))
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return text if high and bad * 200 < high else None


def _checked(text: str, encoding: str) -> tuple[str, str]:
    if _is_junk(text):
        raise DecodeError(f"input decoded as {encoding} is mostly control characters (binary?)")
    return text, encoding
