"""Times: every month naming, Hijri dates, relative days and periods, durations, traps."""

from __future__ import annotations

import pytest

from marsad.document import Document, Metadata, TimeExpr
from marsad.extract.numeric.calendar import gregorian_months, hijri_months, weekdays
from marsad.extract.numeric.shadow import fold
from marsad.extract.times.component import extract_times
from marsad.settings import Options

PUB = "2024-10-29"  # a Tuesday, the sample article's date


def times(text: str, published: str | None = PUB) -> list[TimeExpr]:
    doc = Document(id="t", text=text, metadata=Metadata(published=published))
    extract_times(doc, Options())
    assert doc.check_offsets() == []
    return doc.times


def dates(text: str, published: str | None = PUB) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times(text, published) if t.kind != "duration"]


def durations(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times(text) if t.kind == "duration"]


# ----------------------------------------------------------------------------- tables


def test_month_tables_come_from_cldr_for_every_naming() -> None:
    months = gregorian_months()
    for name, number in [
        ("يناير", 1),
        ("كانون الثاني", 1),  # Levantine / Iraqi
        ("جانفي", 1),  # Maghrebi (Tunisia, Algeria)
        ("فيفري", 2),
        ("أفريل", 4),
        ("جوان", 6),
        ("جويلية", 7),
        ("أوت", 8),
        ("يوليوز", 7),  # Moroccan
        ("غشت", 8),
        ("شتنبر", 9),
        ("نونبر", 11),
        ("دجنبر", 12),
        ("تشرين الأول", 10),
        ("آب", 8),
    ]:
        assert months[fold(name)] == number
    assert hijri_months()[fold("شوال")] == 10
    assert hijri_months()[fold("ذي الحجة")] == 12
    assert weekdays()[fold("الإثنين")] == 0
    assert weekdays()[fold("الأحد")] == 6


# ----------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خلال قمة يونيو (حزيران) 2024", ("يونيو (حزيران) 2024", "2024-06")),
        ("منذ مارس (آذار) 2022، بحسب تحليل", ("مارس (آذار) 2022", "2022-03")),
        ("في السادس من آب/أغسطس من عام 1945", ("السادس من آب/أغسطس من عام 1945", "1945-08-06")),
        ("يوم 15 نوفمبر 1988 بالجزائر", ("15 نوفمبر 1988", "1988-11-15")),
        ("في 13 ديسمبر من عام 1988 حيث", ("13 ديسمبر من عام 1988", "1988-12-13")),
        ("صدر في 3 كانون الثاني 2023 قرار", ("3 كانون الثاني 2023", "2023-01-03")),
        ("في 14 تشرين الأول 2019", ("14 تشرين الأول 2019", "2019-10-14")),
        ("يوم 12 جانفي 2017 بتونس", ("12 جانفي 2017", "2017-01-12")),
        ("في 5 جويلية 2016", ("5 جويلية 2016", "2016-07-05")),
        ("على مبنى الأمم المتحدة في ماي 2015", ("ماي 2015", "2015-05")),
        ("في 20 غشت 2018 بالرباط", ("20 غشت 2018", "2018-08-20")),
        ("منذ شتنبر 2021", ("شتنبر 2021", "2021-09")),
        ("جدة 10 أغسطس 2015 م واس", ("10 أغسطس 2015 م", "2015-08-10")),
        ("مستوياتها في يونيو حزيران 2023 مع", ("يونيو حزيران 2023", "2023-06")),  # Reuters
        ("بتاريخ 29/10/2024 صدر", ("29/10/2024", "2024-10-29")),
        ("بتاريخ 2024-10-29 صدر", ("2024-10-29", "2024-10-29")),
    ],
)
def test_dates_with_every_month_naming(text: str, expected: tuple[str, str]) -> None:
    assert dates(text) == [expected]


def test_hijri_dates_use_umm_al_qura() -> None:
    assert dates("جدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس", "2015-08-10") == [
        ("25 شوال 1436 هـ", "2015-08-10"),
        ("10 أغسطس 2015 م", "2015-08-10"),
    ]
    assert dates("في 10 ذي الحجة 1445هـ") == [("10 ذي الحجة 1445هـ", "2024-06-16")]
    # a Hijri month is the Gregorian month it begins in (Ramadan 1436: 18 June - 16 July)
    (ramadan,) = times("خلال شهر رمضان 1436 هـ")
    assert (ramadan.value, ramadan.grain) == ("2015-06", "month")
    (year,) = times("الميزانية العامة لعام 1436 هـ")
    assert year.value == "2014-10-25/2015-10-13"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # numeric Hijri dates: day first or year first, any separator, with or without هـ
        ("الاعتداء على المصلين بتاريخ 10/1/1436. وحادث آخر", ("10/1/1436", "2014-11-03")),
        # a weekday with its date right after it is one expression
        ("يوم الخميس 5 / 11 / 1436 هـ الموافق", ("يوم الخميس 5 / 11 / 1436 هـ", "2015-08-20")),
        ("نشر في العدد الصادر بتاريخ 17-9-1436هـ تحت عنوان", ("17-9-1436هـ", "2015-07-04")),
        ("اعتبارا من تاريخ 1436/11/8 وذلك للمعاينة", ("1436/11/8", "2015-08-23")),
        ("قال إن الحادث وقع في 24 ـ 6 ـ 1431هـ عند المدخل", ("24 ـ 6 ـ 1431هـ", "2010-06-07")),
        ("بخطاب الوزارة وتاريخ ٢٨/٧/١٤٣٦ه المتضمن", ("٢٨/٧/١٤٣٦ه", "2015-05-17")),
        # parts of a Hijri year name a day
        ("سيتواصل الصرف للمسجلين حتى نهاية عام ١٤٣٥هـ. أما", ("نهاية عام ١٤٣٥هـ", "2014-10-24")),
        ("المرحلة التي بدأت في بداية عام 1436هـ، وانتهت", ("بداية عام 1436هـ", "2014-10-25")),
        # a Hijri month placed by its direction or the dateline; an ordinal day
        ("صدرت الموافقة خلال شهر رمضان الماضي بمنح", ("شهر رمضان الماضي", "2015-06")),
        ("وانتهت في شهر رجب الماضي، والذين", ("شهر رجب الماضي", "2015-04")),
        ("مهلة التصحيح تنتهي في 30 شوال الجاري. وكان", ("30 شوال الجاري", "2015-08-15")),
        ("ستعلن النتائج يوم الخميس 28 شوال", ("يوم الخميس 28 شوال", "2015-08-13")),
        (
            "وستعلن القوائم في السابع عشر من شهر ذي الحجة",
            ("السابع عشر من شهر ذي الحجة", "2015-09-30"),
        ),
    ],
)
def test_hijri_forms(text: str, expected: tuple[str, str]) -> None:
    assert expected in dates(text, "2015-08-04")


def test_a_weekday_followed_by_its_date_is_that_date() -> None:
    found = dates("ويبدأ التقديم عليها من يوم الأحد الموافق 24 /10/ 1436ه في مقر", "2015-08-04")
    assert found == [("يوم الأحد", "2015-08-09"), ("24 /10/ 1436ه", "2015-08-09")]
    # written right after the weekday, the date is part of its expression
    found = dates("ستجرى اختبارات الدورة الرئيسية يوم الأربعاء 7 جوان 2017 و", "2017-05-20")
    assert found == [("يوم الأربعاء 7 جوان 2017", "2017-06-07")]
    found = dates("دعت دولة الإمارات اليوم الثلاثاء 6 جوان 2017، إلى وضع خارطة طريق", "2017-06-06")
    assert found == [("اليوم الثلاثاء 6 جوان 2017", "2017-06-06")]
    # a date that is not that weekday leaves the weekday to the dateline
    assert dates("قال يوم الخميس 18 جانفي 2017 في", "2017-01-20")[0] == ("يوم الخميس", "2017-01-19")


def test_ranges_of_days_parts_of_hijri_months_and_year_first_dates() -> None:
    assert dates("في الفترة من 15 إلى 20 أغسطس الجاري", "2015-08-04") == [
        ("15", "2015-08-15"),
        ("20 أغسطس الجاري", "2015-08-20"),
    ]
    found = dates("خلال الفترة من 19 – 21 شوال 1436هـ", "2015-08-04")
    assert found == [("19", "2015-08-04"), ("21 شوال 1436هـ", "2015-08-06")]
    assert dates("اعتبارا من غرة ذي القعدة 1436هـ", "2015-08-04") == [
        ("غرة ذي القعدة 1436هـ", "2015-08-16")
    ]
    assert dates("ويستمر حتى نهاية شهر شوال الجاري", "2015-08-04") == [
        ("نهاية شهر شوال الجاري", "2015-08-15")
    ]
    assert dates("وذلك بتاريخ 2015/08/04 في المقر", "2015-08-10") == [("2015/08/04", "2015-08-04")]
    assert dates("للاستثمار (يومي 29 و30 نوفمبر 2016) والتي", "2016-11-20") == [
        ("29", "2016-11-29"),
        ("30 نوفمبر 2016", "2016-11-30"),
    ]
    found = dates("صباح يوم الخميس الموافق 6 أغسطس", "2015-08-04")
    assert found == [("يوم الخميس", "2015-08-06"), ("6 أغسطس", "2015-08-06")]


def test_hijri_month_names_that_are_words() -> None:
    assert dates("وفاز الفريق 5 صفر على منافسه", "2015-08-04") == []
    assert dates("استقبل الرئيس رجب طيب أردوغان", "2015-08-04") == []
    assert dates("في رمضان الماضي", "2015-07-01") == [("رمضان الماضي", "2014-06")]  # in Ramadan


def test_parts_of_the_current_year_and_the_year_before_the_one_named() -> None:
    assert dates("للوصول إلى أوروبا منذ بداية العام. وقالت", "2017-06-18") == [
        ("بداية العام", "2017-01-01")
    ]
    assert dates("ويرفع البنك أسعار الفائدة في نهاية العام.", "2015-08-04") == [
        ("نهاية العام", "2015-12-31")
    ]
    assert dates("مع بداية العام الدراسي المقبل", "2015-08-04") == []
    assert dates("مقارنة بالعام الماضي", "2015-08-04") == [("بالعام الماضي", "2014")]
    found = dates("بلغت في نهاية عام 2014م مقارنة بنمو 9% في العام السابق.", "2015-08-04")
    assert found == [("نهاية عام 2014م", "2014-12-31"), ("العام السابق", "2013")]
    assert dates("سحب الثقة من الأمين العام السابق للحزب", "2015-08-04") == []


def test_month_without_year_takes_the_year_that_makes_sense() -> None:
    assert dates("والتقى الزعيمان مرة أخرى في يونيو لتوقيع شراكة") == [("يونيو", "2024-06")]
    assert dates("بحلول 27 أكتوبر، سيطرت القوات") == [("27 أكتوبر", "2024-10-27")]
    assert dates("وقالت الجامعة إنها ستعرض المخطوطة في أكتوبر", "2015-07-23") == [
        ("أكتوبر", "2015-10")
    ]
    assert dates("سيزور الرئيس فرنسا في مارس") == [("مارس", "2025-03")]  # future: the coming one
    assert dates("وقع الاتفاق في نوفمبر") == [("نوفمبر", "2023-11")]  # past: the last one
    # a day a few weeks ahead is the coming one, not the same day a year ago
    assert dates("ودية أمام بني ياس يوم 23 يوليو فيما", "2015-07-20") == [
        ("23 يوليو", "2015-07-23")
    ]


def test_months_share_the_year_named_after_them() -> None:
    assert dates("ثلاث قوافل خلال شهور أكتوبر ونوفمبر وديسمبر من العام الجاري.", "2015-07-26") == [
        ("أكتوبر", "2015-10"),
        ("نوفمبر", "2015-11"),
        ("ديسمبر من العام الجاري", "2015-12"),  # one expression: the month and its year
    ]
    assert dates("تطبيق خطة هيكلة الدعم منذ يوليو من العام الماضي.", "2015-08-10") == [
        ("يوليو من العام الماضي", "2014-07")
    ]
    assert dates("بدأ حفر القناة في أغسطس العام الماضي. وتبلغ", "2015-07-26") == [
        ("أغسطس العام الماضي", "2014-08")
    ]
    assert dates("في شهري أغسطس (آب) وسبتمبر (أيلول) 2023") == [
        ("أغسطس (آب)", "2023-08"),
        ("سبتمبر (أيلول) 2023", "2023-09"),
    ]


def test_parts_of_months_and_years() -> None:
    assert dates("منذ مطلع أكتوبر (تشرين الأول)، هو الأكبر") == [
        ("مطلع أكتوبر (تشرين الأول)", "2024-10-01")
    ]
    assert dates("في منتصف سبتمبر") == [("منتصف سبتمبر", "2024-09-15")]
    assert dates("أواخر شهر أفريل المنقضي", "2017-05-11") == [
        ("أواخر شهر أفريل المنقضي", "2017-04")
    ]
    assert dates("حتى نهاية فبراير 2024") == [("نهاية فبراير 2024", "2024-02-29")]
    assert dates("الاحتلال بنهاية عام 2017") == [("بنهاية عام 2017", "2017-12-31")]
    assert dates("في 13 ديسمبر من عام 1988 ... عند نهاية نفس العام") == [
        ("13 ديسمبر من عام 1988", "1988-12-13"),
        ("نهاية نفس العام", "1988-12-31"),
    ]


def test_maghrebi_press_forms() -> None:
    assert dates("يومي 28 فيفري الجاري وغرة مارس 2017", "2017-02-15") == [
        ("28 فيفري الجاري", "2017-02-28"),
        ("وغرة مارس 2017", "2017-03-01"),
    ]
    assert dates("في موفى نوفمبر الفارط", "2017-02-15") == [("موفى نوفمبر الفارط", "2016-11-30")]
    assert dates("بداية من يوم غد الأربعاء إلى موعد لاحق", "2017-01-31") == [
        ("يوم غد الأربعاء", "2017-02-01")
    ]
    assert dates("تعود إلى ليلة 14جانفي 2011 لما", "2017-01-31") == [("14جانفي 2011", "2011-01-14")]


def test_years() -> None:
    assert dates("خلال قمة لندن عام 2014.") == [("عام 2014", "2014")]
    assert dates("عندما كان عضوا بمجلس الشيوخ في 2006 – قدرا") == [("2006", "2006")]
    assert dates("تضاعف الهجرة بين عامي 2000 و2013 من دول") == [
        ("عامي 2000", "2000"),
        ("2013", "2013"),
    ]
    assert dates("كما أقرت في 2012 قانونا يجرم") == [("2012", "2012")]
    assert dates("نشر 3000 جندي في المنطقة") == []  # 3000 is a count, not a year


# ----------------------------------------------------------------------------- relative


def test_relative_days_and_weekdays_against_the_dateline() -> None:
    assert dates("قالت وزارة الدفاع الأميركية أمس الإثنين إن") == [("أمس الإثنين", "2024-10-28")]
    assert dates("وقال الرئيس الأميركي جو بايدن الإثنين إن") == [("الإثنين", "2024-10-28")]
    assert dates("بلغت 3000 جندي يوم الأربعاء الماضي.") == [("يوم الأربعاء الماضي", "2024-10-23")]
    assert dates("وقالت الوكالة اليوم الثلاثاء إن") == [("اليوم الثلاثاء", "2024-10-29")]
    assert dates("يصل الرئيس إلى كينيا غدا الجمعة", "2015-07-24") == [
        ("غدا الجمعة", "2015-07-24")  # the weekday wins over a dateline a day off
    ]
    assert dates("وسيلتقي الوزيران الجمعة المقبل") == [("الجمعة المقبل", "2024-11-01")]
    assert dates("وسيلتقي الوزيران الخميس في باريس") == [("الخميس", "2024-10-31")]
    assert dates("وأعلنت الحكومة البريطانية أمس أنها") == [("أمس", "2024-10-28")]
    assert dates("الدولة المعترفة بها قبل 28 عاما وحتى اليوم") == [
        ("قبل 28 عاما", "1996"),
        ("اليوم", "2024-10-29"),
    ]
    assert dates("وقعت الحادثة قبل ثلاثة أيام في المدينة") == [("قبل ثلاثة أيام", "2024-10-26")]


def test_periods() -> None:
    assert dates("في أقصى شرق روسيا العام الماضي، وطدت") == [("العام الماضي", "2023")]
    assert dates("في الكونجرس هذا العام قبل") == [("هذا العام", "2024")]
    assert dates("ارتفعت الأسعار الشهر الماضي") == [("الشهر الماضي", "2024-09")]
    assert dates("يجتمع المجلس الأسبوع المقبل") == [("الأسبوع المقبل", "2024-W45")]


def test_without_a_publication_date_relative_values_stay_relative() -> None:
    found = times("قالت الوزارة أمس الإثنين إن العام الماضي شهد في أكتوبر وقبل ثلاثة أيام", None)
    assert [(t.text, t.value, t.kind) for t in found] == [
        ("أمس الإثنين", "-P1D", "relative"),
        ("العام الماضي", "-P1Y", "relative"),
        ("أكتوبر", "XXXX-10", "relative"),
        ("قبل ثلاثة أيام", "-P3D", "relative"),
    ]
    assert times("الإثنين الماضي", None)[0].value == "last-monday"
    assert times("في 13 ديسمبر من عام 1988", "not a date")[0].value == "1988-12-13"


def test_anchor_is_recorded_for_relative_values_only() -> None:
    yesterday, absolute = times("أمس و في 13 ديسمبر من عام 1988")
    assert yesterday.anchor == PUB
    assert absolute.anchor is None


# ----------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("في ثاني زيارة لها إلى روسيا خلال ستة أسابيع", "P6W"),
        ("لأكثر من عامين ونصف عام من دون مساعدة", "P2Y6M"),
        ("فترة حماية تستمر 12 عاما ولكن", "P12Y"),
        ("تريد خمسة أعوام فقط", "P5Y"),
        ("ثم ناجازاكي بعدها بثلاثة أيام.", "P3D"),
        ("استمر الاجتماع ساعتين", "PT2H"),
        ("ستمدد لعام واحد أي حتى", "P1Y"),
        ("منذ حوالي الشهرين عددا من المراكز", "P2M"),
        ("خلال عقدين", "P20Y"),
    ],
)
def test_durations_are_iso(text: str, value: str) -> None:
    assert [v for _, v in durations(text)] == [value]


def test_an_age_is_not_a_duration() -> None:
    assert times("أظهرت الفحوص أن عمرها 1370 عاما") == []


# ----------------------------------------------------------------------------- traps


@pytest.mark.parametrize(
    "text",
    [
        "أفرجت الشرطة عن الاثنين المقبوض عليهما بعد التحقيق",  # the two arrested, not Monday
        "وقع الخلاف بين الاثنين حول الميزانية",
        "بعد صلاة الجمعة في المسجد",
        "عمليات التفجير في مساجد الجمعة كل أسبوع",
        "وبلغ أحدث سعر له 1888 دولاراً من 1916 دولارًا",  # prices, not years
        "في الباب الثاني الخاص بالعفو",  # ب + آب is not August
        "مارس الرئيس ضغوطا على الحكومة",  # the verb, not March
        "صدر في اليوم العالمي لعدم التسامح",
        "عين اليوم – واشنطن",
        "لاستطلاعات أجريت على مدار اليوم",
        "في عشرينات القرن الماضي",
    ],
)
def test_traps_are_not_times(text: str) -> None:
    assert dates(text) == []


def test_bad_input_gives_no_times() -> None:
    assert times("") == []
    assert times("٫٬ 99/99/99 هـ") == []
    assert times("بتاريخ 31/02/2024") == []  # there is no 31 February


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nights: tonight, last night (the day before), the night before last
        ("وأحيت الفنانة حفلها الليلة على مسرح قرطاج", [("الليلة", "2015-08-04")]),
        ("وقال مسؤول إن مقاتلات شنت الليلة الماضية أعنف ضربات", [("الليلة الماضية", "2015-08-03")]),
        ("وكانت البلدة شهدت الليلة قبل الماضية مواجهات", [("الليلة قبل الماضية", "2015-08-02")]),
        # a night of the story, not the dateline's
        ("فأنا من أطلق النار وقتل الرجلين في تلك الليلة", []),
        ("تبلغ كلفة الليلة الواحدة في الفندق 500 ريال", []),
        ("تم في الليلة الفاصلة إلقاء القبض على المشتبه به", []),
        # a demonstrative with a proclitic
        ("أن إنتاج الفراولة لهذه السنة يقدر بحوالي 17 ألف طن", [("لهذه السنة", "2015")]),
        # a period with the year it names, in either calendar
        ("بإتمام البرنامج لصيف العام الحالي 2015م في جامعة", [("العام الحالي 2015م", "2015")]),
        (
            "أعلنت عن بدئها مطلع العام القادم 1437هـ إلزام",
            [("مطلع العام القادم 1437هـ", "2015-10-14")],
        ),
        ("مع مطلع العام الهجري القادم سيبدأ التطبيق", [("مطلع العام الهجري القادم", "2015-10-14")]),
        # a fiscal year "1435/1436" or a count after the period leaves the period alone
        ("تم استلام المشاريع العام الماضي 1435/1436هـ", [("العام الماضي", "2014")]),
        ("سجلت المستشفيات العام الماضي 2000 حالة", [("العام الماضي", "2014")]),
    ],
)
def test_nights_and_periods_with_their_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t, v) for t, v in dates(text, "2015-08-04") if "/" not in v]
    assert found == expected


def test_year_word_before_a_year_is_no_duration() -> None:
    # "20 مليوناً عام 2014": the number counts people; عام names the year
    assert dates("أدت الكوارث لنزوح 20 مليوناً عام 2014", "2015-07-21") == [("عام 2014", "2014")]


def test_a_decimal_is_no_year() -> None:
    # stock indices: "إلى 2089.39 نقطة" is a level, not the year 2089
    text = "وستاندرد اند بورز 500 بواقع 11.82 نقطة أو 0.57 بالمئة إلى 2089.39 نقطة"
    assert dates(text) == []
    assert dates("وارتفعت الأرباح في 2014 إلى 12 مليون ريال") == [("2014", "2014")]


def test_decades_need_a_time_cue() -> None:
    # عقود are contracts in "من خمسة إلى ستة عقود استشارية"; decades with منذ/خلال or من الزمن
    assert times("سيكون له عقود استشارية من خمسة إلى ستة عقود وهم استشاريون") == []
    assert durations("استمر الحكم ثلاثة عقود من الزمن") == [("ثلاثة عقود", "P30Y")]
    assert durations("تراجع الإنتاج خلال ثلاثة عقود") == [("خلال ثلاثة عقود", "P30Y")]
    assert times("حيث شهدت الفترة تجديد 8 عقود لشركات بيترولية") == []
    assert times("الوحدة توقع 3 عقود وتصفي الديون") == []
    assert durations("وقد كانت قبل ما ينوف على سبعة عقود حلم كل فتى") == [("سبعة عقود", "P70Y")]


def test_a_day_of_a_month_named_after_it() -> None:
    # "في الـ31 من جانفي", "في الـ21 من الشهر الجاري": the day, not the whole month
    assert dates("سيلتقي الرئيس المكسيكي في الـ31 من جانفي الماضي") == [
        ("الـ31 من جانفي الماضي", "2024-01-31")
    ]
    assert dates("ينطلق الملتقى في الـ 21 من الشهر الجاري") == [
        ("الـ 21 من الشهر الجاري", "2024-10-21")
    ]
    assert dates("تبدأ الدراسة يوم 5 من الشهر المقبل") == [("5 من الشهر المقبل", "2024-11-05")]
    assert dates("إلغاء الإضراب الذي كان مبرمجا يومي 8 و9 من الشهر الجاري") == [
        ("8", "2024-10-08"),
        ("9 من الشهر الجاري", "2024-10-09"),
    ]
    assert dates("ارتفع التضخم بنسبة 5.3 من الشهر الماضي") == [("الشهر الماضي", "2024-09")]
    # a Hijri month's days are not the days of the Gregorian month it begins in
    assert "2024-10-17" not in [v for _, v in dates("تمت البلاغات من 12-17 من شهر ربيع الآخر")]


def test_a_screen_resolution_is_no_year() -> None:
    assert dates("وشاشة عالية الجودة 1366 × 768 أو 1920 × 1080 بيكسل") == []
    assert dates("تصفيات مونديال روسيا 2018 تنطلق") == [("2018", "2018")]


def test_friday_sermons_and_events_named_by_a_month() -> None:
    assert dates("انتهت الوزارة من إكمال موسوعة إرشادية ضخمة معنية بخطب الجمعة") == []
    assert dates("فإن خطيب الجمعة لا بد أن يعد الخطبة إعدادا جيدا") == []
    # "حرب أكتوبر" names the war; the year after its adjective stands alone
    assert dates("وهو نفس توقيت بداية حرب أكتوبر المجيدة 1973") == [("1973", "1973")]
    assert dates("في ذكرى ثورة 25 يناير") == []


def test_a_month_in_two_namings_with_a_dash() -> None:
    # wire style: "تموز - يوليو 2014", "8 يوليو - تموز الجاري" are one date each
    assert dates("وكانت الدول قد وقعت في تموز - يوليو 2014 على اتفاقية") == [
        ("تموز - يوليو 2014", "2014-07")
    ]
    assert dates("القمة التي عقدت بتاريخ 8 يوليو - تموز 2015") == [
        ("8 يوليو - تموز 2015", "2015-07-08")
    ]


def test_the_outlet_named_in_a_byline_is_no_today() -> None:
    assert dates("حنان الحامدي – عين اليوم\\nقال الوزير اليوم إن العمل بدأ") == [
        ("اليوم", "2024-10-29")
    ]


def test_every_year_of_a_list_joined_by_wa() -> None:
    # "و" written onto the year, a "م" after it, or the last year before the sentence's stop
    text = "فئة الشباب من مواليد 1997 و1998م، وفئة الناشئين من مواليد 1999 و2000م."
    assert dates(text) == [("1997", "1997"), ("1998م", "1998"), ("1999", "1999"), ("2000م", "2000")]
    text = "وكان جيب بوش حاكما لولاية فلوريدا ما بين 1999 و 2007. وفي حال فوزه"
    assert dates(text) == [("1999", "1999"), ("2007", "2007")]
    # a decimal after a year-like number stays no year
    assert dates("ارتفع المؤشر إلى 2015.5 نقطة") == []


def test_a_weekday_with_a_date_without_a_year_picks_the_year_that_fits() -> None:
    # 19 August 2016 was a Friday: "السبت 19 اوت" written in May 2017 is the coming one
    text = "وتقبل الاعتراضات انطلاقا من يوم السبت 19 اوت أمام الهيئات الفرعية."
    assert dates(text, "2017-05-06") == [("يوم السبت 19 اوت", "2017-08-19")]
    text = "تجرى يوم الاربعاء غرة مارس مقابلات الجولة الثانية."
    assert dates(text, "2017-02-22") == [("يوم الاربعاء غرة مارس", "2017-03-01")]
    # a direction decides ("الجاري"), even when the weekday does not fit (a slip of the writer)
    text = "قبل مواجهة الدرعية يوم الأحد 17 من آب (أغسطس) الجاري ضمن مسابقة كأس ولي العهد."
    assert ("17 من آب (أغسطس) الجاري", "2015-08-17") in dates(text, "2015-08-09")


def test_the_end_of_a_range_without_a_year_comes_after_its_start() -> None:
    pub = "2015-08-09"  # 24 Shawwal 1436
    text = "يقام المعسكر في الدمام خلال الفترة من 25 ذي الحجة وحتى الرابع من محرم."
    assert dates(text, pub) == [("25 ذي الحجة", "2015-10-08"), ("الرابع من محرم", "2015-10-17")]
    text = "يستمر العرض في الفترة ما بين 29 سبتمبر و8 نوفمبر (تشرين الثاني)."
    assert dates(text, pub)[1] == ("8 نوفمبر (تشرين الثاني)", "2015-11-08")
    # two dates joined by و without بين are no range
    assert dates("زار الوفد المدينة في 3 سبتمبر و5 أغسطس.", pub)[1] == ("5 أغسطس", "2015-08-05")


def test_the_same_month_is_the_month_last_named() -> None:
    text = "وهبط سعر برنت 18 في المائة في يوليو ليغلق عند مستوى 52 دولارا خلال الشهر نفسه."
    assert dates(text, "2015-08-02") == [("يوليو", "2015-07"), ("الشهر نفسه", "2015-07")]
    text = "وأعلنت الوزارة في مارس 2014 عن الخطة وفي نفس الشهر بدأ التنفيذ، وفي العام نفسه انتهى."
    assert dates(text)[1:] == [("نفس الشهر", "2014-03"), ("العام نفسه", "2014")]
    # with only a year named before, "the same month" names nothing we can resolve
    assert dates("في عام 2008 تراجع الإنتاج، وفي الشهر نفسه ارتفعت الأسعار.") == [
        ("عام 2008", "2008")
    ]
    # a day of it, and that month of another year
    text = "يفتتح المعرض يوم 15 فيفري 2017 ليتواصل إلى غاية 17 من نفس الشهر."
    assert dates(text)[1] == ("17 من نفس الشهر", "2017-02-17")
    assert dates("في جانفي 2017 أوقف 269 شخصا في نفس الشهر من 2016.")[1:] == [("2016", "2016")]


def test_a_coming_thing_in_the_clause_puts_a_bare_month_ahead() -> None:
    text = "لكي يلحق المزارعون بموسم زراعة الحبوب القادم الذي يبدأ في أكتوبر."
    assert dates(text, "2015-07-23") == [("أكتوبر", "2015-10")]
    assert dates("وكانت الحكومة قد أعلنت الخطة في أكتوبر.", "2015-07-23") == [("أكتوبر", "2014-10")]


def test_after_n_years_is_a_date_only_when_the_clause_looks_ahead() -> None:
    # counted from another event in a past narrative: a duration, not a date after the dateline
    text = "وأصبح رئيس الاتحاد بعد 11 عاما ووقع انتخابه لأول مرة سنة 1988."
    assert durations(text) == [("بعد 11 عاما", "P11Y")]
    text = "أعلن بلاتر استقالته في الثاني من يونيو الماضي بعد 4 أيام فقط من انتخابه."
    assert durations(text) == [("بعد 4 أيام", "P4D")]
    text = "وبلغ عدد المراكز الصحية 6951 سترتفع إلى 10059 بعد 5 أعوام."
    assert dates(text, "2015-08-09") == [("بعد 5 أعوام", "2020")]
    # "فقط من انتخابه" counts from the election; "من الآن" from the dateline
    assert dates("استيقظ ضميره قبل 3 سنوات فقط من الآن وكتب رسالة.", "2016-05-01") == [
        ("قبل 3 سنوات", "2013")
    ]
    assert durations("عاد إلى بلاده قبل 3 سنوات فقط من الحادث.") == [("قبل 3 سنوات", "P3Y")]


def test_a_bracketed_count_is_no_year_but_a_bracketed_year_is() -> None:
    assert dates("وذلك ضمن (2000) فعالية شملت أرجاء الوطن.") == []
    assert dates("في مونديال (2018) روسيا.") == [("2018", "2018")]


def test_a_future_clause_about_a_month_just_past_keeps_its_year() -> None:
    # reported speech or data for a recent month: not the same month next year
    pub = "2015-08-08"
    assert dates('وقالت: "سيتم تسديد رواتب شهر مايو بداية الأسبوع".', pub)[0] == ("مايو", "2015-05")
    text = "ارتفع العجز التجاري بوتيرة أقل قليلا من المتوقع في يونيو حزيران."
    assert dates(text, pub) == [("يونيو حزيران", "2015-06")]
    # further back, or this month, a future clause still looks ahead
    assert dates("ستعرض المخطوطة في مارس.", pub) == [("مارس", "2016-03")]
    assert dates("ستعرض المخطوطة في أغسطس.", pub) == [("أغسطس", "2015-08")]


def test_the_start_of_a_range_takes_the_year_its_end_names() -> None:
    pub = "2015-08-02"
    assert dates("ارتفعت الصادرات في الفترة من يناير إلى مارس 2013.", pub) == [
        ("يناير", "2013-01"),
        ("مارس 2013", "2013-03"),
    ]
    text = "في الفترة نفسها من أبريل إلى يونيو (حزيران) من العام الماضي."
    assert dates(text, pub)[0] == ("أبريل", "2014-04")
    assert dates("من نوفمبر إلى فبراير 2014.", pub)[0] == ("نوفمبر", "2013-11")
    # و + an ambiguous month name is a month when a year follows
    assert dates("بين يناير ومارس 2014 تراجع الإنتاج.", pub)[1] == ("مارس 2014", "2014-03")


def test_numbers_listed_after_a_label_are_no_years() -> None:
    assert dates("وهي القرارات 1696 و1737 و1803 و1929 و2224 الصادرة عن مجلس الأمن.") == []
    assert dates("وشهدت أوروبا في الفترة بين 1870 و1914 سباقا استعماريا.") == [("1914", "1914")]
