"""How well the parser reads a paper cut short, as real pages reach us (the first ~2,000 characters of a web page).

    python scripts/probe_cut_short.py STRUCTURE.jsonl --corpus DIR [--prefix dev_A_] [--show]

Every labelled paper with two items or more is cut at 35%, 50% and 70% of its length (and kept whole, for
comparison). The items a reader can still see are the labelled ones whose title (folded as scripts/eval_structure.py
folds it) is in the cut text; the parser's items of the cut text are scored against those, as eval_structure.py
scores a paper, and summed per cut. An item whose heading the cut falls inside is neither expected nor, where the
parser reads its first words, counted right: the probe compares cuts with each other and one version of the parser
with another, not with the published figures. `--show` lists the papers that fall below 0.8 precision or recall at a
cut (never use it on the check half).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_structure import Tally, fold, score  # noqa: E402

from qa.outline import outline_of_text  # noqa: E402

CUTS = (0.35, 0.5, 0.7, 1.0)
SHORTEST = 400  # characters: a cut never leaves less than a page's head


def visible(label: dict, text: str) -> list[dict]:
    """The labelled items whose title a reader can see in `text`."""
    folded = fold(text)
    return [item for item in label["items"] if fold(item["title"]) and fold(item["title"])[:60] in folded]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("structure", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--prefix", default="", help="only papers whose file name starts with this (dev_A_: the tune half)")
    parser.add_argument("--show", action="store_true", help="list the papers that read badly at a cut")
    args = parser.parse_args()
    labels = [json.loads(line) for line in args.structure.read_text().splitlines() if line.strip()]
    totals = {cut: Tally() for cut in CUTS}
    for label in labels:
        path = args.corpus / label["file"]
        if not label["file"].startswith(args.prefix) or len(label["items"]) < 2 or not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for cut in CUTS:
            part = text[:max(SHORTEST, int(len(text) * cut))]
            expected = visible(label, part)
            if not expected:
                continue
            tally = score({**label, "items": expected, "committee": None, "meeting_date": None}, outline_of_text(label["file"], part))
            for name in ("found", "labelled", "matched"):
                setattr(totals[cut], name, getattr(totals[cut], name) + getattr(tally, name))
            precision, recall = tally.matched / max(1, tally.found), tally.matched / max(1, tally.labelled)
            if args.show and cut < 1.0 and min(precision, recall) < 0.8:
                print(f"{label['file']} cut at {cut:.0%}: P {precision:.2f} R {recall:.2f}")
    print(f"{'cut':>6} {'items':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for cut, tally in totals.items():
        precision, recall = tally.matched / max(1, tally.found), tally.matched / max(1, tally.labelled)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{cut:>6.0%} {tally.labelled:>6} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
