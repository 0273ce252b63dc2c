"""Viterbi over the nine IOB2 labels for a batch of sentences, shared by every numpy tagger.

Sentences come longest first and padded: at step t only the first `active[t]` rows are still
inside their sentence, so a row's scores stop changing when its sentence ends and the walk
back picks it up at its own end.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def longest_first_batches(lengths: list[int], batch_tokens: int) -> list[list[int]]:
    """Indexes of the non-empty sentences, longest first, in batches of about `batch_tokens`
    padded tokens (sentences of similar length share a batch)."""
    order = sorted((i for i, n in enumerate(lengths) if n), key=lambda i: -lengths[i])
    out, k = [], 0
    while k < len(order):
        stop = k + 1
        while stop < len(order) and lengths[order[k]] * (stop + 1 - k) <= batch_tokens:
            stop += 1
        out.append(order[k:stop])
        k = stop
    return out


def active_rows(lengths: np.ndarray, longest: int) -> np.ndarray:
    """For each step t, how many of the (longest-first) sentences are longer than t."""
    return np.searchsorted(-lengths, -np.arange(longest), side="left")


def viterbi(
    scores: np.ndarray,
    lengths: np.ndarray,
    trans: np.ndarray,
    start: np.ndarray | None = None,
    end: np.ndarray | None = None,
) -> list[list[int]]:
    """Best label paths; `scores` (B, T, labels) of sentences `lengths` long, longest first;
    `trans[a, b]` scores label a followed by b; `start`/`end` score the first/last label."""
    size, longest, _ = scores.shape
    active = active_rows(lengths, longest)
    trans3 = trans[None]
    best = scores[:, 0] + start if start is not None else scores[:, 0].copy()
    back = np.zeros(scores.shape, dtype=np.intp)
    for t in range(1, longest):
        n = active[t]
        cand = best[:n, :, None] + trans3
        back[:n, t] = cand.argmax(axis=1)
        best[:n] = cand.max(axis=1) + scores[:n, t]
    current = (best + end if end is not None else best).argmax(axis=1)
    path = np.zeros((size, longest), dtype=np.intp)
    for t in range(longest - 1, 0, -1):  # a sentence joins the walk back at its end
        n = active[t]
        path[:n, t] = current[:n]
        current[:n] = back[np.arange(n), t, current[:n]]
    path[:, 0] = current
    return [p[:n] for p, n in zip(path.tolist(), lengths.tolist(), strict=True)]


def tag_batches(
    sentences: list[list[str]],
    labels: list[str],
    decode: Callable[[list[list[str]]], list[list[int]]],
    batch_tokens: int,
) -> list[list[str]]:
    """Tags of every sentence: `decode` labels one longest-first batch at a time."""
    out: list[list[str]] = [[] for _ in sentences]
    for chunk in longest_first_batches([len(s) for s in sentences], batch_tokens):
        paths = decode([sentences[i] for i in chunk])
        for i, path in zip(chunk, paths, strict=True):
            out[i] = [labels[j] for j in path]
    return out
