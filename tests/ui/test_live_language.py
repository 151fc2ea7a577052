"""View → Language switches every window at once, with nothing left behind.

The main window with every panel open (the scenario, the source viewer with its find bar,
the trade-off matrix and its chart, the reflection panel, the journal, search, pack
problems, the welcome page, the review window) and the workshop's set-up dialog, console
and presenter are built in English. The language is then switched as View → Language does, to Dutch, to
French and back to English; after each switch every label of every window (``screen``:
titles, texts, tabs, placeholders, accessible names, table headers) must equal what a fresh
start in that language shows at the same place.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from explorer.ui import i18n
from explorer.ui import settings as keys
from explorer.ui.settings import Settings
from tests.ui.screen_text import screen
from tests.ui.test_translations import language_qm  # noqa: F401  (a fixture: the .qm files built)
from tests.ui.workshop_windows import open_workshop_windows

SCENARIO, CITATION = "belgian-presence", "small-army"


def _settle() -> None:
    """Deliver what a switch posts: LanguageChange to every window, the layouts' new sizes for
    the new words, and the deletion of the widgets a panel replaced while it showed its
    content again in the new language."""
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _open_every_panel(window, qtbot):  # type: ignore[no-untyped-def]
    """A window as a reader leaves it: every panel open, each showing something. Wide enough
    for all of them in every language (a narrow one closes panels to make room)."""
    window.resize(2400, 1400)
    window.open_scenario(SCENARIO, focus=True)
    window.open_citation(SCENARIO, CITATION)
    viewer = window.source_viewer
    viewer.open_find()
    qtbot.keyClicks(viewer.find_bar.field, "de")  # a count in the find bar ("1 of 12")
    viewer.coverage_action.setChecked(True)
    window.show_view(window.TRADEOFF_VIEW)
    matrix = window.tradeoff_matrix
    matrix.show_chart(True)
    matrix.table.setCurrentIndex(matrix.model.index(0, 0))  # a selected trade-off
    window.reflection.focus_panel()
    window.reflection.focus_journal()
    window.show_problems()
    qtbot.waitUntil(lambda: window.search_dock.index is not None, timeout=20_000)
    window.focus_search()
    panel = window.search_dock.panel
    qtbot.keyClicks(panel.query, "mission")
    panel.run_search()  # now, not after the typing pause
    assert panel.results() is not None
    window.welcome  # noqa: B018 - the welcome page is built (Help → Welcome) and kept
    qtbot.waitUntil(lambda: window.review.review is not None, timeout=20_000)
    review = window.review.open_review()  # Review → Review claims: a window of its own
    assert review is not None
    qtbot.addWidget(review)
    return window


def _labels(window: QWidget, workshop: dict[str, QWidget]) -> dict[str, str]:
    """Every label of the main window (its review window is its child) and the workshop's."""
    _settle()
    found = screen(window, visible_only=False)
    assert any("ReviewDialog#review-mode" in where for where in found), "the review window is walked"
    for where, shown in workshop.items():
        found.update(screen(shown, where, visible_only=False))
    return found


def _differences(live: dict[str, str], fresh: dict[str, str]) -> list[str]:
    return [
        f"{where}: {live.get(where)!r} (live) ≠ {fresh.get(where)!r} (fresh)"
        for where in sorted(live.keys() | fresh.keys())
        if live.get(where) != fresh.get(where)
    ]


@pytest.mark.usefixtures("language_qm")
def test_a_live_switch_shows_what_a_fresh_start_shows(  # type: ignore[no-untyped-def]
    qtbot, qapp, make_window, good_pack, corpus, tmp_path, settings_path
) -> None:
    settings = Settings(settings_path)
    settings.set(keys.LANGUAGE, "en")
    i18n.install(qapp, settings)
    live = _open_every_panel(make_window(), qtbot)
    live_workshop = open_workshop_windows(qtbot, good_pack, corpus, tmp_path / "live")
    english = _labels(live, live_workshop)
    assert len(english) > 400, "the walk found every panel's labels"

    for language in ("nl", "fr", "en"):
        live.set_language(language)
        switched = _labels(live, live_workshop)
        fresh = _open_every_panel(make_window(), qtbot)
        # Left open (qtbot closes it at the end): closing would store its layout for the next.
        fresh_workshop = open_workshop_windows(qtbot, good_pack, corpus, tmp_path / f"fresh-{language}")
        started = _labels(fresh, fresh_workshop)
        differences = _differences(switched, started)
        assert not differences, (
            f"{len(differences)} labels differ after a switch to {language}:\n" + "\n".join(differences[:200])
        )
        if language != "en":  # the switch changed the words, not only kept them equal
            changed = sum(english.get(where) != text for where, text in switched.items())
            assert changed > 300, f"only {changed} labels changed in {language}"
    assert switched == english, "back in English, every label reads as it did before"
