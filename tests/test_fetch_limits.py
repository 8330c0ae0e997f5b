"""Fetch limits against a real loopback server misbehaving on purpose: each case ends in a
FetchError of the right kind, with a one-line message, within the time bound."""
from __future__ import annotations

import gzip
import socket
import time
import tracemalloc
import zlib

import pytest

from bot.config import Settings
from bot.fetch import USER_AGENT, Fetcher, FetchError

TIMEOUT = 1.0
SLACK = 1.5  # scheduling slack on a busy CI machine

SENTENCES = [
    "The finance ministers said the agreement would be signed in the capital next week.",
    "Negotiators from both governments met on Tuesday to settle the last open points.",
    "Funding of 40 million euros was approved for the first phase of the programme.",
    "Opposition parties said they would study the text before deciding how to vote.",
    "Officials expect the parliament to ratify the deal before the summer recess.",
    "The agency responsible for the project will publish its first report in March.",
]
ARTICLE = ("<html lang='en'><head><title>Deal signed</title></head><body><article><h1>Deal signed</h1>"
           + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article></body></html>")


def settings(**kw) -> Settings:
    base = dict(brief_fetch_allow_private=True, brief_fetch_timeout=TIMEOUT)
    base.update(kw)
    return Settings(**base)


def fetch_error(url: str, bound: float = TIMEOUT + SLACK, **kw) -> FetchError:
    start = time.monotonic()
    with pytest.raises(FetchError) as err:
        Fetcher(settings(**kw)).fetch(url)
    elapsed = time.monotonic() - start
    assert elapsed < bound, f"took {elapsed:.2f}s"
    assert err.value.user_message and "\n" not in err.value.user_message
    assert "paste" in err.value.user_message  # always offers the way out
    return err.value


def _headers(h, status=200, **headers) -> None:
    h.send_response(status)
    for k, v in headers.items():
        h.send_header(k.replace("_", "-"), v)
    h.end_headers()


def _stream_forever(h, chunk: bytes, *, delay: float = 0.0, limit: float = 10.0) -> None:
    """Keep writing until the client hangs up (or ``limit`` seconds pass)."""
    end = time.monotonic() + limit
    try:
        while time.monotonic() < end:
            h.wfile.write(chunk)
            if delay:
                time.sleep(delay)
    except OSError:
        pass
    h.close_connection = True


# ---------------------------------------------------------------- size


def test_declared_oversized_body_is_refused_before_reading(web):
    url = web.add("/big", b"<p>" + b"x" * 200_000 + b"</p>")
    err = fetch_error(url, brief_fetch_max_bytes=64 * 1024)
    assert err.kind == "too_large" and "too large" in err.user_message


def test_undeclared_endless_body_stops_at_the_cap(web):
    def endless(h):
        _headers(h, Content_Type="text/html", Connection="close")
        _stream_forever(h, b"<p>" + b"word " * 2000 + b"</p>")

    url = web.add("/endless", handler=endless)
    err = fetch_error(url, brief_fetch_max_bytes=256 * 1024)
    assert err.kind == "too_large"


def test_page_with_a_book_of_text_is_refused_quickly(web):
    paragraphs = "".join(f"<p>Sentence number {i} about the ministry budget and the agreement text.</p>"
                         for i in range(20_000))  # 1.6 MB of prose: ~10 s of extraction if attempted
    url = web.add("/book", f"<html><body><article>{paragraphs}</article></body></html>")
    err = fetch_error(url, bound=TIMEOUT + SLACK + 1.0)
    assert err.kind == "too_large" and "far more text" in err.user_message


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)


def test_gzip_bomb_stops_at_the_cap_without_inflating_it(web, bomb):
    assert len(bomb) < 200 * 1024  # small on the wire ...
    url = web.add("/bomb", bomb, headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        err = fetch_error(url, brief_fetch_max_bytes=1024 * 1024)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert err.kind == "too_large"
    assert peak < 12 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB"  # ... and never 64 MB in memory


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_bomb_stops_at_the_cap(web, wbits):
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    body = comp.compress(b"\0" * (32 * 1024 * 1024)) + comp.flush()
    url = web.add("/deflate", body, headers={"Content-Type": "text/html", "Content-Encoding": "deflate"})
    assert fetch_error(url, brief_fetch_max_bytes=1024 * 1024).kind == "too_large"


def test_gzip_page_within_the_cap_is_decoded(web):
    body = gzip.compress(ARTICLE[: len(ARTICLE) // 2].encode()) + gzip.compress(ARTICLE[len(ARTICLE) // 2:].encode())
    url = web.add("/gz", body, headers={"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})
    article = Fetcher(settings()).fetch(url)  # two gzip members, as some servers send
    assert "ratify the deal" in article.text
    assert "gzip" in web.headers["/gz"]["Accept-Encoding"]


def test_gzip_body_without_content_encoding_is_inflated(web):
    url = web.add("/sneaky", gzip.compress(ARTICLE.encode()), headers={"Content-Type": "text/html"})
    assert "ratify the deal" in Fetcher(settings()).fetch(url).text


def test_gzip_bomb_without_content_encoding_is_capped(web, bomb):
    url = web.add("/sneakybomb", bomb, headers={"Content-Type": "text/html"})
    assert fetch_error(url, brief_fetch_max_bytes=1024 * 1024).kind == "too_large"


def test_corrupt_gzip_is_a_clear_error(web):
    url = web.add("/badgz", b"\x1f\x8b\x08\x00garbage-not-gzip" * 10,
                  headers={"Content-Type": "text/html", "Content-Encoding": "gzip"})
    assert fetch_error(url).kind == "encoding"


# ---------------------------------------------------------------- time


def test_server_dripping_the_body_is_cut_at_the_deadline(web):
    def drip(h):
        _headers(h, Content_Type="text/html", Content_Length="1000000")
        _stream_forever(h, b"<p>a</p>", delay=0.05)

    url = web.add("/drip", handler=drip)
    assert fetch_error(url).kind == "timeout"


def test_server_dripping_the_headers_is_cut_at_the_deadline(web):
    def drip_headers(h):
        try:
            h.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(400):
                h.wfile.write(b"X")
                time.sleep(0.02)
        except OSError:
            pass
        h.close_connection = True

    url = web.add("/driphead", handler=drip_headers)
    err = fetch_error(url)
    assert err.kind == "timeout" and "too long" in err.user_message


def test_silent_server_times_out(web):
    url = web.add("/silent", handler=lambda h: time.sleep(TIMEOUT + 2))
    assert fetch_error(url).kind == "timeout"


def test_slow_dns_times_out():
    def slow(host, port):
        time.sleep(TIMEOUT + 3)
        return ["93.184.216.34"]

    start = time.monotonic()
    with pytest.raises(FetchError) as err:
        Fetcher(Settings(brief_fetch_timeout=TIMEOUT), resolver=slow).fetch("http://slow.example/")
    assert err.value.kind == "timeout"
    assert time.monotonic() - start < TIMEOUT + SLACK


def test_unknown_name_is_a_dns_error():
    def nxdomain(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(FetchError) as err:
        Fetcher(Settings(), resolver=nxdomain).fetch("https://no-such-site.example/story")
    assert err.value.kind == "dns"
    assert "no-such-site.example" in err.value.user_message


def test_connection_refused_is_a_connect_error():
    with socket.socket() as s:  # a free loopback port with nobody listening
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert fetch_error(f"http://127.0.0.1:{port}/").kind == "connect"


# ---------------------------------------------------------------- content types and charsets


@pytest.mark.parametrize(("ctype", "body", "named"), [
    ("application/pdf", b"%PDF-1.7\n...", "PDF"),
    ("image/png", b"\x89PNG\r\n\x1a\n", "image"),
    ("video/mp4", b"\x00\x00\x00\x18ftypmp42", "video"),
    ("application/json", b'{"a": 1}', "application/json"),
    ("application/octet-stream", b"%PDF-1.4 binary", "PDF"),
    ("text/html", b"%PDF-1.4 mislabelled", "PDF"),
])
def test_non_text_content_is_answered_clearly(web, ctype, body, named):
    url = web.add("/file", body, headers={"Content-Type": ctype})
    err = fetch_error(url)
    assert err.kind == "content_type"
    assert "can't brief this kind of link yet" in err.user_message and named in err.user_message


def test_crafted_content_type_is_not_echoed_into_slack(web):
    url = web.add("/x", b"data", headers={"Content-Type": "application/<!channel>"})
    err = fetch_error(url)
    assert err.kind == "content_type" and "<!channel>" not in err.user_message


def test_pdf_is_refused_from_headers_without_downloading_it(web):
    def big_pdf(h):
        _headers(h, Content_Type="application/pdf", Connection="close")
        _stream_forever(h, b"%PDF" + b"\0" * 65536)

    url = web.add("/big.pdf", handler=big_pdf)
    assert fetch_error(url, bound=1.0).kind == "content_type"


@pytest.mark.parametrize("ctype", ["text/plain; charset=utf-8", "application/xhtml+xml", "", "TEXT/HTML"])
def test_html_xhtml_and_plain_text_are_accepted(web, ctype):
    body = "\n\n".join(SENTENCES) if ctype.startswith("text/plain") else ARTICLE
    url = web.add("/ok", body, headers={"Content-Type": ctype} if ctype else {})
    article = Fetcher(settings()).fetch(url)
    assert "ratify the deal" in article.text
    assert article.language == "en"


def test_user_agent_names_the_bot(web):
    url = web.add("/ua", ARTICLE)
    Fetcher(settings()).fetch(url)
    assert web.headers["/ua"]["User-Agent"] == USER_AGENT and "briefbot" in USER_AGENT


ACCENTED = ("<html><head><title>Café</title>{meta}</head><body><article>"
            + "".join(f"<p>{s} Le café était très apprécié à Genève, où l'été fut déjà chaud. Ça, c'est sûr. "
                      f"Élève, façade, naïve, œuvre.</p>" for s in SENTENCES)
            + "</article></body></html>")


@pytest.mark.parametrize(("header", "meta", "encoding"), [
    ("text/html; charset=x-klingon", "", "utf-8"),  # unknown label: ignored, body decoded anyway
    ("text/html", '<meta charset="windows-1252">', "cp1252"),  # charset only in <meta>
    ("text/html", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "cp1252"),
    ("text/html; charset=utf-8", "", "cp1252"),  # header lies: utf-8 declared, cp1252 sent
    ("text/html", "", "cp1252"),  # nothing declared: detected
    ("text/html; charset=iso-8859-15", "", "iso-8859-15"),
    ("text/html; charset=utf-16", "", "utf-16"),
])
def test_charsets_from_header_meta_or_detection(web, header, meta, encoding):
    body = ACCENTED.format(meta=meta).encode(encoding)
    url = web.add("/fr", body, headers={"Content-Type": header})
    article = Fetcher(settings()).fetch(url)
    assert "Le café était très apprécié à Genève" in article.text
    assert article.language == "fr"


def test_undecodable_binary_page_is_an_encoding_error(web):
    import random

    rnd = random.Random(4)
    body = b"<html><body>" + bytes(rnd.randrange(256) for _ in range(20_000)) + b"</body></html>"
    url = web.add("/junk", body, headers={"Content-Type": "text/html; charset=bogus-charset"})
    err = fetch_error(url)
    assert err.kind == "encoding" and "encoding" in err.user_message


# ---------------------------------------------------------------- statuses and redirects


@pytest.mark.parametrize(("status", "kind", "words"), [
    (404, "http_status", "doesn't exist"),
    (410, "http_status", "doesn't exist"),
    (403, "http_status", "refused"),
    (500, "http_status", "HTTP 500"),
    (429, "rate_limited", "rate-limiting"),
    (503, "unavailable", "unavailable"),
])
def test_error_statuses(web, status, kind, words):
    url = web.add("/status", b"nope", status=status, headers={"Content-Type": "text/html", "Retry-After": "30"})
    err = fetch_error(url)
    assert err.kind == kind and err.status == status
    assert words in err.user_message
    if status in (429, 503):
        assert err.retry_after == 30


def _chain(web, n: int) -> str:
    for i in range(n):
        web.add(f"/r{i}", status=302, headers={"Location": f"/r{i + 1}"})
    web.add(f"/r{n}", ARTICLE)
    return web.url("/r0")


def test_five_redirects_are_followed(web):
    article = Fetcher(settings()).fetch(_chain(web, 5))
    assert article.url.endswith("/r5") and "ratify the deal" in article.text


def test_more_than_five_redirects_is_refused(web):
    err = fetch_error(_chain(web, 6))
    assert err.kind == "too_many_redirects"
    assert web.hits["/r6"] == 0


def test_redirect_loop_is_refused(web):
    web.add("/loop", status=301, headers={"Location": "/loop"})
    assert fetch_error(web.url("/loop")).kind == "too_many_redirects"


def test_redirect_to_other_scheme_is_refused(web):
    web.add("/ftp", status=302, headers={"Location": "ftp://example.com/file"})
    assert fetch_error(web.url("/ftp")).kind == "bad_url"


def test_redirect_without_location_is_an_http_error(web):
    web.add("/noloc", status=302)
    assert fetch_error(web.url("/noloc")).kind == "http_status"


def test_immediate_meta_refresh_is_followed_as_a_redirect(web):
    web.add("/short", "<html><head><meta http-equiv='refresh' content='0; URL=/r0'></head><body></body></html>")
    _chain(web, 4)
    assert "ratify the deal" in Fetcher(settings()).fetch(web.url("/short")).text  # 1 + 4 hops: within 5


def test_meta_refresh_counts_towards_the_redirect_limit(web):
    web.add("/short", "<html><head><meta http-equiv='refresh' content='0; URL=/r0'></head><body></body></html>")
    _chain(web, 5)
    assert fetch_error(web.url("/short")).kind == "too_many_redirects"


def test_slow_self_refresh_is_the_article_not_a_hop(web):
    page = ARTICLE.replace("<title>", "<meta http-equiv='refresh' content='300; url=/self'><title>")
    web.add("/self", page)
    assert "ratify the deal" in Fetcher(settings()).fetch(web.url("/self")).text
    assert web.hits["/self"] == 1


def test_retry_after_as_http_date(web):
    from email.utils import formatdate

    url = web.add("/later", b"", status=429, headers={"Retry-After": formatdate(time.time() + 120, usegmt=True)})
    err = fetch_error(url)
    assert err.kind == "rate_limited" and 100 < err.retry_after <= 120


@pytest.mark.parametrize("url", ["ftp://example.com/a", "file:///etc/passwd", "mailto:a@example.com", "not a url"])
def test_non_http_scheme_is_bad_url(url):
    assert fetch_error(url, bound=0.5).kind == "bad_url"


# ---------------------------------------------------------------- nothing to brief


def test_page_without_article_text_is_empty(web):
    url = web.add("/shell", "<html><body><nav><a href='/'>Home</a></nav><div id='app'></div>"
                            "<script>render()</script></body></html>")
    err = fetch_error(url)
    assert err.kind == "empty"


def test_paywall_teaser_is_reported_as_paywall(web):
    teaser = ("<html><head><title>Big story</title></head><body><article><h1>Big story</h1>"
              "<p>The government announced a sweeping reform of the pension system on Monday, in a move that "
              "will affect millions of workers across the country over the next decade.</p>"
              "<p>Subscribe to continue reading. Already a subscriber? Log in.</p></article></body></html>")
    url = web.add("/paywall", teaser)
    err = fetch_error(url)
    assert err.kind == "paywall" and "paywall" in err.user_message


def test_paywall_markup_with_short_text_is_reported_as_paywall(web):
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
            "\"isAccessibleForFree\": false}</script></head><body><article><h1>Exclusive</h1>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES[:3]) + "</article></body></html>")
    url = web.add("/locked", page)
    assert fetch_error(url).kind == "paywall"
