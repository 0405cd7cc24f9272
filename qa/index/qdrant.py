"""The retrieval index in a Qdrant collection, for archives past one machine (COMMITTEE_QA_BACKEND=qdrant).

SQLite stays the store of record (papers, items, passages, their vectors, citations); the collection holds
what retrieval needs, one point per passage (its id is the passage's id):

- a dense vector ("dense", cosine) — the passage's embedding, as FAISS holds it;
- a sparse vector ("bm25") — the passage's BM25 term weights over body, item title, section and paper title
  (qa/index/lexical.py's weighting), with Qdrant's IDF modifier supplying the inverse document frequency;
- a payload to filter on inside Qdrant: kind, source, committee (lower-cased, matched as a substring like the
  store's LIKE), date (YYYYMMDD, the item's meeting or the paper's), added (seconds), the passage's text
  (quoted phrases, MatchPhrase) and its distinct stems (excluded words in any form, as FTS5's porter).

Searches send the query's filters as a Qdrant filter, never a list of allowed ids. The collection records the
model and dimension it was made for; another model's collection is refused. `COMMITTEE_QA_QDRANT_URL` is an
http(s) address (a server or cluster; COMMITTEE_QA_QDRANT_API_KEY) or a folder: qdrant-client's embedded
local mode, the same API in one process (tests; one process may open a folder at a time).
"""

from __future__ import annotations

import math
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import numpy as np

from qa import store
from qa.config import QdrantConfig
from qa.errors import BadSetting, QdrantUnavailable
from qa.index.lexical import K1, B, _row_counts
from qa.records import Filters
from qa.text import stem, terms, tokens

BATCH = 256  # points per upsert
# BM25's length normalisation needs the average passage length; a collection that grows cannot re-weigh its
# stored points, so it is fixed: the mean over the seeds, fixtures and real-dev papers (79.5 terms over all four fields, 703 passages).
AVERAGE_LENGTH = 80.0


def term_id(term: str) -> int:
    """A stem's index in the sparse vectors: a stable 31-bit hash (collisions are rare and cost only a little
    BM25 precision)."""
    return zlib.crc32(term.encode("utf-8")) & 0x7FFFFFFF


def bm25_vector(fields: tuple[str, ...]) -> tuple[list[int], list[float]]:
    """The BM25 term weights of one passage (k1, b and field weights as the embedded index), IDF left to Qdrant."""
    counts, length = _row_counts(fields)
    weights: dict[int, float] = {}
    for term, tf in counts.items():
        index = term_id(term)
        weights[index] = weights.get(index, 0.0) + tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / AVERAGE_LENGTH))
    return list(weights), list(weights.values())


def _date_number(value: str | None) -> int | None:
    return int(value.replace("-", "")) if value and len(value) == 10 else None


def _seconds(value: str) -> float:
    return datetime.fromisoformat(value).timestamp()


class QdrantIndex:
    """One collection on one Qdrant (server, cluster or local folder); every call's failure is one line."""

    def __init__(self, config: QdrantConfig, model: str, dimension: int):
        try:
            from qdrant_client import QdrantClient, models
        except ImportError:
            raise BadSetting("COMMITTEE_QA_BACKEND=qdrant needs qdrant-client: pip install 'committee-qa[qdrant]'") from None
        self.config, self.model, self.dimension, self.models = config, model, dimension, models
        self._lock = threading.RLock() if config.local else None  # local mode is not safe across threads
        with self._calling("open"):
            if config.local:
                Path(config.url).mkdir(parents=True, exist_ok=True)
                self.client = QdrantClient(path=config.url, force_disable_check_same_thread=True)
            else:
                self.client = QdrantClient(url=config.url, api_key=config.api_key, timeout=30)

    @contextmanager
    def _calling(self, what: str) -> Iterator[None]:
        """A Qdrant call; its failure as QdrantUnavailable saying which and what to do, in one line."""
        try:
            if self._lock is not None:
                with self._lock:
                    yield
            else:
                yield
        except (QdrantUnavailable, BadSetting):
            raise
        except Exception as error:  # noqa: BLE001 - connection refused, timeouts, HTTP errors, a locked folder
            raise QdrantUnavailable(_explain(error, self.config, what)) from error

    # -- the collection ---------------------------------------------------------------------------
    def exists(self) -> bool:
        with self._calling("look up the collection"):
            return self.client.collection_exists(self.config.collection)

    def check_collection(self, create: bool) -> bool:
        """Whether the collection exists (made, with its payload indexes, when `create`); another model's or
        dimension's is refused."""
        models, name = self.models, self.config.collection
        with self._calling("read the collection"):
            found = self.client.collection_exists(name)
            if found:
                info = self.client.get_collection(name)
                dense = info.config.params.vectors.get("dense") if isinstance(info.config.params.vectors, dict) else None
                made_for = (info.config.metadata or {}).get("model") if hasattr(info.config, "metadata") else None
                if dense is None or dense.size != self.dimension or (made_for and made_for != self.model):
                    raise QdrantUnavailable(
                        f"the Qdrant collection {name!r} was made for model {made_for!r} with "
                        f"{dense.size if dense else '?'} dimensions, not {self.model!r} with {self.dimension}; "
                        "set COMMITTEE_QA_QDRANT_COLLECTION to another name, or delete that collection")
                return True
        if not create:
            return False
        quantization = (models.ScalarQuantization(scalar=models.ScalarQuantizationConfig(
            type=models.ScalarType.INT8, always_ram=True)) if self.config.quantization == "int8" else None)
        with self._calling("create the collection"):
            self.client.create_collection(
                name, vectors_config={"dense": models.VectorParams(size=self.dimension, distance=models.Distance.COSINE,
                                                                   on_disk=self.config.on_disk or None)},
                sparse_vectors_config={"bm25": models.SparseVectorParams(modifier=models.Modifier.IDF)},
                shard_number=self.config.shards, replication_factor=self.config.replicas,
                quantization_config=quantization, on_disk_payload=self.config.on_disk or None,
                metadata={"model": self.model, "dimension": self.dimension, "made_by": "committee-qa"})
            if not self.config.local:  # local mode keeps no indexes (and warns); a server filters by them
                for key, schema in (("kind", models.PayloadSchemaType.KEYWORD), ("source", models.PayloadSchemaType.KEYWORD),
                                    ("stems", models.PayloadSchemaType.KEYWORD), ("date", models.PayloadSchemaType.INTEGER),
                                    ("added", models.PayloadSchemaType.FLOAT), ("committee", models.PayloadSchemaType.KEYWORD)):
                    self.client.create_payload_index(name, key, field_schema=schema)
                self.client.create_payload_index(name, "text", field_schema=models.TextIndexParams(
                    type=models.TextIndexType.TEXT, tokenizer=models.TokenizerType.WORD, lowercase=True,
                    phrase_matching=True))
        return True

    # -- writing ----------------------------------------------------------------------------------
    def upsert(self, conn: sqlite3.Connection, ids: list[int], vectors: np.ndarray | None = None) -> None:
        """Write the points of these stored passages (their embeddings from `vectors`, else from the store)."""
        if not ids:
            return
        if vectors is None:  # a repair: the store's vectors, a chunk at a time
            for start in range(0, len(ids), BATCH * 4):
                chunk = ids[start : start + BATCH * 4]
                self.upsert(conn, chunk, store.embeddings_for(conn, chunk))
            return
        points = list(self._points(conn, ids, vectors))
        with self._calling("write passages"):
            for start in range(0, len(points), BATCH):
                self.client.upsert(self.config.collection, points[start : start + BATCH], wait=True)

    def delete(self, ids: list[int]) -> None:
        if not ids:
            return
        with self._calling("remove passages"):
            for start in range(0, len(ids), BATCH * 4):
                self.client.delete(self.config.collection, self.models.PointIdsList(points=ids[start : start + BATCH * 4]),
                                   wait=True)

    def point_ids(self) -> set[int]:
        """Every point's id (for `committee-qa check`)."""
        found: set[int] = set()
        offset = None
        with self._calling("list passages"):
            while True:
                points, offset = self.client.scroll(self.config.collection, limit=1000, offset=offset,
                                                    with_payload=False, with_vectors=False)
                found.update(int(p.id) for p in points)
                if offset is None:
                    return found

    def count(self) -> int:
        with self._calling("count passages"):
            return self.client.count(self.config.collection, exact=True).count

    def _points(self, conn: sqlite3.Connection, ids: list[int], vectors: np.ndarray) -> Iterator:
        passages = store.get_passages(conn, ids)
        fields = dict(store.lexical_rows(conn, ids))
        added = dict(store.rows_by_id(conn, "SELECT p.id, d.added_at FROM passages p JOIN documents d ON d.id = p.document_id"
                                            " WHERE p.id IN ({marks})", ids))
        for pid, vector in zip(ids, vectors):
            passage = passages[pid]
            indices, values = bm25_vector(fields[pid])
            payload = {"kind": passage.kind, "source": passage.source, "committee": (passage.committee or "").lower(),
                       "added": _seconds(added[pid]), "text": passage.text,
                       "stems": sorted(set(terms(passage.text)))}
            day = _date_number(passage.meeting_date)
            if day is not None:
                payload["date"] = day
            yield self.models.PointStruct(id=pid, payload=payload, vector={
                "dense": np.asarray(vector, dtype=np.float32).tolist(),
                "bm25": self.models.SparseVector(indices=indices, values=values)})

    # -- reading ----------------------------------------------------------------------------------
    def filter(self, filters: Filters, phrases: tuple[str, ...] = (), excluded: tuple[str, ...] = ()):  # noqa: ANN201
        """The query's filters, phrases and exclusions as one Qdrant filter (None: nothing to filter)."""
        m = self.models
        must, must_not = [], []
        if filters.kind:
            must.append(m.FieldCondition(key="kind", match=m.MatchValue(value=filters.kind)))
        if filters.source:
            must.append(m.FieldCondition(key="source", match=m.MatchValue(value=filters.source)))
        for text in filters.committees:
            must.append(m.FieldCondition(key="committee", match=m.MatchSubstring(substring=text.lower())))
        if filters.after or filters.before:
            must.append(m.FieldCondition(key="date", range=m.Range(gte=_date_number(filters.after), lte=_date_number(filters.before))))
        if filters.added_after:
            must.append(m.FieldCondition(key="added", range=m.Range(gt=_seconds(filters.added_after))))
        for phrase in phrases:
            if tokens(phrase):
                must.append(m.FieldCondition(key="text", match=m.MatchPhrase(phrase=phrase)))
        for text in excluded:
            if len(text.split()) == 1 and tokens(text):
                must_not.append(m.FieldCondition(key="stems", match=m.MatchAny(any=[stem(t) for t in tokens(text)])))
            elif tokens(text):
                must_not.append(m.FieldCondition(key="text", match=m.MatchPhrase(phrase=text)))
        return m.Filter(must=must or None, must_not=must_not or None) if (must or must_not) else None

    def dense(self, vector: np.ndarray, k: int, query_filter=None) -> list[tuple[int, float]]:  # noqa: ANN001
        with self._calling("search"):
            found = self.client.query_points(self.config.collection, query=np.asarray(vector, np.float32).tolist(),
                                             using="dense", query_filter=query_filter, limit=k, with_payload=False)
        return [(int(p.id), float(p.score)) for p in found.points]

    def sparse(self, query_terms: list[str], k: int, query_filter=None) -> list[tuple[int, float]]:  # noqa: ANN001
        weights: dict[int, float] = {}
        for term in query_terms:  # a term asked twice counts twice, as in the embedded BM25
            weights[term_id(term)] = weights.get(term_id(term), 0.0) + 1.0
        if not weights:
            return []
        query = self.models.SparseVector(indices=list(weights), values=list(weights.values()))
        with self._calling("search"):
            found = self.client.query_points(self.config.collection, query=query, using="bm25", query_filter=query_filter,
                                             limit=k, with_payload=False)
        return [(int(p.id), float(p.score)) for p in found.points if p.score > 0 and math.isfinite(p.score)]

    def close(self) -> None:
        """Let go of the client (local mode: of the folder's lock); a second close does nothing."""
        with self._calling("close"):
            self.client.close()


def _explain(error: Exception, config: QdrantConfig, what: str) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    where = f"the Qdrant folder {config.url}" if config.local else f"Qdrant at {config.url}"
    lowered = text.lower()
    if "already accessed by another instance" in lowered or "resource temporarily unavailable" in lowered:
        return (f"{where} is open in another process (local mode allows one); stop it, or run a Qdrant server and "
                "point COMMITTEE_QA_QDRANT_URL at it")
    if "401" in text or "403" in text or "unauthorized" in lowered or "forbidden" in lowered:
        return f"{where} refused the API key; check COMMITTEE_QA_QDRANT_API_KEY"
    if any(word in lowered for word in ("connect", "refused", "timed out", "timeout", "name or service", "unreachable")):
        return f"cannot reach {where} to {what} ({text[:160]}); check COMMITTEE_QA_QDRANT_URL and that Qdrant is running"
    return f"{where} failed to {what}: {text[:200]}"
