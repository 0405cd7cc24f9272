"""The catalogue of stored papers: a summary of each for listing, and one paper whole with its items (the outline
and the page read it). Read-only; qa/store.py owns the schema and every write."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from qa.errors import UnknownSource


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


def list_documents(conn: sqlite3.Connection) -> list[DocumentSummary]:
    rows = conn.execute(
        """SELECT d.source, d.title, d.committee, d.meeting_date, d.format, d.added_at, d.sha256,
                  (SELECT count(*) FROM items i WHERE i.document_id = d.id AND NOT i.preamble) AS items,
                  (SELECT count(*) FROM passages p WHERE p.document_id = d.id) AS passages
           FROM documents d ORDER BY d.source"""
    )
    return [DocumentSummary(**dict(row)) for row in rows]


@dataclass(frozen=True)
class StoredItem:
    number: str | None
    title: str
    start: int
    preamble: bool  # the paper's opening matter, not an agenda item
    meeting_date: str | None
    committee: str | None


@dataclass(frozen=True)
class StoredDocument:
    source: str
    title: str
    committee: str | None
    meeting_date: str | None
    layout: str
    format: str
    sha256: str
    text: str
    pages: list[int] | None
    details: dict[str, str]
    added_at: str
    items: list[StoredItem]


def get_document(conn: sqlite3.Connection, source: str) -> StoredDocument:
    row = conn.execute("SELECT * FROM documents WHERE source = ?", (source,)).fetchone()
    if row is None:
        raise UnknownSource(f"no indexed paper is called {source!r}; GET /api/documents lists what is indexed")
    items = [StoredItem(r["number"], r["title"], r["start"], bool(r["preamble"]), r["meeting_date"], r["committee"])
             for r in conn.execute("SELECT number, title, start, preamble, meeting_date, committee FROM items"
                                   " WHERE document_id = ? ORDER BY position", (row["id"],))]
    return StoredDocument(row["source"], row["title"], row["committee"], row["meeting_date"], row["layout"], row["format"],
                          row["sha256"], row["text"], json.loads(row["pages"]) if row["pages"] else None,
                          json.loads(row["details"]) if row["details"] else {}, row["added_at"], items)


def sources(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT source FROM documents ORDER BY source")]
