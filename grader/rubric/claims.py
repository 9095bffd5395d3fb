"""Turn a reference answer into atomic claims (key points).

Used by the gauntlet importer on a round's strong answer, and by the grading engine on the reference
answer of a reference-only row, so nothing here knows about any one document: it works on sentences,
enumeration openers ("First,", "That said,"), framing sentences ("Three trends are converging.") and
fragments that only name the next sentence's topic ("Second, kernel-level metrics.").
"""

from __future__ import annotations

import re

from grader.rubric.schema import KeyPoint
from grader.text import STOPWORDS, content_words, normalize, split_sentences, words

# Openers that only order or connect claims; stripped so the claim reads on its own.
_OPENER = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|finally|lastly|also|additionally|moreover|"
    r"furthermore|next|then|secondly|thirdly|firstly|in addition|on top of that|that said|having said that|"
    r"that being said|in practice|in short|in summary|to summarize|to sum up|overall|so|and|but|however|"
    r"importantly|most importantly|crucially|on the other hand|by contrast|conversely|similarly|"
    r"first of all|last but not least|the other thing is|beyond that)\s*[,:]\s*"
    r"|(?:phase|step|stage|part|point)\s+(?:one|two|three|four|five|six|\d+)\s*[:,.\-—–]\s*"
    r"|(?:\(?\d+\)|\d+\.)\s+)",
    re.IGNORECASE,
)
_COUNT = r"(?:two|three|four|five|six|seven|several|a few|a couple of|a number of|\d+)"
_FRAME_NOUN = (
    r"(?:things|trends|reasons|ways|points|areas|factors|aspects|parts|steps|phases|stages|options|benefits|"
    r"advantages|disadvantages|approaches|components|considerations|questions|problems|issues|dimensions|"
    r"pillars|categories|capabilities|changes|shifts|levers|lessons|principles|concerns|risks|differences|"
    r"layers|angles|priorities|goals|tradeoffs|trade-offs|key)"
)
# "X provides three things that Y doesn't." / "Three trends are converging." / "There are two reasons."
_FRAMING = re.compile(rf"\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?{_FRAME_NOUN}\b", re.IGNORECASE)
_META = re.compile(
    r"^(?:great question|good question|let me (?:think|explain|walk)|here(?:'s| is) (?:how|what|my)|"
    r"i'd break (?:it|this) down|it depends on a few things)\b",
    re.IGNORECASE,
)
# Words that make a short text a statement rather than a bare topic name.
_VERB_HINTS = frozenset(
    """is are was were be been being has have had do does did can could will would should must may might
    need needs needed require requires required make makes give gives gets provide provides means mean
    works work runs run uses use depends depend matters matter""".split()
)
_QUOTES = "\"'“”‘’"
_FRAGMENT_MAX_WORDS = 4
_FRAMING_MAX_WORDS = 14
_ID_WORDS = 4


def _strip_quotes(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    if not text:
        return text
    # A quote opened in the first sentence and closed in the last one leaves a stray mark on each.
    if text[0] in "“\"" and text.count(text[0]) % 2 == 1:
        text = text[1:].strip()
    if text[-1:] in "”\"" and text.count(text[-1]) % 2 == 1:
        text = text[:-1].strip()
    return text


def _strip_opener(sentence: str) -> tuple[str, bool]:
    """The sentence without enumeration openers, and whether it had one."""
    original = sentence
    previous = None
    while previous != sentence:
        previous = sentence
        sentence = _OPENER.sub("", sentence, count=1).strip()
    if not sentence:
        return original, False
    first = sentence.split(" ", 1)[0]
    # Re-capitalise what followed an opener ("Second, kernel-level metrics" -> "Kernel-level metrics"),
    # but never a name written with capitals inside it, like "eBPF".
    if sentence != original and first[:1].isalpha() and first == first.lower():
        sentence = sentence[0].upper() + sentence[1:]
    return sentence, sentence != original


def _is_framing(sentence: str) -> bool:
    """A sentence that announces structure ("Three trends are converging.") rather than making a claim."""
    if _META.search(sentence):
        return True
    return len(words(sentence)) <= _FRAMING_MAX_WORDS and bool(_FRAMING.search(sentence))


def _is_fragment(sentence: str, had_opener: bool) -> bool:
    """A bare topic name that the next sentence explains: "First, zero-instrumentation visibility."
    (an enumerated short phrase) or "Photosynthesis." (one or two words), never a short statement."""
    tokens = [w.lower() for w in words(sentence)]
    if not tokens or len(tokens) > (_FRAGMENT_MAX_WORDS if had_opener else 2):
        return False
    return not any(t in _VERB_HINTS or re.search(r"'(?:t|s|re|ll|ve|m|d)$", t) for t in tokens)


def _join(left: str, right: str) -> str:
    return f"{left.rstrip(' .:;,')}: {right}"


# Placeholders (letters only, so split_sentences sees one word) that protect text from false splits.
_APOSTROPHE = "QqzAPOSzqQ"
_QUOTED_STOP = {".": "QqzDOTzqQ", "?": "QqzQMARKzqQ", "!": "QqzBANGzqQ"}


def _sentences(text: str) -> list[str]:
    """split_sentences, protected against two false splits: a contraction before a full stop
    ("doesn't." looks like an initial "t.") and a quoted question the sentence goes on after
    ("like: 'Why is it down?' or 'Why ...'")."""
    masked = re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", _APOSTROPHE, text)
    masked = re.sub(
        r"([.?!])(['\"]\s+)(?=[a-z])", lambda m: _QUOTED_STOP[m.group(1)] + m.group(2), masked
    )
    out = []
    for sentence in split_sentences(masked):
        sentence = sentence.replace(_APOSTROPHE, "'")
        for mark, token in _QUOTED_STOP.items():
            sentence = sentence.replace(token, mark)
        out.append(_balance_quotes(sentence))
    return out


def _balance_quotes(sentence: str) -> str:
    """Re-close a quotation whose closing mark the sentence splitter consumed ("... 'necessary.")."""
    for mark in ("'", '"'):
        opened = len(re.findall(rf"(?:^|(?<=[\s(\[:]))[{mark}](?=\S)", sentence))
        closed = len(re.findall(rf"(?<=\S)[{mark}](?=$|[\s.,;:!?)\]])", sentence))
        if opened > closed and sentence[-1:] in ".?!":
            sentence += mark
    return sentence


def split_claims(text: str) -> list[str]:
    """The atomic claims of a reference answer, in order; never empty for text that has words."""
    text = _strip_quotes(normalize(text.replace("\r\n", "\n")))
    if not words(text):
        return []
    stripped = [_strip_opener(_strip_quotes(s)) for s in _sentences(text)]
    stripped = [(s, opener) for s, opener in stripped if words(s)]
    kept = [(s, opener) for s, opener in stripped if not _is_framing(s)] or stripped

    merged: list[str] = []
    pending: str | None = None
    for claim, had_opener in kept:
        if pending is not None:
            merged.append(_join(pending, claim))
            pending = None
        elif len(kept) > 1 and _is_fragment(claim, had_opener):
            pending = claim
        else:
            merged.append(claim)
    if pending is not None:  # a fragment at the very end has nothing to explain it: keep it as it is
        merged.append(pending)
    return merged


def _merge_to(claims: list[str], max_points: int) -> list[str]:
    """Merge adjacent claims, shortest pair first, until at most max_points remain."""
    claims = list(claims)
    while len(claims) > max(1, max_points):
        sizes = [len(words(claims[i])) + len(words(claims[i + 1])) for i in range(len(claims) - 1)]
        index = sizes.index(min(sizes))  # first shortest pair: deterministic
        claims[index : index + 2] = [f"{claims[index]} {claims[index + 1]}"]
    return claims


def claim_id(text: str, taken: set[str] | None = None) -> str:
    """A short kebab-case id from the claim's content words, unique against `taken` (which it updates)."""
    parts: list[str] = []
    for word in content_words(text):
        word = re.sub(r"'(?:s|re|ll|ve|d|m)$", "", word.lower()).replace("'", "")
        if word in STOPWORDS or len(word) < 2:
            continue
        for piece in re.findall(r"[a-z0-9]+", word.lower()):
            if piece not in parts:
                parts.append(piece)
        if len(parts) >= _ID_WORDS:
            break
    base = "-".join(parts[:_ID_WORDS]) or "-".join(re.findall(r"[a-z0-9]+", text.lower())[:_ID_WORDS]) or "point"
    base = base[:60].strip("-")
    candidate, counter = base, 2
    taken = taken if taken is not None else set()
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def derive_key_points(text: str, max_points: int = 8) -> list[KeyPoint]:
    """Key points (id, text) for a reference answer: one per atomic claim, at most max_points."""
    claims = _merge_to(split_claims(text), max_points)
    taken: set[str] = set()
    return [KeyPoint(id=claim_id(claim, taken), text=claim) for claim in claims]
