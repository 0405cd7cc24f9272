"""The store's schema as named steps, applied in order and recorded (after sqlite-utils' migrations).

Only the writer runs them (qa/writer.py, when it opens a data directory); a search never does. A store
made before steps were recorded says how far it got in `PRAGMA user_version` (1-3): those steps are
recorded as applied, and the rest run.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from qa.errors import IndexDamaged


@dataclass(frozen=True)
class Migration:
    name: str
    sql: str


_PASSAGES = """
CREATE TABLE {name} (
    id INTEGER PRIMARY KEY{autoincrement},
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    position INTEGER NOT NULL,
    page INTEGER,
    embedding BLOB NOT NULL{sentence_vectors}
);
"""
_SENTENCE_VECTORS = ",\n    sentence_vectors BLOB  -- float16, one row per sentence of the display text; NULL: not computed yet"
_PASSAGE_INDEXES = """
CREATE INDEX IF NOT EXISTS passages_document ON passages(document_id, position);
CREATE INDEX IF NOT EXISTS passages_item ON passages(item_id, kind);
CREATE INDEX IF NOT EXISTS passages_missing_sentences ON passages(id) WHERE sentence_vectors IS NULL;
"""

MIGRATIONS = (
    Migration("0001_initial", """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT OR IGNORE INTO meta VALUES ('generation', '0');
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
""" + _PASSAGES.format(name="passages", autoincrement="", sentence_vectors="") + """
CREATE INDEX IF NOT EXISTS passages_document ON passages(document_id, position);
CREATE INDEX IF NOT EXISTS items_document ON items(document_id, position);
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
"""),
    # Decision questions look up the resolutions of an item; without this it was a full scan at 100k.
    Migration("0002_passages_by_item", "CREATE INDEX IF NOT EXISTS passages_item ON passages(item_id, kind);"),
    # Each sentence's vector beside the passage's; the writer embeds the missing ones when it opens.
    Migration("0003_sentence_vectors", "ALTER TABLE passages ADD COLUMN sentence_vectors BLOB;\n"
              "CREATE INDEX IF NOT EXISTS passages_missing_sentences ON passages(id) WHERE sentence_vectors IS NULL;"),
    # A removed passage's id is never given to a new one: a search on an older snapshot would otherwise
    # cite another passage under its id.
    Migration("0004_passage_ids_never_reused",
              _PASSAGES.format(name="passages_new", autoincrement=" AUTOINCREMENT", sentence_vectors=_SENTENCE_VECTORS)
              + "INSERT INTO passages_new SELECT id, document_id, item_id, section, kind, start, end, text, position, page,"
              " embedding, sentence_vectors FROM passages;\nDROP TABLE passages;\nALTER TABLE passages_new RENAME TO passages;\n"
              + _PASSAGE_INDEXES),
    # A paper's opening matter is not an agenda item; an issue page's items each record their own meeting.
    Migration("0005_item_kind_and_meeting",
              "ALTER TABLE items ADD COLUMN preamble INTEGER NOT NULL DEFAULT 0;\n"
              "ALTER TABLE items ADD COLUMN meeting_date TEXT;\n"
              "ALTER TABLE items ADD COLUMN committee TEXT;\n"
              "ALTER TABLE documents ADD COLUMN details TEXT;"),
)
LATEST = len(MIGRATIONS)


def pending(conn: sqlite3.Connection) -> list[Migration]:
    """The steps this store has not had yet."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "migrations" in tables:
        done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    else:
        done = {m.name for m in MIGRATIONS[: conn.execute("PRAGMA user_version").fetchone()[0]]}
    return [m for m in MIGRATIONS if m.name not in done]


def apply(conn: sqlite3.Connection) -> list[str]:
    """Run the pending steps, each in its own transaction, and record them. Returns their names."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST:
        raise IndexDamaged(f"this store has schema {version}, newer than this committee-qa's {LATEST}; upgrade committee-qa")
    steps = pending(conn)
    if not steps and conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'migrations'").fetchone()[0]:
        return []
    conn.execute("PRAGMA journal_mode = WAL")
    already = [m.name for m in MIGRATIONS if m not in steps]
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        conn.executemany("INSERT OR IGNORE INTO migrations VALUES (?, 'before migrations were recorded')", [(n,) for n in already])
    for step in steps:
        applied_at = datetime.now(UTC).isoformat(timespec="seconds")
        try:  # the step and its record in one transaction
            conn.executescript(f"BEGIN;\n{step.sql}\nINSERT INTO migrations VALUES ('{step.name}', '{applied_at}');\n"
                               f"PRAGMA user_version = {MIGRATIONS.index(step) + 1};\nCOMMIT;")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.rollback()
            raise
    return [step.name for step in steps]
