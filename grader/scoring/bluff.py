"""Bluff detection: several weak signals combined, each with a reason that quotes the answer.

Signals: claims that contradict the rubric's facts (versions, definitions) or say a known false claim;
name-dropping many technical terms with little coverage of what they mean; confident absolute wording
with little substance; invented-looking specifics, standards, statistics, durations and sizes the rubric never
states. Honest uncertainty ("I'd need to look that up") is
recorded and never counts as a bluff: it damps every signal except a contradiction, and a hedged
contradiction is reported as a wrong claim, not a bluff.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from grader.quantities import (
    APPROXIMATE,
    NUMBER_TOKEN,
    NUMBER_WORDS,
    UNIT_WORDS,
    Quantity,
    Version,
    digits,
    find_quantities,
    find_versions,
    is_unit,
    measures,
)
from grader.result import BluffResult, WeakPatternResult
from grader.rubric.facts import given_as_example, supposes_a_case
from grader.rubric.schema import Fact
from grader.scoring.answer import AnswerView
from grader.scoring.facts import DOUBT, UNSURE, clause_before, denied, denies, exact_version, stated_expansion, supposed
from grader.scoring.index import RoundIndex, domain_terms, mid_sentence_names, starts_sentence
from grader.scoring.patterns import has_negation
from grader.scoring.status_codes import codes_in
from grader.scoring.siblings import misattributed_owners
from grader.text import LIST_RUN, STOPWORDS, after_abbreviation, content_words, enumerating_units, names_in_a_row, stem, supposes

_HONEST = re.compile(
    r"\b(?:i'?d (?:need|have) to (?:look|check|double[- ]check|verify|confirm)|(?:need|have) to look (?:it|that|this)? ?up|"
    r"look (?:it|that|this) up|i'?m not (?:100%|a hundred percent|totally|entirely|completely|fully)? ?(?:sure|certain|positive)|"
    r"not (?:totally |entirely |completely |100% )?sure|i (?:don'?t|do not) (?:know|remember|recall)|i can'?t (?:remember|recall)|"
    r"i (?:haven'?t|have not|never) (?:\w+ )?(?:used|run|worked|tried|deployed|touched|done|debugged|set up|configured|"
    r"built|written|operated|looked)|(?:need|have) to (?:read up|look into|research|dig into)|"
    r"i'?m not (?:familiar|an expert)|off the top of my head|if i (?:remember|recall) (?:correctly|right)|"
    r"i(?:'d| would) have to (?:check|verify|confirm|look)|my understanding is|i believe|i'?m fuzzy|"
    r"(?:don'?t|do not) know the (?:exact|details|specifics)|beyond what i know|i'?d be guessing|"
    r"not something i(?:'ve| have) (?:done|used)|"
    # "I'd want to double-check that before sizing anything", not a step of the plan ("I'd want to verify that the
    # restore works").
    r"i(?:'d| would) (?:want|like|need) to (?:double[- ]check|verify|confirm|check) (?:that|it|this)"
    r"(?=\s*(?:[.,;!?]|$|before|first|though|again|myself))|want to double[- ]check\b)",
    re.IGNORECASE,
)
# Claims of certainty a careful engineer would not make; plain intensifiers ("completely", "definitely") are
# ordinary speech and do not count.
_ABSOLUTE = re.compile(
    r"\b(?:always|never fails|guaranteed|guarantees|zero (?:overhead|cost|risk|impact|effort)|no (?:overhead|downsides?|"
    r"risk|impact|limitations?|trade-?offs?)|trivial(?:ly)?|100 ?%|a hundred percent|any kernel|every kernel|all kernels|"
    r"works everywhere|runs everywhere|perfectly|"
    r"just works|instantly|nothing (?:to worry|can go wrong)|super easy|dead simple|no-brainer|no brainer|"
    r"out of the box|fully automatic(?:ally)?|solves? (?:all|every)|never goes? down|never fails?|never breaks?|can'?t (?:happen|fail|break)|"
    r"(?:a |the )?solved problem|the only (?:\w+ )?(?:that|way|correct|right|thing)|nothing (?:else )?to (?:think|design|"
    r"worry|do|learn|debug|discuss|fix|configure)|no (?:real )?(?:choice|difference)|basically zero|every single|we'?re done|no need to (?:\w+ )?"
    r"(?:understand|learn|train|worry|test)|in every (?:scenario|case|situation)|on every (?:platform|runtime|kernel|system|"
    r"cloud)|strictly better|(?:completely|totally|entirely) (?:obsolete|solved|unnecessary|pointless)|"
    r"(?:is|are) (?:now )?obsolete|(?:is|are) never (?:needed|required|necessary))\b",
    re.IGNORECASE,
)
_VERSION = re.compile(r"(?:(?<=\bv)|(?<![\w.]))(\d{1,2})\.(\d{1,2})(?:\.\d+)?(?![\w.]*\d)\+?")  # "5.2", "v3.2"
_REQUIREMENT = re.compile(
    r"\b(?:requires?|required|needs?|needed|introduced|added|landed|since|minimum|at least|came in|arrived|"
    r"available (?:from|in|since)|supported (?:from|since)|starting (?:with|from|in)|from kernel|shipped in|"
    r"ships|has|runs)\b",
    re.IGNORECASE,
)
# Specific-sounding details: checked against the rubric's own text, because an invented tool, flag, standard number or
# version is the bluffer's favourite filler ("ebpf-doctor --explain", "RFC 429", "since OTel 1.0").
_SPECIFICS = [
    re.compile(r"(?<!\w)--[a-z][a-z0-9-]{2,}"),  # command-line flags
    re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b"),  # snake_case identifiers
    re.compile(r"\b[A-Z]{2,}\.[A-Z][A-Z_]+\b"),  # COMMAND.NAMES
    re.compile(r"\b(?:version|v|since|release|kernel|from)\s+\d+\.\d+(?:\.\d+)?\b", re.IGNORECASE),  # versions
    re.compile(r"\b(?:in|since|from) (?:19|20)\d\d\b"),  # years
    re.compile(r"\b(?!(?:double|cross|spot|sanity|health|self|pre|re|fact|dry|post|auto)-)[a-z]+[a-z0-9]*-(?:doctor|ctl|exporter|agent|operator|explain|inspect|probe|check|polyfill|shim|"
               r"compat|bridge|sync)\b"),  # tool names, not English words ("double-check", "health-check")
]
# A status code the candidate rules out claims nothing ("rather than a 500", "never a 503").
_RULED_OUT = re.compile(r"\b(?:not|never|no|rather than|instead of|than|isn't|aren't|wasn't|won't|doesn't|don't)\s+"
                        r"(?:(?:an?|the|with|back|gets?|sends?|returns?|responds?)\s+)*$", re.IGNORECASE)


def _ruled_out_at(text: str, at: int) -> bool:
    """Whether the words right before `at` rule out what stands there ("rather than a 500", "never a 503")."""
    return bool(_RULED_OUT.search(text[max(0, at - 40) : at]))


# A code in the condition itself ("if you get a 429, back off") states what to do, not what happens: the condition
# word within a few words before it, in its comma-bounded clause.
_COMMA_CLAUSE = re.compile(r"[,;.!?:]\s|\s[—–-]\s")
_CONDITION_WORDS = 5
_CONDITIONAL = re.compile(r"\b(?:if|when|whenever|unless)\b", re.IGNORECASE)
def _in_condition(lead: str) -> bool:
    """Whether what follows `lead` (the words of its clause before a code or version) is the object of a condition:
    a condition word within its last `_CONDITION_WORDS` words ("if you get a 429")."""
    return bool(_CONDITIONAL.search(" ".join(lead.split()[-_CONDITION_WORDS:])))


# The candidate's own call ("I'd return a 422"), a first-person choice: not a claim about what happens.
# "Let's" before a capitalised word is a name ("Let's Encrypt certificates last 90 days"), not the speaker's plan.
_NOT_A_NAME = r"(?!\s+(?-i:[A-Z]))"
_FIRST_PERSON = rf"i'?d|we'?d|i would|we would|i'?ll|we'?ll|let'?s{_NOT_A_NAME}|i (?:usually|typically|normally|like to)"
_OWN_CALL = re.compile(rf"\b(?:{_FIRST_PERSON}|we (?:usually|typically|normally)|you should|should)\b", re.IGNORECASE)
# ... and said unsure, only the candidate's own: "I think the spec says the server should return 431" doubts a fact.
_FIRST_PERSON_CALL = re.compile(rf"\b(?:{_FIRST_PERSON}|we (?:usually|typically|normally|should|could))\b",
                                re.IGNORECASE)
# Reported or corrected speech: "people call it 412 Too Early, but it's 425".
_REPORTED = re.compile(r"\b(?:(?:people|some(?:one| folks)?|folks|they|many|everyone|others)\s+(?:call|say|think|"
                       r"believe|assume)s?|so-called|called it|a common (?:mistake|misconception))\b", re.IGNORECASE)


def misnamed_status_codes(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, what the candidate said, the code that name belongs to) for an HTTP status code said with the
    standard name of another code ("a 412 Too Early": Too Early is 425), in the parts said as plain facts. Not one the
    candidate rules out, reports or corrects in the same part ("people call it 412 Too Early, but it's 425")."""
    out: list[tuple[int, str, str]] = []
    for unit_index, said in _plain_parts(index, answer):
        said_codes = codes_in(said)
        for said_code in said_codes:
            if not said_code.name or said_code.code in said_code.owners:
                continue
            if _ruled_out_at(said, said_code.start) or _REPORTED.search(
                    said[: said_code.start]) or any(other.code in said_code.owners for other in said_codes):
                continue
            out.append((unit_index, f"{said_code.code} {said_code.name}", "/".join(map(str, sorted(said_code.owners)))))
    return out


# A code the gauntlet defines ("5.1.1 means the destination mailbox doesn't exist", "137 is the OOM kill") and what it
# is said to mean: an SMTP enhanced status code or a three-digit code, then "means", "is", ", which is" or a dash, a
# few words in between at most ("a 5.1.1 on the other hand is ..."). The meaning runs to the next code or sentence end.
# Not a number in parentheses ("connect() failed (111: Connection refused)": an errno inside a log line).
_CODE_TOKEN = r"(?<![\w.])(?:[245]\.\d{1,3}\.\d{1,3}|[1-5]\d\d)(?![\w]|\.\d)"
_CODE_MEANING = re.compile(
    rf"(?<!\()(?P<code>{_CODE_TOKEN})(?:,?\s+which)?(?:\s+[a-z]+){{0,4}}?(?:\s+(?:means|is|stands for)\b|\s*[—:=]|\s+-\s)\s*"
    rf"(?P<meaning>(?:(?!{_CODE_TOKEN})[^.;!?])+)", re.IGNORECASE)
CODE_MEANING_WORDS = 12  # a meaning's first words, at most
CODE_MEANING_SHARED = 2  # content words a said meaning must share with another code's to be that code's


def _code_meanings(text: str) -> list[tuple[str, str, frozenset[str], int]]:
    """(code, the words that define it, the meaning's content stems, where it starts) for each code `text` defines."""
    out = []
    for match in _CODE_MEANING.finditer(text):
        words = list(re.finditer(r"\S+", match.group("meaning")))[:CODE_MEANING_WORDS]
        if not words:
            continue
        # Its name is part of what it means: "502 Bad Gateway means ..." and "502 is bad gateway, ..." agree.
        meaning = text[match.end("code") : match.start("meaning") + words[-1].end()]
        stems = frozenset(stem(w) for w in content_words(meaning) if not has_negation(w)) - _CODE_WORDS
        if stems:  # the candidate's own words, from the code to the meaning's last word
            out.append((match.group("code"), text[match.start() : match.start("meaning") + words[-1].end()].rstrip(", "),
                        stems, match.start()))
    return out


_CODE_WORDS = frozenset(stem(w) for w in ("code", "codes", "status", "error", "means", "mean"))


@lru_cache(maxsize=256)
def _gauntlet_code_meanings(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str], str], ...]:
    return tuple((code, stems, sentence) for sentence in sentences for code, _, stems, _ in _code_meanings(sentence))


def swapped_code_meanings(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's words, the gauntlet sentence) for a code said to mean what the gauntlet says
    another code means, and nothing of what it says this one means: "5.7.1, which is user unknown, the mailbox doesn't
    exist" against "5.1.1 means the destination mailbox doesn't exist, ..., 5.7.1 means delivery not authorized". Only
    codes the gauntlet defines, in the parts said as plain facts; not one the candidate rules out."""
    defined = _gauntlet_code_meanings(index.gauntlet_truth)
    if len({code for code, *_ in defined}) < 2:
        return []
    out: list[tuple[int, str, str]] = []
    for unit_index, said in _plain_parts(index, answer):
        for code, words, stems, at in _code_meanings(said):
            own = [s for c, s, _ in defined if c == code]
            if not own or any(stems & s for s in own):
                continue  # a code the gauntlet does not define, or said with something of its own meaning
            others = [(len(stems & s), sentence) for c, s, sentence in defined if c != code]
            shared, sentence = max(others, default=(0, ""), key=lambda x: x[0])
            if shared >= CODE_MEANING_SHARED and not _ruled_out_at(said, at):
                out.append((unit_index, words, sentence))
    return out


# Citations and statistics: what a bluffer invents to sound authoritative ("RFC 7807 says", "KIP-447 added",
# "PCI DSS requirement 6.4", "cuts latency by 40%", "3x faster"). Checked against everything the rubric says.
_AUTHORITY = [
    # Projects' numbered proposals count as Python's and Kafka's do: Flink's FLIPs, Kubernetes' KEPs, XMPP's XEPs,
    # Ethereum's EIPs and ERCs, Bitcoin's BIPs (in capitals only: "flip 2 bits" cites nothing).
    re.compile(r"\b(?:RFC|ISO(?:/IEC(?:/IEEE)?|/IEEE)?|PEP|CVE|IEEE|KIP|JEP|JSR|(?-i:FLIP|KEP|XEP|EIP|ERC|BIP)|FIPS|NIST(?: SP)?|"
               r"SOC ?\d|OWASP|W3C|ECMA|ANSI|POSIX(?:\.\d)?)[ -]?\d+(?:[.-]\d+)*",
               re.IGNORECASE),
    re.compile(r"\b(?:requirement|section|article|clause|rule)\s+\d+(?:\.\d+)+\b", re.IGNORECASE),
    # A numbered part of a named document: "section 12 of OIDC Core", "article 17 of the GDPR".
    re.compile(r"\b(?i:section|article|clause|chapter|appendix)\s+\d+\s+of\s+(?:the\s+)?(?!(?:RFC|ISO|IEEE|PEP|KIP|JEP|JSR|NIST|FIPS|CVE)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"),
    re.compile(r"\bSQL[:-](?:\d{4}|\d{2})\b"),  # the SQL standard's editions ("SQL:2003", "SQL-92")
]
# A named document credited with a rule, without a number: "defined in the LSB init script specification",
# "standardised in the October 2021 edition of the GraphQL spec", "it's an IETF standard", "the IETF spec says". A name
# word of it (one with a capital or a digit) that the gauntlet never says makes it a citation the rubric cannot
# support, as "RFC 8941" is (`uncited_documents`). The document's word ends its phrase (`_DOCUMENT_END`): "the Python
# standard library", "4 standard deviations", "a Standard-IA object" and "r6g.large spec machines" name no document.
_DOCUMENT_END = (r"(?=\s*(?:[,.;:!?)\u2014\u2013]|$)|\s+(?:that|which|and|but|so|as|in|since|from|for|of|by|to|with|"
                 r"because|says|said|requires|required|defines|mandates|specifies|recommends|now|too|also|already|"
                 r"alongside)\b)")
_NAMED_DOCUMENT = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # credited: "defined in the LSB init script specification", "per the W3C spec"
    r"\b(?:(?:defined|standardi[sz]ed|specified|codified|mandated|required|introduced|described|added|published|part|"
    r"comes?|came|according)\s+(?:in|by|of|from|as|to)|per)\s+(?:the\s+|an?\s+)?"
    rf"(?P<name>(?:[\w.:/+-]+\s+){{0,6}}?(?:spec|specification|standard|edition|draft)s?){_DOCUMENT_END}",
    # called one: "remote write is an IETF standard", "it's an ISO standard" (not "is not", "is no")
    rf"\b(?:is|are|was|were|(?<=\w)['’]s)\s+(?:an?|the)\s+(?P<name>(?:[\w.:/+-]+\s+){{1,3}}?standard){_DOCUMENT_END}",
    # speaking: "the IETF spec says", "the IETF's rate limiting standard requires"
    r"\bthe\s+(?P<name>(?:[\w.:/+'’-]+\s+){1,3}?(?:spec|specification|standard))\s+"
    r"(?:says|said|requires|required|mandates|defines|specifies|recommends)\b",
)]
_DESCRIBED = re.compile(r"-(?:based|style|compatible|like|native|specific|only|driven|aware|compliant)$", re.IGNORECASE)
_NAME_WORD = re.compile(r"(?<![\w.-])(?=[\w.+-]*[A-Z0-9])[A-Za-z0-9][\w.+-]*")
_STATISTICS = [
    re.compile(r"\b\d{1,3}(?:\.\d+)? ?(?:%|percent)"),  # percentages
    re.compile(r"\b\d+(?:\.\d+)? ?(?:x|times) (?:faster|slower|more|less|fewer|cheaper|better|higher|lower)\b",
               re.IGNORECASE),
    re.compile(r"\b\d+ (?:out of|in) (?:every )?\d+\b", re.IGNORECASE),
]
# An error's name: an exception or error class ("UnavailableException", "CORSError", "MaxTimeMSExpired"), a
# namespaced status or sentinel error ("Status::Busy", "context.ErrTimeout") or a POSIX errno name ("ECONNREFUSED", the
# names Python's errno module knows). Said with confidence where no round of the gauntlet names it, of a kind the
# gauntlet names, in an answer that covers little, it is the bluffer's wrong error name (`unsupported_error_names`).
# Not "...Timeout": as often a setting ("IdleTimeout") as an error.
_ERROR_ENDINGS = r"Error|Exception|Exceeded|Expired|Refused|Denied|Unavailable|NotFound|Aborted|Cancell?ed"
_ERRNO_NAMES = frozenset(errno.errorcode.values())
_ERROR_IDENTIFIER = re.compile(
    rf"\b(?:[A-Za-z][A-Za-z0-9]*(?:\.|::))?[A-Z][A-Za-z0-9]*(?:{_ERROR_ENDINGS})\b"
    r"|\b[A-Za-z][A-Za-z0-9]*::[A-Z][A-Za-z0-9]+\b|\b[a-z][a-z0-9]*\.Err[A-Z][A-Za-z0-9]*\b"
    r"|\b(?:" + "|".join(sorted(_ERRNO_NAMES, key=len, reverse=True)) + r")\b")
# A percentage said in words, as speech is transcribed ("around eighty percent of receive calls"), counts only where the
# part credits it to a source ("AWS's own figures show ..."): said in words, a share is more often a manner of speaking
# ("ninety percent of the team only needs to use the tools", "make it twenty percent errors") than a statistic.
_SPELLED_PERCENT = re.compile(
    r"\b(?:" + "|".join(w for w in NUMBER_WORDS if w != "hundred") + r")(?:[- ](?:" + "|".join(NUMBER_WORDS[:9]) +
    r"))? (?:percent|per cent)\b", re.IGNORECASE)
# So does a ratio said in words: "the research found that teams with more flags have roughly double the change failure
# rate" is a statistic credited to research, as "twice as many incidents" or "three times the latency" would be.
# Only where research is credited: "the latency data shows p99 at three times the normal level" reads the candidate's
# own data, and "the docs say twice the heartbeat interval" a setting (a hostile review found 14 such true ratios of 20
# flagged while any source counted).
_RESEARCHED = re.compile(
    r"\b(?:research|researchers|stud(?:y|ies)|surveys?|papers?|reports?)\b[^.;]{0,30}?\b(?:shows?|showed|found|finds|"
    r"says?|said|suggests?|puts? it at)\b|\baccording to (?:a |the |one )?(?:\w+\s+){0,2}?(?:research|stud(?:y|ies)|survey|paper|report)",
    re.IGNORECASE)
_RATIO_WORD = re.compile(r"double|twice|triple|treble|half|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times")
_SPELLED_RATIO = re.compile(
    r"\b(?:double|twice|triple|treble|half|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+"
    r"(?:the|as\s+[\w-]+(?:\s+[\w-]+)?\s+as)\s+[\w-]+(?:\s+[\w-]+){0,2}", re.IGNORECASE)
# A price ("$0.50", "50 cents a month", "four dollars per million"): said unsure and not in the document, a claim to check.
_PRICE = re.compile(
    r"\$\s?\d[\d,.]*|\b(?:\d[\d,.]*|(?:" + "|".join(NUMBER_WORDS) + r")(?:[- ](?:" + "|".join(NUMBER_WORDS[:9]) +
    r"))?)\s+(?:cents?|dollars?|bucks|euros?|usd)\b", re.IGNORECASE)
_SOURCED = re.compile(
    r"\b(?:figures|data|numbers|stud(?:y|ies)|surveys?|research|reports?|benchmarks?|stats|statistics|docs|"
    r"documentation)\b[^.;]{0,30}?\b(?:shows?|showed|says?|said|found|finds|suggests?|puts? it at)\b|\baccording to\b",
    re.IGNORECASE)
# A figure the candidate chooses, tunes or offers as an example ("I'd set the timeout to 10 minutes", "something short,
# like a minute or five minutes") is a call, not a claim about the world.
_CHOICE = re.compile(
    r"\b(?:i'?d|i would|we'?d|we would|i'?ll|we'?ll|let's" + _NOT_A_NAME + r"|i (?:usually|typically|normally|like to)|we (?:usually|"
    r"typically|normally)|(?:i|we) keep|set|sets|setting|configure|pick|choose|bump|raise|lower|tune|give it|make it|like)\b",
    re.IGNORECASE,
)
# The bound of what anyone can set, said to be a figure, is a limit of the world, not a choice: "the minimum you can
# set is ten seconds", "the most that can be configured is, I think, 64", "it can't be set below ten seconds". (Not
# "a lifetime you could pick is 12 hours", nor "I'd set it below ten seconds": those are the speaker's pick.)
_CAPABILITY = re.compile(
    r"\b(?:minimum|maximum|min|max|lowest|highest|smallest|largest|shortest|longest|most|least|limit)\b[^;.]{0,40}?"
    r"\b(?:can|could|may|(?:is|are|'re)\s+allowed\s+to)\s+(?:actually\s+|ever\s+)?(?:be\s+)?"
    r"(?:set|configured?|picked|pick|chosen|choose)\b"
    r"(?=[^;.]*\b(?:is|are|was|were)\W*(?:about|around|roughly|approximately)?\W*$)"
    # "it can't be set below ten seconds", "you can set it as low as 90 seconds": a bound said right before the figure
    r"|\b(?:can'?t|cannot|can|could|may)\s+(?:not\s+|only\s+)?(?:be\s+)?(?:set|configured?)\s+(?:it\s+)?(?:any\s+)?"
    r"(?:below|above|lower than|higher than|under|over|as (?:low|high|short|long|small|large) as)\W*$", re.IGNORECASE)


def _chooses(lead: str) -> bool:
    """Whether the words before a figure make it the speaker's choice or example (`_CHOICE`), not a limit anyone can set
    (`_CAPABILITY`)."""
    return bool(_CHOICE.search(_CAPABILITY.sub(" ", lead)))


# Said after a figure the candidate doubts, a plan to find the right value ("about 10 seconds for us, but we'd measure
# it", "ten minutes is what I'd pick", "a 20 millisecond timeout is about right") makes the figure a starting point of
# the candidate's own design, not a fact to check.
_OWN_PLAN = re.compile(
    r"\b(?:we|i)(?:'?d|'?ll| would| will| can| could)\s+(?:\w+\s+)?(?:measure|tune|test|benchmark|load[- ]test|"
    r"experiment|adjust|revisit|pick|choose|go with|start with|recommend|suggest)\b|\bfor (?:us|our \w+)\b|"
    r"^[^.;:,]{0,40}?\b(?:is|seems|sounds) (?:about |probably |roughly |more or less )?"
    r"(?:right|reasonable|sensible|fine|enough|plenty)\b|"
    r"^[^.;:,]{0,40}?\bis (?:a )?(?:good|sensible|reasonable) (?:default|starting point|start|place to start)\b",
    re.IGNORECASE,
)
# ... and so does a lead that gives the value as the right or a good one, or as what we should do ("I believe the
# right wait is 500 milliseconds", "I think we should keep the grace window at 2 seconds").
_OWN_LEAD = re.compile(r"\b(?:the right|a (?:good|sensible|reasonable)|we (?:should|could)|i'?d (?:keep|want|aim for))\b",
                       re.IGNORECASE)
# Neither where the figure is said to be a default: "I think the default is 5 minutes, which is fine" doubts a fact.
_DEFAULT_WORD = re.compile(r"\bdefaults?\b", re.IGNORECASE)
_FIGURE_CLAUSE = re.compile(r"[.;:!?]\s|,\s+(?:and|but|so|which|because)\s|\s(?:but|so|because)\s", re.IGNORECASE)
# The candidate's own experience: "at my last job", "in our cluster", "we measured", "we saw".
_EXPERIENCE = re.compile(
    r"\b(?:at|in|on) (?:my|our) (?:last|previous|current|old|former)?\s*(?:job|company|team|cluster|setup|environment|"
    r"shop|case|experience|tests?|benchmarks?|role|project|employer|org|organi[sz]ation)\b|\bwe (?:saw|measured|noticed|"
    r"found|observed|got|had|ran|cut|reduced|benchmarked|were seeing|used to see|(?:'ve|have|had) (?:seen|measured))\b|"
    # "when we migrated", not "when we reject, it's a 429" (a condition, not something that happened)
    r"\b(?:when|after) we (?:\w+ed|had|saw|ran|got|did|were|went|hit|took|made|built|found|began|shipped)\b|\bturned out\b",
    re.IGNORECASE,
)
# A candidate who offers terms tentatively ("the things that come to mind are ...", "let me think") claims nothing.
_TENTATIVE = re.compile(
    r"\b(?:let me think|comes? to mind|i'?d be thinking|things to think about|i'?m thinking|i suppose|i'?d say)\b",
    re.IGNORECASE,
)
# A rubric statement that is the strong candidate's own call ("I'd key the limit on the API key, not the IP").
_RECOMMENDATION = re.compile(
    r"^(?:so |then |instead |first,? |here )?(?:i'?d|i would|i'?ll|i will|we'?d|we should|i'?d rather|"
    r"my (?:first )?(?:answer|call|choice|recommendation))\b",
    re.IGNORECASE,
)
# A worked example: the figures after it are the candidate's illustration, not a claim about the world.
# (A figure a source is said to say, "Facebook's published numbers say about seventy percent", is no example:
# `_SOURCED` parts read `_EXAMPLE` instead, without "say".)
_SUPPOSING = r"if|suppose|supposing|imagine|assuming|assume|for example|for instance|let'?s say"
_HYPOTHETICAL = re.compile(rf"\b(?:{_SUPPOSING}|say)\b|\be\.g\.", re.IGNORECASE)
_EXAMPLE = re.compile(rf"\b(?:{_SUPPOSING})\b|\be\.g\.", re.IGNORECASE)
# So is a figure of what the candidate warns against: "you don't want a release flag hanging around for two years"
# claims no two years of anything (a correct blind-set answer was flagged for it). Only a figure inside what is not
# wanted (`_warned_against`): "you don't want to poll, since the minimum interval is 5 minutes" claims the 5 minutes.
_UNWANTED = re.compile(r"\b(?:(?:you|we|i)\s+(?:really\s+)?(?:don'?t|do not|never|wouldn'?t|would not)\s+want|"
                       r"the last thing (?:you|we) want)\b", re.IGNORECASE)
_WANT_ENDS = re.compile(r"[,;:.!?]|\b(?:since|because|as|which|after|where|so|when|while|though|but|unless)\b", re.IGNORECASE)
_PINNED_WORD = re.compile(r"\b(?:default|defaults|limit|limits|minimum|maximum|min|max|is|are|was|were)\b", re.IGNORECASE)


def _warned_against(text: str, start: int, end: int) -> bool:
    """Whether the figure at start:end of `text` is part of what the candidate says is not wanted, with nothing that
    pins a value between ("you don't want a release flag older than Unleash's 90-day limit" claims the limit)."""
    lead = text[max(0, start - 80) : start]
    found = list(_UNWANTED.finditer(lead))
    if not found:
        return False
    between = re.sub(r"^\s+is\b", "", lead[found[-1].end() :])  # "the last thing you want is ..."
    return not _WANT_ENDS.search(between) and not _PINNED_WORD.search(between + " " + text[end : end + 25])


# An example is set up in the figure's own sentence: "I'd say no. Out of the box the alarm fires at 80 percent" (one
# part of the answer: the splitter reads "no." as the abbreviation) gives the 80 percent as a fact.
_FULL_STOP = re.compile(r"[.!?]\s+(?=[A-Z])")


def _sentence_before(text: str, start: int, width: int = 60) -> str:
    """The words before `start`, at most `width` characters, back to the start of their sentence: a full stop before
    a capital, not after an abbreviation ("e.g.", "a.m.", "U.S.") or a single letter ("zone B."), as the sentence
    splitter reads them, except "no", which ends "I'd say no."."""
    lead = text[max(0, start - width) : start]
    cut = 0
    for match in _FULL_STOP.finditer(lead):
        if not after_abbreviation(lead[: match.start() + 1], ending=frozenset({"no"})):
            cut = match.end()
    return lead[cut:]


# Upper-case keywords that are also everyday words: a term only when the answer writes them in capitals.
_ENGLISH_KEYWORDS = STOPWORDS | frozenset(
    "insert update select delete set get put post head key keys value values null true false table index lock unlock "
    "begin commit rollback create drop alter grant add check default exists join where from order group limit".split()
)


@dataclass(frozen=True)
class BluffParams:
    suspect_at: float = 0.5
    contradiction: float = 0.6
    false_claim: float = 0.45
    honest_damping: float = 0.3
    # A standard or a statistic the rubric never states, said with confidence, is a claim the rubric cannot
    # support: a bluff on its own ("RFC 5011 defines ...", "30 percent of Java clients can't ..."). Said with a
    # hedge it does not count, nor does a statistic from the candidate's own experience ("at my last job we
    # measured about 30% ..."). A real standard the rubric leaves out is flagged too: the reason names it, for the
    # interviewer to check.
    citation: float = 0.5  # per standard/section number
    status_code: float = 0.5  # per HTTP status code the rubric never gives (`unsupported_status_codes`)
    error_name: float = 0.5  # per error name no round of the gauntlet gives (`unsupported_error_names`) ...
    error_name_below_coverage: float = 0.5  # ... in an answer that covers less than this
    jargon: float = 0.75  # the most that name-dropping or listing counts for ...
    name_drop: float = 0.45  # ... name-dropping in sentences of ordinary density, below `suspect_at` ...
    jargon_density: float = 0.3  # ... unless this share of the content words are technical terms
    tentative_jargon: float = 0.4  # ... and when the candidate offers the terms tentatively (below suspect_at)
    statistic: float = 0.5  # per figure (percentage, "3x faster")
    # A duration or size the rubric never states (`unsupported_measures`), per figure, and likewise a code or version
    # (`status_code`), counts only below this coverage: a well-covered answer's extra figure is more often a true detail
    # the rubric leaves out. Coverage does not tell the two apart: the labelled bluffs with an invented code, version or
    # figure cover 0.44-0.56, and a hostile set of 30 correct answers, each with one true detail its gauntlet leaves
    # out, covers 0.29-0.67. Counted up to 0.6 (five more labelled bluffs caught) 18 of those 30 were flagged; up to
    # 0.4, 8 (a single such detail at 0.4-0.6 counted at 0.3 caught none of the five).
    figure: float = 0.5
    figure_below_coverage: float = 0.4


def honest_uncertainty(index: RoundIndex, answer: AnswerView) -> list[str]:
    """Units where the candidate honestly says what they do not know (by wording or like the rubric's honest answers)."""
    # Wording only: an answer that merely resembles the rubric's honest answers ("BTF enables portability")
    # without saying what the candidate does not know is not uncertainty.
    return [u for u in answer.units if _HONEST.search(u.replace("’", "'"))]


def _mentions(unit: str, names: list[str]) -> list[tuple[int, int]]:
    spans = []
    for name in names:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", unit, re.IGNORECASE):
            spans.append((match.start(), match.end()))
    return spans


def _version(text: str) -> tuple[int, int] | None:
    match = re.search(r"(\d{1,2})\.(\d{1,2})", text)
    return (int(match.group(1)), int(match.group(2))) if match else None


@dataclass
class FactCheck:
    contradictions: list[str]  # each quotes the answer and names the rubric's fact
    confirmations: list[str]  # units that state a fact correctly
    contradicting_units: set[int]  # indexes of units that contradict a fact


def check_facts(facts: list[Fact], units: list[str]) -> FactCheck:
    """Compare every version and definition the answer states with the rubric's facts."""
    contradictions: list[str] = []
    confirmations: list[str] = []
    bad_units: set[int] = set()
    version_facts = [f for f in facts if f.kind == "version" and _version(f.value)]
    for unit_index, said in enumerate(units):
        before_count = len(contradictions)
        # "kernel three point two" is kernel 3.2; the candidate's own words are quoted. Only where versions matter.
        unit = digits(said) if version_facts else said
        # Every mention of a version-fact subject, so each stated version is tied to the subject before it.
        mentions: list[tuple[int, int, Fact]] = []
        for fact in version_facts:
            for start, end in _mentions(unit, [fact.subject, *fact.aliases]):
                mentions.append((start, end, fact))
        if mentions:
            inside = [(s, e) for s, e, _ in mentions]
            stated_by_fact: dict[str, list[tuple[tuple[int, int], str, int]]] = {}
            for match in _VERSION.finditer(unit):
                if any(s <= match.start() < e for s, e in inside):
                    continue  # a number that is part of a name ("Ubuntu 22.04")
                if re.search(r"\b(?!Linux\b|Kernel\b)[A-Z][\w-]*\s*$", unit[max(0, match.start() - 30) : match.start()]):
                    continue  # a version of some other named thing ("RHEL 8.2", "OTel 1.0")
                if denied(unit, match.start()):
                    continue  # "3.10, not 5.2": the version it denies
                before = [m for m in mentions if m[1] <= match.start() and match.start() - m[1] <= 80]
                after = [m for m in mentions if m[0] >= match.end() and m[0] - match.end() <= 25]
                if before:
                    owner = max(before, key=lambda m: m[1])
                elif after:
                    owner = min(after, key=lambda m: m[0])
                else:
                    continue
                # The words before the number: after the subject when it comes first ("BTF requires 5.2"), else the
                # sentence's own lead-in ("you need at least 5.8 for BTF").
                floor = owner[1] if owner[1] <= match.start() else 0
                lead = unit[max(floor, match.start() - 40) : match.start()]
                stated_by_fact.setdefault(owner[2].id, []).append(
                    ((int(match.group(1)), int(match.group(2))), lead, match.start())
                )
            for fact in version_facts:
                stated_versions = stated_by_fact.get(fact.id, [])
                expected = _version(fact.value)
                right = [start for v, _, start in stated_versions if v == expected]
                if right:
                    if denies(unit[: right[0]]):  # "it's a myth that BTF needs 5.2"
                        contradictions.append(f'says "{said.strip()}", but {fact.text} ({fact.subject}: {fact.value})')
                        break
                    confirmations.append(said)
                    continue  # higher numbers next to the right one are recommendations ("5.4+ for full support")
                for stated, lead, _ in stated_versions:
                    # Lower than the fact is wrong whatever the verb; higher only when stated as the requirement
                    # itself ("BTF requires 5.8"), since "BTF works on 5.10" is true.
                    words_before = " ".join(lead.split()[-3:])
                    if stated < expected and fact.value.endswith("+") and not _REQUIREMENT.search(lead):
                        continue  # a recommended-from version: a lower one contradicts only as when it came
                    if stated < expected or _REQUIREMENT.search(words_before) or exact_version(fact):
                        contradictions.append(
                            f'says "{said.strip()}", but {fact.text} ({fact.subject}: {fact.value})'
                        )
                        break
        for fact in facts:
            if fact.kind != "definition":
                continue
            for name in [fact.subject, *fact.aliases]:
                stated = stated_expansion(said, name, len(fact.value.split()))
                if not stated:
                    continue
                want = {stem(w) for w in content_words(fact.value)}
                got = {stem(w) for w in content_words(stated)}
                if want and len(want & got) / len(want) < 0.5:
                    contradictions.append(
                        f'says {name} is "{stated}", but {fact.text} ({fact.subject} = {fact.value})'
                    )
                elif want:
                    confirmations.append(said)
        if len(contradictions) > before_count:
            bad_units.add(unit_index)
    return FactCheck(list(dict.fromkeys(contradictions)), confirmations, bad_units)


def detect_bluff(
    index: RoundIndex,
    answer: AnswerView,
    coverage: float,
    patterns: list[WeakPatternResult],
    params: BluffParams,
    facts: FactCheck | None = None,
    conflicts: list[tuple[str, str, bool]] = (),
    stages: list["StageConflict"] | None = None,
    unsupported: list[tuple[int, str]] | None = None,
    other_values: list[tuple[int, str, str]] | None = None,
) -> BluffResult:
    """`conflicts`: (the candidate's words, the rubric statement they contradict, said with a hedge), from the
    claim verifier and the exact fact checks; `stages`, `unsupported` and `other_values`: the answer's
    `stage_conflicts`, `unsupported_measures` and `contradicted_measures`, when already found."""
    honest = honest_uncertainty(index, answer)
    facts = facts or check_facts(index.facts, answer.units)
    contradictions = list(facts.contradictions)
    signals: list[tuple[float, str, bool]] = []  # (strength, reason, damped by honesty)
    for text in contradictions:
        signals.append((params.contradiction, f"contradicts the rubric's facts: {text}", False))
    false_patterns = {p.pattern.id for p in index.patterns if p.pattern.false_claim}
    # The rubric lists it as a common weak answer and does not call it false: a weak answer, not a bluff.
    listed_weak: dict[str, list[WeakPatternResult]] = {}
    for p in patterns:
        if p.id not in false_patterns:
            listed_weak.setdefault(p.evidence, []).append(p)
    for quote, statement, hedged in conflicts:
        text = f'says "{quote.strip()}", but the rubric says: {statement}'
        if text in contradictions:
            continue
        contradictions.append(text)
        if any(_about(p, statement) and not _own_figure(quote, p) for p in listed_weak.get(quote, [])):
            continue  # the listed weak answer is what conflicts: a weak answer, not a bluff
        if _RECOMMENDATION.match(statement) and not _other_version(quote, statement):
            continue  # against "I'd key the limit on the API key": another call, a weak answer, not a false fact
        # Said with a hedge ("I think it's 48 hours, I'd check") it is a claim to check, not a bluff.
        hedged = hedged or bool(_HONEST.search(quote.replace("’", "'")))
        reason = f"a claim to check: {text}" if hedged else f"contradicts the rubric: {text}"
        signals.append((params.contradiction * (params.honest_damping if hedged else 1.0), reason, False))
    for _, said, owner in misnamed_status_codes(index, answer):
        signals.append((params.contradiction, f'names a status code with another code\'s name: "{said}" ({owner} is '
                        f"that name in the HTTP status registry)", True))
    for unit_index, said, sentence in swapped_code_meanings(index, answer):
        text = f'says "{answer.units[unit_index].strip()}", but the rubric says: {sentence}'
        if text not in contradictions:
            contradictions.append(text)
            signals.append((params.contradiction, f'gives a code another code\'s meaning: "{said}", but the rubric '
                            f"says: {sentence}", False))
    for conflict in stage_conflicts(index, answer) if stages is None else stages:
        if conflict.text not in contradictions:
            contradictions.append(conflict.text)
            signals.append((params.contradiction, f"contradicts the rubric: {conflict.text}", False))
    said_false: set[str] = set()
    for pattern in patterns:
        if pattern.id in false_patterns:
            # Found by similarity, not by an exact check: honest uncertainty elsewhere in the answer damps it, as it
            # damps every fuzzy signal (a stale copy "with a longer TTL than the logical expiry" read as "just
            # increase the TTL" flagged an honest answer). A simple sentence is one claim, however many listed false
            # claims it is near: "Yes, that's exactly what workspaces are for" read as both "workspaces are for this"
            # and its opposite, "workspaces are deprecated", and the two made a weak answer a bluff. Nor do two listed
            # false claims in two sentences make one: acting out the rubric's own weak answers is a weak answer (the
            # label rules' "pattern"), and on the 61 development sets every answer flagged for listed false claims
            # alone was one of those or a correct answer read near them ("multiplexed onto a smaller pool of OS threads"
            # as "the OS schedules them"). The first counts, below `suspect_at` on its own; beside another signal it
            # makes a bluff.
            first = not said_false
            said_false.add(pattern.evidence)
            signals.append((params.false_claim if first else 0.0,
                            f'states a known false claim ("{pattern.text}"): "{pattern.evidence}"', True))

    # An answer about something else as a whole: the rubric cannot tell its true terms, figures, codes and citations
    # from invented ones, nor its confidence from bravado. It is off the round, a weak answer; only what the rubric can
    # check (its facts, its listed false claims, another value for what it pins down) is read. On the 72 labelled sets
    # leaving the rest out clears 8 off-topic answers flagged for true details of another subject, and no bluff; on 40
    # hostile cases, 5 of 10 true off-topic answers, and 1 of 30 bluffs written to avoid the rubric's words.
    judged = [] if about_something_else(index, answer) else signals  # where the signals the rubric cannot judge go
    # Jargon: many technical terms, or a list of names, with little said about what they mean. Name-dropping and
    # listing are one behaviour: the stronger of the two counts. Offered tentatively ("the things that come to
    # mind are ...") it is a weak answer, not a bluff: it claims nothing false, so it stays below `suspect_at`
    # and counts only beside another signal.
    asked = {t.lower() for t in domain_terms([index.question])} | {
        w.lower() for w in re.findall(r"(?<=[\w,;:] )([A-Z][a-z]{2,})\b", index.question)
    }
    terms = {t for t in _answer_terms(index, answer) if t.lower() not in asked}
    content = len(content_words(answer.text))
    jargon: list[tuple[float, str]] = []
    if terms and content:
        density = len(terms) / content
        shown = ", ".join(sorted(terms)[:8])
        if len(terms) >= 4 and (coverage < 0.4 or density >= 0.3):
            strength = 0.2 + 0.1 * (len(terms) - 4) + max(0.0, 0.4 - coverage) + max(0.0, density - 0.25)
            if density < params.jargon_density:
                # Terms inside sentences that say something of them are name-dropping, not jargon with no predicate:
                # on its own it is a weak answer ("the BFF holds the tokens, PKCE for the code, DPoP for ...").
                strength = min(strength, params.name_drop)
            jargon.append((strength, f"name-drops {len(terms)} technical terms ({shown}) with little said about what they do"))
        elif len(terms) >= 3 and coverage < 0.25 and density >= 0.2:
            jargon.append((0.3, f"mentions {shown} without explaining them"))
    # Only an answer that is mostly an enumeration (`enumerating_units`) lists instead of saying: a list inside an answer
    # that explains ("3,500 write requests a second, meaning PUT, POST, DELETE and COPY, and 5,500 GET or HEAD") is its
    # content.
    listed = _enumerations(answer) if enumerating_units(answer.units) else 0
    if listed >= LIST_RUN and coverage < 0.5:
        jargon.append((0.1 * listed, f"lists {listed} names or buzzwords in a row without saying what any of them does"))
    if jargon:
        tentative = any(UNSURE.search(u) or _TENTATIVE.search(u) for u in (x.replace("’", "'") for x in answer.units))
        cap = params.tentative_jargon if tentative else params.jargon
        strongest = min(cap, max(strength for strength, _ in jargon))
        judged += [(strongest if i == 0 else 0.0, reason, True) for i, (_, reason) in enumerate(jargon)]

    # Quoting the question's own words ("any kernel") is not bravado, nor is the wording of a weak answer the rubric
    # lists ("transaction mode is strictly better, always use it").
    absolutes = _absolutes(answer.text, _ignored_absolutes(index))
    if len(absolutes) >= 2 and coverage < 0.5:
        strength = min(0.6, 0.15 * len(absolutes) + max(0.0, 0.5 - coverage) * 0.6)
        first_said: dict[str, str] = {}
        for word in absolutes:
            first_said.setdefault(word.lower(), word)  # quoted once, as first said
        quoted = ", ".join(f'"{a}"' for a in list(first_said.values())[:5])
        judged.append((strength, f"confident absolute wording ({quoted}) with little substance", True))

    specifics = _invented_specifics(index, answer)
    if specifics and coverage < 0.5:
        strength = min(0.6, 0.25 * len(specifics) + 0.1)
        judged.append((strength, "specific-sounding details the rubric does not support: " + ", ".join(f'"{s}"' for s in specifics[:4]), True))
    # A standard, section or statistic cited with confidence that the rubric never mentions: invented authority. A
    # standard counts in any part, an aside about another system too ("the same idea as Kafka's idempotent producer,
    # which came in with KIP-500"): a number nobody can check is claimed all the same.
    cited = _unsupported(_AUTHORITY, index, answer, confident_only=True, anywhere=True)
    cited += list(dict.fromkeys(c for _, c in uncited_documents(index, answer)))
    # An error name the gauntlet never gives, like a specific-sounding detail, counts only in an answer that covers
    # less than half of the round: a true error of a nearby case reads just like a wrong one, and a well-covered
    # answer's is more often true.
    error_names = unsupported_error_names(index, answer) if coverage < params.error_name_below_coverage else []
    statistics = _unsupported(_STATISTICS, index, answer, confident_only=True, experience_counts=False,
                              hypothetical_counts=False)
    figures: list[str] = []
    unsupported = unsupported_measures(index, answer) if unsupported is None else unsupported
    covers_little = coverage < params.figure_below_coverage
    if covers_little:
        figures = list(dict.fromkeys(figure for _, figure in unsupported))
    if other_values is None:
        other_values = contradicted_measures(index, answer, unsupported)
    # Another value for what a rubric sentence pins down is no extra detail, however well covered the answer; a part
    # whose figure an exact check already contradicts is said once.
    figures = [f for f in figures if f not in {c[1] for c in other_values}]
    conflicting = [c for c in other_values if not any(f'"{answer.units[c[0]].strip()}"' in text for text in contradictions)]
    for unit_index, _, rubric_says in conflicting:  # another number for what the rubric pins down: a contradiction
        text = f'says "{answer.units[unit_index].strip()}", but the rubric says: {rubric_says}'
        if text not in contradictions:
            contradictions.append(text)
    if conflicting:
        said, rubric_says = conflicting[0][1], conflicting[0][2]
        signals.append((min(0.6, params.figure * len(conflicting)),
                        f'states "{said}" where the rubric says "{rubric_says}"', True))
    cited = [c for c in cited if c not in {said for _, said, _ in other_values}]  # said once, with the rubric's
    # Like a figure, counted only in an answer that covers little: a well-covered answer's extra code is more often a
    # true detail the rubric leaves out ("a broken upstream gets a 503"). A version is an identifier too ("since
    # Terraform 0.14").
    found_codes = [*unsupported_status_codes(index, answer), *unsupported_labelled_codes(index, answer)]
    found_versions = unsupported_versions(index, answer)
    codes = list(dict.fromkeys(code for _, code in [*found_codes, *found_versions]
                               if not any(code in said for _, said, _ in other_values))) if covers_little else []
    if codes:
        what = " or ".join(kind for kind, found in (("code", found_codes), ("version", found_versions))
                           if any(c in codes for _, c in found))
        judged.append((min(0.6, params.status_code * len(codes)),
                        f"gives a {what} the rubric never gives: " + ", ".join(f'"{c}"' for c in codes[:4]), True))
    if error_names:
        judged.append((min(0.6, params.error_name * len(error_names)),
                        "names an error the rubric never names: " + ", ".join(f'"{e}"' for e in error_names[:4]), True))
    if cited:
        judged.append((min(0.6, params.citation * len(cited)),
                        "cites a standard or section the rubric does not mention: " + ", ".join(f'"{c}"' for c in cited[:4]), True))
    if statistics or figures:
        judged.append((min(0.6, params.statistic * len(statistics) + params.figure * len(figures)),
                        "states figures the rubric does not support: " + ", ".join(f'"{x}"' for x in (statistics + figures)[:4]), True))

    return _result(signals, honest, contradictions, params)


def _result(signals: list[tuple[float, str, bool]], honest: list[str], contradictions: list[str],
            params: BluffParams) -> BluffResult:
    """The signals combined: each (strength, reason, damped by honesty) lowers the odds that nothing is wrong."""
    damp = params.honest_damping if honest else 1.0
    confidence = 1.0
    hedged_contradictions = bool(honest) and bool(contradictions)
    for strength, _, dampable in signals:
        effective = strength * (damp if (dampable or hedged_contradictions) else 1.0)
        confidence *= 1.0 - effective
    confidence = round(1.0 - confidence, 4)
    suspected = confidence >= params.suspect_at
    return BluffResult(
        suspected=suspected,
        confidence=confidence,
        reasons=[reason for _, reason, _ in signals],
        honest_uncertainty=honest,
        contradictions=contradictions,
    )


def _about(pattern: WeakPatternResult, statement: str) -> bool:
    """Whether a listed weak answer (its words and the rubric's reason) is about a rubric statement: it shares a third
    of the statement's content words. A part read as "set min and max replicas equal" that also gets the scale-down
    default wrong contradicts that default on its own account."""
    said = {stem(w) for w in content_words(f"{pattern.text} {pattern.why}")}
    wanted = {stem(w) for w in content_words(statement)}
    return bool(wanted) and len(wanted & said) / len(wanted) >= 1 / 3


# Release stages of a named feature ("the alpha HPAScaleToZero feature gate"; "HPAScaleToZero went GA"). "stable" and
# "preview" are left out: they are ordinary words too ("a stable identity").
_STAGE = re.compile(r"\b(?:alpha|beta|experimental|deprecated|generally available|general availability)\b|\bGA\b",
                    re.IGNORECASE)
_STAGE_GROUP = {"alpha": "alpha", "experimental": "alpha", "beta": "beta", "ga": "ga", "generally available": "ga",
                "general availability": "ga", "deprecated": "deprecated"}
_STAGE_NOT = re.compile(r"(?:\bnot|n't|\bnever|\bno longer)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_STAGE_NEAR_WORDS = 5


def _feature_names(text: str) -> list[tuple[int, int, str]]:
    """Names a release stage can belong to: identifiers with an inner capital or a dot, slash or underscore
    ("HPAScaleToZero", "autoscaling/v2", "enable.idempotence"), not ordinary or capitalised words."""
    out = []
    for match in re.finditer(r"[A-Za-z][\w./]*\w", text):
        name = match.group(0)
        inner_capital = any(c.isupper() for c in name[1:]) and any(c.islower() for c in name)
        if (inner_capital or re.search(r"\w[./_]\w", name)) and not _STAGE.fullmatch(name):
            out.append((match.start(), match.end(), name.lower()))
    return out


def _stages(text: str) -> list[tuple[str, str, str]]:
    """(feature name, stage group, sentence) for each release stage said of a name near it (within
    `_STAGE_NEAR_WORDS` words, in the same sentence), leaving out a negated stage ("isn't GA yet")."""
    out = []
    for sentence in re.split(r"(?<=[.;!?])\s+", text):
        names = _feature_names(sentence)
        for match in _STAGE.finditer(sentence):
            word = match.group(0)
            if (word.lower() == "ga" and word != "GA") or _STAGE_NOT.search(sentence[: match.start()]):
                continue
            near = [(abs(len(sentence[min(e, match.start()) : max(s, match.end())].split()) - 1), n)
                    for s, e, n in names]
            near = [x for x in near if x[0] <= _STAGE_NEAR_WORDS]
            if near:
                out.append((min(near)[1], _STAGE_GROUP[word.lower()], sentence))
    return out


@lru_cache(maxsize=256)
def _rubric_stages(text: str) -> dict[str, tuple[frozenset[str], str]]:
    """Feature name -> (the stages the rubric gives it, the rubric's sentence)."""
    found: dict[str, tuple[set[str], str]] = {}
    for name, group, sentence in _stages(text):
        found.setdefault(name, (set(), sentence))[0].add(group)
    return {name: (frozenset(groups), sentence) for name, (groups, sentence) in found.items()}


@dataclass(frozen=True)
class StageConflict:
    unit: int  # the answer's part
    name: str  # the feature, lower-cased
    statement: str  # the rubric's sentence that gives it another stage
    text: str  # 'says "...", but the rubric says: ...'


def stage_conflicts(index: RoundIndex, answer: AnswerView) -> list[StageConflict]:
    """Each release stage the answer gives a feature that the rubric gives another stage, said without a hedge:
    "HPAScaleToZero went GA in 1.27" against "the alpha HPAScaleToZero feature gate"."""
    r = index.round
    known = _rubric_stages(" ".join([r.strong_answer, r.senior_signal or "", *(k.text for k in r.key_points),
                                     *(t.answer for t in r.traps), *(p.why for p in r.weak_patterns)]))
    out: list[StageConflict] = []
    if not known:
        return out
    for unit_index, unit in enumerate(answer.units):
        said = unit.replace("’", "'")
        if _HONEST.search(said) or UNSURE.search(said):
            continue
        for name, group, _ in _stages(said):
            if name in known and group not in known[name][0]:
                statement = known[name][1]
                out.append(StageConflict(unit_index, name, statement,
                                         f'says "{unit.strip()}", but the rubric says: {statement}'))
                break
    return out


def _other_version(quote: str, statement: str) -> bool:
    """Whether the two give a product different versions: the rubric's "I'd set GOMEMLIMIT, available since Go 1.19" is
    a call, but "GOMEMLIMIT, which landed in Go 1.21" gets the fact inside it wrong."""
    said, stated = find_versions(digits(quote)), find_versions(digits(statement))
    return any(s.product and t.product and s.product.lower() == t.product.lower() and s.parts != t.parts
               for s in said for t in stated)


def _own_figure(quote: str, pattern: WeakPatternResult) -> bool:
    """Whether the candidate's words state a number the listed weak answer does not: "archive_timeout defaults to 60
    seconds" is read as the weak answer "set archive_timeout to one second", but the wrong default is its own claim."""
    listed_text = f"{pattern.text} {pattern.why}"
    listed = set(NUMBER_TOKEN.findall(digits(listed_text)))
    if any(n not in listed for n in NUMBER_TOKEN.findall(digits(quote))):
        return True
    # The same number in another unit is another figure: "decision_wait defaults to 5 seconds" is not the weak answer's
    # "five minutes".
    given = measures(listed_text)
    return any(not any(q.kind == g.kind and q.low == g.low and q.high == g.high for g in given)
               for q in measures(quote))




def _answer_terms(index: RoundIndex, answer: AnswerView) -> set[str]:
    """Technical terms the answer uses: the rubric's own terms plus acronyms/camel-case words it introduces."""
    found: set[str] = set()
    lowered = answer.text.lower()
    for term in index.terms:
        if len(term) < 2:
            continue
        if term.isupper() and term.lower() in _ENGLISH_KEYWORDS:
            # "ON", "DO", "INSERT" from the rubric's "INSERT ... ON CONFLICT DO NOTHING" are words in "on that".
            if re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", answer.text):
                found.add(term)
        elif re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", lowered):
            found.add(term)
    found |= domain_terms([answer.text])
    for unit in answer.units:  # Capitalised words inside a sentence are usually names: products, projects, vendors.
        for name in re.findall(r"(?<=[\w,;:] )((?:[A-Z][\w-]*)(?: [A-Z][\w-]*)*)", unit):
            name = re.sub(r"(?: I(?:'\w+)?)+$", "", name)  # "XFetch I think": the pronoun is not part of the name
            if name.lower() not in STOPWORDS and len(name) > 2:
                found.add(name)
    # "BPF Type Format" is one name, not four. A unit ("GB", "MiB") names nothing, nor does the "XX" of a flag
    # ("-XX:+ExitOnOutOfMemoryError").
    found = {t for t in found if not any(t != other and re.search(rf"\b{re.escape(t)}\b", other) for other in found)}
    found = {t for t in found if not is_unit(t) and not re.search(
        rf"(?<![\w-])-{re.escape(t)}:", answer.text)}
    # Case variants of one term count once; which one is shown must not depend on set order (hash seed).
    unique: dict[str, str] = {}
    for term in sorted(found):
        unique.setdefault(term.lower().rstrip("s"), term)
    return set(unique.values())


def uncited_documents(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str]]:
    """(unit index, words) for each named document the answer credits with a rule, said with confidence, with a name
    word the gauntlet never says (`_NAMED_DOCUMENT`): "defined in the LSB init script specification" where the gauntlet
    speaks of sd_notify and never of LSB. Any part counts, as a numbered citation does; one the candidate denies claims
    nothing, and one beside a numbered citation is that citation."""
    document = index.gauntlet_text or index.rubric_text  # lower-case
    out: list[tuple[int, str]] = []
    for unit_index, unit in enumerate(answer.units):
        said = unit.replace("\u2019", "'")
        if _HONEST.search(said) or UNSURE.search(said):
            continue  # "I think it's in the spec": a claim to check
        numbered = [m.span() for regex in _AUTHORITY for m in regex.finditer(unit)]
        for regex in _NAMED_DOCUMENT:
            for match in regex.finditer(unit):
                if denied(unit, match.start()) or any(a - 40 < match.end() and match.start() < b + 40 for a, b in numbered):
                    continue  # "RFC 8878 ... is an IETF standard" cites one document, by its number
                names = [_DESCRIBED.sub("", w) for w in _NAME_WORD.findall(match.group("name"))]  # "QUIC-based" is QUIC
                unknown = [w for w in names if w.lower() not in {"the", "a", "an"}
                           and not re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", document)]
                if unknown:  # quoted from the document's words on: "an IETF standard", not "'s an IETF standard"
                    out.append((unit_index, re.sub(r"^(?:is|are|was|were|['’]s)\s+", "", match.group(0))))
    return list(dict.fromkeys(out))


def _unsupported(regexes: list[re.Pattern], index: RoundIndex, answer: AnswerView, confident_only: bool,
                 experience_counts: bool = True, hypothetical_counts: bool = True, anywhere: bool = False) -> list[str]:
    """Matches of `regexes` in the answer that the rubric's text never states (numbers compared as numbers).
    `experience_counts=False` leaves out parts that report the candidate's own experience;
    `hypothetical_counts=False` leaves out figures of a worked example ("so if you're at 120 percent of the target
    with 10 pods, you go to 12")."""
    return list(dict.fromkeys(token for _, token in _unsupported_in_units(
        regexes, index, answer, confident_only, experience_counts, hypothetical_counts, anywhere)))


def _unsupported_in_units(regexes: list[re.Pattern], index: RoundIndex, answer: AnswerView, confident_only: bool,
                          experience_counts: bool = True, hypothetical_counts: bool = True,
                          anywhere: bool = False, document: bool = False) -> list[tuple[int, str]]:
    """(unit index, match) for every match of `_unsupported` in the parts about the round (`on_topic_units`); with
    `document`, a match any round of the gauntlet states is supported."""
    out: list[tuple[int, str]] = []
    round_text = _one_body_names(index.rubric_text)
    rubric_text = _one_body_names(index.gauntlet_text or index.rubric_text) if document else round_text
    on_topic = set(range(len(answer.units))) if anywhere else on_topic_units(index, answer)
    for unit_index, unit in enumerate(answer.units):
        if unit_index not in on_topic:
            continue
        said = unit.replace("’", "'")
        if confident_only and (_HONEST.search(said) or UNSURE.search(said)):
            continue  # said unsure ("I think", "I'd check"): a claim to check, not an invented authority
        if not experience_counts and _EXPERIENCE.search(said):
            continue  # "at my last job about 30% of incidents were DNS": an observation, not an authority
        sourced = [_SPELLED_PERCENT] if regexes is _STATISTICS and _SOURCED.search(said) else []
        sourced += [_SPELLED_RATIO] if regexes is _STATISTICS and _RESEARCHED.search(said) else []
        for regex in [*regexes, *sourced]:
            for match in regex.finditer(unit):
                token = match.group(0)
                supposing = _EXAMPLE if sourced else _HYPOTHETICAL
                if not hypothetical_counts and (supposing.search(_sentence_before(unit, match.start()))
                                                or unit_index in answer.supposed):
                    continue
                core = re.sub(r"^(?:version|v|since|release|kernel|from|in)\s+", "", token, flags=re.IGNORECASE).lower()
                core = _JOINT_BODY.sub("", core)  # "ISO/IEC 5962" is "ISO 5962"
                numbers = re.findall(r"\d+(?:\.\d+)?", digits(core))  # "eighty percent" is 80 percent
                if re.search(r"%|percent", core):
                    # A percentage is supported by the same percentage, not by its number anywhere ("maxAttempts 3"
                    # and "a few percent" do not state "3 percent"), nor by the rubric denying it ("2% of the budget,
                    # not 14.4%"); one the candidate denies claims nothing.
                    # Another round's percentage counts only about the same thing (`_stated_elsewhere`).
                    if denied(unit, match.start()) or not document and numbers and _percent_stated(
                            token, numbers, round_text) or document and any(
                            _stated_elsewhere(index, said, q) for q in measures(token) if q.kind == "percent"):
                        continue
                elif regex is _SPELLED_RATIO and _RATIO_WORD.match(core) and re.search(
                        rf"\b{re.escape(_RATIO_WORD.match(core).group(0))}\b", rubric_text):
                    continue  # a ratio the round gives itself ("keep up to half the disk free")
                elif core in rubric_text or (numbers and all(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d]|\.\d)", rubric_text)
                                                           for n in numbers) and re.sub(r"[\d.\s%-]", "", core) in rubric_text):
                    continue
                out.append((unit_index, token))
    return out


def _percent_stated(token: str, numbers: list[str], text: str) -> bool:
    """Whether `text` gives the percentage `token` (its `numbers`) as a percentage or within a range it gives."""
    text = _undenied(text)
    return all(re.search(rf"(?<![\d.]){re.escape(n)}\s*(?:%|percent|per cent)", text) for n in numbers) or (
        _within_stated_range(token, text))


_ERROR_ENDING = re.compile(rf"({_ERROR_ENDINGS})$")


def _error_families(name: str) -> frozenset[str]:
    """What kinds of error name it is: an errno name, one of a namespace ("context.", "status::"), and by its ending
    ("exception", "error", "exceeded", ...): "java.net.UnknownHostException" is of "net." and of "exception"."""
    if name in _ERRNO_NAMES:
        return frozenset({"errno"})
    kinds = set()
    qualified = re.match(r"([A-Za-z][A-Za-z0-9]*(?:\.|::))(?=[A-Z])", name)
    if qualified:
        kinds.add(qualified.group(1).lower())
    ending = _ERROR_ENDING.search(name)
    if ending:
        kinds.add(ending.group(1).lower().replace("cancelled", "canceled"))
    return frozenset(kinds)


@lru_cache(maxsize=256)
def _gauntlet_error_families(sentences: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*(_error_families(m.group(0)) for s in sentences for m in _ERROR_IDENTIFIER.finditer(s)))


def unsupported_error_names(index: RoundIndex, answer: AnswerView) -> list[str]:
    """The error names (`_ERROR_IDENTIFIER`) the answer states with confidence in its parts about the round, that no round
    of the gauntlet gives, of a kind the gauntlet itself names ("context.ErrTimeout" where it names
    context.DeadlineExceeded, "ECONNREFUSED" where it names EADDRNOTAVAIL): another error where the rubric says which
    error it is. An error of a kind the gauntlet never discusses ("os.ErrDeadlineExceeded", "Status::Incomplete" in a
    gauntlet with no status names) is more often a true detail it leaves out. Not one the candidate denies ("you won't
    see ECONNREFUSED here")."""
    families = _gauntlet_error_families(index.gauntlet_truth)
    if not families:
        return []
    found = _unsupported_in_units([_ERROR_IDENTIFIER], index, answer, confident_only=True, document=True)
    document = index.gauntlet_text or index.rubric_text  # lower-case
    return list(dict.fromkeys(
        name for unit, name in found if _error_families(name) & families and not _denied_name(answer.units[unit], name)
        and not _named_in(name, document)))


def _named_in(name: str, document: str) -> bool:
    """Whether the (lower-case) document names the error: the whole name, or its last part where that is itself an
    identifier ("java.lang.OutOfMemoryError" is the rubric's OutOfMemoryError; "Status::Throttled" is not its
    "throttled")."""
    last = re.split(r"\.|::", name)[-1]
    candidates = [name] + ([last] if last != name and (sum(c.isupper() for c in last) >= 2 or last in _ERRNO_NAMES) else [])
    return any(re.search(rf"(?<![\w.:]){re.escape(c.lower())}(?!\w)", document) for c in candidates)


def _denied_name(unit: str, name: str) -> bool:
    at = unit.find(name)
    return at >= 0 and (denied(unit, at) or _ruled_out_at(unit, at))


def _within_stated_range(token: str, text: str) -> bool:
    """Whether a percentage lies in a range the text gives ("around 70 percent" in "typically 60 to 75 percent")."""
    said = [q for q in measures(token) if q.kind == "percent"]
    return bool(said) and all(any(r.low <= q.low and q.high <= r.high for r in _percent_ranges(text)) for q in said)


@lru_cache(maxsize=4096)
def _percent_ranges(text: str) -> tuple[Quantity, ...]:
    return tuple(q for q in measures(text) if q.kind == "percent" and q.low < q.high)


def unsupported_status_codes(index: RoundIndex, answer: AnswerView,
                             unsure: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """(unit index, code) for every HTTP status code (`status_codes.codes_in`) the answer says as a plain fact about the
    round (`_plain_parts`) that the gauntlet never gives (in any round: "a retry in flight gets a 409" is true in round 5
    too), nor the round gives its class ("4xx responses are excluded"). Left out: a code ruled out ("rather than a
    500"), in the condition itself ("if you get a 429, back off") or offered as the candidate's own call ("I'd return
    422"); "if the lock is held, Redis returns a 409" states its code. With `unsure` (`_unsure_parts`), those parts
    are read instead (`claims_to_check`)."""
    out: list[tuple[int, str]] = []
    for unit_index, said in _plain_parts(index, answer) if unsure is None else unsure:
        for said_code in codes_in(said):
            code, at = str(said_code.code), said_code.start
            if re.search(rf"(?<![\w.]){code}(?!\d)", index.gauntlet_text or index.rubric_text) or re.search(
                    rf"(?<![\w.]){code[0]}xx\b", index.rubric_text, re.IGNORECASE):
                continue
            lead = clause_before(said, at, width=80, boundaries=_COMMA_CLAUSE)
            lead = lead if unsure is None else _without_doubt(lead)
            condition = _in_condition(lead)
            if _ruled_out_at(said, at) or condition or (
                    _OWN_CALL if unsure is None else _FIRST_PERSON_CALL).search(lead):
                continue
            out.append((unit_index, code))
    return out


def unsupported_labelled_codes(index: RoundIndex, answer: AnswerView,
                               unsure: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """(unit index, the candidate's words) for every labelled code ("error 1032", "SQLSTATE 23505", "exit code 143")
    the answer says as a plain fact about the round (`_plain_parts`) that no true sentence of the gauntlet gives under
    its label: a code is an identifier, so only the same number under the same label supports it. Left out: ports (a
    setting, not a claim), a code ruled out ("never exit code 1"), and the candidate's own call ("I'd exit with code
    3"); said plainly, also a code in the condition itself ("if you see error 1205, retry") and a number the gauntlet
    gives under another word. With `unsure` (`_unsure_parts`), those parts are read instead (`claims_to_check`)."""
    given = _document_codes(index.gauntlet_truth)
    document = index.gauntlet_text or index.rubric_text
    out: list[tuple[int, str]] = []
    for unit_index, said in _plain_parts(index, answer) if unsure is None else unsure:
        text = digits(said)
        for code in find_quantities(text):
            if code.kind != "code" or not code.label or code.label == "port" or (
                    code.label.lower(), code.low) in given or denied(text, code.start):
                continue
            lead = clause_before(text, code.start, width=80)
            if unsure is not None:
                if _FIRST_PERSON_CALL.search(_without_doubt(lead)):
                    continue
            elif _OWN_CALL.search(lead) or _in_condition(lead) or \
                    re.search(rf"(?<![\w.]){code.low:g}(?![\d]|\.\d)", document):
                continue
            out.append((unit_index, text[code.start:code.end]))  # the candidate's words ("status 14", never "status code 14")
    return out


def unsupported_versions(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str]]:
    """(unit index, the candidate's words) for every version of a product the gauntlet names ("since Terraform 0.14",
    "in Kafka 2.6") that the answer says as a plain fact about the round and the gauntlet never gives for that product:
    when a feature arrived is a claim a bluffer invents to sound exact. So does a version named so ("since version
    13"). Only a dotted or named version as the candidate wrote it ("the ETag one wins" is no "ETag 1"). Left out:
    versions of products the gauntlet never names (an aside about another system), a version ruled out, and the
    candidate's own call or condition."""
    rubric, versions = _gauntlet_versions(index)
    named = _named_products(index.gauntlet_truth)
    out: list[tuple[int, str]] = []
    for unit_index, said in _plain_parts(index, answer):
        text = digits(said)
        for version in find_versions(text):
            product = version.product and version.product.lower() in named and len(version.parts) > 1
            if not (product or _VERSION_WORD.match(version.text)) or version.text not in said or _version_stated(
                    version, rubric, versions) or denied(text, version.start):
                continue
            lead = clause_before(text, version.start, width=80)
            if _OWN_CALL.search(lead) or _in_condition(lead):
                continue
            out.append((unit_index, version.text))
    return out


def _gauntlet_versions(index: RoundIndex) -> tuple[str, frozenset[tuple[str | None, tuple[int, ...]]]]:
    """The gauntlet's text (`_document_values`) and the versions it gives: (product, numbers), the products read from
    its true sentences, where their names keep their capitals ("Go 1.25", not "go 1.25")."""
    rubric, versions = (_pieces_values(index.gauntlet_pieces) if index.gauntlet_pieces
                        else _document_values(index.gauntlet_text or index.rubric_text))
    if index.gauntlet_truth:
        versions = versions - {v for v in versions if v[0] is None} | _truth_versions(index.gauntlet_truth)
    return rubric, versions


@lru_cache(maxsize=256)
def _named_products(sentences: tuple[str, ...]) -> frozenset[str]:
    """The names (lower case) a gauntlet's true sentences write with a capital inside a sentence: "Terraform", "Kafka"."""
    return mid_sentence_names(list(sentences))


@lru_cache(maxsize=256)
def _undenied(rubric_text: str) -> str:
    """The rubric's text, number words as digits ("around one percent" states 1%), without the percentages it denies
    ("2% of the budget per hour, not 14.4% of it")."""
    text = digits(rubric_text)
    return _PERCENTAGE.sub(lambda m: " " if denied(text, m.start()) else m.group(0), text)


_PERCENTAGE = re.compile(r"(?<![\d.])\d[\d.]*\s*(?:%|percent|per cent)")


# A part is about the round when it is this similar to one of the round's true statements, or when this share of its
# content words are the rubric's own. Elsewhere the rubric says nothing, so it cannot tell an invented figure from a
# true one: an off-topic answer's true autoscaling defaults ("target 70 percent CPU", "a five-minute window") are a
# weak answer, not a bluff. On the labelled sets the parts with unsupported specifics are 0.22-0.41 similar (word
# share at most 0.25) in off-topic answers, 0.42-0.88 in bluffs but one (0.32).
ON_TOPIC_AT = 0.4
ON_TOPIC_WORDS = 0.3
# An answer about something else as a whole ("shared_buffers and work_mem" asked about Redis eviction) has parts that
# come near the round's words, but the rubric still cannot tell its true details from invented ones: none of its parts
# is about the round when its parts are on average less similar than this to the round's true statements, the answer
# as a whole less similar than `OFF_TOPIC_WHOLE` to the strong answer, and less than `OFF_TOPIC_WORDS` of its content
# words are the round's. A short bluff made of the round's own words ("Cilium has a --kernel-compat=legacy flag that
# backports the BPF features into older kernels") is about the round: its words are the rubric's (0.52), where the
# off-topic answers' are 0.06-0.39 but two. A short answer says too little to tell (`OFF_TOPIC_MIN_WORDS` distinct
# content words): its own invented specifics are most of what it says that the rubric does not ("Since BIND 9.16 the
# resolver keeps negative answers for exactly one hour"). On the 31 labelled sets all this holds for 36 of the 62
# off-topic answers, 9 weak-pattern answers and no bluff, correct, honest or hedged one.
OFF_TOPIC_PARTS = 0.42
OFF_TOPIC_WHOLE = 0.5
OFF_TOPIC_WORDS = 0.45
OFF_TOPIC_MIN_WORDS = 20
# An answer on a neighbouring subject ("DNS privacy, DNS over HTTPS and DNSSEC" asked about DNS failover, CPU
# throttling asked about memory limits) comes nearer the round by topic, but says it in words the rubric does not use:
# it is about something else too when its parts are on average less similar than `NEIGHBOUR_PARTS`, the answer less
# than `NEIGHBOUR_WHOLE`, and less than `NEIGHBOUR_WORDS` of its content words are the round's. On the 72 labelled sets
# this adds 41 of the 144 off-topic answers (7 of them flagged as bluffs for their true details), 14 weak-pattern
# answers, 4 honest ones and no bluff, correct or hedged one; the bluffs' word share is 0.19-0.87, 0.47 at the 10th
# percentile, and no bluff has all three. A bluff written on purpose in words the rubric never uses can ("the ISP lookup
# boxes keep handing out the old address until their countdown runs out, and RFC 7719 says ..."): 1 of 30 such.
NEIGHBOUR_PARTS = 0.5
NEIGHBOUR_WHOLE = 0.6
NEIGHBOUR_WORDS = 0.4
_LEANING_WORDS = 4


def on_topic_units(index: RoundIndex, answer: AnswerView) -> set[int]:
    """The answer's parts about the round (`ON_TOPIC_AT`, `ON_TOPIC_WORDS`), none in an answer about something else
    (`OFF_TOPIC_PARTS`). A part of a few words leans on the parts beside it ("RFC 9999 says so."): it is about the round
    when one of them is."""
    vectors = index.statement_vectors
    n = len(answer.units)
    if vectors is None or not len(vectors) or not n:
        return set(range(n))
    best = (answer.vectors @ vectors.T).max(axis=1)
    rubric_words = _rubric_stems(index.rubric_text)
    if _about_something_else(index, answer, best, rubric_words):
        return set()  # no part of it is about the round
    alone = {i for i, stems in enumerate(answer.unit_stems)
             if best[i] >= ON_TOPIC_AT or (stems and len(stems & rubric_words) / len(stems) >= ON_TOPIC_WORDS)}
    short = {i for i, stems in enumerate(answer.unit_stems) if len(stems) <= _LEANING_WORDS}
    return alone | {i for i in short if i - 1 in alone or i + 1 in alone}


def about_something_else(index: RoundIndex, answer: AnswerView) -> bool:
    """Whether the answer as a whole is about something other than the round (`OFF_TOPIC_PARTS`, `NEIGHBOUR_PARTS`):
    never a short answer, which says too little to tell (`OFF_TOPIC_MIN_WORDS`)."""
    vectors = index.statement_vectors
    if vectors is None or not len(vectors) or not answer.units:
        return False
    return _about_something_else(index, answer, (answer.vectors @ vectors.T).max(axis=1), _rubric_stems(index.rubric_text))


def _about_something_else(index: RoundIndex, answer: AnswerView, best: np.ndarray, rubric_words: frozenset[str]) -> bool:
    if index.strong_vector is None:
        return False
    parts, whole = float(best.mean()), float(answer.vector @ index.strong_vector)
    if parts >= NEIGHBOUR_PARTS or whole >= NEIGHBOUR_WHOLE:
        return False
    said = set().union(*answer.unit_stems)
    if len(said) < OFF_TOPIC_MIN_WORDS:
        return False
    far = parts < OFF_TOPIC_PARTS and whole < OFF_TOPIC_WHOLE
    return len(said & rubric_words) / len(said) < (OFF_TOPIC_WORDS if far else NEIGHBOUR_WORDS)


@lru_cache(maxsize=256)
def _rubric_stems(rubric_text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(rubric_text))


@lru_cache(maxsize=1024)
def _rubric_measures(rubric_text: str) -> tuple[Quantity, ...]:
    """The rubric's figures, less the ones it denies ("kept for 24 hours, not 90 days")."""
    text = digits(rubric_text)
    return tuple(q for q in measures(rubric_text) if not denied(text, q.start))


def _plain_parts(index: RoundIndex, answer: AnswerView) -> Iterator[tuple[int, str]]:
    """(unit index, text with straight apostrophes) for the parts about the round said as plain facts: no hedge, no
    admission, not the candidate's own experience."""
    on_topic = on_topic_units(index, answer)
    for unit_index, unit in enumerate(answer.units):
        said = unit.replace("’", "'")
        if unit_index in on_topic and not (_HONEST.search(said) or UNSURE.search(said) or _EXPERIENCE.search(said)
                                           or _doubted_after(answer, unit_index)):
            yield unit_index, said


# A short part that only doubts what came just before ("... defaults to 180000. I think. I'd have to double-check
# that one.", "Don't quote me on that."): the part before it is said unsure.
_DOUBTS_BACK = re.compile(
    r"^\W*(?:(?:but|though|and|so)\W+)?(?:i think|i believe|i could be wrong(?: (?:about|on) (?:that|this|it))?|"
    r"don'?t quote me(?: on (?:that|this|it))?|(?:i'?m )?not (?:100% |totally |entirely )?sure (?:about|of|on) (?:that|this|it)"
    r"(?: one)?|i'?d (?:have|need|want) to (?:double[- ])?check (?:that|this|it)(?: one)?(?: though)?)\W*$",
    re.IGNORECASE)


def _doubted_after(answer: AnswerView, unit_index: int) -> bool:
    """Whether the part right after this one only doubts it (`_DOUBTS_BACK`)."""
    following = unit_index + 1
    return following < len(answer.units) and bool(_DOUBTS_BACK.match(answer.units[following].replace("’", "'")))


def _unsure_parts(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str]]:
    """(unit index, text with straight apostrophes) for the parts about the round whose facts the candidate says they
    doubt ("I think it's about an hour, but I'd check"): not the candidate's own experience, nor a part that only says
    what the candidate does not know ("I'm not sure what Route 53 does if both sides fail")."""
    on_topic = on_topic_units(index, answer)
    out = []
    for unit_index, unit in enumerate(answer.units):
        said = unit.replace("’", "'")
        if unit_index in on_topic and unit_index not in answer.doubts and (
                _HONEST.search(said) or DOUBT.search(said) or _doubted_after(answer, unit_index)) \
                and not _EXPERIENCE.search(said):
            out.append((unit_index, said))
    return out


def _without_doubt(lead: str) -> str:
    """The words before a figure without the speaker's doubt: "if I remember right", "something like" and "I think"
    say the figure is an estimate, not that it is a condition, an example or the speaker's own choice."""
    return re.sub(r"\bsomething like\b", " ", UNSURE.sub(" ", _HONEST.sub(" ", lead)), flags=re.IGNORECASE)


def claims_to_check(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str]]:
    """(unit index, the candidate's words) for each specific said unsure that the rubric does not state: a figure,
    version, status code, standard, statistic or identifier ("I think Terraform waits about ten minutes for a lock,
    but I'd check"). Not a bluff, and no admission is punished; but a detail the candidate doubts and the rubric cannot
    confirm leaves the answer short of "most of the substance, and correct"."""
    unsure = _unsure_parts(index, answer)
    said_in = dict(unsure)
    found = [*unsupported_measures(index, answer, unsure), *unsupported_status_codes(index, answer, unsure)]
    # Against the whole gauntlet: a standard, version or name any round gives is stated; a statistic only where a round
    # gives it about the same thing (`_stated_elsewhere`).
    found += [(i, token) for i, token in _unsupported_in_units(
        [*_SPECIFICS, *_AUTHORITY, *_STATISTICS, _SPELLED_PERCENT, _PRICE], index, answer, confident_only=False,
        document=True)
        if i in said_in and not _offered_as_own(said_in[i], token) and not supposes(said_in[i])]
    rubric, versions = _gauntlet_versions(index)
    found += unsupported_labelled_codes(index, answer, unsure)
    for unit_index, said in unsure:
        text = digits(said)
        # A version ("which I think came in 3.9") or a setting's value ("I think default_pool_size defaults to 50")
        # that the document never gives.
        found += [(unit_index, v.text) for v in find_versions(text) if not _version_stated(v, rubric, versions)
                  and (len(v.parts) > 1 or _VERSION_WORD.match(v.text))]
        found += [(unit_index, m.group(0)) for m in _SETTING_VALUE.finditer(said)
                  if not _number_stated(index, said, digits(m.group("value")).strip().replace(",", ""))]
    return sorted(dict.fromkeys(found))


def _offered_as_own(said: str, token: str) -> bool:
    """Whether a specific said unsure is offered as the candidate's own choice or example, not doubted as a fact:
    "I'd alert when rejections go above, I think, 5%", "I think I'd also set prevent_destroy"."""
    at = said.find(token)
    if at < 0:
        return False
    lead = _without_doubt(clause_before(said, at, width=80, boundaries=_FIGURE_CLAUSE))
    if _DEFAULT_WORD.search(lead):
        return False
    # An example is set up in the figure's own clause ("say we're at 120%"); an "if" further back is the condition of
    # the rule the candidate doubts ("the example says if an incident eats half the budget, I want to say 50%, ...").
    example = _HYPOTHETICAL.search(_without_doubt(clause_before(said, at, width=80, boundaries=_COMMA_CLAUSE)))
    return bool(_chooses(_filler_like(lead)) or example or _OWN_LEAD.search(lead)
                or _OWN_PLAN.search(said[at + len(token):]))


def _filler_like(lead: str) -> str:
    """A lead without a filler "like" right before the figure ("kills a script after like five seconds"); "something
    short, like a minute" keeps it (an example)."""
    return re.sub(r"(?<![,(—–-])\s+like\s*$", " ", lead, flags=re.IGNORECASE)


def _version_stated(version: Version, rubric: str, versions: frozenset[tuple[str | None, tuple[int, ...]]]) -> bool:
    """Whether the document gives this version: the same numbers of the same product (or of none, "since 1.10", in a
    document that names the product), or its words as written ("Terraform 1.1" is not given by "Terraform 1.10", nor
    "FAPI 2.0" by "OAuth 2.0")."""
    product = version.product.lower() if version.product else None
    if any(parts == version.parts and (product is None or named == product or named is None and product in rubric)
           for named, parts in versions):
        return True
    return bool(re.search(rf"(?<![\w.]){re.escape(version.text.lower())}(?!\w|\.\d)", rubric))


# A version said as one: dotted ("3.9") or named so ("version 2", "v2", "kernel 6"); "So 137" or "Day 90" is no version.
_VERSION_WORD = re.compile(r"(?:v|version|release|kernel)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _document_values(text: str) -> tuple[str, frozenset[tuple[str | None, tuple[int, ...]]]]:
    """A document's text (number words as digits, lower case) and its versions (product, numbers): read once per
    document, not once per answer (number words are slow to read)."""
    text = digits(text)
    return text.lower(), _versions_of(text)


@lru_cache(maxsize=256)
def _pieces_values(pieces: tuple[str, ...]) -> tuple[str, frozenset[tuple[str | None, tuple[int, ...]]]]:
    """`_document_values` of the pieces' text, read piece by piece: each round's text is read once for the whole
    gauntlet, where the joined text differs from round to round."""
    values = [_document_values(piece) for piece in pieces]
    return " ".join(text for text, _ in values), frozenset().union(*(versions for _, versions in values))


@lru_cache(maxsize=4096)
def _versions_of(text: str) -> frozenset[tuple[str | None, tuple[int, ...]]]:
    """(product in lower case or None, numbers) of each version in `text` (number words already digits)."""
    return frozenset((v.product.lower() if v.product else None, v.parts) for v in find_versions(text))


# "defaults to 50", "the default sample size is 10", "is capped at 10 threads": a setting's value as a bare number.
_SETTING_VALUE = re.compile(
    r"\b(?:defaults? to|default(?: \w+){0,3} (?:is|of)|(?:capped|limited) at|limit (?:is|of))\s+(?:about |around |roughly )?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:" + "|".join(NUMBER_WORDS) + r")(?:[- ](?:" + "|".join(NUMBER_WORDS[:9]) + r"))?)"
    r"(?![\w-]|[.,]\d)(?!\s*(?:%|(?:" + UNIT_WORDS + r")\b))", re.IGNORECASE)  # a figure with a unit is a measure


def describe_claims_to_check(answer: AnswerView, found: list[tuple[int, str]]) -> list[str]:
    """One line per answer part of `claims_to_check`, in the candidate's words only."""
    by_unit: dict[int, list[str]] = {}
    for unit_index, words in found:
        by_unit.setdefault(unit_index, []).append(words)
    return [", ".join(f'"{w}"' for w in dict.fromkeys(words)) + f' (you said: "{answer.units[i].strip()}"): '
            "said unsure, and the rubric does not state it" for i, words in sorted(by_unit.items())]


def unsupported_measures(index: RoundIndex, answer: AnswerView,
                         unsure: list[tuple[int, str]] | None = None) -> list[tuple[int, str]]:
    """(unit index, figure) for every duration or size the answer states as a fact about the world that no figure
    of the rubric agrees with (in any unit): "locks expire after 15 minutes", "offsets are kept for 24 hours".
    Left out: figures said with a hedge, from the candidate's experience, in a worked example or as the candidate's
    own choice or example ("I'd set it to 10 minutes", "like five minutes"), "half a day", and "a day", "an hour",
    "one minute" unless timed ("after one hour", "for an hour"). Percentages are statistics (`_STATISTICS`). The
    figure is quoted in the candidate's own words ("fifteen minutes"). With `unsure` (`_unsure_parts`), those parts
    are read instead, where an estimate ("about an hour") is the claim (`claims_to_check`)."""
    wanted = _rubric_measures(index.rubric_text)
    out: list[tuple[int, str]] = []
    for unit_index, said in _plain_parts(index, answer) if unsure is None else unsure:
        text = digits(said)
        for figure in measures(said):
            words = _said_words(said, text, figure)
            if figure.kind == "percent" or re.match(r"half\b", words, re.IGNORECASE) or re.search(
                    r"\b(?:half|a couple of|a few)\s+(?:an?\s+)?$", text[: figure.start], re.IGNORECASE):
                continue  # "half a day", "a couple of hours": a manner of speaking
            if re.match(r"(?:a|an|one)\b", words, re.IGNORECASE) and not (unsure is not None and figure.approximate) and (
                    figure.approximate or not _TIMED.search(text[max(0, figure.start - 20) : figure.start])):
                continue  # "a day or so", "in a minute": only "after one hour", "every day", "for an hour" are claims
            lead = clause_before(text, figure.start, width=80, boundaries=_FIGURE_CLAUSE)
            lead = lead if unsure is None else _filler_like(_without_doubt(lead))
            if _chooses(lead) or _HYPOTHETICAL.search(lead) or unit_index in answer.supposed or _warned_against(
                    text, figure.start, figure.end):
                continue
            if unsure is not None and (_OWN_PLAN.search(text[figure.end :]) or _OWN_LEAD.search(lead)) and (
                    not _DEFAULT_WORD.search(lead)):
                continue  # (not "the default is 5 minutes, which is fine": a default is a fact about the world)
            # Said unsure, a figure the round gives counts only where it gives it about the same thing
            # (`_stated_elsewhere`): "I think the default election timeout is 300 milliseconds" is not supported by a
            # round that says "a 300 ms round trip". The question's own scenario always counts.
            if any(figure.kind == known.kind and figure.agrees(known)
                   for known in (wanted if unsure is None else _rubric_measures(index.question))):
                continue
            if unsure is not None and _stated_elsewhere(index, said, figure):
                continue
            out.append((unit_index, words))
    return out


# Another round of the gauntlet gives a figure said unsure when one of its true sentences gives the same figure about
# the same thing: this many content words shared by the two clauses that hold the figure ("I think Stripe keeps keys for
# 24 hours" against round 2's "Stripe keeps keys for at least 24 hours"). The whole sentence would do for too many wrong
# figures: "I think the default visibility timeout is five minutes" is a claim to check, though another round says
# "That window only covers producer retries within five minutes; it doesn't stop a redelivery after a visibility timeout".
ELSEWHERE_SHARED_WORDS = 2
_CLAUSE_EDGE = re.compile(r"[,;:()—–]|\s-\s|\b(?:and|but|so|which|while|whereas|because)\b", re.IGNORECASE)


def _figure_clause(text: str, start: int, end: int) -> set[str]:
    """Content stems of the clause of `text` (number words as digits) that holds the figure at start:end, the figure
    left out."""
    edges = [m for m in _CLAUSE_EDGE.finditer(text)]
    left = max((m.end() for m in edges if m.end() <= start), default=0)
    right = min((m.start() for m in edges if m.start() >= end), default=len(text))
    return _stems_beside_figures(text[left:start] + " " + text[end:right])


def _stated_elsewhere(index: RoundIndex, said: str, figure: Quantity) -> bool:
    """Whether a true sentence gives `figure` (a measure of `said`) about what `said` says it of (`_about_the_same`)."""
    this_round, any_round = ([stems for known, stems in _document_figures(sentences)
                              if figure.kind == known.kind and figure.agrees(known)]
                             for sentences in (index.round_truth, index.gauntlet_truth))
    return _about_the_same(digits(said), figure.start, figure.end, this_round, any_round)


def _number_stated(index: RoundIndex, said: str, value: str) -> bool:
    """Whether a true sentence gives the bare number `value` (a setting's value in `said`) about what `said` is about,
    as `_stated_elsewhere` does for measures ("I think somaxconn defaults to 128" is not given by "4096 since 5.4, and
    was 128 before")."""
    text = digits(said)
    at = re.search(rf"(?<![\d.]){re.escape(value)}(?![\d]|\.\d)", text)
    this_round, any_round = ([stems for number, stems in _document_numbers(sentences) if number == value]
                             for sentences in (index.round_truth, index.gauntlet_truth))
    return _about_the_same(text, at.start() if at else 0, at.end() if at else 0, this_round, any_round)


def _about_the_same(text: str, start: int, end: int, this_round: list[frozenset[str]],
                    any_round: list[frozenset[str]]) -> bool:
    """Whether a value at start:end of `text` (number words as digits) is given about the same thing by a true sentence
    whose clause holding the same value has the stems `this_round` (of this round: it shares a word with the part, the
    speaker's doubt left out) or `any_round` (of any round: it shares `ELSEWHERE_SHARED_WORDS` with the clause holding
    the value)."""
    part = _stems_beside_figures(_without_doubt(text))  # "I'd check" says nothing of what the value is about
    words = _figure_clause(text, start, end) if end else set()
    return any(_share_a_word(part, stems) for stems in this_round) or any(
        len(words & stems) >= ELSEWHERE_SHARED_WORDS for stems in any_round)


def _share_a_word(a: set[str], b: frozenset[str]) -> bool:
    """Whether two sets of stems share a word, read by its first five letters ("expires" and "expiry")."""
    return bool({w[:5] for w in a} & {w[:5] for w in b})


@lru_cache(maxsize=256)
def _truth_versions(sentences: tuple[str, ...]) -> frozenset[tuple[str | None, tuple[int, ...]]]:
    """(product, numbers) of every version a gauntlet's true sentences give."""
    return frozenset().union(*(_versions_of(digits(sentence)) for sentence in sentences))  # both cached per sentence


@lru_cache(maxsize=256)
def _document_codes(sentences: tuple[str, ...]) -> frozenset[tuple[str, float]]:
    """(label, number) of each labelled code a gauntlet's true sentences give ("RCODE 3", "exit code 137")."""
    return frozenset((q.label.lower(), q.low) for sentence in sentences for q in find_quantities(digits(sentence))
                     if q.kind == "code" and q.label)


@lru_cache(maxsize=256)
def _document_numbers(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(number, content stems of its clause) for each bare number of a gauntlet's true sentences."""
    out = []
    for sentence in sentences:
        text = digits(sentence)
        out += [(m.group(0), frozenset(_figure_clause(text, m.start(), m.end()))) for m in NUMBER_TOKEN.finditer(text)
                if not denied(text, m.start())]
    return tuple(out)


@lru_cache(maxsize=256)
def _document_figures(sentences: tuple[str, ...]) -> tuple[tuple[Quantity, frozenset[str]], ...]:
    """(measure, content stems of its clause) for each measure of a gauntlet's true sentences, read once per gauntlet."""
    out = []
    for sentence in sentences:
        text = digits(sentence)
        out += [(q, frozenset(_figure_clause(text, q.start, q.end))) for q in measures(sentence)
                if not denied(text, q.start)]
    return tuple(out)


# A figure the rubric never states contradicts a rubric sentence when the two share this many content words besides
# their figures ("the default enforcement lets clients ping as often as every 30 seconds" against "by default it
# rejects pings more often than every five minutes"). On the labelled sets every unsupported figure with 3 or more
# shared words sits in a bluff; 1-2 shared words are true details the rubric leaves out as often.
CONFLICT_SHARED_WORDS = 3


def contradicted_measures(index: RoundIndex, answer: AnswerView,
                          unsupported: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's figure, the rubric's sentence) for each unsupported figure (`unsupported_measures`)
    whose part says about the same thing (`CONFLICT_SHARED_WORDS`) as a rubric sentence that states another value
    of the same kind: the answer gives another value for what the rubric pins down. Codes too (`_unsupported_codes`):
    "the containers exit with code 139" against "Reason: OOMKilled, Exit Code: 137"."""
    out: list[tuple[int, str, str]] = [*_misattributed_citations(index, answer), *_swapped_citations(index, answer),
                                       *_contradicted_settings(index, answer),
                                       *_contradicted_rates(index, answer), *_misattributed_codes(index, answer),
                                       *_misattributed_errors(index, answer), *_contradicted_versions(index, answer),
                                       *_contradicted_counts(index, answer),
                                       *misattributed_owners(list(_plain_parts(index, answer)), index.gauntlet_truth,
                                                             index.gauntlet_text or index.rubric_text)]
    for unit_index, figure, said in [(i, f, _figures(f)) for i, f in unsupported] + _unsupported_codes(index, answer):
        if not said:
            continue
        unit = answer.units[unit_index]
        # A code is said of its own clause ("...; a refused query gets response code 5"), a figure of its part.
        words = _stems_beside_figures(_clause_of(unit, figure) if said[0].kind in ("status", "code") else unit)
        settings = _setting_names(unit)
        for sentence in _figure_sentences(index):
            if any(q.comparable(said[0]) for q in _pinned_figures(sentence)) and \
                    len(words & _stems_beside_figures(sentence)) >= CONFLICT_SHARED_WORDS and not (
                    settings and _setting_names(sentence) and not _same_setting(settings, _setting_names(sentence))):
                out.append((unit_index, figure, sentence))
                break
    return out


def _contradicted_versions(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's version, the gauntlet's sentence) for each version the gauntlet never gives for
    its product (`unsupported_versions`) said in a clause that says about the same thing (`CONFLICT_SHARED_WORDS`;
    versions, the product's name and `_VERSION_WORDS` left out) as a true sentence that gives the same product
    another version: "the NX and PX options only landed on SET in Redis 6.0" against "SET has accepted NX and PX since
    Redis 2.6.12". However well covered the answer, that is another value for what the rubric pins down, where a
    version the rubric has no sentence on may be a true detail it leaves out."""
    found = unsupported_versions(index, answer)
    if not found:
        return []
    given = _gauntlet_version_sentences(index.gauntlet_truth)
    out: list[tuple[int, str, str]] = []
    for unit_index, said in found:
        version = next((v for v in find_versions(digits(said)) if v.product), None)
        if version is None:
            continue
        product = version.product.lower()
        unit = answer.units[unit_index]
        # The clause that holds the version: "Locking has been built into remote backends since Terraform 0.9, and now
        # S3 can lock natively" says nothing of 0.9 in its second clause.
        clause = next((c for c in _VERSION_CLAUSE.split(unit) if said in c), unit)
        words = _stems_beside_figures(clause) - {stem(product)} - _VERSION_WORDS
        for products, stems, sentence in given:
            if product in products and len(words & stems) >= CONFLICT_SHARED_WORDS:
                out.append((unit_index, said, sentence))
                break
    return out


# Words any version is said with ("since", "added in"): they say nothing of what the version is for.
_VERSION_WORDS = frozenset(stem(w) for w in
                           "since version versions release released added introduced landed came new".split())
_VERSION_CLAUSE = re.compile(r"[;:]\s+|,\s+(?=(?:and|so|but|which|while|whereas|though|although)\b)|\s+but\s+",
                             re.IGNORECASE)


@lru_cache(maxsize=256)
def _gauntlet_version_sentences(sentences: tuple[str, ...]) -> tuple[tuple[frozenset[str], frozenset[str], str], ...]:
    """(the products it gives a version of, its content stems, the sentence) for each true sentence with a version."""
    out = []
    for sentence in sentences:
        products = frozenset(v.product.lower() for v in find_versions(digits(sentence))
                             if v.product and len(v.parts) > 1)
        if products:
            out.append((products, _stems_beside_figures(sentence), sentence))
    return tuple(out)


# A rate of a named thing: "1,000 write capacity units per second", "ten thousand write units a second".
_RATE = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:a|an|per|each|every)\s+"
                   r"(second|2nd|minute|hour|day)s?\b", re.IGNORECASE)  # text2num reads "a second from" as "a 2nd"


def _rates(text: str) -> list[tuple[float, str, frozenset[str], str]]:
    """(value, time unit, stems of what is counted, the words) of each rate in a text (number words as digits)."""
    out = []
    for match in _RATE.finditer(digits(text)):
        counted = frozenset(stem(w) for w in match.group(2).lower().split() if w not in STOPWORDS)
        if counted:
            per = "second" if match.group(3) == "2nd" else match.group(3).lower()
            out.append((float(match.group(1)), per, counted, match.group(0).replace(" 2nd", " second")))
    return out


def _contradicted_rates(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's rate, the gauntlet's sentence) for each rate said plainly of a thing the gauntlet
    gives another rate of, per the same unit of time, in a sentence that says about the same thing
    (`CONFLICT_SHARED_WORDS`): "each partition can sustain about ten thousand write units a second" against "roughly
    3,000 read capacity units and 1,000 write capacity units per second". What is counted must be the gauntlet's
    (every word of "write units" is in "write capacity units"; "read units" is another thing)."""
    given = _document_rates(index.gauntlet_truth)
    out: list[tuple[int, str, str]] = []
    if not given:
        return out
    for unit_index, said in _plain_parts(index, answer):
        words = _stems_beside_figures(said)
        for value, per, counted, text in _rates(said):
            same = [(rate, sentence) for rate, sentence in given if rate[1] == per and counted <= rate[2]]
            if not same or any(rate[0] == value for rate, _ in same):
                continue
            conflict = next((sentence for _, sentence in same
                             if len(words & _stems_beside_figures(sentence)) >= CONFLICT_SHARED_WORDS), None)
            if conflict:
                out.append((unit_index, _said_rate(said, text), conflict))
    return out


@lru_cache(maxsize=256)
def _document_rates(sentences: tuple[str, ...]) -> tuple[tuple[tuple[float, str, frozenset[str], str], str], ...]:
    """(rate, sentence) for each rate of a gauntlet's true sentences, read once per gauntlet, not once per answer."""
    return tuple((rate, sentence) for sentence in sentences if not supposes_a_case(sentence) for rate in _rates(sentence))


def _said_rate(said: str, text: str) -> str:
    """The candidate's own words for a rate found in `digits(said)`: "ten thousand write units a second"."""
    rest = text.split(maxsplit=1)[1] if " " in text else text  # "write units a second"
    place = re.search(r"\s+".join(map(re.escape, rest.split())), said, re.IGNORECASE)
    if not place:
        return text
    head = said[: place.start()].rstrip()
    spoken = _NUMBER_WORDS.search(head + " ") or re.search(r"[\d.,]+\s*$", head)
    return said[spoken.start() : place.end()].strip() if spoken else text


# A setting's own name: "replica_net_timeout", "auto.commit.interval.ms", "enable.auto.commit", "maxReceiveCount".
_SETTING_NAME = re.compile(r"\b[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+\b|\b[a-z]+[A-Z][A-Za-z0-9]+\b")


def _setting_names(text: str) -> set[str]:
    """The settings a text names: a part that names one setting and a rubric sentence that names only others speak
    of different settings ("replica_net_timeout, 60 seconds by default" against "rpl_semi_sync_source_timeout
    defaults to 10000 milliseconds"), however many words they share."""
    return {m.group(0).lower() for m in _SETTING_NAME.finditer(text) if not re.fullmatch(r"[\d.]+|e\.g|i\.e", m.group(0))}


def _same_setting(a: set[str], b: set[str]) -> bool:
    """Whether two sets of setting names share one, a name said without its namespace included: "dirty_expire_centisecs"
    is "vm.dirty_expire_centisecs" (a blind set's wrong duration for it was let through as another setting's). Only a
    bare name drops a namespace: dotted names are whole, "session.timeout.ms" is not "zookeeper.session.timeout.ms"."""
    return any(x == y or "." not in y and x.endswith("." + y) or "." not in x and y.endswith("." + x) for x in a for y in b)


def _contradicted_settings(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's words, the gauntlet's sentence) for each setting's value said plainly ("still
    defaults to five primary shards") that no true sentence gives about the same thing (`_number_stated`) where one
    gives another number about it: a clause sharing `ELSEWHERE_SHARED_WORDS` content words with the candidate's ("The
    defaults since 7.0 are one primary and one replica")."""
    out: list[tuple[int, str, str]] = []
    for unit_index, said in _plain_parts(index, answer):
        text = digits(said)
        for match in _SETTING_VALUE.finditer(said):
            value = digits(match.group("value")).strip().replace(",", "")
            at = re.search(rf"(?<![\d.]){re.escape(value)}(?![\d]|\.\d)", text)
            if at is None or _number_stated(index, said, value):
                continue
            words = _figure_clause(text, at.start(), at.end())
            for sentence in index.gauntlet_truth:
                plain = digits(sentence)
                if any(number.group(0) != value and not denied(plain, number.start()) and len(
                        words & _figure_clause(plain, number.start(), number.end())) >= ELSEWHERE_SHARED_WORDS
                       for number in NUMBER_TOKEN.finditer(plain)):
                    out.append((unit_index, match.group(0), sentence))
                    break
    return out


# A count of things: a number and the plural noun it counts, one word between at most ("caps an upload at 1,000
# parts", "five voting members"). Not a number after a name or an identifier ("RFC 8941 defines"), a measure (a unit
# counts no things), an estimate ("about 10,000 rows", `APPROXIMATE`), a multiplier ("3 times") or a status code
# ("503 status codes").
_COUNT = re.compile(r"(?<![\w.,/-])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?![.,]\d)(?:\s+(?P<modifier>[a-z][a-z-]*[a-rt-z]))?"
                    r"\s+(?P<noun>[a-z][a-z-]*[a-rt-z]s)\b")
_AFTER_NAME = re.compile(r"(?:[A-Z][\w.-]*|[\w.-]*\d[\w.-]*|[\w-]*_[\w-]*)\s+$")
_NOT_COUNTED = frozenset({"times", "status", "codes", "responses", "errors"})
# The words that make a count a bound or a default, the kind of figure a rubric pins down ("caps an upload at 1,000
# parts", "defaults to three replicas"); a count without one is as often a scenario, an example or a piece of advice.
# Both the candidate's count and the gauntlet's must be one: "a five-member cluster tolerates two failed members" pins
# down no number of members.
_COUNT_BOUND = re.compile(r"\b(?:caps?|capped|limits?|limited|max(?:imum)?|min(?:imum)?|at most|at least|up to|"
                          r"no more than|defaults?)\b", re.IGNORECASE)


def _counts(text: str) -> Iterator[tuple[str, str, re.Match]]:
    """(number, stem of the noun it counts, match) for each count of things in `text` (number words as digits)."""
    for match in _COUNT.finditer(text):
        noun, modifier = match.group("noun").lower(), (match.group("modifier") or "").lower()
        if {noun, modifier} & (STOPWORDS | _NOT_COUNTED) or is_unit(noun) or is_unit(modifier):
            continue
        before = text[max(0, match.start() - 25) : match.start()]
        if _AFTER_NAME.search(before) or APPROXIMATE.search(before):
            continue
        yield match.group("number").replace(",", ""), stem(noun), match


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` that holds start:end (`_FIGURE_CLAUSE` edges)."""
    left = max((m.end() for m in _FIGURE_CLAUSE.finditer(text, 0, start)), default=0)
    right = min((m.start() for m in _FIGURE_CLAUSE.finditer(text, end)), default=len(text))
    return text[left:right]


@lru_cache(maxsize=256)
def _document_counts(sentences: tuple[str, ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per noun stem, (number, sentence) of each bound or default count of it (`_COUNT_BOUND`, in its clause) that a
    gauntlet's true sentences give, none denied."""
    out: dict[str, list[tuple[str, str]]] = {}
    for sentence in sentences:
        text = digits(sentence)
        for number, noun, match in _counts(text):
            bound = _COUNT_BOUND.search(_clause_around(text, match.start(), match.end()))
            if bound and not denied(text, match.start()):
                out.setdefault(noun, []).append((number, sentence))
    return {noun: tuple(found) for noun, found in out.items()}


def _contradicted_counts(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's count, the gauntlet's sentence) for each bound or default count of things said
    plainly ("S3 caps an upload at 1,000 parts") where the gauntlet counts the same things with other numbers only
    ("200 GB over 10,000 parts"), and gives the candidate's number nowhere. Not the question's own numbers, nor a
    worked example, the candidate's choice or a supposition."""
    given = _document_counts(index.gauntlet_truth)
    if not given:
        return []
    asked = set(NUMBER_TOKEN.findall(digits(index.question)))
    everywhere = {n.replace(",", "") for sentence in index.gauntlet_truth for n in NUMBER_TOKEN.findall(digits(sentence))}
    out: list[tuple[int, str, str]] = []
    for unit_index, said in _plain_parts(index, answer):
        if unit_index in answer.supposed:
            continue
        text = digits(said)
        for number, noun, match in _counts(text):
            if noun not in given or number in asked or number in everywhere:
                continue
            lead = clause_before(text, match.start(), width=80, boundaries=_FIGURE_CLAUSE)
            if not _COUNT_BOUND.search(lead + " " + match.group(0)) or _chooses(lead) or _HYPOTHETICAL.search(lead):
                continue
            # The sentence that counts the same things about the same subject: it shares a word of the candidate's
            # clause besides the noun ("The fix has three parts" counts no parts of an upload).
            words = _figure_clause(text, match.start(), match.end()) - {noun}
            about = [sentence for _, sentence in given[noun] if _share_a_word(words, _stems_beside_figures(sentence) - {noun})]
            if about:
                out.append((unit_index, _said_as(said, text, match.group(0), match.start(), match.end()), about[0]))
                break
    return out


# A standard of two bodies is the same standard under either name: "ISO/IEC 27001" is "ISO 27001".
_JOINT_BODY = re.compile(r"/(?:iec|ieee)\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _one_body_names(text: str) -> str:
    """The text with every joint standard under its first body's name, once per rubric (not once per answer)."""
    return _JOINT_BODY.sub("", text)


def _citation_id(citation: str) -> str:
    return re.sub(r"[ -]", "", _JOINT_BODY.sub("", citation)).upper()


def _citations(text: str) -> list[re.Match]:
    return list(_AUTHORITY[0].finditer(text))


def _citation_family(citation: str) -> str:
    return re.match(r"[A-Za-z]+(?: SP)?", citation).group(0).upper()


def _misattributed_citations(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's citation, the rubric's sentence) where a confident part credits what a rubric
    sentence says (`CONFLICT_SHARED_WORDS` content words besides the citations) to another standard of the same
    family: "RFC 7636 recommends a ten-minute code lifetime" against "RFC 6749 recommends a maximum code lifetime
    of 10 minutes". Only a standard the rubric never cites (one it cites is the rubric's own attribution); a part
    that cites the rubric's standard too lists them, and credits nothing elsewhere; a list credits nothing."""
    out: list[tuple[int, str, str]] = []
    cited_sentences = [(s, _citations(s)) for s in index.statements]
    cited_sentences = [(s, c) for s, c in cited_sentences if c]
    if not cited_sentences:
        return out
    unsupported = set(_unsupported([_AUTHORITY[0]], index, answer, confident_only=True))
    listing = enumerating_units(answer.units)
    for unit_index, unit in enumerate(answer.units):
        if unit_index in listing:
            continue
        mine = {_citation_id(c.group(0)) for c in _citations(unit)}
        citations = [c for c in _citations(unit) if c.group(0) in unsupported]
        if not citations:
            continue
        for citation in citations:
            words = _stems_beside_citations(_clause_of(unit, citation.group(0)))
            for sentence, theirs in cited_sentences:
                same_family = [t for t in theirs if _citation_family(t.group(0)) == _citation_family(citation.group(0))]
                their_ids = {_citation_id(t.group(0)) for t in same_family}
                if same_family and not (their_ids & mine) and \
                        len(words & _stems_beside_citations(sentence)) >= CONFLICT_SHARED_WORDS:
                    out.append((unit_index, citation.group(0), sentence))
                    break
            else:
                continue
            break
    return out


def _swapped_citations(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's citation, the rubric's sentence) for a standard the gauntlet cites for one thing,
    said plainly of another thing that a rubric sentence cites another standard for: "static membership, which came
    in with KIP-429" against "static membership, KIP-345" (the gauntlet's KIP-429 is cooperative rebalancing). A
    standard the gauntlet never cites is `_misattributed_citations`' case."""
    cited = _cited_in(index.gauntlet_text or index.rubric_text)
    found = _misattributed(index, answer, _citation_ids_of, _document_citations(_true_sentences(index)),
                           given=lambda key: key in cited)
    # Quoted as the candidate said it ("KIP-429"), not as it is compared ("KIP429").
    return [(unit, next((c.group(0) for c in _citations(digits(answer.units[unit])) if _citation_id(c.group(0)) == key),
                        key), sentence) for unit, key, sentence in found]


@lru_cache(maxsize=256)
def _cited_in(document: str) -> frozenset[str]:
    """The standards a gauntlet cites, read once per gauntlet, not once per answer."""
    return frozenset(_citation_id(c.group(0)) for c in _citations(_one_body_names(document)))


def _citation_ids_of(text: str) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    for match in _citations(text):
        found.setdefault(_citation_id(match.group(0)), match.start())
    return list(found.items())


@lru_cache(maxsize=256)
def _document_citations(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((s, frozenset(key for key, _ in _citation_ids_of(s))) for s in sentences)


def _clause_of(unit: str, said: str) -> str:
    """The clause of `unit` that holds `said` (split at ";", ":" and "but")."""
    pieces = re.split(r"[;:]\s*|\sbut\s", unit)
    return next((p for p in pieces if said in p or said in digits(p)), unit)


def _stems_beside_citations(text: str) -> set[str]:
    return {stem(w) for w in content_words(_AUTHORITY[0].sub(" ", text))}


def _figures(text: str) -> list[Quantity]:
    """The durations, sizes, percentages, status codes and labelled codes of a raw text."""
    return [q for q in find_quantities(digits(text)) if q.kind in ("duration", "size", "percent", "status", "code")]


def _unsupported_codes(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, list[Quantity]]]:
    """(unit index, code, [the code]) for each status code or labelled code ("exit code 139") the answer states
    plainly in a part about the round and the rubric never gives: a code is an identifier, so only the same number
    supports it."""
    out: list[tuple[int, str, list[Quantity]]] = []
    for unit_index, said in _plain_parts(index, answer):
        text = digits(said)
        codes = [q for q in find_quantities(text) if q.kind in ("status", "code")]
        given = [q for q in codes if re.search(rf"(?<![\d.]){q.low:g}(?![\d]|\.\d)", index.rubric_text)]
        for code in codes:
            if code in given or any(q.kind == code.kind for q in given) or denied(text, code.start):
                continue  # the rubric's code beside it makes this one another case ("and a server failure gets 2"),
                # and a code ruled out ("never a 503") is not claimed
            out.append((unit_index, code.text, [code]))
    return out


def _misattributed_codes(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's code, the rubric's sentence) for a status code the gauntlet gives for one thing,
    said plainly of another thing that a rubric sentence gives another code for: "when the gateway gives up on a
    slow upstream, it returns a 408 Request Timeout" against "A 504 Gateway Timeout means the gateway stopped
    waiting" (the gauntlet names 408 only among codes that invite a retry). A code the gauntlet never gives is
    `_unsupported_codes`' case: another true code of a nearby case ("Envoy's route timeout sends a 504" beside the
    rubric's "503s ... Envoy's 'no healthy upstream'") reads just like a wrong one."""
    document = index.gauntlet_text or index.rubric_text
    return _misattributed(index, answer, lambda text: [(str(code), at) for code, at in _status_codes_of(text)],
                          _document_status_codes(_true_sentences(index)),
                          given=lambda code: bool(re.search(rf"(?<![\w.]){code}(?!\d)", document)))


def _misattributed_errors(index: RoundIndex, answer: AnswerView) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's error name, the rubric's sentence) for an error or exception the gauntlet names for
    one thing, said plainly of a thing a rubric sentence gives another error for ("the client gets a
    ReadTimeoutException" where the gauntlet gives ReadTimeoutException for slow replicas and the read in question
    fails with TombstoneOverwhelmingException). An error the gauntlet never names is left alone: another true error of
    a nearby case ("the driver raises a WriteTimeoutException") reads just like a wrong one."""
    document = index.gauntlet_text or index.rubric_text
    return _misattributed(index, answer, _error_names_of, _document_error_names(_true_sentences(index)),
                          given=lambda name: bool(re.search(rf"\b{re.escape(name)}", document, re.IGNORECASE)))


def _true_sentences(index: RoundIndex) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*index.statements, *index.gauntlet_truth]))


def _misattributed(index: RoundIndex, answer: AnswerView, found_in, sentences: tuple[tuple[str, frozenset[str]], ...],
                   given) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's identifier, the rubric's sentence) for an identifier (`found_in`: a text's
    (identifier, where)) said plainly of a thing that a true sentence of the gauntlet (`sentences`: each with its
    identifiers) gives another identifier of the kind for. The clause must hold that one identifier, say about the same
    thing as the rubric's sentence (`CONFLICT_SHARED_WORDS`, identifiers left out), and say less about every sentence
    that gives its identifier; `given` says whether the gauntlet must name it somewhere. A list of terms, a denial, a
    condition ("if you get a 408", `supposed`) or the candidate's own call is no claim."""
    out: list[tuple[int, str, str]] = []
    # Each true sentence's stems, and the same without its identifiers' own words, read once per answer, not per clause.
    sentences = tuple((keys, _stems_beside_figures(sentence), sentence) for sentence, keys in sentences if keys)
    if not sentences:
        return out
    beside = [(keys, stems, stems - frozenset().union(*map(_identifier_stems, keys)), sentence)
              for keys, stems, sentence in sentences]
    for unit_index, said in _plain_parts(index, answer):
        if names_in_a_row(said) >= LIST_RUN:
            continue  # "429, 503, 502, 504, 408, ..., 410 Gone, redirects": a list of terms says nothing of any
        for clause in re.split(r"[;:]\s*|\sbut\s", said):
            text = digits(clause)
            found = found_in(text)
            if len(found) != 1:
                continue
            key, start = found[0]
            if not given(key) or denied(text, start):
                continue
            lead = clause_before(text, start, width=80, boundaries=_COMMA_CLAUSE)
            if _in_condition(lead) or supposed(lead, text[start:]) or _OWN_CALL.search(lead):
                continue
            words = _stems_beside_figures(text) - _identifier_stems(key)
            own = max((len(words & stems) for keys, stems, _, _ in beside if key in keys), default=0)
            # A sentence that says the identifier itself gives it, read as one of its identifiers or not
            # ("`deny_status 429`, because `deny` returns 403 by default" gives 429 as well as 403).
            other = max(((len(words & plain), sentence) for keys, _, plain, sentence in beside
                         if key not in keys and not re.search(rf"(?<![\w.]){re.escape(key)}(?![\w.])", sentence)),
                        default=(0, ""), key=lambda x: x[0])
            if other[0] >= CONFLICT_SHARED_WORDS and other[0] > own:
                out.append((unit_index, key, other[1]))
    return out


def _identifier_stems(key: str) -> frozenset[str]:
    return frozenset(stem(w) for w in content_words(key))


# An error's name: an exception class ("TombstoneOverwhelmingException", "RuntimeError"), a name said as an error
# ("a MISCONF error", "OOM errors") or a gRPC status name ("DEADLINE_EXCEEDED"). Protocols and other acronyms said
# before "error" ("DNS errors", "TLS errors") name where it failed, not the error.
_GRPC_STATUS = ("CANCELLED UNKNOWN INVALID_ARGUMENT DEADLINE_EXCEEDED NOT_FOUND ALREADY_EXISTS PERMISSION_DENIED "
                "RESOURCE_EXHAUSTED FAILED_PRECONDITION ABORTED OUT_OF_RANGE UNIMPLEMENTED INTERNAL UNAVAILABLE "
                "DATA_LOSS UNAUTHENTICATED").split()
_ERROR_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:Exception|Error)(?=s?\b)|\b[A-Z][A-Z0-9_]{2,}(?=\s+(?:errors?|exceptions?)\b)"
                         r"|\b(?:" + "|".join(_GRPC_STATUS) + r")\b")
_NOT_ERROR_NAMES = frozenset(
    "HTTP HTTPS TLS SSL SSH DNS API SDK TCP UDP SQL GC JVM CPU GPU RAM IO RPC GRPC CORS JSON YAML XML HTML CSS URL URI "
    "IAM ACL AUTH DISK ALL NOT ANY NO THE AND OR".split())


def _error_names_of(text: str) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    for match in _ERROR_NAME.finditer(text):
        if match.group(0).upper() not in _NOT_ERROR_NAMES:
            found.setdefault(match.group(0), match.start())
    return sorted(found.items(), key=lambda item: item[1])


@lru_cache(maxsize=256)
def _document_error_names(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((s, frozenset(name for name, _ in _error_names_of(s))) for s in sentences)


def _status_codes_of(text: str) -> list[tuple[int, int]]:
    """(code, where) for each HTTP status code of a text, as `codes_in` or the quantity reader finds them."""
    found = {said.code: said.start for said in codes_in(text)}
    for q in find_quantities(text):
        if q.kind == "status" and not _COUNTED.match(text, q.end):  # "gets 300 requests a second" counts requests
            found.setdefault(int(q.low), q.start)
    return sorted(found.items(), key=lambda item: item[1])


# A number followed by a plural noun counts things ("300 requests", "200 rows"), whatever the words around it.
_COUNTED = re.compile(r"\s+[a-z]+s\b")
# A bare code in a gauntlet sentence: said as a code ("502 and 504 come from a proxy", "with a 504 the upstream",
# "retry 503s"), not a count ("allows 500 requests per minute").
_BARE_CODE = re.compile(r"(?<![\w.$/-])([1-5]\d\d)s?(?![\w%]|[.,]\d)")
_CODE_LEAD = re.compile(r"(?:^|\b(?:a|an|the|and|or|with|like|than|to|retry|not)\s+|[,;:(]\s*)$", re.IGNORECASE)


def _bare_codes(text: str) -> set[str]:
    return {m.group(1) for m in _BARE_CODE.finditer(text)
            if _CODE_LEAD.search(text[max(0, m.start() - 20) : m.start()]) and not _COUNTED.match(text, m.end())}


@lru_cache(maxsize=256)
def _document_status_codes(sentences: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """(sentence, its status codes) for true sentences of a gauntlet. A number the gauntlet names as a status code
    anywhere is that code wherever it stands ("502 and 504 come from a proxy", "with a 504 the upstream ...")."""
    codes = [{str(code) for code, _ in _status_codes_of(digits(s))} for s in sentences]
    named = set().union(*codes) if codes else set()
    return tuple((s, frozenset(c | {n for n in _bare_codes(digits(s)) if n in named}))
                 for s, c in zip(sentences, codes))


def _figure_sentences(index: RoundIndex) -> list[str]:
    """The round's true statements that state a duration, size, percentage or code."""
    return [s for s in index.statements if _figures(s)]


@lru_cache(maxsize=100_000)
def _pinned_figures(text: str) -> tuple[Quantity, ...]:
    """The figures of a rubric sentence that pin a value down: not the writer's examples ("grows exponentially, for
    example 100 ms, 200 ms, 400 ms" pins no first wait)."""
    plain = digits(text)
    return tuple(q for q in _figures(text) if not given_as_example(plain, q.start))


@lru_cache(maxsize=100_000)
def _stems_beside_figures(text: str) -> frozenset[str]:
    """Content stems of a text with its figures ("every 30 seconds", "exit code 137") taken out."""
    plain = digits(text)
    for q in reversed(_figures(text)):
        plain = plain[: q.start] + " " + plain[q.end :]
    # A possessive is its owner's word: "Envoy's 'no healthy upstream'" speaks of Envoy.
    return frozenset(stem(w) for w in content_words(_POSSESSIVE.sub("", plain)))


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


_TIMED = re.compile(r"\b(?:after|every|for|within|up to|at most|at least|than|per)\s+$", re.IGNORECASE)
_NUMBER_WORDS = re.compile(
    r"(?:\b(?:" + "|".join(["zero", *NUMBER_WORDS, "thousand", "million", "point", "and", "a", "an", "half"]) + r")[\s-]+)+$",
    re.IGNORECASE,
)


def _said_words(said: str, text: str, figure: Quantity) -> str:
    """The candidate's own words for a figure found in `text` (= digits(said)): "fifteen minutes", not "15 minutes"."""
    return _said_as(said, text, figure.text, figure.start, figure.end)


def _said_as(said: str, text: str, found: str, start: int, end: int) -> str:
    """The candidate's own words for `found`, a number and the word after it at start:end of `text` (= digits(said)):
    "a thousand parts", not "1000 parts"."""
    if text == said:
        return said[start:end]
    unit = re.escape(re.split(r"[\s\d.,%-]+", found)[-1] or found)
    nth = len(re.findall(rf"\b{unit}\b", text[:end], re.IGNORECASE))
    places = list(re.finditer(rf"\b{unit}\b", said, re.IGNORECASE))
    if not unit or nth == 0 or nth > len(places):
        return found
    end = places[nth - 1].end()
    head = said[: places[nth - 1].start()]
    spoken = _NUMBER_WORDS.search(head) or re.search(r"[\d.,]+[\s-]*$", head)
    return said[spoken.start() : end] if spoken else found


def invented_claim_units(index: RoundIndex, answer: AnswerView, bluff: BluffResult) -> set[int]:
    """The parts that carry what the bluff's own signals quote: specifics, standards, figures, codes and versions the
    rubric does not support, and confident absolutes, each only when its signal is among the bluff's reasons. In a
    suspected bluff they are claims, and a flagged claim is never evidence of a key point."""
    fired = " ".join(bluff.reasons)
    units: set[int] = set()
    if "specific-sounding details" in fired:
        units |= {i for i, _ in _unsupported_in_units(_SPECIFICS, index, answer, confident_only=False)}
    if "cites a standard" in fired:
        units |= {i for i, _ in _unsupported_in_units(_AUTHORITY, index, answer, confident_only=True)}
        units |= {i for i, _ in uncited_documents(index, answer)}
    if "states figures" in fired:
        units |= {i for i, _ in _unsupported_in_units(_STATISTICS, index, answer, confident_only=True,
                                                       experience_counts=False, hypothetical_counts=False)}
        units |= {i for i, _ in unsupported_measures(index, answer)}
    if "the rubric never gives" in fired:  # "gives a code or version the rubric never gives"
        units |= {i for i, _ in [*unsupported_status_codes(index, answer), *unsupported_labelled_codes(index, answer),
                                 *unsupported_versions(index, answer)]}
    if "confident absolute wording" in fired:
        ignored = _ignored_absolutes(index)
        units |= {i for i, unit in enumerate(answer.units) if _absolutes(unit, ignored)}
    return units


def _absolutes(text: str, ignored: str) -> list[str]:
    """The absolute words of a text, as the candidate wrote them, except those in `ignored` (`_ignored_absolutes`) and
    names: a capitalised word inside a sentence names something ("requests equal to limits make a pod Guaranteed",
    Kubernetes' QoS class) and boasts of nothing."""
    return [m.group(0) for m in _ABSOLUTE.finditer(text) if m.group(0).lower() not in ignored
            and not (m.group(0)[0].isupper() and not starts_sentence(text, m.start()))]


def _ignored_absolutes(index: RoundIndex) -> str:
    """Wording that is no bravado when a candidate repeats it: the question's own and the listed weak answers'."""
    listed = " ".join(t for p in index.patterns if not p.pattern.false_claim for t in p.texts)
    return f"{index.question} {listed}".lower()


def _invented_specifics(index: RoundIndex, answer: AnswerView) -> list[str]:
    # A flag, identifier or version that another round of the gauntlet gives is no invention ("use_lockfile, since
    # 1.10" in a round-2 answer, where round 1 says it).
    return list(dict.fromkeys(token for _, token in _unsupported_in_units(
        _SPECIFICS, index, answer, confident_only=False, document=True)))


def _enumerations(answer: AnswerView) -> int:
    """The longest run of short comma-separated items in one sentence: "Envoy, Istio, sidecars, GCRA, ..."."""
    return max((names_in_a_row(unit) for unit in answer.units), default=0)


def unexplained_terms(index: RoundIndex, answer: AnswerView, trap_id: str) -> list[str]:
    """Trigger concepts of a trap that the answer names."""
    names = index.trap_terms.get(trap_id, set())
    lowered = answer.text.lower()
    return sorted(n for n in names if re.search(rf"(?<![\w-]){re.escape(n.lower())}(?![\w-])", lowered))


def best_similarity(vectors: np.ndarray | None, answer: AnswerView) -> float:
    if vectors is None or vectors.shape[0] == 0 or answer.span_vectors.shape[0] == 0:
        return 0.0
    return float((answer.span_vectors @ vectors.T).max())
