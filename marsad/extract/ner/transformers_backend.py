"""Optional NER backend: a local fine-tuned token-classification model (e.g. CAMeLBERT NER).

Needs the `transformers` extra (torch + transformers). The model directory is loaded with
`local_files_only=True`: nothing is ever downloaded. Its labels are mapped to marsad's IOB2
PER/ORG/LOC/MISC (B-PERS → B-PER, GPE/FAC → LOC, BIOES S-/E- → B-/I-, unknown types → O);
each input token takes the prediction of its first word piece; sentences longer than the
model's window are cut into chunks; chunks run in batches.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from marsad.errors import ModelError
from marsad.extract.ner.data import repair_iob

LOG = logging.getLogger(__name__)
_TYPES = {
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "MIS": "MISC",
}
_PREFIXES = {"B": "B", "I": "I", "S": "B", "E": "I", "U": "B", "L": "I"}


def map_label(label: str) -> str:
    """A model's label as a marsad IOB2 tag ("B-PERS" → "B-PER", "S-GPE" → "B-LOC")."""
    prefix, sep, kind = label.upper().replace("_", "-").partition("-")
    if not sep or prefix not in _PREFIXES or kind not in _TYPES:
        return "O"
    return f"{_PREFIXES[prefix]}-{_TYPES[kind]}"


class TransformersTagger:
    """Tags with AutoModelForTokenClassification from a local directory, on CPU."""

    def __init__(self, path: str, batch_size: int = 16) -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise ModelError(
                "the transformers NER backend needs torch and transformers:"
                " pip install 'marsad[transformers]'"
            ) from exc
        if not Path(path).is_dir():
            raise ModelError(f"NER model directory {path} is not a directory")
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
            self.model = AutoModelForTokenClassification.from_pretrained(
                path, local_files_only=True
            )
        except (OSError, ValueError, KeyError) as exc:
            raise ModelError(
                f"cannot load the token-classification model in {path}: {exc}"
            ) from exc
        if not getattr(self.tokenizer, "is_fast", False):
            raise ModelError(f"{path}: a fast tokenizer (tokenizer.json or vocab) is needed")
        self.model.eval()
        self.torch = torch
        self.batch_size = batch_size
        id2label = self.model.config.id2label
        self.labels = [map_label(str(id2label[i])) for i in range(len(id2label))]
        if all(tag == "O" for tag in self.labels):
            LOG.warning("%s: no label maps to PER/ORG/LOC/MISC; every tag will be O", path)
        limits = [self.tokenizer.model_max_length, self.model.config.max_position_embeddings]
        self.max_pieces = min(int(x) for x in limits if x) - 2  # [CLS] and [SEP]

    def _chunks(self, words: list[str]) -> list[tuple[int, int]]:
        """(start, end) word ranges whose pieces fit in the model's window."""
        if not words:
            return []
        pieces = self.tokenizer(words, add_special_tokens=False)["input_ids"]
        out: list[tuple[int, int]] = []
        start, size = 0, 0
        for i, ids in enumerate(pieces):
            n = max(len(ids), 1)
            if size + n > self.max_pieces and i > start:
                out.append((start, i))
                start, size = i, 0
            size += n
        out.append((start, len(words)))
        return out

    def _predict(self, chunks: list[list[str]]) -> list[list[str]]:
        enc = self.tokenizer(
            chunks,
            is_split_into_words=True,
            truncation=True,
            max_length=self.max_pieces + 2,
            padding=True,
            return_tensors="pt",
        )
        with self.torch.inference_mode():
            logits: Any = self.model(**enc).logits
        best = logits.argmax(dim=-1).tolist()
        out: list[list[str]] = []
        for row, words in enumerate(chunks):
            tags = ["O"] * len(words)
            seen: set[int] = set()
            for piece, word in enumerate(enc.word_ids(row)):
                if word is not None and word not in seen:
                    seen.add(word)
                    tags[word] = self.labels[best[row][piece]]
            out.append(tags)
        return out

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        jobs: list[tuple[int, int, int]] = []  # (sentence, start, end)
        for s, words in enumerate(sentences):
            jobs.extend((s, a, b) for a, b in self._chunks(words))
        out = [["O"] * len(words) for words in sentences]
        for i in range(0, len(jobs), self.batch_size):
            batch = jobs[i : i + self.batch_size]
            tagged = self._predict([sentences[s][a:b] for s, a, b in batch])
            for (s, a, b), tags in zip(batch, tagged, strict=True):
                out[s][a:b] = tags
        return [repair_iob((words, tags))[1] for words, tags in zip(sentences, out, strict=True)]
