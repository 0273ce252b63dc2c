"""The bundled NER model: a linear-chain CRF (trained with CRFsuite) decoded here with numpy.

The file is one `.npz`: the attribute names, their weight rows (one column per label), the
label-to-label transition weights and the feature tables (word clusters, gazetteer flags).
Decoding needs no CRFsuite: each word type's contribution at each window offset is summed
once and cached, a sentence's emission scores are five shifted slices of those rows, and
Viterbi runs over the nine IOB2 labels.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from marsad.errors import ModelError
from marsad.extract.ner.features import BOS, EOS, OFFSETS, Resources, prefixed, word_attributes

_CACHE_LIMIT = 300_000  # word types kept; the cache is emptied when it grows past this


def _text(array: np.ndarray) -> str:
    return bytes(array.tobytes()).decode("utf-8")


def _array(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


class CrfModel:
    """Weights + feature tables; `tag` labels pre-tokenised sentences."""

    def __init__(
        self,
        labels: list[str],
        attributes: list[str],
        weights: np.ndarray,
        transitions: np.ndarray,
        resources: Resources,
        meta: dict[str, object] | None = None,
    ) -> None:
        self.labels = labels
        self.index = {a: i for i, a in enumerate(attributes)}
        self.weights = weights.astype(np.float32)
        self.transitions = transitions.astype(np.float32)
        self.resources = resources
        self.meta = meta or {}
        self._rows: dict[str, np.ndarray] = {}

    # -- persistence -------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        attributes = sorted(self.index, key=self.index.__getitem__)
        np.savez_compressed(
            path,
            labels=_array("\n".join(self.labels)),
            attributes=_array("\n".join(attributes)),
            weights=self.weights.astype(np.float16),
            transitions=self.transitions,
            clusters=_array(json.dumps(self.resources.clusters, ensure_ascii=False)),
            gazetteer=_array(json.dumps(self.resources.gazetteer, ensure_ascii=False)),
            meta=_array(json.dumps(self.meta, ensure_ascii=False)),
        )

    @classmethod
    def load(cls, path: str | Path) -> CrfModel:
        try:
            with np.load(path, allow_pickle=False) as npz:
                res = Resources(
                    json.loads(_text(npz["clusters"])), json.loads(_text(npz["gazetteer"]))
                )
                return cls(
                    _text(npz["labels"]).split("\n"),
                    _text(npz["attributes"]).split("\n"),
                    npz["weights"],
                    npz["transitions"],
                    res,
                    json.loads(_text(npz["meta"])),
                )
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot load NER model {path}: {exc}") from exc

    # -- decoding ----------------------------------------------------------------------
    def _type_rows(self, token: str) -> np.ndarray:
        """Scores this word type adds to the token at each offset: (len(OFFSETS), labels)."""
        rows = self._rows.get(token)
        if rows is not None:
            return rows
        by_offset = word_attributes(token, self.resources)
        rows = np.zeros((len(OFFSETS), len(self.labels)), dtype=np.float32)
        for k, offset in enumerate(OFFSETS):
            ids = [
                self.index[a]
                for a in prefixed(by_offset.get(offset, []), offset)
                if a in self.index
            ]
            if ids:
                rows[k] = self.weights[ids].sum(axis=0)
        if len(self._rows) >= _CACHE_LIMIT:
            self._rows.clear()
        self._rows[token] = rows
        return rows

    def emissions(self, tokens: list[str]) -> np.ndarray:
        """(n, labels) state scores of a sentence."""
        n = len(tokens)
        stack = np.stack([self._type_rows(t) for t in (BOS, BOS, *tokens, EOS, EOS)])
        out = np.zeros((n, len(self.labels)), dtype=np.float32)
        for k, offset in enumerate(OFFSETS):
            out += stack[2 + offset : 2 + offset + n, k]
        return out

    def viterbi(self, scores: np.ndarray) -> list[int]:
        n = len(scores)
        back = np.zeros((n, len(self.labels)), dtype=np.intp)
        best = scores[0].copy()
        trans = self.transitions
        for t in range(1, n):
            cand = best[:, None] + trans
            back[t] = cand.argmax(axis=0)
            best = cand.max(axis=0) + scores[t]
        path = [int(best.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        return path[::-1]

    def tag(self, sentences: Iterable[list[str]]) -> list[list[str]]:
        labels = self.labels
        out: list[list[str]] = []
        for tokens in sentences:
            if not tokens:
                out.append([])
                continue
            out.append([labels[i] for i in self.viterbi(self.emissions(tokens))])
        return out
