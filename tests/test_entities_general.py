"""Entity rules that generalise beyond the articles they were found on (issue 5, round 2):
towns the news corpora attest, spelling that tells a place from an ordinary word.

Like `test_entities.py`, these feed `link_entities` hand-made tags (none where the tagger is
assumed to miss the name), so they check this stage's own rules on real news sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from tests.test_entities import run


def places(text: str) -> list[str]:
    return [e.text for e in run(text).entities if e.type == "LOC"]


def test_a_town_from_the_corpora_is_a_place_after_bi() -> None:
    text = "وانتقال أسرته للعيش مع أجدادهم بأبها، تركوا كل ذكرياتهم بالعيد هنا."
    assert places(text) == ["أبها"]


def test_a_region_after_its_place_noun_and_alone() -> None:
    text = "وجاءت منطقة عسير في المرتبة الثانية، تلتها جازان ونجران والباحة."
    assert {"عسير", "جازان", "نجران", "الباحة"} <= set(places(text))


def test_a_final_g_may_be_written_jim() -> None:
    assert places("ووقع البلدان اتفاقا مع لوكسمبورج الشهر الماضي.") == ["لوكسمبورج"]


def test_a_hamza_tells_an_ordinary_word_from_a_town() -> None:
    assert places("وحذر الأطباء من الإفراط في تناول الأدوية المهدئة دون وصفة.") == []


def test_a_pronoun_ending_tells_a_word_from_a_town() -> None:
    text = "وأكد المحامي أن منوبه قد عبر خلال الجلسة عن استعداده للاعتذار."
    assert places(text) == []


def test_a_town_name_inside_a_noun_phrase_is_an_adjective() -> None:
    text = "على يساري كأس من الماء الفوار البارد، وإلى جانب الكأس قنينة."
    assert places(text) == []


def test_an_idiom_after_bi_is_no_town() -> None:
    text = "وستكون زيارته بمثابة عودة الابن لأرض الوطن بمسقط رأس أبيه."
    assert places(text) == []


def orgs(text: str, names: Sequence[tuple[str, str]] = ()) -> list[str]:
    return [e.text for e in run(text, names).entities if e.type == "ORG"]


def test_a_hospital_named_after_a_king_is_one_organisation() -> None:
    text = "وتم نقل المصاب إلى مستشفى الملك فهد بتبوك لتلقي العلاج اللازم."
    assert orgs(text, [("فهد", "PER")]) == ["مستشفى الملك فهد"]
    assert places(text) == ["تبوك"]


def test_a_head_before_a_preposition_names_nothing() -> None:
    assert orgs("وأكدوا إمكانية نقله لأي مستشفى بجازان في الأيام المقبلة.") == []


def test_a_service_is_named_by_the_place_it_serves() -> None:
    text = "وأوضح الناطق الإعلامي بصحة الطائف أن المريض غادر، فيما تنظم أمانة منطقة الرياض حملة."
    assert orgs(text) == ["صحة الطائف", "أمانة منطقة الرياض"]
    assert orgs("وتهدف الحملة إلى تعزيز الصحة العامة في المدارس.") == []


def test_a_modifier_closes_an_organisation_name() -> None:
    text = "وبت هذا الأمر صباح الجمعة مؤكدة معلومات الشرطة الفرنسية القائلة بأنه توفي."
    assert orgs(text) == ["الشرطة الفرنسية"]
    text = "ونقل التلفزيون السوري الرسمي عن مصدر عسكري أن الهجوم فشل."
    assert orgs(text) == ["التلفزيون السوري الرسمي"]  # another adjective may follow
    text = "واستقبل نادي الباحة الأدبي النسخ الأولى من الكتاب."
    assert orgs(text) == ["نادي الباحة الأدبي"]


def test_a_country_inside_an_organisation_name_is_kept_whole() -> None:
    text = "وأعرب الملك باسمه واسم شعب وحكومة المملكة العربية السعودية عن التهاني."
    assert orgs(text) == ["حكومة المملكة العربية السعودية"]


def test_a_nisba_head_after_a_noun_is_its_adjective() -> None:
    assert orgs("وشاركت القوات البحرية الأمريكية في المناورات.") == []
    assert orgs("وأعلنت البحرية الأمريكية أن المدمرة عادت.") == ["البحرية الأمريكية"]


def test_a_pronoun_ends_an_organisation_name() -> None:
    assert orgs("وألقى الكلمة نيابة عنهم النائب الأول لرئيس الغرفة.") == []


def test_a_royal_name_continues_only_an_indefinite_head() -> None:
    text = "وفق توجيهات الرئيس الفخري للنادي الأمير خالد بن سلطان."
    assert orgs(text, [("خالد بن سلطان", "PER")]) == []


def test_the_kingdom_alone_is_the_country_of_the_news() -> None:
    text = "وقبضت الدوريات على شخصين كانا متجهين من المملكة إلى الكويت سيرا على الأقدام."
    kingdom = [e for e in run(text).entities if e.text == "المملكة"]
    assert kingdom and kingdom[0].type == "LOC"
    assert kingdom[0].canonical == "المملكة"


def test_the_kingdom_is_the_one_the_article_names_in_full() -> None:
    text = "وصل الوزير إلى المملكة المتحدة أمس. وقالت مصادر إن التجارة بين المملكة والخليج تضاعفت."
    doc = run(text)
    ids = {e.entity_id for e in doc.entities if e.text.startswith("المملكة")}
    assert len(ids) == 1  # both name the United Kingdom


def test_a_kingdom_with_an_adjective_is_that_country_and_a_kingdom_of_a_story_none() -> None:
    doc = run("أعلنت المملكة البلجيكية رفع الحظر. وقد قامت هذه المملكة في القرن الثاني عشر.")
    assert [(e.text, e.type) for e in doc.entities] == [("المملكة البلجيكية", "LOC")]


def test_a_country_named_like_its_adjective_qualifies_a_noun() -> None:
    text = "وطلب مبتعثو الجامعات السعودية في بريطانيا دعم الملحقية، ثم عاد الوفد إلى السعودية."
    assert places(text) == ["بريطانيا", "السعودية"]
    doc = run(text)
    assert [r.text for r in doc.place_refs] == ["السعودية"]


def people(text: str) -> list[str]:
    return [e.text for e in run(text).entities if e.type == "PER"]


def test_a_name_after_a_title_is_closed_by_the_next_title() -> None:
    text = "وقال اللواء سعد الجهني مدير شرطة المنطقة إن التحقيقات مستمرة."
    assert people(text) == ["سعد الجهني"]


def test_military_ranks_are_titles() -> None:
    text = "وأوضح المتحدث الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني أن المصاب توفي."
    doc = run(text)
    assert [(e.text, e.role) for e in doc.entities if e.type == "PER"] == [
        ("بدر السحيباني", "الرائد")
    ]
    assert [e.text for e in doc.entities if e.type == "ORG"] == ["شرطة منطقة القصيم"]


def test_no_name_in_a_pronoun_or_a_body_after_a_title() -> None:
    assert people("واختلفت معهم في العرض المادي المقدم لي لعودتي للفريق.") == []
    assert people("والتقى الوزير مدير تعليم صبيا الدكتور عسيري الأحوس.") == ["عسيري الأحوس"]


def test_an_organisation_without_its_head_word_is_the_same_body() -> None:
    text = (
        "وقالت وكالة الأناضول للأنباء إن الوفد وصل. وأضافت الأناضول أن المحادثات بدأت. "
        "وانتقل اللاعب إلى نادي الأهلي، وأعلن النادي الأهلي التعاقد معه."
    )
    doc = run(text, [("النادي الأهلي", "ORG")])  # as the tagger reads the club
    groups: dict[str, set[str]] = {}
    for e in doc.entities:
        groups.setdefault(e.entity_id or "", set()).add(e.text)
    assert {"وكالة الأناضول للأنباء", "الأناضول"} in groups.values()
    assert {"نادي الأهلي", "النادي الأهلي"} in groups.values()


def test_inflected_ordinary_words_the_tagger_reads_as_names_are_dropped() -> None:
    text = (
        "وقال إن القرار سيبقى ساريا حتى نهاية العام. وقتل عسكريان في الهجوم. "
        "ووفقا لبيان الوزارة، وصل الوفد بجدة."
    )
    doc = run(text, [("سيبقى", "PER"), ("عسكريان", "PER"), ("لبيان", "PER"), ("بجدة", "LOC")])
    assert [(e.text, e.type) for e in doc.entities] == [("جدة", "LOC")]


def test_words_of_a_web_address_are_no_names() -> None:
    text = (
        "ويمكن تحميل التطبيق على رابط: https://itunes.apple.com/app/dywan-almzalm/id101 "
        "من متجر أبل."
    )
    doc = run(text, [("almzalm", "ORG"), ("itunes", "ORG")])
    assert [e.text for e in doc.entities] == []


def test_a_quoted_name_that_acts_is_an_organisation() -> None:
    text = (
        "وعلمت «المدينة» أن المتهم أحيل إلى الجهات المختصة. «سبق» بدورها حاولت التواصل "
        'مع المتحدث دون جدوى. وأكد أن الهيئة قانونية وليست "منحلة" كما قيل.'
    )
    assert orgs(text) == ["المدينة", "سبق"]


def test_a_place_with_a_new_or_old_adjective_is_another_place() -> None:
    text = (
        "وتستهدف مصر زيادة عائدات قناة السويس بعد افتتاح قناة السويس الجديدة، فيما بقيت "
        "أحياء حمص القديمة مغلقة."
    )
    doc = run(text, [("قناة السويس الجديدة", "ORG")])
    found = [(e.text, e.type) for e in doc.entities]
    assert found == [
        ("مصر", "LOC"),
        ("قناة السويس", "LOC"),
        ("قناة السويس الجديدة", "LOC"),
        ("حمص القديمة", "LOC"),
    ]
    ids = {e.text: e.entity_id for e in doc.entities}
    assert ids["قناة السويس"] != ids["قناة السويس الجديدة"]


def test_a_prison_opens_a_place_name_but_imprisoning_does_not() -> None:
    assert places("ويباشر الطبيب حالات بسجن المرناقية خلال السنة.") == ["سجن المرناقية"]
    assert places("وقامت السلطات بسجن معارض منغولي بارز.") == []


def test_a_tagged_name_after_a_village_noun_is_a_place() -> None:
    text = "وتقع قرية الشفا السياحية جنوب المدينة."
    doc = run(text, [("الشفا السياحية", "MISC")])
    assert [(e.text, e.type) for e in doc.entities] == [("الشفا السياحية", "LOC")]


def test_arab_regions_are_places() -> None:
    text = "وتضرب موجة الحر بلدانا عدة في المنطقة العربية وفي العالم العربي عموما."
    assert places(text) == ["المنطقة العربية", "العالم العربي"]


def test_a_proclitic_before_a_frequent_name_is_not_part_of_it() -> None:
    text = "وعين كاتب دولة خلفا لفيصل الحفيان، وشارك في الحفل ولطفي علي ووليد الحربي."
    doc = run(text, [("لفيصل الحفيان", "PER"), ("ولطفي علي", "PER"), ("ووليد الحربي", "PER")])
    assert [e.text for e in doc.entities if e.type == "PER"] == [
        "فيصل الحفيان",
        "لطفي علي",
        "وليد الحربي",
    ]


def test_a_title_alone_names_no_one_and_a_place_noun_opens_a_place() -> None:
    text = (
        "ورفع العزاء لخادم الحرمين الشريفين وسمو ولي عهده. وغادرت السفينة جزيرة إيكس "
        "بفرنسا، وقصفت الطائرات وجسر الحسيني."
    )
    doc = run(text, [("وسمو", "PER"), ("جزيرة إيكس", "MISC"), ("وجسر الحسيني", "LOC")])
    assert [(e.text, e.type) for e in doc.entities] == [
        ("جزيرة إيكس", "LOC"),
        ("فرنسا", "LOC"),
        ("جسر الحسيني", "LOC"),
    ]


def test_a_name_spelled_in_full_elsewhere_keeps_its_first_letter() -> None:
    text = "وقال المدرب أرسين فينجر إن الفريق تحسن. وأضاف فينجر أن المباراة كانت صعبة."
    doc = run(text, [("أرسين فينجر", "PER"), ("فينجر", "PER")])
    assert [e.text for e in doc.entities] == ["أرسين فينجر", "فينجر"]


def test_an_adjective_or_a_noun_with_a_pronoun_is_no_name() -> None:
    text = (
        "ووفرت القوات ممرات آمنة لخروج الأهالي. وحذر من أنهم سيستخدمون أراضينا. ويزور "
        "السياح جزيرة جربة كل عام."
    )
    doc = run(text, [("آمنة", "PER"), ("أراضينا", "LOC"), ("جربة", "LOC")])
    assert [(e.text, e.type) for e in doc.entities] == [("جزيرة جربة", "LOC")]


def test_a_name_ends_before_a_preposition_on_an_ordinary_word() -> None:
    text = "وتمت مهاجمة أسرة الصحافي حافظ سيد الدين بالسلاح الناري، ولعب فيليب لام أساسيا."
    doc = run(text, [("حافظ سيد الدين بالسلاح الناري", "PER"), ("فيليب لام", "PER")])
    assert [e.text for e in doc.entities if e.type == "PER"] == ["حافظ سيد الدين", "فيليب لام"]


def test_a_national_news_agency_is_one_name() -> None:
    text = "وأكد مصدر أمني لوكالة تونس افريقيا للأنباء أن الموقوف أحيل على النيابة."
    assert orgs(text) == ["وكالة تونس افريقيا للأنباء"]


def test_an_organisation_name_stops_at_a_verb_and_an_idiom_is_no_body() -> None:
    text = (
        "وشنت طائرات تحالف تقوده الولايات المتحدة غارات. وقالت إن ذلك ليس لمصلحة ألمانيا. "
        "وزار وفد مستشفى الملك سلمان ليعايد المرضى، وقالت شرطة لوس أنجلوس إن التحقيق مستمر."
    )
    assert orgs(text, [("سلمان", "PER")]) == ["مستشفى الملك سلمان", "شرطة لوس أنجلوس"]


def test_a_future_verb_opens_no_name() -> None:
    text = "وسيقوم كيرميت بتقديم البرنامج الجديد."
    doc = run(text, [("وسيقوم كيرميت", "PER")])
    assert [e.text for e in doc.entities] == ["كيرميت"]
