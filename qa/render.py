"""Results as JSON (the API's and the CLI's `--json` shape) and as text for a terminal."""

from __future__ import annotations

import textwrap
from urllib.parse import quote

from qa.search import Result, SearchResponse
from qa.store import StoredPassage
from qa.text import display_text


def citation_url(passage: StoredPassage) -> str:
    return f"/documents/{quote(passage.source)}#p-{passage.id}"


def citation_label(passage: StoredPassage) -> str:
    """'004_….txt · item 283: Update on … · Minutes' — what a person reads as the citation."""
    item = f"item {passage.item_number}: {passage.item_title}" if passage.item_number else passage.item_title
    parts = [passage.source, item]
    if passage.section:
        parts.append(passage.section_path)
    if passage.page:
        parts.append(f"page {passage.page}")
    return " · ".join(parts)


def citation_json(passage: StoredPassage) -> dict:
    return {
        "source": passage.source,
        "document_title": passage.document_title,
        "committee": passage.committee,
        "meeting_date": passage.meeting_date,
        "item_number": passage.item_number,
        "item_title": passage.item_title,
        "section": passage.section_path,
        "page": passage.page,
        "start": passage.start,
        "end": passage.end,
        "url": citation_url(passage),
    }


def result_json(result: Result) -> dict:
    passage = result.passage
    return {
        "rank": result.rank,
        "score": result.score,
        "passage_id": passage.id,
        "kind": passage.kind,
        "text": passage.text,
        "answer": {"start": result.answer[0], "end": result.answer[1], "text": passage.text[result.answer[0] : result.answer[1]]},
        "matches": [{"start": s, "end": e} for s, e in result.matches],
        "citation": citation_json(passage),
    }


def response_json(response: SearchResponse) -> dict:
    return {
        "query": response.query,
        "weak": response.weak,
        "suggestion": response.suggestion,
        "results": [result_json(r) for r in response.results],
    }


def response_text(response: SearchResponse) -> str:
    if not response.results:
        return f"No passage matches {response.query!r}." + (f" Did you mean: {response.suggestion}?" if response.suggestion else "")
    lines = []
    if response.weak:
        lines.append("No good match; the closest passages are below (weak matches).")
    if response.suggestion:
        lines.append(f"Did you mean: {response.suggestion}?")
    for result in response.results:
        passage = result.passage
        answer = " ".join(display_text(passage.text[result.answer[0] : result.answer[1]]).split())
        lines.append(f"{result.rank}. [{result.score:.4f}] {citation_label(passage)}")
        lines.append(textwrap.indent(textwrap.fill(answer, 96), "   > "))
        rest = " ".join(display_text(passage.text).split())
        if rest != answer:
            lines.append(textwrap.indent(textwrap.fill(textwrap.shorten(rest, 400), 96), "     "))
        lines.append("")
    return "\n".join(lines).rstrip()
