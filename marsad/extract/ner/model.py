"""The bundled NER model: a linear-chain CRF (trained with CRFsuite) decoded here with numpy.

The file is one `.npz`: the attribute names, their weights (one block of offsets × labels per
attribute: "w=X" seen at -1 is the attribute's row for offset -1), the label-to-label
transition weights and the feature tables (word clusters, gazetteer flags). Decoding needs no
CRFsuite: a word type's contribution at every window offset is one summed block, computed once
and cached; a sentence's emission scores are five shifted slices of those blocks, and Viterbi
runs over the nine IOB2 labels.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from marsad.errors import ModelError
from marsad.extract.ner.features import (
    BOS,
    EOS,
    OFFSETS,
    Resources,
    pair_attribute,
    pair_key,
    word_attributes,
)

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
        weights: np.ndarray,  # (attributes, offsets, labels)
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
        self._rows: dict[str, tuple[np.ndarray, str]] = {}
        self._zeros = np.zeros(self.weights.shape[1:], dtype=np.float32)
        self._pair_offsets = [OFFSETS.index(0), OFFSETS.index(-1)]

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
    def _type_rows(self, token: str) -> tuple[np.ndarray, str]:
        """Scores this word type adds at each offset, (len(OFFSETS), labels), and its pair key."""
        cached = self._rows.get(token)
        if cached is not None:
            return cached
        index = self.index
        attrs = word_attributes(token, self.resources).values()
        names = dict.fromkeys(a for group in attrs for a in group)  # ordered: same sums each run
        ids = [index[a] for a in names if a in index]
        # an attribute never seen at an offset has zero weights there: one sum covers all
        rows = self.weights[ids].sum(axis=0) if ids else self._zeros
        if len(self._rows) >= _CACHE_LIMIT:
            self._rows.clear()
        cached = self._rows[token] = (rows, pair_key(token))
        return cached

    def _pair_rows(self, keys: list[str]) -> np.ndarray:
        """(len(keys) - 1, labels, 2): what each adjacent pair adds to its left and right word."""
        index, weights = self.index, self.weights
        out = np.zeros((len(keys) - 1, 2, len(self.labels)), dtype=np.float32)
        for j in range(len(keys) - 1):
            i = index.get(pair_attribute(keys[j], keys[j + 1]))
            if i is not None:
                out[j] = weights[i, self._pair_offsets]
        return out

    def emissions(self, tokens: list[str]) -> np.ndarray:
        """(n, labels) state scores of a sentence."""
        n = len(tokens)
        cached = [self._type_rows(t) for t in (BOS, BOS, *tokens, EOS, EOS)]
        stack = np.stack([rows for rows, _ in cached])
        out = np.zeros((n, len(self.labels)), dtype=np.float32)
        for k, offset in enumerate(OFFSETS):
            out += stack[2 + offset : 2 + offset + n, k]
        pairs = self._pair_rows([key for _, key in cached[1:-1]])  # BOS, tokens, EOS: n + 1
        out += pairs[1:, 0] + pairs[:-1, 1]
        return out

    def viterbi(self, batch: list[np.ndarray]) -> list[list[int]]:
        """Best label paths of sentences of equal or similar length, decoded side by side."""
        size, longest = len(batch), max(len(e) for e in batch)
        scores = np.zeros((size, longest, len(self.labels)), dtype=np.float32)
        for b, e in enumerate(batch):
            scores[b, : len(e)] = e
        back = np.zeros((size, longest, len(self.labels)), dtype=np.intp)
        best = np.empty_like(scores)
        best[:, 0] = scores[:, 0]
        trans = self.transitions[None]
        for t in range(1, longest):
            cand = best[:, t - 1, :, None] + trans
            back[:, t] = cand.argmax(axis=1)
            best[:, t] = cand.max(axis=1) + scores[:, t]
        ends = np.array([len(e) - 1 for e in batch])
        rows = np.arange(size)
        last = best[rows, ends].argmax(axis=1)
        path = np.zeros((size, longest), dtype=np.intp)
        current = np.zeros(size, dtype=np.intp)
        for t in range(longest - 1, -1, -1):  # walk back; a sentence joins at its own end
            ending = ends == t
            current[ending] = last[ending]
            path[:, t] = current
            if t:
                current = back[rows, t, current]
        return [p[: end + 1] for p, end in zip(path.tolist(), ends.tolist(), strict=True)]

    def tag(self, sentences: Iterable[list[str]], batch_size: int = 64) -> list[list[str]]:
        sentences = list(sentences)
        labels = self.labels
        out: list[list[str]] = [[] for _ in sentences]
        # sentences of similar length share a Viterbi pass (fewer numpy calls per token)
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), batch_size):
            chunk = order[k : k + batch_size]
            paths = self.viterbi([self.emissions(sentences[i]) for i in chunk])
            for i, path in zip(chunk, paths, strict=True):
                out[i] = [labels[j] for j in path]
        return out
