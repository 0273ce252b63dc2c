"""The CRF + BiLSTM-CRF ensemble: scores are the sum of both models', its file round-trips,
the tagger opens it, and the word-type caches of both parts refill correctly when full."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.errors import ModelError
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.features import Resources
from marsad.extract.ner.lexical import FLAGS
from marsad.extract.ner.model import CrfModel
from marsad.extract.ner.neural import NeuralModel
from marsad.extract.ner.tagger import load_tagger
from tests.ner_sentences import NEWS

pytest.importorskip("torch")
ner = pytest.importorskip("training.ner")
ner_torch = pytest.importorskip("training.ner_torch")
ner_neural = pytest.importorskip("training.ner_neural")

UNSEEN = [
    ["وقال", "الرئيس", "جو", "بايدن", "إن", "أوكرانيا", "تهدد", "روسيا"],
    ["والتقى", "روته", "في", "بروكسل", "وزارة", "الدفاع"],
    ["روسيا"],
]
SMALL = {"epochs": 30, "hidden": 16, "filters": 8, "char_dim": 8, "batch": 2, "lr": 0.02}


def _sentences() -> list[tuple[list[str], list[str]]]:
    return [(text.split(), tags.split()) for text, tags in NEWS]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> tuple[CrfModel, NeuralModel]:
    tmp = tmp_path_factory.mktemp("ensemble")
    train = _sentences()
    res = Resources(clusters={"بايدن": "1:2:3"}, gazetteer={"روسيا": "LOC-S"})
    ner.train_crf(train, [], res, {"c1": 0.01, "c2": 0.01, "max_iterations": 40}, tmp / "crf")
    crf = ner.export(tmp / "crf", res, {})
    lex = ner_neural.build_lexicon(["روسيا", "بايدن"], train, {"روسيا": "LOC-S"})
    table = np.random.default_rng(0).normal(0, 0.1, (len(lex.words), 8)).astype(np.float32)
    cfg = {**ner_torch.DEFAULTS, **SMALL}
    items = ner_neural.encode(train, lex, True)
    net = ner_torch.train(items, [], table, len(lex.chars), len(FLAGS), 9, cfg)
    return crf, ner_neural.export(net, lex, {})


def _batch() -> list[list[str]]:
    return sorted([t for t, _ in _sentences()] + UNSEEN, key=len, reverse=True)


def test_scores_are_the_sum_of_both_models(parts: tuple[CrfModel, NeuralModel]) -> None:
    crf, neural = parts
    batch = _batch()
    summed = EnsembleModel(crf, neural, 0.5).emissions(batch)
    alone = neural.emissions(batch)
    for i, tokens in enumerate(batch):
        expected = alone[i, : len(tokens)] + 0.5 * crf.emissions(tokens)
        assert np.allclose(summed[i, : len(tokens)], expected, atol=1e-5)
    # one model's weight negligible: the ensemble decodes as the other model alone
    assert EnsembleModel(crf, neural, 0.0).tag(batch) == neural.tag(batch)
    assert EnsembleModel(crf, neural, 1e4).tag(batch) == crf.tag(batch)


def test_file_round_trip_and_tagger(parts: tuple[CrfModel, NeuralModel], tmp_path: Path) -> None:
    crf, neural = parts
    EnsembleModel(crf, neural, 1.0, {"dev": 0.5}).save(tmp_path / "ens.npz")
    tagger = load_tagger("crf", str(tmp_path / "ens.npz"))
    assert isinstance(tagger, EnsembleModel)
    assert tagger.meta == {"dev": 0.5}
    batch = _batch()
    # float16 storage of both parts' weights: the same tags
    assert tagger.tag(batch) == EnsembleModel(crf, neural).tag(batch)
    assert tagger.tag([[], ["روسيا"], []]) == [[], tagger.tag([["روسيا"]])[0], []]
    junk = tmp_path / "junk.npz"
    np.savez(junk, kind=np.frombuffer(b"crf+bilstm-crf", dtype=np.uint8))
    with pytest.raises(ModelError, match="cannot load"):
        load_tagger("crf", str(junk))
    other = tmp_path / "other.npz"
    np.savez(other, kind=np.frombuffer(b"transformer", dtype=np.uint8))
    with pytest.raises(ModelError, match="unknown kind"):
        load_tagger("crf", str(other))


def test_full_type_caches_start_afresh(parts: tuple[CrfModel, NeuralModel]) -> None:
    """Caches far smaller than one sentence's types: every batch empties them and recomputes
    its own types; the tags do not change."""
    crf, neural = (
        CrfModel.from_arrays(parts[0].arrays()),
        NeuralModel.from_arrays(parts[1].arrays()),
    )
    sentences = [t for t, _ in _sentences()] + UNSEEN
    expected_crf = [crf.tag([s])[0] for s in sentences]
    expected_neural = [neural.tag([s])[0] for s in sentences]
    crf._reset()
    crf._table = np.zeros((3, *crf._zeros.shape), dtype=np.float32)
    neural._rows.clear()
    neural._table = np.empty((3, neural._table.shape[1]), dtype=np.float32)
    assert [crf.tag([s])[0] for s in sentences] == expected_crf
    assert [neural.tag([s])[0] for s in sentences] == expected_neural
    assert crf.tag(sentences) == expected_crf
