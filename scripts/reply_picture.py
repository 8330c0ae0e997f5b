"""Draw the bot's Block Kit reply to the seed article as Slack would, for the README.

Usage: .venv/bin/python scripts/reply_picture.py docs/reply.png   (needs Debian's chromium)
Only the block types the bot sends are drawn; it is a picture, not a Slack client.
"""
from __future__ import annotations

import html
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.cli import SEED
from bot.config import Settings
from bot.render import brief_to_blocks
from bot.service import BriefRequest, build_service

CSS = """
body{font:15px/1.46 'DejaVu Sans',sans-serif;margin:0;background:#fff;color:#1d1c1d}
.msg{display:flex;padding:16px 20px;width:760px}
.avatar{width:36px;height:36px;border-radius:6px;background:#4a154b;color:#fff;font-weight:bold;
 display:flex;align-items:center;justify-content:center;margin-right:10px;flex:none}
.name{font-weight:bold}.app{font-size:10px;background:#ddd;border-radius:2px;padding:1px 3px;margin-left:4px;color:#555}
.time{color:#616061;font-size:12px;margin-left:6px}
.header{font-weight:bold;font-size:17px;margin:4px 0}
.context{color:#616061;font-size:12.5px;margin:2px 0 6px}
.section{margin:4px 0;white-space:pre-wrap}
hr{border:none;border-top:1px solid #e8e8e8;margin:8px 0}
.thread{color:#1264a3;font-size:13px;padding:0 20px 12px 66px}
"""


def mrkdwn(text: str) -> str:
    out = html.escape(text)
    out = re.sub(r"(?<!\w)\*([^*\n]+)\*(?!\w)", r"<b>\1</b>", out)
    out = re.sub(r"(?<!\w)_([^_\n]+)_(?!\w)", r"<i>\1</i>", out)
    return out


def block_html(block: dict) -> str:
    kind = block["type"]
    if kind == "header":
        return f"<div class=header>{html.escape(block['text']['text'])}</div>"
    if kind == "divider":
        return "<hr>"
    if kind == "context":
        return "<div class=context>" + " ".join(mrkdwn(e.get("text", "")) for e in block["elements"]) + "</div>"
    if kind == "section":
        return f"<div class=section>{mrkdwn(block['text']['text'])}</div>"
    return ""


def main(out: str) -> None:
    service = build_service(Settings())
    brief = service.brief_for(BriefRequest(kind="text", value=SEED.read_text()), team_id="picture").brief
    body = "".join(block_html(b) for b in brief_to_blocks(brief))
    page = (
        f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body><div class=msg>"
        "<div class=avatar>B</div><div><span class=name>briefbot</span><span class=app>APP</span>"
        f"<span class=time>10:42 AM</span>{body}</div></div></body></html>"
    )
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "reply.html"
        page_path.write_text(page, encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             f"--user-data-dir={tmp}/profile", f"--screenshot={Path(out).resolve()}",
             "--window-size=820,720", page_path.as_uri()],
            check=True, capture_output=True, timeout=60,
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/reply.png")
