"""Train the CRF part of the bundled NER model from ../shared/data: `python -m training.ner`.

Steps (deterministic; about 8 minutes on one core, see MODEL_CARD.md):
1. read ANERcorp train (the last 10% of its sentences is held out as the dev set), AQMAR and
   WikiFANE (NewsFANE is never read: it is ANERcorp's own text);
2. word clusters from the unlabeled ANT news corpus (training/clusters.py) and gazetteer flags
   from CLDR, titles.yaml and the extra corpora's names (training/gazetteer.py);
3. train a linear-chain CRF with CRFsuite (L-BFGS, L1+L2). ANERcorp sentences carry every
   attribute twice, plain and prefixed "N|" (domain adaptation: the extra corpora only teach
   the plain copy); the exported weight of an attribute is plain + N| copy;
4. export to build/ner-crf.npz (marsad.extract.ner.model runs it; training/ner_ensemble.py
   combines it with the neural part into marsad/models/ner-ar.npz) and score the held-out
   dev split with marsad's decoder.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pycrfsuite
from babel import Locale

from marsad.extract.ner import data as corpora
from marsad.extract.ner.conll import Sentence, format_score, score
from marsad.extract.ner.features import OFFSETS, Resources, sentence_attributes
from marsad.extract.ner.model import CrfModel
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize
from training.clusters import build_clusters
from training.gazetteer import build_gazetteer

LOG = logging.getLogger("training.ner")
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SILVER = ROOT / "build" / "ner-silver.conll"  # written by training/silver.py, never committed
DOMAIN = "N|"


def split(sentences: list[Sentence], block: int) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): dev is the `block`-th tenth of ANERcorp train (9: the last, the dev split;
    8: sentences 80-90%, a second held-out block to see the noise)."""
    if block == 9:
        return corpora.split_anercorp(sentences)
    n = len(sentences)
    lo, hi = n * block // 10, n * (block + 1) // 10
    return sentences[:lo] + sentences[hi:], sentences[lo:hi]


def load_corpora(
    data: Path, extra: tuple[str, ...], block: int = 9, silver: Path = SILVER
) -> tuple[list, list, list]:
    """(ANERcorp train part, ANERcorp dev part, extra sentences)."""
    train, dev = split(corpora.read_anercorp(data / "anercorp" / "train.txt"), block)
    more: list[Sentence] = []
    if "aqmar" in extra:
        more += corpora.read_aqmar(data / "aqmar" / "articles")
    if "wikifane" in extra:
        more += corpora.read_wikifane(data / "wikifane" / "WikiFANE_Gold_2014_500K.txt")
    if "wojood" in extra:
        files = sorted((data / "wojood-sample").glob("data_*.txt"))
        more += corpora.read_wojood(files, *wojood_places())
    if "silver" in extra:  # ANT tagged by the shipped model: python -m training.silver
        more += corpora.read_silver(silver)
    return train, dev, more


def wojood_places() -> tuple[frozenset[str], frozenset[str]]:
    """(CLDR country and city names, place nouns) for corpora.read_wojood, normalised; the
    non-places and place nouns are the entities stage's (places.yaml)."""
    lexicon = load_lexicon("places")
    locale = Locale("ar")
    names = [n for code, n in locale.territories.items() if code not in lexicon["not_places"]]
    names += [zone["city"] for zone in locale.time_zones.values() if zone.get("city")]
    places = frozenset(normalize(n) for n in names if not any(ch.isdigit() for ch in n))
    return places, frozenset(normalize(w) for w in lexicon["loc_heads"])


def build_resources(
    data: Path, text: list[Sentence], names: list[Sentence], corpus: tuple[str, ...]
) -> Resources:
    """Word clusters from the unlabeled `corpus` files plus the tokens of `text` (labeled
    training sentences, labels unused), and gazetteer flags (CLDR, titles and the names
    annotated in `names`, the extra corpora, whether or not they are trained on)."""
    files = {"ant": "ant.jsonl.gz", "saudinewsnet": "saudinewsnet.jsonl.gz"}
    paths = [data / "corpus" / files[name] for name in corpus]
    clusters = build_clusters(paths, [tokens for tokens, _ in text]) if paths else {}
    return Resources(clusters=clusters, gazetteer=build_gazetteer(names))


def train_crf(
    train: list[Sentence],
    extra: list[Sentence],
    res: Resources,
    params: dict[str, float | int],
    out: Path,
) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in train:
        attrs = sentence_attributes(tokens, res)
        trainer.append([a + [DOMAIN + x for x in a] for a in attrs], tags)
    for tokens, tags in extra:
        trainer.append(sentence_attributes(tokens, res), tags)
    trainer.set_params({"feature.possible_transitions": True, **params})
    trainer.train(str(out))
    LOG.info("CRFsuite: %s", trainer.logparser.last_iteration)


def export(crf_path: Path, res: Resources, meta: dict[str, object]) -> CrfModel:
    """CRFsuite model → CrfModel: "o:attr" weights become the offset-o row of attr's block,
    and the N| copy of each attribute is folded into the plain one."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = list(corpora.LABELS)
    col = {label: j for j, label in enumerate(labels)}
    row = {str(o): k for k, o in enumerate(OFFSETS)}
    index: dict[str, int] = {}
    blocks: list[np.ndarray] = []
    for (attr, label), weight in info.state_features.items():
        name = attr.removeprefix(DOMAIN)
        head, sep, rest = name.partition(":")
        k = row["0"]
        if sep and head in row:
            name, k = rest, row[head]
        i = index.setdefault(name, len(index))
        if i == len(blocks):
            blocks.append(np.zeros((len(OFFSETS), len(labels)), dtype=np.float32))
        blocks[i][k, col[label]] += weight
    transitions = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), weight in info.transitions.items():
        transitions[col[a], col[b]] = weight
    keep = [a for a, i in index.items() if np.abs(blocks[i]).max() >= 1e-3]
    weights = np.stack([blocks[index[a]] for a in keep])
    return CrfModel(labels, keep, weights, transitions, res, meta)


def check_decoder(crf_path: Path, model: CrfModel, dev: list[Sentence], res: Resources) -> None:
    """marsad's decoder must agree with CRFsuite's on the dev split (same model)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    same = total = 0
    for (tokens, _), ours in zip(dev, model.tag([t for t, _ in dev]), strict=True):
        attrs = sentence_attributes(tokens, res)
        theirs = tagger.tag([a + [DOMAIN + x for x in a] for a in attrs])
        same += sum(a == b for a, b in zip(ours, theirs, strict=True))
        total += len(tokens)
    LOG.info("decoder agrees with CRFsuite on %.4f of dev tokens", same / max(total, 1))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "ner-crf.npz")
    ap.add_argument("--extra", default="aqmar,wikifane", help="comma list, or '' for none")
    ap.add_argument("--silver", type=Path, default=SILVER, help="--extra silver's CoNLL file")
    ap.add_argument("--clusters", default="ant", help="corpora for word clusters: ant,saudinewsnet")
    ap.add_argument("--c1", type=float, default=0.05, help="L1 penalty")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--dev-block", type=int, default=9, help="held-out tenth of ANERcorp")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    if not (args.data / "anercorp" / "train.txt").exists():
        print(f"{args.data} has no anercorp/train.txt: nothing to train on", file=sys.stderr)
        return 2
    started = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    extra = tuple(x for x in args.extra.split(",") if x)
    train, dev, names = load_corpora(args.data, ("aqmar", "wikifane"), args.dev_block)
    more = names if extra else []
    if extra and set(extra) != {"aqmar", "wikifane"}:
        more = load_corpora(args.data, extra, silver=args.silver)[2]
    LOG.info("%d train, %d dev, %d extra sentences", len(train), len(dev), len(more))
    corpus = tuple(x for x in args.clusters.split(",") if x)
    res = build_resources(args.data, train + names, names, corpus)
    LOG.info("%d clustered words, %d gazetteer words", len(res.clusters), len(res.gazetteer))
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    with tempfile.TemporaryDirectory() as tmp:
        crf_path = Path(tmp) / "ner.crfsuite"
        train_crf(train, more, res, params, crf_path)
        meta: dict[str, object] = {
            "extra": list(extra),
            "clusters": args.clusters,
            "params": params,
            "train_sentences": len(train),
            "dev_block": args.dev_block,
        }
        model = export(crf_path, res, meta)
        check_decoder(crf_path, model, dev, res)
    predicted = model.tag([tokens for tokens, _ in dev])
    result = score([tags for _, tags in dev], predicted)
    model.meta["dev"] = result.as_dict()
    model.meta["build_seconds"] = round(time.perf_counter() - started)
    model.save(args.out)
    print(format_score(result))
    print(json.dumps({"attributes": len(model.index), "seconds": model.meta["build_seconds"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
