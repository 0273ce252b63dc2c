"""Who states a figure: quote speakers (hand-built quotes), credits, and the dev-set targets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.document import Agent, Amount, Document, Entity, Metadata, Quote, Span
from marsad.evaluate import Gold, evaluate
from marsad.extract.amounts.component import extract_amounts
from marsad.extract.times.component import extract_times
from marsad.settings import Options

PENTAGON = (
    "وقدر البنتاغون أنه تم نشر 10 آلاف جندي كوري شمالي في شرق روسيا للتدريب، "
    "ارتفاعاً من تقديرات بلغت 3000 جندي يوم الأربعاء الماضي."
)


def quote(doc: Document, content: str, cue: str, speaker: str) -> Quote:
    start = doc.text.index(content)
    c_start = doc.text.index(cue)
    s_start = doc.text.index(speaker)
    return Quote(
        content,
        start,
        start + len(content),
        kind="indirect",
        cue=Span(cue, c_start, c_start + len(cue)),
        speaker=Agent(speaker, s_start, s_start + len(speaker), canonical=speaker, kind="person"),
    )


def found(doc: Document) -> list[Amount]:
    extract_amounts(doc, Options())
    assert doc.check_offsets() == []
    return doc.amounts


def sources(text: str) -> list[tuple[float, str | None]]:
    return [(a.value, a.source.text if a.source else None) for a in found(Document("t", text))]


def test_inside_and_under_a_quote_the_speaker_is_the_source() -> None:
    doc = Document("t", PENTAGON)
    doc.quotes = [
        quote(doc, "تم نشر 10 آلاف جندي كوري شمالي في شرق روسيا للتدريب", "قدر", "البنتاغون")
    ]
    inside, under = found(doc)
    assert inside.source is not None and inside.source.text == "البنتاغون"
    assert under.source is not None and under.source.text == "البنتاغون"  # same sentence
    assert (inside.modality, under.modality) == ("estimated", "previous")


def test_a_figure_before_a_new_statement_is_the_outlets() -> None:
    text = (
        "تراجعت فاتورة الدعم خلال العام المالي إلى 60.2 مليار جنيه، وقال وزير المالية "
        "إن بلاده تتفاوض مع 4 دول للحصول على تمويل."
    )
    doc = Document(id="t", text=text)
    doc.quotes = [quote(doc, "بلاده تتفاوض مع 4 دول للحصول على تمويل", "قال", "وزير المالية")]
    assert [(a.value, a.source.text if a.source else None) for a in found(doc)] == [
        (60.2e9, None),
        (4, "وزير المالية"),
    ]
    # a participle carries on the same speaker: the figure before it is still theirs
    text = "وأوضح المدير أن الإيرادات زادت بنسبة 3%، مشيرا إلى أن الأرباح بلغت 5 ملايين ريال."
    doc = Document(id="t", text=text)
    doc.quotes = [quote(doc, "الأرباح بلغت 5 ملايين ريال", "مشيرا", "المدير")]
    assert [a.source.text if a.source else None for a in found(doc)] == ["المدير", "المدير"]


def test_unspaced_full_stops_end_sentences_and_verbs_that_do_not_report() -> None:
    # "أمس.واعترض": a new sentence, so the credit of the one before does not reach it
    assert sources(
        "وقال خفر السواحل إن نحو 800 مهاجر جرى إنقاذهم أمس.واعترض زورق طريق 906 مهاجرين"
    ) == [(800, "خفر السواحل"), (906, None)]
    # "تابع" reports only before إن/أن or a colon
    assert sources("وتابع الباحثون حالة 14 ألف شخص ولدوا في التسعينيات") == [(14000, None)]
    assert sources("وتابع الوزير: إن 300 أسرة استفادت من البرنامج") == [(300, "الوزير")]


def test_the_quote_layer_wins_over_credits_inside_the_quote() -> None:
    text = (
        "وأضاف زيلينسكي خلال مؤتمر صحافي في أيسلندا “يوجد بالفعل 3000 جندي كوري شمالي على "
        "الأراضي الروسية. ووفقاً لأجهزة استخباراتنا، سيبلغ عددهم قريباً 12 ألفاً”."
    )
    doc = Document("t", text)
    content = text[text.index("يوجد") : text.index("ألفاً") + len("ألفاً")]
    doc.quotes = [quote(doc, content, "وأضاف", "زيلينسكي")]
    assert [(a.value, a.source.text if a.source else None) for a in found(doc)] == [
        (3000, "زيلينسكي"),
        (12000, "زيلينسكي"),
    ]
    # without the quote layer, the marks and the verb before them give the same answer
    assert sources(text) == [(3000, "زيلينسكي"), (12000, "زيلينسكي")]


def test_credits_without_quotes() -> None:
    assert sources(
        "ميدانياً، أحرز الجيش الروسي تقدماً بمقدار 478 كيلومتراً مربعة منذ مطلع أكتوبر، "
        "بحسب تحليل أجرته وكالة الصحافة الفرنسية الإثنين استناداً إلى بيانات معهد دراسات الحرب."
    ) == [(478, "وكالة الصحافة الفرنسية")]
    assert sources(
        "وبحسب وزارة الخارجية الفلسطينية فمنذ إعلان الاستقلال اعترفت 137 دولة بدولة فلسطين."
    ) == [(137, "وزارة الخارجية الفلسطينية")]
    assert sources("حيث تسيطر إسرائيل على 85 بالمائة من مساحة فلسطين، وفق لاحصائيات رسمية.") == [
        (85, "احصائيات رسمية")
    ]
    assert sources(
        "من ناحيته، أعلن قائد عمليات الأنبار اللواء الركن قاسم المحمدي، مقتل أربعة من "
        "إرهابيي داعش بينهم قيادي."
    ) == [(4, "قائد عمليات الأنبار اللواء الركن قاسم المحمدي")]
    assert sources(
        "وانتهز رئيس الوزراء السويدي أولف كريسترسون الفرصة للإعلان عن تقديم مساعدات "
        "جديدة بقيمة 63 مليون يورو لأوكرانيا."
    ) == [(63e6, "رئيس الوزراء السويدي أولف كريسترسون")]
    doc = Document("t", "زيلينسكي: 12 ألف جندي كوري شمالي سيكونون في روسيا")
    doc.entities = [Entity("زيلينسكي", 0, 8, type="PER")]  # a tagged person heads the line
    assert [a.source.text if a.source else None for a in found(doc)] == ["زيلينسكي"]


def test_what_is_measured_is_not_a_source() -> None:
    assert sources("قدّرت قيمتها بـ 382 الف دينار.") == [(382000, None)]


def test_no_credit_means_the_outlet() -> None:
    assert sources("والولايات المتحدة واحدة من بين أكثر من 30 دولة توقع ميثاقا.") == [(30, None)]
    assert sources("تتراوح أسعارها من 50 إلى 500 ريال حسب فئة الترخيص.") == [
        (50, None),
        (500, None),
    ]
    assert sources("وأشار إلى أن 40 في المئة من الاقتصاد العالمي") == [(40, None)]


def test_a_series_keeps_the_credit_of_its_first_figure() -> None:
    text = (
        "أحرز الجيش تقدماً بمقدار 478 كيلومتراً مربعة، بحسب تحليل أجرته وكالة الصحافة "
        "الفرنسية.\n\nبحلول 27 أكتوبر، سيطرت القوات على مساحة أكبر من تلك التي استولت عليها "
        "في شهري أغسطس وسبتمبر (477 و459 كيلومتراً مربعة على التوالي)."
    )
    assert sources(text) == [
        (478, "وكالة الصحافة الفرنسية"),
        (477, "وكالة الصحافة الفرنسية"),
        (459, "وكالة الصحافة الفرنسية"),
    ]


# ----------------------------------------------------------------------------- dev set


def _golds(dev_dir: Path) -> list[Gold]:
    golds = []
    for path in sorted(dev_dir.glob("*.gold.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (dev_dir / data["file"]).read_text(encoding="utf-8")
        golds.append(Gold(data["id"], text, data))
    return golds


def _analyse(gold: Gold) -> Document:
    doc = Document(gold.id, gold.text, metadata=Metadata(published=gold.published))
    extract_amounts(doc, Options())
    extract_times(doc, Options())
    assert doc.check_offsets() == []
    return doc


def test_sample_article_amounts_and_times(dev_dir: Path) -> None:
    (gold,) = [g for g in _golds(dev_dir) if g.id == "article-000"]
    scores = evaluate([(gold, _analyse(gold))])["total"]
    assert scores["amounts"].fn == 0  # all 11 figures, right value
    assert scores["amount_unit"].fn == 0
    assert scores["amount_source"].fn == 0  # right sources even before the quote layer
    assert scores["times"].fn == 0  # all 13 times, right value


@pytest.mark.parametrize(("layer", "target"), [("amounts", 0.90), ("times", 0.85)])
def test_dev_set_targets_without_other_layers(dev_dir: Path, layer: str, target: float) -> None:
    pairs = [(g, _analyse(g)) for g in _golds(dev_dir)]
    assert evaluate(pairs)["total"][layer].f1 >= target


def test_words_between_a_cue_and_its_quote_are_the_outlets() -> None:
    # the occasion the outlet describes between "قال" and the quoted words is not his claim
    text = (
        "وقال المدير لوكالة الأنباء بمناسبة تخريج 30 طالباً وطالبة من البرنامج "
        "{إن البرنامج استقبل هذا العام 100 متدرب}."
    )
    doc = Document("t", text)
    doc.quotes = [quote(doc, "إن البرنامج استقبل هذا العام 100 متدرب", "قال", "المدير")]
    assert [(a.value, a.source.text if a.source else None) for a in found(doc)] == [
        (30, None),
        (100, "المدير"),
    ]


def test_a_closing_double_prime_ends_the_quoted_words() -> None:
    # ″ closes “ in some publishing systems; the figure after it is the outlet's again
    text = (
        "وقال الخبير إن الكوارث لا تقتصر على الدول الفقيرة “وتوجد أبرز الحالات في اليابان "
        "عام 2011″. وأدت الكوارث الطبيعية لنزوح 20 مليون شخص عام 2014"
    )
    assert sources(text) == [(20e6, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "مما يؤكد …": the verb's subject is the clause before it, not a speaker
        (
            "ارتفعت النسبة إلى 52% مما يؤكد زيادة التحاق الخريجين بالقطاع الخاص.",
            [(52, None)],
        ),
        # a trailing credit names the source of its own clause, not of the clause before
        (
            "ارتفعت النسبة من 38% إلى 52% في حين انخفض عدد الباحثين عن عمل إلى 8% "
            "خلال العام الماضي حسب بيانات برنامج حافز.",
            [(38, None), (52, None), (8, "بيانات برنامج حافز")],
        ),
        (
            "تسيطر إسرائيل على 85 بالمائة من مساحة فلسطين، وفق لاحصائيات رسمية.",
            [(85, "احصائيات رسمية")],
        ),
        # who made a document is its source
        (
            "وبحسب بيانات رسمية صادرة عن الناقلات الإماراتية، تشغل الشركة 3582 رحلة أسبوعياً.",
            [(3582, "الناقلات الإماراتية")],
        ),
        ("حسب ما يقول الخبراء فإن الخسائر بلغت 3 مليارات دولار", [(3e9, "الخبراء")]),
    ],
)
def test_credits_and_their_reach(text: str, expected: list[tuple[float, str | None]]) -> None:
    assert sources(text) == expected


def test_a_credit_with_ma_and_a_saying_verb_names_the_subject_of_that_verb() -> None:
    # "وفق ما أكده X", "وفق ما أفاد به X", "حسب ما جاء في تقرير X": X states the figure
    assert sources(
        "تم خلال السنوات الـ3 الماضية، إحالة 3517 شخصا على القضاء من بينهم أجانب بتهم تتعلق "
        "بالإرهاب، وفق ما أكده آمر الحرس الوطني، لطفي براهم."
    ) == [(3517, "آمر الحرس الوطني")]
    assert sources(
        "حجز زورق مطاطي على متنه 10500 علبة سجائر، وفق ما أكده مصدر أمني بالجهة لمراسلة الإذاعة."
    ) == [(10500, "مصدر أمني بالجهة")]
    assert sources(
        "والتي قدرت بحوالي 500 ألف دينار وذلك وفق ما أفاد به المدير الجهوي للوكالة الفنية."
    ) == [(500000, "المدير الجهوي")]
    assert sources("ارتفع عدد المصابين إلى 45 شخصا حسب ما جاء في تقرير وزارة الصحة.") == [
        (45, "تقرير وزارة الصحة")
    ]
    # a credit that is no source stays none: "حسب ما تقتضيه" is not a verb of saying
    assert sources("ويتم توزيع 300 سلة غذائية حسب ما تقتضيه الحاجة.") == [(300, None)]


def test_a_headline_place_or_topic_before_a_colon_states_nothing() -> None:
    assert sources("قربص : حجز زورق على متنه أكثر من 10 آلاف علبة سجائر") == [(10000, None)]
    assert sources("وزير الصحة: تسجيل 100 إصابة جديدة") == [(100, "وزير الصحة")]
    doc = Document("t", "بينهم أجانب : إحالة 3517 شخصا على القضاء بتهمة الإرهاب")
    doc.quotes = [quote(doc, "إحالة 3517 شخصا على القضاء بتهمة الإرهاب", ":", "بينهم أجانب")]
    doc.quotes[0].kind = "headline"
    assert [a.source for a in found(doc)] == [None]


def test_a_communique_is_a_document_credited() -> None:
    # Tunisian press: "حسب البلاغ" credits the communiqué the figures come from
    assert sources(
        "وارتفعت حصيلة الإرهابيين الذين تم القضاء عليهم اليوم الى 4 عناصر حسب البلاغ."
    ) == [(4, "البلاغ")]


def test_a_finding_is_credited_to_the_study_that_shows_it() -> None:
    assert sources("أظهرت دراسة حديثة أن 40% من الشباب يعانون من السمنة.") == [(40, "دراسة حديثة")]
    # "أظهر" reports only before أن: "أظهر مهارات" shows skills, it states nothing
    assert sources("أظهر اللاعب مهاراته عندما قاد منتخب بلاده للفوز بستة أهداف.") == [(6, None)]


def test_a_participle_with_no_verb_of_saying_carries_the_opening_subject() -> None:
    assert sources(
        "ابتكر أستاذ جامعي مصري طريقة لتحديد هوية الحيوانات بالكمبيوتر، مؤكدا أن دقة "
        "الجهاز تصل إلى 94 %."
    ) == [(94, "أستاذ جامعي")]
    assert sources("وافتتح وزير الصحة المستشفى الجديد، مشيرا إلى أنه يضم 200 سرير.") == [
        (200, "وزير الصحة")
    ]
    # "مضيفه" (his host) is folded like the participle مضيفة but says nothing
    assert sources("تأهل الفريق بتعادله مع مضيفه على ملعبه وأمام 20 ألف متفرج.") == [(20000, None)]


def test_a_name_opening_with_fa_is_not_cut() -> None:
    # فيصل is no ف + يصل (a verb that ends a name)
    doc = Document("t", "بلغ عدد الزوار 500 ألف زائر بحسب فيصل الشهري مدير المهرجان.")
    name = doc.text.index("فيصل")
    doc.entities = [Entity("فيصل الشهري", name, name + 11, type="PER")]
    assert [a.source.text if a.source else None for a in found(doc)] == [
        "فيصل الشهري مدير المهرجان"
    ]


def test_a_credit_with_lam_and_the_article() -> None:
    # "وفقا للوزارة": ل + الوزارة (its alif dropped) names the ministry
    doc = Document("t", "وأسفرت الحملات عن حجز 3943 علبة يوغرت، وفقا للوزارة.")
    source = found(doc)[0].source
    assert source is not None and (source.text, source.canonical) == ("للوزارة", "الوزارة")
    assert sources("وبلغ عدد اللاجئين 4 ملايين لاجئ وفقا للتقرير.") == [(4e6, "للتقرير")]
    # an addressee after a verb of saying is still no source: "قال للصحافيين"
    assert sources("وقال للصحافيين إن 30 شخصا قتلوا") == [(30, None)]


def test_estimated_at_names_no_one() -> None:
    # "تقدر ب120 مليون دينار": a passive measure, ب is no subject
    assert sources("انطلاق أشغال المستشفى الممول بهبة صينية تقدر ب120 مليون دينار.") == [
        (120e6, None)
    ]


def test_one_of_opens_a_source() -> None:
    # "أحد مؤسسي الشركة" is one of the founders, not the number one; كان ends the name
    assert sources(
        "الفريق المتكون من 60 شابا حسب ما أكده أحد مؤسسي الشركة المصنعة إدواردو ستروبيان كان "
        "في حاجة إلى تمويل"
    ) == [(60, "أحد مؤسسي الشركة المصنعة إدواردو ستروبيان")]


def test_the_latest_figures_credit_their_document() -> None:
    assert sources(
        "ويتزامن ذلك مع ارتفاع معدل التضخم إلى أكثر من 4.8 بالمائة، حسب أحدث الأرقام الرسمية."
    ) == [(4.8, "الأرقام الرسمية")]
    assert sources("وبحسب آخر إحصائية لشهر مارس بلغ 1487 منشأة في القطاع الخاص") == [
        (1487, "إحصائية")
    ]


def test_a_proviso_is_no_quote_that_frames_the_figure() -> None:
    # the quote layer may read "على أن …" as what was said; the figure before it is still
    # the complement of أكد ("أكد X حجز 6 أطنان"), not an occasion the outlet describes
    text = "وأكد ناصر كامل، رئيس مصلحة، حجز نحو 6 أطنان من الموالح، على أن يقع إتلافها قريبا."
    doc = Document("t", text)
    doc.quotes = [quote(doc, "يقع إتلافها قريبا", "أكد", "ناصر كامل")]
    assert [a.source.text if a.source else None for a in found(doc)] == ["ناصر كامل"]


def test_a_short_subject_before_an_imperfect_verb_of_saying() -> None:
    # headlines and leads in SVO order: "X يعلن اعتقال 590 …"
    assert sources("داود اوغلو يعلن اعتقال 590 من عناصر تنظيم داعش") == [(590, "داود اوغلو")]
    assert sources("خطايا الرادار المؤجلة : مواطن يؤكد تلقيه 6 خطايا في يوم واحد") == [(6, "مواطن")]
    # a particle or pronoun before the verb is no subject; VSO order is unchanged
    assert sources("وهو يؤكد أن 30 شخصا قتلوا") == [(30, None)]
    assert sources("وقال الوزير إن 30 شخصا قتلوا") == [(30, "الوزير")]


def test_a_credit_that_names_its_verb_before_bihi() -> None:
    assert sources("وإصابة 3 أشخاص، حسب ما أفاد به مراسل الجوهرة أف أم") == [
        (3, "مراسل الجوهرة أف أم")
    ]


def test_estimated_at_an_amount_names_no_one() -> None:
    assert sources("مقارنة بما ورد في نشرة الإصدار التي قدرت بمبلغ 16 مليون ريال.") == [
        (16e6, None)
    ]


def test_the_link_footer_of_an_outlet_states_nothing() -> None:
    # alweeam articles end with "رابط الخبر بصحيفة الوئام: <headline>"; the outlet is tagged
    doc = Document("t", "رابط الخبر بصحيفة الوئام: البلديات : اعتماد 33 مركزا انتخابيا")
    name = doc.text.index("الوئام")
    doc.entities = [Entity("الوئام", name, name + 6, type="ORG")]
    assert [a.source for a in found(doc)] == [None]


def test_a_verb_of_saying_ends_a_credited_name() -> None:
    assert sources("قتل أربعة أشخاص، حسب مصدر عسكري مالي أوضح أن الهجوم وقع صباحا") == [
        (4, "مصدر عسكري مالي")
    ]
    # تابع (of, belonging to) is also a verb; it does not cut the name
    assert sources("أصيب 3 شبان حسب مصدر أمني تابع لمنطقة الشرطة بجندوبة") == [
        (3, "مصدر أمني تابع لمنطقة الشرطة بجندوبة")
    ]


def test_a_subject_named_in_quote_marks() -> None:
    # aawsat and others set company names off with «»; a short marked name closed by a
    # comma or a preposition is the subject, also after a relative clause's فيه
    text = (
        "وفي وقت سابق، أعلنت «شيفرون»، شركة الطاقة الأميركية العملاقة، أنها ستخفض العمالة "
        "بنحو 1500 وظيفة. يأتي ذلك في وقت أعلنت فيه «شل» عن عرض بنحو 55 مليار جنيه إسترليني."
    )
    assert sources(text) == [(1500, "شيفرون"), (55e9, "شل")]
    # marked words that are what was said are no name
    assert sources("وقال «إننا سنخفض العمالة بنحو 1500 وظيفة هذا العام» في بيان.") == [(1500, None)]


def test_what_is_measured_with_the_article_or_a_pronoun_names_no_one() -> None:
    # "قدّر سعر السيارة": the price is estimated, the credit after the figure names who did
    text = "قدّر سعر السيارة الواحدة منهما بحوالي 80 ألف دينار، وفق ما أكده مصدر أمني لمراسلنا."
    assert sources(text) == [(80e3, "مصدر أمني")]
    text = "وقد قدّرت القيمة الجملية للمحجوز بحوالي 120 ألف دينار وفق ما أفاد بلاغ للحرس الوطني."
    assert sources(text)[0][1] != "القيمة الجملية"
    assert sources("صغار الفلاحين الذين تقدر نسبتهم ب 60 بالمائة من المنتجين") == [(60, None)]


def test_what_a_verb_announces_ends_or_is_no_name() -> None:
    assert sources("وأعلنت وزارة الصحة تسجيل 35 إصابة جديدة بالفيروس.") == [(35, "وزارة الصحة")]
    text = "وأشار إلى تقرير المجلس، الذي توقع نمو هذه الصناعة إلى ما يفوق 70 مليار ريال."
    assert sources(text) == [(70e9, None)]
    text = "وحسب المصدر قد تصل هذه المكافآت إلى خمسة ملايين يوان."
    assert sources(text) == [(5e6, "المصدر")]


def test_after_a_relative_pronoun_the_subject_is_the_name_before_it() -> None:
    text = "التقت المراسلة مدير الدورة جمال بن حسين الذي أكد مشاركة أكثر من 600 علامة تجارية."
    doc = Document("t", text)
    name = text.index("جمال")
    doc.entities = [Entity("جمال بن حسين", name, name + 12, type="PER")]
    assert [(a.value, a.source.text if a.source else None) for a in found(doc)] == [
        (600, "جمال بن حسين")
    ]
    # no tagged name before الذي: the words after the verb are what it says, no source
    text = "ويشكل مفاجأة بالنسبة للحكومة التي توقعت انكماشا بنسبة 4.4 في المائة."
    assert sources(text) == [(4.4, None)]


def test_an_outlet_named_in_quote_marks_after_its_head_noun_is_in_the_name() -> None:
    # ANT and SaudiNewsNet sentences: the mark had ended the name at "مراسلة", "مركز", "مجلة"
    assert sources(
        "تم اليوم الخميس إجلاء 20 عائلة من مساكنهم بمنطقتي سيدي إسماعيل و السهيلي من ولاية "
        'باجة تحسّبا لفيضان وادي مجردة،وفق ما أفادت به مراسلة "جوهرة أف أم" بالجهة.'
    ) == [(20, 'مراسلة "جوهرة أف أم"')]
    assert sources(
        'وقد شارك في الانتخابات بين 1.9 مليون و2.1 مليون شخص بحسب مركز "إيلابي" الفرنسي.'
    ) == [(1.9e6, 'مركز "إيلابي"'), (2.1e6, 'مركز "إيلابي"')]
    doc = Document(
        "t",
        "حيث قدرت مجلة “فوربس” الأميركية صافي قيمة مؤسس “مايكروسوفت” بـ78.9 مليار دولار هذا العام.",
    )
    (amount,) = found(doc)
    assert amount.source is not None and amount.source.text == "مجلة “فوربس”"
    assert amount.source.canonical == "مجلة فوربس"
    # what a source says in quote marks is no name: the name stays the head noun's
    assert sources('وقال مصدر أمني "إن 30 شخصا قتلوا في الهجوم".') == [(30, "مصدر أمني")]


def test_a_document_credited_with_its_maker_after_lam_is_named_by_the_maker() -> None:
    # ANT: "حسب بلاغ للداخلية" gave "بلاغ", which names no one; the maker is the source
    doc = Document(
        "t",
        "رصد زورق ايطالي سريع على متنه شخصين بعيدا عن اليابسة مسافة 14 ميل بحري كانا بصدد "
        "سحب جسم مشبوه من قاع البحر حسب بلاغ للداخلية.",
    )
    (amount,) = found(doc)
    assert amount.source is not None and amount.source.text == "بلاغ للداخلية"
    assert amount.source.canonical == "الداخلية"
    assert sources("وقتل 3 جنود في الهجوم حسب بيان للجيش الليبي.") == [(3, "بيان للجيش الليبي")]


def test_a_credit_naming_a_title_names_a_person() -> None:
    # ANT: "حسب ممثل الوكالة" had no source: ممثل was no source head; titles now head one
    assert sources(
        'وحسب ممثل الوكالة السياحية التي نظمت الرحلة "أناكس تور" في تونس صالح النمري، فإن '
        "هذه الشركة يتوقع أن تجلب حوالي 30 ألف سائح نحو هذه الوجهة السياحية."
    ) == [(30000, "ممثل الوكالة السياحية")]
    # a title that is also a common word credits nothing ("حسب القائمة": the list)
    assert sources("ويتم توزيع 300 سلة غذائية حسب القائمة المعدة.") == [(300, None)]


def test_a_source_named_again_as_the_same_is_the_earlier_source() -> None:
    # ANT: "وفق ذات المصدر", "بحسب المصدر ذاتها" had no source or the bare "المصدر ذاته"
    doc = Document(
        "t",
        "ويبلغ عدد المساكن الجاهزة للبيع 779 مسكنا، وفق ما أفاد به مصدر من وزارة التجهيز. "
        "وتقدر نسبة تقدم إنجاز المشروع ب 54 بالمائة وفق ذات المصدر.",
    )
    assert [a.source.text if a.source else None for a in found(doc)] == ["مصدر", "مصدر"]
    # with no source named before, "ذات المصدر" names no one
    assert sources("كما تمكن أعوان الفرقة من إيقاف 5 أشخاص آخرين، وفق ذات المصدر.") == [(5, None)]
    # the same head noun wins over a speaker quoted since ("المصدر نفسه" → "مصدر طبي")
    doc = Document(
        "t",
        "وقال مصدر طبي إن 120 شخصا أصيبوا في الحادث. وأكد الوزير أن الوضع مستقر. "
        "وحسب المصدر نفسه، تماثل 80 مريضا للشفاء.",
    )
    doc.quotes = [
        quote(doc, "120 شخصا أصيبوا في الحادث", "وقال", "مصدر طبي"),
        quote(doc, "الوضع مستقر", "وأكد", "الوزير"),
    ]
    assert [a.source.text if a.source else None for a in found(doc)] == ["مصدر طبي", "مصدر طبي"]


def test_a_credit_with_lam_before_an_outlet_names_the_outlet() -> None:
    # "وفقا لموقع «…»", "وفقا لوكالة الأنباء": لـ + a source noun had stopped the name at once
    assert sources(
        "يذكر أن أقصى سرعة لطائرة شحن أميركية 834 كلم / ساعة، "
        "وفقا لموقع «بوبيولار ساينس» الإلكتروني."
    ) == [(834, "موقع «بوبيولار ساينس»")]
    assert sources("وتضرر أكثر من 300 منزل، وفقا لوكالة الأنباء الرسمية.") == [
        (300, "وكالة الأنباء الرسمية")
    ]
    # after a named source, لمراسل still ends its name
    assert sources(
        'قدرت قيمتها بحوالي 200 ألف دينار، وفق ما أكده مصدر أمني لمراسل "الجوهرة أف أم".'
    ) == [(200000, "مصدر أمني")]


def test_a_trailing_ala_ma_with_a_saying_verb_credits_its_subject() -> None:
    # "…، على ما أوضحت الشرطة" (AFP style) credits the police; "على ما هو عليه" no one
    assert sources(
        "ولدى وصول المتهم إلى سيدني عثرت الشرطة معه على 27 علبة صابون، على ما أوضحت الشرطة."
    ) == [(27, "الشرطة")]
    doc = Document(
        "t", "وتتراوح الأسعار بين 80 إلى 90 دولارا، مع استمرار الإنتاج على ما هو عليه لمنظمة أوبك."
    )
    at = doc.text.index("منظمة أوبك")
    doc.entities = [Entity("منظمة أوبك", at, at + len("منظمة أوبك"), type="ORG")]
    assert [a.source for a in found(doc)] == [None, None]


def test_what_is_measured_ends_the_name_of_the_source_before_it() -> None:
    # SaudiNewsNet: "وقدر التقرير حجم الغرامات … بحوالى 350 مليون ريال" gave "التقرير حجم الغرامات"
    assert sources(
        "وقدر التقرير حجم الغرامات التى وقعت خلال العام الماضى على الشركات المخالفة للنظام "
        "بحوالى 350 مليون ريال في قضايا تختص بالسلع الاستهلاكية."
    ) == [(350e6, "التقرير")]
