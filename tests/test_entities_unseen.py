"""Entity rules found by reading the output on unseen corpus articles (issue 5, round 4).

Like `test_entities.py`, these feed `link_entities` hand-made tags (those a tagger gives, or
none where it is assumed to miss the name), so they check this stage's own rules on real
news sentences.
"""

from __future__ import annotations

from tests.test_entities import run


def typed(text: str, names: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in run(text, names).entities]


def test_a_head_with_a_word_in_construct_with_a_place_is_one_body() -> None:
    text = "قرر المجلس المركزي لحركة مشروع تونس اليوم الثلاثاء المشاركة في الحكومة."
    assert ("حركة مشروع تونس", "ORG") in typed(text, (("تونس", "LOC"),))
    text = "وبين المشروع إمكانية تشغيل مستشفى شرق جدة بأسلوب الدوام الجزئي."
    assert typed(text, (("جدة", "LOC"),)) == [("مستشفى شرق جدة", "ORG")]


def test_a_construct_chain_stops_at_a_conjunction() -> None:
    text = "متمنيا لفخامته موفور الصحة والسعادة، ولحكومة وشعب جامايكا الصديق المزيد من التقدم."
    assert ("جامايكا", "LOC") in typed(text, (("جامايكا", "LOC"),))


def test_guards_armies_and_general_directorates_are_bodies() -> None:
    text = (
        "وتمكنت وحدات الحرس الوطني بنابل من إيقاف مرتكب الجريمة، "
        "وفق ما أكدته الإدارة العامة للديوانة."
    )
    assert ("الحرس الوطني", "ORG") in typed(text)
    assert ("الإدارة العامة للديوانة", "ORG") in typed(text)
    text = "وأكد الخبراء أن الجيش التونسي حل في المرتبة 58 عالميا."
    assert typed(text) == [("الجيش التونسي", "ORG")]


def test_a_board_is_not_the_body_it_runs() -> None:
    text = "وقررت إدارة نادي الشباب عدم السماح برحيل أي لاعب عن الفريق."
    assert typed(text, (("الشباب", "ORG"),)) == [("نادي الشباب", "ORG")]
    text = "وقال المحلل إن الإدارة الأمريكية لم تعلن موقفها بعد."
    assert typed(text) == []


def test_a_name_with_a_family_article_closes_a_long_title() -> None:
    text = "أفاد رئيس البعثة الصحية للحجيج التونسيين نوفل السمراني بأن فريق البعثة تجند اليوم."
    assert typed(text) == [("نوفل السمراني", "PER")]
    text = "وأكد مستشار خادم الحرمين الشريفين أن المركز بدأ عمله في اليمن."
    assert [t for t in typed(text) if t[1] == "PER"] == []


def test_a_club_is_a_head_and_its_towns_adjective() -> None:
    text = "وانتهت مباراة الملعب القابسي والنادي البنزرتي بالتعادل، فيما فاز النجم الرياضي الساحلي."
    assert typed(text) == [
        ("الملعب القابسي", "ORG"),
        ("النادي البنزرتي", "ORG"),
        ("النجم الرياضي الساحلي", "ORG"),
    ]
    text = "حقق الترجي الرياضي التونسي اليوم انتصارا على الشبيبة القيروانية."
    tags = (("الترجي الرياضي", "ORG"),)
    assert typed(text, tags) == [("الترجي الرياضي التونسي", "ORG"), ("الشبيبة القيروانية", "ORG")]


def test_a_star_of_a_nation_is_no_club() -> None:
    text = "وتعاقد النادي مع النجم الهولندي لمدة موسمين."
    assert typed(text) == []


def test_parties_the_news_name_without_a_head_modifier() -> None:
    text = "وكانت حركة النهضة أعلنت الأحد الماضي عن تركيبة المكتب، فيما رفضت كتلة نداء تونس ذلك."
    assert typed(text, (("تونس", "LOC"),)) == [("حركة النهضة", "ORG"), ("نداء تونس", "ORG")]


def test_political_adjectives_name_councils_and_guards() -> None:
    text = "وسيطرت القوات أمس على أحد معاقل الحرس الجمهوري، فيما أعلن رئيس المجلس الدستوري النتائج."
    assert typed(text) == [("الحرس الجمهوري", "ORG"), ("المجلس الدستوري", "ORG")]


def test_a_family_name_read_as_a_place_names_the_person() -> None:
    text = (
        "قال رئيس الوزراء البريطاني ديفيد كاميرون إنه يريد المزيد. "
        "وفشل كاميرون في الحصول على موافقة البرلمان."
    )
    tags = (("ديفيد كاميرون", "PER"), ("كاميرون", "LOC"))
    assert {t for t in typed(text, tags)} == {("ديفيد كاميرون", "PER"), ("كاميرون", "PER")}
    assert len({e.entity_id for e in run(text, tags).entities}) == 1
    text = "وقال اللاعب مصطفى تونس إن الفريق يسافر غدا إلى تونس."
    tags = (("مصطفى تونس", "PER"), ("تونس", "LOC"))
    assert ("تونس", "LOC") in typed(text, tags)


def test_an_untagged_name_between_two_people_in_a_list_is_a_person() -> None:
    text = "وضمت القائمة إبراهيم مدخلي، وجفين البيشي، وسند شراحيلي «دفاع»."
    tags = (("إبراهيم مدخلي", "PER"), ("وسند شراحيلي", "PER"))
    assert ("جفين البيشي", "PER") in typed(text, tags)
    text = "وحضر الاجتماع محمد العمران، ورئيس النادي، وخالد راضي."
    tags = (("محمد العمران", "PER"), ("وخالد راضي", "PER"))
    assert [t for t, _ in typed(text, tags)] == ["محمد العمران", "خالد راضي"]


def test_a_facility_named_after_a_person_is_a_place() -> None:
    text = "وانعقد الاجتماع بشارع محمد الخامس بتونس العاصمة، قبل السفر إلى مطار عدن."
    tags = (("محمد الخامس", "PER"), ("تونس", "LOC"), ("عدن", "LOC"))
    assert typed(text, tags) == [("شارع محمد الخامس", "LOC"), ("تونس", "LOC"), ("عدن", "LOC")]


def test_an_institution_named_after_a_person_is_one_body() -> None:
    text = "ونقلت الجثة إلى قسم الطب الشرعي بمستشفى شارل نيكول، فيما فتح تحقيق في الحادثة."
    assert typed(text, (("شارل نيكول", "PER"),)) == [("مستشفى شارل نيكول", "ORG")]
    text = "وقال المعارض إن حكومة نتنياهو ترفض الاتفاق."
    assert typed(text, (("نتنياهو", "PER"),)) == [("نتنياهو", "PER")]


def test_a_club_named_after_its_city_stays_whole_after_a_title() -> None:
    text = "وأصر لويس فان غال مدرب مانشستر يونايتد على التعاقد مع اللاعب."
    tags = (("لويس فان غال", "PER"), ("مانشستر يونايتد", "ORG"))
    assert typed(text, tags) == [("لويس فان غال", "PER"), ("مانشستر يونايتد", "ORG")]


def test_a_place_named_after_a_king_is_one_place() -> None:
    text = "ووصلت البعثة اليوم إلى مطار الملك فهد الدولي، وأغلق جسر الملك فهد أمس."
    tags = (("فهد", "PER"),)
    assert typed(text, tags) == [("مطار الملك فهد", "LOC"), ("جسر الملك فهد", "LOC")]
    text = "ووصلت الطائرة إلى مطار الملك عبدالعزيز بجدة بعد ختام المعسكر."
    tags = (("عبدالعزيز بجدة", "PER"),)
    assert typed(text, tags) == [("مطار الملك عبدالعزيز", "LOC"), ("جدة", "LOC")]
    text = "وأدى الصلاة مع سمو الأمير فيصل بن خالد أمير منطقة عسير."
    tags = (("فيصل بن خالد", "PER"), ("عسير", "LOC"))
    assert ("فيصل بن خالد", "PER") in typed(text, tags)


def test_a_frequent_family_name_read_three_times_is_a_person() -> None:
    text = (
        "وقال الباجي قائد السبسي إن تونس ستبقى موحدة. وأضاف قائد السبسي أن الحكومة "
        "مسؤولة. واختتم السبسي كلمته بالدعاء."
    )
    tags = (("السبسي", "PER"), ("تونس", "LOC"))
    assert [t for t, ty in typed(text, tags) if ty == "PER"] == ["السبسي"] * 3


def test_a_quoted_name_after_a_body_word_or_a_spokesman_is_a_body() -> None:
    text = 'وقال مدير عام شركة "ليوني" إن الزيارة ناجحة، وكشف المتحدث الرسمي باسم "مدن" الخطة.'
    assert typed(text, (("ليوني", "PER"),)) == [("ليوني", "ORG"), ("مدن", "ORG")]
    text = "وهي القوات التي تعرف باسم «القوة الثالثة» في الجنوب."
    assert typed(text) == []
