"""The `marsad` command: argument parsing only; the work is in cli_utils."""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys

from marsad.__version__ import __version__
from marsad.errors import MarsadError
from marsad.settings import load_options

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(value: str) -> str:
    if not _DATE.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in YYYY-MM-DD form")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Arabic news to checkable facts: quotes, figures, times, entities.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    parser.add_argument("--config", metavar="FILE", help="settings TOML overriding the defaults")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    an = sub.add_parser("analyze", help="analyse articles (files, URLs, - for stdin, JSONL)")
    inp = an.add_argument_group("Input")
    inp.add_argument("inputs", nargs="*", metavar="PATH|URL|-")
    inp.add_argument(
        "--jsonl",
        action="append",
        default=[],
        metavar="FILE",
        help="records with id, text or html, optional published, url, title, source",
    )
    inp.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for inputs that carry none",
    )
    inp.add_argument(
        "--allow-private",
        action="store_true",
        help="let URLs resolve to private or loopback addresses",
    )
    outg = an.add_argument_group("Output")
    outg.add_argument("--format", choices=["json", "jsonl", "text", "html"], default="json")
    outg.add_argument(
        "--out", metavar="FILE|DIR", help="a file, or a directory (one file per input)"
    )
    pipe = an.add_argument_group("Pipeline")
    pipe.add_argument("--ner-backend", choices=["crf", "transformers"], help="NER backend")
    pipe.add_argument("--model", metavar="PATH", help="model directory for the NER backend")

    ev = sub.add_parser(
        "eval",
        help="score analyses against gold files (P/R/F1 per layer); `eval ner FILE` scores NER",
    )
    ev.add_argument("gold", metavar="GOLD_DIR", help="folder of *.gold.json files (gold format v1)")
    ev.add_argument(
        "pred",
        nargs="?",
        metavar="PRED",
        help="folder of <id>.json analyses; default: run the pipeline",
    )
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.add_argument("--show-errors", action="store_true", help="list every miss and extra")
    _ner_options(ev)

    ner = sub.add_parser("ner", help="tag a pre-tokenised CoNLL file (token [TAG] per line)")
    ner.add_argument("--conll", required=True, metavar="IN", help="CoNLL file, - for stdin")
    ner.add_argument("--out", metavar="OUT", help="output file (default: stdout)")
    _ner_options(ner)
    return parser


def _ner_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--ner-backend", choices=["crf", "transformers"], help="NER backend")
    sub.add_argument("--model", metavar="PATH", help="model file or directory for the backend")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return 2
    from marsad import cli_utils

    try:
        if args.command == "analyze":
            if not args.inputs and not args.jsonl:
                parser.error("analyze needs at least one PATH, URL, - or --jsonl FILE")
            options = load_options(
                args.config,
                published=args.published,
                fetch_allow_private=args.allow_private or None,
                ner_backend=args.ner_backend,
                ner_model=args.model,
            )
            n_inputs = len(args.inputs) + len(args.jsonl)
            if args.format == "html" and n_inputs > 1 and not args.out:
                parser.error("--format html with several inputs needs --out DIR")
            return cli_utils.analyze_inputs(
                args.inputs, args.jsonl, options, args.format, args.out, sys.stderr
            )
        if args.command in ("ner", "eval"):
            ner_options = load_options(
                args.config, ner_backend=args.ner_backend, ner_model=args.model
            )
        if args.command == "ner":
            from marsad.extract.ner.commands import tag_conll

            return tag_conll(args.conll, args.out, ner_options)
        if args.command == "eval" and args.gold == "ner" and not os.path.isdir("ner"):
            from marsad.extract.ner.commands import eval_conll

            if not args.pred:
                parser.error("eval ner needs a gold CoNLL FILE")
            return eval_conll(args.pred, ner_options, args.json, sys.stdout)
        if args.command == "eval":
            options = load_options(args.config)
            return cli_utils.run_eval(
                args.gold, args.pred, options, args.json, args.show_errors, sys.stdout
            )
    except MarsadError as exc:
        print(f"marsad: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
