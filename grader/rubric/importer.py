"""Turn a gauntlet document (plain text or Markdown) into a rubric, reporting what it could not find.

The parser reads the FORMAT, not one document: a title ("Interview Gauntlet: X" or a Markdown
heading), "Category: … Difficulty: … Duration: … Domains: …" metadata, "Round N: Title" sections with
labelled parts (Interviewer, Strong Answer, Common Weak Answers, What the interviewer is testing, Trap
Alert, The Senior Signal, Trap Question Variant) and a "What This Sequence Tested" skills table. Page
chrome, curly or straight quotes, CRLF, Markdown emphasis and missing sections are tolerated; every
gap becomes a warning that names the round and the section, so a curator knows what to write by hand.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from grader.errors import RubricError
from grader.rubric.claims import derive_key_points
from grader.rubric.facts import derive_facts, is_false_claim
from grader.rubric.loader import validate_rubric
from grader.rubric.schema import SLUG_PATTERN, Rubric, slugify
from grader.text import BULLET, STOPWORDS, normalize, split_sentences, words


@dataclass
class ImportReport:
    """The imported rubric, what could not be found, and which sections were found per round."""

    rubric: Rubric
    warnings: list[str] = field(default_factory=list)
    found: dict[int, list[str]] = field(default_factory=dict)


# --- the labelled sections of a round ------------------------------------------------------------

# section key -> (label patterns, the label as the document writes it, for warnings)
_SECTIONS: dict[str, tuple[str, str]] = {
    "question": (r"interviewer|question|the question|q(?=\s*:)", "Interviewer:"),
    "strong_answer": (r"(?:a |an |the )?(?:example |sample |model |ideal |reference )?(?:strong|good|model|ideal|"
                      r"reference|sample|example) (?:answers?|responses?)", "Strong Answer:"),
    "weak_answers": (r"common weak answers?|weak (?:answers?|responses?)|bad answers?|wrong answers?|common mistakes|"
                     r"common pitfalls|red flags", "Common Weak Answers:"),
    "testing": (r"what (?:the interviewer|this round|this question|this|it|we)(?:'s| is| are)? (?:really |actually )?"
                r"(?:testing|tests?)|what(?:'s| is) being tested|skills? (?:being )?tested|what we(?:'re| are) looking for|"
                r"purpose of (?:this|the) round", "What the interviewer is testing:"),
    "trap_alert": (r"trap alert|bluff check|follow-?up trap|if (?:they|the candidate) bluffs?(?:,? ask)?", "Trap Alert:"),
    "senior_signal": (r"(?:the )?senior signals?|what separates (?:a |the )?senior(?: answer| candidate| engineer)?|"
                      r"senior[- ]level (?:answer|signal)s?(?: adds)?|what a senior (?:answer|candidate) adds|bonus points",
                      "The Senior Signal:"),
    "trap_variant": (r"trap question variants?|trap variants?|variant(?=\s*:)", "Trap Question Variant:"),
}
# Labels no sentence of an answer starts with: also a label before "!" or a dash ("Trap Alert — If the candidate ...").
_DISTINCT_LABELS = frozenset({"strong_answer", "weak_answers", "trap_alert", "senior_signal", "trap_variant", "testing"})
# A weak answer labelled on its own line ("Weak answer: "..."", then "Why it fails: ..."), as some authors write each.
_ITEM_LABEL = re.compile(r"^(?:weak|bad|wrong) (?:answer|response)\s*(?:\d+\s*)?:\s*", re.IGNORECASE)
_TABLE_RULE = re.compile(r"\|?[\s:|-]+\|?")  # a Markdown table's rule row: |---|:---:|


def _table_cells(line: str) -> list[str]:
    """The cells of a Markdown table row, as written ("| a | | b |" -> ["a", "", "b"])."""
    return [cell.strip() for cell in line.strip().strip("|").split("|")]
_LABEL_LINE = re.compile(
    r"^(?P<heading>#{1,6}\s*)?(?:[-*•]\s+)?(?P<label>"
    + "|".join(f"(?P<{key}>{pattern})" for key, (pattern, _) in _SECTIONS.items())
    # "Strong Answer (what a senior says):", "Weak answers we often hear:": a short aside before the colon
    + r")\b(?:\s*\([^()]{0,80}\)|(?:\s+[\w'’]+){1,4}(?=\s*:\s*$))?"
    + r"\s*(?P<colon>[:.!—–-])?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_TITLE_LINE = re.compile(r"^(?:#{1,6}\s*)?(?:interview\s+)?gauntlet(?:\s*#?\s*\d+)?\s*[:—–-]\s*(?P<title>.+)$|"
                         r"^(?:#{1,6}\s*)?(?P<before>.+?)\s*[:—–|-]\s*(?:an?\s+)?interview gauntlet\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*$")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "final": 0, "last": 0}
# "Round 3: Title", "## Round 3 — Title", "Round Three: Title", "Round 3 (Title)", "Round 3 of 5: Title", "Round #3".
_ROUND_LINE = re.compile(
    r"^(?:#{1,6}\s*)?(?:[-*•]\s+)?round\s+#?(?P<number>\d+|" + "|".join(_NUMBER_WORDS) + r")\b"
    r"(?:\s*(?:of|/)\s*\d+\b)?\s*(?:\((?P<paren>[^()]*)\)\s*(?:(?:[:.|·]|\s[—–-]|—|–)\s*(?P<after>.*?))?\s*#*$|"
    r"(?:(?:[:.)|·]|\s[—–-]|—|–)\s*(?P<title>.*?))?\s*#*$)", re.IGNORECASE
)
_SKILLS_HEADING = re.compile(
    r"^(?:#{1,6}\s*)?(?:what (?:this|the) (?:sequence|gauntlet|interview) tested|skills tested)\s*(?:\([^()]*\))?\s*:?\s*$",
    re.IGNORECASE,
)
_META_LABELS = ("category", "difficulty", "duration", "domains", "domain", "topics", "level", "seniority", "time")
# The other names authors give them.
_META_ALIASES = {"domain": "domains", "topics": "domains", "level": "difficulty", "seniority": "difficulty",
                 "time": "duration", "name": "title"}
_META = re.compile(
    r"\b(?P<label>" + "|".join(_META_LABELS) + r")\s*:\s*(?P<value>.*?)(?=\s*\b(?:"
    + "|".join(_META_LABELS) + r")\s*:|$)",
    re.IGNORECASE,
)
# Lines a web page adds around the document.
_CHROME_LINE = re.compile(
    r"^(?:skip to (?:main )?content|menu|home|search|sign in|log in|toggle (?:navigation|menu|theme)|"
    r"table of contents|on this page|back to top|share|print|copy link|edit this page|"
    r"(?:previous|next)(?:\s*(?:[»›>]|:\s*(?:round|gauntlet|page|article|chapter|lesson|post|topic)\b).*)?|"
    r"[«‹]\s*(?:\S+\s*){0,5}|<\s*(?:prev|previous|back|home)\b.*|(?:\S+\s*){0,5}[»›]\s*$|©.*|"
    r"copyright .*|\d+ min read)\s*$",
    re.IGNORECASE,
)
_LINK_ONLY = re.compile(r"^(?:[-*•]\s*)?(?:\[[^\]]*\]\([^)]*\)\s*[,|·]?\s*)+$|^(?:[-*•]\s*)?https?://\S+$")
# Headings after which a page only lists links to other pages: everything from there on is dropped.
_TRAILING_CHROME = re.compile(
    r"^(?:#{1,6}\s*)?(?:(?:prerequisite topic packs?|prerequisites)\s*:.*|(?:prerequisite topic packs?|"
    r"related (?:gauntlets|topics|topic packs|articles|reading)|more gauntlets|further reading|see also|next steps|"
    r"explore more)\s*:?\s*)$",
    re.IGNORECASE,
)
_HRULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_QUOTE_CHARS = "\"'"
_FINE_TO_SAY = re.compile(
    r"(?:perfectly |completely |totally )?(?:fine|okay|ok|acceptable|reasonable|good) (?:for the candidate )?to (?:say|admit|answer)|"
    r"(?:it'?s |it is )?(?:perfectly |completely |totally )?(?:fine|okay|ok|acceptable) if (?:they|the candidate) (?:says?|admits?)",
    re.IGNORECASE,
)
_GENERIC_WORDS = frozenset(
    """matter matters happen happens work works explain mean means actually exactly really think know
    tell thing things good bad right wrong way ways case cases example instead still""".split()
)


def _strip_emphasis(line: str) -> str:
    """A line without Markdown emphasis, but identifiers as written: `__name__`, `**kwargs`, `rl:*:minute` and
    anything inside backticks are text, not emphasis (the prometheus and python gauntlets lost their `__name__`)."""
    parts = re.split(r"(`[^`\n]*`)", line)
    for i in range(0, len(parts), 2):  # the parts outside code spans
        part = re.sub(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", r"\1", parts[i])
        # __Bold words__ and __Label:__, never an identifier such as __name__ or __init__
        part = re.sub(r"(?<!\w)__(?=\S)([^_\n]*?[\s:][^_\n]*?)(?<=\S)__(?!\w)", r"\1", part)
        part = re.sub(r"^\*\*\s*|\s*\*\*$|(?<=:)\*\*|\*\*(?=\s*:)", "", part)  # bold left open at a label
        parts[i] = re.sub(r"(?<![\w*:/.])\*(?=[A-Za-z(\"'])([^*\n]+?)(?<=[\w.!?)\"'])\*(?![\w*])", r"\1", part)
    return "".join(parts)


# Emoji and pictographs that decorate a heading, a label or a bullet ("## 🧱 Round 3", "🚨 Trap Alert:",
# "Trap Alert 🚨", "❌ "Rate limit by IP"" ), with their variation selectors and joiners.
_SYMBOL = r"(?:[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001F000-\U0001FAFF]" \
          r"[\ufe0e\ufe0f\u200d\U0001F3FB-\U0001F3FF]*)"
_LEADING_SYMBOLS = re.compile(rf"^(?P<heading>#{{1,6}}\s*)?(?P<bullet>[-*•]\s+)?(?:{_SYMBOL}\s*)+(?=\S)")
_TRAILING_SYMBOLS = re.compile(rf"(?<=\S)(?:\s*{_SYMBOL})+\s*$")
_CHECKBOX = re.compile(r"^(?P<bullet>[-*•]\s+)\[[ xX]?\]\s+")


def _symbols(line: str) -> str:
    """A line without its decorating emoji: one that opens a heading or a label goes; one that opens a plain line
    is a bullet ("❌ "…" — why" is an item of a list); a Markdown checkbox is a bullet too."""
    line = _CHECKBOX.sub(r"\g<bullet>", line)
    match = _LEADING_SYMBOLS.match(line)
    if match:
        rest = line[match.end():]
        lead = match.group("heading") or match.group("bullet") or ""
        if not lead and not (_LABEL_LINE.match(rest) or _ROUND_LINE.match(rest) or _SKILLS_HEADING.match(rest)):
            lead = "- "
        line = lead + rest
    return _TRAILING_SYMBOLS.sub("", line)


# A line of a fenced code block: its text, never a heading, label or round ("# Round 2: take a token" is a comment).
_CODE = "\ue000"
_FENCE = re.compile(r"^\s*(?:```|~~~)")
# What a copy from a web page or a word processor leaves in the text: HTML tags around labels and line breaks, and
# Markdown escapes ("\- " from Google Docs' export).
_HTML_TAG = re.compile(r"</?(?:strong|b|em|i|u|br|p|span|div|font|mark|code)\b[^<>]*>", re.IGNORECASE)
_ESCAPE = re.compile(r"\\([-*_#>+.!\[\]()`|])")


def _clean_lines(text: str) -> list[str]:
    """The document's lines: normalised quotes and spaces, no emphasis, no page chrome, HTML tags or entities."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A zero-width space before "Round 3" hid the round; a soft hyphen from a web page split words ("lim-iter").
    text = re.sub("[\ufeff\u200b\u200c\u200d\u2060\u00ad]", "", text)
    text = html.unescape(_HTML_TAG.sub(lambda m: "\n" if m.group(0).lower().startswith("<br") else "", text))
    lines: list[str] = []
    in_code = False
    for raw in text.split("\n"):
        if _FENCE.match(raw):
            in_code = not in_code
            lines.append("")
            continue
        if in_code:
            lines.append(_CODE + raw.rstrip() if raw.strip() else "")
            continue
        line = _strip_emphasis(_ESCAPE.sub(r"\1", normalize(raw)))
        # Guillemets and low quotes as quotation marks (« Bonjour », „Hallo“), not as page-navigation arrows.
        line = re.sub(r"«\s*([^«»]*?)\s*»", r'"\1"', line).replace("„", '"')
        line = re.sub(r"‹\s*([^‹›]*?)\s*›|[「『]\s*([^「」『』]*?)\s*[」』]", lambda m: f'"{m.group(1) or m.group(2)}"', line)
        line = re.sub(r"^>\s?", "", line)  # Markdown block quotes
        line = _symbols(line)
        if _CHROME_LINE.match(line) or _LINK_ONLY.match(line) or _HRULE.match(line):
            line = ""
        lines.append(line)
    return lines


def _paragraphs(lines: list[str]) -> str:
    """Lines joined into text: blank lines separate paragraphs, bullets keep their own line."""
    out: list[str] = []
    current: list[str] = []
    for line in [line.replace(_CODE, "") for line in lines] + [""]:
        if not line.strip():
            if current:
                out.append(" ".join(current))
                current = []
        elif BULLET.match(line) and current:
            out.append(" ".join(current))
            current = [line.strip()]
        else:
            current.append(line.strip())
    return "\n\n".join(out)


def _unquote(text: str) -> str:
    text = text.strip()
    while len(text) >= 2 and text[0] in _QUOTE_CHARS and text[-1] == text[0]:
        inner = text[1:-1].strip()
        # Only strip when the marks pair up ("a" and "b" is not one quotation).
        if text[0] == '"' and '"' in inner:
            break
        text = inner
    if text[:1] == '"' and text.count('"') == 1:
        text = text[1:].strip()
    if text[-1:] == '"' and text.count('"') == 1:
        text = text[:-1].strip()
    return text


def _quotes(text: str) -> list[tuple[str, int, int]]:
    """Double-quoted spans (text, start, end); single quotes are too often apostrophes to trust."""
    return [(m.group(1).strip(), m.start(), m.end()) for m in re.finditer(r'"([^"]+)"', text)]


# A single-quoted span: the mark opens and closes outside a word; one between letters is an apostrophe ("isn't").
_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=\S)((?:[^\n'\"]|(?<=\w)'(?=\w))+?)(?<=\S)'(?![\w'])")


def _quoted_or_asked(text: str) -> list[tuple[str, int, int]]:
    """The quoted spans of a trap or a variant, and where no double-quoted question is among them, the question it
    quotes in single quotes (a document written with ‘…’: "isn't" is no quotation mark, a mark between letters never
    is) or asks unquoted after a verb of asking ("the interviewer will ask: Why isn't ...?"), in the order written."""
    spans = _quotes(text)
    if any(quoted.endswith("?") for quoted, _, _ in spans):
        return spans
    asked = [(m.group(1).strip(), m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text) if m.group(1).endswith("?")]
    if not asked:
        asked = [(m.group("q").strip(), m.start("q"), m.end("q")) for m in re.finditer(
            r"\b(?:asks?|asking|follows? up with|follow-up)\s*:?\s+(?P<q>[A-Z][^.!?:\"]{8,}\?)", text)][:1]
    if not asked and not spans and "'" in text:  # a variant's right answer in single quotes
        spans = [(m.group(1).strip(), m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]
    return sorted(spans + asked, key=lambda span: span[1])


def _slug(text: str, taken: set[str], max_words: int = 5) -> str:
    """A kebab-case id from the content words of `text` ("We should adopt it because it's cutting-edge."
    -> "adopt-cutting-edge"), unique against `taken` (which it updates)."""
    plain = re.sub(r"['’]", "", text)
    content = [w for w in re.findall(r"[a-z0-9]+", plain.lower()) if w not in STOPWORDS or w in {"not", "no", "never", "without"}]
    base = "-".join(content[:max_words]) or slugify(plain, max_words=max_words)
    base = base[:60].strip("-") or "item"
    candidate, counter = base, 2
    while candidate in taken:
        candidate = f"{base}-{counter}"
        counter += 1
    taken.add(candidate)
    return candidate


# --- document structure ------------------------------------------------------------------------


@dataclass
class _RoundBlock:
    number: int
    title: str
    lines: list[str]


def _find_title(header: list[str]) -> str | None:
    for line in header:
        match = _TITLE_LINE.match(line)
        if match:
            return (match.group("title") or match.group("before")).strip(" #")
    for line in header:
        match = _HEADING.match(line)
        if match and not _META.search(match.group("text")):
            return match.group("text").strip()
    return None


def _table_metadata(header: list[str]) -> dict[str, str]:
    """Metadata written as a Markdown table: a row of labels ("| Category | Difficulty | ...") and a row of values."""
    rows = [_table_cells(line) for line in header if "|" in line and not _TABLE_RULE.fullmatch(line.strip())]
    for labels, values in zip(rows, rows[1:]):
        if len(labels) == len(values) and all(label.lower() in _META_LABELS for label in labels):
            return {label.lower(): value for label, value in zip(labels, values) if value}
    return {}


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """YAML front matter ("---\ntitle: ...\ndomains: [A, B]\n---") as metadata, and the text after it."""
    match = re.match(r"^\ufeff?---[ \t]*\r?\n(?P<yaml>.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)", text, re.DOTALL)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    meta: dict[str, str] = {}
    for key, value in data.items():
        label = str(key).lower()
        label = _META_ALIASES.get(label, label)
        if label in ("title", "category", "difficulty", "duration", "domains") and value not in (None, ""):
            meta[label] = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    return meta, text[match.end():]


def _find_metadata(header: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for label, value in _table_metadata(header).items():
        meta.setdefault(_META_ALIASES.get(label, label), value)
    for line in header:
        body = BULLET.sub("", line)
        for match in _META.finditer(body):
            label = match.group("label").lower()
            label = _META_ALIASES.get(label, label)
            value = match.group("value").strip(" |,;·•")
            if value and label not in meta:
                meta[label] = value
    return meta


def _round_number(word: str, position: int) -> int:
    """A round's number as written ("3", "Three", "Third"); "Final"/"Last" is its place in the document."""
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS[word.lower()] or position


def _split_document(lines: list[str]) -> tuple[list[str], list[_RoundBlock], list[str] | None]:
    """(header lines, round blocks, skills-table lines or None). A skills heading or a heading of trailing links
    ("See also", "Next steps") ends the rounds only after the last round has begun and where no section label
    follows: written inside a round ("Skills tested:", "Next steps:" in a strong answer), it is the round's text."""
    header: list[str] = []
    rounds: list[_RoundBlock] = []
    table: list[str] | None = None
    round_lines = [_ROUND_LINE.match(line) for line in lines]
    last_round = max((i for i, match in enumerate(round_lines) if match), default=-1)
    labelled_after = [False] * (len(lines) + 1)  # whether a section label or skills heading comes after line i
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        label = _LABEL_LINE.match(line)
        labelled_after[i] = labelled_after[i + 1] or bool(
            _SKILLS_HEADING.match(line) or (label and (label.group("colon") == ":" or label.group("heading"))))
    for i, line in enumerate(lines):
        if _TRAILING_CHROME.match(line) and rounds and i > last_round and not labelled_after[i + 1]:
            break
        if table is None and _SKILLS_HEADING.match(line) and (i > last_round or not labelled_after[i + 1]):
            table = []
            continue
        if table is not None:
            table.append(line)
            continue
        match = round_lines[i]
        if match:
            title = (match.group("title") or match.group("after") or match.group("paren") or "").strip(" #:—–-")
            rounds.append(_RoundBlock(_round_number(match.group("number"), len(rounds) + 1), title, []))
        elif rounds:
            rounds[-1].lines.append(line)
        else:
            header.append(line)
    return header, rounds, table


def _parse_skills(table: list[str]) -> dict[int, str]:
    """Rows like '1 Understanding of …', '| 1 | Understanding of … |' or 'Round 1: …'."""
    skills: dict[int, str] = {}
    started = False
    for line in table:
        stripped = line.strip()
        if not stripped:
            continue
        if _TABLE_RULE.fullmatch(stripped):
            continue
        cells = _table_cells(stripped) if "|" in stripped else None
        if cells and len(cells) >= 2:
            number_cell = re.sub(r"^round\s+", "", cells[0], flags=re.IGNORECASE)
            if number_cell.isdigit() and cells[-1]:
                if int(number_cell) in skills:
                    break  # a number seen before: the table is over ("4 Comments" under it is page clutter)
                skills[int(number_cell)] = cells[-1] if len(cells) == 2 else " — ".join(c for c in cells[1:] if c)
                started = True
                continue
        row = r"^(?:round\s+)?(\d+)\s*(?:[:.)\t—–-]\s*|\s+)(.+)$"
        # "1. Choosing an algorithm" is a numbered row, not a bullet to strip; "- 1: Choosing ..." is a bulleted one.
        match = re.match(row, stripped, re.IGNORECASE) or re.match(row, BULLET.sub("", stripped), re.IGNORECASE)
        if match:
            if int(match.group(1)) in skills:
                break
            skills[int(match.group(1))] = match.group(2).strip()
            started = True
        elif started:
            break  # the table is over; whatever follows is not part of it
    return skills


def _sections(block: _RoundBlock) -> tuple[dict[str, list[str]], list[str]]:
    """The labelled sections of a round, and the lines before the first label."""
    sections: dict[str, list[str]] = {}
    preamble: list[str] = []
    current: list[str] = preamble
    for line in block.lines:
        match = _LABEL_LINE.match(line)
        if match:
            key = next(k for k in _SECTIONS if match.group(k))
            rest = match.group("rest")
            colon = match.group("colon")
            labelled = colon == ":" or match.group("heading") or not rest or (
                key in _DISTINCT_LABELS and colon in ("!", "—", "–"))
            if labelled and key not in sections:
                current = sections[key] = [rest] if rest else []
                continue
        current.append(line)
    return sections, preamble


# --- the parts of a round ------------------------------------------------------------------------


def _question(sections: dict[str, list[str]], preamble: list[str]) -> str | None:
    text = _paragraphs(sections.get("question", []))
    if not text:
        # No label: the first quoted question before any label.
        candidates = [q for q, _, _ in _quotes(_paragraphs(preamble)) if q.endswith("?")]
        return candidates[0] if candidates else None
    spans = _quotes(text)
    if spans and len(spans) == 1 and spans[0][1] <= 2:
        return spans[0][0]
    if text.startswith('"') and text.rstrip().endswith('"'):
        return text.strip()[1:-1].strip()
    return _unquote(text)


# The bullets of a list of weak answers: the common ones, and "◦", "+", "a)" that authors use too.
_WEAK_BULLET = re.compile(r"^(?:[-*•·●▪‣◦○+►▸]|\d+[.)]|[a-hA-H]\))\s+")
_SEPARATOR = r"(?:[—–:→]|->|=>|-{1,2})"
# The ways a weak answer and why it is weak are written on one line.
_WEAK_AND_WHY = [
    re.compile(rf'^(["\'])(?P<quote>.+)\1\s*{_SEPARATOR}\s*(?P<why>.+)$'),  # "quote" — why
    re.compile(r'^"(?P<quote>[^"]+)"[.,]?\s*\((?P<why>[^()]+)\)\.?$'),  # "quote" (why)
    re.compile(r'^"(?P<quote>[^"]+)"[.,]?\s+(?P<why>[A-Z(].+)$'),  # "quote" Why. (or the why on the next line)
    re.compile(r"^(?P<quote>.+?)\s+(?:[—–→]|->|-{1,2})\s+(?P<why>.+)$"),  # quote — why
    re.compile(r"^(?P<quote>[^\"—–:]{3,100}?)(?:[—–]|:\s)\s*(?P<why>[A-Z].+)$"),  # quote: Why / quote—Why
]
_WHY_LABEL = re.compile(r"^(?:why\b[^:\n]{0,30}|because|reason|problem)\s*:\s*", re.IGNORECASE)


def _weak_items(lines: list[str]) -> list[str]:
    """The items of a list of weak answers. A bullet starts one; so does a line that opens a quotation after an item
    that already said why (a list without bullets); an unquoted bullet right after a bare quotation is its why."""
    items: list[str] = []
    for line in lines:
        stripped = line.replace(_CODE, "").strip()
        if not stripped:
            continue
        if stripped.startswith("|"):  # a table of weak answers: | "quote" | why |; its header and rule rows are no items
            cells = [cell for cell in _table_cells(stripped) if cell]
            if len(cells) >= 2 and not _TABLE_RULE.fullmatch(stripped) and not (
                    '"' not in cells[0] and re.match(r"why|reason|problem|what'?s wrong|explanation", cells[-1], re.I)):
                items.append(f"{cells[0]} — {' '.join(cells[1:])}")
            continue
        if _ITEM_LABEL.match(stripped):
            items.append(_ITEM_LABEL.sub("", stripped))
            continue
        bullet = _WEAK_BULLET.match(stripped)
        text = _WEAK_BULLET.sub("", stripped) if bullet else stripped
        bare_quote = bool(items) and re.fullmatch(r'"[^"]+"[.,]?', items[-1].strip()) is not None
        said_why = bool(items) and not bare_quote and re.match(r'^"[^"]+"\s*\S', items[-1]) is not None
        if bullet and bare_quote and not text.startswith('"'):
            items[-1] += " " + text  # the why, as a bullet under its weak answer
        elif bullet or not items or (text.startswith('"') and said_why):
            items.append(text)
        else:
            items[-1] += " " + text  # a bullet wrapped onto the next line, or its why on the next line
    return items


def _weak_answers(lines: list[str], round_no: int, taken: set[str], warnings: list[str]) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = []
    for item in _weak_items(lines):
        match = next((m for pattern in _WEAK_AND_WHY if (m := pattern.match(item))), None)
        if match:
            quote, why = _unquote(match.group("quote")), _WHY_LABEL.sub("", match.group("why").strip())
        else:
            quote, why = _unquote(item), ""
            warnings.append(f"round {round_no}: weak answer '{quote[:40]}' has no explanation after a dash")
        if not words(quote):
            continue
        patterns.append({
            "id": _slug(quote, taken),
            "text": quote,
            "why": why or "Listed as a common weak answer in the gauntlet document.",
            "examples": [],
            # A statement its "why" says is wrong is a known false claim (saying it counts towards a bluff).
            "false_claim": bool(why) and is_false_claim(quote, why),
        })
    return patterns


def _triggers(question: str, answer: str, expected: str) -> list[str]:
    """The acronyms and technical terms of a trap question, with expansions the answer gives.

    `expected` is text whose terms a candidate is expected to say anyway (the round's question, the
    gauntlet's title and domains); answer terms found in it are not triggers.
    """
    technical = re.compile(
        r"^(?:[A-Z][A-Z0-9&/+\-]*[A-Z0-9]|[a-z]+[A-Z][\w\-]*|[A-Z][a-z]+[A-Z][\w\-]*|[a-z0-9]+(?:_[a-z0-9]+)+)$"
    )
    expected_words = {w.lower() for w in words(expected)}
    terms: list[str] = []

    def add(term: str) -> None:
        term = term.strip(" .,;:()")
        if term and term.lower() not in {t.lower() for t in terms}:
            terms.append(term)

    # "What is a replication slot …?" names its concept even without an acronym.
    named = re.match(r"^(?:what|how) (?:is|are|does|do) (?:a |an |the )?([\w\- ]+?)(?:\s+(?:and|or|work|mean|do)\b|[?,])",
                     question, re.IGNORECASE)
    tokens = re.compile(r"[A-Za-z0-9_]+(?:[.'+\-/][A-Za-z0-9_]+)*")  # like text.words, but keeps snake_case
    question_terms = [w for w in tokens.findall(question) if technical.match(w) and w not in {"I", "A"}]
    # Terms of the answer count too, unless the expected text uses them (or a word containing them:
    # "BPF" in "eBPF"), because a candidate is expected to say those.
    answer_terms = [
        w for w in tokens.findall(answer)
        if technical.match(w) and len(w) > 1 and not any(w.lower() in e for e in expected_words)
    ]
    if named and len(named.group(1).split()) <= 4 and named.group(1).lower() not in STOPWORDS:
        add(named.group(1))
    for term in question_terms + answer_terms:
        add(term)
        # "BTF (BPF Type Format)" or "BPF Type Format (BTF)": the expansion is a trigger too.
        escaped = re.escape(term)
        for pattern in (rf"\b{escaped}\s*\(([^)]{{4,60}})\)", rf"([A-Z][\w\-]*(?:[ ,]+[A-Z][\w\-]*){{1,5}})\s*\({escaped}\)"):
            for match in re.finditer(pattern, answer):
                add(match.group(1).split("—")[0].split(" - ")[0])
    if not terms:
        # Nothing technical at all: the question's distinctive content words.
        for word in words(question):
            lowered = word.lower()
            if lowered not in STOPWORDS and lowered not in _GENERIC_WORDS and len(lowered) > 3:
                add(lowered)
    return terms[:10]


def _trap(
    text: str, round_no: int, expected: str, taken: set[str], warnings: list[str], label: str = "Trap Alert:",
    failure_modes: list[dict[str, Any]] | None = None,
) -> dict[str, Any] | None:
    """A trap from its text: the quoted follow-up question, its answer and honest answers. A "Candidates who … are …"
    sentence after the question is no part of the answer: it goes to `failure_modes` as a weak pattern."""
    spans = _quoted_or_asked(text)
    question_span = next((s for s in spans if s[0].endswith("?")), spans[0] if spans else None)
    if question_span is None:
        warnings.append(f"round {round_no}: '{label}' has no quoted follow-up question")
        return None
    question, _, end = question_span
    rest = text[end:]
    fine = _FINE_TO_SAY.search(rest)
    answer_part, honest_part = (rest[: fine.start()], rest[fine.end():]) if fine else (rest, "")
    # Drop the start of the sentence that introduces the honest answer ("It's perfectly fine to say").
    answer_sentences = split_sentences(answer_part.strip())
    if fine and answer_sentences and not re.search(r"[.!?]$", answer_sentences[-1]):
        answer_sentences = answer_sentences[:-1]
    kept = []
    for sentence in answer_sentences:
        if failure_modes is not None:
            failure_modes += _failure_modes(sentence, taken)
        if not is_about_candidates(sentence):
            unlabelled = _SENIOR_LABEL.sub("", sentence)
            kept.append(unlabelled[:1].upper() + unlabelled[1:] if unlabelled != sentence else sentence)
    answer = " ".join(kept).strip()
    if label_match := _ANSWER_LABEL.match(answer):
        answer = answer[label_match.end():]
        answer = answer[:1].upper() + answer[1:]
    honest = [q for q, _, _ in _quotes(honest_part)]
    if fine and not honest:
        first = split_sentences(honest_part.strip(" :"))
        honest = [_unquote(first[0])] if first else []
    if not fine:
        warnings.append(f"round {round_no}: '{label}' gives no honest answer ('it's fine to say …')")
    if not answer:
        warnings.append(f"round {round_no}: '{label}' gives no answer to the follow-up question")
    trap_taken: set[str] = set()
    return {
        "id": _slug(question, taken),
        "question": question,
        "answer": answer,
        "key_points": [kp.model_dump() for kp in _key_points(answer, trap_taken, _MAX_TRAP_KEY_POINTS)] if answer else [],
        "triggers": _triggers(question, answer, expected),
        "honest_answers": [h for h in honest if words(h)],
    }


def _asks_followup(text: str) -> bool:
    """Whether a 'Trap Question Variant:' asks a quoted follow-up question rather than quoting the right answer."""
    spans = _quoted_or_asked(text)
    return bool(spans) and spans[0][0].rstrip().endswith("?")


_SENIOR_AFTER = re.compile(r"(?<![^\s])The senior answer\b")
# "The senior answer: the etcd revision goes backwards." answers with what follows the label.
_SENIOR_LABEL = re.compile(r"^the senior answer(?:\s*:|\s+is\s*:)\s*(?=\S)", re.IGNORECASE)
# The label a document puts before a follow-up's answer: "The answer: S3 returns 403", "The only honest answers are a
# restart". The answer is what follows it.
_ANSWER_LABEL = re.compile(r"^(?:the\s+)?(?:only\s+)?(?:right\s+|correct\s+|honest\s+|expected\s+|real\s+)?answers?"
                           r"(?:\s*:|\s+(?:is|are)\b:?)\s*", re.IGNORECASE)


def _later_followup(text: str) -> int | None:
    """Where the sentence starts that asks a quoted follow-up question after a variant's quoted right answer ("The
    right answer is "It depends." ... If the candidate simply agrees, the interviewer follows up: "How does ...?""),
    or None."""
    spans = _quotes(text)
    later = next((start for quoted, start, _ in spans[1:] if quoted.rstrip().endswith("?")), None)
    if not spans or spans[0][0].rstrip().endswith("?") or later is None:
        return None
    ends = [m.end() for m in re.finditer(r"[.!?]\s+", text[:later]) if m.end() > spans[0][2]]
    return ends[-1] if ends else later


def _unique_patterns(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The patterns without a repeat of an earlier one's text (a failure mode the Trap Alert and the variant both give)."""
    seen: set[str] = set()
    out = []
    for pattern in patterns:
        if (key := pattern["text"].lower()) not in seen:
            seen.add(key)
            out.append(pattern)
    return out


def _answered_before(followup_text: str, at: int) -> bool:
    """Whether the follow-up's quoted question is answered before `at` ("The senior answer ..."): with nothing but the
    question before it, the senior answer is the follow-up's answer ("... follows up: "What happened?" The senior
    answer names replication lag, then ...")."""
    asked = next((end for quoted, _, end in _quoted_or_asked(followup_text) if quoted.rstrip().endswith("?")), None)
    between = [s for s in split_sentences(followup_text[asked:at].strip(' "”')) if not is_about_candidates(s)]
    return asked is None or any(words(s) for s in between)


# "Candidates who agree to move everything are trading correctness for capacity": a failure mode, and why.
_WHO = re.compile(r"^(?:candidates|people|those|anyone|a candidate|someone) who\s+", re.IGNORECASE)
# Where the failure mode ends and its reason starts, in order of trust: "are ignoring" / "is missing"; a verb that
# says what such a candidate gets wrong ("miss", "ignore", "forget", "give the customer nothing"); then a bare "are"
# ("are years out of date"). The first "is" is not always it: "who say the ORM pool is enough are missing ...".
_REASON_STARTS = (
    re.compile(r"\s+(?:are|is)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE),
    re.compile(r"\s+(?:miss|misses|ignore|ignores|forget|forgets|fail|fails|give|gives|lose|loses|leave|leaves|risk|"
               r"risks|show|shows)\b", re.IGNORECASE),
    re.compile(r"\s+(?:are|is)\b(?!\s+able\b)", re.IGNORECASE),
)
# A reason that praises: "Candidates who mention lazy OCSP fetching are showing real depth" names a strength.
_PRAISE = re.compile(r"^\s*(?:are|is)\s+(?:showing|demonstrating|displaying)\s+(?:\w+\s+){0,2}(?:depth|seniority|expertise|"
                     r"experience|maturity|understanding|insight|judgement|judgment)\b", re.IGNORECASE)
_NEXT_FAILURE_MODE = re.compile(r";\s+(?=(?:candidates|people|those|anyone|a candidate|someone) who\b)", re.IGNORECASE)


def _failure_mode_parts(part: str) -> tuple[str, str] | None:
    """(what the candidate does, the whole sentence) of one "Candidates who … are …" clause, or None."""
    who = _WHO.match(part)
    if not who:
        return None
    rest = part[who.end():]
    for reason in _REASON_STARTS:
        if (at := reason.search(rest)) and at.start() > 0:
            if _PRAISE.match(rest[at.start():]):
                return None
            return rest[: at.start()].strip(" ,"), part
    return None


def is_about_candidates(sentence: str) -> bool:
    """Whether a sentence speaks of what candidates do ("Candidates who ... will be pushed on ..."): no fact of the
    topic, so never part of a trap's answer."""
    return bool(re.match(r"^(?:candidates|a candidate) who\b", sentence.strip(), re.IGNORECASE))


def _failure_modes(sentence: str, taken: set[str]) -> list[dict[str, Any]]:
    """One weak pattern per failure mode of a "Candidates who … are …" sentence ("…; candidates who … miss …" is
    two; a part that is no failure mode is left out), or none for any other sentence."""
    patterns = []
    for found in (_failure_mode_parts(part.strip()) for part in _NEXT_FAILURE_MODE.split(sentence)):
        if found is None or not found[0]:
            continue
        what, why = found[0], found[1].rstrip(".") + "."
        patterns.append({"id": _slug(what, taken), "text": f"{what[0].upper()}{what[1:]}".rstrip(".") + ".",
                         "why": f"{why[0].upper()}{why[1:]}", "examples": [], "false_claim": False})
    return patterns


def _trap_variant(
    text: str, round_no: int, taken: set[str], warnings: list[str]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The right answer, and one weak pattern per "Candidates who … are …" sentence."""
    sentences = split_sentences(text)
    spans = _quoted_or_asked(text)
    right = spans[0][0] if spans else None
    patterns: list[dict[str, Any]] = []
    rest: list[str] = []
    for sentence in sentences:
        if found := _failure_modes(sentence, taken):
            patterns += found
        elif is_about_candidates(sentence):
            continue  # "Candidates who ... will be pushed on ...": about the interview, not the topic
        elif right is None or right not in sentence:
            rest.append(sentence)
    if right is None:
        right = sentences[0] if sentences else text
        warnings.append(f"round {round_no}: 'Trap Question Variant:' has no quoted right answer")
    if not patterns:
        warnings.append(f"round {round_no}: 'Trap Question Variant:' names no failure modes ('Candidates who …')")
    variant = {
        "right_answer": _unquote(right),
        "failure_modes": [p["id"] for p in patterns],
        "senior_answer": " ".join(rest) or None,
    }
    return variant, patterns


# Atomic claims of a strong answer; beyond this many, the shortest neighbours are merged.
_MAX_KEY_POINTS = 12
_MAX_TRAP_KEY_POINTS = 6


def _key_points(text: str, taken: set[str], max_points: int = _MAX_KEY_POINTS) -> list[Any]:
    points = derive_key_points(text, max_points=max_points, atomic=True)
    for point in points:
        if point.id in taken:
            point.id = _slug(point.id, taken)
        else:
            taken.add(point.id)
    return points


MAX_STRONG_ANSWER_WORDS = 3_000


def _build_round(
    block: _RoundBlock, number: int, skills: dict[int, str], context: str, warnings: list[str], found: list[str],
    skill_number: int | None = None,
) -> dict[str, Any]:
    """One round's data; `context` is the gauntlet's title and domains (terms every answer may use)."""
    sections, preamble = _sections(block)
    where = f"round {number}"
    title = block.title or f"Round {number}"
    if not block.title:
        warnings.append(f"{where}: no title after 'Round {block.number}'")

    question = _question(sections, preamble)
    if question:
        found.append("question")
    else:
        warnings.append(f"{where}: no 'Interviewer:' question; used the round title")
        question = title

    skill = skills.get(skill_number if skill_number is not None else block.number)
    if skill:
        found.append("skill")
    else:
        warnings.append(f"{where}: no row in the 'What This Sequence Tested' table; used the round title as the skill")
        skill = title

    testing = _paragraphs(sections.get("testing", [])) or None
    if testing:
        found.append("testing")

    strong = _unquote(_paragraphs(sections.get("strong_answer", [])))
    senior = _paragraphs(sections.get("senior_signal", [])) or None
    if senior:
        found.append("senior_signal")
    taken: set[str] = set()
    variant: dict[str, Any] | None = None
    variant_patterns: list[dict[str, Any]] = []
    variant_text = _paragraphs(sections.get("trap_variant", []))
    if variant_text:
        found.append("trap_variant")

    if len(strong.split()) > MAX_STRONG_ANSWER_WORDS:
        # A strong answer runs a few hundred words; a whole book pasted in would take minutes to import and give a
        # rubric too large to load.
        raise RubricError(f"{where}: the 'Strong Answer:' runs {len(strong.split()):,} words; expected at most "
                          f"{MAX_STRONG_ANSWER_WORDS:,} (is the next 'Round N:' line missing?)")
    if strong:
        found.append("strong_answer")
    else:
        fallback = senior or variant_text or question
        warnings.append(
            f"{where}: no 'Strong Answer:' section; key points derived from "
            f"{'the senior signal' if senior else 'the trap variant' if variant_text else 'the question'} "
            "— curate them by hand"
        )
        strong = _unquote(fallback)
    key_points = _key_points(strong, taken)

    weak_lines = sections.get("weak_answers", [])
    weak_patterns = _weak_answers(weak_lines, number, taken, warnings) if weak_lines else []
    if weak_patterns:
        found.append("weak_answers")
    variant_asks = bool(variant_text) and _asks_followup(variant_text)
    # A variant that quotes the right answer may then ask a quoted follow-up question: both are imported, the
    # follow-up as a trap of its own.
    followup = _later_followup(variant_text) if variant_text and not variant_asks else None
    followup_text, senior_after = variant_text[followup or 0:], ""
    if followup is not None and (senior_at := _SENIOR_AFTER.search(followup_text)):
        senior_after = followup_text[senior_at.start():]
        if _answered_before(followup_text, senior_at.start()):
            # "The senior answer ..." after the follow-up's answer is the variant's, not the follow-up's; right after
            # the follow-up's question, it answers that question too.
            followup_text = followup_text[: senior_at.start()]
    if variant_text and not variant_asks:
        variant, variant_patterns = _trap_variant(f"{variant_text[:followup]} {senior_after}".strip(), number, taken,
                                                  warnings)

    traps: list[dict[str, Any]] = []
    trap_text = _paragraphs(sections.get("trap_alert", []))
    if trap_text:
        trap = _trap(trap_text, number, f"{question} {context}", taken, warnings, failure_modes=variant_patterns)
        if trap:
            traps.append(trap)
            found.append("trap_alert")
    elif not variant_asks and followup is None:
        warnings.append(f"{where}: no 'Trap Alert:' section")
    if variant_asks or followup is not None:
        # A variant that asks a quoted follow-up question is a trap like a 'Trap Alert:'.
        trap = _trap(followup_text, number, f"{question} {context}", taken, warnings,
                     "Trap Question Variant:", variant_patterns)
        if trap:
            traps.append(trap)

    if not weak_patterns and not variant_patterns:
        warnings.append(f"{where}: no 'Common Weak Answers:' section")

    facts = derive_facts([strong, *(t["answer"] for t in traps if t["answer"])], question, taken)

    return {
        "number": number,
        "title": title,
        "question": question,
        "skill": skill,
        "testing": testing,
        "strong_answer": strong,
        "key_points": [kp.model_dump() for kp in key_points],
        "weak_patterns": _unique_patterns(weak_patterns + variant_patterns),
        "traps": traps,
        "senior_signal": senior,
        "trap_variant": variant,
        "facts": [fact.model_dump() for fact in facts],
    }


# --- public API -------------------------------------------------------------------------------------


def import_gauntlet_text(text: str, source: str = "<text>", rubric_id: str | None = None) -> ImportReport:
    """Parse a gauntlet document into a validated rubric; raise RubricError if it has no rounds."""
    if rubric_id is not None and not re.match(SLUG_PATTERN, rubric_id):
        raise RubricError(f"--id '{rubric_id}': expected a kebab-case id such as 'ebpf-observability'")
    front, text = _front_matter(text)
    lines = _clean_lines(text)
    header, blocks, table = _split_document(lines)
    if not blocks:
        raise RubricError(
            f"{source}: no rounds found (expected lines like 'Round 1: The Opening' or '## Round 1 — The Opening')"
        )
    warnings: list[str] = []
    title = front.get("title") or _find_title(header)
    if not title:
        title = Path(source).stem.replace("-", " ").replace("_", " ").strip() or "Untitled gauntlet"
        warnings.append(f"no 'Interview Gauntlet: …' title line; used '{title}'")
    meta = {**_find_metadata(header), **{k: v for k, v in front.items() if k != "title"}}
    for label in ("category", "difficulty", "duration", "domains"):
        if label not in meta:
            warnings.append(f"no '{label.capitalize()}:' in the document's header")
    if table is None:
        warnings.append("no 'What This Sequence Tested' skills table")
        skills: dict[int, str] = {}
    else:
        skills = _parse_skills(table)
        if not skills:
            warnings.append("the 'What This Sequence Tested' table has no rows like '1 Understanding of …'")

    context = f"{title} {meta.get('domains', '')}"
    found: dict[int, list[str]] = {}
    rounds: list[dict[str, Any]] = []
    # Two rounds with one number: the skills table cannot be read by the document's numbers, only by position.
    repeated = len({b.number for b in blocks}) != len(blocks)
    for index, block in enumerate(blocks):
        number = index + 1
        if block.number != number:
            warnings.append(f"round {number}: the document numbers it 'Round {block.number}'; renumbered in document order"
                            + ("; its skill is the table's row " + str(number) if repeated else ""))
        found[number] = []
        try:
            rounds.append(_build_round(block, number, skills, context, warnings, found[number],
                                       skill_number=number if repeated else None))
        except RubricError as exc:
            raise RubricError(f"{source}: {exc}") from None

    data = {
        "schema_version": 1,
        "id": rubric_id or slugify(re.sub(r"['’]", "", title), max_words=8),
        "title": title,
        "category": meta.get("category"),
        "difficulty": meta.get("difficulty"),
        "duration": meta.get("duration"),
        "domains": [d.strip() for d in re.split(r"[,;]", meta.get("domains", "")) if d.strip()],
        "source": source,
        "rounds": rounds,
    }
    return ImportReport(rubric=validate_rubric(data, source), warnings=warnings, found=found)


def import_gauntlet_file(path: Path, rubric_id: str | None = None) -> ImportReport:
    """Read a gauntlet document (UTF-8 text or Markdown) and import it."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RubricError(f"{path}: no such gauntlet document") from None
    except UnicodeDecodeError as exc:
        raise RubricError(f"{path}: not UTF-8 text (byte {exc.start}); expected a text or Markdown document") from None
    except OSError as exc:
        raise RubricError(f"{path}: cannot read the document ({exc.__class__.__name__}: {exc})") from None
    return import_gauntlet_text(text, source=str(path), rubric_id=rubric_id)


__all__ = ["ImportReport", "import_gauntlet_file", "import_gauntlet_text"]
