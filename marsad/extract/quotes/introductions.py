"""People introduced by a noun and then named: "رجل أمريكي يدعى "كارل سميث"", "الشاب "جورج
ويلسون - 20 عاماً"", "امرأة تدعى أوتا", "المدعو عصمت حياة".

News often meets a person first as a noun (رجل، الشاب، امرأة، المتهم) and names them with a
naming word (يدعى، تدعى، يسمى، المدعو، اسمه) or a quoted name right after; later sentences then
speak of "الرجل" or "الشاب". `introduced_name` finds that name for a people noun (the nouns
and naming words are in `speakers.yaml`). It is called only when a description of this kind
has no named speaker to point to, so its regexes run rarely.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.extract.quotes.cues import LETTERS, word_pattern
from marsad.extract.quotes.speaker_words import (
    Word as _Word,
    is_name_word,
    norm_word,
    speaker_lexicon,
)
from marsad.text.marks import CLOSERS, OPENERS, SYMMETRIC
from marsad.text.normalize import DIACRITICS, TATWEEL

_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")
_NAME_END = re.compile(r"\s[-–—]|[\d٠-٩،,(]")  # "جورج ويلسون - 20 عاماً": the name ends there
MAX_BETWEEN = 3  # adjectives between the noun and its name ("رجل أمريكي", "شاب في العشرين")
MAX_NAME = 4


@cache
def _noun_pattern(noun: str, definite: str) -> re.Pattern[str]:
    """The noun, indefinite or with ال, behind up to three proclitics, with tanwin alif."""
    marks = DIACRITICS + TATWEEL
    body = f"(?:{word_pattern(noun)}|{word_pattern(definite)})"
    return re.compile(
        rf"(?<![{LETTERS}{marks}])[وفبلك]{{0,3}}{body}[{marks}]*ا?[{marks}]*(?![{LETTERS}])"
    )


def introduced_name(text: str, noun: str, pos: int) -> str | None:
    """The name given to the last person introduced as `noun` (normalised, without ال)
    before `pos`, as written ("كارل سميث"), or None."""
    lex = speaker_lexicon()
    if noun not in lex.people:
        return None
    found = list(_noun_pattern(noun, lex.people_definite[noun]).finditer(text, 0, pos))
    for m in reversed(found[-6:]):
        name = _name_after(text, m.end(), min(len(text), m.end() + 160))
        if name:
            return name
    return None


def _name_after(text: str, start: int, limit: int) -> str | None:
    """The name after a people noun: after a naming word, or in quote marks right after."""
    lex = speaker_lexicon()
    toks = [(m.start(), m.end(), norm_word(m.group())) for m in _TOKEN.finditer(text, start, limit)]
    k = 0
    while k < len(toks) and k < MAX_BETWEEN and _adjective(toks[k][2]):
        k += 1
    if k < len(toks) and toks[k][2] in lex.naming:
        k += 1
    elif k > 1:
        return None  # a quoted name follows the noun at once or after one adjective
    if k >= len(toks):
        return None
    begin, _, norm = toks[k]
    if norm in OPENERS + SYMMETRIC:
        return _quoted(text, begin, limit)
    if k == 0 or toks[k - 1][2] not in lex.naming:
        return None
    run = []
    for s, e, n in toks[k : k + MAX_NAME]:
        if not is_name_word(_Word(s, e, n), lex):
            break
        run.append((s, e))
    return text[run[0][0] : run[-1][1]] if run else None


def _adjective(norm: str) -> bool:
    """A word that may stand between a noun and its name ("أمريكي", "الأمريكي")."""
    lex = speaker_lexicon()
    return (
        norm[:1].isalpha()
        and norm not in lex.naming
        and norm not in lex.stops
        and norm not in lex.openers
        and norm not in lex.title_preps
    )


def _quoted(text: str, at: int, limit: int) -> str | None:
    close = next((k for k in range(at + 1, limit) if text[k] in CLOSERS + SYMMETRIC + "\n"), -1)
    if close < 0 or text[close] == "\n":
        return None
    inner = text[at + 1 : close]
    cut = _NAME_END.search(inner)
    name = " ".join((inner[: cut.start()] if cut else inner).split())
    return name if 1 <= len(name.split()) <= MAX_NAME else None
