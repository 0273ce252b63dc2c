"""Document evidence: names the article itself vouches for.

A parenthesised alias right after a mention (وزارة الدفاع الأميركية (البنتاغون)), a short
quoted name after "لـ" or an organisation word (لـ"الوطن"، جماعة (المساواة الآن)), and every
later occurrence of a name already found (زيلينسكي after فولوديمير زيلينسكي), linked to it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

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
    skip_chars,
    spelled_as,
)
from marsad.extract.entities.mentions import (
    Mention,
    Stream,
    covering,
    match_in,
    tokens_reading,
    words,
)
from marsad.extract.entities.titles import title_at
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize
from marsad.text.tokens import Token

MAX_ALIAS_WORDS = 4


def _list_or_other_place(m: Mention, inner: list[Mention]) -> bool:
    """Parentheses that hold several names (ايران (روسيا والصين)، المغرب العربي (تونس والجزائر
    والمغرب)) or another known place than the one before them list things, they give no
    alias."""
    if len(inner) > 1:
        return True
    return bool(inner) and None not in (m.key, inner[0].key) and m.key != inner[0].key


def apply_aliases(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A name in parentheses right after a mention is its alias:
    وزارة الدفاع الأميركية (البنتاغون)."""
    tokens = stream.tokens
    for k in range(len(mentions)):
        m = mentions[k]
        if m.type not in ("PER", "ORG", "LOC") or m.j + 2 >= len(tokens):
            continue
        if tokens[m.j].text != "(":
            continue
        close = next(
            (
                c
                for c in range(m.j + 1, min(len(tokens), m.j + 2 + MAX_ALIAS_WORDS))
                if tokens[c].text == ")"
            ),
            None,
        )
        if close is None or close == m.j + 1 or not stream.same_sentence(m.j, close + 1):
            continue
        if not all(t.is_word for t in tokens[m.j + 1 : close]):
            continue
        if match_in(stream, m.j + 1, NATIONALITY) is not None:
            continue
        if _list_or_other_place(m, [mentions[x] for x in covering(mentions, m.j + 1, close)]):
            continue
        if (
            m.type == "PER"
            or any(  # (الهلال) after a player is his club, not his alias
                t.kind == "word" and is_common(t) for t in tokens[m.j + 1 : close]
            )
        ):
            inner = covering(mentions, m.j + 1, close)
            if inner and all(mentions[x].inside(m.j + 1, close) for x in inner):
                m.links.extend(mentions[x] for x in inner if mentions[x].type == m.type)
            continue
        inner = covering(mentions, m.j + 1, close)
        if inner and all(mentions[x].inside(m.j + 1, close) for x in inner):
            m.links.extend(mentions[x] for x in inner)
            continue
        if inner:
            continue
        alias = Mention(m.j + 1, close, m.type, "alias", confidence=0.85)
        mentions.append(alias)
        m.links.append(alias)
    return mentions


def propagate(
    stream: Stream, mentions: list[Mention], adjectives: Sequence[Match] = ()
) -> list[Mention]:
    """Other occurrences of a name already found in the document become mentions too; an
    ordinary word the tagger read as a name only once is not spread, nor a name to where it
    was read as an adjective (الجامعات السعودية)."""
    forms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    found = Counter(words(stream, m) for m in mentions)
    surnames = {words(stream, m)[-1] for m in mentions if m.type == "PER" and m.j - m.i > 1}
    for k, m in enumerate(mentions):
        if m.type not in ("PER", "ORG", "LOC") or m.source == "reference":
            continue
        form = words(stream, m)
        if (
            len(form) == 1
            and found[form] < 2
            and m.source == "tagger"
            and not (m.type == "PER" and form[0] in surnames)
            and is_common(stream.tokens[m.i])
        ):
            continue  # ريال tagged once (ريال مدريد) is not every riyal of the article
        forms.setdefault(form[0], []).append((form, k))
    for word, k in short_names(stream, mentions).items():
        forms.setdefault(word, []).append(((word,), k))
    for first in forms:
        forms[first].sort(key=lambda f: -len(f[0]))
    added: list[Mention] = []
    taken = _taken(mentions, len(stream.tokens))
    for adjective in adjectives:
        taken[adjective.start : adjective.end] = [True] * (adjective.end - adjective.start)
    resume = 0
    for i in tokens_reading(stream, forms):
        if i < resume or taken[i] or is_stop(stream.tokens[i]):
            continue  # على is no علي
        hit = _form_at(stream, forms, i, taken)
        if hit is None:
            continue
        (form, k), skip = hit
        src = mentions[k]
        if len(form) == 1 and not _same_spelling(stream, src, i, skip):
            continue  # منوبة the town does not make every منوبه ("his client") a place
        new = Mention(i, i + len(form), src.type, "propagated", skip, src.key, 0.85)
        new.links.append(src)
        added.append(new)
        resume = i + len(form)
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def short_names(stream: Stream, mentions: Sequence[Mention]) -> dict[str, int]:
    """How a person named in full is referred to later: the family name (زيلينسكي، عماش،
    الحمزي ← إبراهيم بن محمد الحمزي), or the first word of a three-word name without a
    patronymic chain (يون سوك يول → يون).
    A word shared by two different people is left out."""
    owners: dict[str, set[tuple[str, ...]]] = {}
    index: dict[str, int] = {}
    linkers = name_words().linkers
    for k, m in enumerate(mentions):
        form = words(stream, m)
        if m.type != "PER" or len(form) < 2 or form[-2] in linkers:
            continue  # محمد بن نايف بن عبدالعزيز: the last word is a grandfather
        short = [form[-1]]
        if len(form) >= 3 and not any(w in linkers for w in form):
            short.append(form[0])
        for word in short:
            if len(word) >= 3 and word not in linkers:
                owners.setdefault(word, set()).add(form)
                index.setdefault(word, k)
    return {w: index[w] for w, fs in owners.items() if len(fs) == 1}


def _same_spelling(stream: Stream, src: Mention, i: int, skip: int) -> bool:
    """A one-word name spreads only to words written like it (see `spelled_as`)."""
    first = stream.tokens[src.i]
    return spelled_as(stream.tokens[i], skip, first.text[src.skip :])


def _taken(mentions: Sequence[Mention], n: int) -> list[bool]:
    taken = [False] * n
    for m in mentions:
        for x in range(m.i, m.j):
            taken[x] = True
    return taken


def _form_at(
    stream: Stream,
    forms: dict[str, list[tuple[tuple[str, ...], int]]],
    i: int,
    taken: list[bool],
) -> tuple[tuple[tuple[str, ...], int], int] | None:
    token: Token = stream.tokens[i]
    for reading in name_readings(token):
        for form, k in forms.get(reading, ()):
            n = len(form)
            if not stream.same_sentence(i, i + n) or any(taken[i : i + n]):
                continue
            if all(stream.tokens[i + x].norm == form[x] for x in range(1, n)):
                return (form, k), skip_chars(token, reading)
    return None


def _agent_slot(stream: Stream, k: int) -> bool:
    """Is the quote mark at token k opening the subject of a feminine past verb (علمت
    «عكاظ»، وحصلت «الوطن» على) or the topic before بدورها / من جهتها («عكاظ» بدورها)?"""
    tokens = stream.tokens
    before = tokens[k - 1]
    if stream.same_sentence(k - 1, k + 1) and _feminine_past(before):
        return True
    close = next(
        (c for c in range(k + 1, min(len(tokens), k + 5)) if tokens[c].kind == "quote"), None
    )
    if close is None or close + 1 >= len(tokens) or not stream.same_sentence(k, close + 2):
        return False
    return tokens[close + 1].norm in name_words().topic_markers


def _feminine_past(token: Token) -> bool:
    """A verb in the feminine past (علمت، أكدت، نقلت): an ordinary stem + ت, not a plural in
    ات (فعاليات) nor a noun in ت (يخت)."""
    norm = token.norm
    if token.kind != "word" or not norm.endswith("ت") or norm.endswith("ات") or len(norm) < 4:
        return False
    words = common_words()
    stems = (norm, norm[1:] if norm[0] in "وف" else norm)
    if any(s in name_words().predicate_verbs for s in stems):
        return False
    return any(r[:-1] in words for r in stems)


def _reference(token: Token) -> bool:
    """A definite organisation head alone (الهيئة، الوزارة)."""
    heads = org_words().heads
    return token.norm.startswith("ال") and token.norm[2:] in heads


def quoted_outlets(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A short quoted name after "لـ", or a quoted or parenthesised one after an organisation
    word or باسم, is an outlet or organisation: قال لـ"الوطن"، صحيفة «الشرق الأوسط»، جماعة
    (المساواة الآن)، شركة (جيمز)، المتحدث باسم "مدن"; so is one that acts: علمت «عكاظ»."""
    tokens = stream.tokens
    heads = org_words().heads
    added: list[Mention] = []
    for k in range(1, len(tokens) - 2):
        paren = tokens[k].text == "("
        if tokens[k].kind != "quote" and not paren:
            continue
        before = tokens[k - 1]
        after_head = any(r in heads for r in name_readings(before)) or _spokesman_of(stream, k)
        agent = not paren and _agent_slot(stream, k)
        if not (after_head or agent or (before.text == "لـ" and not paren)):
            continue
        closer = ")" if paren else None
        close = next(
            (
                c
                for c in range(k + 1, min(len(tokens), k + 5))
                if tokens[c].text == closer or (closer is None and tokens[c].kind == "quote")
            ),
            None,
        )
        if close is None or close == k + 1 or not stream.same_sentence(k, close + 1):
            continue
        if not all(t.is_word for t in tokens[k + 1 : close]):
            continue
        if not after_head and (
            close - k - 1 > 2
            or (close - k - 1 == 2 and all(is_common(t) for t in tokens[k + 1 : close]))
        ):
            continue  # تعرض لـ"حرب التراشق بالتهم": a quoted phrase, not an outlet
        if (
            not after_head
            and close - k - 1 == 2
            and is_common(tokens[k + 1])
            and not is_definite(tokens[k + 1])
        ):
            continue  # رفض المطلب لـ"فقدان الصفة": a verbal noun and its object, not a name
        if agent and close - k - 1 == 1 and _reference(tokens[k + 1]):
            continue  # علمت «الوزارة»: a body named before, not a new name
        inner = [m for m in mentions if m.overlaps(k + 1, close)]
        if not inner:
            added.append(Mention(k + 1, close, "ORG", "quoted", confidence=0.75))
        elif (
            len(inner) == 1
            and (inner[0].i, inner[0].j) == (k + 1, close)
            and (inner[0].type in ("LOC", "MISC") or (after_head and inner[0].type == "PER"))
        ):  # صحيفة «الشرق الأوسط»: the paper, not the region; شركة (جيمز): a company
            inner[0].type, inner[0].key, inner[0].source = "ORG", None, "quoted"
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def family_names(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A one-word place that is the family name of a person named in full in the article
    names that person (كاميرون after ديفيد كاميرون, not the country; نكورونزيزا
    after بيار نكورونزيزا), unless a place word or preposition shows a place (في بوروندي,
    مدينة عتق) or a proclitic is written on it. So does a one-word organisation or other name
    the tagger typed so, once one of its mentions is the subject of a man's verb of saying
    (أوضح العنابي after سمير العنابي, وقال "سانسون"): a family name alone is no evidence, for
    the tagger also reads people from brands (هاتف هواوي، أعلنت "هواوي")."""
    people: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "PER" and m.j - m.i > 1:
            people.setdefault(stream.tokens[m.j - 1].norm, m)
    if not people:
        return mentions
    places = name_words().place_prepositions | loc_heads()
    bodies = [m for m in mentions if _body_as_family_name(stream, m, people)]
    speaking = {stream.tokens[m.i].norm for m in bodies if after_saying(stream, m.i)}
    candidates = {id(m) for m in bodies}
    for m in mentions:
        if m.j - m.i != 1 or m.skip or (owner := people.get(stream.tokens[m.i].norm)) is None:
            continue
        if m.type in ("ORG", "MISC"):
            if id(m) not in candidates or stream.tokens[m.i].norm not in speaking:
                continue
        elif m.type != "LOC" or is_definite(stream.tokens[m.i]) or _place_before(stream, m, places):
            continue
        m.type, m.source, m.key = "PER", "propagated", None
        m.links.append(owner)
    return mentions


def _body_as_family_name(stream: Stream, m: Mention, people: dict[str, Mention]) -> bool:
    """A one-word ORG / MISC of the tagger written like a person's family name, no body's
    head noun beside it (شركة «X», «X»، شركة البناء) and no definite common word (الله after
    حسن نصر الله)."""
    if m.type not in ("ORG", "MISC") or m.j - m.i != 1 or m.skip or m.key is not None:
        return False
    token = stream.tokens[m.i]
    if m.source not in ("tagger", "quoted") or token.norm not in people:
        return False
    if is_definite(token) and is_common(token):
        return False
    return not _named_body(stream, m)


def after_saying(stream: Stream, i: int, forms: frozenset[str] | None = None) -> bool:
    """Is token i (or a quote mark opening it) right after a verb of saying (`forms`, by
    default the masculine ones: قال، وأوضح، فأكد)?"""
    k = i - 1
    if k >= 0 and not stream.tokens[k].is_word:
        k -= 1
    if k < 0 or not stream.same_sentence(k, i):
        return False
    return is_saying(stream.tokens[k].norm, masculine_saying() if forms is None else forms)


def is_saying(norm: str, forms: frozenset[str]) -> bool:
    """One of `forms`, also after و or ف."""
    return norm in forms or (norm[:1] in ("و", "ف") and norm[1:] in forms)


@cache
def masculine_saying() -> frozenset[str]:
    """Masculine singular forms of the verbs of saying in `reporting_verbs.yaml`."""
    verbs = load_lexicon("reporting_verbs")["verbs"]
    return frozenset(normalize(form) for verb in verbs for form in verb.get("m", []))


def _named_body(stream: Stream, m: Mention) -> bool:
    """Does an organisation's head noun stand next to m, before it or after a comma (شركة
    «X», «X»، شركة البناء)?"""
    heads = org_words().heads
    near = [m.i - 1, m.i - 2, m.j, m.j + 1, m.j + 2]
    return any(0 <= k < len(stream.tokens) and stream.tokens[k].norm in heads for k in near)


def _place_before(stream: Stream, m: Mention, places: frozenset[str]) -> bool:
    """Does the word before m make it a place (في، مدينة), a title's body or a name's link?"""
    if m.i == 0 or not stream.same_sentence(m.i - 1, m.i + 1):
        return False
    before = stream.tokens[m.i - 1]
    return (
        before.norm in places
        or before.norm in name_words().linkers
        or any(r in places for r in name_readings(before))
        or any(
            (found := title_at(stream, k)) is not None and found[1] == m.i
            for k in range(max(0, m.i - 3), m.i)
        )
    )


def _spokesman_of(stream: Stream, k: int) -> bool:
    """Does a title ending in باسم end right before token k (المتحدث الرسمي باسم "مدن")?
    تعرف باسم «…» (known as) is no such title."""
    if stream.tokens[k - 1].norm != "باسم":
        return False
    return any(
        (found := title_at(stream, s)) is not None and found[1] == k
        for s in range(max(0, k - 4), k)
    )
