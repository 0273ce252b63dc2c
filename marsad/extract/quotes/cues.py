"""Reporting cues: the words that say someone said something ("قال", "مشيراً إلى", "بحسب").

The lexicon (`lang/ar/reporting_verbs.yaml`) is compiled once into one regex that tolerates the
spelling variants of Arabic news (أ/إ/ا, ى/ي, ة/ه, diacritics, tatweel) directly on
`Document.text`, so finding every cue of an article is a single C-level scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from marsad.lang import load_lexicon, require_keys
from marsad.text.normalize import DIACRITICS, TATWEEL, normalize

LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06fa-\u06ff"
_MARKS = DIACRITICS + TATWEEL
# raw letters that normalise to each normalised letter
_VARIANTS = {"ا": "اأإآٱ", "ي": "يىئ", "ه": "هة", "و": "وؤ", "ك": "كک"}
_PREFIX = "وف"


@dataclass(frozen=True, slots=True)
class CueForm:
    """What a matched cue word means."""

    lemma: str
    # verb | adv | impersonal | backward | preposed | passive | postposed | own_words | masdar
    kind: str
    gender: str = "m"  # m | f | p
    present: bool = False
    preps: tuple[str, ...] = ()
    direct: bool = True
    ambiguous: bool = False
    relay: bool = False
    continuation: bool = False
    not_spelled: tuple[str, ...] = ()  # written forms that are another word ("يدعى")
    addressee: bool = False  # "أبلغ «عكاظ» مصدر": the first object is who was told
    needs_saying: bool = False  # a mark or colon counts only after قوله ("أورد قوله: …")
    human: bool = False  # only with a person, group or source for subject (وجد الباحثون أن)
    objects: tuple[str, ...] = ()  # an object before the preposition ("لفت الانتباه إلى أن")


@dataclass(slots=True)
class Cue:
    """A cue in the text: `start`/`end` cover the cue word without its و/ف prefix."""

    start: int
    end: int
    form: CueForm
    prefixed: bool  # had و/ف glued in front


def word_pattern(word: str) -> str:
    """A regex for `word` that also matches its spelling variants and diacritics."""
    norm = normalize(word)
    parts = []
    for ch in norm:
        if ch == " ":
            parts.append(r"\s+")
            continue
        variants = _VARIANTS.get(ch, ch)
        parts.append(f"[{re.escape(variants)}]" if len(variants) > 1 else re.escape(ch))
    return f"[{_MARKS}]*".join(parts)


def _char(ch: str) -> str:
    if ch == " ":
        return r"\s+"
    variants = _VARIANTS.get(ch, ch)
    return f"[{re.escape(variants)}]" if len(variants) > 1 else re.escape(ch)


def trie_pattern(words: list[str]) -> str:
    """A regex for any of `words` (normalised), factored by shared prefixes.

    The engine then tries one branch per next letter instead of every word in turn, which
    keeps a scan of the whole lexicon over an article fast.
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in normalize(word):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            more = any(k for k in child)
            branches.append(_char(ch) + (f"[{_MARKS}]*" if more else "") + emit(child))
        if not branches:
            return ""
        optional = "" in node
        if len(branches) == 1 and not optional:
            return branches[0]
        # a word may end here: an empty last branch, never "(?:…)?" (the engine's slow
        # general repeat); both try the longer words first
        return "(?:" + "|".join(branches + [""] * optional) + ")"

    return emit(trie)


def bounded(alternatives: list[str], prefix: bool) -> re.Pattern[str]:
    """One regex matching any alternative as a whole word (optionally after و/ف)."""
    pre = f"(?P<pre>[{_PREFIX}][{_MARKS}]*)?" if prefix else "(?P<pre>)"
    body = trie_pattern([w for w in alternatives if w])
    # the lookahead also refuses a diacritic, so that backtracking over the marks never lets
    # a word end inside "تصرّفها" (تصر + shadda + فها)
    return re.compile(
        rf"(?<![{LETTERS}{_MARKS}]){pre}(?P<cue>{body})[{_MARKS}]*(?![{LETTERS}{_MARKS}])"
    )


def word_scanner(alternatives: list[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """`bounded(alternatives, prefix=True)` split for speed: (a pattern for a match at the
    text's start, one that consumes the non-letter before a match elsewhere). A pattern that
    opens with a character class lets the engine skip the letters inside words in C, and
    possessive marks (letters and marks never overlap) spare it the backtracking."""
    marks = f"[{_MARKS}]*"
    body = bounded(alternatives, prefix=True).pattern.replace(marks, marks + "+")
    # an optional group runs the engine's slow general repeat at every word; an alternation
    # with an empty branch tries the same in the same order (`pre` is then "" when absent)
    optional = f"(?P<pre>[{_PREFIX}]{marks}+)?"
    assert body.count(optional) == 1
    body = body.replace(optional, optional[:-2] + "|)")
    lookbehind = f"(?<![{LETTERS}{_MARKS}])"
    assert body.startswith(lookbehind)
    rest = body[len(lookbehind) :]
    return re.compile(rest), re.compile(f"[^{LETTERS}{_MARKS}]{rest}")


def find_words(scanner: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Every match of a `word_scanner` in `text`, as `bounded(...).finditer` gives them
    (but for `pre`: "" where bounded's is None)."""
    at_start, elsewhere = scanner
    first = at_start.match(text)
    rest = elsewhere.finditer(text, first.end() if first else 0)
    return [first, *rest] if first else list(rest)


@dataclass(frozen=True, slots=True)
class CueLexicon:
    scanner: tuple[re.Pattern[str], re.Pattern[str]]
    forms: dict[str, CueForm]
    backward: dict[str, CueForm]  # "ذكره", "أكدته": only after ما (kept out of `forms`)
    phrase_forms: dict[str, list[CueForm]]
    complementizers: frozenset[str]
    comp_pronouns: tuple[str, ...]
    an_blockers: frozenset[str]
    clause_breaks: tuple[tuple[str, ...], ...]
    saying: frozenset[str]
    bare_impersonal: frozenset[str]
    adv_asides: frozenset[str] = frozenset()  # "مؤكدا في ذات الوقت أن": the phrase's opener


def _verb_forms(entry: dict[str, Any]) -> dict[str, CueForm]:
    out: dict[str, CueForm] = {}
    preps = tuple(normalize(p) for p in entry.get("prep", []) or [])
    common = {
        "lemma": entry["lemma"],
        "preps": preps,
        "direct": bool(entry.get("direct", True)),
        "ambiguous": bool(entry.get("ambiguous", False)),
        "relay": bool(entry.get("relay", False)),
        "continuation": bool(entry.get("continuation", False)),
        "not_spelled": tuple(entry.get("not_spelled", []) or []),
        "addressee": bool(entry.get("addressee", False)),
        "needs_saying": bool(entry.get("needs_saying", False)),
        "human": bool(entry.get("human", False)),
        "objects": tuple(normalize(w) for w in entry.get("objects", []) or []),
    }
    odd = {normalize(w) for w in entry.get("ambiguous_forms", []) or []}
    for gender in ("m", "f", "p"):
        for word in entry.get(gender, []) or []:
            present = normalize(word)[0] in "يت" and normalize(word) != normalize(entry["lemma"])
            out.setdefault(
                normalize(word), CueForm(kind="verb", gender=gender, present=present, **common)
            )
        for word in (entry.get("adv") or {}).get(gender, []) or []:
            form = CueForm(kind="adv", gender=gender, **common)
            if normalize(word) in odd:
                form = replace(form, ambiguous=True)  # "مذكرة": a memo before a reminder
            out.setdefault(normalize(word), form)
    return out


@cache
def cue_lexicon() -> CueLexicon:
    data = load_lexicon("reporting_verbs")
    require_keys(data, ["verbs", "impersonal", "nominal", "complementizers"], "reporting_verbs")
    forms: dict[str, CueForm] = {}
    for entry in data["verbs"]:
        forms.update(_verb_forms(entry))
    for word in data["impersonal"]:
        forms[normalize(word)] = CueForm(lemma=word, kind="impersonal")
    # "وفق ما ذكره", "حسبما أكدته": a past form with the pronoun of ما (kind "backward")
    suffixes = [normalize(x) for x in data["nominal"].get("backward_suffixes", [])]
    backward: dict[str, CueForm] = {}
    for word, form in forms.items():
        if form.kind == "verb" and not form.present:
            for suffix in suffixes:
                if word + suffix not in forms:
                    backward[word + suffix] = CueForm(form.lemma, "backward", form.gender)
    phrase_forms: dict[str, list[CueForm]] = {}
    nominal = data["nominal"]
    for kind in ("preposed", "passive", "postposed", "own_words", "masdar"):
        for phrase in nominal.get(kind, []):
            phrase_forms.setdefault(normalize(phrase), []).append(
                CueForm(lemma=phrase, kind=kind, direct=True)
            )
    # one trie over every cue word and phrase: a single scan of the article finds them all.
    # "وفقا ل" is written glued ("وفقاً للرئيس"): its key is the word, the ل is checked after.
    keys = list(forms) + list(backward)
    keys += [p[:-2] if p.endswith(" ل") else p for p in phrase_forms]
    return CueLexicon(
        scanner=word_scanner(keys),
        forms=forms,
        backward=backward,
        phrase_forms=phrase_forms,
        complementizers=frozenset(normalize(w) for w in data["complementizers"]),
        comp_pronouns=tuple(
            sorted((normalize(w) for w in data["complementizer_pronouns"]), key=len, reverse=True)
        ),
        an_blockers=frozenset(normalize(w) for w in data.get("an_blockers", [])),
        clause_breaks=tuple(tuple(normalize(b).split()) for b in data.get("clause_breaks", [])),
        saying=frozenset(normalize(w) for w in nominal.get("saying", [])),
        bare_impersonal=frozenset(normalize(w) for w in data.get("bare_impersonal", [])),
        adv_asides=frozenset(normalize(w) for w in data.get("adv_asides", [])),
    )


@cache
def phrase_firsts() -> frozenset[str]:
    """First words of the nominal cue phrases ("على" of "على حد قوله"), one set lookup."""
    return frozenset(p.split()[0] for p in cue_lexicon().phrase_forms)


def scan(text: str) -> tuple[list[Cue], list[Cue]]:
    """(verb-like cues, nominal and passive cues) of `text`, each in text order."""
    lex = cue_lexicon()
    cues: list[Cue] = []
    phrases: list[Cue] = []
    for m in find_words(lex.scanner, text):
        form, found, glued = _reading(m.group("cue"))
        start, end = m.span("cue")
        pre = bool(m.group("pre"))
        if form is not None:
            cues.append(Cue(start, end, form, pre))
        if glued is not None:
            after = text[m.end() : m.end() + 3].lstrip()
            found = glued if after[:1] == "ل" else None
        for phrase in found or ():
            phrases.append(Cue(start, end, phrase, pre))
    return cues, phrases


@lru_cache(maxsize=4096)  # cue words repeat: read each spelling once
def _reading(
    raw: str,
) -> tuple[CueForm | None, list[CueForm] | None, list[CueForm] | None]:
    """(verb form, phrase forms, forms of a phrase whose ل is glued to the next word) of a
    cue as matched."""
    lex = cue_lexicon()
    key = normalize(raw) if raw.isalpha() else " ".join(normalize(raw).split())
    form = lex.forms.get(key) or lex.backward.get(key)
    if form is not None and form.not_spelled and _as_written(raw) in form.not_spelled:
        form = None  # "رجل يدعى كارل": is called, not claims
    found = lex.phrase_forms.get(key)
    glued = lex.phrase_forms.get(f"{key} ل") if found is None else None
    return form, found, glued


_NO_MARKS = str.maketrans("", "", _MARKS)


def _as_written(word: str) -> str:
    return word.translate(_NO_MARKS)


def find_cues(text: str) -> list[Cue]:
    """Every verb-like cue in `text`, in order (impersonal ones included, marked as such)."""
    return scan(text)[0]


def find_phrases(text: str) -> list[Cue]:
    """Nominal and passive cues ("بحسب", "وجاء في", "على حد قوله"), in order."""
    return scan(text)[1]
