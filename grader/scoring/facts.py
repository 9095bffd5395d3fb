"""Exact checks of an answer's claims against a round's facts: numbers, versions, expansions, exclusions.

A contradiction model is weak on numbers ("24 hours" vs "90 days" reads as similar), so this module
compares them exactly. Given the answer's claims (its sentences or clauses) and the round's facts, it
returns every conflict with the candidate's own words and the rubric statement:

- ``quantity``: another duration, size, percentage or status code attached to the fact's subject
  ("keys are kept for 90 days" against "keys are pruned after 24 hours"; "a day" equals "24 hours");
- ``version``: a lower minimum version for the subject, or a higher one stated as the requirement;
- ``definition``: an expansion of the acronym that shares too few words with the rubric's;
- ``exclusive``: one of the fact's ``not_values`` attached to its subject ("limit by IP address");
- ``owner``: the subject credited to another name ("Red Hat's ZGC" against "ZGC, developed by Oracle").

A claim that never names the subject conflicts with nothing. A negated claim ("keys are not kept for 48
hours") is not a contradiction. A hedged one ("I think keys live 48 hours, but I'd check") is returned
with ``hedged`` set: a claim to check, not a bluff. The module is pure: no model, no state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from grader.quantities import (
    Quantity,
    compare_versions,
    digits,
    find_plain_numbers,
    find_quantities,
    find_versions,
    quantity_from_value,
    unit_of_name,
    version_key,
)
from grader.rubric.facts import (
    SETTING_NAME,
    SWITCH_VALUES,
    UNSET,
    attributions,
    category_member,
    category_subject,
    category_terms,
    category_verb,
)
from grader.rubric.schema import Fact
from grader.scoring.patterns import without_factive_frames
from grader.text import STOPWORDS, content_words
from grader.text import stem as _light_stem

_DOUBTS = (  # the speaker doubts a fact ("I think", "I'd check"; not "I'd check the GC logs", an action)
    r"i think|i believe|i guess|i suspect|i (?:don'?t|do not) (?:think|believe)|i'?m not (?:100%|totally|entirely|completely|fully)? ?(?:sure|certain|positive)|"
    r"not (?:totally |entirely |completely |100% )?sure|if i (?:remember|recall)|if memory serves|i want to say|"
    r"i'?d guess|my guess is|i'?m guessing|"
    r"i'?d (?:need|have) to (?:look|check|double[- ]check|verify|confirm)|i'?d check(?!\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:\w+_\w+|logs?|metrics?|dashboards?|graphs?|traces?|alerts?)\b)|(?:i|we) (?:still |would )?(?:need|have) to check|"
    r"look (?:it|that|this) up|off the top of my head|i'?m fuzzy|don'?t quote me|"
    r"i (?:don'?t|do not) (?:remember|recall) (?:exactly|the exact)|if i'?m not mistaken|i (?:could|might|may) be wrong|"
    r"correct me if i'?m wrong|don'?t hold me to|i'?d (?:want to )?double[- ]check|i (?:may|might) be misremembering|"
    r"unless i'?m misremembering"
)
_UNSURE = _DOUBTS + r"|probably|maybe|perhaps|might be|could be"  # ... or is not sure of the claim ("probably")
UNSURE = re.compile(rf"\b(?:{_UNSURE})", re.IGNORECASE)
# Doubt about a fact, not an estimate: a bare "maybe" or "probably" more often offers a value of the speaker's own
# design ("populate Redis with a TTL, maybe five or ten minutes") than doubts one.
DOUBT = re.compile(rf"\b(?:{_DOUBTS})", re.IGNORECASE)
HEDGE = re.compile(  # ... or gives the number as an estimate ("roughly 30", "something like")
    rf"\b(?:{_UNSURE}|something like|(?:roughly|around|about|approximately|~)\s*(?=\d|a |an |one |two |three |four |five |six |ten ))",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|cannot|nor|neither|none)\b(?!-\w)|n't\b|\b(?:rather than|instead of|as opposed to)\b",
    re.IGNORECASE,
)
_REQUIREMENT = re.compile(
    r"\b(?:requires?|required|needs?|needed|introduced|added|landed|since|minimum|at least|came in|arrived|from|brought|"
    r"shipped|released|made GA|"
    r"available (?:from|in|since)|supported (?:from|since)|starting (?:with|from|in)|shipped in)\b",
    re.IGNORECASE,
)
# "3.10, not 5.2", "rather than 5.2": the version after it is the one the claim denies, not one it states.
_DENIED = re.compile(r"\b(?:not|rather than|instead of|isn'?t|aren'?t|no longer|never)\s+(?:(?:an?|the)\s+)?"
                     r"(?:(?:kernel|version|v)\s+)?$", re.IGNORECASE)  # "..., not a 504"


# "It's a myth that ...", "it is not true that ...": what follows is denied as a whole.
_DENIAL_FRAME = re.compile(r"\b(?:a myth|not true|untrue|a misconception|not the case)\s+that\b", re.IGNORECASE)


_AT_LEAST = re.compile(r"\b(?:or (?:newer|later|above|higher)|at least|minimum|and up)\b|\d\+", re.IGNORECASE)


def exact_version(fact: Fact) -> bool:
    """A version fact that says which version something has ("Ubuntu 22.04 ships kernel 5.15"), not which it needs
    at least: any other version given to that subject is wrong, a higher one too."""
    return not _REQUIREMENT.search(fact.text) and not _AT_LEAST.search(fact.text) and not fact.value.endswith("+")


def denies(claim: str) -> bool:
    """Whether the claim frames what it says as false ("it's a myth that BTF needs 5.2")."""
    return bool(_DENIAL_FRAME.search(claim))


def denied(claim: str, start: int) -> bool:
    """Whether the number at `start` is the one the claim denies ("BTF needs 3.10, not 5.2")."""
    return bool(_DENIED.search(claim[max(0, start - 20) : start]))


_OLDER = re.compile(r"\b(?:before|prior to|until|older than|below|pre|earlier than|up to)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Verbs that every status-code sentence has; they say nothing about which situation the code is for.
_STATUS_VERB_WORDS = "get gets return returns returned send sends sent respond responds answer answers http status code".split()
_UNSUPPORTED = re.compile(
    r"n't\b|\b(?:not|no|never|cannot|fails?|failed|breaks?|broken|degraded|unsupported|missing|lacks?|too old|"
    r"older|outdated|legacy)\b",
    re.IGNORECASE,
)
_UNIVERSAL = {"any", "every", "all", "each", "both"}
_UNIVERSAL_RE = re.compile(r"\b(?:any|every|all|each|both)\b(?:\s+[\w-]+){1,4}", re.IGNORECASE)
_NEAR_BEFORE = 80
_NEAR_AFTER = 25


def stem(word: str) -> str:
    """grader.text.stem, also folding a final "e" so that "replace" and "replaces" meet ("replac")."""
    stemmed = _light_stem(word)
    return stemmed[:-1] if len(stemmed) > 4 and stemmed.endswith("e") else stemmed


@dataclass(frozen=True)
class FactConflict:
    """A claim of the answer that a rubric fact contradicts."""

    quote: str  # the candidate's claim, in their own words
    fact: Fact  # the rubric fact it conflicts with
    why: str  # what the candidate said against what the rubric says; quotes only the candidate's words
    hedged: bool = False  # said with uncertainty: a claim to check rather than a confident falsehood


_STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)  # built once: subjects are compared without them on every claim


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


def _name_spans(claim: str, names: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    lowered = claim.lower()
    for name in names:
        name = name.strip()
        if not name or name.split()[0].lower() not in lowered:
            continue  # its first word is not in the claim: no match, and no regex to build
        pattern = r"(?<![\w-])" + r"[\s-]+".join(re.escape(p) for p in name.split()) + r"(?:e?s)?(?![\w-])"
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, claim, re.IGNORECASE)]
    return spans


@lru_cache(maxsize=20_000)
def _claim_words(claim: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, stem) of each word of a claim, read once for all the facts it is checked against."""
    return tuple((m.start(), m.end(), stem(m.group(0).lower())) for m in re.finditer(r"[A-Za-z0-9][\w'-]*", claim))


def _subject_spans(claim: str, fact: Fact) -> list[tuple[int, int]]:
    """Where the claim names the fact's subject: by name or alias, else by the subject's content words
    (stemmed, so "the keys are pruned" names "Keys"); the span runs from the first such word to the last."""
    spans = _name_spans(claim, [fact.subject, *fact.aliases])
    if spans:
        return spans
    if SETTING_NAME.fullmatch(fact.subject.strip()):
        # A setting's name ("default_pool_size"), or the same words said in order ("the default pool size"): other
        # settings that share a word ("maximumPoolSize", "the in-function pool size") are not it.
        spoken = re.sub(r"[_.]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", fact.subject.strip()))
        return _name_spans(claim, [spoken])
    wanted = _stems(fact.subject)
    if not wanted or len(wanted) > 4:
        return []
    found = [(start, end) for start, end, word in _claim_words(claim) if word in wanted]
    hit = {stem(claim[s:e].lower()) for s, e in found}
    # A one- or two-word subject must be named whole; a longer one ("first request in flight") by most words.
    if (len(wanted) <= 2 and hit != wanted) or len(hit) * 2 < len(wanted) + 1:
        return []
    return [(min(s for s, _ in found), max(e for _, e in found))]


_NEW_CLAUSE = re.compile(
    r";|,\s(?:and|but|so|whereas)\s|\s(?:and|but|so|whereas)\s(?=(?:the|a|an|it|they|we|you|i|each|every)\s)",
    re.IGNORECASE,
)


def _owner_distance(
    spans: list[tuple[int, int]], start: int, end: int, text: str | None = None
) -> int | None:
    """How far a number at [start, end) is from the nearest subject mention (before it, or just after it).
    Given the `text`, a number in another clause ("..., so a reaction takes half a minute") is not the
    subject's."""
    best: int | None = None
    for s, e in spans:
        if e <= start and start - e <= _NEAR_BEFORE:
            # A new clause is another subject's, unless it carries on with a pronoun ("slow_callback_duration, and
            # that defaults to one second").
            if text is not None and any(not _PRONOUN_START.match(text[e + m.end() : start])
                                        for m in _NEW_CLAUSE.finditer(text[e:start])):
                continue
            distance = start - e
        elif s >= end and s - end <= _NEAR_AFTER:
            if text is not None and _NEW_CLAUSE.search(text[end:s]):
                continue
            distance = s - end
        elif s <= start < e:
            distance = 0
        else:
            continue
        best = distance if best is None else min(best, distance)
    return best


def _negated(claim: str, start: int, end: int) -> bool:
    """A negation in the 60 characters before the number, or inside it ("keys are not kept for 48 hours")."""
    window = claim[max(0, start - 60) : end]
    return bool(_NEGATION.search(window))


def hedged(claims: Sequence[str], index: int, stated: str | None = None) -> bool:
    """The claim hedges, or a neighbouring clause of the same thought says the speaker is unsure ("... but I'd
    check"). An estimate ("about two thirds", "set to something like 14:31") is about its own number: with the
    `stated` value in question, only an estimate of that value hedges it ("the TTL is 30 days, and the agent renews
    at about two thirds of that" states the 30 days with confidence)."""
    claim = claims[index].replace("’", "'")
    neighbours = [claims[i] for i in (index - 1, index + 1) if 0 <= i < len(claims)]
    if any(UNSURE.search(c.replace("’", "'")) for c in [claim, *neighbours]):
        return True
    if stated and stated.lower() not in claim.lower():
        claim = digits(claim)  # the value as read ("1.5 seconds"), said in words ("one and a half seconds")
    if not HEDGE.search(claim):
        return False
    at = claim.lower().find(stated.lower()) if stated else -1
    if at < 0:
        return True
    return any(m.end() <= at <= m.end() + 2 for m in HEDGE.finditer(claim))


def _consistent_bound(stated: Quantity, expected: Quantity) -> bool:
    bound = stated.bound or ""
    if bound in {"up to", "at most", "no more than", "within", "as much as", "<="}:
        return expected.high <= stated.high * 1.05
    if bound in {"under", "less than", "fewer than", "below", "shorter than", "<"}:
        return expected.high < stated.high * 1.05
    if bound in {"at least", "no less than", "as little as", ">="}:
        return expected.low >= stated.low * 0.95
    if bound in {"over", "more than", "above", "longer than", ">"}:
        return expected.low > stated.low * 0.95
    return False


_DEFAULT = re.compile(r"\b(?:defaults?|by default|out of the box)\b", re.IGNORECASE)
# (Not in the passive: "the visibility timeout can be set as high as 24 hours" says what the setting allows.)
_CHOICE = re.compile(
    r"\b(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll|(?:i|we) (?:run|use|keep)|(?<!\bbe )(?:set|sets|setting|configure|configuring|"
    r"bump|bumping|raise|raising|lower|lowering|increase|increasing|decrease|decreasing|tune|tuning|change|changing)|"
    r"make|for example|for instance|such as|say)\b|\be\.g\.",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[;.!?]\s|,\s+(?:and|but|so|whereas)\s", re.IGNORECASE)
# The default named as what the choice departs from ("600 seconds instead of the default") is no claim about it.
_DEPARTS = re.compile(r"\b(?:instead of|rather than|than|over|from)\s+(?:the\s+|its\s+)?defaults?\b", re.IGNORECASE)


def clause_before(text: str, start: int, width: int = 60, boundaries: re.Pattern = _CLAUSE_START) -> str:
    """The words before `start`, back to the start of their clause (the last match of `boundaries`) and at most
    `width` characters."""
    lead = text[max(0, start - width) : start]
    cut = None
    for cut in boundaries.finditer(lead):
        pass
    return (lead[cut.end() :] if cut else lead).replace("’", "'")


# A clause that opens on a supposition ("if the proxy answers with a 504 and ..., I'd page someone") claims nothing of
# what happens, however far the value or identifier stands from the "if".
_SUPPOSED = re.compile(r"\s*(?:(?:and|but|so|or)\s+)?(?:if|unless|suppose|say)\b", re.IGNORECASE)


def supposed(lead: str, rest: str) -> bool:
    """Whether the value or identifier that `rest` starts with stands in a supposition: its clause (`lead`, the words
    before it) opens on "if" and goes on to a comma, the main clause ("if we went to a 60-second decision wait, memory
    would double"; "if the proxy answers with a 504 and ..., I'd page someone"). With no comma it is the consequence
    ("if the canary has no ready pods Envoy answers with a 504"), a claim."""
    return bool(_SUPPOSED.match(lead)) and "," in rest


def _chosen_value(text: str, stated: Quantity) -> bool:
    """The value is one the speaker chooses ("I'd set the window to 600 seconds") or supposes ("if we went to 60
    seconds"), not one they say is the default ("the window defaults to 600 seconds", "600 seconds by default")."""
    near = _DEPARTS.sub(" ", text[max(0, stated.start - 40) : stated.end + 25])
    lead = clause_before(text, stated.start)
    return bool(_CHOICE.search(lead) or supposed(lead, text[stated.start :])) and not _DEFAULT.search(near)


# A plain number that counts the things named after it ("when two requests want to write", "as soon as 4 gunicorn
# workers write", "one of them waits"), said with no word that makes it a value ("is 3", "to 3", "of 3", "= 3", "3 ...
# by default"), is no setting's value.
_NOT_COUNTED = (r"(?:is|was|has|does|as|its|this|thus|plus|us|yes|less|unless|always|sometimes|perhaps|by|default|"
                r"defaults)")
_COUNTS = re.compile(rf"(?:\s+(?!{_NOT_COUNTED}\b)[a-z][\w-]*){{0,2}}?\s+(?!{_NOT_COUNTED}\b)[a-z][a-z-]*[a-rt-z]s\b"
                     r"|\s+of\s+(?:them|these|those|the|us|our|their|its)\b")
_VALUE_LINK = re.compile(r"(?:\b(?:to|is|of|at|be|was|are|were|default|defaults)|[=:])\s*$", re.IGNORECASE)
_DEFAULT_AFTER = re.compile(r"\bdefaults?\b", re.IGNORECASE)


# "That is 60 million dead rows", "there are 3 replicas": a demonstrative or "there" says how many things, not what a
# setting is set to ("the pool size is 20 connections").
_COUNT_LINK = re.compile(r"\b(?:that|this|there|which)(?:'s|\s+(?:is|are|was|were|means?))\s*$", re.IGNORECASE)


def _counts_things(text: str, stated: Quantity) -> bool:
    before, after = text[max(0, stated.start - 12) : stated.start], text[stated.end : stated.end + 40]
    return bool(_COUNTS.match(text, stated.end)) and (
        not _VALUE_LINK.search(before) or bool(_COUNT_LINK.search(before))) and not _DEFAULT_AFTER.search(after)


# A bare number said as the default of a setting whose name ends in a unit: "periodSeconds defaults to 1" is one
# second, "session.timeout.ms is 10000 by default" ten seconds. The words between name and number only link them.
_NAMED_LINK = re.compile(r"\s*(?:,\s*(?:which|that)\s+)?(?:(?:by\s+default\s+)?(?:defaults\s+to|default\s+(?:is|of)|is|was|"
                         r"sits\s+at|starts\s+at|=|:|of|at)\s*(?:(?:just|only|about|around|roughly)\s+)?)?",
                         re.IGNORECASE)


# A name that owns the value said right after it, at most one word between: "API Gateway's 29 seconds", "Kafka's
# default 7 days" (`_quantity_conflicts`; "it's" is a contraction, no owner).
_POSSESSOR = re.compile(r"(\b[\w./-]+(?:\s+[A-Z][\w-]*)?)['’]s\s+(?:[a-z-]+\s+)?$")


def _named_unit_values(text: str) -> list[tuple[Quantity, str]]:
    """The plain numbers of `text` that follow a unit-named setting (`_NAMED_LINK`) and are called its default,
    each in the unit of the name, with the setting's name."""
    out: list[tuple[Quantity, str]] = []
    for number in find_plain_numbers(text):
        names = [m for m in SETTING_NAME.finditer(text, max(0, number.start - 60), number.start)
                 if _NAMED_LINK.fullmatch(text, m.end(), number.start)]
        unit = unit_of_name(names[-1].group(0)) if names else None
        if not unit:
            continue
        named_at = names[-1].start()
        if not _DEFAULT.search(clause_before(text, named_at) + text[named_at : number.end + 25]):
            continue
        value = quantity_from_value(number.text, unit)
        if value is not None:
            out.append((replace(value, text=text[number.start : number.end], start=number.start, end=number.end),
                        names[-1].group(0)))
    return out


def _quantity_conflicts(claim: str, facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    text = digits(claim)
    # A value said right after its setting's name is that setting's, and no other fact's: "periodSeconds defaults to 1
    # and timeoutSeconds defaults to 10" swaps two defaults, though each value is another's right one.
    named_values = _named_unit_values(text)
    owner_of = {q.start: name.lower() for q, name in named_values}
    named = [q for q, _ in named_values]
    stated_all = find_quantities(text) + named

    # A value another name owns right before it ("below API Gateway's 29 seconds") is that name's, not the subject's (a
    # correct answer's "I keep timeouts short, ..., below API Gateway's 29 seconds" read against the rubric's default
    # timeout). Read once per value; "it's" is a contraction and names no owner.
    possessors: dict[int, set[str]] = {}

    def other_setting(stated: Quantity, fact: Fact) -> bool:
        owner = owner_of.get(stated.start)
        if owner is not None:
            return owner not in {n.strip().lower() for n in (fact.subject, *fact.aliases)}
        if stated.start not in possessors:
            possessor = _POSSESSOR.search(text, 0, stated.start)
            possessors[stated.start] = _stems(possessor.group(1)) if possessor and content_words(possessor.group(1)) else set()
        owned_by = possessors[stated.start]
        return bool(owned_by) and not owned_by & _stems(" ".join((fact.subject, *fact.aliases)))

    # A plain zero is a share too ("a maxUnavailable of zero" against "25 percent"; `Quantity.comparable`). (Against
    # a duration or a size it is read only as it was before, beside a unitless fact: "linger.ms used to default to 0"
    # is a past default, not a claim against "5 milliseconds".)
    unitless, shares = any(not f.unit for f in facts), any(f.unit == "percent" for f in facts)
    stated_all += [n for n in find_plain_numbers(text) if (unitless or shares and n.low == 0)
                   and not _counts_things(text, n) and all(q.start != n.start for q in named)]
    out: list[tuple[Fact, str, str]] = []
    confirmed: set[str] = set()  # facts the claim states correctly: other numbers near them are about something else
    for stated in stated_all:
        for fact in facts:
            if other_setting(stated, fact):
                continue
            expected = quantity_from_value(fact.value, fact.unit)
            if expected is not None and expected.comparable(stated) and expected.allows(stated) and (
                _owner_distance(_subject_spans(text, fact), stated.start, stated.end, text) is not None
            ):
                confirmed.add(fact.id)
    for stated in stated_all:
        candidates: list[tuple[int, Fact, Quantity]] = []
        owned = False  # the value of a fact whose subject is named next to it: "capped at 398 days, and SC-081 ..."
        for fact in facts:
            expected = quantity_from_value(fact.value, fact.unit)
            if expected is None or not expected.comparable(stated) or other_setting(stated, fact):
                continue
            if fact.id in confirmed:
                owned |= expected.allows(stated) and _owner_distance(_subject_spans(text, fact), stated.start, stated.end, text) is not None
                continue
            distance = _owner_distance(_subject_spans(text, fact), stated.start, stated.end, text)
            if distance is None:
                continue
            if expected.kind != stated.kind and not _DEFAULT.search(
                    clause_before(text, stated.start, width=100) + text[stated.start : stated.end + 25]):
                continue  # off by default (0) against "forces a switch every 60 seconds": only a value called the default
            if stated.kind == "status":
                # A status code belongs to a situation: the claim must share some of the fact's own words
                # beyond its subject ("while in flight"), or "a completed retry returns 200" would conflict.
                extra = _stems(fact.text) - _stems(fact.subject) - {stem(w) for w in _STATUS_VERB_WORDS}
                if extra and not (extra & (_stems(text) | _stems(claim))):
                    continue
            candidates.append((distance, fact, expected))
        if not candidates or owned:
            continue
        if _chosen_value(text, stated) and all(_DEFAULT.search(fact.text) for _, fact, _ in candidates):
            continue  # "I'd make it a 600-second window" against "the default is 300 seconds": a choice, not a claim
        if any(expected.allows(stated) or (expected.bound is None and _consistent_bound(stated, expected))
               for _, _, expected in candidates):
            continue
        if _negated(text, stated.start, stated.end):
            continue
        _, fact, expected = min(candidates, key=lambda c: c[0])
        out.append((fact, stated.text, f"{fact.value} {fact.unit or ''}".strip()))
    out += _unbounded_conflicts(text, facts, confirmed | {fact.id for fact, _, _ in out})
    return out


# "Committed offsets never expire", "Stripe keeps keys forever": no limit at all, against a rubric's finite duration.
_FOREVER = re.compile(
    r"\b(?:forever|indefinitely|(?:never|don'?t|do not|doesn'?t|does not|won'?t) (?:ever )?"
    r"(?:expire|expires|get (?:deleted|removed|pruned|purged|cleaned up)|(?:be )?(?:deleted|removed|pruned|purged|cleaned up))"
    r"(?!\s+(?:until|unless|while|before|as long as))|"
    r"no (?:ttl|expiry|expiration|retention limit|time limit))\b",
    re.IGNORECASE,
)
# What makes "no limit" something other than a claim: a condition ("if you set no TTL"), a lack ("without a TTL"),
# a denial before it in the clause ("rather than keeping them indefinitely"), or a choice ("I'd keep them forever").
_NOT_A_CLAIM = re.compile(r"\b(?:if|unless|without|when|whenever|rather than|instead of|not|never|no longer|n't)\b|n't\b",
                          re.IGNORECASE)


_EXPIRY_VERB = re.compile(
    r"\b(?:expire|expires|expired|are (?:kept|deleted|pruned|removed|evicted|dropped|purged)|time out|times out)"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _expiring_thing(text: str, subject: str) -> str | None:
    """What a setting's fact says expires: "Committed offsets also expire after offsets.retention.minutes, ..." ->
    "Committed offsets". Only for "never expire" and "kept forever": other figures said of the thing ("committed
    offsets are flushed every 5 seconds") are not the setting's."""
    at = text.find(subject)
    head = re.split(r"[,;:—–]|\bbecause\b", text[: max(at, 0)])[-1] if at > 0 else ""
    verb = _EXPIRY_VERB.search(head)
    if not verb:
        return None
    words = [w for w in re.findall(r"[\w-]+", head[: verb.start()]) if w.lower() not in {"also", "still", "only", "the", "all"}]
    return " ".join(words[-3:]) if len(words) >= 1 and len(content_words(" ".join(words[-3:]))) >= 2 else None


def _unbounded_conflicts(text: str, facts: list[Fact], settled: set[str]) -> list[tuple[Fact, str, str]]:
    """A claim that the subject of a finite duration is kept with no limit: "offsets never expire" against "committed
    offsets expire after 7 days". Not for a lower bound ("at least 24 hours" allows forever), nor when negated
    ("keys are not kept forever")."""
    out: list[tuple[Fact, str, str]] = []
    for match in _FOREVER.finditer(text.replace("’", "'")):
        lead = clause_before(text, match.start(), width=80)
        if _NOT_A_CLAIM.search(lead) or _CHOICE.search(lead):
            continue
        candidates = []
        for fact in facts:
            expected = quantity_from_value(fact.value, fact.unit)
            if fact.id in settled or expected is None or expected.kind != "duration" or expected.span()[1] == float("inf"):
                continue
            thing = _expiring_thing(fact.text, fact.subject)
            spans = _subject_spans(text, fact) or (_name_spans(text, [thing]) if thing else [])
            distance = _owner_distance(spans, match.start(), match.end(), text)
            if distance is not None:
                candidates.append((distance, fact))
        if candidates:
            fact = min(candidates, key=lambda c: c[0])[1]
            settled.add(fact.id)
            out.append((fact, match.group(0), f"{fact.value} {fact.unit or ''}".strip()))
    return out


def _product_matches(stated: str | None, expected: str | None) -> bool:
    if not stated or not expected:
        return True
    a, b = stated.lower(), expected.lower()
    return a.startswith(b[:6]) or b.startswith(a[:6])


_SINCE_LEAD = re.compile(r"(?:^|[,;:]\s*|\b(?:so|and|but|ok|okay|well)\s+)(?:since|as of|starting with)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _one_phrase(text: str) -> bool:
    """Whether a subject's span is one phrase, so a version inside it is part of its name ("cgroup v2 support"), not
    words of the subject said apart ("partitioning shipped in PostgreSQL 10 with ... hash")."""
    return len(text.split()) <= 4 and not re.search(r"[,;:]", text)


_CLAUSE_BREAK = re.compile(r"[,;:]|\s[—–-]\s|\b(?:while|whereas|but|although)\b", re.IGNORECASE)


# A product's name written in mixed case: "MySQL", "MariaDB", "OpenTofu" (not "HASH", not "Hash").
_MIXED_CASE_NAME = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")


def _product_named_elsewhere(claim: str, at: int, fact: Fact) -> bool:
    """Whether the claim names the fact's product ("PostgreSQL", or "Postgres" for it) only outside the clause of a
    bare version, or names only another product in mixed case ("MySQL has had HASH partitioning since 5.1"): that
    version is another product's."""
    product = fact.unit
    if not product or len(product) < 4:
        return False
    named = [m.start() for m in re.finditer(rf"\b{re.escape(product[:6])}", claim, re.IGNORECASE)]
    if not named:
        own = " ".join([fact.subject, *fact.aliases]).lower()
        return any(not m.group(0).lower().startswith(product[:6].lower()) and m.group(0).lower() not in own
                   for m in _MIXED_CASE_NAME.finditer(claim))
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(claim)]
    start = max((b for b in breaks if b < at), default=0)
    end = min((b for b in breaks if b > at), default=len(claim))
    return not any(start <= n < end for n in named)


def _says_number(claim: str, value: str) -> bool:
    """Whether the claim says the version's number bare somewhere ("hash came in 11")."""
    number = value.rstrip("+")
    return bool(re.search(rf"(?<![\w.]){re.escape(number)}(?![\w]|\.\d)", claim))


def _version_conflicts(claim: str, facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    out: list[tuple[Fact, str, str]] = []
    claim = digits(claim)  # "kernel three point two" is kernel 3.2
    versions = find_versions(claim)
    for fact in facts:
        expected = version_key(fact.value)
        if expected is None:
            continue
        spans = _subject_spans(claim, fact)
        if not spans:
            continue
        stated = []
        for version in versions:
            inside = [(s, e) for s, e in spans if s <= version.start < e]
            if any(_one_phrase(claim[s:e]) for s, e in inside):
                continue  # part of the subject's own name
            if inside and _says_number(claim, fact.value):
                continue  # "partitioning shipped in PostgreSQL 10 with range and list, and hash came in 11"
            if not _product_matches(version.product, fact.unit):
                continue  # a version of something else ("Ubuntu 22.04")
            if not version.product and _product_named_elsewhere(claim, version.start, fact):
                continue  # "MySQL has had HASH partitioning since 5.1, while PostgreSQL only got it in 11"
            if re.match(r"v\d", version.text, re.IGNORECASE) and re.search(r"\bv\d", fact.subject, re.IGNORECASE):
                continue  # "v1" where the subject is itself a "v2" of something ("cgroup v2 support"): its label
            if _owner_distance(spans, version.start, version.end) is None and not (
                    _SINCE_LEAD.search(claim[max(0, version.start - 30) : version.start])
                    and any(s >= version.end for s, _ in spans)):
                continue  # (a "since PostgreSQL 10" frame is about what the rest of its sentence names)
            if denied(claim, version.start):
                continue
            bracket = claim.rfind("(", 0, version.start)
            if bracket >= 0 and ")" not in claim[bracket:version.start] and not any(
                    0 <= bracket - e <= 2 for _, e in spans):
                continue  # "INCLUDE columns (PostgreSQL 11+) can make a B-tree ...": the version of the name before it
            stated.append(version)
        right = [v for v in stated if compare_versions(v.parts, expected) == 0]
        if right:
            frame = _DENIAL_FRAME.search(claim[: right[0].start])
            if frame:  # "it's a myth that BTF needs 5.2": the right version, denied
                out.append((fact, " ".join(claim[frame.start() : right[0].end].split()), fact.value))
            continue  # the right version; higher ones next to it are recommendations
        for version in stated:
            lead = claim[max(0, version.start - 40) : version.start]
            if _OLDER.search(lead):
                continue  # "before 5.2 it didn't exist" agrees with the fact
            order = compare_versions(version.parts, expected)
            # The words around the version and the subject, without the subject's own name ("SET NOT NULL").
            nearest = min(spans, key=lambda span: abs(span[0] - version.start))
            lo, hi = max(0, min(version.start, nearest[0]) - 40), max(version.end, nearest[1]) + 20
            around = claim[lo:hi]
            for start, end in spans:
                if lo <= start < hi:
                    end = min(end, hi)
                    around = around[: start - lo] + " " * (end - start) + around[end - lo :]
            # "3.10, not 5.2": what follows the denial is the other side, not a word about the stated version.
            denial = re.search(r",?\s*\b(?:not|rather than|instead of)\s+(?:kernel\s+|version\s+|v)?\d", around[version.end - lo :],
                               re.IGNORECASE)
            if denial:
                around = around[: version.end - lo + denial.start()]
            cut = _NEW_CLAUSE.search(around, version.end - lo) if nearest[0] < version.start else None
            if cut:  # "X ... since 1.5, so they never hit state": the next clause says nothing of the version (but in
                # "we're on 1.5, and X isn't there yet" the next clause is where X is said to lack it)
                around = around[: cut.start()]
            since = bool(_SINCE_LEAD.search(claim[max(0, version.start - 30) : version.start]))
            if order < 0 and _UNSUPPORTED.search(around) and not since:
                continue  # "on kernel 3.10 the tools won't install": a lower version said not to work agrees (but
                # "since 10 there's no recovery.conf" says when a change came)
            if order < 0 and fact.value.endswith("+") and not _REQUIREMENT.search(lead):
                # The rubric only recommends it from that version ("since 1.25 I'd use PSA"): a lower version
                # contradicts it only as when the thing came ("PSA came in 1.23"), not "PSA was beta in 1.23".
                continue
            if order < 0 or (order > 0 and (_REQUIREMENT.search(" ".join(lead.split()[-4:])) or version.at_least
                                             or exact_version(fact))):
                if _NEGATION.search(around[: version.end - lo]):
                    continue  # "BTF doesn't need 5.8": a negated requirement
                out.append((fact, version.text, fact.value))
                break
    return out


@lru_cache(maxsize=4096)
def _expansion_patterns(name: str, size: int) -> tuple[tuple[re.Pattern, ...], re.Pattern | None, str]:
    """The compiled patterns of `stated_expansion` for one name, built once rather than formatted and looked up in
    `re`'s cache for every claim."""
    escaped = re.escape(name)
    size = max(2, size)
    patterns = (
        re.compile(rf"(?<![\w-]){escaped}\s*\(([^)]{{3,60}})\)", re.IGNORECASE),
        re.compile(rf"(?<![\w-]){escaped},?\s+(?:which\s+)?(?:stands for|is short for|means|is an acronym for|short for)\s+"
                   rf"((?:[\w-]+[\s,]*){{1,{size}}})", re.IGNORECASE),
        re.compile(rf"((?:[\w-]+\s+){{{size - 1}}}[\w-]+)\s*\({escaped}\)", re.IGNORECASE),
    )
    initials = re.sub(r"[^A-Za-z]", "", name).upper()
    spelled = re.compile(rf"(?<![\w-]){escaped},?\s+(?:is|was|means)\s+(?:the|an?)\s+"
                         rf"((?:[A-Z][\w-]*\s+){{{len(initials) - 1}}}[A-Z][\w-]*)") if len(initials) >= 2 else None
    return patterns, spelled, initials


def stated_expansion(claim: str, name: str, size: int) -> str | None:
    """What the claim says `name` stands for ("BTF (BPF Type Format)", "BTF stands for ..."), or None."""
    if name.lower() not in claim.lower():
        return None  # every pattern needs the name itself
    patterns, spelled_pattern, initials = _expansion_patterns(name, size)
    letters = len(initials)
    for index, pattern in enumerate(patterns):
        match = pattern.search(claim)
        if match:
            stated = match.group(1).strip(" ,.;")
            tokens = stated.split()
            if stated.lower() == name.lower() or re.search(r"\d", stated):
                continue
            # "TLS (the handshake part)" or "BTF (see above)" is an aside, not an expansion: an expansion in
            # brackets has about one capitalised or long word per letter of the acronym.
            if index == 0 and not (max(2, letters - 1) <= len(tokens) <= letters + 2 and sum(
                t[:1].isupper() for t in tokens) >= len(tokens) // 2):
                continue
            return stated
    # "BTF is the BPF Transfer Framework": capitalised words whose initials spell the acronym (case-sensitive, so
    # "BTF is the best tool here" is no expansion).
    if spelled_pattern is not None:
        spelled = spelled_pattern.search(claim)
        if spelled and "".join(t[0] for t in spelled.group(1).split()).upper() == initials:
            return spelled.group(1)
    return None


def _definition_conflicts(claim: str, facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    out: list[tuple[Fact, str, str]] = []
    for fact in facts:
        want = _stems(fact.value)
        if not want:
            continue
        for name in [fact.subject, *fact.aliases]:
            stated = stated_expansion(claim, name, len(fact.value.split()))
            if stated and len(want & _stems(stated)) / len(want) < 0.5:
                out.append((fact, f"{name} = {stated}", fact.value))
                break
    return out


# Verbs that say one thing in a rubric's "X cannot stop Y" and a candidate's "X terminates Y": a wrong side's words
# are matched through them.
_SAME_VERB = [
    ("stop", "terminate", "kill", "halt", "abort", "interrupt"),
    ("delete", "remove", "purge", "erase", "drop"),
    ("guarantee", "ensure", "promise"),
    ("start", "begin", "launch"),
    ("block", "reject", "deny", "refuse"),
]
_CANON = {stem(word): stem(group[0]) for group in _SAME_VERB for word in group}


_LIGHT_STEMS = frozenset(stem(w) for w in ("anything", "everything", "something", "thing", "things", "stuff", "work", "way"))


def _canonical_words(phrase: str) -> list[str]:
    """A phrase's content words as the checks compare them: stemmed, without a possessive, each synonym as its
    canonical word ("remove" and "purge" as "delete")."""
    return [_CANON.get(w, w) for w in (stem(re.sub(r"'s?$", "", w)) for w in content_words(phrase.replace("’", "'")))]


def _phrase_present(claim_stems: set[str], phrase: str) -> bool:
    wanted = _canonical_words(phrase)
    if not wanted:
        return False
    claim_stems = claim_stems | {_CANON[w] for w in claim_stems if w in _CANON}
    # Every word that says what is denied: "retry in lockstep" is not "retrying", "expire together" not "expire".
    # Words that name nothing in particular ("evict anything", "the handler's work") may be left out.
    return wanted[0] in claim_stems and all(w in claim_stems for w in wanted if w not in _LIGHT_STEMS)


def _names_subject(wrong: str, subject: set[str]) -> bool:
    """Whether the denied phrase's first word is, by its canonical form, a word of the fact's own subject ("remove"
    in "a delete doesn't remove anything"): a claim that uses it names the subject, not the wrong side."""
    words = _canonical_words(wrong)
    return bool(words) and words[0] in {_CANON.get(w, w) for w in subject}


_OBJECT_WITHIN = 4  # words between the denied verb and its object ("terminates the gRPC handler")


def _verb_takes_object(piece: str, phrase: str) -> bool:
    """The phrase's verb is said with its object after it, as a verb: "replicas expire keys", not "a key expires"
    (the object as subject) nor "report expired keys" (the verb as an adjective)."""
    wanted = [_CANON.get(w, w) for w in (stem(re.sub(r"'s?$", "", w)) for w in content_words(phrase.replace("’", "'")))]
    wanted = [w for w in wanted if w not in _LIGHT_STEMS]
    if len(wanted) < 2:
        return True
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9][\w'-]*", piece.replace("’", "'"))]
    stems = [_CANON.get(stem(re.sub(r"'s?$", "", w)), stem(re.sub(r"'s?$", "", w))) for w in words]
    for i, found in enumerate(stems):
        if found != wanted[0]:
            continue
        after = stems[i + 1 : i + 1 + _OBJECT_WITHIN]
        if wanted[1] in after and not (words[i].endswith("ed") and after[0] == wanted[1]):
            return True
    return False


_DEFAULT_NEAR = 50  # characters between "default" and the value called the default
_CALLED_DEFAULT = re.compile(r"(?<!than the )(?<!than a )\b(?:default|defaults|out of the box)\b", re.IGNORECASE)


# What may follow a name said bare and called the default: the end of its clause or a word that starts a new one, not
# a noun it qualifies ("by default every statement a client sends" calls no statement mode the default).
_BARE_ENDS = r"(?=\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:by default|is|was|and|but|so|which|then)\b)"


@lru_cache(maxsize=1024)
def _called_default_bare(name: str, value: str) -> re.Pattern | None:
    """For a named default or a sibling ("strict mode") that shares its head noun with the default's value ("relaxed
    mode"), the name said without the head and called the default in so many words, as people speak: "defaults to
    strict", "the default is strict", "strict, the default", "strict by default". None for a name of one word or with
    another head."""
    words, head = name.split(), value.split()[-1]
    if len(words) < 2 or words[-1].lower() != head.lower():
        return None
    own = r"\s+".join(re.escape(w) for w in words[:-1])
    return re.compile(rf"\bdefaults?\s+(?:to|is|was)\s+(?:the\s+)?{own}{_BARE_ENDS}|(?<![\w-]){own}"
                      rf"(?:,\s+the\s+default\b|\s+(?:is|was)\s+the\s+default\b|\s+by\s+default\b)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _attached_switch_value(names: str, words: str) -> re.Pattern:
    """One of `words` attached to a switch (`names`) or to "default": "AllowAgentForwarding set to no", "the default
    is no", "no by default", "off out of the box"."""
    return re.compile(
        rf"(?<![\w.-])(?:{names})(?:\s*[=:]\s*|\s+(?:is|was|stays|ships|comes)?\s*(?:set\s+to|defaults\s+to|as)?\s*)"
        rf"(?P<a>{words})\b|\bdefaults?\s*(?:\bis\b|\bto\b|:|=)\s*(?P<b>{words})\b"
        rf"|\b(?P<c>{words})\s+(?:by\s+default|out\s+of\s+the\s+box)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _attached_default(values: tuple[str, ...], names: tuple[str, ...], any_case: bool = False) -> re.Pattern:
    """One of a setting's `values` called its default in so many words: "the default is X", "defaults to X", "the
    default (value of|for) <setting> is X", "by default <setting> is X", "X by default", "X, the default", "X is the
    default" (not "X is the default I'd want", a preference, nor "the default choice", advice). The values as written
    ("5 min by default" names no "Min"), unless `any_case`."""
    said = "|".join(re.escape(v) for v in values)
    said = f"(?i:{said})" if any_case else f"(?-i:{said})"
    setting = "|".join(re.escape(n) for n in names)
    ends = r"(?!\s+(?:i|we|you)\b)(?!\s+(?!(?:for|when|if|in|on|unless|and|but|so|which|because|since|of|out)\b)[a-z])"
    return re.compile(
        rf"\bdefaults?\s*(?:is|was|to|of|:|=)\s*(?:the\s+|set\s+to\s+)?(?P<a>{said})(?![\w-])"
        rf"|\bdefault\s+(?:value\s+)?(?:(?:of|for)\s+)?(?:the\s+)?(?:{setting})\s*(?:is|was|=|:)\s*(?P<c>{said})(?![\w-])"
        rf"|\bby\s+default,?\s+(?:the\s+)?(?:{setting})\s*(?:is|was|=|:)\s*(?P<d>{said})(?![\w-])"
        rf"|(?<![\w-])(?P<b>{said})(?:,\s+the\s+default\b{ends}|\s+(?:is|was)\s+the\s+default\b{ends}|\s+by\s+default\b"
        rf"|\s+out\s+of\s+the\s+box\b)", re.IGNORECASE)


# Someone else's default: an owner ("our Helm chart's template", "the class the cluster comes with has ...") or a
# speaker or agent that sets the value ("it sets selectPolicy to Min by default"): not what the setting defaults to.
_OWNED_BY = re.compile(r"\b(?:our|my|their)\b|\b(?:sets?|setting|configures?|configured|change|make|we\s+use|i\s+use|"
                       r"i'?d|we'?d|prefer|want|has|have|comes\s+with|ships?\s+with)\b", re.IGNORECASE)
_POSSESSOR_WORD = re.compile(r"\b([A-Za-z][\w-]*)['’]s\b")


def _setting_called_default(claim: str, fact: Fact, terms: str) -> str | None:
    """Another of a setting's values called its default (`_attached_default`) in a claim that names the setting. Read
    from the comma piece that holds the value to the end of the match's own (", the default" included): not one that denies
    (past a condition that the field is unset: "when you don't set it"), nor someone else's default (`_OWNED_BY`, a
    possessor or a capitalised name the gauntlet never gives: "On GKE, ... by default on the standard-rwo class"). A
    claim that says the right value as written, or in any case attached to "default" ("defaults to max"), agrees."""
    names = tuple(fact.aliases)
    if not _name_spans(claim, fact.aliases) or re.search(rf"(?<![\w-]){re.escape(fact.value)}(?![\w-])", claim) or (
            _attached_default((fact.value,), names, any_case=True).search(claim)):
        return None
    known = terms or fact.text.lower()
    for found in _attached_default(tuple(fact.not_values), names).finditer(claim):
        start = max(claim.rfind(",", 0, found.start()), claim.rfind(";", 0, found.start())) + 1
        end = min([i for i in (claim.find(",", found.end()), claim.find(";", found.end())) if i >= 0] or [len(claim)])
        piece = UNSET.sub(" ", claim[start:end])
        lead = claim[:end]
        if _NEGATION.search(piece) or _OWNED_BY.search(piece):
            continue
        owners = [w for w in _POSSESSOR_WORD.findall(lead) if w.lower() not in ("it", "that", "what", "there", "here")]
        if any(o.lower() not in known for o in owners):
            continue
        others = [m.group(0) for m in re.finditer(r"(?<=[\w,;:] )[A-Z][\w-]+", lead) if m.group(0) not in fact.not_values
                  and m.group(0) not in fact.aliases]
        if any(n.lower() not in known for n in others):
            continue
        return next(g for g in found.groups() if g)
    return None


def _switch_called_default(claim: str, fact: Fact) -> str | None:
    """The other side of a switch called its default, in the piece of the claim that names the switch: "sshd ships with
    AllowAgentForwarding set to no out of the box", "PermitRootLogin defaults to on", "the default is no". A value is
    read attached to the switch or to "default", never a "no" or "on" elsewhere in the piece ("by default there's no
    reason to", "off by default on hardened images"); a piece that also gives the default's own side agrees."""
    side = SWITCH_VALUES[fact.value.lower()]
    names = "|".join(re.escape(a) for a in fact.aliases)
    same = _attached_switch_value(names, "|".join(w for w, s in SWITCH_VALUES.items() if s == side))
    other = _attached_switch_value(names, "|".join(w for w, s in SWITCH_VALUES.items() if s != side))
    for piece in re.split(r"[,;]|\.\s", claim):
        if not re.search(rf"(?<![\w.-])(?:{names})(?![\w-])", piece, re.IGNORECASE) or not _CALLED_DEFAULT.search(piece):
            continue
        found = other.search(piece)
        if found and not same.search(piece) and not _negated(piece, found.start(), found.start()):
            return next(g for g in found.groups() if g)
    return None


def _names_a_sibling(piece: str, subject: str, terms: str) -> bool:
    """Whether every mention of the subject's head noun in `piece` names another thing of that kind, one the gauntlet
    names too (`terms`, its text lower-cased): "provisioned concurrency" is a sibling of "reserved concurrency", not it
    (a blind set's strong answer, "Provisioned concurrency is the warming feature", was read against "Reserved
    concurrency does not warm anything"). A bare head ("concurrency") may be it, and so may a word before it that the
    gauntlet never puts there ("when you hit maxmemory Redis starts evicting")."""
    named = content_words(subject)
    if len(named) < 2 or not terms:
        return False
    head, own = stem(named[-1].lower()), {stem(w.lower()) for w in named[:-1]}
    said = [w.lower() for w in re.findall(r"[A-Za-z][\w'-]*", piece)]
    before = [(said[i - 1], w) if i else ("", w) for i, w in enumerate(said) if stem(w) == head]
    return bool(before) and all(m and m not in STOPWORDS and stem(m) not in own and re.search(
        rf"(?<![\w'-]){re.escape(m)}\s+{re.escape(w)}(?![\w'-])", terms) for m, w in before)


def _exclusive_conflicts(claim: str, facts: list[Fact], terms: str = "") -> list[tuple[Fact, str, str]]:
    """`terms`: the gauntlet's text, lower-cased (`_names_a_sibling`)."""
    out: list[tuple[Fact, str, str]] = []
    claim_stems = _stems(claim)
    # "not by IP address", "eBPF doesn't replace OTel": agrees or is too tangled to call. The wrong side of an
    # exclusive statement is read clause by clause (below): "the runtime terminates the handler, so you never check".
    negated = bool(_NEGATION.search(without_factive_frames(claim)))
    for fact in facts:
        switch = bool(fact.aliases) and fact.value.lower() in SWITCH_VALUES  # "no" is its value, not a negation
        setting_value = fact.subject.startswith("default ") and bool(fact.aliases) and not switch
        if negated and (_category_fact(fact) or fact.subject.startswith("default ") and not (switch or setting_value) or (
                fact.not_values and all(v.lower() in _UNIVERSAL for v in fact.not_values))):
            continue
        if _category_fact(fact):
            out += _category_conflict(claim, fact)
            continue
        if fact.not_values and all(v.lower() in _UNIVERSAL for v in fact.not_values):
            # "Only the leader accepts writes": the predicate given to everyone ("any replica accepts writes"),
            # with the quantifier right before the predicate.
            # A claim that keeps the exclusivity agrees, whatever its "any" quantifies ("a 2xx of any kind is the only
            # thing that counts"); "not only the leader" does not keep it.
            if _stems(fact.subject) <= claim_stems and not _KEEPS_ONLY.search(claim):
                head = stem(content_words(fact.subject)[0])
                for word in re.finditer(r"[A-Za-z][\w'-]*", claim):
                    if stem(word.group(0).lower()) == head:
                        lead = claim[max(0, word.start() - 40) : word.start()]
                        universal = list(_UNIVERSAL_RE.finditer(lead))
                        # "Any 2xx counts as success" quantifies the one side the fact allows: it gives no one else
                        # the predicate.
                        if universal and not _stems(fact.value) <= _stems(universal[-1].group(0)):
                            out.append((fact, f"{universal[-1].group(0)} {word.group(0)}", f"only {fact.value}"))
                        break
            continue
        if fact.subject.startswith("default "):
            # A named default ("session mode, the default"): only a sibling called the default, close by, conflicts;
            # for a setting's value ("selectPolicy: Max, the default"), in a claim that names the setting.
            if not fact.aliases:
                # A name said without its head noun, called the default in so many words, is the same name:
                # "defaults to strict" calls "strict mode" the default, "relaxed, the default" states "relaxed mode".
                bare = _called_default_bare(fact.value, fact.value)
                stated = fact.value.lower() in claim.lower() or bool(bare and bare.search(claim))
                pieces = [claim]
            elif switch:
                wrong = _switch_called_default(claim, fact)
                if wrong:
                    out.append((fact, wrong, fact.value))
                continue
            else:
                # A setting's value: a word of its own ("Max", not "maximum"), attached to "default".
                wrong = _setting_called_default(claim, fact, terms)
                if wrong:
                    out.append((fact, wrong, fact.value))
                continue
            for piece in pieces if not stated else []:
                said = [m.start() for m in _CALLED_DEFAULT.finditer(piece)]
                wrong = next((w for w in fact.not_values if any(
                    abs(a - m.start()) <= _DEFAULT_NEAR for a in said
                    for m in re.finditer(rf"\b{re.escape(w)}s?\b", piece, re.IGNORECASE)) or (
                    not fact.aliases and (bare := _called_default_bare(w, fact.value)) is not None
                    and bare.search(piece))), None)
                if wrong:
                    out.append((fact, wrong, fact.value))
                    break
            continue
        subject = _stems(fact.subject) - _STOP_STEMS
        # The wrong side must be said of the subject: in the clause that names it. "The security group is drift and
        # the forty resources are an import job" says nothing of the resources being drift.
        pieces: list[str] = []
        names_it = False
        for piece in _NEW_CLAUSE.split(claim):
            # A clause that starts with a pronoun is about the previous clause's subject ("..., and they are drift").
            names_it = bool(_name_spans(piece, [fact.subject, *fact.aliases])) or bool(
                subject and len(subject & _stems(piece)) >= max(1, (len(subject) + 1) // 2)
                and not _names_a_sibling(piece, fact.subject, terms)) or (
                names_it and bool(_PRONOUN_START.match(piece)))
            if names_it and not _NEGATION.search(without_factive_frames(piece)) and not _DISMISSED.search(piece):
                pieces.append(piece)
        if not pieces:
            continue
        # The right side's own words (not those it shares with the wrong side: "complements DNS failover").
        wrong_stems = {stem(w) for v in fact.not_values for w in content_words(v)}
        value = [w for w in (stem(x) for x in content_words(fact.value)) if w not in wrong_stems]
        if value and not fact.value.lower().startswith(("does not", "not:")) and (
            sum(1 for w in value if w in claim_stems) * 3 >= 2 * len(value)
        ):
            continue  # the claim states the right side too: a comparison, not the wrong side alone
        for wrong in fact.not_values:
            if _names_subject(wrong, subject):
                continue  # "A delete doesn't remove anything": "deleted" names the subject, it says no wrong side
            if any(_phrase_present(_stems(piece), wrong) and _verb_takes_object(piece, wrong) for piece in pieces) and (
                    not _another(claim, wrong)):
                out.append((fact, wrong, fact.value))
                break
    return out


_KEEPS_ONLY = re.compile(r"(?<!\bnot )\b(?:only|solely|exclusively)\b", re.IGNORECASE)
# "100% is the wrong target": the wrong side named only to be rejected.
_DISMISSED = re.compile(r"\b(?:wrong|mistaken?|myth|misconception|incorrect|untrue|bad idea|anti-?pattern)\b",
                        re.IGNORECASE)
_PRONOUN_START = re.compile(r"^\s*(?:it|they|these|those|this|that)\b", re.IGNORECASE)


def _category_fact(fact: Fact) -> bool:
    """An exclusive fact whose value and wrong sides are all members of one closed category (`CATEGORIES`)."""
    own = category_member(fact.value)
    return own is not None and bool(fact.not_values) and all(
        (other := category_member(v)) is not None and other[0] == own[0] for v in fact.not_values)


# "Effectively exactly-once", "exactly-once end to end": a qualified result, not the subject's own guarantee.
_QUALIFIED = re.compile(r"\b(?:effectively|practically|basically|end[\s-]to[\s-]end)\s+$", re.IGNORECASE)


def _category_conflict(claim: str, fact: Fact) -> list[tuple[Fact, str, str]]:
    """Another member of the fact's category said of its subject: the term is what the clause's verb says of a
    subject that is the fact's own ("webhook deliveries are exactly-once" against "Webhooks are at-least-once"),
    and the fact's own member is nowhere in the claim."""
    own = category_member(fact.value)
    terms = category_terms(claim)
    if own is None or any(category_member(form) == own for _, _, form in terms):
        return []
    wanted = _stems(fact.subject) - _STOP_STEMS
    for start, end, form in terms:
        member = category_member(form)
        if member is None or member[0] != own[0] or _QUALIFIED.search(claim[:start]):
            continue
        verb = category_verb(claim, start, end)
        subject = category_subject(claim, verb.start()) if verb else None
        if not subject:
            continue
        said = _stems(subject) - _STOP_STEMS
        named = bool(_name_spans(subject, [fact.subject, *fact.aliases]))
        if named or (wanted and wanted <= said and len(said - wanted) <= 1):
            return [(fact, claim[start:end], fact.value)]
    return []


def _another(claim: str, wrong: str) -> bool:
    """The claim names the wrong side only as someone else: "a backend that another client is now using" does not
    tie the lock to the client."""
    head = content_words(wrong)
    if not head:
        return False
    first = re.escape(stem(head[0]))
    mentions = list(re.finditer(rf"\b{first}\w*", claim, re.IGNORECASE))
    return bool(mentions) and all(
        re.search(r"\b(?:another|other|a different|some other)\s+(?:\w+\s+)?$", claim[: m.start()], re.IGNORECASE)
        for m in mentions
    )


def _owner_conflicts(claim: str, facts: list[Fact]) -> list[tuple[Fact, str, str]]:
    """The fact's subject credited to a name that shares no word with the rubric's owner, said plainly."""
    out: list[tuple[Fact, str, str]] = []
    stated = attributions(claim)
    for fact in facts:
        said_of = [(owner, start) for owner, thing, start, _ in stated
                   if thing.strip("'‘\"“’”").lower() == fact.subject.lower()
                   or bool(_name_spans(thing, [fact.subject, *fact.aliases]))]
        own = {w.lower()[:6] for w in re.findall(r"[\w+-]+", fact.value)} - {"and"}
        rivals = {w.lower()[:6] for v in fact.not_values for w in re.findall(r"[\w+-]+", v)}
        for owner, start in said_of:
            # The same name, or its short form ("Postgres" for "PostgreSQL"): a shared word, to its first six letters.
            said = {w.lower()[:6] for w in re.findall(r"[\w+-]+", owner)}
            if own & said or _negated(claim, start, start):
                continue
            if rivals and not rivals & said:
                continue  # a possessive's product credited to a name the round never gives: its maker, perhaps
            out.append((fact, owner, fact.value))
            break
    return out


_CHECKS = {
    "quantity": _quantity_conflicts,
    "version": _version_conflicts,
    "definition": _definition_conflicts,
    "exclusive": _exclusive_conflicts,
    "owner": _owner_conflicts,
}


def find_conflicts(claims: Sequence[str], facts: Sequence[Fact], terms: str = "") -> list[FactConflict]:
    """Every (claim, fact) pair where the claim attaches something else to a subject the fact pins down. `terms`: the
    gauntlet's text, lower-cased (`RoundIndex.gauntlet_text`), for the things it names beside a fact's subject."""
    checks = {**_CHECKS, "exclusive": partial(_exclusive_conflicts, terms=terms)}
    by_kind: dict[str, list[Fact]] = {}
    for fact in facts:
        by_kind.setdefault(fact.kind, []).append(fact)
    conflicts: list[FactConflict] = []
    seen: set[tuple[int, str]] = set()
    for index, claim in enumerate(claims):
        if not claim or not claim.strip():
            continue
        for kind, kind_facts in by_kind.items():
            for fact, stated, expected in checks[kind](claim, kind_facts):
                if (index, fact.id) in seen:
                    continue
                seen.add((index, fact.id))
                why = f'says "{stated}" for {fact.subject}, but the rubric says {expected}: {fact.text}'
                conflicts.append(FactConflict(claim.strip(), fact, why, hedged(claims, index, stated)))
    return conflicts


__all__ = ["FactConflict", "find_conflicts"]
