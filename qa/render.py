"""Results as text for a terminal (the JSON shape is the API's, web/schemas.py)."""

from __future__ import annotations

import textwrap

from qa.records import Facets, Result, SearchResponse
from qa.text import display_text


def response_text(response: SearchResponse) -> str:
    shown = response.items if response.items is not None else response.results
    if not shown:
        if response.weak:
            line = f"Nothing in the papers matches {response.query!r} (the closest passages are not close; --closest shows them)."
        else:
            line = f"No passage matches {response.query!r}."
        return line + (f" Did you mean: {response.suggestion}?" if response.suggestion else "")
    lines = []
    if response.weak:
        lines.append("No good match; the closest passages are below (weak matches).")
    if response.suggestion:
        lines.append(f"Did you mean: {response.suggestion}?")
    if response.items is not None:
        for item in response.items:
            p = item.first
            number = f"item {p.item_number}: " if p.item_number else ""
            lines.append(f"{item.rank}. [{item.score:.4f}] {p.source} · {number}{p.item_title}")
            lines += [textwrap.indent(_passage_lines(r, with_section=True), "   ") for r in item.passages]
            lines.append("")
    else:
        for result in response.results:
            lines.append(f"{result.rank}. [{result.score:.4f}] {result.passage.label}")
            lines.append(_passage_lines(result))
            lines.append("")
    facets = _facet_line(response.facets)
    return "\n".join(lines + ([facets] if facets else [])).rstrip()


def _passage_lines(result: Result, with_section: bool = False) -> str:
    passage = result.passage
    answer = " ".join(display_text(passage.text[result.answer[0] : result.answer[1]]).split())
    lines = [f"- {passage.section_path or passage.kind}"] if with_section else []
    lines.append(textwrap.indent(textwrap.fill(answer, 96), "   > "))
    rest = " ".join(display_text(passage.text).split())
    if rest != answer:
        lines.append(textwrap.indent(textwrap.fill(textwrap.shorten(rest, 400), 96), "     "))
    return "\n".join(lines)


def _facet_line(facets: Facets) -> str:
    if not facets.matched:
        return ""
    parts = [f"{name}: " + ", ".join(f"{c.value} ({c.count})" for c in counts[:5])
             for name, counts in (("committee", facets.committee), ("year", facets.year), ("kind", facets.kind)) if counts]
    return f"{facets.matched} passages matched · " + " · ".join(parts)
