"""The neural tagger: torch training on a few news sentences, export, numpy decoding equal to
torch's, save/load, batching of sentences of different lengths."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from marsad.errors import ModelError
from marsad.extract.ner.lexical import BOW, EOW, FLAGS, Lexicon, core, type_inputs
from marsad.extract.ner.neural import NeuralModel
from marsad.extract.ner.tagger import load_tagger
from tests.ner_sentences import NEWS

torch = pytest.importorskip("torch")
ner_torch = pytest.importorskip("training.ner_torch")
ner_neural = pytest.importorskip("training.ner_neural")

SMALL = {
    "epochs": 40,
    "hidden": 16,
    "filters": 8,
    "char_dim": 8,
    "batch": 2,
    "lr": 0.02,
    "dropout": 0.1,
    "word_drop": 0.0,
}


def _sentences() -> list[tuple[list[str], list[str]]]:
    return [(text.split(), tags.split()) for text, tags in NEWS]


def _trained(tmp_path: Path) -> tuple[object, NeuralModel, Lexicon]:
    sentences = _sentences()
    pretrained = ["روسيا", "اوكرانيا", "بايدن"]
    lex = ner_neural.build_lexicon(pretrained, sentences, {"روسيا": "LOC-S"})
    table = np.random.default_rng(0).normal(0, 0.1, (len(lex.words), 8)).astype(np.float32)
    cfg = {**ner_torch.DEFAULTS, **SMALL}
    items = ner_neural.encode(sentences, lex, True)
    net = ner_torch.train(items, [], table, len(lex.chars), len(FLAGS), 9, cfg)
    model = ner_neural.export(net, lex, {"test": True})
    model.save(tmp_path / "ner.npz")
    return net, NeuralModel.load(tmp_path / "ner.npz"), lex


def test_lexicon_reads_words_stems_and_flags() -> None:
    chars = {"\x00": 0, "\x01": 1, BOW: 2, EOW: 3, "ب": 4}
    lex = Lexicon({"<pad>": 0, "<unk>": 1, "بغداد": 2}, chars, {"بغداد": "LOC-S"})
    x = type_inputs("وبغداد", lex)
    assert (x.word, x.stem) == (2, 2)  # the stem stands in for the unknown whole word
    assert {FLAGS[i] for i in x.flags} == {"sh=A", "clitic", "LOC-S"}
    assert x.chars == [2, 1, 4, 1, 1, 1, 1, 3]  # marks, ب known, the other letters unknown
    assert core("(د") == ("د", True)


def test_numpy_tagger_equals_torch(tmp_path: Path) -> None:
    net, model, lex = _trained(tmp_path)
    sentences = _sentences()
    unseen = [
        ["وقال", "الرئيس", "جو", "بايدن", "إن", "أوكرانيا", "تهدد", "روسيا"],
        ["روسيا"],
        ["والتقى", "روته", "في", "بروكسل", "وزارة", "الدفاع"],
    ]
    batch = sorted([t for t, _ in sentences] + unseen, key=len, reverse=True)
    ours = model.emissions(batch)  # longest first
    items = ner_neural.encode([(t, ["O"] * len(t)) for t in batch], lex, True)
    net.eval()
    with torch.no_grad():
        tensors = ner_torch.collate(items, len(FLAGS), "cpu", 0.0, random.Random(0))
        theirs = net.emissions(tensors).numpy()
    for i, tokens in enumerate(batch):
        assert np.allclose(ours[i, : len(tokens)], theirs[i, : len(tokens)], atol=0.05)
    expected = ner_torch.predict(net, items, len(FLAGS), "cpu")
    assert model.tag(batch) == [[model.labels[j] for j in path] for path in expected]
    # learnt the training sentences; one sentence alone is tagged as inside a batch
    assert model.tag([sentences[0][0]]) == [sentences[0][1]]
    assert model.tag([[], unseen[1], []])[1] == model.tag(batch)[batch.index(unseen[1])]
    assert model.meta == {"test": True}


def test_tagger_opens_either_kind_of_model(tmp_path: Path) -> None:
    _, model, _ = _trained(tmp_path)
    tagger = load_tagger("crf", str(tmp_path / "ner.npz"))
    assert isinstance(tagger, NeuralModel)
    assert tagger.tag([["روسيا"]]) == model.tag([["روسيا"]])
    junk = tmp_path / "junk.npz"
    np.savez(junk, kind=np.frombuffer(b"bilstm-crf", dtype=np.uint8))
    with pytest.raises(ModelError, match=r"lacks|cannot load"):
        NeuralModel.load(junk)


def test_state_saved_elsewhere_exports_the_same_tagger(tmp_path: Path) -> None:
    """A net trained on another machine comes back as a state dict (word table in float16);
    loaded into a fresh net it tags the news sentences as the original does."""
    net, model, lex = _trained(tmp_path)
    ner_torch.save_state(net, str(tmp_path / "net.pt"))
    cfg = {**ner_torch.DEFAULTS, **SMALL}
    table = np.zeros((len(lex.words), 8), dtype=np.float32)
    fresh = ner_torch.Net(table, len(lex.chars), len(FLAGS), 9, cfg)
    ner_torch.load_state(fresh, str(tmp_path / "net.pt"))
    again = ner_neural.export(fresh, lex, {})
    tokens = [t for t, _ in _sentences()]
    assert again.tag(tokens) == model.tag(tokens)


def test_sweep_scores_like_conlleval() -> None:
    ner_sweep = pytest.importorskip("training.ner_sweep")
    from marsad.extract.ner.conll import score

    gold = [tags for _, tags in _sentences()]
    pred = [list(tags) for tags in gold]
    pred[0][3:5] = ["B-LOC", "I-LOC"]  # بايدن's span mistyped
    pred[1][1] = "I-ORG"  # a stray I- opens the (right) span
    pred[4][6:8] = ["B-MISC", "O"]  # span cut short
    micro, types = ner_sweep.f1(gold, pred)
    theirs = score(gold, pred)
    assert micro == round(theirs.micro.f1, 4) < 1.0
    assert types["PER"] == round(theirs.by_type["PER"].f1, 4)
    assert ner_sweep.spans(["I-ORG", "I-ORG", "O", "B-LOC"]) == {(0, 2, "ORG"), (3, 4, "LOC")}
