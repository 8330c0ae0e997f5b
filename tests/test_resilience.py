"""Production behaviour end to end: several processes, Slack's retries, Redis going away or
hanging, and the Web API saying 429, not_in_channel or invalid_auth.

Everything is real and on loopback: ``python -m bot serve`` subprocesses (or the app under
waitress in this process), a real Redis, signed requests, the fake Web API.
"""
from __future__ import annotations

import json
import logging
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import redis

from bot.brief import Brief, Source
from bot.cache import text_key
from tests.conftest import SEED_TEXT, TEST_REDIS_URL
from tests.support.redis_server import RedisProcess, free_port
from tests.support.slack import (
    BOT_TOKEN,
    AppServer,
    FakeSlack,
    Harness,
    ServeProcess,
    SlackSender,
    block_problems,
    http,
    message_event,
    payload,
    text_of,
    wait_until,
)

TEAM = "T111"  # the team_id of the message.plain.json sample


def _unique_text(tag: str) -> str:
    """The seed article's opening, made distinct so each one is a cache miss."""
    return f"{SEED_TEXT[:900]}\n\nReported by desk {tag} on {time.time_ns()}."


def _replies(fake: FakeSlack, **where) -> list:
    return [c for c in fake.find("chat.postMessage", **where) if c.status == 200]


# -- several processes, one Redis, Slack's retries ----------------------------------------------


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Three ``python -m bot serve`` processes on one Redis database, one fake Web API."""
    workdir = tmp_path_factory.mktemp("cluster")
    with FakeSlack() as fake:
        procs = [ServeProcess(fake.api_url, TEST_REDIS_URL, workdir).start() for _ in range(3)]
        try:
            for p in procs:
                assert p.ready(), p.output()
            yield fake, procs
        finally:
            outputs = [p.stop() for p in procs]
    for out in outputs:  # what a deployment's log collector would get from each process
        assert "Traceback" not in out, out
        assert BOT_TOKEN not in out and "Reported by desk" not in out, "no token, no message text"
        assert all(line.startswith("time=") for line in out.splitlines()), out


def test_three_processes_and_slack_retries_post_exactly_one_reply(cluster, redis_url):
    fake, procs = cluster
    fake.reset()
    senders = [SlackSender(p.url) for p in procs]
    ts = senders[0].next_ts()
    body = message_event(_unique_text("cluster"), channel="C777", ts=ts, event_id=f"Ev{time.time_ns()}")

    def deliver(args):
        sender, retry = args
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else None
        return sender.event(body, headers=headers).status

    # Every process gets the first delivery and retries 1..3 at once, as a load balancer would
    # spread them: 12 deliveries racing for one message.
    with ThreadPoolExecutor(12) as pool:
        statuses = list(pool.map(deliver, [(s, r) for r in range(4) for s in senders]))
    assert statuses == [200] * 12
    # The same message under another event id (a second subscription) is still the same message.
    body["event_id"] = f"Ev{time.time_ns()}b"
    assert senders[2].event(body).status == 200

    [reply] = fake.wait_for("chat.postMessage", channel="C777", timeout=30)
    assert reply.body["thread_ts"] == ts and "Ecuador" in text_of(reply)
    time.sleep(1.5)  # any duplicate would have been posted by now
    assert len(fake.find("chat.postMessage", channel="C777")) == 1


def test_bad_token_at_startup_is_one_clear_line(tmp_path):
    with FakeSlack() as fake:
        fake.errors["auth.test"] = "invalid_auth"
        proc = ServeProcess(fake.api_url, None, tmp_path, token="xoxb-revoked-0000-secret").start()
        code = proc.proc.wait(120)
        out = proc.stop().strip()
    assert code == 2, out
    assert out.count("\n") == 0, out
    assert "SLACK_BOT_TOKEN" in out and "invalid_auth" in out
    assert "Traceback" not in out and "xoxb-revoked-0000-secret" not in out


def test_unreachable_web_api_at_startup_is_one_clear_line(tmp_path):
    proc = ServeProcess(f"http://127.0.0.1:{free_port()}/api/", None, tmp_path).start()
    code = proc.proc.wait(120)
    out = proc.stop().strip()
    last = out.splitlines()[-1]  # slack_sdk logs each failed attempt before it
    assert code == 2 and "Traceback" not in out, out
    assert last.startswith("python -m bot: cannot reach") and "SLACK_API_URL" in last


# -- Redis down, back, or hung ------------------------------------------------------------------


def _outage_warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot.cache" and "unreachable" in r.getMessage()]


def test_redis_stopped_mid_run_and_restarted(caplog):
    caplog.set_level(logging.WARNING, logger="bot.cache")
    server = RedisProcess().start()
    app = AppServer(server.url)
    try:
        slack = Harness(app)
        store = redis.Redis(port=server.port, socket_timeout=1)
        ts, r = slack.post_message(first := _unique_text("before"))
        assert r.status == 200
        slack.fake.wait_for("chat.postMessage", thread_ts=ts)
        assert store.exists(text_key(TEAM, first)), "briefs are cached in Redis while it is up"

        server.stop()
        during = []
        for i in range(3):  # several replies during the outage, one warning
            t0 = time.monotonic()
            ts, r = slack.post_message(text := _unique_text(f"down{i}"))
            assert r.status == 200 and time.monotonic() - t0 < 3.0, "the ack does not wait for Redis"
            slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=20)
            during.append(text)
        assert len(_outage_warnings(caplog)) == 1

        # the same text again during the outage: answered from process memory, not recomputed
        ts, _ = slack.post_message(during[0])
        [again] = slack.fake.wait_for("chat.postMessage", thread_ts=ts)
        assert "Ecuador" in text_of(again)

        server.start()  # the same port
        time.sleep(2.2)  # the circuit breaker's back-off
        ts, _ = slack.post_message(after := _unique_text("after"))
        slack.fake.wait_for("chat.postMessage", thread_ts=ts)
        store = redis.Redis(port=server.port, socket_timeout=1)
        assert wait_until(lambda: store.exists(text_key(TEAM, after)), timeout=5), "Redis is used again"
        assert any("again" in r.getMessage() for r in caplog.records if r.name == "bot.cache")
        assert len(_outage_warnings(caplog)) == 1
    finally:
        app.close()
        server.stop()


def test_redis_unreachable_at_start(caplog):
    caplog.set_level(logging.WARNING, logger="bot.cache")
    app = AppServer(f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    try:
        slack = Harness(app)
        for i in range(2):
            ts, r = slack.post_message(_unique_text(f"nored{i}"))
            assert r.status == 200
            [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=20)
            assert "Ecuador" in text_of(reply)
        assert len(_outage_warnings(caplog)) == 1
    finally:
        app.close()


class HungRedis:
    """A TCP server that accepts connections and never answers: Redis stuck, or a black hole."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(128)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)

    def close(self) -> None:
        self.sock.close()
        for c in self.conns:
            c.close()


# What a hung Redis may add to one reply: 0.25 s per Redis call (socket timeout), and after
# the first timeout the circuit breaker skips Redis for 2 s. A reply makes at most 5 Redis
# calls (2 claims, a get, puts), so even across a breaker re-try it is delayed by < 1.25 s.
REDIS_BOUND_S = 5 * 0.25


def test_hung_redis_delays_a_reply_by_at_most_the_bound(caplog):
    caplog.set_level(logging.WARNING, logger="bot.cache")
    baseline_app = AppServer(None)  # process memory only: the same work without Redis
    hung = HungRedis()
    app = AppServer(f"redis://127.0.0.1:{hung.port}/0")
    try:
        def reply_time(server: AppServer, tag: str) -> tuple[float, float]:
            slack = Harness(server)
            t0 = time.monotonic()
            ts, r = slack.post_message(_unique_text(tag))
            ack = time.monotonic() - t0
            assert r.status == 200
            [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)
            return ack, reply.at - t0

        _, base = reply_time(baseline_app, "base")
        for i in range(3):  # the first meets the hang, the others the open breaker, the last a re-try
            ack, took = reply_time(app, f"hung{i}")
            assert ack < 1.0, f"the ack waited {ack:.2f}s"
            assert took < base + REDIS_BOUND_S + 1.0, f"reply after {took:.2f}s (no Redis: {base:.2f}s)"
            if i == 1:
                time.sleep(2.1)  # let the breaker try Redis again
        assert 1 <= len(_outage_warnings(caplog)) <= 2  # one per outage the breaker saw
    finally:
        app.close()
        baseline_app.close()
        hung.close()


# -- the Web API answering errors ---------------------------------------------------------------


# These tests use the session's served app and harness (``slack`` in conftest.py).


def test_429_is_retried_after_retry_after(slack):
    slack.fake.rate_limited["chat.postMessage"] = 1
    ts, _ = slack.post_message(_unique_text("ratelimit"))
    assert wait_until(lambda: len(_replies(slack.fake, thread_ts=ts)) == 1, timeout=30)
    limited, ok = slack.fake.find("chat.postMessage", thread_ts=ts)
    assert (limited.status, ok.status) == (429, 200)
    assert ok.at - limited.at >= 0.95, "the retry waited for Retry-After"
    time.sleep(0.5)
    assert len(slack.fake.find("chat.postMessage", thread_ts=ts)) == 2


@pytest.mark.parametrize("error", ["not_in_channel", "channel_not_found"])
def test_not_in_channel_is_logged_once_without_a_retry_storm(slack, caplog, error):
    caplog.set_level(logging.WARNING, logger="briefbot.slack")
    slack.fake.errors["chat.postMessage"] = error
    ts, r = slack.post_message(_unique_text(error), channel="C404")
    assert r.status == 200
    slack.fake.wait_for("chat.postMessage", channel="C404")
    time.sleep(1.0)
    assert len(slack.fake.find("chat.postMessage", channel="C404")) == 1, "no retries of a refusal"
    assert any(error in r.getMessage() for r in caplog.records)
    # still serving: the next message in a channel the bot is in gets its reply
    slack.fake.errors.clear()
    ts, _ = slack.post_message(_unique_text("next"), channel="C111")
    slack.fake.wait_for("chat.postMessage", channel="C111", thread_ts=ts)
    assert http("GET", slack.url + "/healthz").status == 200


def _crowded_text() -> str:
    """Many parties, designations and funding items: a brief that would break Slack's limits."""
    countries = ["France", "Germany", "Japan", "Canada", "Brazil", "India", "Kenya", "Mexico", "Norway",
                 "Peru", "Chile", "Ghana", "Spain", "Italy", "Egypt", "Nigeria", "Sweden", "Poland",
                 "Turkey", "Vietnam", "Colombia", "Argentina", "Indonesia", "Australia", "Portugal"]
    lines = ["Donors pledge aid as a regional agreement nears signature."]
    for i, c in enumerate(countries):
        lines.append(f"The government of {c} committed US${i + 2}.5 million to the United Nations "
                     f"Children's Fund for emergency food assistance in Ecuador, officials in {c} said.")
    lines.append("The US State Department designated Los Lobos and Los Choneros as Foreign Terrorist Organizations.")
    return " ".join(lines) * 2


def test_a_brief_too_big_for_slack_is_shortened_not_refused(slack):
    ts, _ = slack.post_message(_crowded_text())
    [reply] = slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)
    assert reply.status == 200
    assert block_problems(reply.body["blocks"]) == [], "the fake refuses what Slack refuses"
    assert len(reply.body["blocks"]) <= 50
    assert len(reply.body["text"]) <= 3000
    shown = text_of(reply)
    assert "France" in shown and "million" in shown


def test_blocks_slack_refuses_anyway_fall_back_to_the_text(slack):
    slack.fake.refuse_blocks = "invalid_blocks"  # a limit render.py does not know about
    ts, _ = slack.post_message(_unique_text("refused"))
    assert wait_until(lambda: len(slack.fake.find("chat.postMessage", thread_ts=ts)) == 2, timeout=30)
    refused, posted = slack.fake.find("chat.postMessage", thread_ts=ts)
    assert refused.body.get("blocks") and not posted.body.get("blocks")
    assert "Ecuador" in posted.body["text"] and len(posted.body["text"]) <= 3000


def test_revoked_token_mid_run_is_logged_and_serving_continues(slack, caplog):
    caplog.set_level(logging.WARNING, logger="briefbot.slack")
    slack.fake.errors["chat.postMessage"] = "invalid_auth"
    ts, r = slack.post_message(_unique_text("revoked"))
    assert r.status == 200
    slack.fake.wait_for("chat.postMessage", thread_ts=ts)
    time.sleep(0.5)
    assert len(slack.fake.find("chat.postMessage", thread_ts=ts)) == 1
    [refused] = [r for r in caplog.records if "invalid_auth" in r.getMessage()]
    assert refused.levelno == logging.ERROR and "SLACK_BOT_TOKEN" in refused.getMessage()
    assert BOT_TOKEN not in refused.getMessage()
    assert http("GET", slack.url + "/healthz").status == 200


def test_slack_rate_limiting_the_app_is_logged_and_acknowledged(slack, caplog):
    caplog.set_level(logging.WARNING, logger="briefbot.slack")
    notice = payload("events-api/app_rate_limited.docs-example.json")
    assert slack.send.event(notice).status == 200
    [warning] = [r for r in caplog.records if "rate limited" in r.getMessage()]
    assert "team=T123456" in warning.getMessage()
    assert SlackSender(slack.url, secret="wrong").event(notice).status == 401  # still signed
