"""The fusion and each ranking stage are small pure functions: a ranked list in, a ranked list out."""

from __future__ import annotations

import pytest

from qa import stages
from qa.errors import BadQuery
from qa.records import Passage
from qa.retrieve import RRF_K, fuse


def passage(pid: int, item_title: str = "Budget", text: str = "Some text.", committee: str | None = None,
            meeting_date: str | None = None, kind: str = "minutes") -> Passage:
    return Passage(source="p.txt", document_title="Minutes", committee=committee, meeting_date=meeting_date,
                   item_number=None, item_title=item_title, section=(), start=0, end=len(text), kind=kind, text=text,
                   position=pid, id=pid)


def given(question: str, passages: dict[int, Passage], resolutions: dict[int, list[int]] | None = None) -> stages.StageInput:
    return stages.StageInput(question, lambda ids: {i: passages[i] for i in ids if i in passages},
                             lambda ids: {i: (resolutions or {}).get(i, []) for i in ids})


def ids(ranked):
    return [pid for pid, _ in ranked]


def test_fuse_rewards_agreement_and_keeps_first_seen_order_on_ties():
    dense = [(1, 0.9), (2, 0.8), (3, 0.7)]
    lexical = [(3, 12.0), (4, 9.0)]
    fused = fuse(dense, lexical)
    assert ids(fused) == [3, 1, 2, 4]  # 3 is in both lists: its two reciprocal ranks add up
    assert fused[0][1] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert ids(fuse([(5, 1.0)], [(6, 1.0)])) == [5, 6]  # equal scores: the order they were first seen
    assert ids(fuse(dense, lexical, dense_weight=0.0)) == [3, 4, 1, 2]
    assert fuse([], []) == []


def test_decision_question_puts_the_items_resolution_just_ahead_of_its_best_passage():
    ranked = [(1, 0.05), (2, 0.04), (3, 0.03), (9, 0.001)]
    passages = {i: passage(i) for i in (1, 2, 3, 9)}
    lifted = stages._decision(ranked, given("was the copper beech protected", passages, {1: [9]}))
    assert ids(lifted)[:2] == [9, 1]
    assert stages._decision(ranked, given("why are waiting times long", passages, {1: [9]})) == ranked


def test_procedural_items_drop_back_unless_asked_about():
    passages = {1: passage(1, "Apologies for Absence", "Apologies were received from Cllr Smith."), 2: passage(2, "Budget")}
    ranked = [(1, 0.030), (2, 0.025)]
    assert ids(stages._procedural(ranked, given("budget overspend", passages))) == [2, 1]
    assert ids(stages._procedural(ranked, given("who sent apologies", passages))) == [1, 2]


def test_a_named_committee_lifts_its_papers():
    passages = {1: passage(1, committee="Planning Committee"), 2: passage(2, committee="Health and Wellbeing Board")}
    ranked = [(1, 0.030), (2, 0.025)]
    assert ids(stages._committee(ranked, given("smoking at the health and wellbeing board", passages))) == [2, 1]
    assert ids(stages._committee(ranked, given("smoking at the board", passages))) == [1, 2]


def test_a_named_meeting_month_lifts_that_meeting():
    passages = {1: passage(1, meeting_date="2023-01-19"), 2: passage(2, meeting_date="2019-03-12")}
    ranked = [(1, 0.030), (2, 0.025)]
    assert ids(stages._period(ranked, given("who sent apologies in March 2019", passages))) == [2, 1]
    assert stages._period(ranked, given("funding for 2020/21", passages)) == ranked


def test_a_question_asking_for_a_sum_lifts_the_passage_stating_one():
    passages = {1: passage(1, text="The funding was discussed."), 2: passage(2, text="Funding of £1,207,908 was received.")}
    ranked = [(1, 0.030), (2, 0.025)]
    assert ids(stages._shape(ranked, given("how much funding was received", passages))) == [2, 1]
    assert stages._shape(ranked, given("who discussed it", passages)) == ranked


def test_a_bonus_reorders_near_ties_but_not_a_clear_winner():
    passages = {1: passage(1, text="Nothing here."), 2: passage(2, text="It cost £5.")}
    clear = [(1, 0.05), (2, 0.02)]
    assert ids(stages._shape(clear, given("how much did it cost", passages))) == [1, 2]


def test_stages_are_chosen_by_name():
    assert stages.select("all") == stages.STAGES and stages.select("none") == ()
    assert [s.name for s in stages.select("decision,shape")] == ["decision", "shape"]
    assert "decision" not in [s.name for s in stages.select("-decision")]
    with pytest.raises(BadQuery, match="unknown stage 'nope'"):
        stages.select("nope")
