"""What the AppTest page tests share: the app's path, a throwaway environment, opening a page, finding a button."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "ui" / "app.py")

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _env(tmp_path, monkeypatch):
    """The fast hashing embedder and an attempts database of the test's own."""
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setenv("GRADER_DB", str(tmp_path / "grader.sqlite"))


def _app(page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label.startswith(label)]
    assert matches, f"no button '{label}' among {[b.label for b in at.button]}"
    return matches[0]
