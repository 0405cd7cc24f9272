"""The in-memory BM25 ranks as SQLite FTS5's bm25() would, stays right through adds and removals,
and what is published on disk is the same index."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest

from qa import store
from qa.formats import read_bytes
from qa.index import lexical
from qa.index import snapshot as snapshots
from qa.text import content_words, query_terms, terms

BUILD = lexical.build
QUESTIONS = [
    "how much Partners in Practice funding did we get for 2020/21",
    "Signs of Safety assessment",
    "youth offending service joining children's services",
    "risk taking panels for teenagers",
    "Ofsted recommendations improvement plan",
]
TREES = b"Tree Preservation Orders\n\nRESOLVED that the Tree Preservation Order on the oak at Mill Farm be confirmed.\n"


def fts5_ranking(rows: list[tuple[int, tuple[str, ...]]], question: str, n: int = 10) -> list[int]:
    """SQLite FTS5's own bm25() ranking over the same four fields, in a table of its own."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body, item_title, section, document_title, "
                 "tokenize = 'porter unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO t (rowid, body, item_title, section, document_title) VALUES (?, ?, ?, ?, ?)",
                     [(pid, *fields) for pid, fields in rows])
    words = " OR ".join(f'"{t}"' for t in dict.fromkeys(content_words(question)))
    sql = "SELECT rowid FROM t WHERE t MATCH ? ORDER BY bm25(t, 1.0, 0.6, 0.3, 0.2), rowid LIMIT ?"
    return [row[0] for row in conn.execute(sql, (words, n))]


@pytest.mark.parametrize("question", QUESTIONS)
def test_ranks_as_fts5_bm25_does(service, question):
    with service.connect() as conn:
        rows = store.lexical_rows(conn)
    index = lexical.build(rows)
    ours = [pid for pid, _ in index.search(query_terms(question), 10)]
    expected = fts5_ranking(rows, question)
    assert len(expected) == 10 and ours == expected


def test_a_passage_is_found_by_the_meeting_it_is_from(service):
    """"the December 2017 council meeting": each passage's lexical fields name its meeting (committee, month and year),
    so a question that names the meeting matches every passage of it, not only those whose text repeats the name."""
    with service.connect() as conn:
        rows = dict(store.lexical_rows(conn))
        dated = conn.execute(f"SELECT p.id, {store.COMMITTEE}, {store.MEETING_DATE} FROM passages p "
                             "JOIN items i ON i.id = p.item_id JOIN documents d ON d.id = p.document_id "
                             f"WHERE {store.MEETING_DATE} IS NOT NULL AND {store.COMMITTEE} IS NOT NULL").fetchall()
    assert dated
    for pid, committee, date in dated:
        assert committee in rows[pid][3] and store.meeting_month(date) in rows[pid][3]
    assert store.meeting_month("2017-12-05") == "December 2017" and store.meeting_month(None) == ""


def test_adds_and_removals_match_a_rebuild_and_the_published_copy(fresh_service, monkeypatch):
    rebuilt_from_store = []
    monkeypatch.setattr(lexical, "build", lambda *a, **k: rebuilt_from_store.append(1) or BUILD(*a, **k))
    fresh_service.add([read_bytes("trees.txt", TREES)])
    fresh_service.remove("003_b60ef20dbfde3d98.txt")
    live = fresh_service.snapshot().lexical
    assert not rebuilt_from_store  # updated from the last snapshot, not rebuilt from the store
    with fresh_service.connect() as conn:
        rebuilt = BUILD(store.lexical_rows(conn))
        stored_ids = [row[0] for row in conn.execute("SELECT id FROM passages ORDER BY id")]
        generation = store.generation(conn)
    for question in [*QUESTIONS, "oak tree preservation order"]:
        wanted = query_terms(question)
        assert [p for p, _ in live.search(wanted, 10)] == [p for p, _ in rebuilt.search(wanted, 10)]
        assert np.allclose([s for _, s in live.search(wanted, 10)], [s for _, s in rebuilt.search(wanted, 10)], rtol=1e-5)
    assert "oak" in live.vocabulary and sorted(live.ids.tolist()) == stored_ids
    published = snapshots.load(fresh_service.settings.data_dir, fresh_service.settings.model,
                               fresh_service.settings.ann_threshold, generation)
    assert published is not None and published.lexical.count == live.count
    assert published.lexical.search(terms("oak"), 5) == live.search(terms("oak"), 5)


def test_filters_and_require_all(service):
    with service.connect() as conn:
        index = lexical.build(store.lexical_rows(conn))
        fields = dict(store.lexical_rows(conn))
    everything = index.search(terms("Signs of Safety"), 100)
    allowed = np.array([pid for pid, _ in everything[::2]], dtype=np.int64)
    assert {pid for pid, _ in index.search(terms("Signs of Safety"), 100, allowed)} == set(allowed.tolist())
    either = index.search(terms("signs safety"), 100)
    both = index.search(terms("signs safety"), 100, require_all=True)
    assert both, "some passages hold both words"
    assert all({"sign", "safeti"} <= set(terms(" ".join(fields[pid]))) for pid, _ in both)
    assert len(both) < len(either), "and some hold only one of them, which require_all leaves out"
    assert index.search(terms("zzzzqx"), 10) == []
