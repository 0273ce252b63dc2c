"""CoNLL `token TAG` files and exact-span scoring with conlleval semantics.

A sentence is a list of tokens; blank lines separate sentences. The TAG column is optional when
reading input to tag. Spans follow conlleval: an entity starts at B-X, at I-X after O or after a
different type (an I- without its B- still opens a span), and ends before the next token that
does not continue it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from marsad.errors import InputError

Sentence = tuple[list[str], list[str]]  # tokens, tags ("" when the file has no tag column)


def parse_conll(
    lines: Iterable[str], origin: str = "<conll>", strict: bool = True
) -> Iterator[Sentence]:
    """Sentences of a `token [TAG]` stream; extra middle columns are ignored.

    `strict` refuses a last column that is no IOB tag (gold files must be clean)."""
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n").lstrip("\ufeff")
        if not line.strip():
            if tokens:
                yield tokens, tags
                tokens, tags = [], []
            continue
        parts = line.split()
        if strict and len(parts) > 1 and not _looks_like_tag(parts[-1]):
            raise InputError(f"{origin}:{number}: {parts[-1]!r} is not an IOB tag")
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "")
    if tokens:
        yield tokens, tags


def _looks_like_tag(value: str) -> bool:
    return value == "O" or (len(value) > 2 and value[:2] in ("B-", "I-"))


def read_conll(path: str | Path, strict: bool = True) -> list[Sentence]:
    try:
        with open(path, encoding="utf-8") as fh:
            return list(parse_conll(fh, str(path), strict))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text") from exc


def write_conll(sentences: Iterable[tuple[list[str], list[str]]], out: IO[str]) -> None:
    for tokens, tags in sentences:
        for token, tag in zip(tokens, tags, strict=True):
            out.write(f"{token} {tag}\n")
        out.write("\n")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every entity in an IOB tag sequence, end exclusive."""
    out: set[tuple[int, int, str]] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not continues:
            out.add((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not continues:
            start, kind = i, label
    return out


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Score:
    by_type: dict[str, Counts] = field(default_factory=dict)
    micro: Counts = field(default_factory=Counts)
    tokens: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "micro": self.micro.as_dict(),
            "types": {k: v.as_dict() for k, v in sorted(self.by_type.items())},
            "tokens": self.tokens,
        }


def score(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> Score:
    """Exact-span P/R/F1 per type and micro-averaged over aligned tag sequences."""
    result = Score()
    for g_tags, p_tags in zip(gold, pred, strict=True):
        if len(g_tags) != len(p_tags):
            raise InputError("gold and predicted sentences differ in length")
        result.tokens += len(g_tags)
        g, p = spans(g_tags), spans(p_tags)
        for kind in {s[2] for s in g | p}:
            counts = result.by_type.setdefault(kind, Counts())
            g_k = {s for s in g if s[2] == kind}
            p_k = {s for s in p if s[2] == kind}
            counts.tp += len(g_k & p_k)
            counts.fp += len(p_k - g_k)
            counts.fn += len(g_k - p_k)
    for counts in result.by_type.values():
        result.micro.tp += counts.tp
        result.micro.fp += counts.fp
        result.micro.fn += counts.fn
    return result


def format_score(result: Score) -> str:
    lines = [f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}{'pred':>8}"]
    rows = [*sorted(result.by_type.items()), ("micro", result.micro)]
    for name, c in rows:
        lines.append(
            f"{name:<8}{c.precision:>8.4f}{c.recall:>8.4f}{c.f1:>8.4f}"
            f"{c.tp + c.fn:>8}{c.tp + c.fp:>8}"
        )
    lines.append(f"{result.tokens} tokens")
    return "\n".join(lines)
