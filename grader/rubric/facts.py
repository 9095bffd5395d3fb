"""Checkable facts derived from any gauntlet document, with no per-topic code.

From the sentences of a round's strong answer (and its trap answer) the importer takes:

- ``definition``: acronym expansions, "BPF Type Format (BTF)", "TTL (time to live)", "CO-RE — Compile Once,
  Run Everywhere", "SNI stands for Server Name Indication" (the letters must match the words);
- ``version``: a minimum version tied to its subject, "BTF requires kernel 5.2+", "since PostgreSQL 11, ADD
  COLUMN with a default is metadata-only"; or the version a named thing has, "Ubuntu 22.04 has 5.15";
- ``quantity``: a duration, size, percentage, HTTP status code or labelled code tied to its subject, "keys are
  pruned after 24 hours", "a rejected request gets HTTP 429", "error 9, 'certificate is not yet valid'"
  (approximate, bounded, conditional or negated numbers and the question's own numbers are scenario, not facts);
- ``exclusive``: "X rather than / instead of Y", "X, not Y" and "S doesn't V Y" statements, whose wrong
  side becomes ``not_values``;
- ``owner``: who made a named thing, "ZGC, developed by Oracle", "Raft, designed by Ongaro and Ousterhout",
  "Google built Borg", a paper's authors "Dean and Barroso's 'The Tail at Scale'" (`attributions`; an ordinary
  possessive, "PostgreSQL's WAL", is a part, not an author).

Every derived fact is ``machine_written`` (for a curator to review). A weak answer whose "why" says it is
wrong becomes a known false claim (`is_false_claim`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from grader.quantities import (
    CAPPED,
    CLEAR_BOUNDS,
    Quantity,
    Version,
    digits,
    find_plain_numbers,
    find_quantities,
    find_versions,
    is_unit,
    without_thousands,
)
from grader.rubric.claims import clause_subject, finite_verb_index, mask_brackets, split_claims, split_compound
from grader.rubric.schema import Fact, Round
from grader.text import STOPWORDS, content_words, is_coined, words

_ACRONYM = r"[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?"
_CONNECTORS = frozenset({"of", "and", "for", "the", "to", "in", "on", "a", "an", "&"})
_REQUIRES = re.compile(
    r"\b(?:requires?|required|needs?|needed|introduced in|added in|new in|landed in|arrived in|shipped in|released in|came in|"
    r"(?:GA|stable|generally available) (?:in|since)|since|from|available (?:from|in|since)|"
    r"supported (?:from|since)|starting (?:with|from|in)|minimum(?: of)?|at least)\s+(?:(?:the\s+)?\w+\s+)?$",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\b(?:before|prior to|until|older than|below|pre|up to|earlier than)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|cannot|can't|won't|don't|doesn't|isn't|aren't|didn't|wasn't|weren't|shouldn't|"
    r"nothing|none|neither|nor)\b(?!-\w)|n't\b",
    re.IGNORECASE,
)
_CONDITIONAL = re.compile(r"^(?:if|when|unless|once|whenever|say|suppose|imagine|assuming)\b", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:may|might|could|can|would)\b", re.IGNORECASE)
_PRONOUNS = frozenset(
    """i we you it they this that these those he she there one someone everyone something i'd we'd you'd i'll we'll
    it's they're if when whichever whatever and but so because while where which who whose""".split()
)
_LEADING = re.compile(
    r"^(?:(?:in practice|for example|for instance|so|and|but|then|also|however|typically|usually|generally|"
    r"in general|by default|today|now|instead|first|second|third|finally|for [\w\- ]{1,30}?)\s*,\s*)+",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"^(?:(?:a|an|the|each|every|any|all|most|some|many|its|their|our|your|this|that|these|those)\s+)+", re.IGNORECASE)
_PREPOSITION_TRIM = re.compile(r"\s+(?:for|with|in|on|of|from|to|at|by|under|over|across|during|when|while|that|which)\s.*$", re.IGNORECASE)
_NEG_VERB = re.compile(
    r"\b(?P<neg>doesn't|does not|don't|do not|can't|cannot|can not|won't|will not|never|isn't|aren't|is not|are not)\s+"
    r"(?P<verb>[a-z]{3,})\b(?P<object>[^.;:,—–()]{0,60})",
    re.IGNORECASE,
)
_EXCLUSIVE = re.compile(r"\s*,?\s+(?P<cue>rather than|instead of)\s+(?P<not>[^,;:.—–()]+)", re.IGNORECASE)
_NOT_X = re.compile(r",\s+not\s+(?P<not>[^,;:.—–()]+)", re.IGNORECASE)
_STOP_AT = re.compile(r"\s+(?:because|which|so|since|while|when|where|as|but|and then|unless|if|or)\b.*$", re.IGNORECASE)
_MAX_SUBJECT_WORDS = 5
_PREPOSITIONS = frozenset(
    "in inside on at for with within from into during after before under over behind between across through outside".split()
)


# --- acronyms -----------------------------------------------------------------------------------------


def _letters(acronym: str) -> str:
    return re.sub(r"[^A-Za-z]", "", acronym).lower()


def _expansion_matches(acronym: str, phrase_words: list[str]) -> bool:
    """Whether the words spell the acronym: each word gives its first letter (connectors may be skipped,
    a word may give more letters when they start its parts, as in "eBPF" or "Type-Length")."""
    letters = _letters(acronym)
    if len(letters) < 2 or not phrase_words:
        return False

    def match(li: int, wi: int) -> bool:
        if li == len(letters):
            return wi == len(phrase_words)
        if wi == len(phrase_words):
            return False
        word = phrase_words[wi]
        lowered = word.lower()
        if lowered in _CONNECTORS and match(li, wi + 1):
            return True
        if not lowered or lowered[0] != letters[li]:
            return False
        # The word may also give the initials of its own parts ("Type-Length" -> TL, "OAuth" -> OA).
        parts = [p for p in re.split(r"[-/]|(?<=[a-z])(?=[A-Z])", word) if p]
        initials = "".join(p[0].lower() for p in parts)
        for take in range(len(initials), 0, -1):
            if letters[li : li + take] == initials[:take] and match(li + take, wi + 1):
                return True
        return False

    return match(0, 0)


def _expansion_before(acronym: str, before: str) -> str | None:
    """The shortest run of words ending `before` that spells the acronym ("... BPF Type Format" for BTF)."""
    tokens = re.findall(r"[A-Za-z0-9][\w'/-]*", before)[-10:]
    for size in range(1, len(tokens) + 1):
        candidate = tokens[-size:]
        if candidate[0].lower() in _CONNECTORS:
            continue
        if _expansion_matches(acronym, candidate):
            return " ".join(candidate)
    return None


def _expansion_after(acronym: str, after: str) -> str | None:
    tokens = re.findall(r"[A-Za-z0-9][\w'/-]*", after)[:10]
    for size in range(1, len(tokens) + 1):
        candidate = tokens[:size]
        if candidate[-1].lower() in _CONNECTORS:
            continue
        if _expansion_matches(acronym, candidate):
            return " ".join(candidate)
    return None


def _definitions(sentence: str) -> list[tuple[str, str]]:
    """(acronym, expansion) pairs a sentence states."""
    pairs: list[tuple[str, str]] = []
    # "BPF Type Format (BTF)"
    for match in re.finditer(rf"\(\s*({_ACRONYM})\s*[),]", sentence):
        acronym = match.group(1)
        if sum(c.isupper() for c in acronym) >= 2:
            expansion = _expansion_before(acronym, sentence[: match.start()])
            if expansion:
                pairs.append((acronym, expansion))
    # "BTF (BPF Type Format)", "CO-RE — Compile Once, Run Everywhere", "SNI stands for Server Name Indication"
    for match in re.finditer(
        rf"(?<![\w-])({_ACRONYM})\s*(?:\(\s*|[—–]\s*|,?\s+(?:stands for|is short for|short for|means|is an acronym for)\s+)",
        sentence,
    ):
        acronym = match.group(1)
        if sum(c.isupper() for c in acronym) < 2:
            continue
        rest = re.sub(r",", "", sentence[match.end() :])
        expansion = _expansion_after(acronym, rest)
        if expansion:
            pairs.append((acronym, expansion))
    return pairs


# --- subjects -------------------------------------------------------------------------------------------


def _clean_subject(text: str) -> tuple[str | None, list[str]]:
    """A short subject phrase from the words before a verb, and the names in brackets next to it (aliases)."""
    aliases = [a.strip() for inner in re.findall(r"\(([^)]*)\)", text) for a in re.split(r",|\bor\b|\band\b|[—–]", inner)]
    aliases = [a for a in aliases if a and len(a.split()) <= 4 and not re.search(r"\d", a)]
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r",\s*(?:which|that|who|where)\b[^,]*,?", " ", text)
    text = _LEADING.sub("", text.strip(" ,:;"))
    text = re.split(r"[:;—–]", text)[-1]
    # "..., where /primary returns 200 only on the leader": the relative clause's own subject follows "where".
    text = re.sub(r"^\s*where\s+", "", text, flags=re.IGNORECASE)
    text = _DETERMINER.sub("", text.strip(" ,"))
    if len(content_words(text)) > 3:
        text = _PREPOSITION_TRIM.sub("", text)
    text = re.sub(r"(?:\s+(?:still|also|only|just|even|typically|usually|always|never|often|then|either|really))+\s*$", "", text)
    tokens = text.split()
    if not tokens or len(tokens) > _MAX_SUBJECT_WORDS or tokens[0].lower() in _PRONOUNS | _PREPOSITIONS:
        return None, []  # "Inside Kubernetes I'd use ..." has no subject of its own
    # A number is no subject, but a name with digits in it is ("X.509-SVID TTL", "P-256 keys", "HTTP/2 streams").
    if not content_words(text) or "," in text or any(re.search(r"\d", t) and not re.search(r"[A-Za-z]", t) for t in tokens):
        return None, []
    if any(t.lower() in {"is", "are", "was", "were", "can", "will", "would", "should", "must", "do", "does"} for t in tokens):
        return None, []
    return " ".join(tokens).strip(" ,."), aliases


_VERB = re.compile(  # a word right after a determiner is a noun ("the default TTL", "its uses")
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )\b(?:is|are|was|were|has|have|had|gets?|got|returns?|expires?|expired|requires?|needs?|takes?|uses?|keeps?|"
    r"holds?|lasts?|defaults?|becomes?|sends?|responds?|can|could|will|would|should|must|may|might|does|do|did|"
    r"covers?|stays?|runs?|allows?|adds?|gives?)\b",
    re.IGNORECASE,
)


def _subject_before(clause: str, position: int, verb_at: int | None = None) -> tuple[str | None, list[str]]:
    """The subject of the clause that holds `position`: the words before its verb (at `verb_at` when the
    caller knows it), within the last comma-separated part before the number."""
    head = clause[: verb_at if verb_at is not None else position]
    # Blank brackets and "which ..." asides (same length), then cut at the last boundary before the verb.
    bare = re.sub(r"\([^)]*\)", lambda m: "_" * len(m.group(0)), head)
    bare = re.sub(r",\s*(?:which|that|who)\b[^,]*,", lambda m: "_" * len(m.group(0)), bare)
    cut = max(bare.rfind(","), bare.rfind(":"), bare.rfind(";"), bare.rfind(" — "), bare.rfind(" – "))
    joined = list(re.finditer(r"\s(?:and|but|whereas|so)\s(?=(?:the|a|an|each|every|its|their)\s)", bare, re.IGNORECASE))
    if joined and joined[-1].end() - 1 > cut:
        cut = joined[-1].end() - 1  # "... and the HPA evaluates every 15 seconds": a new clause, a new subject
    if cut >= 0 and len(words(head[cut + 1 :])) >= 1:
        head, bare = head[cut + 1 :], bare[cut + 1 :]
    elif cut >= 0 and verb_at is None and bare[cut] == "," and any(q.approximate for q in find_quantities(head[:cut])[-1:]):
        # The value opens a part of its own after an estimate: "about 40 KB of overhead, 8 KB billed at Standard rates
        # and 32 KB at the archive rate" breaks the estimate down; the clause's subject is not what 8 KB is of. (Not so
        # "Expiry stays short, five to fifteen minutes", nor a schedule: "SC-081 steps that down to 200 days from March
        # 2026, 100 days from March 2027".)
        return None, []
    if verb_at is None:
        match = _VERB.search(bare)
        tokens = bare.split()
        index = finite_verb_index(tokens)
        end = match.start() if match else None
        if index is not None:
            offset = 0
            for token in tokens[:index]:
                offset = bare.index(token, offset) + len(token)
            end = offset if end is None else min(end, offset)
        if end is None:
            return None, []
        head = head[:end]
    return _clean_subject(head)


def _object_subject(clause: str, position: int) -> str | None:
    """When the subject is a pronoun ("I'd set the TTL to 24 hours"), the noun phrase between verb and number."""
    head = clause[:position]
    match = re.search(r"\b(?:set|sets|setting|configure|configures|keep|keeps|give|gives|expire|expires)\s+(?P<np>[^,;:]+?)\s+(?:to|at|for|after|of)\s*$", head, re.IGNORECASE)
    if not match:
        return None
    subject, _ = _clean_subject(match.group("np"))
    return subject


# A setting's name: camelCase, dotted or snake_case, or a flag ("pollingInterval", "commit.interval.ms",
# "max_connections", "--sync-period").
_CAMEL_OR_DOTTED = r"[a-z]{2,}(?:[A-Z][a-z0-9]+)+|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+"  # "maxPoolSize", "enable.idempotence"
SETTING_NAME = re.compile(rf"(?<![\w.-])(?:{_CAMEL_OR_DOTTED}|--[a-z][a-z0-9-]+)(?![\w-]|\.\w)")
# Dotted words that are file names, not settings ("pgbouncer.ini").
_FILE_NAME = re.compile(r"\.(?:ini|conf|cfg|yaml|yml|json|toml|txt|py|sh|log|md|xml|env|sql|tf|tfvars|hcl)$")
# What may stand between a setting's name and its value: "pollingInterval of 30 seconds", "maximumPoolSize defaults to
# 10", "terminationGracePeriodSeconds — 30 seconds by default", "commit.interval.ms from its 30-second default".
_NAME_TO_VALUE = re.compile(
    r"^(?:\s|[,:=(—–-]|\b(?:of|to|at|from|its|the|a|an|is|are|defaults?|set|by|equals|which|stays?)\b)*$", re.IGNORECASE
)
_FROM_VALUE = re.compile(r"\bfrom\s+(?:its\s+|the\s+|a\s+)?[\d.,]+[-\s]?[a-z]+(?:\s+default)?\s+(?=to\b)", re.IGNORECASE)
_QUANTIFIERS = frozenset("most all each every some many any several both few other others".split())
_VAGUE_SUBJECTS = frozenset({"default", "defaults", "value", "values", "number", "setting", "settings", "limit", "limits"})
# A rating is no subject: "Good is 200 milliseconds or less, poor is over 500" gives INP's thresholds in the sentence
# after the one that names INP, and as a fact of "Good" it read LCP's "good is 2.5 seconds" as a conflict.
_RATINGS = frozenset("good poor bad fine ok okay great acceptable healthy unhealthy excellent".split())


def _identifier_before(clause: str, position: int) -> tuple[str, list[str]] | None:
    """A setting named right before the value, and its name in words ("pollingInterval": "polling interval")."""
    found = [m for m in SETTING_NAME.finditer(clause[:position])
             if _NAME_TO_VALUE.match(_FROM_VALUE.sub(" ", clause[m.end() : position])) and not _FILE_NAME.search(m.group(0))]
    if not found:
        return None
    name = found[-1].group(0)
    spoken = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name.lstrip("-"))
    spoken = re.sub(r"[._-]+", " ", spoken).lower()
    return name, [spoken] if spoken != name.lower() else []


_KEEPS = re.compile(
    r"\b(?:keeps?|retains?|stores?|deletes?|prunes?|purges?)\s+(?P<object>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+(?:for|after|to|at|within)\b",
    re.IGNORECASE,
)


def _what_for(clause: str, position: int) -> str | None:
    """What a value is for, right after it: "300 seconds for scale-down" -> "scale-down"."""
    match = re.match(r"\s*(?:for|on)\s+(?:the\s+|a\s+|an\s+)?(?P<what>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)", clause[position:])
    if not match or match.group("what").split()[0].lower() in _QUANTIFIERS:
        return None  # "5 minutes for most workloads": no one thing the value belongs to
    words = [w for w in match.group("what").split() if w.lower() not in STOPWORDS]
    return " ".join(words) or None


def _with_object(clause: str, position: int, subject: str) -> str:
    """A name that keeps something for a time is pinned together with what it keeps: "Stripe keeps keys for at least
    24 hours" is about Stripe's keys, not about everything Stripe does for some time."""
    match = None
    for match in _KEEPS.finditer(clause[:position]):
        pass
    if match is None or not re.match(r"^[\s\w]*$", clause[match.end() : position]) or position - match.end() > 20:
        return subject
    obj, _ = _clean_subject(match.group("object"))
    return f"{subject} {obj}" if obj and len(subject.split()) + len(obj.split()) <= _MAX_SUBJECT_WORDS else subject


def _situation_after(clause: str, position: int) -> str | None:
    """The situation a bare status code is for: "409 while the first request is in flight" -> "first request
    in flight" (its content words)."""
    match = re.match(r"\s*(?:[A-Z][a-z]+(?: [A-Z][a-z]+)*\s+)?(?:while|when|if|for|on|during|after|before)\s+(?P<rest>[^,;:.]+)", clause[position:])
    if not match:
        return None
    content = [w for w in content_words(match.group("rest")) if not re.search(r"\d", w)]
    return " ".join(content[:4]) or None


_QUOTED_AFTER = re.compile(r"""^\s*[,:(—–-]?\s*["'‘“](?P<text>[^"'’”]{3,80})["'’”]""")
_QUOTED_BEFORE = re.compile(r"""["'‘“](?P<text>[^"'’”]{3,80})["'’”]\s*[,:)—–-]?\s*(?:is|gives|means|=)?\s*$""")


def _described_code(clause: str, quantity: Quantity) -> tuple[str, list[str]] | None:
    """A labelled code's subject when the text quotes what it means: "error 9, 'certificate is not yet valid'"
    -> "certificate is not yet valid" (the words before the code, if any, become an alias)."""
    match = _QUOTED_AFTER.match(clause[quantity.end :]) or _QUOTED_BEFORE.search(clause[: quantity.start])
    if not match:
        return None
    before, _ = _subject_before(clause, quantity.start)
    return match.group("text").strip(), [before] if before else []


def fact_id(kind: str, subject: str, taken: set[str]) -> str:
    base = "-".join(re.findall(r"[a-z0-9]+", subject.lower())[:4]) or "fact"
    base = f"{base}-{ {'version': 'min-version', 'definition': 'definition', 'quantity': 'value', 'exclusive': 'not', 'owner': 'owner'}[kind] }"
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


def _unit_name(kind: str, text: str) -> str:
    if kind == "status":
        return "status code"
    unit = re.sub(r"^(?:half\s+)?(?:an?\s+|one\s+)?[\d.,\s\-–to]*", "", text, flags=re.IGNORECASE).strip().lower()
    return unit or kind


def _value_text(text: str) -> str:
    if re.match(r"^half\s+an?\b", text, re.IGNORECASE):
        return "0.5"
    if re.match(r"^(?:an?|one)\b", text, re.IGNORECASE):
        return "1"
    match = re.match(r"^([\d.,]+(?:\s*(?:-|–|to)\s*[\d.,]+)?)", text)
    return match.group(1).replace("–", "-").replace(" to ", "-").replace(" ", "") if match else text


# --- the extractors -------------------------------------------------------------------------------------


def _clauses(text: str) -> list[str]:
    return [part for _, part in _rated_clauses(text)]


def _rated_clauses(text: str) -> list[tuple[str | None, str]]:
    """Each clause with the subject of the first clause of its sentence: what a rating in a later clause is of
    ("Largest Contentful Paint is the time until ...; good is 2.5 seconds or less")."""
    out: list[tuple[str | None, str]] = []
    for claim in split_claims(text, settings=True):
        pieces = split_compound(claim)
        lead = clause_subject(pieces[0]) if len(pieces) > 1 else None
        out += [(lead if i else None, piece) for i, piece in enumerate(pieces)]
    return out


_REQUIRE_VERB = re.compile(
    r"\b(?:(?:(?:is|are|was|were|has been|have been|got)\s+)?(?:introduced|added|landed|arrived|shipped|released|"
    r"available|supported|stable|GA|generally available)\s+(?:in|from|since|with)|came in|requires?|required|needs?|"
    r"needed)\b",
    re.IGNORECASE,
)
# "Terraform 1.5 added import blocks": the version first, then what it brought.
_BROUGHT = re.compile(
    r"^\s*(?:added|introduced|brought|shipped|landed|made\s+GA|added support for|introduced support for)\s+"
    r"(?P<object>[^,;:.()—–]+)",
    re.IGNORECASE,
)


# "1.10's ephemeral resources read secrets": what a version brought, named with a possessive (`split_claims` has
# straightened the apostrophe).
_POSSESSED = re.compile(r"^'s\s+(?P<object>[^,;:.()—–]+)")
# "Since Terraform 1.5 I'd use import blocks": what the speaker recommends from that version on (not a habit: "since
# PostgreSQL 12 we use pg_dump" says nothing of when pg_dump came).
_USED_SINCE = re.compile(
    r"^\s*,?\s*(?:I'?d|I would|we'?d|we would)\s+(?:use|reach for|prefer|switch to|move to)\s+(?P<object>[^,;:.()—–]+)",
    re.IGNORECASE,
)
_NOT_A_FEATURE = re.compile(
    r"\b(?:kernel|release notes?|changelog|docs?|documentation|defaults?|version|release|build|image|package)\b", re.IGNORECASE
)
# Where the object of "added X" / "1.10's X" ends: at its verb ("ephemeral resources read secrets").
_OBJECT_END = re.compile(
    r"\s+(?:read|reads|write|writes|let|lets|take|takes|drop|drops|avoid|avoids|keep|keeps|store|stores|run|runs|work|"
    r"works|need|needs|can|could|will|would|is|are|was|were|make|makes|give|gives|with|instead of|rather than|for|to|so)\b",
    re.IGNORECASE,
)
# "a removed block, from 1.7, drops ...": the version set off by commas after what it is about.
_APPOSITIVE = re.compile(
    r",\s*(?:(?:(?:generally\s+)?(?:available|supported|stable|GA)\s+)?(?:since|from|as of)|"
    r"(?:added|introduced|new|landed|shipped|released)\s+in)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _is_name(word: str) -> bool:
    """An identifier or a product's name, not an ordinary word: GOMEMLIMIT, maxReplicas, enable.idempotence, HikariCP."""
    return bool(SETTING_NAME.fullmatch(word) or re.fullmatch(r"[A-Z][A-Z0-9_]{2,}", word)
                or (any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)))


# "has been container-aware since JDK 10": a hyphenated state ("around", "there" say nothing of a feature).
_STATE_SINCE = re.compile(r"\b(?:has been|have been|is|are|became|become)\s+(?P<state>[a-z][\w]*-[a-z][\w-]*[a-z])\s*$",
                          re.IGNORECASE)
# Stages and availability say what a version did to something named elsewhere ("LockID, which is deprecated since 1.11").
_NOT_A_STATE = frozenset("deprecated available supported stable experimental beta alpha ga default removed enabled disabled "
                         "on off required needed".split())
_SINCE_STATE = re.compile(r"^\s*,?\s*(?:they|it|these|this|there)\s+(?:are|is|'re|'s|have|has)\b", re.IGNORECASE)


def _version_facts(clause: str, taken: set[str]) -> list[Fact]:
    facts: list[Fact] = []
    if _NEGATION.search(clause[:12]):
        return facts
    # A condition ("If a library has no async version, wrap it in asyncio.to_thread, added in Python 3.9") sets no
    # version of its own; what the clause says after it does.
    condition_ends = (clause.find(", ") if ", " in clause else len(clause)) if _CONDITIONAL.match(clause) else 0
    masked = mask_brackets(clause)
    subjects: set[str] = set()
    for version in find_versions(clause):
        if version.start < condition_ends:
            continue
        if masked[version.start] == "_":
            # Inside brackets: an aside ("Bottlerocket has 5.10+"), not the clause's claim, unless the brackets say
            # only when the thing right before them came ("hash partitioning (available since PostgreSQL 11)").
            fact = _bracketed_version(clause, version, taken, subjects)
            if fact:
                facts.append(fact)
            continue
        lead = clause[max(0, version.start - 40) : version.start]
        if version.product:
            lead = lead[: lead.rfind(version.product)] if version.product in lead else lead
        requirement = bool(_REQUIRES.search(lead)) or (
            version.at_least and not re.search(r"\b(?:recommends?|prefers?|ideally|better)\b", lead, re.IGNORECASE)
        )
        since = re.search(r"\b(?:since|from|starting (?:with|from|in))\s+(?:\w+\s+)?$", lead, re.IGNORECASE)
        after = clause[version.end :]
        said_by = (_BROUGHT.match(after) if version.product else None)
        brought = said_by or _POSSESSED.match(after) or (_USED_SINCE.match(after) if since else None)
        # A version that brought something or from which it is recommended is a minimum: a later one has it too. The
        # clause says so in words for "added" ("Terraform 1.5 added ..."); the value says so for the others ("1.10+").
        minimum = bool(brought) and not said_by
        if brought:
            object_ = _OBJECT_END.split(_STOP_AT.sub("", brought.group("object")))[0]
            things = [t for t in re.split(r"\s+and\s+", object_) if t.strip()]
            subject, aliases = _clean_subject(things[0]) if things else (None, [])
            aliases += [a for a in (_clean_subject(t)[0] for t in things[1:]) if a]  # each thing it brought
            subject = subject if subject and len(subject.split()) <= 4 else None
            if subject and not said_by and (len(content_words(subject)) < 2 or _NOT_A_FEATURE.search(subject)):
                subject = None  # "Ubuntu 22.04's kernel", "3.12's release notes": a part of the release, not a feature
        elif not requirement or _BEFORE.search(lead):
            continue
        elif since and not lead[: since.start()].strip() and _SINCE_STATE.match(after):
            # "Since PostgreSQL 12 they are parameters plus an empty recovery.signal file": how things are from that
            # version on, about the settings and files the clause names (not a habit: "since 12 we use pg_dump").
            names = [m.group(0) for m in SETTING_NAME.finditer(after) if not _FILE_NAME.search(m.group(0))]
            if not names:
                continue
            subject, aliases = names[0], names[1:3]
            minimum = True
        elif re.match(r"\s*(?:[,;.]|$)", after) and _APPOSITIVE.search(lead):
            # "asyncio.to_thread, added in Python 3.9, ...", "GOMEMLIMIT, available since Go 1.19": the name before it
            comma = max(0, version.start - 40) + _APPOSITIVE.search(lead).start()
            before = re.split(r"[,;:]", clause[:comma])[-1]
            subject, aliases = _clean_subject(before)
            name = re.search(r"(?<![\w.-])([A-Za-z][\w.-]*\w)\s*$", before)
            flag = re.search(r"(?<![\w-])(--[a-z][\w-]*)\s*$", before)
            last = re.search(r"\b(?:a|an|the|its|their)\s+(?P<phrase>[^\s,]+(?:\s+[^\s,]+){0,2})\s*$", before, re.IGNORECASE)
            if subject and len(subject.split()) > 2 and last:  # "Use the TaskGroup API, new in Python 3.11"
                subject, aliases = _clean_subject(last.group("phrase"))
            elif name and (SETTING_NAME.fullmatch(name.group(1)) or _is_name(name.group(1))) and (
                    not subject or len(subject.split()) > 2):
                subject, aliases = name.group(1), []  # "wrap it in asyncio.to_thread, added in ...": the name before it
            elif not subject and flag:  # "... member add --learner, available since etcd 3.4": learners, or the flag
                subject, aliases = flag.group(1).lstrip("-").replace("-", " "), [flag.group(1)]
            if not subject:  # "Kubernetes can probe that with a grpc probe, GA since 1.27": the noun phrase before it
                subject, aliases = _clean_subject(last.group("phrase")) if last else (None, [])
            minimum = True
        elif since and (state := _STATE_SINCE.search(lead[: since.start()])) and \
                state.group("state").lower() not in _NOT_A_STATE:
            # "The JVM has been container-aware since JDK 10": the state, which a later version has too.
            subject = state.group("state")
            aliases = [f"{subject.rsplit('-', 1)[0]} support"] if re.search(r"-(?:aware|capable|enabled|ready)$", subject) else []
            minimum = True
        elif since and not re.split(r"[,;:]", lead[: since.start()])[-1].strip() and after.lstrip().startswith(","):
            rest = after.lstrip()[1:]
            subject, aliases = _clean_subject(re.split(r"\s+(?:is|are|was|were|can|has|have|does|do|will|uses?|takes?)\b", rest)[0])
        else:
            verbs = list(_REQUIRE_VERB.finditer(clause[: version.start]))
            if not verbs:
                continue
            subject, aliases = _subject_before(clause, version.start, verbs[-1].start())
        if not subject or subject.lower() in subjects:
            continue
        subjects.add(subject.lower())
        product = version.product or ("kernel" if "kernel" in lead.lower() else None)
        number = ".".join(str(p) for p in version.parts) + ("+" if minimum else "")
        facts.append(
            Fact(
                id=fact_id("version", subject, taken),
                subject=subject,
                aliases=aliases,
                kind="version",
                value=number,
                unit=product,
                text=clause.strip(),
                machine_written=True,
            )
        )
    return facts


# The end of a bracketed aside that gives only when the thing before the brackets came: "(PostgreSQL 11+)", "(since
# 2.32)", "(MODULUS and REMAINDER, available since PostgreSQL 11)". Not a state from that version on ("(the default
# since PostgreSQL 10)") nor a clause ("(since kernel 4.13 the error is tracked ...)").
_CAME_IN = re.compile(
    r"(?:^|,\s*)(?:(?:available|added|introduced|new|supported|GA|stable|generally available)\s+)?"
    r"(?:in|since|from|as of|starting (?:with|from|in))?\s*(?:(?:the\s+)?[\w.-]+\s+)?$", re.IGNORECASE)


def _bracketed_version(clause: str, version: Version, taken: set[str], subjects: set[str]) -> Fact | None:
    """A version fact from brackets that say when the noun phrase right before them came: "hash partitioning
    (MODULUS and REMAINDER, available since PostgreSQL 11)", "INCLUDE columns (PostgreSQL 11+)"."""
    opening = clause.rfind("(", 0, version.start)
    closing = clause.find(")", version.end)
    if opening < 0 or closing < 0 or clause[version.end : closing].strip(" +") or "(" in clause[opening + 1 : version.start]:
        return None
    lead = clause[opening + 1 : version.start]
    if version.product and lead.rstrip().endswith(version.product):
        lead = lead.rstrip()[: -len(version.product)]
    came = _CAME_IN.search(lead)
    if not came or not (version.at_least or re.search(r"\b(?:since|added|introduced|new|available|from|as of|starting)\b",
                                                        came.group(0), re.IGNORECASE)):
        return None
    before = re.split(r"[,;:(]|\s[—–-]\s", clause[:opening])[-1]
    words = re.findall(r"[\w.-]+", before)[-3:]
    name = words[-1] if words and (SETTING_NAME.fullmatch(words[-1]) or _is_name(words[-1])) else None
    subject, aliases = (name, []) if name and "_" in name else _clean_subject(" ".join(words[-2:]) if len(words) > 1 else before)
    if not subject or subject.lower() in subjects or subject.lower().split()[-1] in _NOT_A_STATE:
        return None
    subjects.add(subject.lower())
    return Fact(id=fact_id("version", subject, taken), subject=subject, aliases=aliases, kind="version",
                value=".".join(str(p) for p in version.parts) + "+", unit=version.product, text=clause.strip(),
                machine_written=True)


_HAS_VERSION = re.compile(
    r"(?P<subject>\b[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,3})\s+(?:(?:has|ships(?:\s+with)?|runs|comes\s+with|is\s+on)\s+"
    r"(?:(?:linux\s+)?kernel\s+|version\s+|v)?|with\s+(?:linux\s+)?(?:kernel|version)\s+)$"
)


def _exact_version_facts(clause: str, taken: set[str]) -> list[Fact]:
    """Which version a named thing has: "Ubuntu 22.04 has 5.15", "Amazon Linux 2023 ships kernel 6.1" (in brackets
    too). Any other version given to it is wrong; "Bottlerocket has 5.10+" is a minimum, left to the requirements."""
    facts: list[Fact] = []
    if _NEGATION.search(clause[:12]) or _CONDITIONAL.match(clause):
        return facts
    for version in find_versions(clause):
        if version.at_least or "." not in version.text:
            continue
        match = _HAS_VERSION.search(clause[max(0, version.start - 60) : version.start])
        if not match or match.group("subject").split()[0].lower() in _PRONOUNS | _PREPOSITIONS:
            continue
        subject = match.group("subject").strip()
        start = max(0, version.start - 60) + match.start("subject")
        facts.append(
            Fact(
                id=fact_id("version", subject, taken),
                subject=subject,
                kind="version",
                value=".".join(str(p) for p in version.parts),
                unit="kernel" if "kernel" in match.group(0).lower() else version.product,
                text=clause[start : version.end].strip(),
                machine_written=True,
            )
        )
    return facts


_EXAMPLE_VALUE = re.compile(r"(?:\bsay|\be\.g\.|\bfor example|\bfor instance|\bsuch as|\blike)[,:]?\s*(?:about\s+|around\s+)?$",
                            re.IGNORECASE)


# A code's own name right beside it: "DEADLINE_EXCEEDED, status code 4", "status 14 (UNAVAILABLE)".
_CODE_NAME = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"


def _beside(name: str) -> tuple[re.Pattern, re.Pattern]:
    """Patterns for a name right before a code ("X, which is the ...") and right after it ("..., i.e. X")."""
    return (re.compile(rf"\b(?P<name>{name})\s*(?:[,(:—–-]\s*)?(?:(?:which|that) is\s+|is\s+)?(?:the\s+)?$"),
            re.compile(rf"^\s*(?:[,(:—–-]\s*)?(?:(?:which|that) is\s+|i\.e\.?\s+|or\s+)?(?P<name>{name})\b"))


_CODE_NAME_BEFORE, _CODE_NAME_AFTER = _beside(_CODE_NAME)


# A code's name without an underscore, of five or more capitals ("NXDOMAIN, which is RCODE 3", "SIGKILL, signal 9"):
# shorter ones are protocols and acronyms ("TCP port 443" names no port).
_SHORT_CODE_NAME = r"[A-Z][A-Z0-9]{4,}"
_CODE_WORD_BEFORE, _CODE_WORD_AFTER = _beside(_SHORT_CODE_NAME)


def _code_name(clause: str, quantity: Quantity) -> str | None:
    """The name a labelled code is given right beside it ("DEADLINE_EXCEEDED, status code 4" -> DEADLINE_EXCEEDED;
    "NXDOMAIN, which is RCODE 3" -> NXDOMAIN; a port's protocol is no name of it)."""
    before, after = clause[: quantity.start], clause[quantity.end :]
    match = _CODE_NAME_BEFORE.search(before) or _CODE_NAME_AFTER.match(after)
    if not match and quantity.label != "port":
        match = _CODE_WORD_BEFORE.search(before) or _CODE_WORD_AFTER.match(after)
    return match.group("name") if match else None


_SUBJECT_VERB = re.compile(r"\b(?i:the|its|their)\s+(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                           r"(?:should|must|is|are|has|have|can|will)\b")


# A value set beside what it is the default of: "the visibility timeout, 30 seconds by default", "BIND has
# max-cache-ttl, which defaults to one week", "the retention period — four days by default". The thing is a noun phrase
# after a determiner, or a single name (hyphenated, dotted, snake_case, camelCase or capitalised); not the object of
# an "of" ("MaxRAMPercentage of the limit, 25 percent by default" is no default of the limit).
_APPOSED = re.compile(
    r"(?:(?<!\bof )\b(?i:the|its|their|a|an)\s+(?P<np>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2})"
    r"|(?<![\w.-])(?P<name>[A-Za-z][\w]*(?:[-_.][\w]+)+|[a-z]+[A-Z][\w]*|[A-Z][\w]*[A-Z0-9][\w]*))"
    r"\s*(?:,|\s[—–]|:)\s*(?P<lead>(?i:which\s+defaults\s+to|defaulting\s+to|(?:which|that)\s+is))?\s*(?i:an?\s+)?$"
)
# ... or a value set off on its own after a noun phrase: "a short access-token lifetime, 5 to 15 minutes, which ...".
_APPOSITION_END = re.compile(r"^\s*(?:[,;.)]|$|\s[—–]\s)")
_BY_DEFAULT_AFTER = re.compile(r"^\s*(?:by default|as (?:the|a) default)\b", re.IGNORECASE)
# A second value of the same thing right after the first: "30 seconds by default and at most 12 hours".
_AND_BOUND = re.compile(r"^\s*by default\s*(?:,\s*)?(?:and|but|,)\s*(?:configurable\s+)?(?:(?:at most|at least|up to|"
                        r"no more than|no less than|as much as)\s+)?$", re.IGNORECASE)


def _apposed_subject(clause: str, quantity: Quantity) -> str | None:
    """What a value is the default of, when the clause sets it beside its name (`_APPOSED`)."""
    match = _APPOSED.search(clause[: quantity.start])
    if not match or not (match.group("lead") and "default" in match.group("lead").lower()
                         or _BY_DEFAULT_AFTER.match(clause[quantity.end :])
                         or match.group("np") and _APPOSITION_END.match(clause[quantity.end :])):
        return None
    subject, _ = _clean_subject(match.group("np") or match.group("name"))
    return subject


# A later value of a list of examples: "for example 100 ms, 200 ms, 400 ms".
_EXAMPLE_LIST = re.compile(r"(?:\bsay|\be\.g\.|\bfor example|\bfor instance|\bsuch as|\blike)[,:]?\s*"
                           r"(?:[\d.,]+[\s-]*[A-Za-z%]*\s*(?:,|\band\b|\bor\b)\s*)+$", re.IGNORECASE)


# A sentence that sets up a case of its own: "Say the intended rate is 1,000 requests per second ...", "Suppose a
# consumer takes 10 seconds ...". Every figure in it is the writer's example.
_SUPPOSED_CASE = re.compile(r"^\W*(?:(?:let['’]?s|let us)\s+say|say|suppose|supposing|imagine|picture|assume)\b,?\s+"
                            r"(?:that\s+)?(?:a|an|the|you|we|your|our|one|some|each|it|there|[\d.,]+)\b", re.IGNORECASE)


def supposes_a_case(text: str) -> bool:
    """Whether a sentence sets up a case of its own ("Say the intended rate is 1,000 requests per second ...")."""
    return bool(_SUPPOSED_CASE.match(text))


def given_as_example(text: str, start: int) -> bool:
    """Whether the value at `start` of `text` (number words as digits) is the writer's example ("an idle timeout of,
    say, 30 days", "for example 100 ms, 200 ms, 400 ms", "Say the intended rate is 1,000 requests per second"), not
    the one right value."""
    before = text[max(0, start - 60) : start]
    return bool(_EXAMPLE_VALUE.search(before) or _EXAMPLE_LIST.search(before) or supposes_a_case(text))


# Either end of a range: "between 5 MiB and 5 GiB".
_RANGE = re.compile(r"\bbetween\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_RANGE_END = re.compile(r"\bbetween\s+[\d.,]+\s*\S*\s+and\s+$", re.IGNORECASE)


# A value after "instead of" is the one the writer moves away from ("the downstream call inherits the budget left
# instead of starting a fresh ten-second timer", "set deliberately instead of ... the 15-minute maximum"): no value of
# the clause's subject. Unless it is called the default ("instead of the 3-second default"): that is the default's.
_INSTEAD = re.compile(r"\b(?:instead of|rather than)\b", re.IGNORECASE)
_CALLED_DEFAULT = re.compile(r"[\s-]*(?:\w+\s+)?default\b", re.IGNORECASE)


# A relative clause after a comma is a part of its own: its "can" ("..., which load balancers can use") makes no
# possibility of the values before it.
_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b", re.IGNORECASE)


def _part_holding(clause: str, at: int) -> str:
    """The part of `clause` that holds position `at`: the clause cut at each relative clause (`_RELATIVE`)."""
    cuts = [0, *(m.start() for m in _RELATIVE.finditer(clause)), len(clause)]
    return next((clause[a:b] for a, b in zip(cuts, cuts[1:]) if a <= at < b), clause)


def _quantity_facts(clause: str, question_numbers: set[str], taken: set[str], rated: str | None = None) -> list[Fact]:
    """The values stated in a clause, each tied to its subject. A value of a rating ("good is 2.5 seconds or less") is
    the value of `rated`, the subject of the sentence's first clause, or of nothing."""
    facts: list[Fact] = []
    apposed: tuple[str, int] | None = None  # the last value set beside its name: (subject, where the value ends)
    # In a condition or a possibility ("if the pool is full, ...", "it can take 30 seconds") a value is not a fact,
    # but a code's name beside it still is ("when it expires the client gets DEADLINE_EXCEEDED, status code 4").
    converted = digits(clause)
    if converted != clause and len(converted) != len(clause):
        # Number words changed the length: find subjects in the converted clause (it reads the same).
        clause_for_subject = converted
    else:
        clause_for_subject = clause
    for quantity in find_quantities(converted):
        if quantity.approximate or (quantity.bound and quantity.bound not in CLEAR_BOUNDS):
            continue
        code_name = _code_name(converted, quantity) if quantity.kind == "code" else None
        possible = _CONDITIONAL.match(clause) or _MODAL.search(_part_holding(converted, quantity.start))
        if possible and not code_name:
            continue
        around = converted[max(0, quantity.start - 40) : quantity.start]
        if _NEGATION.search(around) or _MODAL.search(around):
            continue
        if _INSTEAD.search(around) and not _CALLED_DEFAULT.match(converted, quantity.end):
            continue
        if _RANGE.search(around) or _RANGE_END.search(around):
            continue  # "between 5 MiB and 5 GiB": a range, which neither end states
        if given_as_example(converted, quantity.start):
            continue  # "an idle timeout of, say, 30 days": the writer's example, not the one right value
        if quantity.kind not in ("status", "code") and _value_text(quantity.text) in question_numbers:
            continue  # the question's own scenario ("a 500-million-row table", "2 ms")
        described = _described_code(clause_for_subject, quantity) if quantity.kind == "code" else None
        named = _identifier_before(clause_for_subject, quantity.start)
        beside = _apposed_subject(clause_for_subject, quantity) if not (described or code_name or named) else None
        if beside is None and apposed and quantity.bound and _AND_BOUND.match(clause_for_subject[apposed[1] : quantity.start]):
            beside = apposed[0]
        if beside:
            apposed = (beside, quantity.end)
        if described:  # what it means, and its name beside it as another name
            subject, aliases = described[0], described[1] + ([code_name] if code_name else [])
        elif code_name:
            subject, aliases = code_name, []
        elif named:
            subject, aliases = named
        elif beside:
            subject, aliases = beside, []
        else:
            subject, aliases = _subject_before(clause_for_subject, quantity.start)
            if subject and subject.lower() in _VAGUE_SUBJECTS:
                # "The defaults are 300 seconds for scale-down": the default of scale-down, not of everything.
                subject, aliases = _what_for(clause_for_subject, quantity.end), []
            elif subject:
                subject = _with_object(clause_for_subject, quantity.start, subject)
        subject = subject or _object_subject(clause_for_subject, quantity.start)
        if not subject and quantity.bound in ("at most", "at least"):
            # "the election timeout should be at least ten times the RTT, with an upper limit of 50 seconds": the limit
            # of the clause's subject.
            said = list(_SUBJECT_VERB.finditer(clause_for_subject[: quantity.start]))
            subject = said[-1].group("subject") if said else None
        if not subject and quantity.kind == "status":
            subject = _situation_after(clause_for_subject, quantity.end)
        if subject and subject.lower() in _RATINGS:
            subject, aliases = rated, []
        if not subject:
            continue
        facts.append(
            Fact(
                id=fact_id("quantity", subject, taken),
                subject=subject,
                aliases=aliases,
                kind="quantity",
                value=f"{quantity.bound} {_value_text(quantity.text)}" if quantity.bound else _value_text(quantity.text),
                unit=quantity.label if quantity.kind == "code" else _unit_name(quantity.kind, quantity.text),
                text=clause.strip(),
                machine_written=True,
            )
        )
    return facts


_DEFAULT = re.compile(
    r"(?:\b(?:the\s+)?default\s+(?P<subject1>[A-Za-z][\w.\-]*(?:\s+[A-Za-z][\w.\-]*){0,2})\s+(?:is|of)\s+"
    r"|(?P<subject2>\b[A-Za-z][\w.\-]*(?:_[\w.\-]+|\.[a-z][\w.\-]*)?)\s+(?:defaults to|has a default of|=)\s*)"
    r"(?P<value>\d+(?:\.\d+)?)(?![\w%]|\.\d|\s*(?:%|[A-Za-z]))",
    re.IGNORECASE,
)


# "archive_timeout ... ; it's 0, meaning disabled, by default", "statement_timeout is 0 by default": a value said to be
# the default after the setting or a pronoun for it.
_IS_BY_DEFAULT = re.compile(
    r"\b(?P<who>it|[a-z][a-z0-9]*(?:[._][a-z0-9]+)+)(?:'s|\s+is)\s+(?P<value>\d+(?:\.\d+)?)"
    r"(?:\s*,\s*(?:meaning|i\.e\.?|that is|so)\s+[\w\s]{1,20}?,)?\s+by default\b",
    re.IGNORECASE,
)


# The default of the one setting a clause names, said with a pronoun: "max_wal_size ...; its default is 1024". Not one
# said with an owner ("busy_timeout, to 5000 milliseconds, because the C library's default is zero"): that is the
# owner's default, and a driver or framework may ship another ("mattn's go-sqlite3 driver defaults it to 5000 ms").
_OWNED_DEFAULT = re.compile(r"\bits\s+default\s+is\s+"
                            r"(?P<value>\d+(?:\.\d+)?)(?![\w%]|\.\d|\s*%|\s+(?!which\b|so\b|and\b|but\b)[A-Za-z])")


# A setting's name followed closely by its default: "autovacuum_vacuum_scale_factor per table (the default 0.2 means
# ...)", "archive_timeout, 60 by default", "maxAttempts — the default is 5".
_PLAIN_VALUE = r"(?P<{}>\d+(?:\.\d+)?)(?![\w%]|\.\d|,\d{{3}}(?!\d)|\s*%|\s+(?!by\b|means\b|is\b)[A-Za-z])"  # not "300" of "300,000"
_SETTING_DEFAULT = re.compile(
    rf"(?P<setting>{SETTING_NAME.pattern})(?:\s+(?:per|for|on)\s+[a-z]+)?\s*[,(—–-]\s*(?:"
    rf"(?:the\s+)?default(?:\s+is|\s+of|:)?\s+{_PLAIN_VALUE.format('value')}|{_PLAIN_VALUE.format('by')}\s+by\s+default)"
)
_NO_LONGER = re.compile(r"\b(?:used to|no longer|any more|anymore|was capped|were capped|no cap)\b", re.IGNORECASE)


# Settings listed with their defaults, each name followed by its value: "The fields and their defaults:
# initialDelaySeconds 0, periodSeconds 10, timeoutSeconds 1, failureThreshold 3", "With the defaults, periodSeconds 10
# and failureThreshold 3, ...". The word "defaults" comes first and says what the values are; a bare "periodSeconds 10"
# elsewhere may be the writer's own setting.
_DEFAULTS_CUE = re.compile(r"\b(?:the|their|its|with|using|on)\s+defaults\b\s*[:,(—–-]|\bdefaults\s+(?:are|were)\b\s*:?",
                           re.IGNORECASE)
_LISTED_VALUE = re.compile(rf"(?P<setting>{SETTING_NAME.pattern})\s+(?:=\s*)?(?P<value>\d+(?:\.\d+)?)"
                           rf"(?=\s*(?:[,;.)]|\s(?:and|or)\b|$))")
# Words before "the defaults" that set the list against them ("unlike the defaults, we run ..."), and what may stand
# between one "name value" of the list and the next.
_AGAINST_DEFAULTS = re.compile(r"\b(?:unlike|than|from|over|beyond|instead of|rather than|not|no)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"[\s,;:(—–-]*(?:\b(?:and|or)\s+)?", re.IGNORECASE)


def _listed_default_facts(clause: str, taken: set[str]) -> list[Fact]:
    """The defaults of settings listed right after the word "defaults" (`_DEFAULTS_CUE`), each as "name value", one
    after another ("..., periodSeconds 10, timeoutSeconds 1 and ..."). Not a list said against the defaults ("unlike
    the defaults, we run periodSeconds 5") or after other words ("with the defaults, I'd set periodSeconds 5")."""
    cue = _DEFAULTS_CUE.search(clause)
    if not cue or _CONDITIONAL.match(clause) or _AGAINST_DEFAULTS.search(clause[: cue.start()]):
        return []
    facts: list[Fact] = []
    at = cue.end()
    for match in _LISTED_VALUE.finditer(clause, cue.end()):
        if not _LIST_GAP.fullmatch(clause[at : match.start()]):
            break  # the list ended
        at = match.end()
        setting = match.group("setting")
        if not _FILE_NAME.search(setting):
            # The unit its name ends in comes from Fact itself (`unit_of_name`).
            facts.append(Fact(id=fact_id("quantity", setting, taken), subject=setting, kind="quantity",
                              value=match.group("value"), text=clause.strip(), machine_written=True))
    return facts


def _only_setting(text: str) -> str | None:
    """The one setting `text` names ("maxAttempts", "archive_timeout"), or None for none or several."""
    named = {m.group(0) for m in SETTING_NAME.finditer(text) if not _FILE_NAME.search(m.group(0))}
    return named.pop() if len(named) == 1 else None


def _default_facts(clause: str, taken: set[str]) -> list[Fact]:
    """Named defaults without a unit: "max_connections defaults to 100", "the default pool size is 10",
    "archive_timeout ...; it's 0, meaning disabled, by default" (the pronoun is the one setting the clause names);
    and caps: "maxAttempts counts the first call, and gRPC caps it at 5" (at most 5)."""
    facts: list[Fact] = []
    if _CONDITIONAL.match(clause):
        return facts
    converted = digits(clause)
    for number in find_plain_numbers(converted):
        lead = converted[max(0, number.start - 40) : number.start]
        if CAPPED.search(lead) and not _NEGATION.search(lead) and not _NO_LONGER.search(converted):
            subject = _only_setting(converted[: number.start])
            if subject:
                facts.append(Fact(id=fact_id("quantity", subject, taken), subject=subject, kind="quantity",
                                  value=f"at most {number.text}", unit=None, text=clause.strip(), machine_written=True))
    for match in _IS_BY_DEFAULT.finditer(clause):
        subject = match.group("who")
        if subject.lower() == "it":
            subject = _only_setting(clause[: match.start()])
            if not subject:
                continue  # no setting, or more than one, for "it" to be
        facts.append(Fact(id=fact_id("quantity", subject, taken), subject=subject, kind="quantity",
                          value=match.group("value"), unit=None, text=clause.strip(), machine_written=True))
    for match in _OWNED_DEFAULT.finditer(converted):
        subject = _only_setting(converted[: match.start()])
        if subject and not _NEGATION.search(converted[: match.end()]):
            facts.append(Fact(id=fact_id("quantity", subject, taken), subject=subject, kind="quantity",
                              value=match.group("value"), unit=None, text=clause.strip(), machine_written=True))
    for match in _SETTING_DEFAULT.finditer(clause):
        if not _NEGATION.search(match.group(0)) and not _FILE_NAME.search(match.group("setting")):
            facts.append(Fact(id=fact_id("quantity", match.group("setting"), taken), subject=match.group("setting"),
                              kind="quantity", value=match.group("value") or match.group("by"), unit=None,
                              text=clause.strip(),
                              machine_written=True))
    if _NEGATION.search(clause):
        return facts
    for match in _DEFAULT.finditer(without_thousands(clause)):  # "the default limit of 1,000" is 1000
        subject = (match.group("subject1") or match.group("subject2") or "").strip()
        if not subject or subject.lower() in _PRONOUNS or not content_words(subject):
            continue
        facts.append(
            Fact(
                id=fact_id("quantity", subject, taken),
                subject=subject,
                kind="quantity",
                value=match.group("value"),
                unit=None,
                text=clause.strip(),
                machine_written=True,
            )
        )
    return facts


_NAMED_DEFAULT = [
    re.compile(r"\b(?P<x>[A-Za-z][\w-]*) (?P<head>[a-z][\w-]*),? (?:the|is the|which is the|being the) default\b"),
    re.compile(r"\bthe default (?P<head>[a-z][\w-]*) is (?P<x>[A-Za-z][\w-]*)\b", re.IGNORECASE),
    re.compile(r"\bdefaults to (?P<x>[A-Za-z][\w-]*) (?P<head>[a-z][\w-]*)\b"),
]
_NOT_A_VALUE = frozenset({"the", "a", "an", "this", "that", "each", "every", "which", "its", "their", "one", "any", "same",
                          "other", "default", "your", "our", "my", "no"})


# "selectPolicy decides: Max, the default, picks ..., Min the smallest, and Disabled ...": one of a setting's values,
# said without a head noun, called the default.
_ENUM_DEFAULT = re.compile(r"(?<![\w-])(?P<x>[A-Za-z][\w-]*),\s+(?:the|which is the)\s+default\b")


def _value_shape(word: str) -> str | None:
    """What a setting's value looks like: "Capitalised", "with-hyphen" or "with_underscore"; None for a plain word."""
    if re.fullmatch(r"[A-Z][a-z]+", word):
        return "capitalised"
    if re.fullmatch(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+", word):
        return "joined"
    return None


# A value of several capitalised parts, an identifier no sentence opens by chance: "WaitForFirstConsumer".
_JOINED_CAPITALS = re.compile(r"(?<![\w.-])[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+(?![\w-])")


def _enum_default_facts(clause: str, taken: set[str], context: str = "") -> list[Fact]:
    """The default among a setting's values, named in the clause with its siblings of the same shape: an answer that
    names the setting and calls a sibling its default contradicts it. A capitalised value listed alone ("volumeBindingMode
    Immediate, which is the default") has for siblings the identifiers of joined capitals (`_JOINED_CAPITALS`) that the
    round's texts naming the setting give ("WaitForFirstConsumer fixes that part"): a blind set's bluff called the
    other one the default."""
    facts: list[Fact] = []
    for match in _ENUM_DEFAULT.finditer(clause):
        value, shape = match.group("x"), _value_shape(match.group("x"))
        setting = _only_setting(clause[: match.start()])
        if shape is None and not _JOINED_CAPITALS.fullmatch(value) or not setting or value.lower() in STOPWORDS:
            continue
        # Denied in its part of the clause, it is no default; a condition that the setting is not set denies nothing
        # ("..., which is the default when the field isn't set: the volume is provisioned without knowing ...").
        start, end = clause.rfind(":", 0, match.start()) + 1, clause.find(":", match.end())
        if _NEGATION.search(UNSET.sub(" ", clause[start : end if end >= 0 else len(clause)])):
            continue
        after = clause[clause.find(setting) + len(setting) :]
        # Siblings are the other items of the list: after a comma, colon or "and"/"or" ("Min the smallest, and Disabled").
        siblings = sorted({w for w in re.findall(r"(?:^|[,;:]\s*(?:(?:and|or)\s+)?|\b(?:and|or)\s+)([A-Za-z][\w-]*)(?![\w-])", after)
                           if w != value and shape and _value_shape(w) == shape and w.lower() not in STOPWORDS})
        if not siblings and value[0].isupper() and setting in context:
            # Not a kind of object the texts put an article before, as the noun itself ("a StorageClass with ..."), not
            # as a word that qualifies one ("a WaitForFirstConsumer claim").
            nouns = {m.group(1) for m in re.finditer(rf"\b(?:a|an|the|each|every|this|that)\s+({_JOINED_CAPITALS.pattern})"
                                                     r"(?:['’]s\b|\s*[^\w\s]|\s+(\w+))?", context, re.IGNORECASE)
                     if not m.group(2) or m.group(2).lower() in STOPWORDS}
            siblings = sorted({w for w in _JOINED_CAPITALS.findall(context)
                               if w != value and w not in nouns and w.lower() not in setting.lower()})
        if not siblings:
            continue
        facts.append(Fact(id=fact_id("exclusive", f"default {setting}", taken), subject=f"default {setting}",
                          aliases=[setting], kind="exclusive", value=value, not_values=siblings, text=clause.strip(),
                          machine_written=True))
    return facts


# A switch's default: "enable.idempotence defaults to true", "AllowAgentForwarding no, whose default is yes",
# "PermitRootLogin is off by default". The name is a setting's (dotted, snake or camel case, "AllowAgentForwarding");
# the value one of the two sides of a switch. `SWITCH_VALUES` gives each word its side.
SWITCH_VALUES = {"yes": True, "true": True, "on": True, "enabled": True, "no": False, "false": False, "off": False,
                 "disabled": False}
SWITCH = rf"(?:[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)+|{_CAMEL_OR_DOTTED})"  # a setting's name, or "AllowAgentForwarding"
_VALUE = "(?:" + "|".join(SWITCH_VALUES) + ")"
_SWITCH_DEFAULT = [re.compile(pattern) for pattern in (
    # "AllowAgentForwarding no, whose default is yes", "X11Forwarding (default: no)"
    rf"(?<![\w.-])(?P<setting>{SWITCH})(?:\s*[=:]\s*|\s+(?:set\s+to\s+)?)(?:{_VALUE}\b)?\s*[,(]?\s*(?:whose|its|which|the)?"
    rf"\s*default(?:\s+is|\s+being|:)?\s+(?P<value>{_VALUE})\b",
    # "enable.idempotence defaults to true", "PermitRootLogin is off by default", "fsync=on by default"
    rf"(?<![\w.-])(?P<setting>{SWITCH})\s+defaults\s+to\s+(?P<value>{_VALUE})\b",
    rf"(?<![\w.-])(?P<setting>{SWITCH})(?:\s*[=:]\s*|\s+(?:is|are)\s+(?:set\s+to\s+)?)(?P<value>{_VALUE})\s+by\s+default\b",
)]


def _switch_default_facts(clause: str, taken: set[str]) -> list[Fact]:
    """The default of a switch (`_SWITCH_DEFAULT`): an answer that names the switch and calls the other side its default
    contradicts it ("sshd ships with AllowAgentForwarding set to no out of the box"). Said in so many words with
    "default", so a value the speaker chooses ("I'd set AllowAgentForwarding no") is no default."""
    facts: list[Fact] = []
    for pattern in _SWITCH_DEFAULT:
        for match in pattern.finditer(clause):
            setting, value = match.group("setting"), match.group("value")
            if _FILE_NAME.search(setting) or any(f.aliases == [setting] for f in facts):
                continue
            side = SWITCH_VALUES[value.lower()]
            facts.append(Fact(id=fact_id("exclusive", f"default {setting}", taken), subject=f"default {setting}",
                              aliases=[setting], kind="exclusive", value=value,
                              not_values=[w for w, s in SWITCH_VALUES.items() if s != side], text=clause.strip(),
                              machine_written=True))
    return facts


# "When the field isn't set", "if you don't specify one", "if unset": the case a default is for.
UNSET = re.compile(r"\b(?:when|if|whenever)\s+(?:(?:it|you|the\s+[\w.-]+|[\w.-]+)\s+)?(?:is\s+not|isn't|are\s+not|aren't|"
                    r"do\s+not|don't|does\s+not|doesn't)\s+(?:set|specified|specify|given|give|configured|configure|"
                    r"defined|define)\b|\b(?:when|if)\s+(?:unset|omitted|left\s+(?:unset|out|empty))\b", re.IGNORECASE)


def _named_default_facts(clause: str, context: str, taken: set[str]) -> list[Fact]:
    """A default that is a name, not a number ("Session mode, the default, ..."), against its siblings in the
    rubric ("transaction mode", "statement mode"): an answer that calls a sibling the default contradicts it."""
    # A setting's default holds whatever the clause's condition ("When several policies exist, selectPolicy ...").
    facts: list[Fact] = _enum_default_facts(clause, taken, context)
    if _CONDITIONAL.match(clause) or _NEGATION.search(clause):
        return facts
    for pattern in _NAMED_DEFAULT:
        for match in pattern.finditer(clause):
            value, head = match.group("x"), match.group("head")
            if value.lower() in _NOT_A_VALUE or head.lower() in STOPWORDS or not content_words(value) \
                    or re.search(r"\d", digits(f"{value} {head}")):
                continue  # "ten times the default" is a number, not a named default
            siblings = sorted({f"{m.group(1).lower()} {head}" for m in re.finditer(rf"\b([A-Za-z][\w-]*) {re.escape(head)}s?\b", context)
                               if m.group(1).lower() not in _NOT_A_VALUE | {value.lower()} and content_words(m.group(1))
                               and not re.search(r"\d", digits(m.group(1)))})  # "two modes" names no mode
            if not siblings:
                continue
            subject = f"default {head}"
            facts.append(
                Fact(
                    id=fact_id("exclusive", subject, taken),
                    subject=subject,
                    kind="exclusive",
                    value=f"{value.lower()} {head}",
                    not_values=siblings,
                    text=clause.strip(),
                    machine_written=True,
                )
            )
    return facts


def _phrase(text: str, max_words: int = 5) -> str:
    text = _STOP_AT.sub("", text).strip(" ,.")
    tokens = text.split()
    return " ".join(tokens[:max_words])


_DETERMINERS = frozenset("a an the every each all its their our any some no".split())
_NEG_SEGMENT = re.compile(r"[,;:—–]|\s(?:because|and|but|so that|so|which|that|while|when|if|since|or|unless)\s", re.IGNORECASE)
_CONSEQUENCE = re.compile(r"\b(?:means|meaning|ensures|guarantees|lets|allows)\b", re.IGNORECASE)
_QUOTED = re.compile(r"""(?<!\w)['‘"“][^'’"”]{3,80}['’"”](?!\w)""")
_ADVERBS = frozenset("yet really always quite very just only even necessarily exactly entirely fully strictly".split())


_APPOSITIVE_START = re.compile(r"(?:a|an|the|which|who|formerly|previously|originally|once)\b", re.IGNORECASE)
_OPENING_PHRASE = re.compile(r"(?:in|on|at|for|with|since|after|before|when|if|by|from|under|during|until|as of)\b",
                             re.IGNORECASE)


_SPEAKER_CHOICE = re.compile(r"\s*(?:(?:so|and|but|then|here)\s+)?(?:i|we)(?:'d|'ll|\s+would|\s+will|\s+should)\b",
                             re.IGNORECASE)


def _exclusive_facts(clause: str, taken: set[str]) -> list[Fact]:
    facts: list[Fact] = []
    masked = mask_brackets(clause)
    for pattern in (_EXCLUSIVE, _NOT_X):
        for match in pattern.finditer(masked):
            wrong = _phrase(_DETERMINER.sub("", clause[match.start("not") : match.end("not")].strip()))
            head = re.sub(r"\s*\([^)]*\)", "", clause[: match.start()]).strip(" ,")
            wrong = _DETERMINER.sub("", re.sub(r"^(?:into|in|on|by|with|to|from|at|for)\s+", "", wrong))
            if re.match(r"^\w+ing\b", wrong) or not content_words(wrong):
                continue  # "instead of waiting forever": an alternative action, not a wrong value
            # The right side is the phrase after the last verb or preposition before the cue.
            split = re.search(
                r"^(?P<lead>.*\b(?:on|by|in|with|for|to|from|use|uses|using|is|are|via|at|over|into))\s+(?P<value>[^,;:—–]+)$",
                head,
                re.IGNORECASE,
            )
            if not split:
                continue
            value = _phrase(_DETERMINER.sub("", split.group("value").strip()), 6)
            # The subject is in the sentence of the cue. A clause the speaker opens with nothing but a verb ("I'd use
            # local preference rather than weight"; not "I'd set the trace sample rate from traffic volume, not 100%")
            # is their choice of no subject: read from the sentence before, "every router in the AS then exits through
            # A" made "router exits" a subject, and a strong answer's "weight, which only exists on that one router"
            # contradicted it (a blind set).
            lead = re.split(r"(?<=[.!?])\s+", split.group("lead"))[-1]
            own = re.split(r"[,;:—–]|\b(?:because|since|as|so)\b", lead)[-1]
            if _SPEAKER_CHOICE.match(own) and len([w for w in content_words(own) if w.lower() not in _PRONOUNS]) < 2:
                continue
            segments = [seg for seg in re.split(r"[,;:—–]", lead) if content_words(seg)]
            lead_words = [w for w in content_words(segments[-1]) if w not in _PRONOUNS] if segments else []
            if len(lead_words) < 2 and len(segments) > 1:
                # An appositive names no subject of its own: "Parallel GC, the JDK 8 default, is built for batch
                # throughput, not latency" (or "which was the JDK 8 default") is said of Parallel GC (as "the JDK 8
                # default" any answer naming a default and latency contradicted it). Not after an opening phrase: "In
                # JDK 8, the default collector, it is built for ..." is said of the default collector.
                before = segments[-2]
                if len(segments) > 2 and _APPOSITIVE_START.match(before.strip()) and not _OPENING_PHRASE.match(
                        segments[-3].strip()):
                    before = segments[-3]
                lead_words = [w for w in content_words(before) if w not in _PRONOUNS] + lead_words
            subject = " ".join(lead_words[:3])
            if re.search(r"\d", subject):
                continue
            if not subject or not content_words(value) or wrong.lower() in value.lower():
                continue
            facts.append(
                Fact(
                    id=fact_id("exclusive", subject, taken),
                    subject=subject,
                    kind="exclusive",
                    value=value,
                    not_values=[wrong],
                    text=clause.strip(),
                    machine_written=True,
                )
            )
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(clause)]
    for match in _NEG_VERB.finditer(clause):
        if match.group("verb").lower() in {"need", "have", "know", "want", "matter", "make", "get", "go", "be", "mean"}:
            continue
        if match.group("verb").lower() in _ADVERBS or any(a <= match.start() < b for a, b in quoted):
            continue  # "is not yet valid", "isn't really our choice"; a quoted message ('certificate is not yet valid')
        before = clause[: match.start()]
        cuts = list(_NEG_SEGMENT.finditer(before))
        segment = before[cuts[-1].end() :] if cuts else before
        if _CONSEQUENCE.search(segment):
            continue  # "the expiry means a crashed holder can't ...": true only given what the subject leads with
        segment = re.sub(r"\s+(?:either|also|still|only|just|really|simply|even)\s*$", "", segment)
        if re.search(r"\b(?:who|that|which|whose)\s*$", segment, re.IGNORECASE):
            continue  # "users who never opted in, I'd exclude": a relative clause picks out whom, it denies nothing
        if segment.strip().lower() in ("it", "they") and cuts and cuts[-1].group(0).strip().lower() in ("so", "so that"):
            # "the pause time on a GC line starts once ..., so it does not include ...": the previous clause's subject.
            previous = next((p for p in reversed(_NEG_SEGMENT.split(before)[:-1]) if p.strip()), "")
            head = re.match(r"\s*(?i:the|a|an|its|their|each|every)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?(?:\s+(\S+))?", previous)
            if head:
                # "the pause time starts": a two-word subject; "the leader renews every lease": the second word is
                # the verb (a determiner follows it).
                two = head.group(2) and not (head.group(3) and head.group(3).lower() in _DETERMINERS)
                found = f"{head.group(1)} {head.group(2)}" if two else head.group(1)
                segment = found if not set(found.split()) & STOPWORDS else segment
        subject, aliases = _clean_subject(segment)
        obj = _phrase(re.sub(r"^(?:or|and|but|nor|because|since|so)\b.*$", "", match.group("object").strip()), 4)
        obj = re.sub(r"(?:\s+(?:at|in|on|for|of|to|by|with|from|when|than|as))+$", "", obj)
        if not subject or subject.lower() in _PRONOUNS or not content_words(obj):
            continue
        verb = match.group("verb")
        positive = re.search(r"(?:[—–]|,\s*but|;)\s*(?:it|they)\s+(?P<rest>[^.;]+)", clause[match.end() :])
        facts.append(
            Fact(
                id=fact_id("exclusive", subject, taken),
                subject=subject,
                aliases=aliases,
                kind="exclusive",
                value=_phrase(positive.group("rest"), 6) if positive else f"not: {verb} {obj}",
                not_values=[f"{verb} {obj}"],
                text=clause.strip(),
                machine_written=True,
            )
        )
    return facts


_ONLY = re.compile(
    r"^(?:(?:and|but|so|then)\s+)?only\s+(?P<value>(?:the|a|an|one)\s+[\w\-]+(?:\s+[\w\-]+){0,4}?|(?-i:[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?))\s+"
    r"(?P<predicate>(?:can|may|must|should|will|is|are)\s+[a-z]+[^,.;:—–()]{0,40}|[a-z]+s\b[^,.;:—–()]{0,40})",
    re.IGNORECASE,
)
#: The not_values of an "only X" fact: a claim that gives the predicate to everyone contradicts it.
UNIVERSAL = ["any", "every", "all", "each", "both"]


def _only_facts(clause: str, taken: set[str]) -> list[Fact]:
    """"Only the leader accepts writes": subject = the predicate, value = who has it, not_values = universals."""
    match = _ONLY.match(clause.strip())
    if not match or _NEGATION.search(match.group("predicate")):
        return []
    predicate = _phrase(match.group("predicate"), 5)
    value = _DETERMINER.sub("", match.group("value")).strip()
    if not content_words(predicate) or not content_words(value):
        return []
    return [
        Fact(
            id=fact_id("exclusive", predicate, taken),
            subject=predicate,
            kind="exclusive",
            value=value,
            not_values=list(UNIVERSAL),
            text=clause.strip(),
            machine_written=True,
        )
    ]


#: Closed vocabularies whose members exclude each other: a subject the rubric gives one of them has none of the
#: others ("Webhooks are at-least-once" against "webhook deliveries are exactly-once"). Each member is a tuple of
#: the ways to say it.
CATEGORIES: list[tuple[tuple[str, ...], ...]] = [
    (("exactly once",), ("at least once",), ("at most once",)),
    (("strongly consistent", "strong consistency"), ("eventually consistent", "eventual consistency")),
    (("synchronous",), ("asynchronous",)),
    (("stateless",), ("stateful",)),
    (("optimistic",), ("pessimistic",)),
    (("symmetric",), ("asymmetric",)),
]
_MEMBER = {form: (group, member) for group in CATEGORIES for member in group for form in member}
_CATEGORY_TERM = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(f).replace(r"\ ", r"[\s-]+") for f in sorted(_MEMBER, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def category_terms(text: str) -> list[tuple[int, int, str]]:
    """(start, end, form) of every category term in `text`, the form spaced and lower-cased ("exactly-once" is
    "exactly once")."""
    return [(m.start(), m.end(), re.sub(r"[\s-]+", " ", m.group(0).lower())) for m in _CATEGORY_TERM.finditer(text)]


def category_member(form: str) -> tuple[tuple[tuple[str, ...], ...], tuple[str, ...]] | None:
    """(its category, its member) for a category term in any of its forms, or None."""
    return _MEMBER.get(re.sub(r"[\s-]+", " ", form.strip().lower()))


# The term is what the clause says of its subject: "X is/are/stays ...", or "X gives/provides/guarantees ..." with
# the term naming the guarantee itself ("gives exactly-once semantics"), not a property of an object ("TLS uses
# asymmetric keys for the handshake").
_CATEGORY_COPULA = re.compile(
    r"\b(?:is|are|was|were|stays?|remains?)\s+(?:(?:only|always|still|fully|truly|inherently|strictly)\s+)*$", re.IGNORECASE
)
_CATEGORY_GIVES = re.compile(r"\b(?:gives?|provides?|guarantees?|offers?|delivers?)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_GUARANTEE_NOUN = re.compile(r"^\s*(?:semantics|delivery|processing|guarantees?)\b|^\s*(?:[,;.]|$)", re.IGNORECASE)
_CONDITIONS = re.compile(r"\b(?:unless|except|if|when|whenever|until|during|once|by default|defaults?)\b", re.IGNORECASE)


def category_verb(text: str, start: int, end: int) -> re.Match | None:
    """The verb that says the category term at [start, end) of the clause's subject, or None."""
    return _CATEGORY_COPULA.search(text[:start]) or (
        _CATEGORY_GIVES.search(text[:start])
        if _GUARANTEE_NOUN.match(text[end:]) or text[start:end].lower().endswith("consistency") else None)


def category_subject(text: str, verb_at: int) -> str | None:
    """The subject of the verb at `verb_at`."""
    return _subject_before(text, verb_at, verb_at)[0]


def _category_facts(clause: str, taken: set[str]) -> list[Fact]:
    """"Webhooks are at-least-once in both directions": subject = the clause's subject, value = the one category
    term it states, not_values = every way to say the other members of its category."""
    found = category_terms(clause)
    if len(found) != 1 or _NEGATION.search(clause) or _CONDITIONAL.match(clause) or _MODAL.search(clause):
        return []
    if _CONDITIONS.search(_CATEGORY_TERM.sub(" ", clause)):
        return []  # "asynchronous unless you set ...", "asynchronous by default": the other member is a setting
    start, end, form = found[0]
    verb = category_verb(clause, start, end)
    if not verb:
        return []
    subject, aliases = _subject_before(clause, verb.start(), verb.start())
    if not subject:
        return []
    group, member = category_member(form)  # type: ignore[misc]
    return [
        Fact(
            id=fact_id("exclusive", subject, taken),
            subject=subject,
            aliases=aliases,
            kind="exclusive",
            value=member[0],
            not_values=[f for other in group if other != member for f in other],
            text=clause.strip(),
            machine_written=True,
        )
    ]


# --- who made what ------------------------------------------------------------------------------------------

# A name: capitalised words ("Red Hat", "Dean and Barroso"), an acronym or a camel-case word, or a quoted title.
_NAME = r"(?:[A-Z][\w.+-]*[A-Za-z0-9+](?:\s+(?:and\s+|&\s+)?[A-Z][\w.+-]*[A-Za-z0-9+]){0,4})"
_TITLE = r"(?:['‘\"“][A-Z][^'’\"”]{2,60}['’\"”])"
_MADE = r"(?:developed|built|created|designed|written|invented|introduced|proposed|published|open-sourced|authored)"
_ATTRIBUTION = [
    # "Oracle's ZGC", "Dean and Barroso's 'The Tail at Scale'"
    re.compile(rf"(?<![\w'’])(?P<owner>{_NAME})['’]s?\s+(?P<thing>{_TITLE}|{_NAME})"),
    # "ZGC, developed by Oracle", "the Raft paper was written by Ongaro", "Shenandoah, which Red Hat built" is below
    re.compile(rf"(?<![\w'’])(?P<thing>{_TITLE}|{_NAME})(?:\s+(?:paper|algorithm|collector|protocol|library|tool))?"
               rf"\s*,?\s+(?:which\s+|that\s+)?(?:(?:was|were)\s+)?(?:originally\s+|first\s+)?{_MADE}\s+"
               rf"by\s+(?P<owner>{_NAME})"),
    # "Google built Borg", "Red Hat developed Shenandoah"
    re.compile(rf"(?<![\w'’])(?P<owner>{_NAME})\s+(?:originally\s+|first\s+)?"
               rf"(?:developed|built|created|designed|wrote|invented|introduced|proposed|published|open-sourced|authored)"
               rf"\s+(?:the\s+)?(?P<thing>{_TITLE}|{_NAME})"),
    # "Shenandoah, which Red Hat built", "Shenandoah, from Red Hat"
    re.compile(rf"(?<![\w'’])(?P<thing>{_TITLE}|{_NAME})\s*,\s+(?:which|that)\s+(?P<owner>{_NAME})\s+"
               rf"(?:developed|built|created|designed|wrote|invented|introduced|proposed|published|open-sourced)\b"),
    re.compile(rf"(?<![\w'’])(?P<thing>{_TITLE}|{_NAME})\s*,\s+(?:originally\s+)?from\s+(?P<owner>{_NAME})(?:\s*[,;.)]|['’]s\b)"),
    # "Piranha, the stale-flag remover Google built", "Supavisor, the pooler Heroku developed for Heroku Postgres"
    re.compile(rf"(?<![\w'’])(?P<thing>{_TITLE}|{_NAME})\s*,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){{1,3}}"
               rf"(?:that\s+|which\s+)?(?P<owner>{_NAME})\s+(?:originally\s+|first\s+)?"
               rf"(?:developed|built|created|designed|wrote|invented|introduced|proposed|published|open-sourced)\b"),
    # "Raft was first described in Google's 2006 Chubby paper", "Raft comes from Stanford's paper"
    re.compile(rf"(?<![\w'’])(?P<thing>{_TITLE}|{_NAME})\s+(?:(?:was|were|is|are)\s+)?(?:first\s+|originally\s+)?"
               rf"(?:described|introduced|proposed|published|presented|defined|comes?|came)\s+(?:in|from)\s+"
               rf"(?:the\s+)?(?P<owner>{_NAME})['’]s\b"),
]
# Capitalised words that begin a clause or stand for the speaker: never an owner or a thing.
_NOT_A_NAME = frozenset("""a an the this that these those it its i i'd we our you your they their he she his her my
so and but or if when then also first second third finally let let's here there what which who yes no ok okay
both each every all some any one two three in on at for with from to by of as after before since until during once
while because although though unless whereas like unlike per into over under""".split())


def attributions(text: str) -> list[tuple[str, str, int, int]]:
    """(owner, thing, start, end) for each "who made what" the text states: "Oracle's ZGC", "ZGC, developed by
    Oracle", "Oracle built ZGC", "ZGC, which Oracle built", "ZGC, from Oracle,"."""
    out: list[tuple[str, str, int, int]] = []
    for pattern in _ATTRIBUTION:
        for match in pattern.finditer(text):
            owner, thing = match.group("owner").strip(), match.group("thing").strip()
            quoted = thing[0] in "'‘\"“"
            if owner.split()[0].lower() in _NOT_A_NAME or owner.lower() == thing.lower() or (
                    not quoted and thing.split()[0].lower() in _NOT_A_NAME):
                continue
            after = text[match.end("thing") :].split(None, 1)
            head = re.match(r"[\w-]+", after[0]).group(0) if after and re.match(r"[\w-]", after[0]) else ""
            thing_last = match.start("thing") > match.start("owner")  # "Oracle's ZGC", "Oracle built ZGC"
            if thing_last and not quoted and head and (head[0].isdigit() or (head.islower() and head not in STOPWORDS)) \
                    and not (head.lower() in _KIND_OF_PRODUCT and " " not in thing and is_coined(thing.lower())):
                continue  # "KEDA's Kafka scaler", "Neon's PgBouncer-based pooler": what they own is the compound
                # (but "Neon's Supavisor pooler" credits Supavisor to Neon: a coined name and the kind of thing it is)
            out.append((owner, thing, match.start(), match.end()))
    return out


# What a named product is, said after its name: "the Supavisor pooler", "the Quadlet feature".
_KIND_OF_PRODUCT = frozenset("""feature pooler proxy protocol tool engine project library daemon service plugin module
extension utility generator algorithm collector scheduler runtime driver""".split())


def _owner_facts(clause: str, taken: set[str], context: str = "") -> list[Fact]:
    """Who made a named thing, said as making ("developed by", "from", "built"), or a paper's authors ("Dean and
    Barroso's 'The Tail at Scale'"); an ordinary possessive ("PostgreSQL's WAL") is a part, not an author. A possessive
    of a coined name ("Podman's Quadlet") is its owner's, but only against the other names the round gives
    (`not_values`, from `context`): "Docker's Quadlet" contradicts it, "Red Hat's Quadlet" (Podman's maker) does not."""
    if _NEGATION.search(clause):
        return []
    facts: list[Fact] = []
    for owner, thing, start, _ in attributions(clause):
        rivals: list[str] = []
        if _ATTRIBUTION[0].match(clause, start) and thing[0] not in "'‘\"“":
            if not _coined_product(owner, thing):
                continue
            rivals = _rivals(context, owner, thing)
            if not rivals:
                continue
        subject = thing.strip("'‘\"“’”")
        facts.append(Fact(id=fact_id("owner", subject, taken), subject=subject, kind="owner", value=owner,
                          not_values=rivals, text=clause.strip(), machine_written=True))
    return facts


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;(] )[A-Z][\w.+-]*[A-Za-z0-9+]|\b[a-z]+[A-Z][\w]*")


def _rivals(context: str, owner: str, thing: str) -> list[str]:
    """The other names a round writes inside its sentences ("Docker", "Neon", "AWS"): who else a coined product
    could be credited to by mistake."""
    found = dict.fromkeys(m.group(0) for m in _MID_SENTENCE_NAME.finditer(context))
    ours = {owner.lower(), thing.lower()}
    return [n for n in found if n.lower() not in ours and n.lower() not in STOPWORDS and not is_unit(n)
            and not n.lower().startswith(owner.lower()[:6]) and not n.lower().startswith(thing.lower()[:6])]


def _coined_product(owner: str, thing: str) -> bool:
    """Whether "Owner's Thing" names a product of the owner's with a coined name no dictionary has ("Podman's Quadlet",
    "Firefox's CRLite"), which belongs to that owner alone, as against a part every such system has ("PostgreSQL's
    WAL", "the Collector's CPU")."""
    return " " not in owner and len(owner) > 2 and " " not in thing and thing[0].isupper() and is_coined(thing.lower())


_GENERIC_NOUN = re.compile(
    r"^(?P<name>\S+)\s+(?:parameter|setting|option|flag|field|directive|property|variable|header|attribute|knob)$",
    re.IGNORECASE)


def _short_names(subject: str) -> list[str]:
    """Shorter names a candidate says for a subject: a dotted setting's own name ("slow_callback_duration" for
    "loop.slow_callback_duration") and a parameter's bare name ("ma" for "ma parameter")."""
    subject = subject.strip()
    out: list[str] = []
    if SETTING_NAME.fullmatch(subject) and "." in subject:
        last = subject.rsplit(".", 1)[1]
        if len(last) >= 6 and SETTING_NAME.fullmatch(last):
            out.append(last)
    generic = _GENERIC_NOUN.match(subject)
    if generic and len(generic.group("name")) >= 2:
        out.append(generic.group("name"))
    return out


def names_its_subject(fact: Fact) -> bool:
    """Whether a fact names its subject as a thing of its own, true wherever the gauntlet mentions it: a setting or a
    flag ("loop.slow_callback_duration", "--learner"), a parameter ("the ma parameter"), a named product or API with
    its version ("asyncio.to_thread", "TaskGroup API"), an owner. A fact about a common noun ("Hard evictions use a
    0-second grace period", "a TCP connection is its 4-tuple") holds where its sentence stands, not in another round."""
    names = [fact.subject, *fact.aliases]
    if fact.kind == "owner" or _GENERIC_NOUN.match(fact.subject.strip()):
        return True
    if fact.kind == "quantity" and re.search(rf"\b{re.escape(fact.subject)}(?:'s)?(?:,\s*which)?\s*,?\s*(?:defaults? to\b|"
                                             rf"[^,;:.]{{0,25}}\bby default\b)", fact.text, re.IGNORECASE):
        return True  # a default is the setting's own ("the visibility timeout, 30 seconds by default")
    if any(SETTING_NAME.search(n) for n in names):
        return True
    return fact.kind in ("version", "definition") and any(
        re.search(r"[a-z][A-Z]|[A-Za-z][._][A-Za-z]|\b[A-Z]{2,}\b", n) for n in names)


def gauntlet_facts(round_: Round, others: Sequence[Round]) -> list[Fact]:
    """The facts an answer to `round_` is checked against: its own, then those of the gauntlet's `others` rounds that
    name their subject as a thing of its own (`names_its_subject`: a round-5 answer that gives the Alt-Svc "ma
    parameter" another default contradicts what round 3 pinned down)."""
    seen = {(f.kind, f.subject.lower(), f.value.lower()) for f in round_.facts}
    out = list(round_.facts)
    texts = [_round_text(r) for r in [round_, *others]]
    everywhere = " ".join(texts)
    for fact in (f for other in others for f in other.facts):
        key = (fact.kind, fact.subject.lower(), fact.value.lower())
        if key not in seen and names_its_subject(fact) and not _another_product_s_default(fact, texts, everywhere):
            seen.add(key)
            out.append(fact)
    return out


def _round_text(round_: Round) -> str:
    """What a round says: its question, strong answer, senior signal, key points and traps."""
    return " ".join([round_.question, round_.strong_answer, round_.senior_signal or "",
                     *(k.text for k in round_.key_points), *(t.question + " " + t.answer for t in round_.traps)])


_CAPITALISED_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]+\b")


def _another_product_s_default(fact: Fact, texts: list[str], everywhere: str) -> bool:
    """Whether a fact is the default of a plainly named setting ("the retention period, seven days by default") of a
    product that its sentence names and the round (`texts[0]`; the other rounds follow) never mentions, a product
    the gauntlet brings up in few of its rounds: "Kafka is a log: records stay for the retention period, seven days
    by default" is Kafka's default in a gauntlet on SQS, not the SQS round's. A setting with a name of its own
    ("maximumPoolSize") is that setting wherever it is said. A name is a capitalised word the gauntlet writes inside a
    sentence and never in lower case (not "Segments", "Records"), and no unit ("GB"). `everywhere`: the texts joined,
    once per round rather than once per fact."""
    if fact.kind != "quantity" or any(SETTING_NAME.search(n) for n in [fact.subject, *fact.aliases]):
        return False
    for match in _CAPITALISED_NAME.finditer(fact.text):
        name = match.group(0)
        if name.lower() in STOPWORDS or is_unit(name) or name.lower() in fact.subject.lower() or re.search(
                rf"\b{re.escape(name.lower())}\b", everywhere) or not re.search(
                rf"(?<=[a-z,;] ){re.escape(name)}\b", everywhere):
            continue  # a common word ("Segments", "Records"), a unit ("GB"), or the subject's own name
        mentioned = [bool(re.search(rf"\b{re.escape(name)}\b", text)) for text in texts]
        if not mentioned[0] and sum(mentioned) * 2 < len(texts):
            return True
    return False


def derive_facts(texts: list[str], question: str = "", taken: set[str] | None = None) -> list[Fact]:
    """The checkable facts stated in `texts` (a round's strong answer, its trap answers); numbers that the
    `question` itself gives are scenario and never become facts. Ids are unique against `taken`."""
    taken = taken if taken is not None else set()
    question_numbers = {_value_text(q.text) for q in find_quantities(digits(question))}
    facts: list[Fact] = []
    seen: set[tuple[str, str, str]] = set()
    context = " ".join(texts)
    for text in texts:
        for rated, clause in _rated_clauses(text):
            found: list[Fact] = []
            for acronym, expansion in _definitions(clause):
                found.append(
                    Fact(
                        id=fact_id("definition", acronym, taken),
                        subject=acronym,
                        kind="definition",
                        value=expansion,
                        text=f"{acronym} stands for {expansion}.",
                        machine_written=True,
                    )
                )
            found += _version_facts(clause, taken)
            found += _exact_version_facts(clause, taken)
            found += _quantity_facts(clause, question_numbers, taken, rated)
            found += _default_facts(clause, taken)
            found += _listed_default_facts(clause, taken)
            found += _named_default_facts(clause, context, taken)
            found += _switch_default_facts(clause, taken)
            found += _only_facts(clause, taken)
            found += _exclusive_facts(clause, taken)
            found += _category_facts(clause, taken)
            found += _owner_facts(clause, taken, context)
            for fact in found:
                fact.aliases += [a for a in _short_names(fact.subject) if a not in fact.aliases]
                key = (fact.kind, fact.subject.lower(), fact.value.lower())
                if key in seen:
                    taken.discard(fact.id)
                    continue
                seen.add(key)
                facts.append(fact)
    return facts


# --- weak answers that are false -----------------------------------------------------------------------

_PLAN = re.compile(
    r"^(?:(?:just|simply|so|sure|well|ok|okay|yeah|honestly)[, ]+)*(?:we|we'd|we'll|we're going to|let's|i'd|i would|i'll|"
    r"i will|you should|you just|have|make|use|add|put|set|run|be|do|try|go|give|ask|store|keep|skip|take|pick|"
    r"choose|rate|block|count|cache|retry|deploy|schedule|write|build|buy|rewrite|wait|ignore|turn|switch|move|agree|"
    r"dismiss|refuse|accept|reject)\b",
    re.IGNORECASE,
)
_RECOMMEND = re.compile(r"\b(?:should|must|ought to|need to|needs to|let's)\b", re.IGNORECASE)
_FALSITY = re.compile(
    r"\b(?:wrong|false|incorrect|untrue|not true|isn't true|myth|misconception|mistaken|conflates?|confuses?|"
    r"actually|in fact|still|only|not|no longer|never|cannot|can't|doesn't|don't|isn't|aren't|won't|didn't|"
    r"does not|do not|is not|are not)\b",
    re.IGNORECASE,
)
_CONCEDES = re.compile(r"^(?:true|correct|right|technically true|partly true|fair)\b|\btrue,? but\b", re.IGNORECASE)


def is_false_claim(text: str, why: str) -> bool:
    """Whether a weak answer is a factual statement that its "why" says is false ("Postgres does ALTER TABLE
    online these days" — "MVCC ... not DDL"), as opposed to a weak plan ("Just rate limit by IP") or an empty
    truth ("Be careful" — "True but empty")."""
    if _PLAN.match(text.strip()) or _RECOMMEND.search(text) or _CONCEDES.search(why.strip()):
        return False
    if "?" in text or len(words(text)) < 3:
        return False
    has_verb = finite_verb_index(text.split()) is not None or bool(
        re.search(r"\b(?:is|are|was|were|does|do|has|have|can|will|handles?|replaces?|works?|takes?|keeps?|locks?|only)\b", text, re.IGNORECASE)
    )
    return has_verb and bool(_FALSITY.search(why))


__all__ = ["UNIVERSAL", "UNSET", "derive_facts", "is_false_claim"]
