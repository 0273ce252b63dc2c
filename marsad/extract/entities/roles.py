"""Titles and roles kept apart from names.

"الأمين العام لحلف شمال الأطلسي مارك روته" → PER مارك روته, role الأمين العام, affiliation
حلف شمال الأطلسي; "الرئيس الكوري الجنوبي يون سوك يول" → role الرئيس, affiliation كوريا
الجنوبية (from the nationality adjective). Titles come from `marsad/lang/ar/titles.yaml`.
A title + affiliation without a name ("الرئيس الأوكراني") is a `Description`: it may later
join a person named in the document with the same role and affiliation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import (
    is_definite,
    name_readings,
    name_words,
)
from marsad.extract.entities.mentions import (
    Mention,
    Stream,
    match_in,
    mention_at,
    owner_map,
    positions,
)
from marsad.extract.entities.slots import MAX_GAP, name_word, rare_name
from marsad.extract.entities.titles import Title, title_at, titles
from marsad.extract.entities.words import person_words
from marsad.text.normalize import strip_diacritics
from marsad.text.tokens import Token


@dataclass(slots=True)
class Description:
    """A title with an affiliation but no name: tokens `i`..`j`-1."""

    i: int
    j: int
    skip: int
    role: str
    affiliation: Mention | None
    affiliation_key: str | None


def strip_leading_titles(stream: Stream, m: Mention) -> None:
    """A PER span that starts with its title (الرئيس جو بايدن) loses it to `role`. A bare
    one-word title stays: it is also a given name (أمين معلوف، مساعد العيبان، حاكم الزاملي)."""
    while m.j - m.i > 1:
        found = title_at(stream, m.i)
        if (
            found is not None
            and found[1] < m.j
            and (found[1] - m.i > 1 or is_definite(stream.tokens[m.i]))
        ):
            m.role = m.role or found[0].text
            m.i, m.skip = found[1], 0
            continue
        nat = match_in(stream, m.i, NATIONALITY)
        if nat is not None and nat.end < m.j and not _given_name(stream, m.i):
            # an adjective comes after its noun: a definite one describes the name (الروسي
            # فلاديمير بوتين), a bare one may be a given name (الأمير تركي بن محمد)
            m.affiliation_text = m.affiliation_text or nat.entry.canonical
            m.i, m.skip = nat.end, 0
            continue
        break


def _given_name(stream: Stream, k: int) -> bool:
    """Is the bare nationality at token k a given name (تركي بن محمد، تركي الفيصل), not an
    adjective the tagger took in (ممثلة مكسيكية كينية)? Names the NER corpora know, or one
    followed by بن."""
    token = stream.tokens[k]
    if is_definite(token):
        return False
    after = stream.tokens[k + 1].norm if k + 1 < len(stream.tokens) else ""
    return token.norm in person_words() or after in ("بن", "ابن")


def assign_roles(stream: Stream, mentions: list[Mention]) -> None:
    """Role and affiliation of each person from the title phrase right before the name."""
    for m in mentions:
        if m.type != "PER":
            continue
        strip_leading_titles(stream, m)
        if m.role is None:
            _role_before(stream, mentions, m)


def _role_before(stream: Stream, mentions: Sequence[Mention], m: Mention) -> None:
    tokens = stream.tokens
    k = m.i - 1
    nw = name_words()
    while k >= 0 and m.i - k <= MAX_GAP + 3 and stream.same_sentence(k, m.i):
        t = tokens[k]
        if not t.is_word or t.norm in nw.breakers:
            return
        if has_pronoun(t):
            return  # يرافقه: a clause, not an apposition, lies between
        owner = mention_at(mentions, k)
        if owner is not None and owner.type == "PER":
            return
        found = title_at(stream, k)
        if found is not None and found[1] <= m.i and m.i - found[1] <= MAX_GAP:
            if k > 0 and _kin(stream, k - 1):
                return  # زوجة الرئيس الأمريكي ميشيل أوباما: the title is someone else's
            _split_gap(stream, mentions, m, found[0], found[1])
            m.role_at = (k, m.i)
            return
        k -= 1


def has_pronoun(token: Token) -> bool:
    """Does the word (longer than three letters) end in an attached pronoun (يرافقه، حكمه)?
    Read on the written word: a final ة is no pronoun ه."""
    bare = strip_diacritics(token.text).rstrip("\u0640")
    return len(token.norm) > 3 and bare.endswith(name_words().pronoun_endings)


def _kin(stream: Stream, k: int) -> bool:
    kin = name_words().kinship
    return any(r in kin for r in name_readings(stream.tokens[k]))


def _split_gap(
    stream: Stream, mentions: Sequence[Mention], m: Mention, title: Title, end: int
) -> None:
    """Title ending at token `end`, name at m.i: what lies between is role words, then the
    affiliation (a mention or a nationality adjective)."""
    aff_at, aff, aff_text = _affiliation(stream, mentions, end, m.i)
    if (
        aff_at is None
        and 0 < m.i - end <= 2
        and all(name_word(stream, k, first=True) for k in range(end, m.i))
        and rare_name(stream, end, m.i)
    ):
        m.i, m.skip = end, 0  # الفريق ضاحي | خلفان تميم: the tagger missed the first name
    role_end = aff_at if aff_at is not None else (m.i if m.i - end <= 2 else end)
    m.role = " ".join([title.text, *(t.text for t in stream.tokens[end:role_end])])
    m.affiliation, m.affiliation_text = aff, aff_text


def _affiliation(
    stream: Stream, mentions: Sequence[Mention], start: int, end: int
) -> tuple[int | None, Mention | None, str | None]:
    """The first mention or nationality adjective in tokens start..end-1."""
    for k in range(start, end):
        owner = mention_at(mentions, k)
        if owner is not None and owner.type in ("ORG", "LOC") and owner.j <= end:
            return k, owner, None
        nat = match_in(stream, k, NATIONALITY)
        if nat is not None and nat.end <= end:
            return k, None, nat.entry.canonical
    return None, None, None


def descriptions(stream: Stream, mentions: Sequence[Mention]) -> list[Description]:
    """Title + affiliation phrases not followed by a name (الرئيس الأوكراني)."""
    out: list[Description] = []
    resume = 0
    tokens = stream.tokens
    owners = owner_map(mentions, len(tokens))
    in_role = [False] * len(tokens)
    for m in mentions:
        if m.role_at is not None:
            in_role[m.role_at[0] : m.role_at[1]] = [True] * (m.role_at[1] - m.role_at[0])
    for i in sorted(positions(stream, "titles", titles())):
        if i < resume or owners[i] is not None or in_role[i]:
            continue
        found = title_at(stream, i)
        if found is None:
            continue
        title, end, skip = found
        resume = end
        if not title.words[0].startswith("ال"):
            continue  # رئيس أمريكي: an indefinite title describes no one in particular
        if end >= len(tokens) or not stream.same_sentence(i, end + 1):
            continue
        nat = match_in(stream, end, NATIONALITY)
        owner = owners[end]
        stop, aff, key = end, None, None
        if nat is not None and stream.same_sentence(end, nat.end):
            stop, key = nat.end, nat.entry.canonical
        elif owner is not None and owner.i == end and owner.type in ("ORG", "LOC"):
            stop, aff = owner.j, owner
        after = owners[stop] if stop < len(tokens) else None
        if stop > end and (after is None or after.type != "PER"):
            out.append(Description(i, stop, skip, title.text, aff, key))
        resume = max(stop, end)
    return out
