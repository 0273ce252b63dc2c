"""Silver NER data (training/silver.py): ANT-like news tagged where the model's parts agree."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from marsad.extract.ner import data as corpora
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.tagger import DEFAULT_MODEL
from tests.ner_sentences import NEWS
from training import silver

ARTICLE = {
    "title": "وزير الخارجية الفرنسي يلتقي نظيره الألماني في برلين",
    "text": (
        "وقال الرئيس الأميركي جو بايدن إن روسيا تهدد أوكرانيا. "
        "وقال الرئيس الأميركي جو بايدن إن روسيا تهدد أوكرانيا.\n"
        "شكرا.\nThe minister met his French counterpart in Paris on Monday morning."
    ),
}


def _write_ant(folder: Path, records: list[dict]) -> None:
    (folder / "corpus").mkdir(parents=True)
    with gzip.open(folder / "corpus" / "ant.jsonl.gz", "wt", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_ant_sentences_are_tokenised_deduplicated_and_filtered(tmp_path: Path) -> None:
    _write_ant(tmp_path, [ARTICLE, {"title": None, "text": ARTICLE["text"]}])
    read = list(silver.ant_sentences(tmp_path / "corpus" / "ant.jsonl.gz"))
    # the title, then the sentence once (repeated within and across articles); the short
    # sentence and the English one are left out; the full stop is a token as in ANERcorp
    assert read == [
        ["وزير", "الخارجية", "الفرنسي", "يلتقي", "نظيره", "الألماني", "في", "برلين"],
        ["وقال", "الرئيس", "الأميركي", "جو", "بايدن", "إن", "روسيا", "تهدد", "أوكرانيا", "."],
    ]
    assert not silver.usable(["شكرا", "."])
    assert not silver.usable(
        ["The", "minister", "met", "his", "French", "counterpart", "in", "Paris", "."]
    )


def test_select_keeps_named_sentences_and_a_share_of_empty_ones() -> None:
    named = [(["جو", "بايدن", "قال"] * 2, ["B-PER", "I-PER", "O"] * 2)] * 8
    empty = [(["قال", "إنه", "سيعود"] * 2, ["O"] * 6)] * 10
    kept, sample = silver.select(named + empty, 0.25)
    assert len(kept) == 8
    assert len(sample) == 2 and all(set(tags) == {"O"} for _, tags in sample)
    assert silver.select(named + empty, 0.0)[1] == []


def test_agreed_sentences_carry_the_ensemble_tags() -> None:
    if not DEFAULT_MODEL.exists():
        pytest.skip("no bundled model")
    model = EnsembleModel.load(DEFAULT_MODEL)
    tokens = [sentence.split() for sentence, _ in NEWS]
    kept = list(silver.agreed(tokens, model))
    assert 0 < len(kept) < len(tokens)  # some kept, some not
    ensemble = model.tag(tokens)
    crf = model.crf.tag(tokens)
    neural = model.neural.tag(tokens)
    expected = [
        (t, a) for t, a, b, c in zip(tokens, ensemble, crf, neural, strict=True) if a == b == c
    ]
    assert kept == expected  # a sentence where any two of the three differ is never kept
    # --parts 1: the ensemble and either part; keeps more, always with the ensemble's tags
    either = list(silver.agreed(tokens, model, parts=1))
    assert len(either) > len(kept)
    assert all(tags == ensemble[tokens.index(toks)] for toks, tags in either)


def test_silver_file_round_trips_through_the_reader(tmp_path: Path) -> None:
    if not DEFAULT_MODEL.exists():
        pytest.skip("no bundled model")
    records = [{"title": "", "text": sentence + "."} for sentence, _ in NEWS]
    _write_ant(tmp_path, records)
    out = tmp_path / "silver.conll"
    assert silver.main(["--data", str(tmp_path), "--out", str(out), "--empty-share", "1"]) == 0
    read = corpora.read_silver(out)
    assert read and all(len(toks) == len(tags) for toks, tags in read)
    assert {t for _, tags in read for t in tags} <= set(corpora.LABELS)
    assert any(t != "O" for _, tags in read for t in tags)


def test_silver_reader_repairs_iob(tmp_path: Path) -> None:
    path = tmp_path / "silver.conll"
    path.write_text("وقال O\nجو I-PER\nبايدن I-PER\nفي O\nواشنطن B-LOC\n\n", encoding="utf-8")
    assert corpora.read_silver(path) == [
        (["وقال", "جو", "بايدن", "في", "واشنطن"], ["O", "B-PER", "I-PER", "O", "B-LOC"])
    ]


def test_missing_corpus_is_a_clear_refusal(tmp_path: Path, capsys) -> None:
    assert silver.main(["--data", str(tmp_path), "--out", str(tmp_path / "x.conll")]) == 2
    assert "ant.jsonl.gz is missing" in capsys.readouterr().err
