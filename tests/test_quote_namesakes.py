"""Descriptions resolved to the holder named elsewhere (quotes/namesakes.py): a nationality
added to the title later, and a title followed elsewhere by words that name no one.
Sentences written in the style of the corpora, names and facts invented."""

from __future__ import annotations

from tests.quoting import analyse, person, speakers


def test_a_nationality_added_later_stands_in_the_sentence_that_named_the_holder() -> None:
    text = (
        "ووقّع عن الجانب الليبي، وزير النفط سالم عبد الله المقريف، بينما وقّع عن الجانب "
        "الإيطالي مدير الشركة ماركو روسي.\n\n"
        "وقال وزير النفط الليبي، في مؤتمر صحفي، إن العقد يختلف عن سابقاته. وأضاف أن الإنتاج "
        "سيبدأ العام المقبل."
    )
    quotes = analyse(text, [person(text, "سالم عبد الله المقريف"), person(text, "ماركو روسي")])
    assert speakers(quotes) == ["سالم عبد الله المقريف"] * 2


def test_another_country_in_the_naming_sentence_is_no_evidence() -> None:
    text = (
        "والتقى وزير الخارجية خالد المنصوري أمس في الرباط وفدا تجاريا.\n\n"
        "وقال وزير الخارجية الألماني في تصريح إن بلاده تدعم الحوار."
    )
    quotes = analyse(text, [person(text, "خالد المنصوري")])
    assert speakers(quotes) != ["خالد المنصوري"]


def test_words_after_the_title_elsewhere_that_the_tagger_left_untagged_name_no_one() -> None:
    text = (
        "أكد رئيس الجمهورية أن بلاده ماضية في الإصلاح.\n\n"
        "وأشاد رئيس الجمهورية بالمساعدات الأوروبية ذات الصلة، من تجهيزات ومعدات. "
        "واستقبل الرئيس لاحقا السفير كمال الدين حداد."
    )
    assert speakers(analyse(text, [person(text, "كمال الدين حداد")])) == ["رئيس الجمهورية"]


def test_a_body_named_in_quote_marks_inside_a_title_phrase() -> None:
    text = (
        "وقال نائب رئيس «الخطوط الجوية» السابق الدكتور ناصر الدوسري: إن السوق تتجاوب مع "
        "ارتفاع الأسعار سريعا.\n\n"
        'وقال مدير عام شركة "نسيج"، محمد الهادي الرياحي إن الزيارة تأتي لتعزيز التعاون.'
    )
    quotes = analyse(text, [person(text, "محمد الهادي الرياحي")])
    assert speakers(quotes) == ["ناصر الدوسري", "محمد الهادي الرياحي"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.affiliation == "رئيس «الخطوط الجوية» السابق"


def test_a_reporter_before_his_outlet_in_quote_marks_is_still_the_outlet_s_reporter() -> None:
    text = 'وأكد مراسل "الجوهرة أف أم" بالجهة أن الشاب نقل إلى المستشفى.'
    assert speakers(analyse(text)) != ["أف أم"]
