"""The two encoders behind `qa.embed.Embedder`, and the ONNX export they share a cache for.

- `OnnxEncoder`: the model's transformer exported once to ONNX (`export_onnx`, cached on disk under a key
  from the model's files) and run by onnxruntime, with the model's own fast tokenizer and pooling.
- `TorchEncoder`: sentence-transformers as shipped.
Each gives unit vectors (`encode`), the model's word-piece ids (`token_ids`) and its input-embedding table,
which `Embedder.word_vectors` averages for cheap sentence vectors.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ONNX_FORMAT = 2  # bump when the exported graph or its sidecar changes


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "committee-qa"


def model_key(resolved: str) -> str:
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


class TorchEncoder:
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


class OnnxEncoder:
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

    def batch(self, texts: list[str]) -> np.ndarray:
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
            out[chosen] = self.batch([texts[i] for i in chosen])
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
