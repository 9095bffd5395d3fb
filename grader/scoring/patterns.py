"""Weak patterns: parts of the answer that say what a weak candidate says, with polarity checked.

Embeddings place "eBPF replaces OpenTelemetry" and "eBPF doesn't replace OpenTelemetry" close together, so a
match only counts when the answer's part and the pattern's phrasing do not negate each other's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from grader.quantities import Quantity, measures
from grader.result import WeakPatternResult
from grader.scoring.answer import AnswerView
from grader.scoring.index import PatternIndex, RoundIndex
from grader.text import STOPWORDS, content_words, has_predicate, names_only_doubts, stem, words

# "Zero back means the replica has it", "returns zero": zero as the value a call gives back denies nothing. Nor does
# zero as a label: "level-zero", "ring zero", "day zero" (a strong answer's "flushes into a level-zero SST" read as
# denying what "into a sorted SST file in level 0" states).
# "No more than half of RAM" is a bound ("at most half"), not a denial: it states what "half of RAM" states.
_COMPARATIVE = r"(?:more|less|fewer|later|earlier|longer|shorter|greater|higher|lower|bigger|larger|smaller|older|newer)"
_NEGATION = re.compile(
    r"\b(?:not|no|never|none|nothing|nobody|no one|neither|nor|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|didn't|"
    r"isn't|isnt|aren't|arent|wasn't|weren't|shouldn't|wouldn't|couldn't|without|lacks?|lacking|instead of|rather than|"
    r"unlikely|hardly|(?<!above )(?<!below )(?<!than )(?<!over )(?<!under )(?<!returns )(?<!return )(?<!gets )(?<!-)"
    r"(?<!level )(?<!tier )(?<!ring )(?<!day )(?<!phase )(?<!stage )(?<!step )(?<!version )"
    r"zero(?!\s+(?:back|means|returned|comes back|as the)\b))\b(?!-\w)(?!\s+" + _COMPARATIVE + r"\s+than\b)"
    r"|\b(?:is|are|at|equals?)\s+0\b(?![.,]\d)",  # "sv_idle is 0" says "no idle servers"
    re.IGNORECASE,
)


# Someone else's negated verb of knowing asserts what follows ("one thing people don't realise is that each replica
# expires keys on its own" says that each replica does): it negates nothing of the claim. Not the speaker's own
# ("I don't know that replicas do": a doubt).
_FACTIVE = re.compile(
    r"(?<!\bi )(?<!\bwe )\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|never)\s+(?:\w+\s+)?(?:realis|realiz|know|"
    r"knew|notice|appreciat|understand|understood)\w*(?:\s+(?:is|was))?\s+that\b",
    re.IGNORECASE,
)


# A "non-" prefix negates its word: "non-idempotent writes" says what "writes that aren't idempotent" says.
_NON_PREFIX = re.compile(r"\bnon-(?=[a-z])", re.IGNORECASE)


# "I wouldn't worry about fork on Linux" says fork is fine: the frame denies the worry, not the thing.
_NO_WORRY = re.compile(
    r"\b(?:don'?t|do not|wouldn'?t|would not|won'?t|needn'?t|never|no need to)\s+(?:\w+\s+)?(?:worry|fret|bother)\s+about\b",
    re.IGNORECASE)


# "The app isn't accepting fast enough" says the app accepts, too slowly: a negation of degree denies no word of it.
_NOT_ENOUGH = re.compile(
    r"\b(?:not|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|can't|cannot|won't)(?=(?:\s+[\w-]+){1,3}\s+enough\b)",
    re.IGNORECASE)


def without_factive_frames(text: str) -> str:
    """The text with curly apostrophes made straight, negated verbs of knowing ("people don't realise that") and of
    worry ("I wouldn't worry about") blanked, a negation of degree ("isn't accepting fast enough") too, and a "non-"
    prefix read as "not" ("non-idempotent" is "not idempotent")."""
    text = _NO_WORRY.sub(" ", _FACTIVE.sub(" ", text.replace("’", "'")))
    text = _NOT_ENOUGH.sub(lambda m: " " * len(m.group(0)), text)
    return _NON_PREFIX.sub("not ", text)  # "non-" and "not " are as long


_CLAUSE = re.compile(r"[,;.:!?—]|\b(?:but|although|though|whereas)\b", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def has_negation(text: str) -> bool:
    return bool(_NEGATION.search(without_factive_frames(text)))


# Verbs that say something does not happen: "retries don't double-write" says what "stops duplicates" says.
_IMPLICIT_NEGATIVE = re.compile(
    r"\b(?:stops?|stopped|prevents?|prevented|avoids?|avoided|eliminates?|eliminated|rejects|forbids?|disallows?|"
    r"refuses?|refused)\b",  # not "blocks", "drops", "dropped", "rejected": as often nouns ("import blocks", "dropped packets")
    re.IGNORECASE,
)


_ALL_OR_NOTHING = re.compile(r"\b(?:or not at all|all or nothing|or none)\b", re.IGNORECASE)  # idioms that deny nothing


def negative_parity(text: str) -> int:
    """Whether a text says, overall, that something does not happen: negations and not-happening verbs cancel in
    pairs ("doesn't stop duplicates" says duplicates happen)."""
    text = _ALL_OR_NOTHING.sub(" ", without_factive_frames(text))
    return (len(_NEGATION.findall(text)) + len(_IMPLICIT_NEGATIVE.findall(text))) % 2



# Words for a problem are one word to polarity: "replay isn't a concern" denies what "the problem is that it can be
# replayed" states.
_TROUBLE = frozenset("concern concerns problem problems issue issues risk risks worry worries danger dangers".split())


def polarity_stem(word: str) -> str:
    """`stem`, and a final e dropped, so a negated "doesn't replace" meets a stated "replaces"."""
    if word.lower() in _TROUBLE:
        return "problem"
    word = stem(word)
    return word[:-1] if len(word) > 4 and word.endswith("e") and not word.endswith("ee") else word


@lru_cache(maxsize=100_000)
def _stems(text: str) -> frozenset[str]:
    return frozenset(polarity_stem(w) for w in content_words(text))


@lru_cache(maxsize=100_000)
def negation_scopes(text: str, scope: int = 3, adjuncts: bool = True) -> tuple[frozenset[str], ...]:
    """The stems each negation cue denies, one set per cue: the first few content words after it. Without
    `adjuncts`, the scope ends at a preposition after its first word (`negated_words`)."""
    prefixes = {m.start() for m in _NON_PREFIX.finditer(_FACTIVE.sub(" ", text.replace("’", "'")))}
    text = without_factive_frames(text)
    out: list[frozenset[str]] = []
    for match in _NEGATION.finditer(text):
        if match.group(0)[-1] == "0":  # "sv_idle is 0": what comes before is what there is none of
            clause = _CLAUSE.split(text[: match.start()])[-1]
            out.append(frozenset(polarity_stem(w) for w in content_words(clause)[-2:]))
            continue
        clause = _CLAUSE.split(text[match.end():], maxsplit=1)[0]  # negation stops at punctuation or "but"
        # "non-voting learners" ("not voting learners" here) denies the voting, not the learners.
        width = 1 if match.start() in prefixes else scope
        taken = content_words(clause)[:width] if adjuncts else negated_words(clause, width)
        out.append(frozenset(polarity_stem(w) for w in taken))
    return tuple(out)


def negated_stems(text: str, scope: int = 3, adjuncts: bool = True) -> frozenset[str]:
    """Stems of the first few content words after each negation cue: what the text says is not so."""
    return frozenset().union(*negation_scopes(text, scope, adjuncts))


# Strictly, a negation's scope ends where an adjunct starts: "not bundled into the code deploy" denies the bundling,
# not the deploy; "retries don't double-write on the broker" denies the double write, not the broker. Coverage reads
# the scope so (a paraphrase with a contrast still states its key point: evidence recall 0.697 -> 0.721, no pair
# wrongly covered); a weak pattern keeps the wider scope, where a word of the adjunct in conflict is a safe reason not
# to flag a correct answer (the strict scope flagged 4 more strong, adequate or hedged answers on the labelled sets).
_ADJUNCT = frozenset(
    "in into on onto for from with at by of during after before across over under between through until since per via "
    "against within".split())


# Words that stand in for what is denied, not name it: "doesn't do anything for security" denies the security.
_STAND_INS = frozenset("anything something everything actually really".split())


def negated_words(clause: str, width: int) -> list[str]:
    """The first `width` content words of the clause after a negation cue, up to a preposition that follows one."""
    out: list[str] = []
    for word in (w.lower() for w in words(clause)):
        if word in _ADJUNCT and out:
            break
        if word not in STOPWORDS and word not in _STAND_INS and len(word) > 1:
            out.append(word)
            if len(out) == width:
                break
    return out


@lru_cache(maxsize=100_000)
def plain_stems(text: str) -> frozenset[str]:
    """Stems of the clauses that hold no negation cue: what the text states plainly."""
    text = without_factive_frames(text)
    return frozenset().union(*(_stems(c) for c in _CLAUSE.split(text) if not _NEGATION.search(c)))


def same_polarity(unit: str, phrasing: str, adjuncts: bool = True) -> bool:
    """False when one text negates a word that the other states plainly ("doesn't replace" vs "replaces").
    `unit` is the answer's part, `phrasing` the rubric's statement; `adjuncts` as in `negated_stems`.
    A word in a negated clause of both is no conflict: "ten minutes won't cover a rewrite of 500 million rows"
    states "a rewrite on 500 million rows won't fit in ten minutes", though only one negates "rewrite"."""
    unit_scopes, phrasing_scopes = negation_scopes(unit, adjuncts=adjuncts), negation_scopes(phrasing, adjuncts=adjuncts)
    unit_neg, phrasing_neg = frozenset().union(*unit_scopes), frozenset().union(*phrasing_scopes)
    if not unit_neg and not phrasing_neg:
        return True
    # A negation of the one side that denies a word the other side denies too denies the same thing: its other words
    # say more of what is denied. "we don't need custom failure handling" says what "so we don't need to handle them"
    # says, though only the one negates "failure" (a blind set's weak answer was missed).
    unit_neg = frozenset().union(*(x for x in unit_scopes if not x & phrasing_neg), *(x & phrasing_neg for x in unit_scopes))
    phrasing_neg = frozenset().union(*(x for x in phrasing_scopes if not x & unit_neg),
                                     *(x & unit_neg for x in phrasing_scopes))
    unit_plain, phrasing_plain = plain_stems(unit), plain_stems(phrasing)
    # A rubric statement that negates a word in one sentence and states it in another does not deny that word:
    # "Add the new root everywhere. Nothing issues from the new root yet." denies the issuing, not the new root.
    # (Not so for the answer's part, one clause or two: in "skip eBPF, there's nothing eBPF would add" eBPF is the
    # subject of what is denied.)
    # Nor is a word that both negate: "no longer sees client identities" in both, though the rubric's statement
    # also names the client plainly elsewhere ("the client's Certificate is encrypted").
    return not ((unit_neg - phrasing_neg) & phrasing_plain) and not ((phrasing_neg - phrasing_plain - unit_neg) & unit_plain)


_UNIVERSAL = re.compile(r"\b(?:any|every|everyone|everybody|everything|all|always|everywhere|anywhere|no matter|regardless|"
                        r"automatically|completely|entirely)\b",
                        re.IGNORECASE)
_RESTRICTION = re.compile(
    r"\b(?:needs?|needed|requires?|required|depends?|depending|only|recent|newer|modern enough|at least|minimum|"
    r"specific|certain|some)\b",
    re.IGNORECASE,
)


def restricts_universal(unit: str, phrasing: str) -> bool:
    """True when the phrasing claims something holds universally ("eBPF works on any Linux kernel") and the part
    names a restriction without that universal word ("probably needs a recent kernel"): the opposite claim."""
    # A restriction the phrasing says too is part of what both say: "you only pay for what you use" in "Serverless is
    # always cheaper because you only pay for what you use" (a blind set's weak answer was missed).
    own = {m.lower() for m in _RESTRICTION.findall(unit)} - {m.lower() for m in _RESTRICTION.findall(phrasing)}
    return bool(_UNIVERSAL.search(phrasing)) and not _UNIVERSAL.search(unit) and bool(own)


# A part that names a weak answer only to reject it says the opposite of it. Two frames: the claim as the subject of a
# verdict on it ("Retrying every non-200 forever is wrong", "Dropping the event after the last retry isn't enough",
# "Read repair alone won't do it", "Setting -Xmx to the container limit is the classic mistake"), and the claim as
# what others say or do ("A common misconception is that SQS removes the message once it's received", "Some people
# would just set MaxGCPauseMillis to 5", "it's a myth that ...").
_VERDICT = re.compile(
    r"\b(?:is|are|was|were|'s|would be)\s+(?:just\s+|simply\s+|also\s+|still\s+|usually\s+|really\s+|actually\s+)?(?:wrong|"
    r"incorrect|dangerous|no better|no good|not enough|asking for trouble|"
    r"a (?:(?:really|very|pretty|huge|big|real|classic|common|typical|terrible|bad|rookie|costly)\s+)*"
    r"(?:mistake|misconception|myth|trap|anti-?pattern|bad idea|terrible idea|bad practice)|"
    r"the (?:classic|common|usual|typical|textbook) (?:mistake|misconception|trap|anti-?pattern)|"
    r"the wrong (?:fix|approach|answer|call|move|tool|way))\b"
    r"|\b(?:isn't|aren't|wasn't|is not|are not)\s+(?:enough|sufficient)\b"
    r"|\b(?:won't|wouldn't|will not|would not)\s+(?:do it|cut it|help|fix it|work)\b",
    re.IGNORECASE)
_OTHERS_SAY = re.compile(
    r"\b(?:(?:some|many|most|a lot of)\s+(?:people|teams|folks|engineers|candidates|developers)|people|folks|everyone|"
    r"junior (?:engineers|developers|devs))\s+(?:(?:often|still|usually|sometimes|tend to|will|would)\s+)*"
    r"(?:say|says|think|thinks|believe|assume|claim|suggest|argue)\b"
    r"|\b(?:some (?:people|teams|folks|engineers|candidates|developers)|junior (?:engineers|developers|devs))\s+"
    r"(?:(?:will|would|often)\s+)?just\b"
    r"|\b(?:some|people) would (?:say|argue)\b|\b(?:you'd|(?:you|one)\s+(?:would|might|may|could))\s+think\b(?!\s+(?:about|of)\b)|\bi used to think\b"
    r"|\b(?:you're|you are|you'd be|you might be|people are|teams are|it's|it is) (?:tempted|tempting) to\b"
    r"|\bthe naive (?:answer|approach|fix|take|reading) (?:is|would be)\b|\b(?:the|your) first instinct (?:is|might be)\b"
    r"|\bthe (?:\w+ )?mistake (?:i see|people make)\b"
    r"|\bit(?:'s| is| would be|'d be) (?:\w+ )?(?:a (?:\w+ )?(?:mistake|bad idea|terrible idea)|wrong|dangerous) to\b"
    r"|\b(?:a|the) (?:common|classic|popular|widespread|typical) (?:misconception|myth|mistake|misunderstanding|trap|"
    r"pitfall)\b|\b(?<!not )(?<!n't )(?:a myth|untrue|a misconception|not the case) that\b|\b(?<!n't )not true that\b",
    re.IGNORECASE)
# ... unless the speaker sides with them, after the frame or at the start of the next part: "some people
# just use ip_hash, and honestly that's what I'd do", "Some people just use ip_hash. That works fine for us."
_SIDES = (r"\b(?:i|we) (?:agree|would too|do too|think they're right|still think|do the same|did the same|"
          r"would do the same|'d do the same|'d say the same|would say the same|'d go with|went with)\b|"
          r"\bi'd (?:do|say) the same\b|\bthey(?:'re| are) (?:right|not wrong)\b|"
          r"\b(?:that's|that is|which is) (?:right|correct|exactly )?(?:what (?:i'?d|i would|we|i) (?:do|did|use|go with))\b|"
          r"\bthat's right\b|\bthat's correct\b|\bno (?:issues|problems)\b|\bnever had (?:a |any )?(?:problems?|issues?)\b")
_SIDES_WITH = re.compile(_SIDES, re.IGNORECASE)
_SIDES_NEXT = re.compile(
    r"^\W*(?:(?:and|honestly|frankly|yeah|so|actually)\W+)*(?:" + _SIDES + r"|(?:that|it|this)(?:'s| is)? "
    r"(?:works?|worked) (?:fine|well|great)|(?:that|it)'s (?:fine|what (?:i'd|we) (?:do|did|use|go with)))",
    re.IGNORECASE)
# ... and a next part that says the part was wrong retracts it: "You could just bump the TTL to a day. But that's a
# bad idea, clients keep stale records."
_RETRACTS = re.compile(r"^\W*(?:(?:but|and|honestly|though|although|actually)\W+)*(?:that|this)(?=\W)", re.IGNORECASE)
_VERDICT_ENDS = re.compile(r"\s*(?:[,.;:!?]|$|\b(?:because|since|as|here|though)\b)", re.IGNORECASE)
# Where the speaker turns to their own claim: "some people say you need a circuit breaker, but we just retry",
# "... though honestly we just retry", "..., we just retry".
_TURN = re.compile(
    r",\s*(?:but|so|yet|whereas|while|and so|and honestly|and actually)\b|\b(?:but|though|although|however)\b|;|—|"
    r"\.(?=\s|$)|,\s*(?:honestly\s+|actually\s+)?(?:i|we)(?:'d|'ve|'ll| just| actually| always| simply| would| do| did| "
    r"usually| still)\b", re.IGNORECASE)
# Where the subject of a verdict starts: "I'd bump the pool, since <the default of 20> isn't enough".
_SUBJECT_START = re.compile(r"[,;:—]|\b(?:since|because|as|when|whenever|if|so|but|and honestly)\b", re.IGNORECASE)
# A verdict the speaker does not give: "I don't think retrying forever is wrong", "I wouldn't say ... is a mistake".
_NOT_MY_VERDICT = re.compile(r"\b(?:don't|do not|wouldn't|would not|never)\s+(?:\w+\s+)?(?:think|say|call|believe|agree)\b"
                             r"|\bnot (?:sure|convinced)\b", re.IGNORECASE)


def _frames(unit: str, own: frozenset[str], start: int, stop: int, turn: re.Match | None) -> bool:
    """Whether the weak answer's words the part says lie mostly in unit[start:stop] (the framed words): at least half
    of them, and more than after the speaker's `turn` to a claim of their own (", but ...", ", so ...")."""
    framed = own & _part_stems(unit[start:stop])
    after = own & _part_stems(unit[turn.end():]) if turn else frozenset()
    said = own & _part_stems(unit)
    return bool(framed) and 2 * len(framed) >= len(said) and len(framed) > len(after)


def _reported_clauses(unit: str, following: str) -> Iterator[tuple[int, int, int, re.Match | None]]:
    """Each clause of the part that reports what others say, unless the speaker sides with them after the frame or at
    the start of the next part: (where the frame starts, where it ends, where the clause ends, the speaker's turn)."""
    if _SIDES_NEXT.search(following):
        return
    for m in _OTHERS_SAY.finditer(unit):
        if not _SIDES_WITH.search(unit, m.end()):
            turn = _TURN.search(unit, m.end())
            yield m.start(), m.end(), turn.start() if turn else len(unit), turn


def _retracted(following: str) -> bool:
    """Whether the next part opens by calling what came before wrong: "But that's a bad idea, ..."."""
    lead = _RETRACTS.match(following)
    if lead is None:
        return False
    pos = lead.end() + len(following[lead.end():]) - len(following[lead.end():].lstrip())
    verdict = _VERDICT.match(following, pos)
    return verdict is not None and _VERDICT_ENDS.match(following, verdict.end()) is not None


def rejects(unit: str, phrasing: str, following: str = "") -> bool:
    """Whether the part names what `phrasing` says in order to reject it: as the subject of a verdict ("Retrying every
    non-200 forever is wrong"; not "a single retry isn't enough, so retry every call three times", nor "I'd bump the
    pool to 200, since the default isn't enough"), as what others say ("a common misconception is that ..."; not "some
    people say you need a circuit breaker, but we just wrap the call in a retry"), or followed by a part that calls it
    wrong ("But that's a bad idea"). Never when the speaker sides with the others, after the frame or at the start of
    the next part (`following`: "That works fine for us."), nor when the phrasing itself carries the frame (a weak
    answer that is a verdict: "Lowering the TTL won't help")."""
    if _VERDICT.search(phrasing) or _OTHERS_SAY.search(phrasing):
        return False
    own = _part_stems(phrasing)
    if _retracted(following):
        return True
    # What others say is the frame's own clause: "a common misconception is that <weak answer>, but <own claim>".
    # Not when the others' claim holds a verdict of its own ("people say running as root is dangerous, but ...").
    for start, frame_end, stop, turn in _reported_clauses(unit, following):
        if _frames(unit, own, start, stop, turn) and not _VERDICT.search(unit, frame_end, stop):
            return True
    # A verdict's subject comes before it, in its own clause: "<weak answer> is wrong, so <own claim>".
    for m in _VERDICT.finditer(unit):
        starts = [s.end() for s in _SUBJECT_START.finditer(unit, 0, m.start())]
        subject = starts[-1] if starts else 0
        if not _NOT_MY_VERDICT.search(unit, 0, m.start()) and _frames(unit, own, subject, m.start(),
                                                                        _TURN.search(unit, m.end())):
            return True
    return False


def reports_others(unit: str, following: str = "") -> bool:
    """Whether the part only reports what others say or do ("Some people would just train everyone to write eBPF in C",
    "A common misconception is that SQS deletes the message on receipt"): most of its words lie in the frame's own
    clause and the speaker does not side with them. Such a part is the speaker's report, never their claim."""
    said = _part_stems(unit)
    return bool(said) and any(3 * len(_part_stems(unit[start:stop])) >= 2 * len(said)
                              for start, _, stop, _ in _reported_clauses(unit, following))


@dataclass(frozen=True)
class PatternParams:
    threshold: float = 0.62  # similarity from which a part of the answer shows the pattern
    margin: float = 0.0  # how much the pattern must beat the best key point on that part
    why_margin: float = -0.03  # ... and the rubric's own reason why the weak answer is weak
    # Below this similarity the part must also share a word of the weak answer that the question does not ask
    # about: "Workspaces are fine for throwaway per-branch stacks" is near "Workspaces are deprecated, so no" only by
    # topic.
    anchor_below: float = 0.70
    # From this similarity up to `threshold`, a part shows the pattern when it echoes most of the weak answer's own
    # words (`echoes`): "we just run KEYS product:* and delete the matches" says "Use KEYS product:* and delete the
    # matches" at 0.53.
    echo_from: float = 0.50
    echo_share: float = 0.6
    echo_least: int = 3
    # A part that says this many words the rubric's "why" adds to the weak answer (and its correct statements use)
    # says the correction, not the weak answer (`says_correction`); 0 turns the check off. On the 42 labelled sets, 2
    # took 14 weak answers off correct answers (85 -> 71 of 588) and 1 off the 100 correct-review answers, for 3 true
    # ones lost; 1 lost 23 true ones (on the 44 sets with fresh20/).
    correction_words: int = 2
    # Also look for a weak answer said over two adjacent parts when no single part says it. On the 44 labelled sets:
    # labelled weak answers found 146 -> 168 of 251; answers not labelled weak that show one 88 -> 96 of 782 (after
    # requiring that neither sentence states a key point better nor says otherwise); mean band QWK 0.778 -> 0.782.
    pairs: bool = True
    # In a sentence that states a key point and a weak answer side by side ("BestEffort pods go first, then Burstable,
    # and Guaranteed pods can never be evicted at all"), the whole sentence is nearer the key point; where it shows the
    # weak answer otherwise, its clauses are read on their own (`_weak_clause`), and a clause shows it from this
    # similarity up: a clause is short, and one on the weak answer's topic that says something else reaches 0.63-0.76
    # (7 of 8 such clauses in correct answers of the 52 labelled sets), one that says it 0.79-0.99 (5 of 7).
    clauses: bool = True
    clause_threshold: float = 0.78


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|so|then|while|whereas|which means)\s+|;\s+|:\s+|\s[—–]\s", re.IGNORECASE)


def answer_clauses(unit: str) -> list[str]:
    """The clauses of a compound sentence ("A, and B; C"), each of four words or more; none for a simple one."""
    parts = [p.strip(" ,;:") for p in _CLAUSE_BREAK.split(unit)]
    parts = [p for p in parts if len(p.split()) >= 4]
    return parts if len(parts) > 1 else []


def detect_weak_patterns(index: RoundIndex, answer: AnswerView, params: PatternParams,
                         embed: Callable[[list[str]], np.ndarray] | None = None) -> list[WeakPatternResult]:
    """The weak answers the answer shows, each with the part that says it. With `embed`, the clauses of a compound
    sentence are read on their own where the sentence as a whole is nearer a key point (`PatternParams.clauses`)."""
    from grader.scoring.agreement import conflict_cue  # agreement reads polarity from this module

    found: list[WeakPatternResult] = []
    if not answer.units:
        return found
    kp_sims = kp_texts = kp_matrix = None
    if index.kp_vectors:
        # Each key point's own phrasings, not its parts (`key_point_parts`): a part is no better a match than its whole.
        kp_matrix = np.vstack([v[:n] for v, n in zip(index.kp_vectors, index.kp_parts_from)]).T
        kp_sims = answer.vectors @ kp_matrix
        kp_texts = [t for group, n in zip(index.kp_texts, index.kp_parts_from) for t in group[:n]]
    # "I don't know, we never used eBPF", "I don't remember the exact defaults, I'd look them up" and "So 502 versus
    # 504." show no weak answer.
    silent = {u for u, unit in enumerate(answer.units)
              if u in answer.nothing or names_only_doubts(unit) or restates_question(unit, index.question)}
    truth = " ".join([index.strong_answer, *(k.text for k in index.key_points)])
    rubric_words = f"{index.question} {truth}"
    n = len(answer.units)
    pair_kp_sims = None
    for pattern in index.patterns:
        sims = answer.vectors @ pattern.vectors.T  # units x phrasings
        best = _best_part(answer.units, sims, pattern, silent, answer.units[1:] + [""], rubric_words, index.question, params)
        vectors, texts, at = answer.vectors, answer.units, 0
        if best is None and params.pairs and n > 1:
            # A weak answer said over two sentences ("The election timeout is too low. I'd bump it up to ten seconds"):
            # neither sentence alone is near it, the pair is.
            pair_sims = answer.span_vectors[n:] @ pattern.vectors.T
            pair_silent = {i for i in range(n - 1) if i in silent or i + 1 in silent}
            best = _best_part(answer.spans[n:], pair_sims, pattern, pair_silent, answer.units[2:] + [""], rubric_words,
                              index.question, params)
            vectors, texts, at = answer.span_vectors, answer.spans, n
        if best is None:
            continue
        value, unit, phrasing = best
        # How clearly a single part states a key point: read once, for the clause rule and the margin check below.
        unit_kp = _best_same_polarity(texts[unit], kp_sims[unit], kp_texts) if not at and kp_sims is not None else None
        if unit_kp is not None and embed is not None and params.clauses and value < unit_kp + params.margin:
            clause = _weak_clause(texts[unit], pattern, embed, kp_matrix, kp_texts, rubric_words, index.question, params)
            if clause is not None:
                found.append(WeakPatternResult(id=pattern.pattern.id, text=pattern.pattern.text, why=pattern.pattern.why,
                                               evidence=texts[unit], similarity=round(clause, 4)))
                continue
        if at and any(conflict_cue(answer.units[u], pattern.texts[phrasing]) for u in (unit, unit + 1)):
            continue  # one sentence of the pair says otherwise ("The honest guarantee is at-least-once")
        part, vector = texts[at + unit], vectors[at + unit]
        if params.correction_words and says_correction(part, pattern, index.question, truth, params.correction_words):
            continue
        if kp_sims is not None:
            if at and pair_kp_sims is None:
                pair_kp_sims = answer.span_vectors[n:] @ kp_matrix
            row = (pair_kp_sims if at else kp_sims)[unit]
            if value < (unit_kp if unit_kp is not None else _best_same_polarity(part, row, kp_texts)) + params.margin:
                continue  # the part states a key point at least as clearly as the weak pattern
            if at and any(value < _best_same_polarity(answer.units[u], kp_sims[u], kp_texts) + params.margin
                          for u in (unit, unit + 1)):
                continue  # one sentence of the pair states a key point at least as clearly
        if pattern.why_vectors is not None and len(pattern.why_texts) and value <= _best_same_polarity(
            part, pattern.why_vectors @ vector, pattern.why_texts
        ) + params.why_margin:
            continue  # nearer to the rubric's correction ("Postgres forks a process per connection") than to the weak answer
        found.append(
            WeakPatternResult(
                id=pattern.pattern.id,
                text=pattern.pattern.text,
                why=pattern.pattern.why,
                evidence=part,
                similarity=round(value, 4),
            )
        )
    return found


# A sentence that sets a claim up to knock it down, reports it, or doubts it says nothing in one clause on its own:
# "At first glance the secondary takes over instantly, but ...", "On paper LSM trees are simply faster", "The node ran
# out of memory - that's the folk version", "I'd want to rule out that ...", "I'd have to check whether ...".
_FRAMED = re.compile(
    r"\b(?:but|whereas|while|though|although|however|yet|except|unless|instead|actually|rather|glance|paper|"
    r"trap|myth|folk|misconception|mistake|wrong|naive|tempting|people|many|some|everyone|they|suggests?|looks?|seems?|"
    r"appears?|heads?|rule|check|sure|think|thought|believe|guess|probably|maybe|might|if|whether|assume|assumption|"
    r"claim|say|says|said|tell|told|hear|heard|read|classic|common|usual|textbook)\b",
    re.IGNORECASE,
)


def _weak_clause(unit: str, pattern: PatternIndex, embed: Callable[[list[str]], np.ndarray], kp_matrix: np.ndarray,
                 kp_texts: list[str], rubric_words: str, question: str, params: PatternParams) -> float | None:
    """The similarity of the clause of `unit` that says the weak answer on its own, if one does: it passes the checks
    a whole part passes (`_best_part`), and no key point and no part of the rubric's "why" is nearer to it. Not in a
    sentence that frames, contrasts, reports or doubts (`_FRAMED`): there a clause alone is not what is said."""
    if _FRAMED.search(unit):
        return None
    clauses = answer_clauses(unit)
    if not clauses:
        return None
    vectors = embed(clauses)
    sims = vectors @ pattern.vectors.T
    best = _best_part(clauses, sims, pattern, set(), clauses[1:] + [""], rubric_words, question, params)
    if best is None:
        return None
    value, c, _ = best
    if value < params.clause_threshold or value < _best_same_polarity(
            clauses[c], vectors[c] @ kp_matrix, kp_texts) + params.margin:
        return None
    if pattern.why_vectors is not None and len(pattern.why_texts) and value <= _best_same_polarity(
            clauses[c], pattern.why_vectors @ vectors[c], pattern.why_texts) + params.why_margin:
        return None
    return value


def _best_part(parts: list[str], sims: np.ndarray, pattern: PatternIndex, silent: set[int], following: list[str],
               rubric_words: str, question: str, params: PatternParams) -> tuple[float, int, int] | None:
    """The part most similar to one of the pattern's phrasings that says it (not negated, restricted, otherwise
    said or rejected), as (similarity, part, phrasing); `following[u]` is the text after part u."""
    best: tuple[float, int, int] | None = None
    for u in range(sims.shape[0]):
        if u in silent:
            continue
        for t in range(sims.shape[1]):
            value = float(sims[u, t])
            if best is not None and value <= best[0]:
                continue
            if value < params.threshold and not (value >= params.echo_from and echoes(
                    parts[u], pattern.texts[t], rubric_words, params.echo_share, params.echo_least)):
                continue
            if (not same_polarity(parts[u], pattern.texts[t])
                    or restricts_universal(parts[u], pattern.texts[t])
                    or says_otherwise(parts[u], pattern.texts[t])
                    or rejects(parts[u], pattern.texts[t], following[u])):
                continue
            if value < params.anchor_below and not _anchored(parts[u], pattern.texts, question):
                continue
            best = (value, u, t)
    return best


# A prefix that negates its word: "disagree" denies "agree", "unbounded" denies "bounded".
_NEGATING_PREFIX = re.compile(r"^(?:dis|un|in|im|il|ir|non-?)(?=[a-z]{4})")


def _prefix_negated(text: str, other: str) -> bool:
    """A word of `text` is a word of `other` with a negating prefix ("I'd disagree with the teammate" against
    "Agree with the teammate")."""
    plain = {polarity_stem(w) for w in content_words(other)}
    return any(m and polarity_stem(w[m.end():]) in plain
               for w in content_words(text) for m in [_NEGATING_PREFIX.match(w)])


@lru_cache(maxsize=100_000)
def _measures(text: str) -> tuple[Quantity, ...]:
    """`measures`, once per text: a weak answer's phrasing is read against every part of every answer."""
    return tuple(measures(text))


def says_otherwise(unit: str, phrasing: str) -> bool:
    """True when the part and a weak answer's phrasing differ in a way similarity misses, so the part does not say
    the weak answer: one negates a word of the other by its prefix ("disagree" / "agree"), or both give a duration,
    size or percentage and none of the part's agrees with the phrasing's ("set archive_timeout to something like a
    minute" is not "set archive_timeout to one second"). It only ever keeps a weak pattern from being flagged."""
    if _prefix_negated(unit, phrasing) or _prefix_negated(phrasing, unit):
        return True
    said, weak = _measures(unit), _measures(phrasing)
    return bool(said) and any(w.comparable(q) for w in weak for q in said) and not any(
        w.agrees(q) for w in weak for q in said if w.comparable(q))


# Words that frame a restated question without adding to it ("So 502 versus 504.", "Okay, eviction.").
_FRAMING = frozenset("versus vs okay ok right well yeah so um uh hmm alright question".split())
RESTATED_MAX_WORDS = 6
# Words that pick among what the question offers, or deny: stopwords, but the whole answer of a short reply.
_CHOOSES = re.compile(r"\b(?:both|only|not|no|never|all|every|each|any|none|neither|either|yes|just|always|first|"
                      r"instead|rather|than|without|n't)\b|n't\b", re.IGNORECASE)


def restates_question(unit: str, question: str) -> bool:
    """True for a short part made only of the question's own words ("So 502 versus 504." to "Users report 502s and
    504s ... How do you tell the two apart?"): it names the topic and claims nothing, so it shows no weak answer,
    however near the weak answer's codes or names make it."""
    if len(words(unit)) > RESTATED_MAX_WORDS or _CHOOSES.search(unit) or has_predicate(unit):
        return False  # "Retry both.", "Only the 502.", "Retry the 504.": a pick among the question's options is an answer
    framing = {polarity_stem(w) for w in _FRAMING}
    said = {_singular_code(w) for w in _part_stems(unit)}
    if not ({polarity_stem(w.lower()) for w in words(unit)} & framing):
        return False  # "The 504." to "a 502 or a 504?" picks one: only a framed restatement ("So 502 versus 504.")
    return not (said - framing) - {_singular_code(w) for w in _part_stems(question)}


def _singular_code(word: str) -> str:
    """"502s" is "502"."""
    return word[:-1] if word.endswith("s") and word[:-1].isdigit() else word


def _anchored(unit: str, phrasings: list[str], question: str) -> bool:
    """Whether the part says a word of the weak answer (in any of its phrasings) beyond the question's topic (any,
    when it has none). Words meet by their first five letters, hyphenated ones by each part: "deliveries" and
    "exactly-once" say "delivered once"."""
    own = frozenset().union(*(_part_stems(p) for p in phrasings)) - _part_stems(question)
    return not own or bool({w[:5] for w in own} & {w[:5] for w in _part_stems(unit)})


def says_correction(unit: str, pattern: PatternIndex, question: str, truth: str, least: int) -> bool:
    """Whether the part says at least `least` words the rubric's "why" adds to the weak answer (not in it, nor in the
    question) that the rubric's correct statements (`truth`: strong answer and key points) use too, none of them
    denied: "I'd allow port 53, both UDP and TCP" says the "why" of "Allow UDP port 53 and DNS is sorted" ("DNS also
    uses TCP when a UDP response is truncated"). Words only the "why" uses are often its retelling of the weak answer
    ("a C course for all ten engineers")."""
    if not pattern.why_texts:
        return False
    added = (_prefixes(" ".join(pattern.why_texts)) - _prefixes(" ".join(pattern.texts)) - _prefixes(question)) & _prefixes(truth)
    denied = {w[:5] for w in negated_stems(unit)}
    return len((added & _prefixes(unit)) - denied) >= least


def echoes(unit: str, phrasing: str, rubric: str, share: float, least: int = 3) -> bool:
    """Whether the part says at least `share` of the weak answer's own words (`least` or more, beyond those of the
    question, strong answer and key points in `rubric`), meeting by their first five letters as in `_anchored`."""
    own = _prefixes(phrasing) - _prefixes(rubric)
    return len(own) >= least and len(own & _prefixes(unit)) >= share * len(own)


@lru_cache(maxsize=100_000)
def _prefixes(text: str) -> frozenset[str]:
    """The first five letters of each of `_part_stems`: how words meet in `_anchored`, `echoes` and `says_correction`."""
    return frozenset(w[:5] for w in _part_stems(text))


@lru_cache(maxsize=100_000)
def _part_stems(text: str) -> frozenset[str]:
    """`_stems` with hyphenated words read part by part ("at-least-once": "least", "once")."""
    return frozenset(polarity_stem(part) for w in content_words(text) for part in w.split("-") if len(part) > 1)


def _best_same_polarity(unit: str, sims: np.ndarray, texts: list[str]) -> float:
    """The best similarity of a unit to key-point phrasings that do not negate it."""
    for i in np.argsort(-sims):
        if same_polarity(unit, texts[i]):
            return float(sims[i])
    return -1.0
