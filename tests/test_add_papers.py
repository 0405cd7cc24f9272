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
from conftest import ADMIN, ADMIN_TOKEN, FIXTURES, ROOT, SEEDS, run_cli, serving
from fixtures.make_pdf import make_pdf

from qa import catalog, store
from qa.formats import read_bytes, read_path
from qa.records import Query

SEED_QUESTIONS = ["how much PiP funding for 2020/21", "Trevor Doughty", "risk taking panels", "Bite Size Briefing"]


def answers(service) -> list[list[tuple[str, int, int]]]:
    return [[(r.passage.source, r.passage.start, r.passage.end) for r in resp.results]
            for resp in service.search_many([Query(q, 5) for q in SEED_QUESTIONS])]


def test_added_html_paper_is_found_with_its_item_citation_and_seed_results_stay(fresh_service):
    before = answers(fresh_service)
    reports = fresh_service.add([read_path(FIXTURES / "moderngov_item.html")])
    assert reports[0].status == "added" and reports[0].passages >= 3
    result = fresh_service.search(Query("how many homes are at high risk of surface water flooding", 3)).results[0]
    assert result.passage.source == "moderngov_item.html"
    assert (result.passage.item_number, result.passage.item_title) == ("12", "Local Flood Risk Management Strategy 2023-2029")
    assert "4,300 properties" in result.passage.text
    assert result.passage.committee == "Environment and Climate Scrutiny Committee"
    # the new paper may rank among them, but each seed question's best answer is still its first seed passage
    after = [[hit for hit in hits if hit[0] != "moderngov_item.html"] for hits in answers(fresh_service)]
    assert [hits[:1] for hits in after] == [hits[:1] for hits in before]


def test_pdf_report_citations_carry_page_numbers(fresh_service, tmp_path):
    pdf = make_pdf(tmp_path / "lancashire-report.pdf")
    fresh_service.add([read_path(pdf)])
    hits = fresh_service.search(Query('"Bite Size Briefing" neglect strategy', 10)).results
    from_pdf = [r for r in hits if r.passage.source == "lancashire-report.pdf"]
    assert from_pdf and all(r.passage.page in (1, 2) for r in from_pdf)
    with fresh_service.connect() as conn:
        stored = catalog.get_document(conn, "lancashire-report.pdf")
        passages = store.passages_of(conn, "lancashire-report.pdf")
    assert {p.page for p in passages} == {1, 2}  # the report runs onto a second page, and its passages say which
    second_page_starts = stored.pages[1]
    assert all((p.page == 2) == (p.start >= second_page_starts) for p in passages)


def test_readding_unchanged_file_is_a_no_op_and_changed_file_replaces(fresh_service, tmp_path):
    paper = tmp_path / "notes.txt"
    paper.write_text("Allotments Working Group\n\nThe group agreed to buy four water butts for the Elm Road site.\n")
    assert fresh_service.add([read_path(paper)])[0].status == "added"
    count = fresh_service.passage_count
    assert fresh_service.add([read_path(paper)])[0].status == "unchanged"
    assert fresh_service.passage_count == count
    paper.write_text("Allotments Working Group\n\nThe group agreed to buy six compost bins for the Elm Road site.\n")
    assert fresh_service.add([read_path(paper)])[0].status == "replaced"
    assert fresh_service.passage_count == count
    texts = [r.passage.text for r in fresh_service.search(Query("Elm Road allotments", 5)).results]
    assert any("compost bins" in t for t in texts) and not any("water butts" in t for t in texts)
    fresh_service.remove("notes.txt")
    assert fresh_service.passage_count == count - 1


def test_a_stale_or_damaged_snapshot_is_rebuilt_from_the_store(fresh_service, embedder):
    from qa.service import SearchService

    before = answers(fresh_service)
    data = fresh_service.settings.data_dir
    manifest_path = data / "snapshot.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["generation"] -= 1  # as if an add died between the store commit and the snapshot's save
    manifest_path.write_text(json.dumps(manifest))
    reopened = SearchService(fresh_service.settings, embedder)
    assert answers(reopened) == before
    assert json.loads(manifest_path.read_text())["generation"] == manifest["generation"] + 1
    (data / json.loads(manifest_path.read_text())["vectors"]["file"]).write_bytes(b"not a faiss index")
    assert answers(SearchService(fresh_service.settings, embedder)) == before


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
    from qa.service import SearchService

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
    count_after_kill = after_kill.passage_count

    retry = run_cli("add", str(folder), data=data)
    assert retry.returncode == 0, retry.stderr
    final = SearchService(Settings(data_dir=data), embedder)
    assert final.passage_count > count_after_kill
    found = final.search(Query('"Partners in Practice 7"', 5)).results
    assert found and all(r.passage.source == "report-07.md" for r in found)


@pytest.fixture(scope="module")
def upload_client(tmp_path_factory, seeds_data, embedder):
    """The app in-process over a private copy of the seeds, with uploads limited to 1 MB."""
    from fastapi.testclient import TestClient

    from qa.config import Limits, Settings
    from qa.service import SearchService
    from web.app import create_app

    data = tmp_path_factory.mktemp("upload") / "index"
    shutil.copytree(seeds_data, data)
    settings = Settings(data_dir=data, admin_token=ADMIN_TOKEN, limits=Limits(upload_bytes=1_000_000))
    with TestClient(create_app(settings, SearchService(settings, embedder))) as client:
        yield client


def _api_answers(client) -> list:
    body = client.post("/api/search/batch", json={"queries": SEED_QUESTIONS, "k": 5}).json()
    return [[(r["citation"]["source"], r["citation"]["start"]) for r in resp["results"]] for resp in body["responses"]]


@pytest.mark.parametrize(
    "name, content, status, message",
    [
        ("empty.txt", b"", 415, "empty"),
        ("photo.txt", bytes(range(256)) * 40, 415, "binary"),
        ("broken.pdf", b"%PDF-1.4 nonsense", 415, "PDF"),
        ("big.txt", b"word " * 250_000, 413, "limit for one paper"),
        ("../../etc/passwd.txt", b"Minutes\n\nText here.", 400, "plain file name"),
        ("slides.pptx", b"PK\x03\x04 something", 415, "not supported"),
    ],
)
def test_bad_upload_gets_4xx_and_the_corpus_is_intact(upload_client, name, content, status, message):
    before = _api_answers(upload_client)
    response = upload_client.post("/api/documents", files={"files": (name, content, "application/octet-stream")}, headers=ADMIN)
    assert response.status_code == status, response.text
    assert message in response.json()["detail"]
    assert _api_answers(upload_client) == before


def test_upload_list_and_delete_over_http(upload_client):
    html = (FIXTURES / "moderngov_item.html").read_bytes()
    added = upload_client.post("/api/documents", files={"files": ("flood.html", html, "text/html")}, headers=ADMIN)
    assert added.status_code == 201 and added.json()[0]["status"] == "added"
    listed = {d["source"]: d for d in upload_client.get("/api/documents").json()}
    assert listed["flood.html"]["items"] == 1 and listed["flood.html"]["added_at"]
    hit = upload_client.get("/api/search", params={"q": "text alert service for flood warnings", "k": 1}).json()
    assert hit["results"][0]["citation"]["source"] == "flood.html"
    assert upload_client.delete("/api/documents/flood.html", headers=ADMIN).status_code == 200
    assert "flood.html" not in {d["source"] for d in upload_client.get("/api/documents").json()}
    assert upload_client.delete("/api/documents/flood.html", headers=ADMIN).status_code == 404


def test_an_index_from_a_previous_release_is_upgraded_in_place(fresh_service):
    """A schema-1 store (before steps were recorded: no item index, no sentence vectors, passage ids that
    could be reused) is brought up to date when the service opens it: every step recorded, every
    passage kept, the sentences embedded once, and a removed passage's id never given out again."""
    import sqlite3

    from qa import migrations
    from qa.records import Query
    from qa.service import SearchService

    path = fresh_service.settings.db_path
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT count(*) FROM passages").fetchone()[0]
        conn.executescript("""
            DROP TABLE migrations; DROP INDEX passages_item; DROP INDEX passages_missing_sentences;
            CREATE TABLE old (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE, section TEXT NOT NULL, kind TEXT NOT NULL,
              start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, position INTEGER NOT NULL, page INTEGER,
              embedding BLOB NOT NULL);
            INSERT INTO old SELECT id, document_id, item_id, section, kind, start, end, text, position, page, embedding FROM passages;
            DROP TABLE passages; ALTER TABLE old RENAME TO passages;
            ALTER TABLE items DROP COLUMN preamble; ALTER TABLE items DROP COLUMN meeting_date;
            ALTER TABLE items DROP COLUMN committee; ALTER TABLE documents DROP COLUMN details; PRAGMA user_version = 1;""")
    upgraded = SearchService(fresh_service.settings, fresh_service.embedder)
    with store.connect(path) as conn:
        assert [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY name")] == [m.name for m in migrations.MIGRATIONS]
        assert migrations.pending(conn) == []
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"passages_item", "passages_missing_sentences"} <= names
        assert conn.execute("SELECT count(*) FROM passages").fetchone()[0] == before > 0
        assert store.passages_without_sentence_vectors(conn) == []
        last_source, highest = conn.execute(
            "SELECT d.source, p.id FROM passages p JOIN documents d ON d.id = p.document_id ORDER BY p.id DESC LIMIT 1").fetchone()
    top = upgraded.search(Query("do children get attached to their social workers", 1, mode="dense")).results[0]
    assert "get attached to their social worker" in top.passage.text
    upgraded.remove(last_source)
    upgraded.add([read_bytes("trees.txt", b"Tree Preservation Orders\n\nRESOLVED that the oak at Mill Farm be protected.\n")])
    with store.connect(path) as conn:
        assert conn.execute("SELECT min(p.id) FROM passages p JOIN documents d ON d.id = p.document_id"
                            " WHERE d.source = 'trees.txt'").fetchone()[0] > highest


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


def test_a_stored_passage_says_whether_it_is_from_the_papers_head(fresh_service, tmp_path):
    paper = tmp_path / "minutes.txt"
    paper.write_text("Minutes of the Allotments Working Group held on 3 May 2023\n\nPresent: Councillors Ray and Shah\n\n"
                     "1. Water butts\n\nThe group agreed to buy four water butts for the Elm Road site.\n\n"
                     "2. Rents\n\nRents will rise by 3% from October.\n")
    fresh_service.add([read_path(paper)])
    with fresh_service.connect() as conn:
        passages = store.passages_of(conn, "minutes.txt")
    assert {p.text.split()[0]: p.in_head for p in passages} == {"Present:": True, "The": False, "Rents": False}
