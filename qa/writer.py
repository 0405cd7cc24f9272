"""The one writer: every change to a data directory goes through here, one at a time.

A change (add, remove, reindex, a migration) runs under two locks: a thread lock in this process and an
exclusive `flock` on `write.lock` in the data directory, so a server and a CLI `add` beside it never
write at once. Under them the writer

1. brings the store's schema up to date (qa/migrations.py) and embeds what an older store lacks;
2. commits the change to SQLite in one transaction (the store of record);
3. makes the next Snapshot from the last one (copy on write), saves its files and its manifest;
4. publishes it: the service's searches pick it up by reference, other processes by the manifest.

Expensive work (reading, parsing, embedding) happens before the locks are taken. A process killed at any
point leaves a store that opens: the snapshot of an interrupted change is rebuilt from the store.
"""

from __future__ import annotations

import fcntl
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np

from qa import catalog, migrations, store
from qa.backends import Backend
from qa.config import Settings
from qa.embed import Embedder
from qa.errors import NothingToIndex
from qa.formats import SourceText
from qa.ingest import Progress, embed_papers, prepare
from qa.parse import PARSER_VERSION
from qa.text import display_sentences


@dataclass(frozen=True)
class AddReport:
    source: str
    status: str  # "added", "replaced" or "unchanged"
    items: int
    passages: int


@dataclass(frozen=True)
class ReindexReport:
    papers: int
    items_before: int
    items_after: int
    passages_before: int
    passages_after: int
    vectors_reused: int  # passages cut as before, whose stored vectors were kept


class Writer:
    def __init__(self, settings: Settings, embedder: Embedder, publish: Callable[[object], None], backend: Backend):
        self.settings = settings
        self.embedder = embedder
        self.backend = backend
        self._publish = publish
        self._latest: object | None = None  # the backend's view: a Snapshot, or a QdrantView
        self._thread_lock = threading.Lock()

    @contextmanager
    def _locked(self) -> Iterator[None]:
        data_dir = self.settings.data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        with self._thread_lock, open(data_dir / "write.lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # -- opening a data directory -----------------------------------------------------------------
    def open(self, settle: bool = True) -> object | None:
        """Upgrade the store if it is older than this program, and publish a view of what it holds (not with
        `settle=False`: `committee-qa check` looks at an index that may not be usable yet)."""
        with self._locked(), store.connect(self.settings.db_path) as conn:
            migrations.apply(conn)
            self._fill_sentence_vectors(conn)
            return self._settle(conn) if settle else None

    def _fill_sentence_vectors(self, conn) -> None:  # noqa: ANN001 - sqlite3.Connection
        """A data migration: passages stored before sentence vectors existed get them, once."""
        missing = store.passages_without_sentence_vectors(conn)
        if not missing:
            return
        print(f"committee-qa: embedding the sentences of {len(missing)} passages indexed by an older version (once)",
              file=sys.stderr)
        matrices = self.embedder.encode_groups([display_sentences(text) for _, text in missing])
        with conn:
            store.set_sentence_vectors(conn, [(pid, matrix) for (pid, _), matrix in zip(missing, matrices)])

    def _settle(self, conn) -> object:  # noqa: ANN001
        """The view of the store's current generation: the one we hold, the one on disk, or a rebuild."""
        latest = self.backend.settle(conn, self._latest)
        if latest is not self._latest:
            self._use(latest)
        return latest

    def _use(self, view: object) -> None:
        self._latest = view
        self._publish(view)

    # -- changes ----------------------------------------------------------------------------------
    def add(self, sources: list[SourceText], progress: Progress | None = None, background: bool = False) -> list[AddReport]:
        """Add or replace papers (unchanged ones are skipped): embedded first, then stored in one transaction.
        `background`: beside a server answering searches (qa.embed.Embedder.encode)."""
        reports, pending = [], []
        if self.parsed_by_another_version():  # stored papers were cut by another parser: re-cut them first
            report = self.reindex()
            print(f"committee-qa: re-parsed the {report.papers} stored papers with this version's parser "
                  f"({report.items_before} -> {report.items_after} items)", file=sys.stderr)
        with store.connect(self.settings.db_path) as conn:
            known = {source.source: store.document_hash(conn, source.source) for source in sources}
        for source in sources:
            doc, passages = prepare(source, self.settings.passage_chars)
            if not passages:
                raise NothingToIndex(f"nothing to index in {source.source}: no paragraph of text was found in it")
            if known[source.source] == source.sha256:
                reports.append(AddReport(source.source, "unchanged", len(doc.items), len(passages)))
            else:
                pending.append((source, doc, passages))
        if not pending:
            return reports
        papers = embed_papers(self.embedder, pending, progress, background=background)
        with self._locked(), store.connect(self.settings.db_path) as conn:
            base = self._settle(conn)
            removed, added = [], []
            vectors = _matrix([v for paper in papers for v in paper.embeddings], self.embedder.dimension)
            with conn:
                store.check_model(conn, self.settings.model)
                store.set_meta(conn, "parser", PARSER_VERSION)
                for paper in papers:
                    gone, new = store.replace_document(conn, paper)
                    removed += gone
                    added += new
                    status = "replaced" if known[paper.doc.source] is not None else "added"
                    reports.append(AddReport(paper.doc.source, status, len(paper.doc.items), len(paper.passages)))
                self.backend.stage(conn, removed, added, vectors)
            self._use(self.backend.commit(base, conn, removed, added, vectors))
        return reports

    def remove(self, source: str) -> int:
        """Remove one paper; returns how many passages went with it."""
        with self._locked(), store.connect(self.settings.db_path) as conn:
            base = self._settle(conn)
            nothing = _matrix([], self.embedder.dimension)
            with conn:
                removed = store.remove_document(conn, source)
                self.backend.stage(conn, removed, [], nothing)
            self._use(self.backend.commit(base, conn, removed, [], nothing))
        return len(removed)

    def check(self, repair: bool) -> tuple[list[int], list[int]]:
        """Passages the store has and the index lacks, and the index's the store does not have; `repair` puts
        the index right from the store and publishes it."""
        with self._locked(), store.connect(self.settings.db_path) as conn:
            found = self.backend.check(conn, self._latest, repair)
            if repair:
                self._use(self.backend.rebuild(conn) if any(found) else self._settle(conn))
            return found

    def parsed_by_another_version(self) -> bool:
        """Whether the store holds papers cut by a parser other than this program's (or by one from before
        the store recorded which)."""
        if not store.has_passages_table(self.settings.db_path):
            return False
        with store.connect(self.settings.db_path) as conn:
            return store.passage_count(conn) > 0 and store.get_meta(conn, "parser") != PARSER_VERSION

    def reindex(self, progress: Progress | None = None) -> ReindexReport:
        """Re-parse every stored paper from its stored text with this program's parser, in one transaction:
        all papers change together or none does. Passages cut as before keep their vectors."""
        with store.connect(self.settings.db_path) as conn:
            documents = [catalog.get_document(conn, source) for source in catalog.sources(conn)]
            known = store.stored_vectors(conn)
            before = (store.passage_count(conn), conn.execute("SELECT count(*) FROM items WHERE NOT preamble").fetchone()[0])
        prepared = []
        for d in documents:
            source = SourceText(d.source, d.text, d.format, d.sha256, d.pages)
            prepared.append((source, *prepare(source, self.settings.passage_chars)))
        papers = embed_papers(self.embedder, prepared, progress, known)
        reused = sum(all(text in known for text in (p.context_text(), *p.sentences()))
                     for _, _, passages in prepared for p in passages)
        with self._locked(), store.connect(self.settings.db_path) as conn:
            removed, added, vectors = [], [], []
            with conn:
                store.set_meta(conn, "parser", PARSER_VERSION)
                for paper, document in zip(papers, documents):
                    if store.document_hash(conn, document.source) == document.sha256:  # not changed meanwhile
                        gone, new = store.replace_document(conn, replace(paper, added_at=document.added_at))
                        removed += gone
                        added += new
                        vectors += list(paper.embeddings)
                self.backend.stage(conn, removed, added, _matrix(vectors, self.embedder.dimension))
            self._use(self.backend.rebuild(conn))
            after = (store.passage_count(conn), conn.execute("SELECT count(*) FROM items WHERE NOT preamble").fetchone()[0])
        return ReindexReport(len(documents), before[1], after[1], before[0], after[0], reused)

def _matrix(vectors: list, dimension: int) -> np.ndarray:
    return np.vstack(vectors).astype(np.float32) if len(vectors) else np.zeros((0, dimension), np.float32)
