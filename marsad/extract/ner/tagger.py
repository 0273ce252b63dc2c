"""The NER tagger API: `get_tagger(options).tag(sentences)`.

Input: sentences as lists of token strings (marsad's tokens from `marsad.text.tokens.tokenize`,
or a CoNLL file's tokens). Output: one IOB2 tag per token among LABELS. The backend is chosen by
`options.ner_backend`: "crf" (the bundled model, or `options.ner_model` if set: a numpy model
file, the ensemble of ensemble.py, the BiLSTM-CRF of neural.py or the linear CRF of model.py,
told apart by its contents) or
"transformers" (a local fine-tuned token-classification model directory, optional extra).
Taggers are loaded once per (backend, model path) and shared.
"""

from __future__ import annotations

import zipfile
from functools import cache
from pathlib import Path
from typing import Protocol

import numpy as np

from marsad.errors import ModelError
from marsad.extract.ner.data import LABELS, TYPES
from marsad.settings import Options

MODELS_DIR = Path(__file__).resolve().parent.parent.parent / "models"
DEFAULT_MODEL = MODELS_DIR / "ner-ar.npz"

__all__ = ["DEFAULT_MODEL", "LABELS", "TYPES", "Tagger", "get_tagger", "load_tagger"]


class Tagger(Protocol):
    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        """One IOB2 tag (B-PER I-PER B-ORG I-ORG B-LOC I-LOC B-MISC I-MISC O) per token."""
        ...


def get_tagger(options: Options) -> Tagger:
    """The tagger `options` asks for, loaded on first use and cached."""
    return load_tagger(options.ner_backend, options.ner_model)


@cache
def load_tagger(backend: str = "crf", model: str = "") -> Tagger:
    if backend == "crf":
        path = Path(model) if model else DEFAULT_MODEL
        if not path.is_file():
            raise ModelError(f"NER model {path} is not a file")
        return load_numpy_model(path)
    if backend == "transformers":
        if not model:
            raise ModelError("the transformers NER backend needs a model directory (--model PATH)")
        from marsad.extract.ner.transformers_backend import TransformersTagger

        return TransformersTagger(model)
    raise ModelError(f"unknown NER backend {backend!r} (crf or transformers)")


def load_numpy_model(path: Path) -> Tagger:
    """The model in an .npz, told apart by the kind it names: the CRF + BiLSTM-CRF ensemble,
    the BiLSTM-CRF alone, or (no kind: the first format) the linear CRF."""
    from marsad.extract.ner import ensemble, neural
    from marsad.extract.ner.model import CrfModel
    from marsad.extract.ner.npz import text_of

    try:
        with np.load(path, allow_pickle=False) as npz:
            kind = text_of(npz["kind"]) if "kind" in npz.files else ""
    except (OSError, ValueError, UnicodeDecodeError, zipfile.BadZipFile) as exc:
        raise ModelError(f"cannot load NER model {path}: {exc}") from exc
    if kind == ensemble.KIND:
        return ensemble.EnsembleModel.load(path)
    if kind == neural.KIND:
        return neural.NeuralModel.load(path)
    if kind:
        raise ModelError(f"NER model {path} is of an unknown kind {kind!r}")
    return CrfModel.load(path)
