"""The message shortcut "Brief this message": the user's explicit ask, so any length is briefed."""
from __future__ import annotations

import functools
import logging

from slack_bolt import App

from bot import messages, render
from bot.service import BriefService
from handlers.replies import cannot_post, post_outcomes_in_thread, team_of

__all__ = ["register", "CALLBACK_ID"]

log = logging.getLogger("briefbot.slack")

CALLBACK_ID = "brief_message"

NOTHING_TO_BRIEF = "There is no link or text in that message for me to brief."


def register(app: App, service: BriefService) -> None:
    @app.shortcut(CALLBACK_ID)
    def on_brief_message(ack, shortcut, context, client, respond):
        ack()
        message = shortcut.get("message") or {}
        requests = service.requests_in_shortcut(message.get("text"))
        if not requests:
            _tell(respond, NOTHING_TO_BRIEF)
            return
        channel = (shortcut.get("channel") or {}).get("id") or context.channel_id
        thread_ts = message.get("thread_ts") or message.get("ts") or shortcut.get("message_ts")
        job = functools.partial(
            post_outcomes_in_thread,
            service,
            client,
            channel=channel,
            thread_ts=thread_ts,
            requests=requests,
            team_id=team_of(context, shortcut),
            on_post_error=lambda error: _tell(respond, cannot_post(error)),
        )
        if not service.submit(job):
            _tell(respond, messages.busy())


def _tell(respond, text: str) -> None:
    """Only the person who used the shortcut sees this."""
    respond(text=text, blocks=render.error_blocks(text), response_type="ephemeral")
