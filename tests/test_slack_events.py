"""Message events end to end: signed HTTP requests to the served app, replies at a fake Web API."""
from __future__ import annotations

import json
import time

import pytest

from bot import messages, render
from tests.support.slack import (
    BOT_ID,
    BOT_USER_ID,
    AppServer,
    Harness,
    article_html,
    http,
    message_event,
    payload,
    text_of,
    wait_until,
)


def assert_seed_brief(text: str) -> None:
    """The right answer for seeds/seed-000.txt, whatever the wording around it."""
    for words in ("United States", "Ecuador", render.STATUS_WORDS["finalising"], "Los Lobos", "Los Choneros",
                  "Foreign Terrorist Organization", "13.5 million", "6 million"):
        assert words in text, f"{words!r} missing from the brief:\n{text}"


def test_long_text_gets_one_brief_in_its_thread(slack, seed_text):
    ts, r = slack.post_message(seed_text, channel="C111")
    assert r.status == 200
    [call] = slack.fake.wait_for("chat.postMessage")
    assert call.body["channel"] == "C111"
    assert call.body["thread_ts"] == ts
    assert call.body["unfurl_links"] is False and call.body["unfurl_media"] is False
    assert call.body["text"]  # the notification fallback
    assert call.headers.get("Authorization") == "Bearer xoxb-test-token"
    assert_seed_brief(text_of(call))
    assert "pasted text" in text_of(call)
    time.sleep(0.3)
    assert len(slack.fake.find("chat.postMessage")) == 1


def test_reply_in_a_thread_stays_in_that_thread(slack, seed_text):
    ts, _ = slack.post_message(seed_text, thread_ts="1596183000.000100")
    [call] = slack.fake.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1596183000.000100" != ts


def test_same_link_in_two_channels_is_fetched_once(slack, web, seed_text):
    url = web.add("/world/us-ecuador", article_html(seed_text))
    ts1, _ = slack.post_message(f"Have you seen this? <{url}>", channel="C111")
    [first] = slack.fake.wait_for("chat.postMessage", channel="C111")
    ts2, _ = slack.post_message(f"<{url}|US and Ecuador>", channel="C222")
    [second] = slack.fake.wait_for("chat.postMessage", channel="C222")
    assert (first.body["thread_ts"], second.body["thread_ts"]) == (ts1, ts2)
    assert web.hits["/world/us-ecuador"] == 1
    for call in (first, second):
        assert_seed_brief(text_of(call))
        assert "Example News" in text_of(call) or "US nears deal" in text_of(call)
    assert text_of(first) == text_of(second)


def test_same_link_in_two_channels_at_once_gets_both_replies(slack, web, seed_text):
    """Both are answered, each in its thread, from one fetch: the second waits for the first."""
    url = web.add("/world/at-once", article_html(seed_text))
    ts1, _ = slack.post_message(f"<{url}>", channel="C111")
    ts2, _ = slack.post_message(f"<{url}>", channel="C222")
    calls = slack.fake.wait_for("chat.postMessage", count=2)
    assert sorted((c.body["channel"], c.body["thread_ts"]) for c in calls) == [("C111", ts1), ("C222", ts2)]
    for call in calls:
        assert_seed_brief(text_of(call))
    assert web.hits["/world/at-once"] == 1


def test_several_links_get_one_reply_each_at_most_three(slack, web, seed_text):
    urls = [web.add(f"/a{i}", article_html(seed_text, title=f"Story {i}")) for i in range(4)]
    ts, _ = slack.post_message(" ".join(f"<{u}>" for u in urls))
    calls = slack.fake.wait_for("chat.postMessage", count=3)
    time.sleep(0.5)
    calls = slack.fake.find("chat.postMessage")
    assert len(calls) == 3 and {c.body["thread_ts"] for c in calls} == {ts}
    assert web.hits["/a3"] == 0


def test_failing_link_gets_a_one_line_error_in_the_thread(slack, web):
    url = web.url("/gone")  # not registered: 404
    ts, _ = slack.post_message(f"read <{url}>")
    [call] = slack.fake.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == ts
    assert call.body["text"] and "\n" not in call.body["text"]
    assert "Traceback" not in json.dumps(call.body)
    assert len(call.body["blocks"]) == 1
    assert web.hits["/gone"] >= 1


def test_a_redelivered_event_is_answered_once(slack, seed_text):
    ts = slack.send.next_ts()
    body = message_event(seed_text, ts=ts, event_id=slack.event_id())
    assert slack.send.event(body).status == 200
    retry = slack.send.event(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert retry.status == 200
    # the same message under another event id (e.g. a second subscription) is still one reply
    body["event_id"] = slack.event_id()
    assert slack.send.event(body).status == 200
    slack.fake.wait_for("chat.postMessage")
    time.sleep(1.0)
    assert len(slack.fake.find("chat.postMessage")) == 1


def _bots_own_reply(seed_text: str) -> dict:
    body = payload("events-api/message.bot_message.json")
    body["event"].update(bot_id=BOT_ID, user=BOT_USER_ID, text=seed_text, thread_ts="1596183880.004200")
    body["event"]["bot_profile"]["id"] = BOT_ID
    return body


@pytest.mark.parametrize("sample", ["modern bot", "classic bot", "own reply", "edit", "deletion", "join", "short"])
def test_no_reply_to_bots_edits_deletions_or_chatter(slack, seed_text, sample):
    if sample == "modern bot":
        body = payload("events-api/message.bot_message.json")
        body["event"]["text"] = seed_text
    elif sample == "classic bot":
        body = payload("events-api/message.bot_message.classic.json")
        body["event"]["text"] = seed_text
    elif sample == "own reply":
        body = _bots_own_reply(seed_text)
    elif sample == "edit":
        body = payload("events-api/message.message_changed.json")
        body["event"]["message"]["text"] = seed_text
        body["event"]["previous_message"]["text"] = seed_text
    elif sample == "deletion":
        body = payload("events-api/message.message_deleted.json")
        body["event"]["previous_message"]["text"] = seed_text
    elif sample == "join":
        body = payload("events-api/message.plain.json")
        body["event"].update(subtype="channel_join", text=f"<@W111> has joined the channel {seed_text}")
    else:
        body = payload("events-api/message.plain.json")  # "Hello World!": nothing to brief
    body["event_id"] = slack.event_id()
    body["event"]["channel"] = "CQUIET"
    assert slack.send.event(body).status == 200
    # A message that is answered, sent after: once its reply is there, the first was decided.
    ts, _ = slack.post_message(seed_text, channel="CLATER")
    slack.fake.wait_for("chat.postMessage", channel="CLATER")
    assert slack.fake.find("chat.postMessage", channel="CQUIET") == []
    assert len(slack.fake.find("chat.postMessage")) == 1


def test_bad_or_stale_signature_is_refused(slack, seed_text):
    body = json.dumps(payload("events-api/message.plain.json") | {"event_id": slack.event_id()}).encode()
    assert slack.send.raw(body, "application/json", secret="not-the-secret").status == 401
    assert slack.send.raw(body, "application/json", timestamp=int(time.time()) - 10 * 60).status == 401
    unsigned = http("POST", slack.send.url, body, {"Content-Type": "application/json"})
    assert unsigned.status == 401
    # a valid signature of other bytes than those sent (a tampered body)
    from tests.support.slack import signed_headers
    tampered = http("POST", slack.send.url, body.replace(b"Hello", b"Jello"), signed_headers(body, "application/json"))
    assert tampered.status == 401
    ts, _ = slack.post_message(seed_text, channel="CAFTER")
    slack.fake.wait_for("chat.postMessage", channel="CAFTER")
    assert len(slack.fake.find("chat.postMessage")) == 1


def test_url_verification_returns_the_challenge(slack):
    body = payload("events-api/url_verification.json")
    r = slack.send.event(body)
    assert r.status == 200
    assert body["challenge"] in r.text


def test_healthz_and_unknown_paths(slack):
    r = http("GET", slack.url + "/healthz")
    assert (r.status, r.text) == (200, "ok\n")
    assert http("GET", slack.url + "/nope").status == 404
    assert http("GET", slack.url + "/slack/events").status == 404


def test_a_failing_listener_is_logged_never_shown_in_slack(slack, app_server, seed_text, monkeypatch, caplog):
    def boom(text):
        raise RuntimeError("extractor exploded")

    monkeypatch.setattr(app_server.service, "requests_in_message", boom)
    with caplog.at_level("ERROR", logger="briefbot.slack"):
        ts, r = slack.post_message(seed_text, channel="CBOOM")
        assert r.status == 200  # acked before the failure
        assert wait_until(lambda: any("unhandled error" in rec.getMessage() for rec in caplog.records))
    [record] = [rec for rec in caplog.records if "unhandled error" in rec.getMessage()]
    assert record.exc_info and "extractor exploded" in str(record.exc_info[1])
    time.sleep(0.2)
    assert slack.fake.calls == []


def test_a_full_pool_says_busy_in_the_thread(redis_url, seed_text):
    """With every worker and queue slot taken, the user is told to retry instead of waiting forever."""
    import threading

    server = AppServer(redis_url, brief_workers=1, brief_queue_size=1)
    release = threading.Event()
    try:
        assert server.service.submit(release.wait) and server.service.submit(release.wait)
        harness = Harness(server)
        ts, r = harness.post_message(seed_text, channel="CBUSY")
        assert r.status == 200
        [call] = server.fake.wait_for("chat.postMessage")
        assert call.body["thread_ts"] == ts and call.body["text"] == messages.busy()
    finally:
        release.set()
        server.close()


@pytest.mark.parametrize(
    "sample, answerable",
    [
        ("events-api/message.plain.json", True),
        ("events-api/message.user.json", True),
        ("events-api/message.thread_broadcast.json", True),
        ("events-api/message.bot_message.json", False),  # modern: bot_id, no subtype
        ("events-api/message.bot_message.classic.json", False),
        ("events-api/message.message_changed.json", False),
        ("events-api/message.message_deleted.json", False),
    ],
)
def test_which_message_events_are_for_people(sample, answerable):
    from handlers.messages import is_answerable

    event = payload(sample)["event"]
    assert is_answerable(event, BOT_USER_ID) is answerable
    assert is_answerable(event | {"user": BOT_USER_ID}, BOT_USER_ID) is False
