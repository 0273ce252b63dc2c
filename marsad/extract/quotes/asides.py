"""A short adverbial phrase between a circumstantial cue and its إن/أن clause.

"مؤكدا في ذات الوقت أن …", "مشيرا في هذا الصدد إلى أن …", "ومؤكدا خلال حديثه لهم أن …",
"قائلا لوكالة الصحافة الفرنسية، إن …": the phrase says when, where or to whom it was said.
Without it the circumstantial only counts with its complement right after it, so that
"مؤكدا ضرورة …" (a noun complement) reports nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

ASIDE_WORDS = 6  # words of the phrase, the preposition included

# ل with a pronoun: to whom it was said ("لهم", "له")
_TO_PRONOUNS = frozenset({"له", "لها", "لهم", "لهما", "لنا", "لي", "ل"})
_STOPS = frozenset({".", ":", "؟", "!", "؛", ";", "?"})


class _Tok(Protocol):
    @property
    def norm(self) -> str: ...


def opens_aside(first: str, openers: frozenset[str]) -> bool:
    """Does a word open an adverbial phrase ("في", "خلال", "لوكالة", "لهم", "للصحفيين")?"""
    return first in openers or first in _TO_PRONOUNS or (first.startswith("لل") and len(first) > 4)


def aside_then_comp(
    toks: Sequence[_Tok],
    preps: frozenset[str] | tuple[str, ...],
    openers: frozenset[str],
    blockers: frozenset[str],
    is_comp: Callable[[str], bool],
) -> bool:
    """Do the tokens after a circumstantial cue open an adverbial phrase of a few words
    that an إن/أن clause (or the cue's preposition and one) follows?"""
    if len(toks) < 2 or not opens_aside(toks[0].norm, openers):
        return False
    for k in range(1, min(len(toks), ASIDE_WORDS + 1)):
        norm = toks[k].norm
        if norm in _STOPS:
            return False
        if is_comp(norm):
            return toks[k - 1].norm not in blockers
        if norm in preps and k + 1 < len(toks) and is_comp(toks[k + 1].norm):
            return True
    return False
