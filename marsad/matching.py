"""Lenient text matching for evaluation: token F1, spans, names and one-to-one pairing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from marsad.text.normalize import normalize_phrase
from marsad.text.tokens import iter_tokens, proclitic_stems


def word_tokens(text: str) -> list[str]:
    return [t.norm for t in iter_tokens(text) if t.kind in ("word", "num", "latin")]


def token_f1(a: str, b: str) -> float:
    ta, tb = word_tokens(a), word_tokens(b)
    if not ta or not tb:
        return 0.0
    remaining: dict[str, int] = {}
    for tok in tb:
        remaining[tok] = remaining.get(tok, 0) + 1
    common = 0
    for tok in ta:
        if remaining.get(tok, 0):
            remaining[tok] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def occurrences(haystack: str, needle: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if not needle:
        return spans
    i = haystack.find(needle)
    while i >= 0:
        spans.append((i, i + len(needle)))
        i = haystack.find(needle, i + 1)
    return spans


def overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _name_tokens(name: str) -> list[tuple[str, ...]]:
    """Each word of a name with its readings without proclitics (للمكتب → المكتب, مكتب)."""
    return [
        tuple(r for i, r in enumerate(proclitic_stems(word)) if i == 0 or len(r) >= 3)
        for word in normalize_phrase(name).split()
    ]


def _inside(small: list[tuple[str, ...]], large: list[tuple[str, ...]]) -> bool:
    return all(any(set(word) & set(other) for other in large) for word in small)


def names_match(a: str, b: str) -> bool:
    """Same name, or one name's words all inside the other's (زيلينسكي ⊂ فولوديمير زيلينسكي).

    Words compare with their proclitics peeled (للمكتب الإعلامي = المكتب الإعلامي).
    """
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    return _inside(ta, tb) or _inside(tb, ta)


def greedy_pairs(
    golds: list[Any], preds: list[Any], score_pair: Callable[[Any, Any], float]
) -> list[tuple[int, int]]:
    """One-to-one matching, best-scoring pairs first; a score <= 0 never matches."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            s = score_pair(g, p)
            if s > 0:
                pairs.append((s, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gi, pi))
    return matched
