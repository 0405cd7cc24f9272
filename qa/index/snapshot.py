"""A Snapshot: the vectors and the BM25 index of one store generation, never changed once made.

A search takes the current snapshot once and reads only it. The writer (qa/writer.py) makes the next
one from the last and publishes it: in its own process by swapping a reference, to other processes
through files beside the store:

    vectors-<generation>.faiss, lexical-<generation>.npz   the two indexes
    snapshot.json                                          which generation is published, written last

A reader stats `snapshot.json`; when it changed, it loads the generation named there. Files of older
generations are removed by the writer once two newer ones exist (a reader may still be opening one).
A missing, damaged or stale set is never served: the writer rebuilds it from the store, which keeps
every embedding.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qa import store
from qa.acronyms import names_spelling
from qa.index import lexical
from qa.index.atomic import atomic_write_text
from qa.index.vectors import FaissIndex
from qa.text import tokens

FORMAT_VERSION = 3  # 3: the lexical rows name each passage's meeting (store.lexical_rows)
MANIFEST = "snapshot.json"
_GENERATION_FILE = re.compile(r"^(?:vectors|lexical)-(\d+)\.(?:faiss|npz)$")


def word_groups(bodies: Iterable[str]) -> dict[tuple[str, int], list[str]]:
    """The words of these texts grouped by first letter and length, so that a "did you mean" look-up compares
    a handful of words, not all of them."""
    seen: set[str] = set()
    for body in bodies:
        seen.update(word for word in tokens(body) if word.isalpha())
    groups: dict[tuple[str, int], list[str]] = {}
    for word in seen:
        groups.setdefault((word[0], len(word)), []).append(word)
    return groups


def names_remembered(cache: dict, conn: sqlite3.Connection, keys: set[str],
                     bodies: Callable[[], Iterable[str]]) -> dict[str, Counter[str]]:
    """The names whose initials spell each key, from the papers' titles and `bodies()`, each key read once and kept in
    `cache` (a view's per-generation dict; the caller holds its lock)."""
    known = cache.setdefault("names", {})
    missing = keys - known.keys()
    if missing:
        known.update(names_spelling(missing, itertools.chain(store.titles(conn), bodies())))
    return {key: known[key] for key in keys}


@dataclass(frozen=True)
class Snapshot:
    generation: int
    vectors: FaissIndex
    lexical: lexical.LexicalIndex
    _words: dict = field(default_factory=dict, compare=False, repr=False)
    _words_lock: threading.Lock = field(default_factory=threading.Lock, compare=False, repr=False)

    @property
    def count(self) -> int:
        return self.vectors.count

    @property
    def kind(self) -> str:
        return self.vectors.kind

    def vocabulary(self, conn: sqlite3.Connection) -> dict[tuple[str, int], list[str]]:
        """Surface words of the indexed text ("did you mean"); made once per snapshot."""
        with self._words_lock:
            if "groups" not in self._words:
                self._words["groups"] = word_groups(store.passage_bodies(conn, self.lexical.ids.tolist()))
            return self._words["groups"]

    def names(self, conn: sqlite3.Connection, keys: set[str]) -> dict[str, Counter[str]]:
        """The papers' capitalised names whose initials spell each key (a question's acronyms spelled out)."""
        with self._words_lock:
            return names_remembered(self._words, conn, keys, lambda: store.passage_bodies(conn, self.lexical.ids.tolist()))

    def with_changes(self, conn: sqlite3.Connection, generation: int, removed: list[int], added_ids: list[int],
                     added_vectors: np.ndarray) -> Snapshot:
        """The next snapshot: these passages removed and added (their rows already committed to the store)."""
        removed_ids = np.array(removed, dtype=np.int64)
        added = np.array(added_ids, dtype=np.int64)
        vectors = self.vectors.with_changes(removed_ids, added, added_vectors, lambda: store.all_embeddings(conn))
        terms = self.lexical.with_changes(removed_ids, store.lexical_rows(conn, added_ids))
        return Snapshot(generation, vectors, terms)


def build(conn: sqlite3.Connection, dimension: int, ann_threshold: int) -> Snapshot:
    """A snapshot of everything the store holds now."""
    ids, vectors = store.all_embeddings(conn)
    return Snapshot(store.generation(conn), FaissIndex.build(ids, vectors, dimension, ann_threshold),
                    lexical.build(store.lexical_rows(conn)))


def save(snapshot: Snapshot, data_dir: Path, model: str) -> None:
    """Write the two indexes, then the manifest naming them; then drop files two generations old."""
    generation = snapshot.generation
    snapshot.vectors.save(data_dir / f"vectors-{generation}.faiss")
    lexical.save(snapshot.lexical, data_dir / f"lexical-{generation}.npz")
    manifest = {
        "format_version": FORMAT_VERSION, "generation": generation, "model": model,
        "dimension": snapshot.vectors.dimension, "metric": "inner_product", "normalized": True,
        "vectors": {"file": f"vectors-{generation}.faiss", "kind": snapshot.vectors.kind, "count": snapshot.vectors.count},
        "lexical": {"file": f"lexical-{generation}.npz", "rows": snapshot.lexical.count},
    }
    atomic_write_text(data_dir / MANIFEST, json.dumps(manifest, indent=2))
    _remove_old_files(data_dir, keep_from=generation - 1)


def _remove_old_files(data_dir: Path, keep_from: int) -> None:
    for path in data_dir.iterdir():
        found = _GENERATION_FILE.match(path.name)
        if found and int(found.group(1)) < keep_from:
            path.unlink(missing_ok=True)
    for legacy in ("vectors.faiss", "vectors.json", "lexical.npz", "lexical.json"):  # the format before snapshots
        (data_dir / legacy).unlink(missing_ok=True)


def manifest_stamp(data_dir: Path) -> tuple[int, int] | None:
    """Cheap to ask before every search: has another process published since we last looked?"""
    try:
        stat = os.stat(data_dir / MANIFEST)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def load(data_dir: Path, model: str, ann_threshold: int, generation: int | None = None) -> Snapshot | None:
    """The published snapshot, if it is whole, of this model (and of `generation`, when given); else None."""
    try:
        manifest = json.loads((data_dir / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION or manifest.get("model") != model:
            return None
        if generation is not None and manifest.get("generation") != generation:
            return None
        vectors = FaissIndex.load(data_dir / manifest["vectors"]["file"], manifest["vectors"]["kind"], ann_threshold)
        terms = lexical.load(data_dir / manifest["lexical"]["file"])
    except (OSError, ValueError, KeyError, TypeError, RuntimeError):
        return None
    if vectors.count != manifest["vectors"].get("count") or terms.count != manifest["lexical"].get("rows"):
        return None
    return Snapshot(int(manifest["generation"]), vectors, terms)
