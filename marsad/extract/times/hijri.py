"""Hijri time expressions, converted to Gregorian with hijridate (Umm al-Qura).

Read from what the combined regex of `marsad.extract.times.scan` matched:
- a day, month and year: "25 شوال 1436 هـ" and numeric "4 ــ 7 ــ 1436هـ", "1436/10/7" → a day;
- a month with a year ("رمضان 1436 هـ") or placed by its direction or clause ("شهر رمضان
  الماضي", "رجب المقبل") → the Gregorian month in which it begins (gold format v1 has no
  intervals; the dev and held-out conventions take the month of the first day);
- a year "عام 1436هـ" → its Gregorian interval; with a part, the day it names: "نهاية عام
  ١٤٣٥هـ" → the last day, "بداية عام 1436هـ" → the first, "منتصف" → 1 Rajab.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from hijridate import Gregorian

from marsad.extract.numeric.calendar import (
    hijri_month_bounds,
    hijri_months,
    hijri_to_gregorian,
    time_words,
)
from marsad.extract.numeric.shadow import fold
from marsad.extract.times import resolve as tr
from marsad.extract.times.context import clause_tense, spaced, time_maps

Item = tuple[int, int, tr.Value]


def _month_start(year: int, month: int) -> tr.Value | None:
    first = hijri_to_gregorian(year, month, 1)
    return tr.Value(first.strftime("%Y-%m"), "month") if first else None


def _day(year: int, month: int, day: int) -> tr.Value | None:
    if day == _LAST:
        bounds = hijri_month_bounds(year, month)
        return tr.Value(bounds[1].isoformat(), "day") if bounds else None
    date = hijri_to_gregorian(year, month, day)
    return tr.Value(date.isoformat(), "day") if date else None


def _day_of(m: re.Match[str], prefix: str) -> int | None:
    """The day before the month: digits ("25 شوال"), an ordinal ("السابع عشر من شهر") or a
    part that names one ("غرة ذي القعدة" is the 1st, "منتصف" the 15th)."""
    if m.group(prefix + "_day"):
        return int(m.group(prefix + "_day"))
    ordinal = m.group(prefix + "_ord")
    if ordinal:
        return time_maps().ordinals.get(spaced(ordinal))
    part = m.group(prefix + "_part")
    parts = time_maps().parts
    name = parts.get(spaced(part)) or parts.get(spaced(part)[1:]) if part else None
    return {"start": 1, "mid": 15, "end": _LAST}.get(name or "")


_LAST = 99  # "نهاية شوال": the month's last day, known once the year is


def hijri_date(m: re.Match[str]) -> list[Item]:
    """ "25 شوال 1436 هـ" (a day), "رمضان 1436 هـ" (the month it begins in)."""
    year, month = int(m.group("h_year")), hijri_months()[spaced(m.group("h_month"))]
    day = _day_of(m, "h")
    if not m.group("h_mark") and not (day and 1300 <= year <= 1500):
        return []  # "رجب 1440" without هـ or a day: too weak
    value = _day(year, month, day) if day else _month_start(year, month)
    return [(m.start(), m.end(), value)] if value else []


def hijri_numeric(m: re.Match[str]) -> list[Item]:
    """ "10/1/1436", "4 ــ 7 ــ 1436هـ", "1436/10/7هـ": numeric Hijri dates, day first or
    year first (a year 1300-1500 is Hijri; tatweel separators leave only spaces, so a date
    without a separator needs its هـ)."""
    if m.group("hn_y"):  # the regex asks for هـ when no separator is left
        y, mo, d = int(m.group("hn_y")), int(m.group("hn_m")), int(m.group("hn_d"))
    else:
        y, mo, d = int(m.group("hi_y")), int(m.group("hi_m")), int(m.group("hi_d"))
    if not (1 <= mo <= 12 and 1 <= d <= 30):
        return []
    value = _day(y, mo, d)
    return [(m.start(), m.end(), value)] if value else []


def hijri_year(year: int, part: str | None, start: int, end: int) -> list[Item]:
    """A Hijri year: its interval, or the day a part names ("نهاية عام 1435هـ")."""
    first, nxt = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return []
    last = nxt - dt.timedelta(days=1)
    if part == "start":
        return [(start, end, tr.Value(first.isoformat(), "day"))]
    if part == "end":
        return [(start, end, tr.Value(last.isoformat(), "day"))]
    if part == "mid":
        mid = hijri_to_gregorian(year, 7, 1)
        return [(start, end, tr.Value(mid.isoformat(), "day"))] if mid else []
    return [(start, end, tr.Value(f"{first.isoformat()}/{last.isoformat()}", "year", "interval"))]


def hijri_relative(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    """ "شهر رمضان الماضي", "رجب المقبل", "25 شوال" (no year): the Hijri year the dateline
    and the clause imply. A bare month name needs شهر, a day or a direction ("رمضان" and
    "رجب" are also first names)."""
    day = _day_of(m, "hr")
    direction = time_maps().direction.get(m.group("hr_dir") or "")
    name = spaced(m.group("hr_month"))
    if not (direction or m.group("hr_shahr") or (day and name not in _weak_hijri())):
        return []  # "رمضان" and "رجب" are first names, "5 صفر" a score
    if pub is None or (day is not None and not 1 <= day <= 30 and day != _LAST):
        return []
    month = hijri_months()[name]
    tense = clause_tense(text, m.start(), direction)
    today = Gregorian(pub.year, pub.month, pub.day).to_hijri()
    now, then, year = (today.month, today.day), (month, day or 1), today.year
    if tense == "past" and (then > now or (direction == "past" and not day and month == now[0])):
        ahead = hijri_to_gregorian(year, month, day or 1)
        if direction == "past" or ahead is None or (ahead - pub).days > 60:
            year -= 1  # "رمضان الماضي" during Ramadan is last year's; "في 25 شوال" soon
    elif tense == "future" and then < now:
        year += 1
    value = _day(year, month, day) if day else _month_start(year, month)
    if value is None:
        return []
    value.anchored = True
    return [(m.start(), m.end(), value)]


@cache
def _weak_hijri() -> frozenset[str]:
    """Hijri month names that are also common words ("صفر", zero): a month with شهر only."""
    return frozenset(fold(str(w)) for w in time_words().get("weak_hijri_months", []))
