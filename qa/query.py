"""What a person typed, read as a query.

The syntax is the one TheyWorkForYou and CourtListener users know, and the same in the search box, the
API's `q` and the CLI:

- `"exact phrase"`: passages must hold it verbatim; `-word` and `-"phrase"`: passages must not.
- `committee:"Planning Committee"`, `kind:resolution`, `paper:SOURCE`, `from:2019-01-01`, `to:2020`
  (OPERATORS): the filter fields by another name, ANDed with them and with each other.
- "item 283" / "minute 221" / "283." looks an agenda item up by its number.
- everything else is the question: embedded and ranked by.

An operator is `name:value` with no space after the colon; a word with a colon that is not one ("2020:21",
"re: housing", a link) is just a word, while an unknown `name:value` is refused (BadOperator, 400) so a
typo never silently searches for the wrong thing. Values are bound as SQL parameters and phrases reach
FTS5 only as quoted runs of letters and digits (qa/retrieve.py), so no syntax a person types is run.
"""

from __future__ import annotations

import calendar
import difflib
import math
import re
from dataclasses import dataclass, replace

from qa.errors import BadOperator, BadQuery, EmptyQuery
from qa.parse.vocab import ITEM_NUMBER
from qa.records import GROUPS, KINDS, MODES, Filters, Query
from qa.text import content_words

MAX_QUERY_CHARS = 1000
MAX_K = 100


@dataclass(frozen=True)
class Operator:
    name: str
    field: str  # the qa.records.Filters field it sets
    help: str
    example: str


OPERATORS = (
    Operator("committee", "committee", "papers whose committee contains this text (quote it if it has spaces)",
             'committee:"Planning Committee"'),
    Operator("kind", "kind", f"passages of this kind: {', '.join(KINDS)}", "kind:resolution"),
    Operator("paper", "source", "only this paper, by its file name", "paper:minutes-2020-05.txt"),
    Operator("from", "after", "meetings on or after this date; a year or a month alone means its first day",
             "from:2019-01-01"),
    Operator("to", "before", "meetings on or before this date; a year or a month alone means its last day", "to:2020"),
)
# The filter fields' own names work too ("source:", "after:", "before:"): they mean the same thing.
_BY_NAME = {op.name: op for op in OPERATORS} | {op.field: op for op in OPERATORS}

_QUOTES = "\"“”"
_PIECE = re.compile(
    r"""(?P<operator>(?<!\S)(?P<negated>-)?(?P<name>[A-Za-z][A-Za-z_]*):(?!//)(?P<value>[\"“][^\"“”]*[\"”]|[^\s\"“”]+))
      | (?P<phrase>(?<![^\s(])(?P<excluded>-)?[\"“](?P<words>[^\"“”]*)[\"”])
      | (?P<minus>(?<!\S)-(?P<word>[^\W\d_][\w'’-]*))""",
    re.X,
)
# "item 283", "minute 221", "agenda item 4 budget", "283." — the number of an agenda item.
_ITEM_LOOKUP = re.compile(
    rf"^\s*(?:(?:agenda\s+)?item|minute|min\.?)\s*(?:no\.?\s*)?(?P<num>{ITEM_NUMBER})\b\.?(?P<rest>.*)$"
    rf"|^\s*(?P<bare>{ITEM_NUMBER})\.\s*(?P<rest2>.*)$",
    re.I,
)


@dataclass(frozen=True)
class ParsedQuery:
    text: str  # as typed
    semantic: str  # the question: operators and exclusions taken out, phrases unquoted; what is embedded and ranked
    phrases: tuple[str, ...] = ()  # must appear verbatim
    excluded: tuple[str, ...] = ()  # words (any form of them) or phrases (verbatim) that must not appear
    filters: Filters = Filters()  # what the operators ask for
    item_number: str | None = None  # "item 283" looks the item up
    item_hint: str = ""  # words after the number ("agenda item 4 budget")

    @property
    def nothing_to_rank(self) -> bool:
        """Only phrases or operators, no words of a question: the matching passages are listed, not ranked."""
        return not content_words(self.question_words) and bool(self.phrases or self.filters.active)

    @property
    def question_words(self) -> str:
        """The words outside phrases."""
        return _PIECE.sub(" ", self.text)

    @property
    def constraints(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return self.phrases, self.excluded


def parse_query(text: str) -> ParsedQuery:
    """The query's parts; BadOperator if an operator is unknown or its value is not valid."""
    phrases: list[str] = []
    excluded: list[str] = []
    values: dict[str, str] = {}
    committees: list[str] = []

    def take(match: re.Match[str]) -> str:
        if match.group("operator"):
            name = match.group("name").lower()
            operator = _BY_NAME.get(name)
            if operator is None:
                close = difflib.get_close_matches(name, list(_BY_NAME), n=1)
                hint = f" (did you mean {close[0]}:?)" if close else ""
                raise BadOperator(f"unknown operator {match.group('name')}:{hint}; operators are "
                                  f"{', '.join(op.name + ':' for op in OPERATORS)}; to search for the text itself, "
                                  f"put it in quotes or a space after the colon")
            if match.group("negated"):
                raise BadOperator(f"-{name}: cannot be negated; only words and \"phrases\" can be excluded with -")
            value = match.group("value").strip(_QUOTES).strip()
            if not value:
                raise BadOperator(f"{name}: needs a value, e.g. {operator.example}")
            if operator.field == "committee":
                committees.append(value)
            elif operator.field in values and values[operator.field] != value and operator.field in ("kind", "source"):
                values[operator.field] = _CONFLICT
            else:
                values[operator.field] = _narrower(operator.field, values.get(operator.field), value)
            return " "
        if match.group("phrase"):
            words = match.group("words").strip()
            if words:
                (excluded if match.group("excluded") else phrases).append(words)
            return " " if match.group("excluded") else f" {words} "
        excluded.append(match.group("word"))
        return " "

    semantic = " ".join(_PIECE.sub(take, text).split())
    filters = _operator_filters(values, committees)
    lookup = _ITEM_LOOKUP.match(semantic)
    number = hint = None
    if lookup:
        number = lookup.group("num") or lookup.group("bare")
        hint = (lookup.group("rest") or lookup.group("rest2") or "").strip()
    parsed = ParsedQuery(text, semantic, tuple(phrases), tuple(excluded), filters, number, hint or "")
    if not content_words(semantic) and not parsed.phrases and not filters.active:
        if excluded:
            raise EmptyQuery("the query only excludes; add words or \"a phrase\" to look for")
    return parsed


_CONFLICT = "\0conflict"  # two different kinds or papers asked at once: nothing can match both


def _narrower(field: str, old: str | None, value: str) -> str:
    """A paper's name as given; for a date, the whole date, and of two for the same bound the tighter (AND)."""
    if field not in ("after", "before"):
        return value
    name = {"after": "from", "before": "to"}[field]
    new = date_bound(value, end=field == "before")
    if new is None:
        raise BadOperator(f"{name}: takes a date like 2019-01-31, 2019-01 or 2019, not {value[:40]!r}")
    if old is None:
        return new
    return max(old, new) if field == "after" else min(old, new)


def _operator_filters(values: dict[str, str], committees: list[str]) -> Filters:
    nothing = any(v == _CONFLICT for v in values.values())
    clean = {k: v for k, v in values.items() if v != _CONFLICT}
    if "kind" in clean:
        clean["kind"] = clean["kind"].lower()
        if clean["kind"] not in KINDS:
            raise BadOperator(f"kind:{clean['kind']} is not a kind; kinds are {', '.join(KINDS)}")
    return Filters(**clean, committee=committees[0] if committees else None, committees_also=tuple(committees[1:]),
                   nothing=nothing)


_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def date_bound(value: str, end: bool) -> str | None:
    """'2019' -> 2019-01-01 (or 2019-12-31 as an end), '2019-02' -> 2019-02-01 (or -28), '2019-02-03' as is;
    None if it is not a date."""
    found = _DATE.fullmatch(value.strip())
    if not found:
        return None
    year, month, day = int(found.group(1)), found.group(2), found.group(3)
    try:
        if month is None:
            return f"{year:04d}-12-31" if end else f"{year:04d}-01-01"
        month_number = int(month)
        last = calendar.monthrange(year, month_number)[1]
        day_number = int(day) if day is not None else (last if end else 1)
        if not 1 <= day_number <= last:
            raise ValueError
        return f"{year:04d}-{month_number:02d}-{day_number:02d}"
    except (ValueError, calendar.IllegalMonthError):
        return None


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
    """The query as given, its filters checked and their dates made whole, or a BadQuery/EmptyQuery saying what
    to change."""
    text = check_text(query.text if query.text is not None else "", "the query").strip()
    if not text:
        raise EmptyQuery("the query is empty; type a question or some words to look for")
    if len(text) > max_chars:
        raise BadQuery(f"the query is {len(text)} characters long; keep it under {max_chars}")
    k = check_k(query.k)
    if query.mode not in MODES:
        raise BadQuery(f"mode must be one of {', '.join(MODES)}, not {query.mode!r}")
    if query.group not in GROUPS:
        raise BadQuery(f"group must be one of {', '.join(GROUPS)}, not {query.group!r}")
    for name, value in query.filters.public().items():
        check_text(value, name)
    filters = query.filters
    for name in ("after", "before"):
        value = getattr(filters, name)
        if isinstance(value, str):
            whole = date_bound(value, end=name == "before")
            if whole is None:
                raise BadQuery(f"{name} must be a date like 2017-01-31 (or 2017-01, or 2017), not {value[:40]!r}")
            filters = replace(filters, **{name: whole})
    return replace(query, text=text, k=k, filters=filters.validated())


def check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, float)) or (isinstance(k, float) and not math.isfinite(k)):
        raise BadQuery(f"k must be a whole number between 1 and {MAX_K}, not {k!r}")
    if k != int(k) or not 1 <= k <= MAX_K:
        raise BadQuery(f"k must be between 1 and {MAX_K}, not {k}")
    return int(k)
