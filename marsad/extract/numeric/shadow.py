"""A folded copy of the text for matching, with a map back to `Document.text` offsets.

Numbers and times are found with a few compiled regexes over a *shadow* of the text: letter
variants folded as `marsad.text.normalize` folds them (أ/إ/آ → ا, ى/ئ → ي, ة → ه, ؤ → و),
Arabic-Indic and Persian digits as ASCII, diacritics, tatweel and invisible marks removed.
Removing characters shifts offsets, so `Shadow.span` maps a shadow match back to the original
text: a span starts at its first kept character and ends before the next kept character, so
trailing tanween ("ألفاً") stays inside it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TypeVar

from marsad.text.normalize import DIACRITICS, INVISIBLE, TATWEEL, normalize

_DROPPED = DIACRITICS + TATWEEL + INVISIBLE
_DROPPED_RE = re.compile(f"[{re.escape(_DROPPED)}]")
_EXTRA = {"٪": "%", "\u00a0": " ", "\u202f": " ", "\u2009": " "}
_PUNCT = '،,.()"“”«»؛:!?؟[]'
T = TypeVar("T")


@cache
def _table() -> dict[int, str | None]:
    """Fold every Arabic-block character the way `normalize` does, 1:1 or dropped."""
    table: dict[int, str | None] = {ord(ch): None for ch in _DROPPED}
    for code in list(range(0x0600, 0x0700)) + list(range(0x06F0, 0x06FA)):
        ch = chr(code)
        if ch in _DROPPED:
            continue
        folded = normalize(ch)
        if folded != ch and len(folded) == 1:
            table[code] = folded
    table.update({ord(k): v for k, v in _EXTRA.items()})
    return table


class Shadow:
    """`text` folded for matching; `span(s, e)` maps shadow offsets back to the original."""

    __slots__ = ("_clean", "_marks", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        text = original
        for ch, folded in _pairs():  # str.replace is far faster than translate on Arabic
            if ch in text:
                text = text.replace(ch, folded)
        # shadow position of the kept character that follows each dropped character
        self._marks: list[int] = []
        if any(ch in text for ch in _DROPPED):
            self._marks = [m.start() - i for i, m in enumerate(_DROPPED_RE.finditer(text))]
            text = _DROPPED_RE.sub("", text)
        self.text = text
        self._clean: str | None = None

    @property
    def clean(self) -> str:
        """`text` with punctuation as spaces (same offsets), for splitting into words."""
        if self._clean is None:
            clean = self.text
            for ch in _PUNCT:
                if ch in clean:
                    clean = clean.replace(ch, " ")
            self._clean = clean
        return self._clean

    def find_words(self, wanted: Mapping[str, T]) -> list[tuple[int, str, T]]:
        """(offset, word, wanted[word]) for every whole word of the text that is in `wanted`."""
        clean = self.clean
        out = []
        keys = wanted.keys() if isinstance(wanted, _Anchors) else frozenset(wanted)
        for word in set(clean.split()) & keys:
            size = len(word)
            i = clean.find(word)
            while i >= 0:
                end = i + size
                if (i == 0 or clean[i - 1].isspace()) and (
                    end == len(clean) or clean[end].isspace()
                ):
                    out.append((i, word, wanted[word]))
                i = clean.find(word, end)
        out.sort(key=lambda hit: hit[0])
        return out

    def orig(self, pos: int) -> int:
        """Original offset of the kept character at shadow offset `pos`."""
        if not self._marks:
            return pos
        return pos + bisect_right(self._marks, pos)

    def to_shadow(self, pos: int) -> int:
        """Shadow offset of original offset `pos` (a dropped character maps to what follows)."""
        if not self._marks:
            return pos
        lo, hi = 0, len(self._marks)
        while lo < hi:  # dropped characters before `pos`: marks[j] + j < pos
            mid = (lo + hi) // 2
            if self._marks[mid] + mid < pos:
                lo = mid + 1
            else:
                hi = mid
        return pos - lo

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the shadow stretch `start:end`."""
        if not self._marks:
            return start, end
        o_start = self.orig(start)
        o_end = len(self.original) if end >= len(self.text) else self.orig(end)
        # a dropped character right before the next word is not ours when a space follows it
        while o_end > o_start and self.original[o_end - 1].isspace():
            o_end -= 1
        return o_start, o_end


def fold(word: str) -> str:
    """Fold a lexicon entry the way the shadow text is folded."""
    return word.translate(_table())


@cache
def _pairs() -> tuple[tuple[str, str], ...]:
    return tuple((chr(code), folded) for code, folded in _table().items() if folded)


class _Anchors(dict):
    """A dict whose key set is frozen once, so intersecting with it costs only the text's words."""

    def __init__(self, items: Mapping[str, object]) -> None:
        super().__init__(items)
        self._keys = frozenset(items)

    def keys(self) -> frozenset[str]:  # type: ignore[override]
        return self._keys


def anchors(items: Mapping[str, T]) -> Mapping[str, T]:
    """A lookup table for `Shadow.find_words` (build it once, e.g. under functools.cache)."""
    return _Anchors(items)


@lru_cache(maxsize=4)
def shadow_of(text: str) -> Shadow:
    """The shadow of `text`, shared by the stages that analyse the same document."""
    return Shadow(text)
