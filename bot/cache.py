"""Where briefs and event claims are kept: Redis when configured, else process memory.

Redis is an optimisation, never a dependency of a reply: every Redis call has short
socket timeouts, and after a failure the store is skipped for a short back-off (one
warning per outage), falling back to process memory until Redis answers again.
"""
from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from typing import Protocol

import redis
from pydantic import ValidationError

from bot.brief import SCHEMA_VERSION, Brief

__all__ = ["BriefCache", "MemoryCache", "RedisCache", "url_key", "text_key", "text_digest", "open_cache"]

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def url_key(team_id: str, canonical_url: str) -> str:
    digest = hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:32]
    return f"briefbot:brief:{team_id}:url:{digest}"


def text_digest(text: str) -> str:
    """Whitespace is folded so the same paste from two clients is one entry."""
    normalised = _SPACE.sub(" ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:32]


def text_key(team_id: str, text: str | None = None, *, digest: str | None = None) -> str:
    """The key of a pasted text's brief, from the text or from its digest (a share reference)."""
    if digest is None:
        digest = text_digest(text or "")
    return f"briefbot:brief:{team_id}:text:{digest}"


def _encode(brief: Brief) -> str:
    return brief.model_dump_json()


def _decode(raw: str | bytes | None) -> Brief | None:
    """An entry of another schema version or shape is a miss, never a crash."""
    if raw is None:
        return None
    try:
        brief = Brief.model_validate_json(raw)
    except (ValidationError, ValueError):
        return None
    return brief if brief.schema_version == SCHEMA_VERSION else None


class BriefCache(Protocol):
    def get(self, key: str) -> Brief | None: ...

    def put(self, key: str, brief: Brief, ttl: int) -> None: ...

    def claim(self, key: str, ttl: int) -> bool:
        """True for the first caller of ``key`` within ``ttl`` seconds (across processes for Redis)."""
        ...


class MemoryCache:
    """Process-local store: the embedded default, and the fallback while Redis is down."""

    def __init__(self, max_entries: int = 2048) -> None:
        self._data: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()
        self._max = max_entries

    def _live(self, key: str) -> str | None:
        item = self._data.get(key)
        if item is None:
            return None
        if item[0] < time.monotonic():
            del self._data[key]
            return None
        return item[1]

    def _store(self, key: str, value: str, ttl: int) -> None:
        if len(self._data) >= self._max:  # drop the entry closest to expiry
            del self._data[min(self._data, key=lambda k: self._data[k][0])]
        self._data[key] = (time.monotonic() + ttl, value)

    def get(self, key: str) -> Brief | None:
        with self._lock:
            return _decode(self._live(key))

    def put(self, key: str, brief: Brief, ttl: int) -> None:
        with self._lock:
            self._store(key, _encode(brief), ttl)

    def claim(self, key: str, ttl: int) -> bool:
        with self._lock:
            if self._live(key) is not None:
                return False
            self._store(key, "1", ttl)
            return True


class RedisCache:
    """Redis with a circuit breaker in front of it and a MemoryCache behind it.

    The bound on what a hung Redis (accepts, never answers) costs: one call waits at most
    ``socket_timeout`` (0.25 s; redis-py makes no retries here), and after that failure every
    call skips Redis for ``retry_after`` (2 s). A reply makes at most five Redis calls (two
    claims, a get, the puts) and in practice meets one timeout: +0.25 s, never more than
    5 x 0.25 s. Measured in tests/test_resilience.py. While Redis is out, claims are only
    per process: two processes that both receive the same event may both answer it.
    """

    def __init__(
        self,
        url: str,
        *,
        socket_timeout: float = 0.25,
        retry_after: float = 2.0,
        fallback: MemoryCache | None = None,
    ) -> None:
        self._client = redis.Redis.from_url(
            url,
            socket_timeout=socket_timeout,
            socket_connect_timeout=socket_timeout,
            health_check_interval=30,
            retry_on_timeout=False,
        )
        self._fallback = fallback or MemoryCache()
        self._retry_after = retry_after
        self._down_until = 0.0
        self._down = False
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        return not self._down or time.monotonic() >= self._down_until

    def _failed(self, exc: Exception) -> None:
        with self._lock:
            if not self._down:
                log.warning("redis unreachable, serving without it until it answers: %s", exc)
            self._down = True
            self._down_until = time.monotonic() + self._retry_after

    def _ok(self) -> None:
        if self._down:
            with self._lock:
                if self._down:
                    log.warning("redis answering again, cache back in use")
                    self._down = False

    def _call(self, fn, *args, **kwargs):
        """Run one Redis command; ``None`` plus the fallback flag when Redis is out."""
        if not self.available:
            return None, False
        try:
            result = fn(*args, **kwargs)
        except (redis.RedisError, OSError) as exc:
            self._failed(exc)
            return None, False
        self._ok()
        return result, True

    def get(self, key: str) -> Brief | None:
        raw, ok = self._call(self._client.get, key)
        return _decode(raw) if ok else self._fallback.get(key)

    def put(self, key: str, brief: Brief, ttl: int) -> None:
        _, ok = self._call(self._client.set, key, _encode(brief), ex=ttl)
        if not ok:
            self._fallback.put(key, brief, ttl)

    def claim(self, key: str, ttl: int) -> bool:
        won, ok = self._call(self._client.set, key, "1", nx=True, ex=ttl)
        return bool(won) if ok else self._fallback.claim(key, ttl)


def open_cache(redis_url: str | None) -> BriefCache:
    return RedisCache(redis_url) if redis_url else MemoryCache()
