"""Run the app: HTTP under waitress (production WSGI), or Socket Mode with SLACK_APP_TOKEN."""
from __future__ import annotations

import logging
from typing import Callable, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.config import Settings, require

__all__ = ["EVENTS_PATH", "HEALTH_PATH", "wsgi_app", "serve"]

log = logging.getLogger("briefbot.server")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"


def wsgi_app(app: App) -> Callable[[dict, Callable], Iterable[bytes]]:
    """Bolt's WSGI adapter at ``/slack/events`` plus an unauthenticated liveness probe."""
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            body = b"ok\n"
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
            return [body] if environ["REQUEST_METHOD"] == "GET" else []
        return slack(environ, start_response)

    return application


def serve(settings: Settings) -> None:
    """Block serving Slack; a missing variable fails at once with its name (SettingsError)."""
    socket_mode = bool(settings.slack_app_token)
    if socket_mode:
        require(settings, "slack_bot_token", "slack_app_token")
    else:
        require(settings, "slack_bot_token", "slack_signing_secret")

    from bot.service import build_service
    from handlers.app import build_app

    service = build_service(settings)
    service.warm_up()  # load the model before the first message, not during it
    app = build_app(settings, service)
    if socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("serving Slack in Socket Mode")
        SocketModeHandler(app, settings.slack_app_token).start()
        return

    import waitress

    log.info("serving Slack over HTTP on port %d at %s (health: %s)", settings.port, EVENTS_PATH, HEALTH_PATH)
    waitress.serve(wsgi_app(app), host="0.0.0.0", port=settings.port, threads=8, ident="briefbot")
