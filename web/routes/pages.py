"""The pages a person reads: search, a paper with the cited passage marked, a followed search."""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from qa import catalog, store
from qa import saved as saved_searches
from qa.errors import BadQuery, QAError
from qa.formats import check_source_name
from qa.query import OPERATORS
from qa.records import FILTER_FIELDS, Filters, Query, Result
from web.deps import Service, templates
from web.schemas import FollowForm

router = APIRouter(include_in_schema=False)

_DECORATION = re.compile(r"</?(?:b|strong|i|em|u|a|span|font|br|p|div|sup|sub)\b[^>]*>|\*\*|^#{1,6}\s+", re.M | re.I)
MAX_OFFSET_DIGITS = 12
_BLANK_RUN = re.compile(r"\n[^\S\n]*(?:\n[^\S\n]*){2,}")  # more than one blank line shows as one


def highlight(text: str, spans: list[tuple[int, int, str]], base: int = 0) -> Markup:
    """Escape `text`, marking (start, end, class) spans, offsets relative to `base`: each run of an "answer"
    span as one <mark class="answer">, and inside it (or outside) "phrase" spans as <mark class="phrase">
    and "word" spans in bold. Markdown/HTML decoration in the paper is dropped from what is shown."""
    cuts = sorted({0, len(text), *[max(0, min(len(text), s - base)) for s, _, _ in spans],
                   *[max(0, min(len(text), e - base)) for _, e, _ in spans]})
    out: list[Markup] = []
    answer: list[Markup] = []
    for left, right in zip(cuts, cuts[1:]):
        piece = escape(_BLANK_RUN.sub("\n\n", _DECORATION.sub("", text[left:right])))
        classes = {c for s, e, c in spans if s - base <= left and right <= e - base}
        if "phrase" in classes:
            piece = Markup(f'<mark class="phrase">{piece}</mark>')
        elif "word" in classes and piece.strip():
            piece = Markup(f'<b class="word">{piece}</b>')
        if "answer" in classes:
            answer.append(piece)
            continue
        if answer:
            out.append(Markup('<mark class="answer">') + Markup("").join(answer) + Markup("</mark>"))
            answer = []
        out.append(piece)
    if answer:
        out.append(Markup('<mark class="answer">') + Markup("").join(answer) + Markup("</mark>"))
    return Markup("").join(out)


def result_spans(result: Result) -> list[tuple[int, int, str]]:
    return [(result.answer[0], result.answer[1], "answer"), *[(s, e, "phrase") for s, e in result.matches],
            *[(s, e, "word") for s, e in result.words]]


def answer_link(result: Result) -> str:
    """The paper's page with the answer sentence marked, scrolled to the passage."""
    start, end = (result.passage.start + offset for offset in result.answer)
    return result.passage.url.replace("#", f"?hl={start}-{end}#")


def with_params(params: object, **changes: str | None) -> str:
    """This page's URL with some parameters set (None: removed): a facet adds its filter, the switch its grouping."""
    values = {key: value for key, value in params.multi_items() if key not in changes and value != ""}  # type: ignore[attr-defined]
    values.update({key: value for key, value in changes.items() if value is not None})
    return "/?" + urlencode(values)


templates.env.globals.update(highlight=highlight, result_spans=result_spans, answer_link=answer_link, with_params=with_params)


def _int(value: str | None, default: int, name: str) -> int:
    if value in (None, ""):
        return default
    if not re.fullmatch(r"-?\d{1,9}", value.strip()):
        raise BadQuery(f"{name} must be a whole number, not {value[:40]!r}")
    return int(value)


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, service: Service) -> Response:
    """The search page: a box, filters, facets, and results grouped by agenda item (or ranked passages) with
    citations; no JavaScript needed."""
    params = request.query_params
    q = (params.get("q") or "").strip()
    group = params.get("group") or "item"
    strict = params.get("strict", "true").lower() not in ("false", "0", "no")
    context = {"q": q, "params": params, "response": None, "similar": None, "error": None, "status": 200,
               "group": group, "strict": strict, "filters_open": any(params.get(f.name) for f in FILTER_FIELDS)}
    try:
        if params.get("similar"):
            context["similar"] = service.similar(_int(params.get("similar"), 0, "similar"), _int(params.get("k"), 5, "k"))
        elif q or "q" in params:
            query = Query(q, _int(params.get("k"), 5, "k"), Filters.from_mapping(params), group=group, strict=strict)
            context["response"] = service.search(query)
    except QAError as error:
        context["error"], context["status"] = str(error), error.status_code
    return templates.TemplateResponse(request, "search.html", context, status_code=context["status"])


@router.get("/help", response_class=HTMLResponse)
def help_page(request: Request) -> Response:
    """How to search: phrases, exclusions, operators, filters, grouping and what "no match" means."""
    return templates.TemplateResponse(request, "help.html", {"operators": OPERATORS})


def _marks(hl: str | None) -> list[tuple[int, int, str]]:
    found = re.fullmatch(rf"(\d{{1,{MAX_OFFSET_DIGITS}}})-(\d{{1,{MAX_OFFSET_DIGITS}}})", hl or "")
    return [(int(found.group(1)), int(found.group(2)), "answer")] if found else []


@router.get("/documents/{source}", response_class=HTMLResponse)
def document_page(request: Request, source: str, service: Service, hl: str | None = None) -> Response:
    """The whole paper, items as headings, each passage anchored as #p-<id>; `hl=start-end` marks characters."""
    check_source_name(source)
    with service.connect() as conn:
        doc = catalog.get_document(conn, source)
        passages = store.passages_of(conn, source)
    marks = _marks(hl)
    items_at = {item.start: (item.number, item.title) for item in doc.items if not item.preamble}
    bounds = sorted({0, *items_at, len(doc.text)})
    sections = []
    for left, right in zip(bounds, bounds[1:]):
        pieces, cursor = [], left
        for p in (p for p in passages if left <= p.start < right):
            pieces.append(highlight(doc.text[cursor : p.start], marks, cursor))
            pieces.append(Markup(f'<span class="passage" id="p-{p.id}" data-section="{escape(p.section_path)}">')
                          + highlight(p.text, marks, p.start) + Markup("</span>"))
            cursor = p.end
        pieces.append(highlight(doc.text[cursor:right], marks, cursor))
        sections.append({"heading": items_at.get(left), "body": Markup("").join(pieces), "start": left})
    return templates.TemplateResponse(request, "document.html", {"doc": doc, "sections": sections})


@router.post("/saved-searches", response_class=HTMLResponse)
def follow_search(service: Service, form: Annotated[FollowForm, Form()]) -> Response:
    """Follow a search from the page: save it and show its feed."""
    with service.connect() as conn:
        saved = saved_searches.follow(conn, form.q, form.filters(), form.name or None, service.settings.limits)
    return RedirectResponse(f"/saved-searches/{saved.id}", status_code=303)


@router.get("/saved-searches/{saved_id}", response_class=HTMLResponse)
def saved_search_page(request: Request, saved_id: int, service: Service) -> Response:
    """A followed search: its feed link and the passages that have arrived since it was saved."""
    with service.connect() as conn:
        saved = saved_searches.get(conn, saved_id)
    entries = saved_searches.feed_entries(service, saved)
    return templates.TemplateResponse(request, "saved.html", {"saved": saved, "entries": entries})
