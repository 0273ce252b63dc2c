"""Tokens with offsets.

Arabic words, Latin words and numbers are tokens; every punctuation mark (Arabic quote marks
included) is a token of its own. Proclitics (و ف ب ل ك ال) stay attached in `text` but
`proclitic_stems` lists the readings of a word without them, for lexicon matching.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from marsad.lang import load_lexicon
from marsad.text.normalize import normalize

ARABIC_LETTERS = (
    "\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5-\u06ef\u06fa-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
)
DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
QUOTE_MARKS = '«»“”"„‟‹›'

_TOKEN = re.compile(
    rf"(?P<word>[{ARABIC_LETTERS}]+)"
    rf"|(?P<num>[{DIGITS}]+(?:[.,\u066b\u066c][{DIGITS}]+)*)"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)*)"
    r"|(?P<other>\S)"
)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: str  # word | num | latin | quote | punct
    norm: str

    @property
    def is_word(self) -> bool:
        return self.kind in ("word", "latin")


def iter_tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    """Tokens of `text[start:end]`, offsets relative to `text`."""
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup or "other"
        value = m.group()
        if kind == "other":
            kind = "quote" if value in QUOTE_MARKS else "punct"
        yield Token(value, m.start(), m.end(), kind, normalize(value))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return list(iter_tokens(text, start, end))


@lru_cache(maxsize=1)
def _proclitics() -> tuple[tuple[str, ...], int]:
    data = load_lexicon("clitics")
    prefixes = tuple(sorted({normalize(p) for p in data["proclitics"]}, key=len, reverse=True))
    return prefixes, int(data["min_stem"])


@lru_cache(maxsize=65536)
def proclitic_stems(norm_word: str) -> tuple[str, ...]:
    """Readings of a normalised word without its proclitics, the word itself first.

    "وللوحده" → ("وللوحده", "للوحده", "الوحده", "وحده"); the caller decides which reading a
    lexicon knows. "لل" restores the article it swallowed ("للوحده" → "الوحده").
    """
    prefixes, min_stem = _proclitics()
    readings = [norm_word]
    for prefix in prefixes:
        if norm_word.startswith(prefix) and len(norm_word) - len(prefix) >= min_stem:
            rest = norm_word[len(prefix) :]
            if prefix.endswith("لل"):
                readings.append("ال" + rest)
            readings.append(rest)
    seen: dict[str, None] = dict.fromkeys(readings)
    return tuple(seen)


_BEFORE_ARTICLE = re.compile(r"^(?:[وف]?[بك]?(?=ال)|[وف]?ل(?=ل))")


def article_form(word: str) -> str:
    """A definite word without the proclitics before its article, for display: "للرئيس" →
    "الرئيس", "وبالوزير" → "الوزير". Words whose ال is part of the stem stay ("والي")."""
    m = _BEFORE_ARTICLE.match(word)
    if not m or not m.end():
        return word
    rest = word[m.end() :]
    if rest.startswith("ل") and not rest.startswith("ال"):
        rest = "ا" + rest  # لل swallowed the alef of the article
    return rest if len(normalize(rest)) >= 5 else word
