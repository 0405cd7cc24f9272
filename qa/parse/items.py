"""The item builder: which lines open agenda items, and the blocks (paragraphs, bullets) of each item's
sections, with offsets into the source.

Items are found by the strongest evidence the paper offers, judged over the whole paper:
1. explicit openers: "Agenda item" markers, an item number alone followed by its title (ModernGov meeting
   pages), "Meeting: 07/03/2007 - Cabinet (Item 175)" lines (issue pages), decisions-list entries, the
   title under "Decision details", the rows of an items table flattened to text, and the inline items of a
   wall of text (qa/parse/walls.py);
2. numbered headings ("1. MINUTES", "HWB/23/4 WINTER PRESSURES") whose numbers run in order, where no
   explicit opener is found;
3. unnumbered headings (qa/parse/headings.py).
A later marker naming an item already opened ("Item 56." in a transcript) continues that item. Text before
the first item is the paper's opening matter (a preamble item, not an agenda item).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from qa.parse import vocab
from qa.parse.headings import spaced, unnumbered
from qa.parse.lines import (
    ANY_DATE,
    BULLET_START,
    COMPANY_AT_END,
    LABEL_ALONE,
    NIL_RECORD,
    Kind,
    Line,
    agenda_sentence,
    capitals_colon,
    clean_title,
    document_title_line,
    folded,
    line_above,
    next_in_outline,
    quoted_motion,
    run_in_body,
    run_in_heading,
    title_cased,
    title_like,
    words,
)
from qa.parse.model import NUMBERED_HEADING, STRONG, Opener, bare_number, next_content, previous_content, top_number
from qa.text import STOPWORDS

_TITLE_KINDS = (Kind.TEXT, Kind.HEADING, Kind.HEADER, Kind.NUMBERED, Kind.BULLET)


def _title_at(lines: list[Line], j: int | None, max_words: int = 40) -> tuple[str, tuple[int, ...]] | None:
    """The title starting at line j (joined with continuation lines), or None if j is not a title. After an
    item's number, a label word without its colon ("Minutes") and a date ("14TH MAY, 2018.") are titles."""
    if j is None:
        return None
    line = lines[j]
    label_word = (line.kind == Kind.LABEL and line.label.lower() not in vocab.RESOLUTION_LABELS  # "Minutes", not "Resolved (Cr A / Cr B)"
                  and re.fullmatch(rf"{re.escape(line.label)}(?:\s*\((?:if\s+any|any)\))?", line.core, re.I) is not None)  # "Declarations of Interest (if any)"
    # "41." / "MINUTES - 22 AUGUST 2019": the earlier minutes an item approves, named as a meeting's paper
    earlier_minutes = line.kind == Kind.MEETING and bool(re.fullmatch(vocab.PAPER_NAME, line.title.strip(), re.I))
    if line.kind not in (*_TITLE_KINDS, Kind.DATE) and not label_word and not earlier_minutes:
        return None
    if LABEL_ALONE.match(line.core) and line.core.endswith(":"):
        return None
    title = clean_title(lines[j].core)
    if title.endswith((";", ",")) and line.core_end < line.end:
        title = title[:-1].rstrip()  # "5TH FEBRUARY, 2018; pdf icon PDF 244 KB": a list's separator, then the link
    if not title_like(title, max_words, 400) and not quoted_motion(title):
        k = next_content(lines, j)
        if not agenda_sentence(title) or k is not None and lines[k].kind == Kind.LABEL and LABEL_ALONE.match(lines[k].core):
            return None  # (over its "Minutes:" label, the sentence is the title as _sentence_title keeps it)
        # "To approve as a correct record the minutes ... to sign them.": the whole sentence, less its stop
        found, consumed = _continued(lines, j, title, (j,))
        return found[:-1] if found.endswith(".") else found, consumed
    return _continued(lines, j, title, (j,))


def _sentence_title(lines: list[Line], j: int | None) -> tuple[str, tuple[int, ...]] | None:
    """After an item's number, an agenda's sentence is its title ("To approve as a correct record the minutes of
    the meeting held on 13 July 2022.") where the page's structure says so: the next thing is the item's
    "Minutes:" label."""
    if j is None or lines[j].kind not in (Kind.TEXT, Kind.NUMBERED) or words(lines[j].core) > 60:
        return None
    title = clean_title(lines[j].core)
    if not (title[:1].isupper() or title[:1].isdigit()):
        return None
    k = next_content(lines, j)
    after = lines[k] if k is not None else None
    if after is None or after.kind != Kind.LABEL or after.value == "inline" or not LABEL_ALONE.match(after.core):
        return None
    # (two sentences are an agenda's whole entry only where its label follows them at once: "To declare any interests
    # ... on this agenda. When declaring an interest members must state what their interest is." / "Minutes:")
    if (re.search(r"[.!?]\s+[A-Z]", title) or words(title) > 40) and lines[k].blanks_before > 2:
        return None
    return title, (j,)


def _names_a_meeting(line: Line) -> bool:
    """A line of a report's head that names its council or meeting, not its title: "VALE OF GLAMORGAN COUNCIL",
    "CABINET: 22ND SEPTEMBER, 2014", "REFERENCE FROM SCRUTINY COMMITTEE (CORPORATE RESOURCES): 23RD JULY, 2014"."""
    if line.kind == Kind.MEETING:
        return True
    return line.kind == Kind.HEADING and bool(vocab.COMMITTEE_WORD.search(line.core)) and (
        bool(vocab.BODY_NAME_AT_END.search(line.core)) and words(line.core) <= 6
        or bool(re.search(rf"{ANY_DATE}\W*$", line.core, re.I)))


# What starts an item's record, not the rest of its title: "Proposed by Councillor ...", "Moved", "Resolved".
_RECORD_START = re.compile(r"(?:proposed|seconded|moved|resolved|agreed|motion|\d)", re.I)


# A line that goes on with a small word, as a title wrapped before its last words does: "to the Toronto Police ...".
_SMALL_WORD_FIRST = re.compile(r"(?:to|of|for|and|in|on|at|by|with|the)\s")
# Who reports, under an item's title or over a group of them: "Report of the Chief Executive Officer".
_BY_LINE = re.compile(r"report\s+(?:of|by|from)\s+the\b", re.I)


def _continued(lines: list[Line], j: int, title: str, consumed_so_far: tuple[int, ...] = ()) -> tuple[str, tuple[int, ...]]:
    """A title and the lines that continue it: a bold title wrapped over lines, or "Directorate:" and its subject."""
    consumed = list(consumed_so_far) or [j]
    own = list(consumed_so_far)
    while True:  # a bold title wrapped over lines, or "Directorate:" followed by its subject
        k = next_content(lines, consumed[-1], 3)
        if k is None or lines[k].kind in (Kind.LABEL, Kind.META, Kind.NUMBER, Kind.NUMBERED, Kind.MARKER, Kind.HEADER) \
                or LABEL_ALONE.match(lines[k].core):
            break  # "**Decision**": a label or a page's header, bold or not, is not the title's next line
        nxt = lines[k]
        # A bold title wrapped over lines; a bold note in brackets under it ("(15 minutes allocated)") is not its rest.
        wrapped = (("**" in lines[consumed[-1]].raw or lines[consumed[-1]].decorated) and nxt.decorated
                   and not title.endswith((".", ":")) and not re.fullmatch(r"\(.*\)", nxt.core))
        heading = lines[consumed[0]].core
        # "Directorate:" over its subject; "Proposed by Councillor ..." under "1. MINUTES OF THE MEETING HELD ON 3RD
        # DECEMBER 2012:" is the item's record, not the rest of its title
        subject = heading.endswith(":") and title_like(nxt.core, 10, 60) and len(consumed) == 1 \
            and lines[consumed[0]].value != "run-in" and not _RECORD_START.match(nxt.core) \
            and not nxt.core.endswith((":", ".")) \
            and not vocab.PROCEDURAL_ITEM.match(title.rstrip(": "))  # "Apologies for Absence:" over who sent them
        # (a subject is a name, not "Two applications were discussed:")
        running_on = (nxt.core[:1].islower() and not BULLET_START.match(nxt.core) and len(lines[consumed[-1]].core) >= 56
                      and not title.endswith((".", ":", ";")) and len(consumed) <= 3)
        quoted = title.startswith(("“", '"')) and not re.search('[”"]', title[1:]) and len(consumed) <= 6
        # a long title in title case wrapped onto a short line in title case ("1. Joint Meeting with the Human
        # Relations Commission to Discuss City" / "Human Relation Issues")
        cased = (len(lines[consumed[-1]].core) >= 56 and nxt.kind == Kind.TEXT and nxt.blanks_before == 0 and len(consumed) <= 3
                 and title_cased(title) and title_cased(nxt.core) and words(nxt.core) <= 8 and not nxt.core.isupper()
                 and not re.search(r"[:,(]", nxt.core) and not _RECORD_START.match(nxt.core)  # (not "Director, Growth")
                 and not _BY_LINE.match(nxt.core))
        # a title in title case wrapped before its last words, the next line going on with a small word ("3" /
        # "Remuneration for the City Appointed Member" / "to the Toronto Police Service Board"), not an agenda's note
        # ("to approve the minutes ...")
        joined = (nxt.kind == Kind.TEXT and nxt.blanks_before == 0 and len(consumed) <= 2 and title_cased(title)
                  and bool(_SMALL_WORD_FIRST.match(nxt.core)) and title_cased(nxt.core) and words(nxt.core) <= 8)
        if not (wrapped or subject or running_on or quoted or cased or joined or _capitals_broken(lines, title, consumed, nxt)):
            break
        title = f"{title.rstrip(':')}: {clean_title(nxt.core)}" if subject else f"{title} {clean_title(nxt.core)}"
        consumed.append(k)
        own.append(k)
    return title.strip(), tuple(own)


def _capitals_broken(lines: list[Line], title: str, consumed: list[int], nxt: Line) -> bool:
    """A heading in capitals of a word or two broken onto the next line, as a web page's text wraps at its spans
    ("OPENING" / "MEETING", "ACKNOWLEDGEMENT" / "TO TRADITIONAL OWNERS OF LAND"), the item's text in mixed case
    straight after. Not a procedural heading over what it records ("APOLOGIES" / "NIL"), nor a heading over names
    ("DECLARATIONS" / "CR SMITH AND CR JONES")."""
    if len(consumed) != 1 or not title.isupper() or words(title) > 2 or title.endswith((".", ":")) \
            or vocab.PROCEDURAL_ITEM.match(title) or nxt.blanks_before or not nxt.core.isupper() \
            or not re.search(r"[A-Z]{3}", nxt.core) or words(nxt.core) > 10 or nxt.core.endswith(".") \
            or re.fullmatch(r"(?:NIL|NONE)\b.*", nxt.core) or vocab.PERSON.match(nxt.core):
        return False
    k = next_content(lines, nxt.index)
    return k is not None and lines[k].blanks_before == 0 and bool(re.search(r"[a-z]{2}", lines[k].core))


_ITEM_AFTER_TITLE = re.compile(rf"^(?P<title>\S.{{2,150}}?)\s*\((?:(?:agenda\s+)?item|minute|min\.)\s+(?:no\.?\s*)?(?P<num>{vocab.ITEM_REF})\)$",
                               re.I)  # "Apologies (Item 1.0)", "Review of a Personal Licence (Minute 34)"


def _title_field(lines: list[Line], header: int) -> int | None:
    """A CMIS decision's page puts its fields' values on the line under each key ("Title:" / "Grounds maintenance
    transition"): the line of the title's value, where the page has one within its first fields."""
    for line in lines[header + 1:header + 30]:
        if line.kind == Kind.META and line.key in ("title", "subject") and not line.value.strip():
            k = next_content(lines, line.index, 2)
            if k is not None and lines[k].kind in (Kind.TEXT, Kind.HEADING) and title_like(lines[k].core, 25, 250) \
                    and not lines[k].core.endswith(":"):
                return k
    return None


def _running_header(lines: list[Line], last: int, title: str) -> bool:
    """A PDF page's running header, its page number over the meeting's name and date ("2" / "Council meeting" /
    "26 March 2014") or over the paper's first line repeated: not an item, though it has a number and a title."""
    first = next((line for line in lines if line.plain), None)
    if first is not None and first.index < last and words(title) >= 4 and folded(first.core) == folded(title):
        return True  # "(2)" / the paper's first line again: the next page's header
    k = next_content(lines, last)
    return (k is not None and lines[k].kind == Kind.DATE and words(title) <= 6
            and bool(re.search(r"\b(?:meeting|minutes)$", title, re.I) or vocab.COMMITTEE_WORD.fullmatch(title.split()[-1])))


# A row of a committee system's items table flattened to text: "Apologies Minutes: Apologies were received ... |".
def _table_row_pattern(longest: int) -> re.Pattern[str]:
    return re.compile(rf"^(?P<title>(?:[^|:(]|\([^|)]*\)|:-){{3,{longest}}}?)\s+(?:(?P<label>minutes|decision|resolved|additional documents)\s*:"
                      rf"|(?P<link>(?:pdf\s+icon\s+)?{vocab.PDF_LINK})\s+(?=[A-Z]))", re.I)  # or its papers' link: "... PDF 65 KB Any ..."


_TABLE_ROW = _table_row_pattern(250)
_NUMBER_CELL = re.compile(r"^\|?\s*(?P<num>\d{1,3}[a-z]?)\.?\s*\|\s*(?=\S)")
_TABLE_CELL = _table_row_pattern(1500)  # a row's cell over several lines, its note long before its label


# Where a row's long title runs into a sentence with no agenda's note to cut at: a capitalised word that opens a clause,
# then a word in small letters ("Welcome and Fire Evacuation Procedure In the event the fire alarm sounds ..."), after
# two words of title at least.
_SENTENCE_AFTER_TITLE = re.compile(r"(?<=\S)\s+(?=(?:In|At|If|As|When|Where|Once|Following|All|Members|Councillors|Officers)\s+[a-z])")


def _cell_over_lines(lines: list[Line], line: Line) -> str:
    """A row's cell printed over several lines under an items table's head ("|" / "Exclusion of Press and Public To
    consider passing a" / ... / "... information. Minutes: ORDERED that ... |"): its lines joined, where the row
    opens on the line after a "|" alone and closes within a dozen lines; else ""."""
    if not line.index or lines[line.index - 1].plain.strip() != "|":
        return ""
    cell: list[str] = []
    for later in lines[line.index:line.index + 12]:
        if later.kind not in (Kind.TEXT, Kind.HEADING, Kind.NUMBERED):
            return ""
        cell.append(later.plain)
        if later.plain.rstrip().endswith("|"):
            return " ".join(cell) if len(cell) > 1 else ""
    return ""


def _before_note(text: str) -> list[str]:
    """The text split where an agenda's note on an item starts: the title before it, the note's sentences after."""
    return re.split(vocab.AGENDA_NOTE, text, maxsplit=1)


_BARE_MINUTES_ROW = re.compile(r"minutes\s*:\s*(?P<text>the\s+minutes\b.*)", re.I)


def _after_a_row(lines: list[Line], line: Line) -> bool:
    """Whether the line starts a row of a flattened table: the content line above it closed a row ("... |", "|||||")."""
    above = next((lines[k] for k in range(line.index - 1, -1, -1) if not lines[k].blank), None)
    return above is not None and above.plain.rstrip().endswith("|")


def _table_rows(lines: list[Line]) -> list[Opener]:
    """Under an items table's head ("No. | Item"), or in three rows or more closed by the table's "|", rows that run the
    item's title into its "Minutes:" label: each opens its item, and its text starts at the label. Only where two or more
    rows do."""
    rows: list[Opener] = []
    evident: list[tuple[Opener, bool]] = []  # rows that say so themselves, wherever they are (and whether with a note)
    # a table whose head the excerpt lost: three rows or more that close with the table's "|"
    listed = sum(1 for line in lines if line.plain.rstrip().endswith("|") and _TABLE_ROW.match(line.plain)) >= 3
    for line in lines:
        if vocab.ITEM_LIST_HEADER.match(line.core):
            listed = True
            continue
        bare = _BARE_MINUTES_ROW.match(line.plain) if listed else None
        if bare and _after_a_row(lines, line):
            # "|||||" / "Minutes: The Minutes of the meeting of ... were signed": a row whose title cell, "Minutes", ran
            # into its own label; every row here opens an item, so this one is the minutes item
            body = line.raw.find(bare.group("text"))
            rows.append(Opener(line.index, None, "Minutes", (), line.start - line.indent + body if body >= 0 else None))
            continue
        # "| 1. | Apologies Minutes: ..." / "1. | ...": the row's number in a cell of its own, before its item's cell
        numbered_cell = _NUMBER_CELL.match(line.plain) if listed else None
        plain = line.plain[numbered_cell.end():] if numbered_cell else line.plain
        if line.kind not in (Kind.TEXT, Kind.HEADING, Kind.NUMBERED) and not numbered_cell:
            continue
        if not listed:
            nxt = lines[line.index + 1].core[:9].lower() if line.index + 1 < len(lines) else ""
            if "inutes" not in line.plain and "ecision" not in line.plain and not nxt.startswith(("minutes", "decision")):
                continue  # (most lines: no record's label on or under them)
            row = _evident_row(lines, line, _TABLE_ROW.match(line.plain))
            if row:
                evident.append(row)
            continue
        found = _TABLE_ROW.match(plain)
        cell = _cell_over_lines(lines, line) if not found else ""
        found = found or (_TABLE_CELL.match(cell) if cell else None)
        if not found:
            continue
        label = found.group("label") or found.group("link")
        # "Apologies To receive any apologies for absence. Minutes: ...": the title, less the agenda's note on it, or
        # less the sentence its heading in capitals runs into ("PUBLIC QUESTION TIME Up to thirty minutes will be ...")
        numbered = line.kind == Kind.NUMBERED and not numbered_cell
        number = numbered_cell.group("num") if numbered_cell else None
        pieces = [found.group("title")] if numbered else _before_note(found.group("title"))
        if len(pieces) == 1 and not numbered and not title_like(clean_title(pieces[0]), 25, 250):
            cut = _SENTENCE_AFTER_TITLE.split(pieces[0], maxsplit=1)  # "Welcome and Fire Evacuation In the event ..."
            pieces = cut if words(cut[0]) >= 2 else pieces
        run_in = run_in_heading(pieces[0]) if len(pieces) == 1 and not numbered else None
        title = clean_title(run_in[0] if run_in else pieces[0])
        if cell:  # the row's text starts after its title, on the row's first line
            end = line.raw.find(title) + len(title) if title and title in line.raw else -1
            if end >= 0 and title_like(title, 25, 250) and (not LABEL_ALONE.match(title) or vocab.PROCEDURAL_ITEM.match(title)):
                rest = line.raw[end:]
                rows.append(Opener(line.index, None, title.rstrip("."), (), line.start - line.indent + end + len(rest) - len(rest.lstrip())))
            continue
        noted = len(pieces) > 1 or run_in is not None  # "MINUTES To confirm ...": a row's title, though a label's word
        previous = lines[line.index - 1] if line.index else None
        if previous is not None and previous.kind == Kind.TEXT and not previous.plain.endswith((".", ":")) \
                and not (rows and rows[-1].line == previous.index) and not _TABLE_ROW.match(previous.plain) \
                and len(wrapped := _before_note(previous.plain)) > 1:
            # "Adoption of Litter & Dog Bin Policy To consider the report of the Corporate" / "Director ... Additional
            # documents:": the row wrapped, its title on the line above, before the agenda's note
            title = clean_title(wrapped[0])
            if title_like(title, 25, 250):
                body = line.raw.find(label)
                rows.append(Opener(previous.index, None, title, (), line.start - line.indent + body if body >= 0 else None))
            continue
        if title_like(title, 25, 250) and (not LABEL_ALONE.match(title) or vocab.PROCEDURAL_ITEM.match(title) or noted):
            body = line.raw.find(label, line.raw.find(title[-10:]))  # where the label sits in the source
            if body >= 0 and found.group("link"):  # the text after the link
                after = line.raw[body + len(label):]
                body += len(label) + len(after) - len(after.lstrip())
            rows.append(Opener(line.index, number, title.rstrip("."), (), line.start - line.indent + body if body >= 0 else None))
    if len(rows) >= 2:
        return rows
    # a row that only runs its title into its label ("Apologies Minutes: ...") says less than one with a note: such
    # rows count where two or more rows show themselves on the page
    return [o for o, _ in evident] if len(evident) >= 2 or all(noted for _, noted in evident) else []


_RECORD_LABEL = re.compile(r"(?:minutes|decision)\s*:\s*\S", re.I)


def _evident_row(lines: list[Line], line: Line, found: re.Match[str] | None) -> tuple[Opener, bool] | None:
    """A row of a committee system's items table flattened to one line, its number lost, that shows what it is
    without the table's head: a short title, the agenda's note on the item, then the record's label, on the line
    ("Minutes of previous meeting To approve as a correct record the minutes of ... Minutes: RESOLVED that ...") or
    opening the next ("Officer Report Members of the Commission are asked to consider the report." / "Minutes: The
    Officer introduced ..."). Its text starts at the note, which says what the item is for. Returns the opener and
    whether the row had its note."""
    labelled = found is not None and bool(found.group("label")) and found.group("label").lower() != "resolved"
    if labelled:
        text = found.group("title")
    else:
        k = next_content(lines, line.index)
        if k is None or k != line.index + 1 or not _RECORD_LABEL.match(lines[k].core) or ":" in line.plain:
            return None
        text = line.plain
    note = re.search(vocab.AGENDA_NOTE, text)
    if not note and labelled and found is not None \
            and title_like(bare := clean_title(text), 10, 100) and not bare.endswith(".") and not LABEL_ALONE.match(bare):
        # no note: the title straight before its label ("MATTERS REQUIRING DECISIONS Minutes: Consideration was ..."),
        # an item only where another row shows it too (see _table_rows); its text starts at the label
        return Opener(line.index, None, bare, (), line.start - line.indent + found.start("label")), False
    title = clean_title(text[:note.start()]) if note else ""
    if not note or not title_like(title, 12, 120) or title.endswith(".") or LABEL_ALONE.match(title):
        return None
    body = line.raw.find(text[note.end():note.end() + 40])
    return Opener(line.index, None, title, (), line.start - line.indent + body if body >= 0 else None), True


def _reference_under_heading(lines: list[Line], line: Line) -> bool:
    """"72. Public Question Time" / "E.72/23": the minute's reference on its own line under the numbered heading
    whose number it holds, not an item of its own."""
    k = previous_content(lines, line.index, 5)
    number = (lines[k].number or "").rstrip(".") if k is not None and lines[k].kind == Kind.NUMBERED else ""
    return bool(number.isdigit() and line.number and line.number.rstrip(".") != number
                and re.search(rf"(?<!\d){number}(?!\d)", line.number)
                and not re.fullmatch(rf"{number}\.1", line.number))  # "8 Deputations" / "8.1": its first sub-item


def _explicit(lines: list[Line], issue_title: str) -> list[Opener]:
    openers: list[Opener] = _table_rows(lines)
    pairs: list[Opener] = []  # an item number alone, then its title: a layout only when it repeats
    # an item page's own "Agenda item" seen (or an issue's page, which is one item): later "Item 6" or "Minute 18" lines
    # in its text refer to other papers' items
    page_item = bool(issue_title)
    # a committee system's list of items ("No. Item") numbers its own items; "Minute 122 – Bath Road Improvements:"
    # in an item's record refers to an earlier meeting's minute (matters arising)
    listed = any(re.match(r"no\.?\s*(?:\|\s*)?item\b", line.core, re.I) for line in lines)
    for line in lines:
        i = line.index
        if line.kind == Kind.MARKER:
            if page_item and line.number or listed and line.number and re.match(r"min(?:ute|\.)", line.core, re.I):
                continue
            if not (line.number or line.title) and any(above.kind == Kind.NUMBERED for above in lines[:i]) \
                    and (j := next_content(lines, i)) is not None and lines[j].kind != Kind.NUMBERED:
                continue  # "Name" / "Agenda Item": a table's column heads inside an item, not a page's own header
            page_item = page_item or not (line.number or line.title)  # the page's own bare "Agenda item"
            j = next_content(lines, i)
            while not (line.number or line.title) and j is not None and _names_a_meeting(lines[j]):
                j = next_content(lines, j)  # "Agenda Item No." / "VALE COUNCIL" / "CABINET: 22ND SEPTEMBER, 2014" / the title
            if not line.title and not line.number and j is not None and lines[j].kind == Kind.NUMBERED:  # "Agenda item" / "12. Title"
                title, more = _continued(lines, j, lines[j].title, (j,))
                openers.append(Opener(i, lines[j].number.rstrip("."), title, more))
                continue
            if line.label == "run-in":  # its record starts on its own line, after the title
                openers.append(Opener(i, line.number, line.title, (), run_in_body(line)))
                continue
            found = _continued(lines, i, clean_title(line.title)) if line.title else _title_at(lines, j)
            if found and found[0]:
                openers.append(Opener(i, line.number, found[0], found[1]))
            elif line.number:
                # ("Item One:" over "ROLL CALL: Present was ...": the heading its record runs on from)
                run_in = capitals_colon(lines[j].core) if j is not None and lines[j].kind == Kind.TEXT else None
                openers.append(Opener(i, line.number, _front_sheet_title(lines, j) or (run_in[0] if run_in else f"Item {line.number}")))
        elif line.kind == Kind.NUMBER:
            if _reference_under_heading(lines, line) or re.fullmatch(r"0+\.?", line.number):
                continue  # (a table's "0" numbers nothing: "Sewer" / "0" / "Capital Fund")
            found = _title_at(lines, next_content(lines, i)) or _sentence_title(lines, next_content(lines, i))
            if found and lines[found[1][0]].kind != Kind.NUMBERED and not _running_header(lines, found[1][-1], found[0]) \
                    and not (vocab.PERSON.match(found[0]) and not re.search(r":\s+\S", found[0])):
                # "(2)" / "Mrs Anne Hale (Chair)": a footnote mark beside a member; "Councillor M. Baker: Sales Boards" is
                # a member's motion
                pairs.append(Opener(i, line.number.rstrip("."), found[0], found[1]))
        elif line.kind == Kind.MEETING and line.label == "meeting-line" and not document_title_line(lines, line):
            j = next_content(lines, i)
            meeting = (line.value, line.title)
            if j is not None and lines[j].kind == Kind.NUMBERED and (not line.number or lines[j].number == line.number):
                openers.append(Opener(i, lines[j].number, lines[j].title, (j,), meeting=meeting))
            elif issue_title:  # the page's title for it, or the same title as the page prints it under the meeting
                under = lines[j].core if j is not None else ""
                same = re.sub(r"\W", "", under.lower()) == re.sub(r"\W", "", issue_title.lower())
                openers.append(Opener(i, line.number or None, clean_title(under) if same else issue_title, (j,) if same else (),
                                      meeting=meeting))
            elif j is not None and lines[j].kind in (Kind.TEXT, Kind.HEADING) and title_like(lines[j].core, 25) \
                    and not lines[j].core.endswith("."):  # the item's title under its meeting, where the page names no issue
                openers.append(Opener(i, line.number or None, clean_title(lines[j].core), (j,), meeting=meeting))
        elif line.kind == Kind.DECISION:
            openers.append(Opener(i, None, line.title, meeting=(line.value, "")))
        elif line.kind in (Kind.HEADING, Kind.TEXT, Kind.LABEL) and (trailing := _ITEM_AFTER_TITLE.match(line.core)) \
                and title_like(trailing.group("title"), 20, 200) \
                and (line.kind != Kind.LABEL or vocab.PROCEDURAL_ITEM.match(trailing.group("title"))) \
                and next((b.kind for b in reversed(lines[:i]) if b.kind != Kind.BLANK), None) != Kind.NUMBER \
                and not any(b.kind == Kind.NUMBERED and b.number == trailing.group("num") for b in lines[i + 1:i + 4]):
            # "Ngā whakapāha/Apologies (Item 1.0)": a heading that names its agenda item after its title (not a note
            # over the item's own numbered heading: "Addendum 'In Committee' (Item 15)" / "15. Legal Opinion ...")
            openers.append(Opener(i, trailing.group("num"), clean_title(trailing.group("title"))))
        elif line.kind == Kind.HEADER and re.fullmatch(r"(?:decision|report|item|issue) details", line.core, re.I):
            j = next_content(lines, i)
            while j is not None and lines[j].kind == Kind.HEADER:
                j = next_content(lines, j)
            field = _title_field(lines, i)
            found = _title_at(lines, j) if field is None else (lines[field].core, (field,))
            if not found and j is not None and lines[j].kind == Kind.TEXT and words(lines[j].core) <= 30 \
                    and not re.search(r"[.!?]\s+[A-Z]", lines[j].core):
                # an issue named by its agenda's sentence: "To consider the extent, if any, to which the public ..."
                found = (clean_title(lines[j].core).rstrip("."), (j,))
            if found:
                openers.append(Opener(found[1][0], None, found[0], found[1]))
    pairs = _lettered_pairs(lines, pairs)
    whole = [o for o in pairs if (o.number or "").isdigit()]
    if sum(lines[o.line].core.endswith(".") for o in whole) > len(whole) / 2:  # "124." items among page numbers "3"
        pairs = [o for o in pairs if not (o.number or "").isdigit() or lines[o.line].core.endswith(".")]
    under_head = len(pairs) == 1 and (_pair_under_a_head(lines, pairs[0]) or _pair_counts_on(lines, pairs[0])
                                      or _pair_under_its_item(lines, pairs[0]))
    # (one pair whose number is a reference, "PC(E)/45" or "45/24" over its title, not a count: an item cut short)
    if len(pairs) >= 2 or under_head or any(re.search(r"[A-Z/]", o.number or "") for o in pairs):
        openers += pairs
    return _page_title_dropped(lines, sorted(openers, key=lambda o: o.line))


def _lettered_pairs(lines: list[Line], pairs: list[Opener]) -> list[Opener]:
    """A letter alone over its title ("A)" / "Open Council Meeting held 2018 November 26") under a numbered item whose
    number stood alone too ("2." / "MINUTES"): sub-item 2.A. Kept only where two numbered items or more are set so;
    elsewhere a letter alone opens a list inside an item's text."""
    numbered = [o for o in pairs if lines[o.line].label != "letter"]
    if sum((o.number or "").rstrip(".").isdigit() for o in numbered) < 2:
        return numbered
    out = []
    for pair in pairs:
        if lines[pair.line].label != "letter":
            out.append(pair)
            continue
        parent = max((o for o in numbered if o.line < pair.line), key=lambda o: o.line, default=None)
        if parent is not None and (parent.number or "").rstrip(".").isdigit() and title_like(pair.title, 15, 200):
            out.append(replace(pair, number=f"{parent.number.rstrip('.')}.{pair.number}"))
    return out


def _pair_under_a_head(lines: list[Line], pair: Opener) -> bool:
    """One number-and-title pair, a meeting page cut short after its first item: under an items table's head ("No.
    Item" / "1." / "APOLOGIES"; the first item or a procedural one), or with nothing above it but the committee system's
    headers ("Documents" / "Agenda" / "Public Items" / "3." / "Section 106 ..."; whatever its number)."""
    above = lines[:pair.line]
    if (pair.number == "1" or vocab.PROCEDURAL_ITEM.match(pair.title)) and any(
            vocab.ITEM_LIST_HEADER.match(line.core) and line.core.casefold() != "items" for line in above):  # (not a column)
        return True
    return lines[pair.line].core.endswith(".") and any(line.kind == Kind.HEADER for line in above) \
        and all(line.kind in (Kind.BLANK, Kind.FURNITURE, Kind.HEADER) for line in above)


def _pair_counts_on(lines: list[Line], pair: Opener) -> bool:
    """One number-and-title pair after items numbered on their own lines, whose count it carries on ("10  Extraordinary
    Business" / "11" / "Landowner approval ..."): Infocouncil sets a report's number in a cell of its own."""
    above = next((line for line in reversed(lines[:pair.line]) if line.kind == Kind.NUMBERED), None)
    last, this = (top_number(above.number) if above else None), top_number(pair.number)
    titled = bool(pair.consumed) and lines[pair.consumed[0]].kind in (Kind.TEXT, Kind.HEADING)  # not a page's "Decisions"
    return titled and last is not None and this is not None and this == last + 1 and "." not in (pair.number or "").strip(".")


def _pair_under_its_item(lines: list[Line], pair: Opener) -> bool:
    """One sub-item whose number stood alone, the first under its item's numbered heading ("8  Deputations" / "8.1" /
    "Rob Fisher - President ..."), as Infocouncil minutes print a deputation."""
    above = next((line for line in reversed(lines[:pair.line]) if line.kind == Kind.NUMBERED), None)
    titled = bool(pair.consumed) and lines[pair.consumed[0]].kind in (Kind.TEXT, Kind.HEADING)
    return titled and above is not None and pair.number == f"{bare_number(above.number)}.1"


def _page_title_dropped(lines: list[Line], openers: list[Opener]) -> list[Opener]:
    """A page stored with its browser title ("Agenda item - Declarations of interest"), then the site's navigation, then
    the page's own "Agenda item" over the same title: the first names the page, and only the second opens the item."""
    if len(openers) < 2:
        return openers
    first, second = openers[0], openers[1]
    between = lines[first.line + 1:second.line]
    if lines[first.line].kind == lines[second.line].kind == Kind.MARKER and first.number == second.number \
            and folded(first.title) == folded(second.title) \
            and all(line.blank or line.kind in (Kind.FURNITURE, Kind.HEADER) for line in between):
        return openers[1:]
    return openers


def _numbered(lines: list[Line], explicit: list[Opener], report: bool) -> list[Opener]:
    """Numbered headings whose numbers run in order (and fit between the explicit openers, if any)."""
    if report:
        return []
    candidates = [line for line in lines if line.kind == Kind.NUMBERED]
    listed = _listed_under_a_resolution(lines, candidates) | _payments(candidates)
    for k in listed:
        lines[k].kind = Kind.BULLET  # the resolution's parts stay in its text, as a list
    candidates = [line for line in candidates if line.index not in listed]
    if not candidates:
        return []
    least_indent = min(line.indent for line in candidates)
    shallow = [line for line in candidates if line.indent <= least_indent + 1]
    deeper = [line for line in candidates if line.indent > least_indent + 1 and line.index > shallow[-1].index]
    last_top = top_number(shallow[-1].number)
    # A list converted from HTML that indents its later items more ("  4. Order of Items" / "        5.  Schedule of
    # Applications" / "        5.1 LA01/..."): deeper items that carry on the count after the last shallow one are items
    # too; deeper numbers inside an item (its paragraphs "1.1", "1.2") are not.
    if deeper and last_top is not None and top_number(deeper[0].number) == last_top + 1 and "." not in deeper[0].number.strip("."):
        candidates = shallow + deeper
    else:
        candidates = sorted(shallow + _filling_gaps(shallow, lines, least_indent), key=lambda line: line.index)
    taken = {o.line for o in explicit} | {j for o in explicit for j in o.consumed}
    by_labels = _labelled_headings(lines, [line for line in candidates if line.index not in taken])
    if not by_labels and explicit:
        listed = _agenda_before_reports(candidates, explicit, lines)
        if listed:
            return listed
    if explicit and not by_labels and _sub_items_of(lines, explicit, candidates):
        return _in_order(lines, candidates)  # "1 Welcome" / "1.1" / "Statutory Declaration": the list and its sub-items
    if by_labels or explicit:
        woven = [] if by_labels else _counting_with_pairs(lines, explicit, candidates)
        if woven:
            return woven
        if not by_labels and _one_stray_below(explicit, candidates[0].index):
            # the run is the items, the marker joins them or is dropped as a reference
            run = _in_order(lines, candidates)
            top = [o for o in run if not re.search(r"\d[.)]\d", o.number) or re.fullmatch(r"\d+\.0", o.number)]  # "4.1" sits under item 4
            steps = [_counts_on(a.number, b.number) for a, b in zip(top, top[1:])]
            if len(top) >= 3 and sum(steps) * 2 >= len(steps) and sum(steps) >= 2:  # most steps by one or two ("4", "11")
                return run
        # a paper that marks its items explicitly numbers its paragraphs and lists in the same way, bar a heading that
        # counts on from an item's number standing alone above it ("2." / "ACKNOWLEDGEMENT" ... "3. WEBCASTING"): the
        # same list, its number and title on one line where the text layer kept them together
        return by_labels or _counting_on_from_pairs(lines, explicit, [line for line in candidates if line.index not in taken])
    if len(candidates) >= 2 and len({line.number.rstrip(".") for line in candidates}) == 1:
        if len(candidates) >= 4 and candidates[0].number.rstrip(".") == "1" and _apart(lines, candidates):
            # a web page's ordered list written out one item to a list, each "1.": its items, their numbers unknown
            return [replace(opener, number=None) for opener in _in_order(lines, candidates)]
        return []  # "1. Information relating to an individual" twice and no other number: lists, numbered afresh
    tops = [top_number(line.number) for line in candidates]
    if len(candidates) >= 3 and tops[0] is not None and all(top is not None and top < tops[0] for top in tops[1:]):
        candidates = candidates[1:]  # "159 Dalton Street" in the venue above items 1 to 10: an address, not the first item
    chosen = _in_order(lines, candidates)
    # ("1. SEDERUNT" / "2. APOLOGIES", cut short: who attended is no item, so the apologies stand alone)
    counted = [line for line in candidates if not re.fullmatch(vocab.ATTENDANCE_HEADING, line.title.rstrip(":-– "), re.I)]
    single = len(chosen) == 1 and _trusted_alone(chosen[0], len(counted), lines)
    return chosen if len(chosen) >= 2 or single else []


def _apart(lines: list[Line], candidates: list[Line]) -> bool:
    """Whether each of these numbered lines stands apart from the next, a blank line or text between them."""
    return all(after.index - line.index > 1 for line, after in zip(candidates, candidates[1:]))


def _listed_under_a_resolution(lines: list[Line], candidates: list[Line]) -> set[int]:
    """The lines of a list numbered from one straight under a resolution that introduces it with a colon ("RESOLVED –
    That ... the application be APPROVED subject to the following conditions:" / "1. Standard Time" / "2. Approved
    Plans"): the resolution's parts, not items."""
    listed: set[int] = set()
    for line in candidates:
        if line.index in listed or (line.number or "").rstrip(".") != "1":
            continue
        above = line_above(lines, line)
        if above is None or above.kind != Kind.LABEL or not above.core.endswith(":") \
                or above.label.lower() not in vocab.RESOLUTION_LABELS or words(above.core) < 6:
            continue
        expected, k = 1, line.index
        while k is not None and lines[k].kind == Kind.NUMBERED and (lines[k].number or "").rstrip(".") == str(expected):
            listed.add(k)
            expected, k = expected + 1, next_content(lines, k)
    return listed


# A payment's amount in a list of cheques: "484 – Village Hall – 16.00 [Hire of hall 4-11-19]", "... – £1,000.00".
_AMOUNT = re.compile(rf"\s[-–—]\s*{vocab.AMOUNT}(?:\s*\[[^\]]*\].*|\s*\([^)]*\).*)?$")
# Three such numbered lines or more in a row make a list of payments.
PAYMENTS_LISTED = 3


def _payments(candidates: list[Line]) -> set[int]:
    """A parish's list of the cheques it approved, each numbered by its cheque ("484 – Village Hall – 16.00", "485 –
    C. Cardwell – 271.10 [net sal oct/nov]"): three or more numbered lines in a row that each end with an amount are
    payments, text of the item that approved them, not items; the cheques' numbers count on as items' would."""
    runs: list[list[int]] = [[]]
    for line in candidates:
        if _AMOUNT.search(line.title or ""):
            runs[-1].append(line.index)
        elif runs[-1]:
            runs.append([])
    return {k for run in runs if len(run) >= PAYMENTS_LISTED for k in run}


def _sub_items_of(lines: list[Line], explicit: list[Opener], candidates: list[Line]) -> bool:
    """Are the explicit openers all sub-items whose number stood alone ("1.1" / "Statutory Declaration") or was marked
    ("Item 7.1 (25-0101) Approve ..."), each under the numbered heading of its item ("1 Welcome", "7. CONSENT
    CALENDAR"), as minutes whose items are numbered headings print their sub-items?"""
    if not all(lines[o.line].kind in (Kind.NUMBER, Kind.MARKER) and re.fullmatch(r"\d{1,2}\.\d{1,2}", o.number or "") for o in explicit):
        return False
    for opener in explicit:
        above = [line for line in candidates if line.index < opener.line]
        if not above or bare_number(above[-1].number) != opener.number.split(".")[0]:
            return False
    return len(candidates) >= 2


def _counting_on_from_pairs(lines: list[Line], explicit: list[Opener], candidates: list[Line]) -> list[Opener]:
    """Numbered headings in capitals, each one more than the item above it, where that item's number stood alone on
    its line (two or more such items above the first)."""
    pairs = [o for o in explicit if lines[o.line].kind == Kind.NUMBER and (o.number or "").isdigit()]
    found: list[Opener] = []
    for line in candidates:
        above = max((o for o in [*explicit, *found] if o.line < line.index), key=lambda o: o.line, default=None)
        in_pairs = sum(1 for o in pairs if o.line < line.index)
        if above is None or in_pairs < 2 or not (above.number or "").isdigit() or not line.title.isupper() \
                or line.number.rstrip(".") != str(int(above.number) + 1) or line.value == "run-in":
            continue
        title, consumed = _continued(lines, line.index, line.title)
        found.append(Opener(line.index, line.number.rstrip("."), title, consumed, None, NUMBERED_HEADING))
    return found


def _counting_with_pairs(lines: list[Line], explicit: list[Opener], candidates: list[Line]) -> list[Opener]:
    """Numbered headings that take their places in one count with items whose numbers stand alone over their titles, as
    a web page's list sets some of its entries ("1. Read and approve the minutes of the last meeting." / "2." /
    "Consider noting in minutes ..."): where the numbers of both, in the order they come, count on by one."""
    if not explicit or any(lines[o.line].kind != Kind.NUMBER or not (o.number or "").isdigit() for o in explicit):
        return []
    whole = [line for line in candidates if re.fullmatch(r"\d{1,3}\.?", line.number or "")]
    merged = sorted([(o.line, int(o.number)) for o in explicit] + [(line.index, int(line.number.rstrip("."))) for line in whole])
    numbers = [number for _, number in merged]
    if not whole or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    # (not where the heading counts on a list of its own above it, inside the item before: "1 Details of any employment
    # ..." / "2 Details of any payment ..." / "3 Details of any contract ..." under "2." / "Disclosures of Interest")
    taken = {line.index for line in whole}
    for (above, _), (at, _) in zip(merged, merged[1:]):
        if at in taken and any(re.match(r"\(?\d{1,3}[.)]?\s+\S", lines[k].core) for k in range(above + 1, at)):
            return []
    return _in_order(lines, whole)


def _one_stray_below(explicit: list[Opener], first: int) -> bool:
    """One explicit opener alone, below the first of a run of numbered headings or articles: a stray line ("Item 6" a
    PDF's page header, "Addendum (Item 7)" a note), not the paper's way of marking its items."""
    return len(explicit) == 1 and explicit[0].line > first


def _in_order(lines: list[Line], candidates: list[Line]) -> list[Opener]:
    """The numbered headings whose numbers run in order, less a report's sections and an item's paragraphs."""
    chosen: list[Opener] = []
    previous: int | None = None
    for line in candidates:
        number = top_number(line.number)
        if previous is not None and number is not None and number < previous:
            continue
        if previous is not None and number is not None and number > previous + 1 and re.search(r"\d\.\d", line.number or ""):
            continue  # "8.4 Foxton War Memorial Hall" in a table of speakers under item 2: a reference to another item
        if re.fullmatch(r"sederunt", line.title.strip(" .:"), re.I):
            continue  # "1. Sederunt": who attended, as Scottish minutes head it; the paper's head, not an item
        if re.search(r"\((?:continued|cont'?d\.?|cont\.)\)$", line.title, re.I) and any(o.number.rstrip(".") == line.number.rstrip(".") for o in chosen):
            continue  # "3. CONSENT CALENDAR (Continued)" over the next page: the same item, going on
        if wraps_on(lines, line):
            continue  # "48.1 The Committee considered an application for the erection of 46" / "dwellings ..."
        if re.search(r"\d[.)]\d", line.number or "") and vocab.REPORT_SECTION.match(line.title.strip(" :.")):
            continue  # "1.1 Purpose of Report": a section of item 1's report
        if "." in (line.number or "").rstrip(".") and line.title.endswith(".") and not line.title.isupper() \
                and not COMPANY_AT_END.search(line.title) and (
                words(line.title) > 6 or any(top_number(o.number) == number for o in chosen)):
            continue  # "46.1 The Committee considered an application for 12 dwellings.", "5.1 None." under "5.0": a paragraph
        if "." in (line.number or "").rstrip(".") and any(top_number(o.number) == number for o in chosen) \
                and words(line.title) > 12 and _TELLS.search(line.title):
            # "24.1 A warm welcome was given by all to the new Parish Councillor, ..." under "24.": its paragraph, stop or
            # none (a long title names a thing: "4.1 Resolution authorizing an agreement with Prairie Paving for ...")
            continue
        body_start = run_in_body(line) if line.value == "run-in" else None
        title, consumed = _continued(lines, line.index, line.title) if body_start is None else (line.title, ())
        chosen.append(Opener(line.index, line.number.rstrip("."), title, consumed, body_start, NUMBERED_HEADING))
        previous = number if number is not None else previous
    return chosen


# A sentence's verb, as a record tells what was done ("was given", "has been co-opted", "declared Mr Harman duly
# elected"), or a resolution's opening ("That pursuant to Schedule 7 ... the Board resolves to adopt ...").
_TELLS = re.compile(r"\b(?:was|were|is|are|has|had|have|been|declared|noted|reported|resolves|resolved|agreed|called|invited|"
                    r"welcomed)\b|^That\s")


def _trusted_alone(opener: Opener, candidates: int, lines: list[Line]) -> bool:
    """Whether one numbered heading is an item by itself: its number a reference ("GM21/24"), not a count, and it reads
    as a heading, not a list entry ending in a full stop ("I. Smith" in a list of names is neither); or, with nothing
    else numbered, a heading in capitals that is numbered 1, stands under a table of items' head or names a procedural
    item ("1. MINUTES OF THE ORDINARY MEETING HELD ON ...:", an excerpt cut short; "Item No  Item under discussion" /
    "21.44 ELECTION OF CHAIR OF THE COUNCIL"; "44 MINUTES -"), or stands over its record's label ("Minutes:")."""
    number, title = opener.number or "", opener.title
    if re.search(r"[A-Z/]", number) and not title.endswith(".") and not re.fullmatch(vocab.ROMAN, number):
        return True
    procedural = bool(vocab.PROCEDURAL_ITEM.match(title)) or title == "MINUTES"
    listed = any(vocab.ITEM_LIST_HEADER.match(line.core) for line in lines[:opener.line])
    if candidates == 1 and not title.endswith(".") and _has_label(lines, lines[opener.line]):
        return True  # "1. Tree Preservation Order, Mill Farm" over its "Minutes:": an item's heading over its record
    if candidates == 1 and _linked_first_line(lines, lines[opener.line]):
        return True  # "19 Arrangements for Council Meetings PDF 378 KB" heading an issue page: the item, linked to its report
    if candidates == 1 and procedural and re.fullmatch(r"1(?:\.[01])?", number) and not title.endswith("."):
        return True  # "1.0 Election of Cathaoirleach", "1.1 Disclosure of Interest": the first of the minutes, cut short after it
    if number.rstrip(".") == "1" and not title.endswith(".") and any(
            line.kind == Kind.NUMBERED and (line.number or "").rstrip(".") == "1.1" for line in lines[opener.line + 1:]):
        return True  # "1. Three Waters Reform Submission" over its "1.1 Purpose of Report": an item and its sections
    return candidates == 1 and title.isupper() and (words(title) >= 2 or procedural) and (number == "1" or listed or procedural)


def _linked_first_line(lines: list[Line], line: Line) -> bool:
    """The paper's first line, a numbered title carrying a committee system's link to its report ("PDF 378 KB")."""
    first = next((other for other in lines if other.kind not in (Kind.BLANK, Kind.FURNITURE)), None)
    return first is line and bool(vocab.LINKED_AT_END.search(line.raw.strip()))


def _front_sheet_title(lines: list[Line], j: int | None) -> str:
    """Under an "Agenda Item 3" marker, a report's front sheet ("Report to: Cabinet" / "Subject: Revenue Budget
    Monitoring"): the title its fields give, or ''."""
    while j is not None and lines[j].kind == Kind.META:
        if lines[j].key in vocab.REPORT_TITLE_KEYS and title_like(lines[j].value, 40, 300):
            return clean_title(lines[j].value)
        j = next_content(lines, j)
    return ""


def _agenda_before_reports(candidates: list[Line], explicit: list[Opener], lines: list[Line]) -> list[Opener]:
    """A document pack: the agenda's numbered items ("3. Revenue Budget Monitoring (Pages 5 - 12)"), then each report
    under its "Agenda Item 3" marker. The agenda's list gives the items (a marker naming one continues it), where it
    counts up from 1 above the first marker and holds every marker's number."""
    if not all(lines[o.line].kind == Kind.MARKER and o.number for o in explicit):
        return []
    first = explicit[0].line
    listed = [line for line in candidates if line.index < first]
    counts = [top_number(line.number) for line in listed]
    if len(listed) < 2 or counts[0] != 1 or any(b is None or a is None or b <= a for a, b in zip(counts, counts[1:])):
        return []
    if not {bare_number(o.number) for o in explicit} <= {bare_number(line.number) for line in listed}:
        return []
    return [Opener(line.index, line.number.rstrip("."), line.title, (), None, NUMBERED_HEADING) for line in listed]


_ARTICLE = re.compile(r"^(?P<num>\d{1,3})\.\s+(?=[A-Z])")


def _articles(lines: list[Line]) -> list[Opener]:
    """Minutes that head each item with its title and number its first paragraph ("DECLARATIONS OF INTEREST" /
    "2.  Councillor Clark declared an interest ..."), as some Scottish councils print them: the heading opens the
    item, and the paragraph's number is the item's. Only where two or more do and their numbers count up, and,
    where the paper sets paragraphs apart with blank lines (a PDF's text layer has none), the paragraph is set apart."""
    out: list[Opener] = []
    spaced_out = spaced(lines)
    for line in lines:
        if line.kind != Kind.HEADING or line.core.endswith((".", ":")):
            continue
        j = next_content(lines, line.index, 3)
        if j is None or lines[j].kind not in (Kind.TEXT, Kind.BULLET) or (spaced_out and lines[j].blanks_before == 0):
            continue
        found = _ARTICLE.match(lines[j].core)
        if found and words(lines[j].core) >= 8:
            out.append(Opener(line.index, found.group("num"), clean_title(line.core), (), None, NUMBERED_HEADING))
    counts = [int(o.number) for o in out]
    if len(out) < 2 or not all(b > a for a, b in zip(counts, counts[1:])):
        return []
    # paragraphs numbered on through the minutes, two or more under one heading ("INTERNAL AUDIT" / "2. ..." / "3. ..."):
    # the numbers are the paragraphs', and the headings are items without one
    ends = [o.line for o in out[1:]] + [len(lines)]
    numbered = [sum(1 for line in lines[o.line + 1:end] if line.kind in (Kind.TEXT, Kind.BULLET) and _ARTICLE.match(line.core))
                for o, end in zip(out, ends)]
    return [replace(o, number=None) for o in out] if max(numbered) >= 2 else out


_LABEL_COLON = re.compile(rf"^(?:{vocab.LABELS})\s*:", re.I)


def _has_label(lines: list[Line], line: Line) -> bool:
    """A section label alone ("Minutes:", "Decision:") follows the heading before anything else that numbers."""
    j: int | None = line.index
    for _ in range(4):
        j = next_content(lines, j)
        if j is None or lines[j].kind in (Kind.NUMBERED, Kind.NUMBER, Kind.MARKER):
            return False
        label = lines[j]
        if label.kind == Kind.LABEL and (LABEL_ALONE.match(label.core) or _LABEL_COLON.match(label.core)):
            return True  # "Minutes:", or "Minutes: Apologies were received ..." on one line
    return False


def _filling_gaps(shallow: list[Line], lines: list[Line], least_indent: int) -> list[Line]:
    """Numbered lines indented more than their neighbours that fill the gaps in their count, each the next entry after
    the line above it and followed by the next entry below ("1.3 Announcements" / "  1.4  Conflict of Interest" /
    "1.5 Confirmation of Minutes", a contents page whose converter indented some entries): the same list."""
    found: list[Line] = []
    listed = {line.index for line in shallow}  # the list so far: the shallow lines and the gaps filled
    numbered = [line for line in lines if line.kind == Kind.NUMBERED]
    for before, line, after in zip([None, *numbered], numbered, [*numbered[1:], None]):
        if line.indent <= least_indent + 1 or before is None or before.index not in listed:
            continue
        if next_in_outline(before.number, line.number) and (after is None or next_in_outline(line.number, after.number)):
            found.append(line)
            listed.add(line.index)
    return found


def _counts_on(before: str | None, after: str | None) -> bool:
    """Whether `after` counts on from `before` by one or two (an unnumbered item or two between: "1", "3"): by its
    first number ("4", "5"; "IV", "V"), or by its last where a reference shares the rest ("FGP 23-41", "FGP 23-42")."""
    first, then = _counts(before), _counts(after)
    if not first or not then:  # "IV", "V"; "C", "D"
        a, b = top_number(before), top_number(after)
        return a is not None and b is not None and 0 < b - a <= 2
    if len(first) == len(then) > 1 and first[:-1] == then[:-1]:
        return 0 < then[-1] - first[-1] <= 2
    return 0 < then[0] - first[0] <= 2


def _counts(number: str | None) -> tuple[int, ...]:
    """The numbers in an item number, to order by: (23, 101) for 'CAB/23/101', (5,) for '5'."""
    return tuple(int(n) for n in re.findall(r"\d+", number or ""))


def _labelled_headings(lines: list[Line], candidates: list[Line]) -> list[Opener]:
    """Numbered headings each followed by its "Minutes:" or "Decision:" label, as a committee system's meeting page
    prints its items ("12. Election of Chair" / "Minutes:"): items in whatever order their numbers come (an item
    taken first keeps its number). A numbered heading without a label of its own is an item only where its number
    falls between its labelled neighbours' ("5. MINUTES" over "5.1", "5.2"), not a row of a table inside an item
    ("8 – Cartrefi Croeso Ltd" in a list of interests). Only where two or more headings are labelled."""
    labelled = {line.index for line in candidates if _has_label(lines, line) and not wraps_on(lines, line)}
    if len(labelled) < 2:
        return []
    numbers = [bare_number(line.number) for line in candidates if line.index in labelled]
    if len(set(numbers)) < len(numbers):
        return []  # "1. WAIVE further reading ..." / "ACTION:" under each item: an item's own list, numbered afresh
    chosen = []
    for position, line in enumerate(candidates):
        if line.index not in labelled:
            before = next((_counts(c.number) for c in reversed(candidates[:position]) if c.index in labelled), None)
            next_labelled = next((c for c in candidates[position + 1:] if c.index in labelled), None)
            after = _counts(next_labelled.number) if next_labelled is not None else None
            number = _counts(line.number)
            # ("2. Village Green" over its labelled "2.a", "2.b": the parent of what follows comes before it)
            parent = next_labelled is not None and re.fullmatch(
                rf"{re.escape(bare_number(line.number))}(?:\.?[A-Za-z]|\([A-Za-z]\))", bare_number(next_labelled.number)) is not None
            if not number or (before is not None and not before < number) or (after is not None and not number < after and not parent) \
                    or "." in (line.number or "").rstrip(".") and not _in_outline(candidates, position) \
                    or line.title.endswith(".") and line.label != "counted":  # (a sentence the count made an item is one)
                continue
        body_start = run_in_body(line) if line.value == "run-in" else None  # (the record run on after the heading)
        title, consumed = _continued(lines, line.index, line.title) if body_start is None else (line.title, ())
        chosen.append(Opener(line.index, line.number.rstrip("."), title, consumed, body_start, STRONG))  # as sure as a marker
    return chosen


def _in_outline(candidates: list[Line], position: int) -> bool:
    """A sub-item's number with no label of its own ("1.1. Call to Order" with nothing to record) that carries the count on
    from the numbered line above and into the one below ("1. Preliminary Procedures", "1.1", "1.2", "2."): the outline's
    next entry, not a paragraph's number inside an item."""
    line = candidates[position]
    above = candidates[position - 1] if position else None
    below = candidates[position + 1] if position + 1 < len(candidates) else None
    return (above is not None and next_in_outline(above.number, line.number)
            and (below is None or next_in_outline(line.number, below.number)) and words(line.title) <= 12)


def wraps_on(lines: list[Line], line: Line) -> bool:
    """A numbered line that is the first line of a hard-wrapped paragraph, not a heading."""
    if line.index + 1 >= len(lines):
        return False
    following = lines[line.index + 1]
    # A numbered paragraph ("49.1 The Committee considered objections to the provisional Tree" / "Preservation
    # Order on ...") wraps onto a capital as often as not: a sub-number whose line reads as prose (three or more
    # little words) wraps whatever comes next; a heading wraps only onto a word that continues a sentence.
    paragraph = "." in (line.number or "").rstrip(".") and sum(w.lower() in STOPWORDS for w in line.title.split()) >= 3
    field = re.match(r"^[A-Z][\w ]{0,30}:\s", following.core)  # "Attachments: Staff Report": a field, not the wrapped rest
    # (a title in title case wraps onto a small word too: "5. Adoption of a Resolution Establishing One or More
    # Dedicated Sources" / "of Revenue for ...", a US agenda's long title)
    # (a resolution's first line, however short, going straight on in small letters is the same sentence: "2.1 That the
    # Executive's responses" / "to the recommendations of the Health" / "and Care", a page broken at its column's width)
    run_on = following.kind == Kind.TEXT and following.blanks_before == 0 and bool(re.match(r"[a-z]{2,}\s+\S", following.core)) \
        and re.match(r"That\s", line.title) is not None
    return (following.kind in (Kind.TEXT, Kind.BULLET) and (len(line.core) >= 55 or run_on) and not line.core.endswith((".", ":", ";"))
            and not line.title.isupper() and not field and (paragraph or following.core[:1].islower())
            and not NIL_RECORD.fullmatch(following.core)  # ("1.3 Declaration of ... interests ..." / "Nil": its whole record)
            and not (not paragraph and title_cased(line.title)))


def _walled(lines: list[Line]) -> list[Opener]:
    """The items of a wall of text (a PDF's text layer running its list of items together): each found where a
    run of inline item numbers counts up, as sure as an "Agenda item" marker. The heading stays in the item's
    text: with the disposition after it ("(Ordinance) (Y-5) 184349"), it is the record of the item."""
    return [Opener(line.index, line.number, line.title, body_start=line.start) for line in lines
            if line.key == "wall-item" and line.kind == Kind.NUMBERED]


def _markers_again(lines: list[Line], openers: list[Opener]) -> list[Opener]:
    """A marker that names an item opened earlier (a transcript's "Item 56." after the list of items) continues
    that item rather than opening a second one. A marker with the same number and another title opens an item of its
    own: a contents page that numbers each part's items afresh ("ITEMS FOR NOTATION" / "ITEM - 12 PLANNING ...")."""
    seen: dict[str, str] = {}
    out = []
    for o in openers:
        bare = bare_number(o.number)
        if bare and bare in seen and lines[o.line].kind == Kind.MARKER and _same_title(seen[bare], o.title):
            o = Opener(o.line, o.number, o.title, (), None, o.strength, o.meeting, again=True)
        elif bare:
            seen[bare] = o.title
        out.append(o)
    return out


def _same_title(first: str, again: str) -> bool:
    """A later mention of an item: no title of its own, the first's (either may be cut short or run on), or words that
    are no title at all (a transcript's "Item 56. Adams: Welcome. ...", "Item 61 roll.")."""
    a, b = folded(first), folded(again)
    return not b or a.startswith(b) or b.startswith(a) or not title_like(again) or again.rstrip().endswith(".")


_ROW_NUMBER = re.compile(r"^\s*(?P<num>\d{1,3}[a-z]?)\.?\t+\S")


def _rows_again(lines: list[Line], openers: list[Opener]) -> list[Opener]:
    """After the items, a table keyed by their numbers ("Decisions" / "4<tab>Approved subject to ..."): each row
    whose number names an item already opened is that item's text, not the last item's."""
    opened = {bare_number(o.number) for o in openers if o.number}
    last = max((o.line for o in openers), default=None)
    if last is None:
        return []
    out = []
    for line in lines[last + 1:]:
        row = _ROW_NUMBER.match(line.raw)
        if row and line.kind in (Kind.TEXT, Kind.HEADING, Kind.NUMBERED) and bare_number(row.group("num")) in opened:
            out.append(Opener(line.index, row.group("num"), "", again=True))
    return out


def entry_fields(lines: list[Line]) -> tuple[list[Line], tuple[str, ...]]:
    """A sheet of entries, each under its own reference field: a planning committee's decision sheet ("Application
    No:", "Site:", "Proposal:", "Decision:") or a record of officers' decisions ("Decision ref:", "Title:", "Decision
    maker:"). Returns the reference fields and the keys that title an entry, where two or more distinct references
    of one kind are (such a sheet is no single report); else nothing."""
    for keys, title_keys in ((vocab.APPLICATION_KEYS, (*vocab.SITE_KEYS, "proposal")),
                             (vocab.DECISION_REF_KEYS, vocab.DECISION_TITLE_KEYS)):
        fields = [line for line in lines if line.kind == Kind.META and line.key in keys and line.value.strip()]
        if len({line.value.strip() for line in fields}) >= 2:
            return fields, title_keys
    return [], ()


def _entries(lines: list[Line]) -> list[Opener]:
    """Each entry of a sheet of entries opens an item numbered by its reference and titled by its site or title (or,
    with neither, its proposal)."""
    fields, title_keys = entry_fields(lines)
    openers = []
    for field, following in zip(fields, [*fields[1:], None]):
        own = [line for line in lines[field.index + 1:following.index if following else None] if line.kind == Kind.META]
        named = next((line.value for key in title_keys for line in own if line.key == key), "")
        openers.append(Opener(field.index, clean_title(field.value), clean_title(named or field.value)))
    return openers


def find_openers(lines: list[Line], report: bool, issue_title: str) -> list[Opener]:
    explicit = sorted(_explicit(lines, issue_title) + _walled(lines) + _entries(lines), key=lambda o: o.line)
    if report:
        return explicit[:1] if any(o.number for o in explicit[:1]) else []
    numbered = _numbered(lines, explicit, report)
    if not numbered:  # articles (a title over its numbered first paragraph), unless the paper marks its items otherwise
        articles = _articles(lines)
        lone_stray = len(articles) >= 3 and _one_stray_below(explicit, articles[0].line)
        numbered = articles if not explicit or lone_stray else []
    counted = numbered + [o for o in explicit if lines[o.line].kind != Kind.MARKER]  # "50." / "Welcome and apologies"
    explicit = [o for o in explicit if not _referred_to(lines, o, counted) and not _heading_named_again(lines, o, explicit + numbered)]
    headed = unnumbered(lines, explicit + numbered, report)
    taken = {o.line for o in explicit + numbered}
    consumed = {j for o in explicit + numbered for j in o.consumed}
    openers = explicit + numbered + [o for o in headed if o.line not in taken and o.line not in consumed]
    openers = _markers_again(lines, sorted(openers, key=lambda o: o.line))
    return sorted(openers + _rows_again(lines, openers), key=lambda o: o.line)


def _heading_named_again(lines: list[Line], opener: Opener, found: list[Opener]) -> bool:
    """The one "Item 11 – Interests in land ..." of a paper, under a heading that already names that item ("Call ins -
    Item 11: Interests in land ... - (Part A)"): the record quoting what it is about, not an item of its own."""
    if lines[opener.line].kind != Kind.MARKER or len(found) != 1 or words(opener.title) < 3:
        return False
    title = folded(opener.title)
    return any(title in folded(line.core) for line in lines[:opener.line] if line.kind in (Kind.TEXT, Kind.HEADING))


def _referred_to(lines: list[Line], opener: Opener, counted: list[Opener]) -> bool:
    """An "Agenda item 12A – Notice of Motion" line inside the minutes of item 51 of a meeting page: a reference to an
    item (as the declarations of interest name them), not an item of its own, since the numbered items above it have
    already counted past its number."""
    if lines[opener.line].kind != Kind.MARKER or top_number(opener.number) is None:
        return False
    if bare_number(opener.number) in {bare_number(o.number) for o in counted}:
        return False  # a transcript's "Item 56." after the list: that item's record, continued (_markers_again)
    above = [o for o in counted if o.line < opener.line and top_number(o.number) is not None]
    if len(counted) >= 2 and above:  # "Min 92. ..." inside item 87's "Minutes:", on a page whose items are "86." / title
        last = max(above, key=lambda o: o.line)
        if any(line.kind == Kind.LABEL and LABEL_ALONE.match(line.core) for line in lines[last.line + 1:opener.line]):
            return True
    return bool(above) and max(top_number(o.number) for o in above) > top_number(opener.number)  # type: ignore[operator,type-var]


def running_lines(lines: list[Line]) -> set[str]:
    """Lines a printed paper repeats at the top or foot of every page ("Westshire County Council -
    Health and Wellbeing Board - 19 January 2023"): short, not labels nor a vote's record, seen on three or more pages."""
    counts = Counter(line.plain for line in lines
                     if not line.blank and not line.decorated and words(line.plain) <= 14 and not line.plain.endswith(("?", ":"))
                     and not vocab.VOTE_RECORD.search(line.plain))
    at: dict[str, list[int]] = {}  # where each repeated line stands among the paper's lines of content
    for k, line in enumerate(line for line in lines if not line.blank):
        if counts[line.plain] >= 3:
            at.setdefault(line.plain, []).append(k)
    return {
        plain for plain, count in counts.items()
        if count >= 3 and re.search(r"[A-Za-z]{3}", plain)
        and not any(line.kind in (Kind.LABEL, Kind.META, Kind.HEADER, Kind.MEETING, Kind.BULLET, Kind.DATE, Kind.DECISION) for line in lines if line.plain == plain)
        and not _a_column(at[plain])
    }


def _a_column(positions: list[int]) -> bool:
    """Whether a repeated line comes every few lines (its positions among the lines of content), as a table flattened
    to one cell a line repeats its column's value ("Director" / "J. Burnett  Electoral" / "Area A" / "Director" ...):
    a page's header comes once a page."""
    gaps = sorted(b - a for a, b in zip(positions, positions[1:]))
    return bool(gaps) and gaps[len(gaps) // 2] <= 4


def family(heading: str) -> str:
    """Headings of one family share a key: 'Aspiration 2' ~ 'Aspiration 3', 'a) X' ~ 'b) Y', 'BACKGROUND' ~ 'FISCAL IMPACT'."""
    text = heading.lower()
    prefix = re.match(r"^(\(?)(\d+(?:\.\d+)*|[ivxlc]{1,5}|[a-z])([.)])?\s", text)
    if prefix:
        shape = re.sub(r"\d+", "#", prefix.group(2))
        shape = "i" if re.fullmatch(r"[ivxlc]+", shape) and len(shape) > 1 else shape
        shape = "a" if re.fullmatch(r"[a-z]", shape) else shape
        return f"{prefix.group(1)}{shape}{prefix.group(3) or ''}"
    if re.search(r"\d", text):
        return re.sub(r"\d+", "#", text)
    if heading.isupper():
        return "CAPS"  # "FISCAL IMPACT", "ENVIRONMENTAL REVIEW": headings set in capitals are of one level
    return text.rstrip(":?").strip()


def continues(previous: Line, line: Line) -> bool:
    """A wrapped continuation of a bullet (printed minutes wrap long bullets onto indented lines)."""
    if BULLET_START.match(line.plain):
        return False
    if line.raw[:1] in " \t" or line.plain[:1].islower():
        return True
    # hard-wrapped text: a long line without a closing stop runs on into the next
    return len(previous.plain) >= 55 and not previous.plain.rstrip().endswith((".", ";", ":", "!", "?"))


def label_name(label: str) -> str:
    label = label.strip()
    if label.lower() in vocab.RESOLUTION_LABELS:
        return "Resolved"
    return label[:1].upper() + label[1:].lower() if label.isupper() else label[:1].upper() + label[1:]
