"""The CPU-heavy half of a brief in a child process, for the server: spaCy and trafilatura.

Both hold the GIL for whole parses. Run in the serving process, the brief workers kept the
threads that ack Slack's requests waiting (bench/bench_service.py: ack p99 of a 100-event
burst 312 ms against 100 ms). In a child they hold a GIL of their own, the server never
loads the models, and a page or text that hangs a parser can be killed.
"""
from __future__ import annotations

import logging
import os
import threading
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import TYPE_CHECKING, Sequence

from bot.article import Article
from bot.brief import Brief, Source

if TYPE_CHECKING:
    from bot.extract import Extractor

__all__ = ["ExtractionTimeout", "ExtractorProcess"]

log = logging.getLogger(__name__)

CHILD_NICE = 10  # below the serving process: an ack must not wait for a parse to yield the CPU
_POLL_S = 0.25

_extractor: "Extractor | None" = None  # the child's own, loaded once by _load


class ExtractionTimeout(Exception):
    """A batch ran past the bound; its child was stopped and a fresh one takes the next batch."""


def _load(model_name: str) -> None:
    global _extractor
    try:
        os.nice(CHILD_NICE)
    except OSError:
        pass
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    from bot.article import warm_up
    from bot.extract import load_extractor

    _extractor = load_extractor(model_name)
    warm_up()


def _exit_with_parent(parent: int) -> None:
    """A server killed outright (SIGKILL, OOM) cannot stop its children: they notice and leave."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _ping() -> int:
    return os.getpid()


def _extract_many(texts: list[str], sources: list[Source]) -> list[Brief]:
    assert _extractor is not None, "the child's initializer loads the extractor"
    return _extractor.extract_many(texts, sources)


def _read_page(text: str, url: str, kw: dict) -> Article:
    from bot.article import read_page

    return read_page(text, url, **kw)


class ExtractorProcess:
    """``Extractor.extract_many`` and ``article.read_page`` run in ``processes`` spawned children.

    Batches beyond the children wait in the executor's queue; the caller's bounded pool is
    what limits how many there are. A batch that runs longer than ``timeout`` seconds raises
    ``ExtractionTimeout`` and its children are replaced; a child that dies is replaced too.
    """

    def __init__(self, model_name: str, *, processes: int = 1, timeout: float = 60.0) -> None:
        self.model_name = model_name
        self.processes = processes
        self.timeout = timeout
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None
        self._closed = False

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._closed:
                raise RuntimeError("the extraction processes were closed")
            if self._executor is None:
                # spawn, not fork: the server has threads (waitress, Redis, the pool) that a
                # forked child would inherit mid-lock
                self._executor = ProcessPoolExecutor(
                    max_workers=self.processes, mp_context=get_context("spawn"),
                    initializer=_load, initargs=(self.model_name,),
                )
            return self._executor

    def start(self) -> None:
        """Spawn the children and load the model in each, so the first brief does not wait for it."""
        pool = self._pool()
        for future in [pool.submit(_ping) for _ in range(self.processes)]:
            future.result()

    def extract_many(self, texts: Sequence[str], sources: Sequence[Source]) -> list[Brief]:
        return self._call(f"a batch of {len(texts)}", _extract_many, list(texts), list(sources))

    def read_page(self, text: str, url: str, **kw) -> Article:
        """``article.read_page`` in a child; its ExtractionError comes back as raised there."""
        return self._call("a page", _read_page, text, url, kw)

    def _call(self, what: str, fn, *args):
        """``fn(*args)`` in a child; a job caught in another's failure is run once more on new children."""
        for attempt in (1, 2):
            pool = self._pool()
            try:
                return self._run(pool, what, fn, *args)
            except (BrokenProcessPool, CancelledError):
                self._replace(pool, "a child process died")
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _run(self, pool: ProcessPoolExecutor, what: str, fn, *args):
        try:
            future = pool.submit(fn, *args)
        except RuntimeError as exc:  # another thread replaced this pool a moment ago
            raise BrokenProcessPool(str(exc)) from exc
        running_since: float | None = None
        while True:
            try:
                return future.result(timeout=_POLL_S)
            except FutureTimeout:
                pass
            # the bound counts from when the batch leaves the queue, not from when it joined it
            if not future.running():
                continue
            running_since = running_since or time.monotonic()
            if time.monotonic() - running_since > self.timeout:
                self._replace(pool, f"{what} ran over {self.timeout:.0f} s", kill=True)
                raise ExtractionTimeout(f"extraction ran over {self.timeout:.0f} s")

    def _replace(self, pool: ProcessPoolExecutor, why: str, *, kill: bool = False) -> None:
        """Drop ``pool`` (once, whoever notices first); the next batch spawns a fresh one."""
        with self._lock:
            if self._executor is not pool:
                return
            self._executor = None
        log.warning("extraction process replaced: %s", why)
        if kill:
            # ProcessPoolExecutor has no public way to stop a busy child before Python 3.14
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        with self._lock:
            pool, self._executor, self._closed = self._executor, None, True
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
