"""The index changes under people who are searching: past the exact/approximate line and back, and while
other threads search."""

from __future__ import annotations

import shutil
import threading

from conftest import FIXTURES

from qa import search
from qa.config import Settings
from qa.ingest import read_paths
from qa.records import Query
from qa.service import SearchService

QUESTIONS = ["how much PiP funding for 2020/21", "Trevor Doughty", "risk taking panels", "Bite Size Briefing"]


def copy_of_seeds(seeds_data, tmp_path, **settings) -> Settings:
    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    return Settings(data_dir=data, **settings)


def test_crossing_the_ann_threshold_and_removing_a_paper_above_it(seeds_data, tmp_path, embedder):
    """With the line at 120 passages, the seeds' passages (fewer) are searched exactly; adding the fixture papers
    crosses it (HNSW); removing one above the line rebuilds (HNSW cannot delete); removing more falls
    back below it (exact again). The right passages come first throughout."""
    service = SearchService(copy_of_seeds(seeds_data, tmp_path, ann_threshold=120), embedder)
    seeds = service.passage_count
    assert service.index_kind == "flat" and seeds < 120
    service.add(read_paths([FIXTURES / "papers"]))
    assert service.index_kind == "hnsw" and service.passage_count > 120
    top = service.search(Query("test purchases of vapes near secondary schools", 3)).results[0]
    assert top.passage.source == "printed_minutes_health_board_2023-01-19.txt"

    service.remove("printed_minutes_health_board_2023-01-19.txt")
    assert service.index_kind == "hnsw"
    after = service.search(Query("test purchases of vapes near secondary schools", 10)).results
    assert after and all(r.passage.source != "printed_minutes_health_board_2023-01-19.txt" for r in after)
    assert service.search(Query("how much PiP funding for 2020/21", 1)).results[0].passage.source.startswith("002")

    for paper in sorted(p.name for p in (FIXTURES / "papers").iterdir()):
        if paper != "printed_minutes_health_board_2023-01-19.txt":
            service.remove(paper)
    assert (service.index_kind, service.passage_count) == ("flat", seeds)
    reopened = SearchService(service.settings, embedder)
    assert (reopened.index_kind, reopened.passage_count) == ("flat", seeds)


def test_a_paper_added_while_others_search_never_breaks_a_search(seeds_data, tmp_path, embedder):
    """Four threads search without pause while the main thread adds a paper and removes it again: every
    search succeeds, every passage it returns is a verbatim slice of its paper, and afterwards the new
    paper is found and then gone."""
    service = SearchService(copy_of_seeds(seeds_data, tmp_path), embedder)
    with service.connect() as conn:
        papers = {row[0]: row[1] for row in conn.execute("SELECT source, text FROM documents")}
    stop, failures, searched = threading.Event(), [], [0]
    paper = FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt"
    papers[paper.name] = read_paths([paper])[0].text

    def search_until_stopped() -> None:
        while not stop.is_set():
            try:
                for response in service.search_many([Query(q, 5) for q in QUESTIONS]):
                    for r in response.results:
                        assert papers[r.passage.source][r.passage.start : r.passage.end] == r.passage.text
                searched[0] += 1
            except Exception as error:  # noqa: BLE001 - any failure is the finding
                failures.append(repr(error))
                return

    threads = [threading.Thread(target=search_until_stopped) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(2):
            service.add(read_paths([paper]))
            assert service.search(Query("test purchases of vapes", 1)).results[0].passage.source == paper.name
            service.remove(paper.name)
            assert all(r.passage.source != paper.name for r in service.search(Query("test purchases of vapes", 5)).results)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    assert not failures, failures[:3]
    assert searched[0] >= 4


def test_a_search_that_began_before_a_paper_landed_does_not_hide_it(seeds_data, tmp_path, embedder):
    """A search takes the view in hand; if the writer publishes the next one while that search is looking for a
    newer one on disk, the older must not be put back over it (CI once saw the added paper vanish this way)."""
    service = SearchService(copy_of_seeds(seeds_data, tmp_path), embedder)
    paper = FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt"
    before = service.passage_count
    looking_on_disk = service.backend.follow

    def follow_while_the_writer_publishes(current, connect):
        found = looking_on_disk(current, connect)
        service.backend.follow = looking_on_disk
        service.add(read_paths([paper]))  # lands, and is published, while this search is still looking
        return found

    service.backend.follow = follow_while_the_writer_publishes
    service.snapshot()
    assert service.passage_count > before
    assert service.search(Query("test purchases of vapes", 1)).results[0].passage.source == paper.name


def test_a_search_whose_view_predates_a_removal_still_fills_its_page(seeds_data, tmp_path, embedder):
    """A search reading the view taken before a paper was removed skips that paper's passages (the store no
    longer has them) and still returns k passages from the papers that remain."""
    service = SearchService(copy_of_seeds(seeds_data, tmp_path), embedder)
    paper = FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt"
    service.add(read_paths([paper]))
    with service.reader() as before_removal:
        service.remove(paper.name)
        results = search.search_many(before_removal, [Query("test purchases of vapes", 5)])[0].results
    assert len(results) == 5 and all(r.passage.source != paper.name for r in results)
