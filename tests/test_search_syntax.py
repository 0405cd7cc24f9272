"""Operators, facets, results by agenda item, bold words and an honest "no match", over real papers with the
real model: the seeds and six papers from other councils' layouts."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from conftest import ROOT

from qa.errors import BadOperator
from qa.records import Filters, Query
from qa.text import query_terms, stem, tokens


@pytest.fixture(params=["embedded", "qdrant"])
def councils(request, councils):
    """Every story here, told twice: with the default index (FAISS + BM25) and with the Qdrant backend."""
    return councils if request.param == "embedded" else request.getfixturevalue("qdrant_councils")


def sources(response):
    return [r.passage.source for r in response.results]


def test_an_operator_means_what_its_filter_field_means(councils):
    typed = councils.search(Query("report be noted kind:resolution committee:Planning", 10))
    given = councils.search(Query("report be noted", 10, Filters(kind="resolution", committee="Planning")))
    assert [r.passage.id for r in typed.results] == [r.passage.id for r in given.results]
    assert typed.results and all(r.passage.kind == "resolution" and "planning" in r.passage.committee.lower()
                                 for r in typed.results)


def test_operators_and_filters_combine_with_and(councils):
    both = councils.search(Query("report be noted kind:resolution", 10, Filters(committee="Health")))
    assert both.results and all(r.passage.kind == "resolution" and r.passage.committee == "Health and Wellbeing Board"
                                for r in both.results)
    assert not councils.search(Query("report be noted kind:minutes", 10, Filters(kind="resolution"))).results


def test_dates_by_year_keep_to_that_year(councils):
    response = councils.search(Query("library consultation from:2022 to:2022", 10))
    assert response.results and all(r.passage.meeting_date.startswith("2022") for r in response.results)
    assert not councils.search(Query("library consultation to:2015", 10)).results


def test_paper_operator_keeps_to_one_paper_and_an_unknown_one_is_named(councils):
    response = councils.search(Query("apologies paper:planning_minutes_2019-03-12.txt", 5))
    assert set(sources(response)) == {"planning_minutes_2019-03-12.txt"}
    with pytest.raises(BadOperator, match="did you mean planning_minutes_2019-03-12.txt"):
        councils.search(Query("apologies paper:planning_minutes_2019.txt"))


def test_excluded_words_and_phrases_leave_their_passages_out(councils):
    found = councils.search(Query("library service opening hours", 20))
    assert any("mobile library" in r.passage.text.lower() for r in found.results)
    without = councils.search(Query('library service opening hours -"mobile library" -consultation', 20))
    assert without.results
    for r in without.results:
        assert "mobile library" not in r.passage.text.lower()
        assert "consult" not in {stem(t) for t in tokens(r.passage.text)}  # "consultation" in any form


def test_operators_alone_list_every_passage_they_select(councils):
    response = councils.search(Query("kind:resolution committee:Planning", 20))
    assert response.results and all(r.passage.kind == "resolution" for r in response.results)
    assert response.facets.matched == len(response.results)


@pytest.mark.parametrize("text", ['"foo" OR bar*', "NEAR(", 'tree "preservation', "tree AND (oak", "^*:-\"", "col:"])
def test_search_engine_syntax_never_breaks_a_search(councils, text):
    councils.search(Query(text, 5))  # no exception: FTS5 never sees what was typed


def test_facets_count_what_matched_and_narrow_to_it(councils):
    response = councils.search(Query("resolved that the report be noted", 10))
    facets = response.facets
    assert facets.matched >= len(response.results)
    assert sum(c.count for c in facets.kind) == facets.matched
    assert {"Planning Committee", "Health and Wellbeing Board"} <= {c.value.title() if c.value.isupper() else c.value
                                                                  for c in facets.committee}
    assert [c.value for c in facets.year] == sorted((c.value for c in facets.year), reverse=True)
    top = facets.committee[0]
    narrowed = councils.search(Query("resolved that the report be noted", 10, Filters(committee=top.value)))
    assert narrowed.results and all(top.value.lower() in r.passage.committee.lower() for r in narrowed.results)


def test_results_grouped_by_agenda_item(councils):
    response = councils.search(Query("tree preservation order", 4, group="item"))
    assert response.results == [] and len(response.items) == 4
    seen = set()
    for rank, item in enumerate(response.items, 1):
        assert item.rank == rank and 1 <= len(item.passages) <= 3
        keys = {(r.passage.source, r.passage.item_index) for r in item.passages}
        assert len(keys) == 1 and not keys & seen  # one item per entry, each item once
        seen |= keys
        assert item.score == item.passages[0].score == max(r.score for r in item.passages)
        assert all(r.answer != (0, len(r.passage.text)) or len(r.passage.sentences()) <= 1 for r in item.passages)
    assert [i.score for i in response.items] == sorted((i.score for i in response.items), reverse=True)
    assert response.items[0].first.item_title.lower().startswith(("tree", "49"))


def test_matched_words_are_marked_by_stem(councils):
    response = councils.search(Query("libraries visited less", 3))
    wanted = set(query_terms("libraries visited less"))
    first = response.results[0]
    marked = [first.passage.text[s:e] for s, e in first.words]
    assert marked and all(stem(tokens(w)[0]) in wanted for w in marked)
    assert any(w.lower().startswith("librar") for w in marked)


def test_nonsense_and_off_topic_find_nothing_but_can_ask_for_the_closest(councils):
    for text in ["spaceship koala", "asdfgh jkl qwerty", "premier league results last weekend"]:
        response = councils.search(Query(text, 5))
        assert response.weak and not response.results and response.facets.matched == 0, text
        closest = councils.search(Query(text, 5, strict=False))
        assert closest.weak and len(closest.results) == 5


def test_a_misspelt_question_that_matches_nothing_offers_did_you_mean(councils):
    response = councils.search(Query("libary opennig hours", 5))
    assert response.suggestion == "library opening hours"


def test_every_labelled_seeds_question_still_gets_an_answer(councils):
    cases = [json.loads(line) for line in (ROOT.parent / "shared/eval/seeds_dev.jsonl").read_text().splitlines() if line.strip()] \
        if (ROOT.parent / "shared/eval/seeds_dev.jsonl").exists() else []
    cases += [json.loads(line) for line in (ROOT / "scripts/eval_own.jsonl").read_text().splitlines() if line.strip()]
    responses = councils.search_many([Query(c["query"], 5) for c in cases])
    emptied = [c["query"] for c, r in zip(cases, responses) if not r.results]
    assert emptied == []
    assert Counter(r.weak for r in responses)[True] == 0
