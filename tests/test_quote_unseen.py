"""Round 4: speakers in forms read in unseen corpus articles (sentences written in their style,
names and facts invented), so they check the grammar of reporting, not any one article.
"""

from __future__ import annotations

from marsad.extract.quotes.component import find_quotes
from marsad.ingest import from_text
from marsad.settings import Options
from tests.quoting import analyse, person, speakers

# --------------------------------------------------------------------------- long title chains


def test_a_title_chain_past_a_phrase_reach_ends_at_the_tagged_person() -> None:
    text = (
        "أكد رئيس اللجنة الوطنية للسياحة في مجلس الغرف السعودية ورئيس اللجنة السياحية في "
        "الغرفة الصناعية التجارية بالأحساء سعد المحيميد، بأن أعمال المشروع قد انتهت. "
        "وأضاف أن الافتتاح سيكون في نهاية العام."
    )
    quotes = analyse(text, [person(text, "سعد المحيميد")])
    assert speakers(quotes) == ["سعد المحيميد", "سعد المحيميد"]
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "رئيس"


def test_a_title_cut_at_general_still_reaches_the_name_after_its_rank() -> None:
    text = "وأوضح رئيس هيئة النقل العام الدكتور فهد السبيعي، أن هناك فرصا كبيرة في القطاع."
    assert speakers(analyse(text, [person(text, "فهد السبيعي")])) == ["فهد السبيعي"]


def test_a_person_after_a_preposition_of_company_is_someone_else() -> None:
    text = "وقال وزير الخارجية في اجتماعه مع الرئيس الفرنسي جان دوبون، إن المحادثات كانت مثمرة."
    quotes = analyse(text, [person(text, "جان دوبون")])
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical != "جان دوبون"


# --------------------------------------------------------------------------- the sentence's subject


def test_a_phrase_fronted_before_the_verb_leaves_its_subject_to_a_later_cue() -> None:
    text = (
        "ومن هذا المنطلق ولأهمية التراث تحدث صالح المسعود صاحب أول موقع للتراث عن عادات "
        "أهل الحجاز، وقال إن العائلات تبدأ الاستعداد للعيد في آخر رمضان."
    )
    assert speakers(analyse(text, [person(text, "صالح المسعود")])) == ["صالح المسعود"]


def test_a_masculine_past_verb_of_form_v_lends_its_titled_subject() -> None:
    text = (
        "تحدث مدير عام المنافسة بوزارة التجارة، سامي الهادي عن الاعتداءات التي يتعرض لها "
        "أعوان المراقبة.\nوقال إنه على الرغم من هذه الاعتداءات فإن الأعوان مصرون على عملهم."
    )
    assert speakers(analyse(text, [person(text, "سامي الهادي")])) == ["سامي الهادي"]


def test_a_bare_family_name_after_the_verb_names_the_person_tagged_before() -> None:
    text = (
        "وقال محمد سالم العتيبي إن حقيبته لم تصل. وقال خالد الأحمدي إن الراكب لم يبلغ في "
        "الوقت المحدد.\nواستغرب العتيبي من رد الشركة مشيرا إلى أنه أبلغ لحظة وصوله."
    )
    entities = [person(text, "محمد سالم العتيبي"), person(text, "خالد الأحمدي")]
    assert speakers(analyse(text, entities))[-1] == "محمد سالم العتيبي"


def test_a_dean_and_a_preacher_are_titles_before_a_name() -> None:
    text = "وأفاد عميد كلية الطب بالجامعة الدكتور فهد الغامدي، أن الكلية نظمت لقاء تعارف."
    assert speakers(analyse(text)) == ["فهد الغامدي"]
    text = "وفي هذا الشأن يوصي الداعية الشيخ ناصر العمر الشباب قائلاً: «احفظوا أوقاتكم»."
    quotes = analyse(text, [person(text, "ناصر العمر")])
    assert quotes and quotes[0].speaker is not None
    assert quotes[0].speaker.canonical.startswith("ناصر العمر")


# --------------------------------------------------------------------------- علي written على


def test_ali_written_with_alif_maqsura_after_a_rank_or_before_bin_is_the_name() -> None:
    text = "وقال اللواء على الشهري إن القوات أحبطت محاولة تهريب."
    assert speakers(analyse(text)) == ["على الشهري"]
    text = "وأعلن الأمير على بن الحسين، عدم مساندته للمرشح، مؤكدا أنه ليس الشخص المناسب."
    assert speakers(analyse(text)) == ["على بن الحسين"]


def test_ala_before_an_object_after_a_rank_stays_the_preposition() -> None:
    quotes = analyse("وأكد الدكتور على أهمية التنسيق، مشيرا إلى أن الخطة جاهزة.")
    assert quotes and quotes[0].speaker is not None
    assert "على" not in quotes[0].speaker.text


# --------------------------------------------------------------------------- documents of a body


def test_a_statement_issued_by_a_body_is_the_body_speaking() -> None:
    text = "وقال بيان صادر عن المجلس العسكري في عدن إن «الأسرى يعاملون وفق القانون»."
    quote = analyse(text)[0]
    assert quote.speaker is not None
    assert (quote.speaker.canonical, quote.speaker.kind) == ("المجلس العسكري", "organisation")
    text = "وجاء في بيان أصدرته رئاسة الحكومة اليوم أن الاجتماع ناقش الوضع الأمني."
    assert speakers(analyse(text)) == ["رئاسة الحكومة"]


def test_a_statement_without_its_issuer_stays_a_document() -> None:
    quote = analyse("وقال بيان للجيش أمس إن القوات تقدمت نحو المدينة.")[0]
    assert quote.speaker is not None and quote.speaker.kind == "document"


def test_according_to_what_a_body_broadcast_is_the_body() -> None:
    text = "وبحسب ما بثته وكالة الأنباء السعودية، فإن وفدا من الحركة قد زار المملكة."
    assert speakers(analyse(text)) == ["وكالة الأنباء السعودية"]
    text = "وبحسب ما ورد في التقرير، فإن الأسعار سترتفع في الربع المقبل."
    assert speakers(analyse(text)) == ["التقرير"]


def test_a_title_with_a_family_name_is_the_person_written_in_full_after_that_title() -> None:
    text = (
        "وصف رئيس مجلس الأمة الكويتي مرزوق الغانم زيارة النائب إلى العائلة بأنها تصرف "
        "استفزازي.\nوقال الرئيس الغانم في تغريدة له: إن تصرف النائب مرفوض وغير مسؤول."
    )
    assert speakers(analyse(text)) == ["مرزوق الغانم"]


def test_a_shorter_affiliation_finds_the_named_holder_of_the_same_title() -> None:
    text = (
        "واستقبلت الطائرة بحضور مدير عام الخطوط الجوية العربية السعودية المهندس سامي الفايز، "
        "وعدد من المسؤولين.\nوبين مدير عام الخطوط السعودية، بأنه تم تزويد الطائرة بمقاعد جديدة."
    )
    assert speakers(analyse(text)) == ["سامي الفايز"]


# ------------------------------------------------------------------ subject before the verb


def test_a_subject_after_kana_before_the_verb_is_not_the_one_met_after_it() -> None:
    text = (
        "وكان الوزير سعد الفالح أكد خلال مؤتمر صحافي مع نظيره الإيطالي في روما، أمس، أن الحل سياسي."
    )
    quote = analyse(text, [person(text, "سعد الفالح")])[0]
    assert quote.speaker is not None and quote.speaker.canonical == "سعد الفالح"


def test_a_verb_after_a_negation_has_no_subject_before_it() -> None:
    text = "وقال العالم إن الكوكب صغير. ولا تزال النتائج توضح أن سطحه متجمد."
    assert "تزال" not in [q.speaker.text for q in analyse(text) if q.speaker]


def test_a_clause_after_a_semicolon_lends_its_subject_after_qad() -> None:
    text = (
        "الحدث ليس جميلا، ولكن ما حدث بعده رائع؛ فقد تقدمت أمانة العاصمة بالاعتذار عما بدر "
        "من المقدم، وأوضحت أنه خروج عن النص."
    )
    quote = analyse(text)[0]
    assert quote.speaker is not None and quote.speaker.canonical.startswith("أمانة العاصمة")


def test_a_title_after_a_ranked_name_lets_a_later_description_find_him() -> None:
    text = (
        "قال الدكتور سامي الحربي، وزير الثقافة المصري، إن الوزارة تدشن موقعا جديدا.\n"
        "وأضاف وزير الثقافة المصري أن الموقع سيربط القطاعات."
    )
    assert speakers(analyse(text)) == ["سامي الحربي", "سامي الحربي"]
    text = "وأبدى مدرب الأنصار عبود الخضري سعادته بالفوز، مشيراً أنه يسعى لتجهيز فريق شاب."
    assert speakers(analyse(text, [person(text, "عبود الخضري")])) == ["عبود الخضري"]


# --------------------------------------------------------------------------- names after a comma


def test_a_tagged_name_after_a_comma_keeps_its_own_apposition() -> None:
    text = (
        "انتقد الأمين العام لحركة مشروع تونس، محسن الفالحي تحركات رئيس حركة النهضة الأخيرة.\n"
        "وأوضح في تصريح لمراسلة الإذاعة أن هذه التحركات غير دستورية."
    )
    assert speakers(analyse(text, [person(text, "محسن الفالحي")])) == ["محسن الفالحي"]


def test_an_untagged_object_after_a_comma_is_no_name() -> None:
    text = (
        "وقدم قائد قوة الصواريخ، شكره الجزيل لنائب خادم الحرمين الشريفين على الاهتمام، "
        "مؤكدا أنه يستطيع السير حاليا."
    )
    quote = analyse(text)[0]
    assert quote.speaker is not None and "شكره" not in quote.speaker.canonical


def test_a_bare_title_then_a_comma_then_another_title_with_the_name() -> None:
    text = "كشف الممثل، المخرج المسرحي ياسر العلي أن فكرة العمل جاءت من الشارع."
    assert speakers(analyse(text, [person(text, "ياسر العلي")])) == ["ياسر العلي"]


def test_the_point_of_the_doctor_abbreviation_does_not_end_the_speaker() -> None:
    text = "وأوضح الرئيس التنفيذي للشركة د. عبدالرحمن المهنا، أن الشركة توسعت هذا العام."
    assert speakers(analyse(text)) == ["عبدالرحمن المهنا"]


# --------------------------------------------------------------------------- the paragraph's verb


def test_a_bare_opening_verb_lends_a_name_the_tagger_reads_from_the_same_word() -> None:
    text = (
        "دعا سليم سعد الله رئيس منظمة الدفاع عن المستهلك المواطن إلى ترشيد استهلاكه، "
        "مبينا أن المنظمة ستقوم بحملات تحسيسية."
    )
    assert speakers(analyse(text, [person(text, "سليم سعد الله")])) == ["سليم سعد الله"]


def test_a_regional_governorate_is_a_body_that_speaks() -> None:
    text = (
        "حذرت إمارة منطقة جازان يوم أمس من إطلاق الرصاص في حفلات الزواج، مؤكدة أنها ستطبق "
        "الإجراءات النظامية على كل مخالف."
    )
    quote = analyse(text)[0]
    assert quote.speaker is not None
    assert (quote.speaker.canonical, quote.speaker.kind) == ("إمارة منطقة جازان", "organisation")


def test_a_discourse_opener_before_the_verb_leaves_its_subject_to_a_later_cue() -> None:
    text = (
        "إلى ذلك، استنكر مدير شرطة المنطقة اللواء مسفر الخثعمي، الحادث الإرهابي، مؤكدا أن "
        "هذا العمل لن يزيد الجنود إلا تماسكا."
    )
    assert speakers(analyse(text, [person(text, "مسفر الخثعمي")])) == ["مسفر الخثعمي"]


def test_a_title_whose_name_is_set_off_by_commas_lends_it_untagged() -> None:
    text = (
        "ندد السفير الفلسطيني بتونس، هائل الفاهوم، بعملية الاغتيال التي استهدفت المهندس، "
        "موضحا أن السفارة تنتظر نتائج التحقيق."
    )
    assert speakers(analyse(text)) == ["هائل الفاهوم"]


def test_a_verb_after_a_rank_is_no_name() -> None:
    text = "ضحك ذلك الشيخ وقال: يا طفلتي خذي الشراب هدية مني."
    assert all(s is None or len(s) > 2 for s in speakers(analyse(text)))


def test_a_paragraph_opening_with_a_titled_name_then_its_verb_lends_the_subject() -> None:
    doc = from_text(
        "فاز المنتخب في مباراته الأولى.\nمدرب الفريق الكابتن لطفي الشيخاوي عبر عن ابتهاجه "
        "بالانتصار الأول، وقال: أثق في اللاعبين كثيرا.",
        Options(),
    )
    doc.entities = [person(doc.text, "لطفي الشيخاوي")]
    assert speakers(find_quotes(doc)) == ["لطفي الشيخاوي"]


def test_a_description_with_a_country_is_not_a_minister_named_without_one() -> None:
    text = (
        "أكد عادل الجبير وزير الخارجية أن المملكة حريصة على علاقاتها.\n"
        "وتحدث الوزير الألماني عن مأساة الشعب السوري، وأعرب عن أمله في أن لا مستقبل للأسد."
    )
    quotes = analyse(text, [person(text, "عادل الجبير")])
    assert speakers(quotes)[0] == "عادل الجبير"
    assert "الجبير" not in (speakers(quotes)[-1] or "")


def test_ali_written_with_alif_maqsura_after_a_title_before_a_setting_is_the_name() -> None:
    text = "وقال السفير على الصادق في تصريح له أمس، إن السودان تابعت الحادث بحزن."
    assert speakers(analyse(text)) == ["على الصادق"]
    quote = analyse("وشدد السفير على الدور الكبير للمملكة، مؤكدا أن العلاقات متينة.")[0]
    assert quote.speaker is not None and "على" not in quote.speaker.text


def test_a_title_chain_past_a_phrase_reach_ends_at_an_untagged_name_closed_by_a_comma() -> None:
    text = (
        "أكد رئيس اللجنة الوطنية للسياحة في مجلس الغرف السعودية ورئيس اللجنة السياحية في "
        "الغرفة الصناعية التجارية بالأحساء سعد المحيميد، بأن أعمال المشروع قد انتهت."
    )
    assert speakers(analyse(text)) == ["سعد المحيميد"]
