"""How cost grows with the corpus: build rate, size on disk, serving memory, warm latency, ANN recall.

    python scripts/bench_scale.py --sizes 10000,100000 [--real-embed-max 10000] [--queries 200]

For each size a corpus is generated (scripts/make_corpus.py), parsed, chunked and stored. Up to
--real-embed-max passages the real model embeds everything and the build rate is the whole pipeline.
Above it, running the model would take longer than a session here (the model embeds ~30 passages/s on
2 cores), so passages get perturbed copies of the real embeddings measured at the largest real size;
everything else (parsing, SQLite + FTS5, FAISS, the HTTP server) is real, and the table says which.
Then, for exact (flat) and approximate (HNSW) vectors, a real `committee-qa serve` answers the same
queries one at a time over loopback: warm /api/search p50/p95, and its resident memory.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import Server, free_port, percentile, rss_mb  # noqa: E402
from make_corpus import TOPICS, make_corpus  # noqa: E402

from qa import migrations, store  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.embed import Embedder  # noqa: E402
from qa.formats import read_path  # noqa: E402
from qa.index import lexical  # noqa: E402
from qa.index import snapshot as snapshots  # noqa: E402
from qa.index.vectors import FaissIndex  # noqa: E402
from qa.ingest import prepare  # noqa: E402
from qa.service import SearchService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASSAGES_PER_PAPER = 10.3


def dir_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def questions(n: int) -> list[str]:
    # Questions about what the generated corpus holds: it recombines the seeds, so the seed-based sets
    # (not eval_holdout, whose papers it does not contain).
    files = [ROOT / "scripts" / name for name in ("eval_own.jsonl", "eval_precedent.jsonl")]
    labelled = [json.loads(line)["query"] for f in files for line in f.read_text().splitlines() if line.strip()]
    rng = random.Random(3)
    made = [f"{rng.choice(['what was decided about', 'how much was spent on', 'update on', 'concerns raised about'])} "
            f"{rng.choice(TOPICS).lower()}" for _ in range(n)]
    return (labelled + made)[:n]


def build_real(corpus: Path, data: Path, embedder: Embedder) -> tuple[int, float]:
    service = SearchService(Settings(data_dir=data, ann_threshold=10**9), embedder)
    started = time.perf_counter()
    sources = [read_path(p) for p in sorted(corpus.iterdir())]
    service.add(sources)
    return service.passage_count, time.perf_counter() - started


def perturbed(pool: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    """n unit vectors near randomly chosen real ones (stand-ins for passages or sentences)."""
    base = pool[rng.integers(0, len(pool), n)]
    noisy = base + rng.normal(0, 0.02, base.shape).astype(np.float32)
    return noisy / np.linalg.norm(noisy, axis=1, keepdims=True)


def build_synthetic(corpus: Path, data: Path, pool: np.ndarray, model: str) -> tuple[int, float]:
    rng = np.random.default_rng(5)
    started = time.perf_counter()
    with store.connect(data / "committee.sqlite3") as conn:
        migrations.apply(conn)
        with conn:
            store.check_model(conn, model)
            for path in sorted(corpus.iterdir()):
                source = read_path(path)
                doc, passages = prepare(source, Settings().passage_chars)
                noisy = perturbed(pool, len(passages), rng)
                sentences = [perturbed(pool, len(p.sentences()), rng) for p in passages]
                store.replace_document(conn, store.PaperToStore(doc, passages, noisy, sentences, source.file_format, source.sha256))
        count = store.passage_count(conn)
    return count, time.perf_counter() - started


def latency(base: str, queries: list[str]) -> tuple[float, float]:
    with httpx.Client(timeout=60) as client:
        for q in queries[:10]:
            client.get(f"{base}/api/search", params={"q": q, "k": 5})
        timings = []
        for q in queries:
            started = time.perf_counter()
            response = client.get(f"{base}/api/search", params={"q": q, "k": 5})
            timings.append(1000 * (time.perf_counter() - started))
            response.raise_for_status()
    return percentile(timings, 50), percentile(timings, 95)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--real-embed-max", type=int, default=10000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it (for profiling), not a temporary one")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    embedder = Embedder()
    queries = questions(args.queries)
    query_vectors = embedder.encode(queries)
    rows, pool = [], None
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        for size in sizes:
            corpus, data = Path(tmp) / f"corpus{size}", Path(tmp) / f"data{size}"
            make_corpus(math.ceil(size / PASSAGES_PER_PAPER), corpus)
            real = size <= args.real_embed_max or pool is None
            if real:
                count, seconds = build_real(corpus, data, embedder)
            else:
                count, seconds = build_synthetic(corpus, data, pool, Settings().model)
            with store.connect(data / "committee.sqlite3") as conn:
                ids, matrix = store.all_embeddings(conn)
                generation = store.generation(conn)
                terms = lexical.build(store.lexical_rows(conn))
            if real:
                pool = matrix
            flat = FaissIndex.build(ids, matrix, matrix.shape[1], 10**9)
            started = time.perf_counter()
            hnsw = FaissIndex.build(ids, matrix, matrix.shape[1], 0)
            hnsw_seconds = time.perf_counter() - started
            _, exact = flat.search(query_vectors, 10)
            _, approx = hnsw.search(query_vectors, 10)
            recall = np.mean([len(set(a) & set(e)) / 10 for a, e in zip(approx, exact)])
            for kind, index, threshold in (("flat", flat, str(10**9)), ("hnsw", hnsw, "0")):
                snapshots.save(snapshots.Snapshot(generation, index, terms), data, Settings().model)
                server = Server(data, free_port(), {"COMMITTEE_QA_ANN_THRESHOLD": threshold})
                try:
                    p50, p95 = latency(server.base, queries)
                    rss, peak = rss_mb(server.process.pid)
                finally:
                    server.stop()
                rows.append({
                    "passages": count, "vectors": "model" if real else "perturbed copies",
                    "build_per_s": count / seconds, "disk_mb": dir_mb(data), "kind": kind, "rss_mb": rss, "peak_mb": peak,
                    "p50_ms": p50, "p95_ms": p95, "recall10": 1.0 if kind == "flat" else recall,
                    "hnsw_build_s": hnsw_seconds if kind == "hnsw" else 0.0,
                })
                r = rows[-1]
                print(f"{r['passages']:>8} {r['vectors']:<17} {r['build_per_s']:>8.1f} {r['disk_mb']:>8.1f} {kind:<5} "
                      f"{r['rss_mb']:>7.0f} {r['p50_ms']:>7.1f} {r['p95_ms']:>7.1f} {r['recall10']:>6.3f} {r['hnsw_build_s']:>7.1f}", flush=True)
    print("\ncolumns: passages, where vectors came from, build passages/s (parse+chunk+embed+store+FAISS; without "
          "the model for perturbed copies), data dir MB, index kind, serving RSS MB, warm /api/search p50 and p95 ms "
          "(one client, loopback), ANN recall@10 vs flat, HNSW build s")
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
