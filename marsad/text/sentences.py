"""Paragraphs, sentences and clauses as offset spans.

Sentences end at . ! ? ؟ … (and at paragraph breaks) but never inside a quotation: a quote of
two sentences stays inside one sentence, so a cue and its quote are never split apart. A
single letter before a full stop is an initial or abbreviation (د. ، م.), not an end.
Clauses split a sentence further at ، ؛ ; , outside quotes.
"""

from __future__ import annotations

import re

from marsad.document import Span
from marsad.text.marks import quoted_regions

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.!?؟…\u06d4]+(?=[\s\"»”’)\]]|$)")
_CLAUSE_END = re.compile(r"[،؛;,]")
_ABBREVIATION = re.compile(r"(?:^|[\s(])\w$")


def split_paragraphs(text: str) -> list[Span]:
    """Non-blank lines, stripped of surrounding spaces."""
    spans = []
    for m in _PARAGRAPH.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append(Span(text[start:end], start, end))
    return spans


def _inside(regions: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in regions)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of `text[start:end]` (usually one paragraph), offsets into `text`."""
    end = len(text) if end is None else end
    regions = [(r.start, r.end) for r in quoted_regions(text, start, end)]
    spans: list[Span] = []
    begin = start
    for m in _SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        if _inside(regions, m.start()):
            continue
        if m.group() == "." and _ABBREVIATION.search(text, max(begin, m.start() - 2), m.start()):
            continue
        while stop < end and text[stop] in '"»”’)]':
            stop += 1
        _add(text, spans, begin, stop)
        begin = stop
    _add(text, spans, begin, end)
    return spans


def sentences(text: str) -> list[Span]:
    """Sentences of the whole text, paragraph by paragraph."""
    out: list[Span] = []
    for paragraph in split_paragraphs(text):
        out.extend(split_sentences(text, paragraph.start, paragraph.end))
    return out


def split_clauses(text: str, start: int, end: int) -> list[Span]:
    """Clauses of `text[start:end]` split at ، ؛ ; , outside quotes."""
    regions = [(r.start, r.end) for r in quoted_regions(text, start, end)]
    spans: list[Span] = []
    begin = start
    for m in _CLAUSE_END.finditer(text, start, end):
        if _inside(regions, m.start()):
            continue
        _add(text, spans, begin, m.start())
        begin = m.end()
    _add(text, spans, begin, end)
    return spans


def _add(text: str, spans: list[Span], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(text[start:end], start, end))
