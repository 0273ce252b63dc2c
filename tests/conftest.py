"""Shared fixtures: the bundled sample article and the optional shared dev/data folders."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV_DIR = SHARED / "dev"
DATA_DIR = SHARED / "data"
SAMPLE = ROOT / "examples" / "article-000.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV_DIR / "article-000.gold.json").exists():
        pytest.skip("../shared/dev is not here")
    return DEV_DIR


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA_DIR.is_dir():
        pytest.skip("../shared/data is not here")
    return DATA_DIR
