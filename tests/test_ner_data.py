"""Corpus readers, features and the bundled model's score on the ANERcorp dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.extract.ner import data as corpora
from marsad.extract.ner.conll import score
from marsad.extract.ner.ensemble import EnsembleModel
from marsad.extract.ner.features import Resources, sentence_attributes, word_attributes
from marsad.extract.ner.tagger import DEFAULT_MODEL, load_numpy_model


def test_wikifane_clitics_are_reattached() -> None:
    tokens = ["و", "زار", "ال", "رئيس", "ب", "غداد", "مع", "وفد", "ه"]
    tags = ["O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"]
    joined = corpora._join_clitics((tokens, tags))
    assert joined == (
        ["وزار", "الرئيس", "بغداد", "مع", "وفده"],
        ["O", "O", "B-LOC", "O", "O"],
    )


def test_features_see_through_proclitics_and_glued_punctuation() -> None:
    res = Resources(clusters={"بغداد": "1:2:3"}, gazetteer={"بغداد": "LOC-S"})
    own = word_attributes("وبغداد", res)[0]
    assert "st=بغداد" in own and "c2=3" in own and "g=LOC-S" in own
    assert "w=د" in word_attributes("(د", res)[0]
    # one attribute list per token, neighbours' attributes carry their offset
    attrs = sentence_attributes(["زار", "بغداد"], res)
    assert len(attrs) == 2
    assert "-1:w=زار" in attrs[1] and "1:w=بغداد" in attrs[0]


def test_anercorp_reader_and_split(data_dir: Path) -> None:
    sentences = corpora.read_anercorp(data_dir / "anercorp" / "train.txt")
    train, dev = corpora.split_anercorp(sentences)
    assert len(sentences) == 3989 and len(dev) == 398
    assert train[0][0][0] == "فرانكفورت" and train[0][1][0] == "B-LOC"
    tags = {t for _, ts in sentences for t in ts}
    assert tags == set(corpora.LABELS)


def test_extra_corpora_use_marsad_labels(data_dir: Path) -> None:
    aqmar = corpora.read_aqmar(data_dir / "aqmar" / "articles")
    assert {t for _, ts in aqmar for t in ts} <= set(corpora.LABELS)
    wiki = corpora.read_wikifane(data_dir / "wikifane" / "WikiFANE_Gold_2014_500K.txt")
    assert {t for _, ts in wiki for t in ts} <= set(corpora.LABELS)
    assert not any("\u200e" in tok for toks, _ in wiki[:200] for tok in toks)
    assert not any(tok == "و" for toks, _ in wiki[:200] for tok in toks)


def test_bundled_model_on_the_dev_split(data_dir: Path) -> None:
    _, dev = corpora.split_anercorp(corpora.read_anercorp(data_dir / "anercorp" / "train.txt"))
    model = load_numpy_model(DEFAULT_MODEL)
    assert isinstance(model, EnsembleModel)
    result = score([tags for _, tags in dev], model.tag([tokens for tokens, _ in dev]))
    assert result.micro.f1 >= 0.74
    assert result.by_type["LOC"].f1 >= 0.80
    assert abs(result.micro.f1 - model.meta["dev"]["micro"]["f1"]) < 1e-3  # type: ignore[index]


def test_wojood_nested_layers_flatten_as_anercorp_tags(tmp_path: Path) -> None:
    # lines of the Wojood sample (outermost layer first)
    text = (
        "فقد O\nحرصت O\nروسيا B-ORG\nعلى O\nتعطيل O\n$#$ O\n\n"
        "مراسلة O\nسكرتير B-OCC\nاللجنة I-OCC B-ORG\nالقومية I-OCC I-ORG\n"
        "العربية I-OCC I-ORG\nفي I-OCC\nنابلس I-OCC B-GPE\nلتأمين O\nمأكل O\n"
        "واحد B-CARDINAL\n( O\n1948 B-DATE\n) O\n\n"
        "الحياة O\nفي O\nمدينة B-GPE\nيافا I-GPE\nبعشرة B-MONEY\nدولارات I-MONEY B-CURR\n"
    )
    path = tmp_path / "wojood.txt"
    path.write_text(text, encoding="utf-8")
    places, heads = frozenset({"روسيا"}), frozenset({"مدينه"})
    first, second, third = corpora.read_wojood([path], places, heads)
    # a country Wojood types ORG is LOC, as ANERcorp tags it; the separator is gone
    assert first == (["فقد", "حرصت", "روسيا", "على", "تعطيل"], ["O", "O", "B-LOC", "O", "O"])
    # the occupation layer is dropped, so the organisation and the city inside it surface
    assert second[1][1:7] == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"]
    assert set(second[1][7:]) == {"O"}  # numbers and dates are not names
    # the place noun is left out of the place; a currency is MISC like ANERcorp's دولار
    assert third[1] == ["O", "O", "O", "B-LOC", "O", "B-MISC"]


def test_wojood_sample_reads_with_marsad_labels(data_dir: Path) -> None:
    files = sorted((data_dir / "wojood-sample").glob("data_*.txt"))
    if not files:
        pytest.skip("no Wojood sample")
    sentences = corpora.read_wojood(files)
    assert len(sentences) > 1500
    assert {t for _, ts in sentences for t in ts} <= set(corpora.LABELS)
    assert not any(tok == "$#$" for toks, _ in sentences for tok in toks)
