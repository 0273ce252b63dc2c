"""Language data: lexicons live in `marsad/lang/<lang>/*.yaml`, never in code.

`load_lexicon(name)` reads one file once per process and checks it is a mapping; each module
validates the keys it needs with `require_keys`. `load_word_list(name)` reads a `.txt` list.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import LangDataError

LANG_DIR = Path(__file__).parent


@cache
def load_lexicon(name: str, lang: str = "ar") -> dict[str, Any]:
    """The parsed contents of `marsad/lang/<lang>/<name>.yaml`."""
    try:
        raw = (LANG_DIR / lang / f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LangDataError(f"lexicon {lang}/{name}.yaml is missing") from exc
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise LangDataError(f"lexicon {lang}/{name}.yaml is not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise LangDataError(f"lexicon {lang}/{name}.yaml must hold a mapping at the top")
    return data


@cache
def load_word_list(name: str, lang: str = "ar") -> tuple[str, ...]:
    """The lines of `marsad/lang/<lang>/<name>.txt`, without blanks and `#` comments."""
    path = LANG_DIR / lang / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise LangDataError(f"word list {lang}/{name}.txt is missing") from exc
    return tuple(w for w in lines if w and not w.startswith("#"))


def require_keys(data: dict[str, Any], keys: list[str] | tuple[str, ...], name: str) -> None:
    """Raise LangDataError naming the first of `keys` that `data` lacks."""
    for key in keys:
        if key not in data:
            raise LangDataError(f"lexicon {name}: missing key {key!r}")


def lexicon_names(lang: str = "ar") -> list[str]:
    return sorted(p.stem for p in (LANG_DIR / lang).glob("*.yaml"))
