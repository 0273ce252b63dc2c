"""Word lists behind source attribution (`sources.py`).

`cues()` folds `lang/ar/sources.yaml` once: reporting verbs, credits (بحسب، وفقاً لـ…), verbal
nouns, document words, clause openers and the words that end a source's name, with one
compiled whole-word regex per list. Quote marks are paired by `marsad.text.marks`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from marsad.extract.numeric.numbers import trie_regex
from marsad.extract.numeric.shadow import fold
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
    relative_verbs: frozenset[str]  # saying after a credit's ما only ("وفق ما أورده X")
    not_fronted: frozenset[str]  # no subject before an imperfect verb ("وهو يؤكد", "ولم يكشف")
    same_before: frozenset[str]  # "ذات المصدر", "نفس التقرير": a source named again
    same_after: frozenset[str]  # "المصدر ذاته", "البيان نفسه"
    longest: int
    verb_re: re.Pattern[str]
    preposition_re: re.Pattern[str]
    masdar_re: re.Pattern[str]
    participle_re: re.Pattern[str]
    clause_re: re.Pattern[str]  # a word that opens a new clause: a credit after it stops there


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
        words("source_heads") | words("documents") | _title_heads(words("not_title_heads")),
        words("not_subjects"),
        words("speech_only_verbs"),
        words("relative_verbs"),
        words("not_fronted"),
        words("same_before"),
        words("same_after"),
        longest,
        _word_re(words("verbs")),
        _word_re({" ".join(p) for p in preps}),
        _word_re({" ".join(p) for p in masdars}),
        _word_re(words("participles")),
        _word_re({" ".join(p) for p in phrases("clause_openers")}),
    )


def _title_heads(exceptions: frozenset[str]) -> frozenset[str]:
    """The first word of every title ("ممثل", "الوالي", "المتحدثة"): a credit naming one names
    a person, as "حسب الوزير" does."""
    titles = load_lexicon("titles").get("titles", [])
    heads = {fold(str(t["text"]).split()[0]) for t in titles if str(t.get("text", "")).strip()}
    return frozenset(heads - exceptions)


def _word_re(phrases: Iterable[str]) -> re.Pattern[str]:
    """Whole-word search for any phrase, with an optional و/ف conjunction."""
    body = trie_regex(phrases).replace("\\ ", r"\s+")
    return re.compile(rf"(?<![^\W\d_])[وف]?(?:{body})(?![^\W\d_])")
