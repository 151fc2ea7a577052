"""The main window as a reader meets it: library, scenario, citations, problems, settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explorer.ui import settings as keys
from explorer.ui.settings import Settings
from tests.ui.conftest import GOOD_PACK, link_point


def _row_rect(window, row: int):  # type: ignore[no-untyped-def]
    view = window.library.view
    return view.visualRect(view.model().index(row, 0))


def test_the_window_shows_a_loading_state_before_the_pack_arrives(qtbot, corpus, settings_path) -> None:
    from explorer.ui.main_window import MainWindow

    window = MainWindow(Settings(settings_path), corpus=corpus)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        window.open_pack(GOOD_PACK)
        assert window.busy.isVisibleTo(window)
        assert window.library.placeholder.isVisibleTo(window)
    assert not window.busy.isVisibleTo(window)
    assert window.library.shown_count() == 1


def test_first_run_shows_the_welcome_page_with_a_way_into_the_first_scenario(make_window, qtbot) -> None:
    window = make_window(first_run=True)
    assert window.central.currentWidget() is window.welcome
    button = window.welcome.start_button
    assert button.isEnabled()
    assert button.hasFocus()
    assert button.text() == "Start with the first scenario"
    assert button.description() == "Quality or quantity? · about 20 minutes"
    assert "kuno" in window.welcome.sources.text().lower() or "KUNO" in window.welcome.sources.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.central.currentWidget() is window.workspace
    assert window.current_scenario_id() == "belgian-presence"
    assert window.settings.get(keys.WELCOME_SEEN)


def test_clicking_a_library_row_opens_the_scenario(make_window, rich_pack_dir, qtbot) -> None:
    window = make_window(rich_pack_dir)
    view = window.library.view
    row = next(
        r
        for r in range(view.model().rowCount())
        if view.model().index(r, 0).data() == "Two stages of a drawdown"
    )
    with qtbot.waitSignal(window.scenarioShown) as shown:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_row_rect(window, row).center())
    assert shown.args == ["mission-leaves", "first"]
    assert "Two stages of a drawdown" in window.scenario_view.browser.toPlainText()
    assert "Two stages of a drawdown" in window.windowTitle()


def test_enter_on_a_library_row_opens_the_scenario_and_moves_into_it(
    make_window, rich_pack_dir, qtbot
) -> None:
    window = make_window(rich_pack_dir)
    window.focus_library()
    qtbot.keyClick(window.library.view, Qt.Key.Key_End)
    qtbot.keyClick(window.library.view, Qt.Key.Key_Return)
    last = window.library.view.currentIndex().data()
    assert window.pack.scenario(window.current_scenario_id()).title == last
    assert window.scenario_view.browser.hasFocus()


def test_clicking_a_citation_highlights_exactly_its_span_in_the_source_viewer(window, qtbot) -> None:
    browser = window.scenario_view.browser
    point = link_point(browser, "cite:small-army")
    with qtbot.waitSignal(window.citationOpened) as opened:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == ["belgian-presence", "small-army"]
    anchor = window.pack.anchors[("belgian-presence", "small-army")]
    assert window.source_viewer.isVisible()
    assert window.source_viewer.highlighted_span() == (
        "fod-bz-vredesoperaties",
        anchor.edition_start,
        anchor.edition_end,
    )
    assert "FOD Buitenlandse Zaken" in window.statusBar().currentMessage()


def test_back_returns_from_the_passage_to_the_scenario(window, qtbot) -> None:
    window.open_citation("belgian-presence", "critical-assets")
    assert window.menu_actions["back"].isEnabled()
    window.go_back()
    assert window.view_tabs.currentWidget() is window.scenario_view
    assert window.scenario_view.browser.hasFocus() or window.scenario_view.hasFocus()
    window.go_forward()
    assert window.source_viewer.highlighted_span()[0] == "kamerbrief-2018"


def test_a_broken_file_is_listed_with_its_location_and_the_rest_still_loads(
    make_window, tmp_path: Path, qtbot, opened_urls
) -> None:
    pack = tmp_path / "broken-pack"
    pack.mkdir()
    for path in GOOD_PACK.iterdir():
        (pack / path.name).write_bytes(path.read_bytes())
    (pack / "broken.yaml").write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")
    window = make_window(pack)
    assert window.library.shown_count() == 1  # the good scenario still loads
    assert window.problems_dock.isVisible()
    assert (
        "(1)" in window.problems_dock.windowTitle() or "Pack problems" in window.problems_dock.windowTitle()
    )
    model = window.problems.model
    locations = [model.index(row, model.LOCATION).data() for row in range(model.rowCount())]
    broken = [loc for loc in locations if "broken.yaml:" in loc]
    assert broken, locations
    _file, line, _column = broken[0].rsplit(":", 2)
    assert int(line) >= 1

    view = window.problems.view
    row = locations.index(broken[0])
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened_urls.opened and opened_urls.opened[-1].toLocalFile().endswith("broken.yaml")
    assert f"broken.yaml:{line}" in window.statusBar().currentMessage()

    view.selectionModel().select(
        model.index(row, 0),
        view.selectionModel().SelectionFlag.ClearAndSelect | view.selectionModel().SelectionFlag.Rows,
    )
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert f"broken.yaml:{line}:" in QGuiApplication.clipboard().text()


def test_opening_another_pack_replaces_the_library(window, rich_pack_dir, qtbot) -> None:
    with qtbot.waitSignal(window.packLoaded, timeout=20_000):
        window.open_pack(rich_pack_dir)
    assert window.library.shown_count() == 2
    assert window.settings.get(keys.LAST_PACK) == str(rich_pack_dir)


def test_layout_scenario_and_notes_persist_across_a_restart(
    make_window, rich_pack_dir, settings_path, qtbot
) -> None:
    window = make_window(rich_pack_dir)
    window.open_scenario("mission-leaves", "second")
    window.notes_action.trigger()
    window.resize(700, 560)  # within the offscreen screen, so restoring keeps it
    window.problems_dock.show()
    size = window.size()
    window.close()

    again = make_window(rich_pack_dir)
    assert again.current_scenario_id() == "mission-leaves"
    assert again.current_stage_id() == "second"
    assert again.notes_action.isChecked()
    assert again.size() == size
    assert again.problems_dock.isVisible()
    assert Settings(settings_path).get(keys.SHOW_FACILITATOR_NOTES) is True


def test_about_lists_every_source_with_its_full_reference(corpus, qtbot) -> None:
    from explorer.ui.dialogs import AboutDialog

    dialog = AboutDialog(corpus)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    for document in corpus:
        assert document.metadata.reference() in text


def test_a_load_that_fails_is_reported_not_raised(qtbot, corpus, settings_path, monkeypatch) -> None:
    from explorer.ui import loading
    from explorer.ui.main_window import MainWindow

    def broken(directory, corpus, cancelled=None):  # type: ignore[no-untyped-def]
        raise OSError("the disk went away")

    monkeypatch.setattr(loading, "load_corpus_and_pack", broken)
    window = MainWindow(Settings(settings_path), corpus=corpus)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packFailed) as failed:
        task = window.open_pack(GOOD_PACK)
    assert failed.args == ["the disk went away"]
    assert isinstance(task.error, OSError)
    assert "the disk went away" in window.loading.text()
    assert not window.busy.isVisibleTo(window)


def test_run_shows_the_window_at_once_and_returns_the_exit_code(qapp) -> None:
    from PySide6.QtCore import QTimer

    from explorer.app import run
    from explorer.ui.main_window import MainWindow

    seen: list[bool] = []

    def when_shown() -> None:
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))
        seen.append(window.isVisible() and window.pack is None)  # shown before the pack arrived
        window.packLoaded.connect(lambda _pack: QTimer.singleShot(0, window.close))

    QTimer.singleShot(0, when_shown)
    assert run(GOOD_PACK) == 0
    assert seen == [True]


def test_a_load_started_before_the_window_is_taken_over(qtbot, settings_path) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui.loading import start_loading
    from explorer.ui.main_window import MainWindow

    early = start_loading(GOOD_PACK)  # as the app does, before it builds the window
    qtbot.waitUntil(lambda: early.done, timeout=30_000)  # even one that ended already
    window = MainWindow(Settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packLoaded, timeout=10_000) as loaded:
        assert window.open_pack(GOOD_PACK, early) is early
    assert loaded.args[0].info.title == window.pack.info.title
    assert window.library.model.rowCount() == len(window.pack.scenarios)


def test_a_load_that_failed_before_the_window_is_reported(qtbot, settings_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from explorer.ui import loading
    from explorer.ui.main_window import MainWindow

    def broken(directory, corpus, cancelled=None):  # type: ignore[no-untyped-def]
        raise OSError("the disk went away")

    monkeypatch.setattr(loading, "load_corpus_and_pack", broken)
    early = loading.start_loading(GOOD_PACK)
    qtbot.waitUntil(lambda: early.done)
    window = MainWindow(Settings(settings_path))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.packFailed) as failed:
        window.open_pack(GOOD_PACK, early)
    assert failed.args == ["the disk went away"]
    assert "the disk went away" in window.loading.text()


def test_the_welcome_page_fits_a_narrow_window_whatever_the_first_scenarios_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The start button's text named the first scenario: with a long title (in French, "Commencer
    par « Belgium after the Council: … » (environ 45 minutes)") the page was wider than a
    1024-pixel window's centre and its text was cut off. The title is now the button's
    description, which wraps."""
    from PySide6.QtWidgets import QScrollArea

    from explorer.ui.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    page.resize(600, 600)  # the centre of a 1024-pixel window beside the library
    with qtbot.waitExposed(page):
        page.show()
    long_title = "Belgium after the Council: money, pillars or other frameworks? " * 2
    page.set_ready(long_title, 45)
    assert long_title.strip() in page.start_button.description()
    scroll = page.findChild(QScrollArea)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()  # was 778 > 600
    qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0)
