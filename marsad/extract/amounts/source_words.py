"""Word-level judgements behind figure sources (`sources.py`): what ends a source's name,
what a credit's "ما أكده" skips, number and time words, the tokens names are read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.document import Agent
from marsad.extract.amounts.source_cues import cues
from marsad.extract.numeric.numbers import lexicon
from marsad.extract.numeric.shadow import fold


@dataclass(slots=True)
class Tok:
    text: str  # folded
    start: int  # shadow offsets
    end: int


KINDS = {"PER": "person", "ORG": "organisation", "LOC": "organisation"}  # entity → agent
CREDIT_MA = (["حسب"], ["بحسب"], ["وفق"], ["وفقا"], ["طبقا"], ["كما"], ["علي"], ["مثل"])
THAT = frozenset({"ان", "انه", "انها", "انهم", "انهما", "بان", "انما"})
CLOSER = {"«": "»", '"': '"', "“": "”"}  # marks that may enclose a subject's name


def before_document(m: re.Match[str]) -> int:
    """Where the credited name starts after a credit: "بحسب بيانات برنامج حافز" credits the
    data of the programme, so the document word belongs to the name."""
    last = m.group().split()[-1]
    return m.end() - len(last) if last in cues().documents else m.end()


def past_saying(toks: list[Tok]) -> int:
    """After a credit, "ما أكده"، "ما أفادت به"، "ما يقوله" (a relative ما and a verb of saying
    with its object pronoun) come before the source: the index of the source's first word, 0
    when the credit names it at once ("بحسب وزارة …")."""
    if toks and toks[0].text in ("به", "بها"):  # "حسب ما أفاد به X": the verb was the credit's
        return 1
    j = 1 if toks and toks[0].text in ("ما", "لما") else 0
    if j >= len(toks) or not saying(toks[j].text):
        return 0
    j += 1
    after = ("في",) if toks[j - 1].text == "جاء" else ("به", "بها", "عنه", "عنها")
    return j + 1 if j < len(toks) and toks[j].text in after else j


def saying(word: str) -> bool:
    """A verb of saying, bare or with an object pronoun (أكده، أفادته، ذكرتها، يقوله)."""
    said = cues().verbs | cues().relative_verbs
    if word in said:
        return True
    for suffix in ("ه", "ها", "وه"):
        stem = word.removesuffix(suffix)
        if stem != word and (stem in said or (suffix == "وه" and stem + "وا" in said)):
            return True
    return False


def bare(word: str) -> str:
    """A word without a leading و/ف conjunction."""
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def stops(word: str) -> bool:
    """Does `word` end a name? A stop word, bare or after و ("ومن"); not after ف, which
    opens names (فيصل is no ف + يصل; فإن, فمنذ are stop words as written)."""
    stop = cues().stop
    return word in stop or (len(word) > 3 and word[0] == "و" and word[1:] in stop)


def is_number_word(word: str) -> bool:
    return word[:1].isdigit() or word in lexicon() or bare(word) in lexicon()


def is_time_word(word: str) -> bool:
    times = cues().time_words
    return word in times or bare(word) in times


def marked_end(words: list[Tok], k: int, first: int = 0) -> int:
    """ "صحيفة «الشروق»", "مراسلة "جوهرة أف أم"": an outlet's name in quote marks right after
    a source's head noun is part of the name; the index past its closing mark, else `k`.
    `first`: where the name starts, whose head may carry ل after a credit ("وفقا لموقع «X»")."""
    if not 0 < k < len(words) or words[k].text not in CLOSER:
        return k
    head, heads = words[k - 1].text, cues().source_heads
    lam = k - 1 == first and head.startswith("ل") and head[1:] in heads
    if head not in heads and bare(head) not in heads and not lam:
        return k
    close = CLOSER[words[k].text]
    for m in range(k + 1, min(k + 6, len(words))):
        if words[m].text == close:
            inside = words[k + 1 : m]
            named = inside and all(t.text.isalpha() and not stops(t.text) for t in inside)
            return m + 1 if named else k
    return k


def trim(words: list[Tok]) -> list[Tok]:
    """Drop trailing time words and a trailing "لـ…" phrase ("للصحافيين", "لـ"الوطن"")."""
    for k, tok in enumerate(words):
        end = marked_end(words, k)
        if end > k:  # "مراسل «الجزيرة» في غزة": the outlet ends the name
            words = words[:end]
            break
        cut = tok.text == "ل" or tok.text.startswith("لل") or not tok.text[0].isalpha()
        cut = cut or is_time_word(tok.text) or is_number_word(tok.text)
        if k and cut and tok.text not in ("(", ")"):
            words = words[:k]
            break
    stop = cues().stop
    while words and (
        is_time_word(words[-1].text) or not words[-1].text[0].isalpha() or words[-1].text in stop
    ):
        if words[-1].text == ")" and any(w.text == "(" for w in words):
            break
        if words[-1].text in CLOSER.values() and any(
            marked_end(words, o) == len(words) for o in range(1, len(words))
        ):
            break
        words = words[:-1]
    return words


def same_again(text: str) -> bool:
    """ "ذات المصدر", "المصدر ذاته", "نفس التقرير": a source named again, the earlier one."""
    words = [fold(w) for w in text.split()]
    if len(words) != 2:
        return False
    return bare(words[0]) in cues().same_before or words[1] in cues().same_after


def names_a_source(agent: Agent) -> bool:
    """ "بحسب وزارة …", "وفق إحصائيات رسمية" name a source; "حسب فئة الترخيص" does not."""
    if agent.kind in ("person", "organisation", "document"):
        return True
    head = fold(agent.text.split()[0]) if agent.text.split() else ""
    heads = cues().source_heads
    lam = "ال" + head[2:] if head.startswith("لل") else head.removeprefix("ل")
    return head in heads or bare(head) in heads or lam in heads


def proviso(text: str, content: int) -> bool:
    """Does a quote opening at `content` of the shadow `text` open with "على أن" (provided
    that)? Then what comes between its cue and it is the cue's own complement ("وأكد X حجز 6
    أطنان، على أن يقع إتلافها"), not an occasion the outlet describes."""
    return text[max(0, content - 8) : content].split()[-2:] == ["علي", "ان"]


def measured(word: str) -> bool:
    """What is measured, not who reports it: "قيمة", "القيمة", "نسبتهم", "وسعرها"."""
    nouns = cues().not_subjects
    word = bare(word)
    if word in nouns or (word.startswith("ال") and word[2:] in nouns):
        return True
    for pronoun in ("هما", "هم", "ها", "ه"):
        if word.endswith(pronoun) and len(word) - len(pronoun) >= 3:
            stem = word[: -len(pronoun)]
            if (stem[:-1] + "ه" if stem.endswith("ت") else stem) in nouns:
                return True
    return False
