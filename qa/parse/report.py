"""Officer reports: telling one from minutes or an agenda, and reading its own item — the report itself —
from its front sheet: number, title, and where the heading above the title ends.
"""

from __future__ import annotations

import re

from qa.parse import vocab
from qa.parse.items import entry_fields
from qa.parse.lines import ANY_DATE, LABEL_ALONE, Kind, Line, clean_title, folded, title_like, words
from qa.parse.meta import body_date_title, committee_name, report_addressed
from qa.parse.model import Opener

_REPORT_SIGNAL = re.compile(
    r"^(?:(?:report to|report for|report of|report by|subject|subject/title|title/subject|report author|report title|title of report|application no\.?|"
    r"wards? affected|electoral divisions?(?:\(s\))? affected|key decision|responsible officers?|reason for report|"
    r"cabinet members?(?:\(s\))?|meeting name)\s*(?::|\s\|)|(?:open |exempt |public )?report (?:on behalf of|of|by|to)\b)", re.I)


def is_report(lines: list[Line]) -> bool:
    """An officer report: a report's front-sheet field near the top ("Report to:", "Report of the Director") above
    an agenda's second numbered item (its own number and title may come first) and above the second sentence of any
    record (a meeting page's minutes come before its items' fields), no "Minutes:" label anywhere, at
    most one agenda-item marker (its own), and none of a decision or issue page's own fields."""
    if any(re.fullmatch(r"minutes\s*:?", line.plain, re.I) for line in lines):
        return False
    if sum(line.kind == Kind.MARKER for line in lines) > 1 or any(line.label == "items-table" for line in lines):
        return False  # more than its own "Agenda item" marker, or a table of a meeting's items
    if entry_fields(lines)[0]:
        return False  # a planning committee's sheet of applications, a record of decisions: not one report
    if any(line.key in ("decision maker", "decision status", "decided at meeting") or line.label in ("meeting-line", "meeting-of")
           or line.kind == Kind.DECISION for line in lines):
        return False
    seen, previous, items_above, sentences_above = 0, None, 0, 0
    for line in lines:
        if line.blank:
            continue
        under_page_item = previous is not None and previous.kind == Kind.MARKER and not previous.number and not previous.title
        previous = line
        if vocab.ITEM_LIST_HEADER.match(line.core):
            return False  # a meeting page's list of items ("No. Item"): its items' fields are theirs, not a front sheet's
        if line.kind in (Kind.FURNITURE, Kind.HEADER):  # a web page's navigation comes first
            continue
        seen += 1
        if seen > 40:
            return False
        if under_page_item:
            continue  # under an item page's own "Agenda item": "Report of the Working Group ..." is the item's title
        if _REPORT_SIGNAL.match(line.plain):
            # under an agenda's second item, or after the record of others, "Wards affected:" is that item's field
            return items_above < 2 and sentences_above < 2
        if line.kind == Kind.NUMBERED and not vocab.REPORT_SECTION.match(line.title.strip(" :.")) \
                or line.kind == Kind.NUMBER and _titled(lines, line.index):  # not a page's number alone
            items_above += 1
        if line.kind == Kind.TEXT and line.plain.endswith(".") and words(line.plain) >= 8:
            sentences_above += 1
        if re.match(r"^(?:minutes\s*:?$|present\s*:)", line.plain, re.I):
            return False
        if line.kind == Kind.NUMBERED and vocab.PROCEDURAL_ITEM.match(line.title.strip(" .:")):
            return False  # "1. APOLOGIES FOR ABSENCE" before any report's field: an agenda, its reports under its items
    return False


def _titled(lines: list[Line], index: int) -> bool:
    """A number alone on its line with an item's title on the next ("1." / "Apologies"), as a meeting page prints it."""
    following = next((line for line in lines[index + 1:] if not line.blank), None)
    return following is not None and following.kind in (Kind.TEXT, Kind.HEADING) and title_like(following.core, 25) \
        and not vocab.REPORT_SECTION.match(following.core.strip(" :."))


def sections_as_items(openers: list[Opener]) -> bool:
    """Numbered headings that are a report's sections ("1. Purpose of Report", "2. Background", "3. Financial
    Implications"), not an agenda's items: most of them name a report's part."""
    top = [o for o in openers if not re.search(r"\d[.)]\d", o.number or "")] or openers  # "1.1 Purpose" sits under item 1
    named = sum(bool(vocab.REPORT_SECTION.match(o.title.strip(" :."))) for o in top)
    return len(top) >= 2 and named >= 2 and named * 2 >= len(top)


# (not a quantity: "2.5 Million Grant for Parks")
_NUMBER_FIRST = re.compile(r"^(?P<num>\d{1,3}(?:\.\d{1,3}){1,2}|\d{1,3}(?=\.))\.?\s+"
                           r"(?!(?i:million|billion|thousand|percent|per|acres?|hectares?|miles?)\b)(?P<title>[A-Z].{3,})$")


def report_head(lines: list[Line], details: dict[str, str], committee: str | None) -> tuple[str | None, str | None, int | None]:
    """An officer report's number, title, and the title's line where it has one of its own. The number is its
    "Agenda Item" marker's; the title comes from its front sheet ("Subject:", "Report title:"), from a "Report
    to:" line or a heading that runs body, date and title together (a PDF dump), or is the first title-like
    line at the top that is not a body's name, a date or a field."""
    number = next((line.number for line in lines[:80] if line.kind == Kind.MARKER and line.number), None)
    application = next((details[key] for key in vocab.APPLICATION_KEYS if details.get(key)), "")
    site = next((details[key] for key in vocab.SITE_KEYS if details.get(key)), "")
    if application and site:  # a planning application's report: "23/01422/FUL - Former Bowling Green, Chapel Road"
        return number, f"{clean_title(application)} - {clean_title(site)}", None
    for key in vocab.REPORT_TITLE_KEYS:  # (a field's value is a title even with a closing stop: "... Work Plan (Mr A).")
        if details.get(key) and title_like(details[key].rstrip("."), 40, 300):
            found, title, at = number, *_field_wrapped(lines, key, clean_title(details[key].rstrip(".")))
            # "Subject: 5.3 Draft Minutes of the April 11, 2024 ... Meeting": a school board's item page gives the item's
            # number first in its subject
            numbered = _NUMBER_FIRST.match(title) if not found else None
            return (numbered.group("num"), numbered.group("title"), at) if numbered else (found, title, at)
    for key in ("report to", "date", "date of meeting", "meeting date"):  # "DATE: 14 March 2023 <title>" (a PDF dump)
        run_on = re.search(rf"{ANY_DATE}\s*[-–,]?\s*(?P<title>[A-Z].*)$", details.get(key, ""), re.I)
        if run_on and title_like(run_on.group("title"), 40, 300):
            return number, clean_title(run_on.group("title")), None
    seen, previous = 0, ""
    for line in lines:
        if line.blank or line.kind in (Kind.FURNITURE, Kind.META, Kind.DATE, Kind.MEETING, Kind.NUMBER, Kind.MARKER):
            continue
        previous, wrapped = line.core, report_addressed(f"{previous} {line.core}") and not report_addressed(previous)
        if wrapped:
            continue  # "Report by ... to Education" / "Committee on 9 February 2023": the addressee's line, wrapped
        run_together = body_date_title(line.core)
        if run_together and title_like(run_together[2], 30, 250):
            return number, clean_title(run_together[2]), None
        seen += 1
        if line.kind == Kind.NUMBERED and seen <= 12 and line.number and title_like(line.title, 30, 250) \
                and not line.title.endswith(".") and not vocab.REPORT_SECTION.match(line.title.strip(" :.")):
            # "11.3 DRAFT WATERWAYS MANAGEMENT PLAN": a report inside an agenda, under its item's number and title
            return number or line.number.rstrip("."), clean_title(line.title), line.index
        if seen > 12 or line.kind in (Kind.LABEL, Kind.NUMBERED, Kind.BULLET):
            break
        if _REPORT_SIGNAL.match(line.plain):
            continue  # "REPORT OF THE DIRECTOR OF FINANCE": the title may come after it
        name = line.core.strip(" .:")
        if committee and folded(name) == folded(committee) or vocab.BODY_NAME_AT_END.search(name) or committee_name(name):
            continue  # a body's name, perhaps with its meeting's date ("Ordinary Council Meeting Agenda 27 June 2023")
        if title_like(name, 30, 250) and not name.endswith("."):
            return number, clean_title(name), line.index
    return number, None, None


def _field_wrapped(lines: list[Line], key: str, title: str) -> tuple[str, int | None]:
    """A title field's value in capitals, wrapped onto the next line as a PDF sets it ("SUBJECT: AWARD OF ... STORM
    DRAIN" / "IMPROVEMENT PROJECT"): the title with that line, and the line (the head ends there). The next line
    must be in capitals too, directly below, and not a label or a field of its own ("RECOMMENDATION")."""
    field = next((line for line in lines if line.kind == Kind.META and line.key == key), None)
    if field is None or not title.isupper() or len(field.core) < 50:
        return title, None
    nxt = lines[field.index + 1] if field.index + 1 < len(lines) else None
    if nxt is None or nxt.blank or nxt.kind not in (Kind.HEADING, Kind.TEXT) or not nxt.core.isupper() \
            or LABEL_ALONE.match(nxt.core) or vocab.REPORT_SECTION.match(nxt.core) or not title_like(f"{title} {nxt.core}", 40, 300):
        return title, None
    joint = ":" if field.value.rstrip().endswith(":") else ""  # "PANEL:" / "A REVIEW": the title's own colon, kept
    return f"{title}{joint} {clean_title(nxt.core)}", nxt.index


# A line that is the name of a body ("NORTHBRIDGE DISTRICT COUNCIL", "CABINET"): it ends with the body's word.
