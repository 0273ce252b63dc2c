"""Sub-headings of plain text: short lines between body paragraphs (rules in headings.yaml).

`heading_paragraphs` finds headings that are paragraphs of their own; `inline_headings` finds
the ones a flattened article runs into a paragraph (". ضرائب على الفقراء وفي اجابة عن …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import islice

from marsad.document import Heading
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import arabic_ratio, normalize
from marsad.text.tokens import proclitic_stems

_CLOSERS = "\"'”’»)]}"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_SENTENCE_END = re.compile(r"[.!؟?…][\"'”’»)\]]*$")
_WORD = re.compile(r"\S+")
_AFTER_SENTENCE = re.compile(r"[.!؟?][\"”»]?\s+")
_INNER_STOP = re.compile(r"[.,،:؛;!؟?()]")
_QUOTES = "\"'“”«»()"
_BULLETS = "•*●■▪◄►"


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
    inline_min_paragraph: int
    inline_window: int
    inline_openers: frozenset[str]
    inline_not_first: frozenset[str]
    inline_stop: frozenset[str]
    inline_clause: frozenset[str]
    inline_candidate: re.Pattern[str]  # a few words, then و + an opener, at a sentence start


@cache
def rules() -> _Rules:
    data = load_lexicon("headings")
    require_keys(data, ("max_words", "continuation_words", "caption_openers", "inline"), "headings")
    caption = "|".join(re.escape(c) for c in sorted(data["caption_openers"], key=len, reverse=True))
    inline = data["inline"]
    continuation = data["continuation_words"]
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
        inline_min_paragraph=int(inline["min_paragraph_words"]),
        inline_window=int(inline["echo_window"]),
        inline_openers=frozenset(normalize(w) for w in inline["openers"]),
        inline_not_first=frozenset(normalize(w) for w in [*inline["not_first"], *continuation]),
        inline_stop=frozenset(normalize(w) for w in inline["stop_words"]),
        inline_clause=frozenset(normalize(w) for w in inline["clause_words"]),
        inline_candidate=_candidate(inline["openers"], int(inline["max_words"])),
    )


def _candidate(openers: list[str], max_words: int) -> re.Pattern[str]:
    forms = sorted({*openers, *(normalize(o) for o in openers)}, key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?:\S+\s+){{1,{max_words}}}?و(?:{alternation})(?=[\s،,.:؛]|$)")


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
    found = set(bullet_labels(texts))
    for i, text in enumerate(texts):
        before = texts[i - 1] if i > 0 else None
        after = texts[i + 1] if i + 1 < len(texts) else None
        if is_heading(text, before, after):
            found.add(i)
    return sorted(found)


def bullet_labels(texts: list[str]) -> list[int]:
    """Bulleted labels that open a section or a list: "• مشكلات واجهت القنصلية:" on one line,
    or wrapped over two ("• نشاطات" / "القنصلية خلال الحملة:"); each line is a heading."""
    r = rules()
    found: list[int] = []
    for i in range(1, len(texts) - 1):
        text = texts[i].strip()
        if text[:1] not in _BULLETS or not _is_body(texts[i - 1]):
            continue
        lines = [i] if text.endswith(":") else [i, i + 1]
        label = " ".join(texts[j].strip() for j in lines if j < len(texts))
        after = lines[-1] + 1
        if (
            after < len(texts)
            and label.endswith(":")
            and (len(lines) == 1 or texts[lines[1]].strip()[:1] not in _BULLETS + "-–—")
            and title_like(label.lstrip(_BULLETS + " ").rstrip(": "))
            and not any(ch in r.inner for ch in label)
            and len(texts[after].split()) > len(label.split())
        ):
            found.extend(lines)
    return found


def inline_headings(text: str, start: int, end: int) -> list[Heading]:
    """Headings run into the paragraph `text[start:end]` of a flattened article."""
    r = rules()
    if text.count(" ", start, end) < r.inline_min_paragraph - 1:
        return []  # too short to be a flattened article
    reach = r.inline_max_words + 1 + max(r.inline_window + 1, r.inline_min_sentence)
    found = []
    for stop in _AFTER_SENTENCE.finditer(text, start, end):
        if not r.inline_candidate.match(text, stop.end(), end):
            continue  # no و + opener within reach: the common case, decided by one regex
        words = [(m.start(), m.end()) for m in islice(_WORD.finditer(text, stop.end(), end), reach)]
        span = _inline_at(text, words, 0, r)
        if span:
            found.append(Heading(text[span[0] : span[1]], span[0], span[1], 3))
    return found


def _inline_at(
    text: str, words: list[tuple[int, int]], first: int, r: _Rules
) -> tuple[int, int] | None:
    """The heading starting at word `first`, if the words there make one."""
    opening = _bare(text[slice(*words[first])])
    if opening in r.inline_not_first or opening[:1] in ("و", "ف"):
        return None
    for k in range(1, r.inline_max_words + 1):
        if first + k >= len(words):
            return None
        word = _bare(text[slice(*words[first + k])])
        if _INNER_STOP.search(text, words[first + k - 1][0], words[first + k - 1][1]):
            return None  # punctuation inside the phrase: it is a sentence
        if not (word[:1] == "و" and word[1:] in r.inline_openers):
            continue
        after = words[first + k : first + k + max(r.inline_window + 1, r.inline_min_sentence)]
        needed = after[: r.inline_min_sentence - 1]
        if len(needed) < r.inline_min_sentence - 1 or any(
            _SENTENCE_END.search(text, b, e) for b, e in needed
        ):
            return None  # the sentence after the phrase is too short
        phrase = [_bare(text[slice(*w)]) for w in words[first : first + k]]
        if any(w in r.inline_clause for w in phrase):
            return None
        content = [w for w in phrase if len(w) >= 3 and w not in r.inline_stop]
        window = [_bare(text[slice(*w)]) for w in after[1 : 1 + r.inline_window]]
        if any(_echo(c, w) for c in content for w in window):
            return words[first][0], words[first + k - 1][1]
        return None
    return None


def _bare(word: str) -> str:
    return normalize(word.strip(_QUOTES))


def _echo(a: str, b: str) -> bool:
    """Same stem, or stems sharing four first letters (اعتراف / اعترفت)."""
    for x in proclitic_stems(a):
        for y in proclitic_stems(b):
            if x == y and len(x) >= 3:
                return True
            if len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4]:
                return True
    return False
