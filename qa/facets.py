"""Facets: how many of the passages that matched lie in each committee, year and kind, so that a person
can narrow a search by clicking one (the page adds it as a filter)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

from qa import store
from qa.records import FacetCount, Facets


def count(conn: sqlite3.Connection, ids: list[int]) -> Facets:
    """Counts over the passages `ids`; an undated paper has no year and a paper without a committee no committee."""
    if not ids:
        return Facets()
    committees: Counter[str] = Counter()
    years: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    rows = conn.execute(
        f"""SELECT {store.COMMITTEE}, substr({store.MEETING_DATE}, 1, 4), p.kind, count(*)
            FROM passages p JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = p.document_id
            WHERE p.id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2, 3""",
        [json.dumps(sorted(set(ids)))],
    )
    total = 0
    for committee, year, kind, n in rows:
        total += n
        kinds[kind] += n
        if committee:
            committees[committee] += n
        if year:
            years[year] += n
    return Facets(committee=_by_count(committees), year=[FacetCount(v, years[v]) for v in sorted(years, reverse=True)],
                  kind=_by_count(kinds), matched=total)


def _by_count(counter: Counter[str]) -> list[FacetCount]:
    return [FacetCount(value, n) for value, n in sorted(counter.items(), key=lambda pair: (-pair[1], pair[0]))]
