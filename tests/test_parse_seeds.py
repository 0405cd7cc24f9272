"""A councillor's citation must point at the right item and section of the right paper."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS

from qa.chunk import chunk_document
from qa.parse import parse_text


def passages_of(name: str):
    path = next(SEEDS.glob(f"{name}_*.txt"))
    text = path.read_text(encoding="utf-8")
    doc = parse_text(path.name, text)
    return doc, chunk_document(doc), text


def passage_containing(passages, needle: str):
    found = [p for p in passages if needle in p.text]
    assert found, f"no passage contains {needle!r}"
    return found[0]


def test_whole_meeting_page_parses_to_numbered_items_with_clean_titles():
    doc, _, _ = passages_of("004")
    numbered = [(item.number, item.title) for item in doc.items if item.number]
    assert [number for number, _ in numbered] == ["279", "280", "281", "282", "283", "284"]
    titles = dict(numbered)
    assert titles["283"] == "Update on the Children's Social Care Service Improvement Plan"
    assert titles["284"] == "Family Front Door"
    assert titles["279"] == "Apologies and Welcome"


def test_funding_figure_cites_its_item_and_minutes_section():
    _, passages, _ = passages_of("002")
    passage = passage_containing(passages, "£1,207,908")
    assert passage.item_title == "Partners in Practice Programme Update"
    assert passage.section == ("Minutes",)
    assert passage.kind == "minutes"


def test_resolution_cites_resolved_section():
    _, passages, _ = passages_of("000")
    passage = passage_containing(passages, "supports the 10 aspirations")
    assert passage.section == ("Resolved",)
    assert passage.kind == "resolution"


def test_report_subsections_nest_by_heading_family():
    doc, passages, _ = passages_of("001")
    assert passage_containing(passages, "introducing risk taking panels").section == ("Proposals", "Work-stream 1", "Aspiration 3")
    assert passage_containing(passages, "Accreditation of Practice Leaders").section == ("Proposals", "Work-stream 3", "Aspiration 9")
    why = passage_containing(passages, "The research from Research in Practice challenges")
    assert why.section == ("Proposals", "Work-stream 1", "Aspiration 3", "Why do we want to do this?")
    assert doc.committee == "Children and Young People Scrutiny Committee"
    assert doc.meeting_date == "2016-09-09"
    assert doc.title == "Partners in Practice"


def test_item_283_passages_cite_number_and_title():
    _, passages, _ = passages_of("004")
    passage = passage_containing(passages, "Trevor Doughty")
    assert (passage.item_number, passage.item_title, passage.section) == (
        "283", "Update on the Children's Social Care Service Improvement Plan", ("Minutes",))
    assert "view the full minutes text" not in passage_containing(passages, "Ofsted reported that").text


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_every_passage_is_an_exact_slice_of_its_source(name):
    _, passages, text = passages_of(name)
    assert passages
    for passage in passages:
        assert text[passage.start : passage.end] == passage.text
        assert passage.text.strip() == passage.text


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_boilerplate_is_never_a_passage(name):
    _, passages, _ = passages_of(name)
    for passage in passages:
        for junk in ("Supporting documents:", "Original Text:", "pdf icon", "Additional documents:",
                     "This page is intentionally left blank"):
            assert junk not in passage.text
        assert passage.text.strip() not in {"dot", "·", "-"}


def test_lead_in_sentence_stays_with_its_bullets():
    _, passages, _ = passages_of("000")
    passage = passage_containing(passages, "were as follows:")
    assert "Governance and accountability" in passage.text


def test_paragraph_broken_by_a_page_break_is_rejoined():
    _, passages, _ = passages_of("001")
    passage = passage_containing(passages, "relationships are the foundations for")
    assert "effective safeguarding work" in passage.text


def test_passages_are_never_cut_mid_sentence():
    for name in ["000", "001", "002", "003", "004"]:
        _, passages, _ = passages_of(name)
        for passage in passages:
            assert not re.match(r"^[a-z]+\b(?![.)])", passage.text), passage.text[:60]


def test_paper_in_no_known_format_becomes_paragraphs_under_its_first_line():
    text = "Notes from the allotments working group\n\nThe group met in the library.\n\nWater butts were discussed.\n"
    doc = parse_text("notes.txt", text)
    passages = chunk_document(doc)
    assert [item.title for item in doc.items] == ["Notes from the allotments working group"]
    assert "Water butts were discussed." in " ".join(p.text for p in passages)


def test_numbered_paragraph_minutes_split_into_items_and_resolutions():
    text = (
        "PLANNING COMMITTEE\n\nMinutes of the meeting held on 12 March 2019\n\n"
        "45. APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr Smith.\n\n"
        "46. LAND AT MILL LANE (19/00123/FUL)\n\n46.1 The Committee considered an application for 12 dwellings.\n\n"
        "46.2 RESOLVED that planning permission be granted subject to conditions.\n\n"
        "47. ANY OTHER BUSINESS\n\nNone.\n"
    )
    doc = parse_text("planning.txt", text)
    passages = chunk_document(doc)
    assert [(i.number, i.title) for i in doc.items if i.number] == [
        ("45", "APOLOGIES FOR ABSENCE"), ("46", "LAND AT MILL LANE (19/00123/FUL)"), ("47", "ANY OTHER BUSINESS")]
    resolution = passage_containing(passages, "planning permission be granted")
    assert resolution.kind == "resolution" and resolution.item_number == "46"
    assert doc.meeting_date == "2019-03-12"


def test_printed_minutes_with_minute_references_and_page_footers():
    """Printed minutes (PDF text): items headed "HWB/23/4 TITLE", a running footer between pages,
    hard-wrapped lines, and "RESOLVED -" decisions."""
    from conftest import FIXTURES

    from qa.chunk import chunk_document
    from qa.parse import parse_text

    path = FIXTURES / "papers" / "printed_minutes_health_board_2023-01-19.txt"
    doc = parse_text(path.name, path.read_text(encoding="utf-8"))
    numbered = [(i.number, i.title) for i in doc.items if i.number]
    assert numbered[:2] == [("HWB/23/1", "APOLOGIES"), ("HWB/23/2", "DECLARATIONS OF INTEREST")]
    assert ("HWB/23/4", "WINTER PRESSURES ON HOSPITAL DISCHARGE") in numbered
    passages = chunk_document(doc, 700)
    footer = "Health and Wellbeing Board - 19 January 2023"
    assert not any(" ".join(p.text.split()).startswith(footer) for p in passages)
    # "The Director\nagreed to report back" runs across the page break: discussion, not a decision
    agreed = next(p for p in passages if "agreed to report back" in p.text)
    assert agreed.kind == "minutes" and agreed.item_number == "HWB/23/4"
    second = next(p for p in passages if "rural mileage supplement for home care" in p.text)
    assert second.kind == "resolution" and "meeting on the costs" in second.text


def test_a_running_header_repeated_on_every_page_is_not_a_passage():
    from qa.chunk import chunk_document
    from qa.parse import parse_text

    header = "Westshire County Council - Cabinet - 2 March 2023"
    pages = [
        "CAB/23/10 LIBRARY OPENING HOURS\n\nThe Cabinet considered the consultation on library opening hours.",
        "RESOLVED - That the revised opening hours be approved.\n\nCAB/23/11 SCHOOL TRANSPORT\n\nMembers discussed the cost of school transport.",
        "RESOLVED - That the school transport policy be referred to scrutiny.",
    ]
    text = "WESTSHIRE COUNTY COUNCIL\n\nCABINET\n\n" + "".join(f"{header}\n\n{page}\n\n" for page in pages)
    doc = parse_text("cabinet.txt", text)
    assert [i.number for i in doc.items if i.number] == ["CAB/23/10", "CAB/23/11"]
    passages = chunk_document(doc, 700)
    assert not any(p.text.strip().startswith(header) for p in passages)
    assert [p.kind for p in passages if "RESOLVED" in p.text] == ["resolution", "resolution"]


def test_full_council_page_takes_its_meeting_from_the_heading_and_keeps_table_cells_apart():
    """A saved ModernGov "Agenda and minutes" page of a full council meeting: the heading "Council -
    Thursday, 22nd February, 2024 7.00 pm" names the meeting; a council tax table keeps its cells
    apart and each row is a sentence of its own (what the answer sentence and sentence vectors use)."""
    from conftest import FIXTURES

    from qa.formats import read_path
    from qa.ingest import prepare

    doc, passages = prepare(read_path(FIXTURES / "papers" / "full_council_minutes_2024-02-22.html"), 700)
    assert (doc.title, doc.committee, doc.meeting_date) == ("Council - Thursday, 22nd February, 2024 7.00 pm", "Council", "2024-02-22")
    assert [i.number for i in doc.items if i.number] == ["71", "72", "73", "74", "75", "76"]
    table = passage_containing(passages, "Eastmoor District Council | £198.45 | £204.36 | 2.98%")
    assert table.item_number == "74" and "Eastmoor District Council | £198.45 | £204.36 | 2.98%" in table.sentences()
    budget = passage_containing(passages, "revenue budget for 2024/25 of £18.62 million be approved")
    assert budget.kind == "resolution"


def test_markdown_table_rows_are_sentences_of_their_own():
    from qa.text import display_sentences

    text = "3.1 The fees proposed are:\n\n| Service | 2023/24 | 2024/25 |\n|---|---|---|\n| Garden waste bin | £45 | £50 |\n\n3.2 Concessions continue."
    sentences = display_sentences(text)
    assert "| Garden waste bin | £45 | £50 |" in sentences and sentences[-1] == "3.2 Concessions continue."


@pytest.mark.parametrize("line, ends", [
    ("the report was noted.", True), ("Is this the end?", True), ("“the minutes be signed”.", True), ("in 2015.", True),
    ("seconded by Cllr.", False), ("Mr J.", False), ("see para.", False), ("as follows:", False), ("(Copy circulated)", False),
])
def test_a_line_ends_a_sentence_at_a_stop_but_not_at_an_abbreviation(line, ends):
    """Hard-wrapped lines are never joined after a sentence's stop; 'Cllr.' at a line's end is not one."""
    from qa.text import ends_sentence

    assert ends_sentence(line) is ends
