"""How much one stray line can break a paper's outline: a robustness probe for the parser.

    python scripts/probe_stray_lines.py STRUCTURE.jsonl --corpus DIR [--prefix dev_A_] [--show]

Real pages carry lines that name a layout out of place: a PDF's "Item 6" page header inside minutes, a clerk's
"Addendum (Item 7)", "Wards affected: All" under one report of an agenda, a copied "Decision details". For every
labelled paper with three items or more, each such line is inserted on its own at a quarter, half and nine tenths of
the paper, and the item F1 (as scripts/eval_structure.py scores it) is compared with the paper as published. Prints
how many (paper, line, position) cases lose more than 0.3, how many fall to 0.2 or less, and how many of those with
the line past the paper's head (at half or nine tenths). Then, for every labelled paper, each of a page's stray
head lines (breadcrumbs, "Published: ...", "Date of next meeting: ...") at the top and half-way: how often the
paper's committee or meeting date changes. Last, a website's chrome (a menu, bulleted links, a cookie banner; a
footer below): how often committee, date or items change. `--show` lists the cases (never use it on the check half).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_structure import labelled_papers, probe_arguments, score  # noqa: E402

from qa.outline import outline_of_text  # noqa: E402
from qa.parse import parse_text  # noqa: E402

STRAY_LINES = ("Agenda item", "Decision details", "Issue - meetings", "Meeting: 12/03/2020 - Cabinet (Item 4)",
               "Addendum (Item 7)", "Minutes:", "Decision:", "Report author: Jo Bloggs", "Publication date: 01/02/2020",
               "PART II", "Contents", "1", "Page 3 of 10", "Agenda and minutes", "Supporting documents:", "RESOLVED:",
               "Background papers: none", "Appendix A", "Exempt information", "Item 6", "Date of decision: 17/09/2020",
               "Decided at meeting: 17/09/2020 - Strategy Committee", "Wards affected: All", "Recommendations",
               "Any other business", "View the background to item 3", "Present:")
POSITIONS = (0.25, 0.5, 0.9)
HEAD_LINES = ("Skip to main content", "Home > Your council > Committees > Licensing Committee", "Published: 3 March 2024",
              "Date of next meeting: Thursday 14 July 2024", "Date of the next meeting - Thursday 14 July 2024",
              "Print this page", "Last updated: 12 January 2024", "Contact: Democratic Services, Town Hall",
              "Council meetings", "This meeting will be webcast", "Meetings, agendas and minutes",
              "Agenda published: 5 March 2024", "Minutes published on 12 March 2024", "Printed on 12/03/2024",
              "Issue date: 4 March 2024", "Despatch date: 27 February 2024", "Minutes approved on 14 April 2024",
              "PUBLIC DOCUMENT PACK", "Membership: Councillors Adams, Brown and Clark", "Draft - subject to approval",
              "Committee Services", "Representing the Licensing Authority")
# A website's chrome saved with a page: above the paper, or (the footer) below it.
CHROME = {
    "menu": ("Skip to main content", "Home", "Councillors", "Meetings", "Calendar", "Committees", "Decisions",
             "Forward plans", "Search documents", "Subscribe to updates"),
    "links": ("• Browse meetings", "• Committee details", "• Meeting attendance", "• Decisions", "• Outside bodies",
              "• Search documents"),
    "cookies": ("We use some essential cookies to make this website work.",
                "We'd like to set additional cookies to understand how you use the site.", "Accept additional cookies",
                "Reject additional cookies", "View cookies"),
    "footer": ("Back to top", "Contact us", "Accessibility statement", "Privacy notice", "© Westshire Council 2024"),
}


def item_f1(label: dict, found: dict) -> float:
    tally = score(label, found)
    precision = tally.matched / tally.found if tally.found else 0.0
    recall = tally.matched / tally.labelled if tally.labelled else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def stray_lines(papers: list[tuple[dict, str, dict]], show: bool) -> str:
    lost = collapsed = collapsed_past_head = 0
    for label, text, published in papers:
        if len(label["items"]) < 3:
            continue
        published_f1 = item_f1(label, published)
        lines = text.split("\n")
        for stray in STRAY_LINES:
            for position in POSITIONS:
                at = int(len(lines) * position)
                f1 = item_f1(label, outline_of_text(label["file"], "\n".join([*lines[:at], "", stray, "", *lines[at:]])))
                if f1 < published_f1 - 0.3:
                    lost += 1
                    collapsed += f1 <= 0.2
                    collapsed_past_head += f1 <= 0.2 and position > 0.25
                    if show:
                        print(f"{label['file']:<44} {stray!r:<52} at {position}: {published_f1:.2f} -> {f1:.2f}")
    return f"lost more than 0.3: {lost}   fell to 0.2 or less: {collapsed}   of those past the head: {collapsed_past_head}"


def head_lines(papers: list[tuple[dict, str, dict]], show: bool) -> str:
    cases = committee_changed = date_changed = 0
    for label, text, published in papers:
        lines = text.split("\n")
        for stray in HEAD_LINES:
            for at in (0, len(lines) // 2):
                doc = parse_text(label["file"], "\n".join([*lines[:at], "", stray, "", *lines[at:]]))
                cases += 1
                committee_changed += doc.committee != published["committee"]
                date_changed += doc.meeting_date != published["meeting_date"]
                if show and (doc.committee, doc.meeting_date) != (published["committee"], published["meeting_date"]):
                    print(f"{label['file']:<44} {stray!r:<52} at line {at}: {published['committee']!r} "
                          f"{published['meeting_date']} -> {doc.committee!r} {doc.meeting_date}")
    return f"head lines: {cases} cases, committee changed {committee_changed}, meeting date changed {date_changed}"


def site_chrome(papers: list[tuple[dict, str, dict]], show: bool) -> str:
    cases = changed = 0
    for label, text, published in papers:
        published_f1 = item_f1(label, published) if label["items"] else None
        for name, block in CHROME.items():
            chrome = "\n".join(block)
            found = outline_of_text(label["file"], f"{text}\n\n{chrome}" if name == "footer" else f"{chrome}\n\n{text}")
            cases += 1
            worse = published_f1 is not None and item_f1(label, found) < published_f1 - 0.1
            if worse or (found["committee"], found["meeting_date"]) != (published["committee"], published["meeting_date"]):
                changed += 1
                if show:
                    print(f"{label['file']:<44} {name:<8} committee {published['committee']!r} -> {found['committee']!r}, "
                          f"date {published['meeting_date']} -> {found['meeting_date']}, item F1 lower by more than 0.1: {worse}")
    return f"site chrome: {cases} cases, committee, date or items changed in {changed}"


def main() -> int:
    args = probe_arguments(__doc__.splitlines()[0], "list each case that lost more than 0.3")
    # (label, text, outline as published), read and parsed once for all three probes
    papers = [(label, text, outline_of_text(label["file"], text))
              for label, text in labelled_papers(args.structure, args.corpus, args.prefix)]
    for probe in (stray_lines, head_lines, site_chrome):
        print(probe(papers, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
