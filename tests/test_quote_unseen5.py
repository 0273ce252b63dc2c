"""Round 5: speakers in forms read in fresh random corpus samples (sentences written in their
style, names and facts invented), so they check the grammar of reporting, not any one article.
"""

from __future__ import annotations

from marsad.extract.quotes.speakers import parse_speaker
from tests.quoting import analyse, person, speakers

# --------------------------------------------------------------------------- subordinators


def test_a_subordinator_before_the_cue_is_no_speaker() -> None:
    text = (
        "وانتقد وزير الخارجية المصري سامح شكري الموقف الإثيوبي أمس، عندما قال إن "
        "المفاوضات وصلت إلى طريق مسدود."
    )
    assert speakers(analyse(text, [person(text, "سامح شكري")])) == ["سامح شكري"]
    text = "وعلق المتحدث باسم الوزارة على الحادث، إذ قال إن التحقيقات جارية."
    assert speakers(analyse(text)) == ["المتحدث باسم الوزارة"]


# --------------------------------------------------------------------------- titles and names


def test_the_title_wali_is_not_waw_and_ila() -> None:
    text = "أكد والي القصرين، حسن الخديمي أن اللجنة الجهوية منعقدة. وأضاف أن المساعدات ستوزع."
    quotes = analyse(text, [person(text, "حسن الخديمي")])
    assert speakers(quotes) == ["حسن الخديمي", "حسن الخديمي"]
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "والي"
    assert speakers(analyse("وقال والي صفاقس إن المشروع سينطلق قريبا.")) == ["والي صفاقس"]
    assert speakers(analyse("وقال وإلى جانبه مسؤولون إن المشروع سينطلق قريبا.")) == [None]


def test_a_tagged_person_after_the_comma_is_the_name_not_the_title_tail() -> None:
    text = (
        "وقال الناطق الرسمي باسم القطب القضائي لمكافحة الارهاب، سفيان الجلاصي لوكالة "
        "الأنباء إن النيابة العمومية أذنت بالاحتفاظ بشخص."
    )
    assert speakers(analyse(text, [person(text, "سفيان الجلاصي")])) == ["سفيان الجلاصي"]


def test_a_parenthesised_aside_inside_a_title_keeps_the_name_after_it() -> None:
    text = (
        "وأوضح رئيس الجمعية الوطنية (الغرفة السفلى من البرلمان الموريتاني)، محمد ولد "
        "أحمدو، أنها «تكتسي أهمية كبيرة»."
    )
    assert speakers(analyse(text, [person(text, "محمد ولد أحمدو")])) == ["محمد ولد أحمدو"]


# --------------------------------------------------------------------------- descriptions


def test_a_description_finds_the_tagged_holder_named_in_a_non_reporting_sentence() -> None:
    text = (
        "أمر رئيس الحكومة يوسف الهادي بإيقاف الوحدات الملوثة بمصنع الأسمدة بصفاقس فورا.\n"
        "وقال رئيس الحكومة خلال زيارة عمل يؤديها اليوم إلى صفاقس، إنه حان الوقت لإعادة "
        "الاعتبار للجهة."
    )
    assert speakers(analyse(text, [person(text, "يوسف الهادي")])) == ["يوسف الهادي"]


# --------------------------------------------------------------------------- addressees


def test_a_statement_to_a_correspondent_is_not_spoken_by_the_correspondent() -> None:
    text = (
        "وقال وزير الصحة في تصريح لمراسل إذاعة الجهة، إنه حان الوقت لإعادة الاعتبار "
        "للجهة، معتبرا أن هذه الزيارة فرصة لإعادة الثقة."
    )
    assert speakers(analyse(text)) == ["وزير الصحة", "وزير الصحة"]


def test_a_given_name_with_the_article_and_a_title_after_it_is_a_person() -> None:
    text = (
        "وأوضح الحبيب الورغمي المندوب الجهوي للتربية بالجهة في تصريح لمراسل الإذاعة، أن "
        "أطوار الإشكال تعود إلى سنة 2012، موضحا أنه أعلم الوزارة."
    )
    assert speakers(analyse(text)) == ["الحبيب الورغمي", "الحبيب الورغمي"]


# --------------------------------------------------------------------------- not names


def test_a_denied_report_is_no_name_after_a_title() -> None:
    text = "ونفى مسؤول البلدية تقارير حول إلقاء الأشجار بالوادي وقال إن البلدية لا علم لها بذلك."
    assert speakers(analyse(text)) == ["مسؤول البلدية"]


def test_a_first_person_verb_opening_unmarked_speech_is_no_speaker() -> None:
    text = (
        "ويقول يحيى الغامدي إن الأعياد أيام فضيلة. وعن الأسعار قال أعتقد أنها مناسبة "
        "فليس هناك تغير."
    )
    assert speakers(analyse(text, [person(text, "يحيى الغامدي")])) == ["يحيى الغامدي"] * 2


# --------------------------------------------------------------------------- وفقا ل


def test_the_li_of_wifqan_is_not_part_of_the_source() -> None:
    quote = analyse("ووفقا للمسؤول فإن حصيلة القتلى قد تشهد ارتفاعا.")[0]
    assert quote.speaker is not None and quote.speaker.canonical == "المسؤول"
    text = "ووفقا لبيانات الشرطة فإن الرجل توجه إلى المبنى."
    assert speakers(analyse(text)) == ["بيانات الشرطة"]
    text = "ووفقا لرئيس الحكومة الحبيب الصادق فإن الإضراب سيتواصل."
    assert speakers(analyse(text, [person(text, "الحبيب الصادق")])) == ["الحبيب الصادق"]


def test_a_tagged_name_that_opens_with_lam_keeps_it() -> None:
    text = "ووفقا لسعد الحامدي فإن الإضراب سيتواصل."
    assert speakers(analyse(text, [person(text, "لسعد الحامدي")])) == ["لسعد الحامدي"]


# --------------------------------------------------------------------------- لكنه قال


def test_lakinnahu_before_a_cue_opens_a_report_of_the_subject() -> None:
    text = (
        'رجح مسؤول أمريكي أن يكون سبب تحطم الطائرة قنبلة. وأضافت شبكة "سي.إن.إن" أن '
        "المسؤول تحدث بناء على معلومات المخابرات، لكنه قال إن الأجهزة لم تصل بعد إلى "
        "استنتاج رسمي."
    )
    quotes = analyse(text)
    assert len(quotes) == 3
    assert speakers(quotes)[2] == "مسؤول أمريكي"


def test_a_statement_to_a_correspondent_after_the_verb_names_no_speaker() -> None:
    text = (
        "وانتقد النائب هيكل الشابي غياب الدولة. وقال لمراسل الإذاعة إن كل المؤشرات تدل "
        "على تقصير كبير."
    )
    assert speakers(analyse(text, [person(text, "هيكل الشابي")]))[-1] == "هيكل الشابي"


def test_a_cue_after_adam_is_no_cue_and_bars_nothing() -> None:
    text = (
        "وقال المصدر العسكري الذي فضّل عدم ذكر اسمه في اتصال هاتفي مع الصحيفة: إن "
        "المليشيا تقدمت نحو القاعدة."
    )
    quotes = analyse(text)
    assert [q.cue.text if q.cue else None for q in quotes] == ["قال"]
    assert speakers(quotes) == ["المصدر العسكري"]


def test_a_source_phrase_ends_before_the_correspondent_it_spoke_to() -> None:
    text = "وقال مصدر أمني لمراسل الإذاعة بالجهة إن الوحدات الأمنية تدخلت."
    assert speakers(analyse(text)) == ["مصدر أمني"]
    text = "وأكد أحد المحتجين لمراسلة الإذاعة في المهدية أن الأهالي يرفضون القرار."
    assert speakers(analyse(text)) == ["أحد المحتجين"]


def test_an_honorific_pronoun_is_the_person_named_before() -> None:
    text = (
        "وأكد المفتي العام الشيخ عبدالعزيز الحمدان أن الدعوة واجبة. وقال سماحته في خطبة "
        "الجمعة إن على المؤمن الحذر."
    )
    names = speakers(analyse(text, [person(text, "عبدالعزيز الحمدان")]))
    assert names == ["عبدالعزيز الحمدان", "عبدالعزيز الحمدان"]


def test_in_his_words_after_a_quote_is_the_speaker_before_it() -> None:
    text = (
        "وانتقد الوزير ناجي الجلاصي بعض الأطراف السياسية. وقال على هامش افتتاحه الأيام "
        'الوطنية: "هناك أشخاص ما زالوا يتصرفون بشعارات الجامعة". واعتبر أن المرحلة صعبة. '
        '"لم يفهموا أن الصراعات تكون في المحطات الانتخابية"، وفق تعبيره.'
    )
    assert speakers(analyse(text, [person(text, "ناجي الجلاصي")])) == ["ناجي الجلاصي"] * 3


def test_a_tagged_name_closes_a_title_phrase_before_the_verb_object() -> None:
    text = "وانتقد الوزير ناجي الجلاصي بعض الأطراف السياسية. وقال إن المرحلة صعبة."
    quote = analyse(text, [person(text, "ناجي الجلاصي")])[0]
    assert quote.speaker is not None and quote.speaker.canonical == "ناجي الجلاصي"
    assert quote.speaker.role == "الوزير" and quote.speaker.affiliation is None


def test_a_counterpart_in_the_setting_is_not_the_speaker() -> None:
    text = (
        "أكد وزير الخارجية عادل الحربي أن المملكة حريصة على علاقاتها. وقال في مؤتمر صحفي "
        "عقده ونظيره الألماني فرانك مولر في برلين أمس إنه يجب على إيران تغيير سياستها."
    )
    entities = [person(text, "عادل الحربي"), person(text, "فرانك مولر")]
    assert speakers(analyse(text, entities)) == ["عادل الحربي", "عادل الحربي"]


def test_a_statement_noun_is_not_a_speaker() -> None:
    text = "وصدر عنه تصريحات أثارت السخرية."
    mention = parse_speaker(text, text.index("تصريحات"), len(text) - 1)
    assert mention is None or mention.kind == "thing"


def test_a_rank_before_a_college_is_a_title_not_a_name() -> None:
    text = (
        "أكد اليوم العميد بكلية الآداب والعلوم الإنسانية بالقيروان، عبد الكريم الحامدي، "
        "قرار تأجيل الامتحانات.\nوقال في تدخل هاتفي إنه اضطر لاتخاذ القرار."
    )
    names = speakers(analyse(text, [person(text, "عبد الكريم الحامدي")]))
    assert names == ["عبد الكريم الحامدي"]
    assert speakers(analyse("وأعلنت كلية الطب أن الامتحانات ستجرى في موعدها.")) == ["كلية الطب"]


def test_bikhusus_opens_a_phrase_before_the_complement() -> None:
    text = (
        "وقالت رئيسة الهيئة سهام الورتاني إن الجلسات متواصلة. وأفادت بخصوص العضوين مصطفى "
        "الحامدي وليليا الصغير، بأنه تم إعفاؤهما من مهامهما."
    )
    names = speakers(analyse(text, [person(text, "سهام الورتاني")]))
    assert names == ["سهام الورتاني", "سهام الورتاني"]
