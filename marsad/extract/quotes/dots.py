"""Points that end no sentence: inside a web address or a dotted abbreviation."""

from __future__ import annotations


def dotted_point(text: str, pos: int) -> bool:
    """Is the point at `pos` inside a web address or a dotted abbreviation ("www.sfda.gov.sa",
    "(بي.بي.سي)", "أ.ف.ب", "(د.ب.أ)"), not between two sentences glued together
    ("المدنيين.وأشاروا")? A letter or digit on both sides, Latin ones on both sides or
    Arabic letter runs of at most three on both sides ("دي.ان.ايه")."""
    if not 0 < pos < len(text) - 1:
        return False
    left, right = text[pos - 1], text[pos + 1]
    if not (left.isalnum() and right.isalnum()):
        return False
    if left.isascii() or right.isascii():
        return left.isascii() and right.isascii()  # "MicroSD.وفقا": two sentences
    before = after = 0
    while pos - 1 - before >= 0 and text[pos - 1 - before].isalpha() and before < 4:
        before += 1
    while pos + 1 + after < len(text) and text[pos + 1 + after].isalpha() and after < 4:
        after += 1
    return before <= 3 and after <= 3
