"""Plain-text ingest: encodings, paragraphs, offsets, stable ids, refusals, the sample."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import DecodeError, EmptyInput, InputError, NotArabic, TooLarge
from marsad.evaluate import normalize_phrase
from marsad.ingest import from_bytes, from_path, from_text, stdin_id
from marsad.settings import Options

NEWS = (
    "قال وزير الخارجية إن المملكة تدعم جهود التهدئة في المنطقة، مؤكدا أهمية الحوار بين "
    "الأطراف كافة.\n"
    "وأضاف الوزير في مؤتمر صحافي أن بلاده ستواصل العمل مع شركائها لدعم الاستقرار."
)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"]
)
def test_sample_article_in_every_common_encoding(sample_text: str, encoding: str) -> None:
    expected = from_text(sample_text, doc_id="a")
    doc = from_bytes(sample_text.encode(encoding), doc_id="a")
    assert doc.text == expected.text
    assert doc.metadata.encoding is not None


@pytest.mark.parametrize("encoding", ["iso8859_6", "cp1256"])
def test_single_byte_arabic_code_pages(encoding: str) -> None:
    doc = from_bytes(NEWS.encode(encoding), doc_id="a")
    assert doc.text == NEWS.replace("\n", "\n\n")
    assert doc.metadata.encoding is not None
    assert doc.metadata.encoding.replace("_", "").replace("-", "") in (
        "iso88596",
        "cp1256",
        "windows1256",
    )


def test_paragraphs_headings_and_offsets_of_the_sample(sample_text: str, dev_dir: Path) -> None:
    gold = json.loads((dev_dir / "article-000.gold.json").read_text(encoding="utf-8"))
    doc = from_text(sample_text, doc_id="article-000")
    assert doc.check_offsets() == []
    assert [normalize_phrase(h.text) for h in doc.headings] == [
        normalize_phrase(h) for h in gold["headings"]
    ]
    assert doc.metadata.attribution == gold["attribution"]
    for snippet in gold["boilerplate"]:
        assert snippet not in doc.text
    # all content kept: every line of the source that is not boilerplate is in the text
    for line in sample_text.splitlines():
        line = line.strip(" \u00a0")
        if line and line not in gold["boilerplate"]:
            assert line in doc.text
    # headings stay paragraphs of the text
    starts = {(p.start, p.end) for p in doc.paragraphs}
    assert all((h.start, h.end) in starts for h in doc.headings)


def test_source_map_points_back_into_the_input(sample_text: str) -> None:
    doc = from_text(sample_text)
    for paragraph in doc.paragraphs:
        src = doc.to_source(paragraph.start)
        assert src is not None
        n = min(20, len(paragraph.text))
        assert sample_text[src : src + n] == paragraph.text[:n]
    for removed in doc.boilerplate:
        assert sample_text[removed.source_start : removed.source_end] == removed.text


def test_invisible_characters_and_odd_spaces_are_removed() -> None:
    text = (
        "\ufeffقال\u200f الرئيس\u00a0\u00a0الأوكراني\u200b فولوديمير زيلينسكي\u202b إن "
        "نحو 12 ألف جندي\u2009سيكونون في روسيا.\r\n\u00a0\r\nوأضاف\u200e أن الوضع خطير."
    )
    doc = from_text(text)
    assert doc.text == (
        "قال الرئيس الأوكراني فولوديمير زيلينسكي إن نحو 12 ألف جندي سيكونون في روسيا."
        "\n\nوأضاف أن الوضع خطير."
    )
    assert doc.check_offsets() == []
    start = doc.text.index("زيلينسكي")
    src = doc.to_source(start)
    assert src is not None and text[src : src + 8] == "زيلينسكي"


def test_same_input_twice_gives_the_same_document(sample_text: str, tmp_path: Path) -> None:
    path = tmp_path / "article-000.txt"
    path.write_text(sample_text, encoding="utf-8")
    first, second = from_path(path), from_path(path)
    assert first.id == "article-000"
    assert first.to_dict() == second.to_dict()
    data = sample_text.encode("utf-8")
    assert stdin_id(data) == stdin_id(data)
    assert stdin_id(data).startswith("stdin-") and len(stdin_id(data)) == len("stdin-") + 8
    assert stdin_id(data) != stdin_id(data + b" ")


def test_published_default_comes_from_the_options() -> None:
    doc = from_text(NEWS, Options(published="2024-10-29"))
    assert doc.metadata.published == "2024-10-29"


@pytest.mark.parametrize(
    ("data", "error", "message"),
    [
        (b"", EmptyInput, "is empty"),
        (b" \n\t \n", EmptyInput, "is empty"),
        (b"The minister said the economy is growing.", NotArabic, "not Arabic"),
        (bytes(range(256)) * 8, DecodeError, "binary"),
        (b"\x00\x01\x02\x03" * 100, DecodeError, "binary"),
    ],
)
def test_bad_bytes_give_clear_errors(data: bytes, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        from_bytes(data, doc_id="x")


def test_size_limit() -> None:
    options = Options(max_bytes=1000)
    with pytest.raises(TooLarge, match="1,000 bytes"):
        from_bytes((NEWS * 20).encode("utf-8"), options, doc_id="x")
    with pytest.raises(TooLarge):
        from_text(NEWS * 20, options)


def test_only_boilerplate_is_empty() -> None:
    with pytest.raises(EmptyInput, match="boilerplate"):
        from_text("اقرأ المزيد\n// انتهى //")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        from_path(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        from_path(tmp_path)


def test_file_errors_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text("Only English words here, nothing else at all.", encoding="utf-8")
    with pytest.raises(NotArabic, match=str(path)):
        from_path(path)


def test_utf8_with_a_cut_last_character_or_a_stray_byte_stays_utf8(sample_text: str) -> None:
    data = sample_text.encode("utf-8")
    cut = from_bytes(data[:-1], doc_id="a")  # the last letter lost a byte
    assert cut.metadata.encoding == "utf-8"
    assert cut.text.startswith("قالت وزارة الدفاع الأميركية")
    stray = from_bytes(data[:40] + b"\xff" + data[40:], doc_id="a")
    assert stray.metadata.encoding == "utf-8" and "مارك روته" in stray.text


def test_a_long_flattened_article_is_ingested(sample_text: str) -> None:
    flat = " ".join(line for line in sample_text.splitlines() if line.strip()) * 60
    doc = from_text(flat, Options(max_bytes=10_000_000))
    assert len(doc.paragraphs) == 1 and doc.check_offsets() == []
