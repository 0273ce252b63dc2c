"""Train several neural NER configurations side by side from pre-encoded data.

    python -m training.ner_neural --dump build/ner3/prep9.pkl.gz      # here, needs marsad
    python -m training.ner_sweep JOBS.json PREP_DIR OUT_DIR PROCESSES  # anywhere with torch

JOBS.json: [{"name": "base-9", "block": 9, "cfg": {...}, "save": true}, ...] where cfg
overrides ner_torch.DEFAULTS and block picks PREP_DIR/prep<block>.pkl.gz. Each finished job
appends a line to OUT_DIR/results.jsonl (micro and per-type F1 on its held-out block, exact
spans; the F1 every 5 epochs); "save" also writes OUT_DIR/<name>.pt for
`python -m training.ner_neural --state`. Imports only torch, numpy and training.ner_torch, so
it runs on a GPU machine without marsad's dependencies.
"""

from __future__ import annotations

import gzip
import json
import multiprocessing as mp
import os
import pickle
import sys
import time

N_FLAGS = 21  # len(marsad.extract.ner.lexical.FLAGS)
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
TYPES = ("PER", "ORG", "LOC", "MISC")
_PREP: dict[tuple[str, int], dict] = {}

Span = tuple[int, int, str]


def spans(tags: list[str]) -> set[Span]:
    """Entity spans of an IOB2 sequence, conlleval style (a stray I- opens an entity)."""
    out: set[Span] = set()
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        cont = prefix == "I" and label == kind and start >= 0
        if start >= 0 and not cont:
            out.add((start, i, kind))
            start, kind = -1, ""
        if prefix in ("B", "I") and not cont:
            start, kind = i, label
    return out


def f1(gold: list[list[str]], pred: list[list[str]]) -> tuple[float, dict[str, float]]:
    """Micro F1 and F1 per type, exact spans."""
    counts = {k: [0, 0, 0] for k in ("all", *TYPES)}  # tp, fp, fn
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for k, c in counts.items():
            gk = {s for s in gs if k in ("all", s[2])}
            pk = {s for s in ps if k in ("all", s[2])}
            c[0] += len(gk & pk)
            c[1] += len(pk - gk)
            c[2] += len(gk - pk)

    def f(tp: int, fp: int, fn: int) -> float:
        return round(2 * tp / (2 * tp + fp + fn), 4) if tp else 0.0

    return f(*counts["all"]), {k: f(*counts[k]) for k in TYPES}


def load_prep(prep_dir: str, block: int) -> dict:
    key = (prep_dir, block)
    if key not in _PREP:
        with gzip.open(os.path.join(prep_dir, f"prep{block}.pkl.gz"), "rb") as fh:
            _PREP[key] = pickle.load(fh)
    return _PREP[key]


def run(job: dict, prep_dir: str, out_dir: str) -> dict:
    import torch

    from training import ner_torch

    torch.set_num_threads(1)
    d = load_prep(prep_dir, job["block"])
    cfg = {**ner_torch.DEFAULTS, **job.get("cfg", {})}
    device = "cuda" if torch.cuda.is_available() else "cpu"
    gold = [[LABELS[i] for i in x["tags"]] for x in d["dev"]]
    curve: dict[int, float] = {}

    def dev_f1(net: ner_torch.Net) -> tuple[float, dict[str, float]]:
        pred = ner_torch.predict(net, d["dev"], N_FLAGS, device)
        return f1(gold, [[LABELS[i] for i in p] for p in pred])

    def report(net: ner_torch.Net, epoch: int) -> str:
        if epoch % 5 and epoch != cfg["epochs"]:
            return ""
        curve[epoch] = dev_f1(net)[0]
        return f" dev {curve[epoch]}"

    started = time.time()
    train = d["train"][: cfg["limit"]] if cfg["limit"] else d["train"]
    net = ner_torch.train(
        train, d["extra"], d["table"], d["n_chars"], N_FLAGS, len(LABELS), cfg, device, report
    )
    score, by_type = dev_f1(net)
    row = {**job, "f1": score, "types": by_type, "curve": curve}
    row["seconds"] = round(time.time() - started)
    with open(os.path.join(out_dir, "results.jsonl"), "a") as fh:
        fh.write(json.dumps(row) + "\n")
    if job.get("save"):
        ner_torch.save_state(net, os.path.join(out_dir, job["name"] + ".pt"))
    print(json.dumps(row), flush=True)
    return row


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    jobs_file, prep_dir, out_dir, procs = args
    with open(jobs_file) as fh:
        jobs = json.load(fh)
    os.makedirs(out_dir, exist_ok=True)
    with mp.get_context("spawn").Pool(int(procs), maxtasksperchild=1) as pool:
        pool.starmap(run, [(j, prep_dir, out_dir) for j in jobs], chunksize=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
