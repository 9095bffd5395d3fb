"""An answer split into the parts that are matched against the rubric, with their embeddings."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from grader.text import answer_units, claims_of, content_words, states_nothing, states_only_doubt, stem, supposed_units


@dataclass
class AnswerView:
    text: str
    units: list[str]  # sentences / clauses / windows, in order; quoted as evidence
    vectors: np.ndarray  # one row per unit
    spans: list[str]  # units plus adjacent pairs, for claims that run over two sentences
    span_vectors: np.ndarray
    vector: np.ndarray  # the whole answer: normalised mean of its units
    stems: set[str]
    word_count: int
    unit_stems: list[set[str]]  # per unit, so flagged parts can be left out of word overlap
    doubts: frozenset[int] = frozenset()  # units that only say what the candidate does not know (`states_only_doubt`)
    # Units made only of admissions and reports of the candidate's own inexperience (`states_nothing`): they earn
    # nothing, and the answer's overall vector leaves them out.
    nothing: frozenset[int] = frozenset()
    # Units that give the outcome of a worked example (`supposed_units`): they can show understanding, but contradict
    # nothing and state no figure of the world.
    supposed: frozenset[int] = frozenset()
    # The claims a unit strings together with commas (`claims_of`), for the units `claims_to_read` picks: one of three
    # claims in a sentence states its key point as plainly as a sentence of its own would, though another negates.
    claims: tuple[str, ...] = ()
    claim_vectors: np.ndarray | None = None
    claim_units: tuple[int, ...] = ()  # the unit each claim is part of

    def usable_spans(self, excluded_units: set[int]) -> np.ndarray:
        """A mask over spans: False for a unit in `excluded_units` and for any pair that contains one."""
        n = len(self.units)
        mask = np.ones(len(self.spans), dtype=bool)
        for i in excluded_units:
            mask[i] = False
            if i - 1 >= 0 and n + i - 1 < len(self.spans):
                mask[n + i - 1] = False  # pair (i-1, i)
            if n + i < len(self.spans):
                mask[n + i] = False  # pair (i, i+1)
        return mask


def split_answer(text: str) -> list[str]:
    return answer_units(text)


def locate(text: str, unit: str, start: int = 0) -> tuple[int, int] | None:
    """Where a unit stands in the answer, allowing for any whitespace between its words."""
    words = unit.split()
    if not words:
        return None
    exact = text.find(unit, start)  # the usual case, and no regex to compile per unit (10% of batch time)
    if exact >= 0 and unit == " ".join(words):
        return exact, exact + len(unit)
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.compile(pattern).search(text, start)
    return (match.start(), match.end()) if match else None


def unit_claims(units: list[str]) -> list[tuple[int, str]]:
    """(unit index, claim) for each claim of a unit that makes several (`claims_of`)."""
    return [(i, claim) for i, unit in enumerate(units) for claim in claims_of(unit)]


def build_answer_view(text: str, units: list[str], vectors: np.ndarray,
                      claims: list[tuple[int, str]] = (), claim_vectors: np.ndarray | None = None) -> AnswerView:
    if len(units) == 0:
        dim = vectors.shape[1] if vectors.ndim == 2 else 1
        empty = np.zeros((0, dim), dtype=np.float32)
        return AnswerView(text, [], empty, [], empty, np.zeros(dim, dtype=np.float32), set(), 0, [])
    # Quotes are the answer's own words: each unit and pair is cut from the answer text itself.
    places: list[tuple[int, int] | None] = []
    cursor = 0
    for unit in units:
        place = locate(text, unit, cursor) or locate(text, unit)
        places.append(place)
        if place:
            cursor = place[0] + 1  # windows overlap, so the next unit may start inside this one
    quoted = [text[p[0] : p[1]] if p else u for u, p in zip(units, places)]
    spans = list(quoted)
    span_rows = [vectors]
    if len(units) > 1:
        pairs = vectors[:-1] + vectors[1:]
        pairs /= np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-9)
        span_rows.append(pairs)
        for (a, b), pa, pb in zip(zip(quoted, quoted[1:]), places, places[1:]):
            spans.append(text[pa[0] : max(pa[1], pb[1])] if pa and pb and pb[0] >= pa[0] else f"{a} {b}")
    nothing = frozenset(i for i, u in enumerate(quoted) if states_nothing(u))
    content = [i for i in range(len(quoted)) if i not in nothing]
    mean = vectors[content].mean(axis=0) if content else np.zeros(vectors.shape[1], dtype=vectors.dtype)
    norm = float(np.linalg.norm(mean))
    return AnswerView(
        text=text,
        units=quoted,
        vectors=vectors,
        spans=spans,
        span_vectors=np.vstack(span_rows),
        vector=mean / norm if norm else mean,
        stems={stem(w) for u in quoted for w in content_words(u)},  # set-aside sentences do not count
        word_count=len(text.split()),
        unit_stems=[{stem(w) for w in content_words(u)} for u in quoted],
        doubts=frozenset(i for i, u in enumerate(quoted) if states_only_doubt(u) and i not in nothing),
        nothing=nothing,
        supposed=supposed_units(quoted),
        claims=tuple(claim for _, claim in claims),
        claim_vectors=claim_vectors if claims else None,
        claim_units=tuple(i for i, _ in claims),
    )
