"""Index build speed against bare sentence-transformers, in one run on the same papers.

    python scripts/bench_build.py [--corpus DIR ...] [--repeats 3] [--no-processes]

Prints, for the same passages (default: the seeds and ../shared/real-dev/papers):
- bare: sentence-transformers `encode` of the passages' embedded texts (context_text), batch 32, the model
  loaded beforehand: passages/s;
- ours: `SearchService.add` on a fresh data folder (read, parse, chunk, embed passages and sentences,
  store, index), the model loaded beforehand: passages/s, and the time of each stage;
- their ratio (target >= 1.25), the median of --repeats runs of each, interleaved;
- unless --no-processes, the same as whole processes (`committee-qa index` against a Python process that
  loads sentence-transformers and encodes), as the issue measured them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa import backends, store, writer  # noqa: E402
from qa.config import DEFAULT_MODEL, Settings  # noqa: E402
from qa.embed import Embedder, resolve_model  # noqa: E402
from qa.ingest import prepare, read_paths  # noqa: E402
from qa.service import SearchService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = [ROOT / "seeds", ROOT.parent / "shared" / "real-dev" / "papers"]
BARE = """
import sys, time
from sentence_transformers import SentenceTransformer
texts = open(sys.argv[2], encoding="utf-8").read().split("\\x1e")
model = SentenceTransformer(sys.argv[1], device="cpu")
model.encode(texts, batch_size=32, normalize_embeddings=True)
"""


class Stages:
    """Wall time spent in each named stage of SearchService.add, by wrapping the functions that do them."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    @contextmanager
    def timing(self):
        wrapped = [(writer, "prepare", "parse + chunk"), (writer, "embed_papers", "embed"),
                   (store, "replace_document", "store (SQLite, FTS5)"), (backends.EmbeddedBackend, "stage", "index (FAISS, BM25, save)"),
                   (backends.EmbeddedBackend, "commit", "index (FAISS, BM25, save)")]
        originals = [(owner, name, getattr(owner, name)) for owner, name, _ in wrapped]
        for owner, name, label in wrapped:
            setattr(owner, name, self._timed(getattr(owner, name), label))
        try:
            yield self
        finally:
            for owner, name, original in originals:
                setattr(owner, name, original)

    def _timed(self, function, label: str):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started
        return timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-processes", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    corpus = args.corpus or DEFAULT_CORPUS

    started = time.perf_counter()
    sources = read_paths(corpus)
    read_seconds = time.perf_counter() - started
    texts = [p.context_text() for source in sources for p in prepare(source, Settings().passage_chars)[1]]
    n = len(texts)
    print(f"{len(sources)} papers, {n} passages ({sum(map(len, texts)) / n:.0f} characters on average), {os.cpu_count()} cores")

    from sentence_transformers import SentenceTransformer

    bare_model = SentenceTransformer(resolve_model(DEFAULT_MODEL), device="cpu")
    embedder = Embedder()
    bare_runs, ours_runs, stage_runs = [], [], []
    for _ in range(args.repeats):
        started = time.perf_counter()
        bare_model.encode(texts, batch_size=32, normalize_embeddings=True)
        bare_runs.append(time.perf_counter() - started)
        with tempfile.TemporaryDirectory() as tmp, Stages().timing() as stages:
            service = SearchService(Settings(data_dir=Path(tmp)), embedder)
            started = time.perf_counter()
            service.add(read_paths(corpus))
            ours_runs.append(time.perf_counter() - started)
            stage_runs.append(dict(stages.seconds))

    bare, ours = statistics.median(bare_runs), statistics.median(ours_runs)
    print(f"\nin process, model loaded, median of {args.repeats}:")
    print(f"  bare sentence-transformers encode  {bare:7.2f} s  {n / bare:7.1f} passages/s   runs {_list(bare_runs)}")
    print(f"  committee-qa add (whole pipeline)  {ours:7.2f} s  {n / ours:7.1f} passages/s   runs {_list(ours_runs)}")
    print(f"  ratio ours/bare: {bare / ours:.2f} (target >= 1.25)")
    print("  stages of ours (median):")
    print(f"    {'read files':<28} {read_seconds:7.2f} s (once, before the runs)")
    for label in stage_runs[0]:
        print(f"    {label:<28} {statistics.median(r.get(label, 0.0) for r in stage_runs):7.2f} s")

    if not args.no_processes:
        with tempfile.TemporaryDirectory() as tmp:
            text_file = Path(tmp) / "texts"
            text_file.write_text("\x1e".join(texts), encoding="utf-8")
            env = {**os.environ, "HF_HUB_OFFLINE": "1"}
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", BARE, resolve_model(DEFAULT_MODEL), str(text_file)], check=True, env=env,
                           capture_output=True)
            bare_process = time.perf_counter() - started
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "qa.cli", "--data", str(Path(tmp) / "index"), "index",
                            *map(str, corpus)], check=True, env=env, cwd=ROOT, capture_output=True)
            ours_process = time.perf_counter() - started
        print("\nwhole processes (model loading included):")
        print(f"  bare sentence-transformers  {bare_process:7.2f} s   committee-qa index  {ours_process:7.2f} s   "
              f"ratio {bare_process / ours_process:.2f}")
    return 0


def _list(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    sys.exit(main())
