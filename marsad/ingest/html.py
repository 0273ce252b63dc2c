"""HTML pages: main content and metadata through trafilatura, headings kept as headings.

trafilatura's tree (`<head rend="h2">`, `<p>`, `<list><item>`, `<quote>`, `<table><row><cell>`,
`<hi rend="#b">`, `<lb/>`) becomes one block per paragraph, heading or line of a paragraph
split by `<br>`. The *source* of the Document built from a page is the extracted text (the
blocks joined by newlines): `source_map` and boilerplate offsets point into it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from marsad.document import Metadata
from marsad.errors import EmptyInput, InputError
from marsad.ingest.clean import Block

LOGGER = logging.getLogger(__name__)

_HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|"
    r"div|article|section|p|h[1-6]|table|main|header|nav|span|a|br)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACES = re.compile(r"\s+")
_BREAK = object()  # marks <lb/> in a piece list
_BOLD = ("#b", "#strong")


def looks_like_html(text: str) -> bool:
    """Whether `text` is an HTML document or fragment (it starts with a known tag)."""
    return bool(_HTML_START.match(text[:2000].lstrip("\ufeff")))


def sniff_html(data: bytes) -> bool:
    """`looks_like_html` on raw bytes, before decoding (BOMs and UTF-16 handled)."""
    head = data[:4000]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if b"\x00" in head[:200]:  # UTF-16: the markup is ASCII, drop the zero bytes
        head = head.replace(b"\x00", b"")
    return looks_like_html(head.decode("latin-1"))


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


@dataclass
class Page:
    source: str  # the extracted text, blocks separated by newlines
    blocks: list[Block]
    metadata: Metadata


def parse_html(html: str, doc_id: str, url: str | None = None) -> Page:
    """Main content of an HTML page as blocks, with title, date, url, author and site name."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            include_formatting=True,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds on broken pages
        LOGGER.debug("trafilatura failed on %s: %r", doc_id, exc)
        raise InputError(f"{doc_id}: cannot parse the HTML page ({type(exc).__name__})") from exc
    body = getattr(result, "body", None)
    if body is None:
        raise EmptyInput(f"{doc_id}: no article text found in the HTML page")
    parts: list[str] = []
    blocks: list[Block] = []
    length = 0
    for text, level, bold in _blocks(body):
        if parts:
            parts.append("\n")
            length += 1
        parts.append(text)
        blocks.append(Block(length, length + len(text), level, bold))
        length += len(text)
    if not blocks:
        raise EmptyInput(f"{doc_id}: no article text found in the HTML page")
    return Page("".join(parts), blocks, _metadata(result, url))


def _metadata(result: Any, url: str | None) -> Metadata:
    def field(name: str) -> str | None:
        value = getattr(result, name, None)
        text = " ".join(str(value).split()) if value else ""
        return text or None

    return Metadata(
        title=field("title"),
        published=field("date"),
        url=url or field("url"),
        source=field("sitename") or field("hostname"),
        author=field("author"),
        input_format="html",
    )


def _blocks(body: Any) -> list[tuple[str, int | None, bool]]:
    """(text, heading level or None, all bold) for each paragraph-like element of `body`."""
    out: list[tuple[str, int | None, bool]] = []
    for elem in body:
        tag = elem.tag
        if tag == "head":
            text = _flat(elem)
            if text:
                out.append((text, _level(elem.get("rend")), False))
        elif tag == "list":
            for item in elem.iter("item"):
                out.extend(_lines(item))
        elif tag == "table":
            for row in elem.iter("row"):
                cells = [_flat(cell) for cell in row.iter("cell")]
                text = " | ".join(c for c in cells if c)
                if text:
                    out.append((text, None, False))
        elif tag == "quote" and len(elem) and all(c.tag in ("p", "list") for c in elem):
            out.extend(_blocks(elem))
        else:
            out.extend(_lines(elem))
    return out


def _level(rend: str | None) -> int:
    if rend and len(rend) == 2 and rend[0] == "h" and rend[1].isdigit():
        return int(rend[1])
    return 2


def _flat(elem: Any) -> str:
    return _SPACES.sub(" ", "".join(elem.itertext())).strip()


def _lines(elem: Any) -> list[tuple[str, int | None, bool]]:
    """An element split at its <lb/> line breaks; each line knows whether it is all bold."""
    pieces: list[Any] = []
    _collect(elem, False, pieces)
    lines: list[tuple[str, int | None, bool]] = []
    current: list[tuple[str, bool]] = []
    for piece in [*pieces, _BREAK]:
        if piece is _BREAK:
            text = _SPACES.sub(" ", "".join(t for t, _ in current)).strip()
            if text:
                bold = all(b for t, b in current if t.strip())
                lines.append((text, None, bold))
            current = []
        else:
            current.append(piece)
    return lines


def _collect(elem: Any, bold: bool, out: list[Any]) -> None:
    bold = bold or (elem.tag == "hi" and elem.get("rend") in _BOLD)
    if elem.text:
        out.append((elem.text, bold))
    for child in elem:
        if child.tag == "lb":
            out.append(_BREAK)
        elif child.tag in ("p", "head", "item", "row"):
            out.append(_BREAK)
            _collect(child, bold, out)
            out.append(_BREAK)
        else:
            _collect(child, bold, out)
        if child.tail:
            out.append((child.tail, bold))
