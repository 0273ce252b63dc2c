"""Quotes-stage throughput on real articles, the documents already ingested (one core).

python -m bench.quotes [N] [--corpus=saudinewsnet|ant]

Only `find_quotes` is timed: ingest happens before the clock starts, and lexicons and
regexes are loaded by a warm-up call. Target: > 2,000 articles/s.
"""

from __future__ import annotations

import sys

from bench.corpus import arguments, stage
from marsad.extract.quotes.component import find_quotes


def main(n: int = 2000, corpus: str = "saudinewsnet") -> None:
    stage("quotes", find_quotes, lambda d: len(find_quotes(d)), "quotes", n, corpus)


if __name__ == "__main__":
    main(*arguments(sys.argv[1:]))
