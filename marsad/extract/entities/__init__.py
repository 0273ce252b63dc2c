"""Named entities: tagger spans corrected, typed, grouped and given canonical names."""

from marsad.extract.entities.component import extract_entities

__all__ = ["extract_entities"]
