"""The end of a range read without a year comes after its start ("من 25 ذي الحجة وحتى الرابع
من محرم", "ما بين 29 سبتمبر و8 نوفمبر", "من يوليو إلى سبتمبر"): each name alone resolves to
the last such date before the dateline, which can put the end a year before the start."""

from __future__ import annotations

import datetime as dt
import re

from hijridate import Gregorian, Hijri

from marsad.document import TimeExpr
from marsad.extract.times import resolve as tr

# what joins the two ends: "إلى", "حتى", "وحتى", "والى غاية", a dash; a lone و after "بين" only
_TO = re.compile(r"\s*(?:[-–]|[و]?\s*(?:حتى|حتي|إلى|الى|لغاية)|و)\s*(?:غاية\s+)?(?:يوم\s+)?")
_BETWEEN = re.compile(r"بين\s*$")
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?")


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
