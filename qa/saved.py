"""Saved searches and their Atom feeds: entries are passages, from papers added after the search was
saved, that the saved query finds (weak matches left out)."""

from __future__ import annotations

import json
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from qa import catalog, store
from qa.config import Limits
from qa.errors import BadQuery, Gone, NotFound
from qa.query import check_query, check_text
from qa.records import Filters, Query, Result

if TYPE_CHECKING:
    from qa.service import SearchService

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str
    filters: dict
    created_at: str
    deleted_at: str | None

    @property
    def feed_url(self) -> str:
        return f"/feeds/{self.id}.atom"


def follow(conn: sqlite3.Connection, query: str, filters: Filters, name: str | None = None,
           limits: Limits | None = None) -> SavedSearch:
    """Save a search to follow, after the same checks as any search (empty query, bad filters) and a name
    within COMMITTEE_QA_MAX_SAVED_NAME_CHARS."""
    limits = limits or Limits()
    checked = check_query(Query(query, 5, filters), limits.query_chars)
    if name is not None:
        name = check_text(name, "the name").strip()
        if len(name) > limits.saved_name_chars:
            raise BadQuery(f"the name is {len(name)} characters long; keep it under {limits.saved_name_chars} "
                           "(COMMITTEE_QA_MAX_SAVED_NAME_CHARS)")
    with conn:
        saved_id = conn.execute(
            "INSERT INTO saved_searches (name, query, filters, created_at) VALUES (?, ?, ?, ?)",
            (name or checked.text[:80], checked.text, json.dumps(checked.filters.public()), datetime.now(UTC).isoformat()),
        ).lastrowid
    return get(conn, saved_id, include_deleted=True)


def get(conn: sqlite3.Connection, saved_id: int, include_deleted: bool = False) -> SavedSearch:
    row = conn.execute("SELECT * FROM saved_searches WHERE id = ?", (saved_id,)).fetchone() if store.valid_id(saved_id) else None
    if row is None:
        raise NotFound(f"there is no saved search {saved_id}; GET /api/saved-searches lists them")
    saved = SavedSearch(row["id"], row["name"], row["query"], json.loads(row["filters"]), row["created_at"], row["deleted_at"])
    if saved.deleted_at and not include_deleted:
        raise Gone(f"saved search {saved_id} was deleted on {saved.deleted_at[:10]}")
    return saved


def list_all(conn: sqlite3.Connection) -> list[SavedSearch]:
    rows = conn.execute("SELECT id FROM saved_searches WHERE deleted_at IS NULL ORDER BY id").fetchall()
    return [get(conn, row[0]) for row in rows]


def delete(conn: sqlite3.Connection, saved_id: int) -> None:
    get(conn, saved_id)
    with conn:
        conn.execute("UPDATE saved_searches SET deleted_at = ? WHERE id = ?", (datetime.now(UTC).isoformat(), saved_id))


def feed_entries(service: SearchService, saved: SavedSearch) -> list[Result]:
    filters = Filters(**{**saved.filters, "added_after": saved.created_at})
    response = service.search(Query(saved.query, FEED_SIZE, filters))
    return [] if response.weak else response.results


def atom_feed(service: SearchService, saved: SavedSearch, base_url: str) -> bytes:
    base_url = base_url.rstrip("/")
    entries = feed_entries(service, saved)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base_url}{saved.feed_url}"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"committee-qa: {saved.name}"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = f"New passages matching {saved.query!r}"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base_url}{saved.feed_url}")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}/?{urlencode({'q': saved.query, **saved.filters})}")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "committee-qa"
    with service.connect() as conn:
        added = {d.source: d.added_at for d in catalog.list_documents(conn)}
    updated = max([added.get(r.passage.source, saved.created_at) for r in entries], default=saved.created_at)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    for result in entries:
        passage = result.passage
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:committee-qa:{passage.source}:{passage.start}-{passage.end}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = passage.label
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}{passage.url}")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = added.get(passage.source, saved.created_at)
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = passage.display
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
