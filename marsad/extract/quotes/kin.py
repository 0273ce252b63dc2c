"""Kin and bystanders as speakers: "والدة الشهيد", "شقيق الضحية محمد", "زوجة المتهم".

A kin noun (`speakers.yaml` kin) before an ال-word or a tagged name is the speaker's
description as written, with the kin noun's gender: "وقالت زوجة المتهم إن … وأضافت" goes on
with her, and "شقيق" is no name with "الضحية" as its title.
"""

from __future__ import annotations

from functools import cache

from marsad.document import Entity
from marsad.extract.quotes.speaker_names import Mention, person_at
from marsad.extract.quotes.speaker_words import Word, is_definite, speaker_lexicon
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize


@cache
def _kin() -> dict[tuple[str, ...], str]:
    data = load_lexicon("speakers").get("kin") or {}
    return {
        tuple(normalize(w).split()): gender for gender in ("m", "f") for w in data.get(gender, [])
    }


@cache
def _firsts() -> frozenset[str]:
    return frozenset(k[0] for k in _kin())


def kin_first(norm: str) -> bool:
    """Can a kin phrase start with this word (without a pronoun)?"""
    return norm in _firsts()


def kin_phrase(
    text: str, ws: list[Word], i: int, limit: int, entities: list[Entity] | None
) -> Mention | None:
    """The kin description starting at word `i`, or None."""
    kin = _kin()
    norm = ws[i].norm
    # "والده" his father, not "والدة" (both read والده); "شقيقها", "ابنهم"
    if norm.endswith(("ه", "ها", "هم", "هما")) and text[ws[i].start : ws[i].end].endswith(
        ("ه", "ها", "هم", "هما")
    ):
        return _own_kin(ws, i, limit, entities, kin)
    if norm not in _firsts():
        return None  # most phrases: one set lookup
    n = next((k for k in (2, 1) if tuple(w.norm for w in ws[i : i + k]) in kin), 0)
    j = i + n
    if not n or j >= len(ws) or any(e.start == ws[i].start for e in entities or ()):
        return None  # "ابن خلدون", a tagged name opening with ابن / أم
    lex = speaker_lexicon()
    gender = kin[tuple(w.norm for w in ws[i:j])]
    person = person_at(ws[j].start, limit, entities)
    if person is None:
        if not is_definite(ws[j].norm) or ws[j].norm in lex.stops:
            return None  # "أم درمان", "جدة" the city: no relative named after it
        j += 1  # "والدة الشهيد", then the relative's name if tagged
        person = person_at(ws[j].start, limit, entities) if j < len(ws) else None
    end = person.end if person is not None else ws[j - 1].end
    mention = Mention(ws[i].start, end, "person")
    mention.role = (ws[i].start, ws[i + n - 1].end)
    mention.gender = gender
    return mention


def _own_kin(
    ws: list[Word], i: int, limit: int, entities: list[Entity] | None, kin: dict
) -> Mention | None:
    """ "والده", "والدته", "شقيقها محمد": a kin noun with a possessive pronoun (his father)."""
    norm = ws[i].norm
    for suffix in ("هما", "هم", "ها", "ه"):
        if not norm.endswith(suffix) or len(norm) < len(suffix) + 2:
            continue
        stem = norm[: -len(suffix)]
        stem = stem[:-1] + "ه" if stem.endswith("ت") else stem  # والدته → والده
        gender = kin.get((stem,))
        if gender is None:
            return None
        person = person_at(ws[i + 1].start, limit, entities) if i + 1 < len(ws) else None
        mention = Mention(ws[i].start, person.end if person else ws[i].end, "person")
        mention.role, mention.gender = (ws[i].start, ws[i].end), gender
        return mention
    return None
