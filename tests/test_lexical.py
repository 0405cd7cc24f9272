"""The in-memory BM25 ranks as SQLite FTS5's bm25() would, stays right through adds and removals,
and is rebuilt when its file is missing or stale."""

from __future__ import annotations

import numpy as np
import pytest

from qa import lexical, store
from qa.formats import read_bytes
from qa.ingest import add_sources, remove_source
from qa.text import content_words

BUILD = lexical.build
QUESTIONS = [
    "how much Partners in Practice funding did we get for 2020/21",
    "Signs of Safety assessment",
    "youth offending service joining children's services",
    "risk taking panels for teenagers",
    "Ofsted recommendations improvement plan",
]


def fts5_ranking(conn, question: str, n: int = 10) -> list[int]:
    tokens = lexical._TOKEN.findall(lexical._fold(" ".join(content_words(question))))
    words = " OR ".join(f'"{t}"' for t in dict.fromkeys(tokens))
    sql = ("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? "
           "ORDER BY bm25(passages_fts, 1.0, 0.6, 0.3, 0.2), rowid LIMIT ?")
    return [row[0] for row in conn.execute(sql, (words, n))]


@pytest.mark.parametrize("question", QUESTIONS)
def test_ranks_as_fts5_bm25_does(service, question):
    with service.connect() as conn:
        expected = fts5_ranking(conn, question)
        index = lexical.build(lexical.rows_from_store(conn), 0)
    ours = [pid for pid, _ in index.search(lexical.terms(" ".join(content_words(question))), 10)]
    assert ours == expected


def test_adds_and_removals_match_a_rebuild_and_survive_a_restart(fresh_service, monkeypatch):
    rebuilt_from_store = []
    monkeypatch.setattr(lexical, "build", lambda *a, **k: rebuilt_from_store.append(1) or BUILD(*a, **k))
    add_sources(fresh_service, [read_bytes("trees.txt", b"Tree Preservation Orders\n\nRESOLVED that the Tree Preservation Order on the oak at Mill Farm be confirmed.\n")])
    remove_source(fresh_service, "003_b60ef20dbfde3d98.txt")
    live = fresh_service._bm25
    assert not rebuilt_from_store  # updated in place of a full rebuild
    with fresh_service.connect() as conn:
        rebuilt = lexical.build(lexical.rows_from_store(conn), store.generation(conn))
    for question in [*QUESTIONS, "oak tree preservation order"]:
        query_terms = lexical.terms(question)
        assert [p for p, _ in live.search(query_terms, 10)] == [p for p, _ in rebuilt.search(query_terms, 10)]
        got = np.array([s for _, s in live.search(query_terms, 10)])
        assert np.allclose(got, [s for _, s in rebuilt.search(query_terms, 10)], rtol=1e-5)
    assert "oak" in live.vocabulary
    with fresh_service.connect() as conn:
        assert sorted(live.ids.tolist()) == [row[0] for row in conn.execute("SELECT id FROM passages ORDER BY id")]
    saved = lexical.load(fresh_service.settings.data_dir, live.generation)
    assert saved is not None and saved.count == live.count
    assert lexical.load(fresh_service.settings.data_dir, live.generation + 1) is None  # stale: rebuilt on start


def test_filters_and_require_all(service):
    with service.connect() as conn:
        index = lexical.build(lexical.rows_from_store(conn), 0)
    query_terms = lexical.terms("Signs of Safety")
    everything = index.search(query_terms, 100)
    allowed = np.array([pid for pid, _ in everything[::2]], dtype=np.int64)
    assert {pid for pid, _ in index.search(query_terms, 100, allowed)} == set(allowed.tolist())
    both = index.search(lexical.terms("signs safety"), 100, require_all=True)
    assert both and len(both) <= len(everything)
    assert index.search(lexical.terms("zzzzqx"), 10) == []
