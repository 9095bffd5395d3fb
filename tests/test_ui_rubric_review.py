"""The Rubrics page shows what the importer derived automatically (facts) as machine-written, for review."""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "tests" / "data" / "gauntlets" / "idempotency-keys.txt"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def test_imported_facts_are_shown_for_review(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_TEST_EMBEDDER", "hashing")
    monkeypatch.setenv("GRADER_DB", str(tmp_path / "grader.sqlite"))
    at = AppTest.from_file(str(ROOT / "ui" / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/rubrics.py").run()
    at.radio[0].set_value("Paste text").run()
    at.text_area(key="rb_paste").input(DOC.read_text(encoding="utf-8")).run()
    next(b for b in at.button if b.label.startswith("Import")).click().run()
    assert not at.exception, [e.value for e in at.exception]
    tables = [d.value for d in at.dataframe if "review" in d.value.columns]
    curated = [t for t in tables if "BTF" in set(t["subject"])]  # the Browse tab's hand-written facts
    assert curated and set(curated[0]["review"]) == {""}
    imported = [t for t in tables if "Keys" in set(t["subject"])]
    assert imported, "no facts table for the imported document"
    assert {"Keys", "retry"} <= set(imported[0]["subject"])
    assert set(imported[0]["review"]) == {"machine-written"}
