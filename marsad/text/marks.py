"""Quotation marks: which mark opens, which closes, and the stretches they enclose.

Arabic news mixes « », “ ”, " and broken variants: ” used to open (بـ”تصعيد”), a mark never
closed before the paragraph ends, a quote that continues in the next paragraph which reopens
with a mark. Some publishing systems print other characters for the marks: braces around
Arabic words ({إن هذا البرنامج …}, aawsat and others) and the double prime ″ that typographic
filters put for a straight quote after a digit ("… عام 2011″"). `quoted_regions` pairs what it
can and reports the rest honestly.

Only the marks and line breaks are visited (one compiled regex), so pairing costs little even
on long articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import attrgetter

OPENERS = "«“„‹{"
CLOSERS = "»”‟›}″"
SYMMETRIC = '"'
ALL_MARKS = OPENERS + CLOSERS + SYMMETRIC
# a mark, or a line break with the blanks after it; one class first lets the engine skip
# plain text in C (a line break is then read on through its blanks)
_EVENTS = re.compile("[" + re.escape(ALL_MARKS) + r"\n](?:(?<=\n)[\n \t\r\u00a0]*)?")
_ARABIC = re.compile("[\u0621-\u064a]")
_BLANK = "\n \t\r\u00a0"
_NO_WORD = ".,،؛;:!?؟)"  # punctuation right after a mark: no word follows it


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
    """True when a word follows the mark at once (punctuation after it is not a word)."""
    return i + 1 < len(text) and not text[i + 1].isspace() and text[i + 1] not in _NO_WORD


def _role(text: str, i: int) -> str:
    """'open' or 'close' for the mark at `i`, from the mark itself and its neighbours."""
    # the neighbour tests of _attached_before/_attached_after/_opens_word, inline (every mark)
    ch, prev, nxt = text[i], text[i - 1 : i], text[i + 1 : i + 2]
    after = nxt != "" and not nxt.isspace() and nxt not in _NO_WORD
    if prev == "\u0640" and after:
        return "open"  # بـ”تصعيد”: a tatweel-joined proclitic always introduces the quote
    if text[max(0, i - 2) : i].rstrip()[-1:] == ":":
        return "open"  # وقال :” هذا الدعم …”: a mark right after a colon opens the words
    before = prev.isalnum() or prev == "\u0640"
    if ch in OPENERS and not (before and not after):
        return "open"
    if ch in CLOSERS and not (after and not before and (prev.isspace() or prev == "\u0640")):
        return "close"
    if before and not after:
        return "close"
    if after and not before:
        return "open"
    return "close"


def _symmetric_opens(text: str, i: int, stack: list[tuple[int, str]]) -> bool:
    """A straight quote opens unless one is already open (then it closes): a toggle.

    Glued on both sides (الاقتصاديات"الأربع) the toggle decides; the neighbours only decide
    for a straight quote that cannot close (nothing open) but sits after a word and before a
    space, which is a stray closing mark.
    """
    if any(ch == SYMMETRIC for _, ch in stack):
        return False
    return not (_attached_before(text, i) and not _attached_after(text, i))


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
    skip_until = -1
    for m in _EVENTS.finditer(text, start, end):
        i = m.start()
        if i < skip_until:
            continue
        ch = text[i]
        if ch in "{}" and not _arabic_brace(text, i):
            continue  # { padding: 0; }: code, not a quote
        if ch == "\n":
            nxt = m.end()
            if stack:
                open_at = stack[0][0]
                if nxt < end and text[nxt] in ALL_MARKS and _role(text, nxt) == "open":
                    stack = [(open_at, text[nxt])]  # the next paragraph reopens: continue
                    skip_until = nxt + 1
                    continue
                para_end = i
                regions.append(
                    Region(open_at + 1, _rstrip(text, open_at + 1, para_end), open_at, None)
                )
                stack = []
            continue
        opens = _symmetric_opens(text, i, stack) if ch == SYMMETRIC else _role(text, i) == "open"
        if opens:
            stack.append((i, ch))
        elif stack:
            if ch == SYMMETRIC and any(c == SYMMETRIC for _, c in stack):
                while stack[-1][1] != SYMMETRIC:  # close it and whatever opened inside it
                    stack.pop()
            open_at, _ = stack.pop()
            if not stack:
                regions.append(Region(open_at + 1, i, open_at, i))
    if stack:
        open_at = stack[0][0]
        regions.append(Region(open_at + 1, _rstrip(text, open_at + 1, end), open_at, None))
    regions.sort(key=attrgetter("open_at"))
    return regions


def _arabic_brace(text: str, i: int) -> bool:
    """A brace used as a quote mark: an Arabic word right inside it ({مسك}, {إن …})."""
    inside = text[i + 1 : i + 4] if text[i] == "{" else text[max(0, i - 3) : i]
    return _ARABIC.search(inside) is not None


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _BLANK + " ":
        end -= 1
    return end
