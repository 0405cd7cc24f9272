"""Hard-wrapped text: a PDF's text layer, or a plain-text copy saved at 72 or 80 columns, breaks every paragraph
and every long title into lines of nearly equal length. Read line by line, a title wrapped over two lines is a
heading and a stray line of text, and a paragraph's short last line looks like a heading of its own.

Here those lines are joined back into the lines the author wrote, as spans of the source (a joined span holds
its line breaks, so offsets still index the paper). A paper is taken to be wrapped where its longest lines (all
but the longest 2%) share one width and many lines come near it. Two lines are joined where the first is long
enough that the second's first word would not have fitted after it, and the second does not start something of
its own (a numbered item, a bullet, a label, a field, a heading in capitals, a sentence after a stop). Across one
blank line (a converter that makes every printed line a paragraph), and in a paper too short to show its width,
the first line must also plainly run on (into a lower-case word, or ending on a small word or a comma).
"""

from __future__ import annotations

import re

from qa.parse import vocab
from qa.text import STOPWORDS, ends_sentence, plain_line

Span = tuple[int, int]

# Widths a paper is wrapped at (characters): narrower is a table's column, wider is not wrapping.
MIN_WIDTH, MAX_WIDTH = 40, 130
# A wrapped paper: at least this many lines, and this share of them, within 80% of its width.
MIN_NEAR_LINES, MIN_NEAR_SHARE = 6, 0.12
# A wrapped line reaches at least MIN_FILL of the width, and its next word would take it past FIT of the width
# (proportional fonts and justified text make the measure in characters loose; a line in capitals holds fewer
# characters still, CAPITALS_FIT of a line in mixed case).
MIN_FILL, FIT, CAPITALS_FIT = 0.7, 0.85, 0.8

_STARTS_OWN_LINE = re.compile(
    r"^(?:[·•●▪◦‣∙\-–*]\s"  # a bullet
    rf"|\(?(?:{vocab.ITEM_REF}|[ivxlc]{{1,5}}|[a-z])[.):]\s"  # "6. Budget", "(a) ...", "iv) ...", "HWB/23/4:"
    rf"|(?:{vocab.ROMAN})[.)]\s"
    r"|[(\[]?\d{1,3}(?:\.\d{1,2})?[a-z]?[.)\]]?$"  # an items table's number alone: "52." (not a year, "2022")
    rf"|(?:{vocab.LABELS})\s*(?:[:\-–]|$)"  # "RESOLVED:", "Minutes:"
    rf"|(?:{vocab.METADATA_KEYS})\s*:"  # "Report author: ..."
    r"|[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:-?\s"  # any field: "Attachments: Staff Report", "Present:- ..."
    r"|(?:agenda\s+)?item\s+\d"
    r"|page\s+\d+(?:\s+of\s+\d+)?\s*$)", re.I)
_NUMBERED = re.compile(rf"^(?:{vocab.ITEM_REF}|\d{{1,4}}/\d{{2,4}})[.):]?\s+\S")  # "23/043 To approve the minutes ..."


def _longest(lengths: list[int]) -> int:
    """The length all but the longest 2% of lines stay within (lengths sorted)."""
    return lengths[int(0.98 * (len(lengths) - 1))] if lengths else 0


def wrap_width(lines: list[str]) -> int | None:
    """The width a paper's lines (stripped) were wrapped at, or None where they were not: the length that all but
    the longest 2% of lines stay within, if enough lines come within 80% of it."""
    lengths = sorted(len(line) for line in lines if line)
    if len(lengths) < 12:
        return None
    width = _longest(lengths)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    near = sum(1 for length in lengths if 0.8 * width <= length <= width)
    return width if near >= MIN_NEAR_LINES and near >= MIN_NEAR_SHARE * len(lengths) else None


def _case(line: str) -> str | None:
    """"upper" for a line in capitals ("APOLOGIES FOR ABSENCE"), "mixed" for one in mixed case, None for too few
    words to tell ("6.30 PM", a postcode's "DH1 3RB")."""
    if sum(1 for word in line.split() if len(word) > 1 and word.isalpha()) < 2:
        return None
    return "upper" if all(c.isupper() for c in line if c.isalpha()) else "mixed"


def _runs_on(first: str, second: str) -> bool:
    """Plain evidence that `first` stops mid-sentence: `second` starts in lower case, or `first` ends on a small
    word ("of", "the") or a comma, a hyphen or an ampersand."""
    last = first.split()[-1].lower()
    return second[0].islower() or last in STOPWORDS or last[-1] in ",;-–&/" or _date_split(first, second)


_DAY_AT_END = re.compile(rf"\b(?:{vocab.WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?$", re.I)
_MONTH_AT_END = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{vocab.MONTH_PATTERN},?$", re.I)


def _date_split(first: str, second: str) -> bool:
    """A date broken over two lines: "... held on Tuesday 28" / "July 2015", "... on 26 September" / "2019 at ..."."""
    if not (first.rstrip(",")[-1:].isalnum() and second[:1] in "JFMASONDjfmasond12"):
        return False  # most lines: no day or month at the end, no month or year at the start
    return bool(_DAY_AT_END.search(first) and re.match(rf"{vocab.MONTH_PATTERN}\b", second, re.I)
                or _MONTH_AT_END.search(first) and re.match(r"(?:19|20)\d\d\b", second))


def _continues(first: str, second: str, width: int) -> bool:
    """Whether `second` is the wrapped rest of `first` (both stripped)."""
    if not first or not second or len(first) < MIN_FILL * width or len(first) > 1.2 * width:
        return False
    fit = FIT * width * (CAPITALS_FIT if _case(first) == "upper" else 1)
    if len(first) + 1 + len(second.split()[0]) <= fit:
        return False  # its first word would have fitted on the line above: the line above ended there
    if _NUMBERED.match(first) and len(first.split()) < 15 and second[0].isupper() and ends_sentence(second):
        return False  # a numbered heading, then a sentence of its own (a title's rest does not end in a full stop)
    if _STARTS_OWN_LINE.match(second):
        return False
    cases = _case(first), _case(second)
    if None not in cases and cases[0] != cases[1]:
        return False  # a heading in capitals and the text under it (or text and a heading)
    if first.endswith(":") and not second[0].islower() and len(second) < MIN_FILL * width:
        return False  # a lead-in and the first entry of its list
    if vocab.find_tail(first):
        return False  # a title's link ends it: "Licensing Applications ... pdf icon PDF 111 KB"
    opener = second.split()[0]
    if opener[0].isupper() and not opener.isupper() and opener.lower() in STOPWORDS:
        return False  # "The board received ...": a sentence starts, so the line above (unstopped) was a heading
    if ends_sentence(first):
        return False  # a sentence ended: what follows may be a heading, a label, the next item; joining text gains little
    return True


_BREAKS_OFF = {"the", "a", "an", "of", "to", "from", "by", "with", "for", "in", "on", "at", "and", "or", "that", "which"}


def _breaks_off(first: str, second: str) -> bool:
    """`first` cannot end where it does, on an article, a preposition or a conjunction; it is text, not a heading in
    capitals, a label or a link; and `second` starts nothing of its own. (A line before one that starts in small
    letters may still end there: "Minutes of the Infrastructure Committee" / "held in the Council Chamber ...".)"""
    last_word = first.rsplit(None, 1)[-1] if first else ""
    # (in capitals too, bar a letter that may be a part's name: "DISCUSSION/ADJUSTMENT OF" / "AGENDA", not "PART A")
    if not second or (last_word not in _BREAKS_OFF and not (len(last_word) > 1 and last_word.isupper()
                                                            and last_word.lower() in _BREAKS_OFF)):
        return False  # (most lines: the cheap test first)
    if ends_sentence(first) or first.endswith(":") or vocab.find_tail(first):
        return False
    return not (_STARTS_OWN_LINE.match(second) or _case(first) == "upper" and _case(second) != "upper"
                and not (second.isupper() and len(second.split()) == 1))  # ("APPROVAL OF" / "AGENDA")


def _heading_broken(first: str, second: str) -> bool:
    """A short heading the page's source broke after its first word or two, the rest starting with a small word or a
    slash: "Acknowledgement" / "of RELIGIOUS DIVERSITY", "APOLOGIES" / "/ leave of absence"."""
    if not (second[:1].islower() or second[:1] == "/") or not first[-1:].isalpha():
        return False  # (most lines: the cheap test first)
    rest = second.split()
    return (len(first.split()) <= 2 and first[:1].isupper() and (rest[0] in _BREAKS_OFF or rest[0] == "/")
            and len(rest) <= 8 and not ends_sentence(second)
            and rest[-1] not in _BREAKS_OFF)  # ("Minutes" / "of a meeting of the" / "Cabinet": read as a whole)


def _capitals_run_on(first: str, second: str) -> bool:
    """Both lines in capitals, the second perhaps one word: "F. PUBLIC HEARING ... DWELLING UNIT" / "REGULATIONS"."""
    return _case(first) == "upper" and (_case(second) == "upper" or bool(re.fullmatch(r"[A-Z][A-Z'’-]{2,}", second)))


def _double_spaced(stripped: list[str]) -> bool:
    """A paper with a blank line after every line (a PDF converted line by line into paragraphs): at least four
    in five of the gaps between its lines are one blank line."""
    lines = [i for i, line in enumerate(stripped) if line]
    gaps = [b - a - 1 for a, b in zip(lines, lines[1:])]
    return len(gaps) >= 12 and sum(1 for gap in gaps if gap == 1) >= 0.8 * len(gaps)


def reflow(text: str, spans: list[Span]) -> list[Span]:
    """The spans of the text's lines with each wrapped run of lines joined into one span. In a double-spaced paper
    one blank line is a line break and two end a paragraph. Where the text as a whole is not seen to be wrapped
    (a short paper gives few signs), only a line that plainly runs on is joined ("... Attendance" / "had returned
    to ..."), or a heading in capitals that fills a line and runs on into another line in capitals:
    "P/047/2023 DECLARATIONS OF INTEREST IN ACCORDANCE WITH" / "PLANNING CODE OF PRACTICE PARAGRAPH 19"."""
    stripped = [plain_line(text[a:b]) for a, b in spans]  # "**Item 2:**" is read as "Item 2:"
    width = wrap_width(stripped)
    capitals_only = width is None
    if capitals_only:
        width = _longest(sorted(len(line) for line in stripped if line))
        if width < MIN_WIDTH:
            return spans
    gap = 1 if _double_spaced(stripped) else 0
    joined: list[Span] = []
    last = None  # index of the last line that is not blank
    for i, (start, end) in enumerate(spans):
        if not stripped[i]:
            joined.append((start, end))
            continue
        first, second = stripped[last] if last is not None else "", stripped[i]
        joins = (last is not None and i - last - 1 <= gap and _continues(first, second, width)
                 and (_runs_on(first, second)  # plain evidence: enough across a blank line, or in a short paper
                      or (i - last == 1 and (not capitals_only or _capitals_run_on(first, second)))))
        # a line that breaks off mid-phrase is one line with the next whatever the width, as a page's source wraps its
        # text at random ("Father Smith from the" / "Catholic Cathedral opened ...")
        joins = joins or (last is not None and i - last == 1 and (_breaks_off(first, second) or _heading_broken(first, second)))
        # a date broken over two lines is one line whatever the width ("... held on Tuesday 28" / "" / "July 2015")
        joins = joins or (last is not None and i - last - 1 <= 1 and _date_split(first, second) and not ends_sentence(first)
                          and "\t" not in text[spans[last][0]:spans[last][1]])  # (not a table's row: its cells say where it ends)
        if joins and text.count("\t", spans[last][0], spans[last][1]) >= 2 and text.count("\t", start, end) >= 2:
            joins = False  # a table's row of three cells or more ("10:10<tab>3<tab>... Chair<tab>A"), then its next row
        if joins:
            del joined[len(joined) - (i - last - 1):]  # the blank line between, now inside the joined span
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
        last = i
    return joined
