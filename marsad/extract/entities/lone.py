"""One-word people the tagger read from ordinary words.

The tagger takes an adjective after its noun (مواطن صالح، مستشار مالي، ألف مبارك) or an
ordinary noun (صورة سيلفي) for a given name. A one-word person is kept when something in the
article speaks for it; an ordinary word needs more of that than a rare one:
- evidence for a name: a title before it, a verb of saying right before or after it, a kin
  word before it (ابنه هيثم), a second mention, or the word inside a longer name;
- a word that the annotated NER corpora seldom or never tag as a person (`person_words.txt`,
  built by `training/given_names.py`) and that news uses plainly, with the article too
  (`common_words.txt`: المالي، الجميل; no surname such as نتنياهو is), is no name without
  such evidence;
- a word that is also an adjective (it has a feminine in ة that news uses: صالحة، مالية)
  right after an indefinite noun agrees with that noun; it names no one there.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from marsad.extract.entities.evidence import after_saying, is_saying, masculine_saying
from marsad.extract.entities.gazetteer import common_words, is_common, is_definite, name_words
from marsad.extract.entities.mentions import Mention, Stream, words
from marsad.extract.entities.titles import title_at, title_before
from marsad.extract.entities.words import has_tanween, person_words
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize
from marsad.text.tokens import Token

# the particle before an adjective that it negates (غير محمود)
NEGATION = frozenset({"غير"})
# endings of a feminine, dual or plural noun, which a masculine singular adjective cannot
# follow (the one-word person here is masculine: صالح، عادل، مبارك)
FEMININE_PLURAL = ("ة", "ات", "ين", "ون", "ان")


@cache
def saying_forms() -> frozenset[str]:
    """Verbs of saying, masculine and feminine singular (قال، قالت، أوضح، أوضحت)."""
    verbs = load_lexicon("reporting_verbs")["verbs"]
    feminine = {normalize(form) for verb in verbs for form in verb.get("f", [])}
    return masculine_saying() | frozenset(feminine)


def drop_ordinary_people(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """Drop one-word tagger people that are ordinary words with nothing in the article
    speaking for them as names (see the module's notes)."""
    people = [m for m in mentions if m.type == "PER"]
    if not people:
        return mentions
    seen = Counter(words(stream, m) for m in people)
    longer = {w for m in people if m.j - m.i > 1 for w in words(stream, m)}
    return [m for m in mentions if not _ordinary(stream, m, seen, longer)]


def _ordinary(stream: Stream, m: Mention, seen: Counter[tuple[str, ...]], longer: set[str]) -> bool:
    if m.type != "PER" or m.source != "tagger" or m.j - m.i != 1:
        return False
    token = stream.tokens[m.i]
    norm = normalize(token.text[m.skip :]) if m.skip else token.norm  # وجميل → جميل
    common = common_words()
    if norm not in common or is_definite(token) or norm in longer or seen[(norm,)] > 1:
        return False
    # an ordinary word: news also uses it with the article (المالي، الصالح), which no
    # surname does (نتنياهو، لوبان)
    ordinary = "ال" + norm in common
    rare_name = ordinary and norm not in person_words()
    adjective = (ordinary or norm + "ه" in common) and _after_indefinite_noun(stream, m.i)
    if not (rare_name or adjective):
        return False
    return not _named_here(stream, m.i)


def _named_here(stream: Stream, i: int) -> bool:
    """Does the context of token i show a person: a title before it, a verb of saying
    right before or after it, a rare word after it (the family name the tagger left out)
    or a kin word before it?"""
    if title_before(stream, i):
        return True
    forms = saying_forms()
    if after_saying(stream, i, forms):
        return True
    nxt = i + 1
    if nxt < len(stream.tokens) and stream.same_sentence(i, nxt):
        if is_saying(stream.tokens[nxt].norm, forms):
            return True
        if stream.tokens[nxt].is_word and not is_common(stream.tokens[nxt]):
            return True  # دخول مالك بعيو: a rare word after it is the family name left out
    k = i - 1 if i > 0 and stream.tokens[i - 1].is_word else i - 2  # ووالدته "ليلى"
    if k >= 0 and stream.same_sentence(k, i):
        prev = stream.tokens[k].norm
        kin = name_words().kinship
        stem = prev[1:] if prev[:1] in ("و", "ف") else prev
        if any(stem.startswith(w) and len(stem) - len(w) <= 2 for w in kin):
            return True  # ابنه هيثم، ووالدته ليلى
    return False


def _after_indefinite_noun(stream: Stream, i: int) -> bool:
    """Is token i right after an indefinite ordinary noun it can agree with (مواطن صالح،
    بقضاء عادل), or after غير? The noun is masculine singular, as the word is."""
    if i == 0 or not stream.same_sentence(i - 1, i):
        return False
    prev = stream.tokens[i - 1]
    if not prev.is_word:
        return False
    norm = prev.norm
    if norm in NEGATION:
        return True
    common = common_words()
    if norm.startswith("ال") or is_definite(prev) or norm in person_words():
        return False
    if title_at(stream, i - 1) is not None:
        return False
    if prev.text.endswith(FEMININE_PLURAL):
        return False  # حكومة صالح، قوات صالح: a masculine word after them is their genitive
    stems = [norm] + [norm[n:] for n in (1, 2) if len(norm) - n >= 3]
    return any(s in common and "ال" + s in common for s in stems)


def family_after_given(stream: Stream, mentions: list[Mention]) -> list[Mention]:
    """A one-word person that is a given name the NER corpora know, right before a definite
    nisba rare in news, takes it as its family name the tagger left out (قالت آمنة العوادي،
    وحل المغربي عثمان القمري، الشيخ طاهر الأشرفي); not a word that ends another person's
    name in the article (أوباما of باراك أوباما is no given name)."""
    tokens = stream.tokens
    owned = {k for m in mentions for k in range(m.i, m.j)}
    last_words = {tokens[m.j - 1].norm for m in mentions if m.type == "PER" and m.j - m.i > 1}
    for m in mentions:
        k = m.j
        if m.type != "PER" or m.j - m.i != 1 or k >= len(tokens) or k in owned:
            continue
        given = tokens[m.i].norm
        if given not in person_words() or given in last_words:
            continue
        if stream.same_sentence(m.i, k + 1) and _nisba(tokens[k]):
            m.j = k + 1
            owned.add(k)
    return mentions


def _nisba(token: Token) -> bool:
    """A definite word in ي that news seldom uses (العوادي، البرهومي), bare of proclitics."""
    norm = token.norm
    return (
        token.kind == "word"
        and len(norm) > 4
        and norm.startswith("ال")
        and norm.endswith("ي")
        and not is_common(token)
        and not has_tanween(token)
    )
