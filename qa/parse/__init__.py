"""Parse a committee paper's text into items, sections and blocks.

lines.py classifies each line, items.py decides which lines open items and cuts blocks, meta.py reads
the paper's own fields, vocab.py holds the words all of them read by; parser.py puts them together.
"""

from qa.parse.items import Block, Item
from qa.parse.meta import parse_date
from qa.parse.parser import ParsedDocument, parse_text

__all__ = ["Item", "Block", "ParsedDocument", "parse_text", "parse_date"]
