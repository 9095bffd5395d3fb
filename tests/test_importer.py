"""The gauntlet importer and the claim splitter behind its key points.

The seed document lives outside the repository; tests that need it skip cleanly when it is absent.
Our own documents in tests/data/gauntlets/ (one plain text with chrome, one Markdown with CRLF and a
missing skills row) must import without code changes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from grader.cli import app
from grader.errors import RubricError
from grader.rubric import read_rubric_file
from grader.rubric.claims import derive_key_points, split_claims
from grader.rubric.importer import import_gauntlet_file, import_gauntlet_text
from grader.rubric.schema import SLUG_PATTERN

ROOT = Path(__file__).resolve().parents[1]
SEED = Path(__file__).resolve().parents[2] / "shared/seeds/ebpf-observability.txt"
OWN = ROOT / "tests" / "data" / "gauntlets"
runner = CliRunner()


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed document {SEED} is not present")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return import_gauntlet_text(seed_text, source=str(SEED))


# --- claims ----------------------------------------------------------------------------------------


def test_one_sentence_reference_gives_one_key_point():
    points = derive_key_points("The mitochondria is the powerhouse of the cell.")
    assert [(p.id, p.text) for p in points] == [("mitochondria-powerhouse-cell", "The mitochondria is the powerhouse of the cell.")]


def test_framing_dropped_openers_stripped_fragments_merged():
    text = (
        "eBPF-based observability provides three things that traditional instrumentation doesn't. "
        "First, zero-instrumentation visibility. eBPF programs attach to kernel functions and syscalls. "
        "Second, kernel-level metrics such as TCP retransmissions. "
        "That said, eBPF doesn't replace Prometheus."
    )
    assert split_claims(text) == [
        "Zero-instrumentation visibility: eBPF programs attach to kernel functions and syscalls.",
        "Kernel-level metrics such as TCP retransmissions.",
        "eBPF doesn't replace Prometheus.",
    ]


def test_surrounding_quotes_are_stripped_and_inner_quotes_kept():
    text = "“Both have merit. Someone must debug issues like: ‘Why is Hubble not showing flows?’ or ‘Why did it fail?’ Then train.”"
    assert split_claims(text) == [
        "Both have merit.",
        "Someone must debug issues like: 'Why is Hubble not showing flows?' or 'Why did it fail?'",
        "Then train.",
    ]


def test_only_framing_still_gives_a_claim():
    assert split_claims("Three trends are converging.") == ["Three trends are converging."]
    assert split_claims("   ") == [] and derive_key_points("") == []


def test_at_most_max_points_and_no_words_lost():
    sentences = [f"Claim number {n} says that service {n} needs its own dashboard." for n in range(1, 13)]
    text = " ".join(sentences)
    points = derive_key_points(text, max_points=8)
    assert len(points) == 8
    assert " ".join(p.text for p in points) == text
    assert len(derive_key_points(text, max_points=1)) == 1


def test_ids_are_unique_slugs_and_deterministic():
    text = "Use the ring buffer. Use the ring buffer. Use the ring buffer for events."
    first = derive_key_points(text)
    assert [p.id for p in first] == [p.id for p in derive_key_points(text)]
    assert len({p.id for p in first}) == len(first) == 3
    assert all(re.match(SLUG_PATTERN, p.id) for p in first)


def test_contractions_do_not_split_sentences():
    # "doesn't." must not read like an initial ("t.") that continues the sentence.
    assert len(split_claims("The agent doesn't. The kernel does it instead.")) == 2


# --- the seed --------------------------------------------------------------------------------------


def test_seed_header_and_rounds(seed):
    rubric = seed.rubric
    assert rubric.id == "ebpf-for-observability"
    assert rubric.title == "eBPF for Observability"
    assert (rubric.category, rubric.difficulty, rubric.duration) == ("Architecture Trade-offs", "L3", "15-20 minutes")
    assert rubric.domains == ["eBPF", "Observability"]
    assert [r.title for r in rubric.rounds] == ["The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis"]
    assert rubric.round(1).question.startswith("Your team is evaluating eBPF-based observability tools")
    assert rubric.round(1).question.endswith("stack doesn't?")
    assert rubric.round(4).question.startswith("A senior engineer argues: 'We should skip eBPF entirely")
    assert [s for _, s in rubric.skills] == [
        "Understanding of eBPF observability capabilities and limitations",
        "Practical deployment constraints (kernel versions, BTF)",
        "Team adoption strategy for complex infrastructure technology",
        "Fair comparison of competing approaches (eBPF vs OTel)",
        "Strategic thinking about observability evolution",
    ]
    assert rubric.round(2).testing.startswith("Practical knowledge of eBPF deployment constraints.")
    assert rubric.round(3).senior_signal.startswith("What separates a senior answer: Separating the \"use\" skill")


def test_seed_strong_answers_and_key_points(seed):
    round_1 = seed.rubric.round(1)
    assert round_1.strong_answer.startswith("eBPF-based observability provides three things")
    assert not round_1.strong_answer.startswith('"')
    assert "Prometheus scrapers" in round_1.strong_answer and "Prerequisite" not in seed.rubric.round(5).strong_answer
    texts = [p.text for p in round_1.key_points]
    assert texts[0].startswith("Zero-instrumentation visibility: eBPF programs attach to kernel functions")
    assert not any(t.startswith("eBPF-based observability provides three things") for t in texts)
    for round_ in seed.rubric.rounds:
        assert 1 <= len(round_.key_points) <= 12


def test_seed_round_1_weak_answers(seed):
    patterns = seed.rubric.round(1).weak_patterns
    assert [p.text for p in patterns] == [
        "eBPF is faster than Prometheus.",
        "eBPF replaces the need for OpenTelemetry.",
        "We should adopt it because it's cutting-edge.",
    ]
    assert [p.id for p in patterns] == ["ebpf-faster-prometheus", "ebpf-replaces-need-opentelemetry", "adopt-cutting-edge"]
    assert patterns[0].why.startswith("This conflates different measurement types.")
    assert patterns[2].why == "Technology adoption driven by novelty, not need."


def test_seed_round_2_trap(seed):
    trap = seed.rubric.round(2).trap()
    assert trap.question == "What is BTF and why does it matter?"
    assert trap.answer.startswith("BTF (BPF Type Format) is a metadata format")
    assert trap.answer.endswith("portable across kernel versions.")
    assert "perfectly fine" not in trap.answer
    assert trap.honest_answers == [
        "I know BTF enables portability across kernel versions but I'd need to look up the exact mechanism."
    ]
    assert {"BTF", "BPF Type Format", "CO-RE"} <= set(trap.triggers)
    assert "eBPF" not in trap.triggers  # the round's own subject is not a bluff signal
    assert 3 <= len(trap.key_points) <= 6


def test_seed_round_4_trap_variant(seed):
    round_4 = seed.rubric.round(4)
    variant = round_4.trap_variant
    assert variant.right_answer == "Both have merit; it depends on the gap."
    modes = {p.id: p for p in round_4.weak_patterns}
    assert variant.failure_modes == list(modes)
    assert len(variant.failure_modes) == 2
    first, second = (modes[m] for m in variant.failure_modes)
    assert "dismiss the senior engineer's position" in first.text.lower() and "eBPF bias" in first.why
    assert "without acknowledging" in second.text and "infrastructure observability" in second.why
    assert variant.senior_answer.startswith("The senior answer evaluates both positions fairly")


def test_seed_report_names_what_is_missing(seed):
    assert "round 3: no 'Common Weak Answers:' section" in seed.warnings
    assert "round 1: no 'Trap Alert:' section" in seed.warnings
    assert not any(w.startswith("round 2: no 'Trap Alert:'") for w in seed.warnings)
    assert not any("skills table" in w or "Strong Answer" in w for w in seed.warnings)
    assert seed.found[2] == ["question", "skill", "testing", "strong_answer", "trap_alert"]
    assert "trap_variant" in seed.found[4] and "senior_signal" in seed.found[3]
    assert "weak_answers" in seed.found[1] and "weak_answers" not in seed.found[3]


# --- messy variants of the seed ----------------------------------------------------------------------


def _essentials(rubric):
    return [
        (
            r.title, r.question, r.skill, r.testing, r.strong_answer, r.senior_signal,
            [(p.id, p.text) for p in r.key_points],
            [(p.id, p.text, p.why) for p in r.weak_patterns],
            [(t.question, t.answer, t.honest_answers, t.triggers) for t in r.traps],
            r.trap_variant,
        )
        for r in rubric.rounds
    ] + [(rubric.title, rubric.category, rubric.domains)]


def _straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _markdown(text: str) -> str:
    """The seed as Markdown: headings, bold labels, '-' bullets, a Markdown table, straight quotes, CRLF."""
    text = _straight(text)
    text = re.sub(r"^Interview Gauntlet: (.+)$", r"# Interview Gauntlet: \1", text, flags=re.M)
    text = re.sub(r"^Round (\d+): (.+)$", r"## Round \1 — \2", text, flags=re.M)
    for label in ("Interviewer:", "Strong Answer:", "Common Weak Answers:", "What the interviewer is testing:",
                  "Trap Alert:", "The Senior Signal:", "Trap Question Variant:"):
        text = re.sub(rf"^{re.escape(label)}", f"**{label}**", text, flags=re.M)
    text = text.replace("What This Sequence Tested:", "## What This Sequence Tested")
    text = re.sub(r"^\s*• ", "- ", text, flags=re.M)
    text = text.replace("Round Skill Tested", "| Round | Skill Tested |\n|---|---|")
    text = re.sub(r"^(\d) (.+)$", r"| \1 | \2 |", text, flags=re.M)
    return text.replace("\n", "\r\n")


def _with_chrome(text: str) -> str:
    text = "Menu\nHome › Gauntlets › eBPF\nToggle navigation\n[Home](https://example.com) | [Gauntlets](https://example.com/g)\n" + text
    text = text.replace("\nRound 3: The Constraint", "\nBack to top\n---\n\nRound 3: The Constraint")
    return text + "\nLinux Kernel Basics\n- [Kubernetes Networking](https://example.com/k8s)\n© 2026 Example Inc.\n"


@pytest.mark.parametrize("variant", [_straight, _markdown, _with_chrome], ids=["straight-quotes", "markdown-crlf", "chrome"])
def test_messy_variants_import_the_same(seed, seed_text, variant):
    report = import_gauntlet_text(variant(seed_text), source="variant.md")
    assert _essentials(report.rubric) == _essentials(seed.rubric)
    assert report.warnings == seed.warnings


def test_missing_weak_answers_section_warns_and_goes_on(seed_text):
    start = seed_text.index("Common Weak Answers:")
    text = seed_text[:start] + seed_text[seed_text.index("Round 2: The Probe"):]
    report = import_gauntlet_text(text)
    assert report.rubric.round(1).weak_patterns == []
    assert "round 1: no 'Common Weak Answers:' section" in report.warnings
    assert len(report.rubric.rounds) == 5 and report.rubric.round(2).traps


def test_missing_strong_answer_and_table_fall_back_with_warnings(seed_text):
    start = seed_text.index("Strong Answer:", seed_text.index("Round 3:"))
    text = seed_text[:start] + seed_text[seed_text.index("The Senior Signal:"):]
    text = text[: text.index("What This Sequence Tested:")]
    report = import_gauntlet_text(text)
    round_3 = report.rubric.round(3)
    assert round_3.strong_answer == round_3.senior_signal
    assert any(w.startswith("round 3: no 'Strong Answer:' section") for w in report.warnings)
    assert "no 'What This Sequence Tested' skills table" in report.warnings
    assert [s for _, s in report.rubric.skills] == [r.title for r in report.rubric.rounds]
    assert "round 4: no row in the 'What This Sequence Tested' table; used the round title as the skill" in report.warnings


def test_rounds_are_renumbered_in_document_order():
    text = (
        "Interview Gauntlet: Tiny\n\nRound 1: First\n\nInterviewer: \"Why?\"\n\nStrong Answer:\n\n\"Because.\"\n\n"
        "Round 3: Second\n\nInterviewer: \"How?\"\n\nStrong Answer:\n\n\"Carefully and slowly.\"\n"
    )
    report = import_gauntlet_text(text)
    assert [r.number for r in report.rubric.rounds] == [1, 2]
    assert report.rubric.round(2).question == "How?"
    assert "round 2: the document numbers it 'Round 3'; renumbered in document order" in report.warnings


# --- our own documents --------------------------------------------------------------------------------


def test_kubernetes_autoscaling_document():
    report = import_gauntlet_file(OWN / "kubernetes-autoscaling.txt")
    rubric = report.rubric
    assert rubric.id == "kubernetes-autoscaling" and rubric.domains == ["Kubernetes", "Capacity Planning"]
    assert len(rubric.rounds) == 5
    assert rubric.round(2).skill == "Diagnosing scaling delays in the control loop"
    assert [p.text for p in rubric.round(1).weak_patterns][1] == "The HPA scales the nodes."
    trap = rubric.round(2).trap()
    assert trap.question == "How does the HPA compute the desired number of replicas?"
    assert "HPA" in trap.triggers
    assert trap.honest_answers[0].startswith("I know it scales proportionally")
    assert rubric.round(4).trap_variant.right_answer == "It depends on the load shape."
    assert len(rubric.round(4).trap_variant.failure_modes) == 2
    assert "Kubernetes Scheduling" not in rubric.round(5).strong_answer  # trailing topic packs are chrome
    assert rubric.round(1).question.endswith("scale automatically.")
    assert all(r.question.endswith("?") for r in rubric.rounds[1:])


def test_postgresql_replication_markdown_document():
    path = OWN / "postgresql-replication.md"
    assert b"\r\n" in path.read_bytes()  # the CRLF case is really exercised
    report = import_gauntlet_file(path)
    rubric = report.rubric
    assert (rubric.title, rubric.category, rubric.difficulty) == ("PostgreSQL Replication", "Databases", "L3")
    assert rubric.domains == ["PostgreSQL", "High Availability"]
    assert [r.title for r in rubric.rounds] == ["The Opening", "The Probe", "The Constraint", "The Curveball"]
    assert rubric.round(1).skill == "Understanding what replication does and does not provide"
    assert [p.text for p in rubric.round(1).weak_patterns] == [
        "Replicas are our backup.", "Replication makes writes scale.", "Failover happens automatically.",
    ]
    trap = rubric.round(2).trap()
    assert trap.question.startswith("What is a replication slot")
    assert {"replication slot", "max_slot_wal_keep_size"} <= set(trap.triggers)
    assert rubric.round(4).skill == "The Curveball"
    assert "round 4: no row in the 'What This Sequence Tested' table; used the round title as the skill" in report.warnings
    assert "Write-Ahead Logging" not in rubric.round(4).strong_answer


def test_a_document_written_by_someone_else_imports():
    other = ROOT / "benchmarks" / "data" / "gauntlets" / "rate-limiter-design.txt"
    if not other.exists():
        pytest.skip(f"{other} is not present")
    rubric = import_gauntlet_file(other).rubric
    assert len(rubric.rounds) == 5
    assert all(r.skill != r.title for r in rubric.rounds)


# --- the command and its errors ------------------------------------------------------------------------


@pytest.mark.parametrize("document", sorted(OWN.iterdir()), ids=lambda p: p.name)
def test_cli_writes_a_rubric_that_check_accepts(tmp_path, document):
    out = tmp_path / "rubrics" / "imported.yaml"
    result = runner.invoke(app, ["import-gauntlet", str(document), "-o", str(out), "--id", "imported"])
    assert result.exit_code == 0, result.output
    assert f"wrote {out} (imported," in result.stderr
    assert "warning: round" in result.stderr
    check = runner.invoke(app, ["rubrics", "check", str(out)])
    assert check.exit_code == 0, check.output
    assert read_rubric_file(out).source == str(document)


def test_cli_imports_the_seed(tmp_path, seed_text):
    out = tmp_path / "seed.yaml"
    result = runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "warning: round 3: no 'Common Weak Answers:' section" in result.stderr
    assert runner.invoke(app, ["rubrics", "check", str(out)]).exit_code == 0


@pytest.mark.parametrize(
    "content",
    [b"", b"Skip to content\n\nJust a page with no rounds.\n", b"\x89PNG\r\n\x1a\n\x00\xff\xfe"],
    ids=["empty", "no-rounds", "binary"],
)
def test_cli_rejects_a_document_without_rounds(tmp_path, content):
    document = tmp_path / "garbage.txt"
    document.write_bytes(content)
    out = tmp_path / "out.yaml"
    result = runner.invoke(app, ["import-gauntlet", str(document), "-o", str(out)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"grader: error: {document}: ")
    assert "Traceback" not in result.output
    assert not out.exists()


def test_cli_never_writes_over_the_document_or_a_file_that_is_not_a_rubric(tmp_path, seed_text):
    document = tmp_path / "gauntlet.txt"
    document.write_text(seed_text, encoding="utf-8")
    notes = tmp_path / "notes.md"
    notes.write_text("my notes", encoding="utf-8")
    for target, needle in [(document, "ending in .yaml or .yml"), (notes, "ending in .yaml or .yml"),
                           (tmp_path, "is a folder"), (Path("/dev/full"), "is a device")]:
        result = runner.invoke(app, ["import-gauntlet", str(document), "-o", str(target)])
        assert result.exit_code == 2 and needle in result.stderr and "Traceback" not in result.output, result.output
    assert document.read_text(encoding="utf-8") == seed_text and notes.read_text(encoding="utf-8") == "my notes"
    # A rubric file named .yml is fine, and a folder that does not exist yet is made.
    out = tmp_path / "new" / "gauntlet.yml"
    assert runner.invoke(app, ["import-gauntlet", str(document), "-o", str(out)]).exit_code == 0 and out.exists()


def test_cli_replaces_an_earlier_import_but_not_a_curated_rubric_without_force(tmp_path, seed_text):
    """A new user ran `import-gauntlet <seed> -o rubrics/ebpf-observability.yaml` and lost the curated rubric."""
    curated = ROOT / "rubrics" / "ebpf-observability.yaml"
    target = tmp_path / "ebpf-observability.yaml"
    target.write_bytes(curated.read_bytes())
    refused = runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(target)])
    assert refused.exit_code == 2 and "is a curated rubric (curated: true)" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == curated.read_bytes()
    compose = tmp_path / "docker-compose.yaml"
    compose.write_text("services:\n  web:\n    image: nginx\n", encoding="utf-8")
    refused = runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(compose)])
    assert refused.exit_code == 2 and "is not a rubric file" in refused.stderr
    assert compose.read_text(encoding="utf-8").startswith("services:")
    # an earlier import is replaced (scripts re-import to the same file), and --force replaces anything
    again = tmp_path / "imported.yaml"
    for _ in range(2):
        assert runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(again)]).exit_code == 0
    forced = runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(target), "--force"])
    assert forced.exit_code == 0 and read_rubric_file(target).curated is False
    empty = tmp_path / "empty.yaml"  # nothing to lose
    empty.write_text("", encoding="utf-8")
    assert runner.invoke(app, ["import-gauntlet", str(SEED), "-o", str(empty)]).exit_code == 0


def test_library_error_names_the_source():
    with pytest.raises(RubricError, match=r"^notes\.md: no rounds found \(expected lines like 'Round 1: The Opening'"):
        import_gauntlet_text("Interview Gauntlet: Nothing here\n", source="notes.md")


def test_bad_id_is_rejected(tmp_path):
    result = runner.invoke(app, ["import-gauntlet", str(OWN / "kubernetes-autoscaling.txt"), "--id", "Not An Id"])
    assert result.exit_code == 2
    assert "--id 'Not An Id': expected a kebab-case id" in result.stderr


# --- atomic key points (imported rubrics) ------------------------------------------------------------


def test_filler_sentences_are_not_key_points():
    text = (
        "There are several mitigations. It depends on what you need. "
        "TLS 1.3 removes the RSA key exchange. Session tickets let a client resume without a full handshake. "
        "But there are real costs. I'd compare the main options first."
    )
    assert [p.text for p in derive_key_points(text, atomic=True)] == [
        "TLS 1.3 removes the RSA key exchange.",
        "Session tickets let a client resume without a full handshake.",
    ]


def test_compound_sentences_split_into_claims_that_read_on_their_own():
    text = (
        "A recursive resolver caches answers for the record's TTL, but it must not cache a SERVFAIL for long; "
        "negative answers are cached for the SOA minimum. Redis runs a Lua script atomically, so two clients "
        "cannot interleave inside it."
    )
    assert split_claims(text) == [text.split(" Redis")[0], "Redis" + text.split(" Redis")[1]]
    assert [p.text for p in derive_key_points(text, atomic=True)] == [
        "A recursive resolver caches answers for the record's TTL.",
        "A recursive resolver must not cache a SERVFAIL for long.",
        "Negative answers are cached for the SOA minimum.",
        "Redis runs a Lua script atomically.",
        "Two clients cannot interleave inside it.",
    ]


def test_a_key_point_that_opens_with_a_setting_name_keeps_its_spelling():
    # "Default_pool_size" and "Cl_waiting" are no names a candidate would say
    text = ("The server side is what matters; default_pool_size is 20 by default, and it applies per database and "
            "user pair; cl_active is clients linked to a server connection, and cl_waiting is clients still waiting.")
    assert [p.text for p in derive_key_points(text, atomic=True)] == [
        "The server side is what matters.",
        "default_pool_size is 20 by default.",
        "default_pool_size applies per database and user pair.",
        "cl_active is clients linked to a server connection.",
        "cl_waiting is clients still waiting.",
    ]


def test_an_ambiguous_pronoun_keeps_the_clause_attached():
    text = "The resolver ignores it, but it still counts against the quota."
    assert [p.text for p in derive_key_points(text, atomic=True)] == [text]


def test_lists_and_brackets_are_not_split():
    text = "DNSSEC signs records (RRSIG, DNSKEY, and DS records), and validating resolvers check the chain of trust."
    points = [p.text for p in derive_key_points(text, atomic=True)]
    assert points == [
        "DNSSEC signs records (RRSIG, DNSKEY, and DS records).",
        "Validating resolvers check the chain of trust.",
    ]
    lists = "A resolver caches A records, AAAA records, and the NS records of a zone."
    assert [p.text for p in derive_key_points(lists, atomic=True)] == [lists]


def test_ids_keep_negations_and_reference_rows_keep_whole_sentences():
    points = derive_key_points("Not as one giant UPDATE. Keys are never stored in plain text.", atomic=True)
    assert [p.id for p in points] == ["not-giant-update", "keys-never-stored-plain"]
    compound = "The cache is warm, but it expires after an hour."
    assert [p.text for p in derive_key_points(compound)] == [compound]


def test_imported_gauntlet_key_points_are_atomic(seed):
    from grader.rubric.claims import is_filler

    for round_ in seed.rubric.rounds:
        for point in round_.key_points:
            assert not is_filler(point.text), point.text
    texts = [p.text for p in seed.rubric.round(2).key_points]
    assert "eBPF capabilities are kernel-version dependent." in texts
    assert "The requirements vary by feature." in texts


def test_curated_rubric_key_points_have_no_filler():
    from grader.rubric.claims import is_filler

    rubric = read_rubric_file(ROOT / "rubrics" / "ebpf-observability.yaml")
    assert not [p.text for r in rubric.rounds for p in r.key_points if is_filler(p.text)]


# --- documents a little off the format ----------------------------------------------------------------


def test_a_zero_width_space_before_a_round_does_not_hide_it(seed_text):
    rubric = import_gauntlet_text(seed_text.replace("Round 3: The Constraint", "\u200bRound 3: The Constraint")).rubric
    assert [r.title for r in rubric.rounds][2] == "The Constraint" and len(rubric.rounds) == 5


def test_skills_follow_the_table_when_two_rounds_share_a_number_and_clutter_after_it_changes_nothing(seed_text):
    plain = import_gauntlet_text(seed_text).rubric
    repeated = import_gauntlet_text(seed_text.replace("Round 3: The Constraint", "Round 2: The Constraint"))
    assert [r.skill for r in repeated.rubric.rounds] == [r.skill for r in plain.rounds]
    assert any("its skill is the table's row 3" in w for w in repeated.warnings)
    cluttered = seed_text.replace("Prerequisite Topic Packs", "4 Comments\n\nPrerequisite Topic Packs")
    assert import_gauntlet_text(cluttered).rubric.round(4).skill == plain.round(4).skill


def test_guillemets_are_quotation_marks_not_page_clutter():
    document = (
        "Interview Gauntlet: Observabilité\n\nCategory: Ops Difficulty: L2 Duration: 10 minutes Domains: Ops\n\n"
        "Round 1: L'ouverture\n\nInterviewer: « Que vous apporte eBPF pour l'observabilité ? »\n\n"
        "Strong Answer:\n\n« eBPF donne une visibilité sans instrumentation. Il voit les appels système et le réseau. »\n"
    )
    report = import_gauntlet_text(document)
    round_ = report.rubric.round(1)
    assert round_.question.startswith("Que vous apporte eBPF") and "visibilité sans instrumentation" in round_.strong_answer
    assert not [w for w in report.warnings if "no 'Interviewer:' question" in w or "no 'Strong Answer:'" in w]


def test_a_runaway_strong_answer_or_an_oversized_rubric_is_refused_naming_the_document(tmp_path, seed_text, monkeypatch):
    at = seed_text.index("Strong Answer:", seed_text.index("Round 3:")) + len("Strong Answer:")
    document = tmp_path / "huge.txt"
    document.write_text(seed_text[:at] + '\n"' + "The team learns the tool one step at a time. " * 400 + '"\n'
                        + seed_text[at:], encoding="utf-8")
    result = runner.invoke(app, ["import-gauntlet", str(document), "-o", str(tmp_path / "huge.yaml")])
    assert result.exit_code == 2 and f"{document}: round 3: the 'Strong Answer:' runs" in result.stderr
    # A rubric larger than a rubric file may be would be written and then refused by every command: refused here.
    import grader.rubric.loader as loader

    monkeypatch.setattr(loader, "MAX_RUBRIC_BYTES", 20_000)
    document.write_text(seed_text, encoding="utf-8")
    result = runner.invoke(app, ["import-gauntlet", str(document), "-o", str(tmp_path / "big.yaml")])
    assert result.exit_code == 2 and "more than the 20,000 a rubric file may be" in result.stderr
    assert not (tmp_path / "big.yaml").exists()


def test_a_variant_that_quotes_the_right_answer_then_asks_a_follow_up_gives_both():
    """The variant's right answer and failure modes stay the variant's; the quoted follow-up question it then asks is
    a trap with its answer (the document's "The answer:" label left out), and "The senior answer ..." after it is
    still the variant's senior answer."""
    text = (
        "Interview Gauntlet: Tiny\n\nRound 1: Only\n\nInterviewer: \"Should we move every log to Deep Archive?\"\n\n"
        "Strong Answer:\n\n\"Tier by access pattern, because Deep Archive has a 180-day minimum.\"\n\n"
        "Trap Question Variant:\n\n"
        "The right answer is \"Tier by access pattern, not by one blanket rule.\" Candidates who simply approve the "
        "rule are ignoring the 180-day minimum. If the candidate approves, the interviewer follows up: \"A support "
        "engineer needs a six-week-old log right now. What happens when they run a GET on it?\" The answer: S3 "
        "returns 403 with InvalidObjectState, and a restore takes up to 12 hours. The senior answer quantifies the "
        "hidden costs.\n"
    )
    report = import_gauntlet_text(text)
    round_1 = report.rubric.round(1)
    assert round_1.trap_variant.right_answer == "Tier by access pattern, not by one blanket rule."
    assert round_1.trap_variant.senior_answer == "The senior answer quantifies the hidden costs."
    assert [p.text for p in round_1.weak_patterns] == ["Simply approve the rule."]
    (trap,) = round_1.traps
    assert trap.question.endswith("What happens when they run a GET on it?")
    assert trap.answer == "S3 returns 403 with InvalidObjectState, and a restore takes up to 12 hours."
    assert not any("no 'Trap Alert:' section" in w for w in report.warnings)


def test_a_follow_up_answered_only_by_the_senior_answer_gets_that_answer():
    """Right after the follow-up's question, "The senior answer ..." answers that question: the trap gets it as its
    answer (and the variant keeps it as its senior answer), instead of a trap with no answer."""
    text = (
        "Interview Gauntlet: Tiny\n\nRound 1: Only\n\nInterviewer: \"Can we read from secondaries?\"\n\n"
        "Strong Answer:\n\n\"Only for reads that tolerate lag, because secondaries replicate asynchronously.\"\n\n"
        "Trap Question Variant:\n\n"
        "The right answer is \"Lag-tolerant reads only.\" Candidates who agree to move everything are trading "
        "correctness for capacity. The interviewer then follows up: \"A user's new address is missing on the next "
        "page. What happened?\" The senior answer names replication lag and fixes that path with a causally "
        "consistent session.\n"
    )
    report = import_gauntlet_text(text)
    round_1 = report.rubric.round(1)
    (trap,) = round_1.traps
    assert trap.answer.startswith("The senior answer names replication lag")
    assert trap.key_points
    assert round_1.trap_variant.senior_answer == trap.answer
    assert not any("gives no answer to the follow-up question" in w for w in report.warnings)


def test_failure_modes_after_a_follow_up_question_are_weak_patterns_not_the_trap_s_answer():
    """A variant that asks its follow-up first, then gives the right answer and the failure modes ("Candidates who
    ... ignore ...; candidates who ... forget ..."): each failure mode is a weak pattern of the round, and no key
    point of the trap says what a failing candidate does."""
    text = (
        "Interview Gauntlet: Tiny\n\nRound 1: Only\n\nInterviewer: \"Should we stop revoking certificates?\"\n\n"
        "Strong Answer:\n\n\"Keep revoking public certificates, because they live for months.\"\n\n"
        "Trap Question Variant:\n\n"
        "The interviewer follows up: \"So if we stop revoking, how long can an attacker use a stolen key?\" The right "
        "answer is \"Until the certificate expires, so it depends on the lifetime.\" Candidates who insist on "
        "hard-fail checking everywhere ignore that the responder becomes an availability dependency; candidates who "
        "agree to drop revocation entirely forget that a 90-day certificate leaves a long window. The senior answer "
        "ties the decision to certificate lifetime.\n"
    )
    round_1 = import_gauntlet_text(text).rubric.round(1)
    assert [p.text for p in round_1.weak_patterns] == [
        "Insist on hard-fail checking everywhere.", "Agree to drop revocation entirely."]
    assert round_1.weak_patterns[1].why.startswith("Candidates who agree to drop revocation entirely forget")
    (trap,) = round_1.traps
    assert "Candidates who" not in trap.answer and not any("Candidates" in k.text for k in trap.key_points)
    # "it" after "Until the certificate expires" is not the certificate: the claim stays whole.
    assert not any("the certificate depends" in k.text.lower() for k in trap.key_points)


@pytest.mark.parametrize("sentence, pattern", [
    # The failure mode runs to the verb that starts its reason, not to the first "is" inside it.
    ("Candidates who say the ORM pool is enough are missing that pools are per process.", "Say the ORM pool is enough."),
    ("Candidates who treat a cache miss as harmless are ignoring the stampede.", "Treat a cache miss as harmless."),
    ("Candidates who flatly refuse give the customer nothing to fix the bug.", "Flatly refuse."),
    ("Candidates who reject ZGC outright are years out of date.", "Reject ZGC outright."),
    # Praise, an obligation or an ability names no failure.
    ("Candidates who mention that nginx fetches OCSP responses lazily are showing real operational depth.", None),
    ("Those who run nginx have to prime the OCSP cache after a restart.", None),
    ("Anyone who holds the leaked key is able to impersonate the site.", None),
])
def test_a_failure_mode_is_read_up_to_the_verb_that_gives_its_reason(sentence, pattern):
    from grader.rubric.importer import _failure_modes

    assert [p["text"] for p in _failure_modes(sentence, set())] == ([pattern] if pattern else [])


def test_a_failure_mode_between_the_follow_up_and_the_senior_answer_leaves_the_senior_answer_as_the_answer():
    """"Candidates who ..." after the follow-up's question is no answer to it: the senior answer still is, with its
    "The senior answer:" label left out; a failure mode given twice is one weak pattern."""
    text = (
        "Interview Gauntlet: Tiny\n\nRound 1: Only\n\nInterviewer: \"Can we read from secondaries?\"\n\n"
        "Strong Answer:\n\n\"Only for reads that tolerate lag, because secondaries replicate asynchronously.\"\n\n"
        "Trap Alert:\n\nThe interviewer asks: \"A user's new address is missing on the next page. What happened?\" "
        "Candidates who blame the browser cache are missing replication lag.\n\n"
        "Trap Question Variant:\n\n"
        "The right answer is \"Lag-tolerant reads only.\" Candidates who blame the browser cache are missing "
        "replication lag. The interviewer then follows up: \"The page still shows the old address. What happened?\" "
        "Candidates who blame the browser cache are missing replication lag. The senior answer: the read went to a "
        "lagging secondary, so use a causally consistent session.\n"
    )
    round_1 = import_gauntlet_text(text).rubric.round(1)
    assert [p.text for p in round_1.weak_patterns] == ["Blame the browser cache."]
    follow_up = round_1.traps[-1]
    assert follow_up.answer == "The read went to a lagging secondary, so use a causally consistent session."
