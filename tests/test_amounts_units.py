"""Amounts: what a figure counts when the grammar around it says more than one word does —
pairs of nouns, repeated scales, rates, definite counts, "آخرين", currencies named once, one."""

from __future__ import annotations

import pytest

from marsad.document import Amount, Document
from marsad.extract.amounts.component import extract_amounts
from marsad.settings import Options


def amounts(text: str) -> list[Amount]:
    doc = Document(id="t", text=text)
    extract_amounts(doc, Options())
    assert doc.check_offsets() == []
    return doc.amounts


def triples(text: str) -> list[tuple[str, float, str]]:
    return [(a.text, a.value, a.unit) for a in amounts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun and its feminine, in any case or number: both are what is counted
        ("بمشاركة 130 طالبا وطالبة، بجامعة الأميرة نورة", ("130 طالبا وطالبة", "طالب وطالبة")),
        (
            "وتم قبول أكثر من 6 آلاف متدرب ومتدربة على مستوى الكليات",
            ("أكثر من 6 آلاف متدرب ومتدربة", "متدرب ومتدربة"),
        ),
        (
            "كشفت المؤسسة عن قبول 18.410 متدربين ومتدربات خلال الفترة الماضية",
            ("18.410 متدربين ومتدربات", "متدرب ومتدربة"),
        ),
        # two known nouns of the same number
        ("وشملت الدراسة المنشورة 800 رجل وامرأة في أستراليا", ("800 رجل وامرأة", "رجل وامرأة")),
        ("وصل عدد المنقولين إلى 26 مليون مصل ومعتمر", ("26 مليون مصل ومعتمر", "مصل ومعتمر")),
    ],
)
def test_pairs_of_nouns(text: str, expected: tuple[str, str]) -> None:
    found = amounts(text)
    assert [(a.text, a.unit) for a in found] == [expected]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # a verbal noun after و opens a new phrase with its own object
        ("أسفرت عن وفاة 34 شخصا وإصابة أكثر من 200 آخرين.", "شخص"),
        ("أدى إلى مقتل 15 شخصا وإصابة المئات.", "شخص"),
        ("تم إيقاف أربعة شبان وإدراج اثنين محل بحث وتفتيش", "شاب"),
        ("بعدما أغواه التنظيم بأنه سيحظى بأربع زوجات وسيارة باهظة الثمن", "زوجة"),
    ],
)
def test_second_noun_that_opens_a_phrase(text: str, unit: str) -> None:
    assert amounts(text)[0].unit == unit


def test_digits_that_already_say_the_scale() -> None:
    # "8000 الاف": the plural scale repeats the thousands of the digits (it follows 3-10 only)
    assert triples("كان يقدر عددهم ب 8000 الاف طالب.") == [("8000 الاف طالب", 8000, "طالب")]
    assert triples("بلغت 107 ملايين دولار") == [("107 ملايين دولار", 107e6, "USD")]
    assert triples("بكمية 505 آلاف طن من القمح") == [("505 آلاف طن", 505e3, "tonne")]


def test_base_of_a_rate_is_no_amount() -> None:
    found = triples("انخفضت الإصابات من 2.3 إصابة إلى 1.3 إصابة لكل 100 امرأة.")
    assert [v for _, v, _ in found] == [2.3, 1.3]
    assert triples("سجلت 40 حالة في كل 100 ألف نسمة.") == [("40 حالة", 40, "حالة")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وتم استيعاب الطلبة البالغ عددهم الـ1500 طالب في وقت وجيز", [("1500 طالب", 1500)]),
        ("حيث لا يتعدى الـ11 قطعة في اليوم", [("11 قطعة", 11)]),
        # after a definite noun the number is an ordinal or an adjective
        ("وتقام البطولة العربية الـ13 للكرة الطائرة", []),
        ("في الدورة الـ 15 للمؤسسة", []),
    ],
)
def test_definite_number_with_its_noun(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(t, v) for t, v, _ in triples(text)] == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # "آخرين" counts the people named before it in its sentence
        ("أعلنت مصادر مقتل جنديين تركيين وجرح أربعة آخرين مساء السبت", "جندي"),
        ("ما أدى إلى مصرع 18 متمردا وإصابة 25 آخرين بجراح.", "متمرد"),
        # not the verb or the verbal noun right before the number
        ("أعلن المتحدث مقتل أربعة متمردين في كمين وأسر 119 آخرين.", "متمرد"),
    ],
)
def test_others_are_people(text: str, unit: str) -> None:
    assert {a.unit for a in amounts(text)} == {unit}


def test_others_take_no_measure() -> None:
    text = "تبعد الجزيرة 27 كيلومترا عن الساحل. وأصيب 17 آخرين في القصف."
    assert triples(text) == [("27 كيلومترا", 27, "km")]
    # أخرى (things) still take the figure before: "4 مليارات أخرى"
    text = "وخصص 4 مليارات دولار للحفر و4 مليارات أخرى لحفر الأنفاق"
    assert [u for _, _, u in triples(text)] == ["USD", "USD"]


def test_currency_named_in_full_once() -> None:
    text = (
        "عوضت الشرطة الشاب بمبلغ 5000 آلاف جنيه إسترليني بعد أن تبرع بجنيه واحد لمشرد. "
        "وقبلت تسوية تساوي حوالي 30 ألف ريال ليحصل على 5000 آلاف جنيه."
    )
    assert triples(text) == [
        ("5000 آلاف جنيه إسترليني", 5000, "GBP"),
        ("جنيه واحد", 1, "GBP"),
        ("حوالي 30 ألف ريال", 30000, "SAR"),
        ("5000 آلاف جنيه", 5000, "GBP"),
    ]
    # with no qualified mention a bare name keeps its default
    assert triples("بلغت الغرامة 500 جنيه") == [("500 جنيه", 500, "EGP")]
    assert triples("بلغت 500 دينار كويتي و300 دينار") == [
        ("500 دينار كويتي", 500, "KWD"),
        ("300 دينار", 300, "KWD"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصدقت المدينة على غرامة دولار واحد على الأهالي", [("دولار واحد", 1, "USD")]),
        ("وسيكون سعر الرغيف بريال واحد طيلة الأيام", [("ريال واحد", 1, "SAR")]),
        # one of a thing, a time or a body part is no claim
        ("وصلوا في وقت واحد إلى المطار", []),
        ("قد تكون الآلام في قدم واحدة دون الأخرى", []),
        ("ستمدد الاتفاقية لعام واحد", []),
        # a number that happens to start with واحد is still read whole
        ("تم رصد مبلغ واحد مليون دينار فقط", [("واحد مليون دينار", 1e6, "TND")]),
    ],
)
def test_one_of_a_currency_or_measure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert triples(text) == expected


def test_year_word_before_a_year_counts_nothing() -> None:
    # "20 مليوناً عام 2014": عام names the year; the millions count the noun before
    text = "شرد نحو 200 ألف شخص. وأدت الكوارث لنزوح 20 مليوناً عام 2014"
    assert triples(text) == [("نحو 200 ألف شخص", 200000, "شخص"), ("20 مليوناً", 2e7, "شخص")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # أفعُل and hollow فِعلان plurals after 3-10, singular found among the counted nouns
        ("وافتتحت الجامعة ستة أفرع جديدة للبنات", ("ستة أفرع", "فرع")),
        ("وتضم الكلمة أربعة أحرف فقط", ("أربعة أحرف", "حرف")),
        ("ونفقت 6 حيتان على الشاطئ أمس", ("6 حيتان", "حوت")),
    ],
)
def test_broken_plurals_that_lose_a_letter(text: str, expected: tuple[str, str]) -> None:
    assert [(a.text, a.unit) for a in amounts(text)] == [expected]


def test_first_person_verbs_after_a_number_word_are_no_plurals() -> None:
    # "لست أدري" is "I do not know", not six of anything
    assert amounts("لست أدري ما الذي حدث في تلك الليلة") == []


def test_a_rate_written_with_a_slash() -> None:
    # weather bulletins: "من 30 إلى 40 كلم/س" is a wind speed, not a distance
    found = amounts("وتكون الريح من القطاع الشرقي قوية نسبيا من 30 إلى 40 كلم/س بالجنوب")
    assert [(a.value, a.unit) for a in found] == [(30, "km/h"), (40, "km/h")]
    assert [a.unit for a in amounts("وسعر اللحم 25 دينار/كلغ في السوق")] == ["TND"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("مواطن يؤكد تلقيه 6 خطايا في يوم واحد", "خطية"),
        ("طرح 3 مشاريع إنشائية جديدة تخدم مترو جدة", "مشروع"),
        ("يفتك الفريق الصدارة برصيد 6 نقاط قبل منافسه", "نقطة"),
        ("وبها 26 مركزا انتخابيا و5 مراكز للنساء", "مركز"),
    ],
)
def test_broken_plurals_the_corpus_statistics_left_as_they_are(text: str, unit: str) -> None:
    assert amounts(text)[-1].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # a year-like number before a word that is no known noun is a year, not a count
        "معطر : اتصلت بالزواري في انتخابات 2014 وهكذا كان رده",
        "بارتفاع كبير مقارنة بسنة 2015 مذكرا ان معدل الاستهلاك كان ضعيفا",
        "ومنذ ان بدأ نشاطهما انطلاقا من منزلهما في صيف 2013 قاما بتأجير الدجاج",
        # a rank in brackets before the next country; a relative adjective agreeing with a dual
        "بعد مصر (18 عالميا) والجزائر (27) والسعودية (28) وسوريا (42)",
        "مضيق تيران وخليج العقبة هما ممران مائيان دوليان مفتوحان للإبحار",
    ],
)
def test_years_ranks_and_adjectives_count_nothing(text: str) -> None:
    assert amounts(text) == []


def test_counted_nouns_and_units_seen_missing_in_the_corpus() -> None:
    assert triples("أكثر من 10 ملايين مؤمن لهم") == [("أكثر من 10 ملايين مؤمن", 10e6, "مؤمن")]
    assert triples("بلغ عددهم 46.4 ألف مشترك") == [("46.4 ألف مشترك", 46400, "مشترك")]
    assert [a.unit for a in amounts("كمية ما بين 400 مليغرام إلى 1600 مليغرام")] == ["mg", "mg"]
    assert triples("وشارك 2000 طالب في الماراثون") == [("2000 طالب", 2000, "طالب")]


def test_kilowatt_hours_as_tunisian_copy_writes_them() -> None:
    # "كيلوات" (one و) was read as "كيلو", a kilogram; per hour it is energy
    text = "الحرفاء الذين يستهلكون ما بين 1 و50 كيلوات/ساعة في الشهر، ومحطة بقدرة 500 كيلوات."
    assert [(a.value, a.unit) for a in amounts(text)] == [(1, "kWh"), (50, "kWh"), (500, "kW")]
    assert [(a.value, a.unit) for a in amounts("اشترى 5 كيلو من اللحم")] == [(5, "kg")]
