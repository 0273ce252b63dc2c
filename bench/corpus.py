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


def measure(
    func: Callable[[Any], Any],
    items: Sequence[Any],
    repeat: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Best-of-`repeat` time of one pass of `func` over all `items`: wall time by default,
    CPU time with `clock=time.process_time` (steadier on a busy machine)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        for item in items:
            func(item)
        best = min(best, clock() - t0)
    return best


def report(stage: str, n_articles: int, seconds: float, tokens: int | None = None) -> str:
    line = f"{stage:<22} {n_articles / seconds:>10,.0f} articles/s"
    if tokens is not None:
        line += f"  {tokens / seconds:>12,.0f} tokens/s"
    line += f"   ({n_articles} articles, {seconds:.2f} s, one core)"
    print(line)
    return line


def documents(n: int, corpus: str = "saudinewsnet", dated: bool = False) -> list[Any]:
    """The first `n` articles ingested as Documents (outside any timing); `dated` sets each
    one's publication date from its record so relative times resolve."""
    import contextlib

    from marsad.errors import InputError
    from marsad.ingest import from_text
    from marsad.settings import Options

    options = Options()
    docs = []
    for record in articles(n, corpus):
        with contextlib.suppress(InputError):
            doc = from_text(record["text"], options, doc_id=record["url"])
            if dated:
                doc.metadata.published = (record.get("date") or "")[:10] or None
            docs.append(doc)
    return docs


def stage(
    name: str,
    run: Callable[[Any], Any],
    count: Callable[[Any], int],
    unit: str,
    n: int,
    corpus: str = "saudinewsnet",
    dated: bool = False,
) -> None:
    """Time one extraction stage alone over ingested articles and print its figures:
    wall-clock throughput, articles per CPU-second and `unit`s found per article."""
    try:
        docs = documents(n, corpus, dated)
    except CorpusMissing as exc:
        print(f"{name}: skipped ({exc})")
        return
    run(docs[0])  # load lexicons and compile regexes outside the timing
    seconds = measure(run, docs)
    cpu = measure(run, docs, clock=time.process_time)
    words = sum(len(d.text.split()) for d in docs)
    found = sum(count(d) for d in docs)
    report(f"{name} ({corpus})", len(docs), seconds, words)
    print(f"{'':<22} {found / len(docs):>10.2f} {unit} per article")
    print(f"{'':<22} {len(docs) / cpu:>10,.0f} articles per CPU-second (the stage alone)")


def arguments(argv: Sequence[str], n: int = 2000) -> tuple[int, str]:
    """`[N] [--corpus=saudinewsnet|ant]` from a benchmark's command line."""
    args = [a for a in argv if not a.startswith("--")]
    name = next((a.split("=", 1)[1] for a in argv if a.startswith("--corpus=")), None)
    return (int(args[0]) if args else n), name or "saudinewsnet"
