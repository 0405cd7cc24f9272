"""What a person typed, read as a query: quoted phrases, an item look-up ("item 283"), the words to rank by."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from qa.errors import BadQuery, EmptyQuery
from qa.parse.vocab import ITEM_NUMBER
from qa.records import MODES, Query
from qa.text import content_words

MAX_QUERY_CHARS = 1000
MAX_K = 100

_PHRASE = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
# "item 283", "minute 221", "agenda item 4 budget", "283." — the number of an agenda item.
_ITEM_LOOKUP = re.compile(
    rf"^\s*(?:(?:agenda\s+)?item|minute|min\.?)\s*(?:no\.?\s*)?(?P<num>{ITEM_NUMBER})\b\.?(?P<rest>.*)$"
    rf"|^\s*(?P<bare>{ITEM_NUMBER})\.\s*(?P<rest2>.*)$",
    re.I,
)


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # as typed
    semantic: str  # phrases unquoted: what is embedded and ranked
    phrases: tuple[str, ...]  # must appear verbatim
    item_number: str | None  # "item 283" looks the item up
    item_hint: str  # words after the number ("agenda item 4 budget")

    @property
    def only_phrases(self) -> bool:
        """Nothing to rank by but the phrases themselves: answer in document order."""
        return bool(self.phrases) and not content_words(_PHRASE.sub(" ", self.text))


def parse_query(text: str) -> ParsedQuery:
    phrases = tuple(p.strip() for p in _PHRASE.findall(text) if p.strip())
    semantic = _PHRASE.sub(lambda m: m.group(1), text).strip()
    lookup = _ITEM_LOOKUP.match(text)
    number = hint = None
    if lookup:
        number = lookup.group("num") or lookup.group("bare")
        hint = (lookup.group("rest") or lookup.group("rest2") or "").strip()
    return ParsedQuery(text, semantic, phrases, number, hint or "")


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """A phrase matched verbatim, case-insensitively, across any run of white space or markup."""
    parts = [re.escape(w) for w in phrase.split()]
    return re.compile(r"(?:\W|\*\*|<[^>]+>)+".join(parts) if len(parts) > 1 else parts[0], re.I)


def check_text(value: object, what: str) -> str:
    """Text a person sent: a string without lone surrogates (which no encoder accepts). Refused, not repaired,
    so that what is searched is what was sent."""
    if not isinstance(value, str):
        raise BadQuery(f"{what} must be text, not {type(value).__name__}")
    if _SURROGATE.search(value):
        raise BadQuery(f"{what} holds a lone surrogate ({_SURROGATE.search(value).group()!a}), which is not text; "
                       "send it as UTF-8")
    return value


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_query(query: Query, max_chars: int = MAX_QUERY_CHARS) -> Query:
    """The query as given, or a BadQuery/EmptyQuery saying what to change."""
    text = check_text(query.text if query.text is not None else "", "the query").strip()
    if not text:
        raise EmptyQuery("the query is empty; type a question or some words to look for")
    if len(text) > max_chars:
        raise BadQuery(f"the query is {len(text)} characters long; keep it under {max_chars}")
    k = check_k(query.k)
    if query.mode not in MODES:
        raise BadQuery(f"mode must be one of {', '.join(MODES)}, not {query.mode!r}")
    for name, value in query.filters.public().items():
        check_text(value, name)
    return Query(text, k, query.filters.validated(), query.mode)


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, float)) or (isinstance(k, float) and not math.isfinite(k)):
        raise BadQuery(f"k must be a whole number between 1 and {MAX_K}, not {k!r}")
    if k != int(k) or not 1 <= k <= MAX_K:
        raise BadQuery(f"k must be between 1 and {MAX_K}, not {k}")
    return int(k)
