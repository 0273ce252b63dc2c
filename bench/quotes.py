"""Quotes-stage throughput on real articles, the documents already ingested (one core).

python -m bench.quotes [N]

Only `extract_quotes` is timed: ingest happens before the clock starts, and lexicons and
regexes are loaded by a warm-up call. Target: > 2,000 articles/s.
"""

from __future__ import annotations

import contextlib
import sys
import time

from bench.corpus import CorpusMissing, articles, measure, report
from marsad.document import Document
from marsad.errors import InputError
from marsad.extract.quotes import find_quotes
from marsad.ingest import from_text
from marsad.settings import Options


def ingested(n: int) -> list[Document]:
    options = Options()
    docs = []
    for record in articles(n):
        with contextlib.suppress(InputError):
            docs.append(from_text(record["text"], options, doc_id=record["url"]))
    return docs


def main(n: int = 2000) -> None:
    try:
        docs = ingested(n)
    except CorpusMissing as exc:
        print(f"quotes: skipped ({exc})")
        return
    find_quotes(docs[0])  # load lexicons and compile regexes outside the timing
    seconds = measure(find_quotes, docs, repeat=3)
    words = sum(len(d.text.split()) for d in docs)
    cpu = time.process_time()
    found = sum(len(find_quotes(d)) for d in docs)
    cpu = time.process_time() - cpu  # CPU time: steadier than wall time on a busy machine
    report("quotes", len(docs), seconds, words)
    print(f"{'':<22} {len(docs) / cpu:>10,.0f} articles per CPU-second")
    print(f"{'':<22} {found / len(docs):>10.2f} quotes per article")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
