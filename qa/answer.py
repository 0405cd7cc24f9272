"""The answer sentence: in each result, the sentence that answers the question, marked for the reader.

Each sentence is scored by a linear model over a few signals (scripts/fit_answer.py fits the weights on the
real-dev tune half and our own sets, with cross-validation, and reports the check half): how close its
stored sentence vector is to the question's (meaning), how close its words are (the mean of the model's
input word-piece vectors: no model pass), the share of the question's terms it holds, and whether it has
the kind of answer the question asks for (a figure or date for "how much" / "when", a person for
"who"). A sentence holding a quoted phrase is the answer outright.
"""

from __future__ import annotations

import re

import numpy as np

from qa.embed import Embedder
from qa.index.cache import PassageCache
from qa.query import ParsedQuery
from qa.records import Result
from qa.text import display_sentence_spans, query_terms, terms

FIGURE_QUESTION = re.compile(
    r"^\s*(?:how (?:much|many|long|often)|when\b|what (?:date|time|year|amount|number|percentage|proportion)|which (?:year|date))"
    r"|\b(?:cost|costs|price|funding|budget|deadline|percentage|how much|how many)\b", re.I)
PERSON_QUESTION = re.compile(r"^\s*(?:who|whom|which (?:councillors?|members?|officers?|gp|director))\b", re.I)
NAMED_PERSON = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cr|Reverend|Rev|Sir|Dame|Professor)\.?\s+[A-Z]")
# meaning, words, shared terms, figure asked and stated, person asked and named, first sentence, log length
WEIGHTS = np.array([4.2, 1.7, 1.67, 1.01, 1.88, -0.76, -0.64])


def sentence_features(question: str, question_vector: np.ndarray, sentences: list[str], sentence_vectors: np.ndarray | None,
                      embedder: Embedder, word_vectors: np.ndarray | None = None) -> np.ndarray:
    """One row of signals per sentence (the display forms of a passage's sentences, in order). `word_vectors`,
    if given, are those of [question, *sentences] (computed for several passages at once by the caller)."""
    meaning = (sentence_vectors.astype(np.float32) @ question_vector if sentence_vectors is not None
               and len(sentence_vectors) == len(sentences) else np.zeros(len(sentences)))
    if word_vectors is None:
        word_vectors = embedder.word_vectors([question, *sentences])
    wanted = set(query_terms(question))
    figure, person = bool(FIGURE_QUESTION.search(question)), bool(PERSON_QUESTION.search(question))
    rows = []
    for i, sentence in enumerate(sentences):
        rows.append([meaning[i], float(word_vectors[i + 1] @ word_vectors[0]),
                     len(wanted & set(terms(sentence))) / (len(wanted) or 1),
                     float(figure and bool(re.search(r"\d", sentence))), float(person and bool(NAMED_PERSON.search(sentence))),
                     float(i == 0), float(np.log1p(len(sentence.split())) / 4)])
    return np.array(rows)


def mark_answers(embedder: Embedder, parsed: ParsedQuery, question_vector: np.ndarray, results: list[Result],
                 sentence_vectors: dict[int, np.ndarray | None], cache: PassageCache | None = None) -> list[Result]:
    """Each result with its answer span set; `sentence_vectors` maps passage ids to their stored sentence vectors."""
    marked = list(results)
    choices: list[tuple[int, list[tuple[tuple[int, int], str]]]] = []
    for index, result in enumerate(results):
        sentences = display_sentence_spans(result.passage.text)
        spans = [span for span, _ in sentences]
        if not sentences:
            continue
        if result.matches:
            first = result.matches[0][0]
            marked[index] = result.with_answer(next((s for s in spans if s[0] <= first < s[1]), spans[0]))
        elif len(spans) == 1:
            marked[index] = result.with_answer(spans[0])
        else:
            choices.append((index, sentences))
    if not choices:
        return marked
    # the question's word vectors, and each passage's sentences' (kept per passage: they depend on nothing else)
    cache = cache or PassageCache(0)
    question_words = embedder.word_vectors([parsed.semantic])
    for index, sentences in choices:
        texts = [text for _, text in sentences]
        words = cache.word_vectors(results[index].passage.id, lambda texts=texts: embedder.word_vectors(texts))
        own = np.vstack([question_words, words])
        features = sentence_features(parsed.semantic, question_vector, [text for _, text in sentences],
                                     sentence_vectors.get(results[index].passage.id), embedder, own)
        marked[index] = results[index].with_answer(sentences[int(np.argmax(features @ WEIGHTS))][0])
    return marked
