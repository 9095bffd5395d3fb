"""Text utilities shared by the importer and the grader: sentences, clauses, spans, words."""

from __future__ import annotations

import functools
import re
import unicodedata

_ABBREVIATIONS = {
    "e.g", "i.e", "vs", "etc", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "approx", "no", "fig", "cf", "al",
    "sr", "jr", "st", "mt", "u.s", "a.k.a", "a.m", "p.m",
}
# Sentence ends at . ! ? (optionally followed by closing quotes/brackets) and whitespace, before a
# capital, digit, quote, bracket or a mixed-case word such as "eBPF" (a lower-case word does not start one). Decimal numbers ("5.2") never match because no space follows the dot.
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?(?:[A-Z0-9]|[a-z]+[A-Z]))")
# In a candidate's answer a lower-case word starts a sentence too: transcripts and typed speech often skip the capital
# ("... but not the fix. no-store means every request goes to origin").
_SPOKEN_SENTENCE_END = re.compile(r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Za-z0-9])")
# A written sentence may also start with a lower-case setting or identifier ("busy_timeout, to about 5000 ms, because
# ...", "synchronous=NORMAL, which ..."): a word joined by "_" or "=".
_SETTING_SENTENCE_END = re.compile(
    r"(?<=[.!?])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?(?:[A-Z0-9]|[a-z]+[A-Z]|[a-z][a-z0-9]*[_=][\w=.]*[\w]))")
#: A list bullet at the start of a (stripped) line: "- ", "• ", "1. ", "2) ".
BULLET = re.compile(r"^(?:[-*•·●▪‣]|\d+[.)])\s+")
_CLAUSE_BREAK = re.compile(
    r"\s*(?:;|:(?=\s)|\s[—–]\s|\s--\s|,\s+(?=(?:but|whereas|while|although|though|so|because|which means|"
    r"and then|then)\b))\s*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'+\-/][A-Za-z0-9]+)*")

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are aren't as at be because been before being
    below between both but by can cannot could did do does doing don't down during each either else even
    every few for from further get gets got had has have having he her here hers herself him himself his how
    however i i'd i'll i'm i've if in into is isn't it it's its itself just let like ll me might more most
    much must my myself no nor not now of off on once one only or other our ours ourselves out over own per
    quite rather re really same say says she should so some such than that that's the their theirs them
    themselves then there there's these they they're this those through thus to too under until up upon us
    use used uses using very via was wasn't we we're were what when where whether which while who whom why
    will with within without would yes yet you your yours yourself yourselves""".split()
)


def normalize(text: str) -> str:
    """NFC, straight quotes, single spaces; keeps the words as written."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[^\S\n]+", " ", text).strip()  # every space but a line break: U+2003, U+3000 too


def plain_words(text: str) -> str:
    """Lower-case words and digits, one space apart: for finding one text verbatim inside another."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def after_abbreviation(text: str, ending: frozenset[str] = frozenset()) -> bool:
    """Whether the full stop that ends `text` follows an abbreviation ("e.g.", "a.m.", "U.S.") or a single letter
    ("zone B."): it ends no sentence. `ending`: abbreviations that end one all the same (a reader of "I'd say no."
    passes {"no"})."""
    last_word = re.findall(r"(?:^|\s)([A-Za-z.]+)[.!?]$", text)
    if not last_word:
        return False
    plain = last_word[0].lower().rstrip(".")
    return plain in _ABBREVIATIONS - ending or len(last_word[0].rstrip(".")) == 1


def split_sentences(text: str, spoken: bool = False, settings: bool = False) -> list[str]:
    """Sentences of a text; bullets and blank-line separated parts count as sentences too. `spoken`: a lower-case word
    after a full stop starts a sentence too (an answer, not a written document). `settings`: so does a lower-case
    setting name ("busy_timeout, to 5000 ms")."""
    sentence_end = _SPOKEN_SENTENCE_END if spoken else _SETTING_SENTENCE_END if settings else _SENTENCE_END
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•·●▪‣]|\d+[.)])\s)", text):
        block = BULLET.sub("", block.strip())
        block = re.sub(r"\s*\n\s*", " ", block)
        if not block:
            continue
        start = 0
        for match in sentence_end.finditer(block):
            candidate = block[start : match.end(1)].strip()
            if after_abbreviation(block[start : match.start()]):
                continue
            if candidate:
                sentences.append(candidate)
            start = match.end()
        tail = block[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stopwords, no one-letter words)."""
    return [w for w in (x.lower() for x in words(text)) if w not in STOPWORDS and len(w) > 1]


@functools.lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to match 'programs'/'program', 'requires'/'required'.

    Cached: batch grading stems the same words thousands of times."""
    word = word.lower()
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            base = word[: -len(suffix)] + ("y" if suffix in {"ies", "ied"} else "")
            # "dropping", "dropped" and "drop" meet: a consonant doubled before the suffix is one ("added" keeps "add").
            if suffix in _DOUBLING and len(base) >= 4 and base[-1] == base[-2] and base[-1] in "bdgmnprt":
                base = base[:-1]
            return _no_final_e(base)
    return _no_final_e(word)


def _no_final_e(word: str) -> str:
    """"write" meets "writes", "lose" meets "loses", "require" meets "required": a final e goes as suffixes take it."""
    return word[:-1] if len(word) >= 4 and word.endswith("e") and not word.endswith("ee") else word


_DOUBLING = frozenset({"ings", "ing", "ers", "ed", "er"})


def split_clauses(sentence: str, max_words: int = 28) -> list[str]:
    """A long sentence split at clause boundaries (;  :  dashes, ', but'); short ones stay whole."""
    if len(words(sentence)) <= max_words:
        return [sentence]
    parts = [p.strip(" ,") for p in _CLAUSE_BREAK.split(sentence) if p and p.strip(" ,")]
    out: list[str] = []
    for part in parts:
        if out and len(words(part)) < 4:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out or [sentence]


def windows(text: str, size: int = 30, step: int = 20) -> list[str]:
    """Overlapping word windows, for unpunctuated speech where sentence splitting finds nothing."""
    tokens = text.split()
    if len(tokens) <= size:
        return [text.strip()] if text.strip() else []
    out = []
    for start in range(0, len(tokens), step):
        out.append(" ".join(tokens[start : start + size]))
        if start + size >= len(tokens):
            break
    return out


# Where a part lists several claims of its own: a comma before a new subject and its verb ("expired or bad signature is
# 401 invalid_token, a good token that's missing the scope is 403 insufficient_scope").
_CLAIM_BREAK = re.compile(r",\s+(?:and\s+|or\s+|but\s+)?")
_CLAIM_MIN_WORDS = 4
_SUBORDINATE = re.compile(r"\s*(?:(?:and|or|but|so)\s+)?(?:if|when|whenever|unless|once|because|since|although|though|"
                          r"while|after|before|until|as long as|even if|even though)\b", re.IGNORECASE)


def claims_of(unit: str) -> list[str]:
    """The claims a part strings together with commas, each with a predicate of its own (`has_predicate`), cut from
    the part itself; [] when the part makes one claim. A piece with no verb of its own ("with maybe thirty seconds of
    leeway") or of few words stays with the claim before it (the first piece, with the one after it), and a condition
    ("if we commit after each message") with the claim after it."""
    cuts = [(m.start(), m.end()) for m in _CLAIM_BREAK.finditer(unit)]
    if not cuts:
        return []
    starts = [0] + [end for _, end in cuts]
    ends = [start for start, _ in cuts] + [len(unit)]
    out: list[list[int]] = []  # [start, end] of each claim
    lead: int | None = None  # where a piece that goes with the next one begins
    for start, end in zip(starts, ends):
        begin = start if lead is None else lead
        claim = unit[begin:end]
        if _SUBORDINATE.match(claim) and lead is None and end < len(unit):
            lead = begin  # "If we commit after each message, the offset matches": a condition is no claim alone
            continue
        if len(words(claim)) < _CLAIM_MIN_WORDS or not has_predicate(claim):
            if out:
                out[-1][1] = end
            else:
                lead = begin
            continue
        lead = None
        out.append([begin, end])
    return [unit[a:b].strip(" ,.") for a, b in out] if len(out) >= 2 else []


def answer_units(text: str, max_words: int = 40) -> list[str]:
    """The parts of an answer that are matched against key points: sentences, clauses of long sentences,
    and windows of run-on speech, so an answer longer than the model's window is never truncated."""
    units: list[str] = []
    for sentence in split_sentences(text, spoken=True):
        for clause in split_clauses(sentence):
            if len(words(clause)) > max_words:
                units.extend(windows(clause, size=30, step=20))
            else:
                units.append(clause)
    return [u for u in units if words(u)]


# Words that make a sentence a statement: auxiliaries, modals, subject pronouns and common verbs of technical talk.
_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|am|isn't|aren't|wasn't|weren't|can|can't|cannot|could|will|won't|would|"
    r"should|shall|must|may|might|do|does|did|don't|doesn't|didn't|has|have|had|hasn't|haven't|i|we|you|they|it|he|"
    r"she|there|that's|it's|let|lets|means?|meant|use|uses|need|needs|require|requires|give|gives|make|makes|keep|"
    r"keeps|get|gets|run|runs|work|works|store|stores|send|sends|write|writes|read|reads|retry|retries|return|"
    r"returns|take|takes|add|adds|check|checks|allow|allows|provide|provides|support|supports|replace|replaces|"
    r"depend|depends|handle|handles|avoid|avoids|prevent|prevents|guarantee|guarantees|ensure|ensures|set|sets|"
    r"call|calls|commit|commits|say|says|see|sees|know|knows|think|want|wants|go|goes|happen|happens|"
    r"\w{3,}(?<!e)ed|\w{2,}ing)\b",
    re.IGNORECASE,
)


def has_predicate(unit: str) -> bool:
    """Whether a part has a verb, auxiliary or subject from `_PREDICATE` ("Retry the 504." does; "So 502 versus 504."
    does not)."""
    return bool(_PREDICATE.search(unit.replace("’", "'")))


# A preposition ties names together into a claim ("5.2 for BTF", "dedup per partition").
_RELATION = re.compile(r"\b(?:for|with|without|on|in|to|from|by|per|via|over|under|after|before|than|instead|because)\b",
                       re.IGNORECASE)


# A lead-in that only announces a list ("So the key terms here:", "the pieces would be:") says nothing itself.
_LIST_FRAME = frozenset(
    """so um uh okay ok well yeah right then the here there main key relevant important things thing pieces piece terms
    term concepts concept components component parts part bits bit building blocks block keywords keyword words
    stuff ideas names involved would be are is i'd i think say list""".split()
)


def _announced_list(unit: str) -> str | None:
    """What follows the colon of a part whose lead-in only announces a list ("So the key terms here: X, Y, Z"), or
    None. A lead-in that says something ("Three QoS classes:", "BTF needs:") is no mere announcement."""
    lead, colon, rest = unit.partition(":")
    if not colon or not rest.strip():
        return None
    said = [w.lower() for w in words(lead)]
    return rest if said and len(said) <= 8 and all(w in _LIST_FRAME for w in said) else None


def is_bare_list(unit: str) -> bool:
    """True for a part that only names things ("Kafka, exactly-once semantics, idempotent producer, KIP-98"): no verb,
    auxiliary or subject, so it states nothing that could cover a key point."""
    unit = unit.replace("’", "'")
    items = [i for i in re.split(r",|;|\band\b|\bor\b|\bplus\b", unit.strip(" .!?")) if i.strip()]
    if len(items) < 3 or any(len(words(i)) > 4 for i in items):
        return False
    return not has_predicate(unit) and not _RELATION.search(unit)


# ("=" is no name character: "-Xlog:gc*:file=gc.log:time,uptime,level,tags:filecount=10" is one option, no list.)
_LIST_ITEM = re.compile(r"^[\w .+/-]{1,40}$")
# Words that open an item without being part of the name: "and maybe the partitions" is one name, "partitions".
_ITEM_OPENER = re.compile(r"^(?:(?:and|or|then|also|maybe|plus|the|a|an)\s+)+", re.IGNORECASE)
# "waiting 1, 2, 4, 8 and 16 seconds": a series of numbers is a value, not a list of names.
_NUMBER_ITEM = re.compile(r"^[\d.]+(?:\s+[a-z]+)?$")
# A pronoun makes an item a clause, not a name ("canary it, compare p99, CPU, RSS and stalls" is a plan).
_PRONOUN_ITEM = re.compile(r"\b(?:i|i'd|i'll|i'm|we|we'd|we'll|we're|you|you'd|they|them|us|it|it's|its)\b", re.IGNORECASE)
# ... and so does an auxiliary: "the fields are retryableStatusCodes, maxAttempts, ..." says what the fields are.
_AUXILIARY_ITEM = re.compile(r"(?<![\w-])(?:is|are|was|were|be|has|have|had|can|could|will|would|should|must|do|does|did)(?![\w-])",
                             re.IGNORECASE)
# A run of this many short names in a row is an enumeration ("Envoy, Istio, sidecars, GCRA, leaky buckets").
LIST_RUN = 5


# A fixed pair joined by "and" or "or" is one phrase, not two items: "handles all the traffic in and out, load
# balancing, retries" has no item "out".
_BINOMIAL = re.compile(
    r"(?<![\w-])(?:in and out|up and down|back and forth|on and off|over and over|again and again|more and more|"
    r"less and less|here and there|now and then|by and large|more or less|sooner or later|once or twice|give or take)(?![\w-])",
    re.IGNORECASE,
)


def names_in_a_row(unit: str) -> int:
    """The longest run of short comma-separated items (up to 3 words each) in one part: "Envoy, Istio, sidecars, GCRA,
    ..." is 4 or more; "I'd check p99, not the mean" is none."""
    unit = _BINOMIAL.sub(lambda m: m.group(0).replace(" ", "_"), unit)
    longest = run = 0
    for item in (_ITEM_OPENER.sub("", x.strip(" .")) for x in re.split(r",|:|\band\b|\bor\b", unit)):  # "the options: X, Y"
        if not item or _NUMBER_ITEM.match(item):
            # "TTL, 24 hours, 422, 409": a value in a list of names; "1, 2, 4, 8 and 16 seconds": a series. Nothing
            # between a comma and "and" ("X, Y, and Z") ends no run either.
            continue
        if (_LIST_ITEM.match(item) and len(item.split()) <= 3 and not _PRONOUN_ITEM.search(item.replace("’", "'"))
                and not _AUXILIARY_ITEM.search(item)):
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    return longest


def enumerating_units(units: list[str]) -> set[int]:
    """The parts of an answer that is mostly an enumeration: parts with a run of `LIST_RUN` names and, beside them, bare
    fragments of a few words ("Terms.", "RequestVote RPCs."). When they hold at least a third of the answer's words, they only name
    things ("So the things that matter here are maxmemory, noeviction, allkeys-lru, ..."), lead-in and all, and state
    nothing. A long list inside an answer that says things is its content (on the labelled sets no correct answer
    has more than 28% of its words in such parts, and 30 of 32 term lists have more than 35%)."""
    listing = {i for i, unit in enumerate(units) if names_in_a_row(unit) >= LIST_RUN}
    if listing:
        # Beside a list, a bare fragment is one more item ("Terms. Candidates. RequestVote RPCs."), and so is a short
        # list after a lead-in that only announces it ("So the key terms here: Guaranteed, Burstable, BestEffort."). On
        # its own such a part may be the answer ("I'd say the main things are: long transactions, replication slots
        # and standby feedback" to "what can stop vacuum"): only here, in an answer that is mostly a list, is it none.
        listing |= {i for i, unit in enumerate(units)
                    if (len(words(unit)) <= 4 and not _PREDICATE.search(unit) and not _RELATION.search(unit))
                    or is_bare_list(_announced_list(unit) or "")}
    total = sum(len(u.split()) for u in units)
    return listing if listing and 3 * sum(len(units[i].split()) for i in listing) >= total else set()


# "I'm not sure which lock it takes", "what I'm less sure about is rows that change": the candidate names what
# they do not know, which states nothing about it.
_DOUBT = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|i was)\s+(?:\w+\s+)?(?:not|less|never)\s+(?:\w+\s+)?(?:sure|certain|clear)|unsure|"
    r"(?:don'?t|do not|didn'?t)\s+(?:really\s+)?(?:know|remember|recall)|can'?t\s+(?:remember|recall|say)|no idea|"
    r"(?:have|need) to (?:look|check) (?:it |that )?(?:up)?)\s*(?:about|of|on|which|what|whether|if|how|when|where|why|"
    r"who|whose|exactly|the (?:exact|precise|specific|details))\b",
    re.IGNORECASE,
)
# ... unless a claim follows ("I'm not sure which lock, but I think it's an exclusive one").
_CLAIM_AFTER_DOUBT = re.compile(
    r"\b(?:but|though|although|however|i think|i believe|i guess|i'?d guess|my guess|probably|i'?d say|i suspect)\b",
    re.IGNORECASE,
)


# ... or comes before it, and the doubt is added to it ("I'd track pages per shift and tie each to an SLO, though I
# don't remember the exact guideline number").
_DOUBT_ADDED = re.compile(r"(?:[,;]|\b(?:though|but|although|however|and)\b)\s*(?:[\w']+\s+){0,2}$", re.IGNORECASE)


def states_only_doubt(unit: str) -> bool:
    """True for a part that only says what the candidate does not know: it is no evidence of any key point."""
    unit = unit.replace("’", "'")
    match = _DOUBT.search(unit)
    if not match or _CLAIM_AFTER_DOUBT.search(unit, match.end()):
        return False
    before = unit[: match.start()]
    claim = _DOUBT_ADDED.sub("", before) if _DOUBT_ADDED.search(before) else ""
    # (what comes before must be a claim: "though I haven't used OpenSLO, and I'm not sure ..." is an admission too)
    return not (len(content_words(claim)) >= 4 and not states_nothing(claim))


# A part that says nothing about the topic: an admission ("I don't know", "I'd need to look that up") or a report of
# the candidate's own lack of experience ("I haven't deployed eBPF tools myself", "at my last job we never used it").
_FILLER = r"(?:so|well|um|uh|er|honestly|okay|ok|yeah|look|sorry|hmm|and|but|then|frankly|to be honest)"
_ADMISSION = re.compile(
    rf"^(?:{_FILLER}\W+)*(?:(?:i\s+)?(?:really\s+|honestly\s+)?(?:don'?t|do not)\s+(?:really\s+)?know(?:\s+(?:that|this|it|for sure|offhand|off the top of my head))?"
    r"|(?:i\s+)?(?:have\s+)?no idea|(?:i'?m\s+)?not (?:sure|certain)"
    r"|i'?d (?:need|have) to (?:look (?:it|that|this) up|check|read up(?: on (?:it|that|this))?|google (?:it|that))"
    r"|i (?:need|have|would have|would need) to (?:look (?:it|that|this) up|check|read up(?: on (?:it|that|this))?)"
    r"|(?:i\s+)?(?:can'?t|cannot) (?:remember|recall|say)|(?:i\s+)?(?:don'?t|do not) (?:remember|recall)"
    # "I'd be reading the docs for most of this", "I'd have to read the documentation": where the answer would come from
    r"|i'?d (?:(?:also |probably )?(?:need|have) to |be )?(?:read|reading|check|checking) (?:the |its )?(?:docs|documentation|"
    r"manual|man page|spec|specification)(?: (?:for|on) (?:(?:most|all|some) of )?(?:this|it|that|the details))?)\W*$",
    re.IGNORECASE,
)
_NO_EXPERIENCE = re.compile(
    r"^(?:[\w' ,]{0,30}?\s)?(?:i|we)\s+(?:have\s+|'ve\s+)?(?:haven'?t|have not|never|didn'?t|did not)\s+(?:ever\s+|really\s+|actually\s+)?"
    r"(?:used|deployed|run|ran|worked with|touched|tried|set up|operated|done|built|written)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# ... or of how little the candidate has seen of it ("I've only read a couple of blog posts about eBPF", "my experience
# with it is limited to a tutorial"): a report of the candidate, not of the topic.
_SOURCE_NOUN = r"(?:blog|post|article|doc|documentation|paper|tutorial|intro|introduction|overview|book|chapter|talk|video|demo|readme)s?"
_ONLY_SEEN = re.compile(
    r"^(?:[\w' ,]{0,30}?\s)?(?:(?:i|we)(?:\s+have|'ve)?\s+(?:only|just)\s+(?:ever\s+|really\s+)?"
    r"(?:read\s+(?:about|up\b|(?:a|an|the|some|one|two|a few|a couple of|a bit of|a few of)\s+(?:[\w-]+\s+){0,2}?"
    + _SOURCE_NOUN + r"\b)|skimmed|heard\s+(?:of|about)|watched|played|dabbled|tinkered|"
    r"(?:seen|looked at|tried|used)\s+(?:it|this|that|them)\s+(?:in|on|at|for|once|briefly)\b)"
    r"|my (?:experience|exposure)(?: with (?:it|this|that|them))? (?:is|was) (?:limited|restricted) to\b)(?P<rest>.*)$",
    re.IGNORECASE,
)
# A preface to an admission ("I'll be upfront, I haven't used eBPF tools myself") says nothing either.
_CANDOUR = re.compile(
    r"^(?:(?:i'?ll|i will|let me|i (?:have|need|want) to|i should|i must|i'?m going to|gonna)\s+(?:just\s+)?"
    r"(?:be (?:upfront|honest|frank|straight(?:forward)?|clear|transparent)|admit|confess|say up ?front)(?: (?:here|about this|with you))?"
    r"|full disclosure|in all honesty|to be (?:upfront|honest|frank|fair|transparent))$",
    re.IGNORECASE,
)
_CLAUSE_SPLIT = re.compile(r"[,;:]|\s(?:and|so|but)\s", re.IGNORECASE)
_ONLY_FILLER = re.compile(rf"(?:{_FILLER}\W*)+", re.IGNORECASE)


# A supposition that opens a sentence ("Say the SOA MINIMUM were 600 and ...", "Suppose a service allocates ...").
_SUPPOSITION = re.compile(r"^\W*(?:(?:so|and|um|uh|ok|okay|well|now|like)\W+)*(?:say|suppose|supposing|imagine|assume|assuming|"
                          r"let'?s say)\b", re.IGNORECASE)  # not "if": "if you're on 5.8, then BTF is there" states a rule


def supposes(unit: str) -> bool:
    """Whether a part opens with a supposition ("Say a customer buys two coffees for four dollars each ...")."""
    return bool(_SUPPOSITION.match(unit))


def supposed_units(units: list[str]) -> frozenset[int]:
    """The parts that go on, in lower case, from a supposition in the part before them ("Say the SOA MINIMUM were 600
    and the SOA TTL was longer" | "then a resolver would keep saying the name doesn't exist for ten minutes"): the
    outcome of a worked example. Its figures follow from the supposed ones and claim nothing about the world."""
    out: set[int] = set()
    for i in range(1, len(units)):  # a worked example may run on over several parts
        if units[i].lstrip(" \"'“‘(")[:1].islower() and (i - 1 in out or _SUPPOSITION.match(units[i - 1])):
            out.add(i)
    return frozenset(out)


# What the candidate says they do not know, named ("I don't remember Istio's exact defaults for outlier detection",
# "I'm not sure what the best batch size would be"): a statement about the candidate, not the topic. The subject is
# the candidate and what is named is a value of some kind (a default, a number, a flag, a version ...), said
# plainly: no verb, figure, absolute, hedge or relative clause, which is where a claim would hide ("I'm not sure
# how idempotence stops my consumer from processing anything twice", "I don't remember the exact fix, just a few
# seconds TTL"; a hostile review found 39 such claims the first, looser version let through).
_DOUBT_LEAD = re.compile(
    rf"^(?:{_FILLER}\W+)*(?:(?:i|we)\s+(?:really\s+|honestly\s+|just\s+)?(?:don'?t|do not|can'?t|cannot|couldn'?t|didn'?t)\s+"
    r"(?:really\s+|quite\s+|fully\s+|exactly\s+)?(?:remember|recall|know)"
    r"|(?:i'?m|i am|we'?re|we are)\s+(?:really\s+)?(?:not|less|never)\s+(?:\w+\s+)?(?:sure|certain|clear)"
    r"|(?:i\s+)?(?:have\s+)?no idea)\s+(?P<named>.+)$",
    re.IGNORECASE,
)
_VALUE_NOUN = (r"(?:defaults?|values?|numbers?|figures?|details?|names?|versions?|syntax|flags?|settings?|limits?|"
               r"thresholds?|timeouts?|intervals?|periods?|windows?|parameters?|units?|formula|constants?|specifics|"
               r"ports?|codes?|times?|counts?|sizes?|ratios?|percentages?|options?|knobs?|commands?|fields?|keys?|"
               r"headers?|paths?|order|spelling|wording|internals|mechanics|math|algorithm|schedule)")
_NAMED_VALUE = re.compile(
    r"^(?:(?:about|of|on)\s+)?(?:exactly\s+)?(?:(?:what|which)\s+)?(?:[\w.-]+'s\s+)?(?:(?:the|its|their|our|that|those)\s+)?"
    r"(?:[\w.-]+'s\s+)?(?:(?:exact|precise|specific|actual|default|best|right|current|recommended|usual)\s+)?"
    rf"(?:[\w.-]+\s+){{0,2}}?{_VALUE_NOUN}"
    r"(?:\s+(?:for|of|on|in)(?:\s+[\w.-]+(?:'s)?){1,3})?"
    r"(?:\s+(?:(?:would|should|could|will|might)\s+)?(?:be|is|are))?$",
    re.IGNORECASE,
)
# Words that say something of the world even in a noun phrase: numbers, absolutes, hedges and examples.
_SAYS_SOMETHING = re.compile(
    r"\d|[()\u2013\u2014]|\s-\s|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|hundreds?|thousands?|millions?|few|several|dozens?|half|double|twice|once|always|never|"
    r"forever|every|all|any|none|no|only|each|both|probably|maybe|perhaps|like|around|roughly|about|approximately|"
    r"typically|usually|obviously|just|basically|that|who|which|whose|not|isn't|aren't|doesn't|don't|won't|can't|being|"
    r"been|having|unlimited|unbounded|infinite|endless|guaranteed|permanent|permanently|instant|instantly)\b",
    re.IGNORECASE,
)
# ... and what the candidate would do about it ("so I'd look those up rather than guess").
_LOOK_UP = re.compile(
    r"^(?:so\s+|and\s+)?(?:i'?d|i would|i'?ll|i will|i|we'?d|we would)\s+(?:have to\s+|need to\s+|want to\s+|rather\s+)?"
    r"(?:look (?:those|them|these|it|that|this|they) up|look up (?:those|them|these|it|that|this)|check (?:those|them|these|it|that|this)|"
    r"double-check (?:those|them|these|it|that|this)|read up on (?:those|them|these|it|that|this)|verify (?:those|them|these|it|that|this))"
    r"(?:\s+(?:first|later|rather than guess(?:ing)?|instead of guessing))?$",
    re.IGNORECASE,
)
# One more thing not known, after a named doubt: "..., the ejection time and the error count".
_MORE_NAMED = re.compile(rf"^(?:the|its|their)\s+(?:[\w.-]+\s+){{0,2}}?{_VALUE_NOUN}$", re.IGNORECASE)


def _admits(clause: str) -> bool:
    """A clause that is an admission ("I'd need to look that up"), filler ("um") or a preface to candour ("I'll be
    upfront"): it says nothing about the topic."""
    return bool(_ADMISSION.match(clause) or _ONLY_FILLER.fullmatch(clause)
                or _CANDOUR.match(_ONLY_FILLER.sub(" ", clause).strip()))


def _names_a_doubt(clause: str) -> bool:
    """A clause that only names a value the candidate does not know ("I don't remember Istio's exact defaults for
    outlier detection", "I'm not sure what the best batch size would be")."""
    match = _DOUBT_LEAD.match(clause)
    if not match:
        return False
    named = re.sub(r"\s+(?:for|on|about) (?:that|this|it)$", "", match.group("named").strip(" ,"), flags=re.IGNORECASE)
    lead = clause[: match.start("named")]
    said = re.sub(r"^(?:about|of|on)\s+|\b(?:that|those)\s+(?=\S+$)", "", named.replace("'s", ""), flags=re.IGNORECASE)
    # No verb but the copula that ends an embedded question ("what the best batch size would be"): "the default
    # timeout for gRPC is infinite" says something.
    said = re.sub(r"\s+(?:(?:would|should|could|will|might)\s+)?(?:be|is|are)$", "", said, flags=re.IGNORECASE)
    return (bool(_NAMED_VALUE.match(named)) and not _SAYS_SOMETHING.search(said) and not has_predicate(said)
            and not re.search(r"\b(?:probably|maybe|just|obviously|like)\b", lead, re.IGNORECASE))


def names_only_doubts(unit: str) -> bool:
    """True for a part that only names what the candidate does not know, with what they would do about it ("I don't
    remember Istio's exact defaults for outlier detection, the ejection time and the error count, so I'd look those
    up rather than guess"): stricter than `states_only_doubt`, as every clause is a doubt, a thing not known, a
    look-up or an admission, so no claim hides in it. It shows no weak answer; it keeps the credit naming the gap
    earns."""
    unit = " ".join(unit.replace("’", "'").split())  # one space between words: no regex below sees a long run
    clauses = [c for c in (c.strip(" .!?-") for c in _CLAUSE_SPLIT.split(unit)) if c]
    named = doubting = False  # after a named doubt, a bare noun phrase names one more thing ("..., the error count")
    for clause in clauses:
        if _names_a_doubt(clause):
            named = doubting = True
            continue
        if doubting and (_LOOK_UP.match(clause) or (_MORE_NAMED.match(clause) and not _SAYS_SOMETHING.search(clause))):
            continue
        doubting = False
        if not _admits(clause):
            return False
    return named


def states_nothing(unit: str) -> bool:
    """True for a part made only of admissions and reports of the candidate's own inexperience: it states nothing
    about the topic, so it is no evidence, earns no credit and shows no weak pattern."""
    unit = unit.replace("’", "'").strip()
    clauses = [c.strip(" .!?-") for c in _CLAUSE_SPLIT.split(unit)]
    clauses = [c for c in clauses if c]
    if not clauses:
        return False
    if all(_ONLY_FILLER.fullmatch(c) for c in clauses):
        return False
    for clause in clauses:
        if _admits(clause):
            continue
        # What the candidate has not done, in a few words (a digit inside a name, "IPv6", is no figure).
        match = _NO_EXPERIENCE.match(clause)
        if match and len(words(match.group("rest"))) <= 6 and not re.search(r"(?<![A-Za-z])\d", clause):
            continue
        match = _ONLY_SEEN.match(clause)
        if match and len(words(match.group("rest"))) <= 8 and not re.search(r"\d", clause):
            continue
        return False
    return True


@functools.lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The bundled encoder's whole-word pieces: ordinary words ("policy", "writes", "new"), as against "flagd" or
    "kyber", which it splits. Empty when the model package is missing."""
    from grader.errors import GraderError

    try:
        from grader.embedding import bundled_model_path

        text = (bundled_model_path() / "vocab.txt").read_text(encoding="utf-8")
    except (OSError, GraderError):
        return frozenset()
    return frozenset(w for w in text.split() if not w.startswith("##"))


def is_coined(word: str, empty: bool = False) -> bool:
    """Whether a lower-case word is one the bundled encoder's vocabulary lacks, singular or plural ("quadlet", "kyber"):
    a coined name, not an ordinary word. `empty`: the answer when the vocabulary cannot be read."""
    vocabulary = _vocabulary()
    if not vocabulary:
        return empty
    return word not in vocabulary and word.rstrip("s") not in vocabulary
