"""The words committee papers are read by, in one place.

These are the vocabulary of the genre, not of any one council: the section labels minutes and decision
notices use, the metadata keys of committee systems (ModernGov, CMIS and others), the furniture of
their web pages, months, and the names of the procedural items every meeting has.
"""

from __future__ import annotations

import re

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
MONTH_NUMBERS = {month: number for number, month in enumerate(MONTHS, 1)}
MONTH_NUMBERS.update({month[:3]: number for month, number in list(MONTH_NUMBERS.items())})
MONTH_NUMBERS["sept"] = 9
# Welsh months, as Welsh-language papers write them ("16 Chwefror 2024"), by the first three letters as above
WELSH_MONTHS = ("ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref",
                "tachwedd", "rhagfyr")
MONTH_NUMBERS.update({month[:3]: number for number, month in enumerate(WELSH_MONTHS, 1)})
MONTH_PATTERN = "(?:" + "|".join(MONTHS) + ")"
# A month as written in running text, abbreviations too ("Sept", "Jan").
MONTH_ABBREVIATED = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                     r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + "|".join(WELSH_MONTHS) + ")")
WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|d?dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul))"
# A day's ordinal ending, English or Welsh ("28th", "20fed", "1af", "3ydd", "11eg", "21ain")
ORDINAL = r"(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)"

# The number of an agenda item as people type it ("item 283", "minute 4a").
ITEM_NUMBER = r"\d{1,5}[a-z]?"
# An item's reference as papers print it.
ITEM_REF = (r"(?:[A-Z]{1,4}\d{1,4}:\d{2}/\d{2}(?!\d)|\*?[A-Z]{0,3}-?\d{1,5}(?:\.\d{1,3}){0,2}(?:[a-z]|\.[A-Za-z](?!\w))?(?:\([ivx\d]{1,4}\)|\([a-z]\))?"  # 124, 5.1, 4a, 9.B, *42, S-56, 6(i)
        r"|[A-Z]{1,6}(?:\([A-Z]{1,3}\))?\s?/\s?\d{1,4}(?:/\d{1,4}){0,2}(?:-\d{2,4})?|[A-Z][a-z]{1,5}/\d{1,4}/\d{2}(?:-\d{2})?|[A-Z]{1,6}\d{1,4}/\d{1,4}(?:/\d{1,4}|-\d{2}(?!\d))?|\d{1,4}[a-z]?/\d{1,4}(?:/\d{1,4}|:\d{1,3})?|\d{5}/\d{2}/\d{2}(?!\d)|(?:\d{2}|\d{4})-\d{2}/[A-Z]{1,6}/\d{1,4}|\d{1,3}-(?:\d{4}/\d{1,2}|\d{2}/\d{2})(?!\d)"
        r"|[A-Z]{1,6}\.\d{1,4}(?:[./]\d{2,4})?|[A-Z]{1,4}\d{2}-\d{1,3}|[A-Z]{1,5}\s\d{2}[-/]\d{1,4}|\d{4}-\d{2}_\d{1,3}(?!\d))")  # HWB/23/4, PC(E)/45, GM21/24, 23/045, C.45, C.41/23, CMD.14.20, IR19-1, FGP 23-41, C 10/034,
# a council's minute, its meeting's number and its council year: F01:04/24; a parish's running number with its council year: Cou/285/07-08, FC/12/21-22, 41a/19; a year's meeting and its minute: 04/08:01;
# the municipal year, the body and the minute: 18-19/FRA/3; a town council's running number, month and year: 10457/04/19; a resolution's number, meeting and year: R1/1-21; a parish's minute and its council year after a dash: 1-0607/8, 12-19/20;
# a meeting's year and month, then its minute: 2020-06_4

# An agenda item's number after a minute's own: "167.0. Agenda Item 1: Record of those Present", "169.0 Agenda Item 3.
# Exclusion of Press and Public" (the title follows it).
AGENDA_ITEM_PREFIX = re.compile(r"(?:agenda\s+)?item\s+\d{1,3}[a-z]?(?:\s*[:.)\-–]\s*|\s+)(?=[A-Z])", re.I)

# A sum of money as accounts print it: "16.00", "£1,000.00", "$213,384.46".
AMOUNT = r"[£$€]?\s?\d{1,3}(?:,\d{3})*\.\d{2}"

# A capital Roman numeral from I to XXXIX.
ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for letter, following in zip(numeral, [*numeral[1:], ""]):
        total += -values[letter] if following and values[following] > values[letter] else values[letter]
    return total

# Section labels of minutes, decisions and reports: "Minutes:", "RESOLVED", "Reasons for the decision:".
LABELS = (
    r"minutes|resolved|resolutions?|decisions?(?: made)?|decided|agreed|(?:officers?['’]?s?\s+)?recommendations?|recommended|"
    r"the decision|summary|executive summary|purpose(?: of (?:the )?report)?|background|introduction|"
    r"actions? required|reasons? for (?:the )?(?:decisions?|recommendations?)|reasons|"
    r"(?:any )?alternative options(?: considered)?(?: and rejected)?|options considered|conclusions?|"
    r"financial implications|legal implications|implications|consultation|risks?|"
    r"equality (?:and diversity )?implications|next steps|appendices|background papers|"
    r"interests? declared|declarations? of interest|"
    r"matters arising|questions|outcome|action|discussion|information|report body|reply|response|answer|"
    # a committee system's labels in its Welsh interface: "Cofnodion:" (Minutes), "Penderfyniad:" (Decision)
    r"cofnodion|penderfyniad(?:au)?"
)
# The parts of an officer report ("Purpose of Report", "Financial Implications"): a section, never an agenda item.
REPORT_SECTION = re.compile(
    r"^(?:executive |report )?(?:summary|purpose(?: of (?:the )?report)?|background(?: papers| information)?|introduction|"
    r"recommendations?|(?:financial|legal|resource|staffing|equalit(?:y|ies)|environmental|risk|policy|"
    r"human resources?|other)?(?: and \w+)? implications|risks?(?: management)?|consultation|conclusions?|"
    r"(?:alternative )?options(?: considered)?|next steps|appendices|reasons? for (?:the )?recommendations?|"
    r"proposals?|issues?(?: for consideration)?|contact officers?|details)$", re.I)
RESOLUTION_LABELS = {"resolved", "agreed", "decided", "resolutions", "resolution", "the decision"}
# A label or a record's word in capitals, not a heading run into its text: "RESOLVED:", "PRESENT:", "CARRIED".
NOT_A_RUN_IN_HEADING = re.compile(rf"(?:{'|'.join(RESOLUTION_LABELS)}|noted|carried|moved|seconded|present|absent|note|"
                                  r"in attendance|also present|voting (?:aye|yes|nay|no)|ayes|nays|yeas)$", re.I)  # "Voting Nay: none"
# A vote's record, which minutes repeat word for word under every motion ("Ayes: Directors Bonilla, Lopez and Robak",
# "Excused; 1 - Chair De La Fuente", "Approve as Submitted. The motion carried by the following vote:"): the record of
# each vote, not a page's running header.
# A vote's count: "5 For, 0 Against, 1 Abstention", "7 in favour, 2 against" (not item 5).
_VOTE_COUNT = r"\d{1,2}\s+(?:for|in\s+favour|in\s+favor|against)\b\s*,?\s*\d{1,2}\s+(?:for|against|abstentions?|abstained)\b"
VOTE_TALLY = re.compile(rf"^{_VOTE_COUNT}", re.I)
VOTE_RECORD = re.compile(r"^\W*(?:ayes?|noes?|nays?|yeas?|abstain(?:ed|s|ing)?|abstentions?|absent|excused|recused|"
                         r"voting\s+\w+)\b\s*[:;,\-–]|\bmotion\s+(?:was\s+)?(?:carried|passed|failed|lost)\b|^\W*(?:motion\s+)?carried\b|"
                         + _VOTE_COUNT, re.I)

# Metadata of committee systems: a line "Key: value" with one of these keys feeds the paper's fields
# (committee, dates, decision maker) and is not a passage.
METADATA_KEYS = (
    r"venue|contact|contact officer|officer contact|lleoliad|cyswllt|date|time|date and time|place|meeting date|date of meeting|report to|report of|"
    r"report by|report author|author|lead officer|subject|wards? affected|ward\(s\)(?: affected)?|key decision|is key decision\??|"
    r"is subject to call[- ]in\??|subject to call[- ]in|call[- ]in|decision[- ]maker|decision[- ]taker|decision made by|decision taken by|decision status|decision type|"
    r"publication date|date of decision|decided at meeting|made at meeting|decision published|effective from|"
    # an issue's forward-plan fields: "Decision due: 19 Jan 2022 by Overview and Scrutiny Committee"
    r"decision due|decision due date|expected decision date|notice of proposed decision first published|date of first publication|"
    r"first published|date decision published|decision date|call[- ]in deadline|call[- ]in expiry date|reason key|"
    r"anticipated restriction|explanation of anticipated restriction|directorate|service area|cabinet portfolio|"
    r"decision title|decision reference|decision ref|decision no\.?|decision number|details|implementation date(?: \(not before\))?|"  # (a CMIS decision's fields)
    # a memo's head, as US staff reports print it: "TO: Honorable Mayor and Members of the City Council"
    r"to|from|through|thru|prepared by|re|"
    # a planning application's report
    r"application (?:no\.?|number|ref(?:erence)?)|site(?: address)?|location|proposal|applicant|agent|case officer|wards?|"
    r"accompanying documents|department|sponsors|category|portfolio|portfolio holder|cabinet member|classification|"
    r"forward plan ref(?:erence)?|reference|ref|committee|meeting|status|lead member|relevant scrutiny committee|"
    r"exempt|open|confidential|"
    # an officer report's front sheet
    r"report title|title of report|title|subject/title|title/subject|meeting name|name of meeting|notice of meeting|report for|cabinet members?(?:\(s\))?|"
    r"responsible officers?|reason for report|electoral divisions?(?:\(s\))? affected|divisions? affected|"
    # a Legistar file's page (US cities): "File created: 3/13/2017 In control: City Council"
    r"file created|in control|on agenda|final action|executive summary|attachments"
)
# Legistar prints two or three of its fields on one line ("On agenda: 3/21/2017 Final action: 3/21/2017"): where one
# of these keys follows a field's value, a field of its own starts.
RUN_ON_KEY = re.compile(r"\s+(?=(?:File created|In control|On agenda|Final action|Executive Summary|Sponsors|Attachments|"
                        r"Status|Version|Name)\s*:)")
# Keys whose value names the report an officer report is (its agenda item's title).
REPORT_TITLE_KEYS = ("report title", "title of report", "title", "subject", "subject/title", "title/subject")

# A document viewer's line where the paper's own pages start: "You are on page 1of 2", "Page 1 of 12" (its spaces escaped:
# FURNITURE below is a verbose pattern).
_VIEWER_PAGE = r"(?:you\ are\ on\ )?page\ \d+\ ?of\ ?\d+"

# Whole lines that are the furniture of a web page or a PDF viewer: never a title, never a passage.
FURNITURE = re.compile(
    r"""^(?:
        skip\ to\ (?:main\ )?content | skip\ navigation | this\ table\ is\ used\ for\ column\ layout\.? | loading(?:\.\.\.|…)? | loading\ \w+(?:\.\.\.|…) | [\w'’\ ]{1,50}\ icon | top | menu | toggle\ [\w\ ]*menu[\w\ ]* | home | search | print | share |
        back\ to\ top | navigation\ and\ tools | find\ it | you\ are\ here\b.* | home\ ?(?:>|›|»|:|/)\ .* |
        earlier\s*-\s*later | scheduled | visitors | webcast(?:\ for\ .*|:\ view\ the\ webcast)? | media | no\.? | no\.?\ item |
        no\.?\s*\|\s*item.* | (?:item(?:\s+no\.?)?|minute\s+no\.?|min\.?\s+no\.?)\s*\|?\s*(?:title|subject|description|item)(?:\s*\|?\s*\w+){0,2} | supporting\ documents:? | additional\ documents:? | accompanying\ documents:? | dogfennau\ ychwanegol:? |
        eitemau | rhif\ eitem |
        original\ text:? | view\ directions | view\ the\ (?:reasons|background)\ to\ item\ \S+ | print\ this\ page |
        link:? | dot | (?:\.\.\.|…)?\s*view\ the\ full\ .*\ text\ for\ item\ \S+ |
        this\ page\ is\ intentionally\ left\ blank\.? | original\ file | size:\s*px | start\ display\ at\ page:? |
        download\ .* | transcription | total\ page:\s*\d+ | file\ type:.* | related\ documents |
        printed\ (?:decisions|minutes|draft\ minutes).* | agenda\ (?:frontsheet|reports\ pack).* | attendance\ details |
        (?:pdf\ )?\d+(?:\.\d+)?\ ?[km]b | page\ \d+(?:\ of\ \d+)? | \d+\ of\ \d+ | page | """ + _VIEWER_PAGE + r""" |
        we\ use\ (?:some\ )?(?:essential\ |necessary\ |analytics\ )?cookies.* | we(?:['’]d|\ would)\ (?:also\ )?like\ to\ (?:use|set)\b.*\bcookies\b.* | .*\bcookies?\b.*\b(?:accept|reject|settings|policy|preferences)\b.* |
        (?:accept|reject|view|manage)(?:\ all|\ additional|\ optional)?\ cookies | cookies\ on\ (?:our|this|the)\ (?:website|site).* |
        browse\ (?:meetings|committees|decisions) | this\ section\ allows\ you\ to\ view\ .{0,60} | committee\ details | meeting\ attendance | outside\ bodies |
        search\ documents | subscribe(?:\ to\ updates)? | your\ council(?:lors)? | councillors,?\ meetings\ and\ decisions |
        (?:democracy\ )?(?:a\ to\ z|a-z) | contact\ us | accessibility(?:\ statement)? | privacy(?:\ notice|\ policy)? |
        (?:©|copyright)\ .{0,80} | \(c\)\ (?=.{0,40}\b(?:19|20)\d\d\b).{0,80} | expected\ to\ be\ webcast | sign\ in | log\ in | rss |
        cookies(?:\ policy|\ settings)? | was\ this\ page\ (?:helpful|useful)\??(?:\ *yes\ *(?:/|or)?\ *no)? | yes | search\ this\ (?:site|website) |
        share\ (?:this\ page|on\ \w+) | facebook | twitter | x | email | linkedin | whatsapp | related\ (?:links|pages) |
        (?:last\ )?(?:updated|published|reviewed):?\ .{0,40}\d{4} |
        (?!(?:agenda\ )?item\ \d).{0,150}\((?:pdf|docx?|xlsx?|word|excel|odt),?\ +\d+(?:\.\d+)?\ ?[km]b\) |  # "Report (PDF, 1.2MB)": a link to a
        # document (not "Item 3 Minutes of ... (PDF, 210KB)": an agenda item linked to its paper)
        \[?original\ file\]?\(.*\) | [-–—_=*|#\s]+ | \|?[-:|\s]{3,} |
        .{0,200}?(?:…|€¦|\.\.\.)\s*·\s.*  |  # a document site's listing, its title cut short: "MINUTES OF ... HELD ON TUESDAY …€¦ · Monday ...
        # a document site's own page (vdocuments, pdfslide, readkong): its buttons, counts and page markers
        home\ ?my\ ?weblink\ ?about.{0,80} | laserfiche\ weblink | link\ to\ homepage | \(translation\) | upload(?::\ .{0,40})? | others | view | embed\ size\ \(px\) | citation\ preview | category: | transcript |
        page\ content\ transcription | if\ your\ browser\ does\ not\ render\ page\ correctly,?\ please\ read\ the\ page\ content\ below\.? | [←→] |
        post\ on\ \d{1,2}-\w{3}-\d{4} | \d+\ (?:views?|downloads?) | page\ \d+:\ .* | continue\ reading | page\ created\ by\ .{0,60} |
        # printed minutes' signature block and the footer each page carries for the chair to initial
        signed\s*:?\s*[.…_]{3,}.* | (?:chair(?:man|person|woman)?|date)\s*:?\s*[.…_]{3,}.* |
        .{0,120}\bchair(?:man|person|woman)?['’]s\ initials\b.{0,40} |
        # a committee system's markers left in its minutes as text: "<AI1>" ... "</AI1>" around each item
        </?[A-Z][A-Z0-9_]{0,30}>
    )$""",
    re.I | re.X,
)
# A word processor's page footer, perhaps after the paper's running title: "... 20 November 2019 2 | P a g e", "P a g e | 3".
_PAGE_FOOTER = re.compile(r"(?:.*\D)?\d{1,3} ?\| ?p ?a ?g ?e|p ?a ?g ?e ?\| ?\d{1,3}", re.I)


def page_footer(line: str) -> bool:
    return "|" in line and line[-1:] in "eE0123456789" and _PAGE_FOOTER.fullmatch(line) is not None


# A document site's line above its copy of a PDF's text: "Transcription", "Page content transcription", 123dok's
# "Teks penuh" ("full text"). Below it the PDF's pages follow, each opening with its page number.
TRANSCRIPTION_LINE = re.compile(r"(?:transcription|transcript|page content transcription|teks penuh)", re.I)
# The heading over a document site's list of other papers ("Similar documents"): their titles, not this paper's.
VIEWER_PAGE = re.compile(rf"^{_VIEWER_PAGE}$", re.I)
OTHER_PAPERS_LIST = re.compile(r"^(?:similar|related|recommended|more) documents:?$|^you (?:may|might) also like:?$", re.I)
# The line a web page's footer starts with (qa/parse/parser.py: what follows it, if only links, is furniture too).
FOOTER_START = re.compile(r"^(?:back to top|related (?:links|pages)|was this page (?:helpful|useful)\??|contact us|"
                          r"privacy (?:notice|policy)|cookies(?: policy)?|accessibility(?: statement)?|(?:©|copyright) .*)$", re.I)
# The headers of a committee system's page ("Agenda and minutes", "Issue - meetings"): furniture before the
# first item; inside an item the same words ("Minutes", "Decision") are section labels.
PAGE_HEADER = re.compile(
    r"""^(?:
        agendas?,?\ meetings\ and\ minutes.* | council\ and\ democracy | council\ meetings | committee\ meetings |
        meetings | calendar | committees | councillors\ and\ committees | agenda(?:,\ decisions)?(?:\ and\ (?:draft\ |signed\ )?minutes)? |
        agenda,\ decisions\ and\ (?:draft\ )?minutes | (?:draft\ |signed\ )?minutes | decisions? |
        decisions\ published | (?:\{\w+\}\ )?issue\ -\ \w.* | issue\ details | meeting\ details | meeting\ summary |
        documents | attendance | items? | agenda\ items | (?:public|private|exempt|standard)\ items | public\ agenda | public\ document\ pack | minutes\ of\ meeting |
        rhaglen(?:,\ penderfyniadau)?\ a\ chofnodion | eitem\ agenda   # the same pages in a Welsh interface
    )$""",
    re.I | re.X,
)
# The head of a committee system's list of items ("No. Item"): the next line is the first item's title.
ITEM_LIST_HEADER = re.compile(r"^(?:no\.?\s*(?:\|\s*)?item\b.*|items|(?:item(?:\s+no\.?)?|minute\s+no\.?|min\.?\s+no\.?)\s*\|?\s*"
                              r"(?:title|subject|description|item)(?:\s*\|?\s*\w+){0,2})$", re.I)
# Tails that committee systems put after a title or paragraph: the PDF link (or what is left of it where an excerpt
# was cut short: "pdf ico", "pdf icon PDF 127 K"), a page range, the "view the full text" link.
# An agenda's note on an item's papers: "(report attached)", "(Copies attached)", "(Correspondence attached)", "(to follow)",
# "(To be tabled)", "(Circulated separately)", and "(to follow" left unclosed at a line's end (no other: a wrapped
# sentence's "(as circulated" goes on in the next line).
PAPERS_NOTE = r"(?:\((?:[A-Za-z]+\s){0,2}(?:attached|enclosed|to\sfollow|herewith|circulated(?:\sseparately)?|tabled)\)|\(to\sfollow$)"
# A contents entry's dot leader ("NEXT MEETING ...... 3"), and a committee system's link to a paper ("PDF 84 KB").
DOT_LEADER = r"(?:\.\s?){4,}"
PDF_LINK = r"PDF\s+\d+(?:\.\d+)?\s?[KM]B"
# A committee system's link to an item's report at a line's end: "Budget Monitoring pdf icon PDF 118 KB".
LINKED_AT_END = re.compile(rf"\b{PDF_LINK}\s*$", re.I)
TAILS = re.compile(
    rf"\s*(?:{DOT_LEADER}\s*\d{{0,4}}|…{{2,}}\s*\d{{0,4}}|"  # a contents entry's dot leader and page number: "NEXT MEETING ...... 3"
    rf"(?:pdf\s+icon\s*)?{PDF_LINK}|pdf\s+icon(?:\s+PDF(?:\s+\d+(?:\.\d+)?\s?[KM]?)?)?|pdf\s+ic?o?|\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)|(?:\.\.\.|…)?\s*view the full (?:minutes|decision|agenda)?\s?"
    r"text for item \S+|View directions|\(\s*agenda\s+item\s+\d{1,3}[a-z]?\s*\)|"  # "Public Participation (Agenda item 2)"
    r"\((?:pdf|docx?|xlsx?|odt|word|excel)[,\s]\s*\d+(?:\.\d+)?\s?[km]b\)|"  # a council website's link: "(PDF, 210KB)"
    # an agenda's notes on an item's papers, as many as it gives: "(report attached) (addendum attached)", "(to follow)"
    rf"{PAPERS_NOTE}(?:\s*{PAPERS_NOTE})*)\s*$",
    re.I,
)


# A heading over who attended: "Present", "Members present:", "Officers in attendance", "Sederunt".
ATTENDANCE_HEADING = (r"(?:(?:members|councillors|officers|officials|staff|also|others?)\s+)?present"
                      r"|(?:officials\s+|officers\s+|also\s+)?in\s+attendance|attendance|sederunt")

# What a paper calls itself, not a body: "Minutes", "Agenda and minutes", "Draft minutes", "Record of decisions".
PAPER_NAME = (r"(?:(?:open|confirmed|unconfirmed|draft|public|signed|printed)\s+)?(?:minutes|agenda|decisions|record\s+of\s+decisions)"
              r"(?:\s+(?:of|and)\s+(?:the\s+)?(?:meeting|decisions|minutes))?")

# The next meeting, named where a paper dates it ("Date of next meeting: 14 July 2024"): never this paper's meeting.
NEXT_MEETING = r"\bnext\s+meeting\b"

# Where the agenda's note on an item starts after its title: "To receive apologies ...", "Report of the Director ...",
# "Members should declare ...", "The Cabinet Committee is asked to note ...".
AGENDA_NOTE = (r"\s+(?=To\s+[a-z]{3,}\b|Report\s+(?:of|by)\s+the\b|Report\s+for\s+(?:decision|information|noting|approval|discussion)\b|There\s+(?:was|were|is|are|had\s+been)\b|Members\s+(?:are|should|will|must|may)\b|(?:The|This|These|It)\s+(?:[\w&'’-]+\s+){0,4}"
               r"(?:is|was|were|are|has|had|have|will|would|noted|received|considered|agreed|asked|resolved)\b)")


# A tail is short and at the line's end: searching only the line's last characters keeps a long line (a PDF's wall of
# text) from being scanned at every position for every alternative.
_TAIL_WINDOW = 600


_TAIL_HINT = re.compile(r"\.\s?\.\s?\.\s?\.|…|pdf|\(|view", re.I)  # what every tail holds; most lines hold none of it


# A link's icon named before its text, where the link ends in the file's size: "3 pdf Minutes (233Kb)" (CMIS). Both
# leave the line's core; a size alone stays ("superfast broadband (30Mb)" is a sentence's).
_FILE_SIZE = r"\(\d+(?:\.\d+)?\s?[KM]b\)\s*$"
LINK_ICON = re.compile(rf"\bpdf\s+(?=[A-Z].*{_FILE_SIZE})")
LINK_SIZE = re.compile(rf"\s*{_FILE_SIZE}")


def find_tail(text: str) -> re.Match[str] | None:
    """Where the line's committee-system tail starts ("pdf icon PDF 84 KB", "(Pages 3 - 10)", "....... 3"), if it has one."""
    start = max(0, len(text) - _TAIL_WINDOW)
    return TAILS.search(text, start) if _TAIL_HINT.search(text, start) else None


def without_tail(text: str) -> str:
    found = find_tail(text)
    return text[:found.start()] if found else text

# The last cell of a table row flattened to text, where it is a link to a document: "<tab>Officer report (PDF, 1.2MB)".
LINK_CELL = re.compile(r"(?:\t|\s{3,})(?:(?!\s{3})[^\t]){0,120}\((?:pdf|docx?|xlsx?|word|excel|odt),?\s*\d+(?:\.\d+)?\s?[km]b\)\s*$",
                       re.I)  # (the last cell: no wide gap inside it)

# A planning application's fields: its number, and where it is.
APPLICATION_KEYS = ("application no", "application no.", "application number", "application ref", "application reference")
SITE_KEYS = ("site", "site address", "location")
# A record of decisions' own numbers for them, and each one's title.
DECISION_REF_KEYS = ("decision ref", "decision reference", "decision no", "decision no.", "decision number")
DECISION_TITLE_KEYS = ("title", "decision title", "subject")

# Words that name a body that meets.
COMMITTEE_WORD = re.compile(
    r"\b(?:committee|sub-committee|cabinet|panel|board|forum|council|executive|authority|assembly|commission|"
    r"partnership|group|municipal district|commissioners|(?:local|district|metropolitan)\s+municipality)s?\b",  # "Overview and Scrutiny Sub-Committees", "Michael Commissioners"
    re.I,
)
# A line that ends in a body's word: "VALE OF GLAMORGAN COUNCIL", "Ordinary Council Meeting Agenda ... Council".
BODY_NAME_AT_END = re.compile(rf"(?:{COMMITTEE_WORD.pattern})\W*$", re.I)

# Items every meeting has, named the same way everywhere (with or without a number).
PROCEDURAL_NAMES = (
    r"(?:apolog(?:y|ies)(?:\ for\ absence)?(?:\ and\ substitut\w+)?|apologies\ and\ welcome|"
    r"(?:declarations?|disclosures?|conflicts?)\ of\ (?:personal\ |pecuniary\ |disclosable\ )*interests?|"
    r"(?:confirmation|approval|adoption)\ of\ (?:the\ )?(?:draft\ |previous\ |last\ )?minutes|minutes\ of\ (?:the\ )?previous\ meeting|"
    r"(?:approval|adoption)\ of\ (?:the\ )?agenda|"
    r"matters\ arising(?:\ from\ (?:the\ )?(?:previous\ )?minutes)?|"
    r"leave\ of\ absence|acknowledge?ment\ of\ country|(?:opening|commencement)\ of\ (?:the\ )?(?:\w+\ )?meeting|"
    r"statement\ in\ relation\ to\ recording\ of\ meetings|public\ (?:questions|question\ time|participation|forum)|"
    r"members'?\ questions|urgent\ business|any\ other\ business|date\ of\ (?:the\ )?next\ meeting|"
    r"exclusion\ of\ (?:the\ )?(?:press\ and\ )?public|election\ of\ (?:a\ |the\ )?(?:(?:vice|deputy)[-\ ])?(?:chair(?:man|person)?|cathaoirleach|mayor|provost|convener)|"
    r"attendance|present|in\ attendance|welcome\ and\ introductions|chair'?s\ announcements|petitions|"
    r"karakia|(?:opening\ )?prayers?|calling\ of\ the\ roll(?:\ and\ apologies(?:\ for\ absence)?)?|"
    r"call\ to\ order|roll\ call|pledge\ of\ allegiance|invocation|adjournment|"  # a US council's opening and closing items
    # the order of business Western Australia's shires all follow: "DECLARATION OF OPENING/ANNOUNCEMENT OF VISITORS",
    # "RECORD OF ATTENDANCE/APOLOGIES/LEAVE OF ABSENCE", "ANNOUNCEMENTS BY PRESIDING PERSON WITHOUT DISCUSSION"
    r"declaration\ of\ opening(?:\ ?/\ ?announcements?\ of\ visitors)?|"
    r"record\ of\ attendance(?:\ ?/\ ?apologies)?(?:\ ?/\ ?(?:approved\ )?leave\ of\ absence)?|"
    r"applications?\ for\ leave\ of\ absence|response\ to\ previous\ public\ questions\ taken\ on\ notice|"
    r"announcements\ by\ (?:the\ )?presiding\ (?:person|member)(?:\ without\ discussion)?|"
    r"votes?\ of\ (?:sympathy|condolence))"  # recorded before an Irish council's numbered business
)
PROCEDURAL_ITEM = re.compile(rf"^{PROCEDURAL_NAMES}(?:\ \((?:if\ any|if\ required|if\ necessary)\))?$", re.I | re.X)  # "... (if any)"

# A line that names a person, as a list of who attended does: "Councillor Baker,", "Mrs Anne Connolly (Chair)",
# "The Cathaoirleach, Councillor ..." (not "Mayor's Business").
PERSON = re.compile(r"^(?:[•\-–*]\s*)?(?:the\s+)?(?:councill?ors?|cllrs?|crs?|mr|mrs|ms|miss|dr|prof|mayor|deputy\s+mayor|alderman|"
                    r"his\s+worship|her\s+worship|cathaoirleach|provost|bailie)\b\.?(?=,?\s+(?-i:[A-Z]))", re.I)
