"""The read path: one search over one view of the index (a FAISS + BM25 snapshot, or a Qdrant collection).

check the query and read its operators -> embed (all queries of a batch together) -> retrieve (dense,
lexical) -> the dense list re-scored by best sentence over both lists' candidates -> fuse -> ranking
stages -> item look-up -> did anything match (qa/matching.py)? -> passages, or agenda items with their
best passages -> answer sentences, words in bold, facets. Nothing here writes, and nothing waits for a
writer: the snapshot was taken once, before the search began.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass, field, replace

from qa import acronyms, catalog, facets, matching, store
from qa import stages as ranking
from qa.answer import mark_answers
from qa.backends import Backend
from qa.embed import Embedder
from qa.errors import BadOperator, IndexNotReady, NotFound
from qa.index.cache import PassageCache
from qa.query import MAX_QUERY_CHARS, ParsedQuery, check_k, check_query, parse_query, phrase_pattern
from qa.records import Filters, ItemResult, Query, Result, SearchResponse
from qa.retrieve import CANDIDATES, DenseRetriever, LexicalRetriever, LocalFilter, PreparedQuery, Ranked, fuse, prepare
from qa.text import STOPWORDS, content_words, term_spans, tokens

ITEM_PASSAGES = 3  # passages shown under each agenda item when grouped
GROUP_POOL = 1000  # candidates looked at to fill k items


@dataclass(frozen=True)
class Reader:
    """What one search reads: the backend's view it took (a Snapshot, or a QdrantView), a store connection,
    the model, the per-passage cache and the backend that gives retrievers over the view."""

    view: object
    conn: sqlite3.Connection
    embedder: Embedder
    backend: Backend
    cache: PassageCache = field(default_factory=PassageCache)


@dataclass(frozen=True)
class Ranking:
    """One query's candidates, best first, and which of them matched."""

    ranked: Ranked
    matched: list[int]  # what the facets count
    weak: bool = False  # nothing matched well
    suggestion: str | None = None


def search_many(reader: Reader, queries: list[Query], stages: str | None = None,
                max_chars: int = MAX_QUERY_CHARS) -> list[SearchResponse]:
    """`search(q)` is `search_many([q])[0]`: the queries of a batch are embedded together."""
    queries = [check_query(q, max_chars) for q in queries]
    chosen = ranking.select(stages)
    if reader.view.count == 0:
        raise IndexNotReady("nothing is indexed yet; run `committee-qa index` (or add papers) first")
    parsed = [_acronyms_spelled_out(reader, parse_query(q.text)) for q in queries]
    filters = [_known_papers(reader.conn, q.filters.narrowed(p.filters), p) for q, p in zip(queries, parsed)]
    vectors = reader.embedder.encode([p.semantic or p.text for p in parsed])
    local = LocalFilter(reader.conn)
    dense, lexical = reader.backend.retrievers(reader.view, reader.conn, local, reader.cache)
    responses = []
    for query, wanted, p, vector in zip(queries, filters, parsed, vectors):
        prepared = prepare(p, vector)
        found = _rank(reader, local, dense, lexical, query, wanted, prepared, chosen)
        ranked = [] if found.weak and query.strict else found.ranked
        chosen_ids = _grouped(reader.conn, ranked, query.k) if query.group == "item" else [ranked[: query.k]]
        results = _results(reader.conn, [pair for group in chosen_ids for pair in group], p.phrases, set(prepared.terms))
        stored = reader.cache.vectors(reader.conn, [r.passage.id for r in results])
        sentences = {pid: matrices[1] for pid, matrices in stored.items()}
        marked = {r.passage.id: r for r in mark_answers(reader.embedder, p, vector, results, sentences, reader.cache)}
        counted = facets.count(reader.conn, found.matched)
        if query.group == "item":
            items = [ItemResult(rank, round(group[0][1], 6), [_reranked(marked[pid], i + 1) for i, (pid, _) in enumerate(group) if pid in marked])
                     for rank, group in enumerate(chosen_ids, 1)]
            items = [item for item in items if item.passages]
            responses.append(SearchResponse(query.text, [], found.weak, found.suggestion, items, counted))
        else:
            responses.append(SearchResponse(query.text, [marked[r.passage.id] for r in results], found.weak,
                                            found.suggestion, None, counted))
    return responses


def _acronyms_spelled_out(reader: Reader, parsed: ParsedQuery) -> ParsedQuery:
    """The question with the acronyms no paper contains followed by the names the papers give them (qa/acronyms.py):
    what is embedded and matched."""
    if not acronyms.ACRONYM.search(parsed.semantic):
        return parsed

    def known(word: str) -> bool:
        return word in reader.backend.vocabulary(reader.view, reader.conn).get((word[:1], len(word)), ())

    semantic = acronyms.expand(parsed.semantic, lambda keys: reader.backend.names(reader.view, reader.conn, keys), known)
    return parsed if semantic == parsed.semantic else replace(parsed, semantic=semantic)


def _reranked(result: Result, rank: int) -> Result:
    return Result(rank, result.score, result.passage, result.answer, result.matches, result.words)


def _known_papers(conn: sqlite3.Connection, filters: Filters, parsed: ParsedQuery) -> Filters:
    """A paper named by `paper:` must be indexed (a 400 naming the closest, rather than silently nothing)."""
    if parsed.filters.source and store.document_hash(conn, parsed.filters.source) is None:
        close = difflib.get_close_matches(parsed.filters.source, catalog.sources(conn), n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; GET /api/documents (or `committee-qa list`) lists them"
        raise BadOperator(f"paper:{parsed.filters.source} is not an indexed paper{hint}")
    return filters


def _rank(reader: Reader, local: LocalFilter, dense: DenseRetriever, lexical: LexicalRetriever, query: Query,
          filters: Filters, prepared: PreparedQuery, chosen: tuple[ranking.Stage, ...]) -> Ranking:
    parsed = prepared.parsed
    allowed = local.allowed(filters, *parsed.constraints)
    if allowed is not None and not allowed:
        return Ranking([], [])
    if parsed.nothing_to_rank:  # document order: nothing else to rank by, and everything allowed matched
        return Ranking([(pid, 1.0) for pid in allowed[:GROUP_POOL]], allowed)

    n = max(CANDIDATES, query.k * (6 if query.group == "item" else 3))
    dense_hits = dense.search(prepared, n, filters) if query.mode != "lexical" else []
    lexical_hits = lexical.search(prepared, n, filters) if query.mode != "dense" else []
    if dense_hits:
        dense_hits = dense.rescore(prepared, [pid for pid, _ in dense_hits + lexical_hits])
    ranked = fuse(dense_hits, lexical_hits)
    if query.mode == "hybrid" and ranked and chosen:
        ranked = ranking.run(chosen, ranked, _stage_input(reader.conn, parsed, allowed))

    lookup = _item_passages(reader.conn, local, parsed, filters)
    if lookup:
        top = (ranked[0][1] if ranked else 1.0) + 1.0
        ranked = [(pid, top - i * 1e-3) for i, pid in enumerate(lookup)] + [(pid, s) for pid, s in ranked if pid not in lookup]

    if parsed.phrases:  # every allowed passage holds the phrases: all of them matched
        matched, weak = allowed, not ranked
    elif query.mode == "lexical":  # a keyword search matched what holds its words
        matched, weak = [pid for pid, _ in lexical_hits], not lexical_hits
    else:
        known = matching.known_share(reader.embedder.known_words(content_words(parsed.semantic)))
        meant = [pid for pid, score in dense_hits if matching.passage_matches(score)]
        worded = [pid for pid, _ in lexical.search(prepared, n, filters, require_all=True)]  # every word of it
        weak = not (lookup or worded or matching.query_matches(max((s for _, s in dense_hits), default=0.0), known))
        matched = [] if weak else list(dict.fromkeys(lookup + meant + worded))
    suggestion = suggest(reader, parsed.semantic) if (weak or not lexical_hits) else None
    return Ranking(ranked, matched, weak, suggestion)


def _grouped(conn: sqlite3.Connection, ranked: Ranked, k: int) -> list[Ranked]:
    """The candidates as agenda items, in the order of each item's best passage: k items, each with its best
    ITEM_PASSAGES passages (an item scores by its best passage)."""
    pool = ranked[:GROUP_POOL]
    passages = store.get_passages(conn, [pid for pid, _ in pool])
    groups: dict[tuple[str, int], Ranked] = {}
    for pid, score in pool:
        passage = passages.get(pid)
        if passage is None:
            continue
        key = (passage.source, passage.item_index)
        if key not in groups:
            if len(groups) == k:
                continue
            groups[key] = []
        if len(groups[key]) < ITEM_PASSAGES:
            groups[key].append((pid, score))
    return list(groups.values())


def _stage_input(conn: sqlite3.Connection, parsed: ParsedQuery, allowed: list[int] | None) -> ranking.StageInput:
    permitted = set(allowed) if allowed is not None else None

    def resolutions(ids: list[int]) -> dict[int, list[int]]:
        found = store.item_resolutions(conn, ids)
        if permitted is None:
            return found
        return {pid: [r for r in rs if r in permitted] for pid, rs in found.items()}

    return ranking.StageInput(parsed.semantic, lambda ids: store.get_passages(conn, ids), resolutions)


def _item_passages(conn: sqlite3.Connection, local: LocalFilter, parsed: ParsedQuery, filters: Filters) -> list[int]:
    """First passage of each item whose number matches 'item 283' / 'minute 221' / '283.'."""
    if not parsed.item_number:
        return []
    where, params = local.where(filters)
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


def _results(conn: sqlite3.Connection, ranked: Ranked, phrases: tuple[str, ...] = (), terms: set[str] | None = None) -> list[Result]:
    """The passages with where their phrases and query words stand; the answer is the whole passage until marked."""
    passages = store.get_passages(conn, [pid for pid, _ in ranked])
    results = []
    for pid, score in ranked:
        passage = passages.get(pid)
        if passage is None:  # removed since this snapshot was made
            continue
        matches = tuple((m.start(), m.end()) for phrase in phrases for m in phrase_pattern(phrase).finditer(passage.text))
        words = tuple(term_spans(passage.text, terms or set()))
        results.append(Result(len(results) + 1, round(score, 6), passage, (0, len(passage.text)), matches, words))
    return results


def suggest(reader: Reader, text: str) -> str | None:
    """'Did you mean' from the corpus's own words, for query words the corpus does not contain."""
    groups = reader.backend.vocabulary(reader.view, reader.conn)
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
    hits = reader.backend.nearest(reader.view, store.embeddings_for(reader.conn, [passage_id])[0], k * 4 + 20)
    candidates = store.get_passages(reader.conn, [pid for pid, _ in hits])
    ranked = [
        (pid, score) for pid, score in hits
        if pid in candidates and (candidates[pid].source, candidates[pid].item_index) != (own.source, own.item_index)
    ][:k]
    return _results(reader.conn, ranked)
