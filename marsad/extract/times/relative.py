"""Times relative to the dateline, read by `marsad.extract.times.component` from the combined regex:
relative days and nights ("أمس الإثنين", "الليلة الماضية"), weekdays ("يوم الأربعاء
الماضي"), periods ("العام الماضي", "لهذه السنة", "نهاية نفس العام") and years named by a
period ("العام الحالي 2015م", "مطلع العام القادم 1437هـ", "مطلع العام الهجري القادم").
"""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian

from marsad.extract.numeric.calendar import weekdays
from marsad.extract.numeric.context import left_tokens
from marsad.extract.times import hijri as th, resolve as tr
from marsad.extract.times.context import (
    clause_tense,
    counted_after,
    folded_set,
    is_weekday,
    spaced,
    time_maps,
    today_is_a_date,
)

Item = tuple[int, int, tr.Value]


def part_of(word: str | None) -> str | None:
    """start | early | mid | late | end for "مطلع", "بنهاية"… (None when absent)."""
    if not word:
        return None
    parts = time_maps().parts
    word = spaced(word)
    return parts.get(word) or parts.get(word[1:])


def relative_day(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    word = m.group("r_word")
    reldays = time_maps().reldays
    key = spaced(word) if spaced(word) in reldays else spaced(word)[1:]
    offset = reldays.get(key)
    if offset is None:
        return []
    weekday = weekdays().get(spaced(m.group("r_wd") or "")) if m.group("r_wd") else None
    end = m.end()
    if key == "الليله" and weekday is None:  # "الليلة الماضية" is last night
        night = _night(text, m)
        if night is None:
            return []
        offset, end = night
    elif key == "اليوم" and weekday is None and not today_is_a_date(text, m):
        return []
    if pub is None:
        return [(m.start(), end, tr.Value(tr.offset_days(offset), "relative", "relative"))]
    target = pub + dt.timedelta(days=offset)
    if weekday is not None:
        target = tr.nearest_weekday(weekday, target)
    return [(m.start(), end, tr.Value(target.isoformat(), "day", anchored=True))]


_NIGHT_BEFORE = re.compile(r"\s+(قبل\s+)?(الماضيه|الفايته|المنصرمه|البارحه)(?![^\W\d_])")


def _night(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """(offset, end) of "الليلة" (tonight), "الليلة الماضية" (last night: the day before),
    "الليلة قبل الماضية"; None for "تلك الليلة", "الليلة الواحدة", "الليلة الأولى"."""
    past = _NIGHT_BEFORE.match(text, m.end())
    if past:
        return (-2 if past.group(1) else -1), past.end()
    if not today_is_a_date(text, m):
        return None
    return 0, m.end()


def named_weekday(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    name = spaced(m.group("w_day"))
    days = weekdays()
    weekday = days.get(name, days.get(name[1:]))
    if weekday is None:
        return []
    direction = time_maps().direction.get(m.group("w_dir") or "")
    if not m.group("w_yawm") and not direction and not is_weekday(text, m, weekday):
        return []
    tense = direction or clause_tense(text, m.start(), None)
    if pub is None:
        return [(m.start(), m.end(), tr.relative_weekday(weekday, tense, bool(direction)))]
    date = tr.weekday_date(weekday, pub, tense, explicit=bool(direction))
    return [(m.start(), m.end(), tr.Value(date.isoformat(), "day", anchored=True))]


def period(text: str, m: re.Match[str], pub: dt.date | None, state: dict[str, int]) -> list[Item]:
    maps = time_maps()
    if m.group("p_per2") == "العام" and not m.group("p_part"):
        prev = left_tokens(text, m.start(), 1)
        if prev and prev[0][0] in folded_set("general_titles"):
            return []  # "الأمين العام السابق": العام is "general" after a title
    part = part_of(m.group("p_part") or m.group("pb_part"))
    if m.group("p_same") or m.group("p_dir") in ("نفسه", "نفسها"):
        same = _same_period(m)
        if same == "month" and _OF_YEAR.match(text, m.end()):
            return []  # "في نفس الشهر من 2016": that month of another year
        if same == "month" and "month" in state:  # "خلال الشهر نفسه": the month last named
            year, month = divmod(state["month"], 100)
            return [(m.start(), m.end(), tr.part_of_month(year, month, part))]
        if same != "year" or state.get("year") is None:
            return []  # "الأسبوع نفسه", or a month before any month was named
        return [(m.start(), m.end(), tr.part_of_year(state["year"], part))]
    name = spaced(m.group("p_per1") or m.group("p_per2") or m.group("pb_per"))
    name = "ا" + name if name.startswith("ل") else name  # "للعام الماضي"
    period = maps.periods.get(name)
    if period is None:
        return []
    direction = maps.direction.get(m.group("p_dir") or "", "current")
    offset = {"past": -1, "future": 1}.get(direction, 0)
    end = max((m.end(g) for g in ("p_per1", "p_dir", "pb_per") if m.group(g)), default=m.end())
    if period == "year" and (m.group("p_year") or m.group("p_hijri")):
        named = _named_year(text, m, pub, offset, part)
        if named is not None:
            return named
    if period == "year" and m.group("p_dir") in folded_set("anaphoric_past") and "year" in state:
        # "العام السابق" is the year before the one the text last named ("نهاية 2014 مقارنة
        # بالعام السابق" is 2013), the publication's when no other was named
        value = tr.part_of_year(state["year"] - 1, part)
        value.names_year = False  # "… العام السابق … العام السابق" do not step back twice
        return [(m.start(), m.end(), value)]
    if pub is None:
        return [(m.start(), end, tr.relative_period(period, offset))]
    value = tr.period_value(period, offset, pub, part)
    value.anchored = True
    return [(m.start(), end, value)]


_OF_YEAR = re.compile(r"\s*من\s+(?:عام\s+|العام\s+|سنه\s+)?[0-9]{4}")


def _same_period(m: re.Match[str]) -> str | None:
    """The period of "العام نفسه" / "الشهر نفسه" / "نفس الشهر" (year, month, week …)."""
    if m.group("p_same"):
        return "month" if spaced(m.group("p_same")) in folded_set("same_month") else "year"
    name = spaced(m.group("p_per1") or m.group("p_per2") or "")
    return time_maps().periods.get("ا" + name if name.startswith("ل") else name)


def _named_year(
    text: str, m: re.Match[str], pub: dt.date | None, offset: int, part: str | None
) -> list[Item] | None:
    """A year period with its number or its calendar: "العام الحالي 2015م", "مطلع العام
    القادم 1437هـ" (the number wins: it names the year), "مطلع العام الهجري القادم" (the
    Hijri year after the dateline's); None when neither applies."""
    year_text = m.group("p_year")
    if year_text and counted_after(text, m.end("p_year")):
        year_text = None  # "العام الماضي 2000 حالة": a count follows the period
    hijri = bool(m.group("p_hijri") or m.group("p_hmark"))
    if year_text:
        year = int(year_text)
        if hijri or (1300 <= year <= 1500 and pub is not None and pub.year >= 1900):
            return th.hijri_year(year, part, m.start(), m.end())
        return [(m.start(), m.end(), tr.part_of_year(year, part))]
    if not m.group("p_hijri") or pub is None:
        return None
    end = m.end("p_dir")
    now = Gregorian(pub.year, pub.month, pub.day).to_hijri().year
    items = th.hijri_year(now + offset, part, m.start(), end)
    for item in items:
        item[2].anchored = True
    return items
