"""Words a paper says that no passage holds: a probe for text the parser drops on the way to passages.

    python scripts/probe_lost_text.py DIR [DIR ...] [--prefix dev_A_] [--show N]

Every line of every paper in DIR is compared with the blocks its passages are cut from. A line's words that no block
covers and that no item title or section name accounts for (a heading is in every citation under it) are lost to
search: a question about them finds nothing. Page furniture (a menu, "pdf icon PDF 84 KB", a document site's summary)
is meant to be lost, so the count is a probe to read, not a score to drive to zero. A line counts where three or more
of its words are lost. Prints, per folder, the papers, how many lose words, and how many words; `--show N` lists the N
papers that lose most, with their lines (never use it on the check half).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.ingest import prepare, read_paths  # noqa: E402
from qa.parse.parser import ParsedDocument  # noqa: E402

LOST_WORDS_PER_LINE = 3  # fewer is a stray number, a bullet's mark or a time
WORD = re.compile(r"[A-Za-z]\w+")


def lost_lines(doc: ParsedDocument) -> list[tuple[int, str]]:
    """(words lost, the line's uncovered text) for each line of the paper that loses LOST_WORDS_PER_LINE or more."""
    covered = bytearray(len(doc.text))
    for block in doc.blocks:
        covered[block.start:block.end] = b"\x01" * (block.end - block.start)
    named = {word.lower() for item in doc.items for word in WORD.findall(item.title)}
    named |= {word.lower() for block in doc.blocks for label in block.section for word in WORD.findall(label)}
    found, position = [], 0
    for line in doc.text.split("\n"):
        start, position = position, position + len(line) + 1
        bare = "".join(" " if covered[start + k] else ch for k, ch in enumerate(line))
        lost = [word for word in WORD.findall(bare) if word.lower() not in named]
        if len(lost) >= LOST_WORDS_PER_LINE:
            found.append((len(lost), " ".join(bare.split())))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--prefix", default="", help="only papers whose file name starts so (e.g. dev_A_)")
    parser.add_argument("--show", type=int, default=0, help="list the papers that lose most, with their lines")
    args = parser.parse_args()
    worst: list[tuple[int, str, list[tuple[int, str]]]] = []
    for folder in args.dirs:
        paths = sorted(p for p in folder.iterdir() if p.is_file() and p.name.startswith(args.prefix)
                       and p.suffix.lower() in (".txt", ".md", ".html", ".htm"))
        papers = lossy = words = 0
        for source in read_paths(paths):
            doc, _ = prepare(source, 700)
            lines = lost_lines(doc)
            papers, lossy, words = papers + 1, lossy + bool(lines), words + sum(n for n, _ in lines)
            worst.append((sum(n for n, _ in lines), source.source, lines))
        print(f"{folder}: {papers} papers, {lossy} lose words, {words} words lost")
    for total, name, lines in sorted(worst, reverse=True)[:args.show]:
        print(f"\n{total:5d} {name}")
        for count, text in lines:
            print(f"      {count:3d} | {text[:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
