"""Links between the figures of a text, once each is read (`marsad.extract.amounts.component`).

- `link`: a unit is shared leftwards ("477 و459 كيلومتراً"), a range gives two amounts, the
  low one with the range in `value_max` ("بين 10 و12 ألفاً");
- `qualify_currencies`: a bare shared currency name is the one the article named in full
  ("5000 جنيه إسترليني … 5000 جنيه");
- `restore_elided`: a scaled number with no noun counts the noun of the figure before it
  ("سيبلغ عددهم 12 ألفاً"), and "آخرين" the people named before it in its sentence.
"""

from __future__ import annotations

import re

from marsad.extract.amounts.counted import OTHERS, elided_before
from marsad.extract.amounts.quantities import Quantity
from marsad.extract.numeric.context import left_tokens
from marsad.extract.numeric.shadow import fold
from marsad.extract.numeric.units import (
    Unit,
    counted_singulars,
    currency_families,
    dual_singular,
    is_plural,
    noun_unit,
    singular,
)

# words between two numbers: "477 و459", "24 من 50", "من 3 إلى 5", "10-12"
_LINKS = {
    fold(k): v for k, v in {"و": "and", "أو": "or", "من": "of", "إلى": "to", "حتى": "to"}.items()
}
_LINKS.update({"-": "to", "–": "to"})
_RANGE_OPEN = {"and": ("بين", "ما بين"), "to": ("من", "ما بين", "بين")}

_ELIDED_REACH = 700  # characters back to look for the noun of "12 ألفاً"


def link(text: str, found: list[Quantity]) -> list[Quantity]:
    """Share units leftwards ("477 و459 كلم"), merge ranges ("بين 10 و12 ألفاً")."""
    out = list(found)
    i = len(out) - 2
    while i >= 0:
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start].strip()
        link = _LINKS.get(gap)
        if link is None and gap.startswith("و") and gap[1:] in _LINKS:
            link = _LINKS[gap[1:]]
        if a.unit is None and link is not None and b.unit is not None:
            a.unit, a.shared = b.unit, True
            a.value *= b.unit.scale  # "بين 30 و40 م د": the abbreviation scales both
            if a.phrase.scale == 1.0 and b.phrase.scale > 1.0 and a.phrase.kind == "digits":
                a.value *= b.phrase.scale
            opener = " ".join(a.left[-2:]) if len(a.left) > 1 else ""
            if link in _RANGE_OPEN and (
                (a.left and a.left[-1] in _RANGE_OPEN[link]) or opener in _RANGE_OPEN[link]
            ):
                # both bounds are figures of the text ("بين 32 و30 مليار دولار"): the low one
                # keeps the range in `value_max`, the high one stands as written
                a.value_max = b.value
                a.start = _range_start(text, a)
        i -= 1
    return out


def qualify_currencies(text: str, found: list[Quantity]) -> None:
    """ "5000 جنيه إسترليني … 5000 جنيه": a bare shared currency name means the currency the
    article last named in full (its default only when none was)."""
    named: dict[str, Unit] = {}
    families = currency_families()
    for q in found:
        family = families.get(q.unit.code) if q.unit is not None else None
        if q.unit is None or family is None:
            continue
        if family[1] and len(text[q.unit_start : q.unit_end].split()) == 1:
            q.unit = named.get(family[0], q.unit)
        else:
            named[family[0]] = q.unit


def _range_start(text: str, q: Quantity) -> int:
    toks = left_tokens(text, q.start, 2)
    if toks and toks[-1][0] in ("بين", "من"):
        return toks[-1][1] if not (len(toks) > 1 and toks[-2][0] == "ما") else toks[-2][1]
    return q.start


def restore_elided(text: str, found: list[Quantity]) -> None:
    """ "سيبلغ عددهم قريباً 12 ألفاً": a scaled number with no noun counts the last noun;
    so does a number before "آخرين" ("مقتل 3 أشخاص وإصابة 5 آخرين")."""
    for i, q in enumerate(found):
        if q.unit is not None:
            continue
        other = [w.strip("،,.؛") for w in text[q.num_end : q.num_end + 9].split()[:1]]
        others = bool(other) and other[0] in OTHERS  # "5 آخرين": five others
        if q.phrase.scale == 1.0 and not others:
            prev = _parallel(text, q, found[:i])
            if prev is not None and prev.unit is not None:  # "… وتصل إلى 30 بالجنوب"
                q.unit, q.elided = prev.unit, True
                q.value *= prev.unit.scale  # "4600 مليم مقابل 3450 للقرع"
            continue
        after = text[q.num_end : q.num_end + 12].split()[:1]
        nxt = after[0][:1] if after else ""
        if (
            nxt.isalpha()
            and not q.phrase.last_word.endswith("ا")
            and not others
            and after[0] not in elided_before()
        ):
            continue  # a word follows that is not a unit: not an elided noun
        people = others and other[0] in _PEOPLE
        if people:  # "مقتل جنديين … وإصابة 17 آخرين": the people named before, in its sentence
            unit = _people_before(text, q.num_start, found[:i])
            if unit is not None:
                q.unit, q.elided = unit, True
                continue
        candidates = [
            prev
            for prev in reversed(found[:i])
            if q.num_start - prev.end <= _ELIDED_REACH
            and prev.unit is not None
            and prev.unit.kind not in ("percent", "time")
            and (prev.unit.kind == "noun" or not people)  # others are people, not kilometres
        ]
        # "22.8 مليون ريال … 18.2 مليون": the last figure of the same scale names the unit
        same = [p for p in candidates if p.phrase.scale == q.phrase.scale and not p.elided]
        chosen = (same or candidates)[:1]
        if chosen:
            q.unit, q.elided = chosen[0].unit, True


_CLAUSE_END = re.compile(r"[.!?؟\n]")
_PEOPLE = frozenset({"اخرين", "اخرون"})  # masculine plural: people, unlike أخرى


def _people_before(text: str, pos: int, earlier: list[Quantity]) -> Unit | None:
    """What "آخرين" at `pos` counts: the noun of the last counted figure of its sentence
    ("مقتل 18 متمردا وإصابة 25 آخرين"), else the nearest plural or dual counted noun there
    ("مقتل جنديين … وإصابة 17 آخرين"), never the verb or verbal noun right before the number
    ("وأسر 119 آخرين")."""
    start = max(0, pos - 160)
    ends = list(_CLAUSE_END.finditer(text, start, pos))
    if ends:
        start = ends[-1].end()
    for prev in reversed(earlier):
        if prev.start < start:
            break
        if prev.unit is not None and prev.unit.kind == "noun":
            return prev.unit
    words = text[start:pos].split()[-12:-1]
    found = [_counted_noun(word) for word in words]
    for i in range(len(found) - 1, -1, -1):
        single = found[i]
        if single is None:
            continue
        if i > 0 and found[i - 1] is not None and single.endswith("ي"):
            return noun_unit(found[i - 1])  # "جنديين تركيين": the nisba agrees with the noun
        head = _person_head(words[i - 1]) if i > 0 else None
        return noun_unit(head or single)  # "رجل أعمال و7 آخرين": the head of the construct
    return None


_HEADS = frozenset({"رجل", "سيده", "ربه"})  # رجل أعمال, سيدة أعمال, ربة بيت


def _person_head(word: str) -> str | None:
    """ "رجل" of "رجل أعمال": a person noun in construct before a plural counted noun."""
    bare = word[1:] if word[:1] in "وب" and word[1:] in _HEADS else word
    return singular(bare, bare) if bare in _HEADS else None


_PARALLEL_REACH = 160  # characters back to the figure whose unit a parallel one leaves out


def _parallel(text: str, q: Quantity, earlier: list[Quantity]) -> Quantity | None:
    """The figure of the same sentence whose unit a bare number followed by a place or a
    part leaves out ("في حدود 16 بالمرتفعات", "64 مركزا بجدة و44 للمحافظات"), else None."""
    after = text[q.num_end : q.num_end + 16].split()[:1]
    if q.phrase.kind != "digits" or not earlier:
        return None  # "عين أم سبعة بالسلمانية": a number word there is a name
    if not after or not after[0].startswith(("بال", "لل")):
        return None
    prev = earlier[-1]
    if prev.unit is None or prev.unit.kind in ("time", "age") or prev.phrase.scale != 1.0:
        return None
    if q.num_start - prev.end > _PARALLEL_REACH or _CLAUSE_END.search(text, prev.end, q.num_start):
        return None
    return prev


def _counted_noun(word: str) -> str | None:
    """Singular of a plural or dual counted noun written as `word`, else None."""
    folded = word.strip('،,؛:()«»"')
    for bare in (folded, folded[1:] if folded[:1] in "وبل" else ""):
        if bare and is_plural(bare):
            return singular(bare, bare) or bare
        single = _dual_genitive(bare) or dual_singular(bare, bare)
        if single:
            return single
    return None


def _dual_genitive(folded: str) -> str | None:
    """ "جنديين", "طائرتين": the genitive dual of a known counted noun."""
    if len(folded) < 5 or not folded.endswith("ين"):
        return None
    for stem in (folded[:-2], folded[:-3] + "ه" if folded.endswith("تين") else ""):
        if stem in counted_singulars():
            return singular(stem, stem)
    return None
