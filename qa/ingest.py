"""Add and remove papers: read -> parse -> chunk -> embed -> store -> vectors.

Every file is read and checked before anything is written, embeddings are computed before the store
transaction opens, and the vector file is replaced only after the store has committed. A process
killed at any point leaves the old corpus searchable (see qa/vectors.py for the generation check).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa import store
from qa.chunk import Passage, chunk_document
from qa.embed import Embedder
from qa.formats import SourceText, expand_paths, read_path
from qa.parse import ParsedDocument, parse_text
from qa.search import SearchService


@dataclass(frozen=True)
class AddReport:
    source: str
    status: str  # "added", "replaced" or "unchanged"
    items: int
    passages: int


def prepare(source_text: SourceText, max_chars: int) -> tuple[ParsedDocument, list[Passage]]:
    doc = parse_text(source_text.source, source_text.text)
    return doc, chunk_document(doc, max_chars)


def read_paths(paths: list[Path], max_bytes: int | None = None) -> list[SourceText]:
    """Read and check every file first, so one bad file stops the batch before anything is written."""
    return [read_path(path, max_bytes) for path in expand_paths(paths)]


def embed_passages(embedder: Embedder, passages: list[Passage], show_progress: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
    """Each passage's vector (of its context_text) and its sentences' vectors, in one batched pass."""
    groups = embedder.encode_groups([[p.context_text(), *p.sentences()] for p in passages], show_progress)
    passage_vectors = np.vstack([g[:1] for g in groups]) if groups else np.zeros((0, embedder.dimension), np.float32)
    return passage_vectors, [g[1:] for g in groups]


def add_sources(
    service: SearchService,
    sources: list[SourceText],
    progress: Callable[[int], None] | None = None,
    show_progress: bool = False,
) -> list[AddReport]:
    settings = service.settings
    reports: list[AddReport] = []
    pending: list[tuple[SourceText, ParsedDocument, list[Passage], bool]] = []
    with service.connect() as conn:
        for source_text in sources:
            known = store.document_hash(conn, source_text.source)
            doc, passages = prepare(source_text, settings.passage_chars)
            if known == source_text.sha256:
                reports.append(AddReport(source_text.source, "unchanged", len(doc.items), len(passages)))
                continue
            pending.append((source_text, doc, passages, known is not None))
    if not pending:
        return reports

    all_passages = [p for _, _, passages, _ in pending for p in passages]
    embeddings, sentence_vectors = embed_passages(service.embedder, all_passages, show_progress)

    removed_ids: list[int] = []
    added_ids: list[int] = []
    cursor = 0
    with service.changing():
        with service.connect() as conn:
            start_generation = store.generation(conn)
            for source_text, doc, passages, replacing in pending:
                vectors = embeddings[cursor : cursor + len(passages)]
                sentences = sentence_vectors[cursor : cursor + len(passages)]
                cursor += len(passages)
                removed, added = store.replace_document(
                    conn, doc, passages, vectors, file_format=source_text.file_format, sha256=source_text.sha256,
                    model=settings.model, pages=source_text.pages, sentence_vectors=sentences,
                )
                removed_ids += removed
                added_ids += added
                reports.append(AddReport(source_text.source, "replaced" if replacing else "added", len(doc.items), len(passages)))
                if progress:
                    progress(1)
            new_generation = store.generation(conn)
        service.apply_change(removed_ids, np.array(added_ids, dtype=np.int64), embeddings, new_generation, start_generation)
    return reports


def remove_source(service: SearchService, source: str) -> int:
    with service.changing():
        with service.connect() as conn:
            start_generation = store.generation(conn)
            removed = store.remove_document(conn, source)
            new_generation = store.generation(conn)
        nothing_added = np.zeros(0, dtype=np.int64), np.zeros((0, service.embedder.dimension), np.float32)
        service.apply_change(removed, *nothing_added, new_generation, start_generation)
    return len(removed)
