"""The one place text is cut into words and sentences, shared by parsing, chunking, ranking and answers.

- `tokens` are what SQLite FTS5's `unicode61 remove_diacritics 2` tokenizer makes: runs of letters and
  digits, lower-cased, accents dropped. `terms` are their Porter stems, as FTS5's `porter` makes them.
  The in-memory BM25 (qa/index/lexical.py), the query's words and the FTS5 phrase match all use these,
  so a word means the same thing wherever it is looked up.
- `sentence_spans` cuts a passage into sentences (paragraph, bullet and table-row breaks count).
- `plain_line` / `display_text` are the text as a person reads it: Markdown and HTML decoration dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into is it its itself just me more most my
    myself no nor not now of off on once only or other our ours ourselves out over own same she should so
    some such than that the their theirs them themselves then there these they this those through to too
    under until up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves did does get got many much us""".split()
)


def _fold(text: str) -> str:
    lowered = text.lower()
    if lowered.isascii():
        return lowered  # nothing to strip: the common case, and the cheap one
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """Lower-cased, accent-free runs of letters and digits: 'Children's £1,207,908' -> children, s, 1, 207, 908."""
    return _TOKEN.findall(_fold(text))


@lru_cache(maxsize=1)
def _porter():
    import snowballstemmer

    return snowballstemmer.stemmer("porter")  # the original Porter algorithm, as FTS5's porter tokenizer


@lru_cache(maxsize=200_000)
def stem(token: str) -> str:
    if len(token) < 3 or len(token) > 64:  # FTS5's porter passes these through unchanged
        return token
    return _porter().stemWord(token)


def terms(text: str) -> list[str]:
    """Stemmed tokens, as FTS5's `porter unicode61 remove_diacritics 2` would index `text`."""
    return [stem(token) for token in tokens(text)]


def term_spans(text: str, wanted: set[str]) -> list[tuple[int, int]]:
    """Where in `text` the words whose stems are in `wanted` stand (the query's words, to show in bold)."""
    if not wanted:
        return []
    return [match.span() for match in _TOKEN.finditer(text) if stem(_fold(match.group())) in wanted]


def content_words(text: str) -> list[str]:
    """Tokens that are not stop words: what a query asks about."""
    return [token for token in tokens(text) if token not in STOPWORDS]


def query_terms(text: str) -> list[str]:
    """The stems a query is ranked by: its content words, stemmed."""
    return [stem(token) for token in content_words(text)]


# --- display form --------------------------------------------------------------------------------
_TAG = re.compile(r"</?(?:b|strong|i|em|u|a|span|font|br|p|div|sup|sub|td|tr|th|table|li|ul|ol|h[1-6]|small)\b[^>]*>", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_DECORATION = re.compile(r"^\s*#{1,6}\s+|\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")


_MARKS = "<[#*_"  # the characters decoration starts with: a tag, a Markdown link, heading, bold or italic


def plain_line(line: str) -> str:
    """A line with Markdown/HTML decoration and non-breaking spaces removed, for matching only."""
    if not any(mark in line for mark in _MARKS):  # most lines: nothing to strip but white space (a third of parse time)
        return " ".join(line.split())
    line = line.replace("\u00a0", " ").replace("\t", " ")
    line = _MD_LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _DECORATION.sub("", line)
    return re.sub(r"\s+", " ", line).strip()


def display_text(text: str) -> str:
    """Passage text as a person reads it: decoration dropped, whitespace folded (lines kept)."""
    return "\n".join(line for line in (plain_line(line) for line in text.splitlines()) if line)


# --- sentences -----------------------------------------------------------------------------------
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "cllr", "no", "nos", "para", "paras", "e.g", "i.e", "etc", "st", "vs",
    "approx", "ref", "fig", "cf", "inc", "ltd", "co", "dept", "min", "max", "p", "pp", "vol", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "cllrs", "a.m", "p.m",
    "cr", "mt", "messrs",
}
_LIST_MARKER = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[ivxlc]{1,6}[.)]|\(?[a-z][.)]|[·•●▪\-–*])$", re.I)
_OPEN_END = re.compile(r"[A-Za-z0-9,£€$%)]$")  # no closing stop: the sentence runs on
_SENTENCE_END = re.compile(
    r"[.!?…]+[\"'’”)\]]*(?=\s+)|\n\s*\n|(?<=:)\s*\n|\n(?=\s*(?:[·•●▪\-–*]|\(?[ivx]{1,4}[.)]|\(?\d{1,2}[.)])\s)"
    r"|\n(?=[^\n]*\S \| \S)|(?<=\|)[ \t]*\n"
)


def ends_sentence(line: str) -> bool:
    """Whether a line ends with a sentence's stop (a quote or bracket may follow), not an abbreviation's ("Cllr.",
    "No.") or an initial's ("J.")."""
    found = re.search(r"(\S*?)[.!?…]+[\"'’”)\]]*$", line)
    if not found:
        return False
    word = found.group(1).lstrip("(\"'‘“").lower()
    return not (line.rstrip("\"'’”)]").endswith(".") and (word in _ABBREVIATIONS or len(word) == 1))


def sentence_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets within `text` (shifted by `offset`), never empty, no outer spaces.

    A list marker alone ("1.", "(ii)") joins the sentence it numbers, and a break inside a clause (a paper
    that prints a blank line between every line: "... an approximate value of" / "€6m over ...") is not
    a sentence end."""
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
    joined: list[tuple[int, int]] = []
    for span in spans:
        if joined:
            previous = text[joined[-1][0] : joined[-1][1]]
            following = text[span[0] : span[1]]
            marker = _LIST_MARKER.match(previous.strip())
            runs_on = (_OPEN_END.search(previous) and re.match(r"[a-z0-9£€$]", following)
                       and not following.startswith("|") and not previous.rstrip().endswith("|"))
            if marker or runs_on:
                joined[-1] = (joined[-1][0], span[1])
                continue
        joined.append(span)
    return [(s + offset, e + offset) for s, e in joined]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_TABLE_RULE = re.compile(r"^[|:\-+ ]*-{3,}[|:\-+ ]*$\n?", re.M)  # a Markdown table's |---|---| line


def display_sentence_spans(text: str) -> list[tuple[tuple[int, int], str]]:
    """A passage's sentences that have words to show: (span in `text`, display form). Their display forms are
    what is embedded, one vector each, in this order (qa/ingest.py), and what answer sentences are chosen from."""
    out = []
    for start, end in sentence_spans(text):
        shown = _TABLE_RULE.sub("", display_text(text[start:end])).strip()
        if shown:
            out.append(((start, end), shown))
    return out


def display_sentences(text: str) -> list[str]:
    """A passage's sentences (paragraph, bullet and table-row breaks count), each in display form: each
    is embedded on its own beside the whole passage (a passage scores by its own vector plus its best
    sentence's, qa/retrieve.py)."""
    return [shown for _, shown in display_sentence_spans(text)]
