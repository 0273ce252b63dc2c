"""Remove what extractors miss: read-more blocks, CMS placeholders, prompts, credits, datelines.

The rules are data (`marsad/lang/ar/boilerplate.yaml`). Cleaning works on *blocks*: stretches
`source[start:end]` of the decoded input (one per paragraph). A rule removes a whole block, or
trims the start of the first block or the end of the last one. Everything removed is kept as
`Boilerplate(text, rule, source_start, source_end)`; a credit's outlet becomes the attribution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.document import Boilerplate
from marsad.errors import LangDataError
from marsad.ingest.headings import title_like
from marsad.ingest.plain import HIDDEN, ODD_SPACES
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import normalize_phrase

# paragraph rules only look at paragraphs up to this long: boilerplate lines are short
_MAX_RULE_CHARS = 300
_MAX_EDGE = 8  # edge rules applied at most this many times at each end
_MAX_RELATED = 6  # related-article titles removed after one read-more marker
_FRAGMENT = re.compile(r"\{(\w+)\}")
_HIDDEN = re.compile(f"[{re.escape(HIDDEN + ODD_SPACES)}]")
_SPACES = re.compile(r"\s+")
_QUOTES = "«»\"“”'‘’()[]*:：.,،- "


@dataclass(frozen=True)
class Rule:
    name: str
    scope: str  # paragraph | prefix | suffix
    where: str  # any | first | last
    patterns: tuple[re.Pattern[str], ...]
    related: bool = False
    ends_related: bool = False


@dataclass
class Block:
    """A paragraph of the input: `source[start:end]`, and what markup says about it."""

    start: int
    end: int
    level: int | None = None  # heading level given by markup (HTML); None: unknown
    bold: bool = False  # the whole block is bold in the markup


@dataclass
class Cleaned:
    blocks: list[Block]
    removed: list[Boilerplate] = field(default_factory=list)
    attribution: str | None = None


@dataclass
class _Hit:
    rule: Rule
    start: int  # offsets into the block's view
    end: int
    attribution: str | None


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    for _ in range(3):  # fragments may use fragments
        pattern = _FRAGMENT.sub(lambda m: fragments.get(m[1], m[0]), pattern)
    return pattern


@cache
def load_rules() -> tuple[Rule, ...]:
    """The cleaning rules of boilerplate.yaml, compiled once per process."""
    data = load_lexicon("boilerplate")
    require_keys(data, ("agencies", "generic_sources", "fragments", "rules"), "boilerplate")
    agencies = sorted(data["agencies"], key=len, reverse=True)
    fragments = {str(k): str(v) for k, v in data["fragments"].items()}
    fragments["agency"] = "(?:" + "|".join(_flexible(a) for a in agencies) + ")"
    return tuple(_rule(item, fragments) for item in data["rules"])


def _flexible(name: str) -> str:
    """An agency name as a regex that accepts any run of spaces between its parts."""
    return r"\s*".join(re.escape(part) for part in name.split()) + r"(?![\w])"


def _rule(item: dict[str, Any], fragments: dict[str, str]) -> Rule:
    try:
        name, scope = str(item["name"]), str(item["scope"])
        patterns = tuple(re.compile(_expand(p, fragments)) for p in item["patterns"])
    except (KeyError, TypeError) as exc:
        raise LangDataError(f"boilerplate rule {item!r} lacks {exc}") from exc
    except re.error as exc:
        raise LangDataError(f"boilerplate rule {item.get('name')!r}: bad pattern: {exc}") from exc
    if scope not in ("paragraph", "prefix", "suffix"):
        raise LangDataError(f"boilerplate rule {name!r}: unknown scope {scope!r}")
    where = str(item.get("where", "any"))
    if where not in ("any", "first", "last"):
        raise LangDataError(f"boilerplate rule {name!r}: unknown where {where!r}")
    return Rule(
        name,
        scope,
        where,
        patterns,
        bool(item.get("related", False)),
        bool(item.get("ends_related", False)),
    )


@dataclass
class _View:
    """`source[start:end]` as rules see it: invisible characters out, odd spaces plain."""

    text: str
    start: int
    end: int
    index: list[int] | None  # source offset of each character; None: text is the slice

    def to_source(self, pos: int, end: bool = False) -> int:
        if self.index is None:
            return self.start + pos
        if end:
            return self.index[pos - 1] + 1 if pos > 0 else self.start
        return self.index[pos] if pos < len(self.index) else self.end


def _view(source: str, start: int, end: int) -> _View:
    text = source[start:end]
    if not _HIDDEN.search(text):
        return _View(text, start, end, None)
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text, start):
        if ch in HIDDEN:
            continue
        chars.append(" " if ch in ODD_SPACES else ch)
        index.append(i)
    return _View("".join(chars), start, end, index)


def _short_view(source: str, block: Block) -> str | None:
    """The view of a block short enough for paragraph rules (None for a long one)."""
    if block.end - block.start > 2 * _MAX_RULE_CHARS:
        return None
    return _view(source, block.start, block.end).text


@cache
def _generic() -> frozenset[str]:
    return frozenset(normalize_phrase(w) for w in load_lexicon("boilerplate")["generic_sources"])


def _attribution(m: re.Match[str]) -> str | None:
    value = m.groupdict().get("attribution")
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip(_QUOTES)
    if normalize_phrase(value) in _generic():
        return None
    return value or None


def _match_paragraph(view: str, rules: list[Rule]) -> _Hit | None:
    text = view.strip()
    if not text or len(text) > _MAX_RULE_CHARS:
        return None
    for rule in rules:
        for pattern in rule.patterns:
            m = pattern.fullmatch(text)
            if m:
                return _Hit(rule, 0, len(view), _attribution(m))
    return None


def _match_edge(view: str, rules: list[Rule], scope: str, at_end: bool) -> _Hit | None:
    for rule in rules:
        for pattern in rule.patterns:
            if scope == "prefix":
                m = pattern.match(view)
            elif at_end:  # suffixes are short: only the end of the paragraph is searched
                m = pattern.search(view, max(0, len(view) - _MAX_RULE_CHARS))
            else:
                m = None
            if m and m.end() > m.start() and (scope == "prefix" or m.end() == len(view)):
                return _Hit(rule, m.start(), m.end(), _attribution(m))
    return None


class _Cleaner:
    def __init__(self, source: str, blocks: list[Block]) -> None:
        self.source = source
        self.blocks = [b for b in blocks if b.end > b.start]
        self.removed: list[Boilerplate] = []
        self.credits: list[tuple[int, str]] = []  # (source offset, outlet)
        rules = load_rules()
        self.first = [r for r in rules if r.scope == "paragraph" and r.where in ("first", "any")]
        self.last = [r for r in rules if r.scope == "paragraph" and r.where in ("last", "any")]
        self.anywhere = [r for r in rules if r.scope == "paragraph" and r.where == "any"]
        self.prefix = [r for r in rules if r.scope == "prefix"]
        self.suffix = [r for r in rules if r.scope == "suffix"]

    def record(self, name: str, start: int, end: int, attribution: str | None) -> None:
        start, end = _strip(self.source, start, end)
        if end > start:
            self.removed.append(Boilerplate(self.source[start:end], name, start, end))
        if attribution:
            self.credits.append((start, attribution))

    def drop(self, block: Block, hit: _Hit) -> None:
        self.record(hit.rule.name, block.start, block.end, hit.attribution)

    def first_text_block(self) -> int | None:
        """The first block that is not a markup heading (datelines follow the title)."""
        for i, block in enumerate(self.blocks):
            if block.level is None:
                return i
        return None

    def head(self) -> None:
        for _ in range(_MAX_EDGE):
            i = self.first_text_block()
            if i is None:
                return
            block = self.blocks[i]
            view = _short_view(self.source, block)
            hit = _match_paragraph(view, self.first) if view else None
            if hit is None:
                break
            self.drop(block, hit)
            del self.blocks[i]
        for _ in range(_MAX_EDGE):
            i = self.first_text_block()
            if i is None:
                return
            if not self.trim(self.blocks[i], self.prefix, "prefix"):
                return

    def tail(self) -> None:
        for _ in range(_MAX_EDGE):
            if not self.blocks:
                return
            block = self.blocks[-1]
            view = _short_view(self.source, block)
            hit = _match_paragraph(view, self.last) if view else None
            if hit is not None:
                self.drop(block, hit)
                self.blocks.pop()
            elif not self.trim(block, self.suffix, "suffix"):
                return

    def trim(self, block: Block, rules: list[Rule], scope: str) -> bool:
        """Cut a prefix or suffix off `block`; False when no rule applies."""
        window = 2 * _MAX_RULE_CHARS  # prefixes and suffixes are short
        if scope == "prefix":
            view = _view(self.source, block.start, min(block.end, block.start + window))
        else:
            view = _view(self.source, max(block.start, block.end - window), block.end)
        hit = _match_edge(view.text, rules, scope, view.end == block.end)
        if hit is None:
            return False
        start = view.to_source(hit.start)
        end = view.to_source(hit.end, end=True)
        self.record(hit.rule.name, start, end, hit.attribution)
        if scope == "prefix":
            block.start = end
        else:
            block.end = start
        block.start, block.end = _strip(self.source, block.start, block.end)
        if block.end <= block.start:
            self.blocks.remove(block)
        return True

    def middle(self) -> None:
        kept: list[Block] = []
        related = 0  # > 0: inside a related-articles block, that many titles left to drop
        for block in self.blocks:
            view = _short_view(self.source, block)
            hit = _match_paragraph(view, self.anywhere) if view else None
            if hit is not None:
                self.drop(block, hit)
                if hit.rule.related:
                    related = _MAX_RELATED
                elif hit.rule.ends_related:
                    related = 0
                continue
            if related and view and block.level is None and title_like(view.strip(), 15):
                self.record("related_title", block.start, block.end, None)
                related -= 1
                continue
            related = 0
            kept.append(block)
        self.blocks = kept


def _strip(source: str, start: int, end: int) -> tuple[int, int]:
    """Narrow `source[start:end]` past surrounding whitespace and invisible characters."""
    while start < end and (source[start].isspace() or source[start] in HIDDEN):
        start += 1
    while end > start and (source[end - 1].isspace() or source[end - 1] in HIDDEN):
        end -= 1
    return start, end


def clean(source: str, blocks: list[Block]) -> Cleaned:
    """Apply the boilerplate rules to the blocks of `source` (edges first, then the rest)."""
    cleaner = _Cleaner(source, blocks)
    cleaner.tail()
    cleaner.head()
    cleaner.middle()
    removed = sorted(cleaner.removed, key=lambda b: b.source_start)
    credits = sorted(cleaner.credits)
    return Cleaned(cleaner.blocks, removed, credits[0][1] if credits else None)
