"""Cleaning rules (marsad/lang/ar/boilerplate.yaml): each rule on real-looking news text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluate import normalize_phrase
from marsad.ingest import from_text
from marsad.ingest.clean import load_rules

P1 = (
    "قال وزير الخارجية السعودي إن المملكة تدعم جهود التهدئة في المنطقة، مؤكداً أهمية الحوار "
    "بين الأطراف كافة."
)
P2 = (
    "وأضاف الوزير خلال مؤتمر صحافي في الرياض أن بلاده ستواصل العمل مع شركائها الدوليين لدعم "
    "الاستقرار."
)
TITLE1 = "روسيا تعلن السيطرة على بلدة جديدة في دونيتسك"
TITLE2 = "بايدن يبحث مع شولتس دعم أوكرانيا"
PLACEHOLDER = "يحتوي هذا القسم على المقالات ذات صلة، الموضوعة في (Related Nodes field)"

# (rule, input text, the text the rule removes, the attribution it yields)
CASES = [
    ("agency_end", f"{P1}\n{P2}\n// انتهى //", "// انتهى //", None),
    ("agency_end", f"{P1}\n{P2} /انتهى/", "/انتهى/", None),
    ("agency_timestamp", f"{P1}\n{P2}\n// انتهى //\n16:28 ت م", "16:28 ت م", None),
    (
        "credit",
        f"{P1}\n{P2}\n\nنقلاً عن : اندبندنت عربية",
        "نقلاً عن : اندبندنت عربية",
        "اندبندنت عربية",
    ),
    (
        "credit",
        f"{P1}\n{P2}\nالمصدر: وكالة الأنباء الألمانية",
        "المصدر: وكالة الأنباء الألمانية",
        "وكالة الأنباء الألمانية",
    ),
    (
        "credit",
        f"{P1}\n{P2}\nنقلا عن موقع العربية نت",
        "نقلا عن موقع العربية نت",
        "موقع العربية نت",
    ),
    ("credit", f"{P1}\n{P2}\n* خدمة «واشنطن بوست»", "* خدمة «واشنطن بوست»", "واشنطن بوست"),
    ("credit", f"{P1}\n{P2}\n(واس)", "(واس)", "واس"),
    ("credit", f"{P1}\n{P2}\n(وكالات)", "(وكالات)", None),
    ("credit", f"{P1}\n{P2} (واج - وكالات)", "(واج - وكالات)", "واج"),
    ("credit", f"{P1}\n{P2} بحسب رويترز.", "بحسب رويترز.", "رويترز"),
    ("credit", f"{P1}\n{P2} (وكالات)", "(وكالات)", None),
    ("credit", f"{P1}\n{P2} «الفرنسية»", "«الفرنسية»", "الفرنسية"),
    ("credit", f"{P1}\n{P2} -وات-", "-وات-", "وات"),
    ("credit", f"{P1}\n{P2} المصدر (سكاي نيوز)", "المصدر (سكاي نيوز)", "سكاي نيوز"),
    ("credit", f"{P1}\n{P2} (ترجمة هافينغتون بوست)", "(ترجمة هافينغتون بوست)", "هافينغتون بوست"),
    ("credit", f"{P1}\n{P2}\nالمصدر : وكالات", "المصدر : وكالات", None),
    ("media_prompt", f"{P1}\n{P2} (صورة أرشيفية)", "(صورة أرشيفية)", None),
    ("media_prompt", f"{P1}\nشاهد الفيديو\n{P2}", "شاهد الفيديو", None),
    ("media_prompt", f"{P1}\n{P2} الصور :", "الصور :", None),
    ("signature", f"{P1}\n{P2} ع ب م", "ع ب م", None),
    ("tags", f"{P1}\n{P2} سمات السعودية الخليج الرياض", "سمات السعودية الخليج الرياض", None),
    ("tags", f"{P1}\n{P2}\nالوسوم: السعودية، الخليج", "الوسوم: السعودية، الخليج", None),
    (
        "dateline",
        f"الرياض 12 ذو القعدة 1436 هـ الموافق 26 أغسطس 2015 م واس\n{P1}\n{P2}",
        "الرياض 12 ذو القعدة 1436 هـ الموافق 26 أغسطس 2015 م واس",
        "واس",
    ),
    ("dateline", f"عين اليوم – الرياض\n{P1}\n{P2}", "عين اليوم – الرياض", None),
    ("dateline", f"القاهرة – أ ش أ\n{P1}\n{P2}", "القاهرة – أ ش أ", "أ ش أ"),
    ("dateline", f"رويترز - واشنطن\n{P1}\n{P2}", "رويترز - واشنطن", "رويترز"),
    ("dateline", f"الرياض (واس) - {P1}\n{P2}", "الرياض (واس) -", "واس"),
    ("dateline", f"باريس - أ ف ب: {P1}\n{P2}", "باريس - أ ف ب:", "أ ف ب"),
    ("dateline", f"واس - الرياض: {P1}\n{P2}", "واس - الرياض:", "واس"),
    # a byline naming the outlet: it is the origin the article credits (both held-out annotators)
    ("dateline", f"فهد كاملي - سبق - جازان: {P1}\n{P2}", "فهد كاملي - سبق - جازان:", "سبق"),
    (
        "dateline",
        f"رصد وتصوير: أحمد حجازي – عين اليوم\n{P1}\n{P2}",
        "رصد وتصوير: أحمد حجازي – عين اليوم",
        None,
    ),
    ("navigation", f"Next Previous {P1}\n{P2}", "Next Previous", None),
    ("read_more", f"{P1}\nاقرأ أيضاً\n{TITLE1}\n{TITLE2}\n{P2}", "اقرأ أيضاً", None),
    ("related_title", f"{P1}\nاقرأ أيضاً\n{TITLE1}\n{TITLE2}\n{P2}", TITLE2, None),
    ("read_more", f"{P1}\nاقرأ أيضا: {TITLE1}\n{P2}", f"اقرأ أيضا: {TITLE1}", None),
    ("read_more", f"{P1}\n{P2}\n...المزيد", "...المزيد", None),
    ("read_more", f"{P1}\nمواضيع ذات صلة:\n{TITLE1}\n{P2}", "مواضيع ذات صلة:", None),
    (
        "cms_placeholder",
        f"{P1}\nاقرأ المزيد\n{PLACEHOLDER}\n{P2}",
        PLACEHOLDER,
        None,
    ),
    (
        "share_prompt",
        f"{P1}\nشارك هذا المقال على فيسبوك تويتر واتساب\n{P2}",
        "شارك هذا المقال على فيسبوك تويتر واتساب",
        None,
    ),
    ("share_prompt", f"{P1}\n{P2}\nطباعة | أرسل لصديق | حفظ", "طباعة | أرسل لصديق | حفظ", None),
    ("comment_prompt", f"{P1}\n{P2}\nإضافة تعليق جديد", "إضافة تعليق جديد", None),
    ("comment_prompt", f"{P1}\n{P2}\nالتعليقات (0)", "التعليقات (0)", None),
    ("comment_prompt", f"{P1}\n{P2}\nكن أول من يعلق", "كن أول من يعلق", None),
    (
        "follow_prompt",
        f"{P1}\nتابعونا على تويتر وفيسبوك لمعرفة آخر الأخبار\n{P2}",
        "تابعونا على تويتر وفيسبوك لمعرفة آخر الأخبار",
        None,
    ),
    ("photo_credit", f"{P1}\n(تصوير: محمد الأحمد)\n{P2}", "(تصوير: محمد الأحمد)", None),
    ("photo_credit", f"{P1}\nصورة أرشيفية\n{P2}", "صورة أرشيفية", None),
    ("photo_credit", f"{P1}\n(أ ف ب)\n{P2}", "(أ ف ب)", None),
    ("photo_credit", f"{P1}\nGetty Images\n{P2}", "Getty Images", None),
    (
        "contact",
        f"{P1}\n{P2}\nلمراسلة الكاتب: writer@example.com",
        "لمراسلة الكاتب: writer@example.com",
        None,
    ),
    (
        "contact",
        f"{P1}\n{P2}\nللتواصل مع الكاتب ارسل رسالة SMS",
        "للتواصل مع الكاتب ارسل رسالة SMS",
        None,
    ),
    ("advertisement", f"{P1}\n- إعلان -\n{P2}", "- إعلان -", None),
    ("separator", f"{P1}\n* * *\n{P2}", "* * *", None),
]


@pytest.mark.parametrize(("rule", "text", "removed", "attribution"), CASES)
def test_rule_on_news_text(rule: str, text: str, removed: str, attribution: str | None) -> None:
    doc = from_text(text)
    assert (rule, removed) in [(b.rule, b.text) for b in doc.boilerplate]
    assert removed not in doc.text
    assert P1 in doc.text and P2 in doc.text  # the article itself is kept
    assert doc.metadata.attribution == attribution
    for item in doc.boilerplate:
        assert text[item.source_start : item.source_end] == item.text
    assert doc.check_offsets() == []


def test_every_rule_has_a_case() -> None:
    names = {rule.name for rule in load_rules()} | {"related_title"}
    assert names == {case[0] for case in CASES}


@pytest.mark.parametrize(
    "text",
    [
        # a credit inside a sentence is the source of a claim, not a republishing credit
        f"{P1}\nوارتفعت أسعار النفط 5% بحسب رويترز في تعاملات الأمس على خلفية التوترات.",
        # an agency named inside the last sentence
        f'{P1}\nوقال المتحدث في تصريح لوكالة "فرانس برس".',
        f"{P1}\nوأوضح المصدر أن التحقيق ما زال جاريا بحسب الوكالة الألمانية.",
        # a parenthesis closing the last sentence is content
        f"{P1}\nواستخدمت الولايات المتحدة حق النقض (الفيتو)",
        # "المصدر:" in the middle of an article is content
        f"{P1}\nالمصدر: وزارة الصحة\n{P2}",
        # "اقرأ" inside a sentence
        f"{P1}\nوقال الوزير اقرأ المزيد من التقارير قبل أن تحكم على سياستنا في المنطقة.",
        # a numbered item or a sentence with a colon opening the article
        f"1917 - الحرب العالمية الأولى: {P1}\n{P2}",
        f"كثيراً ما نسمعهم يقولون: {P1}\n{P2}",
        # a dateline-looking line in the middle is not removed
        f"{P1}\nعين اليوم – الرياض\n{P2}",
    ],
)
def test_content_that_looks_like_boilerplate_is_kept(text: str) -> None:
    doc = from_text(text)
    assert doc.boilerplate == []
    assert doc.metadata.attribution is None


def test_heading_after_a_placeholder_is_content_not_a_related_title(sample_text: str) -> None:
    doc = from_text(sample_text)
    assert "وزيرة خارجية كوريا الشمالية تتوجه إلى روسيا" in doc.text
    assert "وزيرة خارجية كوريا الشمالية تتوجه إلى روسيا" in [h.text for h in doc.headings]


def test_dev_articles_boilerplate_and_attribution(dev_dir: Path) -> None:
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (dev_dir / gold["file"]).read_text(encoding="utf-8")
        doc = from_text(text, doc_id=gold["id"])
        for snippet in gold["boilerplate"]:
            assert snippet not in doc.text, (gold["id"], snippet)
        assert doc.metadata.attribution == gold["attribution"], gold["id"]
        # headings found are headings of the gold (precision on real articles)
        expected = {normalize_phrase(h) for h in gold["headings"]}
        assert {normalize_phrase(h.text) for h in doc.headings} <= expected, gold["id"]
        assert doc.check_offsets() == []
