"""The line classifier: each line of a paper gets one kind, from its own shape and a look at its neighbours.

Kinds: blank, furniture (site navigation, PDF links, "Additional documents:"), header (a committee
system's page header, "Agenda and minutes"), meta ("Decision Maker: Cabinet"), meeting (a line naming a
meeting: "Cabinet - Tuesday, 9th October 2012", "Meeting: 07/03/2007 - Cabinet (Item 175)"), date (a line
that is only a date), decision (an entry of a decisions list: "09/07/2019 - Bull Meadow Report ref: 1948"),
marker ("Agenda item", "Item 1:"), number (an item number alone: "124."), numbered ("5. Budget
Monitoring", "HWB/23/4 WINTER PRESSURES"), label ("Minutes:", "RESOLVED"), heading, bullet, text.

Which of them open items is the item builder's decision (qa/parse/items.py), made over the whole paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.parse import vocab
from qa.parse.walls import line_pieces
from qa.text import STOPWORDS, ends_sentence, plain_line


class Kind:
    """The kinds a line can be (plain strings, so they print and compare simply)."""

    BLANK, FURNITURE, HEADER, META, MEETING, DATE, DECISION = "blank", "furniture", "header", "meta", "meeting", "date", "decision"
    MARKER, NUMBER, NUMBERED, LABEL, HEADING, BULLET, TEXT = "marker", "number", "numbered", "label", "heading", "bullet", "text"


BLANK, FURNITURE, HEADER, META, MEETING, DATE, DECISION = Kind.BLANK, Kind.FURNITURE, Kind.HEADER, Kind.META, Kind.MEETING, Kind.DATE, Kind.DECISION
MARKER, NUMBER, NUMBERED, LABEL, HEADING, BULLET, TEXT = Kind.MARKER, Kind.NUMBER, Kind.NUMBERED, Kind.LABEL, Kind.HEADING, Kind.BULLET, Kind.TEXT

_REF = vocab.ITEM_REF
# An item number alone, as an items table's "No." column prints it: "124.", "5a", "1.a", "1A", "1 (a)", "(3)", "[3]".
NUMBER_ALONE = re.compile(rf"^(?:(?P<num>{_REF}|\d{{1,4}}\.[a-z]|\d{{1,3}}[A-Z]|\d{{1,3}}\s\([a-z]\))\.?|(?P<bracketed>\(\d{{1,3}}\)|\[\d{{1,3}}\])"
                          r"|(?P<spaced>\d{1,3}\.\s\d{1,2}))$")  # "1. 1": a sub-item's number as a web page's table spaces it
NUMBERED_LINE = re.compile(rf"^(?P<num>{_REF})(?:[.):]\s*|\s[.)]\s+|\s+[-–]\s+|\s+)(?P<title>\S.*)$")  # "1 . Apologies" too
# Items numbered in capital Roman numerals, as US and Canadian minutes number them: "IV. CONSENT AGENDA". Only with
# its stop or bracket ("I am ..." is a sentence); whether they count up is judged with the paper's other headings.
ROMAN_LINE = re.compile(rf"^(?P<num>{vocab.ROMAN})[.)]\s+(?P<title>\S.*)$")
# Without its stop only over a heading in capitals: "III REVIEW OF SERVICE DELIVERY" (Scottish minutes), not "I am ...".
ROMAN_CAPS_LINE = re.compile(rf"^(?P<num>{vocab.ROMAN})\s+(?P<title>[^a-z]*[A-Z]{{3}}[^a-z]*)$")
# Items lettered in capitals, as US minutes letter their sections: "A. CALL TO ORDER", "B. ROLL CALL". Only where
# the paper's letters run A, B, C and nothing is numbered (classify checks): "J. Smith" in a list of names, or
# "A. Questions from Members of the Public" inside a numbered item, is no item.
LETTER_LINE = re.compile(r"^(?:\((?=[A-Z]\)))?(?P<num>[A-Z])[.)]\s+(?P<title>\S.*)$")  # "A. CALL TO ORDER", "(A) APOLOGIES"
# A number in brackets before a heading in capitals: "(1) APOLOGIES FOR ABSENCE" (in mixed case, "(1) That the
# report be noted" is a resolution's first part).
BRACKETED_LINE = re.compile(r"^\((?P<num>\d{1,3}[a-z]?)\)\s+(?P<title>[^a-z]*[A-Z]{4}[^a-z]*)$")
# A number in square brackets, as some parish clerks number their minutes: "[3] To confirm the draft notes of the meeting".
# (A resolution's parts are bracketed round, "(1) that ..."; square brackets number nothing else at a line's start.)
SQUARE_BRACKETED_LINE = re.compile(r"^\[(?P<num>\d{1,3}[a-z]?)\]\s+(?P<title>[A-Z].*)$")
# Printed minutes that put the minute's reference after its heading: "APOLOGIES FOR ABSENCE PLA75/20".
TRAILING_REF = re.compile(r"^(?P<title>[A-Z0-9][^a-z]{3,}?)\s+(?P<num>[A-Z]{1,6}\s?\d{1,4}/\d{2,4})$")
# An item's number spelled out, as a town board's minutes print it: "Item One:", "Item Twelve:".
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NUMBER_WORD = "(?-i:" + "|".join(w for word in NUMBER_WORDS for w in (word.capitalize(), word.upper())) + r")(?=\s*[:.-])"
_MARKER = re.compile(
    rf"^(?:agenda\s+item|agenda(?=\s*#)|item|minute|min\.?|article)(?:(?:\s*[-–]\s*|\s+)(?:no\.?\s*|#\s*)?\(?(?P<num>{_REF}|(?-i:[IVXL]{{1,6}})(?=\s*[-–—:.])"
    rf"|{_NUMBER_WORD})\)?)?\s*(?:[:.),\-–]\s*|\s+|$)(?P<title>.*)$", re.I)
# A record's label after a dash on its item's line: "Item 2 – Revenue Budget 2025/26 – Decision: The Committee agreed ..."
_RECORD_AFTER_DASH = re.compile(r"\s+[-–—]\s+(?=(?:decision|resolved|resolution|outcome|minutes?)\s*:)", re.I)
# An agenda's column after an item's title, beyond a wide gap, naming who leads on it: "Director of Housing", "Head of
# Sustainability", "Cllr J Smith", "Portfolio Holder for Finance", "Chief Finance Officer".
_LEAD_COLUMN = re.compile(
    r"\S(?:[ \u00a0]{3,}|\t+)(?P<lead>(?:(?:the\s+)?(?:director|head|chief|assistant|deputy|corporate|strategic|executive|"
    r"interim|acting|cllr|councillor|cabinet\s+member|portfolio\s+holder|leader|mayor)\b[^\t]{0,60}?"
    r"|[A-Z][^\t]{0,50}?\b(?:officer|manager|director|lead)))\s*$", re.I)
# An item's marker in a report's top corner, after its council's name and a wide gap: "WESTSHIRE COUNCIL      Item No 6".
_MARKER_AFTER_GAP = re.compile(r"^(?P<left>\S.*?\S)(?:[ \u00a0]{3,}|\t+)(?P<marker>(?:agenda\s+)?item\s*(?:no\.?\s*)?\d{1,3}[a-z]?(?:\.\d{1,2})?)$",
                               re.I)
_BODY_BEFORE_MARKER = re.compile(rf"(?P<body>(?:[A-Z][\w&'’-]*\s+){{0,4}}?{vocab.COMMITTEE_WORD.pattern})\s+(?=agenda\s+item\b)", re.I)
# A minute's number over its motion, not over an item: "MIN 108/05 MOTION - Moved Cr. Jefferies", as Western
# Australian shires number each motion inside an item headed in capitals.
_MOTION_NUMBERED = re.compile(r"(?:motion\s*[-–—:]?\s*)?moved\b", re.I)  # not "Motion on Notice - footpaths"
_SENTENCE_GOES_ON = re.compile(r"(?:of|in|on|at|from|was|were|is|are|has|had|refers?|above|below|and|which|as)\b")
LABEL_ALONE = re.compile(rf"^(?P<label>{vocab.LABELS})\s*(?:[:\-–]\s*)?(?:that\s*[;:,]?\s*)?(?:\(.*\))?$", re.I)
LABEL_INLINE = re.compile(rf"^(?P<label>{vocab.LABELS})\s*[:\-–]\s*\S", re.I)
# "RESOLVED that", "It was resolved that", and the body's own: "The Committee AGREED that", "Cabinet resolved to".
RESOLVED_INLINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:it was\s+|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}?(?:committee|sub-committee|"
                             r"cabinet|board|council|panel|executive|forum)\s+)?(?:unanimously\s+)?(?P<label>resolved|agreed|decided)\b"
                             r"[\s:,\-–]+(?:that\b|to\b)", re.I)
# A resolution's heading on a line of its own: "Resolution 2023/44", "Resolution number IC/2023/00011", "Council
# Resolution (2020/123)", "The Committee resolved:-".
RESOLUTION_ALONE = re.compile(r"^(?:(?:council|committee)\s+)?(?P<label>resolution)(?:\s+(?:no\.?|number))?\s*\(?[A-Z]*[\w/.-]*\d[\w/.-]*\)?$"
                              r"|^(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}?(?:committee|sub-committee|cabinet|board|council|panel|executive)\s+"
                              r"(?P<label2>resolved|agreed|decided)\s*[:\-–]+$", re.I)
# "Report author: ...", or a front sheet's table flattened with pipes: "Report to | Cabinet"; a bilingual paper's key
# after its name in the other language, the cell's end left on the line: "Te Rā | Date: |".
META_LINE = re.compile(rf"^(?:[^\W\d][^|:\d]{{0,38}}?\s\|\s)?(?P<key>{vocab.METADATA_KEYS})\s*(?::|\s\|)\s*(?P<value>.*?)(?:\s*\|)?$",
                       re.I)
_TAB_FIELD = re.compile(rf"^(?P<key>{vocab.METADATA_KEYS})\??\t+(?P<value>[^\t]*\S)\s*$", re.I)
LINK_BULLET = re.compile(r"^[·•●▪◦‣∙*]\s+")  # "• Printed decisions": a link in a web page's menu
BULLET_START = re.compile(r"^(?:[·•●▪◦‣∙\-–*]|\(?\d{1,2}[.)]|\(?[ivxlc]{1,5}[.)]|\(?[a-z][.)])(?=\s)")
_DAY_MONTH_YEAR = rf"\d{{1,2}}(?: ?{vocab.ORDINAL}|°)?(?:\s+|-)(?:(?:day\s+)?of\s+)?{vocab.MONTH_ABBREVIATED}\.?,?(?:\s+|-)\d{{4}}"
_MONTH_DAY_YEAR = rf"{vocab.MONTH_ABBREVIATED}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s?,{{0,2}}\s+\d{{4}}"  # ("October 17,, 2012" as typed, "13 , 2006" as scanned)
_YEAR_MONTH_DAY = rf"(?:19|20)\d\d\s+{vocab.MONTH_ABBREVIATED}\s+\d{{1,2}}\b"  # "2018 December 03"
_NUMERIC_DATE = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{2}-\d{2}|\d{4}/\d{1,2}/\d{1,2})"
ANY_DATE = rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|{_YEAR_MONTH_DAY}|{_NUMERIC_DATE})"
# "Council - Thursday, 22nd February, 2024 7.00 pm", "Licensing Panel A - Thursday, 5th December, 2024 7.00 pm"
MEETING_HEADING = re.compile(
    rf"^(?P<committee>[A-Z][^:|]{{1,90}}?)\s*(?:\s[-–—|]\s|\()\s*(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})\b[^A-Za-z]*"
    rf"(?:[ap]\.?\s?m\.?)?\)?(?:\s+on\s+{ANY_DATE})?(?:,\s*(?:NEW|CANCELLED|POSTPONED|RESCHEDULED|MOVED))?\s*$", re.I)
# A body's name in capitals, a colon, then the meeting's date: "CABINET: 22ND SEPTEMBER, 2014" (a report's head); not
# what came from another body ("REFERENCE FROM SCRUTINY COMMITTEE (CORPORATE RESOURCES): 23RD JULY, 2014").
MEETING_COLON_HEADING = re.compile(
    rf"^(?!(?:reference|referral|report|recommendations?)\s+(?:from|of|to)\b)"  # another body's: "REFERENCE FROM SCRUTINY ..."
    rf"(?P<committee>(?=[^:]*{vocab.COMMITTEE_WORD.pattern})(?-i:[A-Z][A-Z&,'’() -]{{1,90}}?)):\s+(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})\.?$",
    re.I)
# The date first, then the body and the paper's name: "March 8, 2007 Regional Council Minutes" (a web page's title)
# (or its time and a dash, then the body and its kind of meeting: "May 13, 2019 at 8:00 PM - Board of Education Regular Meeting",
# a school board's committee system)
MEETING_DATE_FIRST = re.compile(
    rf"^(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})(?P<time>\s+at\s+\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?\s+[-–])?,?\s+"
    rf"(?P<committee>(?=[^:|]*{vocab.COMMITTEE_WORD.pattern})[A-Z][^:|]{{1,80}}?)"
    rf"\s+(?:{vocab.PAPER_NAME}|(?(time)(?:(?:regular|special|annual|organi[sz]ational|adjourned)\s+)?meeting|(?!)))\.?$", re.I)
# ("... 6.00 pm on December 5, 2024": an aggregator's; "..., NEW" or "..., CANCELLED": a committee system's flag)
# "Meeting: 07/03/2007 - Cabinet (Item 175)", "Decided at meeting: 10/10/2017 - EXECUTIVE"
MEETING_LINE = re.compile(
    rf"^(?:meeting\s*:\s*)?(?P<date>{ANY_DATE})\s*[-–]\s*(?P<committee>[A-Za-z][^()]*?(?:\s*\((?!(?:item|minute)\b)[^()]*\))?)"
    r"\s*(?:\((?:item|minute)\s*(?P<num>[^)]*?)\s*[.:]?\))?$", re.I)  # (a body's name may end in a bracket: "Sub-Committee (3)")
# An agenda item page's own meeting: "Meeting of Cabinet, Tuesday, 8th November, 2022 6.00 pm (Item 54.)"
MEETING_OF_LINE = re.compile(
    rf"^meeting of (?:the )?(?P<committee>[A-Za-z][^,()]{{1,90}}?),?\s+(?:on\s+)?(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})\b"
    r"[^()]*?(?:\((?:item|minute)\s*(?P<num>[^)]*?)\.?\))?\s*$", re.I)
# Minutes that name no body, only where and when the meeting was held: "Minutes of meeting held in the Village Hall on
# Tuesday 11 February 2025 at 7pm" (a community council's, its name above), "... HELD ON 5.3.25 AT 7.30PM IN THE VILLAGE
# HALL": the meeting's date, never an item. Only with the place: "Minutes of the meeting held on 24 September 2015" is an
# item approving an earlier meeting's minutes
MINUTES_HELD_ON = re.compile(rf"^(?:draft\s+|approved\s+)?minutes\s+of\s+(?:the\s+|a\s+)?(?:(?:ordinary|special|extraordinary|annual|"
                             rf"monthly|regular|general)\s+)?meeting\s+held\s+(?P<before>(?:in|at)\s+[^.;]{{3,120}}?\s+)?on\s+"
                             rf"(?:{vocab.WEEKDAY},?\s+)?(?:the\s+)?(?P<date>{ANY_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2}})"
                             rf"(?:,?\s+(?:at|from)\s+[\d.:]+\s*(?:[ap]\.?m\.?)?)?(?P<after>\s+(?:in|at)\s+[^.;]{{3,120}}?)?\.?$", re.I)
# "09/07/2019 - Bull Meadow Report ref: 1948    Recommendations Approved"
DECISION_ENTRY = re.compile(rf"^(?P<date>{_NUMERIC_DATE})\s*[-–]\s*(?P<title>.+?)\s+ref:\s*(?P<ref>\S+)(?:\s+(?P<status>.*))?$", re.I)
# A line that is only a date, perhaps with a weekday and a time: "Tuesday, 24th September, 2019 10.00 am",
# "10.00am, Tuesday 4 October 2022", "4.00pm1 July 2021" (a PDF's table cells run together), and a page's running
# header that is the meeting's date and the page's number.
DATE_ONLY = re.compile(
    rf"^(?:(?:on|held on)\s+)?(?:\d{{1,2}}(?:[.:]\d\d)?\s*[ap]\.?m\.?,?\s*)?(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})"
    r"(?:\s*[-–,.]?\s*(?:at\s+)?[\d.:]+\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*(?:to|-)\s*[\d.:]+\s*(?:[ap]\.?m\.?)?)?)?\.?(?:\s+page\s+\d{1,4})?$", re.I)  # "22 November 2016   Page 1": a running header


@dataclass
class Line:
    index: int
    start: int  # offset of the first character that is not white space
    end: int  # offset after the last one
    raw: str
    plain: str  # decoration dropped (Markdown, HTML tags, non-breaking spaces)
    core: str  # plain, less a committee system's tail ("pdf icon PDF 84 KB", "view the full minutes text")
    core_end: int  # offset where the core ends in the source (blocks stop there)
    blanks_before: int
    indent: int
    kind: str = TEXT
    number: str | None = None
    title: str = ""
    label: str = ""
    key: str = ""
    value: str = ""
    in_wall: bool = False  # a piece of a longer line (a PDF dump's wall of text), not a line as printed
    link_cell: bool = False  # a table row whose last cell, a document's link, the core leaves out
    underlined: bool = False  # a heading underlined by the next line ("Finance" / "=======")

    @property
    def blank(self) -> bool:
        return not self.plain

    @property
    def decorated(self) -> bool:
        """A Markdown heading, or a line that is bold from end to end."""
        raw = self.raw.strip()
        return bool(self.underlined or re.match(r"^#{1,6}\s", raw) or re.fullmatch(r"(?:\*\*[^*]+\*\*\s*)+:?", raw)
                    or re.fullmatch(r"(?:<b>|<strong>).*(?:</b>|</strong>):?", raw, re.I))


def split_lines(text: str) -> list[Line]:
    """The paper's lines, offsets into its text; a wall of text (a PDF dump) comes as the pieces qa/parse/walls.py cuts."""
    groups = line_pieces(text)
    page_ranges = _page_ranges(text)
    lines: list[Line] = []
    blanks = 0
    for pieces, headings in groups:
        for piece_start, piece_end in pieces:
            raw = text[piece_start:piece_end]
            lead = len(raw) - len(raw.lstrip(" \t\u00a0\ufeff\r\n"))
            body = raw.rstrip(" \t\u00a0\r\n")
            start, end = piece_start + lead, piece_start + len(body)
            plain = plain_line(raw)
            tail = vocab.find_tail(body)
            cell = vocab.LINK_CELL.search(body)  # "3<tab>Minutes of 15 March<tab>Minutes (PDF, 121KB)": the row less its link
            if cell and cell.start() > lead and re.search(r"\w", body[:cell.start()]):
                tail = cell
            else:
                cell = None
            named = vocab.LINK_ICON.sub("", plain) if "pdf " in plain else plain  # "pdf Minutes (233Kb)": the link's text
            named = vocab.LINK_SIZE.sub("", named) if named != plain else named
            core = vocab.without_tail(plain_line(body[:cell.start()]) if cell else named).strip(" |") if plain else ""
            if core and any(piece_start <= a < piece_end for a, _ in page_ranges):  # "... 26 September 2019 5 - 22"
                core = _without_page_ranges(core, piece_start + lead, page_ranges)
            core_end = piece_start + tail.start() if tail and tail.start() > lead else end
            lines.append(Line(len(lines), start, end, raw, plain, core, core_end, blanks, lead,
                              key="wall-item" if piece_start in headings else "", in_wall=len(pieces) > 1,
                              link_cell=cell is not None))
            blanks = blanks + 1 if not plain else 0
    _drop_contents_page_numbers(lines)
    _drop_page_column(lines)
    _drop_transcription_page_numbers(lines)
    _drop_site_summary(lines)
    _unglue_item_numbers(lines)
    _unglue_minute_references(lines)
    for line, under in zip(lines, lines[1:]):  # a Setext heading: "Finance" over "=======" (or "-------")
        if under.blanks_before == 0 and line.plain and re.fullmatch(r"[=\-~]{3,}", under.plain) and len(line.plain) <= 100 \
                and len(under.plain) >= min(len(line.plain), 10) * 0.6:
            line.underlined = True
    return lines


# (a range in brackets, "(Pages 7 - 14)", is a tail of its own: vocab.TAILS)
_PAGE_RANGE = re.compile(r"(?<![\d/.:(-])(\d{1,4}) ?[-–] ?(\d{1,4})(?![\d/.:)-])")


def _page_ranges(text: str) -> set[tuple[int, int]]:
    """An agenda pack's page ranges after its items' titles ("... 26 September 2019 5 - 22 5. Planning ... 23 - 46"): runs
    of three ranges or more, each starting on the page after the last one ended (another number range between them,
    "Ages 11 - 16", is passed over). Offsets into the text. A range alone is not one."""
    if text.count("-") + text.count("–") < 3:
        return set()  # (most papers: too few dashes for a run of ranges)
    found = [(m.start(), m.end(), int(m.group(1)), int(m.group(2))) for m in _PAGE_RANGE.finditer(text)
             if int(m.group(1)) <= int(m.group(2)) and not text[max(0, m.start() - 6):m.start()].lower().endswith("pages ")]
    chained: set[tuple[int, int]] = set()
    for i, first in enumerate(found):
        if (first[0], first[1]) in chained:
            continue
        run = [first]
        for entry in found[i + 1:]:
            if entry[0] - run[-1][1] > 600:
                break
            if entry[2] in (run[-1][3] + 1, run[-1][3]):
                run.append(entry)
        if len(run) >= 3:
            chained |= {(a, b) for a, b, _, _ in run}
    return chained


# A contents entry's page number after a short leader: "CONFIRMATION OF THE MINUTES.. 4", "ANZAC DAY 2018. 5", "... MEETING   4"
# (a long dot leader is a tail of its own: vocab.TAILS).
# (A single space before the number counts only inside a run already begun: "... (PIPE RELINING) 7".)
_CONTENTS_PAGE = re.compile(r"^(?=.*[A-Za-z]{3}).*?\S(?P<leader>\s*\.{1,3}\s*|\s+)(?P<page>\d{1,3})$")
_CONTENTS_PAGE_IN_CORE = re.compile(r"\s*\.{0,3}\s*\d{1,3}$")


def _drop_contents_page_numbers(lines: list[Line]) -> None:
    """A contents page whose leaders a converter shortened: runs of four lines or more (blank lines between them
    allowed), each ending in a page number after dots or a wide gap, the numbers never falling and rising by at most
    five from one entry to the next. Those numbers leave the lines' cores, the titles read from them; the text keeps
    them (a table of figures that happens to count up loses none from its passage). A line of figures ("Ward 1",
    "Ward 2") has no leader."""
    run: list[tuple[Line, int]] = []  # (line, its page number)
    entries: list[str] = []  # the run's entries' numbers, where each line opens with one

    def close() -> None:
        if len(run) >= 4:
            for line, _ in run:
                line.core = _CONTENTS_PAGE_IN_CORE.sub("", line.core)
        run.clear()
        entries.clear()

    for line in lines:
        if not line.plain:
            continue
        raw = line.raw.rstrip()
        found = _CONTENTS_PAGE.search(raw) if raw[-1:].isdigit() else None  # (most lines end in no number)
        entry = _CONTENTS_ENTRY.match(line.core)
        # entries numbered in order ("1.1 Karakia 5", "1.2 Apologies 5" ... "2.3 ... 77"): a contents page whatever
        # its gaps, its pages rising as its reports run long, and an entry the converter printed without its page
        numbered = bool(entry) and (not entries or next_in_outline(entries[-1], entry.group(1)))
        if found and found.group("leader") == " " and not run and not numbered:
            found = None
        if found and line.core.endswith(found.group("page")):
            page = int(found.group("page"))
            rise = 150 if numbered and len(entries) == len(run) else 5
            if run and not 0 <= page - run[-1][1] <= rise:
                close()
                numbered = bool(entry)
            run.append((line, page))
            if numbered and len(entries) == len(run) - 1:
                entries.append(entry.group(1))
        elif run and numbered and len(entries) == len(run) and not line.core.endswith((".", ":")):
            entries.append(entry.group(1))  # "  1.4  Conflict of Interest Declarations": in the run, no page of its own
            run.append((line, run[-1][1]))
        else:
            close()
    close()


_CONTENTS_ENTRY = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)\.?\s+[A-Z0-9]")


def next_in_outline(before: str, number: str) -> bool:
    """"1.3" -> "1.4", "1.7" -> "2", "2" -> "2.1", "5" -> "6": the next entry of a numbered list (two levels at most)."""
    major, _, minor = before.rstrip(".").partition(".")
    next_major, _, next_minor = number.rstrip(".").partition(".")
    if not (major + minor + next_major + next_minor).isdigit():
        return False
    if next_major == major:
        return bool(next_minor) and int(next_minor) == (int(minor) + 1 if minor else 1)
    return int(next_major) == int(major) + 1 and next_minor in ("", "1")


# A contents table's head that names a page column: "ITEM SUBJECT PAGE", "INDEX ITEM NR SUBJECT PAGE", "Item No. Title Page No."
_PAGE_COLUMN_HEAD = re.compile(r"^(?:index\s+|contents\s+|table\s+of\s+contents\s+)?(?:item(?:\s+n[ro]\.?)?\s+|no\.?\s+)?"
                               r"(?:subject|title|description|report|business)\s+page(?:\s+no\.?)?$", re.I)


def _drop_page_column(lines: list[Line]) -> None:
    """Under a contents table's head that names a page column, each entry's page number is no part of its title,
    whether it ends the entry's line ("ITEM-8 AUDIT COMMITTEE 6") or stands on a line of its own under a long title
    (and so is no item's number). The table ends at the first line of prose: a sentence, or a long line in mixed case
    that ends in no page number."""
    head = next((line.index for line in lines[:80] if _PAGE_COLUMN_HEAD.match(line.core)), None)
    if head is None:
        return
    for line in lines[head + 1:head + 120]:
        if not line.core:
            continue
        if re.fullmatch(r"\d{1,3}", line.core):
            line.core = ""  # a page number alone
            continue
        paged = re.search(r"(?<=[A-Za-z)\]])\s+\d{1,3}$", line.core)
        prose = len(re.findall(r"\b[a-z]{3,}\b", line.core)) >= 3  # (a contents table's entries are often in capitals)
        if ends_sentence(line.core) and words(line.core) > 6 or len(line.core) > 160 or not paged and len(line.core) > 100 and prose:
            break
        if paged:
            line.core = line.core[:paged.start()]


# An item's number run into its heading in capitals, as a web page's table loses the space between its cells:
# "1APOLOGIES To receive apologies for absence", "2DECLARATIONS OF INTEREST".
_GLUED_NUMBER = re.compile(r"^(?P<num>\d{1,3})(?=[A-Z]{3,}\b)")


def _unglue_item_numbers(lines: list[Line]) -> None:
    """Numbers glued to capitals are items' numbers only where two or more count on by one down the paper (a
    product code, "4WD", or one such line is not an agenda)."""
    glued = [(line, found.group("num")) for line in lines if (found := _GLUED_NUMBER.match(line.core))]
    numbers = [int(number) for _, number in glued]
    if len(glued) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    for line, number in glued:
        line.core = f"{number} {line.core[len(number):]}"


# A minute reference glued to its heading in capitals ("A23/024COMMITTEE SERVICE FEES"), a web page's cells run together.
_GLUED_REF = re.compile(r"^(?P<ref>(?P<stem>[A-Za-z]{1,6}\d{0,4}[/.])\d{1,4})(?=[A-Z]{3,}\b)")


def _unglue_minute_references(lines: list[Line]) -> None:
    """A reference glued to capitals is the item's where two or more other lines open with a reference of the same
    stem and a space ("A23/023 STRATEGIC PLAN")."""
    glued = [(line, found) for line in lines if (found := _GLUED_REF.match(line.core))]
    for line, found in glued:
        spaced = re.compile(rf"{re.escape(found.group('stem'))}\d{{1,4}}\s+[A-Z]")
        if sum(1 for other in lines if spaced.match(other.core)) >= 2:
            line.core = f"{found.group('ref')} {line.core[found.end():]}"


def _drop_site_summary(lines: list[Line]) -> None:
    """Above a document site's "TRANSCRIPT" line, the site's summary of the paper: its first few hundred characters
    run into one line (and its title in small letters). Where the text below repeats that summary, the copy below is
    the paper; the summary above is the site's furniture (its items would be read twice, their titles cut short)."""
    marker = next((line.index for line in lines[:60] if vocab.TRANSCRIPTION_LINE.fullmatch(line.plain.strip())), None)
    if marker is None:
        return
    above = [line for line in lines[:marker] if line.core and not vocab.FURNITURE.match(line.plain.strip())]
    below = " ".join(" ".join(line.plain.split()) for line in lines[marker + 1:] if line.plain).casefold()
    # (a piece counts where its opening words are below: the summary and the copy are each cut off at their own length)
    repeated = sum(len(line.core) for line in above if len(line.core) >= 40 and " ".join(line.plain.split()).casefold()[:80] in below)
    if repeated and repeated * 2 >= sum(len(line.core) for line in above):
        for line in above:
            line.core = ""


def _drop_transcription_page_numbers(lines: list[Line]) -> None:
    """Under a document site's "Transcription" line, the PDF's page numbers that stand alone, in order ("(1)", "(2)",
    as 123dok prints them; "1", "2") are no items' numbers: page furniture."""
    marker = next((line.index for line in lines[:60] if vocab.TRANSCRIPTION_LINE.fullmatch(line.plain.strip())), None)
    if marker is None:
        return
    expected, alone = 1, []
    for line in lines[marker + 1:]:
        found = re.fullmatch(r"\(?(\d{1,3})\)?", line.core)
        if found and int(found.group(1)) == expected:
            alone.append(line)
            expected += 1
    if len(alone) >= 2:
        for line in alone:
            line.core = ""


def _without_page_ranges(core: str, offset: int, page_ranges: set[tuple[int, int]]) -> str:
    """The line's words less the page ranges found in it; `offset` is where `core` starts in the text."""
    def blank(found: re.Match[str]) -> str:
        return " " if (offset + found.start(), offset + found.end()) in page_ranges else found.group()
    return re.sub(r"\s+", " ", _PAGE_RANGE.sub(blank, core)).strip()


def document_title_line(lines: list[Line], line: Line) -> bool:
    """A records system's title for the whole file at its top ("2/13/2007 - Council Minutes - CC Minutes Reg Meeting"),
    over numbered minutes: not a meeting line that opens an item, as an issue's "Meeting: 14/03/2023 - Cabinet" is."""
    first = next((other for other in lines if other.plain), None)
    return (first is line and not line.core.lower().startswith("meeting")
            and sum(1 for other in lines if other.kind == Kind.NUMBERED) >= 3)


def words(text: str) -> int:
    return len(text.split())


# A company's name ends a title, not a sentence: "Award of Contract for Street Tree Maintenance to Evergreen Arbor Inc."
COMPANY_AT_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Jr|Sr)\.$")


def title_like(text: str, max_words: int = 16, max_chars: int = 150, stop_words: int = 8) -> bool:
    """A heading, not a sentence: short, starts with a capital/digit/quote, and no full stop after more than
    `stop_words` words (agendas do word items as short sentences: "To receive apologies for absence.")."""
    if not text or len(text) > max_chars or words(text) > max_words:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“(*"):
        return False
    if text.endswith((".", ";", ",")) and words(text) > stop_words and not text.isupper() and not COMPANY_AT_END.search(text):
        return False
    return not text.endswith((";", ",", " -", " –")) and not re.search(r"[a-z]{4}[.!?]\s+[A-Z][a-z]+\s+\w+", text)


def run_in_body(line: Line, title: str | None = None) -> int | None:
    """Where a heading's record starts on the heading's own line: after its title (the line's, or the one given) and
    the stop, colon or dash between them ("Treasurer: reported income ...")."""
    title = line.title if title is None else title
    position = line.raw.find(title)
    if position < 0:
        return None
    rest = line.raw[position + len(title):]
    return line.start - line.indent + position + len(title) + (len(rest) - len(rest.lstrip(" \t.:-–—*_")))


def first_prose(lines: list[Line]) -> int:
    """Where the paper's first sentence of prose is (eight words or more): a page's head and navigation end there."""
    return next((line.index for line in lines if line.kind == TEXT and words(line.core) >= 8), len(lines))


def folded(text: str) -> str:
    """Text to compare names by: words only, one space between, case folded."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def quoted_motion(title: str) -> bool:
    """A motion's words in quotes as an item's title: open (its lines follow) or whole ("“I will ask ...”.")."""
    return title.startswith(("“", '"')) and (not re.search('[”"]', title[1:]) or bool(re.search(r'[”"][.!?]?$', title)))


def clean_title(text: str) -> str:
    """A title less its committee system's tail ("PDF 84 KB", "(Pages 3 - 10)"); in a table row flattened to text
    ("Corporate Risk Register | Report"), its first cell."""
    cells = [cell for cell in re.split(r"\s+\|\s*", text) if cell.strip(" |")]
    bilingual = len(cells) == 2 and all(title_like(cell.strip(), 8, 80) for cell in cells) and not cells[1].strip().endswith(".") \
        and not re.match(r"(?:report|minutes|decision|agenda|appendix|appendices|item|documents?|pdf)\b", cells[1].strip(), re.I)
    if len(cells) > 1 and not bilingual:  # "Ngā Tamōtanga | Apologies": a heading in two languages keeps both
        text = cells[0]
    text = vocab.without_tail(text)
    last = text.rstrip()
    if last.endswith(_PAPERS_COLUMN_ENDS) or last[-1:].isdigit() and ")" in text:
        text = _PAPERS_COLUMN.sub("", text)
    return text.strip(" :-–|")


# A board's agenda prints each item's paper in a column after its title: the paper's code or whether it is attached,
# and a mark for the notes below the list ("Finance Report BD(2020)19.9 *", "Minutes of 3 March Attached +").
_PAPERS_COLUMN_WORDS = ("Attached", "To follow", "Verbal", "Oral", "Tabled", "Enclosed")
_PAPERS_COLUMN_ENDS = (*_PAPERS_COLUMN_WORDS, "*", "+")
_PAPERS_COLUMN = re.compile(rf"(?<=\S)\s+(?:(?:{'|'.join(_PAPERS_COLUMN_WORDS)}|[A-Z]{{1,6}}\(\d{{2,4}}\)\d{{1,3}}(?:\.\d{{1,3}})*)"
                            r"(?:\s+[+*]{1,3})?|[+*]{1,3})\s*$")


# A record that says there was nothing, or in one word all that was done: "None.", "Nil", "None received", "No
# apologies", "Noted."
NIL_RECORD = re.compile(r"(?:None|Nil|No(?:ne)? \w+)(?: \w+)?\.?|(?:Noted|Agreed|Received|Approved|Deferred|Withdrawn)\.?")
# A word in small letters other than a title's small words: a sentence's, not a title's rest in title case.
_WORD_IN_SMALL_LETTERS = re.compile(r"\b(?!(?:of|and|the|for|to|in|on|at|a|an|by|with|from|or)\b)[a-z]")


def run_in_heading(title: str) -> tuple[str, int] | None:
    """'APOLOGIES Apologies for absence were submitted ...' -> ('APOLOGIES', where the sentence starts):
    printed minutes often run the heading into its first sentence, after a stop or a dash or none
    ("MINUTES. The minutes of ...", "HIGHWAYS MATTERS – The Clerk reported ..."). A resolution's word is not a
    heading ("RESOLVED. That ...")."""
    found = re.match(r"^((?:(?:[A-Z][A-Z'’&/,()-]*|&)\s+){0,9}[A-Z][A-Z'’&/,()-]+)(?:\s*[.:]\s*[-–—]?\s*|\s+[-–—]\s*|[–—]\s*|\s+)"
                     r"(?=[A-Z][a-z]|A\s+[a-z]{2}|\d{1,3}(?:\.\d{1,3})+\s+[A-Z]|\([a-z]\)\s+[A-Z][a-z])", title)  # or its first paragraph's number: "... 2.1 Councillor
    colon = capitals_colon(title)
    if colon:
        return colon
    if not found:  # in mixed case only at a colon: "Call to order: The meeting was called to order by ..."
        found = re.match(r"^([A-Z][\w'’&/,() –-]{2,120}?):\s+(?=[A-Z\"“][a-z])", title)
        # or any short heading in title case, then a dash and a whole sentence of record ("6.1 Translation Service - The
        # service is expected to be available from September 2022 onwards."), not an agenda's note ("- To approve ...")
        # nor a speaker ("Ms Jane Price – Ms Price addressed ...")
        # (or a stop: "1. Minutes. Cllr Stubbings considered that the minutes ...", as a parish clerk runs them in)
        # (or a lettered part opening its record after the stop: "Matters Arising out of the Minutes. a) SC – asked ...")
        titled = re.match(r"^([A-Z][\w'’&/,() ]{2,60}?)(?:\s+[-–—]\s+(?=[A-Z][a-z])|(?<=[a-z]{3})\.\s+(?=[A-Z][a-z]|[a-h]\)\s))", title) \
            if not found else None
        after = title[titled.end():] if titled else ""
        if titled and title_cased(titled.group(1)) and words(titled.group(1)) <= 6 and not after.startswith("To ") \
                and not vocab.PERSON.match(titled.group(1)) \
                and (re.match(r"[a-h]\)\s", after) or len(re.findall(r"\b[a-z]{2,}\b", after)) >= 4 and re.search(r"[.!?]\)?\.?$", after)):
            found = titled
        # or where an agenda's note on it starts: "Declarations of Interest Members should declare any ..."
        found = found or re.match(rf"^([A-Z][\w'’&/,() -]{{2,60}}?){vocab.AGENDA_NOTE}", title)
        # or before its minute's reference, a running number with the meeting's date: "Apologies for absence
        # HHPC617:24.06.20 An apology ..."; a lettered part that opens the record is not the title's ("Planning a).
        # Applications HHPC621:24.06.20 The members ...")
        referenced = re.match(r"^([A-Z][\w'’&/,() -]{2,120}?)\s+(?:[a-h]\)\.?\s.*?)?(?=[A-Z]{2,6}\s?\d{2,5}\s?:\s?\d{1,2}\s?\.\s?\d{2}\s?\.\s?\d{2,4}\b)",
                              title) if not found else None
        found = found or referenced
        # or a name every meeting's items share, then a dash: "Apologies – Councillors S Doleman and N Tarmaster."
        # (not before more of a heading in capitals, "CALL TO ORDER - PRIVATE PRAYER/MOMENT OF REFLECTION"; initials
        # are a record's words: "Declarations of Interest – AH and BJ ...")
        dashed = re.match(rf"^({vocab.PROCEDURAL_NAMES})\s+[-–—]\s+(?=(?-i:[A-Z][a-z]|[a-z]|\d|[A-Z]{{1,3}}\b))", title, re.I | re.X)
        # (but a subtitle in title case is the heading's rest: "Matters Arising - Riverside Play Area"; not who sent
        # apologies, "Apologies for Absence – Cllr Hayward")
        subtitle = dashed is not None and not re.search(r"[.!?;:]", title[dashed.end():]) and title_cased(title[dashed.end():]) \
            and not vocab.PERSON.match(title[dashed.end():]) and not NIL_RECORD.fullmatch(title[dashed.end():])  # ("- None")
        found = found or (dashed if not subtitle else None)
        # or where the resolution starts after a dash: "Confirmation of the Minutes of ... 2023– RESOLVED that ..."
        found = found or re.match(r"^([A-Z][^–—]{2,150}?)\s*[-–—]\s*(?=RESOLVED\b)", title)
        # or before its record that there was nothing, with only a space: "Disclosure of Interests None."
        found = found or re.match(r"^([A-Z][\w'’&/,() -]{2,80}?)\s+(?=(?:None|Nil)\.?$)", title)
        # or its stop and a word of record: "Approval of minutes from 14/06/21. Approved"
        found = found or re.match(r"^([A-Z][\w'’&/,() -]{2,80}?)\.\s+(?=(?:Approved|Agreed|Noted|Received|Adopted)\.?$)", title)
        rest = title[found.end():] if found else ""
        if found is not None and found is referenced:  # (the record after the reference)
            rest = re.sub(r"^\S+(?:\s?\.\S+)?\s+", "", rest)
        nil = NIL_RECORD.fullmatch(rest)  # "Apologies: None received"
        # a longer heading only before a sentence ("Approval of minutes of meeting of 7th May and 24th June 2019: The
        # minutes were read ..."), not before a subtitle ("... regarding Portland Plan: Comp Plan and citizen involvement")
        long_head = found is not None and words(found.group(1)) > 8
        sentence = nil or re.search(r"[a-z]{2}[.!?](?:\s|$)", rest) or rest.startswith("RESOLVED")
        subtitled = found is not None and not sentence and title_cased(rest)  # "... Action Plan: Annual Progress Report for 2024"
        mixed = found is not None and title_like(found.group(1), 16, 120) and (words(title) - words(found.group(1)) >= 4 or nil) \
            and (sentence or not long_head) and not subtitled \
            and found.group(1).lower() not in (*vocab.RESOLUTION_LABELS, "noted", "carried", "moved", "present") \
            and not DATE_ONLY.match(title[found.end():].rstrip(". "))  # "To agree the date of the next meeting: Thursday 14th July 2022"
        # (who sent apologies, however few words: "Apologies for Absence – Cllr Hayward")
        named = found is not None and vocab.PROCEDURAL_ITEM.match(found.group(1)) is not None and vocab.PERSON.match(rest) is not None
        return (found.group(1), found.end()) if (mixed or named) and found else None
    if not found or words(title) - words(found.group(1)) < 2 or len(re.sub(r"[^A-Z]", "", found.group(1))) < 4:
        return None
    if found.group(1).lower() in (*vocab.RESOLUTION_LABELS, "noted", "carried", "moved"):
        return None
    rest = title[found.end():]
    if vocab.PROCEDURAL_ITEM.match(found.group(1)) and re.search(r"[-–—]", title[len(found.group(1)):found.end()]):
        return found.group(1), found.end()  # "APOLOGIES– Cllrs Huw Jones, Tony Killow ...": a record of names after the dash
    if not _WORD_IN_SMALL_LETTERS.search(rest):
        return None  # "OJHOSC Annual Report": a title in title case after an acronym, not a heading and its sentence
    dated = _HEADINGS_DATE.match(rest) if found.group(1).endswith(",") else None
    if dated:  # "MINUTES OF MEETING, March 16th 2021. It was proposed ...": the date is the heading's
        return title[:found.end() + dated.end("date")], found.end() + dated.end()
    return found.group(1), found.end()


_CAPITALS_COLON = re.compile(r"^((?:(?:[A-Z][A-Z'’&/,()-]*|&)\s+){0,7}[A-Z][A-Z'’&/,()-]+):\s+(?=\S)")


# A street address alone, the number before it read apart: "Hely Street, Wyong", "Oxford St, Levin".
_STREET_ADDRESS = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Dr|Place|Way|Crescent|Court|"
                             r"Boulevard|Blvd|Parade|Terrace|Highway|Square)\.?(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\.?")


def capitals_colon(title: str) -> tuple[str, int] | None:
    """A heading in capitals and a colon, then its record, whatever the record starts with: "PLANNING: 24/00812/HH -
    3 Church Lane ...", "DECLARATIONS OF INTEREST: None.", "DATE OF NEXT MEETING: Monday 11th November 2024". The
    record must read as words (a lower-case word, a nil, a date), not as the rest of a title after an acronym
    ("CIL: Community Infrastructure Levy Spending Plan")."""
    found = _CAPITALS_COLON.match(title)
    if not found or len(re.sub(r"[^A-Z]", "", found.group(1))) < 4:
        return None
    if vocab.NOT_A_RUN_IN_HEADING.match(found.group(1)):
        return None
    rest = title[found.end():]
    lower_word = _WORD_IN_SMALL_LETTERS.search(rest)
    nil = NIL_RECORD.fullmatch(rest)
    dated = re.match(rf"(?:{vocab.WEEKDAY},?\s+)?{ANY_DATE}", rest, re.I)
    # (or, after a heading every meeting has, whatever follows: who sent apologies, "APOLOGIES FOR ABSENCE: Paul Izquierdo,
    # Cluniford Mason, PC Craig Thompson.")
    if not (lower_word or nil or dated or vocab.PROCEDURAL_ITEM.match(found.group(1))):
        return None
    # "CONFIRMATION OF MINUTES OF PREVIOUS MEETING MOTION: That Council adopt ...": the record's own label after the
    # heading starts the record
    label = _RECORD_LABEL_AT_END.search(found.group(1))
    if label and label.start() > 0:
        return found.group(1)[:label.start()], label.start() + 1
    return found.group(1), found.end()


_RECORD_LABEL_AT_END = re.compile(r"\s(?:MOTION|RESOLUTION|RESOLVED|RECOMMENDATION|DECISION|MOVED)$")


# the date that ends a heading in capitals, before the stop where its sentence starts
_HEADINGS_DATE = re.compile(rf"(?P<date>(?:{vocab.WEEKDAY},?\s+)?{ANY_DATE})\s*[.:]\s*(?=[A-Z])", re.I)


def classify(lines: list[Line]) -> list[Line]:
    """Give every line its kind (in place) and return the lines."""
    keys = {found.group("key").lower() for found in (META_LINE.match(line.core) for line in lines) if found}
    # fields only of some papers: a memo's (where it has both "To:" and "From:"), a planning application's
    not_here = ({*_MEMO_KEYS} if not {"to", "from"} <= keys else set()) | (
        set(_PLANNING_KEYS) if not any(key.startswith("application") for key in keys) else set())
    for line in lines:
        _classify_one(line, not_here)
    _ones_counted(lines)
    _years_leading_titles(lines)
    _numbers_in_a_margin(lines)
    _bracketed_headings(lines)
    _count_filled(lines)
    _referenced_sentences(lines)
    _meetings_number_over_its_minutes(lines)
    bulleted = [line for line in lines if line.kind == NUMBERED and line.label == "bulleted"]
    # one "Item 6" alone (a PDF's page header, a note) does not number a paper's items: two markers or a numbered line do
    markers = sum(line.kind == MARKER for line in lines)
    plain_numbered = markers >= 2 or any(line.kind == NUMBERED and line.label not in ("letter", "bulleted") for line in lines)
    if plain_numbered or [line.number for line in bulleted] != [str(n) for n in range(1, len(bulleted) + 1)] or len(bulleted) < 2:
        for line in bulleted:  # a bulleted list inside an item ("• 1. ..."), not an agenda's list of items
            line.kind, line.number, line.title, line.label = BULLET, None, "", ""
    _agenda_sentences(lines)
    _marked_items(lines)
    _lettered_sub_items(lines)
    _headed_tab_table(lines)
    lettered = [line for line in lines if line.kind == NUMBERED and line.label == "letter"]
    counted = markers >= 2 or any(line.kind == NUMBERED and line.label != "letter" for line in lines)
    if counted or [line.number for line in lettered[:3]] != ["A", "B", "C"]:
        # letters that do not run A, B, C (initials, a list), or the parts of items numbered otherwise
        for line in lettered:
            line.kind, line.number, line.title, line.label = (HEADING if is_heading(line) else TEXT), None, "", ""
    return lines


_COUNTED_START = re.compile(r"^(?:\[(?P<square>\d{1,3})\]|(?P<plain>\d{1,3})[.)])\s+(?P<title>[A-Z].*)$")


def _count_filled(lines: list[Line]) -> None:
    """A numbered item worded as a long sentence ("[3] To confirm, or amend, and sign the draft notes of the meeting of
    22nd November 2022.") reads as text on its own; between the headings numbered 2 and 5 ("[2] Declarations of
    interests.", "[5] Correspondence."), lines numbered 3 and 4 in the same style, each with its record under it, are
    the items the count says they are. Only a run that fills the gap exactly: one number short or over, and nothing
    changes."""
    counted = [(line, found) for line in lines if line.kind in (NUMBERED, TEXT) and (found := _COUNTED_START.match(line.core))
               and (line.kind == TEXT or line.number == (found.group("square") or found.group("plain")))]
    anchors = [k for k, (line, _) in enumerate(counted) if line.kind == NUMBERED]
    for a, b in zip(anchors, anchors[1:]):
        (first, found_a), (last, found_b) = counted[a], counted[b]
        between = counted[a + 1:b]
        square = bool(found_a.group("square"))
        if not between or bool(found_b.group("square")) != square:
            continue
        low, high = int(first.number or 0), int(last.number or 0)
        numbers = [int(found.group("square") or found.group("plain")) for _, found in between]
        if numbers != list(range(low + 1, high)) or any(bool(found.group("square")) != square for _, found in between):
            continue
        if not all(title_like(found.group("title"), 30, 300, stop_words=30) and _record_under(lines, line) for line, found in between):
            continue
        for line, found in between:
            line.kind, line.number, line.title = NUMBERED, found.group("square") or found.group("plain"), clean_title(found.group("title"))
            line.label = "counted"


def _referenced_sentences(lines: list[Line]) -> None:
    """Minutes that head each item with its reference and the agenda's whole sentence, the record on the lines under it
    ("F01:04/24 Receive apologies and accept valid reasons for absence, these having been submitted to the clerk prior
    to the meeting." / "Apologies were received ..."): a sentence that long reads as text, but three or more lines
    whose references have one shape (letters, a stroke or a colon about the count: not a report's "2.1") and count on
    by one, each over its record, are the items. The title is the line's first sentence."""
    found = [(line, match) for line in lines if line.kind in (NUMBERED, TEXT) and (match := NUMBERED_LINE.match(line.core))
             and re.search(r"[A-Za-z/:]", match.group("num")) and _record_under(lines, line)]
    by_shape: dict[str, list[tuple[Line, re.Match[str]]]] = {}
    for line, match in found:
        by_shape.setdefault(re.sub(r"\d+", "#", match.group("num")), []).append((line, match))
    for run in by_shape.values():
        counts = [int(re.search(r"\d+", match.group("num")).group()) for _, match in run]
        if len(run) < 3 or counts != list(range(counts[0], counts[0] + len(counts))):
            continue
        for line, match in run:
            first = re.match(r".+?[a-z0-9)][.!?](?=\s+[A-Z])", match.group("title"))
            title = clean_title(first.group() if first else match.group("title"))
            if line.kind == TEXT and title[:1].isupper() and words(title) <= 40:
                line.kind, line.number, line.title = NUMBERED, match.group("num"), title
                line.value = "run-in" if first else line.value  # (the sentences after the first are the item's text)
            if line.kind == NUMBERED:
                line.label = line.label or "counted"


def _meetings_number_over_its_minutes(lines: list[Line]) -> None:
    """"2307 Minutes Draft" at the top, then "2307.01 Present", "2307.02 Disclosure of Interests": the meeting's own
    number naming its paper (as a parish numbers its minutes by year and month), not an item whose parts the minutes
    are. Only where its title names a paper and the numbers below all carry it on."""
    first = next((line for line in lines if not line.blank), None)
    if first is None or first.kind != NUMBERED or not first.number or not first.number.isdigit() \
            or not re.fullmatch(rf"(?:{vocab.PAPER_NAME})(?:\s+draft)?", first.title, re.I):
        return
    below = [line for line in lines[first.index + 1:] if line.kind == NUMBERED]
    if len(below) >= 2 and all((line.number or "").startswith(first.number + ".") for line in below):
        first.kind, first.number, first.title = TEXT, None, ""


def _record_under(lines: list[Line], line: Line) -> bool:
    below = _line_below(lines, line)
    return below is not None and below.kind in (TEXT, LABEL, BULLET)


def _line_below(lines: list[Line], line: Line) -> Line | None:
    """The nearest line under `line` that is not blank."""
    return next((other for other in lines[line.index + 1:] if not other.blank), None)


def line_above(lines: list[Line], line: Line) -> Line | None:
    """The nearest line above `line` that is not blank (furniture included: a table's rule, a page's navigation)."""
    return next((lines[k] for k in range(line.index - 1, -1, -1) if lines[k].kind != Kind.BLANK), None)


# The head of an items table flattened with tabs names its columns: the item's number and its title.
_NUMBER_COLUMN = re.compile(r"(?:agenda\s*(?:item\s*)?(?:#|no\.?)|item\s*(?:#|no\.?)|minute\s*(?:#|no\.?))", re.I)
_TITLE_COLUMN = re.compile(r"(?:title|subject|item|description|matter|business)", re.I)
_NUMBER_CELL = re.compile(rf"(?:\d{{1,3}}(?:\.\d{{1,2}}|[a-z])?|{vocab.ITEM_REF})\.?")


def _headed_tab_table(lines: list[Line]) -> None:
    """An items table flattened with tabs under a head that names its columns, as a records system prints a meeting's
    items ("File #<tab>Ver.<tab>Agenda #<tab>Type<tab>Title<tab>Action<tab>Result"): each row whose number column holds
    an item's number is that item, its title the title column's cell, what follows (the action, the result) its text.
    Cells are placed by their column, empty ones too. Two rows or more; the head itself is no passage."""
    for at, head in enumerate(lines):
        if head.raw.count("\t") < 2:
            continue
        names = [cell.strip() for cell in head.raw.strip(" \r\n").split("\t")]
        number_at = next((k for k, name in enumerate(names) if _NUMBER_COLUMN.fullmatch(name)), None)
        titled = [k for k, name in enumerate(names) if _TITLE_COLUMN.fullmatch(name) and k != number_at]
        if number_at is None and len(titled) == 2 and names[titled[0]].lower() == "item":
            number_at, titled = titled[0], titled[1:]  # "Time<tab>Item<tab>Title<tab>Lead": the item's number, then its title
        title_at = titled[0] if titled else None
        if number_at is None or title_at is None:
            continue
        rows: list[tuple[Line, str, str]] = []
        for line in lines[at + 1:]:
            if line.blank:
                continue
            cells = [cell.strip() for cell in line.raw.strip(" \r\n").split("\t")]
            if len(cells) <= max(number_at, title_at) or not _NUMBER_CELL.fullmatch(cells[number_at]) \
                    or not re.search(r"[A-Za-z]{2}", cells[title_at]):
                break
            rows.append((line, cells[number_at].rstrip("."), plain_line(cells[title_at])))
        if len(rows) >= 2:
            head.kind, head.label = FURNITURE, "items-table"
            for line, number, title in rows:
                rest = line.raw.split("\t")[title_at + 1:]
                line.kind, line.number, line.title = NUMBERED, number, clean_title(title)
                line.value, line.label = "run-in" if any(cell.strip() for cell in rest) else "", ""


_LETTER_ITEM = re.compile(r"^(?:\((?P<bracketed>[A-Za-z])\)|(?P<letter>[A-Za-z])[.)])\s+(?P<title>\S.*)$")


def title_cased(text: str) -> bool:
    """Every word capitalised but the small ones, no sentence's stop: "Route 9 Sidewalk Grant", not "That the report
    be noted"."""
    found = re.findall(r"[\w'’]+", text)
    return bool(found) and len(found) <= 12 and not re.search(r"[.;:!?,]$", text) \
        and all(word[:1].isupper() or word[:1].isdigit() or word.lower() in STOPWORDS for word in found)


_RECORD_LABELS = {*vocab.RESOLUTION_LABELS, "moved", "seconded", "carried", "noted"}


def _sub_item_title(text: str) -> str | None:
    """A lettered sub-item's title: in title case ("Route 9 Sidewalk Grant", "Modifications to the NDP." less its stop),
    or worded as an English parish's agenda words every item ("To receive the Clerk's Report") or as the motion it was."""
    title = text[:-1] if text.endswith(".") and not text.endswith("..") else text
    if title_cased(title) or re.fullmatch(r"(?:To|Motion\s+(?:to|for))\s+[a-z]+\b[^.;:!?]{3,100}", title) and words(title) <= 12:
        return title  # (a Canadian township's minutes name each part by its motion: "a) Motion to go In Closed Session.")
    return None


def _lettered_sub_items(lines: list[Line]) -> None:
    """An agenda's or minutes' sub-items lettered straight under their numbered item ("4. Old Business" / "a. Transfer
    Station Fee Schedule" / its note / "b. Route 9 Sidewalk Grant"; a consent agenda's "A.", "B.", "C."; "3 REVENUE
    BUDGET MONITORING" / "(a) Education Services" / its record / "(b) Children and Families"): two or more, lettered
    a, b, c (or A, B, C) in turn, each a title in title case, are items "4.a", "2.B", "3(a)". Set apart by blank lines
    they must each head text of their own: a bare list of lettered parts, or parts after the item's own note ("5 Question
    Time" / "To deal with oral questions ..." / "A. Questions from Members of the Public"), stays the item's text."""
    content = [line for line in lines if line.kind != BLANK]
    singles: list[tuple[Line, tuple[Line, str, str]]] = []
    lettered_any = False
    for at, parent in enumerate(content[:-1]):
        if parent.kind != NUMBERED or not parent.number or not parent.number.isdigit() or parent.label:
            continue
        subs: list[tuple[Line, str, str]] = []
        texts_after: list[int] = []
        for line in content[at + 1:]:
            lettered = line.kind in (BULLET, TEXT, HEADING) or line.kind == NUMBERED and line.label == "letter"
            found = _LETTER_ITEM.match(line.core) if lettered else None
            letter = (found.group("bracketed") or found.group("letter")) if found else ""
            first = subs[0][2] if subs else letter or "a"
            letters = "abcdefghijklmnopqrstuvwxyz" if first.islower() else "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            title = _sub_item_title(found.group("title")) if found else None
            if found and letter == letters[len(subs)] and title:
                subs.append((line, title, letter))
                texts_after.append(0)
            elif subs and (line.kind in (TEXT, BULLET) or line.kind == LABEL and (line.label or "").lower() in _RECORD_LABELS):  # "Resolved: ..."
                texts_after[-1] += 1
            else:
                break
        spaced = any(line.blanks_before for line, _, _ in subs)
        if len(subs) < 2 or spaced and not all(texts_after[:-1]):
            # one lettered part over its record ("2. ADOPTION OF AGENDA:" / "a) Motion to Adopt the Agenda." / its
            # motion) counts where the paper letters other items' parts too
            if len(subs) == 1 and texts_after[0] and not spaced:
                singles.append((parent, subs[0]))
            continue
        lettered_any = True
        for line, title, letter in subs:
            _letter_sub_item(parent, line, title, letter)
    if lettered_any:
        for parent, (line, title, letter) in singles:
            _letter_sub_item(parent, line, title, letter)


def _letter_sub_item(parent: Line, line: Line, title: str, letter: str) -> None:
    number = f"{parent.number}({letter})" if line.core.startswith("(") else f"{parent.number}.{letter}"
    line.kind, line.number, line.title, line.label = NUMBERED, number, clean_title(title), ""


def _ones_counted(lines: list[Line]) -> None:
    """An ordered list converted to plain text with every entry numbered "1." (as Markdown writes one): three or more
    such lines in a row, nothing between them, are the list's entries 1, 2, 3 as the page shows them, not one item's
    number again and again (an entry too long for a heading's title among them too: the list is the agenda)."""
    def entry(line: Line) -> re.Match[str] | None:
        found = NUMBERED_LINE.match(line.core) if line.kind in (NUMBERED, BULLET) and not line.label else None
        return found if found and found.group("num").rstrip(".") == "1" else None

    run: list[tuple[Line, re.Match[str]]] = []
    for line in [*lines, None]:
        if line is not None and line.kind == BLANK:
            continue
        found = entry(line) if line is not None else None
        if found:
            run.append((line, found))
            continue
        if sum(listed.kind == NUMBERED for listed, _ in run) >= 3:
            for position, (listed, numbered) in enumerate(run, 1):
                listed.kind, listed.number = NUMBERED, str(position)
                listed.title = listed.title or clean_title(numbered.group("title"))
        run = []


def _years_leading_titles(lines: list[Line]) -> None:
    """"2023 Annual Report on the Licensing Act 2003": a title that starts with its year, not item 2023, where the year
    has no stop after it, the title is not in capitals (a town council's running "2216 MATTERS ARISING" is) and no
    other line is numbered near it."""
    numbers = [int(line.number) for line in lines if line.kind == NUMBERED and line.number and line.number.isdigit()]
    for line in lines:
        if line.kind != NUMBERED or not line.number or not re.fullmatch(r"(?:19|20)\d\d", line.number) \
                or not re.match(rf"{line.number}\s+[A-Z][a-z]", line.core) or line.title.isupper():
            continue
        if sum(1 for n in numbers if abs(n - int(line.number)) <= 20) == 1:
            line.kind, line.number, line.title, line.value = (HEADING if is_heading(line) else TEXT), None, "", ""


# A minute's number set in a margin column, beside its heading at the line's end after a wide gap.
_MARGIN_NUMBER = re.compile(r"^(?P<title>\S.*?\S)(?:[ \u00a0]{3,}|\t+)(?P<num>(?:[A-Z]{1,4}[./]?)?\d{1,4}(?:/\d{2,4})?)\.?\s*$")


def _numbers_in_a_margin(lines: list[Line]) -> None:
    """Printed minutes that set each minute's number in a margin column, which the text layer puts beside the heading
    at the line's end ("Apologies for Absence          112") or on a line of its own straight under it ("APOLOGIES FOR
    ABSENCE" / "LC.41"). Where three headings or more are numbered so, with distinct titles and numbers counting up
    (most by one), each is that item, numbered; a number under its heading goes into the heading."""
    def heading(line: Line, text: str) -> bool:
        return line.kind in (TEXT, HEADING, LABEL, HEADER) and line.value != "inline" \
            and title_like(text, 15, 150) and not text.endswith((".", ":", ",", ";"))

    beside = [(line, found) for line in lines if ("   " in line.raw or "\t" in line.raw or "\u00a0" in line.raw)
              and (found := _MARGIN_NUMBER.match(line.raw.rstrip())) and heading(line, plain_line(found.group("title")))]
    under = []
    for line in lines:
        if line.kind != NUMBER or line.blanks_before or not line.index:
            continue
        above = lines[line.index - 1]
        below = next((other for other in lines[line.index + 1:line.index + 6] if not other.blank), None)
        if heading(above, above.core) \
                and below is not None and below.kind in (TEXT, LABEL, BULLET, DATE) \
                and (below.core.endswith(".") or not title_like(below.core, 8, 80)):  # the record, not a title under it
            under.append((above, line))

    bracketed = [(line, found) for line in lines if line.core.endswith((")", "]")) and (found := _REF_IN_BRACKETS.match(line.core))
                 and heading(line, found.group("title"))]  # "Village hall car park (25/24)"
    for run in (beside, bracketed):
        if _counts_up([found.group("num") for _, found in run], [found.group("title") for _, found in run]):
            for line, found in run:
                line.kind, line.number, line.title, line.label = NUMBERED, found.group("num"), clean_title(plain_line(found.group("title"))), ""
    if _counts_up([number.number or "" for _, number in under], [title.core for title, _ in under]):
        for title, number in under:
            title.kind, title.number, title.title, title.label = NUMBERED, number.number, clean_title(title.core), ""
            number.kind = FURNITURE  # (the number now stands in its heading)


# A minute's reference in brackets after its heading: "Village hall car park (25/24)", "Apologies [EX/25/08]".
_REF_IN_BRACKETS = re.compile(r"^(?P<title>\S.*?\S)\s+[(\[](?P<num>(?:[A-Z]{1,6}\s?/?)?\d{1,4}(?:/\d{1,4}){1,2})[)\]]$")


def _counts_up(numbers: list[str], titles: list[str]) -> bool:
    """Three references or more with distinct titles whose minute numbers count up, most by one. The minute's number is
    the first of the reference's numbers that changes from one to the next ("PLA75/20", "LC.41"; "25/21" or "EX/25/08",
    where the year comes first)."""
    parts = [[int(d) for d in re.findall(r"\d+", n)] for n in numbers]
    if not parts or not all(parts) or len({len(p) for p in parts}) != 1:
        return False
    position = next((k for k in range(len(parts[0])) if len({p[k] for p in parts}) > 1), 0)
    tops = [p[position] for p in parts]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    return len(tops) == len(numbers) >= 3 and all(step > 0 for step in steps) \
        and sum(step == 1 for step in steps) * 3 >= len(steps) * 2 and len(set(titles)) == len(titles)


# The time a meeting took an item up, before its heading: "6:02 p.m. - Item 1: ...", "7.15pm – Adjournment".
_TIME_FIRST = re.compile(r"^\d{1,2}[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?\s*[-–—]\s+(?=\S)", re.I)
# A heading in bold at a line's start, then the record on the same line: "**1. Apologies.** Apologies were ..."
_BOLD_RUN_IN = re.compile(r"^(?P<mark>\*\*|__)(?P<head>[^*_]{2,120}?)(?P=mark)\s*(?P<rest>\S.*)$")


_BRACKETED_MIXED = re.compile(r"^\((?P<num>\d{1,3})\)\s+(?P<title>[A-Z].*)$")


def _bracketed_headings(lines: list[Line]) -> None:
    """Minutes numbered in brackets with titles in mixed case ("(23) Apologies for Absence"): headings, where three or
    more count up by one and nothing else in the paper is numbered (a numbered record's own lists, "(1) that the report
    be noted;", are bracketed too)."""
    if any(line.kind == NUMBERED for line in lines):
        return

    def record_under(line: Line) -> bool:  # (a list's entries follow one another; a heading has its record under it)
        below = _line_below(lines, line)
        return below is not None and below.kind in (TEXT, LABEL) and not _BRACKETED_MIXED.match(below.core)

    found = [(line, match) for line in lines if line.kind in (TEXT, HEADING, BULLET) and (match := _BRACKETED_MIXED.match(line.core))
             and title_like(match.group("title"), 12, 120) and not match.group("title").endswith((".", ":", ",", ";"))
             and record_under(line)]
    numbers = [int(match.group("num")) for _, match in found]
    if len(found) >= 3 and all(b == a + 1 for a, b in zip(numbers, numbers[1:])):
        for line, match in found:
            line.kind, line.number, line.title = NUMBERED, match.group("num"), clean_title(match.group("title"))


_FILE_NUMBER = re.compile(r"^(?:(?:\d{2}|\d{4})-(?!(?:19|20)\d\d\b)\d{3,5}|\((?:\d{2}|\d{4})-\d{3,5}\))\s+(?=[A-Z])")  # or "(25-0101)"
_ITEM_MARKER = re.compile(r"^<AI\d{1,3}>$")


def _marked_items(lines: list[Line]) -> None:
    """ModernGov's minutes, saved as text, keep its markers: "<AI3>" opens item 3 and "</AI3>" closes it. The
    numbered line after an opening marker is the item's heading, whatever its last character ("1. Election of
    the Chairman;")."""
    for marker in lines:
        if not _ITEM_MARKER.match(marker.plain):
            continue
        heading = next((other for other in lines[marker.index + 1:] if not other.blank), None)
        found = NUMBERED_LINE.match(heading.core) if heading and heading.kind != NUMBERED else None
        if found and title_like(found.group("title").rstrip(";,: "), 40, 300):
            heading.kind, heading.number, heading.title = NUMBERED, found.group("num"), clean_title(found.group("title")).rstrip(";,")


# An agenda's item worded as what the meeting will do: "5) To receive any matters arising from either the chair or Clerk."
_AGENDA_SENTENCE = re.compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<title>To\s+[a-z]{3,}\b.*)$")


def _agenda_sentences(lines: list[Line]) -> None:
    """A parish agenda words its items as sentences ("4) To receive and approve the minutes of the meeting held on ...").
    One too long to look like a heading is a bullet by its shape; such bullets between two numbered lines are items
    where, with them, the numbers count on by one from the line above to the line below (or to the paper's end).
    Recommendations inside an item ("1. To note the report") start again from 1, not from the item's number."""
    numbered = [line for line in lines if line.kind == NUMBERED and (line.number or "").isdigit()]
    if not numbered:
        return
    sentences = [(line, found) for line in lines if line.kind == BULLET
                 and (found := _AGENDA_SENTENCE.match(line.core)) and words(found.group("title")) <= 40]
    for above, below in zip(numbered, [*numbered[1:], None]):
        between = [(line, found) for line, found in sentences
                   if above.index < line.index and (below is None or line.index < below.index)]
        if not between:
            continue
        count = [int(above.number), *(int(found.group("num")) for _, found in between)]
        if below is not None:
            count.append(int(below.number))
        if count == list(range(count[0], count[0] + len(count))):
            for line, found in between:
                line.kind, line.number, line.title = NUMBERED, found.group("num"), clean_title(found.group("title")).rstrip(".")


_MEMO_KEYS = ("to", "from", "through", "thru", "prepared by", "re")  # "To: All Members" alone is a letter's line, not a field
# "Proposal: Signs of Safety is well embedded ..." in a report's text is a sentence, not a field
_PLANNING_KEYS = ("site", "site address", "proposal", "applicant", "agent", "case officer")


def _classify_one(line: Line, not_here: set[str] | frozenset[str] = frozenset()) -> None:
    core = line.core
    if line.blank:
        line.kind = BLANK
        return
    timed = _TIME_FIRST.match(core)
    if timed and re.search(r"[A-Za-z]{3}", core[timed.end():]):
        core = line.core = core[timed.end():]  # "6:02 p.m. - Item 1: Water Treatment ...": the time an item was taken up
    unbulleted = LINK_BULLET.sub("", core)
    if not core or vocab.FURNITURE.match(core) or not line.link_cell and vocab.FURNITURE.match(line.plain) \
            or vocab.FURNITURE.match(unbulleted) or vocab.page_footer(core):
        line.kind = FURNITURE
        return
    if vocab.PAGE_HEADER.match(core) or re.fullmatch(r"(?:(?:decision|report|item) )?details", core, re.I):
        line.kind, line.title = HEADER, core
        return
    # a front sheet's table flattened with tabs: "Committee<tab>Cabinet"
    tabbed = _TAB_FIELD.match(line.raw.strip()) if "\t" in line.raw else None
    if tabbed and tabbed.group("key").lower() not in not_here:
        line.kind, line.key, line.value = META, tabbed.group("key").lower().rstrip("?"), plain_line(tabbed.group("value"))
        return
    bilingual = [part for part in core.split(" / ") if DATE_ONLY.match(part)] if " / " in core else []
    if bilingual and len(core.split(" / ")) == 2:  # "Dydd Iau, 9 Mawrth 2023 / Thursday, 9 March 2023"
        line.kind, line.value = DATE, DATE_ONLY.match(bilingual[0]).group("date")
        return
    for kind, pattern, shape in ((DECISION, DECISION_ENTRY, ""), (MEETING, MEETING_HEADING, "heading"),
                                 (MEETING, MEETING_COLON_HEADING, "heading"), (MEETING, MEETING_DATE_FIRST, "heading"),
                                 (DATE, DATE_ONLY, ""), (DATE, MINUTES_HELD_ON, "held"), (MEETING, MEETING_LINE, "meeting-line"),
                                 (MEETING, MEETING_OF_LINE, "meeting-of")):
        found = pattern.match(core)
        if found and shape == "heading" and (re.fullmatch(vocab.METADATA_KEYS, found.group("committee").strip(), re.I)
                                             or re.search(vocab.NEXT_MEETING, found.group("committee"), re.I)):
            found = None  # "Date of meeting | 12 March 2024": a front sheet's field; "Date of the next meeting - ...": not this one
        if found and pattern is MINUTES_HELD_ON and not (found.group("before") or found.group("after")):
            found = None  # no place: "Minutes of the meeting held on 24 September 2015", an item approving earlier minutes
        if found and shape == "heading" and (re.search(r"\s\d{1,3}\.(?:\d{1,2})?\s+[A-Z]", found.group("committee"))
                                             or re.match(r"[A-Z]{1,6}\d{1,4}/\d", found.group("committee"))):
            found = None  # "... 7 9. CONFIRMATION OF MINUTES 7 9.1 Ordinary Meeting of Council – 16 October 2019": a contents row
            # (and "R6/1-21 ADJUSTMENTS BUDGET 2020/2021 – 28 JANUARY 2021 6", its resolution's reference first)
        if found:
            line.kind, line.label = kind, shape
            groups = found.groupdict()
            line.title = (groups.get("title") or groups.get("committee") or "").strip()
            line.value = groups.get("date") or ""
            line.number = groups.get("num") or groups.get("ref")
            return
    meta = META_LINE.match(core)
    if meta and not LABEL_INLINE.match(core) and meta.group("key").lower() not in not_here:
        line.kind, line.key, line.value = META, meta.group("key").lower().rstrip("?"), meta.group("value").strip()
        if line.value == "Title":  # "SUBJECT:Title": a records system's field name left in the text; the value is below
            line.value = ""
        cells = [cell.strip() for cell in line.raw.split("\t") if cell.strip()] if "\t" in line.raw else []
        if len(cells) >= 3 and cells[0].endswith(":") and cells[2].endswith(":"):
            line.value = plain_line(cells[1])  # "Meeting Name:<tab>Planning Commission<tab>Agenda status:<tab>Final"
        return
    body = _BODY_BEFORE_MARKER.match(core)  # "CITY COUNCIL AGENDA ITEM NO. 8": the body's own item, as US reports head it
    marked = core[body.end():] if body else core
    beside = _MARKER_AFTER_GAP.match(line.raw.strip()) if not body and ("   " in line.raw or "\t" in line.raw) else None
    marked = beside.group("marker") if beside else marked  # "ARGYLE VALLEY COUNCIL<gap>Item No 6": a report's corner
    marker = _MARKER.match(marked)
    if marker and re.match(r"^(?:agenda\s+item\b|agenda\s*#\s*\d|item[\s-]*(?:no\.?\s*|#\s*)?\(?\d|min(?:ute|\.)?\s*(?:no\.?\s*)?\d"
                           rf"|item\s+(?-i:[IVXL]{{1,6}})\s*[-–—:.]|item\s+{_NUMBER_WORD}|(?-i:A)rticle\s+\d{{1,3}}\s*[:.]\s)", marked, re.I) \
            and not _SENTENCE_GOES_ON.match(marker.group("title") or "") \
            and not _MOTION_NUMBERED.match(marker.group("title") or "") \
            and not re.match(r"(?:item|minute)\s", marked):  # "Item 3.0 of the agenda ...", "item 13, a report ...": a sentence
        title = _FILE_NUMBER.sub("", clean_title(marker.group("title") or ""))  # "Item 7.1 (25-0101) Approve ..."
        record = _RECORD_AFTER_DASH.search(title)  # "Item 2 – Revenue Budget – Decision: The Committee agreed ..."
        title, line.label = (title[:record.start()], "run-in") if record and record.start() else (title, "")
        run_in = run_in_heading(title) if not line.label and ":" in title else None
        # "Minute 45. Apologies: Apologies were ...", not a transcript's speaker ("Item 56. Adams: Welcome ...")
        run_in = run_in if run_in and (words(run_in[0]) >= 2 or vocab.PROCEDURAL_ITEM.match(run_in[0])) else None
        title, line.label = (run_in[0], "run-in") if run_in else (title, line.label)
        line.kind, line.number = MARKER, marker.group("num")
        if not line.number and re.fullmatch(rf"{_REF}\.?", title):  # "Agenda item: 5", a front sheet's field
            line.number, title = title.rstrip("."), ""
        line.title = "" if re.fullmatch(r"no\.?", title, re.I) else title  # "Agenda Item No." with its number left blank
        line.value = body.group("body") if body else ""
        return
    # (or under a list's bullet that the page's last link ran into: "• View Recorded Vote for this item" / "• 2.")
    alone = NUMBER_ALONE.match(core) or (NUMBER_ALONE.match(unbulleted) if unbulleted != core else None)
    if alone and re.search(r"\d", core) and not re.fullmatch(r"(?:19|20)\d\d/(?:19|20)?\d\d", core):  # not "2013/2014"
        line.kind, line.number = NUMBER, alone.group("num") or alone.group("bracketed") or alone.group("spaced").replace(" ", "")
        return
    letter = re.fullmatch(r"\(?([A-Ha-h])\)", core)
    if letter:  # "A)" on a line of its own, its title on the next: a sub-item's letter, as eSCRIBE's minutes print it
        line.kind, line.number, line.label = NUMBER, letter.group(1), "letter"
        return
    label = LABEL_ALONE.match(core)
    resolution = RESOLUTION_ALONE.match(core)
    if (label or resolution) and words(core) <= 8:
        line.kind, line.label = LABEL, label.group("label") if label else resolution.group("label") or resolution.group("label2")
        return
    inline = RESOLVED_INLINE.match(core) or (LABEL_INLINE.match(core) if not line.decorated else None)
    if inline and not BULLET_START.match(core) and (inline.group("label")[:1].isupper() or inline.start("label") > 0):
        line.kind, line.label = LABEL, inline.group("label")
        line.value = "inline"
        return
    trailing = TRAILING_REF.match(core) if not re.match(r"\d{1,3}(?:\.\d{1,2})?[.)]?\s", core) else None  # "4. EMPTY HOMES 2022/23"
    if trailing and re.fullmatch(r"[A-Z]+\s(?:19|20)\d\d/\d{2,4}", trailing.group("num")):
        trailing = None  # "ANNUAL REPORT 2022/23": a year, not a minute reference ("PLA75/20")
    if trailing and words(trailing.group("title")) <= 12:
        line.kind, line.number, line.title = NUMBERED, trailing.group("num").replace(" ", ""), trailing.group("title").strip()
        return
    row = _table_row(line.raw)
    if row:  # "AGC 14<tab>External audit findings<tab>The Committee received ...": number, title, then the text
        line.kind, line.number, line.title, line.value = NUMBERED, row[0], row[1], "run-in" if row[2] else ""
        return
    bold = _BOLD_RUN_IN.match(line.raw.lstrip()) if line.raw.lstrip()[:2] in ("**", "__") else None
    bold_numbered = NUMBERED_LINE.match(plain_line(bold.group("head"))) if bold else None
    bold_title = bold_numbered.group("title").rstrip(" .:–-") if bold_numbered else ""
    if bold_numbered and title_like(bold_title, 14, 120):
        # "**4. Budget and precept 2025/26.** The Clerk presented ...": a converter's bold heading run into its record
        line.kind, line.number, line.title, line.value = NUMBERED, bold_numbered.group("num"), clean_title(bold_title), "run-in"
        return
    unbulleted_numbered = NUMBERED_LINE.match(unbulleted) if unbulleted != core else None
    if unbulleted_numbered and title_like(unbulleted_numbered.group("title"), 25, 250) and not unbulleted.endswith("."):
        # "• 1. Appointment of Chair": an agenda listed as bulleted links, each an item (where they count 1, 2, 3
        # and nothing else is numbered: classify checks)
        line.kind, line.number, line.title = NUMBERED, unbulleted_numbered.group("num"), clean_title(unbulleted_numbered.group("title"))
        line.label = "bulleted"
        return
    numbered = NUMBERED_LINE.match(core) or ROMAN_LINE.match(core) or ROMAN_CAPS_LINE.match(core) or BRACKETED_LINE.match(core) \
        or SQUARE_BRACKETED_LINE.match(core)
    if numbered and re.fullmatch(r"(?:19|20)\d\d", numbered.group("num")) and re.match(r"(?:at|commencing)\b|\d", numbered.group("title"), re.I):
        numbered = None  # "2019 AT 6:00pm": a date's year wrapped onto its own line, with the time
    if numbered and re.fullmatch(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d|(?:19|20)\d\d/\d{1,2}/\d{1,2}", numbered.group("num")):
        numbered = None  # "21/02/2023 15:03:27 ...", "2021/11/03: Parish Council Meeting Agenda": a date, never a minute's reference
    if numbered and vocab.VOTE_TALLY.match(core):
        numbered = None  # "5 For, 0 Against, 1 Abstention": how the vote went, not item 5
    if numbered and re.match(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b", core):
        numbered = None  # "11.13.2008 CC Minutes", an attachment's name: a date, not paragraph 11.13
    if numbered and re.fullmatch(r"\d{1,5}", numbered.group("num")) and _STREET_ADDRESS.fullmatch(core[numbered.start("title"):]):
        numbered = None  # "2 Hely Street, Wyong": the venue's address, not item 2
    if numbered and re.match(r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?\b|$)|\d{1,2}:\d\d\b", core, re.I):
        numbered = None  # "4:30 P.M. SESSION", "2.00pm": a time, not item 4
    if numbered and re.match(rf"{_DAY_MONTH_YEAR}\b", core, re.I):
        numbered = None  # "10 NOVEMBER 2011 DEVELOPMENT COMMITTEE": a document site's title, date first, not item 10
    if numbered and _MOTION_NUMBERED.match(numbered.group("title")):
        numbered = None  # "MIN 41/09 MOTION - Moved Cr. Hale 2nd Cr. Price": a motion's number inside its item
    lettered = LETTER_LINE.match(core) if not numbered else None
    if lettered and title_like(lettered.group("title"), 20, 200) and not lettered.group("title").endswith("."):
        line.kind, line.number, line.title, line.label = NUMBERED, lettered.group("num"), clean_title(lettered.group("title")), "letter"
        return
    if numbered and re.search(r"[A-Za-z]{2}", numbered.group("title")):  # not a page range "13 - 20"
        title = clean_title(numbered.group("title"))
        lead = _LEAD_COLUMN.search(line.raw.rstrip()) if "   " in line.raw or "\t" in line.raw else None
        if lead and title.endswith(lead.group("lead")) and len(title) > len(lead.group("lead")):
            title = title[:-len(lead.group("lead"))].rstrip()  # "4. Housing Business Plan<gap>Director of Housing"
        resolution_ref = re.fullmatch(r"(?P<title>[A-Z][^a-z]*?[A-Z]{2}[^a-z]*?)\s+(?!(?:19|20)\d\d/)\d{1,4}/\d{2,4}", title)
        title = resolution_ref.group("title") if resolution_ref else title  # "4 MINUTES 162/17": its resolution's number
        title = _FILE_NUMBER.sub("", title)  # "3.a. 24-0211 Approval of the Minutes ...": a records system's file number
        agenda_number = re.match(r"\d{1,3}[.)]\s+(?=[A-Z])", title) if re.search(r"[/A-Za-z]", numbered.group("num")) else None
        title = title[agenda_number.end():] if agenda_number else title  # "C048/23  1.  APOLOGIES": the minute's reference, then the agenda's number
        marked = vocab.AGENDA_ITEM_PREFIX.match(title)
        title = title[marked.end():] if marked else title  # "167.0. Agenda Item 1: Record of those Present": and its agenda item
        walled = line.key == "wall-item"  # an inline item's heading: long, as a US council words its items
        if walled and title.endswith(";") and title[:-1].isupper():
            title = title[:-1]  # "3 DECLARATION OF MEMBERS' INTERESTS;" over its parts "(i) ...", "(ii) ..."
        run_in = run_in_heading(title)
        # a sentence cut at the line's end ("1.1 It was" / "PROPOSED by ..."), not a heading: no title ends on these words
        broken = re.search(r"\b(?:was|were|is|are|be|been|that|and|or|of|the|to|by|with|for|a|an)$", title, re.I)
        if (run_in or title_like(title, 60 if walled else 40, 400 if walled else 300, stop_words=12 if walled else 8) \
                or (quoted_motion(title) and len(title) <= 400) or agenda_sentence(title, to_form=False)) \
                and not (broken and not run_in):
            line.kind, line.number, line.title = NUMBERED, numbered.group("num"), run_in[0] if run_in else title
            if walled and line.raw.lstrip().startswith("*") and not line.number.startswith("*"):
                line.number = "*" + line.number  # "*42": the star the decoration-stripping took
            if run_in:  # the body starts on this line, after the heading
                line.value = "run-in"
            return
    if BULLET_START.match(core):
        line.kind = BULLET
        return
    # a line the meeting took up at a time ("7:15 p.m. - Adjournment") is a heading, as its numbered siblings are
    line.kind = HEADING if is_heading(line) or (timed and title_like(core, 12, 100) and not core.endswith(".")) else TEXT


# What an agenda asks its body to do, an item's title worded as one sentence: "1. Read and approve the minutes of the
# last meeting.", "Consider noting in minutes any off right-of-way work on any County road ..." (a US agenda), "To approve
# as a correct record the minutes of the meeting held on 16 November 2011, and to authorise the Chairman to sign them."
_IMPERATIVE = r"(?:Read|Consider|Approve|Discuss|Review|Hear|Authori[sz]e|Adopt|Accept|Ratify|Award|Appoint)\b"
_IMPERATIVE_VERB = re.compile(_IMPERATIVE)
_AGENDA_VERB = re.compile(rf"{_IMPERATIVE}|To\s+(?:approve|receive|note|consider|agree|confirm|adopt|sign|elect|appoint)\b")


def agenda_sentence(title: str, to_form: bool = True) -> bool:
    """An item's title worded as the sentence an agenda asks its body to act on, stop and all: one sentence, not a
    record of what was done (a title-like line past title_like's stop rule). `to_form`: "To approve ..." counts too
    (a numbered line so worded is _agenda_sentences' to count, with its neighbours' numbers)."""
    verb = _AGENDA_VERB if to_form else _IMPERATIVE_VERB
    return bool(verb.match(title)) and title.endswith(".") and title_like(title[:-1], 40, 300) \
        and not re.search(r"[.!?]\s+[A-Z]", title[:-1])


_ROW_REF = re.compile(rf"(?:{vocab.ITEM_REF}|[A-Z]{{1,6}}\s\d{{1,4}}(?:/\d{{2,4}})?)\.?")  # "AGC 14" in its own cell


def _table_row(raw: str) -> tuple[str, str, str] | None:
    """A table row flattened with tabs whose first cell is an item's number and second a title, perhaps with the
    item's text in a third: (number, title, text)."""
    cells = [cell.strip() for cell in raw.strip(" \r\n").split("\t")]
    if len(cells) < 3 or not _ROW_REF.fullmatch(cells[0]) or not re.search(r"[A-Za-z]{2}", cells[1]):
        return None
    title = plain_line(cells[1])
    if not title_like(title, 25, 250) or title.endswith("."):
        return None
    return cells[0].rstrip("."), clean_title(title), " ".join(cells[2:]).strip()


def is_heading(line: Line) -> bool:
    """A line that looks like a heading by itself: decorated, ALL CAPS, or short and title-like ending in a colon."""
    plain = line.core
    if not plain or words(plain) > 16 or len(plain) > 150:
        return False
    if plain.endswith(":") and words(plain) > 6:
        return False  # a lead-in sentence ("The three work-streams are aligned to ...:")
    if line.decorated:
        return not plain.endswith(".") or words(plain) <= 4
    letters = re.sub(r"[^A-Za-z]", "", plain)
    if len(letters) >= 4 and plain.isupper() and words(plain) <= 12 and not plain.endswith("."):
        return True
    return words(plain) <= 6 and plain.endswith(":") and title_like(plain.rstrip(":"), 6)
