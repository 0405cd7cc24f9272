"""Parse a committee paper's text into items, sections and blocks (see parser.py)."""

from qa.parse.parser import Block, Item, ParsedDocument, parse_date, parse_text

__all__ = ["Item", "Block", "ParsedDocument", "parse_text", "parse_date"]
