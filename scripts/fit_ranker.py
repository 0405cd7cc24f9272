"""Fit and compare rankers over the candidates scripts/ranking_features.py wrote: today's fusion (a convex
combination of min-max scaled dense and BM25 scores) against a learned one, a logistic regression over a
handful of features, as the learning-to-rank plugins of Solr and OpenSearch fit theirs.

    python scripts/ranking_features.py /tmp/feat.jsonl TUNE.jsonl CHECK.jsonl ... --corpus DIR ...
    python scripts/fit_ranker.py /tmp/feat.jsonl [--fit queries_tune] [--l2 1.0] [--features dense,bm25,...]

The learned ranker is fitted on the `--fit` set alone. On that set it is scored by leave-one-paper-out
cross-validation (no query is ranked by weights fitted on its own paper); on every other set by the weights
fitted on the whole `--fit` set. Prints R@1, R@5 and MRR per set for both, and the fitted weights.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.retrieve import DENSE_WEIGHT  # noqa: E402

FEATURES = ("dense", "bm25", "cosine", "best_sentence", "title_overlap", "details", "preamble", "log_chars",
            "dense_rr", "lexical_rr")


def _minmax(values: np.ndarray) -> np.ndarray:
    low, high = values.min(), values.max()
    return (values - low) / (high - low) if high > low else np.ones_like(values)


def query_matrix(candidates: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Every feature per candidate (columns in FEATURES order), scaled within the query as the fusion scales
    them, and the hit labels."""
    dense = np.array([c["cosine"] + c["best_sentence"] for c in candidates])
    bm25 = np.array([c["bm25"] for c in candidates])
    columns = {
        "dense": _minmax(dense),
        "bm25": _minmax(bm25) if bm25.max() > 0 else np.zeros_like(bm25),
        "cosine": np.array([c["cosine"] for c in candidates]),
        "best_sentence": np.array([c["best_sentence"] for c in candidates]),
        "title_overlap": np.array([c["title_overlap"] for c in candidates]),
        "details": np.array([float(c["kind"] == "details") for c in candidates]),
        "preamble": np.array([float(c["preamble"]) for c in candidates]),
        "log_chars": np.array([math.log1p(c["chars"]) / 7.0 for c in candidates]),
        "dense_rr": np.array([1.0 / (1 + c["dense_rank"]) if c["dense_rank"] is not None else 0.0 for c in candidates]),
        "lexical_rr": np.array([1.0 / (1 + c["lexical_rank"]) if c["lexical_rank"] is not None else 0.0 for c in candidates]),
    }
    return np.column_stack([columns[name] for name in FEATURES]), np.array([float(c["hit"]) for c in candidates])


def fusion_scores(q: dict) -> np.ndarray:
    return DENSE_WEIGHT * q["x"][:, 0] + (1 - DENSE_WEIGHT) * q["x"][:, 1]


def fit(queries: list[dict], used: list[int], l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Pairwise logistic regression (RankNet with a linear scorer) over the `used` feature columns: each hit
    should outscore each non-hit of its own query. L2-regularised; plain gradient descent, the problem is tiny."""
    pairs = []
    for q in queries:
        x, y = q["x"][:, used], q["y"]
        if y.any() and not y.all():
            pairs.append((x[y == 1][:, None, :] - x[y == 0][None, :, :]).reshape(-1, x.shape[1]))
    if not pairs:
        return np.zeros(len(used))
    diffs = np.vstack(pairs)
    weights = np.zeros(diffs.shape[1])
    weights[0], weights[1] = DENSE_WEIGHT, 1 - DENSE_WEIGHT  # start from today's fusion
    for _ in range(steps):
        margin = diffs @ weights
        grad = -(diffs * (1 / (1 + np.exp(margin)))[:, None]).mean(axis=0) + l2 * weights / len(diffs) * 10
        weights -= rate * grad
    return weights


def metrics(queries: list[dict], score) -> tuple[float, float, float]:
    r1 = r5 = mrr = 0.0
    for q in queries:
        scores = score(q)
        order = np.argsort(-scores, kind="stable")
        hits = [rank for rank, i in enumerate(order) if q["candidates"][i]["hit"]]
        if hits:
            r1 += hits[0] == 0
            r5 += hits[0] < 5
            mrr += 1 / (1 + hits[0])
    n = len(queries) or 1
    return r1 / n, r5 / n, mrr / n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates", type=Path, help="the JSON lines scripts/ranking_features.py wrote")
    parser.add_argument("--fit", default="queries_tune", help="the set the learned ranker is fitted on")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--features", help="comma-separated subset of " + ",".join(FEATURES))
    args = parser.parse_args()
    if args.features:
        chosen = args.features.split(",")
        unknown = set(chosen) - set(FEATURES)
        if unknown or chosen[:2] != ["dense", "bm25"]:
            parser.error(f"features start with dense,bm25 and come from {', '.join(FEATURES)}")
    used = [FEATURES.index(name) for name in args.features.split(",")] if args.features else list(range(len(FEATURES)))
    rows = [json.loads(line) for line in args.candidates.read_text().splitlines() if line.strip()]
    sets: dict[str, list[dict]] = {}
    for row in rows:
        row["x"], row["y"] = query_matrix(row["candidates"])  # once per query, however many folds use it
        sets.setdefault(row["set"], []).append(row)
    training = sets[args.fit]
    weights = fit(training, used, args.l2)
    print(f"{'set':<24} {'n':>4}  {'fusion R@1  R@5   MRR':>22}  {'learned R@1  R@5   MRR':>23}")
    for name, queries in sets.items():
        base = metrics(queries, fusion_scores)
        if name == args.fit:  # leave one paper out
            learned_scores = {}
            for source in {q["source"] for q in queries}:
                held = [q for q in queries if q["source"] == source]
                w = fit([q for q in queries if q["source"] != source], used, args.l2)
                for q in held:
                    learned_scores[q["id"]] = q["x"][:, used] @ w
            learned = metrics(queries, lambda q, scores=learned_scores: scores[q["id"]])
            name += " (cv)"
        else:
            learned = metrics(queries, lambda q: q["x"][:, used] @ weights)
        print(f"{name:<24} {len(queries):>4}  {base[0]:>9.3f} {base[1]:.3f} {base[2]:.3f}  {learned[0]:>10.3f} {learned[1]:.3f} {learned[2]:.3f}")
    print("weights:", ", ".join(f"{FEATURES[i]} {w:+.3f}" for i, w in zip(used, weights)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
