"""The words of a speaker phrase: the speaker lexicon, tokens, titles, ranks and names.

`speakers.parse_speaker` builds on these small pure judgements: is this word a title, a rank,
a name word, a family name, a preposition that ends the phrase, the head of an organisation
or an unnamed source? The lexicons (`speakers.yaml`, `titles.yaml`, the nationality
adjectives of `nationalities.yaml`, CLDR country names through babel) are loaded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.extract.quotes.dots import dotted_point
from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import DIACRITICS, TATWEEL, normalize
from marsad.text.tokens import proclitic_stems

_TOKEN = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|[^\s\w]")


BREAK_PUNCT = set('،,؛;:.!?؟«»“”"„‟‹›–—-[]{}…″')


_MARKS = DIACRITICS + TATWEEL


_PHRASE_END = set('،,.:؛;!?؟«»“”"„‟‹›{}″')


MAX_WORDS = 14


@dataclass(slots=True)
class Word:
    start: int
    end: int
    norm: str
    ali: bool = False  # "علي" spelled with ي: the name Ali, not the preposition على
    accusative: bool = False  # written with tanwin fatha ("قاسياً"): never in a subject


@dataclass(frozen=True, slots=True, eq=False)  # hashed by identity: a key of the word caches
class SpeakerLexicon:
    titles: dict[tuple[str, ...], str]  # normalised words -> gender
    max_title: int
    title_firsts: dict[str, int]  # first word of a title -> its longest length in words
    ranks: dict[tuple[str, ...], str]
    rank_firsts: frozenset[str]  # first words of two-word ranks ("اللواء" of "اللواء الركن")
    unnamed: frozenset[str]
    groups: frozenset[str]
    organisations: frozenset[str]
    documents: frozenset[str]
    stops: frozenset[str]
    quantifiers: frozenset[str]  # "جميع", "كافة": the object starts there
    manner: frozenset[str]  # "بشكل", "بصورة": an adverbial with its adjective
    times: frozenset[str]  # "يوم", "أمس", "الأربعاء": a time adverbial before the subject
    object_heads: frozenset[str]  # "أهمية", "ضرورة": the object's head, never a name
    never: frozenset[str]  # "صحة", "أهمية": stance nouns that head no subject
    issued: frozenset[str]  # "صادر", "أصدرته": who issued a document follows
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
    people: dict[str, str]  # "رجل", "امراه" (normalised, indefinite) -> gender
    people_definite: dict[str, str]  # "رجل" -> "الرجل", "امراه" -> "المراه"
    naming: frozenset[str]  # "يدعي", "المدعو": the name of the person described follows
    people_titles: frozenset[tuple[str, ...]]  # ("الرجل",): people nouns used as titles
    plural_people: frozenset[str]  # "أقارب", "ذوو", "كثير": broken plurals and quantifiers
    not_plurals: frozenset[str]  # "تلفزيون": sound-plural endings that are none
    partitives: frozenset[str]  # "عدد", "بعض": a quantifier whose group follows من
    reporters: frozenset[str]  # "مراسل", "موفد": the paper's own reporters


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
    people, people_definite = _people(data)
    people_titles = set()
    for noun, gender in people.items():
        key = (people_definite[noun],)  # "الرجل", "المتهم" hold a role like a title
        if key not in titles:
            titles[key] = gender
            people_titles.add(key)
    return SpeakerLexicon(
        titles=titles,
        max_title=max(len(k) for k in titles),
        title_firsts=_firsts(titles),
        ranks=ranks,
        rank_firsts=frozenset(k[0] for k in ranks if len(k) > 1),
        unnamed=_norms(data["unnamed_heads"]),
        groups=_norms(data["group_heads"]),
        organisations=_norms(data["organisation_heads"]),
        documents=_norms(data["document_heads"]),
        stops=_norms(data["stops"]),
        quantifiers=_norms(data.get("quantifiers", [])),
        manner=_norms(data.get("manner_heads", [])),
        times=_norms(data.get("time_words", [])),
        object_heads=_norms(data.get("object_heads", [])),
        never=_norms(data.get("never_subjects", [])),
        issued=_norms(data.get("issued_words", [])),
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
        people=people,
        people_definite=people_definite,
        people_titles=frozenset(people_titles),
        naming=_norms(data.get("naming_words", [])),
        plural_people=_norms(data.get("plural_people", [])),
        not_plurals=_norms(data.get("not_plurals", [])),
        partitives=_norms(data.get("partitives", [])),
        reporters=_norms(data.get("reporters", [])),
    )


def _people(data: dict) -> tuple[dict[str, str], dict[str, str]]:
    """People nouns by gender, and their ال forms."""
    people: dict[str, str] = {}
    for gender in ("m", "f"):
        for noun in (data.get("people_nouns") or {}).get(gender, []):
            people[normalize(noun)] = gender
    irregular = {normalize(k): normalize(v) for k, v in (data.get("people_definite") or {}).items()}
    return people, {n: irregular.get(n, "ال" + n) for n in people}


def _firsts(titles: dict[tuple[str, ...], str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for key in titles:
        out[key[0]] = max(out.get(key[0], 0), len(key))
    return out


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


norm_word = lru_cache(maxsize=1 << 16)(normalize)  # news repeats its words: normalise each once


def words(text: str, start: int, limit: int) -> list[Word]:
    """Words and punctuation of `text[start:limit]`, at most a speaker phrase's worth."""
    out: list[Word] = []
    last = ""  # the norm of the word before
    ala = False  # an "علي" read as على: checked once the phrase is read
    skip = -1  # the closing mark of a quoted name read as plain words
    for m in _TOKEN.finditer(text, start, limit):
        raw = m.group()
        if m.start() == skip:
            continue
        norm = norm_word(raw)
        if not norm:
            continue  # a lone diacritic or tatweel
        if norm in _NAME_OPENERS and _names_a_body(last, out):
            close = _quoted_name_end(text, m.end(), limit)
            if close >= 0:  # نائب رئيس «أرامكو السعودية» السابق: the body's name, not speech
                skip = close
                continue
        if norm == "." and (
            last == "د" or (text[m.end() : m.end() + 1].isalnum() and dotted_point(text, m.start()))
        ):
            continue  # "د. سعد الوهيبي", "بي.إم.آي": the abbreviation's point ends nothing
        ali = False
        if norm == "علي":
            ali = raw.rstrip(_MARKS)[-1:] == "ي"
            ala = ala or not ali
        end = skip + 1 if m.end() == skip else m.end()  # the name's last word keeps its mark
        out.append(Word(m.start(), end, norm, ali, "\u064b" in raw))
        last = norm
        if len(out) > MAX_WORDS + 3 or norm in _PHRASE_END:
            break  # a speaker phrase never runs past a comma, a colon or a quote mark
    if ala:
        for i, w in enumerate(out):
            if w.norm == "علي" and not w.ali and _ali_spelled_ala(out, i):
                w.ali = True
    return out


_NAME_OPENERS = frozenset('«“"')
_NAME_CLOSERS = '»”"'


def _names_a_body(word: str, before: list[Word]) -> bool:
    """An indefinite title ("رئيس", "مدير عام"), or a body's head after one ("الرئيس التنفيذي
    لشركة"): what follows in quote marks is a body's name. After "المتحدث" it could be
    speech, and a phrase that opens with a body ("صحيفة «…»") reads its name elsewhere."""
    if not word:
        return False
    rs = readings(word)
    if any(r.startswith("ال") for r in (word, *rs)):
        return False
    if any(r in speaker_lexicon().reporters for r in rs):
        return False  # مراسل "الجوهرة أف أم": the outlet's name, read by the reporter rules
    lex = speaker_lexicon()
    if any((r,) in lex.titles for r in rs):
        return True
    if not any(r in lex.organisations or r == "عام" for r in rs):
        return False
    return any((r,) in lex.titles for w in before for r in readings(w.norm))


def _quoted_name_end(text: str, at: int, limit: int) -> int:
    """Where the mark closing a short name (one to four words, no punctuation) opened just
    before `at` stands, or -1."""
    for k in range(at, min(limit, at + 40)):
        if text[k] in _NAME_CLOSERS:
            inner = text[at:k].split()
            if 0 < len(inner) <= 4 and not any(ch in BREAK_PUNCT for ch in text[at:k]):
                return k
            return -1
    return -1


def _ali_spelled_ala(ws: list[Word], i: int) -> bool:
    """ "الدكتور على بن هندي", "السفير على الصادق": news often writes the name علي with ى;
    after a rank, or before بن, it is the name, never the preposition."""
    if i + 1 >= len(ws):
        return False
    after = ws[i + 1].norm
    if after in ("بن", "ابن"):
        return True
    lex = speaker_lexicon()
    if after in lex.stops or after in lex.object_heads or after in BREAK_PUNCT:
        return False  # "وأكد الدكتور على أهمية …", "على أن": the preposition
    if i > 0 and (ws[i - 1].norm,) in lex.ranks:
        return True
    # after a title, a name of two words closed by a comma or a setting ("السفير على الصادق في
    # تصريح له، إن"); "شدد السفير على الدور الكبير" goes on, so it is the preposition
    if i == 0 or (ws[i - 1].norm,) not in lex.titles or i + 2 >= len(ws):
        return False
    close = ws[i + 2].norm
    if close in ("،", ","):
        return True
    return close in ("في", "خلال") and i + 3 < len(ws) and in_set(ws[i + 3].norm, lex.settings)


@lru_cache(maxsize=1 << 16)
def readings(norm: str) -> tuple[str, ...]:
    return proclitic_stems(norm) if len(norm) > 3 else (norm,)


@lru_cache(maxsize=1 << 16)
def is_definite(norm: str) -> bool:
    """ال-word, also behind و/ف/ب/ل/ك ("بالمكتبة", "للرئيس")."""
    return any(r.startswith("ال") and len(r) > 3 for r in readings(norm))


@lru_cache(maxsize=1 << 16)
def in_set(norm: str, table: frozenset[str]) -> bool:
    """Is a reading of `norm` in `table` (tables are the lexicon's frozensets: few, hashed once)."""
    return any(r in table for r in readings(norm))


def match_title(ws: list[Word], i: int, lex: SpeakerLexicon) -> tuple[int, str] | None:
    """(number of words, gender) of the longest title starting at word `i`."""
    best = None
    for first, longest in _title_starts(ws[i].norm, lex):
        for n in range(min(longest, len(ws) - i), 0, -1):
            key = (first, *(w.norm for w in ws[i + 1 : i + n]))
            if key in lex.titles and (best is None or n > best[0]):
                best = (n, lex.titles[key])
                break
    return best


@lru_cache(maxsize=1 << 16)
def _title_starts(norm: str, lex: SpeakerLexicon) -> tuple[tuple[str, int], ...]:
    """(reading, words of the longest title it opens) for each reading of `norm` that opens a
    title: none for most words, found once per word."""
    return tuple((r, lex.title_firsts[r]) for r in readings(norm) if r in lex.title_firsts)


def match_rank(ws: list[Word], i: int, lex: SpeakerLexicon) -> int:
    first = ws[i].norm
    if (first,) not in lex.ranks and first not in lex.rank_firsts:
        return 0  # most words open no rank: one set lookup
    if i + 1 < len(ws) and (first, ws[i + 1].norm) in lex.ranks:
        return 2
    return 1 if (first,) in lex.ranks else 0


def hard_stop(ws: list[Word], i: int, lex: SpeakerLexicon, in_title: bool) -> bool:
    w = ws[i]
    if w.norm in BREAK_PUNCT or w.norm in lex.stops or w.accusative or w.norm in lex.quantifiers:
        return True
    if (w.norm in lex.openers and not w.ali) or w.norm in lex.title_preps:
        nxt = ws[i + 1].norm if i + 1 < len(ws) else ""
        return not (w.norm in lex.title_preps and in_title and not in_set(nxt, lex.settings))
    # a glued preposition before a settings noun: "بمؤتمر", "لوكالة"
    if len(w.norm) > 3 and w.norm[0] in "بل" and w.norm[1:] in lex.settings:
        return True
    # outside a title, ل + a title is the addressee: "مصدر أمني لمراسل الجوهرة"
    return not in_title and addressee(w, lex)


def addressee(w: Word, lex: SpeakerLexicon) -> bool:
    """ل glued to an indefinite title ("لمراسل", "لموفد"), the word itself no title."""
    norm = w.norm
    if norm[:1] != "ل" or norm[:2] == "لل" or len(norm) < 4 or (norm,) in lex.titles:
        return False
    return match_title([Word(w.start + 1, w.end, norm[1:])], 0, lex) is not None


def is_name_word(w: Word, lex: SpeakerLexicon) -> bool:
    if not w.norm or not (w.norm[0].isalpha()) or w.norm in lex.stops:
        return False
    if (w.norm in lex.openers and not w.ali) or w.norm in lex.title_preps:
        return False  # "في مستشفى": a preposition never starts or joins a name
    if w.norm in lex.object_heads:
        return False  # "أكد الوزير أهمية التنسيق": the object, not a name
    if len(w.norm) > 4 and w.norm.endswith(("ها", "هم", "هما")):
        return False  # "المنتهية ولايتها": a possessive pronoun, not a name
    return not is_definite(w.norm) or w.norm in lex.joiners


def parenthesised(ws: list[Word], i: int) -> int:
    """Index after a short "( … )" starting at `i`, or `i` when there is none."""
    if i < len(ws) and ws[i].norm == "(":
        for j in range(i + 1, min(i + 6, len(ws))):
            if ws[j].norm == ")":
                return j + 1 if j > i + 1 else i
    return i


def common_noun(norm: str, lex: SpeakerLexicon) -> bool:
    """A definite word that names no one: not a nisba family name, not a country."""
    if not is_definite(norm) or norm.endswith("ي"):
        return False
    return not in_set(norm, lex.countries) and norm not in lex.countries


def bare_definite(ws: list[Word], j: int) -> bool:
    """An ال-word followed by a bare indefinite word: the noun phrase ends at the ال-word.

    A word behind ل/ب followed by an ال-word ("لكرة القدم", "لمراقبة الفيضانات") still
    belongs to the name; "لصحفيين يرافقون", "بتمرير قانون" do not.
    """
    head, nxt = ws[j - 1].norm, ws[j].norm
    if not head.startswith("ال") or not nxt[:1].isalpha() or is_definite(nxt):
        return False
    return not (nxt[0] in "لب" and j + 1 < len(ws) and is_definite(ws[j + 1].norm))


def family_name(w: Word, lex: SpeakerLexicon) -> bool:
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


def governed_word(w: Word) -> bool:
    """A word with a preposition in front and a pronoun behind ("لخلفيته", "بعملها")."""
    n = w.norm
    return len(n) > 4 and n[0] in "لبك" and n.endswith(("ه", "ها", "هم"))


_OWN_YA = frozenset(["محامي", "قاضي"])  # "محاميه": his lawyer


def titled_suffix(w: Word, lex: SpeakerLexicon) -> bool:
    """ "مساعدته", "مستشارها": a title with a possessive pronoun starts an apposition."""
    for suffix in ("ته", "تها", "تهم", "ه", "ها", "هم"):
        if w.norm.endswith(suffix) and len(w.norm) > len(suffix) + 2:
            stem = w.norm[: -len(suffix)] + ("ه" if suffix.startswith("ت") else "")
            if suffix == "ه" and stem.endswith("ي") and stem not in _OWN_YA:
                continue  # "إعلامية", "أكاديمية": a feminine nisba, not "إعلامي" + ه
            for key in ((stem,), ("ال" + stem,)):
                # "مقيمة" is no "مقيم" + ه: people nouns are read as titles only whole
                if key in lex.titles and key not in lex.people_titles:
                    return True
    return False
