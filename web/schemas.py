"""The API's request and response models: the OpenAPI schema is the contract. Responses are filled
straight from the library's records (`.of(...)`); the CLI's `--json` and `batch` print the same models."""

from __future__ import annotations

import dataclasses
from typing import Any, get_type_hints

from pydantic import BaseModel, Field, create_model

from qa import records
from qa.query import MAX_K, OPERATORS
from qa.records import FILTER_FIELDS, GROUPS, Facets, Filters, ItemResult, Passage, Result, SearchResponse

_CITATION_TYPES = get_type_hints(records.Citation)


def _citation_model() -> type[BaseModel]:
    """The API's citation: the fields of qa.records.Citation, with the section as one path and a link."""
    fields: dict[str, Any] = {f.name: (_CITATION_TYPES[f.name], ...) for f in dataclasses.fields(records.Citation)}
    fields["section"] = (str, Field(description="the section path, e.g. 'Minutes > Resolved'"))
    fields["url"] = (str, Field(description="the paper's page, anchored at this passage"))
    return create_model("Citation", **fields)


Citation = _citation_model()


def citation_of(passage: Passage) -> BaseModel:
    values = {f.name: getattr(passage, f.name) for f in dataclasses.fields(records.Citation)}
    return Citation(**{**values, "section": passage.section_path, "url": passage.url})


class Span(BaseModel):
    start: int
    end: int


class Answer(Span):
    text: str


class SearchResult(BaseModel):
    rank: int
    score: float
    passage_id: int
    kind: str
    text: str
    answer: Answer
    matches: list[Span] = Field(description="where the query's quoted phrases stand in text")
    words: list[Span] = Field(description="where words sharing a stem with the query's stand in text (shown in bold)")
    citation: Citation  # type: ignore[valid-type]

    @classmethod
    def of(cls, result: Result) -> SearchResult:
        p, (start, end) = result.passage, result.answer
        return cls(rank=result.rank, score=result.score, passage_id=p.id, kind=p.kind, text=p.text,
                   answer=Answer(start=start, end=end, text=p.text[start:end]),
                   matches=[Span(start=s, end=e) for s, e in result.matches],
                   words=[Span(start=s, end=e) for s, e in result.words], citation=citation_of(p))


# Where an agenda item is: the citation's fields without the section and the span (declared once, in qa.records).
ITEM_FIELDS = ("source", "document_title", "committee", "meeting_date", "item_number", "item_title")


class _RankedItem(BaseModel):
    rank: int
    score: float = Field(description="the item's score: its best passage's")

    @classmethod
    def of(cls, item: ItemResult) -> BaseModel:
        p = item.first
        return cls(rank=item.rank, score=item.score, **{name: getattr(p, name) for name in ITEM_FIELDS}, url=p.url,
                   passages=[SearchResult.of(r) for r in item.passages])


ItemEntry = create_model(
    "ItemEntry",
    __base__=_RankedItem,
    __doc__="One agenda item, when results are grouped by item.",
    **{name: (_CITATION_TYPES[name], ...) for name in ITEM_FIELDS},
    url=(str, Field(description="the paper's page, at the item's best passage")),
    passages=(list[SearchResult], Field(description="the item's best passages (at most 3), best first")),
)


class FacetValue(BaseModel):
    value: str
    count: int


class FacetsModel(BaseModel):
    """Counts over the passages that matched (those that clear the match line among the candidates; every
    passage holding a quoted phrase; everything a query of operators alone selects)."""

    matched: int
    committee: list[FacetValue]
    year: list[FacetValue]
    kind: list[FacetValue]

    @classmethod
    def of(cls, facets: Facets) -> FacetsModel:
        return cls(matched=facets.matched, committee=_values(facets.committee), year=_values(facets.year),
                   kind=_values(facets.kind))


def _values(counts: list) -> list[FacetValue]:
    return [FacetValue(value=c.value, count=c.count) for c in counts]


class SearchResponseModel(BaseModel):
    query: str
    weak: bool = Field(description="true when nothing matched well: results are empty, or with strict=false the "
                                   "closest passages anyway")
    suggestion: str | None = Field(description="a respelling of the query from the corpus's own words (did you mean)")
    results: list[SearchResult] = Field(description="ranked passages; empty when group=item")
    items: list[ItemEntry] | None = Field(None, description="with group=item: ranked agenda items")
    facets: FacetsModel

    @classmethod
    def of(cls, response: SearchResponse) -> SearchResponseModel:
        return cls(query=response.query, weak=response.weak, suggestion=response.suggestion,
                   results=[SearchResult.of(r) for r in response.results],
                   items=None if response.items is None else [ItemEntry.of(i) for i in response.items],
                   facets=FacetsModel.of(response.facets))


class _HasFilters(BaseModel):
    def filters(self) -> Filters:
        return Filters.from_mapping(self)


# The declared filter fields (qa.records.FILTER_FIELDS) as a model, for query strings and JSON bodies.
FilterFields = create_model(
    "FilterFields", __base__=_HasFilters,
    **{f.name: (str | None, Field(None, description=f.help, examples=[f.example])) for f in FILTER_FIELDS},
)


Q_HELP = ("the question, or words. \"exact phrase\" must appear verbatim; -word and -\"phrase\" must not; "
          + "; ".join(f"{op.example}: {op.help}" for op in OPERATORS)
          + ". Operators and the filter fields combine with AND; an unknown operator or a bad value is a 400.")
K_HELP = f"how many passages (agenda items with group=item), 1-{MAX_K}"
GROUP_HELP = f"one of {', '.join(GROUPS)}: item gives one entry per agenda item with up to 3 of its best passages"
STRICT_HELP = "when nothing matches well, return no results (true, the default) or the closest passages, flagged weak (false)"


class _SearchOptions(FilterFields):  # type: ignore[misc, valid-type]
    k: int = Field(5, description=K_HELP)
    group: str = Field("passage", description=GROUP_HELP)
    strict: bool = Field(True, description=STRICT_HELP)


class SearchParams(_SearchOptions):
    q: str = Field("", description=Q_HELP)


class SearchRequest(_SearchOptions):
    q: str = Field(description=Q_HELP)


class BatchRequest(_SearchOptions):
    queries: list[str] = Field(description="at most COMMITTEE_QA_MAX_BATCH_QUERIES (100) queries, each with the syntax of q")


class BatchResponse(BaseModel):
    responses: list[SearchResponseModel]


class OutlineItem(BaseModel):
    number: str | None
    title: str
    meeting_date: str | None = Field(description="the item's own meeting, where the paper records several (an issue page)")
    committee: str | None
    sections: list[str]
    passages: list[int]


class Outline(BaseModel):
    source: str
    title: str
    committee: str | None
    meeting_date: str | None
    layout: str = Field(description="meeting-page, item-page, issue-page, decision-page, decision-list, printed-minutes, "
                                    "minutes, report or paragraphs")
    format: str
    details: dict[str, str] = Field(description="the paper's metadata lines: decision maker, venue, report author, ...")
    opening_passages: list[int] = Field(description="passages before the first item: attendance, meeting details")
    items: list[OutlineItem]


class Removed(BaseModel):
    source: str
    removed_passages: int


class Health(BaseModel):
    status: str
    passages: int
    model: str
    embedding: str
    index: str


class SavedSearchIn(FilterFields):  # type: ignore[misc, valid-type]
    name: str | None = None
    query: str


class FollowForm(FilterFields):  # type: ignore[misc, valid-type]
    """The page's "Follow this search" form."""

    q: str
    name: str = ""


class SavedSearchOut(BaseModel):
    id: int
    name: str
    query: str
    filters: dict
    created_at: str
    feed_url: str

    @classmethod
    def of(cls, saved: Any) -> SavedSearchOut:  # qa.saved.SavedSearch
        return cls(id=saved.id, name=saved.name, query=saved.query, filters=saved.filters, created_at=saved.created_at,
                   feed_url=saved.feed_url)


class FeedJson(BaseModel):
    saved_search: SavedSearchOut
    entries: list[SearchResult]


class Deleted(BaseModel):
    deleted: int


class Message(BaseModel):
    detail: str


ERRORS: dict[int | str, dict[str, Any]] = {code: {"model": Message} for code in (400, 404, 409, 410, 413, 415, 422, 503)}
