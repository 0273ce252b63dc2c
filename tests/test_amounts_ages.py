"""Ages count (an amount in years); durations do not (the times stage reads them)."""

from __future__ import annotations

import pytest

from marsad.document import Document
from marsad.extract.amounts.component import extract_amounts
from marsad.extract.times.component import extract_times
from marsad.settings import Options


def found(text: str) -> tuple[list[tuple[str, float, str]], list[str]]:
    """(amounts as (text, value, unit), durations found by the times stage)."""
    doc = Document(id="t", text=text)
    doc.metadata.published = "2015-08-04"
    extract_amounts(doc, Options())
    extract_times(doc, Options())
    assert doc.check_offsets() == []
    durations = [t.value or "" for t in doc.times if t.kind == "duration"]
    return [(a.text, a.value, a.unit) for a in doc.amounts], durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حققت الشرطة أمنية لامرأة مسنة تبلغ من العمر 99 عاما ووافقت", [("99 عاما", 99)]),
        # an age noun earlier in the clause, a range of ages
        (
            "ضبط قارب على متنه شبان تتراوح أعمارهم بين 17 و 25 سنة كانوا بصدد الإبحار",
            [("بين 17", 17), ("25 سنة", 25)],
        ),
        ("حظر بيع التبغ للذين تقل أعمارهم عن ١٨ عاما.", [("١٨ عاما", 18)]),
        # an owner before the definite number, and the units that only count ages
        ("بدأ برشلونة يتابع المدافع الشاب ذو الـ18 ربيعًا منذ كأس أمريكا", [("18 ربيعًا", 18)]),
        ("ترويها أم ناصر ذي الـ 60 خريفاً وهي إحدى النساء", [("60 خريفاً", 60)]),
        ("توفي الفنان عن عمر يناهز الـ82 عاماً، أمس الجمعة", [("82 عاماً", 82)]),
        # dating back: the age of what is described
        (
            "العلاقات الدبلوماسية بين المملكة وإيطاليا يعود تاريخها إلى أكثر من 80 عاما",
            [("أكثر من 80 عاما", 80)],
        ),
        # ordinal ages
        (
            "أكثر من 80 في المئة من الوفيات من الأطفال دون سن الخامسة.",
            [("أكثر من 80 في المئة", 80), ("سن الخامسة", 5)],
        ),
        (
            "سجل هدفا في أول مباراة له حين كان في السادسة عشرة من عمره.",
            [("السادسة عشرة من عمره", 16)],
        ),
        ("أتيلا اعتلى الحكم وهو في الأربعين من عمره بعدما توفي عمه", [("الأربعين من عمره", 40)]),
    ],
)
def test_ages_count(text: str, expected: list[tuple[str, float]]) -> None:
    amounts, durations = found(text)
    assert [(t, v) for t, v, _ in amounts] == expected
    assert durations == []


def test_age_units_are_years() -> None:
    amounts, _ = found("المدافع الشاب ذو الـ18 ربيعًا")
    assert [u for _, _, u in amounts] == ["year"]
    amounts, _ = found("الأطفال دون سن الخامسة يعانون من زيادة الوزن")
    assert amounts == [("سن الخامسة", 5, "year")]


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("حكم الرئيس البلاد 30 عاما قبل أن يتنحى", "P30Y"),
        ("وقد عمل عمر في الشركة لمدة 12 عاما", "P12Y"),
        ("أن الإشكال قديم ويعود إلى 5 سنوات مضت", "P5Y"),
    ],
)
def test_durations_are_no_ages(text: str, duration: str) -> None:
    amounts, durations = found(text)
    assert amounts == []
    assert durations == [duration]


def test_no_ages() -> None:
    assert found("عثر على جثة شاب في العقد الرابع من العمر مشنوقا")[0] == []
    assert found("تشجيعات ضريبية للصناعات المصدرة خلال الـ25 سنة الأولى من إقامة المشروع")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bound before a number of years is an age limit, not a span of time
        ("حين يتناول الأطفال دون 4 سنوات الطعام مجانًا في المطاعم", [("4 سنوات", 4)]),
        ("توج المنتخب السعودي لكرة الطاولة تحت 18 عاما بلقب البطولة", [("18 عاما", 18)]),
        # a dash after a name, closed by a mark
        ('تعرضت البريطانية "ويندي باربر - 44 عاماً" لهجوم وحشي', [("44 عاماً", 44)]),
        # "الـ N من عمره": a definite number with the age tail
        ("توفي طفل في الـ12 من عمره بعدما تركه والده في السيارة", [("12 من عمره", 12)]),
        ("وامرأة في ال26 من العمر أصيبت بجروح", [("26 من العمر", 26)]),
    ],
)
def test_age_limits_and_tails(text: str, expected: list[tuple[str, float]]) -> None:
    amounts, durations = found(text)
    assert [(t, v) for t, v, _ in amounts] == expected
    assert all(u == "year" for _, _, u in amounts)
    assert durations == []


def test_dash_in_running_text_is_no_age() -> None:
    # "- 17 عاما في بايرن": the dash opens an aside and the years are a span
    amounts, _ = found("وقضى اللاعب - الفائز بكأس العالم الماضية - 17 عاما في بايرن قبل أن ينتقل")
    assert amounts == []
    # and a bound does not make hours an age
    amounts, durations = found("تصل الوثائق إلى المستفيد في مدة دون 24 ساعة من الطلب")
    assert amounts == [] and durations == ["PT24H"]
