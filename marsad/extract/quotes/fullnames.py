"""The fullest name of a person in one article ("زيلينسكي" → "فولوديمير زيلينسكي").

A person quoted by a short name is given the longest name of theirs the article holds: a
speaker met before, a tagged person, or the words written before the short name elsewhere
("وتحدث هربرت بيكس" for "بيكس").
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.extract.quotes.cues import cue_lexicon
from marsad.extract.quotes.speaker_words import is_definite, norm_word, speaker_lexicon
from marsad.text.normalize import normalize, normalize_phrase

_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+")


@lru_cache(maxsize=8192)
def name_tokens(text: str) -> frozenset[str]:
    return frozenset(normalize_phrase(text).split())


def fullest(text: str, name: str, names: list[str]) -> str:
    mine = name_tokens(name)
    best = name
    if not mine:
        return best
    for other in [*names, *written_before(text, name)]:
        if len(other) > len(best) and mine < name_tokens(other) and _no_verb_first(other):
            best = other
    return best


def _no_verb_first(name: str) -> bool:
    """ "وأفاد العذاري" (a tagger's slip) is no fuller name: a name opens with no cue verb."""
    first = normalize(name.split()[0]) if name.split() else ""
    forms = cue_lexicon().forms
    return first not in forms and not (first[:1] in "وف" and first[1:] in forms)


def written_before(text: str, name: str) -> list[str]:
    """Fuller forms of a one-word name as written elsewhere ("هربرت بيكس" for "بيكس")."""
    if len(name.split()) != 1:
        return []
    lex = speaker_lexicon()
    cues = cue_lexicon().forms
    out = []
    for at in occurrences(text, name, 0, len(text)):
        before = _WORD.findall(text[max(0, at - 60) : at])[-3:]
        run: list[str] = []
        opener = ""
        for w in reversed(before):
            n = norm_word(w)
            if is_definite(n) or n in lex.stops or n.startswith("و") or len(n) < 2:
                opener = n
                break
            if n in lex.openers or n in lex.title_preps or n in lex.unnamed:
                break
            if n in cues or n[1:] in cues or n.endswith(("ها", "هم", "هما")):
                break  # a verb, or a word with an object pronoun ("روتها مريم")
            run.insert(0, w)
            if len(run) == 2:
                break
        # the run must follow a title, an ال-word or a verb with و ("وتحدث هربرت بيكس"),
        # not a preposition ("وفي نيروبي سيرأس أوباما")
        bare = opener[1:] if opener.startswith("و") else opener
        if run and opener and bare not in lex.openers and bare not in lex.title_preps:
            out.append(" ".join([*run, name]))
    return out


def occurrences(text: str, needle: str, start: int, end: int) -> list[int]:
    """Where `needle` starts a word in text[start:end] (a و/ف/ب/ل may stand before it)."""
    out = []
    at = text.find(needle, start, end)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(needle)] if at + len(needle) < len(text) else " "
        glued = before in "وفبل" and (at < 2 or not text[at - 2].isalpha())
        if (not before.isalpha() or glued) and not after.isalpha():
            out.append(at)
        at = text.find(needle, at + 1, end)
    return out
