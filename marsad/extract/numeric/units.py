"""Units after a number: measures and currencies (units.yaml) or the counted noun, singular.

`match_unit(words)` finds the longest unit name at the start of a list of folded words;
`singular(word)` turns a counted noun into its singular (جنود → جندي, عنصرا → عنصر,
كيلومتراً → كيلومتر, جنديان → جندي), from the corpus-derived `counted_nouns.yaml`, the hand
corrections of `counted_extra.yaml` and the rules of Arabic noun endings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.errors import LangDataError
from marsad.extract.numeric.shadow import fold
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import strip_diacritics


@dataclass(frozen=True, slots=True)
class Unit:
    code: str
    kind: str  # percent | currency | area | length | mass | time | age | … | noun
    name: str  # canonical Arabic name
    scale: float = 1.0
    dot_decimal: bool = False
    iso: str = ""  # ISO 8601 designator for time units (Y, M, W, D, H, MIN, S)


@cache
def _unit_table() -> tuple[dict[tuple[str, ...], Unit], int]:
    """Folded name (as a word tuple) → Unit, and the longest name in words."""
    data = load_lexicon("units")
    require_keys(data, ("units",), "units")
    table: dict[tuple[str, ...], Unit] = {}
    defaults: dict[tuple[str, ...], Unit] = {}
    try:
        for entry in data["units"]:
            names = [str(n) for n in entry["names"]]
            unit = Unit(
                str(entry["code"]),
                str(entry["kind"]),
                names[0],
                dot_decimal=bool(entry.get("dot_decimal", False)),
                iso=str(entry.get("iso", "")),
            )
            for name in names:
                key = tuple(fold(name).split())
                if entry.get("default"):
                    defaults[key] = unit
                table.setdefault(key, unit)
        for entry in data.get("scaled", []):
            base = next((u for u in table.values() if u.code == entry["code"]), None)
            if base is None:
                raise LangDataError(f"units: scaled entry names unknown code {entry['code']!r}")
            for name in entry["names"]:
                table[tuple(fold(str(name)).split())] = Unit(
                    base.code, base.kind, base.name, float(entry["scale"])
                )
        year = next(u for u in table.values() if u.code == "year")
        for name in data.get("age_units", []):
            table[tuple(fold(str(name)).split())] = Unit("year", "age", year.name)
    except (KeyError, TypeError, ValueError, StopIteration) as exc:
        raise LangDataError(f"lexicon units: malformed entry ({exc})") from exc
    table.update(defaults)  # a bare shared name means its default currency
    return table, max(len(k) for k in table)


def match_unit(words: list[str]) -> tuple[Unit, int] | None:
    """The longest unit name that `words` (folded) start with, and how many words it takes."""
    table, longest = _unit_table()
    for n in range(min(longest, len(words)), 0, -1):
        unit = table.get(tuple(words[:n]))
        if unit is not None:
            return unit, n
    return None


@cache
def currency_families() -> dict[str, tuple[str, bool]]:
    """Currency code → (its bare name, is it the default) for the bare names units.yaml marks
    as shared (جنيه: EGP by default, GBP as جنيه إسترليني)."""
    table, _ = _unit_table()
    entries = load_lexicon("units")["units"]
    defaults = {fold(str(e["names"][0])): str(e["code"]) for e in entries if e.get("default")}
    out: dict[str, tuple[str, bool]] = {}
    for unit in table.values():
        family = fold(unit.name).split()[0]
        if unit.kind == "currency" and family in defaults:
            out[unit.code] = (family, defaults[family] == unit.code)
    return out


@cache
def time_units() -> dict[str, Unit]:
    """Folded single-word name → time unit (سنة، أعوام، يومين…)."""
    table, _ = _unit_table()
    return {k[0]: u for k, u in table.items() if u.kind == "time" and len(k) == 1}


@cache
def _nouns() -> dict[str, str]:
    """Folded written form → singular (as written), generated table + hand corrections."""
    out: dict[str, str] = {}
    for name in ("counted_nouns", "counted_extra"):
        data = load_lexicon(name)
        for form, single in (data.get("nouns") or {}).items():
            out[fold(str(form))] = strip_diacritics(str(single))
    return out


@cache
def not_duals() -> frozenset[str]:
    """Names that end like a dual of a counted noun (طالبان is not two students)."""
    return frozenset(fold(str(w)) for w in load_lexicon("counted_extra").get("not_duals", []))


@cache
def not_counted() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_lexicon("counted_extra").get("not_counted", []))


@cache
def countries() -> frozenset[str]:
    """Countries spelled like a nisba's accusative (روسيا، سوريا), folded."""
    return frozenset(fold(str(w)) for w in load_lexicon("counted_extra").get("countries", []))


@cache
def noun_unit(name: str) -> Unit:
    """The unit of a counted noun: "جندي" counts soldiers."""
    return Unit(name, "noun", name)


@cache
def counted_singulars() -> frozenset[str]:
    """Folded singular counted nouns (the forms that are their own singular)."""
    return frozenset(k for k, v in _nouns().items() if fold(v) == k)


def known_noun(folded: str) -> bool:
    return folded in _nouns()


def is_plural(folded: str) -> bool:
    """A form the lexicon knows as a plural (its singular differs)."""
    single = _nouns().get(folded)
    return single is not None and fold(single) != folded


def singular(
    word: str, folded: str | None = None, feminine: bool = False, guess: bool = True
) -> str | None:
    """Singular of a counted noun as written, or None when `word` is not a counted noun.

    `feminine`: also trust an unknown word with a feminine ending (after 11 and more, whose
    noun is singular: "102 خريجة"; not after a year or 3-10, which take a plural).
    `guess`: trust an unknown word's noun ending at all (not after a year-like number:
    "انتخابات 2014 وهكذا", "بسنة 2015 مذكرا")."""
    folded = fold(word) if folded is None else folded
    plain = strip_diacritics(word).replace("\u0640", "")
    nouns = _nouns()
    if folded in not_counted() or len(folded) < 2:
        return None
    if folded.startswith("ال") and (folded not in nouns or folded in _number_words()):
        return None  # definite; but "آلات", "ألعاب" fold to ال… and are the table's own forms
    if folded in nouns:
        return nouns[folded]
    if folded.endswith("ا") and folded[:-1] in nouns:  # accusative: عنصرا
        return nouns[folded[:-1]]
    two = dual_singular(word, folded)
    if two is not None:
        return two
    if folded.endswith("ي") and folded[:-1] in nouns:  # construct plural: إرهابيي
        return nouns[folded[:-1]]
    for ending, repl in (("ات", "ة"), ("ات", ""), ("ين", ""), ("ون", "")):
        if folded.endswith(ending) and fold(folded[: -len(ending)] + repl) in nouns:
            return nouns[fold(folded[: -len(ending)] + repl)]
    # unknown words: trust a noun ending, never a bare stem (it may be a verb) nor a word
    # behind a preposition ("ألف لكرة اليد" is Division A of handball, not 1000 of anything)
    if folded.startswith(("ل", "ب")) or not guess:
        return None
    if (
        len(folded) >= 4
        and folded.endswith("ا")
        and not folded.endswith(("وا", "اا", "ايا"))
        and folded[0] != "و"  # "(28) وسوريا", "2014 وهكذا": و + a word, not an accusative noun
    ):
        return plain[:-1]
    feminine = feminine and plain.endswith(("ة", "ه")) and len(folded) >= 4 and folded[0] != "و"
    if feminine and not folded.endswith(_PRONOUNS) and folded not in _number_words():
        return plain[:-1] + "ة"  # a feminine noun (ة is ه in the shadow text): خريجة
    return None


# attached pronouns, not a feminine ending; not كه or وه: the shadow text writes ة as ه, and
# after a number سمكه، شبكه، قوه، خطوه are feminine nouns far more often than a verb + pronoun
_PRONOUNS = ("ها", "هم", "هما", "هن")


def dual_singular(word: str, folded: str | None = None) -> str | None:
    """Singular of a nominative dual of a known noun (جنديان, طائرتان), else None."""
    folded = fold(word) if folded is None else folded
    if folded.startswith("ال") or is_plural(folded) or folded in not_duals():
        return None
    nouns = _nouns()
    if folded.endswith("تان") and len(folded) >= 6:
        stem = folded[:-3] + "ه"
        if nouns.get(stem) and fold(nouns[stem]) == stem:
            return nouns[stem]
    if folded.endswith("ان") and len(folded) >= 5:
        stem = folded[:-2]
        if nouns.get(stem) and fold(nouns[stem]) == stem:
            return nouns[stem]
    return None


# broken plurals whose singular follows from the pattern (folded forms: أ → ا, ئ → ي)
_BROKEN = (
    (re.compile("^[اأ](.)(.)ا(.)$"), "{0}{1}{2}"),  # أفعال: أشواط/شوط
    (re.compile("^[اأ](.)(.)(.)[ةه]$"), "{0}{1}ا{2}"),  # أفعلة: أسلحة/سلاح
    (re.compile("^(.)وا(.)(.)$"), "{0}ا{1}{2}"),  # فواعل: حوامل/حامل، شوارع/شارع
    (re.compile("^(.)(.)ا[ئي](.)$"), "{0}{1}ي{2}ة"),  # فعائل: ركائز/ركيزة
)


def plural_singular(word: str, folded: str | None = None) -> str | None:
    """Singular of an unknown word shaped like a plural, as numbers 3-10 govern one
    ("ثماني غواصات" → غواصة, "3 قاطرات", "ثلاثة باكستانيين" → باكستاني, "أربعة أشواط"),
    else None; a broken plural of no known pattern stands as written ("سبعة تلاميذ")."""
    folded = fold(word) if folded is None else folded
    plain = strip_diacritics(word).replace("\u0640", "")
    if len(folded) < 4 or folded.startswith(("ال", "بال", "لل", "وال")):
        return None  # definite
    if folded.endswith("وا") or (folded.endswith("ت") and not folded.endswith("ات")):
        return None  # a past verb: سجلوا، وقالت
    bare = folded[1:] if folded[0] in "وفبل" else folded
    if {folded, bare} & (not_counted() | _number_words()):
        return None  # "وعشرين", "وحتى"
    if folded.endswith("ات") and len(folded) >= 5:
        return plain[:-2] + "ة"
    if folded.endswith(("يين", "يون")) and len(folded) >= 6:
        return plain[:-2]
    tafaeel = _TAFAEEL.match(plain)
    if tafaeel:  # تفاعيل → تفعيل: "خمسة تقارير", "ثلاثة تصاريح" (not the تفاعل of a verb)
        return "ت{}{}ي{}".format(*tafaeel.groups())
    if folded[0] in "تلب" or (folded.endswith("ه") and not folded.startswith("ا")):
        return None  # تفاعل (تراجع), ل/ب + noun (لصالح), a feminine singular (بداية)
    known = _known_stem(folded)
    if known is not None:
        return known
    for pattern, form in _BROKEN:
        m = pattern.match(plain)
        if m:
            single = form.format(*m.groups())
            root = m.groups()
            weak = any(ch in "ءئؤا" for ch in root) or root[-1] in "وي"
            weak = weak or (form == "{0}{1}ا{2}" and root[1] in "وي")  # أسئلة (folded اسيله)
            return plain if weak else single  # أسئلة/سؤال: a hamzated or defective root
    if _BROKEN_SHAPE.match(folded):
        return plain
    return None


def _known_stem(folded: str) -> str | None:
    """The singular of a broken plural whose pattern loses or changes a letter of it, found
    by trying the singulars the pattern allows against the known counted nouns: أفعُل
    ("ستة أفرع" → فرع, أسهم, أحرف) and فِعلان with a hollow root ("6 حيتان" → حوت)."""
    if len(folded) == 4 and folded[0] == "ا" and not set(folded[1:3]) & set("اوي"):
        tries = [folded[1:]]
    elif len(folded) == 5 and folded.endswith("ان") and folded[1] == "ي":
        tries = [folded[0] + "و" + folded[2], folded[0] + "ا" + folded[2]]
    else:
        return None
    found = [t for t in tries if t in counted_singulars()]
    return _nouns()[found[0]] if len(found) == 1 else None  # سيقان: ساق or سوق? neither


_TAFAEEL = re.compile("^ت([^اوي])ا([^اوي])ي([^اوي])$")
# other broken plural shapes: مفاعل، مفاعيل، فعالل، فعاليل، تفاعيل، فعلاء، أفعلاء
_BROKEN_SHAPE = re.compile("^(?:م.ا..|م.ا.ي.|..ا..|..ا.ي.|ت.ا.ي.|...اء|ا..اء|ا...اء)$")


@cache
def _number_words() -> frozenset[str]:
    from marsad.extract.numeric.numbers import lexicon

    return frozenset(lexicon())
