"""Numbers in text, with their units: durations, data sizes, percentages, HTTP status codes, labelled codes
("error 9", "exit code 137", "port 6432"), versions.

Shared by the importer (which pins a rubric's subjects to numbers) and the fact checker (which compares
an answer's numbers with them), so both read "a day", "24 hours" and "twenty-four hours" the same way.
Number words go through text2num; the unit table is small and explicit, because only units whose
values can be compared exactly are worth a contradiction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus

from text_to_num import alpha2digit

# unit word -> (kind, factor to the kind's base unit: seconds, bytes, percent)
_UNITS: dict[str, tuple[str, float]] = {}
for _names, _kind, _factor in [
    ("ns nanosecond nanoseconds", "duration", 1e-9),
    ("us µs microsecond microseconds", "duration", 1e-6),
    ("ms msec msecs millisecond milliseconds", "duration", 1e-3),
    ("s sec secs second seconds", "duration", 1.0),
    ("min mins minute minutes", "duration", 60.0),
    ("h hr hrs hour hours", "duration", 3600.0),
    ("day days", "duration", 86400.0),
    ("week weeks", "duration", 604800.0),
    ("month months", "duration", 2592000.0),
    ("year years", "duration", 31536000.0),
    ("b byte bytes", "size", 1.0),
    ("bit bits", "size", 0.125),  # "a 32-bit count", "RSA at 2048 bits"
    ("kb kib kilobyte kilobytes", "size", 1e3),
    ("mb mib megabyte megabytes meg megs", "size", 1e6),  # spoken: "512 megs", "32 gigs"
    ("gb gib gigabyte gigabytes gig gigs", "size", 1e9),
    ("tb tib terabyte terabytes", "size", 1e12),
    ("% percent pct", "percent", 1.0),
]:
    for _name in _names.split():
        _UNITS[_name] = (_kind, _factor)

# The units a quantity may have, as a regex alternation (longest first).
UNIT_WORDS = "|".join(sorted((re.escape(u) for u in _UNITS if u != "%"), key=len, reverse=True))
_NUMBER = r"\d+(?:[.,]\d+)*"
# A number standing on its own: not part of a word or a version ("HTTP/2" gives 2, "v1.2" and "1.2.3" nothing).
NUMBER_TOKEN = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\w.]*\d)")
_QUANTITY = re.compile(
    rf"(?<![\w.])(?<!\d,)(?P<low>{_NUMBER}|an?|one)(?:\s*(?:-|–|to)\s*(?P<high>{_NUMBER}))?\s*"
    # Not a name's first part: "a Sec-WebSocket-Key" has no unit ("a minute-long wait", "10 MB-sized chunks" do).
    rf"(?:(?P<pct>%)|-?(?P<unit>{UNIT_WORDS})\b(?!-(?!(?:long|sized?|old|wide|ish|plus)\b)[A-Za-z]))",
    re.IGNORECASE,
)
APPROXIMATE = _APPROXIMATE = re.compile(  # the words of an estimate, right before its number
    r"(?:about|around|roughly|approximately|approx\.?|~|something like|on the order of|order of|nearly|almost|"
    r"close to|some|a few|maybe|perhaps|like)\s*$",
    re.IGNORECASE,
)
# "gRPC caps it at 5", "caps the election timeout at 10 seconds", "clamped to 10": the most something can be.
_CAP = (r"\b(?:caps?|capped|clamps?|clamped|limits?|limited)"
        r"(?:\s+(?:it|them|that|this|the\s+[\w-]+(?:\s+[\w-]+)?|[a-z]+[A-Z][\w]*|[a-z]+(?:[._][a-z0-9]+)+))?\s+(?:at|to)")
CAPPED = re.compile(_CAP + r"\s+$", re.IGNORECASE)
_BOUND = re.compile(
    r"(?:(?P<bound>up to|at most|at least|under|over|more than|less than|fewer than|within|below|above|no more than|"
    r"no less than|longer than|shorter than|as little as|as much as|[<>]=?)"
    # "an upper limit of 50 seconds": at most; "a floor of 1 minute": at least
    rf"|(?P<cap>{_CAP}"
    r"|\b(?:an?\s+)?(?:upper limit|upper bound|maximum|cap|ceiling|hard limit)\s+of)"
    r"|(?P<floor>\b(?:an?\s+)?(?:lower limit|lower bound|minimum|floor)\s+of))\s*$",
    re.IGNORECASE,
)
_STATUS = re.compile(
    r"(?:(?<=\bHTTP )|(?<=\bstatus )|(?<=\berror )|(?<=\bcode )|(?<=\bcodes )|(?<=\ba )|(?<=\bwith )|(?<=\breturns )|(?<=\breturn )|"
    r"(?<=\breturning )|(?<=\bgets )|(?<=\bget )|(?<=\bsends )|(?<=\bsend )|(?<=\bis )|(?<=\bthrows )|(?<=\bor )|"
    r"(?<=\banswers )|(?<=\banswered )|(?<=\breplies )|(?<=\breplied )|(?<=\bresponds )|(?<=\bresponded )|"
    r"(?<=\band )|(?<=\bnot )|(?<=\bthe )|(?<=\bHTTP/\d )|(?<=^))(?P<code>[1-5]\d\d)(?![\w%]|\.\d)",
    re.IGNORECASE,
)
# A labelled code: the number is an identifier, compared only with a number under the same label. "error 503" is
# an HTTP status, not an error code.
# A "status code" or "status" under 100 is a protocol's own status ("DEADLINE_EXCEEDED, status code 4" in gRPC), and
# "status 14" names the same kind of code; from 100 to 599 it is an HTTP status.
CODE_LABELS = ("exit code", "exit status", "error code", "reason code", "status code", "status", "sqlstate", "errno",
               "error", "signal", "port", "opcode", "rcode", "response code")
# Other words for a label: "exits with code 137", "exit 137" and "exit status 137" are one exit code; a DNS "response
# code" is its RCODE.
_SAME_LABEL = {"status": "status code", "exit status": "exit code", "exit": "exit code", "response code": "rcode"}
_LABEL_WORDS = [r"exit(?:s|ed)?\s+with\s+(?:code|status)"] + [l.replace(" ", r"\s+") for l in CODE_LABELS] + [
    r"exit(?=\s+\d{1,3}\b(?!\s+[a-z]+s\b))"]  # "exit 137", not "exit 2 pods"
_CODE = re.compile(
    r"\b(?P<label>" + "|".join(_LABEL_WORDS) + r")\s+(?:number\s+|no\.?\s+|#)?"
    r"(?P<code>\d{1,5})(?![\w%]|\.\d)",
    re.IGNORECASE,
)
_STATUS_CONTEXT = re.compile(
    r"\b(?:HTTP|status|response|respond|responds|responded|returns?|returned|error|code|codes|gets?|got|sends?|sent|"
    r"answers|answered|replies|replied)\b", re.IGNORECASE
)
# A status code said with its registered name: "422 Unprocessable Entity", "409 Conflict" (an HTTP status in any
# sentence, as "comes back with a 422 Unprocessable Entity" is).
_NAMED_STATUS = re.compile(
    r"\b(?:" + "|".join(sorted({rf"{s.value}\s+{re.escape(s.phrase)}" for s in HTTPStatus} | {
        r"413\s+(?:Payload|Content|Request Entity) Too Large", r"422\s+Unprocessable (?:Entity|Content)"}, key=len,
        reverse=True)) + r")\b", re.IGNORECASE)

# A version: "5.2+", "kernel 5.10", "PostgreSQL 11", "TLS 1.3", "v2"; the name before it, when there is one.
_VERSION = re.compile(
    r"(?:(?P<product>\b(?:[Kk]ernel|[Vv]ersion|[Rr]elease|Linux|[A-Z][A-Za-z]*[A-Za-z])\s+v?)|(?<![\w.])v)?"
    r"(?:(?<=\bv)|(?<![\w.]))(?P<number>\d{1,3}(?:\.\d{1,3}){0,2})(?P<plus>\+|\s+or\s+(?:newer|later|above|higher))?(?![\w%]|\.\d)",
)


# What a bound says about the value: at least (or more than) the number, or at most (or less than) it.
LOWER_BOUNDS = frozenset({"at least", "no less than", "over", "more than", "longer than", "above", ">=", ">"})
UPPER_BOUNDS = frozenset({"up to", "at most", "no more than", "within", "as much as", "under", "less than", "fewer than",
                          "below", "shorter than", "<=", "<"})


def _bound_name(match: re.Match) -> str:
    """The bound a `_BOUND` match states, as one of `LOWER_BOUNDS` / `UPPER_BOUNDS`."""
    return "at most" if match.group("cap") else "at least" if match.group("floor") else match.group("bound").lower()


# The bounds that say so in any sentence: "over 5 minutes", "within a day", "under load" are as often a span or a
# preposition as a limit ("rate() averages the counter over 5 minutes").
CLEAR_BOUNDS = frozenset({"at least", "no less than", "more than", "longer than", "up to", "at most", "no more than",
                          "less than", "fewer than", "shorter than", "as much as"})


@dataclass(frozen=True)
class Quantity:
    """A number with a comparable unit, found in a text."""

    kind: str  # duration | size | percent | status | code (with a label) | number (no unit: a named default)
    low: float  # in the kind's base unit (seconds, bytes, percent); the code itself for a status
    high: float  # equal to low unless a range ("2-5 seconds")
    text: str  # as written, after number words became digits
    start: int
    end: int
    approximate: bool = False  # "about 2 ms", "a few hundred milliseconds"
    bound: str | None = None  # "up to", "at least", ...
    label: str | None = None  # a code's label: "error", "exit code", "port"

    @property
    def unit(self) -> str:
        if self.kind == "code":
            return self.label or "code"
        return {"duration": "seconds", "size": "bytes", "percent": "percent", "status": "status code", "number": ""}[self.kind]

    def comparable(self, other: "Quantity") -> bool:
        """Whether the two measure the same thing: one kind, and for codes one label ("error 9", not "port 9"). A
        setting that is 0 by default (off) is 0 in any unit: "60 seconds" or "16 MB" is another value of it, and a
        plain zero ("a maxUnavailable of zero") is another value of "25 percent"."""
        if self.kind != other.kind and {self.kind, other.kind} <= {"number", "duration", "size", "percent"}:
            return any(q.kind == "number" and q.low == q.high == 0 for q in (self, other))
        return self.kind == other.kind and (self.kind != "code" or self.label == other.label)

    def span(self) -> tuple[float, float]:
        """The values the quantity allows: "at least 24 hours" is 24 hours or more, "up to 3 days" none to 3 days."""
        if self.bound in LOWER_BOUNDS:
            return self.low, float("inf")
        if self.bound in UPPER_BOUNDS:
            return 0.0, self.high
        return self.low, self.high

    def allows(self, other: "Quantity") -> bool:
        """Whether `other` can be true beside this quantity: `agrees` for an exact value; for a bound ("at least 24
        hours"), whether the values they allow overlap (5% tolerance)."""
        if self.bound is None or self.kind in ("status", "code") or not self.comparable(other):
            return self.agrees(other)
        if other.bound is not None and (other.bound in LOWER_BOUNDS) == (self.bound in LOWER_BOUNDS):
            # Two limits the same way: "valid for up to 1 hour" against "up to 15 minutes" is another limit.
            return Quantity(self.kind, self.low, self.high, self.text, 0, 0).agrees(other)
        (a_low, a_high), (b_low, b_high) = self.span(), other.span()
        slack = 0.05 * max(abs(a_low), abs(b_low), 1e-12)
        return not (a_high + slack < b_low or b_high + slack < a_low)

    def agrees(self, other: "Quantity") -> bool:
        """Whether two quantities of one kind can both be true: equal, or overlapping ranges (5% tolerance); codes
        must be equal."""
        if not self.comparable(other):
            return True
        if self.kind in ("status", "code"):
            return self.low == other.low  # an identifier: 404 is not "about 409"
        slack = 0.05 * max(abs(self.high), abs(other.high), 1e-12)
        return not (self.high + slack < other.low or other.high + slack < self.low)


@dataclass(frozen=True)
class Version:
    """A version number and the name it belongs to ("kernel", "PostgreSQL"), when the text gives one."""

    parts: tuple[int, ...]
    product: str | None
    at_least: bool  # "5.2+" or "5.2 or newer"
    text: str
    start: int
    end: int


def without_thousands(text: str) -> str:
    """The text with thousands separators dropped: "1,000 fields" -> "1000 fields" ("1,2,3" stays a list)."""
    return _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), text) if "," in text else text


@lru_cache(maxsize=20_000)
def digits(text: str) -> str:
    """Number words as digits ("twenty-four hours" -> "24 hours", "five" -> "5") and thousands separators dropped
    ("1,000 fields" -> "1000 fields", never a 1 and a 000); everything else unchanged. Cached: each check of an
    answer part reads it again."""
    text = without_thousands(text)
    said_point = " point " in text.lower()
    text = _PAIRED_NUMBER.sub(_paired_number, _PAIRED_PAIRS.sub(_paired_pairs, text))
    text = _WORD_UNIT_HYPHEN.sub(r"\1 ", text)  # "a two-second query": text2num reads "two second", not "two-second"
    # ... and "a thirty second wait" as the ordinal "32nd": said of a wait, it is thirty seconds.
    text = _TENS_SECOND.sub(r"\1 seconds", text)
    text = _scaled_amounts(text) if _SCALE_WORD.search(text) else text
    # "thousands of rows", "tens of millis" are no amount: text2num would make them "1000 of rows" and "10 of millis".
    vague = _VAGUE_PLURAL.findall(text) if "\x00" not in text else []
    if vague:
        text = _VAGUE_PLURAL.sub("\x00", text)
    try:
        text = alpha2digit(text, "en", threshold=0)
    except Exception:  # text2num refuses some odd inputs; the text is still usable as written
        pass
    if vague:
        words = iter(vague)
        text = re.sub("\x00", lambda _: next(words), text)
    # text2num reads the unit in "one second" and "a second" as an ordinal ("1 2nd"): after a number it is the unit.
    if "2nd" in text:  # ... and "per second" as "per 2nd"
        text = _PER_SECOND.sub("per second", _SECOND_UNIT.sub(r"\1 second", _RATE_SECOND.sub(r"\1 a second", text)))
    # "five point thirteen" comes back "5 point 13": spoken versions ("kernel four point thirteen") are 4.13.
    if " point " in text:
        text = _SPOKEN_POINT.sub(r"\1.\2", text)
    if said_point:  # ... and "one point five million" comes back "1.5 1000000"
        text = _SPOKEN_SCALE.sub(lambda m: _number_text(float(m.group(1)) * float(m.group(2))), text)
    return _spoken_amounts(text) if _SPOKEN_AMOUNT_CUE.search(text) else text


# Amounts as they are said (and transcribed): "1.5 million" (text2num leaves "1.5 1000000"), "half a million",
# "1 and a half seconds", "an hour and a half", "a quarter of an hour". Read as their value, not as the plain numbers
# inside them: "half a million rows" is no claim of a million rows, "a quarter of an hour" none of an hour.
_SPOKEN_AMOUNT_CUE = re.compile(r"\b(?:half|quarters?)\b|\d(?:st|nd|rd|th) of an? ", re.IGNORECASE)
# "a fifth of a second" (text2num: "a 5th of a second") is 0.2 seconds, not a second.
_FRACTION_OF = re.compile(rf"\ban? ([2-9]|[1-9]\d{{1,3}})(?:st|nd|rd|th) of an? ({UNIT_WORDS})\b", re.IGNORECASE)
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_SCALED = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?) (thousand|million|billion)\b", re.IGNORECASE)
_HALF_A_SCALE = re.compile(r"\bhalf an? (thousand|million|billion)\b", re.IGNORECASE)
_AND_A_HALF_NUMBER = re.compile(r"(?<![\w.])(\d+) and a half\b", re.IGNORECASE)
_UNIT_AND_A_HALF = re.compile(rf"(?<![\w.])(an?|\d+) ({UNIT_WORDS}) and a half\b", re.IGNORECASE)
_QUARTER_OF = re.compile(rf"\b(?:(a|1|2|3|three) )?quarters? of an? ({UNIT_WORDS})\b", re.IGNORECASE)


def _number_text(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _scaled_amounts(text: str) -> str:
    """"1.5 million" and "half a million" as digits, before text2num reads the scale word on its own."""
    text = _SCALED.sub(lambda m: _number_text(float(m.group(1)) * _SCALE[m.group(2).lower()]), text)
    return _HALF_A_SCALE.sub(lambda m: _number_text(0.5 * _SCALE[m.group(1).lower()]), text)


def _spoken_amounts(text: str) -> str:
    text = _AND_A_HALF_NUMBER.sub(lambda m: f"{m.group(1)}.5", text)
    text = _SPOKEN_SCALE.sub(lambda m: _number_text(float(m.group(1)) * float(m.group(2))), text)  # "1.5 1000000"
    text = _UNIT_AND_A_HALF.sub(
        lambda m: f"{1 if m.group(1).lower() in ('a', 'an') else m.group(1)}.5 {m.group(2)}", text)
    text = _FRACTION_OF.sub(lambda m: f"{1 / int(m.group(1)):.4g} {m.group(2)}", text)
    quarters = {"a": 1, "1": 1, "2": 2, "3": 3, "three": 3}
    return _QUARTER_OF.sub(lambda m: f"{quarters[(m.group(1) or 'a').lower()] * 0.25:g} {m.group(2)}", text)


_PER_SECOND = re.compile(r"\bper 2nd\b")
_SCALE_WORD = re.compile(r"\b(?:thousand|million|billion)\b", re.IGNORECASE)
# Plural amount words ("thousands of requests"): no number, but they begin a rate as a number does.
_AMOUNT_WORDS = r"\b(?:tens|dozens|hundreds|thousands|millions|billions)"
_VAGUE_PLURAL = re.compile(rf"(?:{_AMOUNT_WORDS}|\btrillions)\b", re.IGNORECASE)
_TENS_SECOND = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) second\b(?!-)", re.IGNORECASE)
# "a second" after an amount is a rate's unit ("5,000 new traces a second we need", "50,000 spans a second, so"), and
# after "around", "about", "than" and the like a duration ("max backoff around a second, and it's jittered"), where
# the phrase goes on with a clause, not a noun ("a second copy", "a second Vault cluster" are ordinals).
_RATE_SECOND = re.compile(
    rf"((?:\d(?:[\d.]*\d)?|{_AMOUNT_WORDS})(?:\s+[A-Za-z-]+){{0,3}}|"
    r"\b(?:around|about|roughly|under|over|than|within|only|just|nearly|almost|maybe|like))\s+a\s+2nd\b"
    r"(?=\s*(?:[.;:!?,)]|$)|\s+(?:we|i|you|they|it|that|which|and|but|so|or|with|is|are|means|would|will|from|into|"
    r"through|across|at|per|for|in|to|of|on|before|after|each|every|easily|now|anyway|tops)\b)",
    re.IGNORECASE,
)
# A comma after the number is punctuation ("defaults to 50,000, and we need 150,000, so ..."), not another group.
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?!\d|,\d|\.\d)")

#: The number words from one to a hundred ("twenty-four"'s parts).
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred").split()
_NUMBER_WORD = "(?:" + "|".join(NUMBER_WORDS) + ")"

# A three-digit number said in two parts, as status codes are: "four oh four" (text2num: "4 oh 4"), "five oh threes"
# ("5 oh 3"), "four twenty-nine" ("4 29"), "four twelve". Not before a unit ("two twenty-minute windows"). After a
# name or "version", the same words are a version: "Python three twelve" is 3.12.
_DIGIT_WORDS = {w: i + 1 for i, w in enumerate(NUMBER_WORDS[:9])}
# Not a number said in parts where another number word, a unit or a hyphenated word follows ("two twenty-minute").
_NOT_BEFORE_UNIT = rf"(?![ -](?:{'|'.join(NUMBER_WORDS)}|{UNIT_WORDS})\b)(?!-)"
_TEEN_TENS = {w: v for v, w in zip([*range(10, 20), *range(20, 100, 10)], NUMBER_WORDS[9:27])}
_PAIRED_NUMBER = re.compile(
    rf"(?<![\w-])({'|'.join(NUMBER_WORDS[:9])})[ -](?:(?:oh|o)[ -]({'|'.join(NUMBER_WORDS[:9])})|"
    rf"({'|'.join(NUMBER_WORDS[9:27])})(?:[ -]({'|'.join(NUMBER_WORDS[:9])}))?)(s|es)?\b"
    rf"{_NOT_BEFORE_UNIT}",
    re.IGNORECASE,
)


# A four-digit number said in two pairs: "sixty-four thirty-two" (6432; text2num: "64 32"), "forty ninety-six".
_TWO_DIGITS = (rf"(?:(?:{'|'.join(NUMBER_WORDS[19:27])})(?:-(?:{'|'.join(NUMBER_WORDS[:9])}))?|"
               rf"{'|'.join(NUMBER_WORDS[9:19])})")
_PAIRED_PAIRS = re.compile(
    rf"(?<![\w-])({_TWO_DIGITS}) ({_TWO_DIGITS})(s)?\b{_NOT_BEFORE_UNIT}",
    re.IGNORECASE,
)


def _two_digits(words: str) -> int:
    tens, _, ones = words.lower().partition("-")
    return _TEEN_TENS[tens] + (_DIGIT_WORDS[ones] if ones else 0)


def _paired_pairs(match: re.Match) -> str:
    return f"{_two_digits(match.group(1)) * 100 + _two_digits(match.group(2))}{match.group(3) or ''}"


_NAME_BEFORE = re.compile(r"(?<![\w.+-])([A-Z][\w.+-]*)\s+$")
# Capitalised words before a number that name no product: a sentence's first word, a label of a code.
_NOT_NAMES = frozenset("HTTP HTTPS I A An The So And But Then Maybe Like Probably It We They You Just Got Get Returns "
                       "Status Error Code".split())
_VERSION_WORD_BEFORE = re.compile(r"\b(?:version|v|release|kernel)\s+$", re.IGNORECASE)


def _paired_number(match: re.Match) -> str:
    first, oh, tens, ones, plural = match.groups()
    lead = match.string[max(0, match.start() - 40) : match.start()]
    name = _NAME_BEFORE.search(lead)
    if not oh and ((name and name.group(1) not in _NOT_NAMES) or _VERSION_WORD_BEFORE.search(lead)):
        if plural:
            return match.group(0)
        # "Python three twelve", "Kubernetes one twenty-nine", "kernel five ten": a version, as versions are said
        minor = _TEEN_TENS[tens.lower()] + (_DIGIT_WORDS[ones.lower()] if ones else 0)
        return f"{_DIGIT_WORDS[first.lower()]}.{minor}"
    if oh:
        value = _DIGIT_WORDS[first.lower()] * 100 + _DIGIT_WORDS[oh.lower()]
    else:
        value = _DIGIT_WORDS[first.lower()] * 100 + _TEEN_TENS[tens.lower()] + (
            _DIGIT_WORDS[ones.lower()] if ones else 0)
        if not 100 <= value < 600 or (tens.lower() == "ten" and not plural):
            return match.group(0)  # "seven fifty", "one ten": not a code, and often not one number
    return f"{value}{'s' if plural else ''}"

_WORD_UNIT_HYPHEN = re.compile(
    rf"\b({_NUMBER_WORD}(?:-{_NUMBER_WORD})?)-(?=(?:nanosecond|microsecond|millisecond|second|minute|hour|day|week|month|"
    r"year|bit|byte|kilobyte|megabyte|gigabyte|terabyte|percent)s?\b)", re.IGNORECASE)
_VALUE_BEFORE = re.compile(r"(?:\b(?:is|are|to|of|at|was|be|from)|=|:)\s*$", re.IGNORECASE)
# A rate: "50000 a second", "100 requests a minute", "5000 new traces a second" (up to three words, the last a plural).
_RATE_BEFORE = re.compile(rf"(?:\d(?:[\d,.]*\d)?|{_AMOUNT_WORDS})\s+"
                          r"(?:[A-Za-z]+\s+|(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+s\s+)?$")
_SPOKEN_POINT = re.compile(r"\b(\d+) point (\d+)\b")
_SPOKEN_SCALE = re.compile(r"(?<![\w.])(\d+\.\d+) (1000|1000000|1000000000)\b")
# "a second" is the unit only where its phrase ends or a preposition follows ("wait a second before retrying", "in a
# second or two"); "a second charge", "a second or third retry", "a second, warm standby" are ordinals.
_SECOND_UNIT = re.compile(
    r"\b(\d+(?:\.\d+)?|an?(?=\s+2nd(?:\s*(?:[.;:!?)]|$)|\s+(?:or (?:2|so|less|more|longer)|before|after|later|ago|per|"
    r"of|for|in|on|to|until|till|then|each|every|at most|at least)\b)))\s+2nd\b(?!-)", re.IGNORECASE)


def _number(token: str) -> float | None:
    token = token.lower()
    if token in {"a", "an", "one"}:
        return 1.0
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


def _lead(text: str, end: int, width: int = 200) -> str:
    """The words just before `end`, for the patterns that read what ends there ("about ", "at most "): searching the
    whole text before each figure made a 37,000-character gauntlet take 0.15 s. Cut at a space, so a word cut in half
    never starts the window."""
    if end <= width:
        return text[:end]
    window = text[end - width : end]
    space = re.search(r"\s", window)
    return window[space.start() :] if space else window


# "I wouldn't retry 400s or auth errors", "retry the 500s and 503s": a status code with a plural s, after a word that
# takes responses (not "is", "in", "of", "after" or "a", which take a duration: "the timeout is 300s", "a 300s
# timeout"), with talk of responses beside it, is those responses.
# (Throttling is said with codes too: "checkout got throttled with 429s", a hostile review's correct answer.)
_RESPONSE_TALK = re.compile(r"\b(?:retry|retries|retrying|retried|retryable|errors?|codes?|status|responses?|HTTP|[1-5]xx|"
                            r"throttl(?:e|ed|es|ing)|rate[- ]limit(?:s|ed|ing)?)\b", re.IGNORECASE)
_RESPONSES_LEAD = re.compile(r"\b(?:retry|retries|retrying|retried|return|returns|returning|returned|see|sees|seeing|saw|"
                             r"get|gets|getting|got|throw|throws|send|sends|sending|log|logs|count|counts|and|or|no|the|"
                             r"those|these|any|more|fewer|many|all|on)\s+$", re.IGNORECASE)
# ... and, for an error code no duration is rounded to ("429s", not "300s" or "301s"), "with" and "hit": "throttled with
# 429s".
_REGISTERED = frozenset(int(code) for code in HTTPStatus)
_CODE_LEAD = re.compile(r"\b(?:with|hit|hits|hitting)\s+$", re.IGNORECASE)
_RESPONSE_WINDOW = 60


def _plural_status(text: str, number: str, lead: str, start: int, end: int) -> bool:
    if not re.fullmatch(r"[1-5]\d\d", number):
        return False
    led = _RESPONSES_LEAD.search(lead) or (number[0] in "45" and not number.endswith("0") and int(number) in _REGISTERED
                                            and _CODE_LEAD.search(lead))
    return bool(led and _RESPONSE_TALK.search(text[max(0, start - _RESPONSE_WINDOW) : end + _RESPONSE_WINDOW]))


def find_quantities(text: str) -> list[Quantity]:
    """Durations, sizes, percentages, HTTP status codes and labelled codes in `text` (already passed through
    `digits`)."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        low = _number(match.group("low"))
        high = _number(match.group("high")) if match.group("high") else low
        if low is None or high is None:
            continue
        unit = "%" if match.group("pct") else match.group("unit").lower()
        if unit in {"s", "h", "b"} and match.group("low").lower() in {"a", "an", "one"}:
            continue  # "a s" is not a quantity
        if match.group("low").lower() in {"a", "an"} and unit in {"%", "percent", "bit", "bits"}:
            continue  # "a bit more" is no size
        if match.group("low").lower() in {"a", "an"} and _RATE_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "50000 a second", "100 requests a minute": a rate, not a duration
        if unit == "s" and not match.group(0)[-2].isspace() and (
            re.match(r"\s+of\b", text[match.end() :]) or re.fullmatch(r"(?:19|20)\d0", match.group("low"))
            or (re.fullmatch(r"[1-9]\d?0", match.group("low")) and re.search(r"\bthe\s+$", _lead(text, match.start()), re.IGNORECASE)
                and re.match(r"\s*(?:[.,;:!?)]|$|and\b|or\b)", text[match.end() :]))
            or re.search(r"\b(?:how many|many|few|fewer|more|those|these|some|lots of|all the)\s+$",
                         _lead(text, match.start()), re.IGNORECASE)
            or _plural_status(text, match.group("low"), _lead(text, match.start()), match.start(), match.end())
        ):
            continue  # "100s of nodes", "the 1990s", "in the 80s,", "how many 425s we send": a plural or a decade
        kind, factor = _UNITS[unit]
        start = match.start()
        before = _lead(text, start)
        half = re.search(r"\bhalf\s+$", before, re.IGNORECASE)
        if half and match.group("low").lower() in {"a", "an"}:
            low = high = 0.5  # "half a minute"
            start -= len(before) - half.start()
            before = _lead(text, start)
        after = text[match.end() : match.end() + 12]
        trailing = re.match(r"\s*(?:(?P<approx>or so|-ish|ish)|(?P<bound>or more|or longer|or higher|plus|\+|or less|or fewer|or shorter))", after, re.IGNORECASE)
        # "from 1,800 to 74 milliseconds" is a change between two values, not a range: each is a value of its own.
        change = low > high and re.search(r"\bfrom\s+$", before, re.IGNORECASE) and re.search(r"\sto\s", match.group(0))
        if low > high and not change and re.search(r"\d[-–]\d+[A-Za-z]$", match.group(0)):
            continue  # "NIST SP 800-63B": a document's number, not a range from 800 down to 63 bytes
        values = [(low, low), (high, high)] if change else [(low, high)]
        found.extend(
            Quantity(
                kind=kind,
                low=value_low * factor,
                high=value_high * factor,
                text=text[start : match.end()].strip(),
                start=start,
                end=match.end(),
                approximate=bool(_APPROXIMATE.search(before)) or bool(trailing and trailing.group("approx")),
                bound=(
                    _bound_name(m) if (m := _BOUND.search(before))
                    else ("at least" if trailing and trailing.group("bound") and "or le" not in trailing.group("bound")
                          and "fewer" not in trailing.group("bound") and "shorter" not in trailing.group("bound")
                          else ("at most" if trailing and trailing.group("bound") else None))
                ),
            )
            for value_low, value_high in values
        )
    for match in _CODE.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        label = "exit code" if label.startswith("exit") else _SAME_LABEL.get(label, label)
        code = match.group("code")
        if label in {"error", "error code", "status code"} and re.fullmatch(r"[1-5]\d\d", code):
            continue  # "error 503", "status 409": an HTTP status, found below
        if any(s <= match.start() < e for s, e in ((q.start, q.end) for q in found)):
            continue
        found.append(Quantity("code", float(code), float(code), code, match.start(), match.end(), label=label))
    context = bool(_STATUS_CONTEXT.search(text))
    if context or _NAMED_STATUS.search(text):
        taken = [(q.start, q.end) for q in found]
        for match in _STATUS.finditer(text):
            if any(s <= match.start() < e for s, e in taken):
                continue
            if not context and not _NAMED_STATUS.match(text, match.start()):
                continue  # with no word of HTTP talk, only a code said with its own name ("a 422 Unprocessable Entity")
            code = float(match.group("code"))
            found.append(Quantity("status", code, code, match.group("code"), match.start(), match.end()))
    return sorted(found, key=lambda q: q.start)


def measures(text: str) -> list[Quantity]:
    """The durations, sizes and percentages of a raw text (number words read as digits): the quantities that can be
    the same in other units ("5 minutes" and "300 seconds")."""
    return [q for q in find_quantities(digits(text)) if q.kind in ("duration", "size", "percent")]


def is_unit(word: str) -> bool:
    """Whether a word is a unit of measure ("GB", "MiB", "ms", "hours")."""
    return word.lower() in _UNITS


_ADDRESS_AFTER = re.compile(r"(?:\.\d+)*/\d{1,3}(?![.\d])")


def find_versions(text: str) -> list[Version]:
    """Version numbers: dotted ("5.2", "22.04") or named ("PostgreSQL 11", "kernel 4", "v2"), never a
    quantity with a unit or a status code."""
    out: list[Version] = []
    quantities = [(q.start, q.end) for q in find_quantities(text)]
    for match in _VERSION.finditer(text):
        number = match.group("number")
        if any(s <= match.start("number") < e for s, e in quantities):
            continue
        if _ADDRESS_AFTER.match(text, match.end("number")):
            continue  # "172.16/12", "100.64/10": a network prefix, not a version
        product = (match.group("product") or "").strip() or None
        if product and product.lower() in {"version", "release", "v"}:
            product = None
        dotted = "." in number
        if not dotted and not match.group("product") and not match.group("plus") and not match.group(0).startswith("v"):
            continue  # a bare integer is a count, not a version
        if product and product[0].isupper() and product.lower() not in {"kernel", "linux", "version", "release"}:
            # A capitalised word right before an integer is a product only if it is a name, not a sentence start
            # ("In 2023", "Round 2").
            if product.lower() in {"in", "since", "from", "until", "before", "after", "round", "step", "phase", "the"}:
                product = None
                if not dotted and not match.group("plus"):
                    continue
        out.append(
            Version(
                parts=tuple(int(p) for p in number.split(".")),
                product=product,
                at_least=bool(match.group("plus")),
                text=match.group(0).strip(),
                start=match.start("number"),
                end=match.end(),
            )
        )
    return out


def version_key(value: str) -> tuple[int, ...] | None:
    """The numeric parts of a version string ("5.2+" -> (5, 2)), or None when it has none."""
    match = re.search(r"\d+(?:\.\d+)*", value)
    return tuple(int(p) for p in match.group(0).split(".")) if match else None


def compare_versions(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """-1, 0 or 1, padding the shorter version with zeros (5.2 == 5.2.0)."""
    width = max(len(a), len(b))
    pa, pb = a + (0,) * (width - len(a)), b + (0,) * (width - len(b))
    return (pa > pb) - (pa < pb)


def quantity_from_value(value: str, unit: str | None) -> Quantity | None:
    """A fact's stored value and unit ("24", "hours"; "409", "status code"; "2-5", "seconds") as a Quantity."""
    if unit and unit.lower() in {"status", "status code", "http status", "http status code"}:
        match = re.fullmatch(r"\s*([1-5]\d\d)\s*", value)
        if match:
            code = float(match.group(1))
            return Quantity("status", code, code, value, 0, len(value))
        if unit.lower() not in {"status", "status code"}:
            return None
        unit = "status code"  # a protocol's own status code ("4")
    if unit and _SAME_LABEL.get(unit.lower(), unit.lower()) in CODE_LABELS:
        match = re.fullmatch(r"\s*(\d{1,5})\s*", value)
        if not match:
            return None
        code = float(match.group(1))
        return Quantity("code", code, code, value, 0, len(value), label=_SAME_LABEL.get(unit.lower(), unit.lower()))
    if not unit:
        # A named default without a unit ("max_connections defaults to 100"), or a cap ("at most 5"): a plain number.
        match = re.fullmatch(r"\s*(?:(at most)\s+)?(\d+(?:\.\d+)?)\s*", value)
        return Quantity("number", float(match.group(2)), float(match.group(2)), value, 0, len(value),
                        bound=match.group(1)) if match else None
    text = f"{digits(value)} {unit}".strip()  # the unit as written: digits() would read "second" as an ordinal
    found = [q for q in find_quantities(text) if q.kind not in ("status", "code")]
    return found[0] if found else None


# The unit a setting's name ends in: "periodSeconds", "linger.ms", "session_timeout_ms", "retention.bytes".
_NAMED_UNITS = [(re.compile(r"(?:Seconds|[._]seconds|Secs|[._]secs)$"), "seconds"),
                (re.compile(r"(?:Millis|Ms|[._]ms|[._]millis|Milliseconds|[._]milliseconds)$"), "milliseconds"),
                (re.compile(r"(?:Minutes|[._]minutes|[._]mins)$"), "minutes"),
                (re.compile(r"(?:Hours|[._]hours)$"), "hours"),
                (re.compile(r"(?:Bytes|[._]bytes)$"), "bytes")]


def unit_of_name(setting: str) -> str | None:
    """The unit a setting's name gives its value, if it ends in one ("periodSeconds": seconds); None if none."""
    return next((unit for pattern, unit in _NAMED_UNITS if pattern.search(setting)), None)


# A value the writer gives as an example: "sets LOCAL_PREF to, say, 200", "for example maxAttempts 3", "e.g. 30s". It
# runs to the end of its clause.
_EXAMPLE = re.compile(r"(?:(?:^|(?<=[,(—]\s))say,?|\bfor (?:example|instance),?|\be\.g\.,?|\bsuch as|\bsomething like)"
                      r"\s[^,;:()—]*?(?=[,;:()—]|\.\s|\.?$)", re.IGNORECASE)


def without_examples(text: str) -> str:
    """`text` with the values it gives as examples (`_EXAMPLE`) blanked, as long as before."""
    return _EXAMPLE.sub(lambda m: " " * len(m.group(0)), text)


_OPERAND = re.compile(r"\b(?:times|multiplied by|divided by|plus|minus|over)\s+$|[*×/+]\s*$", re.IGNORECASE)


def find_plain_numbers(text: str) -> list[Quantity]:
    """Numbers with no unit, that are neither a quantity with a unit, a status code nor a version
    ("the pool defaults to 100", "set it to 0")."""
    # A version with no product that is said as a value ("the scale factor is 0.5", "set it to 0.01") is a number.
    taken = [(q.start, q.end) for q in find_quantities(text)] + [
        (v.start, v.end) for v in find_versions(text)
        if v.product or v.text.lower().startswith(("v", "version")) or not _VALUE_BEFORE.search(text[max(0, v.start - 12) : v.start])]
    out: list[Quantity] = []
    # "ten times the default" is a ratio, not a value of the default.
    # A sentence may end on the number ("the default is 10."), but "5.x" and "10.5" are not plain numbers.
    # Nor a number beside another ("60 million" comes back from text2num as "60 1000000").
    for match in re.finditer(r"(?<![\w.])(?<!\d )\d+(?:\.\d+)?(?![\w%]|\.\w)(?!\s*(?:times|x|thousand|million|billion|"
                             r"trillion)\b|\s+\d)", text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        if _OPERAND.search(text[max(0, match.start() - 16) : match.start()]):
            continue  # "cores times 2 plus spindles": a term of a formula, not a value
        number = float(match.group(0))
        out.append(Quantity("number", number, number, match.group(0), match.start(), match.end()))
    return out


__all__ = [
    "APPROXIMATE",
    "CAPPED",
    "CLEAR_BOUNDS",
    "LOWER_BOUNDS",
    "NUMBER_WORDS",
    "UPPER_BOUNDS",
    "Quantity",
    "Version",
    "compare_versions",
    "digits",
    "without_thousands",
    "find_plain_numbers",
    "find_quantities",
    "find_versions",
    "is_unit",
    "measures",
    "quantity_from_value",
    "states_number",
    "unit_of_name",
    "version_key",
    "without_examples",
]


_ANY_NUMBER = re.compile(r"\d+(?:\.\d+)?")  # a span states "4" in "UUID v4"
_KEY_NUMBER = re.compile(r"(?<![A-Za-z_\d.])(?<![A-Za-z][-/])\d+(?:\.\d+)?")  # no digit of a name ("exactly_once_v2", "SHA-256", "HTTP/2")


def states_number(key_point: str, span: str) -> bool:
    """Whether the span states the key point's number, if it has one: the same figure ("five point two" is 5.2), or
    the same quantity in another unit ("a five minute window" states "300 seconds"). A digit of a name
    ("exactly_once_v2", "SHA-256") is no number the key point states: an answer may say what it names in words."""
    numbers = set(_KEY_NUMBER.findall(key_point))
    if not numbers:
        return True
    said = digits(span)
    if numbers & (set(_ANY_NUMBER.findall(span)) | set(_ANY_NUMBER.findall(said))):
        return True
    wanted = measures(key_point)
    return any(q.kind == w.kind and q.agrees(w) for q in measures(span) for w in wanted)
