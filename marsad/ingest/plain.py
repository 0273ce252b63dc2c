"""Plain text to Document: one paragraph per non-blank line, invisible characters removed."""

from __future__ import annotations

import re

from marsad.document import Document, Metadata, Span, content_hash
from marsad.ingest.builder import TextBuilder
from marsad.text.normalize import INVISIBLE

# lines end at LF, CR (alone or in CRLF) and the Unicode line/paragraph separators
_LINE = re.compile(r"[^\n\r\u2028\u2029]*")
# characters that never belong in cleaned text: zero-width and bidi controls (INVISIBLE) and
# C0/C1 control characters; NBSP and other odd spaces become plain spaces, runs of spaces one
HIDDEN = INVISIBLE + "".join(
    chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0xA0)]
)
ODD_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
ODD_SPACES += "\u202f\u205f\u3000\t\f\v"
_DROP = re.compile(f"[{re.escape(HIDDEN)}]")
_ODD_SPACE = re.compile(f"[{re.escape(ODD_SPACES)}]")
_CLEAN = re.compile(f"[{re.escape(HIDDEN)}]+|[ {re.escape(ODD_SPACES)}]{{2,}}|{_ODD_SPACE.pattern}")


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
    """Append `source[start:end]` minus invisible characters; spaces made plain and single."""
    source = builder.source
    begin = builder.length
    pos = start
    for m in _CLEAN.finditer(source, start, end):
        if m.group() == " " * len(m.group()) and len(m.group()) > 1:
            builder.add_source(pos, m.start() + 1)  # keep the first of several spaces
        else:
            builder.add_source(pos, m.start())
            if not _DROP.match(m.group()):
                builder.add_text(" ")
        pos = m.end()
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
