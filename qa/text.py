"""Small text utilities shared by chunking, indexing and search: sentences, words, display form."""

from __future__ import annotations

import re

from qa.parse import plain_line

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "cllr", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "st", "vs",
    "approx", "ref", "fig", "cf", "inc", "ltd", "co", "dept", "min", "max", "p", "pp", "vol", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "cllrs",
}
_SENTENCE_END = re.compile(r"[.!?…]+[\"'’”)\]]*(?=\s+)|\n\s*\n|(?<=:)\s*\n|\n(?=\s*(?:[·•●▪\-–*]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)])\s)|\n(?=[^\n]*\S \| \S)|(?<=\|)[ \t]*\n")
_WORD = re.compile(r"[A-Za-z0-9£$€%][A-Za-z0-9£$€%'’/.,-]*[A-Za-z0-9%]|[A-Za-z0-9£]")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves did does get got many much us""".split()
)


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within `text` (shifted by `offset`), never empty, no outer spaces."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if text[end - 1 : end] == "." and match.group().strip() == ".":
            word = re.search(r"([A-Za-z.]+)\.$", text[max(0, end - 12) : end])
            if word and (word.group(1).lower() in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        if re.search(r"\w", text[start:end]):
            spans.append(_trim(text, start, end))
            start = end
    if re.search(r"\w", text[start:]):
        spans.append(_trim(text, start, len(text)))
    return [(s + offset, e + offset) for s, e in spans]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def display_text(text: str) -> str:
    """Passage text as a person reads it: decoration dropped, whitespace folded (lines kept)."""
    lines = [plain_line(line) for line in text.splitlines()]
    folded = "\n".join(line for line in lines if line)
    return folded


def words(text: str) -> list[str]:
    """Lower-cased word tokens (numbers and money kept: '£1,207,908', '2020/21')."""
    return [w.lower().strip(".,") for w in _WORD.findall(text.replace("\u00a0", " "))]


def content_words(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and w]
