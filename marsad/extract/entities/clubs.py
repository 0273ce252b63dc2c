"""Sports clubs named by a head and the adjective of their town (`org_words.yaml`,
`club_heads`): النادي البنزرتي، الملعب القابسي، النجم الرياضي الساحلي، الترجي الرياضي
التونسي، الشبيبة القيروانية، الأولمبي الباجي.

The grammar followed: a definite club head, then الرياضي (optional), then a relative
adjective made from a known place (بنزرت → البنزرتي, الحمامات → الحمامي, باجة → الباجي) or a
nationality (not for النجم, الاتحاد: النجم الهولندي is a player, الاتحاد الروسي a state).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import lookup, name_readings, skip_chars
from marsad.extract.entities.mentions import Mention, Stream, covering, match_in, positions
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize

PLACE_KINDS = frozenset({"city", "place", "country"})


@dataclass(frozen=True, slots=True)
class ClubWords:
    heads: frozenset[str]
    by_town: frozenset[str]  # heads named by a town only (النجم الهولندي is a player)
    sports: frozenset[str]
    towns: frozenset[str]  # town adjectives the gazetteer cannot derive (الساحلي)


@cache
def club_words() -> ClubWords:
    data = load_lexicon("org_words")

    def norm(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[key])

    by_town = norm("club_heads_by_town")
    return ClubWords(norm("club_heads") | by_town, by_town, norm("club_sports"), norm("club_towns"))


@lru_cache(maxsize=16384)
def place_nisba(norm: str) -> bool:
    """Is a definite word the relative adjective of a known place (البنزرتي، القيروانيه)?"""
    if not norm.startswith("ال") or len(norm) < 6:
        return False
    stem = norm[2:-2] if norm.endswith("يه") else norm[2:-1] if norm.endswith("ي") else ""
    if len(stem) < 3:
        return False
    for candidate in (stem, "ال" + stem, stem + "ه", stem + "ات", "ال" + stem + "ات", stem + "ا"):
        entry = lookup(candidate)
        if entry is not None and entry.kind in PLACE_KINDS:
            return True
    return False


def club_span(stream: Stream, i: int, head: str) -> int:
    """The end of a club named from the head at token i (i when there is none)."""
    words = club_words()
    tokens = stream.tokens
    j = i + 1
    if j < len(tokens) and stream.same_sentence(i, j + 1) and tokens[j].norm in words.sports:
        j += 1
    if j >= len(tokens) or not stream.same_sentence(i, j + 1):
        return i
    norm = tokens[j].norm
    nat = match_in(stream, j, NATIONALITY)
    if nat is not None and not nat.skip and stream.same_sentence(i, nat.end):
        return nat.end if head not in words.by_town else i
    if norm in words.towns or place_nisba(norm):
        return j + 1
    return i


def apply_clubs(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Clubs named by a head and their town's adjective become one ORG mention, replacing
    what the tagger read inside (an adjective as LOC, the head alone)."""
    heads = club_words().heads
    resume = 0
    for i in sorted(positions(stream, "club_heads", heads)):
        token = stream.tokens[i]
        reading = next((r for r in name_readings(token) if r in heads), None)
        if i < resume or reading is None:
            continue
        end = club_span(stream, i, reading)
        if end <= i + 1:
            continue
        hits = covering(mentions, i, end)
        if any(mentions[k].i < i or mentions[k].j > end for k in hits):
            continue  # inside a longer name (جامعة النادي …) or running past it
        mentions = [m for k, m in enumerate(mentions) if k not in hits]
        skip = skip_chars(token, reading)
        mentions.append(Mention(i, end, "ORG", "org", skip, confidence=0.8))
        mentions.sort(key=lambda m: m.i)
        resume = end
    return mentions
