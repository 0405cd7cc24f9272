"""Ranking stages after fusion: small named steps, each re-ordering the top candidates by what the
question asks for, each switchable (`scripts/eval.py --stages`), each with its own constants.

None is on by default. Each was measured with the convex fusion on every labelled set (scripts/eval.py
--stages-each, README), and a stage stays only if it helps the real-dev check half and hurts no other
set. None did: on the check half, hybrid with all of them scored R@1 0.638 / MRR 0.711 against 0.672 /
0.735 with none; dropping `decision` or `committee` alone raised check, and `details`, `procedural`,
`period` and `shape` changed nothing there. `head` (a paper's head drops back) came later, from questions we wrote
on real pages of councils in neither half: it lifted those (R@1 0.704 to 0.741) and seeds_dev's MRR, and changed
nothing on the check half, so it is off like the rest. They remain here to be measured again, not to be used.

A question often says what shape its answer has: "how much" wants a sum of money, "how many" a
count, "phone number" a telephone number, "when" or "deadline" a date or time, "was it approved"
a decision. The rankers match topic words; they do not know that the passage stating the figure
is the one wanted. So among the top candidates, a passage that holds an answer of the asked-for
shape moves up by a fixed bonus (a fraction of one rank step at the top of the fusion). Nothing is
added or removed, only re-ordered, and a question without a recognised shape is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from qa.errors import BadQuery
from qa.parse.vocab import MONTH_NUMBERS
from qa.records import Passage
from qa.retrieve import Ranked
from qa.shapes import AnswerShape, asked_shapes

BONUS = 0.05  # a twentieth of the fused score's range (0-1): it re-orders near-ties, never a clear winner
RERANK_DEPTH = 20  # candidates re-scored; deeper ones are too weak for a bonus to matter
DECISION_DEPTH = 3  # for "was it approved?", the resolutions of the items of this many top candidates


# What an item decided: "was the copper beech protected?", "did the committee approve ...", or an
# officer's "recycling centre opening hours decision", "approve the highways capital programme".
DECISION_QUESTION = re.compile(
    r"^\s*(?:was|were|did|has|have|had|is|are)\b.*\b(?:approv\w*|agree\w*|refus\w*|grant\w*|confirm\w*|adopt\w*|"
    r"protect\w*|accept\w*|reject\w*|decid\w*|decision|resolv\w*|endors\w*|vote\w*|defer\w*)"
    r"|\b(?:decision|decided|resolved|resolution|approve|approved|agreed|refused|endorsed|rejected|deferred)\b",
    re.I,
)


def asks_for_decision(question: str) -> bool:
    return bool(DECISION_QUESTION.search(question))



def adjust(ranked: list[tuple[int, float]], chosen: set[int], delta: float) -> list[tuple[int, float]]:
    """`ranked` best first; candidates within RERANK_DEPTH that are in `chosen` move by `delta`.
    Returns the list re-sorted, ties kept in their old order; deeper candidates are left as they are."""
    if not chosen:
        return ranked
    head = [(pid, score + delta if pid in chosen else score) for pid, score in ranked[:RERANK_DEPTH]]
    head.sort(key=lambda pair: -pair[1])  # stable: equal scores keep the fusion's order
    return head + ranked[RERANK_DEPTH:]


def rescore(
    ranked: list[tuple[int, float]], texts: dict[int, str], shapes: tuple[AnswerShape, ...], bonus: float
) -> list[tuple[int, float]]:
    """Candidates whose text holds an asked-for shape gain `bonus` once (not once per shape)."""
    holding = {pid for pid, text in texts.items() if any(shape.answer.search(text) for shape in shapes)}
    return adjust(ranked, holding, bonus)


def lift_resolutions(
    ranked: list[tuple[int, float]], resolutions_of: dict[int, list[int]], bonus: float
) -> list[tuple[int, float]]:
    """For a decision question ("was the copper beech protected?"): the answer is what the item about
    it resolved. Each of the top DECISION_DEPTH candidates puts its item's resolution passages just
    ahead of itself (its score plus `bonus`), so the best-matching item's decision comes first."""
    scores = dict(ranked)
    for pid, score in ranked[:DECISION_DEPTH]:
        for resolution in resolutions_of.get(pid, []):
            scores[resolution] = max(scores.get(resolution, float("-inf")), score + bonus)
    return sorted(scores.items(), key=lambda pair: -pair[1])


# Items every meeting has, whose text matches generic words ("meeting", "Councillors", "minutes")
# without answering anything: attendance, apologies, declarations, approving the last minutes.
PROCEDURAL_TITLE = re.compile(
    r"^\s*(?:apologies|declarations?\b|disclosures?\b|(?:approval|confirmation|adoption) of (?:the )?minutes|minutes of the "
    r"(?:previous|last)|minutes\s*$|present\s*$|attendance|membership|substitut|date of (?:the )?next meeting|"
    r"exclusion of (?:the )?(?:press|public)|urgent business|any other business)",
    re.I,
)
PROCEDURAL_TEXT = re.compile(r"^\s*(?:present|in attendance|members present)\s*:", re.I | re.M)
PROCEDURAL_QUESTION = re.compile(
    r"\b(?:apolog\w*|declar\w*|interests?|minutes|previous meeting|last meeting|correct record|present|attend\w*|"
    r"substitut\w*|membership|next meeting|exclusion)\b",
    re.I,
)


def is_procedural(item_title: str, text: str) -> bool:
    return bool(PROCEDURAL_TITLE.search(item_title) or PROCEDURAL_TEXT.search(text))


def demote_procedural(
    ranked: list[tuple[int, float]], procedural: set[int], question: str, penalty: float
) -> list[tuple[int, float]]:
    """Procedural passages among the top candidates lose `penalty`, unless the question is about them."""
    if PROCEDURAL_QUESTION.search(question):
        return ranked
    return adjust(ranked, procedural, -penalty)


_GENERIC_BODY_WORDS = {"committee", "board", "panel", "council", "meeting", "sub", "the", "and", "of", "for", "forum", "group"}


def names_committee(question: str, committee: str | None) -> bool:
    """Does the question name this committee ("apologies at the Health and Wellbeing Board")?
    All of the committee name's telling words must be in the question; "Board" or "Committee" alone
    tells nothing."""
    if not committee:
        return False
    telling = {w for w in re.findall(r"[a-z]+", committee.lower()) if w not in _GENERIC_BODY_WORDS and len(w) > 2}
    asked = set(re.findall(r"[a-z]+", question.lower()))
    return bool(telling) and telling <= asked


def favour_named_committee(
    ranked: list[tuple[int, float]], committees: dict[int, str | None], question: str, bonus: float
) -> list[tuple[int, float]]:
    """Candidates from a committee the question names gain `bonus`."""
    return adjust(ranked, {pid for pid, committee in committees.items() if names_committee(question, committee)}, bonus)


_MEETING_PERIOD = re.compile(
    rf"\b(?:(?P<month>{'|'.join(MONTH_NUMBERS)})\s+(?P<year>(?:19|20)\d{{2}})|(?:in|during|at the start of|at the end of)\s+(?P<bare>(?:19|20)\d{{2}}))\b(?!\s*/)",
    re.I,
)


def asked_meeting_period(question: str) -> tuple[str, str | None] | None:
    """("2019", "03") for "... in March 2019", ("2022", None) for "... in 2022"; None otherwise.
    A financial year ("2020/21") names a budget period, not a meeting, so it does not count."""
    match = _MEETING_PERIOD.search(question)
    if not match:
        return None
    if match.group("bare"):
        return match.group("bare"), None
    return match.group("year"), f"{MONTH_NUMBERS[match.group('month').lower()]:02d}"


def favour_meeting_period(
    ranked: list[tuple[int, float]], dates: dict[int, str | None], period: tuple[str, str | None] | None, bonus: float
) -> list[tuple[int, float]]:
    """Candidates from a meeting in the period the question names gain `bonus`."""
    if period is None:
        return ranked
    year, month = period
    prefix = f"{year}-{month}" if month else year
    return adjust(ranked, {pid for pid, day in dates.items() if (day or "").startswith(prefix)}, bonus)


# --- the stages -----------------------------------------------------------------------------------
@dataclass
class StageInput:
    """What a stage may look at besides the ranked list: the question, and the store through two look-ups
    (both fetched once per search and shared by the stages)."""

    question: str
    fetch: Callable[[list[int]], dict[int, Passage]]  # passages by id
    resolutions: Callable[[list[int]], dict[int, list[int]]]  # each passage's item's resolution ids, filters applied
    _seen: dict[int, Passage] = field(default_factory=dict)

    def passages(self, ids: list[int]) -> dict[int, Passage]:
        missing = [pid for pid in ids if pid not in self._seen]
        if missing:
            self._seen.update(self.fetch(missing))
        return {pid: self._seen[pid] for pid in ids if pid in self._seen}

    def head(self, ranked: Ranked) -> dict[int, Passage]:
        return self.passages([pid for pid, _ in ranked[:RERANK_DEPTH]])


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[[Ranked, StageInput], Ranked]
    doc: str


# A question about a paper's particulars: its dates, place, author, contact or who decided.
DETAILS_QUESTION = re.compile(
    r"\b(?:when|date|dated|time|venue|where|held|author|wrote|written|contact|phone|telephone|e-?mail|officer|"
    r"decision maker|who (?:decided|made|took)|published|publication|call[- ]?in|key decision|effective|ward)\b", re.I)


def _details(ranked: Ranked, given: StageInput) -> Ranked:
    """Metadata lines ("Report author: ...", "Publication date: ...") drop back unless the question asks about them."""
    if DETAILS_QUESTION.search(given.question):
        return ranked
    return adjust(ranked, {pid for pid, p in given.head(ranked).items() if p.kind == "details"}, -BONUS)


# A question about who attended, chaired or sent apologies, or where and when the meeting was: the paper's head answers it.
HEAD_QUESTION = re.compile(r"\b(?:attend\w*|present|apolog\w*|chair\w*|presid\w*|members?|venue|where|when|held|time)\b", re.I)


def _head(ranked: Ranked, given: StageInput) -> Ranked:
    """A paper's head (the venue, who attended, a page's chrome above its first item) drops back unless the question
    asks about the meeting itself: it shares a question's words ("council", "meeting", the body's name) without
    answering it."""
    if HEAD_QUESTION.search(given.question):
        return ranked
    return adjust(ranked, {pid for pid, p in given.head(ranked).items() if p.in_head}, -BONUS)


def _decision(ranked: Ranked, given: StageInput) -> Ranked:
    if not asks_for_decision(given.question):
        return ranked
    return lift_resolutions(ranked, given.resolutions([pid for pid, _ in ranked[:DECISION_DEPTH]]), BONUS)


def _procedural(ranked: Ranked, given: StageInput) -> Ranked:
    procedural = {pid for pid, p in given.head(ranked).items() if is_procedural(p.item_title, p.text)}
    return demote_procedural(ranked, procedural, given.question, BONUS)


def _committee(ranked: Ranked, given: StageInput) -> Ranked:
    return favour_named_committee(ranked, {pid: p.committee for pid, p in given.head(ranked).items()}, given.question, BONUS)


def _period(ranked: Ranked, given: StageInput) -> Ranked:
    period = asked_meeting_period(given.question)
    if period is None:
        return ranked
    return favour_meeting_period(ranked, {pid: p.meeting_date for pid, p in given.head(ranked).items()}, period, BONUS)


def _shape(ranked: Ranked, given: StageInput) -> Ranked:
    shapes = asked_shapes(given.question)
    if not shapes:
        return ranked
    return rescore(ranked, {pid: p.text for pid, p in given.head(ranked).items()}, shapes, BONUS)


STAGES: tuple[Stage, ...] = (
    Stage("details", _details, "metadata lines drop back unless the question asks about dates, places, authors"),
    Stage("head", _head, "a paper's head (venue, who attended) drops back unless the question asks about the meeting"),
    Stage("decision", _decision, "a decision question puts the best items' resolutions first"),
    Stage("procedural", _procedural, "apologies, declarations, last minutes drop back unless asked about"),
    Stage("committee", _committee, "a committee the question names lifts its papers"),
    Stage("period", _period, "a meeting month or year the question names lifts that meeting's papers"),
    Stage("shape", _shape, "a question asking for a sum, count, date, phone or email lifts passages stating one"),
)
DEFAULT = "none"  # every stage was measured off: see the module docstring


def select(spec: str | None = None) -> tuple[Stage, ...]:
    """`all`, `none`, `a,b` (only these) or `-a,-b` (all but these)."""
    spec = (spec or DEFAULT).strip()
    if spec == "all":
        return STAGES
    if spec == "none":
        return ()
    names = [name.strip() for name in spec.split(",") if name.strip()]
    known = {stage.name for stage in STAGES}
    unknown = [name.lstrip("-") for name in names if name.lstrip("-") not in known]
    if unknown:
        raise BadQuery(f"unknown stage {unknown[0]!r}; stages are: {', '.join(sorted(known))}, or all / none")
    if all(name.startswith("-") for name in names):
        dropped = {name[1:] for name in names}
        return tuple(stage for stage in STAGES if stage.name not in dropped)
    return tuple(stage for stage in STAGES if stage.name in names)


def run(stages: tuple[Stage, ...], ranked: Ranked, given: StageInput) -> Ranked:
    for stage in stages:
        ranked = stage.run(ranked, given)
    return ranked
