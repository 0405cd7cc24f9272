"""Whether anything matched: the line between an answer and the closest noise.

A query's match score is its best candidate's dense score (the passage's cosine plus its best sentence's,
qa/retrieve.py DenseRetriever.rescore; 0 to 2). The thresholds were calibrated, not guessed
(`scripts/eval.py` reports both sides on every set): on the real-dev tune half, our own sets and the 40
unanswerable queries of scripts/eval_nomatch.jsonl, MATCH_SCORE is the lowest line that empties 90% of
the unanswerable queries while emptying no answerable one (the lowest answerable top score there was
0.630; nonsense and off-topic queries scored 0.27-0.75, median 0.47). A query most of whose words are
not words of the model's vocabulary ("lorem ipsum dolor", keyboard mash) must clear the higher
UNKNOWN_WORDS_SCORE: the model places such text near anything. (Known to the papers instead of to the
model was tried first: it emptied paraphrased questions on a small corpus, whose words the papers do
not use, "rising caseloads worry".) The check half and scripts/eval_nomatch_heldout.jsonl (written after
these were chosen) measure them.

A query with a passage that holds every one of its words matched, whatever its score: a short keyword query
("noted", "Bite Size Briefing") scores low on meaning yet finds exactly what was typed. No unanswerable
query in either set has such a passage.
"""

from __future__ import annotations

MATCH_SCORE = 0.55
UNKNOWN_WORDS_SCORE = 0.75
UNKNOWN_SHARE = 0.5  # below this share of the query's words found in the papers, UNKNOWN_WORDS_SCORE applies


def known_share(known: list[bool]) -> float:
    """The share of the query's words that are words the model knows (qa.embed.Embedder.known_words)."""
    return sum(known) / len(known) if known else 1.0


def query_matches(top_score: float, known: float) -> bool:
    """Whether the best candidate answers at all, or the query found only the nearest noise."""
    return top_score >= (UNKNOWN_WORDS_SCORE if known < UNKNOWN_SHARE else MATCH_SCORE)


def passage_matches(score: float) -> bool:
    """A candidate that clears the line on its own (what the facets count)."""
    return score >= MATCH_SCORE
