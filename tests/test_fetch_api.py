"""The public fetch API: cache keys, error shape, TLS to the checked IP with the name as SNI, IPv6, threads."""
from __future__ import annotations

import ssl
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import trustme
from hypothesis import given, settings, strategies as st

from bot.article import Article, extract_article
from bot.config import Settings
from bot.fetch import Fetcher, FetchError, canonicalize_url
from tests.support.web import WebServer
from tests.test_fetch_limits import ARTICLE, SENTENCES


@pytest.mark.parametrize(("url", "key"), [
    ("HTTPS://WWW.Example.COM/News/Story", "https://www.example.com/News/Story"),
    ("https://example.com:443/a#comments", "https://example.com/a"),
    ("http://example.com:80", "http://example.com/"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com/a?utm_source=tw&utm_medium=social&id=7&fbclid=XYZ", "https://example.com/a?id=7"),
    ("https://example.com/a?gclid=1&mc_cid=2&mc_eid=3&ref_src=twsrc&igshid=4&UTM_Campaign=x",
     "https://example.com/a"),
    ("https://example.com/a?page=2&id=7", "https://example.com/a?page=2&id=7"),  # order kept: it may matter
    ("https://Bücher.example/a", "https://xn--bcher-kva.example/a"),
    ("https://example.com./a", "https://example.com/a"),
    ("example.com/a?utm_source=x", "http://example.com/a"),
])
def test_canonicalize_url(url, key):
    assert canonicalize_url(url) == key


_hosts = st.sampled_from(["example.com", "News.Example.COM", "bücher.example", "127.0.0.1", "[2001:db8::1]"])
_params = st.lists(st.tuples(st.sampled_from(["id", "utm_source", "fbclid", "page", "q", "gclid"]),
                             st.text(alphabet="abc123 &=é", max_size=5)), max_size=4)


@given(st.sampled_from(["http", "https", "HTTPS"]), _hosts, st.sampled_from(["", ":443", ":8080"]),
       st.sampled_from(["", "/", "/a/b", "/ä x"]), _params, st.sampled_from(["", "#frag"]))
def test_canonicalize_url_is_idempotent_and_drops_tracking(scheme, host, port, path, params, frag):
    from urllib.parse import urlencode

    url = f"{scheme}://{host}{port}{path}" + (f"?{urlencode(params)}" if params else "") + frag
    key = canonicalize_url(url)
    assert canonicalize_url(key) == key
    assert "#" not in key and "utm_" not in key and "fbclid" not in key and "gclid" not in key
    assert key == key.strip() and key.split("://")[0] in ("http", "https")


@pytest.mark.parametrize("url", ["http://[::1", "http://example.com:99999/"])
def test_canonicalize_url_rejects_broken_urls_with_value_error(url):
    with pytest.raises(ValueError):
        canonicalize_url(url)


def test_canonical_keys_agree_for_tracking_variants():
    a = canonicalize_url("https://news.example/story?utm_source=slack#top")
    b = canonicalize_url("https://NEWS.example/story?fbclid=abc")
    assert a == b == "https://news.example/story"


def test_fetch_error_shape():
    err = FetchError("timeout", "news.example took\ntoo long — paste it", detail="x")
    assert isinstance(err, Exception)
    assert err.kind == "timeout" and err.user_message == "news.example took too long — paste it"


def test_article_model_round_trips():
    art = Article(url="https://a.example/x", canonical_url=None, title="T", site="a.example", published=None,
                  language="en", text="body")
    assert Article.model_validate_json(art.model_dump_json()) == art


def test_canonical_link_is_absolute_and_web_only():
    page = ARTICLE.replace("<title>", "<link rel='canonical' href='/canonical/story'><title>")
    art = extract_article(page, "https://news.example/story?utm_source=x")
    assert art.canonical_url == "https://news.example/canonical/story"
    evil = ARTICLE.replace("<title>", "<link rel='canonical' href='javascript:alert(1)'><title>")
    assert extract_article(evil, "https://news.example/s").canonical_url is None
    assert extract_article(ARTICLE, "https://news.example/s").canonical_url is None


@pytest.mark.parametrize(("page_url", "canonical", "kept"), [
    ("https://www.news.example/s?utm_source=x", "https://news.example/s", True),
    ("https://m.news.example/s", "https://www.news.example/s", True),
    ("https://news.example/s", "https://edition.news.example/s", True),
    ("https://evil.example/s", "https://news.example/s", False),  # would plant evil's brief under news' key
    ("https://news.example.evil.example/s", "https://news.example/s", False),
    ("https://someone.blogs.example/s", "https://blogs.example/victim/s", False),
])
def test_canonical_from_another_site_is_ignored(page_url, canonical, kept):
    page = ARTICLE.replace("<title>", f"<link rel='canonical' href='{canonical}'><title>")
    assert extract_article(page, page_url).canonical_url == (canonical if kept else None)


def test_metadata_is_filled(web):
    page = ARTICLE.replace("<title>Deal signed</title>",
                           "<title>Deal signed</title><meta property='og:site_name' content='Daily Example'>"
                           "<meta property='article:published_time' content='2024-03-05T10:00:00Z'>")
    art = Fetcher(Settings(brief_fetch_allow_private=True)).fetch(web.add("/m", page))
    assert (art.title, art.site, art.published, art.language) == ("Deal signed", "Daily Example", "2024-03-05", "en")


class Recording(httpx.BaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=ARTICLE.encode())


def test_international_domain_names_are_resolved_and_sent_encoded():
    asked: list[str] = []

    def resolver(host, port):
        asked.append(host)
        return ["93.184.216.34"]

    transport = Recording()
    Fetcher(Settings(), resolver=resolver, transport=transport).fetch("https://bücher.example/ä")
    (req,) = transport.requests
    assert asked == ["xn--bcher-kva.example"]
    assert req.headers["host"] == "xn--bcher-kva.example"
    assert req.extensions["sni_hostname"] == "xn--bcher-kva.example"


# ---------------------------------------------------------------- real TLS on loopback


@pytest.fixture(scope="module")
def ca():
    return trustme.CA()


def _tls_server(ca, name: str, seen_sni: list[str], *more_names: str) -> WebServer:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(name, *more_names).configure_cert(ctx)
    ctx.sni_callback = lambda sock, server_name, _ctx: seen_sni.append(server_name)
    return WebServer(ssl_context=ctx)


def _client_ctx(ca) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


def test_https_goes_to_checked_ip_with_name_as_sni_and_verified_cert(ca):
    seen: list[str] = []
    with _tls_server(ca, "news.example", seen) as web:
        web.add("/story", ARTICLE)
        fetcher = Fetcher(Settings(brief_fetch_allow_private=True), resolver=lambda h, p: ["127.0.0.1"],
                          ssl_context=_client_ctx(ca))
        art = fetcher.fetch(f"https://news.example:{web.port}/story")
    assert "ratify the deal" in art.text
    assert seen == ["news.example"]
    assert web.headers["/story"]["Host"] == f"news.example:{web.port}"
    assert art.url == f"https://news.example:{web.port}/story"


def test_certificate_for_another_name_is_refused(ca):
    seen: list[str] = []
    with _tls_server(ca, "other.example", seen) as web:
        web.add("/story", ARTICLE)
        fetcher = Fetcher(Settings(brief_fetch_allow_private=True, brief_fetch_timeout=3),
                          resolver=lambda h, p: ["127.0.0.1"], ssl_context=_client_ctx(ca))
        with pytest.raises(FetchError) as err:
            fetcher.fetch(f"https://news.example:{web.port}/story")
    assert err.value.kind == "connect" and "certificate" in err.value.user_message
    assert web.hits["/story"] == 0


def test_untrusted_certificate_is_refused_with_default_trust(ca):
    with _tls_server(ca, "news.example", []) as web:
        web.add("/story", ARTICLE)
        fetcher = Fetcher(Settings(brief_fetch_allow_private=True, brief_fetch_timeout=3),
                          resolver=lambda h, p: ["127.0.0.1"])
        with pytest.raises(FetchError) as err:
            fetcher.fetch(f"https://news.example:{web.port}/story")
    assert err.value.kind == "connect"


@pytest.mark.parametrize("cert_names", [("a.example",), ("a.example", "b.example")], ids=["a-only", "a-and-b"])
def test_redirect_to_another_name_on_the_same_ip_is_verified_afresh(ca, cert_names):
    """A connection verified for a.example must not carry the request for b.example."""
    seen: list[str] = []
    with _tls_server(ca, cert_names[0], seen, *cert_names[1:]) as web:
        web.add("/go", status=302, headers={"Location": f"https://b.example:{web.port}/story"})
        web.add("/story", ARTICLE)
        fetcher = Fetcher(Settings(brief_fetch_allow_private=True, brief_fetch_timeout=3),
                          resolver=lambda h, p: ["127.0.0.1"], ssl_context=_client_ctx(ca))
        if "b.example" in cert_names:
            assert "ratify the deal" in fetcher.fetch(f"https://a.example:{web.port}/go").text
            assert seen == ["a.example", "b.example"]
        else:
            with pytest.raises(FetchError) as err:
                fetcher.fetch(f"https://a.example:{web.port}/go")
            assert "certificate" in err.value.user_message
            assert web.hits["/story"] == 0


# ---------------------------------------------------------------- IPv6 loopback and threads


@pytest.fixture
def web6():
    try:
        server = WebServer(host="::1")
    except OSError:
        pytest.skip("no IPv6 loopback on this machine")
    with server:
        yield server


def test_ipv6_loopback_refused_by_default_and_reachable_when_allowed(web6):
    url = web6.add("/a", ARTICLE)
    with pytest.raises(FetchError) as err:
        Fetcher(Settings()).fetch(url)
    assert err.value.kind == "blocked" and web6.hits["/a"] == 0
    art = Fetcher(Settings(brief_fetch_allow_private=True)).fetch(url)
    assert "ratify the deal" in art.text and web6.hits["/a"] == 1


def test_one_fetcher_serves_several_threads(web):
    urls = [web.add(f"/p{i}", ARTICLE.replace("Deal signed", f"Deal {i}")) for i in range(8)]
    fetcher = Fetcher(Settings(brief_fetch_allow_private=True))
    with ThreadPoolExecutor(4) as pool:
        titles = list(pool.map(lambda u: fetcher.fetch(u).title, urls))
    assert titles == [f"Deal {i}" for i in range(8)]


def test_sentences_survive_extraction_verbatim(web):
    art = Fetcher(Settings(brief_fetch_allow_private=True)).fetch(web.add("/v", ARTICLE))
    for sentence in SENTENCES:
        assert sentence in art.text


# ---------------------------------------------------------------- nothing crashes


class Arbitrary(httpx.BaseTransport):
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, headers=self.headers, stream=httpx.ByteStream(self.body))


_ctypes = st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=\"bogus\"", "text/plain",
                           "application/xhtml+xml", "application/pdf", "", "image/png", "text/html;charset="])
_encodings = st.sampled_from(["", "gzip", "deflate", "br", "gzip, gzip", "identity"])
_bodies = st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(lambda t: t.encode("utf-8", "replace")),
                    st.just(ARTICLE.encode()), st.just(b"\x1f\x8b\x08\x00" + b"\x00" * 50))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([200, 203, 204, 301, 302, 400, 404, 429, 500, 503]), _ctypes, _encodings, _bodies,
       st.sampled_from(["", "/x", "ftp://a", "http://10.0.0.1/", "http://[::1", "https://news.example/next"]))
def test_fetch_only_ever_returns_an_article_or_raises_fetch_error(status, ctype, encoding, body, location):
    headers = {"content-type": ctype, "content-encoding": encoding}
    if location:
        headers["location"] = location
    fetcher = Fetcher(Settings(), resolver=lambda h, p: ["93.184.216.34"],
                      transport=Arbitrary(status, {k: v for k, v in headers.items() if v}, body))
    try:
        art = fetcher.fetch("https://news.example/story")
    except FetchError as err:
        assert err.kind != "error", err.detail  # every failure has a real kind, none is "unexpected"
        assert err.user_message and "\n" not in err.user_message
    else:
        assert art.text
