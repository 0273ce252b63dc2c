"""Quotation marks: which mark opens, which closes, and the stretches they enclose.

Arabic news mixes « », “ ”, " and broken variants: ” used to open (بـ”تصعيد”), a mark never
closed before the paragraph ends, a quote that continues in the next paragraph which reopens
with a mark. `quoted_regions` pairs what it can and reports the rest honestly.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENERS = "«“„‹"
CLOSERS = "»”‟›"
SYMMETRIC = '"'
ALL_MARKS = OPENERS + CLOSERS + SYMMETRIC
_PARTNER = {"«": "»", "“": "”", "„": "”", "‹": "›", '"': '"', "”": "”"}


@dataclass(slots=True)
class Region:
    """Text between quote marks: content `start`:`end`, marks at `open_at`/`close_at`.

    `close_at` is None when the mark was never closed (the region then runs to the end of the
    paragraph it opened in).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None


def _attached_before(text: str, i: int) -> bool:
    """True when the character before `i` glues a mark to a word (letter, digit, tatweel)."""
    return i > 0 and (text[i - 1].isalnum() or text[i - 1] == "\u0640")


def _attached_after(text: str, i: int) -> bool:
    return i + 1 < len(text) and not text[i + 1].isspace()


def _role(text: str, i: int) -> str:
    """'open' or 'close' for the mark at `i`, from the mark itself and its neighbours."""
    ch = text[i]
    if i > 0 and text[i - 1] == "\u0640" and _attached_after(text, i):
        return "open"  # بـ”تصعيد”: a tatweel-joined proclitic always introduces the quote
    before, after = _attached_before(text, i), _attached_after(text, i)
    if ch in OPENERS and not (before and not after):
        return "open"
    if ch in CLOSERS and not (after and not before and _opens_word(text, i)):
        return "close"
    if before and not after:
        return "close"
    if after and not before:
        return "open"
    return "close"


def _opens_word(text: str, i: int) -> bool:
    return i > 0 and (text[i - 1].isspace() or text[i - 1] == "\u0640")


def quoted_regions(text: str, start: int = 0, end: int | None = None) -> list[Region]:
    """Regions enclosed by quote marks in `text[start:end]`, outermost first by position.

    Nested marks (« … “ … ” … ») yield only the outer region. Pairing is per paragraph: an
    unclosed mark runs to the end of its paragraph; when the next paragraph opens with a mark
    while one is still open, the quote is taken to continue (the region ends at the mark that
    finally closes it, or at the end of the last paragraph that reopened it).
    """
    end = len(text) if end is None else end
    regions: list[Region] = []
    stack: list[tuple[int, str]] = []
    pending: tuple[int, int] | None = None  # (open_at, paragraph_end) of an unclosed quote
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            para_end = i
            while i < end and text[i] in "\n \t\r\u00a0":
                i += 1
            if stack:
                open_at = stack[0][0]
                reopen = i < end and text[i] in ALL_MARKS and _role(text, i) == "open"
                if reopen:
                    stack = [(open_at, text[i])]
                    pending = None
                    i += 1
                    continue
                regions.append(
                    Region(open_at + 1, _rstrip(text, open_at + 1, para_end), open_at, None)
                )
                stack = []
            pending = None
            continue
        if ch in ALL_MARKS:
            role = _role(text, i)
            if role == "open" and not (ch == SYMMETRIC and stack and stack[-1][1] == SYMMETRIC):
                stack.append((i, ch))
            elif stack:
                open_at, _ = stack.pop()
                if not stack:
                    regions.append(Region(open_at + 1, i, open_at, i))
        i += 1
    if stack:
        open_at = stack[0][0]
        regions.append(Region(open_at + 1, _rstrip(text, open_at + 1, end), open_at, None))
    del pending
    regions.sort(key=lambda r: r.open_at)
    return regions


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
