"""Whole-pipeline throughput: ingest + every component in settings order, one core.

python -m bench.pipeline [N]
"""

from __future__ import annotations

import contextlib
import sys

from bench.corpus import CorpusMissing, articles, measure, report
from marsad.core import get_pipeline
from marsad.errors import InputError
from marsad.ingest import from_text
from marsad.settings import Options


def main(n: int = 300) -> None:
    try:
        records = articles(n)
    except CorpusMissing as exc:
        print(f"pipeline: skipped ({exc})")
        return
    options = Options()
    pipeline = get_pipeline(options)

    def run(record: dict) -> None:
        with contextlib.suppress(InputError):
            pipeline(from_text(record["text"], options, doc_id=record["url"]))

    run(records[0])  # load lexicons and models once, outside the timing
    seconds = measure(run, records, repeat=1)
    words = sum(len(r["text"].split()) for r in records)
    report("pipeline (" + "+".join(pipeline.names) + ")", len(records), seconds, words)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
