"""What shape of answer a question asks for ("how much": a sum of money, "how many": a count, "phone number":
a telephone number, "when": a date or time), and how to see that shape in a passage's text. The `shape` ranking
stage (qa/stages.py) and the tests of question shapes read these."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.parse.vocab import MONTH_ABBREVIATED


@dataclass(frozen=True)
class AnswerShape:
    name: str
    question: re.Pattern[str]  # the question asks for this shape
    answer: re.Pattern[str]  # the passage text holds one


_NUMBER_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)"
_MONTH = MONTH_ABBREVIATED

SHAPES: tuple[AnswerShape, ...] = (
    AnswerShape(
        "phone",
        re.compile(r"\b(?:phone|telephone|tel|contact number|ring|call)\b", re.I),
        re.compile(r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b"),
    ),
    AnswerShape("email", re.compile(r"\be-?mail\b", re.I), re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")),
    AnswerShape(
        "money",
        re.compile(r"^\s*how much\b|\b(?:cost|costs|price|funding|budget|grant|spend|spent|overspend|underspend|savings?|amount)\b", re.I),
        re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand|pounds)\b", re.I),
    ),
    AnswerShape(
        "percentage",
        re.compile(r"\b(?:percent(?:age)?|per cent|proportion|rate)\b|%", re.I),
        re.compile(r"\d\s?(?:%|per\s?cent|percent|percentage points?)", re.I),
    ),
    AnswerShape(
        "count",
        re.compile(r"^\s*(?:how many|what number of)\b|(?<!phone )(?<!telephone )(?<!contact )(?<!reference )\bnumber of\b", re.I),
        # a number counting something ("32 other authorities", "eleven recommendations"), not a date or an item number
        re.compile(rf"(?i:\b(?:\d[\d,]*|{_NUMBER_WORDS}))\s+(?:(?i:other|more|new|additional|further)\s+)?[a-z]{{3,}}"),
    ),
    AnswerShape(
        "date",
        re.compile(r"^\s*when\b|\b(?:what|which) (?:date|day|year|time)\b|\bdeadline\b|\bby when\b|\bhow long\b", re.I),
        re.compile(
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|\b{_MONTH}\s+\d{{4}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b"
            r"|\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)\b|\b(?:19|20)\d{2}\b|\bworking days?\b|\b\d+\s+(?:days|weeks|months|years)\b",
            re.I,
        ),
    ),
)


def asked_shapes(question: str) -> tuple[AnswerShape, ...]:
    return tuple(shape for shape in SHAPES if shape.question.search(question))
