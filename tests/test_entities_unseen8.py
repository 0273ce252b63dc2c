"""Entity rules found by reading the output on unseen corpus articles (issue 5, round 8).

Like `test_entities_unseen6.py`, these feed `link_entities` hand-made tags (those the tagger
gave on the corpus sentence), so they check this stage's own rules on real news sentences.
"""

from __future__ import annotations

from tests.test_entities import run


def typed(text: str, names: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in run(text, names).entities]


def test_a_word_behind_a_preposition_after_a_title_is_its_complement() -> None:
    text = "أعتقد أن حاجة الروائي لعصر الإرث الحضاري الذي خلفه واحد من أبطال التاريخ، ستكون كبيرة."
    assert typed(text) == []
    text = "ورغم تقديم الفريق لمستوى أشاد به حتى المنافسون، خسر اللقاء."
    assert typed(text) == []
    text = "وقال الروائي لطفي القلعاوي إن الرواية صدرت أمس."  # a name in ل stays a name
    assert typed(text) == [("لطفي القلعاوي", "PER")]
