"""Rubric embeddings on disk: a second process (here, a second Grader) embeds nothing for a rubric it has seen,
a changed rubric is embedded again, a damaged file is rebuilt, and grades are identical either way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from grader.embedding import HashingEmbedder
from grader.grading import Grader
from grader.index_cache import index_cache_dir
from grader.rubric import load_rubric
from grader.scoring.answer import split_answer
from grader.scoring.coverage import claims_to_read

ANSWER = "BTF needs kernel 5.2 and the ring buffer 5.8, so older nodes get a nodeSelector on the DaemonSet."


class CountingEmbedder(HashingEmbedder):
    """The deterministic hashing vectors under another name (so it is cached), counting texts embedded."""

    name = "counting-embedder"
    is_test_double = False  # stands in for a real model here, whose rubric vectors are cached

    def __init__(self) -> None:
        super().__init__()
        self.texts = 0

    def _embed_uncached(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return super()._embed_uncached(texts)


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GRADER_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_a_second_process_embeds_no_rubric_text(cache: Path) -> None:
    rubric = load_rubric("ebpf-observability")
    first = CountingEmbedder()
    before = Grader(first).grade(rubric, 2, ANSWER)
    assert first.texts > 20 and len(list(index_cache_dir().glob("*.npz"))) == 1
    second = CountingEmbedder()
    after = Grader(second).grade(rubric, 2, ANSWER)
    units = split_answer(ANSWER)
    own = len(units) + len(claims_to_read(Grader(second).round_index(rubric, 2), units))
    assert second.texts == own  # only the answer's own parts and claims
    assert after.row() == before.row()


def test_a_changed_rubric_is_embedded_again(cache: Path) -> None:
    rubric = load_rubric("ebpf-observability")
    Grader(CountingEmbedder()).grade(rubric, 2, ANSWER)
    changed = rubric.model_copy(deep=True)
    changed.rounds[1].key_points[0].text = "BTF, the BPF Type Format, ships with kernels from 5.2 onwards."
    embedder = CountingEmbedder()
    Grader(embedder).grade(changed, 2, ANSWER)
    assert embedder.texts > 20
    assert len(list(index_cache_dir().glob("*.npz"))) == 2


def test_a_damaged_file_is_rebuilt(cache: Path) -> None:
    rubric = load_rubric("ebpf-observability")
    before = Grader(CountingEmbedder()).grade(rubric, 2, ANSWER)
    (path,) = index_cache_dir().glob("*.npz")
    path.write_bytes(b"not an npz file")
    embedder = CountingEmbedder()
    assert Grader(embedder).grade(rubric, 2, ANSWER).row() == before.row()
    assert embedder.texts > 20
    assert path.read_bytes()[:2] == b"PK"  # written whole again


def test_the_test_embedder_is_never_cached(cache: Path) -> None:
    Grader(HashingEmbedder()).grade(load_rubric("ebpf-observability"), 2, ANSWER)
    assert not index_cache_dir().exists()
