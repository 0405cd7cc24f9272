"""Structure quality: are a paper's agenda items, committee and meeting date the ones a careful reader sees?

    python scripts/eval_structure.py STRUCTURE.jsonl --corpus DIR [--manifest MANIFEST.tsv] [--show FILE ...]

For real-dev: `scripts/eval_structure.py ../shared/real-dev/structure.jsonl --corpus ../shared/real-dev/papers`.
Each line of STRUCTURE.jsonl has `file`, `committee` (or null), `meeting_date` (ISO or null) and `items`
(each `number` as printed, or null, and `title`). A found item matches a labelled one when their titles are
equal after folding case, spacing, quotes and the punctuation at either end; each label matches once.

Prints item precision / recall / F1 (micro, over all items), the share of matched items whose number is
right, committee and meeting-date accuracy over the papers whose label states one, per layout (the
MANIFEST's `format` column, found beside STRUCTURE.jsonl) and in all. Files whose name starts with
`dev_A_` / `dev_B_` are also reported as the tune / check halves.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.outline import outline_of_file  # noqa: E402


def fold(text: str | None) -> str:
    """Case, spacing, quote style and the punctuation at either end do not count."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("&", "and")
    text = re.sub(r"\s+", " ", text)
    return re.sub(r"^[\W_]+|[\W_]+$", "", text)


def fold_number(number: str | None) -> str:
    return re.sub(r"[\s.]+$", "", (number or "").strip()).casefold()


@dataclass
class Tally:
    found: int = 0
    labelled: int = 0
    matched: int = 0
    numbers_right: int = 0
    committee_right: int = 0
    committee_stated: int = 0
    date_right: int = 0
    date_stated: int = 0
    papers: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("found", "labelled", "matched", "numbers_right", "committee_right", "committee_stated",
                     "date_right", "date_stated", "papers"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def rates(self) -> tuple[float, float, float]:
        """Item precision, recall and F1."""
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.labelled if self.labelled else 0.0
        return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def row(self, name: str) -> str:
        precision, recall, f1 = self.rates()
        numbers = self.numbers_right / self.matched if self.matched else 0.0
        committee = f"{self.committee_right}/{self.committee_stated}"
        dates = f"{self.date_right}/{self.date_stated}"
        return (f"{name:<18} {self.papers:>6} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f} {numbers:>7.3f} "
                f"{committee:>9} {dates:>9}")


def probe_arguments(description: str, show: str) -> argparse.Namespace:
    """The probes' shared command line: STRUCTURE.jsonl --corpus DIR [--prefix dev_A_] [--show]."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("structure", type=Path)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--prefix", default="", help="only papers whose file name starts with this (dev_A_: the tune half)")
    parser.add_argument("--show", action="store_true", help=show)
    return parser.parse_args()


def labelled_papers(structure: Path, corpus: Path, prefix: str = "") -> list[tuple[dict, str]]:
    """(label, text) for each labelled paper in `corpus` whose file name starts with `prefix` (the probes read these)."""
    papers = []
    for row in structure.read_text().splitlines():
        label = json.loads(row) if row.strip() else None
        if label and label["file"].startswith(prefix) and (corpus / label["file"]).exists():
            papers.append((label, (corpus / label["file"]).read_text(encoding="utf-8")))
    return papers


def score(label: dict, outline: dict) -> Tally:
    tally = Tally(papers=1)
    found = outline["items"]
    tally.found, tally.labelled = len(found), len(label["items"])
    unmatched = list(label["items"])
    for item in found:
        key = fold(item["title"])
        match = next((wanted for wanted in unmatched if fold(wanted["title"]) == key), None)
        if match is None:
            continue
        unmatched.remove(match)
        tally.matched += 1
        tally.numbers_right += fold_number(item["number"]) == fold_number(match["number"])
    if label.get("committee"):
        tally.committee_stated = 1
        tally.committee_right = int(fold(outline.get("committee")) == fold(label["committee"]))
    if label.get("meeting_date"):
        tally.date_stated = 1
        tally.date_right = int(outline.get("meeting_date") == label["meeting_date"])
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("structure", type=Path)
    parser.add_argument("--corpus", type=Path, required=True, help="the folder holding the labelled papers")
    parser.add_argument("--manifest", type=Path, help="TSV with file and format columns (default: MANIFEST.tsv beside STRUCTURE)")
    parser.add_argument("--show", nargs="*", default=None, help="print found vs labelled items for these files")
    parser.add_argument("--by-half", action="store_true", help="also rows per half and layout")
    args = parser.parse_args()

    labels = [json.loads(line) for line in args.structure.read_text().splitlines() if line.strip()]
    manifest = args.manifest or args.structure.with_name("MANIFEST.tsv")
    layouts: dict[str, str] = {}
    if manifest.exists():
        with manifest.open() as handle:
            layouts = {row["file"]: row.get("format") or "-" for row in csv.DictReader(handle, delimiter="\t")}

    groups: dict[str, Tally] = defaultdict(Tally)
    for label in labels:
        path = args.corpus / label["file"]
        if not path.exists():
            print(f"missing: {path}", file=sys.stderr)
            continue
        outline = outline_of_file(path)
        tally = score(label, outline)
        layout = layouts.get(label["file"], "-")
        names = ["all", f"layout {layout}"]
        half = "tune" if label["file"].startswith("dev_A_") else "check" if label["file"].startswith("dev_B_") else ""
        if half:
            names += [f"{half} half", f"{half} {layout}"]
        for name in names:
            groups[name].add(tally)
        if args.show is not None and (not args.show or label["file"] in args.show):
            print(f"\n== {label['file']}  committee {outline.get('committee')!r} (label {label.get('committee')!r})"
                  f"  date {outline.get('meeting_date')} (label {label.get('meeting_date')})")
            for item in outline["items"]:
                ok = any(fold(item["title"]) == fold(w["title"]) for w in label["items"])
                print(f"   {'+' if ok else '-'} [{item['number']}] {item['title'][:110]}")
            for wanted in label["items"]:
                if not any(fold(item["title"]) == fold(wanted["title"]) for item in outline["items"]):
                    print(f"   missed [{wanted['number']}] {wanted['title'][:110]}")

    print(f"\n{'papers':<18} {'n':>6} {'item P':>6} {'item R':>6} {'F1':>6} {'number':>7} {'committee':>9} {'date':>9}")
    order = ["tune half", "check half", "all"] + sorted(name for name in groups if name.startswith("layout"))
    if args.by_half:
        order += sorted(name for name in groups if name.startswith(("tune ", "check ")) and not name.endswith(" half"))
    for name in order:
        if name in groups:
            print(groups[name].row(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
