"""Run the app: HTTP under waitress (production WSGI), or Socket Mode with SLACK_APP_TOKEN."""
from __future__ import annotations

import contextlib
import io
import json
import logging
import signal
from typing import Any, Callable, ContextManager, Iterable

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.request.internals import parse_body

from bot.config import Settings, require

__all__ = ["EVENTS_PATH", "HEALTH_PATH", "wsgi_app", "serve"]

log = logging.getLogger("briefbot.server")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 4 * 1024 * 1024  # Slack's payloads are far smaller; more is not from Slack

# Bolt reads these without checking their type: another shape would crash it (a 500) before
# the signature is even checked. Ids are a string or an object; the rest are objects.
_ID_KEYS = ("team", "enterprise", "user", "channel")
_OBJECT_KEYS = ("event", "message", "previous_message", "item", "view", "assistant_thread",
                "function_data", "container", "state")
_NEVER_NULL = ("event", "view")


def _shape_ok(obj: Any, depth: int = 0) -> bool:
    if not isinstance(obj, dict):
        return False
    for key in _ID_KEYS:
        if obj.get(key) is not None and not isinstance(obj[key], (str, dict)):
            return False
    auths = obj.get("authorizations")
    if auths is not None and not (isinstance(auths, list) and all(isinstance(a, dict) for a in auths)):
        return False
    if not isinstance(obj.get("actions", []), list):
        return False
    for key in _OBJECT_KEYS:
        value = obj.get(key)
        if value is None:  # Bolt's ``.get("event", {})`` does not survive an explicit null
            if key in obj and key in _NEVER_NULL:
                return False
        elif depth > 3 or not _shape_ok(value, depth + 1):
            return False
    return True


def malformed(raw: bytes, content_type: str | None) -> str | None:
    """Why a body cannot be a Slack request (Bolt would crash on it), or ``None``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "body is not UTF-8"
    if not text:
        return None
    try:
        body = parse_body(text, content_type)
    except ValueError:  # JSONDecodeError, a broken form
        return "body is not valid JSON or form data"
    return None if _shape_ok(body) else "body is not a Slack payload"


class _QueueDepthOncePerBacklog(logging.Filter):
    """waitress warns at every request that waits for a free thread (a burst of 100: a hundred
    lines); keep one line per backlog, with the depth it reached, at most every ``every`` seconds."""

    def __init__(self, every: float = 10.0) -> None:
        super().__init__()
        self.every = every
        self._last = float("-inf")
        self._deepest = 0

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != "Task queue depth is %d" or not record.args:
            return True
        depth = record.args[0] if isinstance(record.args, tuple) else 0
        self._deepest = max(self._deepest, depth)
        now = record.created
        if now - self._last < self.every:
            return False
        record.msg, record.args = "requests waiting for a free thread: %d (deepest since the last such line: %d)", (depth, self._deepest)
        self._last, self._deepest = now, 0
        return True


logging.getLogger("waitress.queue").addFilter(_QueueDepthOncePerBacklog())


def _reject(start_response: Callable, status: str, reason: str) -> list[bytes]:
    body = json.dumps({"error": reason}).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def wsgi_app(app: App, answering: Callable[[], ContextManager[None]] | None = None,
             ) -> Callable[[dict, Callable], Iterable[bytes]]:
    """Bolt's WSGI adapter at ``/slack/events`` plus an unauthenticated liveness probe.

    ``answering`` (``BriefService.answering``) marks each request in hand, so that the
    briefs it queues wait until Slack has its ack.
    """
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    in_hand = answering or contextlib.nullcontext

    def application(environ: dict, start_response: Callable) -> Iterable[bytes]:
        with in_hand():
            return respond(environ, start_response)

    def respond(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            body = b"ok\n"
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))])
            return [body] if environ["REQUEST_METHOD"] == "GET" else []
        if environ.get("PATH_INFO") == EVENTS_PATH and environ.get("REQUEST_METHOD") == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= MAX_BODY_BYTES:
                return _reject(start_response, "413 Payload Too Large", "request body too large")
            raw = environ["wsgi.input"].read(length) if length else b""
            reason = malformed(raw, environ.get("CONTENT_TYPE"))
            if reason is not None:
                log.warning("rejected a request to %s: %s", EVENTS_PATH, reason)
                return _reject(start_response, "400 Bad Request", reason)
            environ["wsgi.input"] = io.BytesIO(raw)  # Bolt reads it again
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

    service = build_service(settings, serving=True)
    app = build_app(settings, service)  # checks the token (auth.test) before the slow model load
    previous = signal.signal(signal.SIGTERM, _stop)  # a platform stops a process with SIGTERM
    try:
        service.warm_up()  # load the model before the first message, not during it
        if socket_mode:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            log.info("serving Slack in Socket Mode")
            SocketModeHandler(app, settings.slack_app_token).start()
            return

        import sys

        import waitress

        # Parsing runs in a child, but fetching, Redis and posting to Slack still take this
        # process's GIL; a 1 ms switch interval (default 5 ms) lets the threads that ack
        # Slack in sooner. Measured in bench/bench_service.py.
        sys.setswitchinterval(0.001)

        log.info("serving Slack over HTTP on port %d at %s (health: %s)", settings.port, EVENTS_PATH, HEALTH_PATH)
        waitress.serve(wsgi_app(app, service.answering), host="0.0.0.0", port=settings.port, threads=8, connection_limit=1000, ident="briefbot")
    finally:
        service.close()  # the extraction children leave with the server
        signal.signal(signal.SIGTERM, previous)


def _stop(signum: int, frame: Any) -> None:
    log.info("stopping on signal %d", signum)
    raise SystemExit(0)
