"""The work behind `marsad ner --conll IN --out OUT` and `marsad eval ner FILE`."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import IO

from marsad.errors import InputError
from marsad.extract.ner.conll import format_score, parse_conll, read_conll, score, write_conll
from marsad.extract.ner.tagger import get_tagger
from marsad.settings import Options


def tag_conll(src: str, out: str | None, options: Options) -> int:
    """Tag the tokens of a CoNLL file (`-` for stdin) and write `token TAG` lines."""
    sentences = _read(src, strict=False)
    tokens = [toks for toks, _ in sentences]
    tags = get_tagger(options).tag(tokens)
    if out is None or out == "-":
        write_conll(zip(tokens, tags, strict=True), sys.stdout)
        return 0
    try:
        with open(out, "w", encoding="utf-8") as fh:
            write_conll(zip(tokens, tags, strict=True), fh)
    except OSError as exc:
        raise InputError(f"cannot write {out}: {exc.strerror}") from exc
    return 0


def eval_conll(gold_path: str, options: Options, as_json: bool, stream: IO[str]) -> int:
    """Tag a gold `token TAG` file's tokens and print exact-span P/R/F1 per type and micro."""
    sentences = _read(gold_path, strict=True)
    if any(tag == "" for _, tags in sentences for tag in tags):
        raise InputError(f"{gold_path}: every line of a gold file needs a TAG column")
    gold = [[t.replace("PERS", "PER") for t in tags] for _, tags in sentences]
    started = time.perf_counter()
    pred = get_tagger(options).tag([toks for toks, _ in sentences])
    seconds = time.perf_counter() - started
    result = score(gold, pred)
    if as_json:
        data = {"file": gold_path, "backend": options.ner_backend, **result.as_dict()}
        data["seconds"] = round(seconds, 3)
        stream.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        stream.write(format_score(result) + f" in {seconds:.2f} s\n")
    return 0


def _read(path: str, strict: bool) -> list[tuple[list[str], list[str]]]:
    if path == "-":
        return list(parse_conll(sys.stdin, "<stdin>", strict))
    if not Path(path).is_file():
        raise InputError(f"{path} is not a file")
    return read_conll(path, strict)
