"""The papers: list, upload, remove."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, UploadFile
from starlette.concurrency import run_in_threadpool

from qa import store
from qa.errors import FileTooLarge
from qa.formats import check_source_name, read_bytes
from qa.store import DocumentSummary
from qa.writer import AddReport
from web.deps import Service
from web.schemas import ERRORS, Outline, Removed

router = APIRouter(tags=["documents"])


async def _read_upload(upload: UploadFile, limit: int) -> bytes:
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"{upload.filename} is over the {limit / 1e6:.0f} MB upload limit (COMMITTEE_QA_MAX_UPLOAD_BYTES)")
    return data


@router.get("/api/documents", response_model=list[DocumentSummary])
def api_documents(service: Service) -> list[DocumentSummary]:
    """The indexed papers: source, title, committee, meeting date, items, passages, when added."""
    with service.connect() as conn:
        return store.list_documents(conn)


@router.get("/api/documents/{source}", response_model=Outline, responses=ERRORS)
def api_document_outline(source: str, service: Service) -> dict:
    """A paper's outline: title, committee, meeting date, layout, metadata, and its items in order with number,
    title, sections and passage ids."""
    check_source_name(source)
    return service.outline(source)


@router.post("/api/documents", response_model=list[AddReport], status_code=201, responses=ERRORS)
async def api_add_documents(service: Service, files: Annotated[list[UploadFile], File(description="papers")]) -> list[AddReport]:
    """Upload papers (.txt, .md, .html, .pdf). All are checked before any is stored; unchanged ones are skipped."""
    limit = service.settings.max_upload_bytes
    uploads = [(upload.filename or "", await _read_upload(upload, limit)) for upload in files]

    def convert_and_add() -> list[AddReport]:  # PDF and HTML parsing is CPU work: off the event loop
        return service.add([read_bytes(name, data, limit) for name, data in uploads])

    return await run_in_threadpool(convert_and_add)


@router.delete("/api/documents/{source}", response_model=Removed, responses=ERRORS)
def api_remove_document(source: str, service: Service) -> Removed:
    """Remove one paper and its passages."""
    check_source_name(source)
    return Removed(source=source, removed_passages=service.remove(source))
