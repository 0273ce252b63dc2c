"""Score analyses against gold files (gold format v1, see README "Evaluation").

Matching is lenient on boundaries, as the gold format prescribes:
- quotes: texts overlap with token F1 >= 0.5; attribution also needs the same speaker entity;
- amounts: equal value and overlapping text; the source is scored separately (same speaker
  rule; gold "_article" means no source);
- times: overlapping text and equal value (durations are not in gold v1 and not scored);
- entities: per document, a gold entity (with its aliases) and a predicted entity (all its
  mentions) match when one of their mentions overlaps in the text and the types agree
  (PER, ORG, LOC; MISC is not annotated in gold and not scored);
- headings: same text; boilerplate: gold strings absent from the cleaned text; attribution:
  same outlet.
Gold items carry no offsets: they are located in the analysed text by exact search.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Agent, Document
from marsad.errors import InputError
from marsad.matching import greedy_pairs, names_match, occurrences, overlaps, token_f1
from marsad.text.normalize import normalize_phrase

GOLD_SUFFIX = ".gold.json"
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
SCORED_TYPES = ("PER", "ORG", "LOC")


@dataclass(slots=True)
class Gold:
    id: str
    text: str
    data: dict[str, Any]

    @property
    def published(self) -> str | None:
        return self.data.get("published")


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    # for layers scored as "found / expected" only (boilerplate removal)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses.extend(other.misses)
        self.extras.extend(other.extras)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


LAYER_ORDER = (
    "attribution",
    "boilerplate",
    "headings",
    "quotes",
    "quote_attribution",
    "amounts",
    "amount_source",
    "amount_unit",
    "times",
    "entities",
)


# --------------------------------------------------------------------------- gold files


def load_gold(folder: str | Path) -> list[Gold]:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a directory of gold files")
    golds = []
    for path in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            text = (path.parent / data["file"]).read_text(encoding="utf-8")
        except (OSError, ValueError, KeyError) as exc:
            raise InputError(f"{path}: unreadable gold file ({exc})") from exc
        golds.append(Gold(str(data.get("id", path.name[: -len(GOLD_SUFFIX)])), text, data))
    if not golds:
        raise InputError(f"{folder}: no *{GOLD_SUFFIX} files")
    return golds


# --------------------------------------------------------------------------- gold names


def gold_names(name: str, gold: Gold) -> list[str]:
    """The gold name plus the aliases of the gold entity it names."""
    names = [name]
    for ent in gold.data.get("entities", []):
        group = [ent["text"], *ent.get("aliases", [])]
        if any(normalize_phrase(name) == normalize_phrase(g) for g in group):
            names.extend(group)
    return names


def same_agent(pred: Agent | None, gold_name: str | None, gold: Gold) -> bool:
    """Does a predicted speaker/source name the entity the gold names? ("_article" = none)."""
    if gold_name in (None, "", "_article"):
        return pred is None or pred.kind == "article"
    if pred is None:
        return False
    pred_names = [n for n in (pred.canonical, pred.text) if n]
    return any(names_match(p, g) for p in pred_names for g in gold_names(gold_name, gold))


def _tally(n_gold: int, n_pred: int, tp: int) -> Score:
    return Score(tp=tp, fp=n_pred - tp, fn=n_gold - tp)


# --------------------------------------------------------------------------- layers


def score_quotes(doc: Document, gold: Gold) -> tuple[Score, Score]:
    """(detection, attribution): attribution needs the same speaker too."""
    gq = gold.data.get("quotes", [])
    pq = doc.quotes
    detect = greedy_pairs(
        gq, pq, lambda g, p: f if (f := token_f1(g["text"], p.text)) >= 0.5 else 0
    )
    attrib = greedy_pairs(
        gq,
        pq,
        lambda g, p: (
            f
            if (f := token_f1(g["text"], p.text)) >= 0.5
            and same_agent(p.speaker, g["speaker"], gold)
            else 0
        ),
    )
    d, a = _tally(len(gq), len(pq), len(detect)), _tally(len(gq), len(pq), len(attrib))
    hit = {gi for gi, _ in attrib}
    a.misses = [f"{g['speaker']}: {g['text'][:60]}" for gi, g in enumerate(gq) if gi not in hit]
    hit_p = {pi for _, pi in attrib}
    a.extras = [
        f"{p.speaker.canonical if p.speaker else None}: {p.text[:60]}"
        for pi, p in enumerate(pq)
        if pi not in hit_p
    ]
    return d, a


def _value_equal(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def unit_matches(gold_unit: str, pred_unit: str, pred_unit_text: str) -> bool:
    """Does the predicted unit name what the gold unit names? (ISO codes via units.yaml)."""
    g = normalize_phrase(gold_unit)
    if g in (normalize_phrase(pred_unit), normalize_phrase(pred_unit_text)):
        return True
    return g in _unit_names(pred_unit)


def _unit_names(code: str) -> set[str]:
    from marsad.errors import LangDataError
    from marsad.lang import load_lexicon

    try:
        units = load_lexicon("units")
    except LangDataError:
        return set()
    names: set[str] = set()
    for entry in units.get("units", []):
        if entry.get("code") == code:
            names.update(normalize_phrase(n) for n in entry.get("names", []))
            names.update(normalize_phrase(n) for n in entry.get("eval_names", []))
    return names


def score_amounts(doc: Document, gold: Gold) -> tuple[Score, Score, Score]:
    """(value, value+source, value+unit)."""
    ga = gold.data.get("amounts", [])
    pa = doc.amounts
    occ = [occurrences(doc.text, g["text"]) for g in ga]

    def base(gi: int, p: Any) -> bool:
        g = ga[gi]
        if not _value_equal(float(g["value"]), float(p.value)):
            return False
        if occ[gi]:
            return overlaps(occ[gi], p.start, p.end)
        return token_f1(g["text"], p.text) > 0

    idx = list(range(len(ga)))
    value = greedy_pairs(idx, pa, lambda gi, p: 1.0 if base(gi, p) else 0)
    source = greedy_pairs(
        idx,
        pa,
        lambda gi, p: (
            1.0 if base(gi, p) and same_agent(p.source, ga[gi].get("source"), gold) else 0
        ),
    )
    unit = greedy_pairs(
        idx,
        pa,
        lambda gi, p: (
            1.0 if base(gi, p) and unit_matches(ga[gi]["unit"], p.unit, p.unit_text) else 0
        ),
    )
    scores = tuple(_tally(len(ga), len(pa), len(m)) for m in (value, source, unit))
    hit = {gi for gi, _ in value}
    scores[0].misses = [f"{ga[gi]['text']} = {ga[gi]['value']}" for gi in idx if gi not in hit]
    hit_p = {pi for _, pi in value}
    scores[0].extras = [f"{p.text} = {p.value}" for pi, p in enumerate(pa) if pi not in hit_p]
    src_hit = {gi for gi, _ in source}
    scores[1].misses = [
        f"{ga[gi]['text']}: source {ga[gi].get('source')}" for gi in hit if gi not in src_hit
    ]
    return scores  # type: ignore[return-value]


def score_times(doc: Document, gold: Gold) -> Score:
    # gold v1 values are days, months and years: durations and weeks are scored on neither side
    # (some annotators add weeks as YYYY-Www; they are left out like the predicted ones)
    gt = [t for t in gold.data.get("times", []) if not _WEEK.match(str(t["value"]))]
    pt = [t for t in doc.times if t.kind != "duration" and t.grain != "week"]
    occ = [occurrences(doc.text, g["text"]) for g in gt]

    def pair(gi: int, p: Any) -> float:
        g = gt[gi]
        if p.value != g["value"]:
            return 0
        return (
            1.0
            if (overlaps(occ[gi], p.start, p.end) if occ[gi] else token_f1(g["text"], p.text))
            else 0
        )

    matched = greedy_pairs(list(range(len(gt))), pt, pair)
    score = _tally(len(gt), len(pt), len(matched))
    hit = {gi for gi, _ in matched}
    score.misses = [f"{g['text']} = {g['value']}" for gi, g in enumerate(gt) if gi not in hit]
    hit_p = {pi for _, pi in matched}
    score.extras = [f"{p.text} = {p.value}" for pi, p in enumerate(pt) if pi not in hit_p]
    return score


def predicted_entities(doc: Document) -> list[dict[str, Any]]:
    """Mentions grouped into entities (by entity_id, else canonical), majority type."""
    groups: dict[str, dict[str, Any]] = {}
    for m in doc.entities:
        key = m.entity_id or normalize_phrase(m.canonical or m.text)
        group = groups.setdefault(key, {"mentions": [], "types": {}, "name": m.canonical or m.text})
        group["mentions"].append(m)
        group["types"][m.type] = group["types"].get(m.type, 0) + 1
    for group in groups.values():
        group["type"] = max(group["types"].items(), key=lambda kv: kv[1])[0]
    return [g for g in groups.values() if g["type"] in SCORED_TYPES]


def score_entities(doc: Document, gold: Gold) -> Score:
    ge = [e for e in gold.data.get("entities", []) if e["type"] in SCORED_TYPES]
    pe = predicted_entities(doc)
    occ = [
        [
            span
            for name in [e["text"], *e.get("aliases", [])]
            for span in occurrences(doc.text, name)
        ]
        for e in ge
    ]

    def pair(gi: int, p: dict[str, Any]) -> float:
        if ge[gi]["type"] != p["type"]:
            return 0
        return float(sum(1 for m in p["mentions"] if overlaps(occ[gi], m.start, m.end)))

    matched = greedy_pairs(list(range(len(ge))), pe, pair)
    score = _tally(len(ge), len(pe), len(matched))
    hit = {gi for gi, _ in matched}
    score.misses = [f"{e['type']} {e['text']}" for gi, e in enumerate(ge) if gi not in hit]
    hit_p = {pi for _, pi in matched}
    score.extras = [f"{p['type']} {p['name']}" for pi, p in enumerate(pe) if pi not in hit_p]
    return score


def score_headings(doc: Document, gold: Gold) -> Score:
    gh = [normalize_phrase(h) for h in gold.data.get("headings", [])]
    ph = [normalize_phrase(h.text) for h in doc.headings]
    matched = greedy_pairs(gh, ph, lambda g, p: 1.0 if g == p else 0)
    score = _tally(len(gh), len(ph), len(matched))
    score.misses = [
        h for i, h in enumerate(gold.data.get("headings", [])) if i not in {g for g, _ in matched}
    ]
    score.extras = [h.text for i, h in enumerate(doc.headings) if i not in {p for _, p in matched}]
    return score


def score_boilerplate(doc: Document, gold: Gold) -> Score:
    """tp: gold boilerplate gone from the text; fn: still there."""
    score = Score()
    for snippet in gold.data.get("boilerplate", []):
        if snippet in doc.text:
            score.fn += 1
            score.misses.append(snippet)
        else:
            score.tp += 1
    return score


def score_attribution(doc: Document, gold: Gold) -> Score:
    expected = gold.data.get("attribution")
    found = doc.metadata.attribution
    if not expected and not found:
        return Score()
    if expected and found and normalize_phrase(expected) == normalize_phrase(found):
        return Score(tp=1)
    score = Score(fn=1 if expected else 0, fp=1 if found else 0)
    score.misses = [f"expected {expected!r}, found {found!r}"]
    return score


def score_document(doc: Document, gold: Gold) -> dict[str, Score]:
    quotes, attribution = score_quotes(doc, gold)
    value, source, unit = score_amounts(doc, gold)
    return {
        "attribution": score_attribution(doc, gold),
        "boilerplate": score_boilerplate(doc, gold),
        "headings": score_headings(doc, gold),
        "quotes": quotes,
        "quote_attribution": attribution,
        "amounts": value,
        "amount_source": source,
        "amount_unit": unit,
        "times": score_times(doc, gold),
        "entities": score_entities(doc, gold),
    }


# --------------------------------------------------------------------------- runs


def predictions(
    golds: list[Gold], analyze: Callable[[Gold], Document], pred_dir: str | Path | None = None
) -> Iterator[tuple[Gold, Document]]:
    """Pair each gold article with its analysis: read from `pred_dir/<id>.json` or computed."""
    for gold in golds:
        if pred_dir is not None:
            path = Path(pred_dir) / f"{gold.id}.json"
            try:
                doc = Document.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError) as exc:
                raise InputError(f"{path}: cannot read prediction ({exc})") from exc
        else:
            doc = analyze(gold)
        yield gold, doc


def evaluate(pairs: Iterable[tuple[Gold, Document]]) -> dict[str, Any]:
    """Micro-averaged scores per layer, plus each document's scores."""
    total = {layer: Score() for layer in LAYER_ORDER}
    per_doc: dict[str, dict[str, Score]] = {}
    for gold, doc in pairs:
        scores = score_document(doc, gold)
        per_doc[gold.id] = scores
        for layer, s in scores.items():
            total[layer].add(s)
    return {"total": total, "documents": per_doc}


def report_json(result: dict[str, Any]) -> dict[str, Any]:
    return {
        "total": {k: v.as_dict() for k, v in result["total"].items()},
        "documents": {
            doc_id: {k: v.as_dict() for k, v in scores.items()}
            for doc_id, scores in result["documents"].items()
        },
    }
