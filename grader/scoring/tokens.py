"""Token-level recall: how much of the reference's content is echoed, word by word, somewhere in the answer.

For each content word of the strong/reference answer (stopwords and the question's own words removed, so an
answer cannot score by restating the question), take its best cosine against the answer's content words (the
encoder's contextual word vectors, so "LIFO" meets "last-in first-out" and "retransmits" meets
"retransmissions"); the recall is the mean. This is BERTScore's recall on the bundled MiniLM. It was chosen in
a study on SAF, DigiKlausur and SemEval-Beetle training data; on Mohler (zero-shot) it lifts Pearson r from
0.55 to 0.62 (benchmarks/accuracy.py).
"""

from __future__ import annotations

import re

import numpy as np

from grader.embedding import TokenVectors
from grader.text import STOPWORDS, stem

_WORD = re.compile(r"[a-z0-9]+")


def content_token_vectors(tokens: TokenVectors, drop_stems: set[str]) -> np.ndarray:
    """The vectors of the content words: alphanumeric, not a stopword, not one of the question's words."""
    keep = [
        bool(_WORD.fullmatch(w)) and w not in STOPWORDS and len(w) > 1 and stem(w) not in drop_stems
        for w in (x.lower() for x in tokens.words)
    ]
    if not any(keep):
        return np.zeros((0, tokens.vectors.shape[1] if tokens.vectors.ndim == 2 else 1), dtype=np.float32)
    return tokens.vectors[np.array(keep, dtype=bool)]


def stack(parts: list[np.ndarray], dimension: int) -> np.ndarray:
    parts = [p for p in parts if p.shape[0]]
    return np.vstack(parts) if parts else np.zeros((0, dimension), dtype=np.float32)


def token_recall(reference: np.ndarray, answer: np.ndarray) -> float:
    """Mean over reference words of the best cosine against an answer word; 0 when either side is empty."""
    if reference.shape[0] == 0 or answer.shape[0] == 0:
        return 0.0
    return max(0.0, float((reference @ answer.T).max(axis=1).mean()))
