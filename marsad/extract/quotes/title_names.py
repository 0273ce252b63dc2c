"""Names at the end of a long title chain (used by `speakers.parse_speaker`).

"رئيس اللجنة الوطنية للسياحة في مجلس الغرف السعودية ورئيس اللجنة السياحية في الغرفة الصناعية
التجارية بالأحساء X، بأن": a chain longer than a speaker phrase's reach, or cut at a word like
العام, still ends at its holder's name — the person the tagger found after it, or a name closed
by a comma or إن/أن — unless punctuation, a setting or a preposition of company stands between.
"""

from __future__ import annotations

from functools import cache

from marsad.document import Entity
from marsad.extract.quotes.speaker_names import Mention, name_run
from marsad.extract.quotes.speaker_words import (
    BREAK_PUNCT,
    MAX_WORDS,
    SpeakerLexicon,
    Word,
    in_set,
    match_rank,
    match_title,
    speaker_lexicon,
    words,
)
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize


@cache
def _other_person() -> frozenset[str]:
    """Prepositions after which a name is someone else ("في اجتماعه مع الرئيس X")."""
    return frozenset(normalize(w) for w in load_lexicon("speakers")["company_prepositions"])


_CLOSERS = frozenset('،,:«“"')


def tagged_name_ahead(
    text: str, mention: Mention, limit: int, entities: list[Entity] | None
) -> Entity | None:
    """The tagged person a title chain ends at, past a phrase's reach or a word that cut it.

    "رئيس اللجنة الوطنية للسياحة في مجلس الغرف السعودية ورئيس اللجنة السياحية في الغرفة
    الصناعية التجارية بالأحساء عبداللطيف العفالق، بأن", "رئيس هيئة النقل العام الدكتور X، أن":
    the person must come before any punctuation, preposition of company or cue complement and
    close the phrase (a comma, a colon, a quote mark, إن/أن or a stop word after it).
    """
    if not entities:
        return None
    person = next(
        (e for e in entities if e.type == "PER" and mention.end <= e.start < mention.end + 200),
        None,
    )
    if person is None or person.end > limit:
        return None
    lex = speaker_lexicon()
    gap = words(text, mention.end, person.start)
    # "النائبة عن حركة النهضة X": عن before a body after the title names whom it stands for
    skip = 1 if _for_body(gap, entities, lex) else 0
    if len(gap) > MAX_WORDS or any(
        w.norm in BREAK_PUNCT
        or (w.norm in lex.stops and w.norm != "العام")  # "المدير العام": general, not the year
        or (w.norm in _other_person() and _names_other(gap, k, lex))
        for k, w in enumerate(gap)
        if k >= skip
    ):
        return None
    if any(in_set(w.norm, lex.settings) for w in gap):
        return None  # "في تصريح لـX": the setting, then whoever it was made to
    after = words(text, person.end, limit)[:2]
    if after and not (
        after[0].norm in _CLOSERS
        or after[0].norm in lex.stops
        or (skip and len(after) > 1 and in_set(after[1].norm, lex.settings))
    ):
        return None  # the name goes on, or a verb or an object follows: not surely the end
    return person


def _names_other(gap: list[Word], k: int, lex: SpeakerLexicon) -> bool:
    """A preposition of company before the person, a title or a rank ("مع الرئيس X"); only
    إلى may stand inside the title's phrase ("للتحقيق في تسفير الشباب إلى بؤر التوتر X")."""
    if k + 1 >= len(gap) or gap[k].norm not in ("إلى", "الى", "الي"):
        return True
    return bool(match_title(gap, k + 1, lex) or match_rank(gap, k + 1, lex))


def _for_body(gap: list[Word], entities: list[Entity], lex: SpeakerLexicon) -> bool:
    """ "عن حركة النهضة", "عن حزب X": a body (tagged, or by its head word) after عن."""
    if len(gap) < 2 or gap[0].norm != "عن":
        return False
    at = gap[1].start
    tagged = any(e.start == at and e.type in ("ORG", "LOC") for e in entities)
    return tagged or in_set(gap[1].norm, lex.organisations)


def name_further(text: str, mention: Mention, limit: int, entities: list[Entity] | None) -> None:
    """A title chain longer than a phrase's reach ends at the person the tagger found, or at a
    name closed by a comma or إن/أن right after the words the reach cut off."""
    person = tagged_name_ahead(text, mention, limit, entities)
    if person is not None:
        span: tuple[int, int] | None = (person.start, person.end)
        mention.entity = person
    else:
        span = _name_past_reach(text, mention, limit)
    if span is not None:
        mention.name, mention.end, mention.kind = span, span[1], "person"
        if mention.role is not None:
            mention.affiliation = (mention.role[1] + 1, span[0] - 1)


def _name_past_reach(text: str, mention: Mention, limit: int) -> tuple[int, int] | None:
    """ "… في الغرفة الصناعية | التجارية بالأحساء عبداللطيف العفالق، بأن": only when the
    phrase was cut by the word reach, not by a stop."""
    lex = speaker_lexicon()
    inside = words(text, mention.start, mention.end)
    if mention.name is not None or len(inside) < MAX_WORDS - 1:
        return None
    ws = inside[-1:] + words(text, mention.end, limit)[:9]
    close = next((k for k, w in enumerate(ws) if w.norm in ("،", ",") or w.norm in lex.stops), 0)
    if close < 3 or any(
        w.norm in _other_person() or in_set(w.norm, lex.settings) for w in ws[:close]
    ):
        return None
    if ws[close].norm not in ("،", ",", "ان", "بان", "إن", "أن", "بأن"):
        return None
    return name_run(ws, 1, close, lex)
