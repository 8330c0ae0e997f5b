"""A bounded worker pool: slow work runs after Slack's ack without unbounded threads or queues."""
from __future__ import annotations

import logging
import os
import threading
from collections.abc import Hashable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Callable

__all__ = ["BoundedPool", "KeyedLocks"]

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


class BoundedPool:
    """``workers`` threads and at most ``queue_size`` waiting jobs; beyond that ``submit`` says no.

    Saying no at once is the back-pressure: the caller tells the user to retry instead of
    letting a queue grow without bound while Slack's ack clock runs.
    """

    def __init__(self, workers: int, queue_size: int) -> None:
        self._slots = threading.BoundedSemaphore(workers + queue_size)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief",
                                            initializer=_background_priority)

    def submit(self, job: Callable[[], None]) -> bool:
        if not self._slots.acquire(blocking=False):
            return False
        try:
            self._executor.submit(self._run, job)
        except RuntimeError:  # shut down
            self._slots.release()
            return False
        return True

    def _run(self, job: Callable[[], None]) -> None:
        try:
            job()
        except Exception:  # a job's failure must not kill the worker or leak its slot
            log.exception("background job failed")
        finally:
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
