"""A burst of 100 messages at one ``python -m bot serve``: every ack in time, nothing dropped.

Half are links to distinct pages on a local web server, half distinct long texts, so each
one needs a fetch and/or an extraction. At the default settings (4 workers, 256 waiting) the
bounded pool holds all 100, so every message gets its brief, once, in its own thread; a
smaller pool's "busy" answer is tested in test_slack_events.py.
"""
from __future__ import annotations

import time
from bot import messages
from tests.conftest import SEED_TEXT, TEST_REDIS_URL
from tests.support.slack import FakeSlack, ServeProcess, SlackSender, article_html, burst, message_event

BURST = 100
ACK_LIMIT_S = 3.0  # Slack's clock


def burst_texts(web, n: int = BURST) -> list[str]:
    """n message texts: even ones link to a page of their own, odd ones are a pasted text."""
    texts = []
    for i in range(n):
        body = f"{SEED_TEXT[:700]}\n\nDispatch number {i} filed at {time.time_ns()}."
        if i % 2 == 0:
            url = web.add(f"/burst/{i}-{time.time_ns()}", article_html(body, title=f"Story {i}"))
            texts.append(f"Worth a read <{url}>")
        else:
            texts.append(body)
    return texts


def send_burst(url: str, texts: list[str], channel: str) -> list[tuple[str, int, float]]:
    """All at once, as Slack's servers would send them; (ts, status, seconds to the ack) per message."""
    sender = SlackSender(url)
    bodies = []
    for i, text in enumerate(texts):
        ts = sender.next_ts()
        bodies.append((ts, message_event(text, channel=channel, ts=ts, event_id=f"EvBurst{time.time_ns()}{i}")))
    acks = burst(url, [body for _, body in bodies])
    return [(ts, status, took) for (ts, _), (status, took) in zip(bodies, acks)]


def test_burst_of_100_acks_in_time_and_answers_every_message(web, redis_url, tmp_path):
    with FakeSlack() as fake:
        app = ServeProcess(fake.api_url, TEST_REDIS_URL, tmp_path, BRIEF_FETCH_ALLOW_PRIVATE="true").start()
        try:
            assert app.ready(), app.output()
            texts = burst_texts(web)
            results = send_burst(app.url, texts, "CBURST")
            acks = sorted(r[2] for r in results)
            assert all(status == 200 for _, status, _ in results), results
            assert acks[-1] < ACK_LIMIT_S, f"slowest ack {acks[-1]:.2f}s"

            fake.wait_for("chat.postMessage", count=BURST, timeout=120, channel="CBURST")
            time.sleep(1.0)  # nothing more may come
            calls = fake.find("chat.postMessage", channel="CBURST")
            by_thread: dict[str, list] = {}
            for c in calls:
                by_thread.setdefault(c.body["thread_ts"], []).append(c)
            sent = {ts for ts, _, _ in results}
            assert set(by_thread) == sent, "every message is answered, in its own thread"
            assert all(len(v) == 1 for v in by_thread.values()), "and only once"
            busy = [c for c in calls if c.body["text"] == messages.busy()]
            assert not busy, f"{len(busy)} told to retry: the default pool holds a burst of {BURST}"
            assert all("Ecuador" in c.body["text"] for c in calls), [c.body["text"][:120] for c in calls][:5]
            assert app.proc.poll() is None
            print(f"\nburst: ack p50={acks[len(acks) // 2] * 1000:.0f}ms max={acks[-1] * 1000:.0f}ms, "
                  f"{len(calls)} briefs, peak RSS {app.peak_rss_mb():.0f} MB")
        finally:
            out = app.stop()
    assert "Traceback" not in out
