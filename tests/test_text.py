"""Arabic text layer on real sentences from the sample article."""

from __future__ import annotations

from marsad.text import (
    normalize,
    normalize_with_offsets,
    proclitic_stems,
    quoted_regions,
    sentences,
    split_clauses,
    tokenize,
)


def test_normalize_folds_spelling_variants() -> None:
    assert normalize("الأميركية") == normalize("الاميركيه")
    assert normalize("إيران") == "ايران"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("مُحدقة") == "محدقه"
    assert normalize("تـــطور") == "تطور"
    assert normalize("٢٠٢٤ و۱۲") == "2024 و12"


def test_normalize_with_offsets_points_back() -> None:
    text = "المُحدقة بأوكرانيا"
    norm, offsets = normalize_with_offsets(text)
    assert len(norm) == len(offsets)
    assert norm.startswith("المحدقه")
    assert text[offsets[norm.index("ب")]] == "ب"


def test_tokens_have_offsets_and_split_quote_marks() -> None:
    text = "مندداً مرة جديدة بـ”تصعيد” النزاع، وقال: «12,5 ألفاً»."
    toks = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.text for t in toks if t.kind == "quote"] == ["”", "”", "«", "»"]
    assert "12,5" in [t.text for t in toks if t.kind == "num"]
    assert [t.text for t in toks if t.kind == "punct"] == ["،", ":", "."]


def test_proclitic_readings() -> None:
    readings = proclitic_stems(normalize("وللوحدة"))
    assert "الوحده" in readings and "وحده" in readings
    assert proclitic_stems(normalize("بوتين"))[0] == "بوتين"
    assert "وزير" in proclitic_stems("وزير")  # the word itself is always a reading


def test_quoted_regions_pair_marks_and_broken_variants(sample_text: str) -> None:
    regions = [sample_text[r.start : r.end] for r in quoted_regions(sample_text)]
    assert "خطيراً جدا" in regions
    assert "تصعيد" in regions  # بـ”تصعيد”: the opening mark is a closing-shaped ”
    assert "لم يسمع" in regions
    unclosed = quoted_regions("قال: «هذا كلام لم يغلق\nفقرة أخرى")
    assert unclosed[0].close_at is None
    assert "فقرة" not in "قال: «هذا كلام لم يغلق\nفقرة أخرى"[unclosed[0].start : unclosed[0].end]


def test_quote_continues_into_reopened_paragraph() -> None:
    text = "وقال «الجزء الأول من الكلام\n«والجزء الثاني» ثم انتهى."
    (region,) = quoted_regions(text)
    assert region.close_at == text.index("»")


def test_sentences_never_split_a_quotation(sample_text: str) -> None:
    spans = sentences(sample_text)
    assert all(sample_text[s.start : s.end] == s.text for s in spans)
    zelensky = next(s for s in spans if s.text.startswith("وأضاف زيلينسكي خلال"))
    assert "سيبلغ عددهم قريباً 12 ألفاً" in zelensky.text  # two quoted sentences, one sentence
    assert any(s.text == "زيلينسكي: 12 ألف جندي كوري شمالي سيكونون في روسيا" for s in spans)


def test_sentence_splitter_handles_question_mark_and_initials() -> None:
    text = "هل ستنتهي الحرب؟ قال د. أحمد إن الأمر صعب. وانتهى الاجتماع"
    assert [s.text for s in sentences(text)] == [
        "هل ستنتهي الحرب؟",
        "قال د. أحمد إن الأمر صعب.",
        "وانتهى الاجتماع",
    ]


def test_clauses_split_outside_quotes_only() -> None:
    text = "قال إن «الوضع، كما ترون، صعب»، وأضاف أنه متفائل"
    clauses = [c.text for c in split_clauses(text, 0, len(text))]
    assert clauses == ["قال إن «الوضع، كما ترون، صعب»", "وأضاف أنه متفائل"]


def test_article_form_drops_proclitics_before_the_article_only() -> None:
    from marsad.text.tokens import article_form

    assert article_form("للرئيس") == "الرئيس"
    assert article_form("وبالوزير") == "الوزير"
    assert article_form("كالسفير") == "السفير"
    # ال inside the stem, or no article at all: unchanged
    for word in ("والي", "فالح", "وزير", "لواء", "لوزير", "الرئيس"):
        assert article_form(word) == word
