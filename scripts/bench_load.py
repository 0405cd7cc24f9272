"""Load: N concurrent clients for T seconds against a real server on the seeds index (loopback only).

    python scripts/bench_load.py [--clients 50] [--seconds 30] [--writer] [--root CHECKOUT]
    python scripts/bench_load.py --upload [--upload-bytes 1000000]

Reports requests/s, queries/s, latency p50/p99, errors, /healthz latency while loaded (does model
inference block the event loop?), and the server's resident memory at the start and the end.

--writer: meanwhile another process adds and removes a paper with the CLI, over and over; every passage a
search returns is checked against its paper's text (`text == paper[start:end]`), and a wrong one counted.
--upload: one client's search latency when the server is quiet, then while the server takes an upload of
about --upload-bytes of plain text (p50, p99 and their ratio).
--root: serve another checkout (its own CLI builds its own index), to compare versions in one session.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import Server, free_port, percentile, rss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "bench-admin-token"
WRITER_PAPER = ROOT / "tests" / "fixtures" / "papers" / "printed_minutes_health_board_2023-01-19.txt"


class Tally:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.wrong_citations = 0
        self.queries = 0


def check_citations(body: dict, papers: dict[str, str], tally: Tally) -> None:
    for result in body.get("results", []):
        citation = result["citation"]
        paper = papers.get(citation["source"])
        if paper is not None and paper[citation["start"] : citation["end"]] != result["text"]:
            tally.wrong_citations += 1


async def client(base: str, queries: list[str], deadline: float, budget: list[int], tally: Tally, papers: dict[str, str]) -> None:
    rng = random.Random(id(tally) + len(tally.latencies))
    async with httpx.AsyncClient(timeout=120) as http:
        while time.perf_counter() < deadline and budget[0] > 0:
            budget[0] -= 1
            started = time.perf_counter()
            try:
                response = await http.get(f"{base}/api/search", params={"q": rng.choice(queries), "k": 5})
                if response.status_code != 200:
                    tally.errors.append(str(response.status_code))
                else:
                    tally.queries += 1
                    check_citations(response.json(), papers, tally)
            except httpx.HTTPError as error:
                tally.errors.append(type(error).__name__)
            tally.latencies.append(1000 * (time.perf_counter() - started))


async def probe(base: str, deadline: float, timings: list[float]) -> None:
    async with httpx.AsyncClient(timeout=60) as http:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            await http.get(f"{base}/healthz")
            timings.append(1000 * (time.perf_counter() - started))
            await asyncio.sleep(0.5)


async def run(base: str, queries: list[str], clients: int, seconds: float, max_requests: int, papers: dict[str, str]):
    tally, health, budget = Tally(), [], [max_requests]
    deadline = time.perf_counter() + seconds
    started = time.perf_counter()
    await asyncio.gather(probe(base, deadline, health),
                         *[client(base, queries, deadline, budget, tally, papers) for _ in range(clients)])
    return tally, health, time.perf_counter() - started


def writer_loop(root: Path, data: Path, stop: threading.Event, counts: list[int]) -> None:
    """Add and remove a paper with the CLI in another process, until stopped."""
    env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1"}
    while not stop.is_set():
        for command in (["add", str(WRITER_PAPER)], ["remove", WRITER_PAPER.name]):
            done = subprocess.run([sys.executable, "-m", "qa.cli", *command], cwd=root, env=env, capture_output=True, text=True)
            counts[0 if done.returncode == 0 else 1] += 1
            if stop.is_set():
                return


def upload_latency(server: Server, queries: list[str], size: int) -> None:
    """One client's search latency, quiet and while the server takes a plain-text upload of about `size` bytes."""
    paragraphs = [p for p in (ROOT / "seeds" / "001_856250775f4e83f5.txt").read_text().split("\n\n") if len(p) > 200]
    text, n = "Committee papers for the upload test\n\n", 0
    while len(text.encode()) < size:
        text += f"{paragraphs[n % len(paragraphs)]} (copy {n})\n\n"
        n += 1

    def timings(http: httpx.Client, until) -> list[float]:  # noqa: ANN001
        out = []
        for i in range(10_000):
            if until(i):
                break
            started = time.perf_counter()
            http.get(f"{server.base}/api/search", params={"q": queries[i % len(queries)], "k": 5}).raise_for_status()
            out.append(1000 * (time.perf_counter() - started))
        return out

    with httpx.Client(timeout=900) as http:
        quiet = timings(http, lambda i: i >= 200)
        done = threading.Event()
        outcome: list = []
        upload = threading.Thread(target=lambda: outcome.append(http.post(
            f"{server.base}/api/documents", files={"files": ("upload.txt", text.encode(), "text/plain")},
            headers={"Authorization": f"Bearer {TOKEN}"})) or done.set())
        started = time.perf_counter()
        upload.start()
        during = timings(http, lambda i: done.is_set())
        upload.join()
        took = time.perf_counter() - started
    status = outcome[0].status_code if outcome else "none"
    print(f"\nupload of {len(text.encode()) / 1e6:.2f} MB: HTTP {status} in {took:.0f} s")
    print(f"{'':<16}{'searches':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for name, values in (("quiet", quiet), ("during upload", during)):
        print(f"{name:<16}{len(values):>9} {percentile(values, 50):>8.1f} {percentile(values, 99):>8.1f}")
    print(f"p99 during / quiet: {percentile(during, 99) / percentile(quiet, 99):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=20000)
    parser.add_argument("--data", type=Path, help="a data directory to serve (default: a fresh index of the seeds)")
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to serve (default: this one)")
    parser.add_argument("--writer", action="store_true", help="add and remove a paper in another process meanwhile")
    parser.add_argument("--upload", action="store_true", help="search latency quiet vs during an upload")
    parser.add_argument("--upload-bytes", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, help="server processes (this checkout's serve --workers)")
    args = parser.parse_args()
    queries = [json.loads(line)["query"] for f in sorted((ROOT / "scripts").glob("eval_*.jsonl"))
               for line in f.read_text().splitlines() if line.strip()]
    papers = {p.name: p.read_text(encoding="utf-8") for p in [*(ROOT / "seeds").glob("*.txt"), WRITER_PAPER]}
    with tempfile.TemporaryDirectory() as tmp:
        data = args.data or Path(tmp) / "index"
        if not args.data:
            env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1"}
            subprocess.run([sys.executable, "-m", "qa.cli", "index"], cwd=args.root, env=env, check=True, capture_output=True)
        server = Server(data, free_port(), {"COMMITTEE_QA_ADMIN_TOKEN": TOKEN}, root=args.root,
                        args=["--workers", str(args.workers)] if args.workers else None)
        stop, counts = threading.Event(), [0, 0]
        writer = threading.Thread(target=writer_loop, args=(args.root, data, stop, counts)) if args.writer else None
        try:
            with httpx.Client() as http:  # warm
                for q in queries[:10]:
                    http.get(f"{server.base}/api/search", params={"q": q})
            if args.upload:
                upload_latency(server, queries, args.upload_bytes)
                return 0
            rss_start, _ = rss_mb(server.process.pid)
            if writer:
                writer.start()
            tally, health, elapsed = asyncio.run(run(server.base, queries, args.clients, args.seconds, args.max_requests, papers))
            rss_end, peak = rss_mb(server.process.pid)
        finally:
            stop.set()
            if writer:
                writer.join()
            server.stop()
    print(f"\n{args.root.name}: {args.clients} clients, {elapsed:.1f} s, {len(tally.latencies)} requests"
          + (f", writer: {counts[0]} adds/removes done, {counts[1]} failed" if writer else ""))
    print(f"{'req/s':>7} {'queries/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'wrong cit.':>10} "
          f"{'healthz p50/max ms':>19} {'RSS start/end/peak MB':>22}")
    print(f"{len(tally.latencies) / elapsed:>7.1f} {tally.queries / elapsed:>9.1f} {percentile(tally.latencies, 50):>8.1f} "
          f"{percentile(tally.latencies, 99):>8.1f} {len(tally.errors):>7} {tally.wrong_citations:>10} "
          f"{percentile(health, 50):>9.1f}/{max(health):<9.1f} {rss_start:>8.0f}/{rss_end:.0f}/{peak:.0f}")
    if tally.errors:
        print("errors:", sorted(set(tally.errors)))
    return 0 if not tally.errors and not tally.wrong_citations and not counts[1] else 1


if __name__ == "__main__":
    sys.exit(main())
