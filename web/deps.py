"""What the routes share: the service (built in the app's lifespan, kept on app.state) and the templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from qa.records import FILTER_FIELDS, KINDS
from qa.service import SearchService

HERE = Path(__file__).resolve().parent


def get_service(request: Request) -> SearchService:
    return request.app.state.service


Service = Annotated[SearchService, Depends(get_service)]

templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(kinds=KINDS, filter_fields=FILTER_FIELDS)
