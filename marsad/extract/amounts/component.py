"""The `amounts` component: numeric claims with value, unit, subject, source and modality.

One pass of a combined regex over the shadow text finds every number (digits in any script,
number words, definite cardinals after a plural "طائرات التورنيدو الثماني", nominative duals
"جنديان"); `quantities.read_quantity` reads each with its context and drops what is not an
amount; "جنيه واحد" is one of a currency. Then neighbours are linked (`numlinks`: shared
units, ranges, elided nouns, "آخرين", currencies named in full once), and each amount gets its
source (`sources.Sources`). Ages and ordinal ages: `ages`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

import regex

from marsad.document import Agent, Amount, Document
from marsad.extract.amounts.links import link, qualify_currencies, restore_elided
from marsad.extract.amounts.quantities import Quantity, read_quantity, set_modality
from marsad.extract.amounts.sources import Sources
from marsad.extract.numeric.ages import age_cues, read_ordinal
from marsad.extract.numeric.context import left_tokens, ordinal_words
from marsad.extract.numeric.numbers import (
    DIGITS_RE,
    NumberPhrase,
    lexicon,
    tokens_at,
)
from marsad.extract.numeric.shadow import Shadow, anchors as word_table, shadow_of
from marsad.extract.numeric.units import (
    Unit,
    counted_singulars,
    dual_singular,
    is_plural,
    match_unit,
    noun_unit,
    singular,
    time_units,
)
from marsad.registry import component
from marsad.settings import Options

_TEEN_TENS = frozenset({"عشر", "عشره", "وعشر", "وعشره"})
_ONE_OF = frozenset({"احد", "احدي", "لاحد", "لاحدي", "باحد", "باحدي"})
_ONE = frozenset({"واحد", "واحده", "واحدا"})
# one of these kinds of unit counts ("دولاراً واحداً", "متر واحد"); not قدم, also a foot
_ONE_UNITS = frozenset({"currency", "length", "area", "volume", "mass"})
_NOT_ONE_CODES = frozenset({"ft", "in"})


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
        elif word in _ONE and (one := _one_of_unit(text, pos, word)) is not None:
            q = one
        elif kind == "word" and text[max(0, pos - 3) : pos].rstrip()[-1:].isdigit():
            continue  # a scale word after digits that did not read ("1.75.3 مليون"): no 1 million
        else:
            q = read_quantity(text, pos)
        if q is not None:
            if found and q.start < found[-1].start:
                continue  # an ordinal age read back over a figure already found
            found.append(q)
            done = q.num_end
    qualify_currencies(text, found)
    found = link(text, found)
    restore_elided(text, found)
    return [q for q in found if q.unit is not None]


def _after_definite(text: str, pos: int) -> bool:
    """Is the word before `pos` the first word of an ordinal ("السابعة" in السابعة عشرة)?"""
    before = text[max(0, pos - 20) : pos].split()
    return bool(before) and before[-1] in ordinal_words()


def _one_of_unit(text: str, pos: int, word: str) -> Quantity | None:
    """ "تبرع بجنيه واحد", "دولاراً واحداً": one of a currency or a measure (a count of one
    person or thing is no claim: "في وقت واحد")."""
    prev = left_tokens(text, pos, 2)
    for n in (2, 1):
        if len(prev) < n:
            continue
        words = [t for t, _ in prev[-n:]]
        start = prev[-n][1]
        hit = match_unit(words)
        if hit is None and words[0][:1] in "بلوف" and len(words[0]) > 3:
            hit, start = match_unit([words[0][1:], *words[1:]]), start + 1
        if (
            hit is not None
            and hit[1] == n
            and hit[0].kind in _ONE_UNITS
            and hit[0].code not in _NOT_ONE_CODES
        ):
            q = read_quantity_stub(pos, pos + len(word), 1.0)
            q.start, q.unit, q.unit_start, q.unit_end = (
                start,
                hit[0],
                start,
                prev[-1][1] + len(words[-1]),
            )
            return q
    return None


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
    before = text[max(0, pos - 30) : pos].split()[-1:]
    if before and len(before[0]) > 4 and before[0].endswith(("يان", "ان")) and single[-1] == "ي":
        return None  # "ممران مائيان دوليان": a relative adjective agreeing with a dual
    q = read_quantity_stub(pos, end, 2.0)
    q.unit, q.unit_start, q.unit_end, q.subject_end = noun_unit(single), pos, end, end
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
            q.unit, q.unit_start, q.unit_end = noun_unit(single), start, start + len(tok)
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
