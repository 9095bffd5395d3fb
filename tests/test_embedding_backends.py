"""The bundled model loads on first use, never for a command that fails on its input; backends are validated."""

from __future__ import annotations

import pytest

from grader.embedding import HashingEmbedder, LazyEmbedder, default_embedder, resolve_backend
from grader.errors import GraderError


def test_lazy_embedder_loads_once_and_only_when_embedding() -> None:
    made: list[HashingEmbedder] = []

    def factory() -> HashingEmbedder:
        made.append(HashingEmbedder())
        return made[-1]

    lazy = LazyEmbedder("bundled", factory)
    assert lazy.name == "bundled" and lazy.is_test_double is False
    assert not made and not lazy.loaded  # name and kind are known without the model
    vectors = lazy.embed(["kernel 5.2", "ring buffer"])
    assert vectors.shape == (2, 1024) and len(made) == 1
    lazy.embed_with_tokens(["another text"])
    assert lazy.dimension == 1024 and lazy.count_tokens("one two") == 2
    assert len(made) == 1


def test_backend_comes_from_the_option_then_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRADER_BACKEND", raising=False)
    assert resolve_backend(None) == "onnx"  # the measured default (README, "Two encoders")
    monkeypatch.setenv("GRADER_BACKEND", "TORCH")
    assert resolve_backend(None) == "torch"
    assert resolve_backend("onnx") == "onnx"
    with pytest.raises(GraderError, match="--backend must be one of torch, onnx, found 'tf'"):
        resolve_backend("tf")
    monkeypatch.setenv("GRADER_BACKEND", "cuda")
    with pytest.raises(GraderError, match="GRADER_BACKEND must be one of torch, onnx, found 'cuda'"):
        resolve_backend(None)


def test_default_embedders_are_per_backend_and_not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRADER_TEST_EMBEDDER", raising=False)
    monkeypatch.setattr("grader.embedding._DEFAULTS", {})
    torch, onnx = default_embedder("torch"), default_embedder("onnx")
    assert torch is default_embedder("torch") and torch is not onnx
    assert torch.name != onnx.name  # cached rubric embeddings never mix backends
    assert not torch.loaded and not onnx.loaded
