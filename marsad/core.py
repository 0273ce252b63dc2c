"""The recipe: ingest -> extractors in settings order. No heuristics of its own."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.document import Document
from marsad.errors import InputError
from marsad.ingest import from_bytes, from_path, from_text
from marsad.registry import Component, validate
from marsad.settings import Options

LOGGER = logging.getLogger(__name__)


class Pipeline:
    """Extractors loaded once, applied to a stream of Documents.

    >>> nlp = Pipeline()
    >>> doc = nlp(from_text("قال الرئيس إن ..."))
    """

    def __init__(self, options: Options | None = None, components: Iterable[str] | None = None):
        self.options = options or Options()
        names = tuple(components) if components is not None else self.options.components
        self.components: list[Component] = validate(names)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.components]

    def __call__(self, doc: Document) -> Document:
        for comp in self.components:
            doc = comp.func(doc, self.options)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Analyse documents in input order."""
        for doc in docs:
            yield self(doc)


_DEFAULT: dict[Options, Pipeline] = {}


def get_pipeline(options: Options | None = None) -> Pipeline:
    """A shared Pipeline per Options, so lexicons and models load once per process."""
    options = options or Options()
    if options not in _DEFAULT:
        _DEFAULT[options] = Pipeline(options)
    return _DEFAULT[options]


def analyze(
    source: str | bytes | Path | Document,
    options: Options | None = None,
    *,
    doc_id: str = "doc",
) -> Document:
    """Analyse one article: text (str), raw bytes, a file Path, or an ingested Document.

    Raises an `InputError` subclass (one-line message) for input that cannot be analysed.
    """
    options = options or Options()
    if isinstance(source, Document):
        doc = source
    elif isinstance(source, Path):
        doc = from_path(source, options)
    elif isinstance(source, bytes):
        doc = from_bytes(source, options, doc_id=doc_id)
    elif isinstance(source, str):
        doc = from_text(source, options, doc_id=doc_id)
    else:
        raise InputError(f"cannot analyse a {type(source).__name__}")
    return get_pipeline(options)(doc)
