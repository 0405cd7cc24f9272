"""An officer adds new papers to an existing index; nothing already indexed is ever lost."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import httpx
import pytest
from conftest import FIXTURES, ROOT, SEEDS, run_cli, serving
from fixtures.make_pdf import make_pdf

from qa import store
from qa.formats import read_bytes, read_path
from qa.ingest import add_sources, remove_source
from qa.search import Query

SEED_QUESTIONS = ["how much PiP funding for 2020/21", "Trevor Doughty", "risk taking panels", "Bite Size Briefing"]


def answers(service) -> list[list[tuple[str, int, int]]]:
    return [[(r.passage.source, r.passage.start, r.passage.end) for r in resp.results]
            for resp in service.search_many([Query(q, 5) for q in SEED_QUESTIONS])]


def test_added_html_paper_is_found_with_its_item_citation_and_seed_results_stay(fresh_service):
    before = answers(fresh_service)
    reports = add_sources(fresh_service, [read_path(FIXTURES / "moderngov_item.html")])
    assert reports[0].status == "added" and reports[0].passages >= 3
    result = fresh_service.search(Query("how many homes are at high risk of surface water flooding", 3)).results[0]
    assert result.passage.source == "moderngov_item.html"
    assert (result.passage.item_number, result.passage.item_title) == ("12", "Local Flood Risk Management Strategy 2023-2029")
    assert "4,300 properties" in result.passage.text
    assert result.passage.committee == "Environment and Climate Scrutiny Committee"
    # the new paper may rank among them, but the seed passages keep their order
    after = [[hit for hit in hits if hit[0] != "moderngov_item.html"] for hits in answers(fresh_service)]
    assert [hits[:3] for hits in after] == [hits[:3] for hits in before]


def test_pdf_report_citations_carry_page_numbers(fresh_service, tmp_path):
    pdf = make_pdf(tmp_path / "lancashire-report.pdf")
    add_sources(fresh_service, [read_path(pdf)])
    hits = fresh_service.search(Query('"Bite Size Briefing" neglect strategy', 10)).results
    from_pdf = [r for r in hits if r.passage.source == "lancashire-report.pdf"]
    assert from_pdf and all(r.passage.page in (1, 2) for r in from_pdf)
    assert {r.passage.page for r in fresh_service.search(Query("Bite Size Briefing", 20, )).results
            if r.passage.source == "lancashire-report.pdf"}


def test_readding_unchanged_file_is_a_no_op_and_changed_file_replaces(fresh_service, tmp_path):
    paper = tmp_path / "notes.txt"
    paper.write_text("Allotments Working Group\n\nThe group agreed to buy four water butts for the Elm Road site.\n")
    assert add_sources(fresh_service, [read_path(paper)])[0].status == "added"
    count = fresh_service.passage_count
    assert add_sources(fresh_service, [read_path(paper)])[0].status == "unchanged"
    assert fresh_service.passage_count == count
    paper.write_text("Allotments Working Group\n\nThe group agreed to buy six compost bins for the Elm Road site.\n")
    assert add_sources(fresh_service, [read_path(paper)])[0].status == "replaced"
    assert fresh_service.passage_count == count
    texts = [r.passage.text for r in fresh_service.search(Query("Elm Road allotments", 5)).results]
    assert any("compost bins" in t for t in texts) and not any("water butts" in t for t in texts)
    remove_source(fresh_service, "notes.txt")
    assert fresh_service.passage_count == count - 1


def test_stale_vector_file_is_rebuilt_from_the_store(fresh_service, embedder):
    from qa.search import SearchService

    before = answers(fresh_service)
    meta_path = fresh_service.settings.data_dir / "vectors.json"
    meta = json.loads(meta_path.read_text())
    meta["generation"] -= 1  # as if an add died between the store commit and the vector save
    meta_path.write_text(json.dumps(meta))
    reopened = SearchService(fresh_service.settings, embedder)
    assert answers(reopened) == before
    assert json.loads(meta_path.read_text())["generation"] == meta["generation"] + 1


@pytest.mark.parametrize(
    "name, make, message",
    [
        ("empty.txt", lambda tmp: b"", "empty"),
        ("photo.txt", lambda tmp: bytes(range(256)) * 40, "binary"),
        ("broken.pdf", lambda tmp: b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage", "PDF"),
        ("locked.pdf", lambda tmp: make_pdf(tmp / "locked.pdf", encrypt_with="secret").read_bytes(), "encrypted"),
        ("../escape.txt", lambda tmp: b"Minutes\n\nText.", "plain file name"),
        ("huge.txt", lambda tmp: b"word " * (4 * 1024 * 1024 // 5 + 10), "limit"),
    ],
)
def test_bad_papers_are_refused_with_a_message(name, make, message, tmp_path):
    from qa.errors import QAError

    with pytest.raises(QAError, match=message):
        read_bytes(name, make(tmp_path), max_bytes=4 * 1024 * 1024)


def test_windows_1252_text_is_read(tmp_path):
    paper = read_bytes("cp1252.txt", "Budget\n\nThe caf\u00e9 lease costs \u00a3400 \u2013 agreed.\n".encode("cp1252"))
    assert "café lease costs £400 – agreed" in paper.text


def test_add_killed_mid_embedding_leaves_the_old_corpus_and_a_retry_completes(tmp_path, seeds_data, embedder):
    from qa.config import Settings
    from qa.search import SearchService

    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    before = answers(SearchService(Settings(data_dir=data), embedder))
    folder = tmp_path / "new-papers"
    folder.mkdir()
    report = next(SEEDS.glob("001_*.txt")).read_text()
    for n in range(16):
        (folder / f"report-{n:02}.md").write_text(report.replace("Partners in Practice", f"Partners in Practice {n}"))
    env = {**os.environ, "COMMITTEE_QA_DATA": str(data), "HF_HUB_OFFLINE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "qa.cli", "add", str(folder)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stderr.readline()
    while line and "indexing" not in line:
        line = process.stderr.readline()
    time.sleep(3)  # well inside embedding ~900 passages
    assert process.poll() is None, "the add finished before it could be killed; give it more work"
    process.send_signal(signal.SIGKILL)
    process.wait()

    after_kill = SearchService(Settings(data_dir=data), embedder)
    assert answers(after_kill) == before

    retry = run_cli("add", str(folder), data=data)
    assert retry.returncode == 0, retry.stderr
    final = SearchService(Settings(data_dir=data), embedder)
    assert final.passage_count > after_kill.passage_count
    found = final.search(Query('"Partners in Practice 7"', 5)).results
    assert found and all(r.passage.source == "report-07.md" for r in found)


@pytest.fixture(scope="module")
def upload_server(tmp_path_factory, seeds_data):
    with serving(seeds_data, tmp_path_factory.mktemp("upload") / "index", COMMITTEE_QA_MAX_UPLOAD_BYTES="1000000") as base:
        yield base


def _api_answers(base: str) -> list:
    body = httpx.post(f"{base}/api/search/batch", json={"queries": SEED_QUESTIONS, "k": 5}).json()
    return [[(r["citation"]["source"], r["citation"]["start"]) for r in resp["results"]] for resp in body["responses"]]


@pytest.mark.parametrize(
    "name, content, status, message",
    [
        ("empty.txt", b"", 415, "empty"),
        ("photo.txt", bytes(range(256)) * 40, 415, "binary"),
        ("broken.pdf", b"%PDF-1.4 nonsense", 415, "PDF"),
        ("big.txt", b"word " * 250_000, 413, "limit"),
        ("../../etc/passwd.txt", b"Minutes\n\nText here.", 400, "plain file name"),
        ("slides.pptx", b"PK\x03\x04 something", 415, "not supported"),
    ],
)
def test_bad_upload_gets_4xx_and_the_corpus_is_intact(upload_server, name, content, status, message):
    before = _api_answers(upload_server)
    response = httpx.post(f"{upload_server}/api/documents", files={"files": (name, content, "application/octet-stream")})
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]
    assert _api_answers(upload_server) == before


def test_upload_list_and_delete_over_http(upload_server):
    html = (FIXTURES / "moderngov_item.html").read_bytes()
    added = httpx.post(f"{upload_server}/api/documents", files={"files": ("flood.html", html, "text/html")}, timeout=120)
    assert added.status_code == 201 and added.json()[0]["status"] == "added"
    listed = {d["source"]: d for d in httpx.get(f"{upload_server}/api/documents").json()}
    assert listed["flood.html"]["items"] == 1 and listed["flood.html"]["added_at"]
    hit = httpx.get(f"{upload_server}/api/search", params={"q": "text alert service for flood warnings", "k": 1}).json()
    assert hit["results"][0]["citation"]["source"] == "flood.html"
    assert httpx.delete(f"{upload_server}/api/documents/flood.html").status_code == 200
    assert "flood.html" not in {d["source"] for d in httpx.get(f"{upload_server}/api/documents").json()}
    assert httpx.delete(f"{upload_server}/api/documents/flood.html").status_code == 404


def test_an_index_from_a_previous_release_is_upgraded_in_place(fresh_service):
    """Schema 1 lacked the item index that decision questions use, schema 2 the sentence vectors:
    opening such a store adds both, keeps every passage, and the service embeds the sentences once."""
    import sqlite3

    from qa.search import Query, SearchService

    path = fresh_service.settings.db_path
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        conn.execute("DROP INDEX passages_item")
        conn.execute("DROP INDEX passages_missing_sentences")
        conn.execute("ALTER TABLE passages DROP COLUMN sentence_vectors")
        conn.execute("PRAGMA user_version = 1")
    with store.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "passages_item" in names
        assert conn.execute("SELECT count(*) FROM passages").fetchone()[0] == before > 0
        assert conn.execute("PRAGMA user_version").fetchone()[0] == store.SCHEMA_VERSION
        assert len(store.passages_without_sentence_vectors(conn)) == before
    upgraded = SearchService(fresh_service.settings, fresh_service.embedder)
    with store.connect(path) as conn:
        assert store.passages_without_sentence_vectors(conn) == []
    top = upgraded.search(Query("do children get attached to their social workers", 1, mode="dense")).results[0]
    assert "get attached to their social worker" in top.passage.text


def test_printed_minutes_as_a_pdf_keep_their_minute_references(tmp_path):
    """The printed health board minutes rendered to PDF and read back by pypdf (single line breaks,
    no blank lines between paragraphs): the HWB/23/N items and their resolutions survive."""
    from qa.formats import read_path
    from qa.ingest import prepare

    pdf = make_pdf(tmp_path / "hwb.pdf", FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt")
    doc, passages = prepare(read_path(pdf), 700)
    assert [i.number for i in doc.items if i.number] == [f"HWB/23/{n}" for n in range(1, 6)]
    endorsed = next(p for p in passages if "endorses the refreshed tobacco" in p.text)
    assert endorsed.kind == "resolution" and endorsed.item_number == "HWB/23/5"


def test_a_running_service_sees_papers_added_and_removed_from_the_command_line(seeds_data, tmp_path):
    """An officer runs `committee-qa add` and `remove` beside the running service: its next search
    answers from the new paper, and after the removal never cites it again."""
    data = tmp_path / "index"
    question = {"q": "test purchases of vapes near secondary schools", "k": 3}
    with serving(seeds_data, data) as base:
        assert httpx.get(f"{base}/api/search", params=question, timeout=60).status_code == 200
        paper = FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt"
        assert run_cli("add", str(paper), data=data).returncode == 0
        top = httpx.get(f"{base}/api/search", params=question, timeout=60).json()["results"][0]
        assert top["citation"]["source"] == paper.name and "vapes" in top["text"]
        assert run_cli("remove", paper.name, data=data).returncode == 0
        after = httpx.get(f"{base}/api/search", params=question, timeout=60).json()["results"]
        assert after and all(r["citation"]["source"] != paper.name for r in after)
        health = httpx.get(f"{base}/healthz", timeout=60).json()
        with store.connect(data / "committee.sqlite3") as conn:
            assert health["passages"] == store.passage_count(conn)
