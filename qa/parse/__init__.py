"""Parse a committee paper's text into items, sections and blocks.

walls.py cuts walls of text (PDF dumps) into line-sized pieces, lines.py classifies each line, items.py and
headings.py decide which lines open items (model.py holds what they find), report.py reads an officer report's
front sheet, meta.py the paper's own fields, vocab.py holds the words all of them read by; parser.py puts them
together and cuts the blocks.
"""

import hashlib
from pathlib import Path

from qa.parse.meta import parse_date
from qa.parse.model import Block, Item
from qa.parse.parser import ParsedDocument, parse_text


def _fingerprint() -> str:
    """Which parser and chunker cut the stored papers: a hash of their source (and of qa/text.py, whose line and
    sentence rules both read by), so that a change to either is noticed without anyone remembering to bump a
    number (qa/writer.py re-parses stored papers when it differs)."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(here.glob("*.py")) + [here.parent / "chunk.py", here.parent / "text.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


PARSER_VERSION = _fingerprint()

__all__ = ["Item", "Block", "ParsedDocument", "parse_text", "parse_date", "PARSER_VERSION"]
