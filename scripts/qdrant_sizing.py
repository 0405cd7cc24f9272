"""How much a Qdrant collection of committee-qa passages needs, worked out from measured bytes per passage.

    python scripts/qdrant_sizing.py --data DIR     # a data directory (embedded or qdrant backend)

Reads every stored passage, builds the point the Qdrant backend would write (qa/index/qdrant.py) and measures
its parts: the dense vector, the BM25 sparse vector, the payload (as JSON), and what Qdrant's indexes add per
point (HNSW links at m=16, the sparse inverted index, int8 quantized copies, keyword/full-text payload
indexes, estimated from the postings they hold). Prints the per-passage figures and a table for 10^6, 10^7
and 10^8 passages: RAM and disk with everything in RAM, and with vectors on disk and int8 copies in RAM.
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

from qa import store
from qa.config import Settings
from qa.index.qdrant import bm25_vector
from qa.text import terms, tokens

HNSW_M = 16  # Qdrant's default: 2m links on level 0, m above; 4 bytes each, ~1/(m-1) of points on upper levels
POSTING = 8  # bytes of one posting (point id + weight, or point id + position) in an inverted index


def measure(data: Path) -> dict[str, float]:
    settings = Settings.from_env(data_dir=data)
    with store.connect(settings.db_path) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM passages")]
        passages = store.get_passages(conn, ids)
        fields = dict(store.lexical_rows(conn, ids))
        dimension = len(store.embeddings_for(conn, ids[:1])[0])
    dense, sparse, payload, stems, words = [], [], [], [], []
    for pid in ids:
        passage = passages[pid]
        indices, _ = bm25_vector(fields[pid])
        body = {"kind": passage.kind, "source": passage.source, "committee": (passage.committee or "").lower(),
                "added": 1.7e9, "text": passage.text, "stems": sorted(set(terms(passage.text))), "date": 20240101}
        dense.append(4 * dimension)
        sparse.append(len(indices) * 8)
        payload.append(len(json.dumps(body, ensure_ascii=False).encode()))
        stems.append(len(body["stems"]))
        words.append(len(tokens(passage.text)))
    per = {
        "passages measured": len(ids),
        "dense vector (float32)": statistics.mean(dense),
        "sparse vector (BM25)": statistics.mean(sparse),
        "payload (JSON)": statistics.mean(payload),
        "HNSW links": 4 * (2 * HNSW_M + HNSW_M / (HNSW_M - 1)),
        "sparse inverted index": statistics.mean(sparse),
        "int8 quantized copy": dimension + 4,
        "payload indexes": POSTING * (statistics.mean(stems) + statistics.mean(words) + 6),
    }
    return per


def table(per: dict[str, float]) -> list[str]:
    vectors = per["dense vector (float32)"] + per["HNSW links"]
    sparse = per["sparse vector (BM25)"] + per["sparse inverted index"]
    payload = per["payload (JSON)"] + per["payload indexes"]
    lines = ["| passages | all in RAM: RAM | on disk + int8: RAM | disk (either) | e.g. nodes (64 GB RAM) |",
             "|---|---|---|---|---|"]
    for power in (6, 7, 8):
        n = 10**power
        in_ram = n * (vectors + sparse + payload)
        lean = n * (per["int8 quantized copy"] + per["HNSW links"] + per["sparse inverted index"] + per["payload indexes"])
        disk = n * (vectors + sparse + payload + per["int8 quantized copy"])
        nodes = max(1, -(-int(lean * 1.5) // (64 * 2**30)))  # half again for segments being optimised, and headroom
        lines.append(f"| 10^{power} | {in_ram / 2**30:,.0f} GiB | {lean / 2**30:,.0f} GiB | {disk / 2**30:,.0f} GiB | {nodes} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args()
    per = measure(args.data)
    for name, value in per.items():
        print(f"{name:<26} {value:>10,.0f}" + ("" if name == "passages measured" else " bytes per passage"))
    print()
    print("\n".join(table(per)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
