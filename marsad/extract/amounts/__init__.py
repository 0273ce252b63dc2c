"""Numeric claims: value, unit, what is counted, who states it."""

from marsad.extract.amounts.component import extract_amounts

__all__ = ["extract_amounts"]
