"""A hostile-but-fair tester: every bad input gets a 4xx (HTTP) or exit 2 with one line (CLI) saying what
was wrong, never a 500 or a traceback, and nothing already indexed is lost."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from conftest import ADMIN, ADMIN_TOKEN, run_cli

from qa.config import Limits, Settings


@pytest.fixture(scope="module")
def strict(tmp_path_factory, seeds_data, embedder):
    """The app in-process with small limits, raising nothing: a 500 would show up as a 500."""
    from fastapi.testclient import TestClient

    from qa.service import SearchService
    from web.app import create_app

    data = tmp_path_factory.mktemp("strict") / "index"
    shutil.copytree(seeds_data, data)
    settings = Settings(data_dir=data, admin_token=ADMIN_TOKEN,
                        limits=Limits(upload_files=3, request_bytes=200_000, json_bytes=20_000, saved_name_chars=50))
    with TestClient(create_app(settings, SearchService(settings, embedder)), raise_server_exceptions=False) as client:
        yield client


def answers(client) -> list:
    body = client.post("/api/search/batch", json={"queries": ["how much PiP funding", "Bite Size Briefing"], "k": 3}).json()
    return [[r["citation"]["source"] for r in response["results"]] for response in body["responses"]]


JSON = {"Content-Type": "application/json"}


@pytest.mark.parametrize("method, path, body, status, words", [
    ("POST", "/api/search", '{"q": "funding", "k": 1e400}', 422, "k"),
    ("POST", "/api/search", '{"q": "funding", "k": NaN}', 422, "k"),
    ("POST", "/api/search", '{"q": "funding", "k": Infinity}', 422, "k"),
    ("POST", "/api/search/batch", '{"queries": ["funding"], "k": 1e400}', 422, "k"),
    ("POST", "/api/saved-searches", '{"query": "funding", "name": "x", "kind": 1e400}', 422, "kind"),
    ("POST", "/api/search", '{"q": "fund\\ud800ing"}', 422, "lone surrogate"),
    ("POST", "/api/saved-searches", '{"query": "fund\\ud800ing"}', 422, "lone surrogate"),
    ("POST", "/api/saved-searches", '{"query": "funding", "name": "' + "n" * 60 + '"}', 422, "COMMITTEE_QA_MAX_SAVED_NAME_CHARS"),
    ("POST", "/api/search", '{"q": "' + "x" * 30_000 + '"}', 413, "COMMITTEE_QA_MAX_JSON_BYTES"),
    ("POST", "/api/search", '{"q": "funding"', 422, "not valid JSON"),
    ("POST", "/api/search/batch", '{"queries": ' + str(["q"] * 101).replace("'", '"') + '}', 422, "COMMITTEE_QA_MAX_BATCH_QUERIES"),
    ("GET", "/api/search?q=fund%ED%A0%80ing", None, 200, "fund\ufffd"),  # undecodable bytes are replaced, as URLs are read
    ("GET", "/documents/001_856250775f4e83f5.txt?hl=1-" + "9" * 4301, None, 200, "Partners in Practice"),
    ("GET", "/api/passages/99999999999999999999999/similar", None, 404, "no passage"),
])
def test_malformed_requests_get_a_4xx_with_a_message(strict, method, path, body, status, words):
    response = strict.request(method, path, content=body, headers=JSON if body else None)
    assert response.status_code == status, response.text[:300]
    assert words in response.text
    if status != 200:
        assert isinstance(response.json()["detail"], str) and "Traceback" not in response.text


def upload(client, files, headers=ADMIN):
    return client.post("/api/documents", files=[("files", f) for f in files], headers=headers)


@pytest.mark.parametrize("files, headers, status, words", [
    ([("a.txt", b"Minutes\n\nThe committee agreed.", "text/plain")], None, 401, "admin token"),
    ([("a.txt", b"Minutes\n\nThe committee agreed.", "text/plain")], {"Authorization": "Bearer wrong"}, 401, "admin token"),
    ([("junk.txt", b"\xff\xfe" + bytes(range(256)) * 8, "text/plain")], ADMIN, 415, "UTF"),
    ([("nul.txt", b"\xff\xfe" + b"\x00" * 500, "text/plain")], ADMIN, 415, "binary"),
    ([("cjk.txt", b"\xff\xfe" + "議事録の要約".encode("utf-16-le") * 100, "text/plain")], ADMIN, 415, "Latin-script"),
    ([("word.txt", b"Minutes", "text/plain")], ADMIN, 422, "nothing to index in word.txt"),
    ([(f"p{n}.txt", b"Minutes\n\nThe committee agreed.", "text/plain") for n in range(4)], ADMIN, 413, "COMMITTEE_QA_MAX_UPLOAD_FILES"),
    ([("big.txt", b"word " * 60_000, "text/plain")], ADMIN, 413, "COMMITTEE_QA_MAX_REQUEST_BYTES"),
])
def test_bad_uploads_are_refused_before_anything_is_written(strict, files, headers, status, words):
    before = answers(strict)
    response = upload(strict, files, headers)
    assert response.status_code == status, response.text[:300]
    assert words in response.json()["detail"]
    assert answers(strict) == before


def test_writes_over_http_are_off_without_a_configured_token(client):
    """The shared test client has a token; a service without one refuses writes and says how to enable them."""
    from fastapi.testclient import TestClient

    from web.app import create_app

    service = client.app.state.service
    settings = Settings(data_dir=service.settings.data_dir)
    with TestClient(create_app(settings, type(service)(settings, service.embedder))) as open_client:
        refused = open_client.delete("/api/documents/001_856250775f4e83f5.txt", headers=ADMIN)
        assert refused.status_code == 403 and "COMMITTEE_QA_ADMIN_TOKEN" in refused.json()["detail"]


def test_an_unexpected_failure_is_a_500_with_a_request_id_and_no_traceback(strict, monkeypatch, caplog):
    service = strict.app.state.service
    monkeypatch.setattr(service, "search_many", lambda *a, **k: 1 / 0)
    response = strict.get("/api/search", params={"q": "funding"})
    assert response.status_code == 500 and "request id" in response.json()["detail"]
    assert "ZeroDivisionError" not in response.text
    assert any("ZeroDivisionError" in (r.exc_text or "") for r in caplog.records)


def test_a_long_unbreakable_line_becomes_passages_of_bounded_size(strict):
    line = ("Budget notes\n\n" + "abcdefghij" * 9_000).encode()
    assert upload(strict, [("line.txt", line, "text/plain")]).status_code == 201
    found = strict.get("/api/search", params={"q": '"Budget notes"', "k": 50}).json()["results"]
    with sqlite3.connect(strict.app.state.service.settings.db_path) as conn:
        lengths = [n for (n,) in conn.execute("SELECT length(p.text) FROM passages p JOIN documents d ON d.id = p.document_id"
                                              " WHERE d.source = 'line.txt'")]
    assert found is not None and max(lengths) <= 1000 and sum(lengths) >= 90_000
    assert strict.delete("/api/documents/line.txt", headers=ADMIN).status_code == 200


# --- the command line -------------------------------------------------------------------------------
def one_line_error(result, words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-500:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.stderr, result.stderr[-500:]


def test_cli_bad_input(seeds_data, tmp_path):
    binary = tmp_path / "queries.bin"
    binary.write_bytes(bytes(range(128, 256)) * 4)
    one_line_error(run_cli("batch", str(tmp_path / "missing.jsonl"), data=seeds_data), "cannot read queries")
    one_line_error(run_cli("batch", str(binary), data=seeds_data), "not UTF-8")
    one_line_error(run_cli("search", "fund\udcedb\udca0ing", data=seeds_data), "lone surrogate")
    one_line_error(run_cli("search", "funding", data=tmp_path / "queries.bin"), "is a file")
    empty = tmp_path / "empty"
    empty.mkdir()
    one_line_error(run_cli("add", str(empty), data=tmp_path / "index"), "holds no papers")
    one_line_error(run_cli("search", "funding", data=seeds_data, env={"COMMITTEE_QA_MAX_QUERY_CHARS": "lots"}),
                   "COMMITTEE_QA_MAX_QUERY_CHARS must be a whole number")


def test_cli_batch_reports_a_bad_line_by_number_and_runs_the_others(seeds_data, tmp_path):
    import json

    queries = tmp_path / "queries.jsonl"
    queries.write_text('{"query": "Trevor Doughty"}\n{"query": "funding", "k": 1e400}\n{"query": "Bite Size Briefing", "k": "5"}\n'
                       'Bite Size Briefing\n')
    result = run_cli("batch", str(queries), "-k", "1", data=seeds_data)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["line"] for line in lines] == [1, 2, 3, 4]
    assert "k" in lines[1]["error"] and "k" in lines[2]["error"]
    assert lines[0]["results"] and lines[3]["results"]


def test_a_damaged_store_or_snapshot(seeds_data, tmp_path):
    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    for damaged in data.glob("lexical-*.npz"):
        damaged.write_bytes(b"not an index")  # a damaged derived file is simply rebuilt
    assert run_cli("search", "Trevor Doughty", "-k", "1", data=data).returncode == 0
    (data / "committee.sqlite3").write_bytes(b"this is not a database" * 100)
    for side in data.glob("committee.sqlite3-*"):
        side.unlink()
    one_line_error(run_cli("search", "funding", data=data), "damaged")


def test_a_paper_with_no_passages_left_by_an_older_version_can_be_removed(seeds_data, tmp_path):
    data = tmp_path / "index"
    shutil.copytree(seeds_data, data)
    with sqlite3.connect(data / "committee.sqlite3") as conn:
        conn.execute("INSERT INTO documents (source, title, layout, format, sha256, text, added_at)"
                     " VALUES ('empty.txt', 'empty', 'paragraphs', 'text', 'x', '', '2020-01-01')")
    removed = run_cli("remove", "empty.txt", data=data)
    assert removed.returncode == 0 and "removed empty.txt (0 passages)" in removed.stdout
    assert "empty.txt" not in run_cli("list", data=data).stdout
