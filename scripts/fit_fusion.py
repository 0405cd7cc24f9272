"""Compare ways of fusing the dense and lexical rankings on the candidates of labelled queries.

    python scripts/ranking_features.py /tmp/features.jsonl SETS... --corpus ...   # once
    python scripts/fit_fusion.py /tmp/features.jsonl [--fit queries_tune]

Prints R@1 / R@5 / MRR per set for: the recall ceiling (a hit among the candidates), each ranker alone,
reciprocal-rank fusion at several weights, the convex combination of min-max normalised scores at
several dense weights (Bruch, Gai and Ingber, "An Analysis of Fusion Functions for Hybrid Retrieval",
TOIS 2023), that fusion with one thing changed (the passage cosine's share of the dense score, z-scores, a share of
the best or mean score of the candidate's item or paper), that fusion plus a fixed prior for resolutions, and a pairwise logistic ranker over sixteen features fitted on the --fit set (its own row for
that set is 5-fold cross-validated). The dense weight qa.retrieve.DENSE_WEIGHT is the convex row chosen by
MRR on the --fit set alone; every other set is reported, not used.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

KINDS = ("resolution", "recommendation", "minutes", "report", "summary", "details")
Scorer = Callable[[list[dict]], np.ndarray]


def minmax(values: list[float] | np.ndarray) -> np.ndarray:
    v = np.asarray(values, dtype=float)
    low, high = v.min(), v.max()
    return (v - low) / (high - low) if high > low else np.zeros_like(v)


def dense_scores(candidates: list[dict]) -> np.ndarray:
    return np.array([c["cosine"] + c["best_sentence"] for c in candidates])


def rrf(dense_weight: float, k: int = 60) -> Scorer:
    def score(candidates: list[dict]) -> np.ndarray:
        out = np.zeros(len(candidates))
        for rank, i in enumerate(np.argsort(-dense_scores(candidates), kind="stable")):
            out[i] += dense_weight / (k + rank + 1)
        for c_index, c in enumerate(candidates):
            if c["lexical_rank"] is not None:
                out[c_index] += 1 / (k + c["lexical_rank"] + 1)
        return out
    return score


def convex(alpha: float) -> Scorer:
    return lambda candidates: alpha * minmax(dense_scores(candidates)) + (1 - alpha) * minmax([c["bm25"] for c in candidates])


def zscore(values: list[float] | np.ndarray) -> np.ndarray:
    v = np.asarray(values, dtype=float)
    return (v - v.mean()) / v.std() if v.std() > 0 else np.zeros_like(v)


def variant(alpha: float = 0.7, cosine_share: float = 0.5, normalise: Callable = minmax,
            pool: str | None = None, pool_weight: float = 0.0, pool_by: str = "item") -> Scorer:
    """The convex fusion with one thing changed: the passage's own cosine against its best sentence's share of the
    dense score, z-scores for min-max, or each candidate's score plus `pool_weight` times the best ("max") or mean
    ("mean") fused score of the other candidates from its item (`pool_by="item"`) or its paper ("paper")."""
    def score(candidates: list[dict]) -> np.ndarray:
        dense = [cosine_share * c["cosine"] + (1 - cosine_share) * c["best_sentence"] for c in candidates]
        fused = alpha * normalise(dense) + (1 - alpha) * normalise([c["bm25"] for c in candidates])
        if not pool:
            return fused
        key = (lambda c: (c["paper"], c["item"])) if pool_by == "item" else (lambda c: c["paper"])
        out = fused.copy()
        for i, c in enumerate(candidates):
            others = [fused[j] for j, d in enumerate(candidates) if j != i and key(d) == key(c)]
            if others:
                out[i] += pool_weight * (max(others) if pool == "max" else float(np.mean(others)))
        return out
    return score


def features(candidates: list[dict]) -> np.ndarray:
    dense, bm25 = minmax(dense_scores(candidates)), minmax([c["bm25"] for c in candidates])
    dense_rank = {i: r for r, i in enumerate(np.argsort(-dense_scores(candidates), kind="stable"))}
    rows = []
    for i, c in enumerate(candidates):
        lexical = c["lexical_rank"]
        rows.append([dense[i], bm25[i], c["cosine"], c["best_sentence"], 1 / (1 + dense_rank[i]),
                     1 / (1 + lexical) if lexical is not None else 0.0, float(lexical is not None), c["title_overlap"],
                     float(c["preamble"]), math.log1p(c["chars"]) / 7, *[float(c["kind"] == k) for k in KINDS]])
    return np.array(rows)


def pairwise_logistic(differences: list[np.ndarray], l2: float = 1.0, steps: int = 2000) -> np.ndarray:
    """Weights w of a linear score, fitted so that right - wrong feature differences score above zero
    (logistic regression on both signs of each difference, RankNet-style; L2-regularised)."""
    x = np.vstack(differences)
    x = np.vstack([x, -x])
    y = np.concatenate([np.ones(len(x) // 2), np.zeros(len(x) // 2)])
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * w / len(y))
    return w


def fit_pairwise(queries: list[dict]) -> np.ndarray:
    """A linear ranker over `features`: hits against the other candidates of the same query."""
    pairs = []
    for q in queries:
        hits = np.array([c["hit"] for c in q["candidates"]], dtype=bool)
        if q["candidates"] and hits.any():
            f = features(q["candidates"])
            pairs += [p - f[~hits] for p in f[hits]]
    return pairwise_logistic(pairs)


def rank_of_first_hit(candidates: list[dict], scores: np.ndarray) -> int | None:
    order = np.argsort(-scores, kind="stable")
    return next((k + 1 for k, i in enumerate(order) if candidates[i]["hit"]), None)


def metrics(queries: list[dict], scorer: Scorer) -> tuple[float, float, float]:
    r1 = r5 = rr = 0.0
    for q in queries:
        rank = rank_of_first_hit(q["candidates"], scorer(q["candidates"])) if q["candidates"] else None
        if rank:
            r1, r5, rr = r1 + (rank == 1), r5 + (rank <= 5), rr + 1 / rank
    n = len(queries) or 1
    return r1 / n, r5 / n, rr / n


def cross_validated(queries: list[dict], folds: int = 5) -> tuple[float, float, float]:
    order = np.random.default_rng(0).permutation(len(queries))
    r1 = r5 = rr = 0.0
    for held in np.array_split(order, folds):
        held_set = set(held.tolist())
        w = fit_pairwise([q for i, q in enumerate(queries) if i not in held_set])
        for i in held:
            rank = rank_of_first_hit(queries[i]["candidates"], features(queries[i]["candidates"]) @ w) if queries[i]["candidates"] else None
            if rank:
                r1, r5, rr = r1 + (rank == 1), r5 + (rank <= 5), rr + 1 / rank
    return r1 / len(queries), r5 / len(queries), rr / len(queries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("features", type=Path)
    parser.add_argument("--fit", default="queries_tune", help="the set that chooses the weights (default queries_tune)")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.features.read_text().splitlines() if line.strip()]
    sets = list(dict.fromkeys(r["set"] for r in rows))
    by_set = {s: [r for r in rows if r["set"] == s] for s in sets}
    fit = by_set[args.fit]
    print(f"{'':<30}" + "".join(f"{s[:18]:>20}" for s in sets))

    def line(name: str, scorer: Scorer, overrides: dict | None = None) -> tuple[float, float, float]:
        cells = {s: (overrides or {}).get(s) or metrics(by_set[s], scorer) for s in sets}
        print(f"{name:<30}" + "".join(f"{'{:.3f}/{:.3f}/{:.3f}'.format(*cells[s]):>20}" for s in sets))
        return cells[args.fit]

    line("ceiling (a hit is a candidate)", lambda cs: np.array([float(c["hit"]) for c in cs]))
    line("dense (cosine + best sentence)", dense_scores)
    line("lexical (BM25)", lambda cs: np.array([c["bm25"] for c in cs]))
    for weight in (1.0, 1.5, 2.0):
        line(f"RRF, dense weight {weight}", rrf(weight))
    fitted = {alpha: line(f"convex, dense weight {alpha}", convex(alpha)) for alpha in (0.5, 0.6, 0.7, 0.8, 0.9)}
    best = max(fitted, key=lambda a: (fitted[a][2], fitted[a][0]))
    if all("item" in c for r in rows for c in r["candidates"]):  # features written before the paper and item were kept lack them
        for share in (0.3, 0.7):
            line(f"convex 0.7, cosine share {share}", variant(cosine_share=share))
        line("convex 0.7, z-scores", variant(normalise=zscore))
        for pool, by in (("mean", "item"), ("max", "item"), ("max", "paper")):
            line(f"convex 0.7 + 0.05 {by} {pool}", variant(pool=pool, pool_weight=0.05, pool_by=by))
    for weight in (0.02, 0.05, 0.1):  # a prior for what a question usually wants: the resolution
        line(f"convex 0.7 + {weight} resolution", lambda cs, weight=weight: convex(0.7)(cs) + weight * np.array(
            [float(c["kind"] == "resolution") for c in cs]))
    weights = fit_pairwise(fit)
    line("pairwise linear, 16 features", lambda cs: features(cs) @ weights, {args.fit: cross_validated(fit)})
    print(f"\nconvex dense weight with the best MRR on {args.fit}: {best}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
