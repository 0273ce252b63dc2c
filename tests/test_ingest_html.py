"""HTML pages: main content, metadata and headings through trafilatura; broken pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.errors import EmptyInput, InputError, TooLarge
from marsad.ingest import from_bytes, from_html, from_path, from_text
from marsad.ingest.html import looks_like_html, sniff_html
from marsad.settings import Options

FIXTURES = Path(__file__).parent / "fixtures"
PAGE = FIXTURES / "news-page.html"


@pytest.fixture(scope="module")
def page_html() -> str:
    return PAGE.read_text(encoding="utf-8")


def test_main_content_metadata_and_headings(page_html: str) -> None:
    doc = from_path(PAGE)
    assert doc.id == "news-page"
    meta = doc.metadata
    assert meta.title == "وزير الطاقة: الإنتاج سيرتفع إلى 12 مليون برميل يومياً"
    assert meta.published == "2024-03-05"
    assert meta.url == "https://news.example.com/economy/2024/03/05/energy-output"
    assert meta.source == "صحيفة المرصد"
    assert meta.author == "سارة الأحمد"
    assert meta.input_format == "html"
    assert meta.attribution == "واس"
    assert [(h.text, h.level) for h in doc.headings] == [
        ("وزير الطاقة: الإنتاج سيرتفع إلى 12 مليون برميل يومياً", 1),
        ("استثمارات في الحقول البحرية", 2),
        ("ردود فعل الأسواق", 3),  # a paragraph all in <strong>
    ]
    assert doc.check_offsets() == []


def test_page_boilerplate_is_gone_and_content_kept() -> None:
    doc = from_path(PAGE)
    for kept in (
        "أعلن وزير الطاقة اليوم الثلاثاء",
        "رصدت 40 مليار دولار لهذا الغرض.",
        "الحقل الثاني قبالة الساحل الشرقي بطاقة 180 ألف برميل يومياً.",
    ):
        assert kept in doc.text
    for gone in (
        "الرئيسية",
        "غائم جزئيا",
        "شارك هذا المقال",
        "كورونا يقتل",
        "إضافة تعليق جديد",
        "جميع الحقوق محفوظة",
        "اقرأ أيضاً",
        "(واس)",
        "window.dataLayer",
    ):
        assert gone not in doc.text
    # a <br> splits a paragraph; list items are paragraphs
    assert "\n\nوقال محلل في أحد بنوك الاستثمار" in doc.text
    assert "الحقل الأول في الخليج العربي بطاقة 120 ألف برميل يومياً." in [
        p.text for p in doc.paragraphs
    ]


def test_boilerplate_offsets_point_into_the_extracted_text() -> None:
    doc = from_path(PAGE)
    assert [b.rule for b in doc.boilerplate] == ["read_more", "credit"]
    for paragraph in doc.paragraphs:
        assert doc.to_source(paragraph.start) is not None


def test_assabah_page_with_and_without_snippets(data_dir: Path) -> None:
    html_dir = data_dir / "html"
    expected = json.loads((html_dir / "assabah.com.tn.article.expected.json").read_text("utf-8"))
    (entry,) = expected.values()
    doc = from_path(html_dir / entry["file"])
    for snippet in entry["with"]:
        assert snippet in doc.text
    for snippet in entry["without"]:
        assert snippet not in doc.text
    assert doc.metadata.title is not None and "خالد عبد الكريم" in doc.metadata.title
    assert doc.headings and doc.headings[0].level == 1
    assert doc.check_offsets() == []


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16"])
def test_html_in_other_encodings(page_html: str, encoding: str) -> None:
    expected = from_path(PAGE)
    html = page_html.replace('charset="utf-8"', f'charset="{encoding}"')
    html = html.replace("©", "(c)")  # not in windows-1256
    doc = from_bytes(html.encode(encoding), doc_id="news-page")
    assert doc.text == expected.text


def test_declared_charset_wins_over_a_wrong_meta(page_html: str) -> None:
    expected = from_path(PAGE)
    data = page_html.replace('charset="utf-8"', 'charset="iso-8859-6"').encode("utf-8")
    assert from_bytes(data, doc_id="news-page", declared="utf-8").text == expected.text


def test_html_detection() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body></body></html>")
    assert looks_like_html("\ufeff  <html lang='ar'>")
    assert looks_like_html("<p>فقرة</p>")
    assert sniff_html("<html><body>".encode("utf-16"))
    assert not looks_like_html("قال الرئيس إن <الحرب> انتهت")
    assert not looks_like_html("<<عاجل>> انفجار في العاصمة")


def test_from_text_takes_the_html_path(page_html: str) -> None:
    assert from_text(page_html, doc_id="p").headings[0].level == 1


@pytest.mark.parametrize(
    ("html", "error"),
    [
        ("<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>", EmptyInput),
        (
            "<html><body><p>Only English text in this page, nothing else.</p></body></html>",
            InputError,
        ),
        ("<html><body>" + "<div>" * 5000 + "</body>", InputError),
    ],
)
def test_pages_without_arabic_content_give_clear_errors(html: str, error: type) -> None:
    with pytest.raises(error):
        from_html(html, doc_id="p")


def test_broken_and_truncated_html_never_crashes(page_html: str) -> None:
    truncated = page_html[: page_html.index("ستسمح لنا")]
    doc = from_html(truncated, doc_id="p")
    assert "أعلن وزير الطاقة" in doc.text
    junk = b"<html><body>" + bytes(range(256)) * 20
    with pytest.raises(InputError):
        from_bytes(junk, doc_id="junk")


def test_huge_page_is_refused(page_html: str) -> None:
    with pytest.raises(TooLarge):
        from_html(page_html, Options(max_bytes=2000), doc_id="p")
    with pytest.raises(TooLarge):
        from_bytes(page_html.encode("utf-8"), Options(max_bytes=2000), doc_id="p")


def test_html_document_matches_the_schema_and_round_trips() -> None:
    import jsonschema

    import marsad
    from marsad.document import Document

    schema_path = Path(marsad.__file__).parent / "schema" / "marsad-1.schema.json"
    doc = from_path(PAGE)
    data = doc.to_dict()
    jsonschema.validate(data, json.loads(schema_path.read_text(encoding="utf-8")))
    assert Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == doc
