"""Training pairs for the claim verifier: (premise = what a candidate says, hypothesis = a rubric statement,
label = entails / neutral / contradicts).

Two sources, both licensed for this use and read from ``../shared/datasets`` (never copied into the repository):

* SemEval-2013 Task 7 train splits (Beetle and SciEntsBank, CC BY-SA 3.0): student answer vs reference answer;
  correct -> entails, contradictory -> contradicts, incorrect (incomplete, irrelevant) -> neutral.
* SAF English v1 train split (MIT): only its reference answers, as statements for the generated pairs (its
  answer labels say correct/partial/incorrect, not whether an answer contradicts the reference).

plus pairs generated from statements (reference answers of those train splits and this repository's development
gauntlets: the eBPF seed and the rate-limiter document; never a held-out gauntlet): a statement vs its negation, vs
itself with another number, unit, antonym or product name (contradicts); vs itself in spoken style or a clause of
it (entails); vs another statement of the same document (neutral).

plus pairs written for this purpose (``scripts/verifier/data/written_pairs.jsonl``, see the README there): a
candidate's spoken or written claim against a true rubric statement on topics outside every evaluation gauntlet,
labelled entails / partial / neutral / contradicts, with semantic contradictions (wrong mechanism, wrong owner,
reversed order, absolutes) that negation and number swaps do not teach. "partial" counts as neutral here.

plus, for experiments (`answer_pairs`, ``--answer-pairs`` in train.py; the shipped model does not use them, see
MODEL_CARD.md): true sentences of real interview answers from the development sets of ``benchmarks/data`` against
their nearest key points, which are never contradictions. The gauntlets of the evidence set, of the correct-answer
review and of the ten most recent blind sets are never read, so the grader can still be measured on them.

Test splits are never read here.
"""

from __future__ import annotations

import json
import random
import zlib
import re
from pathlib import Path

LABELS = ("entails", "neutral", "contradicts")
ENTAILS, NEUTRAL, CONTRADICTS = range(3)

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ROOT.parent / "shared" / "datasets"
DEV_DOCUMENTS = [ROOT.parent / "shared" / "seeds" / "ebpf-observability.txt",
                 ROOT / "benchmarks" / "data" / "gauntlets" / "rate-limiter-design.txt"]

_AUX = re.compile(r"\b(is|are|was|were|can|will|should|must|may|could|would|has|have|does|do|did)\b(?! not\b|n't)",
                  re.IGNORECASE)
_NEGATED = [
    (re.compile(r"\b(is|are|was|were|can|will|should|must|does|do|did|has|have|could|would) not\b", re.I), r"\1"),
    (re.compile(r"\bcannot\b", re.I), "can"),
    (re.compile(r"\b(is|are|was|were|does|do|did|has|have|could|would|should)n't\b", re.I), r"\1"),
    (re.compile(r"\bcan't\b", re.I), "can"),
    (re.compile(r"\bwon't\b", re.I), "will"),
    (re.compile(r"\bnever\b", re.I), "always"),
    (re.compile(r"\bno longer\b", re.I), "still"),
]
_ANTONYMS = [
    ("increase", "decrease"), ("increases", "decreases"), ("more", "fewer"), ("faster", "slower"),
    ("higher", "lower"), ("larger", "smaller"), ("bigger", "smaller"), ("before", "after"), ("always", "never"),
    ("enable", "disable"), ("enables", "disables"), ("allow", "block"), ("allows", "blocks"), ("add", "remove"),
    ("adds", "removes"), ("synchronous", "asynchronous"), ("synchronously", "asynchronously"),
    ("required", "optional"), ("safe", "unsafe"), ("stateless", "stateful"), ("inside", "outside"),
    ("older", "newer"), ("minimum", "maximum"), ("first", "last"), ("accept", "reject"), ("accepts", "rejects"),
    ("open", "closed"), ("start", "stop"), ("starts", "stops"), ("in series", "in parallel"), ("same", "different"),
    ("positive", "negative"), ("closed", "open"), ("complete", "incomplete"), ("connected", "disconnected"),
    ("cheap", "expensive"), ("easy", "hard"), ("long", "short"), ("many", "few"), ("all", "none of the"),
    ("replaces", "complements"), ("complements", "replaces"), ("strong", "weak"), ("success", "failure"),
    ("client", "server"), ("upgrade", "downgrade"), ("with", "without"), ("kernel", "user"),
    ("static", "dynamic"), ("global", "local"), ("read", "write"), ("up", "down"), ("increased", "decreased"),
]
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.]*\d)")
_UNIT_SWAPS = [("seconds", "minutes"), ("minutes", "hours"), ("hours", "days"), ("days", "weeks"), ("ms", "s"),
               ("milliseconds", "seconds"), ("KB", "MB"), ("MB", "GB"), ("percent", "times")]
_PROPER = re.compile(r"\b(?:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,}\w*|[A-Z][a-z]{2,})\b")
_FILLERS = ["so basically ", "um, ", "yeah so ", "i mean, ", "right, so ", "well, ", "okay so "]


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\"'])|\n+", text)
    return [p.strip(" -•\t") for p in parts if len(p.split()) >= 4]


def negate(sentence: str, rng: random.Random) -> str | None:
    for pattern, repl in _NEGATED:
        if pattern.search(sentence):
            return pattern.sub(repl, sentence, count=1)
    match = _AUX.search(sentence)
    if match:
        return sentence[: match.end()] + " not" + sentence[match.end():]
    return None


def change_number(sentence: str, rng: random.Random) -> str | None:
    numbers = list(_NUMBER.finditer(sentence))
    if not numbers:
        for a, b in _UNIT_SWAPS:
            if re.search(rf"\b{re.escape(a)}\b", sentence):
                return re.sub(rf"\b{re.escape(a)}\b", b, sentence, count=1)
        return None
    match = rng.choice(numbers)
    value = match.group(1)
    if "." in value:
        major, minor = value.split(".", 1)
        new = f"{max(1, int(major) + rng.choice([-2, -1, 1, 2]))}.{minor if rng.random() < .5 else rng.randint(0, 19)}"
    else:
        number = int(value)
        new = str(rng.choice([number * 2, number * 10, max(0, number - 1) or number + 3, number + rng.randint(2, 50)]))
    if new == value:
        new = str(int(float(value)) + 7)
    return sentence[: match.start(1)] + new + sentence[match.end(1):]


def swap_antonym(sentence: str, rng: random.Random) -> str | None:
    options = [(a, b) for a, b in _ANTONYMS if re.search(rf"\b{re.escape(a)}\b", sentence, re.I)]
    options += [(b, a) for a, b in _ANTONYMS if re.search(rf"\b{re.escape(b)}\b", sentence, re.I)]
    if not options:
        return None
    a, b = rng.choice(options)
    return re.sub(rf"\b{re.escape(a)}\b", b, sentence, count=1, flags=re.I)


def swap_name(sentence: str, names: list[str], rng: random.Random) -> str | None:
    present = [m.group(0) for m in _PROPER.finditer(sentence) if m.start() > 0]
    others = [n for n in names if n not in sentence]
    if not present or not others:
        return None
    return sentence.replace(rng.choice(present), rng.choice(others), 1)


def spoken(sentence: str, rng: random.Random) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", sentence)
    if rng.random() < 0.5:
        text = text[0].lower() + text[1:]
    text = rng.choice(_FILLERS) + text
    if rng.random() < 0.3:
        text = text.rstrip(".") + ", you know."
    return text


def first_clause(sentence: str) -> str | None:
    parts = re.split(r",\s+(?:and|but|which|so|because)\s+|;\s+", sentence)
    if len(parts) > 1 and len(parts[0].split()) >= 4:
        return parts[0].rstrip(",.") + "."
    return None


def synthetic_pairs(statement_groups: list[list[str]], rng: random.Random) -> list[tuple[str, str, int]]:
    """Pairs generated from groups of statements (a group is one document or one question's references)."""
    pairs: list[tuple[str, str, int]] = []
    for group in statement_groups:
        names = sorted({m.group(0) for s in group for m in _PROPER.finditer(s)})
        for statement in group:
            for make in (negate, change_number, swap_antonym):
                contradiction = make(statement, rng)
                if contradiction and contradiction != statement:
                    premise = spoken(contradiction, rng) if rng.random() < 0.5 else contradiction
                    pairs.append((premise, statement, CONTRADICTS))
            named = swap_name(statement, names, rng)
            if named and rng.random() < 0.5:
                pairs.append((named, statement, CONTRADICTS))
            pairs.append((spoken(statement, rng), statement, ENTAILS))
            clause = first_clause(statement)
            if clause:
                pairs.append((statement, clause, ENTAILS))
            others = [s for s in group if s != statement]
            for other in rng.sample(others, min(2, len(others))):
                pairs.append((spoken(other, rng) if rng.random() < 0.3 else other, statement, NEUTRAL))
    return pairs


def document_statements(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    quoted = re.findall(r"[\"“]([^\"”]{40,})[\"”]", text)
    return [s for q in quoted for s in _sentences(q)]


WRITTEN = Path(__file__).parent / "data" / "written_pairs.jsonl"
_WRITTEN_LABEL = {"entails": ENTAILS, "partial": NEUTRAL, "neutral": NEUTRAL, "contradicts": CONTRADICTS}


def written_pairs() -> tuple[list[tuple[str, str, int]], list[tuple[str, str, int]]]:
    """(train, dev) from the written pairs; dev is every tenth rubric statement (by a hash), with all its premises."""
    train: list[tuple[str, str, int]] = []
    dev: list[tuple[str, str, int]] = []
    for row in _read_jsonl(WRITTEN):
        pair = (row["premise"], row["hypothesis"], _WRITTEN_LABEL[row["label"]])
        (dev if zlib.crc32(row["hypothesis"].encode()) % 10 == 0 else train).append(pair)
    return train, dev


def build(seed: int = 13) -> tuple[list[tuple[str, str, int]], list[tuple[str, str, int]]]:
    """(train pairs, dev pairs): dev is a 5% slice of the train splits' questions, for early stopping only."""
    rng = random.Random(seed)
    train: list[tuple[str, str, int]] = []
    dev: list[tuple[str, str, int]] = []
    groups: list[list[str]] = []
    semeval = DATASETS / "semeval2013_task7" / "semeval2013_task7.jsonl"
    label = {"correct": ENTAILS, "contradictory": CONTRADICTS, "incorrect": NEUTRAL}
    references_by_question: dict[str, list[str]] = {}
    for row in _read_jsonl(semeval):
        if row["split"] != "train":
            continue
        refs = row.get("reference_answers_best") or row["reference_answers"]
        references_by_question.setdefault(row["question_id"], list(dict.fromkeys(row["reference_answers"])))
        pair = (row["answer"], rng.choice(refs), label[row["label_3way"]])
        (dev if zlib.crc32(row["question_id"].encode()) % 20 == 0 else train).append(pair)
    groups.extend(references_by_question.values())
    saf = DATASETS / "saf_en" / "saf_en_v1_acl2022.jsonl"
    saf_refs: dict[str, list[str]] = {}
    for row in _read_jsonl(saf):
        if row["split"] != "train" or not row["answer"].strip():
            continue
        saf_refs.setdefault(row["question_id"], _sentences(row["reference_answers"][0]))
    groups.extend(v for v in saf_refs.values() if len(v) > 1)
    curated = ROOT / "rubrics" / "ebpf-observability.yaml"
    if curated.exists():
        import yaml

        for round_ in yaml.safe_load(curated.read_text(encoding="utf-8"))["rounds"]:
            groups.append([kp["text"] for kp in round_["key_points"]] + [f["text"] for f in round_.get("facts", [])])
    for document in DEV_DOCUMENTS:
        if document.exists():
            statements = document_statements(document)
            # Each paragraph of a strong answer is its own small group, so neutral pairs stay on topic.
            groups.extend(statements[i : i + 8] for i in range(0, len(statements), 8))
    synthetic = synthetic_pairs(groups, rng)
    # Contradiction and unrelatedness are symmetric: add each such synthetic pair the other way round too.
    synthetic += [(h, p, y) for p, h, y in synthetic if y != ENTAILS and rng.random() < 0.5]
    rng.shuffle(synthetic)
    cut = len(synthetic) // 20
    dev.extend(synthetic[:cut])
    train.extend(synthetic[cut:])
    rng.shuffle(train)
    return train, dev


if __name__ == "__main__":
    train, dev = build()
    from collections import Counter

    print(len(train), Counter(y for *_, y in train), len(dev), Counter(y for *_, y in dev))
    rng = random.Random(1)
    for pair in rng.sample(train, 12):
        print(LABELS[pair[2]], "|", pair[0][:110], "||", pair[1][:110])


# Partial label: the pair is known not to be a contradiction (it may entail or be neutral). Trained with
# -log(1 - p(contradicts)) so it only teaches the model what is no contradiction.
NOT_CONTRADICTS = 3
# Sets whose answers are never trained on: the gauntlets of the evidence set and the correct-answer review, and the
# ten most recent blind sets (fresh16/ and later), so the grader can still be measured on them.
HELD_OUT_STEMS = {"ebpf-observability", "zero-downtime-database-migrations", "api-idempotency-keys",
                  "kafka-exactly-once", "jvm-gc", "webhook-delivery", "sqs-queues", "vault"}
HELD_OUT_FROM_FRESH = 16
_TRUE_KINDS = {"strong", "adequate", "honest"}


def answer_pairs(seed: int = 13, per_unit: int = 3, limit: int = 3000, restates_at: float = 0.6) -> list[tuple[str, str, int]]:
    """Real interview answers that state nothing false (kinds strong, adequate, honest) on the development sets,
    each sentence against its `per_unit` nearest key points: never a contradiction. These are exactly the pairs on
    which a verifier trained only on textbook contradictions read stated key points as contradictions. A pair at
    least `restates_at` similar may state the key point (NOT_CONTRADICTS: entails or neutral); a less similar one
    is on the topic but says something else (NEUTRAL). (All NOT_CONTRADICTS taught the model that a sentence on a
    key point's topic entails it.)"""
    import numpy as np

    from benchmarks import datasets as ds
    from grader.onnx_backend import OnnxEmbedder
    from grader.rubric.importer import import_gauntlet_file
    from grader.text import answer_units

    rng = random.Random(seed)
    embedder = OnnxEmbedder()
    pairs: list[tuple[str, str, int]] = []
    for doc, rows in ds.own_topic_sets():
        fresh = re.fullmatch(r"fresh(\d*)", doc.parent.parent.name)
        if doc.stem in HELD_OUT_STEMS or (fresh and int(fresh.group(1) or 1) >= HELD_OUT_FROM_FRESH):
            continue
        rubric = import_gauntlet_file(doc).rubric
        for row in rows:
            if row.get("kind") not in _TRUE_KINDS or row.get("bluff") or row.get("false_claims"):
                continue
            key_points = [k.text for k in rubric.round(row["round"]).key_points]
            units = answer_units(row["answer"])
            if not units or not key_points:
                continue
            vectors = embedder.embed(units + key_points)
            sims = vectors[: len(units)] @ vectors[len(units):].T
            for u, unit in enumerate(units):
                for k in np.argsort(-sims[u])[:per_unit]:
                    if sims[u, k] >= restates_at:  # may state the key point: known only not to contradict it
                        pairs.append((unit, key_points[k], NOT_CONTRADICTS))
                    elif sims[u, k] >= 0.3:  # on its topic, but saying something else
                        pairs.append((unit, key_points[k], NEUTRAL))
    rng.shuffle(pairs)
    return pairs[:limit]
