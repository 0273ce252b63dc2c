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
from functools import cache

from marsad.text.normalize import DIACRITICS, INVISIBLE, TATWEEL, normalize

_DROPPED = DIACRITICS + TATWEEL + INVISIBLE
_DROPPED_RE = re.compile(f"[{re.escape(_DROPPED)}]")
_EXTRA = {"٪": "%", "\u00a0": " ", "\u202f": " ", "\u2009": " "}


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

    __slots__ = ("_marks", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original.translate(_table())
        # shadow position of the kept character that follows each dropped character
        self._marks: list[int] = []
        if len(self.text) != len(original):
            self._marks = [m.start() - i for i, m in enumerate(_DROPPED_RE.finditer(original))]

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
