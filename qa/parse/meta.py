"""A paper's own fields: its meeting date, its committee and its title, read from the lines the classifier
marked (meeting headings, "Meeting: ... - Cabinet (Item 175)", metadata keys, the opening lines)."""

from __future__ import annotations

import re
from datetime import date

from qa.parse import vocab
from qa.parse.lines import ANY_DATE, Kind, Line, document_title_line, folded, title_like, words
from qa.parse.model import next_content
from qa.text import STOPWORDS

_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")  # 12/03/2018, 12.03.2018, 12-03-2018 (day first)
_ISO = re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")  # 2018-03-12, 2018/03/12
# "12 March 2018", "12th of March 2018", "12TH DAY OF MARCH, 2018", "12-Mar-2018"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?: ?{vocab.ORDINAL}|°)?(?:\s+|-)(?:(?:day\s+)?of\s+)?({vocab.MONTH_ABBREVIATED})\.?,?(?:\s+|-)(\d{{4}})\b",
                        re.I)
_MONTH_DAY = re.compile(rf"\b({vocab.MONTH_ABBREVIATED})\.?\s+(\d{{1,2}})(?:(?:st|nd|rd|th)\.?)?(?:\s?,{{1,2}}\s*|\s+)(\d{{4}})\b", re.I)  # "February 13,2007", "October 17,, 2012", "JUNE 1st. 1976" too
# (and "MARCH 13 , 2006", as a scanned page's text spaces its commas)
# Ordinals in words, as a day of the month or a body's count of its meetings ("the SEVENTH day of", "Nineteenth Meeting").
_DAY_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                 "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
_DAY_IN_WORDS = {word: day for day, word in enumerate(_DAY_ORDINALS, 1)} | {"twentieth": 20, "thirtieth": 30} | {
    f"{tens}{joint}{word}": base + day for tens, base in (("twenty", 20), ("thirty", 30)) for joint in ("-", " ", "")
    for day, word in enumerate(_DAY_ORDINALS[:9], 1)}
# The day in words, as formal minutes write it: "held on WEDNESDAY, the SEVENTH day of AUGUST, 1974".
_WORDS_DAY = re.compile(rf"\b({'|'.join(sorted(_DAY_IN_WORDS, key=len, reverse=True))})\s+day\s+of\s+({vocab.MONTH_ABBREVIATED})\.?,?\s+(\d{{4}})\b",
                        re.I)
_YEAR_MONTH_DAY = re.compile(rf"\b((?:19|20)\d\d)\s+({vocab.MONTH_ABBREVIATED})\s+(\d{{1,2}})\b", re.I)  # "2018 December 03" (a Canadian city's)


def parse_date(text: str, month_first: bool = False) -> str | None:
    """The first date in the text as ISO 8601: '12 March 2018', '28th November, 2018', '5 Dec 2017',
    '12TH DAY OF JANUARY, 2011', 'the SEVENTH day of AUGUST, 1974', '12th of March 2018', '12-Mar-2018', 'February 13, 2019',
    '12/03/2018', '12.03.2018'
    or '12-03-2018' (day first, as UK papers write it, unless only month first makes a date: '03/13/2018'),
    '2018-03-12' or '2018 March 12'."""
    valid = _dates(text, month_first)
    if not valid and (short := _TWO_DIGIT_YEAR.fullmatch(text.strip())):  # "5.3.25", as a meeting's own line gives it
        return _iso("20" + short.group(3), short.group(2), short.group(1))
    return valid[0][1] if valid else None


# A date with a two-digit year ("5.3.25"), read only where it is the whole value a meeting's own line gave: in running
# text, "1.2.25" may be a paragraph's number.
_TWO_DIGIT_YEAR = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{2})")


def month_first_numbers(text: str) -> bool:
    """Whether the paper writes numeric dates month first, as US papers do: one of them makes a date only so
    ("3/21/2017"), and none only day first ("21/03/2017"); or none decides, and it writes its dates in words month
    first. Its other numeric dates ("3/7/2017") are then read so too."""
    pairs = [(int(m.group(1)), int(m.group(2))) for m in _NUMERIC.finditer(text)]
    if any(a <= 12 < b for a, b in pairs) or any(b <= 12 < a for a, b in pairs):
        return any(a <= 12 < b for a, b in pairs) and not any(b <= 12 < a for a, b in pairs)
    # where no numeric date decides ("12-01-2005"), the way the paper writes its dates in words does: "December 12, 2005"
    # month first, as US papers write them, against "12 December 2005"
    return bool(pairs) and len(_MONTH_DAY.findall(text)) > 2 * len(_DAY_MONTH.findall(text))


def _last_date(text: str, month_first: bool = False) -> str | None:
    """The last date in the text (the one nearest what follows it)."""
    valid = _dates(text, month_first)
    return valid[-1][1] if valid else None


def _dates(text: str, month_first: bool = False) -> list[tuple[int, str]]:
    """Every date in the text as (position, ISO date), in order."""
    found: list[tuple[int, str]] = []
    for match in _NUMERIC.finditer(text):  # day first; month first where that is no date ("03/13/2023", a US paper)
        day_first = _iso(match.group(3), match.group(2), match.group(1))
        month_then_day = _iso(match.group(3), match.group(1), match.group(2))
        found.append((match.start(), (month_then_day or day_first) if month_first else (day_first or month_then_day)))
    for match in _ISO.finditer(text):
        found.append((match.start(), _iso(match.group(1), match.group(2), match.group(3))))
    for match in _DAY_MONTH.finditer(text):
        found.append((match.start(), _iso(match.group(3), vocab.MONTH_NUMBERS.get(match.group(2).lower()[:3]), match.group(1))))
    for match in _MONTH_DAY.finditer(text):
        found.append((match.start(), _iso(match.group(3), vocab.MONTH_NUMBERS.get(match.group(1).lower()[:3]), match.group(2))))
    for match in _WORDS_DAY.finditer(text):
        day = _DAY_IN_WORDS[re.sub(r"\s+", " ", match.group(1).lower())]
        found.append((match.start(), _iso(match.group(3), vocab.MONTH_NUMBERS.get(match.group(2).lower()[:3]), str(day))))
    for match in _YEAR_MONTH_DAY.finditer(text):
        found.append((match.start(), _iso(match.group(1), vocab.MONTH_NUMBERS.get(match.group(2).lower()[:3]), match.group(3))))
    return sorted((position, iso) for position, iso in found if iso)


def _iso(year: str, month: object, day: str) -> str:
    try:
        return date(int(year), int(month), int(day)).isoformat()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""


_MEETING_OF = re.compile(
    r"(?:^|\b)(?:(?:a|an|the)\s+)?(?:(?:ordinary|special|extraordinary|regular|annual)\s+)?meeting\s+of\s+(?:(?-i:the|THE)\s+)?"
    r"(?P<name>.+?)(?:\s+(?:was|will be|is)\s+held\b|\s+held\b|\s+on\s+|\s+at\s+|\s+was\s+(?:called|convened)\b|$)", re.I)
_TRAILING = re.compile(rf"\s*(?:[-–,:|]\s*)?(?:(?:(?:action|summary)\s+)?(?:minutes|notes|agenda|documents)(?:\s+of\s+(?:the\s+)?meeting|\s+for)?|{vocab.WEEKDAY}\b.*|\d{{1,2}}(?:st|nd|rd|th)?\s+\w+,?\s+\d{{4}}.*"
                       rf"|{vocab.MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?\b.*"  # "... OF COUNCIL SEPTEMBER 24TH, 2013": its year cut at the comma
                       r"|(?:un)?confirmed|draft|\||(?:public\s+)?(?:agenda|document)\s+pack|minute\s+volume"
                       r"|decisions?\s+(?:sheet|notice|list|summary|record)|(?:summary|record|schedule)\s+of\s+decisions)\s*$", re.I)
# ("... Meeting Minutes - Unconfirmed |": the minutes' status; "Fife Council Public Agenda Pack": what the paper is;
# "Town Board Minutes for October 10, 2011": the minutes of a date; "Parish Council Documents": a site's page of them)


def meeting_of(text: str) -> tuple[str, bool] | None:
    """'A meeting of the Community, Leisure & Emergency Services Strategic Policy Committee was held ...' -> (the
    body, whether its name ended at a word like 'held' rather than at the end of the text). A name runs to the
    first comma after its committee word ('THE COUNCIL OF THE CITY OF PORTLAND, OREGON' -> '... PORTLAND')."""
    found = _MEETING_OF.search(re.sub(r"\s+", " ", text))
    if not found:
        return None
    name = re.split(r"(?<=[A-Za-z]{3})\.\s", found.group("name"))[0]  # "... COMMITTEE.  Present:- ...": the sentence ends
    pieces = name.split(",")
    for end in range(1, len(pieces) + 1):
        if vocab.COMMITTEE_WORD.search(",".join(pieces[:end])):
            name = ",".join(pieces[:end])
            break
    name = _before_a_clause(_strip_trailing(name))
    # a rural municipality's council meets as the municipality: "MINUTES OF THE REGULAR MEETING OF THE RURAL MUNICIPALITY OF X"
    municipality = re.match(r"(?:rural\s+)?municipality\s+of\s+[A-Z]", name, re.I) is not None
    if not name or not (vocab.COMMITTEE_WORD.search(name) or municipality) or words(name) > 12:
        return None
    return name, found.end("name") < len(found.string.rstrip())


def _before_a_clause(name: str) -> str:
    """A body's name less the clause after its word that says which meeting it was ("Eketahuna Community Board following
    the triennial general election"): the name runs to the last body's word before the clause, where what comes before
    is a name in capitals and the clause names no body of its own."""
    lowered = re.search(r"\s(?:following|after|before|during|regarding|concerning|convened|called|which|that|where)\s", name)
    if lowered is None or vocab.COMMITTEE_WORD.search(name[lowered.start():]):
        return name
    head = name[:lowered.start()]
    ends = list(vocab.COMMITTEE_WORD.finditer(head))
    if not ends or not _named(head[:ends[-1].end()]):
        return name
    return head[:ends[-1].end()]


_BODY_DATE_TITLE = re.compile(
    rf"^(?:\d{{1,3}}\s+)?(?P<body>[^:]{{2,120}}?)\s*[-–,]?\s+(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})\b"
    r"\s*[-–,:]?\s*(?P<title>.*)$", re.I)


# A sentence about an earlier meeting's minutes, which names and dates that meeting, not this one: "RESOLVED that the
# minutes of the meeting of the Commission held on 24 May 2023 be approved", "To approve as a correct record the minutes
# of ...". (A paper's own title, "Minutes of the meeting of the Cabinet held on ...", starts with the word.) The sentence
# is left out of what is read for the meeting's name and date, not the line it is on (a wall holds the whole paper).
_EARLIER = re.compile(r"(?:^|(?<=[.;:]\s))[^.;:]*?\bthe\s+minutes\s+of\b[^.]{0,160}?\b(?:be|were|was|are)\s+(?:\w+\s+)?"
                      r"(?:approved|confirmed|signed|agreed|received|adopted|taken\s+as\s+read)\b[^.;]*"
                      r"|(?:^|(?<=[.;:]\s))[^.;:]*?\bto\s+(?:approve|confirm|sign|receive|agree)\b[^.]{0,80}?\bminutes\s+of\b[^.;]*"
                      # a consent calendar's record: "Approved the Minutes of the Regular Council Meeting of November 21, 1977;"
                      r"|\b(?:approved|confirmed|adopted|signed)\s+the\s+minutes\s+of\b[^.;]*"
                      # and a document's own date: "Notice dated 15th June, 2015, was read"
                      r"|\bdated\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}", re.I)


# A paper's own title that says when its meeting was held: "Minutes of the meeting of X held in ... on 6th August 2007".
_OWN_TITLE_HELD = re.compile(r"^(?:draft\s+|confirmed\s+|signed\s+)?(?:minutes|notes|record)\s+of\b.{0,200}?\bheld\b"
                             # a summons: "The monthly meeting of X will be held in ... on Tuesday, 23 July, 2019"
                             r"|^(?:the\s+)?(?:[\w-]+\s+){0,2}meeting\s+of\b.{0,200}?\b(?:will|is\s+to)\s+be\s+held\b", re.I)


def _without_earlier(text: str) -> str:
    return _EARLIER.sub(" ", text)


def _before_another_date(text: str) -> str:
    """The line up to the sentence that names another meeting's or the paper's own date."""
    found = _ANOTHER_DATE.search(text)
    if not found:
        return text
    stop = text.rfind(". ", 0, found.start())  # (the sentence it is in goes too)
    return text[:stop + 1] if stop >= 0 else ""


# A line that dates something other than the meeting: the next meeting, or when the paper was published, printed,
# issued, despatched or approved ("Minutes published on 12 March 2024", "Despatch date: 27 February 2024").
_ANOTHER_DATE = re.compile(rf"{vocab.NEXT_MEETING}|\b(?:published|printed|issued|despatched|dispatched|approved|circulated)"
                           r"\s+(?:on|at)\b|\b(?:issue|despatch|dispatch|print|publication|circulation)\s+date\b|"
                           r"^(?:agenda|minutes)\s+published\b"
                           # a decision notice's call-in arrangements: "Date Published ...", "Date when decisions may be
                           # implemented (unless called in) ...", "Call-in deadline: ..."
                           r"|\bdate\s+published\b|\bmay\s+be\s+implemented\b|\bcall[-\s]in\s+(?:deadline|expiry|period|date)\b", re.I)
_STATUS_LINE = re.compile(r"(?:approved|adopted|confirmed|signed|published|posted|agenda\s+posted)\s+(?:by|at|on)\b", re.I)


def body_date_title(text: str) -> tuple[str, str, str] | None:
    """A report's heading run together, as a PDF dump prints it (after its page number): 'CABINET 6 FEBRUARY 2020
    TREE POLICY REVIEW' -> (the body, the ISO date, what follows the date: the report's title, or '')."""
    found = _BODY_DATE_TITLE.match(re.sub(r"\s+", " ", text).strip())
    if not found or not committee_name(found.group("body")) or not parse_date(found.group("date")):
        return None
    if _STATUS_LINE.match(found.group("body")):
        return None  # "APPROVED BY THE CITY COUNCIL ON FEBRUARY 27, 2007": when the minutes were approved, not the meeting
    return committee_name(found.group("body")), parse_date(found.group("date")), found.group("title").strip()


def _named_at_top(line: str, before: str = "") -> str | None:
    """The body an opening line names: the line is its name, or runs name, date and title together. A bare body's
    word ("Committee Meeting", "COMMUNITY COUNCIL") under a short name of no body ("Services and Resources",
    "LLANSANFFRAID GLAN CONWY") is that name's, as an agenda's cover sets it over two lines. A status line ("APPROVED
    BY THE CITY COUNCIL ON 28 MARCH 2023") names who approved the minutes, not the meeting."""
    if _STATUS_LINE.match(line.strip()):
        return None
    run_together = body_date_title(line)
    name = committee_name(line) or (run_together[0] if run_together else None)
    council = bool(name) and re.fullmatch(r"(?:community|town|parish)\s+council", name, re.I) is not None
    if name and (re.fullmatch(r"(?:committee|sub-committee|board|panel|forum|group)(?:\s+meeting)?", name, re.I)
                 or council and line.isupper() and before.isupper()) \
            and before and title_like(before, 6, 60) and not vocab.COMMITTEE_WORD.search(before) and not re.search(r"\d", before):
        return committee_name(f"{before} {line}") or name
    return name


def committee_name(text: str) -> str | None:
    """A line that is only a body's name ("PLANNING AND ORDERS COMMITTEE"), less a trailing date or "Minutes". In a
    line in two languages ("Cofnodion y Pwyllgor Craffu Addysg / Education Scrutiny Committee Minutes"), the part
    that names one; where both do, the later (Welsh papers put the English second: "Cofnodion Cabinet / Cabinet
    Minutes")."""
    if " / " in text or " :: " in text:  # ("Cyngor Tref Aberteifi :: Cardigan Town Council")
        parts = re.split(r" (?:/|::) ", text)
        return next((name for name in reversed([_one_committee_name(part) for part in parts]) if name), None)
    return _one_committee_name(text)


# A board's count of its meetings before its name: "Agenda Nineteenth Meeting ...", "Minutes of the 112th Meeting of the ...".
_NTH_MEETING = re.compile(r"^(?:(?:agenda|minutes)\s+(?:of\s+)?)?(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty)?[-\s]?"
                          rf"(?:{'|'.join((*_DAY_ORDINALS, 'twentieth', 'thirtieth', 'fortieth'))}))\s+"
                          r"(?:(?:ordinary|special|annual|general|board|public)\s+)?meeting\s+(?:of\s+)?(?:the\s+)?(?=\S+\s+\S)", re.I)
# A Welsh council's name in both languages run together: "CYNGOR CYMUNED CEFN COMMUNITY COUNCIL" is Cefn Community Council.
_WELSH_BEFORE_ENGLISH = re.compile(r"^cyngor\s+(?:cymuned|tref|sir|dinas|bwrdeistref\s+sirol)\s+(?=(?:\S+\s+){1,5}council$)", re.I)


def _one_committee_name(text: str) -> str | None:
    name = _strip_trailing(re.sub(r"\s+", " ", text).strip(" .:-–"))
    name = _WELSH_BEFORE_ENGLISH.sub("", name)
    name = re.sub(r"^(?:(?:un)?confirmed|draft|open)\s+minutes\s+(?=\S+\s+\S)", "", name, flags=re.I)  # "Unconfirmed MINUTES Ordinary ..."
    name = _NTH_MEETING.sub("", name)  # "Agenda Nineteenth Meeting Crown Estate Scotland (Interim Management) Board"
    name = name.rsplit(". ", 1)[-1]  # "EAST RIDING OF YORKSHIRE COUNCIL. Safer and Stronger ... Sub-Committees": the last sentence
    name = _without_kind_of_meeting(name)
    shaped = re.fullmatch(r"[A-Z][\w&,'’ -]+(?:\([\w&,'’ -]+\)[\w&,'’ -]*)?", name)  # "Scrutiny Board (Environment)" too
    if (shaped and words(name) <= 8 and vocab.COMMITTEE_WORD.search(name) and (_named(name) or _sentence_case_body(name))
            and not _procedural(name)
            and not _NOT_A_BODY.search(name) and not re.fullmatch(vocab.LABELS, name, re.I)):  # not "EXECUTIVE SUMMARY"
        return name
    return None


# A report's author, an officer or a room, not a body: "Report of the Executive Director of Environment" (but a "Board
# of Directors" is one).
_NOT_A_BODY = re.compile(r"^report\b|^of\s|\b(?<!board of )(?:director|officer|manager|head of|chief executive|clerk|solicitor)s?\b"
                      r"|\b(?:chambers?|hall|room|building|offices)\b"  # or a venue: "Council Chambers, City Hall"
                      r"|\b(?:committee|democratic|member)\s+services\b|^(?:representing|on behalf of)\b"  # or a team
                      # or a thing the council has: "COUNCIL DIARY" under the meeting's date, "Council Tax Support"
                      r"|\bcouncil\s+(?:diary|tax|calendar|newsletter|website|budget)\b", re.I)


def _named(name: str) -> bool:
    """A name's words are capitalised, bar small words and the body's own ("Planning committee"); a sentence
    ("The Council owned a number") is not a name."""
    return all(word[0].isupper() or word.lower() in STOPWORDS or vocab.COMMITTEE_WORD.fullmatch(word)
               for word in re.findall(r"[A-Za-z][\w'’-]*", name))


def _sentence_case_body(name: str) -> bool:
    """A body's name as some committee systems print it, in sentence case: "Planning applications committee" (a
    short name that starts with a capital, not a little word, and ends in the body's word)."""
    found = re.fullmatch(r"([A-Z][a-z]+)(?:\s[a-z]+){1,3}", name)
    return bool(found) and found.group(1).lower() not in STOPWORDS \
        and bool(vocab.COMMITTEE_WORD.fullmatch(name.rsplit(" ", 1)[-1]))


def _strip_trailing(name: str) -> str:
    while _TRAILING.search(name) and _TRAILING.sub("", name) != name:
        name = _TRAILING.sub("", name)
    name = re.sub(r"\s+for\s+(?:this|that|the)\s+(?:date|day|purpose)\b.*$", "", name, flags=re.I)  # "... for this date"
    return re.sub(r"\s+(?:on|held)$", "", name.strip(" .,-–"), flags=re.I)  # "Agenda for Cabinet on <date>"


# A Scottish report's first line: "Report by Executive Director of Education to Education Committee on 9 February 2023".
_REPORT_BY_TO = re.compile(rf"^report\s+(?:by|of|from)\s+.{{3,150}}?\s+to\s+(?:the\s+)?(?P<body>[A-Z][\w&,'’ -]{{2,90}}?)\s+"
                           rf"(?:meeting\s+)?on\s+(?:{vocab.WEEKDAY},?\s+)?(?P<date>{ANY_DATE})", re.I)


def report_addressed(text: str) -> tuple[str, str] | None:
    """'Report by <officer> to <body> on <date>' -> (the body, the ISO date)."""
    found = _REPORT_BY_TO.match(text)
    if not found or not committee_name(found.group("body")) or not parse_date(found.group("date")):
        return None
    return found.group("body"), parse_date(found.group("date")) or ""


def read_fields(lines: list[Line], first_item_line: int | None) -> tuple[str | None, str | None, dict[str, str]]:
    """(committee, meeting date, details) from the paper's lines. Meeting lines and metadata count wherever
    they are; date lines and the opening lines only before the first item (an item's own title or text is
    not the meeting's)."""
    details: dict[str, str] = {}
    committees: list[str] = []
    meeting_dates: list[str] = []
    head = [line for line in lines if first_item_line is None or line.index < first_item_line]
    month_first = month_first_numbers("\n".join(line.core for line in lines))

    def date_of(text: str) -> str | None:
        return parse_date(text, month_first)

    unnamed: list[str] = []  # "11/01/2024 - Fees and charges 2024/25" on an issue's decisions page: a title, not a body
    unnamed_dates: list[str] = []
    for line, after in zip(lines, [*lines[1:], None]):  # "Title" alone over its value, as a Legistar file prints it
        if re.fullmatch(r"(?:title|subject|report title)", line.core, re.I) and after is not None and after.core \
                and title_like(after.core, 30, 300):
            details.setdefault(line.core.lower(), after.core.rstrip("."))
    titles = {folded(line.core) for line in lines if line.kind in (Kind.TEXT, Kind.HEADING)}  # the page's title lines
    # an issue's page of decisions: each dated line is a decision's title ("09/12/2021 - Local Council Tax Reduction Scheme
    # for the Working Age 2022/23" under the issue "Council tax reduction scheme"), never a meeting of a body
    decisions_page = any(re.match(r"(?:\{\w+\}\s*)?issue\s*-\s*decisions\b", line.core, re.I) for line in lines[:12])
    for line in lines:
        k = next_content(lines, line.index, 6) if line.kind == Kind.META and not line.value.strip() else None
        after = lines[k] if k is not None else None  # (a CMIS page sets its values apart by blank lines)
        if line.kind == Kind.META and not line.value.strip() and after is not None and after.kind in (Kind.TEXT, Kind.HEADING) \
                and after.core and not after.core.endswith(":") and words(after.core) <= 15:
            details.setdefault(line.key, after.core)  # "Decision Maker:" / "Policy Panel": the value on the next line
            continue
        if line.kind == Kind.META:
            value, *more = vocab.RUN_ON_KEY.split(line.value)
            details.setdefault(line.key, value)
            for field in more:  # "3/13/2017 In control: City Council": the line's next field
                key, _, rest = field.partition(":")
                details.setdefault(key.strip().lower(), rest.strip())
        elif line.kind == Kind.MARKER and line.value:  # "CITY COUNCIL AGENDA ITEM NO. 8": the body's own agenda
            committees.append(line.value)
        elif line.kind == Kind.MEETING:
            # "04/10/2021 - Informal virtual meetings of Cabinet" under that title: a decision's title, not a body
            decision = line.label == "meeting-line" and (folded(line.title) in titles or decisions_page)
            if line.label == "meeting-line" and document_title_line(lines, line):
                continue  # a records system's title for the file: "2/13/2007 - Council Minutes - CC Minutes Reg Meeting"
            names_body = (bool(vocab.COMMITTEE_WORD.search(line.title)) or line.label != "meeting-line") and not decision
            paper_only = bool(re.fullmatch(vocab.PAPER_NAME, line.title.strip(), re.I) or _MEETING_ONLY.fullmatch(line.title.strip()))
            if not paper_only and not decision:  # "Minutes - Tuesday 21 March 2023" names no body
                (committees if names_body else unnamed).append(line.title)
            if paper_only and any(above.kind == Kind.DATE or above.kind == Kind.MEETING and above.value
                                  for above in lines[:line.index]):
                continue  # "MINUTES - July 21, 2008" under the agenda's own date: the earlier minutes it approves
            if line.value:
                (meeting_dates if names_body else unnamed_dates).append(date_of(line.value) or "")
    due = re.match(r"(?P<date>.+?)\s+by\s+(?P<body>[A-Z].{2,80})$", details.get("decision due", ""))
    if due and date_of(due.group("date")):  # "19 Jan 2022 by Overview and Scrutiny Committee": when, and who decides
        meeting_dates.append(date_of(due.group("date")) or "")
        committees.append(due.group("body"))
    for key in ("decided at meeting", "made at meeting"):  # "10/10/2017 - EXECUTIVE"
        parts = re.split(r"\s[-–]\s", details.get(key, ""), maxsplit=1)
        if len(parts) == 2:
            meeting_dates.append(date_of(parts[0]) or "")
            committees.append(parts[1].strip())
    if not meeting_dates:  # "17/01/2024 - Library Service Review": a decision's date, the meeting's only where nothing else is
        meeting_dates += unnamed_dates
    for key in ("decision-maker", "decision taker", "decision-taker", "decision made by", "decision taken by"):  # one name
        if details.get(key) and "decision maker" not in details:
            details["decision maker"] = details[key]
    for key in ("committee", "meeting", "meeting name", "name of meeting", "notice of meeting", "report to", "report for",
                "decision maker", "in control"):
        value = details.get(key, "")
        dated = re.search(ANY_DATE, value, re.I)
        if dated and key not in ("committee", "meeting", "decision maker", "in control"):  # "Report to: Cabinet 5 June 2019 <title>"
            meeting_dates.append(date_of(dated.group()) or "")
            value = value[:dated.start()]
        if value.strip():
            committees.append(value)
    opening = [line.core for line in head[:20] if line.core]
    addressed = next((found for found in (report_addressed(f"{line} {after} {third}".strip())  # wrapped over lines
                                          for line, after, third in zip(opening, [*opening[1:], ""], [*opening[2:], "", ""]))
                      if found), None)
    if addressed:
        committees.append(addressed[0])
        meeting_dates.append(addressed[1])
    # a paper that names its meeting's date ("Meeting Date:") has its own "Date:" too, a memo's or a report's; so
    # does a memo whose subject is the meeting ("Re: Notes for Commission Meeting on Tuesday, December 7th, 2010")
    meeting_named = any(date_of(details.get(key, "")) for key in ("meeting date", "date of meeting"))
    memo_subject = re.search(r"\bmeeting\b(?P<when>.{0,60})", details.get("re", ""), re.I)
    if memo_subject and date_of(memo_subject.group("when")) and not meeting_named:
        meeting_dates.append(date_of(memo_subject.group("when")))
        meeting_named = True
    for key in ("date", "meeting date", "date of meeting", "date and time", "meeting", "on agenda"):
        if key == "date" and meeting_named:
            continue
        if details.get(key) and date_of(details[key]):
            meeting_dates.append(date_of(details[key]))
    date_lines = [date_of(line.value) for line in head if line.kind == Kind.DATE and date_of(line.value)]
    if not meeting_dates and date_lines:  # no meeting line or field gives it: the paper's own title, where it says when
        # the meeting was held ("Minutes of the meeting of Wellington Town Council held ... on Monday, 6th August 2007"),
        # over a date standing alone above it (a blog's post date); else the first date standing alone at the top
        own = (date_of(core[:220]) for line in head[:40] if line.kind != Kind.FURNITURE
               and _OWN_TITLE_HELD.match(core := _without_earlier(line.core)) and meeting_of(core))
        meeting_dates.append(next((found for found in own if found), None) or date_lines[0])
    if not meeting_dates and date_of(details.get("date of decision", "")):  # a decision taken outside a meeting
        meeting_dates.append(date_of(details["date of decision"]))
    if not meeting_dates:  # "ABERDEEN, 10 May 2023. Minute of Meeting of the ...": the line naming the meeting dates it
        for line in head[:30]:
            core = _without_earlier(line.core)
            found = _MEETING_OF.search(core) if line.kind != Kind.FURNITURE else None
            found = found if found and meeting_of(core) else None
            # the date the sentence gives the meeting ("will be held ... on 23rd October"), or the one before it
            when = found and (date_of(core[found.start():found.start() + 200]) or _last_date(core[:found.start()], month_first))
            if when:
                meeting_dates.append(when)
                break
    if not meeting_dates:
        # "Date of next meeting: 14 July": another meeting's, so a line is read only up to where it names another date
        # ("... the Council meeting held on 28 November 2013. These minutes are subject to ... the next meeting ...")
        opening = " ".join(_without_earlier(_before_another_date(line.core)) for line in head[:30]
                           if line.kind != Kind.FURNITURE and not _STATUS_LINE.match(line.core))
        held = re.search(rf"\b(?:held|meeting|on|cyfarfod|gynhaliwyd)\b.{{0,120}}?({_DAY_MONTH.pattern}|{_MONTH_DAY.pattern}|{_WORDS_DAY.pattern}|{_NUMERIC.pattern}|{_ISO.pattern})",
                         opening, re.I)
        if held:
            meeting_dates.append(date_of(held.group(1)) or "")
        else:  # a title line that ends with the date ("… Scrutiny Sub-Committees 11 September 2014"), or runs
            # body, date and report title together ("CABINET 6 FEBRUARY 2020 TREE POLICY REVIEW")
            # (the first line, or one of the first two title lines under a line a page put above them: "Contact: ...")
            first = next((line.core for line in head if line.kind not in (Kind.BLANK, Kind.FURNITURE, Kind.HEADER)), "")
            titled = [line.core for line in head if line.kind in (Kind.TEXT, Kind.HEADING) and not _ANOTHER_DATE.search(line.core)]
            for title in dict.fromkeys(t for t in (first, *titled[:2]) if t and not _ANOTHER_DATE.search(t)):
                if dated := re.search(rf"({_DAY_MONTH.pattern}|{_MONTH_DAY.pattern})\s*$", title, re.I):
                    meeting_dates.append(date_of(dated.group(1)) or "")
                    break
                if run_together := body_date_title(title):
                    meeting_dates.append(run_together[1])
                    break
    if not meeting_dates:  # "OF HENDERSON SEPTEMBER 2, 2003", a head set in two columns: the one date the head gives
        # (not a line that names minutes, an earlier meeting's, nor one that dates something else: "published after")
        found = {iso for line in head[:30] if line.kind in (Kind.TEXT, Kind.HEADING, Kind.HEADER)
                 and not _ANOTHER_DATE.search(line.core) and not re.search(r"\bminutes\b|\bpublished\b", line.core, re.I)
                 for _, iso in _dates(line.core, month_first)}
        if len(found) == 1:
            meeting_dates.append(found.pop())
    committees += unnamed  # a meeting line's name without a body's word counts after every other
    if not committees:
        # (on a document site, the paper's own head is below the site's "Transcript" line, its blurb above)
        marker = next((k + 1 for k, line in enumerate(head[:60]) if vocab.TRANSCRIPTION_LINE.fullmatch(line.plain.strip())), 0)
        opening = [_capitals_unbulleted(line) for line in (head[marker:] + head[:marker])[:60]
                   if line.kind not in (Kind.BLANK, Kind.FURNITURE, Kind.HEADER, Kind.META)
                   and not (line.kind == Kind.NUMBERED and re.search(r"[A-Za-z]", line.number or ""))][:40]
        # (not an item in a contents list: "R6/1-21 ADJUSTMENTS BUDGET 2020/2021 – 28 JANUARY 2021")
        # who attended is listed under its heading with the bodies they came from ("Chairman: Te Hiku Community Board"):
        # the meeting is named above it
        attendance = next((k for k, core in enumerate(opening) if re.fullmatch(vocab.ATTENDANCE_HEADING, core.rstrip(":-– "), re.I)), None)
        opening = opening[:attendance] if attendance else opening
        # "... MEETING OF THE MUNICIPAL DISTRICT" / "OF NEWCASTLE WEST HELD IN ...": a line, or it and the next
        named = []
        for line, after in zip(opening[:12], [*opening[1:13], ""]):  # the meeting is named at the top
            before = _BODY_MEETING.search(line)  # "MINUTES of the CABINET meeting held on ..."
            of_whom = re.search(r"\bmeeting\s+of\s+(?:the\s+)?(?P<whom>.+?)(?:\s+held\b|\s+on\b|$)", line, re.I)
            # "... PLANNING COMMITTEE MEETING OF NEWRY DISTRICT COUNCIL HELD ON": the council's committee met
            # (or the place itself: "Agenda for the Committee of the Whole Meeting of the District of Lantzville")
            whom = of_whom.group("whom").strip(" .,") if of_whom is not None else ""
            # a municipality is a place, not a body: "Minutes of the Regular Council Meeting of the Municipality of X" names its council's meeting
            of_council = (of_whom is not None and before is not None
                          and (bool(_AUTHORITY.search(whom) or _SPECIAL_DISTRICT.search(whom)) and bool(_SPECIFIC_BODY.search(before.group("name")))
                               or bool(_MUNICIPALITY_OF.match(whom))))
            if before and (not of_whom or of_council) and vocab.COMMITTEE_WORD.search(before.group("name")):
                name = before.group("name") + (" " + before.group("word") if before.group("kind") else "")
                # "NEWTOWN PARISH COUNCIL" / "Minutes of the Parish Council Meeting": the council's own full name
                fuller = [n for n in (_named_at_top(o, b) for b, o in zip(["", *opening[:5]], opening[:6])) if n and len(n) > len(name)
                          and n.casefold().endswith(" " + name.casefold()) and name.casefold().endswith("council")]
                named.append(fuller[0] if fuller else name)
                continue
            held = _MINUTES_OF_HELD.search(line)  # "Minutes of the Cabinet held on ..."
            if held and not re.search(r"\bmeeting\b", held.group("name"), re.I) and (body := committee_name(held.group("name"))):
                named.append(body)
                continue
            by = _HELD_BY.search(line)  # "MINUTES OF THE REGULAR MEETING ... HELD BY THE TOWN COMMISSION, OF THE TOWN OF ..."
            if by and vocab.COMMITTEE_WORD.search(by.group("body")) and (body := committee_name(by.group("body"))):
                named.append(body)
                continue
            line = _without_earlier(line)  # (not the earlier meeting whose minutes are approved)
            if not re.search(r"\bmeeting\s+of\b|\bmeeting\s*$", line, re.I):  # "... A MEETING" / "OF THE CABINET"
                continue
            alone, joined = meeting_of(line), meeting_of(f"{line} {after}")
            if joined and joined[1] and (not alone or not alone[1]):
                named.append(joined[0])  # the name ran on to the next line
            elif alone or joined:
                named.append((alone or joined)[0])
        lines_named = [n for n in (_named_at_top(line, before) for before, line in zip(["", *opening], opening)) if n][:3]
        specific = [n for n in named[:1] + lines_named if _SPECIFIC_BODY.search(n)]  # a committee, not "the Council"
        # the kind of meeting a line names under the council's own name ("MINUTES OF MACKENZIE DISTRICT COUNCIL" /
        # "ORDINARY COUNCIL MEETING") counts beside it, and the meeting is preferred to the authority below; so it is
        # where only the lines name them ("Central Coast Council" / "Ordinary Council Meeting")
        meeting_kind = [n for n in lines_named if re.fullmatch(
            r"(?:(?:ordinary|extraordinary|extra\s+ordinary|special|regular|annual|monthly)\s+)?council\s+meeting", n.strip(), re.I)][:1]
        committees += specific[:1] or (named[:1] + meeting_kind if named else []) or meeting_kind or lines_named or _name_over_date(head)
    addressee = re.sub(r"\s+", " ", details.get("to", "")).strip(" .")  # a memo's "TO: Mayor and Members of the City Council"
    to_body = re.search(r"\bof\s+(?:the\s+)?(?P<body>[A-Z][\w&'’ -]{2,80})$", addressee) \
        or re.match(r"(?:(?:the\s+)?(?:hono(?:u)?rable\s+)?mayor\s+and\s+)?(?P<body>.+)", addressee, re.I)  # "Mayor and Town Council"
    addressed_body = committee_name(to_body.group("body")) if to_body else None
    memo_to = addressed_body if addressed_body and "from" in details else None  # a memo goes to its meeting's body,
    if addressed_body and not committees:  # whatever meetings its text lists; anything else, where nothing else says
        committees.append(addressed_body)
    distinct = [d for d in dict.fromkeys(meeting_dates) if d]
    meeting_date = distinct[0] if len(distinct) == 1 else None  # several meetings: no one date is the paper's
    # (a body's name is a few words: "Meeting: April 15, 2025 Subject ..." run into a wall names none)
    named = [c for c in (_clean_committee(c) for c in committees) if c and words(c) <= 12]
    bodies = [c for c in named if not _AUTHORITY.search(c)]  # a committee, rather than the council it belongs to
    committee = memo_to or _council_in_full((bodies or named or [None])[0], head) or _body_that_met(head) or _acting_body(lines)
    return _without_place(committee, lines), meeting_date, details


_PLACE_KINDS = "city|town|village|county|township|municipality"  # "CITY OF PLYMOUTH ...", "the Township of Roxbury"
_MUNICIPALITY_OF = re.compile(rf"(?:the\s+)?(?:{_PLACE_KINDS}|district|borough)\s+of\b", re.I)
_PLACE_OF = re.compile(rf"^(?:the\s+)?(?P<kind>{_PLACE_KINDS})\s+of\s+(?P<rest>\S.*)$", re.I)


def _without_place(committee: str | None, lines: list[Line]) -> str | None:
    """"CITY OF PLYMOUTH PLANNING COMMISSION": the municipality's name, then its body's. The body is the shortest end
    of it that names a body and that the paper's text names on its own, not in capitals ("the Planning Commission
    tonight"); where the text never does, the name stays whole."""
    found = _PLACE_OF.match(committee or "")
    if not found or not committee or not committee.isupper():
        return committee
    name = found.group("rest").split()
    if not vocab.COMMITTEE_WORD.search(name[-1]):
        return committee
    text = "\n".join(line.core for line in lines if line.core and not line.core.isupper())
    for k in range(len(name) - 1, 0, -1):
        if vocab.COMMITTEE_WORD.fullmatch(name[k]):
            continue  # ("COMMISSION" alone is any commission)
        named = re.search(rf"\b{re.escape(' '.join(name[k:]))}\b", text, re.I)
        if named and not named.group().isupper():
            return named.group()
    # or the place's own kind again before the body's word: "CITY OF MAPLE RIDGE CITY COUNCIL"
    again = next((k for k in range(1, len(name) - 1) if name[k].casefold() == found.group("kind").casefold()), None)
    return " ".join(name[again:]) if again is not None else committee


def _capitals_unbulleted(line: Line) -> str:
    """A line's words, less a bullet a PDF put before a heading in capitals ("• COUNCIL WORKSHOP AGENDA")."""
    bulleted = re.match(r"[·•●▪◦‣∙]\s+(?=[^a-z]+$)", line.core) if line.kind == Kind.BULLET else None
    return line.core[bulleted.end():] if bulleted else line.core


def _council_in_full(name: str | None, head: list[Line]) -> str | None:
    """"A MEETING OF THE PARISH COUNCIL" under a head that starts with the council's own name ("CHOLMONDELEY & CHORLEY
    PARISH COUNCIL Carol Jones Clerk ..."): the council, by its name."""
    if not name or not re.fullmatch(r"(?:parish|town|community)\s+council|board", name, re.I):
        return name  # (or "Meeting of the Board in Public" under "NHS Westvale Integrated Care Board")
    for line in [line for line in head if line.core and line.kind != Kind.FURNITURE and not _STATUS_LINE.match(line.core)][:3]:
        # (the council's own words before it, capitalised: not "Minutes of Parish Council", nor "APPROVED BY THE TOWN COUNCIL")
        found = re.match(rf"(?!(?:minutes|agenda|notice|meeting|summons)\b)(?-i:(?:[A-Z][\w'’-]*\s+(?:(?:&|and)\s+)?){{1,4}}){re.escape(name)}\b",
                         line.core, re.I)
        if found and committee_name(found.group()):
            return committee_name(found.group())
    return name


def _name_over_date(head: list[Line]) -> list[str]:
    """A meeting page's heading over two lines, the meeting's name over its date ("Agenda and minutes" / "Annual
    General Meeting" / "Monday 20 May 2019 7.00 pm"): the name, where the page's header is above it or it names a
    meeting."""
    shown = [line for line in head if line.kind not in (Kind.BLANK, Kind.FURNITURE)]
    for above, line, below in zip([None, *shown], shown, shown[1:]):
        if below.kind != Kind.DATE or line.kind not in (Kind.TEXT, Kind.HEADING) or re.search(r"\d|[.:]$", line.core):
            continue
        if title_like(line.core, 8, 80) and _named(line.core) and (
                (above is not None and above.kind == Kind.HEADER) or re.search(r"\bmeeting$", line.core, re.I)):
            return [line.core]
        return []
    return []


# Minutes say who acted: "The Executive Board considered a report", "Council CONFIRMED the minutes".
# A body's name as minutes write it when it acts: up to five capitalised words, then the body's word.
_ACTING_BODY = (r"(?:(?:[A-Z][\w&'’-]*|and|of|&)\s+){0,5}?(?:Committee|Sub-Committee|Cabinet|Board|Panel|Council|Executive|Forum|"
                r"Authority|Commission|Assembly)")
_ACTING = re.compile(
    rf"(?:^(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?\s+)?|(?<=[.;:]\s)|(?<=\n))(?:That\s+)?(?:The\s+)?(?P<body>{_ACTING_BODY})\s+(?:had\s+)?"
    r"(?:considered|CONSIDERED|noted|NOTED|resolved|RESOLVED|agreed|AGREED|approved|APPROVED|confirmed|CONFIRMED|"
    r"received|RECEIVED|endorsed|ENDORSED|welcomed|discussed)\b"
    # "... the minutes of the meeting of the Executive Board held on 5th February, 2018 be signed": its own earlier meeting
    rf"|\b[Mm]inutes\s+of\s+the\s+(?:previous\s+|last\s+)?meeting\s+of\s+(?:the\s+)?(?P<earlier>{_ACTING_BODY})\s+held\b", re.M)


# The opening sentence of US and Australian minutes: "The Board of County Commissioners of Weld County, Colorado, met
# in regular session ...", "The Brooklyn Center City Council met in Informal Open Forum ...".
_MET = re.compile(r"(?:^|(?<=[.:]\s)|(?<=\d{4}\s))The\s+(?P<subject>[A-Z][\w&'’ ,.-]{2,120}?),?\s+met\s+(?:in|on|at|as|for|via|this)\b")
# A body's word, or its members' ("Board of County Commissioners", "Board of Supervisors").
_BODY_WORD = re.compile(rf"{vocab.COMMITTEE_WORD.pattern}|\b(?:commissioners|supervisors|trustees|directors|aldermen|selectmen)\b", re.I)
# The place after a body's name: "of Weld County, Colorado", "of the Township of Roxbury".
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*(?:,\s*[A-Z][\w'’ -]*)?$")


def _body_that_met(head: list[Line]) -> str | None:
    """Where nothing names the meeting's body, the one the minutes' opening sentence says met, less its place."""
    for line in head[:30]:
        found = _MET.search(line.core)
        if not found:
            continue
        subject = found.group("subject").rstrip(" ,")
        body_words = list(_BODY_WORD.finditer(subject))
        if not body_words:
            return None
        place = _OF_PLACE.match(subject, body_words[-1].end())
        return _clean_committee(subject[:place.start()] if place else subject)
    return None


def _acting_body(lines: list[Line]) -> str | None:
    """Where no heading, field or meeting line names the body, the one its minutes say acted, when it does so
    more than once ("The Executive Board considered ...", "The Executive Board noted ...")."""
    found: dict[str, int] = {}
    for line in lines:
        for match in _ACTING.finditer(line.core):
            body = re.sub(r"\s+", " ", match.group("body") or match.group("earlier"))
            generic = " " not in body and body.casefold() not in ("council", "cabinet", "executive")  # "The Committee"
            if _named(body) and not _AUTHORITY.search(body) and not generic:
                found[body] = found.get(body, 0) + 1
    if not found:
        return None
    body, count = max(found.items(), key=lambda pair: pair[1])  # the first of the most frequent
    return body if count >= 2 else None


_SPECIFIC_BODY = re.compile(r"\b(?:committee|sub-committee|panel|board|forum|cabinet|executive|commission|assembly|"
                            r"partnership|group|municipal district)\b", re.I)
# The body a meeting's minutes say held it: "MINUTES OF THE REGULAR MEETING AND PUBLIC HEARING BEING HELD BY THE TOWN
# COMMISSION, OF THE TOWN OF GULF STREAM, ON AUGUST 12, 2022".
_HELD_BY = re.compile(r"\bmeeting\b.{0,80}?\bheld\s+by\s+(?:the\s+)?(?P<body>[A-Z][\w&'’ -]{2,60}?)\s*(?:,|\s+(?:of|on|at|in)\b|$)",
                      re.I)
# A US special-purpose district, an authority whose board meets: "MINUTES OF THE BOARD OF DIRECTORS MEETING OF THE OTAY
# WATER DISTRICT".
_SPECIAL_DISTRICT = re.compile(r"\b(?:water|fire(?:\s+protection)?|school|sanitation|sanitary|irrigation|utility|utilities|park|"
                               r"parks|recreation|hospital|transit|library|cemetery|drainage|flood\s+control)\s+district$", re.I)
# The name of the authority itself ("Northbridge District Council"), as opposed to one of its committees.
_AUTHORITY = re.compile(r"\b(?:district|county|borough|city|metropolitan|town|parish|regional|shire)\s+council$|"
                        r"^(?:the\s+)?council of\b|\bcity council$", re.I)


def _procedural(name: str) -> bool:
    """'Public forum', 'Public question time': an item every meeting has, not the body that meets."""
    return bool(vocab.PROCEDURAL_ITEM.match(name.strip(" .:")) or re.fullmatch(r"public\s+\w+", name.strip(" .:"), re.I))


_MINUTES_OF = re.compile(r"^(?:(?:draft |confirmed |signed )?minutes?|record|notes|agenda|decisions)\s+(?:of|for)\s+(?:the\s+|a\s+)?"
                         r"(?:(?:ordinary |special |extraordinary )?meeting\s+of\s+(?:the\s+)?)?", re.I)
# "MINUTES of the CABINET meeting held on ...": the body named before the word "meeting".
# "Minutes of the Cabinet held on ...": the body, then where or when it met.
_MINUTES_OF_HELD = re.compile(r"^(?:draft\s+|confirmed\s+|signed\s+)?(?:minutes?|record|notes)\s+(?:of|from)\s+(?:the\s+)?(?:proceedings\s+of\s+)?(?:the\s+|a\s+)?(?P<name>[A-Z][\w&,'’ -]{2,80}?)"
                              r"(?:\s+(?:held|on|at)\b|$)", re.I)
# A kind of meeting named with its body ("ORDINARY COUNCIL MEETING") keeps the word "meeting", as the paper names it.
_BODY_MEETING = re.compile(r"\b(?:(?:minutes|record|notes)\s+(?:of|from)|agenda\s+for)\s+(?:(?:the\s+)?proceedings\s+of\s+)?(?:the\s+|a\s+)?(?P<name>(?P<kind>(?:ordinary|special|extraordinary|"
                           r"regular|annual|adjourned)\s+)?[A-Z][\w&,'’ -]{2,80}?)\s+(?P<word>meeting)\b", re.I)


# Not this paper's body: "Minutes of Previous Council Meetings" (another meeting), "RESOLVED that the Committee".
_NOT_THIS_BODY = re.compile(r"(?:previous|last|next|future|earlier|subsequent|resolved|agreed)\b", re.I)
# Words before a body's name: "OF AN AUDIT COMMITTEE", "TO THE Cabinet", "That the Council" (a recommendation's lead), "Minutes Ordinary Council Meeting", "Full Brandon
# Town Council", "Annual, Council" (ModernGov names the kind of meeting first).
_BEFORE_THE_NAME = re.compile(r"^(?:an?\s+|to\s+the\s+|(?:staff\s+|officer\s+)?report\s+to\s+(?:the\s+)?|that\s+(?:the\s+)?(?=\S)|(?:minutes|agenda)\s+(?=\S+\s)|full\s+(?=\S+\s+\S+\s+\S)|"
                              r"(?:approved|unapproved|draft|confirmed|unconfirmed)\s+(?=\S+\s)|"  # a status stamped above: "APPROVED CITY OF ..."
                              r"(?:moved|rescheduled|postponed|changed)\s+(?:from|to)\s+[^,]{3,40},\s*|"  # "Moved from 9th October 2018, Cabinet"
                              # ("Annual Meeting, Carrick on Shannon Municipal District": the kind of meeting, then its body)
                              r"(?:annual|extraordinary|special|ordinary|budget|reconvened|additional)(?:\s+general)?(?:\s+meeting)?,\s+|"
                              # "NOTICE OF DECISIONS TAKEN BY THE EXECUTIVE": the body that took them
                              r"(?:notice|record|schedule|summary|register)\s+of\s+(?:the\s+)?(?:key\s+|executive\s+)?decisions?\s+"
                              r"(?:taken|made|agreed)\s+(?:by|at)\s+(?:a\s+meeting\s+of\s+)?(?:the\s+)?)", re.I)
# What follows a body's name in a sentence or a run-together head: "... City Council to order", "COUNCIL PRESENT Her
# Worship", "... COMMITTEE Members: Councillor ...", "Westbury Council of 18th May, 2023" (the case of PRESENT matters: "Present:" or capitals only).
_AFTER_THE_NAME = re.compile(r"\s+(?:to\s+order\b|PRESENT\b|M(?:inutes|INUTES)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?(?:[Mm]eeting|MEETING)\b|Present\s*:|M(?:embers|EMBERS)\s*:|of\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\b"
                             r"|(?:Date|Time|Location|Venue)(?:\s*:|$)|(?:DATE|TIME|LOCATION|VENUE)\s*:).*$")  # "... Meeting Date: 22 November 2017 Location: ..."
# "... meeting of City Council shall consist of a written summary", "a meeting of the X Council which will be held in":
# the body, without the sentence it is the subject of.
_BODY_IN_A_SENTENCE = re.compile(
    rf"({vocab.COMMITTEE_WORD.pattern})\s+(?:which|that|who|shall|will|must|may|should|would|can|has|have|had|is|are|was|were|to\s+be)\b.*$",
    re.I)


def _clean_committee(name: str) -> str | None:
    if _procedural(name):
        return None
    name = _MINUTES_OF.sub("", name.strip())  # "Minutes of the Planning Committee"
    name = re.sub(r"^request\s+for\s+(.+?)\s+action$", r"\1", name, flags=re.I)  # "REQUEST FOR CITY COUNCIL ACTION"
    name = re.sub(r"^information\s+about\s+(?:the\s+)?(?=\S)", "", name, flags=re.I)  # a committee's page: "Information about Council"
    # the body's office as a letterhead names it: "Office of the Planning Board"
    name = re.sub(r"^office\s+of\s+(?:the\s+)?(?=(?:\S+\s+){0,3}(?:board|committee|commission|council)s?$)", "", name, flags=re.I)
    if _NOT_THIS_BODY.match(name):
        return None
    name = _BEFORE_THE_NAME.sub("", name)
    name = _AFTER_THE_NAME.sub("", name)
    name = _BODY_IN_A_SENTENCE.sub(r"\1", name)
    name = re.sub(r"\s*\((?:item|minute)[^)]*\)\s*$", "", name, flags=re.I)
    segments = [seg for seg in re.split(r"\s+[-–]\s+", name) if vocab.COMMITTEE_WORD.search(seg)]
    if segments:  # "Decisions - Cabinet": the part that names a body
        name = segments[-1]
    of_body = _MEETING_OF.fullmatch(name)
    if of_body and vocab.COMMITTEE_WORD.search(of_body.group("name")):
        name = of_body.group("name")  # "19 November, 2014 – Ordinary Meeting of Council – Minutes": the body that met
    name = re.sub(rf"\s*[-–,]?\s*{vocab.WEEKDAY}.*$", "", name, flags=re.I)
    name = re.sub(rf"(?<=[A-Za-z])\s+(?:on\s+)?{ANY_DATE}$", "", name, flags=re.I)  # "Minutes of Parish Council 22 November 2023"
    name = re.sub(r"(?<=[A-Za-z])\s+at\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?$", "", name, flags=re.I)  # "Parish Council at 8:45PM"
    # the paper's word and its date in figures, the year in two: "Board of Selectmen Minutes 05-21-15"
    name = re.sub(r"(?<=[A-Za-z])\s+(?:minutes|agenda)\s+\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?:\d{2})?$", "", name, flags=re.I)
    name = re.sub(r"(?<=[A-Za-z])\s+held(?:\s+(?:on|at|in))?$", "", name, flags=re.I)  # "Meeting of the Executive held on 07/02/2006"
    name = re.sub(r"(?<=[A-Za-z])\s+in\s+(?:19|20)\d{2}$", "", name, flags=re.I)  # "... of the Development and Housing Committee in 2020"
    name = re.sub(r"(?<=\w)\s+meeting\s+no\.?\s*\d+$", "", name, flags=re.I)  # "Minutes of SCRA Meeting No.56": the body
    name = re.sub(r"\s+", " ", name).strip(" .,:-–")
    name = _without_kind_of_meeting(name)
    name = re.sub(r"(?<=\w)\s+(?:virtual|remote|hybrid|online)$", "", name, flags=re.I)  # "the Community Council virtual meeting"
    # which part of its business: "Board of Directors (Public)", "Board in Public", "Cabinet (Part II)"
    name = re.sub(r"(?<=\w)\s+(?:\((?:(?:meeting\s+)?in\s+)?(?:public|private)\)|in\s+(?:public|private)|\(part\s+(?:[12]|i{1,2})\))$", "",
                  name, flags=re.I)
    # the portion of the meeting a paper records, named before its body: "Minutes (Open Portion) Council Meeting"
    name = re.sub(r"^\((?:open|closed|public|confidential)\s+(?:portion|session|part|business)\)\s*(?=\S)", "", name, flags=re.I)
    # "ORDINARY COUNCIL MEETING MINUTES": the paper's own word after a kind of meeting, which stays as named
    name = re.sub(r"(?<=\bmeeting)\s*[-–]?\s*minutes$", "", name, flags=re.I)
    trailing = _MEETING_MINUTES.fullmatch(name)
    if trailing and trailing.group("body") != name and vocab.COMMITTEE_WORD.search(trailing.group("body")):
        name = trailing.group("body")  # "Cabinet Meeting - Minutes", "Finance Committee minutes": the body
    of_council = re.match(r"^(?P<body>.+?)\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*?\bcouncil$", name, re.I)
    if of_council and _SPECIFIC_BODY.search(of_council.group("body")):
        name = of_council.group("body")  # "Planning Committee of Westshire Council": the council's committee
    before_council = _BODY_THEN_COUNCIL.match(name)
    if before_council:
        name = before_council.group("body")  # "Vetting Committee Eastern District Council": the council's committee
    within = _COUNCIL_THEN_BODY.match(name)
    if within and _SPECIFIC_BODY.search(within.group("body")):
        name = within.group("body")  # "NORTHBRIDGE COUNTY COUNCIL CABINET": the council's committee
    # the month's meeting of a body: "PEACE RIVER REGIONAL DISTRICT OCTOBER BOARD (MEETING MINUTES)": the body
    name = re.sub(rf"^.*?\b{vocab.MONTH_PATTERN}\s+(?=(?:[A-Za-z]+\s+){{0,2}}{vocab.COMMITTEE_WORD.pattern}$)", "", name, flags=re.I)
    if _BODYS_OFFICER.fullmatch(name):
        return None  # "Danielle Nickell - Board Secretary" signing a page: an officer's post, not the body that met
    return name or None


# A committee named before its council with no "of": "Vetting Committee Eastern District Council".
_BODY_THEN_COUNCIL = re.compile(r"^(?P<body>.+?\b(?:committee|sub-committee|panel|board|forum|cabinet))\s+"
                                r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}(?:district|county|borough|city|town|parish|regional|shire)\s+council$", re.I)
_BODYS_OFFICER = re.compile(r"(?:the\s+)?(?:board|council|committee|town|city|parish|district|county)\s+(?:secretary|clerk|treasurer)",
                            re.I)


def _without_kind_of_meeting(name: str) -> str:
    """"CITY COUNCIL REGULAR MEETING", "Publow Parish Council Extra Ordinary meeting": the body, less the kind of meeting."""
    body = _KIND_OF_MEETING.sub("", name)
    return body if body != name and re.search(rf"(?:{vocab.COMMITTEE_WORD.pattern})$", body, re.I) else name


# The paper's own words after a body's name ("Cabinet Meeting - Minutes"), but not a kind of meeting named with its body
# ("SPECIAL COUNCIL MEETING", kept as the paper names it).
_MEETING_MINUTES = re.compile(r"(?!(?:regular|special|ordinary|extra[\s-]?ordinary|annual|adjourned|monthly|quarterly)\s)(?P<body>.*?\w)"
                              r"(?:\s+meeting)?(?:\s*[-–]?\s*(?:minutes|resolutions))?", re.I)  # ("COUNCIL RESOLUTIONS – 31 MAY 2006")
# A kind of meeting and the paper's word, naming no body: "Regular Meeting Agenda", "Special Meeting Minutes".
_MEETING_ONLY = re.compile(r"(?:(?:regular|special|ordinary|extra[\s-]?ordinary|annual|adjourned|monthly|quarterly|reconvened)\s+)?"
                           r"meeting(?:\s+(?:agenda|minutes|notice))?", re.I)
# A kind of meeting after the body's word: "CITY COUNCIL REGULAR MEETING", "... Parish Council Extra Ordinary meeting".
_KIND_OF_MEETING = re.compile(r"(?<=\w)\s+(?:(?:(?:regular|special|ordinary|extra[\s-]?ordinary|annual|adjourned|statutory)(?:\s+general)?"
                              r"|general)(?:\s+meeting)?"  # ("COMMUNITY COUNCIL SPECIAL GENERAL MEETING", an AGM, an EGM)
                              r"|(?:work|study)\s+session)$", re.I)  # "CITY COUNCIL WORK SESSION": a US council's kind too
# ("Crowton Parish Council Extraordinary" where "Meeting 22/07/21 7pm" was cut after it)

# A front sheet's heading run together: the council's name, then its committee's.
_COUNCIL_THEN_BODY = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:district|county|borough|city|metropolitan borough|town|parish|shire)\s+"
    r"council\s+(?P<body>[A-Z].*)$", re.I)
