"""``serve``: what it refuses to start without, and ``python -m bot serve`` really serving HTTP."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import Settings, SettingsError
from handlers import server
from tests.support.slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack, SlackSender, http, payload, wait_until

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    "given, missing",
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"slack_bot_token": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"slack_app_token": "xapp-1"}, "SLACK_BOT_TOKEN"),
    ],
)
def test_serve_names_the_missing_variable(given, missing):
    with pytest.raises(SettingsError) as err:
        server.serve(Settings(_env_file=None, **given))
    assert missing in str(err.value) and "\n" not in str(err.value)


def test_socket_mode_needs_no_signing_secret_and_starts_the_socket_handler(monkeypatch):
    import slack_bolt.adapter.socket_mode as socket_mode

    started = {}

    class FakeHandler:
        def __init__(self, app, app_token):
            started.update(app=app, token=app_token)

        def start(self):
            started["started"] = True

    monkeypatch.setattr(socket_mode, "SocketModeHandler", FakeHandler)
    with FakeSlack() as fake:
        server.serve(Settings(_env_file=None, slack_bot_token=BOT_TOKEN, slack_app_token="xapp-1-test",
                              slack_api_url=fake.api_url))
        assert [c.method for c in fake.calls] == ["auth.test"]
    assert started["token"] == "xapp-1-test" and started["started"] is True
    assert started["app"].client.base_url == fake.api_url


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_python_m_bot_serve_without_settings_prints_one_line_and_exits_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEF_", "REDIS_"))}
    r = subprocess.run([sys.executable, "-m", "bot", "serve"], cwd=tmp_path, env=env | {"PYTHONPATH": str(ROOT)},
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "SLACK_BOT_TOKEN" in r.stderr


def test_python_m_bot_serve_answers_slack_and_health_under_waitress(tmp_path):
    port = _free_port()
    with FakeSlack() as fake:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEF_", "REDIS_"))}
        env.update(PYTHONPATH=os.pathsep.join([str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]), PORT=str(port), SLACK_BOT_TOKEN=BOT_TOKEN,
                   SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=fake.api_url.rstrip("/"))
        proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=tmp_path, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            base = f"http://127.0.0.1:{port}"

            def up() -> bool:
                try:
                    return http("GET", base + "/healthz", timeout=1).status == 200
                except OSError:
                    return proc.poll() is not None
            assert wait_until(up, timeout=90) and proc.poll() is None
            assert http("GET", base + "/healthz").status == 200
            challenge = payload("events-api/url_verification.json")
            r = SlackSender(base).event(challenge)
            assert r.status == 200 and challenge["challenge"] in r.text
            assert SlackSender(base, secret="wrong").event(challenge).status == 401
            assert r.headers.get("Server") == "briefbot"  # waitress (ident), not a dev server
            assert [c.method for c in fake.calls] == ["auth.test"]
        finally:
            proc.terminate()
            out, _ = proc.communicate(timeout=20)
    assert "Traceback" not in out, out
