"""Retrieval quality: Recall@1, Recall@5 and MRR of lexical-only, dense-only and hybrid ranking.

    python scripts/eval.py EVAL.jsonl [EVAL2.jsonl ...] [--corpus seeds] [--data DIR]

Each line of an eval file has `query`, `source` (the file that answers it) and `evidence` (a string
the answering passage contains). A hit is a returned passage from that source containing the
evidence (compared with white space folded). Lines may also carry `filters` ({"kind": ...}):
then the table also reports filter precision (the share of returned passages satisfying them).
Everything is measured over one index, in one run.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.config import Settings  # noqa: E402
from qa.ingest import add_sources, read_paths  # noqa: E402
from qa.search import MODES, Filters, Query, SearchService  # noqa: E402

FILTER_KEYS = ("kind", "source", "committee", "after", "before")


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def is_hit(result, case: dict) -> bool:
    return result.passage.source == case["source"] and fold(case["evidence"]) in fold(result.passage.text)


def satisfies(result, filters: Filters) -> bool:
    p = result.passage
    return (
        (not filters.kind or p.kind == filters.kind)
        and (not filters.source or p.source == filters.source)
        and (not filters.committee or filters.committee.lower() in (p.committee or "").lower())
        and (not filters.after or (p.meeting_date or "") >= filters.after)
        and (not filters.before or (p.meeting_date is not None and p.meeting_date <= filters.before))
    )


def evaluate(service: SearchService, cases: list[dict], mode: str, k: int = 5) -> dict:
    queries = [
        Query(c["query"], k, Filters(**{key: c.get("filters", {}).get(key) for key in FILTER_KEYS}), mode) for c in cases
    ]
    started = time.perf_counter()
    responses = service.search_many(queries)
    elapsed = time.perf_counter() - started
    r1 = r5 = rr = 0.0
    checked = satisfied = 0
    misses = []
    for case, query, response in zip(cases, queries, responses):
        ranks = [r.rank for r in response.results if is_hit(r, case)]
        if ranks:
            r1 += ranks[0] == 1
            r5 += ranks[0] <= 5
            rr += 1 / ranks[0]
        else:
            misses.append(case.get("id", case["query"]))
        if query.filters.active:
            checked += len(response.results)
            satisfied += sum(satisfies(r, query.filters) for r in response.results)
    n = len(cases)
    return {
        "mode": mode, "n": n, "R@1": r1 / n, "R@5": r5 / n, "MRR": rr / n,
        "filter_precision": (satisfied / checked) if checked else None,
        "ms_per_query": 1000 * elapsed / n, "misses": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("evals", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, action="append", help="papers to index (default: seeds/)")
    parser.add_argument("--data", type=Path, help="an existing data directory to search instead of a fresh index")
    parser.add_argument("--passage-chars", type=int, default=None)
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env(data_dir=args.data or Path(tmp), passage_chars=args.passage_chars)
        service = SearchService(settings)
        if not args.data:
            corpus = args.corpus or [Path(__file__).resolve().parent.parent / "seeds"]
            add_sources(service, read_paths(corpus))
        print(f"index: {service.passage_count} passages, passage size <= {settings.passage_chars} chars")
        for path in args.evals:
            cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            print(f"\n{path} ({len(cases)} queries)")
            print(f"{'ranker':<9} {'R@1':>6} {'R@5':>6} {'MRR':>6} {'filter P':>9} {'ms/query':>9}")
            for mode in ("lexical", "dense", "hybrid"):
                row = evaluate(service, cases, mode)
                fp = "-" if row["filter_precision"] is None else f"{row['filter_precision']:.3f}"
                print(f"{mode:<9} {row['R@1']:>6.3f} {row['R@5']:>6.3f} {row['MRR']:>6.3f} {fp:>9} {row['ms_per_query']:>9.1f}")
                if args.show_misses and row["misses"]:
                    print(f"          misses: {', '.join(map(str, row['misses']))}")
    assert set(MODES) == {"lexical", "dense", "hybrid"}
    return 0


if __name__ == "__main__":
    sys.exit(main())
