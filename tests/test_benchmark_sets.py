"""The benchmark's labelled sets: which are blind, and that every folder is found."""
from pathlib import Path

from benchmarks import datasets as ds


def test_fresh_sets_are_found_in_the_order_they_were_written() -> None:
    folders = [f.name for f in ds._fresh_folders()]
    assert folders[:3] == ["fresh", "fresh2", "fresh3"]
    assert folders.index("fresh9") < folders.index("fresh10")
    assert f"fresh{ds.LAST_READ_FRESH_SET}" in folders


def test_a_fresh_set_is_blind_until_it_has_been_read(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "fresh2" / "gauntlets").mkdir(parents=True)
    (tmp_path / "fresh3" / "gauntlets").mkdir(parents=True)
    (tmp_path / "freshly-made").mkdir()
    monkeypatch.setattr(ds, "DATA", tmp_path)
    monkeypatch.setattr(ds, "LAST_READ_FRESH_SET", 2)
    assert [f.name for f in ds._fresh_folders()] == ["fresh2", "fresh3"]
    assert ds.set_role(tmp_path / "fresh2" / "gauntlets" / "a.txt") == "development"
    assert ds.set_role(tmp_path / "fresh3" / "gauntlets" / "a.txt") == "blind"
    assert ds.set_role(tmp_path / "holdout" / "gauntlets" / "a.txt") == "held out"
