"""Message events: a link or a long text in a channel gets a brief in its thread."""
from __future__ import annotations

import logging

from slack_bolt import App

from bot.service import BriefService
from handlers.replies import busy_in_thread, post_outcomes_in_thread, team_of

__all__ = ["register", "is_answerable"]

log = logging.getLogger("briefbot.slack")

# A plain message has no subtype; these two still carry a person's words. Everything else
# (edits, deletions, joins, bot_message, ...) would answer twice, answer a bot or loop.
ANSWERED_SUBTYPES = {None, "thread_broadcast", "file_share"}


def is_answerable(event: dict, bot_user_id: str | None) -> bool:
    """Only people's new messages: modern bot posts have ``bot_id`` but no subtype."""
    subtype = event.get("subtype")
    if not (subtype is None or isinstance(subtype, str)) or subtype not in ANSWERED_SUBTYPES or event.get("hidden"):
        return False
    if event.get("bot_id") or event.get("bot_profile") or not isinstance(event.get("user"), str) or not event["user"]:
        return False
    return not (bot_user_id and event.get("user") == bot_user_id)


def register(app: App, service: BriefService) -> None:
    @app.event("message")
    def on_message(ack, event, body, context, client):
        ack()
        if not is_answerable(event, context.bot_user_id):
            return
        text, channel, ts = event.get("text"), event.get("channel"), event.get("ts")
        if not (isinstance(text, str) and isinstance(channel, str) and isinstance(ts, str)):
            return  # not a message as Slack sends them: nothing to answer, nowhere to answer
        requests = service.requests_in_message(text)
        if not requests:
            return
        event_id = body.get("event_id")
        thread_ts = event.get("thread_ts") if isinstance(event.get("thread_ts"), str) else None
        thread_ts = thread_ts or ts

        def claimed() -> bool:
            """Slack redelivers an event it thinks was not acked; a message also arrives once per
            process in a scaled deployment. The first claim wins, the others stay silent. The
            claims are Redis round trips, so they run in the job, after the ack."""
            if event_id and not service.claim(f"evt:{event_id}"):
                return False
            return service.claim(f"msg:{channel}:{ts}")

        def answer() -> None:
            if claimed():
                post_outcomes_in_thread(service, client, channel=channel, thread_ts=thread_ts,
                                        requests=requests, team_id=team_of(context, body))

        if not service.submit(answer) and claimed():
            log.warning("pool full, message not briefed channel=%s ts=%s", channel, ts)
            busy_in_thread(client, channel, thread_ts)
