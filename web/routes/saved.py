"""Saved searches to follow, and their Atom feeds."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from qa import saved as saved_searches
from web.deps import Service
from web.schemas import ERRORS, Deleted, FeedJson, SavedSearchIn, SavedSearchOut, SearchResult

router = APIRouter(tags=["saved searches"])


@router.post("/api/saved-searches", response_model=SavedSearchOut, status_code=201, responses=ERRORS)
def api_save_search(body: SavedSearchIn, service: Service) -> SavedSearchOut:
    """Save a search (query and filters) to follow; its Atom feed lists passages from papers added later."""
    with service.connect() as conn:
        return SavedSearchOut.of(saved_searches.follow(conn, body.query, body.filters(), body.name, service.settings.limits))


@router.get("/api/saved-searches", response_model=list[SavedSearchOut])
def api_saved_searches(service: Service) -> list[SavedSearchOut]:
    """The saved searches."""
    with service.connect() as conn:
        return [SavedSearchOut.of(s) for s in saved_searches.list_all(conn)]


@router.get("/api/saved-searches/{saved_id}", response_model=FeedJson, responses=ERRORS)
def api_saved_search(saved_id: int, service: Service) -> FeedJson:
    """A saved search with its feed entries, as JSON."""
    with service.connect() as conn:
        saved = saved_searches.get(conn, saved_id)
    entries = saved_searches.feed_entries(service, saved)
    return FeedJson(saved_search=SavedSearchOut.of(saved), entries=[SearchResult.of(r) for r in entries])


@router.delete("/api/saved-searches/{saved_id}", response_model=Deleted, responses=ERRORS)
def api_delete_saved_search(saved_id: int, service: Service) -> Deleted:
    """Stop following a search; its feed then answers 410 Gone."""
    with service.connect() as conn:
        saved_searches.delete(conn, saved_id)
    return Deleted(deleted=saved_id)


@router.get("/feeds/{saved_id}.atom", responses=ERRORS)
def feed(saved_id: int, request: Request, service: Service) -> Response:
    """Atom 1.0 feed of a saved search, for any feed reader."""
    with service.connect() as conn:
        saved = saved_searches.get(conn, saved_id)
    return Response(saved_searches.atom_feed(service, saved, str(request.base_url)), media_type="application/atom+xml")
