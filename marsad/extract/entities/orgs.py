"""Organisation names opened by a head word (`org_words.yaml`): وزارة الدفاع، جامعة الملك
سعود، هيئة الأرصاد السعودية، شرطة منطقة الرياض، مستشفى صامطة العام.

The grammar followed: an indefinite head takes a genitive complement (وزارة الدفاع); a
definite head is a name only with a naming modifier or a nationality (السفارة الروسية); a
weak head (a common noun too: تنظيم، مركز، شرطة) needs a naming modifier or a known name;
a service noun (صحة، تعليم) only the place it serves (صحة جازان). Once a modifier closes
the name, only another modifier or a prepositional complement (للعلوم الأمنية) goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from marsad.extract.entities.correct import NAME_KINDS, NATIONALITY
from marsad.extract.entities.gazetteer import (
    OrgWords,
    is_definite,
    is_stop,
    loc_heads,
    name_readings,
    name_words,
    org_words,
    skip_chars,
)
from marsad.extract.entities.mentions import (
    Mention,
    Stream,
    covering,
    match_in,
    mention_at,
    positions,
)
from marsad.extract.entities.roles import has_pronoun
from marsad.extract.entities.titles import title_at
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize, strip_diacritics
from marsad.text.tokens import Token

MAX_ORG_WORDS = 8
PLACE_KINDS = frozenset({"country", "place", "city"})


@cache
def _org_first_words() -> frozenset[str]:
    heads = org_words().heads
    return heads | frozenset("ال" + h for h in heads)


@dataclass(slots=True)
class _Scan:
    """The state of reading one organisation name, word by word."""

    head: str
    definite: bool
    service: bool  # صحة، تعليم: named only by a place
    modifier_only: bool  # مصلحة: named only by a naming modifier (لمصلحة ألمانيا is no body)
    named: bool
    closed: bool = False  # a modifier ended the name: only modifiers and لـ go on


def org_span(stream: Stream, i: int, mentions: Sequence[Mention]) -> tuple[int, int, bool] | None:
    """(skip, end, named) of an organisation opened by a head word at token `i`.

    `named` is False for a definite head without a naming modifier (الحكومة المحلية,
    الصندوق): a short reference that may only join an organisation named elsewhere.
    """
    ow = org_words()
    if i not in positions(stream, "org", _org_first_words()):
        return None
    token = stream.tokens[i]
    head = next(
        (r for r in name_readings(token) if r in ow.heads or (r[:2] == "ال" and r[2:] in ow.heads)),
        None,
    )
    if head is None:
        return None
    skip = skip_chars(token, head)
    definite = head not in ow.heads
    if definite and head.endswith("يه") and not skip and _after_definite(stream, i):
        return None  # القوات البحرية، المياه البحرية: a nisba head after a noun is its adjective
    bare = head[2:] if definite else head
    scan = _Scan(
        head,
        definite,
        bare in ow.services,
        bare in ow.modifier_only,
        not definite and bare not in ow.weak_heads,
    )
    j = i + 1
    limit = min(len(stream.tokens), i + MAX_ORG_WORDS)
    while j < limit and stream.same_sentence(i, j + 1):
        step = _next_word(stream, i, j, scan, mentions, ow)
        if step == 0:
            break
        j += step
    return skip, j, scan.named and j > i + 1


def _next_word(
    stream: Stream, i: int, j: int, scan: _Scan, mentions: Sequence[Mention], ow: OrgWords
) -> int:
    """How many words from token j belong to the name (0: the name has ended)."""
    t = stream.tokens[j]
    if not t.is_word or is_stop(t) or t.norm in name_words().pronoun_prepositions:
        return 0
    if not is_definite(t) and has_pronoun(t):
        return 0  # تحالف | تقوده الولايات المتحدة: a verb or noun with a pronoun (not الله)
    if scan.modifier_only and j == i + 1 and _names_another(stream, j, mentions):
        return 0  # إدارة | نادي الشباب، إدارة | الرئيس الأمريكي: the board of another body
    if not is_definite(stream.tokens[j - 1]) and _honorific_in_name(stream, j):
        scan.named = scan.named or not scan.service
        return 2  # جامعة الملك سعود، لجسر الملك فهد: a name after a royal title
    if j > i + 1 and title_at(stream, j) is not None:
        return 0  # مجلس الوزراء | الدكتور …: a person's title starts after the name
    if t.norm.startswith("ال"):
        nat = match_in(stream, j, NATIONALITY)
        named_by_nat = nat is not None and not scan.modifier_only  # الإدارة الأمريكية: no body
        if (t.norm in ow.naming_modifiers or named_by_nat) and not scan.service:
            scan.named = scan.closed = True
            return nat.end - j if nat is not None else 1  # الكورية الجنوبية
        nisba = _nisba(t)
        if (
            scan.closed
            and not nisba
            and not _inside_name(mentions, i, j)
            and not _complement_follows(stream, j)
        ):
            return 0  # الشرطة الفرنسية | القائلة: the name is complete
        if not scan.named and _known_name(stream, j, mentions) and not scan.modifier_only:
            scan.named = scan.closed = True  # شرطة الرياض: a service named after its place
        elif nisba and scan.named and j > i + 1:
            scan.closed = True  # نادي الباحة الأدبي | النسخ: an adjective ends the name too
        return 1
    if t.norm.startswith("وال"):
        # مجلس النواب والحكومة: two bodies far more often than one name with و; but a
        # complement goes on with its coordinate (حزب العدالة والتنمية، هيئة التحقيق والادعاء
        # العام، الشركة التونسية للكهرباء والغاز) when that is no body, place or title
        return 1 if _coordinate(stream, i, j, scan, mentions, ow) else 0
    if t.norm.startswith("لل") or (t.norm.startswith("ل") and _next_definite(stream, j)):
        if j == i + 1 or not scan.named or t.norm.startswith("لي"):
            return 0  # a prepositional complement only continues a name; ليعايد is a verb
        scan.closed = False  # الهيئة السعودية للمواصفات | والمقاييس
        return 1
    chain = _chain_to_place(stream, j, mentions) if not scan.definite and j == i + 1 else 0
    if chain:
        scan.named = scan.closed = not scan.service
        return chain - j  # حركة نداء تونس، شركة نقل تونس: a word in construct with a place
    if scan.definite or j > i + 1 or not _name_like(stream, j, mentions):
        return 0  # an indefinite word is only the first complement (جامعة برمنجهام)
    if not scan.named and _known_name(stream, j, mentions) and not scan.modifier_only:
        scan.named = True  # تنظيم داعش، أمانة حائل
    match = match_in(stream, j, NAME_KINDS)
    if match is not None and not match.skip and stream.same_sentence(j, match.end):
        scan.closed = scan.closed or (scan.named and match.end > j + 1)
        return match.end - j  # شرطة لوس أنجلوس | الضابطة: a known name of several words
    return 1


def _coordinate(
    stream: Stream, i: int, j: int, scan: _Scan, mentions: Sequence[Mention], ow: OrgWords
) -> bool:
    """Does "والX" at token j coordinate the complement before it (a named, open name)?"""
    tokens = stream.tokens
    if not scan.named or scan.closed or j < i + 2 or not is_definite(tokens[j - 1]):
        return False
    if not strip_diacritics(tokens[j].text).startswith("وال"):
        return False  # وألقت: a verb, its hamza normalised away
    if tokens[j].norm[1:] in name_words().breakers:
        return False  # والتي، والذي: a relative clause
    before = mention_at(mentions, j - 1)
    if match_in(stream, j - 1, NAME_KINDS) is not None or (before and before.type != "ORG"):
        return False  # جامعة الأنبار | والكيلو: a name, not a complement, before و
    bare = tokens[j].norm[3:]  # والتنمية → تنمية
    if bare in ow.heads or bare in loc_heads() or mention_at(mentions, j) is not None:
        return False
    if bare.endswith("ات") and bare[:-2] + "ه" in ow.heads:
        return False  # مفوضية الانتخابات | والمؤسسات الحكومية: other bodies
    return title_at(stream, j) is None and match_in(stream, j, NAME_KINDS) is None


def _nisba(token: Token) -> bool:
    """A definite relative adjective (الأدبي، الاجتماعية، التخصصي)."""
    norm = token.norm
    return norm.startswith("ال") and len(norm) > 5 and norm.endswith(("ي", "يه"))


def _inside_name(mentions: Sequence[Mention], i: int, j: int) -> bool:
    """Is token j inside a name that began within the organisation (حكومة المملكة العربية
    السعودية), or inside the organisation as the tagger read it (الاتحاد الرياضي المنستيري)?"""
    owner = mention_at(mentions, j)
    return owner is not None and i <= owner.i < j and owner.type != "PER"


def _complement_follows(stream: Stream, j: int) -> bool:
    """A definite word or two before a prepositional complement still name the body (الهيئة
    العليا المستقلة للاتصال، وكالة يونهاب الكورية الجنوبية للأنباء)."""
    for k in (j + 1, j + 2):
        if k >= len(stream.tokens) or not stream.same_sentence(j, k + 1):
            return False
        norm = stream.tokens[k].norm
        if norm.startswith("لل") or (norm.startswith("ل") and _next_definite(stream, k)):
            return True
        if not norm.startswith("ال"):
            return False
    return False


def _after_name_title(stream: Stream, m: Mention) -> bool:
    """A person named right after الملك / الأمير … (inside جامعة الملك سعود، مستشفى الملك
    فهد) is part of the institution's name."""
    before = stream.tokens[m.i - 1].norm if m.i > 0 else ""
    return not m.skip and before in org_words().name_titles


def _known_name(stream: Stream, j: int, mentions: Sequence[Mention]) -> bool:
    """A place or organisation at token j, or a place noun before one (منطقة الرياض)."""
    if any(r in loc_heads() for r in name_readings(stream.tokens[j])):
        return j + 1 < len(stream.tokens) and _known_name(stream, j + 1, mentions)
    owner = mention_at(mentions, j)
    if owner is not None:
        return owner.type in ("ORG", "LOC")
    return match_in(stream, j, NAME_KINDS) is not None


def _name_like(stream: Stream, j: int, mentions: Sequence[Mention]) -> bool:
    """An indefinite word after a head that can be a name: known here or in a gazetteer, or
    the start of a genitive chain (حلف شمال الأطلسي). Never an indefinite nisba (جامعة كينية)
    nor a word behind a preposition (مستشفى بجازان)."""
    t = stream.tokens[j]
    if t.norm.endswith("يه") or _nationality(stream, j):
        return False
    owner = mention_at(mentions, j)
    if owner is not None:
        return owner.type != "PER" and not (owner.i == j and owner.skip)
    match = match_in(stream, j, NAME_KINDS)
    if match is not None:
        return not match.skip
    return _next_definite(stream, j)


def _names_another(stream: Stream, j: int, mentions: Sequence[Mention]) -> bool:
    """Does token j open another body (a head word or a tagged organisation) or a title?"""
    owner = mention_at(mentions, j)
    return (
        (owner is not None and owner.type == "ORG")
        or any(r in _org_first_words() for r in name_readings(stream.tokens[j]))
        or title_at(stream, j) is not None
    )


def _chain_to_place(stream: Stream, j: int, mentions: Sequence[Mention]) -> int:
    """The end of a place named right after an ordinary indefinite word (نداء | تونس، مترو |
    جدة, دول | جنوب شرق آسيا): the head's complement is a genitive chain ending in a place.
    0 when there is none; never across و (حكومة وشعب جامايكا) nor onto a body's name (مجلس
    إدارة | مركز …: the board of another body)."""
    t = stream.tokens[j]
    k = j + 1
    if (
        k >= len(stream.tokens)
        or not stream.same_sentence(j, k + 1)
        or t.norm.startswith("و")
        or t.norm.endswith("يه")
        or _nationality(stream, j)
        or mention_at(mentions, j) is not None
        or match_in(stream, j, NAME_KINDS) is not None
        or any(r in loc_heads() for r in name_readings(t))
        or not stream.tokens[k].is_word
        or is_definite(stream.tokens[k])
    ):
        return 0
    owner = mention_at(mentions, k)
    if owner is not None:
        ok = owner.i == k and not owner.skip and owner.type == "LOC"
        return owner.j if ok and stream.same_sentence(j, owner.j) else 0
    match = match_in(stream, k, PLACE_KINDS)
    ok = match is not None and not match.skip and stream.same_sentence(j, match.end)
    return match.end if match is not None and ok else 0


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


def _after_definite(stream: Stream, i: int) -> bool:
    return i > 0 and stream.same_sentence(i - 1, i + 1) and is_definite(stream.tokens[i - 1])


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
            if m.type == "PER" and m.i > i and not _after_name_title(stream, m):
                j = min(j, m.i)
        if owner is not None and owner.i < i and owner.type == "ORG" and owner.j >= j:
            resume = owner.j  # already inside a longer organisation name
            continue
        if j <= i + 1:
            continue
        hits = covering(mentions, i, j)
        known = [
            mentions[k]
            for k in hits
            if (mentions[k].key is not None or mentions[k].source == "gazetteer")
            and mentions[k].type == "LOC"
            and mentions[k].i <= i
            and (mentions[k].j >= j or mentions[k].i == i)
        ]
        if known:
            resume = max(j, known[0].j)  # a place named with a head (الاتحاد الروسي، قناة السويس)
            continue
        if all(mentions[k].inside(i, j) or mentions[k].i >= i for k in hits):
            end = max([j, *(mentions[k].j for k in hits if mentions[k].type == "ORG")])
            mentions = [m for k, m in enumerate(mentions) if k not in hits]
            mentions.append(Mention(i, end, "ORG", "org", skip, confidence=0.8))
            mentions.sort(key=lambda m: m.i)
            resume = end
    return mentions, refs


@cache
def _named_after_heads() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_lexicon("org_words")["named_after_people"])


def institutions_named_after_people(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A person the tagger found right after an indefinite institution noun is the name of
    the institution (مستشفى شارل نيكول، جامعة محمد الخامس، مركز التميمي): one ORG."""
    heads = _named_after_heads()
    for m in mentions:
        if m.type != "PER" or m.source != "tagger" or m.i == 0 or m.skip:
            continue
        if not stream.same_sentence(m.i - 1, m.i + 1) or mention_at(mentions, m.i - 1):
            continue
        head = stream.tokens[m.i - 1]
        reading = next((r for r in name_readings(head) if r in heads), None)
        if reading is not None:
            m.i, m.skip, m.type, m.source = m.i - 1, skip_chars(head, reading), "ORG", "org"
    return mentions
