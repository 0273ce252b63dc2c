"""Throughput of the whole `entities` component, and of its part after the tagger.

python -m bench.entity_linking [N]

Three figures on the same real articles, one core: tagging alone, linking alone (mentions,
post-correction, place_refs, roles, grouping; tags computed beforehand) and the component
as the pipeline runs it (tokenise + tag + link).
"""

from __future__ import annotations

import contextlib
import sys

from bench.corpus import CorpusMissing, articles, measure, report
from marsad.document import Document
from marsad.errors import InputError
from marsad.extract.entities.component import extract_entities, link_entities, tag_stream
from marsad.extract.entities.mentions import Stream, build_stream
from marsad.ingest import from_text
from marsad.settings import Options


def main(n: int = 300) -> None:
    try:
        records = articles(n)
    except CorpusMissing as exc:
        print(f"entity_linking: skipped ({exc})")
        return
    options = Options()
    docs: list[Document] = []
    for record in records:
        with contextlib.suppress(InputError):
            docs.append(from_text(record["text"], options, doc_id=record["url"]))
    streams = [build_stream(doc) for doc in docs]
    extract_entities(docs[0], options)  # load lexicons and the model outside the timing
    tokens = sum(len(s.tokens) for s in streams)
    tagged: list[tuple[Document, Stream, list[list[str]]]] = [
        (doc, stream, tag_stream(stream, options))
        for doc, stream in zip(docs, streams, strict=True)
    ]

    def tag_only(stream: Stream) -> None:
        tag_stream(stream, options)

    def link_only(item: tuple[Document, Stream, list[list[str]]]) -> None:
        doc, stream, tags = item
        link_entities(doc, stream, tags)

    def whole(doc: Document) -> None:
        extract_entities(doc, options)

    report("entities: tagger", len(docs), measure(tag_only, streams, repeat=1), tokens)
    report("entities: linking", len(docs), measure(link_only, tagged, repeat=1), tokens)
    report("entities (component)", len(docs), measure(whole, docs, repeat=1), tokens)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
