"""Read -> parse -> chunk -> embed: a paper made ready to store, before anything is written.

Every file is read and checked first, so one bad file stops a batch before any embedding starts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

from qa.chunk import chunk_document
from qa.embed import Embedder
from qa.formats import SourceText, expand_paths, read_path
from qa.parse import ParsedDocument, parse_text
from qa.records import Passage
from qa.store import PaperToStore


class Progress(Protocol):
    """How far embedding has got, in passages: `start(total)` once, then `advance(n)` as n more are done."""

    def start(self, total: int) -> None: ...

    def advance(self, done: int) -> None: ...


def prepare(source_text: SourceText, max_chars: int) -> tuple[ParsedDocument, list[Passage]]:
    doc = parse_text(source_text.source, source_text.text)
    return doc, chunk_document(doc, max_chars)


def read_paths(paths: list[Path], max_bytes: int | None = None) -> list[SourceText]:
    """Read and check every file first, so one bad file stops the batch before anything is written."""
    return [read_path(path, max_bytes) for path in expand_paths(paths)]


def embed_passages(embedder: Embedder, passages: list[Passage], progress: Progress | None = None,
                   known: dict[str, np.ndarray] | None = None, background: bool = False) -> tuple[np.ndarray, list[np.ndarray]]:
    """Each passage's vector (of its context_text) and its sentences' vectors, in one batched pass.
    Texts in `known` (a re-parse of stored papers) reuse their stored vectors instead of a model pass."""
    groups = [[p.context_text(), *p.sentences()] for p in passages]
    known = known or {}
    todo = [i for i, group in enumerate(groups) if any(text not in known for text in group)]
    if progress:
        progress.start(len(todo))
    advance = progress.advance if progress else None
    fresh = dict(zip(todo, embedder.encode_groups([groups[i] for i in todo], progress=advance, background=background)))
    matrices = [fresh[i] if i in fresh else np.vstack([known[text] for text in group]) for i, group in enumerate(groups)]
    passage_vectors = np.vstack([m[:1] for m in matrices]) if matrices else np.zeros((0, embedder.dimension), np.float32)
    return passage_vectors, [m[1:] for m in matrices]


def embed_papers(embedder: Embedder, prepared: list[tuple[SourceText, ParsedDocument, list[Passage]]],
                 progress: Progress | None = None, known: dict[str, np.ndarray] | None = None,
                 background: bool = False) -> list[PaperToStore]:
    """Embed the passages of several papers in one batched pass; one PaperToStore each."""
    passages = [p for _, _, passages in prepared for p in passages]
    embeddings, sentence_vectors = embed_passages(embedder, passages, progress, known, background)
    papers, cursor = [], 0
    for source_text, doc, own in prepared:
        end = cursor + len(own)
        papers.append(PaperToStore(doc, own, embeddings[cursor:end], sentence_vectors[cursor:end], source_text.file_format,
                                   source_text.sha256, source_text.pages))
        cursor = end
    return papers
