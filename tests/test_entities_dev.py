"""The entities stage on the shared dev set (skipped when ../shared/dev is absent): the
document-level targets of issue 5, and offsets that hold on every real article."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad import evaluate as ev
from marsad.core import Pipeline
from marsad.extract.ner.tagger import DEFAULT_MODEL
from marsad.ingest import from_text
from marsad.settings import Options


def test_dev_set_entity_recall_and_precision(dev_dir: Path) -> None:
    if not DEFAULT_MODEL.is_file():
        pytest.skip("the bundled NER model is not built")
    options = Options(components=("entities",))
    pipeline = Pipeline(options)
    total = ev.Score()
    for gold in ev.load_gold(dev_dir):
        doc = pipeline(from_text(gold.text, options, doc_id=gold.id))
        assert doc.check_offsets() == [], gold.id
        total.add(ev.score_entities(doc, gold))
    assert total.recall >= 0.85, total.as_dict()
    assert total.precision >= 0.80, total.as_dict()
