"""Rubric embeddings kept on disk, so a new process does not embed a rubric it has embedded before.

A round's index (``grader.scoring.index.build_round_index``) is built as always, but through an embedder that
first looks each text up in a file keyed by the embedder's name (model and backend), the rubric's content hash,
the round and the trap. Only rubric texts are stored, never answers. Files are numpy arrays plus a JSON list of
texts (no pickle), written to a temporary name and renamed, so a reader never sees half a file. The test
embedder is never cached (it is fast, and tests must not write to the user's cache).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Sequence

import numpy as np

from grader.embedding import Embedder, TokenVectors

#: Bump when what an index stores changes.
FORMAT = "rubric-vectors-v1"


def index_cache_dir() -> Path:
    from grader.onnx_backend import cache_dir

    return cache_dir() / "rubric-index"


def _persistent(embedder: Embedder) -> bool:
    return not getattr(embedder, "is_test_double", False) and embedder.name != "hashing-test-embedder" \
        and os.environ.get("GRADER_INDEX_CACHE", "1") != "0"


class _Replaying:
    """Wraps an embedder: answers from the stored vectors when it can, records what it had to compute."""

    def __init__(self, embedder: Embedder, vectors: dict[str, np.ndarray], tokens: dict[str, TokenVectors]) -> None:
        self.inner = embedder
        self.name = embedder.name
        self.vectors = vectors
        self.tokens = tokens
        self.missed = False

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        if missing:
            self.missed = True
            self.vectors.update(zip(missing, np.asarray(self.inner.embed(missing), dtype=np.float32)))
        if not texts:
            return self.inner.embed(texts)
        return np.vstack([self.vectors[t] for t in texts])

    def embed_with_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self.tokens or t not in self.vectors]
        if missing:
            self.missed = True
            sentences, tokens = self.inner.embed_with_tokens(missing)  # type: ignore[attr-defined]
            self.vectors.update(zip(missing, np.asarray(sentences, dtype=np.float32)))
            self.tokens.update(zip(missing, tokens))
        if not texts:
            return self.inner.embed_with_tokens(texts)  # type: ignore[attr-defined]
        return np.vstack([self.vectors[t] for t in texts]), [self.tokens[t] for t in texts]

    def __getattr__(self, attribute: str):
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        return getattr(self.inner, attribute)


def _load(path: Path) -> tuple[dict[str, np.ndarray], dict[str, TokenVectors]]:
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            vectors = dict(zip(meta["texts"], data["vectors"]))
            tokens: dict[str, TokenVectors] = {}
            for text, words, (start, end) in zip(meta["token_texts"], meta["token_words"], meta["token_spans"]):
                tokens[text] = TokenVectors(words, data["token_vectors"][start:end])
            return vectors, tokens
    except (OSError, ValueError, KeyError):  # missing, half-written by an old version, or not ours: rebuild
        return {}, {}


def _save(path: Path, vectors: dict[str, np.ndarray], tokens: dict[str, TokenVectors]) -> None:
    texts = list(vectors)
    token_texts = list(tokens)
    spans, cursor = [], 0
    for text in token_texts:
        spans.append((cursor, cursor + len(tokens[text].words)))
        cursor += len(tokens[text].words)
    dimension = next(iter(vectors.values())).shape[0] if vectors else 1
    token_vectors = (np.vstack([tokens[t].vectors for t in token_texts if len(tokens[t].words)])
                     if cursor else np.zeros((0, dimension), np.float32))
    meta = {"format": FORMAT, "texts": texts, "token_texts": token_texts,
            "token_words": [tokens[t].words for t in token_texts], "token_spans": spans}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", suffix=".npz", delete=False) as handle:
            np.savez(handle, meta=np.array(json.dumps(meta)),
                     vectors=np.vstack([vectors[t] for t in texts]).astype(np.float32) if texts
                     else np.zeros((0, dimension), np.float32),
                     token_vectors=token_vectors.astype(np.float32))
        os.replace(handle.name, path)
    except OSError:
        pass  # a read-only cache only costs speed


def build_round_index_cached(rubric, round_, embedder: Embedder, trap, rubric_hash: str):
    """``build_round_index`` with the rubric's embeddings read from, and written to, the disk cache.

    Rubrics built on the fly from a reference answer (one per question of a dataset) are not stored."""
    from grader.grading import REFERENCE_SOURCE
    from grader.scoring.index import build_round_index

    rubric_id = rubric.id
    others = [r for r in rubric.rounds if r.number != round_.number]
    if not _persistent(embedder) or rubric.source == REFERENCE_SOURCE:
        return build_round_index(rubric_id, round_, embedder, trap, others)
    key = hashlib.sha256("\x00".join(
        [FORMAT, embedder.name, rubric_hash, str(round_.number), trap.id if trap else ""]
    ).encode("utf-8")).hexdigest()[:24]
    path = index_cache_dir() / f"{key}.npz"
    replay = _Replaying(embedder, *_load(path))
    index = build_round_index(rubric_id, round_, replay, trap, others)
    if replay.missed:
        _save(path, replay.vectors, replay.tokens)
    return index
