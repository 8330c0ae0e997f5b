"""/brief, its Post-to-channel button and the "Brief this message" shortcut, end to end."""
from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest

from bot import render
from tests.support.slack import (
    Harness,
    article_html,
    payload,
    text_of,
    wait_until,
)
from tests.test_slack_events import assert_seed_brief

COMMAND_SAMPLE = Path(__file__).resolve().parents[2] / "shared" / "slack-payloads" / "commands" / "slash_command.form-urlencoded.txt"


def command_fields(slack: Harness, text: str, name: str = "cmd1") -> dict[str, str]:
    """The real slash command form, as /brief with our text and a response_url at the fake."""
    fields = dict(urllib.parse.parse_qsl(COMMAND_SAMPLE.read_text().strip(), keep_blank_values=True))
    fields.update(command="/brief", text=text, response_url=slack.fake.response_url(name))
    return fields


# A link in a command's text may arrive in Slack markup (<url>) or as typed, depending on
# the command's escaping setting and the client: both must work.
@pytest.mark.parametrize("form", [
    "escaped",
    "bare",
])
def test_brief_with_a_link_answers_privately_with_a_post_button(slack, web, seed_text, form):
    url = web.add("/story", article_html(seed_text))
    r = slack.send.command(command_fields(slack, f"<{url}>" if form == "escaped" else url, "c1"))
    assert r.status == 200
    assert "Briefing" in r.json()["text"]  # the ack is immediate; the brief follows
    [reply] = slack.fake.wait_for("response_url")
    assert reply.path.endswith("/c1")
    assert reply.body["response_type"] == "ephemeral"
    assert_seed_brief(text_of(reply))
    assert slack.fake.find("chat.postMessage") == []
    button = reply.body["blocks"][-1]["elements"][0]
    assert button["type"] == "button" and button["text"]["text"] == "Post to channel"
    assert len(button["value"]) <= 2000 and url in button["value"]
    assert len(reply.body["blocks"]) <= 50


def button_click(slack: Harness, button: dict, name: str) -> dict:
    """A block_actions payload for a click on our button in the ephemeral /brief reply."""
    return {
        "type": "block_actions",
        "team": {"id": "T111", "domain": "test-domain"},
        "user": {"id": "W111", "username": "primary-owner", "team_id": "T111"},
        "api_app_id": "A111",
        "token": "verification_token",
        "container": {"type": "message", "message_ts": "1596183900.000100", "channel_id": "C111", "is_ephemeral": True},
        "trigger_id": "111.222.xxx",
        "channel": {"id": "C111", "name": "random"},
        "response_url": slack.fake.response_url(name),
        "actions": [{"action_id": button["action_id"], "block_id": "b1", "type": "button", "value": button["value"],
                     "text": button["text"], "action_ts": "1596183901.000200"}],
    }


def test_post_to_channel_button_posts_the_brief_from_the_cache(slack, web, seed_text):
    url = web.add("/story", article_html(seed_text))
    slack.send.command(command_fields(slack, f"<{url}>", "c2"))
    [reply] = slack.fake.wait_for("response_url")
    button = reply.body["blocks"][-1]["elements"][0]
    body = button_click(slack, button, "c2-action")
    assert slack.send.interactive(body).status == 200
    [post] = slack.fake.wait_for("chat.postMessage")
    assert post.body["channel"] == "C111" and "thread_ts" not in post.body
    assert_seed_brief(text_of(post))
    assert "<@W111>" in text_of(post)
    assert web.hits["/story"] == 1  # re-derived from the cache, not fetched again
    # the private copy with its button goes away once shared
    assert wait_until(lambda: any(c.path.endswith("/c2-action") for c in slack.fake.find("response_url")))
    [done] = [c for c in slack.fake.find("response_url") if c.path.endswith("/c2-action")]
    assert done.body.get("delete_original") is True


def test_post_to_channel_in_a_channel_the_bot_cannot_post_in_says_so_privately(slack, web, seed_text):
    url = web.add("/story", article_html(seed_text))
    slack.send.command(command_fields(slack, f"<{url}>", "c4"))
    [reply] = slack.fake.wait_for("response_url")
    slack.fake.errors["chat.postMessage"] = "not_in_channel"
    slack.send.interactive(button_click(slack, reply.body["blocks"][-1]["elements"][0], "c4-action"))
    [failed] = slack.fake.wait_for("chat.postMessage")
    assert wait_until(lambda: any(c.path.endswith("/c4-action") for c in slack.fake.find("response_url")))
    [said] = [c for c in slack.fake.find("response_url") if c.path.endswith("/c4-action")]
    assert said.body["response_type"] == "ephemeral" and said.body["replace_original"] is False
    assert "/invite" in said.body["text"]


def test_brief_of_a_long_pasted_text_can_be_posted_to_the_channel(slack, seed_text):
    r = slack.send.command(command_fields(slack, seed_text, "c5"))
    assert r.json()["text"].endswith("Briefing the text…")
    [reply] = slack.fake.wait_for("response_url")
    assert_seed_brief(text_of(reply))
    assert "pasted text" in text_of(reply)
    button = reply.body["blocks"][-1]["elements"][0]
    assert len(button["value"]) < 200, "the button carries a reference, not the text"
    slack.send.interactive(button_click(slack, button, "c5-action"))
    [posted] = slack.fake.wait_for("chat.postMessage")
    assert_seed_brief(text_of(posted))


@pytest.mark.parametrize("text", ["", "help", "  "])
def test_brief_alone_or_help_answers_with_the_usage(slack, text):
    r = slack.send.command(command_fields(slack, text))
    assert r.status == 200
    assert r.json()["text"] == render.usage_text()
    assert r.json().get("response_type") == "ephemeral"


def test_brief_with_a_failing_link_says_so_privately(slack, web):
    slack.send.command(command_fields(slack, f"<{web.url('/missing')}>", "c3"))
    [reply] = slack.fake.wait_for("response_url")
    assert reply.body["response_type"] == "ephemeral"
    assert reply.body["text"] and "\n" not in reply.body["text"]
    assert "button" not in json.dumps(reply.body["blocks"])


def shortcut_body(slack: Harness, message_text: str, **message_fields) -> dict:
    body = payload("interactivity/message_shortcut.message_action.json")
    body["callback_id"] = "brief_message"
    body["response_url"] = slack.fake.response_url("shortcut")
    body["message"].update(text=message_text, **message_fields)
    body["message"].pop("blocks")
    return body


def test_message_shortcut_briefs_that_message_in_its_thread(slack, web, seed_text):
    url = web.add("/story", article_html(seed_text))
    body = shortcut_body(slack, f"look <{url}>")
    assert slack.send.interactive(body).status == 200
    [call] = slack.fake.wait_for("chat.postMessage")
    assert call.body["channel"] == body["channel"]["id"]
    assert call.body["thread_ts"] == body["message"]["ts"]
    assert_seed_brief(text_of(call))


def test_message_shortcut_briefs_a_short_text_too(slack, seed_text):
    short = seed_text.split("\n")[1]  # one paragraph: below the automatic threshold
    body = shortcut_body(slack, short, thread_ts="1583636000.000100")
    slack.send.interactive(body)
    [call] = slack.fake.wait_for("chat.postMessage")
    assert call.body["thread_ts"] == "1583636000.000100"
    assert "Ecuador" in text_of(call)


def test_message_shortcut_on_an_empty_message_answers_privately(slack):
    body = shortcut_body(slack, "")
    slack.send.interactive(body)
    [reply] = slack.fake.wait_for("response_url")
    assert reply.body["response_type"] == "ephemeral" and "no link or text" in reply.body["text"]
    assert slack.fake.find("chat.postMessage") == []


def test_message_shortcut_where_the_bot_cannot_post_tells_the_user_privately(slack, seed_text):
    slack.fake.errors["chat.postMessage"] = "not_in_channel"
    slack.send.interactive(shortcut_body(slack, seed_text))
    [reply] = slack.fake.wait_for("response_url")
    assert reply.body["response_type"] == "ephemeral" and "/invite" in reply.body["text"]
