"""Load: N concurrent clients for T seconds against a real server on the seeds index (loopback only).

    python scripts/bench_load.py [--clients 50] [--seconds 30] [--max-requests 20000]

Reports requests/s, latency p50/p99, errors, /healthz latency while loaded (does model inference
block the event loop?), and the server's resident memory at the start and the end of the run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import Server, free_port, percentile, rss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


async def client(base: str, queries: list[str], deadline: float, budget: list[int], latencies: list[float], errors: list[str]) -> None:
    rng = random.Random(id(latencies) + len(latencies))
    async with httpx.AsyncClient(timeout=60) as http:
        while time.perf_counter() < deadline and budget[0] > 0:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                response = await http.get(f"{base}/api/search", params={"q": rng.choice(queries), "k": 5})
                if response.status_code != 200:
                    errors.append(str(response.status_code))
            except httpx.HTTPError as error:
                errors.append(type(error).__name__)
            latencies.append(1000 * (time.perf_counter() - started))


async def probe(base: str, deadline: float, timings: list[float]) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await http.get(f"{base}/healthz")
            timings.append(1000 * (time.perf_counter() - started))
            await asyncio.sleep(0.5)


async def run(base: str, queries: list[str], clients: int, seconds: float, max_requests: int):
    latencies: list[float] = []
    errors: list[str] = []
    health: list[float] = []
    budget = [max_requests]
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(probe(base, deadline, health),
                         *[client(base, queries, deadline, budget, latencies, errors) for _ in range(clients)])
    return latencies, errors, health, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--data", type=Path, help="a data directory to serve (default: a fresh index of the seeds)")
    args = parser.parse_args()
    queries = [json.loads(line)["query"] for f in sorted((ROOT / "scripts").glob("eval_*.jsonl"))
               for line in f.read_text().splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "index"
        if not args.data:
            from qa.cli import main as cli

            cli(["--data", str(data), "index"])
        server = Server(data, free_port())
        try:
            with httpx.Client() as http:  # warm
                for q in queries[:10]:
                    http.get(f"{server.base}/api/search", params={"q": q})
            rss_start, _ = rss_mb(server.process.pid)
            latencies, errors, health, elapsed = asyncio.run(run(server.base, queries, args.clients, args.seconds, args.max_requests))
            rss_end, peak = rss_mb(server.process.pid)
        finally:
            server.stop()
    print(f"\n{args.clients} clients, {elapsed:.1f} s, {len(latencies)} requests")
    print(f"{'req/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'healthz p50/max ms':>19} {'RSS start/end/peak MB':>22}")
    print(f"{len(latencies) / elapsed:>7.1f} {percentile(latencies, 50):>8.1f} {percentile(latencies, 99):>8.1f} {len(errors):>7} "
          f"{percentile(health, 50):>9.1f}/{max(health):<9.1f} {rss_start:>8.0f}/{rss_end:.0f}/{peak:.0f}")
    if errors:
        print("errors:", sorted(set(errors)))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
