"""Cut a parsed paper into passages that carry their citation from the moment they are cut.

A passage is one to a few consecutive blocks of one section of one item: a lead-in paragraph stays
with the bullets it introduces, a bullet or a resolution is never split, and a paragraph longer than
the size limit is cut only between sentences. The text is an exact slice of the source.
"""

from __future__ import annotations

import re

from qa.parse import Block, ParsedDocument
from qa.records import Passage
from qa.text import display_text, sentence_spans

DEFAULT_MAX_CHARS = 700
LIST_CHARS_FACTOR = 2.0

_RESOLUTION_SECTION = re.compile(r"^(?:resolved|resolutions?|decisions?(?: made)?|decided|agreed|outcome)$", re.I)
_RECOMMENDATION_SECTION = re.compile(r"recommend|actions? required", re.I)
_SUMMARY_SECTION = re.compile(r"^(?:summary|executive summary|purpose(?: of (?:the )?report)?|introduction)$", re.I)
_RESOLUTION_TEXT = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:resolved|agreed|decided|decision\s*:)", re.I)


def passage_kind(section: tuple[str, ...], text: str, layout: str) -> str:
    if section == ("Details",):
        return "details"  # metadata lines: "Decision Maker: Cabinet", "Publication date: 12/10/2017"
    if any(_RESOLUTION_SECTION.match(label) for label in section) or _RESOLUTION_TEXT.match(text):
        return "resolution"
    if any(_RECOMMENDATION_SECTION.search(label) for label in section):
        return "recommendation"
    if section and _SUMMARY_SECTION.match(section[0]):
        return "summary"
    return "report" if layout == "report" else "minutes"


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?:;\"'’”)\]]\s*$", text))


def _merge_broken_paragraphs(text: str, blocks: list[Block]) -> list[Block]:
    """Join a paragraph that a page break cut mid-sentence ('... the foundations for' / 'effective ...')."""
    merged: list[Block] = []
    for block in blocks:
        if merged:
            last = merged[-1]
            same_place = last.item == block.item and last.section == block.section
            if same_place and not _ends_sentence(text[last.start : last.end]) and text[block.start : block.start + 1].islower():
                merged[-1] = Block(last.start, block.end, last.item, last.section, last.bullet)
                continue
        merged.append(block)
    return merged


HARD_MAX_CHARS = 1000  # no passage is longer, whatever the input: unbreakable text is cut at a word, else a character


def _split_long(text: str, block: Block, max_chars: int) -> list[Block]:
    """Cut an over-long block between sentences into pieces of at most max_chars where possible, and any
    piece still over HARD_MAX_CHARS (a sentence with no end) at its last space before the limit."""
    if block.end - block.start <= max_chars:
        return [block]
    pieces: list[Block] = []
    piece_start = piece_end = None
    for start, end in sentence_spans(text[block.start : block.end], block.start):
        if piece_start is not None and end - piece_start > max_chars:
            pieces.append(Block(piece_start, piece_end, block.item, block.section, block.bullet))
            piece_start = None
        if piece_start is None:
            piece_start = start
        piece_end = end
    if piece_start is not None:
        pieces.append(Block(piece_start, piece_end, block.item, block.section, block.bullet))
    return [cut for piece in pieces for cut in _cut_unbreakable(text, piece)]


def _cut_unbreakable(text: str, block: Block) -> list[Block]:
    out, start = [], block.start
    while block.end - start > HARD_MAX_CHARS:
        limit = start + HARD_MAX_CHARS
        space = text.rfind(" ", start + HARD_MAX_CHARS // 2, limit)
        cut = space if space > start else limit
        out.append(Block(start, cut, block.item, block.section, block.bullet))
        start = cut
        while start < block.end and text[start].isspace():
            start += 1
    if start < block.end:
        out.append(Block(start, block.end, block.item, block.section, block.bullet))
    return out


def chunk_document(doc: ParsedDocument, max_chars: int = DEFAULT_MAX_CHARS) -> list[Passage]:
    text = doc.text
    blocks = [piece for block in _merge_broken_paragraphs(text, doc.blocks) for piece in _split_long(text, block, max_chars)]
    groups: list[list[Block]] = []
    list_open = False  # a lead-in ("... as follows:") keeps the bullets it introduces together
    for block in blocks:
        if groups:
            group = groups[-1]
            first, last = group[0], group[-1]
            # never across text the parser left out (furniture, a "pdf icon" tail): a passage is one verbatim run
            same_place = first.item == block.item and first.section == block.section
            lead_in = display_text(text[last.start : last.end]).endswith(":")
            fits = block.end - first.start <= max_chars
            same_shape = last.bullet == block.bullet  # a bullet run and the paragraph after it stay apart
            in_list = list_open and block.bullet and block.end - first.start <= LIST_CHARS_FACTOR * max_chars
            bounded = block.end - first.start <= HARD_MAX_CHARS
            if same_place and bounded and (lead_in or in_list or (fits and same_shape)):
                list_open = lead_in or in_list
                group.append(block)
                continue
        list_open = False
        groups.append([block])

    passages = []
    for position, group in enumerate(groups):
        start, end = group[0].start, group[-1].end
        item = doc.items[group[0].item]
        section = group[0].section
        passage_text = text[start:end]
        passages.append(
            Passage(
                source=doc.source,
                document_title=doc.title,
                committee=doc.committee,
                meeting_date=doc.meeting_date,
                item_number=item.number,
                item_title=item.title,
                section=section,
                kind=passage_kind(section, passage_text, doc.layout),
                start=start,
                end=end,
                text=passage_text,
                position=position,
                item_index=group[0].item,
            )
        )
    return passages
