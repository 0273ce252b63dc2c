"""Text fields stored in a model's `.npz` as UTF-8 byte arrays (labels, metadata, kinds)."""

from __future__ import annotations

import numpy as np


def text_of(array: np.ndarray) -> str:
    """The text a byte array holds."""
    return bytes(array.tobytes()).decode("utf-8")


def array_of(text: str) -> np.ndarray:
    """`text` as a byte array `np.savez` can store."""
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)
