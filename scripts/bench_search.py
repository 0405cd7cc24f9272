"""Query latency (warm, model loaded) and index build time per passage on the seeds.

    python scripts/bench_search.py [--repeats 5]

Prints one table: build seconds per passage (median of repeats) and library search latency p50/p95
over the labelled queries, for hybrid, dense-only and lexical-only ranking, measured in one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import median, percentile  # noqa: E402

from qa.config import Settings  # noqa: E402
from qa.embed import Embedder  # noqa: E402
from qa.ingest import read_paths  # noqa: E402
from qa.records import Query  # noqa: E402
from qa.service import SearchService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    embedder = Embedder()
    queries = [json.loads(line)["query"] for f in (ROOT / "scripts").glob("eval_*.jsonl") for line in f.read_text().splitlines() if line.strip()]
    build_per_passage, passages = [], 0
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):
            data = Path(tmp) / f"run{repeat}"
            service = SearchService(Settings(data_dir=data), embedder)
            started = time.perf_counter()
            service.add(read_paths([ROOT / "seeds"]))
            build_per_passage.append((time.perf_counter() - started) / service.passage_count)
            passages = service.passage_count
        print(f"seeds: {passages} passages; build {1000 * median(build_per_passage):.1f} ms/passage "
              f"(median of {args.repeats}; {1 / median(build_per_passage):.0f} passages/s)")
        print(f"\n{'ranker':<9} {'p50 ms':>7} {'p95 ms':>7}  ({len(queries)} queries x {args.repeats}, one at a time, warm)")
        for mode in ("hybrid", "dense", "lexical"):
            for q in queries[:5]:
                service.search(Query(q, 5, mode=mode))  # warm
            timings = []
            for _ in range(args.repeats):
                for q in queries:
                    started = time.perf_counter()
                    service.search(Query(q, 5, mode=mode))
                    timings.append(1000 * (time.perf_counter() - started))
            print(f"{mode:<9} {percentile(timings, 50):>7.1f} {percentile(timings, 95):>7.1f}")
        started = time.perf_counter()
        service.search_many([Query(q, 5) for q in queries])
        per_query = 1000 * (time.perf_counter() - started) / len(queries)
        print(f"{'batch':<9} {per_query:>7.1f} ms/query when all {len(queries)} are sent in one batch")
    return 0


if __name__ == "__main__":
    sys.exit(main())
