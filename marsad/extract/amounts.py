"""The `amounts` component: numeric claims with value, unit, subject, source and modality.

One pass of a combined regex over the shadow text finds every number (digits in any script,
number words, definite cardinals after a plural "طائرات التورنيدو الثماني", nominative duals
"جنديان"); `quantities.read_quantity` reads each with its context and drops what is not an
amount. Then neighbours are linked ("477 و459 كيلومتراً" share the unit; "بين 10 و12 ألفاً"
gives two amounts, the low one with the range in `value_max`; "24 من 50 ولاية" two amounts),
an elided noun is restored from the previous amount ("سيبلغ عددهم 12 ألفاً"), and each
amount gets its source (`sources.Sources`). Ages and ordinal ages: `ages`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

import regex

from marsad.document import Agent, Amount, Document
from marsad.extract.ages import age_cues, read_ordinal
from marsad.extract.numbers import (
    DIGITS_RE,
    NumberPhrase,
    lexicon,
    tokens_at,
)
from marsad.extract.numcontext import left_tokens, ordinal_words
from marsad.extract.quantities import Quantity, read_quantity, set_modality
from marsad.extract.shadow import Shadow, fold, shadow_of
from marsad.extract.shadow import anchors as word_table
from marsad.extract.sources import Sources
from marsad.extract.units import (
    Unit,
    counted_singulars,
    dual_singular,
    is_plural,
    match_unit,
    singular,
    time_units,
)
from marsad.lang import load_lexicon
from marsad.registry import component
from marsad.settings import Options

# words between two numbers: "477 و459", "24 من 50", "من 3 إلى 5", "10-12"
_LINKS = {
    fold(k): v for k, v in {"و": "and", "أو": "or", "من": "of", "إلى": "to", "حتى": "to"}.items()
}
_LINKS.update({"-": "to", "–": "to"})
_RANGE_OPEN = {"and": ("بين", "ما بين"), "to": ("من", "ما بين", "بين")}
_TEEN_TENS = frozenset({"عشر", "عشره", "وعشر", "وعشره"})
_ONE_OF = frozenset({"احد", "احدي", "لاحد", "لاحدي", "باحد", "باحدي"})
_ELIDED_REACH = 700
_OTHERS = (
    ["اخرين"],
    ["اخرون"],
    ["اخري"],
    ["اخريات"],
)  # "5 آخرين": five others  # characters back to look for the noun of "12 ألفاً"


_POWER = re.compile(r"(?<![^\W\d_])(?:كم|كلم|م|سم|مم)$")  # before the 2 of "كلم2"
_DIGITS = regex.compile(DIGITS_RE)  # the regex module scans for digits 5x faster than re
_PROCLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب")  # not ك: "كمية" is no ك + مية


@cache
def _word_anchors() -> Mapping[str, str]:
    """Every written word that may start an amount → word | definite | dual."""
    words = lexicon()
    anchors: dict[str, str] = {}
    for prefix in ("", "و", "ف", "ب"):
        for single in counted_singulars():  # nominative duals: جنديان، طائرتان
            anchors[prefix + single + "ان"] = "dual"
            if single.endswith("ه"):
                anchors[prefix + single[:-1] + "تان"] = "dual"
        for word, meaning in words.items():  # "الثماني" after a plural noun (not "الدول العشرين")
            if meaning.kind == "unit" and meaning.value >= 3:
                anchors[prefix + "ال" + word] = "definite"
    for prefix in _PROCLITICS:
        for word in words:
            anchors[prefix + word] = "word"
    anchors.update((w, "age_head") for w in age_cues().ordinal_heads)  # "سن الخامسة"
    anchors.update((w, "age_tail") for w in age_cues().ordinal_tails)  # "الخامسة من عمره"
    return word_table(anchors)


@component("amounts", assigns=("amounts",), requires=("quotes?", "entities?"))
def extract_amounts(doc: Document, options: Options) -> Document:
    """Find the numeric claims of `doc` and store them in `doc.amounts`."""
    shadow = shadow_of(doc.text)
    names = [(shadow.to_shadow(e.start), shadow.to_shadow(e.end)) for e in doc.entities]
    found = find_quantities(shadow, names)
    sources = Sources.for_document(doc, shadow)
    doc.amounts = build_amounts(doc, shadow, found, sources)
    return doc


def find_quantities(shadow: Shadow, names: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every amount in the shadow text, linked, in text order."""
    text = shadow.text
    found: list[Quantity] = []
    done = -1
    anchors = [(m.start(), "num", m.group()) for m in _DIGITS.finditer(text)]
    anchors += [(pos, kind, word) for pos, word, kind in shadow.find_words(_word_anchors())]
    anchors.sort()
    for pos, kind, word in anchors:
        if pos < done or (
            kind == "num"
            and pos
            and (
                (text[pos - 1].isascii() and text[pos - 1].isalnum())
                or (text[pos - 1] == "م" and _POWER.search(text, max(0, pos - 4), pos))
            )
        ):
            continue
        if kind == "dual":
            if names and any(s <= pos < e for s, e in names):
                continue  # "طالبان" named by the entities layer is not two students
            if found and found[-1].value == 2 and not text[found[-1].end : pos].strip():
                continue  # "رجلان سعوديان": the second dual agrees with the first
            q = _dual(text, pos, word)
        elif kind == "definite":
            q = _definite(text, pos, word)
        elif kind in ("age_head", "age_tail"):
            q = _age_ordinal(text, pos, word, kind)
        elif word in _TEEN_TENS and _after_definite(text, pos):
            continue  # "المرحلة السابعة عشرة": the second word of an ordinal
        elif word in _ONE_OF and not text.startswith("عشر", text.find(" ", pos) + 1):
            continue  # "أحد المسؤولين", "إحدى الدول": one of, not eleven
        elif kind == "word" and text[max(0, pos - 3) : pos].rstrip()[-1:].isdigit():
            continue  # a scale word after digits that did not read ("1.75.3 مليون"): no 1 million
        else:
            q = read_quantity(text, pos)
        if q is not None:
            if found and q.start < found[-1].start:
                continue  # an ordinal age read back over a figure already found
            found.append(q)
            done = q.num_end
    found = _link(text, found)
    _restore_elided(text, found)
    return [q for q in found if q.unit is not None]


def _after_definite(text: str, pos: int) -> bool:
    """Is the word before `pos` the first word of an ordinal ("السابعة" in السابعة عشرة)?"""
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1] in ordinal_words()


def _dual(text: str, pos: int, word: str) -> Quantity | None:
    """ "جنديان", "طائرتان": a nominative dual of a known counted noun is 2 of it."""
    if word[0] in "وفب" and word[1:] in _word_anchors():
        pos, word = pos + 1, word[1:]
    end = pos + len(word)
    if word[:-2] in time_units() or word in time_units():
        return None
    single = dual_singular(word)
    if single is None:
        return None
    q = read_quantity_stub(pos, end, 2.0)
    q.unit, q.unit_start, q.unit_end, q.subject_end = _noun(single), pos, end, end
    return q


def _definite(text: str, pos: int, word: str) -> Quantity | None:
    """ "طائرات التورنيدو الثماني": a definite cardinal after a plural noun counts it."""
    end = pos + len(word)
    bare = re.sub("^[وفبل]?ال", "", word)
    meaning = lexicon().get(bare)
    if meaning is None:
        return None
    prev = left_tokens(text, pos, 2)
    for tok, start in reversed(prev):
        base = tok.removeprefix("ال")
        if base in time_units() or tok in time_units():
            return None  # "الأيام الثلاثة الماضية" is a duration
        if is_plural(base) or is_plural(tok):
            single = singular(text[start : start + len(tok)].removeprefix("ال"), base)
            if single is None:
                return None
            q = read_quantity_stub(pos, end, meaning.value)
            q.unit, q.unit_start, q.unit_end = _noun(single), start, start + len(tok)
            q.start, q.subject_end = start, end
            return q
        if not tok.startswith("ال"):
            break
    return None


def _age_ordinal(text: str, pos: int, word: str, kind: str) -> Quantity | None:
    """ "دون سن الخامسة" (from the head), "في السادسة عشرة من عمره" (from the tail): an age."""
    end = pos + len(word)
    if kind == "age_head":
        toks = tokens_at(text, end, 3)
        hit = read_ordinal([t[1] for t in toks if t[0] == "word"])
        if hit is None or any(t[0] != "word" for t in toks[: hit[1]]):
            return None
        start, end = pos, toks[hit[1] - 1][3]
    else:
        prev = left_tokens(text, pos, 4)
        if len(prev) < 3 or prev[-1][0] != "من":
            return None
        for n in (2, 1):
            hit = read_ordinal([t for t, _ in prev[-1 - n : -1]])
            before = prev[-2 - n][0] if len(prev) > n + 1 else ""
            if hit and hit[1] == n and before in age_cues().ordinal_before:
                start = prev[-1 - n][1]
                break
        else:
            return None
    q = read_quantity_stub(start, end, hit[0])
    q.unit, q.unit_start, q.unit_end = _year(), end, end
    return q


@cache
def _year() -> Unit:
    hit = match_unit(["سنه"])
    assert hit is not None
    return hit[0]


def read_quantity_stub(start: int, end: int, value: float) -> Quantity:
    phrase = NumberPhrase(start, end, value, "words")
    return Quantity(start, start, end, end, value, phrase)


@cache
def _noun(name: str) -> Unit:
    return Unit(name, "noun", name)


def _link(text: str, found: list[Quantity]) -> list[Quantity]:
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


def _range_start(text: str, q: Quantity) -> int:
    toks = left_tokens(text, q.start, 2)
    if toks and toks[-1][0] in ("بين", "من"):
        return toks[-1][1] if not (len(toks) > 1 and toks[-2][0] == "ما") else toks[-2][1]
    return q.start


def _restore_elided(text: str, found: list[Quantity]) -> None:
    """ "سيبلغ عددهم قريباً 12 ألفاً": a scaled number with no noun counts the last noun;
    so does a number before "آخرين" ("مقتل 3 أشخاص وإصابة 5 آخرين")."""
    for i, q in enumerate(found):
        if q.unit is not None:
            continue
        others = [w.strip("،,.؛") for w in text[q.num_end : q.num_end + 9].split()[:1]] in _OTHERS
        if q.phrase.scale == 1.0 and not others:
            continue
        after = text[q.num_end : q.num_end + 12].split()[:1]
        nxt = after[0][:1] if after else ""
        if (
            nxt.isalpha()
            and not q.phrase.last_word.endswith("ا")
            and not others
            and after[0] not in _elided_before()
        ):
            continue  # a word follows that is not a unit: not an elided noun
        candidates = [
            prev
            for prev in reversed(found[:i])
            if q.num_start - prev.end <= _ELIDED_REACH
            and prev.unit is not None
            and prev.unit.kind not in ("percent", "time")
        ]
        # "22.8 مليون ريال … 18.2 مليون": the last figure of the same scale names the unit
        same = [p for p in candidates if p.phrase.scale == q.phrase.scale and not p.elided]
        chosen = (same or candidates)[:1]
        if chosen:
            q.unit, q.elided = chosen[0].unit, True


@cache
def _elided_before() -> frozenset[str]:
    """Words after a scaled number that leave its noun elided ("و6 مليارات في الهند")."""
    return frozenset(fold(str(w)) for w in load_lexicon("amount_cues").get("elided_before", []))


def build_amounts(
    doc: Document, shadow: Shadow, found: list[Quantity], sources: Sources
) -> list[Amount]:
    amounts: list[Amount] = []
    last: tuple[tuple[int, int], str, Agent | None, str] | None = None  # sentence, unit, source
    for q in found:
        assert q.unit is not None
        set_modality(q)
        start, end = shadow.span(q.start, q.end)
        u_start, u_end = shadow.span(q.unit_start, q.unit_end) if q.unit_end else (end, end)
        source, how = sources.find(q.num_start, q.num_end)
        sentence = sources.sentence(q.num_start)
        if source is None and last is not None:  # a series continues the previous figure's
            prev_sentence, prev_unit, prev_source, prev_how = last
            if (
                prev_how in ("credit", "series")
                and prev_unit == q.unit.code
                and _next(sources, prev_sentence, sentence)
            ):
                source, how = prev_source, "series"
        last = (sentence, q.unit.code, source, how)
        subject = None
        if q.unit.kind == "noun" and q.subject_end:
            s_start, s_end = shadow.span(q.unit_start, q.subject_end)
            subject = doc.text[s_start:s_end]
        unit_text = doc.text[u_start:u_end] if q.unit_end and not q.elided else ""
        amounts.append(
            Amount(
                doc.text[start:end],
                start,
                end,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit.code,
                unit_text=unit_text,
                approx=_original(doc, shadow, q.start, q.num_start) if q.approx else None,
                subject=subject,
                source=source,
                modality=q.modality,
            )
        )
    return amounts


def _next(sources: Sources, prev: tuple[int, int], cur: tuple[int, int]) -> bool:
    """Is `cur` the sentence right after `prev` (or the same one)?"""
    if cur == prev:
        return True
    between = sources.shadow.text[prev[1] : cur[0]]
    return len(between) < 40 and between.count("\n") <= 2 and not any(c.isalpha() for c in between)


def _original(doc: Document, shadow: Shadow, start: int, end: int) -> str:
    o_start, o_end = shadow.span(start, end)
    return doc.text[o_start:o_end].strip()
