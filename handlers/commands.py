"""``/brief``: a private brief for the person who asked, with a button to share it.

The reply goes through ``respond`` (the command's response_url), which works in any
conversation, even ones the bot is not a member of.
"""
from __future__ import annotations

import functools
import logging

from pydantic import ValidationError
from slack_bolt import App
from slack_sdk.errors import SlackApiError

from bot import messages, render
from bot.service import BriefRequest, BriefService
from handlers.replies import cannot_post, fallback_text, team_of

__all__ = ["register", "POST_ACTION_ID", "MAX_VALUE_CHARS"]

log = logging.getLogger("briefbot.slack")

POST_ACTION_ID = "brief_post_to_channel"
MAX_VALUE_CHARS = 2000  # Slack's limit on a button's value


def _post_button(request: BriefRequest) -> dict:
    """The button carries the (shareable) request, not the brief: a click finds it in the cache."""
    value = request.model_dump_json()
    if len(value) > MAX_VALUE_CHARS:  # a link longer than Slack lets a button carry
        return {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": "This link is too long to share from here: "
                          "post it in the channel and I'll brief it in its thread."}],
        }
    return {
        "type": "actions",
        "elements": [{
            "type": "button",
            "action_id": POST_ACTION_ID,
            "text": {"type": "plain_text", "text": "Post to channel"},
            "style": "primary",
            "value": value,
        }],
    }


def _respond_with_briefs(service: BriefService, respond, requests: list[BriefRequest], team_id: str) -> None:
    for request in requests:
        outcome = service.brief_for(request, team_id=team_id)
        if outcome.brief is None:
            error = outcome.error or messages.internal_error()
            respond(text=error, blocks=render.error_blocks(error), response_type="ephemeral")
            continue
        blocks = render.brief_to_blocks(outcome.brief, max_blocks=render.MAX_BLOCKS - 1)
        blocks.append(_post_button(service.shareable(request)))
        respond(text=fallback_text(outcome), blocks=blocks, response_type="ephemeral",
                unfurl_links=False, unfurl_media=False)


def _post_to_channel(service: BriefService, client, respond, *, request: BriefRequest, channel: str,
                     user: str, team_id: str) -> None:
    outcome = service.brief_for(request, team_id=team_id)
    if outcome.brief is None:
        error = outcome.error or messages.internal_error()
        respond(text=error, blocks=render.error_blocks(error), response_type="ephemeral", replace_original=False)
        return
    blocks = render.brief_to_blocks(outcome.brief, max_blocks=render.MAX_BLOCKS - 1)
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"Shared by <@{user}> with /brief"}]})
    try:
        client.chat_postMessage(channel=channel, blocks=blocks, text=fallback_text(outcome),
                                unfurl_links=False, unfurl_media=False)
    except SlackApiError as exc:
        error = exc.response.get("error")
        log.warning("post to channel failed channel=%s error=%s", channel, error)
        text = cannot_post(str(error))
        respond(text=text, blocks=render.error_blocks(text), response_type="ephemeral", replace_original=False)
        return
    respond(delete_original=True)


def register(app: App, service: BriefService) -> None:
    @app.command("/brief")
    def on_brief(ack, command, context, respond):
        requests = service.requests_in_command(command.get("text"))
        if not requests:
            ack(text=render.usage_text(), response_type="ephemeral")
            return
        ack(text=f":hourglass_flowing_sand: Briefing {'the text' if requests[0].kind == 'text' else _links(len(requests))}…",
            response_type="ephemeral")
        job = functools.partial(_respond_with_briefs, service, respond, requests, team_of(context, command))
        if not service.submit(job):
            respond(text=messages.busy(), response_type="ephemeral")

    @app.action(POST_ACTION_ID)
    def on_post(ack, body, action, context, client, respond):
        ack()
        try:
            request = BriefRequest.model_validate_json(action.get("value") or "")
        except ValidationError:
            log.warning("post-to-channel button with an unreadable value")
            respond(text=messages.internal_error(), response_type="ephemeral", replace_original=False)
            return
        job = functools.partial(
            _post_to_channel, service, client, respond, request=request,
            channel=(body.get("channel") or {}).get("id") or context.channel_id,
            user=(body.get("user") or {}).get("id") or context.user_id, team_id=team_of(context, body),
        )
        if not service.submit(job):
            respond(text=messages.busy(), response_type="ephemeral", replace_original=False)


def _links(n: int) -> str:
    return "the link" if n == 1 else f"{n} links"
