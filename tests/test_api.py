"""Scripts talk JSON to the API; bad input gets a 4xx with a message, never a 500.

These run the app in-process (FastAPI's TestClient); tests/test_add_papers.py keeps a real server for
the story of a CLI `add` beside a running service, and the browser and fuzz tests use one too."""

from __future__ import annotations

import pytest
from conftest import ADMIN


def test_health_reports_the_loaded_index(client):
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["passages"] > 50 and health["model"]


def test_get_search_returns_cited_passages(client):
    body = client.get("/api/search", params={"q": "how much PiP funding for 2020/21", "k": 3}).json()
    first = body["results"][0]
    assert "£1,207,908" in first["text"]
    assert "£1,207,908" in first["answer"]["text"]
    assert first["text"][first["answer"]["start"] : first["answer"]["end"]] == first["answer"]["text"]
    citation = first["citation"]
    assert citation["source"] == "002_0c58d18dfcc19434.txt"
    assert citation["item_title"] == "Partners in Practice Programme Update"
    assert citation["section"] == "Minutes"
    assert citation["url"] == f"/documents/002_0c58d18dfcc19434.txt#p-{first['passage_id']}"
    assert [r["rank"] for r in body["results"]] == [1, 2, 3]


def test_post_search_takes_a_json_body(client):
    body = client.post("/api/search", json={"q": "who did the DfE appoint as commissioner", "k": 1}).json()
    assert body["results"][0]["citation"]["item_number"] == "283"


def test_batch_answers_in_order(client):
    queries = ["Trevor Doughty", "Bite Size Briefing", "risk taking panels"]
    body = client.post("/api/search/batch", json={"queries": queries, "k": 2}).json()
    assert [r["query"] for r in body["responses"]] == queries
    assert body["responses"][0]["results"][0]["citation"]["source"].startswith("004")
    assert body["responses"][1]["results"][0]["citation"]["source"].startswith("003")


@pytest.mark.parametrize(
    "params, status, words",
    [
        ({}, 422, "empty"),
        ({"q": "   "}, 422, "empty"),
        ({"q": "funding", "k": 0}, 422, "between 1 and 100"),
        ({"q": "funding", "k": 101}, 422, "between 1 and 100"),
        ({"q": "x" * 1001}, 422, "1000"),
        ({"q": "funding", "kind": "memo"}, 422, "resolution"),
        ({"q": "funding", "after": "last tuesday"}, 422, "date"),
        ({"q": "funding", "after": "2020-01-01", "before": "2019-01-01"}, 422, "later"),
        ({"q": "funding", "source": "nope.txt"}, 404, "nope.txt"),
    ],
)
def test_bad_search_input_gets_a_clear_4xx(client, params, status, words):
    response = client.get("/api/search", params=params)
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_batch_over_the_limit_is_refused(client):
    response = client.post("/api/search/batch", json={"queries": ["q"] * 101})
    assert response.status_code == 422 and "100" in response.json()["detail"]


def test_unknown_or_unsafe_source_is_refused(client):
    assert client.get("/documents/nope.txt").status_code == 404
    # "/" cannot be part of a paper's name, so this path names no route at all
    unsafe = client.get("/documents/..%2Fsecrets.txt")
    assert unsafe.status_code == 404 and unsafe.json() == {"detail": "Not Found"}
    dotdot = client.get("/documents/%2E%2E")
    assert dotdot.status_code == 400 and "plain file name" in dotdot.text
    assert client.delete("/api/documents/%2E%2E", headers=ADMIN).status_code == 400


def test_source_view_anchors_every_passage(client):
    first = client.get("/api/search", params={"q": "Family Front Door thresholds", "k": 1}).json()["results"][0]
    page = client.get(first["citation"]["url"].split("#")[0])
    assert page.status_code == 200
    assert f'id="p-{first["passage_id"]}"' in page.text
    assert "Item 284: Family Front Door" in page.text


def test_page_escapes_passage_text_and_shows_states(client):
    empty = client.get("/")
    assert "Ask a question" in empty.text
    none = client.get("/", params={"q": '"zebra crossing quango"'})
    assert "No passage matches" in none.text
    bad = client.get("/", params={"q": "funding", "k": "500"})
    assert bad.status_code == 422 and "between 1 and 100" in bad.text
    script = client.get("/", params={"q": "<script>alert(1)</script>"})
    assert "<script>alert(1)</script>" not in script.text


def test_openapi_documents_every_route(client):
    schema = client.get("/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert operation.get("description"), f"{method.upper()} {path} has no docstring"


@pytest.mark.parametrize("q, words", [
    ("colour:blue funding", "unknown operator colour:"),
    ("funding from:last-year", "from: takes a date"),
    ("funding kind:memo", "kinds are resolution"),
    ("funding paper:nope.txt", "not an indexed paper"),
])
def test_a_bad_operator_is_a_400_saying_what_is_valid(client, q, words):
    response = client.get("/api/search", params={"q": q})
    assert response.status_code == 400 and words in response.json()["detail"]


@pytest.mark.parametrize("q", ['"foo" OR bar*', "NEAR(", 'neglect "strategy', "funding 2020:21 re:", "( ) - * ^"])
def test_search_engine_syntax_is_answered_not_run(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_grouped_by_item_with_facets_and_words_in_json(client):
    body = client.get("/api/search", params={"q": "neglect strategy", "k": 2, "group": "item"}).json()
    assert body["results"] == [] and len(body["items"]) == 2
    item = body["items"][0]
    assert item["source"] == "003_b60ef20dbfde3d98.txt" and item["item_title"] == "Lancashire Getting to Good Plan"
    assert 1 <= len(item["passages"]) <= 3 and item["url"] == item["passages"][0]["citation"]["url"]
    words = [item["passages"][0]["text"][w["start"] : w["end"]].lower() for w in item["passages"][0]["words"]]
    assert "neglect" in words and "strategy" in words
    facets = body["facets"]
    assert facets["matched"] == sum(f["count"] for f in facets["kind"]) > 0
    assert facets["committee"][0]["value"] == "Children and Young People Scrutiny Committee"


def test_no_match_is_empty_unless_the_closest_are_asked_for(client):
    strict = client.get("/api/search", params={"q": "spaceship koala"}).json()
    assert strict["weak"] and strict["results"] == [] and strict["facets"]["matched"] == 0
    closest = client.get("/api/search", params={"q": "spaceship koala", "strict": "false", "k": 2}).json()
    assert closest["weak"] and len(closest["results"]) == 2
    batch = client.post("/api/search/batch", json={"queries": ["spaceship koala", "neglect strategy"], "group": "item"}).json()
    assert batch["responses"][0]["items"] == [] and batch["responses"][1]["items"]


def test_the_query_syntax_is_documented_in_openapi_and_on_the_help_page(client):
    from qa.query import OPERATORS

    q = next(p for p in client.get("/openapi.json").json()["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "q")
    page = client.get("/help").text
    for op in OPERATORS:
        assert op.example in q["description"]
        assert op.example.replace('"', "&#34;") in page or op.example in page
    assert 'href="/help"' in client.get("/").text
