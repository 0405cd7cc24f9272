"""The papers: list, upload, remove."""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, File, Request, UploadFile

from qa import catalog
from qa.catalog import DocumentSummary
from qa.errors import FileTooLarge
from qa.formats import check_source_name, read_bytes, size_text
from qa.writer import AddReport
from web.deps import Service
from web.guard import Admin
from web.schemas import ERRORS, Outline, Removed

router = APIRouter(tags=["documents"])


async def _read_upload(upload: UploadFile, limit: int) -> bytes:
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"{upload.filename} is over the {size_text(limit)} limit for one paper (COMMITTEE_QA_MAX_UPLOAD_BYTES)")
    return data


@router.get("/api/documents", response_model=list[DocumentSummary])
def api_documents(service: Service) -> list[DocumentSummary]:
    """The indexed papers: source, title, committee, meeting date, items, passages, when added."""
    with service.connect() as conn:
        return catalog.list_documents(conn)


@router.get("/api/documents/{source}", response_model=Outline, responses=ERRORS)
def api_document_outline(source: str, service: Service) -> dict:
    """A paper's outline: title, committee, meeting date, layout, metadata, and its items in order with number,
    title, sections and passage ids."""
    check_source_name(source)
    return service.outline(source)


@router.post("/api/documents", response_model=list[AddReport], status_code=201, responses=ERRORS)
async def api_add_documents(request: Request, service: Service, _: Admin,
                            files: Annotated[list[UploadFile], File(description="papers")]) -> list[AddReport]:
    """Upload papers (.txt, .md, .html, .pdf); needs the admin token. All are checked before any is stored;
    unchanged ones are skipped. One upload is added at a time, beside the searches."""
    limits = service.settings.limits
    if len(files) > limits.upload_files:
        raise FileTooLarge(f"{len(files)} papers in one upload is over the limit of {limits.upload_files} "
                           "(COMMITTEE_QA_MAX_UPLOAD_FILES); send them in several uploads")
    uploads = [(upload.filename or "", await _read_upload(upload, limits.upload_bytes)) for upload in files]

    def convert_and_add() -> list[AddReport]:  # PDF and HTML parsing and embedding are CPU work: off the event loop
        return service.add([read_bytes(name, data, limits.upload_bytes) for name, data in uploads], background=True)

    return await asyncio.get_running_loop().run_in_executor(request.app.state.ingest, convert_and_add)


@router.delete("/api/documents/{source}", response_model=Removed, responses=ERRORS)
def api_remove_document(source: str, service: Service, _: Admin) -> Removed:
    """Remove one paper and its passages; needs the admin token."""
    check_source_name(source)
    return Removed(source=source, removed_passages=service.remove(source))
