"""Parse a committee paper's text into items, sections and blocks.

lines.py classifies each line, items.py decides which lines open items and cuts blocks, meta.py reads
the paper's own fields, vocab.py holds the words all of them read by; parser.py puts them together.
"""

import hashlib
from pathlib import Path

from qa.parse.items import Block, Item
from qa.parse.meta import parse_date
from qa.parse.parser import ParsedDocument, parse_text


def _fingerprint() -> str:
    """Which parser and chunker cut the stored papers: a hash of their source, so that a change to either is
    noticed without anyone remembering to bump a number (qa/writer.py re-parses stored papers when it differs)."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(here.glob("*.py")) + [here.parent / "chunk.py"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


PARSER_VERSION = _fingerprint()

__all__ = ["Item", "Block", "ParsedDocument", "parse_text", "parse_date", "PARSER_VERSION"]
