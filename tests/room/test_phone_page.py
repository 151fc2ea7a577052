"""The phone page in a real headless browser (Debian's chromium): join, vote, change, results, offline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explorer.core.workshop.session import Step
from tests.room.chromium import CHROMIUM, Chromium
from tests.room.conftest import A, B, Room

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="needs Debian's chromium (dev.sh installs it for the checks)"
    ),
]


@pytest.fixture
def browser() -> Iterator[Chromium]:
    with Chromium(390, 844) as chromium:
        yield chromium


def recorded_choice(room: Room) -> list[str]:
    return [b.choice for b in room.host.autosave.session.items[0].first_ballots.values()]


def test_a_phone_joins_votes_changes_and_sees_results_only_after_the_reveal(
    room: Room, browser: Chromium, tmp_path: Path
) -> None:
    room.host.perform(lambda s: s.set_votes(1, "g2", {A: 37, B: 19}))
    browser.open(room.url)
    browser.wait_for("document.querySelector('[data-key=\"group-g1\"]')")
    assert "Which group are you in?" in browser.text()
    assert "The host government" in browser.text()  # the group's role comes with it
    browser.tap('[data-key="group-g1"]')
    browser.tap(f'[data-key="choice-{B}"]')
    browser.wait_for("document.body.innerText.includes('Vote recorded')")
    assert recorded_choice(room) == [B]
    assert (
        browser.evaluate(f"document.querySelector('[data-key=\"choice-{B}\"]').getAttribute('aria-pressed')")
        == "true"
    )
    browser.tap(f'[data-key="choice-{A}"]')
    browser.wait_for(
        f"document.querySelector('[data-key=\"choice-{A}\"]').getAttribute('aria-pressed') === 'true'"
    )
    browser.wait_for("document.body.innerText.includes('Vote recorded: A.')")
    assert recorded_choice(room) == [A]
    shot = browser.screenshot(tmp_path / "phone-vote.png")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "37" not in browser.text() and "38" not in browser.text()

    room.host.perform(lambda s: s.reveal())  # the page hears it by itself
    browser.wait_for("document.body.innerText.includes('Results')")
    assert "38 votes" in browser.text() and "19 votes" in browser.text()


def test_usable_at_320_pixels_labelled_and_in_the_phones_language(room: Room, tmp_path: Path) -> None:
    with Chromium(320, 640, language="fr") as browser:
        browser.open(room.url)
        browser.wait_for("document.querySelector('[data-key=\"group-g2\"]')")
        assert browser.evaluate("document.documentElement.lang") == "fr"
        assert "Dans quel groupe êtes-vous" in browser.text()
        browser.tap('[data-key="group-g2"]')
        browser.wait_for(f"document.querySelector('[data-key=\"choice-{A}\"]')")
        # Nothing wider than the screen, every target at least 44 px high, every button named.
        assert browser.evaluate("document.documentElement.scrollWidth") <= 320
        heights = browser.evaluate(
            "[...document.querySelectorAll('button')].map(b => b.getBoundingClientRect().height)"
        )
        assert heights and min(heights) >= 44
        names = browser.evaluate(
            "[...document.querySelectorAll('button')]"
            ".map(b => b.getAttribute('aria-label') || b.innerText.trim())"
        )
        assert all(names), names
        # Screen readers hear the recorded vote from the one live region.
        browser.tap(f'[data-key="choice-{B}"]')
        browser.wait_for("document.querySelector('[role=status]').innerText.startsWith('Vote enregistré')")
        browser.screenshot(tmp_path / "phone-vote-320.png")


def test_the_page_says_when_the_app_is_unreachable(room: Room, browser: Chromium) -> None:
    room.host.perform(lambda s: s.go_to(Step.CHOICES, 0))
    browser.open(room.url)
    browser.tap('[data-key="group-g1"]')
    browser.wait_for("document.body.innerText.includes('Waiting for the facilitator')")
    room.host.stop()
    browser.wait_for("document.getElementById('banner').innerText.includes('Cannot reach')")


def test_a_phone_sends_an_argument_during_the_discussion(room: Room, browser: Chromium) -> None:
    room.host.perform(lambda s: (s.set_votes(1, "g1", {A: 1}), s.set_votes(1, "g2", {B: 1}), s.next()))
    browser.open(room.url)
    browser.tap('[data-key="group-g2"]')
    browser.wait_for("document.querySelector('#argue-text')")
    assert "You can send arguments below" in browser.text()
    browser.tap(f'[data-key="argue-choice-{B}"]')
    browser.wait_for(f"document.querySelector('[data-key=\"argue-choice-{B}\"]').ariaChecked === 'true'")
    browser.tap('[data-key="argue-against"]')
    browser.tap("#argue-text")
    browser.call("Input.insertText", text="Experts take months to recruit")
    browser.tap('[data-key="argue-send"]')
    browser.wait_for("document.body.innerText.includes('Sent (1 of 5)')")
    saved = room.host.autosave.session.items[0].arguments
    assert [(a.choice, a.stance, a.text, a.status) for a in saved] == [
        (B, "against", "Experts take months to recruit", "pending")
    ]
    assert browser.evaluate("document.querySelector('#argue-text').value") == ""
