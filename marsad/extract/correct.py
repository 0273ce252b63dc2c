"""Post-correction of tagger mentions with gazetteers, organisation head words and the
document's own evidence.

Each pass takes the stream and the mention list and returns the corrected list; passes never
read another stage's internals, only tokens, lexicons and the mentions found so far.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from marsad.extract.gazetteer import (
    Match,
    gazetteer,
    is_common,
    is_definite,
    is_stop,
    loc_heads,
    loc_openers,
    name_readings,
    name_words,
    org_words,
    skip_chars,
    spelled_as,
)
from marsad.extract.mentions import (
    Mention,
    Stream,
    covering,
    match_in,
    mention_at,
    owner_map,
    positions,
)
from marsad.extract.titles import title_at

NAME_KINDS = frozenset({"country", "place", "city", "org"})
NATIONALITY = frozenset({"nationality"})
MAX_ORG_WORDS = 8


def gazetteer_matches(stream: Stream, kinds: frozenset[str]) -> list[Match]:
    """Longest non-overlapping gazetteer phrases in reading order, inside sentences."""
    found: list[Match] = []
    end = 0
    for i in sorted(positions(stream, "gazetteer", gazetteer())):
        if i < end:
            continue
        m = match_in(stream, i, kinds)
        if m is not None and stream.same_sentence(m.start, m.end):
            found.append(m)
            end = m.end
    return found


def apply_gazetteer(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Known places and organisations: add them, fix their type, widen partial spans."""
    for match in gazetteer_matches(stream, NAME_KINDS):
        hits = covering(mentions, match.start, match.end)
        entry = match.entry
        new = Mention(match.start, match.end, entry.type, "gazetteer", match.skip, entry.key, 0.95)
        if not hits:
            if entry.kind != "city" or _city_context(stream, match):
                mentions.append(new)
            continue
        olds = [mentions[k] for k in hits]
        if len(olds) == 1 and (olds[0].i, olds[0].j) == (match.start, match.end):
            old = olds[0]
            if entry.kind != "city" or old.type in ("LOC", "MISC"):
                old.type, old.key, old.skip = entry.type, entry.key, match.skip
            continue
        if all(o.inside(match.start, match.end) for o in olds) and all(
            o.type != "PER" for o in olds
        ):
            mentions = [m for k, m in enumerate(mentions) if k not in hits]
            mentions.append(new)
    return sorted(mentions, key=lambda m: m.i)


def _city_context(stream: Stream, match: Match) -> bool:
    """A city alone is trusted when it is not likely an ordinary word in this sentence:
    spelled as the name is (المهدئة is no المهدية, منوبه no منوبة), and several words or
    five letters long, after a preposition of place (في، إلى، من …) or a place noun
    (منطقة، محافظة …), or with ب and closing
    its phrase (بأبها، ووزارة …; not بمسقط رأس)."""
    token = stream.tokens[match.start]
    if match.end - match.start == 1 and not spelled_as(token, match.skip, match.entry.canonical):
        return False
    if match.end - match.start == 1 and _in_noun_phrase(stream, match):
        return False
    if match.end - match.start > 1 or len(match.entry.words[0]) >= 5:
        return True
    if match.start > 0 and stream.same_sentence(match.start - 1, match.start + 1):
        before = stream.tokens[match.start - 1]
        if before.norm in name_words().place_prepositions or any(
            r in loc_heads() for r in name_readings(before)
        ):
            return True  # في أبها، منطقة عسير، بمحافظة بيشة
    with_b = "ب" in token.norm[: len(token.norm) - len(match.entry.words[0])]
    return bool(match.skip) and with_b and _phrase_ends(stream, match.end)


def _in_noun_phrase(stream: Stream, match: Match) -> bool:
    """A definite name next to a definite ordinary word is a noun or adjective of a noun
    phrase (الماء الفوار، الحمامات الطويلة), not the place; a place noun before it
    (العاصمة الرياض) or a place after it (طريق القصيم الرياض) is no such word, and a word
    with a proclitic (بالرياض) no adjective."""
    if match.skip or not match.entry.words[0].startswith("ال"):
        return False
    for k in (match.start - 1, match.end):
        if k < 0 or k >= len(stream.tokens) or not stream.same_sentence(k, k + 1):
            continue
        token = stream.tokens[k]
        if token.kind != "word" or token.norm.startswith("و") or is_stop(token):
            continue
        if token.norm in name_words().place_prepositions or token.norm[2:] in loc_heads():
            continue
        if is_definite(token) and is_common(token) and match_in(stream, k, NAME_KINDS) is None:
            return True
    return False


def _phrase_ends(stream: Stream, k: int) -> bool:
    """Does a name end before token k: punctuation, a particle, و, or a definite word?"""
    if k >= len(stream.tokens) or not stream.same_sentence(k - 1, k + 1):
        return True
    token = stream.tokens[k]
    return (
        not token.is_word
        or is_stop(token)
        or token.norm.startswith("و")
        or is_definite(token)
        or not is_common(token)
    )


def apply_nationalities(
    stream: Stream, mentions: list[Mention]
) -> tuple[list[Mention], list[Match]]:
    """Nationality adjectives are place references, not mentions: drop a mention that is only
    an adjective, cut one off the end of a place (كورسك الروسية → كورسك). Adjectives inside
    names of people (محمد المصري) are part of the name, but a plural one never is; inside
    organisations they still refer to the place (السفارة الروسية)."""
    refs: list[Match] = []
    for match in gazetteer_matches(stream, NATIONALITY):
        hits = covering(mentions, match.start, match.end)
        if not hits:
            refs.append(match)
            continue
        old = mentions[hits[0]]
        if old.type == "PER" and match.entry.plural:
            old.type = "DROP"  # يحيي الفلسطينيون: no name holds a plural adjective
        elif old.type == "PER" and len(hits) == 1 and (old.i, old.j) != (match.start, match.end):
            continue
        if (old.i, old.j) == (match.start, match.end) or all(
            mentions[k].inside(match.start, match.end) for k in hits
        ):
            for k in hits:
                mentions[k].type = "DROP"
        elif old.type == "LOC" and old.key is None and old.j == match.end and old.i < match.start:
            old.j = match.start
        elif old.type == "LOC" and old.key is not None:
            continue  # part of a place name (الولايات المتحدة الأمريكية)
        refs.append(match)
    return [m for m in mentions if m.type != "DROP"], refs


@cache
def _org_first_words() -> frozenset[str]:
    heads = org_words().heads
    return heads | frozenset("ال" + h for h in heads)


def org_span(stream: Stream, i: int, mentions: Sequence[Mention]) -> tuple[int, int, bool] | None:
    """(skip, end, named) of an organisation opened by a head word at token `i`.

    `named` is False for a definite head without a naming modifier (الحكومة المحلية,
    الصندوق): a short reference that may only join an organisation named elsewhere.
    """
    ow = org_words()
    if i not in positions(stream, "org", _org_first_words()):
        return None
    token = stream.tokens[i]
    head = None
    for reading in name_readings(token):
        if reading in ow.heads or (reading.startswith("ال") and reading[2:] in ow.heads):
            head = reading
            break
    if head is None:
        return None
    skip = skip_chars(token, head)
    definite = head not in ow.heads
    j = i + 1
    named = not definite and head not in ow.weak_heads
    limit = min(len(stream.tokens), i + MAX_ORG_WORDS)
    while j < limit and stream.same_sentence(i, j + 1):
        t = stream.tokens[j]
        if not t.is_word or is_stop(t):
            break
        if _honorific_in_name(stream, j):
            j += 2  # جامعة الملك سعود: a name after a royal title is part of the name
            named = True
            continue
        if j > i + 1 and title_at(stream, j) is not None:
            break  # مجلس الوزراء | الدكتور …: a person's title starts after the name
        if t.norm.startswith("ال"):
            if t.norm in ow.naming_modifiers or _nationality(stream, j):
                named = True
        elif t.norm.startswith("وال"):
            break  # مجلس النواب والحكومة: two bodies far more often than one name with و
        elif t.norm.startswith("لل") or (t.norm.startswith("ل") and _next_definite(stream, j)):
            if j == i + 1 or not named:
                break  # a prepositional complement only continues a name
        elif definite or j > i + 1 or not _name_like(stream, j, mentions):
            break  # an indefinite word is only the first complement (جامعة برمنجهام)
        elif not named and _known_name(stream, j, mentions):
            named = True  # تنظيم داعش
        j += 1
    if j == i + 1:
        return skip, j, False
    return skip, j, named


def _known_name(stream: Stream, j: int, mentions: Sequence[Mention]) -> bool:
    owner = mention_at(mentions, j)
    if owner is not None:
        return owner.type != "PER"
    return match_in(stream, j, NAME_KINDS) is not None


def _name_like(stream: Stream, j: int, mentions: Sequence[Mention]) -> bool:
    """An indefinite word after a head that can be a name: known here or in a gazetteer, or
    the start of a genitive chain (حلف شمال الأطلسي). Never an indefinite nisba (جامعة كينية)."""
    t = stream.tokens[j]
    if t.norm.endswith("يه") or _nationality(stream, j):
        return False
    owner = mention_at(mentions, j)
    if owner is not None:
        return owner.type != "PER"
    if match_in(stream, j, NAME_KINDS) is not None:
        return True
    return _next_definite(stream, j)


def _honorific_in_name(stream: Stream, j: int) -> bool:
    """الملك / الأمير / الشيخ + a name inside an organisation name (جامعة الملك سعود)."""
    title = title_at(stream, j)
    return (
        title is not None
        and title[1] == j + 1
        and title[0].words[0] in org_words().name_titles
        and j + 1 < len(stream.tokens)
        and stream.same_sentence(j, j + 2)
        and stream.tokens[j + 1].kind == "word"
        and not is_definite(stream.tokens[j + 1])
        and not is_stop(stream.tokens[j + 1])
    )


def _next_definite(stream: Stream, j: int) -> bool:
    return j + 1 < len(stream.tokens) and stream.tokens[j + 1].norm.startswith("ال")


def _nationality(stream: Stream, j: int) -> bool:
    return match_in(stream, j, NATIONALITY) is not None


def apply_org_heads(stream: Stream, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Organisation names opened by a head word (وزارة، وكالة، حلف …); also the short
    references (الصندوق، الوكالة) returned apart, to be joined later to a named organisation."""
    refs: list[Mention] = []
    resume = 0
    for i in sorted(positions(stream, "org", _org_first_words())):
        if i < resume:
            continue
        found = org_span(stream, i, mentions)
        owner = mention_at(mentions, i) if found is not None else None
        if found is None or (owner is not None and owner.type == "PER"):
            continue
        skip, j, named = found
        if not named:
            if j == i + 1 and owner is None and is_definite(stream.tokens[i]):
                refs.append(Mention(i, j, "ORG", "reference", skip, confidence=0.6))
            continue
        for k in covering(mentions, i, j):
            m = mentions[k]
            if m.type == "PER" and m.i > i:
                j = min(j, m.i)
        if owner is not None and owner.i < i and owner.type == "ORG" and owner.j >= j:
            resume = owner.j  # already inside a longer organisation name
            continue
        if j <= i + 1:
            continue
        hits = covering(mentions, i, j)
        if any(
            mentions[k].key is not None
            and mentions[k].type == "LOC"
            and mentions[k].i <= i
            and mentions[k].j >= j
            for k in hits
        ):
            resume = j  # a country's official name (الاتحاد الروسي)
            continue
        if all(mentions[k].inside(i, j) or mentions[k].i >= i for k in hits):
            end = max([j, *(mentions[k].j for k in hits if mentions[k].type == "ORG")])
            mentions = [m for k, m in enumerate(mentions) if k not in hits]
            mentions.append(Mention(i, end, "ORG", "org", skip, confidence=0.8))
            mentions.sort(key=lambda m: m.i)
            resume = end
    return mentions, refs


def apply_loc_openers(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """محافظة / حي / مدينة + one name word is a place, tagged or not: a tagged complement is
    retyped as a place, an untagged one that can be a name becomes a mention."""
    tokens = stream.tokens
    openers = loc_openers()
    owners = owner_map(mentions, len(tokens))
    added: list[Mention] = []
    for i in sorted(positions(stream, "openers", openers)):
        if owners[i] is not None or i + 1 >= len(tokens):
            continue
        head = next((r for r in name_readings(tokens[i]) if r in openers), None)
        if head is None or not stream.same_sentence(i, i + 2):
            continue
        owner = owners[i + 1]
        if owner is not None:
            if owner.i == i + 1 and owner.type in ("ORG", "PER") and owner.source == "tagger":
                owner.type = "LOC"  # بجزيرة رود آيلاند: a place, whatever the tagger said
            if owner.i == i + 1 and owner.type == "LOC" and openers[head] and not owner.skip:
                owner.i, owner.skip = i, skip_chars(tokens[i], head)  # محافظة الأنبار
            continue
        if not _place_word(stream, i + 1, feminine=head.endswith("ه")) or is_common(tokens[i + 1]):
            continue
        if openers[head]:
            added.append(Mention(i, i + 2, "LOC", "opener", skip_chars(tokens[i], head), None, 0.7))
        else:
            added.append(Mention(i + 1, i + 2, "LOC", "opener", 0, None, 0.7))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _place_word(stream: Stream, k: int, feminine: bool) -> bool:
    """Can this word after a place noun be its name? Not a particle or an adjective (after a
    feminine noun an adjective ends in ـية, after a masculine one in ـي: حي سكني)."""
    token = stream.tokens[k]
    norm = token.norm
    if token.kind != "word" or len(norm) < 3 or is_stop(token):
        return False
    if match_in(stream, k, NATIONALITY) is not None or norm.endswith("يه"):
        return False
    if any(ch in "\u064b\u064c\u064d" for ch in token.text):
        return False
    if norm.startswith("ال") or token.text.endswith("ى"):
        return True
    return not norm.endswith(("ه", "ا")) and (feminine or not norm.endswith("ي"))
