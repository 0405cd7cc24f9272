"""Retrieval quality: Recall@1, Recall@5 and MRR of lexical-only, dense-only and hybrid ranking.

    python scripts/eval.py EVAL.jsonl [EVAL2.jsonl ...] [--corpus DIR ...] [--data DIR] [--stages SPEC]

Each line of an eval file has `query`, `source` (the file that answers it) and `evidence` (a string
the answering passage contains). A hit is a returned passage from that source containing the
evidence (compared with white space folded). Lines may carry `filters` ({"kind": ...}): then the table
also reports filter precision (the share of returned passages satisfying them); and `item_title`: then
it reports how many hits cite that item ("item"). "answer" is the share of first-place hits whose
marked answer sentence holds the evidence. Where a MANIFEST.tsv (file, format) lies beside an eval
file, its rows are also reported per layout.

`--stages` picks the ranking stages after fusion: the product's default (none, qa/stages.py), `all`, `none`,
a comma list of stage names, or `-name,-name` for all but those; `--stages-each` also reports hybrid with
all stages, with all but each one, and with each one alone.
"empty" counts the answerable queries that got no results at all: the product's honest "no match"
(qa/matching.py) wrongly applied; the target is 0. An eval file whose lines have no `source` holds
unanswerable queries (scripts/eval_nomatch*.jsonl): for it the report is how many were emptied (target
>= 90%), and what the rest found first.

Everything is measured over one index, in one run.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.config import Settings  # noqa: E402
from qa.ingest import read_paths  # noqa: E402
from qa.records import Filters, Query  # noqa: E402
from qa.service import SearchService  # noqa: E402


def fold(text: str | None) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split()).lower()


def fold_title(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("’", "'").replace("&", "and")
    return re.sub(r"^[\W_]+|[\W_]+$", "", " ".join(text.split()))


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


def answer_holds(result, case: dict) -> bool:
    answer = fold(result.passage.text[result.answer[0] : result.answer[1]])
    evidence = fold(case["evidence"])
    return evidence in answer or (len(answer) >= 20 and answer in evidence)


class Row:
    """Sums for one group of cases under one ranker."""

    def __init__(self) -> None:
        self.n = 0
        self.r1 = self.r5 = self.rr = 0.0
        self.item_labelled = self.item_right = 0
        self.first = self.answer_right = 0
        self.checked = self.satisfied = 0
        self.emptied = 0
        self.misses: list[str] = []

    def add(self, case: dict, query: Query, response) -> None:
        self.n += 1
        self.emptied += not response.results
        hits = [r for r in response.results if is_hit(r, case)]
        if hits:
            rank = hits[0].rank
            self.r1 += rank == 1
            self.r5 += rank <= 5
            self.rr += 1 / rank
            if case.get("item_title"):
                self.item_labelled += 1
                self.item_right += fold_title(hits[0].passage.item_title) == fold_title(case["item_title"])
            if rank == 1:
                self.first += 1
                self.answer_right += answer_holds(hits[0], case)
        else:
            self.misses.append(str(case.get("id", case["query"])))
        if query.filters.active:
            self.checked += len(response.results)
            self.satisfied += sum(satisfies(r, query.filters) for r in response.results)

    def line(self, name: str) -> str:
        n = self.n or 1
        item = f"{self.item_right}/{self.item_labelled}" if self.item_labelled else "-"
        answer = f"{self.answer_right}/{self.first}" if self.first else "-"
        fp = f"{self.satisfied / self.checked:.3f}" if self.checked else "-"
        return (f"{name:<26} {self.n:>4} {self.r1 / n:>6.3f} {self.r5 / n:>6.3f} {self.rr / n:>6.3f} "
                f"{item:>7} {answer:>7} {fp:>8} {self.emptied:>5}")


HEADER = f"{'':<26} {'n':>4} {'R@1':>6} {'R@5':>6} {'MRR':>6} {'item':>7} {'answer':>7} {'filterP':>8} {'empty':>5}"


def layouts_beside(path: Path) -> dict[str, str]:
    manifest = path.with_name("MANIFEST.tsv")
    if not manifest.exists():
        return {}
    with manifest.open() as handle:
        return {row["file"]: row.get("format") or "-" for row in csv.DictReader(handle, delimiter="\t")}


def run(service: SearchService, cases: list[dict], mode: str, stages: str | None, k: int = 5):
    queries = [Query(c["query"], k, Filters.from_mapping(c.get("filters", {})), mode) for c in cases]
    started = time.perf_counter()
    responses = service.search_many(queries, stages)
    return queries, responses, 1000 * (time.perf_counter() - started) / max(1, len(cases))


def report_unanswerable(service: SearchService, path: Path, cases: list[dict], args: argparse.Namespace) -> None:
    print(f"\n{path} ({len(cases)} unanswerable queries)")
    for mode in ("lexical", "dense", "hybrid"):
        _, responses, ms = run(service, cases, mode, args.stages)
        emptied = sum(not r.results for r in responses)
        print(f"{mode:<26} emptied {emptied:>3}/{len(cases)} = {emptied / max(1, len(cases)):.0%}   {ms:>6.1f} ms/q")
        if args.show_misses and mode == "hybrid":
            for case, response in zip(cases, responses):
                if response.results:
                    print(f"{'':<10}answered {case['query']!r}: {response.results[0].passage.label[:90]}")


def report(service: SearchService, path: Path, cases: list[dict], args: argparse.Namespace) -> None:
    if cases and all("source" not in case for case in cases):
        report_unanswerable(service, path, cases, args)
        return
    layouts = layouts_beside(path)
    variants: list[tuple[str, str, str | None]] = [(m, m, args.stages) for m in ("lexical", "dense", "hybrid")]
    if args.stages_each:
        from qa.stages import STAGES

        variants.append(("hybrid, all stages", "hybrid", "all"))
        variants += [(f"hybrid, all but {stage.name}", "hybrid", f"-{stage.name}") for stage in STAGES]
        variants += [(f"hybrid + {stage.name} alone", "hybrid", stage.name) for stage in STAGES]
    print(f"\n{path} ({len(cases)} queries)")
    print(HEADER + f" {'ms/q':>6}")
    for name, mode, stages in variants:
        queries, responses, ms = run(service, cases, mode, stages)
        total, per_layout = Row(), defaultdict(Row)
        for case, query, response in zip(cases, queries, responses):
            total.add(case, query, response)
            if layouts:
                per_layout[layouts.get(case["source"], "-")].add(case, query, response)
        print(total.line(name) + f" {ms:>6.1f}")
        if args.show_misses and total.misses:
            print(f"{'':<10}misses: {', '.join(total.misses)}")
        if layouts and args.per_layout and mode == "hybrid" and stages == args.stages:
            for layout in sorted(per_layout):
                print(per_layout[layout].line(f"  {layout}"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("evals", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, action="append", help="papers to index (default: seeds/)")
    parser.add_argument("--data", type=Path, help="an existing data directory to search instead of a fresh index")
    parser.add_argument("--passage-chars", type=int, default=None)
    parser.add_argument("--stages", default=None, help="all (default), none, a,b to keep only those, -a,-b to drop")
    parser.add_argument("--stages-each", action="store_true", help="also hybrid without stages, and without each one")
    parser.add_argument("--per-layout", action="store_true", help="hybrid rows per layout where a MANIFEST.tsv is beside the set")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings.from_env(data_dir=args.data or Path(tmp), passage_chars=args.passage_chars)
        service = SearchService(settings)
        if not args.data:
            corpus = args.corpus or [Path(__file__).resolve().parent.parent / "seeds"]
            service.add(read_paths(corpus))
        print(f"index: {service.passage_count} passages, passage size <= {settings.passage_chars} chars")
        report_sets(service, args.evals, args)
    return 0


def report_sets(service: SearchService, evals: list[Path], options: argparse.Namespace) -> None:
    """Every labelled set in `evals`, one after another, against the same index."""
    for path in evals:
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        report(service, path, cases, options)


if __name__ == "__main__":
    sys.exit(main())
