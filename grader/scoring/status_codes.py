"""HTTP status codes said in an answer: which three-digit numbers are codes, and which name each is said with.

A number is a code only in an HTTP context: said with a standard name ("503 Service Unavailable", "a 412 too early"),
labelled ("HTTP 425", "status 409", "a 404 response") or as what something returns with an article and nothing after it
that makes it a count ("the server sends back a 408 and ..."; not "each instance gets 150 connections"); a registered
error code also without the article or as what a request is rejected with ("should return 431 when ...", "reject it
with a 413"). The names are
the IANA registry's, as Python's `http` module holds it, with the names older and newer RFCs gave the same codes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from http import HTTPStatus


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


REGISTRY: dict[str, frozenset[int]] = {}
for _status in HTTPStatus:
    REGISTRY[_key(_status.phrase)] = REGISTRY.get(_key(_status.phrase), frozenset()) | {_status.value}
for _code, _name in [(413, "Payload Too Large"), (413, "Content Too Large"), (413, "Request Entity Too Large"),
                     (414, "URI Too Long"), (414, "Request-URI Too Long"), (416, "Range Not Satisfiable"),
                     (416, "Requested Range Not Satisfiable"), (422, "Unprocessable Entity"),
                     (422, "Unprocessable Content"), (302, "Moved Temporarily"), (418, "I'm a Teapot")]:
    REGISTRY[_key(_name)] = REGISTRY.get(_key(_name), frozenset()) | {_code}

NAME_WORDS = 5  # the longest registered name ("Network Authentication Required", "Request Header Fields Too Large")
_NUMBER = re.compile(r"(?<![\w.$/-])([1-5]\d\d)(?![\w%]|[.,]\d)")
_NAME_AFTER = re.compile(r"\s*[(,:–—-]?\s*((?:[A-Za-z][\w'-]*)(?:\s+[A-Za-z][\w'-]*){0,%d})" % (NAME_WORDS - 1))
_LABEL_BEFORE = re.compile(r"\b(?:HTTP|status(?: code)?|response(?: code)?|error(?: code)?)\s*[:=]?\s*$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"\s+(?:status|response|error|code)\b", re.IGNORECASE)
_RETURNING = (r"\b(?:returns?|returned|returning|sends?|sent|sending|gets?|got|getting|receives?|received|responds?|"
              r"responded|answers?|answered|replies|replied|throws?|threw|emits?|emitted|gives?|gave|fails?|failed|errors?|"
              r"errored|comes? back|came back|hands? back|handed back)(?:\s+back)?(?:\s+with)?\s+")
_RETURNED_BEFORE = re.compile(_RETURNING + r"(?:an?|the)\s+$", re.IGNORECASE)
# Without the article, or after a rejection ("should return 431 when ...", "reject it with a 413"): only a registered
# error code, since "returns 200 rows" and "got 150 connections" are counts.
_ERROR_RETURNED_BEFORE = re.compile(
    _RETURNING + r"$|\b(?:rejects?|rejected|rejecting)(?:\s+(?:it|them|that|this|the request))?\s+with\s+(?:an?\s+)?$",
    re.IGNORECASE)
_ERROR_CODES = frozenset(status.value for status in HTTPStatus if status.value >= 400)
# After a returned code: the end of its clause, never a noun that makes it a count ("a 300 millisecond pause").
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[.;:!?),]|$|\s*(?:and|or|but|so|from|to|for|when|if|because|which|instead|back|too|then|there|here|"
    r"right away|immediately)\b)",
    re.IGNORECASE,
)
# A single-word name must stand as a name: "409 Conflict to the other clients", not "200 Accepted orders".
_NAME_ENDS = re.compile(r"\s*(?:[.;:!?),]|$|\s*(?:and|or|but|so|from|to|for|when|if|because|which|with|instead|back|"
                        r"on|in|at|after|until|unless|while|whenever|"
                        r"response|status|error|code|the|a|an|it|they|we|you|is|was|means|tells)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class SaidCode:
    code: int
    start: int  # where the number is in the text
    name: str | None  # the registered name said with it, as said ("Too Early"), if any
    owners: frozenset[int] = frozenset()  # the codes that name belongs to


def _name_after(text: str, end: int) -> tuple[str | None, frozenset[int]]:
    match = _NAME_AFTER.match(text, end)
    if not match:
        return None, frozenset()
    words = match.group(1).split()
    for size in range(len(words), 0, -1):  # the longest run of words that is a registered name
        owners = REGISTRY.get(_key(" ".join(words[:size])))
        if not owners:
            continue
        if size == 1:  # one word: capitalised, and followed by no more of the phrase ("200 Accepted orders" is a count)
            after = text[match.start(1) + len(words[0]) :]
            if not words[0][0].isupper() or not _NAME_ENDS.match(after):
                return None, frozenset()
        return " ".join(words[:size]), owners
    return None, frozenset()


def codes_in(text: str) -> list[SaidCode]:
    """The HTTP status codes said in `text` (see the module's docstring for what makes a number a code)."""
    out: list[SaidCode] = []
    for match in _NUMBER.finditer(text):
        code = int(match.group(1))
        name, owners = _name_after(text, match.end())
        before = text[max(0, match.start() - 40) : match.start()]
        labelled = bool(_LABEL_BEFORE.search(before) or _LABEL_AFTER.match(text, match.end()))
        returned = bool((_RETURNED_BEFORE.search(before) or code in _ERROR_CODES and _ERROR_RETURNED_BEFORE.search(before))
                        and _CLAUSE_GOES_ON.match(text, match.end()))
        if name or labelled or returned:
            out.append(SaidCode(code, match.start(), name, owners))
    return out


__all__ = ["REGISTRY", "SaidCode", "codes_in"]
