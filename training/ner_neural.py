"""Train the neural NER tagger (char-CNN + word vectors → BiLSTM → CRF) and export it.

`python -m training.ner_neural` (CPU is enough; see MODEL_CARD.md for the run time):
1. read ANERcorp train (the last 10% of its sentences is the dev split; `--dev-block 8` holds
   out sentences 80–90% instead, to see the noise), AQMAR and WikiFANE;
2. word vectors: skip-gram on ANT + the extra corpora's text (training/embeddings.py);
   gazetteer flags as for the CRF (training/gazetteer.py);
3. train the network with torch (training/ner_torch.py) on ANERcorp plus a share of the extra
   corpora each epoch, fixed epochs and seeds (`--extra aqmar,wikifane,silver` adds the
   pseudo-labeled ANT sentences of training/silver.py to that pool, with the news bit on);
4. export to an .npz that marsad.extract.ner.neural runs with numpy, check numpy and torch
   agree on the dev split, and score it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
import torch

from marsad.extract.ner import data as corpora
from marsad.extract.ner.conll import Sentence, format_score, score
from marsad.extract.ner.lexical import BOW, EOW, FLAGS, PAD, Lexicon, core, type_inputs
from marsad.extract.ner.neural import NeuralModel
from training import ner_torch
from training.embeddings import cached_vectors
from training.gazetteer import build_gazetteer
from training.ner import DATA, ROOT, SILVER, load_corpora, split

LOG = logging.getLogger("training.ner_neural")
LABELS = list(corpora.LABELS)


def build_lexicon(
    pretrained: list[str], text: list[Sentence], gazetteer: dict[str, str]
) -> Lexicon:
    """Words: the pretrained vocabulary, then words of `text` seen twice (random vectors);
    characters seen at least 5 times in `text`."""
    counts: Counter[str] = Counter(core(t)[0] for tokens, _ in text for t in tokens)
    words = ["<pad>", "<unk>", *pretrained]
    known = set(words)
    words += sorted(w for w, n in counts.items() if n >= 2 and w not in known)
    chars: Counter[str] = Counter()
    for w, n in counts.items():
        for c in w:
            chars[c] += n
    alphabet = ["\x00", "\x01", BOW, EOW]  # PAD, UNK, begin and end of word
    alphabet += sorted(c for c, n in chars.items() if n >= 5 and c not in alphabet)
    return Lexicon(
        {w: i for i, w in enumerate(words)}, {c: i for i, c in enumerate(alphabet)}, gazetteer
    )


def encode(sentences: list[Sentence], lex: Lexicon, news: bool) -> list[dict]:
    """Sentences as ner_torch items (ids, flags, label ids)."""
    cache = {}
    out = []
    for tokens, tags in sentences:
        inputs = []
        for t in tokens:
            if t not in cache:
                cache[t] = type_inputs(t, lex)
            inputs.append(cache[t])
        out.append(
            {
                "words": [x.word for x in inputs],
                "stems": [x.stem for x in inputs],
                "chars": [x.chars for x in inputs],
                "flags": [x.flags for x in inputs],
                "tags": [LABELS.index(t) for t in tags],
                "news": news,
            }
        )
    return out


def prepare(args: argparse.Namespace, seed: int) -> dict:
    """Everything the torch half needs: encoded sentences, the word table, the lexicon."""
    train, dev = split(corpora.read_anercorp(args.data / "anercorp" / "train.txt"), args.dev_block)
    _, _, names = load_corpora(args.data, ("aqmar", "wikifane"))
    words, vectors = cached_vectors(
        args.vectors, args.data, tuple(args.vector_corpora.split(",")), names
    )
    wanted = tuple(x for x in args.extra.split(",") if x and x != "silver")
    extra = names if set(wanted) == {"aqmar", "wikifane"} else load_corpora(args.data, wanted)[2]
    # silver (ANT tagged by the shipped model) is news: sampled with the extra corpora but
    # with the news bit on, and kept out of the vocabulary so the model keeps its shape
    silver = corpora.read_silver(args.silver) if "silver" in args.extra.split(",") else []
    news = tuple(x for x in args.news.split(",") if x)
    if news:  # trained on every epoch beside ANERcorp, with the news bit on
        train = train + load_corpora(args.data, news)[2]
    lex = build_lexicon(words, train + extra, build_gazetteer(names))
    table = np.random.default_rng(seed).normal(0, 0.1, (len(lex.words), vectors.shape[1]))
    table[2 : 2 + len(words)] = vectors
    table[PAD] = 0.0
    LOG.info(
        "%d train, %d dev, %d extra, %d silver sentences; %d words, %d chars",
        len(train),
        len(dev),
        len(extra),
        len(silver),
        len(lex.words),
        len(lex.chars),
    )
    return {
        "train": encode(train, lex, True),
        "dev": encode(dev, lex, True),
        "extra": encode(extra, lex, False) + encode(silver, lex, True),
        "dev_sentences": dev,
        "table": table.astype(np.float32),
        "lexicon": lex,
    }


def export(net: ner_torch.Net, lex: Lexicon, meta: dict) -> NeuralModel:
    return NeuralModel(LABELS, lex, ner_torch.weights(net), meta)


def check_export(net: ner_torch.Net, model: NeuralModel, prep: dict) -> float:
    """Largest difference between torch's and numpy's label scores on the dev split, logged
    with the share of dev tokens whose tags agree (the saved weights are float16)."""
    device = next(net.parameters()).device.type
    theirs = ner_torch.predict(net, prep["dev"], len(FLAGS), device)
    ours = model.tag([tokens for tokens, _ in prep["dev_sentences"]])
    same = sum(
        LABELS[a] == b for p, q in zip(theirs, ours, strict=True) for a, b in zip(p, q, strict=True)
    )
    total = sum(len(p) for p in theirs)
    LOG.info("numpy tagger agrees with torch on %.4f of dev tokens", same / total)
    return same / total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "ner-neural.npz")
    ap.add_argument(
        "--vectors",
        type=Path,
        default=ROOT / "build" / "ner-vectors.npz",
        help="cache of the word vectors (trained when absent)",
    )
    ap.add_argument("--vector-corpora", default="ant", help="ant or ant,saudinewsnet")
    ap.add_argument("--extra", default="aqmar,wikifane", help="trained on besides ANERcorp")
    ap.add_argument("--news", default="", help="corpora trained on as ANERcorp is (wojood)")
    ap.add_argument("--silver", type=Path, default=SILVER, help="--extra silver's CoNLL file")
    ap.add_argument("--dev-block", type=int, default=9, help="held-out tenth of ANERcorp")
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--dump", type=Path, help="only write the prepared data (for sweeps)")
    ap.add_argument("--state", type=Path, help="export this torch state dict, no training")
    ap.add_argument("--set", action="append", default=[], help="KEY=JSON, see ner_torch")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if not (args.data / "anercorp" / "train.txt").exists():
        print(f"{args.data} has no anercorp/train.txt: nothing to train on", file=sys.stderr)
        return 2
    cfg = dict(ner_torch.DEFAULTS)
    for item in args.set:
        key, _, value = item.partition("=")
        cfg[key] = type(ner_torch.DEFAULTS[key])(json.loads(value))
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.set_num_threads(1)  # faster than more threads for these small batches, and exact
    prep = prepare(args, int(cfg["seed"]))
    if args.dump:  # torch-only inputs for training/ner_sweep.py (no marsad needed there)
        keep = {k: prep[k] for k in ("train", "dev", "extra", "table")}
        with gzip.open(args.dump, "wb") as fh:
            pickle.dump({**keep, "n_chars": len(prep["lexicon"].chars)}, fh)
        return 0
    net = ner_torch.Net(prep["table"], len(prep["lexicon"].chars), len(FLAGS), len(LABELS), cfg)
    if args.state:  # trained elsewhere (a GPU) from the same --dump: export and score it
        ner_torch.load_state(net, str(args.state))
    else:
        train = prep["train"][: cfg["limit"]] if cfg["limit"] else prep["train"]
        net = ner_torch.train(
            train,
            prep["extra"],
            prep["table"],
            len(prep["lexicon"].chars),
            len(FLAGS),
            len(LABELS),
            cfg,
            args.device,
        )
    meta = {
        "config": cfg,
        "dev_block": args.dev_block,
        "vectors": args.vector_corpora,
        "extra": args.extra.split(","),
        "news": args.news.split(",") if args.news else [],
    }
    if args.state:
        meta["state"] = args.state.name
    export(net, prep["lexicon"], meta).save(args.out)
    model = NeuralModel.load(args.out)  # scored as shipped: float16 weights
    check_export(net, model, prep)
    dev = prep["dev_sentences"]
    result = score([tags for _, tags in dev], model.tag([tokens for tokens, _ in dev]))
    model.meta["dev"] = result.as_dict()
    model.meta["build_seconds"] = round(time.perf_counter() - started)
    model.save(args.out)
    print(format_score(result))
    print(json.dumps({"seconds": model.meta["build_seconds"], "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
