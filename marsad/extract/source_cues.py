"""Word lists behind source attribution, and quote marks paired for it (`sources.py`).

`cues()` folds `lang/ar/sources.yaml` once: reporting verbs, credits (بحسب، وفقاً لـ…), verbal
nouns, document words and the words that end a source's name, with one compiled whole-word
regex per list. `quote_spans` pairs quote marks over a paragraph cheaply.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from marsad.extract.numbers import trie_regex
from marsad.extract.shadow import fold
from marsad.lang import load_lexicon, require_keys


@dataclass(frozen=True, slots=True)
class Cues:
    prepositions: frozenset[tuple[str, ...]]
    verbs: frozenset[str]
    participles: frozenset[str]
    masdars: frozenset[tuple[str, ...]]
    documents: frozenset[str]
    links: frozenset[tuple[str, ...]]
    stop: frozenset[str]
    time_words: frozenset[str]
    source_heads: frozenset[str]
    not_subjects: frozenset[str]
    speech_only: frozenset[str]  # verbs that report only before إن/أن or a colon (تابع)
    longest: int
    verb_re: re.Pattern[str]
    preposition_re: re.Pattern[str]
    masdar_re: re.Pattern[str]


@cache
def cues() -> Cues:
    data = load_lexicon("sources")
    keys = ("prepositions", "verbs", "participles", "masdars", "documents", "stop")
    require_keys(data, keys, "sources")

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(str(w)) for w in data.get(key, []))

    def phrases(key: str) -> frozenset[tuple[str, ...]]:
        return frozenset(tuple(fold(str(w)).split()) for w in data.get(key, []))

    preps, masdars, links = phrases("prepositions"), phrases("masdars"), phrases("document_links")
    longest = max(len(p) for p in preps | masdars | links)
    return Cues(
        preps,
        words("verbs"),
        words("participles"),
        masdars,
        words("documents"),
        links,
        words("stop"),
        words("time_words"),
        words("source_heads") | words("documents"),
        words("not_subjects"),
        words("speech_only_verbs"),
        longest,
        _word_re(words("verbs")),
        _word_re({" ".join(p) for p in preps}),
        _word_re({" ".join(p) for p in masdars}),
    )


def _word_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word search for any phrase, with an optional و/ف conjunction."""
    body = trie_regex(phrases).replace("\\ ", r"\s+")
    return re.compile(rf"(?<![^\W\d_])[وف]?(?:{body})(?![^\W\d_])")


_MARKS = re.compile('[«»“”„‟‹›"]')
_OPENERS, _CLOSERS = "«“„‹", "»”‟›"


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Content spans between quote marks in `text[start:end]` (one paragraph), outermost only.

    A light pairing over the marks alone, for deciding whose words a figure is in: « » and
    “ ” pair, " toggles, ” opens a quote when a word follows it and a space or a one-letter
    proclitic precedes it ("بـ”تصعيد”"); a mark left open runs to the paragraph's end.
    """
    spans: list[tuple[int, int]] = []
    depth, open_at = 0, -1
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if depth == 0:
            if ch in _OPENERS or ch == '"' or (ch == "”" and _opens(text, i, start)):
                depth, open_at = 1, i
            continue
        if ch in _OPENERS and text[open_at] != '"':
            depth += 1
        elif ch in _CLOSERS or ch == '"':
            depth -= 1
            if depth == 0:
                spans.append((open_at + 1, i))
    if depth:
        spans.append((open_at + 1, end))
    return spans


def _opens(text: str, i: int, start: int) -> bool:
    after = text[i + 1 : i + 2]
    if not after or after.isspace():
        return False
    before = text[max(start, i - 2) : i]
    if not before or before[-1].isspace() or before[-1] == "\u0640":
        return True
    return len(before) == 2 and before[0].isspace()  # a one-letter proclitic: ب”…
