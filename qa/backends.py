"""Where the retrieval index lives: beside the store (FAISS + BM25 snapshots, the default) or in Qdrant.

Both take the writer's changes in the same three steps and give searches the same two retrievers:

- `settle(conn)`: the view of what the store holds now (load or rebuild a snapshot; check the collection);
- `stage(conn, removed, added, vectors)`: inside the store's transaction, before it commits. Qdrant writes its
  points here, so that a failed write rolls the store back and nothing is half-added;
- `commit(view, conn, removed, added, vectors)`: after the commit: the next view, published to searches.

A view is what one search reads (`count`, `kind`); `retrievers(view, ...)` are the dense and lexical
retrievers over it (qa/retrieve.py's contract, `search(query, k, filters)`), `nearest` gives "more like this".
"""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from qa import store
from qa.config import Settings
from qa.errors import QdrantUnavailable
from qa.index import snapshot as snapshots
from qa.index.cache import PassageCache
from qa.index.snapshot import Snapshot
from qa.records import Filters
from qa.retrieve import DenseRetriever, LexicalRetriever, LocalFilter, PreparedQuery, Ranked


class Backend(Protocol):
    def settle(self, conn: sqlite3.Connection) -> object: ...

    def stage(self, conn: sqlite3.Connection, removed: list[int], added: list[int], vectors: np.ndarray) -> None: ...

    def commit(self, view: object, conn: sqlite3.Connection, removed: list[int], added: list[int],
               vectors: np.ndarray) -> object: ...

    def rebuild(self, conn: sqlite3.Connection) -> object: ...

    def follow(self, current: object, connect: Callable[[], AbstractContextManager[sqlite3.Connection]]) -> object: ...

    def retrievers(self, view: object, conn: sqlite3.Connection, local: LocalFilter,
                   cache: PassageCache) -> tuple[DenseRetriever, LexicalRetriever]: ...

    def nearest(self, view: object, vector: np.ndarray, k: int) -> Ranked: ...

    def vocabulary(self, view: object, conn: sqlite3.Connection) -> dict[tuple[str, int], list[str]]: ...

    def names(self, view: object, conn: sqlite3.Connection, keys: set[str]) -> dict[str, Counter[str]]: ...

    def health(self) -> None: ...

    def check(self, conn: sqlite3.Connection, view: object, repair: bool) -> tuple[list[int], list[int]]: ...

    def close(self) -> None: ...


def make_backend(settings: Settings, dimension: int) -> Backend:
    if settings.backend == "qdrant":
        return QdrantBackend(settings, dimension)
    return EmbeddedBackend(settings, dimension)


class EmbeddedBackend:
    """FAISS and BM25 in this process, from snapshot files beside the store (qa/index/snapshot.py)."""

    kind = "embedded"

    def __init__(self, settings: Settings, dimension: int):
        self.settings, self.dimension = settings, dimension
        self._stamp: tuple[int, int] | None = None
        self._follow_lock = threading.Lock()

    def settle(self, conn: sqlite3.Connection, latest: Snapshot | None = None) -> Snapshot:
        generation = store.generation(conn)
        if latest is not None and latest.generation == generation:
            return latest
        loaded = snapshots.load(self.settings.data_dir, self.settings.model, self.settings.ann_threshold, generation)
        if loaded is None:
            loaded = self.rebuild(conn)
        return loaded

    def stage(self, conn: sqlite3.Connection, removed: list[int], added: list[int], vectors: np.ndarray) -> None:
        """Nothing to do before the commit: the snapshot is made from the committed store."""

    def commit(self, view: Snapshot, conn: sqlite3.Connection, removed: list[int], added: list[int],
               vectors: np.ndarray) -> Snapshot:
        following = view.with_changes(conn, store.generation(conn), removed, added, vectors)
        snapshots.save(following, self.settings.data_dir, self.settings.model)
        self._stamp = snapshots.manifest_stamp(self.settings.data_dir)
        return following

    def rebuild(self, conn: sqlite3.Connection) -> Snapshot:
        built = snapshots.build(conn, self.dimension, self.settings.ann_threshold)
        snapshots.save(built, self.settings.data_dir, self.settings.model)
        self._stamp = snapshots.manifest_stamp(self.settings.data_dir)
        return built

    def follow(self, current: Snapshot, connect: Callable[[], AbstractContextManager[sqlite3.Connection]]) -> Snapshot:
        """A newer snapshot another process published (a CLI `add` beside a running server), if any; a search
        never waits for it: while one thread loads it, the others use the one in hand."""
        stamp = snapshots.manifest_stamp(self.settings.data_dir)
        if stamp == self._stamp or not self._follow_lock.acquire(blocking=False):
            return current
        try:
            loaded = snapshots.load(self.settings.data_dir, self.settings.model, self.settings.ann_threshold)
            if loaded is not None and loaded.generation > current.generation:
                current = loaded
            if loaded is not None:
                self._stamp = stamp
        finally:
            self._follow_lock.release()
        return current

    def retrievers(self, view: Snapshot, conn: sqlite3.Connection, local: LocalFilter,
                   cache: PassageCache) -> tuple[DenseRetriever, LexicalRetriever]:
        return DenseRetriever(view.vectors, conn, local, cache), LexicalRetriever(view.lexical, local)

    def nearest(self, view: Snapshot, vector: np.ndarray, k: int) -> Ranked:
        scores, ids = view.vectors.search(vector[None, :], min(view.vectors.count, k))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def vocabulary(self, view: Snapshot, conn: sqlite3.Connection) -> dict[tuple[str, int], list[str]]:
        return view.vocabulary(conn)

    def names(self, view: Snapshot, conn: sqlite3.Connection, keys: set[str]) -> dict[str, Counter[str]]:
        return view.names(conn, keys)

    def health(self) -> None:
        """Nothing outside this process to reach."""

    def check(self, conn: sqlite3.Connection, view: Snapshot | None, repair: bool) -> tuple[list[int], list[int]]:
        """Passages the store has and the snapshot lacks, and the snapshot's ids the store does not have (the
        writer repairs by a rebuild from the store, which keeps every embedding)."""
        view = self.settle(conn, view)
        stored = {row[0] for row in conn.execute("SELECT id FROM passages")}
        vectors, words = set(view.vectors.ids().tolist()), set(view.lexical.ids.tolist())
        return sorted(stored - (vectors & words)), sorted((vectors | words) - stored)

    def close(self) -> None:
        """Nothing held open."""


# --- Qdrant -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class QdrantView:
    """What a search reads with the Qdrant backend: the collection is always current, so a view is the store
    generation it was taken at, and the "did you mean" words of that generation."""

    generation: int
    count: int
    kind: str = "qdrant"
    _words: dict = field(default_factory=dict, compare=False, repr=False)
    _words_lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)


class QdrantBackend:
    """The retrieval index in a Qdrant collection (qa/index/qdrant.py); the store stays the record."""

    kind = "qdrant"

    def __init__(self, settings: Settings, dimension: int):
        from qa.index.qdrant import QdrantIndex

        self.settings = settings
        self.index = QdrantIndex(settings.qdrant, settings.model, dimension)
        self._current: QdrantView | None = None

    def settle(self, conn: sqlite3.Connection, latest: QdrantView | None = None) -> QdrantView:
        """The collection is made when the store is empty; a store with passages and no collection (deleted, or
        a new cluster) is refused until `committee-qa check --repair` writes them, rather than searching nothing."""
        count = store.passage_count(conn)
        if not self.index.check_collection(create=count == 0):
            raise QdrantUnavailable(
                f"the Qdrant collection {self.settings.qdrant.collection!r} does not exist and the store holds {count} "
                "passages; run `committee-qa check --repair` to write them into a new one")
        return self._view(conn, latest)

    def _view(self, conn: sqlite3.Connection, latest: QdrantView | None = None) -> QdrantView:
        generation = store.generation(conn)
        if latest is not None and latest.generation == generation:
            return latest
        self._current = QdrantView(generation, store.passage_count(conn))
        return self._current

    def stage(self, conn: sqlite3.Connection, removed: list[int], added: list[int], vectors: np.ndarray) -> None:
        """Write the new points, then remove the old; if either fails, take the new ones out again and let the
        store's transaction roll back (QdrantUnavailable propagates), so nothing is half-added."""
        try:
            self.index.upsert(conn, added, vectors if len(added) else None)
            self.index.delete(removed)
        except Exception:
            try:
                self.index.delete(added)
            except Exception:  # noqa: BLE001, S110 - unreachable again: `committee-qa check` removes strays
                pass
            raise

    def commit(self, view: QdrantView, conn: sqlite3.Connection, removed: list[int], added: list[int],
               vectors: np.ndarray) -> QdrantView:
        return self._view(conn)

    def rebuild(self, conn: sqlite3.Connection) -> QdrantView:
        return self._view(conn)

    def follow(self, current: QdrantView, connect: Callable[[], AbstractContextManager[sqlite3.Connection]]) -> QdrantView:
        """The collection is shared and always current; a new view when the store's generation moved on."""
        with connect() as conn:
            return self._view(conn, current)

    def retrievers(self, view: QdrantView, conn: sqlite3.Connection, local: LocalFilter,
                   cache: PassageCache) -> tuple[DenseRetriever, LexicalRetriever]:
        return QdrantDenseRetriever(self.index, conn, local, cache), QdrantLexicalRetriever(self.index)

    def nearest(self, view: QdrantView, vector: np.ndarray, k: int) -> Ranked:
        return self.index.dense(vector, k)

    def vocabulary(self, view: QdrantView, conn: sqlite3.Connection) -> dict[tuple[str, int], list[str]]:
        with view._words_lock:
            if "groups" not in view._words:
                view._words["groups"] = snapshots.word_groups(store.every_passage_body(conn))
            return view._words["groups"]

    def names(self, view: QdrantView, conn: sqlite3.Connection, keys: set[str]) -> dict[str, Counter[str]]:
        with view._words_lock:
            return snapshots.names_remembered(view._words, conn, keys, lambda: store.every_passage_body(conn))

    def health(self) -> None:
        """Raises QdrantUnavailable when the collection cannot be read (down, a refused key, another model's)."""
        self.index.check_collection(create=False)

    def close(self) -> None:
        self.index.close()

    def check(self, conn: sqlite3.Connection, view: QdrantView | None, repair: bool) -> tuple[list[int], list[int]]:
        """Passages the store has and the collection lacks, and points the store does not have; with `repair`,
        the missing are written from the store's vectors and the strays removed."""
        exists = self.index.check_collection(create=repair)
        stored = {row[0] for row in conn.execute("SELECT id FROM passages")}
        points = self.index.point_ids() if exists else set()
        missing, stray = sorted(stored - points), sorted(points - stored)
        if repair:
            self.index.upsert(conn, missing)
            self.index.delete(stray)
        return missing, stray


class QdrantDenseRetriever(DenseRetriever):
    """Nearest passages from the collection, filtered inside Qdrant; re-scored like the embedded one."""

    def __init__(self, index, conn: sqlite3.Connection, local: LocalFilter, cache: PassageCache):  # noqa: ANN001
        super().__init__(None, conn, local, cache)  # type: ignore[arg-type]
        self.index = index

    def search(self, query: PreparedQuery, k: int, filters: Filters) -> Ranked:
        if filters.nothing:
            return []
        return self.index.dense(query.vector, k, self.index.filter(filters, *query.parsed.constraints))


class QdrantLexicalRetriever:
    """BM25 from the collection's sparse vectors (IDF by Qdrant), filtered inside Qdrant."""

    name = "lexical"

    def __init__(self, index):  # noqa: ANN001 - qa.index.qdrant.QdrantIndex
        self.index = index

    def search(self, query: PreparedQuery, k: int, filters: Filters, require_all: bool = False) -> Ranked:
        if filters.nothing or not query.terms:
            return []
        query_filter = self.index.filter(filters, *query.parsed.constraints)
        if require_all:  # every term in the passage: its stems are in the payload
            m = self.index.models
            every = [m.FieldCondition(key="stems", match=m.MatchValue(value=term)) for term in sorted(set(query.terms))]
            query_filter = m.Filter(must=[*(query_filter.must or []), *every] if query_filter else every,
                                    must_not=query_filter.must_not if query_filter else None)
        return self.index.sparse(query.terms, k, query_filter)
