"""Agreement, not nearness: what each answer part that similarity brings close to a rubric statement actually
does to it (entails, contradicts, or neither), decided by the claim verifier.

Only the few best-matching parts per key point are verified, so the verifier's cost grows with the rubric,
not with the square of the answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from collections.abc import Iterable
from itertools import combinations

import numpy as np

from grader.quantities import NUMBER_TOKEN, digits, measures, without_examples
from grader.rubric.facts import CATEGORIES
from grader.scoring.answer import AnswerView
from grader.scoring.index import RoundIndex, domain_terms, starts_sentence
from grader.scoring.patterns import has_negation, negated_stems, negative_parity, same_polarity
from grader.scoring.status_codes import codes_in
from grader.text import STOPWORDS, content_words, plain_words, stem
from grader.verify.base import CONTRADICTS, ENTAILS, Verifier

_UNBOUNDED = re.compile(r"\b(?:forever|permanently|indefinitely|never expire|no (?:limit|expiry|expiration|ttl))\b", re.I)
_ANTONYMS = [
    ("more", "fewer"), ("more", "less"), ("faster", "slower"), ("increase", "decrease"), ("higher", "lower"),
    ("larger", "smaller"), ("bigger", "smaller"), ("before", "after"), ("always", "never"), ("synchronous", "asynchronous"),
    ("stateless", "stateful"), ("required", "optional"), ("allow", "block"), ("allows", "blocks"), ("enable", "disable"),
    ("enabled", "disabled"), ("accept", "reject"), ("accepts", "rejects"), ("minimum", "maximum"), ("older", "newer"),
    ("first", "last"), ("inside", "outside"), ("client", "server"), ("safe", "unsafe"), ("same", "different"),
    ("replaces", "complements"), ("replace", "complement"), ("increases", "decreases"), ("cheaper", "more expensive"),
    ("read", "write"), ("reads", "writes"), ("upgrade", "downgrade"), ("at least", "at most"),
] + [(a, b) for group in CATEGORIES for x, y in combinations(group, 2) for a in x for b in y]  # "exactly once", "at least once"


_PHRASES = sorted({w for pair in _ANTONYMS for w in pair if " " in w})


@dataclass(frozen=True)
class AgreementParams:
    top_k: int = 3  # answer parts verified per key point (the most similar ones)
    min_similarity: float = 0.3  # parts less similar than this are not about the key point at all
    # A part contradicts a statement when p(contradicts) reaches this and beats p(entails) by the margin (and a
    # conflict cue is present). Chosen on the dev splits: 0.6/0.2 flagged strong answers (rate-limiter QWK 0.84).
    contradict_at: float = 0.8
    contradict_margin: float = 0.4
    entailed_at: float = 0.5  # a key point that some part entails this well is not contradicted by another part
    # A part this similar to one of the rubric's own statements, with no conflict cue against it, restates the rubric:
    # it contradicts nothing the rubric says (the strong answer pasted verbatim was flagged as a bluff in 6 of 25
    # rounds, its sentences read against other key points).
    restates_at: float = 0.8
    # Verify the nearest part of every key point, even where no verdict can change (its probabilities are then
    # on every key point: the SemEval benchmark uses them as features).
    verify_nearest: bool = False


@lru_cache(maxsize=1024)
def asked_numbers(question: str) -> frozenset[str]:
    """The numbers a question gives ("raise max_connections from 100 to 2000"): said back in an answer ("Raising
    max_connections to 2000 is the wrong fix"), they are the question's figures, not the candidate's."""
    return frozenset(NUMBER_TOKEN.findall(question))


# After a plural noun, not after a verb that takes a clause ("says that isn't so" denies).
_NEGATED_RELATIVE = re.compile(
    r"(?<!\bsays)(?<!\bmeans)(?<!\bthinks)(?<!\bknows)(?<!\bdoes)(?<!\bhas)(?<!\bis)(?<!\bwas)(?<!\bthis)(?<!\bits)"
    r"(?<!\bless)(?<!\bunless)(?<!\balways)(?<=[a-z]s)\s+(?:that|who)\s+(?:still\s+|currently\s+)?"
    r"(?:(?:are|were|do|did|have|can|will)\s*n['’]t|(?:are|were|do|did|have|can|will)\s+not|never|no longer)\s+[\w-]+",
    re.IGNORECASE)


def conflict_cue(premise: str, hypothesis: str, names: frozenset[str] | None = None,
                 asked: frozenset[str] = frozenset()) -> bool:
    """An explainable reason for two statements on one subject to conflict: one negates what the other states, they
    give different numbers (or "forever" against a number), opposite words, or different names for the same role.
    The verifier's contradiction is trusted only with such a cue, so every conflict can be shown and checked.
    `names`: the rubric's names (RoundIndex.names); with them, a capitalised sentence opener is a name only if the
    rubric writes it as one ("Second, ..." against "eBPF exposes ..." is no swapped product). `asked`: the question's
    numbers (`asked_numbers`): said back in the premise, they are no figure of its own against the hypothesis."""
    if states_verbatim(premise, hypothesis):
        return False
    if _swapped_contrast(premise, hypothesis):
        return True
    asserted_p, asserted_h = _asserted(premise, hypothesis), _asserted(hypothesis, premise)
    asserted_p, asserted_h = _without_reasons(asserted_p, asserted_h)
    asserted_h = _without_unmet_contrast(asserted_h, asserted_p)  # the rubric's contrast, never the answer's own
    # A negation inside a restrictive relative clause picks out which things are meant, it denies nothing: "consumers
    # hold onto partitions that aren't moving" says what "members keep the partitions they still own" says (a strong
    # answer of a blind set was read as contradicting it).
    asserted_p, asserted_h = _NEGATED_RELATIVE.sub(" ", asserted_p), _NEGATED_RELATIVE.sub(" ", asserted_h)
    negated_p, negated_h = has_negation(asserted_p), has_negation(asserted_h)
    # "Different from Y" says "not Y", unless the negated side denies that very word ("not independent of heap size").
    contrasted = _CONTRAST.search(asserted_h if negated_p else asserted_p) and not _CONTRAST.search(
        asserted_p if negated_p else asserted_h)
    low_p, low_h = premise.lower(), hypothesis.lower()
    words_p, words_h = _antonym_words(low_p), _antonym_words(low_h)
    opposites = [(x, y) for a, b in _ANTONYMS for x, y in ((a, b), (b, a))
                 if x in words_p and y in words_h and y not in words_p and x not in words_h] if words_p and words_h else []
    # One side's opposite word, itself what the negation denies, is the other side's word: "shouldn't be the same
    # check" says what "must mean different things" says. The negation and the opposite cancel (not so for a negation
    # of something else: "no harm in using the same check", "complements it rather than replacing it").
    if negated_p != negated_h and any(_denies_word(asserted_p if negated_p else asserted_h, x if negated_p else y)
                                      for x, y in opposites):
        return _swapped_name(premise, hypothesis, names)
    opposite = bool(opposites)
    if negated_p != negated_h and not contrasted and not same_polarity(asserted_p, asserted_h) and (
        negative_parity(asserted_p) != negative_parity(asserted_h)
    ) and not _same_condition(asserted_p, asserted_h) and not _same_condition(asserted_h, asserted_p):
        return True
    # A value either side gives as an example ("sets LOCAL_PREF to, say, 200") is no figure to contradict: a strong
    # answer's "local preference ... defaults to 100" was read against it (a blind set). Said by both, it still agrees
    # ("a maxReceiveCount of about 5" and "something like 5, not 1").
    said_h = set(NUMBER_TOKEN.findall(hypothesis))
    numbers_h = set(NUMBER_TOKEN.findall(without_examples(hypothesis)))
    numbers_p = set(NUMBER_TOKEN.findall(without_examples(premise))) - (asked - said_h)
    # "returns a 410" gives no other figure for "a TTL of 300 seconds": a code against a measure is no other value.
    codes_p, codes_h = _codes(premise, numbers_p), _codes(hypothesis, numbers_h)
    if codes_p and _all_measured(hypothesis, numbers_h):
        numbers_p = numbers_p - codes_p
    elif codes_h and _all_measured(premise, numbers_p):
        numbers_h = numbers_h - codes_h
    if numbers_h and (numbers_p and not numbers_p & said_h and not _same_quantity(premise, hypothesis)
                      or _UNBOUNDED.search(premise)):
        return True
    if opposite:
        return True  # one side says only x, the other only y
    return _swapped_name(premise, hypothesis, names)


# "Doesn't build them unless you configure a filter policy" says what "only builds them if you set a filter_policy"
# says: the negation of the one is the "only" of the other (a strong answer was read as contradicting the rubric).
_UNLESS = re.compile(r"\bunless\b", re.IGNORECASE)
_ONLY_IF = re.compile(r"\bonly\b(?:\s+[\w'’-]+){0,8}?\s+(?:if|when|once|after)\b", re.IGNORECASE)


def _same_condition(negated: str, plain: str) -> bool:
    """Whether `negated` denies doing something "unless" a condition holds where `plain` does the same thing "only
    if" it holds: the verb the negation denies is the one "only" restricts ("doesn't build them unless" and "only
    builds them if"; not "doesn't skip them unless", which says the opposite)."""
    only = _ONLY_IF.search(plain)
    if not only or not _UNLESS.search(negated):
        return False
    before = _UNLESS.split(negated, 1)[0]
    if not has_negation(before):
        return False
    denied = negated_stems(before, scope=1)  # the verb right after the negation: "doesn't skip building" skips
    restricted = {stem(w) for w in content_words(only.group(0))[:2]}
    return bool(denied & restricted)


# A contrast added at the end: "..., not how many threads exist", "..., and not the client".
_POSSESSIVE = re.compile(r"['’]s\b")
# Also said without the comma: "survives a PostgreSQL crash but not an OS crash or power loss" (a blind set's strong
# answer that never spoke of OS crashes was read as contradicting it).
_CONTRAST_TAIL = re.compile(r"(?:,\s*(?:and\s+|but\s+)?|\s+but\s+)not\s+((?:[^,;:.!?]|\.(?=\w))+)", re.IGNORECASE)  # "java.lang.X"


def _contrast_stems(words: str) -> set[str]:
    return {stem(w) for w in content_words(_POSSESSIVE.sub("", words))}  # "the record's TTL" names the record


@lru_cache(maxsize=100_000)
def _swapped_contrast(premise: str, hypothesis: str) -> bool:
    """The answer swaps the two sides of the rubric's "X, not Y" into its own "Y, not X" ("Exit code 137 is a
    java.lang.OutOfMemoryError, not the kernel's OOM killer" against "... comes from the kernel's cgroup OOM killer,
    not from a java.lang.OutOfMemoryError"). Both sides say "not", so no negation tells them apart."""
    theirs, ours = _CONTRAST_TAIL.search(hypothesis), _CONTRAST_TAIL.search(premise)
    if not theirs or not ours:
        return False
    denied, main = _contrast_stems(theirs.group(1)), _contrast_stems(hypothesis[: theirs.start()])
    denied_here, main_here = _contrast_stems(ours.group(1)), _contrast_stems(premise[: ours.start()])
    return bool((denied_here - denied) & (main - denied)) and bool((main_here - denied_here) & (denied - main))


@lru_cache(maxsize=100_000)
def _without_unmet_contrast(text: str, other: str) -> str:
    """The rubric statement without a contrast it adds at its end (", not Y") where the answer's part does not state
    Y: "GOMAXPROCS sets the number of Ps, so it caps how many goroutines execute Go code in parallel, not how many
    threads exist" denies nothing of "GOMAXPROCS is how many P's exist", which says nothing of threads (a strong answer
    was read as contradicting it). Against "GOMAXPROCS is how many threads exist" the contrast stays: that says Y, and
    so it does against an answer that denies Y as well ("the kernel's cgroup killer, not an OutOfMemoryError" against
    "..., not from a java.lang.OutOfMemoryError"): both deny it.
    Only ever the rubric's side: an answer's own ", not moving on to another G" is its claim."""
    stems = _contrast_stems
    stated = stems(other)
    denied_there = negated_stems(other)  # what the answer denies ("..., not an OutOfMemoryError")

    def unmet(match: re.Match) -> str:
        denied = stems(match.group(1))
        main = stems(text[: match.start()])
        # The answer denies Y too: by a word of Y's own, never by one of the main clause's (that is the swap "Y, not X").
        also_denied = bool((denied - main) & denied_there) and not (main - denied) & denied_there
        return " " if denied and not denied <= stated and not also_denied else match.group(0)

    rest = _CONTRAST_TAIL.sub(unmet, text)
    return rest if content_words(rest) else text


@lru_cache(maxsize=100_000)
def states_verbatim(premise: str, hypothesis: str) -> bool:
    """Whether the premise says the statement itself, word for word and not denied ("So expiry doesn't cut off
    existing connections; the app has to recycle its connection pool onto new credentials before max_ttl" states
    "The app has to recycle its connection pool onto new credentials before max_ttl": its other clause's negation
    conflicts with nothing)."""
    said, wanted = plain_words(premise), plain_words(hypothesis)
    if len(wanted.split()) < 5 or wanted not in said:
        return False
    found = re.search(r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(wanted.split()) + r"(?![a-z0-9])", premise.lower())
    if not found:
        return False
    lead = re.split(r"[;:,.!?]|\s[—–-]\s", premise[: found.start()])[-1]  # its own clause, up to the statement
    return not (has_negation(lead) or _DENIED_BEFORE.search(plain_words(lead)))


def _all_measured(text: str, numbers: set[str]) -> bool:
    """Whether every number of a text is part of a measure with a unit ("300 seconds", "64 MB")."""
    found = {n for q in measures(text) for n in NUMBER_TOKEN.findall(q.text)}
    return bool(numbers) and numbers <= found


def _codes(text: str, numbers: set[str]) -> set[str]:
    """The HTTP status codes among a text's numbers (compared as codes by the status-code checks, not as figures)."""
    return {str(code.code) for code in codes_in(text)} & numbers if any(len(n) == 3 for n in numbers) else set()


# A clause that sets a condition ("alert if a member has no leader") states no absence: against "alerts on
# etcd_server_has_leader" its "no" denies nothing.
_CONDITION_CLAUSE = re.compile(r"\b(?:if|when|whenever|unless)\b[^,;:—.]*", re.IGNORECASE)


# Words that deny without a negation: "different from Y" says "not Y", and "independent of heap size" says what
# "doesn't grow with heap size" says (a correct ZGC answer read as contradicting the rubric). Not "regardless of",
# which qualifies a claim and denies nothing of it ("retains messages regardless of whether they were consumed").
_CONTRAST = re.compile(r"\b(?:different from|distinct from|unlike|as opposed to|independent(?:ly)? of|unaffected by)\b",
                       re.IGNORECASE)


# The speaker's own doubt ("though I don't remember BIND's default") denies nothing of the claim beside it.
_OWN_DOUBT = re.compile(
    r"\b(?:i|we)\s+(?:don'?t|do not|can'?t|cannot|didn'?t|did not)\s+(?:\w+\s+)?(?:remember|recall|know|say|tell)\b[^,;.]*",
    re.IGNORECASE)


def rule_contradicts(premise: str, hypothesis: str) -> bool:
    """A contradiction a rule finds without the verifier: the premise gives two things each other's role, as the
    rubric contrasts them (`swaps_roles`). (Ruling out what the rubric says can happen, "you won't lose writes"
    against "a failover can lose writes", denying what it says a thing does, "it never waits" against "it waits",
    and opposite stances, "ignores" against "respects", were rules too and were withdrawn: on hostile cases, true
    statements beside the rubric's, they called 5 of 6, and 37 of 55, contradictions.)"""
    return swaps_roles(premise, hypothesis)


# Where a sentence that contrasts two things splits into one clause per thing ("'shared hit' counts blocks found in
# shared_buffers, 'shared read' counts blocks requested from the OS, which may mean disk"): a "which" clause stays
# with the clause it describes.
_ROLE_CLAUSE = re.compile(r"[;:]\s+|,\s+(?!which\b|that\b)(?:and\s+|but\s+|while\s+|whereas\s+)?|\s+(?:and|while|whereas|but)\s+"
                          r"(?=(?:the\s+)?['\"‘“]?\w+(?:\s+\w+)?['\"’”]?\s+\w+s\b)", re.IGNORECASE)


@lru_cache(maxsize=20_000)
def _roles(text: str) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(subject stems, predicate stems, verb) of each clause of `text` that has a subject before its verb (cached: an
    answer part is read against several rubric statements, each statement against every answer)."""
    out = []
    for clause in _ROLE_CLAUSE.split(re.sub(r"\s+", " ", text)):  # one space: a run of odd spaces cost quadratic time
        tokens = [t.strip("'\"‘’“”,.()") for t in clause.split()]
        tokens = [t for t in tokens if t]
        at = _verb_at(tokens)
        if not at or has_negation(clause):
            continue  # a denied role ("hit doesn't mean disk") is no role
        subject = frozenset(stem(w) for w in content_words(" ".join(tokens[:at])))
        predicate = frozenset(stem(w) for w in content_words(" ".join(tokens[at + 1 :])))
        if subject and predicate:
            out.append((subject, predicate, stem(tokens[at])))
    return tuple(out)


def _verb_at(tokens: list[str]) -> int | None:
    """Where a short subject ends: the first auxiliary or third-person verb among the first five words."""
    from grader.rubric.claims import finite_verb_index

    for at in range(1, min(5, len(tokens))):
        if finite_verb_index(tokens[: at + 1]) == at:
            return at
    return None


@lru_cache(maxsize=20_000)
def swaps_roles(premise: str, hypothesis: str) -> bool:
    """Whether the premise gives each of two things the other's role, in one sentence as the rubric does: "shared hit
    counts the blocks fetched from disk, and shared read the ones found in shared_buffers" against "'shared hit' counts
    blocks found in shared_buffers, 'shared read' counts blocks requested from the operating system, which may mean
    disk". Both things must be swapped: one clause alone may be about something else."""
    said, wanted = _roles(premise), _roles(hypothesis)
    if len(said) < 2 or len(wanted) < 2:
        return False
    for (s1, p1, v1), (s2, p2, v2) in combinations(wanted, 2):
        own1, own2 = s1 - s2, s2 - s1
        if not own1 or not own2:
            continue
        only1, only2 = p1 - p2 - s1 - s2, p2 - p1 - s1 - s2
        swapped = set()
        for subject, predicate, verb in said:
            first, second = bool(subject & own1), bool(subject & own2)
            if first == second or verb != (v1 if first else v2):
                continue  # another verb says another thing: "a shared hit avoids the OS" swaps nothing
            mine, theirs = (only1, only2) if first else (only2, only1)
            if predicate & theirs and not predicate & mine:
                swapped.add(first)
            elif predicate & mine:
                break  # one of them said right: no swap
        else:
            if swapped == {True, False}:
                return True
    return False


def _denies_word(text: str, word: str) -> bool:
    """Whether a negation in `text` denies `word` itself: "not the same", "isn't the same", "shouldn't be the same"."""
    return bool(re.search(rf"(?:\b(?:not|never)|n't)\s+(?:(?:be|been|being|quite|exactly|really|necessarily)\s+)?"
                          rf"(?:(?:the|a|an)\s+)?{re.escape(word)}s?\b", text.replace("’", "'"), re.IGNORECASE))


def _asserted(text: str, other: str) -> str:
    """What the text asserts against `other`: without the speaker's doubts, and without its conditional clauses when
    `other` sets no condition ("alert if a member has no leader" against "alerts on etcd_server_has_leader"). Two
    conditions are compared as they are ("retry only if the call is idempotent" against "... is not idempotent")."""
    return _asserted_text(text, bool(_CONDITION_CLAUSE.search(other)))


@lru_cache(maxsize=100_000)
def _asserted_text(text: str, keep_conditions: bool) -> str:
    text = _OWN_DOUBT.sub(" ", text.replace("’", "'"))
    if keep_conditions:
        return text
    rest = _CONDITION_CLAUSE.sub(" ", text)
    return rest if content_words(rest) else text


# A reason given for a claim: "..., since memory can't be throttled", "... because memory is incompressible".
_REASON_CLAUSE = re.compile(r"(?:,\s*|\s+)\b(?:since|because)\b(?!\s+(?:v(?:ersion)?\s*)?\d)[^;.]*", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def _without_reasons(premise: str, hypothesis: str) -> tuple[str, str]:
    """Both sides without their reasons, when both give one: the reasons of one claim are often said once with a
    negation and once without ("since memory can't be throttled" and "because memory is incompressible"), which is
    no conflict of the claims (a strong answer's policy was read as contradicting the rubric's). With no reason on one
    side, or nothing left of a side without it, both stay as they are."""
    if not (_REASON_CLAUSE.search(premise) and _REASON_CLAUSE.search(hypothesis)):
        return premise, hypothesis
    main_p, main_h = _REASON_CLAUSE.sub(" ", premise), _REASON_CLAUSE.sub(" ", hypothesis)
    return (main_p, main_h) if content_words(main_p) and content_words(main_h) else (premise, hypothesis)


def _same_quantity(premise: str, hypothesis: str) -> bool:
    """Different figures for one quantity in other units: "5 minutes" and "300 seconds" (and the same other numbers:
    "retry 10 times" against "retry 3 times" still differs)."""
    texts = digits(premise), digits(hypothesis)
    found = [measures(premise), measures(hypothesis)]  # positions in `texts`: measures reads digits() too
    said, wanted = found
    if not said or not all(any(q.kind == w.kind and q.agrees(w) for w in wanted) for q in said):
        return False
    rest = [set(NUMBER_TOKEN.findall("".join(" " if any(q.start <= i < q.end for q in qs) else ch for i, ch in enumerate(t))))
            for t, qs in zip(texts, found)]
    return not (rest[0] and rest[1] and not rest[0] & rest[1])


# One pass finds every antonym word of a text (a regex per word and pair was a tenth of the scoring time).
_ANTONYM_WORDS = re.compile(
    r"\b(" + "|".join(sorted({re.escape(w) for pair in _ANTONYMS for w in pair if " " not in w}, key=len, reverse=True)) + r")s?\b"
)


@lru_cache(maxsize=100_000)
def _antonym_words(text: str) -> frozenset[str]:
    """The antonym-list words and phrases in a lower-cased text ("more expensive" as well as "more"); a plural
    counts as its word ("clients" names the client)."""
    text = text.replace("-", " ")  # "exactly-once" says "exactly once"
    found = set(_ANTONYM_WORDS.findall(text))
    for phrase in _PHRASES:
        if phrase in text and re.search(rf"\b{re.escape(phrase)}\b", text):
            found.add(phrase)
    return frozenset(found)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*[A-Za-z0-9]\b")


def _names(text: str, known: frozenset[str] | None = None) -> set[str]:
    found = {t.lower() for t in domain_terms([text])}
    for match in _CAPITALISED.finditer(text):
        word = match.group(0).lower()
        if word in STOPWORDS or word in found:
            continue
        if known is None or word in known or not starts_sentence(text, match.start()):
            found.add(word)
    return found


def _abbreviates(short: str, long: str) -> bool:
    """'otel' abbreviates 'opentelemetry', 'k8s' does not abbreviate 'kafka': letters in order, same first letter."""
    if not short or not long or short[0] != long[0]:
        return False
    position = 0
    for char in short:
        position = long.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


# Names given as examples ("the pipeline's OIDC token, like GitHub Actions' id-token or GitLab's id_tokens") are no
# product the claim is about.
_EXAMPLES = re.compile(r"\b(?:like|such as|e\.g\.|for example|for instance|including)\s+[^.;:]*?"
                       r"(?=[.;:]|,\s+(?:so|and|but|which|because|then)\b|$)", re.IGNORECASE)


def _swapped_name(premise: str, hypothesis: str, known: frozenset[str] | None = None) -> bool:
    """The same claim about another product: "Hubble traces process execution" against "Tetragon traces process
    execution". One name differs on each side and the rest of the claim is largely the same; names given as examples
    (`_EXAMPLES`) are left out."""
    names_p, names_h = _names(_EXAMPLES.sub(" ", premise), known), _names(_EXAMPLES.sub(" ", hypothesis), known)
    only_p, only_h = names_p - names_h, names_h - names_p
    only_p = {n for n in only_p if n not in hypothesis.lower() and not any(_abbreviates(n, m) or _abbreviates(m, n) for m in only_h)}
    only_h = {n for n in only_h if n not in premise.lower() and not any(_abbreviates(n, m) or _abbreviates(m, n) for m in names_p)}
    if not only_p or not only_h:
        return False
    rest_h = {stem(w) for w in content_words(hypothesis) if w not in names_h}
    rest_p = {stem(w) for w in content_words(premise) if w not in names_p}
    if not rest_h or len(rest_h & rest_p) / len(rest_h) < 0.5:
        return False
    # In the same role: the two names share a word beside them ("Hubble traces" / "Tetragon traces"), where a list of
    # several things that names one item another way ("peer RTT" against "WAL fsync") swaps nothing.
    return any(_beside_name(premise, a) & _beside_name(hypothesis, b) for a in only_p for b in only_h)


def _beside_name(text: str, name: str) -> set[str]:
    """The stems of the nearest content words before and after each mention of `name` ("Kafka's broker" and
    "Node.js runs" name Kafka and Node)."""
    tokens = [w.lower() for w in re.findall(r"[\w-]+", re.sub(r"(?<=\w)(?:['’]s|\.[a-z]+)\b", "", text))]
    out: set[str] = set()
    for i, token in enumerate(tokens):
        if token == name:
            before = [t for t in tokens[:i] if t not in STOPWORDS]
            after = [t for t in tokens[i + 1 :] if t not in STOPWORDS]
            out |= {stem(t) for t in before[-1:] + after[:1]}
    return out


@dataclass
class KeyPointAgreement:
    entails: float = 0.0  # best p(entails) over the verified parts (of usable parts)
    contradicts: float = 0.0  # best p(contradicts) over the verified parts
    evidence_span: int | None = None  # the span that entails it best
    conflict_unit: int | None = None  # the unit that contradicts it, when one does
    conflicts_with: str | None = None  # the rubric statement it contradicts
    ruled: bool = False  # the conflict is a rule's (`rule_contradicts`), not the verifier's


@dataclass
class Agreement:
    key_points: list[KeyPointAgreement] = field(default_factory=list)
    contradicting_units: set[int] = field(default_factory=set)


def _span_units(answer: AnswerView, span: int) -> list[int]:
    n = len(answer.units)
    return [span] if span < n else [span - n, span - n + 1]


def _stated(answer: AnswerView) -> np.ndarray:
    """The spans that state something: what the candidate says they don't know ("I'm not sure how long negative
    answers are cached", "I don't remember BIND's default") negates and contradicts nothing the rubric says, nor does
    the outcome of a worked example ("say the MINIMUM were 600, then ... for ten minutes")."""
    return answer.usable_spans(answer.doubts | answer.nothing | answer.supposed)


def _jobs(index: RoundIndex, answer: AnswerView, params: AgreementParams) -> list[tuple[int, int, int]]:
    """The (key point, span, rubric text) pairs worth verifying for one answer: of the few parts nearest each key
    point, those with a conflict cue, plus the nearest part of a key point that has one (its entailment can
    overrule a neighbour's conflict). A key point with no cued part is left to similarity: no verdict of the
    verifier could change it, and the verifier is most of the grading time."""
    jobs: list[tuple[int, int, int]] = []
    if not answer.units:
        return jobs
    stated = _stated(answer)
    for k, (vectors, texts) in enumerate(zip(index.kp_vectors, index.kp_texts)):
        # The key point and its aliases, not its parts: a part read alone loses what the sentence around it says
        # ("Modern CDNs purge quickly" is not said of browsers, which the rest of the key point says can't be).
        vectors = vectors[: index.kp_parts_from[k]]
        sims = answer.span_vectors @ vectors.T  # spans x texts
        best_text = sims.argmax(axis=1)
        best = sims.max(axis=1)
        chosen: list[tuple[int, int, int]] = []
        cued = False
        for rank, span in enumerate(np.argsort(-best)[: params.top_k]):
            if best[span] < params.min_similarity:
                break
            premise, hypothesis = answer.spans[span], texts[int(best_text[span])]
            cue = bool(stated[span]) and (conflict_cue(premise, hypothesis, index.names, asked_numbers(index.question))
                                          or swaps_roles(premise, hypothesis))
            cued |= cue
            if rank == 0 or cue:
                chosen.append((k, int(span), int(best_text[span])))
        if cued or params.verify_nearest:
            jobs.extend(chosen)
    return jobs


def check_agreements(
    items: list[tuple[RoundIndex, AnswerView]], verifier: Verifier, params: AgreementParams
) -> list[Agreement]:
    """Agreement for many answers with one verifier call: the pairs of all answers go to the verifier together,
    so its worker threads stay busy across answers (each pair is still read on its own)."""
    all_jobs = [_jobs(index, answer, params) for index, answer in items]
    pairs = [(answer.spans[span], index.kp_texts[k][text])
             for (index, answer), jobs in zip(items, all_jobs) for k, span, text in jobs]
    probabilities = verifier.verify(pairs) if pairs else np.zeros((0, 3), dtype=np.float32)
    out: list[Agreement] = []
    cursor = 0
    for (index, answer), jobs in zip(items, all_jobs):
        out.append(_decide(index, answer, jobs, probabilities[cursor : cursor + len(jobs)], params))
        cursor += len(jobs)
    return out


def check_agreement(index: RoundIndex, answer: AnswerView, verifier: Verifier, params: AgreementParams) -> Agreement:
    return check_agreements([(index, answer)], verifier, params)[0]


def _decide(index: RoundIndex, answer: AnswerView, jobs: list[tuple[int, int, int]], probabilities: np.ndarray,
            params: AgreementParams) -> Agreement:
    n_kp = len(index.key_points)
    results = [KeyPointAgreement() for _ in range(n_kp)]
    contradicting: set[int] = set()
    stated = _stated(answer)
    for (k, span, text), row in zip(jobs, probabilities):
        entails, contradicts = float(row[ENTAILS]), float(row[CONTRADICTS])
        result = results[k]
        if entails > result.entails:
            result.entails, result.evidence_span = entails, span
        premise, hypothesis = answer.spans[span], index.kp_texts[k][text]
        # A rule's contradiction (swapped roles) stands of its own, whatever the verifier reads.
        by_rule = bool(stated[span]) and rule_contradicts(premise, hypothesis)
        if by_rule or (stated[span] and contradicts >= params.contradict_at and contradicts >= entails +
                      params.contradict_margin and conflict_cue(premise, hypothesis, index.names,
                                                                asked_numbers(index.question))):
            contradicts = 1.0 if by_rule else contradicts
            units = _span_units(answer, span)
            if len(units) > 1 and by_rule:
                # A rule's finding in a pair of sentences is the sentence's that the rule finds on its own.
                units = [u for u in units if stated[u] and rule_contradicts(answer.units[u], hypothesis)][:1]
            if len(units) != 1:
                continue  # a pair of sentences: the single sentence that contradicts is judged on its own
            if restates_rubric(index, answer, units[0], params.restates_at):
                continue
            if own_setting_against_default(answer.units[units[0]], hypothesis):
                continue
            if contradicts > result.contradicts:
                result.contradicts = contradicts
                result.conflict_unit = units[0]
                result.conflicts_with = _conflicting_part(index, k, premise) if by_rule else index.kp_texts[k][text]
                result.ruled = by_rule
    for k, result in enumerate(results):
        # An answer that states a key point somewhere is not marked as contradicting it because another part,
        # usually a neighbouring claim about the same subject, reads as a conflict.
        # (Not by the very part a rule found denying it: what the verifier half-entails there, the rule has ruled out.)
        ruled_here = result.ruled and result.evidence_span is not None and (
            result.conflict_unit in _span_units(answer, result.evidence_span))
        if result.conflict_unit is not None and not ruled_here and (
            result.entails >= result.contradicts or result.entails >= params.entailed_at
        ):
            result.conflict_unit = None
            result.conflicts_with = None
        if result.conflict_unit is not None:
            contradicting.add(result.conflict_unit)
    return Agreement(results, contradicting)


def _conflicting_part(index: RoundIndex, k: int, premise: str) -> str:
    """The part of a compound key point a rule finds contradicted (the sentence that contrasts shared hit and shared
    read, of a key point on all of EXPLAIN BUFFERS), so the reason quotes what the answer conflicts with; the key
    point when no part is (or it has none)."""
    parts = index.kp_texts[k][index.kp_parts_from[k]:]
    return next((part for part in parts if rule_contradicts(premise, part)), index.kp_texts[k][0])


# The candidate's own setting: "I'd size the heap explicitly, MaxRAMPercentage around 70" (a choice, said first).
_OWN_SETTING = re.compile(
    r"^(?:\w+,?\s+){0,2}?(?:i'?d|we'?d|i would|we would|i'?ll|we'?ll)\s+(?:\w+\s+)?(?:set|size|use|pick|choose|give|"
    r"keep|make|configure|put|start|go with|raise|lower|bump|tune|cap|limit|run|leave)\b", re.IGNORECASE)
# A rubric statement of what happens when nobody sets it: "25 percent by default", "without explicit sizing".
_DEFAULT_STATEMENT = re.compile(r"\bdefaults?\b|\bout of the box\b|\bwithout (?:explicit|any) \w+|\bunless (?:you|it is|it's) "
                                r"(?:set|configured|changed)\b", re.IGNORECASE)


def own_setting_against_default(part: str, statement: str) -> bool:
    """Whether an answer part sets a value of the candidate's own choosing where the rubric statement gives what
    happens by default: another value there is a choice, not a conflict ("I'd size the heap explicitly,
    MaxRAMPercentage around 70 or so" against "the maximum heap is MaxRAMPercentage of the limit, 25 percent by
    default"). Not where the part itself speaks of the default ("I'd keep the default of 70 percent")."""
    return bool(_OWN_SETTING.search(part.strip())) and bool(_DEFAULT_STATEMENT.search(statement)) and not (
        _DEFAULT_STATEMENT.search(part))


def restates_rubric(index: RoundIndex, answer: AnswerView, unit: int, at: float) -> bool:
    """Whether an answer part says what one of the rubric's own statements says: nearly the same meaning (cosine at
    least `at`) and no conflict cue against that statement (no other number, negation, opposite or name)."""
    if in_rubric_words(index, answer.units[unit]):
        return True  # the rubric's own words: a strong answer pasted in contradicts nothing
    vectors = index.statement_vectors
    if vectors is None or not len(vectors):
        return False
    sims = vectors @ answer.vectors[unit]
    nearest = int(np.argmax(sims))
    statement = index.statements[nearest]
    return bool(sims[nearest] >= at) and not (conflict_cue(answer.units[unit], statement, index.names,
                                                            asked_numbers(index.question))
                                              or swaps_roles(answer.units[unit], statement))


def in_rubric_words(index: RoundIndex, claim: str) -> bool:
    """Whether a claim is, word for word, part of what the rubric says is true (its strong answer, key points and
    trap answers): it can contradict nothing the rubric says."""
    said = plain_words(claim)
    if len(said) < 20:
        return False
    # Not where the rubric quotes it to deny it: "a common misconception is that offsets never expire", "never set
    # acks=0 for payments".
    truth = index.plain_truth
    at = truth.find(said)  # str.find, not a regex per claim: compiling one per answer part was 5% of grading
    while at != -1:
        if not _DENIED_BEFORE.search(truth[truth.rfind(" | ", 0, at) + 1 : at]):
            return True
        at = truth.find(said, at + 1)
    return False


# Right before the words in the rubric: it quotes them to deny them ("a common misconception is that ...", "never
# ...", "rather than ...").
_DENIED_BEFORE = re.compile(
    r"\b(?:not|never|no|don t|doesn t|isn t|aren t|won t|myth|misconception|wrong|wrongly|false|mistake|untrue|avoid|"
    r"instead of|rather than|claim|claims|believe|believes|think|thinks)(?:\s+(?:is|was|are))?(?:\s+that)?\s*$"
)


def key_points_of_fact_conflicts(index: RoundIndex, answer: AnswerView, conflicts: list) -> dict[int, tuple[int, str]]:
    """Key point -> (unit, fact text) for exact fact conflicts: of the key points that name the fact's subject, the
    one that shares most words with the fact (one key point per conflict, so a subject named everywhere, such as
    the topic itself, does not mark the whole round contradicted)."""
    from grader.scoring.facts import stem as fact_stem

    def stems(text: str) -> set[str]:
        return {fact_stem(w) for w in re.findall(r"[A-Za-z0-9]+", text.lower())}

    kp_stems = [set().union(*(stems(t) for t in texts)) for texts in index.kp_texts]
    out: dict[int, tuple[int, str]] = {}
    for conflict in conflicts:
        if conflict.quote not in answer.units:
            continue
        unit = answer.units.index(conflict.quote)
        subjects = [stems(n) for n in [conflict.fact.subject, *conflict.fact.aliases]]
        fact_words = stems(conflict.fact.text)
        naming = [k for k, kp in enumerate(kp_stems) if k not in out and any(s and s <= kp for s in subjects)]
        if naming:
            best = max(naming, key=lambda k: len(kp_stems[k] & fact_words))
            out[best] = (unit, conflict.fact.text)
    return out


def key_point_stating(index: RoundIndex, statement: str, taken: Iterable[int] = ()) -> int | None:
    """The key point that is the rubric sentence `statement`, a clause of it ("The server must agree: by default it
    rejects pings more often than every five minutes ..." of the strong answer's longer sentence) or its words in
    another order, among those not `taken`; one with a figure when several are."""
    said = statement.strip().rstrip(".").lower()
    words = {stem(w) for w in content_words(statement)}

    def states(text: str) -> bool:  # the same words, give or take an article: 80% of the key point's own
        own = {stem(w) for w in content_words(text)}
        plain = text.strip().rstrip(".").lower()
        return bool(plain) and (plain in said or said in plain or (bool(own) and len(own & words) >= 0.8 * len(own)))

    taken = set(taken)
    naming = [k for k, texts in enumerate(index.kp_texts) if k not in taken and any(states(t) for t in texts)]
    with_figure = [k for k in naming if any(measures(t) for t in index.kp_texts[k])]
    return (with_figure or naming or [None])[0]
