"""Names in the slot a title (or a nationality standing for a person) opens, which the tagger
missed: "الرئيس الكوري الجنوبي يون سوك يول،"، "رئيس الجمهورية الباجي قايد السبسي". The slot
takes two to four name words after the title and its affiliation, closed by punctuation, a
particle or another title; ordinary news words are no name words unless the news writes
them together as names are written (`name_pairs.txt`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from marsad.extract.entities.correct import NATIONALITY
from marsad.extract.entities.gazetteer import (
    Match,
    common_words,
    is_common,
    is_definite,
    is_stop,
    loc_heads,
    name_readings,
    name_words,
    org_words,
)
from marsad.extract.entities.mentions import (
    Mention,
    Stream,
    match_in,
    owner_map,
    positions,
)
from marsad.extract.entities.titles import title_at, titles
from marsad.extract.entities.words import bound, has_tanween, person_words
from marsad.text.normalize import strip_diacritics
from marsad.text.tokens import Token

MAX_GAP = 6
MAX_NAME_WORDS = 4


def names_after_titles(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Untagged names in the slot a title opens: "الرئيس الكوري الجنوبي يون سوك يول،".

    Two to four plain words after a title (and its affiliation), closed by punctuation or a
    particle, are a person; words with the article, a pronoun suffix, tanween or a title form
    are not name words. Adds PER mentions; never changes existing ones.
    """
    tokens = stream.tokens
    owners = owner_map(mentions, len(tokens))
    added: list[Mention] = []
    resume = 0
    for i in sorted(positions(stream, "titles", titles())):
        found = title_at(stream, i) if i >= resume and owners[i] is None else None
        if found is None:
            continue
        start = _after_affiliation(stream, owners, found[1])
        comma = _apposition(stream, start) if start > found[1] else 0  # after its body only
        start += comma
        end = _slot_end(stream, owners, start)
        closed = (_closes_name(stream, owners, end) or _bound_run(stream.tokens[start:end])) and (
            not comma or _set_off(stream, end)
        )  # frequent words written together end where their run ends (… السبسي | التمديد)
        if (
            end - start >= 2
            and closed
            and rare_name(stream, start, end)
            and not _body(stream, owners, start, end)
        ):
            added.append(Mention(start, end, "PER", "title", confidence=0.7))
        else:
            start, end = _name_before_closer(stream, owners, found[1])
            if end - start >= 2 and (
                not any(is_common(t) for t in tokens[start:end]) or _bound_run(tokens[start:end])
            ):
                added.append(Mention(start, end, "PER", "title", confidence=0.65))
        resume = max(end, i + 1)
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _body(stream: Stream, owners: list[Mention | None], start: int, end: int) -> bool:
    """Frequent words read together after a title, with a second title and its name after
    them, are the first title's body (رئيس هلال مساكن السيد المنذر العذار); a title that
    describes them stays theirs (العقيد بلحسن الوسلاتي الناطق الرسمي باسم …)."""
    toks = stream.tokens
    second = title_at(stream, end) if end < len(toks) else None
    if second is None or not _bound_run(toks[start:end]):
        return False
    k = second[1]
    named = k < len(toks) and owners[k] is not None and owners[k].type == "PER"  # type: ignore[union-attr]
    return named or (k < len(toks) and _slot_end(stream, owners, k) - k >= 2)


def _slot_end(stream: Stream, owners: list[Mention | None], start: int) -> int:
    """The end of the plain name words from `start` in a name's slot (at most four)."""
    tokens = stream.tokens
    end = start
    while (
        end < len(tokens)
        and end - start < MAX_NAME_WORDS
        and stream.same_sentence(start, end + 1)
        and owners[end] is None
        and name_word(stream, end, first=end == start)
        and (
            end == start
            or bound(tokens[end - 1], tokens[end])
            or not is_common(tokens[end])
            or (is_definite(tokens[end]) and not _bound_run(tokens[start:end]))
        )
    ):  # after the first word an ordinary word (سيترك، وقال) ends the name, one that the
        # corpus writes mostly beside the word before it does not (منصف خماخم); after such
        # a run of frequent words, so does an ordinary definite one (الباجي قايد السبسي |
        # التمديد)
        end += 1
    return end


def names_after_nationalities(
    stream: Stream, mentions: list[Mention], adjectives: Sequence[Match]
) -> list[Mention]:
    """A nationality standing for a person (أشاد التونسي ناصيف البياوي مدرب الفتح، صرّح
    الأرجنتيني دييغو سيميوني، لاعب التنس الإسباني رافييل نادال) opens a name's slot like a
    title: two to four words rare in news after a definite singular nationality, closed by
    punctuation, a particle or a title, are a person the tagger missed. The nationality must
    stand for the person: after a verb, a title or punctuation, not after a noun it
    describes (المشروع الأمريكي | لفرض ضرائب)."""
    tokens = stream.tokens
    owners = owner_map(mentions, len(tokens))
    given = name_words().definite_given
    added: list[Mention] = []
    for adj in adjectives:
        if adj.entry.plural or not is_definite(tokens[adj.start]) or adj.skip:
            continue
        start = adj.end
        if start + 1 >= len(tokens) or owners[start] is not None or is_common(tokens[start + 1]):
            continue  # the second word of a name is rare (cheap test first)
        end = _slot_end(stream, owners, start)
        rare = all(
            (not is_common(t) and not _clitic_word(t)) or (k == start and t.norm in given)
            for k, t in enumerate(tokens[start:end], start)
        )
        if (
            end - start >= 2
            and rare
            and _closes_name(stream, owners, end)
            and _stands_for_person(stream, adj.start)
        ):
            added.append(Mention(start, end, "PER", "title", confidence=0.65))
            owners[start:end] = [added[-1]] * (end - start)
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def _clitic_word(token: Token) -> bool:
    """A proclitic on an ordinary word (وبات، باليسرى), not a name (وليد)."""
    return any(r in common_words() for r in name_readings(token)[1:])


def _stands_for_person(stream: Stream, k: int) -> bool:
    """Does the nationality at token k open its phrase (no definite noun before it) or follow
    a title within three words (المهاجم الهولندي، لاعب التنس الإسباني)?"""
    before = k - 1
    if before < 0 or not stream.same_sentence(before, k) or not stream.tokens[before].is_word:
        return True
    if not is_definite(stream.tokens[before]):
        return True  # أشاد التونسي، صرّح الأرجنتيني: after a verb
    return any(title_at(stream, n) is not None for n in range(max(0, k - 3), k))


def _apposition(stream: Stream, k: int) -> int:
    """1 when token k is a comma that sets a name off after its title and affiliation
    (الرئيس المدير العام لشركة الخطوط التونسية، إلياس المنكبي، …), else 0. Right after a bare
    title a comma ends the phrase (بالملكة، فكانت العروس)."""
    tokens = stream.tokens
    if k + 1 < len(tokens) and tokens[k].text in ("،", ",") and stream.same_sentence(k, k + 2):
        return 1
    return 0


def _set_off(stream: Stream, end: int) -> bool:
    """Is the name that opened after a comma closed by punctuation too (، X Y، / ، X Y.)?"""
    return end >= len(stream.tokens) or not stream.tokens[end].is_word


def rare_name(stream: Stream, start: int, end: int) -> bool:
    """Can tokens start..end-1 be a name rather than ordinary words? Some word must be rare in
    news ("بتشكيل فريق عمل" names no one, "عيد عماش" may), the first one when there are
    three or more ("فريق تطوير سوق عكاظ"), and a name does not end in a plural or dual
    (أحد المنتجعات، مباراتين وديتين)."""
    toks = stream.tokens[start:end]
    if strip_diacritics(toks[-1].text).endswith(("ات", "ين", "ون")):
        return False
    if toks[0].norm in name_words().definite_given and is_definite(toks[0]):
        return True  # الحبيب الصيد: a given name with the article opens a name
    if _bound_run(toks):
        return True  # الباجي قايد السبسي: frequent words that news writes together
    if len(toks) >= 3:
        return not is_common(toks[0])
    return not all(is_common(t) for t in toks)


def _bound_run(toks: Sequence[Token]) -> bool:
    """Is every word of a run of two or more bound to the next one (name_pairs.txt)?"""
    return len(toks) >= 2 and all(bound(a, b) for a, b in pairwise(toks))


def _name_before_closer(stream: Stream, owners: list[Mention | None], k: int) -> tuple[int, int]:
    """The plain words right before the first closer after a title's description, when a
    definite word of that description precedes them: "مديرة مجموعة المقتنيات الخاصة بالمكتبة
    سوزان ورول "إن …" → سوزان ورول. (0, 0) when there is none."""
    tokens = stream.tokens
    close = k
    while close < len(tokens) and close - k <= MAX_GAP + MAX_NAME_WORDS:
        if not stream.same_sentence(k, close + 1) or _closes_name(stream, owners, close):
            break
        if owners[close] is not None and owners[close].type == "PER":  # type: ignore[union-attr]
            return 0, 0
        close += 1
    start = close
    while start > k and close - start < MAX_NAME_WORDS and owners[start - 1] is None:
        if not name_word(stream, start - 1, first=False):
            break
        start -= 1
    given = name_words().definite_given
    while start < close and is_definite(tokens[start]) and tokens[start].norm not in given:
        start += 1  # a family name may have the article (نوفل السمراني), a given name not
    if start <= k or close - start < 2:
        return 0, 0
    if start < close - 1 and is_definite(tokens[close - 1]) and not rare_name(stream, start, close):
        return 0, 0  # خادم الحرمين الشريفين: a noun and its adjectives, not a family name
    if owners[start - 1] is None and is_definite(tokens[start - 1]):
        return start, close
    return 0, 0


# a preposition and the types of the body or place it opens inside a title's affiliation
_AFFILIATION_PREPS = {"لدي": ("LOC",), "في": ("LOC", "ORG"), "عن": ("ORG",)}


def _after_affiliation(stream: Stream, owners: list[Mention | None], k: int) -> int:
    """Skip what names a title's affiliation: a nationality adjective, an organisation or a
    place, "لدى / في" + a place (السفير الروسي لدى بيونغ يانغ), "عن / في" + an organisation
    (القيادي عن حركة نداء تونس)."""
    tokens = stream.tokens
    for _ in range(3):
        if k >= len(tokens):
            return k
        nat = match_in(stream, k, NATIONALITY)
        owner = owners[k]
        nxt = owners[k + 1] if k + 1 < len(tokens) else None
        if nat is not None:
            k = nat.end
        elif owner is not None and owner.type in ("ORG", "LOC") and owner.i == k:
            k = owner.j
        elif nxt is not None and nxt.type in _AFFILIATION_PREPS.get(tokens[k].norm, ()):
            k = nxt.j  # سفير تونس لدى روسيا X، النائب عن حركة النهضة X، القيادي في حزب العمال X
        else:
            return k
    return k


def name_word(stream: Stream, k: int, first: bool) -> bool:
    token = stream.tokens[k]
    norm = token.norm
    if token.kind != "word" or len(norm) < 2:
        return False
    nw = name_words()
    if first and is_definite(token) and norm not in nw.definite_given:
        return False
    if first and _prepositional(token):
        return False
    ow = org_words()
    if is_stop(token) or norm in ow.naming_modifiers:
        return False
    if norm in nw.after_name or norm in nw.breakers:
        return False
    if norm in nw.pronoun_prepositions:
        return False
    if has_tanween(token):
        return False
    if len(norm) > 3 and norm.endswith(nw.pronoun_endings) and not _bound_here(stream, k):
        # also every word in ة (read as ه): mostly nouns and adjectives, so the slot after a
        # title takes no name in ة (the tagger finds those), unless the corpus writes it
        # with its neighbour as names are written (وزيرة المرأة نزيهة العبيدي)
        return False
    if len(norm) > 3 and norm.endswith("ا") and norm[:-1] in common_words():
        return False  # ضغوطا: an accusative noun, its tanween unwritten
    if norm in ow.heads or norm in loc_heads():
        return False  # مدير تعليم صبيا: a body's or a place's head noun, not a given name
    if title_at(stream, k) is not None and (first or not bound(stream.tokens[k - 1], token)):
        return False  # a title word bound to the name word before it is a name's (الباجي قايد)
    return match_in(stream, k, NATIONALITY) is None


def _prepositional(token: Token) -> bool:
    """A word behind the preposition ل or ب whose bare noun news uses with the article
    (حاجة الروائي لعصر الإرث …، بشكل): the title's complement, not a name. Names that open
    with these letters (لطفي، بلال) are known to the NER corpora."""
    norm = token.norm
    if len(norm) < 4 or norm[0] not in "لب" or norm in person_words():
        return False
    return "ال" + norm[1:] in common_words()


def _bound_here(stream: Stream, k: int) -> bool:
    """Is the word at k one of a pair of name_pairs.txt with the word before or after it?"""
    toks = stream.tokens
    return (k > 0 and bound(toks[k - 1], toks[k])) or (
        k + 1 < len(toks) and bound(toks[k], toks[k + 1])
    )


def _closes_name(stream: Stream, owners: list[Mention | None], end: int) -> bool:
    if end >= len(stream.tokens) or not stream.same_sentence(end - 1, end + 1):
        return True
    token = stream.tokens[end]
    nw = name_words()
    return (
        not token.is_word
        or token.norm in nw.after_name
        or token.norm in nw.breakers
        or token.norm in nw.pronoun_prepositions
        or is_stop(token)
        or title_at(stream, end) is not None  # الفريق مهاب مميش | رئيس الهيئة
    )
