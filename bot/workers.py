"""A bounded worker pool: slow work runs after Slack's ack without unbounded threads or queues."""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

__all__ = ["BoundedPool"]

log = logging.getLogger(__name__)


class BoundedPool:
    """``workers`` threads and at most ``queue_size`` waiting jobs; beyond that ``submit`` says no.

    Saying no at once is the back-pressure: the caller tells the user to retry instead of
    letting a queue grow without bound while Slack's ack clock runs.
    """

    def __init__(self, workers: int, queue_size: int) -> None:
        self._slots = threading.BoundedSemaphore(workers + queue_size)
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="brief")

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
