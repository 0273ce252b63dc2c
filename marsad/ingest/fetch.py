"""http(s) URLs -> Document, fetched carefully.

Timeouts (`fetch.timeout`, per request and for the whole body), a size limit read while
streaming (`fetch.max_bytes`), a redirect limit (`fetch.max_redirects`) and no requests to
private, loopback, link-local, reserved or multicast addresses unless `fetch.allow_private`:
the host is resolved and every address checked before each hop (redirects included), and the
address actually connected to is checked again before the body is read (DNS rebinding).
Content type and charset come from the response headers.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import socket
import time
from urllib.parse import unquote, urljoin, urlsplit

import httpx

from marsad.document import Document, Metadata
from marsad.errors import FetchError
from marsad.ingest import from_bytes
from marsad.settings import Options

LOGGER = logging.getLogger(__name__)

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml", "text/xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_SLUG = re.compile(r"[^\w]+")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def url_id(url: str) -> str:
    """A stable, file-name-safe id for a URL: a slug of host and path + 8 hex digits of a hash."""
    parts = urlsplit(url)
    slug = _SLUG.sub("-", f"{parts.hostname or ''} {unquote(parts.path)}").strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:60].strip('-') or 'url'}-{digest}"


def forbidden(address: Address) -> str | None:
    """Why `address` may not be fetched by default (None for a public address)."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast:
        return "multicast"
    if address.is_private:
        return "private"
    if not address.is_global:
        return "reserved"
    return None


def _resolve(host: str, port: int) -> list[Address]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_url(url: str, options: Options) -> None:
    """Refuse a URL that is not http(s) or whose host resolves to a forbidden address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host in URL")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise FetchError(f"{url}: bad port") from exc
    if options.fetch_allow_private:
        return
    for address in _resolve(parts.hostname, port):
        reason = forbidden(address)
        if reason:
            raise FetchError(
                f"{url}: refused, {parts.hostname} is a {reason} address ({address}); "
                "use --allow-private to fetch it"
            )


def _check_peer(response: httpx.Response, url: str, options: Options) -> None:
    """The address the connection really went to (None when the transport does not say)."""
    if options.fetch_allow_private:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if not peer:
        return
    address = ipaddress.ip_address(str(peer[0]).split("%")[0])
    reason = forbidden(address)
    if reason:
        raise FetchError(f"{url}: refused, connected to a {reason} address ({address})")


def fetch(url: str, options: Options) -> tuple[bytes, str | None, str, str | None]:
    """(body, declared charset, final URL, content type) of `url`, following redirects."""
    timeout = httpx.Timeout(options.fetch_timeout)
    headers = {"User-Agent": options.user_agent, "Accept": "text/html, text/plain;q=0.9"}
    with httpx.Client(timeout=timeout, headers=headers, trust_env=False) as client:
        for _hop in range(options.fetch_max_redirects + 1):
            check_url(url, options)
            try:
                with client.stream("GET", url) as response:
                    _check_peer(response, url, options)
                    if response.status_code in _REDIRECTS and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code}")
                    ctype = response.headers.get("content-type", "")
                    _check_type(url, ctype)
                    body = _read(response, url, options)
                    return body, response.charset_encoding, str(response.url), ctype or None
            except httpx.TimeoutException as exc:
                raise FetchError(f"{url}: timed out after {options.fetch_timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
    raise FetchError(f"{url}: more than {options.fetch_max_redirects} redirects")


def _check_type(url: str, ctype: str) -> None:
    mime = ctype.split(";")[0].strip().lower()
    if mime and mime not in _TEXT_TYPES:
        raise FetchError(f"{url}: content type {mime} is not HTML or text")


def _read(response: httpx.Response, url: str, options: Options) -> bytes:
    limit = options.fetch_max_bytes
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise FetchError(f"{url}: {int(length):,} bytes is over the limit of {limit:,}")
    deadline = time.monotonic() + options.fetch_timeout
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: response is over the limit of {limit:,} bytes")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out after {options.fetch_timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def from_url(url: str, options: Options) -> Document:
    """Fetch `url` and ingest it (HTML or text); the id is derived from the URL."""
    body, charset, final_url, ctype = fetch(url, options)
    meta = Metadata(url=final_url, input_format="url")
    mime = (ctype or "").split(";")[0].strip().lower()
    is_html = True if mime in ("text/html", "application/xhtml+xml") else None
    doc = from_bytes(
        body, options, doc_id=url_id(url), metadata=meta, declared=charset, is_html=is_html
    )
    LOGGER.info("fetched %s (%s, %d bytes)", final_url, ctype, len(body))
    return doc
