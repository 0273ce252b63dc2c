"""Amounts: numbers in every script and spelling, units, ranges, duals and the non-amounts."""

from __future__ import annotations

import pytest

from marsad.document import Amount, Document
from marsad.extract.amounts.component import extract_amounts
from marsad.extract.numeric.numbers import parse_digits, read_number
from marsad.extract.numeric.shadow import Shadow
from marsad.settings import Options


def amounts(text: str) -> list[Amount]:
    doc = Document(id="t", text=text)
    extract_amounts(doc, Options())
    assert doc.check_offsets() == []
    return doc.amounts


def one(text: str) -> Amount:
    found = amounts(text)
    assert len(found) == 1, [(a.text, a.value) for a in found]
    return found[0]


def values(text: str) -> list[tuple[float, str]]:
    return [(a.value, a.unit) for a in amounts(text)]


def number(text: str) -> float | None:
    phrase = read_number(Shadow(text).text, 0)
    return None if phrase is None else phrase.value


# ----------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("10,000", 10000),
        ("1,234,567", 1234567),
        ("2,5", 2.5),
        ("12.5", 12.5),
        ("1.500.000", 1500000),
        ("1.500", 1500),
        ("0.500", 0.5),
        ("1\u066c234", 1234),  # Arabic thousands separator
        ("3\u066b5", 3.5),  # Arabic decimal separator
        ("9ر2", 2.9),  # Tunisian press: fraction ر integer part
        ("16ر9", 9.16),
        ("4ر0", 0.4),
    ],
)
def test_digits_and_separators(raw: str, value: float) -> None:
    assert parse_digits(Shadow(raw).text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("١٢ ألف", 12000),  # Arabic-Indic digits
        ("۱۲ هزار", 12),  # Persian digits (a Persian scale word is not Arabic)
        ("10 آلاف", 10000),
        ("12 ألفاً", 12000),
        ("12 ألفًا", 12000),
        ("2.5 مليار", 2.5e9),
        ("3 ملايين", 3e6),
        ("1.500 مليون", 1.5e6),
        ("ثلاثة آلاف وخمسمئة", 3500),
        ("ثلاثة آلاف وخمسمائة", 3500),
        ("خمسة وعشرون", 25),
        ("مئة وخمسون ألفا", 150000),
        ("ثلاثة عشر ألفاً", 13000),
        ("إحدى عشرة", 11),
        ("ثلاث مئة", 300),
        ("خمسة ملايين وثلاثمئة ألف", 5300000),
        ("مليون", 1e6),
        ("ألفي", 2000),  # dual of ألف
        ("مليوني", 2e6),
        ("نصف مليون", 500000),
        ("ربع مليون", 250000),
        ("ثلاثة أرباع مليون", 750000),
        ("مليون ونصف المليون", 1.5e6),
        ("مليون ونصف", 1.5e6),
        ("بثلاثة", 3),
        ("ستة ملايير", 6e9),  # Maghrebi plural of مليار
    ],
)
def test_number_words_and_scales(text: str, value: float) -> None:
    assert number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["آلاف الجنود", "عشرات", "مئات الضربات", "ملايين قذائف"])
def test_vague_plurals_are_not_numbers(text: str) -> None:
    assert number(text) is None


# ----------------------------------------------------------------------------- amounts


def test_counted_nouns_in_singular() -> None:
    a = one("وقدر البنتاغون أنه تم نشر 10 آلاف جندي كوري شمالي في شرق روسيا للتدريب.")
    assert (a.value, a.unit, a.unit_text) == (10000, "جندي", "جندي")
    assert a.subject == "جندي كوري شمالي"
    assert a.text == "10 آلاف جندي"
    assert one("قبضت القوات الأمنية على 76 عنصرا من التنظيم.").unit == "عنصر"
    assert one("التي قتلت 148 شخصا في أبريل في جامعة كينية.").unit == "شخص"
    assert one("تضم ثلاثة آلاف وثيقة من الشرق الأوسط.").value == 3000
    assert values("لا تقل عن ثلاثة جنود") == [(3, "جندي")]


def test_currencies_measures_and_percentages() -> None:
    assert values("مساعدات جديدة بقيمة 63 مليون يورو لأوكرانيا") == [(63e6, "EUR")]
    assert values("قرض بلغت قيمته الاجمالية 9ر2 مليار دولار أمريكي") == [(2.9e9, "USD")]
    assert values("تقدماً بمقدار 478 كيلومتراً مربعة منذ مطلع أكتوبر") == [(478, "km²")]
    assert values("تصل قيمتها إلى 6% من إجمالي الناتج المحلي") == [(6, "%")]
    assert values("بسعر فائدة في حدود 2 بالمائة وهو أقل") == [(2, "%")]
    assert values("تغطي 40 في المئة من الاقتصاد العالمي") == [(40, "%")]
    assert values("البالغ 6 % على سندات اليوروبوند") == [(6, "%")]
    assert values("بلغ الإنتاج ٣٫٥ مليون برميل يومياً") == [(3.5e6, "barrel")]
    assert values("بيعت بـ 1.500 ريال") == [(1500, "SAR")]
    assert values("قفز بارتفاع 1.746 متر") == [(1.746, "m")]


def test_approximations() -> None:
    a = one("أن كوريا الشمالية أرسلت نحو 10 آلاف جندي لتلقي التدريب في روسيا.")
    assert (a.approx, a.text) == ("نحو", "نحو 10 آلاف جندي")
    assert one("أكثر من 1500 مدرسة دمرت").approx == "أكثر من"
    assert one("أعدموا نحو ألفي مواطن من أبناء محافظة نينوى").value == 2000


def test_ranges_and_shared_units() -> None:
    # both bounds of a range are figures of the text; the low one keeps the range
    a, high = amounts("نشر بين 10 و12 ألفاً من الجنود في المنطقة")
    assert (a.text, a.value, a.value_max) == ("بين 10", 10000, 12000)
    assert (high.text, high.value, high.value_max) == ("12 ألفاً من الجنود", 12000, None)
    b, _ = amounts("يتراوح عددهم من 3 إلى 5 ملايين نسمة")
    assert (b.value, b.value_max, b.unit) == (3e6, 5e6, "نسمة")
    low, top = amounts("لجمع ثروة تقدر ما بين 32 و30 مليار دولار في حين")
    assert [(low.text, low.value), (top.text, top.value)] == [
        ("ما بين 32", 32e9),
        ("30 مليار دولار", 30e9),
    ]
    shared = amounts("في شهري أغسطس وسبتمبر (477 و459 كيلومتراً مربعة على التوالي)")
    assert [(a.value, a.unit, a.text) for a in shared] == [
        (477, "km²", "477"),
        (459, "km²", "459 كيلومتراً مربعة"),
    ]
    assert values("سوى 24 من 50 ولاية أمريكية") == [(24, "ولاية"), (50, "ولاية")]


def test_duals_partitives_and_definite_cardinals() -> None:
    assert values("وأصيب جنديان في الهجوم") == [(2, "جندي")]
    assert values("وتحطمت طائرتان قرب المطار") == [(2, "طائرة")]
    assert values("تتكون من اثنين من أوراق الرق") == [(2, "ورقة")]
    assert values("مقتل أربعة من إرهابيي داعش بينهم قيادي") == [(4, "إرهابي")]
    assert values("ترجئ لندن تقاعد طائرات التورنيدو الثماني") == [(8, "طائرة")]


def test_ages_count_durations_do_not() -> None:
    assert values("أظهرت الفحوص أن عمرها 1370 عاما") == [(1370, "year")]
    assert values("مخطوطا قرآنيا يعود إلى 1370 عاما") == [(1370, "year")]
    assert values("فترة حماية تستمر 12 عاما ولكن استراليا تريد خمسة أعوام فقط") == []
    assert values("في ثاني زيارة لها إلى روسيا خلال ستة أسابيع") == []
    assert values("لأكثر من عامين ونصف عام") == []


def test_more_number_forms_from_the_corpora() -> None:
    assert values("فيما تحتفل خمسة عشرة دولة، اليوم السبت") == [(15, "دولة")]
    assert values("تتجاوز مبلغ (20) مليون ريال، والفائدة") == [(20e6, "SAR")]
    assert values("ومع السيدة الأخرى عشرة آلاف وخمسمائة وتسعين حبة") == [(10590, "حبة")]
    assert values("كانت الكمية اثني عشر ألفاً ومائتي حبة") == [(12200, "حبة")]
    assert values("وثلاث حالات متوسطة و109 مباريات") == [(3, "حالة"), (109, "مباراة")]
    assert values("يصل إلى 3 كيلو مترات") == [(3, "km")]
    assert values("لمجموعة الدول العشرين") == []  # G20 is a name
    assert values("الأجر الأدنى بـ 18,096 دينارا") == [(18.096, "TND")]  # millimes
    assert values("سعر الدقلة الذي تراجع إلى 8.5 د الكيلوغرام") == [(8.5, "TND")]  # د: dinar
    assert values("قدرها الفنيون بحوالي 0 فاصل 7 غرام") == [(0.7, "g")]


def test_others_count_what_the_previous_figure_counts() -> None:
    found = amounts("أسفر الهجوم عن مقتل 3 أشخاص وإصابة 5 آخرين بجروح")
    assert [(a.value, a.unit, a.text) for a in found] == [(3, "شخص", "3 أشخاص"), (5, "شخص", "5")]
    assert amounts("لأكثر من 130 مليون فتاة وامرأة في العالم")[0].unit_text == "فتاة وامرأة"
    assert amounts("في مقتل 43 شخصا وإصابة 173 يوم الأحد")[0].unit_text == "شخصا"


def test_elided_noun_takes_the_previous_unit() -> None:
    found = amounts(
        "“يوجد بالفعل 3000 جندي كوري شمالي على الأراضي الروسية. ووفقاً لأجهزة "
        "استخباراتنا، سيبلغ عددهم قريباً 12 ألفاً”"
    )
    assert [(a.value, a.unit, a.unit_text) for a in found] == [
        (3000, "جندي", "جندي"),
        (12000, "جندي", ""),
    ]
    assert found[1].modality == "expected"


def test_elided_noun_before_a_preposition() -> None:
    found = amounts("تبلغ نحو 29 مليار دولار، منها 23 مليارا في اليابان، و6 مليارات في الهند")
    assert [(a.value, a.unit) for a in found] == [(29e9, "USD"), (23e9, "USD"), (6e9, "USD")]
    # a word that is not a preposition still blocks it: "3 ملايين مرة" counts no dollars
    assert values("بلغت 5 ملايين دولار وتكررت 3 ملايين مرة") == [(5e6, "USD")]


def test_unit_abbreviations_with_a_power() -> None:
    assert values("مقامة على أرض تبلغ مساحتها 40.000 م٢ ومدينة ألعاب") == [(40000, "m²")]
    assert values("داخل خيمة بمساحة 1500م2 تضم 70 مبسطاً") == [(1500, "m²"), (70, "مبسط")]
    assert values("تزيد على 4146 كلم٢ أو أربعة مليارات م٢.") == [(4146, "km²"), (4e9, "m²")]
    assert values("بطاقة إنتاجية ( 1000م3/يوم ) لفرع المياه") == [(1000, "m³")]


def test_counted_nouns_the_corpus_rarely_counts_past_ten() -> None:
    assert values("بينما عثر على خمس جثث في قارب مطاطي") == [(5, "جثة")]
    assert values("موزعة على سبعة محاور رئيسة") == [(7, "محور")]
    assert values("قتل تسعة مهاجرين غير شرعيين") == [(9, "مهاجر")]
    assert values("أنقذت السفن 906 مهاجرين على متن زوارق") == [(906, "مهاجر")]


def test_after_three_to_ten_a_plural_shaped_word_counts() -> None:
    # numbers 3-10 govern a plural: an unknown plural-shaped word is what they count
    assert values("وقعت اتفاقية للحصول على ثماني غواصات حديثة") == [(8, "غواصة")]
    assert values("على متن 3 قاطرات قادمة من المملكة") == [(3, "قاطرة")]
    assert values("بينهم سبعة كويتيين وثلاثة باكستانيين") == [(7, "كويتي"), (3, "باكستاني")]
    assert values("يقوم المشروع على 3 ركائز أساسية") == [(3, "ركيزة")]
    assert values("حجز 5 أقراص مخدرة") == [(5, "قرص")]
    assert values("ويلزم ثلاثة شوارع رئيسة") == [(3, "شارع")]
    assert [v for v, _ in values("يتكون من ستة أسئلة")] == [6]  # hamzated: kept as the plural
    # not after larger numbers, and never a verb, a definite word or a verbal noun
    assert values("نشر 12 غواصات") == []
    assert values("نظام التشغيل ويندوز 10 وقالت الشركة") == []
    assert values("طرأ تحسن على ثلاثة تراجع اثنان") == []


def test_feminine_nouns_past_ten_and_agreeing_duals() -> None:
    assert values("وتكريم الخريجات وعددهن 102 خريجة في تخصصات") == [(102, "خريجة")]
    assert values("قدمت الجمعية 800 نظارة طبية") == [(800, "نظارة")]
    assert values("أثبتت ثلاث استراتيجية جديدة") == []  # 3-10 take a plural
    assert values("بلغت الكلفة 15 ألفا شاملة الضريبة") == []  # an adjective of an elided noun
    assert values("انحرفت سيارة يستقلها رجلان سعوديان مما أدى") == [(2, "رجل")]


def test_figures_in_brackets() -> None:
    # Saudi copy brackets its figures: the noun comes after the closing mark
    found = amounts("من ضبط عدد (10) مسدسات وعدد (3000) طلقة مسدس")
    assert [(a.text, a.value, a.unit) for a in found] == [
        ("(10) مسدسات", 10, "مسدس"),
        ("(3000) طلقة", 3000, "طلقة"),
    ]
    assert values("بقيمة فاقت ( 174) مليون ريال") == [(174e6, "SAR")]
    assert values("ولا يزيد العمر عن (30) سنة لحملة الشهادات") == [(30, "year")]  # an age
    assert values("على أكثر من (600) ساعة تدريبية") == []  # a duration
    assert values("وفقا للمادة (20) من النظام") == []


def test_figures_in_quote_marks_partitives_and_bars() -> None:
    assert values("بلغ ما تم ضبطه حوالي «18» مليون وحدة") == [(18e6, "وحدة")]
    assert values("وعدد “67,700” شاحنة قادمة") == [(67700, "شاحنة")]
    assert values("أكدت مصادر طبية إصابة 33 من ميليشيات الحوثي") == [(33, "ميليشية")]
    assert values("بعد وفاة ٤ أطفال، وإصابة ٢٨ آخرين، من السياح") == [(4, "طفل"), (28, "طفل")]
    # a bar or a verb of exceeding before a definite number: it counts
    assert values("وسط حضور كثيف فاق الـ2000 مشاهد") == [(2000, "مشاهد")]
    assert values("تجاوزت المحاكم حاجز الـ 50 قضية") == [(50, "قضية")]
    assert values("تكلف ما يقارب الـ100 مليون ريال") == [(100e6, "SAR")]
    assert values("وتعتبر الحركة واحدة من اللمسات الفنية") == []  # one of
    assert values("علاوة على الـ 30 مليون دينار المخصصة") == [(30e6, "TND")]  # a scale
    # thousands and decimal marks together; digits that do not read leave no "million"
    assert values("بلغت القيمة السوقية 2,023.33 مليار ريال") == [(2023.33e9, "SAR")]
    assert values("بقيمة 1.75.3 مليون ريال نفذت") == []


def test_a_label_word_before_a_count() -> None:
    # Tunisian "عدد" and "طريق" before a number that a plural or accusative noun follows
    assert values("تمكنت من حجز عدد 4 شاحنات لتوزيع البطاطا") == [(4, "شاحنة")]
    assert values("ترسية عدد 168 مشروعاً بلدياً لدرء السيول") == [(168, "مشروع")]
    assert values("واعترض خفر السواحل طريق 350 مهاجرين على متن زوارق") == [(350, "مهاجر")]
    assert values("وشهدت الدقيقة 12 هدف التقدم للزمالك") == []
    assert values("أعطت المقاومة اللواء 55 حرس جمهوري مهلة") == []


@pytest.mark.parametrize(
    "text",
    [
        "في قمة يونيو (حزيران) 2024",  # a year
        "منذ مارس (آذار) 2022، بحسب تحليل",
        "بحلول 27 أكتوبر، سيطرت القوات",  # a day of the month
        "في 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م",
        "عندما كان عضوا بمجلس الشيوخ في 2006",
        "بين عامي 2000 و2013 من دول افريقية",
        "انتهى الاجتماع 16:28 بتوقيت مكة",  # a time of day
        "حتى الساعة 10 صباحا",
        "أحكام الفصل 2 من هذا القانون",  # a law article
        "تشغيل السرب رقم 12",
        "الذكرى الـ 28 لاعلان قيام الدولة",  # an ordinal
        "أمام الدورة ال19 للمجلس الوطني",
        "للاتصال على الرقم 0501234567",
        "آلاف الجنود إلى روسيا",  # vague plurals
        "شنت مئات الضربات",
        "اعتقلت القوات الأمنية العشرات من عناصر التنظيم",
        "وتضم أجزاء من السور من 18 إلى 20 كتبت بالحبر",
        "يتم تعديله مرتين سنويا",
        "ستمدد لعام واحد أي حتى مارس 2017",
        "في الترتيب الـ3 عالميا",
        "تدرك اليوم بطولة القسم الوطني ألف لكرة اليد جولتها الثانية",  # Division A
        "وصوت 82 من",
        "ضبط كمية من المخدرات",  # كمية is not ك + مية (a hundred)
        "قال أحد المسؤولين إن إحدى الدول",  # one of
        "هاجمت حركة طالبان مركزا للشرطة",  # not two students
        "بعد أن مر بانتر ميلان الايطالي",  # not two miles
    ],
)
def test_non_amounts(text: str) -> None:
    assert amounts(text) == []


def test_three_thousand_is_a_count_not_a_year() -> None:
    assert values("ارتفاعاً من تقديرات بلغت 3000 جندي يوم الأربعاء الماضي") == [(3000, "جندي")]
    assert values("نشر 2000 مقاتل على الحدود") == [(2000, "مقاتل")]


def test_modality() -> None:
    found = amounts("وقدر البنتاغون أنه تم نشر 10 آلاف جندي، ارتفاعاً من تقديرات بلغت 3000 جندي.")
    assert [a.modality for a in found] == ["estimated", "previous"]
    assert amounts("يتضمن 22 فصلا مقابل 12 فصلا في النسخة")[0].modality == "reported"
    assert amounts("يتضمن 22 فصلا مقابل 12 فصلا في النسخة")[1].modality == "previous"


def test_bad_input_gives_no_amounts() -> None:
    doc = Document(id="t", text="")
    assert extract_amounts(doc, Options()).amounts == []
    assert amounts("٬٬٫ ر ٫") == []
    assert amounts("9999999999999999999999999 دولار") == []  # not a plausible figure


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a scaled figure goes on after و with a smaller one (corpus sentences)
        ("وقالت الشركة إنها قامت بتسليم 11 ألفا و507 سيارات من السيارة.", 11507, "سيارة"),
        ("بلغ حجم الاستهلاك الجملي للمياه المعلبة مليار و500 مليون لتر خلال السنة.", 1.5e9, "L"),
        ("ويبلغ سعر السيارة العادية 67 ألفا و640 يورو.", 67640, "EUR"),
        ("بلغ عدد السكان 3 ملايين و200 ألف نسمة.", 3.2e6, "نسمة"),
        ("ينتجها مليون ونصف المليون نخلة.", 1.5e6, "نخلة"),
        ("بلغت الكلفة مليار ونصف المليار ريال.", 1.5e9, "SAR"),
    ],
)
def test_compound_figures_are_one_amount(text: str, value: float, unit: str) -> None:
    found = one(text)
    assert (found.value, found.unit) == (pytest.approx(value), unit)


def test_a_second_figure_after_wa_is_not_added() -> None:
    # a percentage or a figure of the same scale is another figure, not the rest of the first
    assert [a.value for a in amounts("تكلف المشروع 50 مليون جنيه و78 مليون دولار.")] == [
        50e6,
        78e6,
    ]
    assert 5.0 in [a.value for a in amounts("ارتفع عدد المشتركين إلى 5 ملايين و5% منهم نساء.")]


def test_number_words_with_a_detached_wa() -> None:
    assert one("ويبلغ الهالك من العمر ستة و ستين عاما").value == 66


def test_sms_codes_in_a_column_footer_are_no_amounts() -> None:
    text = "للتواصل أرسل sms إلى 88548 الاتصالات ,636250 موبايلي, 738303 زين تبدأ بالرمز"
    assert amounts(text) == []


def test_arabic_comma_decimals_and_file_numbers() -> None:
    # "(9،2 %)": the Arabic comma between digits is a decimal mark; "27102 / 1" is a file number
    assert values("وإسبانيا (9،2 %) وهولندا (8 %) أعلى نسبة استهلاك") == [(9.2, "%"), (8, "%")]
    assert amounts("قضية انسالدو عدد 27102 / 1 قضية ايرباص عدد 27057 / 1 قضية رينو") == []


def test_a_year_like_count_in_brackets_before_its_noun() -> None:
    # Saudi ministry copy sets counts in brackets: "(1516) وثيقة", "ضمن (2000) فعالية"
    doc = Document("t", "وبلغت في منطقة القصيم (1185) وثيقة، وذلك ضمن (2000) فعالية.")
    extract_amounts(doc, Options())
    assert [(a.value, a.unit) for a in doc.amounts] == [(1185, "وثيقة"), (2000, "فعالية")]
    # the figure spelled out again after its brackets is read once
    doc = Document("t", "ويصرف للقادم من خارج المدينة ( 1500 ) ألف وخمسمائة ريال.")
    extract_amounts(doc, Options())
    assert [(a.value, a.unit) for a in doc.amounts] == [(1500, "SAR")]
    # a bracketed year before a name stays a year ("مونديال (2018) روسيا")
    doc = Document("t", "في مونديال (2018) روسيا، وفي عام (2015) م.")
    extract_amounts(doc, Options())
    assert doc.amounts == []
