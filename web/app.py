"""The web service: a search page for members, a JSON API for scripts, the source view for citations.

`create_app(settings)` builds everything; the loaded SearchService lives on `app.state` and reaches
routes through a dependency. Library errors (QAError) become 4xx responses in one handler.
"""

from __future__ import annotations

import re
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from pydantic import BaseModel, Field

from qa import store
from qa.chunk import KINDS
from qa.config import Settings
from qa.errors import BadQuery, FileTooLarge, QAError
from qa.feeds import atom_feed, feed_entries, follow
from qa.formats import check_source_name, read_bytes
from qa.ingest import add_sources, remove_source
from qa.render import citation_label, citation_url, response_json, result_json
from qa.search import MAX_K, Filters, Query, SearchService

HERE = Path(__file__).resolve().parent
MAX_BATCH = 100


# --- API models: the OpenAPI schema is the contract ----------------------------------------------
class Citation(BaseModel):
    source: str
    document_title: str
    committee: str | None
    meeting_date: str | None
    item_number: str | None
    item_title: str
    section: str
    page: int | None
    start: int
    end: int
    url: str


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
    matches: list[Span]
    citation: Citation


class SearchResponseModel(BaseModel):
    query: str
    weak: bool = Field(description="true when nothing matched well; results are the closest passages anyway")
    suggestion: str | None = Field(description="a respelling of the query from the corpus's own words")
    results: list[SearchResult]


class FilterFields(BaseModel):
    kind: str | None = Field(None, description=f"one of {', '.join(KINDS)}")
    source: str | None = None
    committee: str | None = None
    after: str | None = Field(None, description="YYYY-MM-DD, meeting or report date on or after")
    before: str | None = Field(None, description="YYYY-MM-DD, meeting or report date on or before")

    def filters(self) -> Filters:
        return Filters(self.kind, self.source, self.committee, self.after, self.before)


class SearchRequest(FilterFields):
    q: str = Field(description="the question, or words; quote phrases that must appear verbatim")
    k: int = Field(5, description=f"how many passages, 1-{MAX_K}")


class BatchRequest(FilterFields):
    queries: list[str] = Field(description=f"at most {MAX_BATCH} queries")
    k: int = 5


class BatchResponse(BaseModel):
    responses: list[SearchResponseModel]


class DocumentModel(BaseModel):
    source: str
    title: str
    committee: str | None
    meeting_date: str | None
    format: str
    items: int
    passages: int
    added_at: str


class AddedDocument(BaseModel):
    source: str
    status: str
    items: int
    passages: int


class Health(BaseModel):
    status: str
    passages: int
    model: str
    embedding: str
    index: str


class SavedSearchIn(FilterFields):
    name: str | None = None
    query: str


class SavedSearchOut(BaseModel):
    id: int
    name: str
    query: str
    filters: dict
    created_at: str
    feed_url: str


class FeedJson(BaseModel):
    saved_search: SavedSearchOut
    entries: list[SearchResult]


class Message(BaseModel):
    detail: str


ERRORS = {400: {"model": Message}, 404: {"model": Message}, 413: {"model": Message}, 415: {"model": Message},
          422: {"model": Message}}


# --- helpers --------------------------------------------------------------------------------------
def get_service(request: Request) -> SearchService:
    return request.app.state.service


Service = Annotated[SearchService, Depends(get_service)]

_DECORATION = re.compile(r"</?(?:b|strong|i|em|u|a|span|font|br|p|div|sup|sub)\b[^>]*>|\*\*|^#{1,6}\s+", re.M | re.I)


def highlight(text: str, spans: list[tuple[int, int, str]], base: int = 0) -> Markup:
    """Escape `text`, wrapping each (start, end, css class) span, offsets relative to `base`.
    Markdown/HTML decoration in the paper is dropped from what is shown."""
    cuts = sorted({0, len(text), *[max(0, min(len(text), s - base)) for s, _, _ in spans],
                   *[max(0, min(len(text), e - base)) for _, e, _ in spans]})
    out = []
    for left, right in zip(cuts, cuts[1:]):
        piece = escape(_DECORATION.sub("", text[left:right]))
        classes = " ".join(c for s, e, c in spans if s - base <= left and right <= e - base)
        out.append(Markup(f'<mark class="{classes}">{piece}</mark>') if classes else piece)
    return Markup("").join(out)


def result_spans(result) -> list[tuple[int, int, str]]:  # noqa: ANN001 - qa.search.Result
    return [(result.answer[0], result.answer[1], "answer"), *[(s, e, "phrase") for s, e in result.matches]]


def saved_json(saved: store.SavedSearch) -> dict:
    return {"id": saved.id, "name": saved.name, "query": saved.query, "filters": saved.filters,
            "created_at": saved.created_at, "feed_url": f"/feeds/{saved.id}.atom"}


def _filters_from(params: dict) -> Filters:
    values = {k: (params.get(k) or None) for k in ("kind", "source", "committee", "after", "before")}
    return Filters(**values)


def _int(value: str | None, default: int, name: str) -> int:
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError:
        raise BadQuery(f"{name} must be a whole number, not {value!r}") from None


async def _read_upload(upload: UploadFile, limit: int) -> bytes:
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"{upload.filename} is over the {limit / 1e6:.0f} MB upload limit (COMMITTEE_QA_MAX_UPLOAD_BYTES)")
    return data


# --- the app --------------------------------------------------------------------------------------
def create_app(settings: Settings | None = None, service: SearchService | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Searches run in the thread pool, so model inference never blocks the event loop. The model
        # runs one batch at a time (2 cores); a few threads keep it busy, forty only add memory.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        app.state.service = service or SearchService(settings)
        yield

    app = FastAPI(title="committee-qa", version="0.1.0", lifespan=lifespan,
                  description="Search committee papers; every answer is a verbatim passage with its citation.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(highlight=highlight, result_spans=result_spans, citation_label=citation_label, citation_url=citation_url, kinds=KINDS)

    @app.exception_handler(QAError)
    async def qa_error(request: Request, error: QAError) -> Response:
        if request.url.path.startswith(("/api/", "/feeds/", "/healthz")):
            return JSONResponse({"detail": str(error)}, status_code=error.status_code)
        return templates.TemplateResponse(request, "error.html", {"message": str(error)}, status_code=error.status_code)

    # -- pages -----------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse)
    def search_page(request: Request, service: Service) -> Response:
        """The search page: a box, filters, and ranked passages with citations (no JavaScript needed)."""
        params = request.query_params
        q = (params.get("q") or "").strip()
        similar_to = params.get("similar")
        context = {"q": q, "params": params, "response": None, "similar": None, "error": None, "status": 200}
        try:
            if similar_to:
                context["similar"] = service.similar(_int(similar_to, 0, "similar"), _int(params.get("k"), 5, "k"))
            elif q or "q" in params:
                context["response"] = service.search(Query(q, _int(params.get("k"), 5, "k"), _filters_from(params)))
        except QAError as error:
            context["error"], context["status"] = str(error), error.status_code
        return templates.TemplateResponse(request, "search.html", context, status_code=context["status"])

    @app.get("/documents/{source}", response_class=HTMLResponse)
    def document_page(request: Request, source: str, service: Service, hl: str | None = None) -> Response:
        """The whole paper, items as headings, each passage anchored as #p-<id>; `hl=start-end` marks characters."""
        check_source_name(source)
        with service.connect() as conn:
            doc = store.get_document(conn, source)
            passages = store.passages_of(conn, source)
        marks: list[tuple[int, int, str]] = []
        if hl and re.fullmatch(r"\d+-\d+", hl):
            start, end = map(int, hl.split("-"))
            marks.append((start, end, "answer"))
        starts = [start for _, _, start in doc.items]
        sections = []
        bounds = sorted(set([0, *starts, len(doc.text)]))
        items_at = {start: (number, title) for number, title, start in doc.items}
        for left, right in zip(bounds, bounds[1:]):
            heading = items_at.get(left)
            inner = [p for p in passages if left <= p.start < right]
            pieces, cursor = [], left
            for p in inner:
                pieces.append(highlight(doc.text[cursor:p.start], marks, cursor))
                pieces.append(Markup(f'<span class="passage" id="p-{p.id}" data-section="{escape(p.section_path)}">')
                              + highlight(p.text, marks, p.start) + Markup("</span>"))
                cursor = p.end
            pieces.append(highlight(doc.text[cursor:right], marks, cursor))
            sections.append({"heading": heading, "body": Markup("").join(pieces), "start": left})
        return templates.TemplateResponse(request, "document.html", {"doc": doc, "sections": sections})

    @app.post("/saved-searches", response_class=HTMLResponse, include_in_schema=False)
    def follow_search(service: Service, q: Annotated[str, Form()], name: Annotated[str, Form()] = "",
                      kind: Annotated[str, Form()] = "", source: Annotated[str, Form()] = "",
                      committee: Annotated[str, Form()] = "", after: Annotated[str, Form()] = "",
                      before: Annotated[str, Form()] = "") -> Response:
        """Follow a search from the page: save it and show its feed."""
        saved = _save(service, SavedSearchIn(name=name or None, query=q, kind=kind or None, source=source or None,
                                             committee=committee or None, after=after or None, before=before or None))
        return RedirectResponse(f"/saved-searches/{saved.id}", status_code=303)

    @app.get("/saved-searches/{saved_id}", response_class=HTMLResponse, include_in_schema=False)
    def saved_search_page(request: Request, saved_id: int, service: Service) -> Response:
        """A followed search: its feed link and the passages that have arrived since it was saved."""
        with service.connect() as conn:
            saved = store.get_saved_search(conn, saved_id)
        entries = feed_entries(service, saved)
        return templates.TemplateResponse(request, "saved.html", {"saved": saved, "entries": entries})

    # -- JSON API --------------------------------------------------------------------------------
    @app.get("/api/search", response_model=SearchResponseModel, responses=ERRORS)
    def api_search(service: Service, q: str = "", k: int = 5, kind: str | None = None, source: str | None = None,
                   committee: str | None = None, after: str | None = None, before: str | None = None) -> dict:
        """Ranked verbatim passages for a question, each with its answer sentence and citation."""
        response = service.search(Query(q, k, Filters(kind, source, committee, after, before)))
        return response_json(response)

    @app.post("/api/search", response_model=SearchResponseModel, responses=ERRORS)
    def api_search_post(body: SearchRequest, service: Service) -> dict:
        """The same as GET /api/search, with the query in a JSON body."""
        return response_json(service.search(Query(body.q, body.k, body.filters())))

    @app.post("/api/search/batch", response_model=BatchResponse, responses=ERRORS)
    def api_batch(body: BatchRequest, service: Service) -> dict:
        """Many queries in one call (at most 100), answered in order; embedded together in one batch."""
        if not body.queries:
            raise BadQuery("queries is empty; send at least one query")
        if len(body.queries) > MAX_BATCH:
            raise BadQuery(f"{len(body.queries)} queries is over the limit of {MAX_BATCH} a call; split the batch")
        responses = service.search_many([Query(q, body.k, body.filters()) for q in body.queries])
        return {"responses": [response_json(r) for r in responses]}

    @app.get("/api/passages/{passage_id}/similar", response_model=list[SearchResult], responses=ERRORS)
    def api_similar(passage_id: int, service: Service, k: int = 5) -> list[dict]:
        """More like this: passages from other items or papers that say something similar."""
        return [result_json(r) for r in service.similar(passage_id, k)]

    @app.get("/api/documents", response_model=list[DocumentModel])
    def api_documents(service: Service) -> list[dict]:
        """The indexed papers: source, title, items, passages, when added."""
        with service.connect() as conn:
            return [d.__dict__ for d in store.list_documents(conn)]

    @app.post("/api/documents", response_model=list[AddedDocument], status_code=201, responses=ERRORS)
    async def api_add_documents(service: Service, files: Annotated[list[UploadFile], File(description="papers")]) -> list[dict]:
        """Upload papers (.txt, .md, .html, .pdf). All are checked before any is stored; unchanged ones are skipped."""
        sources = []
        for upload in files:
            data = await _read_upload(upload, service.settings.max_upload_bytes)
            sources.append(read_bytes(upload.filename or "", data, service.settings.max_upload_bytes))
        from starlette.concurrency import run_in_threadpool

        reports = await run_in_threadpool(add_sources, service, sources)
        return [r.__dict__ for r in reports]

    @app.delete("/api/documents/{source}", responses=ERRORS)
    def api_remove_document(source: str, service: Service) -> dict:
        """Remove one paper and its passages."""
        check_source_name(source)
        return {"source": source, "removed_passages": remove_source(service, source)}

    def _save(service: SearchService, body: SavedSearchIn) -> store.SavedSearch:
        with service.connect() as conn:
            return follow(conn, body.query, body.filters(), body.name)

    @app.post("/api/saved-searches", response_model=SavedSearchOut, status_code=201, responses=ERRORS)
    def api_save_search(body: SavedSearchIn, service: Service) -> dict:
        """Save a search (query and filters) to follow; its Atom feed lists passages from papers added later."""
        return saved_json(_save(service, body))

    @app.get("/api/saved-searches", response_model=list[SavedSearchOut])
    def api_saved_searches(service: Service) -> list[dict]:
        """The saved searches."""
        with service.connect() as conn:
            return [saved_json(s) for s in store.list_saved_searches(conn)]

    @app.get("/api/saved-searches/{saved_id}", response_model=FeedJson, responses=ERRORS)
    def api_saved_search(saved_id: int, service: Service) -> dict:
        """A saved search with its feed entries, as JSON."""
        with service.connect() as conn:
            saved = store.get_saved_search(conn, saved_id)
        return {"saved_search": saved_json(saved), "entries": [result_json(r) for r in feed_entries(service, saved)]}

    @app.delete("/api/saved-searches/{saved_id}", responses=ERRORS)
    def api_delete_saved_search(saved_id: int, service: Service) -> dict:
        """Stop following a search; its feed then answers 410 Gone."""
        with service.connect() as conn:
            store.delete_saved_search(conn, saved_id)
        return {"deleted": saved_id}

    @app.get("/feeds/{saved_id}.atom", responses=ERRORS)
    def feed(saved_id: int, request: Request, service: Service) -> Response:
        """Atom 1.0 feed of a saved search, for any feed reader."""
        with service.connect() as conn:
            saved = store.get_saved_search(conn, saved_id)
        return Response(atom_feed(service, saved, str(request.base_url)), media_type="application/atom+xml")

    @app.get("/healthz", response_model=Health)
    async def healthz(service: Service) -> dict:
        """Liveness: index loaded, passage count, model name."""
        return {"status": "ok", "passages": service.passage_count, "model": service.settings.model,
                "embedding": service.embedder.backend, "index": service.index_kind}

    return app
