"""An officer indexes papers from the command line; bad files are refused without harming the index."""

from __future__ import annotations

import json

import pytest
from conftest import SEEDS, run_cli


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    data = tmp_path_factory.mktemp("cli-index")
    result = run_cli("index", data=data)
    assert result.returncode == 0, result.stderr
    return data, result


def test_index_prints_a_summary_per_file(indexed):
    _, result = indexed
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["file", "status", "items", "passages"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:6]}
    assert set(rows) == {p.name for p in SEEDS.glob("*.txt")}
    assert rows["004_890c0f0d2ed68804.txt"][0] == "added"
    assert int(rows["004_890c0f0d2ed68804.txt"][1]) >= 6  # items 279-284 (+ the meeting details)
    assert "passages indexed in total" in lines[-1]


def test_index_reports_progress_and_rate_in_passages(indexed):
    data, result = indexed
    total = sum(d["passages"] for d in _listing(data))
    rate = [line for line in result.stderr.splitlines() if line.startswith("embedding:")]
    assert rate and rate[-1].startswith(f"embedding: {total} passages in ") and rate[-1].endswith("passages/s)")


def test_progress_is_told_the_total_before_embedding_starts(fresh_service, tmp_path):
    from qa.ingest import read_paths

    class Recorder:
        def __init__(self):
            self.totals, self.done = [], 0

        def start(self, total):
            self.totals.append(total)

        def advance(self, done):
            assert self.totals, "advanced before it was told the total"
            self.done += done

    paper = tmp_path / "trees.txt"
    paper.write_text("Tree Preservation Orders\n\nRESOLVED that the Order on the oak at Mill Farm be confirmed.\n\n"
                     "The Committee heard objections from two neighbours.\n")
    recorder = Recorder()
    [report] = fresh_service.add(read_paths([paper]), progress=recorder)
    assert recorder.totals == [report.passages] and recorder.done == report.passages


def _listing(data):
    result = run_cli("list", "--json", data=data)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("empty.txt", b"", "empty"),
        ("latin.txt", "Minutes of the meeting\n\nThe caf\u00e9 lease was agreed.\n".encode("utf-8").replace(b"\xc3\xa9", b"\x81\x8d"), "UTF-8"),
    ],
)
def test_bad_file_gives_one_line_error_and_keeps_the_index(indexed, tmp_path, name, content, message):
    data, _ = indexed
    before = _listing(data)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run_cli("add", str(bad), data=data)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert message in result.stderr and name in result.stderr
    assert _listing(data) == before
