"""The read path: one search over one Snapshot.

check the query -> embed (all queries of a batch together) -> retrieve (dense, lexical) -> the dense
list re-scored by best sentence over both lists' candidates -> fuse -> ranking stages -> item look-up
-> passages with their answer sentence. Nothing here writes, and nothing waits for a writer: the
snapshot was taken once, before the search began.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass, field

from qa import stages as ranking
from qa import store
from qa.answer import mark_answers
from qa.embed import Embedder
from qa.errors import IndexNotReady, NotFound
from qa.index.cache import PassageCache
from qa.index.snapshot import Snapshot
from qa.query import MAX_QUERY_CHARS, ParsedQuery, check_k, check_query, parse_query, phrase_pattern
from qa.records import Query, Result, SearchResponse
from qa.retrieve import CANDIDATES, DenseRetriever, LexicalRetriever, LocalFilter, PreparedQuery, Ranked, fuse, prepare
from qa.text import STOPWORDS, content_words, tokens

WEAK_COSINE = 0.25  # below this best cosine, with no word in common, nothing matched well


@dataclass(frozen=True)
class Reader:
    """What one search reads: the snapshot it took, a store connection, the model, the per-passage cache."""

    snapshot: Snapshot
    conn: sqlite3.Connection
    embedder: Embedder
    cache: PassageCache = field(default_factory=PassageCache)


def search_many(reader: Reader, queries: list[Query], stages: str | None = None,
                max_chars: int = MAX_QUERY_CHARS) -> list[SearchResponse]:
    """`search(q)` is `search_many([q])[0]`: the queries of a batch are embedded together."""
    queries = [check_query(q, max_chars) for q in queries]
    chosen = ranking.select(stages)
    if reader.snapshot.count == 0:
        raise IndexNotReady("nothing is indexed yet; run `committee-qa index` (or add papers) first")
    parsed = [parse_query(q.text) for q in queries]
    vectors = reader.embedder.encode([p.semantic for p in parsed])
    local = LocalFilter(reader.conn)
    dense = DenseRetriever(reader.snapshot.vectors, reader.conn, local, reader.cache)
    lexical = LexicalRetriever(reader.snapshot.lexical, local)
    responses = []
    for query, p, vector in zip(queries, parsed, vectors):
        response = _search_one(reader, local, dense, lexical, query, prepare(p, vector), chosen)
        stored = reader.cache.vectors(reader.conn, [r.passage.id for r in response.results])
        sentences = {pid: matrices[1] for pid, matrices in stored.items()}
        marked = mark_answers(reader.embedder, p, vector, response.results, sentences, reader.cache)
        responses.append(SearchResponse(response.query, marked, response.weak, response.suggestion))
    return responses


def _search_one(reader: Reader, local: LocalFilter, dense: DenseRetriever, lexical: LexicalRetriever, query: Query,
                prepared: PreparedQuery, chosen: tuple[ranking.Stage, ...]) -> SearchResponse:
    parsed = prepared.parsed
    allowed = local.allowed(query.filters, parsed.phrases)
    if allowed is not None and not allowed:
        return SearchResponse(query.text, [])
    if parsed.only_phrases:
        ranked = [(pid, 1.0) for pid in allowed[: query.k]]  # document order: nothing else to rank by
        return SearchResponse(query.text, _results(reader.conn, ranked, parsed.phrases))

    n = max(CANDIDATES, query.k * 3)
    dense_hits = dense.search(prepared, n, query.filters) if query.mode != "lexical" else []
    lexical_hits = lexical.search(prepared, n, query.filters) if query.mode != "dense" else []
    best_cosine = dense_hits[0][1] if dense_hits else 0.0
    if dense_hits:
        dense_hits = dense.rescore(prepared, [pid for pid, _ in dense_hits + lexical_hits])
    ranked = fuse(dense_hits, lexical_hits)
    if query.mode == "hybrid" and ranked and chosen:
        ranked = ranking.run(chosen, ranked, _stage_input(reader.conn, parsed, allowed))

    lookup = _item_passages(reader.conn, local, parsed, query)
    if lookup:
        top = (ranked[0][1] if ranked else 1.0) + 1.0
        ranked = [(pid, top - i * 1e-3) for i, pid in enumerate(lookup)] + [(pid, s) for pid, s in ranked if pid not in lookup]

    weak = not lookup and best_cosine < WEAK_COSINE and not lexical_hits
    suggestion = suggest(reader, parsed.semantic) if (weak or not lexical_hits) else None
    return SearchResponse(query.text, _results(reader.conn, ranked[: query.k], parsed.phrases), weak=weak, suggestion=suggestion)


def _stage_input(conn: sqlite3.Connection, parsed: ParsedQuery, allowed: list[int] | None) -> ranking.StageInput:
    permitted = set(allowed) if allowed is not None else None

    def resolutions(ids: list[int]) -> dict[int, list[int]]:
        found = store.item_resolutions(conn, ids)
        if permitted is None:
            return found
        return {pid: [r for r in rs if r in permitted] for pid, rs in found.items()}

    return ranking.StageInput(parsed.semantic, lambda ids: store.get_passages(conn, ids), resolutions)


def _item_passages(conn: sqlite3.Connection, local: LocalFilter, parsed: ParsedQuery, query: Query) -> list[int]:
    """First passage of each item whose number matches 'item 283' / 'minute 221' / '283.'."""
    if not parsed.item_number:
        return []
    where, params = local.where(query.filters)
    rows = conn.execute(
        f"""SELECT p.id, d.title, d.source FROM passages p JOIN items i ON i.id = p.item_id
            JOIN documents d ON d.id = p.document_id
            WHERE lower(i.number) = lower(?) AND {where}
            ORDER BY d.meeting_date DESC, p.position""",
        [parsed.item_number, *params],
    ).fetchall()
    hint = set(content_words(parsed.item_hint))
    seen, first = set(), []
    for passage_id, title, source in rows:
        if (title, source) in seen:
            continue
        seen.add((title, source))
        overlap = len(hint & set(tokens(f"{title} {source}"))) if hint else 0
        first.append((-overlap, len(first), passage_id))
    return [passage_id for _, _, passage_id in sorted(first)]


def _results(conn: sqlite3.Connection, ranked: Ranked, phrases: tuple[str, ...] = ()) -> list[Result]:
    passages = store.get_passages(conn, [pid for pid, _ in ranked])
    results = []
    for pid, score in ranked:
        passage = passages.get(pid)
        if passage is None:  # removed since this snapshot was made
            continue
        matches = tuple((m.start(), m.end()) for phrase in phrases for m in phrase_pattern(phrase).finditer(passage.text))
        results.append(Result(len(results) + 1, round(score, 6), passage, (0, len(passage.text)), matches))
    return results


def suggest(reader: Reader, text: str) -> str | None:
    """'Did you mean' from the corpus's own words, for query words the corpus does not contain."""
    groups = reader.snapshot.vocabulary(reader.conn)
    changed, corrected = False, []
    for word in re.findall(r"[A-Za-z]+|[^A-Za-z]+", text):
        lower = word.lower()
        if word.isalpha() and len(word) > 3 and lower not in STOPWORDS and lower not in groups.get((lower[0], len(lower)), ()):
            # a misspelling keeps its first letter and its length within two
            nearby = [w for size in range(len(lower) - 2, len(lower) + 3) for w in groups.get((lower[0], size), ())]
            close = difflib.get_close_matches(lower, nearby, n=1, cutoff=0.8)
            if close:
                corrected.append(close[0])
                changed = True
                continue
        corrected.append(word)
    return "".join(corrected) if changed else None


def similar(reader: Reader, passage_id: int, k: int = 5) -> list[Result]:
    """Passages from other items or papers that say something similar ("more like this")."""
    k = check_k(k)
    found = store.get_passages(reader.conn, [passage_id])
    if passage_id not in found:
        raise NotFound(f"there is no passage {passage_id}; take ids from search results")
    own = found[passage_id]
    vectors = reader.snapshot.vectors
    scores, ids = vectors.search(store.embeddings_for(reader.conn, [passage_id]), min(vectors.count, k * 4 + 20))
    hits = [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i != -1]
    candidates = store.get_passages(reader.conn, [pid for pid, _ in hits])
    ranked = [
        (pid, score) for pid, score in hits
        if pid in candidates and (candidates[pid].source, candidates[pid].item_index) != (own.source, own.item_index)
    ][:k]
    return _results(reader.conn, ranked)
