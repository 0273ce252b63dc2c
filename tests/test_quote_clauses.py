"""Where a reported clause starts and stops: colons, chains of cues, verbs that look like cues.

Sentences are written for these tests in the style of Arabic news reports (names and figures
invented), so they check the grammar of reporting, not any one article.
"""

from __future__ import annotations

from marsad.document import Entity
from tests.quoting import analyse


def test_colon_then_inna_is_a_reported_clause_ending_at_the_next_cue() -> None:
    text = (
        "وأضاف وزير المالية: إن الحكومة تحتاج شهريا إلى نحو 300 مليون دولار، ونغطي الباقي "
        "من الإيرادات المحلية، مشيرا إلى أن المفاوضات مع المانحين ستنتهي قريبا، متوقعا "
        "توقيع الاتفاق خلال الشهر الجاري، لافتا إلى أن المنح توقفت منذ يونيو الماضي، "
        "وأوضح أن القروض الجديدة ليست منحا مجانية."
    )
    quotes = analyse(text)
    assert [q.cue.text for q in quotes if q.cue] == ["أضاف", "مشيرا", "لافتا", "أوضح"]
    assert quotes[0].kind == "indirect"
    assert quotes[0].text == (
        "الحكومة تحتاج شهريا إلى نحو 300 مليون دولار، ونغطي الباقي من الإيرادات المحلية"
    )
    assert quotes[1].text == "المفاوضات مع المانحين ستنتهي قريبا"
    assert quotes[2].text == "المنح توقفت منذ يونيو الماضي"
    speakers = {q.speaker.canonical if q.speaker else None for q in quotes}
    assert speakers == {"وزير المالية"}


def test_unmarked_speech_after_a_colon_stops_at_a_circumstantial_cue() -> None:
    text = (
        "وقال مدير المستشفى: الحالة مستقرة والفريق الطبي يتابعها على مدار الساعة، مؤكدا "
        "أن المريض سيغادر خلال أيام."
    )
    quotes = analyse(text)
    assert [q.text for q in quotes] == [
        "الحالة مستقرة والفريق الطبي يتابعها على مدار الساعة",
        "المريض سيغادر خلال أيام",
    ]


def test_naqala_without_an_does_not_end_the_clause() -> None:
    text = (
        "وأشار إلى أن شقيقه أدخل مستشفى خاصا بعد الحادث، فنقل إلى مستشفى الملك فهد حيث "
        "رفض الطبيب استقباله."
    )
    q = analyse(text)[0]
    assert q.text.endswith("حيث رفض الطبيب استقباله")


def test_naqala_an_still_relays_a_source() -> None:
    text = "ونقلت الوكالة عن مسؤول في الوزارة قوله إن المفاوضات ستستأنف الأسبوع المقبل."
    q = analyse(text)[0]
    assert q.text == "المفاوضات ستستأنف الأسبوع المقبل"
    assert q.speaker is not None and q.speaker.canonical.startswith("مسؤول")


def test_an_unprefixed_ambiguous_verb_inside_the_clause_does_not_end_it() -> None:
    text = (
        "وأوضحت الوزارة أنه على إثر تعرض أحد التجار لعملية سلب في السوق، بينت التحريات أن "
        "المتهم كان يراقبه منذ أيام."
    )
    q = analyse(text)[0]
    assert q.text.endswith("المتهم كان يراقبه منذ أيام")


# --------------------------------------------------------------------------- verbal nouns


def test_a_verbal_noun_with_its_speaker_and_an_clause() -> None:
    text = (
        "ووسط تأكيدات محافظ البنك المركزي سامي العلي بأن الاحتياطي سيرتفع خلال العام "
        "المقبل، تتواصل الضغوط على العملة."
    )
    ent = Entity("سامي العلي", text.index("سامي"), text.index("سامي") + 10, "PER")
    q = analyse(text, [ent])[0]
    assert q.cue is not None and q.cue.text == "تأكيدات"
    assert q.speaker is not None and q.speaker.canonical == "سامي العلي"
    assert q.text.startswith("الاحتياطي سيرتفع")


def test_a_verbal_noun_setting_does_not_steal_the_verbs_quote() -> None:
    q = analyse("وقال الوزير في تصريح صحفي إن المفاوضات ستستأنف الأسبوع المقبل.")[0]
    assert (q.cue.text if q.cue else None, q.text) == ("قال", "المفاوضات ستستأنف الأسبوع المقبل")


def test_a_verbal_noun_without_a_speaker_is_no_quote() -> None:
    assert analyse("وجاء القرار بعد تصريحات صحفية بأن الشركة ستغلق فروعها.") == []


# --------------------------------------------------------------------------- verbs that go on


def test_closing_with_a_saying_word_reports_speech() -> None:
    text = "وقال المحامي إن موكله بريء من التهم. وختم بالقول إن القانون يسمح بالإفراج عنه دون شرط."
    quotes = analyse(text)
    assert [q.cue.text if q.cue else None for q in quotes] == ["قال", "ختم"]
    assert quotes[1].text == "القانون يسمح بالإفراج عنه دون شرط"


def test_going_on_with_an_action_is_not_speech() -> None:
    text = "وواصلت القوات تقدمها نحو «المدينة القديمة» وسط اشتباكات متقطعة."
    assert analyse(text) == []


def test_went_on_saying_keeps_the_speaker() -> None:
    text = 'وقال الوزير أحمد العلي إن الوضع مستقر. ومضى قائلا "لن نسمح بأي تجاوز".'
    quotes = analyse(text)
    assert [q.speaker.canonical if q.speaker else None for q in quotes] == ["أحمد العلي"] * 2


def test_it_turned_out_that_is_impersonal() -> None:
    text = "وبعد التحريات تبين أن المتهم كان برفقة صديقه. وتبين الوزارة أن الإجراءات جارية."
    quotes = analyse(text)
    assert [q.text for q in quotes] == ["الإجراءات جارية"]


def test_a_closing_glyph_after_a_colon_opens_the_quote() -> None:
    text = "وقال رئيس النادي :” هذا الدعم ليس مستغربا ”."
    q = analyse(text)[0]
    assert (q.kind, q.text) == ("direct", "هذا الدعم ليس مستغربا")


def test_a_new_reporting_clause_after_a_fronted_phrase_ends_the_quote() -> None:
    text = (
        "وقال الوزير إن الحصار مستمر منذ أشهر، وعن موعد الانتخابات، رأت المتحدثة أن "
        "الاقتراع سيجرى في موعده."
    )
    quotes = analyse(text)
    assert len(quotes) == 2 and "رأت" not in quotes[0].text
    assert quotes[1].text == "الاقتراع سيجرى في موعده"
