"""Round 9: quotes not found at all, read in fresh random corpus samples (seeds 801-805;
sentences written in their style, names and facts invented), so they check the grammar of
reporting, not any one article.
"""

from __future__ import annotations

from marsad.document import Entity
from tests.quoting import analyse, person, speakers

# ------------------------------------------- a title the lexicons lack, then a tagged name


def test_an_unlisted_title_and_its_adjectives_before_a_tagged_name() -> None:
    text = (
        "اعتبر المهاجم الدولي الهولندي يان دي فرييس بأن مدربه السابق لم يمنحه فرصة عادلة "
        "لاستعادة مكانته."
    )
    quotes = analyse(text, [person(text, "يان دي فرييس")])
    assert speakers(quotes) == ["يان دي فرييس"]
    assert quotes[0].text.startswith("مدربه السابق")
    role = quotes[0].speaker.role if quotes[0].speaker else None
    assert role == "المهاجم الدولي الهولندي"


def test_an_unlisted_feminine_title_before_a_colon() -> None:
    text = "وأضافت الأخصائية الاجتماعية سعاد الحربي: إن أبرز العلامات تتمثل في الانعزال عن الناس."
    quotes = analyse(text, [person(text, "سعاد الحربي")])
    assert speakers(quotes) == ["سعاد الحربي"]
    assert "أبرز العلامات" in quotes[0].text


def test_the_unlisted_title_then_implied_continuations() -> None:
    text = (
        "أكد البائع اليمني خالد العبسي أن المبيعات تتجاوز 90 ألف ريال في الموسم، "
        "مبينا أن المنطقة تمتلك مقومات سياحية كبيرة."
    )
    quotes = analyse(text, [person(text, "خالد العبسي")])
    assert speakers(quotes) == ["خالد العبسي", "خالد العبسي"]


def test_a_tagged_organisation_the_lexicons_do_not_know() -> None:
    text = (
        "وقال المرصد السوري لحقوق الإنسان في بيان إن أكثر من ألف شخص نفذوا اعتصاما "
        "عند دوار الزراعة في اللاذقية."
    )
    org = "المرصد السوري لحقوق الإنسان"
    start = text.index(org)
    quotes = analyse(text, [Entity(org, start, start + len(org), "ORG")])
    assert speakers(quotes) == [org]
    assert quotes[0].speaker is not None and quotes[0].speaker.kind == "organisation"


def test_a_tagged_organisation_before_a_colon_and_marks() -> None:
    text = "وقال المرصد السوري لحقوق الإنسان أمس في بيان: «نفذ أكثر من ألف شخص اعتصاما»."
    org = "المرصد السوري لحقوق الإنسان"
    start = text.index(org)
    quotes = analyse(text, [Entity(org, start, start + len(org), "ORG")])
    assert [(q.kind, q.text) for q in quotes] == [("direct", "نفذ أكثر من ألف شخص اعتصاما")]
    assert speakers(quotes) == [org]


def test_events_are_still_no_speaker() -> None:
    # a thing subject with no tagged person after it stays no quote
    text = "وتؤكد الأحداث الأخيرة أن الأزمة مستمرة في المنطقة."
    assert analyse(text) == []


def test_a_person_behind_a_preposition_is_no_title_phrase() -> None:
    # "في الملعب" is not a title: the words before the name must all be ال-words
    text = "وتؤكد الأحداث في الملعب البلدي كما يراها سامي الخطيب أن الأزمة مستمرة."
    assert analyse(text, [person(text, "سامي الخطيب")]) == []


# ------------------------------------- a long subject and adjunct, a colon, then quote marks


def test_a_colon_past_the_colon_window_still_opens_a_marked_quote() -> None:
    text = (
        "وأضاف المسؤول الرفيع المستوى الذي طلب عدم الكشف عن هويته في اتصال مع مجموعة من "
        "الصحافيين أمس: «إننا لن نسمح لأي مجموعة إرهابية بأن تجلب التمويل في أي بلد»."
    )
    quotes = analyse(text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].text.startswith("إننا لن نسمح")
    assert quotes[0].speaker is not None and quotes[0].speaker.text.startswith("المسؤول")


def test_the_cue_with_a_long_adjunct_opens_the_quote_after_it_not_before() -> None:
    text = (
        "«نحن نرفض هذه القرارات». وقال سامي الهادي، في تصريح لوكالة الأنباء على هامش "
        "افتتاحه الأيام الوطنية للمواقع الأثرية بمدينة القيروان صباح اليوم: "
        "«هناك أشخاص ما زالوا يرفضون الإصلاح»."
    )
    quotes = analyse(text, [person(text, "سامي الهادي")])
    marked = [q for q in quotes if q.speaker is not None and q.speaker.text == "سامي الهادي"]
    assert [q.text for q in marked] == ["هناك أشخاص ما زالوا يرفضون الإصلاح"]


def test_a_long_colon_without_marks_is_still_no_quote() -> None:
    # past the colon window with no mark after the colon: a list or a heading, not a quote
    text = (
        "وأضاف المسؤول الرفيع المستوى الذي طلب عدم الكشف عن هويته في اتصال مع مجموعة من "
        "الصحافيين أمس: إننا لن نسمح لأي مجموعة إرهابية."
    )
    assert analyse(text) == []


# --------------------------------------------------------- أبان "made clear", not إبان "during"


def test_aban_reports_like_awdah() -> None:
    text = "وأبان الدكتور محمد الغامدي أن هذه المسالخ لم توضع إلا من أجل احتواء المرض."
    quotes = analyse(text, [person(text, "محمد الغامدي")])
    assert speakers(quotes) == ["محمد الغامدي"]
    assert quotes[0].cue is not None and quotes[0].cue.text == "أبان"


def test_aban_then_a_quoted_subject_and_the_feminine() -> None:
    text = (
        'أبان "الزهراني" أن هذه الجهود مستمرة منذ عام. وأبانت أنها تعمل في هذا المجال منذ 35 عاما.'
    )
    assert [q.text for q in analyse(text)] == [
        "هذه الجهود مستمرة منذ عام",
        "تعمل في هذا المجال منذ 35 عاما",
    ]


def test_iban_during_is_no_cue_and_no_barrier() -> None:
    text = (
        "يقول خوان بيريز، الذي شغل منصب وزير الطاقة إبان فترة الرئاسة الأولى: "
        "«تكمن المشكلة في محاولة السداد»."
    )
    quotes = analyse(text, [person(text, "خوان بيريز")])
    assert [(q.cue.text if q.cue else None, q.text) for q in quotes] == [
        ("يقول", "تكمن المشكلة في محاولة السداد")
    ]
    assert analyse("وقعت الحادثة إبان الحرب، وأن الجنود غادروا المدينة.") == []
