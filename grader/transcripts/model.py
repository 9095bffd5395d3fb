"""What a transcript is once read, and what aligning it to a rubric produces."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Turn(_Model):
    """One speaker's uninterrupted stretch of speech (consecutive cues or lines of a speaker are merged)."""

    speaker: str = Field(description="The speaker's label as the file gives it ('Interviewer', 'Priya Shah').")
    text: str = Field(description="What was said, labels and timestamps removed, lines joined by spaces.")
    start: float | None = Field(None, description="Seconds from the start of the recording, when the file says.")
    end: float | None = Field(None, description="Seconds from the start of the recording, when the file says.")


class Transcript(_Model):
    """An interview as a list of turns in the order spoken."""

    path: str = Field(description="The file the transcript was read from, as given.")
    turns: list[Turn]

    @property
    def speakers(self) -> list[str]:
        """Speakers in order of first appearance."""
        return list(dict.fromkeys(turn.speaker for turn in self.turns))


class AlignedAnswer(_Model):
    """The candidate's answer to one rubric round (or to one of its trap follow-ups)."""

    round: int = Field(description="Rubric round number, from 1.")
    trap_id: str | None = Field(None, description="Id of the round's trap when the question asked was that trap.")
    question: str = Field(description="The question as the interviewer asked it.")
    matched_question: str = Field(description="The rubric's question (or trap question) it was matched to.")
    similarity: float = Field(description="Cosine similarity (-1..1) of the asked and the rubric question.")
    answer: str = Field(description="The candidate's words as spoken, for quoting.")
    answer_for_grading: str = Field(description="The answer with filler ('um', 'you know', ...) removed.")
    start: float | None = Field(None, description="When the question was asked, in seconds, when known.")


class Alignment(_Model):
    """A transcript cut into per-round answers: what ``grader batch`` grades for a transcript file."""

    transcript: str = Field(description="The transcript's file name.")
    interviewer: list[str] = Field(description="Speakers taken to be interviewers (the main one first).")
    candidate: str = Field(description="The speaker whose answers are graded.")
    answers: list[AlignedAnswer] = Field(default_factory=list, description="In rubric order, rounds before traps.")
    unmatched_questions: list[str] = Field(
        default_factory=list, description="Interviewer questions that matched no rubric question (small talk too)."
    )
