"""Real articles for benchmarks, read from ../shared/data/corpus (never copied into the repo).

Every stage benchmark uses `articles(n)` and `report(...)` so figures are comparable: the same
articles, throughput in articles/s (and tokens/s where that is the unit of the field).
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "corpus"
CORPORA = {"saudinewsnet": "saudinewsnet.jsonl.gz", "ant": "ant.jsonl.gz"}


class CorpusMissing(RuntimeError):
    pass


def iter_records(corpus: str = "saudinewsnet") -> Iterator[dict[str, Any]]:
    path = DATA / CORPORA[corpus]
    if not path.exists():
        raise CorpusMissing(f"{path} is not here: benchmarks need ../shared/data/corpus")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record.get("text", "").strip():
                yield record


def articles(n: int = 1000, corpus: str = "saudinewsnet") -> list[dict[str, Any]]:
    """The first `n` non-empty articles of a corpus (deterministic)."""
    out = []
    for record in iter_records(corpus):
        out.append(record)
        if len(out) >= n:
            break
    return out


def measure(func: Callable[[Any], Any], items: Sequence[Any], repeat: int = 3) -> float:
    """Best-of-`repeat` wall time in seconds for `func` over all `items`."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for item in items:
            func(item)
        best = min(best, time.perf_counter() - t0)
    return best


def report(stage: str, n_articles: int, seconds: float, tokens: int | None = None) -> str:
    line = f"{stage:<22} {n_articles / seconds:>10,.0f} articles/s"
    if tokens is not None:
        line += f"  {tokens / seconds:>12,.0f} tokens/s"
    line += f"   ({n_articles} articles, {seconds:.2f} s, one core)"
    print(line)
    return line
