"""Passage vectors behind one contract (`VectorIndex`), with FAISS as the embedded implementation.

The contract, after txtai's ann/base.py: build from (ids, vectors), apply a change (removed ids, added
ids and vectors) giving a new index, search with an optional allowed-id set, count, save and load.
An index is never changed in place: a search in another thread keeps reading the one it took.

FaissIndex chooses exact search (IndexFlatIP) up to `ann_threshold` passages and HNSW above it
(README: where the line is, and why). HNSW cannot delete, so a removal above the line, or a change
that crosses it, is a rebuild from the store's embeddings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from qa.index.atomic import atomic_write

# One search is tiny work: OpenMP's thread start-up costs more than it saves, and concurrent requests
# already use every core. (Measured: 3.6 ms of a 12 ms warm search on 96 vectors went to it.)
faiss.omp_set_num_threads(1)

HNSW_M = 32
EF_CONSTRUCTION = 80
EF_SEARCH = 256  # recall@10 vs exact: 0.970 at 128 on 100k passages (bench_scale), so higher

Embeddings = Callable[[], tuple[np.ndarray, np.ndarray]]  # every stored (ids, vectors), for a rebuild


class VectorIndex(Protocol):
    kind: str

    @property
    def count(self) -> int: ...

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]: ...

    def with_changes(self, removed: np.ndarray, added_ids: np.ndarray, added_vectors: np.ndarray,
                     all_embeddings: Embeddings) -> VectorIndex: ...

    def save(self, path: Path) -> None: ...


@dataclass(frozen=True)
class FaissIndex:
    index: faiss.Index
    kind: str  # "flat" or "hnsw"
    ann_threshold: int

    @classmethod
    def build(cls, ids: np.ndarray, vectors: np.ndarray, dimension: int, ann_threshold: int) -> FaissIndex:
        if len(ids) > ann_threshold:
            inner = faiss.IndexHNSWFlat(dimension, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            inner.hnsw.efConstruction = EF_CONSTRUCTION
            kind = "hnsw"
        else:
            inner, kind = faiss.IndexFlatIP(dimension), "flat"
        index = faiss.IndexIDMap(inner)
        if len(ids):
            index.add_with_ids(np.ascontiguousarray(vectors, dtype=np.float32), ids.astype(np.int64))
        return cls(index, kind, ann_threshold)

    @classmethod
    def load(cls, path: Path, kind: str, ann_threshold: int) -> FaissIndex:
        return cls(faiss.read_index(str(path)), kind, ann_threshold)

    @property
    def count(self) -> int:
        return int(self.index.ntotal)

    @property
    def dimension(self) -> int:
        return int(self.index.d)

    def ids(self) -> np.ndarray:
        """The passage ids it holds (IndexIDMap's id map)."""
        return faiss.vector_to_array(faiss.downcast_index(self.index).id_map).astype(np.int64)

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(scores, ids) per query; ids are SQLite passage ids, -1 where fewer than k were found."""
        if self.count == 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        k = max(1, min(k, self.count))
        params = None
        if allowed is not None:
            selector = faiss.IDSelectorBatch(allowed.astype(np.int64))
            if self.kind == "hnsw":
                params = faiss.SearchParametersHNSW(sel=selector, efSearch=max(EF_SEARCH, k))
            else:
                params = faiss.SearchParameters(sel=selector)
        elif self.kind == "hnsw":
            params = faiss.SearchParametersHNSW(efSearch=max(EF_SEARCH, k))
        return self.index.search(np.ascontiguousarray(queries, dtype=np.float32), k, params=params)

    def with_changes(self, removed: np.ndarray, added_ids: np.ndarray, added_vectors: np.ndarray,
                     all_embeddings: Embeddings) -> FaissIndex:
        total = self.count + len(added_ids) - len(removed)
        crosses = (self.kind == "hnsw") != (total > self.ann_threshold)
        if crosses or (len(removed) and self.kind == "hnsw"):
            ids, vectors = all_embeddings()
            return FaissIndex.build(ids, vectors, self.dimension, self.ann_threshold)
        index = faiss.clone_index(self.index)
        if len(removed):
            index.remove_ids(np.asarray(removed, dtype=np.int64))
        if len(added_ids):
            index.add_with_ids(np.ascontiguousarray(added_vectors, dtype=np.float32), np.asarray(added_ids, dtype=np.int64))
        return FaissIndex(index, self.kind, self.ann_threshold)

    def save(self, path: Path) -> None:
        atomic_write(path, lambda tmp: faiss.write_index(self.index, str(tmp)))
