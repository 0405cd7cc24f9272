"""The FAISS index on disk: `vectors.faiss` plus `vectors.json` (model, dimension, count, generation).

It is derived from the embeddings in the SQLite store. It is written to a temporary file and renamed
into place, and it records the store generation it was built from: a file from another generation
(an add killed half-way, say) is rebuilt from the store instead of being served.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import faiss
import numpy as np

FORMAT_VERSION = 1
HNSW_M = 32
EF_SEARCH = 256  # recall@10 vs exact: 0.970 at 128 on 100k passages (bench_scale), so higher


@dataclass
class VectorIndex:
    index: faiss.Index
    kind: str  # "flat" or "hnsw"
    generation: int

    @property
    def count(self) -> int:
        return int(self.index.ntotal)

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) per query; ids are SQLite passage ids, -1 where fewer than k were found."""
        k = max(1, min(k, self.count)) if self.count else 1
        if self.count == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(allowed.astype(np.int64))
            params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(EF_SEARCH, k)) if self.kind == "hnsw" else faiss.SearchParameters(sel=selector)
        elif self.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=max(EF_SEARCH, k))
        scores, ids = self.index.search(queries, k, params=params)
        return scores, ids


def build(ids: np.ndarray, vectors: np.ndarray, dimension: int, ann_threshold: int, generation: int) -> VectorIndex:
    """Exact inner-product search up to ann_threshold passages, HNSW above it."""
    if len(ids) > ann_threshold:
        inner = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
        inner.hnsw.efConstruction = 80
        kind = "hnsw"
    else:
        inner = faiss.IndexFlatIP(dimension)
        kind = "flat"
    index = faiss.IndexIDMap(inner)
    if len(ids):
        index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
    return VectorIndex(index, kind, generation)


def save(vector_index: VectorIndex, data_dir: Path, model: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = data_dir / "vectors.faiss.tmp"
    faiss.write_index(vector_index.index, str(tmp))
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    meta = {
        "format_version": FORMAT_VERSION,
        "model": model,
        "dimension": int(vector_index.index.d),
        "normalized": True,
        "metric": "inner_product",
        "kind": vector_index.kind,
        "count": vector_index.count,
        "generation": vector_index.generation,
    }
    meta_tmp = data_dir / "vectors.json.tmp"
    meta_tmp.write_text(json.dumps(meta, indent=2))
    # The JSON names the generation; rename the index first so a crash between the two renames
    # leaves an old JSON that does not match the store, which triggers a rebuild on load.
    os.replace(tmp, data_dir / "vectors.faiss")
    os.replace(meta_tmp, data_dir / "vectors.json")


def load(data_dir: Path, model: str, generation: int) -> VectorIndex | None:
    """The saved index if it is whole and belongs to this store generation and model, else None."""
    meta_path, index_path = data_dir / "vectors.json", data_dir / "vectors.faiss"
    if not meta_path.exists() or not index_path.exists():
        return None
    try:
        meta = json.loads(meta_path.read_text())
        if (meta.get("format_version"), meta.get("model"), meta.get("generation")) != (FORMAT_VERSION, model, generation):
            return None
        index = faiss.read_index(str(index_path))
    except (OSError, ValueError, RuntimeError):
        return None
    if index.ntotal != meta.get("count"):
        return None
    return VectorIndex(index, meta.get("kind", "flat"), generation)
