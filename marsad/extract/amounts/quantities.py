"""One quantity at a time: a number, what it counts, and whether it is an amount at all.

`read_quantity(text, pos)` reads the number at shadow offset `pos` with its left and right
context and returns a `Quantity`, or None when the number is not an amount: a year, a date, a
time of day, a phone, law or article number, an ordinal ("الـ 28"), a rank, a duration
("خلال ستة أسابيع"; an age is an amount: "عمرها 1370 عاما"). The `amounts` stage links the
quantities (shared units, ranges) and attributes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.extract.amounts.counted import YEAR_AT, is_future_verb, unit_after
from marsad.extract.numeric.ages import CLOSERS, age_cues, is_age
from marsad.extract.numeric.context import (
    cues,
    ends_with,
    exceeds,
    is_date_part,
    is_label,
    left_words,
)
from marsad.extract.numeric.numbers import (
    DIGITS_RE,
    NumberPhrase,
    Token,
    lexicon,
    read_number,
    tokens_at,
)
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import (
    Unit,
    is_plural,
    known_noun,
    match_unit,
)

_YEAR = re.compile(r"[12][0-9]{3}")
_THREE_DECIMALS = re.compile(r"[0-9]+[.,][0-9]{3}")
_DATE_OR_TIME = re.compile(r"[0-9]+\s?[/:]\s?[0-9]")
_YEAR_THEN_STOP = re.compile(
    r"(?:1[0-9]|20)[0-9]{2}(?![0-9.,])\s*(?:[،,.):؛–-]|م(?![^\W\d_]|[23]|\.?\s?د(?![^\W\d_]))|هـ|ه(?![^\W\d_])|$)"
)
_PHONE = re.compile(r"0[0-9]{2,}|[0-9]{7,}")  # "04 أشخاص" (a zero-padded count) is no phone
_DIGITS_AT = re.compile(DIGITS_RE)
_BRACKETS = {"(": ")", "«": "»", "“": "”", '"': '"'}  # around a figure: "(10) مسدسات", «52» مليون
_EVERY = frozenset({"كل", "لكل", "بكل", "وكل", "ولكل", "فكل"})


@dataclass(slots=True)
class Quantity:
    """A candidate amount, in shadow offsets."""

    start: int  # approximation word or number
    num_start: int
    num_end: int
    end: int  # end of the unit (or of the number when the unit is elsewhere)
    value: float
    phrase: NumberPhrase
    unit: Unit | None = None
    unit_start: int = 0
    unit_end: int = 0
    subject_end: int = 0
    approx: str | None = None
    modality: str = "reported"
    left: tuple[str, ...] = ()  # folded words before the number (or the approximation)
    value_max: float | None = None
    shared: bool = False  # the unit was taken from a following number ("477 و459 كلم")
    elided: bool = False  # the unit was taken from an earlier amount ("12 ألفاً")
    partitive: bool = False  # "أربعة من إرهابيي داعش"
    right: list[Token] = field(default_factory=list)  # tokens after the number


_AFTER_SLASH = re.compile(r"[0-9]\s*/\s*$")


def read_quantity(text: str, pos: int) -> Quantity | None:
    """Read the number at shadow `pos` as an amount, or None when it is not one."""
    stop = _YEAR_THEN_STOP.match(text, pos)
    if (stop and not _boxed_count(text, stop)) or _DATE_OR_TIME.match(text, pos):
        return None  # "في 2015،", "2015 م", "25/10/1436", "16:28": cheaply
    if YEAR_AT.match(text, pos) and left_words(text, pos, 1)[-1:] in _year_cue_words():
        return None  # "عام 2015 في": a year, before any tokenising
    if _AFTER_SLASH.search(text, max(0, pos - 6), pos):
        return None  # "عدد 27102 / 1 قضية": the second part of a file number
    limit = 8 if "0" <= text[pos] <= "9" else 12
    toks = tokens_at(text, pos, limit)
    phrase = read_number(text, pos, allow_small=True, toks=toks)
    if phrase is None:
        return None
    c = cues()
    raw = text[phrase.start : phrase.end].split()[0] if phrase.kind == "digits" else ""
    if raw and _PHONE.fullmatch(raw) and not raw.startswith("0."):
        return None
    left = left_words(text, phrase.start, 8)
    labelled = [w for w in left[-2:] if w != "("]  # "المادة (20)"
    label = bool(raw and labelled and is_label(labelled[-1]))  # "المادة 5", "للمادة (20)"
    definite = bool(raw and labelled and labelled[-1] == "ال")  # "الـ 28": an ordinal…
    if ends_with(left, c.time_of_day):
        return None
    if left and left[-1] in _EVERY:
        return None  # "1.3 إصابة لكل 100 امرأة", "كل 100 ألف نسمة": the base of a rate
    right = [t for t in toks if t[2] >= phrase.end]
    if len(right) < 6 and len(toks) == limit:
        right = tokens_at(text, phrase.end, 8)
    if is_date_part(text, phrase.start, phrase.end, left, right):
        return None
    # "عدد (10) مسدسات", "(20) مليون ريال": the figure in brackets, its noun after them
    close = _BRACKETS.get(left[-1]) if left else None
    closes = bool(right) and right[0][1] == close
    digits = _DIGITS_AT.match(text, phrase.start) if raw else None
    after_digits = text[digits.end() : digits.end() + 3].lstrip()[:1] if digits else ""
    bracketed = close is not None and after_digits == close
    q = Quantity(
        phrase.start,
        phrase.start,
        phrase.end,
        phrase.end,
        phrase.value,
        phrase,
        left=left[:-1] if bracketed else left,
    )
    if bracketed:
        q.start = text.rfind(left[-1], 0, phrase.start)
    _approx(q, text)
    few = 3 <= phrase.value <= 10 and phrase.value == int(phrase.value)
    after = right[1:] if bracketed and closes else right
    year_like = bool(raw and _is_year(raw, phrase))
    many = phrase.value >= 11 and phrase.value == int(phrase.value) and not year_like
    many = many and not (phrase.scale > 1 and phrase.last_word.endswith("ا"))  # "15 ألفاً شاملة"
    code = len(raw) >= 5 and raw.isdigit()  # "636250 موبايلي": an SMS code, no count of it
    spelled = few and phrase.kind == "words"
    teens = 11 <= phrase.value <= 99 and phrase.value == int(phrase.value) and not year_like
    # a scale with its count ("120 ألف", "ألفي", "ربع مليون"), not "15 ألفاً شاملة" nor a
    # bare ألف or مليون, hyperbole as often as a count ("ألف مبروك", "مليون تفصيل")
    scaled = phrase.scale > 1 and not phrase.last_word.endswith("ا")
    scaled = scaled and not (phrase.kind == "words" and phrase.value == phrase.scale)
    unit_hit = unit_after(text, after, year_like, few, many, code, spelled, scaled, teens)
    if unit_hit is None and raw and _age_tail(after):  # "في الـ 6 من عمره", "في 15 من العمر"
        unit_hit = (_AGE, after[0][2], after[1][3], after[1][3])
    if unit_hit is not None:
        q.unit, q.unit_start, q.unit_end, q.subject_end = unit_hit
        q.partitive = text[phrase.end : q.unit_start].strip() == "من"
        q.end = q.unit_end
        if q.unit.dot_decimal and _THREE_DECIMALS.fullmatch(raw):
            q.value = float(raw.replace(",", ".")) * phrase.scale  # "18,096 دينارا", "1.746 متر"
        q.value *= q.unit.scale
    if label and not _counts_after_label(text, q):
        return None  # "المادة 5", "الدقيقة 12 هدف"; but "عدد 4 عناصر", "طريق 906 مهاجرين"
    year_cue = bool(left) and left[-1] in c.year_cues
    if raw and _is_year(raw, phrase) and (q.unit is None or year_cue):
        return None  # a year ("في 2006", "عام 2014"); "3000 جندي" is a count
    age = q.unit is not None and (
        q.unit.kind == "age"
        or (
            q.unit.kind == "time"
            and is_age(
                q.left,
                _word_after(right, q),
                years=q.unit.code == "year",
                closed=_closed_after(right, q),
            )
        )
    )
    if definite and not age and not _counts(left, q):
        return None  # "الـ 28": an ordinal, unless an age ("ذو الـ 19 ربيعا") or it counts
    if q.unit is not None and q.unit.kind == "time" and not age:
        return None  # a duration: the times stage reads it
    if phrase.small and (
        phrase.value < 2 or not (q.unit is not None and q.unit.kind == "noun" and q.partitive)
    ):
        return None  # "واحد", "اثنين" count only as "اثنين من أوراق الرق" ("واحدة من" is one of)
    near = max(0, q.num_start - 6)
    dash = raw and (
        text.find("-", near, q.num_end + 4) >= 0 or text.find("–", near, q.num_end + 4) >= 0
    )
    if dash and _score(text, q):
        return None  # "الإفريقي 33 - 17 جمعية الحمامات": a score before a team's name
    q.right = right
    return q


_PAIR_AFTER = re.compile(r"\s*[-–]\s*[0-9]{1,3}(?![0-9.,])")
_PAIR_BEFORE = re.compile(r"(?<![0-9.,])[0-9]{1,3}\s*[-–]\s*$")


def _score(text: str, q: Quantity) -> bool:
    """Is the number one side of a score ("2 - 7 إتحاد بن قردان", "3 - 1 إثر نهاية")? A pair
    "N - M" that a singular noun follows (a team, a preposition), not a plural, an accusative
    or a measure ("3-5 أشخاص", "15-20 شخصا", "15-35 كم/ساعة"), nor one a range word opens."""
    if q.phrase.scale > 1 or not text[q.num_start : q.num_end].isdigit():
        return False  # "50-55 ألف سيارة", "(187.5 – 375 ألف دولار)": no score has these
    before = _PAIR_BEFORE.search(text, max(0, q.num_start - 8), q.num_start)
    first = before.start() if before else q.num_start
    if not before and not _PAIR_AFTER.match(text, q.num_end):
        return False
    if ends_with(left_words(text, first, 2), cues().approx_before) or left_words(text, first, 1)[
        -1:
    ] in (("من",), ("بين",)):
        return False
    if q.unit is not None:
        if q.unit.kind != "noun":
            return False
        return _singular_noun(fold(text[q.unit_start : q.unit_end].split()[0]))
    pair = _PAIR_AFTER.match(text, q.num_end)  # the first side: what follows the second
    toks = tokens_at(text, pair.end(), 3) if pair else []
    words = [t[1] for t in toks[: next((i for i, t in enumerate(toks) if t[0] != "word"), 3)]]
    hit = match_unit(words)
    if not words or words[0] in lexicon() or (hit and hit[0].kind != "noun"):
        return False
    return _singular_noun(words[0])


def _singular_noun(word: str) -> bool:
    """A singular after a pair (a team's name), or a noun behind ب ("5-4 بركلات الترجيح")."""
    if word[:1] == "ب" and len(word) > 4:
        return True
    return not (is_plural(word) or word.endswith(("ا", "ات", "ين", "ون")))


_AGE = Unit("year", "age", "سنة")


def _age_tail(toks: list[Token]) -> bool:
    return len(toks) > 1 and toks[0][1] == "من" and toks[1][1] in age_cues().ordinal_tails


def _counts(left: tuple[str, ...], q: Quantity) -> bool:
    """Does a definite number count? With a scale ("مشاريع الـ500 ألف وحدة": no ordinal takes
    one), after a bar ("حاجز الـ 1500 مشاهد") or with its noun ("لاستيعاب الـ1500 طالب")."""
    if q.unit is None:
        return False
    return q.phrase.scale > 1 or exceeds(left[:-1]) or _counts_definite(left, q)


def _counts_definite(left: tuple[str, ...], q: Quantity) -> bool:
    """ "لاستيعاب الـ1500 طالب", "عددهم الـ1500 طالب": a definite number with its counted
    noun right after it counts, unless a definite noun before it makes it an ordinal or an
    adjective ("الدورة الـ 45", "الطائرات الـ24")."""
    if q.unit is None or q.unit.kind == "time" or q.partitive or len(left) < 2:
        return False
    before = left[-2]
    return before[:1].isalpha() and not before.startswith(("ال", "لل")) and not is_label(before)


@cache
def _year_cue_words() -> frozenset[tuple[str]]:
    return frozenset((w,) for w in cues().year_cues)


def _counts_after_label(text: str, q: Quantity) -> bool:
    """After a label word the number still counts when a measure or a noun in the form
    numbers govern follows: a known plural ("4 عناصر"), accusative ("168 مشروعاً") or, past
    a hundred, singular ("3000 طلقة")."""
    if q.unit is None or q.partitive or q.unit.kind in ("time", "age"):
        return False
    if q.unit.kind != "noun":
        return True
    word = fold(text[q.unit_start : q.unit_end].split()[0])
    if q.value >= 100 and known_noun(word):
        return True  # a hundred and more govern a genitive singular: "عدد (3000) طلقة"
    return is_plural(word) or (word.endswith("ا") and known_noun(word[:-1]))


def _closed_after(right: list[Token], q: Quantity) -> bool:
    nxt = next((t for t in right if t[2] >= q.unit_end), None)
    return nxt is None or nxt[1] in CLOSERS


_WORD_AT = re.compile(r"\s*([^\W\d_]{2,})")


def _boxed_count(text: str, stop: re.Match[str]) -> bool:
    """ "(2000) فعالية": a year-like figure closed by a bracket before a word that is no
    number word (not "( 1500 ) ألف وخمسمائة ريال", the figure spelled out again)."""
    word = _WORD_AT.match(text, stop.end()) if stop.group().endswith(")") else None
    return word is not None and word.group(1) not in lexicon()


def _word_after(right: list[Token], q: Quantity) -> str:
    return next((t[1] for t in right if t[0] == "word" and t[2] >= q.unit_end), "")


def _is_year(raw: str, phrase: NumberPhrase) -> bool:
    return phrase.scale == 1.0 and bool(_YEAR.fullmatch(raw)) and 1000 <= phrase.value <= 2100


def _approx(q: Quantity, text: str) -> None:
    words = q.left
    n = ends_with(words, cues().approx_before)
    wa = 0 if _wa_firsts().isdisjoint(words[-4:]) else _wa_approx(words)
    if wa > n:  # "ونحو 4.06 مليار": the approximation without its و
        q.approx = " ".join((words[-wa][1:], *words[len(words) - wa + 1 :]))
        q.start = text.rfind(words[-wa], max(0, q.num_start - 60), q.num_start) + 1
        q.left = (*words[:-wa], "و")
    elif n:
        q.approx = " ".join(words[-n:])
        q.start = text.rfind(words[-n], max(0, q.num_start - 60), q.num_start)
        q.left = words[:-n]


def _wa_approx(words: tuple[str, ...]) -> int:
    """Length of an approximation opened by و ("ونحو 4.06 مليار", "وحوالي 10 ملايين")."""
    firsts = _wa_firsts()
    for n in range(min(4, len(words)), 0, -1):
        if words[-n] in firsts and (
            (words[-n][1:], *words[len(words) - n + 1 :]) in cues().approx_before
        ):
            return n
    return 0


@cache
def _wa_firsts() -> frozenset[str]:
    return frozenset("و" + p[0] for p in cues().approx_before)


def set_modality(q: Quantity) -> None:
    """previous ("ارتفاعاً من"), expected ("سيبلغ"), estimated ("قدر") or reported."""
    c = cues()
    clause = q.left
    for i in range(len(clause) - 1, -1, -1):  # only the clause the number is in
        if clause[i] in (",", "،", ".", "؛", ":"):
            clause = clause[i + 1 :]
            break
    words = tuple(w[1:] if len(w) > 3 and w[0] in "وف" else w for w in clause)
    joined = " " + " ".join(words) + " "
    if c.previous_re.search(joined):
        q.modality = "previous"
        return
    after = [t[1] for t in q.right if t[0] == "word" and t[2] >= q.subject_end][:1]
    if c.expected_re.search(joined) or any(is_future_verb(w) for w in (*words[-3:], *after)):
        q.modality = "expected"
    elif c.estimated_re.search(joined):
        q.modality = "estimated"
