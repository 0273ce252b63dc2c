"""One frozen `Options` object built from `settings.toml` (packaged defaults + user file)."""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import InputError


@dataclass(frozen=True, slots=True)
class Options:
    max_bytes: int = 5_000_000
    min_arabic_ratio: float = 0.3
    min_chars: int = 1
    fetch_timeout: float = 15.0
    fetch_max_bytes: int = 5_000_000
    fetch_max_redirects: int = 5
    fetch_allow_private: bool = False
    user_agent: str = "marsad/0.1"
    components: tuple[str, ...] = ("entities", "quotes", "amounts", "times")
    batch_size: int = 64
    ner_backend: str = "crf"
    ner_model: str = ""
    published: str | None = None  # default publication date when the input has none

    def replace(self, **changes: Any) -> Options:
        return dataclasses.replace(self, **changes)


_KEYS = {  # (section, key) in settings.toml -> Options field
    ("input", "max_bytes"): "max_bytes",
    ("input", "min_arabic_ratio"): "min_arabic_ratio",
    ("input", "min_chars"): "min_chars",
    ("fetch", "timeout"): "fetch_timeout",
    ("fetch", "max_bytes"): "fetch_max_bytes",
    ("fetch", "max_redirects"): "fetch_max_redirects",
    ("fetch", "allow_private"): "fetch_allow_private",
    ("fetch", "user_agent"): "user_agent",
    ("pipeline", "components"): "components",
    ("pipeline", "batch_size"): "batch_size",
    ("ner", "backend"): "ner_backend",
    ("ner", "model"): "ner_model",
}


def _apply(values: dict[str, Any], data: dict[str, Any], origin: str) -> None:
    for section, table in data.items():
        if not isinstance(table, dict):
            raise InputError(f"{origin}: [{section}] must be a table")
        for key, value in table.items():
            name = _KEYS.get((section, key))
            if name is None:
                raise InputError(f"{origin}: unknown setting {section}.{key}")
            values[name] = tuple(value) if isinstance(value, list) else value


def load_options(path: str | Path | None = None, **overrides: Any) -> Options:
    """Packaged defaults, then the user's TOML file (if any), then keyword overrides."""
    values: dict[str, Any] = {}
    packaged = (Path(__file__).parent / "settings.toml").read_text(encoding="utf-8")
    _apply(values, tomllib.loads(packaged), "settings.toml")
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot read config {path}: {exc.strerror}") from exc
        try:
            _apply(values, tomllib.loads(text), str(path))
        except tomllib.TOMLDecodeError as exc:
            raise InputError(f"{path}: not valid TOML: {exc}") from exc
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Options(**values)
