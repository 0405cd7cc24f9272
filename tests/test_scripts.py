"""The measuring scripts a newcomer runs from the README still run (a refactor once left bench_build.py
wrapping a method that no longer existed)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from conftest import ROOT

SEEDS_DEV = ROOT.parent / "shared" / "eval" / "seeds_dev.jsonl"


def _script(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_bench_build_times_every_stage_on_the_seeds():
    done = _script("scripts/bench_build.py", "--corpus", "seeds", "--repeats", "1", "--no-processes")
    assert done.returncode == 0, done.stderr[-2000:]
    for stage in ("parse + chunk", "embed", "store (SQLite, FTS5)", "index (FAISS, BM25, save)", "ratio ours/bare"):
        assert stage in done.stdout


def test_bench_embed_rate_prints_the_rate_of_a_build(tmp_path):
    corpus = tmp_path / "corpus"
    made = _script("scripts/make_corpus.py", "20", str(corpus))
    assert made.returncode == 0, made.stderr[-2000:]
    done = _script("scripts/bench_embed_rate.py", str(corpus))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "passages/s over" in done.stdout


@pytest.mark.skipif(not SEEDS_DEV.exists(), reason="../shared/eval is not beside the project")
def test_ranking_features_and_fit_fusion_compare_fusions_on_the_seeds(tmp_path):
    """The fusion study a newcomer reruns: candidates with their features (paper and item included) for the seeds'
    labelled questions, then every fusion's R@1 / R@5 / MRR, the pooled variants among them."""
    features = tmp_path / "features.jsonl"
    made = _script("scripts/ranking_features.py", str(features), str(SEEDS_DEV), "--corpus", "seeds")
    assert made.returncode == 0, made.stderr[-2000:]
    done = _script("scripts/fit_fusion.py", str(features), "--fit", "seeds_dev")
    assert done.returncode == 0, done.stderr[-2000:]
    for row in ("convex, dense weight 0.7", "convex 0.7 + 0.05 item mean", "convex 0.7 + 0.05 paper max", "z-scores"):
        assert row in done.stdout


def test_probe_stray_lines_counts_how_one_line_breaks_our_own_layouts():
    """The parser's robustness probe runs on our own labelled layouts and reports its three counts; a stray line past
    a paper's head breaks none of the first round's papers."""
    done = _script("scripts/probe_stray_lines.py", "tests/fixtures/layouts/structure.jsonl", "--corpus", "tests/fixtures/layouts")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "of those past the head: 0" in done.stdout


def test_probe_cut_short_scores_our_own_layouts_cut_at_each_length():
    """The truncation probe runs on our own labelled layouts: a row per cut, and the papers kept whole read perfectly."""
    done = _script("scripts/probe_cut_short.py", "tests/fixtures/layouts_round2/structure.jsonl", "--corpus",
                   "tests/fixtures/layouts_round2")
    assert done.returncode == 0, done.stderr[-2000:]
    rows = {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()[1:]}
    assert set(rows) == {"35%", "50%", "70%", "100%"}
    assert rows["100%"][1:] == ["1.000", "1.000", "1.000"]
    assert all(float(rows[cut][3]) > 0.8 for cut in ("35%", "50%", "70%"))


def test_probe_lost_text_counts_the_words_no_passage_holds_in_our_own_layouts():
    """The lost-text probe runs on our own layouts, a line per folder and the papers that lose most: a decision notice
    set as a table and a board's notes set as a table keep their records (before, 76 and 49 of their words were in no
    passage); what is left is a page's furniture and a table's column heads."""
    done = _script("scripts/probe_lost_text.py", "tests/fixtures/layouts_round18", "tests/fixtures/layouts_round22",
                   "--show", "20")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tests/fixtures/layouts_round18: 6 papers" in done.stdout
    lost = {parts[1]: int(parts[0]) for parts in (line.split() for line in done.stdout.splitlines())
            if len(parts) == 2 and parts[0].isdigit()}
    assert lost["board_notes_action_table.md"] == 0
    assert lost["decisions_notice_table.txt"] <= 10
