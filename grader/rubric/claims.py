"""Turn a reference answer into atomic claims (key points).

Used by the gauntlet importer on a round's strong answer, and by the grading engine on the reference
answer of a reference-only row, so nothing here knows about any one document: it works on sentences,
enumeration openers ("First,", "That said,"), framing sentences ("Three trends are converging.") and
fragments that only name the next sentence's topic ("Second, kernel-level metrics.").
"""

from __future__ import annotations

import re

from grader.rubric.schema import KeyPoint
from grader.text import STOPWORDS, content_words, normalize, split_sentences, stem, words

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
# Kept in ids although they are stopwords: "not-one-update" must not read like "one-update".
_ID_NEGATIONS = frozenset({"not", "no", "never", "without"})


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
    if sentence != original and first[:1].isalpha() and first == first.lower() and not is_identifier(first):
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


def _sentences(text: str, settings: bool = False) -> list[str]:
    """split_sentences, protected against two false splits: a contraction before a full stop
    ("doesn't." looks like an initial "t.") and a quoted question the sentence goes on after
    ("like: 'Why is it down?' or 'Why ...'")."""
    masked = re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", _APOSTROPHE, text)
    masked = re.sub(
        r"([.?!])(['\"]\s+)(?=[a-z])", lambda m: _QUOTED_STOP[m.group(1)] + m.group(2), masked
    )
    out = []
    for sentence in split_sentences(masked, settings=settings):
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


def split_claims(text: str, settings: bool = False) -> list[str]:
    """The atomic claims of a reference answer, in order; never empty for text that has words. `settings`: a
    lower-case setting name after a full stop starts a claim (`split_sentences`)."""
    text = _strip_quotes(normalize(text.replace("\r\n", "\n")))
    if not words(text):
        return []
    stripped = [_strip_opener(_strip_quotes(s)) for s in _sentences(text, settings)]
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
    for word in (w.lower() for w in words(text)):
        word = re.sub(r"'(?:s|re|ll|ve|d|m)$", "", word.lower()).replace("'", "")
        if (word in STOPWORDS and word not in _ID_NEGATIONS) or len(word) < 2:
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


def derive_key_points(text: str, max_points: int = 8, atomic: bool = False) -> list[KeyPoint]:
    """Key points (id, text) for a reference answer: one per claim, at most max_points.

    ``atomic`` (the gauntlet importer) also splits compound sentences into their clauses and drops
    sentences with nothing checkable in them; reference rows keep whole sentences, which is what the
    public-dataset figures were measured with.
    """
    claims = atomic_claims(text) if atomic else split_claims(text)
    claims = _merge_to(claims, max_points)
    taken: set[str] = set()
    return [KeyPoint(id=claim_id(claim, taken), text=claim) for claim in claims]


# --- atomic claims: compound sentences split, filler dropped ---------------------------------------

# Words that say how an answer is organised or how sure the speaker is, never what is true; a sentence
# made only of these (and stopwords) has nothing a candidate could get right or wrong.
_GENERIC = frozenset(
    """depends depend depending option options first main real cost costs strong argument arguments right call
    priorities priority several many multiple various few couple number things thing ways way important key
    compare consider considering think look approach approaches question questions answer good great fair point
    points case cases matter matters different following certain lot lots mitigations solutions strategies
    tradeoffs trade-offs challenges caveats factors aspects considerations reasons issues concerns areas
    situation context actually really basically obviously clearly definitely probably likely maybe perhaps
    might could would should can need needs start starting begin thinking said saying talk discuss
    explain explaining mention mentioned broadly generally overall whole picture several""".split()
)
_VAGUE_DEPENDS = re.compile(
    r"^(?:well,?\s+)?(?:it|that|this|everything|the answer)\s+(?:all\s+|really\s+)?depends(?:\s+on\s+(?:what|how|whether|"
    r"which|who|when|the (?:situation|context|use case|requirements|team)|context|priorities|a (?:few|lot|number of) "
    r"(?:things|factors)|several (?:things|factors)|many (?:things|factors)))?\b",
    re.IGNORECASE,
)
# A technical token is checkable on its own: a number, an ALLCAPS or camelCase name, a snake_case identifier.
_TECHNICAL = re.compile(r"\d|\b[A-Z]{2,}\b|\b[a-z]+[A-Z]\w*|\b[A-Z][a-z]+[A-Z]\w*|\b\w+_\w+\b")
_AUX = frozenset(
    """is are was were has have had can could will would should must may might do does did don't doesn't
    didn't can't cannot won't isn't aren't wasn't weren't hasn't haven't shouldn't mustn't needs need""".split()
)
_DETERMINERS = frozenset("a an the each every any some most all this that these those its their our your".split())
_PRONOUN_START = re.compile(r"^(?:it|they)(?:\s+|(?P<be>'s|'re)\s+)(?=\S)", re.IGNORECASE)
# Where a compound sentence may split into two claims: a semicolon, or a comma (or dash) before "so" /
# "but" / "and"; split_compound keeps only the splits whose right side is a clause with a verb.
_CLAUSE_SPLIT = re.compile(r";\s+|(?:,|\s[—–])\s+(?P<conj>so|but|and)\s+(?=[\w'])", re.IGNORECASE)
_MIN_CLAUSE_WORDS = 4


def finite_verb_index(tokens: list[str]) -> int | None:
    """Index of the first auxiliary or third-person verb, the end of the subject ("A fixed window counter | is")."""
    for index, token in enumerate(tokens[:9]):
        if index and token.lower() in _AUX:
            return index
    for index, token in enumerate(tokens[:7]):
        lowered = token.lower()
        if (
            index
            and re.fullmatch(r"[a-z]{4,}s", lowered)
            and not lowered.endswith("ss")
            and tokens[index - 1].lower() not in _DETERMINERS
            and not re.search(r"['’]s$", tokens[index - 1])  # after a possessive, a noun: "Stripe's libraries | default"
            and lowered not in STOPWORDS
        ):
            # A plural noun before a bare verb and its object: "Hard evictions | use a 0-second grace period".
            after = [t.lower() for t in tokens[index + 1 : index + 3]]
            if (len(after) == 2 and re.fullmatch(r"[a-z]{3,}", after[0]) and not after[0].endswith("s")
                    and (after[0] not in STOPWORDS or after[0] in {"use", "get", "make", "take"})
                    and after[1] in {"a", "an", "the"}):  # not "collects telemetry every 60 seconds"
                return index + 1
            return index
    return None


# Words that open a subordinate clause or an adjunct, never a subject.
_SUBORDINATORS = frozenset(
    "until when whenever if unless because while after before since although though once as whereas where".split())


def clause_subject(clause: str) -> str | None:
    """The subject noun phrase of a clause, when it is one ("A token bucket is ..." -> "A token bucket")."""
    tokens = clause.split()
    index = finite_verb_index(tokens)
    if index is None or index > 6:
        return None
    subject = " ".join(tokens[:index]).strip(" ,")
    if not subject or subject.lower() in {"i", "we", "you", "it", "they", "this", "that", "there"} or "," in subject:
        return None
    first = subject.split()[0].strip("\"“”'‘’")
    if first.lower() in _SUBORDINATORS and not first.isupper():
        return None  # "Until the certificate expires, so it depends on ...": "it" is not the certificate
    return subject


def _has_verb(clause: str, strict: bool = False) -> bool:
    """Whether a clause has a verb of its own; ``strict`` (after "and", which also joins list items) skips
    the loose "a word ending in -s" guess."""
    tokens = [t.lower().strip(",.") for t in clause.split()]
    if any(t in _AUX or t in _VERB_HINTS for t in tokens):
        return True
    if not strict and finite_verb_index(clause.split()) is not None:
        return True
    # "the cache expires after ...", but not "the NS records of a zone".
    if len(tokens) > 3 and tokens[0] in _DETERMINERS and re.fullmatch(r"[a-z]{3,}s", tokens[2]) and tokens[3] not in STOPWORDS:
        return True
    if tokens and tokens[0] in {"i", "i'd", "i'll", "we", "we'd", "you", "they", "it"}:
        return True
    # A plural subject and its verb: "the requirements vary".
    return any(
        re.fullmatch(r"[a-z]{3,}s", a) and re.fullmatch(r"[a-z]{3,}", b) and not b.endswith("s") and b not in STOPWORDS
        for a, b in zip(tokens[1:4], tokens[2:5])
    )


def mask_brackets(text: str) -> str:
    """Text with everything inside brackets and quotes blanked out (same length), so splits never fall there."""
    out = list(text)
    depth = 0
    quote: str | None = None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
            else:
                out[index] = "_"
        elif char == "(":
            depth += 1
        elif char == ")" and depth:
            depth -= 1
        elif depth:
            out[index] = "_"
        elif char == '"' or (char == "'" and (index == 0 or not text[index - 1].isalnum())):
            quote = char
    return "".join(out)


def is_identifier(word: str) -> bool:
    """A lower-case name a capital would change: "default_pool_size", "journal_mode=WAL", "requests.get"."""
    return bool(re.match(r"[a-z][\w-]*[_=]\w|[a-z]+\.[a-z_]\w*", word))


def _finish(clause: str) -> str:
    clause = clause.strip(" ,;")
    if clause and clause[0].islower() and not re.match(r"[a-z]+[A-Z]", clause) and not is_identifier(clause.split(" ", 1)[0]):
        clause = clause[0].upper() + clause[1:]
    return clause if re.search(r"[.!?'\"]$", clause) else clause + "."


def split_compound(sentence: str) -> list[str]:
    """A compound sentence as separate claims: "X is simple, but it allows bursts; Y fixes that" -> three
    claims. A clause that opens with "it"/"they" gets the previous clause's subject, so it reads on its
    own ("A fixed window counter allows bursts"); a clause too short to be a claim stays attached."""
    masked = mask_brackets(sentence)
    pieces: list[str] = []
    start = 0
    for match in _CLAUSE_SPLIT.finditer(masked):
        left = sentence[start : match.start()]
        right = sentence[match.end() :]
        strict = (match.group("conj") or "").lower() == "and"
        if strict and "," in masked[start : match.start()]:
            continue  # "A, B, and C are ...": the last item of a list, not a new clause
        if len(words(left)) < _MIN_CLAUSE_WORDS or len(words(right)) < _MIN_CLAUSE_WORDS or not _has_verb(right, strict):
            continue
        if _PRONOUN_START.match(right) and (
            not clause_subject(" ".join(pieces[:1]) or left)
            or re.search(r"\b(?:it|them|they|its)\b", left, re.IGNORECASE)
        ):
            # "it" with nothing to refer to, or with two things it could mean ("The planner won't use it, but it
            # is still updated"): keep the clause attached rather than guess.
            continue
        pieces.append(left)
        start = match.end()
    pieces.append(sentence[start:])
    if len(pieces) == 1:
        return [sentence]
    out: list[str] = []
    subject = clause_subject(pieces[0])
    for piece in pieces:
        piece = piece.strip(" ,;.")
        if out and subject and _PRONOUN_START.match(piece):
            piece = _PRONOUN_START.sub(
                lambda m: (subject if is_identifier(subject.split(" ", 1)[0]) else subject[0].upper() + subject[1:])
                + (" is " if m.group("be") else " "), piece, count=1
            )
        out.append(_finish(piece))
        subject = clause_subject(piece) or subject
    return out


def is_filler(claim: str) -> bool:
    """A claim with nothing checkable in it: "There are several mitigations.", "It depends on what we want."
    (a vague "it depends"), "I'd compare the main options first." (only organising or generic words)."""
    if _VAGUE_DEPENDS.match(claim.strip()) and len(words(claim)) <= 14:
        return True
    if _TECHNICAL.search(claim):
        return False
    specific = [w for w in content_words(claim) if w not in _GENERIC and stem(w) not in _GENERIC]
    return len(specific) < 2


def atomic_claims(text: str) -> list[str]:
    """The atomic checkable claims of a strong answer: split_claims, compound sentences split into their
    clauses, filler dropped (unless nothing else is left)."""
    claims = [part for claim in split_claims(text) for part in split_compound(claim)]
    kept = [c for c in claims if not is_filler(c)]
    return kept or claims
