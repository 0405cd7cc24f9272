"""Generate a large, realistic corpus in the three seed formats: `python scripts/make_corpus.py N OUT_DIR`.

Papers recombine and vary the seeds' own paragraphs (council names, people, figures and dates are
swapped), with item numbers, titles, dates and committees drawn at random; the same --seed gives
the same files. N is the number of papers (about 12 passages each on average).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qa.chunk import chunk_document  # noqa: E402
from qa.parse import parse_text  # noqa: E402

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
COUNCILS = ["Lincolnshire", "Lancashire", "Worcestershire", "Norfolk", "Cumbria", "Devon", "Kent", "Surrey", "Essex",
            "Suffolk", "Dorset", "Somerset", "Durham", "Cheshire", "Derbyshire", "Leicestershire", "Shropshire"]
COMMITTEES = ["Children and Young People Scrutiny Committee", "Cabinet", "Planning Committee", "Audit Committee",
              "Health Overview and Scrutiny Panel", "Corporate Parenting Board", "Environment Scrutiny Committee",
              "Adult Social Care Panel", "Highways and Transport Committee", "Full Council"]
TOPICS = ["Budget Monitoring", "Children's Social Care Improvement Plan", "Highways Maintenance", "Library Service Review",
          "Flood Risk Strategy", "Waste and Recycling", "Adult Social Care Charging", "School Place Planning",
          "Corporate Parenting Annual Report", "Youth Justice Plan", "Climate Action Plan", "Housing Delivery",
          "Public Health Grant", "Treasury Management", "Partners in Practice", "Safeguarding Board Annual Report"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SEEDS.glob("*")):
        doc = parse_text(path.name, path.read_text(encoding="utf-8"))
        paragraphs += [" ".join(p.display.split()) for p in chunk_document(doc, 500) if len(p.text) > 80]
    return paragraphs


def vary(text: str, rng: random.Random) -> str:
    """The same kind of sentence about another council, other figures and other dates."""
    council = rng.choice(COUNCILS)
    text = re.sub(r"\b(?:" + "|".join(COUNCILS) + r")\b", council, text)
    text = re.sub(r"\d", lambda m: str(rng.randint(0, 9)), text)
    text = re.sub(r"\b(?:" + "|".join(MONTHS) + r")\b", lambda m: rng.choice(MONTHS), text)
    words = text.split()
    if len(words) > 12 and rng.random() < 0.5:  # drop or repeat a clause so texts differ
        cut = rng.randrange(4, len(words) - 4)
        words = words[:cut] + [rng.choice(TOPICS).lower(), "and"] + words[cut:]
    # One word of another topic in every sentence, so that no sentence is the seeds' own: real papers repeat few
    # sentences (6% of the real-dev ones), and the indexer embeds a repeated sentence once.
    sentences = re.split(r"(?<=[.;:])\s+", " ".join(words))
    return " ".join(_with_word(sentence, rng) for sentence in sentences)


def _with_word(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    cut = rng.randrange(0, len(words) + 1)
    return " ".join(words[:cut] + [rng.choice(TOPICS).split()[0].lower()] + words[cut:])


def when(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2012, 2025)}"


def moderngov_item(rng, paragraphs) -> str:
    body = "\n\n \n\n".join(vary(rng.choice(paragraphs), rng) for _ in range(rng.randint(3, 7)))
    bullets = "\n\n".join(f"·         {vary(rng.choice(paragraphs), rng)}" for _ in range(rng.randint(0, 4)))
    resolutions = "\n\n".join(f"{i}.    That {vary(rng.choice(paragraphs), rng)[:200].rstrip('.')}." for i in range(1, rng.randint(2, 4)))
    return (f"Agenda item\n\n{rng.choice(TOPICS)}\n\n(To receive a report on {rng.choice(TOPICS).lower()})\n\nMinutes:\n\n"
            f"{body}\n\n{bullets}\n\nRESOLVED\n\n{resolutions}\n\nSupporting documents:\n\ndot\n\nOriginal Text:")


def meeting_page(rng, paragraphs) -> str:
    number = rng.randint(1, 400)
    items = []
    for n in range(number, number + rng.randint(3, 7)):
        text = "\n\n \n\n".join(vary(rng.choice(paragraphs), rng) for _ in range(rng.randint(1, 4)))
        items.append(f"{n}.\n\n{rng.choice(TOPICS)} pdf icon PDF {rng.randint(50, 900)} KB\n\nMinutes:\n\n{text}\n\n ")
    return (f"Agendas, Meetings and Minutes - Agenda and minutes\n\nAgenda and minutes\n\nVenue: County Hall, "
            f"{rng.choice(COUNCILS)}\n\nContact: Democratic Services\n\nItems\nNo. Item\n\n" + "\n\n".join(items))


def officer_report(rng, paragraphs) -> str:
    sections = []
    for n, name in enumerate(["Background", "Proposals", "Conclusion", "Consultation"], 1):
        paras = "\n\n".join(vary(rng.choice(paragraphs), rng) for _ in range(rng.randint(1, 5)))
        sections.append(f"**{n}. {name}**\n\n{paras}")
    return (f"**Open Report on behalf of the Executive Director**\n\nReport to:\t<b>{rng.choice(COMMITTEES)}</b>\n"
            f"Date:\t<b>{when(rng)}</b>\nSubject:\t<b>{rng.choice(TOPICS)}</b>\n\n**Summary:**\n\n"
            f"{vary(rng.choice(paragraphs), rng)}\n\n**Actions Required:**\n\n{vary(rng.choice(paragraphs), rng)}\n\n"
            + "\n\n".join(sections))


def make_corpus(n: int, out: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    out.mkdir(parents=True, exist_ok=True)
    makers = [(moderngov_item, ".txt"), (meeting_page, ".txt"), (officer_report, ".md")]
    files = []
    for i in range(n):
        maker, suffix = makers[i % 3]
        path = out / f"paper_{i:06d}{suffix}"
        path.write_text(maker(rng, paragraphs), encoding="utf-8")
        files.append(path)
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of papers")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    files = make_corpus(args.n, args.out, args.seed)
    print(f"wrote {len(files)} papers to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
