"""What a person types in the box, read as TheyWorkForYou and CourtListener users expect (no model needed)."""

from __future__ import annotations

import pytest

from qa.errors import BadOperator, EmptyQuery
from qa.query import OPERATORS, check_query, parse_query
from qa.records import Filters, Query


def test_phrases_exclusions_and_operators_are_read_out_of_the_question():
    parsed = parse_query('tree preservation "Mill Farm" -oak -"ash dieback" committee:"Planning Committee" '
                         "kind:resolution paper:plan.txt from:2019 to:2020-02")
    assert parsed.phrases == ("Mill Farm",)
    assert parsed.excluded == ("oak", "ash dieback")
    assert parsed.filters == Filters(kind="resolution", source="plan.txt", committee="Planning Committee",
                                     after="2019-01-01", before="2020-02-29")
    assert parsed.semantic == "tree preservation Mill Farm"


def test_a_year_or_month_alone_covers_all_of_it():
    assert parse_query("budget from:2019 to:2019").filters.after == "2019-01-01"
    assert parse_query("budget from:2019 to:2019").filters.before == "2019-12-31"
    assert parse_query("budget from:2021-02 to:2021-02").filters.before == "2021-02-28"
    assert parse_query("budget after:2018-05-04").filters.after == "2018-05-04"  # a filter field's own name works too


@pytest.mark.parametrize("text", ["funding for 2020:21", "re: the housing budget", "see https://example.org/a:b",
                                  "meeting at 10:30", "committee: what did it decide", "Q1:2020 figures"])
def test_a_word_with_a_colon_that_is_not_an_operator_is_just_a_word(text):
    parsed = parse_query(text)
    assert not parsed.filters.active
    assert parsed.semantic == " ".join(text.split())


@pytest.mark.parametrize("text, says", [
    ("colour:blue", "unknown operator colour:"),
    ("comittee:Planning", "did you mean committee:"),
    ("budget from:yesterday", "from: takes a date like 2019-01-31"),
    ("budget to:2019-02-30", "to: takes a date"),
    ("kind:motion", "kinds are resolution"),
    ("-committee:Cabinet budget", "cannot be negated"),
    ('kind:"" budget', "needs a value"),
])
def test_an_unknown_operator_or_a_bad_value_says_what_is_valid(text, says):
    with pytest.raises(BadOperator, match=says) as raised:
        parse_query(text)
    assert raised.value.status_code == 400


def test_operators_and_filter_fields_combine_with_and():
    given = Filters(committee="Planning", after="2018-01-01", before="2022-12-31", kind="resolution")
    typed = parse_query("trees committee:Committee from:2019 to:2030 kind:resolution").filters
    both = given.narrowed(typed)
    assert both.committees == ("Planning", "Committee")
    assert (both.after, both.before, both.kind, both.nothing) == ("2019-01-01", "2022-12-31", "resolution", False)
    assert given.narrowed(Filters(kind="minutes")).nothing  # two kinds at once: nothing can be both
    assert parse_query("kind:minutes kind:resolution x").filters.nothing


def test_unbalanced_quotes_and_search_engine_syntax_are_words():
    parsed = parse_query('"foo" OR bar* NEAR( "unbalanced')
    assert parsed.phrases == ("foo",)
    assert "NEAR(" in parsed.semantic and '"unbalanced' in parsed.semantic


def test_a_query_that_only_excludes_asks_for_words():
    with pytest.raises(EmptyQuery, match="only excludes"):
        parse_query("-housing -\"car parks\"")


def test_operators_alone_list_what_they_select():
    assert parse_query("kind:resolution committee:Cabinet").nothing_to_rank
    assert not parse_query("kind:resolution trees").nothing_to_rank


def test_filter_fields_take_a_year_too():
    query = check_query(Query("trees", filters=Filters(after="2019", before="2019-06")))
    assert (query.filters.after, query.filters.before) == ("2019-01-01", "2019-06-30")


def test_every_operator_has_help_and_an_example_that_parses():
    for op in OPERATORS:
        assert op.help and op.example.startswith(op.name + ":")
        assert parse_query(op.example + " budget").filters.active


def test_a_five_digit_running_minute_number_is_looked_up_like_any_other():
    """Minutes numbered since a town council began reach five digits ("14366 POLICE MATTERS"); a clerk who types
    "minute 14366" wants that item, as with "minute 283"."""
    assert parse_query("minute 14366").item_number == "14366"
    assert parse_query("minute 283").item_number == "283"
