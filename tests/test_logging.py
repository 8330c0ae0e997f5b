"""Logs: one structured line per record, one line per brief with its timings and cache use,
and never a token or the text of a message at INFO."""
from __future__ import annotations

import io
import logging
import re

import pytest

from bot.logs import LogfmtFormatter, configure, fields, redact
from tests.conftest import SEED_TEXT, TEST_REDIS_URL
from tests.support.slack import BOT_TOKEN, AppServer, Harness, article_html

PHRASE = "marmalade consortium of Zanzibar"  # appears in the posted text, must not in the logs
LINE = re.compile(r'^time=\S+Z level=(debug|info|warning|error|critical) logger=\S+ msg=("[^"\\]*(\\.[^"\\]*)*"|\S+)( |$)')


def _parse(line: str) -> dict[str, str]:
    return {k: v.strip('"') for k, v in re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', line)}


@pytest.fixture
def captured():
    """Everything logged at INFO and above, formatted as ``python -m bot serve`` formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(LogfmtFormatter())
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


@pytest.fixture(scope="module")
def app():
    server = AppServer(TEST_REDIS_URL)
    yield server
    server.close()


def test_formatter_writes_one_logfmt_line_with_fields_and_the_exception_inline():
    fmt = LogfmtFormatter()
    record = logging.LogRecord("briefbot.brief", logging.INFO, __file__, 1, "brief", None, None)
    record.fields = {"team": "T1", "cache": "hit", "elapsed_ms": 12.345, "ok": True, "note": 'a "quoted"\nvalue'}
    line = fmt.format(record)
    assert LINE.match(line) and "\n" not in line
    assert "team=T1 cache=hit elapsed_ms=12.3 ok=true" in line
    assert _parse(line)["note"] == 'a \\"quoted\\"\\nvalue'
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed %s", ("here",), sys.exc_info())
    line = fmt.format(record)
    assert "\n" not in line and "error=ValueError" in line and "msg=\"failed here\"" in line and "trace=" in line


def test_formatter_masks_anything_that_looks_like_a_slack_token():
    fmt = LogfmtFormatter()
    secrets = ["xoxb-1234-5678-abcdEFGH", "xoxp-1-2-3-4", "xapp-1-A111-222-abc", "xoxe.xoxp-1-abc"]
    record = logging.LogRecord("slack_sdk", logging.WARNING, __file__, 1, "headers %s", (secrets,), None)
    line = fmt.format(record)
    for secret in secrets:
        assert secret not in line
    assert "redacted" in line
    assert redact("no tokens here: xox, xoxb") == "no tokens here: xox, xoxb"


def test_configure_installs_one_handler_and_quiets_chatty_libraries():
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    try:
        configure(logging.INFO, stream=stream)
        configure(logging.INFO, stream=stream)  # twice: still one handler
        assert len(root.handlers) == 1
        logging.getLogger("briefbot.test").info("hello", extra=fields(a=1))
        logging.getLogger("slack_sdk.web.base_client").info("a request body would go here")
        lines = stream.getvalue().splitlines()
        assert len(lines) == 1 and LINE.match(lines[0]) and lines[0].endswith("msg=hello a=1")
    finally:
        root.handlers[:] = saved[0]
        root.setLevel(saved[1])
        logging.getLogger("slack_sdk").setLevel(logging.NOTSET)


def test_one_structured_line_per_brief_without_token_or_message_text(app, redis_url, web, captured):
    slack = Harness(app)
    app.fake.reset()
    text = f"{SEED_TEXT}\n\nThe {PHRASE} declined to comment."
    url = web.add("/secret-story-path", article_html(f"{SEED_TEXT}\n\nThe {PHRASE} said nothing."))
    for message in (text, f"read <{url}>", text):  # a text (miss), a link (miss), the text again (hit)
        ts, r = slack.post_message(message, channel="CLOG")
        assert r.status == 200
        slack.fake.wait_for("chat.postMessage", thread_ts=ts, timeout=30)

    logged = captured.getvalue()
    lines = logged.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines
    briefs = [_parse(line) for line in lines if " msg=brief " in line]
    assert [(b["kind"], b["cache"]) for b in briefs] == [("text", "miss"), ("url", "miss"), ("text", "hit")]
    for b in briefs:
        assert b["team"] == "T111" and b["ok"] == "true" and float(b["elapsed_ms"]) >= 0
        assert {"fetch_ms", "extract_ms", "parties", "funding", "designations"} <= set(b)
    assert float(briefs[1]["fetch_ms"]) > 0 and float(briefs[0]["extract_ms"]) > 0
    assert float(briefs[2]["extract_ms"]) == 0  # a hit extracts nothing

    assert BOT_TOKEN not in logged and "xoxb-" not in logged
    assert PHRASE not in logged and "Ecuador" not in logged, "no message or article text at INFO"
    assert "secret-story-path" not in logged, "nor the links people posted"


def test_a_burst_waiting_for_waitress_threads_logs_one_line_not_one_per_request():
    from handlers.server import _QueueDepthOncePerBacklog

    keep = _QueueDepthOncePerBacklog(every=10.0)
    t0 = 1_000_000.0

    def queued(depth: int, at: float) -> logging.LogRecord:
        record = logging.LogRecord("waitress.queue", logging.WARNING, __file__, 1, "Task queue depth is %d", (depth,), None)
        record.created = at
        return record

    burst = [queued(d, t0 + d / 1000) for d in range(1, 91)]  # 90 requests queued within 0.1 s
    kept = [r for r in burst if keep.filter(r)]
    assert len(kept) == 1
    later = queued(3, t0 + 11)  # the next backlog, after ``every``
    assert keep.filter(later) and "deepest since the last such line: 90" in later.getMessage()
    other = logging.LogRecord("waitress.queue", logging.WARNING, __file__, 1, "something else", None, None)
    assert keep.filter(other), "only the queue-depth line is thinned"
