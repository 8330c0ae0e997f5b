"""``python -m bot brief`` as a user (and score.py) runs it: a real subprocess, no Slack, no Redis."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "seed-000.txt"


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEF_", "REDIS_"))}
    clean.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", "brief", *args],
        input=stdin, capture_output=True, text=True, timeout=120, cwd=ROOT, env=clean,
    )


SEED_FACTS = ("United States", "Ecuador", "Los Lobos", "Los Choneros")


def test_cli_text_of_the_embedded_seed_by_default():
    proc = run_cli()
    assert proc.returncode == 0, proc.stderr
    for fact in SEED_FACTS + ("13.5 million", "6 million", "pasted text"):
        assert fact in proc.stdout


def test_cli_json_is_the_brief_model():
    from bot.brief import Brief

    proc = run_cli("--format", "json", str(SEED))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    brief = Brief.model_validate({k: v for k, v in data.items() if k != "input"})
    assert brief.agreement and brief.agreement.status == "finalising"
    assert {(f.amount, f.currency) for f in brief.funding} >= {(13_500_000, "USD"), (6_000_000, "USD")}
    seed = SEED.read_text(encoding="utf-8")
    for item in [*brief.parties, *brief.designations, *brief.funding]:
        ev = item.evidence
        assert ev is not None and seed[ev.start:ev.end] == ev.text, "evidence offsets point into the input"


def test_cli_blocks_are_slack_blocks():
    proc = run_cli("--format", "blocks", str(SEED))
    assert proc.returncode == 0, proc.stderr
    blocks = json.loads(proc.stdout)["blocks"]
    assert 0 < len(blocks) <= 50 and all("type" in b for b in blocks)
    assert "Los Choneros" in json.dumps(blocks)


def test_cli_jsonl_is_one_object_a_line_in_input_order(tmp_path):
    short = tmp_path / "short.txt"
    short.write_text("Too short.", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text(
        "The European Union and Kenya signed a fisheries partnership agreement on Monday in Nairobi. "
        "Under the deal the EU will pay €30 million over four years for access to Kenyan waters, "
        "officials from both sides said after the signing ceremony.",
        encoding="utf-8",
    )
    proc = run_cli("--format", "jsonl", str(SEED), str(short), "-", str(other), stdin=SEED.read_text())
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 4
    first, second, third, fourth = (json.loads(line) for line in lines)
    assert first["input"] == str(SEED) and first["agreement"]["status"] == "finalising"
    assert "too short" in second["error"]
    assert third["parties"] == first["parties"]
    assert fourth["agreement"]["status"] == "signed"
    assert any(f["currency"] == "EUR" and f["amount"] == 30_000_000 for f in fourth["funding"])


@pytest.mark.parametrize("args", [["/no/such/file.txt"], ["--format", "xml", str(SEED)]])
def test_cli_bad_arguments_are_one_line_not_a_traceback(args):
    proc = run_cli(*args)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and proc.stderr.strip()


def test_cli_malformed_setting_names_the_variable():
    proc = run_cli(str(SEED), env={"BRIEF_CACHE_TTL": "soon"})
    assert proc.returncode == 2
    assert "BRIEF_CACHE_TTL" in proc.stderr and "Traceback" not in proc.stderr
