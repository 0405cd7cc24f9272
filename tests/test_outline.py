"""A clerk checks how a paper was read (its outline), and an upgrade re-reads stored papers without loss."""

from __future__ import annotations

import json

from conftest import FIXTURES, run_cli

from qa import catalog, store
from qa.formats import read_path
from qa.records import Query

ISSUE = FIXTURES / "papers" / "scrutiny_issue_libraries.txt"


def test_show_prints_the_outline_and_its_json_has_the_keys_scripts_read(fresh_service):
    fresh_service.add([read_path(ISSUE)])
    data = fresh_service.settings.data_dir
    shown = run_cli("show", ISSUE.name, "--json", data=data)
    assert shown.returncode == 0, shown.stderr
    outline = json.loads(shown.stdout)
    assert {"title", "committee", "meeting_date", "items", "layout"} <= set(outline)
    assert outline["layout"] == "issue-page" and outline["title"] == "Future of the Library Service"
    assert [(i["number"], i["meeting_date"]) for i in outline["items"]] == [("7", "2022-11-03"), ("4", "2022-09-15")]
    assert all(i["passages"] and i["sections"] for i in outline["items"])
    text = run_cli("show", ISSUE.name, data=data)
    assert "7. Future of the Library Service" in text.stdout
    missing = run_cli("show", "nope.txt", data=data)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr and len(missing.stderr.strip().splitlines()) == 1


def test_the_api_gives_the_same_outline(client):
    listed = client.get("/api/documents").json()
    source = next(d["source"] for d in listed if d["source"].startswith("004"))
    outline = client.get(f"/api/documents/{source}").json()
    assert [i["number"] for i in outline["items"]] == ["279", "280", "281", "282", "283", "284"]
    assert outline["items"][4]["title"] == "Update on the Children's Social Care Service Improvement Plan"
    assert client.get("/api/documents/nope.txt").status_code == 404


def test_reindex_reads_stored_papers_again_and_loses_nothing(fresh_service):
    """As if an older parser had read every paper as one item: `reindex` re-parses the stored text, the
    items come back, passages cut the same way keep their vectors, and the papers keep the time they arrived."""
    with fresh_service.connect() as conn:
        before = {d.source: d.added_at for d in catalog.list_documents(conn)}
        count = store.passage_count(conn)
        conn.execute("UPDATE passages SET item_id = (SELECT min(id) FROM items i WHERE i.document_id = passages.document_id)")
        conn.execute("DELETE FROM items WHERE id NOT IN (SELECT item_id FROM passages)")
    report = fresh_service.reindex()
    assert report.items_before < report.items_after and report.passages_after == count
    assert report.vectors_reused > count // 2
    with fresh_service.connect() as conn:
        assert {d.source: d.added_at for d in catalog.list_documents(conn)} == before
    top = fresh_service.search(Query("who did the DfE appoint as commissioner", 1)).results[0]
    assert (top.passage.item_number, top.passage.source[:3]) == ("283", "004")


def test_the_next_add_after_an_upgrade_re_reads_papers_an_older_parser_cut(fresh_service):
    """A council upgrades and runs `index` again on the same files: unchanged files are not re-embedded, but
    papers cut by another version's parser are re-read from their stored text first, so citations follow
    this version's items. The store records which parser cut it."""
    from qa.parse import PARSER_VERSION

    data = fresh_service.settings.data_dir
    with fresh_service.connect() as conn:
        assert store.get_meta(conn, "parser") == PARSER_VERSION
        items_now = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        conn.execute("UPDATE passages SET item_id = (SELECT min(id) FROM items i WHERE i.document_id = passages.document_id)")
        conn.execute("DELETE FROM items WHERE id NOT IN (SELECT item_id FROM passages)")
        store.set_meta(conn, "parser", "an older parser")
    added = run_cli("add", str(ISSUE), data=data)
    assert added.returncode == 0, added.stderr
    assert "re-parsed the 5 stored papers" in added.stderr
    with fresh_service.connect() as conn:
        assert store.get_meta(conn, "parser") == PARSER_VERSION
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] > items_now  # the seeds' items back, and the new paper's
    again = run_cli("add", str(ISSUE), data=data)
    assert again.returncode == 0 and "re-parsed" not in again.stderr  # same parser: nothing to re-read
