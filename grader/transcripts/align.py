"""Question-to-round alignment: who is the interviewer, which round each question asks, what the answer is.

The rules, in the order they apply:

* Roles. An explicit ``speakers`` mapping wins. Otherwise speakers labelled 'Interviewer'/'Candidate' (or
  'Q'/'A') are taken at their word. Otherwise the main interviewer is the speaker whose turns best match
  the rubric's round and trap questions (mean of their three best-matching turns; question marks break a
  near tie); the candidate is the speaker who answers those questions (most words right after them, then
  most words overall); any further speaker with a question that matches a rubric question is also an
  interviewer, the rest are 'other' and ignored. A partial mapping is filled in: naming only the
  candidate makes the rest interviewers; naming only interviewers makes the one left the candidate. When no speaker
  matches the questions, or the candidate matches them as well as the interviewer, the roles are
  ambiguous and a ``TranscriptError`` asks for a mapping.
* Questions. Each interviewer turn is compared, whole and sentence by sentence, with every round question
  and trap question; the best at or above ``min_similarity`` wins (a trap only when it beats every round
  question). Back-channel ('mm-hm', 'right') and statements are not questions. A question that matches
  nothing ends the current answer and is listed in ``unmatched_questions`` -- unless it is a follow-up on
  the current round (a generic 'can you give an example?' or one on the round's topic), whose answer
  then continues the round's answer.
* Answers. The candidate's turns after a matched question, up to the next interviewer question, are that
  round's answer. When one round (or trap) is asked twice, the better-matching question is reported and
  its answer comes first; the answers to the other askings are appended in the order they were asked.
  A question the candidate did not answer at all gives no answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from grader.embedding import Embedder
from grader.errors import TranscriptError
from grader.rubric.schema import Rubric
from grader.text import split_sentences, words
from grader.transcripts.model import AlignedAnswer, Alignment, Transcript

#: Tuned on the example transcripts with both the bundled model and the hashing test embedder (see
#: tests/test_transcripts_align.py): paraphrased rubric questions score 0.45-0.9, small talk below 0.3.
DEFAULT_MIN_SIMILARITY = 0.42
#: Two speakers' question scores closer than this are a tie that question marks have to break.
ROLE_MARGIN = 0.05
ROLES = ("interviewer", "candidate", "other")

_BACKCHANNEL = re.compile(
    r"^(?:(?:mm+-?hm+|mhm+|uh-?huh|hmm+|yeah|yep|yes|right|okay|ok|sure|got it|i see|cool|great|nice|"
    r"interesting|good|perfect|makes sense|that makes sense|go on|go ahead|please continue|continue|thanks|"
    r"thank you|alright|all right|fair enough|wow|oh)[\s,.!?]*)+$",
    re.IGNORECASE,
)
_INTERROGATIVE = re.compile(
    r"^(?:so,?\s+|and\s+|okay,?\s+|now,?\s+)*(?:what|why|how|when|where|which|who|whose|can|could|would|will|do|"
    r"does|did|is|are|was|were|have|has|should|tell me|walk me|talk me|describe|explain|give me)\b",
    re.IGNORECASE,
)
_GENERIC_FOLLOWUP = re.compile(
    r"\b(?:an example|for example|elaborate|say more|tell me more|expand on|more detail|dig into|go deeper|"
    r"why is that|how so|what do you mean|why not|how would you|and then what|what else)\b",
    re.IGNORECASE,
)

# Filler removed for grading: (pattern, replacement). 'like,' and 'you know' only as filler -- 'I like,
# uh, bpftrace' and 'do you know the answer' keep their words.
_FILLERS: list[tuple[re.Pattern[str], str]] = [
    # ', um,' / ', you know,' between commas: the commas go too ('it is, like, fast' -> 'it is fast').
    (re.compile(r",\s*(?:u+m+|u+h+|e+r+m+|a+h+|hmm+|you know|like|I mean)\s*,(?=\s)", re.IGNORECASE), ""),
    (re.compile(r"(?<![\w'-])(?:u+m+|u+h+|e+r+m+|e+r|a+h+|hmm+|mm+|mhm)(?![\w'-])[,.]?", re.IGNORECASE), " "),
    (
        re.compile(
            r"(?<!\bdo )(?<!\bdid )(?<!\bif )(?<!\bdon't )(?<!\bas )\byou know\b"
            r"(?!\s+(?:what|how|why|that|the|it|about|if|when|where|who|which))[,.]?",
            re.IGNORECASE,
        ),
        " ",
    ),
    (re.compile(r"(^|[,.!?]\s*|\b(?:and|so|but|just|is|was|it's|are|were)\s+)like,\s*", re.IGNORECASE), r"\1 "),
    (re.compile(r"(^|[,.!?]\s*|\b(?:and|so|but)\s+)I mean,\s*"), r"\1 "),
    (re.compile(r"(^|[,.!?]\s*)(?:sort of|kind of),\s*", re.IGNORECASE), r"\1 "),
]
_REPEATED_WORD = re.compile(r"\b(\w+)(?:[\s,]+\1\b)+", re.IGNORECASE)


def remove_filler(text: str) -> str:
    """'So, um, BTF is, you know, like, the type format' -> 'So, BTF is, the type format'.

    Removes hesitation sounds, filler phrases and stuttered repeats ('the the'); the words that carry
    meaning stay as spoken, so evidence quoted from the graded text still reads naturally.
    """
    out = text
    for pattern, replacement in _FILLERS:
        out = pattern.sub(replacement, out)
    out = _REPEATED_WORD.sub(r"\1", out)
    out = re.sub(r"\s+([,.!?;:])", r"\1", out)  # 'is , the' -> 'is, the'
    out = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", out)  # ', ,' -> ','
    out = re.sub(r"(^|[.!?]\s+)[,;:.]\s*", r"\1", out)  # punctuation left at a sentence start
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;:")
    # A sentence whose first word was filler starts with a lower-case word now: capitalise plain words only
    # ('eBPF' stays as written).
    return re.sub(r"(^|[.!?]\s+)([a-z]+)\b", lambda m: m.group(1) + m.group(2).capitalize(), out)


def is_backchannel(text: str) -> bool:
    """'Mm-hm.', 'Right, okay.', 'Got it' -- listening noises that do not end an answer."""
    return bool(_BACKCHANNEL.match(text.strip()))


def is_question(text: str) -> bool:
    """A question mark, or a sentence opening like a question (captions often lose the '?')."""
    if "?" in text:
        return True
    return any(_INTERROGATIVE.match(sentence) for sentence in split_sentences(text))


@dataclass
class _Target:
    round: int
    trap_id: str | None
    question: str
    context: str  # the round's question and strong answer: what an on-topic follow-up is about


@dataclass
class _Match:
    similarity: float
    target: int
    asked: str


@dataclass
class _Segment:
    target: int
    similarity: float
    question: str
    start: float | None
    parts: list[str] = field(default_factory=list)


def _targets(rubric: Rubric) -> list[_Target]:
    out: list[_Target] = []
    for round_ in rubric.rounds:
        context = f"{round_.question} {round_.strong_answer}"
        out.append(_Target(round_.number, None, round_.question, context))
    for round_ in rubric.rounds:
        for trap in round_.traps:
            out.append(_Target(round_.number, trap.id, trap.question, f"{trap.question} {trap.answer}"))
    return out


def _units(text: str) -> list[str]:
    """The whole turn and each sentence of it: a question is often wrapped in small talk."""
    sentences = [s for s in split_sentences(text) if len(words(s)) >= 3]
    return [text] + (sentences if len(sentences) > 1 else [])


def _drop_leading_backchannel(text: str) -> str:
    """'Okay. Great. So what is BTF?' -> 'So what is BTF?' (the question as asked, without the 'okay')."""
    sentences = split_sentences(text)
    while len(sentences) > 1 and is_backchannel(sentences[0]):
        text = text[text.find(sentences[0]) + len(sentences[0]):].strip()
        sentences = sentences[1:]
    return text


def _match_turns(texts: list[str], targets: list[_Target], embedder: Embedder) -> list[_Match]:
    """Each text's best target by cosine similarity over the text's units; ties go to the round question."""
    units: list[str] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        for unit in _units(text):
            units.append(unit)
            owner.append(index)
    if not units:
        return []
    unit_vectors = np.asarray(embedder.embed(units))
    target_vectors = np.asarray(embedder.embed([t.question for t in targets]))
    sims = unit_vectors @ target_vectors.T
    best: list[_Match] = [_Match(-1.0, 0, text) for text in texts]
    for row, index in enumerate(owner):
        column = int(np.argmax(sims[row]))  # argmax keeps the first: round questions come before traps
        value = float(sims[row, column])
        if value > best[index].similarity + 1e-9:
            unit = units[row]
            position = texts[index].find(unit)
            asked = texts[index][position:] if unit != texts[index] and position >= 0 else texts[index]
            best[index] = _Match(value, column, _drop_leading_backchannel(asked.strip()))
    return best


@dataclass
class _SpeakerStats:
    name: str
    min_similarity: float
    words: int = 0
    questions: int = 0
    answered_words: int = 0  # words spoken right after the main interviewer asked a rubric question
    sims: list[float] = field(default_factory=list)

    @property
    def score(self) -> float:
        """How well the speaker's questions match the rubric: the mean of their (up to) three best matching
        turns, or their best turn when none matches. One rubric question among much small talk still counts."""
        ranked = sorted(self.sims, reverse=True)
        matching = [s for s in ranked if s >= self.min_similarity][:3]
        return float(np.mean(matching)) if matching else (ranked[0] if ranked else -1.0)

    @property
    def question_share(self) -> float:
        return self.questions / max(len(self.sims), 1)


def _assign_roles(
    transcript: Transcript,
    matches: list[_Match],
    speakers: dict[str, str] | None,
    min_similarity: float,
) -> dict[str, str]:
    shown = transcript.path
    names = transcript.speakers
    if speakers:
        roles = _explicit_roles(shown, names, speakers)
    else:
        roles = _roles_by_label(names) or _roles_by_similarity(transcript, matches, min_similarity)
    if "interviewer" not in roles.values() or list(roles.values()).count("candidate") != 1:
        have = ", ".join(f"{name}={role}" for name, role in roles.items())
        raise TranscriptError(
            f"{shown}: speaker roles need one candidate and at least one interviewer, found {have} "
            "(pass a mapping, e.g. --speaker NAME=interviewer --speaker NAME=candidate)"
        )
    return roles


def _explicit_roles(shown: str, names: list[str], speakers: dict[str, str]) -> dict[str, str]:
    lowered = {name.lower(): name for name in names}
    roles: dict[str, str] = {}
    for given, role in speakers.items():
        if role not in ROLES:
            raise TranscriptError(
                f"{shown}: speaker '{given}': role '{role}' is not one of: {', '.join(ROLES)}"
            )
        name = lowered.get(given.strip().lower())
        if name is None:
            raise TranscriptError(
                f"{shown}: no speaker '{given}' in the transcript (speakers: {', '.join(names)})"
            )
        roles[name] = role
    # Speakers the mapping leaves out: with only the candidate named, the rest interview; with only
    # interviewers named, the one speaker left is the candidate; otherwise they are 'other'.
    rest = [n for n in names if n not in roles]
    named = set(roles.values())
    if named == {"candidate"}:
        roles.update({n: "interviewer" for n in rest})
    elif "candidate" not in named and len(rest) == 1:
        roles[rest[0]] = "candidate"
    else:
        roles.update({n: "other" for n in rest})
    return {n: roles[n] for n in names}


def _roles_by_label(names: list[str]) -> dict[str, str] | None:
    """'Interviewer'/'Candidate' labels (also 'Interviewer 2', 'Interviewee') say the roles outright."""
    roles: dict[str, str] = {}
    for name in names:
        first = name.split()[0].lower()
        if first in {"interviewer", "q", "question"}:
            roles[name] = "interviewer"
        elif first in {"candidate", "interviewee", "a", "answer"}:
            roles[name] = "candidate"
    if "interviewer" not in roles.values() or list(roles.values()).count("candidate") != 1:
        return None
    return {name: roles.get(name, "other") for name in names}


def _roles_by_similarity(transcript: Transcript, matches: list[_Match], min_similarity: float) -> dict[str, str]:
    shown = transcript.path
    stats = {name: _SpeakerStats(name, min_similarity) for name in transcript.speakers}
    for turn, match in zip(transcript.turns, matches):
        entry = stats[turn.speaker]
        entry.words += len(words(turn.text))
        entry.sims.append(match.similarity)
        entry.questions += int(is_question(turn.text))
    if len(stats) < 2:
        raise TranscriptError(
            f"{shown}: only one speaker ({transcript.speakers[0]}); expected an interviewer and a candidate"
        )
    hint = "pass a mapping, e.g. --speaker NAME=interviewer --speaker NAME=candidate"
    ranked = sorted(stats.values(), key=lambda s: s.score, reverse=True)
    best = ranked[0]
    if best.score < min_similarity:
        raise TranscriptError(
            f"{shown}: cannot tell who the interviewer is: no speaker's turns match the rubric's questions "
            f"(best: {best.name}, similarity {best.score:.2f}, expected >= {min_similarity:.2f}); {hint}"
        )
    # Question marks break a near tie between the best-matching speakers.
    close = [s for s in ranked if best.score - s.score < ROLE_MARGIN]
    primary = max(close, key=lambda s: (s.question_share, s.score))
    # The candidate is whoever answers the main interviewer's rubric questions; by words spoken when the
    # transcript gives no such answers. (A terse candidate can say less than a second interviewer.)
    for index, (turn, match) in enumerate(zip(transcript.turns, matches)):
        if turn.speaker == primary.name and match.similarity >= min_similarity:
            reply = next((t for t in transcript.turns[index + 1 :] if t.speaker != primary.name), None)
            if reply is not None:
                stats[reply.speaker].answered_words += len(words(reply.text))
    others = [s for s in ranked if s is not primary]
    candidate = max(others, key=lambda s: (s.answered_words, s.words))
    if primary.score - candidate.score < ROLE_MARGIN and candidate.question_share >= primary.question_share:
        raise TranscriptError(
            f"{shown}: speaker roles are ambiguous: {primary.name} and {candidate.name} match the rubric's "
            f"questions equally well ({primary.score:.2f} vs {candidate.score:.2f}); {hint}"
        )
    roles = {primary.name: "interviewer", candidate.name: "candidate"}
    for entry in others:
        if entry is not candidate:
            matched = max(entry.sims, default=-1.0) >= min_similarity
            roles[entry.name] = "interviewer" if matched and entry.questions else "other"
    # The main interviewer first, so Alignment.interviewer[0] is the one who led the interview.
    order = [primary.name] + [name for name in transcript.speakers if name != primary.name]
    return {name: roles[name] for name in order}


def align_transcript(
    transcript: Transcript,
    rubric: Rubric,
    embedder: Embedder,
    speakers: dict[str, str] | None = None,
    min_similarity: float = DEFAULT_MIN_SIMILARITY,
) -> Alignment:
    """Cut a transcript into the candidate's answers per rubric round (see the module docstring for the rules)."""
    targets = _targets(rubric)
    matches = _match_turns([turn.text for turn in transcript.turns], targets, embedder)
    roles = _assign_roles(transcript, matches, speakers, min_similarity)
    interviewers = [name for name in roles if roles[name] == "interviewer"]
    candidate = next(name for name in transcript.speakers if roles[name] == "candidate")

    segments: list[_Segment] = []
    unmatched: list[str] = []
    current: _Segment | None = None
    for turn, match in zip(transcript.turns, matches):
        role = roles[turn.speaker]
        if role == "candidate":
            if current is not None:
                current.parts.append(turn.text)
            continue
        if role != "interviewer":
            continue  # a note-taker's remarks neither ask nor answer
        if match.similarity >= min_similarity:
            current = _Segment(match.target, match.similarity, match.asked, turn.start)
            segments.append(current)
        elif is_backchannel(turn.text) or not is_question(turn.text):
            continue  # 'mm-hm', 'that makes sense' -- the candidate is still answering
        elif current is not None and _is_followup(turn.text, targets[current.target], embedder, min_similarity):
            continue  # 'can you give an example?' -- the answer goes on
        else:
            unmatched.append(turn.text)
            current = None
    answers = _merge_segments(segments, targets)
    return Alignment(
        transcript=Path(transcript.path).name,
        interviewer=interviewers,
        candidate=candidate,
        answers=answers,
        unmatched_questions=unmatched,
    )


def _is_followup(text: str, target: _Target, embedder: Embedder, min_similarity: float) -> bool:
    """A short generic prompt, or a question on the current round's topic."""
    if _GENERIC_FOLLOWUP.search(text) and len(words(text)) <= 15:
        return True
    vectors = np.asarray(embedder.embed([text, target.context]))
    return float(vectors[0] @ vectors[1]) >= min_similarity * 0.75


def _merge_segments(segments: list[_Segment], targets: list[_Target]) -> list[AlignedAnswer]:
    groups: dict[int, list[_Segment]] = {}
    for segment in segments:
        if segment.parts:
            groups.setdefault(segment.target, []).append(segment)
    answers: list[AlignedAnswer] = []
    for index in sorted(groups, key=lambda i: (targets[i].round, targets[i].trap_id is not None, i)):
        group = groups[index]
        winner = max(group, key=lambda s: s.similarity)  # the first asked wins a tie
        ordered = [winner] + [s for s in group if s is not winner]
        said = " ".join(part for segment in ordered for part in segment.parts)
        target = targets[index]
        answers.append(
            AlignedAnswer(
                round=target.round,
                trap_id=target.trap_id,
                question=winner.question,
                matched_question=target.question,
                similarity=round(winner.similarity, 4),
                answer=said,
                answer_for_grading=remove_filler(said),
                start=winner.start,
            )
        )
    return answers
