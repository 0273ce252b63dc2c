"""What a number counts: the unit or counted noun right after it.

`unit_after(text, tokens, …)` reads the words after a number ("مليون دولار", "ثماني غواصات",
"40 كلم/س", "130 مليون فتاة وامرأة", "أربعة من إرهابيي داعش") and returns the unit with where
it is and where the counted phrase ends (its adjectives included). `quantities.read_quantity`
calls it; unit names and counted nouns come from `marsad.extract.numeric.units`.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.extract.numeric.calendar import gregorian_months, hijri_months
from marsad.extract.numeric.context import cues
from marsad.extract.numeric.numbers import Token, lexicon, vague_words
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import (
    Unit,
    countries,
    is_plural,
    known_noun,
    match_unit,
    not_counted,
    noun_unit,
    plural_singular,
    singular,
)
from marsad.lang import load_lexicon
from marsad.text.normalize import strip_diacritics

YEAR_AT = re.compile(r"(?:1[0-9]|20)[0-9]{2}(?![0-9.,])")
OTHERS = frozenset({"اخرين", "اخرون", "اخري", "اخريات"})
_NISBA = ("ي", "يه", "يين", "يون", "ين")


def unit_after(
    text: str,
    toks: list[Token],
    year_like: bool,
    few: bool = False,
    many: bool = False,
    code: bool = False,
    spelled: bool = False,
    scaled: bool = False,
    teens: bool = False,
) -> tuple[Unit, int, int, int] | None:
    """(unit, unit start, unit end, subject end) of the unit or counted noun in `toks`;
    after 3-10 (`few`) a word shaped like a plural counts too ("ثماني غواصات"); after a
    year-like number or a `code` (five digits or more, no separator) only a known noun."""
    if not toks:
        return None
    if toks[0][1] in ("%", "٪"):
        unit, _ = match_unit(["%"]) or (None, 0)
        return (unit, toks[0][2], toks[0][3], toks[0][3]) if unit else None
    words: list[tuple[str, int, int]] = []
    for kind, tok, start, end in toks:
        if kind != "word":
            break
        words.append((tok, start, end))
    n = len(words)
    if 0 < n < len(toks) and toks[n][1] == "." and len(words[-1][0]) <= 3:
        words = _dotted(toks)  # "م.د", "أ.د": a million or a thousand dinars (Tunisia)
    if not words:
        return None
    rate = _rate_unit(toks, len(words))
    if rate is not None:
        return rate
    hit = match_unit([w for w, _, _ in words])
    if hit is not None:
        unit, n = hit
        if unit.iso == "Y" and _year_follows(toks, words[n - 1][2]):
            return None  # "لنزوح 20 مليوناً عام 2014": عام names the year, it counts nothing
        return unit, words[0][1], words[n - 1][2], _subject_end(words, n)
    if words[0][0] == "من" and len(words) > 1 and not year_like:  # "أربعة من إرهابيي داعش"
        noun = words[1][0]
        definite = (
            noun.startswith("ال")
            or (len(words) > 2 and words[2][0].startswith("ال"))
            or is_plural(noun)
            or (noun.endswith("ي") and is_plural(noun + "ن"))  # construct plural: إرهابيي
        )
        written, bare = text[words[1][1] : words[1][2]].removeprefix("ال"), noun.removeprefix("ال")
        # "33 من ميليشيات الحوثي", "3035 من المعنيين": a partitive counts a plural
        single = singular(written, bare) or plural_singular(written, bare)
        if single and definite:
            return noun_unit(single), words[1][1], words[1][2], _subject_end(words, 2)
    written = text[words[0][1] : words[0][2]]
    # 3-10 spelled out govern a genitive plural, never an accusative: "لست قلقا" is "I am not
    # worried", "ثلاثة أرباعها" three quarters of it (digits are looser: "(3) مرسماً")
    accusative = spelled and words[0][0].endswith("ا")
    if (accusative and not words[0][0].endswith("ايا")) or (
        words[0][0] in countries() and not teens
    ):
        return None  # "لست أمريكيا"; "(2018) روسيا" (but "22 سوريا": 22 Syrians)
    single = singular(
        written, words[0][0], feminine=many, guess=not (year_like or code or accusative)
    )
    if single is None and few and not accusative:
        single = plural_singular(written, words[0][0])
    if single is None and scaled and _noun_after_scale(words[0][0]):
        single = strip_diacritics(written)  # "120 ألف عنوان", "60 مليون مشرد", "ألفي قميص"
    if single is None:
        return None
    pair = _second_noun(text, words, toks, single)
    if pair is None:
        return noun_unit(single), words[0][1], words[0][2], _subject_end(words, 1)
    # "130 مليون فتاة وامرأة", "30 طالباً وطالبة": both nouns are what is counted
    return noun_unit(f"{single} و{pair}"), words[0][1], words[1][2], _subject_end(words, 2)


def _dotted(toks: list[Token]) -> list[tuple[str, int, int]]:
    words: list[tuple[str, int, int]] = []
    i = 0
    while i < len(toks) and toks[i][0] == "word":
        tok, start, end = toks[i][1:]
        while (
            len(tok) <= 3
            and i + 2 < len(toks)
            and toks[i + 1][1] == "."
            and toks[i + 2][0] == "word"
            and len(toks[i + 2][1]) <= 2
            and toks[i + 1][2] == end
            and toks[i + 2][2] == toks[i + 1][3]
        ):
            tok, end = f"{tok}.{toks[i + 2][1]}", toks[i + 2][3]
            i += 2
        words.append((tok, start, end))
        i += 1
    return words


_TAF_NOUN = re.compile("^ت..[اي].$")  # تفعال/تفعيل: تمثال، ترخيص (not a verb: تمثل)


def _noun_after_scale(word: str) -> bool:
    """After ألف/مليون/مليار the word is the counted noun, a genitive singular, unless it is
    a function word, a number, a verb (يعيشون، ستوزع، تمثل) or behind a preposition."""
    if len(word) < 3 or word.startswith(("ال", "ب", "ل", "ي", "ف", "ك")) or word.endswith("ا"):
        return False
    if word[0] == "ت" and not _TAF_NOUN.match(word):
        return False
    if word[0] == "و" or word.endswith(("ها", "هم", "ون", "وا")):
        return False  # "و…" opens a phrase; a pronoun or a verb's ending
    return not (
        word in not_counted()
        or word in lexicon()
        or word in vague_words()
        or word in elided_before()
        or word in _approx_firsts()
        or is_future_verb(word)
        or word in gregorian_months()
        or word in hijri_months()
    )


def _rate_unit(toks: list[Token], n: int) -> tuple[Unit, int, int, int] | None:
    """A rate written with a slash right after one word: "40 كلم/س" (km/h)."""
    if n != 1 or len(toks) < 3 or toks[1][1] != "/" or toks[2][0] != "word":
        return None
    if toks[1][2] != toks[0][3] or toks[2][2] != toks[1][3]:
        return None
    hit = match_unit([f"{toks[0][1]}/{toks[2][1]}"])
    return (hit[0], toks[0][2], toks[2][3], toks[2][3]) if hit else None


def _second_noun(
    text: str, words: list[tuple[str, int, int]], toks: list[Token], single: str
) -> str | None:
    """Singular of a second counted noun joined by و ("طالب وطالبة", "متدربين ومتدربات",
    "فتاة وامرأة"), or None when the و opens a new phrase: a verbal noun with its own object
    ("مقتل 43 شخصا وإصابة 173", "وإصابة العشرات", "وإصابة أكثر من 40 آخرين")."""
    if len(words) < 2 or not words[1][0].startswith("و") or len(words[1][0]) < 3:
        return None
    second = words[1][0][1:]
    after = [t for t in toks if t[2] >= words[1][2]][:1]
    if after and (after[0][0] == "num" or _opens_phrase(after[0][1])):
        return None
    if second in _event_nouns():
        return None  # "15 شخصا وإصابة امرأتين", "116 حالة ووفاة شخصين": an event, its object
    written = text[words[1][1] + 1 : words[1][2]]
    first = fold(single)
    if second in (first + "ه", first + "ات"):  # the feminine of the first noun
        return strip_diacritics(single) + "ة"
    if known_noun(second) and _plural(second) == _plural(words[0][0]):
        return singular(written, second)
    return None


def _plural(folded: str) -> bool:
    """A plural the lexicon knows, or a sound plural ending (زوجات, مهندسين)."""
    return is_plural(folded) or (len(folded) > 4 and folded.endswith(("ات", "ين", "ون")))


def _opens_phrase(word: str) -> bool:
    """A word after a noun that makes the noun the head of a new phrase (its object)."""
    return (
        word.startswith(("ال", "لل"))
        or word in lexicon()
        or word in vague_words()
        or word in OTHERS
        or word in _approx_firsts()
    )


def _year_follows(toks: list[Token], pos: int) -> bool:
    nxt = next((t for t in toks if t[2] >= pos), None)
    return nxt is not None and nxt[0] == "num" and bool(YEAR_AT.fullmatch(nxt[1]))


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_lexicon("amount_cues").get("event_nouns", []))


def _subject_end(words: list[tuple[str, int, int]], n: int) -> int:
    """End of what is counted: the unit noun and up to three adjectives after it."""
    end = words[n - 1][2]
    for word, _, w_end in words[n : n + 3]:
        if len(word) < 4 or word.startswith(("ال", "ل", "ب")) or not word.endswith(_NISBA):
            break
        end = w_end
    return end


@cache
def _approx_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in cues().approx_before)


@cache
def elided_before() -> frozenset[str]:
    """Words after a scaled number that leave its noun elided ("و6 مليارات في الهند")."""
    return frozenset(fold(str(w)) for w in load_lexicon("amount_cues").get("elided_before", []))


_FUTURE = re.compile(r"س[يتن][^\W\d_]{3,}")


def is_future_verb(word: str) -> bool:
    """ "سيبلغ", "ستصل", "سيكونون": the future prefix on a verb (not "سيارة", "سنوات")."""
    return bool(_FUTURE.fullmatch(word)) and word not in cues().not_future
