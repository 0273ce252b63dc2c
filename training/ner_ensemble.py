"""Build the bundled NER model: the CRF and the BiLSTM-CRF summed as one CRF, scored.

    python -m training.ner_ensemble [--crf FILE] [--neural FILE] [--out FILE] [--dev-block 8]

Without --crf it trains the CRF (training.ner, about 7 minutes on one core) into
build/ner-crf.npz; without --neural the BiLSTM-CRF (training.ner_neural with NEURAL_CONFIG,
about 25 minutes on one core) into build/ner-neural.npz. Then it writes the ensemble
(marsad.extract.ner.ensemble: label scores and transitions summed, no training on top) to
--out, marsad/models/ner-ar.npz by default, with its dev-split score in its metadata.
`--dev-block 8` holds out ANERcorp sentences 80-90% instead of the last tenth (both parts
trained without them). `--weight W` scales the CRF's scores (CRF_WEIGHT by default);
`--sweep W1 W2 ...` only prints the scores of those weights.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from marsad.extract.ner import data as corpora
from marsad.extract.ner.conll import format_score, score
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.model import CrfModel
from marsad.extract.ner.neural import NeuralModel
from marsad.extract.ner.tagger import DEFAULT_MODEL
from training.ner import DATA, ROOT, split

LOG = logging.getLogger("training.ner_ensemble")
# the best configuration measured (MODEL_CARD.md, "Neural tagger")
NEURAL_CONFIG = ("word_drop=0.15", "epochs=25", "filters=100", "char_dim=50", "word_lr=0.3")
CRF_WEIGHT = 0.75  # the CRF's label scores and transitions are multiplied by this
EXTRA = "aqmar,wikifane"  # training.ner / ner_neural --extra (MODEL_CARD.md: Wojood measured)


def train_parts(args: argparse.Namespace) -> tuple[Path, Path]:
    """The CRF and neural model files, trained here when not given."""
    from training import ner, ner_neural  # torch and CRFsuite only when training

    block = ["--data", str(args.data), "--dev-block", str(args.dev_block), "--extra", args.extra]
    crf, neural = args.crf, args.neural
    if crf is None:
        crf = ROOT / "build" / f"ner-crf-{args.dev_block}.npz"
        if ner.main([*block, "--out", str(crf)]):
            raise SystemExit("CRF training failed")
    if neural is None:
        neural = ROOT / "build" / f"ner-neural-{args.dev_block}.npz"
        sets = [x for item in NEURAL_CONFIG for x in ("--set", item)]
        if ner_neural.main([*block, *sets, "--out", str(neural)]):
            raise SystemExit("neural training failed")
    return crf, neural


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--crf", type=Path, help="a trained CRF model file")
    ap.add_argument("--neural", type=Path, help="a trained BiLSTM-CRF model file")
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--dev-block", type=int, default=9, help="held-out tenth of ANERcorp")
    ap.add_argument("--extra", default=EXTRA, help="corpora both parts train on besides ANERcorp")
    ap.add_argument("--weight", type=float, default=CRF_WEIGHT, help="of the CRF's scores")
    ap.add_argument("--sweep", type=float, nargs="+", help="only score these CRF weights")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    path = args.data / "anercorp" / "train.txt"
    if not path.exists():
        print(f"{path} is missing: nothing to train on", file=sys.stderr)
        return 2
    started = time.perf_counter()
    crf_path, neural_path = train_parts(args)
    _, dev = split(corpora.read_anercorp(path), args.dev_block)
    gold, tokens = [tags for _, tags in dev], [toks for toks, _ in dev]
    crf, neural = CrfModel.load(crf_path), NeuralModel.load(neural_path)
    if args.sweep:
        for weight in args.sweep:
            print(f"CRF weight {weight}")
            print(format_score(score(gold, EnsembleModel(crf, neural, weight).tag(tokens))))
        return 0
    result = score(gold, EnsembleModel(crf, neural, args.weight).tag(tokens))
    meta = {
        "weight": args.weight,
        "dev_block": args.dev_block,
        "dev": result.as_dict(),
        "build_seconds": round(time.perf_counter() - started),
    }
    EnsembleModel(crf, neural, args.weight, meta).save(args.out)
    print(format_score(result))
    print(json.dumps({"seconds": meta["build_seconds"], "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
