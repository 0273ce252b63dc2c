"""Who said it, in the forms news writing uses without a title or with a short reference.

Sentences are written for these tests in the style of Saudi and Tunisian news reports (names
and facts invented), so they check the grammar, not any one article.
"""

from __future__ import annotations

from marsad.document import Entity
from marsad.extract.quotes.speakers import parse_speaker
from tests.quoting import analyse, person, speakers

# --------------------------------------------------------------------------- bare names


def test_bare_name_ali_is_not_the_preposition_ala() -> None:
    text = (
        "وقال علي الزهراني: «انتظرنا ثلاثة أيام دون أن يتصل بنا أحد». "
        "وأشار إلى أن المستشفى رفض استقبال والده."
    )
    assert speakers(analyse(text)) == ["علي الزهراني", "علي الزهراني"]


def test_the_preposition_ala_still_ends_the_phrase() -> None:
    q = analyse("وأكد الوزير على أن الخطة ستنفذ في موعدها.")[0]
    assert q.text == "الخطة ستنفذ في موعدها"


def test_nisba_family_name_after_a_first_name() -> None:
    text = "وقال سلطان الحربي إن القرار يصب في مصلحة مرتادي الشواطئ."
    m = parse_speaker(text, text.index("سلطان"), text.index(" إن"))
    assert m is not None and m.kind == "person"
    assert text[m.start : m.end] == "سلطان الحربي"


def test_a_nationality_is_not_a_family_name() -> None:
    text = "وقال مسؤول أمريكي إن المحادثات ستستأنف."
    m = parse_speaker(text, text.index("مسؤول"), text.index(" إن"))
    assert m is not None and m.kind == "unnamed"


def test_a_rank_opens_the_speaker_phrase() -> None:
    text = (
        "وأوضح المهندس خالد بن سعد العمري، المتحدث الرسمي للأمانة، أن أعمال الصيانة "
        "ستنتهي خلال أسبوعين."
    )
    q = analyse(text)[0]
    assert q.text == "أعمال الصيانة ستنتهي خلال أسبوعين"
    assert q.speaker is not None and q.speaker.text == "خالد بن سعد العمري"
    # the title set off after the name says more than the rank (a later "المتحدث" finds him)
    assert (q.speaker.role, q.speaker.affiliation) == ("المتحدث الرسمي", "للأمانة")


def test_a_definite_organisation_head_ends_before_its_object() -> None:
    text = "وحددت الوزارة رسوم الخدمة الجديدة، مؤكدةً أن الرسوم تشمل جميع المناطق."
    assert speakers(analyse(text)) == ["الوزارة"]


# --------------------------------------------------------------------------- short references


def test_definite_sources_refer_back_to_the_fuller_mention() -> None:
    text = (
        "وقالت مصادر أمنية إن الدوريات انتشرت في محيط الميناء. وتبلغ مساحة الميناء "
        "كيلومترين. وأضافت المصادر أن التحقيق ما زال جاريا."
    )
    assert speakers(analyse(text)) == ["مصادر أمنية", "مصادر أمنية"]


def test_the_source_alone_is_the_one_just_cited() -> None:
    text = (
        "وأوضحت وكالة الأنباء الرسمية أن القرار يشمل خمسة مسؤولين، وأضاف المصدر أن "
        "القرار سيبقى ساريا حتى نهاية العام."
    )
    assert speakers(analyse(text)) == ["وكالة الأنباء الرسمية", "وكالة الأنباء الرسمية"]


def test_an_unnamed_source_is_not_replaced_by_an_earlier_person() -> None:
    text = (
        "وأوضح المتحدث باسم البلدية سعد الفهد أن العقد انتهى. "
        "وحمل مصدر مسؤول في الشركة المشغلة البلدية ما آلت إليه الأمور، وقال إن الشركة "
        "لا تتحمل الإهمال."
    )
    got = speakers(analyse(text, [person(text, "سعد الفهد")]))
    assert got[0] == "سعد الفهد"
    assert got[1] is not None and got[1].startswith("مصدر مسؤول")


# --------------------------------------------------------------------------- the sentence's subject


def test_circumstantial_cue_after_a_non_reporting_verb_takes_its_subject() -> None:
    text = (
        "وقال المحامي سامي الهادي إن موكله مستعد للمصالحة. "
        "ويطالب كمال الطرابلسي بالإفراج عنه في أقرب الآجال معتبرا أنه تعرض لسوء المعاملة."
    )
    ents = [person(text, "سامي الهادي"), person(text, "كمال الطرابلسي")]
    assert speakers(analyse(text, ents)) == ["سامي الهادي", "كمال الطرابلسي"]


def test_a_subject_that_disagrees_in_gender_is_not_taken() -> None:
    text = (
        "وقال مدير الدفاع المدني فهد العتيبي إن الفرق باشرت الحريق. "
        "وبلغت درجة الحرارة 48 درجة، وقال إن الفرق ستبقى في الموقع."
    )
    assert speakers(analyse(text, [person(text, "فهد العتيبي")])) == ["فهد العتيبي"] * 2


def test_a_relative_clause_cue_keeps_the_last_speaker() -> None:
    text = (
        "وقال الوزير أحمد العلي إن القانون الجديد يحمي المستهلك، وأشار إلى الفصل العاشر "
        "الذي ينص على أنه يمكن لكل متضرر تقديم شكوى."
    )
    got = speakers(analyse(text, [person(text, "أحمد العلي")]))
    assert got[0] == "أحمد العلي"


def test_television_and_newspapers_speak() -> None:
    text = "وذكر التلفزيون المصري أن التشغيل التجريبي جرى في ظل تأمين مكثف."
    assert speakers(analyse(text)) == ["التلفزيون المصري"]


def test_acting_head_is_a_title() -> None:
    text = (
        "أعلن القائم بأعمال رئيس هيئة الطيران المدني حسن الجابري أمس، نية بلاده تحديث "
        'أسطولها، مضيفا "نحتاج إلى عشرين طائرة جديدة كل سنة".'
    )
    assert speakers(analyse(text)) == ["حسن الجابري"]


def test_a_preposition_is_never_part_of_a_name() -> None:
    text = "وقال مدير قسم الجراحة في مستشفى الشفاء إن حالة الطفل مستقرة."
    m = parse_speaker(text, text.index("مدير"), text.index(" إن"))
    assert m is not None and m.name is None


def test_a_place_inside_an_organisation_phrase_is_not_the_speaker() -> None:
    text = "قالت الشركة المشغلة لمطار الدمام إن حركة الركاب ارتفعت."
    start = text.index("الدمام")
    ents = [Entity("الدمام", start, start + len("الدمام"), "LOC")]
    assert speakers(analyse(text, ents)) == ["الشركة المشغلة لمطار الدمام"]


def test_an_organisation_phrase_ends_before_its_object() -> None:
    text = (
        "وأكدت أمانة المنطقة الشرقية كثرة التحويلات المرورية، مشيرة إلى أن المشاريع ستنتهي قريبا."
    )
    assert speakers(analyse(text)) == ["أمانة المنطقة الشرقية"]


def test_an_organisation_name_keeps_its_lam_genitive() -> None:
    text = "وقال الاتحاد الدولي لكرة القدم إن القرعة ستجرى الأسبوع المقبل."
    assert speakers(analyse(text)) == ["الاتحاد الدولي لكرة القدم"]


def test_an_accusative_word_ends_the_subject() -> None:
    text = "وجاء تقرير بثه التلفزيون قاسياً على الزوار. وذكر التقرير أن بعض السلوكيات أزعجت السكان."
    got = speakers(analyse(text))
    assert got and got[-1] is not None and "قاسيا" not in got[-1]


def test_the_same_source_refers_back() -> None:
    text = (
        "وقالت مصادر مطلعة إن الإدارة رفضت العرض. وأكدت المصادر ذاتها أن المفاوضات "
        "ستستأنف الأسبوع المقبل."
    )
    assert speakers(analyse(text)) == ["مصادر مطلعة", "مصادر مطلعة"]


def test_the_articles_topic_speaks_when_no_one_was_quoted_before() -> None:
    text = (
        "سجلت وزارة الصحة أمس أربع إصابات جديدة بالفيروس في العاصمة.\n"
        "وأكدت أن إجمالي الإصابات بلغ 1078 حالة منذ بداية العام."
    )
    assert speakers(analyse(text)) == ["وزارة الصحة"]


def test_a_tagged_currency_is_no_topic_speaker() -> None:
    text = "وارتفع اليورو أمس أمام الريال. وأضاف أن الطلب على العملات زاد في الموسم."
    start = text.index("اليورو")
    ents = [Entity("اليورو", start, start + len("اليورو"), "MISC")]
    assert speakers(analyse(text, ents)) == [None]


def test_a_definite_plural_of_people_speaks() -> None:
    text = "قال المحققون في حادث سقوط الطائرة الثلاثاء إنهم عثروا على قطع من صاروخ."
    q = analyse(text)[0]
    assert q.speaker is not None and (q.speaker.canonical, q.speaker.kind) == ("المحققون", "group")


def test_a_speaker_fronted_before_the_verb() -> None:
    text = (
        "وقالت إحدى المشاركات إن الحملة بدأت قبل شهر. الشرطة المحلية، من جانبها، ذكرت أنها "
        "عثرت على حسابات وهمية كثيرة."
    )
    assert speakers(analyse(text)) == ["إحدى المشاركات", "الشرطة المحلية"]


def test_a_family_name_after_two_given_names() -> None:
    text = "وقال عتيق فهد الرشيدي إن البلدة تعاني نقص الخدمات."
    m = parse_speaker(text, text.index("عتيق"), text.index(" إن"))
    assert m is not None and text[m.start : m.end] == "عتيق فهد الرشيدي"


def test_a_name_with_a_patronymic_may_open_with_al() -> None:
    text = "وأوضح الحبيب بن جمعة مدير التحكم في الشبكة أنه تم تسجيل رطوبة عالية."
    q = analyse(text)[0]
    assert q.speaker is not None and q.speaker.text == "الحبيب بن جمعة"


def test_a_title_after_the_name_lets_a_later_description_find_the_person() -> None:
    text = (
        "أكد فؤاد المسلم مدير فريق الوحدة أن المعسكر كان ناجحا. "
        "وأوضح مدير الكرة بنادي الوحدة أن التدريبات ستكون على فترتين."
    )
    m = parse_speaker(text, text.index("فؤاد"), text.index(" أن"))
    assert m is not None and text[m.start : m.end] == "فؤاد المسلم"
    assert m.role is not None and text[slice(*m.role)] == "مدير"


def test_a_body_named_after_a_title_is_no_person() -> None:
    text = "وقال مدير فريق هجر إن المعسكر سيقام في تركيا."
    m = parse_speaker(text, text.index("مدير"), text.index(" إن"))
    assert m is not None and m.name is None
    assert m.affiliation is not None and text[slice(*m.affiliation)] == "فريق هجر"


def test_after_for_his_part_the_verb_needs_no_wa() -> None:
    text = "من جانبه قدم رئيس الاتحاد فهد الزامل شكره للأعضاء، وقال إن الدعم ليس مستغربا."
    ent = person(text, "فهد الزامل")
    assert speakers(analyse(text, [ent])) == ["فهد الزامل"]


def test_a_tagged_family_name_does_not_replace_the_given_name() -> None:
    text = "وقالت جيهان السادات، إن المشروع سيعبر بالبلاد إلى المستقبل."
    assert speakers(analyse(text, [person(text, "السادات")])) == ["جيهان السادات"]


def test_a_name_set_off_by_commas_after_a_title() -> None:
    text = "وقال رئيس الكتلة الديمقراطية، سالم الأبيض في تصريح للإذاعة إنه تم تناول المقترح."
    q = analyse(text)[0]
    assert q.speaker is not None and q.speaker.text == "سالم الأبيض"


def test_a_second_title_after_the_comma_is_not_the_name() -> None:
    text = "وذكر وزير الخارجية، أن الرئيس، شدد خلال اللقاء على دعم بلاده."
    q = analyse(text)[0]
    assert q.speaker is not None and q.speaker.canonical == "وزير الخارجية"
    assert q.text == "الرئيس، شدد خلال اللقاء على دعم بلاده"


def test_the_same_source_and_a_source_in_a_ministry() -> None:
    text = (
        "أفاد مصدر من وزارة الشؤون الخارجية أن القنصلية تتابع الملف. وأكد نفس المصدر في "
        "تصريح للوكالة، أنه لا وجود لجرحى."
    )
    assert speakers(analyse(text)) == ["مصدر من وزارة الشؤون الخارجية"] * 2


def test_a_source_named_after_according_to_what_he_said() -> None:
    text = (
        "بلغت ديون الشركة 1000 مليون دينار، وذلك وفق ما ذكره، اليوم الاثنين، المدير العام "
        "للشركة في تصريح إعلامي.\n\nوأضاف أن المسألة تمثل إشكالية كبيرة."
    )
    got = speakers(analyse(text))
    assert got and got[0] is not None and got[0].startswith("المدير العام")


def test_a_subject_before_a_verb_without_a_quote_is_remembered() -> None:
    text = (
        "يذكر أن وزير الداخلية سليمان صويلو أعلن عن مقتل 39 شخصا، مشيرا إلى أن البحث عن "
        "المهاجم ما يزال جاريا."
    )
    assert speakers(analyse(text)) == ["سليمان صويلو"]


def test_a_quoted_name_after_a_newspaper_head() -> None:
    text = 'وذكرت صحيفة "ديلي ميل" البريطانية الأحد أن عمال البناء فوجئوا بظهور الثعبان.'
    q = analyse(text)[0]
    assert q.speaker is not None
    assert q.speaker.text == 'صحيفة "ديلي ميل" البريطانية'
    assert q.speaker.canonical == "صحيفة ديلي ميل البريطانية"


def test_a_quoted_acronym_after_the_subject_is_not_speech() -> None:
    text = "أعلن المعهد السعودي للخطوط الحديدية “سرب”، عن استمرار فترة القبول حتى الخميس."
    assert analyse(text) == []


def test_a_title_goes_on_past_a_quoted_name_to_a_ranked_name() -> None:
    text = "وأوضح مدير معهد “سرب” المهندس عبدالعزيز الصقير، أن المعهد حظي بإقبال كبير."
    q = analyse(text)[0]
    assert q.speaker is not None and q.speaker.text == "عبدالعزيز الصقير"


def test_a_bare_name_after_a_verb_is_no_topic_speaker() -> None:
    # "وهاجم أحمد العلي": he (unnamed) attacked أحمد العلي; the object must not speak next
    text = "وهاجم أحمد العلي في مقاله الأخير واتهمه بالتقصير.\nوأضاف أن النقد لا يتوقف."
    assert speakers(analyse(text, [person(text, "أحمد العلي")])) == [None]
