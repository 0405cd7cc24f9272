"""Lexical ranking: BM25 in memory over a sparse term matrix, derived from the store like the vectors.

It scores as SQLite FTS5's bm25() does with our column weights (k1 1.2, b 0.75; a term's frequency
is its weighted count over body, item title, section and document title, the last followed by the
meeting the passage is from (store.lexical_rows), and a passage's length is all four together), over
the same Porter stems of the same unicode61 tokens (qa.text.terms). The difference is cost: FTS5 calls bm25() once per matching row, so a common word at 100k passages costs
tens of milliseconds; here a query word costs one numpy pass over its postings. FTS5 still answers
quoted phrases, where word positions matter.

Like the vectors, an index is never changed in place: `with_changes` gives a new one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from qa.index.atomic import atomic_write
from qa.text import terms

FIELD_WEIGHTS = (1.0, 0.6, 0.3, 0.2)  # body, item title, section, document title (as in the FTS5 bm25() call before)
K1, B = 1.2, 0.75

def _row_counts(fields: tuple[str, ...]) -> tuple[dict[str, float], float]:
    counts: dict[str, float] = {}
    length = 0
    for text, weight in zip(fields, FIELD_WEIGHTS):
        tokens = terms(text or "")
        length += len(tokens)
        for token in tokens:
            counts[token] = counts.get(token, 0.0) + weight
    return counts, float(length)


@dataclass(frozen=True)
class LexicalIndex:
    ids: np.ndarray  # int64 passage id of each row
    matrix: sparse.csc_matrix  # rows x terms, weighted term frequency
    lengths: np.ndarray  # float32 tokens per row, all fields
    vocabulary: dict[str, int]  # stem -> column

    @property
    def count(self) -> int:
        return len(self.ids)

    def search(self, query_terms: list[str], n: int, allowed: np.ndarray | None = None, require_all: bool = False) -> list[tuple[int, float]]:
        """(passage id, bm25) best first, at most n; `allowed` limits the ids; `require_all` keeps only
        passages holding every query term."""
        # A term asked twice ("service", "services") counts twice, as FTS5 counts each query phrase.
        multiplicity: dict[int, int] = {}
        for term in query_terms:
            if term in self.vocabulary:
                multiplicity[self.vocabulary[term]] = multiplicity.get(self.vocabulary[term], 0) + 1
        columns = list(multiplicity)
        if not columns or not self.count or (require_all and len(columns) < len(set(query_terms))):
            return []
        total, average = self.count, float(self.lengths.mean()) or 1.0
        indptr, indices, data = self.matrix.indptr, self.matrix.indices, self.matrix.data
        rows_parts, score_parts = [], []
        for column in columns:
            lo, hi = indptr[column], indptr[column + 1]
            rows, tf = indices[lo:hi], data[lo:hi]
            hits = hi - lo
            idf = max(math.log((total - hits + 0.5) / (hits + 0.5)), 1e-6)
            rows_parts.append(rows)
            weight = idf * multiplicity[column]
            score_parts.append(weight * tf * (K1 + 1) / (tf + K1 * (1 - B + B * self.lengths[rows] / average)))
        rows = np.concatenate(rows_parts)
        scores = np.concatenate(score_parts)
        totals = np.bincount(rows, weights=scores, minlength=total)
        unique = np.flatnonzero(totals) if not require_all else np.flatnonzero(np.bincount(rows, minlength=total) == len(columns))
        summed = totals[unique]
        keep = np.ones(len(unique), dtype=bool)
        if allowed is not None:
            keep &= np.isin(self.ids[unique], allowed)
        unique, summed = unique[keep], summed[keep]
        if not len(unique):
            return []
        if len(unique) > n:
            top = np.argpartition(-summed, n - 1)[:n]
            unique, summed = unique[top], summed[top]
        order = np.lexsort((self.ids[unique], -summed))  # best first; ties by id, as FTS5 returns them
        return [(int(self.ids[unique[i]]), float(summed[i])) for i in order]

    def with_changes(self, removed: np.ndarray, added: list[tuple[int, tuple[str, ...]]]) -> LexicalIndex:
        """A new index without the `removed` ids and with the `added` rows (id, fields)."""
        matrix, ids, lengths = self.matrix, self.ids, self.lengths
        if len(removed):
            keep = ~np.isin(ids, removed)
            matrix, ids, lengths = matrix[keep], ids[keep], lengths[keep]
        vocabulary = dict(self.vocabulary)
        if added:
            extra = _rows_matrix([fields for _, fields in added], vocabulary)
            matrix = sparse.csc_matrix(matrix, copy=False)
            matrix.resize((matrix.shape[0], len(vocabulary)))
            matrix = sparse.vstack([matrix, extra[0]], format="csc", dtype=np.float32)
            ids = np.concatenate([ids, np.array([pid for pid, _ in added], dtype=np.int64)])
            lengths = np.concatenate([lengths, extra[1]])
        return LexicalIndex(ids, sparse.csc_matrix(matrix), lengths, vocabulary)


def _rows_matrix(rows: list[tuple[str, ...]], vocabulary: dict[str, int]) -> tuple[sparse.csc_matrix, np.ndarray]:
    """Rows' weighted counts as a matrix over `vocabulary` (extended in place with new terms)."""
    indptr, indices, data, lengths = [0], [], [], []
    for fields in rows:
        counts, length = _row_counts(fields)
        for term, value in counts.items():
            indices.append(vocabulary.setdefault(term, len(vocabulary)))
            data.append(value)
        indptr.append(len(indices))
        lengths.append(length)
    csr = sparse.csr_matrix(
        (np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32), np.array(indptr, dtype=np.int64)),
        shape=(len(rows), len(vocabulary)),
    )
    return sparse.csc_matrix(csr), np.array(lengths, dtype=np.float32)


def build(rows: list[tuple[int, tuple[str, ...]]]) -> LexicalIndex:
    """An index of (passage id, (body, item title, section, document title)) rows."""
    vocabulary: dict[str, int] = {}
    matrix, lengths = _rows_matrix([fields for _, fields in rows], vocabulary)
    return LexicalIndex(np.array([pid for pid, _ in rows], dtype=np.int64), matrix, lengths, vocabulary)


def save(index: LexicalIndex, path: Path) -> None:
    """One .npz: the matrix, ids, lengths and the vocabulary (terms never hold a newline)."""
    matrix = index.matrix
    vocabulary = "\n".join(sorted(index.vocabulary, key=index.vocabulary.__getitem__)).encode()
    atomic_write(path, lambda tmp: np.savez(
        tmp, data=matrix.data, indices=matrix.indices, indptr=matrix.indptr, shape=np.array(matrix.shape),
        ids=index.ids, lengths=index.lengths, vocabulary=np.frombuffer(vocabulary, dtype=np.uint8)))


def load(path: Path) -> LexicalIndex:
    """Raises OSError or ValueError on a missing or damaged file (the caller rebuilds from the store)."""
    with np.load(path, allow_pickle=False) as saved:
        matrix = sparse.csc_matrix((saved["data"], saved["indices"], saved["indptr"]), shape=tuple(saved["shape"]))
        words = saved["vocabulary"].tobytes().decode()
        ids, lengths = saved["ids"], saved["lengths"]
    vocabulary = {term: i for i, term in enumerate(words.split("\n"))} if words else {}
    if matrix.shape != (len(ids), len(vocabulary)) or len(lengths) != len(ids):
        raise ValueError(f"{path} does not hold a whole lexical index")
    return LexicalIndex(ids, matrix, lengths, vocabulary)
