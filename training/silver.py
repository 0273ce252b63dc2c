"""Silver NER data: ANT news sentences tagged by the shipped ensemble where its parts agree.

    python -m training.silver [--model FILE] [--out build/ner-silver.conll] [--empty-share 0.25]

Self-training (pseudo-labels): ANT (Apache-2.0, `../shared/data/corpus/ant.jsonl.gz`) is split
into sentences and tokens the way the entities stage feeds the tagger (marsad.text.sentences,
marsad.text.tokens), then tagged three times: by the ensemble, by its CRF part alone and by its
neural part alone. A sentence is kept only when the three agree on every tag (`--parts 1`: the
ensemble and either part, so that it also teaches what one part misses); kept sentences with at
least one entity all go to the file, agreed all-O sentences up to `--empty-share` × as many.
The file is CoNLL (`token TAG`, blank line between sentences) under build/, never in the
repository; `training.ner_neural --extra …,silver` reads it (marsad.extract.ner.data.read_silver).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.extract.ner.conll import Sentence, spans, write_conll
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.tagger import DEFAULT_MODEL
from marsad.text.sentences import sentences
from marsad.text.tokens import tokenize
from training.common_words import read_texts
from training.ner import DATA, SILVER

LOG = logging.getLogger("training.silver")
MIN_TOKENS, MAX_TOKENS = 6, 60  # headlines and run-on paragraphs are left out


def ant_sentences(path: Path) -> Iterator[list[str]]:
    """Token lists of ANT's titles and texts, each distinct sentence once, in file order."""
    seen: set[str] = set()
    for text in read_texts(path, ("title", "text")):
        for sent in sentences(text):
            tokens = [t.text for t in tokenize(text, sent.start, sent.end)]
            key = " ".join(tokens)
            if usable(tokens) and key not in seen:
                seen.add(key)
                yield tokens


def usable(tokens: list[str]) -> bool:
    """A sentence of news prose: long enough, short enough, mostly Arabic words."""
    if not MIN_TOKENS <= len(tokens) <= MAX_TOKENS:
        return False
    arabic = sum(any("\u0621" <= c <= "\u064a" for c in t) for t in tokens)
    return arabic >= 0.7 * len(tokens)


def agreed(
    tokens: list[list[str]], model: EnsembleModel, parts: int = 2
) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, ensemble tags) of the sentences where the ensemble and `parts` of its two
    parts (2: both, 1: either) tag alike."""
    both = model.tag(tokens)
    crf = model.crf.tag(tokens)
    neural = model.neural.tag(tokens)
    for toks, a, b, c in zip(tokens, both, crf, neural, strict=True):
        if (a == b) + (a == c) >= parts:
            yield toks, a


def select(
    kept: list[Sentence], empty_share: float, seed: int = 1
) -> tuple[list[Sentence], list[Sentence]]:
    """(sentences with an entity, a sample of all-O ones of `empty_share` × as many)."""
    named = [s for s in kept if any(t != "O" for t in s[1])]
    empty = [s for s in kept if all(t == "O" for t in s[1])]
    n = min(len(empty), int(empty_share * len(named)))
    return named, random.Random(seed).sample(empty, n)


def summary(sents: list[Sentence]) -> dict[str, object]:
    types: Counter[str] = Counter(kind for _, tags in sents for *_, kind in spans(tags))
    return {
        "sentences": len(sents),
        "tokens": sum(len(t) for t, _ in sents),
        "entities": sum(types.values()),
        "types": dict(sorted(types.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="an ensemble .npz")
    ap.add_argument("--out", type=Path, default=SILVER)
    ap.add_argument("--empty-share", type=float, default=0.25, help="all-O per named sentence")
    ap.add_argument("--limit", type=int, default=0, help="read at most this many sentences")
    ap.add_argument(
        "--parts", type=int, choices=(1, 2), default=2, help="parts that must agree (2: both)"
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    path = args.data / "corpus" / "ant.jsonl.gz"
    if not path.exists():
        print(f"{path} is missing: no unlabeled news to tag", file=sys.stderr)
        return 2
    started = time.perf_counter()
    model = EnsembleModel.load(args.model)
    read = list(ant_sentences(path))
    if args.limit:
        read = read[: args.limit]
    LOG.info("%d ANT sentences read", len(read))
    kept: list[Sentence] = []
    for k in range(0, len(read), 2000):  # chunks keep the word-type caches bounded
        kept.extend(agreed(read[k : k + 2000], model, args.parts))
    named, empty = select(kept, args.empty_share)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        write_conll(named + empty, fh)
    report = {
        "read": len(read),
        "agreed": len(kept),
        "named": summary(named),
        "all_o_written": len(empty),
        "seconds": round(time.perf_counter() - started),
        "out": str(args.out),
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
