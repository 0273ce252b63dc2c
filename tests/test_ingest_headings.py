"""Sub-headings of plain text (marsad/lang/ar/headings.yaml): own lines and run-in ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluate import normalize_phrase
from marsad.ingest import from_text
from marsad.ingest.headings import heading_paragraphs

BODY1 = (
    "قال وزير الخارجية السعودي إن المملكة تدعم جهود التهدئة في المنطقة، مؤكداً أهمية الحوار "
    "بين الأطراف كافة."
)
BODY2 = (
    "وأضاف الوزير خلال مؤتمر صحافي في الرياض أن بلاده ستواصل العمل مع شركائها الدوليين لدعم "
    "الاستقرار في المنطقة."
)


def _headings(line: str) -> list[str]:
    return [h.text for h in from_text(f"{BODY1}\n{line}\n{BODY2}").headings]


@pytest.mark.parametrize(
    "line",
    [
        "تهديد أمني كبير",
        "زيلينسكي: 12 ألف جندي كوري شمالي سيكونون في روسيا",
        "التعاون العسكري الروسي-الكوري الشمالي يشكل “تهديدا أمنيا كبيرا”",
        "وزيرة خارجية كوريا الشمالية تتوجه إلى روسيا",
        "* تراجع ملموس في أسواق المنطقة",
    ],
)
def test_short_lines_between_paragraphs_are_headings(line: str) -> None:
    assert _headings(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "لندن: رنيم حنوش",  # place: author
        "محمد العلي - الرياض",  # author - place
        "وقال الوزير إن الاجتماع كان مثمراً",  # continues the text
        "والولايات المتحدة شريك أساسي",  # و + definite noun continues
        "وأحجمت المتحدثة عن التعليق.",  # a short full sentence
        "ما الذي يحدث في السودان؟",  # an interview question
        "جانب من الاجتماع الوزاري",  # a photo caption
        "3- الضغوط على الهيكل المالي",  # a numbered list item
        "الرياض، جدة، الدمام",  # a list
        "للتواصل: writer@example.com",
        "#السعودية_تنتصر",
    ],
)
def test_datelines_sentences_and_captions_are_not_headings(line: str) -> None:
    assert _headings(line) == []


def test_a_heading_needs_body_text_on_both_sides() -> None:
    assert heading_paragraphs(["تهديد أمني كبير", BODY1, BODY2]) == []
    assert heading_paragraphs([BODY1, BODY2, "تهديد أمني كبير"]) == []
    # lines of a poem or a list: no body paragraph around them
    assert heading_paragraphs([BODY1, "يا ليل الصب متى غده", "أقيام الساعة موعده", BODY2]) == []


FLAT = (
    "أعلنت وزارة الصحة اليوم عن خطة جديدة لتطوير المستشفيات الحكومية في جميع المحافظات خلال "
    "السنوات الثلاث المقبلة، بتكلفة تقدر بنحو ملياري دينار. وأوضح الوزير في ندوة صحافية أن الخطة "
    "تشمل بناء عشرة مستشفيات جديدة وتجهيز أقسام الطوارئ بمعدات حديثة وتوظيف آلاف الأطباء "
    "والممرضين. نقص الأطباء وفي رده على سؤال حول نقص الأطباء في المناطق الداخلية قال الوزير إن "
    "الحكومة ستقدم حوافز مالية للأطباء الذين يقبلون العمل في هذه المناطق لمدة لا تقل عن خمس "
    "سنوات. وأضاف أن الوزارة ستفتح باب الانتداب في الأسابيع المقبلة لسد الشغور في المستشفيات "
    "الجهوية. الحكومة تدعم القطاع وفي المقابل تواصل الحكومة دعم القطاع الخاص عبر قروض ميسرة "
    "للمصحات الجديدة في المناطق الداخلية."
)


def test_headings_run_into_a_flattened_paragraph() -> None:
    doc = from_text(FLAT)
    assert [h.text for h in doc.headings] == ["نقص الأطباء", "الحكومة تدعم القطاع"]
    assert doc.check_offsets() == []
    assert len(doc.paragraphs) == 1  # a run-in heading stays inside its paragraph


def test_run_in_phrase_without_echo_or_with_a_clause_is_not_a_heading() -> None:
    no_echo = FLAT.replace("نقص الأطباء وفي", "أزمة حادة وفي")
    assert "أزمة حادة" not in [h.text for h in from_text(no_echo).headings]
    clause = FLAT.replace("الحكومة تدعم القطاع وفي", "الحكومة لا تدعم القطاع وفي")
    assert "الحكومة لا تدعم القطاع" not in [h.text for h in from_text(clause).headings]
    short = FLAT[: FLAT.index(" وأضاف أن الوزارة")]  # too short a paragraph: not flattened
    assert from_text(short).headings == []


def test_dev_headings_exactly(dev_dir: Path) -> None:
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = from_text((dev_dir / gold["file"]).read_text(encoding="utf-8"), doc_id=gold["id"])
        assert [normalize_phrase(h.text) for h in doc.headings] == [
            normalize_phrase(h) for h in gold["headings"]
        ], gold["id"]


def test_bulleted_labels_that_open_a_list_are_headings_line_by_line() -> None:
    text = "\n".join(
        [
            BODY1,
            "• أبرز أعمال",
            " اللجنة خلال الموسم:",
            "- استقبال أكثر من ألفي مراجع في مقرها الرئيسي بجدة.",
            "- إرسال فرق ميدانية إلى المحافظات.",
            "* المقادير:",
            "- كوبان من الدقيق الأبيض.",
            BODY2,
        ]
    )
    assert [h.text for h in from_text(text).headings] == [
        "• أبرز أعمال",
        "اللجنة خلال الموسم:",
        "* المقادير:",
    ]


def test_bullets_without_a_closing_colon_stay_list_items() -> None:
    text = "\n".join([BODY1, "• زيادة الرواتب", "• خفض الضرائب على الشركات", BODY2])
    assert from_text(text).headings == []
