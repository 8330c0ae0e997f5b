"""Shared fixtures: a real Redis database, a real local web server, the settings."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import redis

from tests.support.slack import Harness, close_shared_app_server, shared_app_server
from tests.support.web import WebServer

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TEXT = (ROOT / "seeds" / "seed-000.txt").read_text(encoding="utf-8")

# A database number of its own, flushed around each test that uses it.
TEST_REDIS_URL = os.environ.get("BRIEF_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    """No test sees the developer's Slack or Redis settings."""
    for name in list(os.environ):
        if name.startswith(("SLACK_", "BRIEF_", "REDIS_")) and name != "BRIEF_TEST_REDIS_URL":
            monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(ROOT / "tests")  # so no developer .env is read


@pytest.fixture
def redis_url():
    client = redis.Redis.from_url(TEST_REDIS_URL)
    client.flushdb()
    yield TEST_REDIS_URL
    client.flushdb()
    client.close()


@pytest.fixture
def web():
    with WebServer() as server:
        yield server


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT


@pytest.fixture(scope="session")
def app_server():
    """The real Bolt app served over HTTP once per session, with a fake Web API and real Redis."""
    yield shared_app_server(TEST_REDIS_URL)
    close_shared_app_server()


@pytest.fixture
def slack(app_server, redis_url):
    app_server.fake.reset()
    return Harness(app_server)
