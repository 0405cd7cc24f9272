"""Items headed without a number: the procedural items every meeting has ("Apologies", "Declarations of
interest", "Acknowledgement of Country"); in a paper with nothing stronger, headings set apart by more space
than its paragraphs; and, in minutes that head every item that way, the bare title-like headings among them.
"""

from __future__ import annotations

import re
from collections import Counter

from qa.parse import vocab
from qa.parse.lines import (
    BULLET_START,
    DATE_ONLY,
    Kind,
    Line,
    capitals_colon,
    clean_title,
    first_prose,
    folded,
    line_above,
    run_in_body,
    title_like,
    words,
)
from qa.parse.meta import committee_name
from qa.parse.model import UNNUMBERED_HEADING, Opener, next_content, top_number
from qa.text import plain_line, stem, tokens

_KEY_VALUE = re.compile(r"^[^:]{2,40}:\s+\S")  # "PRESENT: Cr A, Cr B": a key and its value, not a heading
_NIL_AFTER_DASH = re.compile(r"\s*[-–—]\s*(?:nil|none)\.?$", re.I)


def _without_nil(core: str) -> str:
    """A heading less the record after its dash that there was nothing: "PRESENTATIONS - NIL"."""
    nil = _NIL_AFTER_DASH.search(core)
    return core[:nil.start()] if nil else core


# A heading over who attended ("PRESENT", "In attendance"): where one stands above the numbered items, the
# procedural headings there are the paper's head, not items.
_ATTENDANCE = re.compile(r"(?:members\s+)?present|(?:in\s+)?attendance|sederunt", re.I)


def unnumbered(lines: list[Line], stronger: list[Opener], report: bool) -> list[Opener]:
    """Procedural items named as every meeting names them; and, in a paper with nothing stronger, headings
    set apart by more blank lines than its paragraphs are."""
    if report:
        return []
    numbered = sorted((o for o in stronger if top_number(o.number) is not None), key=lambda o: o.line)
    # Numbered items counted from one, the first of them procedural ("1. Apologies"): a procedural heading above
    # it is the paper's head ("Present", "Apologies" as fields). Where the numbered items are reports (Infocouncil
    # minutes: "Apologies", "Conflicts of interest", then "1. Three Waters Reform"), the headings above are items.
    first_numbered = numbered[0].line if numbered else None
    attendance_above = any(_ATTENDANCE.fullmatch(line.core.rstrip(": ")) for line in lines[:first_numbered])
    # "Agenda items" over the numbered items: what stands above it is the paper's head ("Public forum  Nil")
    items_header = max((line.index for line in lines[:first_numbered] if first_numbered is not None and (
        vocab.ITEM_LIST_HEADER.match(line.core) or re.fullmatch(r"agenda\s+items", line.core, re.I))), default=None)
    # (minute numbers that run on through the year, "PC(E)/45 Apologies", start with the procedural item too)
    first_procedural = bool(numbered) and bool(vocab.PROCEDURAL_ITEM.match(numbered[0].title.strip(" .:")))
    counted_from_one = first_procedural or (bool(numbered) and top_number(numbered[0].number) == 1 and attendance_above)
    # the space between paragraphs (lines of prose, not the short headings themselves), not under a decorated heading
    # ("Finance" / "=======" / its paragraph)
    gaps = Counter(line.blanks_before for line, previous in zip(lines[1:], _previous_content(lines)[1:])
                   if line.kind in (Kind.TEXT, Kind.BULLET) and (words(line.core) >= 8 or line.core.endswith("."))
                   and not (previous is not None and (previous.decorated or re.fullmatch(r"[=\-~]{3,}", previous.plain))))
    usual_gap = gaps.most_common(1)[0][0] if gaps else 1
    paper_spaced = spaced(lines)
    prose_from = first_prose(lines)
    out: list[Opener] = []
    for line in lines:
        name = _without_nil(line.core)  # "APPLICATIONS FOR LEAVE OF ABSENCE - NIL": the item and its whole record
        procedural = bool(vocab.PROCEDURAL_ITEM.match(re.split(r"\s+/\s+", name.rstrip(":"))[0]))  # "English / Welsh"
        alone_label = line.kind == Kind.LABEL and (line.value != "inline" or name != line.core)
        if line.kind not in (Kind.HEADING, Kind.TEXT, Kind.HEADER) and not (procedural and alone_label) or not title_like(line.core, 25, 250):
            continue
        if _KEY_VALUE.match(line.core) and not vocab.LINKED_AT_END.search(line.raw) and not re.search(r"\d", line.core.split(":")[0]):
            continue  # "PRESENT: Cr A, Cr B": a key and its value (who attended), not a heading (but a title with a colon
            # that links its report is one: "Better Care Fund 2023-2025: End of Year Plan ... pdf icon PDF 118 KB", and so
            # is one whose "key" holds a number, as no field's name does: "Call ins - Item 11: Interests in land ...")
        if _WHO_ATTENDED.fullmatch(line.core.rstrip(":-– ")) and _lists_people(lines, line.index):
            continue  # "MEMBERS PRESENT:" over "• Councillor Baker,": the record of who attended, not an item
        if _names_a_person(line.core) and not procedural:
            continue  # "Mrs Anne Connolly (Chair)", "Michael Coulter (General Manager)": a person in the list of who attended
        run_in = re.match(r"^(?P<title>\S.*?)(?:\s{2,}|\t)(?P<value>\S.{0,30})$", line.raw.strip())
        if not procedural and run_in and vocab.PROCEDURAL_ITEM.match(plain_line(run_in.group("title"))):
            # "Leave of Absence  Nil": the item's name, then (past a wide gap) its short record
            out.append(Opener(line.index, None, clean_title(plain_line(run_in.group("title"))), (), None, UNNUMBERED_HEADING))
            continue
        previous = line_above(lines, line)
        list_head = previous
        if _PART_HEADER.match(line.core):
            continue  # "PART I - RECOMMENDATIONS": a part of the agenda, not an item
        if previous is not None and _PART_HEADER.match(previous.core):  # "No. Item" / "PART I - ..." / the first row
            list_head = next((lines[k] for k in range(previous.index - 1, -1, -1) if lines[k].kind != Kind.BLANK), None)
        first_listed = list_head is not None and bool(vocab.ITEM_LIST_HEADER.match(list_head.core))
        nxt = next_content(lines, line.index, 8)
        if stronger and nxt is not None and _first_table_row(line, list_head):
            out.append(Opener(line.index, None, clean_title(line.core), (), None, UNNUMBERED_HEADING))
            continue
        if nxt is None and line.core_end == line.end or nxt is not None and lines[nxt].kind == Kind.HEADING and not procedural:
            continue
        if nxt is not None and lines[nxt].kind == Kind.DATE and committee_name(line.core) == line.core.strip(" .:"):
            continue  # "COMOX VALLEY REGIONAL DISTRICT BOARD" over "Tuesday, September 20, 2022": the paper's heading
        if nxt is not None and lines[nxt].kind == Kind.MEETING and (folded(lines[nxt].title) == folded(line.core) or (
                previous is not None and previous.kind == Kind.HEADER and re.match(r"issue\s*-", previous.core, re.I))):
            continue  # an issue page's title over its dated decision ("13/02/2020 - Exclusion of Press and Public"): one item
        # a wider gap than usual sets it apart from the paper's text above it; a gap under the page's navigation does not
        set_apart = line.blanks_before > usual_gap and previous is not None and previous.kind != Kind.FURNITURE
        # (a PDF's text layer has no blank lines at all: there a heading in capitals of its own is set apart enough)
        # (below the paper's first paragraph and over one of its own: the lines of the head above are its name)
        set_apart = set_apart or (not paper_spaced and line.kind == Kind.HEADING and line.core.rstrip(".").isupper()
                                  and line.index > prose_from and nxt is not None
                                  and lines[nxt].kind in (Kind.TEXT, Kind.BULLET) and words(lines[nxt].core) >= 8)
        if procedural and (_part_of_a_numbered_item(line, stronger) or _inside_a_record(lines, line, numbered)):
            continue
        if procedural and _ATTENDANCE.fullmatch(line.core.rstrip(":-– ")) and any(o.line < line.index for o in numbered):
            continue  # "1) Welcome" / "Present:" / who came: the record of a numbered item, not an item of its own
        # (where the numbered business starts with "1. Apologies", a procedural heading above it is the head's field,
        # unless it records the meeting's opening: "Commencement of Meeting" over the welcome)
        in_head = counted_from_one and first_numbered is not None and line.index < first_numbered and not _OPENING.fullmatch(line.core)
        if procedural and not in_head and not (items_header is not None and line.index < items_header):
            out.append(Opener(line.index, None, clean_title(name), (), None, UNNUMBERED_HEADING))
        elif numbered and prose_from < line.index < numbered[0].line and line.kind == Kind.HEADING and line.core.endswith(":") \
                and nxt is not None and lines[nxt].kind == Kind.TEXT and words(lines[nxt].core) >= 8 \
                and not re.search(rf"\b(?:{vocab.ATTENDANCE_HEADING})\b|\bchair\b|\bpresiding\b", line.core, re.I):
            # a heading closed by a colon over its record, between the paper's opening and its numbered items: "SUSPEND
            # STANDING ORDERS:" / "With the agreement of the meeting ..." / "1. MINUTES OF THE ORDINARY MEETING ..."
            out.append(Opener(line.index, None, clean_title(line.core), (), None, UNNUMBERED_HEADING))
        elif not stronger and (line.kind != Kind.HEADER or _minutes_among_headings(line, out)) \
                and (not line.core.endswith(".") or _stopped_capitals(line.core)) and not _no_title(line.core) and (
                set_apart or line.core_end < line.end or line.decorated or first_listed or _over_a_list(lines, line)) \
                and not (nxt is not None and lines[nxt].core[:1].islower() and not line.core.isupper()):
            # (not a sentence that a blank line breaks: "... opened the meeting with the Pledge of Allegiance" / "at 7:00 p.m.")
            title = line.core.rstrip(".") if _stopped_capitals(line.core) else line.core  # "VOTES OF SYMPATHY."
            out.append(Opener(line.index, None, clean_title(title), (), None, UNNUMBERED_HEADING))
    out = _parts_named_above(out)
    ruled = _rows_under_rules(lines) if not stronger else []
    if len(ruled) >= 3:  # a committee system's items table flattened: each row's first line, under the row's rule, is an item
        return ruled
    run_ins = _capitals_run_ins(lines) if not stronger else []
    if len(run_ins) < 3 and not stronger:  # "Planning Commission:  Doug Graham ...", "Treasurer: reported income ..."
        titled = _title_case_run_ins(lines)
        run_ins = titled if len(titled) >= TITLE_CASE_RUN_INS else run_ins
    if not stronger:
        out = sorted(out + _headings_among_procedural(lines, out), key=lambda o: o.line)
    if len(run_ins) >= 3:  # "FLAG SALUTE – Led by ...", "PUBLIC COMMENT – 1) ...": each line an item, its text after the dash
        run_ins = sorted(run_ins + _title_case_beside_capitals(lines, run_ins), key=lambda o: o.line)
        taken = {o.line for o in run_ins}
        return sorted(run_ins + [o for o in out if o.line not in taken], key=lambda o: o.line)
    if not stronger and len(out) < 2:
        # a layout read whole, in turn, where no heading of the usual kinds was found: the first with enough items
        layouts = ((lambda: _capitals_over_prose(lines, prose_from), CAPITALS_OVER_PROSE),
                   (lambda: _bulleted_agenda(lines), BULLETED_AGENDA), (lambda: _capitals_bullets(lines), BULLETED_AGENDA),
                   (lambda: _timed_headings(lines), TIMED_HEADINGS), (lambda: _stopped_titles(lines), STOPPED_TITLES))
        for find, enough in layouts:
            found = find()
            if len(found) >= enough:
                return found
    if not stronger and (not out or len(out) == 1 and not _first_minute_of_an_excerpt(lines, out[0])):
        return []
    return out


# Three headings in capitals, each alone over its paragraphs, make a layout; one or two may be a paper's own head.
CAPITALS_OVER_PROSE = 3


def _capitals_over_prose(lines: list[Line], prose_from: int) -> list[Opener]:
    """Headings in capitals on lines of their own below the paper's first sentence, each over a paragraph of prose,
    as a county commission's minutes reprinted by a newspaper head each department's business ("ROAD AND BRIDGE
    DEPARTMENT" / "Road and Bridge Department is working on ...")."""
    out = []
    for line in lines[prose_from + 1:]:
        if line.kind != Kind.HEADING or not _in_capitals(line.core) or not title_like(line.core, 10, 100) \
                or line.core.endswith((".", ",", ";")) or _no_title(line.core) or _WHO_ATTENDED.fullmatch(line.core.rstrip(":-– ")):
            continue
        nxt = next_content(lines, line.index, 4)
        if nxt is not None and (lines[nxt].kind != Kind.TEXT or words(lines[nxt].core) < 8):
            continue
        out.append(Opener(line.index, None, clean_title(line.core.rstrip(":")), (), None, UNNUMBERED_HEADING))
    return out


# A list of three bullets or more under "AGENDA" is the agenda's items; one or two may be a note's points.
BULLETED_AGENDA = 3
_AGENDA_HEADER = re.compile(r"agenda\s*:?", re.I)
# What an agenda's bullet says after its item's name, past a dash: "Minutes of the previous meeting – To Consider a
# resolution to approve ...", "PUBLIC FORUM – Opportunity for public questions ..."
_NOTE_AFTER_DASH = re.compile(r"\s+[-–—]+\s+(?=\S+\s+\S+\s+\S)")


def _bulleted_agenda(lines: list[Line]) -> list[Opener]:
    """An agenda page whose list lost its numbers to the page's bullets: "AGENDA" / "(Click on underlined hyperlinks
    ...)" / "- Note attendance and receive apologies for absence. –" / "- Minutes of the previous meeting – To
    Consider ...". Each bullet of the list's own kind is an item, titled up to a dash before a note; a bullet of
    another kind under it ("· Public participation is limited ...") is that item's text."""
    header = next((line for line in lines if _AGENDA_HEADER.fullmatch(line.core)), None)
    if header is None:
        return []
    out: list[Opener] = []
    marker = ""
    k = next_content(lines, header.index)
    if k is not None and lines[k].core.startswith("(") and lines[k].kind != Kind.BULLET:
        k = next_content(lines, k)  # the page's note on its links
    while k is not None and lines[k].kind == Kind.BULLET:
        line = lines[k]
        first = line.raw.lstrip()[:1]
        marker = marker or first
        if first == marker:
            title = _NOTE_AFTER_DASH.split(BULLET_START.sub("", line.core).lstrip(), maxsplit=1)[0].strip(" –—-")
            if title_like(title[:1].upper() + title[1:], 25, 200, stop_words=16):  # (an agenda words its items as sentences)
                out.append(Opener(line.index, None, title, (), None, UNNUMBERED_HEADING))
        k = next_content(lines, k)
    return out


# The title of a bullet in capitals, before its note after a colon or its bracket: "- GENERAL MANAGER’S REPORT: General
# Manager will summarize ...", "- PUBLIC COMMENT (Public comments are limited to three minutes per person.)".
_BULLET_TITLE = re.compile(r"^(?P<title>[^:(]+?)\s*(?::\s|\(|$)")


def _capitals_bullets(lines: list[Line]) -> list[Opener]:
    """An agenda page whose items are bullets in capitals, with no "AGENDA" over them (a US water district's: "-
    PLEDGE OF ALLEGIANCE AND MOMENT OF SILENCE", "- ROLL CALL", "- GENERAL MANAGER’S REPORT: General Manager will
    summarize ..."): each bullet in capitals is an item, titled up to its note; a bullet in mixed case under it ("-
    Construction and Maintenance Committee") is that item's text."""
    out: list[Opener] = []
    for line in lines:
        if line.kind != Kind.BULLET:
            continue
        found = _BULLET_TITLE.match(BULLET_START.sub("", line.core).strip())
        title = found.group("title").strip() if found else ""
        if title and _in_capitals(title) and title_like(title, 16, 150) and not _names_a_person(title):
            out.append(Opener(line.index, None, title, (), None, UNNUMBERED_HEADING))
    return out


# The time each matter was taken, then its name, on a line over its record: "7:48 p.m. Preapplication Consultation-
# Greenfield Covenant Church", "8:45 p.m. Mail Received".
_TIMED_HEADING = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)\s+(?P<title>[A-Z][^.!?]{2,120})$", re.I)
# Three such lines make the layout; one may be a sentence's time.
TIMED_HEADINGS = 3


def _timed_headings(lines: list[Line]) -> list[Opener]:
    """A planning board's minutes that head each matter with the time it was taken ("7:04 p.m. Minutes" / "PRenaud
    began reading ..."): each such line over a paragraph is an item, titled by what follows the time."""
    out: list[Opener] = []
    for line in lines:
        found = _TIMED_HEADING.match(line.core) if line.kind in (Kind.TEXT, Kind.HEADING) else None
        nxt = next_content(lines, line.index, 4)
        if found and title_like(found.group("title"), 14, 130) and nxt is not None and lines[nxt].kind in (Kind.TEXT, Kind.BULLET, Kind.NUMBERED):
            out.append(Opener(line.index, None, clean_title(found.group("title")), (), None, UNNUMBERED_HEADING))
    return out


# A short heading in title case closed by a stop, alone on its line over its paragraph, as a web page keeps a bold
# heading of a Word document: "Nominations." / "Val Kennedy was nominated as Convener, ...", "Draft Minutes." / "Draft
# minutes should be ...".
_STOPPED_TITLE = re.compile(r"^(?P<title>[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|to|on|in|at|from|&|[A-Z][\w'’-]*)){0,4})\.$")
# Three make the layout; one may be a short sentence ("Agreed.") or a name.
STOPPED_TITLES = 3


def _stopped_titles(lines: list[Line]) -> list[Opener]:
    """Title-case headings closed by a stop, each alone over a paragraph of prose: an item each. Not a record's word
    ("Noted.", "Carried.") and not a person ("Cllr Jones.")."""
    out: list[Opener] = []
    for line in lines:
        found = _STOPPED_TITLE.match(line.core) if line.kind in (Kind.TEXT, Kind.HEADING) else None
        if not found or vocab.NOT_A_RUN_IN_HEADING.match(found.group("title")) or _names_a_person(found.group("title")) \
                or vocab.PERSON.match(found.group("title") + " "):
            continue
        nxt = next_content(lines, line.index, 4)
        if nxt is not None and lines[nxt].kind == Kind.TEXT and words(lines[nxt].core) >= 8:
            out.append(Opener(line.index, None, found.group("title"), (), None, UNNUMBERED_HEADING))
    return out


def _parts_named_above(found: list[Opener]) -> list[Opener]:
    """A heading that names its parts ("RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE"), then each part's own
    heading ("Apologies", "Leave of Absence"): the parts are that item's sections, not items after it."""
    kept: list[Opener] = []
    for opener in found:
        parts = {folded(part) for part in re.split(r"\s*/\s*", kept[-1].title)} if kept and "/" in kept[-1].title else set()
        if folded(opener.title) not in parts:
            kept.append(opener)
    return kept


# What is left of a table's cell borders when a page is flattened to text: "|", "| |", "---|---".
_CELL_RULE = re.compile(r"[|\s-]*\|[|\s-]*")


def _rows_under_rules(lines: list[Line]) -> list[Opener]:
    """A committee system's minutes printed as a table, one row per item (a US school board's: "Approval of Agenda" /
    "Action(s): ..." / "|" / "|" / "Consent Agenda" ...): flattened, each row starts under the rule that closed the row
    above, and its first line is the item's title."""
    out = []
    attendance = False  # "Present:" over a rule: the table under it lists who attended (names, then roles), not items
    for line in lines:
        if line.kind == Kind.FURNITURE and _CELL_RULE.fullmatch(line.raw.strip()) \
                and (head := line_above(lines, line)) is not None and _WHO_ATTENDED.fullmatch(head.core.rstrip(":-– ")):
            attendance = True
        if line.kind not in (Kind.TEXT, Kind.HEADING) or not title_like(line.core, 15, 120) or line.core.endswith((".", ":")):
            continue
        previous = line_above(lines, line)
        if previous is not None and previous.kind == Kind.FURNITURE and _CELL_RULE.fullmatch(previous.raw.strip()):
            attendance = attendance and not vocab.PROCEDURAL_ITEM.match(line.core.split(":")[0])  # until "APOLOGIES: Nil"
            if not attendance:
                out.append(Opener(line.index, None, clean_title(line.core), (), None, UNNUMBERED_HEADING))
    return out


# A heading in capitals run into its record after a dash or a colon: "STATEMENT OF MEETING PROCEDURES - Read by
# Clerk.", "AMENDMENTS TO AGENDA: There were no amendments to the agenda."; a parish's typed minutes also close it
# with a stop ("PLANNING.   Fern Cottage - an application ...") and name a site by its reference ("IVY COTTAGE FARM
# 108035/003– Conversion of ...", "CO-OPTION – Vicki Taylor ...").
_CAPITALS_RUN_IN = re.compile(r"^(?P<title>[A-Z][A-Z0-9'’&/,() -]{2,60}?[A-Z0-9)])(?:\s*[-–—]|:|\.(?=\s))\s+(?=\S)")


def _capitals_run_ins(lines: list[Line]) -> list[Opener]:
    """Lines that each run a heading in capitals into its record after a dash or a colon, as a US board's minutes
    print their items: an item each, its text from after the dash (three at least: see unnumbered). "MINUTES:" among
    them is the item approving the last minutes, not a committee system's label."""
    out = []
    for line in lines:
        minutes = line.kind == Kind.LABEL and line.raw.lstrip().startswith("MINUTES:")
        if line.kind not in (Kind.TEXT, Kind.HEADING) and not minutes:
            continue
        found = _CAPITALS_RUN_IN.match(line.raw.lstrip())
        if not found or vocab.NOT_A_RUN_IN_HEADING.match(found.group("title").strip()) or not re.search(r"[A-Z]{3}", found.group("title")):
            continue
        if re.search(r"\d\S*\s+MOTION$", found.group("title")):
            continue  # "MIN 108/05 MOTION - Moved Cr. Jefferies": a numbered motion inside an item, not an item
        if found.group().rstrip().endswith(":") and (not capitals_colon(line.raw.lstrip()) or _WHO_ATTENDED.fullmatch(found.group("title"))):
            continue  # "PRESIDING: Councillor Larry Bannon, Mayor.": who attended, a record of names, not words
        body = line.start + found.end()  # (the raw line less its indent starts where the line does)
        out.append(Opener(line.index, None, found.group("title").strip(), (), body, UNNUMBERED_HEADING))
    return out


# A heading in title case run into its report after a colon, each its own paragraph, as a US township's minutes give
# each officer's and board's report: "Planning Commission:  Doug Graham has given up his position ...".
# A Wisconsin town board's minutes close some such headings with a stop ("Call to Order. Chairperson L Updike called
# ...", "Audit/Pay Bills. The Board reviewed ...") or a dash ("Set Next Meeting Date/Adjournment – Board ..."), and name
# a matter after "re:" ("Consider/Take Action re: Operator's License for J Ellingson. Moved by ...").
_TITLE_WORD = r"[A-Z][a-z'’]+(?:/[A-Z][a-z'’]+)?"
_TITLE_CASE_RUN_IN = re.compile(rf"^(?P<title>{_TITLE_WORD}(?:\s+(?:of|and|for|the|from|to|on|&|{_TITLE_WORD})){{0,5}}"
                                rf"(?:\s+re:\s+[^.:]{{3,60}}?(?=\.\s))?)"
                                rf"(?::\s+(?=\S)|(?<=\w{{2}})\.\s+(?=[A-Z][a-z])|\s+[-–—]\s+(?=[A-Z]))")
# Title case is common in a paper's text ("Note: ...", "Update: ..."): five such paragraphs at least make a layout.
TITLE_CASE_RUN_INS = 5


def _title_case_run_ins(lines: list[Line]) -> list[Opener]:
    """Paragraphs that each run a title-case heading into its report after a colon: an item each, its text after the
    colon. Not who attended ("Present:", "Absent:"), not a motion's parts ("Moved:", "Seconded:"), not a person
    speaking ("Cllr Jones: I ...")."""
    out = []
    for line in lines:
        if line.kind != Kind.TEXT or (line.index and not lines[line.index - 1].blank):
            continue
        found = _TITLE_CASE_RUN_IN.match(line.core)
        if not found:
            continue
        title = found.group("title")
        if vocab.NOT_A_RUN_IN_HEADING.match(title) or _WHO_ATTENDED.fullmatch(title) or _names_a_person(title) \
                or vocab.PERSON.match(title + " "):
            continue
        heading = title.split(" re:")[0]
        if not found.group().rstrip().endswith(":") and (words(heading) < 2 or words(heading) > 6):
            continue  # after a stop or a dash only a heading of two words or more: "Mr. Smith said ..." is a sentence
        if DATE_ONLY.match(line.core[found.end():].rstrip(". ")):
            continue  # "Posted: October 10, 2011": the page's date, not an item
        out.append(Opener(line.index, None, title, (), run_in_body(line, title), UNNUMBERED_HEADING))
    return out


# A short heading in title case run into its paragraph after a spaced dash: "Footpaths – JA explained ...", "Letter to
# Mendip Country Practice – letter of congratulations ...".
_TITLE_CASE_DASH = re.compile(r"^(?P<title>[A-Z][a-z'’]+(?:\s+(?:[A-Z][\w'’&-]*|of|and|for|the|to|on|in|at|from|&)){0,5})\s+[-–—]\s+(?=\S)")


def _title_case_beside_capitals(lines: list[Line], capitals: list[Opener]) -> list[Opener]:
    """Where a paper runs its headings in capitals into their paragraphs after a dash ("BARNSCLOSE QUARRY – Mr Massey
    explained ..."), a paragraph that opens with a short heading in title case and the same dash ("Footpaths – JA
    explained ...") is an item of the same list, as typed minutes mix the two."""
    dashed = [o for o in capitals if o.body_start is not None and re.match(r"\s*[-–—]", lines[o.line].raw.lstrip()[len(o.title):])]
    if len(dashed) * 2 < len(capitals):
        return []
    taken = {o.line for o in capitals}
    out = []
    for line in lines:
        if line.kind != Kind.TEXT or line.index in taken or (line.index and not lines[line.index - 1].blank):
            continue
        found = _TITLE_CASE_DASH.match(line.raw.lstrip())
        if not found or _names_a_person(found.group("title")) or vocab.PERSON.match(found.group("title") + " ") \
                or vocab.NOT_A_RUN_IN_HEADING.match(found.group("title")):
            continue
        if re.search(r"\bpage\s+\d", line.core, re.I):
            continue  # "Shire of Tammin – Ordinary Council Meeting Minutes, 13 July 2005 Page 1": the page's running head
        out.append(Opener(line.index, None, found.group("title"), (), line.start + found.end(), UNNUMBERED_HEADING))
    return out


def spaced(lines: list[Line]) -> bool:
    """Whether the paper sets its own lines apart with blank lines: a blank between two lines of its own, not one
    under the site's navigation or over its footer."""
    content = [line for line in lines if not line.blank]
    return any(b.index > a.index + 1 and Kind.FURNITURE not in (a.kind, b.kind) for a, b in zip(content, content[1:]))


def _part_of_a_numbered_item(line: Line, numbered: list[Opener]) -> bool:
    """A procedural heading inside a numbered item is part of it where that item's title names it ("Apologies" under
    "04/08:01 APOLOGIES AND CHAIRMAN'S BUSINESS"), or where the minutes number it as an item of its own elsewhere
    ("ROLL CALL" inside item 1 of minutes whose item 4 is "ROLL CALL")."""
    above = max((o for o in numbered if o.line < line.index), key=lambda o: o.line, default=None)
    if above is None:
        return False
    name = folded(line.core)
    # ("Apology" under "2 Apologies and Declarations of Interest": the same word, singular; "Adoption of Agenda:"
    # under "2) Agenda:", the step of the item it names)
    heading_words, title_words = {stem(word) for word in tokens(name)}, {stem(word) for word in tokens(above.title)}
    named = heading_words <= title_words or bool(title_words) and title_words <= heading_words
    return f" {name} " in f" {folded(above.title)} " or named or any(o.number and folded(o.title) == name for o in numbered)


# A committee system's label on a line of its own over an item's record: "Minutes:", "Decision:".
_RECORD_LABEL_LINE = re.compile(r"(?:minutes|decision|resolved)\s*:?", re.I)


def _inside_a_record(lines: list[Line], line: Line, numbered: list[Opener]) -> bool:
    """A procedural heading under a numbered item's "Minutes:" label, as a committee system prints an item's record
    ("4. MINUTES" / "Minutes:" / "The minutes of ... were submitted:" / "Matters Arising:" / its points): a part of
    that record, not an item after it."""
    above = max((o for o in numbered if o.line < line.index), key=lambda o: o.line, default=None)
    return above is not None and any(other.kind == Kind.LABEL and _RECORD_LABEL_LINE.fullmatch(other.core)
                                     for other in lines[above.line + 1:line.index])


def _first_minute_of_an_excerpt(lines: list[Line], only: Opener) -> bool:
    """One heading alone, where printed minutes' head (who attended) fills most of an excerpt and it is cut off after the
    first minute ("VOTES OF SYMPATHY." over its paragraphs): a heading in capitals, set apart from the head above it
    by a wider gap than the paper's paragraphs, with three paragraphs or more under it, is the minute; so is a
    procedural item's name set as a heading (underlined, in bold) over its record."""
    line = lines[only.line]
    under = [other for other in lines[line.index + 1:] if other.kind in (Kind.TEXT, Kind.BULLET) and words(other.core) >= 8]
    above = [other for other in lines[:line.index] if other.plain]
    if len(above) >= 4 and under and line.decorated and vocab.PROCEDURAL_ITEM.match(only.title):
        return True  # "Election of Chair" / "=================" over its record: the first minute, set as a heading
    return line.core.rstrip(".").isupper() and len(above) >= 4 and len(under) >= 3


def _stopped_capitals(core: str) -> bool:
    """"VOTES OF SYMPATHY.": a heading in capitals that printed minutes close with a full stop, not a sentence."""
    return core[:-1].isupper() and words(core) <= 8


def _minutes_among_headings(line: Line, found: list[Opener]) -> bool:
    """"Minutes" is a committee system's page header at a page's top; among a town council's unnumbered headings
    ("Apologies", "Declarations", "Minutes", "Payments") it is the item that approves the last meeting's minutes."""
    return line.core.casefold() == "minutes" and len(found) >= 2


def _no_title(core: str) -> bool:
    """Set apart or in bold, yet no item's title: a year ("2018/19"), a date with its time ("Thursday, 22 February
    2018 AT 5,00pm"), a motion's outcome ("CARRIED"), or a line of accounts ("Less expenditure 1,988.26")."""
    if re.search(rf"(?:^|\s){vocab.AMOUNT}$", core):
        return True
    if not re.search(r"[A-Za-z]{3,}", core) or vocab.NOT_A_RUN_IN_HEADING.match(core.rstrip(" .:")) \
            or re.fullmatch(r"(?:unanimously\s+)?(?:carried|lost|defeated|adopted)(?:\s+unanimously)?\.?", core, re.I):
        return True
    return bool(re.match(rf"(?:{vocab.WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{vocab.MONTH_PATTERN}\b", core, re.I)
                or re.match(rf"{vocab.WEEKDAY},?\s+\d", core, re.I))


def _first_table_row(line: Line, list_head: Line | None) -> bool:
    """The first row of a committee system's items table, printed without a number ("No. Item" / "Available Papers" /
    its text / "1829." / ...): an item like the numbered rows under it."""
    return (list_head is not None and bool(re.match(r"no\.?\s*\|?\s*item\b", list_head.core, re.I))
            and line.kind != Kind.HEADER and not line.core.endswith((".", ":")))


_PART_HEADER = re.compile(r"part\s+(?:[ivx]+|\d|one|two|three|a|b)\b(?:\s*[-–:]\s*.*)?$", re.I)

# Headings over who attended or chaired.
_WHO_ATTENDED = re.compile(rf"{vocab.ATTENDANCE_HEADING}|absent|cathaoirleach|chair(?:man|person)?|in\s+the\s+chair|presiding",
                           re.I)


def _lists_people(lines: list[Line], index: int) -> bool:
    """Whether the line's next content is a list entry or names a person ("Councillor Baker,", "The Cathaoirleach ..."),
    past any footnote marks ("(1)" / "(2)") that a PDF prints in a column beside the names."""
    k = next_content(lines, index, 4)
    while k is not None and lines[k].kind == Kind.NUMBER:
        k = next_content(lines, k, 4)
    if k is not None and (_PEOPLE_GROUP.fullmatch(lines[k].core) or _ROLE_CELL.fullmatch(lines[k].core)):
        return True  # "Present:" / "Councillors:": who attended, by group (or "Director" / "J. Burnett": a table's first cell)
    return k is not None and (lines[k].kind == Kind.BULLET or _names_a_person(lines[k].core)
                              or bool(_NAME_GAP_ROLE.fullmatch(lines[k].raw.strip())))


# A person's name, a wide gap, then their post, as a list of who attended sets them: "David Farmer      Chief Executive".
_NAME_GAP_ROLE = re.compile(r"[A-Z][a-z'’-]+(?:\s[A-Z][\w'’-]+){1,2}(?: [A-Z]{2,5})?\s{3,}[A-Z].{2,80}")


# A person named with the post they hold, as a list of who attended gives them: "Michael Coulter (General Manager)".
_NAME_AND_ROLE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][A-Za-z'’-]*\.?){1,3}\s*\([A-Z][\w ,&/.-]{2,60}\)")


# Or by an initial and surname, where the post in brackets says what they are: "S Serridge (Vice-Chair)", "J. Hughes
# (Clerk)" (not "A Strategy (Draft)").
_INITIAL_AND_ROLE = re.compile(r"[A-Z]\.?\s+[A-Z][a-z'’-]+(?:[- ][A-Z][a-z'’-]+)?\s*\((?=[^)]*\b(?i:chair|clerk|mayor|officer|manager|"
                               r"director|secretary|treasurer|member|councill?or|president|leader)\b)[A-Z][\w ,&/.-]{2,60}\)")


def _names_a_person(text: str) -> bool:
    """A line of a list of who attended: a person by title ("Cllr A Hale") or by name and post."""
    return bool(vocab.PERSON.match(text) or _NAME_AND_ROLE.fullmatch(text) or _INITIAL_AND_ROLE.fullmatch(text))


# A group's name over its people in a list of who attended ("Councillors:", "Officers:").
_PEOPLE_GROUP = re.compile(r"(?:(?:voting|non-voting|co-opted)\s+)?(?:councillors|members|officers|officials|staff|others)\s*:", re.I)


# A table of who attended flattened one cell a line, each name under its role's cell: "Director" / "J. Burnett".
_ROLE_CELL = re.compile(r"(?:director|trustee|commissioner|alderman|councill?or|member|mayor|chair(?:man|person)?)", re.I)


def _previous_content(lines: list[Line]) -> list[Line | None]:
    """For each line, the last line above it that is not blank."""
    out: list[Line | None] = []
    last = None
    for line in lines:
        out.append(last)
        if not line.blank:
            last = line
    return out


def _over_a_list(lines: list[Line], line: Line) -> bool:
    """A short title over a bulleted list, set apart from the paragraph above ("Post Decision Scrutiny" / "· Identified
    that ..."): notes of a meeting head each topic so."""
    k = next_content(lines, line.index, 3)  # (a bullet's symbol: "e)" lettered under a note is a list, not points)
    return (k is not None and lines[k].kind == Kind.BULLET and re.match(r"[·•●▪◦‣∙*–-]\s", lines[k].core) is not None
            and line.blanks_before >= 1 and words(line.core) >= 2
            and not line.core.endswith((":", ",", ";")) and not _KEY_VALUE.match(line.core))


def _in_capitals(core: str) -> bool:
    """Set in capitals: every letter of the line's words a capital ("OPEN PUBLIC MEETING STATEMENT")."""
    return core.isupper() and len(re.findall(r"[A-Z]{2,}", core)) >= 1


# A motion's record opening with its number: "Res. #119-10 MOTION: Smith – Jones", "Resolution No. 2020/169".
_MOTION_RECORD = re.compile(r"(?:res(?:olution)?\.?|motion)\s*(?:no\.?\s*|#\s*)?\d", re.I)
# Who moved it, in a motion's first line: "MIN 42/09 MOTION - Moved Cr. Price 2nd Cr. Hale", "Moved by Cllr Ross".
_MOVER = re.compile(r"\bmoved\s+(?:by\b|crs?\b|cllrs?\b|councill?ors?\b)", re.I)


def _heading_like(line: Line, colon: bool = False) -> bool:
    """A short title-like line: no closing punctuation (bar a colon where the paper closes its headings so: `colon`),
    two words or more, not 'Key: value', not a person's name."""
    core = line.core[:-1] if colon and line.core.endswith(":") else line.core
    return (line.kind in (Kind.TEXT, Kind.HEADING) and title_like(core, 15, 120)
            and not core.endswith((".", ":", ";", ",", "?", "!")) and not _KEY_VALUE.match(core)
            and not _MOTION_RECORD.match(core) and not _MOVER.search(core)
            and len(re.findall(r"[A-Za-z]{2,}", line.core)) >= 2
            and not re.match(r"^(?:cr|cllr|councill?or|mayor|mr|mrs|ms|miss|dr)\.?\s", line.core, re.I)
            and not _NAME_AND_ROLE.fullmatch(line.core))


# The record of a meeting's opening, an item of its own above numbered business that starts "1. Apologies".
_OPENING = re.compile(r"(?:opening|commencement)\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting|acknowledge?ment\s+of\s+country"
                      r"|votes?\s+of\s+(?:sympathy|condolence)"
                      # a US meeting's opening steps before its numbered business: "CALL TO ORDER:", "ROLL CALL:",
                      # "INVOCATION AND PLEDGE OF ALLEGIANCE"
                      r"|(?:call\s+to\s+order|roll\s+call|invocation|pledge\s+of\s+allegiance)(?:\s+and\s+[\w ]{3,40})?:?", re.I)
# A group in the record of who attended ("Other Officers", "Officers on the dias", "Other people in attendance").
_ATTENDEES_GROUP = re.compile(r"(?:other\s+)?(?:officers|officials|members|councillors|people|staff|guests)"
                              r"(?:\s+(?:on|in|at|present|also)\b.*)?", re.I)


def _runs_on(lines: list[Line], index: int) -> bool:
    """Does the line's sentence run on to the next line, which starts with a small letter (a hard-wrapped paragraph)?"""
    k = next_content(lines, index, 1)
    return k is not None and lines[k].blanks_before == 0 and lines[k].core[:1].islower()


def _first_listed(lines: list[Line], index: int) -> bool:
    """Is this line the first row under an items list's header ("No. Item"), perhaps past a part's header?"""
    above = [line for line in lines[:index] if line.kind != Kind.BLANK]
    if above and _PART_HEADER.match(above[-1].core):
        above.pop()
    return bool(above) and bool(vocab.ITEM_LIST_HEADER.match(above[-1].core))


def _headings_among_procedural(lines: list[Line], procedural: list[Opener]) -> list[Opener]:
    """Minutes that head every item with a bare title, as the procedural ones are ("Apologies", "Declarations
    of Interest", then "Application for an Entertainments Licence - The Harbour Bar"): after the first of them,
    a short title-like line with a paragraph under it is an item too. Only where two or more procedural items
    are headed so, or where the first of them is the first row under the page's "No. Item" (a committee system's
    page whose numbers were images); a heading directly over another heading is a group's name, not an item."""
    if not procedural:
        return []
    first = min(o.line for o in procedural)
    if sum(vocab.PROCEDURAL_ITEM.match(o.title) is not None for o in procedural) < 2 and not _first_listed(lines, first):
        return []
    taken = {o.line for o in procedural}
    # minutes that set their procedural headings in capitals set every heading so: a line in small letters there is
    # a wrapped sentence ("The Pledge of Allegiance was led by members of Cub"), and one in capitals is a heading even
    # under a sentence that ends without its stop ("TABLED - October 7, Executive" / "Session" / "PUBLIC PORTION")
    # (who attended aside: "Present:" in mixed case over a table of names, then "CALL TO ORDER", "DELEGATIONS")
    business = [o for o in procedural if not _ATTENDANCE.fullmatch(o.title.rstrip(":"))] or procedural
    capitals = all(_in_capitals(_without_nil(lines[o.line].core)) for o in business)
    # and minutes that close them with a colon ("ADOPTION OF THE AGENDA:" over its resolution) close every heading so
    colons = all(lines[o.line].core.endswith(":") for o in procedural)
    out = []
    for line in lines[first + 1:]:
        if line.index in taken or not _heading_like(line, colons) or _ATTENDEES_GROUP.fullmatch(line.core):
            continue
        if capitals and not _in_capitals(line.core):
            continue
        nxt = next_content(lines, line.index, 4)
        if nxt is None or nxt in taken or lines[nxt].kind not in (Kind.TEXT, Kind.BULLET, Kind.LABEL) \
                or _heading_like(lines[nxt]) and not _runs_on(lines, nxt):
            continue
        if _runs_on(lines, line.index):
            continue  # "Commissioner Bill Moyer led" / "the Pledge of Allegiance ...": a sentence wrapped, not a heading
        previous = line_above(lines, line)
        if previous is not None and not previous.core.endswith((".", ":", ";")) and previous.index not in taken \
                and not _heading_like(previous) and previous.kind in (Kind.TEXT, Kind.BULLET) \
                and not (capitals and line.kind == Kind.HEADING):
            continue  # the line runs on from an unfinished sentence
        if line.blanks_before == 0 and previous is not None and previous.kind in (Kind.TEXT, Kind.BULLET) \
                and not (line.core.isupper() and (previous.core.endswith(".") or capitals and line.kind == Kind.HEADING)):
            continue  # inside a paragraph (a heading in capitals after a finished sentence is not)
        out.append(Opener(line.index, None, clean_title(line.core), (), None, UNNUMBERED_HEADING))
    return out
