"""The shapes that flow through the pipeline, one per layer: a passage with its citation, the filters a
search takes (declared once: the CLI, the API, the page and the eval derive theirs from FILTER_FIELDS),
a query, and its ranked results."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from urllib.parse import quote

from qa.errors import BadQuery
from qa.text import display_sentences, display_text

KINDS = ("resolution", "recommendation", "minutes", "report", "summary", "details")
MODES = ("hybrid", "dense", "lexical")  # hybrid is the product; the others measure each ranker alone
GROUPS = ("passage", "item")  # one result per passage, or per agenda item with its best passages


@dataclass(frozen=True, kw_only=True)
class Citation:
    """Where a passage comes from: what a person checks."""

    source: str
    document_title: str
    committee: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str
    section: tuple[str, ...]
    start: int
    end: int
    page: int | None = None

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @property
    def label(self) -> str:
        """'004_….txt · item 283: Update on … · Minutes' — what a person reads as the citation."""
        item = f"item {self.item_number}: {self.item_title}" if self.item_number else self.item_title
        parts = [self.source, item] + ([self.section_path] if self.section else []) + ([f"page {self.page}"] if self.page else [])
        return " · ".join(parts)


@dataclass(frozen=True, kw_only=True)
class Passage(Citation):
    """A verbatim slice of a paper (`text == paper[start:end]`) carrying its citation from the moment it
    is cut (qa.chunk; id None until stored), read back by qa.store with its id and page."""

    kind: str
    text: str
    position: int  # order within the paper
    item_index: int = 0  # which of the paper's items it was cut from
    id: int | None = None
    in_head: bool = False  # from the paper's head, above its first item (venue, who attended, a page's chrome)

    @property
    def url(self) -> str:
        return f"/documents/{quote(self.source)}#p-{self.id}"

    @property
    def display(self) -> str:
        return display_text(self.text)

    def context_text(self) -> str:
        """What is embedded and matched: where the passage sits, then what it says."""
        where = self.item_title if not self.section else f"{self.item_title} - {self.section[-1]}"
        return f"{where}: {self.display}"

    def sentences(self) -> list[str]:
        return display_sentences(self.text)


@dataclass(frozen=True)
class FilterField:
    name: str
    label: str  # on the page
    help: str
    example: str
    choices: tuple[str, ...] = ()
    is_date: bool = False


FILTER_FIELDS = (
    FilterField("kind", "Kind", f"one of {', '.join(KINDS)}", "resolution", choices=KINDS),
    FilterField("source", "Paper", "only this paper (its file name)", "minutes-2020-05.txt"),
    FilterField("committee", "Committee", "only papers whose committee contains this text", "Planning"),
    FilterField("after", "After", "meeting or report date on or after YYYY-MM-DD (YYYY or YYYY-MM: its first day)",
                "2019-01-01", is_date=True),
    FilterField("before", "Before", "meeting or report date on or before YYYY-MM-DD (YYYY or YYYY-MM: its last day)",
                "2020-12-31", is_date=True),
)


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    source: str | None = None
    committee: str | None = None
    after: str | None = None
    before: str | None = None
    added_after: str | None = None  # papers added to the index after this time (feeds of saved searches)
    committees_also: tuple[str, ...] = ()  # further committee texts, all required (committee: given twice)
    nothing: bool = False  # two different kinds or papers were asked for at once: nothing can match

    @classmethod
    def from_mapping(cls, values: object) -> Filters:
        """The declared filter fields from a dict-like (a request, a JSON line); empty strings count as unset."""
        get = values.get if hasattr(values, "get") else (lambda name: getattr(values, name, None))
        return cls(**{f.name: (get(f.name) or None) for f in FILTER_FIELDS})

    def public(self) -> dict[str, str]:
        """The declared fields that are set (what a saved search stores)."""
        return {f.name: getattr(self, f.name) for f in FILTER_FIELDS if getattr(self, f.name)}

    def validated(self) -> Filters:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("committees_also", "nothing"):
                continue
            if value is not None and not isinstance(value, str):
                raise BadQuery(f"{f.name} must be text, not {value!r}")
        if self.kind is not None and self.kind not in KINDS:
            raise BadQuery(f"unknown kind {self.kind!r}; valid kinds are: {', '.join(KINDS)}")
        for name in ("after", "before"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise BadQuery(f"{name} must be a date like 2017-01-31, not {value!r}") from None
        if self.after and self.before and self.after > self.before:
            raise BadQuery(f"after ({self.after}) is later than before ({self.before}); swap them")
        return self

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def committees(self) -> tuple[str, ...]:
        return ((self.committee,) if self.committee else ()) + self.committees_also

    def narrowed(self, other: Filters) -> Filters:
        """Both sets of filters at once (AND): the later of two starts, the earlier of two ends, every committee
        text; two different kinds or papers leave nothing to match."""
        if not other.active:
            return self
        if not self.active:
            return other
        nothing = self.nothing or other.nothing
        merged: dict[str, object] = {}
        for name in ("kind", "source", "added_after"):
            mine, theirs = getattr(self, name), getattr(other, name)
            nothing |= bool(mine and theirs and mine != theirs)
            merged[name] = mine or theirs
        starts = [v for v in (self.after, other.after) if v]
        ends = [v for v in (self.before, other.before) if v]
        committees = list(dict.fromkeys(self.committees + other.committees))
        return Filters(**merged, after=max(starts, default=None), before=min(ends, default=None),
                       committee=committees[0] if committees else None, committees_also=tuple(committees[1:]),
                       nothing=nothing)


@dataclass(frozen=True)
class Query:
    text: str
    k: int = 5  # passages, or items when grouped
    filters: Filters = field(default_factory=Filters)
    mode: str = "hybrid"
    group: str = "passage"  # or "item": one entry per agenda item
    strict: bool = True  # when nothing matches well, no results (False: the closest passages, flagged weak)


@dataclass(frozen=True)
class Result:
    rank: int
    score: float
    passage: Passage
    answer: tuple[int, int]  # the answering sentence, offsets within passage.text
    matches: tuple[tuple[int, int], ...] = ()  # where quoted phrases occur, offsets within passage.text
    words: tuple[tuple[int, int], ...] = ()  # words sharing a stem with the question's, offsets within passage.text

    def with_answer(self, span: tuple[int, int]) -> Result:
        return replace(self, answer=span)


@dataclass(frozen=True)
class ItemResult:
    """One agenda item in results grouped by item: its best passages, scored by the best of them."""

    rank: int
    score: float
    passages: list[Result]  # up to ITEM_PASSAGES, best first

    @property
    def first(self) -> Passage:
        return self.passages[0].passage


@dataclass(frozen=True)
class FacetCount:
    value: str
    count: int


@dataclass(frozen=True)
class Facets:
    """How many of the passages that matched lie in each committee, year and kind."""

    committee: list[FacetCount] = field(default_factory=list)
    year: list[FacetCount] = field(default_factory=list)
    kind: list[FacetCount] = field(default_factory=list)
    matched: int = 0  # passages counted


@dataclass(frozen=True)
class SearchResponse:
    query: str
    results: list[Result]  # passages; empty when grouped by item
    weak: bool = False  # nothing matched well: results are empty, or (not strict) the closest passages
    suggestion: str | None = None
    items: list[ItemResult] | None = None  # when grouped by item
    facets: Facets = field(default_factory=Facets)
