"""Speaker noun phrases: "المتحدثة باسم البنتاغون سابرينا سينغ" → name, role, affiliation.

`parse_speaker` reads the words after a cue (or after "بحسب", "جاء في") and returns a
`Mention`: where the phrase is, which part is the name, the title (role) and what the title
is of (affiliation), and what kind of speaker it is. It works from the titles and speaker
lexicons alone; when the entities stage ran, its mentions pin the name down exactly.
"""

from __future__ import annotations

from marsad.document import Entity
from marsad.extract.quotes.cues import cue_lexicon, phrase_firsts
from marsad.extract.quotes.heads import (
    head_kind,
    many_head,
    own_stance,
    partitive,
    plural_adjective,
    sound_plural,
)
from marsad.extract.quotes.kin import kin_first, kin_phrase
from marsad.extract.quotes.phrase_edges import (
    OPEN_MARKS,
    closes_name,
    conjoined,
    next_char,
    quoted_name,
    source_place,
)
from marsad.extract.quotes.speaker_names import (
    PATRONYMIC,
    Mention,
    attach_entity,
    bare_title,
    named_by,
    opens_name,
    person_at,
    weak_name,
)
from marsad.extract.quotes.speaker_words import (
    BREAK_PUNCT,
    MAX_WORDS,
    SpeakerLexicon,
    Word,
    addressee,
    bare_definite,
    common_noun,
    family_name,
    governed_word,
    hard_stop,
    in_set,
    is_definite,
    match_rank,
    match_title,
    parenthesised,
    speaker_lexicon,
    titled_suffix,
    words,
)
from marsad.extract.quotes.title_names import name_further
from marsad.extract.quotes.title_phrases import ranked_name, titled_phrase


def parse_speaker(
    text: str,
    start: int,
    limit: int,
    entities: list[Entity] | None = None,
    governed: bool = False,
) -> Mention | None:
    """The speaker phrase that starts at `start` (before `limit`), or None when there is none."""
    lex = speaker_lexicon()
    ws = words(text, start, limit)
    i = 0
    while (
        i < len(ws)
        and (i < 2 or (i < 4 and all(w.norm in lex.times for w in ws[: i + 1])))
        and ws[i].norm in lex.stops
        and ws[i].norm not in lex.pronouns
    ):
        i += 1  # "وقال أيضاً الوزير", "أكد يوم أمس الأربعاء X": an adverb before the subject
    if i < len(ws) and ws[i].norm in lex.manner:
        i += 2  # "وأكد بشكل صريح، أن": a manner adverbial and its adjective
    if i >= len(ws) or ws[i].norm in BREAK_PUNCT or not ws[i].norm[0].isalpha():
        return None
    while i < len(ws) - 1 and in_set(ws[i].norm, lex.honorifics):
        i += 1  # "معالي وزير الحج", "صاحب السمو الملكي الأمير"
    demonstrative = ws[i].norm in lex.demonstratives
    if demonstrative and i + 1 < len(ws) and is_definite(ws[i + 1].norm):
        i += 1  # "هذا الفصل"
    first = ws[i]
    if (len(first.norm) < 2 and (first.norm,) not in lex.ranks) or first.accusative:
        return None  # a lone letter ("و") names no one; "دوماً" is an adverb
    bare = first.norm[1:] if first.norm[:1] in "وف" else first.norm
    if bare != first.norm and _whole_title(text, ws, i, lex):
        bare = first.norm  # "أكد والي القصرين": the governor's title, not و + إلى
    suffixed = text[first.end - 1] in "هام"  # a possessive pronoun may end the word
    if suffixed and own_stance(first.norm, lex):
        # "أكدت لهما استعدادها لتخفيف …": her readiness is the object; a sure subject may
        # follow it ("أكد صحتها مصدر في الجيش")
        nxt = parse_speaker(text, ws[i + 1].start, limit, entities) if i + 1 < len(ws) else None
        sure = nxt is not None and (
            nxt.kind in ("unnamed", "group", "organisation")
            or nxt.role is not None
            or (nxt.entity is not None and nxt.entity.type == "PER")
        )
        return nxt if sure else None
    if first.norm in lex.pronouns or first.norm in lex.stops or first.norm in lex.never:
        return None  # "… نفي صحة ما": a stance noun is the object, never a speaker
    if first.norm in lex.openers and not first.ali:
        return None
    if bare in lex.stops or bare in lex.pronouns or bare in lex.title_preps:
        return None
    if bare in lex.openers and not first.ali:
        return None
    if (
        not governed
        and first.norm.startswith(("لل", "بال"))
        and not any(e.type == "PER" and e.start == first.start for e in entities or ())
    ):
        # "للمسؤول": an object, not the subject ("وفقاً للرئيس" is governed); a tagged
        # person may begin so ("وأشار بالاكحل", "وأضاف بالطيب": Maghrebi family names)
        return None
    if not governed and addressee(first, lex):
        return None  # "وقال لمراسل الجوهرة إن", "أوضح لموفد الإذاعة": to whom, not who
    if first.norm in lex.title_preps:
        return None
    kin = kin_phrase(text, ws, i, limit, entities) if suffixed or kin_first(first.norm) else None
    if kin is not None:
        return kin  # "والدة الشهيد", "شقيق الضحية محمد العتيبي"
    rank = match_rank(ws, i, lex)
    if rank and opens_name(ws, i + rank, lex):
        ranked = ranked_name(ws, i, rank, lex, entities)
        # "الدكتور X، وزير الثقافة المصري،": the title after the name (for a later "الوزير")
        after = next((k for k, w in enumerate(ws) if w.start >= ranked.end), len(ws))
        _apposition(text, ws, after, limit, lex, ranked)
        return ranked
    title = match_title(ws, i, lex)
    if title is None and rank:  # "يقول الإمام:", "وبين المهندس الفارس": a rank as a title
        title = (rank, lex.ranks[tuple(w.norm for w in ws[i : i + rank])])
    if title is not None:
        mention = titled_phrase(ws, i, title, lex, entities)
        if (
            mention.name is None
            or weak_name(text, mention)
            or _tagged_after_comma(text, mention, entities)
        ):
            # "نائب حركة النهضة بولاية سوسة، العجمي الوريمي، إن": the name after the comma
            _name_after_comma(text, ws, mention, limit, entities)
        if mention.name is None:
            _name_after_quoted(text, ws, mention, limit, entities)
        if mention.name is None or weak_name(text, mention):
            name_further(text, mention, limit, entities)
        return mention
    kind = head_kind(first.norm, lex)
    if kind == "person" and many_head(first.norm) and not person_at(first.start, limit, entities):
        kind = "group"  # "ذوو الشهداء", "لاعبو النجم", "كثير من المعلقين"
    j = i + 1
    many = kind == "group" and partitive(ws, i)
    if many:  # "عدد من المختصين", "كثير من المعلقين": the group is the plural after من
        j = i + 3
        while j < len(ws) and is_definite(ws[j].norm) and plural_adjective(ws[j].norm):
            j += 1  # "عدد من الخبراء الاقتصاديين"
    while not many and j < len(ws) and j - i < MAX_WORDS:
        if hard_stop(ws, j, lex, in_title=False):
            if kind == "unnamed" and source_place(ws, j, lex):
                j += 1  # "مصدر مسؤول في الشركة", "مصدر من وزارة الخارجية": where it sits
                continue
            if ws[j].norm == "(" and parenthesised(ws, j) > j:
                j = parenthesised(ws, j)
                continue
            break
        if (
            kind == "person"
            and (match_title(ws, j, lex) or is_definite(ws[j].norm) or titled_suffix(ws[j], lex))
            and ws[j - 1].norm not in lex.joiners
        ):
            if j <= i + 3 and not is_definite(first.norm) and closes_name(ws, j, lex):
                j += 1  # "علي الدغريري", "عتيق فهد الرشيدي": a nisba family name closes it
            elif j == i + 1 and family_name(first, lex) and family_name(ws[j], lex):
                j += 1  # "العجمي الوريمي": a given name with ال, then the family name
            elif (
                j == i + 1
                and family_name(ws[j], lex)
                and j + 1 < len(ws)
                and match_title(ws, j + 1, lex)
            ):
                j += 1  # "الحبيب العكبي المندوب الجهوي": a title in apposition closes it
            break  # an apposition follows the name ("شلبي كواست مديرة السياسات")
        if kind != "person" and j > i + 1 and conjoined(ws[j].norm, lex):
            break  # "وكالة الأنباء … ومسؤولون روس": the first of two subjects
        if (
            kind in ("organisation", "document", "group")
            and bare_definite(ws, j)
            and (ws[j - 1].norm,) not in lex.ranks
        ):
            # "وحددت الوزارة شرائح الخدمة", "وأكدت أمانة الرياض كافة الخدمات": after an
            # ال-word the construct is closed; an indefinite word starts the object (a rank
            # may still take its name: "جامعة الملك عبدالعزيز")
            break
        if kind == "person" and (j - i >= 4 or governed_word(ws[j])):
            break  # a name is short, and "لخلفيته", "بعمله" are not part of it
        if kind == "group" and sound_plural(first.norm) and not plural_adjective(ws[j].norm):
            break  # "باحثون بيانات": a sound plural takes no genitive, only adjectives
        if ws[j].norm in lex.naming:
            break  # "إحدى المتدربات وتدعى نيها شيخ": the name follows
        j += 1
    end_i = j
    alias = None
    k = end_i - 1
    opens = [x for x in range(i, k) if ws[x].norm == "("] if ws[k].norm == ")" else []
    if ws[k].norm == ")" and end_i - 1 > i and opens and opens[-1] < k - 1:
        open_i = opens[-1]
        alias = (ws[open_i + 1].start, ws[k - 1].end)
        if open_i > i:
            end_i = open_i if kind != "group" or open_i > i + 1 else end_i
    mention = Mention(ws[i].start, ws[end_i - 1].end, kind)
    if alias and mention.end <= alias[0]:
        mention.alias = alias
    mark_at = next_char(text, mention.end)
    if kind == "organisation" and mark_at < len(text) and text[mark_at] in OPEN_MARKS:
        quoted = quoted_name(text, mark_at, limit)  # صحيفة "ديلي ميل" البريطانية
        if quoted is not None:
            mention.name = (mention.start, quoted)
            mention.end = quoted
    if i + 1 < len(ws) and ws[i + 1].norm == "(" and parenthesised(ws, i + 1) > i + 1:
        close = parenthesised(ws, i + 1) - 1  # "جماعة (المساواة الآن)": the name is inside
        mention.name = (ws[i + 2].start, ws[close - 1].end)
        mention.end = max(mention.end, ws[close].end)
    if kind == "person":
        mention.name = (mention.start, mention.end)
    attach_entity(mention, entities, ws)
    if kind == "person":
        _apposition(text, ws, end_i, limit, lex, mention)
    if end_i < len(ws) and ws[end_i].norm in lex.naming:
        named_by(ws, end_i + 1, mention, lex)
    if kind == "document":
        _issuer(text, ws, mention, limit, entities)
    if kind == "unnamed" and mention.name is None:
        _name_after_comma(text, ws, mention, limit, entities)  # "أحد المشاركين، X، أستاذ"
    patronymic = any(w.norm in PATRONYMIC for w in ws[i + 1 : end_i])  # "الحبيب بن جمعة"
    # "الحبيب العكبي المندوب الجهوي": two words and a title in apposition name a person
    titled_after = end_i - i >= 2 and end_i < len(ws) and match_title(ws, end_i, lex) is not None
    if (
        mention.entity is None
        and kind == "person"
        and common_noun(first.norm, lex)
        and not patronymic
        and not titled_after
    ):
        mention.kind = "thing"  # "تؤكد الأحداث أن", "المقادير:": not someone who speaks
    if (
        mention.entity is None
        and mention.kind == "person"
        and in_set(first.norm, lex.settings)
        and not in_set(first.norm, lex.documents)
    ):
        mention.kind = "thing"  # "وصدر عنه تصريحات": a statement is what was said, not who
    return mention


def _name_after_comma(
    text: str, ws: list[Word], mention: Mention, limit: int, entities: list[Entity] | None
) -> None:
    """ "وقال رئيس الكتلة الديمقراطية، سالم الأبيض، إن": the name set off by commas."""
    lex = speaker_lexicon()
    k = next((k for k, w in enumerate(ws) if w.start >= mention.end), len(ws))
    skipped = k < len(ws) and mention.name is None and ws[k].norm in lex.openers
    if skipped:
        k = _comma_past_phrase(ws, k, lex)  # "عضو هيئة الدفاع عن الشهيد X، المحامي Y"
    if k >= len(ws) or ws[k].norm not in ("،", ","):
        return
    after = words(text, ws[k].end, limit)
    if (
        not after
        or after[0].norm in lex.stops
        or (after[0].norm in lex.openers and not after[0].ali)
    ):
        return  # "، أن …", "، في تصريح": no name there ("، علي رضا": the name Ali, not على)
    named = parse_speaker(text, after[0].start, limit, entities)
    tagged = person_at(after[0].start, limit, entities)
    if (
        tagged is not None
        and not skipped
        and mention.entity is None
        and (named is None or named.end <= tagged.end)
    ):
        # "رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب أن": the tagged name as a whole
        # (its last word الطبيب would read as a title of its own)
        mention.name, mention.end, mention.kind = (tagged.start, tagged.end), tagged.end, "person"
        mention.entity = tagged
        return
    if named is None or named.kind != "person" or named.name is None:
        return
    if (skipped or mention.kind == "unnamed") and not (
        match_rank(after, 0, lex) or named.entity is not None or _set_off(text, named)
    ):
        return  # past a phrase or after "أحد المشاركين،", only a sure name is the speaker
    titled = named.role is not None and named.role[0] == named.start
    # "وزير الثقافة، ممثل حزب X، عمر تشيليك، أن": a second title whose own name comes after
    # its comma is an apposition chain; the tagged name closes both
    chained = (
        titled
        and named.entity is not None
        and named.role is not None
        and "،" in text[named.role[1] : named.name[0]]
    )
    if named.start != after[0].start or (
        titled and not match_rank(after, 0, lex) and not bare_title(text, mention) and not chained
    ):
        return  # a second title ("، الرئيس المصري،") is another person
    apart = mention.kind == "unnamed" and _set_off(text, named)
    if named.role is not None and not titled and named.entity is None and not apart:
        return  # "، شكره الجزيل لنائب …": an untagged object with a title after it
    if _cue_word(after[0].norm) and not after[0].ali:
        return  # "، بحسب ما أوردته جريدة": a cue, not a name
    mention.name, mention.end, mention.kind = named.name, named.end, "person"
    mention.entity = named.entity


def _comma_past_phrase(ws: list[Word], k: int, lex: SpeakerLexicon) -> int:
    """The comma that ends a short prepositional phrase opening at `k` (no cue, no setting
    and no clause inside), or `k` when there is none."""
    for j in range(k + 1, min(k + 8, len(ws))):
        w = ws[j].norm
        if w in ("،", ","):
            return j
        clause = w in lex.stops and w not in lex.demonstratives  # "إن", "الذي", not "هذه"
        if w in BREAK_PUNCT or clause or in_set(w, lex.settings) or _cue_word(w):
            return k
    return k


def _set_off(text: str, named: Mention) -> bool:
    """ "عميرة الصغير، أستاذ تاريخ": a name with its title after a comma (an apposition)."""
    at = next_char(text, named.end)
    return named.role is not None and at < len(text) and text[at] in "،,"


def _to_reporter(w: Word) -> bool:
    """ "لمراسل", "لموفدة": ل + one of the paper's reporters."""
    return w.norm[:1] == "ل" and w.norm[1:] in speaker_lexicon().reporters


def _issuer(
    text: str, ws: list[Word], mention: Mention, limit: int, entities: list[Entity] | None
) -> None:
    """ "وقال بيان صادر عن المجلس العسكري إن", "بيان أصدرته رئاسة الحكومة": the body that
    issued the document speaks through it."""
    lex = speaker_lexicon()
    inside = [k for k, w in enumerate(ws) if mention.start < w.start < mention.end]
    k = next((k for k in inside if ws[k].norm in lex.issued), -1)
    if k < 0:
        return
    after = words(text, ws[k].end, limit)
    skip = 1 if after and after[0].norm in ("عن", "من") else 0
    if len(after) <= skip:
        return
    body = parse_speaker(text, after[skip].start, limit, entities, governed=True)
    if body is None or body.kind not in ("organisation", "person"):
        return
    mention.name, mention.end, mention.kind = (body.start, body.end), body.end, body.kind
    mention.entity = body.entity


def _tagged_after_comma(text: str, mention: Mention, entities: list[Entity] | None) -> bool:
    """An untagged name inside a title phrase, and a tagged person right after its comma:
    "الناطق باسم القطب القضائي لمكافحة الارهاب، سفيان السليطي" (the name is after it)."""
    if mention.name is None or mention.entity is not None or not entities:
        return False
    at = next_char(text, mention.end)
    if at >= len(text) or text[at] not in "،,":
        return False
    after = next_char(text, at + 1)
    return any(e.type == "PER" and e.start == after for e in entities)


def _whole_title(text: str, ws: list[Word], i: int, lex: SpeakerLexicon) -> bool:
    """A title that opens with و or ف as a letter of its own (والي, not "وإلى")."""
    raw = text[ws[i].start : ws[i].end]
    return match_title(ws, i, lex) is not None and "إ" not in raw and not raw.endswith("ى")


def _cue_word(norm: str) -> bool:
    return norm in cue_lexicon().forms or norm in phrase_firsts()  # not a walk of the phrases


def _name_after_quoted(
    text: str, ws: list[Word], mention: Mention, limit: int, entities: list[Entity] | None
) -> None:
    """ "مدير معهد “سرب” المهندس عبدالعزيز الصقير": the title goes on past a quoted name."""
    k = next((k for k, w in enumerate(ws) if w.start >= mention.end), len(ws))
    if k >= len(ws) or ws[k].norm not in OPEN_MARKS:
        return
    end = quoted_name(text, ws[k].start, limit)
    after = words(text, end, limit) if end is not None else []
    lex = speaker_lexicon()
    if not after or after[0].norm in lex.stops or after[0].norm in lex.openers:
        return
    named = parse_speaker(text, after[0].start, limit, entities)
    # a rank, or a tagged person, makes the words after the quoted name a name for sure
    sure = bool(match_rank(after, 0, lex)) or (
        named is not None and named.entity is not None and named.entity.type == "PER"
    )
    if sure and named is not None and named.kind == "person" and named.name is not None:
        mention.name, mention.end, mention.kind = named.name, named.end, "person"
        mention.entity = named.entity
        if mention.affiliation is not None:
            mention.affiliation = (mention.affiliation[0], ws[k].start)


def _apposition(
    text: str, ws: list[Word], k: int, limit: int, lex: SpeakerLexicon, mention: Mention
) -> None:
    """ "فؤاد المسلم مدير فريق هجر", "X، المتحدث باسم Y،": the title after a name gives the
    person's role and affiliation (so a later "مدير الفريق" finds them)."""
    after = ws
    if k < len(ws) and ws[k].norm in ("،", ","):
        after, k = words(text, ws[k].end, limit), 0
    if k < len(after) and _to_reporter(after[k]):
        return  # "X لمراسل الجوهرة": to whom X spoke, not X's title
    title = match_title(after, k, lex) if k < len(after) else None
    if title is None:
        return
    described = titled_phrase(after, k, title, lex, None)
    mention.role, mention.affiliation = described.role, described.affiliation
    mention.gender = mention.gender or described.gender
