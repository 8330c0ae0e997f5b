"""How an outcome is posted, shared by every surface so a brief looks the same everywhere."""
from __future__ import annotations

import logging
from typing import Callable, Sequence

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import messages, render
from bot.service import BriefOutcome, BriefRequest, BriefService

__all__ = [
    "team_of", "thread_payload", "reply_in_thread", "post_outcomes_in_thread", "busy_in_thread",
    "fallback_text", "cannot_post",
]

log = logging.getLogger("briefbot.slack")

BLOCKS_REFUSED = {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "msg_blocks_too_long"}
FALLBACK_CHARS = 3000  # notification/accessibility text; the blocks carry the brief


def team_of(context, body: dict) -> str:
    """Cache keys are per workspace; Enterprise Grid events may carry only the enterprise."""
    team = body.get("team")
    team = team.get("id") if isinstance(team, dict) else team
    for candidate in (context.team_id, body.get("team_id"), team, context.enterprise_id):
        if candidate and isinstance(candidate, str):  # a payload of another shape is not a team
            return candidate
    return "unknown"


def fallback_text(outcome: BriefOutcome) -> str:
    if outcome.brief is None:
        return outcome.error or messages.internal_error()
    text = render.brief_to_text(outcome.brief)
    return text if len(text) <= FALLBACK_CHARS else text[: FALLBACK_CHARS - 1] + "…"


def _label(request: BriefRequest) -> str:
    return request.value[:80] if request.kind == "url" else "the text"


def thread_payload(outcome: BriefOutcome, *, several: bool = False) -> dict:
    """Blocks and text for one outcome; a failure is one line naming the link when there are several."""
    if outcome.brief is not None:
        return {"blocks": render.brief_to_blocks(outcome.brief), "text": fallback_text(outcome)}
    error = outcome.error or messages.internal_error()
    if several:
        error = f"{_label(outcome.request)}: {error}"
    return {"blocks": render.error_blocks(error), "text": error}


def reply_in_thread(client: WebClient, channel: str, thread_ts: str, payload: dict) -> None:
    """Every reply goes to the thread without link previews (the brief is the preview)."""
    client.chat_postMessage(
        channel=channel, thread_ts=thread_ts, unfurl_links=False, unfurl_media=False, **payload
    )


def post_outcomes_in_thread(
    service: BriefService,
    client: WebClient,
    *,
    channel: str,
    thread_ts: str,
    requests: Sequence[BriefRequest],
    team_id: str,
    on_post_error: Callable[[str], None] | None = None,
) -> None:
    """The slow part, run in the service's pool: one reply per request, in order, as each is ready.

    ``on_post_error`` gets Slack's error code when a reply cannot be posted (a shortcut
    can tell its user privately; a message event has nobody to tell but the log).
    """
    for request in requests:
        outcome = service.brief_for(request, team_id=team_id)
        payload = thread_payload(outcome, several=len(requests) > 1)
        try:
            try:
                reply_in_thread(client, channel, thread_ts, payload)
            except SlackApiError as exc:
                if exc.response.get("error") not in BLOCKS_REFUSED:
                    raise
                # Slack refused the layout for a reason render.py does not know: the plain text
                # still carries the brief, so post that rather than nothing.
                log.warning("blocks refused (%s), posting the text alone", exc.response.get("error"))
                reply_in_thread(client, channel, thread_ts, {"text": payload["text"][:FALLBACK_CHARS]})
        except SlackApiError as exc:
            error = str(exc.response.get("error"))
            log_post_failure(channel, error)
            if on_post_error is not None:
                on_post_error(error)
            return


TOKEN_ERRORS = {"invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive"}


def log_post_failure(channel: str, error: str, *, what: str = "reply") -> None:
    """A refused token is an operator's problem on every message until fixed: say so loudly, once a line."""
    if error in TOKEN_ERRORS:
        log.error("Slack refused the bot token (%s): the app was uninstalled or SLACK_BOT_TOKEN was revoked; "
                  "no %s can be posted until it is replaced", error, what)
    else:
        log.warning("chat.postMessage failed channel=%s error=%s (%s)", channel, error, what)


def cannot_post(error: str) -> str:
    """What to tell a person when Slack refused our message, by Slack's error code."""
    if error in {"not_in_channel", "channel_not_found", "is_archived"}:
        return "I can't post in this conversation: invite me (`/invite @briefbot`) and try again."
    return messages.internal_error()


def busy_in_thread(client: WebClient, channel: str, thread_ts: str) -> None:
    try:
        reply_in_thread(client, channel, thread_ts, {"text": messages.busy(), "blocks": render.error_blocks(messages.busy())})
    except SlackApiError as exc:
        log_post_failure(channel, str(exc.response.get("error")), what="busy notice")
