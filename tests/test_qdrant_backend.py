"""Past one machine: the retrieval index in a Qdrant collection (COMMITTEE_QA_BACKEND=qdrant), run against
qdrant-client's embedded local mode — the real engine's API in this process, no mocks.

The story: the same papers give the same answers as the default FAISS + BM25 index; a write that fails half
way leaves nothing half-added; `committee-qa check` finds and repairs any difference; an unreachable Qdrant
or another model's collection is one line and exit 2 (503 over HTTP), and nothing is written."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, SEEDS, free_port, run_cli

from qa.config import QdrantConfig, Settings
from qa.errors import QdrantUnavailable
from qa.ingest import read_paths
from qa.records import Filters, Query

LABELLED = [ROOT / "../shared/eval/seeds_dev.jsonl", ROOT / "scripts/eval_own.jsonl", ROOT / "scripts/eval_holdout.jsonl",
            ROOT / "scripts/eval_precedent.jsonl"]


def _cases() -> list[dict]:
    return [json.loads(line) for path in LABELLED if path.exists() for line in path.read_text().splitlines() if line.strip()]


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("’", "'").split()).casefold()


def _hit(response, case: dict) -> bool:
    return any(r.passage.source == case["source"] and _fold(case["evidence"]) in _fold(r.passage.text)
               for r in response.results[:5])


def _top(response) -> tuple[str, str] | None:
    return (response.results[0].passage.source, response.results[0].passage.text) if response.results else None


def test_both_backends_give_the_same_answers_to_the_labelled_questions(councils, qdrant_councils):
    cases = _cases()
    # own, holdout and precedent (90, in the repository), and seeds_dev's 20 where ../shared is beside the checkout
    assert len(cases) >= 90 + (20 if LABELLED[0].exists() else 0)
    queries = [Query(c["query"], 5, Filters.from_mapping(c.get("filters", {}))) for c in cases]
    embedded, qdrant = councils.search_many(queries), qdrant_councils.search_many(queries)
    same_top = sum(_top(e) == _top(q) for e, q in zip(embedded, qdrant)) / len(cases)
    recall_embedded = sum(_hit(r, c) for r, c in zip(embedded, cases)) / len(cases)
    recall_qdrant = sum(_hit(r, c) for r, c in zip(qdrant, cases)) / len(cases)
    assert same_top >= 0.90, f"the same top result for {same_top:.0%} of {len(cases)} questions"
    assert abs(recall_embedded - recall_qdrant) <= 0.05, (recall_embedded, recall_qdrant)
    assert recall_qdrant >= 0.85


def test_filters_are_applied_inside_qdrant(qdrant_councils):
    """The dense and BM25 retrievers ask Qdrant with a filter; what comes back already keeps to it."""
    from qa.query import parse_query
    from qa.retrieve import LocalFilter, prepare

    service = qdrant_councils
    parsed = parse_query('"be noted" report -budget')
    with service.reader() as reader:
        dense, lexical = reader.backend.retrievers(reader.view, reader.conn, LocalFilter(reader.conn), reader.cache)
        prepared = prepare(parsed, service.embedder.encode([parsed.semantic])[0])
        wanted = Filters(kind="resolution", committee="planning", after="2019-01-01", before="2019-12-31")
        for retriever in (dense, lexical):
            found = retriever.search(prepared, 50, wanted)
            passages = service_passages(reader.conn, [pid for pid, _ in found])
            assert found and len(passages) == len(found)
            for passage in passages:
                assert passage.kind == "resolution" and "planning" in passage.committee.lower()
                assert passage.meeting_date.startswith("2019") and "be noted" in _fold(passage.text)
                assert "budget" not in _fold(passage.text)


def service_passages(conn, ids):
    from qa import store

    found = store.get_passages(conn, ids)
    return [found[i] for i in ids]


def test_item_lookup_grouping_and_facets_as_with_the_default_backend(councils, qdrant_councils):
    for query in (Query("item 283"), Query("library opening hours", 5, group="item"), Query("planning application refused", 10)):
        embedded, qdrant = councils.search(query), qdrant_councils.search(query)
        if query.group == "item":
            assert [(i.passages[0].passage.source, i.passages[0].passage.item_title) for i in qdrant.items] == \
                   [(i.passages[0].passage.source, i.passages[0].passage.item_title) for i in embedded.items]
        else:
            assert _top(qdrant) == _top(embedded)
        assert qdrant.facets == embedded.facets  # counted from what matched: the same passages matched
    assert councils.search(Query("item 283")).results[0].passage.item_number == "283"
    assert qdrant_councils.search(Query("item 283")).results[0].passage.item_number == "283"


def _qdrant_settings(root) -> Settings:
    return Settings(data_dir=root / "index", backend="qdrant", qdrant=QdrantConfig(url=str(root / "qdrant")))


def test_a_write_that_fails_half_way_adds_nothing_and_check_repairs_what_it_left(tmp_path, seeds_data, embedder, monkeypatch):
    from qa import store
    from qa.index import qdrant as qdrant_index
    from qa.service import SearchService

    settings = _qdrant_settings(tmp_path)
    shutil.copytree(seeds_data, settings.data_dir)  # a store of the seeds, with its embeddings, and no collection yet
    with pytest.raises(QdrantUnavailable, match="check --repair"):
        SearchService(settings, embedder)
    service = SearchService(settings, embedder, open_index=False)
    missing, stray = service.check(repair=True)  # writes the store's passages into a new collection
    assert missing and not stray
    assert service.check() == ([], [])
    before = service.passage_count
    assert service.search(Query("Partners in Practice funding 2020/21", 3)).results

    # The connection drops after the first batch of points has landed: the next batch fails, and so does the
    # clean-up of the first (the client is gone), as when a server goes away mid-write.
    monkeypatch.setattr(qdrant_index, "BATCH", 8)
    client = service.backend.index.client
    real_upsert, calls = client.upsert, []

    def upsert_then_drop(*args, **kwargs):
        calls.append(1)
        result = real_upsert(*args, **kwargs)
        client.close()
        return result

    monkeypatch.setattr(client, "upsert", upsert_then_drop)
    paper = read_paths([ROOT / "tests/fixtures/papers/planning_minutes_2019-03-12.txt"])
    with pytest.raises(QdrantUnavailable):
        service.add(paper)
    assert len(calls) == 2  # the first batch landed, the second met the closed connection
    with store.connect(settings.db_path) as conn:  # the store's transaction was rolled back
        assert store.document_hash(conn, "planning_minutes_2019-03-12.txt") is None
        assert store.passage_count(conn) == before

    # The first batch's points are strays: `committee-qa check` names them, `--repair` removes them.
    env = {"COMMITTEE_QA_BACKEND": "qdrant", "COMMITTEE_QA_QDRANT_URL": str(tmp_path / "qdrant")}
    found = run_cli("check", data=settings.data_dir, env=env)
    assert found.returncode == 1, found.stderr
    assert f"{before} passages in the store; the Qdrant collection lacks 0 of them and holds 8 the store does not" in found.stdout
    repaired = run_cli("check", "--repair", data=settings.data_dir, env=env)
    assert repaired.returncode == 0 and "repaired" in repaired.stdout, repaired.stderr
    clean = run_cli("check", data=settings.data_dir, env=env)
    assert clean.returncode == 0 and "lacks 0 of them and holds 0" in clean.stdout

    reopened = SearchService(settings, embedder)  # and the paper can be added once Qdrant is back
    reopened.add(paper)
    response = reopened.search(Query("tree preservation order objections paper:planning_minutes_2019-03-12.txt", 3))
    assert response.results and response.results[0].passage.source == "planning_minutes_2019-03-12.txt"
    assert reopened.check() == ([], [])
    reopened.close()


def test_an_unreachable_qdrant_is_one_line_and_nothing_is_written(tmp_path):
    data = tmp_path / "index"
    env = {"COMMITTEE_QA_BACKEND": "qdrant", "COMMITTEE_QA_QDRANT_URL": f"http://127.0.0.1:{free_port()}"}
    for command in (("index", str(SEEDS)), ("search", "planning"), ("serve", "--port", str(free_port()))):
        result = run_cli(*command, data=data, env=env, timeout=120)
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "cannot reach Qdrant at http://127.0.0.1" in lines[0], result.stderr
        assert "Traceback" not in result.stderr
        assert not (data / "committee.sqlite3").exists()
    assert "needs COMMITTEE_QA_QDRANT_URL" in run_cli("list", data=data, env={"COMMITTEE_QA_BACKEND": "qdrant"}).stderr


def test_another_models_collection_is_refused_before_anything_is_written(tmp_path):
    from qa.index.qdrant import QdrantIndex

    config = QdrantConfig(url=str(tmp_path / "qdrant"))
    other = QdrantIndex(config, "some-other-model", 768)
    other.check_collection(create=True)
    other.close()
    env = {"COMMITTEE_QA_BACKEND": "qdrant", "COMMITTEE_QA_QDRANT_URL": config.url}
    result = run_cli("index", str(SEEDS), data=tmp_path / "index", env=env)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "was made for model 'some-other-model' with 768 dimensions" in result.stderr
    assert "COMMITTEE_QA_QDRANT_COLLECTION" in result.stderr
    assert not (tmp_path / "index" / "committee.sqlite3").exists()


def test_healthz_and_search_answer_503_when_qdrant_goes_away(tmp_path, seeds_data, embedder):
    from fastapi.testclient import TestClient

    from qa.service import SearchService
    from web.app import create_app

    settings = _qdrant_settings(tmp_path)
    shutil.copytree(seeds_data, settings.data_dir)
    filling = SearchService(settings, embedder, open_index=False)
    filling.check(repair=True)
    filling.close()  # local mode: one client at a time may open the folder
    app_service = SearchService(settings, embedder)
    with TestClient(create_app(settings, app_service)) as client:
        health = client.get("/healthz")
        assert health.status_code == 200 and health.json()["index"] == "qdrant"
        assert client.get("/api/search", params={"q": "Partners in Practice funding"}).json()["results"]
        app_service.backend.index.client.close()  # the connection is gone
        for url in ("/healthz", "/api/search?q=Partners+in+Practice+funding", "/?q=Partners+in+Practice+funding"):
            response = client.get(url)
            assert response.status_code == 503, url
        assert "Qdrant" in client.get("/healthz").json()["detail"]


def test_a_server_over_a_local_qdrant_folder(tmp_path, seeds_data):
    """`committee-qa check --repair` fills a new collection from an existing store; `serve` then answers from
    Qdrant (one worker: local mode lets one process open the folder)."""
    import os
    import subprocess
    import sys

    import httpx
    from conftest import wait_for

    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    env = {"COMMITTEE_QA_BACKEND": "qdrant", "COMMITTEE_QA_QDRANT_URL": str(tmp_path / "qdrant")}
    assert run_cli("check", "--repair", data=data, env=env).returncode == 0
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "qa.cli", "serve", "--port", str(port)], cwd=ROOT,
                               env={**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1", **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(f"{base}/healthz")
        health = httpx.get(f"{base}/healthz").json()
        assert health["index"] == "qdrant" and health["passages"] > 50
        first = httpx.get(f"{base}/api/search", params={"q": "how much PiP funding for 2020/21", "k": 3}).json()["results"][0]
        assert "£1,207,908" in first["text"] and first["citation"]["item_title"] == "Partners in Practice Programme Update"
    finally:
        process.terminate()
        process.wait(timeout=30)
