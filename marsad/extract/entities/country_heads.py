"""The head noun of a country's official name used alone for the country: "المملكة" for
"المملكة العربية السعودية" (وصل إلى المملكة، مناطق المملكة), "السلطنة" for "سلطنة عمان".

Which country is meant follows the article: the one whose long name it uses with that head
(المملكة المتحدة … المملكة → the United Kingdom; مملكة البحرين … المملكة → Bahrain), else the
country the bare noun names in the news corpora (`places.yaml` `country_heads`). The head
with a nationality adjective names that country (المملكة البلجيكية → Belgium); with any other
definite word it names no country (المملكة الحيوانية), nor after a demonstrative (هذه
المملكة: a kingdom of the story).
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import (
    country_heads,
    country_names,
    is_definite,
    is_stop,
    name_readings,
    skip_chars,
)
from marsad.extract.entities.mentions import Mention, Stream, match_in, owner_map, positions, words

DEMONSTRATIVES = frozenset({"هذه", "تلك", "هذا", "ذلك"})


def apply_country_heads(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """LOC mentions for the bare heads, keyed by the country they stand for."""
    heads = country_heads()
    found = positions(stream, "country_heads", heads)
    if not found:
        return mentions
    owners = owner_map(mentions, len(stream.tokens))
    added: list[Mention] = []
    for i in sorted(found):
        head = next((r for r in name_readings(stream.tokens[i]) if r in heads), None)
        if head is None or owners[i] is not None or _after_demonstrative(stream, i):
            continue
        nat = _adjective(stream, i)
        if nat is not None:
            j, code = nat
        elif _modified(stream, i):
            continue  # المملكة الحيوانية
        else:
            j, code = i + 1, _country_of(stream, mentions, head)
        skip = skip_chars(stream.tokens[i], head)
        added.append(Mention(i, j, "LOC", "gazetteer", skip, code, 0.8))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _country_of(stream: Stream, mentions: Sequence[Mention], head: str) -> str:
    """The country whose long name with this head the article uses, else the default."""
    bare = head[2:]
    named = {
        m.key
        for m in mentions
        if m.type == "LOC" and m.key in country_names() and words(stream, m)[0] in (head, bare)
    }
    return named.pop() if len(named) == 1 else country_heads()[head]


def _adjective(stream: Stream, i: int) -> tuple[int, str] | None:
    """(end, country) of a nationality adjective right after the head (المملكة البلجيكية)."""
    if i + 1 >= len(stream.tokens) or not stream.same_sentence(i, i + 2):
        return None
    match = match_in(stream, i + 1, NATIONALITY)
    if match is None or match.skip or match.entry.plural or match.entry.key not in country_names():
        return None
    return match.end, match.entry.key


def _modified(stream: Stream, i: int) -> bool:
    if i + 1 >= len(stream.tokens) or not stream.same_sentence(i, i + 2):
        return False
    nxt = stream.tokens[i + 1]
    return nxt.norm.startswith("ال") and is_definite(nxt) and not is_stop(nxt)


def _after_demonstrative(stream: Stream, i: int) -> bool:
    return i > 0 and stream.same_sentence(i - 1, i) and stream.tokens[i - 1].norm in DEMONSTRATIVES
