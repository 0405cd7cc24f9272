"""A question's acronyms, spelled out from the names the papers themselves use.

Councillors ask in acronyms the papers spell out, or never use: "the NHS STP" for the Sustainability and
Transformation Plan, "the UKSPF money" for the Shared Prosperity Fund. An acronym no paper contains matches nothing
in BM25 and means little to the embedding model, so the question loses its subject. Here the indexed text's
capitalised names ("Sustainability and Transformation Plan", "UK Shared Prosperity Fund") are read once per index
snapshot and keyed by their initials (a word in capitals gives all its letters: "UK" -> "UK"); an acronym in the
question that no paper contains as a word is followed by the name its letters spell, the commonest where several
do ("... the UKSPF (UK Shared Prosperity Fund) money ..."). Where no name spells it whole, a leading part that is a
word of the papers ("UK", "NHS") may stand before a name that spells the rest ("Shared Prosperity Fund"). An acronym
the papers contain is left alone: they use it, so BM25 and the model see it there. The names are read for the
acronyms a question asks about, once per acronym and index snapshot (a pass over the papers' text).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

# Two capitals or more in a short word: "STP", "UKSPF", "PiP" (not "Cabinet", not "I").
ACRONYM = re.compile(r"\b(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,7}\b")
_JOINERS = r"(?:and|of|for|the|in|on|&)"
# A run of capitalised words, small joining words allowed between them: "Sustainability and Transformation Plan".
_NAME = re.compile(rf"\b[A-Z][A-Za-z']*(?:\s+(?:{_JOINERS}\s+)?[A-Z][A-Za-z']*)+")
_LONGEST = 7  # words in a name an acronym spells
_SHORTEST_REST = 3  # letters of an acronym a name must spell after a leading word ("UK" + "SPF")


def _initials(words: list[str]) -> str:
    return "".join(word if word.isupper() else word[0] for word in words).upper()


def names_spelling(keys: set[str], bodies: Iterable[str]) -> dict[str, Counter[str]]:
    """For each key (an acronym's letters, in capitals), the capitalised names in the texts whose initials spell it
    (a name of two words or more, or a run of two or more of its words), with how often each occurs. One pass."""
    found: dict[str, Counter[str]] = {key: Counter() for key in keys}
    if not keys:
        return found
    letters = set("".join(keys))
    for body in bodies:
        for run in _NAME.finditer(body):
            words = [w for w in run.group().split() if not re.fullmatch(_JOINERS, w)]
            for start in range(len(words) - 1):
                if words[start][0].upper() not in letters:
                    continue
                for end in range(start + 2, min(len(words), start + _LONGEST) + 1):
                    key = _initials(words[start:end])
                    if key in found:
                        found[key][" ".join(words[start:end])] += 1
    return found


def wanted_keys(acronym: str, known: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(leading word, letters a name must spell) for an acronym: the whole of it, then each split whose leading part
    is a word of the papers ("UK" + "SPF")."""
    key = acronym.upper()
    return [("", key)] + [(acronym[:cut], key[cut:]) for cut in range(1, len(key) - _SHORTEST_REST + 1)
                          if known(acronym[:cut].lower())]


def expand(question: str, names: Callable[[set[str]], dict[str, Counter[str]]], known: Callable[[str], bool]) -> str:
    """The question with each acronym the papers do not contain followed by its name in brackets: the commonest name
    spelling it whole, else a leading known word and the commonest name spelling the rest. `names(keys)` gives the
    names spelling each key (reading them costs a pass over the papers, so it is called once, and only where the
    question has such an acronym)."""
    unknown = [m for m in ACRONYM.finditer(question) if not known(m.group().lower())]
    if not unknown:
        return question
    splits = {m.group(): wanted_keys(m.group(), known) for m in unknown}
    table = names({key for options in splits.values() for _, key in options})
    out, last = [], 0
    for m in unknown:
        spelled = next((f"{head} {table[key].most_common(1)[0][0]}".strip() for head, key in splits[m.group()]
                        if table.get(key)), None)
        if spelled:
            out += [question[last:m.end()], f" ({spelled})"]
            last = m.end()
    return "".join(out) + question[last:]
