"""Round 7: speaker chains in forms read in fresh random corpus samples (seeds 311, 313;
sentences written in their style, names and facts invented), so they check the grammar of
reporting, not any one article.
"""

from __future__ import annotations

from tests.quoting import analyse, person, speakers

# ------------------------------------------------------------- a relative clause's speaker


def test_a_person_before_alladhi_is_the_speaker_and_of_the_cues_after() -> None:
    text = (
        'كما اتصل بالإذاعة معتمد الجهة، سامي الفرجاني، الذي قال إن "مجموعة ضيقة تعمل على '
        'تسميم الأجواء في المنطقة". كما اتهم المجموعة بتزوير الإمضاءات، مشيرا إلى أن '
        "ممثلي بعض الجمعيات اتصلوا به."
    )
    quotes = analyse(text, [person(text, "سامي الفرجاني")])
    assert speakers(quotes) == ["سامي الفرجاني", "سامي الفرجاني"]


def test_a_person_before_allati_without_a_comma() -> None:
    text = (
        "ويصاب الرجال بهذا المرض أيضا، بحسب الطبيبة ليلى الحمروني التي أشارت إلى أن "
        "نسبتهم لا تتجاوز واحدا في المائة."
    )
    quotes = analyse(text, [person(text, "ليلى الحمروني")])
    assert speakers(quotes) == ["ليلى الحمروني"]


def test_a_noun_before_alladhi_is_no_speaker() -> None:
    text = (
        "وقال الوزير خالد المنصوري إن الحكومة ستنفذ الفصل العاشر الذي ينص على أن "
        "الدولة تضمن حق العمل."
    )
    quotes = analyse(text, [person(text, "خالد المنصوري")])
    assert "الفصل العاشر" not in speakers(quotes)


# ------------------------------------------------------------- to whom, not who


def test_a_pronoun_glued_to_li_after_the_verb_is_the_addressee() -> None:
    text = (
        "وكان المرشد قد ألقى خطابا في طهران. وكان خامنئي قد قال لأنصاره -السبت الماضي- إن "
        "السياسة الأمريكية في المنطقة لم تتغير."
    )
    quotes = analyse(text, [person(text, "خامنئي")])
    assert speakers(quotes) == ["خامنئي"]


def test_a_name_glued_to_li_is_still_the_subject() -> None:
    text = "وقال لطفي المرايحي إن الحزب سيشارك في الانتخابات البلدية."
    quotes = analyse(text, [person(text, "لطفي المرايحي")])
    assert speakers(quotes) == ["لطفي المرايحي"]


# ------------------------------------------------------------- a tagged name after a comma


def test_a_tagged_name_after_the_body_and_its_comma_is_whole() -> None:
    text = (
        "أكد رئيس الهيئة الوطنية لمكافحة الفساد، منير الطبيب أن الهيئة ما زالت تعاني من "
        "نقص الموارد. وأضاف أن رئيس الحكومة تعهد بدعمها."
    )
    quotes = analyse(text, [person(text, "منير الطبيب")])
    assert speakers(quotes) == ["منير الطبيب", "منير الطبيب"]
