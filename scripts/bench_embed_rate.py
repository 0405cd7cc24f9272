"""Does embedding slow down as a long build goes on? The rate of every 1,280 passages over one corpus.

    python scripts/make_corpus.py 1800 /tmp/c20k      # ~20k passages
    python scripts/bench_embed_rate.py /tmp/c20k

Reads, parses and chunks the corpus first, then embeds every passage (and its sentences) the way `add`
does, printing passages/s for each stretch of 1,280 and for the whole run. The first stretch includes
loading the model (and exporting it to ONNX on a fresh cache).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.config import DEFAULT_MODEL  # noqa: E402
from qa.embed import Embedder  # noqa: E402
from qa.ingest import embed_passages, prepare, read_paths  # noqa: E402

STRETCH = 1280


class Rates:
    """A Progress (qa/ingest.py) that prints the rate of each stretch of passages."""

    def __init__(self) -> None:
        self.done, self.marks = 0, [time.perf_counter()]

    def start(self, total: int) -> None:
        print(f"embedding {total} passages", flush=True)

    def advance(self, n: int) -> None:
        self.done += n
        if self.done % STRETCH < n:
            now = time.perf_counter()
            print(f"{self.done:>7} passages  {STRETCH / (now - self.marks[-1]):6.1f} passages/s (last {STRETCH})", flush=True)
            self.marks.append(now)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--passage-chars", type=int, default=700)
    args = parser.parse_args()
    passages = [p for source in read_paths([args.corpus]) for p in prepare(source, args.passage_chars)[1]]
    started = time.perf_counter()
    embed_passages(Embedder(DEFAULT_MODEL), passages, Rates())
    print(f"total {len(passages) / (time.perf_counter() - started):.1f} passages/s over {len(passages)} passages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
