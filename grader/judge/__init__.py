"""The optional LLM judge: an OpenAI-compatible model's structured verdict, combined with the embedding grade.

``--judge none`` (the default) never touches the network; ``--judge openai`` builds an
``OpenAIJudge`` and folds each verdict into the embedding result with ``combine``.
"""

from grader.judge.cache import JudgeCache, cache_key, default_cache_path
from grader.judge.client import JudgeRequest, JudgeUsage, OpenAIJudge
from grader.judge.combine import DISAGREEMENT_AT, EMBEDDING_WEIGHT, combine
from grader.judge.models import JudgeReply, KeyPointJudgement, ReplyError, parse_reply
from grader.judge.prompt import PROMPT_VERSION, JudgePrompt, build_prompt, escape_answer

__all__ = [
    "DISAGREEMENT_AT",
    "EMBEDDING_WEIGHT",
    "PROMPT_VERSION",
    "JudgeCache",
    "JudgePrompt",
    "JudgeReply",
    "JudgeRequest",
    "JudgeUsage",
    "KeyPointJudgement",
    "OpenAIJudge",
    "ReplyError",
    "build_prompt",
    "cache_key",
    "default_cache_path",
    "combine",
    "escape_answer",
    "parse_reply",
]
