"""Mentions of one entity grouped together, and the entity's canonical name.

Mentions join when they are linked (a parenthesised alias, a propagated occurrence), share a
gazetteer key (روسيا / الاتحاد الروسي), spell the same name (after normalisation, spaces
dropped: بيونغ يانغ / بيونغيانغ; near-identical with rapidfuzz: ترمب / ترامب، النروج /
النرويج), or when a person's shorter name is part of a fuller one (زيلينسكي ⊂ فولوديمير
زيلينسكي). Short references (الصندوق) and descriptions (الرئيس الأوكراني) only ever join an
entity already named in the document. `canonical` is the fullest form in the document (for a
country: its usual name when the document uses it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from marsad.extract.entities.gazetteer import (
    common_words,
    country_names,
    gazetteer,
    loc_heads,
    name_words,
    org_words,
)
from marsad.extract.entities.mentions import Mention, Stream, words
from marsad.extract.entities.roles import Description
from marsad.text.normalize import normalize_phrase

WORD_SIMILARITY = 85.0  # one name word spelled two ways (ترمب / ترامب)
NAME_SIMILARITY = 90.0  # a whole name spelled two ways (النروج / النرويج)
MIN_FUZZY_CHARS = 4
_TYPE_WEIGHT = {"gazetteer": 3.0, "org": 1.5, "tagger": 1.0, "alias": 0.5, "propagated": 0.5}


@dataclass(slots=True)
class Group:
    mentions: list[Mention]
    type: str
    canonical: str
    role: str | None = None
    affiliation: str | None = None


class _Union:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, a: int) -> int:
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def similar_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_CHARS:
        return False
    return fuzz.ratio(a, b) >= WORD_SIMILARITY


def similar_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ca, cb = "".join(a), "".join(b)
    if ca == cb:
        return True
    if min(len(ca), len(cb)) < MIN_FUZZY_CHARS + 1 or ca[:1] != cb[:1]:
        return False
    return fuzz.ratio(ca, cb) >= NAME_SIMILARITY


def part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Every significant word of `short` is (nearly) a word of `full`.

    One word alone must be the family name ending the full name (زيلينسكي، الحمزي — not the
    grandfather of a patronymic chain: عبدالعزيز is not محمد بن نايف بن عبدالعزيز), the first
    word of a three-word name without a chain (يون ⊂ يون سوك يول), or the first name of a
    patronymic name (فيصل ⊂ فيصل بن خالد); "محمد" alone is not "محمد فاضل".
    """
    linkers = name_words().linkers
    keep = [w for w in short if w not in linkers]
    if not keep or len(short) >= len(full):
        return False
    if len(short) == 1:
        word = short[0]
        if similar_word(word, full[-1]) and full[-2] not in linkers:
            return True
        if word != full[0]:
            return False
        chained = any(w in linkers for w in full)
        return (len(full) >= 3 and not chained) or full[1] in linkers
    if _patronymic(short, full, linkers):
        return False
    return all(any(similar_word(w, f) for f in full) for w in keep)


def _patronymic(short: tuple[str, ...], full: tuple[str, ...], linkers: frozenset[str]) -> bool:
    """Is `short` (عبد العزيز) inside `full` only as the father's name of a chain (خالد بن
    عبد العزيز الفالح), not its end? The king of 'جامعة الملك عبد العزيز' is not the minister."""
    n = len(short)
    spots = [p for p in range(1, len(full) - n) if full[p : p + n] == short]
    return bool(spots) and all(full[p - 1] in linkers for p in spots)


def group_mentions(stream: Stream, mentions: list[Mention], text: str) -> list[Group]:
    """Mentions (PER, ORG, LOC, MISC) grouped into entities, in order of first mention."""
    n = len(mentions)
    index = {id(m): k for k, m in enumerate(mentions)}
    forms = [words(stream, m) for m in mentions]
    uf = _Union(n)
    for k, m in enumerate(mentions):
        for other in m.links:
            if id(other) in index:
                uf.union(k, index[id(other)])
    by_key: dict[str, int] = {}
    for k, m in enumerate(mentions):
        if m.key is not None:
            uf.union(k, by_key.setdefault(f"{m.type}:{m.key}", k))
    by_form: dict[tuple[str, ...], list[int]] = {}
    for k, form in enumerate(forms):
        by_form.setdefault(form, []).append(k)
    for ks in by_form.values():  # the same words: one entity unless gazetteer keys differ
        for k in ks[1:]:
            if _compatible(mentions[ks[0]], mentions[k]):
                uf.union(ks[0], k)
    reps = [ks[0] for ks in by_form.values()]
    for x, a in enumerate(reps):  # spelling variants, compared once per distinct form
        for b in reps[:x]:
            if _same_name(mentions[a], mentions[b], forms[a], forms[b]):
                uf.union(a, b)
    _join_parts(mentions, forms, by_form, uf)
    clusters: dict[int, list[int]] = {}
    for k in range(n):
        clusters.setdefault(uf.find(k), []).append(k)
    groups = [_make_group(stream, [mentions[k] for k in ks], text) for ks in clusters.values()]
    groups.sort(key=lambda g: g.mentions[0].i)
    return groups


def _compatible(a: Mention, b: Mention) -> bool:
    return a.key is None or b.key is None or a.key == b.key


def _same_name(a: Mention, b: Mention, fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    if not _compatible(a, b):
        return False
    if fa == fb:
        return True
    if a.type != b.type or "MISC" in (a.type, b.type):
        return False
    if a.type == "ORG" and _bare_head(fa) == _bare_head(fb):
        return True  # النادي الأهلي / نادي الأهلي
    return similar_name(fa, fb)


def _bare_head(form: tuple[str, ...]) -> tuple[str, ...]:
    """An organisation's words with its head noun's article dropped."""
    head = form[0]
    if head.startswith("ال") and head[2:] in org_words().heads:
        return (head[2:], *form[1:])
    return form


def _join_parts(
    mentions: Sequence[Mention],
    forms: Sequence[tuple[str, ...]],
    by_form: dict[tuple[str, ...], list[int]],
    uf: _Union,
) -> None:
    """A shorter person (or organisation, or place) name joins the nearest fuller name
    containing it; each pair of distinct forms is compared once."""
    tests = {"PER": part_of, "ORG": _org_part_of, "LOC": _place_part_of}
    fuller: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    longer = [form for form in by_form if len(form) > 1]
    for a, m in enumerate(mentions):
        test = tests.get(m.type)
        if test is None or (m.type == "LOC" and m.key is not None):
            continue
        key = (m.type, forms[a])
        if key not in fuller:
            fuller[key] = [
                b
                for form in longer
                if len(form) > len(forms[a]) and test(forms[a], form)
                for b in by_form[form]
                if mentions[b].type == m.type
            ]
        candidates = fuller[key]
        if not candidates:
            continue
        roots = {uf.find(b) for b in candidates}
        if len(roots) > 1:  # two people share the word: take the nearest one before
            before = [b for b in candidates if mentions[b].i < m.i]
            best = min(before or candidates, key=lambda b: abs(mentions[b].i - m.i))
            uf.union(a, best)
        else:
            uf.union(a, candidates[0])


def _org_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """مجلس الأمن ⊂ مجلس الأمن الدولي; داعش = تنظيم داعش, الأناضول = وكالة الأناضول للأنباء
    (the name without its head word, when that name is no ordinary word)."""
    if len(short) >= len(full):
        return False
    if len(short) == 1:
        word = short[0]
        named = len(full) == 2 or word in gazetteer() or word not in common_words()
        if full[0] == word and _known_org(word):
            return True  # الترجي = الترجي الرياضي التونسي: a known name opening the fuller one
        return full[0] in org_words().heads and full[1] == word and named
    return all(w in full for w in short)


def _known_org(word: str) -> bool:
    """Is the word alone an organisation's name in the gazetteer (الترجي، حماس)?"""
    return any(e.kind == "org" and len(e.words) == 1 for e in gazetteer().get(word, ()))


def _place_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """الأنبار = محافظة الأنبار: a place named with and without its place noun."""
    return len(full) == len(short) + 1 and full[0] in loc_heads() and full[1:] == short


def _make_group(stream: Stream, members: list[Mention], text: str) -> Group:
    members.sort(key=lambda m: m.i)
    weights: dict[str, float] = {}
    for m in members:
        weight = _TYPE_WEIGHT.get(m.source, 1.0) + (2.0 if m.key else 0.0)
        weights[m.type] = weights.get(m.type, 0.0) + weight
    type_ = max(weights, key=lambda t: weights[t])
    return Group(members, type_, canonical_name(stream, members, text))


def mention_text(stream: Stream, m: Mention, text: str) -> str:
    start = stream.tokens[m.i].start + m.skip
    return text[start : stream.tokens[m.j - 1].end]


def display_text(stream: Stream, m: Mention, text: str) -> str:
    """The mention as a name: للأمم المتحدة gives the span "لأمم المتحدة", shown with its
    article restored ("الأمم المتحدة")."""
    raw = mention_text(stream, m, text)
    if m.skip and words(stream, m)[0].startswith("ال") and raw.startswith("ل"):
        return "ا" + raw
    return raw


def canonical_name(stream: Stream, members: Sequence[Mention], text: str) -> str:
    """The fullest form; for a country, its usual name when the document uses it."""
    names = [display_text(stream, m, text) for m in members if m.source != "description"]
    if not names:
        return display_text(stream, members[0], text)
    keys = dict.fromkeys(m.key for m in members if m.key)  # in order: a set's varies by run
    for key in keys:
        usual = normalize_phrase(country_names().get(key, ""))
        for name in names:
            if usual and normalize_phrase(name) == usual:
                return name
    counts = Counter(names)
    return max(names, key=lambda s: (len(s.split()), counts[s], len(s)))


def join_references(
    stream: Stream, groups: list[Group], refs: Sequence[Mention], text: str
) -> None:
    """الصندوق / المديرية join the nearest organisation named before with that head word."""
    for ref in refs:
        head = words(stream, ref)[0]
        bare = head[2:] if head.startswith("ال") else head
        best: Group | None = None
        for g in groups:
            if g.type != "ORG" or g.mentions[0].i >= ref.i:
                continue
            later = best is None or g.mentions[0].i > best.mentions[0].i
            if later and any(_head_of(stream, m) == bare for m in g.mentions):
                best = g
        if best is not None:
            best.mentions.append(ref)
            best.mentions.sort(key=lambda m: m.i)


def _head_of(stream: Stream, m: Mention) -> str:
    head = words(stream, m)[0]
    return head[2:] if head.startswith("ال") else head


def join_descriptions(stream: Stream, groups: list[Group], descs: Sequence[Description]) -> None:
    """الرئيس الأوكراني joins the one person with that role and affiliation, if any."""
    for d in descs:
        role = _bare(d.role)
        aff = normalize_phrase(d.affiliation_key or "")
        if d.affiliation is not None:
            owner = next((g for g in groups if d.affiliation in g.mentions), None)
            aff = normalize_phrase(owner.canonical) if owner else ""
        matches = [
            g
            for g in groups
            if g.type == "PER"
            and g.role is not None
            and _bare(g.role) == role
            and aff
            and normalize_phrase(g.affiliation or "") == aff
        ]
        if len(matches) == 1:
            desc = Mention(d.i, d.j, "PER", "description", d.skip, confidence=0.7)
            matches[0].mentions.append(desc)
            matches[0].mentions.sort(key=lambda m: m.i)


def _bare(role: str) -> str:
    words_ = normalize_phrase(role).split()
    return " ".join(w[2:] if w.startswith("ال") else w for w in words_)


def set_roles(groups: Sequence[Group]) -> None:
    """Entity-level role and affiliation: from the first mention that has them."""
    owner_of = {id(m): g for g in groups for m in g.mentions}
    for g in groups:
        for m in g.mentions:
            if m.role is None:
                continue
            g.role = m.role
            if m.affiliation is not None and id(m.affiliation) in owner_of:
                g.affiliation = owner_of[id(m.affiliation)].canonical
            else:
                g.affiliation = m.affiliation_text
            break
