"""Search for scripts: one query (GET or POST), a batch, and "more like this"."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel

from qa.errors import BadQuery
from qa.records import Query as SearchQuery
from web.deps import Service
from web.schemas import (
    ERRORS,
    BatchRequest,
    BatchResponse,
    SearchParams,
    SearchRequest,
    SearchResponseModel,
    SearchResult,
)

router = APIRouter(tags=["search"])


def _json(model: BaseModel) -> Response:
    """The model as JSON, built once: it was made from the library's records, so FastAPI need not check it again
    (the response schema is still declared for the OpenAPI contract)."""
    return Response(model.model_dump_json(), media_type="application/json")


@router.get("/api/search", response_model=SearchResponseModel, responses=ERRORS)
def api_search(params: Annotated[SearchParams, Query()], service: Service) -> Response:
    """Ranked verbatim passages for a question, each with its answer sentence and citation; or, with group=item,
    agenda items with their best passages. Facets count what matched by committee, year and kind. The query
    syntax (phrases, -exclusions, committee:, kind:, paper:, from:, to:) is described under q and at /help."""
    return _json(SearchResponseModel.of(service.search(_query(params.q, params))))


def _query(text: str, options: SearchParams | SearchRequest | BatchRequest) -> SearchQuery:
    return SearchQuery(text, options.k, options.filters(), group=options.group, strict=options.strict)


@router.post("/api/search", response_model=SearchResponseModel, responses=ERRORS)
def api_search_post(body: SearchRequest, service: Service) -> Response:
    """The same as GET /api/search, with the query in a JSON body."""
    return _json(SearchResponseModel.of(service.search(_query(body.q, body))))


@router.post("/api/search/batch", response_model=BatchResponse, responses=ERRORS)
def api_batch(body: BatchRequest, service: Service) -> Response:
    """Many queries in one call (at most 100), answered in order; embedded together in one batch."""
    most = service.settings.limits.batch_queries
    if not body.queries:
        raise BadQuery("queries is empty; send at least one query")
    if len(body.queries) > most:
        raise BadQuery(f"{len(body.queries)} queries is over the limit of {most} a call (COMMITTEE_QA_MAX_BATCH_QUERIES); "
                       "split the batch")
    responses = service.search_many([_query(q, body) for q in body.queries])
    return _json(BatchResponse(responses=[SearchResponseModel.of(r) for r in responses]))


@router.get("/api/passages/{passage_id}/similar", response_model=list[SearchResult], responses=ERRORS)
def api_similar(passage_id: int, service: Service, k: int = 5) -> list[SearchResult]:
    """More like this: passages from other items or papers that say something similar."""
    return [SearchResult.of(r) for r in service.similar(passage_id, k)]
