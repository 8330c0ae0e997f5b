"""The app manifests are valid for Slack and match what the handlers listen to."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from handlers.server import EVENTS_PATH
from handlers.shortcuts import CALLBACK_ID

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT.parent / "shared" / "slack-payloads" / "schemas" / "manifest.schema.1.0.0.json").read_text())
FILES = ["manifest.yml", "manifest.socket.yml"]

# Which bot scope lets the app receive each message event (Slack's Events API reference).
EVENT_SCOPES = {
    "message.channels": "channels:history",
    "message.groups": "groups:history",
    "message.im": "im:history",
    "message.mpim": "mpim:history",
}


def load(name: str) -> dict:
    return yaml.safe_load((ROOT / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", FILES)
def test_manifest_is_valid_against_slacks_schema(name):
    jsonschema.validate(load(name), SCHEMA)


@pytest.mark.parametrize("name", FILES)
def test_manifest_matches_the_handlers(name):
    m = load(name)
    assert [c["command"] for c in m["features"]["slash_commands"]] == ["/brief"]
    [shortcut] = m["features"]["shortcuts"]
    assert (shortcut["type"], shortcut["callback_id"]) == ("message", CALLBACK_ID)
    assert m["settings"]["interactivity"]["is_enabled"] is True
    events = m["settings"]["event_subscriptions"]["bot_events"]
    scopes = set(m["oauth_config"]["scopes"]["bot"])
    assert set(events) == set(EVENT_SCOPES)
    assert {EVENT_SCOPES[e] for e in events} <= scopes
    assert {"chat:write", "commands"} <= scopes


def test_http_manifest_points_every_surface_at_the_one_path():
    m = load("manifest.yml")
    assert m["settings"]["socket_mode_enabled"] is False
    urls = [
        m["settings"]["event_subscriptions"]["request_url"],
        m["settings"]["interactivity"]["request_url"],
        *(c["url"] for c in m["features"]["slash_commands"]),
    ]
    assert all(u.startswith("https://") and u.endswith(EVENTS_PATH) for u in urls)


def test_socket_manifest_is_the_same_app_without_urls():
    http, socket = load("manifest.yml"), load("manifest.socket.yml")
    assert socket["settings"]["socket_mode_enabled"] is True
    assert "request_url" not in socket["settings"]["event_subscriptions"]
    assert "request_url" not in socket["settings"]["interactivity"]
    assert all("url" not in c for c in socket["features"]["slash_commands"])
    # apart from the URLs and the switch, the two describe one app
    for m in (http, socket):
        m["settings"].pop("socket_mode_enabled")
        m["settings"]["event_subscriptions"].pop("request_url", None)
        m["settings"]["interactivity"].pop("request_url", None)
        for c in m["features"]["slash_commands"]:
            c.pop("url", None)
    assert http == socket
