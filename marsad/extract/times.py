"""The `times` component: dates, relative days and periods, Hijri dates and durations.

One combined regex over the shadow text (`marsad.extract.shadow`) finds every expression;
the alternatives are tried in this order at each position:
- numeric dates "29/10/2024", "2024-10-29";
- Hijri dates "25 شوال 1436 هـ" (converted with hijridate, Umm al-Qura) and Hijri years;
- dates with a month name in any naming (CLDR through babel: يناير، كانون الثاني، جانفي،
  يوليوز…), with a day ("27 أكتوبر", "السادس من آب/أغسطس"), a part ("مطلع أكتوبر
  (تشرين الأول)"), the other naming ("يونيو (حزيران) 2024") and a year;
- years after a cue ("عام 2014", "بين عامي 2000 و2013");
- relative days (أمس، اليوم، غداً) with or without a weekday; weekdays ("يوم الأربعاء الماضي");
- periods ("العام الماضي", "هذا العام", "نهاية نفس العام");
- spans: "قبل ثلاثة أيام" (a date), "خلال ستة أسابيع" (a duration, ISO P…);
- bare years after a preposition ("في 2006").
Values are resolved against `doc.metadata.published` (see `timeresolve`). dateparser is not
needed: every form above is parsed here from CLDR and lexicon data.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import cache

import regex

from marsad.document import Document, TimeExpr
from marsad.extract import timeresolve as tr
from marsad.extract.calendar import (
    gregorian_months,
    hijri_month_bounds,
    hijri_months,
    hijri_to_gregorian,
    weekdays,
)
from marsad.extract.numbers import lexicon, number_word_regex, read_number, trie_regex
from marsad.extract.quantities import cues as amount_cues
from marsad.extract.quantities import ends_with, left_tokens
from marsad.extract.shadow import Shadow, fold, shadow_of
from marsad.extract.shadow import anchors as word_table
from marsad.extract.timecontext import (
    ambiguous_months,
    clause_tense,
    counted_after,
    folded_set,
    is_weekday,
    month_preps,
    spaced,
    time_maps,
    today_is_a_date,
    words,
)
from marsad.extract.units import time_units
from marsad.registry import component
from marsad.settings import Options

_NOT_LETTER = r"(?![^\W\d_])"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"


def _alt(words: Iterable[str]) -> str:
    """A trie alternation of folded phrases, spaces matching any run of spaces."""
    return "(?:" + trie_regex(words).replace("\\ ", r"\s+") + ")"


@cache
def _time_re() -> re.Pattern[str]:
    maps = time_maps()
    month = _alt(gregorian_months())
    hmonth = _alt(hijri_months())
    part = "(?:[وبل]?" + _alt(maps.parts) + ")"
    direction = _alt(maps.direction)
    alt = rf"(?:\s*\(\s*{month}\s*\)|\s*/\s*{month})"
    gmark = rf"(?:\s*{_alt(words('gregorian_marks'))}{_NOT_LETTER})?"
    hmark = _alt(words("hijri_marks"))
    day = r"(?:[0-3]?[0-9])(?![0-9])"
    ordinal = _alt(maps.ordinals)
    weekday = _alt([k for k in weekdays() if k.startswith("ال")])
    units = _alt(time_units())
    duals = _alt(w for w in time_units() if w.endswith(("ين", "ان")) and len(w) > 4)
    word = number_word_regex()
    number = rf"(?:[0-9]+(?:[.,][0-9]+)?|{word}(?:\s+(?:و\s*)?{word}){{0,3}})"
    cue = _alt(words("duration_cues") + words("ago") + words("later"))
    approx = _alt([" ".join(p) for p in amount_cues().approx_before])
    periods = _alt([k for k in maps.periods if k.startswith("ال")])
    this = _alt(words("this"))
    same = _alt(words("same_year"))
    year_cues = r"(?:عام|العام|لعام|بعام|وعام|سنه|السنه|لسنه|عامي|سنتي|اعوام|الاعوام|سنوات)"
    preps = r"(?:في|وفي|منذ|ومنذ|حتي|قبل|بعد|خلال|الي|عام|مطلع|منتصف|نهايه|اواخر|بدايه|اوائل)"
    return re.compile(
        r"(?<!\w)(?:"
        rf"(?P<n_d>[0-3]?[0-9])\s?(?P<n_sep>[/.-])\s?(?P<n_m>[01]?[0-9])\s?(?P=n_sep)\s?"
        rf"(?P<n_y>(?:19|20)[0-9]{{2}})(?![0-9])"
        rf"|(?P<i_y>(?:19|20)[0-9]{{2}})-(?P<i_m>[01][0-9])-(?P<i_d>[0-3][0-9])(?![0-9])"
        rf"|(?:(?P<h_day>{day})\s*(?:من\s+)?)?(?:شهر\s+)?(?P<h_month>{hmonth}){_NOT_LETTER}"
        rf"\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<h_year>1[2-5][0-9]{{2}})(?![0-9])"
        rf"(?:\s*(?P<h_mark>{hmark}){_NOT_LETTER})?"
        rf"|(?:(?:عام|العام|لعام|سنه)\s+)?(?P<hy_year>1[2-5][0-9]{{2}})\s*{hmark}{_NOT_LETTER}"
        rf"|(?:(?P<d_part>{part})\s+)?(?:(?P<d_day>{day})\s*(?:من\s+)?|(?P<d_ord>{ordinal})\s+(?:من\s+)?)?"
        rf"(?P<d_shahr>(?:شهر|شهري)\s+)?(?P<d_month>[وبل]?{month}){_NOT_LETTER}(?P<d_alt>{alt})?"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<d_year>{_YEAR})(?![0-9]){gmark})?"
        rf"(?:\s+(?P<d_dir>{direction}){_NOT_LETTER})?"
        rf"|(?:(?P<y_part>{part})\s+)?(?P<y_cue>{year_cues})\s+\(?\s*(?P<y_year>{_YEAR})(?![0-9])"
        rf"(?:\s*(?:و|-|–|/|الي|حتي)\s*(?P<y_year2>{_YEAR})(?![0-9]))?(?:\s*\))?{gmark}"
        rf"|(?P<r_word>[وف]?{_alt(maps.reldays)}){_NOT_LETTER}"
        rf"(?:\s*\(?\s*(?:يوم\s+)?(?P<r_wd>{weekday}){_NOT_LETTER}(?:\s*\))?)?"
        rf"|(?:(?P<w_yawm>يوم|نهار)\s+)?(?P<w_day>[وف]?{weekday}){_NOT_LETTER}"
        rf"(?:\s+(?P<w_dir>{direction}){_NOT_LETTER})?"
        rf"|(?:(?P<p_part>{part})\s+)?(?:(?P<p_this>{this})\s+(?P<p_per1>{periods})"
        rf"|(?P<p_per2>{periods})\s+(?P<p_dir>{direction}|نفسه|نفسها)|(?P<p_same>{same})){_NOT_LETTER}"
        rf"|(?:[وف]?(?P<s_cue>{cue})\s+)?(?:(?P<s_approx>{approx})\s+)?"
        rf"(?:(?P<s_num>{number})\s+(?P<s_unit>{units})|[لب]?(?P<s_unit1>{units})\s+(?P<s_one>واحد|واحده)"
        rf"|(?:[لب]|ال)?(?P<s_dual>{duals})){_NOT_LETTER}(?:\s+و\s*(?P<s_frac>نصف|ربع)(?:\s+{units}{_NOT_LETTER})?)?"
        rf"|(?P<b_prep>{preps})\s+\(?\s*(?P<b_year>(?:19|20)[0-9]{{2}})(?![0-9])"
        rf"|(?P<m_year>(?:19|20)[0-9]{{2}})\s*(?:م|ميلادي|ميلاديه){_NOT_LETTER}"
        rf"|(?P<solo>(?:19|20)[0-9]{{2}})(?![0-9.,٫٬])"
        r")"
    )


@cache
def _year_after_re() -> re.Pattern[str]:
    """After a month without a year: more months, then the year they share."""
    maps = time_maps()
    month = _alt(gregorian_months())
    alt = rf"(?:\s*\(\s*{month}\s*\)|\s*/\s*{month})?"
    more = rf"(?:\s*[،,]?\s*(?:و\s*)?(?:شهر\s+)?[وبل]?{month}{alt})*"
    return re.compile(
        rf"{more}\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<year>{_YEAR})(?![0-9])"
        rf"|{more}\s+(?:من\s+)?(?:العام|السنه)\s+(?P<dir>{_alt(maps.direction)}){_NOT_LETTER}"
        rf"|{more}\s+(?:من\s+)?(?:هذا|هذه)\s+(?P<this>العام|السنه){_NOT_LETTER}"
    )


def _shared_year(text: str, end: int, pub: dt.date | None) -> int | None:
    """ "أكتوبر ونوفمبر وديسمبر من العام الجاري": the year named after a run of months."""
    m = _year_after_re().match(text, end)
    if m is None:
        return None
    if m.group("year"):
        return int(m.group("year"))
    if pub is None:
        return None
    direction = time_maps().direction.get(m.group("dir") or "", "current")
    offset = {"past": -1, "future": 1}.get(direction, 0)
    return pub.year + offset


@component("times", assigns=("times",))
def extract_times(doc: Document, options: Options) -> Document:
    """Find the time expressions of `doc`, resolved against its publication date."""
    shadow = shadow_of(doc.text)
    pub = tr.parse_published(doc.metadata.published)
    found: list[TimeExpr] = []
    state: dict[str, int] = {}
    for m in matches(shadow):
        for start, end, value in _read(shadow.text, m, pub, state):
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
            if value.kind == "date" and value.value[:4].isdigit():
                state["year"] = int(value.value[:4])
    doc.times = found
    return doc


Item = tuple[int, int, tr.Value]
_DIGITS = regex.compile(r"[0-9]+")
_BACK = 4  # words before an anchor where an expression may start ("لأكثر من عامين")


@cache
def _anchors() -> Mapping[str, bool]:
    """Every written word that a time expression contains (months, weekdays, units…)."""
    maps = time_maps()
    heads: set[str] = set()
    for names in (gregorian_months(), hijri_months(), maps.reldays):
        heads.update(word for name in names for word in name.split())
    heads.update(weekdays())
    heads.update(k for k in maps.periods if k.startswith("ال"))
    heads.update(time_units())
    heads -= {"من", "في", "عن", "بعد", "ال"}  # too common: the other words of their phrases anchor
    prefixes = ("", "و", "ف", "ب", "ل", "ال", "بال", "وال", "لل")
    table: dict[str, bool] = {p + w: True for w in heads for p in prefixes}
    return word_table(table)


def matches(shadow: Shadow) -> list[re.Match[str]]:
    """The time expressions of the shadow text, left to right, without overlaps.

    Only where an anchor word (a month, a weekday, a time unit, أمس…) or a year-like number
    stands is the combined regex tried, at the anchor and at the few words before it.
    """
    text, clean = shadow.text, shadow.clean
    spots = [pos for pos, _, _ in shadow.find_words(_anchors())]
    for m in _DIGITS.finditer(text):  # a year, or a numeric date "29/10/2024"
        digits = m.group()
        if (len(digits) == 4 and "1200" <= digits < "2100") or text[m.end() : m.end() + 1] in "/.-":
            spots.append(m.start())
    spots.sort()
    openers = _openers()
    pattern = _time_re()
    out: list[re.Match[str]] = []
    done = 0
    for spot in spots:
        if spot < done:
            continue
        for start in _word_starts_before(clean, spot, done):
            word = clean[start : clean.find(" ", start, spot)]
            if start != spot and word not in openers and not word[:1].isdigit():
                continue  # only a number or a cue word can open an expression before its anchor
            m = pattern.match(text, start)
            if m is not None and m.end() > spot:
                out.append(m)
                done = m.end()
                break
    return out


@cache
def _openers() -> frozenset[str]:
    """Words an expression may start with before its anchor word (folded, with proclitics)."""
    maps = time_maps()
    heads = set(maps.parts) | set(maps.ordinals) | set(_anchors().keys())
    heads.update(words("duration_cues") + words("ago") + words("later") + words("this"))
    heads.update(" ".join(p) for p in amount_cues().approx_before)
    heads.update(word for phrase in words("same_year") for word in phrase.split())
    heads.update(fold(w) for w in ("يوم", "نهار", "شهر", "شهري", "عامي", "سنتي", "في", "منذ"))
    heads.update(fold(w) for w in ("حتى", "إلى", "من", "بحلول", "أول", "بعد", "قبل", "لا", "ما"))
    heads.update(lexicon())
    firsts = {phrase.split()[0] for phrase in heads if phrase}
    return frozenset(p + w for w in firsts for p in ("", "و", "ف", "ب", "ل"))


def _word_starts_before(clean: str, pos: int, floor: int) -> list[int]:
    """Starts of up to `_BACK` words before `pos` on its line (not before `floor`), and `pos`."""
    starts = [pos]
    i = pos
    while len(starts) <= _BACK:
        j = i - 1
        while j >= floor and clean[j] in " \t":
            j -= 1
        if j < floor or clean[j] == "\n":
            break
        k = max(
            clean.rfind(" ", floor, j), clean.rfind("\n", floor, j), clean.rfind("\t", floor, j)
        )
        i = max(k + 1, floor)
        starts.append(i)
    return starts[::-1]


def _read(text: str, m: re.Match[str], pub: dt.date | None, state: dict[str, int]) -> list[Item]:
    g = m.groupdict()
    if g["n_y"] or g["i_y"]:
        return _numeric(m)
    if g["h_month"]:
        return _hijri(m)
    if g["hy_year"]:
        return _hijri_year(m, m.start(), m.end())
    if g["d_month"]:
        return _date(text, m, pub)
    if g["y_year"]:
        return _years(text, m, pub)
    if g["r_word"]:
        return _relative_day(text, m, pub)
    if g["w_day"]:
        return _weekday(text, m, pub)
    if g["p_per1"] or g["p_per2"] or g["p_same"]:
        return _period(m, pub, state)
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


def _hijri(m: re.Match[str]) -> list[Item]:
    year, month = int(m.group("h_year")), hijri_months()[spaced(m.group("h_month"))]
    day = int(m.group("h_day")) if m.group("h_day") else None
    if not m.group("h_mark") and not (day and 1300 <= year <= 1500):
        return []  # "رجب 1440" without هـ or a day: too weak
    if day:
        date = hijri_to_gregorian(year, month, day)
        return [(m.start(), m.end(), tr.Value(date.isoformat(), "day"))] if date else []
    bounds = hijri_month_bounds(year, month)
    if bounds is None:
        return []
    value = tr.Value(f"{bounds[0].isoformat()}/{bounds[1].isoformat()}", "month", "interval")
    return [(m.start(), m.end(), value)]


def _hijri_year(m: re.Match[str], start: int, end: int, group: str = "hy_year") -> list[Item]:
    year = int(m.group(group))
    first, nxt = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return []
    last = nxt - dt.timedelta(days=1)
    return [(start, end, tr.Value(f"{first.isoformat()}/{last.isoformat()}", "year", "interval"))]


def _part(word: str | None) -> str | None:
    """start | early | mid | late | end for "مطلع", "بنهاية"… (None when absent)."""
    if not word:
        return None
    parts = time_maps().parts
    word = spaced(word)
    return parts.get(word) or parts.get(word[1:])


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
    part = _part(g["d_part"])
    direction = maps.direction.get(g["d_dir"] or "")
    strong = day or g["d_year"] or g["d_alt"] or part or g["d_shahr"]
    name = spaced(g["d_month"])
    bare = name if name in gregorian_months() else name[1:]
    if bare in ambiguous_months() and bare != name:
        return []  # "باب" is not ب + آب
    if bare in folded_set("weak_months") and not strong:
        return []
    if not (strong or direction) and bare in ambiguous_months():
        prev = left_tokens(text, m.start(), 1)
        if not prev or prev[-1][0] not in month_preps():
            return []  # "مارس الضغط", "آب" (father): a month only with a date around it
    start = m.start()
    if not (day or part):  # the month itself, without "شهر" or a proclitic و/ب/ل
        start = m.start("d_month") + (0 if name in gregorian_months() else 1)
    if day is not None and not 1 <= day <= 31:
        return []
    shared = None if g["d_year"] else _shared_year(text, m.end(), pub)
    if g["d_year"] or shared:
        year = int(g["d_year"]) if g["d_year"] else shared or 0
        value = tr.day_value(year, month, day) if day else tr.part_of_month(year, month, part)
    elif pub is not None:
        tense = clause_tense(text, m.start(), direction)
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
    return [(start, m.end(), value)] if value else []


def _years(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    part = _part(m.group("y_part"))
    year = int(m.group("y_year"))
    if counted_after(text, m.end("y_year")) and not m.group("y_year2"):
        return []
    if 1300 <= year <= 1500 and pub is not None and pub.year >= 1900:
        return _hijri_year(m, m.start(), m.end(), "y_year")  # "عام 1436" in a dated article
    first_end = m.end("y_year")
    out: list[Item] = [(m.start(), first_end, tr.part_of_year(year, part))]
    if m.group("y_year2"):
        out.append((m.start("y_year2"), m.end(), tr.part_of_year(int(m.group("y_year2")), None)))
    else:
        out = [(m.start(), m.end(), out[0][2])]
    return out


def _relative_day(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
    word = m.group("r_word")
    reldays = time_maps().reldays
    key = spaced(word) if spaced(word) in reldays else spaced(word)[1:]
    offset = reldays.get(key)
    if offset is None:
        return []
    weekday = weekdays().get(spaced(m.group("r_wd") or "")) if m.group("r_wd") else None
    if key == "اليوم" and weekday is None and not today_is_a_date(text, m):
        return []
    if pub is None:
        return [(m.start(), m.end(), tr.Value(tr.offset_days(offset), "relative", "relative"))]
    target = pub + dt.timedelta(days=offset)
    if weekday is not None:
        target = tr.nearest_weekday(weekday, target)
    return [(m.start(), m.end(), tr.Value(target.isoformat(), "day", anchored=True))]


def _weekday(text: str, m: re.Match[str], pub: dt.date | None) -> list[Item]:
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


def _period(m: re.Match[str], pub: dt.date | None, state: dict[str, int]) -> list[Item]:
    maps = time_maps()
    part = _part(m.group("p_part"))
    if m.group("p_same") or m.group("p_dir") in ("نفسه", "نفسها"):
        if state.get("year") is None:
            return []
        return [(m.start(), m.end(), tr.part_of_year(state["year"], part))]
    name = spaced(m.group("p_per1") or m.group("p_per2"))
    period = maps.periods.get(name)
    if period is None:
        return []
    direction = maps.direction.get(m.group("p_dir") or "", "current")
    offset = {"past": -1, "future": 1}.get(direction, 0)
    if pub is None:
        return [(m.start(), m.end(), tr.relative_period(period, offset))]
    value = tr.period_value(period, offset, pub, part)
    value.anchored = True
    return [(m.start(), m.end(), value)]


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
    left = tuple(t for t, _ in left_tokens(text, m.start(), 4))
    if not g["s_cue"] and (ends_with(left, amount_cues().age_before) or left[-1:] == ("(",)):
        return []  # an age: an amount
    cue = spaced(g["s_cue"] or "")
    start = m.start("s_cue") if g["s_cue"] else m.start()
    relative_to_other = bool(re.match(r"\s*(?:من|علي)(?![^\W\d_])", text[m.end() : m.end() + 6]))
    sign = -1 if cue in words("ago") and cue != "منذ" else 1 if cue == "بعد" else 0
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
        if ends_with(left, _not_year_before()) or (pub and year > pub.year + 40):
            return []  # "بلغ عددهم 1950", "نحو 2000": a count without its noun
    return [(m.start(group), m.end(), tr.Value(f"{year:04d}", "year"))]


@cache
def _not_year_before() -> frozenset[tuple[str, ...]]:
    phrases = set(amount_cues().approx_before)
    phrases.update((w,) for w in amount_cues().labels)
    phrases.update(tuple(w.split()) for w in words("not_year_before"))
    return frozenset(phrases)
