"""The LLM judge over the real ``openai`` client: any OpenAI-compatible Chat Completions server.

Hardened for batch use: bounded concurrency (threads), a timeout per call, retries with exponential backoff
on 429, 5xx, timeouts and dropped connections, one retry for a reply that is not valid JSON or misses a
field, a SQLite cache, and token/cost accounting. A call that finally fails gives an unscored verdict that
says why; it never raises and never counts as 0. The API key is scrubbed from every message it could reach.
"""

from __future__ import annotations

import html
import logging
import os
import random
import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import urlsplit, urlunsplit

import openai
from pydantic import BaseModel, Field

from grader.errors import GraderError, JudgeError
from grader.judge.cache import JudgeCache, cache_key
from grader.judge.models import JudgeReply, ReplyError, parse_reply
from grader.judge.prompt import PROMPT_VERSION, build_prompt
from grader.result import JudgeVerdict
from grader.rubric.loader import load_rubric, rubric_hash
from grader.rubric.schema import Rubric

log = logging.getLogger("grader.judge")

#: Sent as the key to a server given by base URL alone (local servers such as vLLM or Ollama take any key).
NO_KEY = "no-key"
_RETRY_STATUS = {408, 409, 429}
#: A longer reply is invalid: a verdict is a few hundred characters, and nothing bigger reaches a row or the cache.
MAX_REPLY_CHARS = 20_000
#: The longest follow-up question or false-claim text kept from a reply.
MAX_TEXT_CHARS = 500
#: After this many answers in a row whose calls failed for good, the judge is not called for BREAKER_COOLDOWN
#: seconds (a dead server otherwise costs every answer its timeouts and retries); then it is tried again.
BREAKER_AFTER = 3
BREAKER_COOLDOWN = 300.0
_SECRETISH = re.compile(r"(?i)(bearer\s+)[^\s'\"]+|\bsk-[A-Za-z0-9_\-]{8,}")


@dataclass(frozen=True)
class JudgeRequest:
    """One answer to judge."""

    rubric: Rubric | str | Path
    round_number: int
    answer: str
    trap_id: str | None = None


class JudgeUsage(BaseModel):
    """Token use and cost of one judge over a run; ``summary()`` is the line the CLI prints."""

    model: str
    verdicts: int = Field(0, description="Answers judged (cached ones included).")
    cached: int = Field(0, description="Verdicts served from the cache, at no cost.")
    unscored: int = Field(0, description="Answers whose judge part is unscored (failed call or invalid reply).")
    api_calls: int = Field(0, description="Replies received from the server (each billed).")
    retries: int = Field(0, description="Calls repeated after a 429, 5xx, timeout or invalid reply.")
    stopped: str | None = Field(None, description="Why the judge stopped being called (the circuit breaker), if it did.")
    prompt_tokens: int = 0
    completion_tokens: int = 0
    price_in: float | None = Field(None, description="Price per 1M prompt tokens, when known.")
    price_out: float | None = Field(None, description="Price per 1M completion tokens, when known.")

    @property
    def cost(self) -> float | None:
        if self.price_in is None or self.price_out is None:
            return None
        return self.prompt_tokens / 1e6 * self.price_in + self.completion_tokens / 1e6 * self.price_out

    def summary(self) -> str:
        cost = f"${self.cost:.4f}" if self.cost is not None else "cost unknown (set GRADER_JUDGE_PRICE_IN/_OUT)"
        line = (
            f"judge {self.model}: {self.verdicts} answers ({self.cached} cached, {self.unscored} unscored), "
            f"{self.api_calls} calls, {self.retries} retries, {self.prompt_tokens} prompt + "
            f"{self.completion_tokens} completion tokens, {cost}"
        )
        return f"{line}; {self.stopped}" if self.stopped else line


def _price(value: Any, name: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        price = float(value)
    except (TypeError, ValueError):
        price = -1.0
    if price < 0 or price != price:
        raise JudgeError(f"{name}: expected a price per 1M tokens (a number >= 0), found {value!r}")
    return price


def _resolve_prices(prices: dict | None) -> tuple[float | None, float | None]:
    if prices is not None:
        unknown = set(prices) - {"input", "output"}
        if unknown:
            raise JudgeError(f"judge prices: unknown key '{sorted(unknown)[0]}' (expected 'input' and 'output', per 1M tokens)")
        return _price(prices.get("input"), "judge prices: input"), _price(prices.get("output"), "judge prices: output")
    return (
        _price(os.environ.get("GRADER_JUDGE_PRICE_IN"), "GRADER_JUDGE_PRICE_IN"),
        _price(os.environ.get("GRADER_JUDGE_PRICE_OUT"), "GRADER_JUDGE_PRICE_OUT"),
    )


def _shown_url(url: str) -> str:
    """The base URL without any user:password part, for messages."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return url


def _in_answer(quote: str, answer: str) -> bool:
    """True when ``quote`` is the answer's own words (ignoring case and runs of white space)."""
    return " ".join(quote.split()).casefold() in " ".join(answer.split()).casefold()


class _CallFailed(Exception):
    """A call that failed for good; the message is already scrubbed."""


class OpenAIJudge:
    """Judges answers with an LLM behind an OpenAI-compatible Chat Completions API.

    ``base_url``/``api_key`` default to ``OPENAI_BASE_URL``/``OPENAI_API_KEY``; a base URL alone is
    enough for a local server that takes no key. ``max_retries`` counts repeats after a 429, 5xx,
    timeout or dropped connection, waiting ``backoff_base * 2**attempt`` seconds (at most
    ``backoff_max``, or the server's Retry-After when shorter than that). ``prices`` are per 1M tokens,
    ``{"input": .., "output": ..}``, else ``GRADER_JUDGE_PRICE_IN``/``GRADER_JUDGE_PRICE_OUT``.
    """

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        cache_path: Path | None = None,
        concurrency: int = 4,
        timeout: float = 30.0,
        max_retries: int = 3,
        prices: dict | None = None,
        *,
        backoff_base: float = 1.0,
        backoff_max: float = 30.0,
        json_mode: bool = True,
    ):
        key = api_key or os.environ.get("OPENAI_API_KEY") or None
        base = base_url or os.environ.get("OPENAI_BASE_URL") or None
        if not key and not base:
            raise JudgeError(
                "--judge openai needs OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI's); "
                "neither is set"
            )
        if not isinstance(model, str) or not model.strip():
            raise JudgeError("--judge openai needs a model name (--judge-model NAME)")
        if not isinstance(concurrency, int) or concurrency < 1:
            raise JudgeError(f"judge concurrency: expected an integer >= 1, found {concurrency!r}")
        if not isinstance(max_retries, int) or max_retries < 0:
            raise JudgeError(f"judge max_retries: expected an integer >= 0, found {max_retries!r}")
        if not timeout or timeout <= 0:
            raise JudgeError(f"judge timeout: expected seconds > 0, found {timeout!r}")
        self.model = model.strip()
        self.base_url = base
        self.concurrency = concurrency
        self.timeout = float(timeout)
        self.max_retries = max_retries
        self.backoff_base = float(backoff_base)
        self.backoff_max = float(backoff_max)
        self.json_mode = json_mode
        self.__key = key or NO_KEY
        price_in, price_out = _resolve_prices(prices)
        self._usage = JudgeUsage(model=self.model, price_in=price_in, price_out=price_out)
        self._usage_lock = threading.Lock()
        self._failures_in_a_row = 0
        self._stopped: str | None = None
        self._stopped_until = 0.0
        self.cache = JudgeCache(cache_path) if cache_path is not None else None
        try:
            # The client's own retries are off: ours are logged, counted and testable with a tiny backoff.
            self._client = openai.OpenAI(api_key=self.__key, base_url=base, timeout=self.timeout, max_retries=0)
        except openai.OpenAIError as exc:
            raise JudgeError(f"cannot set up the judge client: {self.scrub(str(exc))}") from None

    def __repr__(self) -> str:
        where = _shown_url(self.base_url) if self.base_url else "OpenAI"
        return f"OpenAIJudge(model={self.model!r}, server={where!r})"

    # -- public API -------------------------------------------------------------------------------

    def judge(self, rubric: Rubric | str | Path, round_number: int, answer: str, trap_id: str | None = None) -> JudgeVerdict:
        """The judge's verdict on one answer; unscored (with the reason) when the judge could not give one.

        Raises GraderError only for a caller's mistake (unknown rubric, round or trap).
        """
        rubric = load_rubric(rubric)
        prompt = build_prompt(rubric, round_number, answer, trap_id)
        key = cache_key(self.model, rubric_hash(rubric), PROMPT_VERSION, round_number, trap_id, answer)
        if self.cache is not None:
            hit = self.cache.get(key)
            if hit is not None:
                self._count(verdicts=1, cached=1)
                return hit
        stopped = self._breaker_open()
        if stopped:
            self._count(verdicts=1, unscored=1)
            return JudgeVerdict(scored=False, model=self.model, reason=stopped)
        try:
            reply = self._ask(prompt.messages, prompt.key_point_ids, prompt.weak_pattern_ids)
        except _CallFailed as exc:
            self._count(verdicts=1, unscored=1)
            self._failed(str(exc))
            return JudgeVerdict(scored=False, model=self.model, reason=str(exc))
        with self._usage_lock:
            self._failures_in_a_row = 0
        verdict = self._verdict(reply, answer)
        if self.cache is not None:
            self.cache.put(key, verdict, model=self.model, rubric_hash=rubric_hash(rubric), prompt_version=PROMPT_VERSION,
                           round_number=round_number, trap_id=trap_id, answer=answer)
        self._count(verdicts=1)
        return verdict

    def judge_many(self, requests: Sequence[JudgeRequest | tuple]) -> list[JudgeVerdict]:
        """Verdicts for many answers, in the order given, with at most ``concurrency`` calls at once.

        No request is skipped: one that cannot be judged (even for a bad round) gets an unscored verdict.
        """
        items = [r if isinstance(r, JudgeRequest) else JudgeRequest(*r) for r in requests]

        def one(item: JudgeRequest) -> JudgeVerdict:
            try:
                return self.judge(item.rubric, item.round_number, item.answer, item.trap_id)
            except GraderError as exc:
                self._count(verdicts=1, unscored=1)
                return JudgeVerdict(scored=False, model=self.model, reason=self.scrub(str(exc)))
            except Exception as exc:  # noqa: BLE001 - one bad row must not sink the batch
                log.exception("judge: unexpected error")
                self._count(verdicts=1, unscored=1)
                return JudgeVerdict(scored=False, model=self.model,
                                    reason=self.scrub(f"judge failed: {exc.__class__.__name__}: {exc}"))

        if not items:
            return []
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(items)), thread_name_prefix="judge") as pool:
            return list(pool.map(one, items))

    def usage(self) -> JudgeUsage:
        """A snapshot of this run's token use and cost."""
        with self._usage_lock:
            return self._usage.model_copy()

    def scrub(self, text: str) -> str:
        """``text`` with the API key (and anything that looks like a bearer token or key) blanked out."""
        if self.__key and self.__key != NO_KEY and len(self.__key) >= 4:
            text = text.replace(self.__key, "[redacted]")
        return _SECRETISH.sub(lambda m: (m.group(1) or "") + "[redacted]", text)

    def close(self) -> None:
        self._client.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> "OpenAIJudge":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------------

    def _count(self, **fields: int) -> None:
        with self._usage_lock:
            for name, value in fields.items():
                setattr(self._usage, name, getattr(self._usage, name) + value)

    def _failed(self, problem: str) -> None:
        """Count an answer whose call failed for good; after ``BREAKER_AFTER`` in a row, stop calling."""
        with self._usage_lock:
            self._failures_in_a_row += 1
            if self._failures_in_a_row >= BREAKER_AFTER and self._stopped is None:
                self._stopped = (f"judge not called: stopped for {BREAKER_COOLDOWN:g} s after "
                                 f"{self._failures_in_a_row} answers in a row failed (last: {problem[:200]}); "
                                 "the embedding scores stand")
                self._stopped_until = time.monotonic() + BREAKER_COOLDOWN
                self._usage.stopped = self._stopped
                log.warning("%s", self._stopped)

    def _breaker_open(self) -> str | None:
        """The reason calls are stopped, or None; after the cooldown the judge is tried again."""
        with self._usage_lock:
            if self._stopped is not None and time.monotonic() >= self._stopped_until:
                self._stopped, self._failures_in_a_row = None, 0
            return self._stopped

    @property
    def stopped(self) -> str | None:
        """Why the circuit breaker stopped calls to the judge, or None while it is closed."""
        return self._breaker_open()

    def _ask(self, messages: list[dict], key_point_ids: list[str], weak_pattern_ids: list[str]) -> JudgeReply:
        """A validated reply; an invalid one is asked for once more, saying what was wrong."""
        content = self._complete(messages)
        try:
            return self._parse(content, key_point_ids, weak_pattern_ids)
        except ReplyError as first:
            problem = self.scrub(str(first))
        log.warning("judge reply invalid (%s); asking once more", problem)
        self._count(retries=1)
        retry = messages + [
            {"role": "assistant", "content": (content or "")[:MAX_REPLY_CHARS]},
            {"role": "user", "content": f"That reply was not valid: {problem}. Reply again with only the JSON "
                                        "object described in the system message, with every field."},
        ]
        content = self._complete(retry)
        try:
            return self._parse(content, key_point_ids, weak_pattern_ids)
        except ReplyError as second:
            raise _CallFailed(f"judge reply invalid twice: {self.scrub(str(second))}") from None

    def _complete(self, messages: list[dict]) -> str | None:
        """One completion's text, retrying transient failures with exponential backoff."""
        extra: dict[str, Any] = {"response_format": {"type": "json_object"}} if self.json_mode else {}
        attempt = 0
        while True:
            try:
                response = self._client.chat.completions.create(
                    model=self.model, messages=messages, temperature=0, timeout=self.timeout, **extra
                )
            except openai.APIStatusError as exc:
                status = exc.status_code
                problem = f"HTTP {status} from the judge server ({self.scrub(str(exc.message))[:200]})"
                if status not in _RETRY_STATUS and status < 500:
                    raise _CallFailed(f"judge call failed: {problem}") from None
                retry_after = self._retry_after(exc)
            except openai.APITimeoutError:
                problem, retry_after = f"no reply within {self.timeout:g}s", None
            except openai.APIConnectionError as exc:
                where = _shown_url(self.base_url) if self.base_url else "OpenAI"
                problem, retry_after = f"cannot reach the judge server at {where} ({self.scrub(str(exc))[:200]})", None
            except openai.OpenAIError as exc:
                raise _CallFailed(f"judge call failed: {self.scrub(str(exc))[:300]}") from None
            else:
                usage = getattr(response, "usage", None)
                self._count(
                    api_calls=1,
                    prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
                    completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0),
                )
                choices = getattr(response, "choices", None) or []
                return choices[0].message.content if choices and choices[0].message else None
            if attempt >= self.max_retries:
                tries = attempt + 1
                raise _CallFailed(f"judge call failed after {tries} attempt{'s' if tries > 1 else ''}: {problem}")
            delay = min(self.backoff_max, self.backoff_base * 2**attempt) * (1 + 0.1 * random.random())
            if retry_after is not None:  # the server knows best, within our limit
                delay = min(retry_after, self.backoff_max)
            attempt += 1
            self._count(retries=1)
            log.warning("judge: %s; retry %d/%d in %.2fs", problem, attempt, self.max_retries, delay)
            time.sleep(delay)

    @staticmethod
    def _retry_after(exc: openai.APIStatusError) -> float | None:
        try:
            value = exc.response.headers.get("retry-after")
            return max(0.0, float(value)) if value is not None else None
        except (AttributeError, TypeError, ValueError):
            return None

    @staticmethod
    def _parse(content: str | None, key_point_ids: list[str], weak_pattern_ids: list[str]) -> JudgeReply:
        if content is not None and len(content) > MAX_REPLY_CHARS:
            raise ReplyError(f"reply is {len(content):,} characters, more than the {MAX_REPLY_CHARS:,} allowed")
        return parse_reply(content, key_point_ids, weak_pattern_ids)

    def _verdict(self, reply: JudgeReply, answer: str) -> JudgeVerdict:
        """The reply as a verdict that holds nothing but the answer's own words and short, scrubbed text.

        Quotes are un-escaped back to the answer's characters; a quote (or false claim) that is not in the
        answer is dropped, so nothing the server invents, echoes or repeats (a header, a key) reaches a row or
        the cache.
        """
        def quoted(text: str) -> str:
            text = html.unescape(text).strip()
            return text if text and _in_answer(text, answer) else ""

        claims = [quoted(c) for c in reply.false_claims]
        return JudgeVerdict(
            scored=True,
            model=self.model,
            score=round(float(reply.score), 1),
            key_points=[{"id": kp.id, "status": kp.status, "quote": quoted(kp.quote)} for kp in reply.key_points],
            weak_patterns=list(dict.fromkeys(reply.weak_patterns)),
            bluff=reply.bluff,
            false_claims=list(dict.fromkeys(c for c in claims if c)),
            followup=self.scrub(reply.followup.strip())[:MAX_TEXT_CHARS] or None,
        )
