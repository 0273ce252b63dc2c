"""Word-level gazetteer flags for the NER features.

Sources (all normalised with `marsad.text.normalize`):
- CLDR via babel: territory and exemplar-city names → LOC;
- titles and roles from `marsad/lang/ar/titles.yaml` → TTL (a name often follows);
- the names annotated in the extra corpora (AQMAR, WikiFANE; never ANERcorp, whose own
  names would make the flag look perfect on its training sentences): a word gets TYPE when
  it is part of a TYPE name often enough relative to all its uses.
A flag is TYPE-S (one-word name), TYPE-B (first word), TYPE-I (later word).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from babel import Locale

from marsad.extract.ner.conll import Sentence, spans
from marsad.lang import load_lexicon
from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_stems


def _add_name(flags: dict[str, set[str]], words: list[str], kind: str) -> None:
    if len(words) == 1:
        flags[words[0]].add(f"{kind}-S")
        return
    for i, word in enumerate(words):
        flags[word].add(f"{kind}-{'B' if i == 0 else 'I'}")


def cldr_flags(flags: dict[str, set[str]]) -> None:
    locale = Locale("ar")
    names = list(locale.territories.values())
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city:
            names.append(city)
    for name in names:
        words = normalize(name).split()
        if words and not any(ch.isdigit() for ch in name):
            _add_name(flags, words, "LOC")


def title_flags(flags: dict[str, set[str]]) -> None:
    for entry in load_lexicon("titles")["titles"]:
        words = normalize(entry["text"]).split()
        if words:
            flags[words[-1]].add("TTL")


def corpus_flags(
    flags: dict[str, set[str]],
    sentences: list[Sentence],
    min_count: int = 2,
    min_share: float = 0.3,
) -> None:
    """Flag words that are mostly used inside names of one type in `sentences`."""
    uses: Counter[str] = Counter()
    named: dict[tuple[str, str], int] = defaultdict(int)
    for tokens, tags in sentences:
        words = [_stem(t) for t in tokens]
        uses.update(words)
        for start, end, kind in spans(tags):
            for i in range(start, end):
                pos = "S" if end - start == 1 else ("B" if i == start else "I")
                named[(words[i], f"{kind}-{pos}")] += 1
    for (word, flag), count in named.items():
        if count >= min_count and count / uses[word] >= min_share and len(word) > 1:
            flags[word].add(flag)


def _stem(token: str) -> str:
    """The form the features look up first: the normalised word with its proclitics peeled."""
    return proclitic_stems(normalize(token))[-1]


def build_gazetteer(extra: list[Sentence]) -> dict[str, str]:
    flags: dict[str, set[str]] = defaultdict(set)
    cldr_flags(flags)
    title_flags(flags)
    corpus_flags(flags, extra)
    return {w: ",".join(sorted(f)) for w, f in sorted(flags.items()) if f}
