"""Post-correction of tagger mentions with gazetteers, organisation head words and the
document's own evidence.

Each pass takes the stream and the mention list and returns the corrected list; passes never
read another stage's internals, only tokens, lexicons and the mentions found so far.
"""

from __future__ import annotations

from marsad.extract.entities.gazetteer import (
    Entry,
    Match,
    adjective_countries,
    admin_units,
    calendar_words,
    country_names,
    facilities,
    gazetteer,
    is_common,
    is_definite,
    is_stop,
    loc_heads,
    loc_openers,
    lookup,
    name_readings,
    name_words,
    org_words,
    place_adjectives,
    royal_places,
    skip_chars,
    spelled_as,
)
from marsad.extract.entities.mentions import (
    Mention,
    Stream,
    covering,
    match_in,
    owner_map,
    positions,
    words,
)
from marsad.extract.entities.words import has_tanween, place_directions, town_words
from marsad.text.tokens import Token

NAME_KINDS = frozenset({"country", "place", "city", "org"})
NATIONALITY = frozenset({"nationality"})
MAX_ORG_WORDS = 8


def gazetteer_matches(stream: Stream, kinds: frozenset[str]) -> list[Match]:
    """Longest non-overlapping gazetteer phrases in reading order, inside sentences (found
    once per stream and kinds)."""
    key = ("matches", kinds)
    if key in stream.memo:
        return stream.memo[key]  # type: ignore[return-value]
    found: list[Match] = []
    end = 0
    for i in sorted(positions(stream, "gazetteer", gazetteer())):
        if i < end:
            continue
        m = match_in(stream, i, kinds)
        if m is not None and stream.same_sentence(m.start, m.end):
            found.append(m)
            end = m.end
    stream.memo[key] = found
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
            if entry.kind != "city" or old.type in ("LOC", "MISC") or _town_as_person(old, entry):
                old.type, old.key, old.skip = entry.type, entry.key, match.skip
            continue
        if all(o.inside(match.start, match.end) for o in olds) and all(
            o.type != "PER" for o in olds
        ):
            mentions = [m for k, m in enumerate(mentions) if k not in hits]
            mentions.append(new)
    return sorted(mentions, key=lambda m: m.i)


def _town_as_person(old: Mention, entry: Entry) -> bool:
    """A town of several words that opens with a town word, read as a person (ببن عروس، بن
    قردان، سيدي بوزيد: the shape of 'ببن علي'): the place list wins."""
    return old.type == "PER" and len(entry.words) >= 2 and entry.words[0] in town_words()


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
    if _paired_place(stream, match):
        return True
    with_b = "ب" in token.norm[: len(token.norm) - len(match.entry.words[0])]
    return bool(match.skip) and with_b and _phrase_ends(stream, match.end)


def _paired_place(stream: Stream, match: Match) -> bool:
    """A city joined to another known place by a slash or a dash (الطريق السيارة صفاقس/قابس،
    صفاقس-قابس): a route or a pair of towns, so a place too."""
    tokens = stream.tokens
    for dash, other in ((match.start - 1, match.start - 2), (match.end, match.end + 1)):
        if (
            other < 0
            or other >= len(tokens)
            or not stream.same_sentence(min(dash, other), max(dash, other) + 1)
        ):
            continue
        if tokens[dash].text not in ("/", "-", "–") or tokens[other].kind != "word":
            continue
        if any(match_in(stream, k, NAME_KINDS) is not None for k in (other, other - 1) if k >= 0):
            return True
    return False


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
    """Does a name end before token k: punctuation, a particle, a word with a proclitic
    (و، ل، ب …), a definite or a rare word? An ordinary bare noun would be its complement
    (بمسقط رأس)."""
    if k >= len(stream.tokens) or not stream.same_sentence(k - 1, k + 1):
        return True
    token = stream.tokens[k]
    return (
        not token.is_word
        or is_stop(token)
        or len(name_readings(token)) > 1
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
    owners = owner_map(mentions, len(stream.tokens))
    for m in mentions:
        if m.type == "LOC" and _country_as_adjective(stream, m, owners):
            m.type = "DROP"  # القيادات السعودية: the adjective, not the country
            entry = Entry(
                words(stream, m), "nationality", m.key or "", country_names()[m.key or ""]
            )
            refs.append(Match(m.i, m.j, entry, m.skip))
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


def apply_place_adjectives(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A known place (not a country) and an adjective such as الجديدة / الكبرى name another
    place: قناة السويس الجديدة is not قناة السويس, تونس الكبرى not تونس; whatever the tagger
    read there (an organisation, the adjective alone) gives way."""
    adjectives = place_adjectives()
    for match in gazetteer_matches(stream, NAME_KINDS):
        end = match.end
        if (
            match.entry.type != "LOC"
            or match.entry.key in country_names()
            or end >= len(stream.tokens)
            or not stream.same_sentence(match.start, end + 1)
            or (stream.tokens[end].norm not in adjectives and not _direction(stream, match))
        ):
            continue
        hits = covering(mentions, match.start, end + 1)
        if any(mentions[k].type == "PER" or mentions[k].i < match.start for k in hits):
            continue
        mentions = [m for k, m in enumerate(mentions) if k not in hits]
        mentions.append(Mention(match.start, end + 1, "LOC", "gazetteer", match.skip, None, 0.9))
    return sorted(mentions, key=lambda m: m.i)


def _direction(stream: Stream, match: Match) -> bool:
    """A feminine direction after a place names another place (معتمدية جندوبة الشمالية),
    unless a governorate's or city's noun before the place is what it describes."""
    directions, described = place_directions()
    if stream.tokens[match.end].norm not in directions:
        return False
    k = match.start - 1
    return k < 0 or not any(r in described for r in name_readings(stream.tokens[k]))


def _country_as_adjective(stream: Stream, m: Mention, owners: list[Mention | None]) -> bool:
    """A country named like its adjective (السعودية) right after a definite noun: an ordinary
    one, or any definite word no name covers (سوق الأسهم السعودية، العرضة السعودية، فريق
    الصقور السعودية: Saudi words the Tunisian common-word list lacks), not a day (السبت)."""
    if m.skip or m.key not in country_names() or words(stream, m) not in adjective_countries():
        return False
    k = m.i - 1
    if k < 0 or not stream.same_sentence(k, m.j):
        return False
    before = stream.tokens[k]
    if before.norm in name_words().place_prepositions or before.norm[2:] in loc_heads():
        return False
    if not is_definite(before) or match_in(stream, k, NAME_KINDS) is not None:
        return False
    return is_common(before) or (owners[k] is None and before.norm not in calendar_words())


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
            retyped = (
                owner.i == i + 1
                and owner.type in ("ORG", "PER", "MISC")
                and owner.source == "tagger"
            )
            if retyped:
                owner.type = "LOC"  # بجزيرة رود آيلاند: a place, whatever the tagger said
            if (
                owner.i == i + 1
                and owner.type == "LOC"
                and openers[head]
                and not owner.skip
                and (retyped or head not in facilities())
            ):  # محافظة الأنبار, شارع محمد الخامس; مطار | عدن stays the city
                owner.i, owner.skip = i, skip_chars(tokens[i], head)
            continue
        feminine = head.endswith("ه")
        unit = head in admin_units()
        if not _place_word(stream, i + 1, feminine, unit) or is_common(tokens[i + 1]):
            continue
        if _qualified(stream, i + 1):
            continue  # بسجن معارض منغولي: a noun with its adjective, not a name
        if openers[head]:
            added.append(Mention(i, i + 2, "LOC", "opener", skip_chars(tokens[i], head), None, 0.7))
        else:
            added.append(Mention(i + 1, i + 2, "LOC", "opener", 0, None, 0.7))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _qualified(stream: Stream, k: int) -> bool:
    """Is the indefinite word at k followed by an indefinite adjective (a nisba or a
    nationality) that agrees with it?"""
    if stream.tokens[k].norm.startswith("ال") or k + 1 >= len(stream.tokens):
        return False
    if not stream.same_sentence(k, k + 2):
        return False
    nxt = stream.tokens[k + 1]
    if nxt.kind != "word" or nxt.norm.startswith("ال"):
        return False
    return (nxt.norm.endswith(("ي", "يه")) and len(nxt.norm) > 3) or match_in(
        stream, k + 1, NATIONALITY
    ) is not None


def _place_word(stream: Stream, k: int, feminine: bool, unit: bool = False) -> bool:
    """Can this word after a place noun be its name? Not a particle or an adjective (after a
    feminine noun an adjective ends in ـية, after a masculine one in ـي: حي سكني). After an
    administrative or geographic unit (معتمدية حيدرة، جزيرة سترة) a rare word in ة is a name
    too; after مدينة، ولاية (also a term of office), سجن (also a verb) it is mostly not."""
    token = stream.tokens[k]
    norm = token.norm
    if token.kind != "word" or len(norm) < 3 or is_stop(token):
        return False
    if match_in(stream, k, NATIONALITY) is not None or norm.endswith("يه"):
        return False
    if has_tanween(token):
        return False
    if norm.startswith("ال") or token.text.endswith("ى"):
        return True
    if norm.endswith("ا") or (norm.endswith("ه") and not unit):
        return False
    return feminine or not norm.endswith("ي")


def places_named_after_royals(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A place noun, a royal title and a name are one place (مطار الملك فهد، طريق الملك
    عبدالله، مدينة الملك عبدالعزيز، جسر الملك فهد), not a person inside a place."""
    nouns = royal_places()
    titles = org_words().name_titles
    owners = owner_map(mentions, len(stream.tokens))
    added: list[Mention] = []
    for m in mentions:
        if m.type != "PER" or m.i < 2 or m.skip or not stream.same_sentence(m.i - 2, m.j):
            continue
        noun, title = stream.tokens[m.i - 2], stream.tokens[m.i - 1]
        if title.norm not in titles or owners[m.i - 1] is not None or owners[m.i - 2] is not None:
            continue
        reading = next((r for r in name_readings(noun) if r in nouns), None)
        if reading is None:
            continue
        m.i, m.skip, m.type, m.source = m.i - 2, skip_chars(noun, reading), "LOC", "opener"
        while m.j - m.i > 3 and (reading := _place_behind_proclitic(stream.tokens[m.j - 1])):
            m.j -= 1  # مطار الملك عبدالعزيز | بجدة: the city it serves is another place
            skip = skip_chars(stream.tokens[m.j], reading)
            added.append(Mention(m.j, m.j + 1, "LOC", "gazetteer", skip, None, 0.8))
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _place_behind_proclitic(token: Token) -> str:
    """The place read behind ب/ل (بجدة → جدة, بالدمام → الدمام), else ""."""
    for r in name_readings(token):
        entry = lookup(r) if r != token.norm else None
        if entry is not None and entry.kind in ("city", "place"):
            return r
    return ""
