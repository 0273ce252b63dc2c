"""Run every stage benchmark in turn: `python -m bench [stage ...]`.

Each `bench/<stage>.py` has a `main()` that prints its throughput on real articles from
../shared/data/corpus (and says so, exiting cleanly, when the corpus is absent).
"""

from __future__ import annotations

import importlib
import sys

STAGES = ("ingest", "entities", "entity_linking", "quotes", "amounts", "times", "pipeline")


def main(argv: list[str]) -> int:
    for stage in argv or STAGES:
        try:
            module = importlib.import_module(f"bench.{stage}")
        except ModuleNotFoundError as exc:
            if exc.name != f"bench.{stage}":
                raise
            print(f"{stage:<22} (no benchmark yet)")
            continue
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
