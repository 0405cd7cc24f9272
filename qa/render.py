"""Results as text for a terminal (the JSON shape is the API's, web/schemas.py)."""

from __future__ import annotations

import textwrap

from qa.records import SearchResponse
from qa.text import display_text


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
        lines.append(f"{result.rank}. [{result.score:.4f}] {passage.label}")
        lines.append(textwrap.indent(textwrap.fill(answer, 96), "   > "))
        rest = " ".join(display_text(passage.text).split())
        if rest != answer:
            lines.append(textwrap.indent(textwrap.fill(textwrap.shorten(rest, 400), 96), "     "))
        lines.append("")
    return "\n".join(lines).rstrip()
