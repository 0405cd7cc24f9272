"""Hybrid retrieval: dense (FAISS over MiniLM vectors) + lexical (BM25, qa/lexical.py), fused by
weighted reciprocal rank, re-scored by qa/rerank.py, with quoted-phrase constraints (FTS5), filters
and item-number look-up.

`search(q)` is `search_many([q])[0]`: queries are embedded together in one batch.
"""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from qa import lexical, rerank, store, vectors
from qa.chunk import KINDS, display_sentences
from qa.config import Settings
from qa.embed import Embedder
from qa.errors import BadQuery, EmptyQuery, IndexNotReady, NotFound, UnknownSource
from qa.text import STOPWORDS, content_words, sentence_spans, words

MAX_QUERY_CHARS = 1000
MAX_K = 100
CANDIDATES = 50
RRF_K = 60
# Weights of the two rankers in the fusion; chosen on our own labelled queries (scripts/eval.py).
DENSE_WEIGHT = 1.0
LEXICAL_WEIGHT = 1.0
WEAK_COSINE = 0.25
FIGURE_NUDGE = 0.1  # added to a sentence's word-vector cosine when it states a figure the question asks for
MODES = ("hybrid", "dense", "lexical")
SHAPE_BONUS = 0.5 / (RRF_K + 1)  # half the fusion score of a first place in one ranker
# Questions whose answer is a figure or a date: the answer sentence is the one that states one.
_FIGURE_QUESTION = re.compile(r"^\s*(?:how (?:much|many|long|often)|when\b|what (?:date|time|year|amount|number|percentage|proportion)|which (?:year|date))", re.I)

_PHRASE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
_ITEM_LOOKUP = re.compile(
    r"^\s*(?:(?:agenda\s+)?item|minute|min\.?)\s*(?:no\.?\s*)?(?P<num>\d{1,4}[a-z]?)\b\.?(?P<rest>.*)$|^\s*(?P<bare>\d{1,4}[a-z]?)\.\s*(?P<rest2>.*)$",
    re.I,
)


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    source: str | None = None
    committee: str | None = None
    after: str | None = None
    before: str | None = None
    added_after: str | None = None  # papers added to the index after this time (feeds of saved searches)

    def validated(self) -> Filters:
        if self.kind is not None and self.kind not in KINDS:
            raise BadQuery(f"unknown kind {self.kind!r}; valid kinds are: {', '.join(KINDS)}")
        for name in ("after", "before"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise BadQuery(f"{name} must be a date like 2017-01-31, not {value!r}") from None
        if self.after and self.before and self.after > self.before:
            raise BadQuery(f"after ({self.after}) is later than before ({self.before}); swap them")
        return self

    @property
    def active(self) -> bool:
        return any((self.kind, self.source, self.committee, self.after, self.before, self.added_after))


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 5
    filters: Filters = field(default_factory=Filters)
    mode: str = "hybrid"  # or "dense" / "lexical", for measuring each ranker alone


@dataclass(frozen=True)
class Result:
    rank: int
    score: float
    passage: store.StoredPassage
    answer: tuple[int, int]  # sentence offsets within passage.text
    matches: tuple[tuple[int, int], ...] = ()  # where quoted phrases occur, offsets within passage.text


@dataclass(frozen=True)
class SearchResponse:
    query: str
    results: list[Result]
    weak: bool = False
    suggestion: str | None = None


@dataclass(frozen=True)
class _ParsedQuery:
    text: str
    semantic: str
    phrases: tuple[str, ...]
    item_number: str | None
    item_hint: str


def parse_query(text: str) -> _ParsedQuery:
    phrases = tuple(p.strip() for p in _PHRASE.findall(text) if p.strip())
    semantic = _PHRASE.sub(lambda m: m.group(1), text).strip()
    lookup = _ITEM_LOOKUP.match(text)
    number = hint = None
    if lookup:
        number = lookup.group("num") or lookup.group("bare")
        hint = (lookup.group("rest") or lookup.group("rest2") or "").strip()
    return _ParsedQuery(text, semantic, phrases, number, hint or "")


def check_query(query: Query) -> Query:
    text = (query.text or "").strip()
    if not text:
        raise EmptyQuery("the query is empty; type a question or some words to look for")
    if len(text) > MAX_QUERY_CHARS:
        raise BadQuery(f"the query is {len(text)} characters long; keep it under {MAX_QUERY_CHARS}")
    if not 1 <= query.k <= MAX_K:
        raise BadQuery(f"k must be between 1 and {MAX_K}, not {query.k}")
    if query.mode not in MODES:
        raise BadQuery(f"mode must be one of {', '.join(MODES)}, not {query.mode!r}")
    return Query(text, query.k, query.filters.validated(), query.mode)


def fuse(dense: list[tuple[int, float]], lexical: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Weighted reciprocal-rank fusion of the two ranked lists (ids with their own scores)."""
    fused: dict[int, float] = {}
    for rank, (pid, _) in enumerate(dense):
        fused[pid] = fused.get(pid, 0.0) + DENSE_WEIGHT / (RRF_K + rank + 1)
    for rank, (pid, _) in enumerate(lexical):
        fused[pid] = fused.get(pid, 0.0) + LEXICAL_WEIGHT / (RRF_K + rank + 1)
    return sorted(fused.items(), key=lambda kv: -kv[1])


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase matched verbatim, case-insensitively, across any run of white space or markup."""
    parts = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?:\W|\*\*|<[^>]+>)+".join(parts) if len(parts) > 1 else parts[0], re.I)


_FILTER_CLAUSES = (  # (Filters field, SQL clause, how the value is bound)
    ("kind", "p.kind = ?", str),
    ("source", "d.source = ?", str),
    ("committee", "d.committee LIKE ?", lambda v: f"%{v}%"),
    ("after", "d.meeting_date >= ?", str),
    ("before", "d.meeting_date <= ?", str),
    ("added_after", "d.added_at > ?", str),
)


def _filter_sql(filters: Filters) -> tuple[str, list[object]]:
    """A WHERE clause over passages p joined to documents d; papers without a date fail date filters."""
    active = [(clause, bind(getattr(filters, name))) for name, clause, bind in _FILTER_CLAUSES if getattr(filters, name)]
    return " AND ".join(clause for clause, _ in active) or "1", [value for _, value in active]


class SearchService:
    """Owns the loaded model, the FAISS index and the path to the SQLite store."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None):
        self.settings = settings
        self.embedder = embedder or Embedder(
            settings.model, backend=settings.embedding_backend, cache_dir=settings.model_cache
        )
        self._lock = threading.RLock()
        self._vectors: vectors.VectorIndex | None = None
        self._vocabulary: Counter[str] | None = None
        self._bm25: lexical.LexicalIndex | None = None
        self._changes_in_progress = 0  # this process is writing to the store (qa.ingest)
        self.reload()

    # -- state -----------------------------------------------------------------------------------
    def connect(self):  # noqa: ANN201 - a context manager yielding a sqlite3.Connection
        return store.connect(self.settings.db_path)

    def reload(self) -> None:
        """Load the vector index for the store's current generation, rebuilding it if it is stale."""
        with self._lock, self.connect() as conn:
            self._fill_sentence_vectors(conn)
            current = store.generation(conn)
            loaded = vectors.load(self.settings.data_dir, self.settings.model, current)
            if loaded is None:
                ids, matrix = store.all_embeddings(conn)
                loaded = vectors.build(ids, matrix, self.embedder.dimension, self.settings.ann_threshold, current)
                vectors.save(loaded, self.settings.data_dir, self.settings.model)
            self._vectors = loaded
            terms = lexical.load(self.settings.data_dir, current)
            if terms is None:
                terms = lexical.build(lexical.rows_from_store(conn), current)
                lexical.save(terms, self.settings.data_dir)
            self._bm25 = terms
            self._vocabulary = None

    def _fill_sentence_vectors(self, conn: sqlite3.Connection) -> None:
        """Passages stored by an older version have no sentence vectors: compute them once."""
        missing = store.passages_without_sentence_vectors(conn)
        if not missing:
            return
        print(f"committee-qa: embedding the sentences of {len(missing)} passages indexed by an older version (once)", file=sys.stderr)
        matrices = self.embedder.encode_groups([display_sentences(text) for _, text in missing])
        store.set_sentence_vectors(conn, [(pid, matrix) for (pid, _), matrix in zip(missing, matrices)])

    @contextmanager
    def changing(self) -> Iterator[None]:
        """Held by qa.ingest while it writes to the store and applies the change, so that a search
        in that window does not mistake our own commit for another process's and reload."""
        with self._lock:
            self._changes_in_progress += 1
        try:
            yield
        finally:
            with self._lock:
                self._changes_in_progress -= 1

    def follow_store(self, conn: sqlite3.Connection) -> None:
        """Pick up changes another process made (a CLI `add` or `remove` beside a running server)."""
        loaded = self._vectors
        if self._changes_in_progress or (loaded is not None and loaded.generation == store.generation(conn)):
            return
        self.reload()

    def apply_change(
        self, removed: list[int], added_ids: np.ndarray, added_vectors: np.ndarray, new_generation: int, start_generation: int | None = None
    ) -> None:
        """Bring the vector index up to a store generation just committed, then save it atomically.

        Adds go into the loaded index; removals from an HNSW index (which cannot delete), a crossing
        of the ANN threshold, or an index from another generation mean a rebuild from the store.
        `start_generation` is the store's generation before this change: if the loaded index is not
        at it, another process changed the store too, and the indexes are reloaded from the store."""
        with self._lock:
            current = self._vectors
            before = current.generation if current else None  # the incremental path below moves it on
            if before == new_generation:
                return  # already reloaded at this generation
            if start_generation is not None and before != start_generation:
                self.reload()
                return
            total = (current.count if current else 0) + len(added_ids) - len(removed)
            crosses = current is not None and (current.kind == "hnsw") != (total > self.settings.ann_threshold)
            incremental = current is not None and not crosses and not (removed and current.kind == "hnsw")
            if incremental:
                if removed:
                    current.index.remove_ids(np.array(removed, dtype=np.int64))
                if len(added_ids):
                    current.index.add_with_ids(np.ascontiguousarray(added_vectors, dtype=np.float32), added_ids)
                current.generation = new_generation
                updated = current
            else:
                with self.connect() as conn:
                    ids, matrix = store.all_embeddings(conn)
                updated = vectors.build(ids, matrix, self.embedder.dimension, self.settings.ann_threshold, new_generation)
            vectors.save(updated, self.settings.data_dir, self.settings.model)
            with self.connect() as conn:
                previous = self._bm25
                if previous is not None and previous.generation == before:
                    added = lexical.rows_from_store(conn, [int(i) for i in added_ids])
                    terms = previous.with_changes(np.array(removed, dtype=np.int64), added, new_generation)
                else:
                    terms = lexical.build(lexical.rows_from_store(conn), new_generation)
            lexical.save(terms, self.settings.data_dir)
            self._vectors = updated
            self._bm25 = terms
            self._vocabulary = None

    @property
    def index_kind(self) -> str:
        return self._vectors.kind if self._vectors else "none"

    @property
    def passage_count(self) -> int:
        return self._vectors.count if self._vectors else 0

    def vocabulary(self, conn: sqlite3.Connection) -> Counter[str]:
        with self._lock:
            if self._vocabulary is None:
                counts: Counter[str] = Counter()
                for (body,) in conn.execute("SELECT body FROM passages_fts"):
                    counts.update(w for w in words(body) if w.isalpha())
                self._vocabulary = counts
            return self._vocabulary

    # -- search ----------------------------------------------------------------------------------
    def search(self, query: Query) -> SearchResponse:
        return self.search_many([query])[0]

    def search_many(self, queries: list[Query]) -> list[SearchResponse]:
        queries = [check_query(q) for q in queries]
        with self.connect() as conn:
            self.follow_store(conn)
            index = self._vectors
            if index is None or index.count == 0:
                raise IndexNotReady("nothing is indexed yet; run `committee-qa index` (or add papers) first")
            parsed = [parse_query(q.text) for q in queries]
            query_vectors = self.embedder.encode([p.semantic for p in parsed])
            responses = [
                self._search_one(conn, index, query, p, query_vectors[i : i + 1]) for i, (query, p) in enumerate(zip(queries, parsed))
            ]
            return self._with_answers(parsed, responses)

    def _allowed_ids(self, conn: sqlite3.Connection, query: Query, parsed: _ParsedQuery) -> list[int] | None:
        """Passage ids that satisfy the filters and quoted phrases; None when there is no constraint."""
        filters = query.filters
        if filters.source and store.document_hash(conn, filters.source) is None:
            raise UnknownSource(f"no indexed paper is called {filters.source!r}; GET /api/documents lists them")
        if not filters.active and not parsed.phrases:
            return None
        where, params = _filter_sql(filters)
        text_column = "p.text" if parsed.phrases else "NULL"  # the text is read only to check phrases
        sql = f"SELECT p.id, {text_column} FROM passages p JOIN documents d ON d.id = p.document_id WHERE {where}"
        if parsed.phrases:
            match = " AND ".join('"' + " ".join(words(phrase)).replace('"', "") + '"' for phrase in parsed.phrases if words(phrase))
            if match:
                sql += " AND p.id IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?)"
                params = [*params, match]
        sql += " ORDER BY d.source, p.position"
        patterns = [_phrase_pattern(phrase) for phrase in parsed.phrases]
        return [row[0] for row in conn.execute(sql, params) if all(p.search(row[1]) for p in patterns)]

    def _dense(self, index: vectors.VectorIndex, vector: np.ndarray, allowed: list[int] | None, n: int) -> list[tuple[int, float]]:
        allowed_array = np.array(allowed, dtype=np.int64) if allowed is not None else None
        scores, ids = index.search(vector, n, allowed_array)
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]

    def _lexical(self, text: str, allowed: list[int] | None, n: int) -> list[tuple[int, float]]:
        index = self._bm25
        query_terms = lexical.terms(" ".join(content_words(text)))
        if index is None or not query_terms:
            return []
        allowed_array = np.array(allowed, dtype=np.int64) if allowed is not None else None
        return index.search(query_terms, n, allowed_array)

    def _item_passages(self, conn: sqlite3.Connection, parsed: _ParsedQuery, query: Query) -> list[int]:
        """First passage of each item whose number matches 'item 283' / 'minute 221' / '283.'."""
        if not parsed.item_number:
            return []
        where, params = _filter_sql(query.filters)
        rows = conn.execute(
            f"""SELECT p.id, d.title, d.source FROM passages p JOIN items i ON i.id = p.item_id
                JOIN documents d ON d.id = p.document_id
                WHERE lower(i.number) = lower(?) AND {where}
                ORDER BY d.meeting_date DESC, p.position""",
            [parsed.item_number, *params],
        ).fetchall()
        hint = set(content_words(parsed.item_hint)) - {"of", "the"}
        seen, first = set(), []
        for passage_id, title, source in rows:
            if (title, source) in seen:
                continue
            seen.add((title, source))
            overlap = len(hint & set(words(f"{title} {source}"))) if hint else 0
            first.append((-overlap, len(first), passage_id))
        return [passage_id for _, _, passage_id in sorted(first)]

    def _search_one(self, conn, index, query: Query, parsed: _ParsedQuery, vector: np.ndarray) -> SearchResponse:
        allowed = self._allowed_ids(conn, query, parsed)
        if allowed is not None and not allowed:
            return SearchResponse(query.text, [])
        semantic_rest = _PHRASE.sub(" ", query.text).strip()
        only_phrases = bool(parsed.phrases) and not content_words(semantic_rest)
        if only_phrases:
            ranked = [(pid, 1.0) for pid in allowed[: query.k]]  # document order within equal scores
            return SearchResponse(query.text, self._results(conn, ranked, parsed.phrases))

        n = max(CANDIDATES, query.k * 3)
        dense = self._dense(index, vector, allowed, n) if query.mode != "lexical" else []
        keyword_hits = self._lexical(parsed.semantic, allowed, n) if query.mode != "dense" else []
        best_cosine = dense[0][1] if dense else 0.0
        if dense:
            dense = self._with_best_sentence(conn, vector[0], [pid for pid, _ in dense + keyword_hits])
        ranked = fuse(dense, keyword_hits)
        if query.mode == "hybrid" and ranked:
            ranked = self._rescore(conn, parsed.semantic, ranked, allowed)

        lookup = self._item_passages(conn, parsed, query)
        if lookup:
            top = (ranked[0][1] if ranked else 1.0) + 1.0
            ranked = [(pid, top - i * 1e-3) for i, pid in enumerate(lookup)] + [(pid, s) for pid, s in ranked if pid not in lookup]

        weak = not lookup and best_cosine < WEAK_COSINE and not keyword_hits
        suggestion = self._suggest(conn, parsed.semantic) if (weak or not keyword_hits) else None
        return SearchResponse(query.text, self._results(conn, ranked[: query.k], parsed.phrases), weak=weak, suggestion=suggestion)

    def _with_best_sentence(self, conn: sqlite3.Connection, vector: np.ndarray, candidates: list[int]) -> list[tuple[int, float]]:
        """The dense ranking of the candidates (both rankers' lists) by the passage's cosine plus its best
        sentence's. A passage of several sentences is a blurred average; its best sentence alone is what a
        short question matches. On our 110 labelled queries it took dense Recall@1 from 79 to 87 (README)."""
        unique = list(dict.fromkeys(candidates))
        stored = store.passage_and_sentence_vectors(conn, unique)
        present = [pid for pid in unique if pid in stored]
        if not present:
            return []
        cosines = np.vstack([stored[pid][0] for pid in present]) @ vector
        # A passage whose sentences are not stored yet counts as its own best sentence.
        rows = [stored[pid][1] if stored[pid][1] is not None and len(stored[pid][1]) else stored[pid][0][None, :] for pid in present]
        starts = np.cumsum([0] + [len(r) for r in rows[:-1]])
        best = np.maximum.reduceat(np.vstack(rows).astype(np.float32) @ vector, starts)
        scored = list(zip(present, (cosines + best).tolist()))
        return sorted(scored, key=lambda kv: -kv[1])  # stable: ties keep the candidates' order

    def _rescore(self, conn, question: str, ranked: list[tuple[int, float]], allowed: list[int] | None) -> list[tuple[int, float]]:
        """Second stage (qa.rerank), over the top candidates: a decision question puts the resolutions of
        the best items first; procedural items drop back unless asked about; a committee or meeting
        month the question names lifts its papers; a question asking for a figure, date, phone number
        or address lifts candidates that state one."""
        if rerank.asks_for_decision(question):
            resolutions = store.item_resolutions(conn, [pid for pid, _ in ranked[: rerank.DECISION_DEPTH]])
            if allowed is not None:
                permitted = set(allowed)
                resolutions = {pid: [r for r in rs if r in permitted] for pid, rs in resolutions.items()}
            ranked = rerank.lift_resolutions(ranked, resolutions, SHAPE_BONUS)
        head = store.get_passages(conn, [pid for pid, _ in ranked[: rerank.RERANK_DEPTH]])
        procedural = {pid for pid, p in head.items() if rerank.is_procedural(p.item_title, p.text)}
        ranked = rerank.demote_procedural(ranked, procedural, question, SHAPE_BONUS)
        ranked = rerank.favour_named_committee(ranked, {pid: p.committee for pid, p in head.items()}, question, SHAPE_BONUS)
        period = rerank.asked_meeting_period(question)
        ranked = rerank.favour_meeting_period(ranked, {pid: p.meeting_date for pid, p in head.items()}, period, SHAPE_BONUS)
        shapes = rerank.asked_shapes(question)
        if shapes:
            ranked = rerank.rescore(ranked, {pid: p.text for pid, p in head.items()}, shapes, SHAPE_BONUS)
        return ranked

    def _results(self, conn, ranked: list[tuple[int, float]], phrases: tuple[str, ...] = ()) -> list[Result]:
        passages = store.get_passages(conn, [pid for pid, _ in ranked])
        results = []
        for pid, score in ranked:
            passage = passages.get(pid)
            if passage is None:
                continue
            matches = tuple(
                (m.start(), m.end()) for phrase in phrases for m in _phrase_pattern(phrase).finditer(passage.text)
            )
            results.append(Result(len(results) + 1, round(score, 6), passage, (0, len(passage.text)), matches))
        return results

    def _suggest(self, conn: sqlite3.Connection, text: str) -> str | None:
        """'Did you mean' from the corpus's own words, for query words the corpus does not contain."""
        import difflib

        vocabulary = self.vocabulary(conn)
        changed, corrected = False, []
        for word in re.findall(r"[A-Za-z]+|[^A-Za-z]+", text):
            lower = word.lower()
            if word.isalpha() and len(word) > 3 and lower not in STOPWORDS and lower not in vocabulary:
                close = difflib.get_close_matches(lower, [w for w in vocabulary if abs(len(w) - len(lower)) <= 2], n=1, cutoff=0.8)
                if close:
                    corrected.append(close[0])
                    changed = True
                    continue
            corrected.append(word)
        return "".join(corrected) if changed else None

    def similar(self, passage_id: int, k: int = 5) -> list[Result]:
        """Passages from other items or papers that say something similar ("more like this")."""
        if not 1 <= k <= MAX_K:
            raise BadQuery(f"k must be between 1 and {MAX_K}, not {k}")
        with self.connect() as conn:
            found = store.get_passages(conn, [passage_id])
            if passage_id not in found:
                raise NotFound(f"there is no passage {passage_id}; take ids from search results")
            own = found[passage_id]
            vector = store.embeddings_for(conn, [passage_id])
            index = self._vectors
            hits = self._dense(index, vector, None, min(index.count, k * 4 + 20)) if index else []
            candidates = store.get_passages(conn, [pid for pid, _ in hits])
            ranked = [
                (pid, score) for pid, score in hits
                if pid in candidates and (candidates[pid].source, candidates[pid].item_title, candidates[pid].item_number)
                != (own.source, own.item_title, own.item_number)
            ][:k]
            results = self._results(conn, ranked)
        return [_replace_answer(r, (0, len(r.passage.text))) for r in results]

    # -- answer sentence -------------------------------------------------------------------------
    def _with_answers(self, parsed: list[_ParsedQuery], responses: list[SearchResponse]) -> list[SearchResponse]:
        """Pick, in each result, the sentence that answers the query: the one holding a quoted phrase,
        else the one closest to the query by word vectors (Embedder.word_vectors: no model pass), with a
        nudge towards a sentence stating a figure when the question asks for one. On our labelled queries
        this chose the evidence sentence in 55 of 62 first results, against 49 for shared query words."""
        out: list[list[Result]] = []
        for p, response in zip(parsed, responses):
            wants_figure = bool(_FIGURE_QUESTION.match(p.semantic) or rerank.asked_shapes(p.semantic))
            pending: list[tuple[int, list[tuple[int, int]]]] = []
            results = list(response.results)
            for ri, result in enumerate(results):
                spans = sentence_spans(result.passage.text)
                if not spans:
                    continue
                if result.matches:
                    first = result.matches[0][0]
                    results[ri] = _replace_answer(result, next((s for s in spans if s[0] <= first < s[1]), spans[0]))
                elif len(spans) == 1:
                    results[ri] = _replace_answer(result, spans[0])
                else:
                    pending.append((ri, spans))
            if pending:
                texts = [p.semantic] + [results[ri].passage.text[s:e] for ri, spans in pending for s, e in spans]
                vectors_ = self.embedder.word_vectors(texts)
                cursor = 1
                for ri, spans in pending:
                    sims = vectors_[cursor : cursor + len(spans)] @ vectors_[0]
                    cursor += len(spans)
                    if wants_figure:
                        text = results[ri].passage.text
                        sims = sims + np.array([FIGURE_NUDGE if re.search(r"\d", text[s:e]) else 0.0 for s, e in spans])
                    results[ri] = _replace_answer(results[ri], spans[int(np.argmax(sims))])
            out.append(results)
        return [SearchResponse(r.query, results, r.weak, r.suggestion) for r, results in zip(responses, out)]


def _replace_answer(result: Result, span: tuple[int, int]) -> Result:
    return Result(result.rank, result.score, result.passage, span, result.matches)
