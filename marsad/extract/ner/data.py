"""Readers for the NER training corpora in ../shared/data, each mapped to IOB2 PER/ORG/LOC/MISC.

- ANERcorp: `token TAG`, PERS → PER.
- AQMAR: MIS0..MIS3 (article-specific classes) → MISC; its tag typos are normalised.
- WikiFANE: fine classes → coarse ones; tokens lose their U+200E prefix; its clitic
  segmentation (و ب ل ف ك split off, pronoun suffixes split off) is undone so tokens look like
  ANERcorp's and marsad's (proclitics attached).
- Wojood sample (nested, 21 types): the outermost layer of a kept type, see WOJOOD_MAP.
- silver: a CoNLL file of unlabeled news tagged by a model (training/silver.py), read as is.
NewsFANE is ANERcorp's own text re-annotated: it is never read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from marsad.extract.ner.conll import Sentence, read_conll, spans
from marsad.text.normalize import normalize
from marsad.text.tokens import proclitic_stems

TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")

_AQMAR_TYPO = re.compile(r"^([BI])-+(MISS?|MIS-?)(\d?)`?$")

# WikiFANE fine classes (Alotaibi & Lee 2014, ACE-style taxonomy) → marsad types.
# Groups (المسلمين، العرب) and weapons are not names in ANERcorp's guidelines: O.
_WIKIFANE_CLASSES = {
    "PER": "Politician Athlete Businessperson Artist Scientist Police Religious_PER Engineer"
    " Lawyer Other_PER",
    "ORG": "Government Commercial Educational Media Non-Governmental Religious_ORG Sports"
    " Medical-Science Entertainment",
    "LOC": "Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent"
    " Water-Body Land-Region-Natural Celestial Building-Grounds Airport Path Subarea-Facility",
    "MISC": "Book Movie Software Hardware Sound Food Drug Air Water Land Plant",
}
WIKIFANE_MAP = {fine: kind for kind, names in _WIKIFANE_CLASSES.items() for fine in names.split()}
# Wojood types as ANERcorp tags the same words: countries and cities are LOC; events,
# products, facilities (البيت الأبيض، المسجد الأقصى، الكعبة) and currencies (دولار، يورو) are
# MISC; nationalities and groups (العرب، الإسرائيلي), occupations, dates, numbers, laws and
# websites are O. A dropped layer lets the layer inside it surface ("سكرتير [اللجنة القومية
# العربية]" OCC → its ORG). read_wojood also undoes two habits ANERcorp does not share: a
# country that acts is ORG (روسيا، الولايات المتحدة) and a place noun opens the place
# ("مدينة نابلس": ANERcorp tags مدينة O 106 times of 106).
WOJOOD_MAP = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
WOJOOD_MAP |= {kind: "MISC" for kind in ("EVENT", "PRODUCT", "FAC", "CURR")}
_WOJOOD_JUNK = {"$#$"}  # a record separator left in the sample's text
_PROCLITICS = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "س", "ال"}
_SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني"}


def anercorp_tag(tag: str) -> str:
    return tag.replace("PERS", "PER")


def aqmar_tag(tag: str) -> str:
    """AQMAR's tags, typos included, as marsad tags (B-MIS1` → B-MISC, I--ORG → I-ORG)."""
    if tag in ("O", "OO", "IO") or tag in ("B-ENGLISH", "B-SPANISH"):
        return "O"
    prefix, _, label = tag.partition("-")
    label = label.lstrip("-")
    if label in ("PER", "ORG", "LOC"):
        return f"{prefix}-{label}"
    if _AQMAR_TYPO.match(tag) or label.startswith("MIS"):
        return f"{prefix}-MISC"
    return "O"


def wikifane_tag(tag: str) -> str:
    prefix, _, label = tag.partition("-")
    kind = WIKIFANE_MAP.get(label)
    return f"{prefix}-{kind}" if kind and prefix in ("B", "I") else "O"


def read_anercorp(path: Path) -> list[Sentence]:
    return [(toks, [anercorp_tag(t) for t in tags]) for toks, tags in read_conll(path)]


def read_aqmar(folder: Path) -> list[Sentence]:
    out: list[Sentence] = []
    for path in sorted(folder.glob("*.txt")):
        out.extend(
            (toks, [aqmar_tag(t) for t in tags]) for toks, tags in read_conll(path, strict=False)
        )
    return [repair_iob(s) for s in out]


def read_wikifane(path: Path) -> list[Sentence]:
    return [repair_iob(_join_clitics(s)) for s in _wikifane_sentences(path)]


def read_wojood(
    paths: list[Path], places: frozenset[str] = frozenset(), heads: frozenset[str] = frozenset()
) -> list[Sentence]:
    """Wojood's nested `token TAG TAG…` lines (outermost layer first) as flat IOB2 sentences.
    `places`: normalised country and city names, LOC where Wojood says ORG; `heads`: place
    nouns (مدينة، قرية) left out of the LOC they open."""
    out: list[Sentence] = []
    for path in paths:
        tokens: list[str] = []
        layers: list[list[str]] = []
        with open(path, encoding="utf-8-sig") as fh:
            for raw in [*fh, ""]:
                fields = raw.split()
                if len(fields) >= 2 and fields[0] not in _WOJOOD_JUNK:
                    tokens.append(fields[0])
                    layers.append(fields[1:])
                elif not fields and tokens:
                    out.append(_wojood_flat(tokens, layers, places, heads))
                    tokens, layers = [], []
    return out


def _wojood_flat(
    tokens: list[str], layers: list[list[str]], places: frozenset[str], heads: frozenset[str]
) -> Sentence:
    """The first tag of a kept type on each token, mapped, then ORG → LOC and heads out."""
    tags = []
    for stack in layers:
        kept = [t for t in stack if WOJOOD_MAP.get(t.partition("-")[2])]
        tag = kept[0] if kept else "O"
        tags.append("O" if tag == "O" else f"{tag[0]}-{WOJOOD_MAP[tag[2:]]}")
    tokens, tags = repair_iob((tokens, tags))
    for start, end, kind in sorted(spans(tags)):
        if kind == "ORG" and _known(tokens[start:end], places):
            tags[start:end] = ["B-LOC"] + ["I-LOC"] * (end - start - 1)
        while kind == "LOC" and end - start > 1 and _known(tokens[start : start + 1], heads):
            tags[start], tags[start + 1] = "O", "B-LOC"
            start += 1
    return tokens, tags


def _known(words: list[str], names: frozenset[str]) -> bool:
    """Whether `words` (normalised, the first without its proclitics) is one of `names`."""
    head, _, rest = normalize(" ".join(words)).partition(" ")
    return any(f"{stem} {rest}".strip() in names for stem in proclitic_stems(head))


def read_silver(path: Path) -> list[Sentence]:
    """Pseudo-labeled sentences (`token TAG`, marsad's labels), IOB2 repaired."""
    return [repair_iob(s) for s in read_conll(path)]


def _wikifane_sentences(path: Path) -> Iterator[Sentence]:
    tokens: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n").replace("\u200e", "")
            token, _, tag = line.partition("\t")
            if not token.strip() or not tag:
                if tokens:
                    yield tokens, tags
                    tokens, tags = [], []
                continue
            tokens.append(token.strip())
            tags.append(wikifane_tag(tag.strip()))
    if tokens:
        yield tokens, tags


def _join_clitics(sentence: Sentence) -> Sentence:
    """Re-attach split proclitics to the next token and pronoun suffixes to the previous one."""
    tokens, tags = sentence
    out_t: list[str] = []
    out_g: list[str] = []
    pending, pending_tag = "", ""
    for token, tag in zip(tokens, tags, strict=True):
        if token in _SUFFIXES and out_t and not pending and out_t[-1][-1:].isalpha():
            out_t[-1] += token
            continue
        if token in _PROCLITICS:
            pending += token
            pending_tag = pending_tag or tag
            continue
        if pending:
            token = pending + token
            tag = tag if tag != "O" or pending_tag == "O" else pending_tag
            pending, pending_tag = "", ""
        out_t.append(token)
        out_g.append(tag)
    if pending:
        out_t.append(pending)
        out_g.append(pending_tag)
    return out_t, out_g


def repair_iob(sentence: Sentence) -> Sentence:
    """IOB2 again after mapping: an I- that does not continue its type becomes B-."""
    tokens, tags = sentence
    fixed: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        fixed.append(tag)
        prev = tag
    return tokens, fixed


def split_anercorp(sentences: list[Sentence], dev_share: float = 0.1) -> tuple[list, list]:
    """Deterministic train/dev split: the last `dev_share` of the sentences is dev."""
    cut = len(sentences) - int(len(sentences) * dev_share)
    return sentences[:cut], sentences[cut:]
