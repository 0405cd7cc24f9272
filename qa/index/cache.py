"""Per-passage vectors kept in memory between searches, bounded.

A passage's stored vectors (its own and its sentences') and its sentences' word vectors depend only on the
passage, and a passage id is never given to another passage (migration 0004), so they can be kept across
snapshots. Popular passages come back query after query: measured under load, reading them from SQLite and
tokenising them again took about a seventh of a server's time.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np

from qa import store

Vectors = tuple[np.ndarray, np.ndarray | None]  # the passage's vector; its sentences' (None: not stored yet)


class PassageCache:
    def __init__(self, capacity: int = 20_000):
        self.capacity = capacity
        self._vectors: OrderedDict[int, Vectors] = OrderedDict()
        self._words: OrderedDict[int, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vectors(self, conn: sqlite3.Connection, ids: list[int]) -> dict[int, Vectors]:
        found, missing = self._take(self._vectors, ids)
        if missing:
            fetched = store.passage_and_sentence_vectors(conn, missing)
            self._keep(self._vectors, {pid: v for pid, v in fetched.items() if v[1] is not None})
            found.update(fetched)
        return found

    def word_vectors(self, pid: int, compute: Callable[[], np.ndarray]) -> np.ndarray:
        found, _ = self._take(self._words, [pid])
        if pid not in found:
            found[pid] = compute()
            self._keep(self._words, {pid: found[pid]})
        return found[pid]

    def _take(self, table: OrderedDict, ids: list[int]) -> tuple[dict, list[int]]:
        with self._lock:
            found = {}
            for pid in ids:
                if pid in table:
                    table.move_to_end(pid)
                    found[pid] = table[pid]
        return found, [pid for pid in ids if pid not in found]

    def _keep(self, table: OrderedDict, items: dict) -> None:
        with self._lock:
            table.update(items)
            while len(table) > self.capacity:
                table.popitem(last=False)
