"""CoNLL reading and exact-span scoring (conlleval semantics), on small hand-made cases."""

from __future__ import annotations

import io

import pytest

from marsad.errors import InputError
from marsad.extract.ner.conll import parse_conll, score, spans, write_conll
from marsad.extract.ner.data import aqmar_tag, repair_iob, wikifane_tag


def test_spans_follow_conlleval() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC"]) == {(0, 2, "PER"), (3, 4, "LOC")}
    # an I- without its B- opens a span; a type change inside I- closes one and opens another
    assert spans(["I-ORG", "I-ORG", "I-LOC"]) == {(0, 2, "ORG"), (2, 3, "LOC")}
    # B- right after B- of the same type is a new entity
    assert spans(["B-PER", "B-PER", "I-PER"]) == {(0, 1, "PER"), (1, 3, "PER")}
    assert spans(["O", "O"]) == set()


def test_exact_span_scores() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"], ["B-ORG", "I-ORG", "O"]]
    result = score(gold, pred)
    assert (result.micro.tp, result.micro.fp, result.micro.fn) == (1, 2, 2)
    assert result.by_type["PER"].f1 == 1.0
    assert result.by_type["ORG"].precision == 0.0  # a boundary error is a miss and an extra
    assert result.by_type["LOC"].recall == 0.0
    assert result.micro.f1 == pytest.approx(2 * (1 / 3) * (1 / 3) / (2 / 3))
    assert result.tokens == 7


def test_i_without_b_matches_a_b_span() -> None:
    result = score([["B-LOC", "I-LOC"]], [["I-LOC", "I-LOC"]])
    assert result.micro.f1 == 1.0


def test_length_mismatch_is_refused() -> None:
    with pytest.raises(InputError):
        score([["O", "O"]], [["O"]])


def test_parse_with_and_without_tags() -> None:
    text = "\ufeffقال O\nبايدن B-PER\n\nروسيا\n"
    assert list(parse_conll(io.StringIO(text))) == [
        (["قال", "بايدن"], ["O", "B-PER"]),
        (["روسيا"], [""]),
    ]
    with pytest.raises(InputError, match="not an IOB tag"):
        list(parse_conll(io.StringIO("قال PERSON\n")))
    out = io.StringIO()
    write_conll([(["قال", "بايدن"], ["O", "B-PER"])], out)
    assert out.getvalue() == "قال O\nبايدن B-PER\n\n"


def test_corpus_tag_normalisation() -> None:
    assert aqmar_tag("B-MIS1`") == "B-MISC"
    assert aqmar_tag("B-MISS1") == "B-MISC"
    assert aqmar_tag("B-MIS-2") == "B-MISC"
    assert aqmar_tag("I--ORG") == "I-ORG"
    assert aqmar_tag("IO") == aqmar_tag("OO") == aqmar_tag("B-ENGLISH") == "O"
    assert wikifane_tag("B-Politician") == "B-PER"
    assert wikifane_tag("I-Population-Center") == "I-LOC"
    assert wikifane_tag("B-Group") == "O"
    assert repair_iob((["a", "b"], ["O", "I-LOC"]))[1] == ["O", "B-LOC"]
