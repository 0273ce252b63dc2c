"""Helpers shared by the quote tests: run the quotes stage on one text, read its speakers."""

from __future__ import annotations

from marsad.document import Entity, Quote
from marsad.extract.quotes.component import find_quotes
from marsad.ingest import from_text
from marsad.settings import Options


def analyse(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    """The quotes of `text` (with an entities layer when given); offsets always checked."""
    doc = from_text(text, Options(), doc_id="t")
    doc.entities = entities or []
    doc.quotes = find_quotes(doc)
    assert doc.check_offsets() == []
    return doc.quotes


def speakers(quotes: list[Quote]) -> list[str | None]:
    return [q.speaker.canonical if q.speaker else None for q in quotes]


def person(text: str, name: str) -> Entity:
    """A PER entity over the first occurrence of `name`, as the tagger would give it."""
    start = text.index(name)
    return Entity(name, start, start + len(name), "PER")
