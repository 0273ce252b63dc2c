"""The text around a figure, for the source finder: paragraphs, quote-mark regions, sentences
that quote marks do not end, and the words after a position, each found once per paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.document import Document
from marsad.extract.amounts.source_words import Tok
from marsad.extract.numeric.shadow import Shadow
from marsad.text.marks import quoted_regions

WORD = re.compile(r"[^\W\d_]+|[0-9]+|[^\s\w]")
# a full stop ends a sentence before a space or, in unspaced copy ("أمس.واعترض"), before a
# letter when a word of two letters or more precedes it (not "د.ت", "أ.ف.ب")
_SENTENCE_END = re.compile(r"[!?؟\n]|\.(?:(?=\s|$)|(?<=[^\W\d_]{2}\.)(?=[^\W\d_]))")
MAX_NAME = 12  # words in a source's name, title included


@dataclass(slots=True)
class SourceText:
    """One document's text structure, in shadow offsets (`marsad.extract.numeric.shadow`)."""

    doc: Document
    shadow: Shadow
    _regions: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _sentences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def paragraph(self, pos: int) -> tuple[int, int]:
        text = self.shadow.text
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        return start, len(text) if end < 0 else end

    def regions(self, pos: int) -> list[tuple[int, int]]:
        """Quote-mark regions (content start, end) of the paragraph around `pos`."""
        p_start, p_end = self.paragraph(pos)
        if p_start not in self._regions:
            found = quoted_regions(self.shadow.text, p_start, p_end)
            self._regions[p_start] = [(r.start, r.end) for r in found]
        return self._regions[p_start]

    def region_of(self, pos: int) -> tuple[int, int] | None:
        for start, end in self.regions(pos):
            if start <= pos < end:
                return start, end
        return None

    def sentence(self, pos: int) -> tuple[int, int]:
        """Sentence around `pos`: full stops inside quote marks do not end it."""
        p_start, p_end = self.paragraph(pos)
        if p_start not in self._sentences:
            regions = self.regions(pos)
            spans, start = [], p_start
            for m in _SENTENCE_END.finditer(self.shadow.text, p_start, p_end):
                if not any(s <= m.start() < e for s, e in regions):
                    spans.append((start, m.end()))
                    start = m.end()
            spans.append((start, p_end))
            self._sentences[p_start] = spans
        for span in self._sentences[p_start]:
            if pos < span[1]:
                return span
        return self._sentences[p_start][-1]

    def tokens(self, start: int, end: int) -> list[Tok]:
        return [
            Tok(m.group(), m.start(), m.end()) for m in WORD.finditer(self.shadow.text, start, end)
        ]

    def _after(self, pos: int, s_end: int) -> list[Tok]:
        """The words of the sentence after `pos`, as many as a name can take."""
        out = []
        for m in WORD.finditer(self.shadow.text, pos, min(s_end, pos + 300)):
            out.append(Tok(m.group(), m.start(), m.end()))
            if len(out) > MAX_NAME + 3:
                break
        return out
