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

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_structure import Tally, fold, labelled_papers, probe_arguments, score  # noqa: E402

from qa.outline import outline_of_text  # noqa: E402

CUTS = (0.35, 0.5, 0.7, 1.0)
SHORTEST = 400  # characters: a cut never leaves less than a page's head


def visible(label: dict, text: str) -> list[dict]:
    """The labelled items whose title a reader can see in `text`."""
    folded = fold(text)
    return [item for item in label["items"] if fold(item["title"]) and fold(item["title"])[:60] in folded]


def main() -> int:
    args = probe_arguments(__doc__.splitlines()[0], "list the papers that read badly at a cut")
    totals = {cut: Tally() for cut in CUTS}
    for label, text in labelled_papers(args.structure, args.corpus, args.prefix):
        if len(label["items"]) < 2:
            continue
        for cut in CUTS:
            part = text[:max(SHORTEST, int(len(text) * cut))]
            expected = visible(label, part)
            if not expected:
                continue
            tally = score({**label, "items": expected, "committee": None, "meeting_date": None}, outline_of_text(label["file"], part))
            totals[cut].add(tally)
            precision, recall, _ = tally.rates()
            if args.show and cut < 1.0 and min(precision, recall) < 0.8:
                print(f"{label['file']} cut at {cut:.0%}: P {precision:.2f} R {recall:.2f}")
    print(f"{'cut':>6} {'items':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for cut, tally in totals.items():
        precision, recall, f1 = tally.rates()
        print(f"{cut:>6.0%} {tally.labelled:>6} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
