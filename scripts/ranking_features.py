"""The candidates each labelled query gets, with the features a ranker could use, as JSON lines.

    python scripts/ranking_features.py OUT.jsonl EVAL.jsonl [EVAL2.jsonl ...] [--corpus DIR ...] [--data DIR]

For every query: the union of the dense and lexical candidate lists (as the service makes them), and per
candidate its dense rank and cosines (passage, best sentence), its lexical rank and BM25 score, its kind,
whether it is a paper's opening matter, where it sits in its item, its length, and whether it is a hit
(from the labelled paper, holding the evidence). scripts/fit_ranker.py fits and compares fusions on these.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa import store  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.ingest import read_paths  # noqa: E402
from qa.query import parse_query  # noqa: E402
from qa.records import Filters  # noqa: E402
from qa.retrieve import CANDIDATES, LocalFilter, prepare  # noqa: E402
from qa.service import SearchService  # noqa: E402
from qa.text import query_terms, tokens  # noqa: E402


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def candidate_features(service: SearchService, cases: list[dict], set_name: str) -> list[dict]:
    out = []
    with service.reader() as reader:
        conn = reader.conn
        local = LocalFilter(conn)
        dense, lexical = reader.backend.retrievers(reader.view, conn, local, reader.cache)
        parsed = [parse_query(c["query"]) for c in cases]
        vectors = reader.embedder.encode([p.semantic for p in parsed])
        for case, p, vector in zip(cases, parsed, vectors):
            query = prepare(p, vector)
            filters = Filters.from_mapping(case.get("filters", {}))
            dense_hits = dense.search(query, CANDIDATES, filters)
            lexical_hits = lexical.search(query, CANDIDATES, filters)
            ids = list(dict.fromkeys([pid for pid, _ in dense_hits + lexical_hits]))
            stored = store.passage_and_sentence_vectors(conn, ids)
            passages = store.get_passages(conn, ids)
            items = {row[0]: bool(row[1]) for row in store.rows_by_id(
                conn, "SELECT p.id, i.preamble FROM passages p JOIN items i ON i.id = p.item_id WHERE p.id IN ({marks})", ids)}
            bm25 = dict(lexical_hits)
            dense_rank = {pid: r for r, (pid, _) in enumerate(dense_hits)}
            lexical_rank = {pid: r for r, (pid, _) in enumerate(lexical_hits)}
            wanted = set(query_terms(p.semantic))
            rows = []
            for pid in ids:
                passage_vector, sentences = stored[pid]
                cosine = float(passage_vector @ vector)
                best = float((sentences.astype(np.float32) @ vector).max()) if sentences is not None and len(sentences) else cosine
                passage = passages[pid]
                title_terms = set(query_terms(passage.item_title))
                rows.append({
                    "pid": pid, "paper": passage.source, "item": passage.item_index, "dense_rank": dense_rank.get(pid), "lexical_rank": lexical_rank.get(pid),
                    "cosine": cosine, "best_sentence": best, "bm25": bm25.get(pid, 0.0), "kind": passage.kind,
                    "preamble": items.get(pid, False), "position": passage.position, "chars": len(passage.text),
                    "title_overlap": len(wanted & title_terms) / len(wanted) if wanted else 0.0,
                    "words": len(tokens(passage.text)),
                    "hit": passage.source == case["source"] and fold(case["evidence"]) in fold(passage.text),
                })
            out.append({"set": set_name, "id": case.get("id", case["query"]), "query": case["query"], "source": case["source"],
                        "candidates": rows})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("evals", nargs="+", type=Path)
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--data", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = SearchService(Settings.from_env(data_dir=args.data or Path(tmp)))
        if not args.data:
            service.add(read_paths(args.corpus or [Path(__file__).resolve().parent.parent / "seeds"]))
        with args.out.open("w") as handle:
            for path in args.evals:
                cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
                for row in candidate_features(service, cases, path.stem):
                    handle.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
