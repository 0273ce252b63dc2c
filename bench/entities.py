"""NER throughput on real articles, one core, beside a BERT-base token classifier.

python -m bench.entities [N_ARTICLES] [N_BERT_ARTICLES]

The bundled model tags every sentence of N SaudiNewsNet articles (marsad's sentences and
tokens; the whole `tag()` is timed in CPU seconds, feature extraction included; one article
per call, as the entities stage does): first with an empty word-type cache (cold), then again
(warm); when it is the CRF + BiLSTM-CRF ensemble, its two parts are timed alone too. In the
same run, when torch and transformers are installed, a token classifier of CAMeLBERT's shape
(BertConfig() defaults: 12 layers, hidden 768, random weights, a 30k WordPiece vocab trained
here on other articles) tags the first N_BERT of them in batches with
torch.set_num_threads(1); the ratio of tokens/s is printed.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from bench.corpus import CorpusMissing, articles, iter_records, report
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.tagger import DEFAULT_MODEL, Tagger, load_numpy_model
from marsad.text.sentences import sentences
from marsad.text.tokens import tokenize

# CPU seconds of this process, pinned to one core by one_core(): steadier than wall time on
# the shared machine, where other jobs take turns on the same core
CLOCK = time.process_time


def one_core() -> None:
    """Pin this process to one CPU so the figures are single-core ones."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def article_sentences(text: str) -> list[list[str]]:
    out = []
    for span in sentences(text):
        tokens = [t.text for t in tokenize(text, span.start, span.end)]
        if tokens:
            out.append(tokens)
    return out


def taggers() -> list[tuple[str, Tagger]]:
    """The bundled model freshly loaded (empty caches) and, when it is the ensemble, its two
    parts loaded apart (their own caches)."""
    model = load_numpy_model(DEFAULT_MODEL)
    out: list[tuple[str, Tagger]] = [("ner", model)]
    if isinstance(model, EnsembleModel):
        parts = load_numpy_model(DEFAULT_MODEL)
        assert isinstance(parts, EnsembleModel)
        out += [("ner crf part", parts.crf), ("ner neural part", parts.neural)]
    return out


def tag_seconds(model: Tagger, docs: list[list[list[str]]]) -> tuple[float, float]:
    """(cold, warm) seconds for tagging every article with a freshly loaded model."""
    timings = []
    for _ in range(2):
        started = CLOCK()
        for doc in docs:
            model.tag(doc)
        timings.append(CLOCK() - started)
    return timings[0], timings[1]


def bert_seconds(docs: list[list[list[str]]], batch_size: int = 16) -> float | None:
    """Seconds for a BERT-base token classifier over `docs`, or None without torch."""
    try:
        import torch
        import transformers
        from tokenizers import BertWordPieceTokenizer
    except ImportError:
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    wordpiece = BertWordPieceTokenizer(lowercase=False, strip_accents=False)
    texts = (r["text"] for i, r in enumerate(iter_records("ant")) if i < 3000)
    wordpiece.train_from_iterator(texts, vocab_size=30_000, show_progress=False)
    tokenizer = transformers.PreTrainedTokenizerFast(
        tokenizer_object=wordpiece._tokenizer,  # the trained tokenizers.Tokenizer
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
    )
    config = transformers.BertConfig(vocab_size=tokenizer.vocab_size, num_labels=9)
    model: Any = transformers.BertForTokenClassification(config).eval()
    started = CLOCK()
    for doc in docs:
        for i in range(0, len(doc), batch_size):
            enc = tokenizer(
                doc[i : i + batch_size],
                is_split_into_words=True,
                truncation=True,
                max_length=512,
                padding=True,
                return_tensors="pt",
            )
            with torch.inference_mode():
                model(**enc).logits.argmax(-1)
    return CLOCK() - started


def main(n: int = 300, n_bert: int = 20) -> None:
    try:
        records = articles(n)
    except CorpusMissing as exc:
        print(f"entities: skipped ({exc})")
        return
    one_core()
    docs = [article_sentences(r["text"]) for r in records]
    tokens = sum(len(s) for doc in docs for s in doc)
    cold = 0.0
    for name, model in taggers():
        seconds = tag_seconds(model, docs)
        report(f"{name} (cold cache)", len(docs), seconds[0], tokens)
        report(f"{name} (warm cache)", len(docs), seconds[1], tokens)
        cold = cold or seconds[0]  # the bundled model's
    sample = docs[:n_bert]
    bert = bert_seconds(sample) if sample else None
    if bert is None:
        print("ner bert-base           skipped (torch/transformers not installed)")
        return
    bert_tokens = sum(len(s) for doc in sample for s in doc)
    report("ner bert-base (random)", len(sample), bert, bert_tokens)
    print(f"ner bert-base: {len(sample) / bert:.2f} articles/s on one thread")
    ratio = (tokens / cold) / (bert_tokens / bert)
    print(f"ner (cold) / bert-base: {ratio:,.0f}x tokens/s")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
