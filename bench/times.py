"""Times-stage throughput on real articles, the documents already ingested (one core).

python -m bench.times [N] [--corpus=saudinewsnet|ant]

Only `extract_times` is timed: ingest happens before the clock starts, and lexicons and
regexes are loaded by a warm-up call. Each document carries its publication date (the
record's date) so relative expressions are resolved. Target: > 2,000 articles/s.
"""

from __future__ import annotations

import sys

from bench.corpus import arguments, stage
from marsad.document import Document
from marsad.extract.times.component import extract_times
from marsad.settings import Options


def main(n: int = 2000, corpus: str = "saudinewsnet") -> None:
    options = Options()

    def run(doc: Document) -> None:
        extract_times(doc, options)

    stage("times", run, lambda d: len(d.times), "time expressions", n, corpus, dated=True)


if __name__ == "__main__":
    main(*arguments(sys.argv[1:]))
