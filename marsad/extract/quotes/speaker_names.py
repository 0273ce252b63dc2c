"""Which words of a speaker phrase are the name, and what the entities stage says about it.

Small judgements used by `speakers.parse_speaker`: the `Mention` it returns, the name at the
end of a title phrase (`name_run`: "وزير المالية محمد الجدعان", "للغرفة خالد محمد الحناكي"),
the entities layer's say on the name and its kind (`attach_entity`), names after a naming word
("وتدعى نورة الشمري"), and people nouns used like titles ("المواطن", "المتهم في القضية"),
which take a following name only when it is clearly one.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Entity
from marsad.extract.quotes.heads import head_kind, plural_word
from marsad.extract.quotes.speaker_words import (
    BREAK_PUNCT,
    SpeakerLexicon,
    Word,
    family_name,
    hard_stop,
    in_set,
    is_definite,
    is_name_word,
    match_title,
    norm_word,
    readings,
    speaker_lexicon,
)

PATRONYMIC = frozenset(["بن", "ابن", "بنت", "ابو", "ولد"])


@dataclass(slots=True)
class Mention:
    """A speaker phrase: `start`:`end` the whole phrase, `name` the name inside it (if any)."""

    start: int
    end: int
    kind: str  # person | organisation | document | unnamed | group | description | thing
    name: tuple[int, int] | None = None
    role: tuple[int, int] | None = None
    affiliation: tuple[int, int] | None = None
    gender: str | None = None  # from the title, when it tells
    alias: tuple[int, int] | None = None  # "(البنتاغون)" after the name
    entity: Entity | None = None
    quoted: bool = False  # the name was in quote marks ("وأضافت "نسمة" أن")


def person_at(start: int, limit: int, entities: list[Entity] | None) -> Entity | None:
    """The tagged person that starts at `start` and ends by `limit`, if any."""
    for e in entities or ():
        if e.start == start and e.type == "PER" and e.end <= limit:
            return e
    return None


def several(text: str, m: Mention) -> bool:
    """Does the phrase name several people ("أقارب المفقودين", "مغردون", "اللاعبان")? Not a
    tagged person ("كلينتون"), a body or a document."""
    if m.kind == "group":
        return True
    if m.kind in ("organisation", "document") or m.role is not None:
        return False
    if m.entity is not None and m.entity.type == "PER" and m.entity.start == m.start:
        return False
    space = text.find(" ", m.start, m.end)  # the first word, without splitting the phrase
    return plural_word(norm_word(text[m.start : space if space > 0 else m.end]))


def people_title(ws: list[Word], i: int, n: int, lex: SpeakerLexicon) -> bool:
    return n == 1 and any((r,) in lex.people_titles for r in readings(ws[i].norm))


def described_end(ws: list[Word], k: int, end: int, lex: SpeakerLexicon) -> int:
    """End of the description after a definite title or people noun: its ال adjectives,
    "في/ب + ال-word" phrases and ل/ب genitive chains ("لشركة أرامكو"), not a bare object."""
    chain = False  # inside a genitive opened by ل/ب ("لشركة أرامكو السعودية")
    while k < end:
        n = ws[k].norm
        if is_definite(n):
            k += 1
        elif (n in lex.title_preps and k + 1 < end) or (n[:1] in "لب" and len(n) > 3):
            k, chain = k + 1, True
        elif chain:
            k += 1
        else:
            break
    return k


def sure_name(
    ws: list[Word], name: tuple[int, int], lex: SpeakerLexicon, entities: list[Entity] | None
) -> bool:
    """A name for sure: tagged as a person, or closed by a family name or a patronymic."""
    if entities and any(e.type == "PER" and e.start == name[0] for e in entities):
        return True
    inside = [w for w in ws if name[0] <= w.start and w.end <= name[1]]
    return bool(inside) and (
        family_name(inside[-1], lex) or any(w.norm in PATRONYMIC for w in inside)
    )


def named_by(ws: list[Word], k: int, mention: Mention, lex: SpeakerLexicon) -> None:
    """ "أحد المتهمين ويدعى إبراهيم": the name after a naming word names the speaker."""
    j = k
    while j < len(ws) and j - k < 4 and not hard_stop(ws, j, lex, in_title=False):
        if is_definite(ws[j].norm) and not family_name(ws[j], lex):
            break
        j += 1
    if j > k:
        mention.name = (ws[k].start, ws[j - 1].end)
        mention.end = ws[j - 1].end
        mention.kind = "person"


def after_body(start: int, ws: list[Word]) -> bool:
    """Does the word at `start` follow a body's head word (so it names the body)?"""
    lex = speaker_lexicon()
    k = next((k for k, w in enumerate(ws) if w.start == start), 0)
    # an indefinite head in construct ("فريق هجر", "بنادي هجر"); after "البنتاغون" a name
    # is the person's
    return k > 0 and in_set(ws[k - 1].norm, lex.organisations) and not is_definite(ws[k - 1].norm)


def index_at(ws: list[Word], offset: int) -> int:
    return next(k for k, w in enumerate(ws) if w.start == offset)


def span_text(ws: list[Word], lo: int, hi: int) -> tuple[int, int]:
    return (ws[lo].start, ws[hi - 1].end)


def attach_entity(mention: Mention, entities: list[Entity] | None, ws: list[Word]) -> None:
    """Let the entities stage decide the name and its kind where it has a mention here."""
    if not entities:
        return
    # an entity cut inside a word ("ف|اليري") is the tagger's slip, not a name
    inside = [
        e
        for e in entities
        if e.type != "MISC"  # a MISC tag says nothing of who speaks ("جورج" in quote marks)
        and mention.start <= e.start
        and e.end <= mention.end
        and not any(w.start < e.start < w.end or w.start < e.end < w.end for w in ws)
    ]
    if not inside:
        return
    people = [e for e in inside if e.type == "PER"]
    pick = people[-1] if people else inside[0]
    # "الأمين العام لحلف شمال الأطلسي مارك روته" with the person missed by the tagger: the
    # organisation is the affiliation, not the speaker; keep the parsed name
    if pick.type != "PER" and (
        mention.role is not None or mention.kind not in ("organisation", "person")
    ):
        return
    # "الشركة المشغلة لمطار أبوظبي": a place or body inside the phrase is not what speaks
    if pick.type != "PER" and pick.start != mention.start:
        return
    # "جيهان السادات" with only "السادات" tagged: the parsed given name stays (the tagged
    # family name alone would merge her with "أنور السادات")
    first = next((w.norm for w in ws if w.start == mention.start), "ال")
    if (
        pick.type == "PER"
        and mention.kind == "person"
        and mention.role is None
        and pick.start > mention.start
        and pick.end == mention.end
        and not is_definite(first)
    ):
        return
    # "السفير علي محمد العياشي" with "علي محمد" tagged: the parsed name goes on to the family
    # name, keep it
    if pick.type == "PER" and mention.name is not None and _cut_family_name(pick, mention, ws):
        return
    # "مدير الكرة بنادي هجر": a tagged "person" right after a body's head names the body
    if pick.type == "PER" and mention.role is not None and after_body(pick.start, ws):
        return
    # a person inside an organisation's phrase is not its name
    if (
        mention.kind in ("organisation", "document", "group", "unnamed")
        and pick.type == "PER"
        and pick.start > mention.start
    ):
        return
    family = _family_after(pick, ws) if pick.type == "PER" else None
    if family is not None:
        # "علي محمد العياشي" with "علي محمد" tagged: the family name closes the name, and the
        # tagger's (shorter) canonical name would not
        mention.name, mention.kind = (pick.start, family.end), "person"
        mention.end = max(mention.end, family.end)
        return
    mention.entity = pick
    mention.name = (pick.start, pick.end)
    if pick.type == "PER":
        mention.kind = "person"
    elif pick.type == "ORG" and mention.kind == "person":
        mention.kind = "organisation"


def _cut_family_name(pick: Entity, mention: Mention, ws: list[Word]) -> bool:
    """Does the parsed name go on past the tagged one with a family name (العياشي)?"""
    assert mention.name is not None
    if pick.start != mention.name[0] or pick.end >= mention.name[1]:
        return False
    rest = [w for w in ws if pick.end <= w.start and w.end <= mention.name[1]]
    return 1 <= len(rest) <= 2 and family_name(rest[-1], speaker_lexicon())


def _family_after(pick: Entity, ws: list[Word]) -> Word | None:
    """A family name (nisba ال-word) right after a tagged person, left out by the tagger."""
    nxt = next((w for w in ws if w.start >= pick.end), None)
    if nxt is None or nxt.start - pick.end > 1:
        return None
    return nxt if family_name(nxt, speaker_lexicon()) else None


def name_run(ws: list[Word], lo: int, hi: int, lex: SpeakerLexicon) -> tuple[int, int] | None:
    """The name at the end of ws[lo:hi]: a run of words without ال, maybe a surname with ال.

    "لحلف شمال الأطلسي مارك روته" → مارك روته; "وزير الخارجية أحمد العلي" → أحمد العلي;
    a preposition's object is never the name ("في الموصل", "لدى بيونغ").
    """
    last = hi - 1
    if last >= lo and not is_name_word(ws[last], lex):
        # "العلي", "الجدعان": a family name with the article, after a first name that
        # itself follows an ال-word ("وزير المالية محمد الجدعان")
        if not is_definite(ws[last].norm) or ws[last].norm in lex.stops:
            return None
        if ws[last].norm in lex.countries:
            return None  # "بمملكة البحرين": a country is no family name
        last -= 1
        if (
            last < lo
            or not is_name_word(ws[last], lex)
            or head_kind(ws[last].norm, lex) != "person"
        ):
            return None
        # a given name and a father's, joined or not: "خالد محمد الحناكي", "أحمد بن عيد الحربي"
        first, extra = last, 0
        while (
            first - 1 >= lo
            and is_name_word(ws[first - 1], lex)
            and not place_phrase(ws[first - 1].norm)
            and head_kind(ws[first - 1].norm, lex) == "person"
            and (extra < 1 or ws[first - 1].norm in lex.joiners)
        ):
            first -= 1
            extra += ws[first].norm not in lex.joiners
        before = ws[first - 1].norm if first >= 1 else ""
        # what stands before the name: an ال-word, a rank, or a place ("بتبوك"; not "بغرفة"
        # whose genitive follows it)
        place = place_phrase(before) and not before.endswith("ه")
        if not before or not (is_definite(before) or (before,) in lex.ranks or place):
            return None  # "لحلف شمال الأطلسي", "باسم وزارة الخارجية": a construct
        if ws[last + 1].norm.endswith("ه") and (first < last or place_phrase(before)):
            return None  # "بتونس العاصمة", "بمنطقة مكة المكرمة": a noun in ة, no family name
    if last < lo:
        return None
    j = last
    while j > lo and (
        (is_name_word(ws[j - 1], lex) and not place_phrase(ws[j - 1].norm))
        or (ws[j - 1].norm.startswith("ال") and j - 2 >= lo and ws[j - 2].norm in lex.joiners)
    ):
        j -= 1
    while (
        j <= last
        and j > lo
        and (
            ws[j - 1].norm in lex.title_preps
            or (ws[j - 1].norm in lex.openers and not ws[j - 1].ali)
        )
    ):
        j += 1
    if j > last or head_kind(ws[j].norm, lex) != "person":
        return None  # "مدير فريق هجر": a body's name is not the title holder's
    return (ws[j].start, ws[hi - 1].end)


def place_phrase(norm: str) -> bool:
    """ "بتبوك", "بجدة", "بغرفة": ب + a noun of four letters or more or in ة, a place after a
    title (names with ب are short: بدر، بكر، بندر)."""
    return norm[:1] == "ب" and (len(norm) > 4 or (len(norm) > 3 and norm.endswith("ه")))


def opens_name(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """Is ws[j] the first word of a name (not an ال-word, a preposition or a stop)?"""
    if j >= len(ws):
        return False
    n = ws[j].norm
    if n.startswith("ال") and family_name_alone(ws, j, lex):
        return True  # "العميد الرشيدي", "المهندس الفارس": a rank and a family name
    return (
        n[:1].isalpha()
        and len(n) > 1  # "الشيخ وقال": the و of the next verb is no name
        and not is_definite(n)
        and n not in lex.stops
        and (n not in lex.openers or ws[j].ali)
        and n not in lex.title_preps
        and not in_set(n, lex.unnamed)
        and match_title(ws, j, lex) is None
        and not (n[:1] in "بل" and in_set(n[1:], lex.organisations))  # "العميد بكلية الآداب"
    )


def family_name_alone(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """An ال-word that is no title, nationality or stop, and ends the phrase."""
    n = ws[j].norm
    if (n,) in lex.titles or n in lex.nisbas or n in lex.stops or in_set(n, lex.unnamed):
        return False
    return j + 1 >= len(ws) or hard_stop(ws, j + 1, lex, in_title=False)


def name_closed(ws: list[Word], k: int, lex: SpeakerLexicon) -> int | None:
    """End (exclusive) of a name starting at `k` that something closes: up to three name
    words, a family name or not, then the end, a stop, a comma or a second title
    ("السفير علي محمد العياشي القنصل العام"); None when the words run on into an object."""
    j = k
    while j < len(ws) and j - k < 3 and is_name_word(ws[j], lex) and not place_phrase(ws[j].norm):
        j += 1
    if j == k:
        return None
    if j < len(ws) and family_name(ws[j], lex):
        j += 1
    # closed by the end, punctuation, a time word or a second title; a preposition after it
    # makes it a verb's ("المستشارة الألمانية فشلت في …")
    if j >= len(ws) or match_title(ws, j, lex):
        return j
    nxt = ws[j].norm
    if nxt in BREAK_PUNCT or (nxt in lex.stops and nxt not in lex.openers):
        return j
    return None


def bare_title(text: str, mention: Mention) -> bool:
    """ "كشف الممثل، المخرج المسرحي X": a one-word title set off by a comma has its other
    titles and its name after the comma."""
    return mention.affiliation is None and len(text[mention.start : mention.end].split()) == 1


def weak_name(text: str, mention: Mention) -> bool:
    """A one-word untagged name found inside a title phrase ("بولاية سوسة": a place?)."""
    return (
        mention.name is not None
        and mention.entity is None
        and len(text[mention.name[0] : mention.name[1]].split()) == 1
    )
