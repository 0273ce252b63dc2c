"""`marsad ner --conll IN --out OUT` and `marsad eval ner FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import main

GOLD = """وقال O
الرئيس O
الأميركي O
جو B-PERS
بايدن I-PERS
إن O
روسيا B-LOC
تهدد O
أوكرانيا B-LOC
. O

وأعلنت O
وزارة B-ORG
الدفاع I-ORG
الروسية I-ORG
ذلك O
"""


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.conll"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_ner_tags_a_conll_file_keeping_its_tokens(gold_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.conll"
    assert main(["ner", "--conll", str(gold_file), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    src = GOLD.split("\n")
    assert [line.split(" ")[0] for line in lines[: len(src)]] == [
        line.split(" ")[0] for line in src
    ]
    tags = [line.split(" ")[1] for line in lines if line]
    assert len(tags) == 15
    assert tags[3:5] == ["B-PER", "I-PER"]
    assert tags[6] == "B-LOC"


def test_ner_accepts_tokens_without_tags(tmp_path: Path, capsys) -> None:
    src = tmp_path / "plain.conll"
    src.write_text("زار\nبايدن\nبرلين\n", encoding="utf-8")
    assert main(["ner", "--conll", str(src)]) == 0
    out = capsys.readouterr().out.split()
    assert out[0::2] == ["زار", "بايدن", "برلين"]
    assert out[5] == "B-LOC"


def test_eval_ner_prints_scores(gold_file: Path, capsys) -> None:
    assert main(["eval", "ner", str(gold_file)]) == 0
    text = capsys.readouterr().out
    assert "micro" in text and "PER" in text
    assert main(["eval", "ner", str(gold_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["micro"]["tp"] + data["micro"]["fn"] == 4  # PERS counts as PER
    assert set(data["types"]) >= {"PER", "LOC", "ORG"}


def test_eval_ner_errors_are_one_line(tmp_path: Path, capsys) -> None:
    assert main(["eval", "ner", str(tmp_path / "missing.conll")]) == 2
    assert "is not a file" in capsys.readouterr().err
    bad = tmp_path / "bad.conll"
    bad.write_text("قال\nبايدن B-PER\n", encoding="utf-8")
    assert main(["eval", "ner", str(bad)]) == 2
    assert "needs a TAG column" in capsys.readouterr().err
    assert main(["ner", "--conll", str(bad), "--model", str(tmp_path / "x.npz")]) == 2
    assert "not a file" in capsys.readouterr().err
