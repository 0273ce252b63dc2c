"""What the neural NER tagger reads of one word type: ids and flags, computed once per type.

A token becomes (word id, stem id, character ids, flags):
- word id: its normalised form without punctuation glued to the edges ("(د" → "د"), or, when
  the vocabulary lacks it, its first reading without proclitics that the vocabulary has;
- stem id: the reading with every proclitic peeled ("وبغداد" → "بغداد"), the name itself;
- characters of the normalised form between begin and end marks (the shape of a name: the
  char-CNN sees "وال", "يه", "ون"...);
- flags: shape (Arabic, Latin, digits, mixed, punctuation), proclitic peeled, punctuation glued,
  gazetteer flags (TYPE-S/B/I of CLDR, title and corpus names, see training/gazetteer.py).
Training (training/ner_neural.py) and the numpy tagger share this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_stems

PAD, UNK = 0, 1  # ids shared by the word and character vocabularies
MAX_CHARS = 20  # characters kept per word (the first ones; names are rarely longer)
BOW, EOW = "\x02", "\x03"  # begin/end-of-word marks around the characters

_ARABIC = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_DIGIT = re.compile(r"[0-9]")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")
SHAPES = ("A", "L", "D", "AD", "LD", "P")
GAZETTEER_FLAGS = (
    *[f"{kind}-{pos}" for kind in ("PER", "ORG", "LOC", "MISC") for pos in "SBI"],
    "TTL",
)
FLAGS = (*[f"sh={s}" for s in SHAPES], "clitic", "glued", *GAZETTEER_FLAGS)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Vocabularies and the gazetteer the model was trained with (stored in its file)."""

    words: dict[str, int]  # normalised word → row of the embedding table (PAD, UNK first)
    chars: dict[str, int]  # character → row of the character table (PAD, UNK first)
    gazetteer: dict[str, str]  # stem → "LOC-S,PER-B,..."


@dataclass(frozen=True, slots=True)
class TypeInputs:
    word: int
    stem: int
    chars: list[int]
    flags: list[int]  # indexes into FLAGS that are on


def core(token: str) -> tuple[str, bool]:
    """The normalised token without punctuation glued to its edges, and whether some was."""
    norm = normalize(token)
    bare = _EDGE_PUNCT.sub("", norm)
    return (bare or norm), bare != norm and bool(bare)


def shape(word: str) -> str:
    if _ARABIC.search(word):
        kind = "A"
    elif _LATIN.search(word):
        kind = "L"
    elif _DIGIT.search(word):
        kind = "D"
    else:
        return "P"
    return kind + "D" if kind != "D" and _DIGIT.search(word) else kind


def type_inputs(token: str, lex: Lexicon) -> TypeInputs:
    form, glued = core(token)
    stems = proclitic_stems(form) if _ARABIC.match(form) else (form,)
    words = lex.words
    word = next((words[s] for s in stems if s in words), UNK)
    stem = words.get(stems[-1], UNK)
    chars = [lex.chars.get(c, UNK) for c in BOW + form[:MAX_CHARS] + EOW]
    on = [FLAGS.index("sh=" + shape(form))]
    if len(stems) > 1:
        on.append(FLAGS.index("clitic"))
    if glued:
        on.append(FLAGS.index("glued"))
    for reading in stems:
        flags = lex.gazetteer.get(reading)
        if flags:
            on.extend(FLAGS.index(f) for f in flags.split(",") if f in FLAGS)
            break
    return TypeInputs(word, stem, chars, on)
