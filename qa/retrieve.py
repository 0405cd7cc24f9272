"""Retrievers: each finds candidate passages for a query under filters, and they share one contract,
`search(query, k, filters) -> [(passage id, score)]` (after pyserini's HybridSearcher(dense, sparse)).
They take the Filters object itself, so a backend can apply filters its own way; the embedded backend
turns them into the set of allowed passage ids with one SQL query (`LocalFilter`), which FAISS and the
BM25 matrix then honour.

`fuse` combines their ranked lists by a convex combination of their normalised scores.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from qa import store
from qa.errors import UnknownSource
from qa.index.cache import PassageCache
from qa.index.lexical import LexicalIndex
from qa.index.vectors import VectorIndex
from qa.query import ParsedQuery, phrase_pattern
from qa.records import Filters
from qa.text import query_terms, tokens

CANDIDATES = 50  # each ranker's list; the fusion and the stages work within them
# The dense score's weight in the fusion; the lexical score has the rest. Chosen by MRR on the real-dev tune half
# alone (scripts/fit_fusion.py: 0.5-0.9 compared; 0.7 best there, and best on the check half too).
DENSE_WEIGHT = 0.7

Ranked = list[tuple[int, float]]  # (passage id, score), best first


@dataclass(frozen=True)
class PreparedQuery:
    parsed: ParsedQuery
    vector: np.ndarray  # the query's embedding, (dimension,)
    terms: list[str]  # its stems, stop words dropped

    @property
    def phrases(self) -> tuple[str, ...]:
        return self.parsed.phrases


class Retriever(Protocol):
    name: str

    def search(self, query: PreparedQuery, k: int, filters: Filters) -> Ranked: ...


class LocalFilter:
    """Filters, quoted phrases and exclusions as the set of passage ids that satisfy them, from the SQLite store.
    One query per search: the dense and lexical retrievers ask for the same set."""

    _CLAUSES = (  # (Filters field, SQL clause, how the value is bound)
        ("kind", "p.kind = ?", str),
        ("source", "d.source = ?", str),
        ("after", f"{store.MEETING_DATE} >= ?", str),
        ("before", f"{store.MEETING_DATE} <= ?", str),
        ("added_after", "d.added_at > ?", str),
    )

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._allowed: dict[tuple, list[int] | None] = {}

    def where(self, filters: Filters) -> tuple[str, list[object]]:
        """A WHERE clause over passages p joined to items i and documents d; undated papers fail date filters."""
        active = [(clause, bind(getattr(filters, name))) for name, clause, bind in self._CLAUSES if getattr(filters, name)]
        active += [(f"{store.COMMITTEE} LIKE ? ESCAPE '\\'", f"%{_like(text)}%") for text in filters.committees]
        if filters.nothing:
            active.append(("0", None))
        clauses = " AND ".join(clause for clause, _ in active) or "1"
        return clauses, [value for _, value in active if value is not None]

    def allowed(self, filters: Filters, phrases: tuple[str, ...] = (), excluded: tuple[str, ...] = ()) -> list[int] | None:
        """Passage ids that satisfy the filters, contain the phrases and none of the excluded words or phrases,
        in document order; None: no constraint."""
        key = (filters, phrases, excluded)
        if key not in self._allowed:
            self._allowed[key] = self._compute(filters, phrases, excluded)
        return self._allowed[key]

    def _compute(self, filters: Filters, phrases: tuple[str, ...], excluded: tuple[str, ...]) -> list[int] | None:
        if filters.source and store.document_hash(self.conn, filters.source) is None:
            raise UnknownSource(f"no indexed paper is called {filters.source!r}; GET /api/documents lists them")
        if not filters.active and not phrases and not excluded:
            return None
        where, params = self.where(filters)
        text_column = "p.text" if phrases else "NULL"  # the text is read only to check phrases
        sql = (f"SELECT p.id, {text_column} FROM passages p JOIN documents d ON d.id = p.document_id"
               f" JOIN items i ON i.id = p.item_id WHERE {where}")
        match = " AND ".join(_fts_phrase(phrase) for phrase in phrases if tokens(phrase))
        if match:
            sql += " AND p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)"
            params = [*params, match]
        sql += " ORDER BY d.source, p.position"
        patterns = [phrase_pattern(phrase) for phrase in phrases]
        unwanted = self._excluded(excluded)
        return [row[0] for row in self.conn.execute(sql, params)
                if row[0] not in unwanted and all(p.search(row[1]) for p in patterns)]

    def _excluded(self, excluded: tuple[str, ...]) -> set[int]:
        """Passages whose text holds an excluded word (in any form: its stem) or phrase (verbatim)."""
        found: set[int] = set()
        for text in excluded:
            if not tokens(text):
                continue
            rows = self.conn.execute(
                "SELECT f.rowid, p.text FROM passages_fts f JOIN passages p ON p.id = f.rowid WHERE passages_fts MATCH ?",
                [f"body : {_fts_phrase(text)}"])
            if len(text.split()) == 1:
                found.update(rowid for rowid, _ in rows)
            else:
                pattern = phrase_pattern(text)
                found.update(rowid for rowid, body in rows if pattern.search(body))
        return found


def _fts_phrase(text: str) -> str:
    """Text as an FTS5 phrase: its tokens (letters and digits only) in double quotes; nothing else reaches FTS5."""
    return '"' + " ".join(tokens(text)) + '"'


def _like(text: str) -> str:
    """Text matched literally by LIKE: its wildcards escaped."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class DenseRetriever:
    """Nearest passages by their vector; `rescore` ranks given candidates by passage plus best sentence."""

    name = "dense"

    def __init__(self, vectors: VectorIndex, conn: sqlite3.Connection, local: LocalFilter, cache: PassageCache | None = None):
        self.vectors, self.conn, self.local = vectors, conn, local
        self.cache = cache or PassageCache(0)

    def search(self, query: PreparedQuery, k: int, filters: Filters) -> Ranked:
        allowed = self.local.allowed(filters, *query.parsed.constraints)
        if allowed is not None and not allowed:
            return []
        scores, ids = self.vectors.search(query.vector[None, :], k, None if allowed is None else np.array(allowed, np.int64))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def rescore(self, query: PreparedQuery, candidates: list[int]) -> Ranked:
        """The candidates by the passage's cosine plus its best sentence's. A passage of several sentences
        embeds as a blur of them; its best sentence alone is what a short question matches."""
        unique = list(dict.fromkeys(candidates))
        stored = self.cache.vectors(self.conn, unique)
        present = [pid for pid in unique if pid in stored]
        if not present:
            return []
        vector = query.vector
        cosines = np.vstack([stored[pid][0] for pid in present]) @ vector
        # A passage whose sentences are not stored yet counts as its own best sentence.
        rows = [stored[pid][1] if stored[pid][1] is not None and len(stored[pid][1]) else stored[pid][0][None, :] for pid in present]
        starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
        best = np.maximum.reduceat(np.vstack(rows).astype(np.float32) @ vector, starts)
        return sorted(zip(present, (cosines + best).tolist()), key=lambda pair: -pair[1])  # stable on ties


class LexicalRetriever:
    """BM25 over body, item title, section and paper title (qa/index/lexical.py)."""

    name = "lexical"

    def __init__(self, index: LexicalIndex, local: LocalFilter):
        self.index, self.local = index, local

    def search(self, query: PreparedQuery, k: int, filters: Filters, require_all: bool = False) -> Ranked:
        """`require_all`: only passages holding every one of the query's terms."""
        if not query.terms:
            return []
        allowed = self.local.allowed(filters, *query.parsed.constraints)
        if allowed is not None and not allowed:
            return []
        return self.index.search(query.terms, k, None if allowed is None else np.array(allowed, dtype=np.int64), require_all)


def prepare(parsed: ParsedQuery, vector: np.ndarray) -> PreparedQuery:
    return PreparedQuery(parsed, vector, query_terms(parsed.semantic))


def _scaled(scores: dict[int, float], ids: list[int], floor: float) -> np.ndarray:
    """Scores scaled to 0-1 over the candidates (min-max); a candidate the ranker did not return scores its floor.
    When the ranker cannot tell its candidates apart, those it returned score 1 and the others 0."""
    values = np.array([scores.get(pid, floor) for pid in ids], dtype=float)
    low, high = values.min(), values.max()
    if high > low:
        return (values - low) / (high - low)
    return np.array([1.0 if pid in scores else 0.0 for pid in ids])


def fuse(dense: Ranked, lexical: Ranked, dense_weight: float = DENSE_WEIGHT) -> Ranked:
    """A convex combination of the two rankers' scores, each min-max normalised over the candidates (Bruch,
    Gai and Ingber, "An Analysis of Fusion Functions for Hybrid Retrieval", TOIS 2023): unlike reciprocal
    rank, how far apart two candidates score counts, not only their order. A candidate missing from the
    lexical list scores 0 there (no word in common within its top); from the dense list, that list's
    lowest. Ties keep the order of first appearance."""
    ids = list(dict.fromkeys([pid for pid, _ in dense + lexical]))
    if not ids:
        return []
    dense_scores, lexical_scores = dict(dense), dict(lexical)
    d = _scaled(dense_scores, ids, min(dense_scores.values(), default=0.0))
    b = _scaled(lexical_scores, ids, 0.0)
    weight = dense_weight if dense and lexical else (1.0 if dense else 0.0)
    fused = weight * d + (1 - weight) * b
    return sorted(zip(ids, fused.tolist()), key=lambda pair: -pair[1])
