"""One transformer pass per passage, measured: how sentence vectors made from a single pass rank, against
the product's separately embedded sentences, on every labelled set.

    python scripts/compare_sentence_vectors.py --data DIR EVAL.jsonl [EVAL2.jsonl ...]

DIR is an index built by `committee-qa index` (separate sentences, the product's way). For each variant a
copy of it gets new vectors, and scripts/eval.py's report runs over it:

- separate: as indexed: the passage (with its item context) and each sentence embedded on their own (two
  passes over the text);
- late: "late chunking" (Günther et al., 2024): one pass over the passage with its context; the passage
  vector is the mean of all its token states (what the model's mean pooling gives, so it is unchanged), each
  sentence's the mean of the states of its own tokens (the fast tokenizer's offsets give the spans);
- pooled: one pass over the sentences alone (and the context line): the sentence vectors are the product's,
  the passage vector is the mean of all their token states.

The no-match line (qa/matching.py) was calibrated for separate vectors; the report shows how many
answerable queries each variant empties with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval import report_sets  # noqa: E402

from qa import store  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.embed import Embedder  # noqa: E402
from qa.encoders import TokenStates  # noqa: E402
from qa.records import Passage  # noqa: E402
from qa.service import SearchService  # noqa: E402

BATCH = 8


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.clip(np.linalg.norm(rows, axis=-1, keepdims=True), 1e-12, None)


def sentence_spans(passage: Passage) -> list[tuple[int, int] | None]:
    """Where each of the passage's sentences stands in its context_text (None if not there verbatim)."""
    context = passage.context_text()
    cursor, spans = len(context) - len(passage.display), []
    for sentence in passage.sentences():
        found = context.find(sentence, cursor)
        spans.append(None if found < 0 else (found, found + len(sentence)))
        cursor = cursor if found < 0 else found + len(sentence)
    return spans


def late(embedder: Embedder, passages: list[Passage]) -> list[np.ndarray]:
    states = embedder._encoder.token_states([p.context_text() for p in passages], BATCH)
    out = []
    for passage, tokens in zip(passages, states):
        rows = [unit(tokens.states.mean(axis=0))]
        for sentence, span in zip(passage.sentences(), sentence_spans(passage)):
            inside = (~tokens.special & (tokens.offsets[:, 0] < span[1]) & (tokens.offsets[:, 1] > span[0])) if span else None
            rows.append(unit(tokens.states[inside].mean(axis=0)) if inside is not None and inside.any()
                        else embedder.encode([sentence])[0])  # past the model's window: embedded alone
        out.append(np.vstack(rows))
    return out


def pooled(embedder: Embedder, passages: list[Passage]) -> list[np.ndarray]:
    pieces = [[p.context_text()[: len(p.context_text()) - len(p.display)], *p.sentences()] for p in passages]
    states: list[TokenStates] = embedder._encoder.token_states([t for group in pieces for t in group], BATCH)
    out, cursor = [], 0
    for group in pieces:
        own = states[cursor : cursor + len(group)]
        cursor += len(group)
        whole = unit(np.vstack([t.states for t in own]).mean(axis=0))
        out.append(np.vstack([whole, *[unit(t.states.mean(axis=0)) for t in own[1:]]]))
    return out


def rewrite(data: Path, embedder: Embedder, make) -> None:  # noqa: ANN001 - one of the functions above
    with store.connect(data / "committee.sqlite3") as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM passages ORDER BY id")]
        passages = store.get_passages(conn, ids)
        matrices = make(embedder, [passages[i] for i in ids])
        conn.executemany("UPDATE passages SET embedding = ?, sentence_vectors = ? WHERE id = ?",
                         [(m[0].astype(np.float32).tobytes(), np.asarray(m[1:], np.float16).tobytes(), i)
                          for i, m in zip(ids, matrices)])
    for stale in [*data.glob("vectors-*"), *data.glob("lexical-*"), data / "snapshot.json"]:
        stale.unlink(missing_ok=True)  # rebuilt from the store when the service opens it


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("evals", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    embedder = Embedder()
    if embedder.backend != "onnx":
        print("this comparison reads token states from the ONNX encoder; install onnxruntime", file=sys.stderr)
        return 2
    options = argparse.Namespace(stages=None, stages_each=False, per_layout=False, show_misses=False)
    for name, make in (("separate", None), ("late", late), ("pooled", pooled)):
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "index"
            shutil.copytree(args.data, data)
            if make:
                rewrite(data, embedder, make)
            service = SearchService(Settings(data_dir=data), embedder)
            print(f"\n===== {name} sentence vectors ({service.passage_count} passages)")
            report_sets(service, args.evals, options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
