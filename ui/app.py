"""The Streamlit entry point: page set-up, navigation and the model-status line.

Start it with ``streamlit run ui/app.py``. Pages only read widgets, call the ``grader`` library and render.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run ui/app.py` puts ui/ on sys.path, not the repository root that `ui.components` lives under.
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui.components import grader_loader, judge_toggle, model_status  # noqa: E402

PAGES_DIR = Path(__file__).parent / "pages"

# An emoji favicon is drawn in the page itself; a ":material/...:" one is fetched from fonts.gstatic.com on every
# page, and the app must work offline.
st.set_page_config(page_title="Gauntlet Grader", page_icon="🎯", layout="wide")

# Start loading the model now, so it is usually ready by the time someone submits an answer.
grader_loader()

pages = [
    st.Page("pages/mock_interview.py", title="Mock interview", icon=":material/record_voice_over:", default=True),
    st.Page("pages/transcript.py", title="Grade a transcript", icon=":material/description:"),
    st.Page("pages/batch.py", title="Batch", icon=":material/dataset:"),
    st.Page("pages/rubrics.py", title="Rubrics", icon=":material/menu_book:"),
]
if (PAGES_DIR / "calibration.py").exists():
    pages.append(st.Page("pages/calibration.py", title="Calibration", icon=":material/balance:"))

navigation = st.navigation(pages)
with st.sidebar:
    st.markdown("### :violet[:material/target:] Gauntlet Grader")
    st.caption("Practise and grade technical interviews against a gauntlet's rubric.")
    model_status()
    judge_toggle()
navigation.run()
