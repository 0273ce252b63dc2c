"""Tagger spans that hold two names: a place or an organisation before a person (بيونغ يانغ
ألكسندر ماتسيجورا، مسجد برمنجهام محمد فاضل), or a body inside a person's span (الأستاذ الفخري
بجامعة بينجهامتون). Each part keeps its own type.
"""

from __future__ import annotations

from marsad.extract.entities.correct import NAME_KINDS
from marsad.extract.entities.gazetteer import loc_heads, name_readings, org_words, skip_chars
from marsad.extract.entities.mentions import Mention, Stream, match_in, words
from marsad.extract.entities.titles import title_before
from marsad.text.tokens import Token


def split_leading_places(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A span that starts with a known place or organisation and runs on is two mentions: the
    known name, and what follows (a person when a title precedes: السفير الروسي لدى بيونغ يانغ
    ألكسندر …، المتحدثة باسم البنتاغون سابرينا سينغ). An organisation named after a place
    (واشنطن بوست) stays whole unless a title precedes."""
    out: list[Mention] = []
    for m in mentions:
        match = None
        if m.source == "tagger" and m.j - m.i > 1:
            match = match_in(stream, m.i, NAME_KINDS)
        if match is None or match.end >= m.j:
            out.append(m)
            continue
        titled = title_before(stream, m.i)
        if "ORG" in (m.type, match.entry.type) and (not titled or m.j - match.end < 2):
            out.append(m)  # واشنطن بوست, مدرب مانشستر يونايتد: a body named after a place
            continue
        entry = match.entry
        place = Mention(m.i, match.end, entry.type, "gazetteer", match.skip, entry.key, 0.9)
        rest = Mention(match.end, m.j, "PER" if titled else m.type, "tagger", 0, None, 0.7)
        out.extend([place, rest])
    return out


def split_leading_heads(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A person span that opens with a place or organisation noun and its complement is that
    place or organisation, then the person: "مسجد برمنجهام محمد فاضل" (after مدير). An
    organisation span that opens with a place noun is a place (محافظة الأنبار)."""
    heads, places = org_words().heads, loc_heads()
    out: list[Mention] = []
    for m in mentions:
        first = words(stream, m)[0]
        if m.type in ("ORG", "MISC") and m.source == "tagger" and first in places:
            m.type = "LOC"  # جزيرة إيكس، محافظة الأنبار
        if m.type == "PER" and m.j - m.i >= 3 and (first in heads or first in places):
            kind = "LOC" if first in places else "ORG"
            out.append(Mention(m.i, m.i + 2, kind, "tagger", m.skip, None, 0.7))
            m.i, m.skip = m.i + 2, 0
        elif m.type == "PER" and (k := _inner_head(stream, m)) is not None:
            skip = skip_chars(stream.tokens[k], _head_reading(stream.tokens[k]) or "")
            out.append(Mention(k, m.j, "ORG", "tagger", skip, None, 0.7))
            m.j = k  # الأستاذ الفخري | بجامعة بينجهامتون
        elif m.type == "PER" and m.j - m.i >= 3 and m.i > 0 and not m.skip:
            before = stream.tokens[m.i - 1].norm  # مدير مسجد | برمنجهام محمد فاضل
            if stream.same_sentence(m.i - 1, m.i) and (before in heads or before in places):
                kind = "LOC" if before in places else "ORG"
                out.append(Mention(m.i - 1, m.i + 1, kind, "tagger", 0, None, 0.7))
                m.i += 1
        out.append(m)
    return out


def _head_reading(token: Token) -> str | None:
    heads = org_words().heads
    return next((r for r in name_readings(token) if r in heads), None)


def _inner_head(stream: Stream, m: Mention) -> int | None:
    """A token inside a person span (not its first or last) that opens an organisation."""
    for k in range(m.i + 1, m.j - 1):
        if _head_reading(stream.tokens[k]) is not None:
            return k
    return None
