"""What stands between the internet and the service: the admin token for writes, the size of request bodies,
and one shape for every error (`{"detail": "..."}`; an unexpected one gets a request id and its traceback
goes to the log, never to the client)."""

from __future__ import annotations

import hmac
import logging
import uuid
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa.errors import FileTooLarge, Forbidden, QAError, Unauthorized
from qa.formats import size_text
from web.deps import get_service, templates

log = logging.getLogger("committee_qa.web")
API_PREFIXES = ("/api/", "/feeds/", "/healthz", "/openapi.json", "/docs")
UPLOAD_PATH = "/api/documents"


def require_admin(request: Request) -> None:
    """Writes over HTTP (upload, replace, delete papers) need `Authorization: Bearer <COMMITTEE_QA_ADMIN_TOKEN>`."""
    token = get_service(request).settings.admin_token
    if not token:
        raise Forbidden("uploading and removing papers over HTTP is switched off; set COMMITTEE_QA_ADMIN_TOKEN on the "
                        "server and send it as 'Authorization: Bearer <token>' (the command line needs no token)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("this needs the admin token: send 'Authorization: Bearer <token>' (COMMITTEE_QA_ADMIN_TOKEN)")


Admin = Annotated[None, Depends(require_admin)]


class BodyLimit:
    """Refuses request bodies over their limit (413) before they are read whole: uploads to /api/documents
    by COMMITTEE_QA_MAX_REQUEST_BYTES, every other body by COMMITTEE_QA_MAX_JSON_BYTES."""

    def __init__(self, app: ASGIApp, limits_of) -> None:  # noqa: ANN001 - a callable giving the service's Limits
        self.app, self.limits_of = app, limits_of

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limits = self.limits_of(scope)
        upload = scope["path"].rstrip("/") == UPLOAD_PATH
        limit = limits.request_bytes if upload else limits.json_bytes
        setting = "COMMITTEE_QA_MAX_REQUEST_BYTES" if upload else "COMMITTEE_QA_MAX_JSON_BYTES"
        message = f"the request body is over the {size_text(limit)} limit ({setting})"
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await JSONResponse({"detail": message}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            event = await receive()
            seen += len(event.get("body", b""))
            if seen > limit:
                raise FileTooLarge(message)
            return event

        await self.app(scope, counted, send)


def _is_api(request: Request) -> bool:
    return request.url.path.startswith(API_PREFIXES)


def install(app: FastAPI) -> None:
    """One handler per kind of failure, all answering in the same shape."""

    @app.exception_handler(QAError)
    async def domain_error(request: Request, error: QAError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if isinstance(error, Unauthorized) else None
        if _is_api(request):
            return JSONResponse({"detail": str(error)}, status_code=error.status_code, headers=headers)
        return templates.TemplateResponse(request, "error.html", {"message": str(error)}, status_code=error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> Response:
        # The default handler echoes the input back, and an echoed 1e400 or NaN cannot be written as JSON.
        problems = []
        for item in error.errors():
            if item.get("type") == "json_invalid":
                problems.append(f"the request body is not valid JSON ({item.get('ctx', {}).get('error', 'syntax error')})")
                continue
            where = ".".join(str(part) for part in item.get("loc", ()) if part not in ("body", "query", "path"))
            problems.append(f"{where or 'request'}: {item.get('msg', 'is not valid')}")
        return JSONResponse({"detail": "; ".join(problems) or "the request is not valid"}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        return JSONResponse({"detail": str(error.detail)}, status_code=error.status_code, headers=getattr(error, "headers", None))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> Response:
        request_id = uuid.uuid4().hex[:12]
        log.error("request %s %s %s failed", request_id, request.method, request.url.path, exc_info=error)
        return JSONResponse({"detail": f"something went wrong on our side (request id {request_id}); it has been logged"},
                            status_code=500)
