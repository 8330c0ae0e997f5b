"""The cache against a real Redis: round trips, versions, claims, and Redis going away."""
from __future__ import annotations

import logging
import time

import redis

from bot.brief import Brief, Source
from bot.cache import MemoryCache, RedisCache, text_key, url_key
from tests.support.redis_server import RedisProcess


def _brief(headline: str = "A deal is close") -> Brief:
    return Brief(headline=headline, source=Source(kind="text"))


def test_cache_redis_round_trip_with_ttl(redis_url):
    cache = RedisCache(redis_url)
    cache.put("k1", _brief(), ttl=120)
    assert cache.get("k1") == _brief()
    ttl = redis.Redis.from_url(redis_url).ttl("k1")
    assert 0 < ttl <= 120


def test_cache_entry_of_an_older_schema_is_a_miss_not_a_crash(redis_url):
    client = redis.Redis.from_url(redis_url)
    old = _brief().model_dump()
    old["schema_version"] = 0
    client.set("old", Brief.model_validate(old).model_dump_json())
    client.set("garbage", b"\x00not json")
    client.set("other-shape", '{"headline": 3}')
    cache = RedisCache(redis_url)
    assert cache.get("old") is None
    assert cache.get("garbage") is None
    assert cache.get("other-shape") is None


def test_cache_claim_is_won_once_across_clients(redis_url):
    first, second = RedisCache(redis_url), RedisCache(redis_url)  # as two processes
    assert first.claim("evt:Ev1", ttl=60) is True
    assert second.claim("evt:Ev1", ttl=60) is False
    assert first.claim("evt:Ev1", ttl=60) is False
    assert second.claim("evt:Ev2", ttl=60) is True


def test_cache_memory_expires_and_claims():
    cache = MemoryCache()
    cache.put("k", _brief(), ttl=1)
    assert cache.get("k") == _brief()
    assert cache.claim("c", ttl=60) and not cache.claim("c", ttl=60)
    cache._data["k"] = (time.monotonic() - 1, cache._data["k"][1])  # expired
    assert cache.get("k") is None


def test_cache_keys_are_per_team_and_fold_whitespace():
    assert url_key("T1", "https://example.com/a") != url_key("T2", "https://example.com/a")
    assert text_key("T1", "Two  words\n here ") == text_key("T1", "Two words here")
    assert text_key("T1", "Two words here") != text_key("T2", "Two words here")


def test_cache_keeps_answering_while_redis_is_down_and_returns_to_it(caplog):
    server = RedisProcess().start()
    try:
        cache = RedisCache(server.url, retry_after=0.3)
        cache.put("before", _brief("before"), ttl=60)
        assert cache.get("before").headline == "before"

        server.stop()
        caplog.set_level(logging.WARNING, logger="bot.cache")
        t0 = time.monotonic()
        for i in range(20):
            cache.put(f"during{i}", _brief("during"), ttl=60)
            assert cache.get(f"during{i}").headline == "during"  # served from memory
        assert cache.claim("evt:down", ttl=60) is True
        assert cache.claim("evt:down", ttl=60) is False
        assert time.monotonic() - t0 < 3.0, "a dead Redis must not slow every call"
        warnings = [r for r in caplog.records if "unreachable" in r.getMessage()]
        assert len(warnings) == 1, "one warning per outage, not one per call"

        server.start()  # same port
        time.sleep(0.35)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            cache.put("after", _brief("after"), ttl=60)
            if redis.Redis.from_url(server.url).get("after"):
                break
            time.sleep(0.1)
        assert redis.Redis.from_url(server.url).get("after"), "Redis is used again once it is back"
        assert any("again" in r.getMessage() for r in caplog.records)
    finally:
        server.stop()


def test_cache_unreachable_at_start_is_not_fatal():
    cache = RedisCache("redis://127.0.0.1:1/0")  # nothing listens on port 1
    cache.put("k", _brief(), ttl=60)
    assert cache.get("k") == _brief()
