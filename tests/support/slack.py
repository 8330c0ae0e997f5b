"""Stand-ins for Slack in tests: a fake Web API, Slack's request signing, and the app served.

The fake Web API is a real HTTP server that the app's WebClient (``SLACK_API_URL``) and
Bolt's ``respond`` (a ``response_url`` pointing here) call over the network; every call is
recorded so a test can assert what the bot said, where and in which thread.
"""
from __future__ import annotations

import copy
import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable


PAYLOADS = Path(__file__).resolve().parents[3] / "shared" / "slack-payloads"
SIGNING_SECRET = "test-signing-secret-8f1c"
BOT_TOKEN = "xoxb-test-token"


def payload(relative: str) -> dict:
    """A fresh copy of a real sample payload from shared/slack-payloads."""
    return copy.deepcopy(json.loads((PAYLOADS / relative).read_text(encoding="utf-8")))


AUTH_TEST = payload("web-api/bolt-mock/auth.test.bot.json")
BOT_USER_ID = AUTH_TEST["user_id"]
BOT_ID = AUTH_TEST["bot_id"]


# -- signing ------------------------------------------------------------------------------


def signature(secret: str, timestamp: str, body: bytes) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(body: bytes, content_type: str, *, secret: str = SIGNING_SECRET,
                   timestamp: int | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Headers exactly as Slack sends them: the signature covers the raw body bytes."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    headers = {
        "Content-Type": content_type,
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature(secret, ts, body),
    }
    headers.update(extra or {})
    return headers


# -- the fake Web API ---------------------------------------------------------------------


@dataclass
class Call:
    method: str  # "chat.postMessage", ... or "response_url" for a POST to a response URL
    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 200  # the HTTP status the fake answered with (429 when rate limited)
    at: float = field(default_factory=time.monotonic)  # when it arrived (system-wide clock)


# Slack's Block Kit limits (reference: blocks, section, header, context, actions, button).
MAX_BLOCKS, MAX_SECTION_TEXT, MAX_HEADER_TEXT, MAX_CONTEXT_ELEMENTS = 50, 3000, 150, 10
MAX_MESSAGE_TEXT = 40_000


def block_problems(blocks: Any) -> list[str]:
    """What Slack would refuse in ``blocks`` (it answers ``invalid_blocks``); empty when fine."""
    if blocks is None:
        return []
    if not isinstance(blocks, list):
        return ["blocks is not a list"]
    problems = [f"{len(blocks)} blocks > {MAX_BLOCKS}"] if len(blocks) > MAX_BLOCKS else []
    for i, block in enumerate(blocks):
        kind = block.get("type")
        text = (block.get("text") or {}).get("text", "") if isinstance(block.get("text"), dict) else ""
        if kind == "section" and not 1 <= len(text) <= MAX_SECTION_TEXT:
            problems.append(f"block {i}: section text of {len(text)} chars")
        if kind == "header" and not 1 <= len(text) <= MAX_HEADER_TEXT:
            problems.append(f"block {i}: header text of {len(text)} chars")
        if kind == "context":
            elements = block.get("elements") or []
            if not 1 <= len(elements) <= MAX_CONTEXT_ELEMENTS:
                problems.append(f"block {i}: {len(elements)} context elements")
            for e in elements:
                if len(e.get("text") or "") > MAX_SECTION_TEXT:
                    problems.append(f"block {i}: context text of {len(e.get('text'))} chars")
        if kind == "actions":
            for e in block.get("elements") or []:
                if len(e.get("value") or "") > 2000 or len((e.get("text") or {}).get("text", "")) > 75:
                    problems.append(f"block {i}: button too long")
    return problems


class FakeSlack:
    """A fake ``https://slack.com/api/`` and response_url host on 127.0.0.1 (a free port)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.errors: dict[str, str] = {}  # method -> Slack error code to answer with
        self.rate_limited: dict[str, int] = {}  # method -> how many calls get HTTP 429 first
        self.retry_after = 1  # seconds, the Retry-After header of a 429
        self.check_blocks = True  # refuse what Slack refuses (invalid_blocks, msg_too_long)
        self.refuse_blocks: str | None = None  # e.g. "invalid_blocks": refuse any message with blocks
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                body = _parse_body(raw, self.headers.get("Content-Type", ""))
                path = urllib.parse.urlsplit(self.path).path
                status = 200
                if path.startswith("/api/"):
                    method = path[len("/api/"):]
                    if fake._take_rate_limit(method):
                        status, answer, extra = 429, {"ok": False, "error": "ratelimited"}, {
                            "Retry-After": str(fake.retry_after)}
                    else:
                        answer, extra = fake._answer(method, body)
                    data = json.dumps(answer).encode()
                    content_type = "application/json; charset=utf-8"
                else:
                    method, extra = "response_url", {}
                    data, content_type = b"ok", "text/plain"
                fake._record(Call(method, path, body, dict(self.headers.items()), status))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                for k, v in extra.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"  # what SLACK_API_URL would be

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/commands/T111/{name}"

    def _take_rate_limit(self, method: str) -> bool:
        with self._lock:
            left = self.rate_limited.get(method, 0)
            if left > 0:
                self.rate_limited[method] = left - 1
            return left > 0

    def _answer(self, method: str, body: dict) -> tuple[dict, dict[str, str]]:
        if method in self.errors:
            return {"ok": False, "error": self.errors[method]}, {}
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update") and self.refuse_blocks and body.get("blocks"):
            return {"ok": False, "error": self.refuse_blocks}, {}
        if method in ("chat.postMessage", "chat.postEphemeral", "chat.update") and self.check_blocks:
            problems = block_problems(body.get("blocks"))
            if problems:
                return {"ok": False, "error": "invalid_blocks", "errors": problems}, {}
            if len(str(body.get("text") or "")) > MAX_MESSAGE_TEXT:
                return {"ok": False, "error": "msg_too_long"}, {}
        if method == "auth.test":
            return AUTH_TEST, {"x-oauth-scopes": "chat:write,commands,channels:history"}
        if method == "chat.postMessage":
            ts = f"{int(time.time())}.{next(self._ts):06d}"
            message = {k: body.get(k) for k in ("text", "blocks", "thread_ts") if k in body}
            message.update(type="message", bot_id=BOT_ID, user=BOT_USER_ID, ts=ts)
            return {"ok": True, "channel": body.get("channel"), "ts": ts, "message": message}, {}
        return {"ok": True}, {}

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.errors.clear()
            self.rate_limited.clear()
            self.check_blocks = True
            self.refuse_blocks = None

    def find(self, method: str, **where: Any) -> list[Call]:
        with self._lock:
            calls = list(self.calls)
        return [c for c in calls if c.method == method and all(c.body.get(k) == v for k, v in where.items())]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0, **where: Any) -> list[Call]:
        """Poll until ``count`` matching calls arrived: replies come after the ack, in a worker."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.find(method, **where)
            if len(found) >= count:
                return found
            if time.monotonic() > deadline:
                seen = [(c.method, c.body.get("channel"), str(c.body.get("text"))[:60]) for c in self.calls]
                raise AssertionError(f"waited {timeout}s for {count} x {method} {where}; calls: {seen}")
            time.sleep(0.02)

    def __enter__(self) -> "FakeSlack":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _parse_body(raw: bytes, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    form = dict(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    for key in ("blocks", "attachments"):  # the SDK sends these JSON-encoded inside a form
        if isinstance(form.get(key), str):
            try:
                form[key] = json.loads(form[key])
            except ValueError:
                pass
    return form


# -- talking to the app like Slack does -------------------------------------------------------


@dataclass
class Response:
    status: int
    body: bytes
    headers: dict[str, str]

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


def http(method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None,
         timeout: float = 10.0) -> Response:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Response(r.status, r.read(), dict(r.headers.items()))
    except urllib.error.HTTPError as e:
        return Response(e.code, e.read(), dict(e.headers.items()))


class SlackSender:
    """Posts signed Events API, slash command and interactivity requests to the app."""

    def __init__(self, app_url: str, secret: str = SIGNING_SECRET) -> None:
        self.url = app_url.rstrip("/") + "/slack/events"
        self.secret = secret
        self._ids = itertools.count(1)

    def raw(self, body: bytes, content_type: str, **kw) -> Response:
        extra = kw.pop("headers", None)
        return http("POST", self.url, body, signed_headers(body, content_type, secret=kw.pop("secret", self.secret),
                                                            timestamp=kw.pop("timestamp", None), extra=extra))

    def event(self, body: dict, **kw) -> Response:
        return self.raw(json.dumps(body).encode(), "application/json", **kw)

    def command(self, fields: dict[str, str], **kw) -> Response:
        return self.raw(urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded", **kw)

    def interactive(self, body: dict, **kw) -> Response:
        form = urllib.parse.urlencode({"payload": json.dumps(body)}).encode()
        return self.raw(form, "application/x-www-form-urlencoded", **kw)

    def next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ids):06d}"


def burst(app_url: str, bodies: list[dict], *, secret: str = SIGNING_SECRET,
          timeout: float = 30.0) -> list[tuple[int, float]]:
    """Send every event at the same instant, as Slack's servers would: (status, seconds to the ack) each.

    The requests are signed here, then written all at once by ``tests.support.burst`` in a
    process of its own: in this one, the fake Slack and web servers would hold the GIL while
    the client waits to read a response, and their work would count as the app's latency.
    """
    import subprocess
    import sys

    url = app_url.rstrip("/") + "/slack/events"
    requests = []
    for body in bodies:
        raw = json.dumps(body).encode()
        requests.append({"body": raw.decode(), "headers": signed_headers(raw, "application/json", secret=secret)})
    done = subprocess.run([sys.executable, "-m", "tests.support.burst", url, str(timeout)],
                          input=json.dumps(requests), capture_output=True, text=True, timeout=timeout + 30,
                          cwd=Path(__file__).resolve().parents[2], check=True)
    return [tuple(r) for r in json.loads(done.stdout)]


def message_event(text: str, *, channel: str = "C111", ts: str, event_id: str, **event_fields: Any) -> dict:
    """The real ``message.plain.json`` sample with our text, channel, ts and event id."""
    body = payload("events-api/message.plain.json")
    body["event_id"] = event_id
    ev = body["event"]
    ev.update(text=text, channel=channel, ts=ts, event_ts=ts)
    ev.pop("blocks", None)  # rich_text would still say "Hello World!"
    ev.update(event_fields)
    return body


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


# -- the app, served for real ------------------------------------------------------------------


class AppServer:
    """``handlers.server.wsgi_app`` under waitress on a free port, wired to a FakeSlack.

    One per test session: the spaCy model loads once. Settings are passed explicitly
    (no environment, no ``.env``), with private fetches allowed for the loopback article server.
    """

    def __init__(self, redis_url: str | None, **overrides: Any) -> None:
        import waitress

        from bot.config import Settings
        from bot.service import build_service
        from handlers.app import build_app
        from handlers.server import wsgi_app

        self.fake = FakeSlack().__enter__()
        self.settings = Settings(
            _env_file=None,
            slack_bot_token=BOT_TOKEN,
            slack_signing_secret=SIGNING_SECRET,
            slack_api_url=self.fake.api_url.rstrip("/"),  # the trailing slash is Settings' job
            redis_url=redis_url,
            brief_fetch_allow_private=True,
            brief_fetch_timeout=5.0,
            **overrides,
        )
        self.service = build_service(self.settings, serving=True)  # parsing in a child, as served
        self.app = build_app(self.settings, self.service)
        self.service.warm_up()
        self.server = waitress.create_server(wsgi_app(self.app, self.service.answering), host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        self._closed = False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.server.close()
        self.service.close()
        self.fake.__exit__(None, None, None)


class ServeProcess:
    """``python -m bot serve`` in a subprocess on a free port: exactly what a deployment runs.

    Its output goes to a file (a pipe would fill up and block it under load); ``output()``
    reads it back, ``peak_rss_mb()`` is the kernel's high-water mark of its memory.
    """

    ROOT = Path(__file__).resolve().parents[2]

    def __init__(self, api_url: str, redis_url: str | None, workdir: Path, *, token: str = BOT_TOKEN,
                 **env: str) -> None:
        import os
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEF_", "REDIS_"))}
        self.env.update(PYTHONPATH=str(self.ROOT), PORT=str(self.port), SLACK_BOT_TOKEN=token,
                        SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=api_url, **env)
        if redis_url:
            self.env["REDIS_URL"] = redis_url
        self.workdir = workdir
        self.log_path = workdir / f"serve-{self.port}.log"
        self.proc = None

    def start(self) -> "ServeProcess":
        import subprocess
        import sys

        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "serve"], cwd=self.workdir, env=self.env,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        return self

    def ready(self, timeout: float = 120.0) -> bool:
        def up() -> bool:
            if self.proc.poll() is not None:
                return True
            try:
                return http("GET", self.url + "/healthz", timeout=1).status == 200
            except OSError:
                return False

        return wait_until(up, timeout=timeout) and self.proc.poll() is None

    def output(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def peak_rss_mb(self) -> float:
        """The server's high-water mark plus that of each child it runs (the extraction process)."""
        return sum(_peak_rss_kb(pid) for pid in [self.proc.pid, *self.child_pids()]) / 1024

    def child_pids(self) -> list[int]:
        pids = []
        for children in Path(f"/proc/{self.proc.pid}/task").glob("*/children"):
            try:
                pids += [int(p) for p in children.read_text().split()]
            except OSError:  # the thread ended meanwhile
                continue
        return pids

    def stop(self) -> str:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except Exception:
                self.proc.kill()
                self.proc.wait(10)
        if self.proc is not None:
            self._log.close()
        return self.output()


def _peak_rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:  # gone
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


_shared: AppServer | None = None
_shared_lock = threading.Lock()


def shared_app_server(redis_url: str) -> AppServer:
    """The session's one app server, whichever test module asks first."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = AppServer(redis_url)
        return _shared


def close_shared_app_server() -> None:
    global _shared
    with _shared_lock:
        if _shared is not None:
            _shared.close()
            _shared = None


ARTICLE_TITLE = "US nears deal with Ecuador to take asylum seekers"


def article_html(text: str, title: str = ARTICLE_TITLE) -> str:
    """A plain news page: the text as paragraphs inside <article>, as most sites serve it."""
    import html as _html

    paras = "\n".join(f"<p>{_html.escape(p)}</p>" for p in text.splitlines() if p.strip())
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{_html.escape(title)}</title>"
        "<meta property=\"og:site_name\" content=\"Example News\"></head><body>"
        "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
        f"<article><h1>{_html.escape(title)}</h1>\n{paras}\n</article>"
        "<footer>© Example News</footer></body></html>"
    )


def text_of(call: Call) -> str:
    """Everything a reader sees in a posted message: the blocks' texts, else the text."""
    blocks = call.body.get("blocks") or []
    out: list[str] = []
    for b in blocks:
        if isinstance(b.get("text"), dict):
            out.append(b["text"].get("text", ""))
        for e in b.get("elements", []):
            t = e.get("text")
            out.append(t.get("text", "") if isinstance(t, dict) else (t or ""))
    return "\n".join(out) if out else str(call.body.get("text", ""))


class Harness:
    """What a Slack test holds: the served app, the fake Web API, and a signed sender."""

    def __init__(self, server: AppServer) -> None:
        self.server = server
        self.fake = server.fake
        self.send = SlackSender(server.url)
        self.url = server.url
        self._events = itertools.count(1)

    def event_id(self) -> str:
        return f"Ev{time.time_ns()}{next(self._events)}"

    def post_message(self, text: str, *, channel: str = "C111", ts: str | None = None, **fields: Any) -> tuple[str, Response]:
        ts = ts or self.send.next_ts()
        r = self.send.event(message_event(text, channel=channel, ts=ts, event_id=self.event_id(), **fields))
        return ts, r
