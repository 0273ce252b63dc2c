"""Amounts-stage throughput on real articles, the documents already ingested (one core).

python -m bench.amounts [N] [--corpus=saudinewsnet|ant]

Only `extract_amounts` is timed: ingest happens before the clock starts, and lexicons and
regexes are loaded by a warm-up call. No quote or entity layer is present, so sources come
from the stage's own credits. Target: > 2,000 articles/s.
"""

from __future__ import annotations

import sys

from bench.corpus import arguments, stage
from marsad.document import Document
from marsad.extract.amounts.component import extract_amounts
from marsad.settings import Options


def main(n: int = 2000, corpus: str = "saudinewsnet") -> None:
    options = Options()

    def run(doc: Document) -> None:
        extract_amounts(doc, options)

    stage("amounts", run, lambda d: len(d.amounts), "amounts", n, corpus)


if __name__ == "__main__":
    main(*arguments(sys.argv[1:]))
