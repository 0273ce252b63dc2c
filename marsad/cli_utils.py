"""The work behind the CLI: read inputs, run the pipeline, write outputs, evaluate."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from marsad import evaluate as ev
from marsad.core import get_pipeline
from marsad.document import Document
from marsad.errors import InputError, MarsadError, TooLarge
from marsad.ingest import from_bytes, from_path, stdin_id
from marsad.render import print_summary, to_html
from marsad.settings import Options

LOGGER = logging.getLogger(__name__)


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def load_input(spec: str, options: Options) -> Document:
    """One input named on the command line: a path, an http(s) URL, or - for stdin."""
    if spec == "-":
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise TooLarge(f"stdin is larger than the limit of {options.max_bytes:,} bytes")
        return from_bytes(data, options, doc_id=stdin_id(data))
    if is_url(spec):
        from marsad.ingest.fetch import from_url

        return from_url(spec, options)
    return from_path(spec, options)


def iter_inputs(
    specs: list[str], jsonl: list[str], options: Options
) -> Iterator[tuple[str, Document | MarsadError]]:
    """(name, Document or the error that stopped it), in input order."""
    for spec in specs:
        try:
            yield spec, load_input(spec, options)
        except MarsadError as exc:
            name = "stdin" if spec == "-" else spec
            message = _one_line(exc)
            yield spec, type(exc)(message if message.startswith(name) else f"{name}: {message}")
        except Exception as exc:  # a bug reading one input must not sink the batch
            LOGGER.info("reading %s failed", spec, exc_info=True)
            yield spec, MarsadError(f"{spec}: internal error ({type(exc).__name__}: {exc})")
    for path in jsonl:
        from marsad.ingest.jsonl import iter_jsonl

        try:
            yield from iter_jsonl(path, options)
        except MarsadError as exc:
            yield path, exc


def analyze_inputs(
    specs: list[str],
    jsonl: list[str],
    options: Options,
    fmt: str,
    out: str | None,
    err: IO[str],
) -> int:
    """Analyse every input, write results; 0 when all succeeded, 1 when any failed."""
    pipeline = get_pipeline(options)
    failures = 0
    docs: list[Document] = []
    out_dir = Path(out) if out and (Path(out).is_dir() or out.endswith("/")) else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    stream = _open_stream(out, out_dir, fmt)
    try:
        for name, item in iter_inputs(specs, jsonl, options):
            if isinstance(item, MarsadError):
                failures += 1
                print(f"marsad: {_one_line(item)}", file=err)
                continue
            try:
                doc = pipeline(item)
            except InputError as exc:
                failures += 1
                print(f"marsad: {name}: {_one_line(exc)}", file=err)
                continue
            except Exception as exc:  # a bug must not sink the rest of a batch
                failures += 1
                LOGGER.info("analysis of %s failed", name, exc_info=True)
                print(
                    f"marsad: {name}: internal error ({type(exc).__name__}: {_one_line(exc)}); "
                    "run with -v for details",
                    file=err,
                )
                continue
            if out_dir is not None:
                _write_file(doc, out_dir, fmt)
            elif fmt == "json":
                docs.append(doc)
            else:
                _write_stream(doc, fmt, stream)
        if docs:
            payload: Any = docs[0].to_dict() if len(docs) == 1 else [d.to_dict() for d in docs]
            stream.write(json.dumps(payload, ensure_ascii=False, indent=1) + "\n")
    finally:
        if stream is not sys.stdout:
            stream.close()
    return 1 if failures else 0


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _open_stream(out: str | None, out_dir: Path | None, fmt: str) -> IO[str]:
    if out is None or out_dir is not None:
        return sys.stdout
    try:
        return open(out, "w", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from exc


_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "html": ".html"}


def _safe_name(doc_id: str) -> str:
    keep = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in doc_id).strip(".")
    return keep[:120] or "doc"


def _write_file(doc: Document, out_dir: Path, fmt: str) -> None:
    path = out_dir / (_safe_name(doc.id) + _SUFFIX[fmt])
    with open(path, "w", encoding="utf-8") as fh:
        _write_stream(doc, "json" if fmt == "json" else fmt, fh, indent=fmt == "json")


def _write_stream(doc: Document, fmt: str, stream: IO[str], indent: bool = False) -> None:
    if fmt == "jsonl":
        stream.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        stream.write(
            json.dumps(doc.to_dict(), ensure_ascii=False, indent=1 if indent else None) + "\n"
        )
    elif fmt == "html":
        stream.write(to_html(doc))
    else:
        console = Console(
            file=stream,
            force_terminal=stream.isatty() if hasattr(stream, "isatty") else False,
            width=120,
        )
        print_summary(doc, console)
        console.print()


# --------------------------------------------------------------------------- eval


def run_eval(
    gold_dir: str,
    pred_dir: str | None,
    options: Options,
    as_json: bool,
    verbose: bool,
    out: IO[str],
) -> int:
    golds = ev.load_gold(gold_dir)
    pipeline = get_pipeline(options)

    def analyze(gold: ev.Gold) -> Document:
        from marsad.ingest import from_text

        doc = from_text(gold.text, options.replace(published=gold.published), doc_id=gold.id)
        return pipeline(doc)

    result = ev.evaluate(ev.predictions(golds, analyze, pred_dir))
    if as_json:
        out.write(json.dumps(ev.report_json(result), ensure_ascii=False, indent=1) + "\n")
        return 0
    console = Console(file=out, width=110)
    table = Table(
        "layer",
        "P",
        "R",
        "F1",
        "tp",
        "fp",
        "fn",
        title=f"marsad eval: {len(golds)} documents in {gold_dir}",
        title_justify="left",
    )
    for layer, s in result["total"].items():
        table.add_row(
            layer,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    console.print(table)
    if verbose:
        for doc_id, scores in result["documents"].items():
            for layer, s in scores.items():
                for miss in s.misses:
                    console.print(
                        f"[red]{doc_id} {layer} missed:[/red] {escape(miss)}", markup=True
                    )
                for extra in s.extras:
                    console.print(
                        f"[yellow]{doc_id} {layer} extra:[/yellow] {escape(extra)}", markup=True
                    )
    return 0
