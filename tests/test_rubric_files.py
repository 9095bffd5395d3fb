"""Every installed rubric validates; broken rubric files get one clear line and exit code 2; the curated
eBPF rubric has the content the grader relies on; `grader rubrics` and `rubrics show --json` keep the
contract's shape."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from grader.cli import app
from grader.rubric import read_rubric_file
from grader.text import split_sentences

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = sorted((ROOT / "rubrics").glob("*.y*ml"))
BROKEN = ROOT / "tests" / "data" / "rubrics_broken"
GRADER = ROOT / ".venv" / "bin" / "grader"

runner = CliRunner()


def _check(path: Path):
    return runner.invoke(app, ["rubrics", "check", str(path)])


@pytest.mark.parametrize("path", RUBRICS, ids=[p.stem for p in RUBRICS])
def test_every_rubric_file_validates(path):
    rubric = read_rubric_file(path)
    assert rubric.id == path.stem
    result = _check(path)
    assert result.exit_code == 0, result.output
    assert f"ok ({rubric.id}, {len(rubric.rounds)} rounds" in result.output


# (file, the place the message must name, what it must say was expected or found)
BROKEN_CASES = [
    ("bad-yaml.yaml", "line 9, column 1", "not valid YAML"),
    ("missing-field.yaml", "round 2, key_points[3]", "missing 'text'"),
    ("wrong-type.yaml", "round 1, key_points[0].weight", "valid number"),
    ("duplicate-ids.yaml", "round 1", "duplicate id 'kernel-programs' in key_points[0] and weak_patterns[0]"),
]


@pytest.mark.parametrize("name,place,expected", BROKEN_CASES, ids=[c[0].split(".")[0] for c in BROKEN_CASES])
def test_broken_rubric_gets_one_line_and_exit_2(name, place, expected):
    path = BROKEN / name
    result = _check(path)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"grader: error: {path}: ")
    assert place in lines[0]
    assert expected in lines[0]
    assert "Traceback" not in result.output


def test_broken_rubric_through_the_real_command():
    if not GRADER.exists():
        pytest.skip(f"{GRADER} is not installed")
    path = BROKEN / "missing-field.yaml"
    done = subprocess.run([str(GRADER), "rubrics", "check", str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == f"grader: error: {path}: round 2, key_points[3]: missing 'text'"


def test_check_stops_at_the_first_broken_file_with_exit_2():
    good = ROOT / "rubrics" / "ebpf-observability.yaml"
    result = runner.invoke(app, ["rubrics", "check", str(good), str(BROKEN / "wrong-type.yaml")])
    assert result.exit_code == 2
    assert "ebpf-observability" in result.stdout and "wrong-type.yaml" in result.stderr


def test_missing_rubric_file():
    result = _check(BROKEN / "no-such-file.yaml")
    assert result.exit_code == 2
    assert "no-such-file.yaml: no such rubric file" in result.stderr


def test_the_id_grader_rubrics_lists_is_the_id_every_command_takes(tmp_path, monkeypatch):
    """An imported file is named after its id by default; a file whose name differs is still found by the id it
    declares; a folder in the current directory named like an installed rubric does not hide it."""
    from grader.rubric.loader import find_rubric_path

    seed = ROOT / "tests" / "data" / "gauntlets" / "idempotency-keys.txt"
    folder = tmp_path / "team-rubrics"  # a folder named "rubrics" requires the file name to be the id
    assert runner.invoke(app, ["import-gauntlet", str(seed), "-o", str(folder / "payments.yaml")]).exit_code == 0
    assert read_rubric_file(folder / "payments.yaml").id == "payments"
    assert runner.invoke(app, ["import-gauntlet", str(seed), "-o", str(folder / "Other_Name.yaml")]).exit_code == 0
    declared = read_rubric_file(folder / "Other_Name.yaml").id
    monkeypatch.setenv("GRADER_RUBRICS_DIR", str(folder))
    listed = runner.invoke(app, ["rubrics"]).stdout
    assert declared in listed and "payments" in listed
    assert find_rubric_path(declared, allow_path=False) == folder / "Other_Name.yaml"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ebpf-observability").mkdir()
    assert find_rubric_path("ebpf-observability").name == "ebpf-observability.yaml"


# --- the curated eBPF rubric --------------------------------------------------------------------


@pytest.fixture(scope="module")
def ebpf():
    return read_rubric_file(ROOT / "rubrics" / "ebpf-observability.yaml")


def test_ebpf_rounds_and_skills(ebpf):
    assert [r.title for r in ebpf.rounds] == [
        "The Opening", "The Probe", "The Constraint", "The Curveball", "The Synthesis",
    ]
    assert ebpf.round(2).skill == "Practical deployment constraints (kernel versions, BTF)"
    assert ebpf.round(4).skill == "Fair comparison of competing approaches (eBPF vs OTel)"
    assert ebpf.round(2).testing and "deployment constraints" in ebpf.round(2).testing
    assert ebpf.round(3).senior_signal and '"use" skill from the "build" skill' in ebpf.round(3).senior_signal


def test_ebpf_key_points_are_atomic_with_aliases(ebpf):
    for round_ in ebpf.rounds:
        assert 4 <= len(round_.key_points) <= 8, f"round {round_.number}"
        for point in round_.key_points:
            assert len(split_sentences(point.text)) == 1, f"round {round_.number}, {point.id}: one sentence"
            assert point.aliases, f"round {round_.number}, {point.id}: aliases"


EXPECTED_WEAK = {
    1: ["faster-than-prometheus", "replaces-opentelemetry", "adopt-because-cutting-edge"],
    2: ["works-on-any-kernel", "no-mixed-kernel-plan"],
    3: ["everyone-writes-ebpf", "treat-as-black-box"],
    4: ["dismisses-otel-position", "agrees-without-ebpf-value"],
    5: ["vague-buzzwords", "bet-on-one-vendor"],
}


def test_ebpf_weak_patterns_have_the_agreed_ids_and_examples(ebpf):
    for number, ids in EXPECTED_WEAK.items():
        patterns = ebpf.round(number).weak_patterns
        assert [p.id for p in patterns] == ids
        for pattern in patterns:
            assert pattern.why
            assert 2 <= len(pattern.examples) <= 4, pattern.id
    false_claims = {p.id for r in ebpf.rounds for p in r.weak_patterns if p.false_claim}
    assert "works-on-any-kernel" in false_claims
    assert "adopt-because-cutting-edge" not in false_claims


def test_ebpf_has_a_trap_in_every_round(ebpf):
    for round_ in ebpf.rounds:
        assert round_.traps, f"round {round_.number}"
        for trap in round_.traps:
            assert trap.answer and trap.triggers and trap.honest_answers
            assert 3 <= len(trap.key_points) <= 6, trap.id
    btf = ebpf.round(2).trap()
    assert btf.question == "What is BTF and why does it matter?"
    assert {"BTF", "CO-RE", "BPF Type Format", "ring buffer"} <= set(btf.triggers)
    assert (
        "I know BTF enables portability across kernel versions but I'd need to look up the exact mechanism"
        in btf.honest_answers
    )


def test_ebpf_round_4_is_a_trap_variant(ebpf):
    variant = ebpf.round(4).trap_variant
    assert variant is not None
    assert variant.right_answer == "Both have merit; it depends on the gap."
    assert variant.failure_modes == ["dismisses-otel-position", "agrees-without-ebpf-value"]


def test_ebpf_round_2_facts(ebpf):
    facts = ebpf.round(2).facts
    versions = {f.subject: f.value for f in facts if f.kind == "version"}
    assert versions["kprobes"] == "4.4"
    assert versions["BTF"] == "5.2"
    assert versions["ring buffer"] == "5.8"
    assert versions["eBPF observability tools"] == "4.14"
    assert versions["Ubuntu 22.04"] == "5.15"
    assert versions["Amazon Linux 2023"] == "6.1"
    assert versions["CentOS 7"] == "3.10"
    definitions = {f.subject: f.value for f in facts if f.kind == "definition"}
    assert definitions == {"BTF": "BPF Type Format", "CO-RE": "Compile Once, Run Everywhere"}
    # Every fact's subject (or an alias) is how an answer would mention it: it appears in the round's text.
    text = (ebpf.round(2).strong_answer + " " + ebpf.round(2).trap().answer).lower()
    for fact in facts:
        assert any(name.lower() in text for name in [fact.subject, *fact.aliases]), fact.id


# --- listing and showing -------------------------------------------------------------------------


def test_rubrics_lists_one_line_per_rubric_id_first():
    result = runner.invoke(app, ["rubrics"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) >= len(RUBRICS)
    ids = [line.split("\t")[0] for line in lines]
    assert "ebpf-observability" in ids
    line = lines[ids.index("ebpf-observability")]
    assert "eBPF for Observability" in line and "5 rounds" in line and "INVALID" not in line


def test_rubrics_show_json_matches_the_contract():
    result = runner.invoke(app, ["rubrics", "show", "ebpf-observability", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "ebpf-observability" and data["title"] == "eBPF for Observability"
    assert [r["number"] for r in data["rounds"]] == [1, 2, 3, 4, 5]
    for round_ in data["rounds"]:
        for key, kind in [("number", int), ("title", str), ("question", str), ("skill", str), ("strong_answer", str)]:
            assert isinstance(round_[key], kind), key
        assert all(isinstance(k["id"], str) and isinstance(k["text"], str) for k in round_["key_points"])
        assert all({"id", "text", "why"} <= set(w) for w in round_["weak_patterns"])
        assert all(isinstance(t["question"], str) for t in round_["traps"])
        assert round_["senior_signal"] is None or isinstance(round_["senior_signal"], str)


def test_rubrics_show_unknown_id_lists_the_known_ones():
    result = runner.invoke(app, ["rubrics", "show", "no-such-rubric", "--json"])
    assert result.exit_code == 2
    assert "unknown rubric 'no-such-rubric'" in result.stderr and "ebpf-observability" in result.stderr



def test_install_rubric_writes_into_the_first_rubric_folder_and_never_overwrites_unasked(tmp_path, monkeypatch):
    from grader.errors import RubricError
    from grader.rubric import install_rubric, load_rubric

    monkeypatch.setenv("GRADER_RUBRICS_DIR", str(tmp_path / "mine"))
    curated = load_rubric("ebpf-observability")
    imported = curated.model_copy(update={"curated": False})
    path = install_rubric(imported, "my-gauntlet")
    assert path == tmp_path / "mine" / "my-gauntlet.yaml"
    loaded = load_rubric("my-gauntlet")
    assert loaded.id == "my-gauntlet" and loaded.curated is False
    before = path.read_text()
    with pytest.raises(RubricError, match=r"my-gauntlet.yaml: a rubric with id 'my-gauntlet' is already installed"):
        install_rubric(curated, "my-gauntlet")
    assert path.read_text() == before
    assert install_rubric(curated, "my-gauntlet", overwrite=True) == path and load_rubric("my-gauntlet").curated
    with pytest.raises(RubricError, match="rubric id '../evil': expected kebab-case"):
        install_rubric(curated, "../evil")
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["my-gauntlet.yaml"]
