"""Search for scripts: one query (GET or POST), a batch, and "more like this"."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from qa.errors import BadQuery
from qa.records import Query as SearchQuery
from web.deps import Service
from web.schemas import (
    ERRORS,
    MAX_BATCH,
    BatchRequest,
    BatchResponse,
    SearchParams,
    SearchRequest,
    SearchResponseModel,
    SearchResult,
)

router = APIRouter(tags=["search"])


@router.get("/api/search", response_model=SearchResponseModel, responses=ERRORS)
def api_search(params: Annotated[SearchParams, Query()], service: Service) -> SearchResponseModel:
    """Ranked verbatim passages for a question, each with its answer sentence and citation."""
    return SearchResponseModel.of(service.search(SearchQuery(params.q, params.k, params.filters())))


@router.post("/api/search", response_model=SearchResponseModel, responses=ERRORS)
def api_search_post(body: SearchRequest, service: Service) -> SearchResponseModel:
    """The same as GET /api/search, with the query in a JSON body."""
    return SearchResponseModel.of(service.search(SearchQuery(body.q, body.k, body.filters())))


@router.post("/api/search/batch", response_model=BatchResponse, responses=ERRORS)
def api_batch(body: BatchRequest, service: Service) -> BatchResponse:
    """Many queries in one call (at most 100), answered in order; embedded together in one batch."""
    if not body.queries:
        raise BadQuery("queries is empty; send at least one query")
    if len(body.queries) > MAX_BATCH:
        raise BadQuery(f"{len(body.queries)} queries is over the limit of {MAX_BATCH} a call; split the batch")
    responses = service.search_many([SearchQuery(q, body.k, body.filters()) for q in body.queries])
    return BatchResponse(responses=[SearchResponseModel.of(r) for r in responses])


@router.get("/api/passages/{passage_id}/similar", response_model=list[SearchResult], responses=ERRORS)
def api_similar(passage_id: int, service: Service, k: int = 5) -> list[SearchResult]:
    """More like this: passages from other items or papers that say something similar."""
    return [SearchResult.of(r) for r in service.similar(passage_id, k)]
