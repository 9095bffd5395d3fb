"""Siblings: the things a gauntlet lists side by side ("providers for LaunchDarkly, Unleash, flagd and others", "the
multi-queue schedulers: none, mq-deadline, bfq and kyber") are alternatives to one another, so none of them belongs
to another. An answer that makes one the other's ("flagd is LaunchDarkly's open-source flag daemon") credits it to the
wrong owner, a bluffer's mistake the rubric can show without a line of its own on who makes what.

Lists are not always of alternatives (SPF, DKIM and DMARC are layers of one check), so the claim is read narrowly: the
owner is a name the gauntlet writes with a capital, the owned thing a word no dictionary has ("flagd", "kyber"), said
as ownership ("X's Y", "Y is X's", "Y is made by X", "Y is part of X") and not denied or compared ("Y is X's
competitor"). A hostile review of true answers that join two listed items so flagged 43 of 49 with the first,
looser reading, and 1 of 49 with this one ("DKIM is part of DMARC evaluation"); it still catches 12 of 22 false
ownership claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from grader.scoring.index import mid_sentence_names
from grader.text import STOPWORDS, is_coined

# An item of a list: one or two words of a name's characters ("mq-deadline", "Cloud Run", "io.max").
_ITEM = r"[A-Za-z][\w.+/-]*(?:\s+[A-Za-z][\w.+/-]*)?"
# Three or more items: "A, B and C", "A, B, C, or D".
_LIST = re.compile(rf"{_ITEM}(?:,\s+{_ITEM}){{1,}},?\s+(?:and|or)\s+{_ITEM}")
_SEPARATOR = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
# Words that end a list without being an item of it ("LaunchDarkly, Unleash, flagd and others").
_NO_ITEM = frozenset("others other more so on etc the like similar many few".split())


@lru_cache(maxsize=256)
def sibling_groups(sentences: tuple[str, ...]) -> tuple[tuple[frozenset[str], str], ...]:
    """(the items, lower case, the sentence) of each list of three or more one-word items in the sentences. The first
    item may bring the word before it ("such as Unbound", "providers for LaunchDarkly") and the last the word after it
    ("Knot and dnsmasq cache ..."); an item of two words elsewhere makes a list of phrases, not names, left out."""
    out = []
    for sentence in sentences:
        if sentence.rstrip().endswith("?"):
            continue  # a question lists what it asks about ("What do fsync, fdatasync and O_DIRECT guarantee?")
        for match in _LIST.finditer(sentence):
            raws = _SEPARATOR.split(match.group(0))
            items = []
            for at, raw in enumerate(raws):
                words = [w.strip(".") for w in raw.split() if w.strip(".")]
                if len(words) == 2 and (at == 0 or words[0].lower() in STOPWORDS):
                    words = words[1:]
                elif len(words) == 2 and (at == len(raws) - 1 or words[1].lower() in STOPWORDS):
                    words = words[:1]
                if len(words) == 1 and words[0].lower() in _NO_ITEM:
                    continue
                if len(words) != 1 or words[0].lower() in STOPWORDS:
                    items = []
                    break
                items.append(words[0].lower())
            # Letters ("G, M and P") name roles too loosely to own anything ("the M's P is handed off" is right).
            if len(set(items)) >= 3 and all(len(item) >= 3 for item in items):
                out.append((frozenset(items), sentence))
    return tuple(out)


# What a possessive may be of without owning it: "Pusher is Ably's competitor", "Mimir is Cortex's successor".
_RELATION = (r"(?:competitors?|rivals?|successors?|predecessors?|counterparts?|equivalents?|alternatives?|replacements?|"
             r"answers?|forks?|versions?|cousins?|peers?|analog(?:ue)?s?|errors?|debug|settings?|polic(?:y|ies)|options?)")
_DENIAL = re.compile(r"\b(?:not|never|no)\b|n['’]t", re.IGNORECASE)


def _owned(owner: str, thing: str) -> re.Pattern:
    """`owner` said to own `thing`: "LaunchDarkly's flagd", "LaunchDarkly's own flagd", "flagd is LaunchDarkly's",
    "flagd is made (maintained, owned) by LaunchDarkly", "flagd is part of LaunchDarkly", "flagd is a LaunchDarkly
    project". Not "LaunchDarkly's answer to flagd is ..." (a comparison), nor "Pusher is Ably's competitor"."""
    o, t = re.escape(owner), re.escape(thing)
    return re.compile(
        rf"(?<![\w.-]){o}['’]s\s+(?:[\w-]+\s+)?{t}(?![\w-])(?!\s+(?:is|does|do|works|plays)\b)"
        rf"|(?<![\w.-]){t}\s+(?:is|was)\s+{o}['’]s(?![\w-])(?!\s+(?:[\w-]+\s+)?{_RELATION}\b)"
        rf"|(?<![\w.-]){t}\s+(?:is|was)\s+an?\s+{o}\s+(?:project|product|tool|component|feature)\b"
        rf"|(?<![\w.-]){t}\s+(?:comes?\s+from|is\s+from|is\s+part\s+of|belongs\s+to|"
        rf"(?:is\s+|was\s+)?(?:made|built|developed|released|created|maintained|owned|open[- ]sourced)\s+by)\s+{o}(?![\w.-])",
        re.IGNORECASE)


@lru_cache(maxsize=256)
def _names(sentences: tuple[str, ...]) -> frozenset[str]:
    """The listed items that name a product or project: names the gauntlet writes with a capital inside a sentence
    ("LaunchDarkly", "BIND", "Unleash"), never a path or dotted setting ("io.max")."""
    names = mid_sentence_names(list(sentences))
    return frozenset(item for items, _ in sibling_groups(sentences) for item in items
                     if item in names and not re.search(r"[_./]", item))


def _is_thing(item: str) -> bool:
    """Whether a listed item can be owned: a word no dictionary has ("flagd", "kyber", "dnsmasq"). An ordinary word
    or an acronym of one names something everything has ("the Collector's CPU", "the WAL's segments", "an attempt's
    status"), and so does a product named with an ordinary word ("Istio's Envoy sidecar" is right)."""
    return not re.search(r"[_./]", item) and is_coined(item, empty=True)


def misattributed_owners(parts: list[tuple[int, str]], sentences: tuple[str, ...],
                         document: str) -> list[tuple[int, str, str]]:
    """(unit index, the candidate's words, the gauntlet's sentence that lists both) for each part that makes one item
    of a gauntlet list the property of another item of the same list, where the gauntlet never says so itself
    (`document`, lower case). `parts`: the (unit index, text) the candidate states plainly."""
    groups = sibling_groups(sentences)
    if not groups:
        return []
    names = _names(sentences)
    out: list[tuple[int, str, str]] = []
    for unit_index, said in parts:
        low = said.lower()
        for items, sentence in groups:
            present = [item for item in items if re.search(rf"(?<![\w.-]){re.escape(item)}(?![\w-])", low)]
            found = _first_owned(said, [(o, t) for o in present if o in names for t in present
                                        if t != o and _is_thing(t)], document)
            if found:
                out.append((unit_index, found, sentence))
                break  # one list is enough to show it
    return out


def _first_owned(said: str, pairs: list[tuple[str, str]], document: str) -> str | None:
    """The candidate's words that make the first (owner, thing) pair an ownership the gauntlet never states."""
    for owner, thing in pairs:
        found = _owned(owner, thing).search(said)
        if found and not _DENIAL.search(said[max(0, found.start() - 15) : found.end() + 5]) and not (
                _owned(owner, thing).search(document)):
            return found.group(0)
    return None
