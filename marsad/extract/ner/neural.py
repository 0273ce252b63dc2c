"""The neural NER tagger run by numpy: char-CNN + word vectors → BiLSTM → CRF.

Trained with torch (training/ner_neural.py) and exported to one `.npz`; nothing here needs
torch. A word type's input vector (word and stem vectors, max-pooled char-CNN features, flags
from `lexical.py`) is computed once, projected on both LSTM directions' gates and cached.
All sentences handed to `tag` (a document's) run together: sorted by length, padded, both
LSTM directions stepped side by side as one batched matrix product per time
step, then Viterbi over the nine IOB2 labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

import numpy as np
from threadpoolctl import ThreadpoolController

from marsad.errors import ModelError
from marsad.extract.ner.decode import active_rows, tag_batches, viterbi
from marsad.extract.ner.lexical import FLAGS, PAD, Lexicon, type_inputs
from marsad.extract.ner.npz import array_of, load_model, text_of

KIND = "bilstm-crf"


@cache
def _blas() -> ThreadpoolController:
    return ThreadpoolController()


_CACHE_LIMIT = 50_000  # word types whose gate inputs are kept (8H floats each)
# arrays of the file, all float32 at run time (stored as float16 where marked)
_WEIGHTS = (
    "word_vectors",  # (words, dw)            float16
    "char_vectors",  # (chars, dc)
    "conv_w",  # (width · dc, filters)
    "conv_b",  # (filters,)
    "w_ih",  # (2, inputs, 4H)                 float16; gates i f g o (torch order)
    "w_hh",  # (2, H, 4H)                      float16
    "b",  # (2, 4H)
    "out_w",  # (2H, labels)
    "out_b",  # (labels,)
    "trans",  # (labels, labels) from → to
    "start",  # (labels,)
    "end",  # (labels,)
)
_HALF = {"word_vectors", "w_ih", "w_hh"}


class NeuralModel:
    """Weights + lexicon; `tag` labels pre-tokenised sentences."""

    def __init__(
        self,
        labels: list[str],
        lexicon: Lexicon,
        weights: dict[str, np.ndarray],
        meta: dict[str, object] | None = None,
    ) -> None:
        missing = [k for k in _WEIGHTS if k not in weights]
        if missing:
            raise ModelError(f"NER model lacks {', '.join(missing)}")
        self.labels = labels
        self.lexicon = lexicon
        self.w = {k: np.ascontiguousarray(weights[k], dtype=np.float32) for k in _WEIGHTS}
        self.meta = meta or {}
        self.hidden = self.w["w_hh"].shape[1]
        self.width = self.w["conv_w"].shape[0] // self.w["char_vectors"].shape[1]
        dims = self.w["word_vectors"].shape[1] * 2 + self.w["conv_w"].shape[1] + len(FLAGS)
        if self.w["w_ih"].shape[1] != dims:
            raise ModelError(f"NER model input size {self.w['w_ih'].shape[1]} != {dims}")
        # (inputs, 2 · 4H): both directions' input projections in one product
        self._w_in = np.concatenate([self.w["w_ih"][0], self.w["w_ih"][1]], axis=1)
        self._b_in = np.concatenate([self.w["b"][0], self.w["b"][1]])
        # gates reordered i f g o (torch) → i f o g: one sigmoid over a contiguous slice
        h = self.hidden
        gate_order = np.r_[0 : 2 * h, 3 * h : 4 * h, 2 * h : 3 * h]
        # and the sigmoid gates (i f o) scaled by 1/2: one tanh over all four gates
        scale = np.ones(4 * h, dtype=np.float32)
        scale[: 3 * h] = 0.5
        both = np.concatenate([gate_order, gate_order + 4 * h])
        self._w_in = self._w_in[:, both] * np.tile(scale, 2)
        self._b_in = self._b_in[both] * np.tile(scale, 2)
        self._w_hh = np.ascontiguousarray(self.w["w_hh"][:, :, gate_order] * scale)
        # what each character adds to each filter at each window position: (width, chars,
        # filters); the PAD character's vector is zero, so padding adds nothing
        dc = self.w["char_vectors"].shape[1]
        self._char_conv = np.stack(
            [
                self.w["char_vectors"] @ self.w["conv_w"][k * dc : (k + 1) * dc]
                for k in range(self.width)
            ]
        )
        self._rows: dict[str, int] = {}  # word type → row of _table: its projected input
        # reserved, not filled: pages are only touched as rows are written (no copies)
        self._table = np.empty((_CACHE_LIMIT, self._w_in.shape[1]), dtype=np.float32)

    # -- persistence -------------------------------------------------------------------
    def arrays(self, prefix: str = "") -> dict[str, np.ndarray]:
        """The model as named arrays (an .npz's contents; `prefix` before every name)."""
        lex = self.lexicon
        arrays = {
            "kind": array_of(KIND),
            "labels": array_of("\n".join(self.labels)),
            "words": array_of("\n".join(sorted(lex.words, key=lex.words.__getitem__))),
            "chars": array_of("".join(sorted(lex.chars, key=lex.chars.__getitem__))),
            "gazetteer": array_of(json.dumps(lex.gazetteer, ensure_ascii=False)),
            "meta": array_of(json.dumps(self.meta, ensure_ascii=False)),
        }
        for k, v in self.w.items():
            arrays[k] = v.astype(np.float16 if k in _HALF else np.float32)
        return {prefix + k: v for k, v in arrays.items()}

    @classmethod
    def from_arrays(cls, npz: Mapping[str, np.ndarray], prefix: str = "") -> NeuralModel:
        if prefix + "kind" not in npz or text_of(npz[prefix + "kind"]) != KIND:
            raise ModelError(f"not a {KIND} NER model")
        words = text_of(npz[prefix + "words"]).split("\n")
        lexicon = Lexicon(
            {w: i for i, w in enumerate(words)},
            {c: i for i, c in enumerate(text_of(npz[prefix + "chars"]))},
            json.loads(text_of(npz[prefix + "gazetteer"])),
        )
        weights = {k: npz[prefix + k] for k in _WEIGHTS if prefix + k in npz}
        labels = text_of(npz[prefix + "labels"]).split("\n")
        return cls(labels, lexicon, weights, json.loads(text_of(npz[prefix + "meta"])))

    def save(self, path: str | Path) -> None:
        np.savez_compressed(path, **self.arrays())  # type: ignore[arg-type]

    @classmethod
    def load(cls, path: str | Path) -> NeuralModel:
        return load_model(path, cls.from_arrays)

    # -- word types ----------------------------------------------------------------------
    def _char_features(self, ids: list[list[int]]) -> np.ndarray:
        """Max-pooled char-CNN features, (types, filters), for character id lists: the
        convolution is a sum of `width` lookups in the per-character tables `_char_conv`."""
        longest = max(len(c) for c in ids)
        half = self.width // 2
        grid = np.full((len(ids), longest + 2 * half), PAD, dtype=np.intp)
        for i, c in enumerate(ids):
            grid[i, half : half + len(c)] = c
        tables = self._char_conv
        conv = tables[0][grid[:, :longest]]  # (types, chars, filters)
        for k in range(1, self.width):
            conv += tables[k][grid[:, k : k + longest]]
        lengths = np.fromiter((len(c) for c in ids), dtype=np.intp, count=len(ids))
        conv[np.arange(longest)[None, :] >= lengths[:, None]] = -np.inf
        return conv.max(axis=1) + self.w["conv_b"]

    def _type_rows(self, tokens: list[str]) -> np.ndarray:
        """Rows of the type table for `tokens`, computing the types not seen yet."""
        rows = self._rows
        new = [t for t in dict.fromkeys(tokens) if t not in rows]
        if len(rows) + len(new) > len(self._table):  # start afresh, rows are reused
            rows.clear()
            new = list(dict.fromkeys(tokens))
            if len(new) > len(self._table):
                self._table = np.empty((len(new), self._w_in.shape[1]), dtype=np.float32)
        if new:
            inputs = [type_inputs(t, self.lexicon) for t in new]
            word = self.w["word_vectors"]
            flags = np.zeros((len(new), len(FLAGS)), dtype=np.float32)
            for i, x in enumerate(inputs):
                flags[i, x.flags] = 1.0
            features = np.concatenate(
                [
                    word[[x.word for x in inputs]],
                    word[[x.stem for x in inputs]],
                    self._char_features([x.chars for x in inputs]),
                    flags,
                ],
                axis=1,
            )
            first = len(rows)
            block = self._table[first : first + len(new)]
            np.matmul(features, self._w_in, out=block)
            block += self._b_in
            rows.update((t, first + i) for i, t in enumerate(new))
        return np.fromiter((rows[t] for t in tokens), dtype=np.intp, count=len(tokens))

    # -- sentences -----------------------------------------------------------------------
    def emissions(self, batch: list[list[str]]) -> np.ndarray:
        """(sentences, longest, labels) label scores of non-empty sentences, longest first
        (each step only advances the sentences that have not ended), padded with zeros.
        BLAS runs on one thread: for products this small more threads only wait on each
        other (unpinned on a busy 2-core machine the whole pipeline ran 7x slower)."""
        with _blas().limit(limits=1, user_api="blas"):
            return self._emissions(batch)

    def _emissions(self, batch: list[list[str]]) -> np.ndarray:
        size, longest, h = len(batch), len(batch[0]), self.hidden
        lengths = np.array([len(s) for s in batch])
        active = active_rows(lengths, longest)
        rows = self._type_rows([t for s in batch for t in s])  # may grow the table
        # forward reads position t, backward reads len-1-t: each sentence reversed in place,
        # so both directions start at step 0 and a sentence leaves both when it ends
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        steps = np.arange(longest)
        valid = steps[None, :] < lengths[:, None]  # (B, T)
        rev = np.where(valid, lengths[:, None] - 1 - steps[None, :], 0)
        x = np.empty((longest, 2, size, 4 * h), dtype=np.float32)
        x[:, 0] = self._table[rows[np.where(valid, starts[:, None] + steps, 0).T], : 4 * h]
        x[:, 1] = self._table[rows[(starts[:, None] + rev).T], 4 * h :]
        w_hh = self._w_hh
        cs = np.zeros((2, size, h), dtype=np.float32)
        out = np.zeros((longest, 2, size, h), dtype=np.float32)
        gates = np.empty(2 * size * 4 * h, dtype=np.float32)
        tmp = np.empty(2 * size * h, dtype=np.float32)
        for t in range(longest):
            n = active[t]  # contiguous buffers for the n live rows of both directions
            g = gates[: 2 * n * 4 * h].reshape(2, n, 4 * h)
            ig = tmp[: 2 * n * h].reshape(2, n, h)
            c = cs[:, :n]
            if t:
                np.matmul(out[t - 1, :, :n], w_hh, out=g)
                g += x[t, :, :n]
            else:  # h and c start at zero
                g[...] = x[0]
            # i f o columns are pre-scaled by 1/2: sigmoid(z) = tanh(z/2)/2 + 1/2
            np.tanh(g, out=g)
            sig = g[..., : 3 * h]
            sig *= 0.5
            sig += 0.5
            c *= g[..., h : 2 * h]
            np.multiply(g[..., :h], g[..., 3 * h :], out=ig)
            c += ig
            np.tanh(c, out=ig)
            np.multiply(g[..., 2 * h : 3 * h], ig, out=out[t, :, :n])
        # back to positions: forward output at t, backward output at len-1-t
        out_w = self.w["out_w"]
        scores = out[:, 0].transpose(1, 0, 2) @ out_w[:h]
        scores += out[rev, 1, np.arange(size)[:, None]] @ out_w[h:]
        scores += self.w["out_b"]
        return scores

    def viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Best label paths of longest-first sentences (see decode.viterbi)."""
        return viterbi(scores, lengths, self.w["trans"], self.w["start"], self.w["end"])

    def tag(self, sentences: Iterable[list[str]], batch_tokens: int = 4000) -> list[list[str]]:
        def decode(batch: list[list[str]]) -> list[list[int]]:
            return self.viterbi(self.emissions(batch), np.array([len(s) for s in batch]))

        return tag_batches(list(sentences), self.labels, decode, batch_tokens)
