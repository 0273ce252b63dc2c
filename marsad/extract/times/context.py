"""Context checks and lexicon maps for time expressions (used by `marsad.extract.times.component`).

Whether a word is a time at all ("الاثنين المقبوض عليهما" is the two arrested, "اليوم العالمي"
is not today, "2000 مقاتل" is a count), and whether its clause speaks of the future ("ستعرض
المخطوطة في أكتوبر") so that a month or weekday without a year resolves forwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.extract.numeric.calendar import gregorian_months, time_words, weekdays
from marsad.extract.numeric.context import cues as amount_cues, ends_with, left_tokens
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import match_unit, singular


def words(key: str) -> list[str]:
    return [fold(str(w)) for w in time_words().get(key, [])]


@dataclass(frozen=True, slots=True)
class TimeMaps:
    parts: dict[str, str]  # folded word → start | early | mid | late | end
    direction: dict[str, str]  # → past | future | current
    periods: dict[str, str]  # → year | month | week
    reldays: dict[str, int]  # → offset in days
    ordinals: dict[str, int]  # → day of the month


@cache
def time_maps() -> TimeMaps:
    tw = time_words()

    def names(key: str) -> dict[str, str]:
        return {fold(str(w)): str(name) for name, ws in tw.get(key, {}).items() for w in ws}

    def numbers(key: str) -> dict[str, int]:
        return {fold(str(w)): int(k) for k, ws in tw.get(key, {}).items() for w in ws}

    return TimeMaps(
        names("parts"),
        names("direction"),
        names("periods"),
        numbers("relative_days"),
        numbers("day_ordinals"),
    )


def spaced(name: str) -> str:
    return " ".join(name.split())


def counted_after(text: str, pos: int) -> bool:
    """A counted noun or unit follows: "2000 مقاتل", "(2000) فعالية" are amounts, not years."""
    nxt = re.match(r"\s*(\)?)\s*([^\W\d_]+)", text[pos : pos + 40])
    if not nxt:
        return False
    boxed, word = bool(nxt.group(1)), nxt.group(2)
    if word in year_marks() or word in gregorian_months():
        return False
    unit = match_unit([word])
    if unit is not None:
        return unit[0].kind != "time"  # "1916 دولاراً" is a price; "2015 عاما" is odd either way
    if word.endswith("ا"):
        return False  # "أقرت في 2012 قانونا": after 100 a counted noun is never accusative
    return singular(word, guess=not boxed) is not None  # "(2018) روسيا" is no count


@cache
def year_marks() -> frozenset[str]:
    return frozenset(words("gregorian_marks") + words("hijri_marks"))


def today_is_a_date(text: str, m: re.Match[str]) -> bool:
    """ "اليوم" is today, not "اليوم العالمي", "في اليوم" (per day) or "هذا اليوم"; "الليلة"
    is tonight, not "تلك الليلة" or "الليلة الواحدة"."""
    nxt = re.match(r"\s*([^\W\d_]+)", text[m.end() : m.end() + 30])
    if nxt and nxt.group(1).startswith("ال"):
        return False
    if nxt and nxt.group(1) in ("نفسه", "ذاته"):
        return False
    if re.match(r"\s*[-–—]", text[m.end() : m.end() + 4]):
        return False  # "عين اليوم – واشنطن": a name in a dateline
    prev = left_tokens(text, m.start(), 1)
    return not (prev and prev[-1][0] in _NOT_TODAY)  # "على مدار اليوم": all day long


# words before اليوم / الليلة that make them a day or a night of the story, not the dateline's
# ("عين اليوم": the outlet's name in a byline)
_NOT_TODAY = frozenset(
    ("في", "هذا", "ذلك", "تلك", "نفس", "ذات", "كل", "خلال", "مدار", "طوال", "طيله", "مدي", "عين")
)


def is_weekday(text: str, m: re.Match[str], weekday: int) -> bool:
    """ "الاثنين المقبوض عليهما" is the two arrested; "صلاة الجمعة" names the prayer."""
    prev = left_tokens(text, m.start(), 1)
    before = prev[-1][0] if prev else ""
    if before in folded_set("not_weekday_before"):
        return False
    if weekday == 0:  # الاثنين is also "the two"
        nxt = re.match(r"\s*([^\W\d_]+)", text[m.end() : m.end() + 30])
        after = nxt.group(1) if nxt else ""
        if after in folded_set("not_monday_after") or before in folded_set("not_monday_before"):
            return False
        if (
            after.startswith("ال")
            and after not in weekdays()
            and after not in time_maps().direction
        ):
            return False
        if before.startswith("ال") and before.endswith(("ين", "ان")):
            return False  # "الرجلين الاثنين"
    return True


@cache
def folded_set(key: str) -> frozenset[str]:
    return frozenset(words(key))


@cache
def ambiguous_months() -> frozenset[str]:
    return frozenset(words("ambiguous_months"))


@cache
def month_preps() -> frozenset[str]:
    return frozenset(fold(w) for w in time_words().get("month_preps", []))


@cache
def future_words() -> frozenset[str]:
    return frozenset(words("future_words"))


_FUTURE_VERB = re.compile(r"[وف]?س[يتن][^\W\d_]{3,}")


def clause_tense(text: str, pos: int, direction: str | None) -> str:
    """future when a future verb or word leads to the expression in its clause, else past."""
    if direction in ("past", "future", "current"):
        return direction
    words = [t for t, _ in left_tokens(text, pos, 8)]
    for i in range(len(words) - 1, -1, -1):
        if words[i] in (",", "،", ".", "؛", ":"):
            words = words[i + 1 :]
            break
    not_future = amount_cues().not_future
    for word in words:
        bare = word[1:] if word[:1] in "وف" and len(word) > 4 else word
        if word in future_words() or bare in future_words():
            return "future"
        if _FUTURE_VERB.fullmatch(word) and bare not in not_future:
            return "future"
    return "past"


def labelled_list(text: str, pos: int) -> bool:
    """Is `pos` in a list of numbers joined by و after a label (القرارات 1696 و1737 …)?"""
    words = [t for t, _ in left_tokens(text, pos, 16)]
    k = len(words)
    while k and (words[k - 1] == "و" or words[k - 1].isdigit()):
        k -= 1
    if k == len(words) or words[k:][0] == "و":
        return False
    return k > 0 and ends_with(tuple(words[:k]), not_year_before()) > 0


@cache
def not_year_before() -> frozenset[tuple[str, ...]]:
    phrases = set(amount_cues().approx_before)
    phrases.update((w,) for w in amount_cues().labels)
    phrases.update(tuple(w.split()) for w in words("not_year_before"))
    return frozenset(phrases)
