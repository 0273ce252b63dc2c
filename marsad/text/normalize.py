"""Arabic normalisation for matching. Never applied to `Document.text` itself.

`normalize` folds the spelling variants Arabic news mixes freely (أ/إ/آ/ا, ى/ي, ة/ه, ؤ/و,
ئ/ي), drops diacritics and tatweel, maps Arabic-Indic and Persian digits to ASCII and
Persian letter forms to Arabic ones. `normalize_with_offsets` also returns, for each character
of the result, the index of the input character it came from.
"""

from __future__ import annotations

import re

DIACRITICS = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
)
TATWEEL = "\u0640"
# invisible characters that must never reach matching (ZW*, bidi controls, BOM, soft hyphen)
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi embeddings and isolates
    "\ufeff\u00ad"  # BOM, soft hyphen
)

_FOLD = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",  # Persian yeh
    "ې": "ي",
    "ة": "ه",
    "ۀ": "ه",
    "ؤ": "و",
    "ک": "ك",  # Persian keheh
    "ڪ": "ك",
    "گ": "ك",
    "ڤ": "ف",
    "پ": "ب",
    "چ": "ج",
    "ژ": "ز",
}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {
    chr(0x06F0 + i): str(i) for i in range(10)
}

_TABLE = str.maketrans(
    {**_FOLD, **_DIGITS, **{ch: None for ch in DIACRITICS + TATWEEL + INVISIBLE}}
)
_DIGIT_TABLE = str.maketrans(_DIGITS)
_STRIP_TABLE = str.maketrans({ch: None for ch in DIACRITICS + TATWEEL})
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Fold `text` for matching: same length or shorter, lower-cased Latin."""
    return text.translate(_TABLE).lower()


def normalize_phrase(text: str) -> str:
    """`normalize` plus collapsed whitespace, for comparing names and lexicon entries."""
    return _SPACES.sub(" ", normalize(text)).strip()


def ascii_digits(text: str) -> str:
    """Only map Arabic-Indic and Persian digits to ASCII (length-preserving)."""
    return text.translate(_DIGIT_TABLE)


def strip_diacritics(text: str) -> str:
    return text.translate(_STRIP_TABLE)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """`normalize(text)` and, for each of its characters, the index it came from in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        mapped = ch.translate(_TABLE)
        if mapped:
            out.append(mapped.lower())
            offsets.append(i)
    return "".join(out), offsets


def arabic_ratio(text: str) -> float:
    """Share of Arabic letters among all letters of `text` (0.0 when it has no letters)."""
    letters = arabic = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if (
                "\u0600" <= ch <= "\u06ff"
                or "\u0750" <= ch <= "\u077f"
                or "\ufb50" <= ch <= "\ufeff"
            ):
                arabic += 1
    return arabic / letters if letters else 0.0
