"""bench/entities.py says so and exits cleanly when the corpus is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

import bench.corpus
from bench import entities


def test_bench_skips_without_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(bench.corpus, "DATA", tmp_path)
    entities.main(5, 1)
    assert "entities: skipped" in capsys.readouterr().out


def test_sentences_of_an_article(sample_text: str) -> None:
    sentences = entities.article_sentences(sample_text)
    assert len(sentences) > 5
    assert all(sentences) and "البنتاغون" in sentences[0]
