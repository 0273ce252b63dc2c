"""Ages: when a number of years counts someone's or something's age (an amount), not a span.

News writes an age in a few grammatical frames, all read here from folded tokens before the
number (`marsad.extract.amounts.quantities.left_words`); lexicon in `amount_cues.yaml`:
- a cue right before it: "عمرها 1370 عاما", "البالغ من العمر 26 عاما", "عن عمر يناهز 87 سنة";
- an age noun earlier in the same clause with no duration word between: "تتراوح أعمارهم بين
  17 و21 عاما", "يبلغ عمر أصغرهم 25 عاما", "تزيد أعمارهم على 65 عاما";
- a verb of dating back: "يعود تاريخها إلى 145 عاما" (not "يعود إلى 5 سنوات مضت", a time ago);
- an owner before the definite number: "ذو الـ 19 ربيعا", "صاحب الـ65 عاما";
- a unit that only counts ages: "14 ربيعا", "60 خريفا" (units.yaml, kind `age`);
- an ordinal after "سن" or before "من عمره": "دون سن الخامسة", "في السادسة عشرة من عمره".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.extract.numeric.calendar import time_words
from marsad.extract.numeric.numbers import lexicon
from marsad.extract.numeric.shadow import fold
from marsad.lang import load_lexicon

_STOPS = frozenset(',،.؛:!?؟)"«»')
_WINDOW = 7  # tokens back to look for an age noun in the number's clause


@dataclass(frozen=True, slots=True)
class AgeCues:
    before: frozenset[tuple[str, ...]]  # right before the number
    owners: frozenset[str]  # before "الـ N": ذو، صاحب
    nouns: frozenset[str]  # earlier in the clause: أعمارهم، عمر أصغرهم
    returns: frozenset[str]  # "يعود … إلى N عاما"
    blockers: frozenset[str]  # a duration word between the noun and the number
    ago_after: frozenset[str]  # "… إلى 5 سنوات مضت": a time ago, not an age
    ordinal_heads: frozenset[str]  # "سن الخامسة"
    ordinal_before: frozenset[str]  # "في الخامسة من عمره"
    ordinal_tails: frozenset[str]  # "من عمره", "من العمر"
    bounds: frozenset[tuple[str, ...]]  # before a number of years: "دون 18 عاما"


@cache
def age_cues() -> AgeCues:
    data = load_lexicon("amount_cues")

    def flat(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key, []))

    return AgeCues(
        frozenset(tuple(fold(str(w)).split()) for w in data.get("age_before", [])),
        flat("age_owners"),
        flat("age_nouns"),
        flat("age_return_verbs"),
        flat("age_blockers"),
        flat("age_ago_after"),
        flat("age_ordinal_heads"),
        flat("age_ordinal_before"),
        flat("age_ordinal_tails"),
        frozenset(tuple(fold(str(w)).split()) for w in data.get("age_bounds", [])),
    )


def _ends_with(words: tuple[str, ...], phrases: frozenset[tuple[str, ...]]) -> bool:
    return any(words[-n:] in phrases for n in range(min(4, len(words)), 0, -1))


def is_age(
    left: tuple[str, ...], after: str = "", years: bool = False, closed: bool = False
) -> bool:
    """Do the folded tokens `left` before a number of years make it an age?

    `after` is the word after the unit ("مضت" turns "يعود إلى 5 سنوات" into a time ago);
    `years`: the unit is years, which a bound makes an age ("الأطفال دون 18 عاما", "فوق 60
    سنة"), and so does a dash after a name when a mark `closed` the phrase ("جورج ويلسون - 20
    عاماً"", not "… - 17 عاما في بايرن").
    """
    c = age_cues()
    if not left or after in c.ago_after:
        return False
    if left[-1] == "(" or _ends_with(left, c.before):
        return True
    if years and (_ends_with(left, c.bounds) or (closed and _after_name_dash(left))):
        return True
    if left[-1] == "ال":  # "ذو الـ 19 ربيعا", "يناهز الـ82 عاماً"
        rest = left[:-1]
        return bool(rest) and (rest[-1] in c.owners or is_age(rest, after))
    towards = left[-1] == "الي"
    for word in reversed(left[-_WINDOW:]):
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if word in _STOPS or bare in c.blockers:
            return False
        if word in c.nouns or bare in c.nouns:
            return True
        if bare in c.returns:
            return towards
    return False


def _after_name_dash(left: tuple[str, ...]) -> bool:
    """ "… الشاب "جورج ويلسون - 20 عاماً"": a dash after a word, not after a number (a range)."""
    return (
        len(left) > 1 and left[-1] in ("-", "–") and (left[-2][0].isalpha() or left[-2] in _CLOSE)
    )


_CLOSE = frozenset('"»”)')
CLOSERS = frozenset('-–"»”)،,.')  # a mark that closes a parenthesis after "- 20 عاما"


@cache
def _ordinals() -> dict[str, float]:
    """Folded definite ordinals and tens: الخامسة → 5, الأربعين → 40 (first words only)."""
    out: dict[str, float] = {}
    for value, forms in time_words().get("day_ordinals", {}).items():
        if int(value) <= 10:
            for form in forms:
                out[fold(str(form))] = float(value)
    for word, meaning in lexicon().items():
        if meaning.kind == "ten":
            out["ال" + word] = meaning.value
    return out


def read_ordinal(words: list[str]) -> tuple[float, int] | None:
    """(age, words used) of "الخامسة", "السادسة عشرة", "السابعة والثلاثين", "الستين"."""
    if not words:
        return None
    value = _ordinals().get(words[0])
    if value is None:
        return None
    nxt = words[1] if len(words) > 1 else ""
    if value < 10 and nxt in ("عشر", "عشره"):
        return value + 10, 2
    tens = _ordinals().get("ال" + nxt[3:]) if nxt.startswith("وال") else None
    if value < 10 and tens is not None and tens >= 20:
        return value + tens, 2
    return value, 1
