"""Quotations on real news sentences: each pattern of issue 3 and the failure cases."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from marsad.core import analyze
from marsad.document import Document, Entity, Quote
from marsad.evaluate import Gold, load_gold, same_agent, score_quotes, token_f1
from marsad.extract.quotes.component import extract_quotes, find_quotes
from marsad.extract.quotes.cues import cue_lexicon, find_cues
from marsad.extract.quotes.speaker_words import speaker_lexicon
from marsad.extract.quotes.speakers import parse_speaker
from marsad.ingest import from_text
from marsad.settings import Options
from marsad.text.normalize import normalize


def analyse(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    doc = from_text(text, Options(), doc_id="t")
    if entities:
        doc.entities = entities
    quotes = find_quotes(doc)
    doc.quotes = quotes
    assert doc.check_offsets() == []
    return quotes


def only(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


def canonical(q: Quote) -> str | None:
    return q.speaker.canonical if q.speaker else None


# --------------------------------------------------------------------------- direct


def test_direct_quote_with_title_affiliation_and_name() -> None:
    text = (
        "وقالت المتحدثة باسم البنتاغون سابرينا سينغ “بعض هؤلاء الجنود انتقلوا بالفعل إلى "
        "مكان أقرب إلى أوكرانيا”."
    )
    q = only(analyse(text))
    assert q.kind == "direct"
    assert q.text == "بعض هؤلاء الجنود انتقلوا بالفعل إلى مكان أقرب إلى أوكرانيا"
    assert q.cue is not None and q.cue.text == "قالت"
    assert q.speaker is not None
    assert (q.speaker.text, q.speaker.role, q.speaker.affiliation) == (
        "سابرينا سينغ",
        "المتحدثة باسم",
        "البنتاغون",
    )
    assert q.speaker.kind == "person"


def test_direct_quote_after_a_long_circumstance(sample_text: str) -> None:
    quotes = analyse(sample_text)
    q = next(q for q in quotes if q.text.startswith("التعاون العسكري المتزايد"))
    assert (q.kind, canonical(q)) == ("direct", "مارك روته")
    assert q.speaker is not None and q.speaker.role == "الأمين العام"


def test_direct_quote_with_the_cue_after_it() -> None:
    text = "«لن نتراجع عن قرارنا مهما كانت الضغوط»، قال وزير الخارجية أحمد العلي للصحافيين."
    q = only(analyse(text))
    assert (q.kind, q.text, canonical(q)) == (
        "direct",
        "لن نتراجع عن قرارنا مهما كانت الضغوط",
        "أحمد العلي",
    )


def test_unmarked_direct_quote_after_a_colon() -> None:
    text = (
        "وقال وزير الدفاع البريطاني مارك فالون إن الطائرات شنت مئات الضربات. "
        "وأضاف: نريد مواصلة هذه الحملة ونمدد لعام حتى مارس 2017 تشغيل السرب رقم 12."
    )
    first, second = analyse(text)
    assert (first.kind, canonical(first)) == ("indirect", "مارك فالون")
    assert second.kind == "direct" and second.text.startswith("نريد مواصلة هذه الحملة")
    assert canonical(second) == "مارك فالون"


def test_quote_spanning_paragraphs_reopened_by_a_mark() -> None:
    text = "وقال رئيس الوزراء «سنواصل العمل مع شركائنا.\n\n«ولن نقبل بأي تهديد لأمننا» ثم غادر."
    q = only(analyse(text))
    assert q.kind == "direct" and q.text.startswith("سنواصل العمل")
    assert q.text.endswith("لأمننا")


# --------------------------------------------------------------------------- reported speech


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "وقال الرئيس الكوري الجنوبي يون سوك يول، في اتصال هاتفي، إن نشر القوات قد يحدث "
            "بشكل أسرع من المتوقع.",
            "نشر القوات قد يحدث بشكل أسرع من المتوقع",
            "يون سوك يول",
        ),
        (
            "وأشار وزير المالية محمد الجدعان إلى أن العجز تراجع خلال الربع الثاني.",
            "العجز تراجع خلال الربع الثاني",
            "محمد الجدعان",
        ),
        (
            "وحذر المبعوث الأممي من أن الوضع الإنساني يتدهور بسرعة في المدينة.",
            "الوضع الإنساني يتدهور بسرعة في المدينة",
            "المبعوث الأممي",
        ),
        (
            "ونفى المتحدث باسم الوزارة أن تكون الحكومة قد تلقت أي طلب رسمي.",
            "تكون الحكومة قد تلقت أي طلب رسمي",
            "المتحدث باسم الوزارة",
        ),
        (
            "وقال مصدر أمني إن القوات اعتقلت خمسة مطلوبين في حي الشفاء.",
            "القوات اعتقلت خمسة مطلوبين في حي الشفاء",
            "مصدر أمني",
        ),
        (
            "ونقلت وكالة الأنباء الرسمية عن وزير الداخلية قوله إن التحقيقات مستمرة.",
            "التحقيقات مستمرة",
            "وزير الداخلية",
        ),
        (
            "ورأى أشخاص مطلعون على مجريات المحادثات أن سبع سنوات حل وسط محتمل.",
            "سبع سنوات حل وسط محتمل",
            "أشخاص مطلعون",
        ),
    ],
)
def test_indirect_quote_and_its_speaker(text: str, content: str, speaker: str) -> None:
    q = only(analyse(text))
    assert q.kind == "indirect"
    assert q.text == content
    assert q.speaker is not None and speaker in (q.speaker.canonical, q.speaker.text)


def test_pronoun_after_inna_is_not_part_of_the_quote(sample_text: str) -> None:
    quotes = analyse(sample_text)
    nato = next(q for q in quotes if canonical(q) == "حلف شمال الأطلسي")
    assert nato.text == "تم نشر وحدات عسكرية من كوريا الشمالية في منطقة كورسك الروسية"


def test_circumstantial_cue_continues_the_speaker() -> None:
    text = (
        "وأكد عماش أن أكثر من 1500 مدرسة دمرت في الأنبار، مشيرا إلى أن غالبية هذه المدارس "
        "استهدفها التنظيم المتطرف."
    )
    first, second = analyse(text)
    assert first.text == "أكثر من 1500 مدرسة دمرت في الأنبار"
    assert second.cue is not None and second.cue.text == "مشيرا"
    assert second.text == "غالبية هذه المدارس استهدفها التنظيم المتطرف"
    assert canonical(second) == "عماش"


def test_passive_and_nominal_cues_name_a_document_or_source(sample_text: str) -> None:
    quotes = analyse(sample_text)
    statement = next(q for q in quotes if q.cue and q.cue.text == "جاء في")
    assert statement.kind == "direct"
    assert statement.speaker is not None and statement.speaker.text == "البيان"
    assert canonical(statement) == "السفارة الروسية"  # "حسبما ذكرت السفارة الروسية في بيان"
    according = next(q for q in quotes if q.cue and q.cue.text.startswith("وفقا"))
    assert according.text.startswith("سبق لكوريا الشمالية")
    assert canonical(according) == "فولوديمير زيلينسكي"


def test_preposed_according_to_with_fa() -> None:
    text = "وبحسب وزارة الخارجية الفلسطينية فمنذ إعلان الاستقلال اعترفت 137 دولة بدولة فلسطين."
    q = only(analyse(text))
    assert q.text == "منذ إعلان الاستقلال اعترفت 137 دولة بدولة فلسطين"
    assert canonical(q) == "وزارة الخارجية الفلسطينية"


def test_postposed_according_to_is_not_a_reported_clause() -> None:
    text = "ويأتي إحياء هذه الذكرى وسط نشاط متزايد للاستيطان، بحسب ما جاء في تقرير للوكالة."
    assert analyse(text) == []


# --------------------------------------------------------------------------- mixed, headline


def test_mixed_quote_keeps_its_fragments(sample_text: str) -> None:
    quotes = analyse(sample_text)
    biden = next(q for q in quotes if canonical(q) == "جو بايدن")
    assert biden.kind == "mixed"
    assert biden.text == "إرسال كوريا الشمالية آلاف الجنود إلى روسيا يشكل تطوراً “خطيراً جدا”"


def test_headline_quote_resolves_to_the_full_name(sample_text: str) -> None:
    quotes = analyse(sample_text)
    head = next(q for q in quotes if q.kind == "headline")
    assert head.text == "12 ألف جندي كوري شمالي سيكونون في روسيا"
    assert head.speaker is not None and head.speaker.text == "زيلينسكي"
    assert canonical(head) == "فولوديمير زيلينسكي"


def test_label_lines_are_not_headline_quotes() -> None:
    text = "المصدر: وكالة الأنباء الرسمية\n\nاقرأ أيضا: أسعار النفط ترتفع"
    assert find_quotes(Document(id="labels", text=text)) == []


# --------------------------------------------------------------------------- speakers


def test_implied_speaker_agrees_in_gender() -> None:
    text = (
        "وقالت وزيرة الخارجية أنالينا بيربوك إن الحوار ضروري.\n\n"
        "وقال نظيرها الفرنسي جان نويل بارو إن باريس تدعم المبادرة.\n\n"
        "وأضافت “لا بديل عن الحل السياسي”.\n\n"
        "وأضاف أن الاجتماع المقبل سيعقد في روما."
    )
    quotes = analyse(text)
    assert canonical(quotes[2]) == "أنالينا بيربوك"  # أضافت ↔ the last woman who spoke
    assert canonical(quotes[3]) == "جان نويل بارو"
    assert quotes[2].confidence < quotes[0].confidence


def test_descriptions_resolve_to_the_named_speaker(sample_text: str) -> None:
    quotes = analyse(sample_text)
    hints = next(q for q in quotes if q.cue and q.cue.text == "لفتت")
    assert canonical(hints) == "سابرينا سينغ"  # after "وأحجمت المتحدثة"
    korea = next(q for q in quotes if q.cue and q.cue.text == "أعلن")
    assert korea.speaker is not None and korea.speaker.text == "الرئيس الكوري الجنوبي"
    assert canonical(korea) == "يون سوك يول"
    agency = next(q for q in quotes if q.speaker and q.speaker.text == "الوكالة الرسمية")
    assert canonical(agency) == "وكالة الأنباء المركزية الكورية الشمالية"


def test_parenthesised_alias_points_to_the_full_name(sample_text: str) -> None:
    quotes = analyse(sample_text)
    estimate = next(q for q in quotes if q.cue and q.cue.text == "قدر")
    assert estimate.speaker is not None and estimate.speaker.text == "البنتاغون"
    assert canonical(estimate) == "وزارة الدفاع الأميركية"


def test_a_part_of_a_law_speaks_for_the_law() -> None:
    text = (
        "وناقش البرلمان مشروع قانون الاستثمار الجديد أمس. "
        "وتنص المادة الخامسة على أن المستثمر الأجنبي يعامل معاملة المستثمر المحلي."
    )
    q = only(analyse(text))
    assert q.speaker is not None and q.speaker.text == "المادة الخامسة"
    assert canonical(q) == "مشروع قانون الاستثمار الجديد"


def test_svo_subject_before_the_cue() -> None:
    text = (
        "ولم يكشف المسؤولون عن التفاصيل لكن كينياتا قال إن الحرب على الإرهاب ستكون محور المناقشات."
    )
    q = only(analyse(text))
    assert canonical(q) == "كينياتا"


def test_entities_layer_gives_canonical_and_id() -> None:
    text = "وقال زيلينسكي إن الوضع صعب على الجبهة."
    start = text.index("زيلينسكي")
    ent = Entity("زيلينسكي", start, start + 8, "PER", "فولوديمير زيلينسكي", "e7")
    q = only(analyse(text, [ent]))
    assert q.speaker is not None
    assert (q.speaker.canonical, q.speaker.entity_id) == ("فولوديمير زيلينسكي", "e7")


def test_speaker_phrase_parts() -> None:
    text = 'مدير شرطة المحافظة اللواء هادي رزيج لـ"الوطن" إن'
    m = parse_speaker(text, 0, len(text))
    assert m is not None and m.name is not None
    assert text[slice(*m.name)] == "هادي رزيج"
    assert m.role is not None and text[slice(*m.role)] == "مدير"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("وزير المالية محمد الجدعان إلى", "محمد الجدعان"),  # a family name with ال
        ("الأمين العام لحلف شمال الأطلسي إن", None),  # an office, not a name
        ("المتحدث باسم وزارة الخارجية إن", None),
        ("معالي وزير الحج الدكتور بندر حجار أن", "بندر حجار"),  # honorific and rank
        ("فاليري جاريت مساعدته البارزة في مقابلة", "فاليري جاريت"),  # apposition
    ],
)
def test_name_inside_a_speaker_phrase(phrase: str, name: str | None) -> None:
    m = parse_speaker(phrase, 0, len(phrase))
    assert m is not None
    assert (phrase[slice(*m.name)] if m.name else None) == name


def test_events_and_objects_are_not_speakers() -> None:
    assert analyse("وتؤكد الأحداث أن الإرهاب ليس وليد اليوم.") == []
    q = only(analyse("وقالت الولايات المتحدة إن المحادثات ستستأنف الأسبوع المقبل."))
    assert canonical(q) == "الولايات المتحدة"


# --------------------------------------------------------------------------- not quotes


@pytest.mark.parametrize(
    "text",
    [
        "والتقى زيلينسكي رؤساء حكومات كل من أيسلندا والدنمارك.",
        "وزار وزير الخارجية العاصمة الأردنية عمّان أمس.",
        "وطالب نشطاء في مجال حقوق الإنسان جميع الولايات بسن قوانين تحظر ختان الإناث.",
        "وكشف الوزير عن خطة جديدة لدعم الصناعة المحلية.",
        "وأكد التقرير ارتفاع أسعار المواد الغذائية خلال الشهر الماضي.",
        "وأشارت رئيسة الوزراء الدنماركية ميتي فريدريكسن من جهتها إلى دور الصين في دعم روسيا.",
        "وصدر للكاتب كتاب بعنوان «الطريق إلى الحرية» عن دار النشر.",
        "وشاهد الجمهور فيلم “الرسالة” في الافتتاح.",
        'وهي المرة الثانية التي ترجئ فيها لندن "تقاعد" طائرات التورنيدو.',
        "يذكر أن المديرية دشنت عدداً من مراكز التدريب.",
        "وبين عامي 2000 و2013 تضاعفت الهجرة إلى الولايات المتحدة.",
    ],
)
def test_not_quotes(text: str) -> None:
    assert analyse(text) == []


def test_a_quoted_name_in_the_subject_is_not_the_quote() -> None:
    text = 'وأوضحت جمعية "بوصلة" أن جلسة منح الثقة انتهت بتسجيل 167 صوتا.'
    q = only(analyse(text))
    assert q.text == "جلسة منح الثقة انتهت بتسجيل 167 صوتا"
    assert analyse('وقالت وكالة أنباء "سبوتنيك" في خبر عاجل.') == []
    short = only(analyse("وسئل عن الترشح فقال: «لا»، ثم غادر القاعة."))
    assert short.text == "لا"


def test_journalist_question_is_not_a_quote() -> None:
    text = (
        'وفي إجابة عن سؤال حول "لماذا يوصي الصندوق بفرض ضرائب على الفقراء؟" أشار الصندوق '
        "إلى الإجراءات التي اتخذتها الحكومة."
    )
    assert analyse(text) == []


def test_cues_inside_a_quote_are_the_speakers_words(sample_text: str) -> None:
    quotes = analyse(sample_text)
    assert not any(q.text.startswith("روسيا يمكن أن تكون") for q in quotes)  # "لا أعتقد أن"


# --------------------------------------------------------------------------- robustness


def test_unbalanced_marks_never_crash() -> None:
    for text in [
        "وقال الوزير «هذا كلام لم يغلق",
        "وقال الوزير هذا كلام أغلق» فقط.",
        'وقال “نصف" و«نصف آخر',
        "»»» «« ”“ قال: «",
        "قال",
        "وقال إن",
    ]:
        quotes = analyse(text)
        assert all(q.text.strip() for q in quotes)
    q = only(analyse("وقال الوزير «هذا كلام لم يغلق"))
    assert q.text == "هذا كلام لم يغلق"


def test_nested_quotes_give_one_outer_quote() -> None:
    text = "وقال المتحدث «إن الوزير وصف الخطة بأنها “تاريخية” أمس»."
    q = only(analyse(text))
    assert q.text == "إن الوزير وصف الخطة بأنها “تاريخية” أمس"


def test_five_thousand_word_paragraph(sample_text: str) -> None:
    paragraph = " ".join(sample_text.split())
    words = paragraph.split()
    text = " ".join((words * (5000 // len(words) + 1))[:5000])
    t0 = time.perf_counter()
    quotes = analyse(text)
    assert time.perf_counter() - t0 < 5.0
    assert len(quotes) > 20


def test_text_with_no_arabic() -> None:
    doc = Document(id="en", text='The minister said "we will win" on Monday.')
    assert find_quotes(doc) == []
    assert find_quotes(Document(id="empty", text="")) == []


def test_component_assigns_quotes(sample_text: str) -> None:
    doc = extract_quotes(from_text(sample_text, Options(), doc_id="a"), Options())
    assert len(doc.quotes) >= 22 and doc.check_offsets() == []


# --------------------------------------------------------------------------- lexicons


def test_lexicons_load_and_cover_the_issue_cues() -> None:
    forms = cue_lexicon().forms
    for word in ["قال", "قالت", "أضاف", "أضافت", "يقول", "مؤكدا", "مشيرة", "نقل", "صرح"]:
        assert normalize(word) in forms, word
    assert forms["اضافت"].gender == "f" and forms["قالوا"].gender == "p"
    assert forms["مشيرا"].kind == "adv" and forms["يذكر"].kind == "impersonal"
    assert "مصدر" in speaker_lexicon().unnamed
    text = "وقالَت الوزيرة وأضافـت ثم قـال"
    assert [text[c.start : c.end] for c in find_cues(text)] == ["قالَت", "أضافـت", "قـال"]


# --------------------------------------------------------------------------- gold dev set


def _matched(quotes: list[Quote], gold: Gold) -> int:
    _, attribution = score_quotes(Document(id=gold.id, text=gold.text, quotes=quotes), gold)
    return attribution.tp


def test_article_000_all_gold_quotes_with_speakers(dev_dir: Path) -> None:
    gold = next(g for g in load_gold(dev_dir) if g.id == "article-000")
    doc = from_text(gold.text, Options(), doc_id=gold.id)
    quotes = find_quotes(doc)
    for item in gold.data["quotes"]:
        best = max(quotes, key=lambda q: token_f1(item["text"], q.text))
        assert token_f1(item["text"], best.text) >= 0.5, item["text"]
        assert same_agent(best.speaker, item["speaker"], gold), item["text"]
    assert _matched(quotes, gold) == len(gold.data["quotes"]) == 22


def test_dev_set_attribution_f1(dev_dir: Path) -> None:
    tp = fp = fn = 0
    for gold in load_gold(dev_dir):
        doc = from_text(gold.text, Options(), doc_id=gold.id)
        quotes = find_quotes(doc)
        hit = _matched(quotes, gold)
        tp, fp, fn = tp + hit, fp + len(quotes) - hit, fn + len(gold.data["quotes"]) - hit
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85, json.dumps({"tp": tp, "fp": fp, "fn": fn})


def test_a_role_read_after_a_preposition_is_shown_without_it(sample_text: str) -> None:
    # "ووفقاً للرئيس الأوكراني، فإنه ...": the role is الرئيس, not للرئيس
    doc = analyze(sample_text)
    roles = {q.speaker.role for q in doc.quotes if q.speaker and q.speaker.role}
    assert "الرئيس" in roles
    assert not any(r.startswith(("لل", "بال", "وال")) for r in roles), roles
