"""A bounded worker pool: slow work runs after Slack's ack without unbounded threads or queues."""
from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Hashable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable

__all__ = ["BoundedPool", "ForegroundGate", "KeyedLocks"]

log = logging.getLogger(__name__)

WORKER_NICE = 10  # below the threads that answer HTTP: Slack's ack must not wait behind a brief


def _background_priority() -> None:
    """Lower this worker thread's CPU priority (Linux schedules threads by their own nice).

    On a loaded machine the HTTP threads then win the CPU whenever both are ready, so they
    take the GIL sooner when a brief worker lets go of it, and acks stay fast during a burst.
    """
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICE)
    except (AttributeError, OSError):  # not Linux, or not allowed: run at normal priority
        pass


class ForegroundGate:
    """In a burst, jobs start once Slack's requests have been answered: acks first, briefs after.

    Every thread of the process shares one GIL, and thread priorities do not reach it, so in a
    burst the briefs already started take turns with the requests still waiting for their ack,
    and every ack comes late (measured with 100 events at once: ack p99 150-200 ms with jobs
    starting at once, 45-90 ms with this gate). A burst is a request that arrives while
    ``crowd`` jobs are already waiting or running; messages answered one after another find
    none and let their job go as soon as they are answered. After a burst, jobs wait until no
    request has come for ``quiet`` seconds, never longer than ``max_wait``, so steady traffic
    cannot starve them.
    """

    def __init__(self, *, crowd: int = 2, quiet: float = 0.02, max_wait: float = 1.0) -> None:
        self.crowd, self.quiet, self.max_wait = crowd, quiet, max_wait
        self._changed = threading.Condition()
        self._answering = 0
        self._jobs = 0  # accepted and not finished
        self._answered = float("-inf")  # when the last request was answered
        self._crowded = float("-inf")  # when the last request came in to find a crowd of jobs

    @contextmanager
    def answering(self) -> Iterator[None]:
        """Around the handling of one incoming request, up to its response."""
        with self._changed:
            self._answering += 1
            if self._jobs >= self.crowd:
                self._crowded = time.monotonic()
        try:
            yield
        finally:
            with self._changed:
                self._answering -= 1
                self._answered = now = time.monotonic()
                if not self._answering and now - self._crowded >= self.quiet:
                    self._changed.notify_all()  # in a burst the waiters look again every ``quiet``

    def accepted(self) -> None:
        with self._changed:
            self._jobs += 1

    def finished(self) -> None:
        with self._changed:
            self._jobs -= 1

    def wait_quiet(self) -> None:
        deadline = time.monotonic() + self.max_wait
        with self._changed:
            while (now := time.monotonic()) < deadline:
                idle = now - self._answered
                if not self._answering and (idle >= self.quiet or now - self._crowded >= self.quiet):
                    return
                self._changed.wait(min(max(self.quiet - idle, 0.001), deadline - now))


class BoundedPool:
    """``workers`` threads and at most ``queue_size`` waiting jobs; beyond that ``submit`` says no.

    Saying no at once is the back-pressure: the caller tells the user to retry instead of
    letting a queue grow without bound while Slack's ack clock runs. Each job starts once
    ``gate`` lets it (no request waiting for its answer).
    """

    def __init__(self, workers: int, queue_size: int, gate: ForegroundGate | None = None) -> None:
        self._slots = threading.BoundedSemaphore(workers + queue_size)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief",
                                            initializer=_background_priority)
        self.gate = gate or ForegroundGate()

    def submit(self, job: Callable[[], None]) -> bool:
        if not self._slots.acquire(blocking=False):
            return False
        self.gate.accepted()
        try:
            self._executor.submit(self._run, job)
        except RuntimeError:  # shut down
            self.gate.finished()
            self._slots.release()
            return False
        return True

    def _run(self, job: Callable[[], None]) -> None:
        try:
            self.gate.wait_quiet()
            job()
        except Exception:  # a job's failure must not kill the worker or leak its slot
            log.exception("background job failed")
        finally:
            self.gate.finished()
            self._slots.release()

    def shutdown(self, wait: bool = True) -> None:
        self._executor.shutdown(wait=wait)


class KeyedLocks:
    """One lock per key, alive only while someone holds or waits for it (single-flight)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[Hashable, tuple[threading.Lock, int]] = {}

    @contextmanager
    def hold(self, key: Hashable) -> Iterator[None]:
        with self._guard:
            lock, users = self._locks.get(key, (None, 0))
            lock = lock or threading.Lock()
            self._locks[key] = (lock, users + 1)
        try:
            with lock:
                yield
        finally:
            with self._guard:
                lock, users = self._locks[key]
                if users == 1:
                    del self._locks[key]
                else:
                    self._locks[key] = (lock, users - 1)
