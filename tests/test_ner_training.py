"""The training recipe end to end on a few sentences: marsad's decoder equals CRFsuite's."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from marsad.extract.ner.features import Resources, sentence_attributes
from marsad.extract.ner.model import CrfModel
from tests.ner_sentences import NEWS
from training.ner import DOMAIN, export, train_crf

EXTRA = [("زار نابليون مصر", "O B-PER B-LOC")]


def _sentences(rows: list[tuple[str, str]]) -> list[tuple[list[str], list[str]]]:
    return [(text.split(), tags.split()) for text, tags in rows]


def test_exported_model_decodes_like_crfsuite(tmp_path: Path) -> None:
    res = Resources(clusters={"بايدن": "1:2:3", "روته": "1:2:4"}, gazetteer={"روسيا": "LOC-S"})
    train = _sentences(NEWS)
    crf_path = tmp_path / "ner.crfsuite"
    train_crf(
        train, _sentences(EXTRA), res, {"c1": 0.01, "c2": 0.01, "max_iterations": 40}, crf_path
    )
    model = export(crf_path, res, {"test": True})
    model.save(tmp_path / "ner.npz")
    loaded = CrfModel.load(tmp_path / "ner.npz")
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    unseen = [
        "وقال الرئيس جو بايدن إن أوكرانيا تهدد روسيا",
        "والتقى روته في بروكسل وزارة الدفاع",
        "روسيا",
    ]
    for tokens in [t for t, _ in train] + [text.split(" ") for text in unseen]:
        attrs = sentence_attributes(tokens, res)
        expected = tagger.tag([a + [DOMAIN + x for x in a] for a in attrs])
        assert loaded.tag([tokens]) == [expected]
    assert loaded.meta == {"test": True}
    assert loaded.tag([t for t, _ in train])[0][3:5] == ["B-PER", "I-PER"]
