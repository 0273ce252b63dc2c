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
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from marsad.errors import ModelError
from marsad.extract.ner.lexical import FLAGS, PAD, Lexicon, type_inputs

KIND = "bilstm-crf"
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


def _text(array: np.ndarray) -> str:
    return bytes(array.tobytes()).decode("utf-8")


def _array(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    # tanh form: no overflow warnings, one ufunc pass fewer than 1 / (1 + exp(-x))
    return np.tanh(x * 0.5, out=x) * 0.5 + 0.5


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
        self._w_in = self._w_in[:, np.concatenate([gate_order, gate_order + 4 * h])]
        self._b_in = self._b_in[np.concatenate([gate_order, gate_order + 4 * h])]
        self._w_hh = np.ascontiguousarray(self.w["w_hh"][:, :, gate_order])
        self._rows: dict[str, int] = {}  # word type → row of _table: its projected input
        self._table = np.zeros((1024, self._w_in.shape[1]), dtype=np.float32)

    # -- persistence -------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        lex = self.lexicon
        arrays: dict[str, Any] = {
            k: v.astype(np.float16 if k in _HALF else np.float32) for k, v in self.w.items()
        }
        np.savez_compressed(
            path,
            kind=_array(KIND),
            labels=_array("\n".join(self.labels)),
            words=_array("\n".join(sorted(lex.words, key=lex.words.__getitem__))),
            chars=_array("".join(sorted(lex.chars, key=lex.chars.__getitem__))),
            gazetteer=_array(json.dumps(lex.gazetteer, ensure_ascii=False)),
            meta=_array(json.dumps(self.meta, ensure_ascii=False)),
            **arrays,
        )

    @classmethod
    def load(cls, path: str | Path) -> NeuralModel:
        try:
            with np.load(path, allow_pickle=False) as npz:
                if "kind" not in npz or _text(npz["kind"]) != KIND:
                    raise ModelError(f"{path} is not a {KIND} NER model")
                words = _text(npz["words"]).split("\n")
                lexicon = Lexicon(
                    {w: i for i, w in enumerate(words)},
                    {c: i for i, c in enumerate(_text(npz["chars"]))},
                    json.loads(_text(npz["gazetteer"])),
                )
                weights = {k: npz[k] for k in _WEIGHTS if k in npz}
                labels = _text(npz["labels"]).split("\n")
                return cls(labels, lexicon, weights, json.loads(_text(npz["meta"])))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
            raise ModelError(f"cannot load NER model {path}: {exc}") from exc

    # -- word types ----------------------------------------------------------------------
    def _char_features(self, ids: list[list[int]]) -> np.ndarray:
        """Max-pooled char-CNN features, (types, filters), for character id lists."""
        longest = max(len(c) for c in ids)
        grid = np.full((len(ids), longest), PAD, dtype=np.intp)
        for i, c in enumerate(ids):
            grid[i, : len(c)] = c
        emb = self.w["char_vectors"][grid]  # (types, chars, dc); PAD rows are zeros
        half = self.width // 2
        padded = np.pad(emb, ((0, 0), (half, half), (0, 0)))
        windows = np.concatenate([padded[:, k : k + longest] for k in range(self.width)], axis=2)
        conv = windows @ self.w["conv_w"] + self.w["conv_b"]  # (types, chars, filters)
        lengths = np.array([len(c) for c in ids])
        conv[np.arange(longest)[None, :] >= lengths[:, None]] = -np.inf
        return conv.max(axis=1)

    def _type_rows(self, tokens: list[str]) -> np.ndarray:
        """Rows of the type table for `tokens`, computing the types not seen yet."""
        rows = self._rows
        new = list(dict.fromkeys(t for t in tokens if t not in rows))
        if new:
            if len(rows) + len(new) > _CACHE_LIMIT:
                rows.clear()
            inputs = [type_inputs(t, self.lexicon) for t in new]
            word = self.w["word_vectors"]
            flags = np.zeros((len(new), len(FLAGS)), dtype=np.float32)
            for i, x in enumerate(inputs):
                flags[i, x.flags] = 1.0
            block = (
                np.concatenate(
                    [
                        word[[x.word for x in inputs]],
                        word[[x.stem for x in inputs]],
                        self._char_features([x.chars for x in inputs]),
                        flags,
                    ],
                    axis=1,
                )
                @ self._w_in
                + self._b_in
            )
            first = len(rows)
            if first + len(new) > len(self._table):
                grown = np.zeros((2 * (first + len(new)), block.shape[1]), dtype=np.float32)
                grown[:first] = self._table[:first]
                self._table = grown
            self._table[first : first + len(new)] = block
            rows.update((t, first + i) for i, t in enumerate(new))
        return np.fromiter((rows[t] for t in tokens), dtype=np.intp, count=len(tokens))

    # -- sentences -----------------------------------------------------------------------
    def emissions(self, batch: list[list[str]]) -> np.ndarray:
        """(sentences, longest, labels) label scores of non-empty sentences, longest first
        (each step only advances the sentences that have not ended), padded with zeros."""
        size, longest, h = len(batch), len(batch[0]), self.hidden
        lengths = np.array([len(s) for s in batch])
        active = np.searchsorted(-lengths, -np.arange(longest), side="left")  # len > t
        rows = self._type_rows([t for s in batch for t in s])  # may grow the table
        proj = self._table[rows]  # (tokens, 8H)
        # forward reads position t, backward reads len-1-t: each sentence reversed in place,
        # so both directions start at step 0 and a sentence leaves both when it ends
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        steps = np.arange(longest)
        valid = steps[None, :] < lengths[:, None]  # (B, T)
        rev = np.where(valid, lengths[:, None] - 1 - steps[None, :], 0)
        x = np.zeros((longest, 2, size, 4 * h), dtype=np.float32)
        x[:, 0] = proj[np.where(valid, starts[:, None] + steps, 0).T, : 4 * h]
        x[:, 1] = proj[(starts[:, None] + rev).T, 4 * h :]
        w_hh = self._w_hh
        hs = np.zeros((2, size, h), dtype=np.float32)
        cs = np.zeros((2, size, h), dtype=np.float32)
        out = np.zeros((longest, 2, size, h), dtype=np.float32)
        for t in range(longest):
            n = active[t]
            gates = x[t, :, :n] + np.matmul(hs[:, :n], w_hh)  # (2, n, 4H): i f o | g
            sig = _sigmoid(gates[..., : 3 * h])
            c = cs[:, :n]
            c *= sig[..., h : 2 * h]
            c += sig[..., :h] * np.tanh(gates[..., 3 * h :])
            hs[:, :n] = sig[..., 2 * h :] * np.tanh(c)
            out[t, :, :n] = hs[:, :n]
        # back to positions: forward output at t, backward output at len-1-t
        both = np.concatenate(
            [out[:, 0].transpose(1, 0, 2), out[rev, 1, np.arange(size)[:, None]]], axis=2
        )
        return both @ self.w["out_w"] + self.w["out_b"]

    def viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> list[list[int]]:
        """Best label paths; `scores` (B, T, labels) for sentences `lengths` long, longest
        first: a sentence's scores stop changing when it ends."""
        size, longest, _ = scores.shape
        active = np.searchsorted(-lengths, -np.arange(longest), side="left")
        trans = self.w["trans"][None]
        best = scores[:, 0] + self.w["start"]
        back = np.zeros(scores.shape, dtype=np.intp)
        for t in range(1, longest):
            n = active[t]
            cand = best[:n, :, None] + trans
            back[:n, t] = ptr = cand.argmax(axis=1)
            best[:n] = np.take_along_axis(cand, ptr[:, None, :], axis=1)[:, 0] + scores[:n, t]
        current = (best + self.w["end"]).argmax(axis=1)
        path = np.zeros((size, longest), dtype=np.intp)
        for t in range(longest - 1, 0, -1):  # a sentence joins the walk back at its end
            n = active[t]
            path[:n, t] = current[:n]
            current[:n] = back[np.arange(n), t, current[:n]]
        path[:, 0] = current
        return [p[:n] for p, n in zip(path.tolist(), lengths.tolist(), strict=True)]

    def tag(self, sentences: Iterable[list[str]], batch_tokens: int = 4000) -> list[list[str]]:
        sentences = list(sentences)
        labels = self.labels
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: -len(sentences[i]))
        k = 0
        while k < len(order):  # longest first, about batch_tokens padded tokens a batch
            stop = k + 1
            while stop < len(order) and len(sentences[order[k]]) * (stop + 1 - k) <= batch_tokens:
                stop += 1
            chunk = order[k:stop]
            batch = [sentences[i] for i in chunk]
            lengths = np.array([len(s) for s in batch])
            paths = self.viterbi(self.emissions(batch), lengths)
            for i, path in zip(chunk, paths, strict=True):
                out[i] = [labels[j] for j in path]
            k = stop
        return out
