"""Entity rules that generalise beyond the articles they were found on (issue 5, round 2):
towns the news corpora attest, spelling that tells a place from an ordinary word.

Like `test_entities.py`, these feed `link_entities` hand-made tags (none where the tagger is
assumed to miss the name), so they check this stage's own rules on real news sentences.
"""

from __future__ import annotations

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
