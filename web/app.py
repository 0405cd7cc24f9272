"""The web service: a search page for members, a JSON API for scripts, the source view for citations.

`create_app(settings)` builds everything; the SearchService is made in the lifespan, kept on
`app.state` and reaches routes through one dependency (web/deps.py). Library errors (QAError) become
4xx responses in one handler.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from qa.config import Settings
from qa.errors import QAError
from qa.service import SearchService
from web.deps import HERE, Service, templates
from web.routes import documents, pages, saved, search
from web.schemas import Health

API_PREFIXES = ("/api/", "/feeds/", "/healthz")


def create_app(settings: Settings | None = None, service: SearchService | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Searches run in the thread pool, so model inference never blocks the event loop. The model
        # runs one batch at a time (2 cores); a few threads keep it busy, forty only add memory.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        app.state.service = service or SearchService(settings)
        yield

    app = FastAPI(title="committee-qa", version="0.2.0", lifespan=lifespan,
                  description="Search committee papers; every answer is a verbatim passage with its citation.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.exception_handler(QAError)
    async def qa_error(request: Request, error: QAError) -> Response:
        if request.url.path.startswith(API_PREFIXES):
            return JSONResponse({"detail": str(error)}, status_code=error.status_code)
        return templates.TemplateResponse(request, "error.html", {"message": str(error)}, status_code=error.status_code)

    for module in (search, documents, saved, pages):
        app.include_router(module.router)

    @app.get("/healthz", response_model=Health)
    def healthz(service: Service) -> Health:
        """Liveness: index loaded, passage count, model name."""
        return Health(status="ok", passages=service.passage_count, model=service.settings.model,
                      embedding=service.embedder.backend, index=service.index_kind)

    return app
