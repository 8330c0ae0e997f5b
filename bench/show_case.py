"""Prediction beside gold for held-out cases: .venv/bin/python bench/show_case.py bench/heldout/CASE.json ...

Prints each case's parties, status, designations and funding as the CLI briefs them, under the gold.
"""
import json, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
paths = sys.argv[1:]
texts = [json.load(open(p))["text"] for p in paths]
import tempfile, os
files = []
for t in texts:
    f = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False); f.write(t); f.close(); files.append(f.name)
out = subprocess.run([sys.executable, "-m", "bot", "brief", "--format", "jsonl", *files], capture_output=True, text=True, cwd=str(ROOT)).stdout.splitlines()
for p, line in zip(paths, out):
    case = json.load(open(p)); g = case["gold"]; b = json.loads(line)
    print("=" * 30, case["id"], case["title"][:100])
    print("PARTIES pred:", [ (x["name"], x.get("aliases")) for x in b.get("parties", [])])
    print("PARTIES gold:", [x[:4] for x in g["parties"]])
    a = b.get("agreement") or {}
    print("STATUS pred:", a.get("status"), "|", a.get("phrase"), "|", (a.get("evidence") or {}).get("text", "")[:200])
    print("STATUS gold:", g["agreement_status"])
    for d in b.get("designations", []):
        print("  DES pred:", d["entity"], d.get("entity_aliases"), d["category"], d["action"], d.get("by"), "|", (d.get("evidence") or {}).get("text", "")[:150])
    for d in g["designations"]:
        print("  DES gold:", d["entity"][:3], d["category"], d["action"], d.get("by", [])[:1])
    for f in b.get("funding", []):
        print("  FUND pred:", f["amount"], f["currency"], "|", f.get("purpose"), "| d:", f.get("donor"), "r:", f.get("recipient"), "|", (f.get("evidence") or {}).get("text", "")[:160])
    for f in g["funding"]:
        print("  FUND gold:", f["amount"], f["currency"], "|", f.get("purpose"))
for f in files: os.unlink(f)
