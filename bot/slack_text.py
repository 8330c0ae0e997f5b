"""Slack message markup: find the links a user posted, and turn markup into readable text.

Slack sends links as ``<https://x|label>`` or ``<https://x>``, mentions as
``<@U123>``, channels as ``<#C123|name>`` and specials as ``<!here>``; text in
`code` or ```blocks``` is quoted material, not a request to fetch.
"""
from __future__ import annotations

import html
import re

__all__ = ["find_links", "plain_text"]

_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
_ANGLE = re.compile(r"<([^<>\s][^<>]*)>")


def _strip_code(text: str) -> str:
    """Blank out code spans and blocks (keeping length) so their links are not picked up."""
    return _CODE.sub(lambda m: " " * len(m.group(0)), text)


def _split(inner: str) -> tuple[str, str | None]:
    target, sep, label = inner.partition("|")
    return target, (label if sep else None)


def find_links(text: str) -> list[str]:
    """http(s) links in a Slack message, in order and without repeats; code is left alone."""
    seen: set[str] = set()
    links: list[str] = []
    for m in _ANGLE.finditer(_strip_code(text or "")):
        target, _label = _split(m.group(1))
        target = html.unescape(target.strip())
        if not re.match(r"https?://[^\s/]", target, re.I):
            continue  # mailto:, tel:, <@U..>, <#C..>, <!here> ...
        if target not in seen:
            seen.add(target)
            links.append(target)
    return links


def _render(match: re.Match[str]) -> str:
    target, label = _split(match.group(1))
    if target.startswith("!date^"):
        return label or ""  # a formatted date: its fallback text is the readable form
    if target.startswith("@") or target.startswith("!"):
        return ""  # user, group and broadcast mentions carry no content
    if target.startswith("#"):
        return f"#{label}" if label else ""
    if target.lower().startswith("mailto:"):
        return label or target[len("mailto:"):]
    return label or target


def plain_text(text: str) -> str:
    """Readable text for pasted-text briefs: link labels (or URLs), channel names, no mentions."""
    out = _ANGLE.sub(_render, text or "")
    out = html.unescape(out)  # Slack escapes &, < and > in message text
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r" +\n", "\n", out)
    return out.strip()
