"""Helpers the benchmarks share: a served data directory, latency percentiles, resident memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children")
        if children.exists():
            found += [int(c) for c in children.read_text().split()]
    return found


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory in MB of a process and its children (a server's workers), from /proc."""
    current = peak = 0.0
    for process in [pid, *_children(pid)]:
        try:
            lines = Path(f"/proc/{process}/status").read_text().splitlines()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in lines if ":" in line)
        current += int(fields["VmRSS"].split()[0]) / 1024
        peak += int(fields["VmHWM"].split()[0]) / 1024
    return current, peak


class Server:
    """`committee-qa serve` on a loopback port, over a given data directory."""

    def __init__(self, data: Path, port: int, extra_env: dict[str, str] | None = None, root: Path = ROOT,
                 args: list[str] | None = None):
        env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1", **(extra_env or {})}
        self.base = f"http://127.0.0.1:{port}"
        command = [sys.executable, "-m", "qa.cli", "serve", "--port", str(port), *(args or [])]
        self.process = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 600
        while time.time() < deadline:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.5)
        raise TimeoutError("server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
