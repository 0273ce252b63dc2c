"""Sub-headings of plain text: short lines between body paragraphs (rules in headings.yaml).

`heading_paragraphs` finds headings that are paragraphs of their own; `inline_headings` finds
the ones a flattened article runs into a paragraph (". ضرائب على الفقراء وفي اجابة عن …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.document import Heading
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import arabic_ratio, normalize

_CLOSERS = "\"'”’»)]}"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_SENTENCE_END = re.compile(r"[.!؟?…][\"'”’»)\]]*$")


@dataclass(frozen=True)
class _Rules:
    max_words: int
    max_chars: int
    min_body_words: int
    min_after_colon: int
    final: frozenset[str]
    inner: frozenset[str]
    continuation: frozenset[str]
    caption: re.Pattern[str]
    not_heading: tuple[re.Pattern[str], ...]
    inline_max_words: int
    inline_min_sentence: int
    inline_openers: frozenset[str]


@cache
def rules() -> _Rules:
    data = load_lexicon("headings")
    require_keys(data, ("max_words", "continuation_words", "caption_openers", "inline"), "headings")
    caption = "|".join(re.escape(c) for c in sorted(data["caption_openers"], key=len, reverse=True))
    inline = data["inline"]
    return _Rules(
        max_words=int(data["max_words"]),
        max_chars=int(data["max_chars"]),
        min_body_words=int(data["min_body_words"]),
        min_after_colon=int(data["min_after_colon"]),
        final=frozenset(data["final_punctuation"]),
        inner=frozenset(data["inner_punctuation"]),
        continuation=frozenset(normalize(w) for w in data["continuation_words"]),
        caption=re.compile(rf"(?:{caption})(?:\s|$)"),
        not_heading=tuple(re.compile(p) for p in data["not_headings"]),
        inline_max_words=int(inline["max_words"]),
        inline_min_sentence=int(inline["min_sentence_words"]),
        inline_openers=frozenset(normalize(w) for w in inline["openers"]),
    )


def continues_text(word: str) -> bool:
    """و/ف + a continuation word or a definite noun: the line goes on from the previous one."""
    norm = normalize(word)
    if len(norm) < 3 or norm[0] not in "وف":
        return False
    rest = norm[1:]
    return rest in rules().continuation or rest.startswith("ال")


def title_like(text: str, max_words: int | None = None) -> bool:
    """Short, unpunctuated at the end, Arabic: could be a heading or an article title."""
    r = rules()
    words = text.split()
    if not words or len(words) > (max_words or r.max_words) or len(text) > r.max_chars:
        return False
    last = text.rstrip(_CLOSERS + " ")
    if not last or last[-1] in r.final:
        return False
    if len(_ARABIC_LETTER.findall(text)) < 3 or arabic_ratio(text) < 0.6:
        return False
    return not any(p.fullmatch(text) for p in r.not_heading)


def is_heading(text: str, before: str | None, after: str | None) -> bool:
    """Whether paragraph `text`, between paragraphs `before` and `after`, is a sub-heading."""
    r = rules()
    if before is None or after is None or not title_like(text):
        return False
    bare = text.lstrip("*•-–· ")
    if not bare or any(ch in r.inner for ch in text) or continues_text(bare.split()[0]):
        return False
    if r.caption.match(bare):
        return False
    _, colon, tail = text.partition(":")
    if colon and len(tail.split()) < r.min_after_colon:
        return False
    return _is_body(before) and _is_body(after) and len(after) > len(text)


def _is_body(text: str) -> bool:
    """A paragraph of running text: long enough, or a finished sentence."""
    words = len(text.split())
    if words >= rules().min_body_words:
        return True
    return words >= 3 and bool(_SENTENCE_END.search(text))


def heading_paragraphs(texts: list[str]) -> list[int]:
    """Indexes of the paragraphs (given in order) that are sub-headings."""
    found = []
    for i, text in enumerate(texts):
        before = texts[i - 1] if i > 0 else None
        after = texts[i + 1] if i + 1 < len(texts) else None
        if is_heading(text, before, after):
            found.append(i)
    return found


def inline_headings(text: str, start: int, end: int) -> list[Heading]:
    """Headings run into the paragraph `text[start:end]` of a flattened article."""
    return []
