"""Numbers as written in Arabic news: digits in every script, separators, words, scales.

Shared by the `amounts` and `times` components. Everything here reads the *shadow* text
(`marsad.extract.numeric.shadow`): digits are ASCII there and letters folded, so the number words of
`lang/ar/numbers.yaml` are matched in one form.

- `parse_digits("10,000")` → 10000.0; "٫"/"," before 1-2 digits is a decimal mark; Tunisian
  press writes decimals with ر and the integer part second: "9ر2" → 2.9.
- `read_number(text, pos)` reads one number phrase at `pos`: "12 ألف", "2.5 مليار",
  "ثلاثة آلاف وخمسمئة", "نصف مليون", "مليون ونصف", "ألفي" (dual of ألف = 2000).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from marsad.errors import LangDataError
from marsad.extract.numeric.shadow import fold
from marsad.lang import load_lexicon, require_keys

# "9،2 %": the Arabic comma between digits is a decimal mark in part of the Tunisian press
DIGITS_RE = r"[0-9]+(?:[.,\u066b\u066c][0-9]+)*(?:\u060c[0-9]{1,2}(?![0-9]))?(?:ر[0-9]+)?"
# a unit abbreviation with its power is one word: "م2", "كم2" ("م٢" in the shadow text)
_POWERED = r"(?:كم|كلم|م|سم|مم)[23](?![0-9])"
_TOKEN = re.compile(rf"({DIGITS_RE})(?![0-9])|({_POWERED}|[^\W\d_]+)|(\S)")
_KINDS = ("", "num", "word", "sym")
_DECIMAL_WORDS = frozenset({"فاصل", "فاصله"})  # by group number in _TOKEN
CONJ = "و"
_HUNDRED = frozenset({"مئه", "مايه", "ميه"})
_CLOSERS = frozenset({")", "»", "”", '"'})
_PERCENT_AFTER = frozenset({"%", "٪", "بالمئه", "بالمائه", "في", "بالميه"})


@dataclass(frozen=True, slots=True)
class Word:
    """What a number word means: kind (unit|teen_first|teen_ten|ten|hundred|scale|fraction)."""

    kind: str
    value: float
    form: str = ""  # scales: one | plural | two


@dataclass(slots=True)
class NumberPhrase:
    """A number read from the shadow text: `start:end` in shadow offsets."""

    start: int
    end: int
    value: float
    kind: str  # digits | words
    scale: float = 1.0  # the last scale word applied (1 when none)
    scale_form: str = ""  # one | plural | two of the last scale word
    last_word: str = ""  # the last token read (to spot "ألفاً" with its noun elided)
    small: bool = False  # only a 1 or 2 word ("واحد", "اثنين"): an adjective, not a count
    dot3: bool = False  # digits like "1.500" read as thousands (caller may re-read them)


def trie_regex(words: Iterable[str]) -> str:
    """A compact regex alternation for `words` (longest alternatives first)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@cache
def lexicon() -> dict[str, Word]:
    """Folded number word → its meaning."""
    data = load_lexicon("numbers")
    require_keys(data, ("units", "teen_first", "teen_ten", "tens", "hundreds", "scales"), "numbers")
    words: dict[str, Word] = {}

    def add(forms: list[str], word: Word) -> None:
        for form in forms:
            words.setdefault(fold(str(form)), word)

    try:
        for value, forms in data["units"].items():
            add(forms, Word("unit", float(value)))
        for value, forms in data["tens"].items():
            add(forms, Word("ten", float(value)))
        for value, forms in data["hundreds"].items():
            add(forms, Word("hundred", float(value)))
        for value, table in data["scales"].items():
            for form in ("one", "plural", "two"):
                add(table.get(form, []), Word("scale", float(value), form))
        for value, forms in data.get("fractions", {}).items():
            add([f for f in forms if " " not in f], Word("fraction", float(value)))
        for value, forms in data["teen_first"].items():
            add(forms, Word("teen_first", float(value)))
    except (AttributeError, TypeError, ValueError) as exc:
        raise LangDataError(f"lexicon numbers: malformed entry ({exc})") from exc
    return words


@cache
def _teen_ten() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon("numbers")["teen_ten"])


@cache
def _multiword_fractions() -> dict[tuple[str, ...], float]:
    out = {}
    for value, forms in load_lexicon("numbers").get("fractions", {}).items():
        for form in forms:
            if " " in form:
                out[tuple(fold(form).split())] = float(value)
    return out


@cache
def vague_words() -> frozenset[str]:
    return frozenset(fold(w) for w in load_lexicon("numbers").get("vague", []))


@cache
def number_word_regex() -> str:
    """Regex (on shadow text) for one number word with an optional و/ب/ل proclitic."""
    return r"(?<![^\W\d_])(?:[وفبلك]|وب|ول)?" + trie_regex(lexicon()) + r"(?![^\W\d_])"


def parse_digits(raw: str, dot3_thousands: bool = True) -> float | None:
    """The value of a digit string from the shadow text (ASCII digits), None if malformed."""
    if "ر" in raw:  # Tunisian decimal: fraction digits, ر, integer part ("9ر2" = 2.9)
        frac, _, whole = raw.partition("ر")
        if not frac.isdigit() or not whole.isdigit():
            return None
        return float(f"{whole}.{frac}")
    raw = raw.replace("\u066c", "")  # Arabic thousands separator
    raw = raw.replace("\u066b", ".").replace("\u060c", ".")  # Arabic decimal separators
    if "," in raw and "." in raw:  # "2,023.33", "1.234,56": the last mark is the decimal one
        point = "." if raw.rfind(".") > raw.rfind(",") else ","
        whole, _, frac = raw.rpartition(point)
        groups = whole.split("," if point == "." else ".")
        if len(frac) > 2 or not all(len(g) == 3 for g in groups[1:]):
            return None
        raw = "".join(groups) + "." + frac
    for sep in (",", "."):
        if sep not in raw:
            continue
        head, *groups = raw.split(sep)
        other = "." if sep == "," else ","
        if all(len(g) == 3 for g in groups) and (len(groups) > 1 or sep == "," or dot3_thousands):
            raw = head + "".join(groups)
            if head.startswith("0") and len(head) == 1:  # 0.500 is a decimal
                raw = head + "." + "".join(groups)
            continue
        if len(groups) != 1 or other in raw:
            return None
        raw = head + "." + groups[0]
    try:
        return float(raw)
    except ValueError:
        return None


def _split_conj(word: str, words: dict[str, Word]) -> str | None:
    """`word` without a leading و when the rest is a number word ("وخمسمئه" → "خمسمئه")."""
    if word.startswith(CONJ) and word[1:] in words:
        return word[1:]
    return None


Token = tuple[str, str, int, int]  # kind (num | word | sym), text, start, end


def tokens_at(text: str, pos: int, limit: int = 12) -> list[Token]:
    """Up to `limit` (kind, token, start, end) tokens of `text` from `pos`, on its line."""
    stop = pos + 12 * limit
    newline = text.find("\n", pos, stop)
    out: list[Token] = []
    for m in _TOKEN.finditer(text, pos, stop if newline < 0 else newline):
        out.append((_KINDS[m.lastindex or 3], m.group(), m.start(), m.end()))
        if len(out) == limit:
            break
    return out


def read_number(
    text: str, pos: int, allow_small: bool = False, toks: list[Token] | None = None
) -> NumberPhrase | None:
    """Read the number phrase starting at shadow offset `pos` (digits or words)."""
    if toks is None:
        toks = tokens_at(text, pos, 2 if "0" <= text[pos : pos + 1] <= "9" else 12)
    if not toks:
        return None
    words = lexicon()
    kind, tok, start, end = toks[0]
    if kind == "num":
        value = parse_digits(tok)
        if value is None:
            return None
        phrase = NumberPhrase(start, end, value, "digits", last_word=tok)
        phrase.dot3 = bool(re.fullmatch(r"[0-9]+\.[0-9]{3}", tok))
        rest = toks[1:]
        if len(rest) > 1 and rest[0][1] in _DECIMAL_WORDS and rest[1][0] == "num":
            whole = parse_digits(rest[1][1]) is not None and rest[1][1].isdigit()
            if whole and tok.isdigit():  # "0 فاصل 7" (spoken decimals) = 0.7
                phrase.value = float(f"{tok}.{rest[1][1]}")
                phrase.end, phrase.last_word = rest[1][3], rest[1][1]
                rest = rest[2:]
        return _compound(_scale_after_digits(phrase, rest, text), toks, text)
    if kind != "word":
        return None
    found = _read_words(toks, words, allow_small)
    return None if found is None else _compound(found, toks, text)


def _compound(phrase: NumberPhrase, toks: list[Token], text: str) -> NumberPhrase:
    """A scaled number goes on after و with a smaller one: "11 ألفا و507" = 11507, "مليار
    و500 مليون" = 1.5 billion, "3 ملايين و200 ألف" (not "3 ملايين و5%", a second figure)."""
    if phrase.scale <= 1 or text[phrase.end : phrase.end + 2].lstrip()[:1] != CONJ:
        return phrase
    i = next((k for k, t in enumerate(toks) if t[2] >= phrase.end), len(toks))
    if i + 1 >= len(toks) or toks[i][0] != "word":
        return phrase
    tok = toks[i]
    if tok[1] == CONJ:
        rest = toks[i + 1 :]
    elif tok[1].startswith(CONJ) and tok[1][1:] in lexicon():  # "وخمسمئة"
        rest = [("word", tok[1][1:], tok[2] + 1, tok[3]), *toks[i + 1 :]]
    else:
        return phrase
    sub = read_number(text, rest[0][2], allow_small=True, toks=rest)
    if sub is None or sub.value >= phrase.scale or sub.scale >= phrase.scale:
        return phrase
    after = next((t[1] for t in rest if t[2] >= sub.end), "")
    if after in _PERCENT_AFTER:
        return phrase
    phrase.value += sub.value
    phrase.end, phrase.last_word = sub.end, sub.last_word
    phrase.scale, phrase.scale_form = sub.scale, sub.scale_form
    return phrase


def _scale_after_digits(phrase: NumberPhrase, rest: list[Token], text: str) -> NumberPhrase:
    words = lexicon()
    if len(rest) > 1 and rest[0][1] in _CLOSERS and rest[1][0] == "word":
        rest = rest[1:]  # "(20) مليون ريال", "«52» مليون وحدة"
    if not rest or rest[0][0] != "word":
        return phrase
    word = words.get(rest[0][1])
    if word is None or word.kind != "scale" or word.form == "two":
        return phrase
    if word.form == "plural" and _restates_scale(phrase.value, word.value):
        # "5000 آلاف جنيه", "8000 الاف طالب": the digits already say خمسة آلاف and the
        # plural scale word repeats it (a plural scale follows 3-10 only, never 5000)
        phrase.scale, phrase.scale_form = word.value, word.form
        phrase.end, phrase.last_word = rest[0][3], rest[0][1]
        return phrase
    if phrase.dot3:  # "1.500 مليون" is 1.5 million
        phrase.value = parse_digits(text[phrase.start : phrase.end], dot3_thousands=False) or 0
        phrase.dot3 = False
    phrase.value *= word.value
    phrase.scale, phrase.scale_form = word.value, word.form
    phrase.end, phrase.last_word = rest[0][3], rest[0][1]
    # "1.5 مليون ونصف" is not written; "مليون ونصف" after digits is rare: stop here
    return phrase


def _restates_scale(value: float, scale: float) -> bool:
    """Are the digits 3 to 10 times `scale` exactly (5000 before آلاف)?"""
    return value >= 3 * scale and value <= 10 * scale and value % scale == 0


def _read_words(
    toks: list[Token], words: dict[str, Word], allow_small: bool
) -> NumberPhrase | None:
    total = 0.0
    group = 0.0
    last_scale = 0.0
    pending_fraction = 0.0
    start, end = toks[0][2], toks[0][3]
    last_word, scale_form = "", ""
    used = 0
    only_small = True
    detached = False
    i = 0
    while i < len(toks):
        kind, tok, _, tok_end = toks[i]
        if kind != "word":
            break
        if used and tok == CONJ and i + 1 < len(toks):  # a detached "و"
            nxt = toks[i + 1][1]
            if nxt in words and words[nxt].kind != "scale":
                i += 1
                detached = True
                continue
            break
        if used == 0 or detached:  # "ستة و ستين": the word after a detached و stands bare
            bare: str | None = tok
            detached = False
        elif tok in words and (words[tok].kind == "scale" or (tok in _HUNDRED and 3 <= group <= 9)):
            bare = tok  # "ثلاثة آلاف", "ثلاث مئة": no conjunction before a scale word
        else:
            bare = _split_conj(tok, words)
        if bare is None:
            # a scale word with the article after a fraction: "مليون ونصف المليون"
            scale_again = words.get(tok, Word("", 0)).kind == "scale" and tok.startswith("ال")
            if (
                scale_again
                and pending_fraction == 0
                and words[tok].value == last_scale
                and _after_fraction(toks, i)
            ):
                end, used, i = tok_end, used + 1, i + 1
                continue
            break
        if used == 0 and bare not in words:
            bare = tok[1:] if tok[:1] in "وفبل" and tok[1:] in words else bare
        multi = _multiword_fractions().get(tuple(t[1] for t in toks[i : i + 2]))
        if multi is not None and used == 0:
            pending_fraction, end, used, i = multi, toks[i + 1][3], used + 1, i + 2
            continue
        word = words.get(bare)
        if word is None:
            break
        if word.kind == "unit":
            nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
            if nxt in _teen_ten() and group % 100 == 0:  # ثلاثة عشر
                group += word.value + 10
                i += 1
                tok, tok_end = toks[i][1], toks[i][3]
                only_small = False
            elif group % 100 or (used and group == 0 and not last_scale):
                break
            else:
                group += word.value
                if word.value > 2:
                    only_small = False
        elif word.kind == "teen_first":
            nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
            if nxt not in _teen_ten():
                break
            group += word.value + 10
            i += 1
            tok, tok_end = toks[i][1], toks[i][3]
            only_small = False
        elif word.kind == "ten":
            if group % 100 >= 10:
                break
            group += word.value
            only_small = False
        elif word.kind == "hundred":
            if 3 <= group <= 9 and word.value == 100:  # "ثلاث مئة"
                group *= 100
            elif group % 1000 >= 100 or (group and used):
                break
            else:
                group += word.value
            only_small = False
        elif word.kind == "scale":
            if last_scale and word.value == last_scale and tok.startswith("ال"):
                if group == 0 and not pending_fraction and _after_fraction(toks, i):
                    end, used, i = tok_end, used + 1, i + 1  # "مليون ونصف المليون"
                    continue
                break
            if last_scale and word.value >= last_scale:
                break
            if word.form == "two":
                if group or pending_fraction:
                    break
                group = 2
            elif group == 0:
                if word.form == "plural" and not pending_fraction:
                    return None  # "آلاف الجنود": vague
                group = pending_fraction or 1
                pending_fraction = 0
            total += group * word.value
            group, last_scale, scale_form = 0, word.value, word.form
            only_small = False
        elif word.kind == "fraction":
            if used == 0:
                pending_fraction = word.value
            elif last_scale and group == 0:  # "مليون ونصف"
                total += word.value * last_scale
            else:
                break
            only_small = False
        used += 1
        end, last_word = tok_end, tok
        i += 1
    if used == 0 or pending_fraction:
        return None
    value = total + group
    if value == 0:
        return None
    if only_small and not allow_small:
        return None
    phrase = NumberPhrase(start, end, value, "words", last_word=last_word, small=only_small)
    phrase.scale = last_scale or 1.0
    phrase.scale_form = scale_form
    return phrase


def _after_fraction(toks: list[Token], i: int) -> bool:
    prev = toks[i - 1][1] if i else ""
    word = lexicon().get(prev[1:] if prev.startswith(CONJ) else prev)
    return word is not None and word.kind == "fraction"
