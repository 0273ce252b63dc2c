"""Round 8: group and plural speakers read in fresh random corpus samples (seeds 501-503;
sentences written in their style, names and facts invented), so they check the grammar of
reporting, not any one article.
"""

from __future__ import annotations

from tests.quoting import analyse, person, speakers

# ------------------------------------------------------------- a plural cue and its group


def test_a_plural_cue_takes_the_group_subject_of_a_non_reporting_verb() -> None:
    text = (
        "وأعرب ذوو الشهداء عن شكرهم وتقديرهم للقيادة على مواساتهم، مؤكدين أن هذا هو "
        "ديدن القيادة الرشيدة."
    )
    assert speakers(analyse(text)) == ["ذوو الشهداء"]


def test_a_plural_cue_after_coordinated_plurals() -> None:
    text = (
        "اتفق مفكرون وكتاب ومثقفون على ضرورة الحفاظ على التراث، مؤكدين أن بعض التراث "
        "يحتاج إلى قراءة جديدة."
    )
    assert speakers(analyse(text)) == ["مفكرون وكتاب ومثقفون"]


def test_a_quantifier_group_is_read_with_its_plural() -> None:
    text = "وجدد عدد من المواطنين مطالبهم بتوسعة طريق المنتزه، مؤكدين أنه يشكل خطورة على العابرين."
    assert speakers(analyse(text)) == ["عدد من المواطنين"]


def test_a_construct_plural_and_its_genitive() -> None:
    text = "وقابل منسوبو مكتب خدمات الأمتعة غضب الركاب بصدر رحب، مؤكدين أن الخلل ليس منهم أصلا."
    assert speakers(analyse(text)) == ["منسوبو مكتب خدمات الأمتعة"]


def test_a_dual_subject_takes_a_plural_cue() -> None:
    text = (
        "وأعرب الضابطان المرقيان عن اعتزازهما بالثقة الغالية، مشيرين إلى أن الترقية حافز "
        "لمضاعفة الجهود."
    )
    assert speakers(analyse(text)) == ["الضابطان"]


def test_a_sound_plural_opening_the_paragraph() -> None:
    text = (
        "يعاني سكان حي النخيل من انقطاع الماء منذ أسبوعين؛ لافتين إلى أن الشركة لم ترد "
        "على اتصالاتهم."
    )
    assert speakers(analyse(text)) == ["سكان حي النخيل"]


# ------------------------------------------------------------- the group goes on


def test_a_group_with_a_singular_verb_is_continued_by_a_plural_cue() -> None:
    text = (
        "وأكد أقارب المفقودين أن حرس الحدود يبذل جهودا كبيرة في البحث عنهم، مشيرين إلى "
        "أنهم كانوا يبحرون بشكل مستمر."
    )
    assert speakers(analyse(text)) == ["أقارب المفقودين", "أقارب المفقودين"]


def test_a_plural_verb_continues_a_group_quoted_with_a_singular_verb() -> None:
    text = (
        "وأكد لاعبو النادي أنهم عازمون على العودة بالفوز من الرحلة. وأضافوا أن نتيجة "
        "الذهاب منحتهم دافعا معنويا."
    )
    assert speakers(analyse(text)) == ["لاعبو النادي", "لاعبو النادي"]


# ------------------------------------------------------------- agreement


def test_a_singular_cue_does_not_take_the_group() -> None:
    text = (
        "وطالب أهالي القرية بسرعة إصلاح الطريق، وقال أحدهم إن الحفر تسببت في حوادث "
        "كثيرة، وأضاف محمد الحربي أن البلدية وعدت بالإصلاح. وأوضح أن الأعمال لم تبدأ."
    )
    quotes = analyse(text, [person(text, "محمد الحربي")])
    assert "أهالي القرية" not in speakers(quotes)[1:]


def test_a_tagged_name_in_the_shape_of_a_plural_is_one_person() -> None:
    text = (
        "وقال رئيس الوزراء البريطاني بوريس جونسون إن بلاده ستدعم الاتفاق. وأضاف أن "
        "المحادثات ستتواصل."
    )
    quotes = analyse(text, [person(text, "بوريس جونسون")])
    assert speakers(quotes) == ["بوريس جونسون", "بوريس جونسون"]


# ------------------------------------------------------------- openers and objects


def test_a_discourse_opener_before_the_first_verb() -> None:
    text = (
        "أمام ذلك، استغرب رئيس النادي المكلف من عدم سفر اللاعب مع فريقه، مشيرا إلى أنه "
        "لاعب محترف يعي الأنظمة جيدا. وأشار إلى أن الجماهير رحبت باللاعب."
    )
    assert speakers(analyse(text)) == ["رئيس النادي المكلف", "رئيس النادي المكلف"]


def test_a_stance_noun_with_a_pronoun_is_the_object_not_the_speaker() -> None:
    text = (
        "وعرضت القاضية كارين يونغ على المتهمين حلا غير مألوف، فهي اكدت لهما استعدادها "
        "لتخفيف عقوبتهما ان وافقا على شراء القميص."
    )
    quotes = analyse(text, [person(text, "كارين يونغ")])
    assert speakers(quotes) == ["كارين يونغ"]


# ------------------------------------------------------------- kin and bystanders


def test_a_kin_phrase_is_the_speaker_and_keeps_its_gender() -> None:
    text = (
        "وقالت زوجة المتهم إن زوجها لم يغادر المنزل تلك الليلة. وأضافت أن الشرطة لم "
        "تستمع إلى أقوالها."
    )
    assert speakers(analyse(text)) == ["زوجة المتهم", "زوجة المتهم"]


def test_a_kin_phrase_before_the_relative_s_name() -> None:
    text = "وقال شقيق الضحية سالم العنزي إن العائلة تطالب بالقصاص من الجناة."
    quotes = analyse(text, [person(text, "سالم العنزي")])
    assert speakers(quotes) == ["شقيق الضحية سالم العنزي"]


def test_a_kin_noun_with_a_pronoun_is_his_father_not_her_mother() -> None:
    text = (
        "وأصيب الجندي فهد القحطاني في الهجوم. وقال والده إن ابنه بخير وإن حالته مستقرة. "
        "وأضاف أن الأسرة فخورة به."
    )
    quotes = analyse(text, [person(text, "فهد القحطاني")])
    assert speakers(quotes) == ["والده", "والده"]


def test_a_city_is_no_grandmother() -> None:
    text = "وقالت أمانة جدة إن أعمال الصيانة ستنتهي الشهر المقبل."
    assert speakers(analyse(text)) == ["أمانة جدة"]


def test_a_sure_subject_after_a_stance_noun_with_a_pronoun() -> None:
    text = (
        "هذه المعلومات أكد صحتها مصدر في الجيش السوري الحر، الذي أعلن أن هذه الحالة ليست "
        "مقتصرة على البلدة."
    )
    assert speakers(analyse(text)) == ["مصدر في الجيش السوري الحر"]


def test_bodies_in_the_plural_take_a_feminine_singular_cue() -> None:
    text = (
        "وأكدت المنظمات والجمعيات الموقعة على البيان رفضها القاطع لاتفاقات الترحيل، مشيرة "
        "إلى أن الاتفاق الأخير يمس حقوق المهاجرين."
    )
    assert speakers(analyse(text)) == ["المنظمات والجمعيات الموقعة"]


def test_a_participle_s_construct_plural_is_continued_by_a_plural_cue() -> None:
    text = (
        "وقال مصممو السيارة الحديثة إن هدفهم أن تكون صديقة للبيئة، مشيرين إلى أن "
        "السيارات الكهربائية خطوة في الاتجاه الصحيح."
    )
    assert speakers(analyse(text)) == ["مصممو السيارة الحديثة", "مصممو السيارة الحديثة"]


def test_a_broken_plural_of_preachers_takes_a_plural_cue() -> None:
    text = (
        "ندد خطباء الجوامع والمساجد بالمحافظة بالتفجير الإجرامي الذي استهدف المصلين، "
        "مؤكدين أن التفجير يهدف إلى زعزعة الاستقرار."
    )
    assert speakers(analyse(text)) == ["خطباء الجوامع"]


def test_an_opinion_noun_between_the_credit_and_its_group() -> None:
    text = (
        "وبحسب تقدير عدد من الاقتصاديين فإن ملايين الناس يستفيدون من المشاريع، مشيرين "
        "إلى أن الطرق الجديدة ستخفض الحوادث."
    )
    assert speakers(analyse(text)) == ["عدد من الاقتصاديين", "عدد من الاقتصاديين"]


def test_two_people_joined_by_wa_take_a_plural_cue() -> None:
    text = (
        "وبحث وزير الخارجية عادل الجبير ونظيره الفرنسي لوران فابيوس العلاقات الثنائية، "
        "مؤكدين أن التعاون بين البلدين يشهد تطورا كبيرا."
    )
    quotes = analyse(text, [person(text, "عادل الجبير"), person(text, "لوران فابيوس")])
    assert speakers(quotes) == ["وزير الخارجية عادل الجبير ونظيره الفرنسي لوران فابيوس"]


# ------------------------------------------------------------- bodies named again


def test_a_bare_head_names_a_body_named_with_its_article_before() -> None:
    text = (
        "وذكر بيان صادر عن المكتب الإعلامي لرئاسة الحكومة أن الاجتماع تناول الوضع الأمني. "
        "وأشار المكتب إلى أن الحكومة ستعلن عن إجراءات جديدة."
    )
    assert speakers(analyse(text)) == [
        "المكتب الإعلامي لرئاسة الحكومة",
        "المكتب الإعلامي لرئاسة الحكومة",
    ]


# ------------------------------------------------------------- a plural relative clause


def test_the_plural_before_alladhina_speaks() -> None:
    text = (
        "والتقت الصحيفة عددا من المواطنين الذين أكدوا أن الأسعار ارتفعت كثيرا، مشيرين إلى "
        "أن الرقابة غائبة."
    )
    assert speakers(analyse(text)) == ["عددا من المواطنين", "عددا من المواطنين"]


def test_a_thing_before_alladhina_is_no_speaker() -> None:
    text = "وتحدث الوزير عن المشاريع التي قالوا إنها ستنتهي قريبا."
    assert "المشاريع" not in speakers(analyse(text))
