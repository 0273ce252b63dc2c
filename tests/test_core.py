"""Pipeline wiring, settings and the public API, independent of any extractor."""

from __future__ import annotations

from pathlib import Path

import pytest

import marsad
from marsad.document import Document
from marsad.errors import InputError, MarsadError
from marsad.registry import component, validate
from marsad.settings import Options, load_options


@component("test_marks_words", assigns=("test_words",))
def _mark_words(doc: Document, options: Options) -> Document:
    doc.warnings.append(f"{len(doc.text.split())} words")
    return doc


@component("test_needs_words", assigns=(), requires=("test_words",))
def _needs_words(doc: Document, options: Options) -> Document:
    doc.warnings.append("saw words")
    return doc


def test_components_run_in_order(sample_text: str) -> None:
    pipeline = marsad.Pipeline(components=["test_marks_words", "test_needs_words"])
    doc = pipeline(marsad.ingest.from_text(sample_text))
    assert doc.warnings[1] == "saw words" and doc.warnings[0].endswith("words")


def test_requirement_order_is_enforced() -> None:
    with pytest.raises(MarsadError, match="requires 'test_words'"):
        validate(["test_needs_words", "test_marks_words"])
    with pytest.raises(MarsadError, match="unknown pipeline component"):
        validate(["no_such_component"])


def test_settings_file_overrides_defaults(tmp_path: Path) -> None:
    path = tmp_path / "marsad.toml"
    path.write_text('[input]\nmax_bytes = 1000\n[pipeline]\ncomponents = ["quotes"]\n')
    options = load_options(path, published="2024-10-29")
    assert options.max_bytes == 1000
    assert options.components == ("quotes",)
    assert options.published == "2024-10-29"
    assert load_options().max_bytes == Options().max_bytes


def test_bad_settings_are_user_errors(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[input]\nmax_byte = 3\n")
    with pytest.raises(InputError, match=r"unknown setting input\.max_byte"):
        load_options(path)
    path.write_text("[input\n")
    with pytest.raises(InputError, match="not valid TOML"):
        load_options(path)
    with pytest.raises(InputError, match="cannot read config"):
        load_options(tmp_path / "missing.toml")


def test_analyze_refuses_what_it_cannot_read() -> None:
    options = Options(components=())
    with pytest.raises(InputError, match="not Arabic"):
        marsad.analyze("The Pentagon said on Monday that ...", options)
    with pytest.raises(InputError, match="empty"):
        marsad.analyze("   \n ", options)
    with pytest.raises(InputError, match="larger than the limit"):
        marsad.analyze("قال " * 100, options.replace(max_bytes=50))
