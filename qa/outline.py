"""The outline of a paper, for people and scripts: title, committee, meeting date, layout, metadata, and its
agenda items in order with their number, title, own meeting (where the paper records several),
sections and passage ids. `committee-qa show` and GET /api/documents/{source} print it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qa import catalog, store
from qa.chunk import chunk_document
from qa.formats import read_path
from qa.parse import parse_text
from qa.records import Passage


def _item(number: str | None, title: str, meeting_date: str | None, committee: str | None,
          passages: list[Passage]) -> dict:
    return {"number": number, "title": title, "meeting_date": meeting_date, "committee": committee,
            "sections": list(dict.fromkeys(p.section_path for p in passages if p.section)),
            "passages": [p.id for p in passages] if passages and passages[0].id is not None else len(passages)}


def outline_of_stored(conn: sqlite3.Connection, source: str) -> dict:
    doc = catalog.get_document(conn, source)
    passages = store.passages_of(conn, source)
    items = [_item(item.number, item.title, item.meeting_date, item.committee,
                   [p for p in passages if p.item_index == index])
             for index, item in enumerate(doc.items) if not item.preamble]
    opening = [p.id for p in passages if doc.items[p.item_index].preamble]
    return {"source": doc.source, "title": doc.title, "committee": doc.committee, "meeting_date": doc.meeting_date,
            "layout": doc.layout, "format": doc.format, "details": doc.details, "opening_passages": opening, "items": items}


def outline_of_file(path: Path) -> dict:
    """Parse one file as `add` would, without storing anything."""
    source = read_path(path)
    return {**outline_of_text(source.source, source.text), "format": source.file_format}


def outline_of_text(source: str, text: str) -> dict:
    """A paper's outline from its text alone (the probes in scripts/ change a paper's text and compare)."""
    doc = parse_text(source, text)
    passages = chunk_document(doc)
    items = [_item(item.number, item.title, item.meeting_date, item.committee, [p for p in passages if p.item_index == index])
             for index, item in enumerate(doc.items) if not item.preamble]
    return {"source": doc.source, "title": doc.title, "committee": doc.committee, "meeting_date": doc.meeting_date,
            "layout": doc.layout, "format": "text", "details": doc.details, "items": items}


def outline_text(outline: dict) -> str:
    """The outline as a person reads it in a terminal."""
    head = [outline["title"], f"  source: {outline['source']} ({outline['layout']})"]
    if outline["committee"] or outline["meeting_date"]:
        head.append(f"  meeting: {outline['committee'] or '-'}, {outline['meeting_date'] or 'date not stated'}")
    for key, value in outline["details"].items():
        head.append(f"  {key}: {value}")
    for item in outline["items"]:
        number = f"{item['number']}. " if item["number"] else ""
        meeting = f"  ({item['committee'] or ''} {item['meeting_date'] or ''})".rstrip() if item["meeting_date"] else ""
        head.append(f"{number}{item['title']}{meeting}")
        for section in item["sections"]:
            head.append(f"    - {section}")
    return "\n".join(head)
