"""People who follow a council: saved searches with feeds, find by number, no dead ends."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from conftest import ADMIN, run_cli

from qa.formats import read_bytes
from qa.records import Query

ATOM = "{http://www.w3.org/2005/Atom}"

NEW_PAPER = b"""Agenda item

Play Area Refurbishment at Victoria Park

Minutes:

The Parks Manager reported that the play area at Victoria Park would be refurbished with accessible swings & a sensory garden <for children with disabilities>, at a cost of \xc2\xa385,000.

RESOLVED

That the refurbishment of the Victoria Park play area be approved.
"""


def test_saved_search_feed_shows_new_matching_paper_once(client):
    saved = client.post("/api/saved-searches", json={"query": "play area refurbishment", "name": "Play areas"})
    assert saved.status_code == 201
    feed_url = saved.json()["feed_url"]
    assert ET.fromstring(client.get(feed_url).content).findall(f"{ATOM}entry") == []

    try:
        for _ in range(2):  # the second upload is unchanged: no duplicate entries
            added = client.post("/api/documents", files={"files": ("parks.txt", NEW_PAPER, "text/plain")}, headers=ADMIN)
            assert added.status_code == 201
        _feed_has_the_new_paper_once(client, saved.json(), feed_url)
    finally:
        client.delete("/api/documents/parks.txt", headers=ADMIN)


def _feed_has_the_new_paper_once(client, saved: dict, feed_url: str) -> None:
    response = client.get(feed_url)
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed" and feed.find(f"{ATOM}title").text and feed.find(f"{ATOM}updated").text
    entries = feed.findall(f"{ATOM}entry")
    assert entries and all("parks.txt" in e.find(f"{ATOM}title").text for e in entries)
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert len(ids) == len(set(ids))
    contents = " ".join(e.find(f"{ATOM}content").text for e in entries)
    assert "accessible swings & a sensory garden <for children with disabilities>" in contents
    link = entries[0].find(f"{ATOM}link").get("href")
    page = client.get(link)
    assert page.status_code == 200 and f'id="{link.split("#")[1]}"' in page.text

    as_json = client.get(f"/api/saved-searches/{saved['id']}").json()
    assert as_json["entries"][0]["citation"]["source"] == "parks.txt"
    assert client.delete(f"/api/saved-searches/{saved['id']}").status_code == 200
    assert client.get(feed_url).status_code == 410
    assert client.get("/feeds/987654.atom").status_code == 404


def test_saved_search_with_empty_query_is_refused(client):
    response = client.post("/api/saved-searches", json={"query": "  "})
    assert response.status_code == 422 and "empty" in response.json()["detail"]


def test_minute_number_goes_straight_to_the_item(service):
    for query in ["minute 283", "item 283", "283.", "agenda item 283 improvement plan"]:
        first = service.search(Query(query, 3)).results[0]
        assert (first.passage.item_number, first.passage.source[:3]) == ("283", "004"), query


def test_misspelt_query_gets_a_suggestion_from_the_corpus(service):
    response = service.search(Query("safegarding", 3))
    assert response.suggestion == "safeguarding"
    assert response.results  # still shows the closest passages


def test_nonsense_query_finds_nothing_unless_the_closest_are_asked_for(service):
    response = service.search(Query("zzqx blorft", 3))
    assert response.weak and not response.results
    closest = service.search(Query("zzqx blorft", 3, strict=False))
    assert closest.weak and len(closest.results) == 3


def test_saved_searches_from_the_cli(fresh_service, tmp_path):
    data = fresh_service.settings.data_dir
    added = run_cli("saved", "add", "tree preservation", "--name", "Trees", data=data)
    assert added.returncode == 0, added.stderr
    listing = run_cli("saved", "list", data=data)
    assert "Trees" in listing.stdout
    saved_id = listing.stdout.split()[0]
    fresh_service.add([read_bytes("trees.txt", b"Tree Preservation Orders\n\nRESOLVED that the Tree Preservation Order on the oak at Mill Farm be confirmed.\n")])
    from qa import saved as saved_searches

    with fresh_service.connect() as conn:
        saved = saved_searches.get(conn, int(saved_id))
    assert [r.passage.source for r in saved_searches.feed_entries(fresh_service, saved)][:1] == ["trees.txt"]
    assert run_cli("saved", "delete", saved_id, data=data).returncode == 0
    assert run_cli("saved", "delete", "abc", data=data).returncode == 2
