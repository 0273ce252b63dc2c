"""Names in lists: an untagged item between two people in a list is a person too.

"[وإبراهيم مدخلي]، وجفين البيشي، [وسند شراحيلي]" (a squad), "[أحمد الرحيلي] ورائد الغامدي
[ومهند عسيري]": two or three name words set between two tagged people by commas or و are a
name. Items of ordinary words only, titles, particles or words with a pronoun are not.
"""

from __future__ import annotations

from itertools import pairwise

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import (
    common_words,
    is_common,
    is_definite,
    is_stop,
    skip_chars,
)
from marsad.extract.entities.mentions import Mention, Stream, match_in, owner_map
from marsad.extract.entities.roles import has_pronoun
from marsad.extract.entities.titles import title_at
from marsad.text.normalize import strip_diacritics
from marsad.text.tokens import Token

SEPARATORS = frozenset({"،", ","})
MAX_ITEM = 3


def names_in_lists(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    people = [m for m in mentions if m.type == "PER"]
    owners = owner_map(mentions, len(stream.tokens))
    added: list[Mention] = []
    for a, b in pairwise(people):
        if not stream.same_sentence(a.i, b.j) or not 2 <= b.i - a.j <= MAX_ITEM + 2:
            continue
        item = _item(stream, a.j, b)
        if item is None:
            continue
        start, end = item
        if any(owners[k] is not None for k in range(start, end)) or not _name_words(
            stream, start, end
        ):
            continue
        token = stream.tokens[start]
        skip = skip_chars(token, token.norm[1:]) if _conjunction(token.norm) else 0
        added.append(Mention(start, end, "PER", "list", skip, confidence=0.7))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _item(stream: Stream, k: int, b: Mention) -> tuple[int, int] | None:
    """The tokens of the list item between a person ending at k and person b."""
    tokens = stream.tokens
    if tokens[k].text in SEPARATORS:
        k += 1
    end = b.i
    if end > k and tokens[end - 1].text in SEPARATORS:
        end -= 1
    elif not (b.skip or _conjunction(tokens[b.i].norm)):
        return None  # the next person is neither set off by a comma nor joined by و
    if not 2 <= end - k <= MAX_ITEM:
        return None
    return k, end


def _conjunction(norm: str) -> bool:
    return norm.startswith("و") and len(norm) > 3


def _name_words(stream: Stream, start: int, end: int) -> bool:
    tokens = stream.tokens[start:end]
    if not all(t.is_word for t in tokens) or all(_common(t) for t in tokens):
        return False
    if strip_diacritics(tokens[-1].text).endswith("ة"):
        return False  # كلام | الآخرة: a noun in ة ends no name here
    for n, t in enumerate(tokens):
        if is_stop(t) or has_pronoun(t) or title_at(stream, start + n) is not None:
            return False
        if match_in(stream, start + n, NATIONALITY) is not None:
            return False
        if is_definite(t) and n < len(tokens) - 1:
            return False  # only a family name has the article
    return not is_definite(tokens[0])


def _common(token: Token) -> bool:
    """An ordinary word, also with the article (العلماء is common when علماء is)."""
    return is_common(token) or (is_definite(token) and token.norm[2:] in common_words())
