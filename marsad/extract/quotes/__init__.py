"""Quotations and their speakers: cues, reported clauses, speaker phrases, resolution."""

from marsad.extract.quotes.component import extract_quotes, find_quotes

__all__ = ["extract_quotes", "find_quotes"]
