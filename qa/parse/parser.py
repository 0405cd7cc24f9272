"""Parse a committee paper's text: classify its lines, find its items, cut each item's sections into
blocks, and read its title, committee and meeting date. Never raises on an odd layout: text in no
known layout becomes paragraphs under the paper's first real heading. Blocks are offsets into the
source text; nothing is rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from qa.parse import vocab
from qa.parse.items import continues, family, find_openers, label_name, running_lines, wraps_on
from qa.parse.lines import (
    LABEL_ALONE,
    LINK_BULLET,
    Kind,
    Line,
    classify,
    clean_title,
    first_prose,
    folded,
    run_in_body,
    split_lines,
    title_like,
    words,
)
from qa.parse.meta import parse_date, read_fields
from qa.parse.model import STRONG, Block, Item, Opener, bare_number, next_content
from qa.parse.report import is_report, report_head, sections_as_items

_PRE_LABEL = "\x00pre-label"


@dataclass
class ParsedDocument:
    source: str
    text: str
    title: str
    layout: str
    committee: str | None = None
    meeting_date: str | None = None
    items: list[Item] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)  # metadata lines: "decision maker", "venue", ...


class _Blocks:
    """Accumulates blocks while walking the lines; owns the current item and section path."""

    def __init__(self, doc: ParsedDocument):
        self.doc = doc
        self.item: int | None = None
        self.sections: list[tuple[str, str]] = []  # (family key, label)
        self.para: list[Line] = []
        self.para_bullet = False
        self.para_start: int | None = None  # a paragraph may start inside its first line (after a run-in heading)
        self.caps_top = False
        # a numbered heading inside an item, with the section path above it, until text comes under it
        self.listed: tuple[Line, tuple[str, ...]] | None = None

    def section_path(self) -> tuple[str, ...]:
        item = self.doc.items[self.item] if self.item is not None else None
        if not self.sections and item is not None and not item.preamble and self.doc.layout != "report":
            return (_PRE_LABEL,)
        return tuple(label for _, label in self.sections)

    def flush(self) -> None:
        if not self.para:
            return
        start = self.para_start if self.para_start is not None else self.para[0].start
        end = min(self.para[-1].end, self.para[-1].core_end)
        if re.search(r"\w", self.doc.text[start:end]):
            if self.item is None:  # text before the first item: the paper's opening matter
                self.doc.items.append(Item(None, self.doc.title, 0, preamble=True))
                self.item = len(self.doc.items) - 1
            self.doc.blocks.append(Block(start, end, self.item, self.section_path(), self.para_bullet))
            self.listed = None
        self.para, self.para_bullet, self.para_start = [], False, None

    def add_line(self, line: Line, bullet: bool, start: int | None = None) -> None:
        if bullet or (self.para and self.para_bullet and not continues(self.para[-1], line) and not self._heads_its_lines(line)):
            self.flush()
        if not self.para:
            self.para_bullet, self.para_start = bullet, start
        self.para.append(line)

    def _heads_its_lines(self, line: Line) -> bool:
        """A bullet that names what its lines are about, with no stop ("- 20/501261/FULL PROPOSAL: 5 River Close"), and
        a line straight under it: the entry's text, as a list of planning applications prints each one."""
        entry = self.para[0]
        return len(self.para) == 1 and line.blanks_before == 0 and not entry.core.rstrip().endswith((".", ";", ":", ",", "!", "?"))

    def open_item(self, number: str | None, title: str, start: int, preamble: bool = False,
                  meeting: tuple[str | None, str | None] = (None, None)) -> None:
        self.flush()
        self.settle_listed()
        self.doc.items.append(Item(number, title, start, preamble, *meeting))
        self.item = len(self.doc.items) - 1
        self.sections = []
        self.caps_top = False

    def reopen_item(self, number: str | None) -> None:
        """Go back to the item with this number: later text about it ("Item 56." in a transcript) is its text."""
        self.flush()
        self.settle_listed()
        earlier = [i for i, item in enumerate(self.doc.items) if not item.preamble and bare_number(item.number) == bare_number(number)]
        if earlier:
            self.item = earlier[0]
        self.sections = []

    def top_section(self, label: str, key: str | None = None, caps: bool = False) -> None:
        """A section at the item's top level; `caps`: its heading was set in capitals ("DISCUSSION"), so a heading
        set the same way after it ("FISCAL IMPACT") is its sibling, not its part."""
        self.flush()
        self.sections = [(key or label.lower(), label)]
        self.caps_top = caps

    def close_sections(self) -> None:
        """Back to the item's own text: what follows is in no section the item opened."""
        self.flush()
        self.sections = []

    def numbered_heading(self, line: Line) -> None:
        """A numbered heading inside an item ("2. Mayor's Report" under "VI. Reports"): a section of the item, or, where
        the next thing is its sibling or the next item and nothing came under it, an entry of the item's list."""
        self.flush()
        label = line.core.rstrip(":").strip()
        sibling = self.listed is not None and family(self.listed[0].core.rstrip(":").strip()) == family(label)
        above = self.listed[1] if sibling else self.section_path()
        if sibling:
            self.settle_listed()
        self.sub_section(label)
        self.listed = (line, above)

    def settle_listed(self) -> None:
        """The numbered heading nothing came under: its line is the item's text, an entry of a list (an agenda's)."""
        if self.listed is not None and self.item is not None:
            line, above = self.listed
            self.doc.blocks.append(Block(line.start, min(line.end, line.core_end), self.item, above))
        self.listed = None

    def sub_section(self, label: str) -> None:
        self.flush()
        key = family(label)
        keys = [k for k, _ in self.sections]
        if key in keys:
            del self.sections[keys.index(key):]
        elif len(self.sections) >= 4:
            self.sections.pop()
        self.sections.append((key, label))


def _first_title(lines: list[Line], until: int | None) -> Line | None:
    """The paper's own first line of substance: not furniture, a page header, metadata or a date."""
    for line in lines:
        if until is not None and line.index >= until:
            return None
        if line.kind in (Kind.BLANK, Kind.FURNITURE, Kind.HEADER, Kind.META, Kind.DATE, Kind.NUMBER):
            continue
        if line.kind == Kind.LABEL and line.label.lower() in vocab.RESOLUTION_LABELS:
            return None  # "RESOLVED: That Cabinet:" under a decision page's fields: its record starts, no title above it
        return line if title_like(line.core, 30, 300) or line.kind == Kind.MEETING else None
    return None


def _wrapped_head(lines: list[Line], until: int | None) -> str | None:
    """A paper's heading broken over short lines ("Minutes" / "of a meeting of the" / "Cabinet" / "held on ..."),
    as a web page or a PDF sets it: the lines joined are its title, and they are its head, not its text."""
    run: list[Line] = []
    for line in lines:
        if until is not None and line.index >= until or (run and line.blank):
            break
        if line.blank or line.kind == Kind.FURNITURE:
            continue
        if run and line.blanks_before or len(line.core) > 100 or line.kind not in (Kind.TEXT, Kind.HEADER, Kind.HEADING,
                                                                                     Kind.DATE, Kind.LABEL):
            break
        if run and (line.core.endswith(":") or re.match(rf"(?:{vocab.ATTENDANCE_HEADING})\s*:", line.core, re.I)):
            break  # "Present:" under the heading, where the page has no blank lines: who attended, not the title (nor is
            # "Members present: RMarshall, JFletcher, ...")
        run.append(line)
    joined = re.sub(r"\s+", " ", " ".join(line.core for line in run)).strip()
    if len(run) < 2 or len(joined) > 300 or not re.search(r"\bmeeting\b|\bminutes\b", joined, re.I) or re.search(r"[.!?]\s", joined):
        return None
    for line in run:
        line.kind = Kind.HEADER
    return joined


def _issue_title(lines: list[Line]) -> str:
    """On an issue page ("Issue - meetings"), the issue's title: in the header ("Issue - items at meetings - X"),
    or the first title line after it."""
    for line in lines:
        # (a page's title may carry a template's unfilled placeholder first: "{meta} Issue - items at meetings - X")
        if line.kind in (Kind.HEADER, Kind.TEXT, Kind.HEADING) and re.match(r"(?:\{\w+\}\s*)?issue\s*-", line.core, re.I):
            inline = re.match(r"(?:\{\w+\}\s*)?issue\s*-\s*(?:items at meetings|meetings|decisions)\s*-\s*(.+)$", line.core, re.I)
            if inline:
                return clean_title(inline.group(1))
            j = line.index + 1
            while j < len(lines) and lines[j].kind in (Kind.BLANK, Kind.FURNITURE, Kind.HEADER):
                j += 1
            # (an issue may be named by a label's word alone: "Declarations of Interest")
            titled = j < len(lines) and (lines[j].kind in (Kind.TEXT, Kind.HEADING) or lines[j].kind == Kind.LABEL
                                         and lines[j].value != "inline" and not lines[j].core.endswith(":"))
            if titled and title_like(lines[j].core, 25):
                return clean_title(lines[j].core)
            return ""
    return ""


def _layout(lines: list[Line], openers: list[Opener], report: bool) -> str:
    if report:
        return "report"
    kinds = {line.kind for line in lines}
    headers = " ".join(line.core.lower() for line in lines if line.kind == Kind.HEADER)
    if Kind.DECISION in kinds:
        return "decision-list"
    if "decision details" in headers or any(line.key in ("decision maker", "decision status") for line in lines):
        return "decision-page"
    if any(line.kind == Kind.MEETING and line.label == "meeting-line" for line in lines) and "issue" in headers:
        return "issue-page"
    if any(line.kind == Kind.MARKER and not line.number for line in lines) and len(openers) == 1:
        return "item-page"
    if any(line.kind == Kind.NUMBER for line in lines if line.index in {o.line for o in openers}):
        return "meeting-page"
    if any(o.strength == 2 or lines[o.line].kind == Kind.NUMBERED and lines[o.line].key != "wall-item" for o in openers):
        return "printed-minutes"
    return "minutes" if openers else "paragraphs"


def _cut_off_sentence(text: str, lines: list[Line]) -> None:
    """An excerpt cut off mid-sentence (no line break at its end) whose last line is a numbered paragraph ("3.2 The
    Board noted that the extra home care funded over winter would end on 31"): the paragraph, not a heading, though
    its full stop was cut away. A heading is short; a cut heading ("4. DECLARATIONS OF INTER") stays one."""
    last = next((line for line in reversed(lines) if not line.blank), None)
    if text.endswith(("\n", "\r")) or last is None or last.kind != Kind.NUMBERED or last.title.isupper() or words(last.title) <= 12:
        return
    last.kind, last.number, last.title, last.value = Kind.TEXT, None, "", ""


def parse_text(source: str, text: str) -> ParsedDocument:
    """Parse a paper's full text. Never raises on odd layouts: unknown text becomes paragraphs."""
    lines = classify(split_lines(text))
    _cut_off_sentence(text, lines)
    running = running_lines(lines)
    for line in lines:
        if line.plain in running:
            line.kind = Kind.FURNITURE
    _mark_page_breaks(lines)
    _mark_page_footer(lines)
    _mark_other_papers_list(lines)
    _mark_link_menus(lines)
    _mark_plain_menus(lines)
    issue_title = _issue_title(lines)
    agenda = find_openers(lines, False, issue_title)
    listed = [o for o in agenda if o.strength == STRONG]
    # A report by its front sheet, unless it lists two or more items of its own ("Report of the Director" under
    # each item of an agenda); or any paper whose numbered headings are a report's parts ("1. Purpose of Report").
    report = is_report(lines) and (len(listed) < 2 or sections_as_items(listed)) or sections_as_items(agenda)
    openers = find_openers(lines, True, issue_title) if report else agenda
    numbered_by_meeting = [line.number for line in lines if line.label == "meeting-of" and line.number]
    if len(openers) == 1 and not openers[0].number and len(numbered_by_meeting) == 1:  # "(Item 54.)" on an item page
        openers = [replace(openers[0], number=numbered_by_meeting[0].strip(" ."))]
    first_item = openers[0].line if openers else None
    # a report's front sheet is its head, even below its own "Agenda Item 9" marker
    committee, meeting_date, details = read_fields(lines, None if report else first_item)
    title_line = _first_title(lines, first_item)
    # (or where the first line is a heading's first word or two: "REGIONAL" / "DISTRICT OF" / "MINUTES OF THE REGULAR" ...)
    wrapped_head = _wrapped_head(lines, first_item) if title_line is None or words(title_line.core) <= 2 else None
    layout = _layout(lines, openers, report)
    title = _title(details, lines, title_line, openers, issue_title, source, wrapped_head)
    report_number = None
    if report:  # an officer report is one agenda item: the report itself, under its own title
        report_number, report_title, head_end = report_head(lines, details, committee)
        marked = openers[0] if openers else None  # "Agenda item" / "7. Budget Monitoring": the number the page gives it
        report_number = report_number or (marked.number if marked else None)
        title, openers = report_title or (marked.title if marked else title), []
        if head_end is not None:  # the lines down to the title (council, committee, date) are its heading, not text;
            title_line = lines[head_end]  # a sentence among them is what the paper says first ("The Panel considered ...")
            for line in lines[:head_end]:
                if line.kind in (Kind.HEADING, Kind.TEXT) and not _a_sentence(line.core):
                    line.kind = Kind.HEADER
    doc = ParsedDocument(source, text, title, layout, committee, meeting_date, details=details)
    _build_blocks(doc, lines, openers, title_line, report, report_number)
    _name_pre_label_text(doc)
    _drop_title_only_blocks(doc)
    return doc


def _a_sentence(text: str) -> bool:
    """A line of prose: eight words or more, ending in a full stop."""
    return words(text) >= 8 and text.rstrip().endswith(".")


def _another_date(doc: ParsedDocument, line: Line) -> bool:
    """A date standing alone at the top that is not the meeting's ("NEXT ORDINARY COUNCIL MEETING" / "6.00pm Tuesday 28
    May 2019"): what the paper says, kept as its text (the meeting's own date is in every citation already)."""
    return line.kind == Kind.DATE and doc.meeting_date is not None and parse_date(line.value or "") not in (None, doc.meeting_date)


def _mark_page_breaks(lines: list[Line]) -> None:
    """A printed page's header or footer in its text layer: a block of its own (blank lines around it) of a few
    short lines, one of them its page number ("Cabinet" / "14 June 2023" / "Page 4"). Every line of it is
    furniture, not a heading or a paragraph of the item it interrupts."""
    block: list[Line] = []
    for line in [*lines, None]:
        if line is not None and not line.blank:
            block.append(line)
            continue
        paged = any(b.kind == Kind.FURNITURE and re.match(r"page\s+\d", b.core, re.I) for b in block)
        if paged and 2 <= len(block) <= 4 and all(
                b.kind in (Kind.FURNITURE, Kind.TEXT, Kind.HEADING, Kind.DATE, Kind.MEETING) and words(b.core) <= 8
                and not re.search(r"[.;:,]$", b.core) for b in block):
            for b in block:
                b.kind = Kind.FURNITURE
        block = []


def _mark_page_footer(lines: list[Line]) -> None:
    """A web page's footer: the lines at the end that are all furniture or short, as links are ("Find your
    councillor"), from the first of them that opens a footer ("Back to top", "Related links", "Was this page
    helpful?") on, are furniture."""
    tail: list[Line] = []  # the paper's last lines, back to the first that is neither furniture nor a link
    for line in reversed(lines):
        if line.blank:
            continue
        if line.kind != Kind.FURNITURE and (words(line.core) > 6 or re.search(r"[.;:]$", line.core)):
            break
        tail.append(line)
    starts = [line.index for line in tail if line.kind == Kind.FURNITURE and vocab.FOOTER_START.match(line.core)]
    for line in tail:
        if starts and line.index > min(starts):
            line.kind = Kind.FURNITURE


def _mark_other_papers_list(lines: list[Line]) -> None:
    """A document site's list of other papers under "Similar documents" (other councils' minutes, each its title
    alone): every short line from there on is furniture, up to a line of prose or the viewer's "You are on page 1 of 2"
    (where the paper itself starts: a site may put the list above it), so none of those titles names this paper's
    meeting or becomes an item."""
    start = next((line.index for line in lines if vocab.OTHER_PAPERS_LIST.match(line.core)), None)
    if start is None:
        return
    for line in lines[start:]:
        if words(line.core) > 30 or vocab.VIEWER_PAGE.match(line.core):
            break
        if not line.blank:
            line.kind = Kind.FURNITURE


def _mark_link_menus(lines: list[Line]) -> None:
    """A web page's menu in its head: five or more bullets in a row, each a link of a few words ("• Calendar",
    "• Committees", "• Your councillors"), with no lead-in sentence over them, before the page's first sentence
    of prose. A list inside an item's text is not touched."""
    prose_from = first_prose(lines)
    run: list[Line] = []
    for line in [*lines[:prose_from], None]:
        if line is not None and line.blank:
            continue
        link = line is not None and line.kind in (Kind.BULLET, Kind.FURNITURE) and LINK_BULLET.match(line.core) \
            and words(line.core) <= 6 and not re.search(r"[.;:,?!]$", line.core)  # a menu's links, some known already
        if link:
            if not run:
                previous = next((lines[k] for k in range(line.index - 1, -1, -1) if not lines[k].blank), None)
                if previous is not None and previous.core.endswith(":"):
                    continue  # "The priorities are:" and its list
            run.append(line)
            continue
        # (or three or more, half of them a site's known words: a committee system's tabs, "• Documents",
        # "• Attendance", "• Visitors", "• Declarations of Interests")
        known = sum(bool(vocab.FURNITURE.match(entry) or vocab.PAGE_HEADER.match(entry))
                    for entry in (LINK_BULLET.sub("", menu_line.core) for menu_line in run))
        if len(run) >= 5 or len(run) >= 3 and known * 2 >= len(run):
            for menu_line in run:
                menu_line.kind = Kind.FURNITURE
        run = []


def _mark_plain_menus(lines: list[Line]) -> None:
    """A web page's menu without bullets, in its head: short lines with no stop ("Residents", "Business",
    "Council and democracy") directly under lines already known as furniture ("Menu", "Search", "Home"), closed by
    more furniture ("Home > Council and democracy") or a blank line, before the page's first sentence of prose.
    Two or more of them, not counting a committee system's page headers. The paper's own head is kept: a block
    set off by a blank line, a line that names a body ("City Council", "The Glenmoray Council"), a single short
    line under a breadcrumb ("Cabinet" over "Agenda and minutes")."""
    prose_from = first_prose(lines)
    run: list[Line] = []
    under_furniture = False  # the previous line is furniture, or the run that follows it directly
    for line in lines[:prose_from]:  # a run cut off by the first sentence of prose is the paper's own head
        if not line.blank and line.kind != Kind.FURNITURE:
            menu_like = line.kind == Kind.HEADER or line.kind in (Kind.TEXT, Kind.HEADING) and words(line.core) <= 4 \
                and not re.search(r"[\d.;:,?!]", line.core) and not vocab.COMMITTEE_WORD.search(line.core)
            if under_furniture and menu_like:
                run.append(line)
            else:
                run, under_furniture = [], False
            continue
        if sum(menu_line.kind != Kind.HEADER for menu_line in run) >= 2:  # closed by furniture or a blank line
            for menu_line in run:
                menu_line.kind = Kind.FURNITURE
        run, under_furniture = [], line.kind == Kind.FURNITURE


_OWN_TITLE = re.compile(r"(?:(?:open|draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:the\s+|a\s+)?\S", re.I)


def _title(details: dict[str, str], lines: list[Line], title_line: Line | None, openers: list[Opener], issue_title: str,
           source: str, wrapped_head: str | None = None) -> str:
    field = details.get("subject") or details.get("decision title") or details.get("title")
    if field and len(openers) <= 1:  # a pack's is one report's subject
        return field
    prose_from = first_prose(lines)
    # the meeting's heading at the top ("Cabinet - Tuesday, 14 March 2023"), not a "Related meeting" at the page's foot
    meeting = next((line for line in lines[:prose_from] if line.kind == Kind.MEETING and line.label == "heading"), None)
    if meeting is not None and len(openers) != 1:
        return meeting.core
    if issue_title:
        return issue_title
    if wrapped_head:
        return wrapped_head[:200]
    own = next((line for line in lines[:openers[0].line] if _OWN_TITLE.match(line.core) and len(line.core) <= 300), None) if openers else None
    if len(openers) == 1 and (title_line is None or title_line.index >= openers[0].line or title_line.kind == Kind.MEETING):
        # (the minutes' own "MINUTES OF THE ORDINARY MEETING OF X TOWN COUNCIL ..." over a copy cut after its first minute)
        return clean_title(own.core)[:200] if own is not None else openers[0].title
    if title_line is not None:  # a committee system's page title names its kind first: "Decision - Award of ..."
        return re.sub(r"^(?:decision|issue|agenda item)\s+-\s+(?=\S)", "", clean_title(title_line.core), flags=re.I)[:200]
    if own is not None:  # "Minutes of a meeting of Council held in ..." under a logo's alt text ("sdclogo") and "OPEN MINUTES"
        return clean_title(own.core)[:200]
    if openers:
        return openers[0].title
    first = next((line for line in lines if line.kind not in (Kind.BLANK, Kind.FURNITURE) and re.search(r"[A-Za-z]{2}", line.core)), None)
    return clean_title(first.core)[:200] if first else source  # (not a document site's page count: "17")


def _build_blocks(doc: ParsedDocument, lines: list[Line], openers: list[Opener], title_line: Line | None, report: bool,
                  report_number: str | None = None) -> None:
    blocks = _Blocks(doc)
    at = {o.line: o for o in openers}
    consumed = {j for o in openers for j in o.consumed}
    headings: dict[int, tuple[int, int]] = {}  # each item's heading, as (start, end) in the text
    if not openers:
        blocks.open_item(report_number, doc.title, 0)
    # a list whose entries each end in their outcome ("- 20/501261/FULL 5 River Close" / its proposal / "Unanimously AGREED
    # to recommend APPROVAL" / "- 20/501113/FULL ..."): the outcome's section ends where the next entry starts
    entry_seen = outcome_open = False
    for line in lines:
        i, kind = line.index, line.kind
        if kind == Kind.BULLET and outcome_open:
            blocks.close_sections()
        outcome_open = outcome_open and kind != Kind.BULLET
        entry_seen = (entry_seen or kind == Kind.BULLET) and i not in at
        if i in at:
            opener = at[i]
            meeting = (None, None)
            if opener.meeting:  # an issue page's meetings: an item's own date and committee, where not the paper's
                when, who = parse_date(opener.meeting[0]), opener.meeting[1] or None
                meeting = (when if when != doc.meeting_date else None, who if who != doc.committee else None)
            if opener.again:
                blocks.reopen_item(opener.number)
                blocks.add_line(line, bullet=False)
                continue
            blocks.open_item(opener.number, opener.title, line.start, meeting=meeting)
            first, last = lines[min(opener.consumed, default=i)], lines[max((i, *opener.consumed))]
            headings[blocks.item] = (first.start, min(last.end, last.core_end))
            body_start = _said_after_title(doc, line, opener)
            if body_start is not None:
                blocks.add_line(line, bullet=False, start=body_start)
            continue
        if i in consumed or (title_line is not None and i == title_line.index):
            blocks.flush()
            continue
        if _record_after_agenda(doc, lines, line, blocks):  # the agenda's list is over: the meeting's record starts
            blocks.open_item(None, line.core.rstrip(":").strip(), line.start, preamble=True)
            continue
        in_preamble = blocks.item is None or doc.items[blocks.item].preamble
        if kind == Kind.TEXT and words(line.core) >= 12 and _RECORDS_WHAT_HAPPENED.search(line.core) and blocks.sections \
                and re.fullmatch(vocab.ATTENDANCE_HEADING, blocks.sections[-1][1].rstrip(":- "), re.I):
            blocks.close_sections()  # a paragraph after the list of who attended is the record, not the list
        if kind == Kind.META and not line.in_wall:  # its value feeds the paper's fields; the line itself is a details passage
            if blocks.sections[-1:] != [("details", "Details")]:
                blocks.top_section("Details")
            blocks.add_line(line, bullet=False)
        elif kind in (Kind.BLANK, Kind.FURNITURE, Kind.NUMBER) or (in_preamble and kind in (Kind.HEADER, Kind.MEETING, Kind.DATE, Kind.DECISION)
                                                                   and line.label != "held"  # (a sentence: where it was held)
                                                                   and not _another_date(doc, line)):
            blocks.flush()
        elif kind == Kind.HEADER:
            if LABEL_ALONE.match(line.core):
                blocks.top_section(label_name(LABEL_ALONE.match(line.core).group("label")))
            else:
                blocks.flush()
        elif kind == Kind.LABEL:
            blocks.top_section(label_name(line.label), caps=line.value != "inline" and line.core.isupper())
            outcome_open = entry_seen and line.value == "inline" and not line.core.rstrip().endswith(":")
            if line.value == "inline" or re.search(r"\(.*\w.*\)", line.core):  # "Resolved (Cr A Arkan / Cr G Cecato)": who moved it
                blocks.add_line(line, bullet=False)
        elif kind == Kind.NUMBERED and report and title_like(line.title, 10) and not line.core.endswith("."):
            blocks.top_section(line.title.rstrip(":"), key="#.")
        elif kind == Kind.HEADING and blocks.caps_top and len(blocks.sections) == 1 and line.core.isupper():
            blocks.top_section(line.core.rstrip(":").strip(), caps=True)
        elif kind in (Kind.HEADING, Kind.NUMBERED) and blocks.sections == [("details", "Details")] and title_like(line.title or line.core, 12) \
                and not (kind == Kind.NUMBERED and line.core.endswith(".")):  # ("2. Rearrange the meeting.": a list's entry)
            heading = line.core.rstrip(":").strip()  # a heading after a front sheet's fields is not one of them
            blocks.top_section(heading, key=family(heading))
        elif kind == Kind.HEADING or (kind == Kind.NUMBERED and title_like(line.title, 12) and not line.core.endswith(".")
                                 and not wraps_on(lines, line)):
            if kind == Kind.NUMBERED:
                blocks.numbered_heading(line)
            else:
                blocks.sub_section(line.core.rstrip(":").strip())
        elif kind == Kind.BULLET or (kind == Kind.NUMBERED and re.match(r"^\(?\d{1,2}[.)]\s", line.core)):
            blocks.add_line(line, bullet=True)
        else:  # text, and dates, meeting lines or markers inside an item
            blocks.add_line(line, bullet=kind == Kind.DATE and line.label != "held")
    blocks.flush()
    blocks.settle_listed()
    if not doc.blocks and headings:  # an agenda of titles alone (cut short, or published before its papers): they are its text
        doc.blocks = [Block(start, end, item, ()) for item, (start, end) in headings.items()]
    else:  # an agenda's titles under a note ("The public may dial in ..."): the list is still the agenda, its titles its text
        doc.blocks = sorted(doc.blocks + _listed_titles(doc, headings), key=lambda block: block.start)
    if not doc.blocks and title_line is not None:  # a paper of one line: that line is its text, not only its title
        blocks.add_line(title_line, bullet=False)
        blocks.flush()


# Words a heading's line goes on with past its title before they are the item's text, not the title's trimmings
SAID_AFTER_TITLE_WORDS = 3


def _said_after_title(doc: ParsedDocument, line: Line, opener: Opener) -> int | None:
    """Where the item's text starts on its heading's line: where the opener found a record run on after the title, or,
    where the line goes on past its title with words of its own ("- FINANCIAL REPORT: The Director of Finance will
    submit the district's financial condition."; "Declarations of Interest To receive any declarations. Minutes: None
    were declared."; a table's row "| 2 | Station Yard | RESOLVED that the land be sold ... |"), at the line's start:
    those words say what the item is, and left out of every passage no search finds them. The line is kept whole, as
    it reads. A committee system's tail ("pdf icon PDF 84 KB") is no such words (the line's core ends before it), nor
    is a decision list's reference and status ("ref: 1948    Recommendations Approved")."""
    after = run_in_body(line, opener.title) if opener.title and line.kind != Kind.DECISION else None
    end = opener.body_start if opener.body_start is not None else min(line.end, line.core_end)
    if after is None or after >= end or len(re.findall(r"[^\W\d_]{2,}", doc.text[after:end])) < SAID_AFTER_TITLE_WORDS:
        return opener.body_start
    return line.start


# A sentence that tells what happened ("Councillor Lee declared a conflict of interest ..."), not a list of who attended
# run on over a long line ("Director of Travel & Transportation (Mr. P. Crowe), Director of ...").
_RECORDS_WHAT_HAPPENED = re.compile(r"\b(?:was|were|is|are|had|has|declared|noted|reported|advised|agreed|welcomed|asked|"
                                    r"opened|called|resolved|moved|seconded|informed|explained|presented|thanked)\b")


# Items of an agenda's list before the record of the meeting: its titles alone, none with text of its own
AGENDA_LIST_ITEMS = 3


def _record_after_agenda(doc: ParsedDocument, lines: list[Line], line: Line, blocks: _Blocks) -> bool:
    """An agenda's list of titles ("11. Chairman's Remarks" / "12. Adjournment"), then the record of the meeting under
    the meeting's name and date again ("MORGAN COUNTY BOARD MEETING" / "JUNE 6, 2022"), telling what was done with no
    heading per item. That record is the paper's, not the last listed item's: it opens the paper's matter again. Only
    where the last AGENDA_LIST_ITEMS items have no text (a list, not minutes whose pages repeat the meeting's name)."""
    if line.kind not in (Kind.HEADING, Kind.MEETING) or blocks.item is None or doc.items[blocks.item].preamble \
            or blocks.para or doc.meeting_date is None:
        return False
    j = next_content(lines, line.index, 2)
    if j is None or lines[j].kind != Kind.DATE or parse_date(lines[j].value or "") != doc.meeting_date:
        return False
    listed = [index for index, item in enumerate(doc.items) if not item.preamble][-AGENDA_LIST_ITEMS:]
    with_text = {block.item for block in doc.blocks}
    return len(listed) == AGENDA_LIST_ITEMS and not with_text.intersection(listed)


# A title this long says what the item is about ("4.2 Frank Falconi Re: 2015 Cassellholme Levy"): where it is all an
# agenda gives of the item, it stays a passage, so a question about it can find the item.
SAYING_TITLE_WORDS = 6


def _listed_titles(doc: ParsedDocument, headings: dict[int, tuple[int, int]]) -> list[Block]:
    """Three or more items in a row with no text but their headings are an agenda's list: each title that says what its
    item is about (SAYING_TITLE_WORDS) is its item's text, as where the titles are all a paper has. (One such item among
    items with minutes is no list: its title is in its citation, and alone it draws questions it does not answer.)"""
    # (an item's heading line kept whole for what it says past its title is still one of the list's titles)
    with_text = {block.item for block in doc.blocks if block.item not in headings or block.end > headings[block.item][1]}
    bare = sorted(item for item in headings if item not in with_text)
    kept_whole = {block.item for block in doc.blocks}
    runs: list[list[int]] = []
    for item in bare:
        if runs and item == runs[-1][-1] + 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [Block(*headings[item], item, ()) for run in runs if len(run) >= 3 for item in run
            if len(doc.items[item].title.split()) >= SAYING_TITLE_WORDS and item not in kept_whole]


def _drop_title_only_blocks(doc: ParsedDocument) -> None:
    """An item whose only text is its own short heading ("4 Presentation of Awards." in a list run into a wall) has no
    passage: the title is in every citation already, and a passage of it alone answers nothing. A longer title is
    the only place an agenda says what its item is about, so it stays (measured: one set of our new-council questions
    gains, every other set identical)."""
    by_item: dict[int, list[Block]] = {}
    for block in doc.blocks:
        by_item.setdefault(block.item, []).append(block)
    dropped = set()
    for index, blocks in by_item.items():
        item = doc.items[index]
        if len(blocks) == 1 and not item.preamble:
            text = folded(doc.text[blocks[0].start:blocks[0].end])
            if text in (folded(item.title), f"{folded(item.number or '')} {folded(item.title)}".strip()) \
                    and len(item.title.split()) < SAYING_TITLE_WORDS:
                dropped.add(index)
    names = {folded(name) for name in (doc.title, doc.committee) if name}
    kept = [b for b in doc.blocks if not (doc.items[b.item].preamble and _names_the_paper_only(doc.text[b.start:b.end], names))]
    doc.blocks = [b for b in kept if b.item not in dropped] or kept  # where the titles are all there is, they stay


def _names_the_paper_only(text: str, names: set[str]) -> bool:
    """A block at the top that only names the paper again ("Ordinary Meeting of Council" / "Open Minutes"): the
    citation carries the title, and such a block answers nothing while its few words match any question."""
    lines = [folded(line) for line in text.splitlines() if folded(line)]
    return bool(lines) and all(line in names or re.fullmatch(vocab.PAPER_NAME, line) for line in lines)


def _name_pre_label_text(doc: ParsedDocument) -> None:
    """Text between an item's title and its "Minutes:" label is the agenda's summary of the item;
    in papers without that label it is simply the item's minutes, with no section of its own."""
    with_minutes = {b.item for b in doc.blocks if b.section[:1] in (("Minutes",), ("Cofnodion",))}  # (Welsh: "Cofnodion")
    doc.blocks = [
        Block(b.start, b.end, b.item, ("Summary",) if b.item in with_minutes else (), b.bullet) if b.section == (_PRE_LABEL,) else b
        for b in doc.blocks
    ]
