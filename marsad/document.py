"""The one typed object every stage reads and extends.

`Document.text` is the cleaned article; it never changes once ingest has built it. Everything
else is standoff: each annotation names `start`/`end` offsets (Python string indices, i.e.
Unicode code points) into `Document.text`, and `text == document.text[start:end]` always holds.
`source_map` maps cleaned offsets back to the decoded input, so an annotation can be traced to
what the user gave us.

JSON form: `Document.to_dict()` / `Document.from_dict()`, schema "marsad/1", described by
`marsad/schema/marsad-1.schema.json`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

SCHEMA = "marsad/1"

T = TypeVar("T")


@dataclass(slots=True)
class Span:
    """A stretch of `Document.text`."""

    text: str
    start: int
    end: int

    _nested: ClassVar[dict[str, type]] = {}


@dataclass(slots=True)
class Heading(Span):
    level: int = 2


@dataclass(slots=True)
class Boilerplate:
    """Something cleaning removed, kept for audit; offsets are into the decoded input."""

    text: str
    rule: str
    source_start: int
    source_end: int

    _nested: ClassVar[dict[str, type]] = {}


@dataclass(slots=True)
class Agent(Span):
    """Who says or states something: a speaker of a quote, the source of a figure.

    `start`/`end` point at the mention that names the agent (for an implied speaker, the
    earlier mention it resolves to). `kind`: person | organisation | document | unnamed |
    group | unknown.
    """

    canonical: str = ""
    kind: str = "unknown"
    role: str | None = None
    affiliation: str | None = None
    entity_id: str | None = None


@dataclass(slots=True)
class Entity(Span):
    """One mention of a named entity; mentions of the same entity share `entity_id`."""

    type: str = "MISC"  # PER | ORG | LOC | MISC
    canonical: str = ""
    entity_id: str | None = None
    role: str | None = None
    affiliation: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class PlaceRef(Span):
    """A nationality or relational adjective pointing at a place (الأميركية → الولايات المتحدة)."""

    canonical: str = ""


@dataclass(slots=True)
class Quote(Span):
    """A reported statement: `text` is the content only."""

    kind: str = "direct"  # direct | indirect | mixed | headline
    cue: Span | None = None
    speaker: Agent | None = None
    confidence: float = 1.0

    _nested: ClassVar[dict[str, type]] = {"cue": Span, "speaker": Agent}


@dataclass(slots=True)
class Amount(Span):
    """A numeric claim."""

    value: float = 0.0
    value_max: float | None = None  # upper bound of a range ("بين 10 و12 ألفاً")
    unit: str = ""
    unit_text: str = ""
    approx: str | None = None
    subject: str | None = None
    source: Agent | None = None
    modality: str = "reported"  # reported | estimated | expected | previous

    _nested: ClassVar[dict[str, type]] = {"source": Agent}


@dataclass(slots=True)
class TimeExpr(Span):
    """A time expression; `value` is ISO (date, YYYY-MM, YYYY, start/end, or P… for durations)."""

    value: str | None = None
    grain: str = "day"  # day | month | year | week | interval | duration | relative
    kind: str = "date"  # date | duration | relative
    anchor: str | None = None


@dataclass(slots=True)
class Event(Span):
    type: str = ""
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD (or full ISO datetime)
    url: str | None = None
    source: str | None = None  # the outlet that published it
    attribution: str | None = None  # the outlet it is republished from
    author: str | None = None
    language: str | None = None
    content_hash: str | None = None
    input_format: str | None = None  # text | html | jsonl | url
    encoding: str | None = None

    _nested: ClassVar[dict[str, type]] = {}


LAYERS: dict[str, type] = {
    "headings": Heading,
    "paragraphs": Span,
    "boilerplate": Boilerplate,
    "entities": Entity,
    "place_refs": PlaceRef,
    "quotes": Quote,
    "amounts": Amount,
    "times": TimeExpr,
    "events": Event,
}


@dataclass(slots=True)
class Document:
    id: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    headings: list[Heading] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    boilerplate: list[Boilerplate] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    place_refs: list[PlaceRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # (clean_start, source_start, length) runs: text[c:c+n] == source[s:s+n]
    source_map: list[tuple[int, int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        """A `Span` over `text[start:end]` (offsets must lie inside the text)."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return Span(self.text[start:end], start, end)

    def char_span(self, start: int, end: int) -> Span | None:
        """Like `span`, but None when the offsets do not fit the text."""
        if not 0 <= start <= end <= len(self.text):
            return None
        return Span(self.text[start:end], start, end)

    def to_source(self, offset: int) -> int | None:
        """The offset in the decoded input that `text[offset]` came from (None if unknown)."""
        for clean_start, source_start, length in self.source_map:
            if clean_start <= offset < clean_start + length:
                return source_start + offset - clean_start
        return None

    def paragraph_of(self, offset: int) -> Span | None:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        return None

    def is_heading(self, start: int, end: int) -> bool:
        return any(h.start <= start and end <= h.end for h in self.headings)

    def check_offsets(self) -> list[str]:
        """Every annotation whose `text` is not `self.text[start:end]` (empty when consistent)."""
        problems = []
        for layer in LAYERS:
            if layer == "boilerplate":
                continue
            for item in getattr(self, layer):
                for span in _spans_in(item):
                    if self.text[span.start : span.end] != span.text:
                        problems.append(f"{layer}: {span.text!r} at {span.start}:{span.end}")
        return problems

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"schema": SCHEMA, "id": self.id, "text": self.text}
        out["metadata"] = _to_plain(self.metadata)
        for layer in LAYERS:
            out[layer] = [_to_plain(item) for item in getattr(self, layer)]
        out["source_map"] = [list(run) for run in self.source_map]
        out["warnings"] = list(self.warnings)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        schema = data.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; this marsad reads {SCHEMA!r}")
        doc = cls(
            id=str(data["id"]),
            text=data["text"],
            metadata=_from_plain(Metadata, data.get("metadata") or {}),
        )
        for layer, item_type in LAYERS.items():
            setattr(doc, layer, [_from_plain(item_type, item) for item in data.get(layer, [])])
        doc.source_map = [(int(a), int(b), int(c)) for a, b, c in data.get("source_map", [])]
        doc.warnings = list(data.get("warnings", []))
        return doc


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _spans_in(item: object) -> list[Span]:
    found = [item] if isinstance(item, Span) else []
    for name in getattr(item, "_nested", {}):
        value = getattr(item, name)
        if isinstance(value, Span):
            found.append(value)
    return found


def _to_plain(item: object) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(item):  # type: ignore[arg-type]
        value = getattr(item, f.name)
        if dataclasses.is_dataclass(value):
            value = _to_plain(value)
        elif isinstance(value, dict):
            value = dict(value)
        out[f.name] = value
    return out


def _from_plain(cls: type[T], data: dict[str, Any]) -> T:
    nested: dict[str, type] = getattr(cls, "_nested", {})
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for key, value in data.items():
        if key not in names:
            continue
        if key in nested and isinstance(value, dict):
            value = _from_plain(nested[key], value)
        kwargs[key] = value
    return cls(**kwargs)
