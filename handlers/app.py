"""The Bolt app: one place that wires every Slack surface to the one service."""
from __future__ import annotations

import logging

from slack_bolt import App, BoltResponse
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.config import Settings, SettingsError
from bot.service import BriefService
from handlers import commands, messages, shortcuts

__all__ = ["build_app"]

log = logging.getLogger("briefbot.slack")
bolt_log = logging.getLogger("briefbot.bolt")


class _NotOurToken(logging.Filter):
    """Bolt also reads SLACK_BOT_TOKEN itself and warns it "will be unused" next to our client."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "will be unused" not in record.getMessage()


bolt_log.addFilter(_NotOurToken())


def build_app(settings: Settings, service: BriefService) -> App:
    """An App whose WebClient talks to ``settings.slack_api_base`` (a fake server in tests).

    Bolt calls ``auth.test`` here, once, to learn the bot's own ids (self-event filtering),
    so the Web API must be reachable when this runs.
    """
    client = WebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_base,
        retry_handlers=[ConnectionErrorRetryHandler(), RateLimitErrorRetryHandler(max_retry_count=2)],
    )
    try:
        app = App(
            client=client,
            signing_secret=settings.slack_signing_secret or "",
            logger=bolt_log,
            # Listeners ack, queue the slow work on the service's pool and return: Slack's
            # 3-second clock only ever waits for the ack.
            process_before_response=False,
        )
    except BoltError as exc:  # auth.test said no: a wrong, revoked or non-bot token
        refused = exc.__context__
        code = refused.response.get("error") if isinstance(refused, SlackApiError) else None
        raise SettingsError(
            f"SLACK_BOT_TOKEN was refused by Slack (auth.test: {code or 'failed'}): "
            "set the Bot User OAuth Token (xoxb-…) of the installed app"
        ) from None
    except OSError as exc:  # URLError, refused, DNS: Slack's Web API is out of reach
        raise SettingsError(
            f"cannot reach Slack's Web API at {settings.slack_api_base} to check SLACK_BOT_TOKEN "
            f"({getattr(exc, 'reason', None) or exc}): check SLACK_API_URL and the network"
        ) from None
    messages.register(app, service)
    commands.register(app, service)
    shortcuts.register(app, service)

    @app.middleware
    def slack_rate_limited_us(body, next):
        """Past 30,000 events an hour per workspace Slack drops events and says so, once a minute,
        with ``app_rate_limited`` (signed, but not an event Bolt routes): log it and say 200."""
        if isinstance(body, dict) and body.get("type") == "app_rate_limited":
            log.warning("Slack is dropping events for this app: rate limited team=%s minute=%s",
                        body.get("team_id"), body.get("minute_rate_limited"))
            return BoltResponse(status=200, body="")
        return next()

    @app.error
    def on_error(error, body):
        """A failure is logged here and never shown in Slack as a traceback."""
        kind = body.get("type") if isinstance(body, dict) else None
        log.error("unhandled error in a Slack listener (request type=%s)", kind, exc_info=error)

    return app
