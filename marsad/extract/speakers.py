"""Speaker noun phrases: "المتحدثة باسم البنتاغون سابرينا سينغ" → name, role, affiliation.

`parse_speaker` reads the words after a cue (or after "بحسب", "جاء في") and returns a
`Mention`: where the phrase is, which part is the name, the title (role) and what the title
is of (affiliation), and what kind of speaker it is. It works from the titles and speaker
lexicons alone; when the entities stage ran, its mentions pin the name down exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.document import Entity
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import DIACRITICS, TATWEEL, normalize
from marsad.text.tokens import proclitic_stems

_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")
_BREAK_PUNCT = set('،,؛;:.!?؟«»“”"„‟‹›–—-[]{}…')
_MARKS = DIACRITICS + TATWEEL
_PHRASE_END = set('،,.:؛;!?؟«»“”"„‟‹›')
MAX_WORDS = 14


@dataclass(slots=True)
class Word:
    start: int
    end: int
    norm: str
    ali: bool = False  # "علي" spelled with ي: the name Ali, not the preposition على


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


@dataclass(frozen=True, slots=True)
class SpeakerLexicon:
    titles: dict[tuple[str, ...], str]  # normalised words -> gender
    max_title: int
    ranks: dict[tuple[str, ...], str]
    unnamed: frozenset[str]
    groups: frozenset[str]
    organisations: frozenset[str]
    documents: frozenset[str]
    stops: frozenset[str]
    openers: frozenset[str]
    title_preps: frozenset[str]
    settings: frozenset[str]
    joiners: frozenset[str]
    pronouns: dict[str, str]
    headline_labels: frozenset[str]
    honorifics: frozenset[str]
    demonstratives: frozenset[str]
    countries: frozenset[str]  # first words of country names (CLDR, through babel)
    nisbas: frozenset[str]  # definite nationality adjectives ("الأمريكي"): never a family name


def _norms(words: list[str]) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


@cache
def speaker_lexicon() -> SpeakerLexicon:
    data = load_lexicon("speakers")
    keys = ["unnamed_heads", "group_heads", "organisation_heads", "document_heads", "stops"]
    require_keys(data, keys, "speakers")
    titles_data = load_lexicon("titles")
    require_keys(titles_data, ["titles"], "titles")
    titles: dict[tuple[str, ...], str] = {}
    for entry in titles_data["titles"]:
        titles[tuple(normalize(entry["text"]).replace(".", "").split())] = entry.get("gender", "m")
    ranks = {
        key: "f" if key[-1].endswith("ه") else "m"
        for key in (tuple(normalize(r).split()) for r in data.get("ranks", []))
    }
    for key in ranks:
        if key in titles:
            ranks[key] = titles[key]
    return SpeakerLexicon(
        titles=titles,
        max_title=max(len(k) for k in titles),
        ranks=ranks,
        unnamed=_norms(data["unnamed_heads"]),
        groups=_norms(data["group_heads"]),
        organisations=_norms(data["organisation_heads"]),
        documents=_norms(data["document_heads"]),
        stops=_norms(data["stops"]),
        openers=_norms(data.get("phrase_openers", [])),
        title_preps=_norms(data.get("title_prepositions", [])),
        settings=_norms(data.get("settings", [])),
        joiners=_norms(data.get("name_joiners", [])),
        pronouns={normalize(k): v for k, v in (data.get("pronouns") or {}).items()},
        headline_labels=_norms(data.get("headline_labels", [])),
        honorifics=_norms(data.get("honorifics", [])),
        demonstratives=_norms(data.get("demonstratives", [])),
        countries=_countries(),
        nisbas=_nisbas(),
    )


def _countries() -> frozenset[str]:
    """First words of Arabic country names ("الولايات", "المملكة", "الصين") from CLDR."""
    from babel import Locale

    names = Locale("ar").territories.values()
    return frozenset(normalize(n.split()[0]) for n in names if n.split())


def _nisbas() -> frozenset[str]:
    """ "الأمريكي", "الأوروبي": masculine definite nationality and region adjectives."""
    data = load_lexicon("nationalities")
    forms = [
        f for group in ("countries", "regions") for fs in data.get(group, {}).values() for f in fs
    ]
    return frozenset("ال" + normalize(f).split()[0] for f in forms if f.strip())


def words(text: str, start: int, limit: int) -> list[Word]:
    """Words and punctuation of `text[start:limit]`, at most a speaker phrase's worth."""
    out = []
    for m in _TOKEN.finditer(text, start, limit):
        norm = normalize(m.group())
        if not norm:
            continue  # a lone diacritic or tatweel
        ali = norm == "علي" and m.group().rstrip(_MARKS)[-1:] == "ي"
        out.append(Word(m.start(), m.end(), norm, ali))
        if len(out) > MAX_WORDS + 6 or norm in _PHRASE_END:
            break  # a speaker phrase never runs past a comma, a colon or a quote mark
    return out


def readings(norm: str) -> tuple[str, ...]:
    return proclitic_stems(norm) if len(norm) > 3 else (norm,)


def is_definite(norm: str) -> bool:
    """ال-word, also behind و/ف/ب/ل/ك ("بالمكتبة", "للرئيس")."""
    return any(r.startswith("ال") and len(r) > 3 for r in readings(norm))


def in_set(norm: str, table: frozenset[str]) -> bool:
    return any(r in table for r in readings(norm))


def match_title(ws: list[Word], i: int, lex: SpeakerLexicon) -> tuple[int, str] | None:
    """(number of words, gender) of the longest title starting at word `i`."""
    best = None
    for first in readings(ws[i].norm):
        for n in range(min(lex.max_title, len(ws) - i), 0, -1):
            key = (first, *(w.norm for w in ws[i + 1 : i + n]))
            if key in lex.titles and (best is None or n > best[0]):
                best = (n, lex.titles[key])
                break
    return best


def match_rank(ws: list[Word], i: int, lex: SpeakerLexicon) -> int:
    for n in (2, 1):
        if i + n <= len(ws) and tuple(w.norm for w in ws[i : i + n]) in lex.ranks:
            return n
    return 0


def _hard_stop(ws: list[Word], i: int, lex: SpeakerLexicon, in_title: bool) -> bool:
    w = ws[i]
    if w.norm in _BREAK_PUNCT or w.norm in lex.stops:
        return True
    if (w.norm in lex.openers and not w.ali) or w.norm in lex.title_preps:
        nxt = ws[i + 1].norm if i + 1 < len(ws) else ""
        return not (w.norm in lex.title_preps and in_title and not in_set(nxt, lex.settings))
    # a glued preposition before a settings noun: "بمؤتمر", "لوكالة"
    return len(w.norm) > 3 and w.norm[0] in "بل" and w.norm[1:] in lex.settings


def _is_name_word(w: Word, lex: SpeakerLexicon) -> bool:
    if not w.norm or not (w.norm[0].isalpha()) or w.norm in lex.stops:
        return False
    if (w.norm in lex.openers and not w.ali) or w.norm in lex.title_preps:
        return False  # "في مستشفى": a preposition never starts or joins a name
    return not is_definite(w.norm) or w.norm in lex.joiners


def _name_run(ws: list[Word], lo: int, hi: int, lex: SpeakerLexicon) -> tuple[int, int] | None:
    """The name at the end of ws[lo:hi]: a run of words without ال, maybe a surname with ال.

    "لحلف شمال الأطلسي مارك روته" → مارك روته; "وزير الخارجية أحمد العلي" → أحمد العلي;
    a preposition's object is never the name ("في الموصل", "لدى بيونغ").
    """
    last = hi - 1
    if last >= lo and not _is_name_word(ws[last], lex):
        # "العلي", "الجدعان": a family name with the article, after a first name that
        # itself follows an ال-word ("وزير المالية محمد الجدعان")
        if not is_definite(ws[last].norm) or ws[last].norm in lex.stops:
            return None
        last -= 1
        if (
            last < lo
            or not _is_name_word(ws[last], lex)
            or _head_kind(ws[last].norm, lex) != "person"
        ):
            return None
        before = ws[last - 1].norm if last >= 1 else ""
        if not before or (not is_definite(before) and (before,) not in lex.ranks):
            return None  # "لحلف شمال الأطلسي", "باسم وزارة الخارجية": a construct
    if last < lo:
        return None
    j = last
    while j > lo and (
        _is_name_word(ws[j - 1], lex)
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
    if j > last:
        return None
    return (ws[j].start, ws[hi - 1].end)


def _parenthesised(ws: list[Word], i: int) -> int:
    """Index after a short "( … )" starting at `i`, or `i` when there is none."""
    if i < len(ws) and ws[i].norm == "(":
        for j in range(i + 1, min(i + 6, len(ws))):
            if ws[j].norm == ")":
                return j + 1 if j > i + 1 else i
    return i


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
    while i < len(ws) and i < 2 and ws[i].norm in lex.stops and ws[i].norm not in lex.pronouns:
        i += 1  # "وقال أيضاً الوزير": an adverb before the subject
    if i >= len(ws) or ws[i].norm in _BREAK_PUNCT or not ws[i].norm[0].isalpha():
        return None
    while i < len(ws) - 1 and in_set(ws[i].norm, lex.honorifics):
        i += 1  # "معالي وزير الحج", "صاحب السمو الملكي الأمير"
    demonstrative = ws[i].norm in lex.demonstratives
    if demonstrative and i + 1 < len(ws) and is_definite(ws[i + 1].norm):
        i += 1  # "هذا الفصل"
    first = ws[i]
    if len(first.norm) < 2:
        return None  # a lone letter ("و") names no one
    bare = first.norm[1:] if first.norm[:1] in "وف" else first.norm
    if first.norm in lex.pronouns or first.norm in lex.stops:
        return None
    if first.norm in lex.openers and not first.ali:
        return None
    if bare in lex.stops or bare in lex.pronouns or bare in lex.title_preps:
        return None
    if bare in lex.openers and not first.ali:
        return None
    if not governed and first.norm.startswith(("لل", "بال")):
        return None  # "للمسؤول": an object, not the subject ("وفقاً للرئيس" is governed)
    if first.norm in lex.title_preps:
        return None
    rank = match_rank(ws, i, lex)
    if rank and _opens_name(ws, i + rank, lex):
        return _ranked(ws, i, rank, lex, entities)
    title = match_title(ws, i, lex)
    if title is None and rank:  # "يقول الإمام:", "وبين المهندس الفارس": a rank as a title
        title = (rank, lex.ranks[tuple(w.norm for w in ws[i : i + rank])])
    if title is not None:
        return _titled(ws, i, title, lex, entities)
    kind = _head_kind(first.norm, lex)
    j = i + 1
    while j < len(ws) and j - i < MAX_WORDS:
        if _hard_stop(ws, j, lex, in_title=False):
            if ws[j].norm == "(" and _parenthesised(ws, j) > j:
                j = _parenthesised(ws, j)
                continue
            break
        if (
            kind == "person"
            and (match_title(ws, j, lex) or is_definite(ws[j].norm) or _titled_suffix(ws[j], lex))
            and ws[j - 1].norm not in lex.joiners
        ):
            if j == i + 1 and not is_definite(first.norm) and _family_name(ws[j], lex):
                j += 1  # "علي الدغريري": a nisba family name after a bare first name
            break  # an apposition follows the name ("شلبي كواست مديرة السياسات")
        if kind != "person" and ws[j].norm.startswith("و") and j > i + 1:
            break  # "وكالة الأنباء … ومسؤولون روس": the first of two subjects
        if kind != "person" and j == i + 1 and _bare_definite(first.norm, ws[j].norm):
            break  # "وحددت الوزارة شرائح الخدمة": a definite head takes no indefinite word
        if kind == "person" and (j - i >= 4 or _governed(ws[j])):
            break  # a name is short, and "لخلفيته", "بعمله" are not part of it
        j += 1
    end_i = j
    alias = None
    k = end_i - 1
    opens = [x for x in range(i, k) if ws[x].norm == "("]
    if ws[k].norm == ")" and end_i - 1 > i and opens and opens[-1] < k - 1:
        open_i = opens[-1]
        alias = (ws[open_i + 1].start, ws[k - 1].end)
        if open_i > i:
            end_i = open_i if kind != "group" or open_i > i + 1 else end_i
    mention = Mention(ws[i].start, ws[end_i - 1].end, kind)
    if alias and mention.end <= alias[0]:
        mention.alias = alias
    if i + 1 < len(ws) and ws[i + 1].norm == "(" and _parenthesised(ws, i + 1) > i + 1:
        close = _parenthesised(ws, i + 1) - 1  # "جماعة (المساواة الآن)": the name is inside
        mention.name = (ws[i + 2].start, ws[close - 1].end)
        mention.end = max(mention.end, ws[close].end)
    if kind == "person":
        mention.name = (mention.start, mention.end)
    _attach_entity(mention, entities)
    if mention.entity is None and kind == "person" and _common_noun(first.norm, lex):
        mention.kind = "thing"  # "تؤكد الأحداث أن", "المقادير:": not someone who speaks
    return mention


def _common_noun(norm: str, lex: SpeakerLexicon) -> bool:
    """A definite word that names no one: not a nisba family name, not a country."""
    if not is_definite(norm) or norm.endswith("ي"):
        return False
    return not in_set(norm, lex.countries) and norm not in lex.countries


def _opens_name(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """Is ws[j] the first word of a name (not an ال-word, a preposition or a stop)?"""
    if j >= len(ws):
        return False
    n = ws[j].norm
    if n.startswith("ال") and _family_name_alone(ws, j, lex):
        return True  # "العميد الرشيدي", "المهندس الفارس": a rank and a family name
    return (
        n[:1].isalpha()
        and not is_definite(n)
        and n not in lex.stops
        and (n not in lex.openers or ws[j].ali)
        and n not in lex.title_preps
        and not in_set(n, lex.unnamed)
        and match_title(ws, j, lex) is None
    )


def _family_name_alone(ws: list[Word], j: int, lex: SpeakerLexicon) -> bool:
    """An ال-word that is no title, nationality or stop, and ends the phrase."""
    n = ws[j].norm
    if (n,) in lex.titles or n in lex.nisbas or n in lex.stops or in_set(n, lex.unnamed):
        return False
    return j + 1 >= len(ws) or _hard_stop(ws, j + 1, lex, in_title=False)


def _bare_definite(head: str, nxt: str) -> bool:
    """A definite head followed by an indefinite word: the phrase ends at the head."""
    return head.startswith("ال") and nxt[:1].isalpha() and not is_definite(nxt)


def _family_name(w: Word, lex: SpeakerLexicon) -> bool:
    """ "الدغريري", "الشمري": an ال-word in the nisba shape that is no nationality or title."""
    n = w.norm
    return (
        n.startswith("ال")
        and n.endswith("ي")
        and len(n) > 5
        and n not in lex.nisbas
        and (n,) not in lex.titles
        and n not in lex.stops
    )


def _governed(w: Word) -> bool:
    """A word with a preposition in front and a pronoun behind ("لخلفيته", "بعملها")."""
    n = w.norm
    return len(n) > 4 and n[0] in "لبك" and n.endswith(("ه", "ها", "هم"))


def _titled_suffix(w: Word, lex: SpeakerLexicon) -> bool:
    """ "مساعدته", "مستشارها": a title with a possessive pronoun starts an apposition."""
    for suffix in ("ته", "تها", "تهم", "ه", "ها", "هم"):
        if w.norm.endswith(suffix) and len(w.norm) > len(suffix) + 2:
            stem = w.norm[: -len(suffix)] + ("ه" if suffix.startswith("ت") else "")
            if (stem,) in lex.titles or ("ال" + stem,) in lex.titles:
                return True
    return False


def _head_kind(norm: str, lex: SpeakerLexicon) -> str:
    if in_set(norm, lex.documents):
        return "document"
    if in_set(norm, lex.unnamed):
        return "unnamed"
    if in_set(norm, lex.groups):
        return "group"
    if in_set(norm, lex.organisations) or (is_definite(norm) and norm in lex.countries):
        return "organisation"  # a state speaks too: "وقالت الولايات المتحدة إن"
    return "person"


def _titled(
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
    while j < len(ws) and j - i < MAX_WORDS:
        if _hard_stop(ws, j, lex, in_title=True):
            break
        r = match_rank(ws, j, lex)
        if r:
            rank_at = j
            j += r
            continue
        if j > i + n and rank_at < 0 and match_title(ws, j, lex) and _name_run(ws, i + n, j, lex):
            break  # a second title after a name: an apposition
        j += 1
    end_i = j
    mention = Mention(ws[i].start, ws[end_i - 1].end, "description", gender=gender)
    mention.role = _span_text(ws, i, i + n)
    if rank_at >= 0:
        lo = rank_at + match_rank(ws, rank_at, lex)
        while lo < end_i and is_definite(ws[lo].norm) and ws[lo].norm.endswith(("ي", "يه")):
            lo += 1
        if lo < end_i:
            mention.name = (ws[lo].start, ws[end_i - 1].end)
        aff_end = rank_at
    else:
        lo_name = i + n + (0 if is_definite(ws[i + n - 1].norm) else 1)
        mention.name = _name_run(ws, min(lo_name, end_i), end_i, lex)
        aff_end = _index_at(ws, mention.name[0]) if mention.name else end_i
    if aff_end > i + n:
        mention.affiliation = _span_text(ws, i + n, aff_end)
    if mention.name:
        mention.kind = "person"
    elif in_set(ws[i].norm, lex.unnamed) and not is_definite(ws[i].norm):
        mention.kind = "unnamed"
    _attach_entity(mention, entities)
    return mention


def _ranked(
    ws: list[Word], i: int, n: int, lex: SpeakerLexicon, entities: list[Entity] | None
) -> Mention:
    """ "المهندس خالد بن سعد العمري، المتحدث …": a rank, then a name that ends at its first
    ال-word (the family name), at a title or at a stop."""
    j = i + n
    k = j
    while k < len(ws) and k - j < 6 and not _hard_stop(ws, k, lex, in_title=False):
        if k > j and (match_title(ws, k, lex) or in_set(ws[k].norm, lex.unnamed)):
            break  # an apposition: "علي الشهراني المتحدث الإعلامي"
        k += 1
        if is_definite(ws[k - 1].norm) and ws[k - 2].norm not in lex.joiners:
            break  # "العمري": the family name closes the name
    key = tuple(w.norm for w in ws[i : i + n])
    gender = lex.titles.get(key, lex.ranks[key])
    mention = Mention(ws[i].start, ws[k - 1].end, "person", gender=gender)
    mention.role = _span_text(ws, i, j)
    mention.name = _span_text(ws, j, k)
    _attach_entity(mention, entities)
    return mention


def _index_at(ws: list[Word], offset: int) -> int:
    return next(k for k, w in enumerate(ws) if w.start == offset)


def _span_text(ws: list[Word], lo: int, hi: int) -> tuple[int, int]:
    return (ws[lo].start, ws[hi - 1].end)


def _attach_entity(mention: Mention, entities: list[Entity] | None) -> None:
    """Let the entities stage decide the name and its kind where it has a mention here."""
    if not entities:
        return
    inside = [e for e in entities if mention.start <= e.start and e.end <= mention.end]
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
    # a person inside an organisation's phrase is not its name
    if (
        mention.kind in ("organisation", "document", "group", "unnamed")
        and pick.type == "PER"
        and pick.start > mention.start
    ):
        return
    mention.entity = pick
    mention.name = (pick.start, pick.end)
    if pick.type == "PER":
        mention.kind = "person"
    elif pick.type == "ORG" and mention.kind == "person":
        mention.kind = "organisation"
