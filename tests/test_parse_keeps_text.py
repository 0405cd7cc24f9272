"""Nothing a paper says is lost on the way to its passages: a councillor who searches for a sentence of the minutes
finds it, and an officer who reads an item sees all of its text. Headings go to the citation, page furniture and the
meeting's fields to their own places; every other word of the paper is in one of its passages."""

from __future__ import annotations

from qa.chunk import chunk_document
from qa.parse import parse_text


def passages_say(text: str) -> str:
    """All the paper's passages, one space between words."""
    passages = chunk_document(parse_text("paper.txt", text))
    return " ".join(" ".join(passage.text.split()) for passage in passages)


def test_a_vote_recorded_alike_under_every_motion_is_kept_each_time():
    """US minutes record each vote the same way ("Ayes: Directors Ruiz, Lee and Kapoor" / "Noes: None") under every
    motion. Repeated three times or more, the lines looked like a printed page's running header and were dropped as
    furniture, so the record of how each motion passed was lost."""
    votes = "Ayes: Directors Ruiz, Lee and Kapoor\nNoes: None\nAbstain: None\nAbsent: Director Moss\nThe motion carried.\n"
    text = ("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS\nMarch 2, 2021\n\n"
            "1. APPROVAL OF AGENDA\nA motion was made by Director Lee, seconded by Director Ruiz, to approve the agenda.\n"
            f"{votes}\n2. APPROVAL OF MINUTES\nA motion was made by Director Kapoor to approve the minutes of February 2.\n"
            f"{votes}\n3. WELL REHABILITATION CONTRACT\nA motion was made by Director Ruiz to award the contract to Delta.\n"
            f"{votes}")
    said = passages_say(text)
    for line in votes.splitlines():
        assert said.count(line) == 3, line


def test_an_agenda_item_whose_heading_line_goes_on_to_say_what_it_is():
    """A water district's agenda runs each item's note onto its heading's line ("- FINANCE REPORT: The Treasurer will
    present ..."), and a committee system's item puts its description between the title and "Minutes:". The title is
    the item's; the words after it were in no passage, so a question about them found nothing."""
    text = ("BOARD OF DIRECTORS MEETING April 12, 2022\n"
            "- CALL TO ORDER\n"
            "- PUBLIC COMMENT (Each speaker may address the board for up to three minutes.)\n"
            "- FINANCE REPORT: The Treasurer will present the quarterly statement of cash and investments.\n"
            "Recommended Action: Receive and file.\n"
            "- PIPELINE REPLACEMENT: Staff will describe the bids received for the Elm Street main.\n"
            "Recommended Action: Award the contract.\n")
    said = passages_say(text)
    assert "The Treasurer will present the quarterly statement of cash and investments." in said
    assert "Each speaker may address the board for up to three minutes." in said
    assert "Staff will describe the bids received for the Elm Street main." in said
    page = ("Agenda and minutes\n\nItems\nNo. Item\n\n"
            "Welcome and Evacuation Procedure In the event of an alarm leave by the nearest exit and gather in the car "
            "park. Minutes: The Chair welcomed everyone.\n\n"
            "Declarations of Interest To receive any declarations of interest. Minutes: None were declared.\n\n"
            "Library Opening Hours Report of the Director of Communities. Minutes: The Committee agreed the new hours.\n")
    said = passages_say(page)
    assert "gather in the car park." in said
    assert "To receive any declarations of interest." in said
    assert "Report of the Director of Communities." in said


def test_a_decisions_table_keeps_each_decision_in_its_row():
    """A decision notice set as a table, one row a decision: reference, title, what was resolved, why. The row's first
    cells are the item; the resolution after them was in no passage."""
    text = ("Decisions of the Executive, 4 March 2025\n\n"
            "| Ref | Item | Decision | Reason |\n|---|---|---|---|\n"
            "| EX/25/11 | Leisure Centre Roof | RESOLVED that the roof be replaced at a cost of £410,000. | The roof leaks. |\n"
            "| EX/25/12 | Parking Charges | RESOLVED that charges stay as they are for 2025/26. | To support the town centre. |\n"
            "| EX/25/13 | Grounds Maintenance | RESOLVED that the contract be extended by one year. | To align contract dates. |\n")
    said = passages_say(text)
    for resolution in ("RESOLVED that the roof be replaced at a cost of £410,000.", "RESOLVED that charges stay as they are",
                       "RESOLVED that the contract be extended by one year."):
        assert resolution in said


def test_a_decision_record_that_opens_with_what_the_panel_considered():
    """A planning panel's record of one application opens with two sentences (the report before the panel, what the
    panel did with it), then the development's description, which the paper is titled by. The sentences above the
    title were taken for the report's heading and dropped with it."""
    text = ("Report of the Head of Planning recommending that conditional approval be granted for the proposed "
            "development at the above address.\n\n"
            "The Panel considered the report of the Head of Planning and heard from the applicant's agent and one "
            "objector before it voted.\n\n"
            "Conversion of the former Mill Lane garage into four flats with cycle and bin storage\n\n"
            "The application came to the Panel because the applicant is a councillor. Five letters of objection were "
            "received.\n\n"
            "RESOLVED that conditional planning permission be granted.\n")
    said = passages_say(text)
    assert "recommending that conditional approval be granted for the proposed development" in said
    assert "heard from the applicant's agent and one objector before it voted." in said


def test_a_voting_record_that_starts_with_a_count():
    """A committee system records how each vote went under "Voting Record": "5 For, 0 Against, 1 Abstention". It
    starts with a number, so it was read as a numbered heading with nothing under it and lost."""
    page = ("Agenda, decisions and minutes\n\nItems\nNo. Item\n\n3.\n\nMinutes\n\nDecision:\n\nRESOLVED that the minutes of "
            "the meeting held on 5 September 2024 be approved as a correct record.\n\nVoting Record\n\n"
            "5 For, 0 Against, 1 Abstention\n\nMinutes:\n\nThe minutes were proposed by Councillor Joe Harris.\n\n4.\n\n"
            "Leader's Announcements\n\nMinutes:\n\nThere were no announcements.\n")
    assert "5 For, 0 Against, 1 Abstention" in passages_say(page)


def test_a_resolution_broken_at_a_narrow_column_stays_one_sentence():
    """An issue page's decision set in a narrow column: "2.1 That the Executive's responses" / "to the recommendations of
    the Health" / "and Care" / "Scrutiny Committee report ... be agreed." The first line was taken for a numbered
    heading, so the resolution's opening words were only a section's name, in no passage's text."""
    page = ("Issue - meetings\nAir Quality Scrutiny - Executive Member's Response\nMeeting: 18/10/2018 - Executive (Item 560)\n"
            "Reason for decision – as specified in the report.\nLink to report\n2.1 That the Executive's responses\n"
            "to the recommendations of the Health\nand Care\nScrutiny Committee report into poor air\nquality be agreed.\n")
    assert "2.1 That the Executive's responses to the recommendations of the Health" in passages_say(page)


def test_a_numbered_list_under_a_pages_fields_stays_a_list():
    """Under a page's fields (venue, contact), a record lists a mayor's three options, "1. Make the decisions in private
    ...", "2. Rearrange the meeting.", "3. Defer the items ...". The short middle entry was taken for a heading over the
    third, which left the list in two passages and the second option as a section's name."""
    page = ("Agenda and minutes\n\nVenue: Meadfoot Room - Town Hall.\n\nContact: Amanda Coote\n\nTo receive apologies for "
            "absence.\n\nIt was reported that the meeting was inquorate. The Mayor has three options:\n\n"
            "1.       Make the decisions in private and publish his record of decisions.\n\n"
            "2.       Rearrange the meeting.\n\n3.       Defer the items to the next meeting on 24 July 2017.\n")
    passages = chunk_document(parse_text("page.txt", page))
    holding = [p for p in passages if "Rearrange the meeting." in p.text]
    assert holding and "Defer the items" in holding[0].text and not any("Rearrange" in " ".join(p.section) for p in passages)


def test_an_agendas_numbered_entries_under_an_item_are_its_text():
    """A town's agenda lists what each item covers, numbered afresh under it ("VI. Reports" / "1. Administrator's
    Report" / "2. Mayor's Report" / "3. Council Committee Reports"), nothing under any entry. Taken for headings, the
    entries were only section names, so "2023 Preliminary Budget Discussions" was in no passage."""
    text = ("Town Council Agenda\n\nNovember 22, 2022\n\nI. Call to Order\n\nII. Pledge of Allegiance\n\nVI. Reports\n\n"
            "1. Administrator's Report\n\n2. Mayor's Report\n\n3. Council Committee Reports\n\nVII. Unfinished Business:\n\n"
            "1. 2023 Preliminary Budget Discussions\n\nVIII. New Business\n\n1. Waterfront Parking Fees\n")
    said = passages_say(text)
    for entry in ("1. Administrator's Report", "2. Mayor's Report", "3. Council Committee Reports",
                  "1. 2023 Preliminary Budget Discussions", "1. Waterfront Parking Fees"):
        assert entry in said, entry
