"""Titles and roles that precede names in Arabic news (`marsad/lang/ar/titles.yaml`).

Entries are matched on normalised tokens, the first one with or without its proclitics
(للرئيس → الرئيس); the longest title wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad.extract.entities.gazetteer import name_readings, skip_chars
from marsad.extract.entities.mentions import Stream, positions
from marsad.lang import load_lexicon, require_keys
from marsad.text.tokens import iter_tokens


@dataclass(frozen=True, slots=True)
class Title:
    words: tuple[str, ...]
    text: str
    gender: str


@cache
def titles() -> dict[str, tuple[Title, ...]]:
    """First normalised word → titles starting with it, longest first."""
    data = load_lexicon("titles")
    require_keys(data, ("titles",), "titles")
    index: dict[str, list[Title]] = {}
    for item in data["titles"]:
        words = tuple(t.norm for t in iter_tokens(item["text"]))
        if words:
            index.setdefault(words[0], []).append(Title(words, item["text"], item["gender"]))
    return {w: tuple(sorted(ts, key=lambda t: -len(t.words))) for w, ts in index.items()}


def title_at(stream: Stream, i: int) -> tuple[Title, int, int] | None:
    """(title, end token, skip) of the longest title starting at token `i`."""
    if i not in positions(stream, "titles", titles()):
        return None
    key = ("title", i)
    if key not in stream.memo:
        stream.memo[key] = _title_at(stream, i)
    return stream.memo[key]  # type: ignore[return-value]


def _title_at(stream: Stream, i: int) -> tuple[Title, int, int] | None:
    tokens = stream.tokens
    index = titles()
    for reading in name_readings(tokens[i]):
        for title in index.get(reading, ()):
            n = len(title.words)
            if (
                i + n <= len(tokens)
                and stream.same_sentence(i, i + n)
                and all(tokens[i + k].norm == title.words[k] for k in range(1, n))
                and not _other_hamza(title, tokens[i].text[skip_chars(tokens[i], reading) :])
            ):
                return title, i + n, skip_chars(tokens[i], reading)
    return None


def _other_hamza(title: Title, written: str) -> bool:
    """Does the written word carry another hamza than the title (أمام 'in front of' is no
    إمام 'imam'; normalisation folds both to امام)?"""
    first = title.text[:1]
    return first in "أإ" and written[:1] in "أإ" and written[:1] != first


SCAN_BACK = 8  # words back from a name to look for its title


def title_before(stream: Stream, i: int) -> bool:
    """Is there a title among the words of the sentence before token `i`?"""
    for k in range(i - 1, max(-1, i - SCAN_BACK), -1):
        if not stream.same_sentence(k, i) or not stream.tokens[k].is_word:
            return False
        if title_at(stream, k) is not None:
            return True
    return False
