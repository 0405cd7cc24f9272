"""Parse a committee paper's text into items, sections and blocks (paragraphs, bullets).

One line-oriented parser serves every layout: it recognises the signals that committee papers
share, rather than one template per council:

* item markers: "Agenda item" + title line, a number alone on a line + title line ("279." /
  "Update on ..."), a numbered title ("5. Budget Monitoring", "Minute 221: Budget", "Item 4 -
  Budget");
* section labels: "Minutes:", "RESOLVED", "Resolved: That;", "Decision:", "Summary:",
  "Recommendations", "Reasons for the decision:" ...;
* sub-headings: Markdown headings, bold-only lines, short ALL-CAPS lines; they nest by family
  ("Aspiration 3" replaces "Aspiration 2" at the same depth, "Why do we want to do this?" goes
  under it);
* in officer reports (a "Report to:"/"Subject:" header or a "Summary:" label before any item),
  numbered headings ("1. Background") are top-level sections of the one report item;
* boilerplate ("Supporting documents:", "dot", "pdf icon PDF 346 KB", page furniture) is dropped.

Blocks carry character offsets into the source text; nothing is rewritten.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from qa.parse.vocab import MONTH_NUMBERS, MONTH_PATTERN
from qa.text import plain_line


@dataclass(frozen=True)
class Item:
    number: str | None
    title: str
    start: int


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    item: int
    section: tuple[str, ...]
    bullet: bool = False


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


# ---------------------------------------------------------------------------------------------
# line-level patterns

_PDF_TAIL = re.compile(r"\s*pdf icon\b.*$|\s*PDF \d+(?:\.\d+)? ?[KM]B\s*$", re.I)
_FULL_TEXT_TAIL = re.compile(r"\s*(?:\.\.\.|…)?\s*view the full (?:minutes|decision|agenda)? ?text for item \S+\s*$", re.I)

_BOILERPLATE = re.compile(
    r"""^(?:
        supporting\ documents:? | additional\ documents:? | background\ documents:? | dot |
        original\ text:? | this\ page\ is\ intentionally\ left\ blank\.? | items | no\.?\s*item |
        .*\bpdf\ icon\b.* | .*\bPDF\ \d+(?:\.\d+)?\ ?[KM]B | page\ \d+(?:\ of\ \d+)? |
        (?:\.\.\.|…)?\s*view\ the\ full\ .*\ text\ for\ item\ \S+ | print\ this\ page |
        view\ the\ (?:reasons|background)\ to\ item\ \S+ | link:?
    )$""",
    re.I | re.X,
)
# A printed page's running header or footer: "Health and Wellbeing Board - 19 January 2023   Page 3".
_RUNNING_PAGE_LINE = re.compile(r"^(?:.{0,100}\S\s+Page \d{1,4}(?: of \d{1,4})?|Page \d{1,4}(?: of \d{1,4})?\s.{0,100}|[-–]\s?\d{1,4}\s?[-–])$")
_HEADER_NOISE = re.compile(
    r"^(?:agendas?,? meetings and minutes.*|agenda and (?:draft |signed )?minutes|agenda|"
    r"decisions?|minutes of (?:the )?meeting|issue - items at meetings.*)$",
    re.I,
)

# ModernGov's heading of a whole-meeting page: "Council - Thursday, 22nd February, 2024 7.00 pm".
_MEETING_HEADING = re.compile(
    r"^(?P<committee>[A-Z][^-–:]{1,80}?)\s+[-–]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})\b[^A-Za-z]*(?:[ap]\.?m\.?)?$",
    re.I,
)
_TITLE_NEXT = re.compile(r"^(?:decision details|issue details|item details|report details)$", re.I)
_MEETING_LINE = re.compile(
    r"^(?:meeting\s*:\s*)?(?P<date>\d{1,2}/\d{1,2}/\d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})\s*[-–]\s*(?P<committee>[^()]+?)"
    r"\s*(?:\((?:item|minute)\s*(?P<num>[^)]*)\))?$",
    re.I,
)
_AGENDA_ITEM = re.compile(
    r"^(?:agenda\s+item|item|minute)\s*(?:no\.?\s*)?(?P<num>[A-Z]{0,5}\s?\d{1,4}[a-z]?(?:[./]\d{1,4})?)?"
    r"\s*[:.)\-–]?\s*(?P<title>.*)$",
    re.I,
)
_NUMBER_ONLY = re.compile(r"^(?P<num>(?:[A-Z]{1,5}\s?)?\d{1,4}[a-z]?(?:/\d{2,4})?)\.?$")
_NUMBERED_TITLE = re.compile(r"^(?P<num>\d{1,4}[a-z]?)(?:[.):]\s*|\s+)(?P<title>\S.*)$")
# Printed minutes number items with a reference: "HWB/23/4 WINTER PRESSURES", "CAB/21/34 Budget",
# "PC23/045 Land at ...", "23/045 Title", "C.45 Title". A "/" or "." inside the code tells it from prose.
_MINUTE_REF = re.compile(
    r"^(?P<num>[A-Z]{1,6}\s?/\s?\d{1,4}(?:/\d{1,4}){0,2}|[A-Z]{1,6}\d{1,4}/\d{1,4}(?:/\d{1,4})?|\d{1,4}/\d{1,4}(?:/\d{1,4})?"
    r"|[A-Z]{1,6}\.\d{1,4})[.:)]?\s+(?P<title>[A-Z(\"'‘“].*)$"
)
_NUMBERED_SECTION = re.compile(r"^(?P<num>\d{1,2})\.?\s+(?P<title>\S.*)$")

_LABELS = (
    r"minutes|resolved|resolutions?|decisions?(?: made)?|decided|agreed|recommendations?|recommended|"
    r"summary|executive summary|purpose(?: of (?:the )?report)?|background|introduction|"
    r"actions? required|reasons? for (?:the )?(?:decisions?|recommendations?)|"
    r"alternative options(?: considered)?(?: and rejected)?|options considered|conclusions?|"
    r"financial implications|legal implications|implications|consultation|risks?|"
    r"equality (?:and diversity )?implications|next steps|appendices|background papers|"
    r"interests? declared|declarations? of interest|"
    r"matters arising|questions|outcome|action"
)
_LABEL_ALONE = re.compile(rf"^(?P<label>{_LABELS})\s*(?:[:\-–]\s*)?(?:that\s*[;:,]?\s*)?$", re.I)
_LABEL_INLINE = re.compile(rf"^(?P<label>{_LABELS})\s*[:\-–]\s*\S", re.I)
_RESOLVED_INLINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?P<label>resolved|agreed|decided)\b[\s:,\-–]+(?:that\b|to\b)", re.I)

_METADATA = re.compile(
    r"^(?P<key>report to|date(?: of meeting)?|meeting date|subject|venue|contact|committee|meeting|time|"
    r"place|report of|report by|report author|wards? affected|decision maker|key decision)\s*:\s*(?P<value>\S.*)$",
    re.I,
)
_REPORT_SIGNAL = re.compile(
    r"^(?:(?:report to|report of|report by|subject|report author|wards? affected|key decision)\s*:|"
    r"(?:open |exempt |public )?report (?:on behalf of|of|by|to)\b)",
    re.I,
)

_BULLET = re.compile(r"^(?:[·•●▪◦‣∙\-–*]|\(?\d{1,2}[.)]|\(?[ivxlc]{1,5}[.)]|\(?[a-z][.)])(?=\s)")

_COMMITTEE_WORD = re.compile(r"\b(?:committee|cabinet|panel|board|forum|council)\b", re.I)

_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_PATTERN}),?\s+(\d{{4}})\b", re.I)


_PRE_LABEL = "\x00pre-label"


def _name_pre_label_text(doc: ParsedDocument) -> None:
    """Text between an item's title and its "Minutes:" label is the agenda's summary of the item;
    in papers without that label it is simply the item's minutes, with no section of its own."""
    with_minutes = {b.item for b in doc.blocks if b.section[:1] == ("Minutes",)}
    doc.blocks = [
        Block(b.start, b.end, b.item, ("Summary",) if b.item in with_minutes else (), b.bullet) if b.section == (_PRE_LABEL,) else b
        for b in doc.blocks
    ]


def parse_date(text: str) -> str | None:
    """The first '12 March 2018' or '12/03/2018' (UK order) date in the text, as ISO 8601."""
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    written = _DATE.search(text)
    if numeric and (not written or numeric.start() < written.start()):
        try:
            return date(int(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1))).isoformat()
        except ValueError:
            pass
    for match in _DATE.finditer(text):
        day, month, year = int(match.group(1)), MONTH_NUMBERS[match.group(2).lower()], int(match.group(3))
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    return None


@dataclass
class _Line:
    start: int
    end: int
    raw: str
    plain: str

    @property
    def blank(self) -> bool:
        return not self.plain

    @property
    def decorated(self) -> bool:
        """A Markdown heading, or a line that is bold from end to end."""
        raw = self.raw.strip()
        return bool(
            re.match(r"^#{1,6}\s", raw)
            or re.fullmatch(r"\*\*[^*]+\*\*:?", raw)
            or re.fullmatch(r"(?:<b>|<strong>).*(?:</b>|</strong>):?", raw, re.I)
        )


def _lines(text: str) -> list[_Line]:
    lines = []
    for match in re.finditer(r"[^\n]*(?:\n|$)", text):
        if match.start() == len(text) and not match.group():
            break
        raw = match.group().rstrip("\n").rstrip("\r")
        lead = len(raw) - len(raw.lstrip(" \t\u00a0\ufeff"))
        body = raw.rstrip(" \t\u00a0")
        start = match.start() + lead
        lines.append(_Line(start, match.start() + len(body), raw, plain_line(raw)))
    return lines


def _running_lines(lines: list[_Line]) -> set[str]:
    """Lines a printed paper repeats at the top or foot of every page ("Westshire County Council -
    Health and Wellbeing Board - 19 January 2023"): short, not labels, seen on three or more pages."""
    counts = Counter(
        line.plain
        for line in lines
        if not line.blank and not line.decorated and _words(line.plain) <= 14 and not line.plain.endswith(("?", ":"))
    )
    return {
        plain
        for plain, count in counts.items()
        if count >= 3
        and not _LABEL_ALONE.match(plain)
        and not _METADATA.match(plain)
        and not _TITLE_NEXT.match(plain)
        and not _MEETING_LINE.match(plain)
        and re.search(r"[A-Za-z]{3}", plain)
        and not _BULLET.match(plain)
    }


def _words(text: str) -> int:
    return len(text.split())


def _title_like(text: str, max_words: int = 16) -> bool:
    """A heading, not a sentence: short, starts with a capital/digit, no sentence-final stop."""
    if not text or len(text) > 150 or _words(text) > max_words:
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'‘“("):
        return False
    if text.endswith((".", ";", ",")) and _words(text) > 8:
        return False
    return not text.endswith((";", ","))


def _family(heading: str) -> str:
    """Headings of one family share a key: 'Aspiration 2' ~ 'Aspiration 3', 'a) X' ~ 'b) Y'."""
    text = heading.lower()
    prefix = re.match(r"^(\(?)(\d+(?:\.\d+)*|[ivxlc]{1,5}|[a-z])([.)])?\s", text)
    if prefix:
        shape = re.sub(r"\d+", "#", prefix.group(2))
        shape = "i" if re.fullmatch(r"[ivxlc]+", shape) and len(shape) > 1 else shape
        shape = "a" if re.fullmatch(r"[a-z]", shape) else shape
        return f"{prefix.group(1)}{shape}{prefix.group(3) or ''}"
    if re.search(r"\d", text):
        return re.sub(r"\d+", "#", text)
    return text.rstrip(":?").strip()


def _clean_title(text: str) -> str:
    text = _PDF_TAIL.sub("", text)
    return text.strip(" :-–")


class _Builder:
    """Accumulates blocks while walking the lines; owns the item and section state."""

    def __init__(self, doc: ParsedDocument, default_title: str):
        self.doc = doc
        self.default_title = default_title
        self.item: int | None = None
        self.sections: list[tuple[str, str]] = []  # (family key, label)
        self.para: list[_Line] = []
        self.para_bullet = False
        self.after_meeting_line = False  # an issue page lists one meeting after another

    def section_path(self) -> tuple[str, ...]:
        if not self.sections and self.item is not None and self.doc.items[self.item].start >= 0:
            return (_PRE_LABEL,) if self.doc.layout == "minutes" and self.doc.items[self.item].title != self.default_title else ()
        return tuple(label for _, label in self.sections)

    def flush(self) -> None:
        if not self.para:
            return
        start, end = self.para[0].start, self.para[-1].end
        tail = _FULL_TEXT_TAIL.search(self.doc.text, start, end)
        if tail and tail.end() >= end:
            end = tail.start()
        if re.search(r"\w", self.doc.text[start:end]):
            if self.item is None:
                self._open_item(None, self.default_title, start)
            self.doc.blocks.append(Block(start, end, self.item, self.section_path(), self.para_bullet))
        self.para = []
        self.para_bullet = False

    def add_line(self, line: _Line, bullet: bool) -> None:
        if bullet or (self.para and self.para_bullet and not _continues(self.para[-1], line)):
            self.flush()
        if not self.para:
            self.para_bullet = bullet
        self.para.append(line)

    def new_item(self, number: str | None, title: str, start: int) -> None:
        self.flush()
        self.after_meeting_line = False
        self._open_item(number, title, start)
        self.sections = []

    def _open_item(self, number: str | None, title: str, start: int) -> None:
        self.doc.items.append(Item(number, title, start))
        self.item = len(self.doc.items) - 1

    def top_section(self, label: str, key: str | None = None) -> None:
        self.flush()
        self.sections = [(key or label.lower(), label)]

    def sub_section(self, label: str) -> None:
        self.flush()
        key = _family(label)
        keys = [k for k, _ in self.sections]
        if key in keys:
            del self.sections[keys.index(key):]
        elif len(self.sections) >= 4:
            self.sections.pop()
        self.sections.append((key, label))

    def in_preamble(self) -> bool:
        """Before any item, or in the untitled item that collects a paper's opening lines."""
        return self.item is None or (self.doc.items[self.item].title == self.default_title and self.doc.items[self.item].number is None)

    def current_number(self) -> int | None:
        if self.item is None:
            return None
        number = self.doc.items[self.item].number
        digits = re.search(r"\d+", number or "")
        return int(digits.group()) if digits else None


def _continues(previous: _Line, line: _Line) -> bool:
    """A wrapped continuation of a bullet (printed minutes wrap long bullets onto indented lines)."""
    if _BULLET.match(line.plain):
        return False
    if line.raw[:1] in " \t" or line.plain[:1].islower():
        return True
    # hard-wrapped text: a long line without a closing stop runs on into the next
    return len(previous.plain) >= 55 and not previous.plain.rstrip().endswith((".", ";", ":", "!", "?"))


def _is_report(lines: list[_Line]) -> bool:
    """An officer report: a report header near the top, and no "Minutes:" label anywhere."""
    if any(re.fullmatch(r"minutes\s*:?", line.plain, re.I) for line in lines):
        return False
    seen = 0
    for line in lines:
        if line.blank:
            continue
        seen += 1
        if seen > 40:
            return False
        if _REPORT_SIGNAL.match(line.plain):
            return True
        if re.match(r"^(?:agenda item|minutes\s*:?$|present\s*:)", line.plain, re.I):
            return False
    return False


def _next_content(lines: list[_Line], index: int) -> int | None:
    for j in range(index + 1, min(index + 6, len(lines))):
        if lines[j].blank or (_BOILERPLATE.match(lines[j].plain) and not _PDF_TAIL.search(lines[j].plain)):
            continue
        return j
    return None


def parse_text(source: str, text: str) -> ParsedDocument:
    """Parse a paper's full text. Never raises on odd layouts: unknown text becomes paragraphs."""
    lines = _lines(text)
    first = next((line.plain for line in lines if not line.blank), source)
    report = _is_report(lines)
    running = _running_lines(lines)
    doc = ParsedDocument(source=source, text=text, title=first[:200], layout="report" if report else "minutes")
    builder = _Builder(doc, default_title=_clean_title(first[:200]) or source)
    metadata: dict[str, str] = {}
    header = True  # before the first item or section
    skip_until = -1
    single_item_page = False

    for index, line in enumerate(lines):
        if index <= skip_until:
            continue
        plain = line.plain
        if line.blank:
            if builder.para:
                builder.flush()
            continue
        if _BOILERPLATE.match(plain) or _RUNNING_PAGE_LINE.match(plain) or plain in running or (header and _HEADER_NOISE.match(plain)):
            builder.flush()
            continue
        if header and plain == first and index == next(i for i, x in enumerate(lines) if not x.blank):
            if len(plain) <= 150 and not _AGENDA_ITEM.match(plain):
                continue  # the title line: kept as the document title, not a passage

        heading = _MEETING_HEADING.match(plain) if header else None
        if heading and parse_date(heading.group("date")):
            builder.flush()
            metadata.setdefault("committee", heading.group("committee").strip())
            metadata.setdefault("date", heading.group("date"))
            if _HEADER_NOISE.match(doc.title) or _HEADER_NOISE.match(doc.title.split(" - ")[-1]):
                doc.title = plain  # "Agenda and minutes" says less than which meeting it was
            continue

        # --- meeting lines on issue pages, "Decision details" + title ---------------------------
        meeting = _MEETING_LINE.match(plain)
        if meeting and not report:
            builder.flush()
            builder.after_meeting_line = True
            metadata.setdefault("committee", meeting.group("committee").strip())
            metadata.setdefault("date", meeting.group("date"))
            continue
        if _TITLE_NEXT.match(plain) and not report:
            nxt = _next_content(lines, index)
            if nxt is not None and _title_like(lines[nxt].plain, 25) and not _MEETING_LINE.match(lines[nxt].plain):
                builder.new_item(None, _clean_title(lines[nxt].plain), line.start)
                skip_until, header = nxt, False
            builder.flush()
            continue

        # --- item markers -------------------------------------------------------------------
        if not report:
            marker = _AGENDA_ITEM.match(plain)
            if marker and re.match(r"^(?:agenda\s+item|item\s*\d|minute\s*(?:no\.?\s*)?\d)", plain, re.I):
                number = (marker.group("num") or "").strip() or None
                title = _clean_title(marker.group("title"))
                if not title:
                    nxt = _next_content(lines, index)
                    if nxt is not None and _title_like(lines[nxt].plain, 25):
                        title, skip_until = _clean_title(lines[nxt].plain), nxt
                numbered_title = _NUMBERED_TITLE.match(title) if title and not number else None
                if numbered_title and _title_like(numbered_title.group("title"), 25):
                    number, title = numbered_title.group("num"), _clean_title(numbered_title.group("title"))
                if title or number:
                    builder.new_item(number, title or f"Item {number}", line.start)
                    single_item_page = single_item_page or (number is None and len(doc.items) == 1)
                    header = False
                    continue
            only = _NUMBER_ONLY.match(plain)
            if only and not single_item_page:
                nxt = _next_content(lines, index)
                if nxt is not None and _title_like(lines[nxt].plain, 25) and not _LABEL_ALONE.match(lines[nxt].plain):
                    builder.new_item(only.group("num"), _clean_title(lines[nxt].plain), line.start)
                    skip_until, header = nxt, False
                    continue
                builder.flush()
                continue  # a bare number that heads nothing: a page number
            reference = _MINUTE_REF.match(plain)
            if reference and not single_item_page and _title_like(_clean_title(reference.group("title")), 14):
                if not plain.rstrip().endswith(".") or plain.isupper():
                    builder.new_item(reference.group("num").replace(" ", ""), _clean_title(reference.group("title")), line.start)
                    header = False
                    continue
            numbered = _NUMBERED_TITLE.match(plain)
            if numbered and not single_item_page and _title_like(_clean_title(numbered.group("title")), 14):
                current = builder.current_number()
                number = int(re.match(r"\d+", numbered.group("num")).group())
                title = _clean_title(numbered.group("title"))
                if builder.in_preamble() or builder.after_meeting_line or (current is not None and number > current):
                    if not _LABEL_ALONE.match(title) or current is not None or builder.after_meeting_line:
                        builder.new_item(numbered.group("num"), title, line.start)
                        header = False
                        continue

        # --- metadata (header lines like "Report to:", "Venue:") ------------------------------
        meta = _METADATA.match(plain)
        if meta and not header and meta.group("key").lower() in {"meeting", "committee", "date", "meeting date"}:
            metadata.setdefault(meta.group("key").lower(), meta.group("value").strip())
        if meta and header:
            metadata.setdefault(meta.group("key").lower(), meta.group("value").strip())
            builder.flush()
            if not builder.sections:
                builder.top_section("Details")
            builder.add_line(line, bullet=False)
            builder.flush()
            continue

        # --- section labels ---------------------------------------------------------------------
        alone = _LABEL_ALONE.match(plain)
        if alone and _words(plain) <= 6:
            builder.top_section(_label_name(alone.group("label")))
            header = False
            continue
        inline = _RESOLVED_INLINE.match(plain) or (_LABEL_INLINE.match(plain) if not line.decorated else None)
        if inline and not _BULLET.match(plain) and inline.group("label")[:1].isupper():  # not "...the Director\nagreed to"
            builder.top_section(_label_name(inline.group("label")))
            header = False
            builder.add_line(line, bullet=False)
            continue

        # --- numbered sections of a report ----------------------------------------------------
        if report:
            numbered = _NUMBERED_SECTION.match(plain)
            if numbered and _title_like(numbered.group("title"), 10) and not plain.endswith("."):
                builder.top_section(numbered.group("title").rstrip(":"), key="#.")
                header = False
                continue

        # --- sub-headings -----------------------------------------------------------------------
        if _is_subheading(line):
            builder.sub_section(plain.rstrip(":").strip())
            header = False
            continue
        if _words(plain) <= 6 and plain.endswith(":") and _title_like(plain.rstrip(":"), 6):
            builder.sub_section(plain.rstrip(":").strip())
            continue

        builder.add_line(line, bullet=bool(_BULLET.match(plain)))

    builder.flush()
    _name_pre_label_text(doc)
    _finish_metadata(doc, metadata, lines)
    return doc


def _label_name(label: str) -> str:
    label = label.strip()
    if label.lower() in {"resolved", "agreed", "decided", "resolutions", "resolution"}:
        return "Resolved"
    return label[:1].upper() + label[1:].lower() if label.isupper() else label[:1].upper() + label[1:]


def _is_subheading(line: _Line) -> bool:
    plain = line.plain
    if not plain or _words(plain) > 12 or len(plain) > 100:
        return False
    if plain.endswith(":") and _words(plain) > 6:
        return False  # a lead-in sentence ("The three work-streams are aligned to ...:")
    if line.decorated:
        return not plain.endswith(".") or _words(plain) <= 4
    letters = re.sub(r"[^A-Za-z]", "", plain)
    return len(letters) >= 4 and plain.isupper() and _words(plain) <= 10 and not plain.endswith(".")


def _finish_metadata(doc: ParsedDocument, metadata: dict[str, str], lines: list[_Line]) -> None:
    subject = metadata.get("subject")
    if subject:
        doc.title = plain_line(subject)
    elif doc.items and re.match(r"^(?:agenda\s+item|item\b|minute\b)", doc.title, re.I):
        doc.title = doc.items[0].title
    committee = metadata.get("report to") or metadata.get("committee") or metadata.get("meeting")
    if committee and re.search(_DATE.pattern + r"|\d/\d", committee, re.I):
        committee = next((seg for seg in re.split(r",|\s[-–]\s", committee) if _COMMITTEE_WORD.search(seg)), committee)
    if not committee:
        head = [line.plain for line in lines[:12] if line.plain and _words(line.plain) <= 8]
        committee = next((h for h in head if re.search(r"\b(?:committee|cabinet|panel|board|forum)\b", h, re.I)), None)
        if committee:
            segments = [seg for seg in re.split(r"\s+[-–]\s+", committee)]
            committee = next(seg for seg in segments if re.search(r"\b(?:committee|cabinet|panel|board|forum)\b", seg, re.I))
        if committee and committee.isupper():
            committee = committee.title()
    doc.committee = plain_line(committee) if committee else None
    when = metadata.get("date") or metadata.get("date of meeting") or metadata.get("meeting date") or metadata.get("meeting")
    if when:
        doc.meeting_date = parse_date(plain_line(when))
    if doc.meeting_date is None:
        head = " ".join(line.plain for line in lines[:8])
        if re.search(r"\b(?:meeting|held)\b", head, re.I) or _DATE.search(doc.title):
            doc.meeting_date = parse_date(head)
    if doc.layout == "report" and len(doc.items) == 1 and subject:
        doc.items[0] = Item(doc.items[0].number, doc.title, doc.items[0].start)
