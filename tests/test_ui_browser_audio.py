"""A spoken answer in a real browser: Chromium's fake microphone plays an espeak-ng clip into st.audio_input
(nothing is recorded from a real device), the app transcribes it offline, the candidate corrects the
transcript and submits, and sees delivery feedback beside the content feedback. Real models throughout."""

from __future__ import annotations


import pytest

from audio_clips import speak
from test_ui_browser import CHROMIUM, CHROMIUM_ARGS, app_url  # noqa: F401 (app_url is a fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.audio,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed (make system-deps)"),
]
SPOKEN = ("With kprobes and syscalls we would see every HTTP request and DNS lookup without adding SDKs. "
          "We would also get kernel metrics like TCP retransmissions that Prometheus cannot see.")


@pytest.fixture()
def page_with_microphone(tmp_path):
    from playwright.sync_api import sync_playwright

    # Chromium plays this file as the microphone (and loops it); a second of silence ends each pass.
    clip = speak(SPOKEN + " | ", tmp_path / "microphone.wav", gap_seconds=1.0)
    args = [*CHROMIUM_ARGS, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={clip}"]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=args)
        context = browser.new_context(viewport={"width": 1360, "height": 900}, permissions=["microphone"])
        try:
            yield context.new_page()
        finally:
            browser.close()


def test_answer_out_loud_correct_the_transcript_and_see_delivery(app_url, page_with_microphone):  # noqa: F811
    from playwright.sync_api import expect

    page = page_with_microphone
    page.goto(app_url)
    expect(page.get_by_role("heading", name="Mock interview")).to_be_visible(timeout=30_000)
    name = page.get_by_placeholder("e.g. Priya Shah")
    name.fill("Priya Shah")
    name.press("Enter")
    page.get_by_role("button", name="Start interview").click()
    expect(page.get_by_text("Round 1 of 5")).to_be_visible(timeout=20_000)

    page.get_by_role("button", name="Record").click()
    page.wait_for_timeout(12_000)  # the clip is about 11 s
    page.get_by_role("button", name="Stop recording").click()

    box = page.get_by_placeholder("Answer as you would in the interview…")
    expect(page.get_by_text("Transcript of your recording")).to_be_visible(timeout=90_000)
    # Streamlit sends a rerun's elements one by one: the caption can arrive before the box holds the transcript
    # (CI once read an empty box here).
    expect(box).not_to_have_value("", timeout=30_000)
    transcript = box.input_value()
    for word in ("request", "kernel", "tcp", "prometheus"):
        assert word in transcript.lower(), f"'{word}' missing from {transcript!r}"
    box.fill(transcript + " I'm not sure how it handles TLS traffic.")
    page.get_by_role("button", name="Submit answer").click()

    expect(page.get_by_role("heading", name="Feedback")).to_be_visible(timeout=60_000)
    expect(page.get_by_test_id("stMetricValue").first).to_contain_text("/ 100")
    expect(page.get_by_text("from your recording, not part of the score")).to_be_visible()
    expect(page.get_by_text("Words per minute", exact=True)).to_be_visible()
    expect(page.get_by_text("Pace: ")).to_contain_text("words per minute")
    # The corrected transcript is what was graded: the added sentence is highlighted as honest uncertainty.
    expect(page.locator("mark", has_text="I'm not sure how it handles TLS traffic.")).to_be_visible()
