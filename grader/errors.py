"""One exception root for everything a user can get wrong.

The CLI turns any ``GraderError`` into one line on stderr and exit code 2.
"""

from __future__ import annotations


class GraderError(Exception):
    """A problem the user can fix: bad input, a malformed file, a missing resource."""


class RubricError(GraderError):
    """A rubric file or gauntlet document that cannot be loaded or validated."""


class InputError(GraderError):
    """An answer, batch input file or command-line argument that is not usable."""


class TranscriptError(GraderError):
    """An interview transcript that cannot be read or aligned."""


class AudioError(InputError):
    """An audio file or recording that cannot be decoded or has no speech in it."""


class JudgeError(GraderError):
    """The optional LLM judge could not be configured or reached."""


class CalibrationError(GraderError):
    """Ratings or graded rows that cannot be used for calibration."""
