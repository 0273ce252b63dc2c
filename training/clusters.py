"""Word clusters from unlabeled news: PPMI co-occurrence → truncated SVD → k-means.

Words (normalised, proclitics kept) that appear at least `min_count` times are described by
the words seen one and two positions to their left and right (separately), weighted by
positive PMI, reduced to `dim` dimensions by a randomised SVD and grouped by spherical k-means
at several granularities. A word's cluster ids ("17:230:911", coarse to fine) are NER features
that reach the names the labeled data never shows. numpy only; deterministic (fixed seeds).
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from marsad.text.normalize import normalize
from marsad.text.tokens import ARABIC_LETTERS, DIGITS

LOG = logging.getLogger(__name__)
_WORD = re.compile(rf"[{ARABIC_LETTERS}]+|[{DIGITS}]+|[A-Za-z]+|[^\s]")


def corpus_tokens(path: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Normalised tokens of each article of a jsonl.gz corpus (title and text)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if limit is not None and n >= limit:
                break
            record = json.loads(line)
            text = f"{record.get('title') or ''}\n{record.get('text') or ''}"
            yield [normalize(t) for t in _WORD.findall(text)]


def build_clusters(
    paths: list[Path],
    extra_docs: list[list[str]] | None = None,
    sizes: tuple[int, ...] = (64, 256, 1024),
    min_count: int = 3,
    max_words: int = 60_000,
    n_contexts: int = 2_500,
    dim: int = 100,
    seed: int = 13,
) -> dict[str, str]:
    """word → "id1:id2:..." (one cluster id per size).

    `extra_docs`: more tokenised text (the labeled corpora's training sentences, read as
    plain text), normalised here."""
    docs = [doc for path in paths for doc in corpus_tokens(path)]
    docs += [[normalize(t) for t in doc] for doc in extra_docs or []]
    counts = Counter(t for doc in docs for t in doc)
    vocab = [w for w, c in counts.most_common(max_words) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    LOG.info("%d documents, %d tokens, %d words clustered", len(docs), counts.total(), len(vocab))
    ids = np.fromiter((index.get(t, -1) for doc in docs for t in [*doc, "\n"]), dtype=np.int64)
    matrix = _cooccurrence(ids, len(vocab), n_contexts)
    vectors = _svd(_ppmi(matrix), dim, seed)
    labels = [_kmeans(vectors, k, seed + k) for k in sizes]
    return {w: ":".join(str(lab[i]) for lab in labels) for i, w in enumerate(vocab)}


def _cooccurrence(ids: np.ndarray, n_words: int, n_contexts: int) -> np.ndarray:
    """Counts of (word, context word at offset -2, -1, +1, +2): n_words × 4·n_contexts."""
    matrix = np.zeros((n_words, 4 * n_contexts), dtype=np.float32)
    for slot, shift in enumerate((-2, -1, 1, 2)):
        if shift > 0:
            words, ctx = ids[:-shift], ids[shift:]
        else:
            words, ctx = ids[-shift:], ids[:shift]
        keep = (words >= 0) & (ctx >= 0) & (ctx < n_contexts)
        key = words[keep] * n_contexts + ctx[keep]
        uniq, freq = np.unique(key, return_counts=True)
        rows, cols = np.divmod(uniq, n_contexts)
        matrix[rows, slot * n_contexts + cols] = freq
    return matrix


def _ppmi(matrix: np.ndarray) -> np.ndarray:
    total = matrix.sum()
    rows = matrix.sum(axis=1, keepdims=True) + 1e-9
    cols = matrix.sum(axis=0, keepdims=True) ** 0.75  # context smoothing
    cols *= matrix.sum() / (cols.sum() + 1e-9)
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(matrix * total / (rows * cols + 1e-9))
    pmi[~np.isfinite(pmi)] = 0.0
    return np.maximum(pmi, 0.0, out=pmi)


def _svd(matrix: np.ndarray, dim: int, seed: int) -> np.ndarray:
    """Rows projected on the top `dim` singular directions, scaled, L2-normalised."""
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((matrix.shape[1], dim + 20)).astype(np.float32)
    for _ in range(2):  # power iterations sharpen the subspace
        sketch = matrix @ (matrix.T @ np.linalg.qr(sketch)[0])
    basis = np.linalg.qr(sketch)[0]
    u, s, _ = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    vectors = (basis @ u[:, :dim]) * np.sqrt(s[:dim])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-9)


def _kmeans(vectors: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Spherical k-means (cosine) with k-means++-like seeding from frequent words."""
    rng = np.random.default_rng(seed)
    k = min(k, len(vectors))
    centers = vectors[rng.choice(min(len(vectors), 20 * k), size=k, replace=False)].copy()
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(vectors @ centers.T, axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        filled = norms[:, 0] > 0  # an emptied cluster keeps its old centre
        centers[filled] = sums[filled] / norms[filled]
    return labels
