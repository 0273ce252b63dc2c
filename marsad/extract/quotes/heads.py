"""The head word of a speaker phrase: its kind (person, group, organisation, document, unnamed
source), a people noun (الرجل، المرأة), a stance noun with a pronoun (an object, not a speaker),
and its number: does it name several people (a group, a broken or sound plural, a dual, a
quantifier with من)? A plural circumstantial cue (مؤكدين، مشيرين) and a plural verb (وأضافوا)
need such a subject. Word lists: `speakers.yaml` (plural_people, not_plurals, partitives)."""

from __future__ import annotations

from functools import cache, lru_cache

from marsad.extract.quotes.speaker_words import (
    SpeakerLexicon,
    Word,
    in_set,
    is_definite,
    readings,
    speaker_lexicon,
)

_POSSESSIVES = ("هما", "هم", "هن", "ها", "ه")


@lru_cache(maxsize=1 << 16)
def own_stance(norm: str, lex: SpeakerLexicon) -> bool:
    """ "استعدادها", "حرصه", "ثقتهم": a stance noun with a possessive pronoun is an object."""
    for suffix in _POSSESSIVES:
        if norm.endswith(suffix) and len(norm) > len(suffix) + 2:
            stem = norm[: -len(suffix)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # ثقتها → ثقه
            return stem in lex.never or stem in lex.object_heads
    return False


def people_noun(norm: str) -> str | None:
    """ "الرجل", "والمرأة" → "رجل", "امراه": the people noun of a definite word, if it is one."""
    definite = _definite_people()
    return next((definite[r] for r in readings(norm) if r in definite), None)


@cache
def _definite_people() -> dict[str, str]:
    return {d: n for n, d in speaker_lexicon().people_definite.items()}


@lru_cache(maxsize=1 << 16)
def head_kind(norm: str, lex: SpeakerLexicon) -> str:
    if in_set(norm, lex.documents):
        return "document"
    if in_set(norm, lex.unnamed):
        return "unnamed"
    if in_set(norm, lex.groups):
        return "group"
    if in_set(norm, lex.organisations) or (is_definite(norm) and norm in lex.countries):
        return "organisation"  # a state speaks too: "وقالت الولايات المتحدة إن"
    if norm.startswith("ال") and norm.endswith("ون") and len(norm) > 6:
        return "group"  # "المحققون", "المسعفون": a definite plural of people (not التلفزيون)
    return "person"


def sound_plural(norm: str) -> bool:
    """ "باحثون", "المحققين": a sound masculine plural (its construct form drops the ن)."""
    bare = norm.removeprefix("ال")
    return len(bare) > 4 and bare.endswith(("ون", "ين"))


def plural_adjective(norm: str) -> bool:
    """ "محليون", "الفرنسيين", "المتحمسون", "أمنية": an adjective that can follow a sound
    plural (a plural or feminine relative adjective, or a sound plural itself)."""
    bare = norm.removeprefix("ال")
    return len(bare) > 4 and bare.endswith(("ون", "ين", "يه", "يات"))


@lru_cache(maxsize=1 << 14)
def plural_word(norm: str) -> bool:
    """Does a subject's first word name several people? A group head (سكان، عدد), a broken
    plural or a quantifier (أقارب، ذوو، كثير), a sound plural (مغردون، المشاركين) or its
    construct (لاعبو، صيادو), or the dual of a title or a person's noun (الوزيران، اللاعبان)."""
    lex = speaker_lexicon()
    if in_set(norm, lex.groups) or in_set(norm, speaker_lexicon().plural_people):
        return True
    if norm in lex.countries or in_set(norm, lex.organisations) or in_set(norm, lex.documents):
        return False  # "البحرين", "التلفزيون": a body, not a plural
    bare = norm.removeprefix("ال")
    if sound_plural(norm):
        return bare not in speaker_lexicon().not_plurals
    if construct_plural(norm):
        return True  # "لاعبو النجم", "مسؤولو البيت الأبيض"
    if norm.startswith("ال") and bare.endswith("ان") and len(bare) > 4:
        one = "ال" + bare[:-2]  # "الوزيران" → الوزير, "الشرطيان" → الشرطي
        return (one,) in lex.titles or one[2:] in lex.people or one[2:] in lex.unnamed
    return False


@lru_cache(maxsize=1 << 14)
def many_head(norm: str) -> bool:
    """A broken plural, a quantifier or a construct plural heads a group phrase ("ذوو الشهداء",
    "كثير من المعلقين", "صيادو فرضة القطيف"), not a name."""
    return in_set(norm, speaker_lexicon().plural_people) or construct_plural(norm)


def partitive(ws: list[Word], i: int) -> bool:
    """ "عدد من المختصين", "العديد من الأهالي": a quantifier, من, then a plural of people."""
    return (
        i + 2 < len(ws)
        and ws[i + 1].norm == "من"
        and ws[i].norm in speaker_lexicon().partitives
        and plural_word(ws[i + 2].norm)
    )


def partitive_head(norm: str) -> bool:
    """ "عدد", "عددا", "العديد", "بعض": a quantifier whose group follows من."""
    return norm in speaker_lexicon().partitives or (
        norm.endswith("ا") and norm[:-1] in speaker_lexicon().partitives
    )


@lru_cache(maxsize=1 << 14)
def construct_plural(norm: str) -> bool:
    """ "لاعبو", "صيادو", "موظفو": a sound plural before its genitive (the ن dropped), of a
    title or a person's noun (not "ماريو", "برونو")."""
    if len(norm) < 5 or norm.startswith("ال") or not norm.endswith("و") or norm[-2] in "اي":
        return False
    if norm[0] == "م" and norm[1] != "ا":
        return True  # a participle's plural: "مصممو", "منظمو", "متابعو" (not "مارسيلو")
    lex = speaker_lexicon()
    one = norm[:-1]
    return (
        (one,) in lex.titles
        or ("ال" + one,) in lex.titles
        or one in lex.people
        or (one in lex.unnamed)
    )


def things_plural(norm: str) -> bool:
    """ "المنظمات", "السلطات": a feminine plural of bodies (it takes a feminine singular verb),
    not of people ("عائلات", "الفتيات")."""
    return norm.endswith("ات") and not in_set(norm, speaker_lexicon().plural_people)
