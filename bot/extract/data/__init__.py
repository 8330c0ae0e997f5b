"""Lookup tables and spaCy patterns, kept as data so they can grow without code changes."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load_json(name: str):
    """Parse one data file once per process."""
    path = DATA_DIR / name
    if name.endswith(".jsonl"):
        return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return json.loads(path.read_text(encoding="utf-8"))
