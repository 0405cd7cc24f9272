"""The SQLite store of record: documents, items, passages (with their embeddings), FTS5, saved searches.

The snapshot files beside it (qa/index/snapshot.py) are derived data: they can always be rebuilt
from the embeddings kept here, so one SQLite transaction is what makes an add or a remove atomic.
Every change moves the store's `generation` on by one. The schema is qa/migrations.py's.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np

from qa.errors import IndexDamaged, UnknownSource
from qa.parse import ParsedDocument
from qa.records import Passage


def open_connection(path: Path) -> sqlite3.Connection:
    """A connection set up as every part of the program uses it. The schema is made and upgraded by the
    writer (qa.writer), never here."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error as error:
        raise IndexDamaged(f"the store at {path} cannot be opened ({error}); check the path or run `committee-qa reindex`") from error
    return conn


@contextmanager
def using(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Commit on success; a damaged file is reported as such, in one line."""
    try:
        with conn:
            yield conn
    except sqlite3.DatabaseError as error:
        if type(error) is not sqlite3.DatabaseError:  # "not a database", "malformed"; not a query's own error
            raise
        raise IndexDamaged(f"the store at {path} is damaged ({error}); restore it or index the papers again") from error


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """Open the store, commit on success, always close."""
    conn = open_connection(path)
    try:
        with using(conn, path):
            yield conn
    finally:
        conn.close()


def has_passages_table(path: Path) -> bool:
    """Whether a store exists at `path` with its schema made (without creating one)."""
    if not path.is_file():
        return False
    with connect(path) as conn:
        return bool(conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'passages'").fetchone()[0])


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def get_meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def generation(conn: sqlite3.Connection) -> int:
    return int(get_meta(conn, "generation") or 0)


def _bump_generation(conn: sqlite3.Connection) -> int:
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")
    return generation(conn)


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def check_model(conn: sqlite3.Connection, model: str) -> None:
    """A store's embeddings are of one model; record it on first write, refuse another."""
    stored = get_meta(conn, "model")
    if stored is None:
        conn.execute("INSERT INTO meta VALUES ('model', ?)", (model,))
    elif stored != model:
        raise IndexDamaged(f"the index was built with model {stored!r}, not {model!r}; use that model or a new data folder")


def document_hash(conn: sqlite3.Connection, source: str) -> str | None:
    row = conn.execute("SELECT sha256 FROM documents WHERE source = ?", (source,)).fetchone()
    return row[0] if row else None


def _delete(conn: sqlite3.Connection, source: str) -> list[int] | None:
    """Remove a paper's rows; its passage ids, or None when there was no such paper."""
    row = conn.execute("SELECT id FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        return None
    ids = [r[0] for r in conn.execute("SELECT id FROM passages WHERE document_id = ?", (row[0],))]
    conn.executemany("DELETE FROM passages_fts WHERE rowid = ?", [(i,) for i in ids])
    conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
    return ids


@dataclass(frozen=True)
class PaperToStore:
    """A parsed paper, cut and embedded, ready for one transaction."""

    doc: ParsedDocument
    passages: list[Passage]
    embeddings: np.ndarray  # one row per passage
    sentence_vectors: list[np.ndarray]  # per passage, one row per sentence (Passage.sentences())
    file_format: str
    sha256: str
    pages: list[int] | None = None
    added_at: str | None = None  # kept when a paper is re-parsed (feeds follow when a paper arrived)


def replace_document(conn: sqlite3.Connection, paper: PaperToStore) -> tuple[list[int], list[int]]:
    """Store a paper inside the caller's transaction, replacing any earlier version. Returns (removed, added) ids."""
    if not (len(paper.passages) == len(paper.embeddings) == len(paper.sentence_vectors)):
        raise ValueError("one embedding and one sentence matrix per passage")
    doc = paper.doc
    removed = _delete(conn, doc.source) or []
    doc_id = conn.execute(
        "INSERT INTO documents (source, title, committee, meeting_date, layout, format, sha256, text, pages, added_at,"
        " details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (doc.source, doc.title, doc.committee, doc.meeting_date, doc.layout, paper.file_format, paper.sha256, doc.text,
         json.dumps(paper.pages) if paper.pages else None, paper.added_at or _now(), json.dumps(doc.details) if doc.details else None),
    ).lastrowid
    item_ids = [
        conn.execute("INSERT INTO items (document_id, number, title, position, start, preamble, meeting_date, committee)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (doc_id, item.number, item.title, position, item.start, int(item.preamble), item.meeting_date,
                      item.committee)).lastrowid
        for position, item in enumerate(doc.items)
    ]
    added = []
    for passage, vector, sentences in zip(paper.passages, paper.embeddings, paper.sentence_vectors):
        passage_id = conn.execute(
            "INSERT INTO passages (document_id, item_id, section, kind, start, end, text, position, page, embedding,"
            " sentence_vectors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc_id, item_ids[passage.item_index], json.dumps(passage.section), passage.kind, passage.start, passage.end,
             passage.text, passage.position, _page_of(paper.pages, passage.start),
             np.asarray(vector, dtype=np.float32).tobytes(), _sentence_blob(sentences)),
        ).lastrowid
        conn.execute("INSERT INTO passages_fts (rowid, body, item_title, section, document_title) VALUES (?, ?, ?, ?, ?)",
                     (passage_id, passage.display, passage.item_title, passage.section_path, doc.title))
        added.append(passage_id)
    _bump_generation(conn)
    return removed, added


def _page_of(pages: list[int] | None, offset: int) -> int | None:
    """Page number (1-based) holding a character offset, given each page's start offset."""
    if not pages:
        return None
    return sum(1 for start in pages if start <= offset) or 1


def remove_document(conn: sqlite3.Connection, source: str) -> list[int]:
    """Remove a paper inside the caller's transaction (a paper with no passages too). Returns its passage ids."""
    removed = _delete(conn, source)
    if removed is None:
        raise UnknownSource(f"no indexed paper is called {source!r}; `committee-qa list` shows what is indexed")
    _bump_generation(conn)
    return removed


# A passage's meeting is its item's, where the paper records several meetings (an issue page), else the paper's.
MEETING_DATE = "COALESCE(i.meeting_date, d.meeting_date)"
COMMITTEE = "COALESCE(i.committee, d.committee)"
_PASSAGE_SELECT = f"""
SELECT p.id, d.source, d.title AS document_title, {COMMITTEE} AS committee, {MEETING_DATE} AS meeting_date, i.number AS item_number,
       i.title AS item_title, p.section, p.kind, p.start, p.end, p.text, p.position, p.page, i.position AS item_index,
       i.preamble AS in_head
FROM passages p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
"""


def _row_to_passage(row: sqlite3.Row | dict) -> Passage:
    values = dict(row)
    values["section"] = tuple(json.loads(values["section"]))
    values["in_head"] = bool(values.get("in_head"))
    return Passage(**values)


def valid_id(value: int) -> bool:
    """Whether a number can be a SQLite row id at all (anything else is simply not found)."""
    return 0 < value < 2**63


def rows_by_id(conn: sqlite3.Connection, sql: str, ids: list[int]) -> Iterator[sqlite3.Row]:
    """Rows for `... WHERE <id> IN ({marks})`, in chunks under SQLite's bound-parameter limit."""
    ids = [i for i in ids if valid_id(i)]
    for chunk_start in range(0, len(ids), 900):
        chunk = ids[chunk_start : chunk_start + 900]
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), chunk)


def get_passages(conn: sqlite3.Connection, ids: list[int]) -> dict[int, Passage]:
    return {row["id"]: _row_to_passage(row) for row in rows_by_id(conn, _PASSAGE_SELECT + " WHERE p.id IN ({marks})", ids)}


def passages_of(conn: sqlite3.Connection, source: str) -> list[Passage]:
    return [_row_to_passage(row) for row in conn.execute(f"{_PASSAGE_SELECT} WHERE d.source = ? ORDER BY p.position", (source,))]


def item_resolutions(conn: sqlite3.Connection, ids: list[int]) -> dict[int, list[int]]:
    """For each passage id, the ids of the resolution passages in its item, in document order."""
    rows = rows_by_id(conn, "SELECT p.id AS id, r.id AS resolution FROM passages p JOIN passages r ON r.item_id = p.item_id"
                      " AND r.kind = 'resolution' WHERE p.id IN ({marks}) ORDER BY r.position", ids)
    out: dict[int, list[int]] = {}
    for row in rows:
        out.setdefault(row["id"], []).append(row["resolution"])
    return out


def passage_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM passages").fetchone()[0]


def all_embeddings(conn: sqlite3.Connection) -> tuple[np.ndarray, np.ndarray]:
    """(ids, vectors) of every passage, in id order: what the vector index is rebuilt from."""
    rows = conn.execute("SELECT id, embedding FROM passages ORDER BY id").fetchall()
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros((0, 0), dtype=np.float32)
    return np.array([r[0] for r in rows], dtype=np.int64), np.vstack([np.frombuffer(r[1], dtype=np.float32) for r in rows])


def embeddings_for(conn: sqlite3.Connection, ids: list[int]) -> np.ndarray:
    rows = {row[0]: np.frombuffer(row[1], dtype=np.float32)
            for row in rows_by_id(conn, "SELECT id, embedding FROM passages WHERE id IN ({marks})", ids)}
    return np.vstack([rows[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)


def lexical_rows(conn: sqlite3.Connection, ids: list[int] | None = None) -> list[tuple[int, tuple[str, ...]]]:
    """(id, (body, item title, section, document title)) for BM25: the FTS5 table's columns, the document title
    followed by the meeting the passage is from (its committee, and the month and year it met), since people ask
    for "the December 2017 council meeting" or "the April 2019 health board"."""
    sql = (f"SELECT f.rowid, f.body, f.item_title, f.section, f.document_title, {COMMITTEE}, {MEETING_DATE} "
           "FROM passages_fts f JOIN passages p ON p.id = f.rowid JOIN items i ON i.id = p.item_id "
           "JOIN documents d ON d.id = p.document_id")
    rows = conn.execute(sql + " ORDER BY f.rowid") if ids is None else rows_by_id(conn, sql + " WHERE f.rowid IN ({marks})", ids)
    return sorted((row[0], (row[1], row[2], row[3], " ".join(filter(None, (row[4], row[5], meeting_month(row[6]))))))
                  for row in rows)


def meeting_month(iso: str | None) -> str:
    """"2017-12-05" -> "December 2017"; nothing for an undated paper."""
    try:
        return f"{date.fromisoformat(iso):%B %Y}" if iso else ""
    except ValueError:
        return ""


def titles(conn: sqlite3.Connection) -> Iterator[str]:
    """Every item's and paper's title once: the names a paper gives its business ("Shared Prosperity Fund Update")."""
    for (title,) in conn.execute("SELECT title FROM items UNION SELECT title FROM documents"):
        yield title


def every_passage_body(conn: sqlite3.Connection) -> Iterator[str]:
    """Every stored passage's indexed text (title and meeting included, as BM25 reads it)."""
    for (body,) in conn.execute("SELECT body FROM passages_fts"):
        yield body


def passage_bodies(conn: sqlite3.Connection, ids: list[int]) -> Iterator[str]:
    for row in rows_by_id(conn, "SELECT body FROM passages_fts WHERE rowid IN ({marks})", ids):
        yield row[0]


def _sentence_blob(matrix: np.ndarray) -> bytes:
    return np.asarray(matrix, dtype=np.float16).tobytes()  # half the bytes; the scores move by < 1e-3


def passage_and_sentence_vectors(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[np.ndarray, np.ndarray | None]]:
    """For each passage id, its embedding and its sentences' (None where they are not computed yet)."""
    out = {}
    for row in rows_by_id(conn, "SELECT id, embedding, sentence_vectors FROM passages WHERE id IN ({marks})", ids):
        passage = np.frombuffer(row[1], dtype=np.float32)
        sentences = None if row[2] is None else np.frombuffer(row[2], dtype=np.float16).reshape(-1, len(passage))
        out[row[0]] = (passage, sentences)
    return out


def stored_vectors(conn: sqlite3.Connection) -> dict[str, np.ndarray]:
    """Every stored passage's embedded text (its context_text) and sentences, with their vectors: what a
    re-parse reuses for the passages it cuts the same way."""
    known: dict[str, np.ndarray] = {}
    rows = conn.execute(_PASSAGE_SELECT.replace("SELECT p.id,", "SELECT p.embedding, p.sentence_vectors, p.id,"))
    for row in rows:
        values = dict(row)
        embedding, sentences = values.pop("embedding"), values.pop("sentence_vectors")
        passage = _row_to_passage(values)
        known[passage.context_text()] = np.frombuffer(embedding, dtype=np.float32)
        if sentences is not None:
            matrix = np.frombuffer(sentences, dtype=np.float16).reshape(-1, len(known[passage.context_text()]))
            if len(matrix) == len(passage.sentences()):
                known.update(zip(passage.sentences(), matrix.astype(np.float32)))
    return known


def passages_without_sentence_vectors(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """(id, text) of passages stored before sentence vectors existed (schema 2 and older)."""
    return [(row[0], row[1]) for row in conn.execute("SELECT id, text FROM passages WHERE sentence_vectors IS NULL ORDER BY id")]


def set_sentence_vectors(conn: sqlite3.Connection, rows: list[tuple[int, np.ndarray]]) -> None:
    conn.executemany("UPDATE passages SET sentence_vectors = ? WHERE id = ?", [(_sentence_blob(m), pid) for pid, m in rows])
