"""Arabic named-entity tagging (PER, ORG, LOC, MISC in IOB2): the model half of entities.

`get_tagger(options).tag(sentences)` is the API; `marsad.extract.entities.component` turns the tags
into mentions and entities. See marsad/models/MODEL_CARD.md for the bundled model.
"""

from marsad.extract.ner.data import LABELS, TYPES
from marsad.extract.ner.tagger import Tagger, get_tagger

__all__ = ["LABELS", "TYPES", "Tagger", "get_tagger"]
