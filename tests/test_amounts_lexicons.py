"""The lexicons of numbers, units and time words load, agree with each other and stay in sync."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from marsad.extract.amounts.source_cues import cues as source_cues
from marsad.extract.numeric.calendar import gregorian_months, hijri_months, weekdays
from marsad.extract.numeric.context import cues as amount_cues
from marsad.extract.numeric.numbers import lexicon
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import match_unit, singular, time_units
from marsad.lang import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def test_units_have_codes_kinds_and_names() -> None:
    entries = load_lexicon("units")["units"]
    codes = [e["code"] for e in entries]
    assert len(codes) == len(set(codes))
    for entry in entries:
        assert entry["kind"] and entry["names"], entry
    assert {"EUR", "USD", "SAR", "km²", "%", "tonne", "barrel"} <= set(codes)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("يورو", "EUR"),
        ("دولاراً أمريكياً", "USD"),
        ("كيلومتراً مربعة", "km²"),
        ("في المائة", "%"),
        ("بالمئة", "%"),
        ("ريالات", "SAR"),
        ("ريال قطري", "QAR"),
        ("دينار كويتي", "KWD"),
        ("دينار", "TND"),
        ("أطنان", "tonne"),
        ("عاماً", "year"),
        ("م د", "TND"),
    ],
)
def test_unit_names_match_in_every_form(words: str, code: str) -> None:
    hit = match_unit(fold(words).split())
    assert hit is not None and hit[0].code == code


@pytest.mark.parametrize(
    ("word", "single"),
    [
        ("جنود", "جندي"),
        ("جنديا", "جندي"),
        ("عنصرا", "عنصر"),
        ("أشخاص", "شخص"),
        ("شخصاً", "شخص"),
        ("دول", "دولة"),
        ("مدارس", "مدرسة"),
        ("أوراق", "ورقة"),
        ("إرهابيي", "إرهابي"),
        ("مستويات", "مستوى"),
        ("قتلى", "قتيل"),
        ("طائرات", "طائرة"),
        ("نساء", "امرأة"),
        ("مواطنين", "مواطن"),
    ],
)
def test_counted_nouns_become_singular(word: str, single: str) -> None:
    assert singular(word) == single


@pytest.mark.parametrize("word", ["في", "من", "الجنود", "كتبت", "بسبب", "لكرة", "سجلوا"])
def test_words_that_are_not_counted_nouns(word: str) -> None:
    assert singular(word) is None


def test_number_words_cover_the_forms() -> None:
    words = lexicon()
    for form in ("ثلاثة", "ثلاث", "اثنين", "عشرون", "عشرين", "مئة", "مائة", "مئتين", "ألف"):
        assert fold(form) in words
    assert words[fold("آلاف")].form == "plural"
    assert words[fold("ألفين")].form == "two"
    assert words[fold("ملايين")].value == 1e6


def test_calendar_and_cue_tables_load() -> None:
    assert len(set(gregorian_months().values())) == 12
    assert len(set(hijri_months().values())) == 12
    assert len(set(weekdays().values())) == 7
    assert {u.iso for u in time_units().values()} >= {"Y", "M", "W", "D", "H"}
    assert amount_cues().labels and amount_cues().approx_before
    assert fold("قال") in source_cues().verbs


def test_generated_counted_nouns_are_in_sync(data_dir: Path) -> None:
    """Regenerating the table from the corpora gives the committed file (rule 6 of STYLE)."""
    if not (data_dir / "corpus" / "ant.jsonl.gz").exists():
        pytest.skip("../shared/data/corpus is not here")
    spec = importlib.util.spec_from_file_location("build", ROOT / "training/build_counted_nouns.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.render(script.build()) == script.OUT.read_text(encoding="utf-8")
