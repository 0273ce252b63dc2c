"""Blocks of decoded input -> a clean Document: cleaning, text with offset map, headings."""

from __future__ import annotations

from marsad.document import Document, Heading, Metadata
from marsad.errors import EmptyInput
from marsad.ingest.clean import Block, clean
from marsad.ingest.headings import heading_paragraphs, inline_headings, is_heading
from marsad.ingest.plain import build_document


def assemble(
    doc_id: str, source: str, blocks: list[Block], metadata: Metadata, *, markup: bool = False
) -> Document:
    """Clean `blocks` of `source` and build the Document.

    `markup`: the blocks come from HTML, whose heading elements are trusted; only whole-bold
    short paragraphs are then tested as headings. Plain text is tested paragraph by paragraph.
    """
    cleaned = clean(source, blocks)
    if cleaned.attribution and not metadata.attribution:
        metadata.attribution = cleaned.attribution
    doc = build_document(doc_id, source, [(b.start, b.end) for b in cleaned.blocks], metadata)
    doc.boilerplate = cleaned.removed
    if not doc.text.strip():
        raise EmptyInput(f"{doc_id}: nothing is left once boilerplate is removed")
    doc.headings = _headings(doc, cleaned.blocks, markup)
    return doc


def _headings(doc: Document, blocks: list[Block], markup: bool) -> list[Heading]:
    texts = [p.text for p in doc.paragraphs]
    if markup:
        found: dict[int, int] = {}
        for i, block in enumerate(blocks):
            if block.level is not None:
                found[i] = block.level
            elif block.bold:
                before = texts[i - 1] if i > 0 else None
                after = texts[i + 1] if i + 1 < len(texts) else None
                if is_heading(texts[i], before, after):
                    found[i] = 3
    else:
        found = dict.fromkeys(heading_paragraphs(texts), 2)
    headings = []
    for i, paragraph in enumerate(doc.paragraphs):
        if i in found:
            headings.append(Heading(paragraph.text, paragraph.start, paragraph.end, found[i]))
        elif not markup:
            headings.extend(inline_headings(doc.text, paragraph.start, paragraph.end))
    return headings
