"""Fit the answer-sentence weights (qa/answer.py WEIGHTS) and report how often the chosen sentence holds the evidence.

    python scripts/fit_answer.py --data DIR --fit TUNE.jsonl [--fit OWN.jsonl ...] --report CHECK.jsonl [...]

DIR is an index holding the papers the labelled queries are about. For each query, the first returned
passage that holds the evidence (a hit) and has two or more sentences gives one ranking problem: its
sentences, the ones holding the evidence being right. A pairwise logistic model is fitted on the --fit
sets (5-fold cross-validated there) and applied to the --report sets, beside the model's signals alone.
Counts are of first-place hits, as scripts/eval.py reports the "answer" share.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from fit_fusion import pairwise_logistic  # noqa: E402

from qa import store  # noqa: E402
from qa.answer import WEIGHTS, sentence_features  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.query import parse_query  # noqa: E402
from qa.records import Query  # noqa: E402
from qa.service import SearchService  # noqa: E402
from qa.text import display_sentence_spans  # noqa: E402

Problem = tuple[np.ndarray, np.ndarray, bool]  # features per sentence, which hold the evidence, first place?


def fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def problems(service: SearchService, path: Path) -> list[Problem]:
    cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    responses = service.search_many([Query(c["query"], 5) for c in cases])
    questions = [parse_query(c["query"]).semantic for c in cases]
    vectors = service.embedder.encode(questions)
    out = []
    with service.connect() as conn:
        for case, response, question, vector in zip(cases, responses, questions, vectors):
            evidence = fold(case["evidence"])
            hit = next((r for r in response.results if r.passage.source == case["source"] and evidence in fold(r.passage.text)), None)
            sentences = display_sentence_spans(hit.passage.text) if hit else []
            if len(sentences) < 2:
                continue
            texts = [hit.passage.text[a:b] for (a, b), _ in sentences]
            right = np.array([evidence in fold(t) or (len(fold(t)) >= 20 and fold(t) in evidence) for t in texts])
            if not right.any():
                continue
            stored = store.passage_and_sentence_vectors(conn, [hit.passage.id])[hit.passage.id][1]
            features = sentence_features(question, vector, [shown for _, shown in sentences], stored, service.embedder)
            out.append((features, right, hit.rank == 1))
    return out


def fit(training: list[Problem]) -> np.ndarray:
    return pairwise_logistic([p - f[~right] for f, right, _ in training for p in f[right]], steps=3000)


def chosen_right(problem_list: list[Problem], weights: np.ndarray) -> tuple[int, int]:
    first = [(f, right) for f, right, at_top in problem_list if at_top]
    return sum(bool(right[int(np.argmax(f @ weights))]) for f, right in first), len(first)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--fit", type=Path, action="append", required=True)
    parser.add_argument("--report", type=Path, action="append", default=[])
    args = parser.parse_args()
    service = SearchService(Settings.from_env(data_dir=args.data))
    sets = {path: problems(service, path) for path in [*args.fit, *args.report]}
    training = [p for path in args.fit for p in sets[path]]
    weights = fit(training)
    order = np.random.default_rng(0).permutation(len(training))
    right = total = 0
    for held in np.array_split(order, 5):
        held_set = set(held.tolist())
        w = fit([p for i, p in enumerate(training) if i not in held_set])
        r, t = chosen_right([training[i] for i in held], w)
        right, total = right + r, total + t
    names = ["meaning", "words", "shared terms", "figure", "person", "first", "length"]
    print("fitted weights: " + ", ".join(f"{n} {w:.2f}" for n, w in zip(names, weights)))
    print(f"5-fold cross-validated on the fitted sets: {right}/{total} first-place hits with the evidence sentence chosen")
    alone = {"fitted": weights, "qa/answer.py WEIGHTS": WEIGHTS, "meaning alone": np.eye(7)[0], "words alone": np.eye(7)[1]}
    print(f"\n{'set':<28}" + "".join(f"{name:>22}" for name in alone))
    for path, found in sets.items():
        cells = ["{}/{}".format(*chosen_right(found, w)) for w in alone.values()]
        print(f"{path.name:<28}" + "".join(f"{cell:>22}" for cell in cells))
    print("\n(passages of one sentence, always right, are not counted here)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
