"""The int8 ONNX backend: cache key and atomic build (fast, with a tiny stand-in model), then the real export
compared with the torch encoder (-m model): embeddings within 0.02 cosine, the same bands on the golden cases,
and a cold `grader grade --backend onnx` that never imports torch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from grader import onnx_backend
from grader.errors import GraderError

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "data" / "golden" / "ebpf.json"


def _tiny_model(path: Path) -> None:
    """A one-MatMul ONNX graph, enough for onnxruntime's quantizer to produce a real int8 file."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    weight = numpy_helper.from_array(np.arange(64, dtype=np.float32).reshape(8, 8) / 64, name="W")
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "W"], ["y"])], "tiny",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, 8])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, 8])], initializer=[weight],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))


def test_cache_folder_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRADER_CACHE_DIR", str(tmp_path / "cache"))
    assert onnx_backend.cache_dir() == tmp_path / "cache"
    model = tmp_path / "model"
    model.mkdir()
    (model / "config.json").write_text('{"hidden_size": 384}')
    key = onnx_backend.model_key(model)
    assert onnx_backend.model_key(model) == key  # stable
    # A new onnxruntime, exporter (torch, transformers, onnx) or model file means a new export, never a stale one.
    real_version = onnx_backend._version
    for package in ("onnxruntime", "torch", "transformers", "onnx"):
        monkeypatch.setattr(onnx_backend, "_version", lambda d, p=package: "99.0" if d == p else real_version(d))
        assert onnx_backend.model_key(model) != key, package
    monkeypatch.setattr(onnx_backend, "_version", real_version)
    (model / "config.json").write_text('{"hidden_size": 385}')
    assert onnx_backend.model_key(model) != key


def test_build_moves_a_whole_file_into_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(onnx_backend, "_export_fp32", lambda model_dir, path: _tiny_model(path))
    target = tmp_path / "onnx" / "m" / "model.int8.onnx"
    onnx_backend.build_int8_model(tmp_path, target)
    import onnxruntime as ort

    session = ort.InferenceSession(str(target), providers=["CPUExecutionProvider"])
    assert session.run(None, {"x": np.ones((1, 8), np.float32)})[0].shape == (1, 8)
    assert sorted(p.name for p in target.parent.iterdir()) == ["meta.json", "model.int8.onnx"]  # no temp left
    assert json.loads((target.parent / "meta.json").read_text())["recipe"] == onnx_backend.RECIPE


def test_a_failed_build_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(model_dir: Path, path: Path) -> None:
        path.write_bytes(b"half a model")
        raise RuntimeError("exporter crashed")

    monkeypatch.setattr(onnx_backend, "_export_fp32", broken)
    target = tmp_path / "onnx" / "m" / "model.int8.onnx"
    with pytest.raises(RuntimeError):
        onnx_backend.build_int8_model(tmp_path, target)
    assert list(target.parent.iterdir()) == []  # next run builds again; nobody reads half a file


def test_unwritable_cache_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(GraderError, match="GRADER_CACHE_DIR"):
        onnx_backend.build_int8_model(tmp_path, blocker / "onnx" / "model.int8.onnx")


# ------------------------------------------------------------------------------------------------ real model


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One export per test module, in a throwaway cache (never the user's)."""
    folder = tmp_path_factory.mktemp("onnx-cache")
    previous = os.environ.get("GRADER_CACHE_DIR")
    os.environ["GRADER_CACHE_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("GRADER_CACHE_DIR", None)
    else:
        os.environ["GRADER_CACHE_DIR"] = previous


@pytest.fixture(scope="module")
def embedders(cache: Path):
    from grader.embedding import SentenceTransformerEmbedder

    return onnx_backend.OnnxEmbedder(), SentenceTransformerEmbedder()


@pytest.mark.model
def test_onnx_embeddings_match_torch(embedders) -> None:
    from grader.scoring.answer import split_answer

    onnx, torch = embedders
    texts = [u for case in json.loads(GOLDEN.read_text()) for u in split_answer(case["answer"])]
    texts.append("word " * 400)  # longer than the 256-token window: both truncate the same way
    cosine = (onnx.embed(texts) * torch.embed(texts)).sum(axis=1)
    assert len(texts) > 50
    # int8 moves a sentence by at most 0.02; a three-word filler ("Oh, that's easy.") by up to 0.03.
    sentences = [c for c, t in zip(cosine, texts) if len(t.split()) >= 8]
    assert len(sentences) > 30 and min(sentences) >= 0.98
    assert float(cosine.min()) >= 0.97, texts[int(cosine.argmin())]
    sentences, tokens = onnx.embed_with_tokens(texts[:3])
    t_sentences, t_tokens = torch.embed_with_tokens(texts[:3])
    assert [t.words for t in tokens] == [t.words for t in t_tokens]
    assert float((sentences * t_sentences).sum(axis=1).min()) >= 0.98


@pytest.mark.model
def test_the_first_layers_feed_forward_outputs_stay_fp32(embedders) -> None:
    """The recipe keeps FP32_NODES unquantized; the names come from the exporter, so a renamed node would silently
    quantize everything again."""
    import onnx

    onnx_embedder, _ = embedders
    nodes = {n.name: n.op_type for n in onnx.load(str(onnx_embedder.model_path)).graph.node}
    assert all(nodes.get(name) == "MatMul" for name in onnx_backend.FP32_NODES), onnx_backend.FP32_NODES
    assert sum(op == "MatMulInteger" for op in nodes.values()) >= 30  # the rest is int8


@pytest.mark.model
def test_a_text_gets_the_same_vector_whatever_it_is_embedded_with(embedders) -> None:
    """Batched int8 inference let a sentence's vector depend on its batchmates (cosine down to 0.99): the same
    answer could get another score in another batch. Each text now runs alone."""
    onnx, _ = embedders
    text = "Tetragon traces process execution and file access in the kernel."
    alone = onnx._embed_uncached([text])[0]
    batched = onnx._embed_uncached(["ok", "word " * 120, text, "Another sentence of middling length here."])[2]
    assert np.array_equal(alone, batched)


@pytest.mark.model
def test_onnx_gives_the_same_bands_on_the_golden_cases(embedders) -> None:
    from grader.grading import Grader, GradeRequest
    from grader.rubric import load_rubric

    rubric = load_rubric("ebpf-observability")
    cases = json.loads(GOLDEN.read_text())
    requests = [GradeRequest(rubric, c["round"], c["answer"], c["id"], c.get("trap")) for c in cases]
    onnx, torch = (Grader(e).grade_many(requests) for e in embedders)
    differ = {a.id: (a.band, b.band, a.score, b.score) for a, b in zip(onnx, torch) if a.band != b.band}
    assert not differ, differ


@pytest.mark.model
def test_cold_onnx_grade_never_imports_torch(embedders, cache: Path) -> None:
    probe = (
        "import sys\nfrom grader.cli import app\ntry:\n    app(sys.argv[1:])\nexcept SystemExit as exc:\n"
        "    print(f'exit={exc.code} torch={\"torch\" in sys.modules}')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "GRADER_TEST_EMBEDDER"}
    env["GRADER_CACHE_DIR"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", probe, "grade", "--backend", "onnx", "--rubric", "ebpf-observability", "--round", "2",
         "BTF needs kernel 5.2 and the ring buffer 5.8; older nodes get a nodeSelector on the DaemonSet."],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=300,
    )
    assert done.stdout.strip().endswith("exit=0 torch=False"), done.stdout + done.stderr
    assert "/100 (" in done.stdout
