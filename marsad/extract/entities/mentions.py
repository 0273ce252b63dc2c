"""Mentions as token ranges: from IOB2 tags, with proclitics trimmed off their first word.

The entities stage works on one flat list of the document's tokens (`Stream`), sentence by
sentence; a `Mention` is a range of those tokens, minus `skip` characters of its first token
(the proclitic: وروسيا → روسيا). Later passes correct, extend, drop and group mentions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from marsad.document import Document, Span
from marsad.extract.entities.gazetteer import (
    Match,
    common_words,
    gazetteer,
    loc_heads,
    match_at,
    name_readings,
    org_words,
    readings_of,
    skip_chars,
)
from marsad.extract.entities.words import person_words
from marsad.text.sentences import sentences
from marsad.text.tokens import Token, proclitic_stems, tokenize

TYPES = ("PER", "ORG", "LOC", "MISC")
_TYPE_ALIASES = {"PERS": "PER", "PERSON": "PER", "GPE": "LOC", "ORGANIZATION": "ORG"}


@dataclass(slots=True)
class Stream:
    """The document's tokens in order, with the sentence each belongs to."""

    tokens: list[Token]
    sentence: list[int]
    bounds: list[tuple[int, int]]  # token range of each sentence
    memo: dict[tuple[object, ...], object] = field(default_factory=dict)  # per-token lookups

    def sentence_tokens(self) -> list[list[Token]]:
        return [self.tokens[a:b] for a, b in self.bounds]

    def same_sentence(self, i: int, j: int) -> bool:
        """Tokens i..j-1 lie in one sentence."""
        return 0 <= i < j <= len(self.tokens) and self.sentence[i] == self.sentence[j - 1]


@dataclass(slots=True, eq=False)
class Mention:
    i: int  # first token
    j: int  # one past the last token
    type: str
    source: str  # tagger | gazetteer | org | alias | propagated | description
    skip: int = 0  # characters of token i before the mention (a proclitic)
    key: str | None = None  # gazetteer key: a country code or a normalised name
    confidence: float = 0.9
    role: str | None = None
    role_at: tuple[int, int] | None = None  # tokens of the title phrase before the name
    affiliation: Mention | None = None  # the mention naming the affiliation
    affiliation_text: str | None = None  # affiliation given by a nationality adjective
    links: list[Mention] = field(default_factory=list)  # mentions naming the same entity

    def overlaps(self, i: int, j: int) -> bool:
        return self.i < j and i < self.j

    def inside(self, i: int, j: int) -> bool:
        return i <= self.i and self.j <= j


def tokens_reading(stream: Stream, firsts: Container[str]) -> list[int]:
    """Tokens with a reading in `firsts` (a set built for this document), in order."""
    found = [
        k
        for norm, ks in word_positions(stream).items()
        if any(r in firsts for r in readings_of(norm))
        for k in ks
    ]
    return sorted(found)


def positions(stream: Stream, name: str, keys: Container[str]) -> frozenset[int]:
    """Tokens with a reading in `keys` (a lexicon's first words), computed once per stream:
    every scan below visits only these instead of every token. All lexicons known so far are
    looked up in one pass over the stream's distinct words."""
    key = ("positions", name)
    if key not in stream.memo:
        if name not in _KEYS:
            _KEYS[name] = keys
            _lexicons_of.cache_clear()
        found: dict[str, list[int]] = {n: [] for n in _KEYS}
        for norm, ks in word_positions(stream).items():
            for n in _lexicons_of(norm):
                found[n].extend(ks)
        for n, ks in found.items():
            stream.memo.setdefault(("positions", n), frozenset(ks))
    return stream.memo[key]  # type: ignore[return-value]


def word_positions(stream: Stream) -> dict[str, list[int]]:
    """Each distinct word of the stream → the tokens where it occurs."""
    key = ("words",)
    if key not in stream.memo:
        found: dict[str, list[int]] = {}
        for k, t in enumerate(stream.tokens):
            if t.kind == "word" or t.kind == "latin":
                found.setdefault(t.norm, []).append(k)
        stream.memo[key] = found
    return stream.memo[key]  # type: ignore[return-value]


_KEYS: dict[str, Container[str]] = {}  # lexicon name → its first words (fixed per process)


@lru_cache(maxsize=262144)
def _lexicons_of(norm: str) -> tuple[str, ...]:
    """The lexicons (of those known so far) a word can start an entry of."""
    readings = readings_of(norm)
    return tuple(n for n, keys in _KEYS.items() if any(r in keys for r in readings))


def match_in(stream: Stream, i: int, kinds: frozenset[str]) -> Match | None:
    """`match_at` on the stream's tokens, looked up once per token and kinds."""
    if i not in positions(stream, "gazetteer", gazetteer()):
        return None
    key = ("match", i, kinds)
    if key not in stream.memo:
        stream.memo[key] = match_at(stream.tokens, i, kinds)
    return stream.memo[key]  # type: ignore[return-value]


def build_stream(doc: Document) -> Stream:
    tokens: list[Token] = []
    sentence: list[int] = []
    bounds: list[tuple[int, int]] = []
    for n, sent in enumerate(sentences(doc.text)):
        toks = tokenize(doc.text, sent.start, sent.end)
        if not toks:
            continue
        bounds.append((len(tokens), len(tokens) + len(toks)))
        tokens.extend(toks)
        sentence.extend([n] * len(toks))
    return Stream(tokens, sentence, bounds)


def char_span(stream: Stream, m: Mention, text: str) -> Span:
    start = stream.tokens[m.i].start + m.skip
    end = stream.tokens[m.j - 1].end
    return Span(text[start:end], start, end)


def words(stream: Stream, m: Mention) -> tuple[str, ...]:
    """The mention's normalised words, its first word without the trimmed proclitic."""
    key = ("words", m.i, m.j, m.skip)
    if key not in stream.memo:
        stream.memo[key] = _words(stream, m)
    return stream.memo[key]  # type: ignore[return-value]


def _words(stream: Stream, m: Mention) -> tuple[str, ...]:
    first = stream.tokens[m.i]
    head = first.norm
    if m.skip:
        head = _reading_after(first, m.skip)
    return (head, *(t.norm for t in stream.tokens[m.i + 1 : m.j]))


def _reading_after(token: Token, skip: int) -> str:
    """The reading left after `skip` characters; of two (للجنة: ل + لجنة or ل + الجنة) the
    one a lexicon knows (an organisation head, a gazetteer name)."""
    found = [r for r in proclitic_stems(token.norm) if skip_chars(token, r) == skip]
    if not found:
        return token.norm
    return next((r for r in found if _known(r, ())), found[0])


def normalise_tag(tag: str) -> tuple[str, str]:
    """("B"|"I"|"O", TYPE) from an IOB2 tag; unknown types read as MISC."""
    if not tag or tag == "O" or "-" not in tag:
        return "O", ""
    prefix, label = tag.split("-", 1)
    label = _TYPE_ALIASES.get(label.upper(), label.upper())
    return prefix.upper(), label if label in TYPES else "MISC"


def decode(stream: Stream, tags: Sequence[Sequence[str]]) -> list[Mention]:
    """Spans from IOB2 tags (one list per sentence); a stray I- opens a span."""
    mentions: list[Mention] = []
    for (a, b), sent_tags in zip(stream.bounds, tags, strict=False):
        open_span: Mention | None = None
        for k, tag in enumerate(sent_tags[: b - a]):
            i = a + k
            prefix, label = normalise_tag(tag)
            token = stream.tokens[i]
            named = token.kind in ("word", "latin", "num")
            if open_span is not None and prefix == "I" and label == open_span.type and named:
                open_span.j = i + 1
                continue
            open_span = None
            if prefix in ("B", "I") and token.is_word:
                open_span = Mention(i, i + 1, label, "tagger")
                mentions.append(open_span)
    return mentions


def evidence_words(stream: Stream, mentions: Iterable[Mention]) -> Counter[str]:
    """Normalised words inside mentions (how many mentions hold each): proof that a bare
    reading is a name here."""
    found: Counter[str] = Counter()
    for m in mentions:
        found.update({t.norm for t in stream.tokens[m.i : m.j]})
    return found


def trim_proclitic(stream: Stream, m: Mention, evidence: Counter[str]) -> None:
    """Drop a proclitic the tagger left on the first word (وروسيا → روسيا; وزارة stays)."""
    token = stream.tokens[m.i]
    readings = name_readings(token)
    if len(readings) == 1 or _known(token.norm, ()):
        return
    known = [r for r in readings[1:] if _known(r, evidence) and len(r) >= 3]
    if known:
        m.skip = skip_chars(token, max(known, key=len))
        return
    definite = [
        r
        for r in readings[1:]
        if r.startswith("ال") and len(r) > 3 and "ك" not in token.norm[: len(token.norm) - len(r)]
    ]  # not through كـ: وكاليفورنيا is و + كاليفورنيا
    if definite:  # names do not start with وال / بال / لل: the article is the name's own
        m.skip = skip_chars(token, max(definite, key=len))
        return
    bare_name = token.norm[1:]
    if (
        m.type == "PER"
        and token.norm[:1] in ("و", "ف")
        and token.norm not in person_words()
        and token.norm not in common_words()  # وسام: a name and a word, never و + سام
        and bare_name in person_words()
        and bare_name in readings
    ):  # وطه حسين، وفلاح جابر: the conjunction on a word the NER corpora know in names
        m.skip = skip_chars(token, bare_name)
        return
    if m.type == "PER" and token.norm not in common_words() and evidence[token.norm] < 2:
        # خلفا لفيصل: a frequent name behind one proclitic letter, the whole word rare
        # (لطفي، وليد keep their first letter: طفي، ليد are no words; فينجر named in full
        # elsewhere keeps its فـ)
        bare = [r for r in readings[1:] if len(token.norm) - len(r) == 1 and len(r) >= 3]
        if bare and bare[0] in common_words():
            m.skip = skip_chars(token, bare[0])


def trim_coordination(stream: Stream, mentions: Sequence[Mention]) -> None:
    """In "كوني ياتس وكريس غارد" the و of the second name is the conjunction: a mention right
    after another one of the same type drops a leading و that leaves a word of 3+ letters."""
    for prev, m in pairwise(mentions):
        token = stream.tokens[m.i]
        if (
            prev.j == m.i
            and prev.type == m.type
            and not m.skip
            and token.norm.startswith("و")
            and len(token.norm) > 3
            and stream.same_sentence(prev.i, m.j)
        ):
            m.skip = skip_chars(token, token.norm[1:])


def _known(word: str, evidence: Container[str]) -> bool:
    heads = org_words().heads
    bare = word[2:] if word.startswith("ال") else word
    return word in gazetteer() or bare in heads or bare in loc_heads() or word in evidence


def covering(mentions: Sequence[Mention], i: int, j: int) -> list[int]:
    """Indices of mentions overlapping tokens i..j-1."""
    return [k for k, m in enumerate(mentions) if m.overlaps(i, j)]


def mention_at(mentions: Sequence[Mention], i: int) -> Mention | None:
    for m in mentions:
        if m.i <= i < m.j:
            return m
    return None


def owner_map(mentions: Sequence[Mention], n: int) -> list[Mention | None]:
    """For each of `n` tokens, the mention it belongs to (None outside mentions)."""
    owners: list[Mention | None] = [None] * n
    for m in mentions:
        for k in range(m.i, m.j):
            owners[k] = m
    return owners
