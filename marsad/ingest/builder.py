"""Build cleaned text from pieces of the decoded input while keeping the offset map."""

from __future__ import annotations


class TextBuilder:
    """Append slices of `source` (mapped) or new text (unmapped); `runs` maps them back."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.parts: list[str] = []
        self.length = 0
        self.runs: list[tuple[int, int, int]] = []  # (clean_start, source_start, length)

    def add_source(self, start: int, end: int) -> tuple[int, int]:
        """Append `source[start:end]`; returns its (start, end) in the cleaned text."""
        begin = self.length
        if end > start:
            self.parts.append(self.source[start:end])
            last = self.runs[-1] if self.runs else None
            if last and last[0] + last[2] == begin and last[1] + last[2] == start:
                self.runs[-1] = (last[0], last[1], last[2] + end - start)
            else:
                self.runs.append((begin, start, end - start))
            self.length += end - start
        return begin, self.length

    def add_text(self, text: str) -> tuple[int, int]:
        """Append text that has no counterpart in the source (a paragraph break, say)."""
        begin = self.length
        self.parts.append(text)
        self.length += len(text)
        return begin, self.length

    def text(self) -> str:
        return "".join(self.parts)
