"""Interview transcripts: readers per format, speaker roles, question-to-round alignment, reports."""

from grader.transcripts.align import (
    DEFAULT_MIN_SIMILARITY,
    align_transcript,
    is_backchannel,
    is_question,
    remove_filler,
)
from grader.transcripts.model import AlignedAnswer, Alignment, Transcript, Turn
from grader.transcripts.readers import SUPPORTED_SUFFIXES, read_transcript
from grader.transcripts.report import (
    render_transcript_html,
    render_transcript_markdown,
    write_transcript_reports,
)

__all__ = [
    "AlignedAnswer", "Alignment", "Transcript", "Turn",
    "DEFAULT_MIN_SIMILARITY", "SUPPORTED_SUFFIXES",
    "align_transcript", "is_backchannel", "is_question", "read_transcript", "remove_filler",
    "render_transcript_html", "render_transcript_markdown", "write_transcript_reports",
]
