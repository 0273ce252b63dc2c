"""Word vectors for the neural NER tagger: skip-gram (gensim word2vec) on unlabeled text.

Text: the ANT news corpus (Apache-2.0) and the running text of the extra labeled corpora
(AQMAR, WikiFANE, CC BY-SA; their labels unused). ANERcorp is left out so the vectors are the
same whatever part of it is held out. Words are marsad-normalised tokens (`corpus_tokens`),
proclitics kept: "وبغداد" has its own vector and the tagger also looks up its stem "بغداد".

gensim is a training-only dependency (`pip install .[training]`). One worker thread, a fixed
seed and a string hash that does not depend on PYTHONHASHSEED make the vectors deterministic.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path

import numpy as np

from marsad.extract.ner.conll import Sentence
from marsad.text.normalize import normalize
from training.clusters import corpus_tokens

LOG = logging.getLogger(__name__)
CORPUS_FILES = {"ant": "ant.jsonl.gz", "saudinewsnet": "saudinewsnet.jsonl.gz"}


def embedding_text(
    data: Path, corpora: tuple[str, ...], labeled: list[Sentence]
) -> list[list[str]]:
    """Tokenised documents: the unlabeled `corpora` articles and the labeled sentences."""
    docs: list[list[str]] = []
    for name in corpora:
        docs.extend(corpus_tokens(data / "corpus" / CORPUS_FILES[name]))
    docs.extend([normalize(t) for t in tokens] for tokens, _ in labeled)
    return docs


def _hash(text: str) -> int:
    """gensim seeds each word's initial vector with this (Python's hash() varies by run)."""
    return zlib.crc32(text.encode("utf-8"))


def train_vectors(
    docs: list[list[str]],
    dim: int = 100,
    window: int = 5,
    min_count: int = 3,
    epochs: int = 10,
    max_words: int = 80_000,
    seed: int = 13,
    workers: int = 1,
) -> tuple[list[str], np.ndarray]:
    """(words by frequency, vectors (words, dim) float32, L2-normalised rows)."""
    from gensim.models import Word2Vec

    model = Word2Vec(
        sentences=docs,
        vector_size=dim,
        window=window,
        min_count=min_count,
        sg=1,
        negative=10,
        sample=1e-4,
        epochs=epochs,
        seed=seed,
        workers=workers,
        hashfxn=_hash,
        max_final_vocab=max_words,
    )
    words = list(model.wv.index_to_key)
    vectors = np.asarray(model.wv.vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    LOG.info("word2vec: %d words × %d dims", len(words), dim)
    return words, vectors / np.maximum(norms, 1e-9)


def cached_vectors(
    cache: Path, data: Path, corpora: tuple[str, ...], labeled: list[Sentence], **kw: int
) -> tuple[list[str], np.ndarray]:
    """`train_vectors` once; the result is kept in `cache` (an .npz) for later runs."""
    if cache.is_file():
        with np.load(cache, allow_pickle=False) as npz:
            return npz["words"].tolist(), npz["vectors"]
    words, vectors = train_vectors(embedding_text(data, corpora, labeled), **kw)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, words=np.array(words), vectors=vectors)
    return words, vectors
