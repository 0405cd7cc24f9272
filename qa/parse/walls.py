"""Walls of text: a PDF's text layer often runs a page, or a whole list of items, into one long line or one
hard-wrapped paragraph. Here they are cut into the pieces a printed paper would have had as lines: at a run of
inline item numbers counting up ("... PLACED ON FILE  39 Request of ..."), or, in an officer report's dump, at
its front-sheet fields and enumerated section headings. Pieces are (start, end) offsets into the text; the line
classifier (qa/parse/lines.py) reads each piece as a line.
"""

from __future__ import annotations

import re
from collections import Counter

from qa.parse import vocab
from qa.parse.reflow import reflow
from qa.parse.vocab import ITEM_REF as _REF
from qa.parse.vocab import ROMAN, roman_value

Span = tuple[int, int]

WALL = 600  # a line this long is a page's text run together (a PDF dump), not a line of a paper
SHORT_WALL = 40  # a shorter line is read as a wall only where it lists three items or more, "1. Title 2. Title ..."
_LISTED = re.compile(r"(?:(?<=\s)|^)\d{1,3}\.\s+[A-Z]")  # "2. Declarations ..." (a number with its stop, a capital)
# "1 BUSINESS OF THE MAYOR (copy attached) 2 APOLOGIES 3 ...": numbers without their stops, each before a heading in
# capitals (not a date's "23 JULY")
_LISTED_CAPS = re.compile(rf"(?:(?<=\s)|^)(\d{{1,3}})\s+(?!(?i:{vocab.MONTH_ABBREVIATED})\b)[A-Z][A-Z'’]+\b")


def _listing(text: str, start: int, end: int) -> re.Pattern[str] | None:
    """How a shorter line lists three items or more, if it does: with their stops (three sentences' stops on the line
    too), or as headings in capitals numbered without stops and counting on by one."""
    if text.count(". ", start, end) >= 3 and len(_LISTED.findall(text, start, end)) >= 3:
        return _LISTED
    numbers = [int(found.group(1)) for found in _LISTED_CAPS.finditer(text, start, end)]
    return _LISTED_CAPS if len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers))) else None
RUN_GAP = 1500  # the most characters between two items of one inline list (a long title and its disposition)
# An inline item's number: "39", "*42", "S-56", "4.", a town council's running minute number ("1358", not a year), a
# minute reference counting up ("23/041", "CAB/23/101", "Cou/285/07-08"), or a Roman numeral with its stop ("IV.").
_INLINE_NUMBER = re.compile(rf"(?:(?<=\s)|^)(?:(?P<num>[*]?[A-Z]?-?(?:[A-Z][A-Za-z]{{0,5}}/)?(?:\d{{2}}/)?(?P<n>\d{{1,3}}|(?!19|20)\d{{4}})(?:/\d{{2}}(?:-\d{{2}})?)?)(?:[.)]|(?<=Item\ No\.\ \d):|(?<=Item\ No\.\ \d\d):)?"
                            rf"|(?P<roman>{ROMAN})[.)])\s+(?=[A-Z\"“‘'])(?!(?i:{vocab.MONTH_ABBREVIATED})\.?\s+\d{{4}})")  # not "1 September 2008"
# A number inside a sentence ("... reported that 3 Members of ..."): after a lower-case word and one space. An inline
# item's number follows the end of the previous item's record instead: a full stop, a bracket, a disposition in
# capitals, a vote count, or the wide gap of a PDF's columns.
_IN_A_SENTENCE = re.compile(r"(?:^|\s)[a-z][a-z,;']*\s$")
# "Ward" in "Ward 1"; not a record's last word, the disposition every item may end with ("... as circulated. Carried 4.")
_WORD_BEFORE = re.compile(r"(?:^|\s)(?!(?:Item|Minute|Min|Agenda|Page|Pages|Carried|Lost|Defeated|Noted|Agreed|Approved|"
                          r"Adopted|Received|Deferred|Withdrawn|Resolved|None|Nil)\s)([A-Z][a-z]+)\s$")
# An inline item's heading ends at a sentence's full stop, a double space or a bracket; a single line break
# inside it is the PDF's wrapping ("... in FY" / "10-11  (Ordinance)").
_INLINE_TITLE_END = re.compile(r"(?<!\bCllr)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bNo)(?<!\bSt)(?<!\b[A-Z])\.\s+(?=[A-Z\d\"“(])|[ \t\u00a0]{2,}|\n[ \t]*\n|\s+(?=\([A-Z])"
                               r"|\s+(?=[•·]\s)"  # or at the bullet its record's first point starts with
                               # or at the agenda's timing of it, which stays in its text: "(15 minutes allocated) (1410-1425)"
                               r"|\s+(?=\(\s*(?:\d{1,3}\s+minutes?\b|(?:[01]\d|2[0-3])[.:]?[0-5]\d\s*[-–]\s*(?:[01]\d|2[0-3])[.:]?[0-5]\d\s*\)))"
                               # a committee system's page run into one line: the title ends at its item's label or link
                               r"|\s+(?=(?:Minutes|Decision|Resolved|RESOLVED|Additional documents|Supporting documents)\s*:"
                               r"|pdf icon|PDF \d)"
                               rf"|{vocab.AGENDA_NOTE}"  # or where the agenda's note on it starts
                               # or at its first lettered sub-item ("VI. Public Hearings A. Holiday Stationstore ..."),
                               # not an initial ("Councillor A. Smith") or a plan's letter ("Option A. The ...")
                               r"|(?<!Councillor)(?<!Cllr)(?<!Mr)(?<!Mrs)(?<!Ms)(?<!Dr)(?<!Plan)(?<!Appendix)(?<!Schedule)"
                               r"(?<!Option)(?<!Phase)(?<!Part)(?<!Section)(?<!Annex)(?<!Item)(?<!Table)(?<!Grade)(?<!Class)"
                               r"\s+(?=A[.)]\s+[A-Z])"
                               r"|\s+(?=(?:Carried|CARRIED|Lost|LOST|Defeated|DEFEATED)\b)")  # or at its disposition


# An inline item's heading in capitals: its number, then words with no small letters (two at least), up to the
# first word that has them.
_RESOLUTION_LABEL = r"(?:RESOLUTION|RESOLVED|MOVED|SECONDED|CARRIED|DECISION|MOTION|THAT)\b"  # ("THAT the agenda be ...")
_NOT_A_LABEL = rf"(?!{_RESOLUTION_LABEL})"  # the resolution after a heading is not of it
_ENUMERATOR = r"\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s"  # "13. MINUTES (1) The Minutes of ...": the record's first paragraph
# (a joining word in small letters between capitals stays in it: "CONFIRMATION and RECEIVING OF MINUTES")
_JOINING_WORD = r"(?:and|of|for|to|the|in|on|with)(?=\s+[^\sa-z]*[A-Z]{2}[^\sa-z]*\s+[^\sa-z]*[A-Z]{2})"
_CAPITALS_TITLE = re.compile(rf"\S+\s+{_NOT_A_LABEL}[^\sa-z]*[A-Z]{{2}}[^\sa-z]*"
                             # (each word is matched once: a word with several capitals matched in as many ways,
                             # word after word, took exponential time where the heading's end was not in sight)
                             rf"(?:\s+{_NOT_A_LABEL}(?>[^\sa-z]*[A-Z][^\sa-z]*|\d[^\sa-z]*|[^\w\s]+|{_JOINING_WORD}))*"
                             # (not a letter's writer before what it is about: "4.4 AMO Re: Annual Conference ...")
                             rf"(?!\s+Re:)(?=\s+(?:\S*[a-z]|{_RESOLUTION_LABEL}|{_ENUMERATOR}))")
_PAGE_NUMBER_AT_END = re.compile(r"\s\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s*$")  # "... Tribunal 12", "... Write Off 7-11", "... 5 - 22"
_SIGNATURE_BLANK = re.compile(r"\s+\S*_{3,}")  # "PRESIDENT_______ DATE_____": a line to sign at a page's foot
_DOT_LEADER_AT_END = re.compile(rf"\s*{vocab.DOT_LEADER}$")
# What a heading in capitals does not end with: a sentence's first word ("A motion was ..."), a sub-item's number, the
# reference of the first application its record lists ("DECISIONS BY THE DOI 12/01094/B: Alterations to ...").
_NOT_A_TITLE_END = re.compile(r"(?:\s+(?:[A-Z]|\d+(?:\.\d+)+|\d{1,4}/\d{1,7}/[A-Z\d]{1,6}:?))+$")


def _wall_pieces(text: str, start: int, end: int, min_run: int = 3, pairs: bool = False,
                 excluded: frozenset[int] = frozenset()) -> tuple[list[Span], set[int]]:
    """A wall of text cut where its items begin: at the longest run of inline item numbers counting up by one
    ("... PLACED ON FILE 39 Request of ..."), and at the sub-items numbered under one of them ("8. Minutes of
    Committees 8.1. Planning Committee ..."), each heading (to its first full stop, double space or bracket, and
    never past the next heading) a piece of its own. Returns the pieces, (start, end) offsets, and the starts of
    those that are headings; one piece and no heading when no run of `min_run` is found."""
    segment = text[start:end]
    found = [(m.start(), int(m.group("n")) if m.group("n") else roman_value(m.group("roman")))
             for m in _INLINE_NUMBER.finditer(segment) if start + m.start() not in excluded  # (a page's number)
             if not _IN_A_SENTENCE.search(segment, max(0, m.start() - 40), m.start()) or _capitals_heading(segment, m.start())]
    # A number that the same name-like word precedes three times or more is part of a name: "Councillor Ward 1 Blake
    # Armstrong ... Councillor Ward 2 John ...", not a run of items
    before = {position: word.group(1) for position, _ in found
              if (word := _WORD_BEFORE.search(segment, max(0, position - 40), position))}
    repeated = {word for word, count in Counter(before.values()).items() if count >= 3}
    found = [(position, n) for position, n in found if before.get(position) not in repeated]
    best: list[tuple[int, int]] = []  # (position, number)
    for i in range(len(found)):
        run = [found[i]]
        for position, m in found[i + 1:]:
            if position - run[-1][0] > RUN_GAP:
                break  # items of one list follow each other closely; numbers far apart are prose
            if m == run[-1][1] + 1:
                run.append((position, m))
        if len(run) > len(best) or len(run) == len(best) and _closed_alike(segment, run) > _closed_alike(segment, best):
            best = run
    if len(best) >= min_run:
        best = _first_after_a_list(segment, best) + best
        if _REPORT_KEY.search(segment, 0, best[0][0]) and _CAPITALS_SECTION.search(segment, 0, best[0][0]):
            best = []  # "SUBJECT: ... RECOMMENDATION ... DISCUSSION ... 1) Analyze ... 2) Seek ...": a report's own list
    ends: dict[int, int] = {}  # where a minute reference that opens a heading ends ("C.41/23", "FGP 23-41", "1.0")
    if len(best) < min_run and not (pairs and len(best) == 2 and _strong_pair(segment, best)):
        references = _reference_run(segment, start, excluded)
        if len(references) < min_run:
            return [(start, end)], set()
        best = [(position, number) for position, number, _ in references]
        ends = {position: token_end for position, _, token_end in references}
        if _REPORT_KEY.search(segment, 0, best[0][0]):
            return [(start, end)], set()  # "Report to: Cabinet ... 1.0 SITE AND SURROUNDINGS 2.0 ...": a report's sections
    if sum(bool(_SECTION_NUMBER.match(segment, position)) for position, _ in best) * 2 >= len(best):
        return [(start, end)], set()  # "1. Purpose of Report ... 2. Recommendation ...": a report's sections, not items
    headings = [position for position, _ in best]
    paragraphs: list[int] = []  # "1.1 There were apologies ...": a piece of its own, not a heading
    for (position, number), following in zip(best, headings[1:] + [len(segment)]):
        decimal = position in ends and bool(re.fullmatch(r"\d+\.0", segment[position:ends[position]]))
        if position in ends and not decimal:
            continue  # a reference's sub-numbers are not its own ("C.41/23" has no "41.1")
        # "8.1. Planning ...", "6.1 11C557B – ...", "4a House of Hygge, 41 Acre Lane"
        sub_item = re.compile(rf"(?<=\s){number}(?:\.\d{{1,2}}(?:\.\d{{1,2}})*\.?|[a-h]\)?)\s+(?=[A-Z]|\d+[A-Z])")
        for m in sub_item.finditer(segment, position + 1, following):
            # (under "3.0 TITLE" the "3.1", "3.2" are its record's paragraphs, as that numbering means)
            (paragraphs if decimal or _numbered_paragraph(segment, m.end(), following) else headings).append(m.start())
    headings.sort()
    cuts = [0] + _head_cuts(segment, best[0][0]) + paragraphs
    # a contents page run into one line: the headings end with their pages' numbers ("1. DECLARATION OF OPENING 6
    # 2. RECORD ..."; two in three, as a heading's notes may follow its number), which are no part of their titles
    paged = len(headings) >= 4 and sum(bool(_PAGE_NUMBER_AT_END.search(segment, 0, at)) for at in headings[1:]) * 3 \
        >= (len(headings) - 1) * 2
    for position in headings:
        following = min([at for at in (*headings, *paragraphs) if at > position], default=len(segment))
        # (a reference with a space in it, "FGP 23-41": its last part stands where a number would)
        anchor = max(position, segment.rfind(" ", position, ends.get(position, position)) + 1)
        if paged and (entry_end := _contents_entry_end(segment, position, following)) is not None:
            cuts += [position, entry_end]
            continue
        capitals = _CAPITALS_TITLE.match(segment, anchor)
        if capitals:  # "4 CONFIRMATION OF MINUTES That the minutes ...": a heading in capitals ends with them
            trailing = _NOT_A_TITLE_END.search(capitals.group())
            end = min(following, capitals.end() - (len(trailing.group()) if trailing else 0))
            page = _PAGE_NUMBER_AT_END.search(segment, position, end) if paged else None
            if page is None and not segment[end:following].strip():  # "1. AGENDA ADDITIONS 1 2. ADOPTION ...": the page
                page = _PAGE_NUMBER_AT_END.search(segment, position, end)  # column's number, right before the next item
            cuts += [position, page.start() if page else end]
            continue
        number_end = _INLINE_NUMBER.match(segment, position) or _SUB_NUMBER.match(segment, position)
        begin = number_end.end() if number_end else position + 2
        if position in ends:
            begin = ends[position] + len(re.match(r"[.:)]?\s*(?:[-–—]\s+)?", segment[ends[position]:]).group())
        marked = vocab.AGENDA_ITEM_PREFIX.match(segment, begin, following)  # "167.0. Agenda Item 3. Exclusion of Press ...":
        begin = marked.end() if marked else begin  # the minute's number, then the agenda's, then the title
        title_end = _INLINE_TITLE_END.search(segment, begin)
        note = _PAPERS_NOTE.search(segment, begin, min(following, position + 400))
        if note and not _SENTENCE_OR_GAP.search(segment, begin, note.start()):
            cuts += [position, note.end()]  # "11.1. ... Regulations (Northern Ireland) 2016 (Copy attached)"
            continue
        ok = title_end and title_end.start() - position < 400 and title_end.start() < following
        title = segment[begin:title_end.start()] if ok else segment[begin:following]
        title = _DOT_LEADER_AT_END.sub("", title)  # a contents entry's leader is no part of its title's length
        at_a_stop = not ok or title_end.group().startswith(".")  # not a bracket or a gap, which close a title
        # a person named after the title's first word starts the sentence it runs into ("Election of Cathaoirleach
        # Cllr. Donal Kenny proposed ..."); so does a long stretch to the first full stop, or a colon
        names = any(word.rstrip(".") in _HONORIFICS for word in title.split()[1:])
        # (or a sentence's capitalised opener inside it, or its record's label: "Joint Budget 2023/24 The Finance Lead
        # presented ...", "Adoption of Agenda Resolution No. 2023-034 Moved by ...")
        opens = re.search(r"\s(?:The|This|There|It|These|Those|An|Resolution|Resolved|RESOLVED|Moved|MOVED|Seconded|Proposed)\s", title)
        runs_on = bool(_PROCEDURAL_START.match(title)) or at_a_stop and (len(title.split()) > 16 or len(title) > 150 or ": " in title
                                                                          or bool(opens) or bool(_SENTENCE_INSIDE.search(title)))
        if runs_on or at_a_stop and names:
            run_on = _title_run_on(segment, begin, following)  # no end in sight: the title runs into its text
            if run_on and not runs_on:  # only a person named: the heading ends where the person starts the sentence
                after, heading = segment[run_on:run_on + 20].split(), segment[begin:run_on].split()
                person_starts = bool(after) and after[0].rstrip(".") in _HONORIFICS  # (only where the person starts it,
                run_on = run_on if person_starts and not any(  # and no resolution or sentence came first)
                    word in _SENTENCE_OPENERS or re.fullmatch(_RESOLUTION_LABEL, word) for word in heading) else None
            if run_on:
                cuts += [position, run_on]
                continue
        cuts += [position, title_end.end() if ok else position]
    cuts = sorted(set(cuts + [len(segment)]))
    pieces = [(start + a, start + b) for a, b in zip(cuts, cuts[1:]) if segment[a:b].strip()]
    return pieces, {start + position for position in headings} if len(pieces) > 1 else set()


_NUMBER_CLOSE = re.compile(r"[^\s.):]*([.):]?)")  # a number and what closes it: "1.", "IV.", "4)", "39"


def _closed_alike(segment: str, run: list[tuple[int, int]]) -> int:
    """How many of a run's numbers close as most of them do ("1." "2." "3.", or "1" "2" "3"): of two runs as long,
    the one whose numbers agree is the list; "1 Confirmed MINUTES OF ..." before "1. CONFIRMATION OF MINUTES" and "2.
    CHAIRMAN'S ..." is a page's number."""
    closes = Counter(_NUMBER_CLOSE.match(segment, position).group(1) for position, _ in run)  # type: ignore[union-attr]
    return closes.most_common(1)[0][1]


def _contents_entry_end(segment: str, position: int, following: int) -> int | None:
    """Where a contents page run into one line ends an entry's title: at its page number, or its pages ("9.3 ALLFLAIR
    Enterprises Pty Ltd – Request for Interest Write Off 7-11 9.4 ..."). No record follows a contents entry, so its
    title runs, whatever its case or words ("ELECTED MEMBERS MOTION OF WHICH ..."), up to that number; and the last
    entry stops at the line to sign under the list. None where the entry ends in no page number."""
    end = following
    blank = _SIGNATURE_BLANK.search(segment, position, end)
    if blank:
        end = blank.start()
    page = _PAGE_NUMBER_AT_END.search(segment, position, end)
    if page is None or page.start() - position > 200:
        return None
    title = segment[position:page.start()].split(None, 1)[-1]  # (less the entry's own number, "2.")
    if re.search(rf"\.(?:\s|$)|{_RESOLUTION_LABEL}\s+[a-z]", title):
        return None  # "2. ADOPTION OF THE AGENDA THAT the Committee adopts ... agenda. 2-6": an agenda's motion, no contents entry
    return page.start()


# A minute reference or item number that is not a plain count, as minutes run into one line print them: "C.41/23",
# "31/23", "PC(E)/45", "FGP 23-41", "1.0", "(1)"; each before a word with a capital.
_REFERENCE_TOKEN = re.compile(r"(?<!\S)(?:\(?[A-Z]{0,6}(?:\([A-Z]{1,3}\))?[./]?\s?\d{1,4}(?:[./:-]\d{1,4}){0,3}\)?"
                              r"|(?:Agenda\s+|AGENDA\s+)?(?:Item|ITEM|Minute|MINUTE)\s+(?:No\.?\s*|#\s*)?\d{1,3}"  # "Item 1 - Apologies", "Item #1"
                              r"|[A-Z](?=[.)]\s+[A-Z]{2}))"  # "A. CALL TO ORDER", "B. ROLL CALL"
                              r"(?=[.:)]?\s+(?:[-–—]\s+)?[A-Z\d\"“‘'])")  # (a title may open with a reference: "PL/59 23/00871/FUL")


_ITEM_MARKER = re.compile(r"(?:Agenda |AGENDA )?(?:Item|ITEM|Minute|MINUTE)\b")
_MARKER_PUNCTUATION = re.compile(r"\s*(?::|[-–—]\s)")  # "Item 1: ...", "Item 1 - ..."


def _reference_run(segment: str, offset: int, excluded: frozenset[int]) -> list[tuple[int, int, int]]:
    """The longest run of references of one shape whose one changing number counts up by one ("C.41/23",
    "C.42/23", "C.43/23"; "FGP 23-41", "FGP 23-42"; "1.0", "2.0", "3.0"; "(1)", "(2)", "(3)"), each after the
    end of the last item's record rather than inside a sentence, as (position, number, where the reference ends).
    Plain counts ("39", "4.") are _INLINE_NUMBER's; this finds the rest."""
    shapes: dict[str, list[tuple[int, int, list[int]]]] = {}
    for m in _REFERENCE_TOKEN.finditer(segment):
        token = m.group()
        shape = re.sub(r"\d+", "#", token)
        if shape in ("#", "#.") or offset + m.start() in excluded:
            continue  # (plain counts, and a page's own number)
        if shape.startswith("(") and not _capitals_heading(segment, m.start()):
            continue  # "(1)" opens an item only over a heading in capitals; "RESOLVED: (1) That ..." enumerates
        marker = _ITEM_MARKER.match(token) and _MARKER_PUNCTUATION.match(segment, m.end())
        if _IN_A_SENTENCE.search(segment, max(0, m.start() - 40), m.start()) and not _capitals_heading(segment, m.start()) \
                and not marker:  # ("... chief executive Agenda Item 1: Welcome": the marker opens its item wherever it is)
            continue
        letter = len(token) == 1
        if letter and not _capitals_heading(segment, m.start()):
            continue  # a letter opens an item only over a heading in capitals, not an initial ("J. Smith")
        counts = [ord(token) - ord("A") + 1] if letter else [int(n) for n in re.findall(r"\d+", token)]
        shapes.setdefault("A" if letter else shape, []).append((m.start(), m.end(), counts))
    best: list[tuple[int, int, int]] = []
    for shape, found in shapes.items():
        # which of the shape's numbers counts: in "1.0", "2.0" the first (the others, "1.1", "1.2", are a record's
        # paragraphs or one item's sub-items)
        dotted = re.fullmatch(r"#(?:\.#)+", shape) is not None
        for k in range(1 if dotted else len(found[0][2])):
            for i in range(len(found)):
                first = found[i][2]
                run = [(found[i][0], first[k], found[i][1])]
                for position, token_end, numbers in found[i + 1:]:
                    if position - run[-1][0] > RUN_GAP:
                        break
                    if numbers[k] == run[-1][1] + 1 and all(n == f for j, (n, f) in enumerate(zip(numbers, first)) if j != k):
                        run.append((position, numbers[k], token_end))
                if len(run) > len(best):
                    best = run
    return best


def _first_after_a_list(segment: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The item before a run that its head's last list ran into ("In attendance: ... two members of the public 1.
    Apologies for absence Apologies were ..."): the number one less than the run's first, just before it, over a
    name every meeting's items share, a heading in capitals, or a title over its own first sub-item ("... outside of the
    meeting 1. Standing Items 1.1 Approval of ..."), though no full stop ends the list before it."""
    first_position, first = run[0]
    for m in _INLINE_NUMBER.finditer(segment, max(0, first_position - RUN_GAP), first_position):
        n = m.group("n")
        if n and int(n) == first - 1 and (_PROCEDURAL_START.match(segment, m.end()) or _capitals_heading(segment, m.start())
                                           or re.match(rf"[^\d.]{{3,120}}?\s{n}\.1\s+[A-Z]", segment[m.end():m.end() + 130])):
            return [(m.start(), int(n))]
    return []


def _strong_pair(segment: str, run: list[tuple[int, int]]) -> bool:
    """Two inline items only, as an excerpt cut short of a wall shows them ("... welcomed members to the meeting. 1.
    Election of Cathaoirleach Cllr. Kenny proposed ... 2. Election of Leas-Cathaoirleach Cllr. ..."): numbered from one
    after a sentence, or named items ("Item No. 1."); each number carries its stop or colon, or follows "Item No.", and
    a heading follows each (in capitals, or title words run into a sentence or a colon)."""
    first = run[0][0]
    marked = re.search(r"\bitem(?:\s+no\.?)?\s*$", segment[max(0, first - 12):first], re.I)
    if run[0][1] != 1 and not marked:
        return False  # the first two items of the minutes, or two that name themselves items
    opens = max(0, first - 12) + marked.start() if marked else first  # where the first item's marker or number starts
    if not re.search(r"[.”\"']\s+$", segment[max(0, first - 16):opens]):
        return False  # after a sentence, not a lead-in's colon ("RESOLVED: 1. Agrees ...")
    for position, _ in run:
        number = _INLINE_NUMBER.match(segment, position)
        marked = re.search(r"\b(?:item|minute)(?:\s+no\.?)?\s*$", segment[max(0, position - 12):position], re.I)
        if number is None or not (re.search(r"[.:]\s*$", number.group()) or marked):
            return False
        begin = number.end()
        capitals = _CAPITALS_TITLE.match(segment, position)
        run_on = _title_run_on(segment, begin, min(len(segment), begin + 300))
        if not (capitals and _capitals_heading(segment, position)) and not (run_on and 2 <= len(segment[begin:run_on].split()) <= 12):
            return False  # (one word is a speaker, as a transcript prints them: "Item 56.  Fritz: Aye.")
    return True


def _numbered_paragraph(segment: str, begin: int, end: int) -> bool:
    """A sub-number that opens a paragraph of the item's record, not a sub-item: "1.1 There were apologies for absence
    from Mr Charmley." A sentence (a capitalised word, then one in small letters among the next three, bar little
    words; not "5.1 5TH FEBRUARY, 2018" or "7.1 31C210G – Outline application ...") that runs on for
    more than eight words before its full stop; a sub-item's heading is short ("8.1. Planning Committee")."""
    stop = re.search(r"\.(?:\s|$)|\s(?=\d{1,3}\.\d{1,2}\.?\s+[A-Z])", segment[begin:end])
    sentence = segment[begin:begin + stop.start()] if stop else segment[begin:end]
    first = sentence.split()[:4]
    # (no full stop before the next sub-number or heading: a sub-item's title, unless it runs on as no title does)
    longest = 8 if stop and stop.group().startswith(".") else 16
    return len(sentence.split()) > longest and bool(re.fullmatch(r"[A-Z][a-z'’-]*", first[0])) \
        and any(word[0].islower() and word.lower() not in _SMALL_WORDS for word in first[1:])


_PROCEDURAL_START = re.compile(rf"{vocab.PROCEDURAL_NAMES}(?=\s+(?-i:[A-Z]))", re.I | re.X)
_WORD = re.compile(r"\S+")
_HONORIFICS = {"Councillor", "Councillors", "Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Miss", "Dr", "Alderman", "Mayor"}
_SENTENCE_OPENERS = {"The", "A", "An", "It", "This", "That", "There", "These", "Those"}
_SMALL_WORDS = {"a", "an", "and", "the", "of", "for", "from", "to", "in", "on", "at", "by", "with", "or", "&", "-", "–"}


# A record that says there was nothing, after a dash that ends the title: "– None declared.", "- Nil", "– No apologies".
_NIL_AFTER_DASH = re.compile(r"\s[-–—]\s+(?=(?:None|Nil|No)\b)")
_SUBMITTED_BY = re.compile(r"(?:[A-Z][\w'’-]*\s+|(?:of|on|for|the|and|from)\s+){1,6}(?:submitted|proposed|moved|tabled|presented|"
                           r"requested|raised)\s+by\s+(?:Cllr\.?|Councillor|Cr\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+(?:[A-Z]\.\s*)*"
                           r"[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?")
_RECORD_WORDS = {"resolution", "resolved", "moved", "seconded", "carried", "proposed"}
# a year ("2023/24"), a reference ("22/1834/FUL"), a short number ("Month 10", "Phase 2")
_TITLE_FIGURE = re.compile(r"(?:19|20)\d{2}(?:[/-]\d{2,4})?|\d+/\S+|\d{1,3}")


def _title_run_on(segment: str, begin: int, end: int) -> int | None:
    """Where a heading in mixed case ends when its text runs straight on, as a transcription's wall prints minutes
    ("Cou/286/07-08 Apologies for Absence Apologies for absence were received ..."): after a name every meeting's
    items share ("Apologies for Absence", "Declarations of Interest"), or else before the sentence that follows its
    run of capitalised words (that sentence's first word is capitalised too), or at a colon. None where no such
    heading is there."""
    procedural = _PROCEDURAL_START.match(segment, begin, end)
    if procedural:
        return procedural.end()
    nil = _NIL_AFTER_DASH.search(segment, begin, min(end, begin + 200))
    if nil and not re.search(r"[.:;!?]\s", segment[begin:nil.start()]):
        return nil.start()  # "Matters of Interest on Agenda as per Code of Conduct – None declared.": the record says nil
    by_whom = _SUBMITTED_BY.match(segment, begin, end)
    if by_whom:  # "Notice of Motion submitted by Cllr. N. Healy-Rae "That ...": the title names who submitted it
        return by_whom.end()
    kept: list[re.Match[str]] = []
    for word in _WORD.finditer(segment, begin, end):
        text = word.group()
        if text.endswith(":") and not kept and text[0].isupper():
            kept.append(word)  # "Call-in: Closure of Eastfield Library The ...": a title's own first word and colon
            continue
        if text == "Re:" and kept:
            kept.append(word)  # "Mark Peplinskie Re: Requesting ...": a letter's writer and what it is about, one title
            continue
        if text.endswith(":"):
            if text[0].isupper() and len(text) > 2:
                return word.end() - 1  # "... Meeting of City Council: (a) The Regular ...": the title ends at its colon
            if len(kept) >= 2 and kept[-1].group() in _SMALL_WORDS and text[:-1].isalpha():
                return word.end() - 1  # "Apologies for absence: Cllr ...": the phrase's last word, in small letters
            if kept and kept[-1].group()[0].isupper():
                kept.pop()  # a field's label in small letters after its first word: "... Deputy Mayor Proposed by: Cllr. ..."
            break
        if kept and text[0].isupper() and text.rstrip(":.,").lower() in _RECORD_WORDS:
            break  # "Adoption of Agenda Resolution No. 2023-034 Moved by ...": the record starts at its label
        if kept and _APPLICATION_REF.fullmatch(text) and kept[-1].group().isalpha():
            break  # "Planning 23/1187/HH 3 The Green - no objection": the record's first application
        if text[0].isupper() or _TITLE_FIGURE.fullmatch(text) or text.lower() in _SMALL_WORDS:  # ("Joint Budget 2023/24")
            kept.append(word)
            if len(kept) > 16:
                return None
            continue
        ahead = _before_a_sentence_opener(segment, begin, end)
        if ahead is not None and ahead > word.start():
            return ahead  # a title in sentence case, its record's sentence further on: "Crime Plan annual report The ..."
        while kept and kept[-1].group() in _SMALL_WORDS:
            kept.pop()
        opener = max((i for i in range(1, len(kept)) if kept[i].group() in _SENTENCE_OPENERS), default=None)
        if opener is not None:  # the sentence's subject in capitals: "Recycling 2022/23 The Head of Waste reported"
            del kept[opener:]
            break
        if kept:
            kept.pop()  # the sentence's first word
        if kept and kept[0].group().rstrip(".") in _HONORIFICS:
            return None  # "Councillor Fox left the room ...": a sentence about a person, not a heading
        named = [i for i in range(max(1, len(kept) - 3), len(kept)) if kept[i].group().rstrip(".") in _HONORIFICS]
        if named and not any(w.group() in _SENTENCE_OPENERS for w in kept[named[-1]:]):
            del kept[named[-1]:]  # or its first few, a person's name: "Announcements Councillor Herring stated ...",
            # "Election of Cathaoirleach Cllr. Donal Kenny proposed ..."
        break
    else:
        return None
    while kept and kept[-1].group().lower() in _SMALL_WORDS:
        kept.pop()
    return kept[-1].end() if kept else _before_a_sentence_opener(segment, begin, end)


# A sentence starting inside a short title: a capitalised word then one in small letters ("Finance Payments totalling
# ..."), "A" between small letters ("Public session A resident asked"), an application's reference after a word in
# small letters ("Planning applications 23/0456/FUL ...").
# (not a title's own small words: "Council held on", "Committee dated", "Motion submitted by")
_IN_TITLES = ("of|and|the|for|to|in|on|at|by|with|or|from|a|an|held|dated|submitted|received|made|requested|presented|proposed|"
              "tabled|circulated|attached|relating|regarding|concerning|including")
_SENTENCE_INSIDE = re.compile(rf"\s[A-Z][a-z]+\s+(?!(?:{_IN_TITLES})\b)[a-z]{{2,}}|\s[a-z]+\s+A\s+[a-z]|[a-z]\s+\d{{2}}/\d{{3,5}}/[A-Z]{{2,6}}\b")
_APPLICATION_REF = re.compile(r"\d{2}/\d{3,5}/[A-Z]{2,6}")  # a planning application's reference: "23/0456/FUL"


def _before_a_sentence_opener(segment: str, begin: int, end: int) -> int | None:
    """A title in sentence case run into its record ("Draft budget and precept 2024/25 The Clerk presented ..."): it
    ends before a capitalised "The", "This", "There" ... that no full stop precedes, within its first words."""
    found = list(_WORD.finditer(segment, begin, end))[:17]
    for previous, word, after in zip(found, found[1:], [*found[2:], None]):
        if re.search(r"[.:;!?,]$", previous.group()):
            return None
        if word.group() in _SENTENCE_OPENERS - {"A"} and previous.group() not in _SMALL_WORDS:
            return previous.end()
        if _APPLICATION_REF.fullmatch(word.group()) and previous.group().isalpha():
            return previous.end()  # "Planning applications 23/0456/FUL Extension to ...": the record's first application
        # "Public session A resident asked ...": "A" between small letters (not "Option A", "Plan A is")
        if word.group() == "A" and previous.group().islower() and previous.group() not in _SMALL_WORDS \
                and after is not None and after.group().islower():
            return previous.end()
    return None


_SUB_NUMBER = re.compile(r"\d{1,3}(?:(?:\.\d{1,2})+\.?|[a-h]\)?)\s+")
_PAPERS_NOTE = re.compile(vocab.PAPERS_NOTE, re.I)  # an agenda's note on the item's papers closes its title
_SENTENCE_OR_GAP = re.compile(r"\.\s+(?=[A-Z\d\"“])|[ \t\u00a0]{2,}|\n[ \t]*\n")


def _capitals_heading(segment: str, position: int) -> bool:
    """A number after a sentence that lost its full stop ("... signed as a true record 1360 MATTERS ARISING ...") still
    opens an item where a heading of two or more words in capitals follows it, or a procedural item's name."""
    capitals = _CAPITALS_TITLE.match(segment, position)
    if capitals and vocab.PROCEDURAL_ITEM.match(capitals.group().split(None, 1)[-1].strip(" .:")):
        return True  # "... Local Members : none 1 APOLOGIES Apologies for absence ...": one word, a name every meeting has
    return bool(capitals) and len(re.findall(r"\b[A-Z]{2,}\b", capitals.group())) >= 2


def _head_cuts(segment: str, end: int) -> list[int]:
    """Where a wall's head (the page above its first item) changes from one thing to the next: a committee
    system's page header ("Agenda and minutes"), its fields ("Venue:", "Contact:"), the items table's head
    ("Items No. Item"), so that the meeting's heading ("Cabinet - Tuesday, 9th October 2012 10.00 a.m.") is a
    line of its own."""
    cuts = [m.start() for m in _HEAD_FIELD.finditer(segment, 0, min(end, 1000))]
    cuts += [m.start() for m in _HEAD_LINE.finditer(segment, 0, min(end, 1000))]
    for pattern in (_PAGE_HEADER_IN_WALL, _ITEM_LIST_IN_WALL):
        for m in pattern.finditer(segment, 0, end):
            cuts += [m.start(), m.end()]
    return cuts


_PAGE_HEADER_IN_WALL = re.compile(r"(?:^|(?<=\s))(?:Public Document Pack|Agenda and minutes|Agenda and decisions|Agenda, decisions and minutes|"
                                  r"Issue - meetings|Decision details|Agenda item)(?=\s)")
# A meeting page's fields; not "Date:", which above an agenda's items is as often the letter's date as the meeting's.
_HEAD_FIELD = re.compile(r"(?<=\s)(?=(?:Venue|Contact|Meeting venue|Webcast)\s*:)")
# Where a printed head's own lines began, run into one line: the paper's name for itself ("Minutes of the ...",
# "MINUTES OF A MEETING ..."; not inside a title: "Approval of Minutes of ..."), who attended ("Present:", "In attendance:"), where it met ("Place:"); not "Date:", as above.
_HEAD_LINE = re.compile(r"(?<=\s)(?<!OF THE )(?<!OF )(?<!of the )(?<!of )(?=(?:(?:REGULAR|SPECIAL|ORDINARY|EXTRAORDINARY|ANNUAL) (?:[A-Z]+ ){0,3}MEETING\b|M(?i:inutes of)|M(?i:embers present)\s*:|P(?i:resent)\s*:|I(?i:n attendance)\s*:|"
                        r"A(?i:lso present)\s*:|A(?i:pologies)\s*:|P(?i:lace)\s*:|L(?i:ocation)\s*:|"
                        # and the meeting's date, where its time follows it (not a letter's date alone)
                        r"D(?i:ate)\s*:(?=[^:]{4,60}\b(?:T(?i:ime)|V(?i:enue)|L(?i:ocation)|P(?i:lace))\s*:))(?=\s|\w))")
# Laserfiche WebLink's crumb over a document, run into its text: "HomeMy WebLinkAbout<file name><the text>"
_WEBLINK_CRUMB = re.compile(r"\s*Home\s?My\s?WebLink\s?About", re.I)
_ITEM_LIST_IN_WALL = re.compile(r"(?<=\s)Items No\.? Item(?=\s)")


# Where a report's front sheet and section headings sit in a wall of text: its fields ("Report to:", "Report of the
# Director ...", "Agenda Item No. 6(i)") start a piece; an enumerated section heading ("A. Executive Summary",
# "2. Background") is a piece of its own, less its enumerator. Capitalised as printed, so prose ("the report of")
# is never cut.
_FRONT_SHEET_FIELDS = (
    "report to", "report for", "date of meeting", "meeting date", "date", "subject", "title of report", "report title", "title",
    "wards affected", "ward affected", "ward(s) affected", "electoral division(s) affected", "key decision",
    "cabinet member(s)", "cabinet member", "portfolio holder", "responsible officer", "lead officer",
    "contact officer", "report author", "reason for report", "purpose of report", "recommendation",
    "recommendations", "classification", "meeting name", "to", "from",
)


def _capitalised(phrase: str) -> str:
    """A phrase as a heading prints it: its first letter a capital, the rest in any case."""
    return re.escape(phrase[0].upper()) + "(?i:" + re.escape(phrase[1:]) + ")"


_FRONT_SHEET_KEY = re.compile(  # (consuming the key, so that "Date:" inside "Meeting Date:" starts no piece of its own)
    rf"(?<=\s)(?:A(?i:genda item)(?:\s+(?i:no)\.?)?\s+{_REF}\b|R(?i:eport (?:of|by))\b|"
    + "|".join(_capitalised(field) + r"\s*:" for field in sorted(_FRONT_SHEET_FIELDS, key=len, reverse=True)) + ")")
# The fields only a report's front sheet has (not "Date:", which minutes have too)
_REPORT_FIELDS = ("report to", "report of", "report by", "report for", "report title", "report author", "subject",
                  "ward affected", "wards affected", "ward(s) affected", "key decision", "purpose of report", "application no")
_REPORT_KEY = re.compile(r"(?<![^\s])(?:" + "|".join(_capitalised(field) for field in _REPORT_FIELDS) + r")\s*[:.]")
_MARKER_IN_WALL = re.compile(rf"(?:^|(?<=\s))A(?i:genda item)(?:\s+(?i:no)\.?)?\s+{_REF}\b(?=\s+[A-Z]{{2}})")
_SECTION_LABEL = (r"Executive Summary|Summary|Purpose of (?:the )?[Rr]eport|Purpose|Background|Introduction|Recommendations?|"
                  r"Conclusions?|Financial [Ii]mplications|Legal [Ii]mplications|Risks?|Consultation|Options [Cc]onsidered|"
                  r"Reasons? for (?:the )?[Rr]ecommendations?")
_WALL_SECTION = re.compile(rf"(?<=\s)(?P<enum>(?:[A-H]|\d{{1,2}}(?:\.\d{{1,2}})?)\.?\s+)(?P<label>{_SECTION_LABEL}|{_SECTION_LABEL.upper()})"
                           r"(?=\s+[A-Z\d])")  # ("1. PURPOSE OF REPORT 1.1 To ...")
_SECTION_NUMBER = re.compile(rf"\d{{1,2}}(?:\.0)?[.)]?\s+(?i:{_SECTION_LABEL})\b")  # "1. Purpose of Report 1.1 To ...", "1. PURPOSE OF REPORT"
# A report's unnumbered section heading in capitals, as a US staff report prints them ("... Rehabilitation Project
# RECOMMENDATION It is recommended ...")
_CAPITALS_SECTION = re.compile(r"(?<=\s)(?:RECOMMENDATIONS?|BACKGROUND|DISCUSSION|ANALYSIS|FISCAL IMPACT|FINANCIAL IMPLICATIONS|"
                               r"EXECUTIVE SUMMARY|SUMMARY|PURPOSE|ATTACHMENTS|CONCLUSIONS?)(?=\s+[A-Z0-9])")


def _front_sheet_pieces(text: str, start: int, end: int) -> list[Span]:
    """A wall with no run of item numbers (an officer report's PDF dump) cut at its front-sheet fields and
    enumerated section headings. One piece when it has none."""
    segment = text[start:end]
    spans: list[Span] = []  # (cut, where the next piece starts): the enumerator between them is dropped
    spans += [(m.start(), m.start()) for m in _FRONT_SHEET_KEY.finditer(segment, 0, 1000)]
    # "Agenda Item 9 SOUTHMOOR DISTRICT COUNCIL ...": the marker is a piece of its own, the heading after it another
    spans += [(m.end(), m.end()) for m in _MARKER_IN_WALL.finditer(segment, 0, 1000)]
    for m in _WALL_SECTION.finditer(segment):
        spans += [(m.start(), m.start("label")), (m.end(), m.end())]
    if spans:
        for m in _CAPITALS_SECTION.finditer(segment):
            spans += [(m.start(), m.start()), (m.end(), m.end())]
    if not spans:
        return [(start, end)]
    pieces, at = [], 0
    for cut, resume in sorted(set(spans)):
        if cut > at and segment[at:cut].strip():
            pieces.append((start + at, start + cut))
        at = max(at, resume)
    if segment[at:].strip():
        pieces.append((start + at, end))
    return pieces


# A committee system's page run into one line with no list of items (a decision, issue or item page): its fields
# and section labels ("Decision Maker:", "Purpose:", "Decision:", "Publication date:") each start a piece, and its
# page header ("Decision details") is one, so that the title between them is a line of its own. Capitalised as a
# page prints them; a key inside a sentence ("the decision: to") is not cut.
# (not the last word of a longer heading: "Minutes of Previous Meeting:", "Date of Next Meeting:")
_KNOWN_KEY = re.compile(rf"(?:^|(?<=\s))(?<!\bof\s)(?<!(?i:previous)\s)(?<!(?i:next)\s)(?<!(?i:last)\s)(?=[A-Z])"
                        rf"(?i:{vocab.METADATA_KEYS}|{vocab.LABELS}|additional documents|supporting documents)"
                        r"\s*\??\s*:(?=\s|$)")
_NOTE_STARTS = re.compile(rf"\.\s+(?=[A-Z])|{vocab.AGENDA_NOTE}")  # a one-item page's title ends at a full stop or its note
_ONE_ITEM_PAGES = ("Agenda item", "Issue - meetings", "Decision details")


def _field_pieces(text: str, start: int, end: int) -> list[Span]:
    segment = text[start:end]
    cuts = {m.start() for m in _KNOWN_KEY.finditer(segment)}
    cuts |= {m.end() for m in re.finditer(r"\((?:Item|Minute)\s+[^()]{1,12}\)", segment)}  # "Meeting: ... - Cabinet (Item 259)"
    headers = list(_PAGE_HEADER_IN_WALL.finditer(segment))
    cuts |= {at for m in headers for at in (m.start(), m.end())}
    for m in headers:  # one item's page: its title runs to its first note or field
        title_end = _NOTE_STARTS.search(segment, m.end() + 1) if m.group() in _ONE_ITEM_PAGES else None
        next_cut = min((cut for cut in cuts if cut > m.end()), default=len(segment))
        if title_end and title_end.start() < next_cut and title_end.start() - m.end() < 300:
            cuts.add(title_end.end())
    if len(cuts) < 3:
        return [(start, end)]
    bounds = sorted(cuts | {0, len(segment)})
    return [(start + a, start + b) for a, b in zip(bounds, bounds[1:]) if segment[a:b].strip()]


# A heading in capitals run into its record at a colon, inside a wall: "... carried unanimously. AMENDMENTS TO AGENDA:
# There were ..." (a US board's minutes, the PDF's text layer run into one line). It starts the wall or follows the
# end of a sentence or a bracket.
_CAPITALS_LABEL_IN_WALL = re.compile(r"(?:^|(?<=[.)!?]\s)|(?<=[.)!?]\s\s))(?:(?:[A-Z][A-Z'’&/-]*|&),?\s+){0,6}[A-Z][A-Z'’&/-]*[A-Z]:\s+(?=\S)")


def _capitals_label_pieces(text: str, start: int, end: int) -> list[Span]:
    """A wall cut where each heading in capitals runs into its record at a colon: three such headings or more, each
    with four capital letters or more and not a record's own word ("RESOLVED:", "PRESENT:", "MOVED:")."""
    cuts = [found.start() for found in _CAPITALS_LABEL_IN_WALL.finditer(text, start, end)
            if len(re.sub(r"[^A-Z]", "", found.group())) >= 4
            and not vocab.NOT_A_RUN_IN_HEADING.match(found.group().strip().rstrip(":").strip())]
    if len(cuts) < 3:
        return [(start, end)]
    return _cut_at(text, start, end, [cut for cut in cuts if cut > start])


def _raw_lines(text: str) -> list[Span]:
    """(start, end) of each line, line breaks excluded; an HTML line break left in the text ("... Commission <br />
    From: ...", as a records system's text layer keeps them) ends a line too."""
    spans = []
    tagged = "<br" in text or "<BR" in text
    for match in re.finditer(r"[^\n]*(?:\n|$)", text):
        if match.start() == len(text) and not match.group():
            break
        start, end = match.start(), match.start() + len(match.group().rstrip("\n").rstrip("\r"))
        for tag in _HTML_BREAK.finditer(text, start, end) if tagged else ():
            spans.append((start, tag.start()))
            start = tag.end()
        spans.append((start, end))
    return spans


_HTML_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)


def _paragraph_wall(text: str, spans: list[Span]) -> tuple[list[Span], set[int]] | None:
    """Hard-wrapped lines that together run a list of items into one another, as a PDF's text layer does
    ("... PLACED ON FILE  39 Request of ...  (Communication)" over several lines): the lines that hold the list
    cut at its items, the paragraph's other lines left as they are. Only where the lines are long, as run-together
    text is (150 characters on average; prose wraps at under 100), a run of at least five inline item numbers is
    found, and most of them sit inside a line rather than at its start (a list printed one item to a line is read
    line by line)."""
    start, end = spans[0][0], spans[-1][1]
    if len(spans) < 2 or end - start <= WALL or (end - start) / len(spans) < 150:
        return None
    headings = _wall_pieces(text, start, end, min_run=5)[1]
    inside = sum(1 for at in headings if text[text.rfind("\n", 0, at) + 1:at].strip())
    if not headings or inside * 2 <= len(headings):
        return None
    first = next(i for i, (a, b) in enumerate(spans) if a <= min(headings) <= b)
    last = next(i for i, (a, b) in enumerate(spans) if a <= max(headings) <= b)
    pieces, headings = _wall_pieces(text, spans[first][0], spans[last][1], min_run=5)
    return spans[:first] + pieces + spans[last + 1:], headings


# Where a contents page's line holds a second entry: a dot leader and a page number, then the next entry's number
# ("4. PUBLIC QUESTION TIME ........ 3 4.1 Standing Orders ........ 3").
_CONTENTS_CUT = re.compile(rf"{vocab.DOT_LEADER}\s*\d{{1,4}}[ \t]+(?=\d{{1,3}}(?:\.\d{{1,3}})*\.?[ \t]+[A-Z]"
                           rf"|[A-Z][^a-z.\n]{{3,150}}?\s*{vocab.DOT_LEADER})")  # or an unnumbered entry in capitals


# A row of a committee system's items table flattened to one line and closed by "|": its title, then its record's
# label or its report's link ("CORONAVIRUS - DECISION MAKING POWERS PDF 72 KB Report by Chief Executive Minutes: ... |").
_FLATTENED_ROW = re.compile(rf"[^|:\n]{{3,250}}?\s(?:minutes\s*:|decision\s*:|{vocab.PDF_LINK}\s)", re.I)


def _cut_at(text: str, start: int, end: int, cuts: list[int]) -> list[Span]:
    """The span from start to end cut at the given offsets, less the pieces that are only spaces."""
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


# Where a table's row ends in a page run into one line: its last cell closed by "|", then the empty cells a converter
# padded it with ("... Lulu Agate. | |||||||||||||||| Declarations of Interest Minutes: ...").
_ROW_END = re.compile(r"\|[ \t]*\|{2,}[ \t]*|(?:-{3,}\|){2,}[ \t]*")  # (or the rule under the table's head: "---|---|")


def _table_row_pieces(text: str, start: int, end: int) -> list[Span]:
    """A flattened table run into one line, cut after each row's padding: three rows or more."""
    cuts = [found.end() for found in _ROW_END.finditer(text, start, end)]
    if len(cuts) < 3:
        return [(start, end)]
    return _cut_at(text, start, end, cuts)


# A published decision's entry in a list of them: "09/07/2019 - Bull Meadow Report ref: 1948 Recommendations Approved".
_DECISION_ENTRY_START = re.compile(r"(?<!\S)\d{1,2}/\d{1,2}/\d{4}\s*[-–]\s*(?=[^\n]{3,250}?\sref:\s*\S)", re.I)


def _decision_entry_pieces(text: str, start: int, end: int) -> list[Span]:
    """A list of published decisions run into one line, cut where each entry starts (two entries or more), and each
    entry at its fields ("Decision Maker:", "Made at meeting:")."""
    cuts = [found.start() for found in _DECISION_ENTRY_START.finditer(text, start, end)]
    if len(cuts) < 2:
        return [(start, end)]
    return [piece for a, b in _cut_at(text, start, end, cuts) for piece in _field_pieces(text, a, b)]  # each entry's fields on their own


def _contents_pieces(text: str, start: int, end: int) -> list[Span]:
    """A contents line cut after each entry's page number where another entry follows on the same line."""
    cuts = [found.end() for found in _CONTENTS_CUT.finditer(text, start, end)]
    if cuts:  # the table's head on the same line ("... TABLE OF CONTENTS ITEM SUBJECT PAGE NO 1 WELCOME .... 1 2 ..."):
        # the first entry starts at the number before the second entry's
        second = re.match(r"\d{1,3}", text[cuts[0]:end])
        first = int(second.group()) - 1 if second else 0
        head = max(re.finditer(rf"(?<=\s){first}\.?[ \t]+(?=[A-Z][^\n]*?{vocab.DOT_LEADER}\s*\d{{1,4}}[ \t]*$)",
                               text[start:cuts[0]]), key=lambda found: found.start(), default=None) if first >= 1 else None
        if head and head.start() > 0:
            cuts.insert(0, start + head.start())
    bounds = [start, *cuts, end]
    return list(zip(bounds, bounds[1:]))


# A document site's transcription of a PDF ("Transcription", then each page run into one line that starts with the
# page's number: "1 CITY OF COLWOOD MINUTES ...", "2 Minutes of Regular Council Meeting ... 2. PUBLIC PARTICIPATION").
_PAGE_NUMBER_AT_START = re.compile(r"[ \t]*(\d{1,3})(?=\s|$)")


def _transcription_pages(text: str, spans: list[Span]) -> tuple[int, int, frozenset[int]] | None:
    """Where a transcription's pages run, as (first line, last line, offsets of the page numbers that open them): the
    lines after the site's "Transcription" line that open with the page numbers 1, 2, 3 ... in turn (two pages at
    least; blank lines between). None where the paper is not one."""
    marker = next((i for i, (a, b) in enumerate(spans[:60]) if vocab.TRANSCRIPTION_LINE.fullmatch(text[a:b].strip())), None)
    if marker is None:
        return None
    expected, pages, first, last = 1, set(), None, None
    for i in range(marker + 1, len(spans)):
        a, b = spans[i]
        if not text[a:b].strip():
            continue
        number = _PAGE_NUMBER_AT_START.match(text, a, b)
        if number and int(number.group(1)) == expected:
            pages.add(number.start(1))
            expected += 1
            first = i if first is None else first
        elif first is None:
            return None  # something else before page 1: not a transcription's pages
        last = i
    if first is None or last is None or expected < 2 or expected == 2 and not _titled_as_above(text, spans, marker, first):
        return None
    return first, last, frozenset(pages)


def _titled_as_above(text: str, spans: list[Span], marker: int, first: int) -> bool:
    """Whether a transcription's one page opens, after its number, with the title the site prints above it ("1
    COMHAIRLE CHONTAE UÍBH FHAILÍ MINUTES OF ..." under "Download "COMHAIRLE CHONTAE UÍBH FHAILÍ MINUTES OF ...""): then
    its "1" is the page's number, though no second page follows."""
    def plain(span: Span) -> str:
        return " ".join(text[span[0]:span[1]].split()).casefold()
    page = plain(spans[first])
    opening = page.split(" ", 1)[1][:40] if " " in page else ""
    return len(opening) >= 20 and any(opening in plain(span) for span in spans[:marker])


def _without_crumb(text: str, span: Span) -> list[Span]:
    """A records system's crumb and the file's name ("HomeMy WebLinkAbout2008-08-18 Workshop - Agenda.pdf"), glued to
    the document's first words ("District of Maple Ridge", "APPROVED CITY OF ..."): cut where the name ends, at the
    first capitals that follow a small letter, a digit or a bracket with no space between."""
    crumb = _WEBLINK_CRUMB.match(text, *span)
    glued = re.search(r"(?<=[a-z0-9)])(?=[A-Z][A-Za-z])", text[crumb.end():min(span[1], crumb.end() + 200)]) if crumb else None
    if not crumb or not glued:
        return [span]
    return [(span[0], crumb.end() + glued.start()), (crumb.end() + glued.start(), span[1])]


# A motion's disposition, then the next item's numbered heading run onto the same line by a text layer: "THAT the agenda
# be approved as amended. CARRIED 3. Confirmation and Receipt of Minutes" (the heading in title case, to the line's end).
_DISPOSED_THEN_HEADING = re.compile(r"\b(?:CARRIED|Carried|DEFEATED|Defeated|LOST)\.?(?P<gap>\s+)(?=\d{1,3}\.\s+[A-Z][^.;:!?]{2,100}$)")


def _disposition_then_heading(text: str, start: int, end: int) -> list[Span] | None:
    found = _DISPOSED_THEN_HEADING.search(text, start, end)
    heading = text[found.end():end].split(".", 1)[1].split() if found else []
    if not heading or len(heading) > 12 or not all(word[0].isupper() or word.lower() in _SMALL_WORDS for word in heading):
        return None
    return [(start, found.start("gap")), (found.end(), end)]


def line_pieces(text: str) -> list[tuple[list[Span], set[int]]]:
    """Per line of the text, its pieces (the line itself unless it is a wall) and the offsets of the pieces
    that begin an inline item; a hard-wrapped paragraph that runs a list of items together, or a transcription's
    pages, come as one entry."""
    spans = [piece for span in reflow(text, _raw_lines(text)) for piece in _without_crumb(text, span)]
    pages = _transcription_pages(text, spans)
    if pages:  # a transcription's pages are one wall: its items run on from page to page
        first, last, numbers = pages
        pieces, headings = _wall_pieces(text, spans[first][0], spans[last][1], pairs=True, excluded=numbers)
        if headings:
            return _pieces_by_line(text, spans[:first]) + [(pieces, headings)] + _pieces_by_line(text, spans[last + 1:])
        # no list runs through them: each page still opens with its number ("1 PEACE RIVER REGIONAL DISTRICT ...
        # MINUTES", "2 Peace River Regional District ... Page 2"), the page's, not an item's, so it is no part of a line
        spans = [(number_end, b) if (number_end := _page_number_end(text, a, b, numbers)) else (a, b) for a, b in spans]
    return _pieces_by_line(text, spans)


def _page_number_end(text: str, start: int, end: int, numbers: frozenset[int]) -> int | None:
    """Where the text after a transcription's page number starts, on a line that opens with one; None elsewhere."""
    number = _PAGE_NUMBER_AT_START.match(text, start, end)
    if number is None or number.start(1) not in numbers:
        return None
    return re.compile(r"\s*").match(text, number.end(), end).end()  # (past the space after it)


def _pieces_by_line(text: str, spans: list[Span]) -> list[tuple[list[Span], set[int]]]:
    """Each reflowed line's pieces, or a wall paragraph's."""
    groups: list[tuple[list[Span], set[int]]] = []
    i = 0
    while i < len(spans):
        j = i
        while j < len(spans) and text[spans[j][0]:spans[j][1]].strip():
            j += 1
        wall = _paragraph_wall(text, spans[i:j]) if j > i else None
        if wall:
            groups.append(wall)
            i = j
            continue
        for span in spans[i:max(j, i + 1)]:
            pieces, headings = _contents_pieces(text, *span), set()
            long_line = span[1] - span[0] > WALL
            for cut in (_table_row_pieces, _decision_entry_pieces) if long_line else ():
                if len(pieces) == 1:  # a flattened table's rows, or published decisions, run into one line
                    pieces = cut(text, *span)
            if len(pieces) == 1 and long_line:
                pieces, headings = _wall_pieces(text, *span, pairs=True)
                row = _FLATTENED_ROW.match(text, *span) and text[span[0]:span[1]].rstrip().endswith("|") \
                    and text.count("|", *span) == 1
                if len(pieces) == 1 and not row:  # (a table's row keeps its report's "Report by ..." in its text)
                    pieces = _front_sheet_pieces(text, *span)
                if len(pieces) == 1 and not row:
                    pieces = _field_pieces(text, *span)
                if len(pieces) == 1 and not row:
                    pieces = _capitals_label_pieces(text, *span)
            elif len(pieces) == 1 and (disposed := _disposition_then_heading(text, *span)):
                pieces = disposed
            elif len(pieces) == 1 and span[1] - span[0] > SHORT_WALL and (listed := _listing(text, *span)):
                # a shorter line that lists its items: "AGENDA 1. Apologies 2. Declarations of Interest 3. ...", or
                # "1 BUSINESS ... 2 APOLOGIES 3 DECLARATION ..."
                pieces, headings = _wall_pieces(text, *span)
                if any(not listed.match(text, at) for at in headings):
                    pieces, headings = [span], set()  # only where every item of the run is numbered so
            groups.append((pieces, headings))
        i = max(j, i + 1)
    return groups
