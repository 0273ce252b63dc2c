"""Subjects that open a sentence, for figure sources (`sources.py`): a noun phrase before an
imperfect verb of saying ("مواطن يؤكد …"), and the subject of the opening verb that a participle
carries ("ابتكر أستاذ جامعي …، مؤكدا أن …"), and a subject named in quote marks
("أعلنت «شل» عن …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.document import Agent
from marsad.extract.amounts.source_cues import cues
from marsad.extract.amounts.source_words import (
    CLOSER,
    KINDS,
    THAT,
    Tok,
    is_time_word,
    names_a_source,
    stops,
)
from marsad.extract.numeric.shadow import fold

if TYPE_CHECKING:
    from marsad.extract.amounts.sources import Sources


# what follows a participle of saying ("مشيرا إلى أن", "مضيفة أن"), not a noun with a pronoun
# ("بتعادله مع مضيفه": his host, folded like مضيفة)
_REPORTS = THAT | {"الي", "بان", "انه", "ان"}


def fronted_subject(src: Sources, s_start: int, v_start: int) -> Agent | None:
    """ "داود أوغلو يعلن اعتقال 590 …", "مواطن يؤكد تلقيه 6 خطايا": a short noun phrase
    opening the sentence before an imperfect verb of saying is its subject."""
    verb = src.shadow.text[v_start : v_start + 2]
    if not (verb[:1] in "يت" or (verb[:1] in "وف" and verb[1:2] in "يت")):
        return None
    toks = src.tokens(s_start, v_start)
    cut = max((k + 1 for k, t in enumerate(toks) if t.text == ":"), default=0)
    toks = toks[cut:]  # after a headline's label ("خطايا الرادار : مواطن يؤكد …")
    if not 1 <= len(toks) <= 4 or not all(t.text.isalpha() for t in toks):
        return None
    if any(stops(t.text) or is_time_word(t.text) or t.text in cues().not_fronted for t in toks):
        return None
    return src._agent(toks[0].start, toks[-1].end, "")


def participle_credit(src: Sources, s_start: int, s_end: int, limit: int) -> Agent | None:
    """ "ابتكر أستاذ جامعي طريقة …، مؤكدا أن دقتها 94%": a participle with no verb of
    saying before it carries the subject of the sentence's opening verb."""
    if s_start not in src._participles:  # one search per sentence, its first participle
        at, agent = s_end, None
        verbs = src._verbs(s_start, s_end)
        end = verbs[0][0] if verbs else s_end  # past a verb of saying, that verb's subject
        m = cues().participle_re.search(src.shadow.text, s_start, end)
        nxt = src.shadow.text[m.end() : m.end() + 12].split()[:1] if m else []
        if m is not None and nxt and (nxt[0] in _REPORTS or nxt[0][:1] in ':"«'):
            at, toks = m.start(), src.tokens(s_start, m.start())
            if len(toks) >= 3 and toks[0].text.isalpha():
                agent = opening_subject(src, toks)
        src._participles[s_start] = (at, agent)
    at, agent = src._participles[s_start]
    return agent if at < limit else None


def opening_subject(src: Sources, toks: list[Tok]) -> Agent | None:
    """The subject after a sentence's opening verb, up to a tagged name in it, else its
    head noun and the word after ("وافتتح وزير الصحة المستشفى" → وزير الصحة)."""
    agent = src._subject(toks, 1, until_clause=False)
    if agent is None:
        return None
    start, end = src.shadow.to_shadow(agent.start), src.shadow.to_shadow(agent.end)
    for e_start, e_end, e_type, _ in src.entities:
        if start <= e_start < end:
            return src._agent(start, min(e_end, end), KINDS[e_type])
    head = src.tokens(start, end)
    if not head or not names_a_source(Agent(head[0].text, 0, 0)):
        return None
    return src._agent(start, head[min(len(head), 2) - 1].end, "")


def marked_subject(src: Sources, toks: list[Tok], j: int, kind: str) -> Agent | None:
    """ "أعلنت «شيفرون»، شركة …": one to three words in quote marks, then a comma, a
    preposition or إن/أن, name the subject; longer marked words are what was said."""
    close = CLOSER[toks[j].text]
    for k in range(j + 1, min(j + 5, len(toks))):
        if toks[k].text == close:
            inside, after = toks[j + 1 : k], toks[k + 1 : k + 2]
            named = inside and all(t.text.isalpha() and not stops(t.text) for t in inside)
            closed = not after or after[0].text in ",،" or stops(after[0].text)
            if named and closed:
                return src._agent(inside[0].start, inside[-1].end, kind)
            return None
    return None


_RELATIVE = frozenset(fold(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان"))


def relative_subject(src: Sources, v_start: int) -> tuple[bool, Agent | None]:
    """ "مدير الدورة جمال بن حسين الذي أكد اهتمام القطاعين …": after a relative pronoun the
    verb's subject is the name before it (a tagged person or body), never the words after the
    verb; (True, None) when no name is tagged there, (False, None) after no relative."""
    before = src.shadow.text[max(0, v_start - 12) : v_start].split()
    if not before or before[-1] not in _RELATIVE:
        return False, None
    at = src.shadow.text.rfind(before[-1], 0, v_start)
    for e_start, e_end, e_type, _ in src.entities:
        if at - 3 <= e_end <= at and src.shadow.text[e_end:at].strip(" ،,") == "":
            return True, src._agent(e_start, e_end, KINDS[e_type])
    return True, None
