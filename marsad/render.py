"""Human-readable renderings of a Document: a rich text summary and a standalone RTL HTML page.

Article text is untrusted: the HTML page escapes every piece of it (text and attributes).
"""

from __future__ import annotations

import html
import itertools
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from marsad.document import Document

# layer -> (css class, colour used in the terminal)
LAYER_STYLE = {
    "quotes": ("q", "cyan"),
    "entities": ("e", "green"),
    "amounts": ("a", "magenta"),
    "times": ("t", "yellow"),
}


def _agent(agent: Any) -> str:
    if agent is None:
        return "—"
    extra = ", ".join(x for x in (agent.role, agent.affiliation) if x)
    return agent.canonical + (f" ({extra})" if extra else "")


def print_summary(doc: Document, console: Console) -> None:
    meta = doc.metadata
    head = Text(f"{doc.id}", style="bold")
    for label, value in (
        ("title", meta.title),
        ("published", meta.published),
        ("source", meta.source),
        ("attribution", meta.attribution),
    ):
        if value:
            head.append(f"  {label}: ", style="dim").append(str(value))
    console.print(head)
    if doc.headings:
        console.print(
            Text("headings: ", style="dim") + Text(" | ".join(h.text for h in doc.headings))
        )
    if doc.quotes:
        table = Table("speaker", "kind", "quote", title="quotes", title_justify="left")
        for q in doc.quotes:
            table.add_row(Text(_agent(q.speaker), style="bold cyan"), q.kind, q.text)
        console.print(table)
    if doc.amounts:
        table = Table("figure", "value", "unit", "source", title="amounts", title_justify="left")
        for a in doc.amounts:
            value = f"{a.value:,.15g}" + (f"–{a.value_max:,.15g}" if a.value_max else "")
            table.add_row(Text(a.text, style="magenta"), value, a.unit, _agent(a.source))
        console.print(table)
    if doc.times:
        table = Table("expression", "value", "kind", title="times", title_justify="left")
        for t in doc.times:
            table.add_row(Text(t.text, style="yellow"), t.value or "?", t.kind)
        console.print(table)
    if doc.entities:
        seen: dict[str, tuple[str, str, set[str]]] = {}
        for e in doc.entities:
            entry = seen.setdefault(
                e.entity_id or e.canonical or e.text, (e.type, e.canonical or e.text, set())
            )
            entry[2].add(e.text)
        table = Table("type", "entity", "mentions", title="entities", title_justify="left")
        for etype, name, mentions in seen.values():
            table.add_row(etype, Text(name, style="green"), " / ".join(sorted(mentions)))
        console.print(table)
    for warning in doc.warnings:
        console.print(Text(f"warning: {warning}", style="red"))


_CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;max-width:52rem;
margin:2rem auto;padding:0 1rem;line-height:2;background:#fdfdfb;color:#222}
h1{font-size:1.4rem}.meta{color:#666;font-size:.9rem}p{margin:.6rem 0}
h2{font-size:1.15rem;margin-top:1.4rem}
.q{background:#e3f2fd;border-bottom:2px solid #1e88e5}.e{background:#e8f5e9;border-radius:3px}
.a{background:#f3e5f5;font-weight:bold}.t{background:#fff8e1}
.legend span{padding:0 .4rem;margin-inline-end:.5rem}
"""


def _segments(doc: Document) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Split text at every annotation boundary; each piece lists (class, tooltip) active on it."""
    marks: list[tuple[int, int, str, str]] = []
    for q in doc.quotes:
        marks.append((q.start, q.end, "q", f"{q.kind} — {_agent(q.speaker)}"))
    for e in doc.entities:
        marks.append((e.start, e.end, "e", f"{e.type}: {e.canonical}"))
    for a in doc.amounts:
        marks.append((a.start, a.end, "a", f"{a.value:,.15g} {a.unit} — {_agent(a.source)}"))
    for t in doc.times:
        marks.append((t.start, t.end, "t", f"{t.value}"))
    cuts = sorted({0, len(doc.text), *(m[0] for m in marks), *(m[1] for m in marks)})
    pieces = []
    for start, end in itertools.pairwise(cuts):
        active = [(cls, tip) for s, e, cls, tip in marks if s <= start and end <= e]
        pieces.append((start, end, active))
    return pieces


def to_html(doc: Document) -> str:
    """A standalone right-to-left page with the annotations highlighted."""
    esc = html.escape
    heading_spans = {(h.start, h.end) for h in doc.headings}
    body: list[str] = []
    pieces = _segments(doc)
    paragraphs = doc.paragraphs or [doc.span(0, len(doc.text))]
    for i, para in enumerate(paragraphs):
        if i == 0 and para.text == doc.metadata.title:
            continue  # the page title (an HTML page's <h1>) is already the page heading
        tag = "h2" if (para.start, para.end) in heading_spans else "p"
        out = []
        for start, end, active in pieces:
            s, e = max(start, para.start), min(end, para.end)
            if s >= e:
                continue
            chunk = esc(doc.text[s:e])
            for cls, tip in active:
                chunk = f'<span class="{cls}" title="{esc(tip, quote=True)}">{chunk}</span>'
            out.append(chunk)
        body.append(f"<{tag}>{''.join(out)}</{tag}>")
    meta = doc.metadata
    info = " · ".join(
        esc(str(v)) for v in (doc.id, meta.published, meta.source, meta.attribution) if v
    )
    title = esc(meta.title or doc.id)
    legend = (
        '<p class="legend"><span class="q">اقتباس</span><span class="e">كيان</span>'
        '<span class="a">رقم</span><span class="t">زمن</span></p>'
    )
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_CSS}</style></head><body>"
        f'<h1>{title}</h1><p class="meta">{info}</p>{legend}{"".join(body)}</body></html>\n'
    )
