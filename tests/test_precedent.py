"""An officer looks for how earlier resolutions were worded: exact phrases, kinds, dates, more like this."""

from __future__ import annotations

import json

import pytest
from conftest import run_cli

from qa.errors import BadQuery
from qa.records import Filters, Query


def test_phrase_query_never_returns_a_passage_without_the_phrase(service):
    results = service.search(Query('"Partners in Practice" funding', 20)).results
    assert results
    for r in results:
        assert "partners in practice" in " ".join(r.passage.text.split()).lower()
        assert r.matches and r.passage.text[r.matches[0][0]:r.matches[0][1]].lower() == "partners in practice"


def test_phrase_only_query_returns_every_passage_with_it_in_document_order(service):
    results = service.search(Query('"Signs of Safety"', 100)).results
    keys = [(r.passage.source, r.passage.position) for r in results]
    assert keys == sorted(keys)
    with service.connect() as conn:
        expected = sum(1 for (text,) in conn.execute("SELECT text FROM passages")
                       if "signs of safety" in " ".join(text.split()).lower())
    assert len(results) == expected >= 5


def test_unbalanced_quote_is_a_literal_character(service):
    results = service.search(Query('"Bite Size Briefing', 3)).results
    assert results[0].passage.source.startswith("003")


def test_resolutions_of_three_papers_come_back_for_kind_resolution(service):
    results = service.search(Query("resolved that the committee", 20, Filters(kind="resolution"))).results
    assert {r.passage.source[:3] for r in results} >= {"000", "002", "003"}
    assert all(r.passage.kind == "resolution" for r in results)


def test_date_filter_keeps_only_dated_papers_in_range(service):
    results = service.search(Query("aspirations", 10, Filters(after="2016-01-01", before="2016-12-31"))).results
    assert results and {r.passage.source for r in results} == {"001_856250775f4e83f5.txt"}


@pytest.mark.parametrize("filters, words", [
    (Filters(kind="memo"), "resolution, recommendation"),
    (Filters(after="31/12/2016"), "2017-01-31"),
    (Filters(after="2018-01-01", before="2017-01-01"), "later than"),
])
def test_bad_filters_name_the_valid_values(service, filters, words):
    with pytest.raises(BadQuery, match=words):
        service.search(Query("funding", 5, filters))


def test_more_like_this_comes_from_other_items(service):
    resolution = service.search(Query("supports the 10 aspirations", 1, Filters(kind="resolution"))).results[0]
    similar = service.similar(resolution.passage.id, 5)
    assert similar
    own = (resolution.passage.source, resolution.passage.item_title)
    assert all((r.passage.source, r.passage.item_title) != own for r in similar)


def test_cli_filters_and_bad_kind(seeds_data, tmp_path):
    ok = run_cli("search", "report be received", "--kind", "resolution", "--json", data=seeds_data)
    assert ok.returncode == 0, ok.stderr
    body = json.loads(ok.stdout)
    assert body["results"] and all(r["kind"] == "resolution" for r in body["results"])
    bad = run_cli("search", "funding", "--kind", "memo", data=seeds_data)
    assert bad.returncode == 2 and "valid kinds are" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1


def test_api_filters_and_similar(client):
    body = client.get("/api/search", params={"q": "noted", "kind": "resolution", "k": 10}).json()
    assert body["results"] and all(r["kind"] == "resolution" for r in body["results"])
    posted = client.post("/api/search", json={"q": "aspirations", "after": "2016-01-01", "before": "2016-12-31"}).json()
    assert {r["citation"]["source"] for r in posted["results"]} == {"001_856250775f4e83f5.txt"}
    similar = client.get(f"/api/passages/{body['results'][0]['passage_id']}/similar", params={"k": 3})
    assert similar.status_code == 200 and similar.json()
    assert client.get("/api/passages/999999/similar").status_code == 404
