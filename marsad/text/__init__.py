"""Arabic text layer: normalisation, tokens with offsets, quote marks, sentences."""

from marsad.text.marks import Region, quoted_regions
from marsad.text.normalize import (
    arabic_ratio,
    ascii_digits,
    normalize,
    normalize_phrase,
    normalize_with_offsets,
)
from marsad.text.sentences import sentences, split_clauses, split_paragraphs, split_sentences
from marsad.text.tokens import Token, iter_tokens, proclitic_stems, tokenize

__all__ = [
    "Region",
    "Token",
    "arabic_ratio",
    "ascii_digits",
    "iter_tokens",
    "normalize",
    "normalize_phrase",
    "normalize_with_offsets",
    "proclitic_stems",
    "quoted_regions",
    "sentences",
    "split_clauses",
    "split_paragraphs",
    "split_sentences",
    "tokenize",
]
