"""The importer reads the variations real authors make in the gauntlet format, not one document's spelling.

Each case rewrites the rate-limiter gauntlet (benchmarks/data/gauntlets/) the way a human author plausibly would
(found by a hostile probe of the importer: before these fixes, each lost or garbled a round, a section or a list)
and must import to the same rounds, questions, strong answers, weak answers, traps, senior signals and variants.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from grader.rubric.importer import import_gauntlet_text

DOCUMENT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "gauntlets" / "rate-limiter-design.txt"
WORDS = ["One", "Two", "Three", "Four", "Five"]


def _summary(text: str) -> dict:
    rubric = import_gauntlet_text(text, source="variant.txt").rubric
    return {
        "rounds": len(rubric.rounds),
        "titles": [r.title for r in rubric.rounds],
        "questions": [r.question for r in rubric.rounds],
        "skills": [r.skill for r in rubric.rounds],
        "testing": [r.testing for r in rubric.rounds],
        "strong": [" ".join(r.strong_answer.split()) for r in rubric.rounds],
        "weak": [[(p.text.rstrip("."), p.why) for p in r.weak_patterns] for r in rubric.rounds],
        "traps": [[t.question for t in r.traps] for r in rubric.rounds],
        "trap_answers": [[t.answer for t in r.traps] for r in rubric.rounds],
        "senior": [r.senior_signal for r in rubric.rounds],
        "variant": [r.trap_variant.right_answer if r.trap_variant else None for r in rubric.rounds],
        "meta": (rubric.category, rubric.difficulty, rubric.duration, tuple(rubric.domains)),
    }


@pytest.fixture(scope="module")
def original() -> str:
    return DOCUMENT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def expected(original: str) -> dict:
    return _summary(original)


def _round_heading(pattern: str):
    return lambda text: re.sub(r"^Round (\d): (.+)$", lambda m: pattern.format(n=m.group(1), word=WORDS[int(m.group(1)) - 1],
                                                                          title=m.group(2)), text, flags=re.MULTILINE)


def _weak_lines(rewrite):
    """Rewrite every weak-answer bullet line ('  • "quote" — why')."""
    return lambda text: re.sub(r'^  • "(?P<quote>[^"]+)" — (?P<why>.+)$', rewrite, text, flags=re.MULTILINE)


VARIANTS = {
    "round-in-words": _round_heading("Round {word}: {title}"),
    "round-title-in-parentheses": _round_heading("Round {n} ({title})"),
    "round-of-five": _round_heading("Round {n} of 5: {title}"),
    "round-hash-number": _round_heading("Round #{n}: {title}"),
    "round-emoji-heading": _round_heading("## 🧱 Round {n}: {title}"),
    "label-emoji-prefix": lambda t: t.replace("Trap Alert:", "🚨 Trap Alert:").replace(
        "The Senior Signal:", "🎯 The Senior Signal:").replace("Common Weak Answers:", "❌ Common Weak Answers:"),
    "label-emoji-suffix": lambda t: t.replace("Trap Alert:", "Trap Alert 🚨"),
    "trap-alert-bang": lambda t: t.replace("Trap Alert:", "Trap Alert!"),
    "markdown-emoji-headings": lambda t: t.replace("Strong Answer:", "### ✅ Strong Answer").replace(
        "Common Weak Answers:", "### ❌ Common Weak Answers"),
    "strong-answer-aside": lambda t: t.replace("Strong Answer:", "Strong Answer (what a senior candidate says):"),
    "model-answer": lambda t: t.replace("Strong Answer:", "Model Answer:"),
    "example-strong-answer": lambda t: t.replace("Strong Answer:", "Example Strong Answer:"),
    "weak-answers-aside": lambda t: t.replace("Common Weak Answers:", "Common Weak Answers (and why they fall short):"),
    "weak-answers-we-hear": lambda t: t.replace("Common Weak Answers:", "Weak answers we often hear:"),
    "senior-signals-plural": lambda t: t.replace("The Senior Signal:", "Senior Signals:"),
    "trap-variants-plural": lambda t: t.replace("Trap Question Variant:", "Trap Question Variants:"),
    "testing-really": lambda t: t.replace("What the interviewer is testing:", "What the interviewer is really testing:"),
    "skills-tested-label-in-a-round": lambda t: t.replace("What the interviewer is testing: ", "Skills tested:\n"),
    "next-steps-line-in-a-strong-answer": lambda t: t.replace(
        "The usual design is a shared,", "Next steps\n\nThe usual design is a shared,", 1),
    "see-also-line-in-a-senior-signal": lambda t: t.replace("The Senior Signal:", "The Senior Signal:\n\nSee also\n"),
    "weak-answers-without-bullets": _weak_lines(r'"\g<quote>" — \g<why>'),
    "weak-answers-emoji-bullets": _weak_lines(r'❌ "\g<quote>" — \g<why>'),
    "weak-answers-plus-bullets": _weak_lines(r'+ "\g<quote>" — \g<why>'),
    "weak-answers-checkboxes": _weak_lines(r'- [ ] "\g<quote>" — \g<why>'),
    "weak-why-on-next-line": _weak_lines(r'  • "\g<quote>"\n    \g<why>'),
    "weak-why-labelled-on-next-line": _weak_lines('  • "\\g<quote>"\n    Why it\'s weak: \\g<why>'),
    "weak-why-in-parentheses": _weak_lines(r'  • "\g<quote>" (\g<why>)'),
    "weak-why-after-arrow": _weak_lines(r'  • "\g<quote>" → \g<why>'),
    "weak-why-as-sub-bullet": _weak_lines(r'  • "\g<quote>"\n    - \g<why>'),
    "trap-question-in-single-quotes": lambda t: re.sub(r'will ask "([^"]+\?)"', r"will ask '\1'", t),
    "trap-question-unquoted": lambda t: re.sub(r'will ask "([^"]+\?)"', r"will ask: \1", t),
    "skills-table-numbered": lambda t: re.sub(r"^(\d) (\S.+)$", r"\1. \2", t, flags=re.MULTILINE),
    "skills-table-heading-aside": lambda t: t.replace("What This Sequence Tested:", "What This Sequence Tested (summary):"),
    "skills-table-emoji-heading": lambda t: t.replace("What This Sequence Tested:", "## 📋 What This Sequence Tested"),
    # a second probe, by a tester who never saw the first one's cases
    "weak-answers-as-a-markdown-table": lambda t: re.sub(
        r"Common Weak Answers:\n\n(?:  • .+\n)+",
        lambda m: "Common Weak Answers:\n\n| Weak answer | Why it's weak |\n|---|---|\n" + "\n".join(
            f'| "{q}" | {w} |' for q, w in re.findall(r'^  • "([^"]+)" — (.+)$', m.group(0), flags=re.M)) + "\n", t),
    "each-weak-answer-labelled": lambda t: re.sub(
        r"Common Weak Answers:\n\n(?:  • .+\n)+",
        lambda m: "\n".join(f'Weak answer: "{q}"\nWhy it fails: {w}\n'
                            for q, w in re.findall(r'^  • "([^"]+)" — (.+)$', m.group(0), flags=re.M)), t),
    "google-docs-markdown-escapes": lambda t: t.replace("  • ", "\\- "),
    "html-tags-around-labels": lambda t: t.replace("Strong Answer:", "<strong>Strong Answer:</strong>").replace(
        "Common Weak Answers:", "<b>Common Weak Answers:</b>"),
    "html-entities": lambda t: re.sub(r'^(Interviewer: )"(.+)"$', lambda m: m.group(1) + "&ldquo;" + m.group(2).replace(
        "'", "&#39;") + "&rdquo;", t, flags=re.M),
    "round-time-box": _round_heading("Round {n} (5 min): {title}"),
    "round-pipe": _round_heading("Round {n} | {title}"),
    "round-middle-dot": _round_heading("Round {n} · {title}"),
    "bad-answers-label": lambda t: t.replace("Common Weak Answers:", "Bad answers:"),
    "common-pitfalls-label": lambda t: t.replace("Common Weak Answers:", "Common pitfalls:"),
    "what-we-are-looking-for": lambda t: t.replace("What the interviewer is testing:", "What we're looking for:"),
    "bluff-check-label": lambda t: t.replace("Trap Alert:", "Bluff check:"),
    "follow-up-trap-label": lambda t: t.replace("Trap Alert:", "Follow-up trap:"),
    "variant-label": lambda t: t.replace("Trap Question Variant:", "Variant:"),
    "skills-table-round-rows": lambda t: re.sub(r"^(\d) (\S.+)$", r"Round \1: \2", t, flags=re.MULTILINE),
    "metadata-topics-and-seniority": lambda t: t.replace("Domains:", "Topics:").replace("Difficulty:", "Seniority:"),
    "question-in-single-guillemets": lambda t: re.sub(r'^Interviewer: "(.+)"$', r"Interviewer: ‹\1›", t, flags=re.M),
    "question-in-corner-brackets": lambda t: re.sub(r'^Interviewer: "(.+)"$', r"Interviewer: 「\1」", t, flags=re.M),
    "honest-answer-ok-if-they-say": lambda t: t.replace("It's perfectly fine to say", "It's OK if they say"),
}


# Lines that ended the document where a web page's trailing links start, written inside a round.
KEPT_LINES = {"next-steps-line-in-a-strong-answer": r"Next steps ", "see-also-line-in-a-senior-signal": r"See also(?:\\n)*"}


@pytest.mark.parametrize("variant", list(VARIANTS), ids=list(VARIANTS))
def test_a_variation_of_the_format_imports_the_same_rubric(variant: str, original: str, expected: dict) -> None:
    text = VARIANTS[variant](original)
    assert text != original, "the variant must change the document"
    got = _summary(text)
    if variant in KEPT_LINES:  # the line is the section's text now, and nothing after it is lost
        got = json.loads(re.sub(KEPT_LINES[variant], "", json.dumps(got, ensure_ascii=False)))
        expected = json.loads(json.dumps(expected, ensure_ascii=False))
    assert got == expected


def test_metadata_as_a_markdown_table(original: str, expected: dict) -> None:
    lines = original.splitlines()
    meta = next(i for i, line in enumerate(lines) if line.startswith("Category:"))
    table = ["| Category | Difficulty | Duration | Domains |", "|---|---|---|---|",
             f"| {expected['meta'][0]} | {expected['meta'][1]} | {expected['meta'][2]} | {', '.join(expected['meta'][3])} |"]
    text = "\n".join(lines[:meta] + table + lines[meta + 1:])
    assert _summary(text)["meta"] == expected["meta"]


def test_a_line_that_starts_with_next_or_a_less_than_sign_is_content(original: str) -> None:
    text = original.replace("The usual design is a shared,", "Next: each check adds a round trip.\n\n<1 ms of added "
                            "latency is the budget.\n\nThe usual design is a shared,", 1)
    strong = import_gauntlet_text(text, source="variant.txt").rubric.rounds[1].strong_answer
    assert "Next: each check adds a round trip." in strong and "<1 ms of added latency is the budget." in strong


@pytest.mark.parametrize("label", ["Senior-level answer adds:", "Bonus points:"])
def test_the_senior_signal_under_another_label(label: str, original: str, expected: dict) -> None:
    text = original.replace("The Senior Signal:\n\nWhat separates a senior answer:", label)
    got = _summary(text)
    assert got["senior"][2] == expected["senior"][2].removeprefix("What separates a senior answer: ")
    assert got["weak"] == expected["weak"]


def test_code_is_text_never_a_heading_and_identifiers_keep_their_marks(original: str, expected: dict) -> None:
    text = original.replace("since Redis runs a script atomically.", "since Redis runs a script atomically:\n\n```bash\n"
                            "# Round 2: check the token count\nredis-cli EVALSHA $SHA 1 user:42\n```\n", 1)
    text = text.replace("so I'd use INCR with an expiry", "so I'd use INCR with an expiry on `rl:*:minute`, `rl:__global__`"
                        " and __name__ keys", 1)
    got = _summary(text)
    assert got["rounds"] == expected["rounds"] and got["traps"] == expected["traps"] and got["senior"] == expected["senior"]
    assert "# Round 2: check the token count" in got["strong"][1]
    assert "`rl:*:minute`, `rl:__global__` and __name__ keys" in got["strong"][1]


def test_yaml_front_matter_gives_the_title_and_metadata(original: str, expected: dict) -> None:
    body = original.split("Round 1:", 1)[1]
    text = ("---\ntitle: Designing a Rate Limiter\ncategory: System Design\ndifficulty: L3\nduration: 15-20 minutes\n"
            "domains:\n  - Distributed Systems\n  - API Design\n---\n\nRound 1:" + body)
    rubric = import_gauntlet_text(text, source="variant.txt").rubric
    assert rubric.title == "Designing a Rate Limiter"
    assert (rubric.category, rubric.difficulty, rubric.duration, tuple(rubric.domains)) == expected["meta"]


def test_an_empty_table_row_among_weak_answers_is_skipped(original: str, expected: dict) -> None:
    """A row with no cells ("| |") under the weak answers crashed the import (IndexError)."""
    text = original.replace("Common Weak Answers:\n", "Common Weak Answers:\n\n| |\n||\n", 1)
    assert _summary(text)["weak"] == expected["weak"]
