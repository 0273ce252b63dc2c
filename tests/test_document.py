"""The Document model: standoff offsets, JSON round trip, the published JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import marsad
from marsad.document import Agent, Amount, Document, Quote, Span
from marsad.ingest import from_text

SCHEMA_PATH = Path(marsad.__file__).parent / "schema" / "marsad-1.schema.json"


def _doc(sample_text: str) -> Document:
    doc = from_text(sample_text, doc_id="article-000")
    start = doc.text.index("مارك روته")
    speaker = Agent("مارك روته", start, start + 9, canonical="مارك روته", kind="person")
    q0 = doc.text.index("التعاون العسكري المتزايد")
    q1 = doc.text.index("”", q0)
    cue = doc.text.index("وقال الأمين") + 1
    doc.quotes.append(
        Quote(
            doc.text[q0:q1], q0, q1, kind="direct", cue=Span("قال", cue, cue + 3), speaker=speaker
        )
    )
    a0 = doc.text.index("63 مليون يورو")
    doc.amounts.append(
        Amount("63 مليون يورو", a0, a0 + 13, value=63e6, unit="EUR", unit_text="يورو")
    )
    return doc


def test_offsets_are_consistent(sample_text: str) -> None:
    doc = _doc(sample_text)
    assert doc.check_offsets() == []
    doc.quotes[0].speaker.start += 1  # type: ignore[union-attr]
    assert doc.check_offsets()


def test_json_round_trip_and_schema(sample_text: str) -> None:
    doc = _doc(sample_text)
    data = doc.to_dict()
    jsonschema.validate(data, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    again = Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again == doc
    assert again.quotes[0].speaker is not None and again.quotes[0].speaker.canonical == "مارك روته"


def test_source_map_traces_back_to_input(sample_text: str) -> None:
    doc = from_text(sample_text)
    for needle in ("مارك روته", "نقلاً عن"):
        pos = doc.text.find(needle)
        if pos < 0:
            continue
        source_pos = doc.to_source(pos)
        assert source_pos is not None
        assert sample_text[source_pos : source_pos + len(needle)] == needle


def test_unknown_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        Document.from_dict({"schema": "marsad/99", "id": "x", "text": ""})
