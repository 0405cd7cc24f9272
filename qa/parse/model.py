"""What the parser finds: a paper's items and blocks, and the openers that start items, with the small
helpers every part of the item builder shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.parse import vocab
from qa.parse.lines import Kind, Line


@dataclass(frozen=True)
class Item:
    number: str | None
    title: str
    start: int
    preamble: bool = False  # the paper's opening matter (meeting details, attendance), not an agenda item
    meeting_date: str | None = None  # where a paper records several meetings (an issue page), each item's own
    committee: str | None = None


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    item: int
    section: tuple[str, ...]
    bullet: bool = False


@dataclass(frozen=True)
class Opener:
    line: int
    number: str | None
    title: str
    consumed: tuple[int, ...] = ()  # the lines that are the title, not text
    body_start: int | None = None  # where the body begins on the opener's own line (a run-in heading)
    strength: int = 3  # 3 explicit, 2 numbered heading, 1 unnumbered heading
    meeting: tuple[str, str] | None = None  # (date as written, committee) of the meeting line that opened it
    again: bool = False  # a marker of an item already opened ("Item 56." in the transcript after the list): its text goes there


STRONG, NUMBERED_HEADING, UNNUMBERED_HEADING = 3, 2, 1


def next_content(lines: list[Line], index: int, limit: int = 6) -> int | None:
    for j in range(index + 1, min(index + 1 + limit, len(lines))):
        if lines[j].kind not in (Kind.BLANK, Kind.FURNITURE):
            return j
    return None


def previous_content(lines: list[Line], index: int, limit: int = 6) -> int | None:
    """The nearest line above `index` (within `limit`) that is neither blank nor furniture, as next_content below it."""
    for j in range(index - 1, max(-1, index - 1 - limit), -1):
        if lines[j].kind not in (Kind.BLANK, Kind.FURNITURE):
            return j
    return None


def top_number(number: str | None) -> int | None:
    """The count an item number starts with: 12 for '12.3' or 'CAB/12', 4 for 'IV', 3 for 'C'."""
    digits = re.search(r"\d+", number or "")
    if digits:
        return int(digits.group())
    if number and re.fullmatch(vocab.ROMAN, number):
        return vocab.roman_value(number)
    return ord(number) - ord("A") + 1 if number and re.fullmatch(r"[A-Z]", number) else None  # "C": US minutes' sections


def bare_number(number: str | None) -> str:
    """An item number less its decoration, to tell whether two name the same item: '*42' and '42', 'S-56' and
    '56', '56.' and '56' do; '4a' and '4b' do not."""
    folded = re.sub(r"[\s.:]+$", "", (number or "").strip()).casefold()
    return re.sub(r"^[*]?[a-z]?-?(?=\d)", "", folded)
