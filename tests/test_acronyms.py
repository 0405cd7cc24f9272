"""A councillor asks in an acronym the papers spell out, or never use: the search reads the papers' own names to
spell it out, and finds what the papers say about it."""

from __future__ import annotations

from qa import acronyms
from qa.formats import read_path
from qa.records import Query

PAPERS = ["The Local Cycling and Walking Infrastructure Plan was endorsed for consultation.",
          "Levelling Up Fund Bid", "Levelling Up Fund Bid", "Lower Uptake Figures",
          "Shared Prosperity Fund Update"]


def spelled(question: str, words: set[str]) -> str:
    return acronyms.expand(question, lambda keys: acronyms.names_spelling(keys, PAPERS), lambda word: word in words)


def test_an_acronym_no_paper_uses_is_followed_by_the_name_its_letters_spell():
    assert spelled("when will the LCWIP be adopted", set()) == (
        "when will the LCWIP (Local Cycling Walking Infrastructure Plan) be adopted")


def test_the_commonest_name_is_chosen_and_a_known_leading_word_may_come_first():
    assert spelled("LUF bid", set()) == "LUF (Levelling Up Fund) bid"  # twice, against "Lower Uptake Figures" once
    assert spelled("the UKSPF money", {"uk"}) == "the UKSPF (UK Shared Prosperity Fund) money"
    assert spelled("the UKSPF money", set()) == "the UKSPF money"  # "UK" is no word of the papers


def test_an_acronym_the_papers_use_or_no_name_spells_is_left_alone():
    assert spelled("how much PiP funding", {"pip"}) == "how much PiP funding"
    assert spelled("the XQZ report", set()) == "the XQZ report"
    assert spelled("the Cabinet report", set()) == "the Cabinet report"


def test_a_question_in_an_acronym_finds_the_paper_that_spells_it_out(fresh_service, tmp_path):
    paper = tmp_path / "cabinet-minutes.txt"
    paper.write_text("Minutes of the Cabinet held on 9 May 2023\n\n"
                     "1. Local Cycling and Walking Infrastructure Plan\n\n"
                     "The Cabinet endorsed the draft plan for public consultation over the summer. Adoption is "
                     "expected in January 2024 once the responses have been considered.\n\n"
                     "2. Local Plan Review\n\nThe Cabinet agreed the timetable for the review of the Local Plan, to be "
                     "adopted in 2025.\n\n"
                     "3. Highways Maintenance\n\nThe programme of road resurfacing for the year was approved.\n")
    fresh_service.add([read_path(paper)])
    for question in ("when will the LCWIP be adopted", "LCWIP"):  # (before: the Local Plan's review; nothing at all)
        first = fresh_service.search(Query(question, 3)).results[0]
        assert (first.passage.source, first.passage.item_title) == ("cabinet-minutes.txt",
                                                                    "Local Cycling and Walking Infrastructure Plan")
        assert "January 2024" in first.passage.text
