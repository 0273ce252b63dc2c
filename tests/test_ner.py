"""The NER tagger API, the bundled model, the corpus readers and the CoNLL scorer."""

from __future__ import annotations

import pytest

from marsad.errors import ModelError
from marsad.extract.ner import LABELS, get_tagger
from marsad.extract.ner.conll import spans
from marsad.extract.ner.tagger import load_tagger
from marsad.settings import Options
from marsad.text.tokens import tokenize


def _tag(text: str) -> list[tuple[str, str]]:
    tokens = [t.text for t in tokenize(text)]
    return list(zip(tokens, get_tagger(Options()).tag([tokens])[0], strict=True))


def _entities(text: str) -> set[tuple[str, str]]:
    tokens, tags = zip(*_tag(text), strict=True)
    return {(" ".join(tokens[s:e]), kind) for s, e, kind in spans(list(tags))}


def test_one_valid_tag_per_token(sample_text: str) -> None:
    sentences = [[t.text for t in tokenize(line)] for line in sample_text.splitlines()]
    tagged = get_tagger(Options()).tag(sentences)
    assert [len(s) for s in tagged] == [len(s) for s in sentences]
    assert {tag for s in tagged for tag in s} <= set(LABELS)


def test_places_and_people_in_a_news_sentence() -> None:
    found = _entities(
        "وقال الرئيس الأميركي جو بايدن الإثنين إن إرسال كوريا الشمالية آلاف الجنود"
        " إلى روسيا يشكل تطوراً خطيراً"
    )
    assert ("جو بايدن", "PER") in found
    assert ("كوريا الشمالية", "LOC") in found
    assert ("روسيا", "LOC") in found
    assert not any(text.startswith("الرئيس") for text, _ in found)


def test_country_names_after_proclitics() -> None:
    found = _entities("قالت الحكومة إن الولايات المتحدة لن تفرض قيوداً على استخدام أوكرانيا للأسلحة")
    assert ("الولايات المتحدة", "LOC") in found
    assert ("أوكرانيا", "LOC") in found


def test_empty_sentences_and_batch_order() -> None:
    tagger = get_tagger(Options())
    out = tagger.tag([[], ["روسيا"], []])
    assert out[0] == [] and out[2] == []
    assert out[1] == ["B-LOC"]


def test_tagger_is_loaded_once() -> None:
    assert get_tagger(Options()) is get_tagger(Options(ner_backend="crf"))


def test_bad_backend_or_model_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ModelError, match="unknown NER backend"):
        load_tagger("spacy", "")
    with pytest.raises(ModelError, match="not a file"):
        load_tagger("crf", str(tmp_path / "missing.npz"))
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="cannot load"):
        load_tagger("crf", str(junk))
    with pytest.raises(ModelError, match="model directory"):
        load_tagger("transformers", "")


def test_the_bundled_tagger_runs_blas_on_one_thread(monkeypatch) -> None:
    # small matrix products on several BLAS threads made the pipeline 7x slower unpinned
    from threadpoolctl import ThreadpoolController

    from marsad.extract.ner.neural import NeuralModel

    seen: list[list[int]] = []
    original = NeuralModel._emissions

    def spy(self: NeuralModel, batch: list[list[str]]):
        blas = ThreadpoolController().select(user_api="blas").info()
        seen.append([lib["num_threads"] for lib in blas])
        return original(self, batch)

    monkeypatch.setattr(NeuralModel, "_emissions", spy)
    words = [t.text for t in tokenize("وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس")]
    tags = get_tagger(Options()).tag([words])
    assert seen and all(n == 1 for threads in seen for n in threads)
    assert "B-PER" in tags[0]
