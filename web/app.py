"""The web service: a search page for members, a JSON API for scripts, the source view for citations.

`create_app(settings)` builds everything; the SearchService is made in the lifespan, kept on
`app.state` and reaches routes through one dependency (web/deps.py). web/guard.py turns every error into
one shape, limits request bodies, and puts writes behind the admin token.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager

import anyio
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from qa.config import Settings
from qa.service import SearchService
from web import guard
from web.deps import HERE, Service
from web.routes import documents, pages, saved, search
from web.schemas import Health


def create_app(settings: Settings | None = None, service: SearchService | None = None) -> FastAPI:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # Searches run in the thread pool, so model inference never blocks the event loop. The model
        # runs one batch at a time (2 cores); a few threads keep it busy, forty only add memory.
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.worker_threads
        app.state.service = service or SearchService(settings)
        # Papers are added one request at a time by one worker, apart from the threads that answer searches.
        app.state.ingest = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")
        yield
        app.state.ingest.shutdown(wait=True)

    app = FastAPI(title="committee-qa", version="0.2.0", lifespan=lifespan,
                  description="Search committee papers; every answer is a verbatim passage with its citation.")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(guard.BodyLimit, limits_of=lambda scope: scope["app"].state.service.settings.limits)
    guard.install(app)
    for module in (search, documents, saved, pages):
        app.include_router(module.router)

    @app.get("/healthz", response_model=Health)
    async def healthz(service: Service) -> Health:
        """Liveness: index loaded, passage count, model name. Answered on the event loop (a file stat, no
        model), so it stays quick however busy the search threads are; with the Qdrant backend the collection
        is read too (in a thread), and an unreachable Qdrant is a 503."""
        if service.settings.backend == "qdrant":
            await anyio.to_thread.run_sync(service.health)
        return Health(status="ok", passages=service.passage_count, model=service.settings.model,
                      embedding=service.embedder.backend, index=service.index_kind)

    return app
