"""JSONL records: fields, ids, and bad records reported with file, line and id."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.errors import InputError, MarsadError, NotArabic, TooLarge
from marsad.ingest.jsonl import iter_jsonl
from marsad.settings import Options

TEXT = (
    "قال وزير الخارجية إن المملكة تدعم جهود التهدئة في المنطقة، مؤكدا أهمية الحوار.\n"
    "وأضاف الوزير أن بلاده ستواصل العمل مع شركائها لدعم الاستقرار."
)
HTML = (
    "<html><head><title>بيان الوزارة</title></head><body><article>"
    "<h1>بيان الوزارة</h1><p>أعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المناطق "
    "الريفية، تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة.</p></article></body></html>"
)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _dump(record: dict[str, object]) -> str:
    return json.dumps(record, ensure_ascii=False)


def test_records_with_text_and_html(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            _dump(
                {
                    "id": "r1",
                    "text": TEXT,
                    "published": "2024-10-29T08:00:00Z",
                    "url": "https://example.com/r1",
                    "title": "الوزير يدعو إلى التهدئة",
                    "source": "صحيفة",
                }
            ),
            "",
            _dump({"id": 2, "html": HTML}),
            _dump({"text": TEXT}),
        ],
    )
    results = list(iter_jsonl(path, Options()))
    assert [name for name, _ in results] == ["r1", "2", "records-4"]
    docs = [item for _, item in results]
    assert all(isinstance(d, Document) for d in docs)
    first = docs[0]
    assert isinstance(first, Document)
    assert first.id == "r1"
    assert first.metadata.published == "2024-10-29"
    assert first.metadata.url == "https://example.com/r1"
    assert first.metadata.title == "الوزير يدعو إلى التهدئة"
    assert first.metadata.source == "صحيفة"
    assert first.metadata.input_format == "jsonl"
    second = docs[1]
    assert isinstance(second, Document)
    assert "لدعم المزارعين" in second.text
    assert second.headings and second.headings[0].text == "بيان الوزارة"


def test_published_from_options_when_the_record_has_none(tmp_path: Path) -> None:
    path = _write(tmp_path, [_dump({"id": "r1", "text": TEXT})])
    ((_, doc),) = list(iter_jsonl(path, Options(published="2024-01-02")))
    assert isinstance(doc, Document) and doc.metadata.published == "2024-01-02"


def test_bad_records_are_reported_and_the_rest_processed(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            _dump({"id": "good-1", "text": TEXT}),
            "{not json",
            _dump({"id": "no-text", "title": "عنوان"}),
            _dump({"id": "english", "text": "The minister said the talks went well."}),
            _dump(["a", "list"]),
            _dump({"id": "bad-date", "text": TEXT, "published": "yesterday"}),
            _dump({"id": "good-2", "text": TEXT}),
        ],
    )
    results = list(iter_jsonl(path, Options()))
    assert len(results) == 7
    good = [name for name, item in results if isinstance(item, Document)]
    assert good == ["good-1", "good-2"]
    errors = {name: item for name, item in results if isinstance(item, MarsadError)}
    assert str(errors[f"{path}:2"]).startswith(f"{path}:2: invalid JSON")
    assert "no-text" in str(errors[f"{path}:3"]) and "no text or html" in str(errors[f"{path}:3"])
    assert isinstance(errors[f"{path}:4"], NotArabic) and "english" in str(errors[f"{path}:4"])
    assert "JSON object" in str(errors[f"{path}:5"])
    assert "YYYY-MM-DD" in str(errors[f"{path}:6"])
    assert all("\n" not in str(e) for e in errors.values())


def test_oversized_record_and_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    big = _dump({"id": "big", "text": TEXT * 50})
    path.write_bytes(
        (_dump({"id": "ok", "text": TEXT}) + "\n" + big + "\n").encode("utf-8")
        + b'{"id": "latin", "text": "\xe9\xe9"}\n'
        + (_dump({"id": "last", "text": TEXT}) + "\n").encode("utf-8")
    )
    results = list(iter_jsonl(path, Options(max_bytes=len(big) - 10)))
    kinds = [type(item).__name__ for _, item in results]
    assert kinds == ["Document", "TooLarge", "DecodeError", "Document"]
    assert isinstance(results[1][1], TooLarge)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(iter_jsonl(tmp_path / "absent.jsonl", Options()))


def test_same_records_twice_give_the_same_documents(tmp_path: Path) -> None:
    path = _write(tmp_path, [_dump({"id": "r1", "text": TEXT}), _dump({"id": "r2", "html": HTML})])
    first = [d.to_dict() for _, d in iter_jsonl(path, Options()) if isinstance(d, Document)]
    second = [d.to_dict() for _, d in iter_jsonl(path, Options()) if isinstance(d, Document)]
    assert first == second and len(first) == 2
