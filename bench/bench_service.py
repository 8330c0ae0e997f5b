"""Service benchmarks: the served app end to end, on loopback only.

    .venv/bin/python -m bench.bench_service [--quick]

Starts its own redis-server (a free port), a fake Slack Web API, a local article server and
``python -m bot serve`` as a subprocess (exactly what a deployment runs), then measures:

1. cache hit: a signed message event in -> chat.postMessage at the fake Web API out;
2. cold link brief of a real ~800-word news page served locally (fetch + trafilatura +
   extraction), in-process through ``BriefService.brief_for`` and end to end through the app;
3. ack latency (HTTP response time) of a burst of 100 message events that each need work,
   sent all at once from 100 connections (three bursts: the median burst's figures and the
   worst p99), and from 10 connections (Slack-like pacing);
4. peak RSS (the kernel's VmHWM) of the serve process after the burst was answered.

Prints one table with each figure, its target and the ratio figure/target (< 1 is within).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.redis_server import RedisProcess  # noqa: E402
from tests.support.slack import (  # noqa: E402
    FakeSlack,
    ServeProcess,
    SlackSender,
    article_html,
    burst,
    message_event,
)
from tests.support.web import WebServer  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "html"
PAGES = ["dw.com.colonial.html", "cbsnews.com.carolina.html"]  # 815 and 817 words of article text
SEED = (ROOT / "seeds" / "seed-000.txt").read_text(encoding="utf-8")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(p / 100 * len(values)) - 1))]


def wait_reply(fake: FakeSlack, thread_ts: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for call in fake.find("chat.postMessage", thread_ts=thread_ts):
            if call.status == 200:
                return call
        time.sleep(0.001)
    raise TimeoutError(f"no reply in thread {thread_ts}")


def bench_cache_hit(app: ServeProcess, fake: FakeSlack, n: int) -> list[float]:
    sender = SlackSender(app.url)
    text = f"{SEED}\n\nBenchmark run {time.time_ns()}."
    ts = sender.next_ts()
    sender.event(message_event(text, channel="CHIT", ts=ts, event_id=f"EvWarm{time.time_ns()}"))
    wait_reply(fake, ts)  # the miss that fills the cache
    out = []
    for i in range(n):
        ts = sender.next_ts()
        body = message_event(text, channel="CHIT", ts=ts, event_id=f"EvHit{time.time_ns()}{i}")
        t0 = time.monotonic()
        assert sender.event(body).status == 200
        out.append((wait_reply(fake, ts).at - t0) * 1000)
    return out


def bench_cold_link_core(web: WebServer, n: int) -> list[float]:
    """``BriefService.brief_for`` of a link never seen (a team of its own each time): fetch + extract."""
    from bot.cache import MemoryCache
    from bot.config import Settings
    from bot.service import BriefRequest, build_service

    settings = Settings(_env_file=None, brief_fetch_allow_private=True)
    service = build_service(settings, cache=MemoryCache())
    service.warm_up()
    out = []
    for i in range(n + 2):
        url = web.url(f"/page/{i % len(PAGES)}")
        t0 = time.perf_counter()
        outcome = service.brief_for(BriefRequest(kind="url", value=url), team_id=f"Tcold{i}")
        took = (time.perf_counter() - t0) * 1000
        assert outcome.brief is not None and not outcome.cached, outcome.error
        if i >= 2:  # the first of each page warms lxml/trafilatura's caches
            out.append(took)
    return out


def bench_cold_link_app(app: ServeProcess, fake: FakeSlack, web: WebServer, n: int) -> list[float]:
    sender = SlackSender(app.url)
    out = []
    for i in range(n):
        url = web.url(f"/page/{i % len(PAGES)}")
        ts = sender.next_ts()
        body = message_event(f"<{url}>", channel="CCOLD", ts=ts, event_id=f"EvCold{time.time_ns()}")
        body["team_id"] = f"TCOLD{time.time_ns()}"  # briefs are cached per team: a new team is a miss
        t0 = time.monotonic()
        sender.event(body)
        out.append((wait_reply(fake, ts).at - t0) * 1000)
    return out


def burst_bodies(web: WebServer, n: int, channel: str) -> list[tuple[str, dict]]:
    sender = SlackSender("http://unused")
    bodies = []
    for i in range(n):
        text = f"{SEED[:700]}\n\nDispatch {i} of burst {channel} at {time.time_ns()}."
        if i % 2 == 0:
            text = f"<{web.add(f'/burst/{channel}/{i}', article_html(text, title=f'Story {i}'))}>"
        ts = sender.next_ts()
        bodies.append((ts, message_event(text, channel=channel, ts=ts, event_id=f"Ev{channel}{time.time_ns()}{i}")))
    return bodies


def bench_burst(app: ServeProcess, fake: FakeSlack, web: WebServer, n: int, connections: int,
                channel: str) -> tuple[list[float], int, int, float]:
    """Ack latencies (ms), briefs and busy replies, seconds until every message was answered.

    ``connections`` equal to ``n``: every event written at the same instant from one asyncio
    loop (``burst``); fewer: that many client threads, each sending its next event on the
    ack of the last.
    """
    sender = SlackSender(app.url)
    bodies = burst_bodies(web, n, channel)

    def one(item):
        _, body = item
        t0 = time.perf_counter()
        status = sender.event(body).status
        assert status == 200, status
        return (time.perf_counter() - t0) * 1000

    t0 = time.monotonic()
    if connections >= n:
        results = burst(app.url, [body for _, body in bodies])
        assert all(status == 200 for status, _ in results), results
        acks = [took * 1000 for _, took in results]
    else:
        with ThreadPoolExecutor(connections) as pool:
            acks = list(pool.map(one, bodies))
    fake.wait_for("chat.postMessage", count=n, channel=channel, timeout=300)
    answered = time.monotonic() - t0
    calls = fake.find("chat.postMessage", channel=channel)
    busy = sum(1 for c in calls if "busy" in str(c.body.get("text")))
    return acks, len(calls) - busy, busy, answered


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args()
    hits, colds = (30, 5) if args.quick else (200, 20)

    redis_server = RedisProcess().start()
    workdir = Path(tempfile.mkdtemp(prefix="bench-service-"))
    rows: list[tuple[str, str, float, float | None]] = []
    extra: dict[str, float] = {}
    with FakeSlack() as fake, WebServer() as web:
        for i, name in enumerate(PAGES):
            web.add(f"/page/{i}", (CORPUS / name).read_bytes())
        app = ServeProcess(fake.api_url, redis_server.url, workdir, BRIEF_FETCH_ALLOW_PRIVATE="true").start()
        try:
            assert app.ready(), app.output()
            idle_rss = app.peak_rss_mb()

            hit = bench_cache_hit(app, fake, hits)
            rows.append(("cache hit: signed event -> chat.postMessage, p99", "ms", pct(hit, 99), 30))
            rows.append(("cache hit: signed event -> chat.postMessage, p50", "ms", pct(hit, 50), None))

            cold_app = bench_cold_link_app(app, fake, web, colds)
            # three bursts at once, one after the other has been answered: one burst's p99 is its
            # slowest ack, a single sample of the machine's scheduling
            bursts = [bench_burst(app, fake, web, 100, 100, f"CBURSTA{i}") for i in range(3)]
            p99s = sorted(pct(b[0], 99) for b in bursts)
            burst_all, briefs, busy, answered = sorted(bursts, key=lambda b: pct(b[0], 99))[1]
            burst_paced, briefs2, busy2, answered2 = bench_burst(app, fake, web, 100, 10, "CBURSTP")
            rss = app.peak_rss_mb()
        finally:
            out = app.stop()
        cold_core = bench_cold_link_core(web, colds)

    redis_server.stop()
    rows.append(("cold link brief, ~800-word page, BriefService, p50", "ms", pct(cold_core, 50), 400))
    rows.append(("cold link brief, ~800-word page, BriefService, p90", "ms", pct(cold_core, 90), None))
    rows.append(("cold link brief, ~800-word page, event -> reply, p50", "ms", pct(cold_app, 50), None))
    rows.append(("ack during a 100-event burst, 10 connections, p99", "ms", pct(burst_paced, 99), 100))
    rows.append(("ack during a 100-event burst, 10 connections, p50", "ms", pct(burst_paced, 50), None))
    rows.append(("ack during a 100-event burst, 100 at once, p99 (median of 3 bursts)", "ms", pct(burst_all, 99), 100))
    rows.append(("ack during a 100-event burst, 100 at once, p50 (same burst)", "ms", pct(burst_all, 50), None))
    rows.append(("ack during a 100-event burst, 100 at once, p99 (worst of 3 bursts)", "ms", p99s[-1], None))
    rows.append(("peak RSS of python -m bot serve after both bursts", "MB", rss, 400))
    rows.append(("RSS of python -m bot serve idle (model loaded)", "MB", idle_rss, None))
    extra.update(burst_all_briefs=briefs, burst_all_busy=busy, burst_all_answered_s=answered,
                 burst_paced_briefs=briefs2, burst_paced_busy=busy2, burst_paced_answered_s=answered2)

    width = max(len(r[0]) for r in rows)
    print(f"\nbriefbot service benchmarks ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})\n")
    print(f"| {'figure'.ljust(width)} | measured | target | ratio |")
    print(f"| {'-' * width} | -------: | -----: | ----: |")
    for name, unit, value, target in rows:
        tgt = f"≤ {target} {unit}" if target else ""
        ratio = f"{value / target:.2f}" if target else ""
        print(f"| {name.ljust(width)} | {value:,.1f} {unit} | {tgt} | {ratio} |")
    print(f"\nburst, 100 at once (median burst): {briefs} briefed, {busy} told busy, all answered in {answered:.1f} s;"
          f" p99 of the 3 bursts: {', '.join(f'{p:.1f}' for p in p99s)} ms")
    print(f"burst, 10 connections: {briefs2} briefed, {busy2} told busy, all answered in {answered2:.1f} s")
    print(f"cold link samples: {len(cold_core)} in-process, {len(cold_app)} through the app; cache hits: {len(hit)}")
    if "Traceback" in out:
        print("WARNING: the serve process logged a traceback", file=sys.stderr)
    if args.json:
        print(json.dumps({r[0]: round(r[2], 1) for r in rows} | extra))
    return 0


if __name__ == "__main__":
    sys.exit(main())
