"""Kill `committee-qa add` with SIGKILL at random moments, then check nothing indexed was lost or corrupted.

    python scripts/crash_test.py [--kills 20] [--seed 1]

A copy of an index of the seeds takes an `add` of a folder of papers (the fixture papers, several times
over under other names). The add is first run whole to time it; then, for each kill, a fresh copy, the
add started again and killed with SIGKILL at a random moment within that time (the moments are spread
over the whole run: reading, embedding, the store's commit and the snapshot's save). After each kill:
the store opens in a new process's service, the seeds' known answers are found, every stored passage is a
verbatim slice of its paper, and every paper is either wholly there or not at all. Every fourth time the
add is also run again to completion. Prints a line per kill and a summary; exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa import catalog, store  # noqa: E402
from qa.config import Settings  # noqa: E402
from qa.embed import Embedder  # noqa: E402
from qa.records import Query  # noqa: E402
from qa.service import SearchService  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KNOWN = {  # seed questions and a phrase their first answer holds
    "how much PiP funding for 2020/21": "£1,207,908",
    "who did the DfE appoint as commissioner": "Trevor Doughty",
    "Bite Size Briefing": "Bite Size Briefing",
}


def run_cli(data: Path, *args: str, **popen) -> subprocess.Popen:
    env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen([sys.executable, "-m", "qa.cli", *args], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **popen)


def check(data: Path, embedder: Embedder, papers: dict[str, str]) -> list[str]:
    """What is wrong with the index at `data` after a kill (an empty list: nothing)."""
    problems = []
    service = SearchService(Settings(data_dir=data), embedder)
    for question, phrase in KNOWN.items():
        results = service.search(Query(question, 5)).results
        if not results or phrase not in results[0].passage.text:
            problems.append(f"{question!r} no longer answered first with {phrase!r}")
    with store.connect(data / "committee.sqlite3") as conn:
        for source in catalog.sources(conn):
            text = catalog.get_document(conn, source).text
            passages = store.passages_of(conn, source)
            if any(text[p.start : p.end] != p.text for p in passages):
                problems.append(f"{source}: a passage is not a verbatim slice of the paper")
            if source in papers and not passages:
                problems.append(f"{source}: stored without its passages")
        searched = store.passage_count(conn)
    if service.passage_count != searched:
        problems.append(f"the snapshot serves {service.passage_count} passages, the store holds {searched}")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    embedder = Embedder()
    with tempfile.TemporaryDirectory() as tmp:
        base, folder = Path(tmp) / "base", Path(tmp) / "papers"
        folder.mkdir()
        papers = {}
        for n in range(12):
            for paper in sorted((ROOT / "tests" / "fixtures" / "papers").glob("*.txt")):
                copy = folder / f"{paper.stem}-{n}{paper.suffix}"
                copy.write_text(paper.read_text(encoding="utf-8").replace("Council", f"Council {n}"), encoding="utf-8")
                papers[copy.name] = copy.read_text(encoding="utf-8")
        assert run_cli(base, "index").wait() == 0
        timing = Path(tmp) / "timing"
        shutil.copytree(base, timing)
        started = time.perf_counter()
        assert run_cli(timing, "add", str(folder)).wait() == 0
        whole = time.perf_counter() - started
        print(f"a whole add of {len(papers)} papers takes {whole:.1f} s; killing at random moments within it")
        failures = 0
        for kill in range(1, args.kills + 1):
            data = Path(tmp) / f"kill{kill}"
            shutil.copytree(base, data)
            process = run_cli(data, "add", str(folder))
            if kill % 3 == 0:  # inside the commit: soon after the store's write-ahead log starts to grow
                wal = data / "committee.sqlite3-wal"
                size = wal.stat().st_size if wal.exists() else 0
                started = time.perf_counter()
                while process.poll() is None and (wal.stat().st_size if wal.exists() else 0) <= size:
                    time.sleep(0.002)
                time.sleep(rng.uniform(0, 0.03))
                moment = time.perf_counter() - started
            else:  # anywhere in the run, or in its last 15% (the commit and the snapshot's save)
                moment = rng.uniform(0.2, whole) if kill % 3 == 1 else rng.uniform(0.85 * whole, 1.02 * whole)
                time.sleep(moment)
            finished = process.poll() is not None
            process.send_signal(signal.SIGKILL)
            process.wait()
            problems = check(data, embedder, papers)
            with store.connect(data / "committee.sqlite3") as conn:
                present = len([s for s in catalog.sources(conn) if s in papers])
            retried = ""
            if kill % 4 == 0 and not problems:
                assert run_cli(data, "add", str(folder)).wait() == 0
                problems = check(data, embedder, papers)
                with store.connect(data / "committee.sqlite3") as conn:
                    retried = f", retry -> {len([s for s in catalog.sources(conn) if s in papers])} papers"
            failures += bool(problems)
            state = "finished first" if finished else f"{present}/{len(papers)} papers in"
            print(f"kill {kill:>2} at {moment:5.1f} s ({state}{retried}): {'; '.join(problems) or 'ok'}", flush=True)
            shutil.rmtree(data)
    print(f"\n{args.kills} kills, {failures} with problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
