"""Time expressions resolved against the publication date (Gregorian and Hijri)."""

from marsad.extract.times.component import extract_times

__all__ = ["extract_times"]
