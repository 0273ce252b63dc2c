"""Amounts-stage throughput on real articles, the documents already ingested (one core).

python -m bench.amounts [N] [--corpus saudinewsnet|ant]

Only `extract_amounts` is timed: ingest happens before the clock starts, and lexicons and
regexes are loaded by a warm-up call. No quote or entity layer is present, so sources come
from the stage's own credits. Target: > 2,000 articles/s.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable

from bench.corpus import CorpusMissing, articles, measure, report
from marsad.document import Document
from marsad.errors import InputError
from marsad.extract.amounts import extract_amounts
from marsad.ingest import from_text
from marsad.settings import Options


def ingested(n: int, corpus: str) -> list[Document]:
    options = Options()
    docs = []
    for record in articles(n, corpus):
        with contextlib.suppress(InputError):
            docs.append(from_text(record["text"], options, doc_id=record["url"]))
    return docs


def _cpu_seconds(run: Callable[[Document], None], docs: list[Document]) -> float:
    """CPU time of one pass: the figure that does not depend on what else the machine runs."""
    start = time.process_time()
    for doc in docs:
        run(doc)
    return time.process_time() - start


def main(n: int = 2000, corpus: str = "saudinewsnet") -> None:
    try:
        docs = ingested(n, corpus)
    except CorpusMissing as exc:
        print(f"amounts: skipped ({exc})")
        return
    options = Options()

    def run(doc: Document) -> None:
        extract_amounts(doc, options)

    run(docs[0])  # load lexicons and compile regexes outside the timing
    seconds = measure(run, docs, repeat=3)
    cpu = min(_cpu_seconds(run, docs) for _ in range(3))
    words = sum(len(d.text.split()) for d in docs)
    found = sum(len(d.amounts) for d in docs)
    report(f"amounts ({corpus})", len(docs), seconds, words)
    print(f"{'':<22} {found / len(docs):>10.2f} amounts per article")
    print(f"{'':<22} {len(docs) / cpu:>10,.0f} articles per CPU-second (the stage alone)")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    name = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--corpus=")), None)
    main(int(args[0]) if args else 2000, name or "saudinewsnet")
