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
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np

from marsad.extract.ner.decode import tag_batches, viterbi
from marsad.extract.ner.features import (
    BOS,
    EOS,
    OFFSETS,
    Resources,
    pair_attribute,
    pair_key,
    word_attributes,
)
from marsad.extract.ner.npz import array_of, load_model, text_of

_CACHE_LIMIT = 300_000  # word types kept; the cache is emptied when it grows past this
_PAD = "\x00pad"  # the row of padding positions (no token is this string after tokenizing)


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
        self._zeros = np.zeros(self.weights.shape[1:], dtype=np.float32)
        # what a word pair adds to its left word (offset 0) and right word (offset -1); the
        # last row, zeros, for pairs the model does not know
        pair_w = self.weights[:, [OFFSETS.index(0), OFFSETS.index(-1)]]
        self._pair_weights = np.concatenate([pair_w, np.zeros((1, *pair_w.shape[1:]), np.float32)])
        self._reset()

    def _reset(self) -> None:
        """Empty word-type cache: row 0 is padding (zero scores)."""
        self._ids: dict[str, int] = {_PAD: 0}
        self._keys: list[str] = [_PAD]  # pair key of each row
        self._pairs: dict[int, int] = {}  # left row << 32 | right row → pair weights row
        # reserved, not filled: pages are only touched as rows are written (no copies)
        self._table = np.empty((_CACHE_LIMIT, *self._zeros.shape), dtype=np.float32)
        self._table[0] = 0.0

    # -- persistence -------------------------------------------------------------------
    def arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The model as named arrays (an .npz's contents; `prefix` before every name)."""
        attributes = sorted(self.index, key=self.index.__getitem__)
        arrays = {
            "labels": array_of("\n".join(self.labels)),
            "attributes": array_of("\n".join(attributes)),
            "weights": self.weights.astype(np.float16),
            "transitions": self.transitions,
            "clusters": array_of(json.dumps(self.resources.clusters, ensure_ascii=False)),
            "gazetteer": array_of(json.dumps(self.resources.gazetteer, ensure_ascii=False)),
            "meta": array_of(json.dumps(self.meta, ensure_ascii=False)),
        }
        return {prefix + k: v for k, v in arrays.items()}

    @classmethod
    def from_arrays(cls, npz: Mapping[str, np.ndarray], prefix: str = "") -> CrfModel:
        res = Resources(
            json.loads(text_of(npz[prefix + "clusters"])),
            json.loads(text_of(npz[prefix + "gazetteer"])),
        )
        return cls(
            text_of(npz[prefix + "labels"]).split("\n"),
            text_of(npz[prefix + "attributes"]).split("\n"),
            npz[prefix + "weights"],
            npz[prefix + "transitions"],
            res,
            json.loads(text_of(npz[prefix + "meta"])),
        )

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, **self.arrays())  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path) -> CrfModel:
        return load_model(path, cls.from_arrays)

    # -- decoding ----------------------------------------------------------------------
    def _type_block(self, token: str) -> np.ndarray:
        """Scores this word type adds at each offset, (len(OFFSETS), labels)."""
        attrs = word_attributes(token, self.resources).values()
        names = dict.fromkeys(a for group in attrs for a in group)  # ordered: same sums each run
        ids = [i for i in map(self.index.get, names) if i is not None]
        # an attribute never seen at an offset has zero weights there: one sum covers all
        return self.weights[ids].sum(axis=0) if ids else self._zeros

    def _type_ids(self, tokens: list[str]) -> np.ndarray:
        """Rows of the word-type table for `tokens`, computing the types not seen yet."""
        ids = self._ids
        new = [t for t in dict.fromkeys(tokens) if t not in ids]
        if len(ids) + len(new) > len(self._table):  # start afresh (pair rows name type rows)
            self._reset()
            ids, new = self._ids, list(dict.fromkeys(tokens))
            if len(new) >= len(self._table):
                self._table = np.zeros((len(new) + 1, *self._zeros.shape), dtype=np.float32)
        if new:
            first = len(ids)
            self._table[first : first + len(new)] = np.stack([self._type_block(t) for t in new])
            self._keys.extend(pair_key(t) for t in new)
            ids.update((t, first + i) for i, t in enumerate(new))
        return np.fromiter((ids[t] for t in tokens), dtype=np.intp, count=len(tokens))

    def _pair_ids(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """Rows of `_pair_weights` for adjacent type rows (the last row: no such pair)."""
        pairs, index, keys = self._pairs, self.index, self._keys
        if len(pairs) > 4 * _CACHE_LIMIT:
            pairs.clear()
        codes = (left.astype(np.int64) << 32 | right).tolist()  # one int per (left, right)
        rows = list(map(pairs.get, codes))
        none = len(index)
        for j, row in enumerate(rows):
            if row is None:  # first time this pair of types meets
                code = codes[j]
                name = pair_attribute(keys[code >> 32], keys[code & 0xFFFFFFFF])
                rows[j] = pairs[code] = index.get(name, none)
        return np.array(rows, dtype=np.intp)

    def batch_emissions(self, batch: list[list[str]]) -> np.ndarray:
        """(sentences, longest, labels) state scores, padded with zeros."""
        size, longest = len(batch), max(len(s) for s in batch)
        ids = self._type_ids([BOS, EOS, *(t for s in batch for t in s)])
        lengths = np.array([len(s) for s in batch])
        inside = np.arange(longest)[None, :] < lengths[:, None]  # (B, T)
        # (B, T + 4): BOS BOS tokens EOS EOS, then padding (the zero row 0)
        grid = np.zeros((size, longest + 4), dtype=np.intp)
        grid[:, :2] = ids[0]
        grid[:, 2 : 2 + longest][inside] = ids[2:]
        rows_b = np.arange(size)
        grid[rows_b, 2 + lengths] = grid[rows_b, 3 + lengths] = ids[1]
        table = self._table
        out = np.zeros((size, longest, len(self.labels)), dtype=np.float32)
        for k, offset in enumerate(OFFSETS):
            out += table[grid[:, 2 + offset : 2 + offset + longest], k]
        # the pairs BOS|t0, t0|t1 ... t(n-1)|EOS: columns 1..longest+1 of the grid
        left, right = grid[:, 1 : longest + 2], grid[:, 2 : longest + 3]
        pairs = self._pair_ids(left.ravel(), right.ravel()).reshape(left.shape)
        rows = self._pair_weights[pairs]  # (B, T + 1, 2, labels)
        out += rows[:, 1:, 0] + rows[:, :-1, 1]
        out[~inside] = 0.0  # padding keeps zero scores
        return out

    def emissions(self, tokens: list[str]) -> np.ndarray:
        """(n, labels) state scores of a sentence."""
        return self.batch_emissions([tokens])[0, : len(tokens)]

    def tag(self, sentences: Iterable[list[str]], batch_tokens: int = 4000) -> list[list[str]]:
        def decode(batch: list[list[str]]) -> list[list[int]]:
            lengths = np.array([len(s) for s in batch])
            return viterbi(self.batch_emissions(batch), lengths, self.transitions)

        return tag_batches(list(sentences), self.labels, decode, batch_tokens)
