"""Score the CRF and a neural tagger combined (product of experts) on the ANERcorp dev split.

    python -m training.ner_ensemble NEURAL.npz [--crf CRF.npz] [--weight 1.0 ...]

Both models are linear-chain CRFs over the same nine labels, so their sum is one too: label
scores = neural + weight × CRF state scores, transitions = neural + weight × CRF, decoded by
the neural model's Viterbi. No training; measured in MODEL_CARD.md ("Neural tagger"). Not
what `get_tagger` runs: an experiment kept so the figures can be reproduced.
"""

from __future__ import annotations

import argparse
import copy
import sys
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from marsad.extract.ner import data as corpora
from marsad.extract.ner.conll import format_score, score
from marsad.extract.ner.model import CrfModel
from marsad.extract.ner.neural import NeuralModel
from marsad.extract.ner.tagger import DEFAULT_MODEL
from training.ner import DATA


class ProductTagger:
    """CRF + weight × neural scores, one Viterbi; `tag` like the other taggers."""

    def __init__(self, crf: CrfModel, neural: NeuralModel, weight: float = 1.0) -> None:
        if list(crf.labels) != list(neural.labels):
            raise ValueError("the two models label differently")
        self.crf, self.weight, self.labels = crf, weight, neural.labels
        self.neural = copy.copy(neural)  # shares weights and word-type cache, not transitions
        self.neural.w = {**neural.w, "trans": neural.w["trans"] + weight * crf.transitions}

    def tag(self, sentences: Iterable[list[str]], batch: int = 64) -> list[list[str]]:
        sentences = list(sentences)
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        for k in range(0, len(order), batch):  # longest first, as the neural model needs
            chunk = order[k : k + batch]
            tokens = [sentences[i] for i in chunk]
            scores = self.neural.emissions(tokens).copy()
            for b, s in enumerate(tokens):
                scores[b, : len(s)] += self.weight * self.crf.emissions(s)
            paths = self.neural.viterbi(scores, np.array([len(s) for s in tokens]))
            for i, path in zip(chunk, paths, strict=True):
                out[i] = [self.labels[j] for j in path]
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("neural", type=Path)
    ap.add_argument("--crf", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--weight", type=float, action="append", help="CRF weight (repeatable)")
    args = ap.parse_args(argv)
    path = args.data / "anercorp" / "train.txt"
    if not path.exists():
        print(f"{path} is missing: nothing to score", file=sys.stderr)
        return 2
    _, dev = corpora.split_anercorp(corpora.read_anercorp(path))
    crf, neural = CrfModel.load(args.crf), NeuralModel.load(args.neural)
    for weight in args.weight or [1.0]:
        tagger = ProductTagger(crf, neural, weight)
        result = score([tags for _, tags in dev], tagger.tag([tokens for tokens, _ in dev]))
        print(f"CRF weight {weight}")
        print(format_score(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
