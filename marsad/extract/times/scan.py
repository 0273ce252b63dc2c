"""Finding time expressions: the combined regex and where to try it (`marsad.extract.times`).

`time_re()` is one regex with an alternative per form (numeric and Hijri dates, month names of
every naming, years after a cue, relative days, weekdays, periods, spans, lone years). Trying
it at every position of an article is slow in Python's `re`, so `matches()` tries it only at an
anchor word (a month, a weekday, a time unit, أمس…) or a year-like number, and at the few words
before an anchor that can open an expression ("مطلع", "قبل", a number).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from functools import cache

import regex

from marsad.extract.numeric.calendar import gregorian_months, hijri_months, weekdays
from marsad.extract.numeric.context import cues as amount_cues
from marsad.extract.numeric.numbers import lexicon, number_word_regex, trie_regex
from marsad.extract.numeric.shadow import Shadow, anchors as word_table, fold
from marsad.extract.numeric.units import time_units
from marsad.extract.times.context import time_maps, words

NOT_LETTER = r"(?![^\W\d_])"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"


def _alt(words: Iterable[str]) -> str:
    """A trie alternation of folded phrases, spaces matching any run of spaces."""
    return "(?:" + trie_regex(words).replace("\\ ", r"\s+") + ")"


@cache
def time_re() -> re.Pattern[str]:
    maps = time_maps()
    month = _alt(gregorian_months())
    hmonth = _alt(hijri_months())
    part = "(?:[وبل]?" + _alt(maps.parts) + ")"
    direction = _alt(maps.direction)
    # the same month in a second naming: "يونيو (حزيران)", "يونيو/حزيران", "يوليو - تموز"
    alt = (
        rf"(?:\s*\(\s*{month}\s*\)|\s*/\s*{month}"
        rf"|\s*[-–]\s*{month}(?![^\W\d_])|\s+{month}(?![^\W\d_]))"
    )
    gmark = rf"(?:\s*{_alt(words('gregorian_marks'))}{NOT_LETTER})?"
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
    definite = [k for k in maps.periods if k.startswith("ال")]
    periods = _alt(definite)
    periods_lam = _alt(definite + ["ل" + k[2:] for k in definite])  # "للعام" is ل + "لعام"
    this = _alt(words("this"))
    same = _alt(words("same_year") + words("same_month"))
    other_year = r"\s(?:ال|قبل)|[0-9(]"  # "العام الدراسي", "العام قبل الماضي", "العام 2018"
    year_cues = r"(?:عام|العام|لعام|بعام|وعام|سنه|السنه|لسنه|عامي|سنتي|اعوام|الاعوام|سنوات)"
    preps = r"(?:في|وفي|منذ|ومنذ|حتي|قبل|بعد|خلال|الي|عام|مطلع|منتصف|نهايه|اواخر|بدايه|اوائل)"
    hyear = r"(?:1[34][0-9]{2})(?![0-9])"
    not_year = rf"(?!(?<=عام|سنه)\s*\(?\s*{YEAR}(?![0-9]))"  # "20 مليونا عام 2014": a year
    return re.compile(
        r"(?<!\w)(?:"
        rf"(?P<hn_d>[0-3]?[0-9])\s*(?P<hn_sep>[/.-])?\s*(?P<hn_m>[01]?[0-9])\s*(?(hn_sep)(?P=hn_sep))"
        rf"\s*(?P<hn_y>{hyear})(?(hn_sep)(?:\s*(?P<hn_mark>{hmark}){NOT_LETTER})?|\s*{hmark}{NOT_LETTER})"
        rf"|(?P<hi_y>{hyear})\s*(?P<hi_sep>[/-])\s*(?P<hi_m>[01]?[0-9])\s*(?P=hi_sep)\s*"
        rf"(?P<hi_d>[0-3]?[0-9])(?![0-9])(?:\s*{hmark}{NOT_LETTER})?"
        rf"|(?P<n_d>[0-3]?[0-9])\s?(?P<n_sep>[/.-])\s?(?P<n_m>[01]?[0-9])\s?(?P=n_sep)\s?"
        rf"(?P<n_y>(?:19|20)[0-9]{{2}})(?![0-9])"
        rf"|(?P<i_y>(?:19|20)[0-9]{{2}})\s?(?P<i_sep>[-/.])\s?(?P<i_m>[01]?[0-9])\s?(?P=i_sep)\s?"
        rf"(?P<i_d>[0-3]?[0-9])(?![0-9])"
        rf"|(?:(?P<h_part>{part})\s+)?(?:(?:(?P<h_day>{day})|(?P<h_ord>{ordinal}))\s*(?:من\s+)?)?"
        rf"(?:شهر\s+)?"
        rf"(?P<h_month>{hmonth}){NOT_LETTER}"
        rf"\s*(?:من\s+)?(?:عام\s+|سنه\s+)?(?P<h_year>1[2-5][0-9]{{2}})(?![0-9])"
        rf"(?:\s*(?P<h_mark>{hmark}){NOT_LETTER})?"
        rf"|(?:(?P<hy_part>{part})\s+)?(?:(?:عام|العام|لعام|سنه)\s+)?(?P<hy_open>\(\s*)?"
        rf"(?P<hy_year>1[2-5][0-9]{{2}})(?(hy_open)\s*\)|(?:\s*\))?)\s*{hmark}{NOT_LETTER}"
        rf"|(?:(?P<hr_part>{part})\s+)?(?:(?:(?P<hr_day>{day})|(?P<hr_ord>{ordinal}))\s*(?:من\s+)?)?"
        rf"(?P<hr_shahr>شهر\s+)?"
        rf"(?P<hr_month>{hmonth}){NOT_LETTER}"
        rf"(?:\s+(?P<hr_dir>{direction}){NOT_LETTER})?"
        rf"|(?:(?P<d_part>{part})\s+)?(?:و?(?P<d_day>{day})\s*(?:من\s+)?|(?P<d_ord>{ordinal})\s+(?:من\s+)?)?"
        rf"(?P<d_shahr>(?:شهر|شهري)\s+)?(?P<d_month>[وبل]?{month}){NOT_LETTER}(?P<d_alt>{alt})?"
        rf"(?:\s*[،,]?\s*(?:من\s+)?(?:عام\s+|العام\s+|سنه\s+)?(?P<d_year>{YEAR})(?![0-9]){gmark})?"
        rf"(?:\s+(?P<d_dir>{direction}){NOT_LETTER})?"
        rf"|(?:(?P<y_part>{part})\s+)?(?P<y_cue>{year_cues})\s+\(?\s*(?P<y_year>{YEAR})(?![0-9])"
        rf"(?:\s*(?:و|-|–|/|الي|حتي)\s*(?P<y_year2>{YEAR})(?![0-9]))?(?:\s*\))?{gmark}"
        rf"|(?P<r_word>[وف]?{_alt(maps.reldays)}){NOT_LETTER}"
        rf"(?:\s*\(?\s*(?:يوم\s+)?(?P<r_wd>{weekday}){NOT_LETTER}(?:\s*\))?)?"
        rf"|(?:(?P<w_yawm>يوم|نهار)\s+)?(?P<w_day>[وف]?{weekday}){NOT_LETTER}"
        rf"(?:\s+(?P<w_dir>{direction}){NOT_LETTER})?"
        rf"|(?:(?P<p_part>{part})\s+)?(?:[وف]?[لب]?(?P<p_this>{this})\s+(?P<p_per1>{periods})"
        rf"|[وف]?(?:ب|ل(?=ل))?(?P<p_per2>{periods_lam})(?P<p_hijri>\s+الهجري|\s+الهجريه)?"
        rf"\s+(?P<p_dir>{direction}|نفسه|نفسها)"
        rf"|(?P<p_same>{same})){NOT_LETTER}"
        rf"(?:\s*\(?\s*(?P<p_year>{YEAR})(?![0-9]|\s*[/-]\s*[0-9])(?:\s*\))?(?:\s*(?P<p_hmark>{hmark}){NOT_LETTER}|{gmark}))?"
        rf"|(?P<pb_part>{part})\s+(?P<pb_per>العام|السنه|الشهر){NOT_LETTER}(?!\s*(?:{other_year}))"
        rf"|(?:[وف]?(?P<s_cue>{cue})\s+)?(?:(?P<s_approx>{approx})\s+)?"
        rf"(?:(?P<s_num>{number})\s+(?P<s_unit>{units})|[لب]?(?P<s_unit1>{units})\s+(?P<s_one>واحد|واحده)"
        rf"|(?:[لب]|ال)?(?P<s_dual>{duals})){NOT_LETTER}{not_year}(?:\s+و\s*(?P<s_frac>نصف|ربع)(?:\s+{units}{NOT_LETTER})?)?"
        rf"|(?P<b_prep>{preps})\s+\(?\s*(?P<b_year>(?:19|20)[0-9]{{2}})(?![0-9]|[.,٫٬][0-9])"
        rf"|و?(?P<m_year>(?:19|20)[0-9]{{2}})\s*(?:م|ميلادي|ميلاديه){NOT_LETTER}"
        rf"|(?<![×x*]\s)(?<![×x*])و?(?P<solo>(?:19|20)[0-9]{{2}})(?![0-9]|[.,٫٬][0-9]|\s*[×x*])"
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
        rf"{more}\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنه)\s+)?(?P<year>{YEAR})(?![0-9])"
        rf"|{more}\s+(?:من\s+)?(?:العام|السنه)\s+(?P<dir>{_alt(maps.direction)}){NOT_LETTER}"
        rf"|{more}\s+(?:من\s+)?(?:هذا|هذه)\s+(?P<this>العام|السنه){NOT_LETTER}"
    )


_ADJACENT = re.compile(r"\s+(?:من\s+)?(?:العام|السنه|هذا|هذه)\s")


def shared_year(text: str, end: int, pub: dt.date | None) -> tuple[int, int] | None:
    """ "أكتوبر ونوفمبر وديسمبر من العام الجاري": the year named after a run of months, and
    where the month's expression ends: after "من العام الماضي" when it follows the month
    itself ("يوليو من العام الماضي" is one expression), else at `end`."""
    m = _year_after_re().match(text, end)
    if m is None:
        return None
    if m.group("year"):
        return int(m.group("year")), end
    if pub is None:
        return None
    direction = time_maps().direction.get(m.group("dir") or "", "current")
    offset = {"past": -1, "future": 1}.get(direction, 0)
    return pub.year + offset, m.end() if _ADJACENT.match(text, end) else end


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
    pattern = time_re()
    out: list[re.Match[str]] = []
    done = 0
    for spot in spots:
        if spot < done:
            continue
        for start in _word_starts_before(clean, spot, done):
            word = clean[start : clean.find(" ", start, spot)]
            digit = word[:1].isdigit() or (word[:1] == "و" and word[1:2].isdigit())  # "و30"
            if start != spot and word not in openers and not digit:
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
    same = words("same_year") + words("same_month")
    heads.update(word for phrase in same for word in phrase.split())
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
