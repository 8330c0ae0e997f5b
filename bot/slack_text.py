"""Slack message markup: find the links a user posted, and turn markup into readable text.

Slack sends links as ``<https://x|label>`` or ``<https://x>``, mentions as
``<@U123>``, channels as ``<#C123|name>`` and specials as ``<!here>``; text in
`code` or ```blocks``` is quoted material, not a request to fetch.
"""
from __future__ import annotations

import html
import re

__all__ = ["find_links", "find_typed_links", "plain_text"]

_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
_ANGLE = re.compile(r"<([^<>\s][^<>]*)>")


def _strip_code(text: str) -> str:
    """Blank out code spans and blocks (keeping length) so their links are not picked up."""
    return _CODE.sub(lambda m: " " * len(m.group(0)), text)


def _split(inner: str) -> tuple[str, str | None]:
    target, sep, label = inner.partition("|")
    return target, (label if sep else None)


_BARE = re.compile(r"https?://[^\s<>`|]+", re.I)
_TRAILING = ".,;:!?'\"”’»"


def _trim(url: str) -> str:
    """Typed URLs end before sentence punctuation and before an unbalanced closing parenthesis."""
    while url and (url[-1] in _TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def find_links(text: str, *, bare: bool = False) -> list[str]:
    """http(s) links in a Slack message, in order and without repeats; code is left alone.

    Slack marks up every link it detects, so by default only ``<...>`` markup counts.
    ``bare=True`` also takes typed URLs, for slash-command text sent without escaping.
    """
    found: list[tuple[int, str]] = []
    scrubbed = _strip_code(text or "")
    for m in _ANGLE.finditer(scrubbed):
        target, _label = _split(m.group(1))
        target = html.unescape(target.strip())
        if re.match(r"https?://[^\s/]", target, re.I):  # not mailto:, tel:, <@U..>, <#C..>, <!here> ...
            found.append((m.start(), target))
    if bare:
        outside = _ANGLE.sub(lambda m: " " * len(m.group(0)), scrubbed)
        for m in _BARE.finditer(outside):
            url = _trim(html.unescape(m.group(0)))
            if re.match(r"https?://[^\s/]", url, re.I):
                found.append((m.start(), url))
    seen: set[str] = set()
    links: list[str] = []
    for _pos, url in sorted(found, key=lambda item: item[0]):
        if url not in seen:
            seen.add(url)
            links.append(url)
    return links


def find_typed_links(text: str) -> list[str]:
    """Links in slash-command text, which arrives unescaped: typed URLs as well as ``<...>`` markup."""
    return find_links(text, bare=True)


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
