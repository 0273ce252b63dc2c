"""Fetching URLs from a local HTTP server: refused by default, limits, redirects, charsets."""

from __future__ import annotations

import http.server
import ipaddress
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.document import Document
from marsad.errors import FetchError
from marsad.ingest import fetch
from marsad.ingest.fetch import forbidden, from_url, url_id
from marsad.settings import Options

PAGE = (Path(__file__).parent / "fixtures" / "news-page.html").read_bytes()
PLAIN = "قال وزير الخارجية إن المملكة تدعم جهود التهدئة في المنطقة.\nوأضاف أن الحوار مهم."
ALLOW = Options(fetch_allow_private=True, fetch_timeout=5.0)


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        route = self.path.split("?")[0]
        if route == "/article":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif route == "/plain-1256":
            self._send(200, PLAIN.encode("cp1256"), "text/plain; charset=windows-1256")
        elif route == "/redirect":
            self._redirect("/article")
        elif route == "/to-private":
            self._redirect("http://127.0.0.2:9/article")
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/big":
            self._send(
                200, b"<html><body><p>" + "نص ".encode() * 100_000, "text/html", length=False
            )
        elif route == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif route == "/slow":
            time.sleep(1.5)
            self._send(200, PAGE, "text/html")
        else:
            self._send(404, b"not found", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_local_server_is_refused_by_default(server: str) -> None:
    with pytest.raises(FetchError, match="loopback"):
        from_url(f"{server}/article", Options())


def test_local_server_is_fetched_when_allowed(server: str) -> None:
    doc = from_url(f"{server}/article", ALLOW)
    assert isinstance(doc, Document)
    assert doc.metadata.url == f"{server}/article"
    assert doc.metadata.input_format == "url"
    assert doc.metadata.title == "وزير الطاقة: الإنتاج سيرتفع إلى 12 مليون برميل يومياً"
    assert "أعلن وزير الطاقة" in doc.text
    assert doc.id == url_id(f"{server}/article")
    assert from_url(f"{server}/article", ALLOW).to_dict() == doc.to_dict()


def test_charset_from_the_headers(server: str) -> None:
    doc = from_url(f"{server}/plain-1256", ALLOW)
    assert doc.text == PLAIN.replace("\n", "\n\n")
    assert doc.metadata.encoding is not None and "1256" in doc.metadata.encoding


def test_redirects_are_followed_and_limited(server: str) -> None:
    doc = from_url(f"{server}/redirect", ALLOW)
    assert doc.metadata.url == f"{server}/article"
    with pytest.raises(FetchError, match="redirects"):
        from_url(f"{server}/loop", ALLOW)


def test_redirect_to_a_private_address_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pretend 127.0.0.1 is public so the first hop goes through; 127.0.0.2 stays loopback
    def policy(address: fetch.Address) -> str | None:
        return None if str(address) == "127.0.0.1" else forbidden(address)

    monkeypatch.setattr(fetch, "forbidden", policy)
    assert from_url(f"{server}/article", Options()).text
    with pytest.raises(FetchError, match=r"127\.0\.0\.2.*loopback"):
        from_url(f"{server}/to-private", Options())


def test_connected_address_is_checked_too(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # DNS answers a public address, but the connection lands on loopback (rebinding)
    monkeypatch.setattr(fetch, "_resolve", lambda host, port: [ipaddress.ip_address("8.8.8.8")])
    with pytest.raises(FetchError, match="connected to a loopback"):
        from_url(f"{server}/article", Options())


def test_size_type_status_and_time_limits(server: str) -> None:
    with pytest.raises(FetchError, match="over the limit"):
        from_url(f"{server}/big", ALLOW.replace(fetch_max_bytes=100_000))
    with pytest.raises(FetchError, match="image/png"):
        from_url(f"{server}/image", ALLOW)
    with pytest.raises(FetchError, match="HTTP 404"):
        from_url(f"{server}/missing", ALLOW)
    with pytest.raises(FetchError, match="timed out"):
        from_url(f"{server}/slow", ALLOW.replace(fetch_timeout=0.3))


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),
        ("0.0.0.0", "private"),
        ("100.64.0.1", "reserved"),
        ("224.0.0.1", "multicast"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_policy(address: str, reason: str | None) -> None:
    assert forbidden(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(
    "url", ["ftp://example.com/a", "file:///etc/passwd", "http://", "http://localhost/x"]
)
def test_bad_urls(url: str) -> None:
    with pytest.raises(FetchError):
        from_url(url, Options())


def test_url_ids_are_stable_and_safe() -> None:
    url = "https://www.example.com/news/2024/اقتصاد-النفط?id=3"
    assert url_id(url) == url_id(url)
    assert url_id(url) != url_id(url + "&x=1")
    assert url_id(url).startswith("www-example-com-news-2024-اقتصاد-النفط-")
    assert "/" not in url_id(url) and "?" not in url_id(url)
