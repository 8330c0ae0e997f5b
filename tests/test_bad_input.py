"""Bad input through the real app over HTTP: a clear message or a clean ignore, never a 5xx,
never a crash, never a traceback in Slack.

Links in these tests only ever point at 127.0.0.1 / localhost, or are malformed before any
name could be resolved: no traffic leaves loopback.
"""
from __future__ import annotations

import json
import logging
import time
import urllib.parse
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import messages
from tests.conftest import SEED_TEXT, TEST_REDIS_URL
from tests.support.redis_server import free_port
from tests.support.slack import (
    AppServer,
    Harness,
    block_problems,
    http,
    message_event,
    payload,
    text_of,
    wait_until,
)

ROOT = Path(__file__).resolve().parent.parent
MAX_TEXT = 20_000  # BRIEF_MAX_TEXT_CHARS for this app: the 1 MB paste is cut here
TRACEBACK_SIGNS = ("Traceback (most recent call last)", 'File "/', "Error:", "Exception")


@pytest.fixture(scope="module")
def app():
    server = AppServer(TEST_REDIS_URL, brief_max_text_chars=MAX_TEXT)
    yield server
    server.close()


@pytest.fixture
def slack(app, redis_url):
    app.fake.reset()
    return Harness(app)


@pytest.fixture
def errors(caplog):
    """ERROR records from our own code: a listener that crashed, an extraction that blew up."""
    caplog.set_level(logging.WARNING)
    return lambda: [r for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith(("briefbot", "bot"))]


def _pool_idle(app: AppServer) -> bool:
    pool = app.service._pool
    return pool._slots._value == pool._slots._initial_value


def settle(app: AppServer, timeout: float = 60.0) -> None:
    """Wait until every queued brief was posted (the bounded pool is idle again)."""
    time.sleep(0.2)  # Bolt runs the listener (which submits) just after the ack
    assert wait_until(lambda: _pool_idle(app), timeout=timeout)
    time.sleep(0.2)


def assert_clean_posts(app: AppServer) -> None:
    for call in app.fake.find("chat.postMessage"):
        seen = json.dumps(call.body, ensure_ascii=False)
        assert not any(sign in seen for sign in TRACEBACK_SIGNS[:2]), seen[:500]
        assert block_problems(call.body.get("blocks")) == [], call.body.get("blocks")


# -- texts a person might post --------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\t  ", ":tada: :rocket: :flag-ec:", "🎉🚀🇪🇨" * 200, "\u200b" * 500,
                                  "ok", "<@U123> <#C123|general> <!here>", "`<http://127.0.0.1:1/x>`"])
def test_nothing_to_brief_is_ignored_quietly(slack, errors, text):
    ts, r = slack.post_message(text)
    assert r.status == 200
    settle(slack.server)
    assert slack.fake.find("chat.postMessage") == []
    assert errors() == []


def test_a_1mb_paste_is_briefed_up_to_the_limit_with_a_note(slack, errors):
    text = (SEED_TEXT + "\n\n") * (1_000_000 // len(SEED_TEXT) + 1)
    text = text[:1_000_000]
    t0 = time.monotonic()
    ts, r = slack.post_message(text)
    assert r.status == 200 and time.monotonic() - t0 < 3.0
    [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=60)
    shown = text_of(reply)
    assert messages.text_truncated(MAX_TEXT) in shown
    assert "Ecuador" in shown
    assert errors() == []


def test_binary_and_control_characters(slack, errors):
    noise = "".join(chr(c) for c in range(0, 32)) + "\x7f\ufffd\ufeff\u202e"
    text = noise.join(SEED_TEXT[i:i + 60] for i in range(0, 1500, 60))
    ts, r = slack.post_message(text)
    assert r.status == 200
    [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)
    assert block_problems(reply.body["blocks"]) == []
    assert_clean_posts(slack.server)
    assert errors() == []


BAD_LINKS = [
    "<http://[::1>",  # unbalanced IPv6 bracket
    "<http://127.0.0.1:99999/too-big-port>",
    f"<http://127.0.0.1:{free_port()}/nobody-listens>",
    "<http://127.0.0.1/%zz%00bad-escapes>",
    "<https://127.0.0.1:0/>",
    "<http://user:pass@127.0.0.1:1/>",
    "<http://localhost:1/" + "a" * 5000 + ">",
    "<HTTP://127.0.0.1:1/SHOUTING|label with | pipes>",
]


@pytest.mark.parametrize("link", BAD_LINKS)
def test_malformed_or_dead_links_get_one_clear_line(slack, errors, link):
    ts, r = slack.post_message(f"look at this {link}")
    assert r.status == 200
    [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)
    text = reply.body["text"]
    assert text and "\n" not in text and len(text) < 600
    assert not any(sign in text for sign in TRACEBACK_SIGNS)
    assert errors() == []


def test_links_that_are_not_http_are_ignored(slack, errors):
    ts, r = slack.post_message("<mailto:a@b.example|mail me> <tel:123> <javascript:alert(1)> <ftp://127.0.0.1/x>")
    assert r.status == 200
    settle(slack.server)
    assert slack.fake.find("chat.postMessage") == []
    assert errors() == []


# -- requests that are not what Slack sends ---------------------------------------------------


def _with(body: dict, path: str, value) -> dict:
    target = body
    *parents, last = path.split(".")
    for key in parents:
        target = target[key]
    if value is _DROP:
        target.pop(last, None)
    else:
        target[last] = value
    return body


_DROP = object()


@pytest.mark.parametrize("path, value", [
    ("event", _DROP), ("event", None), ("event", "message"), ("event", []),
    ("event.type", _DROP), ("event.type", "reaction_added"), ("event.type", "app_uninstalled"), ("event.type", 7),
    ("event.channel", _DROP), ("event.channel", None), ("event.channel", {"id": "C1"}),
    ("event.ts", _DROP), ("event.ts", 1596183880.0042), ("event.text", _DROP), ("event.text", None),
    ("event.text", ["a"]), ("event.user", _DROP), ("event.user", {"id": "U1"}), ("event.subtype", ["x"]),
    ("event.subtype", {"a": 1}), ("event.thread_ts", {"a": 1}), ("event.bot_id", 0),
    ("team_id", _DROP), ("team_id", ["T1"]), ("team_id", None), ("event_id", _DROP), ("event_id", 5),
    ("type", _DROP), ("type", "something_new"), ("authorizations", "x"), ("authorizations", [None]),
    ("enterprise_id", {"id": 1}), ("event.team", 5),
])
def test_missing_or_mistyped_fields_are_ignored_cleanly(slack, errors, path, value):
    body = message_event(SEED_TEXT, ts=slack.send.next_ts(), event_id=slack.event_id())
    r = slack.send.event(_with(body, path, value))
    assert 200 <= r.status < 500, (r.status, r.text)
    settle(slack.server)
    posts = slack.fake.find("chat.postMessage")
    assert len(posts) <= 1
    assert all(isinstance(p.body.get("thread_ts"), str) for p in posts), "a reply goes to a real thread"
    assert_clean_posts(slack.server)
    assert errors() == []
    assert http("GET", slack.url + "/healthz").status == 200


@pytest.mark.parametrize("raw, content_type", [
    (b'{"type": "event_callback", ', "application/json"),
    (b"[1, 2, 3]", "application/json"),
    (b'"just a string"', "application/json"),
    (b"null", "application/json"),
    (b"\xff\xfe\x00garbage", "application/json"),
    (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
    (b"payload=%5B%5D", "application/x-www-form-urlencoded"),
    (b"\x00" * 1000, "application/octet-stream"),
    (b"", "application/json"),
])
def test_malformed_bodies_get_a_4xx(slack, errors, raw, content_type):
    r = slack.send.raw(raw, content_type)
    assert 400 <= r.status < 500, (r.status, r.text)
    assert "Traceback" not in r.text
    assert errors() == []
    assert http("GET", slack.url + "/healthz").status == 200


def test_an_oversized_body_is_refused_before_it_is_read(slack):
    r = slack.send.raw(b"{" + b" " * (5 * 1024 * 1024) + b"}", "application/json")
    assert r.status == 413


def test_unsigned_and_stale_requests_are_refused(slack):
    body = json.dumps(message_event(SEED_TEXT, ts=slack.send.next_ts(), event_id=slack.event_id())).encode()
    assert http("POST", slack.send.url, body, {"Content-Type": "application/json"}).status == 401
    assert slack.send.raw(body, "application/json", secret="not-the-secret").status == 401
    assert slack.send.raw(body, "application/json", timestamp=int(time.time()) - 3600).status == 401
    settle(slack.server)
    assert slack.fake.find("chat.postMessage") == []


# -- property: whatever the payload, the app answers < 500, keeps serving, never shows a traceback


_LINK_FORMS = st.sampled_from(BAD_LINKS + ["<http://127.0.0.1:1/a>", "<https://localhost:1/b|b>", "<http://>",
                                           "<https://>", "<http:///x>", "<http://[>"])
_TEXTS = st.one_of(
    st.text(max_size=300),
    st.text(min_size=400, max_size=2500),  # long enough to be briefed, whatever it is
    st.builds(lambda a, noise, b: a + noise + b,
              st.sampled_from([SEED_TEXT[:n] for n in (0, 200, 450, 900)]),
              st.text(max_size=200),
              st.sampled_from(["", SEED_TEXT[-600:]])),
    st.lists(st.one_of(_LINK_FORMS, st.text(max_size=30)), max_size=5).map(" ".join),
)
_ODD = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20), st.booleans(),
                 st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))
_FIELDS = st.sampled_from(["event.subtype", "event.channel", "event.user", "event.thread_ts", "event.bot_id",
                           "event.type", "event.ts", "event.hidden", "event.channel_type", "team_id", "event_id",
                           "type", "event.text"])


@st.composite
def message_payloads(draw):
    body = message_event(draw(_TEXTS), ts=f"{time.time_ns() // 10**9}.{draw(st.integers(0, 999999)):06d}",
                         event_id=f"EvHyp{time.time_ns()}")
    for path, value in draw(st.lists(st.tuples(_FIELDS, st.one_of(_ODD, st.just(_DROP))), max_size=2)):
        _with(body, path, value)
    return body


def test_property_any_message_payload_is_answered_below_500_and_never_with_a_traceback(slack, errors):
    statuses: list[int] = []

    @settings(max_examples=60, deadline=None, derandomize=False, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(body=message_payloads())
    def send(body):
        r = slack.send.event(body)
        statuses.append(r.status)
        assert r.status < 500, (r.status, r.text, body)

    send()
    settle(slack.server, timeout=120)
    assert http("GET", slack.url + "/healthz").status == 200
    assert_clean_posts(slack.server)
    assert errors() == [], [r.getMessage() for r in errors()]
    assert len(statuses) >= 30


def test_property_any_body_bytes_get_a_non_5xx_answer(slack, errors):
    @settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(raw=st.one_of(st.binary(max_size=2000),
                         st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                                      lambda inner: st.lists(inner, max_size=3)
                                      | st.dictionaries(st.sampled_from(["type", "event", "team", "user", "channel",
                                                                         "authorizations", "enterprise", "view",
                                                                         "message", "actions", "payload", "text"]),
                                                        inner, max_size=4),
                                      max_leaves=12).map(lambda v: json.dumps(v).encode())),
           content_type=st.sampled_from(["application/json", "application/x-www-form-urlencoded", "text/plain"]))
    def send(raw, content_type):
        r = slack.send.raw(raw, content_type)
        assert r.status < 500, (r.status, r.text, raw[:200])

    send()
    settle(slack.server)
    assert http("GET", slack.url + "/healthz").status == 200
    assert_clean_posts(slack.server)
    assert errors() == [], [r.getMessage() for r in errors()]


COMMAND_SAMPLE = ROOT.parent / "shared" / "slack-payloads" / "commands" / "slash_command.form-urlencoded.txt"


def test_property_any_brief_command_or_shortcut_text_is_answered_without_a_traceback(slack, errors):
    """``/brief`` briefs any text it is given, and the shortcut any message: fuzz both."""
    form = dict(urllib.parse.parse_qsl(COMMAND_SAMPLE.read_text().strip(), keep_blank_values=True))
    shortcut = payload("interactivity/message_shortcut.message_action.json")
    shortcut["callback_id"] = "brief_message"

    @settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    @given(text=_TEXTS, as_shortcut=st.booleans())
    def send(text, as_shortcut):
        if as_shortcut:
            body = json.loads(json.dumps(shortcut))
            body["message"].update(text=text, ts=slack.send.next_ts())
            body["message"].pop("blocks", None)
            body["response_url"] = slack.fake.response_url("shortcut")
            r = slack.send.interactive(body)
        else:
            r = slack.send.command(form | {"command": "/brief", "text": text,
                                           "response_url": slack.fake.response_url("cmd")})
        assert r.status < 500 and "Traceback" not in r.text, (r.status, r.text)

    send()
    settle(slack.server, timeout=120)
    for call in slack.fake.find("response_url") + slack.fake.find("chat.postMessage"):
        seen = json.dumps(call.body, ensure_ascii=False)
        assert not any(sign in seen for sign in TRACEBACK_SIGNS[:2]), seen[:500]
        assert block_problems(call.body.get("blocks")) == []
    assert slack.fake.find("response_url") or slack.fake.find("chat.postMessage")
    assert errors() == [], [r.getMessage() for r in errors()]
    assert http("GET", slack.url + "/healthz").status == 200


def test_the_real_sample_payloads_still_work_after_all_that(slack, seed_text):
    ts = slack.send.next_ts()
    body = message_event(seed_text, ts=ts, event_id=slack.event_id())
    assert slack.send.event(body).status == 200
    [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)
    assert "Ecuador" in text_of(reply)
