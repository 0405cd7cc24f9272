"""A member's question says what shape of answer it wants, and the answer is on the first screen.

The ranking stages that used to re-order for these shapes are off by default (measured: none helped the
real-dev check half, qa/stages.py; their rules are tested as functions in test_ranking_stages.py), so
these stories ask that the answering passage is among the first few, not always first.

Runs over the seeds plus the fixture papers in other layouts (decision list, numbered-paragraph
planning minutes, issue page, printed health board minutes, numbered officer report).
"""

from __future__ import annotations

import pytest
from conftest import FIXTURES, SEEDS

from qa import stages
from qa.records import Filters, Query
from qa.shapes import asked_shapes


@pytest.fixture(scope="module")
def papers_service(tmp_path_factory, embedder):
    from qa.config import Settings
    from qa.ingest import read_paths
    from qa.service import SearchService

    service = SearchService(Settings(data_dir=tmp_path_factory.mktemp("papers-index")), embedder)
    service.add(read_paths([SEEDS, FIXTURES / "papers"]))
    return service


def first(service, question: str, **filters):
    return service.search(Query(question, 5, Filters(**filters))).results[0].passage


def texts(service, question: str, k: int = 3) -> str:
    return "\n".join(r.passage.text for r in service.search(Query(question, k)).results)


def test_was_it_approved_finds_the_items_resolution(papers_service):
    assert "Tree Preservation Order be confirmed" in texts(papers_service, "was the copper beech protected")
    assert "planning permission be granted" in texts(papers_service, "was planning permission granted for the houses at Mill Lane")


def test_a_filter_by_kind_is_obeyed_for_a_decision_question(papers_service):
    results = papers_service.search(Query("was the copper beech protected", 5, Filters(kind="minutes"))).results
    assert results and all(r.passage.kind == "minutes" for r in results)


def test_contact_questions_find_the_passage_with_the_number_or_address(papers_service):
    assert "01632 960418" in texts(papers_service, "telephone number of the parking services manager")
    assert "sam.whitaker@eastborough.gov.uk" in texts(papers_service, "email address of the parking services manager")


def test_apologies_are_found_when_asked_for(papers_service):
    assert "Apologies for absence were received from Councillors T Green" in texts(papers_service, "who sent apologies to the planning committee")


@pytest.mark.parametrize(
    "question, shapes",
    [
        ("how much PiP funding for 2020/21", {"money"}),
        ("how many other councils did Lincolnshire help", {"count"}),
        ("phone number of the report author", {"phone"}),
        ("what percentage of adults smoke", {"percentage"}),
        ("deadline to register to speak", {"date"}),
        ("fewer professionals in a child's life", set()),
    ],
)
def test_questions_are_read_for_the_shape_of_their_answer(question, shapes):
    assert {s.name for s in asked_shapes(question)} == shapes


def test_decision_and_committee_reading():
    assert stages.asks_for_decision("was the copper beech protected")
    assert stages.asks_for_decision("recycling centre opening hours decision")
    assert not stages.asks_for_decision("why do people in the countryside wait longer to leave hospital")
    assert stages.names_committee("apologies at the health and wellbeing board", "Health And Wellbeing Board")
    assert not stages.names_committee("apologies at the board", "Health And Wellbeing Board")


def test_the_meeting_a_question_dates_is_among_the_first(papers_service):
    """Three papers record apologies; the one of the month and year asked about is on the first screen."""
    assert "Councillors T Green" in texts(papers_service, "who sent apologies in March 2019", 5)
    assert "Councillor D Clarke" in texts(papers_service, "who sent apologies in January 2023", 5)
    assert stages.asked_meeting_period("funding for 2020/21") is None  # a budget year, not a meeting


def test_every_result_names_the_sentence_that_answers(papers_service):
    results = papers_service.search(Query("what percentage of adults smoke", 3)).results
    top = results[0]
    assert "12.1 per" in top.passage.text[top.answer[0] : top.answer[1]]
    for r in results:
        start, end = r.answer
        assert 0 <= start < end <= len(r.passage.text)


def test_full_council_questions_find_the_table_the_vote_and_the_answer_to_a_public_question(papers_service):
    assert "week beginning 11 March 2024" in texts(papers_service, "when will the street lights on Cole Lane be repaired")
    results = papers_service.search(Query("what is the Band D council tax for 2024/25", 5)).results
    assert any("£204.36" in r.passage.text and r.passage.source.startswith("full_council") for r in results)
