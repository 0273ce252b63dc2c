"""What may stand between a cue and its إن/أن clause (small pure functions).

- A short adverbial phrase after a circumstantial cue: "مؤكدا في ذات الوقت أن …", "مشيرا في
  هذا الصدد إلى أن …", "قائلا لوكالة الصحافة الفرنسية، إن …" (when, where or to whom it was
  said). Without it the circumstantial only counts with its complement right after it, so
  that "مؤكدا ضرورة …" (a noun complement) reports nothing.
- A long apposition after the speaker's name, set off by commas, or opened by a semicolon.
- A quote that opens with إن/أن after a verb that needs one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from marsad.extract.quotes.speaker_words import norm_word
from marsad.text.marks import Region

ASIDE_WORDS = 6  # words of the phrase, the preposition included

_STOPS = frozenset({".", ":", "؟", "!", "؛", ";", "?"})
_FINAL = ".!?؟…؛;\n"  # a sentence's end (as clauses.FINAL, with the line break)


class _Tok(Protocol):
    @property
    def norm(self) -> str: ...


def opens_aside(first: str, openers: frozenset[str]) -> bool:
    """Does a word open an adverbial phrase ("في", "خلال", "لوكالة", "لهم", "للصحفيين")?
    `openers` is adv_asides of reporting_verbs.yaml (ل with a pronoun among them)."""
    return first in openers or (first.startswith("لل") and len(first) > 4)


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


def long_apposition(text: str, start: int, at: int) -> bool:
    """ "وقالت حميدة، إحدى مؤسسات منتدى النساء المسلمات الذي أسهم في …، والذي يهدف …،
    إنها": a comma within the first four words after the cue (`start`) opens an apposition
    that a comma closes right before the إن/أن at `at`, however long it runs."""
    if text[max(start, at - 3) : at].rstrip()[-1:] not in ("،", ","):
        return False
    head = text[start : start + 80]
    comma = min((i for i in (head.find("،"), head.find(",")) if i >= 0), default=-1)
    return comma >= 0 and len(head[:comma].split()) <= 4 and not set(_FINAL) & set(head[:comma])


def apposition_after(
    text: str, pos: int, is_comp: Callable[[str], bool], near: bool = True
) -> bool:
    """Is the semicolon at `pos` a comma: right before إن/أن ("خالد أبو راشد؛ أن"), or
    opening an apposition that a comma, or a second semicolon right before إن/أن, closes
    before any stop or إن/أن ("X؛ عضو اللجنة، إن", "كوريا الشمالية؛ الفقيرة تنمويًا؛ أن")?"""
    segment = text[pos + 1 : pos + 250]
    words = segment.split(maxsplit=1)
    first = norm_word(words[0]) if words else ""
    if is_comp(first) and not first.startswith("ل"):
        return True  # "خالد أبو راشد؛ أن" (not "؛ لأن": because)
    if not near:
        return False  # an apposition opens within four words of the cue only
    marks = [i for i in (segment.find("،"), segment.find(","), segment.find("؛")) if i >= 0]
    close = min(marks, default=-1)
    if close < 0 or any(ch in segment[:close] for ch in _FINAL):
        return False
    if segment[close] == "؛":
        after = segment[close + 1 :].split(maxsplit=1)
        if not after or not is_comp(norm_word(after[0])):
            return False
    # the comma comes before the clause: "البيان؛ مما يدل أنه …، و" is a new clause
    return not any(is_comp(norm_word(w)) for w in segment[:close].split())


def opens_with_an(text: str, region: Region, is_comp: Callable[[str], bool]) -> bool:
    """Does the quote open with إن/أن ("ورأى «أن قضية النفايات فنية»", "معتبرًا «أن …»")?
    Then it is the clause of a verb that needs one."""
    words = text[region.start : region.end].split(maxsplit=1)
    return bool(words) and is_comp(norm_word(words[0].strip("\"'«»“”(),،.:")))
