"""Word lists of the entities stage read from `marsad/lang/ar/` (`name_words.yaml`,
`org_words.yaml`, `places.yaml`) and CLDR's month and weekday names, normalised and cached.

`gazetteer` re-exports them, so both import paths work.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache

from babel import Locale

from marsad.lang import load_lexicon, load_word_list, require_keys
from marsad.text.normalize import normalize, normalize_phrase, strip_diacritics
from marsad.text.tokens import Token


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The normalised words of a lexicon phrase."""
    return tuple(normalize_phrase(phrase).split())


@dataclass(frozen=True, slots=True)
class OrgWords:
    heads: frozenset[str]  # strong and weak heads
    weak_heads: frozenset[str]
    services: frozenset[str]  # weak heads named only by a place (صحة جازان)
    modifier_only: frozenset[str]  # weak heads named only by a naming modifier
    name_titles: frozenset[str]
    naming_modifiers: frozenset[str]
    stop_words: frozenset[str]
    stop_words_maqsura: frozenset[str]  # stop words ending in ى, matched on the written form


CALENDAR_LOCALES = ("ar", "ar_SY", "ar_MA", "ar_TN")


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names in the Arabic locales of CLDR (شباط، أيلول، جانفي، الأحد …)."""
    words: set[str] = set()
    for name in CALENDAR_LOCALES:
        locale = Locale.parse(name)
        for table in (locale.months, locale.days):
            for context in table.values():
                for width in context.values():
                    words.update(normalize_phrase(w) for w in width.values())
    return frozenset(words)


def _places_set(key: str) -> frozenset[str]:
    """A word list of places.yaml, normalised (every key is required)."""
    return frozenset(normalize(w) for w in load_lexicon("places")[key])


@cache
def loc_heads() -> frozenset[str]:
    """Nouns that open a place name (محافظة، حي، مسجد …), normalised."""
    return _places_set("loc_heads")


@cache
def loc_openers() -> dict[str, bool]:
    """Place nouns that open a name → whether the noun is part of the name (محافظة: True)."""
    return {normalize(k): v == "whole" for k, v in load_lexicon("places")["loc_openers"].items()}


@cache
def facilities() -> frozenset[str]:
    """Place openers naming a facility (مطار، شارع): a known place after one stays itself."""
    return _places_set("facilities")


@cache
def place_directions() -> tuple[frozenset[str], frozenset[str]]:
    """Feminine directions that make a new place (سوسة الشمالية), and the nouns whose place a
    direction merely describes (محافظة أبين الجنوبية)."""
    data = load_lexicon("places")
    return (
        frozenset(normalize(w) for w in data["place_directions"]),
        frozenset(normalize(w) for w in data["described_by_directions"]),
    )


def has_tanween(token: Token) -> bool:
    """Written with tanween (ـً ـٌ ـٍ): an indefinite noun or adjective, never a name."""
    return any(ch in "\u064b\u064c\u064d" for ch in token.text)


@cache
def town_words() -> frozenset[str]:
    """Words that open town names (بن، سيدي، منزل، عين …: `town_words` in places.yaml)."""
    return _places_set("town_words")


@cache
def admin_units() -> frozenset[str]:
    """Place openers after which a rare word in ة is a name (معتمدية حيدرة، جزيرة سترة)."""
    return _places_set("admin_units")


@cache
def royal_places() -> frozenset[str]:
    """Place nouns named after a king or prince (مطار، طريق، مدينة … الملك فهد)."""
    return _places_set("royal_places")


@dataclass(frozen=True, slots=True)
class NameWords:
    linkers: frozenset[str]
    breakers: frozenset[str]
    after_name: frozenset[str]
    pronoun_prepositions: frozenset[str]
    pronoun_endings: tuple[str, ...]
    place_prepositions: frozenset[str]
    title_inflections: tuple[str, ...]
    honorifics: tuple[tuple[str, ...], ...]
    kinship: frozenset[str]
    currencies: frozenset[str]
    topic_markers: frozenset[str]
    predicate_verbs: frozenset[str]
    definite_given: frozenset[str]
    complementisers: frozenset[str]
    interrogatives: frozenset[str]


@cache
def name_words() -> NameWords:
    """Word lists of `name_words.yaml`, normalised."""
    data = load_lexicon("name_words")
    keys = [f.name for f in fields(NameWords)]
    require_keys(data, keys, "name_words")

    def norm(key: str) -> list[str]:
        return [normalize(w) for w in data[key]]

    return NameWords(
        frozenset(norm("linkers")),
        frozenset(norm("breakers")),
        frozenset(norm("after_name")),
        frozenset(norm("pronoun_prepositions")),
        tuple(norm("pronoun_endings")),
        frozenset(norm("place_prepositions")),
        tuple(norm("title_inflections")),
        tuple(phrase_words(w) for w in data["honorifics"]),
        frozenset(norm("kinship")),
        frozenset(norm("currencies")),
        frozenset(norm("topic_markers")),
        frozenset(norm("predicate_verbs")),
        frozenset(norm("definite_given")),
        frozenset(strip_diacritics(w) for w in data["complementisers"]),  # hamza kept
        frozenset(norm("interrogatives")),
    )


@cache
def org_words() -> OrgWords:
    data = load_lexicon("org_words")
    require_keys(
        data,
        (
            "heads",
            "weak_heads",
            "services",
            "modifier_only",
            "name_titles",
            "naming_modifiers",
            "stop_words",
            "names",
        ),
        "org_words",
    )

    def norm_set(items: Iterable[str]) -> frozenset[str]:
        return frozenset(normalize(w) for w in items)

    weak = norm_set(data["weak_heads"])
    stops = [w for w in data["stop_words"] if not w.endswith("ى")]
    return OrgWords(
        norm_set(data["heads"]) | weak,
        weak,
        norm_set(data["services"]),
        norm_set(data["modifier_only"]),
        norm_set(data["name_titles"]),
        norm_set(data["naming_modifiers"]),
        norm_set(stops),
        norm_set(w for w in data["stop_words"] if w.endswith("ى")),
    )


def is_stop(token: Token) -> bool:
    """A particle or time word that ends names. Those written with final ى (على، إلى، لدى)
    count only when written so: normalised, على is the name علي."""
    ow = org_words()
    if token.norm in ow.stop_words:
        return True
    return token.norm in ow.stop_words_maqsura and strip_diacritics(token.text).endswith("ى")


@cache
def person_words() -> frozenset[str]:
    """Words the NER corpora use mostly inside person names (`person_words.txt`)."""
    return frozenset(load_word_list("person_words"))


@cache
def name_pairs() -> frozenset[tuple[str, str]]:
    """Frequent words that mostly come together, as a name's words do (`name_pairs.txt`)."""
    return frozenset(tuple(line.split(" ", 1)) for line in load_word_list("name_pairs"))  # type: ignore[misc]


def bound(a: Token, b: Token) -> bool:
    """Do the words of tokens a and b, in this order, make one of those pairs?"""
    return (a.norm, b.norm) in name_pairs()
