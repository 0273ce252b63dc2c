"""The words around a number, read by the `amounts` and `times` stages.

`cues()` folds `lang/ar/amount_cues.yaml` once (approximations, labels, times of day,
modality phrases); `left_tokens`/`left_words` give the folded words before a number on its
line; `is_date_part` tells a day, a year or a time of day ("27 أكتوبر", "يونيو 2024",
"16:28"); `is_label` a name or rank word before it ("المادة 5", "للمادة (20)"); `exceeds` a
bar or a verb of exceeding before a definite number ("حاجز الـ 50 قضية").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.extract.numeric.calendar import gregorian_months, hijri_months, time_words
from marsad.extract.numeric.numbers import Token, trie_regex
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import match_unit
from marsad.lang import load_lexicon, require_keys

_LEFT = re.compile(r"[^\W\d_]+|[0-9]+(?:[.,][0-9]+)*|[^\s\w]")
_YEAR = re.compile(r"[12][0-9]{3}")


@dataclass(frozen=True, slots=True)
class Cues:
    approx_before: frozenset[tuple[str, ...]]
    approx_after: frozenset[tuple[str, ...]]
    labels: frozenset[str]
    time_of_day: frozenset[tuple[str, ...]]
    age_before: frozenset[tuple[str, ...]]
    previous: frozenset[tuple[str, ...]]
    estimated: frozenset[tuple[str, ...]]
    expected: frozenset[tuple[str, ...]]
    year_cues: frozenset[str]
    marks: frozenset[str]  # هـ / م after a year
    not_future: frozenset[str]
    previous_re: re.Pattern[str]
    expected_re: re.Pattern[str]
    estimated_re: re.Pattern[str]


@cache
def cues() -> Cues:
    data = load_lexicon("amount_cues")
    keys = ("approx_before", "labels", "time_of_day", "age_before", "previous", "expected")
    require_keys(data, keys, "amount_cues")

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(fold(str(w)).split()) for w in data.get(key, []))

    tw = time_words()
    marks = frozenset(fold(str(w)) for w in tw["hijri_marks"] + tw["gregorian_marks"])
    return Cues(
        phrases("approx_before"),
        phrases("approx_after"),
        frozenset(fold(str(w)) for w in data["labels"]),
        phrases("time_of_day"),
        phrases("age_before"),
        phrases("previous"),
        phrases("estimated"),
        phrases("expected"),
        frozenset(fold(str(w)) for w in tw.get("year_cues", [])),
        marks,
        frozenset(fold(str(w)) for w in data.get("not_future", [])),
        _phrase_re(phrases("previous")),
        _phrase_re(phrases("expected")),
        _phrase_re(phrases("estimated")),
    )


def _phrase_re(phrases: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """Search for any of the phrases as whole words in a space-joined, space-padded string."""
    return re.compile(" (?:" + trie_regex(" ".join(p) for p in phrases) + ") ")


def left_tokens(text: str, pos: int, n: int = 6) -> list[tuple[str, int]]:
    """The last `n` (folded token, start) before `pos` on the same line."""
    start = max(0, pos - 14 * n)
    line = text.rfind("\n", start, pos)
    if line >= 0:
        start = line + 1
    return [(m.group(), m.start()) for m in _LEFT.finditer(text, start, pos)][-n:]


@cache
def ordinal_words() -> frozenset[str]:
    """Folded ordinals (الأول … العاشر, الحادي …), the first word of "السابعة عشرة"."""
    forms = time_words().get("day_ordinals", {}).values()
    return frozenset(fold(str(w)).split()[0] for ws in forms for w in ws)


def left_words(text: str, pos: int, n: int = 6) -> tuple[str, ...]:
    """The last `n` folded tokens before `pos` on the same line (no offsets: cheaper)."""
    start = max(0, pos - 14 * n)
    line = text.rfind("\n", start, pos)
    return tuple(_LEFT.findall(text, start if line < 0 else line + 1, pos)[-n:])


def ends_with(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> int:
    """Length of the longest phrase that `words` ends with (0 when none)."""
    for n in range(min(4, len(words)), 0, -1):
        if words[-n:] in phrases:
            return n
    return 0


def _month_at(words: list[str]) -> bool:
    if not words:
        return False
    months, hijri = gregorian_months(), hijri_months()
    first = words[0].removeprefix("و")
    two = " ".join(words[:2])
    return first in months or words[0] in months or two in months or two in hijri or first in hijri


def is_date_part(
    text: str, q_start: int, q_end: int, left: tuple[str, ...], right_toks: list[Token]
) -> bool:
    """The number is a day, year or time: "27 أكتوبر", "يونيو 2024", "16:28", "1436 هـ"."""
    after, before = text[q_end : q_end + 2], text[max(0, q_start - 2) : q_start]
    if len(after) == 2 and after[0] in ":/" and after[1].isdigit():
        return True
    if len(before) == 2 and before[1] in ":/" and before[0].isdigit():
        return True
    if right_toks and right_toks[0][1] == "%":
        return False  # "نحو 150% من يوليو 2014 حتى يونيو": a percentage, then its period
    right = [t[1] for t in right_toks[:4] if t[0] == "word"]
    if right[:1] == ["من"] or right[:1] == ["شهر"]:
        right = right[1:]
    if right and right[0] == "شهر":
        right = right[1:]
    if _month_at(right):
        return True
    million_dinars = right[:2] == ["م", "د"]  # "1454 م.د" (Tunisian): no year "1454 م"
    if right and right[0] in cues().marks and _YEAR.fullmatch(text[q_start:q_end]):
        return not million_dinars
    if left[-1:] in ((")",), ("/",)):  # "يونيو (حزيران) 2024", "آب/أغسطس 1945"
        close = len(left) - 1 - left[::-1].index("(") if "(" in left else len(left) - 1
        left = left[:close] if left[-1] == ")" else left[:-1]
    if not left or left[-1] == "(":
        return False
    months = gregorian_months()
    if not (_month_at([left[-1]]) or " ".join(left[-2:]) in months):
        return False
    if _YEAR.fullmatch(text[q_start:q_end]):
        return True
    return not _priced(right_toks)  # "تسليم سبتمبر 15 سنتا": a contract month, then a price


def _priced(toks: list[Token]) -> bool:
    """A currency or a measure right after the number: it counts, whatever month precedes."""
    hit = match_unit([t[1] for t in toks[:3]])
    return hit is not None and hit[0].kind not in ("time", "age")


def exceeds(left: tuple[str, ...]) -> bool:
    """ "يفوق الـ65 ألف", "كسر حاجز الـ 20 ألف زائر": a definite number that a bar, a verb of
    exceeding or an approximation introduces counts."""
    if not left:
        return False
    word = left[-1][1:] if left[-1][:1] in "وف" and len(left[-1]) > 3 else left[-1]
    return word in _definite_counts() or ends_with(left, cues().approx_before) > 0


@cache
def _definite_counts() -> frozenset[str]:
    return frozenset(
        fold(str(w)) for w in load_lexicon("amount_cues").get("definite_count_before", [])
    )


def is_label(word: str) -> bool:
    labels = cues().labels
    if word in labels or (word[:1] in "وبف" and word[1:] in labels):
        return True
    return word.startswith(("لل", "ولل")) and "ال" + word.split("لل", 1)[1] in labels
