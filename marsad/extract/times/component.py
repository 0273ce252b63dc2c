"""The `times` component: dates, relative days and periods, Hijri dates and durations.

One combined regex over the shadow text (`marsad.extract.numeric.shadow`, built and tried only at
anchor words by `marsad.extract.times.scan`) finds every expression; its alternatives, in order:
- numeric dates "29/10/2024", "2024-10-29";
- Hijri dates "25 شوال 1436 هـ", "10/1/1436", months placed by their direction ("شهر
  رمضان الماضي") and years with their parts ("نهاية عام 1435هـ"): `timehijri`;
- dates with a month name in any naming (CLDR through babel: يناير، كانون الثاني، جانفي،
  يوليوز…), with a day ("27 أكتوبر", "السادس من آب/أغسطس"), a part ("مطلع أكتوبر
  (تشرين الأول)"), the other naming ("يونيو (حزيران) 2024") and a year;
- years after a cue ("عام 2014", "بين عامي 2000 و2013");
- relative days (أمس، اليوم، غداً، الليلة الماضية) with or without a weekday, a date written
  right after one joining it ("اليوم الخميس 25 ماي 2017"); weekdays ("يوم الأربعاء الماضي");
- periods ("العام الماضي", "لهذه السنة", "نهاية نفس العام", "مقارنة بالعام السابق": the year
  before the last one named), with their year ("العام الحالي 2015م", "مطلع العام القادم
  1437هـ") or calendar ("مطلع العام الهجري القادم"): `timerelative`;
- spans: "قبل ثلاثة أيام" (a date), "خلال ستة أسابيع" (a duration, ISO P…);
- years after a preposition ("في 2006") or standing alone ("مونديال 2018").
This module reads what each alternative matched (`_read`); `timecontext` decides whether a
word is a time at all and the tense of its clause.
Values are resolved against `doc.metadata.published` (see `timeresolve`). dateparser is not
needed: every form above is parsed here from CLDR and lexicon data.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from marsad.document import Document, TimeExpr
from marsad.extract.numeric.ages import CLOSERS, is_age
from marsad.extract.numeric.calendar import (
    gregorian_months,
    weekdays,
)
from marsad.extract.numeric.context import cues as amount_cues, ends_with, left_tokens, left_words
from marsad.extract.numeric.numbers import read_number
from marsad.extract.numeric.shadow import Shadow, fold, shadow_of
from marsad.extract.numeric.units import time_units
from marsad.extract.times import hijri as th, resolve as tr
from marsad.extract.times.context import (
    ambiguous_months,
    clause_tense,
    counted_after,
    folded_set,
    labelled_list,
    month_preps,
    not_year_before,
    spaced,
    time_maps,
    words,
)
from marsad.extract.times.ranges import just_past, range_end, range_start, weekday_year
from marsad.extract.times.relative import named_weekday, part_of, period, relative_day
from marsad.extract.times.scan import matches, shared_year
from marsad.registry import component
from marsad.settings import Options


@component("times", assigns=("times",))
def extract_times(doc: Document, options: Options) -> Document:
    """Find the time expressions of `doc`, resolved against its publication date."""
    shadow = shadow_of(doc.text)
    pub = tr.parse_published(doc.metadata.published)
    found: list[TimeExpr] = []
    state: dict[str, int] = {}
    covered = 0  # an expression may read past its match ("يوليو من العام الماضي")
    weekday_at = -1  # index in `found` of a weekday that a written date may follow
    for m in matches(shadow):
        if m.start() < covered:
            continue
        items = _read(shadow.text, m, pub, state)
        if weekday_at >= 0 and items and items[0][2].grain == "day":
            date_at = shadow.span(*items[0][:2])
            if m.group("d_month") and not m.group("d_dir") and items[0][2].anchored and pub:
                value = weekday_year(doc.text, found[weekday_at], date_at, items[0][2], pub)
                items[0] = (items[0][0], items[0][1], value)
            if _take_date(doc.text, found[weekday_at], date_at, items[0][2]):
                covered = max(covered, items[0][1])
                _remember(state, items[0][2], True)
                items = items[1:]  # "اليوم الخميس 25 ماي 2017": one expression
        weekday_at = len(found) if (m.group("w_day") or m.group("r_wd")) and items else -1
        if m.group("d_month") or m.group("p_per1") or m.group("p_per2") or m.group("p_same"):
            items = [_day_of_month(shadow.text, item, covered) for item in items]
        hijri = bool(m.group("hr_month"))
        if found and items and (m.group("d_month") or hijri) and items[0][2].anchored:
            at = shadow.span(*items[0][:2])[0]
            value = range_end(doc.text, found[-1], at, items[0][2], hijri)
            items[0] = (items[0][0], items[0][1], value)
        elif found and items and m.group("d_month") and state.get("open") == len(found) - 1:
            range_start(doc.text, found[-1], shadow.span(*items[0][:2])[0], items[0][2])
        first = _first_of_range(shadow.text, m, items, found[-1].end if found else 0, shadow)
        named = any(m.group(g) for g in ("d_month", "n_y", "i_y", "p_per1", "p_per2", "p_same"))
        for start, end, value in first + items:
            covered = max(covered, end)
            o_start, o_end = shadow.span(start, end)
            found.append(
                TimeExpr(
                    doc.text[o_start:o_end],
                    o_start,
                    o_end,
                    value=value.value,
                    grain=value.grain,
                    kind=value.kind,
                    anchor=pub.isoformat() if value.anchored and pub else None,
                )
            )
            _remember(state, value, named)
        state.pop("open", None)  # a Gregorian month or day whose year was inferred, just read
        if m.group("d_month") and items and items[-1][2].anchored:
            state["open"] = len(found) - 1
    doc.times = found
    return doc


Item = tuple[int, int, tr.Value]


def _remember(state: dict[str, int], value: tr.Value, names_month: bool) -> None:
    """The year and month a later "العام نفسه" / "الشهر نفسه" refers to (a month named or
    written, not a weekday's)."""
    if value.kind == "date" and value.value[:4].isdigit() and value.names_year:
        state["year"] = int(value.value[:4])
        if names_month and value.grain in ("day", "month") and value.value[5:7].isdigit():
            state["month"] = int(value.value[:4]) * 100 + int(value.value[5:7])


# "في الـ31 من جانفي", "يوم 21 من الشهر الجاري": a day of the month named after it
_DAY_OF = re.compile(r"(?<![0-9.,/])(?:ال\s*)?([0-3]?[0-9])\s+من\s+(?:شهر\s+)?$")
_DAY_BEFORE = re.compile(r"(?<![0-9])([0-3]?[0-9])\s*(?:و|الي|إلى|حتي|-|–|—)\s*$")


def _day_of_month(text: str, item: Item, floor: int) -> Item:
    """A Gregorian month ("جانفي", "الشهر الجاري") after "الـ31 من" is that day of it."""
    start, end, value = item
    if value.grain != "month" or not re.fullmatch(r"[0-9]{4}-[0-9]{2}", value.value):
        return item
    m = _DAY_OF.search(text, max(floor, start - 16), start)
    if m is None:
        return item
    year, month = int(value.value[:4]), int(value.value[5:])
    if not 1 <= int(m.group(1)) <= calendar.monthrange(year, month)[1]:
        return item
    day = tr.Value(f"{value.value}-{int(m.group(1)):02d}", "day", anchored=value.anchored)
    return m.start(), end, day


def _first_of_range(
    text: str, m: re.Match[str], items: list[Item], floor: int, shadow: Shadow
) -> list[Item]:
    """ "من 15 إلى 20 أغسطس", "19 – 21 شوال 1436هـ", "ليومي 13 و14 ماي": the first day of a
    range shares the month of the second (and its calendar: counted back from its date)."""
    if len(items) != 1 or items[0][2].grain != "day":
        return []
    group = next((g for g in ("d_day", "h_day", "hr_day") if m.group(g)), None)
    if group is not None:
        day, at = m.group(group), m.start(group)
        if items[0][0] not in (m.start(), at):
            return []  # "مطلع": a part, not a day, opens the expression
    else:  # a day read before its month ("يومي 8 و9 من الشهر الجاري")
        lead = re.match(r"(?:ال\s*)?([0-3]?[0-9])(?![0-9])", text[items[0][0] : items[0][1]])
        if lead is None:
            return []
        day, at = lead.group(1), items[0][0] + lead.start(1)
    before = _DAY_BEFORE.search(text, max(0, at - 12), at)
    if before is None or shadow.span(before.start(), before.end())[0] < floor:
        return []
    first = int(before.group(1))
    if not 1 <= first < int(day):
        return []
    date = dt.date.fromisoformat(items[0][2].value) - dt.timedelta(days=int(day) - first)
    value = tr.Value(date.isoformat(), "day", anchored=items[0][2].anchored)
    return [(before.start(1), before.end(1), value)]


_ADJACENT_DATE = re.compile(r"\s*[،,]?\s*")
_BETWEEN = re.compile(r"[\s،,:(\-–]*(?:الموافق|الموافقة|الموافق ل)?[\s،,:(\-–]*")


def _take_date(text: str, weekday: TimeExpr, date_at: tuple[int, int], value: tr.Value) -> bool:
    """ "يوم الأحد الموافق 24/10/1436هـ", "الخميس 2 فيفري": the weekday is the written date
    (a future one often), not the last such weekday before the dateline. Written right after
    it ("اليوم الخميس 25 ماي 2017") the date is part of the weekday's expression: True."""
    start, end = date_at
    if not _BETWEEN.fullmatch(text, weekday.end, start):
        return False
    named = weekdays().get(fold(weekday.text.split()[-1].strip("()")).removeprefix("و"))
    date = dt.date.fromisoformat(value.value)
    if named != date.weekday():  # a date that is not that weekday is about something else
        return False
    weekday.value, weekday.anchor = value.value, None
    if not _ADJACENT_DATE.fullmatch(text, weekday.end, start):
        return False  # "… الموافق …": two namings, each its own expression
    weekday.end, weekday.text = end, text[weekday.start : end]
    return True


def _read(text: str, m: re.Match[str], pub: dt.date | None, state: dict[str, int]) -> list[Item]:
    g = m.groupdict()
    if g["hn_y"] or g["hi_y"]:
        return th.hijri_numeric(m)
    if g["n_y"] or g["i_y"]:
        return _numeric(m)
    if g["h_month"]:
        return th.hijri_date(m)
    if g["hy_year"]:
        return th.hijri_year(int(g["hy_year"]), part_of(g["hy_part"]), m.start(), m.end())
    if g["hr_month"]:
        return th.hijri_relative(text, m, pub)
    if g["d_month"]:
        return _date(text, m, pub)
    if g["y_year"]:
        return _years(text, m, pub)
    if g["r_word"]:
        return relative_day(text, m, pub)
    if g["w_day"]:
        return named_weekday(text, m, pub)
    if g["p_per1"] or g["p_per2"] or g["p_same"] or g["pb_per"]:
        return period(text, m, pub, state)
    if g["s_unit"] or g["s_unit1"] or g["s_dual"]:
        return _span(text, m, pub)
    return _bare_year(text, m, pub)


def _numeric(m: re.Match[str]) -> list[Item]:
    if m.group("n_y"):
        y, mo, d = int(m.group("n_y")), int(m.group("n_m")), int(m.group("n_d"))
    else:
        y, mo, d = int(m.group("i_y")), int(m.group("i_m")), int(m.group("i_d"))
    value = tr.day_value(y, mo, d)
    return [(m.start(), m.end(), value)] if value else []


def _month_number(name: str) -> int | None:
    months = gregorian_months()
    name = spaced(name)
    if name in months:
        return months[name]
    return months.get(name[1:]) if name[:1] in "وبل" else None


def _date(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    g = m.groupdict()
    month = _month_number(g["d_month"])
    if month is None:
        return []
    maps = time_maps()
    day = int(g["d_day"]) if g["d_day"] else maps.ordinals.get(spaced(g["d_ord"] or ""))
    part = part_of(g["d_part"])
    direction = maps.direction.get(g["d_dir"] or "")
    strong = day or g["d_year"] or g["d_alt"] or part or g["d_shahr"]
    name = spaced(g["d_month"])
    bare = name if name in gregorian_months() else name[1:]
    if bare in ambiguous_months() and bare != name and not (name[0] == "و" and g["d_year"]):
        return []  # "باب" is not ب + آب; but "بين يناير ومارس 2014"
    if bare in folded_set("weak_months") and not strong:
        return []
    prev = left_tokens(text, m.start(), 1)
    if not g["d_year"] and prev and prev[-1][0] in folded_set("event_before_month"):
        return []  # "حرب أكتوبر", "ثورة 25 يناير": an event's name, not this year's month
    if not (strong or direction) and bare in ambiguous_months():
        prev = left_tokens(text, m.start(), 1)
        if not prev or prev[-1][0] not in month_preps():
            return []  # "مارس الضغط", "آب" (father): a month only with a date around it
    start = m.start("d_day") if g["d_day"] and not part else m.start()  # not the و of "و30"
    if not (day or part):  # the month itself, without "شهر" or a proclitic و/ب/ل
        start = m.start("d_month") + (0 if name in gregorian_months() else 1)
    if day is not None and not 1 <= day <= 31:
        return []
    shared = None if g["d_year"] else shared_year(text, m.end(), pub)
    end = shared[1] if shared else m.end()
    if g["d_year"] or shared:
        year = int(g["d_year"]) if g["d_year"] else shared[0] if shared else 0
        value = tr.day_value(year, month, day) if day else tr.part_of_month(year, month, part)
    elif pub is not None:
        tense = clause_tense(text, m.start(), direction)
        if tense == "future" and not direction and just_past(month, day, pub):
            tense = "past"  # "سيتم تسديد شهر مايو" in August: May's salaries, not next May's
        if day:
            year = tr.day_month_year(month, day, pub, tense)
            if tense == "past" and not direction and tr.days_ahead(month, day, pub) <= 60:
                year = pub.year  # "يوم 23 يوليو" in a July article: the coming one, not last year's
            value = tr.day_value(year, month, day)
        else:
            value = tr.part_of_month(tr.month_year(month, pub, tense), month, part)
        if value is not None:
            value.anchored = True
    else:
        suffix = f"-{day:02d}" if day else ""
        value = tr.Value(f"XXXX-{month:02d}{suffix}", "relative", "relative")
    return [(start, end, value)] if value else []


def _years(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    part = part_of(m.group("y_part"))
    year = int(m.group("y_year"))
    if counted_after(text, m.end("y_year")) and not m.group("y_year2"):
        return []
    if 1300 <= year <= 1500 and pub is not None and pub.year >= 1900:
        return th.hijri_year(year, part, m.start(), m.end())  # "عام 1436" in a dated article
    first_end = m.end("y_year")
    out: list[Item] = [(m.start(), first_end, tr.part_of_year(year, part))]
    if m.group("y_year2"):
        out.append((m.start("y_year2"), m.end(), tr.part_of_year(int(m.group("y_year2")), None)))
    else:
        out = [(m.start(), m.end(), out[0][2])]
    return out


_CONTRACT_AFTER = re.compile(r"\s+(?:ل|لل)[^\W\d_]{2,}|\s+[^\W\d_]+يه(?![^\W\d_])")
_CONTRACT_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?عقود?(?![^\W\d_])")


_SIGNING = frozenset({"وقع", "وقعت", "توقع", "يوقع", "توقيع", "بتوقيع", "تجديد", "ابرام", "ابرمت"})


def _contracts(text: str, m: re.Match[str]) -> bool:
    """عقد/عقود without a time cue: contracts when a ل-phrase or an adjective follows ("8 عقود
    لشركات", "عقود استشارية"), after signing ("توقع 3 عقود") or when the word was just used
    so; decades otherwise ("قبل ما ينوف على سبعة عقود")."""
    before = text[max(0, m.start() - 12) : m.start()].split()[-1:]
    if _CONTRACT_AFTER.match(text, m.end()) or (before and before[0] in _SIGNING):
        return True
    return bool(_CONTRACT_BEFORE.search(text, max(0, m.start() - 120), m.start()))


# "بعد 4 أيام (فقط) من انتخابه", "قبل عام على …": counted from another event (not "من الآن")
_OF_OTHER = re.compile(
    r"\s*(?:(?:فقط|تقريبا)\s+)?(?:من|علي)(?![^\W\d_])(?!\s+(?:الان|اليوم)(?![^\W\d_]))"
)


def _span(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    """ "قبل 28 عاما" (a date), "خلال ستة أسابيع" / "عامين ونصف عام" (durations)."""
    g = m.groupdict()
    unit_word = g["s_unit"] or g["s_unit1"] or g["s_dual"]
    unit = time_units().get(unit_word)
    if unit is None:
        return []
    if g["s_num"]:
        phrase = read_number(g["s_num"], 0, allow_small=True)
        if phrase is None:
            return []
        amount = phrase.value
    elif g["s_one"]:
        amount = 1.0
    elif unit_word.endswith(("ين", "ان")) and len(unit_word) > 4:
        amount = 2.0  # a dual: عامين، يومين، ساعتين
    else:
        return []
    amount += {"نصف": 0.5, "ربع": 0.25}.get(g["s_frac"] or "", 0.0)
    cue = spaced(g["s_cue"] or "")
    if unit.iso == "10Y" and not cue and _contracts(text, m):
        return []  # "تجديد 8 عقود لشركات", "عقود استشارية من خمسة إلى ستة عقود": contracts
    after = text[m.end() : m.end() + 12].split()[:1]
    approx = tuple(cue.split()) in amount_cues().approx_before  # "أكثر من 80 عاما"
    left = left_words(text, m.start(), 8)
    closed = text[m.end() : m.end() + 3].lstrip()[:1] in CLOSERS or m.end() == len(text)
    if (approx or not cue) and is_age(left, "".join(after), unit.iso == "Y", closed):
        return []  # an age: an amount
    start = m.start("s_cue") if g["s_cue"] else m.start()
    relative_to_other = bool(_OF_OTHER.match(text, m.end()))
    sign = -1 if cue in words("ago") and cue != "منذ" else 1 if cue == "بعد" else 0
    if sign == 1 and clause_tense(text, m.start(), None) != "future":
        sign = 0  # "أصبح رئيسه بعد 11 عاما", "بعد 29 سنة قضاها": after some other event
    if sign and not relative_to_other:
        if pub is None:
            return [(start, m.end(), tr.relative_shift(amount, unit.iso, sign))]
        return [(start, m.end(), tr.shift(pub, amount, unit.iso, sign))]
    value = tr.Value(tr.duration(amount, unit.iso), "duration", "duration")
    return [(start, m.end(), value)]


def _bare_year(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    """ "في 2006", "2016م", and a year standing alone ("مونديال 2018", "مواليد 1986")."""
    group = next(g for g in ("b_year", "m_year", "solo") if m.group(g))
    if counted_after(text, m.end(group)):
        return []  # "2000 مقاتل" is an amount
    year = int(m.group(group))
    if group == "solo":
        left = tuple(t for t, _ in left_tokens(text, m.start(), 3))
        if ends_with(left, not_year_before()) or (pub and year > pub.year + 40):
            return []  # "بلغ عددهم 1950", "نحو 2000": a count without its noun
        if labelled_list(text, m.start()):
            return []  # "القرارات 1696 و1737 … و1929": numbers of a list, not years
    return [(m.start(group), m.end(), tr.Value(f"{year:04d}", "year"))]
