"""Which words of a speaker phrase are the name, and what the entities stage says about it.

Small judgements used by `speakers.parse_speaker`: the `Mention` it returns, the entities
layer's say on the name and its kind (`attach_entity`), names after a naming word ("وتدعى
نورة الشمري"), and people nouns used like titles ("المواطن", "المتهم في القضية"), which take a
following name only when it is clearly one.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Entity
from marsad.extract.speaker_words import (
    SpeakerLexicon,
    Word,
    family_name,
    hard_stop,
    in_set,
    is_definite,
    readings,
    speaker_lexicon,
)

PATRONYMIC = frozenset(["بن", "ابن", "بنت", "ابو", "ولد"])


@dataclass(slots=True)
class Mention:
    """A speaker phrase: `start`:`end` the whole phrase, `name` the name inside it (if any)."""

    start: int
    end: int
    kind: str  # person | organisation | document | unnamed | group | description | thing
    name: tuple[int, int] | None = None
    role: tuple[int, int] | None = None
    affiliation: tuple[int, int] | None = None
    gender: str | None = None  # from the title, when it tells
    alias: tuple[int, int] | None = None  # "(البنتاغون)" after the name
    entity: Entity | None = None
    quoted: bool = False  # the name was in quote marks ("وأضافت "نسمة" أن")


def people_title(ws: list[Word], i: int, n: int, lex: SpeakerLexicon) -> bool:
    return n == 1 and any((r,) in lex.people_titles for r in readings(ws[i].norm))


def described_end(ws: list[Word], k: int, end: int, lex: SpeakerLexicon) -> int:
    """End of the description after a definite title or people noun: its ال adjectives,
    "في/ب + ال-word" phrases and ل/ب genitive chains ("لشركة أرامكو"), not a bare object."""
    chain = False  # inside a genitive opened by ل/ب ("لشركة أرامكو السعودية")
    while k < end:
        n = ws[k].norm
        if is_definite(n):
            k += 1
        elif (n in lex.title_preps and k + 1 < end) or (n[:1] in "لب" and len(n) > 3):
            k, chain = k + 1, True
        elif chain:
            k += 1
        else:
            break
    return k


def sure_name(
    ws: list[Word], name: tuple[int, int], lex: SpeakerLexicon, entities: list[Entity] | None
) -> bool:
    """A name for sure: tagged as a person, or closed by a family name or a patronymic."""
    if entities and any(e.type == "PER" and e.start == name[0] for e in entities):
        return True
    inside = [w for w in ws if name[0] <= w.start and w.end <= name[1]]
    return bool(inside) and (
        family_name(inside[-1], lex) or any(w.norm in PATRONYMIC for w in inside)
    )


def named_by(ws: list[Word], k: int, mention: Mention, lex: SpeakerLexicon) -> None:
    """ "أحد المتهمين ويدعى إبراهيم": the name after a naming word names the speaker."""
    j = k
    while j < len(ws) and j - k < 4 and not hard_stop(ws, j, lex, in_title=False):
        if is_definite(ws[j].norm) and not family_name(ws[j], lex):
            break
        j += 1
    if j > k:
        mention.name = (ws[k].start, ws[j - 1].end)
        mention.end = ws[j - 1].end
        mention.kind = "person"


def after_body(start: int, ws: list[Word]) -> bool:
    """Does the word at `start` follow a body's head word (so it names the body)?"""
    lex = speaker_lexicon()
    k = next((k for k, w in enumerate(ws) if w.start == start), 0)
    # an indefinite head in construct ("فريق هجر", "بنادي هجر"); after "البنتاغون" a name
    # is the person's
    return k > 0 and in_set(ws[k - 1].norm, lex.organisations) and not is_definite(ws[k - 1].norm)


def index_at(ws: list[Word], offset: int) -> int:
    return next(k for k, w in enumerate(ws) if w.start == offset)


def span_text(ws: list[Word], lo: int, hi: int) -> tuple[int, int]:
    return (ws[lo].start, ws[hi - 1].end)


def attach_entity(mention: Mention, entities: list[Entity] | None, ws: list[Word]) -> None:
    """Let the entities stage decide the name and its kind where it has a mention here."""
    if not entities:
        return
    # an entity cut inside a word ("ف|اليري") is the tagger's slip, not a name
    inside = [
        e
        for e in entities
        if e.type != "MISC"  # a MISC tag says nothing of who speaks ("جورج" in quote marks)
        and mention.start <= e.start
        and e.end <= mention.end
        and not any(w.start < e.start < w.end or w.start < e.end < w.end for w in ws)
    ]
    if not inside:
        return
    people = [e for e in inside if e.type == "PER"]
    pick = people[-1] if people else inside[0]
    # "الأمين العام لحلف شمال الأطلسي مارك روته" with the person missed by the tagger: the
    # organisation is the affiliation, not the speaker; keep the parsed name
    if pick.type != "PER" and (
        mention.role is not None or mention.kind not in ("organisation", "person")
    ):
        return
    # "الشركة المشغلة لمطار أبوظبي": a place or body inside the phrase is not what speaks
    if pick.type != "PER" and pick.start != mention.start:
        return
    # "جيهان السادات" with only "السادات" tagged: the parsed given name stays (the tagged
    # family name alone would merge her with "أنور السادات")
    first = next((w.norm for w in ws if w.start == mention.start), "ال")
    if (
        pick.type == "PER"
        and mention.kind == "person"
        and mention.role is None
        and pick.start > mention.start
        and pick.end == mention.end
        and not is_definite(first)
    ):
        return
    # "السفير علي محمد العياشي" with "علي محمد" tagged: the parsed name goes on to the family
    # name, keep it
    if pick.type == "PER" and mention.name is not None and _cut_family_name(pick, mention, ws):
        return
    # "مدير الكرة بنادي هجر": a tagged "person" right after a body's head names the body
    if pick.type == "PER" and mention.role is not None and after_body(pick.start, ws):
        return
    # a person inside an organisation's phrase is not its name
    if (
        mention.kind in ("organisation", "document", "group", "unnamed")
        and pick.type == "PER"
        and pick.start > mention.start
    ):
        return
    family = _family_after(pick, ws) if pick.type == "PER" else None
    if family is not None:
        # "علي محمد العياشي" with "علي محمد" tagged: the family name closes the name, and the
        # tagger's (shorter) canonical name would not
        mention.name, mention.kind = (pick.start, family.end), "person"
        mention.end = max(mention.end, family.end)
        return
    mention.entity = pick
    mention.name = (pick.start, pick.end)
    if pick.type == "PER":
        mention.kind = "person"
    elif pick.type == "ORG" and mention.kind == "person":
        mention.kind = "organisation"


def _cut_family_name(pick: Entity, mention: Mention, ws: list[Word]) -> bool:
    """Does the parsed name go on past the tagged one with a family name (العياشي)?"""
    assert mention.name is not None
    if pick.start != mention.name[0] or pick.end >= mention.name[1]:
        return False
    rest = [w for w in ws if pick.end <= w.start and w.end <= mention.name[1]]
    return 1 <= len(rest) <= 2 and family_name(rest[-1], speaker_lexicon())


def _family_after(pick: Entity, ws: list[Word]) -> Word | None:
    """A family name (nisba ال-word) right after a tagged person, left out by the tagger."""
    nxt = next((w for w in ws if w.start >= pick.end), None)
    if nxt is None or nxt.start - pick.end > 1:
        return None
    return nxt if family_name(nxt, speaker_lexicon()) else None
