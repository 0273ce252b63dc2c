"""Text fields stored in a model's `.npz` as UTF-8 byte arrays (labels, metadata, kinds)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from marsad.errors import ModelError

T = TypeVar("T")


def text_of(array: np.ndarray) -> str:
    """The text a byte array holds."""
    return bytes(array.tobytes()).decode("utf-8")


def array_of(text: str) -> np.ndarray:
    """`text` as a byte array `np.savez` can store."""
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def load_model(path: str | Path, build: Callable[[Any], T]) -> T:
    """`build(npz)` over the arrays of the `.npz` at `path`; any failure is a ModelError."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            return build(npz)
    except ModelError as exc:
        raise ModelError(f"{path}: {exc}") from exc
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ModelError(f"cannot load NER model {path}: {exc}") from exc
