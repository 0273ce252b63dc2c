"""Plain text to Document: one paragraph per non-blank line, invisible characters removed."""

from __future__ import annotations

import re

from marsad.document import Document, Metadata, Span, content_hash
from marsad.ingest.builder import TextBuilder
from marsad.text.normalize import INVISIBLE

# lines end at LF, CR (alone or in CRLF) and the Unicode line/paragraph separators
_LINE = re.compile(r"[^\n\r\u2028\u2029]*")
# characters that never belong in cleaned text; NBSP and friends become plain spaces
_DROP = re.compile(f"[{INVISIBLE}]")
_ODD_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]")


def paragraphs_of(source: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of `source`, surrounding blanks excluded."""
    spans = []
    for m in _LINE.finditer(source):
        start, end = m.start(), m.end()
        while start < end and (source[start].isspace() or _DROP.match(source[start])):
            start += 1
        while end > start and (source[end - 1].isspace() or _DROP.match(source[end - 1])):
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def add_cleaned(builder: TextBuilder, start: int, end: int) -> tuple[int, int]:
    """Append `source[start:end]` minus invisible characters, odd spaces made plain."""
    source = builder.source
    begin = builder.length
    pos = start
    for m in re.finditer(f"{_DROP.pattern}|{_ODD_SPACE.pattern}", source[start:end]):
        builder.add_source(pos, start + m.start())
        if _ODD_SPACE.match(m.group()):
            builder.add_text(" ")
        pos = start + m.end()
    builder.add_source(pos, end)
    return begin, builder.length


def build_document(
    doc_id: str,
    source: str,
    paragraphs: list[tuple[int, int]],
    metadata: Metadata | None = None,
) -> Document:
    """A Document whose text is the given source paragraphs separated by blank lines."""
    builder = TextBuilder(source)
    spans: list[Span] = []
    for start, end in paragraphs:
        if spans:
            builder.add_text("\n\n")
        begin, stop = add_cleaned(builder, start, end)
        spans.append(Span("", begin, stop))
    text = builder.text()
    for span in spans:
        span.text = text[span.start : span.end]
    meta = metadata or Metadata()
    meta.content_hash = content_hash(text)
    return Document(id=doc_id, text=text, metadata=meta, paragraphs=spans, source_map=builder.runs)
