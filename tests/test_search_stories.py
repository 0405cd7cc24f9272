"""Councillors ask in their own words; officers type exact wording. Both get the right passage first."""

from __future__ import annotations

import json

from conftest import run_cli

from qa.records import Query


def first(service, question: str):
    return service.search(Query(question, 5)).results[0]


def test_youth_offending_question_finds_the_minutes_bullet(service):
    top = first(service, "Is the youth offending team joining children's services?")
    assert top.passage.source.startswith("000") and "Youth Offending Service" in top.passage.text


def test_funding_question_finds_the_figure_and_its_sentence(service):
    top = first(service, "how much PiP funding for 2020/21")
    assert "£1,207,908" in top.passage.text
    assert "£1,207,908" in top.passage.text[top.answer[0]:top.answer[1]]


def test_exact_wording_from_a_report(service):
    top = first(service, '"risk taking panels"')
    assert top.passage.section == ("Proposals", "Work-stream 1", "Aspiration 3")


def test_paraphrase_sharing_no_words_with_the_passage(service):
    results = service.search(Query("who took charge of the council's leadership away day", 5)).results
    assert any("took-over the Council's Leadership Exchange event" in r.passage.text for r in results)


def test_one_sentence_of_a_long_passage_answers_a_short_question(service):
    """The answer is one bullet in a long list of questions members asked. The passage's own vector is
    a blur of all of them (5th by meaning alone); its best sentence's vector puts it first."""
    top = service.search(Query("do children get attached to their social workers", 5, mode="dense")).results[0]
    assert top.passage.source.startswith("000") and "get attached to their social worker" in top.passage.text
    top = first(service, "which council is Lincolnshire the official improvement partner for")
    assert "Northamptonshire County Council" in top.passage.text


def test_every_sentence_of_a_passage_has_its_own_vector(service):
    from qa import store
    from qa.text import display_sentences

    with service.connect() as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM passages")]
        stored = store.passage_and_sentence_vectors(conn, ids)
        texts = dict(conn.execute("SELECT id, text FROM passages").fetchall())
    for pid, (passage, sentences) in stored.items():
        assert sentences is not None and len(sentences) == len(display_sentences(texts[pid]))
        assert abs(float(passage @ passage) - 1.0) < 1e-4
    many = next(pid for pid, (_, sentences) in stored.items() if len(sentences) > 3)
    first_sentence = display_sentences(texts[many])[0]
    expected = service.embedder.encode([first_sentence])[0]
    assert float(stored[many][1][0].astype("float32") @ expected) > 0.999


def test_batch_is_embedded_together_and_answers_in_order(service):
    questions = ["Trevor Doughty", "Bite Size Briefing", "Future4Me reoffending"]
    responses = service.search_many([Query(q, 1) for q in questions])
    assert [r.results[0].passage.source[:3] for r in responses] == ["004", "003", "002"]


def test_cli_batch_one_line_per_input_and_bad_lines_reported(seeds_data, tmp_path):
    queries = tmp_path / "queries.jsonl"
    queries.write_text('{"query": "Trevor Doughty"}\n{"query": ""}\nBite Size Briefing\n{"query": broken\n')
    result = run_cli("batch", str(queries), "-k", "1", data=seeds_data)
    assert result.returncode == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["line"] for line in lines] == [1, 2, 3, 4]
    assert lines[0]["results"][0]["citation"]["item_number"] == "283"
    assert "empty" in lines[1]["error"] and "JSON" in lines[3]["error"]
    assert lines[2]["results"][0]["citation"]["source"].startswith("003")
    assert "line 2" in result.stderr and "line 4" in result.stderr


def test_cli_search_before_anything_is_indexed_says_so(tmp_path):
    result = run_cli("search", "funding", data=tmp_path / "empty")
    assert result.returncode == 2
    assert "nothing is indexed yet" in result.stderr and "Traceback" not in result.stderr


def test_cli_rejects_bad_k_and_long_query(seeds_data):
    for args, words in ((["search", "funding", "-k", "0"], "between 1 and 100"), (["search", "x" * 1001], "1000")):
        result = run_cli(*args, data=seeds_data)
        assert result.returncode == 2 and words in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_question_that_names_the_meeting_gets_that_meetings_passage(fresh_service):
    """The same item at two meetings, worded alike in both papers; a councillor asks about "the November 2023 planning
    committee". The meeting a passage is from (committee, month and year) is searchable with it, so a passage of the
    November meeting comes first though none of its passages' text says "November"."""
    from qa.formats import read_bytes

    june = (b"MINUTES\n\nPlanning Committee\n\nTuesday, 13 June 2023\n\n1. Tree Preservation Order, Mill Farm\n\nMinutes:\n\n"
            b"Members considered objections to the order protecting the oak at Mill Farm.\n\n"
            b"RESOLVED that the Tree Preservation Order on the oak at Mill Farm be confirmed with three conditions.\n")
    november = (b"MINUTES\n\nPlanning Committee\n\nTuesday, 14 November 2023\n\n1. Tree Preservation Order, Mill Farm\n\nMinutes:\n\n"
                b"Members considered objections to the order protecting the oak at Mill Farm.\n\n"
                b"RESOLVED that the Tree Preservation Order on the oak at Mill Farm be confirmed with five conditions.\n")
    fresh_service.add([read_bytes("planning_june.txt", june), read_bytes("planning_november.txt", november)])
    top = first(fresh_service, "how many conditions did the November 2023 planning committee put on the Mill Farm oak order")
    assert top.passage.source == "planning_november.txt"
