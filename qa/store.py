"""The SQLite store of record: documents, items, passages (with their embeddings) and a FTS5 index.

The FAISS file beside it is derived data: it can always be rebuilt from the embeddings kept here,
so one SQLite transaction is what makes an add or a remove atomic.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from qa.chunk import Passage
from qa.errors import Gone, NotFound, UnknownSource
from qa.parse import ParsedDocument

SCHEMA_VERSION = 3
# Finds the passages still without sentence vectors without reading every row (checked on each load).
_MISSING_SENTENCES_INDEX = "CREATE INDEX IF NOT EXISTS passages_missing_sentences ON passages(id) WHERE sentence_vectors IS NULL;"
# What each version adds to the one before, applied in order to an older store. Passages from before
# version 3 have no sentence vectors (NULL); qa.search computes them when it next loads the store.
_MIGRATIONS = {
    2: "CREATE INDEX IF NOT EXISTS passages_item ON passages(item_id, kind);",
    3: "ALTER TABLE passages ADD COLUMN sentence_vectors BLOB;\n" + _MISSING_SENTENCES_INDEX,
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    committee TEXT,
    meeting_date TEXT,
    layout TEXT NOT NULL,
    format TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    text TEXT NOT NULL,
    pages TEXT,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS items (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    number TEXT,
    title TEXT NOT NULL,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    page INTEGER,
    embedding BLOB NOT NULL,
    sentence_vectors BLOB  -- float16, one row per sentence of the display text; NULL: not computed yet
);
CREATE INDEX IF NOT EXISTS passages_document ON passages(document_id, position);
CREATE INDEX IF NOT EXISTS items_document ON items(document_id, position);
CREATE INDEX IF NOT EXISTS passages_item ON passages(item_id, kind);
CREATE TABLE IF NOT EXISTS saved_searches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    filters TEXT NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT
);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(
    body, item_title, section, document_title, tokenize = 'porter unicode61 remove_diacritics 2'
);
""" + _MISSING_SENTENCES_INDEX


@dataclass(frozen=True)
class StoredPassage:
    id: int
    source: str
    document_title: str
    committee: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str
    section: tuple[str, ...]
    kind: str
    start: int
    end: int
    text: str
    position: int
    page: int | None

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)


@dataclass(frozen=True)
class DocumentSummary:
    source: str
    title: str
    committee: str | None
    meeting_date: str | None
    format: str
    items: int
    passages: int
    added_at: str
    sha256: str


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """Open the store (creating the schema on first use), commit on success, always close.

    One connection per request or thread: opening one is cheap, and the schema check is a read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            conn.execute("PRAGMA journal_mode = WAL")
            with conn:
                conn.executescript(_SCHEMA)
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version < SCHEMA_VERSION:
            with conn:
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    conn.executescript(_MIGRATIONS[step])
                conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        elif version > SCHEMA_VERSION:
            raise RuntimeError(f"{path} has schema version {version}, newer than this program's {SCHEMA_VERSION}")
        with conn:
            yield conn
    finally:
        conn.close()


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def generation(conn: sqlite3.Connection) -> int:
    return int(get_meta(conn, "generation") or 0)


def _bump_generation(conn: sqlite3.Connection) -> int:
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    return generation(conn)


def document_hash(conn: sqlite3.Connection, source: str) -> str | None:
    row = conn.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
    return row[0] if row else None


def _delete(conn: sqlite3.Connection, source: str) -> list[int]:
    row = conn.execute("SELECT id FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        return []
    ids = [r[0] for r in conn.execute("SELECT id FROM passages WHERE document_id = ?", (row[0],))]
    conn.executemany("DELETE FROM passages_fts WHERE rowid = ?", [(i,) for i in ids])
    conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
    return ids


def replace_document(
    conn: sqlite3.Connection,
    doc: ParsedDocument,
    passages: list[Passage],
    embeddings: np.ndarray,
    *,
    file_format: str,
    sha256: str,
    model: str,
    pages: list[int] | None = None,
    sentence_vectors: list[np.ndarray],
) -> tuple[list[int], list[int]]:
    """Store a paper in one transaction, replacing any earlier version. Returns (removed, added) ids.

    `sentence_vectors` holds, per passage, one row per sentence (Passage.sentences())."""
    if len(passages) != len(embeddings):
        raise ValueError("one embedding per passage")
    if len(sentence_vectors) != len(passages):
        raise ValueError("one sentence matrix per passage")
    now = _now()
    with conn:
        stored_model = get_meta(conn, "model")
        if stored_model is None:
            conn.execute("INSERT INTO meta VALUES ('model', ?)", (model,))
        elif stored_model != model:
            raise RuntimeError(f"the index was built with model {stored_model!r}, not {model!r}")
        removed = _delete(conn, doc.source)
        doc_id = conn.execute(
            "INSERT INTO documents (source, title, committee, meeting_date, layout, format, sha256, text, pages,"
            " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.source, doc.title, doc.committee, doc.meeting_date, doc.layout, file_format, sha256, doc.text,
             json.dumps(pages) if pages else None, now),
        ).lastrowid
        item_ids = []
        for position, item in enumerate(doc.items):
            item_ids.append(
                conn.execute(
                    "INSERT INTO items (document_id, number, title, position, start) VALUES (?, ?, ?, ?, ?)",
                    (doc_id, item.number, item.title, position, item.start),
                ).lastrowid
            )
        added = []
        for passage, vector, sentences in zip(passages, embeddings, sentence_vectors):
            page = _page_of(pages, passage.start)
            passage_id = conn.execute(
                "INSERT INTO passages (document_id, item_id, section, kind, start, end, text, position, page, embedding,"
                " sentence_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, item_ids[passage.item_index], json.dumps(passage.section), passage.kind, passage.start,
                 passage.end, passage.text, passage.position, page, np.asarray(vector, dtype=np.float32).tobytes(),
                 _sentence_blob(sentences)),
            ).lastrowid
            conn.execute(
                "INSERT INTO passages_fts (rowid, body, item_title, section, document_title) VALUES (?, ?, ?, ?, ?)",
                (passage_id, passage.display, passage.item_title, passage.section_path, doc.title),
            )
            added.append(passage_id)
        _bump_generation(conn)
    return removed, added


def _page_of(pages: list[int] | None, offset: int) -> int | None:
    """Page number (1-based) holding a character offset, given each page's start offset."""
    if not pages:
        return None
    page = 1
    for number, start in enumerate(pages, 1):
        if start <= offset:
            page = number
    return page


def remove_document(conn: sqlite3.Connection, source: str) -> list[int]:
    with conn:
        removed = _delete(conn, source)
        if not removed and document_hash(conn, source) is None:
            raise UnknownSource(f"no indexed paper is called {source!r}; `committee-qa list` shows what is indexed")
        _bump_generation(conn)
    return removed


_PASSAGE_SELECT = """
SELECT p.id, d.source, d.title AS document_title, d.committee, d.meeting_date, i.number AS item_number,
       i.title AS item_title, p.section, p.kind, p.start, p.end, p.text, p.position, p.page
FROM passages p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
"""


def _row_to_passage(row: sqlite3.Row) -> StoredPassage:
    values = dict(row)
    values["section"] = tuple(json.loads(values["section"]))
    return StoredPassage(**values)


def valid_id(value: int) -> bool:
    """Whether a number can be a SQLite row id at all (anything else is simply not found)."""
    return 0 < value < 2**63


def _rows_by_id(conn: sqlite3.Connection, sql: str, ids: list[int]) -> Iterator[sqlite3.Row]:
    """Rows for `... WHERE <id> IN ({marks})`, in chunks under SQLite's bound-parameter limit."""
    ids = [i for i in ids if valid_id(i)]
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start : chunk_start + 900]
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


def get_passages(conn: sqlite3.Connection, ids: list[int]) -> dict[int, StoredPassage]:
    rows = _rows_by_id(conn, _PASSAGE_SELECT + " WHERE p.id IN ({marks})", ids)
    return {row["id"]: _row_to_passage(row) for row in rows}


def item_resolutions(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[int]]:
    """For each passage id, the ids of the resolution passages in its item, in document order."""
    rows = _rows_by_id(
        conn,
        "SELECT p.id AS id, r.id AS resolution FROM passages p JOIN passages r ON r.item_id = p.item_id"
        " AND r.kind = 'resolution' WHERE p.id IN ({marks}) ORDER BY r.position",
        ids,
    )
    out: dict[int, list[int]] = {}
    for row in rows:
        out.setdefault(row["id"], []).append(row["resolution"])
    return out


def passages_of(conn: sqlite3.Connection, source: str) -> list[StoredPassage]:
    rows = conn.execute(f"{_PASSAGE_SELECT} WHERE d.source = ? ORDER BY p.position", (source,))
    return [_row_to_passage(row) for row in rows]


def passage_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM passages").fetchone()[0]


def all_embeddings(conn: sqlite3.Connection) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of every passage, in id order: what the FAISS index is rebuilt from."""
    rows = conn.execute("SELECT id, embedding FROM passages ORDER BY id").fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    vectors = np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
    return ids, vectors


def _sentence_blob(matrix: np.ndarray) -> bytes:
    return np.asarray(matrix, dtype=np.float16).tobytes()  # half the bytes; the scores move by < 1e-3


def passage_and_sentence_vectors(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[np.ndarray, np.ndarray | None]]:
    """For each passage id, its embedding and its sentences' (None where they are not computed yet)."""
    out = {}
    for row in _rows_by_id(conn, "SELECT id, embedding, sentence_vectors FROM passages WHERE id IN ({marks})", ids):
        passage = np.frombuffer(row[1], dtype=np.float32)
        sentences = None if row[2] is None else np.frombuffer(row[2], dtype=np.float16).reshape(-1, len(passage))
        out[row[0]] = (passage, sentences)
    return out


def passages_without_sentence_vectors(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, text) of passages stored before sentence vectors existed (schema 2 and older)."""
    return [(row[0], row[1]) for row in conn.execute("SELECT id, text FROM passages WHERE sentence_vectors IS NULL ORDER BY id")]


def set_sentence_vectors(conn: sqlite3.Connection, rows: list[tuple[int, np.ndarray]]) -> None:
    with conn:
        conn.executemany("UPDATE passages SET sentence_vectors = ? WHERE id = ?", [(_sentence_blob(m), pid) for pid, m in rows])


def embeddings_for(conn: sqlite3.Connection, ids: list[int]) -> np.ndarray:
    rows = {row[0]: np.frombuffer(row[1], dtype=np.float32)
            for row in _rows_by_id(conn, "SELECT id, embedding FROM passages WHERE id IN ({marks})", ids)}
    return np.vstack([rows[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)


def list_documents(conn: sqlite3.Connection) -> list[DocumentSummary]:
    rows = conn.execute(
        """SELECT d.source, d.title, d.committee, d.meeting_date, d.format, d.added_at, d.sha256,
                  (SELECT count(*) FROM items i WHERE i.document_id = d.id) AS items,
                  (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages
           FROM documents d ORDER BY d.source"""
    )
    return [DocumentSummary(**dict(row)) for row in rows]


@dataclass(frozen=True)
class StoredDocument:
    source: str
    title: str
    committee: str | None
    meeting_date: str | None
    text: str
    items: list[tuple[str | None, str, int]]  # (number, title, start)


def get_document(conn: sqlite3.Connection, source: str) -> StoredDocument:
    row = conn.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        raise UnknownSource(f"no indexed paper is called {source!r}; GET /api/documents lists what is indexed")
    items = [
        (r["number"], r["title"], r["start"])
        for r in conn.execute("SELECT number, title, start FROM items WHERE document_id = ? ORDER BY position", (row["id"],))
    ]
    return StoredDocument(row["source"], row["title"], row["committee"], row["meeting_date"], row["text"], items)


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    filters: dict
    created_at: str
    deleted_at: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def save_search(conn: sqlite3.Connection, name: str, query: str, filters: dict) -> SavedSearch:
    with conn:
        saved_id = conn.execute(
            "INSERT INTO saved_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)",
            (name, query, json.dumps(filters), _now()),
        ).lastrowid
    return get_saved_search(conn, saved_id, include_deleted=True)


def get_saved_search(conn: sqlite3.Connection, saved_id: int, include_deleted: bool = False) -> SavedSearch:
    row = conn.execute("SELECT * FROM saved_searches WHERE id = ?", (saved_id,)).fetchone() if valid_id(saved_id) else None
    if row is None:
        raise NotFound(f"there is no saved search {saved_id}; GET /api/saved-searches lists them")
    saved = SavedSearch(row["id"], row["name"], row["query"], json.loads(row["filters"]), row["created_at"], row["deleted_at"])
    if saved.deleted_at and not include_deleted:
        raise Gone(f"saved search {saved_id} was deleted on {saved.deleted_at[:10]}")
    return saved


def list_saved_searches(conn: sqlite3.Connection) -> list[SavedSearch]:
    rows = conn.execute("SELECT id FROM saved_searches WHERE deleted_at IS NULL ORDER BY id").fetchall()
    return [get_saved_search(conn, row[0]) for row in rows]


def delete_saved_search(conn: sqlite3.Connection, saved_id: int) -> None:
    get_saved_search(conn, saved_id)
    with conn:
        conn.execute("UPDATE saved_searches SET deleted_at = ? WHERE id = ?", (_now(), saved_id))
