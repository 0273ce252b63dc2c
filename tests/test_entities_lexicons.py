"""The entity lexicons agree with CLDR and with each other."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from babel import Locale

from marsad.extract.entities.gazetteer import (
    common_words,
    corpus_places,
    country_names,
    lookup,
    nisba_forms,
    org_words,
)
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize_phrase

CLDR = set(Locale("ar").territories)
ROOT = Path(__file__).resolve().parent.parent


def test_every_country_code_is_a_cldr_territory() -> None:
    nationalities = load_lexicon("nationalities")
    places = load_lexicon("places")
    codes = [
        *nationalities["countries"],
        *nationalities["broken_plurals"],
        *places["variants"],
        *places["canonical"],
        *places["ambiguous"],
        *places["not_places"],
    ]
    assert [c for c in codes if str(c) not in CLDR] == []


def test_nisba_inflects_every_word_together() -> None:
    forms = nisba_forms("كوري شمالي")
    for form in ("كوري شمالي", "الكورية الشمالية", "كوريون شماليون", "الكوريين الشماليين"):
        assert form in forms


def test_country_names_and_variants_share_a_key() -> None:
    assert lookup("الولايات المتحدة الأمريكية").key == "US"  # type: ignore[union-attr]
    assert lookup("الاتحاد الروسي").key == "RU"  # type: ignore[union-attr]
    assert country_names()["KP"] == "كوريا الشمالية"


def test_a_country_named_like_its_adjective_stays_a_country() -> None:
    entry = lookup("تشيلي")
    assert entry is not None and entry.kind == "country"


def test_organisations_in_cldr_are_not_places() -> None:
    entry = lookup("الأمم المتحدة")
    assert entry is not None and entry.kind == "org"
    assert "EU" not in country_names() and "UN" not in country_names()


def test_org_heads_are_bare_nouns() -> None:
    heads = org_words().heads
    assert heads and all(not h.startswith("ال") for h in heads)
    assert normalize_phrase("وزارة") in heads


def test_common_words_are_in_sync_with_their_build_script(data_dir: Path) -> None:
    corpus = data_dir / "corpus" / "ant.jsonl.gz"
    if not corpus.exists():
        pytest.skip("the ANT corpus is not here")
    spec = importlib.util.spec_from_file_location("common_words", ROOT / "training/common_words.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.build(corpus)


def test_common_words_hold_ordinary_words_not_rare_names() -> None:
    words = common_words()
    assert {"فريق", "تشكيل", "الطبي"} <= words
    assert "عماش" not in words and "سقطري" not in words


def test_corpus_places_are_names_not_ordinary_words() -> None:
    names = {normalize_phrase(n) for n in corpus_places()}
    assert {normalize_phrase(n) for n in ("أبها", "الباحة", "بنزرت", "حفر الباطن")} <= names
    assert not {normalize_phrase(w) for w in ("الأمن", "الشرطة", "عازلة", "سيدي")} & names
    assert len(names) == len(corpus_places())  # one spelling per name


def test_corpus_places_never_repeat_a_gazetteer_name() -> None:
    entry = lookup("أبها")
    assert entry is not None and entry.kind == "city"
    assert lookup("الرياض") is not None and "الرياض" not in corpus_places()
