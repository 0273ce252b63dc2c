"""The optional transformers backend, on a tiny randomly initialised BERT built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import ModelError
from marsad.extract.ner import LABELS
from marsad.extract.ner.tagger import load_tagger
from marsad.extract.ner.transformers_backend import map_label

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

CAMEL_LABELS = ["B-LOC", "B-ORG", "B-PERS", "B-MISC", "I-LOC", "I-ORG", "I-PERS", "I-MISC", "O"]
WORDS = [
    "قال",
    "الرئيس",
    "جو",
    "بايدن",
    "إن",
    "روسيا",
    "تهدد",
    "أوكرانيا",
    "وزارة",
    "الدفاع",
    "الأميركية",
    "في",
    "واشنطن",
]
SENTENCE = ["وقال", "الرئيس", "الأميركي", "جو", "بايدن", "إن", "روسيا", "تهدد", "أوكرانيا", "."]


def build_model(folder: Path, favour: str | None = None) -> Path:
    """A 2-layer BERT with CAMeL's label names and a WordPiece vocab written here."""
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", ".", "و", "##ال", *WORDS]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(
        vocab_file=str(folder / "vocab.txt"), do_lower_case=False, tokenize_chinese_chars=False
    )
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=24,
        id2label=dict(enumerate(CAMEL_LABELS)),
        label2id={label: i for i, label in enumerate(CAMEL_LABELS)},
    )
    torch.manual_seed(0)
    model = transformers.BertForTokenClassification(config)
    if favour is not None:  # make one label win everywhere, to check the label mapping
        with torch.no_grad():
            model.classifier.weight.zero_()
            model.classifier.bias.fill_(-5.0)
            model.classifier.bias[CAMEL_LABELS.index(favour)] = 5.0
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_backend_loads_a_local_model_and_tags_every_token(tmp_path: Path) -> None:
    tagger = load_tagger("transformers", str(build_model(tmp_path)))
    long_sentence = SENTENCE * 6  # more pieces than the 24-position window: cut into chunks
    out = tagger.tag([SENTENCE, [], long_sentence, ["كلمةمجهولة"]])
    assert [len(s) for s in out] == [len(SENTENCE), 0, len(long_sentence), 1]
    assert {tag for s in out for tag in s} <= set(LABELS)


def test_labels_are_mapped_and_aligned_to_input_tokens(tmp_path: Path) -> None:
    tagger = load_tagger("transformers", str(build_model(tmp_path, favour="B-PERS")))
    assert tagger.tag([SENTENCE]) == [["B-PER"] * len(SENTENCE)]


def test_i_tags_become_valid_iob2(tmp_path: Path) -> None:
    tagger = load_tagger("transformers", str(build_model(tmp_path, favour="I-LOC")))
    (tags,) = tagger.tag([SENTENCE])
    assert tags == ["B-LOC"] + ["I-LOC"] * (len(SENTENCE) - 1)


def test_label_names_of_other_models() -> None:
    assert map_label("B-PERS") == "B-PER"
    assert map_label("S-GPE") == "B-LOC"
    assert map_label("E-ORG") == "I-ORG"
    assert map_label("B-DATE") == "O"
    assert map_label("LABEL_3") == "O"


def test_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not a directory"):
        load_tagger("transformers", str(tmp_path / "absent"))
    with pytest.raises(ModelError, match="cannot load"):
        load_tagger("transformers", str(tmp_path))


def test_cli_uses_the_transformers_backend(tmp_path: Path, capsys) -> None:
    from marsad.cli import main

    (tmp_path / "model").mkdir()
    model = build_model(tmp_path / "model", favour="B-ORG")
    src = tmp_path / "in.conll"
    src.write_text("\n".join(SENTENCE) + "\n", encoding="utf-8")
    args = ["ner", "--conll", str(src), "--ner-backend", "transformers", "--model", str(model)]
    assert main(args) == 0
    tags = capsys.readouterr().out.split()[1::2]
    assert tags == ["B-ORG"] * len(SENTENCE)
