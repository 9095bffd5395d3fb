"""A round prepared for grading: every rubric text embedded once, plus the vocabulary the checks use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from grader.embedding import Embedder
from grader.rubric.facts import gauntlet_facts
from grader.rubric.schema import Fact, KeyPoint, Round, Trap, WeakPattern
from grader.text import content_words, plain_words, split_sentences, stem

_TERM = re.compile(
    r"\b(?:[A-Z]{2,}(?:-[A-Z]{2,})+|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]?s?|[A-Z][a-z]+(?:-[A-Z][a-z]+)+"
    r"|[A-Za-z]+-[A-Z]{2,})\b"
)


def domain_terms(texts: list[str]) -> set[str]:
    """Technical terms in rubric text: acronyms (BTF, CO-RE), camel case (eBPF, OpenTelemetry), product names."""
    terms: set[str] = set()
    for text in texts:
        for match in _TERM.findall(text):
            if len(match) >= 2 and match.lower() not in {"i", "ok"}:
                terms.add(match)
    return terms


@dataclass
class PatternIndex:
    pattern: WeakPattern
    texts: list[str]
    vectors: np.ndarray
    # The sentences of the rubric's "why": usually the correction ("Postgres forks a process per connection"). A part
    # nearer to the correction than to the weak answer says the correction.
    why_texts: list[str] = field(default_factory=list)
    why_vectors: np.ndarray | None = None


@dataclass
class RoundIndex:
    """Everything about one round (or one trap follow-up) that does not depend on the answer."""

    rubric_id: str
    round: Round
    trap: Trap | None
    question: str
    strong_answer: str
    key_points: list[KeyPoint]
    kp_texts: list[list[str]]  # per key point: its text, its aliases and its parts (`key_point_parts`)
    kp_vectors: list[np.ndarray]  # per key point: one row per text
    kp_stems: list[list[set[str]]]  # per key point, per text: content stems (question words removed)
    kp_parts_from: list[int]  # per key point: where its parts start in its `kp_texts`
    strong_vector: np.ndarray
    patterns: list[PatternIndex]
    terms: set[str]
    question_stems: set[str]
    trap_terms: dict[str, set[str]] = field(default_factory=dict)
    trap_vectors: dict[str, np.ndarray] = field(default_factory=dict)  # what a good trap answer says
    # Content-word vectors of each reference alternative (the strong answer; several for multi-reference rubrics).
    reference_tokens: list[np.ndarray] = field(default_factory=list)
    # Everything the round says, lower-cased: a figure, standard or tool the answer names must appear here ...
    rubric_text: str = ""
    # Everything the gauntlet says, every round's `rubric_text`: a status code another round gives is no invention.
    gauntlet_text: str = ""
    # The same, one piece per round (this round's first): what is read from every round's text is read once per round
    # and joined, not once per round of the gauntlet (`gauntlet_text` differs from round to round: its own comes first).
    gauntlet_pieces: tuple[str, ...] = ()
    # The facts an answer is checked against: the round's and the other rounds' named ones (`gauntlet_facts`).
    facts: list[Fact] = field(default_factory=list)
    # Capitalised words the rubric writes inside a sentence (products, projects), lower-cased: a capital at the
    # start of a sentence ("Second, ...") makes no name unless the rubric also writes the word as one.
    names: frozenset[str] = frozenset()
    # The round's own true statements (strong answer sentences, key points and their aliases) and their vectors: an
    # answer part that restates one of them cannot contradict the rubric.
    statements: list[str] = field(default_factory=list)
    statement_vectors: np.ndarray | None = None
    # Every key point's vectors in one matrix (all its texts, key point after key point), for substance.
    kp_matrix: np.ndarray | None = None
    # The same true statements and the trap answers, sentence by sentence (" | " between), as lower-case words and
    # digits, for spotting the rubric's own words verbatim.
    plain_truth: str = ""
    # What every round of the gauntlet says is true, sentence by sentence (questions, strong answers, key points, senior
    # signals, trap answers; never a weak answer): a figure said unsure that another round gives about the same thing.
    gauntlet_truth: tuple[str, ...] = ()
    # The same, of this round alone: a figure it gives about what the answer's part is about.
    round_truth: tuple[str, ...] = ()


_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w-]*[A-Za-z0-9]\b")


def starts_sentence(text: str, position: int) -> bool:
    """Whether `position` in `text` begins a sentence, clause after a colon, list item or quote."""
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:;\"'(\n-\u2013\u2014\u2022*"


def mid_sentence_names(texts: list[str]) -> frozenset[str]:
    """Lower-cased capitalised words that some text writes inside a sentence: names, not sentence openers."""
    return frozenset(m.group(0).lower() for text in texts for m in _CAPITALISED_WORD.finditer(text)
                     if not starts_sentence(text, m.start()))


# A "why" often corrects several claims in one sentence ("The codes point at different failures: a 502 is a refused,
# reset or malformed exchange, a 504 is a backend that didn't answer in time, and the fixes are different."): each
# clause is a correction of its own, so a part that states one ("504 is a gateway timeout") meets it whole.
_WHY_CLAUSE = re.compile(r"(?:[:;]|\s[—–])\s+|,\s+(?=(?:a|an|the|and|but|while|whereas|so|which|it|they|this)\b)",
                         re.IGNORECASE)
_WHY_CLAUSE_WORDS = 4
# A clause that states the weak claim in order to reject it ("The idea that retrying any failed request is safe is
# wrong") is no correction on its own: alone it reads as the claim.
_RESTATES_THE_CLAIM = re.compile(
    r"\b(?:wrong|false|untrue|not true|myth|mistak\w*|incorrect|misconception|misleading|the idea that|the claim that|"
    r"the belief that|(?:people|they|candidates|some|many) (?:say|think|believe|assume|claim))\b", re.IGNORECASE)


def why_phrasings(why: str) -> list[str]:
    """The sentences of a weak answer's "why", and the clauses of those that correct more than one claim."""
    out: list[str] = []
    for sentence in split_sentences(why):
        out.append(sentence)
        clauses: list[str] = []
        for clause in (c.strip(" ,;:") for c in _WHY_CLAUSE.split(sentence)):
            if clauses and len(clause.split()) < _WHY_CLAUSE_WORDS:
                clauses[-1] = f"{clauses[-1]}, {clause}"
            elif clause:
                clauses.append(clause)
        if len(clauses) > 1:
            out += [c for c in clauses if len(c.split()) >= _WHY_CLAUSE_WORDS and not _RESTATES_THE_CLAIM.search(c)]
    return out


def build_round_index(rubric_id: str, round_: Round, embedder: Embedder, trap: Trap | None = None,
                      others: Sequence[Round] = ()) -> RoundIndex:
    """Embed a round's rubric texts in one call. For a trap, the trap's answer is the strong answer. `others`: the
    gauntlet's other rounds, whose words count as what the rubric states (`gauntlet_text`)."""
    if trap is not None:
        from grader.rubric.claims import derive_key_points

        question = trap.question
        strong = trap.answer or round_.strong_answer
        key_points = list(trap.key_points) or derive_key_points(strong)
        patterns: list[WeakPattern] = []
    else:
        question = round_.question
        strong = round_.strong_answer
        key_points = list(round_.key_points)
        patterns = list(round_.weak_patterns)

    kp_texts = [[kp.text, *kp.aliases, *key_point_parts(kp.text)] for kp in key_points]
    kp_parts_from = [1 + len(kp.aliases) for kp in key_points]
    pattern_texts = [[p.text, *p.examples] for p in patterns]
    why_texts = [why_phrasings(p.why) if p.why else [] for p in patterns]
    strong_sentences = split_sentences(strong) or [strong]
    flat: list[str] = [t for group in kp_texts for t in group]
    flat += [t for group in pattern_texts for t in group]
    flat += [t for group in why_texts for t in group]
    flat += strong_sentences
    trap_texts = {
        t.id: ([kp.text for kp in t.key_points] or split_sentences(t.answer) or [t.question])
        for t in (round_.traps if trap is None else [])
    }
    for texts in trap_texts.values():
        flat += texts
    vectors = embedder.embed(flat)

    cursor = 0

    def take(n: int) -> np.ndarray:
        nonlocal cursor
        block = vectors[cursor : cursor + n]
        cursor += n
        return block

    kp_vectors = [take(len(group)) for group in kp_texts]
    pattern_vectors = [take(len(group)) for group in pattern_texts]
    why_vectors = [take(len(group)) for group in why_texts]
    strong_vectors = take(len(strong_sentences))
    trap_vectors = {trap_id: take(len(texts)) for trap_id, texts in trap_texts.items()}
    strong_vector = strong_vectors.mean(axis=0)
    norm = float(np.linalg.norm(strong_vector))
    strong_vector = strong_vector / norm if norm else strong_vector

    question_stems = {stem(w) for w in content_words(question)}
    kp_stems = [
        [({stem(w) for w in content_words(t)} - question_stems) or {stem(w) for w in content_words(t)} for t in group]
        for group in kp_texts
    ]
    rubric_texts = [strong, question, *(t for g in kp_texts for t in g)]
    trap_terms: dict[str, set[str]] = {}
    for t in round_.traps:
        # Concepts the round's own question already names are not name-dropping.
        asked = {term.lower() for term in domain_terms([round_.question])}
        trap_terms[t.id] = {x for x in (set(t.triggers) or domain_terms([t.question])) if x.lower() not in asked}
        rubric_texts += [t.question, t.answer]
    for fact in round_.facts:
        rubric_texts += [fact.subject, *fact.aliases]
    reference_tokens: list[np.ndarray] = []
    embed_with_tokens = getattr(embedder, "embed_with_tokens", None)
    if embed_with_tokens is not None:
        from grader.scoring.tokens import content_token_vectors, stack

        # Several references are alternatives: a one-point rubric whose key point is the strong answer, with aliases.
        alternatives = [strong] + [a for kp in key_points if kp.text == strong for a in kp.aliases]
        for alternative in alternatives:
            sentences = split_sentences(alternative) or [alternative]
            _, tokens = embed_with_tokens(sentences)
            reference_tokens.append(
                stack([content_token_vectors(t, question_stems) for t in tokens], vectors.shape[1])
            )
    return RoundIndex(
        rubric_id=rubric_id,
        round=round_,
        trap=trap,
        question=question,
        strong_answer=strong,
        key_points=key_points,
        kp_texts=kp_texts,
        kp_parts_from=kp_parts_from,
        kp_vectors=kp_vectors,
        kp_stems=kp_stems,
        strong_vector=strong_vector,
        patterns=[
            PatternIndex(p, texts, vecs, whys, why_vecs)
            for p, texts, vecs, whys, why_vecs in zip(patterns, pattern_texts, pattern_vectors, why_texts, why_vectors)
        ],
        # A trap's trigger words that are plain words ("customer", "ordering") are no technical terms to name-drop.
        terms=domain_terms(rubric_texts) | {t for ts in trap_terms.values() for t in ts if domain_terms([t])},
        question_stems=question_stems,
        trap_terms=trap_terms,
        trap_vectors=trap_vectors,
        reference_tokens=reference_tokens,
        facts=gauntlet_facts(round_, others),
        rubric_text=(own_text := _rubric_text(round_, question, strong, kp_texts)),
        gauntlet_truth=tuple(dict.fromkeys(sentence for r in [round_, *others] for sentence in _true_sentences(r))),
        round_truth=tuple(dict.fromkeys(_true_sentences(round_))),
        gauntlet_pieces=(pieces := (own_text, *(_other_round_text(r) for r in others))),
        gauntlet_text=" ".join(pieces),
        names=mid_sentence_names(rubric_texts + [round_.strong_answer]),
        statements=strong_sentences + [t for group in kp_texts for t in group],
        statement_vectors=np.vstack([strong_vectors, *kp_vectors]),
        kp_matrix=np.vstack(kp_vectors) if kp_vectors else None,
        plain_truth=" | ".join(plain_words(sentence) for t in [
            strong, round_.strong_answer, *(t for group in kp_texts for t in group), *(t.answer for t in round_.traps)]
            for sentence in split_sentences(t) or [t]),
    )


_PART_BREAK = re.compile(r":\s|;\s|\s[—–]\s|,\s+or\s+(?=(?:a|an|the|to|by|use|with|\w+ing)\b)")
PART_MIN_WORDS = 4


def key_point_parts(text: str) -> list[str]:
    """The claims a compound key point is made of, each enough to match on its own: its sentences, and the pieces of
    each around a colon, a semicolon, a dash or ", or" ("I'd use INCR with an expiry for a fixed window, or a small
    Lua script ..."; "Stale-while-revalidate from RFC 5861: ... the cache serves the stale copy ..."). A piece of
    fewer than `PART_MIN_WORDS` content words is no claim of its own."""
    parts: list[str] = []
    sentences = split_sentences(text)
    for sentence in sentences:
        pieces = [p.strip(" ,.") for p in _PART_BREAK.split(sentence)]
        for piece in ([sentence] if len(sentences) > 1 else []) + (pieces if len(pieces) > 1 else []):
            if len(content_words(piece)) >= PART_MIN_WORDS and piece.strip(" .") != text.strip(" .") and piece not in parts:
                parts.append(piece)
    return parts


def _true_sentences(round_: Round) -> list[str]:
    """What a round says is true, sentence by sentence: its question, strong answer, key points, senior signal and trap
    answers (never a weak answer)."""
    return [sentence for t in [round_.question, round_.strong_answer, round_.senior_signal or "",
                               *(k.text for k in round_.key_points), *(t.answer for t in round_.traps)]
            for sentence in split_sentences(t)]


def _other_round_text(round_: Round) -> str:
    """What another round of the gauntlet says (`_rubric_text` with its own question, strong answer and key points)."""
    return _rubric_text(round_, round_.question, round_.strong_answer, [[k.text, *k.aliases] for k in round_.key_points])


def _rubric_text(round_: Round, question: str, strong: str, kp_texts: list[list[str]]) -> str:
    """Everything the round says, once per round rather than once per answer."""
    return " ".join(
        [strong, question, round_.strong_answer, round_.senior_signal or "", round_.testing or "",
         *(t for group in kp_texts for t in group)]
        + [f"{t.question} {t.answer} {' '.join(t.honest_answers)}" for t in round_.traps]
        + [f"{p.text} {p.why} {' '.join(p.examples)}" for p in round_.weak_patterns]
        + [f"{f.subject} {' '.join(f.aliases)} {f.value} {f.text}" for f in round_.facts]
    ).lower()
