"""A speaker phrase that opens with a title or a rank: "المتحدثة باسم البنتاغون سابرينا سينغ"
(the title, what it is of, the name after it), "المهندس خالد بن سعد العمري" (a rank and the
name it opens). `speakers.parse_speaker` calls these once it has matched the title or rank."""

from __future__ import annotations

from marsad.document import Entity
from marsad.extract.quotes.speaker_names import (
    Mention,
    after_body,
    attach_entity,
    described_end,
    index_at,
    name_closed,
    name_run,
    people_title,
    span_text,
    sure_name,
)
from marsad.extract.quotes.speaker_words import (
    BREAK_PUNCT,
    MAX_WORDS,
    SpeakerLexicon,
    Word,
    hard_stop,
    in_set,
    is_definite,
    match_rank,
    match_title,
)


def titled_phrase(
    ws: list[Word],
    i: int,
    title: tuple[int, str],
    lex: SpeakerLexicon,
    entities: list[Entity] | None,
) -> Mention:
    """A title, what it is of, and the name after it."""
    n, gender = title
    j = i + n
    rank_at = -1
    people = False
    while j < len(ws) and j - i < MAX_WORDS:
        close = _aside_close(ws, j) if j > i + n else j
        if close > j:
            j = close  # "رئيس الجمعية الوطنية (الغرفة السفلى من البرلمان)، X": an aside
            continue
        if hard_stop(ws, j, lex, in_title=True):
            break
        if j > i + n and ws[j].norm in lex.object_heads and is_definite(ws[j - 1].norm):
            break  # "ونفى مسؤول البلدية تقارير حول …": the construct closed, the object follows
        r = match_rank(ws, j, lex)
        if r:
            rank_at = j
            j += r
            continue
        if j > i + n and rank_at < 0 and match_title(ws, j, lex) and name_run(ws, i + n, j, lex):
            break  # a second title after a name: an apposition
        j += 1
    end_i = j
    mention = Mention(ws[i].start, ws[end_i - 1].end, "description", gender=gender)
    mention.role = span_text(ws, i, i + n)
    if rank_at >= 0:
        lo = rank_at + match_rank(ws, rank_at, lex)
        while lo < end_i and is_definite(ws[lo].norm) and ws[lo].norm.endswith(("ي", "يه")):
            lo += 1
        if lo < end_i:
            mention.name = (ws[lo].start, ws[end_i - 1].end)
        aff_end = rank_at
    else:
        lo_name = i + n + (0 if is_definite(ws[i + n - 1].norm) else 1)
        mention.name = name_run(ws, min(lo_name, end_i), end_i, lex)
        if mention.name and mention.name[1] - mention.name[0] < 2:
            mention.name = None  # "الشيخ و|قال": the و of the cue is no name
        if mention.name and after_body(mention.name[0], ws):
            mention.name = None  # "مدير فريق هجر": هجر names the team
        if (
            mention.name
            and people_title(ws, i, n, lex)
            and not sure_name(ws, mention.name, lex, entities)
        ):
            mention.name = None  # "المواطن وعند حضوره": after a people noun, only a clear name
        # a title with ال takes no genitive: with no name, its description ends at the first
        # bare indefinite word ("أكد الوزير أهمية التنسيق": the object)
        people = mention.name is None and (
            people_title(ws, i, n, lex) or is_definite(ws[i + n - 1].norm)
        )
        aff_end = index_at(ws, mention.name[0]) if mention.name else end_i
    if aff_end > i + n:
        mention.affiliation = span_text(ws, i + n, aff_end)
    if mention.name:
        mention.kind = "person"
    elif in_set(ws[i].norm, lex.unnamed) and not is_definite(ws[i].norm):
        mention.kind = "unnamed"
    unnamed = mention.name is None
    attach_entity(mention, entities, ws)
    if unnamed and mention.name is not None and mention.name[1] < mention.end:
        # "وانتقد الوزير X بعض الأطراف": the tagged name closes the phrase; what is between
        # the title and the name is the affiliation, what follows it the verb's object
        at = index_at(ws, mention.name[0])
        mention.end = mention.name[1]
        mention.affiliation = span_text(ws, i + n, at) if at > i + n else None
    if people and mention.name is None:
        cut = described_end(ws, i + n, end_i, lex)  # "المتهم في القضية", "المدير التنفيذي لشركة X"
        named = name_closed(ws, cut, lex)  # "السفير علي محمد العياشي القنصل العام"
        if named is not None and not people_title(ws, i, n, lex) and len(ws[cut].norm) > 1:
            mention.name, mention.kind = (ws[cut].start, ws[named - 1].end), "person"
            mention.end = ws[named - 1].end
        else:
            mention.end = ws[cut - 1].end
        mention.affiliation = span_text(ws, i + n, cut) if cut > i + n else None
    return mention


def ranked_name(
    ws: list[Word], i: int, n: int, lex: SpeakerLexicon, entities: list[Entity] | None
) -> Mention:
    """ "المهندس خالد بن سعد العمري، المتحدث …": a rank, then a name that ends at its first
    ال-word (the family name), at a title or at a stop."""
    j = i + n
    k = j
    while k < len(ws) and k - j < 6 and not hard_stop(ws, k, lex, in_title=False):
        if k > j and (match_title(ws, k, lex) or in_set(ws[k].norm, lex.unnamed)):
            break  # an apposition: "علي الشهراني المتحدث الإعلامي"
        k += 1
        if is_definite(ws[k - 1].norm) and ws[k - 2].norm not in lex.joiners:
            break  # "العمري": the family name closes the name
    key = tuple(w.norm for w in ws[i : i + n])
    gender = lex.titles.get(key, lex.ranks[key])
    mention = Mention(ws[i].start, ws[k - 1].end, "person", gender=gender)
    mention.role = span_text(ws, i, j)
    mention.name = span_text(ws, j, k)
    attach_entity(mention, entities, ws)
    return mention


def _aside_close(ws: list[Word], j: int) -> int:
    """Index after a "( … )" of at most 8 words at `j` inside a title, or `j`."""
    if ws[j].norm != "(":
        return j
    for k in range(j + 1, min(j + 10, len(ws))):
        if ws[k].norm == ")":
            return k + 1 if k > j + 1 else j
        if ws[k].norm in BREAK_PUNCT or ws[k].norm == "(":
            return j
    return j
