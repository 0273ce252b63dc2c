"""Token features for the NER tagger, computed once per word type.

Every feature depends on ONE token, seen from a relative offset (-2..+2): the model is linear,
so a token's score is the sum of what each word of its window contributes, and the tagger
caches that contribution per (word type, offset). Features read the normalised form
(`marsad.text.normalize`), so alef/yeh/teh-marbuta spellings share weights, and peel the
proclitics (و ب ل ك ال ...) with `proclitic_stems` so "وبغداد" looks like "بغداد".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_stems

OFFSETS = (-2, -1, 0, 1, 2)
BOS, EOS = "<s>", "</s>"

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


@dataclass
class Resources:
    """Tables the features read: word clusters and gazetteer flags, both keyed by normal form."""

    clusters: dict[str, str] = field(default_factory=dict)  # word → "coarse:mid:fine" ids
    gazetteer: dict[str, str] = field(default_factory=dict)  # word → "LOC-S,PER-B,..."


def shape(word: str) -> str:
    """A (Arabic), L (Latin, already lower-cased), D (digits), AD/LD (mixed) or P:<marks>."""
    if _ARABIC.search(word):
        kind = "A"
    elif _LATIN.search(word):
        kind = "L"
    elif _DIGIT.search(word):
        kind = "D"
    else:
        return "P:" + word[:2]
    if _DIGIT.search(word) and kind != "D":
        kind += "D"
    return kind


def _core(token: str) -> tuple[str, bool]:
    """The normalised token without punctuation glued to its edges ("(د" → "د")."""
    norm = normalize(token)
    core = _EDGE_PUNCT.sub("", norm)
    return (core or norm), core != norm and bool(core)


def word_attributes(token: str, res: Resources) -> dict[int, list[str]]:
    """Attributes this token contributes at each offset of the window, by offset."""
    if token in (BOS, EOS):
        return {o: [token] for o in OFFSETS if o != 0}
    core, glued = _core(token)
    stems = proclitic_stems(core) if _ARABIC.match(core) else (core,)
    stem = stems[-1]
    sh = shape(core)
    readings = ["st=" + s for s in stems[1:]]
    clusters = _cluster_attrs(core, stems, res)
    gaz = _gazetteer_attrs(stems, res)
    own = [
        "b",
        "w=" + core,
        "sh=" + sh,
        "len=" + str(min(len(stem), 8)),
        *readings,
        "p1=" + stem[:1],
        "p2=" + stem[:2],
        "p3=" + stem[:3],
        "s1=" + core[-1:],
        "s2=" + core[-2:],
        "s3=" + core[-3:],
        "s4=" + core[-4:],
        "ss2=" + stem[-2:],
        *clusters,
        *gaz,
    ]
    if len(stems) > 1:
        own.append("pre=" + core[: len(core) - len(stem)])
    if glued:
        own.append("glued")
    # an attribute family is either at every offset where it is used or at none, with the
    # same values: the decoder sums a word's attributes once for all offsets
    near = ["w=" + core, *readings, "sh=" + sh, "s2=" + core[-2:], *clusters, *gaz]
    far = ["w=" + core, *clusters[:1], *gaz]
    return {-2: far, -1: near, 0: own, 1: near, 2: far}


def _cluster_attrs(core: str, stems: tuple[str, ...], res: Resources) -> list[str]:
    for reading in stems:
        ids = res.clusters.get(reading)
        if ids is not None:
            return [f"c{n}={c}" for n, c in enumerate(ids.split(":"))]
    return ["c=none"]


def _gazetteer_attrs(stems: tuple[str, ...], res: Resources) -> list[str]:
    for reading in stems:
        flags = res.gazetteer.get(reading)
        if flags:
            return ["g=" + f for f in flags.split(",")]
    return []


def prefixed(attrs: list[str], offset: int) -> list[str]:
    """The model's name for an attribute seen at `offset` ("w=X" at -1 is "-1:w=X")."""
    return attrs if offset == 0 else [f"{offset}:{a}" for a in attrs]


def pair_key(token: str) -> str:
    """What a word brings to a word-pair attribute: its normalised form without proclitics."""
    if token in (BOS, EOS):
        return token
    core = _core(token)[0]
    return proclitic_stems(core)[-1] if _ARABIC.match(core) else core


def pair_attribute(left: str, right: str) -> str:
    """The attribute of two adjacent words (keys from `pair_key`); a token sees the pair it
    starts at offset 0 and the pair it ends at offset -1."""
    return f"p={left}|{right}"


def sentence_attributes(tokens: list[str], res: Resources) -> list[list[str]]:
    """Full attribute lists per token (offset-prefixed), as the trainer sees them."""
    padded = [BOS, BOS, *tokens, EOS, EOS]
    table = {t: word_attributes(t, res) for t in set(padded)}
    keys = [pair_key(t) for t in padded]
    out = []
    for i in range(2, len(padded) - 2):
        attrs: list[str] = []
        for o in OFFSETS:
            attrs.extend(prefixed(table[padded[i + o]].get(o, []), o))
        attrs.append(pair_attribute(keys[i], keys[i + 1]))
        attrs.append("-1:" + pair_attribute(keys[i - 1], keys[i]))
        out.append(attrs)
    return out
