"""Gazetteers for entity post-correction: places, organisations, nationality adjectives.

Country names come from CLDR through babel (`Locale('ar').territories`) at load time, city
names from CLDR's exemplar cities and from `corpus_places.txt` (towns and regions the news
corpora attest, built by `training/places.py`); `marsad/lang/ar/places.yaml`,
`nationalities.yaml` and `org_words.yaml` add what CLDR lacks. Everything is matched on
normalised tokens (`marsad.text.normalize`), the first token with or without its proclitics,
longest match first.
Built once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from babel import Locale

from marsad.extract.entities.words import (
    NameWords as NameWords,
    OrgWords as OrgWords,
    admin_units as admin_units,
    calendar_words as calendar_words,
    facilities as facilities,
    is_stop as is_stop,
    loc_heads as loc_heads,
    loc_openers as loc_openers,
    name_words as name_words,
    org_words as org_words,
    phrase_words,
    royal_places as royal_places,
)
from marsad.lang import load_lexicon, load_word_list, require_keys
from marsad.text.normalize import normalize, normalize_phrase, strip_diacritics
from marsad.text.tokens import Token, proclitic_stems

# how a nisba adjective inflects: every word of the phrase takes the same suffix
NISBA_SUFFIXES = ("", "ة", "ون", "ين", "ات", "ان", "تان", "تين")


@dataclass(frozen=True, slots=True)
class Entry:
    """A gazetteer phrase: `kind` country | place | city | org | nationality."""

    words: tuple[str, ...]  # normalised tokens
    kind: str
    key: str  # country code, or the normalised canonical name
    canonical: str  # the name to show (country name for nationality adjectives)
    plural: bool = False  # a plural or dual adjective (الفلسطينيون): never part of a name

    @property
    def type(self) -> str:
        return "ORG" if self.kind == "org" else "LOC"


@dataclass(frozen=True, slots=True)
class Match:
    """`entry` found on tokens `start`..`end`-1; the first token minus `skip` characters."""

    start: int
    end: int
    entry: Entry
    skip: int = 0


def name_key(phrase: str) -> str:
    """Key of a name that is not a country: normalised, spaces dropped (بيونغ يانغ)."""
    return normalize_phrase(phrase).replace(" ", "")


@cache
def country_names() -> dict[str, str]:
    """ISO code → preferred Arabic name (CLDR, overridden by places.yaml `canonical`)."""
    data = load_lexicon("places")
    require_keys(
        data,
        (
            "canonical",
            "variants",
            "places",
            "loc_heads",
            "loc_openers",
            "ambiguous",
            "not_places",
            "not_cities",
            "country_heads",
            "place_adjectives",
        ),
        "places",
    )
    skip = {str(code) for code in data["not_places"]}
    names = {
        code: name
        for code, name in Locale("ar").territories.items()
        if code not in skip and not code[0].isdigit()
    }
    names.update({str(k): v for k, v in data["canonical"].items()})
    return names


@cache
def place_adjectives() -> frozenset[str]:
    """Adjectives that make a new place of a place (الجديدة، الكبرى), normalised."""
    country_names()  # checks the lexicon's keys
    return frozenset(normalize(w) for w in load_lexicon("places")["place_adjectives"])


@cache
def country_heads() -> dict[str, str]:
    """Head noun of official country names (normalised, definite) → its default country."""
    country_names()  # checks the lexicon's keys
    return {normalize(k): str(v) for k, v in load_lexicon("places")["country_heads"].items()}


@cache
def region_names() -> list[str]:
    """CLDR region names (أوروبا، شرق آسيا …)."""
    skip = {str(code) for code in load_lexicon("places")["not_places"]}
    return [
        name
        for code, name in Locale("ar").territories.items()
        if code[0].isdigit() and code not in skip
    ]


def is_definite(token: Token) -> bool:
    """A noun with the article, bare or after proclitics (الوزارة، بالمكتبة، للصحافيين);
    particles that merely look so (إلى → الي) are not."""
    if is_stop(token):
        return False
    return _definite(token.text, token.norm)


@lru_cache(maxsize=65536)
def _definite(text: str, norm: str) -> bool:
    """The article's alif never bears a hamza, so إلياس، إلهام، ألبانيا open with no article."""
    bare = strip_diacritics(text)
    n = len(bare)
    return any(
        r.startswith("ال")
        and len(r) > 3
        and (n != len(norm) or not 0 <= n - len(r) < n or bare[n - len(r)] not in "إأآ")
        for r in readings_of(norm)
    )


def name_readings(token: Token) -> tuple[str, ...]:
    """`proclitic_stems` of a word that may be a name: never the verbal سـ (ستالين ≠ تالين),
    never without its article (المالي is not مالي)."""
    return readings_of(token.norm)


@lru_cache(maxsize=65536)
def readings_of(norm: str) -> tuple[str, ...]:
    """Readings that keep the article a word has (بالرياض → الرياض, never رياض) and never
    strip the verbal سـ."""
    out = []
    for r in proclitic_stems(norm):
        prefix = norm[: len(norm) - len(r)]
        if "س" in prefix or prefix.endswith(("ال", "لل")):
            continue  # للسعودية is ل + السعودية, never ل + ل + سعودية
        out.append(r)
    return tuple(out)


@cache
def cldr_cities() -> list[str]:
    """CLDR exemplar cities in Arabic, minus names that are ordinary words."""
    data = load_lexicon("places")
    banned = {normalize_phrase(w) for w in data["not_cities"]}
    out = []
    for zone in Locale("ar").time_zones.values():
        city = zone.get("city")
        if not city or "(" in city or "،" in city:
            continue
        norm = normalize_phrase(city)
        if norm in banned or len(norm.replace(" ", "")) < 4:
            continue
        out.append(city)
    return out


@cache
def corpus_places() -> tuple[str, ...]:
    """Towns and regions attested in the news corpora (`corpus_places.txt`)."""
    return load_word_list("corpus_places")


def nisba_forms(adjective: str) -> list[str]:
    """All inflected forms of a masculine nisba phrase (كوري شمالي → الكورية الشمالية …)."""
    return [form for form, _ in _nisba_forms(adjective)]


def _nisba_forms(adjective: str) -> list[tuple[str, bool]]:
    """(form, plural) pairs: the singular forms first."""
    words = adjective.split()
    forms = []
    for suffix in NISBA_SUFFIXES:
        for article in ("", "ال"):
            form = " ".join(article + w + suffix for w in words)
            forms.append((form, suffix not in ("", "ة")))
    return forms


@cache
def common_words() -> frozenset[str]:
    """Ordinary news words (`common_words.txt`, built from the ANT corpus)."""
    return frozenset(load_word_list("common_words"))


def is_common(token: Token) -> bool:
    """An ordinary word, bare or behind a proclitic (بتشكيل → تشكيل)."""
    words = common_words()
    return any(r in words for r in readings_of(token.norm) if r == token.norm or len(r) >= 4)


def _entries() -> Iterable[Entry]:
    """Every phrase, strongest kinds first (a later duplicate never replaces an earlier one)."""
    places = load_lexicon("places")
    names = country_names()
    ambiguous = {str(code) for code in places["ambiguous"]}
    for code, name in names.items():
        yield Entry(phrase_words(name), "city" if code in ambiguous else "country", code, name)
    for code, variants in places["variants"].items():
        for variant in variants:
            yield Entry(phrase_words(variant), "country", str(code), names.get(str(code), variant))
    for name in load_lexicon("org_words")["names"]:
        yield Entry(phrase_words(name), "org", name_key(name), name)
    cities = set(cldr_cities())
    for name in [*region_names(), *places["places"], *cldr_cities()]:
        kind = "place" if name not in cities else "city"
        yield Entry(phrase_words(name), kind, name_key(name), name)
    for name in corpus_places():
        yield Entry(phrase_words(name), "city", name_key(name), name)
    yield from _nationality_entries(names)


@cache
def adjective_countries() -> frozenset[tuple[str, ...]]:
    """Country names that are also a singular nationality adjective (السعودية): after a noun
    they qualify it (القيادات السعودية), alone they name the country."""
    out: set[tuple[str, ...]] = set()
    for adjectives in load_lexicon("nationalities")["countries"].values():
        for adjective in adjectives:
            for form, plural in _nisba_forms(adjective):
                entry = lookup(form)
                if not plural and entry is not None and entry.kind == "country":
                    out.add(entry.words)
    return frozenset(out)


def _nationality_entries(names: dict[str, str]) -> Iterable[Entry]:
    data = load_lexicon("nationalities")
    require_keys(data, ("countries", "broken_plurals", "regions"), "nationalities")
    for code, adjectives in data["countries"].items():
        for adjective in adjectives:
            for form, plural in _nisba_forms(adjective):
                yield Entry(phrase_words(form), "nationality", str(code), names[str(code)], plural)
    for code, plurals in data["broken_plurals"].items():
        for word in plurals:
            yield Entry(phrase_words(word), "nationality", str(code), names[str(code)], True)
    for region, adjectives in data["regions"].items():
        for adjective in adjectives:
            for form, plural in _nisba_forms(adjective):
                yield Entry(phrase_words(form), "nationality", name_key(region), region, plural)


@cache
def gazetteer() -> dict[str, tuple[Entry, ...]]:
    """First normalised word → entries starting with it, longest first."""
    seen: set[tuple[str, ...]] = set()
    index: dict[str, list[Entry]] = {}
    for entry in _entries():
        variants = [entry.words]
        if len(entry.words) == 2 and not entry.words[0].startswith("ال"):
            variants.append(("".join(entry.words),))  # بيونغ يانغ / بيونغيانغ
        if entry.kind != "nationality":
            variants.extend([tuple(_g_as_j(w) for w in v) for v in variants])
        for words in variants:
            if not words or words in seen:
                continue
            seen.add(words)
            index.setdefault(words[0], []).append(
                Entry(words, entry.kind, entry.key, entry.canonical, entry.plural)
            )
    return {w: tuple(sorted(es, key=lambda e: -len(e.words))) for w, es in index.items()}


def spelled_as(token: Token, skip: int, name: str) -> bool:
    """Is the word (after `skip` proclitic characters) written as the name is, where
    normalisation folds letters that tell words apart: a hamza on its seat (المهدئة is not
    المهدية) and ة against the pronoun ه (منوبه "his client" is not منوبة)?"""
    word = strip_diacritics(token.text[skip:])
    last = strip_diacritics(name).split()[0]
    for letter in "ئؤ":
        if (letter in word) != (letter in last):
            return False
    return not (word.endswith("ه") and last.endswith("ة"))


def _g_as_j(word: str) -> str:
    """A foreign name's final "g" is written غ or ج (لوكسمبورغ / لوكسمبورج، بيونغ / بيونج)."""
    return word[:-1] + "ج" if len(word) >= 4 and word.endswith("غ") else word


def skip_chars(token: Token, reading: str) -> int:
    """How many characters of `token.text` precede `reading` (a proclitic-free reading)."""
    if reading == token.norm:
        return 0
    cut = len(token.norm) - len(reading)
    if reading.startswith("ال") and not token.norm.endswith(reading):
        cut = len(token.norm) - len(reading) + 1  # لل… : the article was swallowed
    # map a cut in the normalised form back to the raw text (diacritics/tatweel vanish there)
    kept = 0
    for i, ch in enumerate(token.text):
        if kept == cut:
            return i
        if normalize(ch):
            kept += 1
    return len(token.text)


def match_at(tokens: Sequence[Token], i: int, kinds: frozenset[str] | None = None) -> Match | None:
    """The longest gazetteer phrase starting at token `i` (its proclitics allowed)."""
    index = gazetteer()
    best: Match | None = None
    for reading in name_readings(tokens[i]):
        for entry in index.get(reading, ()):
            if kinds is not None and entry.kind not in kinds:
                continue
            n = len(entry.words)
            if best is not None and n <= best.end - best.start:
                break
            if n == 1 and len(reading) <= 3 and reading != tokens[i].norm:
                continue  # short names (واس، وات) only as whole words: فوات ≠ وات
            if i + n <= len(tokens) and all(
                tokens[i + k].norm == entry.words[k] for k in range(1, n)
            ):
                best = Match(i, i + n, entry, skip_chars(tokens[i], reading))
                break
    return best


def lookup(phrase: str) -> Entry | None:
    """The entry whose words are exactly `phrase` (normalised), if any."""
    words = phrase_words(phrase)
    if not words:
        return None
    for entry in gazetteer().get(words[0], ()):
        if entry.words == words:
            return entry
    return None
