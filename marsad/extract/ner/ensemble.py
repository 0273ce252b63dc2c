"""The CRF and the BiLSTM-CRF summed as one linear-chain CRF (a product of experts).

Both models score the same nine IOB2 labels, so their sum is a CRF too: label scores =
neural + weight × CRF state scores, transitions = neural + weight × CRF; the neural model's
start and end scores; one Viterbi. Nothing is trained on top (training/ner_ensemble.py builds
the file and scores it). The file is one `.npz` holding both models' arrays, the CRF's names
prefixed "crf.", the neural model's "neural.".
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from marsad.errors import ModelError
from marsad.extract.ner.decode import tag_batches, viterbi
from marsad.extract.ner.model import CrfModel
from marsad.extract.ner.neural import NeuralModel
from marsad.extract.ner.npz import array_of, load_model, text_of

KIND = "crf+bilstm-crf"


class EnsembleModel:
    """A CRF and a neural tagger decoded as one; `tag` like either."""

    def __init__(
        self,
        crf: CrfModel,
        neural: NeuralModel,
        weight: float = 1.0,
        meta: dict[str, object] | None = None,
    ) -> None:
        if list(crf.labels) != list(neural.labels):
            raise ModelError("the CRF and the neural NER model label differently")
        self.crf, self.neural, self.weight = crf, neural, weight
        self.labels = neural.labels
        self.meta = meta or {}
        self.trans = neural.w["trans"] + np.float32(weight) * crf.transitions

    # -- persistence -------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        arrays = {
            "kind": array_of(KIND),
            "weight": np.array(self.weight, dtype=np.float32),
            "meta": array_of(json.dumps(self.meta, ensure_ascii=False)),
            **self.crf.arrays("crf."),
            **self.neural.arrays("neural."),
        }
        np.savez_compressed(path, **arrays)  # type: ignore[arg-type]

    @classmethod
    def from_arrays(cls, npz: Mapping[str, np.ndarray]) -> EnsembleModel:
        if "kind" not in npz or text_of(npz["kind"]) != KIND:
            raise ModelError(f"not a {KIND} NER model")
        return cls(
            CrfModel.from_arrays(npz, "crf."),
            NeuralModel.from_arrays(npz, "neural."),
            float(npz["weight"]),
            json.loads(text_of(npz["meta"])),
        )

    @classmethod
    def load(cls, path: str | Path) -> EnsembleModel:
        return load_model(path, cls.from_arrays)

    # -- tagging -----------------------------------------------------------------------
    def emissions(self, batch: list[list[str]]) -> np.ndarray:
        """(sentences, longest, labels) summed label scores, sentences longest first."""
        scores = self.neural.emissions(batch)
        crf = self.crf.batch_emissions(batch)
        if self.weight != 1.0:
            crf *= np.float32(self.weight)
        scores += crf
        return scores

    def tag(self, sentences: Iterable[list[str]], batch_tokens: int = 4000) -> list[list[str]]:
        start, end = self.neural.w["start"], self.neural.w["end"]

        def decode(batch: list[list[str]]) -> list[list[int]]:
            lengths = np.array([len(s) for s in batch])
            return viterbi(self.emissions(batch), lengths, self.trans, start, end)

        return tag_batches(list(sentences), self.labels, decode, batch_tokens)
