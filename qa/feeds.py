"""Saved searches as Atom feeds: entries are passages, from papers added after the search was saved,
that the saved query finds (weak matches left out)."""

from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

from qa import store
from qa.render import citation_label, citation_url
from qa.search import Filters, Query, Result, SearchService, check_query
from qa.text import display_text

ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 20


def follow(conn: sqlite3.Connection, query: str, filters: Filters, name: str | None = None) -> store.SavedSearch:
    """Save a search to follow, after the same checks as any search (empty query, bad filters)."""
    checked = check_query(Query(query, 5, filters))
    values = {key: value for key, value in vars(checked.filters).items() if value is not None}
    return store.save_search(conn, name or checked.text[:80], checked.text, values)


def feed_entries(service: SearchService, saved: store.SavedSearch) -> list[Result]:
    filters = Filters(**{**saved.filters, "added_after": saved.created_at})
    response = service.search(Query(saved.query, FEED_SIZE, filters))
    return [] if response.weak else response.results


def atom_feed(service: SearchService, saved: store.SavedSearch, base_url: str) -> bytes:
    base_url = base_url.rstrip("/")
    entries = feed_entries(service, saved)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"{base_url}/feeds/{saved.id}.atom"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = f"committee-qa: {saved.name}"
    ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = f"New passages matching {saved.query!r}"
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=f"{base_url}/feeds/{saved.id}.atom")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}/?q={saved.query}")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "committee-qa"
    with service.connect() as conn:
        added = {d.source: d.added_at for d in store.list_documents(conn)}
    updated = max([added.get(r.passage.source, saved.created_at) for r in entries], default=saved.created_at)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    for result in entries:
        passage = result.passage
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:committee-qa:{passage.source}:{passage.start}-{passage.end}"
        ET.SubElement(entry, f"{{{ATOM}}}title").text = citation_label(passage)
        ET.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", href=f"{base_url}{citation_url(passage)}")
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = added.get(passage.source, saved.created_at)
        ET.SubElement(entry, f"{{{ATOM}}}content", type="text").text = display_text(passage.text)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
