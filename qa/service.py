"""SearchService: the model, the retrieval backend, its current view and the writer of one data directory.

Searches read the view they take at their start (a FAISS + BM25 snapshot, or a Qdrant view); the writer
publishes the next one. Between two searches the service notices a snapshot another process published (a
CLI `add` beside a running server) by the manifest's timestamp, and loads it; it never writes to do so.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from qa import search, store
from qa.backends import Backend, make_backend
from qa.config import Settings
from qa.embed import Embedder
from qa.formats import SourceText
from qa.index.cache import PassageCache
from qa.ingest import Progress
from qa.records import Query, Result, SearchResponse
from qa.writer import AddReport, ReindexReport, Writer


class SearchService:
    def __init__(self, settings: Settings, embedder: Embedder | None = None, open_index: bool = True):
        self.settings = settings
        self.embedder = embedder or Embedder(settings.model, backend=settings.embedding_backend, cache_dir=settings.model_cache,
                                             device=settings.device)
        self.backend: Backend = make_backend(settings, self.embedder.dimension)
        self._view: object | None = None
        self._view_lock = threading.Lock()
        self._connections = threading.local()
        self.cache = PassageCache()
        self.writer = Writer(settings, self.embedder, self._publish, self.backend)
        try:
            self.backend.health()  # an unreachable Qdrant, or another model's collection, before anything is written
            self.writer.open(settle=open_index)
        except BaseException:
            self.backend.close()  # a local Qdrant folder's lock goes with it
            raise

    def _publish(self, view: object) -> None:
        """Called by our writer with the view (a Snapshot, or a QdrantView) of what it just committed."""
        with self._view_lock:
            self._view = view

    def snapshot(self) -> object:
        """The newest published view: ours, or a newer one another process wrote (a CLI `add` beside a server).
        A search that looked on disk while our writer published keeps the writer's view: a view replaces the
        one in hand only when its generation is newer, so an older one is never put back over it."""
        followed = self.backend.follow(self._view, self.connect)
        with self._view_lock:
            if self._view is None or followed.generation > self._view.generation:
                self._view = followed
            return self._view

    @contextmanager
    def connect(self) -> Iterator:
        """This thread's connection to the store, opened once and kept (a search should not pay to open one)."""
        conn = getattr(self._connections, "conn", None)
        if conn is None:
            conn = self._connections.conn = store.open_connection(self.settings.db_path)
        with store.using(conn, self.settings.db_path):
            yield conn

    @contextmanager
    def reader(self) -> Iterator[search.Reader]:
        view = self.snapshot()
        with self.connect() as conn:
            yield search.Reader(view, conn, self.embedder, self.backend, self.cache)

    # -- reading ----------------------------------------------------------------------------------
    def search_many(self, queries: list[Query], stages: str | None = None) -> list[SearchResponse]:
        with self.reader() as reader:
            return search.search_many(reader, queries, stages, self.settings.limits.query_chars)

    def search(self, query: Query, stages: str | None = None) -> SearchResponse:
        return self.search_many([query], stages)[0]

    def similar(self, passage_id: int, k: int = 5) -> list[Result]:
        with self.reader() as reader:
            return search.similar(reader, passage_id, k)

    @property
    def passage_count(self) -> int:
        return self.snapshot().count

    @property
    def index_kind(self) -> str:
        """flat or hnsw (FAISS, embedded), or qdrant."""
        return self.snapshot().kind

    def health(self) -> None:
        """Raises when the index cannot answer (QdrantUnavailable with the Qdrant backend)."""
        self.backend.health()

    def check(self, repair: bool = False) -> tuple[list[int], list[int]]:
        """Passages the store has and the index lacks, and the index's passages the store does not have; with
        `repair`, both put right from the store. Under the write lock: no change lands half-way through."""
        return self.writer.check(repair)

    def close(self) -> None:
        self.backend.close()

    # -- writing ----------------------------------------------------------------------------------
    def add(self, sources: list[SourceText], progress: Progress | None = None, background: bool = False) -> list[AddReport]:
        return self.writer.add(sources, progress, background)

    def remove(self, source: str) -> int:
        return self.writer.remove(source)

    def reindex(self, progress: Progress | None = None) -> ReindexReport:
        return self.writer.reindex(progress)

    def outline(self, source: str) -> dict:
        from qa.outline import outline_of_stored

        with self.connect() as conn:
            return outline_of_stored(conn, source)
