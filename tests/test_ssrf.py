"""SSRF guard: every private, reserved or odd-spelled destination is refused before any connection.

Traffic goes only to loopback (the ``web`` fixture). Other address classes are
checked on the guard's decision, with a stub resolver and a transport that fails
the test if it is ever asked to connect.
"""
from __future__ import annotations

import ipaddress
import socket
import time

import httpcore
import httpx
import pytest
from hypothesis import given, strategies as st

from bot.config import Settings
from bot.fetch import Fetcher, FetchError, _GuardedBackend
from bot.netguard import blocked_reason, parse_ip_literal, resolve_checked

ARTICLE = (
    "<html lang='en'><head><title>Budget deal</title></head><body><article><h1>Budget deal</h1>"
    + "".join(
        f"<p>Paragraph {i}: the finance ministers of both countries said the agreement on item {i} "
        f"would be signed in the capital next week, after months of talks.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


class NoConnect(httpx.BaseTransport):
    """A transport that must never be used: the guard has to refuse first."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        pytest.fail(f"the fetcher tried to connect to {request.url}")


class Recording(httpx.BaseTransport):
    """Answers without any network, recording where each request was aimed."""

    def __init__(self, responses: dict[str, httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.responses = responses or {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = f"{request.headers['host']}{request.url.raw_path.decode()}"
        if key in self.responses:
            return self.responses[key]
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"}, content=ARTICLE.encode())


class StubResolver:
    """Answers from a table (or a list of answers consumed in turn) and counts calls."""

    def __init__(self, table: dict[str, list[str] | list[list[str]]]) -> None:
        self.table = table
        self.calls: list[str] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append(host)
        answer = self.table.get(host)
        if answer is None:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if answer and isinstance(answer[0], list):  # successive answers: a rebinding server
            return answer.pop(0) if len(answer) > 1 else answer[0]  # type: ignore[return-value]
        return answer  # type: ignore[return-value]


def guarded(**kw) -> Settings:
    return Settings(brief_fetch_timeout=3.0, **kw)


BLOCKED = [
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("10.255.255.255", "private"),
    ("172.16.0.1", "private"),
    ("172.31.255.254", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),  # cloud metadata
    ("169.254.0.1", "link-local"),
    ("100.64.0.1", "shared address space"),
    ("100.127.255.254", "shared address space"),
    ("224.0.0.1", "multicast"),
    ("239.255.255.250", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "unspecified"),
    ("192.0.2.1", "reserved"),
    ("198.18.0.1", "reserved"),
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fc00::1", "private"),
    ("fd12:3456:789a::1", "private"),
    ("fe80::1", "link-local"),
    ("ff02::1", "multicast"),
    ("2001:db8::1", "reserved"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"),
    ("::127.0.0.1", "loopback"),  # deprecated IPv4-compatible form
    ("2002:7f00:1::1", "loopback"),  # 6to4 of 127.0.0.1
    ("2002:a9fe:a9fe::1", "link-local"),  # 6to4 of 169.254.169.254
    ("2002:c0a8:101::1", "private"),  # 6to4 of 192.168.1.1
    ("64:ff9b::7f00:1", "loopback"),  # NAT64 of 127.0.0.1
    ("64:ff9b::a9fe:a9fe", "link-local"),  # NAT64 of 169.254.169.254
    ("64:ff9b:1::a00:1", "local NAT64"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"),
]

PUBLIC = ["93.184.216.34", "8.8.8.8", "1.1.1.1", "2606:2800:220:1:248:1893:25c8:1946",
          "2a00:1450:4001:80b::200e", "64:ff9b::808:808", "2002:808:808::1"]


@pytest.mark.parametrize(("ip", "why"), BLOCKED)
def test_guard_refuses_each_class(ip, why):
    reason = blocked_reason(ipaddress.ip_address(ip))
    assert reason is not None and why in reason


@pytest.mark.parametrize("ip", PUBLIC)
def test_guard_allows_public_addresses(ip):
    assert blocked_reason(ipaddress.ip_address(ip)) is None


@pytest.mark.parametrize(("ip", "why"), BLOCKED)
def test_name_resolving_into_blocked_space_is_refused_before_connecting(ip, why):
    resolver = StubResolver({"news.example": [ip]})
    fetcher = Fetcher(guarded(), resolver=resolver, transport=NoConnect())
    with pytest.raises(FetchError) as err:
        fetcher.fetch("https://news.example/story")
    assert err.value.kind == "blocked"
    assert "news.example" in err.value.user_message and "\n" not in err.value.user_message
    assert resolver.calls == ["news.example"]


@pytest.mark.parametrize(("ip", "why"), BLOCKED)
def test_ip_literal_in_url_is_refused_without_dns(ip, why):
    host = f"[{ip}]" if ":" in ip else ip
    resolver = StubResolver({})
    fetcher = Fetcher(guarded(), resolver=resolver, transport=NoConnect())
    with pytest.raises(FetchError) as err:
        fetcher.fetch(f"http://{host}/latest/meta-data/")
    assert err.value.kind == "blocked"
    assert resolver.calls == []


def test_one_private_answer_among_public_ones_refuses_the_name():
    resolver = StubResolver({"mixed.example": ["93.184.216.34", "10.0.0.7"]})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=NoConnect()).fetch("http://mixed.example/")
    assert err.value.kind == "blocked"


def test_public_name_connects_to_the_checked_ip_with_host_and_sni_kept():
    resolver = StubResolver({"news.example": ["93.184.216.34"]})
    transport = Recording()
    article = Fetcher(guarded(), resolver=resolver, transport=transport).fetch("https://news.example/a?x=1")
    (req,) = transport.requests
    assert req.url.host == "93.184.216.34" and req.url.scheme == "https" and req.url.path == "/a"
    assert req.headers["host"] == "news.example"
    assert req.extensions["sni_hostname"] == "news.example"
    assert article.url == "https://news.example/a?x=1"
    assert "finance ministers" in article.text


def test_ipv4_mapped_public_answer_is_dialled_as_ipv4():
    transport = Recording()
    Fetcher(guarded(), resolver=StubResolver({"n.example": ["::ffff:8.8.8.8"]}), transport=transport).fetch(
        "http://n.example/")
    assert transport.requests[0].url.host == "8.8.8.8"


def test_dns_rebinding_cannot_redirect_the_connection():
    # The first answer is public; any later lookup would give loopback. The request must go to
    # the first (checked) address, and the name must not be looked up a second time.
    resolver = StubResolver({"rebind.example": [["93.184.216.34"], ["127.0.0.1"]]})
    transport = Recording()
    Fetcher(guarded(), resolver=resolver, transport=transport).fetch("https://rebind.example/news")
    assert [r.url.host for r in transport.requests] == ["93.184.216.34"]
    assert resolver.calls == ["rebind.example"]


def test_rebinding_between_redirect_hops_is_caught():
    resolver = StubResolver({"rebind.example": [["93.184.216.34"], ["127.0.0.1"]]})
    transport = Recording({"rebind.example/start": httpx.Response(302, headers={"location": "/next"})})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=transport).fetch("http://rebind.example/start")
    assert err.value.kind == "blocked"
    assert [r.url.host for r in transport.requests] == ["93.184.216.34"]
    assert resolver.calls == ["rebind.example", "rebind.example"]


@pytest.mark.parametrize("location", [
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/admin",
    "http://[::1]/",
    "http://0x7f000001/",
    "http://internal.example/",
])
def test_redirect_from_public_host_into_private_space_is_refused(location):
    resolver = StubResolver({"news.example": ["93.184.216.34"], "internal.example": ["192.168.0.10"]})
    transport = Recording({"news.example/go": httpx.Response(301, headers={"location": location})})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=transport).fetch("http://news.example/go")
    assert err.value.kind == "blocked"
    assert [r.url.host for r in transport.requests] == ["93.184.216.34"]


def test_meta_refresh_into_private_space_is_refused():
    resolver = StubResolver({"short.example": ["93.184.216.34"]})
    refresh = b"<html><head><meta http-equiv='refresh' content='0;url=http://169.254.169.254/'></head></html>"
    transport = Recording({"short.example/x": httpx.Response(200, headers={"content-type": "text/html"},
                                                             content=refresh)})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=transport).fetch("http://short.example/x")
    assert err.value.kind == "blocked"
    assert [r.url.host for r in transport.requests] == ["93.184.216.34"]


def test_redirect_into_real_loopback_server_never_reaches_it(web):
    target = web.add("/secret", ARTICLE)
    resolver = StubResolver({"news.example": ["93.184.216.34"]})
    transport = Recording({"news.example/go": httpx.Response(302, headers={"location": target})})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=transport).fetch("http://news.example/go")
    assert err.value.kind == "blocked"
    assert web.hits["/secret"] == 0


def test_name_resolving_to_loopback_is_refused_and_server_not_hit(web):
    web.add("/a", ARTICLE)
    resolver = StubResolver({"evil.example": ["127.0.0.1"]})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver).fetch(f"http://evil.example:{web.port}/a")
    assert err.value.kind == "blocked"
    assert web.hits["/a"] == 0


def test_localhost_via_the_system_resolver_is_refused(web):
    web.add("/a", ARTICLE)
    with pytest.raises(FetchError) as err:
        Fetcher(guarded()).fetch(f"http://localhost:{web.port}/a")
    assert err.value.kind == "blocked"
    assert web.hits["/a"] == 0


ODD_LOOPBACK = ["2130706433", "0x7f000001", "0x7F000001", "0177.0.0.1", "0177.0000.0000.0001", "127.1",
                "127.0.1", "0x7f.1", "0x7f.0.0.1", "017700000001", "127.0.0.1.", "[::ffff:127.0.0.1]",
                "[::ffff:7f00:1]", "[::1]", "[0:0:0:0:0:0:0:1]", "[::127.0.0.1]", "[64:ff9b::127.0.0.1]"]


@pytest.mark.parametrize("host", ODD_LOOPBACK)
def test_odd_ip_spellings_are_refused(web, host):
    web.add("/a", ARTICLE)
    resolver = StubResolver({})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver).fetch(f"http://{host}:{web.port}/a")
    assert err.value.kind == "blocked", err.value.detail
    assert web.hits["/a"] == 0
    assert resolver.calls == []  # judged as an address, never sent to DNS


@pytest.mark.parametrize("host", ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "[::ffff:127.0.0.1]"])
def test_odd_spellings_mean_loopback_when_private_is_allowed(web, host):
    web.add("/a", ARTICLE)
    article = Fetcher(guarded(brief_fetch_allow_private=True)).fetch(f"http://{host}:{web.port}/a")
    assert "finance ministers" in article.text
    assert web.hits["/a"] == 1


def test_allow_private_reaches_loopback_by_name_with_host_header_kept(web):
    web.add("/a", ARTICLE)
    resolver = StubResolver({"intranet.example": ["127.0.0.1"]})
    article = Fetcher(guarded(brief_fetch_allow_private=True), resolver=resolver).fetch(
        f"http://intranet.example:{web.port}/a")
    assert article.title == "Budget deal"
    assert article.url == f"http://intranet.example:{web.port}/a"
    assert web.headers["/a"]["Host"] == f"intranet.example:{web.port}"
    assert "briefbot" in web.headers["/a"]["User-Agent"]


def test_allow_private_is_off_by_default():
    assert Settings().brief_fetch_allow_private is False


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://example.com/",
                                 "javascript:alert(1)", "data:text/html,hi", "dict://127.0.0.1:6379/info",
                                 "//example.com/x", "http://", "http://user:pw@example.com/"])
def test_non_http_schemes_and_malformed_urls_are_refused(url):
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=StubResolver({}), transport=NoConnect()).fetch(url)
    assert err.value.kind == "bad_url"


def test_backend_refuses_addresses_the_guard_did_not_approve(web):
    """The last line: even a request built by mistake cannot dial an unchecked host."""
    backend = _GuardedBackend(approved={"127.0.0.2"}, deadline=time.monotonic() + 5)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("127.0.0.1", web.port)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("localhost", web.port)


def test_resolve_checked_keeps_order_and_dedupes():
    resolver = StubResolver({"n.example": ["93.184.216.34", "93.184.216.34", "2606:2800:220:1::1"]})
    assert [str(ip) for ip in resolve_checked("n.example", 80, resolver=resolver)] == [
        "93.184.216.34", "2606:2800:220:1::1"]


def test_parse_ip_literal_does_not_mistake_names_for_addresses():
    for name in ["example.com", "1e100.net", "cafe.de", "0xcafe.example", "123.example", "deadbeef"]:
        assert parse_ip_literal(name) is None
    assert str(parse_ip_literal("0x7f.1")) == "127.0.0.1"
    assert str(parse_ip_literal("3232235777")) == "192.168.1.1"


_PRIVATE_V4 = [ipaddress.ip_network(n) for n in
               ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "100.64.0.0/10",
                "224.0.0.0/4", "240.0.0.0/4", "0.0.0.0/8"]]


@given(st.sampled_from(_PRIVATE_V4), st.integers(min_value=0, max_value=2**32 - 1))
def test_any_address_in_a_refused_v4_network_is_refused_in_every_spelling(net, n):
    ip = net[n % net.num_addresses]
    v4 = int(ip)
    assert blocked_reason(ip) is not None
    assert blocked_reason(ipaddress.IPv6Address(f"::ffff:{ip}")) is not None  # mapped
    assert blocked_reason(ipaddress.IPv6Address((0x2002 << 112) | (v4 << 80))) is not None  # 6to4
    assert blocked_reason(ipaddress.IPv6Address(int(ipaddress.IPv6Address("64:ff9b::")) | v4)) is not None
    assert parse_ip_literal(str(v4)) == ip  # decimal
    assert parse_ip_literal(hex(v4)) == ip  # hex
    assert parse_ip_literal(".".join("0%o" % int(o) for o in str(ip).split("."))) == ip  # octal


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_embedded_forms_agree_with_the_plain_ipv4_decision(v4):
    plain = blocked_reason(ipaddress.IPv4Address(v4)) is None
    assert (blocked_reason(ipaddress.IPv6Address(f"::ffff:{ipaddress.IPv4Address(v4)}")) is None) == plain
    assert (blocked_reason(ipaddress.IPv6Address((0x2002 << 112) | (v4 << 80))) is None) == plain


@pytest.mark.parametrize("url", ["http://%/", "http://exa mple.com/", "http://-bad-.example/", "http://a..b/",
                                 "http://" + "a" * 64 + ".example/"])
def test_malformed_host_names_never_reach_the_resolver(url):
    resolver = StubResolver({})
    with pytest.raises(FetchError) as err:
        Fetcher(guarded(), resolver=resolver, transport=NoConnect()).fetch(url)
    assert err.value.kind in {"bad_url", "dns"} and resolver.calls == []
