"""The shipped claim verifier: a MiniLM cross-encoder fine-tuned for three-way inference, int8 ONNX on the CPU.

The weights live in ``grader/verify/model/`` (built by ``scripts/verifier``; see MODEL_CARD.md there) and are
read from disk: nothing is downloaded. Verdicts are cached per (premise, hypothesis), so a rubric statement that
meets the same answer part twice costs one inference.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Sequence

import numpy as np

from grader.errors import GraderError
from grader.onnx_threads import ItemRunner, session_options

MODEL_DIR = Path(__file__).parent / "model"
MODEL_FILE = "verifier-int8.onnx"
MAX_LENGTH = 160


class OnnxVerifier:
    """Loads lazily on first use; thread-safe; one pair per inference (see `_infer`)."""

    def __init__(self, model_dir: Path | str | None = None, cache_size: int = 100_000,
                 threads: int | None = None) -> None:
        self.model_dir = Path(model_dir) if model_dir else MODEL_DIR
        self.threads = threads
        self.name = f"onnx:{MODEL_FILE}"
        self._session = None
        self._tokenizer = None
        self._cache: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def _load(self) -> None:
        if self._session is not None:
            return
        model = self.model_dir / MODEL_FILE
        tokenizer_file = self.model_dir / "tokenizer.json"
        for path in (model, tokenizer_file):
            if not path.is_file():
                raise GraderError(f"{path}: the claim verifier's file is missing (reinstall gauntlet-grader)")
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise GraderError(f"the claim verifier needs onnxruntime and tokenizers ({exc}); run `make setup`") from None
        self._session = ort.InferenceSession(str(model), session_options(), providers=["CPUExecutionProvider"])
        self._runner = ItemRunner(self.threads)
        self._inputs = {i.name for i in self._session.get_inputs()}
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_truncation(MAX_LENGTH, strategy="longest_first")
        tokenizer.no_padding()
        self._tokenizer = tokenizer

    def verify(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        pairs = [(str(p), str(h)) for p, h in pairs]
        out = np.zeros((len(pairs), 3), dtype=np.float32)
        with self._lock:
            missing = list(dict.fromkeys(pair for pair in pairs if pair not in self._cache))
        if missing:
            with self._lock:
                self._load()
            probabilities = self._infer(missing)
            with self._lock:
                for pair, row in zip(missing, probabilities):
                    self._cache[pair] = row
                    if len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        fresh = dict(zip(missing, probabilities)) if missing else {}
        with self._lock:
            for i, pair in enumerate(pairs):
                row = fresh.get(pair)
                out[i] = row if row is not None else self._cache[pair]
        return out

    def _infer(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """One pair per call: int8 dynamic quantization scales activations over the whole input tensor, so in a
        batch a pair's probabilities moved with its batchmates (by up to 0.39 here), and a verdict near a cut could
        flip with what else was graded alongside. Alone, a pair always gets the same verdict; the pairs are spread
        over worker threads instead (grader/onnx_threads.py)."""

        def one(encoding) -> np.ndarray:
            feeds = {"input_ids": np.array([encoding.ids], dtype=np.int64),
                     "attention_mask": np.ones((1, len(encoding.ids)), dtype=np.int64),
                     "token_type_ids": np.array([encoding.type_ids], dtype=np.int64)}
            logits = self._session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})[0][0]
            probabilities = np.exp(logits - logits.max())
            return probabilities / probabilities.sum()

        rows = self._runner.map(one, self._tokenizer.encode_batch(pairs))
        return np.array(rows, dtype=np.float32).reshape(len(pairs), 3)
