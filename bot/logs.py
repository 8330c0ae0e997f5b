"""Structured logs: one ``key=value`` line per record (logfmt), configured in one place.

A record's structured fields come from ``extra={"fields": {...}}``; everything else a
library logs becomes ``msg="..."``. An exception is rendered on the same line (newlines
escaped), so a log shipper sees one record per line. Anything that looks like a Slack
token is masked before the line is written, whoever logged it.

    time=2026-11-28T09:30:00.123Z level=info logger=briefbot.brief msg=brief team=T1 kind=url cache=miss ...
"""
from __future__ import annotations

import logging
import re
import sys
import time
import traceback
from typing import Any, Mapping

__all__ = ["LogfmtFormatter", "configure", "fields", "redact"]

# xoxb-/xoxp-/xoxa-/xoxr-/xoxe-… bot/user/refresh tokens, xapp- app-level tokens.
_TOKEN = re.compile(r"\bx(?:ox[a-z](?:\.[a-z0-9]+)?|app)-[A-Za-z0-9-]+")
_BARE = re.compile(r"^[A-Za-z0-9_.:/@+\-]+$")  # what needs no quoting in logfmt

# Libraries whose INFO lines would repeat every request (or their bodies at DEBUG).
_QUIET = {"slack_sdk": logging.WARNING, "slack_bolt": logging.WARNING, "urllib3": logging.WARNING,
          "httpx": logging.WARNING, "httpcore": logging.WARNING}


def redact(text: str) -> str:
    return _TOKEN.sub(lambda m: m.group(0)[:5] + "…redacted", text)


def fields(**values: Any) -> dict[str, dict[str, Any]]:
    """``log.info("brief", extra=fields(team=..., cache="hit"))``."""
    return {"fields": values}


def _value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.1f}"
    text = str(value)
    if text and _BARE.match(text):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


class LogfmtFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        created = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        parts = [
            f"time={created}.{int(record.msecs):03d}Z",
            f"level={record.levelname.lower()}",
            f"logger={_value(record.name)}",
            f"msg={_value(record.getMessage())}",
        ]
        extra: Mapping[str, Any] = getattr(record, "fields", None) or {}
        parts.extend(f"{key}={_value(val)}" for key, val in extra.items())
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, exc, tb = record.exc_info
            parts.append(f"error={_value(exc_type.__name__)}")
            parts.append(f"trace={_value(''.join(traceback.format_exception(exc_type, exc, tb)).strip())}")
        return redact(" ".join(parts))


def configure(level: int = logging.INFO, stream=None) -> None:
    """Install the one handler on the root logger (``python -m bot`` calls this once)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(LogfmtFormatter())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name, quiet in _QUIET.items():
        logging.getLogger(name).setLevel(max(quiet, level))
