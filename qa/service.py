"""SearchService: the model, the current snapshot and the writer of one data directory, put together.

Searches read the snapshot they take at their start; the writer publishes the next one. Between two
searches the service notices a snapshot another process published (a CLI `add` beside a running
server) by the manifest's timestamp, and loads it; it never writes to do so.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from qa import search, store
from qa.config import Settings
from qa.embed import Embedder
from qa.formats import SourceText
from qa.index import snapshot as snapshots
from qa.index.cache import PassageCache
from qa.index.snapshot import Snapshot
from qa.ingest import Progress
from qa.records import Query, Result, SearchResponse
from qa.writer import AddReport, ReindexReport, Writer


class SearchService:
    def __init__(self, settings: Settings, embedder: Embedder | None = None):
        self.settings = settings
        self.embedder = embedder or Embedder(settings.model, backend=settings.embedding_backend, cache_dir=settings.model_cache,
                                             device=settings.device)
        self._snapshot: Snapshot | None = None
        self._stamp: tuple[int, int] | None = None
        self._follow_lock = threading.Lock()
        self._connections = threading.local()
        self.cache = PassageCache()
        self.writer = Writer(settings, self.embedder, self._publish)
        self.writer.open()

    def _publish(self, snapshot: Snapshot) -> None:
        """Called by our writer with the snapshot it just saved."""
        self._stamp = snapshots.manifest_stamp(self.settings.data_dir)
        self._snapshot = snapshot

    def snapshot(self) -> Snapshot:
        """The newest published snapshot: ours, or a newer one another process wrote."""
        current = self._snapshot
        stamp = snapshots.manifest_stamp(self.settings.data_dir)
        if stamp == self._stamp or not self._follow_lock.acquire(blocking=False):
            return current  # nothing new, or another thread is loading it: this search uses the one in hand
        try:
            loaded = snapshots.load(self.settings.data_dir, self.settings.model, self.settings.ann_threshold)
            if loaded is not None and loaded.generation > current.generation:
                self._snapshot = current = loaded
            if loaded is not None:
                self._stamp = stamp
        finally:
            self._follow_lock.release()
        return current

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
        snapshot = self.snapshot()
        with self.connect() as conn:
            yield search.Reader(snapshot, conn, self.embedder, self.cache)

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
        return self.snapshot().vectors.kind

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
