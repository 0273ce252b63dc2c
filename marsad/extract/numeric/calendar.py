"""Month, weekday and Hijri tables built once from CLDR (babel) and hijridate.

Gregorian month names are gathered from the CLDR locales listed in `lang/ar/time_words.yaml`
(standard يناير…, Levantine/Iraqi كانون الثاني…, Maghrebi جانفي…, Moroccan يوليوز…), weekday
names from CLDR `ar`, Hijri month names from hijridate; the YAML adds only what they lack.
All keys are folded like the shadow text (`marsad.extract.numeric.shadow.fold`).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from babel.core import UnknownLocaleError
from babel.dates import get_day_names, get_month_names
from hijridate import Hijri

from marsad.errors import LangDataError
from marsad.extract.numeric.numbers import trie_regex
from marsad.extract.numeric.shadow import fold
from marsad.lang import load_lexicon, require_keys

# babel weekday index: 0 = Monday … 6 = Sunday (the same as date.weekday())


@cache
def time_words() -> dict:
    data = load_lexicon("time_words")
    require_keys(data, ("cldr_locales", "relative_days", "direction", "parts"), "time_words")
    return data


def _folded_set(key: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in time_words().get(key, []))


@cache
def gregorian_months() -> dict[str, int]:
    """Folded month name (every CLDR Arabic locale + extras) → month number."""
    names: dict[str, int] = {}
    for locale in time_words()["cldr_locales"]:
        try:
            for context in ("format", "stand-alone"):
                for width in ("wide", "abbreviated"):
                    for month, name in get_month_names(width, context, locale).items():
                        names.setdefault(fold(name), int(month))
        except UnknownLocaleError as exc:
            raise LangDataError(f"time_words: unknown CLDR locale {locale!r}") from exc
    for month, forms in time_words().get("months_extra", {}).items():
        for form in forms:
            names.setdefault(fold(form), int(month))
    return names


@cache
def ambiguous_months() -> frozenset[str]:
    return _folded_set("ambiguous_months")


@cache
def hijri_months() -> dict[str, int]:
    """Folded Hijri month name (hijridate's Arabic names + extras) → month number."""
    names = {fold(Hijri(1440, m, 1).month_name("ar")): m for m in range(1, 13)}
    for month, forms in time_words().get("hijri_extra", {}).items():
        for form in forms:
            names.setdefault(fold(form), int(month))
    return names


@cache
def weekdays() -> dict[str, int]:
    """Folded weekday name, with and without the article → weekday (0 = Monday)."""
    names: dict[str, int] = {}
    for day, name in get_day_names("wide", "format", "ar").items():
        folded = fold(name)
        names[folded] = int(day)
        names.setdefault(folded.removeprefix("ال"), int(day))
    for day, forms in time_words().get("weekdays_extra", {}).items():
        for form in forms:
            names.setdefault(fold(form), int(day))
    return names


@cache
def month_regex() -> str:
    """Regex alternation of every Gregorian month name (folded)."""
    return trie_regex(gregorian_months())


@cache
def hijri_month_regex() -> str:
    return trie_regex(hijri_months())


@cache
def weekday_regex() -> str:
    return trie_regex(k for k in weekdays() if k.startswith("ال"))


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Umm al-Qura conversion (hijridate); None outside its range or for a bad date."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


def hijri_month_bounds(year: int, month: int) -> tuple[dt.date, dt.date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = hijri_to_gregorian(year, month, 1)
    if first is None:
        return None
    try:
        length = Hijri(year, month, 1).month_length()
    except (ValueError, OverflowError):
        return None
    return first, first + dt.timedelta(days=length - 1)


def last_day(year: int, month: int) -> int:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - dt.timedelta(days=1)).day
