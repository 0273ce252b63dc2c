"""The year of a date written without one, from what stands around it. The end of a range
comes after its start ("من 25 ذي الحجة وحتى الرابع من محرم", "ما بين 29 سبتمبر و8 نوفمبر")
and its start takes the year its end names ("من يناير إلى مارس 2013"): each name alone
resolves to the last such date before the dateline. A weekday names the year its date falls on
that weekday ("يوم السبت 19 اوت"); a future verb about a month just past keeps its year."""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from marsad.document import TimeExpr
from marsad.extract.numeric.calendar import weekdays
from marsad.extract.numeric.shadow import fold
from marsad.extract.times import resolve as tr

# what joins the two ends: "إلى", "حتى", "وحتى", "والى غاية", a dash; a lone و after "بين" only
_TO = re.compile(r"\s*(?:[-–]|[و]?\s*(?:حتى|حتي|إلى|الى|لغاية)|و)\s*(?:غاية\s+)?(?:يوم\s+)?")
_BETWEEN = re.compile(r"بين\s*$")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")
# what may stand between a weekday and its date ("يوم الأحد الموافق 24/10/1436هـ")
_BESIDE = re.compile(r"[\s،,:(\-–]*(?:الموافق|الموافقة|الموافق ل)?[\s،,:(\-–]*")


def range_end(text: str, start: TimeExpr, at: int, value: tr.Value, hijri: bool) -> tr.Value:
    """`value`, read at `at` of `text` with a year of its own choosing, moved one year on
    when it ends a range that `start` opens and would otherwise come before it."""
    between = text[start.end : at]
    if not _TO.fullmatch(between) or not start.value or not _ISO.fullmatch(start.value):
        return value
    if between.strip() == "و" and not _BETWEEN.search(text, max(0, start.start - 8), start.start):
        return value  # "في 3 مارس و5 يناير": two dates, not a range
    if not _ISO.fullmatch(value.value) or value.value >= start.value[: len(value.value)]:
        return value
    later = _next_year(value, hijri)
    return later if later is not None else value


def _next_year(value: tr.Value, hijri: bool) -> tr.Value | None:
    if hijri:
        if value.grain != "day":
            return None
        day = dt.date.fromisoformat(value.value)
        h = Gregorian(day.year, day.month, day.day).to_hijri()
        try:
            g = Hijri(h.year + 1, h.month, h.day).to_gregorian()
        except (OverflowError, ValueError):
            return None
        return tr.Value(dt.date(g.year, g.month, g.day).isoformat(), "day", anchored=True)
    year = int(value.value[:4]) + 1
    if value.value[5:] == "02-29":
        return None
    return tr.Value(f"{year}{value.value[4:]}", value.grain, anchored=True)


def range_start(text: str, start: TimeExpr, at: int, end: tr.Value) -> None:
    """ "من يناير إلى مارس 2013", "من أبريل إلى يونيو من العام الماضي": the first month of a
    range, read without a year, takes the year the second names, or the one before when it
    comes later in the year (in place)."""
    between = text[start.end : at]
    if not _TO.fullmatch(between) or not start.value or not _ISO.fullmatch(start.value):
        return
    if between.strip() == "و" or not _ISO.fullmatch(end.value):
        return  # "يناير ومارس 2014" share their year already
    year = int(end.value[:4])
    if start.value[4:7] > end.value[4:7]:
        year -= 1  # "من نوفمبر إلى فبراير 2014": November 2013
    moved = f"{year:04d}{start.value[4:]}"
    if moved[5:] != "02-29":
        start.value, start.anchor = moved, None


def weekday_year(
    text: str, weekday: TimeExpr, date_at: tuple[int, int], value: tr.Value, pub: dt.date
) -> tr.Value:
    """ "يوم السبت 19 اوت" with no year: the year, of the dateline's and the two around it, in
    which that day is that weekday (the coming one often), not the last such date by default;
    within eight months of the dateline ("الأحد 17 من آب الجاري" may be a slip, not 2014)."""
    if not _BESIDE.fullmatch(text, weekday.end, date_at[0]):
        return value
    named = weekdays().get(fold(weekday.text.split()[-1].strip("()")).removeprefix("و"))
    date = dt.date.fromisoformat(value.value)
    if named is None or date.weekday() == named:
        return value
    for year in sorted((pub.year - 1, pub.year, pub.year + 1), key=lambda y: abs(y - date.year)):
        try:
            other = date.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.weekday() == named and abs((other - pub).days) <= 240:
            return tr.Value(other.isoformat(), "day", anchored=True)
    return value


def just_past(month: int, day: int | None, pub: dt.date) -> bool:
    """Is (month, day) in the four months before the dateline? A future verb then speaks of
    something reported or due for that recent month, not of the same month next year."""
    ago = tr.days_ahead(month, day or 1, pub)
    ago = ago if ago <= 0 else ago - 365
    return -123 <= ago < (0 if day else -27)
