"""Ingest + cleaning throughput on real articles, one core.

Plain text: each corpus record's `text` through `from_text` (decoding excluded) and its UTF-8
bytes through `from_bytes` (encoding detection included). HTML: the same paragraphs wrapped in
a page with navigation, share buttons, related links and a footer, through `from_bytes`, so
the trafilatura path is measured too.

python -m bench.ingest [N]
"""

from __future__ import annotations

import contextlib
import html
import sys
from typing import Any

from bench.corpus import CorpusMissing, articles, measure, report
from marsad.errors import InputError
from marsad.ingest import from_bytes, from_text
from marsad.settings import Options

_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title}</title><script>var ads = [1, 2, 3];</script></head><body>
<header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li>
<li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{body}</article>
<div class="share">شارك هذا المقال على فيسبوك تويتر واتساب</div>
<aside><h3>أخبار ذات صلة</h3><ul><li><a href="/1">عنوان خبر آخر في الموقع</a></li>
<li><a href="/2">عنوان خبر ثالث في الموقع</a></li></ul></aside></main>
<footer><p>جميع الحقوق محفوظة 2015</p><p>تابعونا على تويتر</p></footer></body></html>"""


def as_page(record: dict[str, Any]) -> bytes:
    """The record's paragraphs as the body of a news page with the usual boilerplate."""
    paragraphs = [p.strip() for p in record["text"].split("\n") if p.strip()]
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    title = html.escape(record.get("title") or "خبر")
    return _PAGE.format(title=title, body=body).encode("utf-8")


def main(n: int = 1000) -> None:
    try:
        records = articles(n)
    except CorpusMissing as exc:
        print(f"ingest: skipped ({exc})")
        return
    options = Options()
    texts = [r["text"] for r in records]
    data = [t.encode("utf-8") for t in texts]
    pages = [as_page(r) for r in records[: max(1, n // 4)]]
    words = sum(len(t.split()) for t in texts)

    def text(t: str) -> None:
        with contextlib.suppress(InputError):
            from_text(t, options, doc_id="bench")

    def raw(b: bytes) -> None:
        with contextlib.suppress(InputError):
            from_bytes(b, options, doc_id="bench")

    text(texts[0])  # load the rules once, outside the timing
    raw(pages[0])
    report("ingest text", len(texts), measure(text, texts), words)
    report("ingest bytes (decode)", len(data), measure(raw, data), words)
    page_words = sum(len(t.split()) for t in texts[: len(pages)])
    report("ingest html", len(pages), measure(raw, pages, repeat=1), page_words)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
