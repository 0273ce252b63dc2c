"""Turning what a time expression says into an ISO value, given the publication date.

Resolved values: a day "2024-10-28", a month "2024-10", a year "2024", an ISO week
"2024-W44", a duration "P2Y6M". Without a publication date, relative expressions keep a
relative value instead of a guessed date (kind "relative"):
- days from the dateline: "P0D" (today), "-P1D" (yesterday), "+P2D"; "-P3D" for قبل ثلاثة أيام;
- weekdays: "last-monday", "this-monday", "next-monday";
- periods: "-P1Y" (العام الماضي), "P0Y" (هذا العام), "+P1W" (الأسبوع المقبل);
- a month or day without a year: "XXXX-10", "XXXX-10-27".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from marsad.extract.numeric.calendar import last_day

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ISO_UNITS = {"Y": 365.0, "M": 30.0, "W": 7.0, "D": 1.0}


@dataclass(slots=True)
class Value:
    value: str
    grain: str  # day | month | year | week | duration | relative
    kind: str = "date"  # date | duration | relative | interval
    anchored: bool = False  # resolved against the publication date
    names_year: bool = True  # the year a later "نفس العام" / "العام السابق" refers to


def parse_published(published: str | None) -> dt.date | None:
    """The publication date from metadata (YYYY-MM-DD, or a full ISO datetime), or None."""
    if not published:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", published)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def day_value(year: int, month: int, day: int) -> Value | None:
    try:
        return Value(dt.date(year, month, day).isoformat(), "day")
    except ValueError:
        return None


def month_year(month: int, pub: dt.date, tense: str) -> int:
    """The year of a month named without one: the coming one in the future, else the last
    ("الجاري", the current one, is the publication's year)."""
    if tense == "current":
        return pub.year
    if tense == "future":
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


def day_month_year(month: int, day: int, pub: dt.date, tense: str) -> int:
    if tense == "current":
        return pub.year
    if tense == "future":
        return pub.year if (month, day) >= (pub.month, pub.day) else pub.year + 1
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


def days_ahead(month: int, day: int, pub: dt.date) -> int:
    """Days from the publication date to (month, day) of its year (negative when before; a
    large number when the date does not exist that year)."""
    try:
        return (dt.date(pub.year, month, day) - pub).days
    except ValueError:
        return 10_000


def part_of_month(year: int, month: int, part: str | None) -> Value:
    """مطلع/منتصف/نهاية أكتوبر → a day; أوائل/أواخر (or none) → the month."""
    if part == "start":
        return Value(f"{year:04d}-{month:02d}-01", "day")
    if part == "mid":
        return Value(f"{year:04d}-{month:02d}-15", "day")
    if part == "end":
        return Value(f"{year:04d}-{month:02d}-{last_day(year, month):02d}", "day")
    return Value(f"{year:04d}-{month:02d}", "month")


def part_of_year(year: int, part: str | None) -> Value:
    if part == "start":
        return Value(f"{year:04d}-01-01", "day")
    if part == "mid":
        return Value(f"{year:04d}-07-01", "day")
    if part == "end":
        return Value(f"{year:04d}-12-31", "day")
    return Value(f"{year:04d}", "year")


def weekday_date(weekday: int, pub: dt.date, tense: str, explicit: bool) -> dt.date:
    """The weekday in the publication week: the last one for the past (the same day unless
    "الماضي" says otherwise), the coming one for the future."""
    if tense == "future":
        delta = (weekday - pub.weekday()) % 7
        return pub + dt.timedelta(days=delta or (7 if explicit else 0))
    delta = (pub.weekday() - weekday) % 7
    return pub - dt.timedelta(days=delta or (7 if explicit else 0))


def nearest_weekday(weekday: int, target: dt.date) -> dt.date:
    """The date with `weekday` closest to `target` ("غدا الجمعة" when the dateline is off)."""
    back = (target.weekday() - weekday) % 7
    forward = (weekday - target.weekday()) % 7
    return target - dt.timedelta(days=back) if back <= forward else target + dt.timedelta(forward)


def relative_weekday(weekday: int, tense: str, explicit: bool) -> Value:
    name = WEEKDAY_NAMES[weekday]
    if tense == "future":
        return Value(f"next-{name}", "relative", "relative")
    return Value(f"{'last' if explicit else 'this'}-{name}", "relative", "relative")


def offset_days(days: int) -> str:
    return "P0D" if days == 0 else f"{'+' if days > 0 else '-'}P{abs(days)}D"


def shift(pub: dt.date, amount: float, iso: str, sign: int) -> Value:
    """`amount` units before (sign -1) or after (+1) the publication date, at the unit's grain."""
    if iso == "Y" or iso.endswith("0Y"):
        years = int(amount * (int(iso[:-1]) if iso[:-1] else 1))
        return Value(f"{pub.year + sign * years:04d}", "year", anchored=True)
    if iso == "M":
        index = pub.year * 12 + pub.month - 1 + sign * int(amount)
        return Value(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", anchored=True)
    days = amount * _ISO_UNITS.get(iso, 0.0)
    if not days:
        return Value(duration(amount, iso), "duration", "duration")
    return Value((pub + dt.timedelta(days=sign * round(days))).isoformat(), "day", anchored=True)


def relative_shift(amount: float, iso: str, sign: int) -> Value:
    return Value(("+" if sign > 0 else "-") + duration(amount, iso), "relative", "relative")


def duration(amount: float, iso: str) -> str:
    """ISO 8601 duration: 6 weeks → P6W, 2.5 years → P2Y6M, 2 hours → PT2H."""
    if iso in ("H", "MIN", "S"):
        unit = "M" if iso == "MIN" else iso
        return f"PT{_num(amount)}{unit}"
    if iso.endswith("0Y"):  # decades, centuries
        return f"P{_num(amount * int(iso[:-1]))}Y"
    whole = int(amount)
    frac = amount - whole
    if iso == "Y" and frac:
        months = round(frac * 12)
        return f"P{whole}Y{months}M" if whole else f"P{months}M"
    if iso == "M" and frac:
        days = round(frac * 30)
        return f"P{whole}M{days}D" if whole else f"P{days}D"
    return f"P{_num(amount)}{iso}"


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def period_value(period: str, offset: int, pub: dt.date, part: str | None) -> Value:
    """العام الماضي, الشهر المقبل, هذا الأسبوع… (offset in periods from the publication's)."""
    if period == "year":
        return part_of_year(pub.year + offset, part)
    if period == "month":
        index = pub.year * 12 + pub.month - 1 + offset
        return part_of_month(index // 12, index % 12 + 1, part)
    return Value(iso_week(pub + dt.timedelta(weeks=offset)), "week")


def relative_period(period: str, offset: int) -> Value:
    unit = {"year": "Y", "month": "M", "week": "W"}[period]
    sign = "+" if offset > 0 else "-" if offset < 0 else ""
    return Value(f"{sign}P{abs(offset)}{unit}", "relative", "relative")
