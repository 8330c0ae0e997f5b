"""Fetch a news link and turn it into an :class:`Article`: the public entry for link briefs.

Every hop (the first request and each redirect) is resolved and checked by
:mod:`bot.netguard`, then the request goes to that checked IP with the name kept
in the Host header and TLS SNI, so DNS rebinding cannot redirect the connection.
Bodies are streamed and capped after decompression; every failure becomes a
:class:`FetchError` with one line the Slack thread can show.
"""
from __future__ import annotations

import codecs
import logging
import re
import ssl
import time
import zlib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpcore
import httpx
from charset_normalizer import from_bytes

from bot.article import Article, ExtractionError, read_page
from bot.article import warm_up as _warm_article
from bot.config import Settings
from bot.extract_process import ExtractionTimeout
from bot.logs import fields
from bot.netguard import GuardError, Resolver, parse_ip_literal, resolve_checked

__all__ = ["Article", "FetchError", "Fetcher", "canonicalize_url", "warm_up", "USER_AGENT"]

log = logging.getLogger(__name__)

USER_AGENT = "briefbot/0.1 (Slack news-brief bot; fetches links posted in Slack)"
MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 5.0
PASTE_HINT = "you can paste the article text here instead."

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = _HTML_TYPES | {"text/plain"}
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(Exception):
    """A link could not be briefed; ``user_message`` is one line fit for the Slack thread.

    ``kind`` is machine-readable: dns, timeout, connect, http_status, rate_limited,
    unavailable, too_large, content_type, encoding, blocked, bad_url,
    too_many_redirects, empty, paywall.
    """

    def __init__(self, kind: str, user_message: str, *, detail: str = "", status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(f"{kind}: {detail or user_message}")
        self.kind = kind
        self.user_message = " ".join(user_message.split())  # guaranteed one line
        self.detail = detail
        self.status = status
        self.retry_after = retry_after


def _fail(kind: str, what: str, **kw) -> FetchError:
    return FetchError(kind, f"{what} — {PASTE_HINT}", **kw)


# ---------------------------------------------------------------- canonical URLs

_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")
_TRACKING_PARAMS = {
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
    "mc_cid", "mc_eid", "ref_src", "ref_url", "igshid", "igsh", "_ga", "_gl", "_hsenc", "_hsmi",
    "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "wickedid", "rb_clickid", "s_cid", "cmpid",
    "ncid", "smid", "ocid", "at_medium", "at_campaign", "__twitter_impression",
}  # only parameters that never select content: dropping a real one would merge two articles' cache entries


def canonicalize_url(url: str) -> str:
    """A stable cache key for a link: same article, same key, whatever tracking junk was appended.

    Raises ValueError for a URL that cannot be parsed (bad IPv6 literal, port out of range).
    """
    url = url.strip()
    parts = urlsplit(url if "://" in url else "http://" + url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    try:  # Bücher.example and xn--bcher-kva.example are the same site
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc = f"{host}:{port}"
    if parts.username:  # credentials never belong in a cache key, but keep them distinct
        netloc = f"{parts.username}@{netloc}"
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not (k.lower().startswith(_TRACKING_PREFIXES) or k.lower() in _TRACKING_PARAMS)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, urlencode(query, doseq=True), ""))


# ---------------------------------------------------------------- deadline-bound network backend

class _DeadlineStream(httpcore.NetworkStream):
    """Clamps every socket wait to the fetch's overall deadline, so a server dripping bytes cannot hold us."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def _left(self, timeout: float | None, exc: type[Exception]) -> float:
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise exc("overall fetch deadline passed")
        return left if timeout is None else min(timeout, left)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._left(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the guard approved for this fetch: a last line against SSRF."""

    def __init__(self, approved: set[str], deadline: float) -> None:
        self._inner = httpcore.SyncBackend()
        self._approved = approved
        self._deadline = deadline

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        if host not in self._approved:
            raise httpcore.ConnectError(f"refusing to connect to unchecked host {host!r}")
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise httpcore.ConnectTimeout("overall fetch deadline passed")
        timeout = left if timeout is None else min(timeout, left)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _DeadlineStream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not fetched")


_SSL_CONTEXT: ssl.SSLContext | None = None


def _ssl_context() -> ssl.SSLContext:
    """Loading the CA bundle costs tens of ms, so do it once per process."""
    global _SSL_CONTEXT
    if _SSL_CONTEXT is None:
        _SSL_CONTEXT = httpx.create_ssl_context()
    return _SSL_CONTEXT


def warm_up(*, article: bool = True) -> None:
    """Load the CA bundle and the language model at startup, so the first link is not seconds slower.

    ``article=False`` where pages are read in another process, which loads its own model.
    """
    _ssl_context()
    if article:
        _warm_article()


# ---------------------------------------------------------------- bounded decoding

class _Decoder:
    """gzip/deflate with a per-call output bound: httpx inflates a whole network chunk at once,
    which lets a small gzip bomb chunk balloon in memory before any size check can run."""

    def __init__(self, encoding: str) -> None:
        encs = [e.strip().lower() for e in encoding.split(",") if e.strip() and e.strip().lower() != "identity"]
        if len(encs) > 1:
            raise _fail("encoding", "The page uses a compression I can't read", detail=f"Content-Encoding {encoding}")
        self._enc = encs[0] if encs else ""
        if self._enc in ("gzip", "x-gzip"):
            self._z: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self._enc == "deflate":
            self._z = None  # zlib-wrapped or raw: decided on the first bytes
        elif self._enc == "":
            self._z = None
        else:
            raise _fail("encoding", "The page uses a compression I can't read", detail=f"Content-Encoding {encoding}")

    @property
    def encoded(self) -> bool:
        return bool(self._enc)

    def feed(self, data: bytes, limit: int) -> Iterator[bytes]:
        """Yield decoded pieces of at most ``limit`` bytes each."""
        if not self._enc:
            yield data
            return
        if self._z is None:
            self._z = zlib.decompressobj(zlib.MAX_WBITS if data[:1] and (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS)
        while data:
            try:
                out = self._z.decompress(data, max(1, min(limit, 1 << 20)))
            except zlib.error as exc:
                raise _fail("encoding", "The page's compressed body is corrupt", detail=str(exc)) from exc
            if out:
                yield out
            if self._z.eof and self._z.unused_data and self._enc in ("gzip", "x-gzip"):
                data = self._z.unused_data  # concatenated gzip members
                self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
                continue
            data = self._z.unconsumed_tail
            if not out and not data:
                break


# ---------------------------------------------------------------- charset

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252", "x-user-defined": "cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_body(body: bytes, content_type: str | None) -> str:
    """Decode as a browser would: BOM, then the header, then <meta>, then detection."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(enc, errors="replace")
    candidates: list[str] = []
    header = httpx.Headers({"content-type": content_type or ""}).get("content-type", "")
    m = re.search(r"charset\s*=\s*([^;\s]+)", header, re.I)
    if m and (enc := _codec(m.group(1))):
        candidates.append(enc)
    m2 = _META_CHARSET.search(body[:8192])
    if m2 and (enc := _codec(m2.group(1).decode("ascii", "replace"))) and enc not in candidates:
        candidates.append(enc)
    for enc in candidates:
        try:
            return body.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(body[:200_000])
    best = matches.best()
    if best is not None and best.encoding:
        # Western pages tie between cp1250 and cp1252; break ties toward the web's default, as browsers do.
        tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
        if any("cp1252" in m.could_be_from_charset for m in tied):
            return body.decode("cp1252", errors="replace")
        return body.decode(best.encoding, errors="replace")
    return body.decode(candidates[0] if candidates else "utf-8", errors="replace")


def _looks_binary(text: str) -> bool:
    """Undecodable or binary content: NULs, control characters, or many replacement characters."""
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\n\r\f"))
    return "\x00" in sample or bad / len(sample) > 0.02


# ---------------------------------------------------------------- the fetcher

def _normalize_ip_host(url: str) -> str:
    """Rewrite odd IPv4 spellings (0177.0.0.1, 2130706433, 0x7f.1) to dotted quads so they are
    judged as the address they mean, as the C library and browsers would read them."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return url
    if not host or ":" in host:
        return url
    ip = parse_ip_literal(host)
    if ip is None or str(ip) == host:
        return url
    netloc = parts.netloc.rpartition("@")
    hostport = netloc[2]
    port = hostport[len(host):] if hostport.lower().startswith(host) else ""
    return urlunsplit((parts.scheme, netloc[0] + netloc[1] + str(ip) + port, parts.path, parts.query, parts.fragment))


@dataclass
class _Page:
    url: httpx.URL
    mime: str
    text: str
    language: str | None


_REFRESH = re.compile(r"""<meta\s[^>]*http-equiv\s*=\s*["']?refresh["']?[^>]*>""", re.I)
_REFRESH_CONTENT = re.compile(r"""content\s*=\s*(["'])\s*(\d+(?:\.\d+)?)\s*[;,]\s*(?:url\s*=\s*)?['"]?([^'">]+)\1""", re.I)


def _meta_refresh(page: _Page) -> str | None:
    """An interstitial that forwards at once (link shorteners, consent hops) is a redirect in HTML.

    Only a small page with a near-immediate refresh counts: a news page that reloads
    itself every few minutes is the article, not a hop."""
    if len(page.text) > 100_000:
        return None
    for tag in _REFRESH.findall(page.text[:20_000]):
        m = _REFRESH_CONTENT.search(tag)
        if m and float(m.group(2)) <= 5:
            target = m.group(3).strip()
            if target and str(page.url.join(target)) != str(page.url):
                return target
    return None


def _kind_of_type(mime: str) -> str:
    """A name for the content type; the server chose it, so only a well-formed type is ever echoed
    (a crafted one like "<!channel>" must not reach the Slack message)."""
    if mime == "application/pdf":
        return "PDF"
    if not re.fullmatch(r"[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}", mime):
        return "unknown content"
    major = mime.split("/", 1)[0]
    return {"image": "an image", "video": "a video", "audio": "audio"}.get(major, mime)


def _retry_after(value: str) -> float | None:
    """Retry-After is either seconds or an HTTP date."""
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class Fetcher:
    """Fetches one link at a time per call; safe to share between worker threads."""

    def __init__(self, settings: Settings, *, resolver: Resolver | None = None,
                 transport: httpx.BaseTransport | None = None, ssl_context: ssl.SSLContext | None = None,
                 page_reader: Callable[..., Article] = read_page) -> None:
        self.settings = settings
        self.resolver = resolver
        self.transport = transport
        self.ssl_context = ssl_context  # tests trust their own CA; None means the system's trust store
        self.page_reader = page_reader  # ``article.read_page``, here or in the extraction process

    # -- public
    def fetch(self, url: str) -> Article:
        """Fetch ``url`` (following up to 5 redirects, each checked) and extract its article."""
        try:
            return self._fetch(url)
        except FetchError:
            raise
        except Exception as exc:  # never crash the worker: anything unexpected becomes a FetchError
            host = urlsplit(url).hostname or "that link"
            raise _fail("error", f"Something went wrong fetching {host}", detail=repr(exc)) from exc

    # -- internals
    def _fetch(self, url: str) -> Article:
        deadline = time.monotonic() + self.settings.brief_fetch_timeout
        approved: set[str] = set()
        transport = self.transport
        own_transport = transport is None
        if transport is None:
            ctx = self.ssl_context or _ssl_context()
            transport = httpx.HTTPTransport(verify=ctx, trust_env=False, retries=0)
            # Swap in a pool whose backend only dials approved IPs and honours the overall deadline.
            transport._pool = httpcore.ConnectionPool(  # noqa: SLF001 - httpx has no public hook for this
                ssl_context=ctx, max_connections=4, network_backend=_GuardedBackend(approved, deadline))
        client = httpx.Client(transport=transport, trust_env=False, follow_redirects=False,
                              headers={"User-Agent": USER_AGENT})
        try:
            current = self._parse(url)
            for hop in range(MAX_REDIRECTS + 1):
                response = self._request(client, current, deadline, approved)
                try:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location")
                        if not location:
                            raise _fail("http_status", f"{current.host} sent a redirect without a target",
                                        status=response.status_code)
                        if hop == MAX_REDIRECTS:
                            raise _fail("too_many_redirects",
                                        f"{current.host} redirected more than {MAX_REDIRECTS} times",
                                        status=response.status_code)
                        try:
                            nxt = current.join(location.strip())
                        except httpx.InvalidURL as exc:
                            raise _fail("bad_url", f"{current.host} redirected to an invalid address",
                                        detail=str(exc)) from exc
                        current = self._parse(str(nxt))
                        continue
                    page = self._read_page(response, current, deadline)
                finally:
                    response.close()
                refresh = _meta_refresh(page) if page.mime != "text/plain" else None
                if refresh is not None:
                    if hop == MAX_REDIRECTS:
                        raise _fail("too_many_redirects", f"{current.host} redirected more than {MAX_REDIRECTS} times")
                    try:
                        current = self._parse(str(current.join(refresh)))
                    except httpx.InvalidURL as exc:
                        raise _fail("bad_url", f"{current.host} redirected to an invalid address",
                                    detail=str(exc)) from exc
                    continue
                return self._extract(page)
            raise AssertionError("unreachable")  # pragma: no cover
        finally:
            client.close()
            if own_transport:
                transport.close()

    def _parse(self, url: str) -> httpx.URL:
        text = _normalize_ip_host(url.strip().strip("<>"))
        try:
            parsed = httpx.URL(text)
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            raise _fail("bad_url", "That doesn't look like a web address I can open", detail=str(exc)) from exc
        if parsed.scheme not in ("http", "https"):
            raise _fail("bad_url", f"I can only open http and https links, not {parsed.scheme or 'this'} links",
                        detail=text)
        if not parsed.host:
            raise _fail("bad_url", "That link has no host name", detail=text)
        if parsed.userinfo:
            raise _fail("bad_url", "I don't open links with a user name or password in them", detail=text)
        return parsed.copy_with(fragment=None)

    def _request(self, client: httpx.Client, url: httpx.URL, deadline: float,
                 approved: set[str]) -> httpx.Response:
        host = url.raw_host.decode("ascii")  # IDNA-encoded: what DNS, the Host header and SNI need
        shown = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        left = deadline - time.monotonic()
        if left <= 0:
            raise _fail("timeout", f"{shown} took too long to answer")
        try:
            addrs = resolve_checked(host, port, resolver=self.resolver,
                                    allow_private=self.settings.brief_fetch_allow_private,
                                    timeout=min(CONNECT_TIMEOUT, left))
        except GuardError as exc:
            if exc.kind == "blocked":
                raise _fail("blocked", f"I won't fetch {shown}: it points into a private or reserved network",
                            detail=exc.detail) from exc
            if exc.kind == "timeout":
                raise _fail("timeout", f"Looking up {shown} took too long", detail=exc.detail) from exc
            raise _fail("dns", f"I couldn't find the site {shown} (DNS lookup failed)", detail=exc.detail) from exc

        host_header = host if url.port is None else f"{host}:{url.port}"
        if ":" in host and not host.startswith("["):
            host_header = f"[{host}]" if url.port is None else f"[{host}]:{url.port}"
        last_exc: Exception | None = None
        # IPv4 first: containers often have no IPv6 route, and a blackholed v6 connect eats the budget.
        for ip in sorted(addrs, key=lambda a: a.version)[:3]:
            approved.add(str(ip))
            ip_host = str(ip)
            target = url.copy_with(host=ip_host)
            left = deadline - time.monotonic()
            if left <= 0:
                break
            timeout = httpx.Timeout(min(left, self.settings.brief_fetch_timeout), connect=min(CONNECT_TIMEOUT, left))
            extensions = {"sni_hostname": host} if url.scheme == "https" else {}
            request = client.build_request("GET", target, headers={
                "Host": host_header,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
                "Accept-Language": "en;q=1.0, *;q=0.5",
                # No keep-alive: a pooled TLS connection verified for one name must not carry the next
                # hop's request for another name on the same IP.
                "Connection": "close",
            }, timeout=timeout, extensions=extensions)
            try:
                response = client.send(request, stream=True)
                log.debug("fetch hop", extra=fields(host=host, ip=ip_host, status=response.status_code))
                return response
            except httpx.ConnectTimeout as exc:
                last_exc = exc
            except httpx.ConnectError as exc:
                last_exc = exc
            except httpx.TimeoutException as exc:
                raise _fail("timeout", f"{shown} took too long to answer", detail=repr(exc)) from exc
            except httpx.HTTPError as exc:
                raise _fail("connect", f"The connection to {shown} failed", detail=repr(exc)) from exc
        if isinstance(last_exc, httpx.ConnectTimeout) or last_exc is None:
            raise _fail("timeout", f"{shown} took too long to answer", detail=repr(last_exc))
        if isinstance(last_exc, httpx.ConnectError) and "certificate" in str(last_exc).lower():
            raise _fail("connect", f"{shown} has an invalid TLS certificate", detail=repr(last_exc))
        raise _fail("connect", f"I couldn't connect to {shown}", detail=repr(last_exc))

    def _check_status(self, response: httpx.Response, host: str) -> None:
        code = response.status_code
        if 200 <= code < 300 and code != 204:
            return
        retry_after = _retry_after(response.headers.get("retry-after", ""))
        if code == 429:
            raise _fail("rate_limited", f"{host} is rate-limiting me right now (HTTP 429)", status=code,
                        retry_after=retry_after)
        if code == 503:
            raise _fail("unavailable", f"{host} is unavailable or turning away bots right now (HTTP 503)",
                        status=code, retry_after=retry_after)
        if code in (401, 403, 451):
            raise _fail("http_status", f"{host} refused to show me that page (HTTP {code})", status=code)
        if code in (404, 410):
            raise _fail("http_status", f"{host} says that page doesn't exist (HTTP {code})", status=code)
        if code == 204:
            raise _fail("empty", f"{host} returned an empty page", status=code)
        raise _fail("http_status", f"{host} answered with an error (HTTP {code})", status=code)

    def _read_page(self, response: httpx.Response, url: httpx.URL, deadline: float) -> "_Page":
        host = url.host
        self._check_status(response, host)
        ctype = response.headers.get("content-type", "")
        mime = ctype.split(";", 1)[0].strip().lower()
        if mime and mime not in _TEXT_TYPES and mime != "application/octet-stream":
            raise _fail("content_type", f"I can't brief this kind of link yet ({_kind_of_type(mime)})",
                        detail=ctype)
        body = self._read_body(response, host, deadline)
        if mime in ("", "application/octet-stream"):
            head = body[:1024].lstrip().lower()
            if head.startswith(b"%pdf"):
                raise _fail("content_type", "I can't brief this kind of link yet (PDF)", detail=ctype)
            if not (head.startswith(b"<!doctype html") or b"<html" in head):
                raise _fail("content_type", "I can't brief this kind of link yet (unknown file type)",
                            detail=ctype or "no content type")
            mime = "text/html"
        if body.lstrip()[:5] == b"%PDF-":
            raise _fail("content_type", "I can't brief this kind of link yet (PDF)", detail=ctype)
        if not body.strip():
            raise _fail("empty", f"{host} returned an empty page")
        text = decode_body(body, ctype)
        if _looks_binary(text):
            raise _fail("encoding", "I couldn't read the text of that page (unknown or broken character encoding)",
                        detail=ctype)
        return _Page(url=url, mime=mime, text=text, language=response.headers.get("content-language"))

    def _extract(self, page: "_Page") -> Article:
        host = page.url.host
        final_url = str(page.url)
        try:
            return self.page_reader(page.text, final_url, mime=page.mime, site=host, declared_language=page.language)
        except ExtractionTimeout as exc:
            raise _fail("timeout", f"That page at {host} took too long to read", detail=str(exc)) from exc
        except ExtractionError as exc:
            if exc.kind == "paywall":
                raise _fail("paywall", f"{host} shows me only a teaser of that article (paywall or sign-in)",
                            detail=exc.detail) from exc
            if exc.kind == "too_large":
                raise _fail("too_large", f"That page at {host} has far more text than a news article",
                            detail=exc.detail) from exc
            raise _fail("empty", f"I couldn't find article text on that page at {host}",
                        detail=exc.detail) from exc

    def _read_body(self, response: httpx.Response, host: str, deadline: float) -> bytes:
        cap = self.settings.brief_fetch_max_bytes
        size = f"{cap / 1048576:.3g} MB" if cap >= 1048576 else f"{cap // 1024} KB"
        too_large = _fail("too_large", f"That page at {host} is too large for me to read (over {size})")
        length = response.headers.get("content-length", "")
        if length.strip().isdigit() and int(length) > cap:
            raise too_large
        if response.is_stream_consumed:  # an in-memory response from an injected transport
            if len(response.content) > cap:
                raise too_large
            return response.content
        decoder = _Decoder(response.headers.get("content-encoding", ""))
        chunks: list[bytes] = []
        total = 0
        try:
            for raw in response.iter_raw(65536):
                for piece in decoder.feed(raw, cap + 1 - total):
                    total += len(piece)
                    if total > cap:
                        raise too_large
                    chunks.append(piece)
                if time.monotonic() > deadline:
                    raise _fail("timeout", f"{host} took too long to send the page")
        except httpx.TimeoutException as exc:
            raise _fail("timeout", f"{host} took too long to send the page", detail=repr(exc)) from exc
        except httpx.HTTPError as exc:
            raise _fail("connect", f"The connection to {host} broke off", detail=repr(exc)) from exc
        body = b"".join(chunks)
        if not decoder.encoded and body[:2] == b"\x1f\x8b":
            # gzip without Content-Encoding (misconfigured static hosting): inflate it, still capped.
            out = bytearray()
            for piece in _Decoder("gzip").feed(body, cap + 1):
                out += piece
                if len(out) > cap:
                    raise too_large
            body = bytes(out)
        return body

