"""``python -m bot``: brief files, links or stdin without Slack or Redis, or serve the Slack app.

``brief --format jsonl`` prints exactly one JSON object a line, in input order: the
contract that ``shared/eval/score.py`` reads.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from bot.config import Settings, SettingsError, get_settings
from bot.logs import configure as configure_logging
from bot.service import BriefOutcome, BriefRequest, build_service

__all__ = ["main"]

SEED = Path(__file__).resolve().parent.parent / "seeds" / "seed-000.txt"
FORMATS = ("text", "json", "jsonl", "blocks")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    brief = sub.add_parser("brief", help="print the brief of each input")
    brief.add_argument("--format", choices=FORMATS, default="text")
    brief.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="a file path, an http(s) URL or - for standard input (default: the seed article)",
    )
    sub.add_parser("serve", help="run the Slack app (HTTP on PORT, or Socket Mode with SLACK_APP_TOKEN)")
    return parser


def _request_for(arg: str) -> BriefRequest:
    if arg.startswith(("http://", "https://")):
        return BriefRequest(kind="url", value=arg)
    if arg == "-":
        return BriefRequest(kind="text", value=sys.stdin.read())
    return BriefRequest(kind="text", value=Path(arg).read_text(encoding="utf-8", errors="replace"))


def _emit(outcome: BriefOutcome, fmt: str, *, label: str) -> str:
    from bot import render

    brief = outcome.brief
    if fmt in ("json", "jsonl"):
        data = brief.model_dump(mode="json") if brief else {"error": outcome.error}
        data["input"] = label
        return json.dumps(data, ensure_ascii=False, indent=None if fmt == "jsonl" else 2)
    if brief is None:
        return f"{label}: {outcome.error}"
    if fmt == "blocks":
        return json.dumps({"blocks": render.brief_to_blocks(brief)}, ensure_ascii=False, indent=2)
    return render.brief_to_text(brief)


def _brief(settings: Settings, fmt: str, inputs: list[str]) -> int:
    inputs = inputs or [str(SEED)]
    requests: list[BriefRequest] = []
    for arg in inputs:
        try:
            requests.append(_request_for(arg))
        except OSError as exc:
            print(f"python -m bot brief: cannot read {arg}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    service = build_service(settings)
    outcomes = service.brief_many(requests, team_id="cli")
    separator = "\n" if fmt == "jsonl" else "\n\n"
    print(separator.join(_emit(o, fmt, label=arg) for o, arg in zip(outcomes, inputs)))
    # jsonl carries failures in its lines, so a scorer reading it never loses the batch
    return 0 if fmt == "jsonl" or all(o.brief for o in outcomes) else 1


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    configure_logging(logging.INFO if args.command == "serve" else logging.WARNING)
    try:
        settings = get_settings()
        if args.command == "brief":
            return _brief(settings, args.format, args.inputs)
        from handlers.server import serve  # Bolt is imported only when serving

        serve(settings)
        return 0
    except SettingsError as exc:
        print(f"python -m bot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `python -m bot brief | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
