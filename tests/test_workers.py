"""The pool that briefs after the ack: back-pressure, and briefs held back while a burst is answered."""
from __future__ import annotations

import threading
import time

from bot.workers import BoundedPool, ForegroundGate


def answer_requests(gate: ForegroundGate, n: int, every: float, answered: list[float] | None = None) -> None:
    for _ in range(n):
        with gate.answering():
            time.sleep(0.0005)
        if answered is not None:
            answered.append(time.monotonic())
        time.sleep(every)


def test_a_lone_request_lets_its_job_start_at_once():
    gate = ForegroundGate(crowd=2, quiet=0.2)
    with gate.answering():
        pass
    gate.accepted()
    t0 = time.monotonic()
    gate.wait_quiet()
    assert time.monotonic() - t0 < 0.05  # far below ``quiet``: no burst, no wait


def test_messages_answered_one_after_another_never_wait():
    gate = ForegroundGate(crowd=2, quiet=0.2)
    waits = []
    for _ in range(30):  # a request every ~2 ms, each job done before the next request (a cache hit)
        with gate.answering():
            time.sleep(0.0005)
        gate.accepted()
        t0 = time.monotonic()
        gate.wait_quiet()
        waits.append(time.monotonic() - t0)
        gate.finished()
        time.sleep(0.001)
    assert max(waits) < 0.05


def test_a_job_waits_for_the_request_in_hand():
    gate = ForegroundGate(quiet=0.01, max_wait=2.0)
    started = threading.Event()
    released_at: list[float] = []

    def request() -> None:
        with gate.answering():
            started.set()
            time.sleep(0.15)
            released_at.append(time.monotonic())

    thread = threading.Thread(target=request)
    thread.start()
    started.wait()
    gate.wait_quiet()
    ran_at = time.monotonic()
    thread.join()
    assert released_at and ran_at >= released_at[0]


def test_during_a_burst_jobs_wait_until_it_is_answered():
    gate = ForegroundGate(crowd=2, quiet=0.03, max_wait=5.0)
    for _ in range(3):
        gate.accepted()  # briefs of the burst's first messages, queued
    answered: list[float] = []
    burst = threading.Thread(target=answer_requests, args=(gate, 40, 0.005, answered))  # ~0.25 s
    burst.start()
    time.sleep(0.03)  # the burst is under way
    gate.wait_quiet()
    ran_at = time.monotonic()
    burst.join()
    assert ran_at >= answered[-1], "the job started while requests were still coming in"
    assert ran_at - answered[-1] < 0.2, "and soon after the last one"


def test_steady_traffic_cannot_starve_a_job():
    gate = ForegroundGate(crowd=2, quiet=0.5, max_wait=0.2)
    for _ in range(3):
        gate.accepted()
    traffic = threading.Thread(target=answer_requests, args=(gate, 200, 0.003))
    traffic.start()
    time.sleep(0.02)
    t0 = time.monotonic()
    gate.wait_quiet()
    waited = time.monotonic() - t0
    traffic.join()
    assert 0.15 < waited < 0.5  # held back, but no longer than max_wait


def test_a_full_pool_says_no_at_once_and_frees_its_slots():
    pool = BoundedPool(workers=1, queue_size=1, gate=ForegroundGate())
    release = threading.Event()
    done: list[int] = []
    assert pool.submit(lambda: (release.wait(5), done.append(1)))
    assert pool.submit(lambda: done.append(2))
    t0 = time.monotonic()
    assert not pool.submit(lambda: done.append(3)), "beyond workers + queue_size the pool refuses"
    assert time.monotonic() - t0 < 0.05, "and says so without waiting"
    release.set()
    pool.shutdown(wait=True)
    assert done == [1, 2]


def test_a_failing_job_does_not_cost_a_slot():
    pool = BoundedPool(workers=1, queue_size=0, gate=ForegroundGate())
    finished = threading.Event()

    def boom() -> None:
        finished.set()
        raise RuntimeError("a job's own bug")

    assert pool.submit(boom)
    finished.wait(2)
    deadline = time.monotonic() + 2
    while not pool.submit(lambda: None):  # the slot comes back once the failure is logged
        assert time.monotonic() < deadline
        time.sleep(0.01)
    pool.shutdown(wait=True)
