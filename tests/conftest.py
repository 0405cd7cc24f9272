"""Shared fixtures: the real model (loaded once per test session) and a real index of the seeds."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
ADMIN_TOKEN = "a-test-admin-token"
ADMIN = {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture(scope="session")
def embedder():
    from qa.embed import Embedder

    return Embedder()


@pytest.fixture(scope="session")
def seeds_data(tmp_path_factory, embedder) -> Path:
    """A data directory holding the five seeds, built once with the real model."""
    from qa.config import Settings
    from qa.ingest import read_paths
    from qa.service import SearchService

    data = tmp_path_factory.mktemp("seeds-index")
    service = SearchService(Settings(data_dir=data), embedder)
    service.add(read_paths([SEEDS]))
    return data


@pytest.fixture(scope="session")
def councils(tmp_path_factory, seeds_data, embedder):
    """The seeds and our six papers in other councils' layouts (committees, years and kinds to facet by)."""
    from qa.config import Settings
    from qa.ingest import read_paths
    from qa.service import SearchService

    data = tmp_path_factory.mktemp("councils") / "index"
    shutil.copytree(seeds_data, data)
    service = SearchService(Settings(data_dir=data), embedder)
    service.add(read_paths([FIXTURES / "papers"]))
    return service


@pytest.fixture(scope="session")
def qdrant_councils(tmp_path_factory, embedder):
    """The same papers as `councils`, added through the Qdrant backend into qdrant-client's embedded local mode
    (the same API as a server, in this process)."""
    from qa.config import QdrantConfig, Settings
    from qa.ingest import read_paths
    from qa.service import SearchService

    root = tmp_path_factory.mktemp("qdrant-councils")
    settings = Settings(data_dir=root / "index", backend="qdrant", qdrant=QdrantConfig(url=str(root / "qdrant")))
    service = SearchService(settings, embedder)
    service.add(read_paths([SEEDS, FIXTURES / "papers"]))
    yield service
    service.close()


@pytest.fixture(scope="session")
def service(seeds_data, embedder):
    from qa.config import Settings
    from qa.service import SearchService

    return SearchService(Settings(data_dir=seeds_data), embedder)


@pytest.fixture
def fresh_service(tmp_path, seeds_data, embedder):
    """A private copy of the seeds index that a test may change."""
    from qa.config import Settings
    from qa.service import SearchService

    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    return SearchService(Settings(data_dir=data), embedder)


def run_cli(
    *args: str, data: Path, stdin: str | None = None, timeout: int = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "qa.cli", *args], cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=timeout
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, timeout: float = 120) -> None:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


@contextmanager
def serving(seeds_data: Path, data: Path, **env: str):
    """A real `committee-qa serve` on a free loopback port, over a private copy of the seeds index."""
    shutil.copytree(seeds_data, data)
    port = free_port()
    environment = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1", **env}
    process = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], cwd=ROOT,
                               env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/healthz")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="session")
def server(tmp_path_factory, seeds_data):
    with serving(seeds_data, tmp_path_factory.mktemp("server") / "index") as base:
        yield base


@pytest.fixture(scope="session")
def client(tmp_path_factory, seeds_data, embedder):
    """The app in-process (FastAPI's TestClient), over a private copy of the seeds index."""
    from fastapi.testclient import TestClient

    from qa.config import Settings
    from qa.service import SearchService
    from web.app import create_app

    data = tmp_path_factory.mktemp("client") / "index"
    shutil.copytree(seeds_data, data)
    settings = Settings(data_dir=data, admin_token=ADMIN_TOKEN)
    with TestClient(create_app(settings, SearchService(settings, embedder))) as test_client:
        yield test_client
