"""The outline of a paper: title, committee, meeting date, layout and its items in order."""

from __future__ import annotations

from pathlib import Path

from qa.chunk import chunk_document
from qa.formats import read_path
from qa.parse import parse_text


def outline_of_file(path: Path) -> dict:
    """Parse one file as `add` would, without storing anything."""
    source = read_path(path)
    doc = parse_text(source.source, source.text)
    passages = chunk_document(doc)
    items = []
    for index, item in enumerate(doc.items):
        mine = [p for p in passages if p.item_index == index]
        items.append({"number": item.number, "title": item.title,
                      "sections": list(dict.fromkeys(p.section_path for p in mine if p.section)),
                      "passages": len(mine)})
    return {"source": doc.source, "title": doc.title, "committee": doc.committee, "meeting_date": doc.meeting_date,
            "layout": doc.layout, "items": items}
