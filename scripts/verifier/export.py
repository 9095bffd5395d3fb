"""Export a trained verifier checkpoint to ONNX and quantize it to int8 (dynamic, per channel), into
grader/verify/model/ together with its tokenizer.

    .venv/bin/python -m scripts.verifier.export --checkpoint /tmp/verifier-train/best
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

import torch

from grader.verify.onnx import MODEL_DIR, MODEL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checkpoint", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()

    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    model = AutoModelForSequenceClassification.from_pretrained(args.checkpoint).eval()
    tokenizer = AutoTokenizer.from_pretrained(args.checkpoint)
    sample = tokenizer(["the premise here"], ["a hypothesis"], return_tensors="pt")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "verifier.onnx"
        torch.onnx.export(
            model,
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logits"],
            dynamic_axes={name: {0: "batch", 1: "sequence"} for name in ("input_ids", "attention_mask", "token_type_ids")}
            | {"logits": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
        quantize_dynamic(str(fp32), str(args.out / MODEL_FILE), per_channel=True, weight_type=QuantType.QInt8)
    shutil.copy(args.checkpoint / "tokenizer.json", args.out / "tokenizer.json")
    print(f"wrote {args.out / MODEL_FILE} ({(args.out / MODEL_FILE).stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
